"""Templates of set 27 with PII, 18 per register, written afresh for this set.

Slots: ``{slot}`` draws a new value, ``{slot:a}`` reuses person ``a`` of the same text (so a
sign-off, an e-mail or a ``last_name`` cell belongs to the person named before). Gold slots:
name, name_lc, name_caps, name_rev, given, given_lc, sur, wname (an English-word given name with
a surname), email, phone, phone_us, phone_intl, phone_ext, ssn, ssn_dash, ssn_space, ssn_bare,
ip, ip4, ip6, ip6_full, ip6_zone, card, iban, iban_c, addr, addr_lc, addr_ml, addr_ml_caps,
street. Every other slot is a filler that is not gold (see ``redaction_corpus_set27_fillers``).
Template order alternates the halves: even template ids tune, odd ones are held out.
"""

from __future__ import annotations

CHAT = (
    "hey {given_lc} can u send me ur new addr? nvm got it: {addr_lc} 👍",
    "omg {name_lc} just texted me from {phone} lol who gave her my number",
    "lmk if {given_lc} still needs the spare key, shes at {addr_lc} till friday",
    "ok so i told {given_lc} and {given_lc} the plan. meet 7ish at the usual",
    "need ur ssn for the lease thing, is it {ssn}?? landlord keeps asking 🙄",
    'fwd from {given_lc}: "pls wire it to {iban} thx, rent is late again"',
    "oye, me pasas el número de {name}? creo que es {phone_intl} pero no contesta",
    "apparently the wifi is down again?? my laptop still gets {ip4} tho",
    "ngl the new place is huge. {addr_lc}, bring snacks",
    "just use my card for the tickets: {card} (dont screenshot it pls)",
    "who is {name_lc}?? she liked like every pic 😂",
    "sry wrong number lol. {given_lc}'s is {phone_us}",
    "> {given_lc}: call me at {phone} after 6\nok cool",
    "{name_lc} said email her at {email:a} not the old one",
    "my vpn keeps handing out {ip6} instead of a v4 address wtf",
    "guys it's {addr_lc} NOT the old spot!! {given_lc} pls confirm",
    "thx!! ❤️ also tell {wname} i owe him a beer",
    "ciao! ho lasciato il pacco da {name}, {addr_lc}",
)

TICKET = (
    "Customer {name} (acct {acct}) says the invoice went to the wrong place. New billing "
    "address: {addr}.",
    "Reporter: {name_rev} | Summary: locked out after 3 tries from {ip4}",
    "Reassigned to {given} — she handled the last chargeback on card {card}.",
    "Caller gave SSN {ssn} to verify, matches the file on record. Closing.",
    "Per {name:a}'s email ({email:a}) the refund should go to {iban}, not the card on file.",
    "Escalating: customer can't get the VPN up from [{ip6}]:{port} since the client update",
    "Spoke w/ Mr. {sur} on {phone_ext}; wants a callback Tue am, not before 10.",
    "[internal] do NOT ship to {addr} until fraud clears card {card}",
    "Driver couldn't find {addr}; recipient not answering {phone}.",
    "Ticket merged. Original requester: {name_caps:a}. Contact: {email:a}",
    "Hi team, {given} from accounts here: the wire to {iban_c} bounced, can someone look? thx",
    "validé par {name}, adresse de livraison : {addr}",
    "Dr. {sur}'s office called again re patient SSN {ssn_dash}, they mistyped it on the claim",
    "Login alerts for {email} from {ip6} and {ip4} within 5 min, possible takeover",
    "> On {date}, {name} wrote:\n> the charge on {card} isn't mine\nRefund issued, case closed.",
    "Assignee: {given} / Priority: P2 / customer phone {phone_intl}",
    "Please update shipping for order {order}: {name}, {addr}",
    "cancel request from {name_lc} (typed all lowercase in the form), callback {phone}",
)

SEARCH = (
    "{name} linkedin",
    "{name_lc} {city}",
    "who called me from {phone}",
    "{addr} zillow",
    "{addr_lc} parking",
    "reverse lookup {phone_intl}",
    "is {ssn} a valid ssn",
    "whois {ip4}",
    "{ip6} abuse contact",
    "dr {sur} dentist reviews",
    "{email} data breach",
    "iban {iban_c} which bank",
    "{name} obituary {year}",
    "card {card} declined why",
    "directions to {addr_lc}",
    "{name_rev} court records",
    "ping {ip} request timed out",
    '"{name}" site:facebook.com',
)

REVIEW = (
    "Ask for {given} at the front desk, she sorted our booking in two minutes. 5 stars!",
    "Dr. {sur} and nurse {given} were amazing with my son.",
    "AVOID!!! {name} never showed up and still charged my card {card}",
    "Helpful staff, esp. {given} on the till. Will come back.",
    "The host, {name}, left the keys at {addr} like promised. Clean flat, noisy street.",
    "Lamp arrived broken. Called {phone} four times before anyone picked up.",
    "Reseña: {name} nos atendió genial, volveremos seguro.",
    "I had {name} as my tutor for two terms: patient, funny, knows her stuff.",
    "My package went to {addr} instead of my place. Thanks for nothing.",
    "Plumber ({name_lc}) fixed it in an hour. His number if you need him: {phone}",
    "Five stars for the staff, one star for a signup form that wanted my SSN "
    "({ssn}) for a loyalty card??",
    "Don't trust the 'support' guy {name:a}: he emailed from {email:a} asking me to pay "
    "into {iban}.",
    "3/5. The manager was rude but {given} was lovely.",
    "Stayed at {addr}. Great location but the router kept giving me {ip4} and my work VPN "
    "refused it",
    "Shoutout to {wname} who drove 40 min to get my order to me!",
    "Recommended by {name}, and honestly she undersold it.",
    "Contacted the seller at {email}, no reply. Phone {phone_intl} is disconnected.",
    "props to {given_lc} in returns, sorted my refund fast ✌️",
)

LOG = (
    '{ip4} - - [{clf}] "GET /account/settings HTTP/1.1" 200 {n} "-" "Mozilla/5.0"',
    "{ts} sshd[{pid}]: Accepted publickey for deploy from {ip6} port {port} ssh2",
    '{ts} INFO payout.created beneficiary="{name}" iban={iban_c} amount={amount}',
    'level=warn msg="address mismatch" cust="{name}" ship_to="{addr}"',
    "{ts} postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[{ip4}]: 554 5.7.1; "
    "from=<{email}>",
    'user_id={n} editor={given_lc} action=update field=phone value="{phone}"',
    "{ts} kyc.check subject_ssn={ssn_bare} result=match reviewer={given}",
    '[{ts}] {ip6} "POST /login HTTP/2.0" 401 rt=0.0{n2} upstream=app-3:{port}',
    "{ts} dhcpd[{pid}]: DHCPACK on {ip4} to {mac} via eth1",
    'ts={ts} evt=card.tokenize pan={card} holder="{name_caps}" ok=true',
    "    inet6 {ip6}/64 scope global dynamic mngtmpaddr",
    "{ts} WARN login failed for {email} from [{ip6}]:{port} (3 attempts)",
    '{ts} crm.sync contact="{name_rev}" tel={phone_intl} status=ok',
    'audit op=export owner="{name}" rows={n} src_ip={ip4}',
    '{ts} payroll.import emp={n} ssn="{ssn}" status=ok',
    'ship.label.created addr="{addr}" phone={phone} carrier={carrier}',
    "{ts} ERROR sms.send to={phone_intl} tpl=otp err=timeout attempt={n2}",
    "{ts} vpn: peer {name} endpoint {ip6_zone} handshake ok",
)

JSON = (
    '{"customer": {"name": "{name}", "phone": "{phone}"}, "status": "open"}',
    '{"queue": "kyc", "subject": {"ssn": "{ssn_space}"}, "watchers": ["ops-oncall"]}',
    '{"line1": "{street:a}", "city": "{city:a}", "country": "{cc:a}"}',
    '{"id": "{n}", "ssn": "{ssn}", "type": "SSN", "verified": false}',
    "{'owner': 'Dr. {sur}', 'tel': '{phone_ext}', 'active': True}",
    '{"event":"login","ip":"{ip6}","user":{"display":"{name}"}}',
    '<li data-owner="{name}" data-tel="{phone_intl}">reorder</li>',
    'attrs="holder={name_caps};iban={iban}"',
    '{"payment":{"pan":"{card}","exp":"{exp}","name_on_card":"{name_caps}"}}',
    '[{"first_name": "{given:a}", "last_name": "{sur:a}", "email": "{email:a}"}]',
    '{"shipping_address": "{addr}", "recipient": "{name}"}',
    'meta={"reviewer": "{name_lc}", "src": "{ip4}"}',
    '{"contact":{"email":"{email}","mobile":"{phone_intl}"}}',
    '{"applicant": "{name_rev}", "ssn_last4": "{last4}", "ssn_full": "{ssn_dash}"}',
    '{"ip_allowlist": ["{ip4}", "{ip6_full}"], "owner": "netops"}',
    '{"note": "call {given} back on {phone}", '
    '"address": {"street": "{street:a}", "zip": "{zip:a}"}}',
    '{"beneficiary": {"name": "{name}", "iban": "{iban_c}", "bic": "{bic}"}}',
    '{"guest":"{name}","room":{room},"billing":"{addr}"}',
)

MULTILINE = (
    "From: {name:a} <{email:a}>\nTo: {email}\nSubject: we moved\n\nHi all,\n\nnew address "
    "from Monday:\n{addr_ml}\n\nCheers,\n{given:a}",
    "SHIP TO:\n{name_caps}\n{addr_ml_caps}\nTEL {phone}",
    "--\n{name}\nSenior Buyer, {firm}\nM: {phone_intl} | T: {phone}\n{addr_ml}",
    "Full name: {name}\nAddress line 1: {street:a}\nCity: {city:a}\nSocial Security No.:\n{ssn}\n"
    "Signature: ________",
    "name,email,phone\n{name:a},{email:a},{phone}\n{name:b},{email:b},{phone}",
    "BEGIN:VCARD\nFN:{name:a}\nN:{sur:a};{given:a};;;\nTEL;TYPE=cell:{phone}\n"
    "ADR;TYPE=home:;;{street:a};{city:a};;{zip:a};\nEND:VCARD",
    "| Name | IP | Role |\n|---|---|---|\n| {name} | {ip} | admin |\n| svc-backup | - | viewer |",
    "Minutes {date}\nPresent: ops, finance, {name}\nApologies: {name_rev}\nAction: treasury "
    "to send the bank details ({iban}) to the auditors",
    "{name}\n{addr_ml}\n\n{date}\n\nDear Ms {sur},\n\nplease find the signed lease enclosed.",
    "---------- Forwarded message ---------\nFrom: {name:a} <{email:a}>\nDate: {date}\n\ncard "
    "is {card}, exp {exp}, don't share it pls",
    "RETURN TO:\n{firm}\n{addr_ml}\n\nFROM:\n{name_caps}\n{addr_ml_caps}",
    "last;first;street;postcode;town\n{sur:a};{given:a};{street:a};{zip:a};{city:a}",
    "EMPLOYEE: {name_caps}\nSSN: {ssn_space}\nDirect deposit IBAN: {iban}\nPhone: {phone}",
    "Thanks!\n\nOn {date} {name:a} <{email:a}> wrote:\n> my new number is {phone_intl}\n"
    "> and the flat is {addr}",
    "Incident #{n}\nReporter: {name}\nSource: {ip6}\nTarget: {ip4}:{port}\nNotes: range "
    "blocked at the edge",
    "Deliver to:\n{name}\n{addr_ml}\nNotes: if out, leave with the neighbour at no. {n2}",
    "<p>Dear {name},</p>\n<p>Your card <b>{card}</b> was charged {amount}.</p>\n"
    "<p>Questions? Call {phone_us}.</p>",
    "Emergency contact\nName: {name}\nRelationship: sister\nMobile: {phone}\nAddress: {addr}",
)

POSITIVE = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
