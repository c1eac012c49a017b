"""Person recall of whole values (see ``person_recall_names``): two or three name words
opening a text written all in capitals (``EKOW AMPONSAH IS THE BEST NANNY``), and the quoted
value of a key that holds a person (``payee="Erdeni Hedges"``, ``"display": "Kerttu"``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import stop_words
from processors.redaction.name_words import plain_name_word
from processors.redaction.person_recall_words import (
    _LOWER,
    _NAME_KIND,
    _UPPER,
    _given,
)
from processors.redaction.spans import PERSON, PiiSpan

_CAPS_OPENING: Final = re.compile(
    rf"([{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?(?: [{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?){{1,2}})"
)


def _caps_opening(text: str, found: list[PiiSpan]) -> None:
    """Two or three name words opening a text written all in capitals."""
    match = _CAPS_OPENING.match(text)
    if match is None:
        return
    words = match.group(1).split(" ")
    kept = 0
    for word in words:
        if not (_given(word) or all(plain_name_word(part) for part in word.split("-"))):
            break
        kept += 1
    if kept >= 2 and any(_given(word) for word in words[:kept]):
        end = len(" ".join(words[:kept]))
        found.append(PiiSpan(0, end, PERSON))


# The quoted value of a key that holds a person ('name="Mariama Tall"', '"display": "Kerttu"',
# 'customer="Phalla Sok"'): key names of people and roles, also as the tail of a longer key.
_PERSON_KEYS: Final = (
    "name", "display", "author", "payee", "payer", "agent", "assignee", "reviewer", "driver",
    "recipient", "sender", "customer", "holder", "owner", "user", "nickname", "requester",
    "reporter", "employee", "tenant", "guest", "patient", "member",
)  # fmt: skip
# (Speed, same matches as "(?i)(?:name|display|...)": the key's first letter is consumed
# case-sensitively from the letters that match one under IGNORECASE (with U+017F, the long s,
# for "s"), so the engine skips to them; a look-ahead then wants the run of letters after it
# to be three to eight long and followed by a separator (every key has 4-9 letters and no
# letter may follow it; [A-Za-z\u0130\u0131\u017f\u212a] is what (?i)[a-z] matches: the
# dotted and dotless i, the long s and the Kelvin sign), and a look-behind per key rechecks
# the first letter as before. At most one key matches at a position (none is a prefix of
# another), so their order does not matter.)
_PERSON_KEY_VALUE: Final = re.compile(
    r"(?i)(?-i:[ACDEGHMNOPRSTUacdeghmnoprstu\u017f])"
    r"(?=(?-i:[A-Za-z\u0130\u0131\u017f\u212a]){3,8}+[\"']?[ \t]*[:=])(?:"
    + "|".join(f"(?<={key[0]}){key[1:]}" for key in _PERSON_KEYS)
    + r")[\"']?[ \t]*[:=][ \t]*[\"']"
    rf"((?:[{_UPPER}][{_LOWER}]*\.?|[{_UPPER}]{{2,}})(?:[ -](?:[{_UPPER}][{_LOWER}]*\.?"
    # (stop 40: a closing quote has no letter after it: "Cathal O'Driscoll" is one value)
    rf"|[{_UPPER}]{{2,}})){{0,3}})[\"'](?!\w)"
)


def _quoted_value(text: str) -> bool:
    """Whether a quoted value follows a ``:`` or ``=`` somewhere (a cheap gate)."""
    if '"' in text and ('="' in text or '": "' in text or '":"' in text or '= "' in text):
        return True
    return "'" in text and ("='" in text or "': '" in text or "':'" in text)


def _person_key_values(text: str, found: list[PiiSpan]) -> None:
    """One to four capitalised words, one a listed given name and none a frequent English
    word of the stop list, as the quoted value of a person key."""
    for match in _PERSON_KEY_VALUE.finditer(text):
        words = match.group(1).replace("-", " ").split(" ")
        if any(_NAME_KIND[word.title()] == 2 for word in words) and not any(
            word.lower() in stop_words() for word in words
        ):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
