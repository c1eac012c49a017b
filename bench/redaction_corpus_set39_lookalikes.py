"""Set 39's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Those of regulated paperwork first (``..._numbers.py``): claim, case, docket and application
numbers, passport, permit and licence numbers, plates and VINs, MRNs and NHS-style numbers,
prescriptions and batches, lab values and ICD codes, tax references, EINs and ITINs, policy,
mortgage, title and parcel numbers, statutes and form numbers, polling and jury numbers,
meters, amounts, dates, versions and hashes, never-issued SSNs, Luhn-failing cards and IBANs
failing mod 97; then name-like ones (``..._lookalike_pools.py``): laws and acts, famous court
cases, hospitals and wards, drugs, eponyms, agencies and courthouses, streets used as
landmarks, capitalised openers and ordinary lower-case phrases that hold a name word.
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{opener}, and the letter says {appno}, {weeks} to decide",
    "got the {form} back stamped {date}, {amount} fee",
    "mum's {drug} repeat is ready, {rx}",
    "parked by {landmark} for the hearing, plate {plate} if u spot it",
    "tax office says my ref is {taxref}, been on hold since {time}",
    "{hospital} moved her to {ward}, visiting till {time}",
    "council tax up to {amount}, that's {pct} more",
    "{word} lol that's literally what the letter said",
    "jury service {date}, {poll}, bring a packed lunch",
    "doc thinks it could be {eponym}, bloods were {lab}",
    "passport renewal went through, number {passport}, arrives in {weeks}",
    "the {law} thing means they have to tell u apparently",
    "new NHS number is {nhs} — reads like somebody's mobile lol",
    "mortgage {loan} runs out {date}!!",
    "revising {case} for the exam tomorrow 😩",
    "{agency} rang about {claimref}, want proof of address",
    "card got blocked, they'd keyed it as {badcard}",
    "ITIN came through: {itin}, not an SSN apparently",
)

TICKET: tuple[str, ...] = (
    "Claim {claimref} closed: evidence received {date}, payment of {amount} issued.",
    "Case {caseno} relisted for {date} at {time}, {courtroom}.",
    "Application {appno} waiting on biometrics; backlog {weeks}.",
    "Prescription {rx} out of stock ({drug}); batch {batch} recalled.",
    "Vehicle {plate}, VIN {vin}: road tax lapsed {date}.",
    "Title {titleno} transfer on hold: {parcel} boundary query.",
    "Mortgage {loan}: valuation booked for {date}.",
    "Portal incident {build}: e-filing down from {time} to {time}.",
    "Record {mrn}: duplicate merged, {icd} kept.",
    "Policy {policy} renewal: premium {amount}, {pct} up on last year.",
    "Meter {meter} reading disputed; hardship tier {n}.",
    "Polling station for {poll} moved to the hall on {landmark}.",
    "Payment rejected: card {badcard} has a bad check digit.",
    "Transfer rejected: IBAN {badiban} fails validation.",
    "Form {form} returned: section {n} unsigned, {statute} applies.",
    "{opener}: noted on file, nothing to do.",
    "Referral to {hospital} for suspected {eponym}, routine.",
    "Employer {ein} filed {form} late; penalty {amount}.",
)

SEARCH: tuple[str, ...] = (
    "{law} eligibility",
    "{case} summary",
    "{agency} opening hours",
    "{eponym} blue badge",
    "{drug} {drugdose} side effects",
    "{hospital} parking",
    "{landmark} nearest station",
    "what is form {form}",
    "{statute} housing act",
    "check vin {vin}",
    "nhs number {nhs} lookup",
    "{itin} itin vs ssn",
    "ein {ein} lookup",
    "plate {plate} mot history",
    "{caseno} hearing date",
    "{titleno} land registry",
    "{word} meaning",
    "{opener} meaning",
)

REVIEW: tuple[str, ...] = (
    "{stars} {hospital} A&E: {n} hours wait, staff kind though",
    "{stars} The {agency} helpline kept me on hold for {ms} minutes",
    "{stars} {drug} works but the pharmacy lost {rx} twice",
    "{stars} Passport office turned it round in {weeks}",
    "{stars} Parking near {landmark} on a court day: hopeless",
    "{stars} The app finally shows {plate} as taxed",
    "{stars} Waiting room has a framed print of {case} on the wall",
    "{stars} {opener}. Fee was {amount}",
    "{stars} Notary stamped {n} pages for {amount}",
    "{stars} {word} — that sums up the whole visit",
    "{stars} Tax adviser explained the {law} clearly",
    "{stars} Put on {ward}; calm, spotless, decent tea",
    "{stars} GP was quick with the {eponym} referral",
    "{stars} Land registry fixed {titleno} in {weeks}",
    "{stars} Broker got {pct} on {loan}",
    "{stars} Jury room chairs are awful, {poll}",
    "{stars} Hardship fund paid {amount} within {weeks}",
    "{stars} Lab results ({lab}) back in {weeks}",
)

LOG: tuple[str, ...] = (
    "{isots} INFO claims.worker processed claim={claimref} status={status} in {ms}ms",
    "{clock} WARN efile.queue case={caseno} retry={n} build={build}",
    "{isots} pharmacy.dispense rx={rx} batch={batch} status={status}",
    "{isots} vehicles.sync plate={plate} vin={vin} result=ok",
    '{isots} lab.result mrn={mrn} value="{lab}" flagged=false',
    "{isots} kyc.screen list=sanctions hits=0 ref={appno} sha={sha}",
    "{clock} payments.validate card={badcard} luhn=false status={status}",
    "{clock} payments.validate iban={badiban} mod97=false",
    "{isots} tax.match ein={ein} itin={itin} status={status}",
    "{isots} ssn.validate value={badssn} issued=false",
    "{isots} landreg.search title={titleno} parcel={parcel} ms={ms}",
    "{isots} pds.lookup nhs={nhs} status={status}",
    "{isots} elections.import {poll} rows={ms}",
    "{isots} meter.read {meter} kwh={ms}",
    "{isots} courts.rooms {courtroom} booked {time}",
    "{isots} policy.renew {policy} premium={amount}",
    "{isots} immigration.case app={appno} permit={permit} stage={n}",
    "{isots} mortgage.offer loan={loan} ltv={pct}",
)

JSON: tuple[str, ...] = (
    '{"claim": "{claimref}", "claim_state": "{status}", "paid": "{amount}"}',
    '{"case": "{caseno}", "docket": "{docket}", "next_hearing": "{date}"}',
    '{"application": "{appno}", "permit": "{permit}", "decision_due": "{date}"}',
    '{"plate": "{plate}", "vin": "{vin}", "tax_due": "{date}"}',
    '{"mrn": "{mrn}", "icd10": "{icd}", "ward": "{ward}"}',
    '{"nhs_number": "{nhs}", "latest_bloods": "{lab}"}',
    '{"rx": "{rx}", "drug": "{drug}", "dose": "{drugdose}", "batch": "{batch}"}',
    '{"title": "{titleno}", "parcel": "{parcel}", "price": "{amount}"}',
    '{"ein": "{ein}", "form": "{form}", "filing_year": "2025"}',
    '{"itin": "{itin}", "note": "not an SSN"}',
    '{"policy": "{policy}", "premium": "{amount}", "law": "{law}"}',
    '{"precedent": "{case}", "statute": "{statute}"}',
    '{"hospital": "{hospital}", "condition": "{eponym}"}',
    '{"agency": "{agency}", "nearest_office": "{landmark}"}',
    '{"rejected_card": "{badcard}", "reason": "luhn"}',
    '{"rejected_iban": "{badiban}", "reason": "checksum"}',
    '{"ssn_test_value": "{badssn}", "issuable": false}',
    '{"note": "{opener}", "tag": "{word}"}',
)

MULTILINE: tuple[str, ...] = (
    "Claim update\nRef: {claimref}\nDecision: award {amount}\nNext review: {date}",
    "Hearing notice\n{caseno}\n{courtroom}, {date} at {time}\nBring: {form}",
    "Prescription\n{drug} {drugdose}\n{rx}\nBatch {batch}",
    "Vehicle record\nReg: {plate}\nVIN: {vin}\nMOT due {date}",
    "Lab report\n{mrn}\n{lab}\n{lab}\nCoded {icd}",
    "Visa status\nApplication {appno}\nPermit {permit}\nDecision in {weeks}",
    "Title register\n{titleno}\n{parcel}\nPrice paid {amount}",
    "Mortgage offer\n{loan}\nValid until {date}\nRate {pct}",
    "Tax summary\nEIN {ein}\nForm {form}\nDue {amount}",
    "Polling card\n{poll}\nOpen 7am to 10pm\nStation near {landmark}",
    "Reading list\n1. {case}\n2. {case}\n3. {law}",
    "Leaflet\nAbout {eponym}\nAsk your pharmacist about {drug}",
    "Directions\nFrom {landmark}, turn at {hospital}\n{time} shuttle",
    "Rejected payments\n{badcard}\n{badiban}",
    "Test data\nSSN {badssn}\nITIN {itin}",
    "Utility hardship\nMeter {meter}\nCredit {amount}",
    "Release notes {build}\n- {sha}\n- fixed timeout on {agency} export",
    "Notes\n{opener}.\n{word}, apparently.",
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
