# ruff: noqa: E501
"""Set 40's street addresses: 27 national formats built from the pools of ``..._places.py``.

``build`` draws street, city and areas from one half's pools and writes the address three
ways: the street line (units, floors, stairs, house names, towers, buildings, villas,
townlands, colonias, bairros, barrios, suburbs and estates included; a newline inside marks a
second label line), the rest on one line (city, region, postcode) and the rest over label
lines. A few formats carry no house number where real addresses have none: an English or Irish
house name, an Irish townland, a Spanish or Mexican ``s/n``, a Brazilian ``s/n``, a Nigerian
estate block.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_kit import half as half
from bench.redaction_corpus_set40_places import AREAS, CITIES, COUNTRY_NAMES, STREETS


def _us(p: Picks) -> Built:
    suffix = p.any(
        "Street",
        "Road",
        "Drive",
        "Lane",
        "Court",
        "Place",
        "Trail",
        "Spur",
        "Crossing",
        "St",
        "Rd",
        "Dr",
    )
    unit = p.any("", "", "", "", f" Apt {p.n(1, 40)}{p.any('', 'B', 'C')}", f" Suite {p.n(100, 950)}", f" #{p.n(2, 1400)}",
                 f", Unit {p.n(1, 24)}", f", Fl {p.n(2, 9)}", f", Bldg {p.any('A', 'C', 'D')}")  # fmt: skip
    head = p.any("", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ")
    line = f"{p.n(100, 38999)} {head}{p.street} {suffix}{unit}"
    zip_ = p.pc("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.3 else "")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city}, {p.region} {zip_}"], zip_


def _gb(p: Picks) -> Built:
    n = p.n(1, 220)
    line = p.any(f"{n} {p.street}", f"{p.area('house')}, {p.street}", f"{p.area('house')}\n{p.street}",
                 f"Flat {p.n(1, 12)}, {n} {p.street}", f"{n}a {p.street}", f"Unit {p.n(1, 9)}\n{n} {p.street}")  # fmt: skip
    pc = p.pc(f"{p.n(1, 23)} #AA")
    return line, f"{p.city} {pc}", [p.city.upper(), pc], pc


def _ca(p: Picks) -> Built:
    n = p.n(10, 9800)
    line = p.any(f"{n} {p.street}", f"{p.n(100, 2400)}-{n} {p.street}", f"{n}, {p.street}, app. {p.n(1, 30)}",
                 f"Unit {p.n(1, 20)}, {n} {p.street}")  # fmt: skip
    pc = p.pc("A #A#")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city} {p.region}  {pc}"], pc


def _au(p: Picks) -> Built:
    n = p.n(1, 280)
    line = p.any(f"{n} {p.street}", f"{p.n(1, 24)}/{n} {p.street}", f"Unit {p.n(1, 24)}, {n} {p.street}",
                 f"Level {p.n(1, 9)}, {n} {p.street}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()} {p.region} {pc}"], pc


def _nz(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(f"{n} {p.street}, {p.area('nz_suburb')}", f"Flat {p.n(1, 8)}, {n} {p.street}\n{p.area('nz_suburb')}",
                 f"{n}{p.any('A', 'B')} {p.street}, {p.area('nz_suburb')}", f"{p.n(1, 6)}/{n} {p.street}, {p.area('nz_suburb')}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city} {pc}", [f"{p.city} {pc}"], pc


def _ie(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 80)} {p.street}", f"{p.area('house')}, {p.area('ie_townland')}",
                 f"{p.area('house')}\n{p.area('ie_townland')}", f"Apt {p.n(1, 40)}, {p.street}")  # fmt: skip
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region}, {eir}", [p.city, p.region, eir], eir


def _in(p: Picks) -> Built:
    loc = p.area("in_area")
    line = p.any(f"{p.n(1, 400)}, {p.street}, {loc}", f"Flat {p.n(101, 904)}, {p.area('tower')}\n{p.street}, {loc}",
                 f"#{p.n(1, 90)}, {p.n(1, 12)}th Main, {p.street}, {loc}", f"{p.n(1, 40)}/{p.n(1, 9)}{p.any('A', 'B')}, {p.street}\n{loc}")  # fmt: skip
    pin = p.pc(p.any("###", " ###"))
    return line, f"{p.city} - {pin}, {p.region}", [f"{p.city} {pin}", p.region], pin


def _de(p: Picks) -> Built:
    n = f"{p.n(1, 160)}{p.any('', '', '', 'a', 'b')}"
    line = p.any(f"{p.street} {n}", f"{p.street} {n}, Vorderhaus {p.n(1, 5)}. OG", f"{p.street} {n}, Gartenhaus",
                 f"{p.street} {n}\nApp. {p.n(1, 30)}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _at(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}/{p.n(1, 6)}/{p.n(1, 30)}", f"{p.street} {n}, Stiege {p.n(1, 4)}, Top {p.n(1, 24)}",
                 f"{p.street} {n}/Top {p.n(1, 18)}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.any('A-', '')}{pc} {p.city}", [f"{pc} {p.city}"], pc


def _fr(p: Picks) -> Built:
    n = p.n(1, 140)
    line = p.any(f"{n} {p.street}", f"{n} bis {p.street}", f"Bât. {p.any('A', 'B', 'C')}, {n} {p.street}",
                 f"Appt {p.n(1, 60)}\n{n} {p.street}")  # fmt: skip
    pc = p.pc("###")
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _be(p: Picks) -> Built:
    n = p.n(1, 180)
    line = p.any(f"{p.street} {n}", f"{p.street} {n} bus {p.n(1, 12)}", f"{p.street} {n}/{p.any('A', 'B')}{p.n(1, 4)}",
                 f"{p.street} {n} boîte {p.n(1, 9)}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _es(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(f"{p.street}, {n}, {p.n(1, 8)}º {p.any('A', 'B', 'C', 'izda.', 'dcha.')}", f"{p.street} {n}, bajo",
                 f"{p.street}, s/n", f"{p.street} {n}, esc. {p.any('1', '2')}, {p.n(1, 6)}º")  # fmt: skip
    pc = p.pc("###")
    return line, f"{pc} {p.city} ({p.region})", [f"{pc} {p.city}", f"({p.region})"], pc


def _pt(p: Picks) -> Built:
    n = p.n(1, 200)
    line = p.any(f"{p.street}, {n}, {p.n(1, 7)}.º {p.any('Esq.', 'Dto.')}", f"{p.street} n.º {n}, r/c",
                 f"{p.street}, lote {p.n(1, 40)}", f"{p.street} {n}, {p.n(1, 5)}.º {p.any('A', 'B')}")  # fmt: skip
    pc = p.pc(f"##-{shaped(p.rng, '###')}")
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _it(p: Picks) -> Built:
    n = p.n(1, 150)
    line = p.any(f"{p.street} {n}", f"{p.street}, {n}/{p.any('A', 'B', 'C')}", f"{p.street} {n}, scala {p.any('A', 'B')}, int. {p.n(1, 20)}",
                 f"{p.street} {n}, piano {p.n(1, 6)}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{pc} {p.city} ({p.region})", [f"{pc} {p.city} {p.region}"], pc


def _nl(p: Picks) -> Built:
    n = p.n(1, 260)
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n}-II",
        f"{p.street} {n} {p.any('A', 'B', 'C')}",
        f"{p.street} {n} hs",
    )
    pc = p.pc("## AA")
    return line, f"{pc} {p.city}", [f"{pc}  {p.city.upper()}"], pc


def _pl(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(f"{p.street} {n}/{p.n(1, 60)}", f"{p.street} {n} m. {p.n(1, 60)}", f"{p.street} {n} lok. {p.n(1, 12)}",
                 f"{p.street} {n}{p.any('a', 'b')}")  # fmt: skip
    pc = p.pc("-###")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _se(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(f"{p.street} {n}", f"{p.street} {n} {p.any('A', 'B')}", f"{p.street} {n}, lgh {p.n(1001, 1404)}",
                 f"{p.street} {n}, {p.n(1, 6)} tr")  # fmt: skip
    pc = p.pc("# ##")
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _br(p: Picks) -> Built:
    bairro = p.area("br_bairro")
    n = p.n(10, 4800)
    line = p.any(f"{p.street}, {n}, apto {p.n(11, 1804)} - {bairro}", f"{p.street}, {n} - casa {p.n(1, 4)}\n{bairro}",
                 f"{p.street}, s/n - {bairro}", f"{p.street}, {n}, bloco {p.any('A', 'B', 'C')}, ap. {p.n(11, 904)}\n{bairro}")  # fmt: skip
    cep = p.pc(f"###-{shaped(p.rng, '###')}")
    return line, f"{p.city} - {p.region}, {cep}", [f"{p.city}/{p.region}", f"CEP {cep}"], cep


def _mx(p: Picks) -> Built:
    col = p.area("mx_col")
    n = p.n(1, 3200)
    line = p.any(f"{p.street} {n}, {col}", f"{p.street} #{n} Int. {p.n(1, 14)}\n{col}", f"{p.street} s/n, {col}",
                 f"{p.street} No. {n}-{p.any('A', 'B')}, {col}")  # fmt: skip
    cp = p.pc("###")
    return line, f"C.P. {cp}, {p.city}, {p.region}", [f"C.P. {cp} {p.city}, {p.region}"], cp


def _ar(p: Picks) -> Built:
    barrio = p.area("ar_barrio")
    n = p.n(100, 5200)
    line = p.any(f"{p.street} {n}, {p.n(1, 12)}º {p.any('A', 'B', 'C', 'D')}", f"{p.street} {n} PB, {barrio}",
                 f"{p.street} {n}, depto {p.n(1, 30)}\n{barrio}", f"{p.street} {n}, {barrio}")  # fmt: skip
    cpa = p.prefix + "".join(p.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return line, f"{cpa} {p.city}, {p.region}", [f"{cpa} {p.city}", p.region], cpa


def _cl(p: Picks) -> Built:
    villa = p.area("cl_villa")
    n = p.n(100, 3900)
    line = p.any(f"{p.street} {n}, {villa}", f"{p.street} {n}, depto {p.n(101, 1208)}", f"{p.street} {n}, block {p.any('A', 'B', 'C')}\n{villa}",
                 f"{p.street} {n}, casa {p.n(1, 40)}, {villa}")  # fmt: skip
    code = p.pc("####")
    return line, f"{p.city}, {p.region}", [f"{p.city}", f"Región de {p.region}"], code


def _jp(p: Picks) -> Built:
    block = f"{p.n(1, 5)}-{p.n(1, 28)}-{p.n(1, 20)}"
    line = p.any(f"{block} {p.street}", f"{p.street} {p.n(1, 5)}-chōme {p.n(1, 28)}-{p.n(1, 20)}",
                 f"{p.area('jp_bldg')} {p.n(101, 1204)}\n{block} {p.street}", f"{block}-{p.n(101, 905)} {p.street}")  # fmt: skip
    zip_ = p.pc(f"-{shaped(p.rng, '####')}")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city}, {p.region}", f"〒{zip_}"], zip_


def _kr(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(f"{n}, {p.street}", f"{p.street} {n}, {p.n(2, 12)}F", f"{p.street} {n}, {p.n(101, 112)}-dong {p.n(101, 1504)}-ho",
                 f"{p.street} {n}, B1")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _sg(p: Picks) -> Built:
    n = p.n(1, 480)
    unit = f"#{p.n(2, 25):02d}-{p.n(1, 420):02d}"
    line = p.any(f"Blk {n} {p.street}, {unit}", f"{n} {p.street}, {unit}", f"Blk {n}{p.any('A', 'B')} {p.street}\n{unit}",
                 f"{n} {p.street}")  # fmt: skip
    code = p.pc("####")
    return line, f"{p.region} {code}", [f"{p.region.upper()} {code}"], code


def _za(p: Picks) -> Built:
    sub = p.area("za_suburb")
    n = p.n(1, 240)
    line = p.any(f"{n} {p.street}, {sub}", f"Unit {p.n(1, 60)}, {p.area('tower')}\n{n} {p.street}, {sub}",
                 f"{n} {p.street}\n{sub}", f"Erf {p.n(100, 9900)}, {p.street}, {sub}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {code}", [p.city, code], code


def _ng(p: Picks) -> Built:
    area = p.area("ng_area")
    n = p.n(1, 90)
    line = p.any(f"{n} {p.street}, {area}", f"Plot {p.n(1, 400)}, {p.street}\n{area}", f"Block {p.any('A', 'B', 'C', 'D')}, Flat {p.n(1, 12)}, {area}",
                 f"{n}{p.any('A', 'B')} {p.street}, off {area}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region}", [p.city, p.region], code


def _tr(p: Picks) -> Built:
    mah = p.area("tr_mah")
    line = p.any(f"{mah} {p.street} No: {p.n(1, 120)} D: {p.n(1, 30)}", f"{p.street} No:{p.n(1, 120)}/{p.n(1, 30)}, {mah}",
                 f"{mah}\n{p.street} No: {p.n(1, 120)} Daire: {p.n(1, 30)}", f"{mah} {p.street} {p.n(1, 120)}/{p.any('A', 'B', '3')}")  # fmt: skip
    code = p.pc("###")
    return line, f"{code} {p.city}/{p.region}", [f"{code} {p.city}/{p.region.upper()}"], code


BUILDERS: dict[str, Builder] = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "nz": _nz, "ie": _ie, "in": _in, "de": _de,
    "at": _at, "fr": _fr, "be": _be, "es": _es, "pt": _pt, "it": _it, "nl": _nl, "pl": _pl,
    "se": _se, "br": _br, "mx": _mx, "ar": _ar, "cl": _cl, "jp": _jp, "kr": _kr, "sg": _sg,
    "za": _za, "ng": _ng, "tr": _tr,
}  # fmt: skip


PLACES = Places(
    STREETS, CITIES, COUNTRY_NAMES, AREAS, "ABCEGHJKLMNPRSTVWXY", letters_in_prefix=False
)


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
