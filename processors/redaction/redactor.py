"""Detection and redaction: run every detector, resolve overlaps, replace with placeholders.

Promises:

* :func:`detect` returns sorted, non-overlapping spans in the coordinates of its input and
  never reports a span lying inside a placeholder such as ``<PERSON>``.
* :func:`redact` is idempotent: ``redact(redact(x).text).text == redact(x).text``. It
  re-scans its own output and widens the redaction until nothing is detected any more (in
  practice one extra scan), so the spans it returns may be a superset of ``detect(x)``.
"""

from __future__ import annotations

import re

from processors.redaction.addresses import find_addresses
from processors.redaction.cards import find_cards
from processors.redaction.names import find_names, may_contain_names
from processors.redaction.phones import find_phones
from processors.redaction.spans import ENTITY_TYPES, PiiSpan, Redaction, placeholder, resolve
from processors.redaction.structured import (
    find_emails,
    find_ibans,
    find_ipv4s,
    find_ipv6s,
    find_ssns,
)

__all__ = ["detect", "redact"]

_PLACEHOLDER = re.compile("<(?:" + "|".join(ENTITY_TYPES) + ")>")
_MAX_PASSES = 8
_DIGIT = re.compile(r"\d")
_NON_DIGITS = re.compile(r"\D+")
# Fewest digits each detector can match (a cheap prefilter: most event text has none).
_MIN_DIGITS_SSN = 9
_MIN_DIGITS_PHONE = 8
_MIN_DIGITS_CARD = 12
_MIN_DIGITS_IBAN = 6  # two check digits plus the shortest all-numeric part of any BBAN
_MIN_DIGITS_IPV4 = 4


def detect(text: str) -> tuple[PiiSpan, ...]:
    """All PII spans in ``text``: sorted by start, non-overlapping, end exclusive."""
    found: list[PiiSpan] = []
    if "@" in text:
        found.extend(find_emails(text))
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        digits = len(_NON_DIGITS.sub("", text))
        if digits >= _MIN_DIGITS_IBAN:
            found.extend(find_ibans(text))
        if digits >= _MIN_DIGITS_CARD:
            found.extend(find_cards(text))
        if digits >= _MIN_DIGITS_SSN:
            found.extend(find_ssns(text))
        if digits >= _MIN_DIGITS_PHONE:
            found.extend(find_phones(text))
        if digits >= _MIN_DIGITS_IPV4 and "." in text:
            found.extend(find_ipv4s(text))
    if _may_contain_ipv6(text):  # IPv6 may be written with few or no digits ("fe80::")
        found.extend(find_ipv6s(text))
    structured = resolve(found) if len(found) > 1 else tuple(found)
    has_placeholder = "<" in text
    candidates = list(structured)
    if has_digit:  # every address has a house, box or postal number
        guarded = list(structured)
        if has_placeholder:
            guarded.extend(PiiSpan(m.start(), m.end(), "") for m in _PLACEHOLDER.finditer(text))
        candidates.extend(find_addresses(text, guarded))
    candidates.extend(find_names(text))
    if not candidates:
        return ()
    spans = resolve(candidates) if len(candidates) > 1 else tuple(candidates)
    if has_placeholder:
        holes = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        spans = tuple(s for s in spans if not any(a <= s.start and s.end <= b for a, b in holes))
    return spans


def _may_contain_pii(text: str) -> bool:
    """False only when :func:`detect` certainly finds nothing in ``text``.

    It mirrors the gates of :func:`detect`: e-mail needs ``@``, IPv6 a ``::`` or seven
    colons, every other structured type and every address a digit, and names a capitalised
    run or caseless text. (Redacted text keeps its "Phone:" labels, so testing for a bare
    colon sent most redactions through a second, always empty, scan.)
    """
    return (
        "@" in text
        or _DIGIT.search(text) is not None
        or _may_contain_ipv6(text)
        or may_contain_names(text)
    )


def _may_contain_ipv6(text: str) -> bool:
    """The gate of :func:`find_ipv6s`: ``::`` or at least six colons (embedded IPv4)."""
    return "::" in text or text.count(":") >= 6


def _apply(text: str, spans: tuple[PiiSpan, ...]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Replace spans; return the new text and (orig_start, orig_end, new_start, new_end) each."""
    parts: list[str] = []
    mapping: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        length += span.start - cursor
        token = placeholder(span.entity_type)
        mapping.append((span.start, span.end, length, length + len(token)))
        parts.append(token)
        length += len(token)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts), mapping


def _to_original(pos: int, mapping: list[tuple[int, int, int, int]], *, is_end: bool) -> int:
    """Map a position in redacted text back to the original; placeholders map to their span."""
    shift = 0
    for o_start, o_end, n_start, n_end in mapping:
        if pos < n_start or (pos == n_start and not is_end):
            break
        if pos < n_end or (pos == n_end and is_end):
            return o_end if is_end else o_start
        shift = o_end - n_end
    return pos + shift


def _merge(spans: list[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Union overlapping spans; the merged span keeps the type of its earliest member."""
    merged: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PiiSpan(last.start, max(last.end, span.end), last.entity_type)
        else:
            merged.append(span)
    return tuple(merged)


def redact(text: str) -> Redaction:
    """Replace every detected span with its placeholder (``<EMAIL_ADDRESS>``, ...).

    ``spans`` are in the coordinates of ``text``; ``counts`` counts them per entity type.
    """
    spans = detect(text)
    if not spans:
        return Redaction(text=text, spans=(), counts={})
    redacted, mapping = _apply(text, spans)
    for _ in range(_MAX_PASSES):
        # Almost always the redacted text has no digit, '@', ':' or capitalised run left, and
        # then a full re-scan is provably empty (see _may_contain_pii), so it is skipped.
        extra = detect(redacted) if _may_contain_pii(redacted) else ()
        if not extra:
            break
        widened = [
            PiiSpan(
                _to_original(s.start, mapping, is_end=False),
                _to_original(s.end, mapping, is_end=True),
                s.entity_type,
            )
            for s in extra
        ]
        spans = _merge([*spans, *widened])
        redacted, mapping = _apply(text, spans)
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
    return Redaction(text=redacted, spans=spans, counts=counts)
