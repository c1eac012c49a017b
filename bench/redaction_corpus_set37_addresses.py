# ruff: noqa: E501
"""Set 37's street addresses: 27 national formats built from the pools of ``..._places.py``.

``build`` draws street, city and areas from one half's pools and writes the address three
ways: the street line (units, floors, buildings, campus blocks, colonias, bairros, barangays
and landmarks included; a newline inside marks a second label line), the rest on one line
(city, region, postcode) and the rest over label lines.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set37_places import AREAS, CITIES, COUNTRY_NAMES, STREETS


def _us(p: Picks) -> Built:
    suffix = p.any(
        "St", "Ave", "Rd", "Way", "Ct", "Cir", "Blvd", "Pkwy", "Hwy", "Trce", "Cv", "Path"
    )
    unit = p.any("", "", "", "", f" #{p.n(1, 40)}", f" Apt {p.n(100, 420)}", f" Ste {p.n(100, 900)}",
                 f" Unit {p.any('A', 'C', 'F')}{p.n(1, 9)}", f", Floor {p.n(2, 12)}", f" Rm {p.n(100, 350)}")  # fmt: skip
    head = p.any("", "", "", "N ", "S ", "E ", "W ", "SE ", "NW ")
    line = f"{p.n(100, 24999)} {head}{p.street} {suffix}{unit}"
    if p.rng.random() < 0.12:
        line = f"{p.area('campus')}\n{line}"
    zip_ = p.pc("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.2 else "")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city} {p.region} {zip_}"], zip_


def _gb(p: Picks) -> Built:
    n = p.n(1, 220)
    line = p.any(f"{n} {p.street}", f"Flat {p.n(1, 24)}, {n} {p.street}", f"Apartment {p.n(1, 60)}\n{p.area('bldg')}\n{p.street}",
                 f"{p.any('Rose Cottage', 'The Old Forge', 'Unit 3')}, {p.street}", f"{n}{p.any('b', 'd')} {p.street}")  # fmt: skip
    pc = p.pc(f"{p.n(1, 21)} #AA")
    return line, f"{p.city}, {pc}", [p.city.upper(), pc], pc


def _ca(p: Picks) -> Built:
    n = p.n(5, 8999)
    line = p.any(
        f"{n} {p.street}",
        f"{p.n(101, 1808)}-{n} {p.street}",
        f"{n} {p.street}, Apt {p.n(1, 30)}",
        f"{n} {p.street}, bureau {p.n(100, 400)}",
    )
    pc = p.pc("A #A#")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city}, {p.region}", pc], pc


def _au(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(
        f"{n} {p.street}",
        f"{p.n(1, 30)}/{n} {p.street}",
        f"Unit {p.n(1, 18)}, {n} {p.street}",
        f"Level {p.n(1, 9)}, {n} {p.street}",
    )
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()}  {p.region}  {pc}"], pc


def _nz(p: Picks) -> Built:
    n = p.n(1, 200)
    line = p.any(
        f"{n} {p.street}",
        f"{p.n(1, 9)}/{n} {p.street}",
        f"Flat {p.any('1', '2', 'B')}, {n} {p.street}",
    )
    pc = p.pc("##")
    return line, f"{p.city} {pc}", [f"{p.city} {pc}"], pc


def _ie(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 90)} {p.street}",
        f"Apt {p.n(1, 40)}, {p.area('bldg')}, {p.street}",
        f"{p.n(1, 60)} {p.street}\n{p.area('ie_area')}",
    )
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region}, {eir}", [p.city, p.region, eir], eir


def _in(p: Picks) -> Built:
    loc = p.area("in_area")
    line = p.any(f"#{p.n(1, 900)}, {p.n(1, 12)}th Cross, {p.street}, {loc}", f"Plot No. {p.n(1, 300)}, {p.street}, {loc}",
                 f"{p.n(1, 40)}/{p.n(1, 9)}{p.any('A', 'B')}, {p.street}\n{loc}", f"Flat {p.n(101, 1204)}, {p.area('bldg')}, {p.street}, {loc}")  # fmt: skip
    pin = p.pc("###")
    return line, f"{p.city} - {pin}, {p.region}", [f"{p.city} {pin}", p.region.upper()], pin


def _de(p: Picks) -> Built:
    n = f"{p.n(1, 120)}{p.any('', '', '', 'a', 'd')}"
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n}, Hinterhaus",
        f"{p.street} {n}, {p.n(1, 4)}. OG links",
        f"c/o Büro {p.n(2, 9)}\n{p.street} {n}",
    )
    plz = p.pc("###")
    return line, f"{plz} {p.city}", [f"{plz} {p.city}"], plz


def _at(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 90)}/{p.n(1, 24)}",
        f"{p.street} {p.n(1, 90)}, Stiege {p.n(1, 4)}, Top {p.n(1, 30)}",
    )
    plz = p.pc("##")
    return line, f"{plz} {p.city}", [f"A-{plz} {p.city}"], plz


def _ch(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 80)}",
        f"{p.street} {p.n(1, 80)}{p.any('a', 'b')}",
        f"{p.street} {p.n(1, 80)}, 2. Etage",
    )
    plz = p.pc("##")
    return line, f"{plz} {p.city} {p.region}", [f"CH-{plz} {p.city}"], plz


def _fr(p: Picks) -> Built:
    n = f"{p.n(1, 90)}{p.any('', '', ' bis', ' ter')}"
    line = p.any(
        f"{n} {p.street}",
        f"Bâtiment {p.any('A', 'B', 'C')}, {n} {p.street}",
        f"{n} {p.street}\nLieu-dit Les Granges",
        f"Appt {p.n(1, 40)}, {n} {p.street}",
    )
    cp = p.pc("###")
    return line, f"{cp} {p.city}", [f"{cp} {p.city.upper()}"], cp


def _be(p: Picks) -> Built:
    n = p.n(1, 180)
    line = p.any(
        f"{p.street} {n}", f"{p.street} {n} bus {p.n(1, 20)}", f"{p.street} {n}, boîte {p.n(1, 12)}"
    )
    cp = p.pc("##")
    return line, f"{cp} {p.city}", [f"B-{cp} {p.city}"], cp


def _es(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(
        f"{p.street}, {n}, {p.n(1, 8)}º {p.any('A', 'B', 'D', 'izq.', 'dcha.')}",
        f"{p.street} {n}, entresuelo",
        f"{p.street}, {n}, portal {p.n(1, 4)}",
    )
    cp = p.pc("###")
    return line, f"{cp} {p.city}", [f"{cp} {p.city} ({p.region})"], cp


def _pt(p: Picks) -> Built:
    n = p.n(1, 300)
    line = p.any(
        f"{p.street}, {n}, {p.n(1, 6)}º Esq.",
        f"{p.street}, nº {n}, r/c",
        f"{p.street} {n}, {p.n(1, 5)}º Dto",
    )
    cp = p.pc("##-###")
    return line, f"{cp} {p.city}", [f"{cp} {p.city.upper()}"], cp


def _it(p: Picks) -> Built:
    n = p.n(1, 200)
    line = p.any(
        f"{p.street}, {n}",
        f"{p.street} {n}, int. {p.n(1, 20)}",
        f"{p.street}, {n}/{p.any('A', 'bis')}",
        f"{p.street}, {n} - scala {p.any('B', 'E')}",
    )
    cap = p.pc("##")
    return line, f"{cap} {p.city} {p.region}", [f"{cap} {p.city} ({p.region})"], cap


def _nl(p: Picks) -> Built:
    n = p.n(1, 260)
    line = p.any(
        f"{p.street} {n}",
        f"{p.street} {n}-{p.any('A', 'bis', 'hs', '2')}",
        f"{p.street} {n} {p.any('I', 'II', 'III')}",
    )
    pc = p.pc(f"## {p.any('AB', 'KL', 'TX', 'RS', 'GH')}")
    return line, f"{pc} {p.city}", [f"{pc}  {p.city.upper()}"], pc


def _pl(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 90)}/{p.n(1, 60)}",
        f"{p.street} {p.n(1, 90)} m. {p.n(1, 40)}",
        f"{p.street} {p.n(1, 90)}{p.any('A', 'B')}",
    )
    kod = p.pc("-###")
    return line, f"{kod} {p.city}", [f"{kod} {p.city}"], kod


def _br(p: Picks) -> Built:
    b = p.area("br_bairro")
    line = p.any(f"{p.street}, {p.n(10, 4000)} - {b}", f"{p.street}, {p.n(10, 4000)}, apto {p.n(11, 1804)}, {b}",
                 f"{p.street}, {p.n(10, 4000)}, Bloco {p.any('A', 'C')}\n{b}", f"{p.street}, s/n, {b}")  # fmt: skip
    cep = p.pc("###-###")
    return line, f"{p.city}/{p.region}, CEP {cep}", [f"{p.city} - {p.region}", cep], cep


def _mx(p: Picks) -> Built:
    col = p.area("mx_col")
    line = p.any(
        f"{p.street} {p.n(1, 3000)}, {col}",
        f"{p.street} #{p.n(1, 3000)}-{p.any('A', 'B', '3')}, {col}",
        f"{p.street} {p.n(1, 3000)} Int. {p.n(1, 20)}\n{col}",
        f"{p.street} Mz. {p.n(1, 40)} Lt. {p.n(1, 30)}, {col}",
    )
    cp = p.pc("###")
    return line, f"{cp} {p.city}, {p.region}", [f"CP {cp} {p.city}, {p.region}"], cp


def _ar(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(100, 4800)}, {p.n(1, 12)}º {p.any('A', 'B', 'C')}",
        f"{p.street} {p.n(100, 4800)}, {p.area('ar_barrio')}",
        f"{p.street} {p.n(100, 4800)} PB",
    )
    cpa = p.pc("AAA")
    return line, f"{cpa} {p.city}, {p.region}", [f"({cpa}) {p.city}", p.region], cpa


def _jp(p: Picks) -> Built:
    block = f"{p.n(1, 4)}-{p.n(1, 25)}-{p.n(1, 18)}"
    line = p.any(
        f"{p.street} {block}",
        f"{p.street} {block}-{p.n(101, 803)}",
        f"{p.street} {p.n(1, 4)}-chōme {p.n(1, 25)}-{p.n(1, 18)}",
    )
    code = p.pc("-####")
    return line, f"{p.city}, {p.region} {code}", [f"〒{code}", f"{p.region} {p.city}"], code


def _kr(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 120)}, {p.street}",
        f"{p.n(1, 120)}-{p.n(1, 30)}, {p.street}, {p.n(101, 1505)}-ho",
        f"{p.street} {p.n(1, 120)}, B{p.n(1, 3)}",
    )
    code = p.pc("##")
    return line, f"{p.city} {code}", [p.city, code], code


def _ph(p: Picks) -> Built:
    brgy = p.area("ph_brgy")
    line = p.any(
        f"{p.n(1, 400)} {p.street}, {brgy}",
        f"Lot {p.n(1, 40)} Blk {p.n(1, 30)}, {p.street}, {brgy}",
        f"{p.n(1, 400)} {p.street}\n{brgy}",
    )
    zip_ = p.pc("##")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city} {zip_}", p.region], zip_


def _za(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 300)} {p.street}",
        f"Unit {p.n(1, 60)}, {p.area('bldg')}, {p.n(1, 300)} {p.street}",
        f"{p.n(1, 300)} {p.street}\nSecurity Village",
    )
    code = p.pc("##")
    return line, f"{p.city}, {code}", [p.city, f"{p.region}, {code}"], code


def _ng(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 60)} {p.street}, {p.area('ng_area')}",
        f"Plot {p.n(1, 900)}, {p.street}\n{p.area('landmark')}",
        f"Flat {p.n(1, 12)}, Block {p.n(1, 20)}, {p.street}, {p.area('ng_area')}",
    )
    code = p.pc("##")
    return line, f"{p.city}, {p.region} {code}", [p.city, f"{p.region} State"], code


def _ke(p: Picks) -> Built:
    line = p.any(
        f"{p.street}, House {p.n(1, 40)}",
        f"{p.area('bldg')}, Apt {p.any('A', 'B', 'C')}{p.n(1, 12)}, {p.street}",
        f"{p.street}, off Ngong Road\n{p.area('landmark')}",
    )
    code = p.prefix
    return line, f"{p.city} {code}", [f"P.O. code {code}", p.city], code


def _se(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 80)}",
        f"{p.street} {p.n(1, 80)}, lgh {p.n(1001, 1504)}",
        f"{p.street} {p.n(1, 80)} {p.any('A', 'B')}",
    )
    code = p.pc("# ##")
    return line, f"{code} {p.city}", [f"{code} {p.city.upper()}"], code


BUILDERS: dict[str, Builder] = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "nz": _nz, "ie": _ie, "in": _in, "de": _de,
    "at": _at, "ch": _ch, "fr": _fr, "be": _be, "es": _es, "pt": _pt, "it": _it, "nl": _nl,
    "pl": _pl, "br": _br, "mx": _mx, "ar": _ar, "jp": _jp, "kr": _kr, "ph": _ph, "za": _za,
    "ng": _ng, "ke": _ke, "se": _se,
}  # fmt: skip


PLACES = Places(STREETS, CITIES, COUNTRY_NAMES, AREAS, "ABDEFHJNPRTWXY", letters_in_prefix=True)


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
