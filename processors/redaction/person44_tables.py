"""One-word names in the person columns of a pipe table: a markdown table (``| Name | Owner |``),
a parish register's or a census's transcription written without the outer bars
(``Bapt. | Child | Father | Mother`` over ``3 Feb 2027 | Candice | Sagit Korkmaz | Pavani``), a
rota or a roll.

Every line of two cells or more split by "|" is a row (the outer bars optional), the first is
the header, and a one-word cell under a header of a person (``_PERSON_HEADERS``: a name, a role
of a ticket, a record or a register, a kin word) is a name when it may be one alone
(:func:`person34_words.lone_or_listed_name_word`) and is capitalised or in lower case; cells
of several words are left to the rules of full names. (Stop 34 read the first name column of
a markdown table, stop 44 every person column of a table without outer bars; one rule since
stop 45.)
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.person34_words import lone_or_listed_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["table_names44"]

# Headers of columns that hold people (lower case, without a dot); our own list.
_PERSON_HEADERS: Final = frozenset(
    ["name", "child", "father", "mother", "parent", "parents", "husband", "wife", "spouse",
     "son", "daughter", "bride", "groom", "witness", "sponsor", "godparent", "godparents",
     "informant", "deceased", "head", "member", "player", "captain", "volunteer", "steward",
     "referee", "umpire", "coach", "owner", "holder", "tenant", "patient", "guest", "contact",
     "assignee", "customer", "employee", "reporter", "requester"]
)  # fmt: skip
_ROW: Final = re.compile(r"(?m)^\|?[^\n|]*(?:\|[^\n|]*)+$")
_WORD: Final = re.compile(r"[A-Z\u00c0-\u00de]?[^\W\d_A-Z]{2,}(?:-[^\W\d_]+)?")


def table_names44(text: str) -> list[PiiSpan]:
    """The one-word names under person headers of ``text``'s pipe tables."""
    if "|" not in text or "\n" not in text:
        return []
    rows = list(_ROW.finditer(text))
    found: list[PiiSpan] = []
    if len(rows) < 2:
        return found
    header = [cell.strip().rstrip(".").lower() for cell in rows[0].group().split("|")]
    columns = {i for i, key in enumerate(header) if key in _PERSON_HEADERS}
    if not columns:
        return found
    for row in rows[1:]:
        cursor = row.start()
        for index, cell in enumerate(row.group().split("|")):
            word = cell.strip()
            if index in columns and _WORD.fullmatch(word) and lone_or_listed_name_word(word):
                start = cursor + cell.index(word)
                found.append(PiiSpan(start, start + len(word), PERSON))
            cursor += len(cell) + 1
    return found
