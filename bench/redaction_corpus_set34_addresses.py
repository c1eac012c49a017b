# ruff: noqa: E501
"""Set 34's street addresses: 28 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address three ways: the street line (units, buildings, landmarks included), the
rest on one line (district, city, region, postcode) and the rest over label lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set34_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set34_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line (a newline inside: a building or landmark line)
    locality: str  # the rest on one line
    lines: tuple[str, ...]  # the rest over label lines
    country: str
    city: str
    postcode: str


@dataclass(frozen=True)
class Pick:
    """One half's street, city and areas, and the random generator to draw the rest with."""

    rng: random.Random
    street: str
    city: str
    region: str
    prefix: str
    parity: int

    def area(self, key: str) -> str:
        return self.rng.choice(half(AREAS[key], self.parity))

    def of(self, *options: str) -> str:
        return self.rng.choice(options)

    def n(self, lo: int = 1, hi: int = 199) -> int:
        return self.rng.randint(lo, hi)

    def post(self, shape: str) -> str:
        """The city's postcode prefix and ``shape`` ("#" a digit)."""
        return self.prefix + shaped(self.rng, shape)


# street line, the rest on one line, the rest over lines, postcode
Built = tuple[str, str, list[str], str]


def _jp(p: Pick) -> Built:
    block = f"{p.n(1, 7)}-{p.n(1, 30)}-{p.n(1, 22)}"
    zip_ = p.post("#-####")
    bldg = p.area("jp_bldg")
    street = p.of(f"{block} {p.street}", f"{p.street} {block}",
                  f"{bldg} {p.n(1, 9)}0{p.n(1, 9)}, {block} {p.street}",
                  f"{p.street} {p.n(1, 7)}-chome {p.n(1, 30)}-ban {p.n(1, 22)}-go")  # fmt: skip
    return street, f"{p.city}, {p.region} {zip_}", [f"{p.city}", f"{p.region} 〒{zip_}"], zip_


def _kr(p: Pick) -> Built:
    road = f"{p.street}-ro" if p.rng.random() < 0.5 else f"{p.street}-ro {p.n(1, 40)}-gil"
    apt = f", {p.area('kr_apt')} Apt {p.n(101, 120)}-{p.n(1, 25)}0{p.n(1, 6)}"
    street = p.of(f"{p.n(1, 240)}, {road}", f"{p.n(1, 240)} {road}{apt}",
                  f"{road} {p.n(1, 240)} ({p.area('kr_dong')})")  # fmt: skip
    zip_ = p.post("###")
    return street, f"{p.city}, {p.region} {zip_}", [f"{p.city}, {p.region}", zip_], zip_


def _cn(p: Pick) -> Built:
    kind = p.of("Lu", "Jie", "Lu", "Dajie")
    street = p.of(f"No. {p.n(1, 388)} {p.street} {kind}",
                  f"Room {p.n(2, 28)}0{p.n(1, 9)}, Building {p.n(1, 12)}, {p.n(1, 388)} {p.street} {kind}",
                  f"{p.street} {kind} {p.n(1, 388)} Hao, Unit {p.n(1, 6)}")  # fmt: skip
    zip_ = p.post("##")
    return street, f"{p.region}, {p.city} {zip_}", [p.region, f"{p.city} {zip_}"], zip_


def _tw(p: Pick) -> Built:
    road = f"{p.street} Rd."
    sec = f"Sec. {p.n(1, 5)}, " if p.rng.random() < 0.7 else ""
    street = p.of(f"No. {p.n(1, 300)}, {sec}{road}",
                  f"{p.n(2, 15)}F., No. {p.n(1, 300)}, Ln. {p.n(1, 200)}, {sec}{road}",
                  f"No. {p.n(1, 60)}, Aly. {p.n(1, 30)}, Ln. {p.n(1, 200)}, {sec}{road}")  # fmt: skip
    zip_ = p.post("")
    return street, f"{p.region}, {p.city} {zip_}", [f"{p.region}, {p.city} {zip_}"], zip_


def _th(p: Pick) -> Built:
    zip_ = p.post("##")
    if p.region.startswith("Amphoe") and p.rng.random() < 0.6:
        street = f"{p.n(1, 240)} Moo {p.n(1, 12)}, {p.area('th_tambon')}"
    else:
        street = p.of(f"{p.n(1, 999)}/{p.n(1, 99)} {p.area('th_soi')}, {p.street} Rd",
                      f"{p.n(1, 999)}/{p.n(1, 99)} Soi {p.street} {p.n(1, 40)}")  # fmt: skip
    return street, f"{p.region}, {p.city} {zip_}", [p.region, f"{p.city} {zip_}"], zip_


def _pl(p: Pick) -> Built:
    street = p.of(f"ul. {p.street} {p.n()} m. {p.n(1, 80)}", f"ul. {p.street} {p.n()}/{p.n(1, 80)}",
                  f"al. {p.street} {p.n()} lok. {p.n(1, 20)}")  # fmt: skip
    zip_ = p.post("#-###")
    return street, f"{zip_} {p.city}", [f"{zip_} {p.city}"], zip_


def _cz(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(100, 2999)}/{p.n(1, 80)}", f"nám. {p.street} {p.n(1, 40)}",
                  f"{p.street} č.p. {p.n(100, 2999)}, byt {p.n(1, 30)}")  # fmt: skip
    zip_ = p.post("# ##")
    return street, f"{zip_} {p.city}", [f"{zip_} {p.city}"], zip_


def _hu(p: Pick) -> Built:
    kind = p.of("utca", "u.", "út", "tér")
    num = f"{p.n(1, 90)}." + p.of(
        "", f" {p.n(1, 6)}. em. {p.n(1, 12)}. ajtó", f" fsz. {p.n(1, 4)}."
    )
    zip_ = p.post("#")
    area = f"{p.region}, " if p.region else ""
    street = f"{p.street} {kind} {num}"
    return street, f"{area}{zip_} {p.city}", [f"{zip_} {p.city}"], zip_


def _ro(p: Pick) -> Built:
    street = p.of(f"Str. {p.street} nr. {p.n(1, 120)}",
                  f"Str. {p.street} nr. {p.n(1, 120)}, Bl. {p.of('A', 'M', 'P')}{p.n(1, 9)}, "
                  f"Sc. {p.n(1, 3)}, Et. {p.n(1, 10)}, Ap. {p.n(1, 90)}",
                  f"Bd. {p.street} {p.n(1, 120)}, ap. {p.n(1, 90)}")  # fmt: skip
    zip_ = p.post("####")
    return street, f"{p.region}, {p.city} {zip_}", [f"{p.city}, {p.region}", zip_], zip_


def _se(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(1, 90)}", f"{p.street} {p.n(1, 90)}, lgh {p.n(10, 16)}0{p.n(1, 9)}",
                  f"{p.street} {p.n(1, 90)} {p.of('A', 'B')}, {p.n(1, 6)} tr")  # fmt: skip
    zip_ = p.post("# ##")
    return street, f"{zip_} {p.city}", [f"{zip_} {p.city.upper()}"], zip_


def _no(p: Pick) -> Built:
    street = p.of(
        f"{p.street} {p.n(1, 90)}{p.of('', 'B', 'A')}",
        f"{p.street} {p.n(1, 90)}, H0{p.n(1, 4)}0{p.n(1, 9)}",
    )
    zip_ = p.post("##")
    return street, f"{zip_} {p.city}", [f"{zip_} {p.city.upper()}"], zip_


def _dk(p: Pick) -> Built:
    floor = p.of("st. tv.", "1. th.", f"{p.n(2, 5)}. tv.", f"{p.n(2, 5)}. mf.")
    street = p.of(f"{p.street} {p.n(1, 120)}, {floor}", f"{p.street} {p.n(1, 120)}{p.of('A', 'B')}")
    zip_ = p.post("##")
    return street, f"{zip_} {p.city}", [f"DK-{zip_} {p.city}"], zip_


def _fi(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(1, 60)} {p.of('A', 'B', 'C')} {p.n(1, 40)}",
                  f"{p.street} {p.n(1, 60)} as {p.n(1, 12)}", f"{p.street} {p.n(1, 60)}")  # fmt: skip
    zip_ = p.post("###")
    return street, f"{zip_} {p.city}", [f"{zip_} {p.city.upper()}"], zip_


def _nl(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(1, 300)}-bis", f"{p.street} {p.n(1, 300)}-{p.of('II', 'III', 'hs')}",
                  f"{p.street} {p.n(1, 300)}{p.of('A', 'B', 'C')}")  # fmt: skip
    zip_ = p.post(f"## {p.of('GV', 'KL', 'XT', 'BN', 'RP')}")
    return street, f"{zip_} {p.city}", [f"{zip_}  {p.city.upper()}"], zip_


def _be(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(1, 200)} bus {p.n(1, 12)}", f"{p.street} {p.n(1, 200)}",
                  f"{p.street} {p.n(1, 200)}/{p.n(1, 9)}")  # fmt: skip
    zip_ = p.post("##")
    return street, f"{zip_} {p.city}", [f"B-{zip_} {p.city}"], zip_


def _ch(p: Pick) -> Built:
    street = p.of(f"{p.street} {p.n(1, 150)}", f"{p.street} {p.n(1, 150)}{p.of('a', 'b')}")
    if p.rng.random() < 0.3:
        street = f"c/o {p.of('Atelier', 'Praxis', 'Studio')} {p.n(2, 9)}\n{street}"
    zip_ = p.post("##")
    return street, f"{zip_} {p.city} {p.region}", [f"CH-{zip_} {p.city}"], zip_


def _il(p: Pick) -> Built:
    street = p.of(f"{p.n(1, 120)} {p.street} St., Apt {p.n(1, 40)}", f"Rehov {p.street} {p.n(1, 120)}",
                  f"{p.street} {p.n(1, 120)}/{p.n(1, 30)}")  # fmt: skip
    zip_ = p.post("#####")
    return street, f"{p.city} {zip_}", [f"{p.city} {zip_}"], zip_


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th') }"


def _eg(p: Pick) -> Built:
    street = p.of(f"{p.n(1, 90)} {p.street} St.",
                  f"Flat {p.n(1, 30)}, {_ordinal(p.n(1, 12))} floor, {p.n(1, 90)} {p.street} St.",
                  f"Building {p.n(1, 90)}, {p.street} Street, off {p.area('eg_area')}")  # fmt: skip
    zip_ = p.post("##")
    return street, f"{p.region}, {p.city} {zip_}", [p.region, f"{p.city.upper()} {zip_}"], zip_


def _ma(p: Pick) -> Built:
    street = p.of(f"{p.n(1, 180)}, Rue {p.street}", f"Résidence Al Amal, Imm. {p.n(1, 12)}, Apt {p.n(1, 40)}, Bd {p.street}",
                  f"{p.n(1, 180)} Avenue {p.street}, {p.n(1, 5)}ème étage")  # fmt: skip
    zip_ = p.post("##")
    return (
        street,
        f"Quartier {p.region}, {zip_} {p.city}",
        [f"Quartier {p.region}", f"{zip_} {p.city}"],
        zip_,
    )


def _ng(p: Pick) -> Built:
    kind = p.of("Close", "Crescent", "Street", "Way")
    street = p.of(f"Plot {p.n(1, 300)}, {p.street} {kind}",
                  f"No. {p.n(1, 90)} {p.street} {kind}, {p.area('ng_mark')}",
                  f"{p.n(1, 90)}B {p.street} {kind}\n{p.area('ng_mark').capitalize()}")  # fmt: skip
    area = p.area("ng_area")
    return (
        street,
        f"{area}, {p.city}, {p.region}",
        [area, f"{p.city.upper()}, {p.region}"],
        p.prefix,
    )


def _za(p: Pick) -> Built:
    street = p.of(f"Unit {p.n(1, 60)}, {p.area('za_cx')}, {p.n(1, 400)} {p.street} Street",
                  f"Erf {p.n(100, 9999)}, {p.street} Road", f"{p.n(1, 400)} {p.street} Avenue")  # fmt: skip
    zip_ = p.post("##")
    sub = p.area("za_sub")
    return street, f"{sub}, {p.city}, {zip_}", [sub, p.city, zip_], zip_


def _pk(p: Pick) -> Built:
    if p.city == "Islamabad":
        street = f"House No. {p.n(1, 90)}, Street {p.n(1, 60)}, Sector {p.area('pk_sector')}"
    else:
        street = p.of(f"House {p.n(1, 400)}-{p.of('A', 'B', 'C')}, Block {p.n(1, 9)}, {p.area('pk_society')}",
                      f"House No. {p.n(1, 400)}, {p.street} Road, {p.area('pk_society')}")  # fmt: skip
    zip_ = p.post("###")
    return street, f"{p.city} {zip_}, {p.region}", [f"{p.city.upper()} {zip_}"], zip_


def _bd(p: Pick) -> Built:
    street = p.of(f"House {p.n(1, 90)}, Road {p.n(1, 40)}, {p.area('bd_area')}",
                  f"Flat {p.n(1, 9)}{p.of('A', 'B', 'C')}, House {p.n(1, 90)}, Road No. {p.n(1, 40)}, Block {p.of('C', 'D', 'K')}",
                  f"{p.n(1, 200)} {p.street} Road, {p.area('bd_area')}")  # fmt: skip
    zip_ = p.post("##")
    return street, f"{p.city}-{zip_}", [f"{p.city} - {zip_}"], zip_


def _nz(p: Pick) -> Built:
    street = p.of(f"{p.n(1, 9)}/{p.n(1, 200)} {p.street} Street", f"{p.n(100, 2999)} {p.street} Road, RD {p.n(1, 9)}",
                  f"Flat {p.n(1, 9)}, {p.n(1, 200)} {p.street} Terrace")  # fmt: skip
    zip_ = p.post("##")
    sub = p.area("nz_sub")
    return street, f"{sub}, {p.city} {zip_}", [sub, f"{p.city.upper()} {zip_}"], zip_


def _co(p: Pick) -> Built:
    via = p.of("Calle", "Carrera", "Cra.", "Diagonal", "Transversal", "Cl.")
    a, b = f"{p.n(1, 140)}{p.of('', 'A', 'B', ' Bis')}", f"{p.n(1, 99)}-{p.n(1, 99)}"
    street = p.of(f"{via} {a} # {b}", f"{via} {a} No. {b}, Apto {p.n(1, 20)}0{p.n(1, 9)}",
                  f"{via} {a} #{b}, Torre {p.n(1, 4)}")  # fmt: skip
    return (
        street,
        f"{p.street}, {p.city}, {p.region}",
        [p.street, f"{p.city}, {p.region}"],
        p.prefix,
    )


def _cl(p: Pick) -> Built:
    street = p.of(f"Av. {p.street} {p.n(100, 4999)}, depto. {p.n(1, 22)}0{p.n(1, 9)}",
                  f"Pasaje {p.street} {p.n(100, 4999)}", f"{p.street} {p.n(100, 4999)}, casa {p.of('B', 'C')}")  # fmt: skip
    com = p.area("cl_comuna")
    region = f", {p.region}" if p.region else ""
    return street, f"{com}, {p.city}{region}", [com, f"{p.city.upper()}{region}"], p.prefix


def _pe(p: Pick) -> Built:
    street = p.of(f"Jr. {p.street} {p.n(100, 1999)}", f"Av. {p.street} {p.n(100, 1999)}, Dpto. {p.n(1, 9)}0{p.n(1, 9)}",
                  f"Mz. {p.of('B', 'F', 'K')} Lt. {p.n(1, 40)}, {p.area('pe_urb')}")  # fmt: skip
    dist = p.area("pe_dist")
    return street, f"{dist}, {p.city} {p.prefix}", [dist, f"{p.city.upper()} {p.prefix}"], p.prefix


def _us(p: Pick) -> Built:
    street = p.of(f"RR {p.n(1, 6)} Box {p.n(10, 400)}", f"{p.n(100, 9999)} {p.street} Rd",
                  f"PMB {p.n(100, 999)}, {p.n(100, 9999)} {p.street} Rd", f"HC {p.n(60, 89)} Box {p.n(1, 300)}",
                  f"{p.n(100, 9999)} {p.street} Ln, Ste {p.n(100, 300)}")  # fmt: skip
    zip_ = p.post("##")
    return street, f"{p.city}, {p.region} {zip_}", [f"{p.city.upper()} {p.region} {zip_}"], zip_


FORMATS = {
    "jp": _jp, "kr": _kr, "cn": _cn, "tw": _tw, "th": _th, "pl": _pl, "cz": _cz, "hu": _hu,
    "ro": _ro, "se": _se, "no": _no, "dk": _dk, "fi": _fi, "nl": _nl, "be": _be, "ch": _ch,
    "il": _il, "eg": _eg, "ma": _ma, "ng": _ng, "za": _za, "pk": _pk, "bd": _bd, "nz": _nz,
    "co": _co, "cl": _cl, "pe": _pe, "us": _us,
}  # fmt: skip


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    street = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    line, rest, lines, postcode = FORMATS[country](Pick(rng, street, city, region, prefix, parity))
    return Address(line, rest, tuple(lines), rng.choice(COUNTRY_NAMES[country]), city, postcode)
