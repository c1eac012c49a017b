"""Set 29's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``; every gold value is valid (Luhn, mod 97, an
address ``ipaddress`` parses, an SSN that could be issued) and every look-alike is not.
"""

from __future__ import annotations

import ipaddress
import random
import string

from bench.redaction_corpus_digits import (
    digits as _d,
)
from bench.redaction_corpus_digits import (
    grouped as _group,
)
from bench.redaction_corpus_digits import (
    hex_digits as _hex,
)
from bench.redaction_corpus_digits import (
    iban_check_digits as _check_digits,
)
from bench.redaction_corpus_digits import (
    luhn_digit as _luhn_digit,
)
from bench.redaction_corpus_digits import (
    nonzero_digits as _nz,
)


# ---------------------------------------------------------------- phones
def _phone_us(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(2, 9)}{_d(rng, 2)}", f"{rng.randint(2, 9)}{_d(rng, 2)}", _d(rng, 4)
    return rng.choice(
        (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"+1-{a}-{b}-{c}",
            f"1-{a}-{b}-{c}",
            f"+1{a}{b}{c}",
            f"+1 ({a}) {b}-{c}",
        )
    )


def _phone_intl(rng: random.Random) -> str:
    kind = rng.randrange(16)
    d = _d
    if kind == 0:
        return rng.choice(
            (
                f"+44 7{d(rng, 3)} {d(rng, 6)}",
                f"07{d(rng, 3)} {d(rng, 6)}",
                f"+44 (0)20 {d(rng, 4)} {d(rng, 4)}",
                f"0161 {d(rng, 3)} {d(rng, 4)}",
            )
        )
    if kind == 1:
        return rng.choice(
            (
                f"+49 30 {d(rng, 7)}",
                f"+49 (0)89 {d(rng, 4)} {d(rng, 3)}",
                f"0151 {d(rng, 8)}",
                f"0711/{d(rng, 6)}",
                f"+49 172 {d(rng, 7)}",
            )
        )
    if kind == 2:
        p = [d(rng, 2) for _ in range(4)]
        return rng.choice(
            (
                f"+33 6 {' '.join(p)}",
                f"06 {' '.join(p)}",
                f"01.{'.'.join(p)}",
                f"+33 (0)4 {' '.join(p)}",
            )
        )
    if kind == 3:
        return rng.choice(
            (
                f"+39 02 {d(rng, 4)} {d(rng, 4)}",
                f"347 {d(rng, 3)} {d(rng, 4)}",
                f"+39 3{d(rng, 2)} {d(rng, 7)}",
            )
        )
    if kind == 4:
        return rng.choice(
            (
                f"+34 6{d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
                f"91 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
                f"0034 6{d(rng, 8)}",
            )
        )
    if kind == 5:
        return rng.choice((f"+31 6 {d(rng, 8)}", f"020-{d(rng, 7)}", f"+31 (0)30 {d(rng, 7)}"))
    if kind == 6:
        return rng.choice(
            (
                f"+91 9{d(rng, 4)} {d(rng, 5)}",
                f"+91-22-{d(rng, 4)}-{d(rng, 4)}",
                f"09{d(rng, 4)} {d(rng, 5)}",
            )
        )
    if kind == 7:
        return rng.choice(
            (
                f"+61 4{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
                f"(02) 9{d(rng, 3)} {d(rng, 4)}",
                f"04{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
            )
        )
    if kind == 8:
        return rng.choice(
            (
                f"+55 11 9{d(rng, 4)}-{d(rng, 4)}",
                f"(21) 9{d(rng, 4)}-{d(rng, 4)}",
                f"+55 (41) 3{d(rng, 3)}-{d(rng, 4)}",
            )
        )
    if kind == 9:
        return rng.choice(
            (
                f"+52 55 {d(rng, 4)} {d(rng, 4)}",
                f"+52 1 33 {d(rng, 4)} {d(rng, 4)}",
                f"(81) {d(rng, 4)}-{d(rng, 4)}",
            )
        )
    if kind == 10:
        return rng.choice(
            (
                f"+81 3-{d(rng, 4)}-{d(rng, 4)}",
                f"090-{d(rng, 4)}-{d(rng, 4)}",
                f"+81 90 {d(rng, 4)} {d(rng, 4)}",
            )
        )
    if kind == 11:
        return rng.choice(
            (
                f"+234 803 {d(rng, 3)} {d(rng, 4)}",
                f"0805 {d(rng, 3)} {d(rng, 4)}",
                f"+2348{d(rng, 9)}",
            )
        )
    if kind == 12:
        return rng.choice((f"+63 917 {d(rng, 3)} {d(rng, 4)}", f"0918 {d(rng, 3)} {d(rng, 4)}"))
    if kind == 13:
        return rng.choice(
            (
                f"+48 5{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
                f"+48 22 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
            )
        )
    if kind == 14:
        return rng.choice(
            (
                f"+353 87 {d(rng, 3)} {d(rng, 4)}",
                f"087 {d(rng, 3)} {d(rng, 4)}",
                f"+353 (0)1 {d(rng, 3)} {d(rng, 4)}",
            )
        )
    return rng.choice(
        (
            f"+27 82 {d(rng, 3)} {d(rng, 4)}",
            f"021 {d(rng, 3)} {d(rng, 4)}",
            f"+47 {d(rng, 3)} {d(rng, 2)} {d(rng, 3)}",
            f"+46 70 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        )
    )


def phone(rng: random.Random, kind: str = "") -> str:
    """A phone number; ``kind`` "us", "intl", "ext" (with an extension) or any."""
    us = kind == "us" or (not kind and rng.random() < 0.4)
    number = _phone_us(rng) if us else _phone_intl(rng)
    if kind == "ext":
        number += rng.choice(
            (
                f" ext. {_nz(rng, 3)}",
                f" x{_nz(rng, 2)}",
                f" ext {_nz(rng, 4)}",
                f" Ext. {_nz(rng, 2)}",
            )
        )
    return number


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if sep is None:
        sep = rng.choice(("-", "-", "-", " ", "."))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    area = rng.choice(("000", "666", f"9{_d(rng, 2)}"))
    return f"{area}-{rng.randint(10, 99)}-{_nz(rng, 4)}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, rng.randint(11, 99), rng.randint(100, 223)))
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if first == 127:
        first = 128
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address written compressed, full, zero-stripped, upper case, with an IPv4 tail
    or a zone id (``form`` picks one; empty: any but the zone id)."""
    form = form or rng.choice(("comp", "comp", "comp", "full", "strip", "upper", "v4"))
    prefix = rng.choice(
        (
            "2001:db8",
            "2a02:8108",
            "2600:1f18",
            "2406:da00",
            "2804:14c",
            "2a01:4f8",
            "2c0f:f248",
            "2001:67c",
        )
    )
    groups = prefix.split(":") + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(6 - len(prefix.split(":")))
    ]
    groups += (
        ["0", f"{rng.randint(1, 0xFFFF):x}"]
        if rng.random() < 0.6
        else [f"{rng.randint(1, 0xFFFF):x}", f"{rng.randint(1, 0xFFFF):x}"]
    )
    address = ipaddress.IPv6Address(":".join(groups))
    if form == "comp":
        return address.compressed
    if form == "full":
        return address.exploded
    if form == "strip":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    if form == "v4":
        v4 = ".".join(
            str(rng.randint(lo, hi)) for lo, hi in ((11, 203), (0, 255), (0, 255), (1, 254))
        )
        return rng.choice(
            (f"::ffff:{v4}", f"64:ff9b::{v4}", f"2001:db8:{rng.randint(1, 0xFFF):x}::{v4}")
        )
    a, b, c, d = (rng.randint(1, top) for top in (0xFFFF, 0xFF, 0xFF, 0xFFFF))
    link = f"fe80::{a:x}:{b:x}ff:fe{c:x}:{d:x}"
    return link + rng.choice(("%eth0", "%en0", "%wlan0", "%3", "%enp3s0", "%bond0"))


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.4 else ip4(rng)


# ---------------------------------------------------------------- cards
def _card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    brand = rng.randrange(7)
    if brand == 0:
        prefix, length, groups = "4" + _d(rng, 5), 16, (4, 4, 4, 4)
    elif brand == 1:
        prefix, length, groups = f"5{rng.randint(1, 5)}" + _d(rng, 4), 16, (4, 4, 4, 4)
    elif brand == 2:
        prefix, length, groups = str(rng.randint(2221, 2720)) + _d(rng, 2), 16, (4, 4, 4, 4)
    elif brand == 3:
        prefix, length, groups = rng.choice(("34", "37")) + _d(rng, 4), 15, (4, 6, 5)
    elif brand == 4:
        prefix, length, groups = "6011" + _d(rng, 2), 16, (4, 4, 4, 4)
    elif brand == 5:
        prefix, length, groups = str(rng.randint(3528, 3589)) + _d(rng, 2), 16, (4, 4, 4, 4)
    else:
        prefix, length, groups = "36" + _d(rng, 4), 14, (4, 6, 4)
    body = prefix + _d(rng, length - len(prefix) - 1)
    return body + _luhn_digit(body), groups


def card(rng: random.Random) -> str:
    digits, groups = _card_digits(rng)
    return _group(digits, groups, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    digits, groups = _card_digits(rng)
    wrong = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return _group(digits[:-1] + wrong, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
# country -> BBAN pattern: n digits, a upper letters, c alphanumerics (ISO 13616 registry).
IBAN_FORMATS = {
    "DE": "18n",
    "GB": "4a14n",
    "NL": "4a10n",
    "IT": "1a10n12c",
    "CH": "5n12c",
    "AT": "16n",
    "IE": "4a14n",
    "PL": "24n",
    "PT": "21n",
    "DK": "14n",
    "FI": "14n",
    "LU": "3n13c",
    "BE": "12n",
    "FR": "10n11n2n",
    "ES": "20n",
    "SE": "20n",
}


def _bban(rng: random.Random, pattern: str) -> str:
    out, num = [], ""
    for ch in pattern:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        pool = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits + string.ascii_uppercase,
        }[ch]
        out.append("".join(rng.choice(pool) for _ in range(n)))
    return "".join(out)


def _compact_iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[country])
    if country == "BE":  # national check: the last two digits are the first ten mod 97
        check = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{check:02d}"
    return country + _check_digits(country, bban) + bban


def _four(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban(rng: random.Random) -> str:
    compact = _compact_iban(rng)
    return _four(compact) if rng.random() < 0.45 else compact


def bad_iban(rng: random.Random) -> str:
    compact = _compact_iban(rng)
    wrong = f"{(int(compact[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == compact[2:4]:
        wrong = f"{(int(wrong) + 1) % 97 + 2:02d}"
    compact = compact[:2] + wrong + compact[4:]
    return _four(compact) if rng.random() < 0.5 else compact


# ---------------------------------------------------------------- number-like look-alikes


def _ver4(rng: random.Random) -> str:
    return f"{rng.randint(1, 24)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 999)}"


NUMBER_FILLERS = {
    "waybill": lambda r: rng_pick(
        r,
        (
            f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"({_d(r, 3)}) {_d(r, 3)}-{_d(r, 4)}",
        ),
    ),
    "tracking": lambda r: rng_pick(
        r,
        (
            f"1Z{_hex(r, 6).upper()}{_d(r, 10)}",
            f"JD0{_d(r, 17)}",
            f"RR{_d(r, 9)}GB",
            f"{_d(r, 12)}",
        ),
    ),
    "order": lambda r: rng_pick(
        r,
        (
            f"#{_nz(r, 7)}",
            f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            f"SO-{_nz(r, 6)}",
            f"ORD{_nz(r, 9)}",
        ),
    ),
    "invoice": lambda r: rng_pick(
        r,
        (
            f"INV-{r.randint(2019, 2026)}-{_d(r, 5)}",
            f"{_nz(r, 6)}/{r.randint(20, 26)}",
            f"RE{_nz(r, 8)}",
        ),
    ),
    "ver4": _ver4,
    "kernel": lambda r: (
        f"{r.randint(3, 6)}.{r.randint(0, 19)}.{r.randint(0, 99)}-{r.randint(100, 600)}"
        f".el{r.randint(7, 9)}.x86_64"
    ),
    "build": lambda r: rng_pick(
        r,
        (
            f"10.0.{r.randint(17000, 26100)}.{r.randint(1, 3999)}",
            f"b{_nz(r, 5)}",
            f"v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}+{_hex(r, 7)}",
        ),
    ),
    "epoch": lambda r: rng_pick(
        r, (str(r.randint(1500000000, 1790000000)), str(r.randint(1500000000000, 1790000000000)))
    ),
    "sha": lambda r: rng_pick(r, (_hex(r, 40), _hex(r, 7), _hex(r, 12))),
    "uuid": lambda r: (
        f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    ),
    "coord": lambda r: f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}",
    "mac": lambda r: rng_pick(
        r, (":".join(_hex(r, 2) for _ in range(6)), "-".join(_hex(r, 2).upper() for _ in range(6)))
    ),
    "oid": lambda r: f"1.3.6.1.4.1.{_nz(r, 5)}.{r.randint(1, 9)}.{r.randint(1, 30)}",
    "isbn": lambda r: f"978-{r.randint(0, 9)}-{_d(r, 3)}-{_d(r, 5)}-{r.randint(0, 9)}",
    "sku": lambda r: (
        f"{r.choice(('SKU', 'ART', 'REF'))}-{_d(r, 4)}-{r.choice(string.ascii_uppercase)}{_d(r, 2)}"
    ),
    "amount": lambda r: rng_pick(
        r,
        (
            f"${r.randint(5, 4999)}.{_d(r, 2)}",
            f"€{r.randint(2, 999)},{_d(r, 2)}",
            f"£{r.randint(1, 9)},{_d(r, 3)}.{_d(r, 2)}",
        ),
    ),
    "date": lambda r: rng_pick(
        r,
        (
            f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2019, 2026)}",
            f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(19, 26)}",
        ),
    ),
    "zip": lambda r: _nz(r, 5),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "ticketid": lambda r: f"{r.choice(('INC', 'REQ', 'CS', 'SR'))}{_nz(r, 7)}",
    "port": lambda r: str(r.randint(1024, 65000)),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
}


def rng_pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)
