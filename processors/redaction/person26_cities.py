"""Stop 26: a city written after a full name is no part of it ("Arjun Nair Duluth").

Search queries put a place after the person they look for. In cased text the city joins the
capitalised run of the name, and the span then holds the city and misses the name's exact
end. :func:`trim_trailing_cities` cuts a run of three or more words back to before the city
when its last word or words (and any words that continue them: "Freiburg im Breisgau") are a
listed city of 15,000+ people (:func:`lexicon.city_names`: its one-word cities are no
Faker surname or given name, so "Oliveira" and "Caldwell" are not there), two or more words
of the name stay, the word before the city is no initial or particle (then the city is a
surname: "Tinhinane M. Blackwood", "van 't Hof", "Marguin D. de la Cruz"), and a one-word
city is no listed given name ("Adelaide", "Austin" end many names). A PERSON span lying
inside such a city's words is dropped as well.

(Stop 44, set 42) After a title, one word of the name is enough: "Mr Kuznetsova Salta council
surgery phone", "Cllr. Curci Whitby ..." (a title's surname, then the town searched with it),
unless a comma stands between the two words ("Coach Tekle, Idil": surname and given name).
The bundled lists cannot tell a given name from a surname well enough to spare "Dr Maria
Salta" (Salta her surname); on our corpora a town after a title's one name was the rule.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, city_names, first_names
from processors.redaction.name_title_words import TITLE_WORDS, title_word_before
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["trim_trailing_cities"]

_WORD: Final = re.compile(r"[^\s,]+")
# Up to four words joined by single spaces: the longest city name to try at a word.
_PHRASE: Final = re.compile(r"[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,3}")
# A city's river or region after it: "Freiburg im Breisgau", "Frankfurt am Main", "Halle an
# der Saale", "Newcastle upon Tyne" (GeoNames lists the first word alone).
_CITY_QUALIFIER: Final = re.compile(r" (?:im|am|an der|ob der|upon|on|sur) [^\W\d_][\w'\u2019-]*")
_MIN_NAME_WORDS: Final = 2
# Titles and ranks before a surname (besides name_title_words): councillors, police, courts.
_TITLES_AND_RANKS: Final = TITLE_WORDS | {
    "cllr",
    "insp",
    "pc",
    "sgt",
    "det",
    "judge",
    "coach",
    "capt",
}


def trim_trailing_cities(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with each person span's trailing city cut off (see the module docstring)."""
    kept: list[PiiSpan] = []
    cities: list[tuple[int, int]] = []
    for span in spans:
        spaces = text.count(" ", span.start, span.end)
        if span.entity_type == PERSON and (
            spaces >= 2 or (spaces == 1 and _surname_after_title(text, span))
        ):
            trimmed = _without_city(text, span, cities, 1 if spaces == 1 else _MIN_NAME_WORDS)
            if trimmed is not None:
                kept.append(trimmed)
                continue
        kept.append(span)
    if not cities:
        return kept
    return [
        s
        for s in kept
        if s.entity_type != PERSON or not any(a <= s.start and s.end <= b for a, b in cities)
    ]


def _surname_after_title(text: str, span: PiiSpan) -> bool:
    """Whether a title stands right before ``span``, two words with no comma between them."""
    if "," in text[span.start : span.end]:
        return False  # ("Coach Tekle, Idil": surname and given name)
    return title_word_before(text, span.start, _TITLES_AND_RANKS)


def _without_city(
    text: str, span: PiiSpan, cities: list[tuple[int, int]], min_words: int
) -> PiiSpan | None:
    """``span`` cut before a city that ends it and leaves ``min_words`` words of the name, or
    None (the city's place goes to ``cities``)."""
    words = [m.span() for m in _WORD.finditer(text, span.start, span.end)]
    for first in range(max(min_words, len(words) - 2), len(words)):
        before = text[words[first - 1][0] : words[first - 1][1]]
        if before.endswith(".") or len(before) == 1 or before.lower() in NAME_PARTICLES:
            continue  # (an initial or a particle: the city is a surname)
        city_start = words[first][0]
        phrase = _PHRASE.match(text, city_start)
        if phrase is None:
            continue
        candidates = phrase.group().split(" ")
        for size in range(len(candidates), 0, -1):
            city = " ".join(candidates[:size])
            city_end = city_start + len(city)
            if city_end < span.end:
                break  # (the city must reach the span's end)
            lower = city.lower()
            if lower in city_names() and (size > 1 or lower not in first_names()):
                qualifier = _CITY_QUALIFIER.match(text, city_end)
                if qualifier is not None:
                    city_end = qualifier.end()
                cities.append((city_start, city_end))
                return PiiSpan(span.start, words[first - 1][1], PERSON)
    return None
