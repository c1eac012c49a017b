"""Non-gold fillers of set 26 (``data/pii/set26.jsonl``): name-like and number-like look-alikes.

Name-like pools are invented (brands and firms named after invented people, two-word products,
places that are given names, streets without a house number, titles of works, eponyms,
dishes, days, user names, English-word given names used as words); none of their entries
occurs in a text of sets 13-25 and none holds a word of the person pools (checked once).
Number-like makers write PII-shaped numbers that are not PII: phone-shaped waybills, versions
shaped like IPv4, Luhn-failing cards, never-issued SSNs, IBANs with wrong check digits.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from bench.redaction_corpus_set26_numbers import _CARDS, _bban, iban_check, luhn_digit

Value = tuple[str, str | None]
Context = dict[str, Any]

BRAND_PERSON = (
    ("Ottorino Balzani", "loafers"),
    ("Clementyne Hale", "tote"),
    ("Augustin Ferrow", "watch"),
    ("Maribel Costanzo", "perfume"),
    ("Horatio Quayle", "gin"),
    ("Viveca Lindroos", "cardigan"),
    ("Emeric Dauvergne", "pralines"),
    ("Beatrix Oakhollow", "tea"),
    ("Tobias Wrenfield", "e-bike"),
    ("Anouk Vallère", "serum"),
    ("Cassius Brell", "sneakers"),
    ("Elodie Marchbank", "candles"),
    ("Rufus Tellwright", "single malt"),
    ("Imelda Sarrazin", "sunglasses"),
)
FIRMS = (
    "Harrowquay Freight",
    "Bellmoss Analytics",
    "Cobbler & Vane",
    "Oxbarrow Dental",
    "Lanternfield Capital",
    "Copperhithe Partners",
    "Thimbleby Joinery",
    "Marrowgate Insurance",
    "Fernhallow Studios",
    "Saltcote Bakery",
    "Quaybridge Legal",
    "Gannetmoor Energy",
    "Pipistrelle Media",
    "Wickerlight Homes",
)
PRODUCTS = (
    "Velvet Comet",
    "Glacier Ember",
    "Polar Thimble",
    "Cedar Lumen",
    "Falcon Drift 2",
    "Marble Fox",
    "Quartz Loom",
    "Harbor Mini",
    "Orbit Fennel",
    "Tidal Quill",
    "Ember Sprout",
    "Kestrel Go",
    "Lumen Badger",
    "Pocket Heron",
)
PLACES = (
    "Lake Adelisa",
    "Mount Corisande",
    "Fort Aldermar",
    "Cape Honorine",
    "Saint-Ermengild",
    "Port Ottavine",
    "Glen Isolde",
    "Lake Wilhelmine",
    "Mount Perrine",
    "San Teobaldo",
    "Villa Eufemia",
    "Saint Odran's Bay",
    "Fort Cressida",
    "Port Aurelie",
)
STREETS_NO_NUMBER = (
    "Ferrymead Lane",
    "Calloway Row",
    "Tannery Wynd",
    "Rue des Pélicans Gris",
    "Via del Mandorlo Nero",
    "Hopscotch Street",
    "Brindle Parade",
    "Larchcombe Close",
    "Kettlewell Square",
    "Sandpiper Quay",
    "Drachenmühlgasse",
    "Bakehouse Steps",
    "Avenida del Quetzal",
    "Gasworks Lane",
)
TITLES = (
    "Dear Ottoline",
    "Waiting for Ysabeau",
    "The Ballad of Cornelius Fray",
    "Leaving Marisabel",
    "Goodbye, Evander",
    "Finding Augustina",
    "Hildebrand in Winter",
    "Oh, Philippa",
    "The Last Summer of Teodora",
    "Call Me Ignatius",
    "Bernadine Sings",
    "Letters to Casimir",
    "Norberta and the Sea",
    "Little Leontyne",
)
EPONYMS = (
    "Harrowby's syndrome",
    "Vetterling's law",
    "the Osgood-Trask theorem",
    "the Brandlmeier effect",
    "the Quist unit",
    "Fenner-Ballou disease",
    "Castellane's lemma",
    "the Oberhauser criterion",
    "Pruett's sign",
    "the Dalgairns index",
    "Ravelli's conjecture",
    "the Tibbald scale",
    "Morcombe's palsy",
    "the Szalkay number",
)
DISHES = (
    "Chicken Montclair",
    "Pasta alla Ottavina",
    "Torta della Nonna Gisella",
    "Salmon Wellesby",
    "Potatoes Anneliese",
    "Cod à la Bénédicte",
    "Veal Prince Albrecht",
    "Eggs Lavinia",
    "Pollo Don Anselmino",
    "Pudding Queen Mathilde",
    "Lamb Cutlets Esterházka",
    "Soup Madame Héloïse",
    "Crêpes Marie-Ysolde",
    "Trout Grand Duke Feodor",
)
DAYS = (
    "St. Aldhelm's Day",
    "St. Wenefrid's Day",
    "Oswinmas",
    "St. Cuthwin's Fair",
    "Queen Adelisa's Birthday",
    "Tinsmiths' Day",
    "Lammas Eve",
    "St. Brannock's Day",
    "Herring Monday",
    "King Aurelian Day",
    "Saint Gudwal's Fair",
    "Lantern Night",
    "Oyster Sunday",
    "Plough Tuesday",
    "Candle Thursday",
    "Cider Wassail Night",
)
USERNAMES = (
    "sleepy_kettle",
    "moss.and.rain",
    "tinfoilraccoon7",
    "quietmarmot",
    "crumpet.commander",
    "velvetpotato",
    "no_more_mondays",
    "gravel.goblin",
    "lanternfish88",
    "soggywaffle_",
    "pixelbadger",
    "porridge_queen",
    "overcast_otter",
    "spoon.theory",
)
BANDS = (
    "The Copper Hymnals",
    "Lantern & Lathe",
    "Velveteen Ghosts",
    "The Marmalade Choir",
    "Saltmarsh Radio",
    "Paper Moth",
    "Hollow Tram",
    "The Tin Orchard",
    "Glass Pelican",
    "Static Meadow",
    "The Lamplighters' Union",
    "Cardboard Harbour",
    "Orange Ferry",
    "Moth & Mirror",
)
WORD_USES = (
    "sunny spells my foot, it's pouring",
    "had to skip the intro, it's four minutes long",
    "made the honor roll again",
    "frost warning tonight so the pots are covered",
    "the rose bud finally opened",
    "trimmed the laurel hedge",
    "back in late August",
    "bought a hank of yarn",
    "the car jack snapped",
    "stuck behind a taxi in the bus lane",
    "walked the salt marsh trail",
    "passed a kidney stone",
    "landlord is threatening to sue",
    "rowan berries all over the path",
)


def _pick(pool: tuple[str, ...]) -> Any:
    def make(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
        return rng.choice(pool), None

    return make


def brand(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    name, thing = rng.choice(BRAND_PERSON)
    return f"{name} {thing}", None


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def waybill(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """Tracking and waybill numbers, some shaped like phone numbers."""
    return rng.choice(
        (
            f"{rng.randint(200, 989)} {_d(rng, 3)} {_d(rng, 4)}",
            f"(0{_d(rng, 2)}) {_d(rng, 4)} {_d(rng, 4)}",
            f"{rng.randint(200, 989)}-{_d(rng, 3)}-{_d(rng, 4)}",
            f"1Z{_d(rng, 3)}{rng.choice('ABEWXY')}{rng.choice('ABEWXY')}{_d(rng, 11)}",
            f"JJD{_d(rng, 18)}",
            f"{rng.choice(('RX', 'LB', 'CP'))}{_d(rng, 9)}GB",
            f"{_d(rng, 3)}-{_d(rng, 8)}",
        )
    ), None


def order(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return rng.choice(
        (
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            f"ORD-{_d(rng, 6)}",
            f"#W{_d(rng, 8)}",
            f"{rng.randint(10**8, 10**9 - 1)}",
            f"INV-2025-{_d(rng, 5)}",
            f"PO {_d(rng, 6)}",
        )
    ), None


def ticket(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return rng.choice(
        (f"#{_d(rng, 5)}", f"CASE-{_d(rng, 7)}", f"SR{_d(rng, 8)}", f"INC{_d(rng, 7)}")
    ), None


def ipver(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A four-part version number that is also a valid IPv4 shape."""
    return ".".join(str(rng.randint(*r)) for r in ((1, 24), (0, 9), (0, 40), (1, 220))), None


def version(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    rhel = rng.choice(("el8", "el9"))
    return rng.choice(
        (
            f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
            f"v{rng.randint(1, 4)}.{rng.randint(0, 60)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
            f"{rng.randint(4, 6)}.{rng.randint(1, 19)}.0-{rng.randint(100, 599)}.{rhel}.x86_64",
            f"{rng.randint(5, 6)}.{rng.randint(4, 15)}.0-{rng.randint(20, 120)}-generic",
            f"10.0.{rng.randint(17000, 26100)}.{rng.randint(100, 4000)}",
        )
    ), None


def stamp(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    m, d, h = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)
    return rng.choice(
        (
            f"2025-{m:02d}-{d:02d}T{h:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            str(rng.randint(1_600_000_000, 1_760_000_000)),
            str(rng.randint(1_600_000_000_000, 1_760_000_000_000)),
            f"{d:02d}/{m:02d}/2025",
            f"{d:02d}.{m:02d}.2024 {h:02d}:{rng.randint(0, 59):02d}",
        )
    ), None


def hexid(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A git SHA (full or short), a UUID or a MAC address."""
    bits = rng.getrandbits(160)
    return rng.choice(
        (
            f"{bits:040x}",
            f"{bits:040x}"[:7],
            str(uuid.UUID(int=rng.getrandbits(128))),
            ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
        )
    ), None


def mac(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)), None


def coords(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    return rng.choice(
        (
            f"{lat:.5f}, {lon:.5f}",
            f"{abs(int(lat))}°{rng.randint(0, 59)}'{rng.randint(0, 59)}\"{'N' if lat > 0 else 'S'} "
            f"{abs(int(lon))}°{rng.randint(0, 59)}'{rng.randint(0, 59)}\"{'E' if lon > 0 else 'W'}",
        )
    ), None


def oid(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}", None


def isbn(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """An ISBN-13 with a right check digit."""
    body = "978" + _d(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}", None


def sku(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    colour, size = rng.choice(("BLK", "OLV", "SND")), rng.choice(("S", "M", "XL"))
    return rng.choice((f"SKU-{_d(rng, 4)}-{colour}-{size}", f"HX-{_d(rng, 5)}")), None


def zip_code(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return f"{rng.randint(10, 99)}{_d(rng, 3)}", None


def amount(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    value = rng.randint(300, 250_000) / 100
    return rng.choice(
        (f"${value:,.2f}", f"€{value:,.2f}", f"£{value:.2f}", f"{value:.2f} EUR")
    ), None


def bad_card(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A 16-digit card-shaped number that fails Luhn."""
    prefix = rng.choice([p for p, n in _CARDS if n == 16])
    body = prefix + _d(rng, 15 - len(prefix))
    wrong = str((int(luhn_digit(body)) + rng.randint(1, 9)) % 10)
    number = body + wrong
    return rng.choice((" ", "-")).join(number[i : i + 4] for i in range(0, 16, 4)), None


def bad_ssn(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """An SSN that can never be issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    kind = rng.choice(("000", "666", "9xx", "group", "serial"))
    text_area = {"000": "000", "666": "666", "9xx": str(rng.randint(900, 999))}.get(
        kind, f"{area:03d}"
    )
    text_group = "00" if kind == "group" else f"{group:02d}"
    text_serial = "0000" if kind == "serial" else f"{serial:04d}"
    return f"{text_area}-{text_group}-{text_serial}", None


def bad_iban(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """An IBAN shape whose check digits are wrong."""
    country = rng.choice(("DE", "FR", "NL", "GB", "ES", "IT", "PL", "AT"))
    bban = _bban(rng, country)
    right = int(iban_check(country, bban))
    wrong = (right + rng.randint(1, 90)) % 97 + 2
    wrong = wrong if wrong != right else (right + 1) % 97 + 2
    compact = f"{country}{wrong:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), None


def masked(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return rng.choice(
        (f"**** **** **** {_d(rng, 4)}", f"XXXX-XXXX-XXXX-{_d(rng, 4)}", f"ending in {_d(rng, 4)}")
    ), None


FILLERS = {
    "brand": brand,
    "firm": _pick(FIRMS),
    "product": _pick(PRODUCTS),
    "place": _pick(PLACES),
    "road": _pick(STREETS_NO_NUMBER),
    "title": _pick(TITLES),
    "eponym": _pick(EPONYMS),
    "dish": _pick(DISHES),
    "day": _pick(DAYS),
    "user": _pick(USERNAMES),
    "band": _pick(BANDS),
    "worduse": _pick(WORD_USES),
    "waybill": waybill,
    "order": order,
    "ticket": ticket,
    "ipver": ipver,
    "version": version,
    "stamp": stamp,
    "hexid": hexid,
    "coords": coords,
    "mac": mac,
    "oid": oid,
    "isbn": isbn,
    "sku": sku,
    "zip": zip_code,
    "amount": amount,
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "masked": masked,
}
