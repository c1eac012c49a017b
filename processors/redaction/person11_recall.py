"""Set-11 person recall: names in slots the earlier rules did not know, and titles cut off.

``recall11(text, spans)`` (hooked at the end of ``names.find_names``, before the look-alike
filter) adds the spans of ``person11_recall_slots`` and ``person11_recall_lower`` and takes a
title or a role noun off the front of every person span (the corpora never count it:
``Attn: Ms Berhe`` -> ``Berhe``). A new span replaces the candidates it overlaps unless one
of them holds it whole (``Bagheri`` + ``Sediqa`` -> ``Bagheri, Sediqa``).

``may_recall11(text)`` is False only when ``recall11`` adds nothing (the exact prefilter of
``names.may_contain_names``): it runs the same finders, each behind the cheap test (a
character or a word that every one of its matches holds) that ``_new_spans`` uses too.

Text that holds a placeholder (``<PERSON>``) is redacted text: these rules read only text as
written, so they add nothing to it, in ``recall11`` and ``may_recall11`` alike. (Speed: the
re-scan guard of ``redact`` asks ``may_contain_names`` about every redacted text; the names
these rules find were redacted in the first pass.)
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.person11_recall_lower import (
    leading_name,
    role_lower_names,
    thanks_names,
    told_names,
    verb_pair_names,
)
from processors.redaction.person11_recall_slots import (
    _TITLE_WORD,
    caps_names,
    contact_names,
    inverted_names,
    paired_names,
    shout_out_names,
    sign_off_names,
    surname_first_names,
    titled_names,
)
from processors.redaction.person11_recall_words import LO, ROLES, TITLES, UP
from processors.redaction.spans import PiiSpan, holds_placeholder

__all__ = ["may_recall11", "recall11"]

_TITLE_HEADS: Final = frozenset([*TITLES, *(r.capitalize() for r in ROLES), *ROLES])
# (Speed) Necessary conditions of the finders, each a character class or a literal first
# (cheap for the regex engine), tried before the finder's own, dearer, regex. In ASCII text
# the capitals are A-Z, a far cheaper class than every Latin capital. (A regex search costs
# thousands of instructions even when it fails, an ``in`` test a few hundred.)
_CAPS_THEN_CAPITALISED: Final = re.compile(f"[{UP}][{UP}] [{UP}][{LO}]")
_ASCII_CAPS_THEN_CAPITALISED: Final = re.compile("[A-Z][A-Z] [A-Z][a-z]")
_COMMA_CAPITAL: Final = re.compile(f", [{UP}]")
_NUMBER_AFTER_ON: Final = re.compile(r" (?:on|at) [+(\d]")
_JOINED_CAPITAL: Final = re.compile(f" (?:&|and) [{UP}]")


def _new_spans(
    text: str, digits: bool = True, covered: list[PiiSpan] | None = None
) -> list[PiiSpan]:
    """Every span of the set-11 finders, each behind its cheap gate (``digits`` False: the
    caller knows the text has no digit, which the contact rule needs). A title rule's name
    that one of ``covered`` holds is left out early (recall11 would drop it)."""
    new: list[PiiSpan] = []
    if " " not in text:
        return new
    if holds_placeholder(text):
        return new  # (already redacted text: see the module docs)
    caseless = text.islower()
    has_to = " to" in text
    if not caseless:
        if _TITLE_WORD.search(text) is not None or (
            "oach " in text or "urse " in text or "fficer " in text
        ):
            titled_names(text, new, covered)
        if has_to and ("hank" in text or "out to" in text or "udos" in text):
            shout_out_names(text, new)
        if ", " in text and _COMMA_CAPITAL.search(text) is not None:
            inverted_names(text, new)
        if (" & " in text or " and " in text) and _JOINED_CAPITAL.search(text) is not None:
            paired_names(text, new)
        # (SURNAME Given stands at the start, after a line break, a quote, "=" or ": ")
        if ": " in text or '"' in text or "\n" in text or "=" in text or text[1:2].isupper():
            caps = _ASCII_CAPS_THEN_CAPITALISED if text.isascii() else _CAPS_THEN_CAPITALISED
            if caps.search(text) is not None:
                surname_first_names(text, new)
        if "\n" in text or text.isupper():
            caps_names(text, new)
        if ",\n" in text:
            sign_off_names(text, new)
    if digits and (" on " in text or " at " in text) and _NUMBER_AFTER_ON.search(text):
        contact_names(text, new)
    if not caseless and text[:1].islower():
        leading_name(text, new)
    if "who" in text or "if " in text or "invit" in text or "marr" in text or "dating" in text:
        verb_pair_names(text, new)
    if has_to:
        if "told " in text or "tell " in text or "ask" in text or "remind" in text:
            told_names(text, new)
        if " for" in text and ("nks to " in text or "you to " in text or "ty to " in text):
            thanks_names(text, new)
    if caseless and ("coach " in text or "nurse " in text or "tutor " in text):
        role_lower_names(text, new)
    return new


def may_recall11(text: str, digits: bool = True) -> bool:
    """False only when :func:`recall11` adds no span to ``text`` (``digits`` False: the
    caller knows it has no decimal digit)."""
    return bool(_new_spans(text, digits))


def _untitled(text: str, span: PiiSpan) -> PiiSpan | None:
    """``span`` without a leading title or role noun; None when it is only one."""
    value = text[span.start : span.end]
    head, _, rest = value.partition(" ")
    if head.rstrip(".") not in _TITLE_HEADS:
        return span
    if not rest:
        return None
    return PiiSpan(span.start + len(head) + 1, span.end, span.entity_type)


def recall11(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with titles cut off and the set-11 spans added (see module docs)."""
    out: list[PiiSpan] = []
    for span in spans:
        fixed = _untitled(text, span)
        if fixed is not None:
            out.append(fixed)
    new = _new_spans(text, True, out)
    if not new:
        return out
    for span in new:
        inside = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.start <= span.start and span.end <= s.end for s in inside):
            continue
        if inside:
            out = [s for s in out if s not in inside]
        out.append(span)
    return out
