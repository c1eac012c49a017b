"""Set 37's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

The traffic of workplaces and institutions: HR and payroll (onboarding, leave, payslips,
timesheets, W-4 and I-9 forms), CRM and sales (leads, deals, call notes), B2B support desks,
developer tools (git commits with ``Author:``/``Signed-off-by:``/``Co-authored-by:``, CI and
error-tracker logs, code review, on-call pages), schools and universities (enrolment, grades,
parents), public services (permits, council tax, parking fines, benefits), insurers (claims,
policies), utilities (meters, service addresses), charities and events (donations, tickets,
volunteers), recruiting (candidates, interviews, references) and property management.
Templates come in pairs (positions 2k and 2k+1) holding the same entity types. About two
thirds also carry look-alikes next to the real PII (ticket keys, ids, codes, amounts, a
library, law, prize, building or firm named after someone), which stay unlabelled. Slots:
persons {full} {given} {last} {lf} (``Surname, Given``) {sg} (``SURNAME Given``) {init}
(``J. Surname`` or ``J. R. Surname``) {gi} (``Given S.``) {nick} and the non-gold {title},
with _lc/_uc for lower or upper case and .2/.3 for a second or third person; {email} (the
person's own), {wmail} (the person's work address), {emailr} (a role address); {phone}
{phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl}; {ssn} {ssn_dash} {ssn_sp}
{ssn_bare}; {ip4} {ip6} {ip6_full} {ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card}; {iban};
addresses {addr} {addrml} {street} and the non-gold {city} {postcode} {country}; every other
slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "hey {given_lc}, payroll says the IBAN you sent ({iban}) bounced in {payroll} 😬 can you recheck?",
    "{nick} quick one: finance wants the account for your expenses, still {iban}? ref {invoice}",
    "@{handle} pls loop {full} ({wmail}) into {tkey}, she owns the SSO rollout",
    "cc {full} <{wmail}> re {tkey}: client locked out since the {soft} upgrade",
    "on-call swap: {gi} → {gi.2}, alert from {ip4} on the payroll box keeps flapping",
    "{gi} woke me at 3am, {ip6} was hammering /login, blocked it for an hour",
    "new starter {full_lc} joins monday, desk {room}, welcome pack goes to {addr_lc}",
    "can someone courier a laptop to {full_lc}? she's remote, home is {addr}",
    "mum of {given} from {course} rang, asks that someone ring back on {phone_us} before {time}",
    "{given_lc}'s dad phoned the front office, mobile {phone_intl}, about the trip slip",
    "heads up {nick_lc}: donor {full} asked us to resend the receipt for card {card}",
    "{given}, the permit fee cleared on {card} and {permit} is approved 🎉",
    "{given_lc} HR needs your SSN for the W-4, I have {ssn_dash} on file, right? (pls don't paste it here again)",
    "{full} just DM'd me her SSN {ssn} for the I-9... moving it to the vault and deleting",
    "{opener}. {given} at {firm} says deal {lead} closes {date}, her cell is {phone_dots}",
    "{opener} — {full} from {firm} wants a demo, direct line {phone_ext}",
    "tenant {full} in {room} reports the leak again, she's at {street_lc}. maintenance pls",
    "facilities: {given} meets the plumber at {street_lc} at {time}, keys are with {nick.2}",
)

TICKET: tuple[str, ...] = (
    "{tkey} | Payroll | {lf} ({empid}) changed bank details to {iban}; the change was made from {ip4}. Verify before {payroll}.",
    "People case: {lf} wants salary paid into {iban} from now on. Submitted from {ip6}. Cost centre {cc}.",
    "Leave request: {full} ({jobtitle}) away {date} to {date}; cover is {init.2}. Reachable on {phone}",
    "Timesheet dispute: {full} logged {hours} on {date}, approver {init.2} rejected it. Mobile {phone_intl}.",
    "Claim {claim} | Policyholder: {full} | Loss at: {addr} | Adjuster: {init.2}",
    "Burst pipe FNOL: claimant {lf}, property {addr}, policy {policy}. Assigned to {init.2}.",
    "SSO lockout on {wmail}: five bad attempts from {ip6_upper} in a minute. {full} says it was not her.",
    "Offboarding gap: {full} kept admin rights in the HR system; last sign-in from {ip4} as {wmail}.",
    "Enrolment form stuck: guardian {full} cannot finish it for {full.2} ({stuid}); reply to {email}.",
    "Grade appeal, {course}: {full} ({stuid}) contests a {grade}; parent {full.2} copied at {email.2}.",
    "Council tax: {full} left {addr} on {date} without a forwarding address. {acct}.",
    "Parking fine {case} contested by {title} {last}, who says the car stood outside {addr}.",
    "Benefits enrolment missing the SSN of dependant {full}; the employee gave {ssn_sp} for herself.",
    "I-9 blocked: {full} entered SSN {ssn_dash} and E-Verify came back with a mismatch.",
    "Duplicate gift: {full} sees two debits on {card} for {donation}. Void one please.",
    "Event order {eventticket}: {full} says {card} paid {amount} but no e-ticket came.",
    "No access to meter at {addr_uc}; customer {sg} wants a call on {phone_us} to book a slot.",
    "Supply point moved: account holder {lf}, new service address {addr}, {meter}. Callback {phone_ext}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} payslip {date}",
    "{lf} timesheet {cc}",
    "who is {phone_us}",
    "{phone_intl} candidate {reqid}",
    "{email} expense report {invoice}",
    "{wmail} calendar",
    "{ip4} vpn logs",
    "{ip6} sso audit {tkey}",
    "council tax band {street_lc}",
    "parking permit {addr} {permit}",
    "{iban} {sg} payroll",
    "donation refund card {card}",
    "card {card} permit fee refund {permit}",
    "ssn {ssn} on file for {lf}",
    "{full_lc} {jobtitle}",
    "{iban} payee {init}",
    "{given_lc} {course} teacher",
    "{nick_lc} oncall {tkey}",
)

REVIEW: tuple[str, ...] = (
    "{stars} Manager {full} micromanages everything at {firm}. Pay lands on time though.",
    "Worked under {gi} for two years: fair, funny, fought for our raises. {stars}",
    "Professor {last} made {course} bearable and TA {given.2} answered emails at midnight.",
    "{title} {last} gave my essay a {grade} without one comment. Pick another section.",
    "Adjuster {full} came out to {addr} and settled fairly inside 48 hours, claim {claim}.",
    "The letting agent, {gi}, ignored our mould reports at {addr} for months.",
    "Recruiter {full} from {firm} rang my personal number {phone_us} on a Sunday. Unprofessional.",
    "Interview with {given} went well, she even texted from {phone_intl} to wish me luck",
    "Gas company billed {card} twice; agent {given} refunded one by Friday. {stars}",
    "Lovely gala, but they charged {card} for a seat I had cancelled ({eventticket}). Ask for {given}.",
    "HR emailed my SSN ({ssn_dash}) to our entire department by mistake. {full} apologised, nothing more.",
    "Onboarding portal showed SSN {ssn} unmasked. Told {given} in IT, fixed in {dur}.",
    "{full_uc} IN ACCOUNTS CUT MY CALL OFF TWICE. {stars}",
    "IT saw an odd sign-on from {ip6} and {nick} at the service desk unlocked me in minutes.",
    "Helpdesk agent {given} caught a session from {ip4} that wasn't me, {tkey} closed same day{emoji}",
    "Their payroll portal refused {iban} three times until {gi} fixed it over the phone.",
    "Contractor invoices go to {email} and get paid into {iban}, zero hassle. {given} rocks.",
    "Course coordinator {full} answers from {wmail} within hours. {course} was great.",
)

LOG: tuple[str, ...] = (
    '{isots} INFO payroll.bank_change employee="{full}" iban={iban} src_ip={ip4}',
    'audit {isots} actor={wmail} action=update_bank_details target="{lf}" new_iban={iban} ip={ip6}',
    "commit {sha}\nAuthor: {full} <{wmail}>\nDate:   {date}\n\n    fix {tkey}: retry the {soft} consumer on rebalance",
    "{sha} {tkey} bump {soft} to {semver}\n\nSigned-off-by: {full} <{email}>\nCo-authored-by: {full.2} <{wmail.2}>",
    "[{clock}] sshd[{n2}]: Accepted gssapi-with-mic for svc_build from {ip6_zone} port {port} ssh2",
    "{isots} WARN vpn.auth user={email} ip={ip4} result=mfa_timeout",
    "{isots} ERROR tracker: KeyError 'postcode' in {trace} user={wmail} ip={ip6_v4}",
    "ci: job {build} failed on {pod}; last committer {full} (@{handle}); runner ip {ip4}",
    '{isots} INFO hr.onboard employee_name="{full}" ssn={ssn_bare} start={date} manager="{init.2}"',
    '{isots} benefits.enrol subscriber="{sg}" ssn={ssn_dash} dependants={n} plan="{plan}"',
    '{isots} INFO payments.charge donor="{full}" card={card} amount="{amount}" campaign={donation}',
    'permits-svc {isots} fee.captured applicant="{lf}" pan={card} permit={permit}',
    '{isots} crm.call_logged owner={given} lead="{full.2}" phone={phone_bare} outcome=voicemail',
    'twilio-hook {isots} inbound from={phone_intl} matched_contact="{full}" deal={lead}',
    '{isots} WARN geocode.fail customer="{sg}" service_address="{addr}" {acct}',
    '{isots} claims.intake claimant="{full}" loss_location="{street}" policy={policy}',
    '{ip4} - {wmail} [05/Dec/2026:{clock} +0000] "POST /api/v1/timesheets HTTP/1.1" {status} {ms} reviewer={given}',
    '{isots} pager.ack incident={tkey} responder="{full}" phone={phone_us} after={dur}',
)

JSON: tuple[str, ...] = (
    '{"event":"employee.created","employee_name":"{full}","personal_email":"{email}","home_address":{"line1":"{street}","city":"{city}","postcode":"{postcode}"},"employee_id":"{empid}"}',
    '{"type":"candidate.applied","candidate":"{full}","email":"{email}","req":"{reqid}","address":"{addr}"}',
    '{"payslip":{"employee":"{lf}","period":"{payroll}","net_pay":"{amount}","iban":"{iban}"}}',
    '{"payout":{"account_owner":"{full}","iban":"{iban}","cost_centre":"{cc}"}}',
    '{"claim_id":"{claim}","claimant":"{full}","policyholder":"{full.2}","loss_address":"{addr}","adjuster_phone":"{phone}"}',
    '{"permit":"{permit}","applicant":{"name":"{full}","address":{"street":"{street}","city":"{city}","country":"{country}"}},"contact":"{phone_us}"}',
    '{"student":"{lf}","guardian":"{full.2}","guardian_phone":"{phone_intl}","course":"{course}"}',
    '{"guardian":{"name":"{sg}","mobile":"{phone_us}"},"student_id":"{stuid}"}',
    '{"event":"w4.submitted","employee":"{full}","ssn":"{ssn_dash}","filing_status":"single"}',
    '{"benefits":{"member":"{lf}","ssn":"{ssn_bare}","dependants":[{"name":"{given.2}"}]}}',
    '{"donation":{"donor":"{full}","card":"{card}","amount":"{amount}","gift_aid":true}}',
    '{"order":"{eventticket}","buyer":"{full}","card_number":"{card}","amount":"{amount}"}',
    '{"event":"sso.login","user":"{wmail}","ip":"{ip}","app":"intranet"}',
    '{"audit":{"actor":"{email}","source_ip":"{ip6_full}","action":"export_contacts"}}',
    '{"reviewer":"{given}","author":"{init.2}","comment":"LGTM once {tkey} lands","pr":{n2}}',
    '{"assignee":"{gi}","reporter":"{full.2}","key":"{tkey}","status":"In Progress"}',
    '{"volunteer":{"name":"{full}","phone":"{phone_ext}","shift":"{date}"},"coordinator":"{nick.2}"}',
    '{"work_order":"{invoice}","tenant":"{full_uc}","approver":"{init.2}","contact":"{phone_dots}"}',
)

MULTILINE: tuple[str, ...] = (
    "Hi {given},\n\nWelcome aboard! Your laptop ships to:\n{addrml}\n\nStart date {date}, badge {empid}.\n\n{full.2}\n{jobtitle}",
    "Dear {title} {last},\n\nWe are delighted to offer you the {jobtitle} role.\nKindly return the countersigned contract to {wmail.2}.\n\nKind regards,\n{full.2}\nTalent Team",
    "EMPLOYEE DETAILS\nSurname: {last_uc}\nForename(s): {given_uc}\nSSN: {ssn_dash}\nHome address:\n{addrml_uc}",
    "Form W-4 (2026)\n1(a) First name and middle initial: {given}\nLast name: {last}\n(b) SSN: {ssn}\nAddress: {addr}",
    'BEGIN:VEVENT\nSUMMARY:Interview: {full} for {reqid}\nORGANIZER;CN="{full.2}":mailto:{wmail.2}\nLOCATION:{bldg}\nEND:VEVENT',
    "Subject: parents' evening\nFrom: \"{full}\" <{email}>\n\nHi {title} {last.2}, could we move {given.3}'s slot to {time}? My mobile is {phone_intl}.\n\nThanks",
    'employee_id,name,iban,net\n{empid},"{lf}",{iban},{amount}\n{empid},"{lf.2}",{iban},{amount}',
    "Payslip — {payroll}\nEmployee: {full_uc}\nGross: {amount}\nPaid to: {iban}\nTax code 1257L",
    "RECEIPT\nDonor: {full}\nCard: {card}\nGift: {amount} ({donation})\nThank you for supporting {bldg}!",
    "Penalty Charge Notice {case}\nRegistered keeper: {full_uc}\n{addrml_uc}\nPaid by card {card} on {date}",
    "-- \n{full}\n{jobtitle} | {firm}\nDirect: {phone_ext}\nMobile: {phone_intl}",
    "{full}\nAccount Manager, Northwind\nT {phone_us} · {wmail}",
    "Sign-in alert\nAccount: {wmail}\nIP: {ip}\nLocation: {city}\nNot you? Write to {emailr}.\n\n{given}, {jobtitle}",
    "VPN session report\nuser: {full_lc}\nassigned ip: {ip4}\npublic ip: {ip6}\nduration: {dur}",
    "name,email,phone,role\n{full},{email},{phone},volunteer\n{full.2},{email.2},{phone},team lead",
    "Meter access letter\n\n{full}\n{addrml}\n\nPlease ring {phone_us} to book access.",
    "Reference request\n\nCandidate: {full}\nReferee: {init.2} ({firm})\nReferee e-mail: {email.2}\nCandidate SSN (background check): {ssn_sp}",
    "On-call page\nIncident {tkey}\nPrimary: {full} {phone_intl}\nSecondary: {init.2}\nHost: {ip6_upper}",
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
