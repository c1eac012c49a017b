"""Set 21: a blind synthetic PII corpus of all eight entity types in seven registers.

``python -m bench.redaction_corpus_set21`` writes ``data/pii/set21.jsonl`` (seed 21, stdlib
only, byte for byte the same on every run). Templates are in
``bench/redaction_corpus_set21_templates.py``; a placeholder ``«kind»`` is filled by
:data:`FILLERS` (``«~a|b»`` picks a literal, ``«#1-9»`` a number). Even template ids form the
tuning half, odd ids the held-out half.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_set21_streets as streets
from bench import redaction_corpus_set21_values as values
from bench.redaction_corpus_set21_fillers import NUMBER_FILLERS, WORD_FILLERS
from bench.redaction_corpus_set21_pools import (
    PARTICLES,
    WORD_GIVEN,
    all_given,
    all_surnames,
    draw_person,
)
from bench.redaction_corpus_set21_templates import LOOK_ALIKES, POSITIVES, REGISTERS

__all__ = ["REGISTERS", "lines", "records"]

SEED = 21
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set21.jsonl"
PLACEHOLDER = re.compile(r"«([^»]+)»")
Context = dict[str, object]
Filled = tuple[str, str | None]


def _person(rng: random.Random, ctx: Context) -> dict[str, str]:
    person = draw_person(rng)
    ctx["person"] = person
    return person


def _last(rng: random.Random, ctx: Context) -> dict[str, str]:
    last = ctx.get("person")
    return last if isinstance(last, dict) else _person(rng, ctx)


def _word_person(rng: random.Random, ctx: Context) -> dict[str, str]:
    person = dict(draw_person(rng))
    person["given"] = rng.choice(WORD_GIVEN)
    person["full"] = f"{person['given']} {person['surname']}"
    ctx["person"] = person
    return person


def _address(rng: random.Random, ctx: Context) -> streets.Address:
    address = streets.draw(rng)
    ctx["address"] = address
    return address


def _multi(rng: random.Random, ctx: Context) -> str:
    street, rest = _address(rng, ctx)
    return "\n".join([street, *rest])


def _town(rng: random.Random, ctx: Context) -> str:
    address = ctx.get("address")
    assert isinstance(address, tuple), "«town_p» follows «street»"
    town: str = address[1][0]
    return town.replace("  ", " ")


def _someone_email(rng: random.Random) -> str:
    """The e-mail of someone not named in the text."""
    someone = draw_person(rng)
    return values.email_for(rng, someone["given"], someone["surname"])


def _inverted(rng: random.Random, ctx: Context) -> str:
    person = _person(rng, ctx)
    return f"{person['surname']}, {person['given']}"


def _initial(rng: random.Random, ctx: Context) -> str:
    person = _person(rng, ctx)
    return f"{person['given'][0]}. {person['surname']}"


P, E, T = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"
FILLERS: dict[str, Callable[[random.Random, Context], Filled]] = {
    "name": lambda r, c: (_person(r, c)["full"], P),
    "given": lambda r, c: (_person(r, c)["given"], P),
    "surname": lambda r, c: (_person(r, c)["surname"], P),
    "lname": lambda r, c: (_person(r, c)["full"].lower(), P),
    "lgiven": lambda r, c: (_person(r, c)["given"].lower(), P),
    "lsurname": lambda r, c: (_person(r, c)["surname"].lower(), P),
    "NAME": lambda r, c: (_person(r, c)["full"].upper(), P),
    "inv": lambda r, c: (_inverted(r, c), P),
    "INV": lambda r, c: (_inverted(r, c).upper(), P),
    "init": lambda r, c: (_initial(r, c), P),
    "wname": lambda r, c: (_word_person(r, c)["full"], P),
    "wgiven": lambda r, c: (_word_person(r, c)["given"], P),
    "given_p": lambda r, c: (_last(r, c)["given"], P),
    "surname_p": lambda r, c: (_last(r, c)["surname"], P),
    "email_p": lambda r, c: (values.email_for(r, _last(r, c)["given"], _last(r, c)["surname"]), E),
    "email": lambda r, c: (_someone_email(r), E),
    "remail": lambda r, c: (values.role_email(r), E),
    "phone": lambda r, c: (values.phone(r), T),
    "phone_ext": lambda r, c: (values.phone_ext(r), T),
    "phone_c": lambda r, c: (values.phone_compact(r), T),
    "ssn": lambda r, c: (values.ssn(r), "US_SSN"),
    "ssn_d": lambda r, c: (values.ssn(r, "-"), "US_SSN"),
    "ssn_b": lambda r, c: (values.ssn(r, ""), "US_SSN"),
    "ip": lambda r, c: (values.ip(r), "IP_ADDRESS"),
    "ip4": lambda r, c: (values.ipv4(r), "IP_ADDRESS"),
    "ip6": lambda r, c: (values.ipv6(r), "IP_ADDRESS"),
    "ip6nz": lambda r, c: (values.ipv6(r).split("%")[0], "IP_ADDRESS"),
    "card": lambda r, c: (values.card(r), "CREDIT_CARD"),
    "iban": lambda r, c: (values.iban(r), "IBAN_CODE"),
    "iban_g": lambda r, c: (values.iban(r, grouped=True), "IBAN_CODE"),
    "iban_c": lambda r, c: (values.iban(r, grouped=False), "IBAN_CODE"),
    "addr": lambda r, c: (streets.one_line(_address(r, c), r), "STREET_ADDRESS"),
    "laddr": lambda r, c: (streets.one_line(_address(r, c), r).lower(), "STREET_ADDRESS"),
    "addr_ml": lambda r, c: (_multi(r, c), "STREET_ADDRESS"),
    "ADDR_ML": lambda r, c: (_multi(r, c).upper(), "STREET_ADDRESS"),
    "street": lambda r, c: (_address(r, c)[0], "STREET_ADDRESS"),
    "town_p": lambda r, c: (_town(r, c), None),
}


def _filled(kind: str, rng: random.Random, ctx: Context) -> Filled:
    """A gold value of :data:`FILLERS`, or a look-alike filler (no entity type)."""
    if kind in FILLERS:
        return FILLERS[kind](rng, ctx)
    if kind in NUMBER_FILLERS:
        return NUMBER_FILLERS[kind](rng), None
    return rng.choice(WORD_FILLERS[kind]), None


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """The text of ``template`` with its placeholders filled, and its gold spans."""
    ctx: Context = {}
    text, spans, pos = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[pos : match.start()]
        kind = match.group(1)
        if kind.startswith("~"):
            value, entity = rng.choice(kind[1:].split("|")), None
        elif kind.startswith("#"):
            low, high = kind[1:].split("-")
            value, entity = str(rng.randint(int(low), int(high))), None
        else:
            value, entity = _filled(kind, rng, ctx)
        if entity is not None:
            spans.append(
                {
                    "start": len(text),
                    "end": len(text) + len(value),
                    "entity_type": entity,
                    "value": value,
                }
            )
        text += value
        pos = match.end()
    return text + template[pos:], spans


# Shapes that must not occur outside the gold (checked on the text with its spans blanked).
DIGIT_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)")
CARD_SHAPE = re.compile(
    r"^(?:4\d{12}(?:\d{3}){0,2}|(?:5[1-5]|2[2-7])\d{14}|3[47]\d{13}|(?:6011|65\d\d|35\d\d)\d{12}"
    r"|36\d{12}|62\d{14,17})$"
)
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN_SHAPE = re.compile(r"(?<!\d)(\d{3})[- .](\d{2})[- .](\d{4})(?!\d)")


def _luhn(digits: str) -> bool:
    return values.luhn_complete(digits[:-1]) == digits


def _mod97(shape: str) -> bool:
    compact = shape.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def _name_words() -> set[str]:
    words = {w for n in all_given() + all_surnames() for w in re.split(r"[\s\-']+", n)}
    return {w.lower() for w in words if len(w) >= 3} - {w.lower() for w in WORD_GIVEN} - PARTICLES


NAME_WORDS = _name_words()


def stray_pii(text: str, spans: list[dict[str, object]], negative: bool) -> bool:
    """Whether the text outside the gold holds an e-mail, a Luhn-valid card shape, a valid
    IBAN, an issuable SSN shape or (look-alikes) a name word of the pools."""
    outside = list(text)
    for span in spans:
        for i in range(int(span["start"]), int(span["end"])):  # type: ignore[call-overload]
            outside[i] = "\n"
    rest = "".join(outside)
    if "@" in rest:
        return True
    for run in DIGIT_RUN.findall(rest):
        digits = re.sub(r"\D", "", run)
        if CARD_SHAPE.match(digits) and _luhn(digits):
            return True
    if any(_mod97(s) for s in IBAN_SHAPE.findall(rest)):
        return True
    for area, group, serial in SSN_SHAPE.findall(rest):
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            return True
    if negative:
        tokens = {w.strip(".,:;!?\"'()[]{}").lower() for w in rest.split()}
        return bool(tokens & NAME_WORDS)
    return False


def records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    made: list[dict[str, object]] = []
    seen: set[str] = set()
    for r_index, register in enumerate(REGISTERS):
        base = r_index * 36
        for negative, templates, offset in (
            (False, POSITIVES[register], 0),
            (True, LOOK_ALIKES[register], 18),
        ):
            assert len(templates) == 18, register
            count = 215 if r_index < 2 else 214
            for i in range(count):
                t_index = i % 18
                for _ in range(200):
                    text, spans = fill(templates[t_index], rng)
                    if text not in seen and not stray_pii(text, spans, negative):
                        break
                else:
                    raise AssertionError(f"no fresh text for {register} {t_index}")
                assert bool(spans) != negative, templates[t_index]
                seen.add(text)
                made.append(
                    {
                        "template_id": base + offset + t_index,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(made)
    return [{"id": i, **record} for i, record in enumerate(made)]


def lines() -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
