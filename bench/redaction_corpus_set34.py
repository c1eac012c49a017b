# ruff: noqa: RUF001, RUF002, RUF003
"""Set 34: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes.

``python -m bench.redaction_corpus_set34`` writes ``data/pii/set34.jsonl`` (seed 34, byte for
byte reproducible). Templates with PII live in ``..._templates.py`` (about half of them also
carry look-alikes next to the real PII), all-negative look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, structured values and number-like look-alikes in ``..._values.py``.
Template ids: each register and kind has 18 consecutive ids starting at an even id, so even
ids (the tuning half) and odd ids (the held-out half) alternate; the halves draw from
disjoint pools (even or odd positions of every pool).

The file writer is the shared one of ``bench/redaction_corpus_writer.py``; digits, Luhn and
IBAN helpers are the shared ones of ``bench/redaction_corpus_digits.py``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set34_addresses as addresses
from bench import redaction_corpus_set34_lookalike_pools as la_pools
from bench import redaction_corpus_set34_places as places
from bench import redaction_corpus_set34_pools as pools
from bench import redaction_corpus_set34_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_set34_lookalikes import LOOKALIKES
from bench.redaction_corpus_set34_templates import TEMPLATES

SEED = 34
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set34.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers that get 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("chat", "log"), True: ("search", "json")}
SLOT = kit.SLOT

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
# Letters that NFKD leaves whole: Icelandic þ, ð, æ; Croatian đ; Turkish-style ı; Polish ł.
ASCII_LETTERS = str.maketrans(
    {"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae", "đ": "dj", "Đ": "Dj",
     "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"}
)  # fmt: skip
FREE_MAIL = ("naver.com", "163.com", "hotmail.co.th", "yandex.kz", "mail.ee", "inbox.lt",
             "seznam.cz", "wp.pl", "freemail.hu", "walla.co.il", "proton.me", "outlook.com.gr",
             "mweb.co.za", "xtra.co.nz", "ymail.com", "gmail.com")  # fmt: skip
COMPANY_DOMAINS = ("lists.kestrelfreight.co.nz", "hr.tamboril-energia.pe", "mail.fjordlinje.no",
                   "corp.saltpan.co.za", "staff.lumenhaus.ch", "eu.orvado.io")  # fmt: skip
ROLES = ("payroll", "claims", "disputes", "bookings", "rentals", "dispatch", "noreply-hr")
PLUS_TAGS = ("+bank", "+rent", "+hr", "+2026", "+promo", "+clinic")
TITLES = ("Mr", "Ms", "Mrs", "Dr", "Mx", "Prof")


def fold(text: str) -> str:
    """``text`` without diacritics (þ, ð, æ, đ, ı, ł, ø and ß spelt in plain letters)."""
    text = text.translate(ASCII_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str  # a father's name for Amharic/Tigrinya, Somali and Mongolian people
    culture: str
    nick: str

    def full(self) -> str:
        if self.culture in pools.INITIAL_FIRST:
            return f"{self.surname[0]}. {self.given}"
        if self.culture in pools.FAMILY_FIRST:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    def plain(self) -> bool:
        """Whether the name reads "given surname" (so initials and "Surname, Given" apply)."""
        return self.culture not in pools.INITIAL_FIRST | pools.FAMILY_FIRST

    def after_title(self) -> str:
        return self.given if self.culture in pools.TITLE_BY_GIVEN else self.surname.split()[0]

    def title(self, rng: random.Random) -> str:
        return rng.choice(pools.CULTURE_TITLES.get(self.culture, TITLES))


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, addresses.Address] = field(default_factory=dict)


def _female(name: str) -> bool:
    return name.endswith(pools.FEMALE_ENDINGS)


def _new_person(rng: random.Random, parity: int) -> Person:
    culture = rng.choice(tuple(pools.PERSONS))
    given_pool, surname_pool = (pools.half(p, parity) for p in pools.PERSONS[culture])
    given = rng.choice(given_pool)
    if culture in pools.GENDERED:
        fits = [s for s in surname_pool if _female(s) == (given in pools.FEMALE)]
        surname_pool = fits or surname_pool
    surname = rng.choice(surname_pool)
    if rng.random() < pools.SECOND_NAME.get(culture, 0.0):
        second = rng.choice(surname_pool)
        surname = surname if second == surname else f"{surname} {second}"
    if rng.random() < 0.3:  # typed without diacritics
        given, surname = fold(given), fold(surname)
    return Person(given, surname, culture, rng.choice(pools.half(pools.NICKS, parity)))


def _name(kind: str, p: Person) -> str:
    if kind == "full":
        return p.full()
    if kind == "given":
        return p.given
    if kind == "first":  # a form's given-name field
        return p.given
    if kind == "last":  # a form's family-name or father's-name field
        return p.surname
    if kind == "sur":  # after a title
        return p.after_title()
    if kind == "sgiven":
        return f"{p.surname}, {p.given}" if p.plain() else p.full()
    if kind == "init":
        return f"{p.given[0]}. {p.surname}" if p.plain() else p.full()
    if kind == "nick":  # a Thai-style nickname before the given name or surname
        return f"{p.nick} {p.surname if p.culture == 'th' else p.given}"
    if kind == "gi":  # a display name: given name and the surname's initial
        return f"{p.given} {p.surname[0]}." if p.plain() else p.full()
    raise KeyError(kind)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _email(rng: random.Random, p: Person) -> str:
    given, surname = _ascii(p.given), _ascii(p.surname.split()[0])
    local = rng.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given[0]}",
                        f"{given}_{surname}{rng.randint(1, 99)}", f"{given}{rng.choice(PLUS_TAGS)}",
                        f"{surname}{given[:2]}"))  # fmt: skip
    return f"{local}@{rng.choice(FREE_MAIL + COMPANY_DOMAINS)}"


def _address(ctx: Context, idx: int) -> addresses.Address:
    if idx not in ctx.addresses:
        ctx.addresses[idx] = addresses.build(ctx.rng, ctx.rng.choice(places.COUNTRIES), ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, a: addresses.Address, rng: random.Random) -> str:
    if kind == "street":  # a split field: the street line alone
        return a.street.replace("\n", ", ")
    if kind == "addrml":
        lines = [*a.street.split("\n"), *a.lines]
        if rng.random() < 0.4:
            lines.append(a.country.upper())
        return "\n".join(lines)
    tail = f", {a.country}" if rng.random() < 0.2 else ""
    return f"{a.street.replace(chr(10), ', ')}, {a.locality}{tail}"


NAME_KINDS = ("full", "given", "first", "last", "sur", "sgiven", "init", "nick", "gi")
ADDRESS_KINDS = ("addr", "addrml", "street")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "firm": la_pools.FIRMS,
    "brand": la_pools.BRANDS,
    "place": la_pools.PLACES,
    "streetnn": la_pools.STREETS_NN,
    "eponym": la_pools.EPONYMS,
    "award": la_pools.AWARDS,
    "vessel": la_pools.VESSELS,
    "character": la_pools.CHARACTERS,
    "day": la_pools.DAYS,
    "work": la_pools.TITLES,
    "dish": la_pools.DISHES,
    "bot": la_pools.BOTS,
    "pet": la_pools.PETS,
    "team": la_pools.TEAMS,
    "user": la_pools.USERS,
}
GOLD: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    **{f"phone_{k}": ("PHONE_NUMBER", partial(values.phone, kind=k))
       for k in ("us", "intl", "local", "ext", "wa", "dots")},
    "ssn": ("US_SSN", values.ssn),
    **{f"ssn_{k}": ("US_SSN", partial(values.ssn, sep=sep))
       for k, sep in (("dash", "-"), ("sp", " "), ("dot", "."), ("bare", ""))},
    "ip4": ("IP_ADDRESS", values.ip4),
    "ip6": ("IP_ADDRESS", values.ip6),
    **{f"ip6_{k}": ("IP_ADDRESS", partial(values.ip6, form=k))
       for k in ("full", "strip", "upper", "v4", "zone")},
    "ip": ("IP_ADDRESS", values.ip),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
}  # fmt: skip
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "emoji": lambda r: r.choice(("", "", " 🙌", " 🤞", " 😬", " ✅", " 🚗", " 📦", " 🙃")),
    "stars": lambda r: r.choice(("★☆☆☆☆", "★★★★★", "4.5/5", "2/5", "1 star", "5 stars")),
    "when": lambda r: r.choice(("tmrw", "by 6", "after iftar", "b4 noon", "this wknd", "mañana")),
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in NAME_KINDS or base in ("title", "email"):
        if idx not in ctx.persons:
            ctx.persons[idx] = _new_person(rng, ctx.parity)
        person = ctx.persons[idx]
        if base == "title":
            return person.title(rng), None
        if base == "email":
            return _email(rng, person), "EMAIL_ADDRESS"
        return _name(base, person), "PERSON"
    if base == "emailr":
        return f"{rng.choice(ROLES)}@{rng.choice(COMPANY_DOMAINS)}", "EMAIL_ADDRESS"
    if base == "emailx":
        handle = rng.choice(pools.half(la_pools.USERS, ctx.parity))
        return f"{handle}@{rng.choice(FREE_MAIL)}", "EMAIL_ADDRESS"
    if base in ADDRESS_KINDS:
        return _address_text(base, _address(ctx, idx), rng), "STREET_ADDRESS"
    if base in ("city", "postcode", "country"):
        return getattr(_address(ctx, idx), base), None
    if base in GOLD:
        entity, make = GOLD[base]
        return make(rng), entity
    if base in NAME_LIKE:
        return rng.choice(pools.half(NAME_LIKE[base], ctx.parity)), None
    return PLAIN[base](rng), None


PERSON_WORDS = frozenset(
    fold(w).lower()
    for n in GIVEN + SURNAME + list(pools.NICKS)
    for w in re.findall(r"[^\W\d_]+", n)
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
