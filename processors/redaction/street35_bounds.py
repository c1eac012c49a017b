"""(Stop 35, from set 32's even half) Where a found street address starts and ends, fixed for
layouts the walk reads wrong; applied last to every span the address finder found.

Ends:

* a quoted value's quotes (``address: "12 Elm St, Town 1234"``) stay out of the address;
* a word of another language or of chat that follows the address ends it, even after a
  comma or a dot the walk read as an abbreviation's: Swahili ``... 0457 haraka``, Thai
  ``... 8344429 na krub``, Polish ``..., wpadnij 2moro`` / ``... wróciła``, chat ``nxt week``,
  ``2nite``, ``on thurs``;
* a last line of one common English word that begins the next sentence (``...\\nGiza
  12473\\nPayment to IBAN ...``), or a last line of three or more lines that starts with two
  common English words (``...\\n0083\\nLease starts 1 May``), is no part of the address;
* a Swiss canton's code after the postal code and town (``8001 zürich zh``);
* a Nigerian "off" and the road the street leaves (``12 Elm Crescent, off Palm Road, ...``),
  and the town and state lines after the local government area (``...\\nIkeja LGA\\nLagos\\nLagos
  State``);
* a Peruvian urbanisation (``..., Urb. La Aurora, Lima 15001``) and a German floor (``Elmstrasse
  9, 5. OG\\nCH-6000 Luzern``): the walk stopped at the abbreviation's dot or the floor's.

Starts:

* a South African erf number (``Erf 1234, 12 Elm Street, ...``);
* a Taiwanese floor before the house number (``3F.-2, No. 15, Alley 4, ... Rd., ...``);
* a Korean apartment complex written before the road (``Sunny Village 101dong 202ho,
  Elm-ro 12, ...``);
* a Moroccan residence and building before the flat (``Résidence Les Pins, Imm. 4, Appt 2,
  ...``);
* a US whole house number before its half (``12 1/2 Elm St, ...``);
* a Swedish street, number and flat (``Elmvägen 12, lgh 1102, 123 45 Town``) or a Czech
  street with its land-registry and house numbers (``Elmová č.p. 1234, č.o. 5, 110 00
  Praha 1``) before a span that starts on the postal code;
* a Belgian or Dutch street written as one word in capitals before ``101 BUS 3``;
* a Spanish street type and its articles in capitals (``AV. LOS AROMOS 0345``).

A run of one to three lower-case words that ends a capitalised address, none of them a word
of addresses ("bis", "tv", "de", "lgh"...), is cut: a word of another language or of chat
that follows the address (``..., Bogotá wiki iliyopita``).

Dropped: a span that is a phone number's extension (``7487 2319 ext. 785``), a few
lower-case words and a year (``how to spot fake 2025``), or numbers and Python literals
(``0 False 1 True 2 False``).

A span never grows over a barrier, nor its start over an earlier span; an end taken on into
the next span joins the two (``AV. ICA 1241, INT. B\\nURB. ...`` and ``LIMA 15313\\n...``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import common_words
from processors.redaction.spans import PiiSpan, barrier_limit, crosses_any

__all__ = ["street35_bounds"]

# Words that end an address: Swahili "haraka" (quickly), "karibu" (welcome), "asante"
# (thanks), "tafadhali" (please), "kesho" (tomorrow); Thai polite "na krub"/"na ka"; Polish
# "wpadnij" (drop in), "wróciła" (came back), "dzięki" (thanks), "proszę" (please); Dutch
# "overmaken" (transfer), "(op)sturen" (send), "bedankt" (thanks), "alsjeblieft" (please);
# and chat time words ("b4", not after a Romanian block's "bl.": "bl. b4, sc. 1").
_FOREIGN_END: Final = re.compile(
    r"(?<!bl\.)(?:,? |\n)(?:b4|2day|2dy|tmrw|tmr"
    r"|haraka|karibu|asante|tafadhali|kesho|na kr[au]b|na ka|krub|khrap"
    r"|wpadnij|wróciła|wrócił|dzięki|proszę|overmaken|sturen|opsturen|bedankt|alsjeblieft"
    r"|nxt|2nite|2moro|2mrw|l8r|on (?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?)(?![\w'])"
)
# One to three lower-case words of letters (no dot: "tv.", "th.", "izq." are parts of a
# floor) that end a span, after a space or a comma.
_LOWER_TAIL: Final = re.compile(r"(?:,? )(?P<words>[^\W\d_A-Z]+(?: [^\W\d_A-Z]+){0,2})$")
# Lower-case words that end an address: house-number suffixes, floors and sides, unit and
# type words, particles of a place name.
_LOWER_ADDRESS_WORDS: Final = frozenset(
    ["bis", "ter", "hs", "huis", "bus", "boven", "beneden", "links", "rechts", "bajo", "izq",
     "dcha", "piso", "casa", "apto", "depto", "dpto", "lgh", "og", "eg", "ug", "étage", "etage",
     "tv", "th", "mf", "st", "sal", "sur", "am", "an", "der", "de", "la", "del", "el", "los",
     "las", "di", "da", "do", "dos", "das", "van", "von", "den", "aan", "op", "zee", "see",
     "dong", "ho", "gil", "ro", "gu", "ku", "shi", "cho", "chome", "ban", "go", "moo", "soi",
     "rd", "street", "road", "lane", "ave", "avenue", "close", "crescent", "drive", "way",
     "off", "lga", "state", "barrio", "quartier", "dira", "appt", "flat", "unit", "suite",
     "floor", "apt", "block", "phase", "sector", "box", "no", "nr", "nº", "n°", "c", "y",
     # (a missing field printed as "nan" by a data frame: dev.jsonl's gold keeps it)
     "nan"]
)  # fmt: skip
_LETTER_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_PYTHON_VALUES: Final = frozenset(["True", "False", "None", "NaN"])
_PYTHON_LITERALS: Final = _PYTHON_VALUES | {"dtype"}
_LAST_LINE_WORD: Final = re.compile(r"\n([A-Z][a-z]+)$")
# A last line that starts a sentence: a capitalised common English word, then a lower-case
# one that is no particle of a place name ("Bay of Plenty", "Stratford upon Avon").
_PROSE_LINE: Final = re.compile(r"([A-Z][a-z]+) ([a-z]+)\b")
_PLACE_PARTICLES: Final = frozenset(
    ["of", "upon", "on", "in", "de", "del", "la", "le", "les", "am", "an", "sur", "en", "di",
     "da", "do", "dos", "das", "van", "von", "der", "den", "y", "e", "et", "and", "the"]
)  # fmt: skip
_SENTENCE_GOES_ON: Final = re.compile(r" [a-z]")
# The 26 Swiss canton codes, after "8001 Zürich" and before a comma, a stop or the end.
_CANTON_AFTER: Final = re.compile(
    r" (?i:ag|ai|ar|be|bl|bs|fr|ge|gl|gr|ju|lu|ne|nw|ow|sg|sh|so|sz|tg|ti|ur|vd|vs|zg|zh)"
    r"(?=$|[,.;!?\n])"
)
_SWISS_CODE_TOWN_END: Final = re.compile(r"(?<![\w-])\d{4} [^\W\d_][\w'-]*$")
_JP_POSTCODE_LINE: Final = re.compile(r"\n〒 ?\d{3}-\d{4}(?![\w-])")
# A Japanese building and room on the line before "5-1-18 Town" (a katakana loan word in
# Latin letters: "Heights", "Mansion", "Court", "Haitsu", "Kōpo", "Residence").
_JP_BUILDING_LINE_BEFORE: Final = re.compile(
    r"(?:^|\n)((?:[^\W\d_]+ ){1,3}(?i:heights|mansion|court|haitsu|haimu|k[oō]po|residence"
    r"|palace|hills|tower|house) \d{1,4})\n$"
)
_JP_BLOCK_START: Final = re.compile(r"\d{1,2}-\d{1,3}-\d{1,3} [^\W\d_]")
# A Nigerian town and state after the local government area, on their lines or after commas
# ("...\nIkeja LGA\nLagos\nLagos State\nNigeria"): the walk stops at a one-word line.
_LGA_END: Final = re.compile(r"(?i)\blga$")
_TOWN_STATE_AFTER: Final = re.compile(
    r"(?:(?:\n|, )[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?)?(?:\n|, )[^\W\d_][\w'-]*"
    r"(?: [^\W\d_][\w'-]*)? (?i:state)(?!\w)(?:(?:\n|, )(?i:nigeria)(?!\w))?"
)
_URB_END: Final = re.compile(r"(?i)(?:, |\n)urb$")
_FLOOR_END: Final = re.compile(r"(?:, |\n)\d{1,2}$")
_FLOOR_AFTER: Final = re.compile(r"\. (?:OG|og|EG|eg|UG|ug)(?=\n|, )")
# The starts, each a pattern ending right where the span starts.
_ERF_BEFORE: Final = re.compile(r"(?i)(?<![\w-])erf \d{1,6}(?:, |\n)$")
_TW_FLOOR_BEFORE: Final = re.compile(r"(?i)(?<![\w.-])\d{1,2}f\.?(?:-\d{1,2})?, $")
_KR_COMPLEX_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][a-z]+ ){1,2}\d{1,4}-?dong \d{1,4}-?ho"
    r"|(?:[A-Z]+ ){1,2}\d{1,4}-?DONG \d{1,4}-?HO"
    r"|(?:(?!(?:at|to|in|on|of|for|from|near|the|is|my|our)\b)[a-z]+ ){1,2}"
    r"\d{1,4}-?dong \d{1,4}-?ho)(?:, |\n)$"
)
_RESIDENCE_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])r[ée]sidence [^\W\d_][^,\n]{0,40}, imm\.? ?\d{1,4}, $"
)
_HALF_NUMBER_BEFORE: Final = re.compile(r"(?<![\w/.,-])\d{1,5} $")
_SE_STREET_BEFORE: Final = re.compile(
    r"(?<![\w-])[^\W\d_][\w-]{3,} \d{1,4}[A-Za-z]?, (?i:lgh) \d{3,4}, $"
)
_CZ_STREET_BEFORE: Final = re.compile(
    r"(?<![\w-])[^\W\d_][\w-]{2,} (?i:č\.p\.) ?\d{1,5}, (?i:č\.o\.) ?\d{1,4}"
    r"[a-zA-Z]?, $"
)
_POSTCODE_START: Final = re.compile(r"\d{3} \d{2} [^\W\d_]")
_ONE_WORD_STREET_BEFORE: Final = re.compile(r"(?:^|\n)([A-ZÀ-Ý]{5,}) $")
# A Spanish street type and articles in capitals the anchor left out ("AV. LOS AROMOS 0345").
_UPPER_TYPE_ARTICLES_BEFORE: Final = re.compile(
    r"(?<![\w.-])(?:AV\.|AVDA\.|AVENIDA|CALLE|PASAJE|PSJE\.|JR\.|CARRERA|CRA\.)"
    r"(?: (?:LOS|LAS|EL|LA|DE|DEL|SAN|SANTA))+ $"
)
_BUILDING_BEFORE: Final = re.compile(r"(?<![\w-])(?:bldg|BLDG|Bldg)\.? $")
_BUS_NUMBER: Final = re.compile(r"\d{1,4}[A-Z]? BUS \d")
_UNIT_START: Final = re.compile(r"(?i)appt? ")
# Spans that are no address.
_EXTENSION: Final = re.compile(r"(?i)[\d ]+ ext\.? ?\d{1,5}")
_WORDS_AND_YEAR: Final = re.compile(r"[a-z]+(?: [a-z]+){0,2} (?:19|20)\d\d")


def street35_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends above fixed and the look-alikes dropped."""
    fixed: list[PiiSpan] = []
    for span in found:
        value = text[span.start : span.end]
        if _EXTENSION.fullmatch(value) or (
            _WORDS_AND_YEAR.fullmatch(value) and not has_street_word(value)
        ):
            continue
        before = max((s.end for s in found if s.end <= span.start), default=0)
        limit = barrier_limit(barriers, span.end, len(text))
        if len(value) > 2 and value[0] in "\"'" and value[-1] == value[0]:
            span = PiiSpan(span.start + 1, span.end - 1, span.entity_type)  # a quoted value
        start = _fixed_start(text, span.start)
        end = _extended_end(text, span.start, span.end, limit)
        if start < span.start and (start < before or crosses_any(barriers, start, span.start)):
            start = span.start
        if end > span.end and crosses_any(barriers, span.end, end):
            end = span.end
        end = _cut_end(text, start, end)
        if end <= start or _literals_only(text[start:end]):
            continue
        fixed.append(
            span
            if (start, end) == (span.start, span.end)
            else PiiSpan(start, end, span.entity_type)
        )
    return _merged(fixed) if len(fixed) > 1 else fixed


def _fixed_start(text: str, start: int) -> int:
    if start < 3:
        return start
    window = max(0, start - 60)
    if text.startswith(", ", start - 2):
        if text.startswith(("No", "no", "NO"), start):
            floor = _TW_FLOOR_BEFORE.search(text, max(0, start - 10), start)
            if floor is not None:
                return floor.start()  # "3F.-3, No. 153, ..."
        for before in (_ERF_BEFORE, _KR_COMPLEX_BEFORE, _SE_STREET_BEFORE, _CZ_STREET_BEFORE):
            match = before.search(text, window, start)
            if match is None:
                continue
            if before in (_SE_STREET_BEFORE, _CZ_STREET_BEFORE) and not _POSTCODE_START.match(
                text, start
            ):
                continue
            return match.start()
        if _UNIT_START.match(text, start):
            residence = _RESIDENCE_BEFORE.search(text, window, start)
            if residence is not None:
                return residence.start()  # "Résidence X, Imm. 15, Appt 27, ..."
    elif text[start - 1] == "\n":
        if _JP_BLOCK_START.match(text, start):
            building = _JP_BUILDING_LINE_BEFORE.search(text, max(0, start - 50), start)
            if building is not None:
                return building.start(1)  # "SAKURAGAOKA HEIGHTS 206\n5-1-18 FUKASAWA"
        for before in (_ERF_BEFORE, _KR_COMPLEX_BEFORE):  # "Erf 12\n34 Elm Street"
            match = before.search(text, window, start)
            if match is not None:
                return match.start()
    elif text[start - 1] == " ":
        if text.startswith("1/2 ", start):
            half = _HALF_NUMBER_BEFORE.search(text, max(0, start - 7), start)
            if half is not None:
                return half.start()  # "435 1/2 Shake Rag Rd"
        if text[start].isupper() and (
            typed := _UPPER_TYPE_ARTICLES_BEFORE.search(text, max(0, start - 20), start)
        ):
            return typed.start()  # "AV. LOS AROMOS 0345, DEPTO 1203"
        if text[start].isdigit() and (bldg := _BUILDING_BEFORE.search(text, start - 6, start)):
            return bldg.start()  # "bldg 9, nile street, ..." (a unit word in lower case)
        if _BUS_NUMBER.match(text, start):
            street = _ONE_WORD_STREET_BEFORE.search(text, max(0, start - 40), start)
            if street is not None:
                return street.start(1)  # "AKKERWINDEPAD 101 BUS 3"
    return start


def _extended_end(text: str, start: int, end: int, limit: int) -> int:
    """``end`` taken on over what the walk stopped before (see the module docstring)."""
    if text.startswith("\n〒", end) and (mark := _JP_POSTCODE_LINE.match(text, end)):
        return mark.end()  # "...\nSETAGAYA-KU, TOKYO\n〒153-0042"
    if text.startswith(" ", end) and _SWISS_CODE_TOWN_END.search(text, max(start, end - 30), end):
        canton = _CANTON_AFTER.match(text, end)
        if canton is not None:
            return canton.end()  # "8064 zürich zh"
    if text.startswith((", off ", ", OFF ", ", Off "), end) and has_street_word(
        text[max(start, end - 12) : end].rsplit(None, 1)[-1]
    ):
        walked = trim(text, start, walk(text, end + 6, limit, allow_and=False))
        if has_street_word(text[end + 6 : walked]):
            return walked  # "14 Adeola Crescent, off Allen Road, Ikeja LGA, ..."
    if _LGA_END.search(text, max(start, end - 4), end) and (
        town_state := _TOWN_STATE_AFTER.match(text, end)
    ):
        return town_state.end()  # "...\nIKEJA LGA\nLAGOS\nLAGOS STATE"
    if text.startswith(". ", end) and _URB_END.search(text, max(start, end - 5), end):
        walked = trim(text, start, walk(text, end + 2, limit, allow_and=False))
        return max(end, walked)  # "Jr. Ica 232, Urb. La Aurora, Lima 15569"
    if text.startswith(". ", end) and _FLOOR_END.search(text, max(start, end - 5), end):
        floor = _FLOOR_AFTER.match(text, end)
        if floor is not None:
            walk_from = floor.end() + (text[floor.end()] == "\n")  # (a walk starts on a word)
            walked = trim(text, start, walk(text, walk_from, limit, allow_and=False))
            return max(floor.end(), walked)  # "ENZIANSTRASSE 98, 5. OG\nCH-6030 LUZERN"
    return end


def _cut_end(text: str, start: int, end: int) -> int:
    """``end`` brought back before what follows the address (see the module docstring)."""
    cut = _FOREIGN_END.search(text, start, end)
    if cut is not None and cut.start() > start:
        return cut.start()  # "..., Pretoria, 0457 haraka. 2/5"
    line_start = text.rfind("\n", start, end) + 1
    if line_start > start and text.count("\n", start, end) >= 2:
        prose = _PROSE_LINE.match(text, line_start, end)
        if prose is not None and _prose(prose.group(1), prose.group(2)):
            return line_start - 1  # "...\nPretoria\n0083\nLease starts 1 May"
    lower_tail = _lower_tail_start(text, start, end) if text[end - 1 : end].islower() else end
    if lower_tail < end:
        return lower_tail  # "..., Bogotá wiki iliyopita", "..., 0083, njoo utembelee"
    last = _LAST_LINE_WORD.search(text, max(start, end - 20), end)
    if (
        last is not None
        and last.group(1).lower() in common_words()
        and _SENTENCE_GOES_ON.match(text, end)
    ):
        return last.start()  # "...\nGiza 12473\nPayment to IBAN ..."
    return end


def _prose(first: str, second: str) -> bool:
    """Whether a line starting ``first second`` starts a sentence (see _PROSE_LINE)."""
    common = common_words()
    return second not in _PLACE_PARTICLES and first.lower() in common and second in common


def _lower_tail_start(text: str, start: int, end: int) -> int:
    """Where a run of lower-case words that ends a capitalised address starts, or ``end``."""
    tail = _LOWER_TAIL.search(text, max(start, end - 40), end)
    if tail is None or tail.start() <= start:
        return end
    words = tail.group("words").split()
    if any(len(word) < 2 or not word.islower() or word in _LOWER_ADDRESS_WORDS for word in words):
        return end
    before = text[start : tail.start()].rstrip(", ")
    last = before.rsplit(None, 1)[-1] if before else ""
    # (The address before the run is capitalised, every lower-case word of it a word of
    # addresses, and it ends on a number or a capitalised word: "99 marlborough terrace" is
    # an address typed in lower case, not an address and a tail.)
    if not last or not (last[-1].isdigit() or last[0].isupper()):
        return end
    if ", " not in before and "\n" not in before:
        return end  # (an address with a town after a comma or on a line: not "Oslo 12 dtype")
    letter_words = _LETTER_WORD.findall(before)
    if not any(word[0].isupper() for word in letter_words) or any(
        word.islower() and word not in _LOWER_ADDRESS_WORDS for word in letter_words
    ):
        return end
    return tail.start()


def _literals_only(value: str) -> bool:
    """Whether the words of ``value`` are only numbers and Python literals ("0 False 1 True
    2 False": a printed pandas Series)."""
    if "True" not in value and "False" not in value and "None" not in value and "NaN" not in value:
        return False
    words = value.split()
    # (Only a Series, a number before each literal: a printed DataFrame's "True False" row
    # is left to the rules that read it, so it is not read as a name once uncovered.)
    for first, second in pairwise(words):
        if first in _PYTHON_VALUES and second in _PYTHON_VALUES:
            return False
    return _PYTHON_LITERALS.issuperset(_LETTER_WORD.findall(value))


def _merged(spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with those that now overlap joined into one."""
    spans = sorted(spans, key=lambda s: s.start)
    merged: list[PiiSpan] = [spans[0]]
    for span in spans[1:]:
        last = merged[-1]
        if span.start < last.end:
            merged[-1] = PiiSpan(last.start, max(last.end, span.end), last.entity_type)
        else:
            merged.append(span)
    return merged
