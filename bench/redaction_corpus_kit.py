# ruff: noqa: RUF001, RUF002
"""The person, e-mail and slot-filling mechanics that the blind corpus generators of sets 37 to
40 share.

Each set module keeps what was written blind for it: its pools, templates, mail domains,
titles, e-mail local parts, value makers and look-alike pools. How a person is drawn from
pools, how a name, an address or a gold value fills a slot and how the writer is wired were
the same code in every set; they live here once, parameterised where the sets differ (which
cultures' surnames follow gender, how often a second initial is drawn, how a label address
ends), so that a fix reaches every set. Sets 29 to 36 draw their persons their own way and use
only ``half``, ``corpus_writer`` and the shared constants.

Every draw from the random generator is made in the order the copies made it, so each set's
file regenerates byte for byte (each set's test regenerates its file and compares).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar

from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_addresskit import Address
from bench.redaction_corpus_addresskit import half as half  # (the pools' split, re-exported)
from bench.redaction_corpus_digits import luhn_ok

T = TypeVar("T")
ContextT = TypeVar("ContextT")
Maker = Callable[[random.Random], str]

REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 18
# ``{name}`` or ``{name.2}``: the slot's name and which person or address (1 when unnamed).
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([23]))?\}")
# Runs of digits (with separators) that could be a card number.
NUMBER_RUN = re.compile(r"\d[\d .-]{11,26}\d")
# Letters NFKD does not take apart. (İ needs no entry, NFKD splits it into I and a dot; sets 37
# and 38 listed it not, sets 39 and 40 did: the same folding.)
ASCII_LETTERS = str.maketrans(
    {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"}
    | {"ø": "o", "Ø": "O", "æ": "ae"}
)
NAME_KINDS = ("full", "given", "last", "lf", "sg", "init", "gi", "nick")
ADDRESS_KINDS = ("addr", "addrml", "addrq", "street")
SSN_SEPARATORS = {"dash": "-", "sp": " ", "bare": "", "dot": "."}


def fold(text: str) -> str:
    """``text`` in plain letters: diacritics dropped, ı ł ß đ ø æ spelt out."""
    text = text.translate(ASCII_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def ascii_word(text: str) -> str:
    """``text`` folded, in lower case, letters a-z only (for logins and e-mail local parts)."""
    return re.sub(r"[^a-z]", "", fold(text).lower())


# ---------------------------------------------------------------- persons
class PersonPools(Protocol):
    """What a set's ``..._pools.py`` module holds (the module itself is passed)."""

    PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # culture -> (given, surnames)
    WEIGHTS: dict[str, float]
    SECOND_SURNAME: dict[str, float]
    HYPHENATED: dict[str, float]
    FAMILY_FIRST: dict[str, float]
    MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # culture -> (male, female)
    MIDDLE_SHARE: dict[str, float]
    FEMALE: frozenset[str]
    FEMALE_SURNAMES: frozenset[str]
    MALE_SURNAMES: frozenset[str]
    NICKS: tuple[str, ...]
    PARTICLE_WORDS: frozenset[str]


@dataclass
class Person:
    given: str
    surname: str  # the family name; two surnames or a hyphenated one included
    culture: str
    nick: str
    middle: str = ""  # a patronymic or a Vietnamese middle name
    family_first: bool = False
    second_initial: str = ""
    login_sep: str = "."

    def full(self) -> str:
        if self.family_first:
            return " ".join(w for w in (self.surname, self.middle, self.given) if w)
        return " ".join(w for w in (self.given, self.middle, self.surname) if w)

    def last_first(self) -> str:
        """``Surname, Given`` as on rosters, court lists, CRM exports and mail headers."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname}, {self.given}{middle}"

    def caps_first(self) -> str:
        """``SURNAME Given`` as on forms, passports and bank mandates."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname.upper()} {self.given}{middle}"

    def initials(self) -> str:
        if self.family_first:
            return self.full()
        if self.second_initial:
            return f"{self.given[0]}. {self.second_initial}. {self.surname}"
        return f"{self.given[0]}. {self.surname}"

    def short(self) -> str:
        """``Given S.`` as in chat, portal and helpdesk display names."""
        return self.full() if self.family_first else f"{self.given} {self.surname[0]}."

    def login(self) -> str:
        """A username spelt from the name (``chidi.okafor``): given name, then surname."""
        return f"{ascii_word(self.given)}{self.login_sep}{ascii_word(self.surname)}"


def name_text(kind: str, p: Person) -> str:
    """The person's name in the shape a slot asks for (``NAME_KINDS``, and ``user``)."""
    shapes: dict[str, Callable[[], str]] = {
        "full": p.full,
        "given": lambda: p.given,
        "last": lambda: p.surname,
        "lf": p.last_first,
        "sg": p.caps_first,
        "init": p.initials,
        "gi": p.short,
        "nick": lambda: p.nick,
        "user": p.login,
    }
    return shapes[kind]()


def draw_person(
    rng: random.Random,
    parity: int,
    pools: PersonPools,
    *,
    gendered: Collection[str],
    initial_letters: str,
    second_initial_share: float,
) -> Person:
    """A person of one half's pools: culture by weight, a surname that fits the given name's
    gender in ``gendered`` cultures, sometimes two surnames, a hyphenated one, a middle name,
    family name first, a second initial or no diacritics."""
    cultures = tuple(pools.PERSONS)
    culture = rng.choices(cultures, weights=[pools.WEIGHTS[c] for c in cultures])[0]
    given_pool, surname_pool = (half(p, parity) for p in pools.PERSONS[culture])
    given = rng.choice(given_pool)
    female = given in pools.FEMALE
    if culture in gendered:
        unfit = pools.MALE_SURNAMES if female else pools.FEMALE_SURNAMES
        surname_pool = [s for s in surname_pool if s not in unfit] or surname_pool
    surname = rng.choice(surname_pool)
    if rng.random() < pools.SECOND_SURNAME.get(culture, 0.0):
        other = rng.choice(surname_pool)
        surname = surname if other == surname else f"{surname} {other}"
    elif rng.random() < pools.HYPHENATED.get(culture, 0.0):
        other = rng.choice(surname_pool)
        surname = surname if other == surname else f"{surname}-{other}"
    middle = ""
    if culture in pools.MIDDLE and rng.random() < pools.MIDDLE_SHARE[culture]:
        middle = rng.choice(half(pools.MIDDLE[culture][female], parity))
    family_first = rng.random() < pools.FAMILY_FIRST.get(culture, 0.0)
    second = rng.choice(initial_letters) if rng.random() < second_initial_share else ""
    if rng.random() < 0.25:  # typed without the diacritics (a form field, a phone keyboard)
        given, surname, middle = fold(given), fold(surname), fold(middle)
    nick = rng.choice(half(pools.NICKS, parity))
    return Person(given, surname, culture, nick, middle, family_first, second)


def pool_names(pools: PersonPools) -> tuple[list[str], list[str], list[str]]:
    """Every given name, surname and middle name of the pools (both halves)."""
    given = [g for gs, _ in pools.PERSONS.values() for g in gs]
    surnames = [s for _, ss in pools.PERSONS.values() for s in ss]
    middle = [m for pair in pools.MIDDLE.values() for ms in pair for m in ms]
    return given, surnames, middle


def person_words(pools: PersonPools) -> frozenset[str]:
    """The folded, lower-case words of every name of the pools, particles aside: a
    look-alike holding one is redrawn."""
    given, surnames, middle = pool_names(pools)
    names = given + surnames + middle + list(pools.NICKS)
    words = frozenset(fold(w).lower() for n in names for w in re.findall(r"[^\W\d_]+", n))
    return words - pools.PARTICLE_WORDS


def mail_words(p: Person) -> tuple[str, str]:
    """The given name and the last word of the surname, as an e-mail local part spells them."""
    return ascii_word(p.given), ascii_word(p.surname.replace("-", " ").split()[-1])


@dataclass
class Context:
    """One text's persons, addresses and e-mails (each the same wherever the text names it)."""

    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, Address] = field(default_factory=dict)
    mails: dict[tuple[str, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Mailboxes:
    """A person's e-mail: at a work (or club) domain for ``work_kind``, else at a personal
    mail provider; the domain is drawn first, then the set's local part."""

    local_part: Callable[[random.Random, Person, bool], str]
    personal_domains: Sequence[str]
    work_domains: Sequence[str]
    work_kind: str

    def __call__(self, ctx: Context, kind: str, idx: int) -> str:
        work = kind == self.work_kind
        domain = ctx.rng.choice(self.work_domains if work else self.personal_domains)
        return f"{self.local_part(ctx.rng, ctx.persons[idx], work)}@{domain}"

    def remembered(self, ctx: Context, kind: str, idx: int) -> str:
        """The person's e-mail of ``kind``, drawn once per text (the same one each time the
        text names it)."""
        if (kind, idx) not in ctx.mails:
            ctx.mails[(kind, idx)] = self(ctx, kind, idx)
        return ctx.mails[(kind, idx)]


# ---------------------------------------------------------------- addresses and values
@dataclass(frozen=True)
class AddressStyle:
    """How often a set's addresses end in the country."""

    country_line: float  # label addresses (``addrml``) with a country line
    country_caps: float | None  # of those, the country in capitals (None: never, no draw)
    country_tail: float  # one-line addresses (``addr``) ending in ", Country"


def address_text(kind: str, a: Address, rng: random.Random, style: AddressStyle) -> str:
    if kind == "street":  # a JSON or log field, a chat line or a search: the street alone
        return a.street.replace("\n", ", ")
    if kind in ("addrml", "addrq"):
        lines = [*a.street.split("\n"), *a.lines]
        if rng.random() < style.country_line:
            caps = style.country_caps is not None and rng.random() < style.country_caps
            lines.append(a.country.upper() if caps else a.country)
        if kind == "addrq":  # a quoted reply: the quote markers of the lines after the first
            return "\n> ".join(lines)  # stay inside the span
        return "\n".join(lines)
    tail = f", {a.country}" if rng.random() < style.country_tail else ""
    return f"{a.street.replace(chr(10), ', ')}, {a.locality}{tail}"


class ValueMakers(Protocol):
    """The gold value makers of a set's ``..._values.py`` module (the module itself is passed)."""

    def phone(self, rng: random.Random, kind: str = "any") -> str: ...
    def ssn(self, rng: random.Random, sep: str | None = None) -> str: ...
    def ip4(self, rng: random.Random) -> str: ...
    def ip6(self, rng: random.Random, form: str = "any") -> str: ...
    def ip(self, rng: random.Random) -> str: ...
    def card(self, rng: random.Random) -> str: ...
    def iban(self, rng: random.Random) -> str: ...


def gold_makers(
    values: ValueMakers,
    *,
    phone_kinds: Sequence[str],
    ssn_kinds: Sequence[str],
    ip6_forms: Sequence[str],
) -> dict[str, tuple[str, Maker]]:
    """Slot name -> (entity type, maker): ``phone``, ``phone_<kind>``, ``ssn``,
    ``ssn_<kind>`` (a name of ``SSN_SEPARATORS``), ``ip4``, ``ip6``, ``ip6_<form>``, ``ip``,
    ``card`` and ``iban``."""
    return {
        "phone": ("PHONE_NUMBER", values.phone),
        **{f"phone_{k}": ("PHONE_NUMBER", partial(values.phone, kind=k)) for k in phone_kinds},
        "ssn": ("US_SSN", values.ssn),
        **{f"ssn_{k}": ("US_SSN", partial(values.ssn, sep=SSN_SEPARATORS[k])) for k in ssn_kinds},
        "ip4": ("IP_ADDRESS", values.ip4),
        "ip6": ("IP_ADDRESS", values.ip6),
        **{f"ip6_{k}": ("IP_ADDRESS", partial(values.ip6, form=k)) for k in ip6_forms},
        "ip": ("IP_ADDRESS", values.ip),
        "card": ("CREDIT_CARD", values.card),
        "iban": ("IBAN_CODE", values.iban),
    }


# ---------------------------------------------------------------- slots and the writer
@dataclass(frozen=True)
class SlotFiller:
    """A set's slot filler (before the ``_lc``/``_uc`` case suffixes): what each kind of slot
    draws from. Person slots draw the person first; a ``title`` is one of the culture's
    ``local_titles`` or else of ``titles``."""

    new_person: Callable[[random.Random, int], Person]
    titles: Sequence[str]
    local_titles: Mapping[str, Sequence[str]]
    mail_kinds: tuple[str, ...]
    email: Callable[[Context, str, int], str]
    role_boxes: Sequence[str]  # ``emailr``: a role's mailbox at one of ``role_domains``
    role_domains: Sequence[str]
    countries: Sequence[str]
    build_address: Callable[[random.Random, str, int], Address]
    address_style: AddressStyle
    gold: Mapping[str, tuple[str, Maker]]
    name_like: Mapping[str, Sequence[str]]  # look-alike pools (not PII), split in halves
    plain: Mapping[str, Maker]  # number-like look-alikes and other fillers (not PII)
    name_kinds: tuple[str, ...] = NAME_KINDS

    def _address(self, ctx: Context, idx: int) -> Address:
        if idx not in ctx.addresses:
            country = ctx.rng.choice(self.countries)
            ctx.addresses[idx] = self.build_address(ctx.rng, country, ctx.parity)
        return ctx.addresses[idx]

    def __call__(self, base: str, idx: int, ctx: Context) -> writer.Segment:
        rng = ctx.rng
        if base in self.name_kinds or base == "title" or base in self.mail_kinds:
            if idx not in ctx.persons:
                ctx.persons[idx] = self.new_person(rng, ctx.parity)
            person = ctx.persons[idx]
            if base == "title":
                return rng.choice(self.local_titles.get(person.culture, self.titles)), None
            if base in self.mail_kinds:
                return self.email(ctx, base, idx), "EMAIL_ADDRESS"
            return name_text(base, person), "PERSON"
        if base == "emailr":
            return f"{rng.choice(self.role_boxes)}@{rng.choice(self.role_domains)}", "EMAIL_ADDRESS"
        if base in ADDRESS_KINDS:
            address = self._address(ctx, idx)
            return address_text(base, address, rng, self.address_style), "STREET_ADDRESS"
        if base in ("city", "postcode", "country"):
            return getattr(self._address(ctx, idx), base), None
        if base in self.gold:
            entity, make = self.gold[base]
            return make(rng), entity
        if base in self.name_like:
            return rng.choice(half(self.name_like[base], ctx.parity)), None
        return self.plain[base](rng), None


def corpus_writer(
    *,
    seed: int,
    out: Path,
    templates: Mapping[str, Sequence[str]],
    lookalikes: Mapping[str, Sequence[str]],
    extra: Mapping[bool, tuple[str, ...]],
    fill: Callable[[str, int, ContextT], writer.Segment],
    new_context: Callable[[random.Random, int], ContextT],
    person_words: frozenset[str],
    fold: Callable[[str], str] = fold,
    registers: tuple[str, ...] = REGISTERS,
    per_kind: int = PER_KIND,
    slot: re.Pattern[str] = SLOT,
    number_run: re.Pattern[str] = NUMBER_RUN,
) -> writer.CorpusWriter[ContextT]:
    """The shared writer for a set: seven registers, 18 templates a kind, ``{slot}`` or
    ``{slot.2}`` slots read with their case suffixes, Luhn-valid runs kept out of
    look-alikes."""
    return writer.CorpusWriter(
        seed=seed,
        out=out,
        registers=registers,
        templates=templates,
        lookalikes=lookalikes,
        per_kind=per_kind,
        extra=extra,
        slot=slot,
        fill=writer.with_case_suffix(fill),
        new_context=new_context,
        fold=fold,
        person_words=person_words,
        number_run=number_run,
        luhn_ok=luhn_ok,
    )
