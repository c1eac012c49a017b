"""Dead-letter envelopes: what we keep about a record we could not accept.

The envelope carries the original bytes and key untouched, where they came from, and a stable
reason code, so an operator can fix the producer and re-publish. Reason codes are part of the
public contract (metrics label them, alerts name them); add new ones, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Reason", "SourceRef", "dead_letter"]


class Reason(StrEnum):
    """Why a record went to the dead-letter topic."""

    UNDECODABLE = "undecodable"  # not Avro single-object bytes, or a body that does not parse
    UNKNOWN_SCHEMA = "unknown_schema"  # the writer fingerprint is not in our registry
    WRONG_TYPE = "wrong_type"  # a known schema, but not one this topic carries
    INVALID = "invalid"  # decodes, but breaks a field rule (empty id, bad propensity, ...)
    OVERSIZED = "oversized"  # larger than max_event_bytes; not even decoded
    FUTURE_EVENT_TIME = "future_event_time"  # event time too far ahead of the clock
    PII_IN_IDENTIFIER = "pii_in_identifier"  # an id field (event, item, request) holds PII


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Coordinates of a record in Kafka."""

    topic: str
    partition: int
    offset: int


def dead_letter(
    source: SourceRef,
    reason: str,
    message: str,
    original: bytes,
    key: bytes | None,
    now_ms: int,
) -> dict[str, Any]:
    """Build a ``DeadLetter`` record (see ``schemas/DeadLetter.avsc``).

    ``message`` must not quote the payload: it is read by operators and may be logged.
    """
    return {
        "source_topic": source.topic,
        "source_partition": source.partition,
        "source_offset": source.offset,
        "reason": str(reason),
        "message": message[:500],
        "original": bytes(original),
        "key": None if key is None else bytes(key),
        "event_time": now_ms,
        "original_size": len(original),
    }
