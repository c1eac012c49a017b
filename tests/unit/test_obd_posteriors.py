"""Replaying the Open Bandit Dataset sample through the live path gives the CSV's own counts.

Each logged row is a served list of one item and, when clicked, a click on it (as
``streams.tools.obd`` publishes them), fed through the attribution join and the per-item counts
(``tests.live_bandit``), every seventh click before its list.
"""

from __future__ import annotations

import csv
import gzip
from collections import Counter

import numpy as np
import pytest

from processors.bandit import BanditState, estimate_examination, posteriors
from streams.tools.obd import data_dir, read_rounds
from tests.live_bandit import Click, LiveBandit, Record, Served


def _records(policy: str, campaign: str) -> list[Record]:
    records: list[Record] = []
    clicks = 0
    for r in read_rounds(policy, campaign):
        served = Served(f"obd-{r.row}", {r.item_id: r.position}, 0, r.row)
        if not r.clicked:
            records.append(served)
            continue
        click = Click(served.request_id, r.item_id, 0, clicks)
        records.extend([click, served] if clicks % 7 == 0 else [served, click])
        clicks += 1
    return records


def _replay(policy: str, campaign: str) -> BanditState:
    live = LiveBandit(n_positions=3)
    records = _records(policy, campaign)
    live.feed(records)
    state = live.state()
    # Redelivering the whole log changes nothing.
    assert live.feed(records) == 0
    assert live.state() == state
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
