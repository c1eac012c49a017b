"""Set 28's value makers: persons, e-mails, phones, SSNs, IPs, cards, IBANs and addresses.

Each maker takes the generator's ``random.Random`` and, where pools are involved, the half
(0 = tuning, even template ids; 1 = held-out, odd ids), so the halves draw disjoint pools.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from dataclasses import dataclass

from bench.redaction_corpus_set28_pools import PERSONS, WORD_GIVEN

FAMILY_FIRST = ("zh", "vi")


def half_of(pool: list[str], half: int) -> list[str]:
    return pool[half::2]


def fold(text: str) -> str:
    """``text`` without its diacritics (ø, ł, đ and the dotless i spelt as in ASCII e-mails)."""
    text = text.translate(str.maketrans("øØłŁıđĐßæ", "oOlLidDsa"))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    family_first: bool

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    @property
    def reversed(self) -> str:
        return f"{self.surname}, {self.given}"


def person(rng: random.Random, half: int) -> Person:
    culture = rng.choice(sorted(PERSONS))
    given_pool = PERSONS[culture][0]
    given = rng.choice(half_of(given_pool, half))
    if culture not in FAMILY_FIRST and rng.random() < 0.06:
        given = rng.choice(half_of(WORD_GIVEN, half))
    surname_culture = culture
    if culture not in FAMILY_FIRST and rng.random() < 0.1:
        surname_culture = rng.choice([c for c in sorted(PERSONS) if c not in FAMILY_FIRST])
    surname = rng.choice(half_of(PERSONS[surname_culture][1], half))
    if surname_culture not in FAMILY_FIRST and rng.random() < 0.05 and " " not in surname:
        other = rng.choice(half_of(PERSONS["en"][1] + PERSONS["es"][1], half))
        if other != surname and " " not in other:
            surname = f"{surname}-{other}"
    family_first = culture == "vi" or (culture == "zh" and rng.random() < 0.6)
    if rng.random() < 0.3:
        given, surname = fold(given), fold(surname)
    return Person(given, surname, family_first)


def middle_initial(rng: random.Random, who: Person) -> str:
    initial = rng.choice("ABCDEFGHJKLMNPRSTW")
    return f"{who.given} {initial}. {who.surname}"


MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.net",
    "orange.fr",
    "libero.it",
    "proton.me",
    "icloud.com",
    "hotmail.es",
    "wp.pl",
    "rediffmail.com",
    "qq.com",
    "yandex.ru",
    "uol.com.br",
    "fastmail.com",
]
WORK_DOMAINS = [
    "brackenhall.io",
    "tinwhistle.co.uk",
    "orrery-labs.de",
    "quaymark.fr",
    "velloso-imob.com.br",
    "lanternquay.com.au",
    "harrowgate-ops.net",
]


def email(rng: random.Random, who: Person | None) -> str:
    if who is None:
        local = rng.choice(
            ["payroll", "billing", "accounts", "frontdesk", "support", "hr", "returns", "ops"]
        )
        return f"{local}@{rng.choice(WORK_DOMAINS)}"
    given = fold(who.given).lower().replace(" ", "").replace("'", "")
    surname = fold(who.surname).lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        [
            f"{given}.{surname}",
            f"{given[0]}{surname}",
            f"{given}{rng.randint(1, 99)}",
            f"{surname}.{given[0]}",
            f"{given}_{surname}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS + WORK_DOMAINS)}"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random) -> str:
    return rng.choice("23456789")


def phone(rng: random.Random) -> str:
    kind = rng.randrange(22)
    us = f"{_nz(rng)}{_d(rng, 2)}"
    ex = f"{_nz(rng)}{_d(rng, 2)}"
    match kind:
        case 0:
            return f"({us}) {ex}-{_d(rng, 4)}"
        case 1:
            return f"{us}-{ex}-{_d(rng, 4)}"
        case 2:
            return f"+1 {us} {ex} {_d(rng, 4)}"
        case 3:
            return f"{us}.{ex}.{_d(rng, 4)}"
        case 4:
            return f"+44 7{_d(rng, 3)} {_d(rng, 6)}"
        case 5:
            if rng.random() < 0.4:
                return f"020 {_d(rng, 4)} {_d(rng, 4)}"
            return f"0{rng.choice(['161', '113', '131', '117'])} {_d(rng, 3)} {_d(rng, 4)}"
        case 6:
            return f"+49 (0){rng.choice(['30', '89', '221', '40'])} {_d(rng, 7)}"
        case 7:
            return f"0{rng.choice(['151', '176', '160'])} {_d(rng, 8)}"
        case 8:
            return f"+33 {_nz(rng)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}"
        case 9:
            return f"0{rng.choice('67')}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}"
        case 10:
            return f"+39 3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}"
        case 11:
            return f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
        case 12:
            return f"+91 9{_d(rng, 4)} {_d(rng, 5)}"
        case 13:
            return f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
        case 14:
            return f"+55 11 9{_d(rng, 4)}-{_d(rng, 4)}"
        case 15:
            return f"+52 1 55 {_d(rng, 4)} {_d(rng, 4)}"
        case 16:
            return f"+81 90-{_d(rng, 4)}-{_d(rng, 4)}"
        case 17:
            return f"+234 80{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 4)}"
        case 18:
            return f"+63 917 {_d(rng, 3)} {_d(rng, 4)}"
        case 19:
            return f"+48 {_nz(rng)}{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
        case 20:
            return f"0031 6 {_d(rng, 8)}"
        case _:
            return f"+1{us}{ex}{_d(rng, 4)}"


def phone_ext(rng: random.Random) -> str:
    base = rng.choice(
        [
            f"({_nz(rng)}{_d(rng, 2)}) {_nz(rng)}{_d(rng, 2)}-{_d(rng, 4)}",
            f"+44 20 {_d(rng, 4)} {_d(rng, 4)}",
            f"+49 (0)69 {_d(rng, 6)}",
        ]
    )
    ext = rng.choice(
        [f" ext. {_d(rng, 3)}", f" x{_d(rng, 2)}", f", ext {_d(rng, 4)}", f" ext {_d(rng, 2)}"]
    )
    return base + ext


def ssn_digits(rng: random.Random) -> tuple[str, str, str]:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, style: str = "") -> str:
    a, g, s = ssn_digits(rng)
    sep = style or rng.choice(["-", "-", "-", " ", " ", "."])
    return f"{a}{sep}{g}{sep}{s}" if sep != "none" else f"{a}{g}{s}"


def ip4(rng: random.Random) -> str:
    first = rng.choice([23, 45, 62, 81, 94, 103, 141, 152, 178, 185, 193, 203, 212, 10, 172, 192])
    if first == 10:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng: random.Random, form: str = "") -> str:
    form = form or rng.choice(
        ["short", "short", "short", "full", "nozero", "upper", "v4tail", "zone"]
    )
    prefix = rng.choice([0x20010DB8, 0x2A0104F8, 0x26001F18, 0x2A021810, 0x24049800, 0x2C0F2A00])
    groups = [prefix >> 16, prefix & 0xFFFF] + [rng.randint(0, 0xFFFF) for _ in range(6)]
    for i in rng.sample(range(2, 7), rng.choice([1, 2, 3])):
        groups[i] = 0
    if form == "zone":
        tail = [rng.randint(0, 0xFFFF) for _ in range(4)]
        addr = ipaddress.IPv6Address(":".join(["fe80", "0", "0", "0"] + [f"{g:x}" for g in tail]))
        return f"{addr.compressed}%{rng.choice(['eth0', 'en0', 'wlan0', 'ens192', '3'])}"
    if form == "v4tail":
        v4 = ip4(rng)
        return rng.choice(
            [f"::ffff:{v4}", f"64:ff9b::{v4}", f"2001:db8:{rng.randint(1, 0xFFF):x}::{v4}"]
        )
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    if form == "full":
        return addr.exploded
    if form == "nozero":
        return ":".join(f"{g:x}" for g in groups)
    if form == "upper":
        return addr.compressed.upper()
    return addr.compressed


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
    prefix, length = {
        "visa": ("4" + _d(rng, 5), 16),
        "mc": (f"5{rng.randint(1, 5)}" + _d(rng, 4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + _d(rng, 2), 16),
        "amex": (rng.choice(["34", "37"]) + _d(rng, 4), 15),
        "disc": ("6011" + _d(rng, 2), 16),
        "jcb": (f"35{rng.randint(28, 89)}" + _d(rng, 2), 16),
        "diners": (rng.choice(["36", "38"]) + _d(rng, 4), 14),
    }[brand]
    body = prefix + _d(rng, length - 1 - len(prefix))
    number = body + luhn_digit(body)
    sep = rng.choice([" ", "-", ""])
    if length == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    if length == 14:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


# country -> (length of the BBAN, layout: n digits, a upper letters, c alphanumerics)
IBAN_LAYOUTS = {
    "DE": "18n",
    "FR": "10n11c2n",
    "GB": "4a14n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "PL": "24n",
    "PT": "21n",
    "AT": "16n",
    "IE": "4a14n",
    "CH": "5n12c",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
}


def _bban(rng: random.Random, layout: str) -> str:
    out, num = [], ""
    for ch in layout:
        if ch.isdigit():
            num += ch
            continue
        alphabet = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHKLMNPRSTUVWXYZ",
        }[ch]
        out.append("".join(rng.choice(alphabet) for _ in range(int(num))))
        num = ""
    return "".join(out)


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in rearranged)) % 97:02d}"


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(sorted(IBAN_LAYOUTS))
    bban = _bban(rng, IBAN_LAYOUTS[country])
    if country == "BE":
        check = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{check:02d}"
    compact = country + iban_check(country, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.4
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


def bad_iban(rng: random.Random) -> str:
    good = iban(rng, grouped=False)
    wrong = f"{(int(good[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(int(wrong) + 1) % 97 + 2:02d}"
    return good[:2] + wrong + good[4:]


def bad_card(rng: random.Random) -> str:
    good = "4" + _d(rng, 14)
    digit = str((int(luhn_digit(good)) + rng.randint(1, 9)) % 10)
    number = good + digit
    return rng.choice([" ", "-", ""]).join(number[i : i + 4] for i in range(0, 16, 4))


def bad_ssn(rng: random.Random) -> str:
    area = rng.choice(["000", "666", f"9{_d(rng, 2)}"])
    return f"{area}-{_d(rng, 2)}-{rng.randint(1, 9999):04d}"
