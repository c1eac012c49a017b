"""Street-line anchors of the set-10 tuning round (called from ``street_anchors``).

* A house number (``12 bis`` too), a comma, a street type written first and a Romance particle
  (``117, place des Lilas``, ``43 bis, route du Moulin``, ``56, PLACE DES ROSES``): the type
  and the particle are the evidence, whatever follows.
* A house number, a comma and one to three words ending in a road word in any case
  (``40, Kamal Marg`` as a JSON value, ``59, neem marg, kochi``, ``5, RAJ VIHAR MARG``) at the
  start of a text, line, quoted value or clause or after a lower-case word.
* A street type written first, a Romance particle, a name, a comma and the house number
  (``Via del Pino, 58``, ``Paseo de las Rosas, 44``) whatever word follows (not a unit of
  measure: ``Via del Corso, 5 minutes``).
* A Dutch compound street name and a number with a Dutch floor or "bis" suffix
  (``Vinkenpad 153-II``, ``SPECHTSTRAAT 137BIS``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_lookalikes import MEASURE_WORDS
from processors.redaction.street_types_first import STREET_TYPES_FIRST, TYPES_FIRST_ALTERNATION

__all__ = ["NUMBER_SUFFIXES", "street10_anchors", "street10_road_word", "typed_street_goes_on"]

# Words that follow a French or Italian house number ("12 bis", "7 ter"): part of the number.
NUMBER_SUFFIXES: Final = frozenset(["bis", "ter", "quater"])

# Road words after the name that the address module's lists lack: US Postal Service suffixes
# (Publication 28, appendix C1) and the Hindi "marg" (road) of Indian addresses.
_ROAD_WORDS: Final = frozenset(["trail", "loop", "marg", "pike", "causeway"])

# The Romance particles that join a street type written first (street_types_first) to the
# name.
_PARTICLES: Final = (
    r"du|des|de la|de l'|de|d'|del|della|dello|dei|degli|delle|di|de los|de las|do|da|dos|das"
    r"|dels|de les"
)
# Where a house number written before its street starts a street line.
_LINE_START: Final = r"(?:^|(?<=\n)|(?<=: )|(?<=[\"'=])|(?<=[a-z] )|(?<=, ))"
_NUMBER_COMMA_TYPED: Final = re.compile(
    _LINE_START
    + r"\d{1,5}[A-Za-z]?(?: (?i:bis|ter))?, (?i:"
    + TYPES_FIRST_ALTERNATION
    + r") (?i:"
    + _PARTICLES
    + r")[ ]?[^\W\d_]"
)
# Road words written after the name (English and South Asian: "marg", "salai", "path" is
# English too common); any case.
_NUMBER_COMMA_NAMED: Final = re.compile(
    _LINE_START + r"\d{1,4}[A-Za-z]?, (?:[^\W\d_][\w'-]*\.? ){1,3}"
    r"(?i:road|street|lane|avenue|marg|salai|rd|st|cross road|main road)\b(?![\w'-])"
)
_TYPED_NAME_NUMBER: Final = re.compile(
    r"(?<![\w/.-])(?i:" + TYPES_FIRST_ALTERNATION + r") (?i:" + _PARTICLES + r")[ ]?"
    r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}, \d{1,4}[A-Za-z]?(?![\w,./-])"
)
_DUTCH_NUMBER: Final = re.compile(
    r"(?<![\w-])[^\W\d_]{3,}(?i:straat|pad|singel|laan|weg|gracht|kade|plein|dijk|hof|steeg"
    r"|dreef|erf) \d{1,4}-?(?i:bis|ii|iii|iv)(?![\w/-])"
)


def street10_anchors(text: str, lowered: str) -> list[tuple[int, int, bool]]:
    """``(start, min_end, needs_road)`` of the anchors in the module docstring."""
    found: list[tuple[int, int, bool]] = []
    # The comma patterns are tried only around a "12, " or ", 12" (a search over the whole
    # text tries their lookbehinds and type words at every position, which costs more); the
    # commas are found by str.find, a digit next to them by isdecimal (the regex's \d).
    comma = text.find(", ")
    while comma >= 0:
        if comma > 0 and text[comma - 1].isdecimal():  # "12, "
            _add_number_comma_anchors(text, comma, found)
        comma = text.find(", ", comma + 2)
    comma = text.find(", ")
    while comma >= 0:
        if text[comma + 2 : comma + 3].isdecimal():  # ", 12"
            _add_typed_name_number_anchor(text, comma, found)
        comma = text.find(", ", comma + 2)
    if "-ii" in lowered or "bis" in lowered or "-iv" in lowered:
        for match in _DUTCH_NUMBER.finditer(text):
            if match.group()[:1].isupper() or text.islower():
                found.append((match.start(), match.end(), False))
    return found


def _add_number_comma_anchors(text: str, comma: int, found: list[tuple[int, int, bool]]) -> None:
    """The anchors of _NUMBER_COMMA_TYPED and _NUMBER_COMMA_NAMED at the number before the
    ", " at ``comma``."""
    number_end = comma
    window_start = max(0, number_end - 9)
    window_end = comma + 82  # (80 after the regex "\d, ")
    typed = _match_starting_before(_NUMBER_COMMA_TYPED, text, window_start, number_end, window_end)
    if typed is not None and not _counted(text, typed.start()):
        found.append((typed.start(), typed.end(), False))
    named = _match_starting_before(_NUMBER_COMMA_NAMED, text, window_start, number_end, window_end)
    if named is not None and not _counted(text, named.start()) and _same_case(named.group()):
        found.append((named.start(), named.end(), True))


def _add_typed_name_number_anchor(
    text: str, comma: int, found: list[tuple[int, int, bool]]
) -> None:
    """The anchor of _TYPED_NAME_NUMBER at the number after the ", " at ``comma``."""
    window_start = max(0, comma - 70)
    window_end = comma + 15  # (12 after the regex ", \d")
    # Every particle starts with a "d" after a space (a cheap necessary gate).
    if (
        text.find(" d", window_start, window_end) < 0
        and text.find(" D", window_start, window_end) < 0
    ):
        return
    match = _TYPED_NAME_NUMBER.search(text, window_start, window_end)
    while match is not None and match.end() <= comma:  # (an earlier one)
        match = _TYPED_NAME_NUMBER.search(text, match.end(), window_end)
    if match is not None and _same_case(match.group()) and not _measure_after(text, match.end()):
        found.append((match.start(), match.end(), False))


def _match_starting_before(
    pattern: re.Pattern[str], text: str, first: int, last: int, window_end: int
) -> re.Match[str] | None:
    """What ``pattern.search(text, first, window_end)`` finds if it starts before ``last``, else
    None. Both comma patterns start with a digit, so only the few digits in ``[first, last)``
    are tried (a search would try every position up to ``window_end``, ~90 of them)."""
    position = first
    while position < last:
        if text[position].isdigit():  # (a superset of the patterns' \d)
            match = pattern.match(text, position, window_end)
            if match is not None:
                return match
        position += 1
    return None


def street10_road_word(span: str, words: list[str]) -> bool:
    """Whether ``span`` (``words``: its words, lower-cased) holds a road word of _ROAD_WORDS
    written as a street type: capitalised, or last on its line or before a comma (``17
    Heron Loop``, ``17 heron loop, akron``; not ``5 trail loops``)."""
    if _ROAD_WORDS.isdisjoint(words):
        return False
    for match in _WORD.finditer(span):
        word = match.group()
        if word.lower() in _ROAD_WORDS and (
            word[0].isupper() or span[match.end() : match.end() + 1] in ("", ",", "\n")
        ):
            return True
    return False


_PARTICLE_AFTER: Final = re.compile(r" (?i:" + _PARTICLES + r")[ ]?[^\W\d_]")


def typed_street_goes_on(text: str, word: str, end: int) -> bool:
    """Whether the lower-case ``word`` ending at ``end`` is a street type written first and a
    particle follows (``12, route du Moulin``): the street line goes on after the comma."""
    return word in STREET_TYPES_FIRST and _PARTICLE_AFTER.match(text, end) is not None


# Nouns counted by a number that MEASURE_WORDS lacks (stays, people, distance, money): "Place
# de la Concorde, 2 nights" is a stay, not a house number.
_COUNTED_NOUNS: Final = frozenset(
    ["night", "nights", "guest", "guests", "adult", "adults", "children", "kids", "persons",
     "pax", "ticket", "tickets", "mile", "miles", "meters", "metres", "euro", "minute", "min."]
)  # fmt: skip
_WORD: Final = re.compile(r"[^\W\d_]+")
_PARTICLE_WORDS: Final = frozenset(_PARTICLES.replace("'", " ").replace("|", " ").split())


def _counted(text: str, start: int) -> bool:
    """ "Chapter 12, rue ...": a capitalised word before the number counts it."""
    if start < 2 or text[start - 1] != " " or text[start - 2] == ":":
        return False
    word_start = text.rfind(" ", max(0, start - 20), start - 1) + 1
    return text[word_start:start].strip()[:1].isupper()


def _same_case(street: str) -> bool:
    """A street name in cased text starts with a capital; a caseless one is all lower or all
    upper case."""
    letters = [w for w in street.split() if w[:1].isalpha()]
    return (
        street.islower()
        or street.isupper()
        or all(w[:1].isupper() or w in _PARTICLE_WORDS or len(w) <= 2 for w in letters)
    )


def _measure_after(text: str, end: int) -> bool:
    after = text[end + 1 : end + 14].split(None, 1)
    word = after[0].rstrip(".,").lower() if after else ""
    return word in MEASURE_WORDS or word in _COUNTED_NOUNS
