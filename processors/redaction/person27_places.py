"""(Stop 27) Runs that name a place or a feast day by their last or first word: "Margaret
River", "Rundle Mall", "Robin Hood's Bay", "Día de San Juan", "Fête de la Musique".

A place named after a person keeps the person's name and adds a word of geography or of
town planning; a feast day opens with the word for day or feast. Words that are also listed
surnames are left out when the list is read (``Park``, ``Dam``), so "Grace Park" stays a
person; "Mall" is listed but kept, a surname far rarer than the shopping street. Our own
lists.
"""

from __future__ import annotations

import functools
from typing import Final

from processors.redaction.lexicon import surname_words

__all__ = ["place_or_feast_run"]

_PLACE_ENDS: Final[tuple[str, ...]] = (
    "river", "mall", "creek", "falls", "valley", "harbour", "harbor", "heights", "springs",
    "plaza", "arcade", "quay", "wharf", "pier", "beach", "bay", "lake", "lagoon", "gorge",
    "canyon", "glacier", "peninsula", "estuary", "reservoir", "dam", "national park",
    "promenade", "esplanade", "boardwalk", "marina", "mile", "gardens", "terminal",
    "market", "bazaar",  # (stop 28) "Crawford Market"
    # (stop 29) "Magellan Strait", "Colaba Causeway", a school: "Abbott Elementary"
    "strait", "straits", "gulf", "fjord", "reef", "atoll", "archipelago", "causeway",
    "isthmus", "delta", "elementary", "gully",
    # feasts named after a person: "Burns Supper", "Bonfire Night"
    "supper", "night",
    # (stop 28) Indian feasts of a person's birth or a deity's day: "Ambedkar Jayanti"
    "jayanti", "puja", "purnima", "chaturthi", "navami", "ashtami", "diwas", "utsav",
)  # fmt: skip
_FEAST_OPENERS: Final = frozenset(
    ["día", "dia", "fête", "fete", "festa", "fiesta", "feast", "jour",
     # (stop 28) a saint's day or place: "Sant Jordi", "Sint Maarten", "Sankt Gallen"
     "sant", "sint", "sankt", "saint"]
)  # fmt: skip


@functools.cache
def _place_ends() -> frozenset[str]:
    return frozenset(w for w in _PLACE_ENDS if w not in surname_words() or w == "mall")


def place_or_feast_run(value: str) -> bool:
    """``value`` (a person span of two or more words) ends in a word of geography or opens
    with a word for a feast day."""
    if " " not in value:
        return False
    first, _, rest = value.partition(" ")
    if first.lower() in _FEAST_OPENERS:
        return True
    if first.endswith(","):
        return False  # (stop 32) "Corvennick, Marina": surname first, the given name last
    last = rest.rpartition(" ")[2].lower()
    if last.endswith(("'s", "\u2019s")):
        last = last[:-2]
    return last in _place_ends()
