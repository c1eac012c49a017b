"""Set 31's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

Slots: persons {full} {fullm} {given} {sur} {sgiven} {init} {first} {last} {wfull} (suffix _lc or _uc for
lower or upper case, .2/.3 for a second or third person); {email} (from the person), {emailr}
(a role address), {emailx} (a handle); {phone} {phone_us} {phone_intl} {phone_local}
{phone_ext}; {ssn} {ssn_dash} {ssn_sp} {ssn_dot} {ssn_bare}; {ip4} {ip6} {ip6z} {ip6_full}
{ip6_strip} {ip6_uc} {ip6_v4} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} (with
_lc/_uc) and the non-gold {city} {postcode} {country}; any other slot is a non-gold filler.
Chat is keyboard-capitalised: the first letter of a line is upper case, names typed lower case;
some lines are in Portuguese, Turkish, Indonesian or Vietnamese.
"""

# ruff: noqa: E501, RUF001
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "Hi {given_lc}, can u check if the courier left it at {addr_lc}?{emoji}",
    "Oi {given_lc}! Manda o dinheiro do aluguel pra conta {iban} mesmo, valeu 🙏",
    "Ok so {full_lc} says the router is {ip4} now, not the .1 one",
    "Merhaba {given_lc}, yeni numaram {phone_intl}, kaydeder misin? 😊",
    "Omg {given_lc} just pasted {ssn_dash} in the group 💀 someone delete it",
    "Kak {given_lc}, alamat baru aku {addr}, kirim ke situ ya 📦",
    "Anh {given_lc} ơi, số em là {phone_local}, gọi em {when} nhé",
    "Can u reboot the mesh node {given_lc}? it's on {ip6} and keeps dropping",
    "Happy bday {full_lc}!! 🎂 cake at {addr_lc} {when}",
    "Lol {given_lc} typed her card into the chat {card} 💀 cancel it asap",
    "Ask mr {sur_lc} abt the deposit, his email is {email}",
    "{given_uc}!!! where r u, we're at {addr} already{emoji}",
    "Sorry wrong chat 🙈 — {full_lc}, ss no. {ssn_bare}, for the lease form",
    "Tell {given_lc} the nas moved to {ip6_full}, the old address is dead",
    "Bro {given_lc} changed his number again → {phone}{emoji}",
    "Gửi {given_lc}: chuyển khoản vào {iban} nha, ghi 'tiền nhà' giúp mình",
    "Saw {full_lc} at the market, she said mail her at {email} for the recipe",
    "Reminder {given_lc} and {given_lc.2} pick up the keys from {addr} {when}",
)

TICKET: tuple[str, ...] = (
    "Customer {full} rang from {phone_ext} about a double charge on card {card}.",
    "Requester: {full_uc}\nSSN#: {ssn_dash}\nIssue: W-2 mailed to the wrong address ({addr}).",
    "Agent note: spoke with Mr {sur}; refund goes to IBAN {iban}, not the original card.",
    "[auto] Login for {email} from [{ip6}]:{port} blocked; owner {full} notified at {phone}.",
    "Cliente {full} diz que a encomenda não chegou em {addr}. Telefone: {phone_local}.",
    "Escalated by {init} (L1): technician never showed at {addr}. Callback {phone_us}",
    "Müşteri {full}: kargo {addr} adresine teslim edilmedi, tel {phone_intl}.",
    "ss no. {ssn_sp} on the tax form doesn't match {full_lc}'s record, pls advise",
    "Hi team, {given} here — my new address is {addr}, please update billing. Thanks, {given}",
    "Pelanggan {full} minta refund ke rekening {iban}, nomor HP {phone_local}.",
    "Caller gave DOB and SSN {ssn_dot}. Verified. Wants the letter sent to {email}.",
    "Device {ip4} (kitchen tablet) flagged by the IDS; assigned to {given_lc}.",
    "Reopened: {full} still billed; the full PAN read out on the call was {card}.",
    "Chargeback on {card}; cardholder {sgiven}, billing address {addr}.",
    "Update contact for {wfull}: {email} / {phone}. cc {given_lc.2}",
    "Dr. {sur} (clinic account) wants paper statements sent to\n{addrml}",
    "Khách hàng {full} báo chưa nhận được hàng tại {addr}, sđt {phone_local}.",
    "NAS at {ip6_uc} unreachable since {time}; reported by {full} via {emailr}.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} obituary {city}",
    "{addr_lc} house price",
    "{phone} who called me",
    "is {ssn_dash} a real ssn",
    "{ip6} whois",
    "{full} {firm}",
    "{iban} which bank",
    "{card} balance check",
    "{full_lc} linkedin",
    "dentist near {addr}",
    "{email} leaked?",
    "{full_uc} {city} address",
    "{ip4} blacklist",
    "{init} {city} lawyer",
    "ssn {ssn_bare} lookup",
    "{full_lc} and {full_lc.2} wedding photos",
    "{phone_intl} whatsapp",
    "{addr} to {place} bus",
)

REVIEW: tuple[str, ...] = (
    "Five stars for {given} at the front desk, sorted my booking in minutes. {stars}",
    "Ordered to {addr}, arrived crushed. {full} in support was kind at least.",
    "AVOID. They charged my card {card} twice and {given} said 'not our problem'.",
    "Ótimo atendimento da {full}! Entregou em {addr} no mesmo dia. {stars}",
    "Technician {init} fixed the boiler and left his number {phone} for follow-ups.",
    "Çok memnun kaldım, {full} hanım her şeyi tek tek anlattı. {stars}",
    "Guest wifi is open: my laptop showed up as '{full_lc}'s MacBook' at {ip4} for everyone.",
    "Host {given_lc} was lovely 🙂 flat at {addr_lc} spotless",
    "Pelayanan {full} ramah banget, pengiriman ke {addr} cepat. {stars}",
    "Asked for my refund to {iban}; {sur} at head office never replied.",
    "Tutor {sgiven}: patient, clear, punctual. Contact {email}.",
    "Chị {given} bán hàng nhiệt tình, giao tới {addr} đúng hẹn. {stars}",
    "Left my number {phone_local} with {given}, nobody called back. 2/5",
    "Shout out to {wfull} and {full.2} in returns!!",
    "The label said\n{addrml_uc}\nbut the parcel came to me. Funny service.",
    "Driver {given_uc}: on time, careful, polite. Ring him on {phone_ext}.",
    "Beware: they asked for my SSN ({ssn}) just to rent a bike.",
    "Dr {sur} explained everything, and the clinic at {addr} is easy to find.",
)

LOG: tuple[str, ...] = (
    '{ip4} - {email} [{clf}] "POST /login HTTP/2" 302 0 "-" "okhttp/4.12"',
    "{syslog} gw01 sshd[{n4}]: Accepted publickey for deploy from {ip6} port {port} ssh2",
    'level=info msg="profile updated" user_name="{full}" phone="{phone}"',
    '{ts} WARN kyc: mismatch ssn={ssn_bare} applicant="{full_lc}"',
    '{"ts":"{ts}","level":"error","event":"payout_failed","iban":"{iban}","beneficiary":"{full}"}',
    "{syslog} dhcpd6: lease {ip6_full} granted to desk-{n} (owner {full_lc})",
    'Traceback (most recent call last):\n  File "billing/charge.py", line {n}, in charge\nValueError: card declined: {card} (holder={full})',
    "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={ip4} DST={ip4} PROTO=TCP DPT=22",
    '{ts} shipping label created to="{addr}" recipient={given_lc}',
    '{ip6_v4} - - [{clf}] "GET /cart HTTP/1.1" 200 991 "-" "Mozilla/5.0"',
    "audit: actor={sur_lc} action=export target=customers.csv from={ip6z}",
    "{syslog} radvd[{n}]: sending RA to {ip6z}, owner={given_lc}",
    "postfix/smtp[{n4}]: to=<{email}>, relay=mx2.mailhost.net[{ip4}]:25, status=sent (250 ok)",
    'INFO payments: refund ok card={card} name="{full_uc}" amount={amount}',
    "user.login ok uid={n4} email={email} ip={ip6_strip}",
    '{syslog} app[{n}]: address change for {sgiven}: old="{addr}" new="{addr.2}"',
    "{ts} ERROR sms gateway rejected {phone_intl} (owner: {full})",
    "E{n4} {ts} loader.go:{n}] ssn leaked in payload: {ssn_dash}",
)

JSON: tuple[str, ...] = (
    '{"customer":{"name":"{full}","phone":"{phone}","address":{"line1":"{street}","city":"{city}","zip":"{postcode}"}}}',
    "{'first_name': '{first}', 'last_name': '{last}', 'ssn': '{ssn_dash}'}",
    "name={full_lc}&email={email}&ip={ip4}&src=signup",
    "payer:\n  name: {full}\n  iban: {iban}\n  phone: {phone_intl}",
    '{"mentions":["{given_lc}","{given_lc.2}"],"text":"pls review","client_ip":"{ip6}"}',
    '[user]\nname = "{full}"\nemail = "{email}"\naddress = "{addr}"',
    '{"card":{"number":"{card}","holder":"{full_uc}","exp":"{exp}"}}',
    '{"event":"login","src":"[{ip6}]:{port}","user":{"display":"{full}"}}',
    '{"shipTo":{"attn":"{sgiven}","street":"{street_uc}","postal":"{postcode}"},"tel":"{phone_local}"}',
    'contacts=[{"n":"{full}","e":"{email}"},{"n":"{full.2}","e":"{email.2}"}]',
    "attrs={'owner': '{given_lc}', 'host_ip': '{ip4}', 'tz': 'Asia/Ho_Chi_Minh'}",
    '{"applicant":{"surname":"{last_uc}","given":"{first_uc}","tin":"{ssn_bare}"}}',
    "- name: {wfull}\n  role: tenant\n  addr: {addr}\n- name: {full.2}\n  role: guarantor",
    '{"beneficiary":"{full}","iban":"{iban}","ref":"{order}"}',
    '{"peers":["{ip6z}","{ip6_full}"],"owner":"{full_lc}"}',
    'signature: "{full} · {phone_ext} · {email}"',
    '{"patient":"{init}","ssn":"{ssn_sp}","addr":"{addr}"}',
    '{"from":"{email}","to":["{emailr}"],"cc":"{given_lc.2}","body":"call me on {phone}"}',
)

MULTILINE: tuple[str, ...] = (
    "From: {full} <{email}>\nTo: {emailr}\nSubject: change of address\n\nHi,\nplease send my statements to\n{addrml}\n\nThanks,\n{given}",
    "SHIP TO:\n{full_uc}\n{addrml_uc}\nTEL {phone}",
    "> On {date}, {full} wrote:\n> my IBAN is {iban}\n\nThanks {given_lc}, the payment goes out {when}.",
    "Best,\n{full}\nSenior Buyer | {firm}\n{phone_ext}\n{email}",
    "Name: {full}\nAddr line 1: {street}\nCity: {city}\nPostcode: {postcode}\nSSN: {ssn}",
    "name,phone,email\n{wfull},{phone},{email}\n{full.2},{phone},{email.2}",
    "| host | ip | owner |\n|---|---|---|\n| nas | {ip6} | {given_lc} |\n| printer | {ip4} | {given_lc.2} |",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{full}\nTEL;TYPE=cell:{phone_intl}\nADR;TYPE=home:;;{street};{city};;{postcode};{country}\nEND:VCARD",
    "INVOICE {invoice}\nBill to: {full}\n{addrml}\nPay to IBAN: {iban}",
    "BEGIN:VEVENT\nSUMMARY:Viewing at {addr}\nORGANIZER;CN={full}:mailto:{email}\nATTENDEE;CN={full.2}:mailto:{email.2}\nEND:VEVENT",
    "[{time}] {given}: my card is {card} 😅\n[{time}] {given.2}: DELETE that\n[{time}] {given}: oops",
    "---------- Forwarded message ---------\nFrom: {full} <{email}>\nDate: {date}\n\nMy SSN is {ssn_dash}, please put it on the 1099.\n\n{given}",
    "RETURN TO\n{full}\n{addrml}\n\nDELIVER TO\n{full_uc.2}\n{addrml_uc.2}",
    "Olá {given},\n\nsegue meu endereço novo:\n{addrml}\nCelular: {phone_local}\n\nAbraços,\n{full.2}",
    "EMPLOYEE: {sgiven_uc}\nSSN: {ssn_sp}\nHOME PHONE: {phone_us}\nSTREET: {street_uc}",
    "Notes {date}\nAttendees: {full}, {full_lc.2}, {init.3}\n- {given} sends the v6 plan ({ip6_strip})\n- {given.2} owns the vendor call",
    "Sayın {full},\n\nSiparişiniz\n{addrml}\nadresine gönderildi. Sorularınız için: {phone_intl}\n\nSaygılarımızla",
    "beneficiary;iban;amount\n{full};{iban};{amount}\n{full.2};{iban};{amount}",
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
