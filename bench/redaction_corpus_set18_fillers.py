"""Set 18's look-alike fillers: numbers shaped like PII that are not (order ids, waybills,
versions, hashes, checksum-failing cards and IBANs, never-issued SSNs) and the small values
(ports, times, towns) that make the sentences read naturally."""

from __future__ import annotations

import random
import uuid

from bench import redaction_corpus_set18_pools as pools
from bench.redaction_corpus_set18_streets import LOCALITIES, fill
from bench.redaction_corpus_set18_values import bban, digits, group_card, luhn_digit, mod97_check

HEX = "0123456789abcdef"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def _isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def _bad_card(rng: random.Random) -> str:
    body = rng.choice(("4", "5", "4")) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    wrong = str((int(luhn_digit(body)) + rng.randint(1, 9)) % 10)
    return group_card(body + wrong, rng.choice((" ", "-", "")))


def _bad_ssn(rng: random.Random) -> str:
    kind = rng.choice(("000", "666", "9xx", "g00", "s0000"))
    area = {"000": "000", "666": "666", "9xx": f"9{rng.randint(0, 99):02d}"}.get(
        kind, f"{rng.randint(1, 665):03d}"
    )
    group = "00" if kind == "g00" else f"{rng.randint(1, 99):02d}"
    serial = "0000" if kind == "s0000" else f"{rng.randint(1, 9999):04d}"
    return f"{area}-{group}-{serial}"


def _bad_iban(rng: random.Random) -> str:
    country = rng.choice(("DE", "GB", "NL", "FR", "ES", "AT"))
    body = bban(rng, country)
    good = int(mod97_check(country, body))
    wrong = (good + rng.randint(1, 90)) % 97 + 2
    if wrong == good:
        wrong = good + 1 if good < 98 else good - 1
    compact = f"{country}{wrong:02d}{body}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ver4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(1, 250)}"


def town_of(rng: random.Random, country: str) -> str:
    """A town of the country (a Mexican, Brazilian or South African one, not its district)."""
    loc = rng.choice(LOCALITIES[country])
    return loc[1] if country in ("MX", "BR", "ZA") else loc[0]


def _town(rng: random.Random) -> str:
    return town_of(rng, rng.choice(tuple(LOCALITIES)))


def filler(rng: random.Random, name: str) -> str:
    """The value of a look-alike or context slot."""
    r = rng.random()
    if name == "order":
        return digits(
            rng,
            rng.choice(
                ("1##-#######-#######", "ORD-2026-#####", "#W########", "SO-######", "#########")
            ),
        )
    if name == "waybill":
        return digits(
            rng,
            rng.choice(
                ("(0##) #### ####", "N##-N##-####", "0### ### ####", "N## N## ####", "0#-####-####")
            ),
        )
    if name == "tracking":
        if r < 0.35:
            return (
                "1Z" + fill(rng, "???") + digits(rng, "###########")[:3] + digits(rng, "##########")
            )
        if r < 0.6:
            return digits(rng, "JJD00######## ####")
        if r < 0.8:
            return digits(rng, "9400 1### #### #### #### ##")
        return fill(rng, "??") + digits(rng, "#########") + "GB"
    if name == "invoice":
        return digits(rng, rng.choice(("INV-#####", "2026/####", "F-######", "RE-2026-####")))
    if name == "ver4":
        return _ver4(rng)
    if name == "kernel":
        return digits(
            rng,
            rng.choice(
                (
                    "4.18.0-###.el8.x86_64",
                    "5.15.0-##-generic",
                    "6.1.0-##-amd64",
                    "5.14.0-###.el9.x86_64",
                )
            ),
        )
    if name == "build":
        return digits(rng, rng.choice(("2026####.#", "b####", "####", "1.#.####")))
    if name == "ts":
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        return f"2026-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"
    if name == "clf":
        day, month_name = rng.randint(1, 28), rng.choice(MONTHS)
        hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        return f"{day:02d}/{month_name}/2026:{hour:02d}:{minute:02d}:{second:02d} +0000"
    if name == "epoch":
        return digits(rng, rng.choice(("17########", "17###########")))
    if name == "sha":
        return _hex(rng, rng.choice((40, 7, 12)))
    if name == "hex":
        return _hex(rng, 8).upper()
    if name == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if name == "coord":
        return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 150):.5f}"
    if name == "mac":
        return ":".join(_hex(rng, 2) for _ in range(6))
    if name == "oid":
        return f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 30)}"
    if name == "isbn":
        return _isbn13(rng)
    if name in ("sku", "serial"):
        return fill(rng, rng.choice(("??-####-?", "???###?", "SN####?###", "?##-####")))
    if name == "amount":
        return rng.choice(("$", "€", "£")) + f"{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"
    if name == "amount_num":
        return f"{rng.randint(3, 900)}.{rng.randint(0, 99):02d}"
    if name == "date":
        return (
            f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"
            if r < 0.5
            else f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
    if name == "year":
        return str(rng.randint(2009, 2025))
    if name == "zip":
        return digits(rng, rng.choice(("N####", "0####")))
    if name == "badcard":
        return _bad_card(rng)
    if name == "badssn":
        return _bad_ssn(rng)
    if name == "badiban":
        return _bad_iban(rng)
    if name == "last4":
        return digits(rng, "####")
    if name == "masked":
        return digits(
            rng, rng.choice(("**** **** **** ####", "XXXX-XXXX-XXXX-####", "***-**-####"))
        )
    if name == "ticket":
        return digits(rng, rng.choice(("#######", "SR-######", "CS######")))
    if name in ("n", "pin"):
        return str(rng.randint(2, 60)) if name == "n" else digits(rng, "####")
    if name == "port":
        return str(rng.choice((22, 443, 8080, 8443, 3389, rng.randint(1024, 65000))))
    if name == "pid":
        return str(rng.randint(300, 99999))
    if name == "time":
        return f"{rng.randint(6, 21)}:{rng.choice(('00', '15', '30', '45'))}"
    if name == "town":
        return _town(rng)
    if name == "bic":
        return fill(rng, rng.choice(("????DEFF", "????GB2L", "????FRPP", "????NL2A")))
    if name == "exp":
        return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
    if name == "dob":
        return f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    pool = {
        "brand": pools.BRANDS,
        "firm": pools.FIRMS,
        "place": pools.PLACES,
        "holiday": pools.HOLIDAYS,
        "work": pools.WORKS,
        "dish": pools.DISHES,
        "famstreet": pools.FAMOUS_STREETS,
        "uname": pools.USER_NAMES,
    }[name]
    return rng.choice(pool)
