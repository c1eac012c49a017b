"""Set 33's street addresses: 28 national formats built from the pools of ``..._places.py``.

``build`` draws the street, city and areas from one half's pools (even or odd positions) and
writes the address three ways: the street line (units, buildings, landmarks included), a
one-line locality (district, city, region, postcode) and the same locality over label lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.redaction_corpus_digits import digits, shaped
from bench.redaction_corpus_set33_places import AREAS, CITIES, COUNTRY_NAMES, STREETS
from bench.redaction_corpus_set33_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line (may hold a newline: a building or landmark line)
    locality: str  # the rest on one line
    lines: tuple[str, ...]  # the rest over label lines
    country: str
    city: str
    postcode: str


@dataclass(frozen=True)
class Draw:
    """What a format builder draws from: one half's street, city and areas."""

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

    def num(self, lo: int = 1, hi: int = 240) -> int:
        return self.rng.randint(lo, hi)

    def code(self, shape: str) -> str:
        """The city's prefix followed by ``shape`` ("#" a digit)."""
        return self.prefix + shaped(self.rng, shape)


# street line, locality on one line, locality over lines, postcode
Parts = tuple[str, str, list[str], str]


def _br(d: Draw) -> Parts:
    n = d.num(12, 2400)
    street = d.one(
        f"Rua {d.street}, {n}",
        f"Rua {d.street}, nº {n}, apto {d.num(11, 184)}",
        f"R. {d.street} {n} - casa {d.num(1, 4)}",
        f"Av. {d.street}, {n}, bloco {d.one('A', 'B', 'C')}, ap. {d.num(101, 1204)}",
    )
    cep = d.code("####-###")
    bairro = d.area("br_bairro")
    return street, f"{bairro}, {d.city} - {d.region}, CEP {cep}", [
        f"{bairro}", f"{d.city}/{d.region}", f"CEP {cep}"], cep  # fmt: skip


def _mx(d: Draw) -> Parts:
    street = d.one(
        f"Calle {d.street} {d.num(2, 480)}",
        f"Calle {d.street} #{d.num(2, 480)} Int. {d.num(1, 12)}",
        f"{d.street} {d.num(2, 480)}-{d.one('A', 'B', '3')}",
        f"Av. {d.street} No. {d.num(2, 999)}, Depto. {d.num(101, 804)}",
    )
    cp = d.code("###") if len(d.prefix) == 2 else d.code("####")
    col = d.area("mx_col")
    alc = f", {d.area('mx_alc')}" if d.region == "CDMX" else ""
    return street, f"{col}{alc}, C.P. {cp}, {d.city}, {d.region}", [
        f"{col}{alc}", f"C.P. {cp} {d.city}, {d.region}"], cp  # fmt: skip


def _ar(d: Draw) -> Parts:
    street = d.one(
        f"{d.street} {d.num(100, 5999)}",
        f"{d.street} {d.num(100, 5999)}, {d.num(1, 14)}º {d.one('A', 'B', 'C', 'D')}",
        f"{d.street} {d.num(100, 5999)} PB dto. {d.num(1, 6)}",
    )
    cpa = d.code("##" + "".join(d.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)))
    barrio = d.area("ar_barrio")
    return street, f"{barrio}, {cpa} {d.city}, {d.region}", [
        f"{cpa} {d.city}", d.region], cpa  # fmt: skip


def _es(d: Draw) -> Parts:
    n = d.num(1, 120)
    street = d.one(
        f"C/ {d.street}, {n}, {d.num(1, 8)}º {d.one('izq.', 'dcha.', 'A', 'B')}",
        f"Calle {d.street} nº {n}, piso {d.num(1, 8)}, puerta {d.num(1, 6)}",
        f"c/ {d.street} {n} {d.one('bajo', 'ático', 'entlo.')}",
        f"Calle del {d.street}, {n}, esc. {d.one('izda', 'dcha')}, {d.num(1, 6)}ºB",
    )
    cp = d.code("###")
    return street, f"{cp} {d.city} ({d.region})", [f"{cp} {d.city.upper()}"], cp


def _it(d: Draw) -> Parts:
    street = d.one(
        f"Via {d.street} {d.num(1, 180)}",
        f"Via {d.street}, {d.num(1, 180)}/{d.one('A', 'B', 'bis')}",
        f"Vicolo {d.street} {d.num(1, 60)}, int. {d.num(1, 24)}",
        f"Via {d.street} civico {d.num(1, 180)}, scala {d.one('A', 'B', 'C')}",
    )
    cap = d.code("###")
    return street, f"{cap} {d.city} ({d.region})", [f"{cap} {d.city.upper()} {d.region}"], cap


def _fr(d: Draw) -> Parts:
    street = d.one(
        f"{d.num(1, 90)} rue {d.street}",
        f"{d.num(1, 90)} {d.one('bis', 'ter')} rue {d.street}",
        f"Bât. {d.one('A', 'B', 'C')}, {d.num(1, 90)} rue {d.street}",
        f"{d.area('fr_lieu')}\n{d.num(1, 90)} rue {d.street}",
    )
    cp = d.code("0##")
    cedex = f" CEDEX {d.num(1, 9)}" if d.rng.random() < 0.25 else ""
    return street, f"{cp} {d.city}{cedex}", [f"{cp} {d.city.upper()}{cedex}"], cp


def _at(d: Draw) -> Parts:
    street = d.one(
        f"{d.street} {d.num(1, 60)}/{d.num(1, 9)}/{d.num(1, 30)}",
        f"{d.street} {d.num(1, 60)}, Stiege {d.num(1, 6)}, Tür {d.num(1, 30)}",
        f"{d.street} {d.num(1, 60)}/Top {d.num(1, 40)}",
        f"{d.street} {d.num(1, 60)}",
    )
    plz = d.code("0#0") if d.city == "Wien" else d.code("0##")
    return street, f"{plz} {d.city}", [f"A-{plz} {d.city}"], plz


def _ru(d: Draw) -> Parts:
    street = d.one(
        f"ul. {d.street}, d. {d.num(1, 90)}, kv. {d.num(1, 240)}",
        f"ul. {d.street} {d.num(1, 90)}-{d.num(1, 240)}",
        f"ul. {d.street}, d. {d.num(1, 90)}, korp. {d.num(1, 4)}, kv. {d.num(1, 240)}",
        f"{d.street} ul., {d.num(1, 90)}, str. {d.num(1, 6)}",
    )
    idx = d.code("#" * (6 - len(d.prefix)))
    reg = f", {d.region}" if d.region else ""
    return street, f"{d.city}{reg}, {idx}", [f"{d.city}{reg}", idx], idx


def _ua(d: Draw) -> Parts:
    street = d.one(
        f"vul. {d.street}, {d.num(1, 90)}, kv. {d.num(1, 160)}",
        f"vul. {d.street} {d.num(1, 90)}/{d.num(1, 20)}",
        f"vul. {d.street}, bud. {d.num(1, 90)}{d.one('', 'A', 'B')}, kv. {d.num(1, 160)}",
    )
    idx = d.code("###")
    reg = f", {d.region}" if d.region else ""
    return street, f"{d.city}{reg}, {idx}", [f"{d.city}, {idx}"], idx


def _tr(d: Draw) -> Parts:
    mah = d.area("tr_mah")
    street = d.one(
        f"{mah} {d.street} Cad. No:{d.num(1, 180)} D:{d.num(1, 24)}",
        f"{mah} {d.street} Sok. No: {d.num(1, 90)}/{d.num(1, 16)}",
        f"{d.street} Sk. No:{d.num(1, 90)} Kat:{d.num(1, 8)} Daire:{d.num(1, 24)}",
        f"{mah}, {d.street} Cd. {d.num(1, 180)}/{d.num(1, 12)}",
    )
    pk = d.code("##")
    return street, f"{pk} {d.region}/{d.city}", [f"{pk} {d.region}/{d.city.upper()}"], pk


def _gr(d: Draw) -> Parts:
    street = d.one(
        f"{d.street} {d.num(1, 120)}",
        f"Odos {d.street} {d.num(1, 120)}, {d.num(1, 6)}os orofos",
        f"{d.street} {d.num(1, 120)} & {d.one('Ippokratous', 'Zoodochou Pigis', 'Mavrommataion')}",
    )
    tk = d.code("# ##")
    return street, f"{d.area('gr_area')}, {tk} {d.city}", [f"{tk} {d.city.upper()}"], tk


def _pt(d: Draw) -> Parts:
    n = d.num(1, 180)
    street = d.one(
        f"Rua {d.street}, {n}, {d.num(1, 6)}º {d.one('Esq.', 'Dto.', 'Frt.')}",
        f"R. {d.street} {n} r/c",
        f"Travessa {d.street}, n.º {n}, {d.num(1, 5)}.º andar",
        f"Rua {d.street} {n}",
    )
    cp = d.code("##-###")
    return street, f"{cp} {d.city}", [f"{cp} {d.city.upper()}"], cp


def _in(d: Draw) -> Parts:
    kind = d.one("Road", "Salai", "Marg", "Main Road", "Street")
    street = d.one(
        f"No. {d.num(1, 90)}, {d.num(1, 5)}rd Cross, {d.street} {kind}",
        f"Flat {d.num(1, 6)}0{d.num(1, 9)}, {d.street} {kind}, {d.area('in_near')}",
        f"Plot {d.num(1, 400)}/{d.one('A', 'B', '2')}, {d.street} {kind}\n{d.area('in_near')}",
        f"Door No. {d.num(1, 60)}-{d.num(1, 9)}-{d.num(1, 99)}, {d.street} {kind}",
    )
    pin = d.code("###")
    area = d.area("in_area")
    return street, f"{area}, {d.city}, {d.region} {pin}", [
        area, f"{d.city} - {pin}", d.region], pin  # fmt: skip


def _id(d: Draw) -> Parts:
    rt, rw = f"{d.num(1, 15):03d}", f"{d.num(1, 12):03d}"
    street = d.one(
        f"Jl. {d.street} No. {d.num(1, 120)}",
        f"Jl. {d.street} No.{d.num(1, 120)}, RT {rt}/RW {rw}",
        f"Jl. {d.street} Gg. {d.one('Mawar', 'Melati', 'Kenanga')} No. {d.num(1, 40)}",
        f"Perum {d.one('Griya', 'Bumi')} Asri Blok {d.one('C', 'F', 'H')}{d.num(1, 12)} No. "
        f"{d.num(1, 30)}, Jl. {d.street}",
    )
    kp = d.code("###")
    kel, kec = d.area("id_kel"), d.area("id_kec")
    return street, f"{kel}, {kec}, {d.city} {kp}", [
        f"{kel}, {kec}", f"{d.city}, {d.region} {kp}"], kp  # fmt: skip


def _ph(d: Draw) -> Parts:
    street = d.one(
        f"{d.num(1, 180)} {d.street} St.",
        f"Blk {d.num(1, 40)} Lot {d.num(1, 30)}, {d.street} St.",
        f"Purok {d.num(1, 7)}, {d.street} Street",
        f"Unit {d.num(1, 20)}0{d.num(1, 9)}, {d.num(1, 90)} {d.street} Ave.",
    )
    zip_ = d.code("##")
    brgy = d.area("ph_brgy")
    return street, f"{brgy}, {d.city} {zip_}", [brgy, f"{d.city}, {d.region} {zip_}"], zip_


def _vn(d: Draw) -> Parts:
    street = d.one(
        f"{d.num(1, 240)} Đường {d.street}",
        f"Số {d.num(1, 240)}/{d.num(1, 40)} {d.street}",
        f"{d.num(1, 120)} {d.street}, Tầng {d.num(2, 18)}",
        f"Hẻm {d.num(1, 90)}/{d.num(1, 20)} Đường {d.street}",
    )
    pc = d.code("####")
    ph, q = d.area("vn_phuong"), d.area("vn_quan")
    return street, f"{ph}, {q}, {d.city}", [f"{ph}, {q}", d.city], pc


def _my(d: Draw) -> Parts:
    street = d.one(
        f"No. {d.num(1, 90)}, Jalan {d.street}",
        f"{d.num(1, 90)}, Jalan {d.street}/{d.num(1, 9)}, {d.area('my_taman')}",
        f"Lot {d.num(100, 9999)}, Jalan {d.street}",
        f"A-{d.num(1, 30)}-{d.num(1, 12)}, Jalan {d.street}",
    )
    pk = d.code("###")
    return street, f"{pk} {d.city}, {d.region}", [f"{pk} {d.city}", d.region.upper()], pk


def _sg(d: Draw) -> Parts:
    blk = d.num(1, 899)
    street = d.one(
        f"Blk {blk} {d.street} #{d.num(2, 25):02d}-{d.num(1, 420)}",
        f"{blk} {d.street}, #{d.num(2, 25):02d}-{d.num(1, 420):02d}",
        f"Block {blk}{d.one('A', 'B', 'C')} {d.street} #{d.num(2, 25):02d}-{d.num(1, 420)}",
    )
    pc = d.code("#####")
    return street, f"Singapore {pc}", [f"SINGAPORE {pc}"], pc


def _hk(d: Draw) -> Parts:
    kind = d.one("Road", "Street")
    street = d.one(
        f"Flat {d.one('A', 'B', 'C', 'D')}, {d.num(2, 30)}/F, {d.area('hk_bldg')}, "
        f"{d.num(1, 90)} {d.street} {kind}",
        f"Rm {d.num(1, 20)}0{d.num(1, 9)}, {d.num(2, 30)}/F, Block {d.one('A', 'B', '2')}, "
        f"{d.area('hk_bldg')}\n{d.num(1, 90)} {d.street} {kind}",
        f"{d.num(2, 30)}th Floor, {d.num(1, 90)}-{d.num(91, 99)} {d.street} {kind}",
    )
    return street, f"{d.region}, {d.city}", [d.region, d.city.upper()], ""


def _ie(d: Draw) -> Parts:
    street = d.one(
        f"{d.num(1, 120)} {d.street} Road",
        f"Apt {d.num(1, 40)}, {d.street} Court",
        f"{d.num(1, 60)} {d.street} Avenue",
        f"{d.street} House, {d.street} Lane",
    )
    eircode = d.prefix + " " + "".join(d.rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return street, f"{d.city}, {eircode}", [d.city, d.region, eircode], eircode


def _ke(d: Draw) -> Parts:
    street = d.one(
        f"{d.street} Road, House No. {d.num(1, 60)}",
        f"Apartment {d.one('B', 'C', 'D')}{d.num(1, 12)}, {d.street} Close",
        f"Plot {d.num(100, 999)}, off {d.street} Road",
        f"{d.street} Rd, Hse {d.num(1, 60)}{d.one('A', 'B', '')}",
    )
    code = d.code("###")
    estate = d.area("ke_estate")
    return street, f"{estate}, {d.city} {code}", [estate, f"{d.city.upper()} - {code}"], code


def _gh(d: Draw) -> Parts:
    street = d.one(
        f"H/No. {d.num(1, 90)} {d.street} Street",
        f"{d.num(1, 90)} {d.street} Road",
        f"{d.street} Link, Hse {d.num(1, 60)}, near {d.one('Total filling station', 'the chapel')}",
    )
    gps = f"{d.prefix}-{digits(d.rng, 3)}-{digits(d.rng, 4)}"
    area = d.area("gh_area")
    return street, f"{area}, {d.city} ({gps})", [f"{area}, {d.city}", f"GPS: {gps}"], gps


def _ae(d: Draw) -> Parts:
    street = d.one(
        f"Villa {d.num(1, 90)}, Street {d.num(1, 40)}{d.one('', 'a', 'b')}, {d.area('ae_area')}",
        f"Flat {d.num(1, 20)}0{d.num(1, 9)}, {d.area('ae_bldg')}, {d.street} Street",
        f"{d.area('ae_bldg')}, Apt {d.num(100, 2400)}, {d.street} Road",
        f"{d.area('ae_bldg')}, flat {d.num(1, 20)}0{d.num(1, 9)}, {d.area('ae_area')}",
    )
    return street, d.city, [d.city.upper()], ""


def _sa(d: Draw) -> Parts:
    bno, extra = f"{d.num(1000, 9999)}", f"{d.num(1000, 9999)}"
    street = d.one(
        f"{bno} {d.street} St, {d.area('sa_dist')}",
        f"Building {bno}, {d.street} Road, unit {d.num(1, 30)}",
        f"{bno} {d.street}, {d.area('sa_dist')} Dist.",
    )
    pc = d.code("####")
    return street, f"{d.city} {pc} - {extra}", [f"{d.city.upper()} {pc}-{extra}"], pc


def _us(d: Draw) -> Parts:
    kind = d.one("Rd", "Ln", "Hollow", "Pike", "Trl")
    n = d.num(10, 9800)
    street = d.one(
        f"{n} 1/2 {d.street} {kind}",
        f"Rear {n} {d.street} {kind}",
        f"{n} {d.street} {kind} Unit {d.one('B', 'C', '2')}",
        f"{n} {d.street} {kind}, Apt {d.num(1, 12)}{d.one('', 'R', 'L')}",
    )
    zip_ = d.code("##")
    return street, f"{d.city}, {d.region} {zip_}", [f"{d.city.upper()} {d.region} {zip_}"], zip_


def _uk(d: Draw) -> Parts:
    kind = d.one("Street", "Lane", "Row", "Road")
    street = d.one(
        f"Flat {d.num(1, 9)}, {d.num(1, 90)}{d.one('a', 'b', '')} {d.street} {kind}",
        f"{d.area('uk_house')}, {d.street} {kind}",
        f"{d.num(1, 90)} {d.street} {kind}",
        f"Basement Flat, {d.num(1, 90)} {d.street} {kind}",
    )
    unit = "".join(d.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    pc = f"{d.prefix} {d.num(1, 9)}{unit}"
    return street, f"{d.city} {pc}", [d.city.upper(), pc], pc


def _ca(d: Draw) -> Parts:
    street = d.one(
        f"{d.num(1, 40)}-{d.num(10, 980)} {d.street} Rd",
        f"{d.num(1000, 9800)} Concession Road {d.num(2, 14)}, RR {d.num(1, 5)}",
        f"Lot {d.num(1, 30)}, Concession {d.num(2, 12)}, {d.street} Sideroad",
        f"{d.num(10, 980)} {d.street} Dr, Unit {d.num(1, 40)}",
    )
    pc = (
        f"{d.prefix} {shaped(d.rng, '#')}{d.rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{shaped(d.rng, '#')}"
    )
    return street, f"{d.city}, {d.region} {pc}", [f"{d.city.upper()} {d.region}  {pc}"], pc


def _au(d: Draw) -> Parts:
    kind = d.one("St", "Rd", "Cres", "Pde")
    street = d.one(
        f"{d.num(1, 40)}/{d.num(1, 180)} {d.street} {kind}",
        f"Unit {d.num(1, 12)}, {d.num(1, 180)} {d.street} {kind}",
        f"Lot {d.num(1, 90)} {d.street} {kind}",
        f"{d.num(1, 180)}{d.one('A', 'B')} {d.street} {kind}",
    )
    return (
        street,
        f"{d.city} {d.region} {d.prefix}",
        [f"{d.city.upper()} {d.region} {d.prefix}"],
        (d.prefix),
    )


FORMATS = {
    "br": _br, "mx": _mx, "ar": _ar, "es": _es, "it": _it, "fr": _fr, "at": _at, "ru": _ru,
    "ua": _ua, "tr": _tr, "gr": _gr, "pt": _pt, "in": _in, "id": _id, "ph": _ph, "vn": _vn,
    "my": _my, "sg": _sg, "hk": _hk, "ie": _ie, "ke": _ke, "gh": _gh, "ae": _ae, "sa": _sa,
    "us": _us, "uk": _uk, "ca": _ca, "au": _au,
}  # fmt: skip


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    street = rng.choice(half(STREETS[country], parity))
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    line, locality, lines, postcode = FORMATS[country](
        Draw(rng, street, city, region, prefix, parity)
    )
    country_name = rng.choice(COUNTRY_NAMES[country])
    return Address(line, locality, tuple(lines), country_name, city, postcode)
