# ruff: noqa: E501
"""Set 35's street addresses: 15 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address three ways: the street line (units, buildings, colonias, bairros and
barangays included), the rest on one line (city, state, postcode) and the rest over label
lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set35_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set35_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line (a newline inside: a unit, building or area line)
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
        """The city's postcode prefix and ``shape`` ("#" a digit, "A" a capital letter)."""
        out = self.prefix + shaped(self.rng, shape)
        return "".join(self.rng.choice("ABDEHJLNPRSTWXY") if c == "A" else c for c in out)


# street line, the rest on one line, the rest over lines, postcode
Built = tuple[str, str, list[str], str]


def _us(p: Pick) -> Built:
    suffix = p.of("Dr", "Ln", "Ct", "Rd", "Blvd", "St", "Ave", "Pkwy", "Way", "Cir")
    num = p.n(100, 24999)
    unit = p.of("", "", f" Apt {p.n(1, 40)}{p.of('', 'A', 'B', 'C')}", f" Unit {p.n(100, 999)}",
                f" Ste {p.n(100, 450)}", f" #{p.n(2, 60)}", f", Apt. {p.n(1, 9)}{p.of('F', 'R', '')}")  # fmt: skip
    street = f"{num} {p.street} {suffix}{unit}"
    if p.rng.random() < 0.15:
        street = f"{num} {p.of('N', 'S', 'E', 'W')} {p.street} {suffix}{unit}"
    zip_ = p.post("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.3 else "")
    return street, f"{p.city}, {p.region} {zip_}", [f"{p.city} {p.region} {zip_}"], zip_


def _gb(p: Pick) -> Built:
    num = p.n(1, 160)
    street = p.of(f"{num} {p.street}", f"Flat {p.n(1, 24)}, {num} {p.street}",
                  f"{num}{p.of('a', 'b')} {p.street}", f"Flat {p.n(1, 9)}\n{p.area('bldg')}, {num} {p.street}")  # fmt: skip
    code = p.post(" #AA")
    return street, f"{p.city} {code}", [p.city.upper(), code], code


def _ca(p: Pick) -> Built:
    num = p.n(10, 3999)
    street = p.of(f"{num} {p.street}", f"{p.n(101, 2409)}-{num} {p.street}", f"{num} {p.street}, Apt {p.n(101, 2409)}",
                  f"{num} {p.street}, Suite {p.n(100, 900)}")  # fmt: skip
    code = p.post("A #A#")
    return street, f"{p.city}, {p.region} {code}", [f"{p.city} {p.region}  {code}"], code


def _au(p: Pick) -> Built:
    num = p.n(1, 480)
    street = p.of(f"Unit {p.n(1, 30)}/{num} {p.street}", f"{p.n(1, 30)}/{num} {p.street}", f"{num} {p.street}",
                  f"Level {p.n(2, 12)}, {num} {p.street}")  # fmt: skip
    code = p.post("##")
    return street, f"{p.city} {p.region} {code}", [f"{p.city.upper()} {p.region} {code}"], code


def _in(p: Pick) -> Built:
    area = p.area("in_area")
    street = p.of(f"H.No. {p.n(1, 12)}-{p.n(1, 9)}-{p.n(10, 400)}/{p.of('A', 'B', '1')}, {p.street}",
                  f"Flat {p.n(1, 14)}0{p.n(1, 8)}, {p.area('bldg')}, {p.street}",
                  f"#{p.n(1, 900)}, {p.n(1, 20)}th Cross, {area}",
                  f"Plot No. {p.n(1, 300)}, {p.street}, {area}")  # fmt: skip
    pin = p.post("##")
    return street, f"{p.city}, {p.region} {pin}", [f"{p.city} - {pin}", p.region], pin


def _de(p: Pick) -> Built:
    num = f"{p.n(1, 180)}{p.of('', '', 'a', 'b')}"
    street = p.of(f"{p.street} {num}", f"{p.street} {num}, {p.n(1, 5)}. OG", f"{p.street} {num}\nHinterhaus, {p.n(1, 4)}. Etage")  # fmt: skip
    plz = p.post("###")
    return street, f"{plz} {p.city}", [f"{plz} {p.city}"], plz


def _fr(p: Pick) -> Built:
    num = p.n(1, 140)
    street = p.of(f"{num} {p.street}", f"{num} bis {p.street}", f"{num}, {p.street}",
                  f"Bât. {p.of('A', 'B', 'C')}, {num} ter {p.street}", f"{num} {p.street}, {p.n(2, 6)}e étage")  # fmt: skip
    cp = p.post("##")
    cedex = f" CEDEX {p.n(1, 16):02d}" if p.rng.random() < 0.15 else ""
    return street, f"{cp} {p.city}{cedex}", [f"{cp} {p.city.upper()}{cedex}"], cp


def _es(p: Pick) -> Built:
    name = p.street.replace("Calle de ", "").replace("Calle ", "").replace("Carrer de ", "")
    num = p.n(1, 220)
    street = p.of(f"C/ {name}, {num}, {p.n(1, 8)}º {p.of('A', 'B', 'C', 'izq.', 'dcha.')}",
                  f"{p.street} nº {num}, piso {p.n(1, 9)}, puerta {p.n(1, 6)}",
                  f"{p.street}, {num}", f"C/{name} {num} {p.n(1, 6)}ºD")  # fmt: skip
    cp = p.post("##")
    return street, f"{cp} {p.city}", [f"{cp} {p.city}"], cp


def _it(p: Pick) -> Built:
    num = p.n(1, 200)
    street = p.of(f"{p.street} {num}", f"{p.street}, {num}, int. {p.n(1, 20)}",
                  f"{p.street} n. {num}, scala {p.of('A', 'B', 'C')}", f"{p.street} {num}/{p.of('A', 'B', 'bis')}")  # fmt: skip
    cap = p.post("##")
    return street, f"{cap} {p.city} ({p.region})", [f"{cap} {p.city} {p.region}"], cap


def _br(p: Pick) -> Built:
    num = p.n(10, 3200)
    bairro = p.area("br_bairro")
    street = p.of(f"{p.street}, {num}, apto {p.n(1, 22)}{p.n(1, 4)}", f"{p.street}, nº {num}",
                  f"{p.street} {num} - {bairro}", f"{p.street}, {num}, bloco {p.of('A', 'B', '2')}, apto {p.n(11, 184)}")  # fmt: skip
    cep = p.post("###-###")
    return (
        street,
        f"{bairro}, {p.city} - {p.region}, {cep}",
        [f"{bairro} - {p.city}/{p.region}", f"CEP {cep}"],
        cep,
    )


def _mx(p: Pick) -> Built:
    num = p.n(1, 420)
    col = p.area("mx_col")
    street = p.of(f"{p.street} {num}, Int. {p.n(1, 12)}", f"{p.street} No. {num}, {col}",
                  f"{p.street} #{num} int {p.of('A', 'B', '4')}", f"{p.street} {num} Depto. {p.n(101, 804)}")  # fmt: skip
    cp = p.post("###")
    return (
        street,
        f"{col}, C.P. {cp}, {p.city}, {p.region}",
        [col, f"C.P. {cp} {p.city}, {p.region}"],
        cp,
    )


def _jp(p: Pick) -> Built:
    block = f"{p.n(1, 5)}-{p.n(1, 28)}-{p.n(1, 19)}"
    street = p.of(f"{block} {p.street}", f"{p.street} {block}", f"{p.street} {block}, Room {p.n(1, 9)}0{p.n(1, 9)}",
                  f"{p.area('bldg')} {p.n(1, 9)}0{p.n(1, 9)}, {block} {p.street}")  # fmt: skip
    zip_ = p.post("#-####")
    return street, f"{p.city}, {p.region} {zip_}", [f"{p.city}, {p.region}", f"〒{zip_}"], zip_


def _ph(p: Pick) -> Built:
    num = p.n(1, 320)
    brgy = p.area("ph_brgy")
    street = p.of(f"{num} {p.street}, {brgy}", f"Unit {p.n(2, 40)}0{p.n(1, 9)}, {p.area('bldg')}, {num} {p.street}",
                  f"Blk {p.n(1, 40)} Lot {p.n(1, 30)}, {p.street}, {brgy}", f"{num} {p.street}")  # fmt: skip
    code = p.post("##")
    return street, f"{p.city}, {p.region} {code}", [f"{p.city} {code}", p.region], code


def _ng(p: Pick) -> Built:
    area = p.area("ng_area")
    street = p.of(f"Plot {p.n(1, 400)}, {p.street}, {area}", f"{p.n(1, 90)} {p.street}",
                  f"Flat {p.n(1, 12)}, Block {p.of('A', 'C', 'D')}, {p.n(1, 90)} {p.street}, {area}",
                  f"No. {p.n(1, 60)}, {p.street}\nopposite {p.of('the filling station', 'the church', 'the mosque')}")  # fmt: skip
    code = p.post("####")
    return street, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _tr(p: Pick) -> Built:
    mah = p.area("tr_mah")
    num = p.n(1, 140)
    street = p.of(f"{mah} {p.street} No:{num} D:{p.n(1, 24)}", f"{p.street} No: {num} Daire: {p.n(1, 24)}",
                  f"{mah} {p.street} No:{num}/{p.n(1, 12)}", f"{p.street} No.{num} Kat {p.n(1, 9)} D.{p.n(1, 24)}")  # fmt: skip
    code = p.post("##")
    return street, f"{code} {p.city}/{p.region}", [f"{code} {p.city} / {p.region.upper()}"], code


FORMATS = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "in": _in, "de": _de, "fr": _fr, "es": _es,
    "it": _it, "br": _br, "mx": _mx, "jp": _jp, "ph": _ph, "ng": _ng, "tr": _tr,
}  # fmt: skip


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    street = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    line, rest, lines, postcode = FORMATS[country](Pick(rng, street, city, region, prefix, parity))
    return Address(line, rest, tuple(lines), rng.choice(COUNTRY_NAMES[country]), city, postcode)
