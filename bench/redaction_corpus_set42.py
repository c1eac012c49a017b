# ruff: noqa: E501
"""Set 42: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on civic, community and public life: council and parish meetings and their minutes,
planning applications and objections, FOI requests, parking appeals, bin and pothole reports,
residents' and tenants' associations and petitions; court and tribunal listings, small claims,
jury summonses, witness statements and police lost-and-found; canvassing, polling-station
rotas, nominations and volunteer sign-ups; press releases, letters to the editor and community
newsletters; sports clubs, leagues and hobby clubs (fixtures, registrations, referees, match
reports, results tables, choirs, allotments, chess, running and cycling); gaming and fan
communities (IRC- and Discord-style logs, guild and forum posts with quoted replies, tournament
sign-ups, convention badges); libraries, museums, archives and family history (holds and fines,
archive request slips, census and parish-register transcriptions, genealogy forum posts).

``python -m bench.redaction_corpus_set42`` writes ``data/pii/set42.jsonl`` (seed 42, byte for
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
set 41's national builders), the file writer (``bench/redaction_corpus_writer.py``) and set
40's phone, SSN, IP, card and IBAN makers (``redaction_corpus_set40_values``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set40_values as values
from bench import redaction_corpus_set42_addresses as addresses
from bench import redaction_corpus_set42_lookalike_pools as la_pools
from bench import redaction_corpus_set42_numbers as numbers
from bench import redaction_corpus_set42_places as places
from bench import redaction_corpus_set42_pools as pools
from bench.redaction_corpus_kit import Context, Person, fold
from bench.redaction_corpus_set42_lookalikes import LOOKALIKES
from bench.redaction_corpus_set42_templates import TEMPLATES

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

SEED = 42
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set42.jsonl"
REGISTERS = kit.REGISTERS
SLOT = kit.SLOT
NUMBER_RUN = kit.NUMBER_RUN
PER_KIND = 14
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("chat", "json"), True: ("ticket", "multiline")}

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com",
                 "icloud.com", "btinternet.com", "virginmedia.com", "talktalk.net", "aol.com", "gmx.de",
                 "free.fr", "libero.it", "terra.com.br", "yahoo.com.ar", "rediffmail.com", "telkomsa.net",
                 "xtra.co.nz", "optusnet.com.au", "rogers.com", "comcast.net", "protonmail.com", "zoho.com")  # fmt: skip
# Invented councils, clubs, papers, libraries and archives (checked against sets 13-41).
ORG_DOMAINS = ("thornbury-vale-pc.org.uk", "lowfield-tenants.org.uk", "kestrelmoor-harriers.org",
               "millbeck-allotments.org.uk", "saltcote-chorale.org.uk", "harrowgate-chessclub.org",
               "corncrake-gazette.co.uk", "wrenfield-libraries.org.uk", "oakmere-archives.org.uk",
               "brindle-rovers-fc.co.uk", "quayside-wheelers.cc", "ashdyke-residents.org")  # fmt: skip
ROLE_BOXES = ("clerk", "planning", "foi", "parkingappeals", "elections", "fixtures", "membership",
              "letters", "newsdesk", "lostproperty", "searchroom", "holds", "secretary", "treasurer")  # fmt: skip
TITLES = ("Cllr", "Cllr.", "Councillor", "Judge", "Sgt", "PC", "DC", "Insp.", "Rev.", "Revd", "Dr",
          "Mr", "Mrs", "Ms", "Miss", "Mx", "Ald.", "Coach")  # fmt: skip
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
            (f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}", f"{surname}{given[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}.{given}",
                       f"{given[0]}{surname}{rng.randint(40, 99)}", f"{given}_{surname[:5]}",
                       f"{given}{rng.randint(1950, 2009)}", f"{surname}{given[:2]}"))  # fmt: skip


MAILBOXES = kit.Mailboxes(_local_part, PERSONAL_MAIL, ORG_DOMAINS, "cmail")


NAME_KINDS = kit.NAME_KINDS
ADDRESS_KINDS = kit.ADDRESS_KINDS
MAIL_KINDS = ("email", "cmail")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "eponym": la_pools.EPONYMS,
    "trophy": la_pools.TROPHIES,
    "club": la_pools.CLUBS,
    "character": la_pools.CHARACTERS,
    "handle": la_pools.HANDLES,
    "opening": la_pools.OPENINGS,
    "rule": la_pools.RULES,
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
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "1/5", "4/5", "3 stars", "8/10")
    ),
}

FILL = kit.SlotFiller(
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
    name_kinds=NAME_KINDS,
)
PERSON_WORDS = kit.person_words(pools)

WRITER = kit.corpus_writer(
    seed=SEED,
    out=OUT,
    templates=TEMPLATES,
    lookalikes=LOOKALIKES,
    extra=EXTRA,
    fill=FILL,
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
