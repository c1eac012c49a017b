"""Set 31's street addresses: 18 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address as a street line, a one-line locality and the lines of a label.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from bench.redaction_corpus_set31_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set31_pools import half


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


def _us(p: Parts) -> Built:
    kind = p.pick("Rd", "Ln", "Trl", "Ct", "Dr", "Hollow Rd", "Street")
    roll = p.n(0, 5)
    if roll == 0:  # a rural grid address (Wisconsin style), no PO box
        street = f"{p.pick('N', 'W', 'S', 'E')}{p.n(1000, 9999)} {p.name} {kind}"
    elif roll == 1:  # the unit before the number
        street = f"Apt {p.n(1, 40)}{p.pick('', 'B', 'C')}, {p.num}{p.digits(2)} {p.name} {kind}"
    elif roll == 2:
        street = f"{p.num} {p.name} {kind} Unit {p.n(1, 12)}"
    elif roll == 3:
        street = f"{p.num}{p.digits(1)} {p.name} {kind} #{p.n(101, 409)}"
    else:
        street = f"{p.num}{p.digits(1)} {p.name} {kind}"
    postcode = p.prefix + p.digits(2) + (f"-{p.digits(4)}" if p.rng.random() < 0.25 else "")
    loc = f"{p.city}, {p.region} {postcode}"
    return street, loc, [loc], postcode


def _gb(p: Parts) -> Built:
    kind = p.pick("Road", "Lane", "Gardens", "Close", "Crescent", "Terrace")
    roll = p.n(0, 3)
    if roll == 0:  # a Glasgow tenement flat: floor/position
        street = f"Flat {p.n(0, 3)}/{p.n(1, 2)}, {p.num} {p.name} {kind}"
    elif roll == 1:
        street = f"{p.area('gb_bldg')}, {p.n(1, 60)} {p.name} {kind}"
    elif roll == 2:
        street = f"{p.n(1, 90)}{p.pick('a', 'b', 'A')} {p.name} {kind}"
    else:
        street = f"{p.num} {p.name} {kind}"
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    postcode = f"{p.prefix} {p.n(1, 9)}{p.rng.choice(letters)}{p.rng.choice(letters)}"
    town = p.city.upper() if p.rng.random() < 0.5 else p.city
    return street, f"{p.city} {postcode}", [town, postcode], postcode


def _ca(p: Parts) -> Built:
    kind = p.pick("Cres", "Trail", "Blvd", "Way", "Ave", "Rd")
    street = p.pick(
        f"{p.n(1, 20)}-{p.num} {p.name} {kind}",
        f"{p.num} {p.name} {kind}, Unit {p.n(1, 20)}",
        f"{p.num}{p.digits(1)} {p.name} {kind}",
        f"Apt {p.n(101, 1408)} {p.num} {p.name} {kind}",
    )
    letters = "ABCEGHJKLMNPRSTVXY"
    postcode = f"{p.prefix} {p.n(0, 9)}{p.rng.choice(letters)}{p.n(0, 9)}"
    return (
        street,
        f"{p.city}, {p.region} {postcode}",
        [f"{p.city.upper()} {p.region}  {postcode}"],
        postcode,
    )


def _au(p: Parts) -> Built:
    kind = p.pick("St", "Rd", "Pde", "Cct", "Way", "Cl")
    street = p.pick(
        f"{p.n(1, 24)}/{p.num} {p.name} {kind}",
        f"Unit {p.n(1, 24)}/{p.num} {p.name} {kind}",
        f"Lot {p.n(2, 180)} {p.name} {kind}",
        f"{p.num} {p.name} {kind}",
    )
    return (
        street,
        f"{p.city} {p.region} {p.prefix}",
        [f"{p.city.upper()} {p.region} {p.prefix}"],
        p.prefix,
    )


def _ordinal(n: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    return f"{n}{suffix}"


def _in(p: Parts) -> Built:
    cross, main = _ordinal(p.n(1, 9)), _ordinal(p.n(1, 8))
    street = p.pick(
        f"#{p.num}, {cross} Cross, {main} Main, {p.name} Layout",
        f"No. {p.num}/{p.n(1, 9)}, {main} Main Road, {p.name}",
        f"Flat {p.n(1, 6)}0{p.n(1, 4)}, {p.area('in_bldg')}, {cross} Cross Road, {p.name}",
        f"{p.num}, {cross} Cross, {p.name} {p.pick('Layout', 'Extension', '2nd Stage')}",
    )
    pin = p.prefix + p.digits(3)
    return (
        street,
        f"{p.city} - {pin}, {p.region}",
        [f"{p.city} - {pin}", p.region],
        pin,
    )


def _br(p: Parts) -> Built:
    kind = p.pick("Rua", "Av.", "Travessa", "Rua")
    street = p.pick(
        f"{kind} {p.name}, nº {p.num}",
        f"{kind} {p.name}, nº {p.num}, apto {p.n(1, 12)}0{p.n(1, 4)}",
        f"{kind} {p.name}, {p.num} - bloco {p.pick('A', 'B', 'C')}, ap. {p.n(11, 804)}",
        f"{kind} {p.name}, {p.num}, casa {p.n(1, 9)}",
    )
    cep = f"{p.prefix}{p.digits(3)}-{p.digits(3)}"
    bairro = p.area("br")
    return (
        street,
        f"{bairro}, {p.city} - {p.region}, {cep}",
        [bairro, f"{p.city} - {p.region}", f"CEP {cep}"],
        cep,
    )


def _mx(p: Parts) -> Built:
    kind = p.pick("Calle", "Av.", "Calle", "Privada")
    street = p.pick(
        f"{kind} {p.name} {p.num}",
        f"{kind} {p.name} #{p.num}, Int. {p.n(1, 12)}",
        f"{kind} {p.name} No. {p.num} Depto. {p.n(1, 8)}{p.pick('A', 'B')}",
        f"{kind} {p.name} {p.num}-{p.pick('A', 'B', 'C')}",
    )
    cp = p.prefix + p.digits(3)
    col = p.area("mx")
    return (
        street,
        f"{col}, C.P. {cp}, {p.city}, {p.region}",
        [col, f"C.P. {cp} {p.city}, {p.region}"],
        cp,
    )


def _ph(p: Parts) -> Built:
    street = p.pick(
        f"Blk {p.n(1, 30)} Lot {p.n(1, 40)}, {p.name} St.",
        f"{p.num} {p.name} St.",
        f"Unit {p.n(2, 9)}0{p.n(1, 9)}, {p.num} {p.name} Ave.",
        f"Lot {p.n(1, 40)} Phase {p.n(1, 4)}, {p.name} Street",
    )
    zipcode = p.prefix + p.digits(2)
    brgy = p.area("ph")
    return (
        street,
        f"{brgy}, {p.city}, {p.region} {zipcode}",
        [brgy, f"{p.city}, {p.region}", zipcode],
        zipcode,
    )


def _vn(p: Parts) -> Built:
    street = p.pick(
        f"Số {p.num} đường {p.name}",
        f"{p.num}/{p.n(2, 40)} {p.name}",
        f"Số {p.num}, ngõ {p.n(2, 120)}, đường {p.name}",
        f"{p.num} {p.name}, tổ {p.n(1, 30)}",
    )
    phuong, quan = p.area("vn"), p.area("vn_q")
    postcode = p.prefix + p.digits(5)
    return (
        street,
        f"{phuong}, {quan}, {p.city}",
        [f"{phuong}, {quan}", p.city],
        postcode,
    )


def _id(p: Parts) -> Built:
    street = p.pick(
        f"Jl. {p.name} No. {p.n(1, 120)}, RT {p.n(1, 12):03d}/RW {p.n(1, 9):03d}",
        f"Jl. {p.name} No. {p.n(1, 120)}{p.pick('A', 'B', '')}",
        f"Jl. {p.name} Gg. {p.n(1, 9)} No. {p.n(1, 40)}",
        f"Perum {p.name} Blok {p.pick('A', 'B', 'C', 'D')}{p.n(1, 9)} No. {p.n(1, 30)}",
    )
    kel, kec = p.area("id_kel"), p.area("id_kec")
    postcode = p.prefix + p.digits(3)
    return (
        street,
        f"{kel}, {kec}, {p.city} {postcode}",
        [f"{kel}, {kec}", f"{p.city} {postcode}", p.region],
        postcode,
    )


def _my(p: Parts) -> Built:
    taman = p.area("my")
    street = p.pick(
        f"No. {p.n(1, 88)}, Jalan {p.name} {p.n(1, 9)}/{p.n(1, 12)}, {taman}",
        f"{p.n(1, 88)}, Jalan {p.name} {p.n(1, 30)}, {taman}",
        f"Lot {p.num}, Jalan {p.name}, {taman}",
        f"No. {p.n(1, 88)}, Lorong {p.name} {p.n(1, 9)}, {taman}",
    )
    postcode = p.prefix + p.digits(3)
    return (
        street,
        f"{postcode} {p.city}, {p.region}",
        [f"{postcode} {p.city}", p.region.upper() if p.rng.random() < 0.5 else p.region],
        postcode,
    )


def _tr(p: Parts) -> Built:
    mah = p.area("tr")
    street = p.pick(
        f"{mah} Mah. {p.name} Sok. No:{p.n(1, 90)} D:{p.n(1, 24)}",
        f"{mah} Mah. {p.name} Cad. No: {p.n(1, 240)}/{p.n(1, 16)}",
        f"{mah} Mahallesi, {p.name} Sokak, No. {p.n(1, 90)}, Daire {p.n(1, 24)}",
        f"{p.name} Cad. {mah} Apt. No:{p.n(1, 90)} K:{p.n(1, 9)} D:{p.n(1, 24)}",
    )
    postcode = p.prefix + p.digits(2)
    return (
        street,
        f"{postcode} {p.region}/{p.city}",
        [f"{postcode} {p.region} / {p.city.upper()}"],
        postcode,
    )


def _gr(p: Parts) -> Built:
    street = p.pick(
        f"Odos {p.name} {p.n(1, 140)}",
        f"{p.name} {p.n(1, 140)}",
        f"odos {p.name} {p.n(1, 140)}, {p.n(1, 7)}os orofos",
        f"{p.name} {p.n(1, 140)}{p.pick('A', 'B')}",
    )
    postcode = f"{p.prefix} {p.digits(2)}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _pt(p: Parts) -> Built:
    street = p.pick(
        f"{p.name}, n.º {p.n(1, 160)}, {p.n(1, 8)}.º Dto.",
        f"{p.name} {p.n(1, 160)}, {p.n(1, 8)}.º Esq.",
        f"{p.name}, {p.n(1, 160)} r/c",
        f"{p.name}, n.º {p.n(1, 160)}-{p.pick('A', 'B')}",
    )
    postcode = f"{p.prefix}{p.digits(2)}-{p.digits(3)}"
    return street, f"{postcode} {p.city}", [f"{postcode} {p.city.upper()}"], postcode


def _ie(p: Parts) -> Built:
    kind = p.pick("Road", "Park", "Drive", "Grove", "Close", "Heights")
    street = p.pick(
        f"Apt {p.n(1, 48)}, {p.area('ie_bldg')}, {p.name} {kind}",
        f"{p.n(1, 120)} {p.name} {kind}",
        f"No. {p.n(1, 60)} {p.name} {kind}",
    )
    chars = "ACDEFHKNPRTVWXY0123456789"
    eircode = f"{p.prefix} {''.join(p.rng.choice(chars) for _ in range(4))}"
    return (
        street,
        f"{p.city}, {p.region}, {eircode}",
        [p.city, p.region, eircode],
        eircode,
    )


def _hu(p: Parts) -> Built:
    street = p.pick(
        f"{p.name} utca {p.n(1, 90)}. {p.n(1, 6)}. em. {p.n(1, 12)}.",
        f"{p.name} út {p.n(1, 190)}.",
        f"{p.name} u. {p.n(1, 90)}/{p.pick('A', 'B')}",
        f"{p.name} köz {p.n(1, 30)}. fszt. {p.n(1, 4)}.",
    )
    postcode = p.prefix + p.digits(4 - len(p.prefix))
    return street, f"{postcode} {p.city}", [p.city, postcode], postcode


def _ro(p: Parts) -> Built:
    street = p.pick(
        f"Str. {p.name} nr. {p.n(1, 90)}, bl. {p.pick('A', 'B', 'C', 'M')}{p.n(1, 9)}, "
        f"sc. {p.n(1, 4)}, ap. {p.n(1, 60)}",
        f"Strada {p.name} {p.n(1, 140)}",
        f"str. {p.name}, nr. {p.n(1, 90)}, et. {p.n(1, 10)}, ap. {p.n(1, 60)}",
    )
    postcode = p.prefix + p.digits(6 - len(p.prefix))
    if p.city == "București":
        loc = f"sector {p.n(1, 6)}, {postcode} {p.city}"
        return street, loc, [loc], postcode
    return street, f"{postcode} {p.city}, {p.region}", [f"{postcode} {p.city}", p.region], postcode


def _ru(p: Parts) -> Built:
    street = p.pick(
        f"ul. {p.name}, d. {p.n(1, 90)}, kv. {p.n(1, 240)}",
        f"prospekt {p.name}, d. {p.n(1, 90)}, korp. {p.n(1, 4)}, kv. {p.n(1, 240)}",
        f"{p.name} ulitsa, {p.n(1, 90)}-{p.n(1, 240)}",
        f"ul. {p.name} {p.n(1, 90)}, str. {p.n(1, 4)}, kv. {p.n(1, 240)}",
    )
    postcode = p.prefix + p.digits(6 - len(p.prefix))
    return street, f"{p.city}, {postcode}", [f"g. {p.city}", postcode], postcode


FORMATS = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "in": _in, "br": _br, "mx": _mx, "ph": _ph,
    "vn": _vn, "id": _id, "my": _my, "tr": _tr, "gr": _gr, "pt": _pt, "ie": _ie, "hu": _hu,
    "ro": _ro, "ru": _ru,
}  # fmt: skip
