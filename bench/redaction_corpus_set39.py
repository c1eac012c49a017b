# ruff: noqa: E501
"""Set 39: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on the paperwork of regulated services: immigration and visa applications, tax
returns and tax offices, benefits claims and pensions, courts, legal aid and solicitors,
police and incident reports, driving licences and vehicle keepers, hospitals, GPs,
pharmacies and labs, mortgages and KYC checks, notaries and the land registry, utilities'
hardship schemes, elections and jury service.

``python -m bench.redaction_corpus_set39`` writes ``data/pii/set39.jsonl`` (seed 39, byte for
byte reproducible). PII templates are in ``..._templates.py`` (about two thirds of them also
carry look-alikes next to the real PII), all-negative look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, phones, SSNs, IPs, cards and IBANs in ``..._values.py`` and the
number-like look-alikes of the paperwork in ``..._numbers.py``. Template ids run in blocks of
18 per register and kind, each block starting at an even id, so even ids (the tuning half) and
odd ids (the held-out half) alternate; the halves draw from disjoint pools (even or odd
positions of every pool). The PII templates come in pairs (an even and the next odd one) that
hold the same entity types, so the halves get about the same mix.

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
from bench import redaction_corpus_set39_addresses as addresses
from bench import redaction_corpus_set39_lookalike_pools as la_pools
from bench import redaction_corpus_set39_numbers as numbers
from bench import redaction_corpus_set39_places as places
from bench import redaction_corpus_set39_pools as pools
from bench import redaction_corpus_set39_values as values
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_kit import ASCII_LETTERS as ASCII_LETTERS
from bench.redaction_corpus_kit import Context, Person
from bench.redaction_corpus_kit import fold as fold
from bench.redaction_corpus_set39_lookalikes import LOOKALIKES
from bench.redaction_corpus_set39_templates import TEMPLATES

SEED = 39
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set39.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "multiline"), True: ("review", "json")}
SLOT = kit.SLOT

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk",
                 "icloud.com", "protonmail.com", "aol.com", "rediffmail.com", "gmx.de", "t-online.de",
                 "orange.fr", "libero.it", "uol.com.br", "daum.net", "mail.ru", "wp.pl", "yahoo.co.jp",
                 "btinternet.com")  # fmt: skip
# Invented employers', firms' and practices' domains (checked against the texts of sets 13-38).
WORK_DOMAINS = ("harrowgatelegal.co.uk", "brookmerepartners.com", "kestonridgemedical.org",
                "tallowfieldaccountants.co.uk", "quayhillconveyancing.com", "fernleighcare.org",
                "ashcombefreight.com", "millbrookpharmacy.co.uk", "northweirschools.org",
                "cinderfordhomes.com")  # fmt: skip
ROLE_BOXES = ("records", "dpo", "probate", "appeals", "enquiries", "legalaid", "jurors", "visas",
              "pharmacy", "accounts", "complaints", "registry")  # fmt: skip
TITLES = ("Mr", "Ms", "Mrs", "Miss", "Dr", "Mx", "Prof.", "Cllr", "Sgt", "Nurse")
LOCAL_TITLES: dict[str, tuple[str, ...]] = {
    "hi": ("Lic.", "Sra.", "Sr."), "br": ("Dr.", "Dra.", "Sr."), "de": ("Herr", "Frau", "Dr."),
    "fr": ("M.", "Mme", "Me"), "it": ("Avv.", "Dott.", "Sig.ra"), "in": ("Shri", "Smt.", "Adv."),
    "ng": ("Barr.", "Chief", "Mrs"), "pl": ("Pan", "Pani", "mec."), "nl": ("mr.", "dhr."),
    "ar": ("Dr.", "Ustadh"), "fil": ("Atty.", "Engr."), "ke": ("Hon.", "Mr"),
}  # fmt: skip
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTVW"


def _new_person(rng: random.Random, parity: int) -> Person:
    return kit.draw_person(
        rng,
        parity,
        pools,
        gendered=("ru", "pl", "cz"),
        initial_letters=INITIAL_LETTERS,
        second_initial_share=0.35,
    )


def _local_part(rng: random.Random, p: Person, work: bool) -> str:
    given, surname = kit.mail_words(p)
    if work:
        return rng.choice(
            (f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given[0]}", f"{given}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}{given}",
                       f"{given[0]}.{surname}{rng.randint(60, 99)}", f"{given}-{surname[:4]}", f"{surname}{rng.randint(1950, 2008)}",
                       f"{given}.{surname[0]}"))  # fmt: skip


NAME_KINDS = kit.NAME_KINDS
ADDRESS_KINDS = kit.ADDRESS_KINDS
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "law": la_pools.LAWS,
    "case": la_pools.CASES,
    "hospital": la_pools.HOSPITALS,
    "drug": la_pools.DRUGS,
    "eponym": la_pools.EPONYMS,
    "agency": la_pools.AGENCIES,
    "landmark": la_pools.LANDMARKS,
    "opener": la_pools.OPENERS,
    "word": la_pools.WORDS,
}
GOLD = kit.gold_makers(
    values,
    phone_kinds=("us", "dots", "bare", "ext", "intl"),
    ssn_kinds=("dash", "sp", "bare", "dot"),
    ip6_forms=("full", "plain", "upper", "v4", "zone"),
)
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **numbers.NUMBER_FILLERS,
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "1/5", "3.5/5", "4 stars")
    ),
}


FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles=LOCAL_TITLES,
    mail_kinds=("email", "cmail"),
    email=kit.Mailboxes(_local_part, PERSONAL_MAIL, WORK_DOMAINS, work_kind="cmail"),
    role_boxes=ROLE_BOXES,
    role_domains=WORK_DOMAINS,
    countries=places.COUNTRIES,
    build_address=addresses.build,
    address_style=kit.AddressStyle(country_line=0.4, country_caps=0.3, country_tail=0.35),
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
