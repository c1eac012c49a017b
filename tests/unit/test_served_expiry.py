"""The served table's expiry index: only due entries come out, each once, in deadline order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from processors.served import Origin, ServedState, expired, expiry_deadline_ms
from streams.stages.served_expiry import ExpiryIndex


def test_due_pops_only_entries_past_their_deadline_per_partition() -> None:
    index = ExpiryIndex()
    index.note(0, 100, b"a")
    index.note(0, 300, b"b")
    index.note(1, 50, b"c")
    index.note(0, 100, b"a")  # rewritten with the same deadline: still popped once
    assert index.due(0, 200) == [b"a"]
    assert index.due(0, 200) == []
    assert index.due(1, 200) == [b"c"]
    assert index.partitions() == [0]
    index.reset()
    assert not index.complete
    assert index.partitions() == []


@given(
    st.lists(st.tuples(st.integers(0, 1000), st.binary(min_size=1, max_size=3))),
    st.integers(0, 1000),
)
def test_nothing_due_is_left_behind_and_nothing_early_comes_out(
    entries: list[tuple[int, bytes]], now: int
) -> None:
    index = ExpiryIndex()
    for deadline, key in entries:
        index.note(0, deadline, key)
    popped = set(index.due(0, now))
    assert popped == {key for deadline, key in entries if deadline < now}


def test_the_deadline_is_the_window_after_the_list_or_the_first_click() -> None:
    served = ServedState(served_ms=1_000, origin=Origin("r", 0, 5), first_seen_ms=900)
    assert expiry_deadline_ms(served, 60_000) == 61_000
    assert not expired(served, 61_000, 60_000)
    assert expired(served, 61_001, 60_000)
    unserved = ServedState(first_seen_ms=900)
    assert expiry_deadline_ms(unserved, 60_000) == 60_900
