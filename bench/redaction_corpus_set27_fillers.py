"""Fillers of set 27 that are never gold: name-like and number-like look-alikes and the
ordinary words around PII (cities, order ids, dates).

Every name-like entry is invented; none occurs in a text of sets 13-26 (checked once by a
one-off script that printed only these entries). Number-like fillers are built to fail the
check a detector could use: cards fail Luhn, IBANs fail mod 97, SSNs cannot be issued.
"""

from __future__ import annotations

import random
from collections.abc import Callable

BRANDS = (
    "Corbin Ashdale boots",
    "Lavinia Strood handbags",
    "Bertram Quaile knives",
    "Odalys Fontenau perfume",
    "Rufus Penhallow bikes",
    "Tibor Varkonyi pianos",
    "Marisol Quent sunglasses",
    "Anselm Greaves watches",
    "Hedda Lorimer scarves",
    "Cosimo Ferraldi espresso machines",
    "Juno Whitlock trainers",
    "Ivor Sallow raincoats",
)
FIRMS = (
    "Saltfinch Analytics",
    "Copperlode Freight",
    "Bluewhistle Dental",
    "Hartmoor & Sedge",
    "Kettlebright Foods",
    "Glimmerstone Legal",
    "Parsnip Robotics",
    "Tinderbox Insurance",
    "Fernhollow Capital",
    "Quayside Mercantile",
    "Owlgate Studios",
    "Marrowbone Brewing",
)
PRODUCTS = (
    "Pocket Ferret",
    "Nimbus Tread",
    "Lumen Otter",
    "Cobalt Moth",
    "Aero Finch",
    "Velvet Anvil",
    "Pixel Badger",
    "Drift Heron 2",
    "Quill Mini",
    "Tundra Puck",
    "Sable Kite",
    "Hush Walrus",
)
PLACES = (
    "Port Ermina",
    "Lake Ottavine",
    "Mount Benedikta",
    "San Ruperto del Mar",
    "Fort Lucasta",
    "Saint-Gildard",
    "Villa Clementa",
    "Cape Honoria",
    "Isla Perpetua",
    "Glen Aurelian",
    "Santa Leocrita",
    "Bad Irmenfried",
)
STREETS_NONUM = (
    "Harrowdene Lane",
    "Via dei Tintori Scuri",
    "Bellhanger Street",
    "Quaystone Parade",
    "Carrer del Ferrer Vell",
    "Kalkofenweg",
    "rue des Rempailleuses",
    "Tollgate Row",
    "Lantern Yard",
    "Swanspire Walk",
    "Gänsemarktgasse",
    "Calle de los Cuchilleros Viejos",
)
TITLES = (
    "Waiting for Augustin",
    "Goodnight, Leontine",
    "Dear Ambrosius",
    "The Year of Serafina",
    "Clementine Blue",
    "Miss Hortensia Regrets",
    "Bartholomew at Sea",
    "Songs for Euphemia",
    "Wilhelmina's Umbrella",
    "The Sorrows of Young Casimir",
    "Evangelina in Winter",
    "Ask Leopoldine",
)
EPONYMS = (
    "Pellgrave's disease",
    "Hofstetter's law",
    "the Marchetti-Lind theorem",
    "the Ostrander scale",
    "Kellerman syndrome",
    "Brandvold's paradox",
    "the Vasquerin effect",
    "Tolliver's constant",
    "the Ravenscroft unit",
    "the Dunstan-Maher sign",
    "Edelkamp's reflex",
    "Quimby's rule",
)
DISHES = (
    "Chicken Alfonsina",
    "Pasta alla Zenobia",
    "Eggs Rutherford",
    "Torta Benedetta",
    "Pork Ottavio",
    "Crêpes Mathilde",
    "Baba Raphael",
    "Sole Cordelia",
    "Trout Ignatova",
    "Risotto Gianmaria",
    "Pavlova Henrietta",
    "Soup Barnaby",
)
HOLIDAYS = (
    "St. Ewald's Day",
    "Leofricmas",
    "Saint Ebba's Fair",
    "Clemmentide",
    "Founders' Tuesday",
    "Old Guthlac's Eve",
    "Saint Pancrace's Night",
    "Harvest Hilda",
    "Lady Gwenllian's Feast",
    "Saint Osric's Market",
    "Little Bertilda Day",
    "Morwenna Night",
)
BANDS = (
    "The Velvet Parsnips",
    "Marigold Engine",
    "Arthur's Radio",
    "Saint Lucius & the Foxes",
    "Neon Gertrude",
    "The Quiet Hectors",
    "Dolores Unplugged",
    "Brass Ophelia",
    "Cyril and the Comets",
    "Lottie Overdrive",
    "The Mabel Years",
    "Sister Imelda's Choir",
)
USERNAMES = (
    "quiet_lantern",
    "moss.and.tea",
    "ducktape42",
    "sofa_commander",
    "late.again.77",
    "pixelgoat",
    "tired_otter",
    "grumpy.kettle",
    "noodle_wizard",
    "rain_on_tin",
    "biscuit.tin.lid",
    "captain_hedgerow",
    "velcro_tuesday",
    "spare.socket",
)
WORD_PHRASES = (
    "winter tyres",
    "a berth at the marina",
    "rosemary focaccia",
    "scarlet fever jabs",
    "indigo dye",
    "the last ember",
    "a drake and three ducklings",
    "the dean's signature",
    "noble gas lamps",
    "pierced earrings",
    "winter boots",
    "rosemary and thyme",
    "a scarlet scarf",
    "an indigo hoodie",
)
CAPWORDS = (
    "Will do",
    "Grace period",
    "Mark as read",
    "Faith restored",
    "Hope so",
    "Rose gold",
    "Bill me later",
    "Amber warning",
    "Hunter green",
    "Noble effort",
    "Scarlet red",
    "Winter sale",
)
CARRIERS = ("DHL", "UPS", "FedEx", "Royal Mail", "PostNL", "DPD", "GLS", "Correos")
CITIES = (
    "Tucson",
    "Leeds",
    "Lyon",
    "Porto",
    "Gdańsk",
    "Ghent",
    "Pune",
    "Osaka",
    "Recife",
    "Graz",
    "Bergen",
    "Cork",
    "Utrecht",
    "Valencia",
    "Bologna",
    "Quezon City",
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def bad_card(rng: random.Random) -> str:
    digits = "4" + _d(rng, 15)
    while _luhn_ok(digits):
        digits = "4" + _d(rng, 15)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def bad_iban(rng: random.Random) -> str:
    while True:
        compact = f"DE{rng.randint(10, 99)}{_d(rng, 18)}"
        numeric = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
        if int(numeric) % 97 != 1:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def bad_ssn(rng: random.Random) -> str:
    area = rng.choice(("000", "666", f"9{_d(rng, 2)}"))
    return f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def waybill(rng: random.Random) -> str:
    # Shaped like phone numbers on purpose.
    return rng.choice(
        (
            f"{rng.randint(200, 989)}-{rng.randint(200, 989)}-{_d(rng, 4)}",
            f"({_d(rng, 3)}) {_d(rng, 4)} {_d(rng, 4)}",
            f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}",
            f"JD01 4600 {_d(rng, 4)} {_d(rng, 4)}",
        )
    )


def _time(rng: random.Random) -> str:
    return f"{rng.randint(6, 22)}:{rng.choice(('00', '15', '30', '45'))}"


def _ts(rng: random.Random) -> str:
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def _clf(rng: random.Random) -> str:
    month = rng.choice(("Jan", "Mar", "May", "Jul", "Sep", "Nov"))
    return (
        f"{rng.randint(1, 28):02d}/{month}/2025:{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


def _date(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"{rng.randint(1, 28)} {rng.choice(('Mar', 'Jun', 'Oct'))} 2025",
        )
    )


def _lower(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool).lower()


def _pick(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


def _slug(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: "-".join(rng.choice(pool).lower().replace("'", "").split()[:2])


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "brand": _pick(BRANDS),
    "brand_lc": _lower(BRANDS),
    "brand_slug": _slug(BRANDS),
    "firm": _pick(FIRMS),
    "firm_key": _slug(FIRMS),
    "product": _pick(PRODUCTS),
    "product_lc": _lower(PRODUCTS),
    "product_slug": _slug(PRODUCTS),
    "place": _pick(PLACES),
    "place_lc": _lower(PLACES),
    "street_nonum": _pick(STREETS_NONUM),
    "street_nonum_lc": _lower(STREETS_NONUM),
    "title": _pick(TITLES),
    "eponym": _pick(EPONYMS),
    "eponym_key": _slug(EPONYMS),
    "dish": _pick(DISHES),
    "dish_lc": _lower(DISHES),
    "holiday": _pick(HOLIDAYS),
    "band": _pick(BANDS),
    "username": _pick(USERNAMES),
    "wordname": _pick(WORD_PHRASES),
    "wordname_cap": lambda rng: rng.choice(WORD_PHRASES).capitalize(),
    "capword": _pick(CAPWORDS),
    "carrier": _pick(CARRIERS),
    "city": _pick(CITIES),
    "waybill": waybill,
    "tracking": lambda rng: rng.choice(
        (f"1Z{_hex(rng, 6).upper()}03{_d(rng, 8)}", f"00340434{_d(rng, 10)}", f"RM{_d(rng, 9)}GB")
    ),
    "order": lambda rng: rng.choice(
        (f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}", f"ORD-{_d(rng, 6)}", f"#W{_d(rng, 7)}")
    ),
    "invoice": lambda rng: f"INV-2025-{_d(rng, 5)}",
    "ticket": lambda rng: f"SUP-{_d(rng, 5)}",
    "version4": lambda rng: (
        f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1, 250)}"
    ),
    "kernel": lambda rng: (
        f"{rng.choice(('4.18.0', '5.14.0', '6.1.0'))}-{rng.randint(80, 520)}"
        f".el{rng.choice('89')}.x86_64"
    ),
    "build": lambda rng: f"{rng.randint(19041, 26100)}.{rng.randint(100, 4999)}",
    "epoch": lambda rng: str(rng.randint(1_600_000_000, 1_760_000_000)),
    "epoch_ms": lambda rng: str(rng.randint(1_600_000_000_000, 1_760_000_000_000)),
    "ts": _ts,
    "clf": _clf,
    "date": _date,
    "time": _time,
    "sha": lambda rng: _hex(rng, 40),
    "sha_short": lambda rng: _hex(rng, 12).upper(),
    "uuid": lambda rng: (
        f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}"
    ),
    "coords": lambda rng: f"{rng.uniform(-50, 60):.5f},{rng.uniform(-120, 140):.5f}",
    "mac": lambda rng: ":".join(_hex(rng, 2) for _ in range(6)),
    "oid": lambda rng: (
        f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 40)}"
    ),
    "isbn": lambda rng: f"978-{rng.randint(0, 1)}-{_d(rng, 3)}-{_d(rng, 5)}-{rng.randint(0, 9)}",
    "sku": lambda rng: f"SKU-{_hex(rng, 4).upper()}-{_d(rng, 3)}",
    "amount": lambda rng: rng.choice(("€", "$", "£")) + f"{rng.randint(5, 900)}.{_d(rng, 2)}",
    "zip": lambda rng: _d(rng, 5),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "voucher": lambda rng: f"{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_d(rng, 4)}",
    "acct": lambda rng: f"C-{_d(rng, 6)}",
    "n": lambda rng: str(rng.randint(100, 98000)),
    "n2": lambda rng: str(rng.randint(2, 60)),
    "pid": lambda rng: str(rng.randint(300, 65000)),
    "port": lambda rng: str(rng.choice((22, 443, 8443, 51820, 3389, rng.randint(1024, 65000)))),
    "year": lambda rng: str(rng.randint(1998, 2024)),
    "exp": lambda rng: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
    "last4": lambda rng: _d(rng, 4),
    "bic": lambda rng: rng.choice(("COBADEFFXXX", "BNPAFRPP", "INGBNL2A")),
    "room": lambda rng: str(rng.randint(101, 940)),
    "cc": lambda rng: rng.choice(("US", "GB", "DE", "FR")),
}
