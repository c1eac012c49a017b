"""Street-name-first addresses recognised by the postal code that follows them.

Most of continental Europe writes the street name, then the house number, then the postal
code and the town: ``Meir 143, 2000 Antwerpen``, ``Ermou 25, 105 63 Athina``, ``Vodičkova
681/14, 110 00 Praha 1``, ``Karl Johans gate 22\\n0159 Oslo``. When the street name carries
no street-type word or suffix (which :mod:`processors.redaction.addresses` looks for), the
postal code after the number is the evidence. Postal codes here are the national shapes:
four or five digits (most of Europe, the US), ``ddd dd`` (Sweden, Greece, Czechia), ``dd-ddd``
(Poland), ``dddd-ddd`` (Portugal), ``dddd AA`` (the Netherlands), a letter and four digits
(Argentina). (Stop 34) Between the number and the code may stand a Dutch "-huis" or a letter
apart (``Berkenpad 17-huis, 9712 HK Groningen``, ``Berkenpad 8 C``) or a Danish floor and
side (``Birkealle 14, 3. th., 8000 Aarhus C``), a Polish flat (``Słoneczna 12 m. 3``).

The street name is one to four words before the number: capitalised words (or, in caseless
text, any words) that are not common English, particles, or street-type words written apart
(``gate``, ``Straße``). The word right before the number must not be common English unless it
is a street-type word, so ``Windows 11, 2024 Edition`` is no address.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_vocabulary import STREET_TYPES_APART
from processors.redaction.lexicon import common_words, stop_words

__all__ = ["postcode_anchors"]

_NUMBER_THEN_POSTCODE: Final = re.compile(
    r"\d(?:(?<=[^\W\d_] \d)|(?<=[^\W\d_], \d))\d{0,3}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}"
    r"(?:-[A-Za-z])?"
    # (stop 34) a Dutch house number's "-huis" or letter apart ("392-huis", "14 B"), a Danish
    # floor and side ("221, 5. th.", "205, st. tv.", "180, st.", "14, 1. sal"), a Polish flat
    # ("12 m. 3", "12 lok. 5")
    r"(?:-(?i:huis|hs)| [A-Z]|, \d{1,2}\. ?(?i:tv|th|mf)\.|, (?i:st)\.(?: ?(?i:tv|th|mf)\.)?"
    r"|, \d{1,2}\. (?i:sal)\.?"
    r"| (?i:m|lok)\. ?\d{1,4})?"
    r"(?=(?:, ?| ?\n ?)(?:[A-Za-z]{1,2}-)?"
    r"(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} [A-Za-z]{2}"
    r"|[A-Z]\d{4}) (?P<city>[^\W\d_]))"
)
# What every match above contains; searching for it first is far cheaper (the regex engine
# skips straight to commas and line breaks).
_POSTCODE_HINT: Final = re.compile(r"[,\n] ?(?:[A-Za-z]{1,2}-)?\d")
# Particles inside street names.
_PARTICLES: Final = frozenset(
    ["de", "la", "le", "des", "du", "del", "della", "di", "da", "dos", "van", "von", "der", "den"]
)
# Quotes, brackets and key separators end the street name on the left, like a line break.
# (A regex substitution: str.translate with a table is many times slower on non-ASCII text.)
_OPENER: Final = re.compile("[\"'([{=:,;|\t\u00ab\u201c\u2018]")
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_MAX_WORDS: Final = 4
# German street names may start with a capitalised preposition: "Am Mühlbach 50".
_LEADING: Final = frozenset(["Am", "Im", "An", "Auf", "Zum", "Zur", "Unter", "Hinter", "In"])


def postcode_anchors(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each street name and house number followed by a postal code."""
    found: list[tuple[int, int]] = []  # (a list: compiled, a generator is slower)
    if _POSTCODE_HINT.search(text) is None:
        return found  # no comma or line break before digits: no postal code after a house number
    common = common_words()
    caseless_text = text.islower()
    for number in _NUMBER_THEN_POSTCODE.finditer(text):
        # An address written in lower case ("mariahilfer straße 165, 1060 wien") is read as
        # caseless text even inside a capitalised sentence.
        caseless = number.group("city").islower()
        end_of_name = number.start() - 1
        if text[end_of_name - 1] == ",":
            end_of_name -= 1  # "Ronda de Toledo, 58, 47001 Valladolid"
        line = _OPENER.sub("\n", text[max(0, end_of_name - 60) : end_of_name])
        words = line.rsplit("\n", 1)[-1].split(" ")
        start = end_of_name
        taken = 0
        named = False  # whether a word other than a street type or particle was taken
        for index, word in enumerate(reversed(words)):
            lower = word.lower()
            if not word or not _NAME_WORD.fullmatch(word) or taken == _MAX_WORDS:
                break
            if len(word) == 1 and word.islower() and caseless and not caseless_text:
                break  # (stop 34) "llegó a jabloňová 1178/282, 301 02 plzeň": a preposition
            apart = lower in STREET_TYPES_APART or lower in _PARTICLES
            if index == 0 and lower in common and lower not in STREET_TYPES_APART:
                break  # "Windows 11, 2024 Edition": the word before the number is English
            if not apart and (lower in stop_words() or (not caseless and not word[0].isupper())):
                break
            if not apart and lower in common and not caseless and index > 0:
                break  # "Ship To Meir 143": a capitalised English word ends the name
            start -= len(word) + (1 if index else 0)
            taken += 1
            named = named or not apart
        while taken and text[start : start + 4].split(" ", 1)[0].lower() in _PARTICLES:
            start = text.index(" ", start) + 1  # a street name does not start with "de"
            taken -= 1
        if taken and named:
            before = _OPENER.sub("\n", text[max(0, start - 7) : start]).rsplit("\n", 1)[-1]
            lead = before[:-1].rsplit(" ", 1)[-1] if before.endswith(" ") else ""
            if lead in _LEADING:
                start -= len(lead) + 1
            found.append((start, number.end()))
    return found
