"""(Stop 36, from set 33's even half) Where a found street address starts and ends, fixed for
layouts the walk reads wrong; applied last to every span the address finder found.

Ends cut back:

* a chat word of another language that follows the address: Portuguese ``aparece`` ("come
  over"), Indonesian/Malay ``dengan selamat`` ("safely"), Tagalog ``salamat`` ("thanks")
  (``..., 80997 Town, aparece sat``, ``..., Dubai dengan selamat. 5/5``);
* an English clause after a comma whose subject is a name (``..., Town 1131, Ana knows the
  way``);
* a last line that is the next key of a YAML block (``line1: 52 ter rue X\\n  city: Paris``).

Ends taken on:

* a Saudi postal code's four-digit extension after a spaced dash (``Riyadh 12173 - 5413``);
* an Indian landmark (``Flat 2, Elm Road, near bus depot, Town, State 600001``) and the
  rest of the address after it;
* a Spanish staircase and floor (``Calle X, 38, esc. dcha, 1ºB\\n28001 MADRID``);
* a Mexican town and state after ``C.P. 02291`` on its line (``C.P. 02291 CIUDAD, CDMX``);
* a Ghanaian digital address, in brackets or on a ``GPS:`` line, and the country after it
  (``Osu, Tamale (NT-616-3093), Ghana``, ``...\\nGPS: GA-399-9398``);
* a street type's dot before an HTML tag (``<td>157 Elm St.</td>``).

Starts cut: a Portuguese ``é`` ("is") the walk took in (``meu endereço novo é 42, ...``).

Starts taken on:

* an Emirati building named before the flat (``Palm Tower, flat 1402, Al Barsha 2, Dubai``);
* a Saudi building number (``Building 8450, Elm Road, unit 20, Riyadh 12173``);
* a British flat named before the number (``Basement Flat, 7 Elm Street``);
* a Malaysian block, floor and unit before the jalan (``A-4-2, Jalan Elm 3, ...``);
* a Vietnamese alley (``Hẻm 58/15 Đường ...``), a Ghanaian ``H/No.``, an Indian ``Door
  No.``, a Philippine ``Purok 4``, a Kenyan ``Plot``/``Hse``;
* a French ``lieu-dit`` before the street (``lieu-dit Les Pins\\n3 rue X``);
* a Kenyan road named before the house (``Elm Road, House No. 44, ...``);
* an Argentine street name before its number (``Conesa 5087 PB dto. 5``, ``Elm 239, Belgrano,
  C1452RZD Buenos Aires``);
* the street line (and a Mexican ``Col.`` line) before a span that starts on a line with the
  postal code (``Elm 468-A\\nCol. Centro\\nC.P. 44319 Town``, ``Via X, 62/bis\\n00014 ROMA``).

Dropped: a date with a Portuguese, Spanish, Turkish or Indonesian month (``26 março 2024``,
``3 Ekim 2024``) and an amount of Kenyan/Tanzanian/Ugandan shillings (``KSh 6797``).

Joined: two spans one place name apart, the second starting on a postal code and town
(``Odos Elm 4, 3os orofos`` + ``, Kolonaki, `` + ``103 05 Athina``).

A span never grows over a barrier, nor its start over an earlier span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.spans import PiiSpan, barrier_limit, crosses_any

__all__ = ["street36_bounds"]

_CHAT_END: Final = re.compile(r"(?i)(?:,? |\n)(?:aparece|dengan|salamat)(?![\w'])")
# ", Ana knows the way": a comma, one to four words (a name), an English verb.
_NAME_CLAUSE: Final = re.compile(r", (?:[^\W\d_][\w'-]* ){1,4}(?:knows|says|said)(?: |$)")
_KEY_LINE_END: Final = re.compile(r"\n *[a-z_]+\d?$")
_SA_ZIP_END: Final = re.compile(r"(?<![\d-])\d{5}$")
_SA_ZIP_EXTENSION: Final = re.compile(r" - \d{4}(?!\d)")
_COUNTRY_AFTER: Final = re.compile(r", ([^\W\d_]+(?: [^\W\d_]+){0,2})(?![\w-])")
_LANDMARK: Final = re.compile(
    r"(?:, |\n)(?i:near|opp\.?|opposite|behind|beside) [^\W\d_][^\n,]{1,40}(?=, |\n)"
    # (stop 40) Nigerian directions: "..., harmattan close, after the second roundabout, ikeja"
    r"|, (?i:after|before|past) the (?i:first|second|third|fourth|next|big|main)"
    r" (?i:roundabout|junction|bus stop|filling station|traffic lights?)(?=, )"
)
_ES_STAIRCASE: Final = re.compile(
    r", (?i:esc\.|escalera|portal|bloque) [^\W\d_]{1,12}(?:, \d{1,2}º ?[A-Za-z]?)?"
)
_MX_CP_END: Final = re.compile(r"(?i)\bc\.?p\.? \d{5}$")  # (stop 40: also "CP 25702")
_MX_TOWN_REST: Final = re.compile(r" [^\W\d_][^\W\d_ .,]*(?:[ ,.]{1,2}[^\W\d_]+){0,6}\.?(?=\n|$)")
_GH_GPS_AFTER: Final = re.compile(
    r"(?: \((?:[A-Za-z]{2}-\d{3,4}-\d{4})\)|\nGPS: ?[A-Z]{2}-\d{3,4}-\d{4})"
    r"(?:, (?i:ghana))?"
)
_PT_IS: Final = re.compile(r"(?:[^\W\d_]+ ){0,2}é ")
_BUILDING_BEFORE_UNIT: Final = re.compile(r"(?i)(?:flat|apt\.?|apartment|office|unit) \d")
_BUILDING_WORD: Final = re.compile(r"(?i)(?<![\w-])building, $")
_FLAT_NAME_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:basement|garden|ground floor|first floor|top floor) flat, $"
)
_NUMBER_WORD_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:building|bldg\.?|hẻm|ngõ|ngách|kiệt|purok|plot|hse|office|villa) $"
)
# (Stop 39) A German back or side building before the street ("Gartenhaus, Zur Ölmühle 13,
# 04823 Leipzig"; on its own line on a label), and a block before a flat ("Block D, Flat 6,
# Ocean Breeze Road").
_DE_BUILDING_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:gartenhaus|hinterhaus|vorderhaus|seitenflügel|quergebäude)(?:, |\n)$"
)
_BLOCK_BEFORE: Final = re.compile(r"(?i)(?<![\w-])block [a-z\d]{1,3}, $")
_MY_UNIT_BEFORE: Final = re.compile(r"(?i)(?<![\w-])[a-z]{1,2}-\d{1,3}-\d{1,3}, $")
_MY_STREET_START: Final = re.compile(r"(?i)(?:jalan|jln\.?|lorong) ")
# Two spans one place name apart, the second a postal code and town: one address whose walk
# stopped at a word it did not know ("Odos Elm 4, 3os orofos" + ", Kolonaki, " + "103 05 Athina").
_ONE_PLACE_BETWEEN: Final = re.compile(r", [^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2}, ")
_POSTCODE_TOWN: Final = re.compile(r"(?:\d{3} \d{2}|\d{4,6}) [^\W\d_]")
_H_BEFORE_NO: Final = re.compile(r"(?i)(?<![\w/-])(?:h/|door )$")
_TYPE_ABBREVIATION_END: Final = re.compile(r"(?i)(?<![\w-])(?:st|ave|rd|blvd|dr|ln|cres)$")
_LIEU_DIT_BEFORE: Final = re.compile(r"(?i)(?<![\w-])lieu-dit [^\W\d_][^\n,]{1,40}(?:, |\n)$")
_KE_HOUSE_START: Final = re.compile(r"(?i)(?:house no\.?|hse\.?) \d")
_KE_ROAD_BEFORE: Final = re.compile(
    r"(?:[^\W\d_][\w'-]* ){1,3}(?P<type>(?i:road|rd\.?|street|avenue|lane|drive|close|link|way))"
    r"(?:, |\n)$"
)
_AR_CPA: Final = re.compile(r"(?i)(?<![\w-])[a-z]\d{4}[a-z]{3}(?![\w-])")
_AR_NUMBER_START: Final = re.compile(r"\d{1,5}(?: (?i:pb|dto\.?|\d{1,2}º)|, )")
_ONE_WORD_BEFORE: Final = re.compile(r"(?:^|(?<=[\n\"'>])|(?<=é )|(?<=: ))([^\W\d_][\w'-]+) $")
_POSTCODE_LINE_START: Final = re.compile(r"(?:(?i:c\.?p\.?) )?\d{4,6}(?:-\d{3,4})? [^\W\d_]")
_MX_COLONIA_LINE: Final = re.compile(r"(?i)col\. [^\n]{2,40}$")
_STREET_LINE: Final = re.compile(r"[^\n]{3,60}\d[^\n]{0,30}$")
_FOREIGN_DATE: Final = re.compile(
    # (Turkish months written with "\u0131", the dotless i.)
    r"(?i)\d{1,2}(?: de)? (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro"
    r"|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre"
    r"|noviembre|diciembre|ocak|şubat|mart|nisan|may\u0131s|haziran|temmuz|ağustos|eylül|ekim"
    r"|kas\u0131m|aral\u0131k|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)"
    r"(?: de)? \d{4}"
)
_SHILLINGS: Final = re.compile(r"(?:KSh|Ksh|KES|TSh|TZS|USh|UGX)\.? ?\d")
_DIGIT: Final = re.compile(r"\d")
_WORD_BACK: Final = re.compile(r"([^\W\d_][\w'-]*) $")
_STOP_WORDS: Final = frozenset(["é", "at", "to", "is", "the", "sa", "ke", "na", "in", "of"])


def street36_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends above fixed and the look-alikes dropped."""
    fixed: list[PiiSpan] = []
    for index, span in enumerate(found):
        value = text[span.start : span.end]
        if _FOREIGN_DATE.fullmatch(value) or _SHILLINGS.match(value):
            continue
        before = max((s.end for s in found[:index] if s.end <= span.start), default=0)
        limit = barrier_limit(barriers, span.end, len(text))
        start = _cut_start(text, span.start, span.end)
        start = _extended_start(text, start, span.end)
        if start < span.start and (start < before or crosses_any(barriers, start, span.start)):
            start = span.start
        end = _cut_end(text, start, span.end)
        extended = end
        for _ in range(3):  # (a landmark, then a GPS code: "..., near X, Tamale (NT-...)")
            longer = _extended_end(text, start, extended, limit)
            if longer == extended:
                break
            extended = longer
        if extended > end and not crosses_any(barriers, end, extended):
            end = _cut_end(text, start, extended)  # (a landmark's walk runs on like the first)
        if end <= start:
            continue
        fixed.append(
            span
            if (start, end) == (span.start, span.end)
            else PiiSpan(start, end, span.entity_type)
        )
    return _joined(text, fixed) if len(fixed) > 1 else fixed


def _joined(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with two one place name apart joined (see _ONE_PLACE_BETWEEN)."""
    joined = [spans[0]]
    for span in spans[1:]:
        last = joined[-1]
        if (
            _ONE_PLACE_BETWEEN.fullmatch(text, last.end, span.start)
            and _POSTCODE_TOWN.match(text, span.start)
            and _DIGIT.search(text, last.start, last.end)
            and not has_street_word(text[span.start : span.end])
        ):
            joined[-1] = PiiSpan(last.start, span.end, last.entity_type)
        else:
            joined.append(span)
    return joined


def _cut_start(text: str, start: int, end: int) -> int:
    """A Portuguese "é" (is) before the address: "novo é 42, Jalan ..."."""
    if "é " in text[start : start + 20]:
        match = _PT_IS.match(text, start, end)
        if match is not None and match.group().islower():
            return match.end()
    return start


def _extended_start(text: str, start: int, end: int) -> int:
    """``start`` taken left over what names the address before it (see the docstring)."""
    if start < 2:
        return start
    window = max(0, start - 60)
    head = text[start : start + 12]
    if _BUILDING_BEFORE_UNIT.match(head) and _BUILDING_WORD.search(text, window, start):
        named = _words_before(text, start - len("building, "), 3)
        if named < start - len("building, "):
            return named  # "Palm Tower Building, flat 1402, ..." (an Emirati building)
    if text[start].isdigit() or head[:2].lower() == "no":
        flat = _FLAT_NAME_BEFORE.search(text, window, start)
        if flat is not None:
            return flat.start()  # "Basement Flat, 7 Elm Street"
    if text[start].isdigit():
        word = _NUMBER_WORD_BEFORE.search(text, max(0, start - 10), start)
        if word is not None:
            return word.start()  # "Hẻm 58/15 Đường ...", "Building 6186, ...", "Purok 4, ..."
    if text[start].isalpha():
        part = _DE_BUILDING_BEFORE.search(text, max(0, start - 16), start)
        if part is not None:
            return part.start()  # "Gartenhaus, Zur Ölmühle 13, ..."
        if head[:4].lower() in ("flat", "unit", "apt ", "apt.") and (
            block := _BLOCK_BEFORE.search(text, max(0, start - 12), start)
        ):
            return block.start()  # "Block D, Flat 6, Ocean Breeze Road"
    if _MY_STREET_START.match(head) and (unit := _MY_UNIT_BEFORE.search(text, window, start)):
        return unit.start()  # "A-4-2, Jalan Elm 3, ..." (a Malaysian block, floor and unit)
    if head[:2].lower() == "no" and (h := _H_BEFORE_NO.search(text, max(0, start - 5), start)):
        return h.start()  # "H/No. 62 Elm Street" (Ghana), "Door No. 12-5-28, Elm Marg" (India)
    lieu_dit = _LIEU_DIT_BEFORE.search(text, window, start)
    if lieu_dit is not None:
        return lieu_dit.start()  # "lieu-dit Les Pins\n3 rue X"
    if _KE_HOUSE_START.match(head):
        road = _KE_ROAD_BEFORE.search(text, window, start)
        if road is not None:
            named = _words_before(text, road.start("type"), 3)
            if named < road.start("type"):
                return named  # "Elm Road, House No. 44, ..." (Kenya)
    # (A number and a comma only with an Argentine postal code after: "Elm 239, Belgrano,
    # C1452RZD ..."; else a floor after the number: "Conesa 5087 PB dto. 5".)
    if (
        text[start].isdigit()
        and _AR_NUMBER_START.match(text, start)
        and (
            _AR_CPA.search(text, start, end) or not text.startswith(", ", _digits_end(text, start))
        )
    ):
        word = _ONE_WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is not None and word.group(1).lower() not in _STOP_WORDS:
            return word.start(1)
    if start > 5 and text[start - 6 : start].lower() == "\nc.p. ":
        start -= 5  # (a Mexican postal code starts its line with "C.P.")
    if text[start - 1] == "\n" and _POSTCODE_LINE_START.match(text, start):
        return _street_lines_before(text, start)
    return start


def _digits_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isdigit():
        pos += 1
    return pos


def _words_before(text: str, pos: int, most: int) -> int:
    """Where up to ``most`` name words end right before ``pos`` (a space before it) start:
    capitalised words in cased text, words that are no stop word in lower-case text."""
    start = pos
    for _ in range(most):
        match = _WORD_BACK.search(text, max(0, start - 30), start)
        if match is None or match.end() != start:
            break
        word = match.group(1)
        if word.lower() in _STOP_WORDS or not (word[0].isupper() or text.islower()):
            break
        start = match.start(1)
    if start < pos and start > 0 and text[start - 1] not in " \n\t\"'>(":
        return pos
    return start


def _street_lines_before(text: str, start: int) -> int:
    """The street line (and a Mexican "Col." line) before a postal-code line at ``start``."""
    line_start = text.rfind("\n", 0, start - 1) + 1
    line = text[line_start : start - 1]
    if _MX_COLONIA_LINE.match(line) and line_start > 0:
        street_start = text.rfind("\n", 0, line_start - 1) + 1
        street = text[street_start : line_start - 1]
        if _STREET_LINE.match(street) and ":" not in street:
            return street_start  # "Elm 468-A\nCol. Centro\nC.P. 44319 Town"
        return start
    if _STREET_LINE.match(line) and ":" not in line and has_street_word(line):
        return line_start  # "Via X, 62/bis\n00014 ROMA RM"
    return start


def _cut_end(text: str, start: int, end: int) -> int:
    """``end`` brought back before what follows the address (see the docstring)."""
    chat = _CHAT_END.search(text, start, end)
    if chat is not None and chat.start() > start:
        end = trim(text, start, chat.start())
    clause = _NAME_CLAUSE.search(text, start, end + 12)
    if clause is not None and start < clause.start() < end:
        end = clause.start()
    if text.startswith(":", end) and (key := _KEY_LINE_END.search(text, start, end)):
        end = key.start()
    return end


def _extended_end(text: str, start: int, end: int, limit: int) -> int:
    """``end`` taken on over what the walk stopped before (see the docstring)."""
    if text.startswith(" - ", end) and _SA_ZIP_END.search(text, max(start, end - 6), end):
        extension = _SA_ZIP_EXTENSION.match(text, end)
        if extension is not None:
            if not text.startswith(", ", extension.end()):
                return extension.end()  # "Riyadh 12173 - 5413"
            return _country_end(text, extension.end())  # "Riyadh 12173 - 5413, Saudi Arabia"
    if text[end - 5 : end].lower() == ", esc" and text.startswith(". ", end):
        end -= 5  # (the walk took the word and left its dot: "..., 83, esc. dcha, ...")
    for after in (_LANDMARK, _ES_STAIRCASE):
        match = after.match(text, end)
        if match is not None:
            if not text.startswith((", ", "\n"), match.end()):
                return match.end()  # "..., esc. dcha, 4ºB</td>": the address ends there
            walk_from = match.end() + 1 + (text[match.end()] == ",")
            walked = trim(text, walk_from, walk(text, walk_from, limit, allow_and=False))
            return max(match.end(), walked)  # "..., near bus depot, Town", "..., esc. dcha, 1ºB"
    if _MX_CP_END.search(text, max(start, end - 10), end):
        town = _MX_TOWN_REST.match(text, end)
        if town is not None:
            return town.end()  # "C.P. 02291 CIUDAD DE MÉXICO, CDMX"
    gps = _GH_GPS_AFTER.match(text, end)
    if gps is not None:
        return gps.end()  # "Tamale (NT-616-3093), Ghana"
    if text.startswith(".<", end) and _TYPE_ABBREVIATION_END.search(text, max(start, end - 5), end):
        return end + 1  # "<td>157 Elm St.</td>": the abbreviation's dot, not a full stop
    return end


def _country_end(text: str, end: int) -> int:
    """``end`` taken on over ", <country>" of one to three words after it."""
    words = _COUNTRY_AFTER.match(text, end)
    if words is None:
        return end
    name = words.group(1).split(" ")
    for count in range(len(name), 0, -1):
        if " ".join(name[:count]).lower() in country_names():
            return end + 2 + len(" ".join(name[:count]))
    return end
