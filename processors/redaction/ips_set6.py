"""Set-6 rules that tell a four-part version number from an IPv4 address by its context.

The dotted quad itself cannot tell ("18.21.19.198" is both), so the words around decide:

* an update verb or a software word right before, with "to"/"from" ("updated to ...",
  "Bumped firmware to ...", "upgrade from ...");
* a product token right before: ``Chrome/122.0.0.0`` (a user agent's ``Name/version``);
* "from=" / "to=" keys on a line that names firmware, a version or an upgrade;
* a release word right after: "... changelog", "... release notes", "... fixes the crash".
"""

from __future__ import annotations

import re

__all__ = ["is_version_context"]

_BEFORE = re.compile(
    r"(?i)(?:\b(?:updated?|upgraded?|downgraded?|bumped|bump|rolled\s+back|roll\s+back|"
    r"firmware|version|release|build|fw|sdk)\s+(?:it\s+|back\s+)?(?:to|from)\s+v?|"
    r"[a-z]/)$"
)
_KEY_BEFORE = re.compile(r"(?i)\b(?:from|to|old|new)\s*[=:]\s*[\"']?$")
_SOFTWARE_LINE = re.compile(r"(?i)firmware|version|upgrade|update|release|\bfw\b|\bver\b")
_AFTER = re.compile(
    r"(?i)\s*(?:changelog|change\s+log|release\s+notes?|fix(?:es|ed)?\b|broke\b|breaks\b|"
    r"regression|hotfix)"
)


def is_version_context(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad ``text[start:end]`` reads as a version number in context."""
    if _BEFORE.search(text, max(0, start - 30), start):
        return True
    if _AFTER.match(text, end):
        return True
    if _KEY_BEFORE.search(text, max(0, start - 12), start):
        line_start = text.rfind("\n", 0, start) + 1
        return _SOFTWARE_LINE.search(text, line_start, start) is not None
    return False
