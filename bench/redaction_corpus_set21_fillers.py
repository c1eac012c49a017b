"""Set 21's look-alike fillers: number-shaped values that are no PII in their context, and
name-shaped words that are no person (none of these entries occurs in a text of sets 13-20)."""

from __future__ import annotations

import random

from bench.redaction_corpus_set21_values import _digits, _nz, bad_iban

BRANDS = [
    "Lanvin",
    "Balenciaga",
    "Givenchy",
    "Ermanno Scervino",
    "Philipp Plein",
    "Wolfgang Puck",
    "Samuel Smith's",
    "Franziskaner",
    "Stella Artois",
    "Jacob's Creek",
    "Penfolds",
    "Wolf Blass",
    "Nicolas Feuillatte",
    "Moët & Chandon",
    "Laurent-Perrier",
    "Knob Creek",
    "Basil Hayden",
    "Arne Jacobsen",
    "Le Creuset",
    "Peter Millar",
    "Brooks Brothers",
    "Thom Browne",
    "Jos. A. Bank",
    "Hart Schaffner Marx",
    "Crockett & Jones",
    "John Lobb",
    "James Purdey",
    "Mappin & Webb",
    "Ernest Jones",
    "H. Samuel",
    "Elsa Peretti",
    "Christian Dior",
    "Victoria Beckham",
    "Don Julio",
]
FIRMS = [
    "Wachtell Lipton",
    "Norton Rose Fulbright",
    "Simmons & Simmons",
    "Eversheds Sutherland",
    "Pinsent Masons",
    "Oliver Wyman",
    "Roland Berger",
    "Holland & Holland",
    "Lock & Co",
    "Boodles",
    "Garrard",
    "Asprey",
    "Skidmore, Owings & Merrill",
    "Kohn Pedersen Fox",
    "Zaha Hadid Architects",
    "Lindt & Sprüngli",
    "Carl F. Bucherer",
    "Baume & Mercier",
    "A. Lange & Söhne",
    "Lazard Frères",
    "Slaughter and May",
    "Herbert Smith Freehills",
    "Berry Bros. & Rudd",
    "Arm & Hammer",
    "Tiffany & Co.",
]
PLACES = [
    "Prince Albert",
    "Elizabeth City",
    "Cape Charles",
    "Fort Frances",
    "Lewisburg",
    "Hattiesburg",
    "San Lorenzo",
    "Santa Teresa",
    "Lake Macquarie",
    "Fort McMurray",
    "Prince Edward Island",
    "St. Neots",
    "Bishop's Stortford",
    "Santa Margherita Ligure",
    "Sankt Moritz",
    "San Pedro Sula",
    "Jackson Hole",
    "Prince Rupert",
    "Port Harcourt",
    "Carson City",
    "Evansville",
]
HOLIDAYS = [
    "Saint Barbara's Day",
    "Saint Swithin's Day",
    "Saint Wenceslas Day",
    "Saint Olav's Day",
    "Saint Brigid's Day",
    "Saint Casimir's Day",
    "Saint Catherine's Day",
    "Saint Vitus Day",
    "Saint Patrick's Day",
    "Saint David's Day",
    "St. Lucia Day",
    "Saint John's Eve",
    "Saint Stephen's Day",
    "Saint George's Day",
    "Saint Crispin's Day",
    "Saint Jean-Baptiste Day",
]
WORKS = [
    "Lady Chatterley's Lover",
    "Little Lord Fauntleroy",
    "The Adventures of Huckleberry Finn",
    "Zorba the Greek",
    "Dona Flor and Her Two Husbands",
    "Finding Neverland",
    "Shakespeare in Love",
    "Dear Evan Hansen",
    "Being Julia",
    "Mrs Dalloway",
    "Madame Butterfly",
    "Goodbye, Mr. Chips",
    "Mr. Smith Goes to Washington",
    "Whatever Happened to Baby Jane?",
    "Raising Arizona",
    "Dirty Rotten Scoundrels",
    "Peggy Sue Got Married",
    "Being John Malkovich",
    "Sweeney Todd",
    "Jerry Maguire",
    "Les Misérables",
]
DISHES = [
    "Spaghetti all'Amatriciana",
    "Apple Brown Betty",
    "Poires Belle Hélène",
    "Quiche Lorraine",
    "Prinsesstårta",
    "Moros y cristianos",
    "Huevos rancheros",
    "Pasta Primavera",
    "Saltimbocca",
    "Nasi goreng",
    "Pastel de nata",
    "Eton mess",
    "Caprese salad",
    "Coq au vin",
    "Florentines",
    "Oeufs Bénédicte",
    "Turkish delight",
]
BARE_STREETS = [
    "Baggot Street",
    "Lothian Road",
    "Corporation Street",
    "Stonegate",
    "Petergate",
    "High Holborn",
    "Marylebone High Street",
    "Upper Street",
    "Kensington High Street",
    "Rue Oberkampf",
    "Cours Mirabeau",
    "Calle Preciados",
    "Hohe Straße",
    "Karl-Marx-Allee",
    "Flinders Lane",
    "Cuba Street",
    "Juhu Tara Road",
    "Hollywood Road",
    "Collins Avenue",
    "Pitt Street",
    "Connaught Place",
]
# The English-word given names of the pools in their plain senses.
WORD_USES = [
    "a blue jay at the feeder",
    "the silver birch by the gate",
    "a safe haven",
    "the buddy system",
    "the temperance movement",
    "clement weather",
    "a flint arrowhead",
    "a merit badge",
    "the Unity engine",
    "the briar patch",
    "a cooper's mallet",
    "a tax haven",
    "birch bark",
    "amity between neighbours",
    "valor and grit",
    "to everyone's delight",
]
USERNAMES = [
    "sleepy_otter42",
    "quietmango",
    "rustbucket_99",
    "lemonfizz",
    "captain_crumpet",
    "gravelpit7",
    "teapot_tempest",
    "mossy_kettle",
    "velvetcactus",
    "noodle_barn",
]


def order_id(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_nz(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
            f"ORD-{_nz(rng, 8)}",
            f"#{_nz(rng, 8)}",
            f"SO-{_nz(rng, 6)}",
            f"W{_nz(rng, 9)}",
        ]
    )


def waybill(rng: random.Random) -> str:
    """Tracking numbers, some shaped like phone numbers."""
    return rng.choice(
        [
            f"{_nz(rng, 3)}-{_nz(rng, 3)}-{_digits(rng, 4)}",
            f"0{_nz(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"1Z{_digits(rng, 3)}W{_digits(rng, 2)}{_digits(rng, 10)}",
            f"JD0146{_digits(rng, 12)}",
            f"RR{_digits(rng, 9)}GB",
            f"9400 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
        ]
    )


def invoice(rng: random.Random) -> str:
    return rng.choice(
        [
            f"INV-{rng.randint(2019, 2026)}-{_digits(rng, 5)}",
            f"F{_nz(rng, 7)}",
            f"{_nz(rng, 6)}/{rng.randint(20, 26)}",
        ]
    )


def version(rng: random.Random) -> str:
    """IP-shaped and kernel-shaped versions."""
    return rng.choice(
        [
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(1, 9999)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            f"4.18.0-{rng.randint(80, 550)}.el8.x86_64",
            f"5.{rng.randint(4, 19)}.0-{rng.randint(20, 120)}-generic",
            f"10.0.{rng.randint(17000, 26100)}.{rng.randint(100, 4000)}",
        ]
    )


def build(rng: random.Random) -> str:
    return rng.choice(
        [f"build {_nz(rng, 5)}", f"b{rng.randint(2019, 2026)}{_digits(rng, 4)}.{rng.randint(1, 9)}"]
    )


def date_iso(rng: random.Random) -> str:
    return f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def timestamp(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{date_iso(rng)}T{clock(rng)}Z",
            f"17{_digits(rng, 8)}",
            f"17{_digits(rng, 11)}",
        ]
    )


def digest(rng: random.Random) -> str:
    hexes = "0123456789abcdef"
    return rng.choice(
        [
            "".join(rng.choice(hexes) for _ in range(40)),
            "".join(rng.choice(hexes) for _ in range(7)),
            "sha256:" + "".join(rng.choice(hexes) for _ in range(64)),
        ]
    )


def uuid(rng: random.Random) -> str:
    h = "0123456789abcdef"
    parts = ["".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)]
    return "-".join(parts)


def coords(rng: random.Random) -> str:
    return f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-150, 150):.5f}"


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def oid(rng: random.Random) -> str:
    return f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}"


def isbn(rng: random.Random) -> str:
    body = "978" + _digits(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def sku(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SKU-{_nz(rng, 6)}",
            f"{rng.choice('ABKMT')}{rng.choice('XRZ')}-{_nz(rng, 4)}-{_digits(rng, 2)}",
        ]
    )


def amount(rng: random.Random) -> str:
    return rng.choice(
        [
            f"${rng.randint(5, 4800)}.{_digits(rng, 2)}",
            f"€{rng.randint(5, 900)},{_digits(rng, 2)}",
            f"£{rng.randint(3, 600)}",
        ]
    )


def date(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)}",
            f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        ]
    )


def zip_code(rng: random.Random) -> str:
    return rng.choice([f"{_nz(rng, 5)}", f"{_nz(rng, 5)}-{_digits(rng, 4)}"])


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def bad_card(rng: random.Random) -> str:
    """A 16-digit card shape that fails the Luhn check."""
    while True:
        number = rng.choice(["4", "5", "6"]) + _digits(rng, 15)
        if not _luhn_ok(number):
            break
    sep = rng.choice([" ", "-", ""])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def bad_ssn(rng: random.Random) -> str:
    """A never-issued SSN: area 000, 666 or 9xx, or group 00, or serial 0000."""
    kind = rng.randrange(5)
    area = [
        "000",
        "666",
        f"9{_digits(rng, 2)}",
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(667, 899):03d}",
    ][kind]
    group = "00" if kind == 3 else f"{rng.randint(1, 99):02d}"
    serial = "0000" if kind == 4 else f"{rng.randint(1, 9999):04d}"
    return f"{area}-{group}-{serial}"


NUMBER_FILLERS = {
    "order": order_id,
    "waybill": waybill,
    "invoice": invoice,
    "version": version,
    "build": build,
    "ts": timestamp,
    "digest": digest,
    "uuid": uuid,
    "coords": coords,
    "mac": mac,
    "oid": oid,
    "isbn": isbn,
    "sku": sku,
    "amount": amount,
    "date": date,
    "zip": zip_code,
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
}
WORD_FILLERS = {
    "brand": BRANDS,
    "firm": FIRMS,
    "place": PLACES,
    "holiday": HOLIDAYS,
    "work": WORKS,
    "dish": DISHES,
    "bstreet": BARE_STREETS,
    "worduse": WORD_USES,
    "uname": USERNAMES,
}
