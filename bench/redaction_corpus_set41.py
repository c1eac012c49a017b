# ruff: noqa: E501
"""Set 41: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on people's own lives and on text relayed by machines and other people: schools,
nurseries and universities, health care (GP, clinics, dentists, vets, pharmacies, therapy, care
homes, telehealth, lab results), family events (weddings, funerals and obituaries, births and
christenings, reunions, memorial pages), dating apps and social DMs, faith communities and
charities — much of it relayed: call-centre and voicemail transcripts from speech-to-text, OCR
of scanned letters, forms, prescriptions and certificates, forwarded and quoted e-mails, SMS
and WhatsApp exports, machine-translated messages.

``python -m bench.redaction_corpus_set41`` writes ``data/pii/set41.jsonl`` (seed 41, byte for
byte reproducible). PII templates are in ``..._templates.py``, look-alike templates in
``..._lookalikes.py``, person pools in ``..._pools.py``, name-like look-alike pools in
``..._lookalike_pools.py``, address pools in ``..._places.py`` and their builders in
``..._addresses.py``, and the number-like look-alikes of this domain in ``..._numbers.py``.
Template ids run in blocks of 14 per register and kind, each block starting at an even id, so
even ids (the tuning half) and odd ids (the held-out half) alternate; the halves draw from
disjoint pools (even or odd positions of every pool). The PII templates come in pairs (an even
and the next odd one) that hold the same entity types.

Not written again here but imported: the shared generator kit's ``Person`` (name shapes),
``Context``, ASCII folding, slot filler, gold makers and person words
(``redaction_corpus_kit``); set 40's phone, SSN, IP, card and IBAN makers
(``redaction_corpus_set40_values``); the shared writer ``bench/redaction_corpus_writer.py`` and
digit helpers ``bench/redaction_corpus_digits.py``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set40_values as values
from bench import redaction_corpus_set41_addresses as addresses
from bench import redaction_corpus_set41_lookalike_pools as la_pools
from bench import redaction_corpus_set41_numbers as numbers
from bench import redaction_corpus_set41_places as places
from bench import redaction_corpus_set41_pools as pools
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_digits import luhn_ok
from bench.redaction_corpus_kit import (
    NUMBER_RUN,
    REGISTERS,
    SLOT,
    Context,
    Person,
    fold,
)
from bench.redaction_corpus_set41_lookalikes import LOOKALIKES
from bench.redaction_corpus_set41_templates import TEMPLATES

__all__ = [
    "ADDRESS_KINDS",
    "GIVEN",
    "MIDDLE",
    "NAME_KINDS",
    "SURNAME",
    "fold",
    "lines",
    "main",
    "records",
]

SEED = 41
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set41.jsonl"
PER_KIND = 14
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "multiline"), True: ("chat", "json")}

GIVEN: list[str] = [g for gs, _ in pools.PERSONS.values() for g in gs]
SURNAME: list[str] = [s for _, ss in pools.PERSONS.values() for s in ss]
MIDDLE: list[str] = [m for pair in pools.MIDDLE.values() for ms in pair for m in ms]
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
                 "icloud.com", "btinternet.com", "sky.com", "aol.com", "wp.pl", "libero.it", "orange.fr",
                 "t-online.de", "uol.com.br", "yahoo.com.ph", "yahoo.co.in", "eircom.net", "iinet.net.au",
                 "shaw.ca", "mweb.co.za", "ziggo.nl", "prodigy.net.mx", "live.com")  # fmt: skip
# Invented schools, surgeries, clinics, parishes and charities (checked against sets 13-40).
ORG_DOMAINS = ("brackenmoor-primary.sch.uk", "wyecliffe-academy.org.uk", "copperbeech-dental.co.uk",
               "fernhollow-vets.com", "kestrelcare-homes.co.uk", "millrace-pharmacy.co.uk",
               "lanternhouse-hospice.org", "tollgate-foodbank.org.uk", "northgate-parish.org.uk",
               "greenlane-masjid.org", "heathercroft-funerals.co.uk", "oakhaven-surgery.co.uk",
               "quaymeadow-nursery.co.uk", "saltway-college.ac.uk")  # fmt: skip
ROLE_BOXES = ("office", "admissions", "reception", "prescriptions", "bereavement", "parishoffice",
              "volunteers", "safeguarding", "appointments", "enquiries", "attendance", "frontdesk")  # fmt: skip
TITLES = ("Dr", "Dr.", "Mrs", "Mr", "Ms", "Miss", "Fr.", "Rev.", "Imam", "Sister", "Pastor", "Rabbi", "Nurse")  # fmt: skip
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTVW"


def _fits(surname: str, female: bool) -> bool:
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
    if rng.random() < 0.25:  # typed without the diacritics (a form, an SMS, an OCR pass)
        given, surname, middle = fold(given), fold(surname), fold(middle)
    nick = rng.choice(pools.half(pools.NICKS, parity))
    return Person(given, surname, culture, nick, middle, family_first, second)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _email(ctx: Context, kind: str, idx: int) -> str:
    """The person's e-mail of ``kind`` (the same one each time a text names it)."""
    if (kind, idx) in ctx.mails:
        return ctx.mails[(kind, idx)]
    rng, person = ctx.rng, ctx.persons[idx]
    given = _ascii(person.given)
    surname = _ascii(person.surname.replace("-", " ").split()[-1])
    if kind == "cmail":
        local = rng.choice(
            (f"{given}.{surname}", f"{given[0]}.{surname}", f"{surname}{given[0]}", f"{given}")
        )
        mail = f"{local}@{rng.choice(ORG_DOMAINS)}"
    else:
        local = rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}.{given}",
                            f"{given[0]}{surname}{rng.randint(50, 99)}", f"{given}_{surname[:4]}", f"{given}{rng.randint(1955, 2008)}",
                            f"{surname}{given[:3]}"))  # fmt: skip
        mail = f"{local}@{rng.choice(PERSONAL_MAIL)}"
    ctx.mails[(kind, idx)] = mail
    return mail


def _asr_phone(rng: random.Random) -> str:
    """A phone number read out digit by digit, as speech-to-text writes it: ``0 7 9 ...``."""
    number = values.phone(rng, kind=rng.choice(("us", "intl", "intl")))
    return " ".join(re.sub(r"\D", "", number.split(" ext")[0]))


ADDRESS_KINDS = kit.ADDRESS_KINDS
NAME_KINDS = ("full", "given", "last", "lf", "sg", "init", "gi", "nick")
MAIL_KINDS = ("email", "cmail")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "saint": la_pools.SAINTS,
    "inst": la_pools.INSTITUTIONS,
    "eponym": la_pools.EPONYMS,
    "scale": la_pools.SCALES,
    "pet": la_pools.PETS,
    "hymn": la_pools.HYMNS,
    "brand": la_pools.BRANDS,
    "opener": la_pools.OPENERS,
    "word": la_pools.WORDS,
}
GOLD: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    **kit.gold_makers(
        values,
        phone_kinds=("us", "dots", "bare", "ext", "intl", "e164"),
        ssn_kinds=("dash", "sp", "bare", "dot"),
        ip6_forms=("full", "plain", "upper", "v4", "zone"),
    ),
    "phone_asr": ("PHONE_NUMBER", _asr_phone),
}
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **numbers.NUMBER_FILLERS,
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "1/5", "3.5/5", "2 stars", "9/10")
    ),
}


FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles={},
    mail_kinds=MAIL_KINDS,
    email=_email,
    role_boxes=ROLE_BOXES,
    role_domains=ORG_DOMAINS,
    countries=places.COUNTRIES,
    build_address=addresses.build,
    address_style=kit.AddressStyle(country_line=0.35, country_caps=0.4, country_tail=0.3),
    gold=GOLD,
    name_like=NAME_LIKE,
    plain=PLAIN,
    name_kinds=NAME_KINDS,
)

PERSON_WORDS = kit.person_words(pools)

WRITER = writer.CorpusWriter(
    seed=SEED,
    out=OUT,
    registers=REGISTERS,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    per_kind=PER_KIND,
    extra=EXTRA,
    slot=SLOT,
    fill=writer.with_case_suffix(FILL),
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
