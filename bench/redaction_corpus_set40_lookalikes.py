"""Set 40's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Those of machine-written text first (``..._numbers.py``): commit hashes, UUIDs, trace and span
ids, build, pipeline and job numbers, semantic and four-part versions, image tags and digests,
ports, PIDs, exit codes, error codes, timestamps and durations, byte counts, hex addresses,
checksums, AWS-style account ids and ARNs, ticket keys, CVE ids, SNMP OIDs, MAC addresses,
cron lines, masked cards, IBANs, SSNs, phones and IPs, documented fictional phone numbers,
never-issued SSNs, Luhn-failing cards and IBANs failing mod 97; then name-like ones
(``..._lookalike_pools.py``): software, algorithms, code identifiers, bots, host names with
street words, release and container code names, eponymous laws of computing, capitalised
openers and ordinary lower-case phrases that hold a name word.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{opener}, then we cut {semver} from {shortsha}",
    "deploy of {image} stuck on {errcode}, reverting to {semver}",
    "{software} nightly failed again, {build}, the log alone is {bytes}",
    "who restarted {pod}? it's been {exitcode} three times since {clock}",
    "test number for the sms flow is {fixphone}, not a real one, don't panic",
    "the {algo} step dominates the flame graph, {pct} of cpu",
    "{bot} says {ticket} sits with the platform rota, escalate after {dur}",
    "staging db lives on {host}, port {port}, secrets live in vault",
    "fixture card {badcard} fails luhn on purpose",
    "{codename} base image has {cve}, bump to {image}",
    "{word} haha, that could be the incident title",
    "aws account {awsacct} is the sandbox, don't touch {arn}",
    "firmware {ver4} on the switches, release notes mention {cve}",
    "p99 went from {ms}ms to {ms}ms after {shortsha}, {law} strikes again",
    "trace {traceid} shows the retry storm, span {spanid}",
    "the ui shows the ssn as {maskssn}, that's fine",
    "pager test ok, {job} exited with {exitcode}",
    "{ident} blew up with {errcode} at {hexaddr}",
)

TICKET: tuple[str, ...] = (
    "{ticket}: {svc} returns {status} for {pct} of requests since {isots}.",
    "Upgrade {image} to patch {cve}; digest {digest}.",
    "{build} failed: {exitcode} in the test stage after {dur}.",
    "Rotate the KMS key {arn} before {date}.",
    "{opener}. Root cause still open, see {ticket}.",
    "Disk on {host} at {pct}; {bytes} of core dumps from PID {pid}.",
    "{software} upgrade to {semver} breaks the {algo} step; pin {semver} for now.",
    "Replace fixture phone {fixphone} in the docs, keep it inside the fiction range.",
    "Card {badcard} in the payment test suite fails Luhn as intended.",
    "IBAN {badiban} in the seed data fails mod 97; fine for negative tests.",
    "The SSN column renders as {maskssn}; QA asks whether {badssn} should be rejected.",
    "Alert from {bot}: {errcode} on {pod}, trace {traceid}.",
    "Cron {cron} on {host} overlaps the backup window.",
    "Firmware {ver4} on the core switches; OID {oid} reports errors.",
    "MAC {mac} flapping between two ports, {count} moves an hour.",
    "Masked IBAN {maskiban} on the payout page is correct.",
    "Incident {ticket} closed; {law} noted in the review.",
    "Checksum mismatch: {checksum} vs {checksum} for release {semver}.",
)

SEARCH: tuple[str, ...] = (
    "{errcode} {software} fix",
    "{cve} patch {codename}",
    "{algo} python implementation",
    "{ident} docs",
    "{law} meaning",
    "{bot} slack integration setup",
    "{host} grafana",
    "trace_id={traceid}",
    "{image} pull rate limit",
    "{ticket} status",
    "{exitcode} kubernetes pod",
    "{fixphone} test number twilio",
    "{digest} vulnerability scan",
    "{arn} access denied",
    "{ver4} firmware changelog",
    "is {badssn} a valid ssn",
    "luhn check {badcard}",
    '"{word}" meaning',
)

REVIEW: tuple[str, ...] = (
    "{stars} {software} hosting is fast, {pct} uptime over {dur}, support closed {ticket} quickly",
    "{stars} Managed {software} plan: {amount}/month, p99 {ms}ms, no complaints",
    "{stars} The MSP fixed {errcode} on our {host} box inside the SLA",
    "{stars} Their status page blamed {law}, fair enough",
    "{stars} The {bot} integration is handy, but it spams {ticket} updates",
    "{stars} Migration to {region} took {dur}; invoice {amount}",
    "{stars} Uptime monitor went red at {clock}, green again at {clock}",
    "{stars} The consultancy's {algo} rewrite cut our compute bill {pct}",
    "{stars} {opener}. The vendor took it on the chin",
    "{stars} IT support gave us a test line {fixphone} that rings nowhere, as it should",
    "{stars} Backups restored {bytes} in {dur}, checksum {checksum} matched",
    "{stars} Hardware RMA for firmware {ver4} took {dur}",
    "{stars} Their {region} datacenter had a {dur} outage, credit {amount}",
    "{stars} {word}, but they shipped {semver} on time",
    "{stars} Pipeline minutes are pricey: {build} alone ran {dur}",
    "{stars} Container registry is fine, {image} pulls in {ms}ms",
    "{stars} Invoices only print {maskcard}, nice touch",
    "{stars} {codename} went end-of-life and they moved us to {codename} for free",
)

LOG: tuple[str, ...] = (
    "{isots} INFO deploy image={image} digest={digest} replicas={n}",
    "{isots} WARN {svc} retry attempt={n} err={errcode} trace_id={traceid}",
    "{clock} kernel: [{count}.{ms}] {svc}[{pid}]: segfault at {hexaddr} ip {hexaddr} error 4",
    "{isots} ERROR {ident} failed: {errcode} (span {spanid})",
    "{isots} INFO ci job={job} sha={sha} status={status} duration={dur}",
    "{isots} DEBUG cache host={host} hit_ratio={pct} evictions={count}",
    "{isots} kms audit principal=svc-{svc} op=Decrypt key={arn}",
    "{isots} INFO sms.test to={fixphone} fixture=true status=skipped",
    "{isots} WARN dlp.scan masked_pan={maskcard} masked_ssn={maskssn} action=allow",
    "{isots} snmp poll oid={oid} value={count} device_fw={ver4}",
    "{isots} lldp neighbor mac={mac} port=Gi1/0/{n} vlan={count}",
    '{isots} INFO scheduler cron="{cron}" next_run={isots}',
    "{isots} ERROR checkout.luhn pan={badcard} verdict=reject",
    "{isots} ERROR sepa.precheck account={badiban} verdict=bad_checksum",
    "{isots} INFO release codename={codename} version={semver} {build}",
    "{isots} WARN {bot} webhook retry={n} status={status} after {dur}",
    "{clock} health {svc} epoch={epoch} rss={bytes} gc_pause={ms}ms",
    "{isots} INFO geoip.resolve masked_ip={maskip} asn=AS{count} country=DE",
)

JSON: tuple[str, ...] = (
    '{"id": "{uuid}", "trace_id": "{traceid}", "span_id": "{spanid}", "duration_ms": {ms}}',
    '{"image": "{image}", "digest": "{digest}", "created": "{isots}"}',
    '{"ticket": "{ticket}", "severity": "sev{n}", "service": "{svc}", "status": "mitigated"}',
    '{"account_id": "{awsacct}", "role_arn": "{arn}", "region": "{region}"}',
    '{"algorithm": "{algo}", "iterations": {count}, "elapsed": "{dur}"}',
    '{"class": "{ident}", "error": "{errcode}", "address": "{hexaddr}"}',
    '{"build": "{build}", "commit": "{sha}", "version": "{semver}", "codename": "{codename}"}',
    '{"fixtures": {"phone": "{fixphone}", "card": "{badcard}", "ssn": "{badssn}"}}',
    '{"payout_account": "{maskiban}", "card": "{maskcard}", "phone": "{maskphone}"}',
    '{"bot": "{bot}", "channel": "#incidents", "text": "{opener}"}',
    '{"host": "{host}", "port": {port}, "pid": {pid}, "uptime": "{dur}"}',
    '{"device": {"mac": "{mac}", "firmware": "{ver4}", "snmp_oid": "{oid}"}}',
    '{"cve": "{cve}", "package": "{software}", "fixed_in": "{semver}"}',
    '{"checksum": "{checksum}", "size": "{bytes}", "uploaded": "{isots}"}',
    '{"schedule": "{cron}", "job": "{job}", "last_exit": "{exitcode}"}',
    '{"iban_check": {"input": "{badiban}", "ok": false, "why": "mod97"}}',
    '{"principle": "{law}", "note": "{word}"}',
    '{"event": "page_view", "anonymous_id": "{uuid}", "epoch_ms": {epoch}, "ip_masked": "{maskip}"}',
)

MULTILINE: tuple[str, ...] = (
    "commit {sha}\nMerge: {shortsha} {shortsha}\nAuthor: {bot}[bot]\nDate:   {gitdate}\n\n    {commitmsg}",
    "thread 'main' panicked at src/{func}.rs:{lineno}:{n}:\ncalled `Result::unwrap()` on an `Err` value: {errcode}\nnote: run with `RUST_BACKTRACE=1` to display a backtrace",
    "FROM {image}\nRUN pip install --no-cache-dir -r requirements.txt\nEXPOSE {port}\nLABEL org.opencontainers.image.revision={sha}",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {svc}\nspec:\n  replicas: {n}\n  template:\n    spec:\n      containers:\n        - image: {image}",
    "[database]\nhost = {host}\nport = {port}\npool_max = {count}\n; see {ticket}",
    "STRIPE_TEST_CARD={badcard}\nTWILIO_TEST_NUMBER={fixphone}\nSENTRY_RELEASE={semver}",
    "Incident {ticket}\nStart: {isots}\nEnd: {isots}\nImpact: {pct} of checkout requests failed\nCause: {opener}",
    "== Release {semver} ({codename}) ==\n* {commitmsg}\n* {commitmsg}\n* fixes {cve}",
    "id,build,sha,status\n{count},{build},{shortsha},passed\n{count},{build},{shortsha},failed",
    "mysql> SELECT COUNT(*) FROM events WHERE ts > {epoch};\n+----------+\n| {count} |\n+----------+",
    "BEGIN:VEVENT\nUID:{uuid}\nSUMMARY:Change freeze ({codename})\nDTSTART:20261201T090000Z\nRRULE:FREQ=WEEKLY;COUNT={n}\nEND:VEVENT",
    "goroutine {count} [running]:\nmain.(*{ident}).Run({hexaddr})\n\t/src/{svc}/main.go:{lineno} +0x{n}f\nexit status 2",
    "Subject: [{software}] {build} failed\n\nStage: integration\nError: {errcode}\nDuration: {dur}",
    "SECURITY ADVISORY {cve}\nAffected: {software} < {semver}\nFixed: {semver}\nCVSS: {n}.{n}",
    "```\n$ kubectl get pod {pod}\nNAME  READY  STATUS  RESTARTS\n{pod}  0/1  CrashLoopBackOff  {count}\n```",
    "Masked record\nCard: {maskcard}\nIBAN: {maskiban}\nSSN: {maskssn}\nPhone: {maskphone}",
    "Checklist\n- {word}\n- bump {image}\n- run the {algo} benchmark",
    "AWS account {awsacct}\nRole: {arn}\nRegion: {region}\nOwner: platform team",
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
