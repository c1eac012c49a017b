"""The e-mail addresses of a text as person34_recall reads them (their local parts spell
names), found from each "@" (speed: a search tries the local part at every position)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["EMAIL", "email_matches"]

EMAIL: Final = re.compile(r"([\w.+-]{2,64})@[\w-]+(?:\.[\w-]+)+")


def email_matches(text: str) -> list[re.Match[str]]:
    """``list(EMAIL.finditer(text))``. A local part ends at the first character out of its
    class, an "@"; so a match opens only at the start of the run of class characters before
    an "@", 64 before it, or the last match's end, whichever comes last (the rest of the
    pattern answers alike from any of those starts)."""
    found: list[re.Match[str]] = []
    end = 0
    at = text.find("@")
    while at >= 0:
        start = at
        floor = max(end, at - 64)
        # ([\w.+-]: re's \w is str.isalnum() or "_")
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = EMAIL.match(text, start) if at - start >= 2 else None
        if match is not None:
            found.append(match)
            end = match.end()
            at = text.find("@", end)
        else:
            at = text.find("@", at + 1)
    return found
