"""(Stop 38, from set 35's even half) Whole addresses in national formats the anchors miss or
cut short; each found span is joined with the spans it overlaps.

* a Turkish street, door number, floor and flat, postal code and district/city (``Elm Caddesi
  No: 12 Daire: 4, 34000 Üsküdar/İstanbul``; ``Elm Sokak No.3 Kat 2 D.9\\n34000 Fatih / İSTANBUL``);
* a Japanese address written district first in romaji (``Akasaka 2-4-8, Room 301, Minato-ku,
  Tokyo 107-0052, Japan``);
* an Italian street, house number, postal code, town and province in brackets (``Via Elm 12/B,
  40100 Bologna (BO)``);
* an Indian house number, ``H.No.``, with the places after it (``H.No. 1-2-34/5, Elm Road,
  Town, State 500001, India``);
* a French house number before a comma and the street type (``12, rue des Lilas, 75011 Paris``);
* a Spanish ``C/`` street, number and floor (``C/Elm 39 2ºD, 46001 Valencia, Spain``);
* a Japanese building, its room and the block after it (``Torre Elm 702, 3-4-1 Ebisu-Nishi``).

A span never crosses a barrier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import common_words
from processors.redaction.spans import PiiSpan, barrier_limit, joined_street
from processors.redaction.street11_anchors import BUILDING_TYPES

__all__ = ["with_street38_spans"]

_WORD: Final = r"[^\W\d_][\w\u0307'-]*"  # (U+0307: the dot of a lower-case Turkish "i̇")
# (U+0131, the Turkish dotless i, ends the types "sokağ-" (street) and "bulvar-" (boulevard).)
_TR_STREET: Final = re.compile(
    rf"(?i)(?<![\w.-])(?:{_WORD} ){{1,3}}"
    r"(?P<type>caddesi|cad\.|sokak|soka\u011f\u0131|sk\.|bulvar\u0131|blv\.)"
    r" no ?[.:]? ?\d{1,4}[a-z]?(?:/\d{1,3}[a-z]?)?(?: kat:? ?\d{1,2})?"
    r"(?: (?:d\.|daire:?) ?\d{1,3})?"
    rf"(?:, |\n)\d{{5}} {_WORD}(?: ?/ ?{_WORD})?(?:(?:, |\n)(?:turkey|türkiye))?(?![\w])"
)
_JP_DISTRICT_FIRST: Final = re.compile(
    rf"(?i)(?<![\w-]){_WORD} \d{{1,2}}-\d{{1,2}}-\d{{1,4}}(?:, (?:room|apt\.?|unit|#) ?\d{{1,5}})?"
    rf"(?:, |\n){_WORD}-(?:ku|shi|cho|machi|gun), {_WORD} \d{{3}}-\d{{4}}"
    r"(?:(?:, |\n)japan)?(?![\w-])"
)
_IT_STREET: Final = re.compile(
    rf"(?i)(?<![\w-])(?:via|viale|piazza|piazzale|corso|largo|vicolo|strada) (?:{_WORD} ){{0,3}}"
    rf"{_WORD} \d{{1,4}}(?:/[a-z]|[a-z])?(?:, |\n)\d{{5}} {_WORD}(?: {_WORD})? \([a-z]{{2}}\)"
    r"(?:(?:, |\n)(?:italy|italia)(?![\w]))?"
)
_IN_HOUSE_NUMBER: Final = re.compile(
    r"(?i)(?<![\w.-])h\. ?no\.? ?\d{1,4}(?:-\d{1,4}){0,3}(?:/\d{1,4}[a-z]?)?(?=, )"
)
_FR_NUMBER_FIRST: Final = re.compile(
    r"(?<![\w,.-])\d{1,4}(?: ?(?:bis|ter))?, (?i:rue|cours|avenue|boulevard|bd|allée|place|quai"
    rf"|chemin|impasse|route|square|passage) (?:{_WORD} ){{0,4}}{_WORD}, \d{{5}} {_WORD}"
    r"(?: (?i:cedex)(?: \d{1,2})?)?(?![\w-])"
)
# (The floor or the postal code's line must follow: "C/Elm 3" alone may be a fraction.)
_ES_CALLE: Final = re.compile(
    rf"(?<![\w/])[Cc]/ ?{_WORD}(?: {_WORD}){{0,3}},? \d{{1,4}}"
    r"(?P<floor> \d{1,2}[º°ª] ?[A-Za-z0-9]?)?"
    rf"(?P<town>(?:, |\n)\d{{5}} {_WORD}(?: [A-Z][\w'-]*)?(?:(?:, |\n)(?i:spain|españa))?)?"
    r"(?![\w-])"
)
# A Japanese building, its room, and the block number and district after it ("Maison Elm 702,
# 3-4-1 Ebisu-Nishi"), with nothing after it that another rule would find.
_JP_BUILDING_BLOCK: Final = re.compile(
    rf"(?<![\w-])(?:{_WORD} ){{0,2}}(?P<type>(?i:{BUILDING_TYPES}))(?: {_WORD}){{0,2}}"
    r" \d{1,5}[A-Za-z]?, "
    rf"\d{{1,2}}-\d{{1,4}}-\d{{1,4}} {_WORD}(?![\w-])"
)
_STOP_WORDS: Final = frozenset(
    ["at", "the", "of", "to", "in", "on", "is", "and", "a", "by", "near", "us", "me", "from"]
)


def with_street38_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the addresses above added, each joined with the spans it overlaps."""
    for start, end in _format_spans(text, lowered, found, barriers):
        found = joined_street(found, start, end, barriers)
    return found


def _format_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> Iterator[tuple[int, int]]:
    """(start, end) of the formats above, cheapest substring test first."""
    if "cad" in lowered or "sok" in lowered or "sk." in lowered or "bulvar" in lowered:
        for match in _TR_STREET.finditer(text):
            yield _name_start(text, match.start(), match.start("type")), match.end()
    if "-ku," in lowered or "-shi," in lowered or "-cho," in lowered or "-machi," in lowered:
        for match in _JP_DISTRICT_FIRST.finditer(text):
            yield match.start(), match.end()
    if "-" in text and ", " in text:
        for match in _JP_BUILDING_BLOCK.finditer(text):
            start = _name_start(text, match.start(), match.start("type"), keep_last=False)
            if (text[start].isupper() or text.islower()) and not any(
                s.start < match.end() and match.start() < s.end for s in found
            ):
                yield start, match.end()  # (alone: street31_buildings joins it to a found span)
    if ") " in text or text.endswith(")") or ")\n" in text or ")," in text or ")." in text:
        for match in _IT_STREET.finditer(text):
            if text.islower() or text[match.start()].isupper():
                yield match.start(), match.end()
    if "no" in lowered and "h." in lowered:
        for match in _IN_HOUSE_NUMBER.finditer(text):
            limit = barrier_limit(barriers, match.end(), len(text))
            walked = trim(
                text, match.end() + 2, walk(text, match.end() + 2, limit, allow_and=False)
            )
            if walked > match.end() + 2:
                yield match.start(), walked
    if ", " in text:
        for match in _FR_NUMBER_FIRST.finditer(text):
            town = text.rfind(" ", match.start(), match.end()) + 1
            if text[town].isupper() or text.islower():
                yield match.start(), match.end()  # (in cased text a town is capitalised)
    if "c/" in lowered:
        for match in _ES_CALLE.finditer(text):
            if not (match.group("floor") or match.group("town")):
                continue
            if text[match.start()] == "C" or text.islower():
                yield match.start(), match.end()  # (a lower-case "c/" only in lower-case text)


def _name_start(text: str, start: int, name_end: int, *, keep_last: bool = True) -> int:
    """``start`` moved past the words before the street name in ``text[start:name_end]``: up to
    the last stop word ("lives at elm caddesi"), in cased text past lower-case words ("Old one
    was Elm Caddesi"), and in text of one case past common English words ("old one was elm
    caddesi"); the word right before the street's type is its name, unless not ``keep_last``
    (a building's type opens its name: "old one was torre elm 702")."""
    # (A lower-case address in a capitalised sentence is read as caseless, down to its type.)
    caseless = text.islower() or text[start : name_end + 1].islower()
    one_case = caseless or text.isupper()
    last_word = text.rfind(" ", start, name_end - 1) + 1 if keep_last else name_end
    pos = start
    while pos < name_end:
        space = text.find(" ", pos, name_end)
        if space < 0:
            break
        word = text[pos:space]
        lowered = word.lower()
        if (
            lowered in _STOP_WORDS
            or not (caseless or word[0].isupper())
            or (one_case and pos < last_word and lowered in common_words())
        ):
            start = space + 1
        pos = space + 1
    return start
