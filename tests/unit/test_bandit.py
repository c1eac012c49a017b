"""The bandit processor: PBM-weighted Beta posteriors, and counts made by the live path.

Counts come from the attribution join and the per-item counts (``tests.live_bandit``), the way
the worker makes them, so the invariants below are checked on the code that runs.
"""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from processors.bandit import (
    BanditCounts,
    BanditState,
    BetaPrior,
    credible_interval,
    effective_impressions,
    estimate_examination,
    posterior_params,
    posteriors,
    thompson_sample,
    update_batch,
)
from tests.live_bandit import Click, LiveBandit, Record, Served

THETA = (1.0, 0.6, 0.4)
ITEMS = ["a", "b", "c", "d|x", "é"]

Request = tuple[int, list[str]]  # raw partition, items in served order (positions 4, 5 pool)
ClickSpec = tuple[int, str]  # request number (modulo the number of requests), item clicked

requests_st = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=2),
        st.lists(st.sampled_from(ITEMS), min_size=1, max_size=5, unique=True),
    ),
    min_size=1,
    max_size=8,
)
clicks_st = st.lists(
    st.tuples(st.integers(min_value=0, max_value=7), st.sampled_from([*ITEMS, "not-served"])),
    max_size=12,
)


def _streams(requests: list[Request], clicks: list[ClickSpec]) -> dict[str, list[Record]]:
    """Each raw topic partition's records in offset order: ``r:<p>`` lists, ``i:<p>`` clicks."""
    streams: dict[str, list[Record]] = defaultdict(list)
    for n, (partition, items) in enumerate(requests):
        served = streams[f"r:{partition}"]
        positions = {item: k for k, item in enumerate(items, start=1)}
        served.append(Served(f"req-{n}", positions, partition, len(served)))
    for n, item in clicks:
        partition = requests[n % len(requests)][0]  # a request's records share a partition
        clicked = streams[f"i:{partition}"]
        clicked.append(Click(f"req-{n % len(requests)}", item, partition, len(clicked)))
    return streams


def _interleave(streams: dict[str, list[Record]], rng: random.Random) -> list[Record]:
    """One arrival order that keeps each partition's order, as Kafka does."""
    labels = [name for name, records in streams.items() for _ in records]
    rng.shuffle(labels)
    cursors = {name: iter(records) for name, records in streams.items()}
    return [next(cursors[name]) for name in labels]


def _expected(requests: list[Request], clicks: list[ClickSpec]) -> BanditState:
    """The counts the records carry: impressions of served items, clicks on served items."""
    totals: dict[str, tuple[list[int], list[int]]] = {}
    for _, items in requests:
        for k, item in enumerate(items, start=1):
            totals.setdefault(item, ([0, 0, 0], [0, 0, 0]))[0][min(k, 3) - 1] += 1
    for n, item in clicks:
        items = requests[n % len(requests)][1]
        if item in items:
            totals[item][1][min(items.index(item) + 1, 3) - 1] += 1
    return BanditState.from_counts(3, totals)


def test_counts_follow_the_pbm_estimator() -> None:
    live = LiveBandit()
    live.feed(
        [
            Served("q1", {"x": 1}, 0, 0),
            Click("q1", "x", 0, 0),
            Served("q2", {"x": 2}, 0, 1),
            Served("q3", {"x": 3}, 0, 2),
            Served("q4", {"x": 7}, 0, 3),  # pooled into position 3
            Click("q5", "y", 0, 1),  # before its list: counted with it
            Served("q5", {"y": 3}, 0, 4),
        ]
    )
    state = live.state()
    post = posteriors(state, THETA, BetaPrior(1.0, 1.0))
    assert state.item_ids == ("x", "y")
    assert state.impressions == ((1, 1, 2), (0, 0, 1))
    assert state.clicks == ((1, 0, 0), (0, 0, 1))
    assert post["x"].effective_impressions == pytest.approx(1.0 + 0.6 + 0.8)
    assert (post["x"].a, post["x"].b) == pytest.approx((2.0, 1.0 + 2.4 - 1.0))
    # Clicks above effective impressions clip to the prior instead of going negative.
    assert (post["y"].a, post["y"].b) == pytest.approx((2.0, 1.0))


def test_state_from_counts_sorts_items_and_checks_lengths() -> None:
    state = BanditState.from_counts(2, {"b": ((3, 1), (1, 0)), "a": ((0, 2), (0, 0))})
    assert state.item_ids == ("a", "b")
    assert state.counts().impressions.tolist() == [[0, 2], [3, 1]]
    with pytest.raises(ValueError, match="2 counts"):
        BanditState.from_counts(2, {"a": ((1, 2, 3), (0, 0, 0))})


def test_beta_mean_and_interval_agree_with_scipy() -> None:
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
@given(requests_st, clicks_st, st.randoms(use_true_random=False))
def test_posteriors_never_lose_counts(
    requests: list[Request], clicks: list[ClickSpec], rng: random.Random
) -> None:
    live = LiveBandit()
    before = live.state()
    for record in _interleave(_streams(requests, clicks), rng):
        watermarks = {key: dict(counts.stream_to_offset) for key, counts in live.counts.items()}
        live.feed([record])
        after = live.state()
        rows = [after.item_ids.index(item) for item in before.item_ids]
        assert np.all(after.counts().impressions[rows] >= before.counts().impressions)
        assert np.all(after.counts().clicks[rows] >= before.counts().clicks)
        post_before, post_after = posteriors(before, THETA), posteriors(after, THETA)
        for item, post in post_before.items():
            assert post_after[item].a >= post.a
            assert post_after[item].effective_impressions >= post.effective_impressions
        for key, streams in watermarks.items():
            for stream, offset in streams.items():
                assert live.counts[key].stream_to_offset[stream] >= offset
        before = after
    # Whatever the arrival order across topics, the counts are exactly what the records carry.
    assert live.state() == _expected(requests, clicks)


@settings(max_examples=150, deadline=None)
@given(
    requests_st,
    clicks_st,
    st.randoms(use_true_random=False),
    st.integers(min_value=0, max_value=40),
)
def test_redelivery_applied_twice_changes_nothing(
    requests: list[Request], clicks: list[ClickSpec], rng: random.Random, start: int
) -> None:
    schedule = _interleave(_streams(requests, clicks), rng)
    live = LiveBandit()
    live.feed(schedule)
    once = dict(live.counts)
    # A crash: everything from some record on is delivered again, then the whole log.
    assert live.feed(schedule[start:]) == 0
    assert live.feed(schedule) == 0
    assert live.counts == once
    assert live.state() == _expected(requests, clicks)
