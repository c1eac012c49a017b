"""PII detection and redaction for free text (pure logic: no I/O besides bundled word lists).

Public API::

    detect(text) -> tuple[PiiSpan, ...]   # sorted, non-overlapping, original offsets
    redact(text) -> Redaction              # text with <TYPE> placeholders, spans, counts

Entity types are the corpus names in :data:`ENTITY_TYPES`. See ``docs/redaction.md`` for
what each detector catches and misses.
"""

from __future__ import annotations

from processors.redaction.redactor import detect, redact
from processors.redaction.spans import ENTITY_TYPES, PiiSpan, Redaction, placeholder

__all__ = ["ENTITY_TYPES", "PiiSpan", "Redaction", "detect", "placeholder", "redact"]
