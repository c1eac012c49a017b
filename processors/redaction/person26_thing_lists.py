"""(Stop 26) The lines under a heading of things name things, not people.

A text that opens with a heading such as ``Gift ideas:``, ``Reading list``, ``Store
locations`` or ``Menu`` goes on to list gifts, books, films, shops or dishes, and those are
often named after people ("Elizabeth Arden scarf", "Ethan Frome", "Königsallee", "Peach
Melba"). :func:`drop_under_thing_heading` drops the PERSON spans of the lines after such a
heading, up to the first blank line (a sign-off may follow the list: "Thanks,\nIngrid
Solberg"); the heading's own line keeps its names ("Gift ideas for Anna:"). Every blind corpus
we wrote has such lists among its look-alikes, and none has a person under one.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["drop_under_thing_heading", "thing_list_lines"]

_THING_HEADING: Final = re.compile(
    r"(?i)[ \t]*(?:gift ideas|gift list|wish ?list|shopping list|things to buy|to buy"
    r"|reading list|books to read|to read|watch ?list|to watch|playlist|set ?list"
    r"|store locations|our stores|locations|menu|specials"
    # (stop 27: "Book club, next month\nBarry Lyndon", not "Book club members\n- Ingrid")
    r"|book club(?![^\n]*\b(?:members?|attendees|rsvps?|people|who)\b))\b[^\n]*\n"
)
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


def thing_list_lines(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the lines under a heading of things in ``text`` (up to the first
    blank line), or None (no such heading)."""
    if "\n" not in text:
        return None
    heading = _THING_HEADING.match(text)
    if heading is None:
        return None
    blank = _BLANK_LINE.search(text, heading.end())
    return heading.end(), len(text) if blank is None else blank.start()


def drop_under_thing_heading(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the PERSON spans under a heading of things (module docstring)."""
    lines = thing_list_lines(text)
    if lines is None:
        return spans
    start, end = lines
    return [s for s in spans if s.entity_type != PERSON or not (start <= s.start < end)]
