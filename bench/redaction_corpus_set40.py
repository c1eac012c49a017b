# ruff: noqa: RUF001, RUF002, E501
"""Set 40: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on machine-written and technical text and the people inside it: application and
server logs, stack traces quoting user input, CI/CD and deploy output, incident tickets and
post-mortems, git commits and trailers, code review, issue threads, SQL results and CSV/TSV
exports of CRMs and helpdesks, mail headers and bounces, calendar invites and vCards, webhook
and API payloads, YAML/INI/.env config, chat-ops, security and fraud alerts, audit logs,
analytics events and data-subject requests handled by engineers.

``python -m bench.redaction_corpus_set40`` writes ``data/pii/set40.jsonl`` (seed 40, byte for
byte reproducible). PII templates are in ``..._templates.py`` (about two thirds of them also
carry look-alikes next to the real PII), all-negative look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, phones, SSNs, IPs, cards and IBANs in ``..._values.py`` and the
number-like look-alikes of machine-written text in ``..._numbers.py``. Template ids run in
blocks of 18 per register and kind, each block starting at an even id, so even ids (the tuning
half) and odd ids (the held-out half) alternate; the halves draw from disjoint pools (even or
odd positions of every pool). The PII templates come in pairs (an even and the next odd one)
that hold the same entity types, so the halves get about the same mix.

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

from bench import redaction_corpus_set40_addresses as addresses
from bench import redaction_corpus_set40_lookalike_pools as la_pools
from bench import redaction_corpus_set40_numbers as numbers
from bench import redaction_corpus_set40_places as places
from bench import redaction_corpus_set40_pools as pools
from bench import redaction_corpus_set40_values as values
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok, nonzero_digits
from bench.redaction_corpus_set40_lookalikes import LOOKALIKES
from bench.redaction_corpus_set40_templates import TEMPLATES

SEED = 40
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set40.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 18
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("log", "json"), True: ("chat", "multiline")}
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([23]))?\}")

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
MIDDLE: list[str] = [m for pair in pools.MIDDLE.values() for ms in pair for m in ms]
ASCII_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae"})  # fmt: skip
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me",
                 "icloud.com", "hotmail.com", "gmx.at", "web.de", "laposte.net", "seznam.cz", "yandex.ru",
                 "naver.com", "qq.com", "163.com", "rediffmail.com", "fastmail.com", "ukr.net",
                 "bol.com.br", "interia.pl", "telenet.be", "bigpond.com", "xtra.co.nz", "sapo.pt")  # fmt: skip
# Invented employers' domains (checked against the texts of sets 13-39).
WORK_DOMAINS = ("brightloom.io", "quillstack.dev", "harborlight.com", "tallgrass-labs.com",
                "nimbusforge.io", "copperkettle.co.uk", "saltmarsh.tech", "fernwave.net", "kilnworks.de",
                "bluefinch.app", "larkspur-systems.com", "driftwood.engineering")  # fmt: skip
ROLE_BOXES = ("oncall", "sre", "security", "privacy", "dpo", "noc", "billing", "abuse", "postmaster",
              "platform", "infra", "data-requests")  # fmt: skip
TITLES = ("Mr", "Ms", "Mrs", "Dr", "Mx", "Prof.")
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTVW"


def fold(text: str) -> str:
    """``text`` in plain letters: diacritics dropped, ı ł ß đ ø æ spelt out."""
    text = text.translate(ASCII_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


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
        """``Surname, Given`` as in CRM exports, mail headers and rosters."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname}, {self.given}{middle}"

    def caps_first(self) -> str:
        """``SURNAME Given`` as on bank mandates and forms."""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.surname.upper()} {self.given}{middle}"

    def initials(self) -> str:
        if self.family_first:
            return self.full()
        if self.second_initial:
            return f"{self.given[0]}. {self.second_initial}. {self.surname}"
        return f"{self.given[0]}. {self.surname}"

    def short(self) -> str:
        """``Given S.`` as in chat and helpdesk display names."""
        return self.full() if self.family_first else f"{self.given} {self.surname[0]}."

    def login(self) -> str:
        """A username spelt from the name (``chidi.okafor``): given name, then surname."""
        return f"{_ascii(self.given)}{self.login_sep}{_ascii(self.surname)}"


@dataclass
class Context:
    rng: random.Random
    parity: int
    persons: dict[int, Person] = field(default_factory=dict)
    addresses: dict[int, addresses.Address] = field(default_factory=dict)
    mails: dict[tuple[str, int], str] = field(default_factory=dict)


def _fits(surname: str, female: bool) -> bool:
    """Whether a gendered culture's surname fits the given name's gender."""
    return surname not in (pools.MALE_SURNAMES if female else pools.FEMALE_SURNAMES)


def _new_person(rng: random.Random, parity: int) -> Person:
    cultures = tuple(pools.PERSONS)
    culture = rng.choices(cultures, weights=[pools.WEIGHTS[c] for c in cultures])[0]
    given_pool, surname_pool = (pools.half(p, parity) for p in pools.PERSONS[culture])
    given = rng.choice(given_pool)
    female = given in pools.FEMALE
    if culture in pools.GENDERED:
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
    if rng.random() < 0.25:  # typed without the diacritics (a form field, a terminal)
        given, surname, middle = fold(given), fold(surname), fold(middle)
    nick = rng.choice(pools.half(pools.NICKS, parity))
    sep = rng.choice((".", ".", ".", "_", "-"))
    return Person(given, surname, culture, nick, middle, family_first, second, sep)


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
        "user": p.login,
    }
    return shapes[kind]()


def _local_part(rng: random.Random, p: Person, work: bool) -> str:
    given = _ascii(p.given)
    surname = _ascii(p.surname.replace("-", " ").split()[-1])
    if work:
        return rng.choice(
            (f"{given}.{surname}", f"{given[0]}{surname}", f"{given}", f"{given}.{surname[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(2, 98)}", f"{surname}.{given}",
                       f"{given[0]}{surname}{rng.randint(70, 99)}", f"{given}_{surname[:5]}", f"{surname}{given[0]}",
                       f"{given}{rng.randint(1960, 2007)}"))  # fmt: skip


def _email(ctx: Context, kind: str, idx: int) -> str:
    """The person's e-mail of ``kind`` (the same one each time a text names it)."""
    if (kind, idx) in ctx.mails:
        return ctx.mails[(kind, idx)]
    rng, person = ctx.rng, ctx.persons[idx]
    if kind == "ghmail":
        login = rng.choice(
            (
                f"{_ascii(person.given)}-{_ascii(person.surname)}",
                f"{_ascii(person.given)[0]}{_ascii(person.surname)}",
            )
        )
        mail = f"{nonzero_digits(rng, rng.choice((7, 8)))}+{login}@users.noreply.github.com"
    elif kind == "cmail":
        mail = f"{_local_part(rng, person, True)}@{rng.choice(WORK_DOMAINS)}"
    else:
        mail = f"{_local_part(rng, person, False)}@{rng.choice(PERSONAL_MAIL)}"
    ctx.mails[(kind, idx)] = mail
    return mail


def _address(ctx: Context, idx: int) -> addresses.Address:
    if idx not in ctx.addresses:
        ctx.addresses[idx] = addresses.build(ctx.rng, ctx.rng.choice(places.COUNTRIES), ctx.parity)
    return ctx.addresses[idx]


def _address_text(kind: str, a: addresses.Address, rng: random.Random) -> str:
    if kind == "street":  # a JSON, vCard or log field, a chat line or a search: the street alone
        return a.street.replace("\n", ", ")
    if kind == "addrml":
        lines = [*a.street.split("\n"), *a.lines]
        if rng.random() < 0.4:
            lines.append(a.country.upper() if rng.random() < 0.3 else a.country)
        return "\n".join(lines)
    tail = f", {a.country}" if rng.random() < 0.35 else ""
    return f"{a.street.replace(chr(10), ', ')}, {a.locality}{tail}"


NAME_KINDS = ("full", "given", "last", "lf", "sg", "init", "gi", "nick", "user")
ADDRESS_KINDS = ("addr", "addrml", "street")
MAIL_KINDS = ("email", "cmail", "ghmail")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "software": la_pools.SOFTWARE,
    "algo": la_pools.ALGORITHMS,
    "ident": la_pools.IDENTIFIERS,
    "bot": la_pools.BOTS,
    "host": la_pools.HOSTS,
    "codename": la_pools.CODENAMES,
    "law": la_pools.LAWS,
    "opener": la_pools.OPENERS,
    "word": la_pools.WORDS,
}
GOLD: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    **{f"phone_{k}": ("PHONE_NUMBER", partial(values.phone, kind=k))
       for k in ("us", "dots", "bare", "ext", "intl", "e164")},
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
    **numbers.NUMBER_FILLERS,
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "2/5", "4.5/5", "1 star", "10/10")
    ),
}


def _fill_base(base: str, idx: int, ctx: Context) -> writer.Segment:
    rng = ctx.rng
    if base in NAME_KINDS or base == "title" or base in MAIL_KINDS:
        if idx not in ctx.persons:
            ctx.persons[idx] = _new_person(rng, ctx.parity)
        person = ctx.persons[idx]
        if base == "title":
            return rng.choice(TITLES), None
        if base in MAIL_KINDS:
            return _email(ctx, base, idx), "EMAIL_ADDRESS"
        return _name(base, person), "PERSON"
    if base == "emailr":
        return f"{rng.choice(ROLE_BOXES)}@{rng.choice(WORK_DOMAINS)}", "EMAIL_ADDRESS"
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
