# ruff: noqa: RUF001, RUF002, E501
"""Set 38: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on people dealing with people through a platform: classifieds and second-hand
marketplaces, private landlords and flatshares, neighbourhood forums, sports clubs, gyms and
leagues, faith and community groups, weddings, parties and RSVPs, family notices (births,
obituaries, funerals), tutoring, childcare, pet-sitting and handyman marketplaces, gaming and
Discord-style chat, creator and fan platforms, crowdfunding and group purchases,
lost-and-found, carpooling.

``python -m bench.redaction_corpus_set38`` writes ``data/pii/set38.jsonl`` (seed 38, byte for
byte reproducible). PII templates are in ``..._templates.py`` (about two thirds of them also
carry look-alikes next to the real PII), all-negative look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, phones, SSNs, IPs, cards, IBANs and number-like look-alikes in
``..._values.py``. Template ids run in blocks of 18 per register and kind, each block starting
at an even id, so even ids (the tuning half) and odd ids (the held-out half) alternate; the
halves draw from disjoint pools (even or odd positions of every pool). The PII templates come
in pairs (an even and the next odd one) that hold the same entity types, so the halves get
about the same mix.

The file writer is the shared ``bench/redaction_corpus_writer.py``; digits, Luhn and IBAN
helpers are the shared ``bench/redaction_corpus_digits.py``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from bench import redaction_corpus_set38_addresses as addresses
from bench import redaction_corpus_set38_lookalike_pools as la_pools
from bench import redaction_corpus_set38_places as places
from bench import redaction_corpus_set38_pools as pools
from bench import redaction_corpus_set38_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok
from bench.redaction_corpus_set38_lookalikes import LOOKALIKES
from bench.redaction_corpus_set38_templates import TEMPLATES

SEED = 38
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set38.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 18
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("chat", "json"), True: ("search", "multiline")}
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([23]))?\}")

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
MIDDLE: list[str] = [m for pair in pools.MIDDLE.values() for ms in pair for m in ms]
ASCII_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae"}
)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                 "icloud.com", "aol.com", "proton.me", "yahoo.co.in", "gmx.net", "web.de", "free.fr",
                 "virgilio.it", "bol.com.br", "naver.com", "yandex.ru", "onet.pl", "yahoo.com.ph",
                 "mail.com")  # fmt: skip
# Invented club and community domains (checked against the texts of sets 13-37).
COMMUNITY_DOMAINS = ("northfieldharriers.org", "lakesidetennis.club", "oakhollowchurch.org",
                     "greenlanesallotments.org.uk", "brightwoodpta.org", "tidewaterchess.club",
                     "meadowbankfc.co.uk", "kilnroadmakers.space", "cedarlanecoop.org",
                     "pinecrestswim.club")  # fmt: skip
ROLE_BOXES = ("secretary", "treasurer", "bookings", "membership", "hello", "rsvp", "fixtures",
              "support", "trust-safety", "lostandfound", "rides", "admin")  # fmt: skip
TITLES = ("Mr", "Ms", "Mrs", "Miss", "Dr", "Mx", "Coach", "Pastor")
LOCAL_TITLES: dict[str, tuple[str, ...]] = {
    "hi": ("Don", "Doña", "Sr."), "br": ("Seu", "Dona", "Sr."), "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"), "it": ("Sig.", "Sig.ra"), "in": ("Shri", "Smt.", "Dr."),
    "ng": ("Chief", "Alhaji", "Mrs"), "gh": ("Auntie", "Mr"), "pl": ("Pan", "Pani"),
    "th": ("Khun",), "fil": ("Tita", "Mang"), "ar": ("Ustaz", "Dr."), "nl": ("dhr.", "mevr."),
}  # fmt: skip
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTW"


def fold(text: str) -> str:
    """``text`` in plain letters: diacritics dropped, ı ł ß đ ø æ spelt out."""
    text = text.translate(ASCII_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str  # the family name; two surnames or a hyphenated one included
    culture: str
    nick: str
    middle: str = ""  # a patronymic or a Vietnamese middle name
    family_first: bool = False
    second_initial: str = ""

    def full(self) -> str:
        if self.family_first:
            return " ".join(w for w in (self.surname, self.middle, self.given) if w)
        return " ".join(w for w in (self.given, self.middle, self.surname) if w)

    def last_first(self) -> str:
        """``Surname, Given`` as on rosters, team sheets and exports."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname}, {self.given}{middle}"

    def caps_first(self) -> str:
        """``SURNAME Given`` as on forms and notices."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname.upper()} {self.given}{middle}"

    def initials(self) -> str:
        if self.family_first:
            return self.full()
        if self.second_initial:
            return f"{self.given[0]}. {self.second_initial}. {self.surname}"
        return f"{self.given[0]}. {self.surname}"

    def short(self) -> str:
        """``Given S.`` as in marketplace and chat display names."""
        return self.full() if self.family_first else f"{self.given} {self.surname[0]}."

    def title(self, rng: random.Random) -> str:
        return rng.choice(LOCAL_TITLES.get(self.culture, TITLES))


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, addresses.Address] = field(default_factory=dict)


def _fits(surname: str, female: bool) -> bool:
    """Whether a gendered culture's surname fits the given name's gender."""
    return surname not in (pools.MALE_SURNAMES if female else pools.FEMALE_SURNAMES)


def _new_person(rng: random.Random, parity: int) -> Person:
    cultures = tuple(pools.PERSONS)
    culture = rng.choices(cultures, weights=[pools.WEIGHTS[c] for c in cultures])[0]
    given_pool, surname_pool = (pools.half(p, parity) for p in pools.PERSONS[culture])
    given = rng.choice(given_pool)
    female = given in pools.FEMALE
    if culture in ("ru", "pl", "cz"):
        surname_pool = [s for s in surname_pool if _fits(s, female)] or surname_pool
    surname = rng.choice(surname_pool)
    if rng.random() < pools.SECOND_SURNAME.get(culture, 0.0):
        other = rng.choice(surname_pool)
        surname = surname if other == surname else f"{surname} {other}"
    elif rng.random() < pools.HYPHENATED.get(culture, 0.0):
        other = rng.choice(surname_pool)
        surname = surname if other == surname else f"{surname}-{other}"
    middle = ""
    if culture in pools.MIDDLE and rng.random() < pools.MIDDLE_SHARE[culture]:
        middle = rng.choice(pools.half(pools.MIDDLE[culture][female], parity))
    family_first = rng.random() < pools.FAMILY_FIRST.get(culture, 0.0)
    second = rng.choice(INITIAL_LETTERS) if rng.random() < 0.35 else ""
    if rng.random() < 0.25:  # typed on a phone keyboard without the diacritics
        given, surname, middle = fold(given), fold(surname), fold(middle)
    nick = rng.choice(pools.half(pools.NICKS, parity))
    return Person(given, surname, culture, nick, middle, family_first, second)


def _name(kind: str, p: Person) -> str:
    shapes: dict[str, Callable[[], str]] = {
        "full": p.full,
        "given": lambda: p.given,
        "last": lambda: p.surname,
        "lf": p.last_first,
        "sg": p.caps_first,
        "init": p.initials,
        "gi": p.short,
        "nick": lambda: p.nick,
    }
    return shapes[kind]()


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _local_part(rng: random.Random, p: Person, community: bool) -> str:
    given = _ascii(p.given)
    surname = _ascii(p.surname.replace("-", " ").split()[-1])
    if community:
        return rng.choice(
            (f"{given}.{surname}", f"{given}", f"{given[0]}.{surname}", f"{given}{surname[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}.{given}",
                       f"{given[0]}{surname}{rng.randint(80, 99)}", f"{given}_{surname[:3]}", f"{given}{rng.randint(1975, 2009)}",
                       f"{surname}{given[0]}"))  # fmt: skip


def _email(rng: random.Random, p: Person, community: bool) -> str:
    domain = rng.choice(COMMUNITY_DOMAINS if community else PERSONAL_MAIL)
    return f"{_local_part(rng, p, community)}@{domain}"


def _address(ctx: Context, idx: int) -> addresses.Address:
    if idx not in ctx.addresses:
        ctx.addresses[idx] = addresses.build(ctx.rng, ctx.rng.choice(places.COUNTRIES), ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, a: addresses.Address, rng: random.Random) -> str:
    if kind == "street":  # a JSON field, a log field, a chat line or a search: the street alone
        return a.street.replace("\n", ", ")
    if kind == "addrml":
        lines = [*a.street.split("\n"), *a.lines]
        if rng.random() < 0.35:
            lines.append(a.country)
        return "\n".join(lines)
    tail = f", {a.country}" if rng.random() < 0.3 else ""
    return f"{a.street.replace(chr(10), ', ')}, {a.locality}{tail}"


NAME_KINDS = ("full", "given", "last", "lf", "sg", "init", "gi", "nick")
ADDRESS_KINDS = ("addr", "addrml", "street")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "team": la_pools.TEAMS,
    "venue": la_pools.VENUES,
    "band": la_pools.BANDS,
    "brand": la_pools.BRANDS,
    "pet": la_pools.PETS,
    "handle": la_pools.HANDLES,
    "place": la_pools.PLACES,
    "opener": la_pools.OPENERS,
    "word": la_pools.WORDS,
}
GOLD: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    **{f"phone_{k}": ("PHONE_NUMBER", partial(values.phone, kind=k))
       for k in ("us", "dots", "bare", "ext", "intl")},
    "ssn": ("US_SSN", values.ssn),
    **{f"ssn_{k}": ("US_SSN", partial(values.ssn, sep=sep))
       for k, sep in (("dash", "-"), ("sp", " "), ("bare", ""), ("dot", "."))},
    "ip4": ("IP_ADDRESS", values.ip4),
    "ip6": ("IP_ADDRESS", values.ip6),
    **{f"ip6_{k}": ("IP_ADDRESS", partial(values.ip6, form=k))
       for k in ("full", "plain", "upper", "v4", "zone")},
    "ip": ("IP_ADDRESS", values.ip),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
}  # fmt: skip
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "emoji": lambda r: r.choice(("", "", "", "🐶", "⚽", "💯", "🙏", "❤️", "😂")),
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★☆☆☆☆", "5/5", "2/5", "4.5/5", "10/10")
    ),
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in NAME_KINDS or base in ("title", "email", "cmail"):
        if idx not in ctx.persons:
            ctx.persons[idx] = _new_person(rng, ctx.parity)
        person = ctx.persons[idx]
        if base == "title":
            return person.title(rng), None
        if base in ("email", "cmail"):
            return _email(rng, person, base == "cmail"), "EMAIL_ADDRESS"
        return _name(base, person), "PERSON"
    if base == "emailr":
        return f"{rng.choice(ROLE_BOXES)}@{rng.choice(COMMUNITY_DOMAINS)}", "EMAIL_ADDRESS"
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


PERSON_WORDS = (
    frozenset(
        fold(w).lower()
        for n in GIVEN + SURNAME + MIDDLE + list(pools.NICKS)
        for w in re.findall(r"[^\W\d_]+", n)
    )
    - pools.PARTICLE_WORDS
)
NUMBER_RUN = re.compile(r"\d[\d .-]{11,26}\d")

WRITER = writer.CorpusWriter(
    seed=SEED,
    out=OUT,
    registers=REGISTERS,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    per_kind=PER_KIND,
    extra=EXTRA,
    slot=SLOT,
    fill=writer.with_case_suffix(_fill_base),
    new_context=Context,
    fold=fold,
    person_words=PERSON_WORDS,
    number_run=NUMBER_RUN,
    luhn_ok=luhn_ok,
)
render = WRITER.render
lookalike_ok = WRITER.lookalike_ok
template_table = WRITER.template_table
records = WRITER.records
lines = WRITER.lines
main = WRITER.main


if __name__ == "__main__":
    main()
