"""Initials before a surname (round 13): ``B.A. Kalita``, ``Technician B.K. Shevchenko``,
``A. Khoury's account``, ``J.B. De Luca``.

``cross13(text, spans)`` (hooked at the end of ``names.find_names``, before the look-alike
filter) finds one to three capital initials, each with a dot (``B.A.``, ``B. A.``, ``Ç.M.``),
then a capitalised surname: one word with inner capitals, apostrophes or hyphens allowed
(``McAllister``, ``O'Rourke``, ``Rivers-Fisher``), optionally after a particle (``De Luca``,
``van Houten``, ``al-Rashid``), followed by the end, a space, punctuation or a possessive
``'s`` (left out). The surname is no frequent English word, no place, and no English word at
all after a single initial; the initials are no acronym (``U.S.``, ``P.S.``), no house number
stands before them (``12 W. Main St``) and no street type after. When a capitalised name word
(no English word) stands right before the initials, they are a middle initial and the other
rules take the whole name. The span found replaces the person spans it holds whole (a surname
found alone: ``Kalita`` -> ``B.A. Kalita``); it is dropped when it would cut another span.
A second shape is written in lower case: a given name, one initial and a surname (``lusine m.
manukyan``, ``niamh g. ó briain``, ``aigerim d. kamau``): the given name a listed given name or a
word of no English list, the surname (after an optional particle) a listed surname or a word of
no English list.

``cross13`` also applies the other two round-13 rules: it grows two-word lower-case names
(``person13_lower.grow13``) and adds the values of person keys (``person13_keys``). Each of
the three was kept because it fixes errors in set 13's tuning half and in at least one other
corpus. ``may_cross13(text)`` is the exact prefilter of the rules that add spans, for
``names.may_contain_names`` (``may_cross12_or_13`` asks round 12's first).

The existing set-9 shape (``name_initials_and_roles``) stops at a sentence-final dot, at a
possessive, after any capitalised word (``Customer T. Lefèvre``) and at inner capitals; this
rule covers those cases.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.alternation import longest_first
from processors.redaction.lexicon import (
    NAME_PARTICLE_ALTERNATION,
    NAME_PARTICLES,
    city_names,
    common_words,
    english_words,
    first_names,
    place_names,
    surname_words,
)
from processors.redaction.name_contexts import street_after
from processors.redaction.name_initials_and_roles import _ACRONYMS, _initial_dot
from processors.redaction.name_words import plain_name_word
from processors.redaction.person12_cross import may_cross12
from processors.redaction.person13_keys import key_names, may_have_key
from processors.redaction.person13_lower import grow13
from processors.redaction.person25_cc import cc_names
from processors.redaction.person25_initials import lower_initials_names
from processors.redaction.person26_key_lists import key_list_names, may_have_key_list
from processors.redaction.spans import PERSON, PiiSpan, holds_placeholder

__all__ = ["cross13", "may_cross12_or_13", "may_cross13"]


def _either_case_first(particle: str) -> str:
    """``particle`` as a regex whose first letter may be a capital (``[Vv]an``; ``'t`` as it is)."""
    first, rest = particle[0], re.escape(particle[1:])
    return f"[{first.upper()}{first}]{rest}" if first.isalpha() else re.escape(particle)


# The particles of lexicon.NAME_PARTICLES, longest first, in lower case or capitalised.
_PARTICLE: Final = (
    "(?:" + "|".join(_either_case_first(p) for p in longest_first(NAME_PARTICLES)) + ")"
)
_LOWER_PARTICLE: Final = "(?:" + NAME_PARTICLE_ALTERNATION + ")"
_INITIALS_SURNAME: Final = re.compile(
    r"(?<![\w.&'@/\\-])((?:[^\W\d_]\. ?){1,3})"
    rf"((?:{_PARTICLE} |[Aa]l-|[Ee]l-)?[^\W\d_]+(?:['\u2019](?!s\b)[^\W\d_]+|-[^\W\d_]+)*)"
    r"(?=$|['\u2019]s\b|[\s.,;:!?)\]}\"])"
)
# Lower case: given name, one initial, up to two particles ("van der", "de la"), surname.
_LOWER_MIDDLE: Final = re.compile(
    r"(?<![\w.'@/-])([^\W\d_A-Z]{2,}(?:-[^\W\d_A-Z]{2,})?) [^\W\d_A-Z]\. "
    rf"((?:{_LOWER_PARTICLE} ){{0,2}}"
    r"[^\W\d_A-Z]{2,}(?:['\u2019-][^\W\d_A-Z]{2,})?)(?![\w'\u2019@-]|\.\w)"
)


def _lower_ok(given: str, surname: str) -> bool:
    givens = given.split("-")
    if not all(g in first_names() or plain_name_word(g) for g in givens):
        return False
    core = surname.rsplit(" ", 1)[-1]
    parts = re.split(r"['\u2019-]", core)
    return all(p in surname_words() or plain_name_word(p) for p in parts)


# The word right before the initials (same line), to tell a middle initial.
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t]$")


def _surname_ok(initials: int, surname: str) -> bool:
    """``surname`` (its last word: after a particle) may be a surname after ``initials``
    initials: capitalised with a lower-case letter, no frequent English word nor place, and
    no English word at all after a single initial."""
    core = re.split(r"[ -]", surname)[-1]
    if not core[:1].isupper() or core.isupper() or len(core) < 2:
        return False
    for part in re.split(r"['\u2019-]", core):
        low = part.lower()
        if low in common_words() or low in place_names():
            return False
        if low in english_words() and initials < 2:
            return False
    return True


def _candidates(text: str) -> list[PiiSpan]:
    found: list[PiiSpan] = []
    for match in _INITIALS_SURNAME.finditer(text):
        initials = match.group(1)
        letters = initials.replace(" ", "").replace(".", "")
        if not letters.isupper() or initials.replace(" ", "") in _ACRONYMS:
            continue
        start, end = match.span()
        if start >= 2 and text[start - 1] == " " and text[start - 2].isdecimal():
            continue  # ("12 W. Main St")
        if not _surname_ok(len(letters), match.group(2)) or street_after(text, end):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None:
            word = before.group(1)
            low = word.lower()
            if word[:1].isupper() and low not in english_words() and low not in common_words():
                continue  # a middle initial ("Nicole L. Parmentier")
        found.append(PiiSpan(start, _second_surname_end(text, end), PERSON))
    return found


# (stop 44, set 42) A second surname after the first, Spanish and Portuguese style ("M.
# Henriques Matos, rang back", "P. Pinilla Granados at the junction"), when no capitalised
# word follows it (a firm's or a street's name goes on: "J. Smith Consulting Group"), it is no
# listed city, and a word after it stands in prose, not in a short search query.
_SECOND_SURNAME: Final = re.compile(
    r" ([A-Z\u00c0-\u00de][^\W\d_A-Z]+)(?=$|['\u2019]s\b|[.,;:!?)\]}\"]|\s+[^\W\d_A-Z])"
)
_PROSE: Final = 7  # words of a text that is no search query


def _second_surname_end(text: str, end: int) -> int:
    """Where the initials' name ending at ``end`` ends with a second surname after it."""
    match = _SECOND_SURNAME.match(text, end)
    if match is None or not _surname_ok(1, match.group(1)) or street_after(text, match.end()):
        return end
    if match.group(1).lower() in city_names():
        return end  # (a town after the name: "K.B. Sonco Gdansk, notary")
    if match.end() < len(text) and text[match.end()].isspace() and len(text.split()) < _PROSE:
        return end  # (a search: the town searched with the name, "K.B. Sonco Lagos notary")
    return match.end()


def _lower_gate(text: str) -> bool:
    """(Speed) A gate of ``_LOWER_MIDDLE``: a letter (no ASCII capital), a space, one such
    letter, ". " and one such letter."""
    at = text.find(". ")
    while at >= 0:
        if at >= 3 and text[at - 2] == " " and at + 2 < len(text):  # noqa: SIM102
            if _small(text[at - 1]) and _small(text[at - 3]) and _small(text[at + 2]):
                return True
        at = text.find(". ", at + 2)
    return False


def _small(char: str) -> bool:
    return char.isalpha() and not "A" <= char <= "Z"


def _lower_candidates(text: str) -> list[PiiSpan]:
    if not _lower_gate(text):
        return []
    return [
        PiiSpan(match.start(1), match.end(2), PERSON)
        for match in _LOWER_MIDDLE.finditer(text)
        if _lower_ok(match.group(1), match.group(2))
    ]


def _found(text: str) -> list[PiiSpan]:
    """Every new name of the three rules (the cheap character tests first: speed)."""
    # (a key value is quoted, or follows "=")
    quoted = ":" in text and ('"' in text or "'" in text)
    # (stop 28: or one word after a colon that ends the line, "Owner: cleonice")
    found = key_names(text) if ("=" in text or ":" in text) and may_have_key(text) else []
    if quoted and may_have_key_list(text):
        found += key_list_names(text)  # (stop 26) '"reviewers": "Garrett and Colby"'
    if "c:" in text or "C:" in text:
        found += cc_names(text)  # (stop 25) "cc: nikhil" in cased text
    if "." in text:
        if _initial_dot(text):
            found += _candidates(text)
        if ". " in text:
            found += _lower_candidates(text)
            found += lower_initials_names(text)  # (stop 25) "m. kiplagat", "w.m. bin yusof"
    return found


def cross13(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with the names of the module docstring added (``spans`` itself when
    nothing changes)."""
    if "<" in text and holds_placeholder(text):
        return spans
    if spans:
        spans = grow13(text, spans)  # (a third lower-case word: person13_lower)
    found = _found(text)
    if not found:
        return spans
    out = spans
    for new in found:
        inside = [s for s in out if s.start < new.end and new.start < s.end]
        # (stop 25) lower-case initials take back their surname from a caseless pair that
        # ran on past it: "m. kiplagat linkedin" (not "kiplagat linkedin")
        # (a slice: a one-letter name may end the text, "EMPLOYEE: X")
        lower_initials = text[new.start + 1 : new.start + 2] == "." and text[new.start].islower()
        if any(
            s.entity_type != PERSON
            or s.start < new.start
            or (s.end > new.end and not (lower_initials and s.start > new.start))
            for s in inside
        ):
            continue  # (it would cut another span, or a longer name holds it)
        out = [*(s for s in out if s not in inside), new]
    return out


def may_cross13(text: str) -> bool:
    """False only when :func:`cross13` adds a span to no span list of ``text``."""
    return not ("<" in text and holds_placeholder(text)) and bool(_found(text))


def may_cross12_or_13(text: str) -> bool:
    """The prefilters of the round-12 and round-13 cross rules, in one call for names.py
    (the placeholder test of both once, first: the re-scan guard's text always holds one)."""
    if "<" in text and holds_placeholder(text):
        return False
    return may_cross12(text) or may_cross13(text)
