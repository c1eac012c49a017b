"""Set 44's templates with PII, 14 per register (even positions: tuning half, odd: held-out).

Land, buildings, energy, vehicles and labs: farm, yard, site, lettings, workshop and lab chat;
tickets of roadside desks, energy suppliers, planning and building control, new-build
customer care, lettings, farm agencies, skip hire, toll operators, builders and lab portals;
people, place and number searches; reviews of vets, plumbers, letting agents, installers,
surveyors, dealers, garages, farm shops, co-ops, builders, planning portals and conference
apps; log lines of dispatch, site diaries, tariff switches, instrument bookings, feed
deliveries, meter installs, tenant screening, stipend payroll, farm-shop tills, tolls, rent
payouts, payables, planning portals and fleet telematics; JSON records of callers, engineer
visits, applicants, corresponding authors, keepers, tenants, payees, borrowers, orders, hires,
land rents, refunds, objections and portal logins; multi-line tenancy agreements, vet visits,
letters, conference abstracts with author lists, snagging lists, recall notices, W-9s,
hardship applications, farm-shop orders, core facility invoices, rent statements, builders'
invoices, site diaries and fleet logs. Templates come in pairs (positions 2k and 2k+1) holding
the same entity types: person and phone, person and e-mail, person and address, person and
SSN, person and card, person and IBAN, person and IP, in this order in every register; the
first ticket pair, the card pair of JSON and the first multi-line pair also hold an address,
and the second multi-line pair a phone. Most also carry look-alikes next to the real PII
(VINs, plates, MPANs, meter serials and readings, CPH numbers and ear tags, title and parcel
numbers shaped like SSNs, lots and plots, grid references, CAS numbers, ORCID iDs, grants and
permits, part numbers, tyre sizes, torque figures, registers shaped like phone numbers,
IP-like versions; farms named after families, machines, breeds, varieties, laws and kit
named after scientists, cars, estates, capitalised openers and lower-case phrases holding a
name word), which stay unlabelled. Slots: persons {full} {given} {last} {lf} (``Surname,
Given``) {sg} (``SURNAME Given``) {init} (``J. Surname`` or ``J. R. Surname``) {gi} (``Given
S.``) {nick} {auth} (``Surname G.``, an author list), with _lc/_uc for lower or upper case and
.2/.3 for a second or third person; {email} (the person's own), {cmail} (at a co-op's,
supplier's, agent's, builder's, dealer's or lab's domain), {emailr} (a role address); {phone}
{phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl} {phone_e164}; {ssn} {ssn_dash}
{ssn_sp} {ssn_bare} {ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain} {ip6_upper} {ip6_v4}
{ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and the non-gold {city}
{postcode} {country}; {title} (outside every span); every other slot is a look-alike or plain
filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{given_lc} vet's booked for the {breed} at {clock}, {full} says ring {phone} if she calves first. tag {eartag}",
    "[{clock}] {gi}: baler contractor is {full_lc.2}, mob {phone_intl}, doing the top field after {farm}, {machine} packed up again",
    "{nick_lc} can u send the feed order to {lf.2} ({email.2})? {feed}, drop on {date}",
    "{given} at {farm} wants the seed invoice mailed to {cmail}, reckons {variety} did best. {sbi}",
    "viewing confirmed for {full_lc} at {addr}, {titleno}, keys from the office at {clock}",
    "{gi}: skip going to {given_lc.2}'s place, {street_lc}, {city}? {skip} booked for {date}",
    "{given_lc} letting agent needs {full.2}'s ssn {ssn} for the credit check?? not the parcel no {apn} surely",
    "{gi}: dealer finance wants {sg.2}'s SSN, it's {ssn_sp}, vin {vin}, ok to paste here?",
    "{gi}: farm shop order from {init.2} went on {card}, {n} boxes of {variety} for {date}",
    "[{clock}] {given_lc}: roadside callout for {full.2}, card {card}, reg {plate}, {car} stuck on the hard shoulder",
    "{nick_lc} rent for the {hectares} goes to {full.2}, iban {iban}, {rent}",
    "{nick_lc} milk cheque for {lf.2} bounced, their new iban is {iban}, yield {yieldfig}",
    "{gi}: meter portal says {full_lc.2} signed on via {ip4}, meter {meterserial}, read {reading}",
    "{given_lc} booking system barred {full_lc.2} after repeated attempts from {ip6}, {instrument} slot gone, firmware {version}",
)

TICKET: tuple[str, ...] = (
    "Roadside job {ticketno}: {full} broke down in {car} ({plate}) outside {addr}; call back on {phone}, recall {recall} may apply.",
    "Outage report {ticketno}: {title} {last} at {addr} has had no supply since {clock}, MPAN {mpan}; reachable on {phone_ext}.",
    "Tariff switch: {full} <{email}> asks to move from {tariff} to the EV rate; copied to {emailr}. Meter {meterserial}. Thanks, {given}",
    "Instrument booking: {lf} wants the {instrument} slot confirmed to {cmail}, not to {emailr}; ethics ref {ethics}. Regards, {given}",
    "Planning objection {planref}: {gi} of {addr} objects to the extension overlooking {estate}.",
    "New-build snag {lotplot}: buyer {full} at {addr} reports the valve ({partno}) weeping under the sink.",
    "Tenancy screening {ticketno}: {full} gave SSN {ssn}; the number on the lease schedule ({apn}) is the county parcel.",
    "Producer record: {init} registered as an individual under SSN {ssn_dash}; holding {sbi}, {hectares}.",
    "Skip hire {quote}: {lf} paid with {card}, but the {skip} never turned up on site.",
    "Toll dispute {ticketno}: {full} saw two charges on {card} for {plate}; the {car} sat in a garage all day.",
    "Deposit return: tenant {init} asks that the deposit ({deposit}) go to {iban}; checkout inventory {date}.",
    "Trade invoice {invoice}: sole trader {full} gives {iban} for the works under {planref}, {cscs}.",
    "Lab portal: {full} logged on via {ip4} and booked the {instrument} under {grant}; account frozen for {n} days.",
    "Dealer web lead for {title} {last} flagged from {ip6_full}; VIN {vin}, part-exchange at {mileage}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} farrier phone {phone} {breed}",
    "who rang from {phone_bare} {title} {last} hedge cutting {farm}",
    "{init} letting agent email {email}",
    "{lf} {cmail} seed order {variety}",
    "{street_lc} {city} house sold price {last_lc}",
    "{full_lc} {street_lc} planning application {planref}",
    "{sg} {ssn} tenant screening",
    "farm loan ssn {ssn_bare} {full_lc} {hectares}",
    "{card} skip refund {lf} {skip}",
    "{lf} {card} parking charge appeal {plate}",
    "{iban} grazing rent {full_lc} {titleno}",
    "{sg} {iban} plasterer invoice {invoice}",
    "{ip4} smart meter login {full_lc} {mpan}",
    "{ip6} tenant portal logs {given_lc} {lotplot}",
)

REVIEW: tuple[str, ...] = (
    "{stars} Our vet {init} picked up on {phone} at {clock} on a Sunday and saved {breed}. {machine} got her through the mud.",
    '{stars} The plumber, {full}, gave us his own mobile ({phone_intl}) and had the weeping joint ({partno}) sealed before lunch. "{opener}," {given} told us.',
    "{stars} The letting agent replied within a day; {full} ({email}) sorted the inventory and the {deposit} paperwork.",
    "{stars} Solar installer {full} answers questions at {cmail}; our {solar} setup beat the quote.",
    "{stars} The removals crew had the address right, {full} at {addr}, and still unloaded at {estate}.",
    "{stars} Surveyor {gi} came out to {street} and found damp along the {lotplot} boundary.",
    "{stars} The landlord's agent wanted my SSN ({ssn}) before a viewing; {title} {last} called it standard.",
    "{stars} Finance desk had {full} repeat my SSN {ssn} down the line. Lovely {car}, but still",
    "{stars} Garage charged {card} for {tyre} tyres we never got, and {gi} at the desk shrugged",
    "{stars} Farm shop took {card} twice for one box of {variety}; {given} refunded one",
    "{stars} The co-op paid the grain money into {iban} on time, thanks {full}, {yieldfig} this year",
    "{stars} Our builder {full} refunded the overpayment to {iban} next morning, {skip} gone the same day",
    "{stars} The planning portal printed my IP {ip4} beside my name, {full}, under the objection to {planref}",
    "{stars} Conference app showed {full} joining from {ip6} in the open chat pane; the talk on {science} was great, app {version}",
)

LOG: tuple[str, ...] = (
    '{date} {clock} dispatch.create caller="{full}" phone={phone_e164} vrm="{plate}" vin={vin}',
    '{date} {clock} sitediary.entry manager="{lf}" mobile="{phone}" permit="{planref}" plant="{machine}"',
    '{date} {clock} tariff.switch from={email} holder="{init}" mpan={mpan} plan="{tariff}"',
    '{date} {clock} booking.confirm user="{gi}" notify={cmail} instrument="{instrument}" grant="{grant}"',
    '{date} {clock} feed.delivery customer="{full_uc}" drop="{addr}" load="{feed}" cph="{cph}"',
    '{date} {clock} meter.install occupant="{lf}" street="{street}" serial="{meterserial}" kit="{solar}"',
    '{date} {clock} screening.request applicant="{sg}" ssn_given={ssn} parcel="{apn}"',
    '{date} {clock} payroll.stipend payee="{full_uc}" tin={ssn_bare} award="{grant}"',
    '{date} {clock} shop.checkout customer="{lf}" card_pan="{card}" items="{variety}" order="{orderno}"',
    '{date} {clock} toll.charge driver="{init}" card="{card}" plate="{plate}" gantry={n}',
    '{date} {clock} rent.payout landlord="{lf}" iban="{iban}" title="{titleno}" amount="{rent}"',
    '{date} {clock} ap.trader.update trader="{init}" iban="{iban}" job="{quote}" card_no="{cscs}"',
    '{ip4} - - [{date} {clock}] "POST /planning/comment HTTP/1.1" 201 ref="{planref}" name="{full}"',
    '{date} {clock} telematics.auth driver="{sg}" src={ip6} unit="{vin}" fw="{version}"',
)

JSON: tuple[str, ...] = (
    '{"caller": {"caller_name": "{full}", "callback": "{phone}"}, "job": {"type": "outage", "mpan": "{mpan}"}, "note": "{opener}"}',
    '{"engineer_visit": {"customer": "{full_uc}", "mobile": "{phone_intl}"}, "meter": "{meterserial}", "reading": "{reading}"}',
    '{"applicant": "{lf}", "email": "{email}", "property": {"rent": "{rent}", "deposit_scheme": "{deposit}"}}',
    '{"corresponding_author": {"shown_as": "{gi}", "institution_email": "{cmail}"}, "orcid": "{orcid}", "grant": "{grant}"}',
    '{"holding": {"keeper": "{full_uc}", "address": "{addr}"}, "cph": "{cph}", "herd": "{herdno}"}',
    '{"tenant": {"tenant_name": "{init}", "let_street": "{street}", "let_town": "{city}"}, "inventory": "{room}", "title": "{titleno}"}',
    '{"producer": {"last_name": "{last}", "first_names": "{given}", "taxpayer_id_kind": "SSN", "taxpayer_id": "{ssn}"}, "apn": "{apn}"}',
    '{"borrower": {"surname_on_id": "{last}", "given_on_id": "{given}"}, "bureau_check": {"ssn": "{ssn_sp}"}, "vin": "{vin}"}',
    '{"order": {"customer": "{sg}", "card_number": "{card}", "ship_to": "{addr}"}, "items": ["{variety}"]}',
    '{"hire": {"hirer": "{full_uc}", "paid_with": "{card}", "site": "{addr}"}, "skip": "{skip}", "date": "{date}"}',
    '{"land_rent": {"landlord": "{full}", "iban": "{iban}", "area": "{hectares}"}, "title": "{titleno}"}',
    '{"refund": {"customer": "{lf}", "bank_iban": "{iban}"}, "vehicle": "{vin}", "reg": "{plate}"}',
    '{"objection": {"objector": "{gi}", "submitted_ip": "{ip4}"}, "application": "{planref}", "case_officer": "{full_uc.2}"}',
    '{"login": {"user_name": "{full}", "client_ip": "{ip6_upper}"}, "portal": "tenant", "unit": "{room}", "manager": "{full.2}"}',
)

MULTILINE: tuple[str, ...] = (
    "TENANCY AGREEMENT\nTenant:\n{full_uc}\n{addrml}\nTel: {phone}\nLandlord: {farm} Partnership\nDeposit: {deposit}",
    "VET VISIT\nHolding: {farm}, {cph}\nKeeper: {sg}\n{addrml}\nMobile: {phone_intl}\nAnimals: {breed}, tag {eartag}",
    "ABSTRACT {n} (poster): {variety} under late drought\n{auth}, {auth.2}, {auth.3}\nContact {full}: {email} / {phone_intl}\nFunded by {grant}",
    "ABSTRACT {n}: {science} in field soils\n{auth}, {auth.2}, {auth.3}\nCorrespondence: {email}, tel. {phone}\n{orcid}",
    "SNAGGING LIST, {lotplot}\nBuyer: {full}\nAddress:\n{addrml}\n1. {partno} tap drips\n2. {opener}\nSigned: {init.2} (site manager)",
    "VEHICLE RECALL NOTICE {recall}\n{full_uc}\n{addrml}\nVIN {vin}, {car}\nPlease book with your dealer.",
    "W-9 (CONTRACTOR)\nName: {full_uc}\nSSN: {ssn}\nTrade: roofing, {cscs}\nJob: {quote}",
    "LIHEAP APPLICATION\nApplicant: {lf}\nSSN: {ssn_dot}\nUtility account: {esiid}\nHousehold: {n}",
    "FARM SHOP ORDER {orderno}\nName: {lf}\nCard: {card}\n{n} x {variety}\nCollect: {clock}",
    "CORE FACILITY INVOICE {invoice}\nUser: {full}\nPaid by card: {card}\n{instrument}, {n} h\nPI: {full.2}",
    "LAND RENT STATEMENT {date}\nLandlord: {sg}\nIBAN: {iban}\nFields: {gridref}, {hectares}\n{titleno}",
    "BUILDER'S INVOICE {invoice}\nTrader: {full}\nBank: {iban}\nWorks: {planref}\nMaterials: {skip}",
    'SITE DIARY {date}\nManager: {full_uc.2}\n{clock} drone survey uploaded from {ip4} by {full}\n"{opener}," said {full.3}.',
    "FLEET LOG {date}\nDrivers: {full}, {full.2}, {init.3}\n{given_uc.2}: tracker logged in from {ip6}\n{given_uc}: {plate} back at depot, {mileage}",
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
