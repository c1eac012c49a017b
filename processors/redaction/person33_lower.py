"""(Stop 33, from the case probe's tuning split) A full name typed in lower case inside text
that is otherwise capitalised: ``Customer refilwe chikwanha reports ...``, ``approved by
pasang wickramasinghe after an ID check``, ``user="tuyana dorzhiev"``.

The capitalised rules need the name's capitals and the caseless rules a text without any, so
a name a person typed in lower case into a form, a ticket or a log was found only after a
cue that the earlier rules knew. Two lower-case words are a name here when:

- each is a word of no English list, or a listed name of no frequent word ("mark", "will",
  "bill" are words), and no stop word or particle;
- the first is a listed given name, or the second a listed surname, or a word that introduces
  a person stands right before (a role, "by", "from", "dear", a person key);
- neither neighbour is a lower-case word of no English list (then the pair is part of a
  sentence in another language, or of code: "me pasas el número de guliang wanyun" stays
  with the Spanish rules), and no dot joins the pair to a word (a handle, "ana.silva");
- the text is neither all lower case nor all capitals (the caseless rules read those).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    first_names,
    is_english,
    stop_words,
    surname_words,
)
from processors.redaction.person32_places import _HERBS
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["lower33"]

# Words after which a pair of unlisted lower-case words is a person's name (our own list).
_CUE_WORDS: Final = frozenset(
    ["customer", "client", "contact", "user", "name",
     "holder", "vendor", "reporter", "reviewer", "requester", "assignee", "owner", "agent",
     "technician", "tech", "driver", "guide", "tutor", "plumber", "dentist", "doctor", "attn",
     "cc", "dear", "hi", "hello", "hey", "thanks", "met", "called", "emailed", "ask", "told",
     "caller", "payee", "tenant", "patient", "guest", "member", "applicant", "employee",
     "recipient", "sender", "author", "approver", "manager", "landlord", "host", "teacher",
     "coach", "nurse", "rep", "representative", "courier", "electrician", "mechanic",
     "cleaner", "stylist", "therapist", "colleague", "neighbour", "neighbor", "friend",
     "son", "daughter", "wife", "husband", "sister", "brother", "mum", "mom", "dad"]
)  # fmt: skip
# Words of code and English suffixes that no unlisted surname has ("ivar iter", "unnamed
# substructures" in a docstring).
_CODE_WORDS: Final = frozenset(
    ["iter", "dict", "func", "args", "kwargs", "init", "impl", "repr", "bool", "enum", "uint",
     "str", "len", "tmp", "src", "dst", "env", "cfg", "conf", "param", "params", "ptr", "buf",
     "idx", "util", "utils", "lib", "libs", "async", "sync", "bytes", "stdin", "stdout",
     "stderr", "regex", "json", "yaml", "toml", "numpy", "scipy", "pandas", "dtype", "dtypes",
     "ndarray", "setuptools", "pytest", "mypy", "ruff", "venv", "sudo", "chmod", "grep"]
)  # fmt: skip
_ENGLISH_SUFFIXES: Final[tuple[str, ...]] = (
    "tion", "tions", "ness", "ment", "ments", "ity", "ities", "ings", "ures", "able", "ible",
    "ized", "ised", "izes", "ises", "ally", "ful", "less", "ship",
)  # fmt: skip
# Prepositions introduce a person only after a verb of people: "approved by", "belongs to"
# ("with pip setuptools" is no name).
_PREPOSITION_CUES: Final = frozenset(
    ["approved by", "signed by", "sent by", "written by", "reported by", "raised by",
     "requested by", "confirmed by", "handled by", "assigned to", "reassigned to",
     "belongs to", "sent to", "addressed to", "spoke to", "spoke with", "talked to",
     "talked with", "spoken to", "escalated to", "forwarded to", "transferred to",
     "invoice to", "refund to", "issued to", "registered to", "married to", "on behalf of",
     "care of", "message from", "email from", "call from", "letter from", "fix from",
     "note from", "reply from", "request from", "complaint from", "parcel for",
     "package for", "booking for", "order for", "reservation for"]
)  # fmt: skip
# The words before the pair, and what may stand between: a colon, "=", quotes, spaces.
_CUE: Final = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+)[:=]?[ \t]*[\"']?[ \t]*$")

_LOWER_WORD: Final = re.compile(
    r"(?<![\w@./:'\u2019#\\-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?![\w@'\u2019\\])"
)


def lower33(text: str) -> list[PiiSpan]:
    """The lower-case full names of the module docstring."""
    if text.islower() or text.isupper():
        return []  # (the caseless rules read these)
    words = [
        (match.start(), match.end(), match.group())
        for match in _LOWER_WORD.finditer(text)
        if match.group().islower()
    ]
    found: list[PiiSpan] = []
    given = first_names()
    for index in range(len(words) - 1):
        start, end, first = words[index]
        listed = first in given and first not in _HERBS  # ("rosemary focaccia")
        if is_english(first) or not (listed or _surname_word(first)):
            continue
        second_start, second_end, second = words[index + 1]
        if text[end:second_start] != " " or not _surname_word(second):
            continue
        if not (
            listed
            or (second in surname_words() and second not in common_words())
            or _cue_before(text, start)
        ):
            continue
        if _foreign_neighbour(text, words, index - 1, start, True) or _foreign_neighbour(
            text, words, index + 2, second_end, False
        ):
            continue
        if text.endswith(".", 0, start) or (
            text.startswith(".", second_end) and text[second_end + 1 : second_end + 2].isalpha()
        ):
            continue  # (a dotted handle: "ana.silva")
        found.append(PiiSpan(start, second_end, PERSON))
    return found


def _cue_before(text: str, start: int) -> bool:
    """A word that introduces a person stands right before ``start``: a role, a preposition
    of people, a greeting, or a person key ("customer", "approved by", 'user="')."""
    head = text[max(0, start - 32) : start]
    cue = _CUE.search(head)
    if cue is None:
        return False
    last = cue.group(2).lower()
    if last in _CUE_WORDS:
        return True
    return cue.group(1) is not None and f"{cue.group(1).lower()} {last}" in _PREPOSITION_CUES


def _surname_word(word: str) -> bool:
    """A lower-case word that may be a surname: of no English list, or a listed surname that
    is no frequent word; no stop word or particle."""
    bare = word.replace("-", "")
    if len(bare) < 2 or word in stop_words() or word in NAME_PARTICLES:
        return False
    if word in surname_words():
        return word not in common_words()
    return (
        not is_english(word)
        and not any(is_english(part) for part in word.split("-"))
        and word not in _CODE_WORDS
        and not word.endswith(_ENGLISH_SUFFIXES)
    )


def _foreign_neighbour(
    text: str, words: list[tuple[int, int, str]], index: int, edge: int, before: bool
) -> bool:
    """The word at ``index`` touches the pair (one space between) and is a lower-case word of
    no English list."""
    if index < 0 or index >= len(words):
        return False
    start, end, word = words[index]
    gap = text[end:edge] if before else text[edge:start]
    return gap == " " and not is_english(word) and word not in NAME_PARTICLES
