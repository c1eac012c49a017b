"""Faust tables whose changelog records go out through :class:`TopicOutput`.

A Faust table normally sends each change through Faust's own producer, which costs about
150 µs a record here and dominated the learning path. We keep Faust's table (its store, its
changelog topic, its recovery on start and rebalance) and write the changelog record
ourselves: the same key and value bytes, to the same topic and partition. The record then
rides the agent's flush-before-ack batch, so a change is durable before its input is acked.

With the memory store a write goes straight into the table: the state is rebuilt from the
changelog on every start. With the RocksDB store (``store = "rocksdb://"``) the state and its
persisted changelog offset survive a restart, so a write reaches the store only once its
changelog record is confirmed (``streams.runtime.write_behind``); recovery then replays only what
follows the persisted offset.
"""

from __future__ import annotations

import contextvars
from collections.abc import Collection
from typing import Any

from streams.runtime.output import TopicOutput
from streams.runtime.write_behind import WriteBehind


class ChangeloggedTable:
    """Read and write a bytes-to-bytes Faust table; writes name their partition."""

    def __init__(self, table: Any, output: TopicOutput) -> None:
        self._table = table
        self._output = output
        self._topic: str = table.changelog_topic.get_topic_name()
        self._behind: WriteBehind | None = None
        if table.app.conf.store.scheme == "rocksdb":
            from faust.types import TP

            topic = self._topic
            behind = self._behind = WriteBehind(table.data, lambda p: TP(topic, p))

            def forget_revoked(_sender: Any, revoked: Collection[Any], **_: Any) -> None:
                behind.forget({tp.partition for tp in revoked if tp.topic == topic})

            table.app.on_partitions_revoked.connect(forget_revoked)

    def get(self, key: bytes) -> bytes | None:
        """The stored value, or ``None``."""
        if self._behind is None:
            value: bytes | None = self._table.data.get(key)
            return value
        pending = self._behind.get(key)
        if pending is not None:
            return pending.value
        return self._stored(key)

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        """Store ``value`` and queue its changelog record on ``partition``.

        ``partition`` must be the partition of the input record being processed (tables are
        co-partitioned with their input), which is where recovery will look for it.
        """
        if self._behind is None:
            self._table.data[key] = value
            self._output.send(self._topic, key, value, partition)
        else:
            self._send_behind(self._behind, key, value, partition)

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` and queue a tombstone for it."""
        if self._behind is None:
            self._table.data.pop(key, None)
            self._output.send(self._topic, key, None, partition)
        else:
            self._send_behind(self._behind, key, None, partition)

    def items(self) -> list[tuple[bytes, bytes]]:
        """A snapshot of the locally held entries."""
        if self._behind is None:
            return list(self._table.data.items())
        merged = dict(contextvars.Context().run(lambda: list(self._table.data.items())))
        for key, value in self._behind.pending_items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return list(merged.items())

    def keys(self) -> list[bytes]:
        """A snapshot of the locally held keys."""
        if self._behind is None:
            return list(self._table.data.keys())
        stored = dict.fromkeys(contextvars.Context().run(lambda: list(self._table.data.keys())))
        for key, value in self._behind.pending_items():
            if value is None:
                stored.pop(key, None)
            else:
                stored[key] = None
        return list(stored)

    def _send_behind(
        self, behind: WriteBehind, key: bytes, value: bytes | None, partition: int
    ) -> None:
        token = behind.write(key, value, partition)
        self._output.send(self._topic, key, value, partition, listener=behind, token=token)

    def _stored(self, key: bytes) -> bytes | None:
        # Faust's RocksDB store looks a key up only in the partition of the event being
        # processed, if there is one; flushes and timers read keys of other partitions, so
        # read in an empty context, where the store searches every partition it holds.
        value: bytes | None = contextvars.Context().run(self._table.data.get, key)
        return value
