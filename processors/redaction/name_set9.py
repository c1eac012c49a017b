"""Set-9 context rules: capitalised runs that look like names but name something else.

All rules only drop a run that the other rules took for a person (they never add one), so the
exact re-scan guard is untouched:

- the run ends with, or is followed by, a head word of an award, a cup, an event, a place or a
  road ("Tony Award", "Davis Cup", "Boston Marathon", "Alice Springs", "Nelson Mandela Drive",
  "Walt Disney Company");
- a capitalised street type or "St." comes right before the run ("Avenue Victor Hugo",
  "St. Louis");
- the run is the value of a key that names a firm, an event or a place, also after a space
  ("Carrier: Charles Schwab", '"award": "Hugo Award"', 'hub="Victoria Falls"');
- a word of goods or trade follows the run ("Jimmy Choo heels", "Kate Spade knockoff",
  "Best John Lewis location", "Dallas Mavericks schedule");
- the run follows a version number and a colon: a changelog line names a product
  ("v5.1.19: Kindle Paperwhite support").
"""

from __future__ import annotations

import re

__all__ = ["not_a_person_run9"]

# Head words that end the name of an award, a cup, an event, a place or a road.
_HEADS = frozenset(
    ["award", "awards", "prize", "cup", "trophy", "medal", "marathon", "island", "islands",
     "falls", "springs", "hole", "expressway", "freeway", "parkway", "bulvarı", "bulvari",
     "clan", "company", "corporation", "foundation", "memorial", "stadium", "arena",
     "airport", "university", "hospital", "bridge", "drive", "way"]
)  # fmt: skip
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_STREET_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"'=:]))(?:Avenue|Avenida|Av\.|Rue|Boulevard|Bd|Calle|Via|Rua|Piazza|Place"
    r"|St\.|Saint|Ste\.) $"
)
_KEY_BEFORE = re.compile(
    r"(?i)(?:^|(?<=[\s{,\"']))(?:carrier|courier|award|prize|event|tournament|competition"
    r"|hub|depot|street|road|store|shop|brand|product|team|venue|company|employer|sponsor"
    r"|manufacturer|vendor|merchant|bank)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_GOODS_AFTER = re.compile(
    r" (?:knock-?offs?|dupes?|heels|speakers?|blenders?|headphones|earbuds|locations?"
    r"|schedule|roster|nominees|bridge|fixtures|standings)\b"
)
_VERSION_BEFORE = re.compile(r"(?:^|(?<=\s))v?\d+(?:\.\d+){1,3}: $")


def not_a_person_run9(text: str, start: int, end: int) -> bool:
    """Whether the context makes the capitalised run ``text[start:end]`` something other than
    a person (see the module docstring)."""
    run = text[start:end]
    last = run[run.rfind(" ") + 1 :].lower()
    if last in _HEADS and " " in run:
        return True
    if text.startswith(" ", end):
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1).lower() in _HEADS:
            return True
        if _GOODS_AFTER.match(text, end) is not None:
            return True
    if start == 0:
        return False
    window = max(0, start - 30)
    prev = text[start - 1]
    if prev == " " and _STREET_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    if prev in " \"'=" and _KEY_BEFORE.search(text, window, start) is not None:
        return True
    return prev == " " and _VERSION_BEFORE.search(text, max(0, start - 16), start) is not None
