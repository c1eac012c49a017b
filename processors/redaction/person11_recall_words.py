"""Word lists, token patterns and word tests of the set-11 person-recall rules
(``person11_recall``).

The lists are curated by hand for these rules (no outside source): titles and role nouns
that stand before a surname, the particles of surnames, and the verbs of contact that take a
person and then a number.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.alternation import alternation
from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    place_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_words import plain_name_word
from processors.redaction.word_memo import WordMemo

_LATIN: Final = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
UP: Final = "".join(chr(c) for c in _LATIN if chr(c).isupper() and chr(c).isalpha())
LO: Final = "".join(chr(c) for c in _LATIN if chr(c).islower() and chr(c).isalpha())
U: Final = f"[{UP}]"
L: Final = f"[{LO}]"
# A capitalised name word: "Osagie", "O'Mahony", "MacLeòid", "Pyo-Moen", "Stankevičius-O'Rourke".
# (Import time: every class of all Latin letters costs the regex compiler a 65,536-entry
# table, so a word is written with few of them: a capital, then letters, apostrophes and
# hyphens (not a possessive "'s"), ending in a lower-case letter.)
CAP_WORD: Final = rf"{U}(?:[{UP}{LO}-]|['\u2019](?!s\b))*{L}"
# A word in capitals: "OMBATI", "EL-GAMAL", "KRŪMIŅŠ", "O'NEILL".
CAPS_WORD: Final = rf"{U}(?:[{UP}-]|['\u2019](?!S\b))*{U}"
# A lower-case name word: "kalonji", "munkh-orgil", "hsin-yi".
LOW_WORD: Final = rf"{L}[{LO}-]*{L}"
# Particles inside a surname, as written in mixed case ("van 't Hof", "Ní Mhurchú", "bin").
PARTICLE = "(?:" + alternation(p for p in NAME_PARTICLES if "'" not in p)
PARTICLE += "|['\u2019]t|N\u00ed|\u00d3|Mac|Nic|Van|Von|De|Da|Di|Du|Le|La|El|Al)"
# Abbreviated titles (a dot may follow) and role nouns that stand before a surname. Curated.
TITLES: Final = frozenset(
    ["Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Rev", "Revd", "Fr", "Capt", "Cpt", "Sgt",
     "Lt", "Col", "Maj", "Cmdr", "Insp", "Det", "Cllr", "Sra", "Srta", "Mme", "Mlle", "Herr",
     "Frau", "Pr", "Drs", "Ir", "Sig", "Dott", "Avv", "Mevr", "Dhr", "Smt", "Shri",
     "Dra", "Lic", "Ing"]  # (stop 39: Spanish and Portuguese)
)  # fmt: skip
ROLES: Final = frozenset(["coach", "nurse", "officer"])
# (Speed) Grouped by first letter, so the regex engine tests few branches at a capital.
_BY_LETTER: Final[dict[str, list[str]]] = {}
for _title in sorted(TITLES, key=len, reverse=True):
    _BY_LETTER.setdefault(_title[0], []).append(_title[1:])
TITLE_ALTERNATION: Final = "|".join(
    f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(_BY_LETTER.items())
)
ROLE_ALTERNATION: Final = "|".join(
    sorted([*ROLES, *(r.capitalize() for r in ROLES)], key=len, reverse=True)
)
# Verbs of contact that take a person and then a number ("message Torsten on 01632 ...").
CONTACT_VERBS: Final = frozenset(
    ["message", "text", "call", "ring", "phone", "whatsapp", "msg", "dm", "txt", "sms", "contact",
     "reach", "try"]
)  # fmt: skip


def name_token(word: str) -> bool:
    """A word that may be part of a name: a listed given name, a surname that is a common
    word, or no English word at all (three letters or more); never a stop word."""
    lower = word.lower()
    if lower in stop_words():
        return False
    if lower in first_names() or lower in surname_words():
        return True
    return _plain_parts(lower)


def _plain_parts(lower: str) -> bool:
    """No English word, or hyphenated parts of which one is none and the others are no
    English word or two letters ("hsin-yi", "el-gamal")."""
    if "-" not in lower:
        return plain_name_word(lower)
    parts = lower.split("-")
    return any(plain_name_word(p) for p in parts) and all(
        plain_name_word(p) or len(p) == 2 for p in parts
    )


NAME_TOKEN: Final = WordMemo(name_token)
PLAIN_PARTS: Final = WordMemo(lambda word: _plain_parts(word.lower()))


def _loose_name_token(word: str) -> bool:
    """In a slot where only a name fits: any word but the 6,000 most frequent English words
    (the 40,000-word list holds surnames and given names too: "Hof", "Vishnu")."""
    lower = word.lower()
    return name_token(word) or (
        len(lower) > 1 and lower not in common_words() and lower.replace("-", "").isalpha()
    )


LOOSE_NAME_TOKEN: Final = WordMemo(_loose_name_token)


def listed_given(word: str) -> bool:
    """A listed given name that is no English word of either list."""
    lower = word.lower()
    return lower in first_names() and lower not in english_words() and lower not in common_words()


LISTED_GIVEN: Final = WordMemo(listed_given)


def listed_or_plain(word: str) -> bool:
    """A listed given name of no English list, or a word no English list holds
    (:func:`name_words.plain_name_word`): what a form's name slot may hold ("Raghunath B.",
    "[Agent Manpreet]", "Andrei, Volunteer Coordinator")."""
    return listed_given(word) or plain_name_word(word)


def after_title_word(word: str) -> bool:
    """A surname after a title: no English word of either list, even a surname ("Dr Pepper",
    "Mr Clean" are brands as often as "Sgt. Cooper" is a person); short ones pass ("Mx. Hou",
    "Mrs Du")."""
    lower = word.lower()
    return lower not in common_words() and lower not in english_words()


AFTER_TITLE: Final = WordMemo(after_title_word)


def is_place(words: str) -> bool:
    """A listed place (city, country, US state), lower-cased input."""
    return words in place_names()
