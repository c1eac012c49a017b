"""(Stop 30, from set 25's even half) Person look-alikes that their own words or their context
name as a place, a product, a work or a dish:

- a run opening with a word that opens a place's name (``anyone going to Villa Serafina``,
  ``Santa Eufrasia``, ``Lake Wilhelmsby``): such words are no given names;
- a product or firm after "Powered by", after "Works with" opening a sentence (a review's "it
  works with"), or before "owner since" (``Quill Pad owner since 2019``);
- a title of a work: a name after a capitalised word and "for" inside a sentence (``the
  soundtrack of Waltz for Philippa``, ``liked A Winter for Henrike``, ``Founders' Day for
  Abigail Cray``; "Waiting for Maria" opening a sentence stays), after "Dear" inside a sentence
  (``if you liked Dear Wilhelmina``), or of a name and a capitalised verb before "the"
  (``Augustin Takes the Train``);
- a dish "alla" or "à la" someone (``Pollo alla Nonna Pupa``, ``Gnocchi alla Zia Fulvia``);
- a run ending in a word of fairs and parades (``closed for Ysoline Fair``);
- the value of a street's key (``data-street="Quayle Broadway"``) and a lower-case value of a
  user name's key (``{"username": "rustmoth"}``, user names are no persons by our convention);
- a caseless run ending in a platform's name (``velvetcrowbar twitch``): a handle looked for.

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import english_words, first_names, surname_words
from processors.redaction.person29_places import PLACE_OPENER_WORDS

__all__ = ["named_place_product_or_work"]

# The place-opening words of person29_places, and saints' titles opening a place's name (not
# "Isla", "Santo" or "Glen": given names too).
_PLACE_OPENERS: Final = PLACE_OPENER_WORDS | frozenset(["santa", "são", "sao"])
_PRODUCT_BEFORE: Final = re.compile(
    r"(?:[Pp]owered by|(?:^|(?<=[.!?] )|(?<=\n))(?:Works|Pairs|Syncs|Compatible) with) $"
)
_PRODUCT_AFTER: Final[tuple[str, ...]] = (
    " owner since",
    " user since",
    " owners club",
    " owners group",
)
# "of Waltz for Philippa", "liked A Winter for Henrike": a capitalised word inside a sentence
# (after a lower-case word, an article or a possessive) before "for".
_TITLE_FOR: Final = re.compile(
    r"(?:[a-z,]|\bA|\bThe|['\u2019]) (?:[A-Z][a-z]+ )?[A-Z][a-z]+['\u2019]? for $"
)
_DEAR_INSIDE: Final = re.compile(r"[a-z] Dear $")
_TITLE_VERB_AFTER: Final = re.compile(r" (?:the|a|an|The|A|An) [A-Z]")
_DISH_BEFORE: Final[tuple[str, ...]] = (" alla ", " all'", " à la ", " a la ", " al estilo de ")
_FAIR_ENDS: Final = frozenset(
    ["fair", "fete", "fête", "carnival", "jubilee", "parade", "regatta", "rally", "kermis",
     "kermesse", "fiesta", "feria"]
)  # fmt: skip
_STREET_KEY: Final = re.compile(r"(?i)(?:street|road|addr|address|avenue)[\"']?\s*[=:]\s*[\"']?$")
_HANDLE_KEY: Final = re.compile(
    r"(?i)(?:user_?name|handle|login|screen_?name|nick|nickname|gamertag)[\"']?\s*[=:]\s*[\"']?$"
)
_PLATFORMS: Final = frozenset(
    ["twitch", "youtube", "reddit", "tiktok", "instagram", "insta", "github", "gitlab", "steam",
     "discord", "twitter", "kick", "soundcloud", "bandcamp", "etsy", "ebay", "deviantart"]
)  # fmt: skip


def named_place_product_or_work(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    first, space, rest = value.partition(" ")
    if space and first.lower() in _PLACE_OPENERS and first[:1].isupper():
        return True
    if space and value.islower() and rest.rpartition(" ")[2] in _PLATFORMS:
        return True  # "velvetcrowbar twitch"
    last = rest.rpartition(" ")[2] if space else ""
    if last and last.lower() in _FAIR_ENDS and last.lower() not in surname_words():
        return True
    if (
        last[:1].isupper()
        and last.endswith("s")
        and last.lower() in english_words()
        and last.lower() not in surname_words()
        and _TITLE_VERB_AFTER.match(text, end) is not None
    ):
        return True  # "Augustin Takes the Train"
    if text.startswith(_PRODUCT_AFTER, end):
        return True
    before = text[max(0, start - 40) : start]
    if before.endswith(" "):
        if before.endswith(("by ", "with ")) and _PRODUCT_BEFORE.search(before) is not None:
            return True
        if before.endswith(" for ") and _TITLE_FOR.search(before) is not None:
            return not _kin_or_given_before_for(before)
        if before.endswith(" Dear ") and _DEAR_INSIDE.search(before) is not None:
            return True
        if before.endswith(_DISH_BEFORE):
            return True
    elif before.endswith(("all'", "all\u2019")):
        return True
    if before[-1:] in "\"'=: " and ("=" in before or ":" in before):
        if _STREET_KEY.search(before) is not None:
            return True
        if value.islower() and " " not in value and _HANDLE_KEY.search(before) is not None:
            return True
    return False


def _kin_or_given_before_for(before: str) -> bool:
    """ "a gift from Maria for Ana": a listed given name before "for" is a person, so the run
    after it is no title's."""
    word = before[:-5].rpartition(" ")[2].strip("'\u2019").lower()
    return word in first_names()
