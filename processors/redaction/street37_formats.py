"""(Stop 37, from set 34's even half) Whole addresses in national formats the anchors miss or
cut short; each found span is joined with the spans it overlaps.

* Chinese room, building and street (``Room 2102, Building 4, 257 Elm Zhong Lu, Xuhui
  District, Shanghai 200035``);
* an Egyptian building on a street, a landmark road and the district (``Building 56, Elm
  Street, off Oak, Heliopolis, Cairo 11391``);
* a Hungarian street, floor and door, district and postal code (``Elm u. 67., VI. kerület,
  1065 Budapest``; ``Elm út 11. 4. em. 7. ajtó, ...``);
* a house number after "of" ("at the gate of 88 Elm St., Town, City 11382"): "of" before a
  number is mostly a count ("3 of 5"), so a street word and a comma-separated place must follow;
* a Czech square and its house number (``nám. Míru 12, 602 00 Brno``);
* a Chilean street, number and ``casa``/``depto.`` unit (``Elm 587, casa C, Town, Region``),
  and a ``pasaje`` (``pasaje elm 161, town, region``);
* a South African erf (``Erf 1234, Elm Estate, Town, 1200``) and a Thai village house
  (``99/12 Moo 4, Tambon X, Amphoe Y, Town 20150``) with the places after them;
* a Peruvian block and lot (``Mz. F Lt. 5, Urb. Elm\\nTown\\nCUSCO 08``);
* an Israeli street line, town and seven-digit postal code (``Elm 10/5\\nHaifa 3342666\\nISRAEL``);
* a street value under a JSON key whose value is wrapped as ``{"string": "..."}`` (an Avro
  union: ``"loss_street":{"string":"Elm 157 bus 12"}``).

A span never crosses a barrier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.spans import STREET_ADDRESS, PiiSpan, crosses_any
from processors.redaction.street37_bounds import landmark_after

__all__ = ["with_street37_spans"]

_WORD: Final = r"[^\W\d_][\w'-]*"
_PLACE: Final = rf"{_WORD}(?: {_WORD}){{0,2}}"
_SEP: Final = r"(?:, |\n)"  # (one line, or one line a part)
_CN_ROOM: Final = re.compile(
    r"(?i)(?<![\w-])room \d{1,5}(?:, |\n)building \d{1,4}(?:, |\n)\d{1,5}(?: [^\W\d_]+){0,3}"
    r" (?:lu|jie|dajie|dao|road|street)"
    rf"(?:{_SEP}{_PLACE} district)?{_SEP}{_PLACE} \d{{6}}(?:{_SEP}china)?(?![\w-])"
)
_EG_BUILDING: Final = re.compile(
    rf"(?i)(?<![\w-])building \d{{1,4}}[a-z]?{_SEP}(?:{_WORD} ){{1,4}}(?:street|st\.|road|rd\.)"
    rf"(?:{_SEP}off {_PLACE})?(?:{_SEP}{_PLACE}){{1,2}} \d{{5}}(?![\w-])"
)
_HU_STREET: Final = re.compile(
    rf"(?i)(?<![\w-])(?:{_WORD} ){{1,3}}(?P<type>u\.|utca|út|útja|tér|körút|krt\.|köz|sor|fasor)"
    r" \d{1,4}\.?(?: (?:fsz\.|\d{1,2}\. ?em\.)(?: \d{1,3}\.?)?(?: ajtó)?)?"
    r"(?:,? |\n)[ivxlc]{1,6}\. kerület(?:(?:, |\n)\d{4} [^\W\d_]+)?"
)
_HOUSE_NUMBER: Final = re.compile(r"\d{1,5}[A-Za-z]? [^\W\d_]")
_POSTCODE_END: Final = re.compile(r"\d{4,6}$")
_CL_UNIT: Final = re.compile(
    rf"(?:{_WORD} ){{1,3}}(?P<number>\d{{1,5}}), (?i:casa|depto\.?|dpto\.?)"
    r" [A-Za-z0-9]{1,4}(?=, )"
)
_CL_PASAJE: Final = re.compile(
    rf"(?i)(?<![\w-])(?:pasaje|pje\.) (?:{_WORD} ){{1,3}}\d{{1,5}}(?=, )"
)
# A South African erf (a registered plot) or a Thai house number in a village (moo), with
# the places after them: "Erf 1234, Elm Estate, Town, 1200", "99/12 Moo 4, Tambon X, ...".
_ZA_ERF: Final = re.compile(r"(?i)(?<![\w-])erf \d{1,6}(?=, |\n)")
_TH_MOO: Final = re.compile(r"(?i)(?<![\w/-])\d{1,4}(?:/\d{1,4})? moo \d{1,2}(?=, |\n| soi )")
# A Czech square (náměstí) and its house number: "nám. Míru 12", "NÁM. MÍRU 12/4".
_CZ_SQUARE: Final = re.compile(
    rf"(?i)(?<![\w.-])(?:nám\.|náměstí) (?:{_WORD} ){{1,3}}\d{{1,5}}[a-z]?"
    r"(?:/\d{1,4}[a-z]?)?(?![\w/-])"
)
_ARTICLE_BEFORE: Final = re.compile(r"(?i)(?<![\w-])(?:el|un|del|al|este|ese|mi|tu|su|the|a) $")
_PE_BLOCK_LOT: Final = re.compile(
    r"(?i)(?<![\w-])mz\. ?[a-z0-9]{1,3},? lt\. ?\d{1,3}"
    r"(?:(?:, |\n)(?:urb\.|aa\. ?hh\.|asoc\.|coop\.) )?"
)
# (The house number with a flat after a slash, or the country's line: "Order 12\nInvoice
# 1234567" is no address.)
_IL_LINES: Final = re.compile(
    r"(?m)^[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2} \d{1,4}(?P<flat>/\d{1,3})?\n"
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2} \d{7}(?P<country>\n(?i:israel))?$"
)
_AVRO_STREET: Final = re.compile(
    r'"(?P<key>[a-z_]*(?:street|address|addr)[a-z_]*)": ?\{"string": ?"(?P<value>[^"\n]{4,80})"'
)
# Keys of addresses that are no street: "ip_address", "mac_address", "email_addr"...
_NOT_STREET_KEY_PARTS: Final = frozenset(
    ["ip", "ipv4", "ipv6", "mac", "email", "mail", "wallet", "web", "url", "host", "server",
     "bind", "remote", "local", "btc", "eth", "crypto", "hash", "contract"]
)  # fmt: skip
_STREET_VALUE: Final = re.compile(r"[^\W\d_]{3,}[^\n]* \d|\d[^\n]* [^\W\d_]{3,}")
_STOP_WORDS: Final = frozenset(
    ["at", "the", "of", "to", "in", "on", "is", "and", "a", "by", "near", "us", "me", "from"]
)


def with_street37_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the addresses above added (joined with the spans they overlap)."""
    for start, end, joins in _format_spans(text, lowered, barriers):
        if crosses_any(barriers, start, end):
            continue
        overlapping = [s for s in found if s.start < end and start < s.end]
        if overlapping and not joins:
            continue  # (a walked span: where another rule found the address, it knows the end)
        # (A whole-format match knows where the address starts: "US AT RÓZSA UTCA 14., ..."
        # is cut to the street; the spans it overlaps may end after it, with a country.)
        end = max([end, *(s.end for s in overlapping)])
        if crosses_any(barriers, start, end):
            continue
        found = [s for s in found if s not in overlapping]
        found.append(PiiSpan(start, end, STREET_ADDRESS))
        found.sort(key=lambda s: s.start)
    return found


def _format_spans(
    text: str, lowered: str, barriers: Sequence[PiiSpan]
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, joins): the spans of the formats above; ``joins`` when a span the
    finder found inside or across it is to be joined to it (a whole-format match)."""
    limit_after = _Limits(text, barriers)
    if "room " in lowered and "building " in lowered:
        for match in _CN_ROOM.finditer(text):
            yield match.start(), match.end(), True
    if "building " in lowered:
        for match in _EG_BUILDING.finditer(text):
            yield match.start(), match.end(), True
    if "kerület" in lowered:
        for match in _HU_STREET.finditer(text):
            yield _name_start(text, match.start(), match.start("type")), match.end(), True
    for start in _numbers_after_of(lowered) if "of " in lowered else ():
        if not _HOUSE_NUMBER.match(text, start):
            continue
        end = trim(text, start, walk(text, start, limit_after(start), allow_and=False))
        if not has_street_word(text[start:end].split(",", 1)[0]):
            continue
        if _POSTCODE_END.search(text, start, end) or text.count(", ", start, end) > 1:
            yield start, end, False  # "of 88 Elm St., Town, City 11382"
        elif landmark_after(text, start, end):
            yield start, end, False  # "of 7B Elm Close, After the filling station, ..."
    for match in _CL_UNIT.finditer(text) if ", casa " in lowered or "pto" in lowered else ():
        start = _name_start(text, match.start(), match.start("number"))
        yield from _walked(text, start, match, limit_after)
    if "pasaje" in lowered or "pje." in lowered:
        for match in _CL_PASAJE.finditer(text):
            name = text[match.start() : match.end()].split(" ", 2)[1]
            if not (name[0].isupper() or text.islower()):
                continue  # "El pasaje cuesta 1234": in cased text a street name is capitalised
            if _ARTICLE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                continue  # "el pasaje cuesta 1234, dijo ...": an article makes it the fare
            for start, end, joins in _walked(text, match.start(), match, limit_after):
                if text.count(", ", match.end(), end) >= 2:
                    yield start, end, joins  # (places after it: "el pasaje cuesta 1234, dijo")
    if "nám" in lowered:
        for match in _CZ_SQUARE.finditer(text):
            yield from _walked(text, match.start(), match, limit_after)
    if "erf " in lowered:
        for match in _ZA_ERF.finditer(text):
            yield from _walked(text, match.start(), match, limit_after)
    if "moo " in lowered:
        for match in _TH_MOO.finditer(text):
            for start, end, joins in _walked(text, match.start(), match, limit_after):
                if end > match.end():
                    yield start, end, joins
    if "lt." in lowered:
        for match in _PE_BLOCK_LOT.finditer(text):
            yield from _walked(text, match.start(), match, limit_after)
    # (The rule needs a flat after a slash or the country's line: a cheap test first.)
    if "\n" in text and ("/" in text or "israel" in lowered):
        for match in _IL_LINES.finditer(text):
            if match.group("country") or match.group("flat"):
                yield match.start(), match.end(), False
    if '{"string":' in text:
        for match in _AVRO_STREET.finditer(text):
            if _NOT_STREET_KEY_PARTS.isdisjoint(match.group("key").split("_")) and (
                _STREET_VALUE.search(match.group("value"))
            ):
                yield match.start("value"), match.end("value"), False


def _numbers_after_of(lowered: str) -> Iterator[int]:
    """Where a number starts right after a word "of" ("the gate of 88 elm st."); str.find,
    not a regex: "of " is in most English text, a number after it rarely."""
    pos = lowered.find("of ")
    while pos >= 0:
        after = pos + 3
        if (
            after < len(lowered)
            and "0" <= lowered[after] <= "9"
            and (pos == 0 or not (lowered[pos - 1].isalnum() or lowered[pos - 1] in "-_"))
        ):
            yield after
        pos = lowered.find("of ", after)


def _walked(
    text: str, start: int, match: re.Match[str], limit_after: _Limits
) -> Iterator[tuple[int, int, bool]]:
    """``match`` from ``start``, walked on over the places after it."""
    limit = limit_after(start)
    if match.end() > limit:
        return
    walk_from = match.end()
    if text.startswith(", ", walk_from):
        walk_from += 2
    elif text.startswith("\n", walk_from):
        walk_from += 1
    if walk_from >= limit:
        return
    walked = trim(text, walk_from, walk(text, walk_from, limit, allow_and=False))
    yield start, max(match.end(), walked), False


def _name_start(text: str, start: int, name_end: int) -> int:
    """``start`` moved past the words before the street name in ``text[start:name_end]``: up to
    the last stop word ("the gate of los aromos 312"), and in cased text past lower-case words
    ("met us at Elm tér 37.")."""
    caseless = text.islower() or text[start:name_end].islower()
    pos = start
    while pos < name_end:
        space = text.find(" ", pos, name_end)
        if space < 0:
            break
        word = text[pos:space]
        if word.lower() in _STOP_WORDS or not (caseless or word[0].isupper()):
            start = space + 1
        pos = space + 1
    return start


class _Limits:
    """The first barrier start at or after a position (or the text's length); the barriers
    are sorted on the first call, which most texts never make."""

    def __init__(self, text: str, barriers: Sequence[PiiSpan]) -> None:
        self._barriers = barriers
        self._stops: list[int] | None = None
        self._length = len(text)

    def __call__(self, pos: int) -> int:
        if self._stops is None:
            self._stops = sorted(b.start for b in self._barriers)
        for stop in self._stops:
            if stop >= pos:
                return stop
        return self._length
