"""Set 29: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes.

``python -m bench.redaction_corpus_set29`` writes ``data/pii/set29.jsonl`` (seed 29, byte for
byte reproducible). Templates with PII live in ``..._templates.py``, look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, addresses in ``..._places.py`` and structured values in
``..._values.py``. Template ids: each register and kind has 18 consecutive ids starting at an
even id, so even ids (the tuning half) and odd ids (the held-out half) alternate; the two halves
draw from disjoint pools (even or odd positions of every pool).

The writer itself (slots, look-alike checks, counts, the file) is shared by sets 29 to 32:
``bench/redaction_corpus_writer.py``.
"""

# ruff: noqa: RUF001
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set29_lookalike_pools as la_pools
from bench import redaction_corpus_set29_places as places
from bench import redaction_corpus_set29_pools as pools
from bench import redaction_corpus_set29_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_set29_lookalikes import LOOKALIKES
from bench.redaction_corpus_set29_templates import TEMPLATES

SEED = 29
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set29.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers that get 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("chat", "multiline"), True: ("ticket", "json")}
SLOT = kit.SLOT

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
        "İ": "I",
    }
)
FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "proton.me",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "icloud.com",
    "hotmail.es",
)
COMPANY_DOMAINS = (
    "halberdine.co",
    "tollgate-logistics.com",
    "mereside.org",
    "quoinworks.io",
    "brackwater.net",
    "lumenhaus.de",
)
ROLES = ("billing", "support", "hr", "payroll", "accounts", "frontdesk", "returns")


def fold(text: str) -> str:
    """``text`` without its diacritics (ł, đ, ø, ß written as plain letters)."""
    text = text.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str
    culture: str
    middle: str

    def full(self) -> str:
        if self.culture in pools.FAMILY_FIRST:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, places.Address] = field(default_factory=dict)


def _person(rng: random.Random, parity: int) -> Person:
    culture = rng.choice(tuple(pools.PERSONS))
    given_pool, surname_pool = pools.PERSONS[culture]
    given = rng.choice(pools.half(given_pool, parity))
    if rng.random() < 0.1:  # a surname from another culture
        surname_pool = pools.PERSONS[rng.choice(tuple(pools.PERSONS))][1]
    surname = rng.choice(pools.half(surname_pool, parity))
    roll = rng.random()
    if roll < 0.05 and culture not in pools.FAMILY_FIRST:
        other = rng.choice(pools.half(surname_pool, parity))
        if other != surname and "-" not in surname + other and " " not in surname + other:
            surname = f"{surname}-{other}"
    elif roll < 0.12:
        for particle, where in pools.PARTICLES:
            if where == culture:
                surname = f"{particle} {surname}"
    if rng.random() < 0.3:
        given, surname = fold(given), fold(surname)
    return Person(given, surname, culture, rng.choice("ABCDEFGHJKLMNPRSTVW"))


def _person_text(kind: str, person: Person) -> str:
    if kind == "full":
        return person.full()
    if kind == "fullm":
        if person.culture in pools.FAMILY_FIRST:
            return person.full()
        return f"{person.given} {person.middle}. {person.surname}"
    if kind == "given":
        return person.given
    if kind == "sur":
        return person.surname
    if kind == "sgiven":
        return f"{person.surname}, {person.given}"
    if kind == "init":
        return f"{person.given[0]}. {person.surname}"
    return f"{person.given} {person.surname}"  # "wfull": the person's given name is a word


def _local(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _email(ctx: Context, person: Person) -> str:
    rng = ctx.rng
    given, surname = _local(person.given), _local(person.surname.split()[-1])
    local = rng.choice(
        (
            f"{given}.{surname}",
            f"{given[0]}{surname}",
            f"{given}{surname[0]}",
            f"{surname}.{given}{rng.randint(1, 99)}",
            f"{given}_{surname}",
        )
    )
    return f"{local}@{rng.choice(FREE_MAIL + COMPANY_DOMAINS)}"


def _address(ctx: Context, idx: int) -> places.Address:
    if idx not in ctx.addresses:
        country = ctx.rng.choice(places.COUNTRIES)
        ctx.addresses[idx] = places.build(ctx.rng, country, ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, address: places.Address, rng: random.Random) -> str:
    if kind == "street":
        return address.street
    if kind == "addrml":
        lines = [address.street, *address.lines]
        if rng.random() < 0.4:
            lines.append(address.country)
        return "\n".join(lines)
    text = f"{address.street}, {address.locality}"
    return text + (f", {address.country}" if rng.random() < 0.2 else "")


PERSON_KINDS = ("full", "fullm", "given", "sur", "sgiven", "init", "wfull")
ADDRESS_KINDS = ("addr", "addrml", "street")
LOOKALIKE_POOLS: dict[str, tuple[str, ...]] = {
    "brand": la_pools.BRANDS,
    "firm2": la_pools.FIRMS2,
    "firm": la_pools.FIRMS,
    "place": la_pools.PLACES,
    "streetnn": la_pools.STREETS_NN,
    "title": la_pools.TITLES,
    "eponym": la_pools.EPONYMS,
    "dish": la_pools.DISHES,
    "day": la_pools.DAYS,
    "user": la_pools.USERS,
    "team": la_pools.TEAMS,
}
GOLD_VALUES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    "phone_us": ("PHONE_NUMBER", lambda r: values.phone(r, "us")),
    "phone_intl": ("PHONE_NUMBER", lambda r: values.phone(r, "intl")),
    "phone_ext": ("PHONE_NUMBER", lambda r: values.phone(r, "ext")),
    "ssn": ("US_SSN", values.ssn),
    "ssn_dash": ("US_SSN", lambda r: values.ssn(r, "-")),
    "ssn_bare": ("US_SSN", lambda r: values.ssn(r, "")),
    "ip4": ("IP_ADDRESS", values.ip4),
    "ip6": ("IP_ADDRESS", values.ip6),
    "ip6z": ("IP_ADDRESS", lambda r: values.ip6(r, "zone")),
    "ip6_full": ("IP_ADDRESS", lambda r: values.ip6(r, "full")),
    "ip": ("IP_ADDRESS", values.ip),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
}
WHEN = (
    "tonight",
    "tomorrow",
    "on friday",
    "this weekend",
    "next week",
    "at 7",
    "after work",
    "on sunday",
)
QUERY_WORDS: dict[str, tuple[str, ...]] = {
    "q_shop": (
        "sale",
        "discount code",
        "outlet",
        "returns policy",
        "near me",
        "stockists",
        "black friday",
    ),
    "q_firm": ("reviews", "fees", "complaints", "opening hours", "contact", "glassdoor", "careers"),
    "q_info": ("symptoms", "treatment", "explained", "wikipedia", "formula", "example", "history"),
    "q_work": (
        "ending explained",
        "cast",
        "soundtrack",
        "sequel",
        "book vs film",
        "quotes",
        "streaming",
    ),
    "q_food": ("recipe easy", "calories", "near me", "origin", "slow cooker", "vegetarian version"),
    "q_place": (
        "parking",
        "road closure",
        "bin collection day",
        "postcode",
        "roadworks",
        "bus stop",
    ),
    "q_user": ("twitch", "reddit", "youtube", "discord", "instagram", "tiktok"),
}


def _chooser(options: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(options)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "n": lambda r: str(r.randint(2, 480)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "sha7": lambda r: "".join(r.choice("0123456789abcdef") for _ in range(7)),
    "exp": lambda r: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}",
    "domain": lambda r: r.choice(
        ("relay-north.net", "brackwater.net", "quoinworks.io", "tollgate-logistics.com")
    ),
    "ts": lambda r: (
        f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "when": lambda r: r.choice(WHEN),
    "emoji": lambda r: r.choice(("", " 😂", " 🙃", " 👀", " 🔥", " 😭", " 🙌")),
    "stars": lambda r: r.choice(("★★★★★", "★★★★☆", "5/5", "4/5", "10/10", "★★☆☆☆", "3/5")),
    "yr": lambda r: str(r.randint(2019, 2027)),
    **{key: _chooser(options) for key, options in QUERY_WORDS.items()},
    "clf": lambda r: (
        f"{r.randint(1, 28):02d}/{r.choice(MONTHS)}/2026:{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
    ),
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in PERSON_KINDS:
        if idx not in ctx.persons:
            ctx.persons[idx] = _person(rng, ctx.parity)
        if base == "wfull":  # a given name that is an English word (Glory, Tulip, Bay...)
            word = rng.choice(pools.half(pools.WORD_GIVEN, ctx.parity))
            ctx.persons[idx] = Person(word, ctx.persons[idx].surname, "en", "A")
        return _person_text(base, ctx.persons[idx]), "PERSON"
    if base == "email":
        if idx not in ctx.persons:
            ctx.persons[idx] = _person(rng, ctx.parity)
        return _email(ctx, ctx.persons[idx]), "EMAIL_ADDRESS"
    if base == "emailr":
        return f"{rng.choice(ROLES)}@{rng.choice(COMPANY_DOMAINS)}", "EMAIL_ADDRESS"
    if base == "emailx":
        user = rng.choice(pools.half(la_pools.USERS, ctx.parity)).replace("-", ".")
        return f"{user}@{rng.choice(FREE_MAIL)}", "EMAIL_ADDRESS"
    if base in ADDRESS_KINDS:
        return _address_text(base, _address(ctx, idx), rng), "STREET_ADDRESS"
    if base in ("city", "postcode", "country"):
        return getattr(_address(ctx, idx), base), None
    if base in GOLD_VALUES:
        entity, make = GOLD_VALUES[base]
        return make(rng), entity
    if base in LOOKALIKE_POOLS:
        return rng.choice(pools.half(LOOKALIKE_POOLS[base], ctx.parity)), None
    return PLAIN[base](rng), None


PERSON_WORDS = frozenset(fold(w).lower() for n in GIVEN + SURNAME for w in re.split(r"[ \-']", n))
NUMBER_RUN = re.compile(r"\d[\d -]{11,24}\d")

WRITER = kit.corpus_writer(
    seed=SEED,
    out=OUT,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    extra=EXTRA,
    fill=_fill_base,
    new_context=Context,
    person_words=PERSON_WORDS,
    fold=fold,
    number_run=NUMBER_RUN,
)
render = WRITER.render
lookalike_ok = WRITER.lookalike_ok
template_table = WRITER.template_table
records = WRITER.records
lines = WRITER.lines
main = WRITER.main


if __name__ == "__main__":
    main()
