"""Where a street address ends: rules of the set-10 tuning round (called from ``trim``).

* A lower-case preposition of time or contrast ends it even before a number (``12 Elm Way
  between 9 and 12``, ``Via Roma, 5 instead of mine``): the walk goes on over a lower-case word
  before a number.
* In a multi-line address, a last line that the text goes on after with two or more
  lower-case common English words is a handling note or a sentence, not a town
  (``...\\n02029 Albacete\\nFragile - keep upright``); a country stays (``\\nSlovenia last
  month``).
* A Japanese postal code (``ddd-dddd`` after the town, in an address with a block number
  ``1-2-3``) closes the address; only ``Japan`` may follow.
* In a caseless search query that goes on after the address, a postal code written first is
  followed by a one-word town (and a two-letter province code, ``73100 lecce le``); the rest is
  the query (``... 94026 passau redfin sold price``). Particles of town names (``san``, ``bad``,
  ``novi``...) keep the next word.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import common_words

__all__ = ["street10_end"]

# Prepositions of time and contrast that never stand inside a street line.
_CUT_WORDS: Final = re.compile(r" (?:between|instead|during|except|unless|whereas|although) ")
_JAPANESE_BLOCK: Final = re.compile(r"\d{1,2}-\d{1,2}(?:-\d{1,3})?\b")
_JAPANESE_POSTCODE_END: Final = re.compile(r"[^\W\d_] \d{3}-\d{4}(?!\d)")
_COUNTRY_JAPAN: Final = re.compile(r"(?i)(?:,? |\n)japan\b")
# "..., 73100 lecce le" / "1946 lf venlo": a postal code first, a town, a province code.
_POSTAL_TOWN: Final = r", \d{4,5}(?: [a-z]{2})? +([a-z'][a-z'-]+)(?: [a-z]{2}(?= |$))?"
_POSTAL_TOWN_TAIL: Final = re.compile(_POSTAL_TOWN + "(?= )")
_POSTAL_TOWN_LAST: Final = re.compile(_POSTAL_TOWN + "$")  # already ends there (trim runs again)
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# First words of town names that need the next word ("san sebastián", "bad ems").
_TOWN_PARTICLES: Final = frozenset(
    ["san", "santa", "santo", "são", "sao", "saint", "st", "sankt", "bad", "novi", "nova",
     "la", "le", "les", "el", "los", "las", "den", "villa", "castel", "porto", "puerto", "new",
     "stara", "nowy", "nowa", "velika", "mont", "port", "fort"]
)  # fmt: skip


def street10_end(text: str, start: int, end: int) -> int:
    """The end of the address ``text[start:end]`` by the rules of the module docstring."""
    span = text[start:end]
    if " " in span:
        cut = _CUT_WORDS.search(span)
        if cut is not None and cut.start() > 0:
            return start + cut.start()
    if "-" in span and (japanese := _japanese_end(span)) > 0:
        return start + japanese
    if span.count("\n") >= 2:
        return start + _handling_line_end(text, start, span)
    if end < len(text) and text[end] == " " and text.islower():
        return start + _query_town_end(span)
    return end


def _japanese_end(span: str) -> int:
    if _JAPANESE_BLOCK.search(span) is None:
        return 0
    code = _JAPANESE_POSTCODE_END.search(span)
    if code is None or code.end() == len(span):
        return 0
    country = _COUNTRY_JAPAN.match(span, code.end())
    return country.end() if country is not None else code.end()


def _handling_line_end(text: str, start: int, span: str) -> int:
    last_break = span.rfind("\n")
    last = span[last_break + 1 :]
    if not last or any(c.isdigit() for c in last) or text.islower():
        return len(span)
    end = start + len(span)
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]  # the line after the span
    common = common_words()
    lower_words = [w for w in _LETTERS.findall(rest) if w.islower() and len(w) > 1]
    if sum(w in common for w in lower_words) >= 2 and last.strip().lower() not in country_names():
        return last_break  # ("\nSlovenia last month": a country stays)
    return len(span)


def _query_town_end(span: str) -> int:
    last_part = span.rfind(", ")
    part_start = last_part if last_part >= 0 else 0
    if _POSTAL_TOWN_LAST.search(span, part_start) is not None:
        return len(span)
    match = _POSTAL_TOWN_TAIL.search(span, part_start)
    if match is None or match.group(1) in _TOWN_PARTICLES:
        return len(span)
    rest = span[match.end() :].split()
    countries = country_names()
    if rest and (rest[0] in countries or " ".join(rest[:2]) in countries):
        return len(span)  # "75001 paris france": the country stays
    return match.end()
