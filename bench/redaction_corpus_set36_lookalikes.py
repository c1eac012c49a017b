"""Set 36's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Those of consumer services first (``..._values.py``): booking references and PNRs, flight and
train numbers, seats and gates, ride, order, job and listing ids, transaction and bank
references, account and routing numbers that are not IBANs, card last-4 and masked cards,
amounts, loyalty, policy and claim numbers, meter readings, IMEI, ICCID and IMSI, plan names,
promo codes, timestamps, versions, hashes, UUIDs and coordinates, never-issued SSNs,
Luhn-failing cards and IBANs failing mod 97; then name-like ones (``..._lookalike_pools.py``):
restaurants, hotels, airports and stations, vehicles and devices, places and streets named
after people, doctors' specialties, films, series and songs, characters, assistants, dishes
and ordinary words that are also names.
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "my {bot} keeps reading out the wrong gate for {flight} lol",
    "driver cancelled twice and ride {ride} still charged {amount}",
    "seat {seat} or {seat}? the wing one is gone",
    "anyone had the {dish} at {firm}? worth {amount}?",
    "stuck at gate {gate}, {flight} pushed to {time} 😩",
    "the code {otp} expired before the text even came",
    "promo {promo} comes back invalid on {plan}",
    "rewatching {work}, {character} carries the whole show",
    "checked into {hotel}, {room}. breakfast ends {time}",
    "card {last4} bounced at {firm}, {bot} says retry",
    "the pool route via {streetnn} adds {km}, skipping it",
    "my {brand} ride smelled like {dish} 😂",
    "Will the clinic do {spec} on {date}? they never pick up",
    "why would the carrier need {imei} for an upgrade",
    "transfer {txn} still pending, {amount} nowhere",
    'app just says "{word}" and nothing else',
    "meet at {place}, {train} gets in {time}",
    "{user} ghosted me after {work} night 💀",
)

TICKET: tuple[str, ...] = (
    "Flight {flight} (PNR {pnr}) cancelled; rebooked onto {flight} leaving {time}.",
    "Ride {ride}: fare disputed, {km} billed against the route estimate.",
    "Order {order} from {firm}: {n} items short, partial refund {amount}.",
    "Claim {claim} on {policy} waiting for documents.",
    "Meter {meter} submitted; estimated bill corrected.",
    "Handset {imei} blocked after theft report; {plan} paused.",
    "Promo {promo} rejected on payment for {listing}.",
    "Transfer {txn} bounced: {routing} mismatched with {acct}.",
    "Card {last4} declined three times at the {hotel} desk.",
    "Payout batch {uuid} held; {amount} released on {date}.",
    "Reservation {booking} at {hotel}: {room} sold twice.",
    "{iccid} will not activate on {plan}.",
    "Renewal of {plan} at {amount} disputed; customer only wanted {work}.",
    "Clinic asks to move {appt} ({spec}) to {date}.",
    "May we merge the two bookings on {train}, coach {n}, seat {seat}? Shown twice.",
    "{job} reopened: the leak came back near {streetnn}.",
    "{course} certificate missing; {version} bug suspected.",
    "Points missing on {loyalty} after a stay at {hotel}.",
)

SEARCH: tuple[str, ...] = (
    "{flight} status today",
    "{airport} terminal map",
    "{hotel} late checkout fee",
    "{dish} delivery open late",
    "{firm} promo {promo}",
    "{work} season 3 date",
    "{spec} specialist in network",
    "what is {routing}",
    "track {ride}",
    "{plan} price {amount}",
    "{character} costume kids",
    "reset {bot} voice",
    "{brand} rental per day",
    "{place} parking rates",
    "{streetnn} closed today why",
    "{amount} to usd",
    "gate {gate} {airport} lounge",
    "{word} meaning",
)

REVIEW: tuple[str, ...] = (
    "{stars} The {dish} at {firm} arrived cold.",
    "{room} at {hotel} smelled of smoke.",
    "Flight {flight} left {n} hours late, crew kept smiling anyway.",
    "{work} is overrated, {character} deserved better.",
    "Top marks to {bot}, refund sorted in {eta}.",
    "Paid {amount} for {plan} and it still buffers.",
    "The {spec} wing was spotless.",
    "Ride {ride} took {km} longer than quoted.",
    "Promo {promo} never applied. {stars}",
    "The {brand} was old and the AC rattled.",
    "Gate {gate} at {airport} has zero chargers.",
    "Close to {place}, short walk to {streetnn}.",
    "Train {train} packed, seat {seat} broken.",
    'Waiter kept saying "{word}" and laughing. Food fine.',
    "{course} justified the {amount}, honestly.",
    "Grace under pressure from the cleaner: done by {time}, {job} rated {rating}.",
    "{hotel} status ({loyalty}) meant nothing at check-in.",
    "Meter read {meter} at checkout and the host billed extra.",
)

LOG: tuple[str, ...] = (
    '{isots} INFO flight.status flight="{flight}" gate={gate} delay_min={n}',
    "[{clock}] ride.complete id={ride} fare={amount} distance={km}",
    "{isots} WARN payment.declined card={last4} code=05 ref={txn}",
    'level=debug svc=menu dish="{dish}" restaurant="{firm}" price={amount}',
    '{epoch} sim.activate {iccid} plan="{plan}" result={status}',
    '{isots} INFO stream.start title="{work}" profile=kids bitrate={n3}k',
    "deploy {version} sha={hash} by=ci-runner",
    "{isots} booking.hold ref={booking} pnr={pnr} ttl={ms}s",
    '{isots} meter.read {meter} {acct} note="Mark estimated"',
    'geo.lookup coords={coords} near="{streetnn}"',
    "{isots} claim.update {claim} policy={policy} state=review",
    "assistant={bot} intent=rebook latency_ms={ms}",
    "[{clock}] promo.redeem code={promo} session={uuid}",
    '{isots} device.register {imei} os="{version}"',
    'hotel.sync property="{hotel}" rooms={n3} rate="{amount}"',
    "{isots} ssn.validate result=invalid_area sample={badssn}",
    "{isots} card.tokenize check=luhn_fail value={badcard}",
    'appt.remind id={appt} specialty="{spec}" at={time}',
)

JSON: tuple[str, ...] = (
    '{"ride_id":"{ride}","fare":"{amount}","distance":"{km}","surge":1.{n}}',
    '{"pnr":"{pnr}","flight":"{flight}","gate":"{gate}","seat":"{seat}"}',
    '{"order":"{order}","restaurant":"{firm}","items":[{"name":"{dish}","qty":{n}}]}',
    '{"txn":"{txn}","masked_card":"{last4}","amount":"{amount}"}',
    '{"hotel":"{hotel}","room":"{room}","loyalty":"{loyalty}"}',
    '{"sim":"{iccid}","imsi":"{imsi}","plan":"{plan}"}',
    '{"title":"{work}","character":"{character}","resume_at_s":{n3}}',
    '{"assistant":"{bot}","intent":"check_balance","confidence":0.{n3}}',
    '{"policy":"{policy}","claim":"{claim}","status":"open"}',
    '{"meter":"{meter}","read_at":"{isots}"}',
    '{"appointment":"{appt}","specialty":"{spec}","slot":"{time}"}',
    '{"promo":"{promo}","discount":"{pct}","expires":"{date}"}',
    '{"listing":"{listing}","near":"{place}","nightly":"{amount}"}',
    '{"device":{"imei":"{imei}","os":"{version}"}}',
    '{"routing":"{routing}","account":"{acct}","type":"checking"}',
    '{"vehicle":"{brand}","coords":"{coords}","eta":"{eta}"}',
    '{"build":"{version}","commit":"{hash}","id":"{uuid}"}',
    '{"origin":"{airport}","destination":"{airport}","fare_class":"Y"}',
)

MULTILINE: tuple[str, ...] = (
    "BOARDING PASS\nFLIGHT {flight}\nGATE {gate}  SEAT {seat}\nBOARDING {time}\nPNR {pnr}",
    "Receipt\nRide {ride}\nDistance {km}\nTotal {amount}\nPaid with {last4}",
    "Order {order}\n{n} x {dish}\nSubtotal {amount}\nPromo {promo}",
    "Reservation {booking}\n{hotel}\n{room}\nCheck-in {date}",
    "Statement\n{acct}\n{routing}\nClosing balance {amount}",
    "Your plan: {plan}\n{iccid}\n{imei}",
    "Claim {claim}\nPolicy {policy}\nStatus: under review",
    "Meter reading\n{meter}\nSubmitted {isots}",
    "Continue watching\n{work}\n{work}\nBecause you watched {work}",
    "Appointment {appt}\nDepartment: {spec}\n{date}, {time}",
    "Release notes {version}\n- fixed a {bot} crash\n- sha {hash}",
    "Route\nGo north along {streetnn}\nBear left at {place}\nArrive in {eta}",
    "Train {train}\nCoach {n}, seat {seat}\nDeparts {time}",
    "Loyalty statement\n{loyalty}\nLast stay: {hotel}",
    "Transfer failed\nReference {txn}\nCheck: {badiban}",
    "{course}\nCertificate {uuid}\nScore {pct}",
    "Driver vehicle: {brand}\nCoords: {coords}\nETA {eta}",
    'Quote of the day:\n"{word}"\n— {character}',
)

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
