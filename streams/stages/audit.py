"""The audit stage: chains the entries every stage writes to ``audit.pending`` onto ``audit``.

Stages on many partitions and workers write audit entries; a hash chain needs one writer.
So stages write unchained entries (:func:`pending_entry`) to the one-partition
``audit.pending`` topic, and this stage, run by whichever worker owns that partition, gives
each its sequence, previous hash and hash (``processors.control.audit_chain``) and writes it to
``audit``. The chain head lives in the ``audit_chain`` table, so a new owner continues it.
A redelivered pending record (offset at or below the head's) is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from processors.control.audit_chain import ChainHead
from schemas.codec import decode, encode
from schemas.errors import DecodeError
from schemas.state import decode_state, encode_state
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord

__all__ = ["pending_entry", "process_audit_pending"]

_HEAD = b"head"


def pending_entry(entry: Mapping[str, Any], key: bytes) -> TopicRecord:
    """An unchained audit entry for ``audit.pending`` (``entry`` holds the v1 fields)."""
    return TopicRecord("audit.pending", key, encode("AuditRecord", entry))


def process_audit_pending(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Chain each pending entry onto the ``audit`` trail, in order."""
    effects = Effects()
    table = core.tables.audit_chain
    stored = table.get(_HEAD)
    head = (
        ChainHead()
        if stored is None
        else ChainHead.from_record(decode_state("AuditChainHead", stored))
    )
    start = head
    for record in batch:
        if record.value is None or record.source.offset <= head.pending_offset:
            continue
        try:
            entry = decode(record.value, expected="AuditRecord").record
        except DecodeError:
            # Our own stages wrote it; a bad entry is a bug, surfaced as a metric, not a gap.
            effects.counts["dead_letters", "audit_undecodable"] += 1
            continue
        head, chained = head.append(entry, record.source.offset)
        effects.records.append(TopicRecord("audit", record.key, encode("AuditRecord", chained)))
    if head != start:
        table.set(
            _HEAD, encode_state("AuditChainHead", head.to_record()), batch[0].source.partition
        )
    return effects
