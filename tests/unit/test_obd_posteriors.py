"""Replaying the Open Bandit Dataset sample through the bandit gives the CSV's own counts."""

from __future__ import annotations

import csv
import gzip
from collections import Counter

import numpy as np
import pytest

from processors.bandit import (
    BanditEvent,
    BanditState,
    apply_events,
    estimate_examination,
    posteriors,
)
from streams.tools.obd import data_dir, read_rounds


def _replay(policy: str, campaign: str, batch: int = 2500) -> BanditState:
    state = BanditState(n_positions=3)
    events = [
        BanditEvent(r.item_id, r.position, True, r.clicked, 0, r.row)
        for r in read_rounds(policy, campaign)
    ]
    for start in range(0, len(events), batch):
        state = apply_events(state, events[start : start + batch])
    # Redelivering the whole log changes nothing.
    assert apply_events(state, events) is state
    return state


def _csv_counts(
    policy: str, campaign: str
) -> tuple[Counter[tuple[str, int]], Counter[tuple[str, int]]]:
    shown: Counter[tuple[str, int]] = Counter()
    clicked: Counter[tuple[str, int]] = Counter()
    with gzip.open(data_dir() / policy / f"{campaign}.csv.gz", "rt", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["item_id"], int(row["position"]))
            shown[key] += 1
            clicked[key] += int(row["click"])
    return shown, clicked


@pytest.mark.parametrize(("policy", "campaign"), [("random", "all"), ("bts", "men")])
def test_replayed_counts_equal_csv_counts(policy: str, campaign: str) -> None:
    state = _replay(policy, campaign)
    shown, clicked = _csv_counts(policy, campaign)
    replayed_shown = Counter(
        {
            (item, k + 1): n
            for item, row in zip(state.item_ids, state.impressions, strict=True)
            for k, n in enumerate(row)
            if n
        }
    )
    replayed_clicked = Counter(
        {
            (item, k + 1): n
            for item, row in zip(state.item_ids, state.clicks, strict=True)
            for k, n in enumerate(row)
            if n
        }
    )
    assert replayed_shown == shown
    assert replayed_clicked == clicked
    assert sum(shown.values()) == 10_000


def test_examination_and_posteriors_on_the_random_log() -> None:
    state = _replay("random", "all")
    counts = state.counts()
    by_position_shown = counts.impressions.sum(axis=0)
    by_position_clicked = counts.clicks.sum(axis=0)
    theta = estimate_examination(by_position_shown, by_position_clicked, smoothing=0.0)
    ctr = by_position_clicked / by_position_shown
    assert theta == pytest.approx(tuple(ctr / ctr[0]))
    post = posteriors(state, (1.0, 1.0, 1.0))
    for i, item_id in enumerate(state.item_ids):
        shown = int(counts.impressions[i].sum())
        clicks = int(counts.clicks[i].sum())
        # With theta = 1 the posterior is the plain Beta-Bernoulli one.
        assert post[item_id].mean == pytest.approx((1 + clicks) / (2 + shown))
    assert np.isclose(sum(p.clicks for p in post.values()), by_position_clicked.sum())
