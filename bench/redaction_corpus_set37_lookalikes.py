# ruff: noqa: E501
"""Set 37's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Those of workplaces and institutions first (``..._values.py``): employee and student ids,
payroll runs and cost centres, ticket keys, commit hashes, build numbers, semantic versions,
stack-trace lines, ports, pods, UUIDs, cron expressions, durations, policy, claim, permit,
case, meter and account numbers, course codes, grades and rooms, invoices and purchase
orders, EINs, leads, gifts, event orders and job requisitions, dates, times, amounts,
never-issued SSNs, Luhn-failing cards and IBANs failing mod 97; then name-like ones
(``..._lookalike_pools.py``): software named after people or words, laws, theorems, charts
and prizes, universities, schools, hospitals and halls, companies that are surnames, job
titles and departments, ordinary lower-case words and capitalised openers that are also
names, and chat handles.
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{opener}, {tkey} is back in the queue",
    "build {build} red again: {trace}",
    "who signed off PO {po}? {amount} for {soft} licences",
    "daily sync now at {time} in {room}",
    "{soft} {semver} broke the {pod} deploy lol",
    "payroll cutoff is {date}, {payroll} locks after that",
    "offsite goes on {cc} or {cc}? finance won't say",
    "the {law} training is due {date} 😩",
    "{opener}! the {firm} renewal is signed",
    "my {course} mark says {grade}, still not on the portal",
    "meter shows {meter} but the estimate said half",
    "cron {cron} fired twice overnight",
    "{word}, the {sci} slide is wrong",
    "claim {claim} still pending after {hours}",
    "ticket {eventticket}, is the venue {bldg}?",
    "{handle} pushed {sha} straight to main 😬",
    "donations hit {amount} today, {pct} over target",
    "who has the key for {room}? locked out since {time}",
)

TICKET: tuple[str, ...] = (
    "{tkey}: {soft} job failing with {trace} since {semver}",
    "Invoice {invoice} on hold: PO {po} disagrees with {amount}",
    "Claim {claim} under {policy}: waiting on photos",
    "Permit {permit} renewal: fee {amount} received",
    "Meter {meter} reading disputed; {acct}",
    "Payroll {payroll} delayed {dur}; cost centre {cc}",
    "{course} capacity raised, waitlist of {n2}",
    "Pod {pod} restarts every {dur} (OOMKilled)",
    "Parking {case} cancelled, signage unclear",
    "Vendor EIN {ein} on the W-9 differs from the invoice",
    "{law} attestation overdue for {n2} staff",
    "{opener}. Event order {eventticket} reissued",
    "Badge printer in {room} jams after {n2} cards",
    "Cron {cron} for the {soft} export skipped",
    "Pledge {donation} switched to monthly at {amount}",
    "Lead {lead} duplicated by the CRM import",
    "Grade change for {course}: {grade} to {grade} approved",
    "Req {reqid} paused, budget {amount}",
)

SEARCH: tuple[str, ...] = (
    "{soft} {semver} changelog",
    "{law} training",
    "{sci} explained",
    "{bldg} campus map",
    "{firm} benefits portal",
    "{jobtitle} salary band",
    "{tkey}",
    "{course} syllabus",
    "permit {permit} status",
    "claim {claim}",
    "invoice {invoice}",
    "meter {meter} reading",
    "cron {cron} meaning",
    "ein {ein} lookup",
    "{word}",
    "{opener}",
    "{pod} logs",
    "room {room} booking",
)

REVIEW: tuple[str, ...] = (
    "{stars} Onboarding took {hours} and the {soft} setup was smooth.",
    "{course} was tough, ended with {grade}. Worth it.",
    "Claims on {policy} paid out in {hours}, painless.",
    "{firm} pays well but the {law} paperwork never ends.",
    "Permit came through in {hours}, fee {amount}.",
    "The {bldg} tour was the best part of the open day.",
    "Support fixed {tkey} before my coffee cooled.",
    "{opener}. Best utility I've had, bill {invoice} spot on.",
    "Gala tickets ({eventticket}) sold out, venue was freezing.",
    "Annual review used a {sci} and nobody understood it.",
    "Interview loop: {n} rounds, then silence on {reqid}.",
    "Parking fine {case} cancelled on appeal, quick reply.",
    "Meter estimates ({meter}) way off every quarter.",
    "Good culture, but the {jobtitle} role is overloaded.",
    "{word}: sums up the help desk.",
    "Food bank raised {amount}, {pct} more than last year.",
    "CI builds take {dur}, the {soft} cache helps.",
    "{stars} Heating in {room} never works.",
)

LOG: tuple[str, ...] = (
    "{isots} INFO ci build={build} status=passed duration={dur} commit={sha}",
    "{isots} ERROR {pod} {trace}",
    "[{clock}] cron {cron} job=payroll_export run={payroll}",
    "{isots} claims.update claim={claim} policy={policy} state=approved",
    "{isots} meter.ingest {meter} {acct} delta={n2}",
    "k8s: pod {pod} OOMKilled, restarts={n}",
    '{isots} WARN billing invoice={invoice} po={po} mismatch amount="{amount}"',
    '{isots} permits.issue {permit} fee="{amount}"',
    "deploy {soft} {semver} sha={sha} env=prod",
    '{isots} sis.grade course="{course}" grade={grade}',
    "{isots} ssn.check result=invalid sample={badssn}",
    "{isots} card.validate luhn=false value={badcard}",
    "{isots} iban.validate mod97=false value={badiban}",
    "{isots} crm.lead_created {lead} source=webinar",
    "listener on port {port} up after {dur}",
    "{isots} vendor.sync ein={ein} status={status}",
    "{isots} room.booking {room} by=user:{handle}",
    '{isots} INFO gifts {donation} total="{amount}" uplift={pct}',
)

JSON: tuple[str, ...] = (
    '{"build":"{build}","sha":"{sha}","version":"{semver}","duration":"{dur}"}',
    '{"claim":"{claim}","policy":"{policy}","status":"review"}',
    '{"invoice":"{invoice}","po":"{po}","amount":"{amount}"}',
    '{"pod":"{pod}","restarts":{n},"port":{port}}',
    '{"schedule":"{cron}","job":"timesheet_reminder"}',
    '{"course":"{course}","grade":"{grade}","room":"{room}"}',
    '{"permit":"{permit}","fee":"{amount}","issued":"{date}"}',
    '{"meter":"{meter}","account":"{acct}","reading_at":"{isots}"}',
    '{"ticket":"{tkey}","component":"{soft}","priority":"P{n}"}',
    '{"vendor":"{firm}","ein":"{ein}"}',
    '{"training":"{law}","due":"{date}","completed":"{pct}"}',
    '{"cost_centre":"{cc}","payroll_run":"{payroll}","employee_id":"{empid}"}',
    '{"student_id":"{stuid}","course":"{course}","building":"{bldg}"}',
    '{"trace":"{trace}","request_id":"{uuid}"}',
    '{"lead":"{lead}","stage":"proposal","value":"{amount}"}',
    '{"donation":"{donation}","note":"{word}"}',
    '{"role":"{jobtitle}","req":"{reqid}","band":"{grade}"}',
    '{"report":"{sci}","banner":"{opener}"}',
)

MULTILINE: tuple[str, ...] = (
    "Build {build} failed\nCommit {sha}\n{trace}\nDuration {dur}",
    "INVOICE {invoice}\nPO {po}\nTotal {amount}\nDue {date}",
    "Claim {claim}\nPolicy {policy}\nStatus: awaiting assessor",
    "Timetable\n{course}, {room}, {time}\n{course}, {room}, {time}",
    "Release {semver}\n- {soft} upgraded\n- fixes {tkey}\n- fixes {tkey}",
    "Meter reading\n{meter}\n{acct}\nRead on {date}",
    "Permit {permit}\nFee {amount}\nValid until {date}",
    "Payroll summary {payroll}\nCost centre {cc}\nHeadcount {n2}\nTotal {amount}",
    "{opener}.\n\nThe {law} module is due {date}.\n\n{jobtitle}",
    "crontab\n{cron} /opt/jobs/export.sh\n{cron} /opt/jobs/rotate.sh",
    "Event tickets\n{eventticket}\n{eventticket}\nVenue: {bldg}",
    "Vendor form\nCompany: {firm}\nEIN: {ein}\nPO: {po}",
    "Validation report\nSSN sample {badssn}: invalid\nCard sample {badcard}: invalid\nIBAN sample {badiban}: invalid",
    "Gift summary\n{donation}: {amount}\n{donation}: {amount}",
    "Grades\n{course}: {grade}\n{course}: {grade}",
    "pods\n{pod}  Running\n{pod}  CrashLoopBackOff",
    "Reading list\n{sci}\n{sci}\n{word}",
    "Job posting {reqid}\n{jobtitle}\nSalary {amount}\nHybrid, {hours} on site",
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
