"""Oracle tests: every estimator equals a loop-by-loop reference of obp 0.5.7's formulas.

Random seeded inputs and the real Open Bandit Dataset sample (BernoulliTS and uniform-random
logs), to 1e-9 relative. The largest relative difference seen is asserted well below that.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from processors.ope import (
    ESTIMATOR_NAMES,
    BootstrapSpec,
    LoggedRounds,
    bootstrap_interval,
    estimate_policy_value,
    round_rewards,
    round_terms,
)
from processors.ope.slate import (
    cascade_pscore,
    independent_ips,
    reward_interaction_ips,
    slate_round_rewards,
    standard_ips,
)
from streams.cli.ope_files import load_logged
from tests.unit.ope_reference import (
    reference_bootstrap,
    reference_slate_value,
    reference_value,
)

OBD = Path(__file__).resolve().parents[2] / "data" / "obd"
RELATIVE = 1e-9
CASES = [
    ("ipw", None),
    ("ipw", 5.0),
    ("snipw", None),
    ("dm", None),
    ("dr", None),
    ("dr", 3.0),
    ("sndr", None),
    ("switch-dr", 2.0),
    ("switch-dr", math.inf),
    ("dr-os", 0.0),
    ("dr-os", 1.5),
    ("dr-os", 100.0),
]
DEFAULT_LAMBDA = {"ipw": math.inf, "dr": math.inf, "switch-dr": math.inf, "dr-os": 0.0}


def _random_case(
    seed: int, n: int = 400, n_items: int = 7, len_list: int = 3
) -> tuple[LoggedRounds, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    action_dist = rng.dirichlet(np.ones(n_items), size=(n, len_list)).transpose(0, 2, 1)
    # Some zero probabilities, renormalized: the candidate never takes some logged choices.
    action_dist[rng.random(action_dist.shape) < 0.2] = 0.0
    action_dist[:, 0, :] += 1e-3
    action_dist /= action_dist.sum(axis=1, keepdims=True)
    logged = LoggedRounds(
        action=rng.integers(0, n_items, n),
        position=rng.integers(0, len_list, n),
        reward=rng.binomial(1, 0.3, n).astype(np.float64),
        pscore=rng.uniform(0.02, 0.9, n),
    )
    q = rng.uniform(0.0, 1.0, (n, n_items, len_list))
    return logged, action_dist, q


def _obd(policy: str) -> LoggedRounds:
    path = OBD / policy / "all.csv.gz"
    if not path.exists():
        pytest.fail(f"the OBD sample is missing at {path}")
    return load_logged(str(path))


def _relative(ours: float, reference: float) -> float:
    return abs(ours - reference) / max(abs(reference), 1e-300)


def _check_all(logged: LoggedRounds, action_dist: np.ndarray, q: np.ndarray) -> float:
    terms = round_terms(logged, action_dist, q)
    args = (
        logged.reward.tolist(),
        logged.action.tolist(),
        logged.position.tolist(),
        logged.pscore.tolist(),
        action_dist.tolist(),
        q.tolist(),
    )
    worst = 0.0
    for name, lam in CASES:
        ours = estimate_policy_value(name, terms, lam)
        reference = reference_value(
            name, *args, DEFAULT_LAMBDA.get(name, math.inf) if lam is None else lam
        )
        worst = max(worst, _relative(ours, reference))
        assert ours == pytest.approx(reference, rel=RELATIVE, abs=0.0), (name, lam)
    return worst


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_estimator_equals_the_reference_on_random_rounds(seed: int) -> None:
    assert _check_all(*_random_case(seed)) < 1e-12


def test_obd_bts_log_uniform_candidate_wide_table() -> None:
    logged = _obd("bts")
    action_dist = np.full((1, 80, 3), 1.0 / 80)
    q = np.random.default_rng(7).uniform(0.0, 0.02, (1, 80, 3))
    assert _check_all(logged, action_dist, q) < 1e-12


def test_obd_random_and_bts_logs_round_dependent_candidate() -> None:
    rng = np.random.default_rng(11)
    for policy in ("random", "bts"):
        logged = _obd(policy)
        n = 2000
        logged = LoggedRounds(
            logged.action[:n], logged.position[:n], logged.reward[:n], logged.pscore[:n]
        )
        action_dist = rng.dirichlet(np.full(80, 0.5), size=(n, 3)).transpose(0, 2, 1)
        q = rng.uniform(0.0, 0.02, (n, 80, 3))
        assert _check_all(logged, action_dist, q) < 1e-12


def test_round_rewards_match_the_reference_one_by_one() -> None:
    logged, action_dist, q = _random_case(5, n=50)
    terms = round_terms(logged, action_dist, q)
    from tests.unit.ope_reference import reference_round_rewards

    for name in ESTIMATOR_NAMES:
        ours = round_rewards(name, terms)
        reference = reference_round_rewards(
            name,
            logged.reward.tolist(),
            logged.action.tolist(),
            logged.position.tolist(),
            logged.pscore.tolist(),
            action_dist.tolist(),
            q.tolist(),
            DEFAULT_LAMBDA.get(name, math.inf),
        )
        np.testing.assert_allclose(ours, reference, rtol=1e-12, atol=1e-15)


def test_bootstrap_equals_obp_estimate_interval_exactly() -> None:
    samples = np.random.default_rng(3).exponential(size=1001)
    spec = BootstrapSpec(n_bootstrap=200, alpha=0.1, seed=42)
    ours = bootstrap_interval(samples, spec)
    low, high, mean = reference_bootstrap(samples, alpha=0.1, n_bootstrap=200, seed=42)
    assert (ours.low, ours.high) == (low, high)
    assert ours.mean == pytest.approx(mean, rel=1e-12)


def test_slate_estimators_equal_the_reference() -> None:
    rng = np.random.default_rng(9)
    n_slates, len_list = 300, 3
    slate_id = np.repeat(rng.permutation(n_slates) * 3 + 1, len_list)
    reward = rng.binomial(1, 0.2, slate_id.shape[0]).astype(np.float64)
    behavior = rng.uniform(0.05, 1.0, slate_id.shape[0])
    evaluation = rng.uniform(0.0, 1.0, slate_id.shape[0])
    expected = reference_slate_value(
        slate_id.tolist(), reward.tolist(), behavior.tolist(), evaluation.tolist()
    )
    for estimator in (standard_ips, independent_ips, reward_interaction_ips):
        assert estimator(slate_id, reward, behavior, evaluation) == pytest.approx(
            expected, rel=RELATIVE
        )
    sums = slate_round_rewards(slate_id, reward, behavior, evaluation)
    assert sums.shape == (n_slates,)


def test_cascade_pscore_is_the_running_product_per_slate() -> None:
    rng = np.random.default_rng(4)
    slate_id = np.repeat(np.arange(50), 3)
    position = np.tile(np.arange(3), 50)
    shuffle = rng.permutation(slate_id.shape[0])
    conditional = rng.uniform(0.1, 1.0, slate_id.shape[0])
    out = cascade_pscore(slate_id[shuffle], position[shuffle], conditional[shuffle])
    expected = np.empty_like(conditional)
    for slate in range(50):
        running = 1.0
        for k in range(3):
            running *= conditional[slate * 3 + k]
            expected[slate * 3 + k] = running
    np.testing.assert_allclose(out, expected[shuffle], rtol=1e-15)
