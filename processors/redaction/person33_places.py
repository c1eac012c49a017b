"""(Stop 33, from set 29's even half) Person look-alikes that their place or their words name
as a team, a venue, a dish, a drink or a work:

- a team's acronym signing off or standing alone in capitals (``Thanks,\\nNOC``): a person
  signs with a name, a desk with its acronym;
- the value of a place label (``Where: Kirk Oswine``, ``Venue: ...``, ``Location: ...``);
- a dish of a food that is also an English surname before a listed given name (``Lamb
  Hieronymus``, ``salmon lucinda``): people write a given name first, dishes the food first;
- a drink or a food word inside a caseless run (``lavender latte``);
- a lower-case user name glued from two English words (``lol velvetparsnip posted``), as
  person28_occasions reads pieces of cased text;
- a name inside a work's title held by a title key (``title="The Second Life of Hubert
  Vane"``): a title of four words or more is a work's, not a job's.

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names
from processors.redaction.person13_titles import after_title
from processors.redaction.person28_occasions import glued_handle

__all__ = ["named_team_venue_dish_or_work"]

# Desks and teams that sign as an acronym (a person's initials are not in this list).
_TEAM_ACRONYMS: Final = frozenset(
    ["NOC", "SOC", "SRE", "IT", "HR", "QA", "DBA", "PMO", "CX", "OPS", "DEVOPS", "SECOPS",
     "NETOPS", "CSIRT", "CERT", "TAC", "GSD", "ITSM", "L1", "L2", "L3", "NOC/SOC"]
)  # fmt: skip
_PLACE_LABEL_BEFORE: Final = re.compile(
    r"(?i)(?:^|[\n|;,{\"'])[ \t]*(?:where|venue|location|place|meeting point|held at"
    r"|meet at|pickup point|pick-up point)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
# Foods that are English surnames too (person27_dishes leaves them out of its list): a dish
# only when a listed given name follows ("Lamb Hieronymus"); "Charles Lamb" stays a name.
_SURNAME_FOODS_FIRST: Final = frozenset(
    ["lamb", "salmon", "bacon", "curry", "haddock", "trout", "herring", "mutton", "duck",
     "partridge", "pheasant", "hare", "mackerel", "pike", "perch", "crab", "ham"]
)  # fmt: skip
# Drinks and foods a caseless run may end in: "lavender latte", "rosemary scones".
_DRINKS: Final = frozenset(
    ["latte", "lattes", "cappuccino", "espresso", "mocha", "macchiato", "americano", "chai",
     "smoothie", "milkshake", "lemonade", "cordial", "spritz", "tea", "coffee", "scone",
     "scones", "muffin", "croissant", "brownie", "brownies", "cheesecake", "gelato"]
)  # fmt: skip
_TITLE_KEY_BEFORE: Final = re.compile(
    r"(?i)\b(?:title|book|book_title|film|movie|album|song|track|episode|series|novel"
    r"|work)[\"']?[ \t]*[:=][ \t]*[\"']([^\"'\n]{0,80})$"
)
_MIN_WORK_TITLE_WORDS: Final = 4


def named_team_venue_dish_or_work(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    if value in _TEAM_ACRONYMS and not text.isupper():
        return True
    if start > 0 and text[start - 1] in " \t:=\"'" and (":" in text or "=" in text):
        if _PLACE_LABEL_BEFORE.search(text, max(0, start - 24), start) is not None:
            return True
        if _in_work_title(text, start, end):
            return True
    if " " in value:
        words = value.lower().split(" ")
        if len(words) == 2 and words[0] in _SURNAME_FOODS_FIRST and words[1] in first_names():
            return True
        if value.islower() and words[-1] in _DRINKS:
            return True
    elif value.islower() and glued_handle(value) and not after_title(text, start):
        return True  # a user name of two words: "lol velvetparsnip posted the meme"
    return False


def _in_work_title(text: str, start: int, end: int) -> bool:
    """The span stands inside the quoted value of a title key, and that value has four words
    or more ("The Second Life of Hubert Vane")."""
    key = _TITLE_KEY_BEFORE.search(text, max(0, start - 100), start)
    if key is None:
        return False
    close = text[key.end() - len(key.group(1)) - 1]
    stop = text.find(close, end)
    if stop < 0 or "\n" in text[end:stop]:
        return False
    return len(text[key.start(1) : stop].split()) >= _MIN_WORK_TITLE_WORDS
