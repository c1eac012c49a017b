"""Set 32's look-alike templates (no PII), 18 per register (even positions: tuning half).

About two thirds are name-like (brands and firms named after people, law firms and "& Sons",
places, streets without a number, titles, eponyms, dishes, days and fairs, ships, storms and
racehorses, products, pets, bots and voice assistants with given names, handles, team names
in owner/assignee keys, capitalised openers, given names that are English words used as words,
lower-case mentions in chat, Korean romanisation, Dutch, Polish, Swahili and Thai
romanisation lines) and one third number-like. The English-word given names of
``WORD_GIVEN`` are written literally: Damask, Verbena, Sequoia, Plover, Russet only in even
templates; Amaranth, Cardamom, Mistral, Camellia, Tamarisk only in odd ones.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "anyone tried {brand_lc}? saw an ad{emoji}",
    "did u see {vessel} on the news?? wild{emoji}",
    "Damask curtains finally up 😍 come see {when}{emoji}",
    "Mistral blowing like crazy here, {time} ferry cancelled{emoji}",
    "tracking says {tracking}, still in customs{emoji}",
    "who ate the last of the {dish_lc}??{emoji}",
    "update {semver} bricked my watch again lol",
    "Cardamom buns at {firm} {when}? 🤤",
    "Annyeong! {brand} sale {when} 🙌",
    "Hoi allemaal, wie gaat er mee naar {place}?{emoji}",
    "Plover nest near {place}, keep the dogs off pls 🐦{emoji}",
    "Camellia blooming already at {place_lc}{emoji}",
    "lol {bot} just answered in the middle of the call 💀",
    "Will do, order {order} lands {when}",
    "Habari zenu, {firm_lc} iko wazi leo?{emoji}",
    "Mai pen rai, {title} is on netflix now{emoji}",
    "happy {day} everyone!! 🎉{emoji}",
    "{pet} knocked the plant over again 😩{emoji}",
)

TICKET: tuple[str, ...] = (
    "Will do. Routed to {team}, ref {ticketid}.",
    "Customer asks whether {firm2} still handles probate. Sent KB {n4}.",
    "Card {badcard} fails the check digit; asked customer to re-key.",
    "Assignee: {team}\nReviewer: {team}\nDue: {date}",
    "Waybill {waybill} shows delivered; customer disputes.",
    "Firmware {ver4} on the NVR, rollback to {semver} requested.",
    "Duplicate of {ticketid}. {firm} already refunded {amount}.",
    "Amaranth dye stained the sofa, quote from {firm} {amount}.",
    "Sequoia cones order for the lobby display, due {date}.",
    "SSN field holds {badssn}, never issued; asked for the card.",
    "IBAN {badiban} bounced (check digits). Customer will resend.",
    "Klant vraagt naar {brand}; uitverkocht tot {date}.",
    "owner={team} approver={team} state=resolved",
    "Delivery to {place} delayed by {vessel}.",
    "Russet potatoes missing from order {order}, credit issued.",
    "Tamarisk hedge trimming booked for {date}.",
    "Bug in {product} integration, build {build}, see {ticketid}.",
    "Customer quoted {eponym} at us; escalated to {team}.",
)

SEARCH: tuple[str, ...] = (
    "{brand_lc} {q_shop}",
    "{firm2} {q_firm}",
    "{place} {q_place}",
    "{title} {q_work}",
    "{eponym} {q_info}",
    "{dish_lc} {q_food}",
    "{vessel} {q_news}",
    "{product} {q_tech}",
    "{team} {q_cloud}",
    "{streetnn} {q_place}",
    "verbena {q_shop} {yr}",
    "tamarisk hedge {q_place} {yr}",
    "track {tracking}",
    "{isbn} first edition",
    "{firm_lc} {q_firm}",
    "{day} {yr}",
    "{bot} {q_tech}",
    "pet called {pet} {q_info}",
)

REVIEW: tuple[str, ...] = (
    "The {brand} I ordered is gorgeous, worth every cent. {stars}",
    "{firm2} sorted our lease in a week. {stars}",
    "Stayed near {place}, stunning views, noisy road. {stars}",
    "Read {title} in one sitting. {stars}",
    "The {dish} here is the best I've had. {stars}",
    "Lovely shop on {streetnn}, friendly staff. {stars}",
    "Verbena soap for {amount}, smells amazing. {stars}",
    "Cardamom latte at {firm} too sweet for me. {stars}",
    "{firm} fitted our windows on time. {stars}",
    "{product} stopped working after {n} days. {stars}",
    "Bestelling {order} kwam netjes aan, top service. {stars}",
    "Bardzo dobra obsługa w {firm}, polecam. {stars}",
    "Went for {day}, the fair was packed. {stars}",
    "Booked via {user}'s tip, not disappointed. {stars}",
    "Version {ver4} fixed the battery drain finally. {stars}",
    "Paid {amount} for a refill, bit steep. {stars}",
    "Our cat {pet} loves this scratching post. {stars}",
    "{bot} keeps mishearing me, two weeks in. {stars}",
)

LOG: tuple[str, ...] = (
    "{ts} INFO deploy version={semver} build={build} owner={team}",
    "{syslog} cron[{n4}]: (root) CMD (/usr/local/bin/backup --lot {lot})",
    'level=info msg="job done" team="{team}" duration_ms={n4}',
    "{ts} WARN checksum mismatch sha={sha} artifact=release-{ver4}",
    '{"ts":"{ts}","lvl":"info","msg":"shipment","awb":"{awb}","carrier":"{firm}"}',
    "{syslog} kernel: usb 1-2: new device serial {serial}",
    "{ts} ERROR validate card={badcard} reason=luhn",
    "Traceback (most recent call last):\n  File \"etl/load.py\", line {n}, in run\nKeyError: '{uuid}'",
    '{ts} DEBUG geo lookup coords="{coord}" place="{place}"',
    "audit: actor={team} action=rotate-keys target=vault/{team} at {epoch}",
    "{ts} INFO order={order} sku={sku} qty={n}",
    '{ts} WARN iban_check failed value="{badiban}"',
    '{ts} INFO isbn={isbn} title="{title}"',
    "{syslog} {bot}[{n4}]: wake word detected, confidence 0.{n}",
    "{ts} INFO ssn_check rejected value={badssn} (never issued)",
    "{ts} INFO vin={vin} lot={lot}",
    "method=POST path=/v2/orders status=201 dur={n}ms trace={uuid}",
    "{ts} INFO invoice {invoice} exported by={team}",
)

JSON: tuple[str, ...] = (
    '{"brand": "{brand}", "sku": "{sku}", "price": "{amount}"}',
    "{'owner': '{team}', 'assignee': '{team}', 'status': 'open'}",
    'service:\n  name: {product}\n  oncall: {team}\n  version: "{semver}"',
    '[build]\nid = "{build}"\ncommit = "{sha}"',
    "?q={dish_lc}&sort=rating&page={n}",
    "<book><title>{title}</title><isbn>{isbn}</isbn></book>",
    '{"vessel": "{vessel}", "pos": "{coord}", "eta": "{date}"}',
    '{"firm": "{firm2}", "invoice": "{invoice}", "total": "{amount}"}',
    '{"event": "{day}", "venue": "{place}", "year": {yr}}',
    "attrs={'handle': '{user}', 'followers': {n4}}",
    '{"pet": {"name": "{pet}", "chip": "{kid}"}}',
    "- team: {team}\n  pager: {team}\n- team: {team}\n  pager: {team}",
    '{"card_test": "{badcard}", "expect": "invalid"}',
    '{"street": "{streetnn}", "geo": "{coord}"}',
    '{"tracking": ["{tracking}", "{awb}"], "courier": "{firm}"}',
    '{"assistant": "{bot}", "locale": "nl-BE", "build": "{build}"}',
    '{"eponym": "{eponym}", "ref": "{isbn}"}',
    'order = { id = "{order}", mac = "{mac}" }',
)

MULTILINE: tuple[str, ...] = (
    "From: {team} <noreply>\nSubject: Release {semver}\n\nBuild {build} is out.\nChecksums: {md5}",
    "Dear customer,\n\nYour order {order} from {brand} has shipped.\nTracking: {tracking}\n\nKind regards,\n{firm}",
    "PACKING SLIP\nSKU {sku}\n{lot}\nQTY {n}",
    "| team | on-call | runbook |\n|---|---|---|\n| {team} | {team} | RB-{n4} |",
    "Menu\n- {dish}\n- {dish}\n- Damask rose sorbet",
    'title,isbn,price\n"{title}",{isbn},{amount}',
    "BEGIN:VEVENT\nSUMMARY:{day}\nLOCATION:{place}\nDTSTART:{yr}0612T0900\nEND:VEVENT",
    "commit {sha}\nAuthor: {team} bot\n\n    chore: bump {product} sdk to {semver}",
    "Invoice {invoice}\nSupplier: {firm2}\nTotal {amount}\nDue {date}",
    "Camellia Ward, bed {n}\nvisiting hours {time}-{time}",
    "RECEIPT\n{firm}\n{sku}  {amount}\nCARD {badcard}\nDECLINED",
    "Review:\n> timeout = {n}\nnit: use the {eponym} constant here",
    "Voicemail ({time}): this is {bot} confirming your slot on {date}.",
    "Harbour log\n{time} {vessel} departed\n{time} pilot off at {coord}",
    "Beste buren,\n\n{day} valt dit jaar op {date}.\nTot dan!\n{team}",
    "Dzień dobry,\nfaktura {invoice} w załączniku.\nPozdrawiam,\n{firm}",
    "Plover Cottage\nguest book, {date}\n'{pet} loved the garden'",
    "Mistral warning {date}\nwind {n} km/h, ferries {vessel} cancelled",
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
