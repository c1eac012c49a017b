# ruff: noqa: E501
"""Set 37's structured values: phones, SSNs, IPs, cards, IBANs, and the number-like
look-alikes of workplaces and institutions (HR and payroll, CRM, B2B support, developer tools,
schools, public services, insurers, utilities, charities, recruiting, property management).

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, one
address ``ipaddress`` parses, an SSN that could be issued; no documentation IP range is drawn,
neither as gold nor as a look-alike). Every number-like look-alike is not PII: employee and
student ids, payroll and cost-centre codes, ticket keys, commit hashes, build numbers,
semantic versions, stack-trace lines, ports, pods and containers, UUIDs, cron expressions,
durations, policy, claim, permit, case, meter and utility account numbers, course codes and
grades, rooms, invoices and purchase orders, EINs in a company context, dates, times, amounts,
coordinates, never-issued SSNs, Luhn-failing card shapes and IBAN shapes failing mod 97. Long
digit look-alikes are drawn until they fail the Luhn check.
"""

from __future__ import annotations

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
from bench.redaction_corpus_valuekit import not_luhn as _not_luhn

# ---------------------------------------------------------------- phones
# Real US/Canada area codes (no 555 fiction).
NANP_AREAS = (608, 518, 734, 803, 402, 919, 541, 801, 859, 916, 501, 217, 225, 850, 360, 717,
              920, 785, 864, 828, 506, 519, 819, 250, 403, 312, 646, 213, 404, 617, 206, 512)  # fmt: skip
# Other countries ("#" a digit, "@" a digit 1-9).
INTL: dict[str, tuple[str, ...]] = {
    "gb": ("07@## ### ###", "+44 7@## ### ###", "+44 1@## ### ###", "01@## ######"),
    "ie": ("08@ ### ####", "+353 8@ ### ####", "+353 (0)91 ### ###"),
    "in": ("+91 8@### #####", "+91 6@##-###-###", "+91 (0)80 2### ####", "9@########"),
    "de": ("+49 17@ #######", "0151 ########", "+49 (0)551 ######"),
    "at": ("+43 664 #######", "0676 ### ####"),
    "ch": ("+41 7@ ### ## ##", "079 ### ## ##"),
    "fr": ("+33 6 @# ## ## ##", "06 @# ## ## ##"),
    "be": ("+32 47@ ## ## ##", "0486 ## ## ##"),
    "es": ("+34 6@# ### ###", "6@# ## ## ##"),
    "pt": ("+351 91@ ### ###", "93@ ### ###"),
    "it": ("+39 3@# ### ####", "34@ #######"),
    "nl": ("+31 6 @#######", "06-@#######"),
    "pl": ("+48 5@# ### ###", "6@# ### ###"),
    "br": ("+55 48 9@###-####", "(62) 9@###-####"),
    "mx": ("+52 477 ### ####", "+52 1 443 ### ####"),
    "ar": ("+54 9 341 ###-####", "+54 9 261 @## ####"),
    "jp": ("+81 90-####-####", "080-####-####"),
    "kr": ("+82 10-####-####", "010-####-####"),
    "ph": ("+63 917 ### ####", "0920 ### ####"),
    "za": ("+27 8@ ### ####", "07@ ### ####"),
    "ng": ("+234 80@ ### ####", "070@ ### ####"),
    "ke": ("+254 7@# ######", "07@# ### ###"),
    "gh": ("+233 24 ### ####", "020 ### ####"),
    "au": ("+61 4@# ### ###", "04@# ### ###"),
    "se": ("+46 7@-### ## ##", "07@-### ## ##"),
}  # fmt: skip
EXTENSIONS = (" ext. @###", " x@##", " ext @#", " (ext. @##)", ", ext @##", " x@###")


PHONE_SHAPES = valuekit.Phones(
    areas=NANP_AREAS,
    us=(
        "({a}) {b}-{c}",
        "{a}-{b}-{c}",
        "+1 {a}-{b}-{c}",
        "+1 ({a}) {b}-{c}",
        "{a} {b} {c}",
        "1-{a}-{b}-{c}",
        "+1{a}{b}{c}",
        "({a}){b}-{c}",
    ),
    dots=("{a}.{b}.{c}", "+1.{a}.{b}.{c}"),
    bare=("{a}{b}{c}", "1{a}{b}{c}", "+1{a}{b}{c}"),
    extensions=EXTENSIONS,
    intl=INTL,
    kinds=("us", "us", "us", "intl", "intl", "intl", "ext", "dots"),
)


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us``, ``dots``, ``bare`` (digits only), ``ext`` (an extension
    inside the span), ``intl`` (another country) or ``any``."""
    return PHONE_SHAPES.phone(rng, kind)


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", "-", "-", " ", "")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    return valuekit.never_issued_ssn(rng)


def ein(rng: random.Random) -> str:
    """An employer identification number (two digits, a dash, seven)."""
    return f"{rng.choice(('12', '20', '27', '36', '45', '46', '47', '81', '84', '88', '94'))}-{nonzero_digits(rng, 7)}"


# ---------------------------------------------------------------- IPs
IP4_FIRST_OCTETS = (10, 10, 10, 172, 192, 34, 35, 44, 54, 66, 73, 91, 104, 128, 151, 185, 212)


def ip4(rng: random.Random) -> str:
    """A private or public IPv4 address (never a documentation range)."""
    return valuekit.lan_or_public_ip4(rng, IP4_FIRST_OCTETS, lan_third_max=40)


IP6_FORMS = ("short", "short", "short", "short", "full", "upper", "v4", "zone")
IP6_PREFIXES = ((0x2600, 0x1F18), (0x2a02, 0x8109), (0x2406, 0xDA00), (0x2001, 0x4860),
                (0x2a01, 0x4F8), (0xFD7A, 0x115C), (0x2c0f, 0xFE38), (0x2804, 0x14C))  # fmt: skip


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short``, ``full``, ``upper``, ``v4`` (IPv4-mapped) or ``zone``
    (link-local with a zone id)."""
    return valuekit.ip6(
        rng, form, forms=IP6_FORMS, prefixes=IP6_PREFIXES, v4=_ip6_v4, zone=_ip6_zone
    )


def _ip6_v4(rng: random.Random) -> str:
    return f"::ffff:{ip4(rng)}"


def _ip6_zone(rng: random.Random) -> str:
    return f"fe80::{hex_digits(rng, 3)}:{hex_digits(rng, 4)}:fe{hex_digits(rng, 2)}:{hex_digits(rng, 4)}%{pick(rng, 'utun3', 'eth0', 'en0', 'wlp2s0', 'tun0')}"


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.55 else ip6(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay.
CARD_KINDS: tuple[valuekit.CardKind, ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "53", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65"), 16, (4, 4, 4, 4)),
    (("3530", "3566"), 16, (4, 4, 4, 4)),
    (("36", "38"), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
)


def card(rng: random.Random) -> str:
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(number, groups, rng.choice((" ", " ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card shape whose last digit fails Luhn."""
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(valuekit.luhn_broken(rng, number), groups, " ")


# ---------------------------------------------------------------- IBANs
IBAN_FORMATS = {
    "DE": "18n", "GB": "4a14n", "IE": "4a14n", "FR": "10n11c2n", "ES": "20n", "PT": "21n",
    "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n",
    "SE": "20n", "DK": "14n", "FI": "14n", "CZ": "20n", "RO": "4a16c", "GR": "7n16c",
    "BR": "23n1a1c", "TR": "6n16c", "SA": "2n18c", "AE": "19n", "LT": "16n", "HR": "17n",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBAN_FORMATS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.6 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    return valuekit.bad_iban(rng, IBAN_FORMATS)


# ---------------------------------------------------------------- look-alikes
def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZ") for _ in range(n))


def _mix(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZ3456789") for _ in range(n))


def _amount(r: random.Random) -> str:
    whole, cents = r.randint(3, 9800), r.randint(0, 99)
    return pick(r, f"${whole:,}.{cents:02d}", f"€{whole:,}", f"£{whole}.{cents:02d}", f"USD {whole:,}.00",
                f"₹{whole * 12:,}", f"{whole},{cents:02d} €", f"CHF {whole}.{cents:02d}", f"R{whole * 17:,}",
                f"KES {whole * 130:,}", f"GHS {whole * 12}", f"A${whole}", f"{whole} zł", f"₩{whole * 1300:,}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "n": lambda r: str(r.randint(2, 9)),
    "n2": lambda r: str(r.randint(10, 99)),
    "empid": lambda r: pick(r, f"E{nonzero_digits(r, 6)}", f"EMP-{digits(r, 5)}", f"emp#{r.randint(1000, 99999)}", f"HR{digits(r, 7)}", f"W-{_mix(r, 6)}"),
    "stuid": lambda r: pick(r, f"S{nonzero_digits(r, 8)}", f"STU-{r.randint(2019, 2026)}-{digits(r, 4)}", f"student no. {nonzero_digits(r, 7)}", f"u{nonzero_digits(r, 7)}"),
    "payroll": lambda r: pick(r, f"PR-{r.randint(2025, 2026)}-{r.randint(1, 26):02d}", f"pay run {r.randint(1, 52)}/{r.randint(2025, 2026)}", f"PAYGRP-{_up(r, 2)}{r.randint(1, 9)}", f"batch {digits(r, 6)}"),
    "cc": lambda r: pick(r, f"CC-{r.randint(1000, 9999)}", f"{r.randint(100, 999)}-{r.randint(10, 99)}", f"CC{digits(r, 5)}/{_up(r, 3)}", f"{r.randint(4000, 4999)}-{_up(r, 2)}"),
    "tkey": lambda r: f"{r.choice(('OPS', 'HR', 'SUP', 'ENG', 'INFRA', 'FAC', 'BILL', 'SEC', 'DATA', 'CRM'))}-{r.randint(12, 9999)}",
    "sha": lambda r: pick(r, hex_digits(r, 7), hex_digits(r, 8), hex_digits(r, 12), hex_digits(r, 40)),
    "build": lambda r: pick(r, f"#{r.randint(1000, 98000)}", str(r.randint(100, 9999)), nonzero_digits(r, 10), f"{r.randint(20, 26)}.{r.randint(1, 52)}.{r.randint(1, 400)}"),
    "semver": lambda r: pick(r, f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 19)}", f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}", f"{r.randint(1, 3)}.{r.randint(0, 12)}.{r.randint(0, 9)}+build.{r.randint(10, 999)}"),
    "trace": lambda r: pick(r, f'File "app/{r.choice(("payroll", "claims", "billing", "roster", "intake"))}.py", line {r.randint(12, 890)}', f"at com.acme.{r.choice(('hr', 'crm', 'meter'))}.Service.run(Service.java:{r.randint(20, 700)})", f"src/{r.choice(('jobs', 'api', 'sync'))}/{r.choice(('index', 'worker', 'queue'))}.ts:{r.randint(5, 400)}:{r.randint(1, 60)}"),
    "port": lambda r: str(r.choice((22, 443, 5432, 6379, 8080, 8443, 9092, 27017, 3000, 5000, r.randint(1025, 65000)))),
    "pod": lambda r: f"{r.choice(('payroll-api', 'claims-worker', 'crm-sync', 'meter-ingest', 'enrol-web', 'ci-runner'))}-{hex_digits(r, 9)}-{_mix(r, 5).lower()}",
    "uuid": lambda r: f"{hex_digits(r, 8)}-{hex_digits(r, 4)}-4{hex_digits(r, 3)}-{r.choice('89ab')}{hex_digits(r, 3)}-{hex_digits(r, 12)}",
    "cron": lambda r: pick(r, f"{r.randint(0, 59)} {r.randint(0, 23)} * * {r.randint(1, 5)}", f"*/{r.choice((5, 10, 15, 30))} * * * *", f"0 {r.randint(1, 6)} {r.randint(1, 28)} * *", "@nightly"),
    "dur": lambda r: pick(r, f"{r.randint(1, 59)}m{r.randint(0, 59)}s", f"{r.randint(1, 9)}h {r.randint(0, 59)}m", f"{r.randint(5, 9999)}ms", f"{r.randint(1, 40)}.{r.randint(0, 9)}s", f"PT{r.randint(1, 12)}H{r.randint(0, 59)}M"),
    "policy": lambda r: pick(r, f"POL/{r.randint(2019, 2026)}/{digits(r, 6)}", f"HO-{_up(r, 2)}-{digits(r, 7)}", f"PL{nonzero_digits(r, 9)}", f"AUT{digits(r, 8)}"),
    "claim": lambda r: pick(r, f"CLM{r.randint(24, 26)}-{digits(r, 6)}", f"CR-{_mix(r, 8)}", f"FNOL-{digits(r, 7)}", f"{r.randint(24, 26)}/{digits(r, 5)}/MTR"),
    "meter": lambda r: pick(r, f"MPRN {nonzero_digits(r, 10)}", f"{_up(r, 1)}{digits(r, 8)}", f"MPAN {digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"E{digits(r, 2)}{_up(r, 1)}{digits(r, 5)}", f"WM-{digits(r, 7)}"),
    "acct": lambda r: pick(r, f"account {nonzero_digits(r, 9)}", f"acct no. {nonzero_digits(r, 4)}-{digits(r, 5)}", f"customer ref {_up(r, 2)}{digits(r, 7)}", f"A/C {nonzero_digits(r, 8)}"),
    "permit": lambda r: pick(r, f"PRM-{r.randint(2024, 2026)}-{digits(r, 5)}", f"{_up(r, 1)}{digits(r, 6)}", f"BLD{r.randint(24, 26)}-{digits(r, 4)}", f"LIC/{nonzero_digits(r, 7)}"),
    "case": lambda r: pick(r, f"case {r.randint(24, 26)}/{digits(r, 6)}", f"CASE-{_mix(r, 6)}", f"ref. {_up(r, 3)}/{digits(r, 5)}", f"PCN {_up(r, 2)}{digits(r, 8)}"),
    "course": lambda r: pick(r, f"{r.choice(('MATH', 'CHEM', 'ECON', 'HIST', 'CS', 'BIO', 'PSYC', 'ENGL'))} {r.randint(100, 499)}", f"{_up(r, 3)}{r.randint(1000, 4999)}", f"Year {r.randint(7, 13)} Set {r.randint(1, 6)}", f"module {_up(r, 2)}{r.randint(100, 399)}"),
    "grade": lambda r: pick(r, r.choice(("A-", "B+", "C", "A*", "B", "D+")), f"{r.randint(40, 100)}%", f"GPA {r.randint(2, 3)}.{r.randint(10, 99)}", f"{r.randint(4, 9)}/10", f"band {r.randint(4, 9)}"),
    "room": lambda r: pick(r, f"Room {r.randint(101, 640)}", f"Rm {r.choice('ABCDE')}{r.randint(1, 4)}.{r.randint(10, 40)}", f"Lab {r.randint(1, 12)}", f"Hall {r.choice('ABC')}-{r.randint(100, 300)}", f"desk {r.randint(1, 9)}{r.choice('ABCDEF')}{r.randint(10, 60)}"),
    "invoice": lambda r: pick(r, f"INV-{r.randint(2025, 2026)}-{digits(r, 5)}", f"SI-{nonzero_digits(r, 7)}", f"#{r.randint(10000, 99999)}-{r.randint(1, 9)}", f"{_up(r, 2)}-{digits(r, 6)}"),
    "po": lambda r: pick(r, nonzero_digits(r, 8), f"{_mix(r, 5)}", str(r.randint(4500000000, 4599999999))),
    "ein": ein,
    "date": lambda r: pick(r, f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('Jan', 'Feb', 'Mar', 'Apr', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'))} 2026", f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026"),
    "time": lambda r: pick(r, f"{r.randint(7, 11)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randint(1, 6)}:{r.choice(('00', '30'))} pm", f"{r.randint(8, 18):02d}:{r.choice(('00', '10', '20', '40'))}"),
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "isots": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{r.choice(('Z', '+00:00', f'.{r.randint(0, 999):03d}Z'))}",
    "ms": lambda r: str(r.randint(2, 3900)),
    "status": lambda r: r.choice(("200", "201", "202", "204", "301", "400", "401", "403", "404", "422", "500", "503")),
    "amount": _amount,
    "hours": lambda r: pick(r, f"{r.randint(1, 12)}.{r.choice(('0', '5', '25', '75'))}h", f"{r.randint(20, 48)} hrs", f"{r.randint(1, 10)} days", f"{r.randint(1, 8)} weeks"),
    "pct": lambda r: f"{r.randint(1, 40)}.{r.randint(0, 9)}%",
    "coords": lambda r: pick(r, f"{r.uniform(-38, 60):.4f}, {r.uniform(-120, 150):.4f}", f"lat {r.uniform(-38, 60):.5f} lng {r.uniform(-120, 150):.5f}"),
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "lead": lambda r: pick(r, f"L-{digits(r, 6)}", f"OPP-{_mix(r, 3)}-{digits(r, 4)}", f"#{r.randint(1000, 99999)}", f"0066{_mix(r, 11)}"),
    "donation": lambda r: pick(r, f"DN-{digits(r, 7)}", f"G-{nonzero_digits(r, 6)}", f"PLG-{_up(r, 2)}{digits(r, 5)}"),
    "eventticket": lambda r: pick(r, f"TKT-{_mix(r, 8)}", f"EVT{nonzero_digits(r, 9)}", f"{_mix(r, 3)}-{digits(r, 6)}"),
    "reqid": lambda r: pick(r, f"REQ-{r.randint(1000, 99999)}", f"JR{digits(r, 5)}", f"R{nonzero_digits(r, 6)}"),
    "plan": lambda r: pick(r, f"{r.choice(('Business', 'Enterprise', 'Team', 'Starter', 'Growth'))} {r.choice(('annual', 'monthly', 'tier 2', 'plus'))}", f"{r.randint(5, 500)} seats", f"SKU {_up(r, 3)}-{digits(r, 3)}"),
    "longnum": lambda r: _not_luhn(r, r.choice((13, 14, 16)), r.choice(("10", "20", "30", "77"))),
}  # fmt: skip
