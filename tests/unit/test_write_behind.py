"""Write-behind: the store only ever holds the changelog up to its persisted offset."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.runtime.write_behind import Token, WriteBehind

TOPIC = "app-profiles-changelog"


class FakeStore:
    """Faust's RocksDB store as write-behind sees it: values and an offset per partition."""

    def __init__(self) -> None:
        self.partition_to_data: dict[int, dict[bytes, bytes]] = {}
        self.partition_to_offset: dict[int, int] = {}

    def persisted_offset(self, tp: tuple[str, int]) -> int | None:
        return self.partition_to_offset.get(tp[1])

    def apply_changelog_batch(
        self, batch: Iterable[Any], to_key: Callable[[Any], Any], to_value: Callable[[Any], Any]
    ) -> None:
        for event in batch:
            message = event.message
            data = self.partition_to_data.setdefault(message.partition, {})
            if message.value is None:
                data.pop(message.key, None)
            else:
                data[message.key] = message.value
            previous = self.partition_to_offset.get(message.partition, -1)
            self.partition_to_offset[message.partition] = max(previous, message.offset)

    def read(self, partition: int, key: bytes) -> bytes | None:
        return self.partition_to_data.get(partition, {}).get(key)


def _behind(store: FakeStore) -> WriteBehind:
    return WriteBehind(store, lambda partition: (TOPIC, partition))


def _read(behind: WriteBehind, store: FakeStore, partition: int, key: bytes) -> bytes | None:
    pending = behind.get(key)
    return pending.value if pending is not None else store.read(partition, key)


def test_a_confirmed_write_reaches_the_store_with_its_offset() -> None:
    store = FakeStore()
    behind = _behind(store)
    token = behind.write(b"k", b"v1", 0)
    assert store.read(0, b"k") is None  # nothing on disk before the changelog has it
    assert _read(behind, store, 0, b"k") == b"v1"
    behind.on_delivered([(token, 0)])
    assert store.read(0, b"k") == b"v1"
    assert store.partition_to_offset == {0: 0}
    assert len(behind) == 0


def test_a_receipt_that_overtakes_an_earlier_one_waits_for_it() -> None:
    store = FakeStore()
    behind = _behind(store)
    first = behind.write(b"a", b"1", 0)
    second = behind.write(b"b", b"2", 0)
    behind.on_delivered([(second, 1)])
    assert store.partition_to_offset == {}  # offset 1 without offset 0 would skip a record
    assert _read(behind, store, 0, b"b") == b"2"
    behind.on_delivered([(first, 0)])
    assert store.partition_to_offset == {0: 1}
    assert store.partition_to_data == {0: {b"a": b"1", b"b": b"2"}}


def test_an_undelivered_write_never_reaches_the_store() -> None:
    store = FakeStore()
    behind = _behind(store)
    behind.on_delivered([(behind.write(b"k", b"v1", 0), 0)])
    failed = behind.write(b"k", b"v2", 0)
    after = behind.write(b"j", b"w", 0)
    behind.on_delivered([(failed, None), (after, 1)])
    assert store.partition_to_data == {0: {b"k": b"v1", b"j": b"w"}}
    assert store.partition_to_offset == {0: 1}
    assert _read(behind, store, 0, b"k") == b"v1"  # what the changelog holds, too


def test_a_write_recovery_already_applied_is_not_applied_again() -> None:
    store = FakeStore()
    store.partition_to_data[0] = {b"k": b"newer"}
    store.partition_to_offset[0] = 7
    behind = _behind(store)
    token = behind.write(b"k", b"older", 0)
    behind.on_delivered([(token, 5)])
    assert store.read(0, b"k") == b"newer"
    assert store.partition_to_offset == {0: 7}
    assert len(behind) == 0


def test_a_gap_keeps_later_writes_in_memory_until_the_partition_is_revoked() -> None:
    store = FakeStore()
    behind = _behind(store)
    behind.on_delivered([(behind.write(b"a", b"1", 0), 0)])
    foreign_gap = behind.write(b"b", b"2", 0)
    behind.on_delivered([(foreign_gap, 2)])  # offset 1 was written by someone else
    later = behind.write(b"c", b"3", 0)
    behind.on_delivered([(later, 3)])
    assert store.partition_to_offset == {0: 0}
    assert store.partition_to_data == {0: {b"a": b"1"}}
    assert _read(behind, store, 0, b"b") == b"2"
    assert _read(behind, store, 0, b"c") == b"3"
    behind.forget({0})
    assert len(behind) == 0
    behind.on_delivered([(behind.write(b"d", b"4", 0), 1)])
    assert store.partition_to_data == {0: {b"a": b"1", b"d": b"4"}}


def test_receipts_of_writes_sent_before_a_revocation_are_ignored() -> None:
    store = FakeStore()
    behind = _behind(store)
    before = behind.write(b"k", b"v1", 1)
    other = behind.write(b"x", b"y", 2)
    behind.forget({1})
    assert behind.get(b"k") is None
    assert behind.get(b"x") is not None  # partition 2 is still ours
    behind.on_delivered([(before, 0), (other, 0)])
    assert store.partition_to_data == {2: {b"x": b"y"}}
    after = behind.write(b"k", b"v2", 1)
    behind.on_delivered([(after, 1)])
    assert store.read(1, b"k") is None  # offset 0 (from before) is not in the store: a gap
    assert _read(behind, store, 1, b"k") == b"v2"


@settings(max_examples=200, deadline=None)
@given(
    writes=st.lists(
        st.tuples(st.sampled_from([b"a", b"b", b"c"]), st.none() | st.binary(max_size=3)),
        min_size=1,
        max_size=30,
    ),
    failed=st.sets(st.integers(0, 29)),
    seed=st.integers(0, 2**32 - 1),
    batches=st.integers(1, 6),
)
def test_the_store_is_always_a_changelog_prefix(
    writes: list[tuple[bytes, bytes | None]], failed: set[int], seed: int, batches: int
) -> None:
    """However receipts are split and reordered, the store equals a replay of the changelog
    up to its persisted offset, and holds the whole changelog once every receipt is in."""
    store = FakeStore()
    behind = _behind(store)
    tokens: list[Token] = [behind.write(key, value, 0) for key, value in writes]
    receipts: list[tuple[Token, int | None]] = []
    changelog: list[tuple[bytes, bytes | None]] = []
    for i, token in enumerate(tokens):
        if i in failed:
            receipts.append((token, None))
        else:
            receipts.append((token, len(changelog)))
            changelog.append((token.key, token.value))
    random.Random(seed).shuffle(receipts)
    size = max(1, len(receipts) // batches)
    for start in range(0, len(receipts), size):
        behind.on_delivered(receipts[start : start + size])
        persisted = store.partition_to_offset.get(0, -1)
        replay: dict[bytes, bytes] = {}
        for key, value in changelog[: persisted + 1]:
            if value is None:
                replay.pop(key, None)
            else:
                replay[key] = value
        assert store.partition_to_data.get(0, {}) == replay
    assert len(behind) == 0
    assert store.partition_to_offset.get(0, -1) == len(changelog) - 1
    final = {key: value for key, value in dict(changelog).items() if value is not None}
    assert store.partition_to_data.get(0, {}) == final
