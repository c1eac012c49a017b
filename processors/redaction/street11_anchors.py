"""Street-line anchors of the set-11 tuning round, tried before every other address anchor.

Each anchor is a street line whose form names it an address; the shared walk
(:mod:`processors.redaction.address_walk`) takes the towns, postal code and country after it.

* Korean road-name addresses: a building number and a comma before a road ending in ``-ro``,
  ``-daero`` or ``-gil`` (``25, Yeonnam-ro 24-gil``, ``18, YEONNAM-RO 14-GIL``), or the road
  first and its building number after (``Yeonnam-ro 24-gil 12``, ``Sejong-daero 175``).
* Japanese block addresses: a district and its ``N-chome`` with the block and house numbers
  (``Shimokitazawa 3-chome 17-4``; without them ``Ginza 4-chome`` is an area, no address), or
  a district and ``N-M-K`` before a ward or city (``Sangenjaya 3-4-4, Suginami-ku``); a
  building and room number may lead either one, and a number-first block address too
  (``Maison 479, ...``, ``Heights 245, 3-4-4 Sangenjaya, Suginami-ku``).
* Indian addresses led by a door, flat, house or plot number that is joined (``81/1``,
  ``23-4``, ``B-12``) or marked (``Door No. 23-4``, ``No. 188``), then a comma and a name ending
  in a locality or road word (``Kamdhenu Nagar``, ``Malabar Layout``, ``NARMADA SOCIETY``).
* Belgian house numbers with a box (``Leisteendreef 20 bus 1, 8000 Brugge``, ``bte 3``): the
  street name before it and the postal code after it.
* Italian, Spanish, Portuguese and French streets typed first with a particle, then the name
  and the number, before a postal code (``Piazzale dei Grilli 138, 26133 Cremona``).
* A house number right after a counting word ("day", "week"...), which the number-first
  anchor rejects, when a street type ends the street line and a postal code ends the address
  (``bin collection day 54 harbourmaster street, oban, pa34 3zq``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_lookalikes import COUNTER_WORDS
from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import NAME_PARTICLES, common_words, stop_words
from processors.redaction.phone_id_cues import after_id_cue_not_listing
from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.street_types_first import TYPES_FIRST_ALTERNATION

__all__ = ["BUILDING_TYPES", "street11_spans"]

# Where a street line starts: the text, a line, a key's value, a clause, or after a word.
_LEFT: Final = r"(?<![\w.,/:+#&-])"
_NUMBER: Final = r"\d{1,5}[A-Za-z]?"

# Korean road names (romanised): "-ro" (road), "-daero" (boulevard), "-gil" (street), with a
# numbered side street ("24-gil", "12beon-gil").
_KOREAN_ROAD: Final = r"[^\W\d_]{2,}-(?i:ro|daero|gil)(?: \d{1,3}(?i:beon)?-(?i:gil|ro))?(?![\w-])"
_KOREAN_NUMBER_FIRST: Final = re.compile(_LEFT + r"\d{1,4}(?:-\d{1,4})?, " + _KOREAN_ROAD)
_KOREAN_ROAD_FIRST: Final = re.compile(
    r"(?<![\w-])" + _KOREAN_ROAD + r" \d{1,4}(?:-\d{1,4})?(?![\w/-])(?!\.\d)"
)

# A building and its room number before a Japanese address (apartment names are loanwords:
# "Heights", "Maison", "Corpo", "Haitsu", ...); curated from Japanese apartment naming.
# (Stop 26) The type word may end a longer word ("Sunhills") and be followed by up to two
# words of the name ("Maison Aoba 205, "); "forest", "garden", "park" are types too.
BUILDING_TYPES: Final = (
    r"heights|haitsu|maison|mezon|corpo|koopo|coop|mansion|residence|palace|court|villa|heim"
    r"|hills|tower|plaza|house|terrace|castle|stage|forest|gardens?|park"
    r"|casa"  # (stop 32) "Casa Hotaru 408, 4-11-3 Uchihonmachi"
    r"|for[eê]t|soleil|lumi[eè]re"  # (stop 33) "Forêt Ichiban 208, 6-13-3 Nishikomagata"
    r"|torre"  # (stop 38) "Torre Elm 702, 2-10-11 Gotanda" (a Spanish tower)
)
_BUILDING: Final = (
    r"(?:(?i:(?:[^\W\d_]*(?:" + BUILDING_TYPES + r"))(?: [^\W\d_]{2,}){0,2}|flats?|apartments?"
    r"|bldg\.?|building|room|apt\.?|unit|#)[ ]?\d{1,5}[A-Za-z]?, )"
)
_BUILDING_AT: Final = re.compile(_BUILDING)
_DISTRICT: Final = r"[^\W\d_]{3,}(?:-[^\W\d_]{2,})?"
_CHOME: Final = re.compile(
    _LEFT + _BUILDING + r"?(?:" + _DISTRICT + r" )?\d{1,2}-(?i:ch[oō]me)"
    r"[ -]\d{1,4}(?:-\d{1,4}){0,2}(?![\w-])"  # (without the block, "Ginza 4-chome" is an area)
)
_BLOCK_NUMBERS: Final = re.compile(r"(?i)ch[oō]me[ -]\d|\d-\d{1,4},")
_WARD: Final = r"[^\W\d_]{3,}-(?i:ku|shi|cho|machi|gun|mura)\b"
_BLOCK_FIRST: Final = re.compile(
    # (stop 40: a room number may end the numbers, "Nakane 4-19-15-772, Setagaya-ku")
    _LEFT + r"(?:" + _BUILDING + r"?" + _DISTRICT + r" \d{1,2}-\d{1,4}(?:-\d{1,4}){0,2}"
    r"|" + _BUILDING + r"\d{1,2}-\d{1,4}(?:-\d{1,4})? " + _DISTRICT + r")"
    # (stop 46) a building between the numbers and the ward: "Nishikamata 2-10-15, Residence
    # Hinoki 208, Nerima-ku"
    r"(?:(?:,[ \n]|\n| )[^\W\d_]{3,}(?: [^\W\d_]{2,}){0,2} \d{1,5})?"
    r"(?:,[ \n]|\n)" + _WARD
)

# Indian locality and road words written after the name (Hindi, Marathi, Gujarati, Kannada,
# Tamil and English usage in Indian addresses; curated).
_LOCALITY: Final = (
    r"nagar|colony|layout|society|vihar|enclave|puram|bagh|extension|residency|apartments"
    r"|complex|marg|salai|gali|chowk|halli|palya|peth|wadi|ganj|kunj|niwas|sadan|bhavan"
)
_ROAD: Final = r"street|road|lane|avenue|cross|main|st|rd"
_ROAD_WORDS: Final = frozenset(_ROAD.split("|"))
_INDIAN: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=: )|(?<=[\"'=(])|(?<=[^\W\d_] ))"
    r"(?P<unit>(?i:(?:door|d\.|flat|house|h\.|plot|shop|site)[ ]?no\.?[ ]?|no\.[ ]?))?"
    r"(?P<num>(?i:[a-z]-)\d{1,4}|\d{1,4}(?:[/-]\d{1,4}){0,2}[A-Za-z]?)"
    r", (?P<name>(?:[^\W\d_][\w'-]*\.? ){1,3})(?P<word>(?i:" + _LOCALITY + "|" + _ROAD + r"))"
    r"(?![\w'-])"
)
_UNIT_END: Final = re.compile(
    r"(?i)(?:(?:door|d\.|flat|house|h\.|plot|shop|site)[ ]?no\.?[ ]?|(?<![\w.])no\.[ ]?)$"
)

# Belgian boxes: "20 bus 1" (Dutch), "16 bte 3" / "boîte 3" (French), before a postal code.
_BOX: Final = re.compile(
    r"(?<=[^\W\d_] )" + _NUMBER + r" (?i:bus|bte\.?|boîte) \d{1,4}[A-Za-z]?"
    r"(?=,? ?\n? ?\d{4} [^\W\d_])"
)
_PARTICLES: Final = "dei|degli|delle|dello|della|del|di|de|da|do|dos|das|du|des"
_PARTICLE_WORDS: Final = frozenset(_PARTICLES.split("|")) | NAME_PARTICLES
# A street type written first (street_types_first), a Romance particle (curated from Italian,
# Spanish, Portuguese and French usage), a name and the number before ", " and a postal code.
_TYPED_FIRST: Final = re.compile(
    r"(?<![\w'-])(?i:" + TYPES_FIRST_ALTERNATION + r")"
    r" (?i:" + _PARTICLES + r") (?:[^\W\d_][\w'-]* ){1,3}" + _NUMBER + r"(?=, \d{4,5} [^\W\d_])"
)
# A number after a counting word, then one to three words and a street type before a comma.
_COUNTED_STREET: Final = re.compile(
    r"(?i)(?<![\w.])(?P<counter>[^\W\d_]+)\.? (?P<num>\d{1,5}(?:/\d{1,4})?[a-z]?)"
    r" (?:[^\W\d_][\w'-]* ){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|court|crescent"
    r"|terrace|place|close|way|grove|parade|boulevard|blvd)$"
)
# The street types of _COUNTED_STREET, one of which ends the word before the comma.
_TYPE_WORDS: Final = frozenset(
    ["street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "court", "crescent",
     "terrace", "place", "close", "way", "grove", "parade", "boulevard", "blvd"]
)  # fmt: skip
_POSTCODE_END: Final = re.compile(r"(?:\d{3,}|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})$", re.IGNORECASE)


def _anchors(text: str, lowered: str) -> list[tuple[int, int, bool]]:
    """``(start, min_end, needs_postcode)`` of the anchors in the module docstring."""
    found: list[tuple[int, int, bool]] = []
    if "-" in text:  # (every Korean and Japanese anchor has a dash)
        _dashed_anchors(text, lowered, found)
    # The comma anchors, each tried only around a ", " (found by str.find; a regex search
    # over the whole text would try its lookbehinds at every position).
    comma = text.find(", ")
    last = -1  # where the last comma anchor found ends
    while comma > 0:
        if comma > last:
            last = max(last, _comma_anchors(text, comma, found))
        comma = text.find(", ", comma + 2)
    if " bus " in lowered or " bte" in lowered or " boîte " in lowered:
        for match in _BOX.finditer(text):
            start = _name_start(text, match.start() - 1)
            if start < match.start() - 1:
                found.append((start, match.end(), False))
    return found


def _dashed_anchors(text: str, lowered: str, found: list[tuple[int, int, bool]]) -> None:
    """Add the Korean and Japanese anchors."""
    if "-ro" in lowered or "-gil" in lowered or "-daero" in lowered:
        for pattern in (_KOREAN_NUMBER_FIRST, _KOREAN_ROAD_FIRST):
            found.extend((m.start(), m.end(), False) for m in pattern.finditer(text))
    if "chome" in lowered or "chōme" in lowered:
        found.extend(a for m in _CHOME.finditer(text) if (a := _cased_start(text, m)))
    if "-ku" in lowered or "-shi" in lowered or "-cho" in lowered or "-machi" in lowered:
        found.extend(a for m in _BLOCK_FIRST.finditer(text) if (a := _cased_start(text, m)))


def _comma_anchors(text: str, comma: int, found: list[tuple[int, int, bool]]) -> int:
    """Add the anchors around the ", " at ``comma`` (Indian, Romance typed, counted); return
    where the last one ends (``-1`` for none)."""
    end = -1
    if text[comma - 1].isdecimal():  # "81/1, ", "No. 188, ", "B-12, "; "Grilli 138, 26133"
        match = _indian_match(text, comma)
        verdict = _indian_verdict(text, match) if match is not None else None
        if match is not None and verdict is not None:
            found.append((match.start(), match.end(), verdict))
            end = match.end()
        if text[comma + 2 : comma + 3].isdecimal():
            typed = _TYPED_FIRST.search(text, max(0, comma - 70), comma + 12)
            if typed is not None and typed.end() == comma and _cased(typed.group()):
                found.append((typed.start(), typed.end(), False))
                end = typed.end()
    elif (
        text[comma - 1] in "tdeyTDEY"  # (the last letters of _TYPE_WORDS: a cheap gate)
        and text[text.rfind(" ", max(0, comma - 12), comma) + 1 : comma].lower() in _TYPE_WORDS
    ):
        counted = _COUNTED_STREET.search(text, max(0, comma - 70), comma)
        if (
            counted is not None
            and counted.group("counter").lower() in COUNTER_WORDS
            and _cased(counted.group())
        ):
            found.append((counted.start("num"), counted.end(), True))
            end = counted.end()
    return end


def _cased_start(text: str, match: re.Match[str]) -> tuple[int, int, bool] | None:
    """The anchor of a Japanese match; a leading English word ("near", "at") is left out, and
    a building's name before its type word is taken in ("Sakura Heights 101, ...")."""
    start = match.start()
    word = text[start : text.find(" ", start)] if " " in text[start:] else ""
    if _BUILDING_AT.match(text, start) is not None:
        if start > 1 and text[start - 1] == " ":
            named = _name_start(text, start - 1)
            if named == start - 1:  # (stop 26) "Grand Forest 1110", "green court 403"
                named = _building_name_start(text, start - 1, text[start].islower())
            start = named if named < start - 1 else start
    elif word.lower() in common_words():
        start += len(word) + 1
    if text[start].isdigit() and not _BLOCK_NUMBERS.search(text, start, match.end()):
        return None  # "near 2-chome": no district, no building and no block number
    return (start, match.end(), False)


def _indian_match(text: str, comma: int) -> re.Match[str] | None:
    """The _INDIAN match whose number ends at ``comma``. (Speed: it is matched where the
    number starts, after the last space or quote, or where a "No." before it starts; a search
    over the window tried the pattern at each of its ~100 positions.)"""
    low = max(0, comma - 12)
    number = max(text.rfind(" ", low, comma), text.rfind("\n", low, comma))
    number = max(number, text.rfind('"', low, comma), text.rfind("'", low, comma)) + 1
    if number == comma:
        return None
    if number >= 2 and (text[number - 2] in ".oO" or text[number : number + 1] in "nN"):
        # "No. 188", "Door No. 23-4", "Door No.23-4": the unit starts before the number
        unit_end = number + 3 if text[number : number + 1] in "nN" else number
        unit = _UNIT_END.search(text, max(0, number - 14), unit_end)
        if unit is not None:
            match = _INDIAN.match(text, unit.start(), comma + 80)
            if match is not None:
                return match
    return _INDIAN.match(text, number, comma + 80)


def _indian_verdict(text: str, match: re.Match[str]) -> bool | None:
    """Whether an _INDIAN match is a street line (None: it is not; True: only with a postal
    code at the end of the address). A road word after a number joined by a slash or dash
    needs the postal code ("12/3, MG Road, Bengaluru 560001"; "on 12/3, Main Street will
    close" is a date, "won 2-1, Abbey Road" a score); after a plain number it is another
    anchor's ("14, Residency Road"); a marked number or a block letter needs nothing ("Door
    No. 23-4, Kaveri Street", "B-12, ... Road"). The name is cased like a name, no identifier
    cue stands before, and a capitalised word before the number does not count it ("Chapter
    12, ..."; a label "Address:" does not count)."""
    number = match.group("num")
    needs_postcode = False
    if (
        match.group("word").lower() in _ROAD_WORDS
        and not match.group("unit")
        and not number[0].isalpha()
    ):
        if number.isdigit():
            return None
        needs_postcode = True
    if not _cased(match.group("name") + match.group("word")):
        return None
    if after_id_cue_not_listing(text, match.start()):
        return None  # "Order No. 5, Main Road", "ticket 12/3, Gandhi Nagar"
    start = match.start()
    if start >= 2 and text[start - 1] == " " and not match.group("unit"):
        word_start = text.rfind(" ", 0, start - 1) + 1
        before = text[word_start : start - 1]
        if (before[:1].isupper() and before[-1] != ":") or before.lower() in COUNTER_WORDS:
            return None
    return needs_postcode


def _cased(street: str) -> bool:
    """A street name in cased text starts each word with a capital (particles aside); a
    caseless one is all lower or all upper case."""
    if street.islower() or street.isupper():
        return True
    return all(
        w[:1].isupper() or w.lower() in _PARTICLE_WORDS or not w[:1].isalpha()
        for w in street.split()
    )


_DIGIT: Final = re.compile(r"\d")
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _name_start(text: str, end: int) -> int:
    """Where the street name ending at ``end`` starts: up to four words right before it, one
    space apart, that are capitalised (or caseless) and not common English, or particles
    between; ``end`` when there is none."""
    start = end
    taken = 0
    caseless = text.islower() or text.isupper()
    common = common_words()
    low = max(0, end - 80)
    for match in reversed(list(_NAME_WORD.finditer(text, low, end))):
        word = match.group()
        lower = word.lower()
        if taken == 4 or match.end() != start - (1 if taken else 0):
            break
        if taken and text[match.end()] != " ":
            break
        particle = lower in NAME_PARTICLES
        if not particle and (lower in common or not (caseless or word[0].isupper())):
            break
        start = match.start()
        taken += 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
        return end  # (a word cut by the 80-character window)
    while taken and text[start : text.find(" ", start)].lower() in NAME_PARTICLES:
        start = text.index(" ", start) + 1
        taken -= 1
    return start


def _building_name_start(text: str, end: int, lower_case: bool) -> int:
    """Where a building's name of up to two words ending at ``end`` starts ("Grand" of "Grand
    Forest 1110", "green" of "green court 403"): words of the building's case that are none of
    the most frequent English words; ``end`` when there is none."""
    start = end
    for _ in range(2):
        match = _LAST_WORD.search(text, max(0, start - 24), start)
        lower = "" if match is None else match.group().lower()
        if match is None or lower in stop_words() or lower in _PLACE_PREPOSITIONS:
            break
        if match.group()[0].islower() != lower_case:
            break
        start = match.start()
        if start == 0 or text[start - 1] != " ":
            break
        start -= 1
    if start < end and text[start] == " ":
        start += 1
    return start


# Words of place that the 400 most frequent words leave out ("rent near grand forest 541").
_PLACE_PREPOSITIONS: Final = frozenset(
    ["near", "opposite", "behind", "beside", "past", "via", "toward", "towards", "outside",
     "inside", "around", "across", "beyond", "nearby"]
)  # fmt: skip
_LAST_WORD: Final = re.compile(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]*$")


def street11_spans(
    text: str,
    lowered: str,
    stops: list[int],
    covered: list[tuple[int, int]],
    found: list[PiiSpan],
) -> None:
    """Add the addresses of this module's anchors to ``found`` and ``covered`` (the address
    finder's lists; ``stops`` are the sorted barrier starts, ending with the text's length)."""
    for start, min_end, needs_postcode in sorted(_anchors(text, lowered)):
        if any(a <= start < b or start <= a < min_end for a, b in covered):
            continue
        limit = next(stop for stop in stops if stop >= start)
        if min_end > limit:
            continue
        walked = walk(text, start, limit, allow_and=False)
        digit = _DIGIT.search(text, start, min_end) if walked < min_end else None
        if digit is not None:  # "Door No.23-4": no token of the walk; it goes on from the number
            walked = walk(text, digit.start(), limit, allow_and=False)
        end = trim(text, start, walked)
        if end < min_end or (
            needs_postcode
            and (
                # (stop 28: or a line break, "29/7, Sarjapur Road\nHinjewadi\nPune - 411069")
                (", " not in text[min_end:end] and "\n" not in text[min_end:end])
                or not _POSTCODE_END.search(text, max(0, end - 9), end)
            )
        ):
            continue
        covered.append((start, end))
        found.append(PiiSpan(start, end, STREET_ADDRESS))
