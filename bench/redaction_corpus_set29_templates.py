"""Set 29's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Slots: persons {full} {fullm} {given} {sur} {sgiven} {init} {wfull} (suffix _lc or _uc for
lower or upper case, .2/.3 for a second or third person); {email} (from the person), {emailr}
(a role address), {emailx}; {phone} {phone_us} {phone_intl} {phone_ext}; {ssn} {ssn_dash}
{ssn_bare}; {ip4} {ip6} {ip6z} {ip6_full} {ip}; {card}; {iban}; addresses {addr} {addr_lc}
{addrml} {addrml_uc} {street} {street_lc} and the non-gold {city} {postcode} {country}; any
other slot is a non-gold filler (numbers, brands, dates).
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "hey {given_lc} 👋 did u get the parcel? it went to {addr_lc} lol",
    "omg {full_lc} just texted me from a new number {phone} save it",
    "ok so {given_lc} says the party is at {addr_lc}, bring chips 🍟",
    "ngl {given_lc} reckons my ssn {ssn} is still on the old lease, should i worry",
    "new num pls update: {phone_intl} — {given_lc}",
    "> {full}: ring me on {phone} after 6\nlol why is {given_lc.2} quoting old msgs",
    "lmk if {given_lc} needs the wifi pw, router is on {ip4} btw",
    "cc: {given_lc} — moving to {addr_lc} on the {n}th, help w boxes?? 📦",
    "ugh my card {card} got declined at the pharmacy, {given_lc} can u spot me",
    "oye, ¿tienes el móvil de {full}? creo que es {phone_intl}",
    "told {given_lc} to send the deposit to {iban} but she hasnt yet 🙄",
    "{given_lc}!!! ur mum called, she's at {addr_lc} waiting 😂",
    "the landlord finally fixed the boiler, call him {phone} if it breaks again",
    "ciao {given_lc}, il mio nuovo indirizzo è {addr_lc} 🏠",
    "pls dont share but my ssn is {ssn} for the lease form, {given_lc} asked",
    "just saw {full_lc} at the gym wtf, he lives at {addr_lc} now apparently",
    "brb fighting {given_lc} for the aux cord again{emoji}",
    "anyone got {given_lc}'s email? nvm found it {email}",
)

TICKET: tuple[str, ...] = (
    "Customer reports the router at {ip4} drops every hour. Callback {phone}.",
    "[internal] spoke w/ Mrs {sur} — she wants the refund to IBAN {iban}, not the card.",
    "Reassigned to L2. Caller: {full}, tel {phone_ext}",
    "Delivery failed: address on file {addr} does not exist per courier; customer {full} to confirm.",
    "| prio: high | requester: {sgiven} | contact: {email} |\nCan't log in since the update.",
    "User {email} says the card ending in {n4} was charged twice; full number on file {card}.",
    "Rückruf erbeten: {full}, Tel. {phone_intl}, wohnhaft {addr}",
    "Escalated: customer {fullm} disputes SSN {ssn} on the W-9.",
    "Per {full}'s manager the new shipping address is {addr}, please update before {date}.",
    "Login attempts for {email} from {ip6} and {ip4}, blocked. Notify the owner?",
    'Quoted customer: "this is {given} again, my number changed to {phone}"',
    "Note from Dr. {sur}'s office: the invoice needs resending to {emailr}",
    "Caller {full_uc} gave SSN {ssn_dash} for verification — matched. Moved {addr}.",
    "ASSIGNEE:\n{given}\nSUMMARY: wrong street on label, should be {addr}",
    "Called the customer back on {phone}, no answer, left voicemail. — {given}",
    "Chargeback on {card} (holder {full}). Merchant ref {order}.",
    "Hi support, my account {email} was locked after I logged in from {ip}. Thanks, {given}",
    "Ticket merged. Reporter {sgiven}; second contact {full.2} at {phone_intl}.",
)

SEARCH: tuple[str, ...] = (
    "{full} linkedin",
    '"{full}" obituary {city}',
    "dr {sur_lc} orthodontist near {addr_lc}",
    "who lives at {addr_lc}",
    "check if ssn {ssn} is valid",
    "{phone} who called me",
    "{full_lc} {city_lc} phone number",
    "whois {ip4}",
    "iban {iban} which bank",
    "{email} breached?",
    "{card} stolen card what to do",
    "is {ip6} a vpn",
    "{full} wedding photos {city}",
    "houses for sale {addr_lc}",
    "{wfull} author books",
    "reverse lookup {phone_intl}",
    "{full_lc} {firm2} lawyer",
    "parcel stuck at {addr_lc} since {date}",
)

REVIEW: tuple[str, ...] = (
    "Ask for {given} at the counter — she sorted my return in five minutes. ★★★★★",
    "AVOID. {full} promised a callback on {phone} and never rang.",
    "Electrician — {full} — fixed the fuse box at our place, {addr}. Honest and quick.",
    "Five stars for {full_uc}!!! best tailor in {city}",
    "The courier left my package at {addr} instead of my flat. {given} from support was lovely though.",
    "Reseña: {full} nos atendió muy bien, volveremos. Tel. de la tienda {phone_intl}",
    "Our guide {given} knew every cobblestone. Book through {email}.",
    "Dr. {sur} explained everything twice. {stars}",
    "They charged my card {card} for a room we never got. The manager refused a refund.",
    'Wrong parcel label again: "{full_lc}, {addr_lc}" — that\'s not us!',
    "Hired {full} for our move to {addr}. Nothing broken, 10/10.",
    "Their form asked for my SSN ({ssn}) just to book a haircut?! nobody at the desk could explain why.",
    "Shoutout to {given} on the night shift, found my wallet with {amount} still in it.",
    "Refund promised to {iban} weeks ago. Still waiting, {full}.",
    "{sgiven} — the best piano teacher we've had. Call {phone} and ask for a trial.",
    "Booked via their wifi and my bank flagged a login from {ip4}. The owner shrugged.",
    "Tried {full}'s bakery at {addr}. The rye is worth the queue.",
    "Plumber {given} came same day. Office line {phone_ext} actually gets answered!",
)

LOG: tuple[str, ...] = (
    '{ip4} - - [{clf}] "GET /account/{n4} HTTP/1.1" 200 {n4} "-" "Mozilla/5.0"',
    '{ip6} - - [{clf}] "POST /api/v2/login HTTP/2" 401 87',
    '{ts} INFO beneficiary_name="{full}" iban={iban} amount={amount} status=queued',
    "{ts} sshd[{n4}]: Accepted publickey for deploy from {ip4} port {port} ssh2",
    '{ts} WARN applicant="{sgiven}" tin={ssn_bare} check=manual',
    "postfix/smtpd[{n4}]: connect from unknown[{ip4}] helo=<mail.{domain}> from=<{email}>",
    'actor={given} action=update_address to_line1="{street}" ts={epoch}',
    '{ts} ERROR payment pan={card} holder="{full_uc}" code=51 declined',
    "dhcp6: lease {ip6} bound to eui {mac} for {n}s",
    "kernel: ndp: neighbour {ip6z} reachable, router advert received",
    "{ts} audit user.email={email} src_ip={ip} mfa=ok",
    "eth0: addr {ip4}/24 brd broadcast scope global",
    "GET https://[{ip6}]:{port}/healthz 200 {n}ms",
    '{ts} notify sms to={phone} template=otp user_display="{full}"',
    "payee={full} phone={phone_intl} ref={invoice}",
    '{ts} kyc subject="{full}" ssn={ssn} result=match score=0.{n}',
    '{ts} courier scan to_name="{full_uc}" to_addr="{addr_uc}" depot={sku}',
    "fw: DROP in=wan src={ip4} dst={ip6_full} proto=tcp dpt={port} owner={given}",
)

JSON: tuple[str, ...] = (
    '{"name": "{full}", "phone": "{phone}", "email": "{email}"}',
    "{'first_name': '{given}', 'last_name': '{sur}', 'street': '{street}', 'city': '{city}'}",
    '{"meta": "assignee={given}|priority=p2", "client_ip": "{ip4}"}',
    '[{"author": "{full}", "comment": "see you at {addr}"}]',
    '{"holder": "{full_uc}", "pan": "{card}", "exp": "{exp}"}',
    '{"customer": {"name": "{sgiven}", "ssn": "{ssn}", "line1": "{street}", "zip": "{postcode}"}}',
    'user_profile={"display": "{given}", "mobile": "{phone_intl}", "last_ip": "{ip6}"}',
    '<input name="beneficiary" value="{full}"><input name="iban" value="{iban}">',
    '{"mentions": ["{given}", "{given.2}"], "text": "lunch at {addr}?"}',
    '{"upstream": "[{ip6}]:{port}", "escalation": "{phone_ext}"}',
    '{"shipTo": {"fullName": "{full}", "address": "{addr}", "tel": "{phone}"}}',
    '{"signature": "— {given}", "reply_to": "{emailx}"}',
    '{"patient": "Dr. {sur} to see {fullm}", "callback": "{phone}"}',
    '{"event": "login", "user": "{email}", "ip": "{ip}", "geo": "{city}"}',
    '{"payer": {"name": "{full}", "tax_id": "{ssn}"}, "note": "via {firm}"}',
    '{"contacts": [{"n": "{full}", "t": "{phone}"}, {"n": "{full.2}", "t": "{phone_intl}"}]}',
    '{"approved_by": "{full}", "ship_to": "{addr}", "order": "{order}"}',
    '{"guest": "{wfull}", "room": {n}, "email": "{email}"}',
)

MULTILINE: tuple[str, ...] = (
    "Hi {given},\n\nThe keys are with the concierge at {addr}. Their desk line is {phone}.\n\nCheers,\n{given.2}",
    "SHIP TO:\n{full_uc}\n{addrml_uc}",
    "From: {full} <{email}>\nTo: {emailr}\nSubject: new address\n\nPlease use {addr} from Monday.\n\n— {given}",
    "--\n{full}\nSenior Buyer, {firm}\nM: {phone_intl}\n{email}",
    "Name: {full}\nAddress line 1: {street}\nCity: {city}\nPostcode: {postcode}\nSSN:\n{ssn}",
    "name,phone,email\n{full},{phone},{email}\n{full.2},{phone_intl},{email.2}",
    "---------- Forwarded message ---------\nFrom: {full} <{email}>\n\n{given.2}, can you wire the deposit to {iban}? Thanks",
    "On {date}, {full} wrote:\n> my card {card} was billed twice\n\nSorry {given}, refund issued.",
    "RETURN TO:\n{full}\n{addrml}\n\nDELIVER TO:\n{full.2}\n{addrml.2}",
    "Minutes — {date}\nPresent: {full}, {full.2}\nAction: {given} to call the landlord on {phone}",
    "| name | phone |\n|---|---|\n| {full} | {phone} |\n| {full.2} | {phone_ext} |",
    "<p>Dear {full},</p>\n<p>Your parcel will be delivered to {addr} on {date}.</p>",
    "[10:02] {given_lc}: whats the vpn ip again\n[10:03] {given_lc.2}: {ip4}\n[10:03] {given_lc}: ty",
    "Employee: {sgiven}\nSSN: {ssn}\nHome address:\n{addrml}\nEmergency contact phone: {phone}",
    "Dear {full},\n\nWe could not charge {card}. Please update your details.\n\nKind regards,\nAccounts team\n{firm}",
    "BEGIN:VCARD\nFN:{full}\nTEL:{phone}\nEMAIL:{email}\nADR:{addr}\nEND:VCARD",
    "Hi team,\n\n{full} ({email}) cannot reach the server from {ip6}.\nCan someone whitelist it?\n\nThanks,\nNOC",
    "iban;holder\n{iban};{full}\n{iban.2};{full.2}",
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
