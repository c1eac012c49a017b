"""How well EM recovers position examination (theta) from non-randomized counts, and its cost.

Three parts, printed as Markdown tables (the figures in docs/learning.md come from here):

1. The Open Bandit Dataset sample (``data/obd/``, 10,000 rows per log, 3 positions): EM
   (:mod:`processors.examination`) on the ``bts`` log (Bernoulli Thompson sampling, not random)
   next to :func:`processors.bandit.estimate_examination` on the ``random`` log, per campaign
   and pooled (campaigns' items kept apart), with Fisher standard errors and a row bootstrap.
2. The simulator (:mod:`processors.simulator`, 50 items, alpha ~ Beta(1, 30), theta =
   (1.0, 0.6, 0.4)): EM's estimate against the true theta under a logging policy that favours
   good items, under our own learning policy (PBM Thompson sampling, 5% floor), and under
   uniform placement (where it must agree with the CTR ratio); with the naive CTR ratio for
   contrast and the z-scores that check the standard errors; then, on one fixed
   environment, the spread of the estimate over replicate logs against its standard error.
3. EM's cost on 10,000 items x 3 positions, with and without SQUAREM.

    .venv/bin/python -m bench.examination_eval            # about 2 minutes on 2 cores
    .venv/bin/python -m bench.examination_eval --quick    # fewer seeds, a smoke run
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable

import numpy as np
from numpy.typing import NDArray

from processors.bandit import BanditCounts, estimate_examination
from processors.examination import (
    ExaminationConfig,
    ExaminationFit,
    assess_examination,
    fit_examination,
)
from processors.simulator import (
    Environment,
    PolicyConfig,
    favouring_slates,
    log_slates,
    run_policy,
)
from streams.tools.obd import CAMPAIGNS, LoggedRound, read_rounds

THETA = (1.0, 0.6, 0.4)
POSITIONS = 3
# EM without the identification thresholds: the OBD sample is far below them, and we want to
# see the estimate anyway (the verdict under the defaults is reported next to it).
UNGATED = ExaminationConfig(
    min_impressions=0, min_position_impressions=0, min_position_clicks=1, max_standard_error=1e9
)
IntArray = NDArray[np.int64]


def count_rounds(rounds: Iterable[LoggedRound]) -> tuple[IntArray, IntArray]:
    """Impressions and clicks per (item, position); items keyed by (campaign, item id)."""
    rows = list(rounds)
    items = sorted({(r.campaign, r.item_id) for r in rows})
    index = {item: i for i, item in enumerate(items)}
    item = np.array([index[(r.campaign, r.item_id)] for r in rows], dtype=np.int64)
    column = np.array([r.position - 1 for r in rows], dtype=np.int64)
    clicked = np.array([r.clicked for r in rows], dtype=np.int64)
    shown = np.zeros((len(items), POSITIONS), dtype=np.int64)
    clicks = np.zeros_like(shown)
    np.add.at(shown, (item, column), 1)
    np.add.at(clicks, (item, column), clicked)
    return shown, clicks


def bootstrap_interval(
    rounds: list[LoggedRound], replicates: int, rng: np.random.Generator
) -> tuple[IntArray, IntArray] | None:
    """2.5% and 97.5% percentiles of EM's theta over row resamples (None if unfittable)."""
    estimates = []
    for _ in range(replicates):
        sample = [rounds[i] for i in rng.integers(0, len(rounds), size=len(rounds))]
        try:
            estimates.append(fit_examination(*count_rounds(sample), UNGATED).theta)
        except ValueError:
            continue  # this resample left a position without linked clicks
    if len(estimates) < replicates // 2:
        return None
    return np.percentile(estimates, 2.5, axis=0), np.percentile(estimates, 97.5, axis=0)


def fmt(values: Iterable[float], digits: int = 2) -> str:
    """``a, b`` for positions 2.. (position 1 is 1.0 by definition)."""
    return ", ".join(f"{x:.{digits}f}" for x in list(values)[1:])


def obd_section(replicates: int) -> None:
    """Table 1: EM on the OBD ``bts`` logs next to the randomized estimate."""
    print("### OBD sample: EM on `bts` vs the CTR ratio on `random` (theta_2, theta_3)\n")
    print(
        "| campaign | `bts` clicks by position | EM on `bts` | SE of log | bootstrap 95% "
        "| verdict (defaults) | CTR ratio on `bts` | `estimate_examination` on `random` "
        "(raw / smoothing 100) | EM on `random` |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    rng = np.random.default_rng(0)
    for campaign in (*CAMPAIGNS, "pooled"):
        chosen = CAMPAIGNS if campaign == "pooled" else (campaign,)
        bts = [r for c in chosen for r in read_rounds("bts", c)]
        random_log = [r for c in chosen for r in read_rounds("random", c)]
        shown, clicks = count_rounds(bts)
        fit = fit_examination(shown, clicks, UNGATED)
        verdict = assess_examination(shown, clicks).verdict
        interval = bootstrap_interval(bts, replicates, rng)
        band = (
            "n/a"
            if interval is None
            else ", ".join(
                f"{lo:.2f}-{hi:.2f}"
                for lo, hi in zip(interval[0][1:], interval[1][1:], strict=True)
            )
        )
        r_shown, r_clicks = count_rounds(random_log)
        raw = estimate_examination(r_shown.sum(axis=0), r_clicks.sum(axis=0), smoothing=0.0)
        smooth = estimate_examination(r_shown.sum(axis=0), r_clicks.sum(axis=0))
        biased = estimate_examination(shown.sum(axis=0), clicks.sum(axis=0), smoothing=0.0)
        random_em = fit_examination(r_shown, r_clicks, UNGATED)
        print(
            f"| {campaign} | {' / '.join(map(str, clicks.sum(axis=0)))} | {fmt(fit.theta)} "
            f"| {fmt(fit.standard_errors)} | {band} | {verdict} | {fmt(biased)} "
            f"| {fmt(raw)} / {fmt(smooth)} | {fmt(random_em.theta)} |"
        )
    print()


def favouring_counts(seed: int, rounds: int, sharpness: float) -> BanditCounts:
    """Counts logged by :func:`favouring_slates` on a seeded environment."""
    rng = np.random.default_rng(seed)
    env = Environment.draw(50, THETA, rng)
    slates = favouring_slates(env.alpha, env.slots, rounds, sharpness, rng)
    return log_slates(BanditCounts.zeros(50, env.slots), slates, env.clicks(slates, rng))


def learning_counts(seed: int, rounds: int) -> BanditCounts:
    """Counts logged by our own policy (PBM Thompson sampling, floor 0.05)."""
    rng = np.random.default_rng(seed)
    env = Environment.draw(50, THETA, rng)
    return run_policy(env, "pbm-ts", rounds, rng, PolicyConfig(epsilon=0.05))[1]


def simulation_row(label: str, seeds: int, make: Callable[[int], BanditCounts]) -> None:
    """One row of table 2: EM over ``seeds`` seeded logs against the true theta."""
    fits: list[ExaminationFit] = []
    naive = []
    identified = 0
    for seed in range(seeds):
        counts = make(seed)
        assessment = assess_examination(counts.impressions, counts.clicks)
        identified += assessment.verdict == "identified"
        fits.append(fit_examination(counts.impressions, counts.clicks))
        naive.append(
            estimate_examination(
                counts.impressions.sum(axis=0), counts.clicks.sum(axis=0), smoothing=0.0
            )
        )
    theta = np.array([f.theta for f in fits])
    se = np.array([f.standard_errors for f in fits])
    z = (theta[:, 1:] - np.array(THETA[1:])) / (se[:, 1:] * theta[:, 1:])
    print(
        f"| {label} | {seeds} | {fmt(theta.mean(axis=0), 3)} | {fmt(theta.std(axis=0), 3)} "
        f"| {fmt((se * theta).mean(axis=0), 3)} | {', '.join(f'{x:.2f}' for x in z.std(axis=0))} "
        f"| {np.abs(z).max():.1f} | {identified}/{seeds} "
        f"| {sum(f.converged for f in fits)}/{seeds} | {fmt(np.mean(naive, axis=0), 3)} |"
    )


def uniform_agreement(seeds: int) -> float:
    """Largest |EM - CTR ratio| in standard errors under uniform random placement."""
    worst = 0.0
    for seed in range(seeds):
        counts = favouring_counts(seed, 100_000, 0.0)
        fit = fit_examination(counts.impressions, counts.clicks)
        ratio = estimate_examination(
            counts.impressions.sum(axis=0), counts.clicks.sum(axis=0), smoothing=0.0
        )
        for k in range(1, POSITIONS):
            gap = abs(fit.theta[k] - ratio[k]) / (fit.standard_errors[k] * fit.theta[k])
            worst = max(worst, gap)
    return worst


def simulation_section(seeds: int) -> None:
    """Table 2: true theta vs EM's estimate on simulated logs."""
    print(f"### Simulator: true theta = {fmt(THETA, 1)} (theta_2, theta_3)\n")
    print(
        "| logging policy | seeds | EM mean | EM sd over seeds | mean SE (theta units) "
        "| sd of z | max abs z | identified (defaults) | converged | naive CTR ratio mean |"
    )
    print("|---|---:|---|---|---|---|---:|---:|---:|---|")
    simulation_row(
        "favours good items (Plackett-Luce, alpha^2), 100k rounds",
        seeds,
        lambda seed: favouring_counts(seed, 100_000, 2.0),
    )
    simulation_row(
        "our PBM-TS, floor 0.05, 30k rounds",
        max(2, seeds // 4),
        lambda seed: learning_counts(seed, 30_000),
    )
    simulation_row(
        "uniform random, 100k rounds", max(2, seeds // 3), lambda s: favouring_counts(s, 100_000, 0)
    )
    print(
        f"\nUniform placement: EM and `estimate_examination` (raw) differ by at most "
        f"{uniform_agreement(max(2, seeds // 3)):.2f} standard errors.\n"
    )


def calibration_section(replicates: int) -> None:
    """Table 2b: on one fixed environment, the spread of EM over replicate logs vs its SE."""
    env = Environment.draw(50, THETA, np.random.default_rng(123))
    print(
        f"Standard errors, one environment, {replicates} replicate logs of 30k rounds each "
        "(sd of log theta_k over replicates vs mean standard error):\n"
    )
    print("| logging policy | sd of log theta_2, theta_3 | mean SE | CTR ratio sd |")
    print("|---|---|---|---|")
    for label, sharpness in (("uniform random", 0.0), ("favours good items", 2.0)):
        logs, errors, ratios = [], [], []
        for replicate in range(replicates):
            rng = np.random.default_rng(10_000 + replicate)
            slates = favouring_slates(env.alpha, env.slots, 30_000, sharpness, rng)
            counts = log_slates(BanditCounts.zeros(50, env.slots), slates, env.clicks(slates, rng))
            fit = fit_examination(counts.impressions, counts.clicks)
            logs.append(np.log(fit.theta))
            errors.append(fit.standard_errors)
            ratios.append(
                np.log(
                    estimate_examination(
                        counts.impressions.sum(axis=0), counts.clicks.sum(axis=0), smoothing=0.0
                    )
                )
            )
        print(
            f"| {label} | {fmt(np.std(logs, axis=0, ddof=1), 3)} "
            f"| {fmt(np.mean(errors, axis=0), 3)} | {fmt(np.std(ratios, axis=0, ddof=1), 3)} |"
        )
    print()


def large_counts(n_items: int, peak: float, rng: np.random.Generator) -> tuple[IntArray, IntArray]:
    """``n_items`` x 3 counts, alpha ~ Beta(1, 30), good items more often on top.

    Each item has a home position by its rank (best third on top); ``peak`` of its impressions
    go there, the rest spread over the other two, as under a ranker with exploration.
    """
    alpha = rng.beta(1.0, 30.0, size=n_items)
    home = np.argsort(np.argsort(-alpha)) * POSITIONS // n_items
    share = np.full((n_items, POSITIONS), (1.0 - peak) / (POSITIONS - 1))
    share[np.arange(n_items), home] = peak
    totals = rng.integers(50, 500, size=n_items)
    shown = np.stack([rng.multinomial(m, p) for m, p in zip(totals, share, strict=True)])
    clicks = rng.binomial(shown, alpha[:, None] * np.array(THETA)[None, :])
    return shown.astype(np.int64), clicks.astype(np.int64)


def cost_section(repeats: int) -> None:
    """Table 3: milliseconds of one estimate on 10,000 items x 3 positions."""
    print("### Cost: 10,000 items x 3 positions (about 2.75M impressions, 3% CTR)\n")
    print("| placement | EM | steps | median ms | theta |")
    print("|---|---|---:|---:|---|")
    for placement, peak in (("60% at home position", 0.6), ("95% at home position", 0.95)):
        shown, clicks = large_counts(10_000, peak, np.random.default_rng(0))
        for label, config in (
            ("SQUAREM (default)", ExaminationConfig()),
            ("plain", ExaminationConfig(accelerate=False, max_iterations=50_000)),
        ):
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                fit = fit_examination(shown, clicks, config)
                times.append(time.perf_counter() - started)
            print(
                f"| {placement} | {label} | {fit.iterations} "
                f"| {1000 * float(np.median(times)):.1f} | {fmt(fit.theta, 4)} |"
            )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer seeds and replicates")
    args = parser.parse_args()
    started = time.perf_counter()
    obd_section(replicates=50 if args.quick else 500)
    simulation_section(seeds=6 if args.quick else 30)
    calibration_section(replicates=30 if args.quick else 200)
    cost_section(repeats=3 if args.quick else 15)
    print(f"elapsed {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
