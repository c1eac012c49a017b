"""Set 15 (``data/pii/set15.jsonl``): all eight entity types mixed in natural sentences.

Written blind: before the detector's code, its word lists or the other corpus generators were
read, and without running the detector. Stdlib only, seed 15; ``python -m
bench.redaction_corpus_set15`` writes the file byte for byte the same
(``tests/unit/test_redaction_corpus_set15.py``).

1,500 texts with PII and 1,500 look-alikes (``"negative": true``, no spans) in seven registers,
214 or 215 of each kind per register. Every template has an id; **even ids are the tuning half,
odd ids the held-out half**; within a register and kind the ids alternate parity.

Gold slots: ``name`` a full name (natural case; sometimes a middle initial, family name first
for some Chinese names); ``name_lc``/``name_uc`` lower case / capitals; ``given``/``given_lc``
a given name alone (greetings, sign-offs, cc, assignee); ``wgiven`` a given name that is also an
English word (Will, Grace, Hope ...); ``surname`` a surname after a title (the title is a filler
outside the span); ``sur_given`` "Surname, Given"; ``same_given``/``last_same`` the given name or
surname of the person just named; ``addr``/``addr_c``/``addr_lc`` a one-line street address
(with the country / lower case); ``addr_ml``/``addr_ml_uc`` over several lines (in capitals);
``street`` the street line alone in a split field (``city_of``/``postcode_of`` fill the other
fields and are not gold); ``phone``/``phone_e164``/``phone_ext``; ``ssn`` (dashes),
``ssn_sp``/``ssn_dot`` (spaces / dots), ``ssn_any`` (any of the three), ``ssn_bare`` (9 digits
after a cue); ``ipv4``, ``ipv6`` (many forms), ``ip`` (either), ``ipv6_zone`` (zone id inside
the span); ``card``/``card_c`` (Luhn-valid; ``_c`` compact); ``iban``/``iban_c`` (mod-97 valid;
``_c`` compact); ``email`` (made from the person just named, else from a new one: the name
inside is not a person) and ``email_new``. Every other slot is a filler from
``bench.redaction_corpus_set15_fillers``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set15_values as values
from bench.redaction_corpus_set15_fillers import FILLERS
from bench.redaction_corpus_set15_pools import CHINESE, CULTURES, WORD_GIVEN
from bench.redaction_corpus_set15_streets import Address, address
from bench.redaction_corpus_set15_templates import NEGATIVE, POSITIVE

SEED = 15
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set15.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 1500
SLOT = re.compile(r"\{\{|\}\}|\{(\w+)\}")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
GIVEN = tuple(sorted({g for given, _ in CULTURES.values() for g in given}))
SURNAME = tuple(sorted({s for _, surnames in CULTURES.values() for s in surnames}))


@dataclass
class Person:
    given: str
    surname: str
    family_first: bool
    middle: str = ""

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        middle = f" {self.middle}." if self.middle else ""
        return f"{self.given}{middle} {self.surname}"


@dataclass
class Context:
    """What a template has named so far: the e-mail and split fields refer back to it."""

    person: Person | None = None
    place: Address | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)


def new_person(rng: random.Random, word_given: bool = False) -> Person:
    culture = rng.choice(sorted(CULTURES))
    given_pool, surname_pool = CULTURES[culture]
    if rng.random() < 0.15:  # surnames mix across cultures, as in real populations
        surname_pool = CULTURES[rng.choice(sorted(CULTURES))][1]
    given = rng.choice(WORD_GIVEN) if word_given or rng.random() < 0.04 else rng.choice(given_pool)
    family_first = culture == CHINESE and rng.random() < 0.4
    middle = rng.choice("ABCDEJKLMRST") if not family_first and rng.random() < 0.08 else ""
    return Person(given, rng.choice(surname_pool), family_first, middle)


def _person_slot(render: Callable[[Person], str]) -> Callable[[random.Random, Context], str]:
    def fill(rng: random.Random, ctx: Context) -> str:
        ctx.person = new_person(rng)
        return render(ctx.person)

    return fill


def _word_given(rng: random.Random, ctx: Context) -> str:
    ctx.person = new_person(rng, word_given=True)
    return ctx.person.given


def _same(part: str) -> Callable[[random.Random, Context], str]:
    def fill(rng: random.Random, ctx: Context) -> str:
        if ctx.person is None:
            ctx.person = new_person(rng)
        return ctx.person.given if part == "given" else ctx.person.surname

    return fill


def _address_slot(render: Callable[[Address, random.Random], str]) -> Callable[..., str]:
    def fill(rng: random.Random, ctx: Context) -> str:
        ctx.place = address(rng)
        return render(ctx.place, rng)

    return fill


def _email(rng: random.Random, ctx: Context) -> str:
    person = ctx.person or new_person(rng)
    return values.email(rng, person.given, person.surname)


def _email_new(rng: random.Random, ctx: Context) -> str:
    person = new_person(rng)
    return values.email(rng, person.given, person.surname)


def _plain(make: Callable[[random.Random], str]) -> Callable[[random.Random, Context], str]:
    return lambda rng, ctx: make(rng)


GOLD: dict[str, tuple[str, Callable[[random.Random, Context], str]]] = {
    "name": ("PERSON", _person_slot(Person.full)),
    "name_lc": ("PERSON", _person_slot(lambda p: p.full().lower())),
    "name_uc": ("PERSON", _person_slot(lambda p: p.full().upper())),
    "given": ("PERSON", _person_slot(lambda p: p.given)),
    "given_lc": ("PERSON", _person_slot(lambda p: p.given.lower())),
    "wgiven": ("PERSON", _word_given),
    "surname": ("PERSON", _person_slot(lambda p: p.surname)),
    "sur_given": ("PERSON", _person_slot(lambda p: f"{p.surname}, {p.given}")),
    "same_given": ("PERSON", _same("given")),
    "last_same": ("PERSON", _same("surname")),
    "addr": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.one_line(rng.random() < 0.25))),
    "addr_c": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.one_line(True))),
    "addr_lc": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.one_line(False).lower())),
    "addr_ml": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.lines(rng.random() < 0.4))),
    "addr_ml_uc": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.lines(True).upper())),
    "street": ("STREET_ADDRESS", _address_slot(lambda a, rng: a.street)),
    "phone": ("PHONE_NUMBER", _plain(values.phone)),
    "phone_e164": ("PHONE_NUMBER", _plain(values.phone_e164)),
    "phone_ext": ("PHONE_NUMBER", _plain(values.phone_ext)),
    "ssn": ("US_SSN", _plain(values.ssn)),
    "ssn_any": ("US_SSN", _plain(values.ssn_any)),
    "ssn_sp": ("US_SSN", _plain(lambda rng: values.ssn(rng, " "))),
    "ssn_dot": ("US_SSN", _plain(lambda rng: values.ssn(rng, "."))),
    "ssn_bare": ("US_SSN", _plain(values.ssn_bare)),
    "ipv4": ("IP_ADDRESS", _plain(values.ipv4)),
    "ipv6": ("IP_ADDRESS", _plain(values.ipv6)),
    "ip": ("IP_ADDRESS", _plain(values.ip)),
    "ipv6_zone": ("IP_ADDRESS", _plain(values.ipv6_zone)),
    "card": ("CREDIT_CARD", _plain(values.card)),
    "card_c": ("CREDIT_CARD", _plain(lambda rng: re.sub(r"\D", "", values.card(rng)))),
    "iban": ("IBAN_CODE", _plain(values.iban)),
    "iban_c": ("IBAN_CODE", _plain(lambda rng: values.iban(rng).replace(" ", ""))),
    "email": ("EMAIL_ADDRESS", _email),
    "email_new": ("EMAIL_ADDRESS", _email_new),
}


def _context_filler(name: str, ctx: Context) -> str | None:
    if name in ("city_of", "postcode_of"):
        assert ctx.place is not None, "a split field must follow its street"
        return ctx.place.city if name == "city_of" else ctx.place.postcode
    return None


def _fresh_filler(name: str, rng: random.Random, written: list[str]) -> str:
    """A filler value not already in the text (lists of dishes or songs name each once)."""
    value = FILLERS[name](rng)
    for _ in range(20):
        if value not in written:
            break
        value = FILLERS[name](rng)
    return value


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """Fill a template; return the text and its gold spans (in order, end exclusive)."""
    ctx = Context()
    out: list[str] = []
    at = 0
    for match in SLOT.finditer(template):
        out.append(template[at : match.start()])
        at = match.end()
        token, name = match.group(0), match.group(1)
        if name is None:
            out.append(token[0])
            continue
        start = sum(len(part) for part in out)
        if name in GOLD:
            entity_type, fill = GOLD[name]
            value = fill(rng, ctx)
            ctx.spans.append(
                {
                    "start": start,
                    "end": start + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        else:
            value = _context_filler(name, ctx) or _fresh_filler(name, rng, out)
        out.append(value)
    out.append(template[at:])
    return "".join(out), ctx.spans


def templates() -> list[tuple[int, str, bool, str]]:
    """(template_id, register, negative, template): positives by register, then look-alikes."""
    rows = [(reg, False, t) for reg in REGISTERS for t in POSITIVE[reg]]
    rows += [(reg, True, t) for reg in REGISTERS for t in NEGATIVE[reg]]
    return [(i, reg, neg, t) for i, (reg, neg, t) in enumerate(rows)]


def _quota(register: str) -> int:
    base, extra = divmod(PER_KIND, len(REGISTERS))
    return base + (1 if REGISTERS.index(register) < extra else 0)


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    by_group: dict[tuple[str, bool], list[tuple[int, str]]] = {}
    for template_id, register, negative, template in templates():
        by_group.setdefault((register, negative), []).append((template_id, template))
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    for negative in (False, True):
        for register in REGISTERS:
            group = by_group[(register, negative)]
            for i in range(_quota(register)):
                template_id, template = group[i % len(group)]
                for _ in range(500):
                    text, spans = render(template, rng)
                    if text not in seen:
                        break
                else:
                    raise AssertionError(f"template {template_id} cannot make a new text")
                seen.add(text)
                records.append(
                    {
                        "template_id": template_id,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(records)
    return [{"id": i, **record} for i, record in enumerate(records)]


def check(records: list[dict[str, Any]]) -> None:
    """Every gold card passes Luhn, IBAN mod 97, IP parses, SSN is issuable; look-alikes hold
    no e-mail and no valid IBAN."""
    for record in records:
        assert bool(record["spans"]) != record["negative"], record["text"]
        for span in record["spans"]:
            value, kind = span["value"], span["entity_type"]
            assert record["text"][span["start"] : span["end"]] == value
            assert kind != "CREDIT_CARD" or values.luhn_ok(value), value
            assert kind != "IBAN_CODE" or values.iban_ok(value), value
            assert kind != "IP_ADDRESS" or values.ip_parses(value), value
        if record["negative"]:
            assert "@" not in record["text"], record["text"]
            for shape in IBAN_SHAPE.findall(record["text"]):
                assert not values.iban_ok(shape), record["text"]


def lines() -> str:
    records = build()
    check(records)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
