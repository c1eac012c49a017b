"""Streets named before their number: a street-type word first (``Via Roma 10``), a compound
ending in a street suffix (``Goetheplatz 3``) or a type written apart (``Kongens gate 89A``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_ends import comma_number_ends
from processors.redaction.address_formats import apart_name_start
from processors.redaction.address_layout import apart_word
from processors.redaction.address_vocabulary import (
    ADDRESS_LOWER,
    APART_STREET_TYPES,
    JOINED_STREET_SUFFIXES,
    STREET_FIRST_ANCHOR_TYPES,
    STREET_WORD_RUNS,
)
from processors.redaction.lexicon import common_words, english_words

__all__ = ["lower_street_name", "means_via", "street_first_anchors"]

# A number after a space after a letter-like character, a dot or a comma (the look-behind
# lets through a superset of the numbers street_first_anchors looks at: "Via Roma, 10" has
# its number after a comma); group 1 is the number ("112hs", "4bis", "287-II", "39/114",
# "29/C"). The pattern starts with the space so that the regex engine can skip from space to
# space. (A comma and more digits may follow in CSV, "Via Mazzini 71,06 93 94 45 56", but not
# three digits: "1,299" is a price.)
_HOUSE_NUMBER_PATTERN: Final = (
    r" (?<=[^\W\d_] |\. |, )(\d{1,5}(?:[A-Za-z]|hs|HS|bis)?(?:[/-]\d{1,4}[A-Za-z]?){0,2}"
    r"(?:/[A-Z](?![\w/-]))?"  # (stop 43) an Italian letter after a slash: "Via dei Cestai, 29/C"
    r"(?:-I{1,3}|-i{1,3}|-[A-Za-z](?![\w/-]))?(?:/(?:Top|top|TOP) \d{1,4})?)"
    r"(?![\w/-]|\.\d|,\d{3}(?!\d))"
)
_HOUSE_NUMBER: Final = re.compile(_HOUSE_NUMBER_PATTERN)
# In ASCII text "\w" and "\d" match the same characters with re.ASCII, which tests them faster.
_HOUSE_NUMBER_ASCII: Final = re.compile(_HOUSE_NUMBER_PATTERN, re.ASCII)
# Quotes, brackets and key separators end a word on the left (new_addr="Keizersstraat 68").
# (A regex substitution: str.translate with a table is many times slower on non-ASCII text.)
_OPENER: Final = re.compile("[\"'([{=:,;|\n\t>\u00ab\u201c\u2018]")  # (stop 36) ">": "<td>Rua X, 1"
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_LONGEST_SUFFIX: Final = max(len(suffix) for suffix in JOINED_STREET_SUFFIXES)
# A number sign after the street's comma: "Rua do Poço Velho, n.º 64", "Rua X, nº 5".
_NUMBER_SIGN: Final = re.compile(r"(?i), n\.?[º°]$")
_NUMBER_SIGN_ENDS: Final = "º°"


def street_first_anchors(text: str, lowered: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each "street name + number" (``Goetheplatz 3``, ``Via Roma 10``)."""
    # (A list, not a generator: compiled, a generator keeps every local on its heap frame.)
    found: list[tuple[int, int]] = []
    prefix_types: bool | None = None  # whether any street-type word occurs, when first needed
    for number in (_HOUSE_NUMBER_ASCII if text.isascii() else _HOUSE_NUMBER).finditer(text):
        end_of_name = number.start()  # (the space before the number)
        if text[end_of_name - 1 : end_of_name] == "," and comma_number_ends(text, number.end()):
            end_of_name -= 1  # "Rua de Santa Catarina, 282": Iberian and Italian style
        elif text[end_of_name - 1 : end_of_name] in _NUMBER_SIGN_ENDS and (
            (sign := _NUMBER_SIGN.search(text, max(0, end_of_name - 6), end_of_name)) is not None
        ):
            end_of_name = sign.start()  # "Rua do Poço Velho, n.º 64": Portuguese "número"
        if end_of_name < 2 or not (text[end_of_name - 1].isalpha() or text[end_of_name - 1] == "."):
            continue  # a street name ends in a letter (or "str."); "4111 1111" is no street
        # A cheap pre-test on the last characters of the name: lower-casing only ever adds a
        # combining dot after "İ", so a name whose lower case ends in a suffix passes it.
        name_end = text[max(0, end_of_name - _LONGEST_SUFFIX) : end_of_name]
        name_end_lower = name_end.lower()
        if name_end_lower.endswith(JOINED_STREET_SUFFIXES):
            word_start = text.rfind(" ", max(0, end_of_name - 40), end_of_name) + 1
            last = _OPENER.sub(" ", text[word_start:end_of_name]).rsplit(" ", 1)[-1]
            lower = last.lower()
            if lower.endswith(JOINED_STREET_SUFFIXES) and _NAME_WORD.fullmatch(last):
                stem = next(
                    len(lower) - len(x) for x in JOINED_STREET_SUFFIXES if lower.endswith(x)
                )
                if stem >= 2 and last[:stem].isalpha():
                    found.append((end_of_name - len(last), number.end()))
                    continue
                if stem == 0 and (apart := apart_name_start(text, word_start, number.end())) >= 0:
                    # "Königsberger Str. 36": a type written apart
                    found.append((apart, number.end()))
                    continue
        elif name_end_lower.endswith(APART_STREET_TYPES) or apart_word(name_end):
            type_start = end_of_name - len(name_end.rsplit(" ", 1)[-1])
            if (apart := apart_name_start(text, type_start, number.end())) >= 0:
                found.append((apart, number.end()))  # "Kongens gate 89A"
                continue
        if prefix_types is None:
            prefix_types = not STREET_FIRST_ANCHOR_TYPES.isdisjoint(
                _OPENER.sub(" ", lowered).split()
            )
        if not prefix_types:
            continue
        line_start = text.rfind("\n", 0, end_of_name) + 1
        window_start = max(line_start, end_of_name - 60)
        words = _OPENER.sub(" ", text[window_start:end_of_name]).split(" ")
        if STREET_FIRST_ANCHOR_TYPES.isdisjoint(map(str.lower, words[-5:-1])):
            continue
        position = end_of_name
        for count, word in enumerate(reversed(words[-5:])):
            position -= len(word) + (1 if count else 0)
            if not word and count and position > window_start:
                continue  # a double space: "Via  Roma 10"
            if not word or (count and word.lower() in STREET_FIRST_ANCHOR_TYPES):
                if word:
                    found.append((position, number.end()))
                break
            if not _NAME_WORD.fullmatch(word):
                break
    return found


_NOT_NAME_WORDS: Final = ADDRESS_LOWER | STREET_WORD_RUNS


def lower_street_name(anchor: str) -> bool:
    """In cased text, "via email 2" is not a street: its name is capitalised or not English."""
    words = anchor.split()[:-1]
    if anchor.islower() and words[0] in STREET_FIRST_ANCHOR_TYPES and words[0] != "via":
        return False  # "rua de santa catarina, 21" typed in lower case
    names = [w for w in words[1:] if w.lower() not in _NOT_NAME_WORDS] or words
    name = names[0].lower()
    # (stop 25: any English word, "via trunk 42"; but a short one may be a street type's
    # abbreviation that the 35,000-word list holds too: "Rävala pst 5")
    return not names[0][:1].isupper() and (
        name in common_words() or (len(name) > 3 and name in english_words())
    )


# (stop 29) A verb of sending or travelling before a lower-case "via": the way something went
# ("shipped via waybill 283-945-6679", "paid via paypal 12"), no Italian street.
_VERB_BEFORE_VIA: Final = re.compile(
    r"(?i)\b(?:shipped|ship|sent|send|sending|delivered|dispatched|posted|paid|pay|ordered"
    r"|booked|contacted|submitted|returned|received|arrived|came|forwarded|notified|tracked"
    r"|travel(?:l)?ed|went|flew|connected|reached|routed|transferred|refunded|reported)"
    r"(?: (?:it|them|this|that|back|out|over))? $"
)


def means_via(text: str, start: int) -> bool:
    """The anchor at ``start`` opens with a lower-case "via" after a verb of sending or
    travelling: "by way of", not a street."""
    return (
        text.startswith("via ", start)
        and _VERB_BEFORE_VIA.search(text, max(0, start - 24), start) is not None
    )
