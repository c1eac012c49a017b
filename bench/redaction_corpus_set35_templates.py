"""Set 35's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

The ordinary traffic of a consumer product: support chat, order and delivery tickets, shop
search queries, product and restaurant reviews, web and app logs, backend JSON events, and
e-mails, labels, forms and CSV rows. About half of the templates also carry look-alikes next
to the real PII (order ids, tracking numbers, SKUs, hashes, versions, a store or product named
after someone), which stay unlabelled. Slots: persons {full} {given} {first} {last} {sur}
{sgiven} {init} {nick} {gi} and the non-gold {title}, with _lc/_uc for lower or upper case and
.2/.3 for a second or third person; {email} (from the person), {emailr} (a role address),
{emailx} (a handle); {phone} {phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl};
{ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6_full} {ip6_strip}
{ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and
the non-gold {city} {postcode} {country}; every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "can u ask {given_lc} to call me back on {phone_us}? thx {nick_lc}",
    "hi im {full_lc}, my order {order} never showed up. address is {addr_lc}",
    "[Agent] Thanks {given}! I've switched your drop-off to {addr}. Anything else?{emoji}",
    "ty {given_lc}! 🙏 that {brand} refund hit card {card}",
    "send it to {street_lc} pls, buzzer doesnt work, text {phone_dots}",
    "{gi} joined the chat\n{gi}: my login is blocked, last ip was {ip4}",
    "{given_lc}s order is still stuck near {place}, tracking {track}",
    "cheers, {given_lc} — ping me on whatsapp {phone_intl} if the driver gets lost",
    "ok so {nick_lc} said u need my ssn?? its {ssn_sp} is that even safe",
    "Customer: hi its {given}{emoji}\nCustomer: login email is {email}\nAgent: got it, checking {case}",
    "pls update billing to {full_uc}, the card changed, new one is {card}",
    "{nick}!! {pet} chewed the charger again, reorder {sku} to {addr_lc}",
    "hey {given_lc}, could u fwd that invoice over to {email}? ({invoice})",
    "{given_lc} 😅 wrong iban, use {iban} not {badiban}",
    "my mom {full_lc} lives at {addr}, ship the {brand} there pls",
    "Agent {given}: I see two devices, {ip6} and {ip4}. Was that you, {given.2}?",
    "@{user} {full} from {firm} on {streetnn} says pickup is {when}",
    "fedex {track} shows dropped off, yet zero boxes at {street_lc} 🤷\n- {given_lc}",
)

TICKET: tuple[str, ...] = (
    "Order {order} | Customer: {full} | Ship to: {addr} | Phone: {phone_us}",
    "WISMO: {gi} asks where parcel {track} is; delivery address {addr}; callback {phone}.",
    "Fraud review: order {order} by {full}, IP {ip6_v4}, billing {addr}, card {card}.",
    "Delivery exception: recipient {full_uc} not home at {addr_uc}. Re-attempt {date}.",
    "Account takeover suspected for {email}: new logins from {ip6_upper} and {ip4}.",
    "Assignee: {given} | Reporter: {full.2} | Summary: duplicate charge on {card}",
    "Payroll ticket {case}: {full} switched direct deposit to {iban}.",
    "Return {rma} approved for {title} {sur}; label sent to {email}.",
    "Customer {full} called from {phone_ext} re: {sku} absent in box.",
    "Identity check: {full}, SSN {ssn_dash}, phone-verified by {given.2}.",
    "Store pickup: {full} will send {given.2} to collect; ID must match. Phone {phone_us}.",
    "Chargeback {case}: cardholder {init}, card {card}, merchant {firm}.",
    "Escalated: {full} says {bot} placed an order without consent. Contact {email}, {phone_intl}.",
    "Tax form issue: social security nbr {ssn_dot} mismatches name {sgiven_uc}.",
    "Driver note: gate code at {addr} fails, customer {given} says call {phone_dots}.",
    "Refund ask from {sgiven} for the {brand} ({price}); card on file {card}.",
    "Wire refund of {price} to {full}, IBAN {iban}, ref {invoice}.",
    "Address correction for order {order}\nold: {addr.2}\nnew: {addr}\ncustomer: {full}",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} order status",
    "where is my package {full_lc} {zip}",
    "{full_lc} {city_lc} phone number",
    "{phone_us} who called me",
    "who lives at {addr_lc}",
    "is {email} a scam {firm} refund",
    "why is {ip4} blocked on {firm} app",
    "{card} declined {brand}",
    "check if ssn {ssn_dash} is valid",
    "iban {iban} which bank",
    "{full_lc} {team} tickets resale",
    "{ip6} geolocation {coord}",
    "gift for {given_lc} {work} poster",
    "{full_uc} {character} costume order {order}",
    "{nick_lc} from {firm} insta",
    "{street_lc} {city_lc} {postcode} parking",
    "send flowers to {full_lc} {addr_lc} {price}",
    "{phone_intl} whatsapp {given_lc}",
)

REVIEW: tuple[str, ...] = (
    "★★★★★ {given} at the {firm} counter was amazing, ask for her!",
    "{stars} — courier dumped my {brand} at {addr}, not my door. ugh",
    "Our server {given_lc} was so sweet, but the {dish} came out cold. {stars}",
    "Reviewed by {gi} · Verified purchase · {date}\nThe {brand} works great.",
    "Shoutout to {full} from support, fixed my billing in 5 min. Reach them at {emailr}.",
    "Don't order here. They charged {card} twice and {given} hung up on me.",
    "Manager {title} {sur} comped a {dish} for the wait. Lovely.",
    "{given_uc} IS THE BEST TECHNICIAN!!! came out to {addr_uc} on a sunday",
    "Host {given} was great, place at {addr}, text {phone} for early check-in.",
    "Got it for grandma {full_lc}, it reached {addr} on time. {stars}",
    "Update: {firm} refunded to {iban} after 3 weeks. Thanks {nick}.",
    "1 star. The app leaks: my ssn {ssn_dash} showed up on my paper slip",
    "Technician {full} ({phone_us}) replaced the {brand}, {price} well spent.",
    "{given} and {given.2} made our anniversary. The {dish} 😍",
    "Bought the {brand} for {nick_lc}, {pet} loves it more than she does 😂",
    "Driver {gi} refused to come up to {addr}. App shows order {order}.",
    "wifi dropped every hour, tech {given_lc} said my router {ip4} was blacklisted?? {stars}",
    "Jersey came with {full_uc}'s name spelled wrong on it. {team} fan sad.",
)

LOG: tuple[str, ...] = (
    '{ip4} - {email} [{clock}] "GET /account/orders HTTP/1.1" {status} {n3} "-" "Mozilla/5.0"',
    '{isots} WARN ssn_check customer="{full}" ssn="{ssn_dash}" old_value={badssn}',
    "{isots} WARN pay_decline card={card} customer_id={uuid} billing_name={full_uc}",
    '{isots} payout created author="{full}" iban={iban} sku={sku}',
    "{clock} app[web.1]: label created for {full}, {addr}, tracking={track}",
    "{isots} DEBUG assignee={given_lc} ticket={case} customer_phone={phone_bare}",
    "{isots} sms.send to={phone_intl} template=otp user={email} status={status}",
    '{isots} INFO checkout user={email} name="{full}" ip={ip6} order={order}',
    '{isots} ERROR refund_job iban={iban} account_holder="{full}" amount={price}',
    'audit: {full} ({email}) changed shipping address to "{addr}" from {ip4}',
    'level=error msg="kyc mismatch" ssn={ssn_bare} applicant="{sgiven}" trace={hash}',
    "sshd[{n3}]: pubkey ok user {given_lc} via {ip6_zone} port {port}",
    "{isots} notify recipient={full} contact={phone_us} device={ip6_v4} app={version}",
    '{ip4} - {emailx} [{clock}] "GET /track HTTP/1.1" {status} ref={track}',
    '[{isots}] auth.login ok uid={n3}{n3} display_name="{gi}" src=[{ip6}]:{port}',
    '{clock} [worker] geocode ok addr="{addr}" coord=({coord}) user={email}',
    '{ip6_full} - - [{clock}] "POST /api/v2/cart HTTP/2" {status} {ms} user={emailx}',
    "{isots} INFO login user={given_lc} ip={ip6_strip} session={uuid} build={version}",
)

JSON: tuple[str, ...] = (
    '{"kyc":{"applicant":"{full}","tax_id":"{ssn_bare}"},"ip":"{ip4}"}',
    '{"type":"support.message","author":"{given}","body":"pls call me at {phone}","ts":{epoch}}',
    '{"billing_name":"{full_uc}","card":"{card}","zip":"{postcode}"}',
    '{"user":{"name":"{full}","phone":"{phone_us}"},"device":{"ip":"{ip}","app_version":"{version}"}}',
    '{"recipient":"{full}","address":{"line1":"{street}","city":"{city}","postal_code":"{postcode}","country":"{country}"},"tracking":"{track}"}',
    '{"contact":"{sgiven}","ssn":"{ssn_dash}","status":"pending_review"}',
    '{"assignee":"{given_lc}","requester":"{email}","subject":"refund {rma}"}',
    '{"event":"login","user":"{email}","ip":"{ip6}","ua_hash":"{hash}"}',
    '{"payout":{"name":"{full}","iban":"{iban}"},"invoice":"{invoice}"}',
    '{"ship_to":{"name":"{full}","street":"{street}","zip":"{postcode}"},"phone":"{phone_intl}","sku":"{sku}"}',
    '{"customer":"{nick}","note":"leave with {pet}","addr":"{addr}"}',
    '{"event":"order_placed","order_id":"{order}","customer":"{full}","email":"{email}","ship_to":"{addr}"}',
    '{"from":"\\"{full}\\" <{email}>","to":"{emailr}","subject":"{brand} warranty"}',
    '{"name":"{full}","contact":"{phone_dots}","geo":"{coord}"}',
    '{"user":"{given_lc}","devices":["{ip6_v4}","{ip6_full}"],"mac":"{mac}"}',
    '{"rider":"{gi}","pickup":"{addr}","driver_rating":4.9}',
    '{"order":"{order}","gift_message":"happy bday {given_lc}! love, {given.2}","payment":"{card}"}',
    '{"billing_name":"{full}","iban":"{iban}","ssn":"{ssn_sp}","updated_by":"{given.2}"}',
)

MULTILINE: tuple[str, ...] = (
    "Hi {given},\n\nYour order {order} has shipped to:\n{addrml}\n\nThanks,\n{given.2} | Customer Care",
    "SHIP TO:\n{full_uc}\n{addrml_uc}\nTEL {phone}",
    'From: "{full}" <{email}>\nTo: {emailr}\nSubject: wrong size\n\nhi, i need to swap the {brand}. {given_lc}',
    "Thanks {given}!\n\n--\n{full.2}\nAccount Manager, {firm}\nM: tel:{phone_intl}\n{email.2}",
    "First name: {first}\nLast name: {last}\nDate: {date}\nSSN# {ssn}",
    "Dear {title} {sur},\nwe are sending {price} back to {iban} within 3-5 days.\n\nKind regards,\n{given.2}",
    "Billing address\n{full}\n{addrml}\nCard: {card}\nExp: {n}/28",
    "RETURN LABEL\nFROM: {full_uc}\n{addrml}\nRMA: {rma}\nDEST: returns bay, {firm}",
    "Hello,\n\nI moved. New address:\n{addrml}\n\nOld one was {addr.2}.\n\n{given_lc}",
    "Notes\n- {given} pings {full.2} re: quote\n- {given.3} to email {email.3}",
    "name,email,phone,city\n{full},{email},{phone_us},{city}\n{full.2},{email.2},{phone_intl},{city.2}",
    "Contact form\nName: {full}\nPhone: {phone_ext}\nMessage: my {brand} arrived broken, order {order}",
    'order_id,customer,ship_to,tracking\n{order},{full},"{addr}",{track}',
    "Security alert\nNew sign-in to {email}\nIP: {ip6}\nLocation: {city}\nNot you, {given}? Reset your password.",
    "W-9\nName: {full_uc}\nAddress: {addr}\nTaxpayer ID (SSN): {ssn_dash}",
    "On {date}, {full} <{email}> wrote:\n> can you refund to {iban}?\n\nSure, done. - {nick}",
    "PACKING SLIP {order}\nDeliver to: {full}\n{addrml}\nItems: {sku} {qty}",
    "APPLICANT: {sgiven_uc}\nPHONE: {phone_us}\nPREV. ADDRESS: {addr_uc}\nSOC SEC: {ssn_sp}",
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
