"""(Stop 35, from set 32's even half) National address formats that the shape rules miss,
each found by an opening pattern of its own, walked on from there, and merged with the
spans found so far (a span it overlaps grows to cover both):

* Korean lot-number addresses: a neighbourhood's ``-dong`` and its main-sub lot number
  (``Bongcheon-dong 123-45, Seoul 08700``);
* Japanese block addresses written out: ``Ichigaya 2-chōme 4-ban 7-gō, Shinjuku-ku, ...``;
* Chilean passages (``Pasaje Los Robles 1234, Ñuñoa, Santiago``);
* Colombian streets with a spaced "#" plate (``Avenida Roble # 12-34, Torre 2, ...``);
* Moroccan streets with a French "n°" number (``Rue Al Amal, n° 12, appt 3, ...``), with
  the floor after the house number (``12 Bd Anfa, 3ème étage, Quartier X, ...``) and
  residences with a building and a flat (``Résidence Les Pins, Imm. 4, Appt 2\\n...``);
* Israeli streets with a house and flat number and a seven-digit postal code (``HaShaked St
  4/12\\nHaifa, 3303123``), or a house number and the Hebrew flat word "dira" (``HaShaked 4,
  dira 12, Haifa 3303123``);
* a Bangladeshi holding number (``Holding 12, Lake Road\\nDhaka-1205``) and a Pakistani house
  number (``H. No. 12, Mohalla Noor\\nMultan-60000``), the latter with a province line after it;
* Pakistani plots on a "Khayaban" avenue (``Plot 12-B, Khayaban-e-Noor, Phase 5, DHA``);
* Nigerian lines: a house number and comma before a street, with the local government area
  or state on a later line (``12, ADEOLA CLOSE\\nIKEJA LGA\\nLAGOS, LAGOS STATE``);
* Belgian box numbers (``lindepad 12 bus 4, 2000 antwerpen``), the street in one word;
* the text of an XML or HTML element whose tag names a street line
  (``<street>Elmstraat 12hs</street>``; the tags of address_columns' keys);
* Czech streets with their land-registry number (``LIPOVÁ Č.P. 812, Č.O. 6\\n120 00 PRAHA 2``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_columns import street_key, street_value
from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import common_words
from processors.redaction.spans import PiiSpan, barrier_limit
from processors.redaction.street34b_formats import merged_street_spans

__all__ = ["with_street35_spans"]

_W: Final = r"[^\W\d_][\w'\u2019-]*"
# (A main lot number of two digits or more: "Gangnam-dong 2-1" may be a score.)
_KOREAN_LOT: Final = re.compile(r"(?i)(?<![\w-])[^\W\d_]{2,}-dong \d{2,4}-\d{1,4}(?![\w-])")
_JAPANESE_BLOCK: Final = re.compile(
    rf"(?i)(?<![\w-]){_W},? \d{{1,2}}-ch[oō]me,? \d{{1,3}}-ban,? \d{{1,3}}-g[oō](?!\w)"
)
_COLOMBIAN_PLATE: Final = re.compile(
    rf"(?i)(?<![\w.-])(?:avenida|av\.|calle|carrera|cra\.|diagonal|transversal)(?: {_W}){{1,3}}"
    r" # \d{1,3}[a-z]?-\d{1,3}(?![\w-])"
)
_MOROCCAN_NUMBER: Final = re.compile(
    rf"(?i)(?<![\w-])(?:rue|bd|boulevard|avenue|av\.|impasse|derb)(?: {_W}){{1,4}}, n° ?\d{{1,4}}"
)
_MOROCCAN_FLOOR: Final = re.compile(
    rf"(?i)(?<![\w-])\d{{1,4}} (?:bd|boulevard|rue|av\.|avenue)(?: {_W}){{1,4}}, "
    r"\d{1,2}(?:ème|e|er) étage(?!\w)"
)
# A Chilean passage: the name starts with a capital or an article ("el pasaje cuesta 1234,"
# is a fare), and the number ends its part.
_CHILEAN_PASSAGE: Final = re.compile(
    rf"(?<![\w-])(?i:pasaje|psje\.) (?:[A-ZÀ-Ý]|(?:los|las|el|la|del|de) ){_W}(?: {_W}){{0,3}}"
    r" \d{1,5}(?=,|\n)"
)
_RESIDENCE: Final = re.compile(
    r"(?i)(?<![\w-])r[ée]sidence [^\W\d_][^,\n]{0,40}, imm\.? ?\d{1,4}, appt? \d{1,4}(?!\w)"
)
_ISRAELI_FLAT: Final = re.compile(rf"(?<![\w-]){_W} (?i:st\.?|street) \d{{1,4}}/\d{{1,4}}(?![\w/])")
_ISRAELI_DIRA: Final = re.compile(
    rf"(?<![\w-])[^\W\d_]{_W} \d{{1,4}}(?:, |\n)(?i:dira) \d{{1,4}}(?!\w)"
)
_ISRAELI_POSTCODE: Final = re.compile(r"(?<![\w-])\d{7}(?![\w-])")
_HOLDING: Final = re.compile(
    r"(?i)(?<![\w-])holding (?:no\.? ?)?\d{1,4}[a-z]?(?:, |\n)(?=[^\W\d_])"
)
_PAKISTANI_HOUSE: Final = re.compile(
    r"(?i)(?<![\w.-])h\. ?no\. ?\d{1,4}[a-z]?(?:, |\n)(?=[^\W\d_])"
)
# The province line after "Town-54000" ends the address when an empty line or the text's end
# follows it.
_PROVINCE_LINE: Final = re.compile(rf"(?<=\d)\n({_W}(?: {_W})?)(?=\n\n|\n?$)")
_KHAYABAN_PLOT: Final = re.compile(r"(?i)(?<![\w-])plot \d{1,4}(?:-[a-z])?, khayaban-e-")
_NIGERIAN_LINE: Final = re.compile(
    r"(?:^|(?<=[\n ]))\d{1,4}[A-Za-z]?, (?=[^\W\d_][^\n,]{2,40}(?:,|\n))"
)
# (The local government area or the state ending its part: "Lagos State", not "State police".)
_NIGERIAN_AREA: Final = re.compile(r"(?i)\b(?:lga|state)(?=,|\n|$)")
# A Belgian box number after the house number, then the postal code and town.
_BELGIAN_BUS: Final = re.compile(
    r"(?i)(?<![\w-])(?P<street>[^\W\d_][\w'-]{2,}) \d{1,4}[a-z]? bus \d{1,4}[a-z]?"
    r"(?=(?:, |\n)\d{4} [^\W\d_])"
)
# An XML or HTML element whose tag names a street line: its text is the street line.
_XML_ELEMENT: Final = re.compile(
    r"<(?P<tag>[A-Za-z][\w:.-]{0,30})>(?P<value>[^<>\n]{3,150})</(?P=tag)>"
)
# A line of capitalised names and numbers, maybe after a lower-case type ("os. Lipowe 12").
_NAMES_AND_NUMBERS: Final = re.compile(
    r"(?:[a-z]{1,4}\. )?(?:[A-ZÀ-Ý][\w'.-]*|\d[\w/.-]*)(?:,? (?:[A-ZÀ-Ý][\w'.-]*|\d[\w/.-]*))*"
)
_CZECH_REGISTRY: Final = re.compile(
    r"(?<![\w-])[^\W\d_][\w-]{2,} (?i:č\.p\.) ?\d{1,5}(?:, (?i:č\.o\.) ?\d{1,4}[a-zA-Z]?)?"
)


def with_street35_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the spans of the formats above merged in (none crosses a barrier)."""
    spans = _format_spans(text, lowered, barriers)
    if not spans:
        return found
    return merged_street_spans(found, spans, barriers)


def _format_spans(text: str, lowered: str, barriers: Sequence[PiiSpan]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "-dong " in lowered:
        spans.extend(_walked(text, m, barriers) for m in _KOREAN_LOT.finditer(text))
    if "-ban" in lowered and "ch" in lowered:
        spans.extend(_walked(text, m, barriers) for m in _JAPANESE_BLOCK.finditer(text))
    if " # " in text:
        spans.extend(_walked(text, m, barriers) for m in _COLOMBIAN_PLATE.finditer(text))
    if "n°" in lowered:
        spans.extend(_walked(text, m, barriers) for m in _MOROCCAN_NUMBER.finditer(text))
    if "pasaje " in lowered or "psje. " in lowered:
        spans.extend(_walked(text, m, barriers) for m in _CHILEAN_PASSAGE.finditer(text))
    if "étage" in lowered:
        spans.extend(_walked(text, m, barriers) for m in _MOROCCAN_FLOOR.finditer(text))
    if "imm" in lowered and "sidence" in lowered:
        spans.extend(_walked(text, m, barriers) for m in _RESIDENCE.finditer(text))
    if "/" in text and "st" in lowered:
        for match in _ISRAELI_FLAT.finditer(text):
            start, end = _walked(text, match, barriers)
            if _ISRAELI_POSTCODE.search(text, start, end):
                spans.append((start, end))
    if "dira " in lowered:
        spans.extend(_walked(text, m, barriers) for m in _ISRAELI_DIRA.finditer(text))
    if "holding " in lowered:
        for match in _HOLDING.finditer(text):
            start, end = _walked(text, match, barriers)
            if has_street_word(text[match.end() : end]):
                spans.append((start, end))
    if "no" in lowered and "h." in lowered:
        for match in _PAKISTANI_HOUSE.finditer(text):
            start, end = _walked(text, match, barriers)
            province = _PROVINCE_LINE.match(text, end)
            spans.append((start, province.end() if province else end))
    if "khayaban-e-" in lowered:
        spans.extend(_walked(text, m, barriers) for m in _KHAYABAN_PLOT.finditer(text))
    if "lga" in lowered or "state" in lowered:
        for match in _NIGERIAN_LINE.finditer(text):
            start, end = _walked(text, match, barriers)
            first = text[match.end() : end].split(",", 1)[0].split("\n", 1)[0]
            # (the street type ends the name: "Adeola Close", not "Main Road closed")
            if (
                first
                and has_street_word(first.rsplit(None, 1)[-1])
                and _NIGERIAN_AREA.search(text, match.end(), end)
            ):
                spans.append((start, end))
    if " bus " in lowered:  # (a street named in one word, no common English one: not "line")
        common = common_words()
        for match in _BELGIAN_BUS.finditer(text):
            if match.group("street").lower() not in common:
                spans.append(_walked(text, match, barriers))
    if "</" in text and ("street" in lowered or "addr" in lowered or "line" in lowered):
        for match in _XML_ELEMENT.finditer(text):
            value = match.group("value")
            # (a street word, or a line of names and numbers: "Order 12 shipped" is neither)
            if (
                street_key(match.group("tag"))
                and street_value(value.strip())
                and (has_street_word(value) or _NAMES_AND_NUMBERS.fullmatch(value.strip()))
            ):
                start = match.start("value") + (len(value) - len(value.lstrip()))
                spans.append((start, start + len(value.strip())))
    if "č.p." in lowered:
        spans.extend(_walked(text, m, barriers) for m in _CZECH_REGISTRY.finditer(text))
    return spans


def _walked(text: str, match: re.Match[str], barriers: Sequence[PiiSpan]) -> tuple[int, int]:
    """The address walked from ``match``'s start up to the next barrier, at least the match."""
    start = match.start()
    limit = barrier_limit(barriers, start, len(text))
    if match.end() > limit:
        return start, start
    end = trim(text, start, walk(text, start, limit, allow_and=False))
    if end <= match.end() and match.end() < limit:
        # (The walk stopped inside the opening, at "n°" or the dot of "H. No.": on after it.)
        after = (
            match.end()
            + len(text[match.end() : limit])
            - len(text[match.end() : limit].lstrip(", "))
        )
        end = trim(text, start, walk(text, after, limit, allow_and=False))
    return start, max(end, len(text[: match.end()].rstrip(", ")))
