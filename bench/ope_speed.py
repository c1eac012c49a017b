"""Off-policy evaluation speed: every estimator over 1,000,000 logged rounds, and loading.

Synthetic, seeded rounds: 10 items x 3 positions, a round-dependent candidate (Dirichlet per
round and position) and a round-dependent reward model, so ``action_dist`` and ``q`` are full
``(1_000_000, 10, 3)`` arrays (240 MB each). Each estimator is timed end to end once the arrays
are in memory: the input checks and per-round terms (:func:`processors.ope.round_terms`, with
the reward model only for the estimators that use it, as ``personalize ope`` does) plus the
estimate. Wall time (``time.perf_counter``), median of ``repeats`` runs; on a shared box
the median is the honest figure. The bootstrap (a Python loop of ``n_bootstrap`` vectorized
resamples, to equal obp's random stream) and the CSV loading are timed apart.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from processors.ope import (
    ESTIMATOR_NAMES,
    NEEDS_REWARD_MODEL,
    BootstrapSpec,
    LoggedRounds,
    bootstrap_interval,
    round_rewards,
    round_terms,
)
from streams.cli.ope_files import load_logged, load_policy_table

Say = Callable[[str], None]
LAMBDAS = {"ipw": 10.0, "switch-dr": 10.0, "dr-os": 5.0}


def ope_speed(
    say: Say, n_rounds: int = 1_000_000, repeats: int = 5, n_bootstrap: int = 20
) -> dict[str, Any]:
    """Median seconds per estimator over ``n_rounds`` rounds, plus bootstrap and load times."""
    logged, action_dist, q = synthetic_rounds(n_rounds, n_items=10, len_list=3, seed=2026)
    say(f"[ope] {n_rounds:,} rounds, 10 items x 3 positions, median of {repeats} runs")
    seconds: dict[str, float] = {}
    for name in ESTIMATOR_NAMES:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            terms = round_terms(logged, action_dist, q if name in NEEDS_REWARD_MODEL else None)
            float(round_rewards(name, terms, LAMBDAS.get(name)).mean())
            times.append(time.perf_counter() - start)
        seconds[name] = statistics.median(times)
        say(f"[ope] {name:9s} {seconds[name]:.3f} s (terms + estimate)")
    terms = round_terms(logged, action_dist, q)
    samples = round_rewards("dr", terms)
    start = time.perf_counter()
    bootstrap_interval(samples, BootstrapSpec(n_bootstrap=n_bootstrap, seed=0))
    per_resample = (time.perf_counter() - start) / n_bootstrap
    say(f"[ope] bootstrap: {per_resample * 1000:.1f} ms per resample of {n_rounds:,} rounds")
    load = _load_times(logged, say)
    return {
        "n_rounds": n_rounds,
        "n_items": 10,
        "len_list": 3,
        "repeats": repeats,
        "estimator_seconds_median": seconds,
        "slowest_estimator_seconds": max(seconds.values()),
        "bootstrap_seconds_per_resample": per_resample,
        **load,
    }


def synthetic_rounds(
    n_rounds: int, n_items: int, len_list: int, seed: int
) -> tuple[LoggedRounds, np.ndarray, np.ndarray]:
    """Seeded logged rounds with a uniform logger, a random candidate and a reward model."""
    rng = np.random.default_rng(seed)
    gamma = rng.gamma(1.0, size=(n_rounds, n_items, len_list))
    action_dist = gamma / gamma.sum(axis=1, keepdims=True)
    q = rng.uniform(0.0, 0.1, size=(n_rounds, n_items, len_list))
    action = rng.integers(0, n_items, n_rounds)
    position = rng.integers(0, len_list, n_rounds)
    reward = rng.binomial(1, q[np.arange(n_rounds), action, position]).astype(np.float64)
    logged = LoggedRounds(action, position, reward, np.full(n_rounds, 1.0 / n_items))
    return logged, action_dist, q


def _load_times(logged: LoggedRounds, say: Say) -> dict[str, float]:
    n = logged.n_rounds
    with tempfile.TemporaryDirectory(prefix="ope-bench-") as tmp:
        log = Path(tmp) / "log.csv"
        rows = np.column_stack(
            [np.arange(n), logged.action, logged.position + 1, logged.reward, logged.pscore]
        )
        np.savetxt(
            log,
            rows,
            fmt=["%d", "%d", "%d", "%d", "%.6g"],
            delimiter=",",
            comments="",
            header=",item_id,position,click,propensity_score",
        )
        start = time.perf_counter()
        load_logged(str(log))
        log_seconds = time.perf_counter() - start
        long = Path(tmp) / "dist.csv"
        entries = np.column_stack(
            [np.arange(n) // 3, np.zeros(n, dtype=np.int64), np.arange(n) % 3, np.ones(n)]
        )
        np.savetxt(
            long,
            entries,
            fmt=["%d", "%d", "%d", "%.17g"],
            delimiter=",",
            comments="",
            header="round,item,position,probability",
        )
        start = time.perf_counter()
        load_policy_table(str(long), "probability")
        long_seconds = time.perf_counter() - start
    say(f"[ope] load: {n:,}-row log {log_seconds:.2f} s, {n:,}-row long table {long_seconds:.2f} s")
    return {"load_log_seconds": log_seconds, "load_long_table_seconds": long_seconds}
