"""Set 17's value makers: phones, SSNs, IPs, cards, IBANs, e-mails, and the number-shaped
look-alike fillers (see ``data/pii/README.md``, "set17"). Pure functions of a seeded rng."""

from __future__ import annotations

import random
import re
import unicodedata

# fmt: off
# Phone layouts: `#` any digit, `N` 2-9. Trunk prefixes and extensions are part of the number.
PHONE_INTL: tuple[str, ...] = (
    "+1 N##-N##-####", "+1 (N##) N##-####", "+1 N## N## ####", "+44 7### ######",
    "+44 (0)20 7### ####", "+44 161 ### ####", "+49 30 ########", "+49 (0)89 ######-##",
    "+49 151 ########", "+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "+34 91 ### ## ##",
    "+34 6## ## ## ##", "+39 06 #### ####", "+39 3## ### ####", "+31 6 ########",
    "+31 (0)20 ### ####", "+91 9#### #####", "+91-80-####-####", "+61 4## ### ###",
    "+61 2 #### ####", "+353 8# ### ####", "+55 11 9####-####", "+55 (21) N###-####",
    "+52 55 #### ####", "+52 1 33 #### ####", "+86 13# #### ####", "+86 10 #### ####",
    "+234 80# ### ####", "+63 9## ### ####", "+48 5## ### ###", "+48 22 ### ## ##",
    "+81 90-####-####", "+81 3-####-####", "+65 9### ####", "+27 82 ### ####",
    "+27 (0)21 ### ####", "+41 44 ### ## ##", "0044 20 7### ####", "0049 40 #######",
    "001-N##-N##-####",
)
PHONE_LOCAL: tuple[str, ...] = (
    "(N##) N##-####", "N##-N##-####", "N##.N##.####", "1-N##-N##-####", "07### ######",
    "020 7### ####", "0161 ### ####", "030 #######", "0151 ########", "089 ####-##",
    "06 ## ## ## ##", "01.##.##.##.##", "6## ### ###", "3## ### ####", "06-########",
    "020 ### ####", "09#### #####", "04## ### ###", "(02) #### ####", "08# ### ####",
    "(01) ### ####", "(11) 9####-####", "55 #### ####", "138 #### ####", "080# ### ####",
    "09## ### ####", "5## ### ###", "090-####-####", "03-####-####", "082 ### ####",
    "079 ### ## ##",
)
PHONE_E164: tuple[str, ...] = (
    "+1N##N######", "+447#########", "+4915#########", "+336########", "+346########",
    "+393#########", "+316########", "+919#########", "+614########", "+5511#########",
    "+2348#########", "+639#########", "+485########", "+8190########", "+2782#######",
)
EXTENSIONS: tuple[str, ...] = (" ext. ###", " x####", ", ext. ##", " ext ##", " x###")
PHONE_EXT_BASES: tuple[str, ...] = (
    "(N##) N##-####", "N##-N##-####", "+1 N##-N##-####", "+44 20 7### ####", "020 7### ####",
    "+61 2 #### ####",
)
# fmt: on


def pattern(layout: str, rng: random.Random) -> str:
    """`#` becomes any digit, `N` a digit 2-9, `A` a capital letter; the rest stays."""
    out = []
    for ch in layout:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        elif ch == "A":
            out.append(chr(rng.randint(65, 90)))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng: random.Random, variant: str = "") -> str:
    if variant == "intl":
        return pattern(rng.choice(PHONE_INTL), rng)
    if variant == "local":
        return pattern(rng.choice(PHONE_LOCAL), rng)
    if variant == "e164":
        return pattern(rng.choice(PHONE_E164), rng)
    if variant == "ext":
        return pattern(rng.choice(PHONE_EXT_BASES) + rng.choice(EXTENSIONS), rng)
    roll = rng.random()
    if roll < 0.5:
        return pattern(rng.choice(PHONE_INTL), rng)
    if roll < 0.9:
        return pattern(rng.choice(PHONE_LOCAL), rng)
    return pattern(rng.choice(PHONE_EXT_BASES) + rng.choice(EXTENSIONS), rng)


def _ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, variant: str = "") -> str:
    a, g, s = _ssn_parts(rng)
    if variant == "bare":
        return a + g + s
    if variant == "dash":
        return f"{a}-{g}-{s}"
    sep = rng.choice(("-", "-", "-", " ", "."))
    return f"{a}{sep}{g}{sep}{s}"


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.45:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if kind < 0.55:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.65:
        return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (127, 172, 192, 100, 169)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hextet(rng: random.Random, width: int = 0) -> str:
    value = rng.randint(1, 0xFFFF) if rng.random() < 0.8 else rng.randint(1, 0xFFF)
    return f"{value:0{width}x}" if width else f"{value:x}"


# fmt: off
IPV6_FORMS = (
    "compressed", "doc", "full", "full_upper", "leading_zeros", "mapped", "nat64", "linklocal",
    "zone", "ula", "stripped", "upper_compressed",
)
# fmt: on


def ipv6(rng: random.Random, variant: str = "") -> str:
    """An IPv6 address in one of many written forms; `plain` leaves out zone ids."""
    forms = [f for f in IPV6_FORMS if not (variant == "plain" and f == "zone")]
    form = variant if variant in IPV6_FORMS else rng.choice(forms)
    h = [_hextet(rng) for _ in range(8)]
    if form == "compressed":
        return f"2a0{rng.randint(0, 9)}:{h[1]}:{h[2]}::{h[6]}:{h[7]}"
    if form == "doc":
        return f"2001:db8:{h[2]}::{h[7]}"
    if form == "full":
        return ":".join(f"{int(x, 16):04x}" for x in ["2001", "0db8", *h[2:]])
    if form == "full_upper":
        return ":".join(f"{int(x, 16):04X}" for x in ["2607", *h[1:]])
    if form == "leading_zeros":
        return f"2001:0db8:{int(h[2], 16):04x}:0000:0000:0000:0000:{int(h[7], 16):04x}"
    if form == "mapped":
        return f"{rng.choice(('::ffff:', '::FFFF:'))}{ipv4(rng)}"
    if form == "nat64":
        return f"64:ff9b::{ipv4(rng)}"
    if form == "linklocal":
        return f"fe80::{h[4]}:{h[5]}:{h[6]}:{h[7]}"
    if form == "zone":
        return f"fe80::{h[6]}:{h[7]}%{rng.choice(('eth0', 'en0', 'wlan0', 'ens192', 'eth1'))}"
    if form == "ula":
        return f"fd{rng.randint(0, 255):02x}:{h[1]}:{h[2]}::{h[7]}"
    if form == "stripped":
        return ":".join(["2001", "db8", "0", h[3], "0", h[5], h[6], h[7]])
    return f"2A02:{h[1].upper()}:{h[2].upper()}::{h[7].upper()}"


def ip(rng: random.Random, variant: str = "") -> str:
    return ipv6(rng, "plain") if rng.random() < 0.4 else ipv4(rng)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


# fmt: off
CARD_PREFIXES: tuple[tuple[str, int], ...] = (
    ("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
    ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16),
    ("36", 14), ("62", 16),
)
# fmt: on


def card_digits(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def group_card(digits: str, sep: str) -> str:
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    if len(digits) == 14:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def card(rng: random.Random, variant: str = "") -> str:
    digits = card_digits(rng)
    sep = rng.choice((" ", " ", "-", ""))
    return group_card(digits, sep) if sep else digits


def bad_card(rng: random.Random) -> str:
    """A 16-digit number that fails Luhn, grouped like a card."""
    digits = card_digits(rng)
    while len(digits) != 16:
        digits = card_digits(rng)
    wrong = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return group_card(digits[:-1] + wrong, rng.choice((" ", "-")))


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _bban(country: str, rng: random.Random) -> str:
    if country == "DE":
        return _digits(rng, 18)
    if country == "GB":
        return rng.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + _digits(rng, 14)
    if country == "IE":
        return rng.choice(("AIBK", "BOFI", "IPBS")) + _digits(rng, 14)
    if country == "NL":
        return rng.choice(("ABNA", "RABO", "INGB", "TRIO")) + _digits(rng, 10)
    if country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)

        def dc(digits: str) -> int:
            weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
            value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
            return {10: 1, 11: 0}.get(value, value)

        return f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"
    if country == "BE":
        body = _digits(rng, 10)
        check = int(body) % 97 or 97
        return f"{body}{check:02d}"
    if country == "PT":
        body = _digits(rng, 19)
        return f"{body}{98 - int(body) * 100 % 97:02d}"
    if country == "AT":
        return _digits(rng, 16)
    if country == "CH":
        return _digits(rng, 17)
    if country == "PL":
        return _digits(rng, 24)
    if country == "DK":
        return _digits(rng, 14)
    raise KeyError(country)


IBAN_COUNTRIES = ("DE", "GB", "FR", "ES", "NL", "BE", "IE", "PT", "AT", "CH", "PL", "DK")


def iban_compact(rng: random.Random) -> str:
    country = rng.choice(IBAN_COUNTRIES)
    bban = _bban(country, rng)
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def group_fours(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban(rng: random.Random, variant: str = "") -> str:
    compact = iban_compact(rng)
    if variant == "compact":
        return compact
    if variant == "grouped":
        return group_fours(compact)
    return group_fours(compact) if rng.random() < 0.55 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN-shaped string whose check digits are wrong."""
    compact = iban_compact(rng)
    check = int(compact[2:4])
    wrong = (check + rng.randint(1, 40) - 2) % 97 + 2
    if wrong == check:
        wrong = check + 1 if check < 98 else 2
    bad = f"{compact[:2]}{wrong:02d}{compact[4:]}"
    return group_fours(bad) if rng.random() < 0.5 else bad


# fmt: off
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                      "þ": "th", "Þ": "Th", "æ": "ae", "ð": "d", "ı": "i"})  # noqa: RUF001
# fmt: on


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# fmt: off
FREE_MAIL = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it",
    "wp.pl", "rediffmail.com", "qq.com", "hotmail.com", "proton.me", "icloud.com", "uol.com.br",
    "yahoo.com.ph", "bluewin.ch", "telenet.be", "eircom.net",
)
COMPANY_MAIL = (
    "tallowmere.io", "quarrystone-labs.com", "brightfen.co.uk", "orrisfield.de", "kelpworks.net",
    "vantablue.fr", "oakumsoft.com", "lindqvist-bau.de", "harbourlight.ie", "ninefold.in",
)
# fmt: on


def email(rng: random.Random, given: str, surname: str) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower()) or "info"
    s = re.sub(r"[^a-z]", "", ascii_fold(surname).lower()) or "mail"
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g[0]}{s}",
        )
    )
    domain = rng.choice(FREE_MAIL if rng.random() < 0.55 else COMPANY_MAIL)
    return f"{local}@{domain}"
