"""(Stop 34) The tests of a lower-case word or run of words that may be a name, and the run
pattern, shared by the lone-name recall rules of stops 34-37 (:mod:`person34_recall`,
:mod:`person34_frames`, :mod:`person35_cues`, :mod:`person35_greetings`,
:mod:`person35_recall`, :mod:`person36_recall`, :mod:`person37_recall`).

A lone word is a name only when :func:`lone_name_word` says it may be one: no English list,
stop, chat or code word; no English suffix or plural; a vowel, and no three-consonant opening
no name has; not two English words glued (a user name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from processors.redaction.lexicon import first_names, stop_words
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.person28_occasions import glued_handle
from processors.redaction.person31_recall import _plain_name_word
from processors.redaction.person33_lower import english_shaped
from processors.redaction.spans import PERSON, PiiSpan

__all__ = [
    "LOW_RUN",
    "RUN_PARTICLES",
    "VOWELS",
    "lone_name_word",
    "lone_or_listed_name_word",
    "matched_names",
    "name_words_ok",
]

# A lower-case name of up to four words, with Arabic "al-" and particles ("mishari
# al-neyadi", "fahd bin hamad al-kaabi", "josenilda das graças"); see name_words_ok.
_LOW_PART: Final = r"(?:(?:al|el)-)?[^\W\d_A-Z]{3,}(?:-[^\W\d_A-Z]{3,})?"
RUN_PARTICLES: Final = frozenset(
    ["bin", "binti", "bint", "ibn", "das", "dos", "da", "de", "di", "del", "van", "von", "abu",
     "\u00f3", "n\u00ed", "ni", "mac", "nic"]
)  # fmt: skip
_INITIAL: Final = re.compile(r"[A-Za-z]\.")
LOW_RUN: Final = (
    _LOW_PART
    + r"(?: (?:(?:bin|bint|ibn|das|dos|da|de|di|del|van|von|abu|ni|mac|nic) |[a-z]\. )?"
    + _LOW_PART
    + r"){0,3}"
)
VOWELS: Final = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýő"

# Three consonants that open names ("Mkhize", "Tshabalala", "Schmidt", "Chrysanthi").
_ONSETS: Final[tuple[str, ...]] = (
    "mkh", "tsh", "mth", "nkh", "ngw", "mbw", "ndl", "nth", "sch", "str", "chr", "thr", "shr",
    "spr", "scr", "spl", "phr", "zdr", "szcz", "ckh", "kht", "dzh", "tsv", "zhv", "mts", "mkr",
)  # fmt: skip


def matched_names(
    matches: Iterable[re.Match[str]], found: list[PiiSpan], ok: Callable[[str], bool]
) -> None:
    """Each of ``matches`` whose first group passes ``ok``, as a person."""
    for match in matches:
        if ok(match.group(1)):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))


def name_words_ok(run: str) -> bool:
    """Every word of ``run`` but its particles, without an "al-"/"el-", and every hyphened
    part of it, may be a name alone (:func:`lone_name_word`)."""
    words = [w for w in run.split(" ") if w not in RUN_PARTICLES and not _INITIAL.fullmatch(w)]
    if not words:
        return False
    for word in words:
        bare = word[3:] if word.startswith(("al-", "el-")) else word
        if not all(lone_name_word(part) for part in bare.split("-")):
            return False
    return True


def lone_name_word(word: str) -> bool:
    """A lower-case word that may be a name alone: of no English list, stop word, chat word
    or code word; no English suffix or plural; a vowel; not two English words glued."""
    if len(word) < 3 or not word.islower() or word in stop_words() or word in CHAT_WORDS:
        return False
    if english_shaped(word):
        return False
    if not any(vowel in word for vowel in VOWELS):
        return False
    if not any(vowel in word[:3] for vowel in VOWELS) and not word.startswith(_ONSETS):
        return False  # no name opens so ("cvxopt wants the hessian")
    if glued_handle(word):
        return False
    # (a listed given name that a list of frequent tokens also holds: "weiqing")
    return _plain_name_word(word) or word in first_names()


def lone_or_listed_name_word(word: str) -> bool:
    """A word that may be a name alone after a strong cue (a greeting, "it's", a person key):
    :func:`lone_name_word` in lower case, or a listed given name of three letters or more."""
    lower = word.lower()
    return lone_name_word(lower) or (lower in first_names() and len(lower) >= 3)
