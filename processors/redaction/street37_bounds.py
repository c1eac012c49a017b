"""(Stop 37, from set 34's even half) Where a found street address starts and ends, fixed for
layouts the walk reads wrong; applied last to every span the address finder found.

Dropped (look-alikes the number anchor took):

* a British Ordnance Survey grid reference (``Parking at TQ 1234 5678``);
* an amount with a spaced thousands separator and its currency after or before it (``68 004
  kr``, ``4 341 Ft``, ``R 12 345``);
* a quantity on a packing list (``Contents: 1x Elm kettle\\nWaybill ...``, ``3 x lamp``), and
  whatever follows a ``Contents:`` label.

Ends cut back:

* a form's next label line the walk took (``Address: 12 ELM ST\\nCity, ZIP: ...``: the last
  line ``City`` is the label of a ``City, ZIP:`` line);
* a chat verb after a comma (``..., Town 802, ring 24.260.049``);
* a chat word of another language (``..., Shanghai 200040 mañana``, ``... na krub``).

Ends taken on:

* Taiwan's ``(R.O.C.)`` after the country (``..., Taipei City 106, Taiwan (R.O.C.)``);
* a Korean ``(X-dong)`` in brackets and the district and city after it (``Elm-ro 12
  (Anyeong-dong), Mapo-gu, Seoul 04001``);
* a Nigerian landmark (``12B Elm Close, Behind the mosque, Ikoyi, Lagos, Lagos State``;
  also on its own line) and the places after it;
* a Hungarian door after the floor (``Elm utca 14. 2. em. 5. ajtó``);
* a Finnish flat, ``as`` (asunto) and its number (``Elmkatu 35 as 1``).

Starts cut: the cue word "address" a walk took in (``loss address č.p. 123, 439 01 Town``).

Starts taken on:

* a Thai house number before ``Soi`` (``12/6 Soi Elm 13, Khet X, Bangkok 10110``);
* a US rural route or highway contract route (``RR 5 Box 96, Town, PA 18508``, ``HC 1 Box 4``);
* a Czech house number or a Czech/Polish street line before the postal code the span starts
  on (``č.p. 123, 439 01 Town``, ``nám. elm 8, 602 00 brno``);
* a Czech/Slovak square or Polish avenue abbreviation (``nám. Elm 24, 120 50 Praha 2``);
* Chinese pinyin street words before ``<number> Hao`` (``Elm Zhong Dajie 111 Hao``).

A span never grows over a barrier, nor its start over an earlier span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_walk import trim, walk
from processors.redaction.spans import PiiSpan, barrier_limit, crosses_any

__all__ = ["landmark_after", "street37_bounds"]

# (Ordnance Survey: two letters of the 100 km square, then easting and northing digits.)
_GRID_REFERENCE: Final = re.compile(r"[A-Z]{2} \d{3,5} \d{3,5}")
# An amount whose thousands are spaced, then its currency (Nordic, Czech, Hungarian, Polish,
# Romanian, Bulgarian... crowns, forints, złoty, lei, leva, francs, euros).
_SPACED_AMOUNT: Final = re.compile(
    r"\d{1,3}(?: \d{3})+(?:,\d{2})? (?:kr|Kr|SEK|NOK|DKK|ISK|Kč|CZK|Ft|HUF|zł|PLN|lei|RON|lv"
    r"|BGN|kn|EUR|€|CHF|Fr\.|din|RSD|UAH|₴|₽|₸|TL|₺)(?![\w])"
)
# The currency before such an amount: "R 12 345", "€ 12 345", "CHF 12 345".
_CURRENCY_BEFORE: Final = re.compile(r"(?<![\w])(?:R|€|EUR|CHF|Fr\.|Rs\.?|kr\.?|£|\$|US\$) $")
_SPACED_NUMBER: Final = re.compile(r"\d{1,3}(?: \d{3})+(?![\d])")
# A packing list's contents label: an item and its count, then the next line, no address.
_CONTENTS_BEFORE: Final = re.compile(r"(?i)(?:contents|items?|qty|quantity|goods): ?$")
# (A quantity: "1x", or with a multiplication sign "1\u00d7".)
_QUANTITY: Final = re.compile("\\d{1,3} ?[x\u00d7] [^\\W\\d_]")
# "City, ZIP:", "State / Province:": the label of the line after the address.
_LABEL_LINE_REST: Final = re.compile(r"[^\W\d_][\w ]{0,20}(?:(?:, ?| ?/ ?)[^\W\d_][\w ]{0,20})+:")
# A chat word of another language after the address: Spanish "mañana", "gracias", Portuguese
# "obrigado", Swahili "asante", Thai "na krub"/"na ka" ("please" particles).
_FOREIGN_CHAT_END: Final = re.compile(
    r"(?i)(?:,? |\n)(?:mañana|manana|gracias|obrigad[oa]|amanhã|asante|merci|danke|grazie"
    r"|kiitos|tack|takk|dzięki|díky|köszi|na (?:krub|khrap|ka))$"
)
_HU_DOOR_AFTER: Final = re.compile(r" (?i:ajtó)(?![\w])")
_HU_FLOOR_END: Final = re.compile(r"(?i)\d{1,2}\. ?em\. \d{1,3}\.$")
_CHAT_VERB_AFTER: Final = re.compile(r", (?:ring|call|knock|buzz|text) (?:\d|me\b|us\b)")
_ROC_AFTER: Final = re.compile(r" \((?i:r\.o\.c\.)\)")
_TAIWAN_END: Final = re.compile(r"(?i)(?<![\w-])taiwan$")
_KR_ROAD_NUMBER_END: Final = re.compile(r"(?i)-(?:ro|gil) \d{1,4}(?:-\d{1,4})?$")
_KR_DONG_AFTER: Final = re.compile(r" \([^\W\d_][\w]*-(?i:dong)\)(?=, |\n|[\"'<;]|$)")
# (The landmark starts with a preposition and "the": "after the filling station".)
_NG_LANDMARK: Final = re.compile(
    r"(?:, |\n)(?i:behind|after|before|opposite|beside|near|next to|off) the [^\W\d_][^\n,;:]{1,40}"
)
# A place after the landmark: one to three capitalised words, not the label of a next line.
_NG_PLACE: Final = re.compile(
    r"(?:, |\n)(?![^\n,]*:)[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?=[,;.\n\"')]|$)"
)
_NG_LANDMARK_FROM: Final = re.compile(r"(?i), (?:behind|after|before|opposite|beside|near|off)$")
_FI_STREET_END: Final = re.compile(
    r"(?i)(?:katu|tie|kuja|polku|väylä|tori|ranta|kaari) \d{1,4}[a-z]?$"
)
_FI_FLAT_AFTER: Final = re.compile(r" as\.? \d{1,3}(?![\w])")
_TH_HOUSE_BEFORE: Final = re.compile(r"(?<![\w/-])\d{1,4}/\d{1,4} $")
# (A US rural route, "RR 5 Box 96", or highway contract route, "HC 1 Box 45".)
_RURAL_ROUTE_BEFORE: Final = re.compile(r"(?<![\w.-])(?:RR|R\.R\.|rr|HC|hc) $")
_SQUARE_BEFORE: Final = re.compile(r"(?i)(?<![\w.-])(?:nám\.|nábř\.|tř\.|al\.) $")
_CZ_PL_POSTCODE: Final = re.compile(r"(?:\d{3} \d{2}|\d{2}-\d{3}) [^\W\d_]")
# The street line before a Czech, Slovak or Polish postal code the span starts on: a house
# number (č.p., číslo popisné) or a street under its abbreviated type.
_CZ_PL_STREET_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.-])(?:č\. ?p\. \d{1,5}|(?:nám\.|náměstí|ul\.|al\.|tř\.|nábř\.)"
    r" (?:[^\W\d_][\w'-]* ){1,3}\d{1,5}[a-z]?(?:/\d{1,4}[a-z]?)?(?: (?:m\.|lok\.) \d{1,4})?)"
    r"(?:, |\n)$"
)
_PINYIN_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:(?!(?:of|at|to|the|in|on|from) )[^\W\d_]+ ){0,3}"
    r"(?:lu|jie|dajie|dao|xiang|hutong) $"
)


def street37_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends above fixed and the look-alikes dropped."""
    fixed: list[PiiSpan] = []
    for index, span in enumerate(found):
        value = text[span.start : span.end]
        if (
            _GRID_REFERENCE.fullmatch(value)
            or _SPACED_AMOUNT.match(value)
            or _QUANTITY.match(value)
            or (
                _SPACED_NUMBER.match(value)
                and _CURRENCY_BEFORE.search(text, max(0, span.start - 5), span.start)
            )
            or _CONTENTS_BEFORE.search(text, max(0, span.start - 12), span.start)
        ):
            continue
        before = max((s.end for s in found[:index] if s.end <= span.start), default=0)
        limit = barrier_limit(barriers, span.end, len(text))
        start = span.start
        if value[:8].lower() == "address " and len(value) > 12:
            start += 8  # (the cue word the walk took in: "loss address č.p. 123, ...")
        start = _extended_start(text, start)
        if start < span.start and (start < before or crosses_any(barriers, start, span.start)):
            start = span.start
        end = _cut_end(text, start, span.end)
        extended = _extended_end(text, start, end, limit)
        if extended > end and not crosses_any(barriers, end, extended):
            end = _cut_end(text, start, extended)  # (a walk after a dong runs on like the first)
        if end <= start:
            continue
        fixed.append(
            span
            if (start, end) == (span.start, span.end)
            else PiiSpan(start, end, span.entity_type)
        )
    return fixed


def landmark_after(text: str, start: int, end: int) -> bool:
    """Whether a Nigerian landmark and a place follow ``end`` (", Behind the mosque, Ikoyi"),
    or the walk from ``start`` took the landmark's first word (``end`` after ", Behind")."""
    if text.startswith(" the ", end) and (
        cut := _NG_LANDMARK_FROM.search(text, max(start, end - 10), end)
    ):
        end = cut.start()
    return _landmark_end(text, end, len(text)) > end


def _landmark_end(text: str, end: int, limit: int) -> int:
    """Where a landmark after ``end`` and the places after it end, else ``end``: in cased text
    the landmark starts a line or is capitalised ("..., Behind the mosque, Ikoyi, Lagos"; not
    "..., after the game, Bob said"), and at least one place follows it."""
    landmark = _NG_LANDMARK.match(text, end)
    if landmark is None or landmark.end() > limit:
        return end
    word = landmark.start() + (1 if text[landmark.start()] == "\n" else 2)
    if not (
        text[word].isupper()
        or text[landmark.start()] == "\n"
        or text.islower()
        or text.startswith("\n", landmark.end())
    ):
        return end
    places_end = landmark.end()
    while (place := _NG_PLACE.match(text, places_end)) is not None and place.end() <= limit:
        places_end = place.end()
    return places_end if places_end > landmark.end() else end


def _extended_start(text: str, start: int) -> int:
    """``start`` taken left over what names the address before it (see the docstring)."""
    if start > 6 and text[start - 1] in " \n" and _CZ_PL_POSTCODE.match(text, start):
        line = _CZ_PL_STREET_BEFORE.search(text, max(0, start - 60), start)
        if line is not None:
            return line.start()  # "č.p. 123, 439 01 Town", "nám. elm 8, 602 00 brno"
    if start < 3 or text[start - 1] != " ":
        return start
    window = max(0, start - 40)
    head = text[start : start + 4].lower()
    if head == "soi ":
        house = _TH_HOUSE_BEFORE.search(text, window, start)
        if house is not None:
            return house.start()  # "12/6 Soi Elm 13, ..." (Thailand)
    if text[start].isdigit():
        route = _RURAL_ROUTE_BEFORE.search(text, window, start)
        if route is not None:
            return route.start()  # "RR 5 Box 96, ..." (a US rural route)
        if " hao" in text[start : start + 12].lower():
            pinyin = _PINYIN_BEFORE.search(text, window, start)
            if pinyin is not None:
                return pinyin.start()  # "Elm Zhong Dajie 111 Hao" (China)
    square = _SQUARE_BEFORE.search(text, max(0, start - 6), start)
    if square is not None:
        return square.start()  # "nám. Elm 24, 120 50 Praha 2" (Czechia)
    return start


def _cut_end(text: str, start: int, end: int) -> int:
    """``end`` brought back before what follows the address (see the docstring)."""
    last_break = text.rfind("\n", start, end)
    if last_break > start and _LABEL_LINE_REST.match(text, last_break + 1):
        return trim(text, start, last_break)  # "...\nCity, ZIP: ..." is the next field
    if text[end - 1].isalpha():
        chat = _FOREIGN_CHAT_END.search(text, max(start, end - 14), end)
        if chat is not None and chat.start() > start:
            end = trim(text, start, chat.start())  # "... shanghai 200040 mañana"
    if ", " in text[start:end]:
        verb = _CHAT_VERB_AFTER.search(text, start, end + 4)
        if verb is not None and verb.start() < end:
            return trim(text, start, verb.start())  # "..., Town 802, ring 24.260.049"
    landmark = _NG_LANDMARK_FROM.search(text, max(start, end - 10), end)
    if landmark is not None and text.startswith(" the ", end):
        return landmark.start()  # (the walk took "Behind" and stopped at "the")
    return end


def _extended_end(text: str, start: int, end: int, limit: int) -> int:
    """``end`` taken on over what the walk stopped before (see the docstring)."""
    if text.startswith(" (", end):
        if _TAIWAN_END.search(text, max(start, end - 7), end):
            roc = _ROC_AFTER.match(text, end)
            if roc is not None:
                return roc.end()  # "..., Taiwan (R.O.C.)"
        if _KR_ROAD_NUMBER_END.search(text, max(start, end - 16), end):
            dong = _KR_DONG_AFTER.match(text, end)
            if dong is not None and not text.startswith((", ", "\n"), dong.end()):
                return dong.end()  # "Elm-ro 12 (Anyeong-dong)" ends a value
            if dong is not None:
                walk_from = dong.end() + (1 if text[dong.end()] == "\n" else 2)
                walked = walk(text, walk_from, limit, allow_and=False)
                return max(dong.end(), trim(text, walk_from, walked))
    landmark_end = _landmark_end(text, end, limit)
    if landmark_end > end:
        return landmark_end  # "..., Behind the mosque, Ikoyi, Lagos, Lagos State" (Nigeria)
    if text.startswith(" ", end) and _HU_FLOOR_END.search(text, max(start, end - 12), end):
        door = _HU_DOOR_AFTER.match(text, end)
        if door is not None:
            return door.end()  # "Elm utca 14. 2. em. 5. ajtó" (the door after the floor)
    if text.startswith(" as", end) and _FI_STREET_END.search(text, max(start, end - 12), end):
        flat = _FI_FLAT_AFTER.match(text, end)
        if flat is not None:
            if not text.startswith(", ", flat.end()):
                return flat.end()  # "Elmkatu 35 as 1" (Finland)
            walked = trim(text, flat.end(), walk(text, flat.end() + 2, limit, allow_and=False))
            return max(flat.end(), walked)  # "Elmkatu 35 as 1, 33100 Tampere"
    return end
