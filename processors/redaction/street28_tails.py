"""(stop 28) Two address layouts told by their last lines: a Canadian street line before
"city PROVINCE A1A 1A1", and a Brazilian label's bairro, "City - UF" and CEP lines.

* Canada: ``1844-536 miramichi bay, brandon mb r7a 3k5`` (unit-house number, a street type
  the shape rules do not know, as "bay" or "crescent"). The province code and the postal code
  (letter-digit-letter digit-letter-digit) after a town are evidence enough for the street
  words before them.
* Brazil: ``Rua Nísia Floresta, 165, casa 3 - Cambuí\\nCampinas - SP\\n13905-310``: a street
  span the rules found runs on over " - bairro", then a "City - UF" line and a CEP line
  (``ddddd-ddd``).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["brazilian_tail_end", "canadian_lines"]

_PROVINCES: Final = "ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt"
_WORD: Final = r"[^\W\d_][\w'.\u2019-]*"
# A house number (a unit joined by a dash before it), one to four street words, a comma, one
# to three town words, an optional comma, the province and the postal code. The case of the
# province follows the text's (see canadian_lines).
_CANADIAN: Final = re.compile(
    rf"(?<![\w/.-])(?:\d{{1,5}}-)?\d{{1,6}}[A-Za-z]?(?: {_WORD}){{1,4}}, {_WORD}(?: {_WORD}){{0,2}}"
    rf",? (?P<province>(?i:{_PROVINCES})) (?i:[a-z]\d[a-z] ?\d[a-z]\d)(?![\w-])"
)
# (speed) The postal code's tail from its first digit: a pattern that opens with a digit is
# only tried at digits, where one opening with a letter was tried at every letter.
_POSTAL_HINT: Final = re.compile(r"(?i)\d[a-z] ?\d[a-z]\d")
_LETTER: Final = re.compile(
    r"(?i)[a-z]"
)  # (the letter before it, as the case-blind class reads it)
_UNIT_WORD: Final = rf"(?:{_WORD}|\d{{1,5}}[A-Za-z]?)"
# " - bairro" (optional), then the "City - UF" line and the CEP line. (Stop 34) Also a unit
# after the dash and the bairro on a line of its own, "City/UF" and "CEP " before the code:
# "Rua X, 70 - apto 29\nJardim Y\nCampinas/SP\nCEP 13915-754".
_BRAZILIAN_TAIL: Final = re.compile(
    rf"(?: - {_UNIT_WORD}(?: {_UNIT_WORD}){{0,3}})?(?:\n{_WORD}(?: {_WORD}){{0,3}})?"
    rf"\n{_WORD}(?: {_WORD}){{0,3}}(?: - |/)[A-Z]{{2}}\n(?:CEP:? )?\d{{5}}-\d{{3}}(?![\w-])"
)


def canadian_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each Canadian street line ending in its province and postal code."""
    if not _has_postal_code(text):
        return []
    found: list[tuple[int, int]] = []
    for match in _CANADIAN.finditer(text):
        province = match.group("province")
        span = match.group()
        if not (province.isupper() or span.islower()):
            continue  # "Brandon mb": a lower-case pair in cased text is a word, not a province
        found.append((match.start(), match.end()))
    return found


def _has_postal_code(text: str) -> bool:
    """Whether a letter precedes some match of _POSTAL_HINT (every _CANADIAN match holds one;
    searched again from each match's next character, as matches may overlap)."""
    hint = _POSTAL_HINT.search(text)
    while hint is not None:
        at = hint.start()
        if at > 0 and _LETTER.match(text, at - 1) is not None:
            return True
        hint = _POSTAL_HINT.search(text, at + 1)
    return False


def brazilian_tail_end(text: str, end: int) -> int:
    """The end of a Brazilian label's bairro, "City - UF" and CEP lines right after ``end``,
    or ``end``."""
    if not text.startswith((" - ", "\n"), end):
        return end
    tail = _BRAZILIAN_TAIL.match(text, end)
    return tail.end() if tail else end
