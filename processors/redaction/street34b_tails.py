"""(Stop 34b, from set 31's even half) Where an address found starts and ends, fixed for
layouts the walk reads wrong; applied to every span the address finder found:

* a word of another language that ends the address, even where the walk reads its dot as
  an abbreviation's before a number (Indonesian "cepat. 3/5", Vietnamese ", sđt", Turkish
  "\\nadresine gönderildi", Portuguese ". Telefone:", chat "b4 lunch"): the address ends
  before it;
* a Malaysian house number written with a comma before the street type (``12, Jalan Mawar
  3, ...``, ``7, Lorong ...``) belongs to the address;
* a Canadian unit written first (``Apt 12 345 Elm Blvd, ...``) belongs to the address;
* a house name before the number on its line (``Owl Barn, 25 Mill Lane``);
* a country after a comma (``..., 47300 Petaling Jaya, Selangor, Malaysia``);
* a Brazilian block and flat, bairro, "City - UF" and CEP lines after the number
  (``Rua X, 28 - bloco C, ap. 12\\nBairro\\nMaceió - AL\\nCEP 57000-000``);
* a Romanian county after its abbreviation (``..., 400123 Cluj, jud. Cluj``): the walk stops
  at the abbreviation's dot;
* a Mexican postal code's town and state (``C.P. 76000 Querétaro, Qro.``, or on the next
  line: ``C.P. 68000\\nOAXACA, OAX.``), and the state after the town (``C.P. 83000,
  Hermosillo, Son.``);
* the state written alone on the line after an Indian "Town - 560001" or a Malaysian
  "47300 Town" line (``Bengaluru - 560001\\nKarnataka``; Malaysian only in an address with
  a Malay street or estate word), and a country's line after it, when the line after them
  is empty, a ``Label:`` line or prose in lower case; a line of common English words
  ("Thanks") is no state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import common_words
from processors.redaction.spans import PiiSpan, crosses_any

__all__ = ["with_fixed_bounds"]

_W: Final = r"[^\W\d_][\w'\u2019-]*"
# Words of other languages that end an address, with the separator before them.
# (Portuguese "Telefone" follows a sentence: "... Birrigai Rd. Telefone: ...". The chat
# spelling "b4" is "before" ("... johor b4 lunch"), not a block's "bl. B4": it is not in
# address_ends.TERMINATORS, which would end "bl. b4, sc. 1" too.)
_FOREIGN_END: Final = re.compile(
    r"(?:,? |\n)(?:sđt|cepat|adresine)(?!\w)|\.? Telefone(?!\w)|(?<!bl\.) b4(?= [a-z])"
)
_MALAY_TYPE_START: Final = re.compile(r"(?i)(?:jalan|jln\.|jl\.|lorong|lrg\.) ")
_MALAY_NUMBER_BEFORE: Final = re.compile(r"(?<![\w/.#-])\d{1,4}[A-Za-z]?, $")
_UNIT_WORD_BEFORE: Final = re.compile(r"(?i)(?<![\w-])(?:apt|unit|suite)\.? $")
_UNIT_NUMBER_STREET: Final = re.compile(r"\d{1,5} \d{1,6} [^\W\d_]")
# A house name before the number on its line: one or two capitalised words and a dwelling
# noun (those of street_starts that rarely name a firm or a hall).
_HOUSE_NOUNS: Final = "barn|cottage|farm|farmhouse|lodge|manor|grange|rectory|vicarage|bungalow"
_HOUSE_NAME_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:[A-Z][a-z]+ ){{1,2}}(?:{_HOUSE_NOUNS.title()}), $"
)
_UPPER_HOUSE_NAME_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:[A-Z]+ ){{1,2}}(?:{_HOUSE_NOUNS.upper()}), $"
)
# In lower case, no function word of a sentence ("at the barn, 25 ...").
_LOWER_HOUSE_NAME_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?!(?:the|a|an|at|to|in|on|by|of|from|near|my|our|your|his|her|their)"
    rf" )[a-z]+ ){{1,2}}(?:{_HOUSE_NOUNS}), $"
)
# A country's name of one or two words after a comma, then the end of the sentence or text.
_COUNTRY_AFTER: Final = re.compile(rf", ({_W})(?: ({_W}))?")
_END_AFTER_COUNTRY: Final = re.compile(r"$|[?!\n\"]|[.,] |\.$| [a-z]")
# A Brazilian block and flat after the number, the bairro line, "City - UF" and the CEP line.
_BRAZILIAN_TAIL: Final = re.compile(
    rf" - {_W}(?: {_W})? [A-Z0-9]{{1,3}}(?:, {_W}\.? ?\d{{1,4}}[A-Z]?)?"
    rf"\n{_W}(?: {_W}){{0,3}}\n{_W}(?: {_W}){{0,3}} - [A-Z]{{2}}\n(?:CEP )?\d{{5}}-\d{{3}}(?![\w-])"
)
_COUNTY_AFTER: Final = re.compile(rf"\. {_W}")
_MEXICAN_STATE: Final = re.compile(r", (?:[A-Za-z][a-z]{1,4}|[A-Z]{2,5})\.")
_MEXICAN_TOWN_STATE: Final = re.compile(
    rf"(?:,? |\n){_W}(?: {_W}){{0,2}}, (?:[A-Za-z][a-z]{{1,4}}|[A-Z]{{2,5}})\."
)
# The last line of an address before a state line: "Town - 560001", or "47300 Town" when the
# address has a Malay street or estate word (a German "02882 Görlitz\nFRAGILE" has none).
_POSTCODE_LINE: Final = re.compile(rf"{_W}(?: {_W}){{0,2}} - \d{{6}}$")
_MALAY_POSTCODE_LINE: Final = re.compile(rf"\d{{5}} {_W}(?: {_W}){{0,2}}$")
_MALAY_WORD: Final = re.compile(r"(?i)\b(?:jalan|jln|lorong|lrg|taman|persiaran)\b")
_STATE_LINE: Final = re.compile(rf"\n({_W}(?: {_W}){{0,2}})(?=\n|$)")
_AFTER_STATE: Final = re.compile(r"$|\n(?:\n|$|[a-z]|[^\W\d_][\w ]{0,20}:)")


def with_fixed_bounds(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the starts and ends above fixed; a span never grows over another span
    or a barrier."""
    fixed: list[PiiSpan] = []
    for span in found:
        start = _fixed_start(text, span.start)
        end = _fixed_end(text, start, span.end)
        # (The spans may overlap one another: the resolver keeps one of them later.)
        before = max((s.end for s in found if s.end <= span.start), default=0)
        after = min((s.start for s in found if s.start >= span.end), default=len(text))
        if start < span.start and (start < before or crosses_any(barriers, start, span.start)):
            start = span.start
        if end > span.end and (end > after or crosses_any(barriers, span.end, end)):
            end = span.end
        if end <= start:
            continue
        fixed.append(span if (start, end) == (span.start, span.end) else
                     PiiSpan(start, end, span.entity_type))  # fmt: skip
    return fixed


def _may_end_foreign(span: str) -> bool:
    """False only when _FOREIGN_END has no match in ``span`` (speed: each match holds one of
    these words, and the search tries the pattern at every space of the span)."""
    return (
        "b4" in span or "Telefone" in span or "cepat" in span or "sđt" in span or "adresine" in span
    )


def _fixed_start(text: str, start: int) -> int:
    if start < 3:
        return start
    if _MALAY_TYPE_START.match(text, start):
        number = _MALAY_NUMBER_BEFORE.search(text, max(0, start - 8), start)
        return number.start() if number else start  # "12, Jalan Mawar 3"
    if text[start].isdigit() and _UNIT_NUMBER_STREET.match(text, start):
        unit = _UNIT_WORD_BEFORE.search(text, max(0, start - 7), start)
        return unit.start() if unit else start  # "Apt 12 345 Elm Blvd"
    if text[start].isdigit() and text.startswith(", ", start - 2):
        line = text[start : start + 20].split("\n", 1)[0]
        before = (
            _LOWER_HOUSE_NAME_BEFORE
            if line.islower()
            else _UPPER_HOUSE_NAME_BEFORE
            if line.isupper()
            else _HOUSE_NAME_BEFORE
        )
        house = before.search(text, max(0, start - 40), start)
        return house.start() if house else start  # "Owl Barn, 25 Mill Lane"
    return start


def _country_end(text: str, end: int) -> int:
    """The end of ", <country>" (one or two words, the longer first) right after ``end`` when
    the text goes on as after an address; else ``end``."""
    country = _COUNTRY_AFTER.match(text, end) if text.startswith(", ", end) else None
    if country is not None:
        for group in (2, 1) if country.group(2) else (1,):
            name_end = country.end(group)
            name = text[country.start(1) : name_end].lower()
            if name in country_names() and _END_AFTER_COUNTRY.match(text, name_end):
                return name_end
    return end


def _fixed_end(text: str, start: int, end: int) -> int:
    cut = _FOREIGN_END.search(text, start, end) if _may_end_foreign(text[start:end]) else None
    if cut is not None and cut.start() > start:
        return cut.start()  # "..., Johor cepat. 3/5"
    tail = text[max(start, end - 5) : end].lower()
    if tail.endswith("jud") and (county := _COUNTY_AFTER.match(text, end)):
        return county.end()  # "..., jud. Cluj"
    if tail[-5:].isdigit() and text[max(start, end - 11) : end - 5].lower().endswith("c.p. "):
        town = _MEXICAN_TOWN_STATE.match(text, end)
        # (stop 45: and the country after the state, "Durango, Dgo., Mexico, says")
        return _country_end(text, town.end()) if town else end  # "C.P. 76000 Querétaro, Qro."
    if text.startswith(", ", end) and "c.p. " in text[start:end].lower():
        state = _MEXICAN_STATE.match(text, end)
        return state.end() if state else end  # "C.P. 83000, Hermosillo, Son.. Mi teléfono"
    if (country_end := _country_end(text, end)) > end:
        return country_end  # "..., selangor, malaysia?", "..., Lagos, Nigeria b4 noon"
    if text.startswith(" - ", end) and (brazil := _BRAZILIAN_TAIL.match(text, end)):
        return brazil.end()  # "Rua X, 28 - bloco C, ap. 12\nBairro\nCity - UF\nCEP 57000-000"
    if text.startswith("\n", end):
        line_start = text.rfind("\n", start, end) + 1 or start
        state = _STATE_LINE.match(text, end)
        if (
            state is not None
            and _not_prose(state.group(1))
            and (
                _POSTCODE_LINE.match(text, line_start, end) is not None
                or (
                    _MALAY_POSTCODE_LINE.match(text, line_start, end) is not None
                    and _MALAY_WORD.search(text, start, end) is not None
                )
            )
        ):
            country = _STATE_LINE.match(text, state.end())  # (a country's line after it)
            if (
                country is not None
                and country.group(1).lower() in country_names()
                and _AFTER_STATE.match(text, country.end()) is not None
            ):
                return country.end()  # "Bengaluru - 560001\nKarnataka\nIndia"
            if _AFTER_STATE.match(text, state.end()) is not None:
                return state.end()  # "Bengaluru - 560001\nKarnataka"
    return end


def _not_prose(line: str) -> bool:
    """Whether some word of ``line`` is no common English word ("West Bengal", not "Thanks")."""
    return not common_words().issuperset(line.lower().split())
