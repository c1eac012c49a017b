# ruff: noqa: RUF001  (the Turkish dotless i is meant)
"""Gold values of set 27: persons, e-mails, phones, SSNs, IPs, cards and IBANs.

Pure functions of a seeded ``random.Random``. Cards pass Luhn, IBANs pass mod 97 (Belgian ones
also carry their national check), SSNs could be issued, and every IP parses.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from dataclasses import dataclass

from bench.redaction_corpus_set27_pools import CULTURES, FAMILY_FIRST, WORD_GIVEN

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "Æ": "AE",
    }
)


def fold(text: str) -> str:
    """``text`` without diacritics (as people type names on an English keyboard)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    full: str
    reverse: str  # "Surname, Given"
    culture: str


def person(rng: random.Random, word_given: bool = True) -> Person:
    """A person; ``word_given=False`` keeps out the given names that are English words (they are
    written only in full and capitalised, where they cannot be read as the word)."""
    culture = rng.choice(list(CULTURES))
    given_pool, surname_pool = CULTURES[culture]
    given = rng.choice(given_pool)
    if word_given and rng.random() < 0.05:
        given = rng.choice(WORD_GIVEN)
    mixed = rng.random() < 0.1  # a surname from another culture (marriage, migration)
    surname = rng.choice(rng.choice(list(CULTURES.values()))[1] if mixed else surname_pool)
    if rng.random() < 0.35:
        given, surname = fold(given), fold(surname)
    if not mixed and rng.random() < FAMILY_FIRST.get(culture, 0.0):
        full = f"{surname} {given}"
    elif rng.random() < 0.08:
        full = f"{given} {rng.choice('ABCDEGHJKLMNPRSTW')}. {surname}"
    else:
        full = f"{given} {surname}"
    return Person(given, surname, full, f"{surname}, {given}", culture)


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "uol.com.br",
    "proton.me",
    "icloud.com",
    "rediffmail.com",
)
FIRM_MAIL = (
    "quillmere.io",
    "bardsey-freight.co.uk",
    "tallowmint.de",
    "corvina-labs.com",
    "pelargon.fr",
    "hexabrook.net",
    "ostrava-kovo.cz",
    "jubilat-ops.pl",
)
ROLES = (
    "billing",
    "claims",
    "noreply-hr",
    "payroll",
    "dispatch",
    "it-help",
    "returns",
    "accounts.receivable",
)


def email_of(rng: random.Random, who: Person) -> str:
    given = fold(who.given).lower().replace(" ", "")
    sur = fold(who.surname).lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        (
            f"{given}.{sur}",
            f"{given[0]}{sur}",
            f"{given}{sur[:1]}",
            f"{sur}.{given}{rng.randint(1, 99)}",
            f"{given}_{sur}",
        )
    )
    return f"{local}@{rng.choice(FREE_MAIL + FIRM_MAIL)}"


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)}@{rng.choice(FIRM_MAIL)}"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("23456789") + _d(rng, n - 1)


def phone(rng: random.Random, style: str = "any") -> str:
    """A phone number in one of many national and international layouts."""
    a, b = _nz(rng, 3), _nz(rng, 3)
    us = (
        f"({a}) {b}-{_d(rng, 4)}",
        f"{a}-{b}-{_d(rng, 4)}",
        f"{a}.{b}.{_d(rng, 4)}",
        f"+1 {a} {b} {_d(rng, 4)}",
        f"+1-{a}-{b}-{_d(rng, 4)}",
        f"1 ({a}) {b}-{_d(rng, 4)}",
    )
    intl = (
        f"+44 20 {_nz(rng, 4)} {_d(rng, 4)}",
        f"+44 (0)161 {_nz(rng, 3)} {_d(rng, 4)}",
        f"07{_nz(rng, 3)} {_d(rng, 6)}",
        f"+49 30 {_nz(rng, 8)}",
        f"+49 (0)89 {_nz(rng, 4)} {_d(rng, 3)}",
        f"0171 {_nz(rng, 7)}",
        f"+33 1 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        f"06 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        f"+39 02 {_nz(rng, 4)} {_d(rng, 4)}",
        f"+34 {_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"+31 6 {_nz(rng, 8)}",
        f"06-{_nz(rng, 8)}",
        f"+91 98{_d(rng, 3)} {_d(rng, 5)}",
        f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        f"(02) {_nz(rng, 4)} {_d(rng, 4)}",
        f"+55 11 9{_d(rng, 4)}-{_d(rng, 4)}",
        f"+52 55 {_nz(rng, 4)} {_d(rng, 4)}",
        f"+81 3-{_nz(rng, 4)}-{_d(rng, 4)}",
        f"090-{_d(rng, 4)}-{_d(rng, 4)}",
        f"+86 139 {_d(rng, 4)} {_d(rng, 4)}",
        f"+234 803 {_d(rng, 3)} {_d(rng, 4)}",
        f"0817 {_d(rng, 3)} {_d(rng, 4)}",
        f"+63 917 {_d(rng, 3)} {_d(rng, 4)}",
        f"+48 {_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"+41 44 {_nz(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        f"+353 87 {_d(rng, 3)} {_d(rng, 4)}",
        f"+27 82 {_d(rng, 3)} {_d(rng, 4)}",
        f"+65 9{_d(rng, 3)} {_d(rng, 4)}",
        f"+90 532 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        f"0043 664 {_nz(rng, 7)}",
        f"+4917{_d(rng, 9)}",
        f"+447{_d(rng, 9)}",
    )
    if style == "us":
        return rng.choice(us)
    if style == "intl":
        return rng.choice(intl)
    if style == "ext":
        return (
            rng.choice(us[:3])
            + rng.choice((" ext. ", " x", " ext ", ", ext. "))
            + str(rng.randint(2, 4999))
        )
    return rng.choice(us + intl)


def _ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, form: str = "any") -> str:
    area, group, serial = _ssn_parts(rng)
    if form == "any":
        form = rng.choice(("dash", "dash", "dash", "space", "dot"))
    sep = {"dash": "-", "space": " ", "dot": ".", "bare": ""}[form]
    return f"{area}{sep}{group}{sep}{serial}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 203, 198, 81, 94, 145, 62, 185, 100))
    if first == 10:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 203:
        return f"203.0.113.{rng.randint(1, 254)}"
    if first == 198:
        return f"198.51.100.{rng.randint(1, 254)}"
    if first == 100:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: compressed, full, zero-stripped, upper case, IPv4 tail or zone id."""
    prefix = rng.choice(
        ("2001:db8", "2a02:8108", "2600:1f18", "fd12:3456", "2804:14c", "2409:4042")
    )
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    for i in rng.sample(range(6), rng.randint(1, 3)):
        groups[i] = "0"
    raw = ipaddress.IPv6Address(f"{prefix}:{':'.join(groups)}")
    if form == "any":
        form = rng.choice(
            (
                "compressed",
                "compressed",
                "compressed",
                "full",
                "stripped",
                "upper",
                "v4tail",
                "zone",
            )
        )
    if form == "full":
        return raw.exploded
    if form == "stripped":
        return ":".join(f"{int(g, 16):x}" for g in raw.exploded.split(":"))
    if form == "upper":
        return raw.compressed.upper()
    if form == "v4tail":
        tail = ".".join(str(rng.randint(1, 223 if i == 0 else 254)) for i in range(4))
        return rng.choice(("::ffff:", "64:ff9b::", "2001:db8:0:7::")) + tail
    if form == "zone":
        link = "fe80::" + ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(3))
        return link + "%" + rng.choice(("eth0", "en0", "wlan0", "ens192", "3"))
    return raw.compressed


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners"))
    head, length = {
        "visa": ("4" + _d(rng, 3), 16),
        "mc": (f"5{rng.randint(1, 5)}{_d(rng, 2)}", 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(("34", "37")) + _d(rng, 2), 15),
        "discover": ("6011", 16),
        "jcb": (f"35{rng.randint(28, 89)}", 16),
        "diners": (f"36{_d(rng, 2)}", 14),
    }[brand]
    body = head + _d(rng, length - len(head) - 1)
    digits = body + luhn_digit(body)
    sep = rng.choice((" ", "-", ""))
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    if length == 14:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def _bban(rng: random.Random, country: str) -> str:
    if country == "BE":
        first = _d(rng, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    layouts = {
        "DE": lambda: _d(rng, 18),
        "GB": lambda: rng.choice(("NWBK", "BARC", "LOYD")) + _d(rng, 14),
        "FR": lambda: _d(rng, 10) + _letters(rng, 1) + _d(rng, 12),
        "ES": lambda: _d(rng, 20),
        "IT": lambda: _letters(rng, 1) + _d(rng, 10) + _d(rng, 12),
        "NL": lambda: rng.choice(("ABNA", "RABO", "INGB")) + _d(rng, 10),
        "AT": lambda: _d(rng, 16),
        "CH": lambda: _d(rng, 17),
        "PL": lambda: _d(rng, 24),
        "PT": lambda: _d(rng, 21),
        "IE": lambda: rng.choice(("AIBK", "BOFI")) + _d(rng, 14),
    }
    return layouts[country]()


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(("DE", "GB", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "IE"))
    bban = _bban(rng, country)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact
