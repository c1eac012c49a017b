"""(Stop 26) The names in the value of a key that holds several people:
``"reviewers": "Garrett and Colby"``, ``"assignees": ["Jarrod", "Bolanle Egwu"]``.

The one-person key rule (``person13_keys``) reads one value of up to three words. A plural key
holds a list: a quoted string of names joined by ``and``, ``&`` or commas, or a JSON array of
quoted strings. Each item is judged as that rule judges its value (:func:`person_value_ok`:
every word a listed name, a particle or a word of no English list; not all in capitals; no
value such as ``none`` or ``unassigned``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.person13_keys import person_value_ok
from processors.redaction.person32_labels import lower_label_value
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["key_list_names", "may_have_key_list"]

# Plural keys of people (this project's own list), alone or as a key's tail ("pr_reviewers").
_KEYS: Final[tuple[str, ...]] = (
    "reviewers", "assignees", "approvers", "owners", "recipients", "watchers", "attendees",
    "participants", "guests", "members", "authors", "drivers", "holders", "organizers",
    "organisers",
    # (stop 33) '"mentions": ["Ingebjorg", "Aubeline"]'
    "mentions", "invitees", "collaborators", "contributors", "speakers", "hosts", "signatories",
)  # fmt: skip
_KEY: Final = re.compile(
    r"(?i)(?<![\w-])(?:\w+_)?(?:" + "|".join(_KEYS) + r")"
    r"(?:[\"'][ \t]*)?[:=][ \t]*"  # (the mark right after the key or its quote)
)
_QUOTED: Final = re.compile(r"\"([^\"\n]{1,120})\"|'([^'\n]{1,120})'")
_ARRAY: Final = re.compile(r"\[([^\[\]\n]{1,240})\]")
_JOINER: Final = re.compile(r", (?:and |& )?| and | & ")
_MAX_WORDS: Final = 3


def may_have_key_list(text: str) -> bool:
    """False only when :func:`key_list_names` finds nothing (no plural key stands in it)."""
    # (speed: every plural key ends in "s" right before its quote or mark; "S" in capitals)
    if not ('s"' in text or "s'" in text or "s:" in text or "s=" in text or "S" in text):
        return False
    low = text.lower()
    return any(key in low for key in _KEYS)


def key_list_names(text: str) -> list[PiiSpan]:
    """The person items of every plural person key's value in ``text``."""
    found: list[PiiSpan] = []
    for key in _KEY.finditer(text):
        at = key.end()
        array = _ARRAY.match(text, at)
        if array is not None:
            for item in _QUOTED.finditer(text, array.start(1), array.end(1)):
                group = 1 if item.group(1) is not None else 2
                _add_item(item.group(group), item.start(group), found)
            continue
        quoted = _QUOTED.match(text, at)
        if quoted is None:
            continue
        group = 1 if quoted.group(1) is not None else 2
        value, start = quoted.group(group), quoted.start(group)
        cursor = 0
        for joiner in _JOINER.finditer(value):
            _add_item(value[cursor : joiner.start()], start + cursor, found)
            cursor = joiner.end()
        if cursor > 0:  # (one name alone is the one-person rule's)
            _add_item(value[cursor:], start + cursor, found)
    return found


def _add_item(item: str, start: int, found: list[PiiSpan]) -> None:
    if (
        item.count(" ") < _MAX_WORDS
        and item.strip() == item
        and item[:1] != "@"  # (stop 33) a handle: '"mentions": ["@ops-oncall"]'
        # (stop 33) or a name typed in lower case: '"watchers": ["godfrey", "parthiv"]'
        and (person_value_ok(item) or (item.islower() and lower_label_value(item)))
    ):
        found.append(PiiSpan(start, start + len(item), PERSON))
