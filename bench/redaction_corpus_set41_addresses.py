# ruff: noqa: E501
"""Set 41's street addresses: 20 national formats built from the pools of ``..._places.py``.

``build`` draws street, city and areas from one half's pools and writes the address three ways,
as set 40's builders do (the ``Address`` record, the ``Picks`` helper and ``build`` are the
shared ``bench/redaction_corpus_addresskit.py``): the street line (units, flats, house names, estates, barangays, buildings; a newline
inside marks a second label line), the rest on one line and the rest over label lines. An
English house name, a Nigerian estate plot and a Kenyan estate house carry no street number.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set41_places import AREAS, CITIES, COUNTRY_NAMES, STREETS

PLACES = Places(STREETS, CITIES, COUNTRY_NAMES, AREAS, postcode_letters="ABCEGHJKLMNPRSTVWXY")


def _area(p: Picks, key: str) -> str:
    return p.area(key)


def _us(p: Picks) -> Built:
    suffix = p.any(
        "Road", "Lane", "Court", "Way", "Circle", "Avenue", "Ave", "Ln", "Ct", "Loop", "Pike"
    )
    unit = p.any("", "", "", f" Apt {p.n(1, 30)}{p.any('', 'A', 'D')}", f", Unit {p.n(2, 40)}", f" Lot {p.n(3, 90)}",
                 f"\nApt {p.n(100, 420)}", f" Trlr {p.n(2, 60)}")  # fmt: skip
    line = f"{p.n(12, 24999)} {p.any('', '', '', 'N ', 'W ', 'SE ')}{p.street} {suffix}{unit}"
    zip_ = p.pc("##") + (f"-{shaped(p.rng, '####')}" if p.rng.random() < 0.25 else "")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city.upper()} {p.region} {zip_}"], zip_


def _gb(p: Picks) -> Built:
    n = p.n(1, 190)
    line = p.any(f"{n} {p.street}", f"{_area(p, 'house')}\n{p.street}", f"Flat {p.n(1, 9)}\n{n} {p.street}",
                 f"{n}b {p.street}", f"{_area(p, 'house')}, {n} {p.street}")  # fmt: skip
    pc = p.pc(f"{p.n(1, 9)} #AA")
    return line, f"{p.city} {pc}", [p.city.upper(), pc], pc


def _ca(p: Picks) -> Built:
    n = p.n(10, 8800)
    line = p.any(
        f"{n} {p.street}", f"{p.n(1, 30)}-{n} {p.street}", f"{n}, {p.street}, app. {p.n(1, 12)}"
    )
    pc = p.pc("A #A#")
    return line, f"{p.city} ({p.region}) {pc}", [f"{p.city} {p.region} {pc}"], pc


def _au(p: Picks) -> Built:
    n = p.n(1, 240)
    line = p.any(
        f"{n} {p.street}", f"{p.n(1, 12)}/{n} {p.street}", f"Unit {p.n(1, 16)}\n{n} {p.street}"
    )
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()}  {p.region}  {pc}"], pc


def _nz(p: Picks) -> Built:
    n = p.n(1, 200)
    line = p.any(
        f"{n} {p.street}", f"{p.n(1, 6)}/{n} {p.street}", f"{n}{p.any('A', 'C')} {p.street}"
    )
    pc = p.pc("##")
    return line, f"{p.city} {pc}", [f"{p.city} {pc}"], pc


def _ie(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 60)} {p.street}",
        f"{_area(p, 'house')}\n{p.street}",
        f"Apt {p.n(1, 24)}, {p.street}",
    )
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region} {eir}", [p.city, p.region, eir], eir


def _in(p: Picks) -> Built:
    loc = _area(p, "in_area")
    line = p.any(f"{p.n(1, 300)}, {p.street}, {loc}", f"H.No. {p.n(1, 40)}-{p.n(1, 9)}-{p.n(10, 300)}, {p.street}\n{loc}",
                 f"Plot {p.n(3, 120)}, {loc}, {p.street}")  # fmt: skip
    pin = p.pc(p.any("###", " ###"))
    return line, f"{p.city} - {pin}, {p.region}", [f"{p.city} - {pin}", p.region], pin


def _de(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 90)}",
        f"{p.street} {p.n(1, 40)}{p.any('a', 'b')}",
        f"{p.street} {p.n(1, 60)}\nbei {p.any('Hinterhaus', 'Seiteneingang')}",
    )
    pc = p.pc("###")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _fr(p: Picks) -> Built:
    line = p.any(
        f"{p.n(1, 80)} {p.street}",
        f"{p.n(1, 40)} ter {p.street}",
        f"Résidence {p.any('Les Tilleuls', 'Le Clos')}, Bât. {p.any('A', 'C')}\n{p.n(1, 60)} {p.street}",
    )
    pc = p.pc("###")
    return line, f"{pc} {p.city}", [f"{pc} {p.city.upper()}"], pc


def _es(p: Picks) -> Built:
    line = p.any(f"{p.street}, {p.n(1, 90)}, {p.n(1, 6)}º {p.any('A', 'B', 'dcha.')}", f"{p.street} {p.n(1, 40)}, bajo",
                 f"{p.street}, {p.n(1, 60)}, portal {p.n(1, 3)}")  # fmt: skip
    pc = p.pc("###")
    return line, f"{pc} {p.city} ({p.region})", [f"{pc} {p.city}", f"({p.region})"], pc


def _it(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 120)}",
        f"{p.street}, {p.n(1, 60)}/{p.any('A', 'C')}",
        f"{p.street} {p.n(1, 40)}, int. {p.n(1, 12)}",
    )
    pc = p.pc("###")
    return line, f"{pc} {p.city} ({p.region})", [f"{pc} {p.city.upper()} {p.region}"], pc


def _nl(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 180)}",
        f"{p.street} {p.n(1, 90)}-{p.any('II', 'hs', 'A')}",
        f"{p.street} {p.n(1, 40)} bis",
    )
    pc = p.pc(f"## {p.any('AB', 'KL', 'TR', 'XE', 'GM')}")
    return line, f"{pc} {p.city}", [f"{pc}  {p.city.upper()}"], pc


def _pl(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(1, 90)}",
        f"{p.street} {p.n(1, 60)}/{p.n(1, 40)}",
        f"{p.street} {p.n(1, 20)} m. {p.n(1, 30)}",
    )
    pc = p.pc("-###")
    return line, f"{pc} {p.city}", [f"{pc} {p.city}"], pc


def _br(p: Picks) -> Built:
    line = p.any(
        f"{p.street}, {p.n(10, 1900)}",
        f"{p.street}, {p.n(10, 900)}, apto {p.n(11, 904)}",
        f"{p.street}, {p.n(1, 400)} - fundos",
    )
    pc = p.pc("##-###")
    return line, f"{p.city} - {p.region}, {pc}", [f"{p.city} - {p.region}", f"CEP {pc}"], pc


def _mx(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(10, 900)}",
        f"{p.street} {p.n(1, 300)} Int. {p.n(1, 9)}",
        f"{p.street} Mz. {p.n(1, 40)} Lt. {p.n(1, 30)}",
    )
    pc = p.pc("###")
    return line, f"C.P. {pc} {p.city}, {p.region}", [f"C.P. {pc}", f"{p.city}, {p.region}"], pc


def _jp(p: Picks) -> Built:
    block = f"{p.street} {p.n(1, 6)}-{p.n(1, 30)}-{p.n(1, 20)}"
    line = p.any(block, f"{block}\n{_area(p, 'jp_bldg')}", f"{block} {_area(p, 'jp_bldg')}")
    pc = p.pc("-####")
    return line, f"{p.city}, {p.region} {pc}", [f"〒{pc}", f"{p.region} {p.city}"], pc


def _ph(p: Picks) -> Built:
    brgy = _area(p, "ph_brgy")
    line = p.any(f"{p.n(1, 180)} {p.street}, {brgy}", f"Blk {p.n(1, 30)} Lot {p.n(1, 40)}, {p.street}\n{brgy}",
                 f"Unit {p.n(1, 9)}{p.any('A', 'B')}, {p.n(1, 90)} {p.street}, {brgy}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city}, {p.region} {pc}", [f"{pc} {p.city}", p.region], pc


def _ng(p: Picks) -> Built:
    est = _area(p, "ng_estate")
    line = p.any(
        f"{p.n(1, 90)} {p.street}, {est}",
        f"Plot {p.n(1, 200)}, {est}",
        f"{p.n(1, 40)}, {p.street}\noff {est}",
    )
    pc = p.pc("###")
    return line, f"{p.city}, {p.region}", [p.city.upper(), p.region], pc


def _ke(p: Picks) -> Built:
    est = _area(p, "ke_estate")
    line = p.any(
        f"House No. {p.n(1, 60)}, {p.street}, {est}",
        f"{p.street}, {est}\nHse {p.n(1, 40)}",
        f"Apt {p.any('A', 'B', 'C')}{p.n(1, 12)}, {p.street}",
    )
    pc = p.pc("###")
    return line, f"{p.city} {pc}", [f"P.O. {p.city}", pc], pc


def _za(p: Picks) -> Built:
    line = p.any(f"{p.n(1, 120)} {p.street}", f"Unit {p.n(1, 40)}, {_area(p, 'za_complex')}\n{p.n(1, 80)} {p.street}",
                 f"{p.n(1, 60)} {p.street}, {_area(p, 'za_complex')}")  # fmt: skip
    pc = p.pc("##")
    return line, f"{p.city}, {pc}", [p.city, p.region, pc], pc


BUILDERS: dict[str, Builder] = {
    "us": _us, "gb": _gb, "ca": _ca, "au": _au, "nz": _nz, "ie": _ie, "in": _in, "de": _de,
    "fr": _fr, "es": _es, "it": _it, "nl": _nl, "pl": _pl, "br": _br, "mx": _mx, "jp": _jp,
    "ph": _ph, "ng": _ng, "ke": _ke, "za": _za,
}  # fmt: skip


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
