"""The scans of a synthetic PII corpus's records behind the checks of ``tests/corpus_checks.py``.

What a check reports of them is ids, pool names, positions or counts, never a span value or a
text (the corpora are blind to the people who tune the redactor); ``person_values`` alone
returns span values, which its callers only count or split into words.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from typing import Any

from tests.corpus_records import luhn_ok, mod97_ok, whole_words

Record = dict[str, Any]
NamedPool = tuple[str, tuple[str, ...]]


class Records(list[Record]):
    """A corpus's records; their repr (shown by pytest beside a failing test) names only their
    number and set, never a text."""

    def __init__(self, records: Iterable[Record], label: str) -> None:
        super().__init__(records)
        self.label = label

    def __repr__(self) -> str:
        return f"<{len(self)} records of {self.label}>"


def person_values(records: Iterable[Record], parity: int) -> list[str]:
    """The PERSON span values of the half of template parity ``parity``."""
    return [
        s["value"]
        for r in records
        if r["template_id"] % 2 == parity
        for s in r["spans"]
        if s["entity_type"] == "PERSON"
    ]


INITIALS = re.compile(r"^[A-Z]\. (?:[A-Z]\. )?\S")
TWO_INITIALS = re.compile(r"^[A-Z]\. [A-Z]\. ")
HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")
CAPS_FIRST = re.compile(r"^[^\Wa-z\d_][^\Wa-z\d_'-]+(?:[ '-][^\Wa-z\d_]+)* [^\W\d_][a-z]")


def name_shape_counts(values: list[str], fold: Callable[[str], str]) -> dict[str, int]:
    """How many of the PERSON ``values`` have each shape (``fold`` strips diacritics)."""
    lower = [v for v in values if v == v.lower()]
    return {
        "lower": len(lower),
        "lower_multi": sum(1 for v in lower if " " in v),
        "lower_one": sum(1 for v in lower if " " not in v),
        "caps": sum(1 for v in values if v == v.upper() and v != v.lower()),
        "diacritics": sum(1 for v in values if fold(v) != v),
        "last_first": sum(1 for v in values if ", " in v),
        "initials": sum(1 for v in values if INITIALS.match(v)),
        "two_initials": sum(1 for v in values if TWO_INITIALS.match(v)),
        "hyphenated": sum(1 for v in values if HYPHENATED.search(v)),
        "caps_first": sum(1 for v in values if CAPS_FIRST.match(v)),
    }


def structured_gold_ok(kind: str, value: str) -> bool:
    """Cards pass Luhn (13-19 digits), IBANs mod 97, IPs parse, SSNs could be issued."""
    if kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if kind == "IBAN_CODE":
        return mod97_ok(value)
    if kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if kind == "US_SSN":
        d = re.sub(r"\D", "", value)
        return (
            len(d) == 9
            and d[:3] not in ("000", "666")
            and d[0] != "9"
            and d[3:5] != "00"
            and d[5:] != "0000"
        )
    return True


def pool_entries_in_the_other_half(
    records: Iterable[Record], pools: list[NamedPool]
) -> list[tuple[str, int]]:
    """The (pool, position) of every entry found, as a whole word in any case, in a text of the
    half its position does not serve (even positions serve even template ids)."""
    texts = ["\n".join(r["text"] for r in records if r["template_id"] % 2 == p) for p in (0, 1)]
    bad: list[tuple[str, int]] = []
    for parity in (0, 1):
        own = [(name, i, e) for name, pool in pools for i, e in enumerate(pool) if i % 2 == parity]
        if not whole_words(e for _, _, e in own).search(texts[1 - parity]):
            continue  # none occurs (see whole_words); else name every one that does
        bad += [(n, i) for n, i, e in own if whole_words([e]).search(texts[1 - parity])]
    return bad


DOCUMENTATION_RANGES = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
IP_CANDIDATE = re.compile(r"[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]+")


def documentation_address_ids(records: Iterable[Record]) -> list[int]:
    """The id of a record once per address of a documentation range in its text."""
    bad = []
    for r in records:
        for candidate in IP_CANDIDATE.findall(r["text"]):
            try:
                address = ipaddress.ip_address(candidate.strip(".:"))
            except ValueError:
                continue
            nets = (n for n in DOCUMENTATION_RANGES if n.version == address.version)
            if any(address in net for net in nets):
                bad.append(r["id"])
    return bad


def look_alike_ids_with_a_card_number(
    records: Iterable[Record], number_run: re.Pattern[str]
) -> list[int]:
    """The id of a look-alike once per digit run (as ``number_run`` finds them) that is a
    Luhn-valid number of 13-19 digits."""
    bad = []
    for r in records:
        if r["negative"]:
            for run in number_run.findall(r["text"]):
                digits = re.sub(r"\D", "", run)
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    bad.append(r["id"])
    return bad


def text_without_gold(r: Record) -> str:
    """The record's text with every gold span blanked out (``#`` for each character)."""
    text: str = r["text"]
    for s in r["spans"]:
        text = text[: s["start"]] + "#" * (s["end"] - s["start"]) + text[s["end"] :]
    return text


def parses_and_not_loopback(value: str) -> bool:
    """Whether ``value`` is an IP address and no loopback one."""
    try:
        return not ipaddress.ip_address(value).is_loopback
    except ValueError:
        return False


def card_number_ids_outside_the_gold(
    records: Iterable[Record], number_run: re.Pattern[str]
) -> list[int]:
    """The id of a record once per digit run outside its gold (as ``number_run`` finds them)
    that is a Luhn-valid number of 13-19 digits."""
    bad = []
    for r in records:
        for run in number_run.findall(text_without_gold(r)):
            digits = re.sub(r"\D", "", run)
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                bad.append(r["id"])
    return bad
