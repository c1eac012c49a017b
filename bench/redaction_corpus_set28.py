"""Set 28: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes.

``python -m bench.redaction_corpus_set28`` writes ``data/pii/set28.jsonl`` (3,000 records:
1,500 with PII, 1,500 look-alikes), byte for byte the same on every run (seed 28, stdlib
only). Written without reading the detector or the other generators; see data/pii/README.md
("set28"). Templates are split by id parity: even = tuning half, odd = held-out half, and
the halves draw disjoint person, street and look-alike pools.

A template is plain text with slots ``${kind}`` or ``${kind:tag}``; slots sharing a tag
share one person or address (``${given:a}`` ... ``${email:a}``). A kind ending in ``_lc`` or
``_uc`` is the same value in lower or upper case.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set28_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set28_places as places
from bench import redaction_corpus_set28_pools as pools
from bench import redaction_corpus_set28_values as values
from bench.redaction_corpus_set28_lookalikes import LOOKALIKES, NUMBER_FILLERS
from bench.redaction_corpus_set28_templates import TEMPLATES

SEED = 28
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set28.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 18
SLOT = re.compile(r"\$\{(\w+?)(?:_(lc|uc))?(?::(\w+))?\}")
# Registers (per kind) that get 215 records instead of 214.
EXTRA = {False: ("chat", "multiline"), True: ("review", "json")}

PERSON_KINDS = ("full", "given", "sur", "rev", "mi")
ADDRESS_KINDS = ("addr", "addrc", "addr_ml", "addrc_ml", "street", "city", "postcode", "country")
COUNTRY_TAGS = {c.lower(): c for c in places.BUILDERS}

Ctx = dict[tuple[str, str], Any]


def _person_text(kind: str, who: values.Person, rng: random.Random) -> str:
    if kind == "full":
        return who.full
    if kind == "given":
        return who.given
    if kind == "sur":
        return who.surname
    if kind == "rev":
        return who.reversed
    return values.middle_initial(rng, who)


def _address_text(kind: str, where: places.Address) -> str | None:
    match kind:
        case "addr":
            return where.one_line().replace("  ", " ")
        case "addrc":
            return where.one_line(with_country=True).replace("  ", " ")
        case "addr_ml":
            return where.lines()
        case "addrc_ml":
            return where.lines(with_country=True)
        case "street":
            return where.street
    return None


def _address_part(kind: str, where: places.Address) -> str:
    return {"city": where.city, "postcode": where.postcode, "country": where.country}[kind]


def _plain_fillers(half: int) -> dict[str, Callable[[random.Random], str]]:
    def pick(pool: list[str]) -> Callable[[random.Random], str]:
        return lambda rng: rng.choice(pool[half::2])

    return {
        "brand": pick(lookalike_pools.BRANDS),
        "firm": pick(lookalike_pools.FIRMS),
        "place": pick(lookalike_pools.PLACES),
        "street_nn": pick(lookalike_pools.STREETS_WITHOUT_NUMBER),
        "title": pick(lookalike_pools.TITLES),
        "eponym": pick(lookalike_pools.EPONYMS),
        "dish": pick(lookalike_pools.DISHES),
        "day": pick(lookalike_pools.DAYS),
        "band": pick(lookalike_pools.BANDS),
        "user": pick(lookalike_pools.USER_NAMES),
        "opener": pick(lookalike_pools.OPENERS),
        "wordname": lambda rng: rng.choice(
            [p for w in pools.WORD_GIVEN[half::2] for p in pools.WORD_NAME_PHRASES[w]]
        ),
    }


GOLD_FILLERS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    "phone_ext": ("PHONE_NUMBER", values.phone_ext),
    "ssn": ("US_SSN", values.ssn),
    "ssn_dash": ("US_SSN", lambda rng: values.ssn(rng, "-")),
    "ssn_space": ("US_SSN", lambda rng: values.ssn(rng, " ")),
    "ssn_bare": ("US_SSN", lambda rng: values.ssn(rng, "none")),
    "ip4": ("IP_ADDRESS", values.ip4),
    "ip6": ("IP_ADDRESS", values.ip6),
    "ip6s": ("IP_ADDRESS", lambda rng: values.ip6(rng, rng.choice(["short", "short", "upper"]))),
    "ip6z": ("IP_ADDRESS", lambda rng: values.ip6(rng, "zone")),
    "ip": ("IP_ADDRESS", lambda rng: values.ip6(rng) if rng.random() < 0.4 else values.ip4(rng)),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
    "iban_g": ("IBAN_CODE", lambda rng: values.iban(rng, True)),
    "iban_c": ("IBAN_CODE", lambda rng: values.iban(rng, False)),
    "email_role": ("EMAIL_ADDRESS", lambda rng: values.email(rng, None)),
}


def _tag(match: re.Match[str]) -> str:
    return match.group(3) or f"#{match.start()}"


def _restricted_tags(template: str) -> set[str]:
    """Tags whose person is also written alone or in lower case: no English-word given name."""
    restricted = set()
    for match in SLOT.finditer(template):
        kind, case = match.group(1), match.group(2)
        if kind in ("given", "sur") or (kind in PERSON_KINDS and case == "lc"):
            restricted.add(_tag(match))
    return restricted


def _new_person(rng: random.Random, half: int, plain: bool) -> values.Person:
    while True:
        who = values.person(rng, half)
        if not plain or who.given not in pools.WORD_GIVEN:
            return who


def render(template: str, rng: random.Random, half: int) -> tuple[str, list[dict[str, Any]]]:
    """The text of ``template`` with its slots filled, and its gold spans."""
    ctx: Ctx = {}
    plain_tags = _restricted_tags(template)
    plain = _plain_fillers(half)
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    length = pos = 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        out.append(literal)
        length += len(literal)
        pos = match.end()
        kind, case, tag = match.group(1), match.group(2), _tag(match)
        entity, value = _fill(kind, tag, ctx, rng, half, plain, tag in plain_tags)
        if case == "lc":
            value = value.lower()
        elif case == "uc":
            value = value.upper()
        if entity:
            spans.append(
                {"start": length, "end": length + len(value), "entity_type": entity, "value": value}
            )
        out.append(value)
        length += len(value)
    out.append(template[pos:])
    return "".join(out), spans


def _fill(
    kind: str,
    tag: str,
    ctx: Ctx,
    rng: random.Random,
    half: int,
    plain: dict[str, Callable[[random.Random], str]],
    plain_person: bool,
) -> tuple[str | None, str]:
    if kind in PERSON_KINDS:
        if ("p", tag) not in ctx:
            ctx[("p", tag)] = _new_person(rng, half, plain_person)
        return "PERSON", _person_text(kind, ctx[("p", tag)], rng)
    if kind == "email":
        if ("p", tag) not in ctx:
            ctx[("p", tag)] = _new_person(rng, half, True)
        return "EMAIL_ADDRESS", values.email(rng, ctx[("p", tag)])
    base, _, country = kind.partition("__")
    if base in ADDRESS_KINDS:
        key = ("a", tag)
        if key not in ctx:
            ctx[key] = places.address(rng, half, (COUNTRY_TAGS[country],) if country else ())
        text = _address_text(base, ctx[key])
        if text is not None:
            return "STREET_ADDRESS", text
        return None, _address_part(base, ctx[key])
    if kind in GOLD_FILLERS:
        entity, make = GOLD_FILLERS[kind]
        return entity, make(rng)
    if kind in plain:
        return None, plain[kind](rng)
    return None, NUMBER_FILLERS[kind](rng)


def _luhn_runs(text: str) -> bool:
    for run in re.findall(r"\d(?:[ -]?\d){12,18}", text):
        if values.luhn_digit(re.sub(r"\D", "", run)[:-1]) == re.sub(r"\D", "", run)[-1]:
            return True
    return False


IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def _mod97(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def pool_words() -> set[str]:
    """Lower-case name words (particles aside) of every person pool, with and without accents."""
    words = set()
    for given, surnames in pools.PERSONS.values():
        for name in given + surnames:
            for word in re.findall(r"[^\W\d_]+", name):
                words |= {word.lower(), values.fold(word).lower()}
    return words - {"von", "van", "der", "de", "l", "abu", "al"}


def looks_like_pii(text: str, names: set[str]) -> bool:
    """A look-alike that would hold PII after all: redrawn."""
    if "@" in text or _luhn_runs(text):
        return True
    if any(_mod97(m) for m in IBAN_SHAPE.findall(text)):
        return True
    return bool({w.lower() for w in re.findall(r"[^\W\d_]+", text)} & names)


def template_table() -> list[tuple[int, str, bool, str]]:
    """(template id, register, look-alike?, template) with ids alternating parity per list."""
    table = []
    for r, register in enumerate(REGISTERS):
        for k, (negative, source) in enumerate(((False, TEMPLATES), (True, LOOKALIKES))):
            texts = source[register]
            assert len(texts) == PER_KIND, (register, negative, len(texts))
            for j, text in enumerate(texts):
                table.append((r * 2 * PER_KIND + k * PER_KIND + j, register, negative, text))
    return table


def records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    names = pool_words()
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    table = template_table()
    for register in REGISTERS:
        for negative in (False, True):
            rows = [t for t in table if t[1] == register and t[2] == negative]
            count = 215 if register in EXTRA[negative] else 214
            for i in range(count):
                template_id, _, _, template = rows[i % PER_KIND]
                for _attempt in range(200):
                    text, spans = render(template, rng, template_id % 2)
                    if text in seen or (negative and looks_like_pii(text, names)):
                        continue
                    break
                else:
                    raise RuntimeError(f"template {template_id} keeps failing: {text!r}")
                assert bool(spans) != negative, template
                seen.add(text)
                out.append(
                    {
                        "template_id": template_id,
                        "text": text,
                        "spans": spans,
                        "register": register,
                        "negative": negative,
                    }
                )
    rng.shuffle(out)
    return [{"id": i, **record} for i, record in enumerate(out)]


def lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
