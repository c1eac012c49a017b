"""Street addresses of set 27 in twenty national formats.

Street-name words are invented (none is a word of a text of sets 13-26); cities are real.
Each builder returns the address as lines; ``one_line`` joins them the way the country writes
them on one line, ``multi_line`` keeps the breaks, and the first line is the street line alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Address = list[str]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letter(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXY")


def _us(rng: random.Random) -> Address:
    name = rng.choice(
        (
            "Quarrelwood",
            "Tibbington",
            "Marshcallow",
            "Fennerby",
            "Oakhallow",
            "Brisketon",
            "Wimberlow",
            "Cattersley",
            "Dunmoreland",
            "Pexley Ridge",
        )
    )
    kind = rng.choice(("St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Street", "Avenue", "Road", "Way"))
    unit = rng.choice(("", "", ", Apt 4B", " Apt 12", " Suite 310", " #7", ", Unit 2"))
    city, state, zip_head = rng.choice(
        (
            ("Tucson", "AZ", "857"),
            ("Boise", "ID", "837"),
            ("Raleigh", "NC", "276"),
            ("Dayton", "OH", "454"),
            ("Spokane", "WA", "992"),
            ("Omaha", "NE", "681"),
            ("Savannah", "GA", "314"),
            ("Provo", "UT", "846"),
        )
    )
    zip_code = zip_head + _digits(rng, 2) + rng.choice(("", "", "-" + _digits(rng, 4)))
    return [f"{rng.randint(12, 9870)} {name} {kind}{unit}", f"{city}, {state} {zip_code}"]


def _gb(rng: random.Random) -> Address:
    name = rng.choice(("Pudsley", "Carvenhall", "Nettlebourne", "Wraxby", "Ormsgill"))
    kind = rng.choice(("Road", "Lane", "Crescent", "Close", "Terrace", "Gardens"))
    town, area = rng.choice(
        (("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Derby", "DE"), ("Exeter", "EX"))
    )
    post = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{_letter(rng)}{_letter(rng)}"
    street = f"{rng.randint(1, 240)} {name} {kind}"
    if rng.random() < 0.35:
        street = f"Flat {rng.randint(1, 12)}, {street}"
    return [street, town, post]


def _ca(rng: random.Random) -> Address:
    city, prov, first = rng.choice(
        (
            ("Halifax", "NS", "B"),
            ("Winnipeg", "MB", "R"),
            ("Kelowna", "BC", "V"),
            ("Guelph", "ON", "N"),
        )
    )
    name = rng.choice(("Tansyford Hollow", "Gorsemoor", "Larchwick", "Pembrey Scarp"))
    post = f"{first}{rng.randint(1, 9)}{_letter(rng)} "
    post += f"{rng.randint(1, 9)}{_letter(rng)}{rng.randint(0, 9)}"
    unit = rng.choice(("", f"{rng.randint(101, 1907)}-"))
    kind = rng.choice(("Street", "Drive", "Cres"))
    # Canada Post writes two spaces between the province and the postcode on a label.
    return [f"{unit}{rng.randint(10, 990)} {name} {kind}", f"{city} {prov}  {post}"]


def _au(rng: random.Random) -> Address:
    name = rng.choice(("Wombelong", "Currabine", "Kallaroo Vale", "Birrimba"))
    suburb, state, pc = rng.choice(
        (
            ("Fitzroy", "VIC", "3065"),
            ("Newtown", "NSW", "2042"),
            ("Paddington", "QLD", "4064"),
            ("Subiaco", "WA", "6008"),
        )
    )
    unit = rng.choice(("", f"{rng.randint(1, 14)}/", f"Unit {rng.randint(1, 9)}, "))
    kind = rng.choice(("Street", "Parade", "Road", "St"))
    return [f"{unit}{rng.randint(2, 180)} {name} {kind}", f"{suburb} {state} {pc}"]


def _de(rng: random.Random) -> Address:
    stem = rng.choice(
        ("Quendelbach", "Holunderhang", "Krummfelder", "Mistelgrund", "Schlehdorner", "Brachvogel")
    )
    suffix = rng.choice(("straße", "weg", "allee", "ring"))
    city = rng.choice(
        ("10439 Berlin", "04277 Leipzig", "79098 Freiburg", "50823 Köln", "90402 Nürnberg")
    )
    return [f"{stem}{suffix} {rng.randint(1, 140)}{rng.choice(('', '', 'a', 'b'))}", city]


def _at(rng: random.Random) -> Address:
    stem = rng.choice(("Ribiselgasse", "Marillenhof", "Ringlottenweg", "Kranawitgasse"))
    return [
        f"{stem} {rng.randint(1, 60)}/{rng.randint(1, 9)}/Top {rng.randint(1, 24)}",
        rng.choice(("1070 Wien", "8010 Graz", "4020 Linz", "5020 Salzburg")),
    ]


def _ch(rng: random.Random) -> Address:
    stem = rng.choice(("Chäserrain", "Tüechliweg", "Bölletrasse", "Chrüsimüsiweg"))
    return [
        f"{stem} {rng.randint(1, 90)}",
        rng.choice(("8004 Zürich", "3012 Bern", "4056 Basel", "6003 Luzern")),
    ]


def _fr(rng: random.Random) -> Address:
    name = rng.choice(
        (
            "rue des Glycinettes",
            "rue Faubertin",
            "avenue Berlière",
            "allée des Pruniers-Tors",
            "impasse Vermonneau",
            "quai Sabotier",
        )
    )
    num = f"{rng.randint(1, 88)}{rng.choice(('', '', ' bis', ' ter'))}"
    line = f"{num} {name}"
    if rng.random() < 0.3:
        line = f"Bât. {rng.choice('ABCD')}, {line}"
    return [
        line,
        rng.choice(
            ("69003 Lyon", "33800 Bordeaux", "13006 Marseille", "44000 Nantes", "31500 Toulouse")
        ),
    ]


def _be(rng: random.Random) -> Address:
    stem = rng.choice(("Klaprooshoeklaan", "Wilgenhoekstraat", "rue du Sureau-Noir"))
    box = rng.choice((" bus ", " bte ")) + str(rng.randint(1, 12))
    return [
        f"{stem} {rng.randint(1, 140)}{box}",
        rng.choice(("9000 Gent", "2018 Antwerpen", "1050 Ixelles", "3000 Leuven")),
    ]


def _it(rng: random.Random) -> Address:
    name = rng.choice(
        (
            "Via dei Bigonciai Vecchi",
            "Via Scaramuccia",
            "Viale dei Giuggioli Alti",
            "Corso Pietrafitta",
        )
    )
    city = rng.choice(("20121 Milano MI", "40126 Bologna BO", "10128 Torino TO", "80134 Napoli NA"))
    return [f"{name} {rng.randint(1, 120)}{rng.choice(('', f', int. {rng.randint(1, 9)}'))}", city]


def _es(rng: random.Random) -> Address:
    name = rng.choice(
        (
            "C/ de la Albahaca",
            "Calle Zurriago",
            "Avda. de los Almendrillos",
            "Carrer de la Farigola",
        )
    )
    flat = rng.choice(("", f", {rng.randint(1, 6)}º {rng.choice(('izda.', 'dcha.', 'B'))}"))
    return [
        f"{name}, {rng.randint(1, 90)}{flat}",
        rng.choice(("28004 Madrid", "41003 Sevilla", "08012 Barcelona", "46002 València")),
    ]


def _pt(rng: random.Random) -> Address:
    name = rng.choice(("Rua das Açucenas Bravas", "Travessa do Funileiro", "Rua Cabrilhão"))
    return [
        f"{name}, n.º {rng.randint(1, 200)}, {rng.randint(1, 5)}.º {rng.choice(('Esq.', 'Dto.'))}",
        f"{rng.choice(('4000', '1200', '3000'))}-{_digits(rng, 3)} "
        + rng.choice(("Porto", "Lisboa", "Coimbra")),
    ]


def _nl(rng: random.Random) -> Address:
    stem = rng.choice(("Kwakkelgracht", "Snoekbaarsstraat", "Hooischelf", "Lepelaarskade"))
    unit = rng.choice(("", "-II", " hs", "-3"))
    return [
        f"{stem} {rng.randint(1, 300)}{unit}",
        f"{rng.randint(1011, 3599)} {_letter(rng)}{_letter(rng)} "
        + rng.choice(("Amsterdam", "Utrecht", "Rotterdam", "Haarlem")),
    ]


def _ie(rng: random.Random) -> Address:
    name = rng.choice(("Ballycorrig Terrace", "Knockaveen Road", "Glenmurragh Park"))
    area, eir = rng.choice(
        (("Ranelagh, Dublin 6", "D06"), ("Blackrock, Co. Cork", "T12"), ("Salthill, Galway", "H91"))
    )
    code = f"{eir} {_letter(rng)}{rng.randint(1, 9)}{_letter(rng)}{rng.randint(1, 9)}"
    return [f"{rng.randint(1, 90)} {name}", area, code]


def _in(rng: random.Random) -> Address:
    bldg = rng.choice(("Pistachio Nook Apartments", "Kadambvan Vihar", "Tulsiban Residency"))
    road = rng.choice(("Kesariya Marg", "2nd Cross, Kanakpura Layout", "Jamunkhet Road"))
    city = rng.choice(
        (
            "Koramangala, Bengaluru 560034",
            "Kothrud, Pune 411038",
            "Banjarapet, Hyderabad 500034",
            "Salt Lake, Kolkata 700091",
        )
    )
    return [f"Flat {rng.randint(101, 1204)}, {bldg}, {road}", city]


def _sg(rng: random.Random) -> Address:
    blk = rng.randint(101, 899)
    return [
        f"Blk {blk} {rng.choice(('Tampines', 'Bedok', 'Jurong West'))} "
        f"{rng.choice(('Ave', 'St'))} {rng.randint(1, 9)}, "
        f"#{rng.randint(2, 19):02d}-{rng.randint(11, 399)}",
        f"Singapore {blk}{rng.randint(100, 999)}",
    ]


def _jp(rng: random.Random) -> Address:
    bldg = rng.choice(("Mimosa Heights", "Casa Hotaru", "Sumire Court"))
    ward = rng.choice(("Setagaya-ku, Tokyo", "Nakagyo-ku, Kyoto", "Chuo-ku, Osaka"))
    return [
        f"{bldg} {rng.randint(1, 9)}0{rng.randint(1, 9)}, "
        f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} "
        + rng.choice(("Kamiuzumasa", "Nishikoji", "Uchihonmachi")),
        f"{ward} {rng.randint(100, 699)}-{_digits(rng, 4)}",
    ]


def _mx(rng: random.Random) -> Address:
    name = rng.choice(("Calle Zempoalteca", "Av. de los Ahuejotes", "Calle Tlacuache"))
    col = rng.choice(("Col. Nápoles", "Col. del Valle", "Col. Roma Nte."))
    return [
        f"{name} {rng.randint(1, 999)}{rng.choice(('', f', Int. {rng.randint(1, 12)}'))}",
        f"{col}, 0{rng.randint(3000, 6999)} Ciudad de México, CDMX",
    ]


def _br(rng: random.Random) -> Address:
    name = rng.choice(("Rua Jabuticabal Velho", "Av. dos Jatobazinhos", "Rua Quiririm"))
    city = rng.choice(
        ("Pinheiros, São Paulo - SP", "Savassi, Belo Horizonte - MG", "Boa Viagem, Recife - PE")
    )
    return [
        f"{name}, {rng.randint(1, 2400)}{rng.choice(('', f', apto {rng.randint(11, 184)}'))}",
        f"{city}, {_digits(rng, 5)}-{_digits(rng, 3)}",
    ]


def _za(rng: random.Random) -> Address:
    name = rng.choice(("Umdlalose Street", "Kliprivier Avenue", "Suikerbos Lane"))
    suburb = rng.choice(
        (
            "Observatory, Cape Town, 7925",
            "Melville, Johannesburg, 2092",
            "Morningside, Durban, 4001",
        )
    )
    return [f"{rng.randint(1, 150)} {name}", suburb]


BUILDERS: dict[str, Callable[[random.Random], Address]] = {
    "US": _us,
    "GB": _gb,
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
# US, GB and DE addresses come up more often, as in real traffic.
WEIGHTS = {"US": 5, "GB": 3, "DE": 3, "CA": 2, "AU": 2, "FR": 2, "IN": 2}
COUNTRY_NAMES = {
    "US": "USA",
    "GB": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "IT": "Italy",
    "ES": "Spain",
    "NL": "Netherlands",
    "CA": "Canada",
    "AU": "Australia",
    "BR": "Brazil",
    "IE": "Ireland",
    "CH": "Switzerland",
}

# Streets named after invented people: one STREET_ADDRESS, no PERSON.
EPONYM_STREETS = ("Corwinna Halbrook Avenue", "Via Eustachio Pellarin", "rue Fulcran-Sorbillac")


def address(rng: random.Random) -> tuple[str, Address]:
    countries = list(BUILDERS)
    country = rng.choices(countries, [WEIGHTS.get(c, 1) for c in countries])[0]
    lines = BUILDERS[country](rng)
    if rng.random() < 0.04 and country in ("US", "IT", "FR"):
        name = {"US": EPONYM_STREETS[0], "IT": EPONYM_STREETS[1], "FR": EPONYM_STREETS[2]}
        num = rng.randint(2, 90)
        lines[0] = f"{num} {name[country]}" if country != "IT" else f"{name[country]} {num}"
    return country, lines


def one_line(country: str, lines: Address, with_country: bool = False) -> str:
    text = ", ".join(lines)
    if country == "CA":
        text = text.replace("  ", " ")
    if with_country and country in COUNTRY_NAMES:
        text += f", {COUNTRY_NAMES[country]}"
    return text


def multi_line(country: str, lines: Address, with_country: bool = False) -> str:
    text = "\n".join(lines)
    if with_country and country in COUNTRY_NAMES:
        text += "\n" + COUNTRY_NAMES[country]
    return text
