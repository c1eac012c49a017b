"""Set 36's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

The ordinary traffic of consumer services other than a shop: food delivery and restaurants,
rides and taxis, travel (hotels, flights, rentals), banking and payments support, mobile
carriers, streaming, clinic booking, flat rentals, home-services marketplaces, dating apps and
online courses. Support chats with agents, drivers and hosts, complaint and refund tickets,
app searches, reviews, nginx and app logs, JSON events, and e-mails, receipts, itineraries,
boarding passes, forms and CSV exports. About half of the templates also carry look-alikes
next to the real PII (booking references, flights, ride ids, amounts, masked cards, a hotel,
restaurant, airport or dish named after someone), which stay unlabelled. Slots: persons
{full} {given} {first} {last} {sur} {sgiven} {init} {nick} {gi} {pax} and the non-gold
{title} and {paxtitle}, with _lc/_uc for lower or upper case and .2/.3 for a second or third
person; {email} (from the person), {emailr} (a role address), {emailx} (a handle);
{phone} {phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl}; {ssn} {ssn_dash}
{ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6_full} {ip6_strip} {ip6_upper} {ip6_v4}
{ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and the non-gold {city}
{postcode} {country}; every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501, RUF001
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{nick_lc} ur rider is stuck by {place}, pls text him on {phone_intl}",
    "{gi}: hey! we both love {work} 😄 text me at {phone_dots}?",
    "tenant here ({full_lc}), heater died again at {addr_lc}",
    "rate {given_lc}?? he dropped my {dish} on the stairs lol. order {order}",
    "Tutor {given} moved {course} to {time}. Questions go to {emailr}",
    "Guest: can we check in early? booking {booking}\nHost {given}: sure {given.2}, key box is at {addr}",
    "my landlord {title} {sur} wants my ssn {ssn_dash} for the renewal, is that normal??",
    "Customer: the beneficiary name is wrong, should read {full}\nAgent: noted, confirming IBAN {iban}",
    "Your driver {given} is arriving in {eta} in a {brand}. Trouble finding them? Call {phone_us}",
    "hiya its {full_lc}, bank app wont let me in, says new device from {ip4}",
    "[Agent {given}] Hi {given.2}! The refund of {amount} went back to {card}; banks take 5-7 working days.",
    "come get me at {street_lc} pls, by the {hotel} side door",
    "moving my line to {plan}; account holder {full_lc}, sim {iccid}. keep number {phone}",
    "thx {nick_lc} 🙌 plumber showed up, invoice goes to {email}",
    "Agent: which device logged in last? Customer: {ip6} i think, on {version}. im {full_lc}",
    "driver here, im outside {firm} on {streetnn}. u said pickup at {street_lc}? — {given_lc}",
    "dr {sur_lc} said bring my insurance card, policy {policy}. clinic is {addr}. -{given_lc}",
    "@{user} the match called {given} was a scam, asked for my card {card} 🚩",
)

TICKET: tuple[str, ...] = (
    "Refund request {ticket} | Rider: {full} | Trip {ride} | Charged {amount} twice on {card}",
    "Lost item: {full} left a backpack in driver {gi}'s car. Rider phone {phone_us}; pickup was {addr}.",
    "Chargeback dispute: cardholder {sgiven_uc}, card {card}, merchant {firm}, {amount}.",
    "Port-out: number {phone_bare} leaving for another carrier; holder {full}; PIN checked by {given.2}.",
    "KYC hold: applicant {full}, SSN {ssn_dash}, residence given as {addr}. Owner: {given.2}.",
    "Tenancy dispute: tenant {full} vs landlord {full.2}; deposit {amount}; unit {addr}.",
    "Payee change flagged: beneficiary {full}, IBAN {iban}, asked for via {email}.",
    "Courier {given} says customer {full.2} refused the bag at {addr_uc}.",
    "Booking mix-up: patient {full} was set with Dr. {sur.2} ({spec}), then got a cancel SMS on {phone_dots}.",
    "Shared account? Sign-ins for {email} from {ip6_upper} and {ip4} within {n} minutes.",
    "Cleaner no-show: customer {given} at {addr} waited from {time}; assigned pro {gi.2}; job {job}.",
    "Safety report: member {gi} asked their match {given.2} for money; filed from {ip6_v4}.",
    "Loan file incomplete: no SSN for co-applicant {full}. Main applicant supplied {ssn_sp}.",
    "Course refund: learner {full}, order {order}, paid with {card}; reach at {email}.",
    "Hotel complaint ({hotel}): guest {title} {sur} reports an uncleaned room; conf {booking}; callback {phone_intl}.",
    "Wire recall: {amount} went to {iban} (payee {sgiven}) by mistake; ref {txn}.",
    "SIM swap alert on {phone}: request came from {ip4}; subscriber {full} denies it.",
    "Host payout failed\nHost: {full}\nIBAN: {iban}\nListing: {listing}\nEscalated by: {given.2}",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} dentist reviews",
    "who keeps calling from {phone_us} about {plan}",
    "{full_lc} host superhost",
    "rooms for rent {street_lc} {city_lc}",
    "{email} sent promo {promo} legit or phishing",
    "{iban} or {routing} which one for rent",
    "hotels walking distance {addr}",
    "{given_lc} driver {eta} late refund",
    "ssn {ssn} needed for {plan} contract?",
    "{sgiven} booking {booking}",
    "{ip4} login location",
    "takeout open now near {street_lc}",
    "reverse lookup {phone_intl}",
    "{ip6} abuse contact",
    "card {card} declined why",
    "{init} landlord reviews",
    "{full_lc} tutor {course}",
    "dr {sur_lc} {spec} openings",
)

REVIEW: tuple[str, ...] = (
    "Dr {full} ({spec}) — long wait, worth it. Clinic: {addr}",
    "Driver {given} went via {streetnn} and added {km}. Disputed.",
    "Courier {gi} left my food at the wrong door ({street} instead of ours). One star.",
    "Billed twice to {card}; support person {gi} refunded one. Fair.",
    "Dr. {sur} listened and explained everything. Reception ({given.2}) kind too.",
    "{given_uc} IS A SCAMMER. Paid a {amount} deposit and he vanished. Call him yourself: {phone}",
    "Agent {given} asked for my full SSN ({ssn_dot}) in chat. Is that allowed? Otherwise fine{emoji}",
    "Tutor {full} carried my teen through {course}. Write to her: {email}.",
    "App kicked me out with 'new login from {ip4}', not me. {given} in support shrugged.",
    "{full_lc} the waiter at {firm} needs a pay bump",
    "matched with {given_lc} here, turned out to be a bot asking for {iban}. reported.",
    "Our host {given} left {dish} in the fridge 🥹 The flat at {addr} looks exactly like the photos.",
    "The plumber, {full}, charged {amount} for a ten-minute job. Avoid.",
    "{stars} {given} was the best driver, and the {brand} was spotless.",
    "Stayed at {hotel}. Night manager {full} fixed our {room} problem fast.",
    "So friendly, agent {given} sorted my {plan} bill in minutes{emoji}",
    "Landlord {title} {sur} never returned the deposit for {addr}.",
    "{nick} walks our dog like a pro 🐶 text {phone_intl}",
)

LOG: tuple[str, ...] = (
    "sshd[{n3}]: Accepted keyboard-interactive/pam for rideops from {ip6_zone} port {port} ssh2",
    '{isots} INFO payouts beneficiary="{full}" iban={iban} amount="{amount}" txn={txn}',
    "{isots} WARN auth.login failed user={email} ip={ip6} attempts={n}",
    'clinic-api {isots} appointment.booked patient="{sgiven}" doctor="Dr. {sur.2}" phone={phone}',
    '[{clock}] booking.created guest="{full}" hotel="{hotel}" conf={booking} card={card}',
    '{isots} kyc.submit applicant="{full}" ssn={ssn_bare} status=pending',
    '{isots} portout.request number={phone_intl} account_holder="{full}" {imei}',
    '{epoch} courier.assign courier={given} order={order} dropoff="{street}"',
    'smsgw {clock} OUT to={phone_intl} text="{firm}: your courier {given} is close"',
    'level=info svc=dispatch driver_name="{full}" rider_phone={phone_bare} eta="{eta}"',
    '{ip4} - - [05/Dec/2026:{clock} +0000] "POST /api/v2/rides HTTP/1.1" {status} {n3} "-" "RiderApp/{version}" user={email}',
    'INFO rent.collect tenant="{full}" payee="{full.2}" iban={iban} ref={txn}',
    'fraud.score=0.{n3} ip={ip4} card={card} cardholder="{full_uc}" device={uuid}',
    'dating.report reporter={user} reported="{given}" reason=money_request ip={ip6_upper}',
    "{isots} support.chat agent={given} customer={gi.2} channel=web ip={ip6_full}",
    '{ip4} - {email} [05/Dec/2026:{clock} +0100] "GET /watch/{hash} HTTP/2" {status} {ms}',
    '{isots} ERR geocoder.no_match address="{addr}" order={order}',
    "audit {isots} user={email} action=ssn_update new={ssn_dash} by={given}",
)

JSON: tuple[str, ...] = (
    '{"event":"sim_swap","msisdn":"{phone_intl}","account_holder":"{full}","ip":"{ip6}"}',
    '{"tenant":"{full}","unit":"{addr}","rent":"{amount}","landlord":"{full.2}"}',
    '{"agent":"{given}","channel":"chat","customer":{"name":"{full.2}","email":"{email.2}"}}',
    '{"passenger":"{pax}","pnr":"{pnr}","flight":"{flight}","seat":"{seat}"}',
    '{"cardholder":"{full_uc}","card_number":"{card}","billing_address":{"line1":"{street}","city":"{city}","postal_code":"{postcode}"}}',
    '{"patient":{"name":"{full}","dob":"{date}","ssn":"{ssn_dash}"},"provider":"Dr. {sur.2}"}',
    '{"courier":"{given}","order_id":"{order}","dropoff":{"street":"{street}","city":"{city}"},"customer_phone":"{phone_bare}"}',
    '{"from":"\\"{full}\\" <{email}>","subject":"Your stay at {hotel}"}',
    '{"host":{"name":"{full}","payout_iban":"{iban}"},"listing":"{listing}"}',
    '{"event":"login","user":"{email}","ip":"{ip}","device_id":"{uuid}"}',
    '{"type":"transfer.created","payee":"{full}","beneficiary_iban":"{iban}","amount":"{amount}","reference":"{txn}"}',
    '{"event":"ride.completed","ride_id":"{ride}","driver_name":"{full}","rider":{"name":"{given.2}","phone":"{phone}"}}',
    '{"match":{"user_a":"{gi}","user_b":"{gi.2}"},"reported":true,"ip":"{ip4}"}',
    '{"loan":{"applicant":"{full}","ssn":"{ssn_bare}","employer":"{firm}"}}',
    '{"job":"{job}","pro":"{full}","address":"{addr}","phone":"{phone_us}"}',
    '{"learner":"{full_lc}","paid_with":"{card}","currency":"EUR"}',
    '{"booking":{"ref":"{booking}","guest":"{sgiven}","email":"{email}","hotel":"{hotel}"}}',
    '{"event":"appointment.booked","patient":"{sgiven}","clinic":{"street":"{street}","city":"{city}","country":"{country}"},"ip":"{ip6_v4}"}',
)

MULTILINE: tuple[str, ...] = (
    "BOARDING PASS\n{pax} {paxtitle}\nFLIGHT {flight}  SEAT {seat}  GATE {gate}\nPNR {pnr}",
    "Hi {given},\n\nHere is your ride receipt: {amount} charged to {card}.\nDriver: {gi.2}\nPickup: {addr}\n\nThanks for riding!",
    'From: "{full}" <{email}>\nTo: {emailr}\nSubject: deposit\n\nDeposit goes to {iban}, as agreed.\n\n{given}',
    "Patient intake\nName: {full}\nDOB: {date}\nSSN: {ssn_dash}\nPhone: {phone_us}\nAddress:\n{addrml}",
    'rider_name,pickup,dropoff,fare\n{full},"{street}",{place},{amount}',
    "Your food is on the way 🛵\n\nCourier: {given}\nCall: {phone_intl}\nDeliver to:\n{addrml}\n\n{firm} · order {order}",
    "Dear {title} {sur},\n\nyour visit with Dr. {sur.2} ({spec}) is confirmed for {date} at {time}.\nClinic address:\n{addrml}\n\nReply STOP to opt out.",
    "HOTEL CONFIRMATION\nGuest: {sgiven_uc}\nConf. {booking}\n{hotel}\nCard on file: {card}",
    "Rental application\nFirst name: {first}\nLast name: {last}\nCurrent address: {addr}\nSSN: {ssn}\nEmployer: {firm}",
    "-- \n{full}\nSenior Support Agent\n{emailr} | {phone_ext}",
    'payee,iban,amount\n"{sgiven}",{iban},{amount}\n"{sgiven.2}",{iban},{amount}',
    "Course enrolment\nStudent: {full}\nEmail: {email}\nPaid: {amount} by {card}\nMentor: {init.2}",
    "Hi {nick},\nthe cleaner for tomorrow is {full.2} ({phone_dots}).\nAccess code stays the same.\n– {given.3}",
    "TRANSFER RECEIPT\nBeneficiary: {full_uc}\nIBAN: {iban}\nAmount: {amount}\nReference: {txn}\nSender IP: {ip4}",
    "Someone signed into your streaming profile\nEmail: {email}\nIP: {ip}\nDevice: {version}\nNot you? Change your password now.",
    "landlord: {full_lc}\nphone: {phone}\nproperty:\n{addrml_lc}",
    "Itinerary for {full}\n{flight} {airport} → {airport}\nHotel: {hotel}, {addr}\nEmergency contact: {full.2}, {phone_intl}",
    "Account verification\nHolder: {sgiven}\nMobile: {phone_us}\nSSN: {ssn_sp}\nChecked by agent {given.2} from {ip6_zone}",
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
