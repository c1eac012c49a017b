"""Set 18's structured values: phones, SSNs, IPs, cards, IBANs and e-mails, all valid by
their own rules (Luhn, mod 97 and the national IBAN keys, issuable SSN areas, parsable IPs).
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

# country -> national and international phone shapes ('#' a digit, 'N' 2-9).
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        ("(N##) N##-####", "N##-N##-####", "N##.N##.####", "1-N##-N##-####"),
        ("+1 N##-N##-####", "+1 (N##) N##-####", "001-N##-N##-####"),
    ),
    "GB": (
        ("07### ######", "020 7### ####", "0161 ### ####", "01632 ######"),
        ("+44 7### ######", "+44 (0)20 7### ####", "0044 1### ######"),
    ),
    "DE": (
        ("0151 ########", "030 ########", "089/#######", "0176-#######"),
        ("+49 151 ########", "+49 (0)30 ########", "0049 89 #######"),
    ),
    "FR": (
        ("06 ## ## ## ##", "01.##.##.##.##", "07 ## ## ## ##"),
        ("+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0033 7 ## ## ## ##"),
    ),
    "ES": (("6## ### ###", "91 ### ## ##"), ("+34 6## ## ## ##", "+34 93 ### ## ##")),
    "IT": (("3## ### ####", "06 #### ####"), ("+39 3## ### ####", "+39 02 ########")),
    "NL": (("06-########", "020 ### ####"), ("+31 6 ########", "+31 (0)20 ### ####")),
    "IN": (("9########", "080 ####-####", "0##-#######"), ("+91 9#### #####", "+91-98###-#####")),
    "AU": (("04## ### ###", "(02) #### ####"), ("+61 4## ### ###", "+61 2 #### ####")),
    "IE": (("08# ### ####", "(01) ### ####"), ("+353 8# ### ####", "+353 (0)1 ### ####")),
    "BR": (("(11) 9####-####", "(21) 3###-####"), ("+55 11 9####-####", "+55 (31) 9####-####")),
    "MX": (("55 #### ####", "33 #### ####"), ("+52 55 #### ####", "+52 81 #### ####")),
    "CN": (("138 #### ####", "010-########"), ("+86 13# #### ####", "+86 10 #### ####")),
    "NG": (("080# ### ####", "0803-###-####"), ("+234 80# ### ####", "+234 (0)70# ### ####")),
    "PH": (("0917 ### ####", "(02) 8### ####"), ("+63 917 ### ####", "+63 2 8### ####")),
    "PL": (("5## ### ###", "22 ### ## ##"), ("+48 5## ### ###", "+48 22 ### ## ##")),
    "JP": (("090-####-####", "03-####-####"), ("+81 90-####-####", "+81 3-####-####")),
    "SG": (("8### ####", "6### ####"), ("+65 9### ####", "+65 6### ####")),
    "ZA": (("08# ### ####", "021 ### ####"), ("+27 8# ### ####", "+27 (0)21 ### ####")),
    "CH": (("079 ### ## ##", "044 ### ## ##"), ("+41 79 ### ## ##", "+41 (0)44 ### ## ##")),
}
E164 = (
    "+1N##N######",
    "+447#########",
    "+49151########",
    "+336########",
    "+9198########",
    "+614########",
    "+55119########",
    "+3538#########",
    "+4179#######",
    "+2348#########",
    "+63917#######",
    "+8190########",
)
EXTENSIONS = (" ext. ###", " x##", " x###", ", ext. ##", " ext ####")
PHONE_COUNTRIES = tuple(PHONES)


def digits(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng: random.Random, form: str = "", country: str = "") -> str:
    """A phone number; form: '' (any), 'intl', 'nat', 'e164' or 'ext'."""
    if form == "e164":
        return digits(rng, rng.choice(E164))
    country = country or rng.choice(PHONE_COUNTRIES)
    national, international = PHONES[country]
    if form == "intl" or (not form and rng.random() < 0.55):
        number = digits(rng, rng.choice(international))
    else:
        number = digits(rng, rng.choice(national))
    if form == "ext":
        number += digits(rng, rng.choice(EXTENSIONS))
    return number


def ssn(rng: random.Random, form: str = "") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"bare": "", "dash": "-", "space": " ", "dot": "."}.get(form) if form else None
    if sep is None:
        sep = rng.choice(("-", "-", "-", " ", "."))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("pub", "pub", "priv", "doc", "cgnat"))
    if kind == "priv":
        first = rng.choice(("10.{}.{}.{}", "172.{}.{}.{}", "192.168.{}.{}"))
        if first.startswith("172"):
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if first.startswith("192"):
            return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "doc":
        return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"
    if kind == "cgnat":
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((23, 31, 45, 62, 77, 81, 89, 94, 109, 141, 151, 176, 185, 188, 212, 217))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hextets(rng: random.Random, prefix: tuple[int, ...]) -> list[int]:
    words = list(prefix) + [
        rng.choice((0, 0, rng.randint(1, 0xFFFF))) for _ in range(8 - len(prefix))
    ]
    if all(w == 0 for w in words[len(prefix) :]):
        words[-1] = rng.randint(1, 0xFFF)
    return words


def ipv6(rng: random.Random, form: str = "") -> str:
    """IPv6 in the form asked: compressed, full, stripped, upper, mapped, nat64, zone, ula, link."""
    form = form or rng.choice(
        (
            "compressed",
            "compressed",
            "full",
            "stripped",
            "upper",
            "mapped",
            "nat64",
            "zone",
            "ula",
            "link",
            "doc",
        )
    )
    prefixes = (
        (0x2001, 0xDB8),
        (0x2A02, rng.randint(0x100, 0xFFF)),
        (0x2600, rng.randint(1, 0xFFF)),
        (0x2406, rng.randint(0x100, 0xFFF)),
        (0x2A01, rng.randint(0x100, 0xFFF), 0),
    )
    if form in ("mapped", "nat64"):
        head = "::ffff:" if form == "mapped" else "64:ff9b::"
        if form == "mapped" and rng.random() < 0.3:
            head = "::FFFF:"
        return head + ipv4(rng, "pub")
    if form == "zone":
        addr = ipaddress.IPv6Address(
            bytes([0xFE, 0x80] + [0] * 6 + [rng.randint(0, 255) for _ in range(8)])
        )
        return f"{addr.compressed}%{rng.choice(('eth0', 'en0', 'wlan0', 'ens192', 'bond0', '3'))}"
    if form == "link":
        words = [0xFE80, 0, 0, 0] + [rng.randint(0, 0xFFFF) for _ in range(4)]
    elif form == "ula":
        words = [
            rng.choice((0xFD00, 0xFD12, 0xFDA7)) | rng.randint(0, 0xFF),
            rng.randint(0, 0xFFFF),
            rng.randint(0, 0xFFFF),
            *_hextets(rng, ())[:5],
        ]
    elif form == "doc":
        words = _hextets(rng, (0x2001, 0xDB8))
    else:
        words = _hextets(rng, rng.choice(prefixes))
    addr = ipaddress.IPv6Address(b"".join(w.to_bytes(2, "big") for w in words))
    if form == "full":
        return addr.exploded
    if form == "stripped":
        return ":".join(f"{w:x}" for w in words)
    if form == "upper":
        return addr.compressed.upper()
    return addr.compressed


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.4 else ipv4(rng)


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


CARD_PREFIXES = (
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2223", 16),
    ("2540", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("3566", 16),
    ("36", 14),
    ("62", 16),
)


def card_digits(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def group_card(number: str, sep: str) -> str:
    if not sep:
        return number
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if len(number) == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def card(rng: random.Random, form: str = "") -> str:
    sep = {"sp": " ", "dash": "-", "compact": ""}.get(form, rng.choice((" ", " ", "-", "")))
    return group_card(card_digits(rng), sep)


def mod97_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def _es_dc(ten: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(value, value))


def bban(rng: random.Random, country: str) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if country == "DE":
        return d(8) + d(10)
    if country == "GB":
        return rng.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + d(6) + d(8)
    if country == "NL":
        return rng.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB")) + d(10)
    if country == "AT":
        return d(5) + d(11)
    if country == "CH":
        return d(5) + d(12)
    if country == "IE":
        return rng.choice(("AIBK", "BOFI", "IPBS")) + d(6) + d(8)
    if country == "LU":
        return d(3) + d(13)
    if country == "BE":
        ten = d(10)
        check = int(ten) % 97 or 97
        return f"{ten}{check:02d}"
    if country == "FR":
        bank, branch, account = d(5), d(5), d(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        bank, branch, account = d(4), d(4), d(10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(account) + account
    # PT: NIB check digits, 98 - (19 digits * 100) mod 97
    nineteen = d(4) + d(4) + d(11)
    return nineteen + f"{98 - int(nineteen) * 100 % 97:02d}"


IBAN_COUNTRIES = ("DE", "DE", "GB", "NL", "FR", "ES", "BE", "AT", "CH", "IE", "PT", "LU")


def iban(rng: random.Random, form: str = "") -> str:
    country = rng.choice(IBAN_COUNTRIES)
    body = bban(rng, country)
    compact = country + mod97_check(country, body) + body
    if form == "compact" or (not form and rng.random() < 0.35):
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    text = (
        text.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ß", "ss")
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


FREEMAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "hotmail.fr",
    "web.de",
    "gmx.at",
    "libero.it",
    "wp.pl",
    "rediffmail.com",
    "qq.com",
    "uol.com.br",
    "icloud.com",
    "protonmail.com",
    "yahoo.com.ph",
    "t-online.de",
)
COMPANY_DOMAINS = (
    "brindlewood.co",
    "kestrava.io",
    "northmere-logistics.com",
    "palomar-hr.de",
    "quillfeather.net",
    "sablecrest.org",
    "tamberlane.co.uk",
    "verdigris-labs.com",
    "oakhurst-dental.ie",
    "lumenfall.fr",
)


def email(rng: random.Random, given: str, surname: str, company: bool = False) -> str:
    g = "".join(c for c in ascii_fold(given).lower() if c.isalnum())
    s = "".join(c for c in ascii_fold(surname).lower() if c.isalnum())
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g[0]}.{s}",
        )
    )
    domain = rng.choice(COMPANY_DOMAINS if company else FREEMAIL)
    return f"{local}@{domain}"
