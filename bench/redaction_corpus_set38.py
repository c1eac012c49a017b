# ruff: noqa: E501
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
helpers are the shared ``bench/redaction_corpus_digits.py``; persons, e-mails, the slot filler
and the writer's wiring are the shared ``bench/redaction_corpus_kit.py`` (``fold``,
``ASCII_LETTERS``, ``Person`` and ``Context`` are re-exported from it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_kit as kit
from bench import redaction_corpus_set38_addresses as addresses
from bench import redaction_corpus_set38_lookalike_pools as la_pools
from bench import redaction_corpus_set38_places as places
from bench import redaction_corpus_set38_pools as pools
from bench import redaction_corpus_set38_values as values
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_kit import ASCII_LETTERS as ASCII_LETTERS
from bench.redaction_corpus_kit import Context, Person
from bench.redaction_corpus_kit import fold as fold
from bench.redaction_corpus_set38_lookalikes import LOOKALIKES
from bench.redaction_corpus_set38_templates import TEMPLATES

SEED = 38
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set38.jsonl"
REGISTERS = kit.REGISTERS
PER_KIND = kit.PER_KIND
# Registers with 215 texts of a kind (the others 214): 7 * 214 + 2 = 1,500.
EXTRA = {False: ("chat", "json"), True: ("search", "multiline")}
SLOT = kit.SLOT

GIVEN, SURNAME, MIDDLE = kit.pool_names(pools)
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


def _new_person(rng: random.Random, parity: int) -> Person:
    return kit.draw_person(
        rng,
        parity,
        pools,
        gendered=("ru", "pl", "cz"),
        initial_letters=INITIAL_LETTERS,
        second_initial_share=0.35,
    )


def _local_part(rng: random.Random, p: Person, community: bool) -> str:
    given, surname = kit.mail_words(p)
    if community:
        return rng.choice(
            (f"{given}.{surname}", f"{given}", f"{given[0]}.{surname}", f"{given}{surname[0]}")
        )
    return rng.choice((f"{given}.{surname}", f"{given}{surname}{rng.randint(1, 99)}", f"{surname}.{given}",
                       f"{given[0]}{surname}{rng.randint(80, 99)}", f"{given}_{surname[:3]}", f"{given}{rng.randint(1975, 2009)}",
                       f"{surname}{given[0]}"))  # fmt: skip


NAME_KINDS = kit.NAME_KINDS
ADDRESS_KINDS = kit.ADDRESS_KINDS
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
GOLD = kit.gold_makers(
    values,
    phone_kinds=("us", "dots", "bare", "ext", "intl"),
    ssn_kinds=("dash", "sp", "bare", "dot"),
    ip6_forms=("full", "plain", "upper", "v4", "zone"),
)
PLAIN: dict[str, Callable[[random.Random], str]] = {
    **values.NUMBER_FILLERS,
    "emoji": lambda r: r.choice(("", "", "", "🐶", "⚽", "💯", "🙏", "❤️", "😂")),
    "stars": lambda r: r.choice(
        ("★★★★★", "★★★★☆", "★★★☆☆", "★☆☆☆☆", "5/5", "2/5", "4.5/5", "10/10")
    ),
}


FILL = kit.SlotFiller(
    new_person=_new_person,
    titles=TITLES,
    local_titles=LOCAL_TITLES,
    mail_kinds=("email", "cmail"),
    email=kit.Mailboxes(_local_part, PERSONAL_MAIL, COMMUNITY_DOMAINS, work_kind="cmail"),
    role_boxes=ROLE_BOXES,
    role_domains=COMMUNITY_DOMAINS,
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
