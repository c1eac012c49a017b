# ruff: noqa: RUF001, RUF002
"""Set 33: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes.

``python -m bench.redaction_corpus_set33`` writes ``data/pii/set33.jsonl`` (seed 33, byte for
byte reproducible). Templates with PII live in ``..._templates.py``, look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, structured values in ``..._values.py``. Template ids: each register and
kind has 18 consecutive ids starting at an even id, so even ids (the tuning half) and odd ids
(the held-out half) alternate; the two halves draw from disjoint pools (even or odd positions
of every pool).

The writer itself (slots, look-alike checks, counts, the file) is the shared one of
``bench/redaction_corpus_writer.py``; digits, Luhn and IBAN helpers are the shared ones of
``bench/redaction_corpus_digits.py``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set33_addresses as addresses
from bench import redaction_corpus_set33_lookalike_pools as la_pools
from bench import redaction_corpus_set33_places as places
from bench import redaction_corpus_set33_pools as pools
from bench import redaction_corpus_set33_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_set33_lookalikes import LOOKALIKES
from bench.redaction_corpus_set33_templates import TEMPLATES

SEED = 33
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set33.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers that get 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "json"), True: ("review", "multiline")}
SLOT = kit.SLOT

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
# Letters NFKD does not take apart: Turkish dotless i, Nordic ø and æ, Polish ł, đ, ß.
PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ß": "ss"}
)  # fmt: skip
FREE_MAIL = (
    "terra.com.br",
    "uol.com.br",
    "ukr.net",
    "rediffmail.com",
    "libero.it",
    "laposte.net",
    "mail.kz",
    "yahoo.com.ph",
    "inbox.lv",
    "eircom.net",
    "gmx.at",
    "ttnet.com.tr",
)
COMPANY_DOMAINS = (
    "tamarind-logistics.ph",
    "olivewood.ie",
    "cedarline.co.ke",
    "saffronport.ae",
    "hillrow.com.au",
    "quaystone.com.br",
)
ROLES = ("billing", "frontdesk", "hr", "lettings", "support", "privacy", "ops")
TITLES = ("Mr", "Ms", "Mrs", "Dr", "Prof.", "Mx")


def fold(text: str) -> str:
    """``text`` without its diacritics (ı, ø, æ, ł, đ and ß written as plain letters)."""
    text = text.translate(PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str  # with its particle (bin, ap, ferch, bint) when one is written
    culture: str
    initial: str  # a middle or father's initial
    nick: str = ""

    def full(self) -> str:
        if self.culture in pools.NO_SURNAME:
            return self.given
        if self.culture in pools.INITIAL_FIRST:
            return f"{self.surname[0]}. {self.given}"
        return f"{self.given} {self.surname}"

    def call_name(self) -> str:
        """The name a person is greeted by (a Burmese person by the whole name)."""
        return self.full() if self.culture == "my" else self.given

    def title_name(self) -> str:
        """The name written after a title (Dr, Ms, Daw, Cik)."""
        if self.culture in pools.WHOLE_NAME:
            return self.full()
        if self.culture in pools.TITLE_BY_GIVEN or self.culture in pools.NO_SURNAME:
            return self.given
        return self.surname

    def bare_surname(self) -> str:
        """The surname without a patronymic particle (for e-mail addresses and initials)."""
        words = self.surname.split()
        return words[-1] if words[0] in ("bin", "binti", "bint", "ap", "ferch") else self.surname

    def title(self, rng: random.Random) -> str:
        if self.culture == "my":
            return rng.choice(pools.BURMESE_TITLES)
        if self.culture == "ms":
            return rng.choice(("Encik", "Cik", "Puan", "Dr"))
        return rng.choice(TITLES)


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, addresses.Address] = field(default_factory=dict)


DOUBLE_SURNAME = frozenset({"fil", "br", "ak", "yo", "inv", "ka", "hy"})


def _person(rng: random.Random, parity: int) -> Person:
    culture = rng.choice(tuple(pools.PERSONS))
    given_pool, surname_pool = pools.PERSONS[culture]
    given = rng.choice(pools.half(given_pool, parity))
    surname = rng.choice(pools.half(surname_pool, parity))
    if culture in DOUBLE_SURNAME and rng.random() < 0.12:
        other = rng.choice(pools.half(surname_pool, parity))
        if other != surname and " " not in surname + other and "-" not in surname + other:
            surname = f"{surname}-{other}"
    if culture in pools.PATRONYM:
        male, female, share = pools.PATRONYM[culture]
        if rng.random() < share:
            surname = f"{female if given in pools.FEMALE else male} {surname}"
    if rng.random() < 0.25 and culture not in pools.NO_FOLD:
        given, surname = fold(given), fold(surname)
    nick = rng.choice(pools.half(pools.NICKS, parity))
    return Person(given, surname, culture, rng.choice("ABDEFHJKLMNRSTUVZ"), nick)


def _person_text(kind: str, p: Person) -> str:
    # Names that are not "given name + surname": one name, initial first, Burmese and Tibetan
    # names, a father's name after bin/binti/ap/ferch/bint (written whole).
    plain = (
        p.culture not in pools.NO_SURNAME | pools.INITIAL_FIRST | pools.WHOLE_NAME
        and p.bare_surname() == p.surname
    )
    if kind == "full":
        return p.full()
    if kind == "fullm":  # with a middle initial
        return f"{p.given} {p.initial}. {p.surname}" if plain else p.full()
    if kind == "given":
        return p.call_name()
    if kind == "first":  # a form's given-name field
        return p.given
    if kind == "last":  # a form's family-name field (a father's name for Tamil, Malay...)
        return p.bare_surname() if p.culture not in pools.NO_SURNAME else p.given
    if kind == "sur":
        return p.title_name()
    if kind == "sgiven":  # "Surname, Given"
        return f"{p.surname}, {p.given}" if plain else p.full()
    if kind == "init":
        return f"{p.given[0]}. {p.surname}" if plain else p.full()
    if kind == "init2":
        return f"{p.given[0]}.{p.initial}. {p.surname}" if plain else p.full()
    if kind == "nick":  # a nickname with the surname
        return f"{p.nick} {p.bare_surname()}" if plain else f"{p.nick} {p.given}"
    if kind == "gi":  # an e-mail display name: given name and surname initial
        return f"{p.given} {p.bare_surname()[0]}." if plain else p.full()
    return f"{p.given} {p.surname}"  # "wfull": the given name is an English word


def _local(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _email(ctx: Context, p: Person) -> str:
    rng = ctx.rng
    given = _local(p.given)
    surname = _local(p.bare_surname()) or given
    local = rng.choice(
        (
            f"{given}.{surname}",
            f"{given}{surname[0]}",
            f"{surname}_{given}",
            f"{given[0]}.{surname}{rng.randint(1, 99)}",
            f"{given}{rng.randint(1970, 2006)}",
            f"{surname}{given[:3]}",
        )
    )
    return f"{local}@{rng.choice(FREE_MAIL + COMPANY_DOMAINS)}"


def _address(ctx: Context, idx: int) -> addresses.Address:
    if idx not in ctx.addresses:
        country = ctx.rng.choice(places.COUNTRIES)
        ctx.addresses[idx] = addresses.build(ctx.rng, country, ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, a: addresses.Address, rng: random.Random) -> str:
    if kind == "street":  # a form's street field: the street line alone, on one line
        return a.street.replace("\n", ", ")
    if kind == "addrml":
        lines = [*a.street.split("\n"), *a.lines]
        if rng.random() < 0.35:
            lines.append(a.country.upper() if rng.random() < 0.5 else a.country)
        return "\n".join(lines)
    text = f"{a.street.replace(chr(10), ', ')}, {a.locality}"
    return text + (f", {a.country}" if rng.random() < 0.25 else "")


PERSON_KINDS = ("full", "fullm", "given", "first", "last", "sur", "sgiven", "init", "init2",
                "nick", "gi", "wfull")  # fmt: skip
ADDRESS_KINDS = ("addr", "addrml", "street")
LOOKALIKE_POOLS: dict[str, tuple[str, ...]] = {
    "brand": la_pools.BRANDS,
    "firm2": la_pools.FIRMS2,
    "firm": la_pools.FIRMS,
    "place": la_pools.PLACES,
    "streetnn": la_pools.STREETS_NN,
    "work": la_pools.TITLES,
    "eponym": la_pools.EPONYMS,
    "dish": la_pools.DISHES,
    "day": la_pools.DAYS,
    "user": la_pools.USERS,
    "team": la_pools.TEAMS,
    "vessel": la_pools.VESSELS,
    "product": la_pools.PRODUCTS,
    "pet": la_pools.PETS,
    "bot": la_pools.BOTS,
    "character": la_pools.CHARACTERS,
    "award": la_pools.AWARDS,
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
WHEN = ("amanhã", "bukas", "esok", "yarın", "tonight", "this arvo", "b4 lunch", "asap", "sat")
QUERIES: dict[str, tuple[str, ...]] = {
    "q_shop": ("discount code", "review", "near me", "outlet", "dupe", "warranty claim",
               "size guide", "black friday", "refurbished", "stockists", "returns", "price"),
    "q_firm": ("complaints", "glassdoor", "careers", "head office", "solicitors fees", "hours",
               "contact", "bankrupt", "owner", "linkedin", "lawsuit", "pricing"),
    "q_place": ("weather", "how to get to", "camping", "map", "history", "population",
                "hotels", "bus timetable", "webcam", "postcode", "tides", "events"),
    "q_work": ("summary", "ending explained", "cast", "quotes", "sparknotes", "sequel",
               "book vs movie", "soundtrack", "where to watch", "lyrics", "pdf", "review"),
    "q_info": ("symptoms", "treatment", "definition", "example", "wikipedia", "criticism",
               "formula", "in software", "cure", "meaning", "simple explanation", "history"),
    "q_food": ("recipe", "calories", "near me", "vegan", "air fryer", "origin",
               "authentic", "how to make", "receita", "tarifi", "resepi", "easy"),
    "q_event": ("path", "live tracker", "damage", "wind speed", "odds", "satellite",
                "evacuation", "rainfall", "winner", "date 2026", "traditions", "holiday"),
}  # fmt: skip


def _chooser(options: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(options)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "syslog": lambda r: (
        f"{r.choice(MONTHS)} {r.randint(1, 28):>2} {r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    ),
    "clf": lambda r: (
        f"{r.randint(1, 28):02d}/{r.choice(MONTHS)}/2026:{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(('-0300', '+0530', '+0800'))}"
    ),
    "when": lambda r: r.choice(WHEN),
    "emoji": lambda r: r.choice(("", "", " 🙏", " 😅", " 👀", " 🥲", " 🔥", " 🤝", " 😂")),
    "stars": lambda r: r.choice(("5/5", "1/5", "★★★★☆", "★★☆☆☆", "10/10", "3 stars", "⭐")),
    **{key: _chooser(options) for key, options in QUERIES.items()},
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in PERSON_KINDS or base in ("title", "email"):
        if idx not in ctx.persons:
            ctx.persons[idx] = _person(rng, ctx.parity)
        if base == "wfull":  # a given name that is an English word (Clary, Plum...)
            word = rng.choice(pools.half(pools.WORD_GIVEN, ctx.parity))
            surname = rng.choice(pools.half(pools.PERSONS["cy"][1], ctx.parity))
            ctx.persons[idx] = Person(word, surname, "cy", "R")
        person = ctx.persons[idx]
        if base == "title":
            return person.title(rng), None
        if base == "email":
            return _email(ctx, person), "EMAIL_ADDRESS"
        return _person_text(base, person), "PERSON"
    if base == "emailr":
        return f"{rng.choice(ROLES)}@{rng.choice(COMPANY_DOMAINS)}", "EMAIL_ADDRESS"
    if base == "emailx":
        handle = re.sub(r"[^a-z0-9._]", "", rng.choice(pools.half(la_pools.USERS, ctx.parity)))
        return f"{handle}@{rng.choice(FREE_MAIL)}", "EMAIL_ADDRESS"
    if base in ADDRESS_KINDS:
        return _address_text(base, _address(ctx, idx), rng), "STREET_ADDRESS"
    if base in ("city", "postcode", "country"):
        return getattr(_address(ctx, idx), base), None
    if base in GOLD_VALUES:
        entity, make = GOLD_VALUES[base]
        return make(rng), entity
    if base in LOOKALIKE_POOLS:
        return rng.choice(pools.half(LOOKALIKE_POOLS[base], ctx.parity)), None
    if base == "wordgiven":  # an English-word given name used as a word
        return rng.choice(pools.half(pools.WORD_GIVEN, ctx.parity)), None
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
