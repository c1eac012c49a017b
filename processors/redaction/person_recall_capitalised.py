"""Person recall in mixed-case text: capitalised names in a person slot (see
``person_recall_names``).

- a capitalised lone name that no capitalised word touches, after a sentence start or a
  lower-case word that is no place preposition (``in``, ``at``, ``near``, ``to`` ...), and
  before a sentence end or a function word or a past-tense verb (``Tucker from support
  fixed it``, ``Great tutor! Gustavo helped``, ``met Lachlan at the gym``); two of them joined
  by ``and`` are two names (``reminder: Khoa and Kunga have the tent``), not before ``and
  the`` (a band: ``Marina and the Diamonds``);
- ``Surname, Given`` after a lower-case word (``opened by Adomako, Ekow;``), the given name no
  country;
- ``SURNAME Given`` as a whole quoted value or before a bracket, a comma or a lower-case word
  (``"recipient": "DIAGNE Aissatou"``, ``Spoke with GUTERRES Wenda (family name first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLE_ALTERNATION,
    common_words,
    english_words,
    first_names,
)
from processors.redaction.name_words import plain_name_word
from processors.redaction.person_recall_words import (
    _AFTER_PERSON,
    _COUNTRIES_AND_REGIONS,
    _LOWER,
    _NAME_KIND,
    _NOT_A_VERB,
    _PARTICLES,
    _PLACE_BEFORE,
    _UPPER,
    _given,
    _name_word,
    _token_before,
)
from processors.redaction.spans import PERSON, PiiSpan

# A capitalised word that no letter, apostrophe-s, hyphen, dot or @ touches.
_CAPITALISED: Final = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?")
# Characters that, touching a capitalised word, make it part of a token ("x.Anna", "Anna@").
_GLUED_BEFORE: Final = "'\u2019-.@/&+#_"
_GLUED_AFTER: Final = "-@&_"
_PUNCT_AFTER: Final = ".!?;)\u2014,"
_LOWER_WORD: Final = re.compile(rf" ([{_LOWER}']+)")
_PARTICLES_THEN_CAPITAL: Final = re.compile(rf"(?: (?:{NAME_PARTICLE_ALTERNATION}))+ [{_UPPER}]")
_AND_NEXT: Final = re.compile(
    rf" and ([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?)(?![\w\-@&]|['\u2019][a-z])"
)


def _lone_slot_before(text: str, start: int, pair: bool) -> bool:
    """Whether what precedes ``start`` leaves room only for a person (see module docs)."""
    if start == 0 or (start > 2 and text.endswith((': "', ':"'), 0, start)):
        return True  # (stop 25: a JSON string value opens like a text, '"note": "Zdeněk ...')
    if text[start - 1] not in " \n":
        return False
    begin, finish = _token_before(text, start)
    if begin < 0:
        return True
    word = text[begin:finish]
    if word[-1] in ".!?;" and len(word) > 2 and word[:-1].isalpha() and word[:-1].islower():
        # a sentence start ("Great tutor! Gustavo"), not after "P." or "Dr."; (stop 46) or a
        # clause's after a semicolon ("the bag tore; Nabil swapped it")
        return True
    if pair and word[-1] == ":" and word[:-1].isalpha() and word[:-1].islower():
        word = word[:-1]  # "reminder: Khoa and Kunga have the tent"
    if word.isalpha() and word[1:].islower() and word[0].isupper():
        # A sentence's first word that is a frequent English word, no title or place word:
        # "Contact Hana.", "Did Kekoa send", "Call Imogen directly" (not "Mount Kenya").
        lower = word.lower()
        opening = begin == 0 or text[begin - 1] == "\n"
        opening = opening or text.endswith((". ", "! ", "? "), 0, begin)
        return (
            opening
            and lower in common_words()
            and lower not in first_names()  # ("Hunter Marsh" is one name)
            and lower not in _PLACE_BEFORE
            and lower not in _NOT_A_VERB
        )
    if not (word.isalpha() and word.islower()):
        return False  # after a number, a quote, a colon or a comma
    return word not in _PLACE_BEFORE


def _lower_word_before(text: str, start: int) -> bool:
    """Whether a lower-case word that is no past participle stands right before ``start``
    ("Booked through Nelsa," yes; "failed Luhn," and a sentence start no)."""
    begin, finish = _token_before(text, start)
    if begin < 0 or start - finish != 1 or text[finish] != " ":
        return False
    word = text[begin:finish]
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith("ed")
        and (len(word) > 2 or word == "by")  # ("bitte um Rückruf": "um" is English too)
        and (word in common_words() or word in english_words())  # ("freundlichen Grüßen")
    )


_AUXILIARY_OPENER: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:Did|Does|Do|Can|Could|Will|Would|Should|Has|Have|Is|Was) $"
)
_SUBJECT_THEN: Final = re.compile(r" (?:from|the|at) [a-z]")


def _after_auxiliary(text: str, start: int) -> bool:
    return _AUXILIARY_OPENER.search(text, max(0, start - 12), start) is not None


# (stop 25) A verb whose "to" or "for" points at a person ("Escalated to Kaede in Tier 2",
# "ask for Kunga"; not "moved to", "sent to", "transferred to": places and desks).
_PERSON_TO_BEFORE: Final = re.compile(
    r"(?i)\b(?:escalated|assigned|reassigned|handed(?: it)?(?: over)?|talked|spoke|speaking"
    r"|talking|replied|introduced|married|engaged|shout ?out) to $|\bask(?:ed|ing)? for $"
)
# (and not a thing's name before a noun of work: "Assigned to Jira board", "ask for Zendesk
# access")
_WORK_NOUN_AFTER: Final = re.compile(
    r" (?:board|team|queue|project|channel|group|backlog|sprint|epic|desk|inbox|pipeline"
    r"|access|permissions?|approval|support|help|accounts?|licen[cs]es?)\b"
)


# (stop 25) "call Hope on +49 30 ...", "text Will at 831-639-7371": a given name that is also
# an English word, between a verb of calling and a phone number.
_CALL_BEFORE: Final = re.compile(r"(?i)\b(?:call|ring|text|phone|ask for) $")
_ON_A_NUMBER: Final = re.compile(r" (?:on|at) [+(]?\d")


def _called_on_a_number(text: str, start: int, end: int) -> bool:
    # (speed) Every match is " on " or " at " and a digit: two character tests first.
    return (
        end + 4 < len(text)
        and text[end] == " "
        and text[end + 3] == " "
        and _ON_A_NUMBER.match(text, end) is not None
        and _CALL_BEFORE.search(text, max(0, start - 10), start) is not None
        and text[start:end].lower() in first_names()
    )


def _unlisted_slot(text: str, start: int, end: int) -> bool:
    """Where a capitalised word of no list is a name: after a lower-case English word that is
    no participle, after a question's auxiliary ("Did Prabin send"), or opening a sentence
    before "from"/"the"/"at" + a lower-case word ("Bopha from support fixed")."""
    if _lower_word_before(text, start):
        return True
    if _after_auxiliary(text, start):
        return True
    opening = start == 0 or text.endswith(("! ", ". ", "? "), 0, start)
    return opening and _SUBJECT_THEN.match(text, end) is not None


def _lone_slot_after(text: str, end: int) -> int:
    """1 when what follows ``end`` fits a person, 2 for "and" + a second name, 0 otherwise."""
    if end == len(text):
        line_start = text.rfind("\n", 0, end)
        # Only a short last line of a longer text (a sign-off: "xx Nayla").
        return 1 if line_start > 0 and text.count(" ", line_start, end) <= 1 else 0
    if text[end] == " " and text[end + 1 : end + 2].isupper():
        return 0  # a capitalised word follows: a run, the other rules'
    if text[end] in _PUNCT_AFTER:
        if text.startswith(", ", end) and text[end + 2 : end + 3].isupper():
            return 0  # "Githinji, Wambui": a "Surname, Given" of another rule, or a list
        return 1
    if text.startswith((" \u2014", " -", " (", "\n"), end):
        return 1
    if _AND_NEXT.match(text, end) is not None:
        return 2
    following = _LOWER_WORD.match(text, end)
    if following is None:
        return 0
    word = following.group(1)
    if word == "and":
        return 0 if text.startswith(" and the ", end) else 1
    if word in _AFTER_PERSON:
        return 1
    return 1 if len(word) > 4 and (word.endswith("ed") or word.endswith("ly")) else 0


def _lone_names(text: str, found: list[PiiSpan], scan: str | None = None) -> None:
    """The capitalised lone names, "Surname, Given" and "SURNAME Given" of the module docs.

    ``scan`` (speed) is where to look for the capitalised words: ``text`` or a copy of it
    with its placeholders in lower case (a match is letters and a hyphen only, so none
    touches a "<...>" token: the same matches), or "" when that copy has no capital after
    its first character (every match starts with a capital, so only one at the start is
    possible); every test reads ``text``.
    """
    size = len(text)
    matches: Iterable[re.Match[str]]
    if scan == "":
        first = _CAPITALISED.match(text)
        matches = () if first is None else (first,)
    else:
        matches = _CAPITALISED.finditer(text if scan is None else scan)
    for match in matches:
        start, end = match.span()
        if end + 1 < size and text[end] == " " and text[end + 1].isupper():
            continue  # a capitalised word follows: a run, the other rules'
        if text.startswith(" ", end) and _PARTICLES_THEN_CAPITAL.match(text, end) is not None:
            continue  # (stop 46) "spoke to Ingrid van der Berg": a run with particles
        kind = _NAME_KIND[text[start:end]]
        if kind == 0:
            if _called_on_a_number(text, start, end):
                found.append(PiiSpan(start, end, PERSON))  # (stop 25) "call Hope on +49 ..."
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _GLUED_BEFORE):
            continue
        if end < size:
            glued = text[end]
            if glued.isalnum() or glued in _GLUED_AFTER:
                continue
            if glued in "'\u2019" and text[end + 1 : end + 2].isalpha():
                continue  # a possessive or a contraction: other rules'
        if start > 2 and text[start - 1] == " " and text[start - 2].isupper():
            _caps_surname_before(text, start, end, found)
            continue
        if text.startswith(", ", end) and text[end + 2 : end + 3].isupper():
            if start == 0 or text[start - 1] == " ":  # (stop 25: or opening the text)
                _surname_given_at(text, start, end, found)
            continue
        listed = kind == 2
        if (
            text.endswith(("to ", "for "), 0, start)
            and _PERSON_TO_BEFORE.search(text, max(0, start - 24), start)
            and _WORK_NOUN_AFTER.match(text, end) is None
        ):
            found.append(PiiSpan(start, end, PERSON))  # (stop 25) "Escalated to Kaede in"
            continue
        after = _lone_slot_after(text, end)
        if (
            after == 0
            and _LOWER_WORD.match(text, end) is not None
            and _after_auxiliary(text, start)
        ):
            after = 1  # a question's subject before its verb: "Did Kekoa send"
        if after == 0 or not _lone_slot_before(text, start, after == 2):
            continue
        if after == 2:
            second = _AND_NEXT.match(text, end)
            if second is None or not _name_word(second.group(1)):
                continue
            tail = second.end(1)
            if tail < len(text) and not (
                text[tail] in _PUNCT_AFTER or _LOWER_WORD.match(text, tail)
            ):
                continue
            if not (listed or _given(second.group(1))):
                continue  # (one of the two a listed given name)
            found.append(PiiSpan(second.start(1), second.end(1), PERSON))
        elif not listed and not _unlisted_slot(text, start, end):
            continue  # (an unlisted name word needs a stronger slot)
        found.append(PiiSpan(start, end, PERSON))


def _surname_given_at(text: str, start: int, end: int, found: list[PiiSpan]) -> None:
    """``Surname, Given`` from the name word ``text[start:end]`` (followed by ", "), after a
    whole lower-case word ("opened by Adomako, Ekow;")."""
    given = _CAPITALISED.match(text, end + 2)
    if given is None:
        return
    tail = given.end()
    if not (
        tail == len(text)
        or text[tail] in ";."
        or (text.startswith(" ", tail) and text[tail + 1 : tail + 2].islower())
        or (text.startswith(", ", tail) and text[tail + 2 : tail + 3].islower())
    ):
        return
    before = text[max(0, start - 16) : start].split()
    if start == 0:
        # (stop 25) opening the text, then a comma and a lower-case word: a review's or a
        # form's signature ("Menon, Kavya, verified buyer."), not a list ("Lars, Ingrid and")
        if not (text.startswith(", ", tail) and text[tail + 2 : tail + 3].islower()):
            return
        if text.startswith(("and ", "or "), tail + 2):
            return
    elif (
        not before
        or not (before[-1].isalpha() and before[-1].islower())  # (not a list: "cc: Lars, Ingrid")
        or (before[-1] in _PLACE_BEFORE and before[-1] != "to")
    ):
        return  # (a whole lower-case word: not the end of "Solveig Nørgaard, Calle del")
    following = _LOWER_WORD.match(text, tail)
    if following is not None and following.group(1) in _PARTICLES:
        return  # "Figueroa, Calle del Pez": a street
    surname = text[start:end]
    name = given.group()
    if (
        _given(name)
        and name.lower() not in _COUNTRIES_AND_REGIONS
        and all(plain_name_word(part) for part in surname.split("-"))
    ):
        found.append(PiiSpan(start, tail, PERSON))


def _caps_surname_before(text: str, start: int, end: int, found: list[PiiSpan]) -> None:
    """A surname in capitals before the name word ``text[start:end]`` ("SURNAME Given"), after
    a quote or a lower-case word and before a quote, a bracket, a comma or a lower-case word
    ("Spoke with GUTERRES Wenda (", '"recipient": "DIAGNE Aissatou"')."""
    if not (
        text.startswith(('"', " (", ", "), end)
        or (text.startswith(" ", end) and text[end + 1 : end + 2].islower())
    ):
        return
    first = start - 1
    while first > 0 and (text[first - 1].isupper() or text[first - 1] == "-"):
        first -= 1
    surname = text[first : start - 1]
    if len(surname) < 2 or not surname.replace("-", "").isupper() or first == 0:
        return
    if not (
        text[first - 1] == '"' or (text[first - 1] == " " and text[first - 2 : first - 1].islower())
    ):
        return
    if any(vowel in surname for vowel in "AEIOUY") and all(
        plain_name_word(part) for part in surname.split("-")
    ):
        found.append(PiiSpan(first, end, PERSON))
