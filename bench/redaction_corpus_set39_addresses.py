# ruff: noqa: E501
"""Set 39's street addresses: 28 national formats built from the pools of ``..._places.py``.

``build`` draws street, city and areas from one half's pools and writes the address three
ways: the street line (units, floors, house names, towers, barangays, colonias, barrios,
townlands, sectors, wards and landmarks included; a newline inside marks a second label line),
the rest on one line (city, region, postcode) and the rest over label lines. Several formats
carry no house number where real addresses have none: an English or Irish house name, a
townland, a Kenyan road with a landmark, a Costa Rican direction from a landmark, a Spanish or
Mexican ``s/n``, a Brazilian ``s/n``, an Emirati tower, a Nigerian estate line.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set39_places import AREAS, CITIES, COUNTRY_NAMES, STREETS


def _us(p: Picks) -> Built:
    suffix = p.any(
        "Ave", "Blvd", "Ct", "Cir", "Way", "Pkwy", "Hwy", "Trce", "Cv", "Path", "Hl", "Gln"
    )
    unit = p.any("", "", "", "", f" Apt {p.n(1, 30)}", f" Ste {p.n(100, 900)}", f" #{p.n(2, 90)}{p.any('', 'A', 'F')}",
                 f", Unit {p.any('A', 'B', 'C', 'D')}", f" Spc {p.n(1, 120)}", f" Rm {p.n(10, 40)}")  # fmt: skip
    head = p.any("", "", "", "N ", "S ", "E ", "W ", "NW ", "SE ")
    line = f"{p.n(100, 48999)} {head}{p.street} {suffix}{unit}"
    zip_ = p.pc("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.25 else "")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city.upper()} {p.region} {zip_}"], zip_


def _gb(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(f"{n} {p.street}", f"{p.area('house')}, {p.street}", f"{p.area('house')}\n{p.street}",
                 f"Flat {p.n(1, 9)}{p.any('', 'A', 'B')}, {p.area('house')}\n{n} {p.street}", f"{n}b {p.street}",
                 f"{p.area('house')}, {p.area('house')}")  # fmt: skip
    pc = p.pc(f"{p.n(1, 48)} #AA")
    return line, f"{p.city}, {p.region} {pc}", [p.city.upper(), pc], pc


def _ca(p: Picks) -> Built:
    n = p.n(10, 12000)
    line = p.any(f"{n} {p.street}", f"{p.n(1, 40)}-{n} {p.street}", f"{n}, {p.street}, bureau {p.n(100, 400)}",
                 f"Apt {p.n(1, 20)}, {n} {p.street}")  # fmt: skip
    pc = p.pc("A #A#")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city} ({p.region})", pc], pc


def _au(p: Picks) -> Built:
    n = p.n(1, 320)
    line = p.any(f"{n} {p.street}", f"{p.n(1, 30)}/{n} {p.street}", f"Shop {p.n(1, 12)}, {n} {p.street}",
                 f"Lot {p.n(1, 600)}, {p.street}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()}  {p.region}  {pc}"], pc


def _ie(p: Picks) -> Built:
    line = p.any(f"{p.area('house')}, {p.area('ie_townland')}", f"{p.n(1, 60)} {p.street}",
                 f"{p.area('ie_townland')}\n{p.street}", f"Apt {p.n(1, 40)}, {p.street}")  # fmt: skip
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region} {eir}", [p.city, p.region, eir], eir


def _in(p: Picks) -> Built:
    loc = p.area("in_area")
    line = p.any(f"No. {p.n(1, 300)}, {p.n(1, 9)}th Cross, {p.street}, {loc}", f"Plot {p.n(1, 120)}, {p.street}\n{loc}",
                 f"H.No. {p.n(1, 20)}-{p.n(1, 99)}/{p.any('A', 'B', '1')}, {p.street}, {loc}",
                 f"{p.n(1, 9)}{p.any('A', 'B', '')}, {p.area('tower')}, {p.street}, {loc}")  # fmt: skip
    pin = p.pc(p.any("###", " ###"))
    return line, f"{p.city} {pin}, {p.region}", [f"{p.city.upper()} - {pin}", p.region], pin


def _de(p: Picks) -> Built:
    n = f"{p.n(1, 180)}{p.any('', '', '', 'a', 'c')}"
    line = p.any(f"{p.street} {n}", f"{p.street} {n}, Hinterhaus", f"{p.street} {n}, {p.n(1, 4)}. OG links",
                 f"c/o {p.area('house')}\n{p.street} {n}")  # fmt: skip
    plz = p.pc("##")
    return line, f"{plz} {p.city}", [f"{plz} {p.city.upper()}"], plz


def _fr(p: Picks) -> Built:
    n = f"{p.n(1, 140)}{p.any('', '', '', ' bis', ' ter', ' quater')}"
    line = p.any(f"{n} {p.street}", f"{n}, {p.street}", f"Bâtiment {p.any('A', 'B', 'C')}, esc. {p.n(1, 4)}\n{n} {p.street}",
                 f"{n} {p.street}, apt {p.n(1, 60)}", f"Lieu-dit {p.area('house')}\n{p.street}")  # fmt: skip
    cp = p.pc("###")
    return line, f"{cp} {p.city}", [f"{cp} {p.city.upper()}"], cp


def _es(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.n(1, 90)}", f"{p.street}, {p.n(1, 90)}, {p.n(1, 7)}º {p.any('A', 'B', 'C', 'dcha.')}",
                 f"{p.street}, s/n", f"{p.street}, {p.n(1, 90)}, esc. {p.any('izq.', 'dcha.')}, {p.n(1, 5)}º")  # fmt: skip
    cp = p.pc("###")
    return line, f"{cp} {p.city} ({p.region})", [f"{cp} {p.city}", p.region.upper()], cp


def _pt(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.n(1, 200)}", f"{p.street}, n.º {p.n(1, 200)}, {p.n(1, 6)}.º Esq.",
                 f"{p.street}, lote {p.n(1, 40)}, cave", f"{p.street} {p.n(1, 200)}-{p.any('A', 'B')}")  # fmt: skip
    cp = p.pc(f"#-{shaped(p.rng, '###')}")
    return line, f"{cp} {p.city}", [f"{cp} {p.city.upper()}"], cp


def _it(p: Picks) -> Built:
    n = p.n(1, 150)
    line = p.any(f"{p.street} {n}", f"{p.street}, {n}", f"{p.street} {n}, scala {p.any('A', 'B')}, int. {p.n(1, 20)}",
                 f"{p.street} {n}/{p.any('B', 'C')}")  # fmt: skip
    cap = p.pc("##")
    return line, f"{cap} {p.city} ({p.region})", [f"{cap} {p.city} {p.region}"], cap


def _nl(p: Picks) -> Built:
    n = p.n(1, 220)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}-{p.any('I', 'II', 'III')}", f"{p.street} {n}{p.any('a', 'b', 'c')}",
                 f"{p.street} {n} {p.any('hs', 'rd')}")  # fmt: skip
    pc = p.pc(f"## {p.any('AB', 'KL', 'PT', 'RS', 'TX', 'HG')}")
    return line, f"{pc} {p.city}", [f"{pc}  {p.city.upper()}"], pc


def _pl(p: Picks) -> Built:
    n = p.n(1, 120)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}/{p.n(1, 60)}", f"{p.street} {n} lok. {p.n(1, 40)}",
                 f"{p.street} {n}{p.any('A', 'B')} m. {p.n(1, 30)}")  # fmt: skip
    code = p.pc(f"-{shaped(p.rng, '###')}")
    return line, f"{code} {p.city}", [f"{code} {p.city}"], code


def _br(p: Picks) -> Built:
    bairro = p.area("br_bairro")
    line = p.any(f"{p.street}, {p.n(10, 3000)}, {bairro}", f"{p.street}, {p.n(10, 3000)}, bloco {p.any('A', 'B')}, ap. {p.n(11, 804)}\n{bairro}",
                 f"{p.street}, s/n, {bairro}", f"{p.street}, {p.n(10, 3000)} - fundos\n{bairro}")  # fmt: skip
    cep = p.pc(f"##-{shaped(p.rng, '###')}")
    return line, f"{p.city} - {p.region}, CEP {cep}", [f"{p.city}/{p.region}", f"CEP {cep}"], cep


def _mx(p: Picks) -> Built:
    col = p.area("mx_col")
    line = p.any(f"{p.street} {p.n(1, 999)}, {col}", f"{p.street} #{p.n(1, 999)} Int. {p.any('A', 'B', '3', '12')}, {col}",
                 f"{p.street} s/n, {col}", f"{p.street} No. {p.n(1, 999)}, Depto. {p.n(1, 20)}\n{col}")  # fmt: skip
    cp = p.pc("###")
    return line, f"C.P. {cp}, {p.city}, {p.region}", [f"C.P. {cp} {p.city}, {p.region}"], cp


def _co(p: Picks) -> Built:
    barrio = p.area("co_barrio")
    line = p.any(f"{p.street} # {p.n(1, 99)}-{p.n(1, 99)}, {barrio}", f"{p.street} No. {p.n(1, 99)}-{p.n(1, 99)}, Apto {p.n(101, 1504)}",
                 f"{p.street} # {p.n(1, 99)}{p.any('A', 'B')}-{p.n(1, 99)}, Interior {p.n(1, 9)}\n{barrio}",
                 f"{p.street} {p.n(1, 99)}-{p.n(1, 99)}, Conjunto {p.area('tower')}, Casa {p.n(1, 80)}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}"], code


def _jp(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 8)}-{p.n(1, 30)}-{p.n(1, 20)} {p.street}", f"{p.street} {p.n(1, 6)}-chōme {p.n(1, 30)}-{p.n(1, 20)}",
                 f"{p.street} {p.n(1, 6)}-{p.n(1, 30)}-{p.n(1, 20)}, {p.area('tower')} {p.n(101, 1205)}",
                 f"{p.street} {p.n(1, 6)}-chōme {p.n(1, 30)}-{p.n(1, 20)}-{p.n(101, 905)}")  # fmt: skip
    code = p.pc(f"-{shaped(p.rng, '####')}")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", f"〒{code}"], code


def _kr(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 80)}, {p.street}", f"{p.street} {p.n(1, 80)}, {p.n(101, 112)}-dong {p.n(101, 1804)}-ho",
                 f"{p.street} {p.n(1, 80)}, B{p.n(1, 2)}", f"{p.street} {p.n(1, 80)}-{p.n(1, 9)}, {p.n(2, 9)}F")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _ph(p: Picks) -> Built:
    brgy = p.area("ph_brgy")
    line = p.any(f"{p.n(1, 200)} {p.street}, {brgy}", f"Lot {p.n(1, 40)} Blk {p.n(1, 60)}, {p.street}, {brgy}",
                 f"Rm {p.n(201, 2105)}, {p.area('tower')}\n{p.street}, {brgy}", f"Purok {p.n(1, 9)}, {p.street}\n{brgy}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city} {code}", p.region], code


def _za(p: Picks) -> Built:
    n = p.n(1, 400)
    line = p.any(f"{n} {p.street}", f"Unit {p.n(1, 80)}, {p.area('tower')}\n{n} {p.street}", f"{p.n(1, 30)} {p.area('house')}, {p.street}",
                 f"Erf {p.n(100, 9999)}, {p.street}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {p.region}, {code}", [p.city, f"{p.region}", code], code


def _ng(p: Picks) -> Built:
    area = p.area("ng_area")
    line = p.any(f"{p.n(1, 90)} {p.street}, {area}", f"Plot {p.n(1, 400)}, {p.street}\n{area}",
                 f"Block {p.any('C', 'D', 'F', 'K')}{p.n(1, 30)}, {area}", f"{p.n(1, 90)}{p.any('A', 'B')} {p.street}, off {p.area('ng_area')}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city}, {p.region} {code}", [p.city, p.region], code


def _ke(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.area('landmark')}", f"House {p.n(1, 60)}, {p.street}",
                 f"{p.area('tower')}, Flat {p.any('A', 'B', 'C')}{p.n(1, 12)}\n{p.street}", f"{p.street}\n{p.area('landmark')}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city} {code}, {p.region}", [f"{p.city} {code}", p.region], code


def _tr(p: Picks) -> Built:
    mah = p.area("tr_mah")
    line = p.any(f"{mah} {p.street} No:{p.n(1, 90)} D:{p.n(1, 24)}", f"{mah} {p.street} No: {p.n(1, 90)}/{p.n(1, 24)}",
                 f"{mah}\n{p.street} No:{p.n(1, 90)} Kat:{p.n(1, 9)} Daire:{p.n(1, 24)}", f"{p.street} {p.n(1, 90)}/{p.any('A', 'B')}, {mah}")  # fmt: skip
    code = p.pc("##")
    return line, f"{code} {p.city}/{p.region}", [f"{code} {p.city}/{p.region.upper()}"], code


def _ae(p: Picks) -> Built:
    area = p.area("ae_area")
    line = p.any(f"Villa {p.n(1, 120)}, {p.street}, {area}", f"Office {p.n(101, 2404)}, {p.area('tower')}, {area}",
                 f"Apt {p.n(101, 2404)}, {p.area('tower')}\n{p.street}, {area}", f"Villa {p.n(1, 120)}{p.any('A', 'B')}, Street {p.n(1, 40)}, {area}")  # fmt: skip
    return line, p.city, [p.city], ""


def _cr(p: Picks) -> Built:
    way = f"{p.n(1, 8) * 25 if p.rng.random() < 0.5 else p.n(1, 5) * 100} metros al {p.any('norte', 'sur', 'este', 'oeste')}"
    line = p.any(f"{p.street}, {way}, {p.area('colour')}", f"{p.street} {way} y {p.n(1, 4) * 50} al {p.any('norte', 'sur', 'este', 'oeste')}",
                 f"{p.street}, {way}\n{p.area('colour')}")  # fmt: skip
    code = p.pc("##")
    return line, f"{p.city}, {p.region} {code}", [f"{p.city}, {p.region}", code], code


def _ch(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(f"{p.street} {n}", f"{p.street} {n}{p.any('a', 'b')}", f"{p.street} {n}, {p.n(1, 5)}. Stock",
                 f"c/o {p.area('house')}\n{p.street} {n}")  # fmt: skip
    code = p.pc("##")
    return line, f"CH-{code} {p.city} {p.region}", [f"{code} {p.city}"], code


def _vn(p: Picks) -> Built:
    ward = p.area("vn_phuong")
    line = p.any(f"Số {p.n(1, 200)} {p.street}, {ward}", f"Số {p.n(1, 90)} ngõ {p.n(1, 200)} {p.street}, {ward}",
                 f"{p.n(1, 200)}/{p.n(1, 40)} {p.street}\n{ward}", f"Phòng {p.n(101, 1808)}, {p.area('tower')}, {p.street}, {ward}")  # fmt: skip
    code = p.pc("###")
    return line, f"quận {p.city}, {p.region} {code}", [f"{p.city}, {p.region}"], code


def _pk(p: Picks) -> Built:
    sector = p.area("pk_sector")
    line = p.any(f"House {p.n(1, 900)}, {p.street}, {sector}", f"House No. {p.n(1, 90)}, Street {p.n(1, 60)}, {sector}",
                 f"Flat {p.n(1, 30)}, {p.area('tower')}\n{p.street}, {sector}", f"{p.n(1, 90)}-{p.any('A', 'B', 'C')}, {p.street}, {sector}")  # fmt: skip
    code = p.pc("###")
    return line, f"{p.city} {code}", [f"{p.city} {code}", p.region], code


BUILDERS: dict[str, Builder] = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "ie": _ie, "in": _in, "de": _de, "fr": _fr,
    "es": _es, "pt": _pt, "it": _it, "nl": _nl, "pl": _pl, "br": _br, "mx": _mx, "co": _co,
    "jp": _jp, "kr": _kr, "ph": _ph, "za": _za, "ng": _ng, "ke": _ke, "tr": _tr, "ae": _ae,
    "cr": _cr, "ch": _ch, "vn": _vn, "pk": _pk,
}  # fmt: skip


PLACES = Places(
    STREETS, CITIES, COUNTRY_NAMES, AREAS, "ABDEFGHJLNPQRSTUWXY", letters_in_prefix=True
)


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
