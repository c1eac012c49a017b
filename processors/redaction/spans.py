"""The value types of PII detection and the rule that makes detections non-overlapping."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = [
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "ENTITY_TYPES",
    "IBAN_CODE",
    "IP_ADDRESS",
    "PERSON",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "US_SSN",
    "PiiSpan",
    "Redaction",
    "placeholder",
    "resolve",
]

PERSON = "PERSON"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
US_SSN = "US_SSN"
IP_ADDRESS = "IP_ADDRESS"
IBAN_CODE = "IBAN_CODE"
STREET_ADDRESS = "STREET_ADDRESS"

# Most trustworthy first: when two detections overlap, the one earlier here wins.
ENTITY_TYPES: tuple[str, ...] = (
    EMAIL_ADDRESS,
    IBAN_CODE,
    CREDIT_CARD,
    US_SSN,
    IP_ADDRESS,
    PHONE_NUMBER,
    STREET_ADDRESS,
    PERSON,
)
_PRIORITY = {name: rank for rank, name in enumerate(ENTITY_TYPES)}


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One detection: ``text[start:end]`` (end exclusive) is PII of ``entity_type``.

    Offsets are Python ``str`` indices into the text that was scanned; ``entity_type`` is
    one of :data:`ENTITY_TYPES` (the corpus names).
    """

    start: int
    end: int
    entity_type: str


@dataclass(frozen=True, slots=True)
class Redaction:
    """The result of :func:`processors.redaction.redact`.

    ``text`` is the redacted text, ``spans`` the redacted regions in ORIGINAL coordinates
    (sorted, non-overlapping) and ``counts`` the number of spans per entity type (only types
    that occurred).
    """

    text: str
    spans: tuple[PiiSpan, ...]
    counts: Mapping[str, int]


def placeholder(entity_type: str) -> str:
    """The text that replaces a span of ``entity_type``, e.g. ``<PERSON>``."""
    return f"<{entity_type}>"


def resolve(candidates: Iterable[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Keep a sorted, non-overlapping subset: higher-priority types win, then longer spans.

    Empty spans are dropped. The result is deterministic for a given set of candidates.
    """
    ordered = sorted(
        (c for c in candidates if c.end > c.start),
        key=lambda s: (_PRIORITY.get(s.entity_type, len(_PRIORITY)), s.start - s.end, s.start),
    )
    kept: list[PiiSpan] = []
    for span in ordered:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    kept.sort(key=lambda s: s.start)
    return tuple(kept)
