"""The popularity processor: forward decay, exactly-once updates, Avro state round trip."""

from __future__ import annotations

import math
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.popularity import (
    NO_SCORE,
    PopularityState,
    apply_engagement,
    decayed_popularity,
    log2_add,
    popularity_key,
    split_popularity_key,
)
from schemas.state import decode_state, encode_state

HOUR_MS = 3_600_000.0

engagement = st.tuples(
    st.floats(min_value=0.01, max_value=10.0),  # weight
    st.integers(min_value=1_500_000_000_000, max_value=1_900_000_000_000),  # event time
    st.integers(min_value=0, max_value=7),  # source partition
)


def _with_offsets(
    events: list[tuple[float, int, int]],
) -> Iterator[tuple[float, int, int, int]]:
    """Each (weight, time, partition) with the next offset of its partition, from 0."""
    next_offset: dict[int, int] = {}
    for weight, time_ms, partition in events:
        offset = next_offset.get(partition, 0)
        next_offset[partition] = offset + 1
        yield weight, time_ms, partition, offset


def _apply_all(events: list[tuple[float, int, int]], state: PopularityState) -> PopularityState:
    for weight, time_ms, partition, offset in _with_offsets(events):
        updated = apply_engagement(
            state,
            weight=weight,
            event_time_ms=time_ms,
            source_partition=partition,
            source_offset=offset,
            half_life_ms=HOUR_MS,
        )
        assert updated is not None
        state = updated
    return state


def test_one_half_life_halves_the_decayed_value() -> None:
    state = apply_engagement(
        PopularityState(),
        weight=2.0,
        event_time_ms=0,
        source_partition=0,
        source_offset=0,
        half_life_ms=HOUR_MS,
    )
    assert state is not None
    assert math.isclose(decayed_popularity(state.log2_score, 0, HOUR_MS), 2.0)
    assert math.isclose(decayed_popularity(state.log2_score, int(HOUR_MS), HOUR_MS), 1.0)


def test_decayed_sum_matches_direct_formula() -> None:
    events = [(1.0, 1_700_000_000_000, 0), (3.0, 1_700_000_600_000, 1), (0.5, 1_700_003_600_000, 0)]
    state = _apply_all(events, PopularityState())
    now = 1_700_010_000_000
    expected = sum(w * 2 ** ((now - t) / -HOUR_MS) for w, t, _ in events)
    assert math.isclose(decayed_popularity(state.log2_score, now, HOUR_MS), expected, rel_tol=1e-9)


def test_redelivered_offset_is_ignored() -> None:
    first = apply_engagement(
        PopularityState(),
        weight=1.0,
        event_time_ms=5,
        source_partition=3,
        source_offset=10,
        half_life_ms=HOUR_MS,
    )
    assert first is not None
    for offset in (10, 9, 0):
        assert (
            apply_engagement(
                first,
                weight=1.0,
                event_time_ms=5,
                source_partition=3,
                source_offset=offset,
                half_life_ms=HOUR_MS,
            )
            is None
        )
    other_partition = apply_engagement(
        first,
        weight=1.0,
        event_time_ms=5,
        source_partition=2,
        source_offset=0,
        half_life_ms=HOUR_MS,
    )
    assert other_partition is not None
    assert other_partition.engagements == 2


@settings(max_examples=200, deadline=None)
@given(st.lists(engagement, min_size=1, max_size=40))
def test_counts_and_scores_never_decrease(events: list[tuple[float, int, int]]) -> None:
    state = PopularityState()
    for weight, time_ms, partition, offset in _with_offsets(events):
        updated = apply_engagement(
            state,
            weight=weight,
            event_time_ms=time_ms,
            source_partition=partition,
            source_offset=offset,
            half_life_ms=HOUR_MS,
        )
        assert updated is not None
        assert updated.engagements == state.engagements + 1
        assert updated.log2_score >= state.log2_score
        state = updated
    assert state.engagements == len(events)


@settings(max_examples=100, deadline=None)
@given(st.lists(engagement, min_size=1, max_size=30))
def test_replaying_everything_twice_changes_nothing(events: list[tuple[float, int, int]]) -> None:
    once = _apply_all(events, PopularityState())
    # Redelivery of the whole history: every update is recognized as already applied.
    for _weight, time_ms, partition, offset in _with_offsets(events):
        assert (
            apply_engagement(
                once,
                weight=1.0,
                event_time_ms=time_ms,
                source_partition=partition,
                source_offset=offset,
                half_life_ms=HOUR_MS,
            )
            is None
        )


@settings(max_examples=100, deadline=None)
@given(st.lists(engagement, min_size=1, max_size=30))
def test_state_round_trips_through_avro(events: list[tuple[float, int, int]]) -> None:
    state = _apply_all(events, PopularityState())
    restored = PopularityState.from_record(
        decode_state("PopularityState", encode_state("PopularityState", state.to_record()))
    )
    assert restored == state


def test_empty_state_round_trips_through_avro() -> None:
    state = PopularityState()
    encoded = encode_state("PopularityState", state.to_record())
    assert PopularityState.from_record(decode_state("PopularityState", encoded)) == state
    assert state.log2_score == NO_SCORE


def test_defaults_are_not_shared() -> None:
    assert PopularityState().partition_to_offset is not PopularityState().partition_to_offset


def test_log2_add_is_commutative_and_handles_empty() -> None:
    assert log2_add(NO_SCORE, 3.0) == 3.0
    assert log2_add(3.0, NO_SCORE) == 3.0
    assert math.isclose(log2_add(1.0, 1.0), 2.0)
    assert log2_add(1e6, 2.0) == log2_add(2.0, 1e6)


def test_key_round_trip_keeps_pipes_in_item_ids() -> None:
    assert split_popularity_key(popularity_key("t", "home", "a|b")) == ("t", "home", "a|b")
