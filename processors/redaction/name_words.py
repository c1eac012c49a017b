"""May this word be a name: the letter classes of name tokens and the word predicates of the
person detector (pure functions of the word, memoised).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLE_ALTERNATION,
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    is_english,
    stop_words,
    surname_words,
)
from processors.redaction.name_cue_words import _CUE_WORDS, CHAT_WORDS, FOREIGN_CHAT_WORDS
from processors.redaction.name_word_lists import _FUNCTION, _NEVER_SINGLE, _NOT_NAME
from processors.redaction.word_memo import WordMemo

# Additions of set 7 (the lists and tests below use them).
# A lower-case particle joined by a hyphen to a capitalised surname ("Salma al-Shammari").
# (stop 29) and the elided Romance particles glued by an apostrophe ("Anaïse d'Aubignac",
# "Luca dell'Orto")
HYPHEN_PARTICLE: Final = "(?:al|el|bin|ibn|abu|ben)-|(?:d|dell|dall|degli|degl|l)['\u2019]"


def plain_name_word(word: str) -> bool:
    """A word that may be a name though no list has it: no English word (of the 40,000 most
    frequent), three letters or more; an initial ("W.") passes too."""
    lower = word.lower().rstrip(".")
    if len(lower) == 1:
        return True
    return len(lower) > 2 and lower not in english_words() and lower not in common_words()


def english_compound(word: str) -> bool:
    """An English word of four letters or more ends ``word`` (lower case) after three letters
    or more ("filename", "eigenvalues", "goldcrest")."""
    return any(is_english(word[cut:]) for cut in range(3, len(word) - 3))


def unlisted_name_word(word: str) -> bool:
    """A lower-case word that may be a name though no list has it: no chat shorthand, and
    each part of a hyphenated word a ``plain_name_word`` (``thaís``, ``al-rashid``)."""
    return word not in CHAT_WORDS and all(plain_name_word(part) for part in word.split("-"))


_LATIN_RANGE: Final = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
_UPPER: Final = "".join(chr(c) for c in _LATIN_RANGE if chr(c).isupper() and chr(c).isalpha())
_LOWER: Final = "".join(chr(c) for c in _LATIN_RANGE if chr(c).islower() and chr(c).isalpha())
_U: Final = f"[{_UPPER}]"
_L: Final = f"[{_LOWER}]"
_PARTICLES: Final = NAME_PARTICLES
# Lower-case letters are taken possessively ("{_L}++"): giving one back leaves a lower-case
# letter next, which nothing after a token accepts, so only the failing backtracking is saved.
# (stop 26: an inner apostrophe before a capital, "Dell'Acqua", "Sant'Anna")
_TOKEN: Final = rf"(?:{_U}['\u2019])?(?:IJ|{_U}){_L}++(?:-?{_U}{_L}++|-{_L}++|['\u2019]{_U}{_L}++)*"
_INITIAL: Final = rf"{_U}\.?"
_PARTICLE: Final = "(?:" + NAME_PARTICLE_ALTERNATION + ")"
_STREET_SUFFIXES: Final[tuple[str, ...]] = (
    "straße",
    "strasse",
    "weg",
    "laan",
    "straat",
    "plein",
    "gracht",
    "gatan",
    "vägen",
    "platz",
    "allee",
    "gasse",
    "gade",
    "vej",
)
_INNER_CAPITAL: Final = re.compile(rf"{_L}{_U}")
_NAME_PREFIX: Final = re.compile(
    r"(?:Mc|Mac|O['\u2019]|D['\u2019]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z]"
)


# Word classes are pure functions of the word; caching them saves the repeated set look-ups
# (bounded, so a stream of unique tokens cannot grow memory without limit).
@functools.lru_cache(maxsize=16384)
def _is_name_word(word: str) -> bool:
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME:
        return False
    if word.islower() and word in FOREIGN_CHAT_WORDS:
        return False  # (stop 36) "que ele responde": a word of chat is no surname
    if lower.endswith(_STREET_SUFFIXES) and lower not in first_names():
        return False  # Herenplein, Sveagatan, Lindenallee: streets, not surnames
    if _INNER_CAPITAL.search(word) and not _NAME_PREFIX.match(word):
        return False  # QuietComfort, PlayStation: brands, not names (McDonald, DeVito are)
    if lower in first_names() or lower in surname_words():
        return True
    return lower not in common_words()


def _may_follow_given_name(word: str) -> bool:
    """Whether a common (not function) word may be a surname right after a known given name."""
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME or lower in stop_words():
        return False
    return not (_INNER_CAPITAL.search(word) and not _NAME_PREFIX.match(word))


def _may_glue(word: str) -> bool:
    """A capitalised common English word that is not a function word, greeting or title: next
    to a name it makes a product or a title, unless it starts a sentence (see _segments)."""
    lower = word.lower()
    if not (word[:1].isupper() and word.isalpha() and lower in common_words()):
        return False
    return lower not in _NOT_NAME and lower not in _FUNCTION


_ENGLISH_SUFFIX: Final = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ing|able|ible|ship|ful|less|ous|ive|ize|ise|ally"
    r"|ery|ward|ed|ly)$"
)
# (stop 37) Names that end as English past tenses do: Akhmed, Magomed, Sayed, Majed, Saeed,
# Taghreed, Gottfried, Wilfred (an English verb so spelled is in the word lists: "named",
# "stayed"; weeds and seeds are plants).
_NAME_ED: Final = re.compile(r"(?:[^e]med|[aei]yed|jed|(?<![ws])eed|fried|fred)$")


@functools.lru_cache(maxsize=16384)
def _uncommon(word: str) -> bool:
    return (
        len(word) > 2
        and word not in _CUE_WORDS
        and (not _ENGLISH_SUFFIX.search(word) or _NAME_ED.search(word) is not None)
        and word not in common_words()
        and word not in _NOT_NAME
        and word not in _FUNCTION
        and word not in _NEVER_SINGLE
        and not _TRIPLED.search(word)
        and word not in FOREIGN_CHAT_WORDS  # (stop 36: "salamat kinley", "meu endereço")
    )


def _contact_name_ok(word: str) -> bool:
    lower = word.lower()
    return (
        lower in first_names()
        and lower not in common_words()
        and lower not in _NEVER_SINGLE
        and lower not in _NOT_NAME
    )


# "heyyy", "hiii": a letter written three times is chat emphasis, never part of a name.
_TRIPLED: Final = re.compile(r"([^\W\d_])\1\1")
_CONTRACTION: Final = re.compile(r"['\u2019](?:m|s|ll|ve|d|re|t)$")


def _single_name_ok(word: str, caseless: bool) -> bool:
    lower = word.lower()
    if lower in _NEVER_SINGLE or lower in _FUNCTION or lower in _NOT_NAME or len(word) < 2:
        return False
    if _CONTRACTION.search(lower) or _TRIPLED.search(lower):
        return False
    if word.islower() and word in FOREIGN_CHAT_WORDS:
        return False  # (stop 36) "merci beaucoup?", "danke schön": chat, no name
    given = first_names()
    if lower in stop_words() and lower not in given:
        return False
    if "-" in lower and lower not in given:
        parts = lower.split("-")
        if all(part in common_words() for part in parts):
            return False  # "Content-Length", "Follow-Up"
    if caseless or not word[:1].isupper():
        # (set 8: an unlisted caseless word is no frequent English word either: "its expired")
        return caseless and (
            lower in given or (lower not in common_words() and lower not in english_words())
        )
    if word.isupper():
        return False  # an acronym ("IBAN", "SSN"), not a lone name
    return lower in given or lower not in common_words()


# Whether a word may be a lone name, in text with capitals and in caseless text.
_LONE_NAME_OK: Final = WordMemo(functools.partial(_single_name_ok, caseless=False))
_LONE_NAME_OK_CASELESS: Final = WordMemo(functools.partial(_single_name_ok, caseless=True))


# The "may this word be a name" predicates of the shape and label rules, side by side. They
# differ on purpose (each was tuned with its rule), so they stay apart:
# - _name_word (Surname, Given; pairs; capitals): a listed given name that is no frequent
#   English word, a listed surname, or a plain name word; never a stop word.
# - _listed (the shapes' lone given names): a listed given name that is no English word at
#   all (frequent or of the 40,000), so stricter than _name_word's given-name branch.
# - _lone_word (initials and roles): a plain name word or any listed given name, but never a
#   frequent English word (a listed surname alone does not count).
# - _given (label values): any listed given name (a trailing dot is dropped) that is no stop
#   word, even a frequent English word: the label already says a name follows.
# - plain_name_word (above): no list at all, only "not English, three letters or more".
# name_fixes._lone_given is _listed minus chat words and titles (lists of that module).


def _name_word(word: str) -> bool:
    """A word that may be part of a name: no frequent English word (a listed given name or
    surname is fine), not a stop word."""
    lower = word.lower()
    if lower in stop_words():
        return False
    if lower in first_names() and lower not in common_words():
        return True
    return lower in surname_words() or plain_name_word(word)


_NAME_WORD: Final = WordMemo(_name_word, maxsize=4096)


def _listed(word: str) -> bool:
    """A listed given name that is no English word at all (see above)."""
    lower = word.lower()
    return lower in first_names() and lower not in common_words() and lower not in english_words()


def _lone_word(word: str) -> bool:
    """A name word alone: no English word, or a listed given name that is no frequent word."""
    lower = word.lower()
    if lower in common_words():
        return False
    return plain_name_word(word) or lower in first_names()


def _given(word: str) -> bool:
    """A listed given name that is no stop word (see the comment above _name_word)."""
    lower = word.lower().rstrip(".")
    return lower in first_names() and lower not in stop_words()
