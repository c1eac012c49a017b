"""Set 15's non-gold fillers: number-shaped and name-shaped look-alikes and plain context values.

Each filler takes the seeded rng and returns text that is never PII by the gold conventions
(checksum-failing cards and IBANs, never-issued SSNs, phone-shaped waybills, IP-shaped versions,
brands and works named after people, streets without a house number ...).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from bench import redaction_corpus_set15_pools as pools
from bench import redaction_corpus_set15_streets as streets
from bench import redaction_corpus_set15_values as values

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
CARRIERS = ("DHL", "UPS", "FedEx", "Royal Mail", "PostNL", "Canada Post", "La Poste")
WAYBILL_SHAPES = (
    "N##-N##-####",
    "0### ### ####",
    "(0##) ####-####",
    "N## N## ####",
    "0#-####-####",
    "JD0##############",
    "CP#########DE",
)
CITIES = (
    tuple(c[0] for c in streets.US_CITY)
    + tuple(t for t, _ in streets.UK_TOWN)
    + tuple(c for _, c in streets.DE_CITY)
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}"


def _ts(rng: random.Random) -> str:
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def _clf(rng: random.Random) -> str:
    month = rng.choice(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"))
    return (
        f"{rng.randint(1, 28):02d}/{month}/2025:{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


def _price(rng: random.Random) -> str:
    amount = f"{rng.randint(3, 1900)}.{rng.choice(('00', '99', '49', '95'))}"
    return rng.choice((f"${amount}", f"€{amount}", f"£{amount}", f"{amount} EUR"))


def _uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}"


def _lat(rng: random.Random) -> str:
    return f"{rng.uniform(-60, 70):.5f}"


def _lon(rng: random.Random) -> str:
    return f"{rng.uniform(-170, 170):.5f}"


def _mac(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2) for _ in range(6))


def _version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 24)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 400)}"


def _kernel(rng: random.Random) -> str:
    return rng.choice(
        (
            f"4.18.0-{rng.randint(80, 553)}.el8.x86_64",
            f"5.15.0-{rng.randint(20, 130)}-generic",
            f"6.{rng.randint(1, 11)}.{rng.randint(1, 40)}-arch1-1",
        )
    )


def _phrase(rng: random.Random) -> str:
    return rng.choice(pools.WORD_PHRASE)


def _pick(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


def _shape(shape: str) -> Callable[[random.Random], str]:
    return lambda rng: values.pattern(rng, shape)


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "ts": _ts,
    "clf": _clf,
    "pid": lambda rng: str(rng.randint(300, 65000)),
    "port": lambda rng: str(rng.choice((22, 443, 8080, 8443, 3000, rng.randint(1024, 65535)))),
    "n2": lambda rng: str(rng.randint(2, 99)),
    "n3": lambda rng: str(rng.randint(100, 999)),
    "n4": lambda rng: str(rng.randint(1000, 9999)),
    "n6": lambda rng: str(rng.randint(100000, 999999)),
    "ms": lambda rng: str(rng.randint(120, 30000)),
    "price": _price,
    "amount_num": lambda rng: f"{rng.randint(2, 900)}.{rng.randint(0, 99):02d}",
    "date": lambda rng: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
    "dob": lambda rng: (
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2001)}"
    ),
    "time": lambda rng: f"{rng.randint(6, 22)}:{rng.choice(('00', '15', '30', '45'))}",
    "year": lambda rng: str(rng.randint(1998, 2026)),
    "month": _pick(MONTHS),
    "mmyy": lambda rng: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
    "city": _pick(CITIES),
    "title": _pick(pools.TITLES),
    "user": _pick(pools.USER_WORD),
    "order": lambda rng: rng.choice(
        (f"1{_d(rng, 2)}-{_d(rng, 7)}-{_d(rng, 7)}", f"ORD-{_d(rng, 8)}", f"#{_d(rng, 7)}")
    ),
    "waybill": lambda rng: values.pattern(rng, rng.choice(WAYBILL_SHAPES)),
    "waybill_c": lambda rng: (
        values.pattern(rng, "N##N######")
        if rng.random() < 0.5
        else (values.pattern(rng, "0##########"))
    ),
    "ups": lambda rng: f"1Z{rng.choice(('A', 'X', 'V'))}{_d(rng, 2)}E{_d(rng, 2)}{_d(rng, 10)}",
    "invoice": lambda rng: f"INV-{rng.randint(2019, 2025)}-{_d(rng, 5)}",
    "rma": lambda rng: f"RMA-{_d(rng, 6)}",
    "container": lambda rng: f"{rng.choice(('MSKU', 'TGHU', 'CMAU'))}{_d(rng, 7)}",
    "acct": lambda rng: _d(rng, 8),
    "gate": lambda rng: f"{rng.choice('ABCDE')}{rng.randint(1, 60)}",
    "version3": lambda rng: f"{rng.randint(1, 19)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
    "version4": _version4,
    "kernel": _kernel,
    "build": lambda rng: f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 400)}",
    "sha": lambda rng: _hex(rng, 40),
    "sha7": lambda rng: _hex(rng, 7),
    "uuid": _uuid,
    "lat": _lat,
    "lon": _lon,
    "coord": lambda rng: f"{_lat(rng)}, {_lon(rng)}",
    "mac": _mac,
    "oid": lambda rng: (
        f"1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 30)}"
    ),
    "isbn": _isbn,
    "sku": lambda rng: (
        f"{rng.choice(('SKU', 'PN', 'ART'))}-{_d(rng, 4)}-{rng.choice('ABCXYZ')}{_d(rng, 2)}"
    ),
    "serial": lambda rng: f"SN-{_d(rng, 4)}{rng.choice(string.ascii_uppercase)}{_d(rng, 5)}",
    "zip": lambda rng: _d(rng, 5),
    "epoch": lambda rng: (
        str(rng.randint(1_600_000_000, 1_790_000_000)) + rng.choice(("", _d(rng, 3)))
    ),
    "carrier": _pick(CARRIERS),
    "bad_card": values.bad_card,
    "bad_card_c": lambda rng: values.bad_card(rng).replace(" ", "").replace("-", ""),
    "bad_ssn": values.bad_ssn,
    "bad_iban": values.bad_iban,
    "bad_iban_c": lambda rng: values.bad_iban(rng).replace(" ", ""),
    "brand": _pick(pools.BRAND),
    "company": _pick(pools.COMPANY),
    "place": _pick(pools.PLACE),
    "holiday": _pick(pools.HOLIDAY),
    "work": _pick(pools.WORK),
    "song": _pick(pools.SONG),
    "dish": _pick(pools.DISH),
    "fstreet": _pick(pools.FAMOUS_STREET),
    "disease": _pick(pools.DISEASE),
    "product": _pick(pools.PRODUCT),
    "phrase": _phrase,
}
