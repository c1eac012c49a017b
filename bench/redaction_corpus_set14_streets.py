"""Set 14's street addresses: twenty national formats, written for this set.

``draw_address(rng)`` returns an ``Address``: the street line (with its unit, building or flat
written on the same line), the locality lines (city, region, postcode as the country writes
them) and the country name, plus the city and postcode alone for split form fields.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    street: str
    locality: tuple[str, ...]
    country: str
    city: str
    postcode: str

    def one_line(self, with_country: bool) -> str:
        # Canada Post's two spaces before the postcode are for labels; one line uses one.
        return ", ".join(self._parts(with_country)).replace("  ", " ")

    def lines(self, with_country: bool) -> str:
        return "\n".join(self._parts(with_country))

    def _parts(self, with_country: bool) -> tuple[str, ...]:
        country = (self.country,) if with_country and self.country else ()
        return (self.street, *self.locality, *country)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


US_STREETS = (
    "Sassafras Knoll",
    "Sycamore Bend",
    "Persimmon",
    "Old Tollgate",
    "Copperleaf",
    "Kettle Creek",
    "Bluestem",
    "Hawthorne Hollow",
    "Cypress Landing",
    "Chickadee",
    "Whippoorwill",
    "Buttonbush",
    "Frederick Douglass",
    "Sojourner Truth",
    "César Chávez",
)
US_SUFFIXES = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Dr",
    "Drive",
    "Ln",
    "Ct",
    "Way",
    "Pl",
    "Terrace",
    "Pkwy",
)
US_PLACES = (
    ("Asheville", "NC", "288"),
    ("Boise", "ID", "837"),
    ("Tucson", "AZ", "857"),
    ("Madison", "WI", "537"),
    ("Spokane", "WA", "992"),
    ("Savannah", "GA", "314"),
    ("Dayton", "OH", "454"),
    ("Provo", "UT", "846"),
    ("Burlington", "VT", "054"),
    ("Lubbock", "TX", "794"),
    ("Duluth", "MN", "558"),
    ("Fresno", "CA", "937"),
    ("Bangor", "ME", "044"),
    ("Bozeman", "MT", "597"),
    ("Albany", "NY", "122"),
)


def _us(rng: random.Random) -> Address:
    street = f"{rng.randint(1, 9899)} {rng.choice(US_STREETS)} {rng.choice(US_SUFFIXES)}"
    unit = rng.choice(
        (
            "",
            "",
            "",
            f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
            f", Suite {rng.randint(100, 950)}",
            f", Unit {rng.randint(1, 40)}",
            f" #{rng.randint(2, 99)}",
        )
    )
    city, state, zip3 = rng.choice(US_PLACES)
    zipc = zip3 + _digits(rng, 2) + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else "")
    return Address(street + unit, (f"{city}, {state} {zipc}",), "USA", city, zipc)


UK_STREETS = (
    "Blackthorn Close",
    "Ravensworth Road",
    "Saddlers Walk",
    "Wheatsheaf Lane",
    "Kingfisher Way",
    "Mossley Crescent",
    "Hazelmere Gardens",
    "Ferndale Road",
    "Speedwell Grove",
    "Cobden Terrace",
    "Pennywell Road",
    "Ropewalk Lane",
)
UK_PLACES = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("York", "YO"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Sheffield", "S"),
    ("Exeter", "EX"),
    ("Brighton", "BN"),
    ("Derby", "DE"),
)


def _uk(rng: random.Random) -> Address:
    num = rng.randint(1, 240)
    street = rng.choice(
        (f"{num} ", f"{num} ", f"Flat {rng.randint(1, 24)}, {num} ", f"{num}{rng.choice('ab')} ")
    ) + rng.choice(UK_STREETS)
    town, area = rng.choice(UK_PLACES)
    postcode = (
        f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    )
    return Address(street, (town, postcode), "United Kingdom", town, postcode)


CA_STREETS = (
    "Maplewood Crescent",
    "Tecumseh Road",
    "Bathurst Street",
    "Portage Avenue",
    "Jasper Avenue",
    "Cedarbrae Drive",
    "rue Saint-Denis",
    "Spadina Avenue",
)
CA_PLACES = (
    ("Toronto", "ON", "M"),
    ("Montréal", "QC", "H"),
    ("Winnipeg", "MB", "R"),
    ("Edmonton", "AB", "T"),
    ("Halifax", "NS", "B"),
    ("Ottawa", "ON", "K"),
    ("Kelowna", "BC", "V"),
)


def _ca(rng: random.Random) -> Address:
    unit = rng.choice(("", f"{rng.randint(101, 2405)}-"))
    street = f"{unit}{rng.randint(10, 3999)} {rng.choice(CA_STREETS)}"
    city, prov, first = rng.choice(CA_PLACES)
    pc = (
        f"{first}{rng.randint(1, 9)}{_letters(rng, 1, 'ABCEGHJKLMNPRSTVXY')} "
        f"{rng.randint(0, 9)}{_letters(rng, 1, 'ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
    )
    return Address(street, (f"{city} {prov}  {pc}",), "Canada", city, pc)


AU_STREETS = (
    "Waratah Street",
    "Boronia Grove",
    "Bunya Avenue",
    "Currawong Close",
    "Stringybark Road",
    "Coolibah Drive",
    "Grevillea Parade",
    "Lilly Pilly Lane",
)
AU_PLACES = (
    ("Fitzroy", "VIC", "3065"),
    ("Newtown", "NSW", "2042"),
    ("Fremantle", "WA", "6160"),
    ("Paddington", "QLD", "4064"),
    ("Norwood", "SA", "5067"),
    ("Sandy Bay", "TAS", "7005"),
    ("Braddon", "ACT", "2612"),
)


def _au(rng: random.Random) -> Address:
    name = rng.choice(AU_STREETS)
    num = rng.randint(1, 320)
    street = rng.choice(
        (
            f"{num} {name}",
            f"{rng.randint(1, 12)}/{num} {name}",
            f"Unit {rng.randint(1, 12)}, {num} {name}",
        )
    )
    suburb, state, pc = rng.choice(AU_PLACES)
    return Address(street, (f"{suburb} {state} {pc}",), "Australia", suburb, pc)


DE_STREETS = (
    "Holunderweg",
    "Weidenbachstraße",
    "Kastanienallee",
    "Sperlingsgasse",
    "Am Hopfengarten",
    "Eichendorffstraße",
    "Schlehdornweg",
    "Brunnenstraße",
    "Ulmenring",
)
DE_PLACES = (
    ("10435", "Berlin"),
    ("80469", "München"),
    ("50674", "Köln"),
    ("04109", "Leipzig"),
    ("20357", "Hamburg"),
    ("69117", "Heidelberg"),
    ("79098", "Freiburg im Breisgau"),
)


def _de(rng: random.Random) -> Address:
    street = f"{rng.choice(DE_STREETS)} {rng.randint(1, 140)}{rng.choice(('', '', 'a', 'b'))}"
    pc, city = rng.choice(DE_PLACES)
    return Address(street, (f"{pc} {city}",), "Deutschland", city, pc)


AT_STREETS = (
    "Zieglergasse",
    "Schottenfeldgasse",
    "Laudongasse",
    "Kettenbrückengasse",
    "Annenstraße",
    "Linzer Gasse",
)
AT_PLACES = (
    ("1070", "Wien"),
    ("1080", "Wien"),
    ("8010", "Graz"),
    ("5020", "Salzburg"),
    ("6020", "Innsbruck"),
    ("4020", "Linz"),
)


def _at(rng: random.Random) -> Address:
    n = rng.randint(1, 80)
    street = rng.choice(
        (
            f"{rng.choice(AT_STREETS)} {n}/{rng.randint(1, 24)}",
            f"{rng.choice(AT_STREETS)} {n}, Top {rng.randint(1, 18)}",
        )
    )
    pc, city = rng.choice(AT_PLACES)
    return Address(street, (f"{pc} {city}",), "Österreich", city, pc)


CH_STREETS = (
    "Seefeldstrasse",
    "Rämistrasse",
    "Spalenberg",
    "Kramgasse",
    "Rue du Stand",
    "Via Nassa",
    "Gerechtigkeitsgasse",
)
CH_PLACES = (
    ("8008", "Zürich"),
    ("3011", "Bern"),
    ("4051", "Basel"),
    ("1204", "Genève"),
    ("6900", "Lugano"),
    ("6003", "Luzern"),
)


def _ch(rng: random.Random) -> Address:
    street = f"{rng.choice(CH_STREETS)} {rng.randint(1, 99)}"
    pc, city = rng.choice(CH_PLACES)
    pc = rng.choice((pc, f"CH-{pc}"))
    return Address(street, (f"{pc} {city}",), "Schweiz", city, pc)


FR_STREETS = (
    "rue des Cordiers",
    "impasse des Mésanges",
    "allée des Cerisiers",
    "avenue Jean-Jaurès",
    "boulevard de la Croix-Rousse",
    "rue Mouffetard",
    "quai des Célestins",
    "chemin des Vignes",
)
FR_PLACES = (
    ("75005", "Paris"),
    ("69004", "Lyon"),
    ("13007", "Marseille"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
)


def _fr(rng: random.Random) -> Address:
    num = f"{rng.randint(1, 180)}{rng.choice(('', '', ' bis', ' ter'))}"
    first = rng.choice(("", "", f"Appt {rng.randint(1, 60)}, ", f"Bât. {rng.choice('ABCD')}, "))
    street = f"{first}{num} {rng.choice(FR_STREETS)}"
    pc, city = rng.choice(FR_PLACES)
    return Address(street, (f"{pc} {city}",), "France", city, pc)


BE_STREETS = (
    "Kortrijksesteenweg",
    "Rue Royale",
    "Tiensestraat",
    "Chaussée de Waterloo",
    "Lange Koepoortstraat",
    "Rue des Carmes",
)
BE_PLACES = (
    ("9000", "Gent"),
    ("1000", "Bruxelles"),
    ("3000", "Leuven"),
    ("1180", "Uccle"),
    ("2000", "Antwerpen"),
    ("4000", "Liège"),
)


def _be(rng: random.Random) -> Address:
    box = rng.choice(("", f" bus {rng.randint(1, 20)}", f" boîte {rng.randint(1, 9)}"))
    street = f"{rng.choice(BE_STREETS)} {rng.randint(1, 400)}{box}"
    pc, city = rng.choice(BE_PLACES)
    return Address(street, (f"{pc} {city}",), "Belgique", city, pc)


IT_STREETS = (
    "Via Zamboni",
    "Via San Vitale",
    "Borgo Pinti",
    "Vicolo del Cinque",
    "Via Etnea",
    "Corso Vittorio Emanuele II",
    "Via dei Mille",
)
IT_PLACES = (
    ("40126", "Bologna", "BO"),
    ("50121", "Firenze", "FI"),
    ("00153", "Roma", "RM"),
    ("95124", "Catania", "CT"),
    ("10121", "Torino", "TO"),
    ("80132", "Napoli", "NA"),
)


def _it(rng: random.Random) -> Address:
    extra = rng.choice(("", "", f", int. {rng.randint(1, 20)}", f", scala {rng.choice('ABC')}"))
    street = f"{rng.choice(IT_STREETS)} {rng.randint(1, 210)}{extra}"
    pc, city, prov = rng.choice(IT_PLACES)
    return Address(street, (f"{pc} {city} {rng.choice((prov, f'({prov})'))}",), "Italia", city, pc)


ES_STREETS = (
    "Calle del Pez",
    "Carrer de Verdi",
    "Calle de Atocha",
    "Calle Sierpes",
    "Carrer de la Riera Alta",
    "Calle de la Cava Baja",
    "Avenida de la Constitución",
)
ES_PLACES = (
    ("28004", "Madrid"),
    ("08012", "Barcelona"),
    ("41004", "Sevilla"),
    ("46001", "Valencia"),
    ("29015", "Málaga"),
    ("48005", "Bilbao"),
)


def _es(rng: random.Random) -> Address:
    floor = rng.choice(
        (
            "",
            f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
            f", {rng.randint(1, 6)}º izda.",
            f", {rng.randint(1, 6)}º dcha.",
        )
    )
    street = f"{rng.choice(ES_STREETS)} {rng.randint(1, 150)}{floor}"
    pc, city = rng.choice(ES_PLACES)
    return Address(street, (f"{pc} {city}",), "España", city, pc)


PT_STREETS = (
    "Rua dos Fanqueiros",
    "Travessa do Carmo",
    "Rua de Cedofeita",
    "Avenida da Liberdade",
    "Rua do Almada",
)
PT_PLACES = (("1100", "Lisboa"), ("4050", "Porto"), ("3000", "Coimbra"), ("8000", "Faro"))


def _pt(rng: random.Random) -> Address:
    floor = rng.choice(("", f", {rng.randint(1, 8)}.º Esq.", f", {rng.randint(1, 8)}.º Dto."))
    street = f"{rng.choice(PT_STREETS)} {rng.randint(1, 300)}{floor}"
    pc4, city = rng.choice(PT_PLACES)
    pc = f"{pc4}-{_digits(rng, 3)}"
    return Address(street, (f"{pc} {city}",), "Portugal", city, pc)


NL_STREETS = (
    "Lindengracht",
    "Oudegracht",
    "Witte de Withstraat",
    "Nieuwe Binnenweg",
    "Biltstraat",
    "Vismarkt",
)
NL_PLACES = (
    ("1015", "Amsterdam"),
    ("3511", "Utrecht"),
    ("3014", "Rotterdam"),
    ("9711", "Groningen"),
    ("2611", "Delft"),
)


def _nl(rng: random.Random) -> Address:
    suffix = rng.choice(("", "", "-II", "-III", " A", "b", " hs"))
    street = f"{rng.choice(NL_STREETS)} {rng.randint(1, 240)}{suffix}"
    pc4, city = rng.choice(NL_PLACES)
    pc = f"{pc4} {_letters(rng, 2, 'ABCEGHJKLMNPRTVWXZ')}"
    return Address(street, (f"{pc} {city}",), "Nederland", city, pc)


IE_STREETS = (
    "Leinster Road",
    "Shandon Street",
    "Mill Lane",
    "Ranelagh Road",
    "Sundays Well Road",
    "Castle Street",
)
IE_PLACES = (
    ("Rathmines, Dublin 6", "D06"),
    ("Cork", "T23"),
    ("Kilkenny", "R95"),
    ("Galway", "H91"),
    ("Ranelagh, Dublin 6", "D06"),
)


def _ie(rng: random.Random) -> Address:
    apt = rng.choice(("", f"Apartment {rng.randint(1, 40)}, "))
    street = f"{apt}{rng.randint(1, 90)} {rng.choice(IE_STREETS)}"
    place, routing = rng.choice(IE_PLACES)
    eircode = (
        f"{routing} {_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}"
        f"{_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}"
    )
    return Address(street, (place, eircode), "Ireland", place.split(",")[0], eircode)


IN_PLACES = (
    ("Koramangala, Bengaluru", "Karnataka", "5600"),
    ("Andheri West, Mumbai", "Maharashtra", "4000"),
    ("Gudimalkapur, Hyderabad", "Telangana", "5000"),
    ("Kothrud, Pune", "Maharashtra", "4110"),
    ("Salt Lake, Kolkata", "West Bengal", "7000"),
)


def _in(rng: random.Random) -> Address:
    street = rng.choice(
        (
            f"Flat {rng.randint(101, 1204)}, {rng.choice(('Gulmohar', 'Ashoka', 'Neelgiri'))} "
            f"Residency, {rng.randint(1, 18)}th Cross Road",
            f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(10, 600)}, "
            f"{rng.choice(('Sai Nagar', 'Vidya Nagar', 'Ram Nagar'))}",
            f"B-{rng.randint(1, 90)}, Sector {rng.randint(10, 99)}",
        )
    )
    area, state, pin4 = rng.choice(IN_PLACES)
    pin = pin4 + _digits(rng, 2)
    return Address(street, (area, f"{state} {pin}"), "India", area.split(", ")[-1], pin)


SG_STREETS = (
    "Tampines Street 42",
    "Bedok North Road",
    "Tanjong Pagar Road",
    "Ang Mo Kio Avenue 3",
    "Jurong West Street 91",
)


def _sg(rng: random.Random) -> Address:
    blk = rng.randint(101, 899)
    unit = f"#{rng.randint(2, 25):02d}-{rng.randint(10, 480)}"
    street = rng.choice(
        (f"Blk {blk} {rng.choice(SG_STREETS)}, {unit}", f"{blk} {rng.choice(SG_STREETS)}, {unit}")
    )
    pc = f"{rng.randint(10, 82):02d}{_digits(rng, 4)}"
    return Address(street, (f"Singapore {pc}",), "", "Singapore", pc)  # no country line


JP_PLACES = (
    ("Koenji-kita", "Suginami-ku", "Tokyo", "166"),
    ("Nishiki", "Naka-ku", "Nagoya", "460"),
    ("Ebisu-minami", "Shibuya-ku", "Tokyo", "150"),
    ("Tenjin", "Chuo-ku", "Fukuoka", "810"),
    ("Kitahama", "Chuo-ku", "Osaka", "541"),
)


def _jp(rng: random.Random) -> Address:
    district, ward, city, pc3 = rng.choice(JP_PLACES)
    room = rng.choice(
        ("", f"Room {rng.randint(101, 905)}, ", f"Maison Aoba {rng.randint(101, 405)}, ")
    )
    street = f"{room}{rng.randint(1, 6)}-{rng.randint(1, 24)}-{rng.randint(1, 30)} {district}"
    pc = f"{pc3}-{_digits(rng, 4)}"
    return Address(street, (f"{ward}, {city} {pc}",), "Japan", city, pc)


MX_STREETS = ("Calle Durango", "Av. Chapultepec", "Calle Zacatecas", "Calle Colima")
MX_PLACES = (
    ("Col. Roma Norte", "06700", "Ciudad de México, CDMX"),
    ("Col. Americana", "44160", "Guadalajara, Jal."),
    ("Col. Centro", "64000", "Monterrey, N.L."),
)


def _mx(rng: random.Random) -> Address:
    interior = rng.choice(("", f", Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 804)}"))
    street = f"{rng.choice(MX_STREETS)} {rng.randint(10, 999)}{interior}"
    col, pc, city = rng.choice(MX_PLACES)
    return Address(street, (col, f"{pc} {city}"), "México", city.split(",")[0], pc)


BR_STREETS = (
    "Rua Augusta",
    "Rua Visconde de Pirajá",
    "Rua Oscar Freire",
    "Avenida Sete de Setembro",
)
BR_PLACES = (
    ("Consolação", "São Paulo - SP", "01304"),
    ("Ipanema", "Rio de Janeiro - RJ", "22410"),
    ("Barra", "Salvador - BA", "40140"),
    ("Savassi", "Belo Horizonte - MG", "30140"),
)


def _br(rng: random.Random) -> Address:
    apto = rng.choice(
        (
            "",
            f", apto {rng.randint(11, 184)}",
            f", bloco {rng.choice('ABC')}, apto {rng.randint(11, 94)}",
        )
    )
    street = f"{rng.choice(BR_STREETS)}, {rng.randint(10, 2400)}{apto}"
    bairro, city, cep5 = rng.choice(BR_PLACES)
    cep = f"{cep5}-{_digits(rng, 3)}"
    return Address(street, (bairro, f"{city}, {cep}"), "Brasil", city.split(" - ")[0], cep)


ZA_STREETS = (
    "Kloof Nek Road",
    "Greenway Road",
    "Jan Smuts Avenue",
    "Florida Road",
    "Lower Main Road",
)
ZA_PLACES = (
    ("Tamboerskloof, Cape Town", "8001"),
    ("Greenside, Johannesburg", "2193"),
    ("Morningside, Durban", "4001"),
    ("Observatory, Cape Town", "7925"),
)


def _za(rng: random.Random) -> Address:
    street = f"{rng.randint(1, 300)} {rng.choice(ZA_STREETS)}"
    place, pc = rng.choice(ZA_PLACES)
    return Address(street, (place, pc), "South Africa", place.split(", ")[-1], pc)


FORMATS: dict[str, Callable[[random.Random], Address]] = {
    "US": _us,
    "GB": _uk,
    "CA": _ca,
    "AU": _au,
    "DE": _de,
    "AT": _at,
    "CH": _ch,
    "FR": _fr,
    "BE": _be,
    "IT": _it,
    "ES": _es,
    "PT": _pt,
    "NL": _nl,
    "IE": _ie,
    "IN": _in,
    "SG": _sg,
    "JP": _jp,
    "MX": _mx,
    "BR": _br,
    "ZA": _za,
}
# US, GB and DE a little more often, as in English-language traffic.
WEIGHTS = {"US": 4, "GB": 3, "DE": 2}


def draw_address(rng: random.Random) -> Address:
    codes = [c for c in FORMATS for _ in range(WEIGHTS.get(c, 1))]
    return FORMATS[rng.choice(codes)](rng)
