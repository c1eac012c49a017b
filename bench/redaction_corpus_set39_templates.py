"""Set 39's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

The paperwork of regulated services: immigration and visa applications and sponsors, tax
returns and tax offices, benefits claims, pensions, courts, legal aid and solicitors, police
and incident reports, driving licences and vehicle keepers, hospitals, GPs, pharmacies and
labs, mortgages and KYC checks, notaries and the land registry, utilities' hardship schemes,
elections and jury service. Templates come in pairs (positions 2k and 2k+1) holding the same
entity types. About two thirds also carry look-alikes next to the real PII (case, claim and
application numbers, plates, VINs, MRNs, NHS-style numbers, prescriptions, tax ids, EINs and
ITINs, title and parcel numbers, a law, a famous case, a hospital, a drug, an eponym, an
agency or a street used as a landmark), which stay unlabelled. A case name of private parties
(``{last} v {last.2}``) is PII: each party is a person. Slots: persons {full} {given} {last}
{lf} (``Surname, Given``) {sg} (``SURNAME Given``) {init} (``J. Surname`` or ``J. R.
Surname``) {gi} (``Given S.``) {nick} and the non-gold {title}, with _lc/_uc for lower or
upper case and .2/.3 for a second or third person; {email} (the person's own), {cmail} (the
person at an employer's or firm's domain), {emailr} (a role address); {phone} {phone_us}
{phone_dots} {phone_bare} {phone_ext} {phone_intl}; {ssn} {ssn_dash} {ssn_sp} {ssn_bare}
{ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain} {ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card};
{iban}; addresses {addr} {addrml} {street} and the non-gold {city} {postcode} {country};
every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "hey {given_lc} did the visa people ever ring u back? mine just says {appno}, call me on {phone} when ur free",
    "{nick_lc} pls ring me on {phone_intl} about the solicitor's letter ({caseno}) before {time}, its urgent",
    "{given} the pension top-up has to go to {iban}, payee on it is {full_lc}, they reckon {weeks} to clear",
    "sent the court fee from mum's account {iban}, reference {full} — {amount} gone 😬",
    "im outside {street_lc} with the logbook, where r u {given_lc}? plate {plate} by the bins",
    "{given_lc} the surgery moved, new one is on {street_lc}, round the corner from {landmark}",
    "can u cc {full_lc} on the mortgage stuff, her work email is {cmail}",
    "{full} wants the jury summons copy sent to {email}, she's {poll}",
    "{nick} I typed my card {card} in for the passport fee twice?? {amount} each time",
    "omg {nick_lc} stuck his entire card number {card} into the council webchat, someone stop him",
    "{given}, the immigration lawyer wants ur SSN again for the affidavit thing, still {ssn}?",
    "{gi} just asked the benefits group if it's ok to read her SSN {ssn} out to a caller who says they're from {agency} 🚩",
    "{gi} the tax portal locked me out, says a login from {ip4} i never did, ticket {claimref}",
    "{nick} the surgery app says {ip6} opened my account at {time}, was that u?",
    "sympathy cards for {full_lc}'s kids → {addr}, inquest {date}",
    "{given} and {given.2} finally got the keys!! land registry post now goes to {addr}",
    "jury carpool {date}: {gi_lc} drives, {given.2} gets picked up at {time}, her mobile {phone_us}",
    "{given_lc} can u take {nick.2} for the blood test at {hospital}? {title.2} {last.2}'s number is {phone}",
)

TICKET: tuple[str, ...] = (
    "Payment details changed: claimant {lf} moved benefit payments to {iban} from {ip4}. Claim {claimref} paused.",
    "KYC alert: customer {full} added payee {iban}; session from {ip4} matched rule {build}. Hold placed.",
    "Chargeback: {init} sees one licence renewal taken twice from card {card}.",
    "Patient {full} disputes {amount} taken from card {card} for prescription {rx}.",
    "Returned post: jury summons for {full} at {addr} came back 'not known here'. Phone on file {phone}.",
    "Missed home visit: {full} waited at {addr} from {time}; asks for a call on {phone_intl}.",
    "Tax return of {gi}: an SSN ({ssn_dash}) sits in the notes box; mask it, then email {email}.",
    "Legal aid form: {full} put SSN {ssn} in the free-text box; ask at {email} for a clean copy.",
    "Account {taxref}: {full} reports sign-ins from {ip6} she never made; second factor to be re-enrolled.",
    "Portal lockout for {given}: says {ip6_v4} is the library PC, needs access before {date}.",
    "Housing complaint: tenant {full} has had damp since {date}; landlord {full_uc.2} won't answer {phone_ext}.",
    "Probate query {caseno}: executor {lf} says {given.2} still hasn't signed. Call back on {phone_us}.",
    "Keeper change: {gi} says vehicle {plate} went to {full.2}, now living at {addr}. VIN {vin}.",
    "Patient transport: driver {gi} dropped {full.2} at {addr} instead of {hospital}. Booking {claimref}.",
    "Delivery of prescription {rx} to {addr} failed; patient {full} not in.",
    "Process server could not serve {full} at {addr}: flat number missing.",
    "Duplicate registration: {full} signed up as {email} and again as {email}.",
    "Subject access request from {full}: send the records to {email}, not to {emailr}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} probate record {city}",
    "{lf} court list {date}",
    "who owns {street_lc} land registry {parcel}",
    "{street} {city} title register {titleno}",
    "{phone} says its {agency} scam?",
    "reverse lookup {phone_intl} tax office callback",
    "{email} jury summons {poll}",
    "{email} visa sponsor letter",
    "{sg} {iban} refund {claimref}",
    "{iban} {full_lc} pension transfer",
    "ssn {ssn_bare} tax transcript",
    "{ssn} lost card replacement {form}",
    "{ip4} e-filing portal blocked {caseno}",
    "{ip6} blocked by court e-filing",
    "card {card} declined passport fee",
    "{card} charged twice vehicle tax",
    "{given_lc} {last_lc} {hospital} discharge letter",
    "{full_lc} inmate lookup {city}",
)

REVIEW: tuple[str, ...] = (
    "{stars} {full} at the legal aid clinic got my {docket} adjourned, ring her on {phone} if you're stuck",
    "{stars} Notary {init} had all six pages sealed before my parking ran out, office line {phone_us}",
    "{stars} Dr {last} at {hospital} actually listened. Book through {email}",
    "{stars} pharmacist {given} sorted my {drug} repeat in a day, replies from {email} come quick",
    "{stars} Avoid! The so-called tax adviser {full_uc} wanted my SSN {ssn} by text, then vanished",
    "{stars} mortgage broker {gi} asked for my social ({ssn}) before even quoting. Walked out",
    "{stars} The GP surgery on {street} is chaos, {given} on reception is the only one who helps",
    "{stars} driving test centre at {addr}, examiner {given} was fair and calm",
    "{stars} Paid immigration consultant {full} {amount} on card {card}, no refund since {date}",
    "{stars} {nick} at the visa centre put a 'premium lounge' fee on my card {card} that I never wanted",
    "{stars} {full} at the pension helpline got my lump sum into {iban} in {weeks}",
    "{stars} the bailiff firm gave {iban} for payment, account name {full}, fees went up twice",
    "{stars} court e-filing kept logging me out; support ({given}) said my IP {ip4} was blacklisted",
    "{stars} {gi} from council IT told me to whitelist {ip6}?? radio silence since",
    "{stars} {init} at the land registry found the missing {titleno}, and {given.2} rang back as promised",
    "{stars} Thanks to {full} and {given.2} at the advice centre, my {form} finally went through",
    "{stars} porter {nick_lc} wheeled my dad round half of {hospital}, star of the show",
    "{stars} jury service was fine, usher {given_lc} kept us sane through {caseno}",
)

LOG: tuple[str, ...] = (
    '{isots} INFO kyc.check applicant="{full}" phone={phone_bare} status={status} score={pct}',
    "{isots} WARN benefits.sms to={phone_bare} claimant_name={given_lc} template=reminder_{n} claim={claimref}",
    "{clock} efile.auth user={email} ip={ip4} result=fail attempts={n}",
    '{isots} portal.login email={email} src={ip6} ua="Mozilla/5.0" status={status}',
    '{isots} payroll.export name="{lf}" ssn={ssn_bare} employer_ein={ein} form=W-2',
    '{isots} tax.intake taxpayer="{full}" ssn={ssn_dash} spouse_itin={itin} form={form}',
    '{isots} geocode holder="{full}" line1="{street}" city={city} postcode={postcode} ms={ms}',
    '{isots} courier.dispatch recipient="{full}" address="{addr}" rx={rx}',
    '{isots} payments.refund holder="{full}" card="{card}" amount="{amount}" ref={claimref}',
    "{clock} pharmacy.pos patient={gi} card={card} rx={rx} status={status}",
    '{isots} treasury.payout payee="{full}" iban={iban} scheme={policy}',
    '{isots} mortgage.disburse borrower="{lf}" iban="{iban}" loan={loan}',
    '{isots} court.listing party_a="{full}" party_b="{full.2}" case={caseno} room="{courtroom}"',
    '{isots} jury.pool juror="{full}" reserve="{full.2}" {poll}',
    "{clock} records-db audit actor={email} exported {n} rows from {ip4} port {port}",
    "{clock} vpn session user={email} from [{ip6}]:{port} closed after {ms}s",
    '{isots} gp.callback patient="{lf}" number="{phone_intl}" nhs="{nhs}"',
    '{isots} police.report reporter="{full}" contact="{phone}" incident={caseno}',
)

JSON: tuple[str, ...] = (
    '{"applicant": {"name": "{full}", "passport_no": "{passport}", "phone": "{phone}"}, "visa_stage": "{status}"}',
    '{"sponsor": "{full}", "sponsor_phone": "{phone_intl}", "application": "{appno}"}',
    '{"patient": {"given": "{given}", "family": "{last}"}, "mrn": "{mrn}", "email": "{email}"}',
    '{"next_of_kin": "{full}", "kin_email": "{email}", "relationship": "daughter", "ward": "{ward}"}',
    '{"taxpayer": "{lf}", "ssn": "{ssn_bare}", "employer_ein": "{ein}", "tax_year": "2025-26"}',
    '{"claimant": {"name": "{full}", "ssn": "{ssn}"}, "claim": "{claimref}"}',
    '{"elector": "{full}", "register_entry": {"house_street": "{street}", "town": "{city}", "pcode": "{postcode}"}, "district": "{poll}"}',
    '{"keeper": "{full}", "registered_address": "{addr}", "plate": "{plate}", "vin": "{vin}"}',
    '{"payer": "{gi}", "payment_card": "{card}", "fee_due": "{amount}", "licence": "{licence}"}',
    '{"cardholder": "{full_uc}", "pan": "{card}", "purpose": "court fee", "case": "{caseno}"}',
    '{"beneficiary": "{full}", "iban": "{iban}", "pension_ref": "{policy}"}',
    '{"borrower": "{lf}", "repayment_iban": "{iban}", "title": "{titleno}"}',
    '{"evt": "portal_signin", "login_email": "{email}", "from_addr_ip": "{ip}", "at": "{isots}"}',
    '{"audit": {"actor_email": "{email}", "source_ip": "{ip6}"}, "record": "{mrn}"}',
    '{"witnesses": ["{lf}", "{lf.2}", "{nick.3}"], "incident": "{caseno}"}',
    '{"parties": ["{full}", "{full.2}"], "case": "{caseno}", "court": "{courtroom}"}',
    '{"deceased": "{full}", "executor": "{full.2}", "executor_phone": "{phone_us}", "grant": "{caseno}"}',
    '{"donor": "{sg}", "attorney": "{full.2}", "attorney_phone": "{phone}", "lpa_ref": "{policy}"}',
)

MULTILINE: tuple[str, ...] = (
    "To the Entry Clearance Officer,\n\nI, {full}, of\n{addrml}\nconfirm that I will sponsor {full.2} ({appno}).\nMy phone: {phone}\n\nSigned, {given}",
    "RE: {caseno}\nClient: {lf}\nAddress:\n{addrml}\nTel: {phone_intl}\nFee earner: {init.2}",
    "IN THE COUNTY COURT AT {city_uc}\nClaim No. {caseno}\n{last_uc} v {last_uc.2}\nClaimant's address for service:\n{addrml}",
    "Notice of hearing\n\n{last} v {last.2} ({docket})\nRespondent: {full.2}\nServe at:\n{addrml}\nListed {date}, {time}, {courtroom}",
    "Dear Dr {last},\n\nRe: {full.2}, DOB {dob}, NHS {nhs}\n{addrml}\n\nPlease see this patient, query {eponym}.\n\nBest,\n{given.3}",
    "Discharge summary\nPatient: {lf}\n{mrn}\nHome address:\n{addrml}\nFollow-up: {title.2} {last.2}, {hospital}\nMeds: {drug} {drugdose}",
    "Form W-2 (2025)\nEmployee: {full}\nSSN: {ssn_dash}\nEmployer EIN: {ein}\nWages: {amount}",
    "SSN / ITIN check\nName: {sg}\nSSN {ssn_sp}\nSpouse ITIN {itin}\nPrepared {date}",
    "Court fee receipt\nPayer: {full}\nCard: {card}\nAmount: {amount}\nCase: {caseno}",
    "Pharmacy receipt\n{drug} x{n}\nPaid by {gi}\n{card}\nRx {rx}",
    "Refund of overpaid council tax\nPayee: {lf}\n{iban}\nAccount {meter}\n— {given.2}, revenues team",
    "Where to pay the pension\nAccount holder: {full}\nIBAN: {iban}\nScheme ref: {policy}\n\nThanks,\n{given}",
    "From: {full} <{email}>\nSubject: my benefits journal\n\nHi {given.2},\nI can't get in since {date}; the portal shows {ip4}.\n\n{given}",
    "Hi {given},\n\nThe e-filing system blocked {ip6} after your uploads on {date}.\nReply to {email.2} with the bundle.\n\n{gi.2}\nCourt service desk",
    "POLL CARD\nElector: {sg}\n{addrml}\nBring this card with you",
    "JURY SUMMONS\n{full_uc}\n{addrml}\n{poll}\nAttend {courtroom} on {date}",
    "Witness statement of {full}\nI live at {addr}. My phone is {phone}.\nOn {date} I saw {full.2} leave {landmark} at {time}.",
    "Incident report {caseno}\nReporting officer: {title} {last}\nVictim: {full.2}, tel {phone_us}\nAddress: {addr}\nVehicle {plate}",
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
