# ruff: noqa: RUF001, E501
"""Set 33's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued); every number-like look-alike is
not (wrong check digits, never-issued SSNs, versions, ids, hashes, coordinates, patents).
The checksums and random-digit helpers are the shared ones of ``redaction_corpus_digits``.
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable

from bench import redaction_corpus_valuekit as valuekit
from bench.redaction_corpus_digits import (
    digits,
    grouped,
    hex_digits,
    in_fours,
    nonzero_digits,
    pick,
    shaped,
)

# ---------------------------------------------------------------- phones
# country -> (international forms, national forms); "#" is a digit, "@" a non-zero digit.
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "br": (("+55 11 9####-####", "+55 (81) 3###-####", "0055 31 9 ####-####"),
           ("(11) 9####-####", "(081) 3###-####", "31 9####-####")),
    "mx": (("+52 55 #### ####", "+52 1 33 #### ####", "+52 (222) ### ####"),
           ("55 #### ####", "(33) ####-####", "044 55 #### ####")),
    "ar": (("+54 9 11 ####-####", "+54 351 ###-####"), ("011 15-####-####", "(0351) 15 ###-####")),
    "es": (("+34 6@# ## ## ##", "+34 91 ### ## ##", "0034 6@#######"),
           ("6@# ## ## ##", "91 ### ## ##", "6@#-###-###")),
    "it": (("+39 3@# ### ####", "+39 06 #### ####", "0039 3@#.###.####"),
           ("3@# ### ####", "06 #### ####", "3@#/#######")),
    "fr": (("+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0033 7 ## ## ## ##"),
           ("06 ## ## ## ##", "01.##.##.##.##", "07-##-##-##-##")),
    "at": (("+43 6@# ######", "+43 (0)1 ### ## ##"), ("06@# ######", "01/### ## ##")),
    "ru": (("+7 9@# ###-##-##", "+7 (495) ###-##-##"), ("8 (9@#) ###-##-##", "8-495-###-##-##")),
    "ua": (("+380 6@ ### ## ##", "+380 (44) ### ####"), ("06@ ### ## ##", "(044) ###-##-##")),
    "tr": (("+90 5@# ### ## ##", "+90 (212) ### ## ##"), ("0 (5@#) ### ## ##", "05@#-###-####")),
    "gr": (("+30 69# ### ####", "+30 21# ### ####"), ("69# ### ####", "21# ###-####")),
    "pt": (("+351 9@# ### ###", "+351 21# ### ###"), ("9@# ### ###", "21# ### ###")),
    "in": (("+91 9@### #####", "+91-8@###-#####", "+91 (44) #### ####"),
           ("09@### #####", "9@###-#####", "044-#### ####")),
    "id": (("+62 81#-####-####", "+62 (21) ####-####"), ("081#-####-####", "(021) ####-####")),
    "ph": (("+63 9@# ### ####", "+63 (2) ####-####"), ("09@#-###-####", "(02) ####-####")),
    "vn": (("+84 9@ ### ## ##", "+84 (28) #### ####"), ("09@ ### ####", "028 #### ####")),
    "my": (("+60 1@-### ####", "+60 3-#### ####"), ("01@-### ####", "03-#### ####")),
    "sg": (("+65 9### ####", "+65 6### ####"), ("9### ####", "6###-####")),
    "hk": (("+852 9### ####", "+852 2### ####"), ("9###-####", "2### ####")),
    "ie": (("+353 8@ ### ####", "+353 (0)1 ### ####"), ("08@ ### ####", "(01) ### ####")),
    "ke": (("+254 7@# ######", "+254 (0)20 ### ####"), ("07@# ######", "0@## ### ###")),
    "gh": (("+233 2@ ### ####", "+233 (0)30 ### ####"), ("02@ ### ####", "030 ### ####")),
    "ae": (("+971 5@ ### ####", "+971 4 ### ####"), ("05@ ### ####", "04 ### ####")),
    "sa": (("+966 5@ ### ####", "+966 11 ### ####"), ("05@ ### ####", "011 ### ####")),
    "ge": (("+995 5@# ## ## ##", "+995 32 2## ## ##"), ("5@# ## ## ##", "032 2## ## ##")),
    "am": (("+374 9# ######", "+374 10 ######"), ("09# ## ## ##", "010 ## ## ##")),
    "uz": (("+998 9# ### ## ##", "+998 71 ### ## ##"), ("9# ### ## ##", "(71) ###-##-##")),
    "fj": (("+679 9## ####", "+679 33# ####"), ("9## ####", "33# ####")),
    "uk": (("+44 7@## ######", "+44 (0)20 #### ####"), ("07@## ######", "(020) #### ####")),
    "au": (("+61 4@# ### ###", "+61 (0)2 #### ####"), ("04@# ### ###", "(02) #### ####")),
}  # fmt: skip
EXTENSIONS = (" ext 2@", " ramal @##", " interno @#", " Durchwahl -@#", " доб. @##", " dahili @##",
              " loc. @#", " Ext.@##", " x@##", " poste @#")  # fmt: skip


def _nanp(rng: random.Random) -> str:
    a = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    b = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    c = digits(rng, 4)
    return pick(rng, f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                f"{a}/{b}-{c}", f"+1-{a}-{b}-{c}", f"({a}){b}-{c}")  # fmt: skip


def phone(rng: random.Random, kind: str = "") -> str:
    """A phone number. ``kind``: "us" (NANP), "intl" (with + or 00), "local" (national form of
    another country), "ext" (any, with an extension inside the span); empty: any."""
    kind = kind or rng.choice(("us", "intl", "intl", "local", "local"))
    base = rng.choice(("us", "intl", "local")) if kind == "ext" else kind
    if base == "us":
        number = _nanp(rng)
    else:
        intl, national = PHONES[rng.choice(tuple(PHONES))]
        number = shaped(rng, rng.choice(intl if base == "intl" else national))
    if kind == "ext":
        number += shaped(rng, rng.choice(EXTENSIONS))
    return number


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued: area 001-899 but 666, group 01-99, serial 0001-9999."""
    area = rng.randint(1, 898)
    area = area + 1 if area >= 666 else area
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ".", "")) if sep is None else sep
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    """Never issued: area 000, 666 or 9xx, or group 00, or serial 0000."""
    sep = rng.choice(("-", " ", "."))
    area, group, serial = (
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 99):02d}",
        nonzero_digits(rng, 4),
    )
    roll = rng.randrange(5)
    if roll == 0:
        group = "00"
    elif roll == 1:
        serial = "0000"
    else:
        area = rng.choice(("000", "666", f"9{digits(rng, 2)}"))
    return f"{area}{sep}{group}{sep}{serial}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    roll = rng.randrange(6)
    if roll == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (100, 127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


IP6_PREFIXES = ("2804:14c", "2806:230", "2a01:e34", "2a02:2f0", "2001:4ca0", "2409:4072",
                "2404:c0", "2001:df0", "2a0d:5600", "2c0f:fb50", "fd3a:9e11", "2600:1700",
                "2403:6200", "2a03:f480")  # fmt: skip
ZONES = ("%eth0", "%enp0s3", "%wlan0", "%en0", "%12", "%bond0", "%wg0", "%docker0", "%lo0")
IP6_FORMS = ("comp", "comp", "full", "strip", "upper", "v4", "mixed")


def ip6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address: compressed, full, zero-stripped (not compressed), upper case, mixed
    case, IPv4-mapped or -embedded, or link-local with a zone id ("zone"). Empty ``form``: any
    but the zone id."""
    form = form or rng.choice(IP6_FORMS)
    if form == "zone":
        tail = ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(2, 4)))
        return f"{rng.choice(('fe80::', 'fe80::', 'FE80::'))}{tail}{rng.choice(ZONES)}"
    if form == "v4":
        v4 = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return pick(rng, f"::ffff:{v4}", f"::FFFF:{v4}", f"64:ff9b::{v4}", f"0:0:0:0:0:ffff:{v4}",
                    f"2002:{rng.randint(1, 0xFFFF):x}::{v4}")  # fmt: skip
    groups = rng.choice(IP6_PREFIXES).split(":")
    while len(groups) < 8:
        groups.append(
            pick(rng, "0", "0", f"{rng.randint(1, 0xFFFF):x}", f"{rng.randint(1, 0xFFF):x}")
        )
    groups[-1] = f"{rng.randint(1, 0xFFFF):x}"
    address = ipaddress.IPv6Address(":".join(groups))
    if form == "full":
        return address.exploded if rng.random() < 0.6 else address.exploded.upper()
    if form == "strip":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    if form == "mixed":
        return "".join(c.upper() if rng.random() < 0.5 else c for c in address.compressed)
    return address.compressed


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.55 else ip4(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, Elo, Hipercard,
# Verve, UnionPay, Mir, RuPay, Troy, BC Card.
CARDS: tuple[tuple[tuple[str, ...], int, tuple[int, ...]], ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "53", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "644", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3589"), 16, (4, 4, 4, 4)),
    (("300", "305", "36"), 14, (4, 6, 4)),
    (("636368", "438935", "504175", "451416"), 16, (4, 4, 4, 4)),
    (("606282",), 16, (4, 4, 4, 4)),
    (("5061", "6500"), 19, (4, 4, 4, 4, 3)),
    (("62",), 16, (4, 4, 4, 4)),
    (("2200", "2204"), 16, (4, 4, 4, 4)),
    (("60", "65", "81"), 16, (4, 4, 4, 4)),
    (("9792",), 16, (4, 4, 4, 4)),
    (("94",), 16, (4, 4, 4, 4)),
)


def _card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    return valuekit.card_number(rng, CARDS)


def card(rng: random.Random) -> str:
    number, groups = _card_digits(rng)
    return grouped(number, groups, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card-shaped number whose Luhn check fails."""
    number, groups = _card_digits(rng)
    wrong = str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return grouped(number[:-1] + wrong, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
# country -> BBAN pattern (ISO 13616): n digits, a upper-case letters, c letters or digits.
IBANS = {
    "BR": "23n1a1c", "TR": "6n16c", "GR": "7n16c", "PT": "21n", "IT": "1a10n12c",
    "IE": "4a14n", "UA": "6n19c", "GE": "2a16n", "AZ": "4a20c", "KZ": "3n13c", "RO": "4a16c",
    "BG": "4a6n8c", "HR": "17n", "SI": "15n", "SK": "20n", "HU": "24n", "PL": "24n",
    "LT": "16n", "LV": "4a13c", "EE": "16n", "MT": "4a5n18c", "CY": "8n16c", "LU": "3n13c",
    "MC": "10n11c2n", "SM": "1a10n12c", "JO": "4a4n18c", "LB": "4n20c", "PS": "4a21c",
    "CR": "18n", "DO": "4a20n", "MU": "4a19n3a", "SC": "4a20n3a", "AL": "8n16c", "BA": "16n",
    "MK": "3n10c2n", "MD": "20c",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBANS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.5 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN-shaped string whose check digits are wrong."""
    compact = _iban(rng)
    good = int(compact[2:4])
    wrong = (good + rng.randint(1, 90) - 2) % 97 + 2
    wrong = wrong if wrong != good else (good - 2 + 5) % 97 + 2
    compact = f"{compact[:2]}{wrong:02d}{compact[4:]}"
    return in_fours(compact) if rng.random() < 0.5 else compact


# ---------------------------------------------------------------- number-like look-alikes
def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: pick(r, f"PED-{digits(r, 8)}", f"#{r.randint(100, 999)}-{digits(r, 6)}",
                            f"SO{nonzero_digits(r, 7)}", f"{_letters(r, 3)}{digits(r, 5)}"),
    "waybill": lambda r: pick(r, f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 3)}",
                              f"JD{digits(r, 12)}", f"GR{digits(r, 9)}"),
    "tracking": lambda r: pick(r, f"OY{digits(r, 9)}BR", f"RR{digits(r, 9)}TR",
                               f"CP{digits(r, 9)}IT", f"LP{digits(r, 14)}", f"92{digits(r, 10)}"),
    "ver": lambda r: f"{r.randint(1, 20)}.{r.randint(0, 40)}.{r.randint(0, 99)}.{r.randint(0, 4000)}",
    "semver": lambda r: (f"{pick(r, 'v', '', '@')}{r.randint(0, 9)}.{r.randint(0, 30)}."
                         f"{r.randint(0, 20)}{pick(r, '', '-alpha.2', '-rc1', '+build.' + digits(r, 3))}"),
    "build": lambda r: pick(r, f"#{nonzero_digits(r, 4)}", f"build {r.randint(20, 26)}w{r.randint(1, 52):02d}.{r.randint(1, 9)}",
                            f"ci-{nonzero_digits(r, 6)}"),
    "ts": lambda r: (f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
                     f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}Z"),
    "hash": lambda r: pick(r, hex_digits(r, 7), hex_digits(r, 40), "sha256:" + hex_digits(r, 24)),
    "coord": lambda r: pick(r, f"{r.uniform(-40, 60):.5f},{r.uniform(-120, 150):.5f}",
                            f"{r.randint(0, 89)}°{r.randint(0, 59)}′{r.randint(0, 59)}″N "
                            f"{r.randint(0, 179)}°{r.randint(0, 59)}′{r.randint(0, 59)}″W",
                            f"lat={r.uniform(-40, 60):.4f}&lon={r.uniform(-120, 150):.4f}"),
    "isbn": lambda r: pick(r, f"ISBN-13 978-{r.randint(0, 9)}-{digits(r, 3)}-{digits(r, 5)}-{r.randint(0, 9)}",
                           f"ISBN 0-{digits(r, 3)}-{digits(r, 5)}-X"),
    "lot": lambda r: pick(r, f"LOT {_letters(r, 2)}{digits(r, 4)}", f"Ch.-B. {digits(r, 6)}",
                          f"batch {r.randint(20, 26)}{digits(r, 4)}{_letters(r, 1)}"),
    "mac": lambda r: pick(r, ":".join(hex_digits(r, 2) for _ in range(6)),
                          "-".join(hex_digits(r, 2).upper() for _ in range(6))),
    "patent": lambda r: pick(r, f"US {r.randint(9, 12)},{digits(r, 3)},{digits(r, 3)} B2",
                             f"EP {digits(r, 7)} A1", f"WO 20{r.randint(10, 26)}/{digits(r, 6)}"),
    "ticketid": lambda r: f"{pick(r, 'SUP', 'INC', 'REQ', 'CS')}-{nonzero_digits(r, 5)}",
    "invoice": lambda r: pick(r, f"NF-e {digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}",
                              f"FAC-{r.randint(2024, 2026)}/{digits(r, 5)}", f"INV {digits(r, 7)}"),
    "amount": lambda r: pick(r, f"R$ {r.randint(5, 999)},{digits(r, 2)}", f"₺{r.randint(10, 9999)}",
                             f"₹{r.randint(1, 99)},{digits(r, 3)}", f"RM{r.randint(5, 999)}.{digits(r, 2)}",
                             f"₱{r.randint(50, 9999)}", f"{r.randint(10, 999)} ₴",
                             f"AED {r.randint(10, 999)}", f"KSh {r.randint(100, 9999)}",
                             f"₾{r.randint(5, 999)}", f"{r.randint(5, 999)},{digits(r, 2)} €"),
    "date": lambda r: pick(r, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2024, 2026)}",
                           f"{r.randint(1, 28)} {pick(r, 'Ekim', 'março', 'Juli', 'Oct')} {r.randint(2024, 2026)}"),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "n": lambda r: str(r.randint(2, 480)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "port": lambda r: str(r.randint(1025, 65000)),
    "pnr": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "imei": lambda r: f"IMEI {digits(r, 2)}-{digits(r, 6)}-{digits(r, 6)}",
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
}  # fmt: skip
