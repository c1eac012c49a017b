"""(Stop 36) Names told by the thing they own or by the slot of a record, in shapes the older
rules miss:

- a device named after its owner in logs and records (``{"device": "Kofi's iPad"``, "DHCP
  lease to Amara's iPhone"): one or two capitalised words before "'s" and a device word;
  a maker's name is no owner ("Apple's iPhone", "Samsung's Galaxy");
- a surname and a given name in capitals, "SURNAME, GIVEN", as the value of a person key
  (``Requester: OKONJO, CHIDI``, ``"holder": "ÇELIKKOL, NURGÜL"``): both no English word;
- a name typed in lower case in capitalised text, asked or told to reach someone (``Ask
  manana to call back ...``, ``Tell kwabena to send the form``): one or two words, each of no
  English list ("Ask support to call back" is no name).

Our own lists of device words and makers.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, is_english
from processors.redaction.person13_keys import person_key_at
from processors.redaction.person34_words import name_words_ok
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, matches_at_cues

__all__ = ["recall36", "recall36_after_redaction"]

_FIRED: Final = FiredGates()  # (recall36's last text: see recall36_after_redaction)

_DEVICES: Final = (
    r"iPad|iPhone|iMac|MacBook(?: (?:Pro|Air))?|Mac|Apple Watch|AirPods|Pixel|Galaxy"
    r"|Chromebook|ThinkPad|Surface|Kindle|Echo|Fire TV|Android|Switch|PlayStation|Xbox"
    r"|[Ll]aptop|[Pp]hone|PC|[Tt]ablet|[Dd]esktop|[Ww]atch|TV|[Pp]rinter"
)
_OWNER_DEVICE: Final = re.compile(
    r"(?<![\w'\u2019-])([A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)?)['\u2019]s (?:" + _DEVICES + r")\b"
)
# Makers and platforms before "'s" ("Apple's iPhone", "Google's Pixel"); our own list.
_MAKERS: Final = frozenset(
    ["apple", "samsung", "google", "amazon", "microsoft", "lenovo", "dell", "sony", "huawei",
     "xiaomi", "oneplus", "motorola", "nokia", "asus", "acer", "hp", "nintendo", "valve",
     "meta", "oppo", "vivo", "realme", "honor", "garmin", "fitbit"]
)  # fmt: skip
_CAPS_INVERTED: Final = re.compile(
    r"[:=][ \t]*[\"']?((?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+ )?"
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+, [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
    r"(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+)?)(?=[\"']|[ \t]*(?:$|\n|[,;|]))"
)


# The verbs that open a match of _ASKED_TO, in lower case.
_ASKING: Final[tuple[str, ...]] = ("ask", "tell", "remind", "get")
_ASKED_TO: Final = re.compile(
    r"(?<![\w'\u2019])(?:"
    + "|".join(f"[{verb[0].upper()}{verb[0]}]{verb[1:]}" for verb in _ASKING)
    + r") ([a-z][^\W\d_A-Z]{2,}"
    r"(?: [a-z][^\W\d_A-Z]{2,})?) to (?:call|ring|text|email|e-mail|phone|check|send|sign"
    r"|bring|pick|contact|confirm|reply|get back)\b"
)


def recall36(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring's rules; ``only`` (speed): the rules to try, by bit
    (see recall36_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and ("'s " in text or "\u2019s " in text):
        fired |= 1
        for match in _OWNER_DEVICE.finditer(text):
            if _owner_words(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2 and " to " in text:
        fired |= 2  # (noted without the test of case: a redaction holds capitals)
        if not text.islower():
            # (speed: tried only where a verb of _ASKING stands; a search tries the
            # look-behind that opens the pattern at every position)
            for match in matches_at_cues(_ASKED_TO, text, text.lower(), _ASKING):
                if name_words_ok(match.group(1)):
                    found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and ", " in text and (":" in text or "=" in text):
        fired |= 4
        for match in _CAPS_INVERTED.finditer(text):
            if person_key_at(text, match.start()) and _inverted_words(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    _FIRED.note(text, fired)
    return found


def recall36_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall36` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    each gate tests for cues without "<", ">" or a placeholder's capitals)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall36(text, fired))


def _owner_words(run: str) -> bool:
    """Each word of an owner: no maker, and no English word unless a listed given name."""
    for word in run.replace("-", " ").split(" "):
        lower = word.lower()
        if lower in _MAKERS or (is_english(lower) and lower not in first_names()):
            return False
    return True


def _inverted_words(run: str) -> bool:
    """Words in capitals of a "SURNAME, GIVEN" value: none an English word, unless a listed
    given name ("HOPE"), and not a code ("ERR, FAIL")."""
    words = run.replace(",", " ").replace("-", " ").split()
    return all(
        len(word) >= 2
        and (not is_english(word.lower()) or word.lower() in first_names())
        and any(vowel in word for vowel in "AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÅØÆ")
        for word in words
    )
