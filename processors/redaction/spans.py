"""The value types of PII detection and the rule that makes detections non-overlapping."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

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
    "barrier_limit",
    "crosses_any",
    "holds_placeholder",
    "joined_street",
    "placeholder",
    "resolve",
]

PERSON: Final = "PERSON"
EMAIL_ADDRESS: Final = "EMAIL_ADDRESS"
PHONE_NUMBER: Final = "PHONE_NUMBER"
CREDIT_CARD: Final = "CREDIT_CARD"
US_SSN: Final = "US_SSN"
IP_ADDRESS: Final = "IP_ADDRESS"
IBAN_CODE: Final = "IBAN_CODE"
STREET_ADDRESS: Final = "STREET_ADDRESS"

# Most trustworthy first: when two detections overlap, the one earlier here wins.
ENTITY_TYPES: Final[tuple[str, ...]] = (
    EMAIL_ADDRESS,
    IBAN_CODE,
    CREDIT_CARD,
    US_SSN,
    IP_ADDRESS,
    PHONE_NUMBER,
    STREET_ADDRESS,
    PERSON,
)
_PRIORITY: Final = {name: rank for rank, name in enumerate(ENTITY_TYPES)}
_UNKNOWN_TYPE_RANK: Final = len(_PRIORITY)  # after every known type


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One detection: ``text[start:end]`` (end exclusive) is PII of ``entity_type``.

    Offsets are Python ``str`` indices into the text that was scanned; ``entity_type`` is
    one of :data:`ENTITY_TYPES` (the corpus names).
    """

    start: int
    end: int
    entity_type: str

    def __init__(self, start: int, end: int, entity_type: str) -> None:
        # What the generated __init__ does, in less time: it calls object.__setattr__ for
        # each field (the class is frozen); this writes the slots directly. Every detection
        # makes a span.
        _set_span_start(self, start)
        _set_span_end(self, end)
        _set_span_type(self, entity_type)

    def __reduce__(self) -> tuple[type[PiiSpan], tuple[int, int, str]]:
        # Spans cross processes (``personalize redact --workers``); a class compiled by mypyc
        # has no default way back from a pickle, so it names its constructor's arguments.
        return PiiSpan, (self.start, self.end, self.entity_type)


_set_span_start: Callable[[PiiSpan, int], None] = vars(PiiSpan)["start"].__set__
_set_span_end: Callable[[PiiSpan, int], None] = vars(PiiSpan)["end"].__set__
_set_span_type: Callable[[PiiSpan, str], None] = vars(PiiSpan)["entity_type"].__set__


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

    def __init__(self, text: str, spans: tuple[PiiSpan, ...], counts: Mapping[str, int]) -> None:
        # As PiiSpan.__init__: the slots are written directly (one result per redacted text).
        _set_redaction_text(self, text)
        _set_redaction_spans(self, spans)
        _set_redaction_counts(self, counts)

    def __reduce__(
        self,
    ) -> tuple[type[Redaction], tuple[str, tuple[PiiSpan, ...], dict[str, int]]]:
        # As PiiSpan.__reduce__: results are sent back from worker processes.
        return Redaction, (self.text, self.spans, dict(self.counts))


_set_redaction_text: Callable[[Redaction, str], None] = vars(Redaction)["text"].__set__
_set_redaction_spans: Callable[[Redaction, tuple[PiiSpan, ...]], None] = vars(Redaction)[
    "spans"
].__set__
_set_redaction_counts: Callable[[Redaction, Mapping[str, int]], None] = vars(Redaction)[
    "counts"
].__set__


def barrier_limit(barriers: Sequence[PiiSpan], pos: int, default: int) -> int:
    """Where the first of ``barriers`` that starts at or after ``pos`` starts, else
    ``default`` (the text's length): how far a street rule may walk from ``pos``."""
    return min((b.start for b in barriers if b.start >= pos), default=default)


def crosses_any(spans: Sequence[PiiSpan], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps any of ``spans`` (the street rules' barriers)."""
    # (A plain loop, as addresses._free: compiled, a generator keeps its frame on the heap.)
    for span in spans:  # noqa: SIM110
        if span.start < end and start < span.end:
            return True
    return False


def joined_street(
    found: list[PiiSpan], start: int, end: int, barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` (sorted) with a street address ``start``-``end`` added, joined with the spans
    it overlaps; ``found`` itself when the joined span would cross a barrier."""
    overlapping = [s for s in found if s.start < end and start < s.end]
    start = min([start, *(s.start for s in overlapping)])
    end = max([end, *(s.end for s in overlapping)])
    if crosses_any(barriers, start, end):
        return found
    kept = [s for s in found if s not in overlapping]
    kept.append(PiiSpan(start, end, STREET_ADDRESS))
    kept.sort(key=lambda s: s.start)
    return kept


def placeholder(entity_type: str) -> str:
    """The text that replaces a span of ``entity_type``, e.g. ``<PERSON>``."""
    return f"<{entity_type}>"


_ALL_PLACEHOLDERS: Final = frozenset(placeholder(kind) for kind in ENTITY_TYPES)


def holds_placeholder(text: str) -> bool:
    """True when ``text`` holds a placeholder (``<PERSON>``, ...): it is redacted text.

    (speed) Each "<" is tried with what follows it up to the next ">" (a placeholder holds
    no other "<" or ">"): a few searches instead of one per entity type.
    """
    opening = text.find("<")
    while opening >= 0:
        closing = text.find(">", opening)
        if closing < 0:
            return False
        if text[opening : closing + 1] in _ALL_PLACEHOLDERS:
            return True
        opening = text.find("<", opening + 1)
    return False


def resolve(candidates: Iterable[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Keep a sorted, non-overlapping subset: higher-priority types win, then longer spans.

    Empty spans are dropped. The result is deterministic for a given set of candidates.
    """
    by_start = sorted(candidates, key=_START)
    # Most texts hold a few detections that do not touch: then every one is kept.
    previous_end = 0
    for span in by_start:
        if span.end <= span.start or span.start < previous_end:
            break
        previous_end = span.end
    else:
        return tuple(by_start)
    kept: list[PiiSpan] = []
    for span in sorted([c for c in by_start if c.end > c.start], key=_rank):
        for other in kept:
            if span.start < other.end and other.start < span.end:
                break  # overlaps a span kept before it
        else:
            kept.append(span)
    kept.sort(key=_START)
    return tuple(kept)


def _rank(span: PiiSpan) -> tuple[int, int, int]:
    """Sort key of :func:`resolve`: type priority, then longest, then leftmost first."""
    return (_PRIORITY.get(span.entity_type, _UNKNOWN_TYPE_RANK), span.start - span.end, span.start)


_START: Final = attrgetter("start")
