"""Table writes held in memory until their changelog records are delivered, then stored.

A disk-backed table store (Faust's RocksDB store) survives a restart together with the
changelog offset it has applied (its *persisted offset*), and Faust's recovery replays only
the changelog after that offset. That is only correct if the store never holds a value the
changelog does not: our processors skip an input whose offset their state already covers, so
a value that reached the disk but not the changelog (a crash between the two) would never be
written to the changelog at all, and a worker that later rebuilds the partition from the
changelog would miss it.

So a write goes to an in-memory overlay and to the changelog (through ``TopicOutput``); only
when librdkafka confirms the record's offset does the value go to the store, in the order the
records were sent, through the store's ``apply_changelog_batch``: the same call Faust's
recovery uses, which writes the values and then the persisted offset. The store therefore
always holds exactly the changelog up to its persisted offset (or a little beyond, which a
replay rewrites with the same bytes). Reads see the overlay first.

The persisted offset advances only over offsets that follow each other: the offset after the
persisted one, then the next. A gap means someone else wrote the changelog partition (a
worker that still believed it owned it): the partition then stops writing to the store and
keeps every later write in the overlay until it is revoked, and Faust's next recovery replays
the changelog from the last good offset.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from streams.runtime.output import Receipt

log = logging.getLogger(__name__)


class OffsetStore(Protocol):
    """The part of a Faust store (``faust.stores.rocksdb.Store``) that write-behind uses."""

    def persisted_offset(self, tp: Any) -> int | None:
        """The last changelog offset the store holds for ``tp``, if any."""

    def apply_changelog_batch(
        self,
        batch: Iterable[Any],
        to_key: Callable[[Any], Any],
        to_value: Callable[[Any], Any],
    ) -> None:
        """Write changelog events' keys and values, then their highest offset per partition."""


class Pending(NamedTuple):
    """A write the store does not hold yet (``value`` ``None``: a delete)."""

    partition: int
    seq: int
    value: bytes | None


class Token(NamedTuple):
    """What :class:`TopicOutput` hands back with a record's offset."""

    partition: int
    seq: int
    key: bytes
    value: bytes | None


class ChangelogMessage(NamedTuple):
    """A delivered changelog record, shaped like the ``event.message`` Faust's store reads."""

    tp: Any
    partition: int
    offset: int
    key: bytes
    value: bytes | None


class ChangelogEvent(NamedTuple):
    """Wraps a :class:`ChangelogMessage` the way a Faust event wraps its message."""

    message: ChangelogMessage


@dataclass
class _Partition:
    next_seq: int = 0  # sequence number of the next write sent
    settle_seq: int = 0  # the next write whose receipt can be applied
    # Receipts that came back ahead of an earlier write's (two threads serve receipts).
    early: dict[int, tuple[bytes, bytes | None, int | None]] = field(default_factory=dict)
    diverged: bool = False


def _same(x: Any) -> Any:
    return x


class WriteBehind:
    """One table's unconfirmed writes, and the rule that moves confirmed ones to the store."""

    def __init__(self, store: OffsetStore, tp_for: Callable[[int], Any]) -> None:
        self._store = store
        self._tp_for = tp_for
        self._pending: dict[bytes, Pending] = {}
        self._partitions: dict[int, _Partition] = {}

    def __len__(self) -> int:
        return len(self._pending)

    def get(self, key: bytes) -> Pending | None:
        """The newest unconfirmed write of ``key``, or ``None`` if the store is current."""
        return self._pending.get(key)

    def pending_items(self) -> Iterator[tuple[bytes, bytes | None]]:
        """Every unconfirmed write, newest per key."""
        return ((key, p.value) for key, p in self._pending.items())

    def write(self, key: bytes, value: bytes | None, partition: int) -> Token:
        """Hold ``value`` for ``key``; returns the token to send with its changelog record."""
        state = self._partitions.setdefault(partition, _Partition())
        seq = state.next_seq
        state.next_seq += 1
        self._pending[key] = Pending(partition, seq, value)
        return Token(partition, seq, key, value)

    def on_delivered(self, receipts: Sequence[Receipt]) -> None:
        """Apply, in send order, every write whose record and predecessors are reported."""
        touched: set[int] = set()
        for token, offset in receipts:
            partition, seq, key, value = token
            state = self._partitions.setdefault(partition, _Partition())
            if seq < state.settle_seq:
                continue  # sent before the partition was revoked: recovery replays it
            state.early[seq] = (key, value, offset)
            touched.add(partition)
        for partition in touched:
            self._settle(partition, self._partitions[partition])

    def forget(self, partitions: Collection[int]) -> None:
        """Drop what is held for revoked ``partitions``.

        Their delivered records are in the changelog, which the next owner (or this worker,
        if the partition comes back) replays from the store's persisted offset; receipts of
        records sent before now are ignored.
        """
        for partition in partitions:
            state = self._partitions.pop(partition, None)
            if state is not None:
                self._partitions[partition] = _Partition(state.next_seq, state.next_seq)
        self._pending = {k: p for k, p in self._pending.items() if p.partition not in partitions}

    def _settle(self, partition: int, state: _Partition) -> None:
        ready: list[tuple[int, bytes, bytes | None, int | None]] = []
        while state.settle_seq in state.early:
            key, value, offset = state.early.pop(state.settle_seq)
            ready.append((state.settle_seq, key, value, offset))
            state.settle_seq += 1
        if not ready or state.diverged:
            return  # a diverged partition keeps every write in memory until it is revoked
        tp = self._tp_for(partition)
        persisted = self._store.persisted_offset(tp)
        expected = 0 if persisted is None else persisted + 1
        batch: list[ChangelogEvent] = []
        settled: list[tuple[int, bytes]] = []
        for seq, key, value, offset in ready:
            if offset is not None and offset >= expected:
                if offset > expected:
                    state.diverged = True
                    log.warning(
                        "changelog partition has records this worker did not write; keeping "
                        "its writes in memory until the partition is revoked",
                        extra={"tp": f"{tp}", "expected": expected, "offset": offset},
                    )
                    break
                batch.append(ChangelogEvent(ChangelogMessage(tp, partition, offset, key, value)))
                expected += 1
            # Not delivered (the changelog lacks it too), or already in the store through
            # recovery: either way the store is as current as the changelog for this write.
            settled.append((seq, key))
        if batch:
            self._store.apply_changelog_batch(batch, _same, _same)
        for seq, key in settled:
            pending = self._pending.get(key)
            if pending is not None and pending.partition == partition and pending.seq == seq:
                del self._pending[key]
