"""The bandit processor: PBM-weighted Beta posteriors, exactly-once batches, Avro round trip."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from processors.bandit import (
    BanditCounts,
    BanditEvent,
    BanditState,
    BetaPrior,
    apply_events,
    credible_interval,
    effective_impressions,
    estimate_examination,
    posterior_params,
    posteriors,
    thompson_sample,
    update_batch,
)
from schemas.state import decode_state, encode_state

THETA = (1.0, 0.6, 0.4)

event_fields = st.tuples(
    st.sampled_from(["a", "b", "c", "d|x", "é"]),  # item
    st.integers(min_value=1, max_value=5),  # position (4 and 5 pool into 3)
    st.booleans(),  # impressed
    st.booleans(),  # clicked
    st.integers(min_value=0, max_value=3),  # partition
)


def _events(raw: list[tuple[str, int, bool, bool, int]], start: int = 0) -> list[BanditEvent]:
    next_offset: dict[int, int] = {}
    out = []
    for item, position, impressed, clicked, partition in raw:
        offset = next_offset.get(partition, start)
        next_offset[partition] = offset + 1
        out.append(BanditEvent(item, position, impressed, clicked, partition, offset))
    return out


def test_counts_follow_the_pbm_estimator() -> None:
    state = apply_events(
        BanditState(),
        [
            BanditEvent("x", 1, True, True, 0, 0),
            BanditEvent("x", 2, True, False, 0, 1),
            BanditEvent("x", 3, True, False, 0, 2),
            BanditEvent("x", 7, True, False, 0, 3),  # pooled into position 3
            BanditEvent("y", 2, False, True, 0, 4),  # a lone click
        ],
    )
    post = posteriors(state, THETA, BetaPrior(1.0, 1.0))
    assert state.item_ids == ("x", "y")
    assert state.impressions == ((1, 1, 2), (0, 0, 0))
    assert post["x"].effective_impressions == pytest.approx(1.0 + 0.6 + 0.8)
    assert (post["x"].a, post["x"].b) == pytest.approx((2.0, 1.0 + 2.4 - 1.0))
    # Clicks above effective impressions clip to the prior instead of going negative.
    assert (post["y"].a, post["y"].b) == pytest.approx((2.0, 1.0))


def test_posterior_mean_and_interval_agree_with_scipy() -> None:
    counts = BanditCounts(
        np.array([[100, 50, 20], [0, 0, 0], [5, 0, 0]], dtype=np.int64),
        np.array([[7, 2, 1], [0, 0, 0], [5, 0, 0]], dtype=np.int64),
    )
    prior = BetaPrior(0.5, 2.0)
    a, b = posterior_params(counts, THETA, prior)
    low, high = credible_interval(a, b, 0.9)
    for i in range(3):
        effective = float(counts.impressions[i] @ np.array(THETA))
        clicks = float(counts.clicks[i].sum())
        dist = stats.beta(0.5 + clicks, 2.0 + max(effective - clicks, 0.0))
        assert a[i] / (a[i] + b[i]) == pytest.approx(dist.mean())
        assert (low[i], high[i]) == pytest.approx(dist.interval(0.9))


def test_thompson_samples_have_the_posterior_mean() -> None:
    a = np.array([3.0, 50.0])
    b = np.array([97.0, 50.0])
    rng = np.random.default_rng(7)
    draws = np.stack([thompson_sample(a, b, rng) for _ in range(4000)])
    # Four standard errors of the mean of 4000 Beta draws.
    sd = np.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    assert np.all(np.abs(draws.mean(axis=0) - a / (a + b)) < 4 * sd / np.sqrt(4000))


def test_examination_estimate_is_the_ctr_ratio_without_smoothing() -> None:
    shown = [1000, 800, 500]
    clicked = [50, 24, 10]
    theta = estimate_examination(shown, clicked, smoothing=0.0)
    direct = [c / n / (50 / 1000) for c, n in zip(clicked, shown, strict=True)]
    assert theta == pytest.approx(direct)
    assert theta[0] == 1.0


def test_examination_smoothing_shrinks_towards_one() -> None:
    raw = estimate_examination([100, 100], [10, 2], smoothing=0.0)
    smooth = estimate_examination([100, 100], [10, 2], smoothing=100.0)
    assert raw[1] < smooth[1] < 1.0
    assert estimate_examination([100, 100], [10, 0], smoothing=1.0)[1] > 0


def test_examination_recovers_a_simulated_theta() -> None:
    rng = np.random.default_rng(3)
    n = 200_000
    alpha = rng.beta(2.0, 30.0, size=40)
    theta = np.array([1.0, 0.6, 0.4])
    item = rng.integers(0, 40, size=n)
    position = rng.integers(0, 3, size=n)
    click = rng.random(n) < alpha[item] * theta[position]
    shown = np.bincount(position, minlength=3)
    clicked = np.bincount(position, weights=click, minlength=3)
    estimate = estimate_examination(shown, clicked, smoothing=10.0)
    assert estimate == pytest.approx(tuple(theta), abs=0.05)


@pytest.mark.parametrize(
    ("shown", "clicked"),
    [([10], [11]), ([10, 5], [0, 0]), ([10, 5], [1]), ([-1, 5], [0, 1])],
)
def test_examination_rejects_bad_counts(shown: list[int], clicked: list[int]) -> None:
    with pytest.raises(ValueError, match=r"."):
        estimate_examination(shown, clicked)


def test_update_batch_does_not_mutate_its_input() -> None:
    counts = BanditCounts.zeros(2, 3)
    updated = update_batch(counts, np.array([0, 0, 1]), np.array([1, 1, 9]), np.array([1, 0, 1]))
    assert counts.impressions.sum() == 0
    assert updated.impressions.tolist() == [[2, 0, 0], [0, 0, 1]]
    assert updated.clicks.tolist() == [[1, 0, 0], [0, 0, 1]]


def test_bad_positions_and_theta_are_rejected() -> None:
    with pytest.raises(ValueError, match="1-based"):
        update_batch(BanditCounts.zeros(1, 3), np.array([0]), np.array([0]), np.array([0]))
    with pytest.raises(ValueError, match="theta"):
        effective_impressions(np.zeros((1, 3), dtype=np.int64), (1.0, 0.5))
    with pytest.raises(ValueError, match="positive"):
        effective_impressions(np.zeros((1, 2), dtype=np.int64), (1.0, 0.0))
    with pytest.raises(ValueError, match="positive"):
        BetaPrior(0.0, 1.0)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(event_fields, max_size=15), min_size=1, max_size=5))
def test_counts_never_decrease(batches: list[list[tuple[str, int, bool, bool, int]]]) -> None:
    state = BanditState()
    start = 0
    for raw in batches:
        updated = apply_events(state, _events(raw, start))
        start += len(raw)
        before, after = state.counts(), updated.counts()
        rows = [updated.item_ids.index(item) for item in state.item_ids]
        assert np.all(after.impressions[rows] >= before.impressions)
        assert np.all(after.clicks[rows] >= before.clicks)
        for partition, offset in state.partition_to_offset.items():
            assert updated.partition_to_offset[partition] >= offset
        state = updated


@settings(max_examples=150, deadline=None)
@given(st.lists(event_fields, min_size=1, max_size=30))
def test_replaying_an_applied_batch_changes_nothing(
    raw: list[tuple[str, int, bool, bool, int]],
) -> None:
    events = _events(raw)
    once = apply_events(BanditState(), events)
    assert apply_events(once, events) is once
    assert apply_events(once, events[: len(events) // 2]) is once
    # A batch carrying its own duplicate counts each record once.
    assert apply_events(BanditState(), events + events) == once


@settings(max_examples=150, deadline=None)
@given(st.lists(event_fields, min_size=1, max_size=30), st.randoms(use_true_random=False))
def test_order_within_a_batch_does_not_matter(
    raw: list[tuple[str, int, bool, bool, int]], shuffler: random.Random
) -> None:
    events = _events(raw)
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    assert apply_events(BanditState(), shuffled) == apply_events(BanditState(), events)


@settings(max_examples=100, deadline=None)
@given(st.lists(event_fields, max_size=30), st.integers(min_value=1, max_value=6))
def test_state_round_trips_through_avro(
    raw: list[tuple[str, int, bool, bool, int]], n_positions: int
) -> None:
    state = apply_events(BanditState(n_positions=n_positions), _events(raw))
    restored = BanditState.from_record(
        decode_state("BanditState", encode_state("BanditState", state.to_record()))
    )
    assert restored == state


def test_defaults_are_not_shared() -> None:
    assert BanditState().partition_to_offset is not BanditState().partition_to_offset


def test_batch_equals_one_by_one() -> None:
    events = _events([("a", 1, True, True, 0), ("b", 2, True, False, 1), ("a", 3, False, True, 0)])
    one_by_one = BanditState()
    for event in events:
        one_by_one = apply_events(one_by_one, [event])
    assert one_by_one == apply_events(BanditState(), events)
