"""Set 20's structured values: phones, SSNs, IPs, cards, IBANs and e-mail addresses (gold),
and the number-shaped fillers of the look-alikes (not PII by context or by checksum)."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fill(rng: random.Random, shape: str) -> str:
    """``#`` is any digit, ``N`` a digit 2-9."""
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("23456789") if c == "N" else c
        for c in shape
    )


PHONE_SHAPES = (
    "(N##) N##-####",
    "N##-N##-####",
    "N##.N##.####",
    "+1 N##-N##-####",
    "1-N##-N##-####",
    "+1 (N##) N##-####",
    "+44 20 N### ####",
    "020 N### ####",
    "07N## ######",
    "+44 (0)7N## ######",
    "0161 N## ####",
    "+49 30 N#######",
    "030 N#######",
    "+49 (0)89 N######",
    "0171 N######",
    "+33 6 ## ## ## ##",
    "06 ## ## ## ##",
    "01.N#.##.##.##",
    "+33 (0)1 N# ## ## ##",
    "+34 6## ### ###",
    "9N# ## ## ##",
    "+39 3## ### ####",
    "06 N### ####",
    "+31 6 N#######",
    "020-N######",
    "+91 9#### #####",
    "+91-80-N#######",
    "+61 4## ### ###",
    "04## ### ###",
    "(02) N### ####",
    "+353 87 N## ####",
    "087 N## ####",
    "+55 11 9####-####",
    "(21) 9####-####",
    "+52 55 N### ####",
    "+86 13# #### ####",
    "010-N#######",
    "+234 803 N## ####",
    "0803 N## ####",
    "+63 917 N## ####",
    "0917-N##-####",
    "+48 N## ### ###",
    "+81 3-N###-####",
    "090-N###-####",
    "+65 N### ####",
    "+27 82 N## ####",
    "021 N## ####",
    "+41 44 N## ## ##",
    "079 N## ## ##",
    "0044 20 N### ####",
    "0049 40 N######",
    "001 N##-N##-####",
)
EXTENSIONS = (" ext. ###", " x##", " ext ####", ", ext. ##", " Ext. ###")


def phone(rng: random.Random, extension: float = 0.1) -> str:
    number = _fill(rng, rng.choice(PHONE_SHAPES))
    if rng.random() < extension:
        number += _fill(rng, rng.choice(EXTENSIONS))
    return number


def phone_e164(rng: random.Random) -> str:
    """A phone without separators, as logs write it."""
    return "+" + "".join(c for c in phone(rng, 0) if c.isdigit()).lstrip("0")


def ssn(rng: random.Random, sep: str | None = None) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if sep is None:
        sep = rng.choice(("-", "-", "-", " ", " ", "."))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    area = rng.choice(("000", "666", f"9{digits(rng, 2)}"))
    return f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def ipv4(rng: random.Random) -> str:
    kind = rng.randint(0, 5)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 3:
        return f"{rng.choice(('198.51.100', '203.0.113', '192.0.2'))}.{rng.randint(1, 254)}"
    first = rng.choice((23, 37, 45, 62, 81, 94, 104, 141, 151, 185, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hex(rng: random.Random) -> str:
    return f"{rng.randint(1, 0xFFFF):x}"


def ipv6(rng: random.Random) -> str:
    """Compressed, full, zero-stripped, upper case, IPv4-tailed, link-local (zone id or not)."""
    kind = rng.randint(0, 8)
    groups = [_hex(rng) for _ in range(8)]
    if kind == 0:
        return f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}"
    if kind == 1:
        return ":".join(f"{int(g, 16):04x}" for g in ["2001", "0db8", *groups[2:]])
    if kind == 2:
        return ":".join(["2a02", groups[1], *groups[2:]])
    if kind == 3:
        return f"2607:F8B0:{groups[0]}::{groups[1]}".upper()
    if kind == 4:
        return f"::ffff:{ipv4(rng)}"
    if kind == 5:
        return f"64:ff9b::{rng.choice(('192.0.2', '198.51.100'))}.{rng.randint(1, 254)}"
    if kind == 6:
        return f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}"
    if kind == 7:
        return f"fe80::{groups[0]}:{groups[1]}%{rng.choice(('eth0', 'en0', 'wlan0', 'ens3'))}"
    return f"fd{digits(rng, 2)}:{groups[0]}:{groups[1]}::{groups[2]}"


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.4 else ipv4(rng)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


CARD_BRANDS = (  # prefix, length, grouping
    ("4", 16, (4, 4, 4, 4)),
    ("4", 13, (4, 4, 5)),
    ("5", 16, (4, 4, 4, 4)),
    ("22", 16, (4, 4, 4, 4)),
    ("34", 15, (4, 6, 5)),
    ("37", 15, (4, 6, 5)),
    ("6011", 16, (4, 4, 4, 4)),
    ("35", 16, (4, 4, 4, 4)),
    ("36", 14, (4, 6, 4)),
    ("62", 16, (4, 4, 4, 4)),
)


def _group(number: str, grouping: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in grouping:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


def card(rng: random.Random) -> str:
    prefix, length, grouping = rng.choice(CARD_BRANDS)
    if prefix == "5":
        prefix = str(rng.randint(51, 55))
    elif prefix == "22":
        prefix = str(rng.randint(2221, 2720))
    elif prefix == "35":
        prefix = str(rng.randint(3528, 3589))
    body = prefix + digits(rng, length - len(prefix) - 1)
    return _group(body + _luhn_digit(body), grouping, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    body = "4" + digits(rng, 14)
    wrong = str((int(_luhn_digit(body)) + rng.randint(1, 9)) % 10)
    return _group(body + wrong, (4, 4, 4, 4), rng.choice((" ", "-", "")))


IBAN_BBAN = {  # country -> BBAN shape (# digit, A capital letter, X either)
    "DE": "##################",
    "FR": "##########XXXXXXXXXXX##",
    "ES": "####################",
    "IT": "A######################",
    "NL": "AAAA##########",
    "GB": "AAAA##############",
    "BE": "############",
    "AT": "################",
    "CH": "#################",
    "PL": "########################",
    "PT": "#####################",
    "IE": "AAAA##############",
    "FI": "##############",
    "LU": "################",
}


def _iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def _bban(rng: random.Random, shape: str) -> str:
    alphabet = {
        "#": "0123456789",
        "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "X": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
    }
    return "".join(rng.choice(alphabet[c]) for c in shape)


def _format_iban(compact: str, grouped: bool) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(sorted(IBAN_BBAN))
    bban = _bban(rng, IBAN_BBAN[country])
    if grouped is None:
        grouped = rng.random() < 0.6
    return _format_iban(country + _iban_check(country, bban) + bban, grouped)


def bad_iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_BBAN))
    bban = _bban(rng, IBAN_BBAN[country])
    right = int(_iban_check(country, bban))
    wrong = (right + rng.randint(1, 90)) % 97
    wrong = wrong if wrong >= 2 else wrong + 2
    if wrong == right:
        wrong = right + 1 if right < 98 else right - 1
    return _format_iban(f"{country}{wrong:02d}{bban}", rng.random() < 0.5)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    )
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-"))


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "gmx.de",
    "web.de",
    "libero.it",
    "orange.fr",
    "hotmail.es",
    "uol.com.br",
    "icloud.com",
    "rediffmail.com",
    "yahoo.com.ph",
    "fastmail.fm",
    "t-online.de",
    "eircom.net",
    "bigpond.com",
)
WORK_MAIL = (
    "quillmark-legal.co.uk",
    "velmora.io",
    "ferrovane.de",
    "corbelhaus.com",
    "lumenbridge.org",
    "mossgate-health.com",
    "starnfield.edu",
    "harrowpine.ca",
)


def email(rng: random.Random, given: str, surname: str) -> str:
    g, s = ascii_fold(given).lower(), ascii_fold(surname.replace(" ", "")).lower().replace("'", "")
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{rng.randint(1, 99)}",
            f"{s}.{g[0]}",
            f"{g}_{s}",
            f"{g}{rng.randint(70, 99)}",
        )
    )
    return f"{local}@{rng.choice(FREE_MAIL + WORK_MAIL)}"


# ---- number-shaped look-alike fillers (never PII here) ----------------------------------------


def _hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: rng_pick(
        r,
        (
            f"ORD-{digits(r, 7)}",
            f"#{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}",
            f"SO{digits(r, 8)}",
            f"PO-{digits(r, 4)}-{digits(r, 3)}",
        ),
    ),
    "waybill": lambda r: rng_pick(
        r,
        (
            _fill(r, "N##-N##-####"),
            _fill(r, "(0##) #### ####"),
            _fill(r, "0### ### ####"),
            f"1Z{_hexs(r, 6).upper()}{digits(r, 10)}",
            f"JD{digits(r, 18)}",
        ),
    ),
    "invoice": lambda r: rng_pick(
        r,
        (
            f"INV-{r.randint(2019, 2026)}-{digits(r, 5)}",
            f"RE{digits(r, 8)}",
            f"F{digits(r, 3)}/{digits(r, 4)}",
        ),
    ),
    "version": lambda r: (
        f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 999)}"
    ),
    "kernel": lambda r: rng_pick(
        r,
        (
            f"4.18.0-{r.randint(80, 553)}.el8.x86_64",
            f"5.15.0-{r.randint(40, 120)}-generic",
            f"6.{r.randint(1, 9)}.{r.randint(1, 40)}-arch1-1",
        ),
    ),
    "build": lambda r: rng_pick(
        r,
        (
            f"build {r.randint(1000, 99999)}",
            f"b{digits(r, 6)}",
            f"{r.randint(20, 26)}H{r.randint(1, 2)}.{digits(r, 5)}",
        ),
    ),
    "epoch": lambda r: rng_pick(
        r,
        (
            str(r.randint(1_500_000_000, 1_800_000_000)),
            str(r.randint(1_500_000_000_000, 1_800_000_000_000)),
        ),
    ),
    "timestamp": lambda r: (
        f"20{r.randint(19, 26)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        f"T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "sha": lambda r: rng_pick(r, (_hexs(r, 40), _hexs(r, 7), _hexs(r, 12))),
    "uuid": lambda r: (
        f"{_hexs(r, 8)}-{_hexs(r, 4)}-4{_hexs(r, 3)}-{r.choice('89ab')}{_hexs(r, 3)}-{_hexs(r, 12)}"
    ),
    "coord": lambda r: f"{r.uniform(-60, 60):.5f}, {r.uniform(-170, 170):.5f}",
    "mac": lambda r: rng_pick(
        r,
        (":".join(_hexs(r, 2) for _ in range(6)), "-".join(_hexs(r, 2).upper() for _ in range(6))),
    ),
    "oid": lambda r: f"1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 9)}.{r.randint(1, 30)}",
    "isbn": lambda r: f"978-{r.randint(0, 1)}-{digits(r, 3)}-{digits(r, 5)}-{r.randint(0, 9)}",
    "sku": lambda r: f"{r.choice(('SKU', 'ART', 'REF'))}-{_hexs(r, 4).upper()}-{digits(r, 4)}",
    "amount": lambda r: rng_pick(
        r,
        (
            f"${r.randint(3, 4999)}.{digits(r, 2)}",
            f"€{r.randint(3, 999)},{digits(r, 2)}",
            f"£{r.randint(3, 999)}.{digits(r, 2)}",
        ),
    ),
    "date": lambda r: rng_pick(
        r,
        (
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(19, 26)}",
            f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(19, 26)}",
        ),
    ),
    "zip": lambda r: rng_pick(r, (digits(r, 5), f"{digits(r, 5)}-{digits(r, 4)}")),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "ipver": lambda r: (
        f"{r.randint(1, 19)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(100, 9999)}"
    ),
    "meeting": lambda r: f"{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}",
    "imei": lambda r: digits(r, 15),
    "ticket": lambda r: f"{r.choice(('INC', 'CS', 'TKT', 'REQ'))}{digits(r, 7)}",
    "serial": lambda r: f"SN{_hexs(r, 10).upper()}",
}


def rng_pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)
