"""Where a found street address really starts and ends (stop-34 round, set 30's layouts),
applied to every span the address finder found:

Ends, after the postal part:

* a Danish district letter's dot and the next sentence's first word the walk took
  (``8000 Aarhus C. Mi teléfono``) are cut off;
* a Japanese postal code written after the prefecture with its mark, and the country after
  it (``..., Sapporo-shi, Hokkaido 〒060-0042, Japan``): the walk stops at the mark;
* a Spanish province written out in brackets after the postal code and town, in the town's
  case (``28901 getafe (toledo)``; the two-letter Italian code is ``street11_ends``'s);
* a region line and a country line after a postal code that ends a line
  (``...\\nPUNE - 411001\\nMAHARASHTRA\\nINDIA``).

Starts, before the anchor:

* a street named without a number, then its plot number after a comma (East African:
  ``Jacaranda Road, Plot 12, Kilimani, Nairobi``), or a span that starts on the street type
  itself (``Road, Plot 12, ...``): the capitalised words of the name before it;
* a Korean apartment complex before its ``dong`` and ``ho`` (``Sunrise Apt 101-dong
  902-ho, ...``): its name and building word;
* a street type written before the name that the anchor left out (Argentine ``Pje. Las
  Acacias 40``, Polish ``os. Słoneczne 12``, Italian ``Via Borgo Nuovo, 5``).

A span never grows over a barrier or another span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain
from typing import Final

from processors.redaction.address_ends import TERMINATORS
from processors.redaction.address_layout import country_names
from processors.redaction.address_units import unit_prefix_start
from processors.redaction.lexicon import common_words, english_words, stop_words
from processors.redaction.spans import PiiSpan

__all__ = ["street34_bounds"]

_JP_POSTCODE: Final = re.compile(r" ?〒 ?\d{3}-\d{4}(?![\w-])")
_COUNTRY_AFTER: Final = re.compile(r", ([^\W\d_]+(?: [^\W\d_]+)?)(?![\w-])")
_CODE_TOWN_END: Final = re.compile(r"(?<![\w-])\d{5} [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'-]*)?$")
_PROVINCE_WORD: Final = re.compile(r" \(([^\W\d_]{3,}(?: [^\W\d_]+)?)\)(?![\w(])")
# A Danish town's district letter after the postal code and town ("5000 Odense C"), its
# dot read as an abbreviation's: the walk took the next sentence's first word.
_DISTRICT_THEN_WORD: Final = re.compile(
    r"(?<![\w-])\d{4} [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*)? [A-Z](?P<dot>\.)"
    r" (?P<word>[A-Z][^\W\d_]*)$"
)
_CODE_LINE_END: Final = re.compile(r"\d{4,6}$")
_REGION_COUNTRY: Final = re.compile(
    r"\n([^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,2})(?:\n|, )"
    r"([^\W\d_]+(?: [^\W\d_]+)?)$",
    re.MULTILINE,
)
_COUNTRY_LINE: Final = re.compile(r"\n([^\W\d_]+(?: [^\W\d_]+)?)$", re.MULTILINE)
# Street types of an East African street named without a house number (the plot follows).
_ROAD_TYPES: Final = frozenset(
    ["road", "avenue", "lane", "close", "street", "drive", "crescent", "way", "court", "grove",
     "rise", "walk", "gardens", "terrace", "place"]
)  # fmt: skip
# What stands before a sentence's first word: nothing, a line break, a full stop or a colon.
_SENTENCE_START: Final = re.compile(r"(?:^|[\n.!?:] *)$")
_WORD_BEFORE: Final = re.compile(r"(?<![\w'\u2019.-])[^\W\d_][\w'\u2019-]* $")
_PLOT_START: Final = re.compile(r"(?:Plot|PLOT|plot) \d")
# (A street type in lower case, capitalised or in capitals: "road", "Road", "ROAD".)
_TYPE_THEN_COMMA: Final = re.compile(r"([A-Za-z][a-z]+|[A-Z]+), [A-Za-z]")
_TYPE_BEFORE_PLOT: Final = re.compile(r"(?<![\w'\u2019.-])(?P<type>[A-Za-z][a-z]+|[A-Z]+), $")
# Building words of Korean apartment complexes written in Latin letters ("Hanbit Apt",
# "Raemian Villa"), as the Korean postal service romanises them.
_COMPLEX_WORD_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019.-])(?:Apt|APT|Apts|Apartment|Apartments|Villa|VILLA|Villas|Mansion"
    r"|Heights|Tower|Town|Officetel|Palace|Residence) $",
)
_COMPLEX_WORD_BEFORE_LOWER: Final = re.compile(
    r"(?<![\w'\u2019.-])(?:apt|apts|apartment|apartments|villa|villas|mansion|heights|tower"
    r"|town|officetel|palace|residence) $"
)
_DONG_START: Final = re.compile(r"\d{1,4}-dong \d{1,4}-ho(?!\w)", re.IGNORECASE)
# Street types written before the name (Argentine "Pje."/"Pasaje", Polish "os."/"osiedle",
# Italian "Via"/"Viale"/"Vicolo", Spanish "Calle"): then a particle and at most two
# capitalised words up to the span's start.
_TYPE_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019.-])(?:(?i:pje|psje)\.|(?i:pasaje)|os\.|OS\.|osiedle|Osiedle|OSIEDLE"
    r"|(?P<romance>Via|VIA|Viale|Vicolo|Calle|CALLE)) (?:(?i:los|las|la|el|del|de|dei|della) )?"
    r"(?:[A-ZÀ-Þ][\w'\u2019-]* ){0,2}$"
)


def street34_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends above moved; a span never grows over one of
    ``barriers`` or another span."""
    covered = [(s.start, s.end) for s in chain(barriers, found)]
    result: list[PiiSpan] = []
    for span in found:
        start = _new_start(text, span.start, text[span.start : span.end].islower())
        if start < span.start and _overlaps(covered, start, span.start):
            start = span.start
        end = _new_end(text, span.start, span.end)
        if end > span.end and _overlaps(covered, span.end, end):
            end = span.end
        if start == span.start and end == span.end:
            result.append(span)
        else:
            result.append(PiiSpan(start, end, span.entity_type))
    return result


def _new_end(text: str, start: int, end: int) -> int:
    if text[end - 1].isalpha() and ". " in text[max(start, end - 30) : end]:
        district = _DISTRICT_THEN_WORD.search(text, max(start, end - 60), end)
        if district is not None and district.group("word").lower() not in country_names():
            return district.start("dot")  # "5000 Odense C. Mi teléfono": a new sentence
    if "〒" in text and (postcode := _JP_POSTCODE.match(text, end)) is not None:
        end = postcode.end()  # "..., Hokkaido 〒060-0042"
        country = _COUNTRY_AFTER.match(text, end) or _COUNTRY_LINE.match(text, end)
        if country is not None:
            words = country.group(1).lower()
            if words in country_names():
                return country.end()  # ", South Korea"
            if words.split(" ", 1)[0] in country_names():
                return country.start(1) + len(words.split(" ", 1)[0])  # ", Japan" ("Japan later")
        return end
    if text.startswith(" (", end) and _CODE_TOWN_END.search(text, max(start, end - 40), end):
        province = _PROVINCE_WORD.match(text, end)
        if (
            province is not None
            and province.group(1).islower() == text[end - 1].islower()
            and not all(word in english_words() for word in province.group(1).lower().split())
        ):  # ("(see below)" is an aside)
            return province.end()  # "28901 getafe (toledo)"
    if text.startswith("\n", end) and _CODE_LINE_END.search(text, max(start, end - 6), end):
        line_end = text.find("\n", end + 1)
        line_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        stop = line_end if line_end >= 0 else len(text)
        lines = _REGION_COUNTRY.match(text, end, stop)
        if (
            lines is not None
            and lines.group(2).lower() in country_names()
            and lines.group(1).lower() not in common_words()
        ):
            return lines.end()  # "...\nMAHARASHTRA\nINDIA"
    return end


def _new_start(text: str, start: int, caseless: bool) -> int:
    """The start of the span at ``start`` by the rules in the module docstring; ``caseless``:
    whether the span is written in lower case."""
    window = max(0, start - 60)
    if _PLOT_START.match(text, start):
        road = _TYPE_BEFORE_PLOT.search(text, window, start)
        if road is not None and _road_type(road.group("type"), caseless):
            name_start = _name_start(text, road.start(), caseless)
            return start if name_start == road.start() else name_start  # "Mvule Road, Plot 3"
        return start
    road = _TYPE_THEN_COMMA.match(text, start)
    if road is not None and _road_type(road.group(1), caseless):
        name_start = _name_start(text, start, caseless)  # "Road, Plot 3", "Avenue, Kilimani"
        return start if name_start == start else unit_prefix_start(text, name_start, caseless)
    if _DONG_START.match(text, start):
        building = (_COMPLEX_WORD_BEFORE_LOWER if caseless else _COMPLEX_WORD_BEFORE).search(
            text, window, start
        )
        if building is None:
            return start
        name_start = _name_start(text, building.start(), caseless)
        return start if name_start == building.start() else name_start  # "Hanbit Apt 101-dong"
    if start > 2 and text[start - 1] == " ":
        typed = _TYPE_BEFORE.search(text, window, start)
        # (The Italian and Spanish types only before a name: "Via Royal Mail 12 Main St" is
        # English, and "via" an English word.)
        if typed is not None and (typed.group("romance") is None or not text[start].isdigit()):
            return typed.start()  # "Pje. Las Acacias 40", "os. Słoneczne 12", "Via Borgo"
    return start


def _road_type(word: str, caseless: bool) -> bool:
    return word.lower() in _ROAD_TYPES and (caseless or word[0].isupper())


def _name_start(text: str, end: int, caseless: bool) -> int:
    """The start of the one to three words of a name that end before ``end`` (right after a
    space): capitalised words that are no function words nor common English starting a
    sentence ("Confirmed Mvule Road": the sentence's word stays out), or in lower-case text
    words that are no function words ("went to jacaranda road"); ``end`` when there is none."""
    start = end
    for _ in range(3):
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is None:
            break
        lower = word.group()[:-1].lower()
        if caseless:
            if lower in stop_words() or lower in TERMINATORS:
                break
        elif (
            not word.group()[0].isupper()
            or lower in stop_words()
            or (
                lower in common_words()
                and _SENTENCE_START.search(text, max(0, word.start() - 4), word.start())
            )
        ):
            break  # ("llegó a Mama Ngina Avenue": a common word inside the name is the name's)
        start = word.start()
    return start


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    for covered_start, covered_end in covered:
        if covered_start < end and start < covered_end:
            return True
    return False
