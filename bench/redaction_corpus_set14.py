"""Set 14: a blind synthetic PII corpus, all eight entity types in seven registers.

``python -m bench.redaction_corpus_set14`` writes ``data/pii/set14.jsonl`` (seed 14; byte for
byte the same on every run). 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each
kind per register. Written without reading the redactor, its word lists or the other
generators' templates, and without running the redactor; data/pii/README.md ("set14") says
how, and which half (even or odd ``template_id``) is for tuning.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set14_pools as pools
from bench.redaction_corpus_set14_fillers import FILLERS
from bench.redaction_corpus_set14_streets import Address, draw_address
from bench.redaction_corpus_set14_templates import LOOKALIKE, POSITIVE
from bench.redaction_corpus_set14_values import (
    Person,
    draw_card,
    draw_iban,
    draw_ipv4,
    draw_ipv6,
    draw_person,
    draw_phone,
    draw_ssn,
    email_for,
    iban_ok,
    lower,
    luhn_ok,
    upper,
)

SEED = 14
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set14.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 1500
SLOT = re.compile(r"\$\{(\w+)\}")


@dataclass
class Fill:
    """One record being written: its random source, the last person and address drawn."""

    rng: random.Random
    person: Person | None = None
    address: Address | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)

    def new_person(self) -> Person:
        self.person = draw_person(self.rng)
        return self.person

    def last_person(self) -> Person:
        return self.person or self.new_person()

    def new_address(self) -> Address:
        self.address = draw_address(self.rng)
        return self.address


def _surname(fill: Fill) -> str:
    return fill.new_person().surname


def _initial(fill: Fill) -> str:
    person = fill.new_person()
    return f"{person.given[0]}. {person.surname}"


def _reversed(fill: Fill) -> str:
    person = fill.new_person()
    return f"{person.surname}, {person.given}"


GOLD_SLOTS: dict[str, tuple[str, Callable[[Fill], str]]] = {
    "P": ("PERSON", lambda f: f.new_person().full()),
    "Pl": ("PERSON", lambda f: lower(f.new_person().full())),
    "Pu": ("PERSON", lambda f: upper(f.new_person().full())),
    "Pr": ("PERSON", _reversed),
    "Pi": ("PERSON", _initial),
    "G": ("PERSON", lambda f: f.new_person().given),
    "Gl": ("PERSON", lambda f: lower(f.new_person().given)),
    "Gs": ("PERSON", lambda f: f.last_person().surname),
    "S": ("PERSON", _surname),
    "Sl": ("PERSON", lambda f: lower(_surname(f))),
    "E": ("EMAIL_ADDRESS", lambda f: email_for(f.rng, f.last_person())),
    "E2": ("EMAIL_ADDRESS", lambda f: email_for(f.rng, draw_person(f.rng))),
    "PH": ("PHONE_NUMBER", lambda f: draw_phone(f.rng, "any")),
    "PHl": ("PHONE_NUMBER", lambda f: draw_phone(f.rng, "national")),
    "PHi": ("PHONE_NUMBER", lambda f: draw_phone(f.rng, "international")),
    "PHx": ("PHONE_NUMBER", lambda f: draw_phone(f.rng, "extension")),
    "PHe": ("PHONE_NUMBER", lambda f: draw_phone(f.rng, "e164")),
    "SSN": ("US_SSN", lambda f: draw_ssn(f.rng, "any")),
    "SSNh": ("US_SSN", lambda f: draw_ssn(f.rng, "-")),
    "SSNb": ("US_SSN", lambda f: draw_ssn(f.rng, "bare")),
    "IP4": ("IP_ADDRESS", lambda f: draw_ipv4(f.rng)),
    "IP6": ("IP_ADDRESS", lambda f: draw_ipv6(f.rng, "any")),
    "IP6g": (
        "IP_ADDRESS",
        lambda f: draw_ipv6(f.rng, f.rng.choice(("compressed", "full", "upper", "ula"))),
    ),
    "IP6z": ("IP_ADDRESS", lambda f: draw_ipv6(f.rng, "zone")),
    "CC": ("CREDIT_CARD", lambda f: draw_card(f.rng)),
    "CCc": ("CREDIT_CARD", lambda f: draw_card(f.rng, compact=True)),
    "IBAN": ("IBAN_CODE", lambda f: draw_iban(f.rng)),
    "IBANc": ("IBAN_CODE", lambda f: draw_iban(f.rng, compact=True)),
    "A": ("STREET_ADDRESS", lambda f: f.new_address().one_line(f.rng.random() < 0.3)),
    "Al": ("STREET_ADDRESS", lambda f: lower(f.new_address().one_line(f.rng.random() < 0.2))),
    "Aml": ("STREET_ADDRESS", lambda f: f.new_address().lines(f.rng.random() < 0.5)),
    "Amlu": ("STREET_ADDRESS", lambda f: upper(f.new_address().lines(f.rng.random() < 0.5))),
    "ST": ("STREET_ADDRESS", lambda f: f.new_address().street),
}
# The rest of the address whose street line stands alone in a split field: not gold.
ADDRESS_FIELDS: dict[str, Callable[[Address], str]] = {
    "acity": lambda a: a.city,
    "apc": lambda a: a.postcode,
    "acountry": lambda a: a.country or a.city,
}
TITLE_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "title": lambda rng: rng.choice(pools.TITLES),
}


def fill_template(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    fill = Fill(rng)
    parts: list[str] = []
    length = 0
    cursor = 0
    for match in SLOT.finditer(template):
        literal = template[cursor : match.start()]
        parts.append(literal)
        length += len(literal)
        name = match.group(1)
        if name in GOLD_SLOTS:
            entity_type, make = GOLD_SLOTS[name]
            value = make(fill)
            fill.spans.append(
                {
                    "start": length,
                    "end": length + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        elif name in ADDRESS_FIELDS:
            assert fill.address is not None, template
            value = ADDRESS_FIELDS[name](fill.address)
        elif name in TITLE_FILLERS:
            value = TITLE_FILLERS[name](rng)
        else:
            value = FILLERS[name](rng)
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template[cursor:])
    return "".join(parts), fill.spans


def templates() -> Iterator[tuple[int, str, bool, str]]:
    """(template_id, register, negative, template), ids counting through the lists."""
    template_id = 0
    for register in REGISTERS:
        for negative, lists in ((False, POSITIVE), (True, LOOKALIKE)):
            for template in lists[register]:
                yield template_id, register, negative, template
                template_id += 1


def _per_register(register: str) -> int:
    base, extra = divmod(PER_KIND, len(REGISTERS))
    return base + (1 if REGISTERS.index(register) < extra else 0)


def build_records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    by_group: dict[tuple[str, bool], list[tuple[int, str]]] = {}
    for template_id, register, negative, template in templates():
        by_group.setdefault((register, negative), []).append((template_id, template))
    seen: set[str] = set()
    kinds: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    for (register, negative), group in by_group.items():
        for i in range(_per_register(register)):
            template_id, template = group[i % len(group)]
            for _ in range(100):  # a filling whose text is already written is drawn again
                text, spans = fill_template(template, rng)
                if text not in seen:
                    break
            else:
                raise AssertionError(f"template {template_id} gives too few distinct texts")
            seen.add(text)
            kinds[negative].append(
                {
                    "template_id": template_id,
                    "text": text,
                    "spans": spans,
                    "register": register,
                    "negative": negative,
                }
            )
    records: list[dict[str, Any]] = []
    for negative in (False, True):
        rng.shuffle(kinds[negative])
        records += kinds[negative]
    return [{"id": i, **record} for i, record in enumerate(records)]


# ---------------------------------------------------------------- checks (every run)


def person_words() -> set[str]:
    """Name words of the person pools, lower case; particles and words of one or two letters
    (Xu, Vũ, the "Do" of Do-hyun) left aside."""
    words: set[str] = set()
    for _, givens, surnames, _ in pools.CULTURES:
        for name in givens + surnames:
            words |= {
                w
                for w in re.split(r"[\s\-']+", lower(name))
                if len(w) > 2 and w not in pools.PARTICLES
            }
    return words


def check_pools() -> None:
    """No look-alike pool or look-alike template holds a word of the person pools."""
    names = person_words()
    lookalike_text = [t for group in LOOKALIKE.values() for t in group]
    for pool in (
        pools.BRANDS,
        pools.FIRMS,
        pools.PLACES,
        pools.HOLIDAYS,
        pools.WORKS,
        pools.DISHES,
        pools.USERNAMES,
        pools.BARE_STREETS,
        pools.DEVICES,
        pools.COLORS,
        tuple(lookalike_text),
    ):
        for entry in pool:
            clash = set(re.findall(r"[^\W\d_]+", lower(entry))) & names
            assert not clash, (entry, clash)


def gold_valid(span: dict[str, Any]) -> bool:
    value, kind = span["value"], span["entity_type"]
    if kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if kind == "IBAN_CODE":
        return iban_ok(value)
    if kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if kind == "US_SSN":
        digits = re.sub(r"\D", "", value)
        return (
            len(digits) == 9
            and digits[:3] not in ("000", "666")
            and digits[0] != "9"
            and digits[3:5] != "00"
            and digits[5:] != "0000"
        )
    return True


def check_records(records: list[dict[str, Any]]) -> None:
    for record in records:
        for span in record["spans"]:
            assert gold_valid(span), span
        if record["negative"]:
            text = record["text"]
            assert "@" not in text, text
            for run in re.findall(
                r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text
            ):
                assert not iban_ok(run), text


def lines() -> str:
    check_pools()
    records = build_records()
    check_records(records)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
