"""How :func:`names.find_names` joins a text's own names with those of its caseless reading
(stop 32: text in capitals and chat whose keyboard capitalised its sentences are read as
caseless text too; stop 36: prose with a listed given name in lower case).

Split out of :mod:`names` (stop 38) to keep that module small; the functions are unchanged.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import NAME_PARTICLES, first_names, is_english
from processors.redaction.person11_recall_words import listed_given
from processors.redaction.spans import PiiSpan

__all__ = ["holds_listed_given", "with_caseless_names"]


def with_caseless_names(
    text: str, found: list[PiiSpan], caseless: list[PiiSpan], lowered: str
) -> list[PiiSpan]:
    """``found`` and the names of the caseless reading ``lowered`` of ``text`` that hold a word
    of no list and overlap none of ``found``; of a text not all in capitals, only those in
    lower case in ``text`` (a capitalised word stays as the text's own rules read it: "Ioana
    at the front desk", "Server list")."""
    capitals = text.isupper()
    added = [
        span
        for span in caseless
        if (capitals or text[span.start : span.end].islower())
        and _holds_unlisted_word(lowered[span.start : span.end])
        and lowered[span.start : span.end] not in country_names()  # ("ESPAÑA" on a label)
        and not any(span.start < other.end and other.start < span.end for other in found)
    ]
    if not capitals:
        found = _sentence_openers(text, found, caseless, lowered)
    return found + added if added else found


_SENTENCE_LEADS: Final = (". ", "! ", "? ", "\n", ": ")


def _sentence_openers(
    text: str, found: list[PiiSpan], caseless: list[PiiSpan], lowered: str
) -> list[PiiSpan]:
    """(Stop 36) A caseless name of two words or more that opens a sentence, whose first
    letter alone the keyboard capitalised ("Gregory kudryashov's social security number"),
    in place of the parts of it the text's own rules found ("kudryashov")."""
    for span in caseless:
        value = text[span.start : span.end]
        if (
            " " not in value
            or not value[:1].isupper()
            or not value[1:].islower()
            or not (span.start == 0 or text.endswith(_SENTENCE_LEADS, 0, span.start))
            or not _holds_unlisted_word(lowered[span.start : span.end])
            or not listed_given(lowered[span.start : span.end].split(" ", 1)[0])
        ):
            continue  # (a greeting opens "Cześć tsjerk,": only a listed given name counts)
        inside = [o for o in found if span.start <= o.start and o.end <= span.end]
        if inside and all(
            (span.start <= o.start and o.end <= span.end)
            for o in found
            if span.start < o.end and o.start < span.end
        ):
            found = [o for o in found if o not in inside] + [span]
    return found


def holds_listed_given(lowered: str, span: PiiSpan) -> bool:
    """(Stop 36) A span of two name words or more, one a listed given name of no English list
    (what brought the prose to the caseless rules; "numpy arrays" holds none)."""
    words = [w.strip(".,") for w in lowered[span.start : span.end].split()]
    named = [w for w in words if len(w) > 1 and w not in NAME_PARTICLES]
    return len(named) >= 2 and any(listed_given(w) for w in named)


def _holds_unlisted_word(value: str) -> bool:
    """A word of ``value`` is in no English list and no list of given names: prose with only
    its sentences' first letters capitalised is common, and the caseless rules read "The
    delivery man called" or "more willow basket than" as chat ("juvencio" is in no list)."""
    for word in value.replace("-", " ").split():
        bare = word.strip(".,")
        if bare.isalpha() and not is_english(bare) and bare not in first_names():
            return True  # (not "you're": a contraction)
    return False
