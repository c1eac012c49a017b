"""Set 22's structured values (phones, SSNs, IPs, cards, IBANs, e-mails) and the number-like
look-alike fillers. Stdlib only; every value is drawn from the generator's seeded ``Random``."""

from __future__ import annotations

import ipaddress
import random
import string

from bench.redaction_corpus_set22_pools import fold


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _nz(rng: random.Random, count: int) -> str:
    """``count`` digits, the first not zero."""
    return str(rng.randint(1, 9)) + _digits(rng, count - 1)


def phone(rng: random.Random) -> str:
    """A phone number of one of twenty countries, national or international, with the
    separators people use; some US/UK/DE ones carry an extension (inside the span)."""
    d, n = _digits, _nz
    area = f"{rng.randint(2, 9)}{d(rng, 2)}"
    local = f"{rng.randint(2, 9)}{d(rng, 2)}"
    last = d(rng, 4)
    forms = [
        f"({area}) {local}-{last}",
        f"{area}-{local}-{last}",
        f"{area}.{local}.{last}",
        f"+1 {area} {local} {last}",
        f"1-{area}-{local}-{last}",
        f"+1-{area}-{local}-{last} ext. {d(rng, 3)}",
        f"({area}) {local}-{last} x{d(rng, 2)}",
        f"07{d(rng, 3)} {d(rng, 6)}",
        f"+44 7{d(rng, 3)} {d(rng, 6)}",
        f"+44 (0)20 {n(rng, 4)} {d(rng, 4)}",
        f"0161 {n(rng, 3)} {d(rng, 4)}",
        f"+49 30 {n(rng, 8)}",
        f"+49 (0)89 {n(rng, 4)}-{d(rng, 4)}",
        f"0171 {n(rng, 7)}",
        f"0{rng.choice('67')} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"+33 {rng.choice('67')} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"+33 (0)1 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"+34 6{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
        f"+39 3{d(rng, 2)} {d(rng, 3)} {d(rng, 4)}",
        f"+31 6 {d(rng, 8)}",
        f"+91 9{d(rng, 4)} {d(rng, 5)}",
        f"0{rng.randint(7, 9)}{d(rng, 3)} {d(rng, 5)}",
        f"04{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
        f"+61 4{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
        f"(02) {n(rng, 4)} {d(rng, 4)}",
        f"08{rng.choice('3567')} {d(rng, 3)} {d(rng, 4)}",
        f"+353 8{rng.choice('3567')} {d(rng, 3)} {d(rng, 4)}",
        f"+55 11 9{d(rng, 4)}-{d(rng, 4)}",
        f"(21) 9{d(rng, 4)}-{d(rng, 4)}",
        f"+52 55 {n(rng, 4)} {d(rng, 4)}",
        f"+86 13{d(rng, 1)} {d(rng, 4)} {d(rng, 4)}",
        f"+234 80{rng.choice('3678')} {d(rng, 3)} {d(rng, 4)}",
        f"0803 {d(rng, 3)} {d(rng, 4)}",
        f"+63 917 {d(rng, 3)} {d(rng, 4)}",
        f"0917 {d(rng, 3)} {d(rng, 4)}",
        f"+48 {rng.choice('5678')}{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
        f"090-{d(rng, 4)}-{d(rng, 4)}",
        f"+81 3-{d(rng, 4)}-{d(rng, 4)}",
        f"+65 {rng.choice('89')}{d(rng, 3)} {d(rng, 4)}",
        f"+27 8{rng.choice('2347')} {d(rng, 3)} {d(rng, 4)}",
        f"+41 44 {n(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        f"0044 20 {n(rng, 4)} {d(rng, 4)}",
        f"011 49 40 {n(rng, 7)}",
    ]
    return rng.choice(forms)


def ssn(rng: random.Random, form: str = "") -> str:
    """An issuable SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial); ``form`` is
    "dash", "space", "dot" or "bare", else drawn (dashes most often)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    parts = (f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
    form = form or rng.choice(["dash"] * 5 + ["space"] * 2 + ["dot", "bare", "bare"])
    sep = {"dash": "-", "space": " ", "dot": ".", "bare": ""}[form]
    return sep.join(parts)


def ip4(rng: random.Random) -> str:
    first = rng.choice([10, 172, 192, 203, 198, 45, 81, 94, 151, 185, 212, 64, 100])
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _groups(rng: random.Random, count: int) -> list[str]:
    return [f"{rng.randint(0, 0xFFFF):x}" for _ in range(count)]


def ip6(rng: random.Random, zone: bool = False) -> str:
    """An IPv6 address in one of many written forms; ``zone`` adds a zone id to a link-local."""
    if zone:
        zone_id = rng.choice(["eth0", "en0", "wlan0", "3", "ens192"])
        return f"fe80::{':'.join(_groups(rng, rng.randint(2, 4)))}%{zone_id}"
    prefix = rng.choice(
        ["2001:db8", "2a02:8108", "2600:1700", "2409:8a55", "fd3c:91e2", "2c0f:f7a8"]
    )
    kind = rng.randrange(8)
    if kind == 0:
        text = f"{prefix}::{rng.randint(1, 0xFFFF):x}"
    elif kind == 1:
        text = f"{prefix}:{':'.join(_groups(rng, 2))}::{rng.randint(1, 0xFFF):x}"
    elif kind == 2:
        full = ipaddress.IPv6Address(f"{prefix}:{':'.join(_groups(rng, 6))}")
        text = full.exploded
    elif kind == 3:
        text = f"{prefix}:{':'.join(_groups(rng, 6))}".upper()
    elif kind == 4:
        text = f"::ffff:{ip4(rng)}"
    elif kind == 5:
        text = f"64:ff9b::{ip4(rng)}"
    elif kind == 6:
        text = f"fe80::{':'.join(_groups(rng, 4))}"
    else:
        text = str(ipaddress.IPv6Address(f"{prefix}:{':'.join(_groups(rng, 6))}"))
    ipaddress.ip_address(text)
    return text


def ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.4 else ip4(rng)


def luhn_complete(body: str) -> str:
    """``body`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        digit = int(ch)
        if i % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number of a main brand, spaced, dashed or compact."""
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("4", 16),
            ("51", 16),
            ("55", 16),
            ("2221", 16),
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
    if length in (14, 15):  # Amex 4-6-5, Diners 4-6-4
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", " ", "-", ""]).join(groups)


IBAN_LAYOUT = {  # country: BBAN as (kind, count) runs; "a" = upper-case letters, "n" = digits
    "DE": (("n", 18),),
    "GB": (("a", 4), ("n", 14)),
    "FR": (("n", 23),),
    "ES": (("n", 20),),
    "IT": (("a", 1), ("n", 22)),
    "NL": (("a", 4), ("n", 10)),
    "BE": (("n", 12),),
    "AT": (("n", 16),),
    "CH": (("n", 17),),
    "IE": (("a", 4), ("n", 14)),
    "PT": (("n", 21),),
    "PL": (("n", 24),),
    "DK": (("n", 14),),
    "FI": (("n", 14),),
}


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    """A mod-97-valid IBAN, in groups of four (print form) or compact."""
    country = rng.choice(tuple(IBAN_LAYOUT))
    bban = "".join(
        "".join(rng.choice(string.ascii_uppercase) for _ in range(count))
        if kind == "a"
        else _digits(rng, count)
        for kind, count in IBAN_LAYOUT[country]
    )
    compact = country + iban_check(country, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "gmx.de",
    "web.de",
    "icloud.com",
    "hotmail.fr",
    "libero.it",
    "wp.pl",
    "rediffmail.com",
    "qq.com",
    "uol.com.br",
    "fernhollow.io",
    "quaybridge.co",
    "tallowmere.net",
    "kestrix-labs.com",
    "brightvane.org",
)


def email(rng: random.Random, given: str, surname: str) -> str:
    """An e-mail address built from a person's name (folded to ASCII, lower case)."""
    g = "".join(c for c in fold(given).lower() if c.isalnum())
    s = "".join(c for c in fold(surname).lower() if c.isalnum())
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{s}.{g}",
            f"{g}{_digits(rng, 2)}",
            f"{g}_{s[:4]}",
            f"{s}{g[0]}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


# ---- number-like look-alike fillers -------------------------------------------------------


def waybill(rng: random.Random) -> str:
    """Shaped like a phone number, but a waybill/tracking/parcel number in its context."""
    return rng.choice(
        [
            f"{_nz(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"({_nz(rng, 3)}) {_digits(rng, 3)} {_digits(rng, 4)}",
            f"0{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"1Z{_digits(rng, 2)}{rng.choice('ABCDEFX')}{_digits(rng, 3)}{_digits(rng, 10)}",
            f"JD{_digits(rng, 16)}",
        ]
    )


def order_id(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#{_nz(rng, 7)}",
            f"{_nz(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
            f"ORD-{_digits(rng, 8)}",
            f"INV-{rng.randint(2019, 2026)}-{_digits(rng, 5)}",
            f"PO {_nz(rng, 6)}",
            f"RMA{_digits(rng, 6)}",
        ]
    )


def version(rng: random.Random) -> str:
    """IP-shaped or kernel-shaped versions and build ids."""
    return rng.choice(
        [
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}."
            f"{rng.randint(100, 9999)}",
            f"v{rng.randint(2, 15)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
            f"4.18.0-{rng.randint(80, 553)}.el8",
            f"5.{rng.randint(4, 19)}.0-{rng.randint(10, 99)}-generic",
            f"build {_nz(rng, 5)}.{_digits(rng, 4)}",
        ]
    )


def hex_id(rng: random.Random) -> str:
    h = "0123456789abcdef"
    return rng.choice(
        [
            "".join(rng.choice(h) for _ in range(40)),
            "".join(rng.choice(h) for _ in range(7)),
            "-".join("".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
            ":".join("".join(rng.choice(h) for _ in range(2)) for _ in range(6)),
        ]
    )


def bad_card(rng: random.Random) -> str:
    """16 digits that fail Luhn, grouped like a card."""
    good = luhn_complete("4" + _digits(rng, 14))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return rng.choice([" ", "-"]).join(bad[i : i + 4] for i in range(0, 16, 4))


def bad_ssn(rng: random.Random) -> str:
    """SSN-shaped but never issued (area 000, 666 or 9xx, or group 00)."""
    area = rng.choice(["000", "666", f"9{_digits(rng, 2)}"])
    return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def bad_iban(rng: random.Random) -> str:
    """IBAN-shaped with wrong check digits."""
    good = iban(rng, grouped=False)
    wrong = f"{(int(good[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(int(wrong) + 1) % 97 + 2:02d}"
    text = good[:2] + wrong + good[4:]
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def misc_number(rng: random.Random) -> str:
    """Timestamps, epochs, coordinates, OIDs, ISBNs, SKUs, amounts, ZIPs and dates."""
    return rng.choice(
        [
            f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            str(rng.randint(1_600_000_000, 1_790_000_000)),
            str(rng.randint(1_600_000_000_000, 1_790_000_000_000)),
            f"{rng.uniform(-60, 60):.5f}, {rng.uniform(-170, 170):.5f}",
            f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}",
            f"978-{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}",
            f"SKU {''.join(rng.choices(string.ascii_uppercase, k=2))}-{_digits(rng, 5)}",
            f"${rng.randint(12, 4800):,}.{_digits(rng, 2)}",
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)}",
            _nz(rng, 5),
        ]
    )
