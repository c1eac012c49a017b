"""The attribution join: windowed request_id matching, counted misses, bounded memory."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.attribution import (
    AttributionConfig,
    AttributionState,
    InteractionRef,
    Joined,
    Redelivered,
    ServedItem,
    ServedRequest,
    Unmatched,
    UnmatchedReason,
    expire,
    on_interaction,
    on_recommendation,
)
from schemas.state import decode_state, encode_state

CONFIG = AttributionConfig(window_ms=1000, max_pending=3)


def _request(request_id: str, served_ms: int) -> ServedRequest:
    items = (ServedItem("a", 1, 0.5), ServedItem("b", 2, 0.25))
    return ServedRequest(request_id, "home", served_ms, items)


def _interaction(
    request_id: str | None, item: str, event_ms: int, offset: int, kind: str = "CLICK"
) -> InteractionRef:
    return InteractionRef(request_id, item, kind, event_ms, 0, offset)


def test_interaction_joins_its_served_item() -> None:
    state = on_recommendation(AttributionState(), _request("r1", 100), 100, CONFIG, 0, 0)
    state, outcome = on_interaction(state, _interaction("r1", "b", 400, 0), 400, CONFIG)
    assert isinstance(outcome, Joined)
    assert (outcome.item.position, outcome.item.propensity) == (2, 0.25)
    assert state.joined == 1
    # A second interaction with the same request (impression then click) joins too.
    state, outcome = on_interaction(state, _interaction("r1", "a", 500, 1), 500, CONFIG)
    assert isinstance(outcome, Joined)
    assert state.joined == 2


def test_misses_are_counted_by_reason_not_guessed() -> None:
    state = on_recommendation(AttributionState(), _request("r1", 0), 0, CONFIG, 0, 0)
    cases = [
        (_interaction(None, "a", 10, 0), UnmatchedReason.NO_REQUEST_ID),
        (_interaction("nope", "a", 10, 1), UnmatchedReason.UNKNOWN_REQUEST),
        (_interaction("r1", "zzz", 10, 2), UnmatchedReason.ITEM_NOT_SERVED),
        # Late interaction while the request is still remembered (stream time lags).
        (_interaction("r1", "a", 5000, 3), UnmatchedReason.OUTSIDE_WINDOW),
    ]
    for interaction, reason in cases:
        state, outcome = on_interaction(state, interaction, 10, CONFIG)
        assert isinstance(outcome, Unmatched)
        assert outcome.reason == reason
    assert state.unmatched == {r.value: 1 for _, r in cases}
    assert state.joined == 0


def test_expired_requests_are_forgotten() -> None:
    state = on_recommendation(AttributionState(), _request("r1", 0), 0, CONFIG, 0, 0)
    state, outcome = on_interaction(state, _interaction("r1", "a", 2000, 0), 2000, CONFIG)
    assert isinstance(outcome, Unmatched)
    assert outcome.reason == UnmatchedReason.UNKNOWN_REQUEST
    assert state.pending == {}


def test_redeliveries_change_nothing() -> None:
    state = on_recommendation(AttributionState(), _request("r1", 0), 0, CONFIG, 0, 5)
    assert on_recommendation(state, _request("r2", 0), 0, CONFIG, 0, 5) is state
    state, _ = on_interaction(state, _interaction("r1", "a", 1, 7), 1, CONFIG)
    again, outcome = on_interaction(state, _interaction("r1", "a", 1, 7), 1, CONFIG)
    assert again is state
    assert isinstance(outcome, Redelivered)


def test_memory_is_bounded_by_max_pending() -> None:
    state = AttributionState()
    for n in range(10):
        state = on_recommendation(state, _request(f"r{n}", n), n, CONFIG, 0, n)
    assert list(state.pending) == ["r7", "r8", "r9"]
    assert state.evicted == 7


requests = st.lists(
    st.tuples(st.integers(0, 20), st.integers(0, 5000)),  # request number, served time
    max_size=25,
)


@settings(max_examples=100, deadline=None)
@given(requests, st.integers(0, 10_000))
def test_pending_stays_within_window_and_bound(events: list[tuple[int, int]], now: int) -> None:
    state = AttributionState()
    clock = 0
    for offset, (n, served) in enumerate(events):
        clock = max(clock, served)
        state = on_recommendation(state, _request(f"r{n}", served), clock, CONFIG, 0, offset)
        assert len(state.pending) <= CONFIG.max_pending
        assert all(r.served_ms >= clock - CONFIG.window_ms for r in state.pending.values())
    later = expire(state, max(now, clock), CONFIG)
    assert all(r.served_ms >= max(now, clock) - CONFIG.window_ms for r in later.pending.values())


@settings(max_examples=100, deadline=None)
@given(requests, st.lists(st.tuples(st.integers(0, 20), st.sampled_from("abc")), max_size=20))
def test_state_round_trips_through_avro_and_counters_add_up(
    served: list[tuple[int, int]], clicks: list[tuple[int, str]]
) -> None:
    state = AttributionState()
    for offset, (n, at) in enumerate(sorted(served, key=lambda x: x[1])):
        state = on_recommendation(state, _request(f"r{n}", at), at, CONFIG, 1, offset)
    for offset, (n, item) in enumerate(clicks):
        state, _ = on_interaction(state, _interaction(f"r{n}", item, 5000, offset), 5000, CONFIG)
    assert state.joined + sum(state.unmatched.values()) == len(clicks)
    encoded = encode_state("AttributionState", state.to_record())
    assert AttributionState.from_record(decode_state("AttributionState", encoded)) == state


def test_defaults_are_not_shared() -> None:
    assert AttributionState().pending is not AttributionState().pending
    assert AttributionState().unmatched is not AttributionState().unmatched
