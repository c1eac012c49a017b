"""Set 25 (``data/pii/set25.jsonl``): a blind corpus of all eight PII types and look-alikes.

Written without reading or running the redactor (data/pii/README.md, "set25"). Stdlib only,
seed 25; ``python -m bench.redaction_corpus_set25`` writes the file byte for byte the same, and
:func:`lines` returns its text.

Templates hold slots ``{NAME}`` or ``{NAME|mods}``. Person slots (``N`` full name, ``G`` given
name, ``S`` surname, ``R`` "Surname, Given", ``I`` initial and surname, ``E``/``EW`` an e-mail
made from that person's name) and address slots (``A`` one line, ``AM`` several lines, ``ST``
the street line alone, ``city``/``pc``/``cntry`` its non-gold parts, ``AP`` a street named after
someone) take an index digit (``N2``) so that one record can name the same person twice. A
``_cc`` suffix picks the address's country (``A_us``). Mods: ``l`` lower case, ``u`` upper case,
``a`` without diacritics, ``c`` with the country (addresses).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set25_numbers as num
from bench import redaction_corpus_set25_values as val
from bench.redaction_corpus_set25_fillers import look_alike_filler, lookalike_problem
from bench.redaction_corpus_set25_lookalikes import LOOKALIKES
from bench.redaction_corpus_set25_templates import POSITIVES

SEED = 25
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set25.jsonl"
_SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?:\|([a-z]+))?\}")
_INDEXED = re.compile(r"^([A-Za-z]+?)(\d?)(?:_([a-z]{2}))?$")

Filled = tuple[str, str | None]  # the text written and its entity type (None: not gold)


class Record:
    """The values one text draws: persons and addresses by index, made on first use."""

    def __init__(self, draw: val.Draw) -> None:
        self.draw = draw
        self.people: dict[str, val.Person] = {}
        self.addresses: dict[str, val.Address] = {}

    def person(self, index: str, lower: bool) -> val.Person:
        if index not in self.people:
            who = val.person(self.draw, word_names=not lower)
            while any(who.surname == p.surname for p in self.people.values()):
                who = val.person(self.draw, word_names=not lower)
            self.people[index] = who
        return self.people[index]

    def address(self, index: str, country: str, person_named: bool = False) -> val.Address:
        if index not in self.addresses:
            if person_named:
                self.addresses[index] = val.person_named_address(self.draw)
            else:
                self.addresses[index] = val.address(self.draw, country)
        return self.addresses[index]


def _person_slot(rec: Record, base: str, index: str, mods: str) -> Filled | None:
    if base not in ("N", "G", "S", "R", "I", "E", "EW"):
        return None
    who = rec.person(index, lower="l" in mods)
    forms: dict[str, Callable[[], Filled]] = {
        "N": lambda: (who.full(), "PERSON"),
        "G": lambda: (who.first, "PERSON"),
        "S": lambda: (who.last, "PERSON"),
        "R": lambda: (who.reversed(), "PERSON"),
        "I": lambda: (who.initial(), "PERSON"),
        "E": lambda: (val.email(rec.draw, who), "EMAIL_ADDRESS"),
        "EW": lambda: (val.email(rec.draw, who, work=True), "EMAIL_ADDRESS"),
    }
    return forms[base]() if base in forms else None


def _address_slot(rec: Record, base: str, index: str, country: str, mods: str) -> Filled | None:
    if base not in ("A", "AM", "ST", "AP", "city", "pc", "cntry"):
        return None
    where = rec.address(index, country, person_named=base == "AP")
    with_country = "c" in mods
    if base in ("A", "AP"):
        return where.one_line(with_country), "STREET_ADDRESS"
    if base == "AM":
        return where.multi_line(with_country), "STREET_ADDRESS"
    if base == "ST":
        return where.line1, "STREET_ADDRESS"
    return {"city": where.city, "pc": where.postcode, "cntry": where.country}[base], None


def _structured(draw: val.Draw) -> dict[str, Callable[[], Filled]]:
    return {
        "P": lambda: (num.phone(draw), "PHONE_NUMBER"),
        "PI": lambda: (num.phone(draw, "intl"), "PHONE_NUMBER"),
        "PN": lambda: (num.phone(draw, "nat"), "PHONE_NUMBER"),
        "PX": lambda: (num.phone(draw, "ext"), "PHONE_NUMBER"),
        "PE": lambda: (num.phone(draw, "e164"), "PHONE_NUMBER"),
        "PU": lambda: (num.phone(draw, "us"), "PHONE_NUMBER"),
        "SSN": lambda: (num.ssn(draw), "US_SSN"),
        "SSND": lambda: (num.ssn(draw, "-"), "US_SSN"),
        "SSNB": lambda: (num.ssn(draw, "bare"), "US_SSN"),
        "IP4": lambda: (num.ipv4(draw), "IP_ADDRESS"),
        "IP6": lambda: (num.ipv6(draw), "IP_ADDRESS"),
        "IP6Z": lambda: (num.ipv6(draw, "zone"), "IP_ADDRESS"),
        "IP6M": lambda: (num.ipv6(draw, draw.pick(("mapped", "nat64"))), "IP_ADDRESS"),
        "IP6F": lambda: (num.ipv6(draw, "full"), "IP_ADDRESS"),
        "IP6C": lambda: (num.ipv6(draw, draw.pick(("compressed", "doc", "ula"))), "IP_ADDRESS"),
        "IP": lambda: (num.ip(draw), "IP_ADDRESS"),
        "ER": lambda: (val.role_email(draw), "EMAIL_ADDRESS"),
        "CC": lambda: (num.card(draw), "CREDIT_CARD"),
        "IBAN": lambda: (num.iban(draw), "IBAN_CODE"),
        "IBANC": lambda: (num.iban(draw, "compact"), "IBAN_CODE"),
        "IBANG": lambda: (num.iban(draw, "group"), "IBAN_CODE"),
    }


def _fill(rec: Record, name: str, mods: str) -> Filled:
    draw = rec.draw
    structured = _structured(draw)
    if name in structured:
        return structured[name]()
    match = _INDEXED.match(name)
    if match:
        base, index, country = match.group(1), match.group(2) or "1", match.group(3) or ""
        filled = _person_slot(rec, base, index, mods) or _address_slot(
            rec, base, index, country, mods
        )
        if filled:
            return filled
    return look_alike_filler(draw, name), None


def _apply(text: str, mods: str) -> str:
    if "a" in mods:
        text = val.fold(text)
    if "l" in mods:
        text = text.lower()
    if "u" in mods:
        text = text.upper()
    return text


def render(template: str, draw: val.Draw) -> tuple[str, list[dict[str, Any]]]:
    """The text of one filling of ``template`` and its gold spans."""
    rec = Record(draw)
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    at = 0
    cursor = 0
    for match in _SLOT.finditer(template):
        literal = template[cursor : match.start()]
        out.append(literal)
        at += len(literal)
        value, entity = _fill(rec, match.group(1), match.group(2) or "")
        value = _apply(value, match.group(2) or "")
        if entity:
            spans.append(
                {"start": at, "end": at + len(value), "entity_type": entity, "value": value}
            )
        out.append(value)
        at += len(value)
        cursor = match.end()
    out.append(template[cursor:])
    return "".join(out), spans


def _template_ids() -> list[tuple[int, str, bool, str]]:
    """(template id, register, look-alike?, template): positives register by register, then
    look-alikes; each list has an even length so ids alternate parity within it."""
    rows: list[tuple[int, str, bool, str]] = []
    for negative, table in ((False, POSITIVES), (True, LOOKALIKES)):
        for register in REGISTERS:
            for template in table[register]:
                rows.append((len(rows), register, negative, template))
    return rows


def records() -> list[dict[str, Any]]:
    draw = val.Draw(SEED)
    rows = _template_ids()
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for negative in (False, True):
        for r_index, register in enumerate(REGISTERS):
            mine = [row for row in rows if row[1] == register and row[2] == negative]
            count = 215 if r_index < 2 else 214
            batch = []
            for i in range(count):
                template_id, _, _, template = mine[i % len(mine)]
                for _ in range(200):
                    text, spans = render(template, draw)
                    if text not in seen and not (negative and lookalike_problem(text)):
                        break
                else:
                    raise ValueError(f"template {template_id} cannot make a new text")
                seen.add(text)
                batch.append(
                    {
                        "template_id": template_id,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
            draw.rng.shuffle(batch)
            out.extend(batch)
    return [{"id": i, **r} for i, r in enumerate(out)]


def lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
