# ruff: noqa: E501
"""Set 38's street addresses: 28 national formats built from the pools of ``..._places.py``.

``build`` draws street, city and areas from one half's pools and writes the address three
ways: the street line (units, floors, house names, towers, barangays, colonias, barrios,
townlands and landmarks included; a newline inside marks a second label line), the rest on
one line (city, region, postcode) and the rest over label lines. Several formats carry no
house number where real addresses have none: an Irish or English house name, a townland, a
Kenyan road with a landmark, a Costa Rican direction from a landmark, a Spanish ``s/n``, a
Brazilian or Mexican ``s/n``, an Emirati tower.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set38_places import AREAS, CITIES, COUNTRY_NAMES, STREETS


def _us(p: Picks) -> Built:
    suffix = p.any("Dr", "Ln", "Trl", "Loop", "Pl", "Ter", "Xing", "Run", "Pike", "Row", "Rd", "St")
    unit = p.any("", "", "", "", f" Apt {p.n(1, 9)}{p.any('A', 'B', 'C')}", f" #{p.n(2, 60)}", f" Unit {p.n(100, 450)}",
                 f" Lot {p.n(1, 80)}", f", Bldg {p.n(1, 9)} Apt {p.n(1, 24)}", f" Trlr {p.n(1, 40)}")  # fmt: skip
    head = p.any("", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ")
    line = f"{p.n(10, 19999)} {head}{p.street} {suffix}{unit}"
    zip_ = p.pc("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.2 else "")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city}, {p.region} {zip_}"], zip_


def _gb(p: Picks) -> Built:
    n = p.n(1, 180)
    line = p.any(f"{n} {p.street}", f"{p.area('house')}, {p.street}", f"{p.area('house')}\n{p.street}",
                 f"Flat {p.n(1, 12)}, {n} {p.street}", f"{n}a {p.street}")  # fmt: skip
    pc = p.pc(f"{p.n(1, 22)} #AA")
    return line, f"{p.city}, {p.region} {pc}", [p.city.upper(), p.region, pc], pc


def _ca(p: Picks) -> Built:
    n = p.n(5, 9800)
    line = p.any(f"{n} {p.street}", f"{p.n(1, 30)}-{n} {p.street}", f"{n} {p.street}, app. {p.n(1, 12)}",
                 f"{n} {p.street}, Unit {p.n(100, 900)}")  # fmt: skip
    pc = p.pc("A #A#")
    return line, f"{p.city} ({p.region}) {pc}", [f"{p.city} {p.region}  {pc}"], pc


def _au(p: Picks) -> Built:
    n = p.n(1, 260)
    line = p.any(f"{n} {p.street}", f"{p.n(1, 24)}/{n} {p.street}", f"Unit {p.n(1, 20)}, {n} {p.street}",
                 f"Lot {p.n(1, 400)} {p.street}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()} {p.region} {pc}"], pc


def _ie(p: Picks) -> Built:
    line = p.any(f"{p.area('house')}, {p.area('ie_townland')}", f"{p.n(1, 80)} {p.street}",
                 f"{p.street}\n{p.area('ie_townland')}", f"{p.area('house')}\n{p.street}")  # fmt: skip
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region}, {eir}", [p.city, p.region, eir], eir


def _in(p: Picks) -> Built:
    loc = p.area("in_area")
    line = p.any(f"Flat {p.n(101, 1404)}, {p.area('tower')}, {p.street}, {loc}", f"Door No. {p.n(1, 12)}-{p.n(1, 9)}-{p.n(10, 99)}, {p.street}, {loc}",
                 f"#{p.n(1, 600)}, {p.street}, {loc}", f"{p.n(1, 90)}/{p.n(1, 9)}, {p.street}\n{loc}")  # fmt: skip
    pin = p.pc(p.any("###", " ###"))
    return line, f"{p.city} - {pin}, {p.region}", [f"{p.city} - {pin}", p.region], pin


def _de(p: Picks) -> Built:
    n = f"{p.n(1, 140)}{p.any('', '', '', 'a', 'b')}"
    line = p.any(f"{p.street} {n}", f"{p.street} {n}, {p.n(1, 5)}. Etage", f"{p.street} {n}, Seitenflügel",
                 f"{p.street} {n}\nWohnung {p.n(1, 14)}")  # fmt: skip
    plz = p.pc("###")
    return line, f"{plz} {p.city}", [f"{plz} {p.city}"], plz


def _fr(p: Picks) -> Built:
    n = f"{p.n(1, 120)}{p.any('', '', ' bis', ' ter')}"
    line = p.any(f"{n} {p.street}", f"Appartement {p.n(1, 40)}, {n} {p.street}", f"Résidence {p.area('tower')}, Bât. {p.any('A', 'B', 'D')}\n{n} {p.street}")  # fmt: skip
    cp = p.pc("###")
    return line, f"{cp} {p.city}", [f"{cp} {p.city.upper()}"], cp


def _es(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.n(1, 90)}, {p.n(1, 7)}º {p.any('A', 'B', 'C', 'izda.', 'dcha.')}",
                 f"{p.street}, {p.n(1, 90)}, bajo {p.any('A', 'B')}", f"{p.street}, s/n")  # fmt: skip
    cp = p.pc("###")
    return line, f"{cp} {p.city} ({p.region})", [f"{cp} {p.city}", f"({p.region})"], cp


def _pt(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.n(1, 200)}, {p.n(1, 6)}º Dto.", f"{p.street}, n.º {p.n(1, 200)}, r/c Esq.", f"{p.street} {p.n(1, 200)}")  # fmt: skip
    cp = p.pc(f"-{shaped(p.rng, '###')}")
    return line, f"{cp} {p.city}", [f"{cp} {p.city}"], cp


def _it(p: Picks) -> Built:
    n = p.n(1, 160)
    line = p.any(f"{p.street} {n}", f"{p.street}, {n}/{p.any('A', 'B')}", f"{p.street} {n}, interno {p.n(1, 20)}",
                 f"{p.street} {n}, piano {p.n(1, 6)}")  # fmt: skip
    cap = p.pc("##")
    return line, f"{cap} {p.city} ({p.region})", [f"{cap} {p.city} {p.region}"], cap


def _nl(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}-{p.any('A', '1', '3')}", f"{p.street} {n} {p.any('hs', 'bv')}")  # fmt: skip
    pc = p.pc(f"## {p.any('AB', 'CK', 'MN', 'PT', 'VW')}")
    return line, f"{pc} {p.city}", [f"{pc}  {p.city.upper()}"], pc


def _pl(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(f"{p.street} {n}/{p.n(1, 60)}", f"{p.street} {n} m. {p.n(1, 40)}", f"{p.street} {n}{p.any('A', 'B', 'C')}")  # fmt: skip
    pc = p.pc(f"-{shaped(p.rng, '###')}")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _br(p: Picks) -> Built:
    b = p.area("br_bairro")
    line = p.any(f"{p.street}, {p.n(10, 3000)}, apto {p.n(11, 1502)} - {b}", f"{p.street}, {p.n(10, 3000)}, casa {p.n(1, 9)}, {b}",
                 f"{p.street}, s/n - {b}", f"{p.street}, {p.n(10, 3000)}\n{b}")  # fmt: skip
    cep = p.pc(f"##-{shaped(p.rng, '###')}")
    return line, f"{p.city} - {p.region}, {cep}", [f"{p.city} - {p.region}", f"CEP {cep}"], cep


def _mx(p: Picks) -> Built:
    col = p.area("mx_col")
    line = p.any(f"{p.street} {p.n(1, 900)} Int. {p.n(1, 12)}, {col}", f"{p.street} #{p.n(1, 900)}, {col}",
                 f"{p.street} s/n, {col}", f"{p.street} {p.n(1, 900)}\n{col}")  # fmt: skip
    cp = p.pc("##")
    return line, f"C.P. {cp}, {p.city}, {p.region}", [f"C.P. {cp}", f"{p.city}, {p.region}"], cp


def _co(p: Picks) -> Built:
    num = f"# {p.n(1, 120)}{p.any('', '', 'A', 'B')}-{p.n(1, 99)}"
    line = p.any(f"{p.street} {num}, Apto {p.n(101, 1204)}, {p.area('co_barrio')}", f"{p.street} {num}, Torre {p.n(1, 4)} Apto {p.n(101, 904)}",
                 f"{p.street} {num} Casa {p.n(1, 30)}\n{p.area('co_barrio')}", f"{p.street} {num}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _ar(p: Picks) -> Built:
    line = p.any(f"{p.street} {p.n(100, 5200)}, {p.n(1, 14)}º {p.any('A', 'B', 'C', 'D')}", f"{p.street} {p.n(100, 5200)}, PB {p.any('1', '2')}",
                 f"{p.street} {p.n(100, 5200)}")  # fmt: skip
    cpa = p.pc("AAA")
    return line, f"{cpa} {p.city}, {p.region}", [f"{cpa} {p.city}", p.region], cpa


def _jp(p: Picks) -> Built:
    c, b, g = p.n(1, 5), p.n(1, 30), p.n(1, 25)
    line = p.any(f"{p.street} {c}-chōme {b}-{g}", f"{c}-{b}-{g} {p.street}", f"{p.street} {c}-{b}-{g}, Room {p.n(101, 805)}",
                 f"{p.street} {c}-{b}-{g}\n{p.area('tower')} {p.n(101, 805)}")  # fmt: skip
    code = p.pc(f"-{shaped(p.rng, '####')}")
    return line, f"{p.city} {code}", [p.city, f"〒{code}"], code


def _kr(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(f"{n}, {p.street}", f"{n}, {p.street}, {p.n(101, 112)}-dong {p.n(101, 2304)}-ho", f"{p.street} {n}, {p.n(2, 9)}F")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city} {code}", [p.city, code], code


def _ph(p: Picks) -> Built:
    brgy = p.area("ph_brgy")
    line = p.any(f"{p.n(1, 400)} {p.street}, {brgy}", f"Blk {p.n(1, 40)} Lot {p.n(1, 30)}, {p.street}, {brgy}",
                 f"Unit {p.n(101, 2910)}, {p.area('tower')}, {p.street}\n{brgy}")  # fmt: skip
    zip_ = p.pc("##")
    return line, f"{p.city}, {zip_} {p.region}", [f"{p.city} {zip_}", p.region], zip_


def _za(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 300)} {p.street}", f"Unit {p.n(1, 80)}, {p.area('tower')}, {p.n(1, 300)} {p.street}", f"{p.n(1, 300)} {p.street}\n{p.area('house')}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {code}", [p.city, p.region, code], code


def _ng(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 80)} {p.street}, {p.area('ng_area')}", f"{p.street}, {p.area('landmark')}\n{p.area('ng_area')}",
                 f"Flat {p.n(1, 12)}, {p.n(1, 80)} {p.street}, {p.area('ng_area')}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {p.region} {code}", [p.city, f"{p.region} State"], code


def _ke(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.area('landmark')}", f"{p.area('tower')}, Apt {p.any('A', 'B', 'C')}{p.n(1, 16)}, {p.street}",
                 f"{p.area('house')}, {p.street}", f"{p.street}\n{p.area('landmark')}")  # fmt: skip
    return line, f"{p.city} {p.prefix}", [p.city, p.prefix], p.prefix


def _tr(p: Picks) -> Built:
    mah = p.area("tr_mah")
    line = p.any(f"{mah} {p.street} No: {p.n(1, 90)} Daire: {p.n(1, 24)}", f"{mah} {p.street} No:{p.n(1, 90)}/{p.n(1, 24)}",
                 f"{mah}\n{p.street} No: {p.n(1, 90)} D: {p.n(1, 24)}")  # fmt: skip
    code = p.pc("##")
    return line, f"{code} {p.city}", [f"{code} {p.city}"], code


def _ae(p: Picks) -> Built:
    area = p.area("ae_area")
    line = p.any(f"Villa {p.n(1, 90)}, {p.street}, {area}", f"Apartment {p.n(101, 3204)}, {p.area('tower')}, {area}",
                 f"Flat {p.n(101, 1904)}, {p.area('tower')}\n{p.street}, {area}")  # fmt: skip
    return line, p.city, [p.city], ""


def _cr(p: Picks) -> Built:
    way = f"{p.n(1, 6) * 50 if p.rng.random() < 0.5 else p.n(1, 4) * 100} m {p.any('norte', 'sur', 'este', 'oeste')}"
    line = p.any(f"{p.street}, {way}, {p.area('colour')}", f"{p.street}, {way} y {p.n(1, 3) * 25} m {p.any('norte', 'sur', 'este', 'oeste')}",
                 f"{p.street}, {way}\n{p.area('colour')}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _gr(p: Picks) -> Built:
    n = p.n(1, 140)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}, {p.n(1, 6)}os orofos", f"{p.street} {n}{p.any('A', 'B')}")  # fmt: skip
    code = p.pc(f" {shaped(p.rng, '##')}")
    return line, f"{code} {p.city}", [f"{code} {p.city.upper()}"], code


def _se(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(f"{p.street} {n}", f"{p.street} {n} {p.any('A', 'B', 'C')}, {p.n(1, 6)} tr", f"{p.street} {n}, {p.n(2, 5)} tr")  # fmt: skip
    code = p.pc(f"# {shaped(p.rng, '##')}")
    return line, f"{code} {p.city}", [f"{code} {p.city.upper()}"], code


BUILDERS: dict[str, Builder] = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "ie": _ie, "in": _in, "de": _de, "fr": _fr,
    "es": _es, "pt": _pt, "it": _it, "nl": _nl, "pl": _pl, "br": _br, "mx": _mx, "co": _co,
    "ar": _ar, "jp": _jp, "kr": _kr, "ph": _ph, "za": _za, "ng": _ng, "ke": _ke, "tr": _tr,
    "ae": _ae, "cr": _cr, "gr": _gr, "se": _se,
}  # fmt: skip


PLACES = Places(
    STREETS, CITIES, COUNTRY_NAMES, AREAS, "ABCDEFHKLMNPRSTVWXY", letters_in_prefix=True
)


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
