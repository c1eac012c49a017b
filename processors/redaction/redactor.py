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
from collections import Counter

from processors.redaction.addresses import find_addresses
from processors.redaction.cards import find_cards
from processors.redaction.names import find_names
from processors.redaction.phones import find_phones
from processors.redaction.spans import ENTITY_TYPES, PiiSpan, Redaction, placeholder, resolve
from processors.redaction.structured import find_emails, find_ibans, find_ips, find_ssns

_PLACEHOLDER = re.compile("<(?:" + "|".join(ENTITY_TYPES) + ")>")
_MAX_PASSES = 8
_DIGITS = re.compile(r"\d\d")


def detect(text: str) -> tuple[PiiSpan, ...]:
    """All PII spans in ``text``: sorted by start, non-overlapping, end exclusive."""
    found = list(find_emails(text))
    if _DIGITS.search(text):  # every other structured type needs a run of digits
        found.extend(find_ibans(text))
        found.extend(find_cards(text))
        found.extend(find_ssns(text))
        found.extend(find_phones(text))
    found.extend(find_ips(text))  # IPv6 may be written with few digits
    structured = resolve(found) if len(found) > 1 else tuple(found)
    guarded = list(structured)
    if "<" in text:
        guarded.extend(PiiSpan(m.start(), m.end(), "") for m in _PLACEHOLDER.finditer(text))
    candidates = [*structured, *find_addresses(text, guarded), *find_names(text)]
    spans = resolve(candidates) if len(candidates) > 1 else tuple(candidates)
    if "<" in text:
        holes = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        spans = tuple(s for s in spans if not any(a <= s.start and s.end <= b for a, b in holes))
    return spans


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
        extra = detect(redacted)
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
    counts = Counter(s.entity_type for s in spans)
    return Redaction(text=redacted, spans=spans, counts=dict(counts))
