# ruff: noqa: RUF001, E501
"""Set 34's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued); every number-like look-alike is
not PII (wrong check digits, never-issued SSNs, documentation ranges written as CIDR blocks,
versions, ids, codes, hashes, dates, amounts). Digits, Luhn and IBAN check digits are the
shared helpers of ``redaction_corpus_digits``.
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
# country -> (international forms, national forms); "#" a digit, "@" a digit 1-9.
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ng": (("+234 80# ### ####", "+234 (0)90# ### ####", "+2348@#########"), ("080# ### ####", "0803-###-####")),
    "et": (("+251 91 ### ####", "+251-11-###-####"), ("091 ### ####", "0911 ## ## ##")),
    "so": (("+252 61 #######", "+252 63 ### ####"), ("061 #######",)),
    "za": (("+27 82 ### ####", "+27 (0)21 ### ####"), ("082 ### ####", "021-###-####")),
    "mg": (("+261 34 ## ### ##", "+261 32 ## ### ##"), ("034 ## ### ##",)),
    "nz": (("+64 21 ### ####", "+64 9-### ####"), ("021 ### ####", "(09) ### ####")),
    "pe": (("+51 9## ### ###", "+51 1 ### ####"), ("9## ### ###", "(01) ###-####")),
    "cl": (("+56 9 #### ####", "+56 2 2### ####"), ("9 #### ####", "(2) 2### ####")),
    "co": (("+57 3## ### ####", "+57 601 ### ####"), ("3## ### ####", "(601) ### ####")),
    "iq": (("+964 750 ### ####", "+964 770 ### ####"), ("0750 ### ####",)),
    "af": (("+93 70 ### ####", "+93 79 ### ####"), ("070 ### ####",)),
    "pk": (("+92 3## #######", "+92 51 #######", "0092 3## ### ####"), ("03##-#######", "(051) ### ####")),
    "np": (("+977 98########", "+977-1-4######"), ("98########", "01-4######")),
    "lk": (("+94 7# ### ####", "+94 11 ### ####"), ("07# ### ####", "011 ### ####")),
    "kh": (("+855 1# ### ###", "+855 23 ### ###"), ("01# ### ###", "012 ### ###")),
    "la": (("+856 20 ## ### ###", "+856 21 ### ###"), ("020 ## ### ###",)),
    "th": (("+66 8# ### ####", "+66 2 ### ####"), ("08#-###-####", "02-###-####")),
    "mn": (("+976 99## ####", "+976 11 ## ####"), ("99## ####",)),
    "kg": (("+996 7## ### ###", "+996 312 ## ## ##"), ("07## ### ###",)),
    "az": (("+994 50 ### ## ##", "+994 12 ### ## ##"), ("050 ### ## ##", "(012) ### ## ##")),
    "al": (("+355 69 ### ####",), ("069 ### ####",)),
    "ba": (("+387 61 ### ###", "+387 33 ### ###"), ("061/###-###", "033 ### ###")),
    "si": (("+386 41 ### ###", "+386 1 ### ## ##"), ("041 ### ###", "01 ### ## ##")),
    "lt": (("+370 6## #####", "+370 5 ### ####"), ("8 6## #####", "(8 5) ### ####")),
    "lv": (("+371 2# ### ###",), ("2# ### ###",)),
    "ee": (("+372 5### ####", "+372 6## ####"), ("5### ####",)),
    "is": (("+354 8## ####", "+354 5## ####"), ("8##-####", "5## ####")),
    "il": (("+972 5#-###-####", "+972 3-###-####"), ("05#-###-####", "03-###-####")),
    "gr": (("+30 69# ### ####", "+30 210 ### ####"), ("69# ### ####", "210 ### ####")),
    "mt": (("+356 79## ####", "+356 21## ####"), ("79## ####",)),
    "nl": (("+31 6 ########", "+31 (0)20 ### ####"), ("06-########", "020-### ####")),
    "jp": (("+81 90-####-####", "+81 3-####-####"), ("090-####-####", "03-####-####")),
    "kr": (("+82 10-####-####", "+82 2-###-####"), ("010-####-####", "02-###-####")),
    "tw": (("+886 9## ### ###", "+886 2 #### ####"), ("09##-###-###", "(02) ####-####")),
    "pl": (("+48 5## ### ###", "+48 22 ### ## ##"), ("5## ### ###", "22 ### ## ##")),
    "hu": (("+36 30 ### ####", "+36 1 ### ####"), ("06 30 ### ####", "06-1-###-####")),
    "ch": (("+41 79 ### ## ##", "+41 44 ### ## ##"), ("079 ### ## ##", "044 ### ## ##")),
    "dk": (("+45 ## ## ## ##",), ("## ## ## ##",)),
    "se": (("+46 70-### ## ##", "+46 8 ### ### ##"), ("070-### ## ##", "08-### ### ##")),
    "eg": (("+20 10 #### ####", "+20 2 #### ####"), ("010 #### ####", "02 #### ####")),
    "ma": (("+212 6## ## ## ##", "+212 5 22 ## ## ##"), ("06 ## ## ## ##", "05.22.##.##.##")),
    "bd": (("+880 17## ######", "+880 2-#######"), ("017##-######", "01#########")),
}  # fmt: skip
EXTENSIONS = (" ext. @##", " wew. @#", " #@##", " x@#", " (ext @#)", " lisa @#", " mahalli @#", " innval @#")  # fmt: skip


def _nanp(rng: random.Random) -> str:
    a, b, c = (
        f"{rng.randint(2, 9)}{digits(rng, 2)}",
        f"{rng.randint(2, 9)}{digits(rng, 2)}",
        digits(rng, 4),
    )
    return pick(rng, f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 ({a}) {b}-{c}",
                f"+1.{a}.{b}.{c}", f"1 {a} {b} {c}", f"{a} {b} {c}")  # fmt: skip


def phone(rng: random.Random, kind: str = "") -> str:
    """A phone number. ``kind``: "us" (NANP), "intl" (+ or 00), "local" (a national form),
    "ext" (with an extension inside the span), "wa" (WhatsApp-like "+xx xxx ..."), "dots";
    empty: any of the first three."""
    kind = kind or rng.choice(("us", "intl", "intl", "local"))
    if kind == "wa":
        intl, _ = PHONES[rng.choice(tuple(PHONES))]
        return shaped(rng, rng.choice(intl)).replace("(0)", "").replace("-", " ").replace("  ", " ")
    if kind == "dots":
        intl, national = PHONES[rng.choice(tuple(PHONES))]
        text = shaped(rng, rng.choice(intl + national))
        return text.replace(" ", ".").replace("-", ".").replace("(", "").replace(")", "")
    base = rng.choice(("us", "intl", "local")) if kind == "ext" else kind
    if base == "us":
        number = _nanp(rng)
    else:
        intl, national = PHONES[rng.choice(tuple(PHONES))]
        number = shaped(rng, rng.choice(intl if base == "intl" else national))
    if kind == "ext":
        number += shaped(rng, rng.choice(EXTENSIONS))
    return number


def product_code(rng: random.Random) -> str:
    """A phone-shaped code that is no phone (a part number, a model number)."""
    return pick(rng, f"P/N 0{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}-0{digits(rng, 1)}",
                f"MPN {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", f"SKU 00{digits(rng, 3)}-{digits(rng, 5)}",
                f"model {_letters(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}")  # fmt: skip


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued: area 001-899 but 666, group 01-99, serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ".", "")) if sep is None else sep
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape that is never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    area, group, serial = (
        f"{rng.randint(100, 665):03d}",
        f"{rng.randint(10, 99)}",
        f"{rng.randint(1000, 9999)}",
    )
    which = rng.randrange(4)
    if which == 0:
        area = rng.choice(("000", "666", f"9{rng.randint(0, 9)}{rng.randint(0, 9)}"))
    elif which == 1:
        area = f"9{digits(rng, 2)}"
    elif which == 2:
        group = "00"
    else:
        serial = "0000"
    sep = rng.choice(("-", " ", "."))
    return f"{area}{sep}{group}{sep}{serial}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    first = rng.choice((10, 10, 172, 192, 31, 41, 77, 89, 102, 117, 141, 154, 185, 196, 202, 213))
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


IP6_PREFIXES = ("2001:41d0", "2a00:1450", "2c0f:f248", "2405:200", "2400:cb00", "2a02:4780",
                "2001:470", "2803:9800", "2404:6800", "2a0a:e5c0", "fdc4:7b2e", "2406:da18")  # fmt: skip
ZONES = ("%eth1", "%ens192", "%wlp2s0", "%en1", "%utun3", "%7", "%br0", "%vlan20")


def ip6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address: "comp" (compressed), "full", "strip" (zeros stripped, not
    compressed), "upper", "v4" (IPv4-mapped or -embedded), "zone" (link-local with a zone id).
    Empty: any but the zone id."""
    form = form or rng.choice(("comp", "comp", "full", "strip", "upper", "v4"))
    if form == "zone":
        tail = ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(2, 4)))
        return f"fe80::{tail}{rng.choice(ZONES)}"
    if form == "v4":
        v4 = f"{rng.choice((41, 89, 117, 154, 185))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return pick(
            rng,
            f"::ffff:{v4}",
            f"::FFFF:{v4}",
            f"0000:0000:0000:0000:0000:ffff:{v4}",
            f"64:ff9b::{v4}",
        )
    groups = rng.choice(IP6_PREFIXES).split(":")
    while len(groups) < 8:
        groups.append(
            pick(rng, "0", "0", "0", f"{rng.randint(1, 0xFFFF):x}", f"{rng.randint(1, 0xFF):x}")
        )
    groups[-1] = f"{rng.randint(1, 0xFFFF):x}"
    address = ipaddress.IPv6Address(":".join(groups))
    if form == "full":
        return address.exploded.upper() if rng.random() < 0.4 else address.exploded
    if form == "strip":
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    return address.compressed


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.5 else ip4(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro,
# Mir, Verve, Troy, RuPay.
CARDS: tuple[tuple[tuple[str, ...], int, tuple[int, ...]], ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("52", "54", "2223", "2611"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "649"), 16, (4, 4, 4, 4)),
    (("3530", "3566"), 16, (4, 4, 4, 4)),
    (("3095", "38"), 14, (4, 6, 4)),
    (("622", "624"), 16, (4, 4, 4, 4)),
    (("6759", "5018"), 16, (4, 4, 4, 4)),
    (("2201", "2203"), 16, (4, 4, 4, 4)),
    (("5078", "6500"), 19, (4, 4, 4, 4, 3)),
    (("9792",), 16, (4, 4, 4, 4)),
    (("6521", "508"), 16, (4, 4, 4, 4)),
)


def _card_number(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    return valuekit.card_number(rng, CARDS)


def card(rng: random.Random) -> str:
    number, groups = _card_number(rng)
    return grouped(number, groups, rng.choice((" ", " ", "-", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card-shaped number that fails the Luhn check."""
    number, groups = _card_number(rng)
    last = str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return grouped(number[:-1] + last, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
# country -> BBAN pattern (ISO 13616): n digits, a capital letters, c letters or digits.
IBANS = {
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "NL": "4a10n", "BE": "12n", "CH": "5n12c",
    "AT": "16n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "IS": "22n", "GB": "4a14n",
    "SA": "2n18c", "AE": "19n", "QA": "4a21c", "KW": "4a22c", "BH": "4a14c", "EG": "25n",
    "IL": "19n", "TN": "20n", "MR": "23n", "XK": "16n", "ME": "18n", "RS": "18n", "FO": "14n",
    "GL": "14n", "GI": "4a15c", "LI": "5n12c", "AD": "8n12c", "VA": "18n", "BY": "4c4n16c",
    "IQ": "4a15n", "TL": "19n", "SV": "4a20n", "GT": "4c20c", "LC": "4a24c", "ST": "21n",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBANS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.55 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    compact = _iban(rng)
    good = int(compact[2:4])
    wrong = good + rng.randint(1, 40)
    wrong = wrong if wrong <= 98 else wrong - 60
    compact = f"{compact[:2]}{wrong:02d}{compact[4:]}"
    return in_fours(compact) if rng.random() < 0.5 else compact


# ---------------------------------------------------------------- number-like look-alikes
def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _money(r: random.Random) -> str:
    return pick(r, f"€{r.randint(1, 9)}.{digits(r, 3)},{digits(r, 2)}", f"CHF {r.randint(1, 9)}'{digits(r, 3)}.{digits(r, 2)}",
                f"{r.randint(1, 99)} {digits(r, 3)} kr", f"ZAR {r.randint(100, 9999)}.{digits(r, 2)}",
                f"₦{r.randint(1, 999)},{digits(r, 3)}", f"{r.randint(1, 99)}.{digits(r, 3)} Ft", f"NZ${r.randint(5, 999)}.{digits(r, 2)}",
                f"S/ {r.randint(5, 999)}.{digits(r, 2)}", f"¥{r.randint(1, 99)},{digits(r, 3)}", f"₩{r.randint(1, 99)},{digits(r, 3)},000",
                f"{r.randint(1, 999)},{digits(r, 2)} zł", f"Rs. {r.randint(1, 99)},{digits(r, 3)}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "rma": lambda r: pick(r, f"RMA-{r.randint(2024, 2026)}-{digits(r, 5)}", f"RMA#{nonzero_digits(r, 7)}", f"R{digits(r, 2)}-{_letters(r, 2)}{digits(r, 4)}"),
    "case": lambda r: pick(r, f"Case {nonzero_digits(r, 8)}", f"CS{digits(r, 9)}", f"case #{r.randint(10, 99)}-{digits(r, 5)}"),
    "pnr": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "flight": lambda r: f"{pick(r, 'ET', 'KQ', 'LA', 'NZ', 'TG', 'LO', 'FI', 'SK', 'PK', 'BG', 'MS', 'AT')} {r.randint(10, 9999)}",
    "seat": lambda r: f"{pick(r, 'seat', 'Seat', 'SEAT')} {r.randint(1, 48)}{pick(r, 'A', 'C', 'D', 'F', 'K')}",
    "gate": lambda r: f"{pick(r, 'gate', 'Gate')} {pick(r, 'A', 'B', 'D', 'F')}{r.randint(1, 60)}",
    "ticketid": lambda r: f"{pick(r, 'HD', 'OPS', 'SR', 'TKT', 'CX')}-{nonzero_digits(r, r.randint(4, 6))}",
    "invoice": lambda r: pick(r, f"INV-{r.randint(2025, 2026)}-{digits(r, 5)}", f"Rechnung Nr. {digits(r, 6)}", f"F{digits(r, 2)}/{digits(r, 4)}/{r.randint(2025, 2026)}"),
    "po": lambda r: pick(r, f"PO {nonzero_digits(r, 7)}", f"PO#{_letters(r, 2)}-{digits(r, 5)}"),
    "serial": lambda r: pick(r, f"S/N {_letters(r, 3)}{digits(r, 7)}{_letters(r, 1)}", f"SN: {hex_digits(r, 12).upper()}"),
    "imei": lambda r: f"IMEISV {digits(r, 2)} {digits(r, 6)} {digits(r, 6)} {digits(r, 2)}",
    "vin": lambda r: f"{pick(r, 'WVW', 'JHM', 'SAL', 'VF1', 'TMB', 'YV1')}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(14))}",
    "container": lambda r: f"{pick(r, 'MSKU', 'TGHU', 'CMAU', 'HLXU', 'OOLU')} {digits(r, 6)}-{r.randint(0, 9)}",
    "isodate": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "isotime": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{pick(r, 'Z', '+03:00', '+05:45', '-05:00')}",
    "duration": lambda r: pick(r, f"PT{r.randint(1, 9)}H{r.randint(1, 59)}M", f"{r.randint(1, 9)}h {r.randint(1, 59):02d}m", f"{r.randint(100, 9999)} ms", f"{r.randint(1, 59)}.{digits(r, 3)}s"),
    "money": _money,
    "pct": lambda r: pick(r, f"{r.randint(1, 99)}.{r.randint(0, 9)}%", f"{r.randint(1, 99)} %", f"-{r.randint(1, 40)}%"),
    "score": lambda r: pick(r, f"{r.randint(0, 5)}–{r.randint(0, 5)}", f"{r.randint(60, 130)}-{r.randint(60, 130)}", f"{r.randint(0, 4)}:{r.randint(0, 4)} (a.e.t.)"),
    "dims": lambda r: pick(r, f"{r.randint(20, 240)} × {r.randint(20, 120)} × {r.randint(5, 90)} cm", f"{r.randint(10, 99)}x{r.randint(10, 99)}x{r.randint(2, 40)} mm", f"{r.randint(1, 30)}.{r.randint(0, 9)} kg"),
    "grid": lambda r: pick(r, f"{pick(r, 'TQ', 'NT', 'SK', 'SU')} {digits(r, 4)} {digits(r, 4)}", f"{r.randint(30, 37)}{pick(r, 'S', 'T', 'U')} {digits(r, 6)} {digits(r, 7)}", f"grid {_letters(r, 1)}{r.randint(1, 12)}"),
    "coord": lambda r: pick(r, f"{r.uniform(-45, 65):.5f}, {r.uniform(-120, 170):.5f}", f"{r.randint(0, 89)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"S {r.randint(0, 179)}°{r.randint(0, 59)}'E"),
    "doi": lambda r: f"doi:10.{r.randint(1000, 9999)}/{pick(r, 'j.cell', 'nature', 'acs.jpcb', 's41586')}.{r.randint(2019, 2026)}.{digits(r, 5)}",
    "arxiv": lambda r: f"arXiv:{r.randint(19, 26)}{r.randint(1, 12):02d}.{digits(r, 5)}v{r.randint(1, 4)}",
    "sha": lambda r: pick(r, hex_digits(r, 7), hex_digits(r, 12), hex_digits(r, 40)),
    "semver": lambda r: f"{pick(r, 'v', '')}{r.randint(0, 14)}.{r.randint(0, 40)}.{r.randint(0, 30)}{pick(r, '', '', '-beta.3', '-rc.2', '+exp.sha.' + hex_digits(r, 5))}",
    "ver4": lambda r: f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 300)}.{r.randint(0, 9999)}",
    "tag": lambda r: f"{pick(r, 'ghcr.io/acme/api', 'registry.local/ingest', 'nginx', 'postgres', 'redis')}:{r.randint(1, 17)}.{r.randint(0, 9)}{pick(r, '', '-alpine', '-bookworm', '.' + str(r.randint(0, 9)))}",
    "pod": lambda r: f"{pick(r, 'checkout', 'ledger-sync', 'geo-api', 'mailer', 'thumbnailer')}-{hex_digits(r, 9)}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}",
    "port": lambda r: str(r.choice((8080, 8443, 5432, 3306, 6379, 9200, 27017, 5672, 2379, 9092, 11211, 4317))),
    "cidr": lambda r: pick(r, f"192.0.2.0/{r.choice((24, 25, 26, 28))}", f"198.51.100.{r.choice((0, 64, 128))}/{r.choice((25, 26))}", f"203.0.113.0/{r.choice((24, 27))}", "2001:db8::/32", f"2001:db8:{r.randint(1, 0xFFF):x}::/48"),
    "ts": lambda r: f"{r.randint(1, 28):02d}/{pick(r, 'Jan', 'Mar', 'Jul', 'Oct')}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {pick(r, '+0000', '+0200', '+0545', '-0300')}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "n": lambda r: str(r.randint(2, 90)),
    "n3": lambda r: str(r.randint(100, 999)),
    "waybill": lambda r: pick(r, f"AWB {digits(r, 3)}-{digits(r, 8)}", f"{_letters(r, 2)}{digits(r, 9)}{pick(r, 'NL', 'ZA', 'CH', 'PL')}", f"1Z{hex_digits(r, 6).upper()}{digits(r, 10)}"),
    "order": lambda r: pick(r, f"#{nonzero_digits(r, 6)}", f"ORD-{_letters(r, 3)}-{digits(r, 6)}", f"order {r.randint(10, 99)}-{digits(r, 7)}"),
    "prodcode": product_code,
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
}  # fmt: skip
