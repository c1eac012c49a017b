# ruff: noqa: RUF001
"""Set 32's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

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
        (f"{a} {b} {c}", f"({a}) {b} {c}", f"+1.{a}.{b}.{c}", f"1 ({a}) {b}-{c}",
         f"+1 {a}-{b}-{c}", f"{a}-{b}-{c}", f"1.{a}.{b}.{c}", f"+1({a}){b}-{c}", f"{a}{b}{c}")
    )  # fmt: skip


# country -> (international forms, national forms); "#" is a digit, "@" a non-zero digit.
PHONE_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kr": (("+82 10-####-####", "+82 (0)2-###-####", "+82 51 ### ####"),
           ("010-####-####", "02-###-####", "(051) ###-####")),
    "jp": (("+81 90-####-####", "+81 3-####-####", "+81 (0)6 #### ####"),
           ("090-####-####", "03-####-####", "(06) ####-####")),
    "tw": (("+886 9##-###-###", "+886 2 ####-####", "+886-4-####-####"),
           ("09##-###-###", "(02) ####-####", "04-####-####")),
    "th": (("+66 8@ ### ####", "+66 2 ### ####", "+66 (0)53 ### ###"),
           ("08@-###-####", "02-###-####", "053 ### ###")),
    "pk": (("+92 3@# #######", "+92 51 #######", "0092 3@#-#######"),
           ("03@#-#######", "(051) #######", "021-3#######")),
    "bd": (("+880 1@##-######", "+880 2 ########", "+880-17##-######"),
           ("01@##-######", "02-########", "01@## ######")),
    "ng": (("+234 8@# ### ####", "+234 (0)70# ### ####"), ("08@#-###-####", "0909 ### ####")),
    "za": (("+27 8@ ### ####", "+27 (0)12 ### ####", "0027 7@ ### ####"),
           ("08@ ### ####", "012 ### ####", "(031) ### ####")),
    "eg": (("+20 10 #### ####", "+20 2 #### ####"), ("010 #### ####", "(02) #### ####")),
    "ma": (("+212 6@#-######", "+212 5 22 ## ## ##"), ("06 ## ## ## ##", "05 22 ## ## ##")),
    "co": (("+57 3@# ### ####", "+57 601 ### ####"), ("3@# ### ####", "(601) ### ####")),
    "pe": (("+51 9@# ### ###", "+51 1 ### ####"), ("9@# ### ###", "(01) ###-####")),
    "cl": (("+56 9 #### ####", "+56 2 #### ####"), ("9 #### ####", "(2) #### ####")),
    "pl": (("+48 5@# ### ###", "0048 12 ### ## ##"), ("5@# ### ###", "(12) ### ## ##")),
    "cz": (("+420 6@# ### ###", "+420 5## ### ###"), ("6@# ### ###", "5## ### ###")),
    "se": (("+46 7@ ### ## ##", "+46 (0)8-### ### ##"), ("07@-### ## ##", "08-### ## ##")),
    "no": (("+47 9@# ## ###", "+47 22 ## ## ##"), ("9@# ## ###", "22 ## ## ##")),
    "dk": (("+45 2@ ## ## ##", "+45 33 ## ## ##"), ("2@ ## ## ##", "33 ## ## ##")),
    "fi": (("+358 40 ### ####", "+358 (0)9 ### ###"), ("040 ### ####", "09 ### ###")),
    "nl": (("+31 6 ########", "+31 (0)20 ### ####", "0031 6-####-####"),
           ("06-########", "020-###-####", "06 ## ## ## ##")),
    "be": (("+32 4@# ## ## ##", "+32 9 ### ## ##"), ("04@# ## ## ##", "09 ### ## ##")),
    "ch": (("+41 7@ ### ## ##", "+41 (0)44 ### ## ##"), ("07@ ### ## ##", "044 ### ## ##")),
    "il": (("+972 5@-###-####", "+972 3-###-####"), ("05@-###-####", "03-###-####")),
    "is": (("+354 ### ####", "00354 ### ####"), ("### ####", "###-####")),
    "mn": (("+976 99## ####", "+976 11 ## ####"), ("99## ####", "7### ####")),
    "np": (("+977 98########", "+977 1-#######"), ("98########", "01-#######")),
    "lk": (("+94 7@ ### ####", "+94 11 ### ####"), ("07@ ### ####", "011 ### ####")),
    "kh": (("+855 1@ ### ###", "+855 23 ### ###"), ("01@ ### ###", "023 ### ###")),
    "nz": (("+64 2@ ### ####", "+64 (0)9 ### ####"), ("02@ ### ####", "(09) ### ####")),
}  # fmt: skip
EXTENSIONS = (" ext. @##", " x@#", " (ext @#)", " anexo @#", " wew. @##", " toestel @##",
              " poste @##", " ext:@###", " EXT @#", " lok. @#")  # fmt: skip


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


IP6_PREFIXES = ("2001:e60", "2400:4050", "2001:b000", "2405:9800", "2c0f:fe38", "fd7c:21a0",
                "2a02:a46a", "2001:1458", "2a00:1398", "2800:a4", "fc00:9a1", "2a05:d014",
                "2407:5200", "2803:9800")  # fmt: skip
ZONES = ("%eth1", "%wlp2s0", "%ens33", "%en1", "%7", "%br0", "%tun0", "%vlan20", "%utun3",
         "%ib0")  # fmt: skip
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
            (f"::ffff:{v4}", f"64:ff9b::{v4}", f"0000:0000:0000:0000:0000:ffff:{v4}",
             f"::FFFF:{v4}", f"0:0:0:0:0:FFFF:{v4}")
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
    "NL": "4a10n", "BE": "12n", "CH": "5n12c", "LI": "5n12c", "DK": "14n", "FI": "14n",
    "NO": "11n", "SE": "20n", "IS": "22n", "IL": "19n", "EG": "25n", "SA": "2n18c",
    "QA": "4a21c", "MR": "23n", "TN": "20n", "FR": "10n11c2n", "DE": "18n", "AT": "16n",
    "ES": "20n", "CZ": "20n", "ME": "18n", "RS": "18n", "XK": "16n", "AD": "8n12c",
    "GI": "4a15c", "FO": "14n", "BH": "4a14c", "KW": "4a22c", "AE": "19n", "PK": "4a16c",
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
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"CJ{_d(r, 10)}KR",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}",
    ),
    "awb": lambda r: f"{r.choice(('180', '131', '297', '217', '074'))}-{_d(r, 4)} {_d(r, 4)}",
    "tracking": lambda r: _pick(
        r,
        f"EE{_d(r, 9)}TH",
        f"LX{_d(r, 9)}PL",
        f"1Z{_hex(r, 6).upper()}{_d(r, 10)}",
        f"3S{_hex(r, 4).upper()}{_d(r, 7)}",
        f"TW{_d(r, 12)}",
    ),
    "order": lambda r: _pick(
        r,
        f"#{r.randint(2024, 2026)}{_d(r, 6)}",
        f"BST-{_d(r, 3)}-{_d(r, 5)}",
        f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
        f"PO{_nz(r, 9)}",
    ),
    "invoice": lambda r: _pick(
        r,
        f"FV/{r.randint(1, 12):02d}/{r.randint(2024, 2026)}/{_nz(r, 4)}",
        f"Factuur {r.randint(2024, 2026)}-{_d(r, 5)}",
        f"INV{_d(r, 2)}-{_d(r, 6)}",
    ),
    "ver4": lambda r: (
        f"{r.randint(1, 30)}.{r.randint(0, 99)}.{r.randint(0, 255)}.{r.randint(0, 999)}"
    ),
    "semver": lambda r: (
        f"{r.choice(('v', '', 'release-'))}{r.randint(0, 12)}.{r.randint(0, 40)}."
        f"{r.randint(0, 30)}{r.choice(('-rc.3', '-nightly', '+sha.' + _hex(r, 7), '', '-beta'))}"
    ),
    "build": lambda r: _pick(
        r,
        f"{r.randint(20, 26)}{r.randint(1, 12):02d}.{_nz(r, 4)}",
        f"b{_nz(r, 6)}",
        f"r{_nz(r, 5)}",
    ),
    "epoch": lambda r: _pick(
        r, str(r.randint(1650000000, 1850000000)), f"{r.randint(1650000000, 1850000000)}.{_d(r, 6)}"
    ),
    "sha": lambda r: _pick(r, _hex(r, 40), _hex(r, 8), _hex(r, 10), _hex(r, 12)),
    "md5": lambda r: "md5:" + _hex(r, 32),
    "uuid": lambda r: (
        f"{_hex(r, 8)}-{_hex(r, 4)}-7{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    ),
    "coord": lambda r: _pick(
        r,
        f"{r.uniform(-50, 65):.6f}, {r.uniform(-130, 170):.6f}",
        f"N {r.randint(0, 89)}° {r.uniform(0, 59):.3f}' "
        f"E {r.randint(0, 179)}° {r.uniform(0, 59):.3f}'",
        f"@{r.uniform(-50, 65):.5f},{r.uniform(-130, 170):.5f},{r.randint(10, 19)}z",
    ),
    "mac": lambda r: _pick(
        r, ".".join(_hex(r, 4) for _ in range(3)), ":".join(_hex(r, 2).upper() for _ in range(6))
    ),
    "isbn": lambda r: _pick(
        r,
        f"ISBN 978-{r.randint(80, 99)}-{_d(r, 4)}-{_d(r, 3)}-{r.randint(0, 9)}",
        f"979{_d(r, 10)}",
        f"ISSN {_d(r, 4)}-{_d(r, 3)}X",
    ),
    "sku": lambda r: f"{r.choice(('KR', 'NL', 'ZA', 'CL', 'TH'))}{_d(r, 5)}-{_hex(r, 2).upper()}",
    "amount": lambda r: _pick(
        r,
        f"₩{r.randint(5, 999)},{_d(r, 3)}",
        f"฿{r.randint(40, 9999)}",
        f"NT${r.randint(50, 9999)}",
        f"{r.randint(3, 999)},{_d(r, 2)} zł",
        f"Kč {r.randint(50, 9999)}",
        f"R{r.randint(10, 999)}.{_d(r, 2)}",
        f"₦{r.randint(1, 99)},{_d(r, 3)}",
        f"S/ {r.randint(5, 999)}.{_d(r, 2)}",
        f"CHF {r.randint(5, 999)}.–",
        f"€ {r.randint(5, 999)},{_d(r, 2)}",
    ),
    "date": lambda r: _pick(
        r,
        f"{r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(2024, 2026)}",
        f"{r.randint(2024, 2026)}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}",
        f"{r.randint(1, 28)} {r.choice(('maart', 'juni', 'lipca', 'října', 'mars'))}",
    ),
    "time": lambda r: _pick(
        r,
        f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}",
        f"{r.randint(1, 12)}:{r.randint(0, 59):02d}",
    ),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "ticketid": lambda r: f"{r.choice(('OPS', 'HD', 'CASE', 'TKT'))}-{_nz(r, 6)}",
    "port": lambda r: str(r.randint(1025, 64999)),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)} %",
    "pnr": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "vin": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
    "lot": lambda r: f"Lot {r.choice('ABCDEFGHJK')}{_d(r, 5)}-{r.randint(1, 9)}",
    "serial": lambda r: f"S/N {_hex(r, 3).upper()}{_d(r, 7)}",
    "n": lambda r: str(r.randint(2, 480)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "exp": lambda r: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
    "kid": lambda r: f"{_d(r, 3)}-{_d(r, 4)}-{_d(r, 3)}",  # a member id shaped like nothing gold
}
