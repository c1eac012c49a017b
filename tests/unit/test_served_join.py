"""Attribution join + per-item counts: exact under any arrival order and any redelivery."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.item_bandit import ItemCounts, apply_update
from processors.served import (
    BanditUpdate,
    Origin,
    ServedState,
    on_click,
    on_served,
    unattributed_clicks,
)
from schemas.state import decode_state, encode_state

SERVED = {"a": 1, "b": 2, "c": 3}
REC = Origin("r", 0, 7)


def _apply(counts: dict[str, ItemCounts], updates: list[BanditUpdate]) -> None:
    for update in updates:
        current = counts.get(update.item_id, ItemCounts.empty(3))
        applied = apply_update(current, update)
        if applied is not None:
            counts[update.item_id] = applied


@settings(max_examples=300, deadline=None)
@given(
    clicked=st.lists(st.sampled_from(["a", "b", "c", "zz"]), max_size=8),
    rec_slot=st.integers(min_value=0, max_value=8),
    replay_from=st.tuples(st.integers(min_value=0, max_value=9), st.integers(0, 1)),
)
def test_counts_are_exact_in_any_order_with_redelivery(
    clicked: list[str], rec_slot: int, replay_from: tuple[int, int]
) -> None:
    clicks = [(item, Origin("i", 0, 100 + n)) for n, item in enumerate(clicked)]
    schedule: list[tuple[str, object]] = [("click", c) for c in clicks]
    schedule.insert(min(rec_slot, len(schedule)), ("rec", None))
    # A crash: everything from some point on is processed a second time (at-least-once).
    start = min(replay_from[0], len(schedule))
    schedule = schedule + schedule[start:]
    state = ServedState()
    counts: dict[str, ItemCounts] = {}
    for kind, payload in schedule:
        if kind == "rec":
            state, updates = on_served(state, SERVED, 1_000, REC)
        else:
            item, origin = payload  # type: ignore[misc]
            state, updates, _ = on_click(state, item, 1_001, origin)
        _apply(counts, updates)
        state = ServedState.from_record(
            decode_state("ServedState", encode_state("ServedState", state.to_record()))
        )
    for item, position in SERVED.items():
        assert counts[item].impressions[position - 1] == 1
        assert sum(counts[item].impressions) == 1
        assert sum(counts[item].clicks) == clicked.count(item)
        assert counts[item].clicks[position - 1] == clicked.count(item)
    assert "zz" not in counts
    assert unattributed_clicks(state) == clicked.count("zz")


def test_a_second_list_under_the_same_request_id_is_ignored() -> None:
    state, _ = on_served(ServedState(), SERVED, 1_000, REC)
    state2, updates = on_served(state, {"x": 1}, 1_000, Origin("r", 0, 9))
    assert updates == []
    assert state2 == state


def test_item_counts_round_trip_and_skip_redelivery() -> None:
    update = BanditUpdate("a", 2, 1, 1, Origin("i", 3, 5))
    counts = apply_update(ItemCounts.empty(3), update)
    assert counts is not None
    assert apply_update(counts, update) is None
    deep = apply_update(counts, BanditUpdate("a", 9, 1, 0, Origin("i", 3, 6)))
    assert deep is not None
    assert deep.impressions == (0, 1, 1)  # position 9 pools into the last slot
    restored = ItemCounts.from_record(
        decode_state("ItemCounts", encode_state("ItemCounts", deep.to_record()))
    )
    assert restored == deep
