"""Set 34's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

About half of them also carry look-alikes next to the real PII (an order id, a firm or a storm
named after people, a product with a given name, a version, a CIDR block, a never-issued SSN),
which stay unlabelled. Slots: persons {full} {given} {first} {last} {sur} {sgiven} {init}
{nick} {gi} and the non-gold {title}, with _lc/_uc for lower or upper case and .2/.3 for a
second or third person; {email} (from the person), {emailr} (a role address), {emailx} (a
handle); {phone} {phone_us} {phone_intl} {phone_local} {phone_ext} {phone_wa} {phone_dots};
{ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6_full} {ip6_strip}
{ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and
the non-gold {city} {postcode} {country}; every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "delivery for {full} @ {addr}, ring {phone_dots}, leave it with {pet} lol",
    "[rider] {given}: pls pick me up at {addr}, not the {place} entrance{emoji}",
    "ok so {sur_lc}'s router is {ip4} and mine is {ip6}, both keep dropping",
    "thanks {given}!! order {order} arrived, paid with {card} ✅",
    "driver here 🚗 at the gate of {addr_lc}, is this {given_lc}? call {phone_wa}",
    "selling my {brand}, dm or whatsapp {phone_wa} — {given}{emoji}",
    "lol {nick_lc} u left ur card on the table {card} — put it in the {brand} box",
    "{given_uc} CALL ME BACK {phone_intl} — {vessel} is shutting the ferries",
    "dating app: {given} ({n3}m away) wants to meet at {addr_lc} {when}",
    "reply to {nick}: vpn box is [{ip6_full}]:{port}, not {cidr}",
    "{given_lc} & {given_lc.2} wedding: rsvp to {emailx} by {isodate}{emoji}",
    "posted by {gi_lc}: lost my wallet near {streetnn}, card {card} blocked, call {phone}",
    "match chat: hi {given_lc}!! my number is {phone_local}, not on here much{emoji}",
    "is {full_lc} ur landlord too? they texted me from {email}",
    "hey {given_lc} it's {given.2} from the flat viewing, landlord's iban is {iban} so the deposit clears",
    "cc {init} — rent goes to {iban} from {day} on",
    "per {given}, the ssn on the form is {ssn_dash} (the old one {badssn} was a typo)",
    "reply to {user}: nope, {full} has lived at {addr} since {isodate}",
)

TICKET: tuple[str, ...] = (
    "Escalation: {full_uc} locked out after sign-ins from {ip6_v4}; ticket {ticketid}.",
    "Fraud: logins for {gi} from {ip6_strip} and {ip4} within a minute; flagged.",
    "Caller says {firm} is not their employer; the employer contact is {full}, {phone}.",
    "Rental enquiry from {full}: wants the unit at {addr}, viewing {isodate}. Callback {phone_intl}",
    "Travel: PNR {pnr}, {flight}, {seat}. Traveller {full}, e-mail {email}.",
    "Dispute {case}: {full} disputes {money} on card {card}; contact {phone_ext}.",
    "Claim {rma} — insured {sgiven}, loss address {addr}; adjuster {firm}.",
    "Assigned to {team}. Reporter: {full}. Steps: call {phone_local}, quote case {case}.",
    "Insurance claim {case}: vehicle {vin}, driver {full}, third party {full.2} ({phone_wa})",
    "Address change\nold: {addr.2}\nnew: {addr}\nrequested by {full}",
    "HR-{n3}: payroll change for {full_uc}, new IBAN {iban}, SSN on file {ssn_sp}.",
    "soc sec no {ssn_dot} given by a caller claiming to be {full}; verify via {emailr}.",
    "Clinic booking: {title} {sur} moved to {isotime}; patient phone {phone_local}; ref {ticketid}.",
    "Booking for {title} {sur}: {dish} tasting menu, table {n}, phone {phone_us}",
    "Lease renewal — tenant {full}\n{addrml}\ne-mail {email}",
    "Payroll: {sgiven_uc} | SSN# {ssn_bare} | acct {iban}",
    "Chargeback opened by {init} for {invoice}; card {card}, device IP {ip4}.",
    "Please refund {money} to {iban} (account holder {full}). Our ref {po}, your ref {rma}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} thesis {eponym}",
    "{full_lc} obituary {city}",
    "iban {iban} which bank {money} fee",
    "{full_lc} linkedin {firm}",
    "whois {ip4} not in {cidr}",
    "{full} {award} winner {isodate}",
    "{phone_intl} whatsapp who is this",
    "card {card} declined {brand}",
    "{nick_lc} tiktok {place}",
    "{street_lc} parking permit",
    "{email} {brand} giveaway scam?",
    "who owns {phone}",
    "{full} {city} phone number",
    "dentist {title} {sur} {city} reviews",
    "{addr_lc} landlord reviews",
    "{ip6} reverse dns",
    "is {ssn_dash} a valid ssn",
    "{addr} to {place} bus",
)

REVIEW: tuple[str, ...] = (
    "Rent paid to {iban} every month and {full_lc} still says it's late.",
    "We stayed in {full}'s flat off {streetnn}; the exact address is {addr}.",
    "Bought the {brand} from {full_lc}, arrived broken. Order {order}.",
    "{full} ({gi.2}'s dad) is the best driving instructor, call {phone_wa}",
    "Our host {given} met us at {addr}, super kind{emoji}",
    "The {work} playlist at {full}'s café is perfect; the wifi kept giving me {ip6}.",
    "{stars} {title} {sur} at the clinic was lovely, but reception ({phone_local}) never answers.",
    "Insurance agent {init} processed my claim {case} quickly. {stars}",
    "App store review: crashes on {semver}. Support ({given}) asked me for my SSN {ssn_dash} — seriously?",
    "Terrible: they charged my card {card} twice and {given} from billing hung up.",
    "Ask for {given}! Fixed our router ({ip4}) in {duration}.",
    "{stars} Booked through {email}, got the room next to {place}.",
    "Delivery guy {given_lc} dumped the box at {addr_lc}, not my house. {stars}",
    "STAY AWAY. Owner {full_uc} threatened me from {phone}.",
    "{stars} Driver {given} was great, but the app showed {place} as pickup instead of {addr}.",
    "Landlord {full} kept the deposit; I paid into {iban}. Avoid {addr}.",
    "Shoutout to {nick} at the {dish} stall, best in town!!",
    "Named my cat after {character} and the vet, {title} {sur}, loved it. Clinic: {addr}.",
)

LOG: tuple[str, ...] = (
    "postgres[{n3}]: LOG: duration: {n3}.{n} ms statement: UPDATE tenants SET phone='{phone_intl}' WHERE name='{full}'",
    "sms-gw: OTP sent to {phone_wa} for {given} (template {ticketid})",
    "dispatch: driver {nick} assigned order {order} to {addr}; eta {duration}",
    'nginx: {ip6} - - [{ts}] "POST /login HTTP/2" 401 0 "-" "Mozilla/5.0" acct_label="{gi}"',
    "{isotime} host{n} systemd-logind[{n3}]: New session {n3} of user {given_lc} from {ip6_strip}.",
    '{ip4} - {emailx} [{ts}] "GET /api/v2/users/me HTTP/1.1" 200 {n3} "-" "okhttp/{semver}"',
    "LEEF:2.0|Lumen|IdP|3.1|auth|devTime={isotime}\tsrc={ip6}\tusrName={email}",
    "otel attrs: enduser.id={email} net.peer.ip={ip6_full} service.version={semver} k8s.pod.name={pod}",
    '{"eventTime":"{isotime}","eventName":"ConsoleLogin","sourceIPAddress":"{ip6}","userIdentity":{"userName":"{full}"}}',
    'hr-sync: upsert employee ssn={ssn_bare} name="{full_uc}" manager={team} v{ver4}',
    "mail: from=<{email}> to=<{emailr}> relay={ip6_upper} status=sent ({sha})",
    "CEF:0|Orvado|Gateway|7.2|{n3}|login|5|src={ip4} suser={given_lc} duser={full} dpt={port}",
    '{ts} acquirer refusal pan={card} merchant="{firm}" rma={rma}',
    "journald: {isotime} geo[{n3}]: lookup {ip4} -> {coord} for {full_lc}",
    "# Time: {ts}\n# User@Host: app[app] @ [{ip4}]\n# Query_time: 2.{n3}\nSELECT * FROM customers WHERE ssn = '{ssn_dash}';",
    "kernel: IPv6: {ip6_zone}: duplicate address detected (image {tag})",
    '<Event><System><EventID>4624</EventID><Computer>{team}-ws{n}</Computer></System><EventData><Data Name="TargetUserName">{full}</Data><Data Name="IpAddress">{ip6_v4}</Data></EventData></Event>',
    'audit: actor={team} action=export subject_person="{sgiven}" iban={iban}',
)

JSON: tuple[str, ...] = (
    '{"_id":{"$oid":"{sha}"},"lodger":"{full}","contact":"{email}","stay":"{isodate}"}',
    'employee.ssn = "{ssn_sp}"\nemployee.display = "{full}"\nemployee.desk = "{place}"',
    'passenger { family_name: "{last_uc}" given_names: "{first}" pnr: "{pnr}" seat: "{seat}" }',
    'db.drivers.insertOne({ driver_display: "{nick}", vehicle: "{vin}", home: "{addr}" })',
    'KIN_NAME="{full}"\nKIN_PHONE={phone_local}\nDB_PORT={port}',
    '{"ice_contact":{"kin":"{full_lc}","tel":"{phone}"},"conditions":["{eponym}"]}',
    '{"ip_allow":["{ip6}","{ip4}"],"deny":["{cidr}"],"signed_off_by":"{gi}"}',
    'resource "contact" "ops" {\n  guarantor = "{full}"\n  phone     = "{phone_intl}"\n  owner     = "{team}"\n}',
    '{"signatory":"{init}","ssn":"{ssn_dash}","form":"W-4","rev":"2026"}',
    '{"pan_owner":"{full}","pan":"{card}","pan_token":"{sha}"}',
    "[beneficiary]\naccount_owner = {sgiven}\niban = {iban}\nbranch = {n3}",
    '{"dispute":{"case":"{case}","account":"{iban}","card_bearer":"{full}","merchant":"{firm}"}}',
    '{"member":"{sgiven}","card":"{card}","joined":"{isodate}"}',
    'payee_name: "{full_uc}"\npayee_iban: "{iban}"\nmemo: "{award} prize money"',
    '{"claim_id":"{case}","insured_party":{"string":"{full}"},"loss_street":{"string":"{street}"},"loss_zip":"{postcode}"}',
    '{"occupant_of_record":"{full}","landlord_addr":{"line1":"{street}","town":"{city}","code":"{postcode}"},"landlord_mail":"{emailr}"}',
    '{"ride":"{ticketid}","pickup":"{addr}","note":"{pet} rides along","rider_phone":"{phone_wa}"}',
    'tenant_primary: "{full}"\nunit_addr: "{street}"\nunit_city: "{city}"\nlease_ref: "{invoice}"',
)

MULTILINE: tuple[str, ...] = (
    "PACKING SLIP  {order}\nShip to:\n{full_uc}\n{addrml}\nContents: 1x {brand}\nWaybill {waybill}",
    "Booking confirmation\nGuest: {title} {full}\nFlight {flight} {seat}, PNR {pnr}\nEmergency contact: {full.2} {phone_intl}",
    "Rental application\nApplicant: {full}\nCurrent address:\n{addrml}\nCard for the fee: {card}",
    "Insurance claim form (scanned)\nPolicyholder ...... {full_uc}\nStreet .... {street}\nLoss date {isodate}\nIBAN {iban}",
    "SMS thread\n[{time}] {given}: im outside\n[{time}] me: which door\n[{time}] {given}: {addr}, blue gate, {phone_local}",
    "Interview notes\n{given} (cand.) lives near {streetnn}\nfull address {addr}\nref: {full.2}, {email.2}",
    "Meeting notes {isodate}\nAttendees: {full}, {full.2}, {team}\n- {given} to send the {eponym} slides\n- call {phone_intl} re. {case}",
    "Pay to the order of {full} .......... {money}\nMemo: {invoice}\nAcct {iban}\nStub {n3}",
    "FORM W-9 (extracted)\nName: {full_uc}\nAddress: {street_uc}\nCity, ZIP: {city} {postcode}\nSSN: {ssn_dash}",
    "Dear {title} {sur},\n\nyour appointment on {day} has moved. Address:\n{addrml}\n\nClinic desk, {phone_ext}",
    "Patient: {sgiven}\nDOB: {isodate}\nPhone: {phone_dots}\nReferring: {title.2} {sur.2}\nDx: {eponym}",
    "Payroll stub {isodate}\nEmployee: {sgiven}\nSSN: {ssn_dash}",
    "CUSTOMS DECLARATION CN23\nSender: {full}\n{addrml}\nItem: {dims} parcel, value {money}\nContainer {container}",
    "--- Forwarded message ---\nFrom: {gi} <{email}>\nDate: {isotime}\n\nLogin alert from {ip6} ({city})",
    'From {emailx} Sat Dec  5 09:12:44 2026\nFrom: "{full}" <{email}>\nTo: {emailr}\nSubject: Re: {ticketid} deposit\n\nHi, please use {iban}. Thanks, {given}',
    "TAX RETURN (page 2 of 4, OCR)\nTaxpayer SSN  {ssn_sp}\nSpouse       {full}\nPrep. by self",
    "INCIDENT {ticketid}\nhosts: {ip6_full}, {ip4}\nowner: {full}\nversion: {ver4}\nnot affected: {cidr}",
    "{nick}: u coming?\n{given.2}: yes omw\n{nick}: bring {pet} and the {dish}\n{given.2}: ok my new num {phone_wa}",
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
