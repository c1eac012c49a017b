"""(Stop 34b, from set 31's even half) National address formats that the shape rules cut
short or miss, each found whole by a pattern of its own and merged with the spans found so
far (a span it overlaps grows to cover both; see :func:`with_format_spans`):

* Turkish: neighbourhood, street, building and door, then the postal code and district /
  province (``Kavak Mah. Lale Sok. No:12 D:3, 34664 Üsküdar/İstanbul``, ``Yeşil Mahallesi,
  Gül Sokak, No. 8, Daire 2``, ``Papatya Cad. Deniz Apt. No:5 K:2 D:7``; stop 40: the
  neighbourhood after the door, ``Menekşe Sokak No:102 K:6 D:10, Elma Mah., 34732
  Üsküdar/İstanbul``, and ``Zambak Sokak Apt. No.2``);
* Hungarian: street, type word, house number with its floor and door, then "1234 Town" or a
  town line and a postal-code line (``Rózsa u. 12/B, 1051 Budapest``, ``Tulipán köz 3. fszt.
  1.``, ``Akác utca 9. 2. em. 5.``); a letter after a slash, a floor and door, or the town is
  needed;
* Indian: a house number before numbered cross and main roads (``#12, 4th Cross, 2nd Main,
  ...``, ``No. 8/2, 5th Main Road, ...``, ``Flat 3, Sai Nilaya, 2nd Cross Road, ...``),
  walked from there (as caseless text when typed in lower case, where "cross" and "main"
  would end it);
* Russian (romanised): ``Lipovaya ulitsa, 12-34, Omsk, 644000``;
* Greek (romanised): ``odos Ermou 15, 3os orofos, 105 63 Athina``;
* Romanian: ``str. Florilor, nr. 7, ...`` in any case, walked from there;
* US rural grid numbers: ``N1234 Maple Rd, Springfield, WI 54321`` (a compass letter glued
  to the number), kept only with a street word and a state and ZIP;
* Mexican streets with a "#" number and an interior (``Privada Olmo #45, Int. 3``), walked
  on from there;
* Philippine lot and phase (``Lot 4 Phase 1, Narra Street, Brgy. ...``), Australian lots and
  unit/house numbers (``Lot 12 Banksia Cl\\nDUBBO NSW 2830``, ``8/19 Banksia Cl, Dubbo NSW
  2830``, kept only with a state and postcode), Irish house and flat numbers (``No. 14 Elm
  Park, ..., D04 X2Y3``, ``Apt 5, Elm Hall, ...``, kept only with an Eircode) and Indonesian
  housing estates (``Perum Griya Blok A3 No. 7``);
* a line under a street or address label (``Addr line 1: Via Roma 5, int. 3``, ``STREET:
  ...``, ``Address: Ermou 15``): the whole value, when it has a space, a digit and a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import common_words
from processors.redaction.spans import STREET_ADDRESS, PiiSpan, barrier_limit

__all__ = ["merged_street_spans", "with_format_spans"]

# A word of letters (U+0307: the combining dot of a lower-cased "İ", as in "i̇stanbul").
_W: Final = r"[^\W\d_][\w'\u0307\u2019-]*"
# (The escapes: g-breve and dotless i, U+011F and U+0131, of the possessive "sokagi", "bulvari".)
_TURKISH: Final = re.compile(
    rf"(?<![\w-])(?:{_W} (?i:mah\.|mahallesi),? )?{_W} "
    r"(?i:sok\.|sokak|soka\u011f\u0131|cad\.|caddesi|bulvar\u0131|blv\.)"
    rf"(?:,? (?:{_W} )?(?i:apt\.))?,? (?i:no) ?[:.] ?\d{{1,4}}(?:/\d{{1,3}})?"
    r"(?:,? (?i:k) ?: ?\d{1,3})?(?:,? (?i:d ?:|daire) ?\d{1,4})?"
    # (stop 40) the neighbourhood after the street ("Menekşe Sokak No:102 K:6 D:10,
    # Elma Mah., 34732 Üsküdar/İstanbul"); "Zambak Sokak Apt. No.2"
    rf"(?:, {_W} (?i:mah\.|mahallesi)(?=, \d{{5}} ))?"
    # (stop 45: the country on a line of its own, "...\n34732 Üsküdar / İSTANBUL\nTürkiye")
    rf"(?:(?:, |\n)\d{{5}} {_W}(?: ?/ ?{_W})?(?:(?:, |\n)(?i:türkiye|turkey)(?![\w-]))?)?"
)
# (A letter after a slash, a floor and door, or the postal code and town tell the address
# from "Figure u. 12".)
_HUNGARIAN: Final = re.compile(
    rf"(?<![\w-]){_W} (?i:u\.|utca|út|köz|tér|körút|krt\.) \d{{1,4}}(?P<part>/[A-Za-z]|\.)?"
    r"(?P<door> (?i:fszt\.) ?\d{1,3}\.| \d{1,2}\. (?i:em\.) ?\d{1,3}\.)?"
    rf"(?P<town>(?:,? |\n)\d{{4}} {_W}|\n{_W}\n\d{{4}})?"
    r"(?(town)(?:\n(?i:hungary|magyarország)(?=\n|$))?)"
)
_RUSSIAN: Final = re.compile(
    rf"(?i)(?<![\w-]){_W} ulitsa, \d{{1,4}}(?:-\d{{1,4}})?"
    rf"(?:, {_W}, \d{{6}}(?:, (?:rossiya|russia))?)?(?![\w-])"
)
_GREEK: Final = re.compile(
    rf"(?i)(?<![\w-])odos {_W}(?: {_W})? \d{{1,4}}[a-z]?(?!\w)"
    rf"(?:, \d{{1,2}}os orofos)?(?:(?:, |\n)\d{{3}} \d{{2}} {_W}(?:\n(?i:greece|ellada)(?=\n|$))?)?"
)
# The anchors below are only the opening of the address: the walk finds its end.
_INDIAN: Final = re.compile(
    r"(?i)(?<![\w-])(?:#|no\. ?)?\d{1,4}(?:/\d{1,3})?, \d{1,2}(?:st|nd|rd|th) (?:cross|main)\b"
)
# A flat before a building's name and a numbered cross or main road ("Flat 3, Sai Nilaya,
# 2nd Cross Road, ...").
_INDIAN_FLAT: Final = re.compile(
    r"(?i)(?<![\w-])flat \d{1,4}[a-z]?, (?=[^\n\d]{0,40}\d{1,2}(?:st|nd|rd|th) (?:cross|main)\b)"
)
_ROMANIAN: Final = re.compile(rf"(?i)(?<![\w.-])(?:str\.|strada) {_W}(?: {_W})?,? nr\. ?\d")
_MEXICAN_HASH: Final = re.compile(
    rf"(?i)(?<![\w.-])(?:av\.|avenida|calle|privada|cerrada|andador|callejón|circuito|retorno"
    rf"|calzada|prolongación) {_W}(?: {_W}){{0,3}} #\d{{1,5}}[a-z]?(?:, int\. \d{{1,4}}[a-z]?)?"
    r"(?![\w#])"
)
# (Speed: it opens with one class, then looks behind it, so a search skips to those letters:
# the same matches as "(?<![\w-])(?:[NSEW]\d{3,5} (?=[A-Za-z])|[nsew]\d{3,5} (?=[a-z]))".)
_GRID: Final = re.compile(
    r"[NSEWnsew](?<![\w-].)(?:(?<=[NSEW])\d{3,5} (?=[A-Za-z])|(?<=[nsew])\d{3,5} (?=[a-z]))"
)
_LOT_PHASE: Final = re.compile(r"(?i)(?<![\w-])lot \d{1,4}[a-z]? phase \d{1,2}, ")
_LOT: Final = re.compile(r"(?i)(?<![\w/-])(?:lot \d{1,5}|\d{1,4}/\d{1,5}) (?=[a-z])")
_IRISH_NUMBER: Final = re.compile(r"(?i)(?<![\w-])(?:no\.|apt\.?) \d{1,4}[a-z]?,? (?=[a-z])")
_PERUM: Final = re.compile(rf"(?i)(?<![\w-])perum {_W}(?: {_W})? blok [a-z]?\d{{1,3}} no\. ?\d")
# The evidence a walked span needs after a grid number, a lot or unit number, an Irish "No.".
_STATE_ZIP: Final = re.compile(r"(?i)\b[a-z]{2},? \d{5}(?:-\d{4})?\b")
_AU_STATE_CODE: Final = re.compile(r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}\b")
_EIRCODE: Final = re.compile(r"(?i)\b[a-z]\d[\dw] ?[0-9a-z]{4}\b")
# A label at a line's start and its value, the rest of the line. A street-line label ("Addr
# line 1:", "STREET:") holds a street line whatever its shape; an address label ("Address:",
# "Addr:", "Home address:" and the word in Turkish, Spanish, Portuguese, French, Italian and
# German) may hold anything ("Address: 0x7ffe1234 (heap)"), so there only a bare street line
# (see _BARE_STREET) or a line with a street word counts, with a word that is no common
# English one.
_STREET_LABEL: Final = re.compile(
    r"(?im)^[ \t]*(?:(?P<line>addr(?:ess)?[ _]?line[ _]?1|street(?:[ _]?address)?"
    r"|street[ _]?line[ _]?1)|addr(?:ess)?(?:[ _]?1)?|home[ _]address|adres|adresse"
    r"|direcci[oó]n|endere[cç]o|indirizzo|anschrift)[ \t]*: ?(?P<value>[^\n:]{3,80})$"
)
# A house number and one to four capitalised words, or the words and the number: "Ermou
# 15", "370/12 Xoài", "No. 52 Elm Grove", "Lot 8 Banksia St".
_BARE_STREET: Final = re.compile(
    r"(?:(?:No\.|Lot|#) ?)?\d{1,4}(?:/\d{1,4})?[A-Za-z]?(?: [A-ZÀ-Ý][^\W\d_]+){1,4}"
    r"|[A-ZÀ-Ý][^\W\d_]{2,}(?: [A-ZÀ-Ý][^\W\d_]+){0,3} \d{1,4}[A-Za-z]?"
)
_LABEL_HINTS: Final = ("street", "addr", "adres", "direcc", "ndere", "indirizzo", "anschrift")
_WORD_OF_LETTERS: Final = re.compile(r"[^\W\d_]{2}")


def with_format_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the spans of the formats above merged in (none crosses a barrier)."""
    spans = _format_spans(text, lowered, barriers)
    if not spans:
        return found
    return merged_street_spans(found, spans, barriers)


def merged_street_spans(
    found: list[PiiSpan], spans: list[tuple[int, int]], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with each of ``spans`` (start, end) that is not empty and crosses no barrier
    joined in as an address, one span with every found span it overlaps; sorted by start."""
    merged = list(found)
    for start, end in spans:
        if end <= start or any(b.start < end and start < b.end for b in barriers):
            continue
        overlapping = [s for s in merged if s.start < end and start < s.end]
        for span in overlapping:
            merged.remove(span)
            start, end = min(start, span.start), max(end, span.end)
        merged.append(PiiSpan(start, end, STREET_ADDRESS))
    merged.sort(key=lambda s: s.start)
    return merged


def _format_spans(text: str, lowered: str, barriers: Sequence[PiiSpan]) -> list[tuple[int, int]]:
    """``(start, end)`` of each address of the formats in the module docstring."""
    spans: list[tuple[int, int]] = []
    if "no" in lowered and any(w in lowered for w in (" sok", " cad", " mah", " bulvar")):
        spans.extend(m.span() for m in _TURKISH.finditer(text))
    if any(w in lowered for w in ("u. ", "utca ", "út ", "köz ", "tér ", "krt. ")):
        for match in _HUNGARIAN.finditer(text):
            name = match.group()  # (a street's name is capitalised, or all is lower case)
            if (name[0].isupper() or name.islower()) and _hungarian_evidence(match):
                spans.append(match.span())
    if "ulitsa" in lowered:
        spans.extend(m.span() for m in _RUSSIAN.finditer(text))
    if "odos " in lowered:
        spans.extend(m.span() for m in _GREEK.finditer(text))
    if "cross" in lowered or "main" in lowered:
        spans.extend(_walked(text, m.start(), barriers, None) for m in _INDIAN.finditer(text))
        if "flat" in lowered:
            for match in _INDIAN_FLAT.finditer(text):
                spans.append(_walked(text, match.start(), barriers, None))
    if "nr." in lowered:
        spans.extend(_walked(text, m.start(), barriers, None) for m in _ROMANIAN.finditer(text))
    if "phase" in lowered:
        spans.extend(_walked(text, m.start(), barriers, None) for m in _LOT_PHASE.finditer(text))
    if "perum" in lowered:
        spans.extend(_walked(text, m.start(), barriers, None) for m in _PERUM.finditer(text))
    if "#" in text:  # "Privada Olmo #45, Int. 3", walked on over "Col. ..., C.P. ..."
        for match in _MEXICAN_HASH.finditer(text):
            walked = _walked(text, match.start(), barriers, None)
            spans.append((match.start(), max(walked[1], match.end())))
    for match in _GRID.finditer(text):  # "W2063 Elm Hollow Rd, Burlington, VT 05488"
        spans.append(_walked(text, match.start(), barriers, _STATE_ZIP, typed=True))
    if "lot " in lowered or "/" in text:  # "Lot 40 Banksia Cl\nDUBBO NSW 2830", "8/19 ..."
        spans.extend(
            _walked(text, m.start(), barriers, _AU_STATE_CODE) for m in _LOT.finditer(text)
        )
    if "no. " in lowered or "apt" in lowered:  # "No. 22 Elm Grove, Sligo, Co. Sligo, F91 C4WK"
        for match in _IRISH_NUMBER.finditer(text):
            spans.append(_walked(text, match.start(), barriers, _EIRCODE))
    if ":" in text and any(w in lowered for w in _LABEL_HINTS):
        for match in _STREET_LABEL.finditer(text):
            value = match.group("value").strip()
            if _street_line(value) and (
                match.group("line") is not None
                or (
                    (_BARE_STREET.fullmatch(value) is not None or has_street_word(value))
                    and _uncommon_word(value)
                )
            ):
                start = match.start("value") + match.group("value").index(value[0])
                spans.append((start, start + len(value)))
    return [(start, end) for start, end in spans if end > start]


def _street_line(value: str) -> bool:
    """Whether a label's ``value`` may be a street line: a number and a name ("0x7ffe1234",
    an e-mail address or a URL is none)."""
    return (
        " " in value
        and any(c.isdigit() for c in value)
        and _WORD_OF_LETTERS.search(value) is not None
        and "@" not in value
        and "://" not in value
        and "0x" not in value.lower()
    )


def _uncommon_word(value: str) -> bool:
    """Whether a word of ``value`` is no common English word ("Ermou 15", not "Room 12")."""
    common = common_words()
    return any(w.isalpha() and w.lower() not in common for w in value.split())


def _hungarian_evidence(match: re.Match[str]) -> bool:
    """Whether a _HUNGARIAN match is an address: a letter after a slash ("12/B"), a floor and
    door, or a town; a postal line right after a bare number needs the number's dot ("171.\\n1040
    Budapest"): "Figure u. 12\\n2024 Report" is none."""
    part = match.group("part") or ""
    town = match.group("town") or ""
    if "/" in part or match.group("door"):
        return True
    if town[:1] == "\n" and town[1:2].isdigit():
        return part == "."
    return bool(town)


def _walked(
    text: str,
    start: int,
    barriers: Sequence[PiiSpan],
    evidence: re.Pattern[str] | None,
    *,
    typed: bool = False,
) -> tuple[int, int]:
    """The address walked from ``start`` up to the next barrier; empty (``(start, start)``)
    when ``evidence`` is given and not in the span, or ``typed`` and no street word is."""
    limit = barrier_limit(barriers, start, len(text))
    # An address typed in lower case in a capitalised sentence ("Hi Ana, it's at #4, 5th
    # cross, 2nd main, ...") is walked as caseless text: "cross" and "main" do not end it.
    caseless = text[start : start + 12].islower() and len(text.lower()) == len(text)
    end = trim(text, start, walk(text.lower() if caseless else text, start, limit, allow_and=False))
    if evidence is not None:
        span = text[start:end]  # (in caseless text the evidence is sought in capitals)
        if evidence.search(span.upper() if caseless else span) is None or (
            typed and not has_street_word(span)
        ):
            return start, start
    return start, end
