"""Templates with PII of set 26 (``data/pii/set26.jsonl``), 18 per register.

A slot is `{maker}`, `{maker:arg}` or `{maker|lower}` / `{maker|upper}`; gold makers are in
``redaction_corpus_set26_values`` and ``..._numbers``, non-gold fillers in ``..._fillers``.
Template ids are given in order, so within each register the templates alternate between
the tuning half (even ids) and the held-out half (odd ids). Each frame was written for its
register, not copied from another one with the slots swapped.
"""

from __future__ import annotations

CHAT = (
    "hey {given|lower} 👋 new number is {phone} save it pls",
    "lol {person|lower} just sent her card pic to the group chat by accident 😬 {card} "
    "— told her to cancel it",
    "can u drop the spare keys at {addr|lower}? someone's home after 6",
    "who is {phone}?? keeps ringing me at 3am",
    "my router says the wan ip is {ip:v4}, is that why the ps5 wont connect",
    "omw to {given|lower}'s, pin is in the group chat if anyone gets lost",
    "ssn for the lease form is {ssn} — delete this after pls 🙏",
    "mum wants my iban for the birthday money lol → {iban}",
    "{given|lower} & {given|lower} are moving to {addr}!!! housewarming sat",
    'fwd from {given}: "call me on {phone} after work, old mobile died"',
    "ugh {person|lower} changed her email again, now it's {email}",
    "is {ip:v6} ur vps? getting hammered from it nonstop",
    "brb calling {person} abt the flat, she said ring {phone:ext} at the office",
    "dinner at the {surname|lower} place tmrw 7pm ({addr|lower}) bring wine",
    "did {given|lower} ever reply?? i emailed {email} twice",
    "sis whats ur ssn again, the daycare form wants it... nvm found it {ssn:dots}",
    "oye {given|lower}, me pasas tu número? el mío es {phone} 😅",
    "new flat!!\n{addr_ml|lower}\ncome visit whenever, text {person|lower} or me",
)

TICKET = (
    "Customer {person} reports she can't log in since the password reset. Callback: {phone}.",
    "**Reporter:** {person_rev}\n**Contact:** {email}\n**Issue:** refund for {order} not received",
    "Spoke to Mr {surname} — he confirmed the delivery address is {addr}. Courier rebooked "
    "for Thursday.",
    "Login from unrecognised IP {ip} at 03:12 UTC, account locked until the customer confirms "
    "by SMS.",
    "> On Tue, {person} wrote:\n> my new IBAN is {iban}, please update the payout account\n\n"
    "Done, payout details updated and the old account archived.",
    "W-9 rejected: SSN {ssn} doesn't match the name on file ({person_rev}). Asked for a new form.",
    "Reassigned to {given}. Customer prefers e-mail ({email}) over phone.",
    "WAN address {ip:v4} blocklisted after an abuse report; NOC to follow up with the ISP.",
    "Parcel returned to sender. Customer {person|upper} says the label should have read {addr}.",
    "Per the customer's request, invoices now go to {email}. Previous contact disabled.",
    "[internal] caller read out SSN as {ssn:spaced} and DOB 04/11/1987, do not paste again",
    "Hi team, {person} from {firm} called again ({phone}). Still no technician visit at {addr}.",
    "Duplicate charge: cardholder {person}, card {card}, amount {amount}. Please reverse one.",
    "Sev2 — VPN gateway rejecting client [{ip:v6}]:{port}\nAssignee: {given}",
    "Customer asked us to remove her number ({phone}) and address ({addr}) from the mailing "
    "list.\n– {given}",  # noqa: RUF001 (an en dash before a sign-off, as typed)
    "Merci de mettre à jour l'IBAN du fournisseur : {iban} (validé par {person}).",
    "Engineer booked at {addr} between 9 and 12; site contact {phone:ext}",
    "Chargeback on card {card:dash}: cardholder says the order was placed by her ex, {person}.",
)

SEARCH = (
    "{person|lower} linkedin",
    "reverse phone lookup {phone}",
    "{addr|lower} zillow",
    "is {ssn} a real ssn",
    "whois {ip:v4}",
    "bin check {card:compact}",
    "dr {surname|lower} dermatologist reviews",
    "{email} spam or legit",
    "{iban} which bank",
    "{ip:v6} geolocation",
    "who lives at {addr}",
    "{person} obituary 2024",
    "{phone} scam?",
    "directions from airport to {addr|lower}",
    "{person} wedding venue {place}",
    "ping {ip} port {port} closed why",
    "ssn {ssn:spaced} belongs to who",
    "{person_rev} court records",
)

REVIEW = (
    "{given} at the front desk was a star, sorted our booking in five minutes. Five stars!",
    "Courier left the parcel at {addr} instead of our house. The actual recipient, {person}, "
    "was lovely about it though.",
    "AVOID!!! They published my mobile ({phone}) on their website without asking.",
    "Dr. {surname} and nurse {given} made my knee surgery painless. Highly recommend.",
    "Booked for my mum; the confirmation email printed my full card number ({card}) "
    "in plain text. Alarming.",
    "Great plumber. Call {given} on {phone} and mention this review for 10% off.",
    "Lovely B&B at {addr}. Our host {person} even drove us to the station.",
    "Two stars. The contractor emailed from {email} asking for my SSN ({ssn}) 'for insurance'. "
    "Hmm.",
    "Wouldn't refund until I rang {phone} three times. Still waiting three weeks later. — {given}",
    "Ask for {given|upper} when you go, knows the menu inside out!!",
    "The tech said our router was stuck on {ip:v4} and reset it in two minutes. Wifi solid since.",
    "Shout-out to {person}, who answered my call at 11pm on a Sunday.",
    "New owners since {person} retired. Same menu, far worse service.",
    "Ordered a cake for {given}'s 40th. Arrived at {addr} two hours late and squashed.",
    "Helpful staff, esp. {given} and {given}. Will be back.",
    "Reseña: excelente atención de {person}. Nos mandó la factura a {email} el mismo día.",
    "They charged {card} twice and the number they list ({phone}) never picks up. One star.",
    "10/10 would rent again. Landlord actually answers {phone} on weekends.",
)

LOG = (
    '{ip} - - [12/Mar/2025:10:14:22 +0000] "GET /account/settings HTTP/1.1" 200 5120 "-" '
    '"Mozilla/5.0"',
    "sshd[2231]: Accepted publickey for deploy from {ip:v6} port {port} ssh2",
    'level=info msg="profile updated" editor="{person}" field=phone new="{phone}"',
    'WARN billing: card {card:compact} declined (do_not_honor) cust="{person_rev}"',
    "kyc.check subject_ssn={ssn:bare} result=match reviewer={given|lower}",
    "postfix/smtp[8812]: 4F2A1C03: to=<{email}>, relay=mx2.vesselink.io[{ip:v4}]:25, "
    "delay=1.2, status=sent (250 ok)",
    'payout.created beneficiary="{person}" iban="{iban}" amount=1200.00 currency=EUR',
    '{stamp} audit actor="{person}" action=address_change new_value="{addr}"',
    "dhcpd[611]: DHCPACK on {ip:v4} to {mac} via eth1",
    "wg0: peer [{ip:v6}]:51820 handshake completed, keepalive 25s",
    "notify sms to={phone:e164} template=otp_login status=queued",
    "2: ens3    inet {ip:v4}/24 scope global dynamic ens3",
    "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={ip} DST=10.0.0.4 LEN=60 PROTO=TCP SPT={port} DPT=22",
    'crm.sync owner=team-emea contact="{person}" phone_e164="{phone:e164}"',
    'label.print recipient="{person|upper}" line1="{street}" city="{city}" zip="{postcode}"',
    "nginx: client {ip:zone} closed keepalive connection",
    'fraud.flag score=0.93 pan="{card}" holder="{person}" ip={ip}',
    'hr.export row=112 employee="{person_rev}" ssn="{ssn}" status=ok',
)

JSON = (
    '{"customer": {"name": "{person}", "phone": "{phone}"}, "order": "{order}"}',
    '{"first_name": "{given}", "last_name": "{last}", "email": "{email}"}',
    '{"ship_to": {"line1": "{street}", "city": "{city}", "postal_code": "{postcode}"}, '
    '"carrier": "dhl"}',
    "{'holder': 'Dr. {person}', 'iban': '{iban}', 'verified': True}",
    '{"event": "login_failed", "src_ip": "{ip}", "attempts": 5}',
    '<li data-owner="{person}" data-tel="{phone}" class="contact-card"></li>',
    'attrs="owner={person};ssn={ssn};tier=gold"',
    '[{"assignee": "{given}", "status": "open"}, {"assignee": null, "status": "blocked"}]',
    '{"payment": {"pan": "{card}", "exp": "11/27", "cardholder": "{person|upper}"}}',
    '{"peer": "{ip:v4}:{port}", "state": "established"}',
    '{"tax": {"type": "SSN", "value": "{ssn:bare}"}, "year": 2024}',
    '{"note": "Call back on {phone} re: the boiler, tenant works nights"}',
    '{"contacts":[{"n":"{person}","e":"{email}"},{"n":"Accounts","e":"{email:role}"}]}',
    'meta={"approved_by": "{person_rev}", "approver_email": "{email}"}',
    '{"address": "{addr}", "resident": "{person}", "since": 2019}',
    '{"geo": {"ip": "{ip}", "asn": 3320}, "user_agent": "curl/8.4"}',
    '{"sender": {"name": "{person}", "street": "{street}", "town": "{city}"}}',
    '{"msg": "Hi {given}, your driver will ring from {phone} when nearby"}',
)

MULTILINE = (
    "From: {person} <{email}>\nTo: {email:role}\nSubject: change of address\n\n"
    "Hi,\nplease send future statements to\n{addr_ml}\n\nThanks,\n{sig}",
    "SHIP TO:\n{person|upper}\n{addr_ml|upper}\nTEL {phone}",
    "--\n{person}\nSenior Buyer | {firm}\nM: {phone}\n{email}",
    "Name: {person}\nSSN: {ssn}\nDOB: 03/02/1979\nAddress line 1: {street}\nCity: {city}\n"
    "Postcode: {postcode}",
    "first_name,last_name,phone\n{given},{last},{phone}",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{person}\nTEL;TYPE=cell:{phone}\nEMAIL:{email}\nEND:VCARD",
    "| host | role | address |\n|---|---|---|\n| web-01 | frontend | {ip} |\n"
    "| web-02 | standby | {ip} |",
    "---------- Forwarded message ---------\nFrom: {person} <{email}>\nDate: Mon, 3 Mar 2025\n\n"
    "Please pay invoice {order} to IBAN {iban}.\nRegards",
    "Attendees: {person}, {given}\nApologies: none\n"
    "Action: {given} to send the new lease by Friday",
    "> Can you confirm the card on the booking?\nYes: {card}, exp 02/29.\n\n{given}",
    "{person}\n{addr_ml}\n\nDear customer,\nyour replacement card is in the post.",
    "RETURN TO:\n{firm}\n{addr_ml}\n\nFROM:\n{person}\n{addr_ml}",
    "Incident 2291\nsource: {ip}\nowner: {person}\nescalation: {phone}",
    "Employee: {person_rev}\nSocial Security No.:\n{ssn}\nBank: {iban}",
    "name;street;city\n{person};{street};{city}",
    "Hi {given:w},\n\nThe tenant at {addr} says the boiler is out again. Her number is "
    "{phone}.\n\nSent from my phone",
    "Payment details\nAccount holder: {person}\nIBAN: {iban}\nBilling e-mail: {email}",
    "Thanks for your order!\n\nDelivering to:\n{person}\n{addr_ml}\n\nQuestions? Call us on "
    "{phone}.",
)

PII_TEMPLATES = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
