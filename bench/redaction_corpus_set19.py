"""Set 19 (``data/pii/set19.jsonl``): a ninth blind corpus, all eight types in natural text.

``python -m bench.redaction_corpus_set19`` writes the file; stdlib only, seed 19, byte for byte
the same on every run. 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind per
register, from 280 templates (20 per register and kind) whose ids alternate parity: even ids
are the tuning half, odd ids the held-out half. Written without reading the detector, its word
lists or the other corpus generators, and without running the detector (data/pii/README.md,
"set19").
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.redaction_corpus_set19_fillers import FILLERS, NAME_LISTS
from bench.redaction_corpus_set19_lookalikes import LOOKALIKE
from bench.redaction_corpus_set19_pools import WORD_GIVEN, all_given, all_surnames
from bench.redaction_corpus_set19_streets import Address, make_address
from bench.redaction_corpus_set19_templates import POSITIVE
from bench.redaction_corpus_set19_values import (
    Person,
    email_for,
    iban_check,
    luhn_digit,
    make_card,
    make_iban,
    make_ipv4,
    make_ipv6,
    make_person,
    make_phone,
    make_ssn,
)

SEED = 19
FILE = Path(__file__).resolve().parents[1] / "data" / "pii" / "set19.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 1500
SLOT = re.compile(r"<%([a-z0-9]+)(?:\.([a-z0-9]+))?(?:@([a-z,]+))?(?:\|([lu]))?%>")
PERSON_FORMS = {"": "PERSON", "g": "PERSON", "s": "PERSON", "sg": "PERSON", "i": "PERSON",
                "mail": "EMAIL_ADDRESS"}  # fmt: skip
ADDRESS_GOLD = {"": True, "ml": True, "st": True, "city": False, "pc": False, "ctry": False}


@dataclass
class _Fill:
    """The values drawn for one text: a slot named twice (``p1``) is the same value."""

    rng: random.Random
    persons: dict[str, Person] = field(default_factory=dict)
    addresses: dict[str, Address] = field(default_factory=dict)

    def person(self, name: str) -> Person:
        if name not in self.persons:
            taken = {p.given for p in self.persons.values()} | {
                p.surname for p in self.persons.values()
            }
            person = make_person(self.rng)
            while person.given in taken or person.surname in taken:
                person = make_person(self.rng)
            self.persons[name] = person
        return self.persons[name]

    def address(self, name: str, countries: str) -> Address:
        if name not in self.addresses:
            self.addresses[name] = make_address(self.rng, countries)
        return self.addresses[name]

    def value(self, name: str, form: str, countries: str) -> tuple[str, str | None]:
        """The text of one slot and its entity type (None when it is not gold)."""
        rng = self.rng
        if name == "f":
            return FILLERS[form](rng), None
        if name.startswith("p") and name[1:].isdigit():
            person = self.person(name)
            text = {
                "": person.full(), "g": person.given, "s": person.surname,
                "sg": person.surname_given(), "i": person.initial(),
            }.get(form) or email_for(rng, person)  # fmt: skip
            return text, PERSON_FORMS[form]
        if name.startswith("a") and name[1:].isdigit():
            address = self.address(name, countries)
            text = {
                "": address.line, "ml": "\n".join(address.lines), "st": address.street,
                "city": address.city, "pc": address.postcode, "ctry": address.country_name,
            }[form]  # fmt: skip
            return text, "STREET_ADDRESS" if ADDRESS_GOLD[form] else None
        if name == "email":
            return email_for(rng, make_person(rng)), "EMAIL_ADDRESS"
        makers = {
            "phone": ("PHONE_NUMBER", lambda: make_phone(rng, form, countries)),
            "ssn": ("US_SSN", lambda: make_ssn(rng, form)),
            "ip4": ("IP_ADDRESS", lambda: make_ipv4(rng, form)),
            "ip6": ("IP_ADDRESS", lambda: make_ipv6(rng, form)),
            "ip": ("IP_ADDRESS", lambda: make_ipv4(rng) if rng.random() < 0.6 else make_ipv6(rng)),
            "card": ("CREDIT_CARD", lambda: make_card(rng, form)),
            "iban": ("IBAN_CODE", lambda: make_iban(rng, form)),
        }
        entity_type, make = makers[name]
        return make(), entity_type


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """The text of ``template`` with its slots filled, and the gold spans."""
    fill = _Fill(rng)
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    length = 0
    position = 0
    for match in SLOT.finditer(template):
        literal = template[position : match.start()]
        parts.append(literal)
        length += len(literal)
        name, form, countries, case = (g or "" for g in match.groups())
        value, entity_type = fill.value(name, form, countries)
        if case == "l":
            value = value.lower()
        elif case == "u":
            value = value.upper()
        if entity_type:
            spans.append(
                {"start": length, "end": length + len(value), "entity_type": entity_type,
                 "value": value}
            )  # fmt: skip
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(template[position:])
    return "".join(parts), spans


# --------------------------------------------------------------------- checks on the text
_CARD_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_SSN_SHAPE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
# card brand prefixes and the lengths they are issued in
_CARD_SHAPES = (
    (("4",), (13, 16, 19)),
    (("51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27"), (16,)),
    (("34", "37"), (15,)),
    (("6011", "65", "35"), (16,)),
    (("36",), (14,)),
    (("62",), (16, 17, 18, 19)),
)


def _card_shaped(digits: str) -> bool:
    return any(digits.startswith(p) and len(digits) in n for p, n in _CARD_SHAPES)


def _luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def _mod97_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return iban_check(compact[:2], compact[4:]) == compact[2:4]


def stray_pii(text: str) -> str | None:
    """What in ``text`` (gold spans blanked out) could read as PII by its shape alone: an
    ``@``, a card-prefixed Luhn-valid 13-19 digit run, a mod-97-valid IBAN shape or an
    issuable SSN shape; None when nothing does."""
    if "@" in text:
        return "@"
    for run in _CARD_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if _card_shaped(digits) and _luhn_ok(digits):
            return run
    for iban in _IBAN_SHAPE.findall(text):
        if _mod97_ok(iban):
            return iban
    for area, group, serial in _SSN_SHAPE.findall(text):
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            return f"{area}-{group}-{serial}"
    return None


def _blank(text: str, spans: list[dict[str, Any]]) -> str:
    for span in spans:
        text = text[: span["start"]] + " " * (span["end"] - span["start"]) + text[span["end"] :]
    return text


# Particles of the pools' surnames ("van Leeuwen", "Mac Lochlainn", "Saint-Amand"): no name alone.
PARTICLES = {"van", "der", "von", "ter", "del", "mac", "saint", "bin"}


def _name_words() -> set[str]:
    words = {
        w.lower() for name in all_given() + all_surnames() for w in re.split(r"[\s\-']+", name)
    }
    return {w for w in words if len(w) >= 3} - PARTICLES - {w.lower() for w in WORD_GIVEN}


def check_pools() -> None:
    """No look-alike entry holds a word of the person pools."""
    names = _name_words()
    for entries in NAME_LISTS:
        for entry in entries:
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", entry)}
            assert not words & names, (entry, words & names)


def look_alike_name_words(text: str) -> set[str]:
    return {w.strip(".,:;!?\"'()[]{}").lower() for w in text.split()} & _name_words()


# --------------------------------------------------------------------------------- records
def templates() -> list[tuple[int, str, bool, str]]:
    """(template id, register, negative, template): per register its 20 templates with PII,
    then its 20 look-alikes, so ids alternate parity within each register and kind."""
    out = []
    for register in REGISTERS:
        for negative, table in ((False, POSITIVE), (True, LOOKALIKE)):
            for template in table[register]:
                out.append((len(out), register, negative, template))
    return out


def _quota(index: int) -> int:
    """Texts per register and kind: 215 for the first two registers, 214 for the rest."""
    return PER_KIND // len(REGISTERS) + (1 if index < PER_KIND % len(REGISTERS) else 0)


def records() -> list[dict[str, Any]]:
    check_pools()
    rng = random.Random(SEED)
    table = templates()
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, register in enumerate(REGISTERS):
        for negative in (False, True):
            mine = [t for t in table if t[1] == register and t[2] == negative]
            total = _quota(index)
            for position, (template_id, _, _, template) in enumerate(mine):
                uses = total // len(mine) + (1 if position < total % len(mine) else 0)
                for _ in range(uses):
                    for _attempt in range(200):
                        text, spans = render(template, rng)
                        if text in seen or stray_pii(_blank(text, spans)):
                            continue
                        if negative and look_alike_name_words(text):
                            continue
                        break
                    else:
                        raise AssertionError(f"template {template_id} keeps failing")
                    seen.add(text)
                    out.append({"template_id": template_id, "text": text, "spans": spans,
                                "register": register, "negative": not spans})  # fmt: skip
    rng.shuffle(out)
    return [{"id": i, **record} for i, record in enumerate(out)]


def lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    FILE.write_text(lines(), encoding="utf-8")
    print(f"wrote {FILE}")


if __name__ == "__main__":
    main()
