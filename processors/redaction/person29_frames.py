"""(Stop 29, from set 24's even half) One-word and two-word names of no list in frames that
only a person fills; set 24's names are mostly invented, so only the frame can tell:

- two name words joined by "and" before a deed (``Ruoxuan and Đoan made breakfast``), or
  after "told" in chat (``told jérémiel and dobrosav the plan``);
- a writer introducing themselves from a department (``Fulvietta from accounts here``) or in
  lower case opening the text (``hildrun here, new email is ...``);
- minutes: ``everyone except Eivind``, ``Action: Qiaoyun sends the draft``;
- ``At Thuraya's request`` / ``on Nawwaf's behalf``;
- a list item of a plan opening with a lower-case name and a deed (``- radoslawa grabs the
  keys``);
- a name before a phone number in brackets (``call me or luayy brenkmeier ((715) 460-1360)``);
- a name "from school" (``no way morvane thach from school??``);
- a title before a name with an Arabic article (``Mr al-Mutlaq``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from processors.redaction.person28_recall import _spans
from processors.redaction.person29_recall import (
    LOWER_NAME_WORD,
    _name_word_as_written,
    _two_name_words,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any, lower_words, opening_matches

__all__ = ["frames29", "frames29_after_redaction"]

_FIRED: Final = FiredGates()  # (frames29's last text: see frames29_after_redaction)

_NAME: Final = r"[^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)?"
_LOWER: Final = LOWER_NAME_WORD
_DEEDS: Final = (
    r"(?:made|did|helped|cooked|ran|looked|took|showed|gave|met|kept|went"
    r"|came|drove|fixed|sorted|welcomed|hosted|baked|served|found|organised|organized"
    r"|arranged|picked|brought|carried|stayed|waited)"
)
_PAIR_DEED: Final = re.compile(
    r"(?:^|(?<=[;:.!?] )|(?<=, ))(" + _NAME + r") and (" + _NAME + r") " + _DEEDS + r"\b"
)
# (speed) What a match of _PAIR_DEED follows, as its look-behinds say (opening_matches).
_PAIR_LEADS: Final = frozenset(["; ", ": ", ". ", "! ", "? ", ", "])
_TOLD_PAIR: Final = re.compile(
    r"\btold (" + _LOWER + r") and (" + _LOWER + r") (?:the|about|that|everything|to|we|i)\b"
)
_DEPARTMENT_HERE: Final = re.compile(
    r"(?:^|(?<=[,.!?] )|(?<=\n))(" + _NAME + r") from (?:accounts|billing|support|sales"
    r"|finance|hr|it|legal|marketing|ops|operations|payroll|the office|reception|dispatch"
    r"|procurement|customer service) here\b"
)
_LOWER_HERE: Final = re.compile(r"^(" + _LOWER + r") here(?=[,.!]| -| \u2014| \u2013)")
_EXCEPT: Final = re.compile(
    r"\b(?:everyone|everybody|all) (?:except|but|bar|minus) (" + _NAME + r")\b"
)
_ACTION: Final = re.compile(
    r"(?:^|\n)(?:Actions?|Action items?|AP|To ?do|TODO|Next steps?|Owner): (" + _NAME
    + r") (?:to|will|[a-z]{3,}s)\b"
)  # fmt: skip
_AT_REQUEST: Final = re.compile(
    r"\b(?:[Aa]t|[Oo]n|[Pp]er|[Bb]y) (" + _NAME + r")['\u2019]s (?:request|behalf|suggestion"
    r"|insistence|instruction|instructions|direction|say-so)\b"
)
_PLAN_ITEM: Final = re.compile(
    r"(?:^|\n)[-*\u2022] (" + _LOWER + r") (?:grabs|brings|takes|gets|books|drives|picks"
    r"|buys|sorts|handles|calls|pays|cooks|makes|checks|sends|collects|carries|orders)\b"
)
_BEFORE_BRACKETED_PHONE: Final = re.compile(
    r"\b(?:or|and|call|ring|text|contact|ask for) (" + _NAME + " " + _NAME
    + r") \((?=[+\d(])"
)  # fmt: skip
_FROM_SCHOOL: Final = re.compile(
    r"(?<![\w'\u2019])(" + _LOWER + " " + _LOWER + r") from (?:school|uni|college|high school"
    r"|primary school|primary|secondary school|sixth form)\b"
)
_TITLE_ARTICLE: Final = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.? ((?:al|el|ad|ar|as|at|an|ash|az)-[A-Z][^\W\d_]+)(?![\w-])"
)

_DEPARTMENT_CUES: Final[tuple[str, ...]] = (" here", "here ", "here,")
# (speed) Exact gates. _PAIR_DEED's deed follows a space: it is a word of the text, or starts
# one ("made-up", "did."), lower-cased alike.
_DEED_WORDS: Final = frozenset(_DEEDS[3:-1].split("|"))
_DEED_STARTS: Final = tuple(sorted(_DEED_WORDS))
_DEED_HEADS: Final = frozenset(deed[:3] for deed in _DEED_WORDS)
_ACTION_HEADS: Final[tuple[str, ...]] = (
    "Action",
    "AP: ",
    "To do: ",
    "Todo: ",
    "TODO: ",
    "Next step",
    "Owner: ",
)
_SCHOOL_CUES: Final[tuple[str, ...]] = (
    " from school", " from uni", " from college", " from high school", " from primary",
    " from secondary school", " from sixth form",
)  # fmt: skip
_TITLES: Final[tuple[str, ...]] = ("Mr", "Ms", "Mx", "Dr", "Prof")


def frames29(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind the substring test of its cue).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see frames29_after_redaction)
    if " and " in text:
        if only & 1 and _holds_deed(lower_words(text)):
            fired |= 1
            matches = opening_matches(_PAIR_DEED, text, _PAIR_LEADS)
            found.extend(_pair_spans(matches, lower_too=text.islower()))
        if only & 2 and "told " in text and text.islower():
            fired |= 2
            found.extend(_pair_spans(_TOLD_PAIR.finditer(text), lower_too=True))
    if " from " in text:
        if only & 4 and holds_any(text, _DEPARTMENT_CUES):
            fired |= 4
            found.extend(_spans(_DEPARTMENT_HERE, text, _name_word_as_written))
        if only & 8 and holds_any(text, _SCHOOL_CUES):
            fired |= 8
            found.extend(_spans(_FROM_SCHOOL, text, _two_name_words))
    if only & 16 and text[:1].islower() and " here" in text:
        fired |= 16
        found.extend(_spans(_LOWER_HERE, text, _name_word_as_written))
    if only & 32 and ("xcept " in text or " but " in text or " bar " in text or " minus " in text):
        fired |= 32
        found.extend(_spans(_EXCEPT, text, _name_word_as_written))
    if only & 64 and ": " in text and holds_any(text, _ACTION_HEADS):
        fired |= 64
        found.extend(_spans(_ACTION, text, _name_word_as_written))
    if only & 128 and ("'s " in text or "\u2019s " in text):
        fired |= 128
        found.extend(_spans(_AT_REQUEST, text, _name_word_as_written))
    if only & 256 and "\n" in text:
        fired |= 256
        found.extend(_spans(_PLAN_ITEM, text, _name_word_as_written))
    if only & 512 and " (" in text:
        fired |= 512
        found.extend(_spans(_BEFORE_BRACKETED_PHONE, text, _two_name_words))
    if only & 1024 and "-" in text and holds_any(text, _TITLES):
        fired |= 1024
        found.extend(_spans(_TITLE_ARTICLE, text, _any_value))
    # (a gate that asks for lower case fails on a redacted text, which holds capitals)
    _FIRED.note(text, fired)
    return found


def frames29_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`frames29` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates; a
    gate that asks for lower case fails on a redacted text, which holds capitals)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(frames29(text, fired))


def _holds_deed(words: tuple[str, ...]) -> bool:
    """Whether one of the lower-cased ``words`` starts with a deed of _PAIR_DEED (a gate:
    the pattern decides, at a higher cost)."""
    for word in words:  # noqa: SIM110 (compiled: a loop, no generator object)
        # (a set lookup of the first three letters first: no call of a str method per word)
        if word[:3] in _DEED_HEADS and word.startswith(_DEED_STARTS):
            return True
    return False


def _any_value(value: str) -> bool:
    return True  # (a title and an Arabic article: the shape is the evidence)


def _pair_spans(matches: Iterable[re.Match[str]], *, lower_too: bool) -> list[PiiSpan]:
    """Both names of a pair, when both are name words (in lower case only with
    ``lower_too``: in cased text "begidx and endidx" are identifiers)."""
    found: list[PiiSpan] = []
    for match in matches:
        first, second = match.group(1), match.group(2)
        if not lower_too and not (first[:1].isupper() and second[:1].isupper()):
            continue
        if _name_word_as_written(first) and _name_word_as_written(second):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
            found.append(PiiSpan(match.start(2), match.end(2), PERSON))
    return found
