"""The street-address mechanics that the blind corpus generators of sets 37 to 40 share.

Each set writes its own national formats (``_us``, ``_gb``, ... in ``..._addresses.py``) and
its own pools (``..._places.py``); what a format draws from (``Picks``), what it returns
(``Built``) and how a set's ``build`` turns pools and a format into an ``Address`` were the
same code in every set, and live here once.

Every draw from the random generator is made in the order the copies made it, so each set's
file regenerates byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bench.redaction_corpus_digits import shaped

T = TypeVar("T")


def half(pool: Sequence[T], parity: int) -> list[T]:
    """The entries of ``pool`` that serve one half: even positions for 0, odd for 1 (every
    set's pools are split so; it lives here, the kits' lowest module)."""
    return list(pool[parity::2])


@dataclass(frozen=True)
class Address:
    street: str  # the street line (a newline inside: a unit, house, tower or area line)
    locality: str  # the rest on one line
    lines: tuple[str, ...]  # the rest over label lines
    country: str
    city: str
    postcode: str


@dataclass(frozen=True)
class Places:
    """A set's address pools (country code -> entries; every pool split in halves by
    position) and the capital letters its postcodes draw."""

    streets: Mapping[str, Sequence[str]]
    cities: Mapping[str, Sequence[tuple[str, str, str]]]  # (city, region, postcode prefix)
    country_names: Mapping[str, Sequence[str]]
    areas: Mapping[str, Sequence[str]]
    postcode_letters: str
    # Sets 37-39 drew a letter for every "A" of the prefix too (a "LA" prefix came out "LN"),
    # set 40 only for those of the shape; their files keep what each set drew.
    letters_in_prefix: bool = False


@dataclass(frozen=True)
class Picks:
    """One half's street, city and areas, and the random generator for the rest."""

    rng: random.Random
    street: str
    city: str
    region: str
    prefix: str
    parity: int
    places: Places

    def area(self, key: str) -> str:
        return self.rng.choice(half(self.places.areas[key], self.parity))

    def any(self, *options: str) -> str:
        return self.rng.choice(options)

    def n(self, lo: int = 1, hi: int = 160) -> int:
        return self.rng.randint(lo, hi)

    def pc(self, shape: str) -> str:
        """The city's postcode prefix, then ``shape`` ("#" a digit, "A" a capital letter)."""
        letters = self.places.postcode_letters
        if self.places.letters_in_prefix:
            out = self.prefix + shaped(self.rng, shape)
            return "".join(self.rng.choice(letters) if c == "A" else c for c in out)
        tail = shaped(self.rng, shape)
        return self.prefix + "".join(self.rng.choice(letters) if c == "A" else c for c in tail)


# street line, the rest on one line, the rest over lines, postcode
Built = tuple[str, str, list[str], str]
Builder = Callable[[Picks], Built]


def build(
    rng: random.Random,
    country: str,
    parity: int,
    places: Places,
    builders: Mapping[str, Builder],
) -> Address:
    """One address of ``country`` drawn from the pools of one half, in the set's format."""
    street = rng.choice(half(places.streets[country], parity))
    city, region, prefix = rng.choice(half(places.cities[country], parity))
    line, rest, lines, postcode = builders[country](
        Picks(rng, street, city, region, prefix, parity, places)
    )
    return Address(
        line, rest, tuple(lines), rng.choice(places.country_names[country]), city, postcode
    )
