"""Set 27 (``data/pii/set27.jsonl``): a blind corpus of all eight PII types and look-alikes.

``python -m bench.redaction_corpus_set27`` writes the file; ``lines()`` returns its text. Stdlib
only, seed 27, byte for byte reproducible. Written without reading the detector or the other
generators, and without running the detector. 1,500 texts with PII and 1,500 look-alikes,
214 or 215 of each kind in each of seven registers; templates alternate even (tuning) and odd
(held-out) ids within each register and kind. See data/pii/README.md, "set27".
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_set27_places as places
from bench import redaction_corpus_set27_values as values
from bench.redaction_corpus_set27_fillers import FILLERS
from bench.redaction_corpus_set27_lookalikes import LOOKALIKE
from bench.redaction_corpus_set27_pools import GIVEN, SURNAME, WORD_GIVEN
from bench.redaction_corpus_set27_templates import POSITIVE

SEED = 27
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set27.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 1500
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?::([a-z]))?\}")

__all__ = ["GIVEN", "REGISTERS", "SURNAME", "WORD_GIVEN", "lines", "records"]


class _Text:
    """The persons and addresses drawn for one text, by tag, so a tagged slot can reuse them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons: dict[str, values.Person] = {}
        self.streets: dict[str, list[str]] = {}

    def person(self, tag: str | None, word_given: bool = False) -> values.Person:
        if tag is None:
            return values.person(self.rng, word_given)
        if tag not in self.persons:
            self.persons[tag] = values.person(self.rng, word_given=False)
        return self.persons[tag]

    def split_address(self, tag: str) -> list[str]:
        """A US or GB address whose street, city and postcode sit in separate fields."""
        if tag not in self.streets:
            if self.rng.random() < 0.6:
                street, last = places.BUILDERS["US"](self.rng)
                city, rest = last.split(", ")
                self.streets[tag] = [street, city, rest.split(" ")[1], "US"]
            else:
                self.streets[tag] = [*places.BUILDERS["GB"](self.rng), "GB"]
        return self.streets[tag]


def _name(text: _Text, tag: str | None, form: str) -> str:
    # An English-word given name is a person only in a full, capitalised name.
    who = text.person(tag, word_given=form in ("name", "name_caps", "name_rev"))
    if form == "name":
        return who.full
    if form == "name_lc":
        return who.full.lower()
    if form == "name_caps":
        return who.full.upper()
    if form == "name_rev":
        return who.reverse
    if form == "given":
        return who.given
    if form == "given_lc":
        return who.given.lower()
    return who.surname  # "sur"


def _wname(text: _Text) -> str:
    return f"{text.rng.choice(WORD_GIVEN)} {text.person(None).surname}"


def _email(text: _Text, tag: str | None) -> str:
    if tag is not None:
        return values.email_of(text.rng, text.person(tag))
    if text.rng.random() < 0.5:
        return values.role_email(text.rng)
    return values.email_of(text.rng, text.person(None))


def _address(text: _Text, form: str) -> str:
    rng = text.rng
    country, lines_ = places.address(rng)
    if form == "street":
        return lines_[0]
    with_country = rng.random() < 0.15
    if form in ("addr_ml", "addr_ml_caps"):
        block = places.multi_line(country, lines_, with_country)
        return block.upper() if form == "addr_ml_caps" else block
    one = places.one_line(country, lines_, with_country)
    return one.lower() if form == "addr_lc" else one


def _ip(text: _Text, form: str) -> str:
    rng = text.rng
    if form == "ip":
        form = "ip6" if rng.random() < 0.4 else "ip4"
    if form == "ip4":
        return values.ipv4(rng)
    if form == "ip6_full":
        return values.ipv6(rng, "full")
    if form == "ip6_zone":
        return values.ipv6(rng, "zone")
    return values.ipv6(rng)


GoldSlot = Callable[[_Text, "str | None"], str]
GOLD: dict[str, tuple[str, GoldSlot]] = {
    **{
        form: ("PERSON", lambda t, tag, form=form: _name(t, tag, form))
        for form in ("name", "name_lc", "name_caps", "name_rev", "given", "given_lc", "sur")
    },
    "wname": ("PERSON", lambda t, tag: _wname(t)),
    "email": ("EMAIL_ADDRESS", _email),
    "phone": ("PHONE_NUMBER", lambda t, tag: values.phone(t.rng)),
    "phone_us": ("PHONE_NUMBER", lambda t, tag: values.phone(t.rng, "us")),
    "phone_intl": ("PHONE_NUMBER", lambda t, tag: values.phone(t.rng, "intl")),
    "phone_ext": ("PHONE_NUMBER", lambda t, tag: values.phone(t.rng, "ext")),
    "ssn": ("US_SSN", lambda t, tag: values.ssn(t.rng)),
    "ssn_dash": ("US_SSN", lambda t, tag: values.ssn(t.rng, "dash")),
    "ssn_space": ("US_SSN", lambda t, tag: values.ssn(t.rng, "space")),
    "ssn_bare": ("US_SSN", lambda t, tag: values.ssn(t.rng, "bare")),
    **{
        form: ("IP_ADDRESS", lambda t, tag, form=form: _ip(t, form))
        for form in ("ip", "ip4", "ip6", "ip6_full", "ip6_zone")
    },
    "card": ("CREDIT_CARD", lambda t, tag: values.card(t.rng)),
    "iban": ("IBAN_CODE", lambda t, tag: values.iban(t.rng)),
    "iban_c": ("IBAN_CODE", lambda t, tag: values.iban(t.rng, grouped=False)),
    **{
        form: ("STREET_ADDRESS", lambda t, tag, form=form: _address(t, form))
        for form in ("addr", "addr_lc", "addr_ml", "addr_ml_caps")
    },
}


def _street(text: _Text, tag: str | None) -> str:
    if tag is None:
        return _address(text, "street")
    return text.split_address(tag)[0]


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """The template's text with every slot filled, and the gold spans of the text."""
    text = _Text(rng)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    last = 0
    for match in SLOT.finditer(template):
        literal = template[last : match.start()]
        out.append(literal)
        length += len(literal)
        slot, tag = match.group(1), match.group(2)
        entity: str | None = None
        if slot == "street":
            value, entity = _street(text, tag), "STREET_ADDRESS"
        elif slot in ("city", "zip", "cc") and tag is not None:
            value = text.split_address(tag)[("city", "zip", "cc").index(slot) + 1]
        elif slot in GOLD:
            entity, make = GOLD[slot]
            value = make(text, tag)
        else:
            value = FILLERS[slot](rng)
        if entity is not None:
            spans.append(
                {"start": length, "end": length + len(value), "entity_type": entity, "value": value}
            )
        out.append(value)
        length += len(value)
        last = match.end()
    out.append(template[last:])
    return "".join(out), spans


_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_NAME_WORDS = {w.lower() for name in GIVEN + SURNAME for w in re.findall(r"[^\W\d_]+", name)}
_NAME_WORDS |= {values.fold(w) for w in _NAME_WORDS}
_PARTICLES = {"al", "el", "de", "la", "von", "dos", "lo", "abu", "ibn"}


def look_alike_is_clean(text: str) -> bool:
    """No e-mail, no Luhn-valid 13-19 digit run, no mod-97-valid IBAN shape, no pool name."""
    if "@" in text:
        return False
    for run in _DIGIT_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if values.luhn_digit(digits[:-1]) == digits[-1]:
            return False
    for shape in _IBAN_SHAPE.findall(text):
        compact = shape.replace(" ", "")
        if int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1:
            return False
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return not (words & _NAME_WORDS) - _PARTICLES


def _templates() -> list[tuple[int, str, bool, str]]:
    """(template id, register, negative, template), ids counting up register by register."""
    table: list[tuple[int, str, bool, str]] = []
    for register in REGISTERS:
        for negative, source in ((False, POSITIVE), (True, LOOKALIKE)):
            for template in source[register]:
                table.append((len(table), register, negative, template))
    return table


def records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    table = _templates()
    seen: set[str] = set()
    drafts: list[dict[str, object]] = []
    for r_index, register in enumerate(REGISTERS):
        for negative in (False, True):
            rows = [t for t in table if t[1] == register and t[2] == negative]
            count = PER_KIND // len(REGISTERS) + (1 if r_index < PER_KIND % len(REGISTERS) else 0)
            if negative:  # the extra record goes to other registers for the look-alikes
                count = PER_KIND // len(REGISTERS) + (
                    1 if r_index >= len(REGISTERS) - PER_KIND % len(REGISTERS) else 0
                )
            for i in range(count):
                template_id, _, _, template = rows[i % len(rows)]
                for _attempt in range(200):
                    text, spans = fill(template, rng)
                    if text in seen or (negative and not look_alike_is_clean(text)):
                        continue
                    break
                else:
                    raise ValueError(f"template {template_id} cannot be filled uniquely")
                seen.add(text)
                drafts.append(
                    {
                        "template_id": template_id,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(drafts)
    return [{"id": i, **draft} for i, draft in enumerate(drafts)]


def lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
