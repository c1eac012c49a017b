# ruff: noqa: E501
"""Set 39's structured values: phones, SSNs, IPs, cards, IBANs, and the number-like
look-alikes of regulated paperwork (immigration, tax, benefits, pensions, courts and legal
aid, police, driving and vehicles, hospitals, GPs, pharmacies and labs, mortgages, KYC, land
registry, utilities, elections and jury service).

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, an
address ``ipaddress`` parses, an SSN that could be issued; no documentation IP range is drawn,
neither as gold nor as a look-alike). Every number-like look-alike is not PII of the eight
types: case, docket, claim and application numbers, passport, licence and visa numbers,
plates and VINs, MRNs and NHS-style numbers (mod-11 valid, grouped like a phone), prescription
and batch numbers, tax references, EINs and ITINs (shaped like an SSN, never one), policy,
title and parcel numbers (a parcel id grouped like a phone), statute and form numbers, lab
values, amounts, dates, versions and hashes, never-issued SSNs, Luhn-failing card shapes and
IBAN shapes failing mod 97. Long digit look-alikes are drawn until they fail the Luhn check.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_valuekit as valuekit
from bench.redaction_corpus_digits import (
    digits,
    grouped,
    hex_digits,
    in_fours,
    pick,
)

# ---------------------------------------------------------------- phones
# Real US/Canada area codes (no 555 fiction).
NANP_AREAS = (406, 541, 434, 270, 207, 575, 605, 269, 509, 478, 319, 316, 573, 864, 931, 580,
              915, 716, 985, 240, 657, 906, 250, 506, 807, 418, 780, 306, 867, 709)  # fmt: skip
# Other countries in their international ("+" or "00") and national forms ("#" a digit,
# "@" a digit 1-9).
INTL: dict[str, tuple[str, ...]] = {
    "gb": ("+44 (0) 7@## ### ###", "07@## ### ###", "0044 1@## ### ####", "(0@###) ######", "+447@########"),
    "ie": ("+353 (0)85 ### ####", "085 ### ####", "+353 1 ### ####"),
    "in": ("+91 98### #####", "+91 (0)7@## ### ###", "9@###-#####", "0@##-########"),
    "de": ("+49 1@# ########", "01@# - ########", "+49 (0)30 ########"),
    "fr": ("+33 6 @# ## ## ##", "06 @# ## ## ##", "+33(0)1 @# ## ## ##"),
    "es": ("+34 91 ### ## ##", "6@# ### ###", "+34-6@#-##-##-##"),
    "pt": ("+351 91# ### ###", "00351 21 ### ####"),
    "it": ("+39 3@# #######", "+39 06 ########", "3@# ### ####"),
    "nl": ("+31 6 @# ## ## ##", "06-@#######", "+31 (0)20 ### ####"),
    "pl": ("+48 5@# ### ###", "+48 22 ### ## ##", "6@# ### ###"),
    "br": ("+55 31 9@###-####", "(41) 9@###-####", "+55 (81) 3###-####", "0xx (21) 9@###-####"),
    "mx": ("+52 443 ### ####", "+52 (228) ### ####", "844 ### ####"),
    "co": ("+57 30@ ### ####", "(607) ### ####", "+57 31@-###-####"),
    "jp": ("+81 90-####-####", "080-####-####", "03-####-####"),
    "kr": ("+82 10-####-####", "010 #### ####", "02-###-####"),
    "ph": ("+63 (2) 8###-####", "+63 91@ ### ####", "091@ ### ####"),
    "za": ("+27 8@ ### ####", "07@ ### ####", "+27 (0)21 ### ####"),
    "ng": ("+234 80@ ### ####", "080@-###-####", "+234 (0)9 ### ####"),
    "ke": ("+254 7@# ######", "07@# ### ###", "+254 (0)20 ### ####"),
    "gh": ("+233 24 ### ####", "020 ### ####"),
    "tr": ("+90 (5@#) ### ## ##", "0 5@# ### ## ##", "+90 312 ### ## ##"),
    "ae": ("+971 (0)5@ ### ####", "+971 2 ### ####", "05@ ### ####"),
    "au": ("+61 4@# ### ###", "0412 ### ###", "+61 (0)7 #### ####"),
    "ch": ("+41 7@ ### ## ##", "07@ ### ## ##"),
    "vn": ("+84 (0)9@ ### ####", "09@ ### ####"),
    "pk": ("+92 (0)3@# #######", "03@#-#######", "+92 51 #######"),
    "et": ("+251 9@ ### ####", "09@ ### ####"),
    "so": ("+252 6@ #######", "06@ #######"),
    "bd": ("+880 1@##-######", "01@##-######"),
}  # fmt: skip
EXTENSIONS = (" ext. @###", " x@##", " (ext @#)", " ext@##", " Ext. @#")


PHONE_SHAPES = valuekit.Phones(
    areas=NANP_AREAS,
    us=(
        "({a}) {b}-{c}",
        "{a}-{b}-{c}",
        "+1 ({a}) {b}-{c}",
        "+1 {a}-{b}-{c}",
        "1-{a}-{b}-{c}",
        "({a}){b}-{c}",
        "{a} {b} {c}",
        "+1.{a}.{b}.{c}",
    ),
    dots=("{a}.{b}.{c}", "1.{a}.{b}.{c}", "({a}) {b}.{c}"),
    bare=("{a}{b}{c}", "1{a}{b}{c}", "+1{a}{b}{c}"),
    extensions=EXTENSIONS,
    intl=INTL,
    kinds=("us", "us", "us", "intl", "intl", "intl", "intl", "dots", "ext"),
)


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us``, ``dots``, ``bare`` (digits only), ``ext`` (an extension
    inside the span), ``intl`` (another country, international or national form) or ``any``."""
    return PHONE_SHAPES.phone(rng, kind)


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued, with dashes, spaces, dots or nothing between its parts."""
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", "-", " ", " ", "", ".")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    return valuekit.never_issued_ssn(rng)


def itin(rng: random.Random) -> str:
    """An ITIN: 9xx, a group 50-65, 70-88, 90-92 or 94-99; shaped like an SSN, never one."""
    group = rng.choice((*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)))
    return f"9{digits(rng, 2)}-{group}-{digits(rng, 4)}"


def ein(rng: random.Random) -> str:
    """An employer identification number (a business's, ``12-3456789``)."""
    prefix = rng.choice((10, 12, 20, 27, 30, 35, 41, 46, 52, 61, 71, 81, 84, 91, 94))
    return f"{prefix}-{digits(rng, 7)}"


# ---------------------------------------------------------------- IPs
IP4_FIRST_OCTETS = (10, 10, 172, 192, 24, 38, 51, 66, 73, 89, 102, 128, 151, 185, 196, 212)


def ip4(rng: random.Random) -> str:
    """A private or public IPv4 address (never a documentation range)."""
    return valuekit.lan_or_public_ip4(rng, IP4_FIRST_OCTETS, lan_third_max=60)


IP6_FORMS = ("short", "short", "short", "full", "plain", "upper", "v4", "zone")
IP6_PREFIXES = ((0x2a01, 0x4F8), (0x2600, 0x1700), (0x2001, 0x4860), (0x2a03, 0x2880),
                (0x2401, 0x4900), (0x2c0f, 0xFE38), (0x2803, 0x9810), (0xFD7A, 0x115C))  # fmt: skip


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short`` (compressed), ``full`` (every zero), ``plain`` (eight groups,
    leading zeros dropped), ``upper``, ``v4`` (IPv4-mapped), ``zone`` (link-local with a zone
    id) or ``any``."""
    return valuekit.ip6(
        rng, form, forms=IP6_FORMS, prefixes=IP6_PREFIXES, v4=_ip6_v4, zone=_ip6_zone
    )


def _ip6_v4(rng: random.Random) -> str:
    return pick(rng, f"::ffff:{ip4(rng)}", f"::FFFF:{ip4(rng)}")


def _ip6_zone(rng: random.Random) -> str:
    return f"fe80::{hex_digits(rng, 3)}:{hex_digits(rng, 4)}:{hex_digits(rng, 4)}:{hex_digits(rng, 2)}%{pick(rng, 'eth0', 'wlp2s0', 'en0', 'ens192', '12')}"


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.5 else ip6(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro.
CARD_KINDS: tuple[valuekit.CardKind, ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "53", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65"), 16, (4, 4, 4, 4)),
    (("3530", "3566"), 16, (4, 4, 4, 4)),
    (("300", "305", "38"), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
    (("5018", "6304"), 19, (4, 4, 4, 4, 3)),
)


def card(rng: random.Random) -> str:
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(number, groups, rng.choice((" ", " ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card shape whose last digit fails Luhn."""
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(valuekit.luhn_broken(rng, number), groups, rng.choice((" ", "-")))


# ---------------------------------------------------------------- IBANs
IBAN_FORMATS = {
    "DE": "18n", "GB": "4a14n", "IE": "4a14n", "FR": "10n11c2n", "ES": "20n", "PT": "21n",
    "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n",
    "SE": "20n", "DK": "14n", "FI": "14n", "CZ": "20n", "RO": "4a16c", "GR": "7n16c",
    "BR": "23n1a1c", "TR": "6n16c", "AE": "19n", "SA": "2n18c", "PK": "4a16c", "HR": "17n",
    "LT": "16n", "MT": "4a5n18c", "QA": "4a21c", "JO": "4a4n18c",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBAN_FORMATS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.55 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    return valuekit.bad_iban(rng, IBAN_FORMATS)
