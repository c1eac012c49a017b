"""Set 16 (``data/pii/set16.jsonl``): a blind corpus of all eight PII types in seven registers.

``python -m bench.redaction_corpus_set16`` writes the file byte for byte the same (stdlib only,
seed 16). 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind per register;
templates alternate between the tuning (even ``template_id``) and held-out (odd) halves.
Written without reading the detector, its word lists or the other generators' pools and
templates, and without running the detector (data/pii/README.md, "set16").
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set16_values as values
from bench.redaction_corpus_set16_fillers import FILLERS
from bench.redaction_corpus_set16_pools import CULTURES
from bench.redaction_corpus_set16_streets import Address
from bench.redaction_corpus_set16_templates import LOOKALIKE, POSITIVE, REGISTERS

SEED = 16
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set16.jsonl"
PER_KIND = 1500
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?::(lower|upper|ascii))?\}")

# Every given name and surname of the culture pools (the test checks look-alikes hold none).
GIVEN = tuple(name for given, _ in CULTURES.values() for name in given)
SURNAME = tuple(name for _, surnames in CULTURES.values() for name in surnames)


@dataclass
class Record:
    """What one filling has drawn so far: ``email`` and the ``_same`` slots reuse the last
    person, ``city`` and ``postcode`` the last address."""

    rng: random.Random
    person: values.Person | None = None
    address: Address | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def new_person(self, word_given: bool = False) -> values.Person:
        self.person = values.person(self.rng, word_given)
        return self.person

    def new_accented_person(self) -> values.Person:
        """A person whose name has accents (to be written once without them)."""
        while True:
            drawn = self.new_person()
            if values.ascii_fold(drawn.full) != drawn.full:
                return drawn

    def last_person(self) -> values.Person:
        return self.person or self.new_person()

    def new_address(self, countries: tuple[str, ...] = ()) -> Address:
        self.address = values.address(self.rng, countries)
        return self.address

    def last_address(self) -> Address:
        return self.address or self.new_address()


def _label(rec: Record) -> str:
    addr = rec.new_address()
    if addr.country == "Canada":
        return values.canada_post(addr)
    return addr.lines(with_country=rec.rng.random() < 0.5).upper()


PII_SLOTS: dict[str, tuple[str, Callable[[Record], str]]] = {
    "full": ("PERSON", lambda r: r.new_person().full),
    "given": ("PERSON", lambda r: r.new_person().given),
    "sur": ("PERSON", lambda r: r.new_person().surname),
    "rev": ("PERSON", lambda r: (lambda p: f"{p.surname}, {p.given}")(r.new_person())),
    "ini": ("PERSON", lambda r: (lambda p: f"{p.given[0]}. {p.surname}")(r.new_person())),
    "wgiven": ("PERSON", lambda r: r.new_person(word_given=True).given),
    "wfull": ("PERSON", lambda r: r.new_person(word_given=True).full),
    "given_same": ("PERSON", lambda r: r.last_person().given),
    "sur_same": ("PERSON", lambda r: r.last_person().surname),
    "full_same": ("PERSON", lambda r: r.last_person().full),
    "full_acc": ("PERSON", lambda r: r.new_accented_person().full),
    "email": ("EMAIL_ADDRESS", lambda r: values.email(r.rng, r.last_person())),
    "phone": ("PHONE_NUMBER", lambda r: values.phone(r.rng)),
    "phone_nat": ("PHONE_NUMBER", lambda r: values.phone(r.rng, "national")),
    "phone_intl": ("PHONE_NUMBER", lambda r: values.phone(r.rng, "intl")),
    "phone_us": ("PHONE_NUMBER", lambda r: values.phone(r.rng, "us")),
    "phone_ext": ("PHONE_NUMBER", lambda r: values.phone(r.rng, "ext")),
    "phone_e164": ("PHONE_NUMBER", lambda r: values.phone(r.rng, "e164")),
    "ssn": ("US_SSN", lambda r: values.ssn(r.rng)),
    "ssn_sp": ("US_SSN", lambda r: values.ssn(r.rng, "spaced")),
    "ssn_dot": ("US_SSN", lambda r: values.ssn(r.rng, "dotted")),
    "ssn_bare": ("US_SSN", lambda r: values.ssn(r.rng, "bare")),
    "ip4": ("IP_ADDRESS", lambda r: values.ip4(r.rng)),
    "ip4_pub": ("IP_ADDRESS", lambda r: values.ip4(r.rng, "public")),
    "ip4_priv": ("IP_ADDRESS", lambda r: values.ip4(r.rng, "private")),
    "ip4_doc": ("IP_ADDRESS", lambda r: values.ip4(r.rng, "doc")),
    "ip6": ("IP_ADDRESS", lambda r: values.ip6(r.rng)),
    "ip6_full": ("IP_ADDRESS", lambda r: values.ip6(r.rng, "full")),
    "ip6_comp": ("IP_ADDRESS", lambda r: values.ip6(r.rng, "compressed")),
    "ip6_zone": ("IP_ADDRESS", lambda r: values.ip6(r.rng, "zone")),
    "ip6_mapped": ("IP_ADDRESS", lambda r: values.ip6(r.rng, "mapped")),
    "ip6_ula": ("IP_ADDRESS", lambda r: values.ip6(r.rng, "ula")),
    "card": ("CREDIT_CARD", lambda r: values.card(r.rng)),
    "iban": ("IBAN_CODE", lambda r: values.iban(r.rng)),
    "iban_c": ("IBAN_CODE", lambda r: values.iban(r.rng, grouped=False)),
    "iban_g": ("IBAN_CODE", lambda r: values.iban(r.rng, grouped=True)),
    "addr": ("STREET_ADDRESS", lambda r: r.new_address().one_line()),
    "addr_c": ("STREET_ADDRESS", lambda r: r.new_address().one_line(with_country=True)),
    "addr_us": ("STREET_ADDRESS", lambda r: r.new_address(("US",)).one_line()),
    "addr_ml": ("STREET_ADDRESS", lambda r: r.new_address().lines()),
    "addr_ml_c": ("STREET_ADDRESS", lambda r: r.new_address().lines(with_country=True)),
    "addr_label": ("STREET_ADDRESS", _label),
    "street": ("STREET_ADDRESS", lambda r: r.new_address().street),
}

# Context slots read from the record (not PII on their own: a city or postcode field alone).
CONTEXT_SLOTS: dict[str, Callable[[Record], str]] = {
    "city": lambda r: r.last_address().city,
    "postcode": lambda r: r.last_address().postcode,
}

MODIFIERS: dict[str | None, Callable[[str], str]] = {
    None: lambda s: s,
    "lower": str.lower,
    "upper": str.upper,
    "ascii": values.ascii_fold,
}


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """The template with every slot filled, and the gold spans of its PII slots."""
    rec = Record(rng)
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    at = 0
    length = 0
    for match in SLOT.finditer(template):
        literal = template[at : match.start()]
        out.append(literal)
        length += len(literal)
        name, mod = match.group(1), match.group(2)
        if name in PII_SLOTS:
            entity, make = PII_SLOTS[name]
            value = MODIFIERS[mod](make(rec))
            spans.append(
                {"start": length, "end": length + len(value), "entity_type": entity, "value": value}
            )
        elif name in CONTEXT_SLOTS:
            value = MODIFIERS[mod](CONTEXT_SLOTS[name](rec))
        else:
            value = MODIFIERS[mod](FILLERS[name](rng))
        out.append(value)
        length += len(value)
        at = match.end()
    out.append(template[at:])
    return "".join(out), spans


def _counts(total: int, parts: int) -> list[int]:
    """``total`` split over ``parts`` as evenly as possible (larger parts first)."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    drawn: list[dict[str, Any]] = []
    for negative, table, base in ((False, POSITIVE, 0), (True, LOOKALIKE, 18 * len(REGISTERS))):
        for reg_index, (register, count) in enumerate(
            zip(REGISTERS, _counts(PER_KIND, len(REGISTERS)), strict=True)
        ):
            templates = table[register]
            for j in range(count):
                k = j % len(templates)
                for _ in range(200):
                    text, spans = fill(templates[k], rng)
                    if text not in seen:
                        break
                else:
                    raise ValueError(f"no new text from {templates[k]!r}")
                seen.add(text)
                drawn.append(
                    {
                        "template_id": base + reg_index * len(templates) + k,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(drawn)
    return [{"id": i, **record} for i, record in enumerate(drawn)]


def lines() -> str:
    """The file's text: one JSON object a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
