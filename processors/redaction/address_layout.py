"""Set-8 structural address rules: anchors that do not depend on one country's words.

* A house, unit or plot word and its number lead the address (``No. 115, Sai Krupa Apts\\nPark
  Street\\nMumbai 400050``, ``House 702, Street 12, G-9/4``, ``H.No. 237/B, Block C``, ``Plot
  218 Kampala Road``, ``Villa 8, Al Safa Street``, ``SỐ 27 ĐƯỜNG NGUYỄN HUỆ``): the walk goes on
  from the number, and the walked span must hold a road word of some language.
* A house number, a comma, then a street-type word (``47, RUE MICHEL RODANGE, L-3445
  LUXEMBOURG``, ``158, boul. Algonquin Park``, ``31, Avenue Hassan II``, ``78, Derb Sidi``).
* A street-type word right before a number-first anchor starts the span (``Av. 18 de Julio
  2140``: the street's name begins with a number).
* A region in brackets after the town belongs to the address (``15793 Santiago de Compostela
  (A Coruña)``), unless every word in it is common English (``(Next Door)``).

The road words (``address_vocabulary.ROAD_WORDS``) are a broad multilingual list (prefix and
suffix street types of ~40 languages); each anchor is gated by a cheap ``in`` test.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from itertools import chain
from typing import Final

from processors.redaction.address_vocabulary import (
    APART_ABBREVIATIONS,
    ROAD_WORDS,
    TYPES_AFTER_COMMA,
)
from processors.redaction.lexicon import common_words, english_words
from processors.redaction.substrings import holds_any

__all__ = [
    "DWELLING",
    "TYPED",
    "apart_word",
    "country_anchors",
    "layout_anchors",
    "near_cues",
    "near_not_street",
    "place_segments",
    "region_in_brackets",
    "road_evidence",
    "tel_place",
    "type_before_number",
]

_NUMBER_COMMA_TYPE: Final = re.compile(
    r"(?i)\d(?<![\w.,/:+#-]\d)\d{0,4}[a-z]?(?: bis| ter)?, (?=(?:" + TYPES_AFTER_COMMA + r")"
    r"(?<=\.)? ?[^\W\d_])"
)
# A house, unit or plot word, then the number (``No. 115,``, ``H.No. 237/B,``, ``House No.
# 33,``, ``Plot 218 ``, ``Flat 428/A,``, ``Số 27 ``).
_UNIT_LED: Final = re.compile(
    r"(?i)(?<![\w.])(?P<unit>(?:house|flat|plot|villa|h\.?) ?no\.?|house|no\.|flat|plot|villa"
    r"|số|nhà|apartment|apt\.?)"
    r" ?(?P<num>\d{1,5}[a-z]?(?:[/-]\d{1,4}[a-z]?){0,2}(?:/[a-z])?)(?![\w/-])(?:,? |,?\n)"
    r"(?=[^\W\d_]|\d{1,3}(?:st|nd|rd|th) [^\W\d_])"  # (stop 28) "House No. 394, 12th Main Road"
)
# What every _UNIT_LED match holds, in the lower-cased text: searched first, 7x cheaper.
_UNIT_GATE: Final = re.compile(
    r"(?:house|flat|plot|villa|no\.|số|nhà|apartment|h\.?no)(?: ?no\.?)? ?\d"
)
# Words of which every _UNIT_GATE match holds one ("h.?no" holds "hno" or "h.no").
_UNIT_GATE_WORDS: Final[tuple[str, ...]] = (
    "no.", "house", "flat", "plot", "villa", "apartment", "hno", "h.no", "số", "nhà",
)  # fmt: skip


# "Apt 12, ..." (searched only when the text has "apt": "a" is too frequent a first letter)
_APT_GATE: Final = re.compile(r"apt\.? ?\d{1,5}[a-z]?,")
# Words right before "No. 12" that make it an identifier, not a house.
_ID_BEFORE: Final = re.compile(
    r"(?i)\b(?:order|invoice|ticket|ref|reference|item|model|part|serial|case|claim|policy"
    r"|account|booking|track(?:ing)?|receipt|batch|lot|version|build|issue|bug|pr|patch"
    r"|chapter|page|step|track|episode|season|volume|vol\.?|rank(?:ed)?|number|hit|top)\.? $"
)
_WORD: Final = re.compile(r"[^\W\d_]+")
# A town and its postal code (either order) at the end of a span.
_TOWN_POSTCODE_END: Final = re.compile(
    r"(?:[,\n] ?[^\W\d_]{3,} \d{5,6}|[,\n] ?(?:[A-Za-z]{1,2}-)?\d{4,6} [^\W\d_]{3,}"
    r"(?: [^\W\d_]+){0,2})$"
)
# Unit words that name a dwelling (not "No.", "Unit", "Suite").
_DWELLINGS: Final = frozenset(
    ["flat", "apartment", "apt", "villa", "house", "plot", "h.no", "house no"]
)
_COUNTED: Final = re.compile(r"(?:, |\n)([^\W\d_]+) \d+(?=,|\n|$)")
_SEGMENT: Final = re.compile(r"(?:, |\n)([^\W\d_])")
_TOKEN: Final = re.compile(r"[^\W_]+")
# Road words written after the road's name (English and South Asian).
_NAMED_BEFORE: Final = frozenset(
    ["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way", "court",
     "ct", "place", "pl", "square", "boulevard", "blvd", "crescent", "close", "terrace",
     "parkway", "highway", "hwy", "marg", "salai", "nagar", "colony", "sector", "block",
     "phase"]
)  # fmt: skip
_NAME_PARTICLES: Final = frozenset(
    ["de", "du", "des", "la", "le", "les", "del", "do", "da", "dos", "das"]
)
_TYPE_WORD: Final = re.compile(r"[^\W\d_]+\.?")
# A street type that may stand right before a number that begins the street's name.
_TYPE_BEFORE_NUMBER: Final = re.compile(
    r"(?i)(?<![\w.])(?:av\.|avda\.|avenida|calle|jr\.|rua|rue) $"
)


# A street whose name begins with a number: "Av. 18 de Julio 2140", "Calle 5 de Mayo 12".
_NUMBERED_GATE: Final = re.compile(r"\d (?:de|del|du|di) ")
_NUMBERED_NAME: Final = re.compile(
    r"(?<![\w.])(?i:av\.|avda\.|avenida|calle|jr\.|rua|rue|via) \d{1,2}"
    r" (?:de |del |du |di )?[A-Z][^\W\d_]+ \d{1,5}[A-Za-z]?(?![\w/-])"
)


# What an anchor of layout_anchors needs besides reaching its end.
NEEDS_ROAD: Final = 0  # road_evidence on the walked span
DWELLING: Final = 1  # road_evidence or place_segments
TYPED: Final = 2  # nothing more: the anchor holds a street type and a name


_DIGIT_COMMA: Final = re.compile(r"\d, ")
_TYPE_AT: Final = re.compile(r"(?i)(?:" + TYPES_AFTER_COMMA + r")")


def _comma_type_gate(text: str) -> bool:
    """Whether some "12, " is followed by a street type (cheaper than _NUMBER_COMMA_TYPE)."""
    for match in _DIGIT_COMMA.finditer(text):
        if _TYPE_AT.match(text, match.end()) is not None:
            return True
    return False


def layout_anchors(text: str, lowered: str) -> list[tuple[int, int, int, int]]:
    """Anchors ``(start, walk_from, min_end, needs)`` of the rules above: the caller walks
    from ``walk_from`` and keeps the span if it ends after ``min_end`` and what ``needs`` says
    holds."""
    found: list[tuple[int, int, int, int]] = []
    if ", " in text and _comma_type_gate(text):
        caseless = text.islower()
        for match in _NUMBER_COMMA_TYPE.finditer(text):
            type_word = _TYPE_WORD.match(text, match.end())
            if type_word is None or _ID_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue
            # (stop 25: the type word may end the text, "0, RUAA": hypothesis found the
            # IndexError)
            name = _WORD.match(text, type_word.end() + text.startswith(" ", type_word.end()))
            if name is None:
                continue
            # In text with capitals the street's name is capitalised or no English word
            # ("2, avenue for growth" is no address; "31, Avenue Hassan II" and "12, rue de
            # la Gare" are).
            word = name.group()
            if (
                caseless
                or word[0].isupper()
                or word.lower() not in common_words()
                or (word in _NAME_PARTICLES)
            ):
                found.append((match.start(), match.start(), type_word.end(), TYPED))
    if (
        " de " in text or " del " in text or " du " in text or " di " in text
    ) and _NUMBERED_GATE.search(text) is not None:
        for match in _NUMBERED_NAME.finditer(text):
            found.append((match.start(), match.start(), match.end(), TYPED))
    candidates: list[re.Match[str]] = []
    if len(lowered) == len(text):
        # Each unit word and number found in the lower-cased text, a cheap scan, is tried
        # with the full pattern at the same place. (Speed: every _UNIT_GATE match holds one
        # of _UNIT_GATE_WORDS, found by string tests at a fraction of the regex's cost.)
        gates: Iterator[re.Match[str]]
        if "apt" in lowered or holds_any(lowered, _UNIT_GATE_WORDS):
            gates = _UNIT_GATE.finditer(lowered)
        else:
            gates = iter(())
        for gate in chain(gates, _APT_GATE.finditer(lowered)) if "apt" in lowered else gates:
            # (the unit may start a little before: "House No. 5", "H.No. 5")
            candidate = _UNIT_LED.search(text, max(0, gate.start() - 9))
            if (
                candidate is not None
                and candidate.start() <= gate.start()
                and (not candidates or candidates[-1].start() != candidate.start())
            ):
                candidates.append(candidate)
    elif _UNIT_GATE.search(text.lower()) or _APT_GATE.search(
        text.lower()
    ):  # (lower-casing changed the length)
        candidates = list(_UNIT_LED.finditer(text))
    common = common_words()
    for match in candidates:
        start = match.start()
        if _ID_BEFORE.search(text, max(0, start - 12), start):
            continue
        next_word = _WORD.match(text, match.end())
        if next_word is not None and text[start].isupper():
            first = next_word.group()
            if first.islower() and first in common:
                continue  # "Unit 4 covers Road Safety": in cased text the next word is a name
        needs = DWELLING if match.group("unit").lower().rstrip(".") in _DWELLINGS else NEEDS_ROAD
        found.append((start, match.start("num"), match.end("num"), needs))
    return found


@functools.cache
def country_names() -> frozenset[str]:
    """Country names in English and in their own languages, lower case (data/country_names.txt)."""
    data = resources.files("processors.redaction").joinpath("data", "country_names.txt")
    return frozenset(line for line in data.read_text("utf-8").splitlines() if line)


_W: Final = r"[^\W\d_][\w'\u2019.-]*"
_NUM: Final = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?"
_STREET_LINE: Final = rf"(?:{_W}(?: {_W}){{0,3}} {_NUM}|{_NUM},? {_W}(?: {_W}){{0,4}})"
_TOWN: Final = rf"(?:\d{{3,6}} )?{_W}(?: {_W}){{0,3}}(?: \d{{3,6}})?"
# A street line, one or two town lines and a country line (a label or signature block):
# "Ilica 242\nZagreb\nCroatia", "Laugavegur 43\n101 Reykjavík\nÍsland".
_NUMBER: Final = re.compile(r"\d+")
_WORD_DOTTED: Final = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_COUNTRY: Final = r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3}"
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_BLOCK: Final = re.compile(
    rf"(?m)^(?P<street>{_STREET_LINE})\n(?:{_TOWN}\n){{1,2}}(?P<country>{_COUNTRY})$"
)
# What may end a one-line address with a country (tested first: it is cheap).
_LAST_SEGMENT: Final = re.compile(r", ([^\W\d_][\w'\u2019 -]{0,40}?)(?=$|[.!?;:)\"'\n]| [a-z])")
# The same on one line with commas: "Ilica 242, Zagreb, Croatia".
_ONE_LINE: Final = re.compile(
    rf"(?<![\w,.-])(?P<street>{_STREET_LINE}), (?:{_TOWN}, ){{1,2}}(?P<country>{_COUNTRY}?)"
    r"(?=$|[.!?;:)\"'\n]| [a-z])"
)


def country_anchors(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of a street line, towns and a country (see _BLOCK and _ONE_LINE): the
    country is the evidence. The street's name is no common English word ("Windows 11,
    Redmond, USA", "Gate 5, Frankfurt, Germany")."""
    found: list[tuple[int, int]] = []
    countries = country_names()
    english = english_words()
    caseless = text.islower()
    regexes = []
    if "\n" in text and any(line.strip().lower() in countries for line in text.split("\n")):
        regexes.append(_BLOCK)
    if text.count(", ") > 1:
        for last in _LAST_SEGMENT.finditer(text):
            words = last.group(1).lower().split(" ")
            if any(" ".join(words[i:]) in countries for i in range(len(words))):
                regexes.append(_ONE_LINE)
                break
    for regex in regexes:
        for match in regex.finditer(text):
            if match.group("country").lower() not in countries:
                continue
            street = match.group("street")
            words = _WORD.findall(street)
            if not words or (not caseless and not words[0][0].isupper()):
                continue
            number = _NUMBER.search(street)
            if number is None or _YEAR.fullmatch(number.group()):
                continue  # "Paris 2024, Lyon, France"
            if street[0].isdigit():
                named = [w for w in words if w.lower() not in english or w.lower() in ROAD_WORDS]
            else:  # the word before the number: "Windows 11", "Gate 5" are no streets
                word_before = words[-1].lower()
                named = (
                    [word_before] if word_before not in english or word_before in ROAD_WORDS else []
                )
            if not named:
                continue
            start = match.start()
            if not street[0].isdigit():
                start = _name_start(
                    text,
                    start,
                    match.start("street") + len(street) - len(number.group()) - 1,
                    caseless,
                )
                if start < 0:
                    continue
            found.append((start, match.end("country")))
    return found


def _name_start(text: str, first: int, end: int, caseless: bool) -> int:
    """Where a street name that ends at ``end`` starts, at ``first`` at most: the words back
    from the number that are no common English word (road words and particles excepted) and,
    in text with capitals, capitalised; -1 if none."""
    common = common_words()
    start = -1
    for word in reversed(_WORD_DOTTED.findall(text, first, end)):
        lower = word.lower()
        if lower in _NAME_PARTICLES:
            continue
        if (lower in common and lower not in ROAD_WORDS) or (not caseless and word.islower()):
            break
        start = text.rindex(word, first, end)
        end = start
    while start >= 0 and text[start : start + 4].split(" ", 1)[0].lower() in _NAME_PARTICLES:
        start = text.index(" ", start) + 1
    return start


def place_segments(span: str, caseless: bool) -> bool:
    """``1204, Marina Heights Tower, Dubai Marina, Dubai``: after a dwelling and its number,
    two or more comma- or line-separated parts, each capitalised in text with capitals."""
    starts = _SEGMENT.findall(span)
    if len(starts) < 2 or not (caseless or all(letter.isupper() for letter in starts)):
        return False
    common = common_words()
    for counted in _COUNTED.finditer(span):  # "Apt 3, Season 2, Episode 4" counts things
        word = counted.group(1).lower()
        if word in common and word not in ROAD_WORDS:
            return False
    return True


def road_evidence(span: str) -> bool:
    """Whether ``span`` (from its house number on) names a road, or ends in a town and its
    postal code (``Hyderabad 500034``, ``1000 Ljubljana``).

    A road is a road word of some language with its name: a word before it (``Liberation
    Road``), a number after it (``Street 12``), or, for a type written first, a word after it
    (``Đường Nguyễn Huệ``); ``No. 10, Street`` or ``5 Road`` name no road.
    """
    tokens = _TOKEN.findall(span.lower())
    for index in range(len(tokens)):
        token = tokens[index]
        if token not in ROAD_WORDS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (index >= 2 and tokens[index - 1].isalpha()) or after[:1].isdigit():
            return True
        if after in ("no", "nr") and tokens[index + 2 : index + 3] and tokens[index + 2].isdigit():
            return True  # "Road No. 12"
        if after and token not in _NAMED_BEFORE:
            return True
    return _TOWN_POSTCODE_END.search(span) is not None


def apart_word(name_end: str) -> bool:
    """Whether the text before a house number ends in one of APART_ABBREVIATIONS."""
    return name_end[-4:].rsplit(" ", 1)[-1].lower() in APART_ABBREVIATIONS and " " in name_end[-5:]


_NEAR_NOT_STREET: Final = frozenset(
    ["marker", "mile", "km", "exit", "junction", "stop", "stadium", "arena"]
)


_NEAR_CUE: Final = re.compile(r"(?i)(?<![\w])near\s+")


def near_cues(text: str) -> Iterator[re.Match[str]]:
    """``near`` before a street, a search-query cue (run only when the text has ``near ``)."""
    return _NEAR_CUE.finditer(text)


def near_not_street(words: list[str]) -> bool:
    """After "near" (a search-query cue), a year or a landmark and a number is no street."""
    last = words[-1].rstrip(".")
    return bool(_YEAR.fullmatch(last)) or not _NEAR_NOT_STREET.isdisjoint(words[:-1])


def type_before_number(text: str, start: int) -> int:
    """``Av. 18 de Julio 2140``: the start of a street type right before ``start``."""
    match = _TYPE_BEFORE_NUMBER.search(text, max(0, start - 9), start)
    return match.start() if match is not None else start


def region_in_brackets(token: str) -> bool:
    """Whether ``(A Coruña)`` names a region: some word in it is not common English."""
    common = common_words()
    return any(word.lower() not in common for word in _WORD.findall(token))


def tel_place(text: str, token: str, end: int) -> bool:
    """``Tel Aviv-Yafo 8658696``: "Tel" and a word (not "no", "nr") is a town, not a phone
    label; "Tel 02 ..." or "tel: ..." is."""
    if (
        token.lower() != "tel"
        or text[end : end + 1] != " "
        or not text[end + 1 : end + 2].isalpha()
    ):
        return False
    nxt = _WORD.match(text, end + 1)
    return nxt is not None and nxt.group().lower() not in common_words()
