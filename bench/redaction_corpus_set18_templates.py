"""Set 18's templates with PII: 18 per register, written as someone in that register would.

Slots are «name.option...»: persons (full, given, sur, rev = "Surname, Given", wgiven/wfull
= a given name that is also an English word; a digit picks the record's 2nd or 3rd person;
lc/uc/ascii change the case or drop the accents), email (of that person; co = a company
domain), addr (one line; ml = over several lines; country = with the country line; a country
code picks the format), street (the street line alone), phone (intl, nat, e164, ext or a
country code), ssn (bare, dash, space, dot), ip4 (pub, priv, doc, cgnat), ip6 (compressed,
full, stripped, upper, mapped, nat64, zone, ula, link, doc), ip, card (sp, dash, compact),
iban (grp, compact). Any other slot is a look-alike or context filler (no gold span).
Template ids: positives by register in this order, then the look-alikes; within a register
and kind, consecutive templates alternate between the tuning (even) and held-out (odd) half.
"""

from __future__ import annotations

POSITIVE: dict[str, tuple[str, ...]] = {
    "chat": (
        "hey «given.lc» r u still at «addr.lc» or did u move",
        "i told «given.lc» to just text «phone.nat» instead lol",
        "«given.lc» reckons the landlord's number is «phone», worth a try",
        "omw to «given.2.lc»'s, it's «addr.US.lc» if anyone gets lost",
        "can u send me the iban again? mine's «iban.grp» if u need it",
        "lmaooo «wgiven.lc» just paid with MY card «card.sp» by accident",
        "wait is «full.lc» the same person as «email»??",
        "ssn for the form is «ssn.dash» right? and the address is «addr.lc»?",
        "apparently my ip is «ip4.pub», is that bad lol",
        "ok so «given.lc» is def coming, not sure about the others",
        "ring «wgiven.lc» on «phone.intl», she's got the spare keys",
        "new place!!! «addr.lc» come over sat 🎉",
        "«given.2.lc» just messaged, said call back on «phone.ext»",
        "did «given.lc» ever send the v6 thing? «ip6» or smth",
        "thx «wgiven.lc»!! owe u one x",
        "pls dont screenshot this but my social is «ssn.space»",
        "fyi mum's new number is «phone.nat» and she moved to «addr.lc» last week",
        "«given.lc» u still owe me 20, just send it to «iban.compact» whenever",
    ),
    "ticket": (
        "Customer «full» says she was charged twice on card «card.dash». Refund requested.",
        "Escalating: caller «full» could not verify SSN «ssn.dash» against our records.",
        "Per «sur»'s email («email.co»), the replacement should ship to «addr».",
        "Callback requested: «phone.ext» (ask for «given»).",
        "User cannot reach the VPN from «ip6.compressed»; works fine from the office.",
        "Reassigned to «given.2». Callback number «phone.nat».",
        "Refund to IBAN «iban.grp» approved by «full.2».",
        "Mr. «sur» (tel. «phone.intl») wants the technician before noon at «addr».",
        "Duplicate of #«ticket» — «full» again, this time writing from «email».",
        "Please update the billing address to «addr»; the old one bounced. Contact: «phone.intl»",
        "Dr. «sur» rang twice about the invoice; prefers e-mail: «email.co»",
        "Opened by «email.2» on behalf of «full» (the account owner).",
        "SSN on file («ssn.space») doesn't match the W-9 submitted by «full».",
        "«wfull» disputes the charge to «card.sp»; merchant says it was delivered to «addr.US».",
        "Security flagged a login from «ip6.upper»; customer notified at «phone.nat».",
        "Billing will reissue to «iban.compact» by Friday; the card «card.dash» was closed.",
        "Handover: «given» is off tomorrow. Vendor contact «phone.nat».",
        "Courier left the parcel with a neighbour, «full», at «addr.GB» instead of the customer.",
    ),
    "search": (
        "«full.lc» linkedin",
        "who called me from «phone.nat»",
        "«addr.lc» parking permit",
        "is «ip4.pub» a vpn",
        "dr «sur.lc» dentist reviews",
        "«full» obituary «town»",
        "«email» data breach",
        "check iban «iban.compact»",
        "flats to rent near «addr.lc»",
        "«ip6» whois",
        "reverse lookup «phone.intl»",
        "«wfull.lc» instagram",
        "card «card.compact» declined why",
        "ssn «ssn.dash» lookup",
        "«full.lc» wedding photos",
        "directions to «addr» from the airport",
        "email address for «full.lc»",
        "ping «ip4.priv» request timed out",
    ),
    "review": (
        "«given» at the front desk was lovely and sorted our room in minutes.",
        "Ordered from «full»'s shop — it arrived at «addr» two days late.",
        "Best plumber in town. Ask for «given» and tell him we sent you.",
        "DO NOT BUY. I called «phone» four times and nobody answered.",
        "Five stars for Dr. «sur» and the whole team.",
        "The courier left it at «addr», which is not even my house!!",
        "They charged my card «card.sp» twice and support just shrugged.",
        "My wife «given» loved it; I'm less sure about the handle.",
        "Reviewer: «full» — solid kettle, noisy lid.",
        "Great stay. Our host («given») left her number («phone.intl») in case of trouble.",
        "Asked them to refund to «iban.grp», still waiting three weeks later.",
        "«wgiven» made the whole trip. Would book again.",
        "Terrible. The manager, «full», refused to even look at the receipt.",
        "I wrote to «email» and got a reply within the hour, thanks «given»!",
        "Installed by the local branch, tidy work, they left a number: «phone.nat».",
        "WOULD NOT RECOMMEND — they asked for my SSN («ssn.dot») just to book a haircut",
        "Shoutout to «wgiven», who drove out to «addr» on a Sunday.",
        "Our guide «full» knew every street in the old town. Tipped her well.",
    ),
    "log": (
        '«ip4.pub» - - [«clf»] "GET /account HTTP/1.1" 200 «port» "-" "Mozilla/5.0"',
        "sshd[«pid»]: Failed password for invalid user admin from «ip4» port «port» ssh2",
        "sshd[«pid»]: Accepted publickey for deploy from «ip6.zone» port «port» ssh2",
        '«ts» INFO user.update uid=«pid» owner="«full»" phone=«phone.e164»',
        "«ts» WARN payment declined pan=«card.compact» merchant=«pid»",
        "kernel: [UFW BLOCK] IN=eth0 OUT= SRC=«ip4.pub» DST=«ip4.priv» PROTO=TCP SPT=«port» DPT=22",
        "«ts» audit actor=«email» action=export target_ssn=«ssn.bare»",
        'level=info msg="profile saved" display="«full»" addr="«addr»"',
        "«ts» nginx: upstream timed out, client: «ip6.full», server: api",
        '«ts» DEBUG sepa.queue iban=«iban.compact» beneficiary="«rev»" status=queued',
        "dhcpd: DHCPACK on «ip4.priv» to «mac» via eth1",
        "«ts» sms.send to=«phone.intl» template=otp agent=«given»",
        "«ts» login ok user=«email» src=[«ip6.compressed»]:«port»",
        "«ts» kyc reviewer=«full» ssn=«ssn.dash» result=pass",
        "«ts» x-forwarded-for: «ip4.pub», «ip4.doc» path=/checkout",
        '«ts» label.print recipient="«full.uc»" street="«street»"',
        "eth0: inet6 «ip6.link»/64 scope link",
        "«ts» ticket.assign to=«given.lc» requester=«email.3»",
    ),
    "json": (
        '{"name": "«full»", "email": "«email»", "phone": "«phone.intl»"}',
        "{'customer': '«full»', 'card': '«card.dash»', 'exp': '«exp»'}",
        '{"shipping": {"line1": "«street»", "city": "«town»"}, "phone": "«phone.e164»"}',
        '<div data-phone="«phone.intl»" data-ip="«ip6»"></div>',
        '{"event": "signup", "ip": "«ip4.pub»", "billing_address": "«addr»"}',
        '{"tax_id": "«ssn.bare»", "tax_id_type": "SSN", "holder": "«full»"}',
        '{"iban": "«iban.compact»", "bic": "«bic»", "account_name": "«full.uc»"}',
        '["«full»", "«full.2»"]',
        '{"assignee": "«given»", "priority": "P2", "queue": "billing"}',
        '{"address": "«addr»", "contact": "Dr. «full»"}',
        '{"from": "«email»", "to": "«email.2»", "subject": "re: leaving do"}',
        '<contact name="«full»" tel="«phone.nat»" />',
        '{"client_ip": "«ip6.mapped»", "session": "«uuid»"}',
        "{'ssn': '«ssn»', 'dob': '«dob»', 'applicant': '«rev»'}",
        '{"pickup": {"street": "«street»"}, "driver": "«wgiven»"}',
        '{"payer": {"first_name": "«given»", "last_name": "«sur»"}, "amount": «amount_num»}',
        '{"card_holder":"«full.uc»","pan":"«card.sp»","cvv":"***"}',
        '{"note": "call back on «phone» about the delivery to «addr»"}',
    ),
    "multiline": (
        (
            "Hi «given»,\n\n"
            "thanks for the form. I've changed your address to:\n\n"
            "«addr.ml»\n\n"
            "Best,\nThe lettings team"
        ),
        (
            "From: «full» <«email»>\nTo: «email.2»\nSubject: keys\n\n"
            "«given.2», I left them with the concierge.\n— sent from my phone"
        ),
        "SHIP TO:\n«full.uc»\n«addr.ml.country.uc»\nTEL «phone»",
        "--\n«full»\nSenior Buyer, Verdigris Labs\nM: «phone.intl»\nE: «email.co»",
        "Name: «full»\nSSN: «ssn.dash»\nAddress: «addr»\nDate of birth: «dob»",
        "first_name,last_name,phone\n«given»,«sur»,«phone.nat»",
        (
            "BEGIN:VCARD\nFN:«full»\nTEL;TYPE=cell:«phone.intl»\nADR;TYPE=home:;;«street»;«town»;;;\nEND:VCARD"
        ),
        (
            "Dear Ms «sur»,\n\n"
            "Your refund will be paid to «iban.grp» within five working days.\n\n"
            "Kind regards,\nAccounts"
        ),
        "Applicant: «rev»\nSSN:\n«ssn.dash»\nSignature: ____________",
        (
            "Hey all,\n\n"
            "the new box is up at «ip4.pub» (and «ip6.compressed» over v6). "
            "Ping the on-call if it breaks.\n\n"
            "cheers\n«given.2»"
        ),
        "Billing\nCardholder: «full»\nCard: «card.sp»\nAddress line 1: «street»",
        "Return address:\n«addr.ml»\n\nPlease call «phone» on arrival.",
        "Minutes, 3 March\nPresent: «full»\nApologies: «wgiven»\nAction: chase the landlord",
        "Contact:\n«rev»\n«addr.ml.country»",
        (
            "Hi «wgiven»,\n\n"
            "your payslip bounced. HR has «iban.compact» on file, is that still right?\n\n"
            "HR"
        ),
        "email;last_ip\n«email»;«ip4.pub»\n«email.2»;«ip6»",
        "Order for pickup\n«full.uc»\n«phone.nat»\nNotes: leave it at reception",
        "Cc: «given.3.lc»\n\nThanks, I've forwarded the SSN («ssn.space») to payroll.\n\n«full»",
    ),
}
