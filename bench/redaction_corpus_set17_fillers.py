"""Set 17's fillers that are not personal data: number-shaped look-alikes (order ids, waybills
shaped like phones, versions shaped like IPs, hashes, never-issued SSNs, bad cards and IBANs...)
and name-shaped ones drawn from the look-alike pools (see ``data/pii/README.md``, "set17")."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

from bench import redaction_corpus_set17_pools as pools
from bench.redaction_corpus_set17_values import bad_card, bad_iban, pattern


def _isbn13(rng: random.Random) -> str:
    body = rng.choice(("978", "979")) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def _bad_ssn(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    area = (
        "000",
        "666",
        f"9{rng.randint(0, 99):02d}",
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 665):03d}",
    )[kind]
    group = "00" if kind == 3 else f"{rng.randint(1, 99):02d}"
    serial = "0000" if kind == 4 else f"{rng.randint(1, 9999):04d}"
    return f"{area}-{group}-{serial}"


def _version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1, 250)}"


def _coords(rng: random.Random) -> str:
    lat = rng.uniform(-60, 70)
    lon = rng.uniform(-170, 170)
    return f"{lat:.5f}, {lon:.5f}"


def _mac(rng: random.Random) -> str:
    sep = rng.choice((":", "-"))
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sha(rng: random.Random) -> str:
    return f"{rng.getrandbits(160):040x}"[: rng.choice((7, 10, 40))]


NUMERIC: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: pattern(
        r.choice(("###-#######-#######", "ORD-######", "#W########", "SO-####-####", "#########")),
        r,
    ),
    "waybill": lambda r: pattern(
        r.choice(
            ("N##-N##-####", "0### ### ####", "(0##) #### ####", "N## N## ####", "0##-####-####")
        ),
        r,
    ),
    "tracking": lambda r: pattern(
        r.choice(
            (
                "1Z#####A##########",
                "JJD##############",
                "AA#########GB",
                "9400 #### #### #### #### ##",
            )
        ),
        r,
    ),
    "invoice": lambda r: pattern(r.choice(("INV-####-#####", "####/##", "F-#######")), r),
    "ticket": lambda r: pattern(r.choice(("#####", "INC#######", "CS-######", "SR ########")), r),
    "ver4": _version4,
    "ver3": lambda r: f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 40)}",
    "kernel": lambda r: (
        f"{r.choice(('4.18.0', '5.14.0', '6.1.0', '5.15.0'))}-{r.randint(100, 520)}"
        + r.choice((".el8.x86_64", ".el9.x86_64", "-generic", "-amd64", ""))
    ),
    "build": lambda r: pattern(r.choice(("#####", "##.#.#####.####", "b####-#####")), r),
    "ts": lambda r: (
        f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "epoch": lambda r: (
        str(r.randint(1_600_000_000, 1_780_000_000))
        + ("" if r.random() < 0.6 else f"{r.randint(0, 999):03d}")
    ),
    "sha": _sha,
    "uuid": _uuid,
    "coords": _coords,
    "mac": _mac,
    "oid": lambda r: (
        f"1.3.6.1.{r.randint(2, 4)}.1.{r.randint(2, 40000)}.{r.randint(1, 30)}.{r.randint(1, 9)}"
    ),
    "isbn": _isbn13,
    "sku": lambda r: pattern(r.choice(("AA-####-AA", "SKU ########", "AAA-###-##")), r),
    "amount": lambda r: (
        r.choice(("$", "€", "£", "")) + f"{r.randint(3, 4800)}.{r.randint(0, 99):02d}"
    ),
    "date": lambda r: r.choice(
        (
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025",
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        )
    ),
    "zip": lambda r: pattern(r.choice(("#####", "#####-####", "## ###")), r),
    "badcard": bad_card,
    "badssn": _bad_ssn,
    "badiban": bad_iban,
    "port": lambda r: str(r.choice((22, 443, 8080, 8443, 5432, 6379, 3000, 9090))),
    "num": lambda r: str(r.randint(2, 60)),
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "pid": lambda r: str(r.randint(300, 65000)),
    "ms": lambda r: str(r.randint(3, 2400)),
    "bytes": lambda r: str(r.randint(120, 98000)),
    "hhmm": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "clf": lambda r: (
        f"{r.randint(1, 28):02d}/{r.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Nov'))}/2025:"
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
    ),
    "masked": lambda r: (
        r.choice(("**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ")) + pattern("####", r)
    ),
}

NAMED: dict[str, tuple[str, ...]] = {
    "brand": pools.BRANDS,
    "firm": pools.FIRMS,
    "place": pools.PLACES,
    "holiday": pools.HOLIDAYS,
    "work": pools.WORKS,
    "dish": pools.DISHES,
    "bare_street": pools.BARE_STREETS,
    "user": pools.USERNAMES,
    "wordphrase": pools.WORD_NAME_PHRASES,
}


def filler(kind: str, rng: random.Random) -> str:
    if kind in NUMERIC:
        return NUMERIC[kind](rng)
    return rng.choice(NAMED[kind])
