"""Set 41's look-alike templates (no PII), 14 per register (even positions: tuning half, odd:
held-out): NHS and hospital numbers, prescription, batch and lot numbers, doses and lab values,
booking refs, candidate and pupil numbers, rooms, wards and beds, grave plots, dates of birth
and death, SMS export stamps, ASR confidences and offsets, OCR coordinates, sort codes, charity
numbers, microchips, masked, fiction-range and invalid phone, SSN, card and IBAN shapes, and
name-like words: saints, hospitals and wards named after people, eponymous diseases, clinical
scales, pets, hymns and prayers, brands, capitalised openers that are names, lower-case phrases
holding a name word and kinship words (nana, grandad, auntie), which are no persons.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{ts} nana: {opener} x",
    "grandad's {eponym} meds changed to {drug} {dose}, pharmacy says collect after {clock}",
    "{pet} has his jabs at the vets tmrw, microchip {chip} is on the card",
    "auntie wants {hymn} played on {date} in church not the pop song, fight me",
    "[translated from {lang}] Thank you for the flowers. The grave is {plot}, near the yew tree.",
    "is {inst} visiting still {clock} to {clock}? mum is on {room}",
    "the test number in the school app is {fakephone} lol dont ring it",
    "{opener}. also the dentist moved us to {appt}",
    "his lab came back, {lab}, gp says fine",
    "voicemail {offset}: um hi its just me, uh, {word}, call back when u can [inaudible]",
    "my card shows {maskcard} in the app so the refund went through",
    "we got {brand} for the party bags, {count} of them",
    "{saint} parish newsletter says the fete moved to {dod}",
    "the midwife did the {scale} at {clock}, all fine, proud grandma",
)

TICKET: tuple[str, ...] = (
    "OCR job {jobid}: page rejected, {bbox} unreadable; {nhs} matched no record.",
    "CALL TRANSCRIPT {jobid} | AGENT: um the prescription {rxno} is ready | CALLER: [inaudible] | {conf}",
    "Pharmacy recall: {drug} {lot} withdrawn; check stock against batch list before {clock}.",
    "School office: exam {cand} moved to {form}; access arrangements unchanged.",
    "Vet clinic: {pet} booked for dental under {appt}; chip {chip} scanned.",
    "Care home: {inst} liaison asked for the {scale} sheet and the falls log for {room}.",
    "Funeral home: memorial bench plaque proof for {plot} approved; {hymn} goes on the reverse.",
    "Charity helpdesk: Gift Aid declaration {appt} lacked a postcode; {charity} letterhead used.",
    "Card shape {badcard} flunked the Luhn step at the kiosk; nothing was charged.",
    "Test data only: SSN field filled with {badssn}; purge before the audit.",
    "Bank detail {maskiban} on the till slip is masked by design.",
    "Clinic portal: the number {fakephone} in the help text is a placeholder.",
    "Lab interface: {lab} arrived without a requester code; {mrn} on hold.",
    "Dating app moderation: profile photo of {pet} flagged as not a person, {count} reports.",
)

SEARCH: tuple[str, ...] = (
    "{eponym} early signs {age}",
    "{scale} normal range {age}",
    "{inst} visiting hours {form}",
    "{saint} mass times {date}",
    "{hymn} lyrics funeral {hymnno}",
    "{drug} {dose} side effects",
    "{brand} recall {lot}",
    "nhs number {nhs} format",
    "{lab} meaning",
    "{plot} cemetery map",
    "{pet} puppy insurance {amount}",
    "sort code {sortcode} which bank",
    "{fakephone} scam or fake",
    "{badiban} invalid iban why",
)

REVIEW: tuple[str, ...] = (
    "{stars} {inst} were brilliant with our daughter. {opener}.",
    "{stars} The dispensary lost {rxno} twice. {opener}.",
    "{stars} {saint} primary: kind teachers, chaotic car park at {clock}.",
    "{stars} Good care for my father's {eponym}, but parking is {amount} a day.",
    "{stars} The vets treated {pet} like royalty, bill was steep though.",
    "{stars} Wedding venue let us have {hymn} played by a string trio. {opener}.",
    "{stars} Dating app keeps showing the same {count} profiles, all with {brand} in the bio.",
    "{stars} Funeral home placed the urn in {plot} without telling us first.",
    "{stars} Tutor dragged our lad through the catch-up before the {cand} exam. {opener}.",
    "{stars} Food bank volunteers are angels, {charity} deserves more support.",
    "{stars} Care home charges {amount} for a {room} upgrade with no window.",
    "{stars} Telehealth app crashed at {offset} into every call.",
    "{stars} Pharmacy app shows my card as {maskcard} and still says payment failed.",
    "{stars} Nursery lost our {appt} booking, {opener}.",
)

LOG: tuple[str, ...] = (
    '{clock} asr.segment {jobid} start={offset} {conf} text="um yes [inaudible] {word}"',
    '{clock} ocr.line {jobid} {bbox} text="{saint}"',
    "{clock} pharmacy.stock {drug} {lot} qty={count} {rxno}",
    "{clock} lab.result {mrn} {lab} flag=N",
    "{clock} mis.exam {cand} form={form} status=seated",
    "{clock} sms-gw test to={fakephone} status=SKIPPED {msgid}",
    "{clock} vet.chipscan {chip} species=canine name={pet}",
    '{clock} booking.create {appt} clinic="{inst}" slot={clock}',
    '{clock} funeral.plot reserve {plot} hymn="{hymn}"',
    "{clock} payments.mask card={maskcard} ssn={maskssn}",
    "{clock} validate iban={badiban} result=mod97_fail",
    "{clock} telehealth.qos {appt} jitter={count}ms {conf}",
    "{clock} donate.gift_aid {charity} amount={amount} {appt}",
    "{clock} mis.pupil {upn} sen_flag={eponym}",
)

JSON: tuple[str, ...] = (
    '{"nhs_number": "{nhs}", "dob": "{date}", "ward": "{room}"}',
    '{"prescription": "{rxno}", "drug": "{drug}", "dose": "{dose}", "batch": "{lot}"}',
    '{"segment": {"start": "{offset}", "confidence": "{conf}", "text": "uh {word}"}}',
    '{"ocr": {"box": "{bbox}", "text": "{inst}", "conf": "{conf}"}}',
    '{"pupil_ref": "{upn}", "exam": "{cand}", "form": "{form}"}',
    '{"animal": {"pet_name": "{pet}", "chip_no": "{chip}"}}',
    '{"plot": "{plot}", "reserved": true, "hymn": "{hymn}"}',
    '{"lab": "{lab}", "mrn": "{mrn}", "dx": "{eponym}"}',
    '{"payment": {"card": "{maskcard}", "sort_code": "{sortcode}"}}',
    '{"fixture": {"phone": "{fakephone}", "ssn": "{badssn}"}}',
    '{"iban_check": {"value": "{badiban}", "passes": false}}',
    '{"event": "{saint} fete", "date": "{date}", "volunteers": {count}}',
    '{"assessment": "{scale}", "score": {n}, "ref": "{appt}"}',
    '{"sms": {"id": "{msgid}", "sent": "{ts}", "body": "{opener}"}}',
)

MULTILINE: tuple[str, ...] = (
    "{ts} nana: {opener}\n{ts} grandad: {word}\n{ts} nana: {pet} says hi",
    "VOICEMAIL {jobid} ({conf})\num hi its the surgery\n[inaudible] your {scale} results are back\nno need to call",
    "Begin forwarded message:\n\nSubject: {saint} summer fete\n\n{opener}.\nStalls from {clock}.",
    "> {opener}\n>> {word}\n> see you at {saint}",
    "PRESCRIPTION ~ {rxno}\n{drug} {dose}\n{lot} | exp {dod}\n~ page 1/1",
    "LAB REPORT {mrn}\n{lab}\n{lab}\nReviewed: no action",
    "SERVICE SHEET\nEntrance: {hymn}\nReading: Psalm {n}\nCommittal: {plot}",
    "SCHOOL REPORT\n{form} {cand}\nAttendance {count}%\n{opener}.",
    "CERTIFICATE OF COMPLETION\n{scale} training\nIssued {date}\n{charity}",
    "RECEIPT ~ {brand}\nCard {maskcard}\nTotal {amount}\n| thank you |",
    "Test card {badcard}\nTest SSN {badssn}\nTest IBAN {badiban}\nDo not use in production",
    "Clinic contacts (demo)\nMain: {fakephone}\nOut of hours: {fakephone}\n{inst}",
    "VET RECORD\nName: {pet}\nChip: {chip}\nNext booster {dod}",
    "DONATION RECEIPT\n{charity}\nSort code {sortcode}\nAccount {maskiban}",
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
