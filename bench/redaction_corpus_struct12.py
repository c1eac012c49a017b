# ruff: noqa: RUF001
# (RUF001: en dashes are written on purpose, as separators people type.)
"""Struct 12: a corpus of structured PII only, ``data/pii/struct12.jsonl``.

1,500 sentences with phone numbers, US SSNs, IP addresses and card numbers, and 1,500 look-alike
sentences (``"negative": true``, no spans) full of numbers that are not PII (order ids, waybills,
invoices, versions, timestamps, durations, hashes, coordinates, MACs, OIDs, ISBNs, SKUs, amounts,
page ranges, dates), spread evenly over the seven registers (chat, ticket, search, review, log,
json, multiline). No person names and no street addresses are written, so the file scores the
structured detectors alone.

Split by template parity: **even** ``template_id`` = tuning half, **odd** = held-out half, scored
only at the start and at the end of a tuning round, never read.

The generator was written before the detector's code was read and without running the detector.
Stdlib only. Gold conventions are those of ``data/pii/README.md`` (sets 6-11):
- a phone span keeps its extension (``x123``, ``ext. 12``) and trunk prefix (``+49 (0)30 ...``);
  labels (``tel.``, ``Tel:``, ``M:``) and the ``tel:`` URI scheme stay outside;
- an IP span leaves out brackets, a port and a prefix length (``10.4.2.17/24``: host addresses
  only); an IPv6 zone id belongs to the address (``fe80::1c:2%eth0``, as in sets 9 and 10);
- an SSN span is the number only, whatever its separators.

Run: ``python -m bench.redaction_corpus_struct12`` (seed 12; byte-for-byte stable).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

SEED = 12
FILE = "struct12.jsonl"
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / FILE
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
TOTAL = 1500  # positives, and as many look-alikes

Span = tuple[int, int, str]
Slot = Callable[[random.Random], tuple[str, list[Span]]]


def _d(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# -- phones ------------------------------------------------------------------------------------
# National and international layouts written from the numbering plans (ITU-T E.164 country codes,
# national trunk prefixes) as people write them; digits are random.
def _nanp(r: random.Random) -> tuple[str, str, str]:
    return _d(r, 3, "23456789"), _d(r, 3, "23456789"), _d(r, 4)


def phone_us(r: random.Random) -> str:
    a, b, c = _nanp(r)
    forms = [
        f"({a}) {b}-{c}",
        f"{a}-{b}-{c}",
        f"{a}.{b}.{c}",
        f"{a} {b} {c}",
        f"+1 {a} {b} {c}",
        f"+1-{a}-{b}-{c}",
        f"1-{a}-{b}-{c}",
        f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}",
        f"1 ({a}) {b} {c}",
        f"+1.{a}.{b}.{c}",
        f"{a}/{b}-{c}",
    ]
    return r.choice(forms)


def phone_uk(r: random.Random) -> str:
    m, l1, l2 = _d(r, 3), _d(r, 4), _d(r, 6)
    forms = [
        f"07{m} {l2}",
        f"+44 7{m} {l2}",
        f"020 {_d(r, 4, '3789')} {l1}",
        f"+44 (0)20 {_d(r, 4, '3789')} {l1}",
        f"+44 20 {_d(r, 4, '3789')} {l1}",
        f"01{_d(r, 3)} {l2}",
        f"0044 7{m} {l2}",
        f"+44 (0)1{_d(r, 3)} {l2}",
        f"07{m}-{l2}",
    ]
    return r.choice(forms)


def phone_de(r: random.Random) -> str:
    area = r.choice(["30", "40", "89", "69", "221", "211", "711", "351", "341", "511"])
    sub = _d(r, r.choice([6, 7, 8]), "123456789")
    mob = r.choice(["151", "152", "160", "170", "171", "176", "157"])
    forms = [
        f"0{area} {sub}",
        f"0{area}/{sub}",
        f"0{area}-{sub}",
        f"+49 {area} {sub}",
        f"+49 (0){area} {sub}",
        f"+49-{area}-{sub}",
        f"0{mob} {_d(r, 8)}",
        f"+49 {mob} {_d(r, 8)}",
        f"0049 {area} {sub}",
        f"0{area} / {sub[:4]} {sub[4:]}",
        f"0{area} {sub[:-2]}-{_d(r, 2)}",
    ]
    return r.choice(forms)


def phone_fr(r: random.Random) -> str:
    p = [_d(r, 2) for _ in range(4)]
    lead = r.choice("1234567")
    forms = [
        f"0{lead} {' '.join(p)}",
        f"0{lead}.{'.'.join(p)}",
        f"0{lead}-{'-'.join(p)}",
        f"+33 {lead} {' '.join(p)}",
        f"+33 (0){lead} {' '.join(p)}",
        f"+33{lead}{''.join(p)}",
        f"0033 {lead} {' '.join(p)}",
        f"0{lead}{''.join(p)}",
    ]
    return r.choice(forms)


def phone_it(r: random.Random) -> str:
    mob = "3" + _d(r, 2, "2345689")
    forms = [
        f"{mob} {_d(r, 3)} {_d(r, 4)}",
        f"+39 {mob} {_d(r, 3)} {_d(r, 4)}",
        f"06 {_d(r, 4)} {_d(r, 4)}",
        f"+39 06 {_d(r, 4)} {_d(r, 4)}",
        f"02-{_d(r, 8)}",
        f"+39 02 {_d(r, 8)}",
        f"{mob}/{_d(r, 7)}",
    ]
    return r.choice(forms)


def phone_es(r: random.Random) -> str:
    lead = r.choice(["6", "7", "91", "93", "96"])
    rest = _d(r, 9 - len(lead))
    num = lead + rest
    forms = [
        f"{num[:3]} {num[3:6]} {num[6:]}",
        f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
        f"+34 {num[:3]} {num[3:6]} {num[6:]}",
        f"+34 {num}",
        f"0034 {num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
    ]
    return r.choice(forms)


def phone_nl(r: random.Random) -> str:
    forms = [
        f"06 {_d(r, 8)}",
        f"06-{_d(r, 8)}",
        f"+31 6 {_d(r, 8)}",
        f"+31 (0)6 {_d(r, 4)} {_d(r, 4)}",
        f"020 {_d(r, 3)} {_d(r, 4)}",
        f"+31 20 {_d(r, 3)} {_d(r, 4)}",
        f"010-{_d(r, 7)}",
        f"+31 (0)10 {_d(r, 3)} {_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_in(r: random.Random) -> str:
    mob = _d(r, 5, "6789")
    forms = [
        f"{mob} {_d(r, 5)}",
        f"+91 {mob} {_d(r, 5)}",
        f"+91-{mob}{_d(r, 5)}",
        f"0{mob} {_d(r, 5)}",
        f"022 {_d(r, 4)} {_d(r, 4)}",
        f"011-{_d(r, 8, '23456')}",
        f"+91 80 {_d(r, 4)} {_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_br(r: random.Random) -> str:
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"])
    forms = [
        f"({ddd}) 9{_d(r, 4)}-{_d(r, 4)}",
        f"+55 {ddd} 9{_d(r, 4)}-{_d(r, 4)}",
        f"({ddd}) {_d(r, 4, '2345')}-{_d(r, 4)}",
        f"+55 ({ddd}) 9{_d(r, 4)}-{_d(r, 4)}",
        f"{ddd} 9{_d(r, 4)}-{_d(r, 4)}",
        f"+55 {ddd} {_d(r, 4, '2345')} {_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_mx(r: random.Random) -> str:
    area = r.choice(["55", "33", "81"])
    forms = [
        f"{area} {_d(r, 4)} {_d(r, 4)}",
        f"+52 {area} {_d(r, 4)} {_d(r, 4)}",
        f"+52 1 {area} {_d(r, 4)} {_d(r, 4)}",
        f"({area}) {_d(r, 4)}-{_d(r, 4)}",
        f"+52 ({area}) {_d(r, 4)} {_d(r, 4)}",
        f"01 {area} {_d(r, 4)} {_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_jp(r: random.Random) -> str:
    mob = r.choice(["090", "080", "070"])
    forms = [
        f"03-{_d(r, 4)}-{_d(r, 4)}",
        f"06-{_d(r, 4)}-{_d(r, 4)}",
        f"{mob}-{_d(r, 4)}-{_d(r, 4)}",
        f"+81 3-{_d(r, 4)}-{_d(r, 4)}",
        f"+81 {mob[1:]} {_d(r, 4)} {_d(r, 4)}",
        f"+81-{mob[1:]}-{_d(r, 4)}-{_d(r, 4)}",
        f"045-{_d(r, 3)}-{_d(r, 4)}",
        f"{mob}{_d(r, 8)}",
    ]
    return r.choice(forms)


def phone_kr(r: random.Random) -> str:
    forms = [
        f"010-{_d(r, 4)}-{_d(r, 4)}",
        f"+82 10-{_d(r, 4)}-{_d(r, 4)}",
        f"+82 10 {_d(r, 4)} {_d(r, 4)}",
        f"02-{_d(r, 3)}-{_d(r, 4)}",
        f"+82 2 {_d(r, 4)} {_d(r, 4)}",
        f"031-{_d(r, 3)}-{_d(r, 4)}",
        f"010 {_d(r, 4)} {_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_cn(r: random.Random) -> str:
    mob = "1" + r.choice("3456789") + _d(r, 1)
    forms = [
        f"{mob} {_d(r, 4)} {_d(r, 4)}",
        f"+86 {mob} {_d(r, 4)} {_d(r, 4)}",
        f"+86-{mob}-{_d(r, 4)}-{_d(r, 4)}",
        f"{mob}{_d(r, 8)}",
        f"010-{_d(r, 8, '2345678')}",
        f"+86 10 {_d(r, 4)} {_d(r, 4)}",
        f"021-{_d(r, 4)} {_d(r, 4)}",
        f"(021) {_d(r, 4)}-{_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_au(r: random.Random) -> str:
    area = r.choice("2378")
    forms = [
        f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"(0{area}) {_d(r, 4)} {_d(r, 4)}",
        f"0{area} {_d(r, 4)} {_d(r, 4)}",
        f"+61 {area} {_d(r, 4)} {_d(r, 4)}",
        f"+61 (0){area} {_d(r, 4)} {_d(r, 4)}",
        f"04{_d(r, 8)}",
    ]
    return r.choice(forms)


def phone_za(r: random.Random) -> str:
    mob = "0" + r.choice(["82", "83", "72", "71", "84", "61"])
    forms = [
        f"{mob} {_d(r, 3)} {_d(r, 4)}",
        f"+27 {mob[1:]} {_d(r, 3)} {_d(r, 4)}",
        f"021 {_d(r, 3)} {_d(r, 4)}",
        f"+27 (0)11 {_d(r, 3)} {_d(r, 4)}",
        f"{mob}-{_d(r, 3)}-{_d(r, 4)}",
    ]
    return r.choice(forms)


def phone_ng(r: random.Random) -> str:
    mob = "0" + r.choice(["803", "806", "813", "703", "705", "802", "809", "816"])
    forms = [
        f"{mob} {_d(r, 3)} {_d(r, 4)}",
        f"+234 {mob[1:]} {_d(r, 3)} {_d(r, 4)}",
        f"{mob}-{_d(r, 3)}-{_d(r, 4)}",
        f"+234 (0){mob[1:]} {_d(r, 3)} {_d(r, 4)}",
        f"{mob}{_d(r, 7)}",
        f"+234{mob[1:]}{_d(r, 7)}",
    ]
    return r.choice(forms)


def phone_exit(r: random.Random) -> str:
    """International numbers dialled with an exit code (00 in most of the world, 011 from NANP)."""
    cc, nat = r.choice(
        [
            ("44", f"20 {_d(r, 4)} {_d(r, 4)}"),
            ("49", f"30 {_d(r, 8)}"),
            ("33", f"1 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
            ("39", f"06 {_d(r, 4)} {_d(r, 4)}"),
            ("81", f"3 {_d(r, 4)} {_d(r, 4)}"),
            ("61", f"2 {_d(r, 4)} {_d(r, 4)}"),
            ("91", f"98{_d(r, 3)} {_d(r, 5)}"),
            ("1", f"{_d(r, 3, '23456789')} {_d(r, 3, '23456789')} {_d(r, 4)}"),
        ]
    )
    exit_code = "011" if cc != "1" else "00"
    if r.random() < 0.5 and cc != "1":
        exit_code = "00"
    if exit_code == "00" and r.random() < 0.3:
        return f"00{cc} {nat}"
    return f"{exit_code} {cc} {nat}"


def phone_e164(r: random.Random) -> str:
    """E.164 written without separators, with or without the plus sign."""
    num = r.choice(
        [
            "1" + _d(r, 3, "23456789") + _d(r, 3, "23456789") + _d(r, 4),
            "44" + "7" + _d(r, 9),
            "49" + r.choice(["151", "176", "30"]) + _d(r, 8),
            "33" + r.choice("67") + _d(r, 8),
            "91" + _d(r, 10, "6789"),
            "55" + "11" + "9" + _d(r, 8),
            "61" + "4" + _d(r, 8),
            "234" + "80" + _d(r, 8),
        ]
    )
    return "+" + num if r.random() < 0.6 else num


NATIONAL = [
    phone_us,
    phone_uk,
    phone_de,
    phone_fr,
    phone_it,
    phone_es,
    phone_nl,
    phone_in,
    phone_br,
    phone_mx,
    phone_jp,
    phone_kr,
    phone_cn,
    phone_au,
    phone_za,
    phone_ng,
    phone_exit,
]


def phone_value(r: random.Random) -> str:
    value = r.choice(NATIONAL)(r)
    if r.random() < 0.12:
        ext = _d(r, r.choice([2, 3, 4]), "123456789")
        value += r.choice([f" x{ext}", f"x{ext}", f" ext. {ext}", f" ext {ext}", f", ext. {ext}"])
    return value


def slot_phone(r: random.Random) -> tuple[str, list[Span]]:
    v = phone_value(r)
    return v, [(0, len(v), "PHONE_NUMBER")]


def slot_phone_e164(r: random.Random) -> tuple[str, list[Span]]:
    v = phone_e164(r)
    return v, [(0, len(v), "PHONE_NUMBER")]


def slot_tel_uri(r: random.Random) -> tuple[str, list[Span]]:
    a, b, c = _nanp(r)
    v = r.choice(
        [
            f"+1-{a}-{b}-{c}",
            f"+44{_d(r, 10, '7')}",
            f"+49-30-{_d(r, 7)}",
            f"+33{_d(r, 9, '67')}",
            f"+61-4{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        ]
    )
    return "tel:" + v, [(4, 4 + len(v), "PHONE_NUMBER")]


# -- SSNs ------------------------------------------------------------------------------------
def ssn_parts(r: random.Random) -> tuple[str, str, str]:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def slot_ssn(r: random.Random) -> tuple[str, list[Span]]:
    a, g, s = ssn_parts(r)
    sep = r.choice(["-", "-", "-", " ", ".", "–", ""])
    v = f"{a}{sep}{g}{sep}{s}"
    return v, [(0, len(v), "US_SSN")]


def slot_ssn_sep(r: random.Random) -> tuple[str, list[Span]]:
    a, g, s = ssn_parts(r)
    sep = r.choice(["-", "-", " ", "."])
    v = f"{a}{sep}{g}{sep}{s}"
    return v, [(0, len(v), "US_SSN")]


def slot_ssn_bare(r: random.Random) -> tuple[str, list[Span]]:
    v = "".join(ssn_parts(r))
    return v, [(0, len(v), "US_SSN")]


# -- IPs -------------------------------------------------------------------------------------
def ipv4_value(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.45:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.55:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    first = r.choice([23, 34, 45, 52, 66, 81, 91, 104, 131, 151, 176, 185, 198, 203, 212, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _hx(r: random.Random) -> str:
    return format(r.randint(0, 0xFFFF), "x")


def ipv6_value(r: random.Random, zone: bool = True) -> str:
    kind = r.randint(0, 9)
    prefix = r.choice(["2001:db8", "2a02:" + _hx(r), "2600:" + _hx(r), "fd00:" + _hx(r)])
    if kind == 0:  # full
        v = ":".join(format(r.randint(0, 0xFFFF), "04x") for _ in range(8))
        v = "2001:0db8:" + v[10:]
    elif kind == 1:  # compressed middle
        v = f"{prefix}:{_hx(r)}::{_hx(r)}:{_hx(r)}"
    elif kind == 2:  # trailing ::
        v = f"{prefix}:{_hx(r)}::"
    elif kind == 3:  # leading :: with embedded IPv4
        v = f"::ffff:{ipv4_value(r)}"
    elif kind == 4:  # leading :: short
        v = f"::{_hx(r)}:{_hx(r)}"
    elif kind == 5:  # link-local, optional zone id
        v = f"fe80::{_hx(r)}:{_hx(r)}:{_hx(r)}:{_hx(r)}"
        if zone and r.random() < 0.6:
            v += r.choice(["%eth0", "%en0", "%wlan0", "%3", "%enp0s31f6"])
    elif kind == 6:  # upper case
        v = f"{prefix}:{_hx(r)}:{_hx(r)}::{_hx(r)}".upper()
    elif kind == 7:  # uncompressed without leading zeros
        v = ":".join([prefix, *(_hx(r) for _ in range(6))])
    elif kind == 8:  # 64:ff9b NAT64 with IPv4 tail
        v = f"64:ff9b::{ipv4_value(r)}"
    else:
        v = f"{prefix}::{_hx(r)}"
    return v


def slot_ip4(r: random.Random) -> tuple[str, list[Span]]:
    v = ipv4_value(r)
    return v, [(0, len(v), "IP_ADDRESS")]


def slot_ip6(r: random.Random) -> tuple[str, list[Span]]:
    v = ipv6_value(r)
    return v, [(0, len(v), "IP_ADDRESS")]


def slot_ip(r: random.Random) -> tuple[str, list[Span]]:
    return slot_ip6(r) if r.random() < 0.45 else slot_ip4(r)


def slot_ip4_port(r: random.Random) -> tuple[str, list[Span]]:
    v = ipv4_value(r)
    return f"{v}:{r.choice([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 51820])}", [
        (0, len(v), "IP_ADDRESS")
    ]


def slot_ip4_cidr(r: random.Random) -> tuple[str, list[Span]]:
    v = ipv4_value(r)
    return f"{v}/{r.choice([8, 16, 20, 22, 24, 26, 28, 32])}", [(0, len(v), "IP_ADDRESS")]


def slot_ip6_port(r: random.Random) -> tuple[str, list[Span]]:
    v = ipv6_value(r, zone=False)
    port = r.choice([22, 53, 80, 443, 8080, 8443, 9090])
    return f"[{v}]:{port}", [(1, 1 + len(v), "IP_ADDRESS")]


def slot_url_ip(r: random.Random) -> tuple[str, list[Span]]:
    scheme = r.choice(["http", "https"])
    path = r.choice(["/", "/admin", "/api/v2/health", "/login?next=/", ""])
    if r.random() < 0.5:
        v = ipv4_value(r)
        port = r.choice(["", ":8080", ":8443", ":3000"])
        return f"{scheme}://{v}{port}{path}", [
            (len(scheme) + 3, len(scheme) + 3 + len(v), "IP_ADDRESS")
        ]
    v = ipv6_value(r, zone=False)
    port = r.choice(["", ":8080", ":443"])
    start = len(scheme) + 4
    return f"{scheme}://[{v}]{port}{path}", [(start, start + len(v), "IP_ADDRESS")]


# -- cards -----------------------------------------------------------------------------------
def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return _luhn_digit(digits[:-1]) == digits[-1]


def card_value(r: random.Random) -> str:
    prefix, length = r.choice(
        [
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
            ("3566", 16),
            ("36", 14),
        ]
    )
    body = prefix + _d(r, length - len(prefix) - 1)
    digits = body + _luhn_digit(body)
    sep = r.choice(["", " ", "-", " "])
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]]) if sep else digits
    if length == 14:
        return sep.join([digits[:4], digits[4:10], digits[10:]]) if sep else digits
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def slot_card(r: random.Random) -> tuple[str, list[Span]]:
    v = card_value(r)
    return v, [(0, len(v), "CREDIT_CARD")]


# -- look-alike fillers (never PII) ------------------------------------------------------------
def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}{m:02d}{d:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}.{m:02d}.{d:02d}",
        ]
    )


def _bad_luhn16(r: random.Random) -> str:
    body = r.choice("3456") + _d(r, 14)
    good = _luhn_digit(body)
    return body + str((int(good) + r.randint(1, 9)) % 10)


def _isbn13(r: random.Random) -> str:
    body = "978" + _d(r, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = str((10 - total % 10) % 10)
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def _bad_ssn(r: random.Random) -> str:
    area = r.choice(["000", "666", f"9{_d(r, 2)}"])
    return f"{area}-{_d(r, 2)}-{_d(r, 4)}"


def _mac(r: random.Random) -> str:
    sep = r.choice([":", "-"])
    v = sep.join(_hex(r, 2) for _ in range(6))
    return v.upper() if r.random() < 0.5 else v


def _version4(r: random.Random) -> str:
    return f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 999)}"


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(
        [
            f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            f"ORD-{r.randint(2020, 2026)}-{_d(r, 6)}",
            f"#{_d(r, 8)}",
            f"{_d(r, 10)}",
            f"SO{_d(r, 9)}",
        ]
    ),
    "waybill": lambda r: r.choice(
        [
            f"1Z{_hex(r, 6).upper()}{_d(r, 10)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"{_d(r, 10)}",
            f"JD{_d(r, 18)}",
            f"{_d(r, 3)}-{_d(r, 8)}",
            f"{_d(r, 2)} {_d(r, 4)} {_d(r, 4)}",
            f"RR{_d(r, 9)}GB",
        ]
    ),
    "invoice": lambda r: r.choice(
        [
            f"INV-{r.randint(2020, 2026)}-{_d(r, 5)}",
            f"{r.randint(2020, 2026)}/{_d(r, 6)}",
            f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}",
            f"F{_d(r, 8)}",
        ]
    ),
    "version": lambda r: r.choice(
        [
            f"v{_version4(r)}",
            _version4(r),
            f"{r.randint(3, 6)}.{r.randint(0, 19)}.0-{_d(r, 3)}.{r.randint(1, 99)}.1"
            f".el{r.choice('789')}",
            f"{r.randint(10, 20)}.0.{_d(r, 5)}.{_d(r, 4)}",
        ]
    ),
    "ts": lambda r: r.choice(
        [
            f"{_date(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 3)}Z",
            f"{r.randint(1600000000, 1790000000)}",
            f"{r.randint(1600000000, 1790000000)}{_d(r, 3)}",
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        ]
    ),
    "duration": lambda r: r.choice(
        [
            f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 3)}",
            f"{r.randint(1, 900)}ms",
            f"{r.randint(1, 59)}m{r.randint(1, 59)}s",
            f"{r.randint(1, 9)}h {r.randint(1, 59)}m",
            f"{r.randint(0, 3)}:{r.randint(10, 59)}:{r.randint(10, 59)}",
        ]
    ),
    "hash": lambda r: r.choice([_hex(r, 7), _hex(r, 40), _hex(r, 64), _hex(r, 32), _hex(r, 12)]),
    "gps": lambda r: r.choice(
        [
            f"{r.uniform(-60, 60):.4f}, {r.uniform(-170, 170):.4f}",
            f"{r.uniform(-60, 60):.6f},{r.uniform(-170, 170):.6f}",
            f"{r.randint(1, 79)}°{r.randint(0, 59)}'{r.randint(0, 59)}.{r.randint(0, 9)}\"N "
            f"{r.randint(1, 179)}°{r.randint(0, 59)}'{r.randint(0, 59)}.{r.randint(0, 9)}\"E",
        ]
    ),
    "mac": _mac,
    "oid": lambda r: r.choice(
        [
            f"1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 9)}.{r.randint(1, 99)}",
            f"1.3.6.1.2.1.{r.randint(1, 31)}.{r.randint(1, 9)}.{r.randint(0, 9)}",
            f"2.16.840.1.{_d(r, 6)}.{r.randint(1, 9)}",
        ]
    ),
    "isbn": lambda r: _isbn13(r) if r.random() < 0.7 else _isbn13(r).replace("-", ""),
    "sku": lambda r: r.choice(
        [
            f"SKU-{_d(r, 4)}-{_hex(r, 3).upper()}",
            f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
            f"{_hex(r, 2).upper()}{_d(r, 6)}",
            f"{_d(r, 5)}.{_d(r, 3)}",
        ]
    ),
    "amount": lambda r: r.choice(
        [
            f"${r.randint(1, 999)},{_d(r, 3)}.{_d(r, 2)}",
            f"€{r.randint(1, 99)}.{_d(r, 3)},{_d(r, 2)}",
            f"{r.randint(1, 999)} {_d(r, 3)} {_d(r, 3)} kr",
            f"USD {r.randint(100, 999_999)}.{_d(r, 2)}",
            f"{r.randint(1, 9)},{_d(r, 3)},{_d(r, 3)}",
        ]
    ),
    "pages": lambda r: r.choice(
        [
            f"pp. {r.randint(10, 400)}-{r.randint(401, 900)}",
            f"pages {r.randint(100, 999)}–{r.randint(1000, 1200)}",
            f"{r.randint(12, 99)}({r.randint(1, 12)}):"
            f"{r.randint(100, 999)}-{r.randint(1000, 1999)}",
        ]
    ),
    "date": _date,
    "bad_ssn": _bad_ssn,
    "bad_card": _bad_luhn16,
    "masked": lambda r: r.choice(
        [
            f"**** **** **** {_d(r, 4)}",
            f"XXXX-XXXX-XXXX-{_d(r, 4)}",
            f"***-**-{_d(r, 4)}",
            f"xxx-xx-{_d(r, 4)}",
            f"{_d(r, 6, '45')}******{_d(r, 4)}",
        ]
    ),
    "n": lambda r: str(r.randint(2, 99)),
    "port": lambda r: str(r.choice([22, 80, 443, 8080, 5432, 6379, 9092])),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
}


SLOTS: dict[str, Slot] = {
    "phone": slot_phone,
    "e164": slot_phone_e164,
    "tel": slot_tel_uri,
    "ssn": slot_ssn,
    "ssn_sep": slot_ssn_sep,
    "ssn_bare": slot_ssn_bare,
    "ip4": slot_ip4,
    "ip6": slot_ip6,
    "ip": slot_ip,
    "ip4_port": slot_ip4_port,
    "ip4_cidr": slot_ip4_cidr,
    "ip6_port": slot_ip6_port,
    "url_ip": slot_url_ip,
    "card": slot_card,
}


# -- templates -------------------------------------------------------------------------------
# Written for this file. Slots: PII kinds of ``SLOTS`` become gold spans, ``FILLERS`` are
# look-alike numbers. Positives by register, then look-alikes by register.
POSITIVE: dict[str, list[str]] = {
    "chat": [
        "hey can u call me back on {phone} when ur free",
        "new number is {phone}, save it pls",
        "my ssn is {ssn} do u need anything else",
        "lol the router is at {ip4} just type it in the browser",
        "try ringing {phone} instead, the other one is dead",
        "ok so the ip they gave me is {ip6} does that look right",
        "text me at {phone} if the order {order} doesnt show up",
        "server moved to {ip4_port} fyi",
        "the card i used was {card} but it got declined",
        "whats ur number? mine is {phone}",
        "call my office {phone} or my cell {phone}",
        "she said her social is {ssn_sep}, i wrote it down",
        "can you whitelist {ip} for me, thx",
        "dial {phone} and ask for billing, ref {invoice}",
        "ssh into {ip4} on port {port}, pw is in the vault",
        "u can reach the front desk at {phone} from 9 to 5",
        "my ip shows as {ip6} weird right",
        "charge it to {card} pls, exp is next year",
    ],
    "ticket": [
        "Customer asks to be called back on {phone} regarding order {order}.",
        "Caller verified identity with SSN {ssn}; account unlocked.",
        "Login attempts from {ip4} were blocked after {n} failures.",
        "Please update the contact number to {phone} (old one disconnected).",
        "Refund requested for card {card}, invoice {invoice}.",
        "User reports VPN drops; client address {ip6}, gateway {ip4}.",
        "Escalation: customer phoned twice from {phone}, waybill {waybill} still not scanned.",
        "Tax form rejected because SSN {ssn_sep} did not match the payroll record.",
        "Suspicious session from {ip4_port} on {date}; token revoked.",
        "Preferred contact: {phone}. Do not email.",
        "Host {ip4_cidr} is unreachable since the firmware upgrade to {version}.",
        "Customer read out SSN {ssn} over the phone; please mask the recording.",
        "Card ending unknown, full number given as {card}; flagged to fraud.",
        "Backend at {ip6_port} returns 502 for all requests.",
        "Call {phone} before delivery, gate code is on file.",
        "Alternate number for the account holder: {phone}.",
        "Admin console {url_ip} is exposed to the internet.",
        "Caller ID showed {phone}; customer disputes the charge of {amount}.",
    ],
    "search": [
        "who called me from {phone}",
        "{phone} spam or legit",
        "is {ssn_sep} a valid ssn",
        "whois {ip}",
        "{ip4} location",
        "reverse lookup {phone}",
        "ping {ip6} not responding",
        "card {card} declined why",
        "ssn {ssn} lost card replace",
        "{phone} who is this",
        "how to block {ip4_cidr} in iptables",
        "geo ip {ip}",
        "unknown number {phone} keeps calling",
        "is {card} a real visa number",
        "{url_ip} not loading",
        "trace {ip6}",
        "tel {phone} owner",
        "blacklist check {ip4}",
    ],
    "review": [
        "Great service, the owner even gave me his mobile {phone} for follow-ups.",
        "Do not trust them, they printed my SSN {ssn_sep} on the receipt!",
        "Five stars. Booking line is {phone}, they answer fast.",
        "They charged my card {card} twice and never refunded.",
        "Their wifi admin page at {ip4} was wide open, not great for a hotel.",
        "Rang {phone} three times before anyone picked up. Two stars.",
        "Lovely stay, call {phone} for the airport shuttle.",
        "The technician left the printer on {ip4} with default password, otherwise fine.",
        "Order {order} arrived late; called {phone} and they sorted it.",
        "Shop asked for my social ({ssn}) just to open a loyalty account. No thanks.",
        "Good price. Helpline {phone}, press 2 for English.",
        "I paid with {card} and the terminal showed the full number, yikes.",
        "Can recommend, ring {phone} and ask for the weekend rate.",
        "Hosting is fine but my server {ip6} was down for {duration}.",
        "After {n} calls to {phone} I finally got a refund of {amount}.",
        "Mechanic was honest. Workshop number {phone}.",
        "The guest network handed out {ip4} and blocked half the web.",
        "Friendly staff, reservations on {phone} or walk in.",
    ],
    "log": [
        "{ts} INFO sms sent to {phone} status=delivered",
        "{ts} WARN auth failed user=svc_backup src={ip4} port={port}",
        '{ip4} - - [{ts}] "GET /api/v1/items HTTP/1.1" 200 {n}',
        "{ts} DEBUG payment card={card} amount={amount} result=declined",
        "kyc check ssn={ssn_bare} status=pending",
        "conn from [{ip6}]:{port} closed after {duration}",
        "{ts} ERROR upstream {ip4_port} timed out",
        "callback_number={phone} queue=billing order={order}",
        "src={ip} dst={ip4} proto=tcp action=drop",
        "{ts} INFO msisdn={e164} otp sent",
        "{ts} AUDIT ssn={ssn} lookup by agent {n}",
        "inet {ip4_cidr} brd {ip4} scope global eth0",
        "inet6 {ip6} scope global dynamic",
        "{ts} INFO dial out {tel} duration={duration}",
        "client={ip6_port} tls=1.3 sha={hash}",
        "proxy_chain={ip4},{ip4} hops=2",
        "{ts} INFO forwarded call to {phone} via trunk {n}",
        "GET {url_ip} 301 {duration}",
    ],
    "json": [
        '{"phone": "{phone}", "verified": true}',
        '{"ssn": "{ssn}", "dob": "{date}"}',
        '{"client_ip": "{ip}", "status": 403}',
        '{"card_number": "{card}", "amount": "{amount}"}',
        '{"contact": {"mobile": "{phone}", "home": "{phone}"}}',
        '{"remote_addr": "{ip4}", "port": {port}, "ts": "{ts}"}',
        '{"tax_id": "{ssn_sep}", "order": "{order}"}',
        '{"msisdn": "{e164}", "carrier": "unknown"}',
        '{"peer": "{ip6}", "rtt_ms": {n}}',
        '{"ssn":"{ssn_bare}","verified":false}',
        '{"callback": "{tel}", "queue": "support"}',
        '{"endpoint": "{url_ip}", "healthy": false}',
        '{"phone_number": "{phone}", "sku": "{sku}"}',
        '{"listen": "{ip4_port}", "build": "{version}"}',
        '{"pan": "{card}", "invoice": "{invoice}"}',
        '{"gateway": "{ip4}", "subnet": "{ip4_cidr}"}',
        '{"fax": "{phone}", "tracking": "{waybill}"}',
        '{"addr6": "{ip6}", "mac": "{mac}"}',
    ],
    "multiline": [
        "Hi team,\nplease call the customer on {phone} today.\nOrder: {order}\nThanks",
        "Name on file: see CRM\nSSN: {ssn}\nDOB: {date}",
        "Server: web-{n}\nIP: {ip4}\nIPv6: {ip6}\nOS: {version}",
        "Contact\nMobile: {phone}\nOffice: {phone}",
        "Payment details\nCard: {card}\nAmount: {amount}",
        "Social Security Number\n{ssn_sep}\nPlease keep this form safe.",
        "Allowed IPs:\n{ip}\n{ip}\n{ip4_cidr}",
        "Tel. {phone}\nFax {phone}\nInvoice {invoice}",
        "-- \nSupport desk\nT {phone}\nM {phone}",
        "Incident {n}\nsource: {ip4_port}\ntarget: {ip6_port}\nduration: {duration}",
        "Applicant form\nSSN . . . . {ssn}\nPhone . . . {phone}",
        "Dear support,\nmy card {card} was charged twice.\nRegards",
        "VPN config\nEndpoint = {ip4_port}\nAddress = {ip4_cidr}",
        "Reminder:\ncall back {phone}\nre: waybill {waybill}",
        "Emergency contacts\n1) {phone}\n2) {phone}",
        "Employee record\nSSN: {ssn_bare}\nStart: {date}",
        "Links\n{url_ip}\nphone {tel}",
        "Router admin\nLAN {ip4}\nWAN {ip6}\nFirmware {version}",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "chat": [
        "my order {order} still hasnt shipped, tracking says {waybill}",
        "updated to {version} and now the app crashes lol",
        "the build {version} fixed it for me",
        "meet at {gps}? thats the park entrance",
        "invoice {invoice} says {amount} which is way too much",
        "can u check commit {hash} pls",
        "the isbn is {isbn} if u want to order it too",
        "call took {duration}, so annoying",
        "it was delivered {date} apparently",
        "my router mac is {mac} do i need that",
        "read {pages} for tomorrow",
        "the sku on the box is {sku}",
        "lol i got {n} out of 100 on the quiz",
        "card shows as {masked} in the app, thats fine right",
    ],
    "ticket": [
        "Order {order} was split into two parcels, waybills {waybill} and {waybill}.",
        "Customer is on firmware {version}; please upgrade to the latest build.",
        "Invoice {invoice} disputed, amount {amount}.",
        "Regression introduced in commit {hash}, reverted on {date}.",
        "Device MAC {mac} is not in the allow list.",
        "SNMP polling of OID {oid} fails since {date}.",
        "Shipment {waybill} scanned at hub on {ts}.",
        "Test SSN {bad_ssn} used in staging must not reach production.",
        "Card number {bad_card} fails the checksum; customer asked to re-enter.",
        "Stored payment method shows {masked}; no further action.",
        "Job ran for {duration} and exited with code {n}.",
        "Replacement part {sku} ordered, ETA {date}.",
        "Kernel {version} panics on boot with {pct} probability.",
        "Return label {waybill} issued for order {order}.",
    ],
    "search": [
        "track parcel {waybill}",
        "isbn {isbn}",
        "{version} release notes pdf",
        "what is oid {oid}",
        "mac vendor lookup {mac}",
        "convert {ts} to date",
        "git show {hash}",
        "{gps} on map",
        "sku {sku} price",
        "order status {order}",
        "invoice {invoice} pdf",
        "build {version} changelog",
        "{amount} in euros",
        "{duration} in seconds",
    ],
    "review": [
        "Ordered on {date}, order {order}, arrived in two days.",
        "Tracking {waybill} never updated but the parcel came anyway.",
        "After the update to {version} the camera works again. Four stars.",
        "Paid {amount} and got a proper invoice ({invoice}).",
        "The book (ISBN {isbn}) is excellent, especially {pages}.",
        "Battery lasted {duration} on a single charge.",
        "Great spot, coordinates {gps} if you want to find it.",
        "Replacement part {sku} fit perfectly.",
        "Checkout only showed {masked}, which I liked.",
        "Firmware {version} bricked my router, avoid.",
        "Room {n} was clean; checkout at {ts}.",
        "Waited {duration} in the queue, then the order {order} was cancelled.",
        "They refunded {amount} within a week.",
        "Rated {n}/10, parcel {waybill} arrived dented.",
    ],
    "log": [
        "{ts} INFO order={order} status=shipped waybill={waybill}",
        "{ts} DEBUG build={version} commit={hash}",
        "{ts} INFO snmp get {oid} = {n}",
        "{ts} WARN arp entry {mac} on vlan {n} changed",
        "{ts} INFO job finished in {duration} exit={n}",
        "invoice={invoice} amount={amount} currency=EUR",
        "{ts} INFO gps fix {gps} sats={n}",
        "{ts} ERROR checksum mismatch sha256={hash}",
        "sku={sku} qty={n} warehouse=DE{n}",
        "{ts} INFO kernel {version} booted in {duration}",
        "{ts} DEBUG test fixture ssn={bad_ssn} (never issued)",
        "{ts} INFO card={masked} tokenized",
        "{ts} INFO user-agent=Chrome/{version} lang=en",
        "epoch={ts} seq={n} offset={n}",
    ],
    "json": [
        '{"order_id": "{order}", "tracking": "{waybill}"}',
        '{"version": "{version}", "commit": "{hash}"}',
        '{"invoice": "{invoice}", "total": "{amount}"}',
        '{"oid": "{oid}", "value": {n}}',
        '{"mac": "{mac}", "vlan": {n}}',
        '{"created_at": "{ts}", "duration": "{duration}"}',
        '{"isbn": "{isbn}", "pages": "{pages}"}',
        '{"location": "{gps}"}',
        '{"sku": "{sku}", "stock": {n}}',
        '{"card": "{masked}", "status": "tokenized"}',
        '{"test_ssn": "{bad_ssn}", "env": "staging"}',
        '{"date": "{date}", "build": "{version}"}',
        '{"checksum": "{hash}", "size": {n}}',
        '{"ref": "{bad_card}", "valid": false}',
    ],
    "multiline": [
        "Order summary\nOrder: {order}\nTracking: {waybill}\nTotal: {amount}",
        "Release {version}\ncommit {hash}\ndate {date}",
        "Invoice {invoice}\nDate: {date}\nAmount due: {amount}",
        "Device inventory\nMAC: {mac}\nFirmware: {version}\nSKU: {sku}",
        "SNMP\nOID {oid}\npoll every {duration}",
        "Reading list\nISBN {isbn}\n{pages}",
        "Waypoint\n{gps}\nElevation {n} m",
        "Build log\nstarted {ts}\nfinished {ts}\nelapsed {duration}",
        "Return request\nOrder {order}\nLabel {waybill}",
        "Payment\nCard: {masked}\nStatus: captured",
        "Checksums\nsha256 {hash}\nmd5 {hash}",
        "Shipment\nWaybill {waybill}\nWeight {n} kg\nDispatched {date}",
        "Test data (not real)\nSSN {bad_ssn}\nCard {bad_card}",
        "Agent build {version}\nuptime {duration}\nload {pct}",
    ],
}

_SLOT = re.compile(r"\{(\w+)\}")  # JSON braces are never followed by a word character


def fill(template: str, r: random.Random) -> tuple[str, list[dict[str, object]]]:
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        text += template[pos : m.start()]
        kind = m.group(1)
        if kind in SLOTS:
            surface, rel = SLOTS[kind](r)
            for a, b, etype in rel:
                spans.append(
                    {
                        "start": len(text) + a,
                        "end": len(text) + b,
                        "entity_type": etype,
                        "value": surface[a:b],
                    }
                )
        else:
            surface = FILLERS[kind](r)
        text += surface
        pos = m.end()
    text += template[pos:]
    return text, spans


def check_record(record: dict[str, object]) -> None:
    text = record["text"]
    assert isinstance(text, str)
    spans = record["spans"]
    assert isinstance(spans, list)
    end = 0
    for span in spans:
        assert text[span["start"] : span["end"]] == span["value"]
        assert span["start"] >= end
        end = span["end"]
    assert bool(record.get("negative")) == (not spans)


def build() -> list[dict[str, object]]:
    r = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    template_id = 0
    for negative, table in ((False, POSITIVE), (True, NEGATIVE)):
        for index, register in enumerate(REGISTERS):
            templates = table[register]
            ids = list(range(template_id, template_id + len(templates)))
            template_id += len(templates)
            count = TOTAL // len(REGISTERS) + (1 if index < TOTAL % len(REGISTERS) else 0)
            for i in range(count):
                k = i % len(templates)
                while True:
                    text, spans = fill(templates[k], r)
                    if text not in seen:
                        break
                seen.add(text)
                record: dict[str, object] = {
                    "id": len(records),
                    "template_id": ids[k],
                    "text": text,
                    "spans": spans,
                    "register": register,
                }
                if negative:
                    record["negative"] = True
                check_record(record)
                records.append(record)
    return records


def lines() -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in build())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")
    print(FILE, sum(1 for _ in OUT.open(encoding="utf-8")))


if __name__ == "__main__":
    main()
