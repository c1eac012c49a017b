# ruff: noqa: RUF001
"""Set 31's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued); every number-like look-alike is
not (wrong check digits, never-issued SSNs, versions, ids, hashes, coordinates).
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable

from bench.redaction_corpus_digits import (
    bban as _bban,
)
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
    in_fours as _fours,
)
from bench.redaction_corpus_digits import (
    luhn_digit as _luhn_digit,
)
from bench.redaction_corpus_digits import (
    nonzero_digits as _nz,
)
from bench.redaction_corpus_digits import (
    pick as _pick,
)
from bench.redaction_corpus_digits import (
    shaped as _shape,
)


# ---------------------------------------------------------------- phones
def _nanp(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(2, 9)}{_d(rng, 2)}", f"{rng.randint(2, 9)}{_d(rng, 2)}", _d(rng, 4)
    return rng.choice(
        (f"({a}){b}-{c}", f"{a}/{b}-{c}", f"{a}-{b}-{c}", f"+1-{a}-{b}-{c}", f"1-{a}-{b}-{c}",
         f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"(+1) {a}-{b}-{c}", f"+1 ({a}) {b}-{c}")
    )  # fmt: skip


# country -> (international forms, national forms); "#" is a digit, "@" a non-zero digit.
PHONE_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "vn": (("+84 9@ ### ## ##", "+84 (0)28 #### ####", "0084 3@ ### ####"),
           ("09@ ### ####", "(028) 3### ####", "09@.###.####")),
    "id": (("+62 81@-####-####", "+62 (22) ###-####", "+62 857 #### ####"),
           ("0812-####-####", "(0274) ######", "0857 #### ####")),
    "my": (("+60 12-### ####", "+60 3-#### ####", "+6011-#### ####"),
           ("012-### ####", "03-#### ####", "011 #### ####")),
    "tr": (("+90 5@# ### ## ##", "+90 (212) ### ## ##", "0090 53# ### ####"),
           ("0 (5@#) ### ## ##", "0532 ### ## ##", "(0216) ### ## ##")),
    "ph": (("+63 917 ### ####", "+63 (2) 8###-####", "+63 9@# ###-####"),
           ("0917-###-####", "(02) 8###-####", "0998 ### ####")),
    "ru": (("+7 (9@#) ###-##-##", "+7 495 ###-##-##", "+7 9@# ### ## ##"),
           ("8 (9@#) ###-##-##", "8-495-###-##-##", "8 9@# ###-##-##")),
    "ro": (("+40 7@# ### ###", "+40 (0)21 ### ####", "0040 7@# ######"),
           ("07@#.###.###", "07@# ### ###", "021 ### ####")),
    "hu": (("+36 20 ### ####", "+36 (1) ### ####", "+36-70-###-####"),
           ("06 20 ### ####", "06/1/###-####", "06-70-###-####")),
    "pt": (("+351 9@# ### ###", "+351 21 ### ####", "00351 96# ### ###"),
           ("9@# ### ###", "21 ### ####", "96#-###-###")),
    "gr": (("+30 69# ### ####", "+30 231 ### ####", "0030 69########"),
           ("69# ### ####", "231 #######", "210-###-####")),
    "ie": (("+353 (0)8@ ### ####", "+353 91 ### ###", "00353 8@ #######"),
           ("08@-###-####", "(091) ### ###", "08@ #######")),
    "br": (("+55 81 9####-####", "+55 (85) 3###-####", "+55 86 9 ####-####"),
           ("(81) 9####-####", "(085) 3###-####", "81 9 ####-####")),
    "mx": (("+52 442 ### ####", "+52 (222) ###-####", "+52 1 999 ### ####"),
           ("442 ### ####", "(222) ###-####", "999-###-##-##")),
    "in": (("+91 98### #####", "+91 80 #### ####", "+91-44-########"),
           ("098## #####", "080-#### ####", "(044) ########")),
    "gb": (("+44 (0)7@## ### ###", "+44 1@## ######", "+44 131 ### ####"),
           ("07@## ######", "01@## ######", "0131 ### ####")),
    "ng": (("+234 (0)80# ### ####", "+234 90# ### ####"), ("080# ### ####", "0701-###-####")),
    "gh": (("+233 24 ### ####", "+233 (0)30 ### ####"), ("024 ### ####", "030-###-####")),
    "ge": (("+995 5@# ## ## ##", "+995 32 2## ## ##"), ("5@# ## ## ##", "032 2## ## ##")),
    "am": (("+374 9@ ######", "+374 10 ######"), ("09@ ######", "010 ## ## ##")),
    "cn": (("+86 13# #### ####", "+86 10 #### ####"), ("13#-####-####", "(010) ####-####")),
    "pl": (("+48 6@# ### ###", "+48 (22) ### ## ##"), ("6@# ### ###", "22 ### ## ##")),
    "cz": (("+420 7@# ### ###", "00420 2## ### ###"), ("7@# ### ###", "2## ### ###")),
    "es": (("+34 94# ## ## ##", "+34 6@# ## ## ##"), ("94# ## ## ##", "6@# ### ###")),
    "au": (("+61 (0)4## ### ###", "+61 7 #### ####"), ("04## ### ###", "(07) #### ####")),
    "no": (("+47 4@# ## ###", "+47 78 ## ## ##"), ("4@# ## ###", "78 ## ## ##")),
}  # fmt: skip
EXTENSIONS = (" ext. @##", " ext @#", " x@##", " x @#", " (ext. @#)", ", ext. @###",
              " ramal @#", " dahili @##", " Ext: @##", " ext.@#")  # fmt: skip


def phone(rng: random.Random, kind: str = "") -> str:
    """A phone number. ``kind``: "us" (NANP), "intl" (with + or 00), "local" (national form of
    another country), "ext" (any, with an extension inside the span); empty: any."""
    if not kind:
        kind = rng.choice(("us", "intl", "intl", "local", "local"))
    base = rng.choice(("us", "intl", "local")) if kind == "ext" else kind
    if base == "us":
        number = _nanp(rng)
    else:
        intl, local = PHONE_SHAPES[rng.choice(tuple(PHONE_SHAPES))]
        number = _shape(rng, rng.choice(local if base == "local" else intl))
    if kind == "ext":
        number += _shape(rng, rng.choice(EXTENSIONS))
    return number


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued: area 001-899 but 666, group 01-99, serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if sep is None:
        sep = rng.choice(("-", "-", " ", ".", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    """Never issued: area 000, 666 or 9xx, or group 00, or serial 0000."""
    sep = rng.choice(("-", " ", "."))
    roll = rng.randrange(4)
    if roll == 0:
        return f"{rng.randint(1, 899):03d}{sep}00{sep}{_nz(rng, 4)}"
    if roll == 1:
        return f"{rng.randint(1, 665):03d}{sep}{rng.randint(10, 99)}{sep}0000"
    area = rng.choice(("000", "666", f"9{_d(rng, 2)}"))
    return f"{area}{sep}{rng.randint(10, 99)}{sep}{_nz(rng, 4)}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    roll = rng.randrange(7)
    if roll == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll == 2:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if roll == 3:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(1, 224) if n not in (10, 100, 127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


IP6_PREFIXES = ("2001:4860", "2a02:26f0", "2405:200", "2804:14c", "2c0f:f248", "fd12:3456",
                "2001:67c", "2a01:4f8", "2600:1f18", "2403:6200", "fdaa:bb",
                "2a0a:e5c0")  # fmt: skip
ZONES = ("%eth0", "%wlan0", "%enp3s0", "%en0", "%12", "%bond0", "%wg0", "%lo0", "%docker0")
IP6_FORMS = ("comp", "comp", "full", "strip", "upper", "v4", "mixed")


def ip6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address: compressed, full, zero-stripped (not compressed), upper case, mixed
    case, with an IPv4 tail (mapped, NAT64, 6to4-embedded) or link-local with a zone id
    ("zone"). Empty ``form``: any but the zone id."""
    form = form or rng.choice(IP6_FORMS)
    if form == "zone":
        groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(4)]
        head = rng.choice(("fe80::", "fe80::", "FE80::", "fe80:0:0:0:"))
        tail = groups if head.endswith("0:") else groups[rng.randrange(3) :]
        return head + ":".join(tail) + rng.choice(ZONES)
    if form == "v4":
        v4 = ".".join(
            str(rng.randint(lo, hi)) for lo, hi in ((11, 126), (0, 255), (0, 255), (1, 254))
        )
        return rng.choice(
            (f"::ffff:{v4}", f"64:ff9b::{v4}", f"0:0:0:0:0:ffff:{v4}", f"::FFFF:{v4}",
             f"2001:db8:{_hex(rng, 2)}::{v4}")
        )  # fmt: skip
    groups = rng.choice(IP6_PREFIXES).split(":")
    while len(groups) < 8:
        groups.append(
            rng.choice(("0", "0", "0", f"{rng.randint(1, 0xFFFF):x}", f"{rng.randint(1, 0xFF):x}"))
        )
    if groups[-1] == "0":
        groups[-1] = f"{rng.randint(1, 0xFFF):x}"
    address = ipaddress.IPv6Address(":".join(groups))
    if form == "full":
        return address.exploded if rng.random() < 0.7 else address.exploded.upper()
    if form == "strip":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    if form == "mixed":
        return "".join(c.upper() if rng.random() < 0.4 else c for c in address.compressed)
    return address.compressed


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.5 else ip4(rng)


# ---------------------------------------------------------------- cards


CARD_BRANDS: tuple[tuple[Callable[[random.Random], str], int, tuple[int, ...]], ...] = (
    (lambda r: "4" + _d(r, 5), 16, (4, 4, 4, 4)),  # Visa
    (lambda r: "4" + _d(r, 5), 13, (4, 4, 5)),  # Visa, 13 digits
    (lambda r: f"5{r.randint(1, 5)}" + _d(r, 4), 16, (4, 4, 4, 4)),  # Mastercard
    (lambda r: str(r.randint(2221, 2720)) + _d(r, 2), 16, (4, 4, 4, 4)),  # Mastercard 2-series
    (lambda r: r.choice(("34", "37")) + _d(r, 4), 15, (4, 6, 5)),  # Amex
    (lambda r: "6011" + _d(r, 2), 16, (4, 4, 4, 4)),  # Discover
    (lambda r: str(r.randint(3528, 3589)) + _d(r, 2), 16, (4, 4, 4, 4)),  # JCB
    (lambda r: "62" + _d(r, 4), 19, (6, 13)),  # UnionPay 19 digits, 6-13
    (lambda r: r.choice(("36", "38")) + _d(r, 4), 14, (4, 6, 4)),  # Diners
    (lambda r: r.choice(("5018", "6304", "6759")) + _d(r, 2), 16, (4, 4, 4, 4)),  # Maestro
    (lambda r: str(r.randint(2200, 2204)) + _d(r, 2), 16, (4, 4, 4, 4)),  # Mir
    (lambda r: r.choice(("508", "607", "652")) + _d(r, 3), 16, (4, 4, 4, 4)),  # RuPay
    (lambda r: "9792" + _d(r, 2), 16, (4, 4, 4, 4)),  # Troy
)


def _card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    make, length, groups = rng.choice(CARD_BRANDS)
    prefix = make(rng)[:6]
    body = prefix + _d(rng, length - len(prefix) - 1)
    return body + _luhn_digit(body), groups


def card(rng: random.Random) -> str:
    digits, groups = _card_digits(rng)
    return _group(digits, groups, rng.choice((" ", " ", "-", "", " - ")))


def bad_card(rng: random.Random) -> str:
    """A card-shaped number whose Luhn check fails."""
    digits, groups = _card_digits(rng)
    wrong = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return _group(digits[:-1] + wrong, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
# country -> BBAN pattern: n digits, a upper letters, c alphanumerics (ISO 13616 registry).
IBAN_FORMATS = {
    "BR": "23n1a1c", "GE": "2a16n", "RO": "4a16c", "HU": "24n", "TR": "5n1n16c", "GR": "7n16c",
    "PT": "21n", "IE": "4a14n", "PL": "24n", "SK": "20n", "HR": "17n", "SI": "15n",
    "BG": "4a6n8c", "LT": "16n", "LV": "4a13c", "EE": "16n", "LU": "3n13c", "MT": "4a5n18c",
    "CY": "8n16c", "AZ": "4a20c", "KZ": "3n13c", "UA": "6n19c", "PK": "4a16c", "JO": "4a4n18c",
}  # fmt: skip


def _compact_iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[country])
    return country + _check_digits(country, bban) + bban


def iban(rng: random.Random) -> str:
    compact = _compact_iban(rng)
    return _fours(compact) if rng.random() < 0.45 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN-shaped string whose check digits are wrong."""
    compact = _compact_iban(rng)
    wrong = f"{(int(compact[2:4]) + rng.randint(1, 90)) % 97 + 2:02d}"
    if wrong == compact[2:4]:
        wrong = f"{(int(wrong) + 3) % 97 + 2:02d}"
    compact = compact[:2] + wrong + compact[4:]
    return _fours(compact) if rng.random() < 0.5 else compact


# ---------------------------------------------------------------- number-like look-alikes
NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "waybill": lambda r: _pick(
        r,
        f"{_d(r, 3)}-{_d(r, 4)} {_d(r, 4)}",
        f"JD{_d(r, 16)}",
        f"{_d(r, 2)}-{_d(r, 7)}-{_d(r, 3)}",
    ),
    "awb": lambda r: f"{r.choice(('176', '235', '618', '057', '160'))}-{_d(r, 8)}",
    "tracking": lambda r: _pick(
        r, f"RR{_d(r, 9)}VN", f"CP{_d(r, 9)}BR", f"SPXID{_d(r, 11)}", f"JNE{_d(r, 13)}"
    ),
    "order": lambda r: _pick(
        r,
        f"#{_nz(r, 7)}",
        f"ORD-{r.randint(2024, 2026)}-{_d(r, 6)}",
        f"{_d(r, 6)}-{_d(r, 6)}",
        f"SO{_nz(r, 8)}",
    ),
    "invoice": lambda r: _pick(
        r,
        f"FT {r.randint(2024, 2026)}/{_nz(r, 5)}",
        f"NF-e {_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}",
        f"INV-{_d(r, 4)}-{_d(r, 4)}",
    ),
    "ver4": lambda r: (
        f"{r.randint(1, 24)}.{r.randint(0, 99)}.{r.randint(0, 255)}.{r.randint(0, 255)}"
    ),
    "semver": lambda r: (
        f"v{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}"
        f"{r.choice(('-beta.2', '-rc.1', '+build.7', '', '-alpha'))}"
    ),
    "build": lambda r: _pick(
        r, f"{r.randint(19041, 26100)}.{r.randint(1, 5000)}", f"#{_nz(r, 5)}", f"b{_nz(r, 7)}"
    ),
    "epoch": lambda r: _pick(
        r, str(r.randint(1600000000, 1800000000)), str(r.randint(1600000000000, 1800000000000))
    ),
    "sha": lambda r: _pick(r, _hex(r, 40), _hex(r, 7), _hex(r, 12), "sha256:" + _hex(r, 64)),
    "uuid": lambda r: (
        f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    ),
    "coord": lambda r: _pick(
        r,
        f"{r.uniform(-40, 60):.5f},{r.uniform(-120, 150):.5f}",
        f"{r.randint(0, 89)}°{r.randint(0, 59)}′{r.randint(0, 59)}″S "
        f"{r.randint(0, 179)}°{r.randint(0, 59)}′{r.randint(0, 59)}″W",
        f"lat {r.uniform(-40, 60):.4f} lon {r.uniform(-120, 150):.4f}",
    ),
    "mac": lambda r: _pick(
        r, "-".join(_hex(r, 2).upper() for _ in range(6)), ":".join(_hex(r, 2) for _ in range(6))
    ),
    "isbn": lambda r: _pick(
        r, f"978-{r.randint(0, 9)}-{_d(r, 3)}-{_d(r, 5)}-{r.randint(0, 9)}", f"ISBN 979-{_d(r, 10)}"
    ),
    "sku": lambda r: f"{r.choice(('VN', 'TR', 'BR', 'PH'))}-{_d(r, 4)}-{_hex(r, 3).upper()}",
    "amount": lambda r: _pick(
        r,
        f"R$ {r.randint(3, 999)},{_d(r, 2)}",
        f"₺{r.randint(10, 9999)}",
        f"Rp {r.randint(10, 999)}.{_d(r, 3)}",
        f"{r.randint(10, 999)}.{_d(r, 3)} ₫",
        f"RM{r.randint(3, 499)}.{_d(r, 2)}",
        f"₱{r.randint(50, 9999)}",
    ),
    "date": lambda r: _pick(
        r,
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2024, 2026)}",
        f"{r.randint(2024, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}",
        f"{r.randint(1, 28)}-{r.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Nov'))}-{r.randint(24, 26)}",
    ),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "ticketid": lambda r: f"{r.choice(('SR', 'INC', 'REQ', 'BUG'))}{_nz(r, 7)}",
    "port": lambda r: str(r.randint(1025, 64999)),
    "pct": lambda r: f"{r.randint(1, 99)},{r.randint(0, 9)}%",
    "pnr": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "vin": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
    "lot": lambda r: f"LOT {r.randint(24, 26)}{r.choice('ABCDEFGHJK')}{_d(r, 4)}",
    "serial": lambda r: f"SN {_hex(r, 4).upper()}-{_hex(r, 4).upper()}-{_hex(r, 4).upper()}",
    "n": lambda r: str(r.randint(2, 480)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "exp": lambda r: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
}
