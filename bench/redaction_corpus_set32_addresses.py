"""Set 32's street addresses: 23 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address as a street line, a one-line locality and the lines of a label.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from bench.redaction_corpus_set32_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set32_pools import half


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

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def code(self, width: int) -> str:
        return self.prefix + self.digits(width - len(self.prefix))


Built = tuple[str, str, list[str], str]  # street, locality, label lines, postcode


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    name = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    parts = Parts(rng, name, city, region, prefix, str(rng.randint(1, 480)), parity)
    street, locality, lines, postcode = FORMATS[country](parts)
    return Address(
        street, locality, tuple(lines), rng.choice(COUNTRY_NAMES[country]), city, postcode
    )


def _kr(p: Parts) -> Built:
    road = p.pick(f"{p.name}-ro", f"{p.name}-gil", f"{p.name}-ro {p.n(2, 60)}-gil")
    street = p.pick(
        f"{road} {p.n(1, 240)}",
        f"{road} {p.n(1, 240)}, {p.n(101, 112)}-dong {p.n(101, 2404)}-ho",
        f"{p.area('kr_apt')} {p.n(101, 115)}dong {p.n(101, 1903)}ho, {road} {p.n(1, 99)}",
        f"{p.area('kr')} {p.n(1, 999)}-{p.n(1, 40)}",
    )
    postcode = p.code(5)
    return street, f"{p.city} {postcode}", [f"{p.city}, {postcode}"], postcode


def _jp(p: Parts) -> Built:
    c, b, g = p.n(1, 5), p.n(1, 30), p.n(1, 28)
    street = p.pick(
        f"{c}-{b}-{g} {p.name}",
        f"{p.name} {c}-chōme {b}-ban {g}-gō",
        f"{p.name} {c}-chome-{b}-{g}",
        f"{p.area('jp_bldg')} {p.n(1, 9)}0{p.n(1, 9)}\n{c}-{b}-{g} {p.name}",
    )
    postcode = f"{p.prefix}{p.digits(1)}-{p.digits(4)}"
    loc = f"{p.region}, {p.city} {postcode}"
    return street, loc, [f"{p.region}, {p.city}", f"〒{postcode}"], postcode


def _tw(p: Parts) -> Built:
    road = f"{p.name} {p.pick('Rd.', 'St.', 'E. Rd.', 'N. Rd.')}"
    street = p.pick(
        f"No. {p.n(1, 300)}, {road}",
        f"No. {p.n(1, 90)}, Ln. {p.n(2, 300)}, Sec. {p.n(1, 5)}, {road}",
        f"{p.n(2, 18)}F.-{p.n(1, 6)}, No. {p.n(1, 200)}, Alley {p.n(1, 30)}, {road}",
    )
    postcode = p.prefix + (p.digits(3) if p.rng.random() < 0.4 else "")
    return (
        street,
        f"{p.region}, {p.city} {postcode}",
        [f"{p.region}, {p.city} {postcode}"],
        postcode,
    )


def _th(p: Parts) -> Built:
    street = p.pick(
        f"{p.num}/{p.n(1, 99)} Moo {p.n(1, 12)}, Soi {p.name} {p.n(1, 60)}",
        f"{p.num} Thanon {p.name}",
        f"{p.num}/{p.n(1, 40)} Soi {p.name} {p.n(1, 30)}, Thanon {p.name}",
        f"{p.num} Moo {p.n(1, 12)}, {p.area('th_tambon')}",
    )
    postcode = p.code(5)
    tambon, amphoe = p.area("th_tambon"), p.area("th_amphoe")
    return (
        street,
        f"{tambon}, {amphoe}, {p.region} {postcode}",
        [f"{tambon}, {amphoe}", f"{p.region} {postcode}"],
        postcode,
    )


def _pk(p: Parts) -> Built:
    street = p.pick(
        f"House {p.n(1, 99)}, Street {p.n(1, 80)}, {p.area('pk')}",
        f"Plot {p.n(1, 90)}-{p.pick('C', 'B', 'A')}, Khayaban-e-{p.name}, Phase {p.n(2, 8)}, DHA",
        f"Flat {p.n(1, 20)}, {p.name} Plaza, {p.area('pk')}",
        f"H. No. {p.num}, Mohalla {p.name}",
    )
    postcode = p.code(5)
    return street, f"{p.city} {postcode}, {p.region}", [f"{p.city}-{postcode}", p.region], postcode


def _bd(p: Parts) -> Built:
    street = p.pick(
        f"House {p.n(1, 99)}, Road {p.n(1, 30)}, Block {p.pick('A', 'C', 'E', 'K')}, "
        f"{p.area('bd')}",
        f"Holding {p.num}, {p.name} Road",
        f"Flat {p.pick('A', 'B', 'C')}{p.n(1, 12)}, House {p.n(1, 60)}, {p.name} Lane",
        f"{p.num}/{p.n(1, 9)} {p.name} Road, {p.area('bd')}",
    )
    postcode = p.code(4)
    return street, f"{p.city} {postcode}", [f"{p.city}-{postcode}"], postcode


def _ng(p: Parts) -> Built:
    kind = p.pick("Close", "Crescent", "Street", "Avenue", "Close")
    street = p.pick(
        f"{p.n(1, 60)} {p.name} {kind}",
        f"Plot {p.n(1, 400)}, {p.name} {kind}",
        f"Flat {p.n(1, 12)}, Block {p.n(1, 20)}, {p.name} {kind}",
        f"{p.n(1, 60)}{p.pick('A', 'B', '')}, {p.name} {kind}, off {p.name} Road",
    )
    lga = p.area("ng")
    postcode = p.code(6)
    return street, f"{lga}, {p.city}, {p.region}", [lga, f"{p.city}, {p.region}"], postcode


def _za(p: Parts) -> Built:
    kind = p.pick("Street", "Avenue", "Road", "Crescent", "Laan", "Straat")
    street = p.pick(
        f"{p.num} {p.name} {kind}",
        f"Erf {p.n(100, 9999)}, {p.num} {p.name} {kind}",
        f"Unit {p.n(1, 60)}, {p.area('za_complex')}, {p.n(1, 90)} {p.name} {kind}",
        f"{p.name}{p.pick('laan', 'straat', 'weg')} {p.n(1, 90)}",
    )
    suburb = p.area("za")
    postcode = p.code(4)
    return street, f"{suburb}, {p.city}, {postcode}", [suburb, p.city, postcode], postcode


def _eg(p: Parts) -> Built:
    street = p.pick(
        f"{p.n(1, 90)} {p.name} St., Floor {p.n(1, 12)}, Apt. {p.n(1, 30)}",
        f"{p.n(1, 90)} Shareh {p.name}",
        f"Bldg {p.n(1, 60)}, {p.name} Street, flat {p.n(1, 24)}",
    )
    area = p.area("eg")
    postcode = p.code(5)
    return street, f"{area}, {p.city} {postcode}", [area, f"{p.city} {postcode}"], postcode


def _ma(p: Parts) -> Built:
    street = p.pick(
        f"{p.n(1, 200)}, Rue {p.name}",
        f"Rue {p.name}, n° {p.n(1, 200)}, appt {p.n(1, 24)}",
        f"Résidence {p.name}, Imm. {p.n(1, 30)}, Appt {p.n(1, 40)}",
        f"{p.n(1, 200)} Bd {p.name}, {p.n(1, 9)}ème étage",
    )
    area = p.area("ma")
    postcode = p.code(5)
    return street, f"{area}, {postcode} {p.city}", [area, f"{postcode} {p.city.upper()}"], postcode


def _co(p: Parts) -> Built:
    a, b = f"{p.n(1, 140)}{p.pick('', 'A', 'B', ' Bis')}", f"{p.n(1, 99)}-{p.n(1, 99)}"
    street = p.pick(
        f"Carrera {a} # {b}",
        f"Calle {a} # {b}, Apto {p.n(1, 20)}0{p.n(1, 4)}",
        f"Cra. {a} No. {b}",
        f"Avenida {p.name} # {b}, Torre {p.n(1, 6)}",
        f"Transversal {a} #{b}",
    )
    barrio = p.area("co")
    postcode = p.code(6)
    return street, f"{barrio}, {p.city}, {p.region}", [barrio, f"{p.city}, {p.region}"], postcode


def _pe(p: Parts) -> Built:
    street = p.pick(
        f"Jr. {p.name} {p.n(100, 1999)}",
        f"Jr. {p.name} {p.n(100, 999)}, Dpto. {p.n(1, 9)}0{p.n(1, 4)}",
        f"Av. {p.name} {p.n(100, 3999)}, Int. {p.pick('A', 'B', '2')}",
        f"Calle {p.name} Mz. {p.pick('A', 'B', 'C', 'F')} Lt. {p.n(1, 30)}",
    )
    urb = p.area("pe")
    postcode = p.code(5)
    return street, f"{urb}, {p.city} {postcode}", [urb, f"{p.city} {postcode}", p.region], postcode


def _cl(p: Parts) -> Built:
    street = p.pick(
        f"Pasaje {p.name} {p.n(100, 3999)}",
        f"Av. {p.name} {p.n(1, 9)}0{p.n(10, 99)}, depto {p.n(1, 20)}0{p.n(1, 9)}",
        f"Calle {p.name} {p.n(100, 3999)}, casa {p.pick('A', 'B', '12')}",
    )
    comuna = p.area("cl")
    postcode = p.code(7)
    return street, f"{comuna}, {p.city}, {p.region}", [f"{comuna}, {p.city}", p.region], postcode


def _pl(p: Parts) -> Built:
    street = p.pick(
        f"ul. {p.name} {p.n(1, 120)} m. {p.n(1, 80)}",
        f"ul. {p.name} {p.n(1, 120)}/{p.n(1, 80)}",
        f"al. {p.name} {p.n(1, 120)}{p.pick('A', 'B', '')}",
        f"os. {p.name} {p.n(1, 40)}/{p.n(1, 60)}",
    )
    postcode = f"{p.prefix}{p.digits(1)}-{p.digits(3)}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city}"], postcode


def _cz(p: Parts) -> Built:
    street = p.pick(
        f"{p.name} {p.n(100, 2999)}/{p.n(1, 90)}",
        f"{p.name} č.p. {p.n(100, 2999)}, č.o. {p.n(1, 90)}",
        f"{p.name} {p.n(1, 90)}",
    )
    postcode = f"{p.prefix}{p.digits(2)} {p.digits(2)}"
    city = f"{p.city} {p.n(1, 10)}" if p.city == "Praha" else p.city
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _nordic(p: Parts, kinds: tuple[str, ...], code: int, flat: str) -> Built:
    street = p.pick(
        f"{p.name}{p.pick(*kinds)} {p.n(1, 90)}",
        f"{p.name}{p.pick(*kinds)} {p.n(1, 90)} {p.pick('A', 'B', 'C')}{flat}",
        f"{p.name}{p.pick(*kinds)} {p.n(1, 90)}{p.pick('a', 'b', '')}",
    )
    postcode = p.code(code)
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _se(p: Parts) -> Built:
    street, _, _, postcode = _nordic(p, ("gatan", "vägen", "stigen"), 5, "")
    if p.rng.random() < 0.3:
        street += f", lgh {p.n(1001, 1603)}"
    postcode = f"{postcode[:3]} {postcode[3:]}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _no(p: Parts) -> Built:
    street, loc, lines, postcode = _nordic(p, ("veien", "vegen", "gata"), 4, "")
    if p.rng.random() < 0.3:
        street += f", H0{p.n(1, 4)}0{p.n(1, 6)}"
    return street, loc, lines, postcode


def _dk(p: Parts) -> Built:
    street, loc, lines, postcode = _nordic(p, ("vej", "gade", "stræde"), 4, "")
    if p.rng.random() < 0.4:
        street += f", {p.n(1, 5)}. {p.pick('tv.', 'th.', 'mf.')}"
    return street, loc, lines, postcode


def _fi(p: Parts) -> Built:
    return _nordic(p, ("katu", "tie", "polku"), 5, f" {p.n(1, 40)}")


def _nl(p: Parts) -> Built:
    kind = p.pick("straat", "laan", "weg", "pad", "plein")
    street = p.pick(
        f"{p.name}{kind} {p.n(1, 200)}",
        f"{p.name}{kind} {p.n(1, 200)}-{p.pick('1', '2', 'III', 'hs', 'bis')}",
        f"{p.name}{kind} {p.n(1, 200)}{p.pick('A', 'B', 'hs', ' bus 3')}",
        f"{p.name}{kind} {p.n(1, 200)} {p.pick('I', 'II', 'huis', 'zw')}",
    )
    if p.city == "Gent":
        postcode = p.code(4)
    else:
        postcode = f"{p.code(4)} {p.rng.choice('ABDEGHKLNPRSTVWXZ')}{p.rng.choice('ABEHJKLNRSTVZ')}"
    return street, f"{postcode} {p.city}", [f"{postcode}  {p.city.upper()}"], postcode


def _ch(p: Parts) -> Built:
    street = p.pick(
        f"{p.name}strasse {p.n(1, 120)}",
        f"{p.name}weg {p.n(1, 60)}{p.pick('a', 'b', '')}",
        f"{p.name}gasse {p.n(1, 40)}",
        f"{p.name}strasse {p.n(1, 120)}, {p.n(1, 5)}. OG",
    )
    postcode = p.code(4)
    return street, f"{postcode} {p.city} {p.region}", [f"CH-{postcode} {p.city}"], postcode


def _il(p: Parts) -> Built:
    street = p.pick(
        f"Rehov {p.name} {p.n(1, 90)}, Apt {p.n(1, 30)}",
        f"{p.name} St {p.n(1, 90)}/{p.n(1, 30)}",
        f"{p.name} {p.n(1, 90)}, dira {p.n(1, 30)}",
    )
    postcode = p.code(7)
    return street, f"{p.city} {postcode}", [f"{p.city}, {postcode}"], postcode


def _us(p: Parts) -> Built:
    kind = p.pick("Rd", "Road", "Ln", "Pike", "Hollow Rd", "Branch Rd")
    street = p.pick(
        f"{p.num}{p.digits(2)} {p.name} {kind}",
        f"{p.num} 1/2 {p.name} {kind}",
        f"{p.num}{p.digits(1)} Old {p.name} {kind}",
        f"{p.n(1, 9)}{p.digits(3)} {p.name} {kind}, Lot {p.n(1, 40)}",
    )
    postcode = p.code(5)
    loc = f"{p.city}, {p.region} {postcode}"
    return street, loc, [loc], postcode


def _nz(p: Parts) -> Built:
    kind = p.pick("Road", "Street", "Lane", "Drive")
    street = p.pick(
        f"{p.n(100, 2999)} {p.name} {kind}, RD {p.n(1, 9)}",
        f"{p.n(1, 40)}{p.pick('A', 'B', 'C')} {p.name} {kind}",
        f"Flat {p.n(1, 9)}, {p.n(1, 200)} {p.name} {kind}",
    )
    postcode = p.code(4)
    return street, f"{p.city} {postcode}", [f"{p.city.upper()} {postcode}"], postcode


FORMATS = {
    "kr": _kr, "jp": _jp, "tw": _tw, "th": _th, "pk": _pk, "bd": _bd, "ng": _ng, "za": _za,
    "eg": _eg, "ma": _ma, "co": _co, "pe": _pe, "cl": _cl, "pl": _pl, "cz": _cz, "se": _se,
    "no": _no, "dk": _dk, "fi": _fi, "nl": _nl, "ch": _ch, "il": _il, "us": _us, "nz": _nz,
}  # fmt: skip
