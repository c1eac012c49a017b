"""Set 20's street addresses in twenty national formats.

Each country gives an address as parts: the street line (with its unit), the lines that
follow it (locality, region, postcode) and the country name. No street-name word here (the
generic words aside) occurs in the text of sets 13-19; the localities are real towns.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    street: str
    rest: tuple[str, ...]
    country: str

    def one_line(self, with_country: bool = False) -> str:
        parts = (self.street, *self.rest) + ((self.country,) if with_country else ())
        # Canada Post's two spaces before the postcode belong to the multi-line form only.
        return ", ".join(parts).replace("  ", " ")

    def lines(self, with_country: bool = False) -> str:
        parts = (self.street, *self.rest) + ((self.country,) if with_country else ())
        return "\n".join(parts)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _us(rng: random.Random) -> Address:
    names = (
        "Catawba Street",
        "Muscadine Way",
        "Buckeye Trail",
        "Wolfpen Branch Road",
        "Possum Trot Road",
        "Chinquapin Drive",
        "Dogwood Ridge Road",
        "Arrowwood Lane",
        "Mockingbird Lane",
        "Bluebonnet Trail",
        "Yucca Court",
        "Chickasaw Trail",
        "Natchez Street",
        "Sequoyah Drive",
        "Wampanoag Way",
    )
    towns = (
        ("Asheville", "NC", "288"),
        ("Bozeman", "MT", "597"),
        ("Ithaca", "NY", "148"),
        ("Flagstaff", "AZ", "860"),
        ("Duluth", "MN", "558"),
        ("Tulsa", "OK", "741"),
        ("Macon", "GA", "312"),
        ("Corvallis", "OR", "973"),
    )
    town, state, zip3 = rng.choice(towns)
    unit = rng.choice(("", "", " Apt 4B", " Suite 210", f" #{rng.randint(2, 40)}", " Unit 7"))
    zip_code = zip3 + _digits(rng, 2) + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else "")
    street = f"{rng.randint(12, 9870)} {rng.choice(names)}{unit}"
    return Address(street, (f"{town}, {state} {zip_code}",), "USA")


def _uk(rng: random.Random) -> Address:
    names = (
        "Fishergate",
        "Micklegate",
        "Skeldergate",
        "Briggate",
        "Quayside Mews",
        "Weavers Walk",
        "Tithe Barn Road",
        "Pinfold Lane",
        "Glovers Close",
        "Nailers Court",
    )
    towns = (
        ("York", "YO1"),
        ("Leeds", "LS2"),
        ("Preston", "PR1"),
        ("Norwich", "NR2"),
        ("Exeter", "EX4"),
        ("Shrewsbury", "SY1"),
    )
    town, area = rng.choice(towns)
    flat = rng.choice(("", "", f"Flat {rng.randint(1, 9)}, ", ""))
    street = f"{flat}{rng.randint(1, 140)}{rng.choice(('', '', 'A'))} {rng.choice(names)}"
    inward = (
        f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPRSTUWXYZ')}"
    )
    post = f"{area} {inward}"
    return Address(street, (town, post), "United Kingdom")


def _ie(rng: random.Random) -> Address:
    names = (
        "Mountshannon Road",
        "Inchicore Road",
        "Glasnevin Avenue",
        "Bóthar na Trá",
        "Sráid an Mhuilinn",
    )
    towns = (("Dublin 8", "D08"), ("Galway", "H91"), ("Cork", "T12"), ("Dublin 9", "D09"))
    town, key = rng.choice(towns)
    letters = "ACDEFHKNPRTVWXY"
    eircode = f"{key} {rng.choice(letters)}{_digits(rng, 1)}{rng.choice(letters)}{_digits(rng, 1)}"
    return Address(f"{rng.randint(2, 220)} {rng.choice(names)}", (town, eircode), "Ireland")


def _ca(rng: random.Random) -> Address:
    names = (
        "Bannock Street",
        "Wapiti Drive",
        "Lupine Crescent",
        "Ossington Avenue",
        "Roncesvalles Avenue",
        "Kingsway",
        "rue de Bleury",
        "rue Gilford",
    )
    towns = (
        ("Toronto", "ON", "M6H"),
        ("Montréal", "QC", "H2J"),
        ("Saskatoon", "SK", "S7K"),
        ("Halifax", "NS", "B3K"),
        ("Kelowna", "BC", "V1Y"),
    )
    town, prov, fsa = rng.choice(towns)
    unit = rng.choice(("", f"{rng.randint(101, 2404)}-"))
    post = f"{fsa} {_digits(rng, 1)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{_digits(rng, 1)}"
    return Address(
        f"{unit}{rng.randint(10, 990)} {rng.choice(names)}", (f"{town} {prov}  {post}",), "Canada"
    )


def _au(rng: random.Random) -> Address:
    names = ("Yarrawonga Street", "Illawarra Road", "Jarrah Road")
    towns = (
        ("Marrickville", "NSW", "2204"),
        ("Fremantle", "WA", "6160"),
        ("Brunswick", "VIC", "3056"),
        ("Toowong", "QLD", "4066"),
    )
    town, state, post = rng.choice(towns)
    num = rng.choice((f"{rng.randint(1, 12)}/{rng.randint(2, 90)}", str(rng.randint(2, 300))))
    return Address(f"{num} {rng.choice(names)}", (f"{town} {state} {post}",), "Australia")


def _de(rng: random.Random) -> Address:
    names = (
        "Lerchenfeldstraße",
        "Gänsemarkt",
        "Brunnenweg",
        "Färberstraße",
        "Seilerweg",
        "Am Salzhaus",
        "In den Weinbergen",
        "Auf dem Kamp",
        "Zwetschgenweg",
        "Fliederweg",
        "Hasenheide",
        "Kiebitzweg",
    )
    towns = (
        ("Nürnberg", "904"),
        ("Freiburg im Breisgau", "791"),
        ("Kassel", "341"),
        ("Bielefeld", "336"),
        ("Rostock", "180"),
    )
    town, p3 = rng.choice(towns)
    num = f"{rng.randint(1, 120)}{rng.choice(('', '', 'a', 'b'))}"
    return Address(f"{rng.choice(names)} {num}", (f"{p3}{_digits(rng, 2)} {town}",), "Deutschland")


def _at(rng: random.Random) -> Address:
    names = (
        "Schleifmühlgasse",
        "Haidgasse",
        "Lindengasse",
        "Siebensterngasse",
        "Strozzigasse",
        "Herrengasse",
        "Sporgasse",
    )
    town, post = rng.choice((("Wien", "1070"), ("Wien", "1040"), ("Graz", "8010")))
    num = rng.choice(
        (
            f"{rng.randint(2, 60)}/Top {rng.randint(1, 14)}",
            f"{rng.randint(2, 60)}/2/{rng.randint(3, 19)}",
        )
    )
    return Address(f"{rng.choice(names)} {num}", (f"{post} {town}",), "Österreich")


def _ch(rng: random.Random) -> Address:
    names = ("Rennweg", "Münstergasse", "Schipfe", "Zinnengasse")
    town, post = rng.choice((("Zürich", "8001"), ("Bern", "3011"), ("Luzern", "6004")))
    return Address(f"{rng.choice(names)} {rng.randint(2, 70)}", (f"{post} {town}",), "Schweiz")


def _fr(rng: random.Random) -> Address:
    names = (
        "allée des Mimosas",
        "rue de la Ferronnerie",
        "rue du Pélican",
        "quai des Chartrons",
        "rue de la Huchette",
        "rue des Écouffes",
        "rue Quincampoix",
    )
    towns = (("Bordeaux", "33000"), ("Paris", "75004"), ("Nantes", "44000"), ("Dijon", "21000"))
    town, post = rng.choice(towns)
    num = f"{rng.randint(1, 90)}{rng.choice(('', '', ' bis', ' ter'))}"
    pre = rng.choice(("", "", f"Bât. {rng.choice('ABC')}, "))
    return Address(f"{pre}{num} {rng.choice(names)}", (f"{post} {town}",), "France")


def _be(rng: random.Random) -> Address:
    names = (
        "Vlaamsesteenweg",
        "Oudburg",
        "Vrijdagmarkt",
        "Drukpersstraat",
        "rue des Bouchers",
        "rue Haute",
    )
    name = rng.choice(names)
    town, post = (
        ("Bruxelles", "1000")
        if name.startswith("rue")
        else rng.choice((("Gent", "9000"), ("Brugge", "8000")))
    )
    box = (
        rng.choice(("", f" bus {rng.randint(1, 12)}"))
        if not name.startswith("rue")
        else rng.choice(("", f" boîte {rng.randint(1, 9)}"))
    )
    return Address(
        f"{name} {rng.randint(2, 99)}{box}",
        (f"{post} {town}",),
        "Belgique" if name.startswith("rue") else "België",
    )


def _it(rng: random.Random) -> Address:
    names = (
        "Via dei Calzaiuoli",
        "Via dei Coronari",
        "Via dei Cestari",
        "Via delle Oche",
        "Via dei Serragli",
        "Via Nilde Iotti",
    )
    towns = (("Firenze", "FI", "50122"), ("Roma", "RM", "00186"), ("Bologna", "BO", "40126"))
    town, prov, post = rng.choice(towns)
    extra = rng.choice(("", f", int. {rng.randint(1, 12)}", f", scala {rng.choice('ABC')}"))
    return Address(
        f"{rng.choice(names)} {rng.randint(1, 140)}{extra}", (f"{post} {town} {prov}",), "Italia"
    )


def _es(rng: random.Random) -> Address:
    names = (
        "Carrer de l'Argenteria",
        "Rúa do Franco",
        "Calle de los Cuchilleros",
        "Carrer dels Sombrerers",
        "Calle Ventura Rodríguez",
        "Calle Laurel",
    )
    towns = (
        ("Madrid", "28005"),
        ("Barcelona", "08003"),
        ("Santiago de Compostela", "15705"),
        ("Logroño", "26001"),
    )
    town, post = rng.choice(towns)
    floor = rng.choice(
        ("", f", {rng.randint(1, 7)}º {rng.choice('ABCD')}", f", {rng.randint(1, 5)}º izda.")
    )
    return Address(
        f"{rng.choice(names)} {rng.randint(1, 80)}{floor}", (f"{post} {town}",), "España"
    )


def _pt(rng: random.Random) -> Address:
    names = (
        "Rua dos Fanqueiros",
        "Rua das Flores",
        "Rua da Madalena",
        "Rua dos Douradores",
        "Calçada do Combro",
        "Rua Miguel Bombarda",
    )
    town, post = rng.choice((("Lisboa", "1100"), ("Porto", "4050"), ("Braga", "4700")))
    floor = rng.choice(("", f", {rng.randint(1, 6)}.º Esq.", f", {rng.randint(1, 6)}.º Dto."))
    return Address(
        f"{rng.choice(names)} {rng.randint(1, 260)}{floor}",
        (f"{post}-{_digits(rng, 3)} {town}",),
        "Portugal",
    )


def _nl(rng: random.Random) -> Address:
    names = (
        "Lijnbaansgracht",
        "Haarlemmerdijk",
        "Zeedijk",
        "Vijzelstraat",
        "Lauriergracht",
        "Kromme Nieuwegracht",
    )
    name = rng.choice(names)
    town, p4 = (
        ("Utrecht", "3512")
        if name.startswith("Kromme")
        else ("Amsterdam", rng.choice(("1013", "1017", "1016")))
    )
    num = f"{rng.randint(1, 300)}{rng.choice(('', '', 'A', '-II', ' hs'))}"
    return Address(
        f"{name} {num}",
        (f"{p4} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {town}",),
        "Nederland",
    )


def _in(rng: random.Random) -> Address:
    names = (
        ("Chamiers Road", "Alwarpet", "Chennai", "600018"),
        ("Prabhat Road", "Erandwane", "Pune", "411004"),
        ("Cunningham Road", "Vasanth Nagar", "Bengaluru", "560052"),
        ("Besant Road", "Royapettah", "Chennai", "600014"),
    )
    road, area, town, pin = rng.choice(names)
    building = rng.choice(("Mayur Residency", "Tungabhadra Towers"))
    street = rng.choice(
        (
            f"Flat {rng.randint(101, 1204)}, {building}, {rng.randint(2, 90)} {road}",
            f"House No. {rng.randint(3, 400)}, {road}",
        )
    )
    return Address(street, (area, f"{town} {pin}"), "India")


def _sg(rng: random.Random) -> Address:
    road = rng.choice(("Jalan Besar", "Serangoon Avenue 3"))
    blk = rng.randint(100, 699)
    return Address(
        f"Blk {blk} {road} #{rng.randint(2, 19):02d}-{rng.randint(10, 400)}",
        (f"Singapore {blk + 200000 + rng.randint(0, 99) * 1000}",),
        "Singapore",
    )


def _jp(rng: random.Random) -> Address:
    area, ward, post = rng.choice(
        (
            ("Hongo", "Bunkyo-ku", "113-0033"),
            ("Nezu", "Bunkyo-ku", "113-0031"),
            ("Kagurazaka", "Shinjuku-ku", "162-0825"),
            ("Sendagaya", "Shibuya-ku", "151-0051"),
            ("Shimokitazawa", "Setagaya-ku", "155-0031"),
        )
    )
    room = rng.choice(("", f" Hinode {rng.randint(101, 905)}"))
    return Address(
        f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {area}{room}",
        (f"{ward}, Tokyo {post}",),
        "Japan",
    )


def _mx(rng: random.Random) -> Address:
    name, col, post = rng.choice(
        (
            ("Calle Mesones", "Centro", "06000"),
            ("Calle Tamaulipas", "Condesa", "06140"),
            ("Calle Donceles", "Centro", "06010"),
            ("Calle Orizaba", "Roma Norte", "06700"),
            ("Calle Puebla", "Roma Norte", "06700"),
        )
    )
    unit = rng.choice(("", f" Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 503)}"))
    return Address(
        f"{name} {rng.randint(10, 420)}{unit}",
        (f"Col. {col}", f"{post} Ciudad de México, CDMX"),
        "México",
    )


def _br(rng: random.Random) -> Address:
    names = (
        "Rua Girassol",
        "Rua Harmonia",
        "Rua Fradique Coutinho",
        "Rua Aspicuelta",
        "Rua Mourato Coelho",
    )
    unit = rng.choice(("", f", apto {rng.randint(11, 184)}", f", casa {rng.randint(1, 4)}"))
    return Address(
        f"{rng.choice(names)}, {rng.randint(10, 1900)}{unit}",
        ("Vila Madalena", f"São Paulo - SP, 05{_digits(rng, 3)}-{_digits(rng, 3)}"),
        "Brasil",
    )


def _za(rng: random.Random) -> Address:
    name, suburb, town, post = rng.choice(
        (
            ("Buitengracht Street", "Bo-Kaap", "Cape Town", "8001"),
            ("Wale Street", "Bo-Kaap", "Cape Town", "8001"),
            ("Bree Street", "Gardens", "Cape Town", "8001"),
            ("Juta Street", "Braamfontein", "Johannesburg", "2001"),
            ("Jorissen Street", "Braamfontein", "Johannesburg", "2001"),
            ("Kerk Street", "Stellenbosch Central", "Stellenbosch", "7600"),
        )
    )
    return Address(f"{rng.randint(3, 240)} {name}", (suburb, f"{town}, {post}"), "South Africa")


COUNTRIES: tuple[Callable[[random.Random], Address], ...] = (
    _us,
    _us,
    _us,
    _uk,
    _uk,
    _ie,
    _ca,
    _ca,
    _au,
    _de,
    _de,
    _at,
    _ch,
    _fr,
    _fr,
    _be,
    _it,
    _es,
    _pt,
    _nl,
    _in,
    _sg,
    _jp,
    _mx,
    _br,
    _za,
)


def address(rng: random.Random) -> Address:
    """One address of a country drawn with US, UK, CA, DE and FR a little more often."""
    return rng.choice(COUNTRIES)(rng)
