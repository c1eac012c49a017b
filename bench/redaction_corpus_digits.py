"""Digit, card and IBAN helpers that the blind corpus generators of sets 29-32 share.

Each set writes its own value shapes, pools and templates (blind, from its own brief); the
checksums and the random-digit helpers below are mechanics, the same for every set, so they
stand once here. Every helper draws from the random generator it is given in the same order as
the copies it replaced did, so each set's file regenerates byte for byte.
"""

from __future__ import annotations

import random
import string

__all__ = [
    "bban",
    "digits",
    "grouped",
    "hex_digits",
    "iban_check_digits",
    "in_fours",
    "luhn_digit",
    "luhn_ok",
    "nonzero_digits",
    "pick",
    "shaped",
]


def digits(rng: random.Random, n: int) -> str:
    """``n`` random digits."""
    return "".join(rng.choice(string.digits) for _ in range(n))


def nonzero_digits(rng: random.Random, n: int) -> str:
    """``n`` random digits, the first not 0."""
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


def hex_digits(rng: random.Random, n: int) -> str:
    """``n`` random lower-case hex digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pick(rng: random.Random, *options: str) -> str:
    """One of ``options``."""
    return rng.choice(options)


def shaped(rng: random.Random, shape: str) -> str:
    """``shape`` with each "#" a random digit and each "@" a random digit 1-9."""
    return "".join(
        str(rng.randint(0, 9)) if c == "#" else str(rng.randint(1, 9)) if c == "@" else c
        for c in shape
    )


def luhn_digit(body: str) -> str:
    """The Luhn check digit of ``body``."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    """Whether the digit string ``number`` passes the Luhn check."""
    return luhn_digit(number[:-1]) == number[-1]


def grouped(number: str, groups: tuple[int, ...], sep: str) -> str:
    """``number`` cut into ``groups`` of digits joined by ``sep``."""
    out, i = [], 0
    for g in groups:
        out.append(number[i : i + g])
        i += g
    return sep.join(out)


def bban(rng: random.Random, pattern: str) -> str:
    """A random basic bank account number of an IBAN pattern ("4a10n": 4 letters, 10 digits;
    "c": a digit or a letter)."""
    out, num = [], ""
    pools = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.digits + string.ascii_uppercase,
    }
    for ch in pattern:
        if ch.isdigit():
            num += ch
            continue
        out.append("".join(rng.choice(pools[ch]) for _ in range(int(num))))
        num = ""
    return "".join(out)


def iban_check_digits(country: str, account: str) -> str:
    """The two ISO 13616 check digits of an IBAN of ``country`` and BBAN ``account``."""
    number = int("".join(str(int(c, 36)) for c in account + country + "00"))
    return f"{98 - number % 97:02d}"


def in_fours(compact: str) -> str:
    """An IBAN in groups of four characters."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
