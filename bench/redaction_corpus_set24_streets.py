"""Set 24's street addresses in twenty national formats.

Street names are invented (plants, crafts, birds and made-up words of each language) or named
after invented people; none has a word of a gold address of sets 13-23. Cities are real, postcodes
have the country's shape and random digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    street: str  # the street line, unit or building included
    tail: tuple[str, ...]  # locality lines: city, region, postcode, as written on a label
    one_line_tail: str  # the same on one line after the street
    country: str


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letter(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWXY")


US_STREETS = (
    "Bellwort",
    "Pipsissewa",
    "Shadbush",
    "Turtlehead",
    "Boneset",
    "Hawkweed",
    "Fiddlewood",
    "Sawbriar",
    "Wilmetta Penrick",
    "Ancel Quast",
)
US_TYPES = ("St", "Ave", "Ln", "Dr", "Ct", "Rd", "Blvd", "Way", "Ter", "Pkwy", "Street", "Avenue")
US_CITIES = (
    ("Duluth", "MN", "558"),
    ("Bozeman", "MT", "597"),
    ("Lubbock", "TX", "794"),
    ("Asheville", "NC", "288"),
    ("Spokane", "WA", "992"),
    ("Montpelier", "VT", "056"),
    ("Sioux Falls", "SD", "571"),
    ("Macon", "GA", "312"),
    ("Akron", "OH", "443"),
    ("Laramie", "WY", "820"),
)


def us(rng: random.Random) -> Address:
    street = f"{rng.randint(12, 9870)} {rng.choice(US_STREETS)} {rng.choice(US_TYPES)}"
    unit = rng.choice(
        (
            "",
            "",
            f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f" Suite {rng.randint(100, 950)}",
            f" #{rng.randint(2, 60)}",
            f" Unit {rng.randint(1, 12)}",
        )
    )
    city, state, zip3 = rng.choice(US_CITIES)
    zipc = zip3 + _d(rng, 2) + (f"-{_d(rng, 4)}" if rng.random() < 0.2 else "")
    return Address(street + unit, (f"{city}, {state} {zipc}",), f"{city}, {state} {zipc}", "USA")


UK_STREETS = (
    "Cressbrook Mews",
    "Heddlestone Road",
    "Brackenthwaite Lane",
    "Wyvernhoe Close",
    "Ashlockton Gardens",
    "Pennystone Row",
    "Gorsedale Crescent",
    "Tolbridge Walk",
)
UK_TOWNS = (
    ("Kendal", "LA9"),
    ("Truro", "TR1"),
    ("Hexham", "NE46"),
    ("Ludlow", "SY8"),
    ("Stroud", "GL5"),
    ("Whitby", "YO21"),
    ("Oban", "PA34"),
    ("Bangor", "LL57"),
)


def gb(rng: random.Random) -> Address:
    flat = rng.choice(("", "", f"Flat {rng.randint(1, 9)}, ", f"{rng.randint(1, 90)}A "))
    number = "" if flat.endswith("A ") else f"{rng.randint(1, 140)} "
    street = f"{flat}{number}{rng.choice(UK_STREETS)}"
    town, area = rng.choice(UK_TOWNS)
    postcode = f"{area} {rng.randint(1, 9)}{_letter(rng)}{_letter(rng)}"
    return Address(street, (town, postcode), f"{town} {postcode}", "United Kingdom")


CA_STREETS = (
    "Muskellunge Cres",
    "Sweetgale Way",
    "Loonsong Dr",
    "Saskatine Ave",
    "Rue des Raquetteurs",
    "Snowbrush Rd",
)
CA_CITIES = (
    ("Thunder Bay", "ON", "P7B"),
    ("Kamloops", "BC", "V2C"),
    ("Moncton", "NB", "E1C"),
    ("Red Deer", "AB", "T4N"),
    ("Trois-Rivières", "QC", "G9A"),
    ("Brandon", "MB", "R7A"),
)


def ca(rng: random.Random) -> Address:
    unit = rng.choice(("", f"{rng.randint(101, 2304)}-"))
    street = f"{unit}{rng.randint(10, 990)} {rng.choice(CA_STREETS)}"
    city, prov, fsa = rng.choice(CA_CITIES)
    postal = f"{fsa} {rng.randint(1, 9)}{_letter(rng)}{rng.randint(0, 9)}"
    return Address(street, (f"{city} {prov}  {postal}",), f"{city}, {prov} {postal}", "Canada")


AU_STREETS = (
    "Hakea Pde",
    "Dunnart St",
    "Marron Rise",
    "Emuwren Ct",
    "Kurrajine Rd",
    "Wombeyan Ave",
)
AU_CITIES = (
    ("Toowoomba", "QLD", "4350"),
    ("Ballarat", "VIC", "3350"),
    ("Bunbury", "WA", "6230"),
    ("Wagga Wagga", "NSW", "2650"),
    ("Launceston", "TAS", "7250"),
    ("Mount Gambier", "SA", "5290"),
)


def au(rng: random.Random) -> Address:
    unit = rng.choice(("", f"{rng.randint(1, 24)}/", f"Unit {rng.randint(1, 9)}, "))
    street = f"{unit}{rng.randint(2, 240)} {rng.choice(AU_STREETS)}"
    city, state, pc = rng.choice(AU_CITIES)
    return Address(street, (f"{city} {state} {pc}",), f"{city} {state} {pc}", "Australia")


DE_STREETS = (
    "Wiesenknopfstraße",
    "Färberwaidgasse",
    "Mühlsteinring",
    "Seidelbaststraße",
    "Am Flachsrötteich",
    "Brakenkampweg",
    "Irmela-Hossbach-Straße",
)
DE_CITIES = (
    ("79098", "Freiburg im Breisgau"),
    ("93047", "Regensburg"),
    ("24103", "Kiel"),
    ("99084", "Erfurt"),
    ("54290", "Trier"),
    ("37073", "Göttingen"),
)


def de(rng: random.Random) -> Address:
    street = f"{rng.choice(DE_STREETS)} {rng.randint(1, 120)}{rng.choice(('', '', 'a', 'b'))}"
    pc, city = rng.choice(DE_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "Deutschland")


AT_STREETS = ("Zwirngasse", "Hafnergasse", "Rauchfangkehrerweg", "Zirbenhofstraße")
AT_CITIES = (
    ("1070", "Wien"),
    ("8010", "Graz"),
    ("5020", "Salzburg"),
    ("6020", "Innsbruck"),
    ("4020", "Linz"),
)


def at(rng: random.Random) -> Address:
    street = (
        f"{rng.choice(AT_STREETS)} {rng.randint(1, 60)}/{rng.choice(('Top ', '', '2/'))}"
        f"{rng.randint(1, 18)}"
    )
    pc, city = rng.choice(AT_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "Österreich")


CH_STREETS = ("Chäsereistrasse", "Wyberweg", "Chemin des Courtilières", "Trüelstrasse")
CH_CITIES = (
    ("8706", "Meilen"),
    ("3011", "Bern"),
    ("6003", "Luzern"),
    ("1203", "Genève"),
    ("9000", "St. Gallen"),
)


def ch(rng: random.Random) -> Address:
    name = rng.choice(CH_STREETS)
    number = rng.randint(1, 90)
    street = f"{number} {name}" if name.startswith("Chemin") else f"{name} {number}"
    pc, city = rng.choice(CH_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "Schweiz")


FR_STREETS = (
    "rue des Passementiers",
    "allée des Cormiers-Blancs",
    "impasse du Vieux-Fouloir",
    "chemin des Rempailleurs",
    "rue Léontine-Vallerand",
    "avenue des Loriots-Dorés",
)
FR_CITIES = (
    ("69003", "Lyon"),
    ("35000", "Rennes"),
    ("21000", "Dijon"),
    ("87000", "Limoges"),
    ("64100", "Bayonne"),
    ("51100", "Reims"),
)


def fr(rng: random.Random) -> Address:
    extra = rng.choice(("", "", " bis", " ter"))
    building = rng.choice(("", "", "", f"Bât. {rng.choice('ABC')}, "))
    street = f"{building}{rng.randint(1, 88)}{extra} {rng.choice(FR_STREETS)}"
    pc, city = rng.choice(FR_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "France")


BE_STREETS = (
    "Rue des Dinandiers",
    "Klompenmakersstraat",
    "Rue du Pré-aux-Chênes",
    "Lijnzaadstraat",
)
BE_CITIES = (
    ("4000", "Liège"),
    ("9000", "Gent"),
    ("5000", "Namur"),
    ("3000", "Leuven"),
    ("7000", "Mons"),
)


def be(rng: random.Random) -> Address:
    name = rng.choice(BE_STREETS)
    box = rng.choice(("", f" bus {rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}"))
    if name.startswith("Rue") and box.startswith(" bus"):
        box = f" boîte {rng.randint(1, 9)}"
    if not name.startswith("Rue") and box.startswith(" boîte"):
        box = f" bus {rng.randint(1, 9)}"
    street = f"{name} {rng.randint(1, 150)}{box}"
    pc, city = rng.choice(BE_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "Belgique")


IT_STREETS = (
    "Via dei Pettinai",
    "Vicolo dei Canestrai",
    "Via Ernesta Colonnetti",
    "Via delle Filandaie",
    "Viale dei Biancospini",
)
IT_CITIES = (
    ("40125", "Bologna", "BO"),
    ("06121", "Perugia", "PG"),
    ("73100", "Lecce", "LE"),
    ("38122", "Trento", "TN"),
    ("90133", "Palermo", "PA"),
)


def it(rng: random.Random) -> Address:
    unit = rng.choice(("", f", int. {rng.randint(1, 14)}", f", scala {rng.choice('ABC')}"))
    street = f"{rng.choice(IT_STREETS)}, {rng.randint(1, 99)}{unit}"
    pc, city, prov = rng.choice(IT_CITIES)
    return Address(street, (f"{pc} {city} ({prov})",), f"{pc} {city} ({prov})", "Italia")


ES_STREETS = (
    "Calle de los Guarnicioneros",
    "Calle Eustaquia Aranguiz",
    "Avenida de los Tundidores",
    "Calle del Madroñal Viejo",
    "Paseo de las Hilanderas",
)
ES_CITIES = (
    ("37002", "Salamanca"),
    ("50001", "Zaragoza"),
    ("18009", "Granada"),
    ("33003", "Oviedo"),
    ("10003", "Cáceres"),
)


def es(rng: random.Random) -> Address:
    floor = rng.choice(("", f", {rng.randint(1, 8)}º {rng.choice(('izda.', 'dcha.', 'A', 'B'))}"))
    street = f"{rng.choice(ES_STREETS)}, {rng.randint(1, 140)}{floor}"
    pc, city = rng.choice(ES_CITIES)
    return Address(street, (f"{pc} {city}",), f"{pc} {city}", "España")


PT_STREETS = (
    "Travessa dos Cordoeiros Velhos",
    "Rua Dona Jurema Arcanjo",
    "Rua dos Funileiros",
    "Largo das Tecedeiras",
)
PT_CITIES = (
    ("4000", "Porto"),
    ("3000", "Coimbra"),
    ("4700", "Braga"),
    ("8000", "Faro"),
    ("7000", "Évora"),
)


def pt(rng: random.Random) -> Address:
    floor = rng.choice(("", f", {rng.randint(1, 7)}.º {rng.choice(('Esq.', 'Dto.'))}"))
    street = f"{rng.choice(PT_STREETS)}, n.º {rng.randint(1, 220)}{floor}"
    pc, city = rng.choice(PT_CITIES)
    code = f"{pc}-{_d(rng, 3)}"
    return Address(street, (f"{code} {city}",), f"{code} {city}", "Portugal")


NL_STREETS = (
    "Touwslagerstraat",
    "Zeepziedersgracht",
    "Kuipersweg",
    "Lakenvoldersteeg",
    "Tinnegietershof",
)
NL_CITIES = (
    ("1016", "Amsterdam"),
    ("3512", "Utrecht"),
    ("9711", "Groningen"),
    ("2611", "Delft"),
    ("6211", "Maastricht"),
)


def nl(rng: random.Random) -> Address:
    suffix = rng.choice(("", "", "-II", " hs", "-A", "-3"))
    street = f"{rng.choice(NL_STREETS)} {rng.randint(1, 260)}{suffix}"
    pc, city = rng.choice(NL_CITIES)
    code = f"{pc} {_letter(rng)}{_letter(rng)}"
    return Address(street, (f"{code} {city}",), f"{code} {city}", "Nederland")


IE_STREETS = ("Knockaderry Drive", "Ardnagashel Grove", "Cloonfadda Road", "Gortnaskeha Lawn")
IE_TOWNS = (
    ("Ballincollig", "Co. Cork", "P31"),
    ("Tuam", "Co. Galway", "H54"),
    ("Navan", "Co. Meath", "C15"),
    ("Ennis", "Co. Clare", "V95"),
)


def ie(rng: random.Random) -> Address:
    street = f"{rng.randint(1, 90)} {rng.choice(IE_STREETS)}"
    town, county, key = rng.choice(IE_TOWNS)
    eircode = f"{key} {_letter(rng)}{_d(rng, 1)}{_letter(rng)}{_d(rng, 1)}"
    return Address(street, (town, f"{county} {eircode}"), f"{town}, {county} {eircode}", "Ireland")


IN_BUILDINGS = ("Nandavana Residency", "Kuteera Nilaya Apartments", "Vrindavan Heights")
IN_ROADS = ("14th Cross Road", "Sheshadri Marg", "3rd Main Road", "Sitaphal Lane")
IN_CITIES = (
    ("Jayanagar", "Bengaluru", "5600"),
    ("Kothrud", "Pune", "4110"),
    ("Kaloor", "Kochi", "6820"),
    ("Malviya Nagar", "Jaipur", "3020"),
    ("Vijay Nagar", "Indore", "4520"),
)


def in_(rng: random.Random) -> Address:
    street = (
        f"Flat {rng.randint(1, 12)}0{rng.randint(1, 8)}, {rng.choice(IN_BUILDINGS)}, "
        f"{rng.choice(IN_ROADS)}"
    )
    area, city, pin = rng.choice(IN_CITIES)
    pin6 = pin + _d(rng, 2)
    return Address(street, (area, f"{city} {pin6}"), f"{area}, {city} {pin6}", "India")


SG_STREETS = ("Jalan Kelulut", "Lorong Cempedak", "Keranji Crescent", "Kemunting Rise")


def sg(rng: random.Random) -> Address:
    unit = f"#{rng.randint(2, 19):02d}-{rng.randint(1, 120):02d}"
    name = rng.choice(SG_STREETS)
    number = rng.randint(1, 90)
    street = f"{number} {name} {unit}" if rng.random() < 0.6 else f"Blk {number}{' ' + name} {unit}"
    code = _d(rng, 6)
    return Address(street, (f"Singapore {code}",), f"Singapore {code}", "Singapore")


JP_AREAS = (
    ("Hakusan", "Bunkyo-ku", "Tokyo", "112-"),
    ("Kamiyoga", "Setagaya-ku", "Tokyo", "158-"),
    ("Nishikoiwa", "Edogawa-ku", "Tokyo", "133-"),
    ("Shimogamo", "Sakyo-ku", "Kyoto", "606-"),
)
JP_BUILDINGS = ("Lumière Sakuradai", "Villa Kogarashi", "Maison Hotaru")


def jp(rng: random.Random) -> Address:
    area, ward, pref, pc = rng.choice(JP_AREAS)
    building = rng.choice(
        ("", f"{rng.choice(JP_BUILDINGS)} {rng.randint(1, 9)}0{rng.randint(1, 9)}, ")
    )
    street = f"{building}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {area}"
    code = pc + _d(rng, 4)
    return Address(street, (f"{ward}, {pref} {code}",), f"{ward}, {pref} {code}", "Japan")


MX_STREETS = (
    "Calle Tepozán",
    "Privada de los Cazahuates",
    "Calle Refugio Cantarell",
    "Avenida Mezquitillo",
)
MX_CITIES = (
    ("Guadalajara", "Jal.", "44"),
    ("Puebla", "Pue.", "72"),
    ("Mérida", "Yuc.", "97"),
    ("Oaxaca de Juárez", "Oax.", "68"),
    ("Querétaro", "Qro.", "76"),
)
MX_COLONIAS = ("Col. Arboledas", "Col. Las Ánimas", "Col. Reforma")


def mx(rng: random.Random) -> Address:
    unit = rng.choice(("", f" Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 504)}"))
    street = f"{rng.choice(MX_STREETS)} {rng.randint(10, 990)}{unit}"
    city, state, pc = rng.choice(MX_CITIES)
    col = rng.choice(MX_COLONIAS)
    cp = pc + _d(rng, 3)
    return Address(street, (col, f"{cp} {city}, {state}"), f"{col}, {cp} {city}, {state}", "México")


BR_STREETS = ("Rua Jaçanã-Mirim", "Avenida Jequitibá-Branco", "Rua das Saracuras", "Rua Guabiroba")
BR_CITIES = (
    ("Curitiba", "PR", "80"),
    ("Recife", "PE", "50"),
    ("Belo Horizonte", "MG", "30"),
    ("Florianópolis", "SC", "88"),
    ("Salvador", "BA", "40"),
)
BR_BAIRROS = ("Bairro Alto", "Jardim Botânico", "Santa Tereza")


def br(rng: random.Random) -> Address:
    unit = rng.choice(("", f", apto {rng.randint(11, 184)}", f", casa {rng.randint(1, 4)}"))
    street = f"{rng.choice(BR_STREETS)}, {rng.randint(10, 2900)}{unit}"
    city, uf, pc = rng.choice(BR_CITIES)
    bairro = rng.choice(BR_BAIRROS)
    cep = f"{pc}{_d(rng, 3)}-{_d(rng, 3)}"
    return Address(
        street, (f"{bairro}, {city} - {uf}", cep), f"{bairro}, {city} - {uf}, {cep}", "Brasil"
    )


ZA_STREETS = ("Kanniedood Crescent", "Wildevy Street", "Koekemakranka Road", "Umdoni Lane")
ZA_CITIES = (
    ("Waterkloof", "Pretoria", "0181"),
    ("Die Boord", "Stellenbosch", "7600"),
    ("Walmer", "Gqeberha", "6070"),
    ("Westdene", "Bloemfontein", "9301"),
)


def za(rng: random.Random) -> Address:
    street = f"{rng.randint(1, 140)} {rng.choice(ZA_STREETS)}"
    suburb, city, pc = rng.choice(ZA_CITIES)
    return Address(street, (suburb, city, pc), f"{suburb}, {city}, {pc}", "South Africa")


FORMATS = (us, gb, ca, au, de, at, ch, fr, be, it, es, pt, nl, ie, in_, sg, jp, mx, br, za)
# The US is drawn more often than the others, as in real traffic.
WEIGHTS = (5, 2, 2, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)


def draw(rng: random.Random) -> Address:
    return rng.choices(FORMATS, WEIGHTS)[0](rng)


def one_line(addr: Address, with_country: bool = False) -> str:
    text = f"{addr.street}, {addr.one_line_tail}"
    return f"{text}, {addr.country}" if with_country else text


def multi_line(addr: Address, with_country: bool = False) -> str:
    lines = [addr.street, *addr.tail] + ([addr.country] if with_country else [])
    return "\n".join(lines)


def street_names() -> list[str]:
    """Every street name of the module, for the overlap checks."""
    return [
        *US_STREETS,
        *UK_STREETS,
        *CA_STREETS,
        *AU_STREETS,
        *DE_STREETS,
        *AT_STREETS,
        *CH_STREETS,
        *FR_STREETS,
        *BE_STREETS,
        *IT_STREETS,
        *ES_STREETS,
        *PT_STREETS,
        *NL_STREETS,
        *IE_STREETS,
        *IN_BUILDINGS,
        *IN_ROADS,
        *SG_STREETS,
        *JP_BUILDINGS,
        *(a[0] for a in JP_AREAS),
        *MX_STREETS,
        *BR_STREETS,
        *ZA_STREETS,
    ]
