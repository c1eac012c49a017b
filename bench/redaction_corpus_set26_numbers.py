"""Gold numbers of set 26 (``data/pii/set26.jsonl``): phones, SSNs, IPs, cards and IBANs.

Same maker signature as ``redaction_corpus_set26_values``. Cards pass Luhn, IBANs mod 97 (with
the national check digits of BE, FR and ES right too), SSNs could be issued, IPs parse.
"""

from __future__ import annotations

import random
from typing import Any

Value = tuple[str, str | None]
Context = dict[str, Any]


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """``n`` digits, the first not 0 or 1 (area codes, subscriber numbers)."""
    return str(rng.randint(2, 9)) + _d(rng, n - 1)


def _phone_shapes(rng: random.Random) -> dict[str, tuple[str, ...]]:
    a, b, c = _nz(rng, 3), _nz(rng, 3), _d(rng, 4)
    m7, m8 = _d(rng, 7), _d(rng, 8)
    return {
        "us": (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"+1-{a}-{b}-{c}",
            f"1 ({a}) {b}-{c}",
            f"{a} {b} {c}",
        ),
        "gb": (
            f"020 7{_d(rng, 3)} {_d(rng, 4)}",
            f"+44 20 7{_d(rng, 3)} {_d(rng, 4)}",
            f"07{_d(rng, 3)} {_d(rng, 6)}",
            f"+44 (0)7{_d(rng, 3)} {_d(rng, 6)}",
            f"0161 {_d(rng, 3)} {_d(rng, 4)}",
            f"01632 {_d(rng, 6)}",
        ),
        "de": (
            f"030 {m8}",
            f"+49 30 {_d(rng, 7)}",
            f"+49 (0)89 {_d(rng, 4)} {_d(rng, 3)}",
            f"0171 {m7}",
            f"0049 151 {m8}",
            f"040/{_d(rng, 6)}",
            f"0711-{_d(rng, 6)}",
        ),
        "fr": (
            f"0{rng.randint(1, 5)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"+33 6 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"+33 (0)1 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"06.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}",
        ),
        "it": (
            f"+39 02 {_d(rng, 4)} {_d(rng, 4)}",
            f"34{rng.randint(0, 9)} {_d(rng, 3)} {_d(rng, 4)}",
            f"+39 33{rng.randint(0, 9)} {m7}",
        ),
        "es": (
            f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"91 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        ),
        "nl": (f"+31 20 {_d(rng, 3)} {_d(rng, 4)}", f"06-{m8}", f"020-{m7}"),
        "in": (
            f"+91 9{_d(rng, 4)} {_d(rng, 5)}",
            f"09{_d(rng, 3)} {_d(rng, 5)}",
            f"+91-22-{_d(rng, 4)}-{_d(rng, 4)}",
        ),
        "au": (
            f"+61 2 {_d(rng, 4)} {_d(rng, 4)}",
            f"(02) {_d(rng, 4)} {_d(rng, 4)}",
            f"04{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        ),
        "br": (f"+55 11 9{_d(rng, 4)}-{_d(rng, 4)}", f"(21) 9{_d(rng, 4)}-{_d(rng, 4)}"),
        "mx": (f"+52 55 {_d(rng, 4)} {_d(rng, 4)}", f"33 {_d(rng, 4)} {_d(rng, 4)}"),
        "jp": (
            f"+81 3-{_d(rng, 4)}-{_d(rng, 4)}",
            f"03-{_d(rng, 4)}-{_d(rng, 4)}",
            f"090-{_d(rng, 4)}-{_d(rng, 4)}",
        ),
        "cn": (
            f"+86 13{rng.randint(0, 9)} {_d(rng, 4)} {_d(rng, 4)}",
            f"+86 10 {_d(rng, 4)} {_d(rng, 4)}",
        ),
        "ng": (
            f"+234 80{rng.randint(2, 9)} {_d(rng, 3)} {_d(rng, 4)}",
            f"080{rng.randint(2, 9)} {_d(rng, 3)} {_d(rng, 4)}",
        ),
        "ph": (f"+63 917 {_d(rng, 3)} {_d(rng, 4)}", f"0918 {_d(rng, 3)} {_d(rng, 4)}"),
        "pl": (
            f"+48 5{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"22 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        ),
        "ch": (
            f"+41 44 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            f"079 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        ),
        "ie": (f"+353 1 {_d(rng, 3)} {_d(rng, 4)}", f"087 {_d(rng, 3)} {_d(rng, 4)}"),
        "za": (f"+27 21 {_d(rng, 3)} {_d(rng, 4)}", f"082 {_d(rng, 3)} {_d(rng, 4)}"),
        "sg": (f"+65 6{_d(rng, 3)} {_d(rng, 4)}", f"+65 9{_d(rng, 3)} {_d(rng, 4)}"),
        "tr": (
            f"+90 212 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            f"0532 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        ),
    }


# E.164 written compact: (country code and leading digits, digits after the "+").
_E164 = {
    "us": ("1", 11),
    "gb": ("447", 12),
    "de": ("4917", 13),
    "fr": ("336", 11),
    "in": ("919", 12),
    "au": ("614", 11),
    "br": ("55119", 13),
    "ng": ("23480", 13),
    "ph": ("63917", 12),
    "es": ("346", 11),
}


def phone(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A phone in a national or international layout; `ext` adds an extension, `e164`
    writes it compact, `us` etc. choose the country. US numbers are a third of the draws."""
    shapes = _phone_shapes(rng)
    if arg == "e164":
        code, length = _E164[rng.choice(sorted(_E164))]
        rest = (
            _nz(rng, 3) + _nz(rng, 3) + _d(rng, 4) if code == "1" else _d(rng, length - len(code))
        )
        return f"+{code}{rest}", "PHONE_NUMBER"
    country = (
        arg if arg in shapes else ("us" if rng.random() < 0.33 else rng.choice(sorted(shapes)))
    )
    text = rng.choice(shapes[country])
    if arg == "ext":
        text = rng.choice(shapes[rng.choice(("us", "gb", "de", "au"))])
        text += rng.choice(
            (
                f" ext. {rng.randint(2, 899)}",
                f" x{rng.randint(10, 499)}",
                f" ext {rng.randint(100, 9999)}",
                f", ext. {rng.randint(2, 99)}",
                f" Durchwahl {rng.randint(10, 99)}",
            )
        )
    return text, "PHONE_NUMBER"


def ssn(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """An issuable SSN (area 001-899 but 666, group 01-99, serial 0001-9999)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"bare": "", "spaced": " ", "dots": "."}.get(arg, "-")
    if arg == "any":
        sep = rng.choice(("-", "-", "-", " ", "."))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", "US_SSN"


def _v4(rng: random.Random) -> str:
    first = rng.choice((rng.randint(11, 223), 10, 172, 192, 100, 203, 198))
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 100:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 127:
        first = 128
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hextet(rng: random.Random) -> str:
    return f"{rng.randint(1, 0xFFFF):x}"


def _v6(rng: random.Random, kind: str) -> str:
    prefix = rng.choice(
        (
            "2001:db8",
            "2a02:8071",
            "2600:1f18",
            "2804:14c",
            "2406:da14",
            f"fd{rng.randint(0, 255):02x}:{_hextet(rng)}",
        )
    )
    if kind == "full":
        groups = [f"{int(h, 16):04x}" for h in prefix.split(":")]
        groups += [
            "0000" if rng.random() < 0.3 else f"{rng.randint(0, 0xFFFF):04x}" for _ in range(6)
        ]
        return ":".join(groups)
    if kind == "stripped":
        groups = prefix.split(":") + [rng.choice(("0", _hextet(rng))) for _ in range(6)]
        return ":".join(groups)
    if kind == "mixed":
        tail = _v4(rng)
        return rng.choice((f"::ffff:{tail}", f"64:ff9b::{tail}", f"{prefix}::{tail}"))
    if kind == "zone":
        ids = f"{_hextet(rng)}:{rng.randint(0, 255):x}ff:fe{rng.randint(0, 255):02x}:{_hextet(rng)}"
        return f"fe80::{ids}%{rng.choice(('eth0', 'en0', 'wlan0', 'ens3', '12'))}"
    tail = ":".join(_hextet(rng) for _ in range(rng.randint(1, 3)))
    text = f"{prefix}:{_hextet(rng)}::{tail}" if rng.random() < 0.7 else f"{prefix}::{tail}"
    return text.upper() if kind == "upper" else text


def ip(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """`v4`, `v6` (any form but a zone id), `zone`, or either (40% IPv6)."""
    if arg == "v4" or (not arg and rng.random() < 0.6):
        return _v4(rng), "IP_ADDRESS"
    if arg == "zone":
        return _v6(rng, "zone"), "IP_ADDRESS"
    kind = rng.choice(("compressed", "compressed", "full", "stripped", "mixed", "upper"))
    return _v6(rng, kind), "IP_ADDRESS"


def luhn_digit(body: str) -> str:
    """The check digit that makes ``body`` + digit pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


_CARDS = (
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("3589", 16),
    ("36", 14),
    ("4", 16),
    ("5", 16),
)


def card(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    prefix, length = rng.choice(_CARDS)
    if prefix == "5":
        prefix = f"5{rng.randint(1, 5)}"
    body = prefix + _d(rng, length - len(prefix) - 1)
    number = body + luhn_digit(body)
    style = arg or rng.choice(("space", "space", "dash", "compact"))
    if style == "compact":
        return number, "CREDIT_CARD"
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:])), "CREDIT_CARD"
    if length == 14:
        return sep.join((number[:4], number[4:10], number[10:])), "CREDIT_CARD"
    if length == 13:
        return sep.join((number[:4], number[4:7], number[7:10], number[10:])), "CREDIT_CARD"
    return sep.join(number[i : i + 4] for i in range(0, length, 4)), "CREDIT_CARD"


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def _upper(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _bban(rng: random.Random, country: str) -> str:
    if country == "BE":
        first = _d(rng, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "FR":
        bank, branch, account = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        bank, branch, account = _d(rng, 4), _d(rng, 4), _d(rng, 10)

        def dc(digits: str) -> str:
            weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
            value = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
            return str({10: 1, 11: 0}.get(value, value))

        return f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"
    shapes = {
        "DE": lambda: _d(rng, 18),
        "GB": lambda: _upper(rng, 4) + _d(rng, 14),
        "NL": lambda: _upper(rng, 4) + _d(rng, 10),
        "IT": lambda: _upper(rng, 1) + _d(rng, 22),
        "PL": lambda: _d(rng, 24),
        "PT": lambda: _d(rng, 21),
        "AT": lambda: _d(rng, 16),
        "CH": lambda: _d(rng, 5) + _alnum(rng, 12),
        "IE": lambda: _upper(rng, 4) + _d(rng, 14),
        "SE": lambda: _d(rng, 20),
        "NO": lambda: _d(rng, 11),
        "DK": lambda: _d(rng, 14),
        "LU": lambda: _d(rng, 3) + _alnum(rng, 13),
        "TR": lambda: _d(rng, 5) + "0" + _d(rng, 16),
        "SA": lambda: _d(rng, 2) + _d(rng, 18),
        "FI": lambda: _d(rng, 14),
    }
    return shapes[country]()


IBAN_COUNTRIES = (
    "DE",
    "GB",
    "FR",
    "ES",
    "NL",
    "IT",
    "BE",
    "PL",
    "PT",
    "AT",
    "CH",
    "IE",
    "SE",
    "NO",
    "DK",
    "LU",
    "TR",
    "SA",
    "FI",
)


def iban_check(country: str, bban: str) -> str:
    """The two ISO 13616 check digits of ``country`` + ``bban``."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A mod-97-valid IBAN, in groups of four 60% of the time."""
    country = arg.upper() if arg else rng.choice(IBAN_COUNTRIES)
    bban = _bban(rng, country)
    compact = f"{country}{iban_check(country, bban)}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), "IBAN_CODE"
    return compact, "IBAN_CODE"


def port(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return str(rng.choice((22, 443, 8443, 51820, 3389, rng.randint(1024, 65000)))), None
