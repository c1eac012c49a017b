"""Where a street address ends after its postal code (set-11 round), applied to every span
the address finder found:

* an Italian province code in brackets after the postal code and town belongs to the address
  in any case (``33125 udine (ud)``, as ``26133 Cremona (CR)`` does);
* a Dutch postal code's two letters belong to it even when they spell an English word, which
  ends the walk (``7529 at gouda``, ``1012 an amsterdam``); the town after them too;
* in a caseless search query, a town named after a saint (``9019 st. gallen``, ``4450 st.
  pölten``) ends before the query words that follow it (``zillow sold price history``): the
  abbreviation reads as a street type, which lets the walk go on.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import common_words
from processors.redaction.spans import PiiSpan

__all__ = ["street11_ends"]

_PROVINCE: Final = re.compile(r" \((?:[a-z]{2}|[A-Z]{2})\)(?![\w(])")
_CAP_TOWN_END: Final = re.compile(
    r"(?<![\w-])\d{5} [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}$"
)
_DUTCH_CODE_END: Final = re.compile(r"(?:,|\n) ?\d{4}$")
# The letters of a Dutch postal code (never SA, SD or SS) and the town after them.
_DUTCH_LETTERS_TOWN: Final = re.compile(
    r" (?!(?i:sa|sd|ss)\b)(?P<letters>[a-z]{2}|[A-Z]{2}) (?P<town>[^\W\d_][\w'\u2019-]+)"
)
_SAINT_TOWN: Final = re.compile(
    r"(?<![\w-])\d{4,5} (?:st|ste|sankt|saint|san|santa)\.? [^\W\d_][\w'\u2019-]*"
)


def street11_ends(text: str, found: list[PiiSpan], stops: list[int]) -> list[PiiSpan]:
    """``found`` with the ends above moved; ``stops`` are the sorted starts of the barriers
    (ending with the text's length). A span grows only up to the next barrier or span."""
    if not found:
        return found
    starts = sorted([s.start for s in found] + stops)
    result: list[PiiSpan] = []
    for span in found:
        end = _new_end(text, span.start, span.end)
        if end > span.end and any(span.end <= s < end for s in starts):
            end = span.end  # (never over a barrier or another span)
        result.append(span if end == span.end else PiiSpan(span.start, end, span.entity_type))
    return result


def _new_end(text: str, start: int, end: int) -> int:
    """Where the address ``text[start:end]`` ends by the rules in the module docstring."""
    if text.startswith(" (", end) and _CAP_TOWN_END.search(text, max(start, end - 60), end):
        province = _PROVINCE.match(text, end)
        if province is not None and (province.group().islower() == text[end - 1].islower()):
            return province.end()  # "33125 udine (ud)"
    if text.startswith(" ", end) and _DUTCH_CODE_END.search(text, max(start, end - 7), end):
        dutch = _DUTCH_LETTERS_TOWN.match(text, end)
        if (
            dutch is not None
            and dutch.group("letters").islower() == dutch.group("town").islower()
            and dutch.group("town").lower() not in common_words()
        ):
            return dutch.end()  # "7529 at gouda"
    if text.islower() and not text[end:].strip(" .!?"):
        saint = _SAINT_TOWN.search(text, max(start, end - 60), end)
        if saint is not None and saint.end() < end and text[saint.end()] == " ":
            rest = text[saint.end() : end].split()  # (after a comma: a region or a country)
            if rest and rest[0].isalpha() and rest[0] not in country_names():
                return saint.end()  # "9019 st. gallen zillow sold price history"
    return end
