"""StateCache: one encode per key per write-back, reads see unwritten changes, deletes win."""

from __future__ import annotations

from typing import Any, cast

from processors.item_bandit import ItemCounts
from schemas.state import decode_state, encode_state
from streams.runtime.tables import ChangeloggedTable
from streams.stages.state import StateCache


class _Table:
    """Just what StateCache uses of a ChangeloggedTable: bytes in, bytes out, writes logged."""

    def __init__(self) -> None:
        self.data: dict[bytes, bytes] = {}
        self.writes: list[tuple[bytes, bytes | None, int]] = []

    def get(self, key: bytes) -> bytes | None:
        return self.data.get(key)

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        self.data[key] = value
        self.writes.append((key, value, partition))

    def delete(self, key: bytes, partition: int) -> None:
        self.data.pop(key, None)
        self.writes.append((key, None, partition))

    def keys(self) -> list[bytes]:
        return list(self.data)


def _cache(table: _Table) -> StateCache[ItemCounts]:
    return StateCache(
        cast(ChangeloggedTable, table), "ItemCounts", ItemCounts.from_record, ItemCounts.to_record
    )


def _counts(shown: int) -> ItemCounts:
    return ItemCounts((shown, 0, 0), (0, 0, 0), {"r:1": shown})


def test_many_changes_to_a_key_are_written_once_and_read_back_decoded() -> None:
    table = _Table()
    table.data[b"old"] = encode_state("ItemCounts", _counts(7).to_record())
    cache = _cache(table)
    assert cache.get(b"old") == _counts(7)
    for shown in range(1, 6):
        cache.put(b"k", _counts(shown), partition=2)
        assert cache.get(b"k") == _counts(shown)
    assert table.writes == []  # nothing reaches the table before the write-back
    written = cache.write_back()
    assert written == {b"k": _counts(5)}
    assert [(key, partition) for key, _, partition in table.writes] == [(b"k", 2)]
    record: Any = decode_state("ItemCounts", table.data[b"k"])
    assert ItemCounts.from_record(record) == _counts(5)
    assert cache.write_back() == {}


def test_a_delete_drops_the_unwritten_change_and_queues_a_tombstone() -> None:
    table = _Table()
    cache = _cache(table)
    cache.put(b"k", _counts(1), partition=0)
    cache.delete(b"k", partition=0)
    assert cache.get(b"k") is None
    assert cache.write_back() == {}
    assert table.writes == [(b"k", None, 0)]


class _CountingDecode:
    """ItemCounts.from_record that counts its calls (one per decode of stored bytes)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, record: Any) -> ItemCounts:
        self.calls += 1
        return ItemCounts.from_record(record)


def test_a_value_written_back_is_read_again_without_decoding() -> None:
    table = _Table()
    decode = _CountingDecode()
    cache = StateCache(cast(ChangeloggedTable, table), "ItemCounts", decode, ItemCounts.to_record)
    cache.put(b"k", _counts(3), partition=1)
    cache.write_back()
    assert cache.get(b"k") == _counts(3)
    assert decode.calls == 0


def test_bytes_changed_under_the_cache_are_decoded_again() -> None:
    # A rebalance recovers another worker's newer value from the changelog.
    table = _Table()
    decode = _CountingDecode()
    cache = StateCache(cast(ChangeloggedTable, table), "ItemCounts", decode, ItemCounts.to_record)
    cache.put(b"k", _counts(3), partition=1)
    cache.write_back()
    table.data[b"k"] = encode_state("ItemCounts", _counts(9).to_record())
    assert cache.get(b"k") == _counts(9)
    assert decode.calls == 1
    del table.data[b"k"]
    assert cache.get(b"k") is None


def test_equal_bytes_from_a_recovery_still_count_as_the_retained_value() -> None:
    table = _Table()
    decode = _CountingDecode()
    cache = StateCache(cast(ChangeloggedTable, table), "ItemCounts", decode, ItemCounts.to_record)
    cache.put(b"k", _counts(3), partition=1)
    cache.write_back()
    table.data[b"k"] = bytes(bytearray(table.data[b"k"]))  # equal bytes, another object
    assert cache.get(b"k") == _counts(3)
    assert decode.calls == 0


def test_only_the_newest_values_are_retained_decoded() -> None:
    table = _Table()
    decode = _CountingDecode()
    cache = StateCache(
        cast(ChangeloggedTable, table), "ItemCounts", decode, ItemCounts.to_record, retain=2
    )
    for index, key in enumerate((b"a", b"b", b"c")):
        cache.put(key, _counts(index + 1), partition=0)
        cache.write_back()
    cache.put(b"a", _counts(5), partition=0)  # rewritten: the newest again
    cache.write_back()
    assert [cache.get(k) for k in (b"a", b"b", b"c")] == [_counts(5), _counts(2), _counts(3)]
    assert decode.calls == 1  # only b was evicted


def test_without_persistence_nothing_is_encoded_or_written_and_values_stay() -> None:
    table = _Table()
    cache = StateCache(
        cast(ChangeloggedTable, table),
        "ItemCounts",
        ItemCounts.from_record,
        ItemCounts.to_record,
        persist=False,
    )
    cache.put(b"k", _counts(4), partition=0)
    assert cache.write_back() == {b"k": _counts(4)}
    assert table.writes == []
    assert table.data == {}
    assert cache.get(b"k") == _counts(4)
    assert cache.items() == [(b"k", _counts(4))]
    cache.delete(b"k", partition=0)
    assert cache.get(b"k") is None
    assert cache.items() == []
