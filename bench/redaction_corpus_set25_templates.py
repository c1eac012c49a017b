"""Set 25's templates with PII, 20 per register (slots: see bench/redaction_corpus_set25.py).

Written as someone in each register would write; a template's position in its list fixes its
parity (even ids are the tuning half, odd ids the held-out half).
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "chat": (
        "omg {G|l} just texted me from a new number {PN} save it pls 😂",
        "ok so i told {G|l} the spare key is under the plant pot at {A|l} lol",
        "{N|l} and me are carpooling tmrw, pickup from {A_us|l} around {tm}",
        "did u get the iban? mine is {IBANG} if ur paying for the tickets",
        "new # for {G|l}: {P}",
        "heyy can u ring me back on {PN}, phone's on 3% 🪫",
        "wait is {N|l} the one who lives at {A|l}?? small world",
        "lmaooo i read my card out loud in the cafe {CC} 💀 cancelling it now",
        "can someone remind {G|l} to bring the speaker 🔊 last time we had none",
        "my landlord {N} finally replied from {E} ... only took 3 weeks 🙄",
        "fyi {G|l} changed the wifi pw last night, new one is on the fridge",
        "{G}!!! happy bday 🎉🎉 call u later",
        "i think {N|l}'s new place is {A|l} but dont quote me",
        "saved my card {CC} in the group notes by accident, ignore that 🙈",
        "accidentally pasted my ssn {SSND} in the family chat 🤦 pls delete",
        "ngl that guy from the gym gave me his number {P} and i panicked",
        "router says ipv6 {IP6} ?? is that ours or the neighbours",
        "leaving {A_gb|l} now, tell {G|l} i'm 10 min late",
        "ask ur cousin {G|l} if {PN} is still her number, keeps going to voicemail",
        "sooo {G|l} & {G2|l} got engaged!! party at {A|l} sat 🥂",
    ),
    "ticket": (
        "Customer {N} called about order {order}; wants the refund sent to IBAN {IBANG}.",
        "Hi team, I moved to {A|c} last week but invoices still go to my old address. Thanks, {G}",
        "Re: login issues\n> my IP is {IP4}, can you whitelist it?\nDone, should work now.",
        "Escalated to {N} (tier 2). Callback number: {PX}.",
        "Please remove the card {CC} from my account, I reported it stolen.",
        "SSN on the W-9 is wrong: it should read {SSND}, not what {N} typed in.",
        "Ticket opened by {EW} on behalf of a contractor: VPN drops every 10 min from {IP}.",
        "**Priority:** high\n**Reporter:** {R}\n**Phone:** {P}\nCan't access payroll since Monday.",
        "Reassigned from {N} to {N2}. Customer can be reached at {E}.",
        "Spoke to {G} at the warehouse, they'll reship to {A_us} by Friday.",
        "Delivery failed at {A} - driver notes: 'nobody home'. Please call {PN} before retrying.",
        "User reports failed logins from [{IP6}]:{port} on account {E}, says it wasn't them.",
        "Mr {S} says his SSN {SSN} shows up on someone else's tax form. Urgent!!!",
        "Refund of {amt} to card {CC} approved by {N} on {date}.",
        "cc {G|l} — the client's new direct line is {PI}, update the CRM pls",
        "Hello, I am {N}, please update billing address to: {A} ... thank you so much",
        "Duplicate of {ref}. Loaner already handed over, the guy's number is {P}.",
        "Customer wants SEPA payout to {IBAN}, account holder {R}.",
        "Change request: allow {IP4}/{prefix} and {IP6C} for the finance VPN, requested by {N}",
        "Called {PN} three times, no answer. Sent an email to {E} instead. -{G}",
    ),
    "search": (
        "{N|l} linkedin",
        "who owns {A|l}",
        "{PN} who called me",
        "reverse lookup {PI}",
        "is {SSND} a valid ssn",
        "whois {IP4}",
        "{IP} location",
        "{N|l} obituary",
        "iban {IBANC} which bank",
        "{A_us} zillow",
        "dr {S|l} dentist opening hours",
        "bin lookup {CC}",
        "{E} haveibeenpwned",
        "house price history {A_gb|l}",
        "{N|l} {P}",
        "ping {IP6M} not working",
        "{N} and {N2} wedding photos",
        "how to report identity theft ssn {SSN}",
        "directions to {A|l} from airport",
        "ssn {SSND} lookup free",
    ),
    "review": (
        "{N} at the front desk was an absolute star ⭐⭐⭐⭐⭐",
        "Ordered to {A} and it arrived crushed. Customer service sorted a replacement though.",
        "Do NOT trust this seller. They charged my card {CC} twice.",
        "Our guide, {G}, knew every corner of the old town. Ask for them!",
        "HIGHLY RECOMMEND {N|u}!!! best plumber in {city}",
        (
            "Booked through the site, then a man called from "
            "{PN} asking for my SSN {SSND}. Scam?? 1 star."
        ),
        "Shout out to the night shift, especially {G}, for helping with my luggage.",
        "The listing said {A|l} but the flat was actually two streets over. Host refused a refund.",
        "Paid the deposit to {IBANG} as instructed and never heard back from {N}. Avoid.",
        "Five stars for Dr. {S} and her team — she spotted what two others missed.",
        "Front desk photocopied my passport AND asked for my SSN {SSN}. Why??",
        "Emailed {E} three times about the warranty. Nothing. {stars}",
        "If you need a reliable electrician call {N} on {P}, honest pricing.",
        "The app leaked my home IP {IP4} in the share link. Dev ({EW}) never answered.",
        "{stars} Courier left the parcel at {A_gb} instead of my address.",
        "Massive thanks to {N} and {N2} from the wedding crew!",
        "bought one for my neighbour {N|l} too, shipped straight to {A|l}",
        "Service was slow but {G} made up for it. {stars}",
        "Gave my number {PI} for the loyalty card and now get spam texts daily.",
        "Contacted the seller via {E}, got a full refund in 3 days. Great seller.",
    ),
    "log": (
        '{IP4} - - [{clf}] "GET {path} HTTP/1.1" {status} {bytes} "-" "Mozilla/5.0"',
        '{IP} - {E} [{clf}] "POST /login HTTP/2.0" 401 512',
        "sshd[{pid}]: Accepted publickey for deploy from {IP4} port {hport} ssh2",
        "sshd[{pid}]: Failed password for invalid user admin from {IP4} port {hport} ssh2",
        'level=info msg="profile updated" user="{N}" phone="{PE}"',
        'ts={ts} event=payout iban={IBANC} beneficiary="{R}" amount={amt}',
        "audit: changed_by={G|l} field=ssn old=*** new={SSNB}",
        "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP4} PROTO=TCP SPT={hport} DPT=22",
        '{ts} WARN checkout declined card={CC} avs=mismatch ship_to="{A}"',
        'dhcpd: lease renewed hw={mac} pool=staff lease_owner="{N}"',
        (
            "2: eth0    inet {IP4}/{prefix} brd + scope global\n2: "
            "eth0    inet6 {IP6C}/64 scope global dynamic"
        ),
        "postfix/smtp[{pid}]: to=<{E}>, relay=none, status=bounced (user unknown)",
        'crm.sync contact_id={nn} name="{N}" tel={PI} addr="{A}"',
        "ERROR kyc rejected ssn={SSND} reason=name_mismatch reviewer={G|l}",
        "[{tm}] INFO  login ok user={E} from={IP}",
        "billing WARN full pan logged by mistake pan={CC} merchant=42",
        'ts={ts} on_call="{N}" escalation_phone="{P}"',
        '{IP6F} - - [{clf}] "GET /robots.txt HTTP/1.1" 404 153',
        "ssn_verify ok subject_ssn={SSN} caller=svc-kyc",
        "wg0: peer endpoint [{IP6}]:{port} latest-handshake={n}s ago",
    ),
    "json": (
        '{"customer": {"name": "{N}", "phone": "{P}", "email": "{E}"}}',
        '{"shipping": {"line1": "{ST}", "city": "{city}", "postcode": "{pc}"}}',
        "{'assignee': '{G}', 'watchers': ['{N2}'], 'status': 'open'}",
        '<div data-user="{N}" data-tel="{PI}" data-role="admin"></div>',
        '{"tax_id_type": "SSN", "tax_id": "{SSNB}", "holder": "{N}"}',
        '{"payee": "{R}", "iban": "{IBANG}", "ref": "{inv}"}',
        '{"event": "login", "src_ip": "{IP}", "user_email": "{EW}"}',
        '{"card": {"number": "{CC}", "exp": "09/27", "holder": "{N|u}"}}',
        '[{"first_name": "{G}", "last_name": "{S}"}, {"first_name": "{G2}", "last_name": "{S2}"}]',
        '{"delivery_address": "{A|c}", "leave_with": "neighbour"}',
        'attrs="emergency_contact={N};emergency_phone={PN}"',
        '{"ssn": "{SSN}", "verified": false, "verified_by": "Dr. {S}"}',
        '{"peer": "[{IP6}]:{port}", "keepalive": 25}',
        '{"ship_to": {"name": "{N}", "address": "{A_us}"}, "gift": true}',
        '{"account_holder": "{N}", "iban": "{IBANC}", "currency": "EUR"}',
        '{"contact": "{E}", "alt_contact": "{ER}"}',
        '{"sender": {"street": "{ST_gb}", "town": "{city_gb}"}, "tracking": "{track}"}',
        '{"driver_notes": "call {G} on arrival {PN}", "zone": "B"}',
        '{"cardholder": "{N}", "pan": "{CC}", "client_ip": "{IP4}"}',
        'user = {"display_name": "{N}", "home": "{A}", "mobile": "{PI}"}',
    ),
    "multiline": (
        (
            "Hi {G},\n\nThanks for the call today. Please send "
            "the signed form to:\n\n{AM}\n\nBest,\n{G2}"
        ),
        "From: {N} <{E}>\nSubject: new bank details\n\nPlease use {IBANG} from now on.\n\n{G}",
        "SHIP TO:\n{N|u}\n{AM|u}\nTEL {P}",
        "name,role,mobile\n{N},driver,{PN}\n{N2},loader,{PN}",
        "Patient: {R}\nDOB: 1984-03-12\nSSN:\n{SSND}\nPhone: {P}",
        "--\n{N}\nSenior Buyer, {firm}\nM: {PI}\nE: {EW}",
        (
            "Dear Mx {S},\n\nYour new card {CC} will arrive at\n{AM|c}\nwithin "
            "5 working days.\n\nKind regards,\nCard Services"
        ),
        (
            "> On Tue, {N} wrote:\n> can you send me the server "
            "ip?\n\nsure, it's {IP4}, and v6 is {IP6}"
        ),
        (
            "First name: {G}\nLast name: {S}\nAddress line 1: "
            "{ST}\nCity: {city}\nPostcode: {pc}\nMobile: {PN}"
        ),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:{N}\nTEL;TYPE=cell:{PI}\nEMAIL:{E}\n"
            "ADR;TYPE=home:;;{ST};{city};;{pc};{cntry}\nEND:VCARD"
        ),
        (
            "| name | role | phone |\n|---|---|---|\n| {N} "
            "| on-call | {PX} |\n| {N2} | backup | {PX} |"
        ),
        (
            "hey {G|l}\n\nwifi at the cabin is flaky, if the "
            "vpn breaks ssh to {IP6Z} instead\n\nx {G2|l}"
        ),
        "Return label\nFrom: {N}\n{AM}\n\nTo: Returns Dept, {firm}\nRMA {ref}",
        (
            "Employee onboarding\nName: {N}\nSSN: {SSN}\nDirect "
            "deposit IBAN: {IBAN}\nStart date: {date}"
        ),
        "Hiya,\n\nMy flatmate {N} will pick up the parcel, their number is {PN}.\n\nCheers",
        "id;name;street;postcode\n{n};{R};{ST};{pc}\n{nn};{R2};{ST2};{pc2}",
        (
            "From: {N} <{E}>\nSent: {date}\nSubject: lease\n\n{G2}, "
            "please call {P} asap about the flat at {A}."
        ),
        "Billing contact\n---------------\n{R}\n{AM}\n{PI}\n{EW}",
        "Minutes:\n- {G} to chase the landlord\n- van: sorted\n- next meet at {A|l}",
        "Card declined notice\nCardholder: {N|u}\nCard: {CC}\nBilling IP: {IP4}\nContact: {ER}",
    ),
}
