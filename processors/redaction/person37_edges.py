"""(Stop 37, set 33's tuning half) A found name's edges, read by the name's culture.

The rules find a name by its rare words and stop at a word that is common elsewhere:

- the Filipino "Ma." for Maria before the name (``Ma. Consolacion Pinlac``, ``ma. cresencia``);
- (stop 41, set 38's tuning half) a first initial before a name that opens with an initial
  (``Landlord L. A. Dunnington``);
- a surname particle before a name that starts with a particle (``bin abu zayd``,
  ``bin al-subaie``), or before a surname alone after an English word or an edge (``so de
  assis's mum``; not Spanish "de" = "of": ``a nombre de Yao Kouassi``), in the name's case;
- the Catalan "i" that joins two surnames (``Ferran Puigdomènech i Farré``, ``aina llorens i
  batlle``, ``QUIM PUIGDOMÈNECH I FARRÉ``), after a name of two words or more, before a word
  written as the name's last word is and of no English list;
- an initial closing a quoted display name (``"Guram L." <guraml@...>``), and (stop 39, set
  36's tuning half) one closing a given name anywhere (``Courier Tadhg O. left``,
  ``customer=Soyeon H. channel=web``, ``"signed_off_by":"Arben M."``).

It runs on :func:`redactor.detect`'s resolved spans, after a found name is echoed to its other
places (:mod:`name_echoes`), so an echo grows too; a span grows only where no other span
stands. Burmese names grow here too (:func:`person37_burmese.burmese_bounds`).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, is_english, stop_words
from processors.redaction.person37_burmese import burmese_bounds
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["AFTER_CLOSING_INITIAL", "grow_name_edges"]

_MA_BEFORE: Final = re.compile(r"(?<![\w.])(?:Ma|ma|MA)\. $")
_INITIAL_BEFORE: Final = re.compile(r"(?<![\w.&'\u2019-])[A-Z]\. $")
# Particles that open a name cited by its surname; lower-case text leaves out the ones that
# are English or chat words there ("do", "da").
_PARTICLES: Final = frozenset(
    ["de", "da", "do", "dos", "das", "del", "van", "von", "bin", "binti", "bint", "ibn", "abu",
     "ap", "ferch", "nic", "n\u00ed", "mac", "\u00f3"]
)  # fmt: skip
_LOWER_PARTICLES: Final = _PARTICLES - {"da", "do"}
_PARTICLE_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])([^\W\d_]+) $")
_CATALAN_I: Final = re.compile(r" ([iI]) ([^\W\d_][^\W\d_'\u2019-]{2,})(?![\w'\u2019-])")
# What may follow an initial that closes a name: the text's end, a space or a closing mark
# (shared with person39_forms' "Raghunath B.").
AFTER_CLOSING_INITIAL: Final = r"(?=$|[\s,;:)\]\"'<|])"
_CLOSING_INITIAL: Final = re.compile(r" [A-Z]\." + AFTER_CLOSING_INITIAL)
_MAX_GROWTH: Final = 4


def grow_name_edges(text: str, spans: tuple[PiiSpan, ...]) -> tuple[PiiSpan, ...]:
    """``spans`` (sorted, non-overlapping) with each PERSON span grown over the edges of the
    module docstring and Burmese syllables, where it meets no other span but the PERSON
    spans it takes in (those are dropped)."""
    grown: dict[int, tuple[int, int]] = {}
    for index, span in enumerate(spans):
        if span.entity_type != PERSON:
            continue
        start, end = burmese_bounds(text, span.start, span.end)
        for _ in range(_MAX_GROWTH):
            before = _grown_start(text, start, end)
            after = _grown_end(text, start, end)
            if (before, after) == (start, end):
                break
            start, end = before, after
        if (start, end) != (span.start, span.end) and all(
            other.end <= start
            or end <= other.start
            or (other.entity_type == PERSON and start <= other.start and other.end <= end)
            for other in spans
            if other is not span
        ):
            grown[index] = (start, end)
    if not grown:
        return spans
    kept: list[PiiSpan] = []
    for index, span in enumerate(spans):
        if index in grown:
            span = PiiSpan(*grown[index], PERSON)
        elif span.entity_type == PERSON and any(
            a <= span.start and span.end <= b for a, b in grown.values()
        ):
            continue
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
        elif kept[-1].start <= span.start and span.end <= kept[-1].end:
            continue  # (two spans grown into one: "zaw noe" and "wai")
        else:
            kept[-1] = PiiSpan(min(kept[-1].start, span.start), max(kept[-1].end, span.end), PERSON)
    return tuple(kept)


def _grown_start(text: str, start: int, end: int) -> int:
    if start < 2:
        return start
    window = text[max(0, start - 12) : start]
    if text[start + 1 : start + 3] == ". " and text[start].isupper():
        initial = _INITIAL_BEFORE.search(window)
        if initial is not None:  # (stop 41) a first initial: "Landlord L. A. Dunnington"
            return start - (len(window) - initial.start())
    ma = _MA_BEFORE.search(window)
    if ma is not None and text[start].isalpha():
        return start - (len(window) - ma.start())
    particle = _PARTICLE_BEFORE.search(window)
    if particle is None:
        return start
    word = particle.group(1)
    value = text[start:end]
    allowed = _LOWER_PARTICLES if value.islower() else _PARTICLES
    if word.lower() not in allowed or (value.isupper() != word.isupper() and len(word) > 1):
        return start
    if value.islower() and not word.islower():
        return start
    first = value.split(" ", 1)[0].lower()
    particle_start = start - (len(window) - particle.start())
    # A surname alone, after an English word or at an edge ("so de assis's mum"); not Spanish
    # "de" = "of" before a full name ("a nombre de Yao Kouassi").
    if (
        first not in _PARTICLES
        and not first.startswith(("al-", "el-"))
        and (" " in value or not _english_or_edge_before(text, particle_start))
    ):
        return start
    return particle_start


def _english_or_edge_before(text: str, start: int) -> bool:
    """Whether the text starts at ``start``, or a mark or an English word ends right before."""
    head = text[max(0, start - 20) : start].rstrip(" ")
    if not head or not head[-1].isalpha():
        return True
    return is_english(head.rsplit(" ", 1)[-1].lower())


def _grown_end(text: str, start: int, end: int) -> int:
    initial = _CLOSING_INITIAL.match(text, end)
    if initial is not None and " " not in text[start:end]:
        return initial.end()
    joined = _CATALAN_I.match(text, end)
    if joined is None or " " not in text[start:end]:
        return end
    surname = joined.group(2)
    last = text[start:end].rsplit(" ", 1)[-1]
    lower = surname.lower()
    if (
        is_english(lower)
        or lower in common_words()
        or lower in stop_words()
        or not _same_style(last, surname)
        or (joined.group(1) == "I") != surname.isupper()
    ):
        return end
    return joined.end()


def _same_style(first: str, second: str) -> bool:
    if first.isupper() or second.isupper():
        return first.isupper() and second.isupper()
    return first[:1].isupper() == second[:1].isupper()
