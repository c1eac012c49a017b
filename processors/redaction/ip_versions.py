"""Rules (found on set 6) that tell a four-part version number from an IPv4 address by its context.

The dotted quad itself cannot tell ("18.21.19.198" is both), so the words around decide:

* a software word right before, with "to"/"from" ("Bumped firmware to ..."), or an update
  verb with "to"/"from" on a line that names software ("firmware 2.1.3.4, updated to ...");
* a capitalised product token right before: ``Chrome/122.0.0.0`` (a user agent's
  ``Name/version``; a URL path ``/hosts/10.1.2.3`` is not one);
* (set 7) a section or version-pin cue right before: "section", "§", "Table", "Step", "==";
* (set 7) a line-leading quad in a list under a changelog or release-notes heading, and a
  release note after it, past a dash or a date in brackets ("... - initial release",
  "... (2023-01-01): bug fixes");
* "from=" / "to=" keys on a line that names firmware, a version or an upgrade;
* a release word right after: "... changelog", "... release notes", "... fixes the crash",
  "... is out", "... beta", also after a software word ("... firmware changelog"); a driver,
  kernel or OS name right before ("driver 31.0.15.3");
* (stop 26) a software word that reports its value right before: "firmware says ...",
  "version shows ...", "build is now ...".
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_version_context"]

# A software word right before, with to/from ("Bumped firmware to", "version from v"), or a
# driver/kernel/OS name right before ("driver 31.0.15.3", "Android 14.0.0.1").
# (stop 26) Or a software word that reports its value: "router firmware says 7.7.16.19".
_SOFTWARE_TO: Final = re.compile(
    r"(?i)\b(?:(?:firmware|version|release|build|fw|sdk)\s+(?:to|from|says|shows|reads|is\s+now)|"
    r"driver|kernel|bios|patch|hotfix|changelog|android|ios|macos)\s+v?$"
)
# (set 7) Read backwards from the quad (one anchored match on the reversed 24 characters
# before it, cheaper than a search): "installed", "running", "roll back to"; a numbered
# section or a version pin, not a host ("section 1.2.3.4", "\u00a74.2.1.3", "Table 2.1.3.4",
# "Step 1.1.2.3", "foo==1.2.3.4").
_BEFORE_REVERSED: Final = re.compile(
    r"(?i)(?:v?\s+(?:dellatsni|gnillatsni|gninnur|ot\s+kcab\s*llor)|"
    r"\s*(?:noitces|\.t?ces|esualc|retpahc|\.hc|elbat|\.?(?:eru)?gif|pets|\.?(?:hparg)?arap|"
    r"elcitra|\.tra|xidneppa|xenna|tnemeriuqer|\.qer))(?!\w)|\s*(?:\u00a7|=[=<>~!])"
)
# An update verb with to/from counts when the line names software before it: "Came with
# firmware 2.15.37.215, updated to ..." (but "gateway updated to 10.0.0.1" stays an address).
_UPDATE_TO: Final = re.compile(
    r"(?i)\b(?:updated?|upgraded?|downgraded?|bumped|bump|rolled\s+back|roll\s+back)"
    r"\s+(?:it\s+)?(?:to|from)\s+v?$"
)
# ("fw=" and "app=" are log keys of firewalls and services, so they are not software words.)
_SOFTWARE_LINE: Final = re.compile(r"(?i)firmware|version|release|upgrade|software|\bver\b")
# A user agent's product token: "Chrome/122.0.0.0" (a capitalised name, not a URL path).
_PRODUCT: Final = re.compile(r"(?<![\w/.-])[A-Z][A-Za-z]+/$")
_KEY_BEFORE: Final = re.compile(r"(?i)\b(?:from|to|old|new)\s*[=:]\s*[\"']?$")
# (stop 26: a software word may come between: "12.6.13.21 firmware changelog")
_AFTER: Final = re.compile(
    r"(?i)\s*(?:\([^()\n]{1,24}\)\s*)?(?:[-\u2013\u2014:]\s*)?\(?"
    r"(?:(?:firmware|fw|software|build)\s+)?"
    # (stop 27) an adverb before the verb: "Update 9.3.34.160 finally fixed the drops"
    r"(?:(?:finally|just|also|really|actually|has|have|had)\s+)?(?:(?:alpha|lts|nightly|"
    r"preview)(?![\w-])|changelog|change\s+log|release\s+notes?|fix(?:es|ed)?\b|broke\b|breaks\b|"
    r"regression|hotfix|beta(?![\w-])|is\s+out\b|(?:was\s+|got\s+)?released\b|"
    r"(?:initial|first|stable|final|major|minor|patch|maintenance|bugfix)\s+release\b|"
    r"(?:security|bug|stability|performance)\s+(?:fix|patch|update|improvement)|"
    r"(?:minor\s+|various\s+)?(?:improvements|bug\s*fixes)\b)"
)
# A list under a changelog heading: "Changelog\n8.16.7.219 - ...\n14.22.18.131 - ...".
_CHANGELOG_HEADING: Final = re.compile(
    r"(?i)change\s*log|release\s+(?:notes|history)|version\s+history|what'?s\s+new"
)
# The item's note follows a dash, a colon or a bracket: "8.16.7.219 - security fixes".
_ITEM_NOTE: Final = re.compile(r"[ \t]*(?:[-\u2013\u2014:]|\()")
_LIST_ITEM_START: Final = re.compile(r"\n[ \t]*(?:[-*\u2022][ \t]*)?(?:v(?:er)?\.?[ \t]*)?")


def is_version_context(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad ``text[start:end]`` reads as a version number in context."""
    window = max(0, start - 30)
    # (Speed: each search below ends in the character before the quad, or before a line break
    # there ("$"): _SOFTWARE_TO and _UPDATE_TO in a space or "v", _PRODUCT in "/", _KEY_BEFORE
    # in a space, "=", ":" or a quote; a string test on it spares the searches that must fail.)
    before = text[start - 1] if start > 0 else "\x00"
    spaced = before.isspace() or before in "vV"
    if (spaced and _SOFTWARE_TO.search(text, window, start)) or (
        (before == "/" or before == "\n") and _PRODUCT.search(text, window, start)
    ):
        return True
    if _BEFORE_REVERSED.match(text[max(0, start - 24) : start][::-1]):
        return True
    if _AFTER.match(text, end):
        return True
    newline = text.rfind("\n", max(0, start - 12), start)  # a list item starts its line
    if (
        newline >= 0
        and _LIST_ITEM_START.fullmatch(text, newline, start) is not None
        and _ITEM_NOTE.match(text, end) is not None
        and _CHANGELOG_HEADING.search(text, 0, start) is not None
    ):
        return True
    if (spaced and _UPDATE_TO.search(text, window, start)) or (
        (before.isspace() or before in "=:\"'")
        and _KEY_BEFORE.search(text, max(0, start - 12), start)
    ):
        line_start = text.rfind("\n", 0, start) + 1
        return _SOFTWARE_LINE.search(text, line_start, start) is not None
    return False
