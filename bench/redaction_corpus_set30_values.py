"""Set 30's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued); every number-like look-alike is
not (wrong check digits, never-issued SSN areas, versions, ids).
"""

from __future__ import annotations

import ipaddress
import random
import string
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
        (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
         f"+1.{a}.{b}.{c}", f"1 ({a}) {b}-{c}", f"+1 ({a}) {b} {c}", f"+1{a}{b}{c}")
    )  # fmt: skip


# country -> (international forms, local forms); "#" is a digit, "@" a non-zero digit.
PHONE_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "gb": (("+44 7@## ######", "+44 (0)1@## ######", "0044 20 #### ####"),
           ("07@## ###-###", "(01@##) ### ###", "020 #### ####")),
    "de": (("+49 1@# ########", "+49 (0)@## ######", "0049 40 #######"),
           ("01@# / ### ####", "0@##-######", "(0@##) ## ## ##")),
    "fr": (("+33 6 ## ## ## ##", "+33 (0)@ ## ## ## ##", "0033 7 ## ## ## ##"),
           ("06.##.##.##.##", "07 ## ## ## ##", "0@-##-##-##-##")),
    "it": (("+39 3@# ### ####", "+39 0@ #### ####"), ("3@# ### ####", "0@# ######")),
    "es": (("+34 6## ### ###", "0034 9@ ### ## ##"), ("6## ## ## ##", "9@#-##-##-##")),
    "nl": (("+31 6 ########", "+31 (0)@# ### ####"), ("06-########", "0@#-#######")),
    "pl": (("+48 5## ### ###", "+48 @# ### ## ##"), ("5##-###-###", "(@#) ### ## ##")),
    "cz": (("+420 6## ### ###", "+420 7## ### ###"), ("6## ### ###", "7## ###-###")),
    "se": (("+46 7@ ### ## ##", "+46 (0)8 ### ## ##"), ("07@-### ## ##", "08-### ## ##")),
    "dk": (("+45 ## ## ## ##", "0045 ########"), ("## ## ## ##", "########")),
    "fi": (("+358 4@ ### ####", "+358 9 ### ####"), ("04@ ### ####", "09 ### ####")),
    "kr": (("+82 10-####-####", "+82 2-###-####"), ("010-####-####", "02-###-####")),
    "tw": (("+886 9## ### ###", "+886 2 ####-####"), ("09##-###-###", "(02) ####-####")),
    "jp": (("+81 90-####-####", "+81 6-####-####"), ("080-####-####", "06-####-####")),
    "in": (("+91 9#### #####", "+91-80-####-####"), ("09#########", "080-########")),
    "au": (("+61 4## ### ###", "+61 (0)3 #### ####"), ("04## ### ###", "(03) #### ####")),
    "nz": (("+64 21 ### ####", "+64 9 ### ####"), ("021 ### ####", "(09) ### ####")),
    "ie": (("+353 8@ ### ####", "+353 (0)1 ### ####"), ("08@ ### ####", "(01) ### ####")),
    "ae": (("+971 5@ ### ####", "00971 4 ### ####"), ("05@ ### ####", "04-###-####")),
    "ke": (("+254 7## ######", "+254 20 #######"), ("07## ######", "0722-######")),
    "ng": (("+234 80# ### ####", "+234 70# ### ####"), ("080########", "0803 ### ####")),
    "za": (("+27 8@ ### ####", "+27 (0)21 ### ####"), ("08@ ### ####", "021 ### ####")),
    "br": (("+55 11 9####-####", "+55 (31) 3###-####"), ("(11) 9####-####", "(31) 3###-####")),
    "mx": (("+52 55 #### ####", "+52 1 81 #### ####"), ("55 #### ####", "(81) ####-####")),
    "ar": (("+54 9 11 ####-####", "+54 351 ###-####"), ("011 15-####-####", "(0351) ###-####")),
    "cl": (("+56 9 #### ####", "+56 2 #### ####"), ("9 #### ####", "(2) #### ####")),
    "co": (("+57 3## ### ####", "+57 601 ### ####"), ("3## ### ####", "(601) ### ####")),
    "il": (("+972 5@-###-####", "+972 3-###-####"), ("05@-###-####", "03-###-####")),
    "gr": (("+30 69# ### ####", "+30 21# ### ####"), ("69# ### ####", "21# #######")),
    "hu": (("+36 30 ### ####", "+36 1 ### ####"), ("06 30 ### ####", "06-1-###-####")),
    "is": (("+354 ### ####",), ("### ####",)),
    "th": (("+66 8# ### ####", "+66 2 ### ####"), ("08#-###-####", "02-###-####")),
    "id": (("+62 812-####-####", "+62 21 ####-####"), ("0812-####-####", "(021) ####-####")),
    "ir": (("+98 912 ### ####", "+98 21 #### ####"), ("0912 ### ####", "021-####-####")),
}  # fmt: skip


def phone(rng: random.Random, kind: str = "") -> str:
    """A phone number. ``kind``: "us" (NANP), "intl" (with + or 00), "local" (national form of
    another country), "ext" (any, with an extension inside the span); empty: any."""
    if not kind:
        kind = rng.choice(("us", "us", "intl", "intl", "local"))
    base = "us" if kind == "ext" and rng.random() < 0.5 else kind
    if base == "us":
        number = _nanp(rng)
    else:
        intl, local = PHONE_SHAPES[rng.choice(tuple(PHONE_SHAPES))]
        number = _shape(rng, rng.choice(local if base == "local" else intl))
    if kind == "ext":
        number += rng.choice(
            (f" ext. {_nz(rng, 3)}", f" x{_nz(rng, 3)}", f" ext {_nz(rng, 2)}",
             f" Ext. {_nz(rng, 4)}", f" #{_nz(rng, 3)}", f" (ext. {_nz(rng, 2)})")
        )  # fmt: skip
    return number


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued: area 001-899 but 666, group 01-99, serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if sep is None:
        sep = rng.choice(("-", "-", " ", "."))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    """Never issued: area 000, 666 or 9xx, or group 00, or serial 0000."""
    roll = rng.randrange(5)
    sep = rng.choice(("-", "-", " "))
    if roll == 0:
        return f"{rng.randint(1, 899):03d}{sep}00{sep}{_nz(rng, 4)}"
    if roll == 1:
        return f"{rng.randint(1, 665):03d}{sep}{rng.randint(10, 99)}{sep}0000"
    area = rng.choice(("000", "666", f"9{_d(rng, 2)}"))
    return f"{area}{sep}{rng.randint(10, 99)}{sep}{_nz(rng, 4)}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    roll = rng.randrange(6)
    if roll == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll == 2:
        return f"192.168.{rng.randint(0, 99)}.{rng.randint(2, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


IP6_PREFIXES = ("2001:db8", "2a00:1450", "2607:f8b0", "2a03:2880", "2400:cb00", "2c0f:fb50",
                "2803:9800", "2001:470", "2a0c:5a80", "240e:3b7")  # fmt: skip
ZONES = ("%eth1", "%wlp2s0", "%en1", "%ens192", "%7", "%vlan20", "%utun3", "%br0")
IP6_FORMS = ("comp", "comp", "full", "strip", "upper", "v4", "mixed")


def ip6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address: compressed, full, zero-stripped (not compressed), upper case, mixed
    case, with an IPv4 tail (mapped, NAT64, embedded) or link-local with a zone id ("zone").
    Empty ``form``: any but the zone id."""
    form = form or rng.choice(IP6_FORMS)
    if form == "zone":
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
        return f"fe80::{':'.join(groups[rng.randrange(2) :])}" + rng.choice(ZONES)
    if form == "v4":
        v4 = ".".join(
            str(rng.randint(lo, hi)) for lo, hi in ((11, 223), (0, 255), (0, 255), (1, 254))
        )
        return rng.choice(
            (f"::ffff:{v4}", f"64:ff9b::{v4}", f"::FFFF:{v4}", f"2001:db8:{_hex(rng, 3)}::{v4}")
        )
    groups = rng.choice(IP6_PREFIXES).split(":")
    while len(groups) < 8:
        groups.append(
            rng.choice(("0", "0", f"{rng.randint(1, 0xFFFF):x}", f"{rng.randint(1, 0xFF):x}"))
        )
    if groups[-1] == "0":
        groups[-1] = f"{rng.randint(1, 0xFFFF):x}"
    address = ipaddress.IPv6Address(":".join(groups))
    if form == "full":
        return address.exploded
    if form == "strip":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    if form == "mixed":
        return "".join(c.upper() if rng.random() < 0.5 else c for c in address.compressed)
    return address.compressed


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.45 else ip4(rng)


# ---------------------------------------------------------------- cards


CARD_BRANDS: tuple[tuple[Callable[[random.Random], str], int, tuple[int, ...]], ...] = (
    (lambda r: "4" + _d(r, 5), 16, (4, 4, 4, 4)),  # Visa
    (lambda r: "4" + _d(r, 5), 19, (4, 4, 4, 4, 3)),  # Visa, 19 digits
    (lambda r: f"5{r.randint(1, 5)}" + _d(r, 4), 16, (4, 4, 4, 4)),  # Mastercard
    (lambda r: str(r.randint(2221, 2720)) + _d(r, 2), 16, (4, 4, 4, 4)),  # Mastercard 2-series
    (lambda r: r.choice(("34", "37")) + _d(r, 4), 15, (4, 6, 5)),  # Amex
    (lambda r: r.choice(("6011", "65" + _d(r, 2))) + _d(r, 2), 16, (4, 4, 4, 4)),  # Discover
    (lambda r: str(r.randint(3528, 3589)) + _d(r, 2), 16, (4, 4, 4, 4)),  # JCB
    (lambda r: "62" + _d(r, 4), 16, (4, 4, 4, 4)),  # UnionPay
    (lambda r: r.choice(("300", "305", "38")) + _d(r, 3), 14, (4, 6, 4)),  # Diners
)


def _card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    make, length, groups = rng.choice(CARD_BRANDS)
    prefix = make(rng)[:6]
    body = prefix + _d(rng, length - len(prefix) - 1)
    return body + _luhn_digit(body), groups


def card(rng: random.Random) -> str:
    digits, groups = _card_digits(rng)
    return _group(digits, groups, rng.choice((" ", " ", "-", "", "  ")))


def bad_card(rng: random.Random) -> str:
    """A card-shaped number whose Luhn check fails."""
    digits, groups = _card_digits(rng)
    wrong = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return _group(digits[:-1] + wrong, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
# country -> BBAN pattern: n digits, a upper letters, c alphanumerics (ISO 13616 registry).
IBAN_FORMATS = {
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "PL": "24n", "CZ": "20n", "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n",
    "HU": "24n", "GR": "7n16c", "IS": "22n", "IL": "19n", "AE": "3n16n", "TR": "5n1n16c",
    "SA": "2n18c", "PT": "21n", "IE": "4a14n", "AT": "16n", "CH": "5n12c",
}  # fmt: skip


def _compact_iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[country])
    if country == "BE":  # national check: the last two digits are the first ten mod 97
        bban = bban[:10] + f"{int(bban[:10]) % 97 or 97:02d}"
    return country + _check_digits(country, bban) + bban


def iban(rng: random.Random) -> str:
    compact = _compact_iban(rng)
    return _fours(compact) if rng.random() < 0.5 else compact


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
        f"{_d(r, 3)}-{_d(r, 8)}",
        f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
    ),
    "tracking": lambda r: _pick(
        r,
        f"1Z{_d(r, 3)}{_hex(r, 3).upper()}{_d(r, 10)}",
        f"LX{_d(r, 9)}DE",
        f"00{_d(r, 18)}",
        f"TBA{_d(r, 12)}",
    ),
    "order": lambda r: _pick(
        r,
        f"#{_nz(r, 6)}-{_d(r, 2)}",
        f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
        f"PO-{_nz(r, 5)}",
        f"W{_nz(r, 9)}",
    ),
    "invoice": lambda r: _pick(
        r,
        f"INV/{r.randint(2020, 2026)}/{_d(r, 4)}",
        f"F-{_nz(r, 7)}",
        f"{r.randint(2020, 2026)}{_d(r, 6)}",
    ),
    "ver4": lambda r: (
        f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 2999)}"
    ),
    "semver": lambda r: (
        f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}-rc.{r.randint(1, 9)}"
    ),
    "build": lambda r: _pick(
        r,
        f"{r.randint(20, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{_d(r, 4)}",
        f"build {_nz(r, 6)}",
        f"r{_nz(r, 5)}",
        f"26.{r.randint(1, 12)}.{_nz(r, 5)}",
    ),
    "epoch": lambda r: _pick(
        r, str(r.randint(1600000000, 1800000000)), str(r.randint(1600000000000, 1800000000000))
    ),
    "sha": lambda r: _pick(r, _hex(r, 40), _hex(r, 8), _hex(r, 64)),
    "uuid": lambda r: (
        f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    ),
    "coord": lambda r: _pick(
        r,
        f"{r.uniform(-55, 65):.6f}, {r.uniform(-160, 175):.6f}",
        f"{r.randint(0, 89)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N "
        f"{r.randint(0, 179)}°{r.randint(0, 59)}'E",
    ),
    "mac": lambda r: _pick(
        r, ":".join(_hex(r, 2) for _ in range(6)), ".".join(_hex(r, 4) for _ in range(3))
    ),
    "isbn": lambda r: _pick(
        r, f"978-{r.randint(1, 9)}-{_d(r, 4)}-{_d(r, 4)}-{r.randint(0, 9)}", f"979{_d(r, 10)}"
    ),
    "sku": lambda r: (
        f"{r.choice(('SKU', 'ITM', 'PRD'))}{_d(r, 3)}-{r.choice(string.ascii_uppercase)}{_d(r, 3)}"
    ),
    "amount": lambda r: _pick(
        r,
        f"${r.randint(3, 2999)}.{_d(r, 2)}",
        f"€{r.randint(2, 899)},{_d(r, 2)}",
        f"₹{r.randint(1, 99)},{_d(r, 3)}",
        f"R{r.randint(20, 999)}.00",
    ),
    "date": lambda r: _pick(
        r,
        f"{r.randint(2020, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2020, 2026)}",
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(20, 26)}",
    ),
    "time": lambda r: (
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 3)}"
    ),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "ticketid": lambda r: f"{r.choice(('TKT', 'CASE', 'HD', 'OPS'))}-{_nz(r, 6)}",
    "port": lambda r: str(r.randint(1025, 64999)),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "cidr": lambda r: f"10.{r.randint(0, 255)}.0.0/{r.choice((16, 20, 24))}",
    "part": lambda r: f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 2)}{r.choice(string.ascii_uppercase)}",
    "flight": lambda r: f"{r.choice(('LH', 'KL', 'TK', 'QF', 'ET', 'KE'))}{r.randint(10, 999)}",
    "room": lambda r: f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(0, 9)}",
}
