"""Set 29's look-alike templates (no PII), 18 per register (even positions: tuning half).

About two thirds are name-like (brands, firms named after people, places, streets without a
number, titles, eponyms, dishes, days, user names, teams in person-like keys, given names that
are English words used as words) and one third number-like. The English-word given names of
``WORD_GIVEN`` are written literally: Glory, Lavender, Ocean, Rain, Gem only in even templates;
Ash, Trinity, Sierra, Tulip, Bay only in odd ones.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "will do, see u at the {firm_lc} thing {when} 👍",
    "omg the new {brand} drop is unreal{emoji}",
    "rain check on {when}? traffic on {streetnn_lc} is insane{emoji}",
    "ash everywhere after the bonfire at {place} lol, bay windows all grey{emoji}",
    "lavender latte at {firm_lc} is actually elite{emoji}",
    "has anyone read {title}?? book club picked it for {when}",
    "grace period on the library books ends {date} fyi",
    "tulip fields trip {when}?? {place} has the best ones 🌷",
    "order {order} still says out for delivery smh",
    "my tracking is {tracking} and it hasnt moved since {date}",
    "lol {user} posted the meme again in the group chat{emoji}",
    "pls dont ping me {when}, im off for {day}",
    "is {dish_lc} any good at that new place?{emoji}",
    "ok who booked {firm2} for the lease thing, they quoted {amount}",
    "update to {ver4} broke my router again ugh",
    "the waybill says {waybill}, thats not a phone number right?",
    "ocean view room was {amount} a night, invoice {invoice} 🌊",
    "sierra trip receipt says card {badcard} lol thats not even mine",
)

TICKET: tuple[str, ...] = (
    "Will do — reassigned to {team} for review. Ref {ticketid}.",
    "assignee={team} approved_by={team}: config push to {ver4} rolled back.",
    "Customer asks whether {firm2} is our registered agent. Answered from KB article {n4}.",
    "Mark as duplicate of {ticketid}; same {brand} warranty question.",
    "Promo 'Glory Days' not applying at checkout for order {order}.",
    "Bay 4 printer offline again, asset tag {sku}.",
    "Voucher for {dish} declined: card {badcard} fails validation.",
    "Waybill {waybill} scanned at the {place} depot (not a phone number), closing.",
    "Store on {streetnn} closed for refit; redirect pickups to the {place} branch.",
    "Trinity term invoices ({invoice}) went to the bursar's office.",
    "Question about {eponym} in the product manual, page {n}.",
    "SSN field showed {badssn}, test data, never issued. Cleared.",
    "Kernel {kernel} panics on boot after patch. Build {build}.",
    "Customer confused {title} (the film) with our {brand} line. No action.",
    "Owner: {team}\nStatus: waiting on {firm}\nETA: {date}",
    "IBAN entered {badiban} fails checksum; asked customer to re-check.",
    "Lavender scent out of stock at {firm}; backorder {order}.",
    "Queue {team} -> {team}: {user} reports the ash-grey colourway mislabelled.",
)

SEARCH: tuple[str, ...] = (
    "{brand} {q_shop}",
    "{firm2} {q_firm}",
    "{eponym} {q_info}",
    "{title} {q_work}",
    "{dish} {q_food}",
    "{day} {yr} date",
    "gem and mineral shops near {place} open {when}",
    "bay leaf substitute for {dish_lc} or {dish_lc}",
    "track {tracking}",
    "{waybill} fedex",
    "{ver4} release notes",
    "is {badssn} a real ssn",
    "{streetnn} {q_place}",
    "hotels in {place} {when}",
    "{uuid} error",
    "isbn {isbn} hardback",
    "{user} {q_user}",
    "{firm} {q_firm}",
)

REVIEW: tuple[str, ...] = (
    "Will buy again! The {brand} fits perfectly. {stars}",
    "Faith restored in {firm} after the replacement arrived in {n} days.",
    "Read {title} on the flight, cried twice. {stars}",
    "The {dish} was dry and the dessert worse. Table {n}, never again.",
    "Lovely B&B near {place}, a short walk from {streetnn}.",
    "Ordered the tulip print dress (order {order}), colour is more ash than grey.",
    "Glory be, the {firm} delivery came on time for once. {stars}",
    "Great solicitors: {firm2} handled our lease in {n} days.",
    "Paid {amount}, order {order}, arrived {date}. Box was crushed.",
    "Firmware {ver4} fixed the wifi drops. Build {build}.",
    "Gem of a café on {streetnn}! The oat latte is perfect. {stars}",
    "My physio said it was {eponym}, and this brace helped. {stars}",
    "The ISBN on the back ({isbn}) didn't match the listing.",
    "Tracking {tracking} sat at the depot for a week.",
    "Stayed for {day}; the parade was worth it. {stars}",
    "Sierra model runs hot; serial {sku}, replaced under warranty.",
    "Ocean Mist scent is far too strong. Batch {n4}-{n4}.",
    "Hope this helps: the {brand} runs small, size up. {stars}",
)

LOG: tuple[str, ...] = (
    "{ts} INFO assignee={team} ticket={ticketid} state=open",
    "{ts} deploy approved_by={team} version={ver4} env=prod",
    "{ts} WARN build={build} sha={sha} status=flaky",
    "{ts} DEBUG request_id={uuid} latency={n}ms",
    '{ts} gps fix lat_lon="{coord}" sats={n}',
    "link up mac={mac} speed=1000 duplex=full",
    "snmp get {oid} = INTEGER: {n}",
    "{ts} INFO shipment waybill={waybill} carrier=dhl",
    "{ts} job={user} started by scheduler owner={team}",
    "{ts} WARN validation ssn={badssn} rejected reason=never_issued",
    '{ts} catalog sku={sku} title="{title}" stock={n}',
    '{ts} menu item="{dish}" price={amount}',
    '{ts} INFO vendor="{firm2}" invoice={invoice} status=paid',
    '{ts} geo city="{place}" tz=Europe/Lisbon',
    "{ts} reviewer={team} merge={sha7} branch=release/{ver4}",
    "{ts} kernel={kernel} uptime={epoch}",
    '{ts} INFO brand="{brand}" campaign={date} clicks={n}',
    '{ts} INFO addr_check street="{streetnn}" result=no_house_number',
)

JSON: tuple[str, ...] = (
    '{"assignee": "{team}", "reporter_team": "{team}", "id": "{ticketid}"}',
    '{"vendor": "{firm2}", "invoice": "{invoice}"}',
    '{"product": "{brand}", "sku": "{sku}"}',
    '{"title": "{title}", "isbn": "{isbn}"}',
    '{"dish": "{dish}", "price": "{amount}"}',
    '{"holiday": "{day}", "date": "{date}"}',
    '{"username": "{user}", "followers": {n}}',
    '{"store": "{firm}", "location": "{streetnn}", "opens": "09:00"}',
    '{"condition": "{eponym}", "code": "{sku}"}',
    '{"approved_by": "{team}", "build": "{build}"}',
    '{"destination": "{place}", "flight": "BA{n4}"}',
    '{"tracking": "{tracking}", "status": "in_transit"}',
    '{"version": "{ver4}", "kernel": "{kernel}"}',
    '{"mac": "{mac}", "oid": "{oid}"}',
    '{"id": "{uuid}", "ts": {epoch}}',
    '{"card_check": "{badcard}", "valid": false}',
    '{"colours": ["Lavender", "Ocean", "Rain Grey"], "maker": "{firm}", "sku": "{sku}"}',
    '{"iban_input": "{badiban}", "error": "checksum"}',
)

MULTILINE: tuple[str, ...] = (
    "Hi all,\n\nWill do the stock count Friday. {firm} van arrives at 8.\n\nThanks,\nThe {team} team",
    "Book club, next read:\n{title}\nVenue: the {place} library",
    "MENU\n{dish} ........ {amount}\n{dish} ........ {amount}",
    "Dear customer,\n\n{firm2} will handle your claim. Reference {invoice}.\n\nKind regards,\nClaims Desk",
    "sku,name,price\n{sku},{brand},{amount}\n{sku},{brand},{amount}",
    "Trinity Term lectures\nWeek 1: {eponym}\nWeek 2: {eponym}",
    "Shipping label test\nWAYBILL: {waybill}\nREF: {order}\nWEIGHT: 2.4 kg",
    "Release notes {ver4}\n- fixed rounding in {eponym}\n- kernel {kernel}",
    "Event: {day}\nWhere: {place}\nWhen: {date}",
    "[09:14] {user}: anyone seen the bay 3 keys\n[09:15] {user}: check the ash tray lol",
    "| user | role |\n|---|---|\n| {user} | admin |\n| {user} | viewer |",
    "---------- Forwarded message ---------\nFrom: {firm} Newsletter\n\nSpring sale on {brand}!",
    "git log --oneline\n{sha7} fix build\n{sha7} bump to {ver4}",
    "Checksum failed:\nIBAN {badiban}\nPlease re-enter.",
    "Device inventory\nMAC: {mac}\nFirmware: {ver4}\nSerial: {sku}",
    "<p>Hello,</p>\n<p>Your {brand} order {order} has shipped.</p>",
    "Glory Road Choir rehearsal\nRoom: Rain Hall\nBring: {title} scores\nDate: {date}",
    "Sierra Ridge residents' notice\nSnow clearance on {streetnn}, {date}.\nTulip beds replanted in spring.",
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
