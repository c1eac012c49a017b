"""Set 24 (``data/pii/set24.jsonl``): a blind corpus of all eight PII types and look-alikes.

``python -m bench.redaction_corpus_set24`` writes the file (stdlib only, seed 24, byte for byte
the same on every run). 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind in
each of seven registers. Templates live in ``..._templates`` (PII) and ``..._lookalikes``; pools
in ``..._pools``, street formats in ``..._streets``, value makers in ``..._values``. Template ids:
positives by register, then look-alikes by register; even ids are the tuning half, odd ids the
held-out half. Written blind: without reading the redactor or the other generators, and without
running the redactor (data/pii/README.md, "set24").

A slot is written ``«Name»`` in a template. Slots whose name starts with a capital letter are
gold (a PERSON, EMAIL_ADDRESS, ... span); lower-case slots are fillers that are not PII.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import redaction_corpus_set24_lookalikes as lookalikes
from bench import redaction_corpus_set24_pools as pools
from bench import redaction_corpus_set24_streets as streets
from bench import redaction_corpus_set24_templates as templates
from bench import redaction_corpus_set24_values as values

SEED = 24
OUT_FILE = Path(__file__).resolve().parents[1] / "data" / "pii" / "set24.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_REGISTER = {"chat": 215, "ticket": 215}  # the other registers have 214 of each kind
GIVEN = tuple(pools.all_given())
SURNAME = tuple(pools.all_surnames())
SLOT = re.compile(r"«(\w+)»")

Piece = tuple[str, "str | None"]


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    culture: str

    def full(self, rng: random.Random) -> str:
        if self.culture in pools.FAMILY_FIRST and rng.random() < 0.6:
            return f"{self.surname} {self.given}"
        if rng.random() < 0.08:
            return f"{self.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.surname}"
        return f"{self.given} {self.surname}"


def _fold_sometimes(rng: random.Random, person: Person) -> Person:
    """A third of the names with diacritics are written without them (Orlène / Orlene)."""
    folded = Person(
        values.ascii_fold(person.given), values.ascii_fold(person.surname), person.culture
    )
    if folded != person and rng.random() < 0.35:
        return folded
    return person


class Filler:
    """Fills one template's slots; remembers the last person so an e-mail can be built from it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.person: Person | None = None

    def new_person(self, word_given: bool = False) -> Person:
        rng = self.rng
        culture = rng.choice(sorted(pools.CULTURES))
        given_pool, surname_pool = pools.CULTURES[culture]
        if rng.random() < 0.15:
            surname_pool = pools.CULTURES[rng.choice(sorted(pools.CULTURES))][1]
        given = rng.choice(pools.WORD_GIVEN) if word_given else rng.choice(given_pool)
        person = _fold_sometimes(rng, Person(given, rng.choice(surname_pool), culture))
        self.person = person
        return person

    def current(self) -> Person:
        return self.person if self.person is not None else self.new_person()

    def person_slot(self, name: str) -> str:
        rng = self.rng
        base, case = (name[:-1], name[-1]) if name[-1] in "lu" else (name, "")
        if base == "Gx":
            text = self.current().given
        elif base == "Sx":
            text = self.current().surname
        elif base in ("W", "Wg"):
            person = self.new_person(word_given=True)
            text = person.given if base == "Wg" else f"{person.given} {person.surname}"
        else:
            person = self.new_person()
            text = {
                "P": person.full(rng),
                "G": person.given,
                "S": person.surname,
                "R": f"{person.surname}, {person.given}",
                "I": f"{person.given[0]}. {person.surname}",
            }[base]
        return text.lower() if case == "l" else text.upper() if case == "u" else text

    def email(self, fresh: bool) -> str:
        person = (
            self.current()
            if not fresh
            else Person(self.rng.choice(GIVEN), self.rng.choice(SURNAME), "")
        )
        return values.email_for(self.rng, person.given, person.surname)

    def address(self, name: str) -> str:
        rng = self.rng
        addr = streets.draw(rng)
        text = {
            "A": lambda: streets.one_line(addr),
            "Ac": lambda: streets.one_line(addr, with_country=True),
            "Al": lambda: streets.one_line(addr, with_country=rng.random() < 0.2).lower(),
            "Am": lambda: streets.multi_line(addr),
            "Amc": lambda: streets.multi_line(addr, with_country=True),
            "Amu": lambda: streets.multi_line(addr, with_country=rng.random() < 0.5).upper(),
            "As": lambda: addr.street,
        }[name]()
        return text

    def fill(self, name: str) -> Piece:
        rng = self.rng
        gold: dict[str, tuple[Callable[[random.Random], str], str]] = {
            "PH": (values.phone, "PHONE_NUMBER"),
            "PHi": (values.phone_intl, "PHONE_NUMBER"),
            "PHx": (values.phone_ext, "PHONE_NUMBER"),
            "PHe": (values.phone_e164, "PHONE_NUMBER"),
            "PHus": (values.phone_us, "PHONE_NUMBER"),
            "SSN": (values.ssn, "US_SSN"),
            "SSNa": (values.ssn_any, "US_SSN"),
            "SSNb": (lambda r: values.ssn(r, ""), "US_SSN"),
            "IP": (values.ip_any, "IP_ADDRESS"),
            "IP4": (values.ipv4, "IP_ADDRESS"),
            "IP6": (values.ipv6, "IP_ADDRESS"),
            "IP6b": (lambda r: values.ipv6(r, r.choice((0, 1, 2, 4, 5, 6, 7, 8))), "IP_ADDRESS"),
            "CC": (values.card, "CREDIT_CARD"),
            "IBAN": (values.iban, "IBAN_CODE"),
            "IBANc": (values.iban_compact, "IBAN_CODE"),
            "IBANg": (lambda r: values.group4(values.iban_compact(r)), "IBAN_CODE"),
        }
        if name in gold:
            make, entity_type = gold[name]
            return make(rng), entity_type
        if name in ("E", "Ef"):
            return self.email(fresh=name == "Ef"), "EMAIL_ADDRESS"
        if name[0] == "A":
            return self.address(name), "STREET_ADDRESS"
        if name[0] in "PGSRIW":
            return self.person_slot(name), "PERSON"
        return lookalikes.FILLERS[name](rng), None


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    filler = Filler(rng)
    text, spans, pos = "", [], 0
    for match in SLOT.finditer(template):
        text += template[pos : match.start()]
        value, entity_type = filler.fill(match.group(1))
        if entity_type is not None:
            spans.append(
                {
                    "start": len(text),
                    "end": len(text) + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        text += value
        pos = match.end()
    return text + template[pos:], spans


def template_table() -> list[tuple[int, str, bool, str]]:
    """(template_id, register, negative, template): positives by register, then look-alikes."""
    table: list[tuple[int, str, bool, str]] = []
    for negative, source in ((False, templates.TEMPLATES), (True, lookalikes.TEMPLATES)):
        for register in REGISTERS:
            for template in source[register]:
                table.append((len(table), register, negative, template))
    return table


def check_templates(table: list[tuple[int, str, bool, str]]) -> None:
    """Every PII template has a gold slot, no look-alike template has one, each list is even."""
    for _, _, negative, template in table:
        gold = [s for s in SLOT.findall(template) if s[0].isupper()]
        assert bool(gold) != negative, template
    for source in (templates.TEMPLATES, lookalikes.TEMPLATES):
        for register in REGISTERS:
            assert len(source[register]) % 2 == 0, register
            assert len(source[register]) >= 14, register


def build_records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    table = template_table()
    check_templates(table)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for register in REGISTERS:
        for negative in (False, True):
            group = [row for row in table if row[1] == register and row[2] == negative]
            count = PER_REGISTER.get(register, 214)
            order = [group[i % len(group)] for i in range(count)]
            rng.shuffle(order)
            for template_id, _, _, template in order:
                for _ in range(100):
                    text, spans = render(template, rng)
                    if text not in seen and (not negative or lookalikes.is_clean(text)):
                        break
                else:
                    raise AssertionError(f"no new text for template {template_id}")
                seen.add(text)
                records.append(
                    {
                        "template_id": template_id,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": not spans,
                    }
                )
    rng.shuffle(records)
    return [{"id": i, **record} for i, record in enumerate(records)]


def lines() -> str:
    """The text of ``data/pii/set24.jsonl``."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_records())


def main() -> None:
    OUT_FILE.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
