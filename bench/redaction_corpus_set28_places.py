"""Set 28's street addresses in twenty national formats.

A builder returns an :class:`Address`: the street line (with its flat, unit or building), the
locality lines that follow it on a label, and the city, postcode and country on their own for
split form fields. Street names come from the half's share of ``STREETS``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.redaction_corpus_set28_pools import STREETS


@dataclass(frozen=True)
class Address:
    street: str
    locality: tuple[str, ...]
    city: str
    postcode: str
    country: str

    def one_line(self, with_country: bool = False) -> str:
        parts = [self.street, *self.locality] + ([self.country] if with_country else [])
        return ", ".join(parts)

    def lines(self, with_country: bool = False) -> str:
        parts = [self.street, *self.locality] + ([self.country] if with_country else [])
        return "\n".join(parts)


def _street(rng: random.Random, country: str, half: int) -> str:
    return rng.choice(STREETS[country][half::2])


def _n(rng: random.Random, low: int = 1, high: int = 240) -> int:
    return rng.randint(low, high)


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


US_PLACES = [
    ("Dayton", "OH", "454"),
    ("Boise", "ID", "837"),
    ("Tacoma", "WA", "984"),
    ("Lubbock", "TX", "794"),
    ("Asheville", "NC", "288"),
    ("Duluth", "MN", "558"),
    ("Fresno", "CA", "937"),
    ("Savannah", "GA", "314"),
]


def us(rng: random.Random, half: int) -> Address:
    name = _street(rng, "US", half)
    suffix = rng.choice(
        ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pkwy", "Street", "Avenue"]
    )
    unit = rng.choice(
        [
            "",
            "",
            f", Apt {_n(rng, 1, 30)}{rng.choice('ABCD')}",
            f" #{_n(rng, 2, 900)}",
            f", Suite {_n(rng, 100, 950)}",
            f", Unit {_n(rng, 1, 40)}",
        ]
    )
    city, state, zip3 = rng.choice(US_PLACES)
    postcode = f"{zip3}{rng.randint(1, 99):02d}" + (
        f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else ""
    )
    street = f"{_n(rng, 10, 9800)} {name} {suffix}{unit}"
    return Address(street, (f"{city}, {state} {postcode}",), city, postcode, "USA")


GB_TOWNS = ["Leeds", "Norwich", "Exeter", "Bolton", "Carlisle", "Reading", "Swansea", "Stirling"]


def gb(rng: random.Random, half: int) -> Address:
    name = _street(rng, "GB", half)
    suffix = rng.choice(["Road", "Lane", "Close", "Mews", "Crescent", "Gardens", "Terrace", "Way"])
    flat = rng.choice(["", "", f"Flat {_n(rng, 1, 24)}, ", f"{_n(rng, 1, 9)}{rng.choice('ab')} "])
    number = "" if flat.endswith("a ") or flat.endswith("b ") else f"{_n(rng, 1, 180)} "
    town = rng.choice(GB_TOWNS)
    postcode = f"{_letters(rng, 2)}{_n(rng, 1, 29)} {_n(rng, 1, 9)}{_letters(rng, 2)}"
    street = f"{flat}{number}{name} {suffix}".replace("  ", " ")
    return Address(street, (town, postcode), town, postcode, "United Kingdom")


def ca(rng: random.Random, half: int) -> Address:
    name = _street(rng, "CA", half)
    suffix = rng.choice(["Street", "Avenue", "Drive", "Crescent", "Road"])
    unit = rng.choice(["", f"{_n(rng, 101, 2400)}-"])
    city, prov, fsa = rng.choice(
        [
            ("Halifax", "NS", "B3H"),
            ("Winnipeg", "MB", "R3C"),
            ("Kelowna", "BC", "V1Y"),
            ("Sudbury", "ON", "P3E"),
            ("Moncton", "NB", "E1C"),
        ]
    )
    postcode = f"{fsa} {_n(rng, 1, 9)}{_letters(rng, 1)}{_n(rng, 1, 9)}"
    street = f"{unit}{_n(rng, 10, 3900)} {name} {suffix}"
    return Address(street, (f"{city} {prov}  {postcode}",), city, postcode, "Canada")


def au(rng: random.Random, half: int) -> Address:
    name = _street(rng, "AU", half)
    suffix = rng.choice(["Street", "Road", "Avenue", "Court", "Parade", "Place"])
    unit = rng.choice(["", f"{_n(rng, 1, 12)}/", f"Unit {_n(rng, 1, 20)}, "])
    suburb, state, pc = rng.choice(
        [
            ("Toowong", "QLD", "4066"),
            ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045"),
            ("Ballarat", "VIC", "3350"),
            ("Dubbo", "NSW", "2830"),
        ]
    )
    street = f"{unit}{_n(rng, 1, 400)} {name} {suffix}"
    return Address(street, (f"{suburb} {state} {pc}",), suburb, pc, "Australia")


def de(rng: random.Random, half: int) -> Address:
    name = _street(rng, "DE", half)
    suffix = rng.choice(["straße", "weg", "allee", "ring", "str."])
    if name.endswith(("hang", "winkel", "trift", "bühl", "kamp", "zeile", "horst", "schlag")):
        street = f"{name} {_n(rng, 1, 120)}{rng.choice(['', '', 'a', 'b'])}"
    else:
        street = f"{name}{suffix} {_n(rng, 1, 120)}"
    city, pc = rng.choice(
        [
            ("Bielefeld", "33602"),
            ("Freiburg im Breisgau", "79098"),
            ("Kassel", "34117"),
            ("Rostock", "18055"),
            ("Würzburg", "97070"),
        ]
    )
    return Address(street, (f"{pc} {city}",), city, pc, "Deutschland")


def at(rng: random.Random, half: int) -> Address:
    name = _street(rng, "AT", half)
    street = f"{name} {_n(rng, 1, 60)}/{_n(rng, 1, 9)}" + rng.choice(["", f"/Top {_n(rng, 1, 24)}"])
    city, pc = rng.choice([("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020")])
    return Address(street, (f"{pc} {city}",), city, pc, "Österreich")


def ch(rng: random.Random, half: int) -> Address:
    name = _street(rng, "CH", half)
    city, pc = rng.choice([("Bern", "3012"), ("Luzern", "6003"), ("Winterthur", "8400")])
    return Address(f"{name} {_n(rng, 1, 80)}", (f"{pc} {city}",), city, pc, "Schweiz")


def fr(rng: random.Random, half: int) -> Address:
    name = _street(rng, "FR", half)
    kind = rng.choice(["rue", "allée", "chemin", "impasse", "avenue"])
    prefix = rng.choice(["", "", "Bât. C, ", "Résidence Les Aulnes, "])
    street = f"{prefix}{_n(rng, 1, 140)}{rng.choice(['', '', ' bis', ' ter'])} {kind} {name}"
    city, pc = rng.choice(
        [
            ("Lyon", "69004"),
            ("Rennes", "35000"),
            ("Nantes", "44100"),
            ("Dijon", "21000"),
            ("Limoges", "87000"),
        ]
    )
    return Address(street, (f"{pc} {city}",), city, pc, "France")


def be(rng: random.Random, half: int) -> Address:
    name = _street(rng, "BE", half)
    if name.startswith("rue"):
        street = f"{name} {_n(rng, 1, 140)}" + rng.choice(["", f" bte {_n(rng, 1, 9)}"])
        city, pc = rng.choice([("Namur", "5000"), ("Liège", "4020")])
    else:
        street = f"{name} {_n(rng, 1, 140)}" + rng.choice(["", f" bus {_n(rng, 1, 9)}"])
        city, pc = rng.choice([("Gent", "9000"), ("Leuven", "3000")])
    return Address(street, (f"{pc} {city}",), city, pc, "Belgique")


def it(rng: random.Random, half: int) -> Address:
    name = _street(rng, "IT", half)
    kind = rng.choice(["Via", "Via", "Vicolo", "Viale"])
    street = f"{kind} {name} {_n(rng, 1, 160)}" + rng.choice(["", f", int. {_n(rng, 1, 14)}"])
    city, pc, prov = rng.choice(
        [
            ("Bologna", "40126", "BO"),
            ("Padova", "35121", "PD"),
            ("Lecce", "73100", "LE"),
            ("Trento", "38122", "TN"),
        ]
    )
    return Address(street, (f"{pc} {city} {prov}",), city, pc, "Italia")


def es(rng: random.Random, half: int) -> Address:
    name = _street(rng, "ES", half)
    kind = "Carrer" if name.startswith("dels") else rng.choice(["C/", "Calle", "Camino"])
    floor = rng.choice(["", f", {_n(rng, 1, 8)}º {rng.choice(['izda.', 'dcha.', 'B'])}"])
    street = f"{kind} {name}, {_n(rng, 1, 90)}{floor}"
    city, pc = (
        ("Girona", "17001")
        if kind == "Carrer"
        else rng.choice([("Valladolid", "47002"), ("Murcia", "30001"), ("Zaragoza", "50003")])
    )
    return Address(street, (f"{pc} {city}",), city, pc, "España")


def pt(rng: random.Random, half: int) -> Address:
    name = _street(rng, "PT", half)
    street = f"Rua {name}, n.º {_n(rng, 1, 300)}" + rng.choice(
        ["", f", {_n(rng, 1, 6)}.º Esq.", f", {_n(rng, 1, 6)}.º Dto."]
    )
    city, pc = rng.choice(
        [
            ("Porto", f"4050-{_n(rng, 100, 999)}"),
            ("Braga", f"4700-{_n(rng, 100, 999)}"),
            ("Coimbra", f"3000-{_n(rng, 100, 999)}"),
        ]
    )
    return Address(street, (f"{pc} {city}",), city, pc, "Portugal")


def nl(rng: random.Random, half: int) -> Address:
    name = _street(rng, "NL", half)
    street = f"{name} {_n(rng, 1, 220)}" + rng.choice(["", "-II", " hs", "A"])
    city = rng.choice(["Utrecht", "Haarlem", "Zwolle", "Delft"])
    pc = f"{rng.randint(1000, 9899)} {_letters(rng, 2)}"
    return Address(street, (f"{pc} {city}",), city, pc, "Nederland")


def ie(rng: random.Random, half: int) -> Address:
    name = _street(rng, "IE", half)
    street = f"{_n(rng, 1, 90)} {name} {rng.choice(['Road', 'Park', 'Avenue', 'Drive'])}"
    town, county, eir = rng.choice(
        [
            ("Ballincollig", "Co. Cork", "P31"),
            ("Tuam", "Co. Galway", "H54"),
            ("Navan", "Co. Meath", "C15"),
        ]
    )
    code = f"{eir} {_letters(rng, 1)}{_n(rng, 1, 9)}{_letters(rng, 1)}{_n(rng, 1, 9)}"
    return Address(street, (town, county, code), town, code, "Ireland")


def in_(rng: random.Random, half: int) -> Address:
    name = _street(rng, "IN", half)
    road = rng.choice(["12th Cross Road", "4th Main Road", "Link Road", "Station Road"])
    street = f"Flat {_n(rng, 101, 1204)}, {name}, {road}"
    area, city, pin = rng.choice(
        [
            ("Indiranagar", "Bengaluru", "560038"),
            ("Kothrud", "Pune", "411038"),
            ("Banjara Hills", "Hyderabad", "500034"),
            ("Salt Lake", "Kolkata", "700091"),
        ]
    )
    return Address(street, (area, f"{city} {pin}"), city, pin, "India")


def sg(rng: random.Random, half: int) -> Address:
    name = _street(rng, "SG", half)
    block = _n(rng, 100, 899)
    street = f"Blk {block} {name}, #{_n(rng, 2, 25):02d}-{_n(rng, 10, 399)}"
    pc = f"{rng.randint(40, 82)}{block:04d}"[-6:]
    return Address(street, (f"Singapore {pc}",), "Singapore", pc, "Singapore")


def jp(rng: random.Random, half: int) -> Address:
    name = _street(rng, "JP", half)
    ward, city, pc = rng.choice(
        [
            ("Setagaya-ku", "Tokyo", "154-0004"),
            ("Nishi-ku", "Yokohama", "220-0005"),
            ("Chuo-ku", "Osaka", "541-0046"),
        ]
    )
    block = f"{_n(rng, 1, 5)}-{_n(rng, 1, 28)}-{_n(rng, 1, 19)}"
    district = rng.choice(["Kamiuma", "Minatomirai", "Honmachi"])
    street = f"{name} {_n(rng, 101, 905)}, {block} {district}"
    return Address(street, (f"{ward}, {city} {pc}",), city, pc, "Japan")


def mx(rng: random.Random, half: int) -> Address:
    name = _street(rng, "MX", half)
    street = f"Calle {name} {_n(rng, 10, 2900)}" + rng.choice(["", f" Int. {_n(rng, 1, 12)}"])
    col, city, pc, st = rng.choice(
        [
            ("Col. Americana", "Guadalajara", "44160", "Jal."),
            ("Col. Roma Norte", "Ciudad de México", "06700", "CDMX"),
            ("Col. Centro", "Mérida", "97000", "Yuc."),
        ]
    )
    return Address(street, (col, f"{pc} {city}, {st}"), city, pc, "México")


def br(rng: random.Random, half: int) -> Address:
    name = _street(rng, "BR", half)
    street = f"Rua {name}, {_n(rng, 10, 2400)}" + rng.choice(["", f", apto {_n(rng, 11, 184)}"])
    bairro, city, uf, cep = rng.choice(
        [
            ("Savassi", "Belo Horizonte", "MG", "30140"),
            ("Moinhos de Vento", "Porto Alegre", "RS", "90570"),
            ("Boa Viagem", "Recife", "PE", "51020"),
        ]
    )
    pc = f"{cep}-{_n(rng, 0, 999):03d}"
    return Address(street, (bairro, f"{city} - {uf}", pc), city, pc, "Brasil")


def za(rng: random.Random, half: int) -> Address:
    name = _street(rng, "ZA", half)
    street = f"{_n(rng, 1, 180)} {name} {rng.choice(['Street', 'Avenue', 'Crescent', 'Road'])}"
    suburb, city, pc = rng.choice(
        [
            ("Observatory", "Cape Town", "7925"),
            ("Parkhurst", "Johannesburg", "2193"),
            ("Hatfield", "Pretoria", "0083"),
        ]
    )
    return Address(street, (suburb, city, pc), city, pc, "South Africa")


BUILDERS = {
    "US": us,
    "GB": gb,
    "CA": ca,
    "AU": au,
    "DE": de,
    "AT": at,
    "CH": ch,
    "FR": fr,
    "BE": be,
    "IT": it,
    "ES": es,
    "PT": pt,
    "NL": nl,
    "IE": ie,
    "IN": in_,
    "SG": sg,
    "JP": jp,
    "MX": mx,
    "BR": br,
    "ZA": za,
}
# US and GB weigh more: they are the commonest in the registers written here.
WEIGHTED = ["US"] * 6 + ["GB"] * 3 + sorted(BUILDERS)


def address(rng: random.Random, half: int, countries: tuple[str, ...] = ()) -> Address:
    country = rng.choice(list(countries) or WEIGHTED)
    return BUILDERS[country](rng, half)
