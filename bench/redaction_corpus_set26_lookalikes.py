"""Look-alike templates of set 26 (``data/pii/set26.jsonl``), 18 per register, no gold slot.

About two thirds are name-like (brands, firms, products, places, streets without a house
number, titles, eponyms, dishes, days, user names, capitalised words at a sentence start,
English-word given names used as words) and one third number-like (waybills shaped like
phones, versions shaped like IPv4, Luhn-failing cards, never-issued SSNs, bad IBANs, ids).
Fillers are in ``redaction_corpus_set26_fillers``.
"""

from __future__ import annotations

CHAT = (
    "omg the {product|lower} finally dropped, preordering rn",
    "meet by the fountain on {road}? 10ish",
    "watched {title} last night and cried like a baby 😭",
    "{brand|lower} sale is on, 40% off everything",
    "Will do 👍 the zip on the form is {zip} right?",
    "anyone been to {place}? thinking of going for the long weekend",
    "u coming to the {day} thing at the office lol",
    "{user} in the discord keeps posting cursed memes",
    "tracking says {waybill} but the site says no such parcel??",
    "had the {dish|lower} at that new place and it slapped",
    "router fw is {ipver} now after the update, still slow",
    "update: {worduse} 🙃",
    "{firm} called about the interview!! second round next week",
    "order {order} still says processing 🙄",
    "pls tell me {eponym} isn't on the exam",
    "Honestly? best gig of the year. {band} were unreal",
    "lost again somewhere near {road|lower} lmao",
    "card got declined and the number on the receipt is {badcard}?? thats not even mine",
)

TICKET = (
    "Customer says the {product} firmware {ipver} bricks the hub. Reproduced on two units.",
    "Waybill {waybill} shows delivered, consignee says no. Claim opened with the courier.",
    "Refund for order {order} approved ({amount}).",
    "Please add {firm} to the approved vendor list before Q3.",
    "Caller asked about {day} opening hours at the {place} branch.",
    "Bug: {eponym} calculation off by one in the CSV export.",
    "Grace period on the {product} subscription extended by 14 days as goodwill.",
    "User {user} can't upload files over 2 GB. Workaround sent.",
    "Build host on {version} panics at boot; rolled back.",
    "Stock check: {sku} out of stock at the {road} store.",
    "Customer typed IBAN {badiban}, checksum fails, asked to re-enter.",
    "Mark as resolved? Looks like a duplicate of {ticket}.",
    "Tax ID {badssn} rejected by the validator (number not issuable).",
    "Reseller asks whether the {brand} is back in stock.",
    "Rename meeting room '{road}' to '{place}' per facilities.",
    "Photo attached: box set of {title} arrived with a cracked case.",
    "Canteen charged twice for the {dish} ({amount}); refund requested.",
    "Customer note: {worduse}. No action needed.",
)

SEARCH = (
    "{title} cast",
    "{product} review",
    "{place} weather",
    "{eponym} explained",
    "{dish} recipe",
    "{brand} outlet near me",
    "track {waybill}",
    "{firm} careers",
    "{road} parking",
    "{ipver} firmware changelog",
    "{day} 2025 date",
    "{version} cve",
    "{user} twitch",
    "{hexid} meaning",
    "{band} tour dates",
    "{coords} map",
    "{firm} reviews glassdoor",
    "is {badssn} a valid ssn format",
)

REVIEW = (
    "The {product} is sturdy and quiet; battery lasts two days.",
    "Best {dish} I've had outside Italy.",
    "Stayed near {place} and the views were unreal.",
    "{title} is a slow burn but worth it.",
    "Bought the {brand} as a gift; packaging was gorgeous.",
    "Arrived with tracking {waybill} three days late.",
    "Will definitely order from {firm} again.",
    "Shop on {road} was closed on {day} even though the sign said open.",
    "Order {order} came with the wrong item ({sku}).",
    "Loved the {band} playlist in the lobby.",
    "Firmware {ipver} fixed the wifi drops.",
    "Seller {user} shipped fast, well packed.",
    "Sorted. {worduse}, anyway great hardware store.",
    "They printed my card as {masked} on the receipt, good privacy.",
    "Cheers to the {firm} crew, fitted in a day!",
    "Charged {amount} on {stamp}, refunded the next day.",
    "Read {title} for book club: the {place} chapters drag.",
    "Perfect for learning {eponym}, clear examples.",
)

LOG = (
    'level=info svc=catalog product="{product}" stock=12',
    "GET /books/{isbn} 200 1.2ms",
    "user={user} action=login result=ok",
    "fw_version={ipver} model=RX-220 uptime=86400",
    'store="{road}" pos=3 txn=ok',
    "kernel: Linux version {version}",
    'vendor="{firm}" invoice={order} total={amount}',
    'commit={hexid} author={user} msg="bump deps"',
    'banner.show name="{day}" locale=en_GB',
    'order_id={order} carrier=dhl awb="{waybill}"',
    'media.play title="{title}" plays=1',
    'card.validate result=luhn_fail pan="{badcard}"',
    'menu.item name="{dish}" price={amount}',
    'geo="{coords}" city="{place}"',
    'ad.impression brand="{brand}" slot=top',
    "ssn.validate value={badssn} result=not_issuable",
    'search q="{eponym}" results=42',
    'band="{band}" venue="{place}" tickets=sold_out',
)

JSON = (
    '{"product": "{product}", "sku": "{sku}", "price": "{amount}"}',
    '{"title": "{title}", "format": "paperback"}',
    '{"username": "{user}", "karma": 1024}',
    '{"firmware": "{ipver}", "channel": "stable"}',
    '{"vendor": "{firm}", "po": "{order}"}',
    '{"trace_id": "{hexid}", "ts": "{stamp}"}',
    '{"menu": [{"item": "{dish}"}, {"item": "{dish}"}]}',
    '{"awb": "{waybill}", "status": "in_transit"}',
    '{"store": "{road}", "opens": "09:00"}',
    '{"iban_check": {"input": "{badiban}", "valid": false}}',
    '{"destination": "{place}", "nights": 3}',
    '{"lat_lon": "{coords}", "accuracy_m": 12}',
    '{"holiday": "{day}", "closed": true}',
    '{"card_test": "{badcard}", "expect": "reject"}',
    '{"brand": "{brand}", "size": "M"}',
    '{"topic": "{eponym}", "level": "advanced"}',
    '{"note": "{worduse}"}',
    '{"band": "{band}", "album": "{title}"}',
)

MULTILINE = (
    "Hi all,\n\nThe {product} launch moves to next week. Samples ship from the {place} "
    "warehouse.\n\nThanks",
    "Shipment\nAWB: {waybill}\nOrder: {order}\nWeight: 2.4 kg",
    "--\nThe {firm} team\nOpening hours 9-5",
    "Menu\n- {dish}\n- {dish}\n- Lemon sorbet",
    "SKU,name,qty\n{sku},{product},4\n{sku},{product},2",
    "Release notes {version}\n- fixes {eponym} rounding\n- bundles firmware {ipver}",
    "Reading list:\n1. {title}\n2. {title}\n3. {title}",
    "Test cards (all must FAIL):\n{badcard}\n{badcard}",
    "Store hours ({road})\nMon-Fri 9-6\nClosed on {day}",
    "| user | posts |\n|---|---|\n| {user} | 120 |\n| {user} | 87 |",
    "Trip notes\nDay 1: {place}\nDay 2: {place}\nDay 3: home",
    "Validator report\nSSN {badssn}: not issuable\nIBAN {badiban}: bad checksum",
    "Gig list\n{band}, Friday\n{band}, Saturday",
    "> Will the {brand} be restocked?\nYes, next Tuesday.\n\nCheers",
    "Agenda\n1. {eponym}\n2. Q&A\n3. Drinks on {road}",
    "Device inventory\nmac: {mac}\nfw: {ipver}\nsnmp oid: {oid}\nlocation: {coords}",
    "Garden diary\n- {worduse}\n- {worduse}",
    "Dear customer,\n\nYour order {order} has shipped.\nTracking: {waybill}\n\nKind regards",
)

LOOKALIKE_TEMPLATES = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
