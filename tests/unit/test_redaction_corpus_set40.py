"""Set 40 (``data/pii/set40.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on machine-written and technical text and the people
inside it (logs, stack traces, CI and deploy output, incident tickets and post-mortems, git
commits and trailers, CSV/TSV exports and SQL results, mail headers, calendar invites and
vCards, webhook and API payloads, config snippets, chat-ops, security alerts, data-subject
requests).

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid, the counts are the
ones written in ``data/pii/README.md`` ("set40"), both halves are varied and hold every type,
look-alikes hold no person of the pools, the two halves draw from disjoint pools, every
culture of the person pools is named in both halves, the name shapes (logins spelt from a name
included) occur in both halves, most texts with PII also hold a look-alike, and no gold phone
is of a range reserved for fiction nor any gold IP a loopback address.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set40 as set40
from bench import redaction_corpus_set40_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set40_places as places
from bench import redaction_corpus_set40_pools as pools
from bench import redaction_corpus_set40_templates as templates
from bench import redaction_corpus_set40_values as values
from tests.corpus_records import IBAN_SHAPE, luhn_ok, mod97_ok, read_records

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set40.jsonl"
# data/pii/README.md, "set40".
SPANS = {
    "PERSON": 1722,
    "STREET_ADDRESS": 331,
    "PHONE_NUMBER": 287,
    "EMAIL_ADDRESS": 500,
    "IP_ADDRESS": 393,
    "US_SSN": 168,
    "CREDIT_CARD": 168,
    "IBAN_CODE": 166,
}
TEMPLATES = 252
LOOKALIKE_POOLS = [
    "SOFTWARE",
    "ALGORITHMS",
    "IDENTIFIERS",
    "BOTS",
    "HOSTS",
    "CODENAMES",
    "LAWS",
    "OPENERS",
    "WORDS",
]
PARTICLES = set(pools.PARTICLE_WORDS)
FIELDS = {"id", "template_id", "text", "spans", "register", "negative"}


class _Records(list[dict[str, Any]]):
    """The records; their repr (shown by pytest beside a failing test) names only their number."""

    def __repr__(self) -> str:
        return f"<{len(self)} records of set 40>"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _Records(read_records(FILE))


def _words(text: str) -> set[str]:
    return {set40.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}


def _person_words() -> set[str]:
    names = set40.GIVEN + set40.SURNAME + set40.MIDDLE + list(pools.NICKS)
    return {w for n in names for w in _words(n)} - PARTICLES


def _person_values(records: list[dict[str, Any]], parity: int) -> list[str]:
    return [
        s["value"]
        for r in records
        if r["template_id"] % 2 == parity
        for s in r["spans"]
        if s["entity_type"] == "PERSON"
    ]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_generator_reproduces_the_file() -> None:
    assert _digest(set40.lines()) == _digest(FILE.read_text(encoding="utf-8"))


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    bad = []
    for r in records:
        end, ok = 0, set(r) == FIELDS and bool(r["negative"]) == (not r["spans"])
        for s in r["spans"]:
            ok = ok and set(s) == {"start", "end", "entity_type", "value"}
            ok = ok and s["entity_type"] in SPANS and s["start"] >= end and s["end"] > s["start"]
            ok = ok and r["text"][s["start"] : s["end"]] == s["value"] == s["value"].strip()
            end = s["end"]
        if not ok:
            bad.append(r["id"])
    assert not bad, f"unsound records (ids): {bad[:20]}"


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse, SSNs could be issued."""
    bad = []
    for r in records:
        for s in r["spans"]:
            value, kind = s["value"], s["entity_type"]
            if kind == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                ok = digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
            elif kind == "IBAN_CODE":
                ok = mod97_ok(value)
            elif kind == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(value)
                    ok = True
                except ValueError:
                    ok = False
            elif kind == "US_SSN":
                d = re.sub(r"\D", "", value)
                ok = len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                ok = ok and d[3:5] != "00" and d[5:] != "0000"
            else:
                ok = True
            if not ok:
                bad.append(r["id"])
    assert not bad, f"invalid gold (ids): {bad[:20]}"


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in records] == list(range(3000))
    assert sum(1 for r in records if r["negative"]) == 1500
    kinds = Counter((r["register"], r["negative"]) for r in records)
    assert set(kinds) == {(g, n) for g in set40.REGISTERS for n in (False, True)}
    assert set(kinds.values()) == {214, 215}
    counts = dict(Counter(s["entity_type"] for r in records for s in r["spans"]))
    assert counts == SPANS, f"span counts {counts}"
    assert len({r["template_id"] for r in records}) == TEMPLATES


def test_no_text_occurs_twice(records: list[dict[str, Any]]) -> None:
    assert len({r["text"] for r in records}) == 3000


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    for register in set40.REGISTERS:
        for negative in (False, True):
            ids = {
                r["template_id"]
                for r in records
                if r["register"] == register and r["negative"] == negative
            }
            per_half = [sum(1 for i in ids if i % 2 == p) for p in (0, 1)]
            assert min(per_half) >= 9, (register, negative, per_half)
    for parity in (0, 1):
        counts = Counter(
            s["entity_type"] for r in records if r["template_id"] % 2 == parity for s in r["spans"]
        )
        assert set(counts) == set(SPANS), parity
        assert min(counts.values()) >= 60, (parity, dict(counts))


def test_look_alikes_hold_no_person_email_or_valid_iban(records: list[dict[str, Any]]) -> None:
    names = _person_words()
    bad = []
    for r in records:
        if not r["negative"]:
            continue
        text = r["text"]
        iban = any(mod97_ok(m) for m in IBAN_SHAPE.findall(text))
        if _words(text) & names or "@" in text or iban:
            bad.append(r["id"])
    assert not bad, f"look-alikes with a person word, an e-mail or a valid IBAN (ids): {bad[:20]}"


def test_look_alikes_hold_no_valid_card_number(records: list[dict[str, Any]]) -> None:
    bad = []
    for r in records:
        if r["negative"]:
            for run in set40.NUMBER_RUN.findall(r["text"]):
                digits = re.sub(r"\D", "", run)
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    bad.append(r["id"])
    assert not bad, f"look-alikes with a Luhn-valid 13-19 digit run (ids): {bad[:20]}"


def test_look_alike_pools_hold_no_person_word() -> None:
    """Name-like look-alikes also stand in texts with PII; none holds a person's name word."""
    names = _person_words()
    for pool in LOOKALIKE_POOLS:
        entries = getattr(lookalike_pools, pool)
        assert len(entries) >= 24, (pool, len(entries))
        assert len(set(entries)) == len(entries), pool
        bad = [i for i, entry in enumerate(entries) if _words(entry) & names]
        assert not bad, f"{pool}: positions {bad}"


def test_most_templates_with_pii_also_hold_a_look_alike() -> None:
    """A look-alike slot (name-like or number-like, not a plain number or log scaffolding)
    stands next to the real PII in most PII templates of every register."""
    gold = {"title", "city", "postcode", "country", "emailr"} | set(set40.MAIL_KINDS)
    gold |= set(set40.NAME_KINDS) | set(set40.ADDRESS_KINDS) | set(set40.GOLD)
    plain = {"n", "stars", "clock", "isots", "ms", "status", "port", "count", "date"}
    plain |= {
        "gitdate",
        "rfcdate",
        "clfts",
        "lineno",
        "pyfile",
        "jsfile",
        "func",
        "commitmsg",
        "b64",
    }
    total = 0
    for register, rows in templates.TEMPLATES.items():
        mixed = 0
        for template in rows:
            slots = {m.group(1).removesuffix("_lc").removesuffix("_uc")
                     for m in set40.SLOT.finditer(template)}  # fmt: skip
            mixed += bool(slots - gold - plain)
        assert 8 <= mixed <= 17, (register, mixed)
        total += mixed
    assert 0.55 <= total / 126 <= 0.75, total


def test_person_words_of_the_halves_are_disjoint(records: list[dict[str, Any]]) -> None:
    halves: list[set[str]] = [set(), set()]
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] == "PERSON":
                found = {w for w in _words(s["value"]) if len(w) > 1}  # not initials
                halves[r["template_id"] % 2] |= found - PARTICLES
    assert halves[0]
    assert halves[1]
    shared = len(halves[0] & halves[1])
    assert shared == 0, f"{shared} PERSON words occur in both halves"


def test_every_culture_is_named_in_both_halves(records: list[dict[str, Any]]) -> None:
    for parity in (0, 1):
        words = {w for v in _person_values(records, parity) for w in _words(v)}
        for culture, (given, surnames) in pools.PERSONS.items():
            own = {w for n in pools.half(given + surnames, parity) for w in _words(n)}
            assert own - PARTICLES & words, (culture, parity)


INITIALS = re.compile(r"^[A-Z]\. (?:[A-Z]\. )?\S")
CAPS_FIRST = re.compile(r"^[^\Wa-z\d_][^\Wa-z\d_'-]+(?:[ '-][^\Wa-z\d_]+)* [^\W\d_][a-z]")


def test_name_shapes_occur_in_both_halves(records: list[dict[str, Any]]) -> None:
    for parity in (0, 1):
        values = _person_values(records, parity)
        lower = [v for v in values if v == v.lower()]
        counts = {
            "lower": len(lower),
            "lower_multi": sum(1 for v in lower if " " in v),
            "lower_one": sum(1 for v in lower if " " not in v),
            "caps": sum(1 for v in values if v == v.upper() and v != v.lower()),
            "diacritics": sum(1 for v in values if set40.fold(v) != v),
            "last_first": sum(1 for v in values if ", " in v),
            "initials": sum(1 for v in values if INITIALS.match(v)),
            "two_initials": sum(1 for v in values if re.match(r"^[A-Z]\. [A-Z]\. ", v)),
            "hyphenated": sum(1 for v in values if re.search(r"[^\W\d_]-[^\W\d_]", v)),
            "caps_first": sum(1 for v in values if CAPS_FIRST.match(v)),
            "login": sum(1 for v in lower if " " not in v and re.search(r"[a-z][._-][a-z]", v)),
        }
        floors = {"lower": 50, "lower_multi": 20, "lower_one": 30, "caps": 20, "diacritics": 50,
                  "last_first": 60, "initials": 20, "two_initials": 5, "hyphenated": 8,
                  "caps_first": 20, "login": 30}  # fmt: skip
        low = {k: counts[k] for k, floor in floors.items() if counts[k] < floor}
        assert not low, (parity, low)


def _pool_entries() -> list[tuple[str, tuple[str, ...]]]:
    entries: list[tuple[str, tuple[str, ...]]] = []
    for country, pool in places.CITIES.items():
        entries.append((f"CITIES[{country}]", tuple(c for c, _, _ in pool)))
    entries += [(f"STREETS[{c}]", pool) for c, pool in places.STREETS.items()]
    entries += [(f"AREAS[{k}]", pool) for k, pool in places.AREAS.items()]
    entries.append(("NICKS", pools.NICKS))
    entries += [(name, getattr(lookalike_pools, name)) for name in LOOKALIKE_POOLS]
    return entries


def test_pool_entries_of_one_half_never_occur_in_the_other(
    records: list[dict[str, Any]],
) -> None:
    texts = ["\n".join(r["text"] for r in records if r["template_id"] % 2 == p) for p in (0, 1)]
    bad = []
    for name, pool in _pool_entries():
        for i, entry in enumerate(pool):
            pattern = re.compile(rf"(?<!\w){re.escape(entry)}(?!\w)", re.IGNORECASE)
            if pattern.search(texts[1 - i % 2]):
                bad.append((name, i))
    assert not bad, f"pool entries (pool, position) found in the other half: {bad[:20]}"


DOC_RANGES = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
IP_CANDIDATE = re.compile(r"[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]+")


def test_no_documentation_ip_range_anywhere(records: list[dict[str, Any]]) -> None:
    """Earlier sets disagree on documentation addresses; set 40 uses none, as gold or not."""
    bad = []
    for r in records:
        for candidate in IP_CANDIDATE.findall(r["text"]):
            try:
                address = ipaddress.ip_address(candidate.strip(".:"))
            except ValueError:
                continue
            if any(address in net for net in DOC_RANGES if net.version == address.version):
                bad.append(r["id"])
    assert not bad, f"documentation addresses (ids): {bad[:20]}"


def test_gold_holds_no_fiction_phone_nor_loopback(records: list[dict[str, Any]]) -> None:
    """Numbers of the ranges reserved for fiction are fixtures here, never gold; no gold IP is a
    loopback address."""
    bad = []
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] == "PHONE_NUMBER" and values.FICTION.search(s["value"]):
                bad.append(r["id"])
            is_ip = s["entity_type"] == "IP_ADDRESS"
            if is_ip and ipaddress.ip_address(s["value"]).is_loopback:
                bad.append(r["id"])
    assert not bad, f"fiction phones or loopback IPs as gold (ids): {bad[:20]}"
