"""The state a stage reads and writes, behind small views that every driver can provide.

A stage sees a table as a :class:`ByteTable` (bytes in, bytes out, writes naming the
partition their changelog record belongs to). The Faust worker backs it with a Faust table
whose changelog goes out with the batch (``streams.runtime.tables``); the in-process driver
and replay back it with :class:`MemoryTable`. :class:`StateCache` keeps decoded values of a
hot table between flushes, for any of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from schemas.state import decode_state, encode_state

__all__ = ["ByteTable", "MemoryTable", "StateCache"]

State = TypeVar("State")


class ByteTable(Protocol):
    """A partitioned key-value table of bytes."""

    def get(self, key: bytes) -> bytes | None:
        """The stored value, or ``None``."""

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        """Store ``value``; its changelog record belongs to ``partition``."""

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` (a tombstone on ``partition``)."""

    def items(self) -> list[tuple[bytes, bytes]]:
        """A snapshot of the entries this driver holds."""

    def keys(self) -> list[bytes]:
        """A snapshot of the keys this driver holds (cheaper than :meth:`items` on disk)."""


class MemoryTable:
    """A :class:`ByteTable` in a dict, for the in-process driver and replay.

    ``changelog`` keeps every write in order (key, value or ``None``, partition), so a test
    can check what a Faust table's changelog would have received; ``record_changelog=False``
    (replay) keeps none.
    """

    def __init__(self, *, record_changelog: bool = True) -> None:
        self.data: dict[bytes, bytes] = {}
        self.changelog: list[tuple[bytes, bytes | None, int]] = []
        self._record = record_changelog

    def get(self, key: bytes) -> bytes | None:
        return self.data.get(key)

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        self.data[key] = value
        if self._record:
            self.changelog.append((key, value, partition))

    def delete(self, key: bytes, partition: int) -> None:
        self.data.pop(key, None)
        if self._record:
            self.changelog.append((key, None, partition))

    def items(self) -> list[tuple[bytes, bytes]]:
        return list(self.data.items())

    def keys(self) -> list[bytes]:
        return list(self.data)


class StateCache(Generic[State]):
    """Read-through, write-back cache of one table's decoded values.

    Encoding and decoding Avro state at every event cost more than the learning itself when
    a key sees many events per batch (a user's profile, an item's counts), so changed values
    stay decoded until :meth:`write_back`, which encodes each one once per flush.

    After a write-back the last ``retain`` values written stay decoded next to the bytes
    written for them. A later read decodes again only if the table holds other bytes for the
    key by then (a changelog recovery after a rebalance, a delete): the check is on the
    stored bytes themselves, so nothing needs to tell the cache that the table changed.

    A driver whose tables are not persisted (replay's sandbox: no changelog, no restart)
    passes ``persist=False``: written-back values then stay decoded in memory and are never
    encoded at all.
    """

    def __init__(
        self,
        table: ByteTable,
        schema: str,
        from_record: Callable[[Mapping[str, Any]], State],
        to_record: Callable[[State], Mapping[str, Any]],
        *,
        persist: bool = True,
        retain: int = 20_000,
    ) -> None:
        self.table = table
        self._schema = schema
        self._from_record = from_record
        self._to_record = to_record
        self._persist = persist
        self._retain = retain
        self._pending: dict[bytes, tuple[State, int]] = {}
        # key -> (bytes written for it, the value they encode); insertion order = age.
        self._decoded: dict[bytes, tuple[bytes, State]] = {}
        # persist=False: the written-back values themselves (the table stays empty).
        self._kept: dict[bytes, State] = {}

    def get(self, key: bytes) -> State | None:
        """The latest value of ``key``: changed since the last write-back, or stored."""
        pending = self._pending.get(key)
        if pending is not None:
            return pending[0]
        if not self._persist:
            return self._kept.get(key)
        stored = self.table.get(key)
        if stored is None:
            return None
        decoded = self._decoded.get(key)
        if decoded is not None and (decoded[0] is stored or decoded[0] == stored):
            return decoded[1]
        return self._from_record(decode_state(self._schema, stored))

    def put(self, key: bytes, value: State, partition: int) -> None:
        """Change ``key``; its changelog record goes to ``partition`` at the next write-back."""
        self._pending[key] = (value, partition)

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` now (a tombstone is queued), dropping any unwritten change."""
        self._pending.pop(key, None)
        self._decoded.pop(key, None)
        self._kept.pop(key, None)
        self.table.delete(key, partition)

    def keys(self) -> list[bytes]:
        """The stored keys and the changed ones not yet written back."""
        return list(dict.fromkeys([*self.table.keys(), *self._kept, *self._pending]))

    def items(self) -> list[tuple[bytes, State]]:
        """Every key with its latest value (decodes what is stored: for scans after a start)."""
        found = [(key, self.get(key)) for key in self.keys()]
        return [(key, value) for key, value in found if value is not None]

    def write_back(self) -> dict[bytes, State]:
        """Write every changed value to the table; returns them, by key.

        Call it before the first await of a flush: values changed afterwards belong to the
        next one. A write-back may include changes of events the next batch acks; that is
        safe, because every stage skips the source offsets its state has applied.
        """
        pending, self._pending = self._pending, {}
        if not self._persist:
            self._kept.update((key, value) for key, (value, _) in pending.items())
            return {key: value for key, (value, _) in pending.items()}
        decoded = self._decoded
        for key, (value, partition) in pending.items():
            data = encode_state(self._schema, self._to_record(value))
            self.table.set(key, data, partition)
            decoded.pop(key, None)  # re-inserted last: the newest
            decoded[key] = (data, value)
        excess = len(decoded) - self._retain
        if excess > 0:
            for key in list(itertools.islice(decoded, excess)):
                del decoded[key]
        return {key: value for key, (value, _) in pending.items()}
