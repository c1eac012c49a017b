"""The event id window: verdicts, expiry, the cap, storage in chunks, and rebuild after a crash."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.event_ids import (
    ChunkChanges,
    EventIdChunk,
    EventIdWindow,
    EventIdWindowConfig,
    Verdict,
    chunk_key,
    split_chunk_key,
)
from schemas.errors import ConfigError
from schemas.state import decode_state, encode_state

FIRST, REDELIVERY, DUPLICATE = Verdict.FIRST, Verdict.REDELIVERY, Verdict.DUPLICATE
T0 = 1_700_000_040_000  # a multiple of every bucket_ms below
SCHEMA = "EventIdChunk"


class Table:
    """A changelogged table as the stage would keep it: encoded chunks by key."""

    def __init__(self) -> None:
        self.key_to_value: dict[str, bytes] = {}

    def store(self, changes: ChunkChanges) -> None:
        for key, chunk in changes.writes.items():
            assert key == chunk.key
            self.key_to_value[key] = encode_state(SCHEMA, chunk.to_record())
        for key in changes.deletes:
            self.key_to_value.pop(key, None)

    def copy(self) -> Table:
        table = Table()
        table.key_to_value = dict(self.key_to_value)
        return table

    def rebuild(self, partition: int, config: EventIdWindowConfig) -> EventIdWindow:
        chunks = [
            EventIdChunk.from_record(decode_state(SCHEMA, value))
            for key, value in self.key_to_value.items()
            if split_chunk_key(key)[0] == partition
        ]
        return EventIdWindow.from_chunks(partition, chunks, config)


@dataclass(frozen=True)
class Record:
    event_id: str
    offset: int
    event_time_ms: int


def remembered(window: EventIdWindow) -> dict[str, int]:
    """The ids the window remembers and the offset of each (its logical state)."""
    return dict(window._id_to_offset)


def held(window: EventIdWindow) -> int:
    """Ids held in the chunks, including ones the cap evicted from the oldest chunk."""
    return sum(len(chunk.offsets) for chunk in window.chunks())


# --- verdicts -------------------------------------------------------------------------------


def test_a_new_id_is_first_the_same_record_again_a_redelivery_a_later_copy_a_duplicate() -> None:
    window = EventIdWindow(0)
    assert window.check("e1", 10, T0) is FIRST
    assert window.check("e1", 10, T0) is REDELIVERY
    assert window.check("e1", 11, T0) is DUPLICATE
    assert window.check("e2", 12, T0) is FIRST
    assert window.check("e1", 13, T0 + 5) is DUPLICATE
    assert len(window) == 2


def test_only_a_first_changes_what_is_stored() -> None:
    window = EventIdWindow(0)
    window.check("e1", 10, T0)
    assert list(window.take_changes().writes) == ["0|0"]
    assert window.check("e1", 10, T0) is REDELIVERY
    assert window.check("e1", 11, T0 + 1) is DUPLICATE
    assert window.take_changes() == ChunkChanges({}, ())


def test_a_replayed_record_whose_id_was_forgotten_is_processed_and_not_remembered() -> None:
    config = EventIdWindowConfig(max_entries=2)
    window = EventIdWindow(0, config)
    for n in range(4):
        window.check(f"e{n}", n, T0)  # e0 and e1 are evicted
    assert window.check("e0", 0, T0) is FIRST  # the replay of offset 0
    assert window.check("e1", 1, T0) is FIRST
    assert set(remembered(window)) == {"e2", "e3"}
    assert window.check("e2", 5, T0) is DUPLICATE


def test_an_id_remembered_at_a_later_offset_is_processed() -> None:
    # Only a replay from before the entry sees this (the module doc's "Edges").
    window = EventIdWindow(0)
    window.check("e1", 20, T0)
    assert window.check("e1", 5, T0) is REDELIVERY


def test_only_new_ids_move_the_stream_time() -> None:
    window = EventIdWindow(0)
    assert window.stream_time_ms is None
    window.check("e1", 0, T0)
    window.check("e1", 1, T0 + 10 * 3_600_000)  # a duplicate from far ahead
    assert window.stream_time_ms == T0
    window.check("e2", 2, T0 - 1_000)  # late: remembered, stream time unchanged
    assert window.stream_time_ms == T0
    assert window.check("e2", 3, T0) is DUPLICATE


# --- the window -----------------------------------------------------------------------------


def test_an_id_is_remembered_for_the_window_and_forgotten_after_its_slot_ends() -> None:
    config = EventIdWindowConfig(window_ms=60_000, bucket_ms=10_000)
    window = EventIdWindow(0, config)
    window.check("old", 0, T0)  # slot [T0, T0 + 10 s)
    window.check("x1", 1, T0 + 60_000)  # exactly the window later
    assert window.check("old", 2, T0) is DUPLICATE
    window.check("x2", 3, T0 + 69_999)  # the slot ends 60 s before 70 s: still there
    assert window.check("old", 4, T0) is DUPLICATE
    window.check("x3", 5, T0 + 70_000)
    assert window.check("old", 6, T0) is FIRST  # forgotten: counted again, as documented


def test_a_late_event_is_remembered_from_when_it_arrives() -> None:
    config = EventIdWindowConfig(window_ms=60_000, bucket_ms=10_000)
    window = EventIdWindow(0, config)
    window.check("now", 0, T0 + 3_600_000)
    window.check("late", 1, T0)  # an hour behind the stream time
    window.check("later", 2, T0 + 3_600_000 + 59_000)
    assert window.check("late", 3, T0) is DUPLICATE


def test_expired_chunks_become_deletions() -> None:
    config = EventIdWindowConfig(window_ms=0, bucket_ms=10_000, seal_at=1)
    window = EventIdWindow(0, config)
    window.check("a", 0, T0)
    first = window.take_changes()
    assert list(first.writes) == [chunk_key(0, 0)]
    assert first.deletes == ()
    window.check("b", 1, T0 + 10_000)
    second = window.take_changes()
    assert list(second.writes) == [chunk_key(0, 1)]
    assert second.deletes == (chunk_key(0, 0),)
    assert len(window) == 1
    assert window.take_changes() == ChunkChanges({}, ())


# --- the cap --------------------------------------------------------------------------------


def test_the_cap_forgets_the_oldest_ids_first() -> None:
    config = EventIdWindowConfig(max_entries=5, chunk_size=3, seal_at=1)
    window = EventIdWindow(0, config)
    for n in range(7):
        assert window.check(f"e{n}", n, T0) is FIRST
    assert len(window) == 5
    assert [window.check(f"e{n}", 100 + n, T0) for n in range(2, 7)] == [DUPLICATE] * 5
    assert window.check("e0", 200, T0) is FIRST  # evicted: counted again
    assert window.check("e2", 201, T0) is FIRST  # the oldest left made room for it


def test_the_cap_deletes_a_chunk_once_all_its_ids_are_evicted() -> None:
    config = EventIdWindowConfig(max_entries=4, chunk_size=2, seal_at=2)
    window = EventIdWindow(0, config)
    for n in range(4):
        window.check(f"e{n}", n, T0)
    window.take_changes()
    window.check("e4", 4, T0)  # evicts e0; its chunk [e0, e1] stays
    assert window.take_changes().deletes == ()
    window.check("e5", 5, T0)  # evicts e1: the chunk goes
    assert window.take_changes().deletes == (chunk_key(0, 0),)
    assert held(window) == len(window) == 4


# --- storage --------------------------------------------------------------------------------


def test_a_chunk_is_rewritten_until_sealed_then_never_again() -> None:
    config = EventIdWindowConfig(chunk_size=100, seal_at=3)
    window = EventIdWindow(0, config)
    window.check("a", 0, T0)
    window.check("b", 1, T0)
    assert list(window.take_changes().writes) == ["0|0"]
    window.check("c", 2, T0)
    changes = window.take_changes()
    assert changes.writes["0|0"].event_ids == ("a", "b", "c")  # three ids: now sealed
    window.check("d", 3, T0)
    assert list(window.take_changes().writes) == ["0|3"]


def test_a_chunk_holds_one_slot_and_at_most_chunk_size_ids() -> None:
    config = EventIdWindowConfig(bucket_ms=10_000, chunk_size=2, seal_at=2)
    window = EventIdWindow(0, config)
    for n, time_ms in enumerate((T0, T0 + 1, T0 + 2, T0 + 10_000)):
        window.check(f"e{n}", n, time_ms)
    assert [(c.first_n, c.slot_ms, c.event_ids) for c in window.chunks()] == [
        (0, T0, ("e0", "e1")),
        (2, T0, ("e2",)),
        (3, T0 + 10_000, ("e3",)),
    ]


def test_a_chunk_round_trips_through_avro() -> None:
    window = EventIdWindow(4)
    for n in range(5):
        window.check(f"evt-{n}", 1_000 + n, T0 + n)
    (chunk,) = window.take_changes().writes.values()
    decoded = EventIdChunk.from_record(
        decode_state(SCHEMA, encode_state(SCHEMA, chunk.to_record()))
    )
    assert decoded == chunk
    assert decoded.event_ids == tuple(f"evt-{n}" for n in range(5))
    assert decoded.stream_time_ms == T0 + 4


def test_keys_name_the_partition_and_the_first_id() -> None:
    assert chunk_key(3, 42_000) == "3|42000"
    assert split_chunk_key("3|42000") == (3, 42_000)


def test_rebuild_from_the_stored_chunks_equals_the_original() -> None:
    config = EventIdWindowConfig(window_ms=30_000, bucket_ms=10_000, max_entries=50, chunk_size=8)
    window = EventIdWindow(2, config)
    table = Table()
    for n in range(200):
        window.check(f"e{n % 90}", n, T0 + 500 * n)
        if n % 7 == 0:
            table.store(window.take_changes())
    table.store(window.take_changes())
    rebuilt = table.rebuild(2, config)
    assert rebuilt.chunks() == window.chunks()
    assert remembered(rebuilt) == remembered(window)
    assert (len(rebuilt), rebuilt.stream_time_ms) == (len(window), window.stream_time_ms)
    assert rebuilt.take_changes() == ChunkChanges({}, ())
    tail = [(f"e{n % 120}", 200 + n, T0 + 100_000 + 300 * n) for n in range(100)]
    assert [rebuilt.check(*r) for r in tail] == [window.check(*r) for r in tail]
    assert rebuilt.take_changes() == window.take_changes()


def test_rebuild_refuses_chunks_of_another_partition_or_with_a_gap() -> None:
    chunk = EventIdChunk(partition=1, first_n=0, slot_ms=T0, stream_time_ms=T0, event_ids=("a",))
    with pytest.raises(ValueError, match="partition"):
        EventIdWindow.from_chunks(0, [EventIdChunk(1, 0, T0, T0, ("a",), (0,))])
    with pytest.raises(ValueError, match="follow"):
        EventIdWindow.from_chunks(
            1, [EventIdChunk(1, 0, T0, T0, ("a",), (0,)), EventIdChunk(1, 5, T0, T0, ("b",), (1,))]
        )
    with pytest.raises(ValueError, match="one offset per event id"):
        EventIdChunk.from_record(chunk.to_record())


def test_a_smaller_cap_applies_when_rebuilt() -> None:
    config = EventIdWindowConfig(max_entries=10, chunk_size=2, seal_at=2)
    window = EventIdWindow(0, config)
    for n in range(10):
        window.check(f"e{n}", n, T0)
    smaller = EventIdWindowConfig(max_entries=5, chunk_size=2, seal_at=2)
    rebuilt = EventIdWindow.from_chunks(0, window.chunks(), smaller)
    assert len(rebuilt) == 5
    assert set(remembered(rebuilt)) == {f"e{n}" for n in range(5, 10)}
    assert rebuilt.take_changes().deletes == ("0|0", "0|2")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"window_ms": -1},
        {"bucket_ms": 0},
        {"max_entries": 0},
        {"chunk_size": 0},
        {"seal_at": 0},
    ],
)
def test_bad_configs_are_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ConfigError):
        EventIdWindowConfig(**kwargs)


# --- properties -----------------------------------------------------------------------------


@st.composite
def records(draw: st.DrawFn, *, ids: int = 8, max_step_ms: int = 5_000) -> list[Record]:
    """Records of one partition: increasing offsets, ids from a small pool, jittery times."""
    steps = draw(
        st.lists(
            st.tuples(
                st.integers(0, ids - 1),
                st.integers(1, 3),
                st.integers(-max_step_ms // 2, max_step_ms),
            ),
            max_size=80,
        )
    )
    out, offset, time_ms = [], 0, T0
    for id_number, gap, step in steps:
        offset += gap
        time_ms += step
        out.append(Record(f"evt-{id_number}", offset, time_ms))
    return out


@dataclass(frozen=True)
class Step:
    """One record's verdict, and the table as a crash right after it would leave it, which
    covers the first ``covered`` records (the committed offset is never past them)."""

    verdict: Verdict
    table: Table
    covered: int


def feed(
    window: EventIdWindow, rows: Sequence[Record], flushes: Sequence[bool], table: Table
) -> list[Step]:
    """Check every record, storing the changes after those with a flush."""
    steps, covered = [], 0
    for n, row in enumerate(rows):
        verdict = window.check(row.event_id, row.offset, row.event_time_ms)
        if flushes[n % len(flushes)]:
            table.store(window.take_changes())
            covered = n + 1
        steps.append(Step(verdict, table.copy(), covered))
    return steps


def naive_verdicts(rows: Sequence[Record], config: EventIdWindowConfig) -> list[Verdict]:
    """The documented semantics, spelled out: an id is remembered while it is among the newest
    ``max_entries`` new ids and its slot ended less than ``window_ms`` before the stream time."""
    entries: list[tuple[str, int, int]] = []  # (event id, offset, slot) of each new id
    stream: int | None = None
    verdicts = []
    for row in rows:
        live = [
            (event_id, offset)
            for event_id, offset, slot in entries[-config.max_entries :]
            if stream is not None and slot + config.bucket_ms + config.window_ms > stream
        ]
        known = [offset for event_id, offset in live if event_id == row.event_id]
        if known:
            verdicts.append(DUPLICATE if known[0] < row.offset else REDELIVERY)
            continue
        stream = row.event_time_ms if stream is None else max(stream, row.event_time_ms)
        entries.append((row.event_id, row.offset, stream - stream % config.bucket_ms))
        verdicts.append(FIRST)
    return verdicts


SMALL = EventIdWindowConfig(
    window_ms=20_000, bucket_ms=5_000, max_entries=6, chunk_size=3, seal_at=2
)
WIDE = EventIdWindowConfig(window_ms=3_600_000, bucket_ms=60_000, chunk_size=4, seal_at=2)


@settings(max_examples=150, deadline=None)
@given(rows=records(), flushes=st.lists(st.booleans(), min_size=1, max_size=5))
def test_an_id_seen_within_the_window_at_another_offset_is_a_duplicate(
    rows: list[Record], flushes: list[bool]
) -> None:
    window = EventIdWindow(0, WIDE)  # 80 records, 5 s apart at most: all within the window
    first_offset: dict[str, int] = {}
    for step, row in zip(feed(window, rows, flushes, Table()), rows, strict=True):
        if row.event_id in first_offset:
            assert step.verdict is DUPLICATE
        else:
            assert step.verdict is FIRST
            first_offset[row.event_id] = row.offset


@settings(max_examples=200, deadline=None)
@given(
    rows=records(max_step_ms=8_000),
    flushes=st.lists(st.booleans(), min_size=1, max_size=5),
    seal_at=st.integers(1, 3),
)
def test_verdicts_follow_the_documented_window_and_cap_whatever_the_flushes(
    rows: list[Record], flushes: list[bool], seal_at: int
) -> None:
    config = EventIdWindowConfig(
        window_ms=20_000, bucket_ms=5_000, max_entries=6, chunk_size=3, seal_at=seal_at
    )
    verdicts = [step.verdict for step in feed(EventIdWindow(0, config), rows, flushes, Table())]
    assert verdicts == naive_verdicts(rows, config)


@settings(max_examples=150, deadline=None)
@given(
    rows=records(),
    flushes=st.lists(st.booleans(), min_size=1, max_size=5),
    crash=st.integers(0, 79),
    committed=st.integers(0, 79),
)
def test_a_replay_after_a_rebuild_repeats_the_first_verdicts(
    rows: list[Record], flushes: list[bool], crash: int, committed: int
) -> None:
    # Within the window and the cap nothing is forgotten, so a replay is exact.
    window = EventIdWindow(0, WIDE)
    first = feed(window, rows, flushes, Table())
    if not rows:
        return
    crashed = first[min(crash, len(rows) - 1)]
    rebuilt = crashed.table.rebuild(0, WIDE)
    for n in range(min(committed, crashed.covered), len(rows)):
        row = rows[n]
        verdict = rebuilt.check(row.event_id, row.offset, row.event_time_ms)
        original = first[n].verdict
        if n < crashed.covered:
            assert verdict is (DUPLICATE if original is DUPLICATE else REDELIVERY)
        else:
            assert verdict is original
    assert remembered(rebuilt) == remembered(window)
    assert rebuilt.stream_time_ms == window.stream_time_ms


@settings(max_examples=400, deadline=None)
@given(
    rows=records(max_step_ms=8_000),
    flushes=st.lists(st.booleans(), min_size=1, max_size=5),
    crash=st.integers(0, 79),
    committed=st.integers(0, 79),
)
def test_a_replay_leaves_the_window_as_the_first_run_did(
    rows: list[Record], flushes: list[bool], crash: int, committed: int
) -> None:
    # With a small window and cap, ids are forgotten between the first run and the replay.
    window = EventIdWindow(0, SMALL)
    first = feed(window, rows, flushes, Table())
    if not rows:
        return
    crashed = first[min(crash, len(rows) - 1)]
    rebuilt = crashed.table.rebuild(0, SMALL)
    for n in range(min(committed, crashed.covered), len(rows)):
        row = rows[n]
        verdict = rebuilt.check(row.event_id, row.offset, row.event_time_ms)
        original = first[n].verdict
        if n >= crashed.covered:
            assert verdict is original
        elif original is not DUPLICATE:
            assert verdict is not DUPLICATE
    assert remembered(rebuilt) == remembered(window)
    assert rebuilt.stream_time_ms == window.stream_time_ms


@settings(max_examples=150, deadline=None)
@given(
    rows=records(ids=30, max_step_ms=8_000),
    flushes=st.lists(st.booleans(), min_size=1, max_size=5),
    max_entries=st.integers(1, 8),
    chunk_size=st.integers(1, 4),
)
def test_memory_never_exceeds_the_cap(
    rows: list[Record], flushes: list[bool], max_entries: int, chunk_size: int
) -> None:
    config = EventIdWindowConfig(
        window_ms=20_000, bucket_ms=5_000, max_entries=max_entries, chunk_size=chunk_size, seal_at=1
    )
    window = EventIdWindow(0, config)
    table = Table()
    for n, row in enumerate(rows):
        window.check(row.event_id, row.offset, row.event_time_ms)
        assert len(window) == len(remembered(window)) <= max_entries
        assert held(window) <= max_entries + chunk_size - 1
        if flushes[n % len(flushes)]:
            table.store(window.take_changes())
            assert len(table.key_to_value) == len(window.chunks())
            assert remembered(table.rebuild(0, config)) == remembered(window)
