"""(Stop 40, set 37's tuning half) Names that workplaces and schools print in fixed forms.

- A directory entry, surname first, before an employee or student number in brackets
  (``Obasi, Segun (HR6323742)``, ``Petrenko, Galina Sergeyevna (E325837)``): no word of the
  surname a frequent English word, and the given name a listed one or no English word.
- A sign-off line of a given name and a job title (``Andrei, Volunteer Coordinator``,
  ``Achyut, Chief of Staff``): the title's words capitalised, one of them a role noun.
- A child named by a parent (``mum of Desmond from Year 13``): a listed given name of no
  English list after "mum of", "dad of", "mother of", "father of", "parent of", "guardian of".
- The value of a form's forename field in capitals (``Forename(s): LYLE``), which the person
  keys leave to lower and mixed case.

Found outside ``find_names`` through :func:`person39_forms.form_names`, which the re-scan
guard asks too.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, first_names
from processors.redaction.name_words import plain_name_word
from processors.redaction.person11_recall_words import listed_given, listed_or_plain
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["workplace_names"]

_WORD: Final = r"[A-Z][^\W\d_A-Z]+(?:['\u2019-][A-Z]?[^\W\d_A-Z]+)?"
_DIRECTORY: Final = re.compile(
    rf"(?<![\w,'\u2019-])({_WORD}(?: {_WORD})?, {_WORD}(?: {_WORD})?) "
    r"\((?=[A-Z]{0,5}[-#]?[A-Z\d]*\d[A-Z\d-]*\))"
)
# Our own list of the nouns that end or head a job title.
_ROLE_NOUNS: Final = frozenset(
    ["coordinator", "executive", "manager", "director", "officer", "engineer", "lead",
     "specialist", "assistant", "analyst", "administrator", "advisor", "adviser", "consultant",
     "partner", "associate", "recruiter", "designer", "developer", "representative", "head",
     "chief", "dean", "supervisor", "president", "secretary", "treasurer", "chair", "principal",
     "teacher", "librarian", "registrar", "accountant", "controller", "clerk", "intern",
     "counsel", "paralegal", "nurse", "technician", "architect", "scientist", "editor"]
)  # fmt: skip
_SIGN_OFF_TITLE: Final = re.compile(
    r"(?m)^([A-Z][^\W\d_A-Z]{2,}), ((?:[A-Z][\w&-]*|of|and|the|for)(?: (?:[A-Z][\w&-]*|of"
    r"|and|the|for|&)){0,5})[ \t]*$"
)
_PARENT_OF: Final = re.compile(
    r"\b(?:mum|mom|mother|dad|father|parent|guardian) of ([A-Z][^\W\d_]+)\b(?!['\u2019])"
)
_FORENAME_CAPS: Final = re.compile(
    r"(?im)^(?:forename\(s\)|forenames?|given names?|first names?)[ \t]*:[ \t]*"
    r"((?-i:[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+)?))[ \t]*$"
)


def _directory_ok(value: str) -> bool:
    """No word of the surname a frequent English word; the given name a listed one (a
    frequent word too: "Mottram, Stuart") or no English word."""
    surname, given = value.split(", ")
    first = given.split()[0]
    return not any(w.lower() in common_words() for w in surname.split()) and (
        first.lower() in first_names() or plain_name_word(first)
    )


def workplace_names(text: str, only: int = -1) -> tuple[list[PiiSpan], int]:
    """The names of the module docstring (unsorted), and the forms whose gates passed, by bit
    (1 directory, 2 sign-off title, 4 parent, 8 forename field); ``only`` (speed:
    the re-scan guard, see ``person39_forms.form_names_after_redaction``) the forms to try."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and ", " in text and " (" in text:
        fired |= 1
        for match in _DIRECTORY.finditer(text):
            if _directory_ok(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2 and ", " in text and "\n" in text:
        fired |= 2
        for match in _SIGN_OFF_TITLE.finditer(text):
            title = match.group(2).lower().replace("&", " ").split()
            if not _ROLE_NOUNS.isdisjoint(title) and listed_or_plain(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and " of " in text:
        fired |= 4
        for match in _PARENT_OF.finditer(text):
            if listed_given(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 8 and ":" in text and "ame" in text.lower():
        fired |= 8
        for match in _FORENAME_CAPS.finditer(text):
            if all(
                listed_or_plain(word) for word in re.split(r"[ '\u2019-]", match.group(1)) if word
            ):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found, fired
