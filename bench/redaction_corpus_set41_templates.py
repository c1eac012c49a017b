"""Set 41's templates with PII, 14 per register (even positions: tuning half, odd: held-out).

People's own lives and text relayed by machines and other people: family and school WhatsApp,
SMS and dating chat, voicemail as chat, school office, clinic, pharmacy, funeral-home and
charity tickets and call transcripts, people and service searches, reviews of schools, tutors,
doctors, dentists, vets, care homes, venues, funeral homes, dating apps and charities, logs of
telehealth, school MIS, pharmacy, ASR, OCR and SMS systems, JSON records of patients,
appointments, pupils, transcripts, OCR results and dating profiles, and multi-line forwarded
and quoted e-mails, OCR'd letters and forms, obituaries, invitations, prescriptions, reports,
certificates and SMS exports. Templates come in pairs (positions 2k and 2k+1) holding the same
entity types; most also carry look-alikes next to the real PII (NHS numbers, prescription and
lot numbers, doses, lab values, booking refs, candidate and pupil numbers, rooms and wards,
grave plots, dates, SMS stamps, ASR confidences, OCR coordinates, masked and fiction-range
values, saints, hospitals and wards, eponymous diseases, clinical scales, pets, hymns, brands,
capitalised openers), which stay unlabelled. Slots: persons {full} {given} {last} {lf}
(``Surname, Given``) {sg} (``SURNAME Given``) {init} {gi} (``Given S.``) {nick}, with _lc/_uc
and .2/.3; {title} (outside the span); {email} {cmail} {emailr}; {phone} {phone_us}
{phone_dots} {phone_bare} {phone_ext} {phone_intl} {phone_e164} {phone_asr} (read out digit by
digit); {ssn} {ssn_dash} {ssn_sp} {ssn_bare} {ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain}
{ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {addrq}
(quoted over lines, the markers inside) {street}; every other slot is a look-alike or
plain filler.
"""

# ruff: noqa: E501, RUF001
from __future__ import annotations

CHAT: tuple[str, ...] = (
    # person + phone
    "{ts} {gi}: nana's carer is {given.2}, her mobile is {phone_intl} if the {inst} discharge gets moved again",
    "hiya {nick_lc} its {given_lc} from the pta, can u text me on {phone} re the cake stall? {pet} is staying in ha",
    # person + email
    "{given_lc} did {title} {last.2} send the sen plan to {email} or the old one? {upn} on the top",
    "[translated from {lang}] Good evening, I am the mother of {full}. Please write to {email}, my English is not good. {sid}",
    # person + street
    "omg {given_lc} the wake is back at {full_lc.2}'s house, {street_lc}, after {saint} at {clock}",
    "matched w {full_lc} on the app lol, she wants to meet up at hers?? {street} - bit soon no",
    # person + ssn
    "{given_lc} the funeral director needs grandad's ssn for the death cert, it's {ssn} right? dob {dob}",
    "uni aid form wants mum's social {ssn_sp} and {full_lc}'s too, does anyone know where the tax stuff is",
    # person + card
    "pls dont put ur card in the class whatsapp {nick_lc}!! {full_lc} just posted {card} for the trip money",
    "{given} voicemail: hi its {given_lc.2} calling from the pharmacy, um, the card ending, sorry, the card {card} bounced for {drug} {dose}",
    # person + iban
    "{given_lc} wedding gift pot acct is {iban} under {full.2}, not the {maskiban} one",
    "auntie says send the funeral collection to {iban} ({full_uc}) before {dod}",
    # person + ip
    "{given_lc} the telehealth link says ur joining from {ip4}?? {title} {last.2} is waiting in room {n}",
    "{gi} someone logged into the parish site from {ip6} at {clock}, was it u? {opener}",
)

TICKET: tuple[str, ...] = (
    "CALL TRANSCRIPT {jobid} | AGENT: you're through to the surgery, um, who am I speaking to | CALLER: {full_lc} uh my number is {phone_asr} | {conf}",
    "School office: {title} {full} left a message, ring back on {phone_ext} about {full.2} ({form}), not before {clock}.",
    "Pharmacy helpdesk: {init} says the repeat for {drug} {dose} never reached {email}. {rxno}, {nhs} on file; reply from {emailr}.",
    "Care home enquiry: {lf} wants the fees breakdown and the {scale} report for her father sent to {email}; cc {emailr}.",
    "Funeral home ticket {appt}: {full} wants the service sheet proof posted to {addr}. {plot} confirmed.",
    "Admissions: pupil {sg.2} ({upn}) has moved; parent {full} now lives at {addr}.",
    "Death registration: {sg}, d. {dod}. Informant {full.2} gave SSN {ssn} and asked for three certified copies.",
    "Hospice billing: {init} ({eponym}) is on Medicare; SSN {ssn_dash} confirmed by her son {given.2} on the phone.",
    "Chargeback on the dating app subscription: {full_uc} says card {card} was billed {amount} twice; {maskcard} is not hers.",
    "Charity donation line: {title} {last} read out card {card} for a {amount} gift; {opener}.",
    "Care fees refund for {full}: please pay back to IBAN {iban} (account holder {lf.2}).",
    "Nursery fees from abroad: {full} will wire the fees from {iban}; sort code {sortcode} was the old UK account.",
    "Telehealth no-show {appt}: {title} {last} says she was in the waiting room from {ip4}; the platform shows {ip6} instead.",
    "Exam board portal: candidate {full.2} ({cand}) was signed in from {ip4} during the paper; the centre says {ip}.",
)

SEARCH: tuple[str, ...] = (
    "{title} {full} dentist {city} phone {phone}",
    "who rang from {phone_us} {init} {inst}",
    "{full_lc} {email}",
    "{email} wedding rsvp {lf} {date}",
    "{title_lc} {last_lc} vet near {street_lc}",
    "{full} obituary {street} {city} {saint}",
    "{full_lc} ssn {ssn_bare} funeral {plot}",
    "{sg} {ssn} medicaid care home",
    "card {card} declined pharmacy {full_lc} {rxno}",
    "{card} {init} school trip refund",
    "iban {iban} {lf} donation {charity}",
    "{iban} {full_uc} wedding gift",
    "{ip4} {full} dating profile hacked",
    "{ip6} telehealth {full_lc} blocked {appt}",
)

REVIEW: tuple[str, ...] = (
    "{stars} {title} {last} at the practice is lovely but reception gave my mobile {phone} to another patient. Ask for {given.2} instead.",
    "{stars} Tutor {init} rang my son on {phone_intl} at 11pm about a {cand} resit. Unprofessional, {opener}.",
    "{stars} Nobody at the care home answered {cmail} or {emailr}; only {full} on nights was kind to mum. {eponym} unit understaffed.",
    "{stars} Wedding venue emailed my RSVP list to {email} by mistake; {gi.2} in sales ({cmail.2}) fixed it. Food lovely, {brand} favours a nice touch.",
    "{stars} Lovely funeral home, {full} even drove the service sheets to {addr} herself. {hymn} was perfect.",
    "{stars} Vet sent {pet}'s records to the wrong house ({addr}) and addressed it to {full}. Otherwise kind staff.",
    "{stars} The tutoring agency asked {full} for her SSN {ssn} on a WhatsApp form, next to the {upn} box. Run.",
    "{stars} Dating app match {given} kept pushing to get my social ({ssn_dash}) to 'verify' me. Reported, app did nothing.",
    "{stars} Charity shop took my card {card} by phone and {full} then charged it twice. {charity}.",
    "{stars} Pharmacy delivery driver {gi} read my card digits {card} aloud in the queue.",
    "{stars} Paid the school fees to IBAN {iban} as the bursar {init} told me, money vanished. {opener}.",
    "{stars} Care home gave out its IBAN {iban} by email and {full} chased us for {amount} late fees for {room}.",
    "{stars} The app banned me for logging in from {ip4}, support rep {gi} said it was a shared IP. {brand} ads everywhere.",
    "{stars} Telehealth GP {title} {last} froze every 30s; their page said my {ip6} was blocked.",
)

LOG: tuple[str, ...] = (
    '{clock} sms-gw deliver to={phone_e164} patient="{lf}" status=DELIVERED {msgid} {nhs}',
    '{clock} voicemail.asr {jobid} caller="{full_lc}" callback={phone_asr} {conf}',
    "{clock} mis.parent_contact update pupil={full.3} {upn} email={email} by={cmail.2}",
    '{clock} pharmacy.notify {rxno} to={email} name="{full}" item={drug} {dose} pharmacist={cmail.2}',
    '{clock} ocr.extract {jobid} field=address value="{addr}" holder={full} {bbox}',
    '{clock} carehome.resident admit name={lf} prev_address="{addr}" {room}',
    "{clock} funeral.crm decedent={full} ssn={ssn} {plot}",
    "{clock} hospital.billing patient={lf} ssn={ssn_dash} {mrn} {eponym}",
    "{clock} donate.payment donor={full} card={card} amount={amount} {charity}",
    "{clock} dental.pos patient={full} card={card} {maskcard} retry",
    "{clock} fees.sepa debtor={lf} iban={iban} {appt}",
    "{clock} wedding.registry transfer from={full} iban={iban} ref={appt}",
    "{clock} telehealth.join patient={full} ip={ip4} room={room} {appt}",
    '{clock} dating.auth user_name="{full}" ip={ip6} {conf}',
)

JSON: tuple[str, ...] = (
    '{"patient": {"name": "{full}", "nhs_number": "{nhs}", "mobile_no": "{phone_intl}"}, "appointment": "{appt}"}',
    '{"pupil": "{lf}", "contacts": [{"name": "{full.2}", "phone": "{phone}"}], "upn": "{upn}"}',
    '{"profile": {"display_name": "{gi}", "email": "{email}", "pet": "{pet}"}}',
    '{"record": {"member": "{full}", "contact_email": "{email}", "parish": "{saint}"}}',
    '{"ocr": {"page": 1, "fields": {"name": "{sg}", "street_line": "{street}"}, "box": "{bbox}"}}',
    '{"resident": {"forename": "{given}", "surname_txt": "{last}", "address_line1": "{street}"}, "unit": "{inst}"}',
    '{"decedent": {"name": "{full}", "ssn": "{ssn}", "date_of_death": "{dod}"}}',
    '{"claimant": "{lf}", "ssn": "{ssn_bare}", "program": "survivor benefits", "ref": "{appt}"}',
    '{"payment": {"payer": "{full}", "pan_full": "{card}", "masked": "{maskcard}"}}',
    '{"donation": {"donor_name": "{full}", "pan": "{card}", "gift_aid": true}}',
    '{"mandate": {"debtor": "{lf}", "iban": "{iban}", "sort_code": "{sortcode}"}}',
    '{"refund": {"account_holder": "{sg}", "iban": "{iban}", "refund_reason": "{eponym} cancellation"}}',
    '{"asr": {"speaker": "CALLER", "text": "this is {full_lc} calling", "client_ip": "{ip4}", "confidence": "{conf}"}}',
    '{"session": {"clinician": "{title} {full}", "patient_ip": "{ip6}", "room": "{room}"}}',
)

MULTILINE: tuple[str, ...] = (
    "{ts} {given}: landed, can you pick me up?\n{ts} {given.2}: yes call me on {phone} when youre out\n{ts} {given}: {opener}",
    "VOICEMAIL {jobid} ({conf})\nhi um this is {full_lc} from the uh school office\nplease ring back on {phone_asr}\nthanks bye",
    "Begin forwarded message:\n\nFrom: {full} <{email}>\nSubject: photos from the christening\n\n{opener}. Sending the rest to {given.2} too.",
    "On {date}, {full} <{email}> wrote:\n> Dear all, the reunion is at {saint} hall.\n> Bring {brand} if you can.\n> {given}",
    "IN TREASURED MEMORY OF\n{full_uc}\n{dob} – {dod}\nFuneral at {saint}, then back to\n{addrml}\n{hymn} will be sung.\nDonations in lieu of flowers: {emailr}",
    "On {date}, {full} <{email}> wrote:\n> new address for the invitations:\n> {addrq}\n> love, {given}",
    "Form SS-5 (scanned) ~ page 1 |\nName: {sg}\nSSN: {ssn_dash}\nFather: {full.2}\nApplicant signa-\nture on file {bbox} ~\n| SSA use only |",
    "> > forwarded by {given}\n>> hi {given_lc.2}, the funeral home needs dads social\n>> it's {ssn}\n>> xx",
    "PRESCRIPTION ~ {rxno}\nPatient: {lf}\n{drug} {dose} as direc-\nted, do not exceed the stated dose\nPaid by card {card}\n| Dispensed by {init.2} |\n~~ Page 1 of 1 ~~",
    "{ts} {given}: can someone pay the florist\n{ts} {given.2}: done, card {card}, dont tell {nick}\n{ts} {given}: {opener}",
    "Dear {title} {last},\nThe food bank is grateful for your gift.\nWe received {amount} from {iban}.\nYours, {full.2}\n{charity}",
    "INVITATION\n{full} & {full.2}\nwould love you to join them\nGifts: {iban} ({lf})\n{date}, {saint}",
    "SCHOOL REPORT {form}\nPupil: {full}\nRemote login from {ip4} flagged on {dod}\nForm tutor: {title} {last.2}\nQueries: {emailr}",
    "-----Original Message-----\nFrom: {emailr}\nTo: {init}\nYour telehealth visit was joined from {ip6}.\n{appt}",
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
