"""Set 31's look-alike templates (no PII), 18 per register (even positions: tuning half).

About two thirds are name-like (brands and firms named after people, law firms and "& Sons",
places, streets without a number, titles, eponyms, dishes, days and fairs, ships, storms and
racehorses, products and assistants with given names, handles, team names in person keys,
capitalised openers, given names that are English words used as words, lower-case mentions in
chat, Portuguese, Turkish, Indonesian and Vietnamese lines) and one third number-like. The
English-word given names of ``WORD_GIVEN`` are written literally: Azure, Diamond, Snowdrop,
Haze, Nutmeg only in even templates; Solstice, Hawk, Daffodil, Cove, Chestnut only in odd ones.
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "Anyone tried {brand_lc}? thinking of getting some{emoji}",
    "Did u see {vessel} on the news??{emoji}",
    "Azure sky today finally 🌤️ beach at {place_lc} {when}?",
    "Solstice party at {firm} {when}!!",
    "Tracking says {tracking}, still stuck in customs{emoji}",
    "Ok who finished the {dish_lc}?? 😤{emoji}",
    "Version {ver4} broke my phone again lol",
    "Hawk spotted over {place} at {time}!! 🦅",
    "Merhaba herkes, {brand} indirimde {when} 🙌",
    "Alguém já foi no {firm}? dizem que é bom{emoji}",
    "Snowdrops are up in the garden, come see {when} 🌱{emoji}",
    "Cove swim at {time}? water's cold tho{emoji}",
    "Lol {product} just started talking in the middle of the meeting 💀{emoji}",
    "Will do, order {order} should land {when}",
    "Ada yang pernah makan di {firm_lc}? katanya enak{emoji}",
    "Mọi người ơi xem {title} chưa? hay cực{emoji}",
    "Happy {day} everyone!! 🎉{emoji}",
    "Grace period ends {date}, pay the {amount} before then 🙏",
)

TICKET: tuple[str, ...] = (
    "Will do. Moved to {team}, ref {ticketid}.",
    "Customer asks if {firm2} still handles leases. Sent KB {n4}.",
    "Card {badcard} fails validation; asked the customer to re-enter it.",
    "Assignee: {team}\nReviewer: {team}\nETA: {date}",
    "Waybill {waybill} shows delivered; customer disputes.",
    "Firmware {ver4} on the router, rollback to {semver} requested.",
    "Mark as duplicate of {ticketid}. {firm} already refunded {amount}.",
    "Chestnut flooring quote from {firm}, {amount}, valid until {date}.",
    "Nutmeg allergy noted on order {order}; kitchen informed.",
    "SSN field holds {badssn}, which was never issued; asked for the card again.",
    "IBAN {badiban} rejected (check digits). Customer will resend.",
    "Cliente pergunta sobre {brand}; esgotado até {date}.",
    "owner={team} approved_by={team} status=closed",
    "Delivery to {place} delayed by {vessel}.",
    "Haze over the depot, drones grounded until {time}.",
    "Daffodil order for the lobby arrives {date}.",
    "Bug in the {product} integration, build {build}, see {ticketid}.",
    "Customer cited {eponym} in the complaint; escalated to {team}.",
)

SEARCH: tuple[str, ...] = (
    "{brand_lc} {q_shop}",
    "{firm2} {q_firm}",
    "{place} {q_place}",
    "{title} {q_work}",
    "{eponym} {q_info}",
    "{dish_lc} {q_food}",
    "{streetnn} {q_place}",
    "{vessel} {q_news}",
    "azure {q_cloud} pricing {yr}",
    "summer solstice {yr} {place}",
    "isbn {isbn}",
    "{awb} tracking",
    "diamond ring {amount}",
    "hawk sighting {place} {yr}",
    "{product} {q_tech}",
    "{day} {yr} date",
    "mac address {mac} vendor",
    "{firm} {q_firm}",
)

REVIEW: tuple[str, ...] = (
    "{brand} are worth every penny. {stars}",
    "{firm2} handled our conveyancing well. {stars}",
    "Stayed near {place}, lovely views. {stars}",
    "{dish} was the best thing on the menu. {stars}",
    "Nutmeg latte at {firm} was far too sweet. {stars}",
    "{title} drags in the middle, great ending. {stars}",
    "Haze on the lens out of the box, returned it (order {order}).",
    "Chestnut stuffing at {firm} sold out by noon. {stars}",
    "Honestly {product} works fine with our wifi. {stars}",
    "Great café on {streetnn}, try the {dish_lc}.",
    "Delivery took {n} days (tracking {tracking}).",
    "Cove beach near {place} is stunning but there is no shade. {stars}",
    "Snowdrop tea set from {firm} arrived chipped (order {order}).",
    "Avaliação: {firm} entregou rápido, recomendo. {stars}",
    "Ürün güzel ama {brand} kutusu ezik geldi. {stars}",
    "Daffodil yellow paint from {firm} is brighter than in the photos. {stars}",
    "{firm} fixed it in a day, invoice {invoice}. {stars}",
    "Read it for {eponym}, stayed for the footnotes. {stars}",
)

LOG: tuple[str, ...] = (
    "{ts} INFO deploy version={ver4} build={build} by={team}",
    "{syslog} cron[{n}]: job backup_{n4} finished in {n}s",
    'level=warn msg="invalid ssn format" value="{badssn}"',
    'level=info msg="card rejected" pan="{badcard}" reason=luhn',
    '{"ts":"{ts}","event":"sku_sync","sku":"{sku}","count":{n}}',
    "assignee={team} queue={team} ticket={ticketid}",
    'GET /products/{sku} 200 {n}ms ua="Azure-Functions/4.0"',
    "{syslog} lldpd[{n}]: new neighbor mac={mac} vlan={n}",
    "request_id={uuid} status=ok latency={n}ms",
    "{ts} WARN sepa: iban check failed value={badiban}",
    'git: HEAD is now at {sha} "Merge branch hotfix"',
    "{ts} geo lookup ok coords={coord}",
    "epoch={epoch} job=nightly-export owner={team}",
    "{ts} order {order} routed via air waybill {awb}",
    "{ts} WARN weather feed: {vessel} approaching, ops notified",
    "{syslog} scan: shipment {tracking} arrived at {place} hub",
    "fleet: pnr={pnr} vin={vin} lot={lot}",
    '{ts} test suite "{eponym}" passed ({n} cases)',
)

JSON: tuple[str, ...] = (
    '{"brand":"{brand}","sku":"{sku}","price":"{amount}"}',
    '{"assignee":"{team}","reviewer":"{team}","labels":["{team}"]}',
    '{"vendor":"{firm2}","invoice":"{invoice}"}',
    '{"place":"{place}","coords":"{coord}"}',
    "{'title': '{title}', 'isbn': '{isbn}'}",
    "owner: {team}\noncall: {team}\nescalation: {team}",
    '{"street":"{streetnn}","house_number":null,"ts":{epoch}}',
    '{"dish":"{dish}","allergens":["nuts","dairy"],"price":"{amount}"}',
    '{"name":"{vessel}","kind":"watchlist","id":"{uuid}"}',
    'version = "{semver}"\nbuild = "{build}"\nserial = "{serial}"',
    '{"handle":"{user}","followers":{n}}',
    "utm_source={brand_lc}&utm_campaign={day}&utm_medium=email",
    '{"color":"Azure","hex":"#007fff","sku":"{sku}"}',
    '{"color":"Chestnut","hex":"#954535","sku":"{sku}"}',
    '{"device":"{product}","fw":"{ver4}"}',
    '{"card":"{badcard}","valid":false}',
    '{"ssn":"{badssn}","valid":false,"reason":"never issued"}',
    '{"iban":"{badiban}","valid":false,"order":"{order}"}',
)

MULTILINE: tuple[str, ...] = (
    "From: {firm} newsletter\nSubject: {day} sale\n\nUp to 30% off {brand}.",
    "Order {order}\nShip via: {awb}\nItems: {n}\nTotal: {amount}",
    "| team | oncall |\n|---|---|\n| {team} | {team} |\n| {team} | {team} |",
    "Reading list\n- {title}\n- {title}\n- notes on {eponym}",
    "Menu\n{dish} ... {amount}\n{dish} ... {amount}",
    "BEGIN:VEVENT\nSUMMARY:{day}\nLOCATION:{place}\nEND:VEVENT",
    "Dear {firm2},\n\nPlease find invoice {invoice} attached.\n\nKind regards,\n{team}",
    "sku,qty,price\n{sku},{n},{amount}\n{sku},{n},{amount}",
    "Release notes {semver}\n- fixed crash on {ver4}\n- build {build}",
    "Directions:\nFollow {streetnn} past {place}, left at the church.",
    "Azure ridge trail\nLength: {n} km\nStart: {place}",
    "Hawk watch log {date}\nSightings: {n}\nSite: {place}",
    "Invoice {invoice}\nIBAN on file: {badiban} (INVALID, do not pay)",
    "Subject: {product} update\n\nVersion {semver} is rolling out, build {build}.",
    "Diamond anniversary menu\n{dish}\n{dish}",
    "Solstice walk\nMeet: {place}\nTime: {time}",
    "Tide table\n{date} {time} high\n{date} {time} low\nStorm note: {vessel}",
    "Watch list\n1. {vessel}\n2. {vessel}\nUpdated: {date}",
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
