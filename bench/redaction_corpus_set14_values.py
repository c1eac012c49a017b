"""Set 14's value makers: people, e-mails, phones, SSNs, IPs, cards and IBANs.

Every maker takes the seeded ``random.Random`` and returns text; the checksums (Luhn, mod 97,
national IBAN check digits) are computed here, so every card and IBAN written is valid.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bench.redaction_corpus_set14_pools import CULTURES, MAIL_DOMAINS

# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    family_first: bool
    middle: str  # an initial such as "K." or ""

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return " ".join(w for w in (self.given, self.middle, self.surname) if w)


def draw_person(rng: random.Random) -> Person:
    _, givens, surnames, family_first = rng.choice(CULTURES)
    if rng.random() < 0.2:  # people marry and move: a surname from anywhere, given name first
        surnames, family_first = rng.choice(CULTURES)[2], 0.0
    first = rng.random() < family_first
    middle = f"{rng.choice('ABCDEFGHJKLMNPRSTVW')}." if not first and rng.random() < 0.08 else ""
    return Person(rng.choice(givens), rng.choice(surnames), first, middle)


def lower(text: str) -> str:
    """Lower case as people type it ("İlker" -> "ilker", not "i̇lker")."""
    return text.replace("İ", "I").lower()


def upper(text: str) -> str:
    return text.upper()


_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "ı": "i",  # noqa: RUF001 (Turkish dotless i, on purpose)
        "'": "",
        " ": "",
        "-": "",
    }
)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def email_for(rng: random.Random, person: Person) -> str:
    g, s = ascii_fold(person.given), ascii_fold(person.surname)
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g}{s}",
            f"{g[0]}{s}",
            f"{g}_{s}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}{rng.randint(70, 99)}",
            f"{g[0]}.{s}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


# ---------------------------------------------------------------- phones

# N: 2-9, D: 0-9; every other character is written as is.
PHONES_NATIONAL = (
    "(NDD) NDD-DDDD",
    "NDD-NDD-DDDD",
    "NDD.NDD.DDDD",
    "1-NDD-NDD-DDDD",
    "020 7DDD DDDD",
    "07DDD DDDDDD",
    "0113 NDD DDDD",
    "030 NDDDDDDD",
    "0151 DDDDDDDD",
    "0221/NDDDDDD",
    "01 DD DD DD DD",
    "06.DD.DD.DD.DD",
    "06 DD DD DD DD",
    "333 DDD DDDD",
    "91N DDD DDD",
    "06-DDDDDDDD",
    "020-NDD DDDD",
    "9DDDD DDDDD",
    "(02) NDDD DDDD",
    "04DD DDD DDD",
    "03-DDDD-DDDD",
    "090-DDDD-DDDD",
    "(11) 9DDDD-DDDD",
    "082 DDD DDDD",
    "044 NDD DD DD",
    "087 NDD DDDD",
    "010-DDDD-DDDD",
)
PHONES_INTERNATIONAL = (
    "+1 NDD NDD DDDD",
    "+1 (NDD) NDD-DDDD",
    "+1-NDD-NDD-DDDD",
    "+44 20 7DDD DDDD",
    "+44 (0)20 7DDD DDDD",
    "+44 7DDD DDDDDD",
    "+44 (0)161 NDD DDDD",
    "+49 30 NDDDDDDD",
    "+49 (0)89 NDDD DDDD",
    "+49 171 DDDDDDD",
    "+33 1 DD DD DD DD",
    "+33 (0)6 DD DD DD DD",
    "+39 06 DDDD DDDD",
    "+39 347 DDD DDDD",
    "+34 6DD DDD DDD",
    "+31 20 NDD DDDD",
    "+31 6 DDDDDDDD",
    "+91 9DDDD DDDDD",
    "+61 2 NDDD DDDD",
    "+61 4DD DDD DDD",
    "+81 3-DDDD-DDDD",
    "+81 90-DDDD-DDDD",
    "+55 11 9DDDD-DDDD",
    "+55 (21) 9DDDD-DDDD",
    "+52 55 DDDD DDDD",
    "+27 21 NDD DDDD",
    "+27 82 DDD DDDD",
    "+65 6DDD DDDD",
    "+65 9DDD DDDD",
    "+41 44 NDD DD DD",
    "+41 79 DDD DD DD",
    "+353 1 NDD DDDD",
    "+353 87 NDD DDDD",
    "+82 10-DDDD-DDDD",
    "+48 5DD DDD DDD",
    "0044 20 7DDD DDDD",
    "0049 30 NDDDDDDD",
)
PHONES_EXTENSION = (
    "(NDD) NDD-DDDD ext. DDD",
    "+1 NDD NDD DDDD x DD",
    "NDD-NDD-DDDD, ext. DD",
    "+44 20 7DDD DDDD ext 2DD",
    "+49 30 NDDDDD-DD",
    "(NDD) NDD-DDDD x2DD",
    "+1 (NDD) NDD-DDDD ext. DDDD",
    "020 7DDD DDDD ext. DDD",
)
PHONES_E164 = (
    "+1NDDNDDDDDD",
    "+447DDDDDDDDD",
    "+4915DDDDDDDD",
    "+336DDDDDDDD",
    "+919DDDDDDDDD",
    "+8190DDDDDDDD",
    "+5511DDDDDDDDD",
    "+61DDDDDDDDD",
    "+27DDDDDDDDD",
    "+3161DDDDDDD",
)


def pattern(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "D":
            out.append(rng.choice("0123456789"))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    text = "".join(out)
    # NANP: no N11 service codes and no 555 numbers in area or exchange.
    if "NDD" in shape and any(x in text for x in ("11 ", "11-", "11.", "555")):
        return pattern(rng, shape)
    return text


def draw_phone(rng: random.Random, kind: str) -> str:
    shapes = {
        "national": PHONES_NATIONAL,
        "international": PHONES_INTERNATIONAL,
        "extension": PHONES_EXTENSION,
        "e164": PHONES_E164,
    }
    chosen = PHONES_NATIONAL + PHONES_INTERNATIONAL if kind == "any" else shapes[kind]
    return pattern(rng, rng.choice(chosen))


# ---------------------------------------------------------------- SSNs


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    """Area 001-899 except 666, group 01-99, serial 0001-9999: numbers that can be issued."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def draw_ssn(rng: random.Random, form: str) -> str:
    a, g, s = ssn_parts(rng)
    if form == "bare":
        return a + g + s
    if form == "any":
        form = rng.choice(("-", "-", "-", "-", " ", " ", "."))
    return form.join((a, g, s))


# ---------------------------------------------------------------- IPs

V6_PREFIXES = (
    "2001:db8",
    "2a02:8108",
    "2600:1700",
    "2a01:4f8",
    "2404:6800",
    "2c0f:fb50",
    "2001:67c",
    "2a0e:97c0",
    "2603:3024",
)
ZONES = ("eth0", "en0", "wlan0", "ens192", "3", "enp3s0")


def draw_ipv4(rng: random.Random) -> str:
    kind = rng.choice(("public", "public", "public", "private", "doc"))
    if kind == "private":
        first = rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
                f"192.168.{rng.randint(0, 255)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}",
            )
        )
    elif kind == "doc":
        first = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    else:
        lead = rng.choice(
            [n for n in range(11, 224) if n not in (100, 127, 169, 172, 192, 198, 203)]
        )
        first = f"{lead}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
    return f"{first}.{rng.randint(1, 254)}"


def _v6_int(rng: random.Random, prefix: str) -> int:
    head = [int(h, 16) for h in prefix.split(":")]
    zeros = rng.randint(1, 4)
    tail = [
        rng.randint(1, 0xFFFF) if rng.random() < 0.6 else rng.randint(1, 0xFF)
        for _ in range(8 - len(head) - zeros)
    ]
    groups = head + [0] * zeros + tail
    return int("".join(f"{g:04x}" for g in groups), 16)


def draw_ipv6(rng: random.Random, form: str) -> str:
    """form: any (no zone id), zone, or one of the named forms below."""
    if form == "any":
        form = rng.choice(
            (
                "compressed",
                "compressed",
                "compressed",
                "full",
                "no_compress",
                "upper",
                "mapped",
                "nat64",
                "doc_tail",
                "link_local",
                "ula",
            )
        )
    if form == "zone":
        return f"{draw_ipv6(rng, 'link_local')}%{rng.choice(ZONES)}"
    if form in ("mapped", "nat64", "doc_tail"):
        head = {
            "mapped": rng.choice(("::ffff:", "::FFFF:")),
            "nat64": "64:ff9b::",
            "doc_tail": f"2001:db8:{rng.randint(1, 0xFFF):x}::",
        }[form]
        return head + draw_ipv4(rng)
    if form == "link_local":
        iid = [rng.randint(0, 0xFFFF) for _ in range(4)]
        return str(
            ipaddress.IPv6Address(int("fe80" + "0" * 12 + "".join(f"{g:04x}" for g in iid), 16))
        )
    if form == "ula":
        address = ipaddress.IPv6Address(
            _v6_int(rng, f"fd{rng.randint(0, 255):02x}:{rng.randint(1, 0xFFFF):x}")
        )
        return str(address)
    address = ipaddress.IPv6Address(_v6_int(rng, rng.choice(V6_PREFIXES)))
    if form == "full":
        return address.exploded
    if form == "no_compress":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return str(address).upper()
    return str(address)


# ---------------------------------------------------------------- cards


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


CARD_PREFIXES = (
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("3589", 16),
    ("36", 14),
    ("62", 16),
)


def draw_card_digits(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def group_card(digits: str, sep: str) -> str:
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    if len(digits) == 14:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def draw_card(rng: random.Random, compact: bool = False) -> str:
    sep = "" if compact else rng.choice((" ", " ", "-", ""))
    return group_card(draw_card_digits(rng), sep)


# ---------------------------------------------------------------- IBANs


def iban_number(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return len(compact) >= 15 and iban_number(compact[4:] + compact[:4]) % 97 == 1


def iban_from(country: str, bban: str) -> str:
    check = 98 - iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _es_bban(rng: random.Random) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def digit(ten: str) -> str:
        d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
        return str({11: 0, 10: 1}.get(d, d))

    bank, branch, account = _d(rng, 4), _d(rng, 4), _d(rng, 10)
    return bank + branch + digit("00" + bank + branch) + digit(account) + account


def _fr_bban(rng: random.Random) -> str:
    bank, branch, account = _d(rng, 5), _d(rng, 5), _d(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _be_bban(rng: random.Random) -> str:
    first = _d(rng, 10)
    return f"{first}{(int(first) % 97) or 97:02d}"


BBANS: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: _d(r, 18),
    "GB": lambda r: r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _d(r, 14),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + _d(r, 14),
    "NL": lambda r: r.choice(("ABNA", "RABO", "INGB", "TRIO", "SNSB")) + _d(r, 10),
    "FR": _fr_bban,
    "ES": _es_bban,
    "BE": _be_bban,
    "CH": lambda r: _d(r, 17),
    "AT": lambda r: _d(r, 16),
    "PL": lambda r: _d(r, 24),
    "LU": lambda r: _d(r, 16),
    "FI": lambda r: _d(r, 14),
    "SE": lambda r: _d(r, 20),
}


def draw_iban(rng: random.Random, compact: bool | None = None) -> str:
    country = rng.choice(sorted(BBANS))
    iban = iban_from(country, BBANS[country](rng))
    if compact is None:
        compact = rng.random() < 0.4
    if compact:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
