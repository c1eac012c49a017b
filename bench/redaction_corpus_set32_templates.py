"""Set 32's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Slots: persons {full} {fullm} {given} {sur} {sgiven} {init} {init2} {nick} {first} {last}
{wfull} (suffix _lc or _uc for lower or upper case, .2/.3 for a second or third person);
{email} (from the person), {emailr} (a role address), {emailx} (a handle); {phone} {phone_us}
{phone_intl} {phone_local} {phone_ext}; {ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4}
{ip6} {ip6z} {ip6_full} {ip6_strip} {ip6_uc} {ip6_v4} {ip}; {card}; {iban}; addresses {addr}
{addrml} {street} (with _lc/_uc) and the non-gold {city} {postcode} {country}; any other slot
is a non-gold filler. Chat is keyboard-capitalised or all lower case, names typed lower case;
some lines are in Korean romanisation, Dutch, Polish, Swahili or Thai romanisation.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "Annyeong {given_lc}! new number is {phone_intl}, save it pls{emoji}",
    "Hoi {given_lc}, kun je de huur naar {iban} overmaken? Dank je!",
    "Cześć {given_lc}, mój nowy adres to {addr_lc}, wpadnij {when}",
    "Habari {given_lc}! nimehamia {addr}, karibu sana{emoji}",
    "Sawasdee khun {given_lc}, parcel goes to {addr} na krub",
    "{nick_lc} pls stop posting ur ssn ({ssn_sp}) in the family chat{emoji}",
    "ok so {full_lc} set up the vpn box, it's {ip6z} on the lan",
    "lmk if {given_lc} got the link, I sent it to {email}",
    "{given_uc} where is my charger 😤 I'm at {addr} {when}",
    "thanks {given_lc}!! card ending… nvm here's the whole thing {card} lol",
    "pls ping {init2_lc} about the lease, mobile is {phone_local}",
    "Seonsaengnim {sur_lc} said the printer is at {ip4}, try that",
    "Mambo {given_lc}, tuma pesa kwa {iban} tafadhali{emoji}",
    "cc {given_lc} — {full} moved to {addr}, update the courier sheet",
    "Dzięki {given_lc}! numer do hydraulika: {phone_ext}",
    "Khob khun ka {given_lc} 🙏🏽 camera ip is {ip6_full}",
    "reminder: {full_lc} and {full_lc.2} owe rent, send to {iban}",
    "Yo {nick}! ur soc sec {ssn_dash} is on the fridge note, shred it",
)

TICKET: tuple[str, ...] = (
    "Caller {full} (account holder) disputes a charge on {card}; callback {phone_ext}.",
    "Klant {full} meldt dat het pakket niet bezorgd is op {addr}. Tel: {phone_local}",
    "Requester: {full_uc}\nSoc Sec No.: {ssn_sp}\nReason: duplicate 1099",
    "Escalation from {init2}: site visit failed at {addr}, tenant unreachable on {phone}",
    "Mrs {sur} asked for the refund to go to {iban} instead of the card on file.",
    "VPN login for {email} from [{ip6}]:{port} flagged; owner is {given_lc}.",
    "Zgłoszenie: {full}, przesyłka na adres {addr} wróciła. Kontakt {phone_intl}",
    "Tenant {sgiven} reports a leak at\n{addrml}",
    "SSN# {ssn_bare} given by {full} over chat; masked copy filed.",
    "Customer {full_lc} wants statements e-mailed to {email}, not posted.",
    "Kiosk {ip6_v4} in the lobby offline since {time}; {given} is on site.",
    "Mteja {full} anaomba refund kwa akaunti {iban}, simu {phone_local}.",
    "Khun {sur} called twice, number {phone_intl}, re: deposit for {addr}",
    "Payroll: {full} updated SSN to {ssn_dot}, please verify against W-4.",
    "Card {card} reported stolen by {fullm}; block placed at {time}.",
    "Dear {given}, we've logged your request. Reply to {emailr} with questions.",
    "Reassign to {init}: firewall shows {ip4} scanning from {full}'s desk",
    "Gogaek {full} (naver) asks delivery to {addr}, phone {phone_local}",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} {city}",
    "{addr_lc} for sale",
    "who owns {phone}",
    "{ssn_dash} ssn valid?",
    "{full_lc} dentist reviews",
    "{ip6_uc} ping",
    "{iban} bank name",
    "{card} stolen",
    "{nick_lc} instagram",
    "pharmacy near {addr}",
    "{email} spam",
    "{full_uc} obituary",
    "{init2} {city} notary",
    "{ip4} abuse contact",
    "soc sec {ssn_bare}",
    "{full_lc} {full_lc.2} engagement",
    "{phone_intl} scam?",
    "{addr_lc} parking permit",
)

REVIEW: tuple[str, ...] = (
    "Huge thanks to {given} at check-in, fixed our room mix-up in minutes. {stars}",
    "Parcel was sent to {addr} and arrived soaked. {full} in chat was helpful though.",
    "DO NOT BOOK. They charged {card} three times and {given} just shrugged.",
    "Heel vriendelijk geholpen door {full}, levering op {addr} ging snel. {stars}",
    "Plumber {init2} sorted the boiler and left his number {phone} for later.",
    "Bardzo polecam, pani {sur} wszystko wyjaśniła. {stars}",
    "Hotel wifi showed my laptop as '{full_lc}'s ThinkPad' at {ip6} to everyone.",
    "Host {given_lc} was so kind 🙂 flat on {addr_lc} was spotless",
    "Huduma ya {full} ilikuwa nzuri sana, mzigo ulifika {addr} haraka. {stars}",
    "Refund was promised to {iban}; {sur} in accounts never answered.",
    "Coach {sgiven}: patient and fun, book via {email}.",
    "Khun {given} at the front desk was lovely, taxi to {addr} arranged. {stars}",
    "Left my mobile {phone_local} with {given}, no callback in a week. {stars}",
    "Big up {wfull} and {full.2} in the returns team!!",
    "The box label said\n{addrml_uc}\nbut it came to my door instead.",
    "Courier {given_uc} was careful and polite, reachable on {phone_ext}.",
    "Why did they need my SSN ({ssn}) to rent a kayak??? {stars}",
    "Dr {sur} was thorough, and the clinic at {addr} has parking.",
)

LOG: tuple[str, ...] = (
    '{ip4} - {email} [{clf}] "GET /account HTTP/1.1" 200 512 "-" "Mozilla/5.0"',
    "{syslog} bastion sshd[{n4}]: Failed password for admin from {ip6_strip} port {port} ssh2",
    'level=warn msg="address changed" customer="{full}" new_addr="{addr}"',
    '{ts} INFO kyc: verified ssn={ssn_bare} name="{full_lc}"',
    '{"ts":"{ts}","lvl":"error","msg":"sepa_reject","iban":"{iban}","holder":"{full}"}',
    "{syslog} dnsmasq-dhcp[{n4}]: DHCPACK(br0) {ip4} {mac} (assigned to {given_lc})",
    'Traceback (most recent call last):\n  File "pay/card.py", line {n}, in capture\nCardError: declined {card} for {full}',
    "{syslog} radvd[{n4}]: sending RA to {ip6z} (iface owner {full_lc})",
    '{ts} notify sms sent to={phone_intl} user="{given}"',
    "audit: actor={given_lc} action=export target=user:{full_lc} src={ip6}",
    "[{ts}] mailer.ERROR bounce for {email}: 550 mailbox full",
    '{ts} geo: shipment {order} routed to "{addr}" (recipient {full})',
    'event=login_ok user="{email}" ip="{ip6_full}" ua="okhttp"',
    '{ts} WARN payroll: duplicate SSN {ssn_dash} for employee="{sgiven}"',
    "{syslog} postfix/smtp[{n4}]: to=<{email}>, relay=mx1.mailhost.example[{ip4}]:25, status=sent",
    '{ts} DEBUG twilio callback from {phone_us} via {ip6} matched contact "{full}"',
    "kernel: nf_conntrack: dropped {ip6_uc} -> {ip4} (rule owner {given_lc})",
    '{ts} ERROR refund failed card={card} owner="{full_uc}"',
)

JSON: tuple[str, ...] = (
    '{"user": {"name": "{full}", "contact": {"phone": "{phone}", "email": "{email}"}}}',
    "{'first_name': '{first}', 'last_name': '{last}', 'ssn': '{ssn_dash}'}",
    'customer:\n  name: {full}\n  address: "{addr}"\n  phone: "{phone_intl}"',
    '[user]\nname = "{full}"\niban = "{iban}"',
    "?name={full_lc}&email={email}&tel={phone_local}",
    "<contact><name>{full}</name><street>{street}</street><city>{city}</city></contact>",
    '{"devices": [{"ip": "{ip6}", "owner": "{given}"}, {"ip": "{ip4}", "owner": "{given.2}"}]}',
    '{"payer": "{full_uc}", "card": "{card}", "exp": "{exp}"}',
    '{"mentions": ["{given_lc}", "{given_lc.2}"], "text": "see you at {addr}"}',
    "attrs={'holder': '{sgiven}', 'iban': '{iban}', 'ref': '{order}', 'ip': '{ip6_v4}'}",
    '{"applicant": {"surname": "{last}", "given": "{first}", "soc_sec": "{ssn_sp}"}}',
    "- name: {full}\n  email: {email}\n- name: {full.2}\n  email: {email.2}",
    '{"ship_to": {"line1": "{street}", "city": "{city}", "postcode": "{postcode}"}, "attn": "{nick}"}',
    '<td class="name">{full}</td><td class="tel">{phone_ext}</td><td class="ip">{ip}</td>',
    '{"peer": "[{ip6_full}]:{port}", "user": "{email}"}',
    '{"signature": "{init2}", "bank": {"iban": "{iban}"}, "phone": "{phone_us}"}',
    '{"cc": ["{full_lc}", "{emailr}"], "body": "ssn on file {ssn_dash}"}',
    'recipient = { name = "{full}", address = "{addr}" }',
)

MULTILINE: tuple[str, ...] = (
    "From: {full} <{email}>\nTo: {emailr}\nSubject: change of address\n\nHi,\nplease send post to\n{addrml}\n\nThanks,\n{given}",
    "On {date}, {full} <{email}> wrote:\n> my new mobile is {phone_intl}\n\nNoted, thanks {given}!",
    "SHIP TO:\n{full_uc}\n{addrml_uc}\nTEL {phone}",
    "--\n{full}\nSenior Buyer\nM: {phone_intl}\nE: {email}",
    "APPLICATION FORM\nSurname: {last_uc}\nGiven names: {first_uc}\nSSN: {ssn_dash}\nStreet: {street}",
    'name,phone,email\n"{full}",{phone},{email}\n"{sgiven.2}",{phone},{email.2}',
    "| host | address | owner |\n|---|---|---|\n| nvr | {ip6} | {given_lc} |\n| ap-2 | {ip4} | {given_lc.2} |",
    "BEGIN:VCARD\nVERSION:4.0\nFN:{full}\nTEL;TYPE=work:{phone_ext}\nADR;TYPE=home:;;{street};{city};;{postcode};{country}\nEND:VCARD",
    "Invoice {invoice}\nCustomer: {full}\n{addrml}\nPayment to IBAN {iban}",
    "BEGIN:VEVENT\nSUMMARY:Handover at {addr}\nORGANIZER;CN={full}:mailto:{email}\nATTENDEE;CN={full.2}:mailto:{email.2}\nEND:VEVENT",
    "commit {sha}\nAuthor: {full} <{email}>\n\n    fix: allow-list {ip6} for staging",
    'Review by {given_lc}:\n> card = "{card}"\nplease don\'t hardcode a real PAN, {given.2}',
    "Voicemail ({time}): Hi, it's {full}, call me back on {phone_local}, thanks.",
    "RECEIPT #{n4}\nCARD NO: {card}\nCARDHOLDER {full_uc}\nTERMINAL {ip4}\nAUTH OK\nTHANK YOU",
    "FROM\n{full}\n{addrml}\n\nTO\n{full_uc.2}\n{addrml_uc.2}",
    "Hoi {given},\n\nmijn nieuwe adres:\n{addrml}\nMobiel: {phone_local}\n\nGroet,\n{full.2}",
    "EMPLOYEE: {sgiven_uc}\nSOC SEC: {ssn_sp}\nHOME: {phone_us}\nADDR: {street_uc}",
    "Minutes {date}\nPresent: {full}, {full_lc.2}, {init2.3}\n- {given} to send the v6 plan ({ip6_strip})\n- {given.2} to chase IBAN {iban}",
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
