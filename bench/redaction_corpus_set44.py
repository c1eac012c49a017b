# ruff: noqa: E501
"""Set 44: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on land, buildings, energy, vehicles and labs: agriculture and rural life (farm
records, herd and flock registers, vet visits, feed and seed orders, subsidy claims, co-op and
market sales, land rent, farm shops, contractors); energy and utilities (meter readings,
outage reports, smart-meter logs, solar and heat-pump installs, tariff switches, engineers,
hardship applications); construction and trades (site diaries, planning objections, building
control, snagging lists, builders' invoices, skips, CSCS cards); real estate and housing
(viewings, tenancy applications and agreements, deposits, inventories, title and parcel
numbers, tenant portals); vehicles (roadside assistance, dealer finance and web leads,
recalls, tolls and parking, fleet telematics); science and research labs (instrument
bookings, core facility invoices, stipends, conference abstracts with author lists).

``python -m bench.redaction_corpus_set44`` writes ``data/pii/set44.jsonl`` (seed 44, byte for
byte reproducible). PII templates are in ``..._templates.py`` (most also carry look-alikes
next to the real PII), all-negative look-alike templates in ``..._lookalikes.py``, person
pools in ``..._pools.py``, name-like look-alike pools in ``..._lookalike_pools.py``, address
pools in ``..._places.py`` and their builders in ``..._addresses.py`` and the number-like
look-alikes of this domain in ``..._numbers.py``. Template ids run in blocks of 14 per register
and kind, each block starting at an even id, so even ids (the tuning half) and odd ids (the
held-out half) alternate; the halves draw from disjoint pools (even or odd positions of every
pool). The PII templates come in pairs (an even and the next odd one) that hold the same
entity types.

Shared, not copied: persons, name shapes, e-mails, the slot filler and the writer's wiring
(``bench/redaction_corpus_kit.py``), addresses (``bench/redaction_corpus_addresskit.py``, and
sets 41 and 43's national builders), the file writer (``bench/redaction_corpus_writer.py``)
and set 40's phone, SSN, IP, card and IBAN makers (``redaction_corpus_set40_values``). Set 44
adds one name shape of its own, ``{auth}``: an author of an abstract as ``Surname G.``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set40_values as values
from bench import redaction_corpus_set44_addresses as addresses
from bench import redaction_corpus_set44_lookalike_pools as la_pools
from bench import redaction_corpus_set44_numbers as numbers
from bench import redaction_corpus_set44_places as places
from bench import redaction_corpus_set44_pools as pools
from bench import redaction_corpus_writer as writer
from bench.redaction_corpus_kit import Context, Person, fold
from bench.redaction_corpus_set44_lookalikes import LOOKALIKES
from bench.redaction_corpus_set44_templates import TEMPLATES

__all__ = [
    "ADDRESS_KINDS",
    "GIVEN",
    "GOLD",
    "MAIL_KINDS",
    "MIDDLE",
    "NAME_KINDS",
    "NUMBER_RUN",
    "REGISTERS",
    "SLOT",
    "SURNAME",
    "fold",
    "lines",
    "main",
    "records",
]

SEED = 44
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set44.jsonl"
REGISTERS = kit.REGISTERS
SLOT = kit.SLOT
NUMBER_RUN = kit.NUMBER_RUN
PER_KIND = 14
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("ticket", "json"), True: ("review", "multiline")}

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
                 "icloud.com", "proton.me", "aol.com", "btinternet.com", "yahoo.co.uk", "gmx.de",
                 "free.fr", "virgilio.it", "bol.com.br", "prodigy.net.mx", "daum.net", "yandex.ru",
                 "optusnet.com.au", "telus.net", "telkomsa.net", "eircom.net", "centrum.cz", "o2.pl")  # fmt: skip
# Invented co-ops, vets, energy firms, builders, letting agents, dealers, labs and housing
# associations (checked against sets 13-43).
ORG_DOMAINS = ("hollowfield-coop.co.uk", "brackenvale-vets.co.uk", "lumenbrook-energy.com",
               "ashlar-and-lime.co.uk", "keystone-lettings.net", "milepost-motors.com",
               "fenmere-labs.org", "greenlap-solar.com", "oakhurst-realty.com",
               "thistledown-seeds.ie", "copperbeech-plumbing.co.uk", "ridgeline-hoa.org")  # fmt: skip
ROLE_BOXES = ("lettings", "accounts", "service", "bookings", "orders", "planning", "support",
              "claims", "corefacility", "repairs", "outages", "sales", "dispatch", "tenancies")  # fmt: skip
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Rev.")
INITIAL_LETTERS = "ABCDEFGHJKLMNPRSTVW"


def _new_person(rng: random.Random, parity: int) -> Person:
    return kit.draw_person(
        rng,
        parity,
        pools,
        gendered=pools.GENDERED,
        initial_letters=INITIAL_LETTERS,
        second_initial_share=0.35,
    )


def _local_part(rng: random.Random, p: Person, org: bool) -> str:
    given, surname = kit.mail_words(p)
    if org:
        return rng.choice(
            (f"{given}.{surname}", f"{given[0]}.{surname}", f"{surname}", f"{given}{surname[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{surname}{given[0]}{rng.randint(1, 99)}", f"{given}_{surname}",
                       f"{given[0]}{surname}{rng.randint(10, 99)}", f"{given}{rng.randint(1950, 2007)}",
                       f"{surname}.{given[:3]}", f"{given}.{surname[0]}"))  # fmt: skip


MAILBOXES = kit.Mailboxes(_local_part, PERSONAL_MAIL, ORG_DOMAINS, "cmail")

NAME_KINDS = (*kit.NAME_KINDS, "auth")
ADDRESS_KINDS = kit.ADDRESS_KINDS
MAIL_KINDS = ("email", "cmail")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "farm": la_pools.FARMS,
    "machine": la_pools.MACHINES,
    "breed": la_pools.BREEDS,
    "variety": la_pools.VARIETIES,
    "science": la_pools.SCIENCE,
    "car": la_pools.CARS,
    "estate": la_pools.ESTATES,
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
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "3/5", "4 stars", "9/10", "1 star")
    ),
}

KIT_FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles={},
    mail_kinds=MAIL_KINDS,
    email=MAILBOXES.remembered,
    role_boxes=ROLE_BOXES,
    role_domains=ORG_DOMAINS,
    countries=places.COUNTRIES,
    build_address=addresses.build,
    address_style=kit.AddressStyle(country_line=0.35, country_caps=0.4, country_tail=0.3),
    gold=GOLD,
    name_like=NAME_LIKE,
    plain=PLAIN,
    name_kinds=kit.NAME_KINDS,
)


def fill(base: str, idx: int, ctx: Context) -> writer.Segment:
    """The kit's slot filler, and ``auth``: an author of an abstract as ``Surname G.`` (a
    family-first name as it stands)."""
    if base != "auth":
        return KIT_FILL(base, idx, ctx)
    if idx not in ctx.persons:
        ctx.persons[idx] = _new_person(ctx.rng, ctx.parity)
    p = ctx.persons[idx]
    return (p.full() if p.family_first else f"{p.surname} {p.given[0]}."), "PERSON"


PERSON_WORDS = kit.person_words(pools)

WRITER = kit.corpus_writer(
    seed=SEED,
    out=OUT,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    extra=EXTRA,
    fill=fill,
    new_context=Context,
    person_words=PERSON_WORDS,
    per_kind=PER_KIND,
)
render = WRITER.render
lookalike_ok = WRITER.lookalike_ok
template_table = WRITER.template_table
records = WRITER.records
lines = WRITER.lines
main = WRITER.main


if __name__ == "__main__":
    main()
