# ruff: noqa: RUF001, E501
"""Set 35's structured values: phones, SSNs, IPs, cards, IBANs, and number-like look-alikes.

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued); every number-like look-alike is
not PII: tracking numbers and waybills, order ids, versions, timestamps, hashes and UUIDs,
coordinates, SKUs, UPC/EAN/ISBN, IMEI, VINs, routing and account numbers, invoice, PO, RMA and
case numbers, PNRs and flights, prices, quantities, dimensions, percentages, never-issued SSNs,
Luhn-failing cards, IBANs failing mod 97, documentation IP ranges, MAC addresses and ports.
Long digit look-alikes are drawn until they fail the Luhn check.
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
    luhn_ok,
    nonzero_digits,
    pick,
    shaped,
)
from bench.redaction_corpus_valuekit import not_luhn as _no_luhn

# ---------------------------------------------------------------- phones
# Real, common US/Canada area codes (no 555 fiction).
AREA_CODES = (212, 312, 415, 713, 214, 404, 602, 617, 206, 305, 469, 646, 702, 720, 773, 832,
              918, 469, 503, 512, 614, 619, 704, 813, 916, 971, 201, 248, 336, 385, 416, 604)  # fmt: skip
# country -> phone shapes; "#" a digit, "@" a digit 1-9.
PHONES: dict[str, tuple[str, ...]] = {
    "gb": ("07700 9## ###", "+44 7### ######", "+44 (0)20 7### ####", "0161 ### ####", "07### ######"),
    "in": ("+91 98### #####", "+91 9@### #####", "+91-7#########", "098## #####", "9@########"),
    "br": ("(11) 9####-####", "+55 11 9####-####", "+55 (21) 9####-####", "(31) 3###-####"),
    "mx": ("+52 55 #### ####", "+52 1 33 #### ####", "55 #### ####", "(81) ####-####"),
    "de": ("0151 ########", "+49 151 #######@", "+49 30 #######", "0176/########", "030 / ### ## ##"),
    "fr": ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07.##.##.##.##", "+33 (0)1 ## ## ## ##"),
    "ph": ("0917 ### ####", "+63 917 ### ####", "+63 9## ### ####", "(02) 8### ####"),
    "ng": ("0803 ### ####", "+234 803 ### ####", "0812-###-####", "+234 (0)70# ### ####"),
    "au": ("04## ### ###", "+61 4## ### ###", "(02) #### ####"),
    "es": ("6## ## ## ##", "+34 6## ### ###"),
    "it": ("3## ### ####", "+39 3## ### ####"),
    "tr": ("0532 ### ## ##", "+90 5## ### ## ##"),
    "jp": ("090-####-####", "+81 80-####-####"),
}  # fmt: skip
EXTENSIONS = (" ext. @##", " x@##", " ext @#", " x@#", ",,@##")


def _nanp_parts(rng: random.Random) -> tuple[str, str, str]:
    return valuekit.nanp(rng, AREA_CODES)


def _us(rng: random.Random) -> str:
    a, b, c = _nanp_parts(rng)
    return pick(rng, f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a}-{b}-{c}", f"+1 ({a}) {b}-{c}",
                f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"+1{a}{b}{c}", f"{a} {b} {c}")  # fmt: skip


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us`` (NANP layouts), ``dots`` (NANP with dots), ``bare`` (ten digits
    after a cue), ``ext`` (NANP with an extension), ``intl`` (another country), ``any``."""
    if kind == "any":
        kind = rng.choice(("us", "us", "us", "intl", "intl", "intl", "dots", "ext"))
    if kind == "us":
        return _us(rng)
    if kind == "dots":
        a, b, c = _nanp_parts(rng)
        return pick(rng, f"{a}.{b}.{c}", f"+1.{a}.{b}.{c}")
    if kind == "bare":
        a, b, c = _nanp_parts(rng)
        return f"{a}{b}{c}"
    if kind == "ext":
        return _us(rng) + shaped(rng, rng.choice(EXTENSIONS))
    country = rng.choice(tuple(PHONES))
    return shaped(rng, rng.choice(PHONES[country]))


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", " ", ".", "")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape that is never issued (area 000, 666 or 9xx, group 00 or serial 0000)."""
    a, g, s = valuekit.ssn_parts(rng)
    which = rng.randint(0, 4)
    if which == 0:
        a = "000"
    elif which == 1:
        a = "666"
    elif which == 2:
        a = f"9{digits(rng, 2)}"
    elif which == 3:
        g = "00"
    else:
        s = "0000"
    return f"{a}{rng.choice(('-', '-', ' '))}{g}-{s}" if which != 4 else f"{a}-{g}-{s}"


# ---------------------------------------------------------------- IPs
def ip4(rng: random.Random) -> str:
    while True:
        first = rng.choice((10, 172, 192, 24, 45, 66, 73, 98, 104, 134, 151, 176, 185, 212))
        if first == 172:
            addr = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif first == 192:
            addr = f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
        else:
            addr = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ip = ipaddress.ip_address(addr)
        if ip.is_global or ip.is_private:
            return addr


def _ip6_groups(rng: random.Random) -> list[int]:
    prefix = rng.choice(((0x2600, 0x1700), (0x2a02, 0x0c7e), (0x2001, 0x0569), (0x2607, 0xF8B0),
                         (0x2406, 0xDA00), (0xFD3A, 0x91C2), (0x2804, 0x14D), (0x2a01, 0xE0A)))  # fmt: skip
    rest = [rng.choice((0, 0, rng.randint(1, 0xFFFF), rng.randint(1, 0xFF))) for _ in range(6)]
    return [*prefix, *rest]


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short`` (compressed), ``full``, ``strip`` (zeros stripped, not
    compressed), ``upper``, ``v4`` (IPv4-mapped), ``zone`` (link-local with a zone id)."""
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
        return pick(rng, f"::ffff:{ip4(rng)}", f"::FFFF:{ip4(rng)}", f"64:ff9b::{ip4(rng)}")
    if form == "zone":
        return f"fe80::{hex_digits(rng, 3)}:{hex_digits(rng, 2)}ff:fe{hex_digits(rng, 2)}:{hex_digits(rng, 4)}%{pick(rng, 'eth0', 'en0', 'wlan0', 'enp3s0', '12', 'wlp2s0')}"
    return str(addr)


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.5 else ip6(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover.
CARDS: tuple[tuple[tuple[str, ...], int, tuple[int, ...]], ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "53", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65", "644"), 16, (4, 4, 4, 4)),
)


def _card_number(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    return valuekit.card_number(rng, CARDS)


def card(rng: random.Random) -> str:
    number, groups = _card_number(rng)
    return grouped(number, groups, rng.choice((" ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card-shaped number that fails the Luhn check."""
    number, groups = _card_number(rng)
    last = str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return grouped(number[:-1] + last, groups, rng.choice((" ", "-", "")))


# ---------------------------------------------------------------- IBANs
IBANS = {
    "GB": "4a14n", "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "PT": "21n", "IE": "4a14n", "PL": "24n", "AT": "16n", "CH": "5n12c",
    "TR": "5n1n16c", "SA": "2n18c", "AE": "19n", "BR": "8n5n10n1a1c", "SE": "20n", "DK": "14n",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBANS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.5 else compact


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


def _tracking(r: random.Random) -> str:
    return pick(r, f"1Z{_letters(r, 3)}{digits(r, 3)}{digits(r, 2)}{digits(r, 8)}", f"1Z {_letters(r, 3)} {digits(r, 3)} {digits(r, 2)} {digits(r, 4)} {digits(r, 4)}",
                _no_luhn(r, 12, "7"), _no_luhn(r, 15, "9"), f"94{digits(r, 20)}", f"9205 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                f"JD0{digits(r, 17)}", digits(r, 10), f"{_letters(r, 2)}{digits(r, 9)}US")  # fmt: skip


def _ean(r: random.Random, n: int) -> str:
    while True:
        body = digits(r, n - 1)
        odd = sum(int(c) for c in body[-1::-2])
        even = sum(int(c) for c in body[-2::-2])
        full = body + str(-(odd * 3 + even) % 10)
        if not luhn_ok(full):
            return full


def _price(r: random.Random) -> str:
    return pick(r, f"${r.randint(3, 899)}.{r.choice(('99', '49', '00', '95'))}", f"US${r.randint(10, 2400)}", f"£{r.randint(2, 400)}.{digits(r, 2)}",
                f"€{r.randint(2, 900)},{digits(r, 2)}", f"R$ {r.randint(10, 999)},{digits(r, 2)}", f"₹{r.randint(1, 99)},{digits(r, 3)}",
                f"MX${r.randint(50, 9999)}", f"${r.randint(1, 9)},{digits(r, 3)}.{digits(r, 2)}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: pick(r, f"#{r.randint(100, 999)}-{nonzero_digits(r, 7)}-{digits(r, 7)}", f"ORD{nonzero_digits(r, 9)}", f"order #{nonzero_digits(r, 6)}",
                            f"W{nonzero_digits(r, 9)}", f"SO-{r.randint(2025, 2026)}-{digits(r, 6)}", f"#{_letters(r, 2)}{digits(r, 7)}"),
    "track": _tracking,
    "version": lambda r: pick(r, f"v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}", f"{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(0, 99)} (build {r.randint(1000, 9999)})",
                              f"iOS {r.randint(15, 19)}.{r.randint(0, 6)}.{r.randint(0, 3)}", f"Android {r.randint(11, 16)}", f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}"),
    "isots": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}Z",
    "epoch": lambda r: pick(r, str(r.randint(1760000000, 1790000000)), str(r.randint(1760000000000, 1790000000000))),
    "clock": lambda r: pick(r, f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}", f"{r.randint(1, 28):02d}/{pick(r, 'Feb', 'Apr', 'Aug', 'Nov')}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} -0{r.randint(4, 8)}00"),
    "date": lambda r: pick(r, f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026", f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
    "hash": lambda r: pick(r, hex_digits(r, 32), hex_digits(r, 40), hex_digits(r, 64), hex_digits(r, 7), hex_digits(r, 8)),
    "uuid": lambda r: f"{hex_digits(r, 8)}-{hex_digits(r, 4)}-4{hex_digits(r, 3)}-{pick(r, '8', '9', 'a', 'b')}{hex_digits(r, 3)}-{hex_digits(r, 12)}",
    "coord": lambda r: pick(r, f"{r.uniform(-40, 60):.6f}, {r.uniform(-125, 150):.6f}", f"{r.randint(0, 89)}°{r.randint(0, 59)}′{r.randint(0, 59)}″N {r.randint(0, 179)}°{r.randint(0, 59)}′{r.randint(0, 59)}″W",
                            f"lat={r.uniform(-40, 60):.4f}&lng={r.uniform(-125, 150):.4f}"),
    "sku": lambda r: pick(r, f"SKU {_letters(r, 3)}-{digits(r, 4)}-{_letters(r, 2)}", f"{_letters(r, 2)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}", f"ASIN B0{_letters(r, 1)}{digits(r, 2)}{_letters(r, 2)}{digits(r, 3)}", f"item {digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}"),
    "upc": lambda r: pick(r, f"UPC {_ean(r, 12)}", f"EAN {_ean(r, 13)}", f"ISBN 978-{r.randint(0, 1)}-{digits(r, 3)}-{digits(r, 5)}-{r.randint(0, 9)}"),
    "imei": lambda r: f"IMEI {_no_luhn(r, 15, '35')}",
    "vin": lambda r: f"{pick(r, '1HG', '5YJ', '1FT', '3VW', 'JTD', 'KNA')}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(14))}",
    "routing": lambda r: pick(r, f"routing {_no_luhn(r, 9, '0')}", f"ABA {_no_luhn(r, 9, '1')}", f"sort code {digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}"),
    "acct": lambda r: pick(r, f"acct ****{digits(r, 4)}", f"account ending {digits(r, 4)}", f"acct no. {_no_luhn(r, 11)}", f"loyalty no. {_no_luhn(r, 10)}"),
    "invoice": lambda r: pick(r, f"INV-{digits(r, 6)}", f"invoice {r.randint(2025, 2026)}/{digits(r, 5)}", f"PO-{nonzero_digits(r, 6)}", f"PO #{nonzero_digits(r, 8)}"),
    "rma": lambda r: pick(r, f"RMA {nonzero_digits(r, 8)}", f"RMA-{_letters(r, 2)}{digits(r, 6)}", f"return #{nonzero_digits(r, 7)}"),
    "case": lambda r: pick(r, f"case {nonzero_digits(r, 8)}", f"CS-{digits(r, 7)}", f"ticket #{nonzero_digits(r, 6)}", f"INC{digits(r, 7)}"),
    "pnr": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
    "flight": lambda r: f"{pick(r, 'UA', 'AA', 'DL', 'WN', 'BA', 'AI', 'LH', 'AF', 'IB', 'LA', 'PR', 'TK')}{r.randint(10, 2999)}",
    "zip": lambda r: pick(r, f"{r.randint(10, 99)}{digits(r, 3)}", f"{r.randint(10, 99)}{digits(r, 3)}-{digits(r, 4)}"),
    "price": _price,
    "qty": lambda r: pick(r, f"x{r.randint(2, 24)}", f"qty {r.randint(1, 50)}", f"{r.randint(2, 12)} pack", f"{r.randint(1, 6)} × {r.randint(100, 750)} ml"),
    "dims": lambda r: pick(r, f"{r.randint(8, 90)} x {r.randint(8, 60)} x {r.randint(2, 40)} in", f"{r.randint(10, 200)}×{r.randint(10, 120)} cm", f"{r.randint(1, 40)}.{r.randint(0, 9)} lb"),
    "pct": lambda r: pick(r, f"{r.randint(5, 70)}% off", f"{r.randint(1, 99)}.{r.randint(0, 9)}%", f"up {r.randint(1, 30)}%"),
    "doccidr": lambda r: pick(r, f"192.0.2.{r.randint(1, 254)}", "192.0.2.0/24", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}", f"2001:db8:{hex_digits(r, 3)}::{r.randint(1, 99)}", "2001:db8::/32"),
    "mac": lambda r: pick(r, ":".join(hex_digits(r, 2) for _ in range(6)), "-".join(hex_digits(r, 2).upper() for _ in range(6)), ".".join(hex_digits(r, 4) for _ in range(3))),
    "port": lambda r: str(r.choice((443, 8080, 3000, 5000, 8443, 9090, 6443, 25565))),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
    "n": lambda r: str(r.randint(2, 48)),
    "n3": lambda r: str(r.randint(100, 999)),
    "ms": lambda r: str(r.randint(3, 2400)),
    "status": lambda r: str(r.choice((200, 200, 200, 201, 204, 302, 304, 400, 401, 403, 404, 500))),
    "time": lambda r: pick(r, f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {pick(r, 'am', 'pm')}", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
}  # fmt: skip
