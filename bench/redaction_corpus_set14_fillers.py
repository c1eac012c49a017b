"""Set 14's fillers that are not PII: numbers in context and name-shaped look-alikes.

Each filler takes the seeded ``random.Random`` and returns text. Some are PII-shaped on purpose
(waybills shaped like phones, four-part versions shaped like IPv4, Luhn-failing cards,
never-issued SSNs, IBANs with wrong check digits); the context or the checksum says they are
not personal data.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Callable

from bench import redaction_corpus_set14_pools as pools
from bench.redaction_corpus_set14_values import draw_card_digits, draw_iban, group_card, iban_ok


def shape(rng: random.Random, template: str) -> str:
    """# digit, % digit 2-9, & capital letter, ~ lower-case hex digit; the rest as is."""
    alphabet = {
        "#": "0123456789",
        "%": "23456789",
        "&": "ABCDEFGHJKLMNPRSTUVWXYZ",
        "~": "0123456789abcdef",
    }
    return "".join(rng.choice(alphabet[c]) if c in alphabet else c for c in template)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ts(rng: random.Random) -> str:
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def _clf(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 28):02d}/{rng.choice(MONTHS)}/2025:{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


def _date(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/2025",
            f"2025-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1]} {d}, 2025",
            f"{d}.{m}.2026",
        )
    )


def _ver4(rng: random.Random) -> str:
    if rng.random() < 0.5:  # a valid IPv4 shape
        return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(1, 60)}"
    return rng.choice(
        (
            f"10.0.{rng.randint(17000, 26100)}.{rng.randint(100, 4999)}",
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(300, 999)}.{rng.randint(1, 9)}",
        )
    )


def _kver(rng: random.Random) -> str:
    return rng.choice(
        (
            f"4.18.0-{rng.randint(80, 553)}.el8.x86_64",
            f"5.15.0-{rng.randint(40, 130)}-generic",
            f"6.1.0-{rng.randint(9, 28)}-amd64",
            f"3.10.0-1160.{rng.randint(11, 119)}.1.el7",
            f"6.8.0-{rng.randint(20, 60)}-generic",
        )
    )


def _isbn(rng: random.Random) -> str:
    body = "978" + shape(rng, "#########")
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    whole = body + str(check)
    return rng.choice((whole, f"{whole[:3]}-{whole[3]}-{whole[4:8]}-{whole[8:12]}-{whole[12]}"))


def _bad_card(rng: random.Random) -> str:
    digits = draw_card_digits(rng)
    digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return group_card(digits, rng.choice((" ", "-", "")))


def _bad_ssn(rng: random.Random) -> str:
    return shape(
        rng,
        rng.choice(
            (
                "000-##-####",
                "666-##-####",
                "9##-##-####",
                "%##-00-####",
                "NDD-DD-0000",
                "9DD DD DDDD",
            )
        ),
    )


def _bad_iban(rng: random.Random) -> str:
    good = draw_iban(rng, compact=True)
    check = (int(good[2:4]) + rng.randint(1, 96)) % 100
    bad = f"{good[:2]}{check:02d}{good[4:]}"
    if iban_ok(bad):  # cannot happen for a one-place change of the check digits, but be sure
        return _bad_iban(rng)
    return bad if rng.random() < 0.5 else " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))


def _coord(rng: random.Random) -> str:
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    return rng.choice((f"{lat:.5f}, {lon:.5f}", f"{lat:.4f},{lon:.4f}"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _pick(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


def _shapes(*templates: str) -> Callable[[random.Random], str]:
    return lambda rng: shape(rng, rng.choice(templates))


FILLERS: dict[str, Callable[[random.Random], str]] = {
    # numbers in context
    "order": _shapes(
        "###-#######-#######", "ORD-2025-######", "A&#######", "##########", "W-####-####"
    ),
    "waybill": _shapes(
        "%##-%##-####",
        "0### ### ####",
        "#### ### ####",
        "(0##) #### ####",
        "1Z &&# ### ## #### ### #",
        "###-########",
    ),
    "inv": _shapes("INV-2025-#####", "FV/2025/0#/###", "####-######", "RE-######"),
    "ticket": _shapes("No. ######", "CS-#######", "INC00#####", "SR-####-###"),
    "ver4": _ver4,
    "kver": _kver,
    "build": _shapes("2025####.#", "b4###", "22631.####", "1.##.####", "%###.##"),
    "epoch": _shapes("17########", "17###########"),
    "ts": _ts,
    "clf": _clf,
    "date": _date,
    "sha": _shapes("~" * 40),
    "sha7": _shapes("~~~~~~~", "~~~~~~~~"),
    "uuid": lambda rng: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "coord": _coord,
    "lat": lambda rng: f"{rng.uniform(-60, 70):.5f}",
    "lon": lambda rng: f"{rng.uniform(-170, 170):.5f}",
    "mac": lambda rng: rng.choice((":", "-")).join(shape(rng, "~~") for _ in range(6)),
    "oid": _shapes("1.3.6.1.4.1.####.#.#.#", "1.3.6.1.2.1.2.2.1.##.#", "2.16.840.1.######.1.#"),
    "isbn": _isbn,
    "sku": _shapes("SKU-#####-&&&", "&&-####/&", "&&&-####-&&", "#####-&&"),
    "serial": _shapes("SN &&#########", "&&##&&#####"),
    "amount": _shapes("€1,###.00", "$##.50", "£##.99", "#.###,00 €", "CHF ##.90", "$###"),
    "zip": _shapes("%####"),
    "badcc": _bad_card,
    "badssn": _bad_ssn,
    "badiban": _bad_iban,
    "n2": lambda rng: str(rng.randint(2, 99)),
    "n3": lambda rng: str(rng.randint(100, 999)),
    "n5": lambda rng: str(rng.randint(10000, 99999)),
    "port": lambda rng: str(
        rng.choice((22, 443, 8080, 8443, 3389, 5432, rng.randint(1024, 65000)))
    ),
    "pid": lambda rng: str(rng.randint(300, 48000)),
    "ms": lambda rng: str(rng.randint(3, 2400)),
    "bytes": lambda rng: str(rng.randint(120, 98000)),
    "status": _pick(("200", "200", "301", "302", "304", "401", "403", "404", "500")),
    "hhmm": lambda rng: f"{rng.randint(7, 21)}:{rng.choice(('00', '15', '30', '45'))}",
    "day": _pick(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    "year": lambda rng: str(rng.randint(1837, 1999)),
    "dur": _shapes("#h ##m", "##m ##s", "PT##M##S"),
    "exp": lambda rng: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
    "path": _pick(
        (
            "/api/v1/orders",
            "/login",
            "/static/app.js",
            "/account/settings",
            "/cart/checkout",
            "/healthz",
            "/wp-login.php",
            "/api/v2/users/me",
        )
    ),
    "method": _pick(("GET", "POST", "PUT")),
    "ua": _pick(
        (
            "Mozilla/5.0 (X11; Linux x86_64)",
            "curl/8.4.0",
            "okhttp/4.12.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
        )
    ),
    "iface": _pick(("eth0", "ens3", "wlan0", "bond0")),
    "city": _pick(("Tucson", "Leeds", "Lyon", "Osaka", "Porto", "Graz", "Utrecht", "Pune")),
    "rel": _pick(("sister", "brother", "partner", "neighbour", "father", "aunt")),
    "jobtitle": _pick(
        (
            "Senior Buyer",
            "Facilities Manager",
            "Account Executive",
            "Head of Logistics",
            "Paralegal",
            "Site Reliability Engineer",
        )
    ),
    "company": _pick(
        (
            "Larchmere Logistics",
            "Bluefen Studio",
            "Quarrystone Ltd",
            "Tidepool Analytics",
            "Kestrel Works GmbH",
            "Oakhollow Legal LLP",
        )
    ),
    "bic": _pick(("COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "RABONL2U", "AIBKIE2D", "NWBKGB2L")),
    "product": _pick(
        (
            "headphones",
            "kettle",
            "desk lamp",
            "backpack",
            "air fryer",
            "monitor",
            "office chair",
            "blender",
        )
    ),
    "cur": _pick(("EUR", "USD", "GBP", "CHF")),
    # names that are not people
    "brand": _pick(pools.BRANDS),
    "firm": _pick(pools.FIRMS),
    "firm_slug": lambda rng: _slug(rng.choice(pools.FIRMS)),
    "place": _pick(pools.PLACES),
    "holiday": _pick(pools.HOLIDAYS),
    "work": _pick(pools.WORKS),
    "dish": _pick(pools.DISHES),
    "dish_slug": lambda rng: _slug(rng.choice(pools.DISHES)),
    "user": _pick(pools.USERNAMES),
    "bstreet": _pick(pools.BARE_STREETS),
    "device": _pick(pools.DEVICES),
    "color": _pick(pools.COLORS),
}
