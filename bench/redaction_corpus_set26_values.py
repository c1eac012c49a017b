"""Gold values of set 26 (``data/pii/set26.jsonl``): persons, e-mails, street addresses.

Every maker takes the random source, the record's context (the last person and address drawn,
so that an e-mail or a `last_name` cell can follow the name written before it) and an optional
argument from the template (`{addr:de}`), and returns the text to write and its entity type.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from bench.redaction_corpus_set26_places import (
    COUNTRY_NAMES,
    STREETS,
    locality_lines,
    one_line,
    street_line,
)
from bench.redaction_corpus_set26_pools import CULTURES, WORD_GIVEN

Value = tuple[str, str | None]
Context = dict[str, Any]

# Letters NFKD does not decompose; "\u0131" is the Turkish dotless i.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "\u0131": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
    }
)


def fold(text: str) -> str:
    """``text`` without diacritics (Nguyễn -> Nguyen, Ødegård -> Odegard)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _draw_name(rng: random.Random, ctx: Context, word_ok: bool) -> tuple[str, str, str]:
    """(given, surname, culture); diacritics dropped 35% of the time. English-word given names
    (Honor, Frost) only where ``word_ok`` (a full name not in lower case, or a greeting), for
    a quarter of the English and invented draws."""
    # The invented pool is drawn a fifth of the time, so that fewer name words are real.
    culture = "invented" if rng.random() < 0.2 else rng.choice(sorted(CULTURES))
    given_pool, family_pool, _ = CULTURES[culture]
    given, family = rng.choice(given_pool), rng.choice(family_pool)
    if culture not in ("chinese", "vietnamese") and rng.random() < 0.12:
        family = rng.choice(CULTURES[rng.choice(sorted(CULTURES))][1])  # mixed families
    if word_ok and culture in ("english", "invented") and rng.random() < 0.25:
        given = rng.choice(WORD_GIVEN)
    if rng.random() < 0.35:
        given, family = fold(given), fold(family)
    ctx["person"] = (given, family, culture)
    return given, family, culture


def person(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    given, family, culture = _draw_name(rng, ctx, mod != "lower")
    if rng.random() < CULTURES[culture][2]:
        return f"{family} {given}", "PERSON"
    if culture not in ("chinese", "vietnamese") and rng.random() < 0.08:
        return f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}", "PERSON"
    return f"{given} {family}", "PERSON"


def person_rev(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    given, family, _ = _draw_name(rng, ctx, mod != "lower")
    return f"{family}, {given}", "PERSON"


def given(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """A given name alone; a Vietnamese person goes by the last syllable of it."""
    name, _, culture = _draw_name(rng, ctx, arg == "w" and mod != "lower")
    return (name.split()[-1] if culture == "vietnamese" else name), "PERSON"


def surname(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return _draw_name(rng, ctx, False)[1], "PERSON"


def last(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """The surname of the person drawn just before (a `last_name` cell after `first_name`)."""
    return ctx["person"][1], "PERSON"


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "rediffmail.com",
    "qq.com",
    "proton.me",
    "icloud.com",
    "hotmail.es",
    "uol.com.br",
    "yandex.ru",
    "hotmail.co.uk",
)
FIRM_MAIL = (
    "brackwater-freight.com",
    "oltenbury.co.uk",
    "vesselink.io",
    "harfoot-dental.com",
    "kleinmuehle-gmbh.de",
    "sauterelle.fr",
    "tessarine.it",
    "marobyte.net",
    "quaywise.com.au",
    "lumacorta.es",
)
ROLES = ("claims", "billing", "accounts", "frontdesk", "payroll", "returns", "noc", "hr")


def _local(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def email(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """Built from the person named before when there is one (80%), else a role address."""
    domain = rng.choice(FIRM_MAIL if arg == "work" or rng.random() < 0.35 else FREE_MAIL)
    if arg == "role" or "person" not in ctx or rng.random() < 0.2:
        return f"{rng.choice(ROLES)}@{rng.choice(FIRM_MAIL)}", "EMAIL_ADDRESS"
    given_name, family, _ = ctx["person"]
    g, f = _local(given_name.split()[0]), _local(family.split()[-1])
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}",
            f"{g}_{f}",
            f"{g[0]}{f}",
            f"{f}.{g}",
            f"{g}.{f}{rng.randint(2, 99)}",
            f"{g}{rng.randint(70, 99)}",
        )
    )
    return f"{local}@{domain}", "EMAIL_ADDRESS"


def _country(rng: random.Random, arg: str) -> str:
    return arg.upper() if arg else rng.choice(sorted(STREETS))


def addr(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """Street, unit, city, region and postcode on one line (15% with the country)."""
    country = _country(rng, arg)
    street = street_line(rng, country)
    lines, ctx["city"], ctx["postcode"] = locality_lines(rng, country)
    text = one_line(street, lines, country)
    if rng.random() < 0.15:
        text += f", {COUNTRY_NAMES[country]}"
    return text, "STREET_ADDRESS"


def addr_ml(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """The same over two to five lines (30% with a country line)."""
    country = _country(rng, arg)
    street = street_line(rng, country)
    lines, ctx["city"], ctx["postcode"] = locality_lines(rng, country)
    if rng.random() < 0.3:
        lines.append(COUNTRY_NAMES[country])
    return "\n".join([street, *lines]), "STREET_ADDRESS"


def street(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """The street line alone, for a split field; the city and postcode go to the context."""
    country = _country(rng, arg)
    line = street_line(rng, country)
    _, ctx["city"], ctx["postcode"] = locality_lines(rng, country)
    return line, "STREET_ADDRESS"


def city(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return ctx["city"], None


def postcode(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    return ctx["postcode"], None


def sig(rng: random.Random, ctx: Context, arg: str, mod: str) -> Value:
    """The given name of the person named before (a sign-off under their own e-mail)."""
    given_name, _, culture = ctx["person"]
    return (given_name.split()[-1] if culture == "vietnamese" else given_name), "PERSON"
