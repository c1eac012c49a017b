"""Person names without an NLP model: capitalisation, a given-name list and English stop words.

What it catches (see ``docs/redaction.md``):

* Runs of two or more capitalised words, optionally with middle initials (``Nicole L.
  Parmentier``) and lower-case particles (``Frits L van den Heuvel``), in any Latin script
  with diacritics, ``Mc``/``O'`` forms and hyphenated parts. Every word must look like a name:
  not among the 400 most frequent English words, and not a common English word unless it is a
  known given name or surname. Leading/trailing non-name words are trimmed (``Thanks Mitchell
  Boyes`` -> ``Mitchell Boyes``), a possessive ``'s`` is left out.
* In text with no capital letters at all: a known given name followed by a word that is not
  common English (``velimir janković``), with an optional initial.

What it misses: single-word names (``Thanks, Anna``), all-caps names, lower-case names in
otherwise capitalised text, lower-case names whose given name is not in the list, and
non-Latin scripts. It reports false positives for capitalised multi-word proper nouns made of
uncommon words (``Los Angeles``, brand or place names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from processors.redaction.lexicon import common_words, first_names, stop_words, surname_words
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["find_names", "may_contain_names"]

_LATIN_RANGE = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
_UPPER = "".join(chr(c) for c in _LATIN_RANGE if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in _LATIN_RANGE if chr(c).islower() and chr(c).isalpha())
_U = f"[{_UPPER}]"
_L = f"[{_LOWER}]"
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "bin",
        "ibn",
        "al",
        "el",
        "zu",
        "af",
        "av",
    ]
)
_TOKEN = rf"(?:{_U}['\u2019])?(?:IJ|{_U}){_L}+(?:-?{_U}{_L}+|-{_L}+)*"
_INITIAL = rf"{_U}\.?"
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# _TOKEN again, with the look-behind after its first (capital) letter so that the regex engine
# skips straight to capitals instead of evaluating the look-behind at every position.
_FIRST_TOKEN = (
    rf"{_U}(?<![\w'\u2019@.+-].)(?:['\u2019](?:IJ|{_U})|(?<=I)J)?{_L}+(?:-?{_U}{_L}+|-{_L}+)*"
)
_RUN = re.compile(
    rf"{_FIRST_TOKEN}(?: {{1,2}}(?:{_INITIAL} {{1,2}})?(?:{_PARTICLE} )*{_TOKEN})+"
    rf"(?![\w@]|['\u2019]?{_L}*@)"
)
_PIECE = re.compile(r"\S+")
_LOWER_WORD = re.compile(rf"(?<![\w@.'\u2019+-]){_L}+(?:-{_L}+)?(?![\w@]|\.\w)")
_INITIAL_ONLY = re.compile(rf"{_U}\.?|{_L}\.?")

# Capitalised words that are frequent in addresses, organisations and places, not names.
_NOT_NAME = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "drive",
        "way",
        "rue",
        "via",
        "rua",
        "calle",
        "strasse",
        "straße",
        "weg",
        "laan",
        "vej",
        "vei",
        "gata",
        "gate",
        "plein",
        "utca",
        "apt",
        "suite",
        "unit",
        "box",
        "floor",
        "inc",
        "ltd",
        "llc",
        "corp",
        "gmbh",
        "co",
        "company",
        "bank",
        "university",
        "hospital",
        "school",
        "hotel",
        "airport",
        "station",
        "north",
        "south",
        "east",
        "west",
        "new",
        "saint",
        "united",
        "states",
        "kingdom",
        "republic",
        "america",
        "africa",
        "zealand",
        "arabia",
        "emirates",
        "lanka",
        "angeles",
        "francisco",
        "york",
        "london",
        "paris",
        "berlin",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "dear",
        "hi",
        "hello",
        "thanks",
        "thank",
        "customer",
        "client",
        "applicant",
        "holder",
        "account",
        "contact",
        "refund",
        "charge",
        "transfer",
        "server",
        "user",
        "name",
        "address",
        "phone",
        "email",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "madam",
        "madame",
    ]
)


# Function words: never a name, even where a given-name list has them (Will, May, Can).
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "not",
        "no",
        "yes",
        "so",
        "than",
        "then",
        "also",
        "just",
        "very",
        "too",
        "all",
        "any",
        "some",
        "each",
        "every",
        "please",
        "thanks",
        "thank",
        "dear",
        "hi",
        "hello",
        "via",
        "per",
    ]
)


# Word classes are pure functions of the word; caching them saves the repeated set look-ups
# (bounded, so a stream of unique tokens cannot grow memory without limit).
@functools.lru_cache(maxsize=16384)
def _is_name_word(word: str) -> bool:
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME:
        return False
    if lower in first_names() or lower in surname_words():
        return True
    return lower not in common_words()


@functools.lru_cache(maxsize=16384)
def _kind(piece: str) -> str:
    if piece in _PARTICLES:
        return "particle"
    if _INITIAL_ONLY.fullmatch(piece):
        return "initial"
    return "name" if _is_name_word(piece) else "other"


def _after_given_name(word: str, current: list[tuple[int, int, str, str]]) -> bool:
    """A common (not function) word right after a known given name is taken as a surname."""
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME or lower in stop_words():
        return False
    return bool(current) and current[-1][2] == "name" and current[-1][3].lower() in first_names()


def _segments(text: str, start: int, end: int) -> Iterator[PiiSpan]:
    """Split a capitalised run at non-name words; keep segments with >= 2 name words."""
    current: list[tuple[int, int, str, str]] = []
    for piece in [*_PIECE.finditer(text, start, end), None]:
        kind = _kind(piece.group()) if piece else "other"
        if kind == "other" and piece is not None and _after_given_name(piece.group(), current):
            kind = "name"
        if kind != "other" and piece is not None:
            current.append((piece.start(), piece.end(), kind, piece.group()))
            continue
        while current and current[-1][2] != "name":
            current.pop()
        while current and current[0][2] != "name":
            current.pop(0)
        if sum(1 for c in current if c[2] == "name") >= 2:
            yield PiiSpan(current[0][0], current[-1][1], PERSON)
        current = []


def _lowercase_names(text: str) -> Iterator[PiiSpan]:
    """Given name (from the list) + optional initial + a non-common word, in caseless text."""
    words = list(_LOWER_WORD.finditer(text))
    given = first_names()
    stop = stop_words()
    index = 0
    while index < len(words) - 1:
        first = words[index]
        word = first.group()
        if word not in given or word in stop or "-" in word:
            index += 1
            continue
        nxt = index + 1
        gap = text[first.end() : words[nxt].start()]
        if len(words[nxt].group()) == 1 and gap == " " and nxt + 1 < len(words):
            gap2 = text[words[nxt].end() : words[nxt + 1].start()]
            if gap2 in (" ", ". "):
                nxt += 1
                gap = " "
        last = words[nxt]
        surname = last.group()
        if gap == " " and len(surname) > 1 and _is_name_word(surname):
            yield PiiSpan(first.start(), last.end(), PERSON)
            index = nxt + 1
        else:
            index += 1


def may_contain_names(text: str) -> bool:
    """False only when :func:`find_names` certainly yields nothing (one C-level regex scan)."""
    return text.islower() or _RUN.search(text) is not None


def find_names(text: str) -> Iterator[PiiSpan]:
    """Yield person-name spans as described in the module docstring."""
    for match in _RUN.finditer(text):
        yield from _segments(text, match.start(), match.end())
    if text.islower():
        yield from _lowercase_names(text)
