# ruff: noqa: RUF001, E501
"""Set 36's structured values: phones, SSNs, IPs, cards, IBANs, and the number-like
look-alikes of consumer services (food delivery, rides, travel, banking, telecom, streaming,
clinics, rentals, home services, dating, courses).

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued; no documentation IP range is
drawn, neither as gold nor as a look-alike). Every number-like look-alike is not PII: booking
references and PNRs, flight and train numbers, seats and gates, ride, order, trip and job ids,
transaction and bank references, account numbers that are not IBANs, routing numbers, sort
codes and IFSC codes, card last-4 and masked cards, amounts in many currencies, loyalty,
policy and claim numbers, meter readings, IMEI, ICCID and IMSI, plan names, promo codes,
one-time codes, timestamps, versions, hashes, UUIDs and coordinates, never-issued SSNs,
Luhn-failing card shapes and IBAN shapes failing mod 97. Long digit look-alikes are drawn
until they fail the Luhn check.
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
)
from bench.redaction_corpus_valuekit import not_luhn as _no_luhn

# ---------------------------------------------------------------- phones
# Real US/Canada area codes (no 555 fiction).
AREA_CODES = (208, 919, 520, 402, 509, 918, 505, 540, 515, 865, 239, 775, 616, 423, 559, 315,
              347, 628, 737, 980, 786, 951, 480, 503, 614, 317, 984, 571, 604, 416, 902, 780)  # fmt: skip
# Other countries the services run in ("#" a digit, "@" a digit 1-9).
PHONES: dict[str, tuple[str, ...]] = {
    "gb": ("07@## ######", "+44 7@## ######", "+44 (0)1@1 ### ####", "020 7### ####"),
    "in": ("+91 9@### #####", "+91-7@##-######", "09@##-######", "+91 80 4### ####"),
    "br": ("+55 11 9@###-####", "(21) 9@###-####", "+55 (31) 3@##-####"),
    "mx": ("+52 55 @### ####", "+52 1 33 @### ####", "(81) @###-####"),
    "de": ("+49 15@ ########", "0172 #######", "+49 (0)30 @#######"),
    "fr": ("06 @# ## ## ##", "+33 7 @# ## ## ##", "07.@#.##.##.##"),
    "ph": ("0917 ### ####", "+63 918 @## ####", "0998-###-####"),
    "ng": ("0806 ### ####", "+234 803 ### ####", "+234 (0)90@ ### ####"),
    "au": ("04@# ### ###", "+61 4@# ### ###", "(02) 9### ####"),
    "es": ("+34 6@# ## ## ##", "6@# ### ###"),
    "it": ("+39 34@ ### ####", "33@ #######"),
    "tr": ("+90 (53@) ### ## ##", "05@# ### ## ##"),
    "jp": ("080-@###-####", "+81 90 @### ####"),
    "ke": ("+254 7@# ######", "07@# ######"),
    "za": ("+27 8@ ### ####", "08@ ### ####"),
    "ae": ("+971 5@ ### ####", "05@ ### ####"),
}  # fmt: skip
EXTENSIONS = (" ext @##", " x@#", " ext. @#", ";ext=@##", " (ext @#)")


PHONE_SHAPES = valuekit.Phones(
    areas=AREA_CODES,
    us=(
        "({a}) {b}-{c}",
        "{a}-{b}-{c}",
        "+1 {a} {b} {c}",
        "+1-{a}-{b}-{c}",
        "1 ({a}) {b}-{c}",
        "{a}/{b}-{c}",
        "+1 ({a}) {b} {c}",
        "({a}) {b} {c}",
    ),
    dots=("{a}.{b}.{c}", "1.{a}.{b}.{c}"),
    bare=("{a}{b}{c}", "1{a}{b}{c}"),
    extensions=EXTENSIONS,
    intl=PHONES,
    kinds=("us", "us", "us", "intl", "intl", "intl", "dots", "ext"),
)


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us`` (NANP layouts), ``dots``, ``bare`` (ten digits after a cue),
    ``ext`` (NANP with an extension), ``intl`` (another country), ``any``."""
    return PHONE_SHAPES.phone(rng, kind)


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", "-", " ", "")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    a, g, s = valuekit.ssn_parts(rng)
    which = rng.randint(0, 4)
    a = ("000", "666", f"9{digits(rng, 2)}", a, a)[which]
    g = "00" if which == 3 else g
    s = "0000" if which == 4 else s
    return f"{a}-{g}-{s}"


# ---------------------------------------------------------------- IPs
IP4_FIRST_OCTETS = (10, 10, 172, 192, 23, 31, 52, 67, 81, 99, 107, 142, 157, 188, 201, 217)


def ip4(rng: random.Random) -> str:
    """A private or public IPv4 address (never a documentation range)."""
    return valuekit.lan_or_public_ip4(rng, IP4_FIRST_OCTETS, lan_third_max=99)


def _ip6_groups(rng: random.Random) -> list[int]:
    head = rng.choice(((0x2a00, 0x23C8), (0x2603, 0x8000), (0x2409, 0x8A28), (0x2a0d, 0x5600),
                       (0x2800, 0x3F0), (0xFD12, 0x3456), (0x2c0f, 0xF7A8), (0x2405, 0x201)))  # fmt: skip
    rest = [rng.choice((0, 0, rng.randint(1, 0xFFFF), rng.randint(1, 0xFFF))) for _ in range(6)]
    return [*head, *rest]


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short``, ``full``, ``strip`` (zeros stripped, not compressed),
    ``upper``, ``v4`` (IPv4-mapped or NAT64), ``zone`` (link-local with a zone id)."""
    if form == "any":
        form = rng.choice(("short", "short", "short", "full", "strip", "upper", "v4", "zone"))
    groups = _ip6_groups(rng)
    addr = ipaddress.IPv6Address(int("".join(f"{g:04x}" for g in groups), 16))
    if form == "full":
        return addr.exploded
    if form == "strip":
        return ":".join(f"{g:x}" for g in groups)
    if form == "upper":
        return str(addr).upper()
    if form == "v4":
        return pick(rng, f"::ffff:{ip4(rng)}", f"64:ff9b::{ip4(rng)}")
    if form == "zone":
        return f"fe80::{hex_digits(rng, 4)}:{hex_digits(rng, 3)}:{hex_digits(rng, 4)}:{hex_digits(rng, 2)}%{pick(rng, 'wlan1', 'eth1', 'en1', 'bond0', 'ens33', '3')}"
    return str(addr)


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.5 else ip6(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay.
CARDS: tuple[tuple[tuple[str, ...], int, tuple[int, ...]], ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("52", "54", "2223", "2500"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "649"), 16, (4, 4, 4, 4)),
    (("3528", "3589"), 16, (4, 4, 4, 4)),
    (("36",), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
)


def _card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    return valuekit.card_number(rng, CARDS)


def card(rng: random.Random) -> str:
    number, groups = _card_digits(rng)
    return grouped(number, groups, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A 16-digit card shape that fails Luhn."""
    number, _ = _card_digits(rng)
    wrong = str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return (
        grouped(number[:-1] + wrong, (4, 4, 4, 4), " ")
        if len(number) == 16
        else number[:-1] + wrong
    )


# ---------------------------------------------------------------- IBANs
IBANS = {
    "GB": "4a14n", "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "5n12c", "IE": "4a14n", "PL": "24n", "PT": "21n",
    "AE": "19n", "SA": "2n18c", "TR": "6n16c", "BR": "23n1a1c", "NO": "11n", "FI": "14n",
    "RO": "4a16c", "HU": "24n", "LU": "3n13c", "CZ": "20n",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBANS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.55 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    return valuekit.bad_iban(rng, IBANS)


# ---------------------------------------------------------------- look-alikes
def _caps(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _amount(r: random.Random) -> str:
    whole, cents = r.randint(2, 480), r.randint(0, 99)
    return pick(r, f"${whole}.{cents:02d}", f"€{whole},{cents:02d}", f"£{whole}.{cents:02d}",
                f"₹{whole * 10:,}", f"R$ {whole},{cents:02d}", f"MX${whole * 8}", f"AED {whole}",
                f"¥{whole * 100:,}", f"{whole}.{cents:02d} USD", f"CAD {whole}.{cents:02d}",
                f"A${whole}.{cents:02d}", f"₦{whole * 900:,}", f"{whole * 11} TL")  # fmt: skip


def _imei(r: random.Random) -> str:
    return _no_luhn(r, 15, pick(r, "35", "86", "49"))


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "n": lambda r: str(r.randint(2, 9)),
    "n3": lambda r: str(r.randint(100, 999)),
    "pnr": lambda r: _alnum(r, 6),
    "booking": lambda r: pick(r, f"HB-{digits(r, 8)}", f"BK{_alnum(r, 7)}", f"{digits(r, 10)}", f"RES-{_caps(r, 3)}{digits(r, 5)}", f"CNF {nonzero_digits(r, 8)}"),
    "flight": lambda r: pick(r, f"UA {r.randint(100, 2999)}", f"EK{r.randint(1, 999)}", f"6E {r.randint(100, 6999)}", f"FR{r.randint(1000, 9999)}", f"LH {r.randint(400, 1999)}", f"QR{r.randint(1, 899)}", f"AA{r.randint(10, 3000)}", f"BA {r.randint(10, 999):04d}"),
    "train": lambda r: pick(r, f"ICE {r.randint(500, 1999)}", f"TGV {r.randint(6000, 8999)}", f"Avanti {r.randint(1, 99)}A{r.randint(10, 99)}", f"Amtrak {r.randint(20, 199)}", f"Rajdhani {r.randint(12301, 12999)}", f"Frecciarossa {r.randint(9500, 9699)}"),
    "seat": lambda r: f"{r.randint(1, 48)}{r.choice('ABCDEFHK')}",
    "gate": lambda r: f"{r.choice('ABCDEFGT')}{r.randint(1, 64)}",
    "ride": lambda r: pick(r, f"RD-{hex_digits(r, 8)}", f"trip_{_alnum(r, 10).lower()}", f"{hex_digits(r, 4)}-{hex_digits(r, 4)}-{hex_digits(r, 4)}", f"R{digits(r, 9)}"),
    "order": lambda r: pick(r, f"#{r.randint(1000, 99999)}", f"DX-{_alnum(r, 4)}-{digits(r, 4)}", f"FD{digits(r, 11)}", f"order {r.randint(100, 999)}-{r.randint(1000, 9999)}"),
    "job": lambda r: pick(r, f"JOB-{digits(r, 6)}", f"TK-{_alnum(r, 5)}", f"task {r.randint(10000, 99999)}", f"WO{digits(r, 7)}"),
    "listing": lambda r: pick(r, f"listing {nonzero_digits(r, 8)}", f"LST-{_caps(r, 2)}{digits(r, 6)}", f"unit id {r.randint(1000, 9999)}{r.choice('ABCD')}"),
    "appt": lambda r: pick(r, f"APT-{_caps(r, 2)}{digits(r, 5)}", f"visit {nonzero_digits(r, 7)}", f"booking ref {_alnum(r, 8)}"),
    "course": lambda r: pick(r, f"{_caps(r, 3)}-{r.randint(100, 499)}", f"cohort {r.randint(2, 48)}", f"module {r.randint(1, 12)}.{r.randint(1, 9)}", f"cert {_alnum(r, 4)}-{_alnum(r, 4)}"),
    "txn": lambda r: pick(r, f"TXN{digits(r, 12)}", f"FT{r.randint(23, 26)}{digits(r, 3)}{_caps(r, 5)}", f"UTR {nonzero_digits(r, 12)}", f"ref {_alnum(r, 10)}", f"pi_{hex_digits(r, 16)}", f"ch_{_alnum(r, 14).lower()}"),
    "acct": lambda r: pick(r, f"acct {nonzero_digits(r, 10)}", f"A/C {nonzero_digits(r, 11)}", f"account no. {nonzero_digits(r, 8)}", f"{nonzero_digits(r, 4)}-{digits(r, 6)}"),
    "routing": lambda r: pick(r, f"routing {r.choice(('0', '1', '2', '3'))}{digits(r, 8)}", f"ABA {r.choice(('0', '1', '2'))}{digits(r, 8)}", f"sort code {digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", f"IFSC {_caps(r, 4)}0{digits(r, 6)}", f"BSB {digits(r, 3)}-{digits(r, 3)}", f"SWIFT {_caps(r, 6)}{_alnum(r, 2)}"),
    "last4": lambda r: pick(r, f"**** {digits(r, 4)}", f"ending in {digits(r, 4)}", f"•••• {digits(r, 4)}", f"xxxx-xxxx-xxxx-{digits(r, 4)}", f"card ending {digits(r, 4)}", f"************{digits(r, 4)}"),
    "amount": _amount,
    "loyalty": lambda r: pick(r, f"member {nonzero_digits(r, 9)}", f"FF {_caps(r, 2)}{digits(r, 8)}", f"rewards #{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", f"tier Gold, {r.randint(1000, 98000):,} pts"),
    "policy": lambda r: pick(r, f"POL-{digits(r, 2)}-{digits(r, 7)}", f"policy {_caps(r, 3)}{digits(r, 8)}", f"H{digits(r, 9)}-01"),
    "claim": lambda r: pick(r, f"CLM-{r.randint(2024, 2026)}-{digits(r, 6)}", f"claim {nonzero_digits(r, 10)}", f"CL{_alnum(r, 7)}"),
    "meter": lambda r: pick(r, f"{r.randint(1000, 99999):05d}.{r.randint(0, 9)} kWh", f"MTR {digits(r, 4)}-{digits(r, 4)}", f"{r.randint(100, 9999)} m³", f"reading {r.randint(10000, 99999)}"),
    "imei": lambda r: pick(r, f"IMEI {_imei(r)}", f"imei={_imei(r)}", f"IMEI: {grouped(_imei(r), (2, 6, 6, 1), ' ')}"),
    "iccid": lambda r: pick(r, f"ICCID 89{digits(r, 18)}", f"iccid=8944{digits(r, 16)}", f"SIM 8991{digits(r, 16)}F"),
    "imsi": lambda r: pick(r, f"IMSI {r.choice(('310260', '234150', '404450', '515020'))}{digits(r, 9)}", f"imsi={r.choice(('50503', '72405', '20801'))}{digits(r, 10)}"),
    "plan": lambda r: pick(r, "Unlimited Max 5G", "Prepaid 30-Day Value", "Family Share 4 Lines", "Premium with ads", "Basic Annual", "Student Duo", "Go Unlimited Lite", "Data Only 50 GB", "Roam Pass Global", "Standard Monthly", "Ultra HD 4 Screens", "Pay-as-you-go Plus"),
    "promo": lambda r: pick(r, f"{r.choice(('EATNOW', 'RIDE', 'STAY', 'FLIX', 'CLEAN', 'LEARN'))}{r.randint(5, 50)}", f"WELCOME-{_alnum(r, 4)}", f"{_caps(r, 4)}{r.randint(10, 99)}OFF"),
    "otp": lambda r: pick(r, f"{digits(r, 6)}", f"{digits(r, 3)}-{digits(r, 3)}", f"{digits(r, 4)}"),
    "room": lambda r: pick(r, f"Room {r.randint(101, 2412)}", f"rm {r.randint(201, 909)}", f"Suite {r.randint(10, 40)}0{r.randint(1, 9)}"),
    "ticket": lambda r: pick(r, f"#{r.randint(100000, 999999)}", f"CS-{digits(r, 7)}", f"INC{digits(r, 7)}", f"case {nonzero_digits(r, 8)}"),
    "date": lambda r: pick(r, f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Sep', 'Oct', 'Nov', 'Dec'))}", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/26"),
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "time": lambda r: pick(r, f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('am', 'pm', 'AM', 'PM'))}", f"{r.randint(0, 23):02d}:{r.choice(('00', '15', '30', '45'))}"),
    "isots": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}Z",
    "epoch": lambda r: pick(r, str(r.randint(1764000000, 1799000000)), str(r.randint(1764000000000, 1799000000000))),
    "ms": lambda r: str(r.randint(3, 2400)),
    "status": lambda r: r.choice(("200", "201", "204", "302", "400", "401", "403", "404", "409", "429", "500", "502")),
    "port": lambda r: str(r.randint(1025, 65000)),
    "eta": lambda r: pick(r, f"{r.randint(2, 45)} min", f"ETA {r.randint(2, 59)}m", f"{r.randint(1, 9)} mins away"),
    "rating": lambda r: pick(r, f"{r.randint(3, 4)}.{r.randint(10, 99)}", f"{r.randint(1, 5)}/5", f"{r.randint(1, 5)}★"),
    "version": lambda r: pick(r, f"v{r.randint(3, 14)}.{r.randint(0, 40)}.{r.randint(0, 9)}", f"{r.randint(5, 26)}.{r.randint(1, 12)}.{r.randint(100, 999)}", f"build {r.randint(20000, 99999)}", f"iOS {r.randint(17, 19)}.{r.randint(0, 6)}", f"Android {r.randint(12, 16)}"),
    "hash": lambda r: pick(r, hex_digits(r, 40), hex_digits(r, 64), hex_digits(r, 32), hex_digits(r, 7)),
    "uuid": lambda r: f"{hex_digits(r, 8)}-{hex_digits(r, 4)}-4{hex_digits(r, 3)}-{r.choice('89ab')}{hex_digits(r, 3)}-{hex_digits(r, 12)}",
    "coords": lambda r: pick(r, f"{r.uniform(-40, 55):.5f},{r.uniform(-120, 140):.5f}", f"lat={r.uniform(-35, 52):.4f}&lon={r.uniform(-100, 120):.4f}", f"{r.randint(1, 59)}°{r.randint(0, 59)}′{r.randint(0, 59)}″N {r.randint(1, 120)}°{r.randint(0, 59)}′W"),
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "mac": lambda r: pick(r, ":".join(hex_digits(r, 2) for _ in range(6)), "-".join(hex_digits(r, 2) for _ in range(6)).upper()),
    "pct": lambda r: f"{r.randint(5, 60)}%",
    "km": lambda r: pick(r, f"{r.randint(1, 40)}.{r.randint(0, 9)} km", f"{r.randint(1, 25)}.{r.randint(0, 9)} mi"),
}  # fmt: skip
