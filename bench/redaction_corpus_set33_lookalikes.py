"""Set 33's look-alike templates (no PII), 18 per register (even positions: tuning half).

About two thirds are name-like (brands and firms named after people, law firms, places,
streets without a number, titles of works, eponyms, laws and diseases, dishes, saints' days,
ships, storms and racehorses, products, pets, bots and voice assistants, fictional characters,
awards and lectures, handles, team and code names in owner/assignee keys, the English-word
given names of ``WORD_GIVEN`` used as words, capitalised openers, lower-case mentions in chat
and search, lines in Portuguese, Tagalog, Malay, Turkish and Georgian romanisation) and one
third number-like (order ids, waybills, tracking ids, versions, builds, timestamps, hashes,
coordinates, ISBNs, lot numbers, MAC addresses, patents, IMEIs, invalid SSNs, cards and IBANs).
"""

# ruff: noqa: E501, RUF001
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "anyone tried {brand_lc}? the ad keeps following me{emoji}",
    "did u see {vessel} on the news, ferry's cancelled{emoji}",
    "{wordgiven} tea with honey {when}, fixes everything tbh{emoji}",
    "tracking {tracking} still says customs 😩",
    "who finished the {dish_lc}??",
    "app updated to {semver} and now it crashes lol",
    "meet at {place} {when}?{emoji}",
    "bora no {firm} {when}? dizem que é bom",
    "happy {day} guys!! 🎉{emoji}",
    "{pet} ate my charger cable again{emoji}",
    "lol {bot} answered instead of a human{emoji}",
    "Tara, {place_lc} tayo {when}!",
    "Yarın {work} izleyelim mi?{emoji}",
    "order {order} arrives {when}, finally",
    "gamarjoba! {firm2} still open on sundays?",
    "jom makan {dish} {when}{emoji}",
    "reading {work_lc} for book club, no spoilers!!",
    "{character} costume for the party?{emoji}",
)

TICKET: tuple[str, ...] = (
    "Will do — routed to {team}, ref {ticketid}.",
    "Customer asks if {firm2} handles probate. Sent KB article {n4}.",
    "Card {badcard} fails the checksum; asked the customer to re-enter it.",
    "Order {order} stuck at the warehouse, waybill {waybill}.",
    "Duplicate of {ticketid}. Closing.",
    "Assignee: {team}\nReviewer: {team}\nStatus: blocked on {firm}",
    "Submitted SSN {badssn} is not a valid number; form rejected.",
    "Refund of {amount} to IBAN {badiban} bounced: check digits invalid.",
    "Customer asks about {product} pairing, firmware {semver}.",
    "{bot} escalated chat {ticketid} to a human agent.",
    "Delivery to {place} delayed by {vessel}.",
    "Dear customer, your {brand} warranty ends {date}.",
    "Device MAC {mac} not in the allowlist; handed to {team}.",
    "{lot} of {dish} recalled; {n} complaints so far.",
    "Reklamasyon: {product} çalışmıyor, seri {imei}.",
    "Bukas na po ang {firm} sa {streetnn}.",
    "Patent {patent} cited by {firm2} in their letter.",
    "Reembolso de {amount} aprovado, pedido {order}.",
)

SEARCH: tuple[str, ...] = (
    "{brand_lc} {q_shop}",
    "{firm2} {q_firm}",
    "{place_lc} {q_place}",
    "{work} {q_work}",
    "{eponym} {q_info}",
    "{dish_lc} {q_food}",
    "{vessel} {q_event}",
    "{day} {q_event}",
    "{character} {q_work}",
    "{award} {q_info}",
    "{streetnn} {q_place}",
    "{isbn}",
    "{product} {q_shop}",
    "{tracking} track",
    "{firm} {q_firm}",
    "{semver} changelog",
    "{bot_lc} not working on {product}",
    "{patent} {q_info}",
)

REVIEW: tuple[str, ...] = (
    "Bought {brand} for my dad, he loves it. {stars}",
    "{firm2} handled our lease, fair fees. {stars}",
    "Stayed near {place}, quiet and clean. {stars}",
    "The {dish} was cold. {stars}",
    "{product} stopped working after {n} days. {stars}",
    "{firm} came on time, tidy work. {stars}",
    "Loved {work}, the ending got me. {stars}",
    "Ordered {n} items, got fewer. Order {order}. {stars}",
    "{bot} couldn't answer a single question. {stars}",
    "Ótimo atendimento, {firm_lc} recomendo! {stars}",
    "Sulit! {brand} quality pa rin. {stars}",
    "Harika, {dish} çok lezzetliydi. {stars}",
    "{pet} the shop cat is the real star. {stars}",
    "Sedap gila {dish_lc}, datang lagi! {stars}",
    "Overpriced at {amount}. {stars}",
    "Chef won {award}? Hardly. {stars}",
    "Cabin on {streetnn} has no number on the door, hard to find. {stars}",
    "Crossing was rough thanks to {vessel}. {stars}",
)

LOG: tuple[str, ...] = (
    "{syslog} app[{n4}]: deploy {semver} build {build} ok",
    "{ts} INFO order={order} status=shipped carrier_ref={waybill}",
    'level=warn msg="checksum failed" card={badcard}',
    "{ts} validator: rejected ssn={badssn} reason=invalid",
    '{"ts":"{ts}","msg":"iban check failed","iban":"{badiban}"}',
    "{syslog} kernel: eth0: link up, hwaddr {mac}",
    "owner={team} approver={team} change=CHG{n4} result=ok",
    "k8s: Normal Scheduled pod/api-{hash} assigned to node-{n} by {team}",
    "git: {hash} Merge branch 'release/{semver}'",
    "{ts} ais: {vessel} at {coord}",
    "{syslog} cron[{n4}]: ({user}) CMD (backup.sh --lot {n4})",
    "bot={bot} intent=greeting confidence=0.{n}",
    "{ts} WARN pkg {semver} requires runtime {ver}",
    'Traceback (most recent call last):\n  File "catalog/isbn.py", line {n}, in parse\nValueError: bad checksum {isbn}',
    "{syslog} audit: actor={team} action=rotate key={hash}",
    "{ts} tracking={tracking} event=out_for_delivery",
    "{ts} INFO patent sync {patent} ok",
    "{ts} metrics cpu={n}% mem={n}% lot={lot}",
)

JSON: tuple[str, ...] = (
    '{"brand": "{brand}", "sku": "{order}", "price": "{amount}"}',
    '{"assignee": "{team}", "reviewer": "{team}", "labels": ["p2"]}',
    "{'vessel': '{vessel}', 'pos': '{coord}'}",
    '{"version": "{semver}", "build": "{build}", "commit": "{hash}"}',
    'pet:\n  name: {pet}\n  batch: "{lot}"',
    '[release]\nversion = "{semver}"\ncodename = "{team}"',
    "<book><title>{work}</title><isbn>{isbn}</isbn></book>",
    '{"card_test": "{badcard}", "valid": false}',
    '{"ssn_sample": "{badssn}", "valid": false, "reason": "never issued"}',
    '{"iban": "{badiban}", "valid": false}',
    'query { product(name: "{product}") { reviews { stars } } }',
    '{"menu": [{"item": "{dish}", "price": "{amount}"}]}',
    '{"event": "{day}", "location": "{place}"}',
    "mac={mac}&fw={ver}&ts={ts}",
    '{"bot": {"name": "{bot}", "lang": "pt-BR"}}',
    '{"award": "{award}", "field": "physics"}',
    '{"firm": "{firm2}", "type": "law", "office": "{streetnn}"}',
    '{"character": "{character}", "book": "{work}"}',
)

MULTILINE: tuple[str, ...] = (
    "From: {firm} <no-reply>\nSubject: your order {order}\n\nThanks for shopping with {brand}!",
    "| service | owner |\n|---|---|\n| checkout | {team} |\n| search | {team} |",
    "RELEASE NOTES {semver}\n- fixed crash on {product}\n- build {build}",
    "Dear customer,\nyour parcel {tracking} is with {firm}.\nRegards",
    "PACKING SLIP\n{lot}\nItems: {n}\nWaybill: {waybill}",
    "commit {hash}\nAuthor: {team} bot\n\n    chore: bump to {semver}",
    "Menu\n- {dish} {amount}\n- {dish} {amount}",
    "Meeting notes\n- {bot} rollout next sprint\n- owner: {team}",
    "Shipping forecast\n{vessel} expected near {place} by {time}",
    "Reading list:\n1. {work}\n2. {work}\n3. {character} fan fiction",
    "Test data (invalid on purpose):\ncard {badcard}\nssn {badssn}\niban {badiban}",
    'VOICEMAIL\n"hi, this is {firm2}, about your file {ticketid}, call us back"',
    "INVOICE {invoice}\nTotal: {amount}\nPatent ref: {patent}",
    "Happy {day}!\nFrom all of us at {firm}",
    'name,code\n"{brand}",{order}\n"{product}",{order}',
    "Lecture series\n{award} lecture, {date}\nVenue: {place}",
    "Mabuhay!\nLibreng {dish_lc} sa {firm} ngayong {date}.",
    "Sevgili müşterimiz,\n{pet} kampanyası {date} tarihinde başlıyor.\n{brand}",
)

LOOKALIKES = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
