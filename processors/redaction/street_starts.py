"""Where a street address starts, and a few anchors of its own (set 10 round).

A number right after a road-number word is a road's, not a house number (``road_number``:
``Highway 1 road trip``, ``Route 9 diner``).

Anchors (``street_anchors``), each behind a plain ``in`` test:

* an Australian unit joined to the number by a slash, ``U13/298 Wattle Grove Cres``;
* a house number (a unit-number pair too, ``366-4521``), a comma and a street type written
  first whose name starts with an elided particle (``3, Route d'Arlon``, ``12, rue de l'Église``)
  or a capital after a dotted type (``366-4521, boul. Beaverbrook``): the layout anchor's name
  test reads ``d'`` as the English word "d";
* a house number, a comma and a named road (``14, Residency Road, Bengaluru``) at the start
  of a text, line or clause or after a lower-case word (not ``Chapter 12, Abbey Road``);
* the value of an address key that is a house number and a name (``"line1": "66 Cois
  Abhann"``): the key is the evidence, as it is for a name and a number.

Where the start goes back (``street_start``), for an address found from its house number or
postal code:

* over a shop, office or flat word of a language the unit list lacks and its number
  (``Shop 3, 45 Beach Rd``, ``Apartamento 3B, Calle 85 # 12-40``);
* to the start of an address key's value (``"home_address": "Juan Benito Blanco 1017, ..."``:
  the first word is a given name, which the name walk leaves out);
* over a house name on the line before (``Mill Cottage\\n49 Cobblers Street``): one to four
  capitalised words ending in a dwelling noun;
* over a street name without a type word before the number, on the same line, when the number
  is followed by no road word and a postal line follows (``Kapucijnenvoer 99 bus 2\\n3000
  Leuven``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, first_names
from processors.redaction.street10_anchors import street10_anchors
from processors.redaction.street_types_first import TYPES_FIRST_ALTERNATION

# Road words the address module's list lacks (Australian and British abbreviations and types,
# from Australia Post's and Royal Mail's street-type tables).
EXTRA_ROAD_WORDS: Final = frozenset(
    ["parade", "tce", "terr", "circuit", "cct", "esplanade", "promenade", "quay", "mews",
     "wynd", "gdns", "pkwy", "trl", "crt", "bvd", "cir",
     # (stop 33) more of Australia Post's types: "5/91 Narrabeen Rise, Ballarat VIC 3350"
     "rise", "crest", "glade", "brae", "vista", "ridge", "grange",
     # (stop 44, set 42) the alleys of British place names: "138 Pinfold Ginnel"
     "ginnel", "snicket", "twitten", "vennel", "chare"]
)  # fmt: skip
_UNIT_SLASH: Final = re.compile(r"(?<![\w/])U\d{1,4}[A-Za-z]?/\d{1,5}[A-Za-z]?(?= [A-Z])")
_NUMBER_COMMA_ELIDED: Final = re.compile(
    r"(?<![\w.,/:+#-])\d{1,5}(?:-\d{1,5})?[a-z]?(?: bis| ter)?, "
    r"(?i:" + TYPES_FIRST_ALTERNATION + r") ?(?:(?i:[dl]|dell|dall|nell|sull)['\u2019][A-ZÀ-Þ]"
    r"|(?<=\.) ?[A-ZÀ-Þ])"
)
# "14, Residency Road, Bengaluru": a house number, a comma and a named road (South Asian and
# British style); the number starts the text, a line or a clause, or follows a lower-case word.
_NUMBER_COMMA_ROAD: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=: )|(?<=[a-z] ))\d{1,4}[A-Za-z]?, (?:[A-Z][\w'-]*\.? ){1,3}"
    r"(?:Road|Street|Lane|Avenue|Marg|Salai|Nagar|Rd|St)\b"
)
_KEY_VALUE: Final = re.compile(
    r"(?i)(?<![\w])(?P<key>[a-z_]*address[a-z_0-9]*|addr\d?|street[a-z_0-9]*|line_?1)"
    r"[\"']?\s*[:=]\s*[\"'](?P<value>\d{1,5}[a-z]?(?: [^\W\d_][\w'\u2019.-]*){1,4})[\"']"
)
_NOT_STREET_KEY: Final = re.compile(r"(?i)ip|mac|mail|url|web|host|wallet|server|ether|remote|bind")
_VALUE_KEY_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])(?:[a-z_]*address[a-z_0-9]*|addr\d?|street[a-z_0-9]*|line_?1)"
    r"[\"']?\s*[:=]\s*[\"']$"
)
# A house name: capitalised words ending in a dwelling noun (the names of British, Irish and
# Commonwealth houses and of residential buildings).
_DWELLING_NOUNS: Final = frozenset(
    ["cottage", "cottages", "house", "farm", "farmhouse", "lodge", "manor", "barn", "hall",
     "villa", "grange", "rectory", "vicarage", "mansions", "chambers", "apartments", "residence",
     "residences", "towers", "court", "heights", "bungalow",
     # (stop 45, set 43) Scottish and northern English dwellings: "Fellside Bothy, 88 ..."
     "bothy", "croft", "steading"]
)  # fmt: skip
# Units before the street line that the address module's list lacks: shops and offices, and
# the flat words of Spanish, Portuguese, Italian, French, German, Polish, Czech, Danish.
_UNIT_WORD_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])(?:c/o )?(?:shop|store|kiosk|stall|office|local|oficina|loja|sala|lokal"
    r"|kantor|b\u00fcro|buero"  # (stop 40) "c/o Büro 3, Wacholdersteig 99a, 18499 Rostock"
    r"|apartamento|apartament|appartamento|appartement|wohnung|mieszkanie|byt|lejlighed)"
    r"\.? ?#?\d{1,5}[a-z]?, $"
    r"|(?<![\w])(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top) (?:floor|fl\.?), $"
)
# A road's number is no house number: "Highway 1 road trip", "Route 9 diner".
_ROAD_NUMBER_WORDS: Final = frozenset(
    ["highway", "hwy", "route", "interstate", "motorway", "autobahn", "freeway", "expressway",
     "autoroute", "autopista", "autostrada", "exit", "junction"]
)  # fmt: skip
_CAPITALISED: Final = re.compile(r"[A-ZÀ-Þ][\w'\u2019-]*")
_POSTAL_LINE: Final = re.compile(r"(?m)(?:\n|, )(?:[A-Z]{1,2}-)?\d{4,5}(?: [A-Z]{2})? [A-ZÀ-Þ]")


def extra_road_word(words: list[str]) -> bool:
    """Whether one of the lower-cased ``words`` is a road word of EXTRA_ROAD_WORDS."""
    return not EXTRA_ROAD_WORDS.isdisjoint(words)


def street_anchors(text: str, lowered: str) -> list[tuple[int, int, bool]]:
    """``(start, min_end, needs_road)`` of the anchors in the module docstring: the caller
    walks from ``start`` and keeps the span if it reaches ``min_end`` and, when
    ``needs_road``, holds a road word."""
    found: list[tuple[int, int, bool]] = []
    if "U" in text and "/" in text:
        for match in _UNIT_SLASH.finditer(text):
            found.append((match.start(), match.end(), True))
    # (an elided name has an apostrophe; a dotted type after "12-34, " is the other case)
    if ", " in text and ("'" in text or "\u2019" in text or ("-" in text and ". " in text)):
        for match in _NUMBER_COMMA_ELIDED.finditer(text):
            found.append((match.start(), match.end(), True))
    if ", " in text and _has_road_name_word(text):
        for match in _NUMBER_COMMA_ROAD.finditer(text):
            word_start = text.rfind(" ", max(0, match.start() - 20), match.start() - 1) + 1
            if text[word_start : match.start()].strip()[:1].isupper():
                continue  # "Chapter 12, Abbey Road": a capitalised word counts the number
            found.append((match.start(), match.end(), True))
    if ("addr" in lowered or "street" in lowered or "line" in lowered) and (
        '"' in text or "'" in text
    ):
        common = common_words()
        for match in _KEY_VALUE.finditer(text):
            if _NOT_STREET_KEY.search(match.group("key")):
                continue
            words = match.group("value").split()[1:]
            if all(word.lower() in common for word in words):
                continue  # "address": "5 stars"
            if not text.islower() and not words[0][:1].isupper():
                continue
            found.append((match.start("value"), match.end("value"), False))
    found.extend(street10_anchors(text, lowered))  # "117, place des Lilas" (street10_anchors)
    return found


def road_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a road's (``Highway 1``, ``Route 9``): up to three
    digits right after a road-number word."""
    if start < 4 or text[start - 1] != " ":
        return False
    word_start = text.rfind(" ", max(0, start - 14), start - 1) + 1
    if text[word_start : start - 1].lower() not in _ROAD_NUMBER_WORDS:
        return False
    digits = start
    while digits < len(text) and text[digits].isdigit():
        digits += 1
    return digits - start <= 3


def _has_road_name_word(text: str) -> bool:
    """A cheap gate for _NUMBER_COMMA_ROAD: one of its road words is in ``text``."""
    return (
        "Road" in text
        or "Street" in text
        or "Lane" in text
        or "Avenue" in text
        or "Rd" in text
        or "St" in text
        or "Marg" in text
        or "Salai" in text
        or "Nagar" in text
    )


def street_start(text: str, start: int, end: int) -> int:
    """Where the address ``text[start:end]`` starts by the rules in the module docstring."""
    if start == 0:
        return start
    if start > 4 and text[start - 2] == ",":
        unit = _UNIT_WORD_BEFORE.search(text, max(0, start - 24), start)
        if unit is not None:
            return unit.start()  # "Shop 3, 45 Beach Rd", "Apartamento 3B, Calle 85"
    before = text[start - 1]
    if before == "\n":
        return _house_name_start(text, start)
    if before != " ":
        return start
    line_start = text.rfind("\n", 0, start) + 1
    quote = max(text.rfind('"', line_start, start), text.rfind("'", line_start, start))
    if quote >= 0 and start - quote < 40:
        words = text[quote + 1 : start].split()
        if (
            words
            and len(words) <= 4
            and all(word.isalpha() for word in words)
            and _VALUE_KEY_BEFORE.search(text, max(0, quote - 40), quote + 1)
        ):
            return quote + 1  # "home_address": "Juan Benito Blanco 1017, ..."
        return start
    if not text[start].isdigit():
        return start  # the anchor found the street's name itself
    return _bare_name_start(text, line_start, start, end)


def _house_name_start(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, start - 1) + 1
    words = text[line_start : start - 1].split()
    if (
        0 < len(words) <= 4
        and words[-1].lower() in _DWELLING_NOUNS
        and all(_CAPITALISED.fullmatch(word) for word in words)
        and not text[line_start : start - 1].isupper()
    ):
        return line_start  # "Mill Cottage\n49 Cobblers Street"
    return start


def _bare_name_start(text: str, line_start: int, start: int, end: int) -> int:
    """ "Kapucijnenvoer 99 bus 2\\n3000 Leuven": the name before a number with no road word."""
    head = text[line_start:start]
    colon = head.rfind(": ")
    name_from = line_start + colon + 2 if colon >= 0 else line_start
    words = text[name_from:start].split()
    if not 0 < len(words) <= 3 or _POSTAL_LINE.search(text, start, end) is None:
        return start
    common = common_words()
    names = first_names()
    for word in words:
        lower = word.lower()
        if not _CAPITALISED.fullmatch(word) or lower in common or lower in names:
            return start
    # After the number only a unit may follow on its line ("bus 2"), no capitalised name
    # ("Amr 49 Cobblers Street": the number starts a street of its own).
    after = text[start:end].split("\n", 1)[0].split(",", 1)[0].split()[1:]
    if len(after) > 2 or any(word[:1].isupper() for word in after):
        return start
    return name_from
