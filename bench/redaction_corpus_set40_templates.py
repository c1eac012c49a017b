"""Set 40's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Machine-written and technical text and the people inside it: dev and chat-ops chat, incident,
security, fraud, DSAR and helpdesk tickets, queries typed into log search, admin consoles and
search engines, reviews of hosts, MSPs, IT support and consultants, application, auth, mail,
SMS, payment, payout, geocoder, CI and deploy logs, webhook, API and analytics payloads, and
multi-line git commits and patches, mail headers, calendar invites, vCards, stack traces, CSV
and TSV exports, SQL results, post-mortems, security findings, config files and data-subject
requests. Templates come in pairs (positions 2k and 2k+1) holding the same entity types. About
two thirds also carry look-alikes next to the real PII (hashes, UUIDs, trace ids, builds, job
ids, versions, images, error codes, ARNs, ticket keys, CVEs, masked values, documented fake
phone numbers, software, algorithms, identifiers, bots, hosts and code names named like
people or streets), which stay unlabelled. Slots: persons {full} {given} {last} {lf}
(``Surname, Given``) {sg} (``SURNAME Given``) {init} (``J. Surname`` or ``J. R. Surname``)
{gi} (``Given S.``) {nick} {user} (a login spelt from the name, ``chidi.okafor``), with _lc/_uc
for lower or upper case and .2/.3 for a second or third person; {email} (the person's own),
{cmail} (at an employer's domain), {ghmail} (a GitHub no-reply address), {emailr} (a role
address); {phone} {phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl} {phone_e164};
{ssn} {ssn_dash} {ssn_sp} {ssn_bare} {ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain}
{ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and
the non-gold {city} {postcode} {country}; every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "@{user} your handset in the rota is {phone_intl} but {bot} says the call bounced at {clock}",
    "{given_lc} pager fired for {ticket}, escalation goes to {phone}, is that still your mobile?",
    "{gi} starts monday, work mail {cmail}, pls give read on the {host} dashboards",
    "can someone add {full} ({cmail}) to the {software} admins? approved in {ticket}",
    "{given_lc} was that you on the bastion from {ip4} at {clock}? fail2ban banned it, pid {pid}",
    "yo {nick_lc} your laptop at {ip4} is hammering staging, {rate} and all {errcode}",
    "who owns {ip6}? audit log pins it to {user}'s session, trace {traceid}",
    "{gi} the vpn handed you {ip6_v4} again, that's the old pool. reconnect and paste `ip a` here",
    "ugh, {full_lc} just pasted {card} into #payments-debug, not the test card. can a mod delete it + rotate?",
    "the stripe replay for {full_lc} has a live card {card} in it, not {maskcard}. purging {job} now",
    "{nick} why does the seed fixture hold an ssn ({ssn}) beside {full_uc.2}?? revert {shortsha} pls",
    "found {full_lc}'s ssn {ssn} in a debug dump on {host}, {bytes}, shredding it",
    "{given_lc} geocoder keeps choking on {street_lc}, wants a unit number? see {build}",
    "courier api rejects {street_lc} again ({errcode}), {nick_lc} did the customer typo it?",
    "{given} payout to {full.2} bounced, the iban on file is {iban}, can you check it",
    "heads up {nick}: {full.2} switched her payout iban to {iban} through the api at {clock}, legit or ATO? {ticket}",
    "{given_lc} can you reship that order? {full.2} swears the right address is {addr}",
    "label printer choked on {lf}'s address: {addr} — carrier said {errcode}",
)

TICKET: tuple[str, ...] = (
    "Fraud review {ticket}: {lf} signed in as {email} from {ip4} two minutes after a reset; MFA skipped with {errcode}.",
    "Security: a password reset for {full} <{email}> came from {ip4}, not her usual ASN. Tracking in {ticket}.",
    "Abuse report: {gi} says {ip6_full} keeps scraping her profile; rate-limit rule {semver} let it through.",
    "Erasure request {ticket}: purge {full} from analytics. Last event came from {ip6} under session {uuid}.",
    "On-call escalation failed: the SMS provider bounced {full}'s number {phone_intl} ({errcode}).",
    "Customer {lf} asks us to stop calling {phone}; dialer {job} still has her queued.",
    "DSAR {ticket}: {full} asks why her SSN {ssn} appears in export {shortsha}.csv. Confirm scope before replying.",
    "Data leak triage: an SSN ({ssn}) belonging to {lf} turned up in {bytes} of Elasticsearch logs ({ticket}).",
    "Chargeback: {full_uc} disputes {amount}; card {card} charged twice by retry worker {pod}.",
    "PCI incident: card {card} for {init} logged in clear by {ident} at line {lineno}. Rotate keys, purge logs.",
    "Payout failure for {full}: the bank connector refused IBAN {iban} ({errcode}), vendor {software}.",
    "Vendor bank change {ticket}: {lf} submitted a new IBAN {iban} via webhook; verify with a call-back first.",
    "Geocoding {job} dropped {sg}'s address ({addr}) as unparseable; the {algo} score fell under the cut-off.",
    "Shipping address of {full} truncated by the CRM sync; should read {addr}. Field limit is {n}0 chars.",
    "Site access: field engineer {init} needs the loading bay at {addr}; on-site contact {full.2}, {phone_ext}.",
    "Datacentre visit {ticket}: {full} escorted by {given.2}; cage at {addr}, desk phone {phone_us}.",
    "Reassign this from {full} to {full.2} ({cmail.2}); the previous assignee left on {date}.",
    "Offboarding {lf}: revoke SSO and VPN access, forward mail to {emailr}; approved by {init.2}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} {software} login history",
    "user:{user} status:{status} env:prod last 7d",
    "{street_lc} geocode returns null {region}",
    '"{street}" delivery failed {errcode}',
    "callee:{phone_bare} twilio {errcode}",
    "who called {phone} pager spam",
    "from:{email} bounce 550 5.1.1 queue_id:{hexid}",
    "{cmail} sso locked out {software}",
    "src_ip={ip4} | stats count by uri_path",
    "{ip4} ssh brute force {cve}",
    'client_ip:"{ip6}" AND status:403 AND service:{svc}',
    "whois {ip6_upper} abuse contact",
    "{full_lc} ssn {ssn_bare} in logs how to purge",
    '"{ssn}" {user} grep audit trail {host}',
    "{sg} card {card} declined {errcode}",
    "{card} chargeback status {sg}",
    "{iban} payout failed {lf} {errcode}",
    "{lf} {iban} sepa return R01",
)

REVIEW: tuple[str, ...] = (
    "{stars} Their NOC answered at 3am and {given} walked me through the failover. Direct line {phone}, our case was {ticket}.",
    "{stars} Freelance sysadmin {full}, booked via {phone_intl}, moved our {software} cluster with zero downtime.",
    "{stars} {gi} on the helpdesk answered each mail in under sixty minutes ({email}), even on {date}",
    "{stars} Consultant {full} billed {amount} for a Terraform module that never planned. Reach her at {cmail} if you dare",
    "{stars} On-site at {addr} the tech, {given}, swapped the core switch and labelled every cable",
    "{stars} Colo at {addr} is clean and cold; {nick} on reception knows every badge by heart",
    "{stars} The host gave us {ip4}, already on three blocklists; {given} in support swapped it after {dur}",
    "{stars} Support ({gi}) asked me to paste my home IP {ip4} into a public ticket. Not great",
    "{stars} IPv6 finally works, {ip6} answers pings. Thanks {init} for the route fix ({ticket})",
    "{stars} {nick} at the ISP swore {ip6} was mine; it was the neighbour's. {law} in action, {dur} to escalate",
    "{stars} Registrar kept billing card {card} post-cancellation (invoice {hexid}); {full} in billing refunded it",
    "{stars} Trying to cancel a SaaS trial and {given} wanted my card {card} read out on a call?!",
    "{stars} Payroll SaaS onboarding wanted my SSN {ssn} in a plain text field of {software}; {given} said it gets 'encrypted later'",
    "{stars} MSP tech {full_uc} emailed my own SSN ({ssn}) back to me unencrypted. AVOID",
    "{stars} Offshore dev shop wanted {amount} upfront to {iban}, account name {full}. Never delivered",
    "{stars} VPS refund landed in {iban} within {dur}; {full} in accounts was lovely",
    "{stars} {full_uc} AND {full_uc.2} from the {software} consultancy missed every deadline, avoid",
    "{stars} Shout-out to {sg} and {gi.2} on the migration team, flawless cut-over at {clock}",
)

LOG: tuple[str, ...] = (
    "{isots} INFO idp.signin user={user} src={ip4}:{port} mfa=totp trace={traceid}",
    "{isots} teleport[{pid}]: session.start login={user} remote={ip4}:{port} key=SHA256:{b64}",
    '[{ip6}]:{port} - {user} [{clfts}] "GET /v2/me?notify={email} HTTP/2" 200 {count}',
    '{isots} ERROR api.gateway client={ip6} user_email={email} user_name="{full}" err={errcode} dur={ms}ms',
    'postfix/cleanup[{pid}]: {hexid}: header From: "{lf}" <{email}> from {host}[{ip4}]',
    '{isots} mailer.send to="{full} <{email}>" via {ip4} template=invoice_{n} msg_id={uuid}',
    '{isots} sms.dispatch to={phone_e164} name="{full}" segments={n} status={status}',
    "{clock} voice.callback number={phone_bare} caller={given_lc} queue=sev{n}",
    '{isots} ERROR kyc.verify ValueError: ssn "{ssn}" failed check for applicant "{full}" (trace {traceid})',
    '{isots} DEBUG payroll.sync employee="{lf}" ssn={ssn_bare} batch={uuid} rows={count}',
    '{isots} WARN dlp.scanner match=PAN value="{card}" file=/var/log/{svc}/app.log owner={user}',
    '{isots} payments.charge holder="{full}" card={card} amount="{amount}" idempotency_key={uuid}',
    '{isots} payouts.sepa creditor="{full}" iban={iban} e2e_id={hexid} result={status}',
    '{isots} INFO bank.mandate debtor_name="{sg}" debtor_iban="{iban}" mandate={ticket}',
    '{isots} geocoder.miss query="{street}" requested_by={user} ms={ms}',
    '{isots} shipping.label ship_to="{full}" address="{addr}" carrier_err={errcode}',
    "[ci] {job} failed on {shortsha} by {user}; notified {emailr} and {gi.2}",
    "deploy {semver} by {full} <{cmail}> to prod-{region} finished in {dur} ({job})",
)

JSON: tuple[str, ...] = (
    '{"event": "login.succeeded", "actor": {"name": "{full}", "email": "{email}"}, "source_ip": "{ip4}", "trace_id": "{traceid}"}',
    '{"kind": "session.created", "principal": "{user}", "principal_email": "{cmail}", "remote_addr": "{ip6}", "span_id": "{spanid}"}',
    '{"contact": {"first_name": "{given}", "last_name": "{last}", "mobile": "{phone_intl}"}, "crm_id": "{uuid}"}',
    '{"on_call": {"primary": "{full}", "phone": "{phone_e164}"}, "schedule": "{codename}", "rotation_id": "{hexid}"}',
    '{"applicant": "{lf}", "tax_id": "{ssn_bare}", "kyc_vendor": "internal", "decision": "manual_review"}',
    '{"error": "ValidationError", "field": "ssn", "input": "{ssn}", "record_owner": "{full}", "request_id": "{uuid}"}',
    '{"payment_method": {"billing_name": "{full}", "pan": "{card}", "last4_shown": "{maskcard}"}, "decline_code": "{errcode}"}',
    '{"charge": {"cardholder": "{full_uc}", "number": "{card}", "exp": "{exp}"}, "idempotency_key": "{uuid}"}',
    '{"creditor_name": "{sg}", "creditor_account": "{iban}", "batch": {count}}',
    '{"payee": {"name": "{full}", "iban": "{iban}"}, "payout_id": "po_{count}", "status": "failed"}',
    '{"subject": "{lf}", "request": "erasure", "postal_address": "{addr}", "ticket": "{ticket}"}',
    '{"customer": {"name": "{full}", "ship_to": {"line1": "{street}", "city": "{city}", "postal_code": "{postcode}"}}, "order": "{uuid}"}',
    '{"commit": {"id": "{sha}", "author": {"name": "{full}", "email": "{ghmail}"}, "message": "{commitmsg}"}}',
    '{"pull_request": {"number": {count}, "user": "{user}", "requested_reviewers": ["{user.2}", "{user.3}"]}, "merged_by_email": "{cmail}"}',
    '{"alert": "impossible_travel", "user": "{full}", "ips": ["{ip4}", "{ip6}"], "rule": "{ident}"}',
    '{"waf": {"action": "block", "client": "{ip6_full}", "ua": "curl/{semver}"}, "account_owner": "{lf}", "client_v4": "{ip4}"}',
    '{"event": "checkout_completed", "user_id": "{uuid}", "properties": {"name": "{full}", "email": "{email}", "phone": "{phone}", "shipping_street": "{street}"}, "lib": "{software}"}',
    '{"type": "identify", "traits": {"name": "{full_lc}", "email": "{email}", "phone": "{phone_us}", "address": {"street": "{street}", "city": "{city}"}}, "anonymousId": "{uuid}"}',
)

MULTILINE: tuple[str, ...] = (
    "commit {sha}\nAuthor: {full} <{cmail}>\nDate:   {gitdate}\n\n    {commitmsg}\n\n    Signed-off-by: {full} <{cmail}>\n    Co-developed-by: {full.2} <{ghmail.2}>",
    "From {sha} Mon Sep 17 00:00:00 2001\nFrom: {full} <{email}>\nDate: {rfcdate}\nSubject: [PATCH] {commitmsg}\n\nReported-by: {full.2} <{cmail.2}>\nSigned-off-by: {full} <{email}>\n---",
    'Received: from {host} ([{ip4}])\n\tby mx-in-{n}.mailhost.internal with ESMTPS id {hexid}\nFrom: "{lf}" <{email}>\nReply-To: {email.2}\nSubject: Re: {ticket}\n\nkindly courier the swapped drive to\n{addrml}',
    'Return-Path: <{email}>\nReceived: from [{ip4}] (port={port} helo=laptop.local)\nFrom: {full} <{email}>\nTo: "{lf.2}" <{cmail.2}>\nX-Mailer: {software} {semver}\n\nnew billing contact address, effective {date}:\n{addrml}',
    'BEGIN:VEVENT\nUID:{uuid}\nSUMMARY:Postmortem {ticket}\nORGANIZER;CN={full}:mailto:{cmail}\nATTENDEE;CN="{lf.2}";ROLE=REQ-PARTICIPANT:mailto:{cmail.2}\nLOCATION:{addr}\nDESCRIPTION:bridge if video fails: {phone}\nEND:VEVENT',
    "BEGIN:VCARD\nPRODID:-//CardDAV export//EN\nVERSION:4.0\nKIND:individual\nFN:{full}\nN:{last};{given};;;\nEMAIL;TYPE=work:{cmail}\nTEL;TYPE=cell:{phone}\nADR;TYPE=work:;;{street};{city};;{postcode};{country}\nEND:VCARD",
    "TypeError: cannot normalise '{phone}' for customer '{full}'\n    at normalizePhone (/srv/app/dist/{jsfile}:{lineno}:17)\n    at async Promise.all (index {n})",
    'java.lang.IllegalArgumentException: unparseable msisdn "{phone_intl}" (contact={lf})\n\tat io.quillstack.contacts.{ident}.apply(Unknown Source)\n\tat io.quillstack.contacts.SyncJob.run(SyncJob.java:{lineno})',
    'id,display_name,mail,msisdn,address\n{count},"{lf}",{email},{phone},"{addr}"\n{count},"{lf.2}",{email.2},{phone_e164},"{addrml.2}"',
    "ticket\trequester\trequester_email\tphone\tsite\n{ticket}\t{full}\t{email}\t{phone_us}\t{addr}\n{ticket}\t{full.2}\t{email.2}\t{phone_intl}\t{addr.2}",
    "mysql> SELECT id, last_name, first_name, ssn FROM employees WHERE id = {count};\n+------+-----------+------------+-------------+\n| {count} | {last} | {given} | {ssn_dash} |\n+------+-----------+------------+-------------+\n1 row in set (0.0{n} sec)",
    " id  | full_name | ssn | created_at\n-----+-----------+-----+-----------\n {count} | {full} | {ssn} | {isots}\n(1 row)",
    "Postmortem {ticket}\nIncident commander: {full}\nScribe: {init.2}\nImpact: full card numbers such as {card} written to {svc} logs for {dur}\nRoot cause: {ident} logged the raw request\nNotes: {opener}",
    "SECURITY FINDING {cve}\nOwner: {lf}\nFinding: PAN {card} in s3://{bucket}/{shortsha}.json\nSeverity: high\nReviewer: {init.2}",
    '[payout]\nholder = "{sg}"\niban = {iban}\ncurrency = EUR\nnotify = {cmail}\n; owner: {user}',
    "payout:\n  account_holder: {full}\n  iban: {iban}\n  bic: {bic}\n  notify: {cmail}",
    "Right-of-access request {ticket}\nRequester: {full}\nPostal address:\n{addrml}\nKnown IPs: {ip4}, {ip6}\nDeadline: {date}",
    "ERASURE REQUEST\nNAME: {full_uc}\nADDRESS:\n{addrml}\nLAST LOGIN IP: {ip6}\nLINKED LOGIN: {user}",
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
