"""Set 25's structured values: phones, SSNs, IPs, cards, IBANs, and the number-like look-alikes.

Checksums (Luhn, ISO 13616 mod 97, the national keys of BE, FR and ES) are written here from the
public specifications, not taken from the detector.
"""

from __future__ import annotations

import ipaddress

from bench.redaction_corpus_set25_values import Draw

# ---------------------------------------------------------------- phones
# (international shapes, national shapes); '#' a digit, '%' a digit 2-9.
PHONE_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "us": (
        ("+1 %##-%##-####", "+1 (%##) %##-####", "+1.%##.%##.####"),
        ("(%##) %##-####", "%##-%##-####", "%##.%##.####", "1-%##-%##-####"),
    ),
    "gb": (
        ("+44 7### ######", "+44 (0)20 #### ####", "+44 1%## ######"),
        ("07### ######", "020 #### ####", "01%## ######", "07###-######"),
    ),
    "de": (
        ("+49 15# ########", "+49 (0)30 ########", "+49 89 ### ####"),
        ("015# ########", "030/########", "089 ## ## ## ##", "0%## ######"),
    ),
    "fr": (
        ("+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "+33 7 ## ## ## ##"),
        ("06 ## ## ## ##", "01.##.##.##.##", "07 ## ## ## ##"),
    ),
    "it": (("+39 3## ### ####", "+39 06 #### ####"), ("3## ### ####", "06 ####-####")),
    "es": (("+34 6## ### ###", "+34 91 ### ## ##"), ("6## ## ## ##", "91 ### ## ##")),
    "nl": (("+31 6 ########", "+31 (0)20 ### ####"), ("06-########", "020-#######")),
    "in": (("+91 9#### #####", "+91-80-####-####"), ("09#### #####", "080 #### ####")),
    "au": (("+61 4## ### ###", "+61 2 #### ####"), ("04## ### ###", "(02) #### ####")),
    "br": (("+55 11 9####-####", "+55 (21) 9####-####"), ("(11) 9####-####",)),
    "mx": (("+52 55 #### ####", "+52 1 33 #### ####"), ("55 ####-####",)),
    "jp": (("+81 90-####-####", "+81 3-####-####"), ("090-####-####", "03-####-####")),
    "cn": (("+86 13# #### ####", "+86 10 #### ####"), ("13#-####-####",)),
    "ng": (("+234 803 ### ####", "+234 (0)805 ### ####"), ("0803 ### ####", "0813-###-####")),
    "ph": (("+63 917 ### ####",), ("0917 ### ####", "0928-###-####")),
    "pl": (("+48 5## ### ###",), ("5##-###-###", "22 ### ## ##")),
    "ch": (("+41 79 ### ## ##", "0041 44 ### ## ##"), ("079 ### ## ##",)),
    "ie": (("+353 87 ### ####", "00353 1 ### ####"), ("087 ### ####", "(01) ### ####")),
    "za": (("+27 82 ### ####",), ("082 ### ####", "021 ### ####")),
    "sg": (("+65 9### ####",), ("8### ####",)),
    "tr": (("+90 5## ### ## ##",), ("0 (5##) ### ## ##",)),
}
_PHONE_COUNTRIES = ("us",) * 6 + ("gb",) * 3 + tuple(PHONE_SHAPES)
_EXTENSIONS = (" ext. ###", " x####", ", ext. ##", " ext ###", " x##", " ext.###")


def phone(draw: Draw, kind: str = "") -> str:
    """kind: '' any, 'intl', 'nat', 'ext' (an extension inside the span), 'e164', 'us'."""
    country = "us" if kind == "us" else draw.pick(_PHONE_COUNTRIES)
    intl, nat = PHONE_SHAPES[country]
    if kind == "e164":
        shape = draw.pick(intl).replace("(0)", "")
        return "+" + "".join(c for c in draw.pattern(shape) if c.isdigit())
    if kind == "intl" or (kind in ("", "ext") and draw.chance(0.55)):
        shape = draw.pick(intl)
    else:
        shape = draw.pick(nat)
    number = draw.pattern(shape)
    if kind == "ext":
        number += draw.pattern(draw.pick(_EXTENSIONS))
    return number


# ---------------------------------------------------------------- SSNs
def ssn_digits(draw: Draw) -> tuple[str, str, str]:
    area = draw.pick([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{draw.num(1, 99):02d}", f"{draw.num(1, 9999):04d}"


def ssn(draw: Draw, form: str = "") -> str:
    a, g, s = ssn_digits(draw)
    form = form or draw.pick(("-",) * 6 + (" ", " ", ".", "."))
    return f"{a}{g}{s}" if form == "bare" else form.join((a, g, s))


# ---------------------------------------------------------------- IPs
def ipv4(draw: Draw) -> str:
    shape = draw.pick(
        (
            "10.{}.{}.{}",
            "192.168.{}.{}",
            "172.{}.{}.{}",
            "203.0.113.{}",
            "198.51.100.{}",
            "100.{}.{}.{}",
            "pub",
            "pub",
            "pub",
        )
    )
    if shape == "pub":
        first = draw.pick((23, 31, 45, 62, 77, 81, 91, 104, 139, 151, 185, 193, 212))
        return f"{first}.{draw.num(0, 255)}.{draw.num(0, 255)}.{draw.num(1, 254)}"
    if shape.startswith("172."):
        return f"172.{draw.num(16, 31)}.{draw.num(0, 255)}.{draw.num(1, 254)}"
    if shape.startswith("100."):
        return f"100.{draw.num(64, 127)}.{draw.num(0, 255)}.{draw.num(1, 254)}"
    parts = [str(draw.num(0, 255)) for _ in range(shape.count("{}") - 1)] + [str(draw.num(1, 254))]
    return shape.format(*parts)


def _group(draw: Draw) -> str:
    return draw.hex(draw.num(1, 4)).lstrip("0") or "0"


def ipv6(draw: Draw, form: str = "") -> str:
    """form: compressed, full, stripped, upper, mapped, nat64, zone, ula, doc ('' any)."""
    form = form or draw.pick(
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
            "doc",
        )
    )
    prefix = draw.pick(("2a02", "2600", "2406", "2001:db8", "2a01", "2c0f", "2804"))
    if form == "mapped":
        return f"::{draw.pick(('ffff', 'FFFF', 'ffff'))}:{ipv4(draw)}"
    if form == "nat64":
        return f"64:ff9b::{ipv4(draw)}"
    if form == "zone":
        tail = ":".join(draw.hex(4).lstrip("0") or "0" for _ in range(4))
        return f"fe80::{tail}%{draw.pick(('eth0', 'en0', 'wlan0', 'enp3s0', '3', 'ens192'))}"
    if form == "ula":
        return f"fd{draw.hex(2)}:{draw.hex(4)}:{draw.hex(4)}:{draw.num(1, 9)}::{_group(draw)}"
    if form == "doc":
        return f"2001:db8:{_group(draw)}:{_group(draw)}::{_group(draw)}"
    groups = prefix.split(":") + [draw.hex(4) for _ in range(8 - prefix.count(":") - 1)]
    if form == "full":
        text = ":".join(g.zfill(4) for g in groups)
        return text.upper() if draw.chance(0.4) else text
    if form == "stripped":
        groups[3] = "0"
        return ":".join(g.lstrip("0") or "0" for g in groups)
    compressed = ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    text = str(ipaddress.IPv6Address(compressed)) if form != "upper" else compressed.upper()
    return text


def ip(draw: Draw) -> str:
    return ipv6(draw) if draw.chance(0.4) else ipv4(draw)


# ---------------------------------------------------------------- cards
def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


_CARD_PREFIXES = (
    ("4", 16),
    ("4", 16),
    ("4", 13),
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
)


def card_number(draw: Draw) -> str:
    prefix, length = draw.pick(_CARD_PREFIXES)
    body = prefix + "".join(str(draw.num(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def group_card(digits: str, sep: str) -> str:
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    if len(digits) == 14:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def card(draw: Draw) -> str:
    digits = card_number(draw)
    sep = draw.pick((" ", " ", "-", ""))
    return group_card(digits, sep) if sep else digits


# ---------------------------------------------------------------- IBANs
def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban_check(country: str, bban: str) -> str:
    return f"{98 - _mod97(bban + country + '00'):02d}"


def _be_bban(draw: Draw) -> str:
    first = draw.pattern("##########")
    key = int(first) % 97 or 97
    return f"{first}{key:02d}"


def _fr_bban(draw: Draw) -> str:
    bank, branch, account = (
        draw.pattern("#####"),
        draw.pattern("#####"),
        draw.pattern("###########"),
    )
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _es_bban(draw: Draw) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def digit(ten: str) -> str:
        d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
        return {11: "0", 10: "1"}.get(d, str(d))

    bank, branch, account = draw.pattern("####"), draw.pattern("####"), draw.pattern("##########")
    return f"{bank}{branch}{digit('00' + bank + branch)}{digit(account)}{account}"


# country -> BBAN shape ('#' digit, '@' letter) or a maker with national check digits.
_BBAN = {
    "DE": "##################",
    "GB": "@@@@##############",
    "NL": "@@@@##########",
    "IT": "@##########" + "############",
    "PL": "########################",
    "CH": "#####" + "############",
    "AT": "################",
    "IE": "@@@@##############",
    "SE": "####################",
    "NO": "###########",
    "DK": "##############",
    "LU": "###" + "#############",
    "FI": "##############",
}
_BBAN_MAKERS = {"BE": _be_bban, "FR": _fr_bban, "ES": _es_bban}
_IBAN_COUNTRIES = tuple(_BBAN) + tuple(_BBAN_MAKERS) + ("DE", "GB", "FR", "ES", "NL")


def iban_compact(draw: Draw) -> str:
    country = draw.pick(_IBAN_COUNTRIES)
    bban = _BBAN_MAKERS[country](draw) if country in _BBAN_MAKERS else draw.pattern(_BBAN[country])
    return country + iban_check(country, bban) + bban


def group_iban(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban(draw: Draw, form: str = "") -> str:
    compact = iban_compact(draw)
    form = form or draw.pick(("group", "compact"))
    return group_iban(compact) if form == "group" else compact


def iban_valid(text: str) -> bool:
    compact = text.replace(" ", "")
    return _mod97(compact[4:] + compact[:4]) == 1
