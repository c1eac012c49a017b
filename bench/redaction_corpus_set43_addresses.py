"""Set 43's street addresses: 24 national formats built from the pools of ``..._places.py``.

Twenty formats are set 41's builders, imported and not copied (``BUILDERS`` of
``redaction_corpus_set41_addresses``: US, UK, Canada, Australia, New Zealand, Ireland, India,
Germany, France, Spain, Italy, the Netherlands, Poland, Brazil, Mexico, Japan, the Philippines,
Nigeria, Kenya, South Africa); four are new here: Portugal (``n.º``, ``3.º Esq.``, ``R/C Dto.``,
the ``1234-567`` postcode before the town), Switzerland (house numbers with a letter, a
``c/o`` line, the four-digit postcode with or without ``CH-`` before the town), Türkiye (the
``Mah.`` neighbourhood before the street, ``No:`` and ``D:`` or ``Daire``, the five-digit
postcode, ``district/province``) and South Korea (the road-name address with its building
number first, ``-gil`` side roads, an apartment complex with ``dong-ho`` unit, ``district, city``
and the five-digit postcode). ``build`` is the shared ``bench/redaction_corpus_addresskit.py``'s,
over this set's pools.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set41_addresses import BUILDERS as SET41_BUILDERS
from bench.redaction_corpus_set43_places import AREAS, CITIES, COUNTRY_NAMES, STREETS

PLACES = Places(STREETS, CITIES, COUNTRY_NAMES, AREAS, postcode_letters="ABEHJLNPRSTWXY")


def _pt(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(
        f"{p.street}, {n}",
        f"{p.street}, n.º {n}, {p.n(1, 8)}.º {p.any('Esq.', 'Dto.', 'Frente')}",
        f"{p.street}, {n} - R/C {p.any('Esq.', 'Dto.')}",
        f"{p.street}, {n}\n{p.n(1, 6)}.º andar",
    )
    pc = f"{p.prefix}-{shaped(p.rng, '###')}"
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _ch(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n}{p.any('a', 'b', 'B')}",
        f"c/o {p.any('Atelier', 'Studio', 'Praxis')} im Hof\n{p.street} {n}",
    )
    pc = p.prefix + shaped(p.rng, "##")
    lead = p.any("", "", "CH-")
    return line, f"{lead}{pc} {p.city} {p.region}", [f"{lead}{pc} {p.city}"], pc


def _tr(p: Picks) -> Built:
    mah = p.area("tr_mah")
    n = p.n(1, 90)
    line = p.any(
        f"{mah} {p.street} No: {n} D: {p.n(1, 24)}",
        f"{mah} {p.street} No:{n}/{p.n(1, 16)}",
        f"{mah}\n{p.street} No: {n} Daire {p.n(1, 30)}",
    )
    pc = p.prefix + shaped(p.rng, "##")
    return line, f"{pc} {p.city}/{p.region}", [f"{pc} {p.city} / {p.region.upper()}"], pc


def _kr(p: Picks) -> Built:
    road = p.any(p.street, f"{p.street} {p.n(2, 60)}-gil")
    n = p.n(3, 420)
    line = p.any(
        f"{n}, {road}",
        f"{n} {road}, {p.area('kr_apt')} {p.n(101, 112)}-dong {p.n(1, 19)}0{p.n(1, 4)}-ho",
        f"{p.area('kr_apt')} {p.n(101, 112)}-{p.n(1, 19)}0{p.n(1, 4)}\n{n} {road}",
    )
    pc = p.prefix + shaped(p.rng, "###")
    return line, f"{p.city}, {p.region} {pc}", [f"{p.city}, {p.region}", pc], pc


BUILDERS: dict[str, Builder] = {
    **{c: b for c, b in SET41_BUILDERS.items() if c in COUNTRY_NAMES},
    "pt": _pt,
    "ch": _ch,
    "tr": _tr,
    "kr": _kr,
}


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
