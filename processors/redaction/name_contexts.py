"""Non-person contexts of a capitalised run: the words around it that make it a place or a
product ("the Hydro Flask", "Levi Strauss 501", "Khao San Road").
"""

from __future__ import annotations

import re

from processors.redaction.lexicon import place_names
from processors.redaction.name_set7 import (
    NOT_AFTER_WORDS,
    NOT_BEFORE_WORDS,
    PRODUCT_KEYS,
    last_word,
    organisation_run,
    street_after,
)

# A capitalised run right after these is a place or a product ("the Buenos Aires sign",
# "hotels in Hong Kong", "X vs Y"), not a person.
_NOT_AFTER_WORDS = frozenset(
    ["the", "in", "near", "vs", "versus", "my", "our", "your", "his", "their", "x"]
)
_NOT_AFTER_WORDS |= NOT_AFTER_WORDS  # (set 7)
# ... or right before "vs", "size" or a model number that ends the phrase ("Levi Strauss
# 501", "Levi Strauss 501 size 36"; not a phone "555-0132" nor a house number "12 Main St").
_NOT_BEFORE_WORDS = (
    "vs", "versus", "size", "manual", "review", "reviews", "specs", "charger", "case", "price",
    "battery", "replacement", "firmware", "deal", "deals", "sale", "refurbished", "accessories",
    *NOT_BEFORE_WORDS,
)  # fmt: skip
_NOT_BEFORE = re.compile(" (?:" + "|".join(_NOT_BEFORE_WORDS) + r")\b")
# (a cheap test of the letter after the space saves most regex calls)
_NOT_BEFORE_INITIALS = frozenset(word[0] for word in _NOT_BEFORE_WORDS)
_MODEL_NUMBER = re.compile(r" \d+\b(?![-/.,:]\d)")
_STREET_WORDS_AFTER = frozenset(
    [
        "rue",
        "avenue",
        "allée",
        "impasse",
        "boulevard",
        "chemin",
        "via",
        "viale",
        "corso",
        "piazza",
        "calle",
        "avenida",
        "paseo",
        "plaza",
        "rua",
        "street",
        "st",
        "road",
        "rd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "ul.",
        "ulica",
        "de",
        "del",
        "di",
        "van",
    ]
)
_PRODUCT_KEY = re.compile(
    rf"(?i)(?:product|item|brand|model|title|{PRODUCT_KEYS})[\"']?\s*[:=]\s*[\"']?$"
)


def _product_or_place(text: str, start: int, end: int) -> bool:
    """A run that names a place ("Buenos Aires") or a product ("the Hydro Flask", "Levi
    Strauss 501"), judged by the list of places and the words around it."""
    if text[start:end].lower() in place_names() or organisation_run(text[start:end]):
        return True
    before = text[max(0, start - 16) : start]
    if before.endswith(" "):
        words = before.split()
        last = words[-1] if words else ""
        if not last.isalpha():
            last = last_word(last)  # (set 7) after a key: '"street":"Avenida'
        if last.rstrip(".").lower() in _NOT_AFTER_WORDS:
            return True
    elif before.endswith(("'", '"', ":", "=")) and _PRODUCT_KEY.search(before):
        return True
    if not text.startswith(" ", end):
        return False
    if street_after(text, end):  # (set 7) "Khao San Road", "Königsberger Str. 36"
        return True
    following = text[end + 1 : end + 2]
    if not following.isdecimal():  # (\d is exactly the decimal digits)
        return following in _NOT_BEFORE_INITIALS and _NOT_BEFORE.match(text, end) is not None
    model = _MODEL_NUMBER.match(text, end)
    if model is None:
        return False
    # A number then a capitalised word, a line break or a street word is a house number.
    after = text[model.end() : model.end() + 20]
    if not after.startswith(" "):
        return not after.startswith(("\n", ",\n"))
    following = after.split(None, 1)[0] if after.strip() else ""
    return not (following[:1].isupper() or following.lower().strip(",.") in _STREET_WORDS_AFTER)
