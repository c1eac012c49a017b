"""Set 17 (``data/pii/set17.jsonl``): a blind synthetic PII corpus, all eight entity types in
seven registers, 1,500 texts with PII and 1,500 look-alikes (``data/pii/README.md``, "set17").

``python -m bench.redaction_corpus_set17`` writes the file; stdlib only, seed 17, byte for byte
reproducible. Written without reading or running the redactor.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set17_pools as pools
from bench import redaction_corpus_set17_values as values
from bench.redaction_corpus_set17_fillers import NAMED, filler
from bench.redaction_corpus_set17_streets import make_address
from bench.redaction_corpus_set17_templates import LOOKALIKE, POSITIVE

SEED = 17
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set17.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_REGISTER = 18
# 1,500 of each kind: 214 per register, two registers take 215.
EXTRA_POSITIVE = ("chat", "ticket")
EXTRA_LOOKALIKE = ("log", "json")

ENTITY = {
    "person": "PERSON",
    "given": "PERSON",
    "surname": "PERSON",
    "wname": "PERSON",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "ssn": "US_SSN",
    "ip": "IP_ADDRESS",
    "ip4": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "addr": "STREET_ADDRESS",
}
SLOT = re.compile(r"«(\w+)(?::([\w+]+))?»")

GIVEN = tuple(n for names in pools.GIVEN_BY_CULTURE.values() for n in names)
SURNAME = tuple(n for names in pools.SURNAME_BY_CULTURE.values() for n in names)
CULTURES = tuple(pools.GIVEN_BY_CULTURE)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    culture: str


def draw_person(rng: random.Random) -> Person:
    culture = rng.choice(CULTURES)
    given = rng.choice(pools.GIVEN_BY_CULTURE[culture])
    # Vietnamese names keep their own family names; others borrow one now and then.
    if culture == "vn" or rng.random() < 0.85:
        surname = rng.choice(pools.SURNAME_BY_CULTURE[culture])
    else:
        surname = rng.choice(SURNAME)
    return Person(given, surname, culture)


def full_name(person: Person, rng: random.Random) -> str:
    if person.culture == "vn" or (person.culture == "cn" and rng.random() < 0.4):
        return f"{person.surname} {person.given}"
    if rng.random() < 0.08:
        return f"{person.given} {chr(rng.randint(65, 90))}. {person.surname}"
    return f"{person.given} {person.surname}"


def _case(text: str, variants: set[str]) -> str:
    if "lower" in variants:
        return text.lower()
    if "upper" in variants:
        return text.upper()
    return text


class Filling:
    """The values of one text; remembers the last person so an e-mail can be built from it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.last: Person | None = None

    def person(self, variants: set[str]) -> str:
        rng = self.rng
        while True:
            person = draw_person(rng)
            if "rev" in variants and person.culture in ("vn", "cn"):
                continue
            if "rev" in variants:
                name = f"{person.surname}, {person.given}"
            elif "initial" in variants:
                name = f"{person.given[0]}. {person.surname}"
            else:
                name = full_name(person, rng)
            if "fold" in variants:
                if name.isascii():
                    continue
                name = values.ascii_fold(name)
            self.last = person
            return _case(name, variants)

    def given(self, variants: set[str]) -> str:
        person = draw_person(self.rng)
        name = person.given.split()[-1] if person.culture == "vn" else person.given
        self.last = person
        return _case(values.ascii_fold(name) if "fold" in variants else name, variants)

    def surname(self, variants: set[str]) -> str:
        person = draw_person(self.rng)
        self.last = person
        return _case(person.surname, variants)

    def wname(self, variants: set[str]) -> str:
        name = self.rng.choice(pools.WORD_NAMES)
        self.last = Person(name, self.rng.choice(SURNAME), "word")
        return _case(name, variants)

    def email(self, variants: set[str]) -> str:
        person = self.last or draw_person(self.rng)
        return values.email(self.rng, person.given, person.surname)

    def addr(self, variants: set[str]) -> str:
        address = make_address(self.rng)
        if "street" in variants:
            text = address.street
        elif "ml" in variants:
            text = "\n".join(address.lines("country" in variants))
        else:
            text = address.one_line("country" in variants or self.rng.random() < 0.15)
        return _case(text, variants)

    def value(self, kind: str, variants: set[str]) -> str:
        variant = next(iter(variants), "")
        rng = self.rng
        if kind in ("person", "given", "surname", "wname", "email", "addr"):
            return str(getattr(self, kind)(variants))
        makers = {
            "phone": values.phone,
            "ssn": values.ssn,
            "ip": values.ip,
            "ip6": values.ipv6,
            "card": values.card,
            "iban": values.iban,
        }
        if kind == "ip4":
            return values.ipv4(rng)
        if kind in makers:
            return makers[kind](rng, variant)
        return filler(kind, rng)


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """The text of one template with its slots filled, and the gold spans of its PII slots."""
    filling = Filling(rng)
    text, spans, pos = "", [], 0
    for slot in SLOT.finditer(template):
        text += template[pos : slot.start()]
        kind, variants = slot.group(1), set((slot.group(2) or "").split("+")) - {""}
        value = filling.value(kind, variants)
        if kind in ENTITY:
            spans.append(
                {
                    "start": len(text),
                    "end": len(text) + len(value),
                    "entity_type": ENTITY[kind],
                    "value": value,
                }
            )
        text += value
        pos = slot.end()
    return text + template[pos:], spans


CARD_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")


def holds_card_outside_gold(text: str, spans: list[dict[str, Any]]) -> bool:
    """Whether a card-prefixed, Luhn-valid 13-19 digit run stands outside the gold spans (an
    order number that happens to pass Luhn is drawn again)."""
    for span in reversed(spans):
        text = text[: span["start"]] + " | " + text[span["end"] :]
    for run in CARD_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if digits[0] in "23456" and values.luhn_digit(digits[:-1]) == digits[-1]:
            return True
    return False


def templates() -> list[tuple[int, str, bool, str]]:
    """(template_id, register, negative, template): positives register by register, then
    look-alikes; 18 consecutive ids per register and kind, so parities alternate."""
    out = []
    for negative, table in ((False, POSITIVE), (True, LOOKALIKE)):
        for register in REGISTERS:
            for template in table[register]:
                out.append((len(out), register, negative, template))
    return out


def build_records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    by_group: dict[tuple[str, bool], list[tuple[int, str]]] = {}
    for template_id, register, negative, template in templates():
        by_group.setdefault((register, negative), []).append((template_id, template))
    for (register, negative), group in by_group.items():
        extra = register in (EXTRA_LOOKALIKE if negative else EXTRA_POSITIVE)
        for k in range(214 + extra):
            template_id, template = group[k % len(group)]
            for _ in range(200):
                text, spans = fill(template, rng)
                if text not in seen and not holds_card_outside_gold(text, spans):
                    break
            else:
                raise RuntimeError(f"template {template_id} keeps repeating")
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
    return [{"id": i, **r} for i, r in enumerate(records)]


def name_words() -> set[str]:
    """The lower-case words of the person pools (split at spaces and hyphens), particles aside."""
    particles = {
        "van",
        "von",
        "de",
        "la",
        "del",
        "della",
        "dal",
        "dos",
        "bin",
        "al",
        "ter",
        "le",
        "mac",
        "an",
        "ó",
        "ní",
        "den",
        "di",
        "lo",
    }
    words = set()
    for name in GIVEN + SURNAME:
        words |= {w.lower() for w in re.split(r"[\s\-]+", name)} - particles
    return words


def check_pools() -> None:
    """No look-alike entry or look-alike template holds a name word of the person pools
    (the given names that are English words aside)."""
    names = name_words()
    texts = [e for entries in NAMED.values() for e in entries]
    texts += [t for table in LOOKALIKE.values() for t in table]
    for text in texts:
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
        clash = words & names
        assert not clash, (text, clash)


def lines() -> str:
    check_pools()
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
