"""Set 23's street addresses in twenty national formats.

``address(rng, style)`` writes one address: ``line`` (street, city, region, postcode and
sometimes the country on one line), ``lower`` (the same in lower case), ``street`` (the street
line alone, for split fields) or ``multi`` (one line per part, country last when present).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench import redaction_corpus_set23_pools as p

# One national format: (street line, rest written on one line, rest as lines, country name).
Parts = tuple[str, str, list[str], str]


def _us(r: random.Random) -> Parts:
    unit = r.choice(
        (
            "",
            "",
            f", Apt {r.randint(1, 40)}{r.choice('ABCD')}",
            f" Suite {r.randint(100, 990)}",
            f", Unit {r.randint(1, 19)}",
        )
    )
    street = f"{r.randint(11, 98765)} {r.choice(p.US_STREETS)} {r.choice(p.US_TYPES)}{unit}"
    city, state, zip_code = r.choice(p.US_CITIES)
    return street, f"{city}, {state} {zip_code}", [f"{city}, {state} {zip_code}"], "USA"


def _uk(r: random.Random) -> Parts:
    flat = r.choice(("", "", f"Flat {r.randint(1, 12)}, "))
    town, postcode = r.choice(p.UK_TOWNS)
    return (
        f"{flat}{r.randint(1, 140)} {r.choice(p.UK_STREETS)}",
        f"{town} {postcode}",
        [town, postcode],
        "United Kingdom",
    )


def _de(r: random.Random) -> Parts:
    plz, town = r.choice(p.DE_TOWNS)
    street = f"{r.choice(p.DE_STREETS)} {r.randint(1, 88)}{r.choice(('', '', 'a', 'b'))}"
    return street, f"{plz} {town}", [f"{plz} {town}"], r.choice(("Germany", "Deutschland"))


def _at(r: random.Random) -> Parts:
    plz, town = r.choice(p.AT_TOWNS)
    street = f"{r.choice(p.AT_STREETS)} {r.randint(1, 60)}/{r.randint(1, 9)}/{r.randint(1, 24)}"
    return street, f"{plz} {town}", [f"{plz} {town}"], r.choice(("Austria", "Österreich"))


def _ch(r: random.Random) -> Parts:
    plz, town = r.choice(p.CH_TOWNS)
    street = f"{r.choice(p.CH_STREETS)} {r.randint(1, 70)}"
    return street, f"CH-{plz} {town}", [f"{plz} {town}"], "Switzerland"


def _fr(r: random.Random) -> Parts:
    cp, town = r.choice(p.FR_TOWNS)
    pre = r.choice(("", "", f"Bât. {r.choice('ABCD')}, "))
    street = f"{pre}{r.randint(1, 120)}{r.choice(('', '', ' bis'))} {r.choice(p.FR_STREETS)}"
    return street, f"{cp} {town}", [f"{cp} {town.upper()}"], "France"


def _be(r: random.Random) -> Parts:
    cp, town = r.choice(p.BE_TOWNS)
    street = (
        f"{r.choice(p.BE_STREETS)} {r.randint(1, 90)}{r.choice(('', f' bus {r.randint(1, 12)}'))}"
    )
    return street, f"{cp} {town}", [f"{cp} {town}"], r.choice(("Belgium", "België"))


def _it(r: random.Random) -> Parts:
    cap, town, prov = r.choice(p.IT_TOWNS)
    street = f"{r.choice(p.IT_STREETS)}{r.choice((' ', ', '))}{r.randint(1, 150)}"
    return street, f"{cap} {town} ({prov})", [f"{cap} {town} {prov}"], "Italia"


def _es(r: random.Random) -> Parts:
    cp, town = r.choice(p.ES_TOWNS)
    street = f"{r.choice(p.ES_STREETS)}, {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice('ABCD')}"
    return street, f"{cp} {town}", [f"{cp} {town}"], r.choice(("Spain", "España"))


def _pt(r: random.Random) -> Parts:
    cp, town = r.choice(p.PT_TOWNS)
    side = r.choice(("Esq.", "Dto."))
    street = f"{r.choice(p.PT_STREETS)}, {r.randint(1, 200)}, {r.randint(1, 6)}º {side}"
    return street, f"{cp} {town}", [f"{cp} {town}"], "Portugal"


def _nl(r: random.Random) -> Parts:
    pc, town = r.choice(p.NL_TOWNS)
    street = f"{r.choice(p.NL_STREETS)} {r.randint(1, 300)}{r.choice(('', '', '-II', 'A'))}"
    return street, f"{pc} {town}", [f"{pc} {town.upper()}"], r.choice(("Netherlands", "Nederland"))


def _ie(r: random.Random) -> Parts:
    town, eircode = r.choice(p.IE_TOWNS)
    pre = r.choice(("", f"Apt {r.randint(1, 30)}, "))
    return (
        f"{pre}{r.randint(1, 80)} {r.choice(p.IE_STREETS)}",
        f"{town}, {eircode}",
        [town, eircode],
        "Ireland",
    )


def _in(r: random.Random) -> Parts:
    town, pin = r.choice(p.IN_TOWNS)
    street = f"Flat {r.randint(101, 904)}, {r.randint(2, 98)} {r.choice(p.IN_STREETS)}"
    return street, f"{town} {pin}", [f"{town} - {pin}"], "India"


def _sg(r: random.Random) -> Parts:
    unit = f"#{r.randint(2, 25):02d}-{r.randint(1, 480):02d}"
    street = f"Blk {r.randint(10, 899)} {r.choice(p.SG_STREETS)} {unit}"
    code = f"Singapore {r.randint(100000, 829999)}"
    return street, code, [code], ""


def _mx(r: random.Random) -> Parts:
    col, cp, town = r.choice(p.MX_TOWNS)
    street = (
        f"{r.choice(p.MX_STREETS)} {r.randint(1, 999)}{r.choice(('', f' Int. {r.randint(1, 9)}'))}"
    )
    return street, f"{col}, {cp} {town}", [col, f"{cp} {town}"], "México"


def _br(r: random.Random) -> Parts:
    town, cep = r.choice(p.BR_TOWNS)
    flat = r.choice(("", f" - apto {r.randint(11, 1204)}"))
    street = f"{r.choice(p.BR_STREETS)}, {r.randint(1, 2999)}{flat}"
    return street, f"{town}, {cep}", [town, cep], "Brasil"


def _za(r: random.Random) -> Parts:
    town, code = r.choice(p.ZA_TOWNS)
    return (
        f"{r.randint(1, 250)} {r.choice(p.ZA_STREETS)}",
        f"{town}, {code}",
        [town, code],
        "South Africa",
    )


def _ca(r: random.Random) -> Parts:
    city, prov, pc = r.choice(p.CA_TOWNS)
    unit = r.choice(("", f"{r.randint(2, 40)}-"))
    street = f"{unit}{r.randint(10, 9999)} {r.choice(p.CA_STREETS)}"
    return street, f"{city}, {prov} {pc}", [f"{city} {prov}  {pc}"], "Canada"


def _au(r: random.Random) -> Parts:
    town, state, pc = r.choice(p.AU_TOWNS)
    unit = r.choice(("", f"Unit {r.randint(1, 20)}/", f"{r.randint(1, 9)}/"))
    return (
        f"{unit}{r.randint(1, 300)} {r.choice(p.AU_STREETS)}",
        f"{town} {state} {pc}",
        [f"{town} {state} {pc}"],
        "Australia",
    )


_FORMATS: tuple[Callable[[random.Random], Parts], ...] = (
    _us,
    _us,
    _uk,
    _de,
    _at,
    _ch,
    _fr,
    _be,
    _it,
    _es,
    _pt,
    _nl,
    _ie,
    _in,
    _sg,
    _mx,
    _br,
    _za,
    _ca,
    _au,
)


def _jp_line(r: random.Random) -> str:
    ward, pc = r.choice(p.JP_PLACES)
    return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {ward} {pc}"


def address(rng: random.Random, style: str) -> str:
    if style in ("line", "lower") and rng.random() < 0.05:
        line = _jp_line(rng)
        return line.lower() if style == "lower" else line
    street, rest, rest_lines, country = rng.choice(_FORMATS)(rng)
    with_country = bool(country) and rng.random() < 0.3
    if style == "street":
        return street
    if style == "multi":
        return "\n".join([street, *rest_lines] + ([country] if with_country else []))
    line = f"{street}, {rest}" + (f", {country}" if with_country else "")
    return line.lower() if style == "lower" else line


def street_without_number(rng: random.Random) -> str:
    """A street named with no house number (a look-alike, never an address)."""
    return rng.choice(p.UK_STREETS + p.DE_STREETS + p.NL_STREETS + p.IT_STREETS + p.ZA_STREETS)
