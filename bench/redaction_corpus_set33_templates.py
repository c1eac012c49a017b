"""Set 33's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Slots: persons {full} {fullm} {given} {first} {last} {sur} {sgiven} {init} {init2} {nick}
{gi} (e-mail display name) {wfull} and the non-gold {title} (Dr, Ms, Daw, U, Cik ...), with
_lc or _uc for lower or upper case and .2/.3 for a second or third person; {email} (from the
person), {emailr} (a role address), {emailx} (a handle); {phone} {phone_us} {phone_intl}
{phone_local} {phone_ext}; {ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6z}
{ip6_full} {ip6_strip} {ip6_uc} {ip6_v4} {ip}; {card}; {iban}; addresses {addr} {addrml}
{street} and the non-gold {city} {postcode} {country}; any other slot is a non-gold filler.
Chat lines code-switch into Portuguese, Tagalog, Malay, Turkish and Georgian romanisation.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "oi {given_lc}! meu endereço novo é {addr_lc}, aparece {when}{emoji}",
    "[{time}] {full}: guys my new number {phone_intl}, old sim is dead{emoji}",
    "kumusta {given_lc}? padala mo na lang sa {addr}, salamat po{emoji}",
    "ask {given_lc} for the router ip, pretty sure it's {ip4}",
    "Salam {given}, boleh transfer ke {iban} esok? terima kasih{emoji}",
    "Merhaba {given_lc}, kargo {addr} adresine gelsin lütfen{emoji}",
    "gamarjoba {given_lc}! axali nomeri: {phone_local}{emoji}",
    "@here {full} left their card {card} in the group order again lol",
    "thanks {given}!! ssn is {ssn_dash}, u can file the form now",
    "{given_uc}!!! where r u, we're outside {addr}{emoji}",
    "<{user}> {given_lc}'s laptop is {ip6z}, ssh from there",
    "lol {nick_lc} just pasted her soc sec ({ssn_sp}) in the discord 💀 delete it",
    "mano, {full_lc} pediu o comprovante… manda pro {email} que ele responde{emoji}",
    "cc {init_lc} — router admin is at http://[{ip6}]:{port}/ fyi",
    "ok so {sur_lc}'s mum says the flat is {addr_lc}, {given_lc.2} knows the way",
    "Telegram: {given} shared a contact — {full.2} {phone}",
    "salamat {given_lc}! gcash na lang, or card {card} ok lang{emoji}",
    "sms from {title} {sur}: call me back on {phone_ext}",
)

TICKET: tuple[str, ...] = (
    "Customer {full} says card {card} was charged twice; callback {phone_ext}.",
    "Cliente {full} pede reembolso para {iban}. Tel {phone_intl}",
    "Requester: {sgiven_uc}\nSSN: {ssn_dash}\nIssue: W-2 shows the wrong name",
    "Delivery failed at {addr}. Driver: gate locked, {given} not answering {phone_local}.",
    "{title} {sur} wants the refund sent to {iban}, not the card ending {n4}.",
    "Login from [{ip6_full}]:{port} for {email} flagged; {given_lc} confirmed it was them.",
    "Müşteri {full}, adres değişikliği: {addr}. İletişim: {phone_intl}",
    "Escalated by {init2}: tenant {full} at\n{addrml}\nreports no hot water.",
    "SSN# {ssn_bare} supplied by {full_lc} over chat — verify and purge.",
    "Pelanggan {full} minta invois dihantar ke {email}.",
    "Printer {ip4} on floor 3 jammed again, ask {given} (desk {n}).",
    "Please update payroll: {sgiven}, soc sec {ssn_sp}, bank {iban}.",
    "Ask {given_lc} to call back {nick} on {phone}, re: lost parcel.",
    "Caller read out card {card} and hung up. Name on card: {full_uc}.",
    "VPN gateway {ip6_v4} rejected {email} ({full}) at {time}.",
    "Kliyente: {full}. Address: {addr}. Gusto niya ng refund sa {iban}.",
    "Dear {given}, thanks for reaching out. {emailr} will reply within two days.",
    "Fraud team: {fullm} reported {card} stolen; new contact {phone_us}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} {city}",
    "{addr_lc} rent price",
    "{ssn_dash} is this a real ssn",
    "who called me {phone}",
    "{ip6_uc} whois",
    "{iban} which bank",
    "{card} fraud check",
    "{nick_lc} tiktok",
    "{given_lc}'s bakery {city}",
    "{email} leaked?",
    "{full_uc} obituary {city}",
    "{init} dentist {city} reviews",
    "{ip4} blacklist",
    "soc sec {ssn_bare}",
    "{full_lc} and {full_lc.2} wedding",
    "{phone_intl} spam caller",
    "{street_lc} parking",
    "http://[{ip6}]:{port}/ not loading",
)

REVIEW: tuple[str, ...] = (
    "Muito obrigado à {given} da recepção, resolveu tudo! {stars}",
    "Package went to {addr} instead of my flat. {full} from support fixed it. {stars}",
    "NEVER AGAIN. charged {card} twice and {given} said 'system error'. {stars}",
    "Salamat kay {given_lc}, ang bilis ng delivery sa {addr_lc}! {stars}",
    "The electrician, {init2}, left his number ({phone}) in case the breaker trips again.",
    "Hocam {sur} çok ilgiliydi, teşekkürler. {stars}",
    "Airbnb host {full_lc} left the router at {ip4} with admin/admin lol",
    "{title} {sur} is the best dentist in {city}, clinic at {addr}. {stars}",
    "Terima kasih {given}, barang sampai ke {addr} dengan selamat. {stars}",
    "Refund was meant to go to {iban}. {sur} in billing ghosted me. {stars}",
    "Tutor {sgiven}: patient with my kid. Contact via {email}.",
    "Ask for {given_uc}, absolute legend!!! {stars}",
    "Left a voicemail on {phone_local} for {given}; no reply after a week. {stars}",
    "Shoutout to {wfull} and {full.2} in returns!",
    "Label said\n{addrml_uc}\nbut the driver left it with the neighbour. {stars}",
    "Why does a bike shop need my SSN ({ssn})?? {stars}",
    "{given_lc}'s cakes are the best, order via {phone_intl} {stars}",
    "Smart TV showed up as '{full}'s TV' on {ip6} for the whole building 🙃",
)

LOG: tuple[str, ...] = (
    '{ip4} - {email} [{clf}] "POST /login HTTP/2" 302 0 "-" "curl/8.5"',
    "{syslog} gw sshd[{n4}]: Accepted publickey for deploy from {ip6_strip} port {port} ssh2",
    'level=info msg="profile updated" user_name="{full}" street="{street}"',
    '{ts} kyc ok ssn={ssn_bare} subject="{full_lc}"',
    '{"@timestamp":"{ts}","level":"WARN","event":"iban_mismatch","iban":"{iban}","account_holder":"{full}"}',
    "{syslog} dhcpd: DHCPACK on {ip4} to {mac} ({given_lc}-phone) via eth1",
    'Traceback (most recent call last):\n  File "billing/charge.py", line {n}, in run\nPaymentError: card {card} declined for customer {full}',
    "{syslog} kernel: IPv6: {ip6z}: duplicate address detected (owner {given_lc})",
    '{ts} sms.sent to={phone_intl} template=otp user="{given}"',
    "audit user={given_lc} action=view_ssn subject={full_lc} ssn={ssn_dash} src={ip6}",
    "[{ts}] smtp.ERROR 552 quota exceeded for {email}",
    'k8s: Warning BackOff pod/checkout-{hash} node-ip={ip6_full} annotation owner="{full}"',
    '{ts} geo lookup "{addr}" -> {coord} (recipient {full})',
    'evt=password_reset email="{email}" ip="{ip6_uc}"',
    '{ts} WARN hr: duplicate SSN {ssn_sp} employee="{sgiven}"',
    "{syslog} postfix/qmgr[{n4}]: from=<{email}>, size={n4}, nrcpt=1 client={ip4}",
    '{ts} DEBUG voip inbound {phone_us} -> ext {n} matched contact "{full}" from {ip6_v4}',
    '{ts} ERROR chargeback card={card} cardholder="{full_uc}" refund_iban="{iban}"',
)

JSON: tuple[str, ...] = (
    '{"customer": {"name": "{full}", "phone": "{phone_intl}", "ssn": "{ssn_dot}"}, "tier": "gold"}',
    "{'first_name': '{first}', 'last_name': '{last}', 'ssn': '{ssn_dash}'}",
    'shipping:\n  recipient: {full}\n  line1: {street}\n  city: {city}\n  postcode: "{postcode}"',
    '[user]\nname = "{full}"\nemail = "{email}"\nlast_ip = "{ip6}"',
    '{"payout": {"iban": "{iban}", "holder": "{sgiven_uc}"}}',
    "?name={first}&surname={last}&tel={phone_local}&addr={street_lc}",
    "<contact><name>{full}</name><tel>{phone}</tel><email>{email}</email></contact>",
    '{"mentions": ["{given_lc}", "{given_lc.2}"], "text": "see thread", "channel": "ops"}',
    '{"device": "{given}\'s iPad", "ipv6": "{ip6_full}", "ipv4": "{ip4}"}',
    'query { user(id: {n4}) { fullName: "{full}" ssn: "{ssn_sp}" } }',
    '{"billing": {"card": "{card}", "name_on_card": "{full_uc}", "address": "{addr}"}}',
    'contacts:\n  - name: {full}\n    phone: "{phone_ext}"\n  - name: {full.2}\n    email: {email.2}',
    "<td>{full}</td><td>{addr}</td><td>{phone_local}</td>",
    '{"audit": {"actor": "{init}", "target_ip": "[{ip6z}]", "reason": "login"}}',
    '{"kyc": {"ssn": "{ssn_bare}", "dob": "{date}", "name": "{full_lc}"}}',
    "{'cc': ['{email}', '{emailr}'], 'signature': '{full} · {phone_us}'}",
    '{"owner": "{nick}", "wallet_iban": "{iban}", "tags": ["vip"]}',
    'ship_to = { name = "{full}", street = "{street}", city = "{city}" }',
)

MULTILINE: tuple[str, ...] = (
    'From: "{gi}" <{email}>\nTo: {emailr}\nSubject: change of address\n\nHi, please send post to {addr} from now on.\n{given}',
    "On {date}, {full} <{email}> wrote:\n> my new mobile is {phone_intl}\n> thanks, {given}",
    "SHIP TO:\n{full_uc}\n{addrml_uc}\nTEL {phone}",
    "--\n{full}\nHead of Operations | {firm}\nM: {phone_intl}\n{addr}",
    "APPLICATION FORM\nSurname: {last_uc}\nGiven names: {first_uc}\nStreet: {street}\nCity: {city}\nSSN: {ssn_dash}",
    'name,email,phone\n"{sgiven}",{email},{phone_local}\n"{sgiven.2}",{email.2},{phone_local}',
    "| host | ip | owner |\n|---|---|---|\n| db-1 | {ip4} | {given_lc} |\n| db-2 | {ip6} | {given_lc.2} |",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{full}\nTEL;TYPE=cell:{phone_intl}\nADR;TYPE=home:;;{street};{city};;{postcode};{country}\nEND:VCARD",
    "INVOICE {invoice}\nBill to: {full}\n{addrml}\nPaid by card {card}",
    "BEGIN:VEVENT\nSUMMARY:Contract review\nORGANIZER;CN={full}:mailto:{email}\nATTENDEE;CN={full.2}:mailto:{email.2}\nEND:VEVENT",
    "commit {hash}\nAuthor: {full} <{email}>\n\n    fix: strip card numbers like {card} from logs",
    "> {card} shouldn't be in the fixture\n\nReview by {init2}: agreed, and drop the SSN {ssn_sp} on line {n}",
    "Voicemail from {phone}:\n\"hi it's {given_lc}, um, call me back, I'm at {addr_lc} till five\"",
    "RECEIPT\nCashier: {given_uc}\nVISA {card}\nThank you {full_lc}!",
    "Delivery note\nDeliver to: {full}\n{addrml}\nContact: {phone_local}\nRef {waybill}",
    "Dear {title} {sur},\nYour appointment is on {date} at {time}, {addr}.\nPlease bring ID. Queries: {phone_ext}\nClinic reception",
    "Payment details\nAccount holder: {full}\nIBAN: {iban}\nReference: {order}",
    "Hi {given},\nthe NAS at {ip6_full} is yours now; creds are in the vault.\nIBAN for the refund: {iban}\n— {gi}",
)

TEMPLATES = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
