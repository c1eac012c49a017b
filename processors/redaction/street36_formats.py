"""(Stop 36, from set 33's even half) National formats no other anchor finds, each found from
a mark of its own and walked on like the others:

* a street line as the unquoted value of a YAML key (``  line1: Elm 339-B``);
* an Argentine address around its CPA postal code (``Elm 4187, Belgrano, C1437HCS Buenos
  Aires, CABA``; ``ELM 103, 12º B\\nC1454GHZ BUENOS AIRES\\nCABA``);
* a Greek street, number and cross street (``Elm 69 & Oak, Pangrati, 263 33 Patra``);
* an Emirati building before or after the flat (``Elm Building, flat 309, Al Nahda 1,
  Dubai``);
* a Saudi building number first (``Building 8450, Elm Road, unit 20, Riyadh 12173``) and a
  Saudi number, street and district (``8234 Elm Ibn Oak, Al Nakheel Dist.``);
* a Singapore block with its unit (``blk 91 elm bahru #18-290, singapore 345075``);
* a Russian street with its type after the name (``Malaya Elm ul., 65, str. 3, Moskva,
  149309``);
* a Kenyan road and house (``Elm Rd, Hse 48B, Parklands, Kisumu 40672``) and a plot off a road
  (``Plot 194, off Elm Road, Parklands, ...``);
* a Turkish neighbourhood and street (``Elm Mah., Oak Cd. 76/3\\n35265 Konak/İZMIR``);
* an Indonesian street with its number (``Jl. Elm No.96, RT 007/RW 011, Kel. ..., Kec. ...``);
* a Canadian rural lot (``Lot 23, Concession 4, Elm Sideroad, Gravenhurst, ON P1P 4K4``);
* a British address without a house number (``The Old Forge, Elm Lane, Hull HU1 2YW``);
* a Brazilian street abbreviated ``r.`` with its house (``r. elm 1574 - casa 3, Bairro, ...``);
* a street line (and a Mexican ``Col.`` line) over a line of a postal code and town
  (``Via Elm, 62/bis\n00014 ROMA RM``), where a label line after them cut the walk;
* a Malaysian house and a numbered jalan with a slash (``57, Jalan Elm/1, Taman Oak, 80254
  Town``), which stops the walk in cased text.

A found span inside a new one, or overlapping it, is joined to it; a new span never crosses a
barrier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.spans import STREET_ADDRESS, PiiSpan, barrier_limit, crosses_any

__all__ = ["with_street36_spans"]

# "  line1: Elm 339-B" (YAML: no quotes; the quoted value is address_columns.py's)
_YAML_STREET: Final = re.compile(
    r"(?im)^[ \t]*(?:line_?1|address_?line_?1|address1|street(?:_?address)?|street1|addr1)"
    r"[ \t]*:[ \t]+(?P<value>[^\s\"'{\[|>][^\n]*?)[ \t]*$"
)
_DIGIT: Final = re.compile(r"\d")
_WORD3: Final = re.compile(r"[^\W\d_]{3,}")
_AR_CPA: Final = re.compile(r"(?<![\w-])[A-Za-z]\d{4}[A-Za-z]{3}(?= [^\W\d_])")
_STREET_NUMBER_LINE: Final = re.compile(
    r"[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3} \d{1,5}[A-Za-z]?(?:[ ,][^\n:]{0,20})?"
)
_NUMBER_END: Final = re.compile(r" \d{1,5}[A-Za-z]?$")
_GR_CORNER: Final = re.compile(r"(?<![\w-])[^\W\d_][\w'-]* (?P<num>\d{1,4}) & [^\W\d_]")
_GR_POSTCODE: Final = re.compile(r"(?<!\d)\d{3} \d{2} [^\W\d_]")
_SA_BUILDING: Final = re.compile(r"(?i)(?<![\w-])building \d{4}, ")
# An Emirati building before or after the flat: "Elm Tower Building, flat 309, Al Nahda 1,
# Dubai", "Flat 905, Elm Building, Oak Street, Dubai" (capitalised, or all in lower case).
_AE_BUILDING: Final = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w'-]* ){1,2}(?i:building), (?i:flat|apt\.?|apartment) \d{1,5}"
    r"|(?i:flat|apt\.?|apartment) \d{1,5}, (?:[A-Z][\w'-]* ){1,2}(?i:building))(?=, [^\W\d_])"
    r"|(?<![\w-])(?:(?:[a-z][\w'-]* ){1,2}building, (?:flat|apt\.?|apartment) \d{1,5}"
    r"|(?:flat|apt\.?|apartment) \d{1,5}, (?:[a-z][\w'-]* ){1,2}building)(?=, [a-z])"
)
_SA_POSTCODE: Final = re.compile(r"(?<!\d)\d{5}(?!\d)")
_SA_DISTRICT: Final = re.compile(
    r"(?i)(?<![\w-])\d{4} (?:[^\W\d_][\w'-]* ){0,3}[^\W\d_][\w'-]*, "
    r"(?:al|an|ar|as|ash|at|ad|az) [^\W\d_][\w'-]* dist\."
)
_RU_TYPE_AFTER: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'-]* ){1,2}(?:ul|per|prosp|nab|pl|sh)\., \d{1,4}"
    r"|(?<![\w-])(?:[^\W\d_][\w'-]* ){1,2}(?:ul|per|prosp|nab)\., \d{1,4}(?=, [a-z])"
)
_SG_BLOCK: Final = re.compile(
    r"(?i)(?<![\w-])(?:blk|block) \d{1,4}[a-z]? (?:[^\W\d_][\w'-]* ){1,3}#\d{1,3}-\d{1,4}"
)
# (Two forms of each: capitalised words; and lower-case type words after one word of any
# case, since a two-word name could take in the word before it, "é kindaruma rd".)
_KE_ROAD_HOUSE: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'-]* ){1,2}(?i:rd|road|street|st|link|avenue|ave|lane|close|drive"
    r"|way|crescent)\.?, (?i:hse|house no\.) ?\d{1,4}[A-Za-z]?(?=, |\n)"
)
_KE_ROAD_HOUSE_LOWER: Final = re.compile(
    r"(?<![\w-])[^\W\d_][\w'-]* (?:rd|road|street|st|link|avenue|ave|lane|close|drive"
    r"|way|crescent)\.?, (?:hse|house no\.) ?\d{1,4}[a-z]?(?=, |\n)"
)
_KE_PLOT_OFF: Final = re.compile(r"(?i)(?<![\w-])plot \d{1,5}(?:/[\da-z]+)?, off (?=[^\W\d_])")
_TR_STREET_AFTER: Final = (
    r"(?=[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)? (?i:cd\.|cad\.|caddesi|sk\.|sok\.|sokak)"
    r" (?i:no: ?)?\d)"
)
_TR_MAH: Final = re.compile(
    r"(?<![\w-])(?:[^\W\d_a-z][\w'-]* )?[^\W\d_a-z][\w'-]* (?:Mah\.|MAH\.|Mahallesi|Mh\.),? "
    + _TR_STREET_AFTER
)
_TR_MAH_LOWER: Final = re.compile(
    r"(?<![\w-])[^\W\d_][\w'-]* (?:mah\.|mahallesi|mh\.),? " + _TR_STREET_AFTER
)
_ID_JALAN: Final = re.compile(r"(?i)(?<![\w-])jl\. [^\W\d_][^\n,]{1,50}? (?P<no>no\. ?\d{1,4})")
_CA_LOT: Final = re.compile(r"(?i)(?<![\w-])lot \d{1,3}, concession \d{1,2}, (?=[^\W\d_])")
_BR_HOUSE: Final = re.compile(
    r"(?i)(?<![\w-])r\. [^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,3} \d{1,5} - "
    r"(?:casa|apto?\.?|bloco|sala|loja) \d{1,4}[a-z]?(?![\w-])"
)
# "57, Jalan Elm/1, Taman Oak, 80254 Town": the walk stops at the slash in cased text
_MY_JALAN_SLASH: Final = re.compile(
    r"(?<![\w-])(?:[A-Za-z]{1,2}-\d{1,3}-\d{1,3}|\d{1,4}[A-Za-z]?), (?i:jalan|jln\.?|lorong) "
    r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?/\d{1,3}[A-Za-z]?(?=, [^\W\d_]|\n)"
)
# (stop 46, set 44) A Malaysian lot, maybe a lorong, a jalan with no number, maybe a taman and
# the five-digit postcode and town: "8, Lorong 10, Jalan Sawah Padi, Taman Getah Jaya, 86752
# Kluang, Johor", "Lot 1531, Taman Ladang Permai, 33786 Kuala Kangsar"
_MY_NAMED: Final = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}"
_MY_LOT_JALAN: Final = re.compile(
    r"(?<![\w-])(?:(?:[Ll]ot |[Nn]o\. ?)?\d{1,5}[A-Za-z]?, )"
    r"(?:(?:Lorong|Lrg\.?) \d{1,3}, )?"
    rf"(?:(?:Jalan|Jln\.?) {_MY_NAMED}, )?(?:Taman {_MY_NAMED}, )?"
    r"(?<=, )\d{5} [A-Z]"
)
# A street line, maybe a Mexican "Col." line, and a line of a five-digit postal code and the
# town ("Via Elm, 62/bis\n00014 ROMA RM", "Elm 468-A\nCol. Centro\nC.P. 44319 Town, Jal."),
# found whole where a label line after it ("\nContact: ...") cut the postal code's span.
# (The code line first: its pattern starts with a line break, which the regex engine finds
# fast; the lines before it are then read with string methods.)
_CODE_LINE: Final = re.compile(r"\n(?:[Cc]\.[Pp]\. )?\d{5} [^\W\d_][^\n:]{1,40}(?=\n|$)")
_STREET_LINE: Final = re.compile(r"[^\W\d_][^\n:]{2,50}\d[^\n:]{0,12}")
_COLONIA_LINE: Final = re.compile(r"(?i)col\. [^\n:]{2,40}")
# A British address without a house number: a house name, a typed street, a town and the
# postcode ("The Old Forge, Elm Lane, Hull HU1 2YW", "ORCHARD VIEW, ELM STREET\nLONDON\nEC1
# 4YJ"), starting a line or a field, or after "is"/"at"/"to"/"left"/"from" (Portuguese "é",
# Tagalog "sa", Indonesian "ke"); matched back from the postcode.
_UK_POSTCODE: Final = re.compile(r"(?i)(?<![\w-])[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}(?![\w-])")
_UK_NAMED_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\n\"'>])|(?<=: )|(?<= is )|(?<= at )|(?<= to )|(?<= é )|(?<= sa )|(?<= ke )"
    r"|(?<= left )|(?<= from ))"  # (stop 40) "Chaewon Choi left The Old Forge, ..."
    r"(?:(?:[^\W\d_][\w'-]* ){0,3}[^\W\d_][\w'-]*(?:, |\n))?"
    r"(?:[^\W\d_][\w'-]* ){1,3}(?i:street|lane|row|road|close|way|avenue|terrace|place|crescent"
    r"|drive|gardens|mews|walk|hill|square)(?:, |\n)[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?"
    r"(?:, | |\n)$"
)
_STOP_WORDS: Final = frozenset(
    [
        "é",
        "at",
        "to",
        "is",
        "the",
        "sa",
        "ke",
        "na",
        "in",
        "of",
        "flat",
        "my",
        "our",
        "lang",
        "i'm",
        "im",
        "left",  # (stop 40: "left bellfounders row, canterbury, ct5 8tt")
        "from",
    ]
)
# (not "flat" nor "the": "flat 1309, elm building", "the old forge, elm lane, ..." start so)
_PROSE_BEFORE: Final = _STOP_WORDS - {"flat", "the"}


def with_street36_spans(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the spans of the formats above added (see the module docstring)."""
    for start, end in _candidates(text, lowered, barriers):
        start = _after_stop_words(text, start, end)
        if end <= start or crosses_any(barriers, start, end):
            continue
        kept: list[PiiSpan] = []
        for span in found:
            if span.start < end and start < span.end:
                start, end = min(start, span.start), max(end, span.end)
            else:
                kept.append(span)
        kept.append(PiiSpan(start, end, STREET_ADDRESS))
        found = sorted(kept, key=lambda s: s.start)
    return found


def _candidates(text: str, lowered: str, barriers: Sequence[PiiSpan]) -> Iterator[tuple[int, int]]:
    def walked(start: int, walk_from: int) -> int:
        limit = barrier_limit(barriers, start, len(text))
        return trim(text, start, walk(text, walk_from, limit, allow_and=False))

    if ":" in text and ("line" in lowered or "street" in lowered or "addr" in lowered):
        for match in _YAML_STREET.finditer(text):
            value = match.group("value")
            if _DIGIT.search(value) and _WORD3.search(value) and "@" not in value:
                yield match.start("value"), match.end("value")  # "  line1: Elm 339-B"
    # (both layouts put the street a comma or a line before the postal code)
    for cpa in _AR_CPA.finditer(text) if ", " in text or "\n" in text else ():
        start = _ar_street_start(text, cpa.start())
        if start < cpa.start():
            yield start, max(cpa.end(), walked(start, cpa.start()))
    if " & " in text:
        for corner in _GR_CORNER.finditer(text):
            cross = text.index("& ", corner.start()) + 2
            end = walked(corner.start(), cross)
            if _GR_POSTCODE.search(text, cross, end):
                yield corner.start(), end  # "Elm 69 & Oak, Pangrati, 263 33 Patra"
    if "uilding " in text or "UILDING " in text:
        for building in _SA_BUILDING.finditer(text):
            # (walked from the street: in lower case "building 6186" reads as prose)
            end = max(building.end() - 2, walked(building.start(), building.end()))
            span = text[building.start() : end]
            if has_street_word(span) and _SA_POSTCODE.search(span):
                yield building.start(), end  # "Building 8450, Elm Road, unit 20, Riyadh 12173"
    if "uilding, " in text or "UILDING, " in text:
        for building in _AE_BUILDING.finditer(text):
            yield building.start(), walked(building.start(), building.end() + 2)
    if "dist." in lowered:
        for district in _SA_DISTRICT.finditer(text):
            yield district.start(), district.end()  # "8234 Elm Ibn Oak, Al Nakheel Dist."
    if "., " in text:
        for street in _RU_TYPE_AFTER.finditer(text):
            yield street.start(), walked(street.start(), street.start())  # "Elm ul., 65, ..."
    if "hse" in lowered or "house no" in lowered:
        for houses in (_KE_ROAD_HOUSE, _KE_ROAD_HOUSE_LOWER):
            for road in houses.finditer(text):
                yield road.start(), walked(road.start(), road.start())  # "Elm Rd, Hse 48B, ..."
    if "plot" in lowered and ", off " in lowered:
        for plot in _KE_PLOT_OFF.finditer(text):
            end = walked(plot.start(), plot.end())
            if has_street_word(text[plot.end() : end]):
                yield plot.start(), end  # "Plot 194, off Elm Road, Parklands, ..."
    if "mah" in lowered or "mh." in lowered:
        for neighbourhoods in (_TR_MAH, _TR_MAH_LOWER):
            for mah in neighbourhoods.finditer(text):
                yield mah.start(), walked(mah.start(), mah.end())  # "Elm Mah., Oak Cd. 76/3"
    if "jl." in lowered:
        for jalan in _ID_JALAN.finditer(text):
            number_end = jalan.end("no")
            if text.startswith(", ", number_end):
                end = max(number_end, walked(jalan.start(), number_end + 2))
                yield jalan.start(), end  # "Jl. Elm No.96, RT 007/RW 011, Kel. ..."
    if "concession" in lowered:
        for lot in _CA_LOT.finditer(text):
            yield lot.start(), walked(lot.start(), lot.end())  # "Lot 23, Concession 4, ..."
    if "#" in text and "bl" in lowered:
        for block in _SG_BLOCK.finditer(text):
            end = block.end()
            if text.startswith(", ", end):
                end = max(end, walked(block.start(), end + 2))
            yield block.start(), end  # "blk 91 elm bahru #18-290, singapore 345075"
    if "\n" in text:
        for code in _CODE_LINE.finditer(text):
            start = _street_line_start(text, code.start())
            if start >= 0:
                yield start, code.end()  # "Via Elm, 62/bis\n00014 ROMA RM"
    for postcode in _UK_POSTCODE.finditer(text) if ", " in text or "\n" in text else ():
        named = _UK_NAMED_BEFORE.search(text, max(0, postcode.start() - 120), postcode.start())
        if named is not None:
            yield named.start(), postcode.end()  # "The Old Forge, Elm Lane, Hull HU1 2YW"
    if "r. " in lowered and " - " in text:
        for house in _BR_HOUSE.finditer(text):
            end = house.end()
            if text.startswith(", ", end):
                end = max(end, walked(house.start(), end + 2))  # "..., Bairro, Town - SP, CEP"
            yield house.start(), end  # "r. elm 1574 - casa 3"
    if ("alan " in lowered or "aman " in lowered) and ", " in text:
        for lot in _MY_LOT_JALAN.finditer(text):
            if "alan " in lot.group() or "aman " in lot.group():
                yield lot.start(), walked(lot.start(), lot.end() - 7)
    if "/" in text and ("alan " in lowered or "jln" in lowered or "lorong" in lowered):
        for jalan in _MY_JALAN_SLASH.finditer(text):
            walk_from = jalan.end() + (1 if text[jalan.end()] == "\n" else 2)
            yield jalan.start(), max(jalan.end(), walked(jalan.start(), walk_from))


def _after_stop_words(text: str, start: int, end: int) -> int:
    """``start`` moved past the prose words a lower-case match took in ("at varvarka ul.")."""
    for _ in range(2):
        space = text.find(" ", start, end)
        if space < 0 or text[start:space].lower() not in _PROSE_BEFORE:
            return start
        start = space + 1
    return start


def _street_line_start(text: str, line_break: int) -> int:
    """Where the street line before the postal-code line after ``line_break`` starts (over a
    Mexican "Col." line), or -1."""
    line_start = text.rfind("\n", 0, line_break) + 1
    colonia = _COLONIA_LINE.fullmatch(text, line_start, line_break)
    if colonia is not None:
        if line_start == 0:
            return -1
        line_break = line_start - 1
        line_start = text.rfind("\n", 0, line_break) + 1
    if not _STREET_LINE.fullmatch(text, line_start, line_break):
        return -1
    if colonia is None and not has_street_word(text[line_start:line_break]):
        return -1
    return line_start


def _ar_street_start(text: str, cpa: int) -> int:
    """Where the street before an Argentine postal code at ``cpa`` starts, or ``cpa``."""
    if cpa > 0 and text[cpa - 1] == "\n":
        line_start = text.rfind("\n", 0, cpa - 1) + 1
        if _STREET_NUMBER_LINE.fullmatch(text, line_start, cpa - 1):
            return line_start  # "ELM 103, 12º B\nC1454GHZ BUENOS AIRES"
        return cpa
    if not text.startswith(", ", cpa - 2):
        return cpa
    # The street and number one or two comma segments back: "Elm 4187, Belgrano, C1437HCS"
    segment_end = cpa - 2
    for _ in range(2):
        segment_start = max(
            text.rfind(", ", 0, segment_end) + 2, text.rfind("\n", 0, segment_end) + 1
        )
        number = _NUMBER_END.search(text, segment_start, segment_end)
        if number is not None:
            # (the postal code's case tells an address typed in lower case: "I'm at elm 239, ...")
            named = _name_start(text, number.start(), lowered=text[cpa : cpa + 8].islower())
            return named if named >= 0 else cpa
        if segment_start < 2 or not text.startswith(", ", segment_start - 2):
            return cpa
        segment_end = segment_start - 2
    return cpa


def _name_start(text: str, pos: int, *, lowered: bool) -> int:
    """Where the street name that ends at the space ``pos`` starts: up to three capitalised
    words, or one word in lower-case text; -1 if there is none."""
    start = -1
    cursor = pos
    for _ in range(1 if lowered else 3):
        word_start = cursor
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "'.-"):
            word_start -= 1
        word = text[word_start:cursor]
        if not word or not word[0].isalpha() or word.lower() in _STOP_WORDS:
            break
        if not (lowered or word[0].isupper()):
            break
        start = word_start
        if word_start < 1 or text[word_start - 1] != " ":
            break
        cursor = word_start - 1
    return start
