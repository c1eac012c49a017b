"""Set 30's street addresses: 29 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address as a street line, a one-line locality and the lines of a label.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from bench.redaction_corpus_set30_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set30_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line, units and buildings included
    locality: str  # city, region and postcode written on one line
    lines: tuple[str, ...]  # the same over lines, as on a label
    country: str
    city: str
    postcode: str


@dataclass(frozen=True)
class Parts:
    rng: random.Random
    name: str
    city: str
    region: str
    prefix: str
    num: str
    parity: int

    def area(self, key: str) -> str:
        return self.rng.choice(half(AREAS[key], self.parity))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))


Built = tuple[str, str, list[str], str]  # street, locality, label lines, postcode


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    name = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    parts = Parts(rng, name, city, region, prefix, str(rng.randint(1, 399)), parity)
    street, locality, lines, postcode = FORMATS[country](parts)
    return Address(
        street, locality, tuple(lines), rng.choice(COUNTRY_NAMES[country]), city, postcode
    )


def _us(p: Parts) -> Built:
    kind = "" if " " in p.name else p.rng.choice(("St", "Ave", "Dr", "Ln", "Pl", "Ter", "Road"))
    unit = p.rng.choice(
        (
            "",
            "",
            f" Apt {p.rng.randint(1, 30)}",
            f", Ste {p.rng.randint(100, 450)}",
            f" Fl {p.rng.randint(2, 9)}",
            f" # {p.rng.randint(2, 60)}",
        )
    )
    street = f"{p.num} {p.name} {kind}".rstrip() + unit
    postcode = p.prefix + p.digits(2) + (f"-{p.digits(4)}" if p.rng.random() < 0.3 else "")
    loc = f"{p.city}, {p.region} {postcode}"
    return street, loc, [loc], postcode


def _gb(p: Parts) -> Built:
    kind = p.rng.choice(("Road", "Lane", "Walk", "Mews", "Row", "Place"))
    street = p.rng.choice(
        (
            f"{p.num} {p.name} {kind}",
            f"Flat {p.rng.randint(1, 9)}, {p.num} {p.name} {kind}",
            f"{p.num}{p.rng.choice('abc')} {p.name} {kind}",
        )
    )
    postcode = f"{p.prefix} {p.rng.randint(1, 9)}{p.rng.choice('ABDEFHJLNPRSTUW')}" + p.rng.choice(
        "ABDEFHJLNPRSTUWXY"
    )
    return street, f"{p.city} {postcode}", [p.city.upper(), postcode], postcode


def _ca(p: Parts) -> Built:
    if p.region == "QC":
        street = f"{p.num}, {p.rng.choice(('rue', 'boulevard', 'avenue'))} {p.name}"
    else:
        street = f"{p.num} {p.name}" + ("" if " " in p.name else " " + p.rng.choice(("St", "Cres")))
    if p.rng.random() < 0.4:
        street = f"Unit {p.rng.randint(2, 40)}, {street}"
    postcode = f"{p.prefix} {p.rng.randint(1, 9)}{p.rng.choice('ABCEGHJKLMNPRSTVXY')}{p.digits(1)}"
    return street, f"{p.city} {p.region} {postcode}", [f"{p.city} {p.region}  {postcode}"], postcode


def _au(p: Parts) -> Built:
    kind = "" if " " in p.name else " " + p.rng.choice(("Street", "Parade", "Close", "Way"))
    unit = p.rng.choice(("", f"{p.rng.randint(1, 20)}/", f"Villa {p.rng.randint(1, 8)}, "))
    return (
        f"{unit}{p.num} {p.name}{kind}",
        f"{p.city} {p.region} {p.prefix}",
        [f"{p.city.upper()} {p.region} {p.prefix}"],
        p.prefix,
    )


def _nz(p: Parts) -> Built:
    kind = "" if " " in p.name else " " + p.rng.choice(("Street", "Road", "Crescent", "Place"))
    unit = p.rng.choice(("", f"{p.rng.randint(1, 6)}/", f"Flat {p.rng.randint(1, 4)}, "))
    suburb = p.area("nz")
    return (
        f"{unit}{p.num}{p.rng.choice(('', '', 'A'))} {p.name}{kind}",
        f"{suburb}, {p.city} {p.prefix}",
        [suburb, f"{p.city} {p.prefix}"],
        p.prefix,
    )


def _ie(p: Parts) -> Built:
    street = p.rng.choice(
        (
            f"{p.num} {p.name}",
            f"Apt {p.rng.randint(1, 40)}, {p.name} Court",
            f"{p.num} {p.name} Park",
        )
    )
    code = (
        f"{p.prefix} {p.rng.choice('ACDEFHKNPRTVWXY')}{p.digits(1)}"
        + p.rng.choice("ACDEFHKNPRTVWXY")
        + p.digits(1)
    )
    return street, f"{p.city}, {p.region}, {code}", [p.city, p.region, code], code


def _de(p: Parts) -> Built:
    street = f"{p.name} {p.num}{p.rng.choice(('', '', 'a', 'c'))}"
    if p.name.startswith("Am ") and p.rng.random() < 0.5:
        street += ", Hinterhaus"
    postcode = p.prefix + p.digits(2)
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city}"], postcode


def _fr(p: Parts) -> Built:
    street = f"{p.num}{p.rng.choice(('', '', ' bis'))} {p.name}"
    if p.rng.random() < 0.3:
        street = f"Résidence les Aulnes, appt {p.rng.randint(1, 60)}, {street}"
    postcode = p.prefix + p.digits(2)
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _it(p: Parts) -> Built:
    street = f"{p.name}, {p.num}" + (
        f" scala {p.rng.choice('ABC')}" if p.rng.random() < 0.3 else ""
    )
    postcode = p.prefix + p.digits(2)
    return (
        street,
        f"{postcode} {p.city} ({p.region})",
        [f"{postcode} {p.city} {p.region}"],
        postcode,
    )


def _es(p: Parts) -> Built:
    floor = f", {p.rng.randint(1, 9)}º {p.rng.choice(('Izq.', 'Dcha.', 'C'))}"
    street = f"{p.name}, {p.num}" + (floor if p.rng.random() < 0.6 else "")
    postcode = p.prefix + p.digits(2)
    return street, f"{postcode} {p.city} ({p.region})", [f"{postcode} {p.city}", p.region], postcode


def _nl(p: Parts) -> Built:
    street = f"{p.name} {p.num}" + p.rng.choice(("", "", "-2", " bis", " B", "-huis"))
    postcode = f"{p.prefix}{p.digits(2)} {p.rng.choice('BDFGHJKLMNPRSTVWXZ')}" + p.rng.choice(
        "BCDEGHJKLNPRTVWZ"
    )
    return street, f"{postcode} {p.city}", [f"{postcode}  {p.city.upper()}"], postcode


def _pl(p: Parts) -> Built:
    street = f"{p.name} {p.num}" + (f"/{p.rng.randint(1, 48)}" if p.rng.random() < 0.6 else "")
    if p.name.startswith("os."):
        street = f"{p.name} {p.num}" + f" m. {p.rng.randint(1, 60)}"
    postcode = f"{p.prefix}-{p.digits(3)}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city}"], postcode


def _cz(p: Parts) -> Built:
    street = f"{p.name} {p.rng.randint(100, 2999)}/{p.num}"
    postcode = f"{p.prefix} {p.rng.choice(('00', '01', '02', '11'))}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city}"], postcode


def _se(p: Parts) -> Built:
    street = f"{p.name} {p.num}" + p.rng.choice(
        ("", " B", f", lgh {p.rng.randint(1001, 1404)}", f", {p.rng.randint(1, 6)} tr")
    )
    postcode = f"{p.prefix} {p.digits(2)}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _dk(p: Parts) -> Built:
    floor = p.rng.choice(
        ("", f", {p.rng.randint(1, 5)}. th.", f", {p.rng.randint(1, 5)}. tv.", ", st.")
    )
    street = f"{p.name} {p.num}{floor}"
    city = f"{p.city} {p.region}".rstrip()
    return street, f"{p.prefix} {city}", [f"{p.prefix} {city}"], p.prefix


def _fi(p: Parts) -> Built:
    street = f"{p.name} {p.num}" + p.rng.choice(
        ("", f" B {p.rng.randint(1, 40)}", f" as. {p.rng.randint(1, 20)}")
    )
    postcode = f"{p.prefix}{p.rng.randint(1, 9)}{p.rng.choice('0123456789')}0"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _kr(p: Parts) -> Built:
    road = p.rng.choice(
        (
            f"{p.num} {p.name}-ro",
            f"{p.num} {p.name}-ro {p.rng.randint(1, 40)}-gil",
            f"{p.num} {p.name}-gil",
        )
    )
    if p.rng.random() < 0.5:
        ho = f"{p.rng.randint(2, 25)}0{p.rng.randint(1, 4)}"
        road = f"{p.area('kr_bldg')} {p.rng.randint(101, 112)}-dong {ho}-ho, {road}"
    postcode = p.prefix + p.digits(5 - len(p.prefix))
    gu = p.area("kr")
    return road, f"{gu}, {p.city} {postcode}", [f"{gu}, {p.city}", postcode], postcode


def _tw(p: Parts) -> Built:
    bits = [f"No. {p.num}"]
    if p.rng.random() < 0.5:
        bits.append(f"Ln. {p.rng.randint(2, 300)}")
    bits.append(
        f"Sec. {p.rng.randint(1, 4)}, {p.name} Rd." if p.rng.random() < 0.6 else f"{p.name} St."
    )
    street = ", ".join(bits) + (f", {p.rng.randint(2, 18)}F." if p.rng.random() < 0.4 else "")
    dist = p.area("tw")
    return street, f"{dist}, {p.city} {p.prefix}", [f"{dist}, {p.city} {p.prefix}"], p.prefix


def _jp(p: Parts) -> Built:
    block = f"{p.rng.randint(1, 5)}-chōme {p.rng.randint(1, 30)}-{p.rng.randint(1, 20)}"
    street = f"{block} {p.name}"
    if p.rng.random() < 0.5:
        street = f"{p.area('jp_bldg')} #{p.rng.randint(1, 9)}0{p.rng.randint(1, 9)}, {street}"
    postcode = f"{p.prefix}-{p.digits(4)}"
    town = p.area("jp")
    code = p.rng.choice((postcode, f"〒{postcode}"))
    return (
        street,
        f"{town}, {p.city}-shi, {p.region} {code}",
        [f"{town}, {p.city}-shi", f"{p.region} {code}"],
        postcode,
    )


def _in(p: Parts) -> Built:
    street = p.rng.choice(
        (
            f"H.No. {p.rng.randint(1, 12)}-{p.rng.randint(1, 9)}-{p.num}/{p.rng.choice('ABC')}, "
            f"{p.name} Marg",
            f"Flat {p.rng.randint(1, 9)}0{p.rng.randint(1, 6)}, "
            f"{p.area('in_bldg')}, {p.rng.randint(1, 9)}th Cross, {p.name} Layout",
            f"No. {p.num}/{p.rng.randint(1, 9)}, {p.name} Road",
        )
    )
    pin = p.prefix + p.digits(3)
    area = p.area("in")
    return (
        street,
        f"{area}, {p.city} - {pin}, {p.region}",
        [area, f"{p.city} - {pin}", p.region],
        pin,
    )


def _ae(p: Parts) -> Built:
    area = p.area("ae")
    street = p.rng.choice(
        (
            f"Villa {p.num}, Street {p.rng.randint(1, 40)}, {area}",
            f"Apt {p.rng.randint(1, 40)}{p.rng.randint(10, 99)}, {p.area('ae_bldg')}, "
            f"{p.name} Street, {area}",
            f"Office {p.rng.randint(101, 999)}, {p.area('ae_bldg')}, {p.name} Street",
        )
    )
    return street, f"{p.city}", [p.city], "00000"


def _ke(p: Parts) -> Built:
    kind = p.rng.choice(("Road", "Lane", "Close", "Avenue"))
    street = p.rng.choice(
        (
            f"House {p.num}, {p.name} {kind}",
            f"{p.name} {kind}, Plot {p.num}",
            f"Apt {p.rng.choice('ABCD')}{p.rng.randint(1, 20)}, {p.name} {kind}",
        )
    )
    postcode = f"{p.prefix}100"
    area = p.area("ke")
    return street, f"{area}, {p.city} {postcode}", [area, f"{p.city} {postcode}"], postcode


def _ng(p: Parts) -> Built:
    kind = p.rng.choice(("Street", "Close", "Crescent", "Avenue"))
    street = p.rng.choice(
        (
            f"{p.num} {p.name} {kind}",
            f"Plot {p.num}, {p.name} {kind}",
            f"Flat {p.rng.randint(1, 12)}, Block {p.rng.choice('ABCDE')}, {p.name} {kind}",
        )
    )
    postcode = p.prefix + p.digits(3)
    area = p.area("ng")
    return (
        street,
        f"{area}, {p.city} {postcode}, {p.region} State",
        [area, f"{p.city} {postcode}", f"{p.region} State"],
        postcode,
    )


def _za(p: Parts) -> Built:
    kind = p.rng.choice(("Street", "Road", "Avenue", "Laan"))
    street = f"{p.num} {p.name} {kind}"
    if p.rng.random() < 0.5:
        street = f"Unit {p.rng.randint(1, 60)}, {p.area('za_bldg')}, {street}"
    postcode = p.prefix + p.digits(2)
    suburb = p.area("za")
    return street, f"{suburb}, {p.city}, {postcode}", [suburb, p.city, postcode], postcode


def _br(p: Parts) -> Built:
    street = f"{p.name}, {p.num}" + p.rng.choice(
        (
            "",
            f" - apto {p.rng.randint(11, 184)}",
            f", bloco {p.rng.choice('ABC')}, ap. {p.rng.randint(11, 99)}",
        )
    )
    postcode = f"{p.prefix}{p.digits(3)}-{p.digits(3)}"
    bairro = p.area("br")
    return (
        street,
        f"{bairro}, {p.city} - {p.region}, {postcode}",
        [bairro, f"{p.city}/{p.region}", f"CEP {postcode}"],
        postcode,
    )


def _mx(p: Parts) -> Built:
    street = f"{p.name} #{p.num}" + (
        f" Int. {p.rng.randint(1, 20)}" if p.rng.random() < 0.4 else ""
    )
    postcode = p.prefix + p.digits(3)
    col = p.area("mx")
    return (
        f"{street}, {col}",
        f"C.P. {postcode}, {p.city}, {p.region}",
        [f"C.P. {postcode}", f"{p.city}, {p.region}"],
        postcode,
    )


def _ar(p: Parts) -> Built:
    street = f"{p.name} {p.rng.randint(100, 4999)}" + p.rng.choice(
        (
            "",
            f", Piso {p.rng.randint(1, 12)} Dto. {p.rng.choice('ABCD')}",
            f" {p.rng.randint(1, 9)}º {p.rng.choice('ABC')}",
        )
    )
    cpa = f"{p.prefix}{''.join(p.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
    postcode = p.rng.choice((cpa, p.prefix[1:]))
    return (
        street,
        f"{postcode} {p.city}, {p.region}",
        [f"({postcode}) {p.city}", p.region],
        postcode,
    )


def _cl(p: Parts) -> Built:
    street = f"{p.name} {p.rng.randint(100, 3999)}" + p.rng.choice(
        ("", f", depto. {p.rng.randint(11, 1808)}", f", casa {p.rng.randint(1, 30)}")
    )
    postcode = p.prefix + p.digits(5)
    comuna = p.area("cl")
    return street, f"{comuna}, {p.city}, {postcode}", [comuna, f"{postcode} {p.city}"], postcode


def _co(p: Parts) -> Built:
    a, b, c = p.rng.randint(1, 140), p.rng.randint(1, 99), p.rng.randint(1, 99)
    street = f"{p.name} {a}{p.rng.choice(('', '', 'A', 'B', ' Sur', 'Bis'))} # {b}-{c:02d}"
    if p.rng.random() < 0.5:
        street += p.rng.choice(
            (
                f", Apto {p.rng.randint(2, 19)}0{p.rng.randint(1, 4)}",
                f", Torre {p.rng.randint(1, 4)} Apto {p.rng.randint(101, 1204)}",
            )
        )
    postcode = p.prefix + p.digits(4)
    barrio = p.area("co")
    return (street, f"{barrio}, {p.city}, {p.region}", [barrio, f"{p.city} {p.region}"], postcode)


FORMATS = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "nz": _nz, "ie": _ie, "de": _de, "fr": _fr,
    "it": _it, "es": _es, "nl": _nl, "pl": _pl, "cz": _cz, "se": _se, "dk": _dk, "fi": _fi,
    "kr": _kr, "tw": _tw, "jp": _jp, "in": _in, "ae": _ae, "ke": _ke, "ng": _ng, "za": _za,
    "br": _br, "mx": _mx, "ar": _ar, "cl": _cl, "co": _co,
}  # fmt: skip
