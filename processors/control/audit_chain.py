"""The hash chain that makes the audit trail prove itself.

Each entry on ``audit`` carries its ``sequence`` in the partition (from 0), the ``prev_hash``
of the entry before it (64 zeros for the first), and its own ``hash``: SHA-256 of
``prev_hash`` and the entry's canonical JSON (the fields of :data:`HASHED_FIELDS`, sorted
keys; a field added to the schema later gets a default when old entries are read, so the
hash covers a fixed list, never "whatever the reader schema has"). So

- an **edit** of any field changes that entry's hash (it no longer matches its content);
- a **deletion** leaves a gap in ``sequence`` and a ``prev_hash`` that names no entry;
- a **reordering** or an **insertion** breaks ``prev_hash`` links and the sequence order.

A record repeated byte for byte (a producer retry, or a redelivered batch chained again from
the same head) is a duplicate, not tampering: :func:`verify_chain` skips it and counts it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "GENESIS",
    "HASHED_FIELDS",
    "ChainHead",
    "ChainReport",
    "chain_entry",
    "entry_hash",
    "verify_chain",
]

GENESIS = "0" * 64
#: The ``AuditRecord`` fields the chain hash covers (all of them but ``hash``, as of v2).
HASHED_FIELDS = (
    "audit_id",
    "actor",
    "action",
    "target",
    "outcome",
    "reason",
    "details_json",
    "event_time",
    "before_json",
    "after_json",
    "sequence",
    "prev_hash",
)


@dataclass(frozen=True, slots=True)
class ChainHead:
    """Where a chain stands: its last entry, and the pending offset that entry came from."""

    sequence: int = -1
    hash: str = GENESIS
    pending_offset: int = -1

    def to_record(self) -> dict[str, Any]:
        """The ``AuditChainHead`` Avro record."""
        return {"sequence": self.sequence, "hash": self.hash, "pending_offset": self.pending_offset}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ChainHead:
        """Inverse of :meth:`to_record`."""
        return cls(record["sequence"], record["hash"], record["pending_offset"])

    def append(
        self, entry: Mapping[str, Any], pending_offset: int
    ) -> tuple[ChainHead, dict[str, Any]]:
        """Chain ``entry`` after this head: the new head and the chained entry."""
        chained = chain_entry(entry, self.sequence + 1, self.hash)
        return ChainHead(chained["sequence"], chained["hash"], pending_offset), chained


def entry_hash(entry: Mapping[str, Any]) -> str:
    """The chain hash of ``entry`` (its ``prev_hash`` included, its ``hash`` excluded)."""
    body = {name: entry.get(name) for name in HASHED_FIELDS}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{entry['prev_hash']}\n{canonical}".encode()).hexdigest()


def chain_entry(entry: Mapping[str, Any], sequence: int, prev_hash: str) -> dict[str, Any]:
    """``entry`` placed at ``sequence`` after an entry whose hash is ``prev_hash``."""
    chained = {**entry, "sequence": sequence, "prev_hash": prev_hash, "hash": ""}
    chained["hash"] = entry_hash(chained)
    return chained


@dataclass
class ChainReport:
    """What :func:`verify_chain` found in one partition."""

    entries: int = 0
    duplicates: int = 0
    first_sequence: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Whether nothing was edited, deleted, inserted or reordered."""
        return not self.problems


def verify_chain(entries: Iterable[Mapping[str, Any]], *, where: str = "") -> ChainReport:
    """Check a partition's entries in log order; every problem names the entry."""
    report = ChainReport()
    previous: Mapping[str, Any] | None = None
    label = f"{where} " if where else ""
    for entry in entries:
        if previous is not None and dict(entry) == dict(previous):
            report.duplicates += 1
            continue
        report.entries += 1
        sequence = entry.get("sequence", -1)
        if entry_hash(entry) != entry.get("hash"):
            report.problems.append(f"{label}entry {sequence}: content does not match its hash")
        if previous is None:
            report.first_sequence = sequence
            if sequence == 0 and entry.get("prev_hash") != GENESIS:
                report.problems.append(f"{label}entry 0 does not start the chain")
            elif sequence != 0:
                report.problems.append(
                    f"{label}the trail starts at entry {sequence}: entries 0-{sequence - 1} "
                    "are missing"
                )
        else:
            expected = previous.get("sequence", -1) + 1
            if sequence != expected:
                report.problems.append(
                    f"{label}entry {sequence} follows entry {expected - 1}: "
                    + ("entries missing" if sequence > expected else "out of order")
                )
            if entry.get("prev_hash") != previous.get("hash"):
                report.problems.append(
                    f"{label}entry {sequence} does not link to the entry before it"
                )
        previous = entry
    return report
