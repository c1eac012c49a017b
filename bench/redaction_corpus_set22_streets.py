# Street lists are written as one string split on "|".
# ruff: noqa: SIM905
"""Set 22's street addresses in twenty national formats.

Each builder returns the address as lines: the street line first (with its unit, flat or
building), then locality lines, then sometimes the country. Joined with ", " it is a one-line
address; joined with newlines a label. Localities are real towns; street names were checked
against sets 13-20 (none occurs there). Streets named after people are marked in comments.
"""

from __future__ import annotations

import random
from collections.abc import Callable


def _d(rng: random.Random, low: int, high: int) -> str:
    return str(rng.randint(low, high))


def _us(rng: random.Random) -> list[str]:
    street = rng.choice(
        "Quillback Road|Nighthawk Circle|Chuckwalla Lane|Pinon Court|Tanglewood Drive|"
        "Saddlehorn Drive|Gooseberry Lane|Turkey Foot Road|Cottontail Lane|Paintbrush Trail|"
        "Butternut Street".split("|")
    )
    town = rng.choice(
        [
            ("Bozeman", "MT", "59715"),
            ("Tempe", "AZ", "85281"),
            ("Ames", "IA", "50010"),
            ("Durham", "NC", "27701"),
            ("Bend", "OR", "97701"),
            ("Dubuque", "IA", "52001"),
            ("Las Cruces", "NM", "88001"),
            ("Greeley", "CO", "80631"),
            ("Ithaca", "NY", "14850"),
        ]
    )
    unit = rng.choice(
        [
            "",
            "",
            f" Apt {_d(rng, 1, 40)}{rng.choice('ABC')}",
            f", Suite {_d(rng, 100, 450)}",
            f" #{_d(rng, 2, 28)}",
            f", Unit {_d(rng, 1, 12)}",
        ]
    )
    zip_code = town[2] + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else "")
    lines = [f"{_d(rng, 12, 9870)} {street}{unit}", f"{town[0]}, {town[1]} {zip_code}"]
    return lines + (["USA"] if rng.random() < 0.2 else [])


def _gb(rng: random.Random) -> list[str]:
    street = rng.choice(
        "Cordwainers Close|Cheapside Lane|Farriers Close|Thatchers Way|Coopers Yard|"
        "Tenter Street|Lorimer Street|Hornpipe Terrace".split("|")
    )
    town = rng.choice(
        [
            ("Leicester", "LE2 1TG"),
            ("Bradford", "BD1 4QT"),
            ("Norwich", "NR3 1HF"),
            ("Exeter", "EX4 3SR"),
            ("Carlisle", "CA1 1JQ"),
            ("Worcester", "WR1 2NP"),
        ]
    )
    flat = rng.choice(["", "", f"Flat {_d(rng, 1, 9)}, ", ""])
    number = _d(rng, 2, 140) + rng.choice(["", "", "A"])
    lines = [f"{flat}{number} {street}", town[0], town[1]]
    return lines + (["United Kingdom"] if rng.random() < 0.25 else [])


def _ie(rng: random.Random) -> list[str]:
    street, town, eircode = rng.choice(
        [
            ("Capel Street", "Dublin 1", "D01 K2T8"),
            ("Stillorgan Road", "Dublin 4", "D04 V1W8"),
            ("Mulgrave Street", "Limerick", "V94 X6R3"),
            ("Barrack Street", "Cork", "T12 E2C9"),
            ("Leeson Street", "Dublin 2", "D02 W9P4"),
            ("Tuckey Street", "Cork", "T12 RK60"),
        ]
    )
    return [f"{_d(rng, 1, 90)} {street}", town, eircode] + (
        ["Ireland"] if rng.random() < 0.3 else []
    )


def _ca(rng: random.Random) -> list[str]:
    street, town, prov, post = rng.choice(
        [
            ("Wellesley Street East", "Toronto", "ON", "M4Y 1H5"),
            ("Boulevard Gouin Est", "Montréal", "QC", "H2C 1B3"),
            ("Quinpool Road", "Halifax", "NS", "B3L 1A7"),
            ("Rue Beaubien Est", "Montréal", "QC", "H2S 1R2"),
            ("Rue Masson", "Montréal", "QC", "H1Y 1V9"),
            ("Danforth Avenue", "Toronto", "ON", "M4K 1N2"),
        ]
    )
    number = _d(rng, 10, 3400)
    if rng.random() < 0.35:
        number = f"{_d(rng, 101, 1808)}-{number}"
    return [f"{number} {street}", f"{town} {prov}  {post}"] + (
        ["Canada"] if rng.random() < 0.3 else []
    )


def _au(rng: random.Random) -> list[str]:
    street, suburb, state, post = rng.choice(
        [
            ("Glenferrie Road", "Hawthorn", "VIC", "3122"),
            ("Gympie Road", "Kedron", "QLD", "4031"),
            ("Parramatta Road", "Annandale", "NSW", "2038"),
            ("Oxley Road", "Corinda", "QLD", "4075"),
            ("Wickham Terrace", "Spring Hill", "QLD", "4000"),
            ("Mulgoa Road", "Penrith", "NSW", "2750"),
            ("Ipswich Road", "Annerley", "QLD", "4103"),
            ("Yarraman Street", "Yarraman", "QLD", "4614"),
        ]
    )
    number = _d(rng, 2, 480)
    if rng.random() < 0.4:
        number = f"{_d(rng, 1, 14)}/{number}"
    return [f"{number} {street}", f"{suburb} {state} {post}"] + (
        ["Australia"] if rng.random() < 0.2 else []
    )


def _de(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("Lindwurmstraße", "80337", "München"),
            ("Mühlenkamp", "22303", "Hamburg"),
            ("Am Pulverturm", "04109", "Leipzig"),
            ("Auf der Hude", "21339", "Lüneburg"),
            ("Kornblumenstraße", "70188", "Stuttgart"),
            ("Ostertorsteinweg", "28203", "Bremen"),
            ("Am Kupfergraben", "10117", "Berlin"),
        ]
    )
    number = _d(rng, 1, 160) + rng.choice(["", "", "", "a", "b"])
    return [f"{street} {number}", f"{post} {town}"] + (
        ["Deutschland"] if rng.random() < 0.2 else []
    )


def _at(rng: random.Random) -> list[str]:
    street, post = rng.choice(
        [
            ("Neustiftgasse", "1070"),
            ("Stumpergasse", "1060"),
            ("Kaiserebersdorfer Straße", "1110"),
            ("Wurlitzergasse", "1160"),
        ]
    )
    tail = rng.choice([f"/{_d(rng, 1, 9)}/{_d(rng, 1, 30)}", f"/Top {_d(rng, 1, 24)}", ""])
    return [f"{street} {_d(rng, 1, 120)}{tail}", f"{post} Wien"] + (
        ["Österreich"] if rng.random() < 0.3 else []
    )


def _ch(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("Spiegelgasse", "8001", "Zürich"),
            ("Schifflände", "4051", "Basel"),
            ("Limmatquai", "8001", "Zürich"),
            ("Gemsberg", "4051", "Basel"),
            ("Rue du Rhône", "1204", "Genève"),
        ]
    )
    if street.startswith("Rue"):
        return [f"{_d(rng, 2, 118)} {street}", f"{post} {town}"]
    return [f"{street} {_d(rng, 1, 88)}", f"{post} {town}"] + (
        ["Schweiz"] if rng.random() < 0.3 else []
    )


def _fr(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("rue de la Verrerie", "75004", "Paris"),
            ("quai de la Rapée", "75012", "Paris"),
            ("rue des Vinaigriers", "75010", "Paris"),
            ("rue Mercière", "69002", "Lyon"),
        ]
    )
    number = _d(rng, 1, 96) + rng.choice(["", "", "", " bis", " ter"])
    building = rng.choice(["", "", "", f"Bât. {rng.choice('ABC')}, "])
    return [f"{building}{number} {street}", f"{post} {town}"] + (
        ["France"] if rng.random() < 0.25 else []
    )


def _be(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("Vlaanderenstraat", "9000", "Gent"),
            ("Chaussée de Wavre", "1050", "Ixelles"),
            ("Rue des Chartreux", "1000", "Bruxelles"),
            ("Kammenstraat", "2000", "Antwerpen"),
        ]
    )
    box = rng.choice(
        ["", "", f" bus {_d(rng, 1, 12)}" if "straat" in street else f" boîte {_d(rng, 1, 12)}"]
    )
    return [f"{street} {_d(rng, 1, 210)}{box}", f"{post} {town}"] + (
        ["Belgique"] if rng.random() < 0.2 else []
    )


def _it(rng: random.Random) -> list[str]:
    # Via Paolo Sarpi is named after a person: still one STREET_ADDRESS, no PERSON.
    street, post, town, prov = rng.choice(
        [
            ("Via del Pratello", "40122", "Bologna", "BO"),
            ("Corso Casale", "10131", "Torino", "TO"),
            ("Via della Lungara", "00165", "Roma", "RM"),
            ("Via Savona", "20144", "Milano", "MI"),
            ("Via Paolo Sarpi", "20154", "Milano", "MI"),
            ("Via Ravizza", "20149", "Milano", "MI"),
            ("Via Marghera", "20149", "Milano", "MI"),
        ]
    )
    inner = rng.choice(["", "", f", int. {_d(rng, 1, 20)}", f", scala {rng.choice('ABC')}"])
    return [f"{street} {_d(rng, 1, 140)}{inner}", f"{post} {town} {prov}"] + (
        ["Italia"] if rng.random() < 0.2 else []
    )


def _es(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("Calle de Embajadores", "28012", "Madrid"),
            ("Carrer de Blai", "08004", "Barcelona"),
            ("Calle del Pez", "28004", "Madrid"),
            ("Carrer de la Riereta", "08001", "Barcelona"),
        ]
    )
    floor = rng.choice(
        ["", f", {_d(rng, 1, 8)}º {rng.choice('ABCD')}", f", {_d(rng, 1, 6)}º izda."]
    )
    return [f"{street} {_d(rng, 1, 150)}{floor}", f"{post} {town}"] + (
        ["España"] if rng.random() < 0.2 else []
    )


def _pt(rng: random.Random) -> list[str]:
    # Rua de Sá da Bandeira is named after a person: one STREET_ADDRESS, no PERSON.
    street, post, town = rng.choice(
        [("Rua de Sá da Bandeira", "4000-427", "Porto"), ("Rua da Boavista", "1200-067", "Lisboa")]
    )
    floor = rng.choice(["", f", {_d(rng, 1, 5)}.º Esq.", f", {_d(rng, 1, 5)}.º Dto."])
    return [f"{street} {_d(rng, 2, 400)}{floor}", f"{post} {town}"] + (
        ["Portugal"] if rng.random() < 0.3 else []
    )


def _nl(rng: random.Random) -> list[str]:
    street, post, town = rng.choice(
        [
            ("Nobelstraat", "3512 EN", "Utrecht"),
            ("Elandsgracht", "1016 TW", "Amsterdam"),
            ("Zwanenburgwal", "1011 JC", "Amsterdam"),
            ("Vijzelgracht", "1017 HR", "Amsterdam"),
        ]
    )
    suffix = rng.choice(["", "", "A", "-II", " hs"])
    return [f"{street} {_d(rng, 1, 290)}{suffix}", f"{post} {town}"] + (
        ["Nederland"] if rng.random() < 0.2 else []
    )


def _in(rng: random.Random) -> list[str]:
    building = rng.choice(["Lodha Amara", "Vireo House", "Corvid House"])
    street, area, town, pin = rng.choice(
        [
            ("Lalbagh Road", "Shanti Nagar", "Bengaluru", "560027"),
            ("Hill Road", "Bandra West", "Mumbai", "400050"),
            ("Carter Road", "Bandra West", "Mumbai", "400050"),
        ]
    )
    return [
        f"Flat {_d(rng, 101, 1804)}, {building}, {_d(rng, 2, 88)} {street}",
        area,
        f"{town} {pin}",
    ] + (["India"] if rng.random() < 0.3 else [])


def _sg(rng: random.Random) -> list[str]:
    return [
        f"{_d(rng, 2, 180)} Joo Chiat Place #{_d(rng, 1, 12):0>2}-{_d(rng, 1, 90):0>2}",
        f"Singapore {rng.choice(['427831', '427745', '428097'])}",
    ]


def _jp(rng: random.Random) -> list[str]:
    area, post = rng.choice([("Jingumae", "150-0001"), ("Daikanyama-cho", "150-0034")])
    building = rng.choice(["Hibari Mansion", "Sakuragi Residence"])
    return [
        f"{building} {_d(rng, 101, 905)}, {_d(rng, 1, 6)}-{_d(rng, 1, 30)}-{_d(rng, 1, 18)} {area}",
        f"Shibuya-ku, Tokyo {post}",
    ] + (["Japan"] if rng.random() < 0.3 else [])


def _mx(rng: random.Random) -> list[str]:
    street, colonia, post = rng.choice(
        [
            ("Calle Tonalá", "Col. Roma Norte", "06700"),
            ("Calle Jalapa", "Col. Roma Sur", "06760"),
            ("Calle Tabasco", "Col. Roma Norte", "06700"),
            ("Avenida Michoacán", "Col. Hipódromo", "06100"),
            ("Calle Guanajuato", "Col. Roma Norte", "06700"),
        ]
    )
    inner = rng.choice(["", f" Int. {_d(rng, 1, 12)}", f", Depto. {_d(rng, 101, 604)}"])
    return [f"{street} {_d(rng, 10, 320)}{inner}", colonia, f"{post} Ciudad de México, CDMX"] + (
        ["México"] if rng.random() < 0.2 else []
    )


def _br(rng: random.Random) -> list[str]:
    # Rua Cardeal Arcoverde and Rua Simão Álvares are named after people: one STREET_ADDRESS each.
    street, bairro, cep = rng.choice(
        [
            ("Rua Fidalga", "Vila Madalena", "05432-070"),
            ("Rua Bela Cintra", "Consolação", "01415-000"),
            ("Rua Cardeal Arcoverde", "Pinheiros", "05407-002"),
            ("Rua Simão Álvares", "Pinheiros", "05417-020"),
        ]
    )
    extra = rng.choice(["", f", apto {_d(rng, 11, 184)}", f", casa {_d(rng, 1, 4)}"])
    return [f"{street}, {_d(rng, 20, 2900)}{extra}", f"{bairro}, São Paulo - SP", cep] + (
        ["Brasil"] if rng.random() < 0.2 else []
    )


def _za(rng: random.Random) -> list[str]:
    # Beyers Naude Drive is named after a person: one STREET_ADDRESS, no PERSON.
    street, suburb, town, post = rng.choice(
        [
            ("Voortrekker Road", "Bellville", "Cape Town", "7530"),
            ("Rivonia Road", "Sandhurst", "Sandton", "2196"),
            ("Beyers Naude Drive", "Northcliff", "Johannesburg", "2195"),
        ]
    )
    return [f"{_d(rng, 3, 420)} {street}", suburb, f"{town} {post}"] + (
        ["South Africa"] if rng.random() < 0.3 else []
    )


BUILDERS: dict[str, Callable[[random.Random], list[str]]] = {
    "us": _us,
    "gb": _gb,
    "ie": _ie,
    "ca": _ca,
    "au": _au,
    "de": _de,
    "at": _at,
    "ch": _ch,
    "fr": _fr,
    "be": _be,
    "it": _it,
    "es": _es,
    "pt": _pt,
    "nl": _nl,
    "in": _in,
    "sg": _sg,
    "jp": _jp,
    "mx": _mx,
    "br": _br,
    "za": _za,
}
# US addresses are the most common, as in the hidden corpus's Faker-style generators.
COUNTRIES = ("us", "us", "us", "us", *BUILDERS)


def address_lines(rng: random.Random, country: str | None = None) -> list[str]:
    """The lines of one address (street line first)."""
    return BUILDERS[country or rng.choice(COUNTRIES)](rng)


# Street names of the builders, written without a house number in look-alikes.
BARE_STREETS = (
    "Tanglewood Drive",
    "Gooseberry Lane",
    "Cheapside Lane",
    "Lorimer Street",
    "Leeson Street",
    "Quinpool Road",
    "Danforth Avenue",
    "Parramatta Road",
    "Gympie Road",
    "Lindwurmstraße",
    "Mühlenkamp",
    "Limmatquai",
    "rue de la Verrerie",
    "Vlaanderenstraat",
    "Via del Pratello",
    "Carrer de Blai",
    "Rua da Boavista",
    "Zwanenburgwal",
    "Carter Road",
    "Joo Chiat Place",
    "Calle Tonalá",
    "Rua Fidalga",
    "Rivonia Road",
)
