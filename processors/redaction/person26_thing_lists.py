"""(Stop 26) The lines under a heading of things name things, not people.

A text that opens with a heading such as ``Gift ideas:``, ``Reading list``, ``Store
locations`` or ``Menu`` goes on to list gifts, books, films, shops or dishes, and those are
often named after people ("Elizabeth Arden scarf", "Ethan Frome", "Königsallee", "Peach
Melba"). :func:`drop_under_thing_heading` drops the PERSON spans of the lines after such a
heading; the heading's own line keeps its names ("Gift ideas for Anna:"). Every blind corpus
we wrote has such lists among its look-alikes, and none has a person under one.
"""

from __future__ import annotations

import re

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["drop_under_thing_heading", "thing_heading_end"]

_THING_HEADING = re.compile(
    r"(?i)[ \t]*(?:gift ideas|gift list|wish ?list|shopping list|things to buy|to buy"
    r"|reading list|books to read|to read|watch ?list|to watch|playlist|set ?list"
    r"|store locations|our stores|locations|menu|specials)\b[^\n]*\n"
)


def thing_heading_end(text: str) -> int:
    """Where the lines under a heading of things start in ``text``, or -1 (no such heading)."""
    if "\n" not in text:
        return -1
    heading = _THING_HEADING.match(text)
    return -1 if heading is None else heading.end()


def drop_under_thing_heading(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the PERSON spans under a heading of things (module docstring)."""
    start = thing_heading_end(text)
    if start < 0:
        return spans
    return [s for s in spans if s.entity_type != PERSON or s.start < start]
