"""Set 21's street addresses in national formats: one line, several lines or the street line alone.

No street-name word here occurs in a text of sets 13-20 (generic words such as Road or rue, and
the localities, which are real towns, aside).
"""

from __future__ import annotations

import random
from collections.abc import Callable

# (street line, locality lines) -> an address; the street line includes flat/unit words.
Address = tuple[str, list[str]]


def _n(rng: random.Random, low: int = 1, high: int = 240) -> int:
    return rng.randint(low, high)


US_CORES = [
    "Kickapoo",
    "Tuscarora",
    "Muskingum",
    "Conestoga",
    "Quapaw",
    "Absaroka",
    "Osage",
    "Pennyroyal",
    "Sweetfern",
    "Scuppernong",
    "Choctaw",
    "Yamasee",
    "Wabash",
    "Kaskaskia",
    "Pecatonica",
    "Sangamon",
    "Kankakee",
]
US_TYPES = [
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Drive",
    "Dr",
    "Lane",
    "Ln",
    "Court",
    "Trail",
    "Parkway",
    "Blvd",
    "Terrace",
    "Way",
]
US_TOWNS = [
    "Boise, ID 83702",
    "Tulsa, OK 74103",
    "Fargo, ND 58102",
    "Macon, GA 31201",
    "Yakima, WA 98901",
    "Duluth, MN 55802",
    "Abilene, TX 79601",
    "Erie, PA 16501",
    "Muncie, IN 47305",
    "Bangor, ME 04401",
    "Laramie, WY 82070",
    "Flagstaff, AZ 86001",
    "Ithaca, NY 14850",
    "Pueblo, CO 81003",
    "Provo, UT 84601",
    "Missoula, MT 59801",
    "Roanoke, VA 24011",
    "Peoria, IL 61602",
    "Topeka, KS 66603",
]
# Streets named after people: the whole address is one STREET_ADDRESS, no PERSON.
US_NAMED = [
    "Bessie Coleman Drive",
    "Nellie Bly Lane",
    "Juliette Low Way",
    "Amelia Earhart Blvd",
    "Hedy Lamarr Court",
    "Jovita Idar Street",
]


def us(rng: random.Random) -> Address:
    if rng.random() < 0.2:
        street = f"{_n(rng, 100, 9800)} {rng.choice(US_NAMED)}"
    else:
        street = f"{_n(rng, 12, 9800)} {rng.choice(US_CORES)} {rng.choice(US_TYPES)}"
    unit = rng.choice(
        [
            "",
            "",
            f", Apt {_n(rng, 1, 40)}{rng.choice('ABCD')}",
            f" Suite {_n(rng, 100, 950)}",
            f" #{_n(rng, 2, 30)}",
            f", Unit {_n(rng, 1, 12)}",
        ]
    )
    town = rng.choice(US_TOWNS)
    if rng.random() < 0.2:
        town += f"-{rng.randint(1000, 9999)}"
    return street + unit, [town] + (["USA"] if rng.random() < 0.2 else [])


UK_CORES = [
    "Ousebank",
    "Caldergate",
    "Wharfedale",
    "Tanpits",
    "Nettlebed",
    "Kittiwake",
    "Greyfriars",
    "Coldharbour",
    "Mallowfield",
    "Sallowmere",
    "Gallowtree",
    "Hollybush",
    "Lamplighter",
    "Sheepfold",
    "Cornhill",
    "Maltings",
    "Chantry",
]
UK_TYPES = ["Road", "Lane", "Close", "Row", "Mews", "Gardens", "Walk", "Terrace", "Yard"]
UK_TOWNS = [
    ("York", "YO1 7HH"),
    ("Leeds", "LS6 2AB"),
    ("Norwich", "NR2 4PD"),
    ("Exeter", "EX4 3SR"),
    ("Bath", "BA1 2QH"),
    ("Derby", "DE22 3BH"),
    ("Truro", "TR1 2SJ"),
    ("Swansea", "SA1 5DF"),
    ("Inverness", "IV2 3HD"),
    ("Carlisle", "CA3 8QE"),
    ("Durham", "DH1 3NJ"),
]
UK_NAMED = ["Emmeline Pankhurst Close", "Rosalind Way"]


def uk(rng: random.Random) -> Address:
    core = (
        rng.choice(UK_NAMED)
        if rng.random() < 0.1
        else f"{rng.choice(UK_CORES)} {rng.choice(UK_TYPES)}"
    )
    number = rng.choice([str(_n(rng, 1, 180)), f"{_n(rng, 1, 90)}{rng.choice('AB')}"])
    flat = rng.choice(
        ["", "", f"Flat {_n(rng, 1, 24)}, ", f"Flat {_n(rng, 1, 9)}{rng.choice('ABC')}, "]
    )
    town, postcode = rng.choice(UK_TOWNS)
    return f"{flat}{number} {core}", [town, postcode] + (
        ["United Kingdom"] if rng.random() < 0.15 else []
    )


def ie(rng: random.Random) -> Address:
    core = rng.choice(
        ["Knocklyon", "Cabra", "Ballyfermot", "Shandon", "Salthill", "Knocknacarra", "Ballybrack"]
    )
    kind = rng.choice(["Road", "Avenue", "Park", "Grove", "Drive", "Court"])
    town = rng.choice(
        [
            ["Dublin 16", "D16 X2K9"],
            ["Cork", "T23 F6W4"],
            ["Galway", "H91 E2W8"],
            ["Co. Dublin", "A96 K4T7"],
        ]
    )
    apt = rng.choice(["", f"Apt {_n(rng, 1, 40)}, "])
    return f"{apt}{_n(rng, 1, 120)} {core} {kind}", town


def ca(rng: random.Random) -> Address:
    core = rng.choice(
        ["Wascana", "Cariboo", "Kananaskis", "Algonquin", "Nipissing", "Temiskaming", "Okanagan"]
    )
    kind = rng.choice(["Crescent", "Street", "Avenue", "Drive", "Road", "Place"])
    unit = rng.choice(["", f"{_n(rng, 101, 2410)}-", f"Unit {_n(rng, 1, 30)}, "])
    city, prov, code = rng.choice(
        [
            ("Saskatoon", "SK", "S7K 1J5"),
            ("Moncton", "NB", "E1C 4B7"),
            ("Kelowna", "BC", "V1Y 6H2"),
            ("Sherbrooke", "QC", "J1H 4A1"),
            ("Lethbridge", "AB", "T1J 0N9"),
            ("Kamloops", "BC", "V2C 1G3"),
            ("Thunder Bay", "ON", "P7B 5E1"),
        ]
    )
    return f"{unit}{_n(rng, 10, 4800)} {core} {kind}", [f"{city} {prov}  {code}"]


def au(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Yarralumla",
            "Billabong",
            "Wilga",
            "Myall",
            "Bimbadeen",
            "Tallowwood",
            "Burrawang",
            "Boobialla",
        ]
    )
    kind = rng.choice(["Street", "St", "Road", "Crescent", "Cres", "Parade", "Tce", "Circuit"])
    number = rng.choice(
        [
            str(_n(rng, 1, 300)),
            f"{_n(rng, 1, 12)}/{_n(rng, 1, 90)}",
            f"Unit {_n(rng, 1, 9)}, {_n(rng, 1, 90)}",
        ]
    )
    town = rng.choice(
        [
            "Ballarat VIC 3350",
            "Toowoomba QLD 4350",
            "Wagga Wagga NSW 2650",
            "Bendigo VIC 3550",
            "Launceston TAS 7250",
            "Cairns QLD 4870",
            "Bunbury WA 6230",
            "Dubbo NSW 2830",
        ]
    )
    return f"{number} {core} {kind}", [town]


def de(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Amselweg",
            "Kuckucksweg",
            "Holunderstieg",
            "Tuchmacherweg",
            "Kupferschmiedgasse",
            "Zeughausstraße",
            "Ulmenallee",
            "Hagebuttenweg",
            "Seilerbahn",
            "Brauhausstraße",
            "Hertha-Sponer-Straße",
            "Sophie-Scholl-Weg",
        ]
    )
    number = rng.choice([str(_n(rng, 1, 140)), f"{_n(rng, 1, 60)}{rng.choice('abc')}"])
    town = rng.choice(
        [
            "79098 Freiburg",
            "93047 Regensburg",
            "24103 Kiel",
            "99084 Erfurt",
            "49074 Osnabrück",
            "34117 Kassel",
            "33602 Bielefeld",
            "18055 Rostock",
        ]
    )
    return f"{core} {number}", [town] + (["Deutschland"] if rng.random() < 0.15 else [])


def at(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Sternwartestraße",
            "Zinzendorfgasse",
            "Strozzigasse",
            "Heinestraße",
            "Hofgasse",
            "Bertha-von-Suttner-Gasse",
        ]
    )
    suffix = rng.choice([f"/Top {_n(rng, 1, 18)}", f"/{_n(rng, 1, 4)}/{_n(rng, 1, 20)}", ""])
    town = rng.choice(["8010 Graz", "4020 Linz", "5020 Salzburg", "6020 Innsbruck", "1080 Wien"])
    return f"{core} {_n(rng, 1, 70)}{suffix}", [town] + (
        ["Österreich"] if rng.random() < 0.2 else []
    )


def ch(rng: random.Random) -> Address:
    core = rng.choice(
        ["Schützengasse", "Rosenbergstrasse", "Spalenvorstadt", "Hirschengraben", "Steinenvorstadt"]
    )
    town = rng.choice(["8001 Zürich", "3011 Bern", "4051 Basel", "9000 St. Gallen", "6003 Luzern"])
    return f"{core} {_n(rng, 1, 90)}", [town] + (["Schweiz"] if rng.random() < 0.2 else [])


def fr(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "rue des Cordeliers",
            "rue de la Poissonnerie",
            "rue des Chaudronniers",
            "impasse des Capucins",
            "rue des Ursulines",
            "allée Sophie-Scholl",
            "rue Clara-Campoamor",
        ]
    )
    number = f"{_n(rng, 1, 150)}{rng.choice(['', '', ' bis', ' ter'])}"
    building = rng.choice(["", "", f"Bât. {rng.choice('ABC')}, "])
    town = rng.choice(
        [
            "33000 Bordeaux",
            "35000 Rennes",
            "67000 Strasbourg",
            "21000 Dijon",
            "37000 Tours",
            "86000 Poitiers",
            "29200 Brest",
            "64100 Bayonne",
        ]
    )
    return f"{building}{number} {core}", [town] + (["France"] if rng.random() < 0.15 else [])


def be(rng: random.Random) -> Address:
    if rng.random() < 0.5:
        core = rng.choice(
            ["Vlamingstraat", "Steenhouwersvest", "Kasteeldreef", "Hoogpoort", "Ezelstraat"]
        )
        box = rng.choice(["", f" bus {_n(rng, 1, 12)}"])
        town = rng.choice(["8000 Brugge", "9000 Gent", "2000 Antwerpen"])
    else:
        core = "rue des Bouchers"
        box = rng.choice(["", f" boîte {_n(rng, 1, 9)}"])
        town = rng.choice(["1000 Bruxelles", "4000 Liège"])
    return f"{core} {_n(rng, 1, 120)}{box}", [town]


def it(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Via dei Fornai",
            "Piazza delle Erbe",
            "Via degli Orefici",
            "Via dei Tintori",
            "Vicolo dei Cimatori",
            "Via degli Spadari",
            "Via dei Mercanti",
        ]
    )
    extra = rng.choice(["", f", int. {_n(rng, 1, 20)}", f", scala {rng.choice('ABC')}"])
    town = rng.choice(
        [
            "40126 Bologna BO",
            "37121 Verona VR",
            "10123 Torino TO",
            "50122 Firenze FI",
            "06121 Perugia PG",
            "80134 Napoli NA",
        ]
    )
    return f"{core} {_n(rng, 1, 90)}{extra}", [town]


def es(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Calle de los Toneleros",
            "Carrer dels Abaixadors",
            "Rúa do Vilar",
            "Calle Curtidores",
            "Plaza de las Platerías",
            "Calle Caldereros",
            "Calle Clara Campoamor",
        ]
    )
    floor = rng.choice(
        ["", f", {_n(rng, 1, 9)}º {rng.choice('ABCD')}", f", {_n(rng, 1, 6)}.º izda."]
    )
    town = rng.choice(
        [
            "37002 Salamanca",
            "46001 València",
            "15704 Santiago de Compostela",
            "18009 Granada",
            "08003 Barcelona",
        ]
    )
    return f"{core} {_n(rng, 1, 80)}{floor}", [town] + (["España"] if rng.random() < 0.15 else [])


def pt(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Rua dos Sapateiros",
            "Rua dos Bacalhoeiros",
            "Rua dos Ourives",
            "Travessa dos Caldeireiros",
        ]
    )
    town = rng.choice(["1100-577 Lisboa", "4050-253 Porto", "3000-143 Coimbra"])
    return f"{core} {_n(rng, 1, 200)}, {_n(rng, 1, 5)}.º {rng.choice(['Esq.', 'Dto.'])}", [town]


def nl(rng: random.Random) -> Address:
    core = rng.choice(["Lange Voorhout", "Bakkerstraat", "Lijnmarkt", "Zuiderdiep", "Stokstraat"])
    number = rng.choice(
        [str(_n(rng, 1, 120)), f"{_n(rng, 1, 90)}A", f"{_n(rng, 1, 90)}-II", f"{_n(rng, 1, 90)} hs"]
    )
    town = rng.choice(
        ["3511 KG Utrecht", "2514 JK Den Haag", "9711 HM Groningen", "6211 ED Maastricht"]
    )
    return f"{core} {number}", [town]


def india(rng: random.Random) -> Address:
    area, city = rng.choice(
        [
            ("Powai", "Mumbai 400076"),
            ("Chembur", "Mumbai 400071"),
            ("Basavanagudi", "Bengaluru 560004"),
            ("Gachibowli", "Hyderabad 500032"),
            ("Kadavanthra", "Kochi 682020"),
            ("Thaltej", "Ahmedabad 380054"),
            ("Ballygunge", "Kolkata 700019"),
        ]
    )
    building = rng.choice(
        ["Hiranandani Meadows", "Sahakar Heights", "Vyttila Enclave", "Panampilly Residency"]
    )
    first = rng.choice([f"Flat {_n(rng, 101, 1804)}, {building}", f"House No. {_n(rng, 2, 480)}"])
    road = rng.choice(
        ["Lokhandwala Road", "Malviya Marg", "Sarojini Naidu Marg", "Savitribai Phule Road"]
    )
    return f"{first}, {road}, {area}", [city]


def sg(rng: random.Random) -> Address:
    block = _n(rng, 100, 899)
    street = rng.choice(["Marsiling Lane", "Marsiling Rise", "Geylang East Ave 1", "Geylang Bahru"])
    return f"Blk {block} {street} #{_n(rng, 2, 19):02d}-{_n(rng, 10, 480)}", [
        f"Singapore {_n(rng, 310, 739)}{block % 1000:03d}"
    ]


def jp(rng: random.Random) -> Address:
    area, ward = rng.choice(
        [
            ("Kiyosumi", "Koto-ku, Tokyo 135-0024"),
            ("Tsukishima", "Chuo-ku, Tokyo 104-0052"),
            ("Nishijin", "Sawara-ku, Fukuoka 814-0002"),
            ("Motomachi", "Chuo-ku, Kobe 650-0022"),
            ("Susukino", "Chuo-ku, Sapporo 064-0805"),
            ("Karasuma", "Shimogyo-ku, Kyoto 600-8008"),
        ]
    )
    room = rng.choice(["", f", Room {_n(rng, 101, 905)}"])
    return f"{_n(rng, 1, 5)}-{_n(rng, 1, 20)}-{_n(rng, 1, 30)} {area}{room}", [ward]


def mx(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Calle Tlacotalpan",
            "Av. Tonalá",
            "Calle Amatlán",
            "Calle Huasteca",
            "Calle Cozumel",
            "Calle Josefa Ortiz",
        ]
    )
    inner = rng.choice(["", f", Int. {_n(rng, 1, 12)}", f", Depto. {_n(rng, 101, 604)}"])
    colonia = rng.choice(
        ["Col. Roma Sur", "Col. Condesa", "Col. Del Valle", "Col. Xochimilco Centro"]
    )
    town = rng.choice(
        [
            "06760 Ciudad de México, CDMX",
            "44100 Guadalajara, Jalisco",
            "64000 Monterrey, Nuevo León",
        ]
    )
    return f"{core} {_n(rng, 1, 300)}{inner}, {colonia}", [town]


def br(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Rua Tabapuã",
            "Rua Floriano",
            "Alameda Pamplona",
            "Rua Haddock Lobo",
            "Rua Itacolomi",
            "Rua dos Aimorés",
            "Rua Guajajaras",
            "Rua dos Timbiras",
            "Rua Tarsila do Amaral",
        ]
    )
    extra = rng.choice(
        [
            "",
            f", apto {_n(rng, 11, 184)}",
            f", casa {_n(rng, 1, 6)}",
            f", bloco B, apto {_n(rng, 11, 94)}",
        ]
    )
    town = rng.choice(
        [
            "Itaim Bibi, São Paulo - SP, 04533-012",
            "Funcionários, Belo Horizonte - MG, 30140-060",
            "Boa Viagem, Recife - PE, 51020-030",
            "Moinhos de Vento, Porto Alegre - RS, 90570-020",
        ]
    )
    return f"{core}, {_n(rng, 10, 2400)}{extra}", [town]


def za(rng: random.Random) -> Address:
    core = rng.choice(
        [
            "Voortrekker Road",
            "Vredehoek Avenue",
            "Tamboerskloof Road",
            "Stellenberg Road",
            "Wangari Maathai Street",
            "Musgrave Road",
        ]
    )
    town = rng.choice(
        [
            "Parktown, Johannesburg, 2193",
            "Emmarentia, Johannesburg, 2195",
            "Umhlanga, Durban, 4319",
            "Bellville, Cape Town, 7530",
        ]
    )
    return f"{_n(rng, 1, 220)} {core}", [town]


MAKERS: dict[str, Callable[[random.Random], Address]] = {
    "us": us,
    "uk": uk,
    "ie": ie,
    "ca": ca,
    "au": au,
    "de": de,
    "at": at,
    "ch": ch,
    "fr": fr,
    "be": be,
    "it": it,
    "es": es,
    "pt": pt,
    "nl": nl,
    "in": india,
    "sg": sg,
    "jp": jp,
    "mx": mx,
    "br": br,
    "za": za,
}
WEIGHTS = [22, 12, 4, 6, 6, 7, 3, 3, 6, 3, 5, 5, 3, 3, 5, 2, 2, 3, 3, 2]


def draw(rng: random.Random) -> Address:
    return rng.choices(list(MAKERS.values()), weights=WEIGHTS)[0](rng)


def one_line(address: Address, rng: random.Random) -> str:
    """The address on one line; a town and the postcode on their own lines may share one."""
    street, rest = address
    # The one-line form writes Canada Post's two spaces before the postcode as one.
    rest = [r.replace("  ", " ") for r in rest]
    if len(rest) >= 2 and rng.random() < 0.5:
        rest = [f"{rest[0]} {rest[1]}", *rest[2:]]
    return ", ".join([street, *rest])
