"""Set 23's value makers: persons, addresses and the structured types, each drawn from ``rng``.

Every maker returns the text it writes; checksummed values are made valid (cards: Luhn, IBANs:
mod 97) and SSNs avoid never-issued areas, groups and serials.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from bench import redaction_corpus_set23_pools as pools


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _maybe_plain(rng: random.Random, text: str) -> str:
    # Accented names are written without their accents a third of the time.
    return strip_accents(text) if rng.random() < 0.33 else text


def given(rng: random.Random) -> str:
    return _maybe_plain(rng, rng.choice(pools.GIVEN))


def surname(rng: random.Random) -> str:
    pool = pools.PARTICLE_SURNAME if rng.random() < 0.15 else pools.SURNAME
    return _maybe_plain(rng, rng.choice(pool))


def person(rng: random.Random, style: str) -> str:
    first, last = given(rng), surname(rng)
    if style == "full":
        return f"{first} {last}"
    if style == "lower":
        return f"{first} {last}".lower()
    if style == "given":
        return first
    if style == "given_lower":
        return first.lower()
    if style == "caps":
        return f"{first} {last}".upper()
    if style == "inverted":
        return f"{last}, {first}"
    if style == "middle":
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    if style == "initial":
        return f"{first[0]}. {last}"
    if style == "surname":
        return last
    if style == "double":
        return f"{first} {last}-{strip_accents(rng.choice(pools.SURNAME))}"
    if style == "word_full":
        return f"{rng.choice(pools.WORD_GIVEN)} {last}"
    if style == "word":
        return rng.choice(pools.WORD_GIVEN)
    raise ValueError(style)


_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "proton.me",
    "web.de",
    "orange.fr",
    "yahoo.co.uk",
    "libero.it",
    "gmx.at",
    "icloud.com",
    "hotmail.es",
    "uol.com.br",
    "rediffmail.com",
    "kettlebrook.io",
    "quornby-legal.co.uk",
    "stellwerk.de",
    "mailbox.org",
)


def email(rng: random.Random) -> str:
    first = strip_accents(rng.choice(pools.GIVEN)).lower()
    last = strip_accents(rng.choice(pools.SURNAME)).lower().replace("'", "")
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}{rng.randint(7, 99)}",
            f"{first}_{last[:4]}",
            f"{last}{first[0]}",
        )
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _us_phone(rng: random.Random) -> str:
    area, ex, num = rng.randint(201, 989), rng.randint(201, 989), _digits(rng, 4)
    return rng.choice(
        (
            f"({area}) {ex}-{num}",
            f"+1 {area} {ex} {num}",
            f"{area}.{ex}.{num}",
            f"1-{area}-{ex}-{num}",
            f"{area}-{ex}-{num}",
            f"+1 ({area}) {ex}-{num}",
        )
    )


def phone(rng: random.Random) -> str:
    def d(n: int) -> str:
        return _digits(rng, n)

    shapes = (
        lambda: _us_phone(rng),
        lambda: f"+44 20 {d(4)} {d(4)}",
        lambda: f"07{d(3)} {d(6)}",
        lambda: f"+44 (0)1{d(3)} {d(3)} {d(3)}",
        lambda: f"+49 30 {d(8)}",
        lambda: f"0171 {d(7)}",
        lambda: f"+49 (0)89 {d(4)} {d(3)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        lambda: f"+39 06 {d(4)} {d(4)}",
        lambda: f"3{d(2)} {d(3)} {d(4)}",
        lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+31 6 {d(8)}",
        lambda: f"020-{d(7)}",
        lambda: f"+91 9{d(4)} {d(5)}",
        lambda: f"+91-80-{d(4)}-{d(4)}",
        lambda: f"+55 11 9{d(4)}-{d(4)}",
        lambda: f"(21) 3{d(3)}-{d(4)}",
        lambda: f"+52 55 {d(4)} {d(4)}",
        lambda: f"+63 917 {d(3)} {d(4)}",
        lambda: f"0917-{d(3)}-{d(4)}",
        lambda: f"+234 803 {d(3)} {d(4)}",
        lambda: f"0803 {d(3)} {d(4)}",
        lambda: f"+86 138 {d(4)} {d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
        lambda: f"(02) {d(4)} {d(4)}",
        lambda: f"+353 87 {d(3)} {d(4)}",
        lambda: f"087 {d(3)} {d(4)}",
        lambda: f"+43 664 {d(7)}",
        lambda: f"+41 44 {d(3)} {d(2)} {d(2)}",
        lambda: f"+32 470 {d(2)} {d(2)} {d(2)}",
        lambda: f"+351 912 {d(3)} {d(3)}",
        lambda: f"+48 {d(3)} {d(3)} {d(3)}",
        lambda: f"+27 82 {d(3)} {d(4)}",
    )
    return rng.choice(shapes)()


def phone_ext(rng: random.Random) -> str:
    ext = str(rng.randint(10, 4999))
    return _us_phone(rng) + rng.choice((f" ext. {ext}", f" x{ext}", f" ext {ext}", f" #{ext}"))


def phone_compact(rng: random.Random) -> str:
    return rng.choice(("+1", "+44", "+49", "+33", "+61", "+91")) + _digits(rng, 10)


def ssn(rng: random.Random, form: str = "") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = form or rng.choice(("-", "-", " ", ".", "", "\u2013"))  # en dash
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((23, 45, 62, 81, 92, 103, 141, 172, 185, 192, 198, 203, 10, 100))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hex_groups(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(0, 0xFFFF):x}" for _ in range(n)]


def ipv6(rng: random.Random) -> str:
    form = rng.randrange(7)
    if form == 0:  # full, zero-padded
        return ":".join(f"{rng.randint(0, 0xFFFF):04x}" for _ in range(8))
    if form == 1:  # compressed in the middle
        return "2001:db8:" + ":".join(_hex_groups(rng, 2)) + "::" + ":".join(_hex_groups(rng, 2))
    if form == 2:  # IPv4 tail
        return rng.choice(("::ffff:", "64:ff9b::")) + ipv4(rng)
    if form == 3:  # upper case
        return ("2A02:" + ":".join(_hex_groups(rng, 3)) + "::" + _hex_groups(rng, 1)[0]).upper()
    if form == 4:  # unique local
        return (
            "fd"
            + f"{rng.randint(0, 255):02x}:"
            + ":".join(_hex_groups(rng, 2))
            + "::"
            + _hex_groups(rng, 1)[0]
        )
    if form == 5:  # leading ::
        return "::" + ":".join(_hex_groups(rng, 2))
    return "2600:" + ":".join(_hex_groups(rng, 7))


def ipv6_zone(rng: random.Random) -> str:
    return "fe80::" + ":".join(_hex_groups(rng, 4)) + rng.choice(("%eth0", "%en0", "%wlan0", "%3"))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.randrange(6)
    prefix, length = (
        ("4", 16),
        ("5" + str(rng.randint(1, 5)), 16),
        (rng.choice(("34", "37")), 15),
        ("6011", 16),
        ("35" + str(rng.randint(28, 89)), 16),
        ("36", 14),
    )[kind]
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", " ", ""))
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if length == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def bad_card(rng: random.Random) -> str:
    body = "4" + _digits(rng, 14)
    wrong = str((int(_luhn_digit(body)) + rng.randint(1, 9)) % 10)
    number = body + wrong
    return rng.choice((" ", "-")).join(number[i : i + 4] for i in range(0, 16, 4))


_IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: _digits(r, 18),
    "AT": lambda r: _digits(r, 16),
    "BE": lambda r: _digits(r, 12),
    "ES": lambda r: _digits(r, 20),
    "PL": lambda r: _digits(r, 24),
    "PT": lambda r: _digits(r, 21),
    "FR": lambda r: _digits(r, 23),
    "CH": lambda r: _digits(r, 17),
    "NL": lambda r: r.choice(("RABO", "INGB", "ABNA", "SNSB")) + _digits(r, 10),
    "GB": lambda r: r.choice(("NWBK", "BARC", "MIDL", "LOYD")) + _digits(r, 14),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + _digits(r, 14),
    "IT": lambda r: r.choice("ABCDEFGHX") + _digits(r, 22),
}


def _iban_check(country: str, bban: str) -> int:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return 98 - int(numeric) % 97


def _group(iban: str, rng: random.Random) -> str:
    if rng.random() < 0.35:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN_BBAN))
    bban = _IBAN_BBAN[country](rng)
    return _group(f"{country}{_iban_check(country, bban):02d}{bban}", rng)


def bad_iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN_BBAN))
    bban = _IBAN_BBAN[country](rng)
    check = (_iban_check(country, bban) + rng.randint(1, 90)) % 97 + 2
    if check == _iban_check(country, bban):
        check = check % 97 + 2
    return _group(f"{country}{check % 100:02d}{bban}", rng)
