"""Set 15's structured values: phones, SSNs, IPs, cards, IBANs, e-mails (all gold) and the
number-shaped look-alike fillers (never gold). Stdlib only; every maker takes the seeded rng.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

# Digit patterns: '#' any digit, 'N' 2-9, 'M' 1-9. Cues (tel:, Tel., M:) stay in the templates.
# fmt: off
PHONE_PATTERNS = (
    "(N##) N##-####", "N##-N##-####", "N##.N##.####", "+1 N## N## ####", "+1-N##-N##-####",
    "1-N##-N##-####", "+1 (N##) N##-####", "(N##) N##-#### ext. 2#", "N##-N##-#### x3##",
    "+44 20 7### ####", "020 7### ####", "07### ######", "+44 7### ######",
    "+44 (0)161 ### ####", "0161 ### ####", "+44 131 ### ####", "+49 30 ########",
    "030 #######", "+49 (0)89 ######-##", "0171 #######", "+49 151 ########",
    "+33 1 ## ## ## ##", "01 ## ## ## ##", "06.##.##.##.##", "+33 (0)6 ## ## ## ##",
    "+34 91# ### ###", "+34 6## ### ###", "+39 06 #### ####", "+39 3## #######",
    "+91 9#### #####", "+91-22-####-####", "+61 2 #### ####", "(02) #### ####",
    "04## ### ###", "+61 4## ### ###", "+55 11 9####-####", "(11) 9####-####",
    "+52 55 #### ####", "+52 33 #### ####", "+81 3-####-####", "03-####-####",
    "090-####-####", "+86 13# #### ####", "+86 10 #### ####", "+234 80# ### ####",
    "080# ### ####", "+63 917 ### ####", "0917 ### ####", "+48 5## ### ###",
    "+48 22 ### ## ##", "+353 8# ### ####", "+353 (0)1 ### ####", "+65 9### ####",
    "+65 6### ####", "+27 8# ### ####", "+31 6 ########", "06-########", "+41 44 ### ## ##",
    "+41 79 ### ## ##", "+43 664 #######", "0044 20 7### ####", "0049 40 #######",
)
PHONE_E164 = (
    "+1N##N######", "+447#########", "+49151########", "+336########", "+919#########",
    "+614########", "+55119########", "+8190########", "+2348#########", "+639#########",
    "+3247#######", "+3519########",
)
# fmt: on
EXTENSIONS = (" ext. ", " ext ", " x", " x ")


def pattern(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        elif ch == "M":
            out.append(str(rng.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng: random.Random) -> str:
    return pattern(rng, rng.choice(PHONE_PATTERNS))


def phone_e164(rng: random.Random) -> str:
    return pattern(rng, rng.choice(PHONE_E164))


def phone_ext(rng: random.Random) -> str:
    base = rng.choice([p for p in PHONE_PATTERNS if "x" not in p])
    return pattern(rng, base) + rng.choice(EXTENSIONS) + str(rng.randint(10, 4999))


def _ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    return sep.join(_ssn_parts(rng))


def ssn_any(rng: random.Random) -> str:
    return ssn(rng, rng.choice(("-", " ", ".")))


def ssn_bare(rng: random.Random) -> str:
    return ssn(rng, "")


def bad_ssn(rng: random.Random) -> str:
    area, group, serial = _ssn_parts(rng)
    kind = rng.randrange(5)
    area = ("000", "666", str(rng.randint(900, 999)), area, area)[kind]
    group = "00" if kind == 3 else group
    serial = "0000" if kind == 4 else serial
    return f"{area}-{group}-{serial}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 203, 198, 45, 81, 91, 104, 134, 151, 185, 212, 66, 23, 100))
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 203:
        return f"203.0.113.{rng.randint(1, 254)}"
    if first == 198:
        return f"198.51.100.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hextet(rng: random.Random) -> str:
    return format(rng.randint(1, 0xFFFF), "x")


def ipv6(rng: random.Random) -> str:
    """A random IPv6 written in one of several forms (no zone id, no brackets)."""
    kind = rng.randrange(9)
    prefix = rng.choice(("2001:db8", "2a02:26f0", "2600:1f18", "2406:da14", "2a01:4f8"))
    if kind == 0:  # compressed
        return f"{prefix}:{_hextet(rng)}::{_hextet(rng)}"
    if kind == 1:  # full, leading zeros kept
        groups = [f"{rng.randint(0, 0xFFFF):04x}" for _ in range(6)]
        return ":".join(["2001", "0db8", *groups])
    if kind == 2:  # zero-stripped, no compression
        return f"{prefix}:0:{_hextet(rng)}:0:0:{_hextet(rng)}:{_hextet(rng)}"
    if kind == 3:  # IPv4-mapped / NAT64 tail
        tail = ipv4(rng)
        return rng.choice((f"::ffff:{tail}", f"64:ff9b::{tail}"))
    if kind == 4:  # upper case
        return f"{prefix}:{_hextet(rng)}:{_hextet(rng)}::{_hextet(rng)}".upper()
    if kind == 5:  # unique local
        middle = ":".join(_hextet(rng) for _ in range(3))
        return f"fd{rng.randint(0, 255):02x}:{middle}::{_hextet(rng)}"
    if kind == 6:  # link-local
        return f"fe80::{_hextet(rng)}:{_hextet(rng)}:{_hextet(rng)}:{_hextet(rng)}"
    if kind == 7:  # global, several groups
        return ":".join([prefix, *(_hextet(rng) for _ in range(6))])
    return f"{prefix}:{_hextet(rng)}:{_hextet(rng)}::"  # trailing ::


def ipv6_zone(rng: random.Random) -> str:
    zone = rng.choice(("eth0", "en0", "wlan0", "ens3", "1", "3"))
    return f"fe80::{_hextet(rng)}:{_hextet(rng)}:{_hextet(rng)}%{zone}"


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.4 else ipv4(rng)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


CARD_BRANDS = (
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "52", "53", "54", "55"), 16, (4, 4, 4, 4)),
    (("2221", "2345", "2610", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3566", "3589"), 16, (4, 4, 4, 4)),
    (("36", "38"), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
)


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


def card(rng: random.Random) -> str:
    prefixes, length, sizes = rng.choice(CARD_BRANDS)
    number = _luhn_complete(rng.choice(prefixes), length, rng)
    return _group(number, sizes, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    number = _luhn_complete("4" if rng.random() < 0.5 else "5" + str(rng.randint(1, 5)), 16, rng)
    wrong = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return _group(wrong, (4, 4, 4, 4), rng.choice((" ", "-", "")))


def mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return mod97(compact[4:] + compact[:4]) == 1


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(d) * w for d, w in zip(digits.rjust(10, "0"), weights, strict=True)) % 11
    return str({10: 1, 11: 0}.get(value, value))


def _bban(rng: random.Random, country: str) -> str:
    if country == "DE":
        return _digits(rng, 18)
    if country == "GB":
        return rng.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + _digits(rng, 14)
    if country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        return bank + branch + account + _fr_rib_key(bank, branch, account)
    if country == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc(bank + branch) + _es_dc(account) + account
    if country == "NL":
        return rng.choice(("ABNA", "RABO", "INGB", "TRIO", "KNAB")) + _digits(rng, 10)
    if country == "BE":
        first = _digits(rng, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "PL":
        return _digits(rng, 24)
    if country == "CH":
        return _digits(rng, 17)
    if country == "AT":
        return _digits(rng, 16)
    if country == "IE":
        return rng.choice(("AIBK", "BOFI", "IPBS")) + _digits(rng, 14)
    if country == "PT":
        body = _digits(rng, 19)
        return body + f"{98 - int(body) * 100 % 97:02d}"
    return _digits(rng, 12) + "".join(rng.choice(string.ascii_uppercase) for _ in range(0))


IBAN_COUNTRIES = ("DE", "GB", "FR", "ES", "NL", "BE", "PL", "CH", "AT", "IE", "PT")


def _iban_compact(rng: random.Random) -> str:
    country = rng.choice(IBAN_COUNTRIES)
    bban = _bban(rng, country)
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban(rng: random.Random) -> str:
    compact = _iban_compact(rng)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def bad_iban(rng: random.Random) -> str:
    compact = _iban_compact(rng)
    wrong = f"{compact[:2]}{(int(compact[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}{compact[4:]}"
    if iban_ok(wrong):
        wrong = wrong[:-1] + str((int(wrong[-1]) + 1) % 10)
    return " ".join(wrong[i : i + 4] for i in range(0, len(wrong), 4))


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l"))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-_"))


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "hotmail.com",
    "icloud.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "rediffmail.com",
    "qq.com",
    "proton.me",
)
COMPANY_MAIL = (
    "brindlecove.io",
    "northgate-logistics.com",
    "quillworks.co",
    "ferrowind.de",
    "tallowmere.co.uk",
    "harbourlight.com.au",
    "veldtmark.co.za",
)


def email(rng: random.Random, given: str, surname: str) -> str:
    g = ascii_fold(given).lower().replace(" ", "")
    s = ascii_fold(surname).lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s[:1]}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}.{s}{rng.randint(1, 99)}",
            f"{g}{rng.randint(70, 99)}",
        )
    )
    domain = rng.choice(FREE_MAIL + COMPANY_MAIL)
    return f"{local}@{domain}"


def ip_parses(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
