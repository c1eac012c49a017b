"""Set 28's templates with PII: 18 per register, written afresh for this set.

Slots (see bench/redaction_corpus_set28.py): persons ``full given sur rev mi``; ``email``
(made from the person of the same tag, or a role address ``email_role``); ``phone
phone_ext``; ``ssn ssn_dash ssn_space ssn_bare``; ``ip ip4 ip6 ip6s ip6z``; ``card``;
``iban iban_g iban_c``; addresses ``addr addrc addr_ml addrc_ml street`` (gold) and ``city
postcode country`` (not gold), ``__us``-style suffixes fix the country; anything else is a
non-gold filler. ``_lc``/``_uc`` change the case.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "chat": [
        "hey ${given_lc} can u send me ur new addy? is it still ${addr_lc}",
        "lol ${given_lc} just texted me from a new number ${phone} 😂 save it",
        "i told ${given_lc} the plan, she said she can't make it till 8 tho",
        "oye, ¿tienes el móvil de ${full_lc}? creo que era ${phone}",
        "my new place is ${addr_lc} come by saturday!! bring ${given_lc}",
        "> ${full}: call me on ${phone} after 6\nok will do 👍",
        "who is ${full_lc}?? keeps emailing me from ${email}",
        "ugh ${given_lc}'s wifi ip is ${ip4} again, router must've reset",
        "can u pay the deposit w my card ${card} exp 09/28",
        "brb courier says the box is for ${full_lc} at ${addr_lc}?? not us",
        "ssn for the form is ${ssn} dont share it ok",
        "ciao! il nuovo numero di ${full} è ${phone} 📱",
        "ngl ${full_lc} is the best dentist ever, ring ${phone_ext} and say i sent u",
        'fwd: "${full} - ${phone}" can u add them to the group',
        "is ${ip6} your laptop or ${given_lc}'s? it keeps pinging the nas",
        "happy bday ${given_lc}!!! 🎂 (also we moved, new addr ${addr_lc})",
        "pls send the rent to ${iban_c} (${full}) before fri ty",
        "me & ${given_lc} r at ${addr_lc} tonight, come thru",
    ],
    "ticket": [
        "Customer ${full} reports a double charge on her card. Callback: ${phone}.",
        "Reassigned to ${given}. Caller wants delivery moved to ${addr}.",
        (
            "[internal] Spoke w/ Mrs ${sur} on ${phone_ext}; she read out SSN ${ssn_dash} and it "
            "matches."
        ),
        (
            "Subject: refund not received\n\n"
            "Hi, I'm ${full}. Please refund to ${iban} instead of the card. Thanks"
        ),
        "User ${full:a} (${email:a}) cannot log in since the update; last seen from ${ip}.",
        "Ticket #48213 | Priority: high | Requester: ${rev} | Phone: ${phone}",
        "Escalated: the replacement went to ${addr} although the customer asked for the store.",
        "Hi team, ${full:a}'s payment failed with card ${card}; please retry and email ${email:a}.",
        "Caller gave SSN ${ssn} and DOB 03/11/1984 — verified by agent 2291.",
        "Note from Dr. ${sur}'s office: patient has moved to ${addr}, new mobile ${phone}.",
        (
            'Customer wrote: "my name is ${full_lc} and i never ordered this". Address on file: '
            "${addr}."
        ),
        "Please whitelist ${ip4} and ${ip} for the vendor VPN. Requested by ${full}.",
        "Rückruf erbeten: ${full}, Tel. ${phone}, wohnhaft ${addr__de}.",
        "Chargeback dispute — cardholder ${full_uc}, card ${card}, billing address ${addr__us}.",
        (
            "ASSIGNEE: ${given_lc}\nSTATUS: waiting on customer\n"
            "Last reply from ${email} asks us to call ${phone}"
        ),
        "Merged duplicates from ${rev}; both give ${addr} as the ship-to.",
        "Refund approved. Send to ${iban_g}, account holder ${full}.",
        "Login alert for ${email}: new device at ${ip6}, the user says it wasn't them.",
    ],
    "search": [
        "${full_lc} linkedin",
        '"${full}" obituary ${city:x}',
        "${addr_lc} zillow",
        "who called me from ${phone}",
        "dr ${sur_lc} orthodontist near ${city:x}",
        "reverse lookup ${phone}",
        "${ip4} abuse contact",
        "check if ssn ${ssn} belongs to someone",
        "${full} ${city:x} phone number",
        "where is ${ip} located",
        "${email} breached?",
        "iban ${iban} which bank",
        "${full_lc} wedding photos",
        "house for sale ${addr}",
        "${card} stolen card what to do",
        "card ${card} declined why",
        "${rev} court case 2024",
        "directions to ${addr}",
    ],
    "review": [
        "Ask for ${given} at the counter, sorted my refund in five minutes. ⭐⭐⭐⭐⭐",
        "AVOID. ${full} took my deposit and never turned up at ${addr}.",
        "Our driver ${full} was lovely; called ahead from ${phone} and waited.",
        "Stayed at ${addr}. host ${full_lc} was super helpful!!",
        "The vet (Dr. ${full}) saved our cat. Book through ${email_role} or ring ${phone}.",
        "3/5 — food ok but they printed my whole card number ${card} on the receipt?!",
        "I paid ${full} by transfer to ${iban} and got a cracked screen. Not happy.",
        "Thanks to ${given} on the night shift 🙏",
        "Reseña: ${full} nos atendió muy bien. Dirección: ${addr}",
        "Update: ${full}'s team finally refunded me. Called ${phone_ext} three times.",
        "Electrician — ${full} — fixed the fuse box at ${addr} in under an hour. Would hire again.",
        "Do NOT give them your SSN. They wanted mine (${ssn}) just to rent a flat on ${addr}.",
        "Five stars for ${full_uc} and the whole crew!",
        "${given} is the reason I keep coming back.",
        "Label said ${full_lc}, ${addr_lc} — not my name, not my address. Wrong parcel again.",
        "Contact the owner directly (${email}), answered within the hour.",
        "Landlord ${full} kept the whole deposit. Stay away from ${addr}.",
        (
            "Tutor ${full} got my son through his maths exam; her number is ${phone} if anyone "
            "needs it."
        ),
    ],
    "log": [
        (
            '${ip4} - - [12/Mar/2026:10:15:32 +0000] "GET /account HTTP/1.1" 200 5120 "-" '
            '"Mozilla/5.0"'
        ),
        'level=info msg="password reset" user="${full:a}" email=${email:a} src_ip=${ip}',
        "sshd[2231]: Accepted publickey for deploy from ${ip} port ${port} ssh2",
        'payout_created beneficiary_name="${full}" iban=${iban_c} amount=1290.00',
        'WARN kyc mismatch applicant="${rev}" tin=${ssn_bare} ref=${order}',
        "dhcp6: lease ${ip6} assigned hostname=printer-2f hwaddr=${mac}",
        'ship.label.created to_name="${full_uc:a}" to_line1="${street:a}" to_city="${city:a}"',
        "postfix/smtpd[812]: NOQUEUE: reject: RCPT from unknown[${ip4}]: 554 5.7.1; to=<${email}>",
        'audit actor="${given_lc}" action=update_phone old="${phone}" new="${phone}"',
        'card.auth pan=${card} holder="${full}" result=declined code=05',
        "ndp: neighbor ${ip6z} reachable on vlan 20",
        "eth0: addr ${ip4}/24 up, lease renewed by netplan",
        "GET https://[${ip6s}]:${port}/health 503 (reported by ${given})",
        'crm.sync contact="${full}" phone="${phone}" addr="${addr}"',
        'login ok uid=88213 display="${full_lc}" from=${ip4}:${port}',
        'refund.issued payee="${full}" card=${card} approver=${given_lc}',
        '${ip6} - - [03/Feb/2026:22:01:09 +0100] "POST /api/v2/orders HTTP/2.0" 201 88',
        'fraud_score=0.91 ssn=${ssn_dash} name="${full}" ip=${ip4}',
    ],
    "json": [
        '{"shipTo":{"line1":"${street:a}","city":"${city:a}","postcode":"${postcode:a}"},"recip'
        'ient":"${full}"}',
        ('{"customer": {"name": "${full:a}", "email": "${email:a}", "phone": "${phone}"}}'),
        '{"event":"login","ip":"${ip}","user":{"id":"u_99812","mfa":false}}',
        '{"payee_iban": "${iban_c}", "payee": "${rev}", "memo": "invoice 2291"}',
        "{'applicant': '${full}', 'tax_id': '${ssn_dash}', 'verified': True}",
        '[{"first_name":"${given:a}","last_name":"${sur:a}","mobile":"${phone}"}]',
        '{"card": {"number": "${card}", "holder": "${full_uc}", "exp": "11/27"}}',
        '<input name="emergency_contact" value="${full}"><input name="ec_phone" value="${phone}">',
        '{"meta":"assignee=${given_lc}|priority=p2|sla=4h"}',
        '{"address": "${addr}", "geo": {"lat": 51.5, "lng": -0.12}, "contact": "${full}"}',
        '{"peers":["${ip6}","${ip4}"],"admin":"netops"}',
        '{"kyc": {"fullName": "${full}", "ssn": "${ssn}", "residence": "${addr__us}"}}',
        '{"author":"${full}","mentions":["${given}"]}',
        '{"bank": {"iban": "${iban_g}", "holder": "${full:a}"}, "notify": "${email:a}"}',
        'user_profile={"nick":"${user}","real_name":"${full_lc}","tel":"${phone_ext}"}',
        '{"from": "${email:a}", "to": "${email_role}", "signature": "${given:a}"}',
        '{"delivery":{"street":"${street}","notes":"leave with ${given}"}}',
        '{"conn": {"src": "[${ip6s}]:${port}", "dst": "${ip4}:443"}}',
    ],
    "multiline": [
        (
            "From: ${full:a} <${email:a}>\nTo: ${email_role}\nSubject: new address\n\nHi,\n"
            "please update my address to\n${addr_ml}\n\nThanks,\n${given:a}"
        ),
        "SHIP TO:\n${full_uc}\n${addr_ml_uc}\nTEL ${phone}",
        "--\n${full}\nSenior Buyer, ${firm}\nM: ${phone}\n${email_role}",
        (
            "Name: ${full}\nAddress line 1: ${street:a}\nCity: ${city:a}\nPostcode: ${postcode:a}\n"
            "SSN:\n${ssn}"
        ),
        "name,phone,email\n${full:a},${phone},${email:a}\n${full:b},${phone},${email:b}",
        (
            "---------- Forwarded message ---------\nFrom: ${full:a} <${email:a}>\n\n"
            "> Can you wire the balance to ${iban}?\n> ${given:a}"
        ),
        (
            "${full:a}\n${addr_ml}\n\n12 March 2026\n\nDear Sir or Madam,\n\n"
            "my card details, as asked: ${card}.\n\nYours sincerely,\n${full:a}"
        ),
        "Minutes 14/03\nPresent: ${full}, ${full}\n- VPN list to update (${ip4}, ${ip6})",
        (
            "| name | phone | city |\n|---|---|---|\n| ${full} | ${phone} | ${city:x} |\n"
            "| ${full} | ${phone} | ${city:y} |"
        ),
        "Name: ${full}\nMobile: ${phone}\nHome: ${phone}\nNotes: met at the ${place} fair",
        "FROM\n${full_uc}\n${addr_ml_uc}\n\nRETURN TO\n${firm_uc}\n${addrc_ml_uc}",
        "<p>Hi ${given},</p>\n<p>Your order ships to:<br>\n${addr_ml}</p>\n<p>— ${firm}</p>",
        "Name;IBAN;Betrag\n${full};${iban_c};120,00\n${full};${iban_c};75,50",
        (
            "On Tue, ${full:a} wrote:\n> my account ${email:a} was hacked from ${ip}\n\n"
            "Hi ${given:a},\nwe have locked it for now."
        ),
        (
            "[10:02] ${given_lc:a}: hi my ssn is ${ssn}??\n"
            "[10:03] agent: please don't post that here\n[10:03] ${given_lc:a}: sorry"
        ),
        "${full_uc}\n${addrc_ml}",
        "EMPLOYEE: ${rev_uc}\nSSN: ${ssn_space}\nHOME: ${addr}\nEMERGENCY NO.: ${phone}",
        (
            "Hi ${given},\n\nthe box at ${ip6} is down again. Can you call the datacentre on "
            "${phone}?\n\nCheers\n${given}"
        ),
    ],
}
