"""Value mechanics that the blind corpus generators' ``..._values.py`` modules share (sets
35 to 40; ``Phones`` and ``lan_or_public_ip4`` serve sets 36 to 39).

Each set keeps its own value shapes and tables (area codes, national phone forms, IPv6
prefixes, card kinds, IBAN formats, layouts and shares); how a NANP number, an SSN's parts, an
IPv6 address, a Luhn-valid or -failing card number and an IBAN are drawn from those tables was
the same code in every set and stands here once (the digit and checksum helpers are in
``bench/redaction_corpus_digits.py``).

Every helper draws from the random generator it is given in the order the copies did, so each
set's file regenerates byte for byte.
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bench.redaction_corpus_digits import (
    bban,
    digits,
    iban_check_digits,
    in_fours,
    luhn_digit,
    luhn_ok,
    shaped,
)

# (prefixes, length, digits per group) of a card scheme.
CardKind = tuple[tuple[str, ...], int, tuple[int, ...]]


def nanp(rng: random.Random, areas: Sequence[int]) -> tuple[str, str, str]:
    """A US/Canada number's area code (one of ``areas``), exchange and line; no N11 and no
    555 exchange."""
    area = str(rng.choice(areas))
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    while exchange[1:] == "11" or exchange == "555":
        exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    return area, exchange, digits(rng, 4)


@dataclass(frozen=True)
class Phones:
    """A set's phone shapes: NANP layouts (``{a}`` the area code, one of ``areas``, ``{b}``
    the exchange, ``{c}`` the line), extensions and other countries' forms (``intl``: country
    -> forms, "#" a digit, "@" a digit 1-9); ``kinds`` is what ``any`` draws from."""

    areas: Sequence[int]
    us: Sequence[str]
    dots: Sequence[str]
    bare: Sequence[str]
    extensions: Sequence[str]
    intl: Mapping[str, Sequence[str]]
    kinds: Sequence[str]

    def _layout(self, rng: random.Random, layouts: Sequence[str]) -> str:
        a, b, c = nanp(rng, self.areas)
        return rng.choice(tuple(t.format(a=a, b=b, c=c) for t in layouts))

    def phone(self, rng: random.Random, kind: str = "any") -> str:
        """A number of ``kind``: ``us``, ``dots``, ``bare``, ``ext`` (``us`` and an
        extension), ``intl`` or ``any``."""
        if kind == "any":
            kind = rng.choice(self.kinds)
        if kind == "us":
            return self._layout(rng, self.us)
        if kind == "dots":
            return self._layout(rng, self.dots)
        if kind == "bare":
            return self._layout(rng, self.bare)
        if kind == "ext":
            return self._layout(rng, self.us) + shaped(rng, rng.choice(self.extensions))
        return shaped(rng, rng.choice(self.intl[rng.choice(tuple(self.intl))]))


def lan_or_public_ip4(rng: random.Random, firsts: Sequence[int], lan_third_max: int) -> str:
    """A private or public IPv4 address (never a documentation range) whose first octet is one
    of ``firsts``: 172.16-31.x.x, 192.168.0-``lan_third_max``.x or a first octet's /8."""
    while True:
        first = rng.choice(firsts)
        if first == 172:
            addr = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        elif first == 192:
            addr = f"192.168.{rng.randint(0, lan_third_max)}.{rng.randint(2, 254)}"
        else:
            addr = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        parsed = ipaddress.ip_address(addr)
        if parsed.is_global or parsed.is_private:
            return addr


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    """Area, group and serial of an SSN that could be issued (area 001-899 but 666)."""
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def never_issued_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    a, g, s = ssn_parts(rng)
    which = rng.randint(0, 4)
    a = ("000", "666", f"9{digits(rng, 2)}", a, a)[which]
    g = "00" if which == 3 else g
    s = "0000" if which == 4 else s
    return f"{a}-{g}-{s}"


def ip6_value(rng: random.Random, prefixes: Sequence[tuple[int, int]]) -> int:
    """An IPv6 address (as an int) under one of ``prefixes`` (two groups), the other six
    groups zero or of 1-4 hex digits."""
    head = rng.choice(prefixes)
    rest = [
        rng.choice((0, rng.randint(1, 0xFFFF), rng.randint(1, 0xFFF), rng.randint(1, 0xFF)))
        for _ in range(6)
    ]
    return int("".join(f"{g:04x}" for g in (*head, *rest)), 16)


def ip6(
    rng: random.Random,
    form: str,
    *,
    forms: Sequence[str],
    prefixes: Sequence[tuple[int, int]],
    v4: Callable[[random.Random], str],
    zone: Callable[[random.Random], str],
) -> str:
    """An IPv6 address: ``short`` (compressed), ``full`` (every zero), ``plain`` (eight groups,
    leading zeros dropped), ``upper``, ``v4`` and ``zone`` (the set's own shapes) or ``any``
    (one of ``forms``)."""
    if form == "any":
        form = rng.choice(forms)
    addr = ipaddress.IPv6Address(ip6_value(rng, prefixes))
    if form == "full":
        return addr.exploded
    if form == "plain":
        return ":".join(f"{int(g, 16):x}" for g in addr.exploded.split(":"))
    if form == "upper":
        return str(addr).upper()
    if form == "v4":
        return v4(rng)
    if form == "zone":
        return zone(rng)
    return str(addr)


def card_number(rng: random.Random, kinds: Sequence[CardKind]) -> tuple[str, tuple[int, ...]]:
    """A Luhn-valid card number of one of ``kinds``, and its grouping."""
    heads, length, groups = rng.choice(kinds)
    body = rng.choice(heads)
    body += digits(rng, length - 1 - len(body))
    return body + luhn_digit(body), groups


def luhn_broken(rng: random.Random, number: str) -> str:
    """``number`` with its last digit changed, so that it fails Luhn."""
    return number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)


def not_luhn(rng: random.Random, n: int, head: str = "") -> str:
    """``n`` digits starting with ``head`` that fail the Luhn check (a long look-alike that
    must not pass for a card)."""
    while True:
        out = head + digits(rng, n - len(head))
        if not luhn_ok(out):
            return out


def compact_iban(rng: random.Random, formats: Mapping[str, str]) -> str:
    """A valid IBAN without spaces, of a country of ``formats`` (country -> BBAN pattern)."""
    country = rng.choice(tuple(formats))
    account = bban(rng, formats[country])
    return f"{country}{iban_check_digits(country, account)}{account}"


def bad_iban(rng: random.Random, formats: Mapping[str, str]) -> str:
    """An IBAN shape, in fours, whose check digits are wrong."""
    compact = compact_iban(rng, formats)
    wrong = f"{(int(compact[2:4]) + rng.randint(1, 90)) % 97 + 2:02d}"
    return in_fours(compact[:2] + wrong + compact[4:])
