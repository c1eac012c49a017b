"""(Stop 25) Brands, firms, products, works and dishes named after people are no person, in
any context: "New arrivals from Calvin Klein and Ralph Lauren", "Dr. Martens replacement
part", "how to install Apache Airflow", "Anna Karenina summary chapter 4", "Best Crêpes
Suzette in Graz".

The context rules (``person13_goods``, ``person_neg_contexts``) read what stands around a
name; a newsletter or a list of brands gives them nothing to read. This is a gazetteer of
our own (``data/eponyms.txt``, curated from public general knowledge: banks, law and
accounting firms, retailers, fashion, cosmetics, cars, aerospace and industry, food and drink,
breweries, restaurants, hotels, toys, publishers, record labels and software named after
people; novels, plays, operas, films and songs titled by a character's name; dishes and
drinks; prizes, laws, effects, theorems, diseases and units): names that name a thing far
more often than a private person. Full names common among people ("Paul Smith", "Ted Baker",
"Tom Ford", "Grant Thornton", "Raymond James") are left out on purpose, as is every listed
given name followed by a listed surname: a gate loses less by flagging a brand than by passing
a person. So are titles that open a greeting, address a relative or are a common name ("Hey
Jude", "Mrs. Robinson", "Tom Jones", "Uncle Vanya"), and one-word titles ("Jolene").

:func:`eponym` says whether a person span is such a name, or a part of one standing in
it ("Martens" in "Dr. Martens", "Choo" in "Jimmy Choo's").
"""

from __future__ import annotations

import functools
from typing import Final

from processors.redaction.lexicon import eponym_names

__all__ = ["eponym"]

# The gazetteer's one-word names (data/eponyms.txt holds names of two words or more): brands
# that stand alone as a name ("grabbed lunch at Wendy's").
_ONE_WORD_EPONYMS: Final = ("hermès", "kiehl's", "wendy's")


@functools.cache
def _eponyms_holding() -> dict[str, tuple[str, ...]]:
    """Each run of whole words of a name of the list -> the names it stands in. A run that
    ends in a possessive inside the name also stands without its "'s": a person span leaves
    the "'s" out ("Jack Daniel" of "Jack Daniel's Tennessee Whiskey"). At the end of a name
    it does not: "Jack Daniel's" may be a person's."""
    holding: dict[str, list[str]] = {}
    for name in (*eponym_names(), *_ONE_WORD_EPONYMS):
        words = name.split(" ")
        for first in range(len(words)):
            for last in range(first + 1, len(words) + 1):
                run = " ".join(words[first:last])
                holding.setdefault(run, []).append(name)
                if last < len(words) and run.endswith("'s"):
                    holding.setdefault(run[:-2], []).append(name)
    return {part: tuple(names) for part, names in holding.items()}


def eponym(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a person span) is a name of the list, or a part of one that
    stands whole in ``text`` around it; a possessive span is also read without its "'s"
    ("Ralph Lauren's")."""
    value = text[start:end].lower()
    if _stands_whole(text, start, value):
        return True
    return value.endswith(("'s", "\u2019s")) and _stands_whole(text, start, value[:-2])


def _stands_whole(text: str, start: int, value: str) -> bool:
    """``value`` (the lower-cased text from ``start``) is a run of whole words of a name of
    the list that stands whole in ``text`` around it."""
    names = _eponyms_holding().get(value)
    if names is None:
        return False
    for name in names:
        offset = 0
        while True:
            at = name.find(value, offset)
            if at < 0:
                break
            begin, finish = start - at, start - at + len(name)
            if (
                begin >= 0
                and text[begin:finish].lower() == name
                and (begin == 0 or not text[begin - 1].isalnum())
                and (finish >= len(text) or not text[finish].isalnum())
            ):
                return True
            offset = at + 1
    return False
