"""Set 42's street addresses: 20 national formats built from the pools of ``..._places.py``.

Eighteen formats are set 41's builders, imported and not copied (``BUILDERS`` of
``redaction_corpus_set41_addresses``: US, UK, Canada, Australia, New Zealand, Ireland, India,
Germany, France, Spain, Italy, the Netherlands, Poland, Brazil, Mexico, Japan, Nigeria, South
Africa); two are new here, Sweden (``Storgatan 12 B``, ``lgh 1102``, a c/o line, ``123 45``
before the town) and Argentina (``piso 3 dto. B``, ``PB``, the CPA with its letters, ``(CP``
before the town). ``build`` is the shared ``bench/redaction_corpus_addresskit.py``'s, over this
set's pools.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set41_addresses import BUILDERS as SET41_BUILDERS
from bench.redaction_corpus_set42_places import AREAS, CITIES, COUNTRY_NAMES, STREETS

PLACES = Places(STREETS, CITIES, COUNTRY_NAMES, AREAS, postcode_letters="ABCDEFGHJKLMNPRSTUWXY")


def _se(p: Picks) -> Built:
    n = p.n(1, 80)
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n} {p.any('A', 'B', 'C')}",
        f"{p.street} {n}, lgh {p.n(10, 14)}{p.n(1, 9):02d}",
        f"{p.street} {n}\n{p.n(1, 5)} tr",
    )
    pc = f"{p.prefix}{shaped(p.rng, '#')} {shaped(p.rng, '##')}"
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _ar(p: Picks) -> Built:
    n = p.n(100, 4800)
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n}, piso {p.n(1, 14)} dto. {p.any('A', 'B', 'C', 'D')}",
        f"{p.street} {n} PB {p.any('1', '2', 'A')}",
        f"{p.street} {n}\nDepto. {p.n(1, 9)}{p.any('A', 'B')}",
    )
    pc = p.prefix + "".join(p.rng.choice("ABCDEFGHJKLMNPRSTUWXY") for _ in range(3))
    return line, f"({pc}) {p.city}, {p.region}", [f"{pc} {p.city}", p.region], pc


BUILDERS: dict[str, Builder] = {
    **{c: b for c, b in SET41_BUILDERS.items() if c in COUNTRY_NAMES},
    "se": _se,
    "ar": _ar,
}


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
