"""Off-policy evaluation of this project's ranking policy on an Open Bandit Dataset log.

The policy's posteriors are learned on one log (by default the Bernoulli-TS log) and the policy
is evaluated on another (by default the uniformly random one), so the estimate is not measured
on the data it learned from. Its action distribution is the Monte Carlo mean, over seeded
materializations (Thompson draws and exploration slots), of the exact position marginals of
the reader's sampling with the exploration floor (``processors.ope.ranking_policy``). OBD users
carry no features we learn from, so the policy is the surface-level ranking every user without
affinities gets.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from processors.bandit import BanditState
from processors.ope.evaluate import Estimate, evaluate
from processors.ope.ranking_policy import Materialization, expected_action_dist
from processors.ope.rounds import LoggedRounds
from processors.ranking import RankingConfig, materialize_prepared, prepare_candidates
from streams.tools.obd import read_rounds

__all__ = ["PolicyEvaluation", "demo_lines", "evaluate_ranking_policy"]

POSITIONS = 3
"""Positions of an OBD list (1-based in the files)."""


@dataclass(frozen=True)
class PolicyEvaluation:
    """The estimate of the policy's click rate and the logged one, on the evaluation log."""

    estimate: Estimate
    logged_click_rate: float
    train_log: str
    eval_log: str
    campaign: str
    samples: int


def evaluate_ranking_policy(
    theta: tuple[float, ...],
    config: RankingConfig,
    *,
    campaign: str = "all",
    train_log: str = "bts",
    eval_log: str = "random",
    estimator: str = "snipw",
    samples: int = 100,
    seed: int = 0,
) -> PolicyEvaluation:
    """Learn posteriors on ``train_log``, estimate the policy's click rate on ``eval_log``."""
    counts: dict[str, tuple[list[int], list[int]]] = defaultdict(
        lambda: ([0] * len(theta), [0] * len(theta))
    )
    for row in read_rounds(train_log, campaign):
        shown, clicked = counts[row.item_id]
        slot = min(row.position, len(theta)) - 1
        shown[slot] += 1
        clicked[slot] += int(row.clicked)
    state = BanditState.from_counts(len(theta), counts)
    rounds = list(read_rounds(eval_log, campaign))
    n_items = 1 + max(int(i) for i in (*state.item_ids, *(r.item_id for r in rounds)))
    candidates = prepare_candidates(state, theta, (), config)
    index = np.array([int(item) for item in candidates.items], dtype=np.int64)

    def draw(rng: np.random.Generator) -> Materialization:
        ranking = materialize_prepared(candidates, {}, config, rng)
        chosen = np.array([index[candidates.index[item]] for item in ranking.items])
        return chosen, np.array(ranking.weights, dtype=np.float64)

    action_dist = expected_action_dist(draw, n_items, config.epsilon, POSITIONS, samples, seed)
    logged = LoggedRounds(
        action=np.array([int(r.item_id) for r in rounds], dtype=np.int64),
        position=np.array([r.position - 1 for r in rounds], dtype=np.int64),
        reward=np.array([float(r.clicked) for r in rounds], dtype=np.float64),
        pscore=np.array([r.propensity for r in rounds], dtype=np.float64),
    )
    estimate = evaluate(estimator, logged, action_dist[np.newaxis, :, :])
    return PolicyEvaluation(
        estimate=estimate,
        logged_click_rate=float(logged.reward.mean()),
        train_log=train_log,
        eval_log=eval_log,
        campaign=campaign,
        samples=samples,
    )


def demo_lines(theta: tuple[float, ...], config: RankingConfig) -> list[str]:
    """What ``make demo`` prints last: the policy's estimated click rate on the random log.

    Two candidates: the configured policy, and the same policy with a Beta prior whose mean is
    the training log's click rate (an empirical-Bayes prior worth as many impressions as it
    takes to see one click), learned from the training log only.
    """
    train_clicks = train_rounds = 0
    for row in read_rounds("bts", "all"):
        train_rounds += 1
        train_clicks += int(row.clicked)
    empirical = dataclasses.replace(
        config, prior_a=1.0, prior_b=max(1.0, train_rounds / max(train_clicks, 1) - 1.0)
    )
    lines = [
        "",
        "Off-policy evaluation on the OBD 'random' log (all campaign), posteriors learned on the "
        "'bts' log (SNIPW, 95% bootstrap CI, obp conventions; docs/ope.md):",
    ]
    for label, candidate in (("configured policy", config), ("empirical-Bayes prior", empirical)):
        result = evaluate_ranking_policy(theta, candidate)
        estimate = result.estimate
        low, high = estimate.interval.low, estimate.interval.high
        lines.append(
            f"  {label:<22} (prior Beta({candidate.prior_a:g}, {candidate.prior_b:.0f})): "
            f"click rate {estimate.value:.4f} [{low:.4f}, {high:.4f}], "
            f"ESS {estimate.overlap.effective_sample_size:,.0f}; "
            f"logged (uniform random) {result.logged_click_rate:.4f}"
        )
    return lines
