"""Turning a refused record into its dead-letter envelope: one place for every stage."""

from __future__ import annotations

from processors.deadletter import dead_letter
from processors.gate import Rejected
from schemas.codec import encode
from streams.stages.effects import Effects, RawRecord, TopicRecord

__all__ = ["refuse"]


def refuse(effects: Effects, record: RawRecord, refusal: Rejected, now_ms: int) -> None:
    """Add the envelope (original bytes and key, source, reason) and count it."""
    envelope = dead_letter(
        record.source, refusal.reason, refusal.message, record.value or b"", record.key, now_ms
    )
    effects.dead_letters.append(
        TopicRecord("deadletter", record.key, encode("DeadLetter", envelope))
    )
    effects.counts["dead_letters", refusal.reason] += 1
