"""(set 10) Capitalised runs that are no person by the slot they stand in, and a job word
glued to the end of a name.

A brand, a product variant, a book or song title and a street are often named after a person
("Kate Spade", "Earl Grey", "Jane Eyre", "Karl Johans gate"); the words alone cannot tell, the
slot can:

* a search query's "<X> near me" and a shop's "<X> had a sale": a place or a business;
* a review's product attribute, "Color is <X>", "Flavour: <X>": a variant, not a person;
* a lower-case street word after the run, "<X> gate", "<X> straße": a street named after one;
* the object of a reading/listening verb, "Reading <X> again": a title (the run may end a
  longer title that starts there: "Reading Ode to Billie Joe"), but for a correction's "the
  byline should read <X>";
* an item of a numbered/bulleted list under a header that names works ("Reading list:",
  "Playlist:", "Books:");
* a trailing job word of a care profession ("dr lakatos orthodontist"): not part of the name.

Every check is anchored at the span's own edges, so a text pays only for its name spans.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    first_names,
    is_english,
    surname_words,
)
from processors.redaction.spans import PiiSpan

__all__ = ["refit_person10"]

# Before the span: a product attribute of a review or listing ("Color is", "Shade:").
# Capitalised words may stand between: the variant's own name ("Color is Dear John").
_ATTRIBUTE_BEFORE: Final = re.compile(
    r"\b(?i:colou?r|shade|flavou?r|scent|fragrance|finish|pattern|variant)"
    r"(?:\s+name)?(?:\s+is|\s+was|\s*[:=\-])\s*(?:[A-Z][\w'\u2019]*\s+)*$"
)
# After the span (a possessive "'s" may sit between): a search query for a place or a
# shop, or a shop's sale; or a lower-case street word of the languages that write it apart
# from the name ("Karl Johans gate", "... gade", "... vej"). One anchored match for both.
_SLOT_AFTER: Final = re.compile(
    r"(?:['\u2019]s)?\s+(?i:near\s+me\b|(?:had|has|is\s+having|was\s+having)\s+an?\s+(?:\w+\s+)?sale\b)"
    r"| (?:gate|gata|gatan|gaten|gade|vej|veien|vegen|straße|strasse|weg|gasse|utca|katu|"
    r"laan|allee|platz|plein|gracht|tie|väg|vägen)\b"
)
# A run that ends in a street word right after a house number is the street of an address
# ("11 Gorsey Grove" on a label line), not a person.
_HOUSE_NUMBER_BEFORE: Final = re.compile(r"(?:^|[\n,;:] ?|\s)\d{1,5}[A-Za-z]? $")
_STREET_WORDS: Final = frozenset(
    ["road", "street", "lane", "avenue", "drive", "grove", "crescent", "close", "way", "court",
     "place", "terrace", "gardens", "walk", "row", "hill", "square", "mews", "rise", "parade",
     "boulevard", "highway", "parkway"]
)  # fmt: skip
# A shop named after a person in the possessive: a capitalised English word the name rules
# trimmed off before it ("at Uncle Ben's", "Trader Joe's"); "my Uncle Ben's car" keeps the
# person. (A capitalised word after it, "Victoria's Secret", is no sign: "Anna's Mom".)
_POSSESSIVE: Final[tuple[str, ...]] = ("'s", "\u2019s")
# (mid-sentence: after a lower-case word or "The"; a sentence opener is no sign, "Met Anna's")
_CAPITAL_WORD_BEFORE: Final = re.compile(
    r"(?:(?<=[a-z] )|(?<![\w'])(?<=^The )|(?<=[.!?\n] The ))([A-Z][a-z]+) $"
)
_TITLES: Final = frozenset(["dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "lady", "lord"])
_DETERMINERS: Final[tuple[str, ...]] = (
    "my ",
    "your ",
    "his ",
    "her ",
    "our ",
    "their ",
    "My ",
    "Your ",
)
# Before the span: a verb whose object is a work, then only capitalised title words or small
# function words up to the span ("Reading Hey Jude", "listening to Ode to Billie Joe").
_WORK_VERB_BEFORE: Final = re.compile(
    r"\b(?:[Rr]e-?)?(?:[Rr]eading|[Rr]ead|[Ll]istening\s+to|[Ll]istened\s+to|[Hh]umming|"
    r"[Ss]inging)\s+(?:(?:[A-Z][\w'\u2019.]*|to|of|for|the|a|an|and|&|in|on|with)\s+)*$"
)
# (stop 45) A correction's "the byline should read <Name>": the name as it should be written.
_CORRECTED_NAME_BEFORE: Final = re.compile(
    r"\b(?:byline|credit|caption|signature|name)s?\b[^.;\n]{0,50}"
    r"\b(?:should|to|now|would|must)(?: now)?(?: have)? read\s+$"
)
# Any cue word of the two rules above (a superset, to skip their regexes).
# (The leading lookahead, every cue's first letter, lets the regex engine skip other
# characters in C; the words grouped by first letter: the same matches, found 2-3x faster.)
_SLOT_CUE: Final = re.compile(
    r"(?=[CcSsFfPpVvRrLlHh])(?:[Cc]olou?r|COLOU?R|[Ss](?:hade|cent|ing)"
    r"|[Ff](?:lavou?r|ragrance|inish)|[Pp]attern|[Vv]ariant|[Rr]ead|[Ll]isten|[Hh]umm)"
)
# A header line that names a list of works, and the item marker of a list line.
_WORK_LIST_HEADER: Final = re.compile(
    r"(?im)^[^\n]*\b(?:(?:reading|watch|wish|to-read|book|song|movie|film|track|album)\s*list|"
    r"playlist|watchlist|books|songs|movies|films|novels|tracks|albums|setlist)\b[^\n]*:[ \t]*$"
)
_LIST_ITEM: Final = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*\u2022])[ \t]")
# A job word that ends a "title name job" span ("dr kereama orthodontist"): endings of medical
# and care professions only (plain "-ist" ends surnames too: Lindqvist, Kleist).
_JOB_ENDINGS: Final[tuple[str, ...]] = (
    "dontist",
    "dentist",
    "ologist",
    "iatrist",
    "ician",
    "apist",
    "macist",
    "surgeon",
)


def refit_person10(text: str, span: PiiSpan) -> PiiSpan | None:
    """``span`` unchanged, shortened (a trailing job word), or None when its slot holds no
    person (see the module docstring)."""
    start, end = span.start, span.end
    if _SLOT_AFTER.match(text, end) is not None:
        return None
    low = max(0, start - 60)
    # (one scan for the cue words: the anchored-at-end regexes below try every position)
    if _SLOT_CUE.search(text, low, start) is not None:
        if _ATTRIBUTE_BEFORE.search(text, low, start) is not None:
            return None
        if (
            not text.startswith(_POSSESSIVE, end)
            and _WORK_VERB_BEFORE.search(text, low, start)
            and not _CORRECTED_NAME_BEFORE.search(text, low, start)
        ):
            return None
    if "\n" in text and _in_work_list(text, start):
        return None
    if (
        (text[start - 2 : start - 1].isdigit() or text[start - 3 : start - 2].isdigit())
        and _HOUSE_NUMBER_BEFORE.search(text, low, start) is not None
        and _ends_in_street_word(text, span)
    ):
        return None
    if text.startswith(_POSSESSIVE, end) and _shop_possessive(text, span, text[low:start]):
        return None
    if text[end - 1] in "tn":  # (every job ending ends in t or n)
        return _without_job_word(text, span)
    return span


def _ends_in_street_word(text: str, span: PiiSpan) -> bool:
    last = text[span.start : span.end].rsplit(" ", 1)
    return len(last) == 2 and last[1].lower() in _STREET_WORDS


def _shop_possessive(text: str, span: PiiSpan, head: str) -> bool:
    """True when the possessive name ending the span is a shop's (see _CAPITAL_WORD_BEFORE)."""
    words = text[span.start : span.end].split(" ")
    first = words[0].lower()
    if len(words) == 2 and is_english(first) and first not in first_names():
        return True  # (the English word kept in the span: "Papa John's", "Trader Joe's")
    before = _CAPITAL_WORD_BEFORE.search(head)
    if before is None or head.endswith(_DETERMINERS, 0, before.start()):
        return False
    word = before.group(1).lower()
    return is_english(word) and word not in first_names() and word not in _TITLES


def _in_work_list(text: str, start: int) -> bool:
    """True when ``start`` is on a list item line below a header naming works."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or _LIST_ITEM.match(text, line_start) is None:
        return False
    header = _WORK_LIST_HEADER.search(text, 0, line_start)
    if header is None:
        return False
    # (no blank line between the header and the item: still the same list)
    return "\n\n" not in text[header.end() : line_start]


def _without_job_word(text: str, span: PiiSpan) -> PiiSpan | None:
    words = text[span.start : span.end].split(" ")
    last = words[-1].lower()
    if (
        len(words) < 2
        or not last.endswith(_JOB_ENDINGS)
        or last in first_names()
        or last in surname_words()
    ):
        return span
    end = span.end - len(words[-1]) - 1
    return PiiSpan(span.start, end, span.entity_type)
