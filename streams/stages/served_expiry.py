"""Which requests of the ``served`` table may have expired, without decoding the whole table.

The attribution join keeps one entry per open request for ``attribution_window_ms`` (30 min)
of event time. Expiry used to decode every entry every 30 s: at a few hundred served lists a
second that is ~10^5 entries and a second of blocked event loop each time. This index keeps,
per partition, a heap of (event time after which the entry expires, key), fed on every write
of the table. An expiry pass pops only what is due and re-checks it against the stored state
(an entry may have been rewritten since, or deleted).

The index lives in memory. Entries recovered from the changelog (a restart, a rebalance) are
not in it, so the first pass after either scans the table once (``complete`` is False).
"""

from __future__ import annotations

import heapq


class ExpiryIndex:
    """Per-partition heaps of ``(deadline_ms, key)``; duplicates and stale entries allowed."""

    def __init__(self) -> None:
        self._heaps: dict[int, list[tuple[int, bytes]]] = {}
        self.complete = False
        """False until a full scan has indexed what the table held when it was (re)built."""

    def note(self, partition: int, deadline_ms: int, key: bytes) -> None:
        """Note that ``key`` may expire once ``partition``'s event time passes ``deadline_ms``."""
        heapq.heappush(self._heaps.setdefault(partition, []), (deadline_ms, key))

    def partitions(self) -> list[int]:
        """Partitions with indexed entries."""
        return [partition for partition, heap in self._heaps.items() if heap]

    def due(self, partition: int, now_ms: int) -> list[bytes]:
        """Pop the keys of ``partition`` whose deadline is before ``now_ms`` (each at most once)."""
        heap = self._heaps.get(partition, [])
        keys: dict[bytes, None] = {}
        while heap and heap[0][0] < now_ms:
            keys[heapq.heappop(heap)[1]] = None
        return list(keys)

    def reset(self) -> None:
        """Forget everything (partitions moved); the next pass scans the table again."""
        self._heaps.clear()
        self.complete = False
