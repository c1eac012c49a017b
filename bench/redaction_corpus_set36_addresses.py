# ruff: noqa: E501
"""Set 36's street addresses: 17 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address three ways: the street line (units, floors, buildings, colonias, bairros,
barangays and landmarks included; a newline inside marks a second label line), the rest on
one line (city, region, postcode) and the rest over label lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set36_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set36_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line (a newline inside: a unit, building or area line)
    locality: str  # the rest on one line
    lines: tuple[str, ...]  # the rest over label lines
    country: str
    city: str
    postcode: str


@dataclass(frozen=True)
class Draw:
    """One half's street, city and areas, and the random generator for the rest."""

    rng: random.Random
    street: str
    city: str
    region: str
    prefix: str
    parity: int

    def area(self, key: str) -> str:
        return self.rng.choice(half(AREAS[key], self.parity))

    def one(self, *options: str) -> str:
        return self.rng.choice(options)

    def num(self, lo: int = 1, hi: int = 180) -> int:
        return self.rng.randint(lo, hi)

    def code(self, shape: str) -> str:
        """The city's postcode prefix and ``shape`` ("#" a digit, "A" a capital letter)."""
        out = self.prefix + shaped(self.rng, shape)
        return "".join(self.rng.choice("ABDEGHJLNPRSTUWXZ") if c == "A" else c for c in out)


# street line, the rest on one line, the rest over lines, postcode
Parts = tuple[str, str, list[str], str]


def _us(d: Draw) -> Parts:
    kind = d.one("Ave", "Pl", "Ter", "Trl", "Loop", "Run", "Xing", "Pass", "Rd", "Dr", "Ln")
    n = d.num(10, 19999)
    unit = d.one("", "", "", f" Apt {d.num(1, 30)}{d.one('', 'D', 'E')}", f" Unit {d.num(1, 12)}{d.one('A', 'B')}",
                 f" Bldg {d.num(1, 9)}", f" Fl {d.num(2, 6)}", f" Suite {d.num(101, 340)}", f" Lot {d.num(1, 80)}")  # fmt: skip
    line = f"{n} {d.one('', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW ')}{d.street} {kind}{unit}"
    zip_ = d.code("##") + (f"-{shaped(d.rng, '####')}" if d.rng.random() < 0.25 else "")
    return line, f"{d.city}, {d.region} {zip_}", [f"{d.city}, {d.region} {zip_}"], zip_


def _gb(d: Draw) -> Parts:
    n = d.num(1, 140)
    line = d.one(f"{n} {d.street}", f"Flat {d.num(1, 30)}{d.one('', 'A')}, {n} {d.street}",
                 f"{d.one('Ground Floor Flat', 'Basement Flat', 'Top Floor Flat')}, {n} {d.street}",
                 f"Flat {d.num(1, 18)}\n{d.area('bldg')}\n{n} {d.street}", f"{n}{d.one('a', 'c')} {d.street}")  # fmt: skip
    pc = d.code(f"{d.num(1, 29)} #AA")
    return line, f"{d.city} {pc}", [d.city.upper(), pc], pc


def _ca(d: Draw) -> Parts:
    n = d.num(10, 9999)
    line = d.one(f"{n} {d.street}", f"{d.num(101, 2404)}-{n} {d.street}", f"{n} {d.street}, Unit {d.num(1, 40)}",
                 f"Apt {d.num(1, 30)}, {n} {d.street}", f"{n} {d.street}, Suite {d.num(100, 900)}")  # fmt: skip
    pc = d.code("A #A#")
    return line, f"{d.city}, {d.region} {pc}", [f"{d.city} {d.region}  {pc}"], pc


def _au(d: Draw) -> Parts:
    n = d.num(1, 320)
    line = d.one(f"{n} {d.street}", f"{d.num(1, 40)}/{n} {d.street}", f"Unit {d.num(1, 24)}, {n} {d.street}",
                 f"Apartment {d.num(101, 1208)}, {n} {d.street}", f"Shop {d.num(1, 12)}, {n} {d.street}")  # fmt: skip
    pc = d.code("##")
    return line, f"{d.city} {d.region} {pc}", [f"{d.city.upper()} {d.region} {pc}"], pc


def _in(d: Draw) -> Parts:
    loc = d.area("in_area")
    line = d.one(f"Flat No. {d.num(101, 1404)}, {d.area('bldg')}, {d.street}, {loc}",
                 f"Door No. {d.num(1, 40)}/{d.num(1, 300)}, {d.street}, {loc}",
                 f"{d.num(1, 600)}, {d.num(1, 18)}th Main, {d.street}, {loc}",
                 f"Villa {d.num(1, 220)}, {d.area('bldg')}\n{d.street}, {loc}",
                 f"Shop No. {d.num(1, 30)}, Ground Floor, {d.street}, {loc}")  # fmt: skip
    pin = d.code("###")
    return line, f"{d.city}, {d.region} {pin}", [f"{d.city} - {pin}", d.region], pin


def _de(d: Draw) -> Parts:
    n = f"{d.num(1, 180)}{d.one('', '', 'a', 'b', 'c')}"
    line = d.one(f"{d.street} {n}", f"{d.street} {n}, {d.num(1, 5)}. Stock", f"{d.street} {n}, Seitenflügel",
                 f"{d.street} {n}, Whg. {d.num(1, 30)}", f"Gartenhaus\n{d.street} {n}")  # fmt: skip
    plz = d.code("###")
    return line, f"{plz} {d.city}", [f"{plz} {d.city}"], plz


def _fr(d: Draw) -> Parts:
    n = f"{d.num(1, 140)}{d.one('', '', '', ' bis', ' ter')}"
    line = d.one(f"{n} {d.street}", f"Résidence Les Tilleuls, Appt {d.num(1, 60)}\n{n} {d.street}",
                 f"{n} {d.street}, {d.num(1, 7)}e étage", f"{n} {d.street}, Esc. {d.one('A', 'B', 'C')}")  # fmt: skip
    cp = d.code("###")
    tail = d.one("", "", " CEDEX")
    return line, f"{cp} {d.city}{tail}", [f"{cp} {d.city.upper()}{tail}"], cp


def _es(d: Draw) -> Parts:
    n = d.num(1, 150)
    line = d.one(f"{d.street}, {n}, {d.num(1, 9)}º {d.one('A', 'B', 'C', 'D', 'izda.', 'dcha.')}",
                 f"{d.street} {n}, bajo", f"{d.street}, nº {n}, esc. {d.num(1, 3)}, {d.num(1, 8)}º",
                 f"{d.street}, {n}, ático")  # fmt: skip
    cp = d.code("###")
    return line, f"{cp} {d.city} ({d.region})", [f"{cp} {d.city}", d.region], cp


def _it(d: Draw) -> Parts:
    n = d.num(1, 240)
    line = d.one(f"{d.street}, {n}", f"{d.street} {n}/{d.one('B', 'C')}", f"{d.street}, {n}, piano {d.num(1, 6)}",
                 f"{d.street}, {n} - interno {d.num(1, 30)}", f"{d.street} {n}, scala {d.one('A', 'C', 'D')}")  # fmt: skip
    cap = d.code("##")
    return line, f"{cap} {d.city} ({d.region})", [f"{cap} {d.city} {d.region}"], cap


def _br(d: Draw) -> Parts:
    n = d.num(10, 3200)
    bairro = d.area("br_bairro")
    line = d.one(f"{d.street}, {n}, apto {d.num(11, 184)} - {bairro}", f"{d.street}, nº {n}, casa {d.num(1, 4)}\n{bairro}",
                 f"{d.street}, {n}, sala {d.num(101, 1204)}, {bairro}", f"{d.street} {n} bl. {d.one('A', 'B', '2')} ap. {d.num(11, 94)}, {bairro}")  # fmt: skip
    cep = d.code("###-###")
    return line, f"{d.city} - {d.region}, {cep}", [f"{d.city}/{d.region}", f"CEP {cep}"], cep


def _mx(d: Draw) -> Parts:
    n = d.num(1, 2400)
    col = d.area("mx_col")
    line = d.one(f"{d.street} {n}, {col}", f"{d.street} No. {n} Int. {d.num(1, 12)}, {col}",
                 f"{d.street} #{n}, Depto. {d.num(101, 804)}\n{col}", f"{d.street} {n}-{d.one('A', 'B')}, {col}")  # fmt: skip
    cp = d.code("###")
    return line, f"C.P. {cp}, {d.city}, {d.region}", [f"C.P. {cp}", f"{d.city}, {d.region}"], cp


def _jp(d: Draw) -> Parts:
    block = f"{d.num(1, 5)}-{d.num(1, 30)}-{d.num(1, 20)}"
    line = d.one(f"{d.street} {block}", f"{block} {d.street}", f"{d.street} {block}, Room {d.num(101, 905)}",
                 f"Maison {d.street} {d.num(101, 502)}\n{d.street} {block}")  # fmt: skip
    code = d.code("-####")
    return line, f"{d.city}, {d.region} {code}", [f"〒{code} {d.city}", d.region], code


def _ph(d: Draw) -> Parts:
    n = d.num(1, 180)
    brgy = d.area("ph_brgy")
    line = d.one(f"{n} {d.street}, {brgy}", f"Unit {d.num(2, 40)}{d.one('A', 'C', 'F')}, {d.area('bldg')}, {d.street}, {brgy}",
                 f"Blk {d.num(1, 40)} Lot {d.num(1, 60)}, {d.street}, {brgy}", f"{n} {d.street}\n{brgy}")  # fmt: skip
    zip_ = d.code("##")
    return line, f"{d.city}, {d.region} {zip_}", [f"{zip_} {d.city}", d.region], zip_


def _ng(d: Draw) -> Parts:
    n = d.num(1, 90)
    line = d.one(f"{n} {d.street}, {d.area('ng_area')}", f"Plot {d.num(1, 400)}, {d.street}, {d.area('ng_area')}",
                 f"House {d.num(1, 40)}, {d.street}\n{d.area('landmark')}", f"Block {d.one('A', 'D', 'F')}, Flat {d.num(1, 12)}, {d.street}, {d.area('ng_area')}")  # fmt: skip
    code = d.code("##")
    return line, f"{d.city}, {d.region} {code}", [d.city, f"{d.region} {code}"], code


def _tr(d: Draw) -> Parts:
    mah = d.area("tr_mah")
    n = d.num(1, 120)
    line = d.one(f"{mah} {d.street} No:{n} Daire:{d.num(1, 20)}", f"{mah} {d.street} No: {n}/{d.num(1, 14)}",
                 f"{d.street} No:{n} K:{d.num(1, 8)} D:{d.num(1, 20)}\n{mah}", f"{mah} {d.street} {d.one('Apt.', 'Sitesi')} No.{n}")  # fmt: skip
    code = d.code("##")
    return (
        line,
        f"{code} {d.city}/{d.region}",
        [f"{code} {d.city.upper()}/{d.region.upper()}"],
        code,
    )


def _za(d: Draw) -> Parts:
    n = d.num(1, 220)
    line = d.one(
        f"{n} {d.street}",
        f"Unit {d.num(1, 40)}, {d.area('bldg')}, {n} {d.street}",
        f"{n} {d.street}\nPrivate Estate",
    )
    code = d.code("##")
    return line, f"{d.city}, {d.region}, {code}", [d.city, f"{d.region} {code}"], code


def _ae(d: Draw) -> Parts:
    line = d.one(f"Villa {d.num(1, 90)}, {d.street}", f"Apt {d.num(101, 2404)}, {d.area('bldg')}, {d.street}",
                 f"Office {d.num(101, 905)}, {d.street}")  # fmt: skip
    return line, f"{d.city}, {d.region}", [d.city, d.region.upper()], ""


BUILDERS = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "in": _in, "de": _de, "fr": _fr, "es": _es,
    "it": _it, "br": _br, "mx": _mx, "jp": _jp, "ph": _ph, "ng": _ng, "tr": _tr, "za": _za,
    "ae": _ae,
}  # fmt: skip


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    street = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    line, rest, lines, postcode = BUILDERS[country](Draw(rng, street, city, region, prefix, parity))
    return Address(line, rest, tuple(lines), rng.choice(COUNTRY_NAMES[country]), city, postcode)
