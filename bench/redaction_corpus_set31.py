"""Set 31: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes.

``python -m bench.redaction_corpus_set31`` writes ``data/pii/set31.jsonl`` (seed 31, byte for
byte reproducible). Templates with PII live in ``..._templates.py``, look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, structured values in ``..._values.py``. Template ids: each register and
kind has 18 consecutive ids starting at an even id, so even ids (the tuning half) and odd ids
(the held-out half) alternate; the two halves draw from disjoint pools (even or odd positions
of every pool).

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
from bench import redaction_corpus_set31_addresses as addresses
from bench import redaction_corpus_set31_lookalike_pools as la_pools
from bench import redaction_corpus_set31_places as places
from bench import redaction_corpus_set31_pools as pools
from bench import redaction_corpus_set31_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_set31_lookalikes import LOOKALIKES
from bench.redaction_corpus_set31_templates import TEMPLATES

SEED = 31
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set31.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers that get 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "json"), True: ("review", "multiline")}
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
        "Æ": "Ae",
        "ß": "ss",
        "ı": "i",
        "İ": "I",
    }
)
FREE_MAIL = (
    "gmail.com",
    "yahoo.com.br",
    "yandex.ru",
    "hotmail.com.tr",
    "outlook.ph",
    "yahoo.com.vn",
    "qq.com",
    "centrum.cz",
    "o2.pl",
    "bol.com.br",
    "icloud.com",
    "zoho.in",
)
COMPANY_DOMAINS = (
    "kestrelway.io",
    "bluefen-cargo.com",
    "tallgrass.org",
    "quaymark.co.uk",
    "pinewick.com.au",
    "harbourpine.ie",
)
ROLES = ("billing", "support", "hr", "refunds", "lettings", "dispatch", "privacy")


def fold(text: str) -> str:
    """``text`` without its diacritics (ł, đ, ø, ß and the dotless i written as plain letters)."""
    text = text.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str
    culture: str
    middle: str
    given_first: bool = False  # a Chinese name written given name first

    def full(self) -> str:
        if self.culture in pools.INITIAL_FIRST:
            return f"{self.surname[0]}. {self.given}"
        if self.culture in pools.FAMILY_FIRST and not self.given_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    def call_name(self) -> str:
        """The name a person is greeted by: the last syllable of a Vietnamese given name."""
        return self.given.split()[-1] if self.culture == "vi" else self.given

    def title_name(self) -> str:
        """The name written after a title (Mr, Dr, Ms)."""
        if self.culture in pools.INITIAL_FIRST or self.culture == "vi":
            return self.call_name()
        if self.culture == "ar" and " " in self.surname:
            return self.surname.split()[-1]
        return self.surname


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, addresses.Address] = field(default_factory=dict)


HYPHEN_CULTURES = frozenset({"tr", "pl", "yo", "eu", "inv", "ka"})


def _person(rng: random.Random, parity: int) -> Person:
    culture = rng.choice(tuple(pools.PERSONS))
    given_pool, surname_pool = pools.PERSONS[culture]
    given = rng.choice(pools.half(given_pool, parity))
    if rng.random() < 0.1 and culture in HYPHEN_CULTURES:  # a surname from another culture
        surname_pool = pools.PERSONS[rng.choice(sorted(HYPHEN_CULTURES))][1]
    surname = rng.choice(pools.half(surname_pool, parity))
    if rng.random() < 0.08 and culture in HYPHEN_CULTURES:
        other = rng.choice(pools.half(surname_pool, parity))
        if other != surname and not {"-", " "} & set(surname + other):
            surname = f"{surname}-{other}"
    if rng.random() < 0.25 and culture not in pools.NO_FOLD:
        given, surname = fold(given), fold(surname)
    given_first = culture == "zh" and rng.random() < pools.GIVEN_FIRST_SHARE
    return Person(given, surname, culture, rng.choice("ABCDEFGHJKLMNPRSTVW"), given_first)


def _person_text(kind: str, person: Person) -> str:
    if kind == "full":
        return person.full()
    if kind == "fullm":
        if person.culture in {"vi", "zh", "ta", "ar"}:
            return person.full()
        return f"{person.given} {person.middle}. {person.surname}"
    if kind == "given":
        return person.call_name()
    if kind == "first":  # a form's given-name field: the whole given name
        return person.given
    if kind == "last":  # a form's family-name field (a Tamil father's name, an Arabic nasab)
        return person.surname
    if kind == "sur":
        return person.title_name()
    if kind == "sgiven":
        if person.culture in pools.INITIAL_FIRST:
            return f"{person.given} {person.surname[0]}."
        return f"{person.surname}, {person.given}"
    if kind == "init":
        if person.culture in {"vi", "zh", "ta"}:
            return person.full()
        return f"{person.given[0]}. {person.title_name()}"
    return f"{person.given} {person.surname}"  # "wfull": the person's given name is a word


def _local(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _email(ctx: Context, person: Person) -> str:
    rng = ctx.rng
    given = _local(person.call_name())
    surname = _local(person.surname.split()[-1])
    local = rng.choice(
        (
            f"{given}.{surname}",
            f"{given[0]}{surname}",
            f"{surname}.{given}",
            f"{given}_{surname}{rng.randint(1, 99)}",
            f"{given}{rng.randint(80, 99)}",
            f"{surname}{given[0]}",
        )
    )
    return f"{local}@{rng.choice(FREE_MAIL + COMPANY_DOMAINS)}"


def _address(ctx: Context, idx: int) -> addresses.Address:
    if idx not in ctx.addresses:
        country = ctx.rng.choice(places.COUNTRIES)
        ctx.addresses[idx] = addresses.build(ctx.rng, country, ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, address: addresses.Address, rng: random.Random) -> str:
    if kind == "street":
        return address.street
    if kind == "addrml":
        lines = [address.street, *address.lines]
        if rng.random() < 0.3:
            lines.append(address.country.upper() if rng.random() < 0.5 else address.country)
        return "\n".join(lines)
    text = f"{address.street}, {address.locality}"
    return text + (f", {address.country}" if rng.random() < 0.2 else "")


PERSON_KINDS = ("full", "fullm", "given", "sur", "sgiven", "init", "first", "last", "wfull")
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
    "vessel": la_pools.VESSELS,
    "product": la_pools.PRODUCTS,
}
GOLD_VALUES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    "phone_us": ("PHONE_NUMBER", lambda r: values.phone(r, "us")),
    "phone_intl": ("PHONE_NUMBER", lambda r: values.phone(r, "intl")),
    "phone_local": ("PHONE_NUMBER", lambda r: values.phone(r, "local")),
    "phone_ext": ("PHONE_NUMBER", lambda r: values.phone(r, "ext")),
    "ssn": ("US_SSN", values.ssn),
    "ssn_dash": ("US_SSN", lambda r: values.ssn(r, "-")),
    "ssn_sp": ("US_SSN", lambda r: values.ssn(r, " ")),
    "ssn_dot": ("US_SSN", lambda r: values.ssn(r, ".")),
    "ssn_bare": ("US_SSN", lambda r: values.ssn(r, "")),
    "ip4": ("IP_ADDRESS", values.ip4),
    "ip6": ("IP_ADDRESS", values.ip6),
    "ip6z": ("IP_ADDRESS", lambda r: values.ip6(r, "zone")),
    "ip6_full": ("IP_ADDRESS", lambda r: values.ip6(r, "full")),
    "ip6_strip": ("IP_ADDRESS", lambda r: values.ip6(r, "strip")),
    "ip6_uc": ("IP_ADDRESS", lambda r: values.ip6(r, "upper")),
    "ip6_v4": ("IP_ADDRESS", lambda r: values.ip6(r, "v4")),
    "ip": ("IP_ADDRESS", values.ip),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
}
WHEN = ("tmrw", "tonite", "on sun", "after work", "at 7", "this wkend", "ltr", "b4 lunch")
QUERY_WORDS: dict[str, tuple[str, ...]] = {
    "q_shop": ("sale", "discount code", "stockists", "returns policy", "outlet", "dupe", "sizes",
               "review", "black friday", "gift set", "made where", "near me"),
    "q_firm": ("reviews", "opening hours", "complaints", "careers", "fees", "contact",
               "glassdoor", "parking", "owner", "insolvency", "head office", "jobs"),
    "q_place": ("weather", "parking", "hotels", "map", "webcam", "tide times", "walks",
                "history", "population", "bus times", "camping", "airbnb"),
    "q_work": ("ending explained", "cast", "sequel", "quotes", "audiobook", "summary",
               "filming locations", "soundtrack", "book vs film", "reddit", "age rating",
               "study guide"),
    "q_info": ("explained", "pdf", "wikipedia", "example", "proof", "criticism", "symptoms",
               "diagram", "history", "calculator", "vs", "lecture"),
    "q_food": ("recipe", "calories", "vegan", "origin", "slow cooker", "near me", "wine",
               "air fryer", "freeze", "easy", "history", "gluten free"),
    "q_news": ("latest", "path", "live tracker", "news", "photos", "odds", "damage", "schedule",
               "wiki", "map", "crew", "where now"),
    "q_tech": ("not responding", "reset", "manual", "firmware", "offline", "review",
               "battery life", "setup", "vs", "keeps disconnecting", "price", "recall"),
    "q_cloud": ("functions", "blob storage", "devops", "key vault", "vm", "cdn", "front door",
                "sql", "backup", "dns", "monitor", "openai"),
}  # fmt: skip


def _chooser(options: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(options)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "ts": lambda r: (
        f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}"
    ),
    "syslog": lambda r: (
        f"{r.choice(MONTHS)} {r.randint(1, 28):>2} {r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    ),
    "clf": lambda r: (
        f"{r.randint(1, 28):02d}/{r.choice(MONTHS)}/2026:{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0{r.choice('3578')}00"
    ),
    "when": lambda r: r.choice(WHEN),
    "emoji": lambda r: r.choice(("", " 😂", " 🥲", " 👀", " 🙃", " 🔥", " 😩", " 🤞")),
    "stars": lambda r: r.choice(("⭐⭐⭐⭐⭐", "⭐⭐", "5/5", "3/5", "8/10", "★★★★☆", "1 star")),
    "yr": lambda r: str(r.randint(2024, 2027)),
    **{key: _chooser(options) for key, options in QUERY_WORDS.items()},
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in PERSON_KINDS:
        if idx not in ctx.persons:
            ctx.persons[idx] = _person(rng, ctx.parity)
        if base == "wfull":  # a given name that is an English word (Azure, Hawk...)
            word = rng.choice(pools.half(pools.WORD_GIVEN, ctx.parity))
            surname = rng.choice(pools.half(pools.PERSONS["cy"][1], ctx.parity))
            ctx.persons[idx] = Person(word, surname, "cy", "A")
        return _person_text(base, ctx.persons[idx]), "PERSON"
    if base == "email":
        if idx not in ctx.persons:
            ctx.persons[idx] = _person(rng, ctx.parity)
        return _email(ctx, ctx.persons[idx]), "EMAIL_ADDRESS"
    if base == "emailr":
        return f"{rng.choice(ROLES)}@{rng.choice(COMPANY_DOMAINS)}", "EMAIL_ADDRESS"
    if base == "emailx":
        user = rng.choice(pools.half(la_pools.USERS, ctx.parity)).replace(".", "_")
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


PERSON_WORDS = (
    frozenset(fold(w).lower() for n in GIVEN + SURNAME for w in re.findall(r"[^\W\d_]+", n))
    - pools.PARTICLE_WORDS
)
NUMBER_RUN = kit.NUMBER_RUN

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
)
render = WRITER.render
lookalike_ok = WRITER.lookalike_ok
template_table = WRITER.template_table
records = WRITER.records
lines = WRITER.lines
main = WRITER.main


if __name__ == "__main__":
    main()
