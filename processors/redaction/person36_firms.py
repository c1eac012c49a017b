"""(Stop 36) A firm named by two or three surnames joined by "&": ``Wetherby & Osei``,
``Quimby, Strand & Rooke``.

People joined by "&" are almost always called by their given names ("Hello Zarema &
Desislava,", "Love you both,\\nGráinne & Basil"), firms by their founders' surnames. So a
capitalised one-word name in such a run is no person when no word of the run is a listed given
name, unless a greeting opens it ("Hello Gloire & Viliami,") or it signs a line off alone. On
the tuning halves of sets 13-32, 210 of 212 runs of two capitalised words joined by "&" with no
listed given name were firms, brands or works (the two others: "Hello Gloire & Viliami," and
"Ordered for Ebiere & Otgonbayar").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names

__all__ = ["surnames_joined_by_ampersand"]

_WORD: Final = r"[^\W\d_][^\W\d_'\u2019-]*(?:[-'\u2019][^\W\d_]+)*"
# A run of capitalised words joined by ", " and one " & ": "Quimby, Strand & Rooke".
_RUN: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<run>" + _WORD + r"(?:, " + _WORD + r")* & " + _WORD + r")"
    r"(?![\w'\u2019-]| &)"
)
_GREETING_BEFORE: Final = re.compile(
    r"(?i)(?:\b(?:hello|hi|hey|dear|thanks|thank you|love|cheers|congrats|welcome|to|for|"
    r"with|and|met|meet)[ \t,]*)$"
)
_LINE_START: Final = re.compile(r"(?:^|\n)[ \t]*$")
# A sign-off line holds the run alone ("Love you both,\nGr\u00e1inne & Basil xx").
_SIGN_OFF_AFTER: Final = re.compile(
    r"(?i)[ \t]*(?:x+|<3|[!.,\u2764\ufe0f\U0001f300-\U0001faff])*[ \t]*(?:\n|$)"
)
_DEAR: Final = re.compile(r"(?i)\bdear[ \t]*$")


def surnames_joined_by_ampersand(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a run of capitalised words joined by "&" that holds
    no listed given name and no greeting opens (see the module docstring)."""
    if "&" not in text[max(0, start - 40) : end + 40]:
        return False
    low = max(0, start - 60)
    for match in _RUN.finditer(text, low, min(len(text), end + 60)):
        if match.start() <= start and end <= match.end():
            return _firm_run(text, match)
    return False


def _firm_run(text: str, match: re.Match[str]) -> bool:
    words = match.group("run").replace(",", " ").replace("&", " ").split()
    # ("Quillon & I went hiking": a pronoun, not a founder)
    if not all(word[0].isupper() and len(word) > 1 for word in words):
        return False
    given = first_names()
    if any(part.lower() in given for word in words for part in word.split("-")):
        return False
    before = text[max(0, match.start() - 16) : match.start()]
    if _DEAR.search(before) is not None:
        return True
    if _LINE_START.search(before) is not None:
        return _SIGN_OFF_AFTER.match(text, match.end()) is None
    return _GREETING_BEFORE.search(before) is None
