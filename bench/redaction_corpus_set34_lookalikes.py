"""Set 34's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Name-like slots draw from ``..._lookalike_pools.py`` (firms and bands named after people,
products with given names, places and buildings, streets without a number, eponyms, awards,
storms, ships and racehorses, characters, saints' days and holidays, songs and films, dishes
and cocktails, bots, pets, team names, handles); number-like ones from ``..._values.py``
(RMA, case, PNR, flight, seat, gate, invoice, PO, serial, IMEI, VIN, container numbers, ISO
dates and times, durations, amounts, percentages, scores, dimensions, grid references and
coordinates, DOIs, arXiv ids, SHAs, versions, image tags, pod names, ports, documentation
CIDR blocks, Luhn-failing cards, never-issued SSNs, IBANs failing mod 97, part numbers).
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "anyone watching the {vessel} coverage? ferries cancelled till {isodate}",
    "{user}: the {brand} is back in stock, {money} only{emoji}",
    "omw to {place}, meet at {gate}{emoji}",
    "lol {bot} told me to take {streetnn} and it's closed",
    "quiz night team name: {team}. final score {score}",
    "happy {day} everyone!!{emoji}",
    "who's bringing the {dish}? i've got cups",
    "rewatched {work} last night, still cried",
    "{pet} knocked the router over again, it's on {semver} now",
    "booking ref {pnr}, {flight} delayed {duration}{emoji}",
    "parcel {waybill} stuck in customs, {container} apparently",
    "landlord says {firm} handles the deposit now, case {case}",
    "the {character} costume was {money} ffs",
    "lecture on {eponym} moved to room {n3}",
    "is {rma} the ride code? no that's the return label lol",
    "sold! {prodcode} went for {money}{emoji}",
    "the {award} final is {isodate} at {time}",
    "ping me here not by mail, {user} is my handle",
)

TICKET: tuple[str, ...] = (
    "RMA {rma}: {brand} returned, {serial}. No customer data attached.",
    "Case {case} closed as duplicate of {ticketid}.",
    "Keyed PAN ({badcard}) bounced at checksum; asked for a new one.",
    "SSN field held {badssn} (never issued); form rejected automatically.",
    "IBAN {badiban} fails the check digits; payment held.",
    "Assignee: {team}. Reviewer: {team}. Priority P{n}.",
    "Invoice {invoice} / {po}: {money} due {isodate}.",
    "Vehicle {vin} towed to the {place} lot; claim {case}.",
    "{flight}, {seat}, {gate}: rebooked after {vessel}.",
    "Credit note: {dish} order {order}, {money}, approved.",
    "Device {imei} blacklisted; see {case}.",
    "Container {container} held at port; ETA {isodate}.",
    "Booking {pnr} for the {award} dinner at {place}.",
    "Property on {streetnn} (no number given), please ask for the full address.",
    "The bot {bot} misrouted {n} tickets to {team}.",
    "Customer quoted {eponym} in a complaint about the {brand}.",
    "Per {firm}, the lease clause stays. Ref {po}.",
    "Dispute window ends {isotime}; amount {money} ({pct}).",
)

SEARCH: tuple[str, ...] = (
    "{firm} reviews",
    "{brand} {money}",
    "{place} opening hours",
    "{streetnn} directions",
    "{eponym} explained",
    "{award} {isodate} winners",
    "{vessel} track",
    "{character} story",
    "{day} {isodate}",
    "{work} lyrics",
    "{dish} recipe",
    "{bot} not working",
    "{pet} instagram",
    "{flight} status",
    "{doi}",
    "{arxiv} pdf",
    "vin decoder {vin}",
    "is {badcard} a real card number",
)

REVIEW: tuple[str, ...] = (
    "{stars} The {brand} broke after {duration}. Support ticket {ticketid}.",
    "Cosy flat a short walk from {place}, room {n3}. {stars}",
    "{firm} untangled our tenancy paperwork fast. {stars}",
    "The {dish} here beats anything on {streetnn}.",
    "Watched {work} on {flight}; {seat} was cramped.",
    "Best {day} market in town{emoji}",
    "App keeps crashing on {semver}, build {sha}. 1 star.",
    "{bot} answered in two seconds, but wrongly. {stars}",
    "The tour guide dressed as {character}, a hit with the children.",
    "{pet} is the hotel cat and the real manager.",
    "Delivery {waybill} took {duration}. Box was {dims}.",
    "Overpriced: {money} for the {brand}.",
    "Rode the {vessel}, unforgettable.",
    "Gym is called {team}, silly name, fine equipment. {pct} off the first month.",
    "Our doctor explained {eponym} patiently.",
    "Watched the {award} game here, {score}!",
    "Parking at {grid} is free after {time}.",
    "The card reader rejected {badcard}, so cash only.",
)

LOG: tuple[str, ...] = (
    "fw: allow {cidr} -> port {port} proto tcp rule {ticketid}",
    "deploy: {tag} rolled out to {pod} in {duration}",
    "build {semver} sha {sha} by {team}",
    "k8s: pod {pod} OOMKilled, restart {n}",
    "{isotime} cron[{n3}]: job {team}-nightly done in {duration}",
    "CEF:0|Lumen|WAF|{semver}|{n3}|rule match|3|cs1={eponym} cnt={n}",
    "app: version {ver4} listening on :{port}",
    "payments: card {badcard} rejected (luhn), order {order}",
    "kyc: ssn {badssn} rejected (invalid area/group/serial)",
    "sepa: iban {badiban} rejected (mod97)",
    "scanner: container {container} at lane {n}, {dims}",
    "otel: service.name={team} service.version={semver} http.route=/v1/items/{n3}",
    "slow query {duration}: SELECT * FROM bookings WHERE pnr='{pnr}'",
    "mdm: device {imei} enrolled, {serial}",
    "{isotime} bot={bot} intent=reschedule confidence={pct}",
    'nginx: [{ts}] "GET /media/{work}.mp3 HTTP/1.1" 404',
    "weather-alert: {vessel} at {coord}, gusts {n3} km/h",
    "geo: grid {grid} resolved in {duration}",
)

JSON: tuple[str, ...] = (
    '{"sku":"{prodcode}","name":"{brand}","price":"{money}"}',
    '{"owner":"{team}","assignee":"{team}","status":"open"}',
    '{"storm":"{vessel}","pos":"{coord}","ts":"{isotime}"}',
    'image: "{tag}"\nreplicas: {n}\nport: {port}',
    "[service]\nname = {team}\nversion = {semver}\nlisten = :{port}",
    "APP_NAME={bot}\nRELEASE={ver4}\nALLOWED_CIDR={cidr}",
    '{"doi":"{doi}","arxiv":"{arxiv}","title":"Notes on {eponym}"}',
    '{"award":"{award}","date":"{isodate}","venue":"{place}"}',
    '{"pet_name":"{pet}","chip":"{serial}"}',
    '{"menu":[{"item":"{dish}","price":"{money}"}]}',
    'db.events.insertOne({ title: "{day}", when: "{isodate}" })',
    'flight { number: "{flight}" pnr: "{pnr}" gate: "{gate}" }',
    '{"vin":"{vin}","odometer_km":{n3},"dims":"{dims}"}',
    '{"card_test":"{badcard}","expected":"luhn_fail"}',
    '{"ssn_sample":"{badssn}","valid":false}',
    '{"iban_sample":"{badiban}","valid":false}',
    '{"street_hint":"{streetnn}","number":null,"grid":"{grid}"}',
    '{"playlist":["{work}","{work}"],"duration":"{duration}"}',
)

MULTILINE: tuple[str, ...] = (
    "Release notes {semver}\n- no more freezes on {ver4}\n- thanks {team}\nsha {sha}",
    "PACKING SLIP {order}\n1x {brand}\n1x {prodcode}\nWaybill {waybill}",
    "Meeting notes {isodate}\n- {team} owns the {eponym} write-up\n- next sync {time}",
    "CUSTOMS CN22\nContents: {dish} mix\nValue: {money}\nSize: {dims}",
    "Boarding pass\n{flight}  {gate}  {seat}\nPNR {pnr}",
    "Storm bulletin\n{vessel} near {coord}\nNext update {isotime}",
    "Menu\n- {dish}\n- {dish}\nService {pct}",
    "Programme\n{isodate} {award} ceremony\nVenue: {place}",
    "Cheque stub (void)\nAmount {money}\nMemo {invoice}\nCard on file: {badcard}",
    "Lecture series\nWeek 1: {eponym}\nWeek 2: {eponym}\nRoom {n3}",
    "Lost & found\nItem: {brand}\nFound at {place}\nClaim code {rma}",
    "Vet record\nPatient: {pet}\nChip {serial}\nNext visit {isodate}",
    "Playlist\n1. {work}\n2. {work}\nTotal {duration}",
    "INCIDENT {ticketid}\nscope: {cidr}\nimage {tag}\nstatus: resolved",
    "Directions\nTurn left on {streetnn}\nthen right after {place}\n{grid}",
    "QA fixture (synthetic)\nSSN: {badssn}\nIBAN: {badiban}\n(do not process)",
    "Holiday rota\n{day}: {team}\n{day}: {team}",
    "Citation\n{doi}\n{arxiv}\nretrieved {isodate}",
)

LOOKALIKES = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
