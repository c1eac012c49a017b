"""Set 30's look-alike templates (no PII), 18 per register (even positions: tuning half).

About two thirds are name-like (brands and firms named after people, places, streets without a
number, titles, eponyms, dishes, days, prizes and halls, handles, team names in person keys,
capitalised openers, given names that are English words used as words, lower-case mentions of
brands and places in chat) and one third number-like. The English-word given names of
``WORD_GIVEN`` are written literally: Treasure, Canyon, Arrow, Bracken, Fable only in even
templates; Wisteria, Sonnet, Prairie, Gunner, Cinnamon only in odd ones.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "Hi all, {brand_lc} are 30% off {when} fyi{emoji}",
    "Ok who moved the meetup to {place}?? nobody told me{emoji}",
    "Treasure hunt at {firm_lc} {when}, bring the kids 🗺️",
    "Cinnamon buns from {firm} are back!!{emoji}",
    "Lol the tracking number is {tracking}, looks like a phone number",
    "Anyone watched {title}? no spoilers pls",
    "Tbh {dish_lc} at that place on {streetnn} is overrated",
    "Build {build} is out, {user} already found a bug{emoji}",
    "Canyon trip photos are up! {place_lc} was unreal{emoji}",
    "Watching the tail gunner scene in {title} again{emoji}",
    "Order {order} stuck in {place} since {date} smh",
    "Congrats on {award}!!! so proud{emoji}",
    "Arrow on the map points at {place}, not where we parked lol",
    "Sonnet 18 for the wedding reading?? or something from {title}",
    "Hab grad {dish} bei {firm} gegessen, mega 😋",
    "Qué tal {place} {when}? o mejor {streetnn}?",
    "Waybill {waybill} says delivered but nothing here 🙄",
    "Happy {day}!! {firm2} is closed anyway{emoji}",
)

TICKET: tuple[str, ...] = (
    "Will do. Reassigned to {team}; ref {ticketid}.",
    "Assignee: {team}\nReviewer: {team}\nStatus: waiting on {firm2}",
    "Customer asks if {firm2} handles probate. Sent KB article {n4}.",
    "Card entered {badcard} fails the checksum; customer will re-enter it.",
    "Bracken clearance quote from {firm} attached, {amount}.",
    "Wisteria print wallpaper from {firm} arrived torn, order {order}.",
    "SSN field contained {badssn} (test data, never issued). Cleared and closed.",
    "Question about {eponym} in the user manual, section {n}.",
    "Courier depot at {place} reports waybill {waybill} without a label.",
    "IBAN {badiban} rejected by the bank (check digits). Asked for a screenshot.",
    "owner={team} escalation={team} sla=4h: firmware {ver4} rollback approved.",
    "Customer confused {title} (the novel) with our {firm} range. No action.",
    "Store on {streetnn} closed for refit; pickups moved to {place}.",
    "Hope this helps! Closing as resolved, {ticketid}.",
    "Fable-themed party packs from {firm} sold out; backorder {order}.",
    "Prairie collection lamps by {firm} flicker on dimmers; escalated to {team}.",
    "Tested on build {build} with {semver}: issue not reproducible.",
    "Refund for the {dish} voucher at {firm} processed, {amount}.",
)

SEARCH: tuple[str, ...] = (
    "{brand} {q_shop}",
    "{firm2} {q_firm}",
    "{eponym} {q_info}",
    "{title} {q_work}",
    "{dish} {q_food}",
    "{day} {yr}",
    "{place} {q_place}",
    "{streetnn} {q_place}",
    "track {tracking}",
    "isbn {isbn}",
    "broken arrow trail {place_lc}",
    "when does wisteria bloom in {place}",
    "{award} winners {yr}",
    "{user} {q_user}",
    "is {badssn} a valid ssn",
    "{uuid} error code",
    "{firm} {q_firm}",
    "{ver4} changelog",
)

REVIEW: tuple[str, ...] = (
    "Will buy again! The {brand} are perfect. {stars}",
    "Lovely stay near {place}, the host even left {dish} in the fridge!",
    "Read {title} in one sitting. {stars}",
    "Faith restored in {firm}: the replacement came in {n} days.",
    "Avoid {firm2}. Took {amount} and never filed anything.",
    "The {dish} at {firm} tasted like cardboard. {stars}",
    "Treasure of a shop on {streetnn}, the owner knows everything. {stars}",
    "Sonnet-sized portions at {firm}, banquet prices. {stars}",
    "Went for {day}, crowds were insane but worth it.",
    "Item {sku} arrived broken, the replacement ({order}) was fine.",
    "Canyon-view rooms are {amount} a night and worth every cent.",
    "Cinnamon rolls at {firm} are the best in town. {stars}",
    "Trail maps for {place} are out of date; app {ver4} did not fix it.",
    "Went to the {award} dinner, great speeches, cold soup. {stars}",
    "The guide explained {eponym} better than my lecturer ever did.",
    "My card {badcard} got rejected at checkout. Turned out I mistyped it, my bad.",
    "{firm2} handled our lease fairly. {stars}",
    "Bought from {user}'s shop twice, quick shipping. {stars}",
)

LOG: tuple[str, ...] = (
    "{ts} INFO deploy service=checkout version={semver} by={team}",
    "{ts} WARN assignee={team} queue={team} ticket={ticketid} breached_sla=true",
    "{ts} cache MISS key=sku:{sku} ttl={n}s",
    "{ts} job=reindex build={build} sha={sha} status=ok",
    "{ts} ERROR card_check value={badcard} luhn=false",
    '{ts} geo lookup coords="{coord}" region="{place}"',
    "{ts} DEBUG uuid={uuid} epoch={epoch} owner={team}",
    "{ts} audit approved_by={team} change={ticketid}",
    "{syslog} host01 kernel: eth0: link up, mac {mac}, mtu 9000",
    '{ts} WARN iban_validate value="{badiban}" result=bad_checksum',
    '{ts} WARN ssn_validate value="{badssn}" result=never_issued',
    '{"ts":"{ts}","svc":"catalog","event":"import","brand":"{brand}","rows":{n4}}',
    '{ts} INFO promo="{day}" starts={date} owner={team}',
    '{ts} notify template="{title}" audience=segment_{n}',
    "reviewer={team} merged PR #{n4} ({ver4})",
    '{ts} shipping waybill={waybill} depot="{place}" status=in_transit',
    "{ts} INFO flight={flight} gate=B{n} delay={n}m venue={award}",
    "{ts} TRACE order={order} invoice={invoice} amount={amount} firm={firm2}",
)

JSON: tuple[str, ...] = (
    '{"assignee": "{team}", "reviewer": "{team}", "status": "open"}',
    '{"brand": "{brand}", "sku": "{sku}", "price": "{amount}"}',
    '{"venue": "{award}", "date": "{date}"}',
    "{'firm': '{firm2}', 'type': 'solicitors', 'rating': {n}}",
    '{"title": "{title}", "isbn": "{isbn}"}',
    '{"dish": "{dish}", "kcal": {n}, "allergens": ["nuts"]}',
    '{"location": {"name": "{place}", "coords": "{coord}"}}',
    "team:\n  owner: {team}\n  oncall: {team}\n  vendor: {firm}",
    '{"street": "{streetnn}", "note": "no house number on file"}',
    '{"event": "{day}", "year": {yr}}',
    '{"card_test": "{badcard}", "expected": "reject"}',
    '{"ssn_fixture": "{badssn}", "valid": false}',
    '{"iban_sample": "{badiban}", "valid": false}',
    '{"handle": "{user}", "followers": {n4}}',
    '{"topic": "{eponym}", "chapter": {n}}',
    '{"build": "{build}", "commit": "{sha}", "uuid": "{uuid}"}',
    '{"icons": ["arrow-left", "arrow-right"], "theme": "{firm}"}',
    '{"palette": "Prairie Dusk", "vendor": "{firm}", "owner": "{team}"}',
)

MULTILINE: tuple[str, ...] = (
    "Hi team,\n\nThe {brand} order ({order}) ships {when}.\n\nThanks,\n{team} desk",
    "Subject: {day} rota\n\nOwner: {team}\nBackup: {team}",
    "Recipe: {dish}\nServes {n}\n\n1. Preheat the oven.\n2. Serve warm.",
    "| Firm | Rating |\n|---|---|\n| {firm2} | {stars} |\n| {firm} | {stars} |",
    "Reading list\n- {title}\n- {title.2}\n- {eponym}",
    "sku,qty,price\n{sku},{n},{amount}\n{sku},{n},{amount}",
    "Directions:\nTake {streetnn} past {place}, then left at the lights.",
    "Release notes {semver}\n\n- Fixed a crash on build {build}\n- Updated the {eponym} calculation",
    "Treasure hunt rules\n\nThe chest is hidden near {firm}.\nClue 1: {coord}",
    "Wisteria Lodge menu\n\n{dish}\nDessert: {dish.2}",
    "WAYBILL {waybill}\nFROM DEPOT: {place}\nWEIGHT: {n} kg",
    "Card validation test cases:\n{badcard} -> reject\n{badcard} -> reject",
    "Congratulations!\n\nYou've been shortlisted for {award}.\n\nThe committee",
    "> {firm} wrote:\n> samples are in the post\n\nGreat, thanks. Order {order}.",
    "Bracken, Arrow & Fable: quarterly newsletter\n\nNew this month at {firm}: {brand}.",
    "Gunner's mate course schedule\n\nWeek 1: {place}\nWeek 2: {award}",
    "ISBN {isbn}\nTitle: {title}\nPublisher: {firm}",
    "IBAN checks:\n{badiban} invalid\n{badiban} invalid",
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
