"""Set 30's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Slots: persons {full} {fullm} {given} {sur} {sgiven} {init} {wfull} (suffix _lc or _uc for
lower or upper case, .2/.3 for a second or third person); {email} (from the person), {emailr}
(a role address), {emailx} (a handle); {phone} {phone_us} {phone_intl} {phone_local}
{phone_ext}; {ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6z} {ip6_full}
{ip6_strip} {ip6_uc} {ip6_v4} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} (with
_lc/_uc) and the non-gold {city} {postcode} {country}; any other slot is a non-gold filler.
Chat is keyboard-capitalised: the first letter of a line is upper case, names typed lower case.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "Hi {given_lc}, can u check if the parcel went to {addr_lc} or the old flat?",
    "Spoke to {full_lc} yesterday about the refund, she said ring {phone} after 5",
    "Ok so {given_lc} wants the deposit back on {iban} by friday 😬",
    "Oi {given_lc}, meu número novo é {phone_intl}, salva aí 🙏",
    "Pls tell {given_lc} to take the sticky note off the fridge, it literally says ssn {ssn} 🙈",
    "Lol {given_lc} and {given_lc.2} arguing over the bill again{emoji}",
    "Card for the gift is {card} exp {exp}, {given_lc} said its fine to use it",
    "Mama sagt {full_lc} wohnt jetzt in {addr}, kannst du das Paket hinbringen?",
    "Can someone ping {given_lc}? the nas on {ip6} stopped answering again",
    "Yo {full_lc} just moved to {addr_lc}, housewarming {when}?",
    "Thx {given_lc}!! got ur mail from {email}, will reply tonite 👍",
    "Hola {given_lc}, ¿me pasas el número de {full.2}? creo que era {phone}",
    "Dont forward this pls, ss no. {ssn_bare} — {given_lc} needs it for the lease",
    "Tell {given_lc} the printer is on {ip4} now, not the old one",
    "Wrong number sorry!! this is {full_lc}, my new one is {phone_local}",
    "cc {given_lc} — receipts go to {emailr} from now on",
    "Happy bday {given_lc} 🎂 dinner at {addr} {when}, {given_lc.2} is booking",
    "Hab {given_lc} die IBAN geschickt: {iban}. Sag Bescheid wenn's nicht klappt 🙏",
)

TICKET: tuple[str, ...] = (
    "Customer {full} called from {phone_ext} about a double charge on {card}.",
    "Spoke to {full_lc} yesterday about the refund; she wants it on IBAN {iban} instead of the card.",
    "Caller verified with SSN#{ssn_dash} and date of birth. Address confirmed as {addr}.",
    "Reopened at {given}'s request — still no signal at {addr}, modem WAN {ip4}.",
    "Requester: {sgiven}\nCallback: {phone_intl}\nIssue: portal shows someone else's address.",
    "Please update the delivery address for {full_lc} to {addr}; the old one bounced twice.",
    "Logged by {given_lc} (night shift). Login from {ip6} flagged, user {email} notified.",
    "Accounts {email} ({full}) and {email.2} ({full.2}) share a card ending {n4}. Merge?",
    "Hola, soy {full}. Mi pedido no llegó a {addr}. Mi teléfono: {phone_local}.",
    "W-9 rejected: ss no. {ssn} does not match the name {full_uc}.",
    "Escalation from {init} (Tier 1): customer says the technician never came to {addr}.",
    "Agent note — {given} on the phone again, wants the card {card} removed from the account.",
    "Vielen Dank, {full}! Die Rückerstattung geht an {iban}. Rückfragen unter {phone_intl}.",
    "[auto] New device for {email}: {ip6_uc} at {ts}. Owner {full} confirmed by SMS to {phone}.",
    "Customer {full_lc} disputes the SSN on file ({ssn_sp}) and asked for a copy of the form.",
    "Shipping label printed for {full} at {addr}. cc {given_lc.2}",
    "Reporter {sgiven} can't reach the VPN gateway [{ip6}]:{port} from home.",
    "Spoke with Ms {sur} and her son {given.2}; new contact e-mail {email}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} dentist {city}",
    "who is {full} {firm}",
    "{addr_lc} flood zone",
    "ssn {ssn_dash} lookup free",
    "{phone_intl} whose number",
    "{ip6} geolocation",
    "{full} obituary {yr}",
    "is {card} a valid card number",
    "{iban} swift code",
    "{email} password leak",
    "{addr_lc} house price history",
    "{full_lc} instagram",
    "{ip4} abuse report",
    "dr {full_lc} reviews",
    "{phone_local} spam caller?",
    "{wfull} poet",
    "{full} and {full.2} wedding",
    "directions to {addr_lc} from {place}",
)

REVIEW: tuple[str, ...] = (
    "Our server {given} was lovely but the bill was wrong. {stars}",
    "Spoke to {full_lc} at the front desk and she fixed my booking in minutes.",
    "The driver left the sofa at {addr} — not even our street! Their number {phone} just rings out.",
    "Do not give them your SSN. They asked for it ({ssn}) to rent a carpet cleaner.",
    "Charged twice on my card {card}. Manager {sur} promised a refund, nothing yet.",
    "Ten out of ten for {full}, who rewired the whole flat at {addr} in one day.",
    "Big thanks to {given_lc} and {given_lc.2} from the night team!!",
    "Muy recomendable. Preguntad por {full}, su móvil es {phone_local}.",
    "Booked the cabin through {email} — the owner {full} answered within an hour.",
    "They sent my refund to someone else's IBAN ({iban}). {full_uc}, PLEASE call me back.",
    "Tutor {sgiven} got my son through his exams. Reach her on {phone_intl}.",
    "Muito bom! O {given} atendeu a gente super bem, voltaremos. {stars}",
    "Their guest wifi listed my laptop as {ip4} with my name {full} as the device name.",
    "Dentist {init} is gentle and honest; the clinic is at {addr}.",
    "Landlord {full} kept our deposit. His office: {addr}, tel. {phone}.",
    "Hired {wfull} for the wedding photos, would book again. {stars}",
    "Cleaner {given} came on time, tidy and kind. Office line {phone_ext}.",
    "Five stars to {full_lc} in returns, who sorted my claim after three other agents failed.",
)

LOG: tuple[str, ...] = (
    '{ip4} - - [{clf}] "POST /checkout HTTP/1.1" 302 0 "-" "okhttp/4.12"',
    '[{clf}] {ip6} "GET /profile?uid={n4} HTTP/2" 200 {n4}',
    "{syslog} web01 sshd[{n4}]: Failed password for invalid user admin from {ip4} port {port} ssh2",
    'level=info msg="address updated" customer="{full}" line1="{street}" postcode="{postcode}"',
    '{"ts":"{ts}","level":"warn","event":"ssn_mismatch","ssn":"{ssn_dash}","name":"{full}"}',
    "{ts} INFO sms.send to={phone_intl} recipient={given_lc} status=delivered",
    "{ts} DEBUG dhcpv6 REPLY ia_na={ip6_full} iaid={n4} duid={mac}",
    '{ts} payments.charge card={card} cardholder="{full_uc}" result=approved',
    '{ts} ERROR sepa.mandate iban={iban} debtor="{sgiven}" reason=AC04',
    "{syslog} rtr1 radvd[{n4}]: sending RA to {ip6z}, owner {given}",
    "{ts} auth login ok user={email} ip={ip} ua=Firefox/128",
    "{syslog} mx1 postfix/qmgr[{n4}]: from=<{email}>, size={n4}, nrcpt=1 (queue active)",
    '{ts} WARN kyc.check subject_name="{full_lc}" tax_id={ssn_bare} match=false',
    'upstream="[{ip6}]:{port}" client={ip4} request_time=0.{n} user={given_lc}',
    '{ts} courier.pickup contact="{full}" phone="{phone}" addr="{addr}"',
    '{ip6_v4} - {given_lc} [{clf}] "GET /orders HTTP/2" 200 {n4}',
    'audit: op=update field=emergency_contact old="{full}" new="{full.2}" tel={phone_local}',
    'time="{ts}" level=error msg="refund failed" iban={iban} owner="{full}" ref={invoice}',
)

JSON: tuple[str, ...] = (
    '{"user": {"first": "{given}", "last": "{sur}", "contact": {"email": "{email}", "phone": "{phone}"}}}',
    "{'name': '{full}', 'ssn': '{ssn}', 'dob': '{date}'}",
    'customer:\n  name: {full}\n  address: {addr}\n  phone: "{phone_intl}"',
    '{"participants": ["{full}", "{full.2}", "{given.3}"], "room": "{room}"}',
    '{"card": {"number": "{card}", "holder": "{full_uc}", "exp": "{exp}"}}',
    '{"iban": "{iban}", "beneficiary": "{full}", "reference": "{invoice}"}',
    '[{"ip": "{ip6}", "seen": "{ts}"}, {"ip": "{ip4}", "seen": "{ts}"}]',
    '{"shipping": {"line1": "{street}", "city": "{city}", "zip": "{postcode}", "recipient": "{full_lc}"}}',
    "attrs={'assignee': '{given_lc}', 'reporter': '{full}', 'ip': '{ip}'}",
    '{"emergency_contacts": [{"name": "{sgiven}", "tel": "{phone_local}"}]}',
    '{"applicant": {"legal_name": "{full}", "ssn": "{ssn_dash}", "address": "{addr}"}}',
    "peer: {ip6z}\nowner: {given}\nnotify: {email}",
    '{"signature": "Cheers, {given}", "from": "{email}"}',
    '{"pos": "{coord}", "client": "{ip6_strip}", "account": "{emailx}"}',
    "- name: {full}\n  iban: {iban}\n- name: {full.2}\n  iban: {iban.2}",
    '{"tags": ["vip", "{given_lc}"], "notes": "call {full} on {phone_ext} before delivery"}',
    "{'patient': '{fullm}', 'guardian': '{full.2}', 'addr': '{addr}'}",
    '{"mentions": "{given_lc}, {given_lc.2}", "body": "see you at {addr}", "card_on_file": "{card}"}',
)

MULTILINE: tuple[str, ...] = (
    "From: {full} <{email}>\nTo: {emailr}\nSubject: Re: change of address\n\nHi,\nplease send everything to {addr} from now on.\n\nThanks,\n{given}",
    "> On {date}, {full_lc} wrote:\n> can you call me on {phone}?\n\nSure {given_lc}, calling now.",
    "DELIVER TO\n{full_uc}\n{addrml_uc}\nTEL {phone}",
    "Name,SSN,Phone\n{full},{ssn},{phone}\n{full.2},{ssn.2},{phone.2}",
    "| Name | Email | IP |\n|---|---|---|\n| {full} | {email} | {ip4} |\n| {full.2} | {email.2} | {ip6} |",
    "BEGIN:VCARD\nVERSION:3.0\nN:{sur};{given}\nFN:{full}\nTEL;TYPE=cell:{phone_intl}\nADR;TYPE=home:;;{street};{city};;{postcode}\nEND:VCARD",
    "Thanks,\n{given}\n--\n{full}\nOperations, {firm}\nm. {phone_intl} | {email}",
    "Full name: {full}\nStreet address: {street}\nCity: {city}\nPostal code: {postcode}\nSocial Security No.: {ssn}",
    "Hi {given_lc},\n\nYour card {card} was declined for the {amount} renewal.\n\nBest,\n{given.2}",
    "Sender:\n{full}\n{addrml}\n\nRecipient:\n{full.2}\n{addrml.2}",
    "---------- Forwarded message ----------\nFrom: {email}\n\n{full_lc} asked me to pass on her bank details: {iban}",
    "[09:14] {given_lc}: who has the staging ip\n[09:15] {given_lc.2}: {ip6}\n[09:15] {given_lc}: ta",
    "Dear {full},\n\nWe tried to reach you at {phone} about the account opened with SSN {ssn_dot}.\n\nRegards,\nFraud Team",
    "Meeting notes {date}\nAttendees: {full}, {full.2}, {full_lc.3}\nAction: {given} to send the lease to {addr}",
    "Ship from:\n{firm}\n{addrml}\n\nShip to:\n{full}\n{addrml.2}",
    "Emergency contact form\n\nName: {sgiven}\nRelationship: sister\nPhone: {phone_local}\nAlt phone: {phone_ext}",
    "Hej {given}!\n\nNya adressen är {addr}. Ring {phone_intl} om något strular.\n\nKram,\n{given.2}",
    "Tenant: {full}\nUnit address:\n{addrml}\nRent paid from IBAN {iban}\nContact: {email}",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
