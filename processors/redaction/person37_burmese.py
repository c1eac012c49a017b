"""(Stop 37, set 33's tuning half) Burmese names are read whole.

A Burmese name has no surname: it is two to four syllables, each written as a word ("Phyu
Noe Wai", "ZAW HTET AUNG", "thandar yamin oo"). The rules find such a name by its rare
words and then lose a syllable that is also a word or a place elsewhere: "Wai" is a town in
India (cut as a trailing city), "Aung" and "Oo" are in the English word list. So a PERSON
span made of Burmese name syllables only takes in the syllables that stand right next to it,
written in the same case (:func:`burmese_bounds`, called by :mod:`person37_edges`). And a
run of three or four syllables in one case, a middle one no English word, is a name wherever
it stands ("ask zaw kyi pyar to call back"): no English phrase is made of them.

The syllables are the common elements of Burmese personal names, written from the naming
conventions described in Wikipedia's "Burmese names" article. Honorifics (U, Daw, Ko, Ma,
Maung as a title) are left out: they stand before a name, not in it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from processors.redaction.lexicon import is_english
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import lower_words

__all__ = ["burmese_bounds", "burmese_names"]

_SYLLABLES: Final = frozenset(
    ["aung", "aye", "chit", "cho", "ei", "hein", "hla", "hlaing", "hnin", "htay", "htet",
     "htoo", "htun", "htwe", "kaung", "khaing", "khant", "khin", "khine", "kyaw", "kyi",
     "kyu", "lin", "linn", "lwin", "mar", "min", "moe", "mon", "mya", "myat", "myint", "myo",
     "nandar", "naing", "nay", "ngwe", "nilar", "noe", "nway", "nwe", "nyein", "nyi", "nyunt",
     "ohn", "oo", "paing", "phyo", "phyu", "pyae", "pyar", "pyay", "san", "sandar", "sein",
     "shwe", "sithu", "soe", "sone", "su", "swe", "than", "thandar", "thant", "thaw", "thein",
     "thet", "thida", "thiha", "thu", "thuzar", "thwe", "tin", "tun", "wah", "wai", "win",
     "wint", "wutt", "yadanar", "yamin", "yee", "yin", "zar", "zaw", "zeya", "zin"]
)  # fmt: skip
_WORD_AFTER: Final = re.compile(r" ([^\W\d_]+)\b")
_WORD_BEFORE: Final = re.compile(r"\b([^\W\d_]+) $")


def _style(word: str) -> int:
    """0 lower case, 1 capitalised, 2 capitals, 3 other."""
    if word.islower():
        return 0
    if word.isupper():
        return 2 if len(word) > 1 else 1
    return 1 if word[0].isupper() and word[1:].islower() else 3


def _burmese(words: list[str]) -> bool:
    return all(w.lower() in _SYLLABLES for w in words)


def burmese_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the PERSON span ``text[start:end]`` grown over its neighbouring
    syllables when it is made of Burmese name syllables only (else unchanged)."""
    words = text[start:end].split(" ")
    if not _burmese(words):
        return start, end
    last_style = _style(words[-1])
    while (after := _WORD_AFTER.match(text, end)) is not None:
        word = after.group(1)
        if word.lower() not in _SYLLABLES or _style(word) != last_style:
            break
        end = after.end()
    first_style = _style(words[0])
    while (before := _WORD_BEFORE.search(text, max(0, start - 12), start)) is not None:
        word = before.group(1)
        if word.lower() not in _SYLLABLES or _style(word) != first_style:
            break
        start = before.start()
    return start, end


@functools.cache
def _syllable_run() -> re.Pattern[str]:
    alternation = "|".join(sorted(_SYLLABLES, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?i)(?<![\w'-])(?:{alternation})(?: (?:{alternation})){{2,3}}(?![\w'-])")


@functools.cache
def _rare_syllables() -> frozenset[str]:
    """The syllables that are no English word ("kyi", "pyar"; not "win", "aung")."""
    return frozenset(w for w in _SYLLABLES if not is_english(w))


def burmese_names(text: str) -> list[PiiSpan]:
    """Runs of three or four Burmese name syllables in one case, a middle one no English
    word ("ask zaw kyi pyar to call back", "kumusta thandar kyi pyar?")."""
    # (speed, and exact: a middle word stands between single spaces, so it is a word of
    # split(); most texts hold no rare syllable at all; the split is shared with other gates)
    if _rare_syllables().isdisjoint(lower_words(text)):
        return []
    found: list[PiiSpan] = []
    rare = _rare_syllables()
    for match in _syllable_run().finditer(text):
        words = match.group().split(" ")
        if len({_style(w) for w in words}) == 1 and any(w.lower() in rare for w in words[1:-1]):
            found.append(PiiSpan(match.start(), match.end(), PERSON))
    return found
