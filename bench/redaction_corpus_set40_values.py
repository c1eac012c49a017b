# ruff: noqa: E501
"""Set 40's structured values: phones, SSNs, IPs, cards and IBANs (gold), and the shapes of
them that are not PII (documented fictional phone numbers, masked values, never-issued SSNs,
Luhn-failing card shapes, IBAN shapes failing mod 97).

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, an
address ``ipaddress`` parses, an SSN that could be issued; no documentation IP range, no
loopback and no number of a range reserved for fiction is drawn as gold). Phone numbers are
written as people and systems write them: NANP in eight layouts, E.164, national and
international forms of 30 more countries, extensions inside the span.
"""

from __future__ import annotations

import ipaddress
import random
import re

from bench import redaction_corpus_valuekit as valuekit
from bench.redaction_corpus_digits import bban as bban
from bench.redaction_corpus_digits import (
    digits,
    grouped,
    hex_digits,
    in_fours,
    pick,
    shaped,
)
from bench.redaction_corpus_digits import iban_check_digits as iban_check_digits
from bench.redaction_corpus_digits import luhn_digit as luhn_digit

# ---------------------------------------------------------------- phones
# Real US/Canada area codes (no 555 fiction).
NANP_AREAS = (218, 228, 251, 260, 304, 308, 320, 337, 351, 385, 417, 423, 432, 463, 505, 531,
              563, 601, 608, 620, 641, 660, 701, 712, 724, 763, 802, 812, 830, 865, 918, 928,
              970, 204, 289, 343, 403, 437, 514, 587, 604, 705, 819, 902)  # fmt: skip
# Other countries in their international ("+" or "00") and national forms ("#" a digit,
# "@" a digit 1-9).
INTL: dict[str, tuple[str, ...]] = {
    "gb": ("+44 7@## ######", "07@## ######", "+44 20 3### ####", "01@## ######", "+447@########", "0044 7@## ######"),
    "ie": ("+353 87 ### ####", "087 #######", "+353 (0)21 ### ####", "00353 86 ### ####"),
    "in": ("+91 9#### #####", "09#### #####", "+91 80 #### ####", "+91-7@########"),
    "de": ("+49 (0)15# #######", "015# / #######", "+49 89 ########", "0049 17# #######"),
    "at": ("+43 664 #######", "0664 / ### ## ##", "+43 1 ### ## ##"),
    "fr": ("+33 (0)6 ## ## ## ##", "06.##.##.##.##", "+33 4 ## ## ## ##", "0033 7 ## ## ## ##"),
    "be": ("+32 47# ## ## ##", "047# ## ## ##", "+32 2 ### ## ##"),
    "es": ("+34 6## ## ## ##", "9## ### ###", "+34 9## ### ###"),
    "pt": ("+351 96# ### ###", "21# ### ###", "00351 93# ### ###"),
    "it": ("+39 34# ### ####", "+39 02 #### ####", "33@ #######", "0039 32# ### ####"),
    "nl": ("+31 (0)6 ########", "06 ## ## ## ##", "+31 10 ### ####", "0031 6 ## ## ## ##"),
    "pl": ("+48 6@# ### ###", "+48 (22) ### ## ##", "5@# ### ###"),
    "se": ("+46 7@ ### ## ##", "07@-### ## ##", "+46 8 ### ### ##"),
    "br": ("+55 (11) 9####-####", "(21) 9####-####", "+55 41 3###-####"),
    "mx": ("+52 1 55 #### ####", "+52 (81) #### ####", "33 #### ####"),
    "ar": ("+54 9 11 ####-####", "011 15-####-####", "+54 351 ###-####"),
    "cl": ("+56 9 #### ####", "(2) 2### ####", "+56 2 2### ####"),
    "jp": ("+81 80-####-####", "090-####-####", "+81 3-####-####"),
    "kr": ("+82 10-####-####", "010-####-####", "+82 2-###-####"),
    "sg": ("+65 9### ####", "+65 6### ####", "8### ####"),
    "za": ("+27 82 ### ####", "083 ### ####", "+27 (0)11 ### ####"),
    "ng": ("+234 803 ### ####", "0803 ### ####", "+234 (0)1 ### ####"),
    "ke": ("+254 722 ######", "0722 ######", "+254 (0)733 ### ###"),
    "au": ("+61 4@# ### ###", "04@# ### ###", "+61 2 #### ####"),
    "nz": ("+64 21 ### ####", "021 ### ####", "+64 9 ### ####"),
    "tr": ("+90 5@# ### ## ##", "0 (5@#) ### ## ##", "+90 (232) ### ## ##"),
    "ae": ("+971 50 ### ####", "050 ### ####", "+971 4 ### ####"),
    "il": ("+972 5@-###-####", "05@-###-####"),
    "ph": ("+63 9@# ### ####", "09@# ### ####", "+63 (2) 8### ####"),
    "pk": ("+92 3@# #######", "03@#-#######"),
    "hu": ("+36 30 ### ####", "06 20 ### ####"),
}  # fmt: skip
EXTENSIONS = (" ext. @###", " x@##", " ext @#", " (ext. @##)", " ext.@##", " X@###")
# Ranges reserved for fiction (NANP 555-0100 to -0199, Ofcom's drama numbers, ACMA's): a
# number in them is a documented fake, never drawn as gold.
FICTION = re.compile(r"555[ .-]?01\d\d|7700 ?900|1632 ?960|20 ?7946 ?0|491 ?57[0-9]")


def _nanp(rng: random.Random) -> tuple[str, str, str]:
    return valuekit.nanp(rng, NANP_AREAS)


def _us(rng: random.Random) -> str:
    a, b, c = _nanp(rng)
    return pick(rng, f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}",
                f"1 ({a}) {b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b}-{c}", f"1-{a}-{b}-{c}")  # fmt: skip


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us``, ``dots``, ``bare`` (digits only), ``e164`` (``+`` and digits
    only, any country), ``ext`` (an extension inside the span), ``intl`` (another country,
    international or national form) or ``any``."""
    if kind == "any":
        kind = rng.choice(("us", "us", "us", "intl", "intl", "intl", "intl", "dots", "ext", "e164"))
    if kind == "us":
        return _us(rng)
    if kind == "dots":
        a, b, c = _nanp(rng)
        return pick(rng, f"{a}.{b}.{c}", f"+1.{a}.{b}.{c}", f"({a}) {b}.{c}")
    if kind == "bare":
        a, b, c = _nanp(rng)
        return pick(rng, f"{a}{b}{c}", f"1{a}{b}{c}")
    if kind == "e164":
        if rng.random() < 0.4:
            a, b, c = _nanp(rng)
            return f"+1{a}{b}{c}"
        return "+" + re.sub(r"\D", "", _intl(rng, plus_only=True))
    if kind == "ext":
        return _us(rng) + shaped(rng, rng.choice(EXTENSIONS))
    return _intl(rng)


def _intl(rng: random.Random, plus_only: bool = False) -> str:
    while True:
        forms = INTL[rng.choice(tuple(INTL))]
        if plus_only:
            forms = tuple(f for f in forms if f.startswith("+")) or forms
        number = shaped(rng, rng.choice(forms))
        if plus_only:
            number = number.replace(" (0)", " ")
        if not FICTION.search(number):
            return number


def fake_phone(rng: random.Random) -> str:
    """A number of a range reserved for fiction, as test fixtures and docs use them."""
    return pick(rng, f"(202) 555-01{digits(rng, 2)}", f"+1-415-555-01{digits(rng, 2)}", f"555-01{digits(rng, 2)}",
                f"+1 312 555 01{digits(rng, 2)}", f"+44 7700 900{digits(rng, 3)}", f"07700 900{digits(rng, 3)}",
                f"01632 960{digits(rng, 3)}", f"020 7946 0{digits(rng, 3)}",
                f"0491 570 {rng.choice(('156', '157', '158', '159', '110'))}")  # fmt: skip


def masked_phone(rng: random.Random) -> str:
    """A phone number with most digits masked (a log's or a UI's redaction)."""
    return pick(rng, f"+1 ***-***-{digits(rng, 4)}", f"+44 7*** ***{digits(rng, 3)}", f"(***) ***-{digits(rng, 4)}",
                f"+49 15* ****{digits(rng, 3)}", f"•••• {digits(rng, 4)}", f"xxx-xxx-{digits(rng, 4)}")  # fmt: skip


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued, with dashes, spaces, dots or nothing between its parts."""
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", "-", " ", " ", "", ".")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx (987-65-432x: the SSA's advertising
    range), group 00 or serial 0000."""
    a, g, s = valuekit.ssn_parts(rng)
    which = rng.randint(0, 5)
    if which == 5:
        return f"987-65-432{rng.randint(0, 9)}"
    a = ("000", "666", f"9{digits(rng, 2)}", a, a)[which]
    g = "00" if which == 3 else g
    s = "0000" if which == 4 else s
    return f"{a}-{g}-{s}"


def masked_ssn(rng: random.Random) -> str:
    return pick(
        rng,
        f"***-**-{digits(rng, 4)}",
        f"XXX-XX-{digits(rng, 4)}",
        f"xxx-xx-{digits(rng, 4)}",
        f"•••-••-{digits(rng, 4)}",
    )


# ---------------------------------------------------------------- IPs
PUBLIC_V4 = (31, 37, 46, 62, 77, 81, 84, 91, 94, 109, 141, 145, 154, 176, 178, 188, 193, 201, 213, 217)  # fmt: skip


def ip4(rng: random.Random) -> str:
    """A private, CGNAT or public IPv4 address (never a documentation, loopback or
    link-local one)."""
    while True:
        kind = rng.choice(("10", "172", "192", "cgnat", "pub", "pub", "pub", "pub"))
        if kind == "10":
            addr = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        elif kind == "172":
            addr = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        elif kind == "192":
            addr = f"192.168.{rng.randint(0, 99)}.{rng.randint(2, 254)}"
        elif kind == "cgnat":
            addr = f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        else:
            addr = f"{rng.choice(PUBLIC_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        parsed = ipaddress.ip_address(addr)
        if not (parsed.is_loopback or parsed.is_link_local or parsed.is_reserved):
            return addr


IP6_PREFIXES = ((0x2A02, 0x8108), (0x2603, 0x8000), (0x2406, 0xDA18), (0x2001, 0x67C),
                (0x2A0E, 0x97C0), (0x2C0F, 0xF4C0), (0x2800, 0x3F0), (0xFD4E, 0x9A21),
                (0x2A05, 0xD014), (0x2401, 0xD800))  # fmt: skip
IP6_FORMS = ("short", "short", "short", "full", "plain", "upper", "v4", "zone")


ZONES = ("eth0", "en0", "wlan0", "ens5", "enp0s31f6", "utun4", "wg0", "br-lan", "7")


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short`` (compressed), ``full`` (every zero), ``plain`` (eight groups,
    leading zeros dropped), ``upper``, ``v4`` (IPv4-mapped or NAT64 with a dotted tail),
    ``zone`` (link-local with a zone id) or ``any``."""
    return valuekit.ip6(
        rng, form, forms=IP6_FORMS, prefixes=IP6_PREFIXES, v4=_ip6_v4, zone=_ip6_zone
    )


def _ip6_v4(rng: random.Random) -> str:
    return pick(rng, f"::ffff:{ip4(rng)}", f"::FFFF:{ip4(rng)}", f"64:ff9b::{ip4(rng)}")


def _ip6_zone(rng: random.Random) -> str:
    return f"fe80::{hex_digits(rng, 4).lstrip('0') or '1'}:{hex_digits(rng, 2)}ff:fe{hex_digits(rng, 2)}:{hex_digits(rng, 4).lstrip('0') or 'a'}%{rng.choice(ZONES)}"


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.5 else ip6(rng)


def masked_ip(rng: random.Random) -> str:
    """An address with its host part masked or truncated (no IP: it names no host)."""
    return pick(rng, f"{rng.choice(PUBLIC_V4)}.{rng.randint(0, 255)}.x.x", f"10.{rng.randint(0, 255)}.*.*",
                f"{rng.choice(PUBLIC_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.xxx",
                f"2a02:{hex_digits(rng, 4)}:****:****", f"172.{rng.randint(16, 31)}.***.***")  # fmt: skip


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro,
# Mir, RuPay, Troy.
CARD_KINDS: tuple[valuekit.CardKind, ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "52", "54", "2223", "2591", "2717"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "644", "649", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3541", "3589"), 16, (4, 4, 4, 4)),
    (("36",), 14, (4, 6, 4)),
    (("62",), 19, (4, 4, 4, 4, 3)),
    (("6759", "6761"), 18, (4, 4, 4, 4, 2)),
    (("2200", "2204"), 16, (4, 4, 4, 4)),
    (("6522", "508"), 16, (4, 4, 4, 4)),
    (("9792",), 16, (4, 4, 4, 4)),
)


def card(rng: random.Random) -> str:
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(number, groups, rng.choice((" ", " ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card shape whose last digit fails Luhn."""
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(valuekit.luhn_broken(rng, number), groups, rng.choice((" ", "-", "")))


def masked_card(rng: random.Random) -> str:
    number, _ = valuekit.card_number(rng, CARD_KINDS)
    return pick(rng, f"**** **** **** {number[-4:]}", f"{number[:6]}******{number[-4:]}", f"XXXX-XXXX-XXXX-{number[-4:]}",
                f"•••• {number[-4:]}", f"{number[:4]} **** **** {number[-4:]}")  # fmt: skip


# ---------------------------------------------------------------- IBANs
IBAN_FORMATS = {
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "SE": "20n", "NO": "11n", "FI": "14n",
    "IE": "4a14n", "PT": "21n", "LU": "3n13c", "SK": "20n", "HU": "24n", "BG": "4a6n8c",
    "SI": "15n", "EE": "16n", "LV": "4a13c", "CY": "8n16c", "IL": "19n", "KW": "4a22c",
    "BH": "4a14c", "EG": "25n", "UA": "6n19c", "GE": "2a16n", "KZ": "3n13c", "TR": "6n16c",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBAN_FORMATS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.5 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    return valuekit.bad_iban(rng, IBAN_FORMATS)


def masked_iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return pick(rng, f"{compact[:4]} **** **** **** {compact[-4:]}", f"{compact[:2]}** ****{compact[-4:]}",
                f"{compact[:4]}…{compact[-4:]}", f"{compact[:4]} XXXX XXXX XXXX {compact[-2:]}")  # fmt: skip
