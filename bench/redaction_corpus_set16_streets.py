"""Set 16's street addresses: 20 national formats, each with its own streets and localities.

An address is drawn as its parts (street line with house number and unit, locality lines,
country) so that a template can write it on one line, over several lines, or its street line
alone in a split field. Street names were checked against set13/14/15's texts while writing
(only this file's overlapping words were printed, and replaced). Some streets are named after
people (``Hedwig-Dohm-Straße``, ``Calle Concepción Arenal``): the address is one STREET_ADDRESS.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


def _items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


@dataclass(frozen=True)
class Address:
    """One drawn address: ``street`` is the street line (number, unit), ``locality`` the lines
    after it, ``country`` the country's name as written at the end of a label."""

    street: str
    locality: tuple[str, ...]
    country: str
    city: str
    postcode: str

    def one_line(self, with_country: bool = False) -> str:
        parts = [self.street, *self.locality] + ([self.country] if with_country else [])
        return ", ".join(parts)

    def lines(self, with_country: bool = False) -> str:
        parts = [self.street, *self.locality] + ([self.country] if with_country else [])
        return "\n".join(parts)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _us(rng: random.Random) -> Address:
    street = rng.choice(US_STREETS)
    number = str(rng.randint(12, 9870))
    unit = rng.choice(("", "", "", " Apt 4B", " Apt 12", " Suite 310", " Unit 7", " #205"))
    city, state, zip3 = rng.choice(US_CITIES)
    zipcode = zip3 + _digits(rng, 2) + (("-" + _digits(rng, 4)) if rng.random() < 0.2 else "")
    return Address(
        f"{number} {street}{unit}", (f"{city}, {state} {zipcode}",), "USA", city, zipcode
    )


def _ca(rng: random.Random) -> Address:
    street = rng.choice(CA_STREETS)
    number = str(rng.randint(10, 4800))
    line = (
        f"{rng.randint(101, 2408)}-{number} {street}"
        if rng.random() < 0.4
        else f"{number} {street}"
    )
    city, prov, fsa = rng.choice(CA_CITIES)
    code = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"
    return Address(line, (f"{city}, {prov} {code}",), "Canada", city, code)


def _gb(rng: random.Random) -> Address:
    street = rng.choice(GB_STREETS)
    flat = rng.choice(("", "", f"Flat {rng.randint(1, 24)}, ", f"{rng.randint(2, 9)}A "))
    line = f"{flat}{rng.randint(1, 180)} {street}" if not flat.endswith("A ") else f"{flat}{street}"
    town, outward = rng.choice(GB_TOWNS)
    code = f"{outward} {rng.randint(1, 9)}{_letters(rng, 'ABDEFGHJLNPQRSTUWXY', 2)}"
    return Address(line, (town, code), "United Kingdom", town, code)


def _au(rng: random.Random) -> Address:
    street = rng.choice(AU_STREETS)
    number = rng.randint(2, 260)
    line = f"{rng.randint(1, 12)}/{number} {street}" if rng.random() < 0.4 else f"{number} {street}"
    suburb, state, code = rng.choice(AU_SUBURBS)
    return Address(line, (f"{suburb} {state} {code}",), "Australia", suburb, code)


def _ie(rng: random.Random) -> Address:
    street, area, town, eircode = rng.choice(IE_STREETS)
    tail = _letters(rng, "ACDEFHKNPRTVWXY", 1) + _digits(rng, 1)
    code = f"{eircode} {tail}{_letters(rng, 'ACDEFHKNPRTVWXY', 1)}{_digits(rng, 1)}"
    return Address(f"{rng.randint(1, 90)} {street}", (area, town, code), "Ireland", town, code)


def _de(rng: random.Random) -> Address:
    street = rng.choice(DE_STREETS)
    city, plz2 = rng.choice(DE_CITIES)
    code = plz2 + _digits(rng, 3)
    suffix = rng.choice(("", "", "a", "b"))
    return Address(
        f"{street} {rng.randint(1, 140)}{suffix}", (f"{code} {city}",), "Deutschland", city, code
    )


def _at(rng: random.Random) -> Address:
    street = rng.choice(AT_STREETS)
    city, code = rng.choice(AT_CITIES)
    line = (
        f"{street} {rng.randint(1, 80)}/{rng.randint(1, 9)}/{rng.randint(1, 24)}"
        if rng.random() < 0.5
        else f"{street} {rng.randint(1, 80)}/Top {rng.randint(1, 30)}"
    )
    return Address(line, (f"{code} {city}",), "Österreich", city, code)


def _ch(rng: random.Random) -> Address:
    street = rng.choice(CH_STREETS)
    city, code = rng.choice(CH_CITIES)
    return Address(f"{street} {rng.randint(1, 150)}", (f"{code} {city}",), "Schweiz", city, code)


def _fr(rng: random.Random) -> Address:
    street = rng.choice(FR_STREETS)
    city, dep = rng.choice(FR_CITIES)
    code = dep + _digits(rng, 3)
    number = f"{rng.randint(1, 120)}{rng.choice(('', '', '', ' bis', ' ter'))}"
    line = f"{number} {street}"
    if rng.random() < 0.2:
        line = f"Bât. {rng.choice('ABCD')}, {line}"
    return Address(line, (f"{code} {city}",), "France", city, code)


def _be(rng: random.Random) -> Address:
    street = rng.choice(BE_STREETS)
    city, code = rng.choice(BE_CITIES)
    box = rng.choice(("", "", f" bus {rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}"))
    return Address(
        f"{street} {rng.randint(1, 220)}{box}", (f"{code} {city}",), "Belgique", city, code
    )


def _it(rng: random.Random) -> Address:
    street = rng.choice(IT_STREETS)
    city, prov, cap2 = rng.choice(IT_CITIES)
    code = cap2 + _digits(rng, 3)
    unit = rng.choice(("", "", f", int. {rng.randint(1, 20)}", f", scala {rng.choice('ABC')}"))
    return Address(
        f"{street} {rng.randint(1, 160)}{unit}", (f"{code} {city} ({prov})",), "Italia", city, code
    )


def _es(rng: random.Random) -> Address:
    street = rng.choice(ES_STREETS)
    city, cp2 = rng.choice(ES_CITIES)
    code = cp2 + _digits(rng, 3)
    floor = rng.choice(("", f", {rng.randint(1, 8)}º {rng.choice(('izda.', 'dcha.', 'B', 'A'))}"))
    return Address(
        f"{street} {rng.randint(1, 140)}{floor}", (f"{code} {city}",), "España", city, code
    )


def _pt(rng: random.Random) -> Address:
    street = rng.choice(PT_STREETS)
    city, cp = rng.choice(PT_CITIES)
    code = f"{cp}-{_digits(rng, 3)}"
    floor = rng.choice(("", f", {rng.randint(1, 9)}.º {rng.choice(('Esq.', 'Dto.'))}"))
    return Address(
        f"{street}, n.º {rng.randint(1, 300)}{floor}", (f"{code} {city}",), "Portugal", city, code
    )


def _nl(rng: random.Random) -> Address:
    street = rng.choice(NL_STREETS)
    city, pc2 = rng.choice(NL_CITIES)
    code = f"{pc2}{_digits(rng, 2)} {_letters(rng, 'BCDEGHJKLMNPRTVWXZ', 2)}"
    suffix = rng.choice(("", "", "-II", " hs", "-1", "A"))
    return Address(
        f"{street} {rng.randint(1, 320)}{suffix}", (f"{code} {city}",), "Nederland", city, code
    )


def _in(rng: random.Random) -> Address:
    building, road = rng.choice(IN_STREETS)
    city, pin3, area = rng.choice(IN_CITIES)
    code = pin3 + _digits(rng, 3)
    line = f"Flat {rng.randint(1, 14)}0{rng.randint(1, 8)}, {building}, {road}, {area}"
    return Address(line, (f"{city} {code}",), "India", city, code)


def _sg(rng: random.Random) -> Address:
    street = rng.choice(SG_STREETS)
    block = rng.randint(101, 899)
    unit = f"#{rng.randint(2, 19):02d}-{rng.randint(10, 480)}"
    code = f"{rng.randint(40, 82)}{_digits(rng, 4)}"
    return Address(
        f"Blk {block} {street}, {unit}", (f"Singapore {code}",), "Singapore", "Singapore", code
    )


def _jp(rng: random.Random) -> Address:
    building, town, ward, city, pc = rng.choice(JP_STREETS)
    chome = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    room = f"{building} {rng.randint(1, 9)}0{rng.randint(1, 9)}, " if rng.random() < 0.5 else ""
    code = f"{pc}-{_digits(rng, 4)}"
    return Address(f"{room}{chome} {town}", (f"{ward}, {city} {code}",), "Japan", city, code)


def _mx(rng: random.Random) -> Address:
    street = rng.choice(MX_STREETS)
    city, state, cp2, colonia = rng.choice(MX_CITIES)
    code = cp2 + _digits(rng, 3)
    unit = rng.choice(("", f", Int. {rng.randint(1, 12)}", f", Depto. {rng.randint(101, 504)}"))
    line = f"{street} {rng.randint(10, 2400)}{unit}, Col. {colonia}"
    return Address(line, (f"{code} {city}, {state}",), "México", city, code)


def _br(rng: random.Random) -> Address:
    street = rng.choice(BR_STREETS)
    city, uf, cep2, bairro = rng.choice(BR_CITIES)
    code = f"{cep2}{_digits(rng, 3)}-{_digits(rng, 3)}"
    unit = rng.choice(("", f", apto {rng.randint(11, 184)}", f", casa {rng.randint(1, 4)}"))
    return Address(
        f"{street}, {rng.randint(10, 3200)}{unit}",
        (f"{bairro}, {city} - {uf}", code),
        "Brasil",
        city,
        code,
    )


def _za(rng: random.Random) -> Address:
    street = rng.choice(ZA_STREETS)
    city, code, suburb = rng.choice(ZA_CITIES)
    return Address(
        f"{rng.randint(1, 160)} {street}", (suburb, f"{city}, {code}"), "South Africa", city, code
    )


FORMATS = {
    "US": _us, "CA": _ca, "GB": _gb, "AU": _au, "IE": _ie, "DE": _de, "AT": _at, "CH": _ch,
    "FR": _fr, "BE": _be, "IT": _it, "ES": _es, "PT": _pt, "NL": _nl, "IN": _in, "SG": _sg,
    "JP": _jp, "MX": _mx, "BR": _br, "ZA": _za,
}  # fmt: skip

US_STREETS = _items(
    "Canvasback Circle, Copperhead Trail, Harriet Tubman Blvd, Sweetgum Ave, Bobolink Dr, "
    "Killdeer Ct, Nuthatch Way, Tanager Trail, Hackberry Ln, Coneflower Ct, Switchgrass Way, "
    "Ocotillo Dr, Paloverde Ave, Blacksmith Ln, Haybarn Lane, Fannie Lou Hamer Blvd, "
    "Roberto Clemente Way, Mesquite Bend"
)
US_CITIES = (
    ("Dayton", "OH", "454"), ("Boise", "ID", "837"), ("Tulsa", "OK", "741"),
    ("Des Moines", "IA", "503"), ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"),
    ("Albuquerque", "NM", "871"), ("Lansing", "MI", "489"), ("Chattanooga", "TN", "374"),
    ("Provo", "UT", "846"),
)  # fmt: skip
CA_STREETS = _items(
    "Loon Lake Rd, Voyageur Dr, Inukshuk Way, Snowshoe Crescent, Fiddlehead Lane, "
    "Emily Carr Lane, Nellie McClung Ave, Caribou Street, Fundy Drive, Chinook Trail"
)
CA_CITIES = (
    ("Windsor", "ON", "N8W"), ("Moncton", "NB", "E1C"), ("Red Deer", "AB", "T4N"),
    ("Kamloops", "BC", "V2C"), ("Sherbrooke", "QC", "J1H"), ("Brandon", "MB", "R7A"),
)  # fmt: skip
GB_STREETS = _items(
    "Pelham Rise, Cordwainer Row, Lapwing Crescent, Moorhen Drive, Flaxmill Road, "
    "Emmeline Pankhurst Way, Chandlers Yard, Dyers Lane, Yarnspinner Court, Linnet Grove, "
    "Stonechat Close, Redpoll Way, Bullfinch Rise, Nightjar Lane, Whinchat Road"
)
GB_TOWNS = (
    ("Norwich", "NR2"), ("Kendal", "LA9"), ("Shrewsbury", "SY1"), ("Truro", "TR1"),
    ("Stirling", "FK8"), ("Lincoln", "LN2"), ("Swansea", "SA1"), ("Harrogate", "HG1"),
)  # fmt: skip
AU_STREETS = _items(
    "Kurrajong St, Brolga Cres, Galah St, Spinifex Rd, Numbat Pl, Gymea Lily Dr, Rosella Ave, "
    "Cockatoo Cl, Dawes Parade"
)
AU_SUBURBS = (
    ("Wagga Wagga", "NSW", "2650"), ("Toowoomba", "QLD", "4350"), ("Bendigo", "VIC", "3550"),
    ("Launceston", "TAS", "7250"), ("Mandurah", "WA", "6210"), ("Mount Barker", "SA", "5251"),
)  # fmt: skip
IE_STREETS = (
    ("Glenmalure Park", "Rathgar", "Dublin 6", "D06"),
    ("Slievenamon Road", "Thurles", "Co. Tipperary", "E41"),
    ("Ballyhoura Drive", "Mallow", "Co. Cork", "P51"),
    ("Heron View", "Clonakilty", "Co. Cork", "P85"),
    ("Jonquil Terrace", "Ennis", "Co. Clare", "V95"),
    ("Moorhen Court", "Tralee", "Co. Kerry", "V92"),
)
DE_STREETS = _items(
    "Hedwig-Dohm-Straße, Zaunkönigstraße, Am Kiesgrund, Rübezahlweg, "
    "Holunderstieg, Schmiedgasse, Flachsröste, Weidenkätzchenweg, Brombeerhang"
)
DE_CITIES = (
    ("Stuttgart", "70"), ("Bielefeld", "33"), ("Erfurt", "99"), ("Kassel", "34"),
    ("Rostock", "18"), ("Regensburg", "93"), ("Oldenburg", "26"),
)  # fmt: skip
AT_STREETS = _items(
    "Drahtgasse, Kranichberggasse, Steinmetzgasse, Hafnersteig, Seilerstätte, "
    "Krautgartenweg, Lerchenfelder Gürtel"
)
AT_CITIES = (
    ("Wien", "1070"),
    ("Graz", "8010"),
    ("Linz", "4020"),
    ("Salzburg", "5020"),
    ("Innsbruck", "6020"),
)
CH_STREETS = _items(
    "Seefeldstrasse, Murmeltierweg, Rebhaldenstrasse, Chemin des Grillons, Via Cantonale"
)
CH_CITIES = (
    ("Zürich", "8008"),
    ("Winterthur", "8400"),
    ("Lausanne", "1004"),
    ("Lugano", "6900"),
    ("Luzern", "6003"),
)
FR_STREETS = _items(
    "rue Olympe-de-Gouges, boulevard des Tisserands, allée des Fauvettes, "
    "impasse des Sabotiers, rue du Pressoir, chemin des Chardonnerets, rue Lucie-Aubrac"
)
FR_CITIES = (
    ("Lyon", "69"), ("Rennes", "35"), ("Dijon", "21"), ("Limoges", "87"), ("Angers", "49"),
    ("Besançon", "25"), ("Perpignan", "66"),
)  # fmt: skip
BE_STREETS = _items(
    "Rue de la Brasserie, Kerkstraat, Rue des Brigittines, Veldstraat, Avenue des Ajoncs"
)
BE_CITIES = (
    ("Ixelles", "1050"),
    ("Gent", "9000"),
    ("Namur", "5000"),
    ("Leuven", "3000"),
    ("Liège", "4000"),
)
IT_STREETS = _items(
    "Via dei Ciclamini, Via delle Fornaci, Viale dei Tigli, Via dei Calzolai, "
    "Via Natalia Ginzburg, Vicolo dei Bottai, Via delle Ginestre"
)
IT_CITIES = (
    ("Bologna", "BO", "40"), ("Verona", "VR", "37"), ("Lecce", "LE", "73"), ("Perugia", "PG", "06"),
    ("Bergamo", "BG", "24"), ("Cagliari", "CA", "09"),
)  # fmt: skip
ES_STREETS = _items(
    "Calle del Pozo Amargo, Calle Alfareros, Calle de la Tahona, Calle Concepción Arenal, "
    "Avenida de los Alcornoques"
)
ES_CITIES = (
    ("Madrid", "28"),
    ("Zaragoza", "50"),
    ("Valladolid", "47"),
    ("Murcia", "30"),
    ("Córdoba", "14"),
)
PT_STREETS = _items(
    "Rua das Amoreiras, Travessa do Forno, Rua Sophia de Mello Breyner, Rua dos Ferradores"
)
PT_CITIES = (
    ("Lisboa", "1250"),
    ("Porto", "4000"),
    ("Braga", "4700"),
    ("Coimbra", "3000"),
    ("Faro", "8000"),
)
NL_STREETS = _items(
    "Bloemgracht, Zwanenburgwal, Ketelmakerstraat, Touwslagerslaan, Grutterstraat, Kievitslaan"
)
NL_CITIES = (
    ("Amsterdam", "10"),
    ("Utrecht", "35"),
    ("Haarlem", "20"),
    ("Groningen", "97"),
    ("Leiden", "23"),
)
IN_STREETS = (
    ("Chandan Kunj", "8th Cross Road"), ("Parijat Heights", "Bhagat Singh Road"),
    ("Kadamba Towers", "2nd Main Road"), ("Chandan Kunj", "14th Avenue"),
)  # fmt: skip
IN_CITIES = (
    ("Bengaluru", "560", "Malleswaram"), ("Pune", "411", "Sadashiv Peth"),
    ("Mumbai", "400", "Vile Parle East"), ("Hyderabad", "500", "Begumpet"),
)  # fmt: skip
SG_STREETS = _items(
    "Hougang Avenue 8, Pasir Ris Drive 6, Yishun Ring Road, Clementi Avenue 3, "
    "Bukit Batok East Avenue 4"
)
JP_STREETS = (
    ("Maison Tsubaki", "Nakameguro", "Meguro-ku", "Tokyo", "153"),
    ("Green Court", "Kitahorie", "Nishi-ku", "Osaka", "550"),
    ("Hinoki Heights", "Imaike", "Chikusa-ku", "Nagoya", "464"),
    ("Green Court", "Hiranomachi", "Chuo-ku", "Osaka", "541"),
)
MX_STREETS = _items(
    "Calle Jacarandas, Calle Nezahualcóyotl, Calle Huizache, Privada de los Colorines, "
    "Calle Tezontle"
)
MX_CITIES = (
    ("Ciudad de México", "CDMX", "01", "Tlacopac"),
    ("Ciudad de México", "CDMX", "05", "Bosques de las Lomas"),
    ("Guadalajara", "Jal.", "44", "Chapalita"), ("Mérida", "Yuc.", "97", "Itzimná"),
)  # fmt: skip
BR_STREETS = _items(
    "Rua Chiquinha Gonzaga, Avenida dos Jacarandás, Rua Pedra Azul, Rua Maria Quitéria"
)
BR_CITIES = (
    ("Rio de Janeiro", "RJ", "20", "Tijuca"), ("Curitiba", "PR", "80", "Batel"),
    ("São Paulo", "SP", "05", "Perdizes"), ("Belo Horizonte", "MG", "30", "Funcionários"),
)  # fmt: skip
ZA_STREETS = _items("Walter Sisulu Avenue, Kiepersol Street, Marula Street, Bontebok Road")
ZA_CITIES = (
    ("Cape Town", "7708", "Claremont"), ("Pretoria", "0181", "Waterkloof"),
    ("Johannesburg", "2092", "Melville"), ("Durban", "4001", "Glenwood"),
)  # fmt: skip
# Every street and locality name above, for the overlap check and the tests.
STREET_NAMES = (
    US_STREETS + CA_STREETS + GB_STREETS + AU_STREETS + DE_STREETS + AT_STREETS + CH_STREETS
    + FR_STREETS + BE_STREETS + IT_STREETS + ES_STREETS + PT_STREETS + NL_STREETS + SG_STREETS
    + tuple(s[0] for s in IE_STREETS) + tuple(n for s in IN_STREETS for n in s)
    + tuple(c[-1] for c in IN_CITIES + MX_CITIES + BR_CITIES + ZA_CITIES)
    + MX_STREETS + BR_STREETS + ZA_STREETS
    + tuple(s[0] + " " + s[1] for s in JP_STREETS)
)  # fmt: skip
