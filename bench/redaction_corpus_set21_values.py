"""Set 21's structured values: phones, SSNs, IPs, cards, IBANs and e-mails (stdlib only)."""

from __future__ import annotations

import random
import re

from bench.redaction_corpus_set21_pools import fold


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """``n`` digits, the first not zero."""
    return rng.choice("23456789") + _digits(rng, n - 1)


# Each phone shape is (weight, maker); international ones carry their country code.
def _us(rng: random.Random) -> str:
    a, b, c = _nz(rng, 3), _nz(rng, 3), _digits(rng, 4)
    return rng.choice(
        [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"]
    )


def _gb(rng: random.Random) -> str:
    m = "7" + _nz(rng, 3)
    rest = _digits(rng, 6)
    return rng.choice(
        [
            f"0{m} {rest}",
            f"+44 {m} {rest[:3]} {rest[3:]}",
            f"+44 (0){m} {rest}",
            f"020 {_nz(rng, 4)} {_digits(rng, 4)}",
            f"0113 {_nz(rng, 3)} {_digits(rng, 4)}",
        ]
    )


def _de(rng: random.Random) -> str:
    return rng.choice(
        [
            f"0{rng.choice(['151', '160', '172', '176'])} {_nz(rng, 8)}",
            f"+49 {rng.choice(['30', '89', '221', '711'])} {_nz(rng, 7)}",
            f"+49 (0){rng.choice(['40', '69'])} {_nz(rng, 4)} {_digits(rng, 3)}",
            f"0{rng.choice(['341', '761'])}/{_nz(rng, 6)}",
        ]
    )


def _fr(rng: random.Random) -> str:
    p = [rng.choice(["6", "7", "1", "4", "5"])] + [_digits(rng, 2) for _ in range(4)]
    return rng.choice(
        [
            "0" + p[0] + " " + " ".join(p[1:]),
            "+33 " + p[0] + " " + " ".join(p[1:]),
            "0" + p[0] + "." + ".".join(p[1:]),
            "+33 (0)" + p[0] + " " + " ".join(p[1:]),
        ]
    )


def _misc(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+34 6{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+39 3{_digits(rng, 2)} {_nz(rng, 3)} {_digits(rng, 4)}",
            f"+31 6 {_nz(rng, 4)} {_digits(rng, 4)}",
            f"06-{_nz(rng, 8)}",
            f"+91 {rng.choice('6789')}{_digits(rng, 4)} {_digits(rng, 5)}",
            f"0{rng.choice('6789')}{_digits(rng, 4)} {_digits(rng, 5)}",
            f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"(02) {_nz(rng, 4)} {_digits(rng, 4)}",
            f"+353 8{rng.choice('3579')} {_nz(rng, 3)} {_digits(rng, 4)}",
            f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"(21) 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"+52 55 {_nz(rng, 4)} {_digits(rng, 4)}",
            f"+86 13{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"+234 80{rng.choice('3569')} {_nz(rng, 3)} {_digits(rng, 4)}",
            f"0803 {_nz(rng, 3)} {_digits(rng, 4)}",
            f"+63 9{_digits(rng, 2)} {_nz(rng, 3)} {_digits(rng, 4)}",
            f"0917-{_nz(rng, 3)}-{_digits(rng, 4)}",
            f"+48 {rng.choice('5678')}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+81 90-{_nz(rng, 4)}-{_digits(rng, 4)}",
            f"+65 {rng.choice('89')}{_digits(rng, 3)} {_digits(rng, 4)}",
            f"+27 82 {_nz(rng, 3)} {_digits(rng, 4)}",
            f"+41 79 {_nz(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"0041 44 {_nz(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"011 44 20 {_nz(rng, 4)} {_digits(rng, 4)}",
        ]
    )


def phone(rng: random.Random) -> str:
    maker = rng.choices([_us, _gb, _de, _fr, _misc], weights=[30, 14, 8, 8, 40])[0]
    return maker(rng)


def phone_ext(rng: random.Random) -> str:
    ext = _nz(rng, rng.choice([2, 3, 4]))
    return phone(rng) + rng.choice([f" ext. {ext}", f" x{ext}", f" ext {ext}", f", ext. {ext}"])


def phone_compact(rng: random.Random) -> str:
    """E.164 without blanks, as logs write it."""
    return rng.choice(
        [
            f"+1{_nz(rng, 3)}{_nz(rng, 3)}{_digits(rng, 4)}",
            f"+447{_nz(rng, 9)}",
            f"+4915{_nz(rng, 9)}",
            f"+336{_digits(rng, 8)}",
            f"+9198{_digits(rng, 8)}",
            f"+55119{_digits(rng, 8)}",
            f"+639{_digits(rng, 9)}",
            f"+234803{_nz(rng, 7)}",
        ]
    )


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = ssn_parts(rng)
    if sep is None:
        sep = rng.choices(["-", " ", ".", ""], weights=[55, 25, 10, 10])[0]
    return f"{a}{sep}{g}{sep}{s}"


def ipv4(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 3:
        return f"{rng.choice(['198.51.100', '203.0.113', '192.0.2'])}.{rng.randint(1, 254)}"
    return ".".join(
        str(x)
        for x in (rng.randint(23, 223), *(rng.randint(0, 255) for _ in "ab"), rng.randint(1, 254))
    )


def _h(rng: random.Random) -> str:
    return f"{rng.randint(1, 0xFFFF):x}"


def ipv6(rng: random.Random) -> str:
    """IPv6 in a varied written form (never loopback)."""
    kind = rng.randrange(11)
    if kind == 0:
        return f"2001:db8::{_h(rng)}:{_h(rng)}"
    if kind == 1:
        return f"2001:db8:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    if kind == 2:
        groups = [f"{rng.randint(0, 0xFFFF):04x}" for _ in range(7)]
        return "2a02:" + ":".join(groups)
    if kind == 3:
        return "2001:0DB8:" + ":".join(f"{rng.randint(0, 0xFFFF):04X}" for _ in range(6))
    if kind == 4:
        return f"fe80::{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"
    if kind == 5:
        zone = rng.choice(["eth0", "en0", "wlan0", "ens192", "12", "enp3s0"])
        return f"fe80::{_h(rng)}:{_h(rng)}%{zone}"
    if kind == 6:
        tail = ".".join(
            str(x) for x in (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255))
        )
        tail += f".{rng.randint(1, 254)}"
        return rng.choice(["::ffff:", "::FFFF:", "64:ff9b::"]) + tail
    if kind == 7:
        return f"fd{rng.randint(0, 255):02x}:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    if kind == 8:
        return f"2600:1f18:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"
    if kind == 9:
        return f"2A01:4F8:{_h(rng).upper()}::{_h(rng).upper()}"
    return f"2406:da18:{_h(rng)}:{_h(rng)}::{_h(rng)}"


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.42 else ipv4(rng)


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [
            ("4", 16),
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
            ("3528", 16),
            ("36", 14),
            ("62", 16),
        ]
    )
    number = luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    if length in (14, 15):  # Amex and Diners: 4-6-5 and 4-6-4
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    sep = rng.choices([" ", "-", ""], weights=[45, 30, 25])[0]
    return sep.join(groups)


# Country, BBAN pattern (n digit, a upper letter, c either).
IBAN_FORMATS = {
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "GB": "aaaa" + "n" * 14,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "IE": "aaaa" + "n" * 14,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "SE": "n" * 20,
    "FI": "n" * 14,
    "LU": "nnn" + "c" * 13,
}


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(list(IBAN_FORMATS))
    alphabet = {
        "n": "0123456789",
        "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    }
    bban = "".join(rng.choice(alphabet[k]) for k in IBAN_FORMATS[country])
    compact = country + _iban_check(country, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.55
    if grouped:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    good = iban(rng, grouped=rng.random() < 0.5)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 90)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 1) % 97 + 2:02d}"
    return good[:2] + wrong + good[4:]


FREE_MAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "rediffmail.com",
    "qq.com",
    "yahoo.com.br",
    "hotmail.es",
    "icloud.com",
    "proton.me",
    "bluewin.ch",
    "eircom.net",
]
FIRM_MAIL = [
    "quarrylane.io",
    "tesselworks.de",
    "hollowmere-law.co.uk",
    "brisk-cargo.com",
    "vantorra.es",
    "pennick.fr",
    "orbelle.it",
    "kestrelbay.com.au",
    "nimbra.in",
    "sudoriver.com",
    "fernhallclinic.ie",
    "mapleward.ca",
]


def _slug(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word).lower())


def email_for(rng: random.Random, given: str, surname: str) -> str:
    g, s = _slug(given), _slug(surname.split()[-1])
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s[:1]}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}{rng.randint(70, 99)}",
            f"{g[0]}.{s}",
        ]
    )
    domain = rng.choice(FREE_MAIL) if rng.random() < 0.6 else rng.choice(FIRM_MAIL)
    return f"{local}@{domain}"


ROLE_MAIL = ["billing", "returns", "frontdesk", "noreply", "support", "accounts", "bookings"]


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(ROLE_MAIL)}@{rng.choice(FIRM_MAIL)}"
