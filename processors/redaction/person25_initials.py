"""(Stop 25) Lower-case initials before a surname: ``m. kiplagat``, ``w.m. bin yusof``,
``s. de luca``, ``i. o'sullivan`` (searches, chat, display names typed in lower case).

One or two lower-case initials, each with a dot, then a space, an optional particle and a
surname of letters with inner apostrophes or hyphens. The surname's parts are each a listed
surname or a word of no English list, and none is a frequent English word or a place; after a
single initial the surname is no English word at all. Abbreviations (``e.g.``, ``a.m.``,
``p.s.``) are no initials. Found by ``person13_initials.cross13`` with the capital shapes.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, place_names, surname_words
from processors.redaction.name_words import plain_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["lower_initials_names"]

_SMALL: Final = r"[^\W\d_A-Z]"
_LOWER_INITIALS: Final = re.compile(
    rf"(?<![\w.&'\u2019@/\\-])((?:{_SMALL}\.){{1,2}}) "
    r"((?:(?:van der|van den|van|von|de la|de|del|della|di|da|du|dos|bin|binti|ben|ap|ó|ní|mac) "
    r"|al-|el-)?"
    rf"(?={_SMALL}{{2}}|{_SMALL}['\u2019]){_SMALL}+(?:['\u2019-]{_SMALL}{{2,}})?)"
    r"(?![\w'\u2019@-]|\.\w)"
)
# Lower-case abbreviations of one or two letters with dots (own list).
_ABBREVIATIONS: Final = frozenset(["e.g.", "i.e.", "a.m.", "p.m.", "n.b.", "p.s.", "c.f.", "v.s."])
_BEFORE_INITIAL: Final = " \t\n\"'(:="


def _gate(text: str) -> bool:
    """(Speed) ". " right after a lower-case letter that opens the text or follows a blank, a
    quote, a bracket, a colon, "=" or another initial's dot."""
    at = text.find(". ")
    while at >= 1:
        letter = text[at - 1]
        opens = at == 1 or text[at - 2] in _BEFORE_INITIAL or text[at - 2] == "."
        if opens and letter.isalpha() and not letter.isupper():
            return True
        at = text.find(". ", at + 2)
    return False


def _surname_ok(initials: str, surname: str) -> bool:
    core = re.split(r"[ ]|(?<=^al)-|(?<=^el)-", surname)[-1]
    for part in re.split(r"['\u2019-]", core):
        if part in common_words() or part in place_names():
            return False
        if not (part in surname_words() or plain_name_word(part)):
            return False
        if len(initials) == 2 and part in english_words():
            return False
    return True


def lower_initials_names(text: str) -> list[PiiSpan]:
    """The names of the module docstring in ``text``."""
    if not _gate(text):
        return []
    found = []
    for match in _LOWER_INITIALS.finditer(text):
        initials = match.group(1)
        if initials in _ABBREVIATIONS or not _surname_ok(initials, match.group(2)):
            continue
        found.append(PiiSpan(match.start(), match.end(), PERSON))
    return found
