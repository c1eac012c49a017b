# ruff: noqa: E501
"""Set 37: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on the traffic of workplaces and institutions that a personalization pipeline's
tenants also run: HR and payroll, CRM and sales, B2B support desks, developer tools (git logs,
CI, error trackers, code review, on-call), schools and universities, public services,
insurers, utilities, charities and events, recruiting, property management and facilities.

``python -m bench.redaction_corpus_set37`` writes ``data/pii/set37.jsonl`` (seed 37, byte for
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
helpers are the shared ``bench/redaction_corpus_digits.py``; persons, e-mails, the slot filler
and the writer's wiring are the shared ``bench/redaction_corpus_kit.py`` (``fold``,
``ASCII_LETTERS``, ``Person`` and ``Context`` are re-exported from it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set37_addresses as addresses
from bench import redaction_corpus_set37_lookalike_pools as la_pools
from bench import redaction_corpus_set37_places as places
from bench import redaction_corpus_set37_pools as pools
from bench import redaction_corpus_set37_values as values
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_kit import ASCII_LETTERS as ASCII_LETTERS
from bench.redaction_corpus_kit import Context, Person
from bench.redaction_corpus_kit import fold as fold
from bench.redaction_corpus_set37_lookalikes import LOOKALIKES
from bench.redaction_corpus_set37_templates import TEMPLATES

SEED = 37
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set37.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "multiline"), True: ("log", "review")}
SLOT = kit.SLOT

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com",
                 "hotmail.co.uk", "gmx.de", "orange.fr", "libero.it", "uol.com.br", "rediffmail.com",
                 "daum.net", "mail.ru", "wp.pl", "seznam.cz", "btinternet.com", "bigpond.com",
                 "protonmail.com")  # fmt: skip
ORG_DOMAINS = ("peoplehub.io", "meridian-claims.com", "cedarvale.edu", "stonebridge-utilities.com",
               "kindred-giving.org", "talentforge.co", "quaypoint-lettings.co.uk", "orbitdesk.app",
               "harbourcouncil.gov.uk", "lumenridge.dev")  # fmt: skip
ROLE_BOXES = ("payroll", "people", "benefits", "admissions", "claims", "billing", "permits",
              "donations", "security", "facilities", "careers", "servicedesk")  # fmt: skip
TITLES = ("Mr", "Ms", "Mrs", "Dr", "Prof.", "Mx")
LOCAL_TITLES: dict[str, tuple[str, ...]] = {
    "hi": ("Sr.", "Sra.", "Ing."), "br": ("Sr.", "Sra.", "Prof.ª"), "de": ("Herr", "Frau", "Dr."),
    "fr": ("M.", "Mme"), "it": ("Dott.", "Sig.ra", "Ing."), "in": ("Shri", "Smt.", "Dr."),
    "ng": ("Mr", "Mrs", "Engr."), "gh": ("Mr", "Mrs", "Nana"), "pl": ("Pan", "Pani"),
    "cz": ("pan", "paní", "Ing."), "nl": ("dhr.", "mevr."), "ja": ("Mr.", "Ms."),
}  # fmt: skip
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTW"


def _new_person(rng: random.Random, parity: int) -> Person:
    return kit.draw_person(
        rng,
        parity,
        pools,
        gendered=("ru", "pl", "cz"),
        initial_letters=INITIAL_LETTERS,
        second_initial_share=0.4,
    )


def _local_part(rng: random.Random, p: Person, work: bool) -> str:
    given, surname = kit.mail_words(p)
    if work:
        return rng.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}", f"{surname}.{given[0]}",
                           f"{given}_{surname}"))  # fmt: skip
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}{given[0]}",
                       f"{given[0]}.{surname}{rng.randint(70, 99)}", f"{given}.{surname[0]}", f"{given}_{rng.randint(1980, 2008)}"))  # fmt: skip


NAME_KINDS = kit.NAME_KINDS
ADDRESS_KINDS = kit.ADDRESS_KINDS
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "soft": la_pools.SOFTWARE,
    "law": la_pools.LAWS,
    "sci": la_pools.SCIENCE,
    "bldg": la_pools.BUILDINGS,
    "firm": la_pools.FIRMS,
    "jobtitle": la_pools.TITLES,
    "word": la_pools.WORDS,
    "opener": la_pools.OPENERS,
    "handle": la_pools.HANDLES,
}
GOLD = kit.gold_makers(
    values,
    phone_kinds=("us", "dots", "bare", "ext", "intl"),
    ssn_kinds=("dash", "sp", "bare"),
    ip6_forms=("full", "upper", "v4", "zone"),
)
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "emoji": lambda r: r.choice(("", "", "", " 🙌", " 👍", " 🎉", " 😤", " 🙏")),
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★☆☆☆", "★☆☆☆☆", "4/5", "1/5", "3.5/5", "9/10")
    ),
}


FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles=LOCAL_TITLES,
    mail_kinds=("email", "wmail"),
    email=kit.Mailboxes(_local_part, PERSONAL_MAIL, ORG_DOMAINS, work_kind="wmail"),
    role_boxes=ROLE_BOXES,
    role_domains=ORG_DOMAINS,
    countries=places.COUNTRIES,
    build_address=addresses.build,
    address_style=kit.AddressStyle(country_line=0.35, country_caps=None, country_tail=0.3),
    gold=GOLD,
    name_like=NAME_LIKE,
    plain=PLAIN,
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
