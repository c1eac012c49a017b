"""Word lists and word predicates of the person-recall rules (``recall_names``), and the
token reader they share.

The predicates differ from the like-named ones of ``name_words`` on purpose, so they stay apart:

- ``_given`` (here) is ``name_words._listed`` (a listed given name that is no English word of
  either list) plus hyphenated given names whose first part is listed and every part a plain
  name word or two letters long ("Gyu-ri", where ``_listed`` says no); ``name_words._given``
  (label values) is another test again (any listed given name that is no stop word).
- ``_name_word`` (here) is ``_given`` or every hyphen part a ``plain_name_word``;
  ``name_words._lone_word`` tests the whole word instead of its parts ("Mary-Kate": ``_lone_word``
  yes, here no, "mary" being English) and takes a listed given name that is an English word
  of the 40,000 but no frequent one (here no); ``name_words._name_word`` also takes listed
  surnames and refuses stop words.
- ``_english`` (here) is "a frequent English word or one of the 40,000", the complement of
  ``plain_name_word`` without its length test.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names
from processors.redaction.name_words import plain_name_word
from processors.redaction.word_memo import WordMemo

_UPPER: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER: Final = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
# Prepositions (and words) after which a capitalised word is a place or a thing as often as a
# person: "trip to Darwin", "near Adelaide", "than Claro", "the Florence locker".
_PLACE_BEFORE: Final = frozenset(
    ["in", "at", "near", "to", "from", "via", "around", "into", "of", "the", "than", "outside",
     "across", "towards", "toward", "a", "an", "this", "that", "these", "our", "my", "your",
     "their", "his", "her", "like", "vs", "on", "over", "onto", "visit", "visiting", "pronounce",
     "zone", "st", "san", "santa", "den", "del", "der", "de", "la", "le", "von", "van", "du",
     "des", "di", "da", "do", "dos", "das", "unter", "am", "im", "auf", "and", "or", "nor",
     "plus", "feat", "ft", "ref", "ur", "yr", "whats"]
)  # fmt: skip
# Closed-class words that follow a person in subject or object position ("Neema from support",
# "Addison at the front desk", "Booked through Deniz, who", "Did Kekoa send").
_AFTER_PERSON: Final = frozenset(
    ["the", "from", "at", "and", "who", "whose", "has", "had", "did", "does", "will", "can",
     "could", "would", "should", "may", "might", "to", "for", "with", "again", "said", "says",
     "told", "asked", "just", "also", "always", "never", "really", "still", "next", "here",
     "there", "if", "when", "but", "or", "too", "sent", "made", "came", "gave", "took",
     "got", "knows", "knew", "helped", "did", "does"]
)  # fmt: skip
# More words after a name in caseless chat ("told hamisi about the party", "pls review").
_AFTER_CASELESS: Final = frozenset(
    ["about", "pls", "plz", "is", "was", "ur", "u", "im", "ever", "already", "finally"]
)  # (stop 28: "did milena ever pay u back")
# Capitalised frequent words before a name that make it a title, a place or a thing.
_NOT_A_VERB: Final = frozenset(
    ["he", "she", "it", "we", "they", "you", "i", "mr", "mrs", "ms", "dr", "miss", "sir",
     "lady", "lord", "saint", "prof", "mount", "lake", "port", "fort", "cape", "new", "north",
     "south", "east", "west", "upper", "lower", "great", "greater", "little", "old", "king",
     "queen", "prince", "princess", "royal", "hotel",
     "club", "team", "hurricane", "storm", "typhoon", "cyclone", "captain", "general", "uncle",
     "aunt", "happy", "dear", "hi", "hey", "hello", "welcome", "thanks", "thank", "love",
     "best", "cheers", "bye", "good", "morning", "evening", "congrats", "explore", "discover",
     "fly", "flights", "hotels", "weather", "visit", "travel", "trip", "tour", "route", "bus",
     "train", "airport", "station", "via", "cafe", "restaurant", "bar", "pizza", "radio"]
)  # fmt: skip
_PUNCT_AFTER: Final = ".!?;)\u2014,"
_PARTICLES: Final = frozenset(
    [
        "del",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "von",
        "van",
        "der",
        "den",
    ]
)
_COUNTRIES_AND_REGIONS: Final = frozenset(
    # Given names that are also countries or regions: "Lagos, Nigeria" is no "Surname, Given".
    ["jordan", "georgia", "chad", "india", "kenya", "israel", "jamaica", "china", "virginia",
     "carolina", "florida", "victoria", "france", "ireland", "england", "holland", "lorraine",
     "alberta", "dakota", "montana", "nevada", "sierra", "asia", "africa", "america", "italia"]
)  # fmt: skip


def _given(word: str) -> bool:
    """A listed given name that is no English word (of either list)."""
    lower = word.lower()
    if lower in english_words() or lower in common_words():
        return False
    if lower in first_names():
        return True
    if "-" in lower:  # "Gyu-ri", "Chia-hui": every part a listed name or no English word
        parts = lower.split("-")
        return parts[0] in first_names() and all(
            plain_name_word(part) or len(part) == 2 for part in parts
        )
    return False


def _kind(word: str) -> int:
    """2 for a listed given name, 1 for another name word (no English word), 0 otherwise."""
    if _given(word):
        return 2
    return 1 if all(plain_name_word(part) for part in word.split("-")) else 0


_NAME_KIND: Final = WordMemo(_kind)


def _name_word(word: str) -> bool:
    """A listed given name or a word of no English list (each part of a hyphenated one)."""
    return _given(word) or all(plain_name_word(part) for part in word.split("-"))


def _token_before(text: str, start: int) -> tuple[int, int]:
    """The span of the whitespace-delimited token before ``start`` (looking back at most 40
    characters), or (-1, -1) when there is only white space."""
    low = max(0, start - 40)
    end = start
    while end > low and text[end - 1].isspace():
        end -= 1
    if end == low:
        return -1, -1
    begin = end
    while begin > low and not text[begin - 1].isspace():
        begin -= 1
    return begin, end
