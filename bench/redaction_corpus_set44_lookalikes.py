"""Set 44's look-alike templates: 14 per register, no PII at all (even positions: tuning half,
odd: held-out).

What farm, energy, building, housing, motoring and lab text holds that looks like PII and is
none: VINs, plates, MOT test numbers, part numbers, tyre sizes, torque figures, mileages and
recalls; MPANs, MPRNs, ESI-IDs, meter serials, readings, tariffs and smart-meter registers
shaped like phone numbers; CPH numbers, ear tags, herd marks, SBI numbers, hectares and
yields; title numbers, parcel numbers shaped like SSNs, lots and plots, grid references and
coordinates, planning references, CSCS cards and skips; CAS numbers, ORCID iDs, DOIs, grants,
ethics approvals, samples, freezer positions and instruments; farms named after families,
machines, breeds, varieties, laws and kit named after scientists, cars, estates, capitalised
openers and lower-case phrases holding a name word; set 40's masked cards, SSNs, IBANs and
IPs, fiction-range phones, never-issued SSNs, Luhn-failing card shapes and IBAN shapes
failing mod 97.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "anyone know if {machine} parts fit {machine}? wheel nuts go to {torque}",
    "[{clock}] {opener}. tup sale starts {clock}, {breed} first",
    "{breed} in the low field again, {cph}, tags {eartag} and {eartag}",
    "meter man says the reading was {reading}, {meterserial}, mpan {mpan}",
    "{variety} on the old trees and {variety} by the shop, picking from {date}",
    "the number on the skip sticker is {fakephone} lol, rang it, nobody",
    "who booked the {instrument}? need it at {clock} for the {sample} run",
    "{car} in for its MOT, {motno}, wants {tyre} on the front",
    "{word} and {word} all along the hedge bank, {gridref}",
    "panels went live: {solar}, register reads {kwhreg}",
    "site meeting at {estate} {clock}, bring the {skip} paperwork, {planref}",
    "card on the feed receipt shows {maskcard}, office will chase it",
    "{science} came up again in the stats meeting, {conc} on plate {n}",
    "lab wifi gave me {maskip}, plate reader still on {version}",
)

TICKET: tuple[str, ...] = (
    "Recall {recall}: owners of {car} with a VIN like {vin} should book in; parts list {partno}.",
    "Ticket {ticketno}: meter {meterserial} on MPAN {mpan} read {reading}, estimated twice.",
    "Planning {planref}: the extension faces {estate}; grid ref {gridref}.",
    "Land registry query: {titleno} and {titleno} overlap at {lotplot}.",
    "Parcel {apn} was renumbered from {lotplot}; {hectares} in the assessor's file.",
    "Movement licence for {breed}, {cph}, {herdno}; TB test due {date}.",
    "Order {orderno}: {feed} delayed, delivery now {date}.",
    "Core facility: {instrument} down until {date}; samples {sample} and {sample} in {freezer}.",
    "Card {badcard} declined at the farm shop till, {amount}; {opener}.",
    "A dummy tenant row holding SSN {badssn} was rejected by the lettings portal, as intended.",
    "Supplier IBAN {badiban} is rejected on its mod-97 digits; {invoice} paused.",
    "The helpline printed on the leaflet, {fakephone}, is a dummy; register {kwhreg}.",
    "Safety data: {cas} stored next to {cas}; see {doi}.",
    "Grant {grant}: ethics {ethics} renewed, author iD on file {orcid}.",
)

SEARCH: tuple[str, ...] = (
    "{machine} {partno} service manual",
    "{breed} price per head {date}",
    "{variety} and {variety} pollination group",
    "{science} worked example {n}",
    "{car} {tyre} tyre pressure",
    "{vin} decode",
    "mpan {mpan} supplier",
    "{cas} safety data sheet",
    "{orcid}",
    "{estate} flats to rent {rent}",
    "{farm} open day {date}",
    "{gridref} footpath",
    "{word} or {word} identification",
    "{apn} property tax",
)

REVIEW: tuple[str, ...] = (
    "{stars} {machine} has done {count} hours without a fault.",
    "{stars} Bought {breed} at the mart, good doers. {opener}.",
    "{stars} {variety} from the nursery cropped in year two.",
    "{stars} Garage fitted {tyre} tyres and torqued them to {torque}, quick job.",
    "{stars} {car} hire was clean, {mileage} on the clock.",
    "{stars} The skip firm left a {skip} on the verge for a week.",
    "{stars} Installers fitted {solar} and the app shows {reading} already.",
    "{stars} Flat at {estate} is damp, deposit {deposit} still not back.",
    "{stars} The open day at {farm} was great, kids loved {word}.",
    "{stars} Core facility turned the {instrument} runs round in {n} days.",
    "{stars} The helpline on the bill ({fakephone}) goes nowhere.",
    "{stars} Engineer knew his {science} and had the pump going by {clock}.",
    "{stars} A tariff of {tariff} is the best we found. {opener}",
    "{stars} Recall {recall} sorted in an hour at the dealer",
)

LOG: tuple[str, ...] = (
    '{date} {clock} meter.reading.in mpan={mpan} serial="{meterserial}" value="{reading}"',
    '{date} {clock} smartmeter.push register="{kwhreg}" tariff="{tariff}"',
    '{date} {clock} telematics.ping vin={vin} plate="{plate}" odo="{mileage}" pos="{coords}"',
    '{date} {clock} bcms.move cph="{cph}" tag="{eartag}" breed="{breed}"',
    '{date} {clock} lims.register sample="{sample}" cas="{cas}" conc="{conc}"',
    '{date} {clock} planning.validate ref="{planref}" site="{lotplot}" grid="{gridref}"',
    '{date} {clock} fw.update device="{instrument}" build="{version}" outcome=ok',
    "{date} {clock} till.declined masked={maskcard} reason=05",
    '{date} {clock} payee.verify iban_in="{badiban}" verdict=checksum_fail',
    "{date} {clock} tin.verify value={badssn} status=never_issued",
    '{date} {clock} workshop.job vin={vin} part="{partno}" torque="{torque}" tyre="{tyre}"',
    '{date} {clock} assessor.sync apn="{apn}" title="{titleno}" area="{hectares}"',
    '{date} {clock} orcid.link id="{orcid}" grant="{grant}" doi="{doi}"',
    '{date} {clock} esiid.lookup id="{esiid}" meter="{meterserial}"',
)

JSON: tuple[str, ...] = (
    '{"vehicle": {"vin": "{vin}", "reg": "{plate}", "model": "{car}"}, "mot": "{motno}"}',
    '{"meter": {"mpan": "{mpan}", "serial": "{meterserial}", "last_read": "{reading}"}}',
    '{"animal": {"tag": "{eartag}", "breed": "{breed}"}, "holding": "{cph}"}',
    '{"sample": {"id": "{sample}", "store": "{freezer}", "cas": "{cas}"}}',
    '{"parcel": {"apn": "{apn}", "lot": "{lotplot}", "area": "{hectares}"}}',
    '{"orchard": {"block": "{n}", "variety": "{variety}", "block_area": "{hectares}"}}',
    '{"plant": {"machine": "{machine}", "hours": "{count}"}, "site": "{estate}"}',
    '{"till": {"masked_pan": "{maskcard}", "outcome": "declined"}, "order_ref": "{orderno}"}',
    '{"paper": {"doi": "{doi}", "method": "{science}", "grant": "{grant}"}}',
    '{"install": {"system": "{solar}", "register": "{kwhreg}"}, "firmware": "{version}"}',
    '{"bank_check": {"iban": "{badiban}", "ok": false}}',
    '{"farm": {"name": "{farm}", "sbi": "{sbi}"}, "grid": "{gridref}"}',
    '{"service": {"tyres": "{tyre}", "torque": "{torque}", "parts": "{partno}"}}',
    '{"note": "{opener}", "hedge": "{word}"}',
)

MULTILINE: tuple[str, ...] = (
    "SERVICE RECORD\nVIN {vin}\n{mileage}: oil, filters, {partno}\nTyres {tyre}, wheel nuts {torque}\nNext MOT {date}",
    "METER READINGS\n{mpan}\n{meterserial}: {reading}\n{meterserial}: {reading}",
    "HERD REGISTER {cph}\n{eartag}  {breed}\n{eartag}  {breed}\nTB test {date}",
    "LAB NOTEBOOK {date}\nSample {sample}, {conc}\nReagent {cas}\n{science} applied\nStored {freezer}",
    "PLANNING NOTICE {planref}\nSite: {lotplot}, {gridref}\nDevelopment next to {estate}",
    "ORCHARD PLAN\nRow 1: {variety}\nRow 2: {variety}\nRow 3: {variety}\nPollinator: {variety}",
    "TITLE REGISTER {titleno}\nParcel {apn}\nArea {hectares}",
    "SMART METER LOG\n{clock} import register {kwhreg}\n{clock} export register {kwhreg}\nTariff {tariff}",
    "VALIDATOR FIXTURES (DUMMY)\nTIN: {badssn}\nCard: {badcard}\nIBAN: {badiban}",
    "FARM SALE CATALOGUE\nLot {n}: {machine}\nLot {count}: {machine}\nPen {n}: {breed}",
    "FIELD SITE LOG {date}\nPlot {n}: {coords}\nGrid {gridref}\nSamples {sample}",
    "GRANT REPORT {grant}\nEthics {ethics}\nOutputs: {doi}\nAuthor iD {orcid}",
    "SNAG LIST {lotplot}\n1. {opener}\n2. {word} behind the boiler\nSkip: {skip}",
    "FLEET SUMMARY\n{plate}  {mileage}\n{plate}  {mileage}\nRecall {recall} open",
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
