# ruff: noqa: E501
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
helpers are the shared ``bench/redaction_corpus_digits.py``; persons, e-mails, the slot filler
and the writer's wiring are the shared ``bench/redaction_corpus_kit.py`` (``fold``,
``ASCII_LETTERS``, ``Person`` and ``Context`` are re-exported from it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set40_addresses as addresses
from bench import redaction_corpus_set40_lookalike_pools as la_pools
from bench import redaction_corpus_set40_numbers as numbers
from bench import redaction_corpus_set40_places as places
from bench import redaction_corpus_set40_pools as pools
from bench import redaction_corpus_set40_values as values
from bench import redaction_corpus_writer as writer  # noqa: F401 (kept importable from here)
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_digits import nonzero_digits
from bench.redaction_corpus_kit import ASCII_LETTERS as ASCII_LETTERS
from bench.redaction_corpus_kit import Context, Person
from bench.redaction_corpus_kit import fold as fold
from bench.redaction_corpus_set40_lookalikes import LOOKALIKES
from bench.redaction_corpus_set40_templates import TEMPLATES

SEED = 40
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set40.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("log", "json"), True: ("chat", "multiline")}
SLOT = kit.SLOT

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
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
LOGIN_SEPARATORS = (".", ".", ".", "_", "-")


def _new_person(rng: random.Random, parity: int) -> Person:
    person = kit.draw_person(
        rng,
        parity,
        pools,
        gendered=pools.GENDERED,
        initial_letters=INITIAL_LETTERS,
        second_initial_share=0.35,
    )
    return replace(person, login_sep=rng.choice(LOGIN_SEPARATORS))


def _local_part(rng: random.Random, p: Person, work: bool) -> str:
    given, surname = kit.mail_words(p)
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
        given, surname = kit.ascii_word(person.given), kit.ascii_word(person.surname)
        login = rng.choice((f"{given}-{surname}", f"{given[0]}{surname}"))
        mail = f"{nonzero_digits(rng, rng.choice((7, 8)))}+{login}@users.noreply.github.com"
    elif kind == "cmail":
        mail = f"{_local_part(rng, person, True)}@{rng.choice(WORK_DOMAINS)}"
    else:
        mail = f"{_local_part(rng, person, False)}@{rng.choice(PERSONAL_MAIL)}"
    ctx.mails[(kind, idx)] = mail
    return mail


NAME_KINDS = (*kit.NAME_KINDS, "user")
ADDRESS_KINDS = kit.ADDRESS_KINDS
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
GOLD = kit.gold_makers(
    values,
    phone_kinds=("us", "dots", "bare", "ext", "intl", "e164"),
    ssn_kinds=("dash", "sp", "bare", "dot"),
    ip6_forms=("full", "plain", "upper", "v4", "zone"),
)
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **numbers.NUMBER_FILLERS,
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "2/5", "4.5/5", "1 star", "10/10")
    ),
}


FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles={},
    mail_kinds=MAIL_KINDS,
    email=_email,
    role_boxes=ROLE_BOXES,
    role_domains=WORK_DOMAINS,
    countries=places.COUNTRIES,
    build_address=addresses.build,
    address_style=kit.AddressStyle(country_line=0.4, country_caps=0.3, country_tail=0.35),
    gold=GOLD,
    name_like=NAME_LIKE,
    plain=PLAIN,
    name_kinds=NAME_KINDS,
)
PERSON_WORDS = kit.person_words(pools)
NUMBER_RUN = kit.NUMBER_RUN

WRITER = kit.corpus_writer(
    seed=SEED,
    out=OUT,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    extra=EXTRA,
    fill=FILL,
    new_context=Context,
    person_words=PERSON_WORDS,
)
render = WRITER.render
lookalike_ok = WRITER.lookalike_ok
template_table = WRITER.template_table
records = WRITER.records
lines = WRITER.lines
main = WRITER.main


if __name__ == "__main__":
    main()
