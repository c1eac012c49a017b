# ruff: noqa: E501
"""Set 43: a blind synthetic PII corpus (all eight types, seven registers) and its look-alikes,
modelled on news, media, the creative trades, events and business-to-business trade:
newsroom copy and tips (bylines, corrections, source and tip-line notes, comment moderation,
CMS logins), press releases and media contacts, podcast show notes and download logs,
interview and meeting transcripts with speaker labels and timecodes, documentary subtitles;
publishing (manuscript submissions, query letters, literary agents and translators, royalty
statements, author and contributor payments); events (ticketing and box office, RSVPs and
wedding stationery, venue hire, catering deposits with dietary lists, seating, trade-show
stands, speakers and webinars); photography and film (model releases, call sheets, crew start
forms, location permits, photo licences); music (session fees, gig bookings, royalty splits,
setlists); B2B sales and trade (CRM lead notes, badge scans, supplier onboarding, purchase
orders, bills of lading, commercial invoices, customs entries with an individual importer of
record).

``python -m bench.redaction_corpus_set43`` writes ``data/pii/set43.jsonl`` (seed 43, byte for
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
from bench import redaction_corpus_set43_addresses as addresses
from bench import redaction_corpus_set43_lookalike_pools as la_pools
from bench import redaction_corpus_set43_numbers as numbers
from bench import redaction_corpus_set43_places as places
from bench import redaction_corpus_set43_pools as pools
from bench.redaction_corpus_kit import Context, Person, fold
from bench.redaction_corpus_set43_lookalikes import LOOKALIKES
from bench.redaction_corpus_set43_templates import TEMPLATES

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

SEED = 43
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set43.jsonl"
REGISTERS = kit.REGISTERS
SLOT = kit.SLOT
NUMBER_RUN = kit.NUMBER_RUN
PER_KIND = 14
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("search", "multiline"), True: ("chat", "log")}

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
PERSONAL_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
                 "icloud.com", "proton.me", "fastmail.com", "hotmail.co.uk", "yahoo.co.uk", "web.de",
                 "orange.fr", "libero.it", "uol.com.br", "yahoo.com.mx", "naver.com", "mail.ru",
                 "bigpond.com", "shaw.ca", "mweb.co.za", "eircom.net", "seznam.cz", "wp.pl")  # fmt: skip
# Invented newsrooms, agencies, labels, caterers, forwarders, studios, event firms, publishers,
# podcast networks and ticket sellers (checked against sets 13-42).
ORG_DOMAINS = ("harbourlight-gazette.co.uk", "quillhaven-literary.com", "marrowbone-records.com",
               "copperkettle-catering.co.uk", "tidewater-freight.net", "lanternfish-pictures.com",
               "brassmonkey-events.com", "inkwell-press.org", "saltmarsh-audio.fm",
               "gantry-logistics.com", "velvetrope-tickets.com", "northlight-photo.co")  # fmt: skip
ROLE_BOXES = ("tips", "corrections", "press", "submissions", "rights", "bookings", "boxoffice",
              "events", "rsvp", "sales", "accounts", "customs", "exports", "permissions")  # fmt: skip
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
            (f"{given}.{surname}", f"{given[0]}{surname}", f"{given}", f"{surname}.{given[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}_{given}",
                       f"{given[0]}.{surname}{rng.randint(10, 99)}", f"{given}.{surname[:4]}",
                       f"{surname}{rng.randint(1960, 2008)}", f"{given}{surname[0]}"))  # fmt: skip


MAILBOXES = kit.Mailboxes(_local_part, PERSONAL_MAIL, ORG_DOMAINS, "cmail")


NAME_KINDS = kit.NAME_KINDS
ADDRESS_KINDS = kit.ADDRESS_KINDS
MAIL_KINDS = ("email", "cmail")
NAME_LIKE: dict[str, tuple[str, ...]] = {
    "brand": la_pools.BRANDS,
    "venue": la_pools.VENUES,
    "award": la_pools.AWARDS,
    "character": la_pools.CHARACTERS,
    "band": la_pools.BANDS,
    "song": la_pools.SONGS,
    "work": la_pools.WORKS,
    "gear": la_pools.GEAR,
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
        ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "2/5", "4 stars", "10/10", "1 star")
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
