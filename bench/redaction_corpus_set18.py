"""Set 18 (``data/pii/set18.jsonl``): all eight entity types in natural sentences, blind.

Written without reading the detector, its word lists or the other corpus generators, and
without running the detector. ``python -m bench.redaction_corpus_set18`` writes the file
byte for byte the same (seed 18). 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of
each kind per register; even template ids are the tuning half, odd ids the held-out half.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench import redaction_corpus_set18_pools as pools
from bench import redaction_corpus_set18_values as values
from bench.redaction_corpus_set18_fillers import filler, town_of
from bench.redaction_corpus_set18_lookalikes import LOOKALIKE
from bench.redaction_corpus_set18_streets import COUNTRIES, COUNTRY_NAMES, address_lines
from bench.redaction_corpus_set18_templates import POSITIVE

SEED = 18
FILE = Path(__file__).resolve().parents[1] / "data" / "pii" / "set18.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
TEMPLATES_PER_CELL = 18
# Four of the 14 register/kind cells get 215 records, the rest 214 (3,000 in all).
BIG_CELLS = {("chat", False), ("ticket", False), ("chat", True), ("ticket", True)}
SLOT = re.compile(r"«([^»]+)»")
PERSON_SLOTS = {"full", "given", "sur", "rev", "wgiven", "wfull"}
CARD_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str
    family_first: bool

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        middle = f" {self.middle}." if self.middle else ""
        return f"{self.given}{middle} {self.surname}"

    def call_name(self) -> str:
        """The given name as a greeting writes it (the last word of a Vietnamese given name)."""
        return self.given.split()[-1] if self.family_first else self.given

    def reverse(self) -> str:
        return self.full() if self.family_first else f"{self.surname}, {self.given}"


def _culture(rng: random.Random) -> str:
    cultures = list(pools.CULTURE_WEIGHTS)
    return rng.choices(cultures, weights=[pools.CULTURE_WEIGHTS[c] for c in cultures])[0]


def draw_person(rng: random.Random, word_given: bool = False) -> Person:
    culture = _culture(rng)
    given_pool = pools.NAMES[culture][0]
    given = rng.choice(pools.WORD_GIVEN if word_given else given_pool)
    if culture == "vn" and word_given:
        culture = "us"
    # 15% of surnames from another culture, but not for people written family name first.
    surname_culture = (
        culture if rng.random() > 0.15 or culture in pools.FAMILY_FIRST else _culture(rng)
    )
    if surname_culture in pools.FAMILY_FIRST:
        surname_culture = culture
    surname = rng.choice(pools.NAMES[surname_culture][1])
    if rng.random() < 0.05 and culture not in ("vn", "cn") and " " not in surname:
        other = rng.choice(pools.NAMES[_culture(rng)][1])
        if " " not in other and other != surname and "'" not in other:
            surname = f"{surname}-{other}"
    family_first = rng.random() < pools.FAMILY_FIRST.get(culture, 0.0) and not word_given
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.08 and not family_first else ""
    person = Person(given, surname, middle, family_first)
    if rng.random() < 0.35 and values.ascii_fold(person.full()) != person.full():
        person = Person(values.ascii_fold(given), values.ascii_fold(surname), middle, family_first)
    return person


def _case(text: str, options: list[str]) -> str:
    if "lc" in options:
        return text.lower()
    if "uc" in options:
        return text.upper()
    if "ascii" in options:
        return values.ascii_fold(text)
    return text


class Filling:
    """One record's draw: its persons, then each slot's value and gold type."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons = [draw_person(rng) for _ in range(3)]
        self.word_person = draw_person(rng, word_given=True)
        self.country = ""  # the last address's country, so that a town field after it agrees

    def slot(self, spec: str) -> tuple[str, str | None]:
        base, *options = spec.split(".")
        index = next((int(o) - 1 for o in options if o.isdigit()), 0)
        rng = self.rng
        if base in PERSON_SLOTS:
            person = self.word_person if base.startswith("w") else self.persons[index]
            text = {
                "full": person.full,
                "wfull": person.full,
                "given": person.call_name,
                "wgiven": person.call_name,
                "sur": lambda: person.surname,
                "rev": person.reverse,
            }[base]()
            return _case(text, options), "PERSON"
        if base == "email":
            person = self.persons[index]
            return values.email(rng, person.given, person.surname, "co" in options), "EMAIL_ADDRESS"
        if base in ("addr", "street"):
            country = next((o for o in options if o in COUNTRIES), rng.choice(COUNTRIES))
            lines = address_lines(rng, country)
            self.country = country
            if base == "street":
                return _case(lines[0], options), "STREET_ADDRESS"
            if "country" in options:
                lines.append(COUNTRY_NAMES[country])
            if "ml" in options:
                text = "\n".join(lines)
                if country == "CA" and "uc" in options:  # Canada Post: two spaces before the code
                    text = re.sub(r" ([A-Z]\d[A-Z] \d[A-Z]\d)$", r"  \1", text, flags=re.M)
            else:
                text = ", ".join(lines)
            return _case(text, options), "STREET_ADDRESS"
        option = next((o for o in options if not o.isdigit() and o not in ("lc", "uc")), "")
        if base == "phone":
            country = option if option in values.PHONES else ""
            return values.phone(rng, "" if country else option, country), "PHONE_NUMBER"
        if base == "ssn":
            return values.ssn(rng, option), "US_SSN"
        if base == "ip4":
            return values.ipv4(rng, option), "IP_ADDRESS"
        if base == "ip6":
            return values.ipv6(rng, option), "IP_ADDRESS"
        if base == "ip":
            return values.ip(rng), "IP_ADDRESS"
        if base == "card":
            return values.card(rng, option), "CREDIT_CARD"
        if base == "iban":
            return values.iban(
                rng, "compact" if option == "compact" else ("grp" if option else "")
            ), "IBAN_CODE"
        if base == "town" and self.country:
            return town_of(rng, self.country), None
        return filler(rng, base), None


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    filling = Filling(rng)
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    offset = 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        parts.append(literal)
        offset += len(literal)
        value, entity_type = filling.slot(match.group(1))
        if entity_type:
            spans.append(
                {
                    "start": offset,
                    "end": offset + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        parts.append(value)
        offset += len(value)
        pos = match.end()
    parts.append(template[pos:])
    return "".join(parts), spans


def _card_prefixed(run: str) -> bool:
    digits = re.sub(r"\D", "", run)
    return digits[0] in "23456" and values.luhn_digit(digits[:-1]) == digits[-1]


def gold_like_outside(text: str, spans: list[dict[str, object]]) -> bool:
    """True when the text outside the gold spans holds an e-mail, a Luhn-valid card-prefixed
    13-19 digit run or a mod-97-valid IBAN shape (then the record is drawn again)."""
    rest = list(text)
    for span in spans:
        for i in range(int(span["start"]), int(span["end"])):  # type: ignore[call-overload]
            rest[i] = "_"
    outside = "".join(rest)
    if "@" in outside:
        return True
    if any(_card_prefixed(run) for run in CARD_RUN.findall(outside)):
        return True
    for shape in IBAN_RUN.findall(outside):
        compact = shape.replace(" ", "")
        if int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1:
            return True
    return False


def pool_words() -> set[str]:
    """Lower-case words of three letters or more of the person pools, with and without their
    accents (particles and the English-word given names aside)."""
    words: set[str] = set()
    for given, surnames in pools.NAMES.values():
        for name in given + surnames:
            for word in re.findall(r"[^\W\d_]+", name):
                words.add(word.lower())
                words.add(values.ascii_fold(word).lower())
    return {w for w in words if len(w) >= 3 and w not in pools.PARTICLES}


def check_pools() -> None:
    """No look-alike entry or template holds a word of the person pools."""
    names = pool_words()
    entries = (
        pools.BRANDS
        + pools.FIRMS
        + pools.PLACES
        + pools.HOLIDAYS
        + pools.WORKS
        + pools.DISHES
        + pools.FAMOUS_STREETS
        + pools.USER_NAMES
    )
    for entry in entries + tuple(t for ts in LOOKALIKE.values() for t in ts):
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", SLOT.sub(" ", entry))}
        assert not words & names, (entry, words & names)
    for register in REGISTERS:
        assert len(POSITIVE[register]) == len(LOOKALIKE[register]) == TEMPLATES_PER_CELL


def records() -> list[dict[str, object]]:
    check_pools()
    rng = random.Random(SEED)
    seen: set[str] = set()
    out: list[dict[str, object]] = []
    for negative, table, base in (
        (False, POSITIVE, 0),
        (True, LOOKALIKE, len(REGISTERS) * TEMPLATES_PER_CELL),
    ):
        for r_index, register in enumerate(REGISTERS):
            count = 215 if (register, negative) in BIG_CELLS else 214
            for i in range(count):
                t_index = i % TEMPLATES_PER_CELL
                template = table[register][t_index]
                for _ in range(200):
                    text, spans = render(template, rng)
                    if text not in seen and not gold_like_outside(text, spans):
                        break
                else:
                    raise AssertionError(f"no new text for {template!r}")
                seen.add(text)
                out.append(
                    {
                        "template_id": base + r_index * TEMPLATES_PER_CELL + t_index,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(out)
    return [{"id": i, **record} for i, record in enumerate(out)]


def lines() -> str:
    """The file's text: one JSON object a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    FILE.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
