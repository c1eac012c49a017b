"""Set 16's look-alike fillers: values shaped like PII (or like names) that are not PII here.

Checksum-failing cards and IBANs, never-issued SSNs, waybills shaped like phone numbers,
IP-shaped versions, hashes, ids; and the name-like pools (brands, works, dishes ...).
"""

from __future__ import annotations

import random
import uuid

from bench.redaction_corpus_set16_pools import (
    BRANDS,
    DISHES,
    FAMOUS_STREETS,
    FIRMS,
    HOLIDAYS,
    PLACES,
    PRODUCTS,
    USERNAMES,
    WORD_NAME_PHRASES,
    WORKS,
)
from bench.redaction_corpus_set16_values import _n, iban, luhn_complete, pattern

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "April", "June", "August", "September", "October", "November")


def order(rng: random.Random) -> str:
    return rng.choice(
        (
            pattern(rng, "1##-#######-#######"),
            f"ORD-{rng.randint(2019, 2025)}-{_n(rng, 6)}",
            f"#{rng.choice('WSRK')}{_n(rng, 7)}",
            f"SO-{_n(rng, 5)}",
        )
    )


def waybill(rng: random.Random) -> str:
    """Shaped like a phone number of some country."""
    return pattern(
        rng, rng.choice(("(0##) #### ####", "N##-N##-####", "0### ### ####", "## #### ####"))
    )


def tracking(rng: random.Random) -> str:
    alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
    return rng.choice(
        (
            "1Z" + "".join(rng.choice(alnum) for _ in range(6)) + _n(rng, 10),
            "JD01" + _n(rng, 16),
            f"{rng.choice(('LX', 'RR', 'CP'))}{_n(rng, 9)}{rng.choice(('DE', 'FR', 'GB', 'NL'))}",
            f"{_n(rng, 4)} {_n(rng, 4)} {_n(rng, 4)}",
        )
    )


def invoice(rng: random.Random) -> str:
    return rng.choice(
        (f"INV-{rng.randint(2020, 2025)}-{_n(rng, 5)}", f"{rng.randint(2020, 2025)}/{_n(rng, 4)}")
    )


def ver4(rng: random.Random) -> str:
    """A four-part version, often a valid IPv4 shape (``10.2.0.1``)."""
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(1, 250)}"


def kernel(rng: random.Random) -> str:
    return rng.choice(
        (
            f"4.18.0-{rng.randint(80, 553)}.el8.x86_64",
            f"5.{rng.randint(4, 19)}.0-{rng.randint(20, 120)}-generic",
            f"6.{rng.randint(1, 9)}.{rng.randint(1, 30)}-arch1-1",
        )
    )


def build(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(19041, 26100)}.{rng.randint(100, 4800)}", f"b{_n(rng, 5)}"))


def ts(rng: random.Random) -> str:
    return (
        f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def epoch(rng: random.Random) -> str:
    seconds = rng.randint(1_600_000_000, 1_760_000_000)
    return str(seconds) if rng.random() < 0.5 else f"{seconds}{_n(rng, 3)}"


def sha(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return digits[: rng.choice((7, 12, 40))]


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def coord(rng: random.Random) -> str:
    return f"{rng.uniform(-60, 65):.5f}, {rng.uniform(-170, 170):.5f}"


def mac(rng: random.Random) -> str:
    sep = rng.choice((":", "-"))
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def oid(rng: random.Random) -> str:
    return f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}"


def isbn(rng: random.Random) -> str:
    body = "978" + _n(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def sku(rng: random.Random) -> str:
    letters = "ABCDEFGHKLMNPRSTVXZ"
    variant = rng.choice(("BLK", "WHT", "S", "XL", "B"))
    return f"{rng.choice(letters)}{rng.choice(letters)}-{_n(rng, 4)}-{variant}"


def amount(rng: random.Random) -> str:
    value = rng.randint(3, 2400) + rng.choice((0, 0.5, 0.99, 0.49))
    return rng.choice((f"${value:,.2f}", f"€{value:.2f}".replace(".", ","), f"£{value:.2f}"))


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m % 8]} {y}"))


def zipcode(rng: random.Random) -> str:
    return _n(rng, 5)


def bad_card(rng: random.Random) -> str:
    """Sixteen digits with a card prefix that fail the Luhn check."""
    body = rng.choice(("4", "5", "6011")) + ""
    body += _n(rng, 15 - len(body))
    good = luhn_complete(body)
    number = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    sep = rng.choice((" ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def bad_ssn(rng: random.Random) -> str:
    """Shaped like an SSN but never issued (area 000, 666 or 9xx, group 00, serial 0000)."""
    area, group, serial = f"{rng.randint(1, 899):03d}", f"{rng.randint(1, 99):02d}", _n(rng, 4)
    kind = rng.randrange(5)
    if kind == 0:
        area = "000"
    elif kind == 1:
        area = "666"
    elif kind == 2:
        area = f"9{_n(rng, 2)}"
    elif kind == 3:
        group = "00"
    else:
        serial = "0000"
    if serial == "0000" and kind != 4:
        serial = "0417"
    return f"{area}-{group}-{serial}"


def bad_iban(rng: random.Random) -> str:
    """A real IBAN layout whose check digits are wrong."""
    good = iban(rng, grouped=False)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 90)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 3) % 97 + 2:02d}"
    compact = good[:2] + wrong + good[4:]
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def masked(rng: random.Random) -> str:
    return rng.choice((f"**** **** **** {_n(rng, 4)}", f"XXXX-XXXX-XXXX-{_n(rng, 4)}"))


def duration(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 59)}m{rng.randint(0, 59)}s", f"PT{rng.randint(1, 50)}M"))


def serial(rng: random.Random) -> str:
    return f"SN-{_n(rng, 2)}{rng.choice('ABCDEFGHKLMNPRSTXZ')}{_n(rng, 7)}"


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(('CS', 'SUP', 'HD', 'INC'))}-{_n(rng, 6)}"


def rma(rng: random.Random) -> str:
    return f"RMA{_n(rng, 8)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22)}:{rng.choice(('05', '15', '30', '45', '50'))}"


def clf(rng: random.Random) -> str:
    month = rng.choice(("Jan", "Mar", "Apr", "Jun", "Aug", "Oct", "Nov"))
    return (
        f"{rng.randint(1, 28):02d}/{month}/{rng.randint(2023, 2025)}:"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


# Slot name -> maker, for the look-alike and context slots of the templates.
FILLERS = {
    "order": order, "waybill": waybill, "tracking": tracking, "invoice": invoice,
    "ver4": ver4, "kernel": kernel, "build": build, "ts": ts, "epoch": epoch, "sha": sha,
    "uuid": uid, "coord": coord, "mac": mac, "oid": oid, "isbn": isbn, "sku": sku,
    "amount": amount, "date": date, "zip": zipcode, "badcard": bad_card, "badssn": bad_ssn,
    "badiban": bad_iban, "masked": masked, "duration": duration, "serial": serial,
    "ticket": ticket, "rma": rma, "time": clock, "clf": clf,
    "n": lambda rng: str(rng.randint(2, 48)),
    "n4": lambda rng: _n(rng, 4),
    "pid": lambda rng: str(rng.randint(300, 65000)),
    "port": lambda rng: str(rng.randint(1025, 65000)),
    "pct": lambda rng: f"{rng.uniform(0.2, 9.9):.2f}%",
    "weekday": lambda rng: rng.choice(WEEKDAYS),
    "month": lambda rng: rng.choice(MONTHS),
    "brand": lambda rng: rng.choice(BRANDS),
    "firm": lambda rng: rng.choice(FIRMS),
    "place": lambda rng: rng.choice(PLACES),
    "holiday": lambda rng: rng.choice(HOLIDAYS),
    "work": lambda rng: rng.choice(WORKS),
    "dish": lambda rng: rng.choice(DISHES),
    "fstreet": lambda rng: rng.choice(FAMOUS_STREETS),
    "user": lambda rng: rng.choice(USERNAMES),
    "product": lambda rng: rng.choice(PRODUCTS),
    "wphrase": lambda rng: rng.choice(WORD_NAME_PHRASES),
}  # fmt: skip
