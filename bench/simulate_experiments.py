"""Meta-experiments for docs/experiments.md: A/A false positives under peeking, A/B detection.

Runs :mod:`processors.experiments.meta` (our production tests, at every look) on seeded
binomial experiments with a 10 % control rate and prints a markdown report:

- A/A experiments peeked at every look: the share that ever reach ``p < 0.05``, for the
  sequential test (must stay <= alpha) and for the fixed-horizon Welch test (inflates);
- A/B experiments with a +10 % relative lift, planned for 80 % power at alpha 0.05: the share
  detected by the planned sample size and by multiples of it.

    .venv/bin/python -m bench.simulate_experiments --plot docs/experiments_sequences.png

matplotlib is needed only for ``--plot`` (the ``bench`` extra) and is imported there.
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np

from processors.experiments.meta import (
    PeekingDesign,
    PeekingRun,
    ever_rejected,
    first_rejection,
    run_peeking,
)
from processors.experiments.power import sample_size_proportions

ALPHA = 0.05
P_CONTROL = 0.10
LIFT = 0.10


def aa_rows(seed: int, n_experiments: int, planned_total: float) -> list[str]:
    """Markdown rows: the A/A false-positive rate of both tests under several peeking plans."""
    rows = []
    plans = (
        ("every 500 users/arm, 60 looks (to 30,000/arm)", 500, 60, 5000.0),
        ("every 500 users/arm, 60 looks, N* = planned total", 500, 60, planned_total),
        ("every 100 users/arm, 200 looks (to 20,000/arm)", 100, 200, 5000.0),
    )
    for k, (label, per_look, looks, tuning) in enumerate(plans):
        design = PeekingDesign(P_CONTROL, 0.0, per_look, looks, ALPHA, tuning)
        run = run_peeking(design, n_experiments, np.random.default_rng(seed + k))
        rows.append(
            f"| {label} | N* = {tuning:,.0f} | {n_experiments} | "
            f"{ever_rejected(run.sequential_p, ALPHA):.3f} | "
            f"{ever_rejected(run.fixed_p, ALPHA):.3f} | {(run.fixed_p[:, -1] < ALPHA).mean():.3f} |"
        )
    return rows


def ab_rows(seed: int, n_experiments: int, planned: int) -> tuple[list[str], PeekingRun]:
    """Markdown rows: detection of a +10 % lift by multiples of the planned sample size."""
    rows = []
    per_look = 500
    looks = math.ceil(3 * planned / per_look)
    last = None
    for k, tuning in enumerate((5000.0, 2.0 * planned)):
        design = PeekingDesign(P_CONTROL, LIFT, per_look, looks, ALPHA, tuning)
        run = run_peeking(design, n_experiments, np.random.default_rng(seed + 10 + k))
        at = {m: int(np.searchsorted(run.users, m * planned)) for m in (1.0, 1.5, 2.0, 3.0)}
        first = first_rejection(run.sequential_p, ALPHA)
        stopped = run.users[first[first >= 0]]
        fixed_at_plan = float((run.fixed_p[:, at[1.0]] < ALPHA).mean())
        rows.append(
            f"| N* = {tuning:,.0f} | {n_experiments} | {fixed_at_plan:.3f} | "
            + " | ".join(
                f"{ever_rejected(run.sequential_p, ALPHA, min(at[m], looks - 1)):.3f}"
                for m in (1.0, 1.5, 2.0, 3.0)
            )
            + f" | {np.median(stopped) / planned:.2f} |"
        )
        last = run
    assert last is not None
    return rows, last


def plot(aa: PeekingRun, ab: PeekingRun, path: Path) -> None:
    """Confidence sequences against fixed-horizon intervals, A/A and A/B (needs matplotlib)."""
    import matplotlib  # optional bench dependency: imported only when plotting

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(12, 4.5), sharey=False)
    for ax, run, truth, title in (
        (axes[0], aa, 0.0, "A/A (no effect): 3 experiments"),
        (axes[1], ab, LIFT, "A/B (true lift +10 %): 3 experiments"),
    ):
        for i, colour in zip(range(3), ("tab:blue", "tab:orange", "tab:green"), strict=True):
            users = run.users
            ax.fill_between(users, *run.sequential_ci[i].T, color=colour, alpha=0.15)
            ax.plot(users, run.fixed_ci[i, :, 0], color=colour, lw=0.8, ls="--")
            ax.plot(users, run.fixed_ci[i, :, 1], color=colour, lw=0.8, ls="--")
        ax.axhline(truth, color="black", lw=1, label=f"true lift {truth:+.0%}")
        ax.axhline(0.0, color="grey", lw=0.6)
        ax.set_ylim(-0.4, 0.5)
        ax.set_xlabel("users per arm")
        ax.set_ylabel("relative lift")
        ax.set_title(title)
        ax.legend(loc="upper right")
    fig.suptitle(
        "Shaded: 95 % confidence sequences (GrowthBook, N* = 5000); dashed: fixed-horizon 95 % CI"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    """Run the meta-experiments and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aa", type=int, default=1000, help="A/A experiments per plan")
    parser.add_argument("--ab", type=int, default=500, help="A/B experiments per tuning")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--plot", type=Path, help="write the confidence-sequence PNG here")
    args = parser.parse_args()
    started = time.perf_counter()
    planned = math.ceil(sample_size_proportions(P_CONTROL, P_CONTROL * (1 + LIFT), ALPHA, 0.8))
    print("A/A, binomial 10 %, relative lift, alpha 0.05: share of experiments ever significant\n")
    print("| peeking | tuning | experiments | sequential | fixed-horizon | fixed, last look only |")
    print("|---|---|---|---|---|---|")
    print("\n".join(aa_rows(args.seed, args.aa, 2.0 * planned)))
    print(
        f"\nA/B, +10 % relative on 10 %, planned {planned:,} users/arm (80 % power, alpha 0.05)\n"
    )
    print(
        "| sequential tuning | experiments | fixed test at plan | sequential by 1x plan | 1.5x "
        "| 2x | 3x | median stop / plan |"
    )
    print("|---|---|---|---|---|---|---|---|")
    rows, ab = ab_rows(args.seed, args.ab, planned)
    print("\n".join(rows))
    if args.plot:
        aa = run_peeking(PeekingDesign(looks=60), 3, np.random.default_rng(args.seed + 100))
        ab5000 = run_peeking(
            PeekingDesign(P_CONTROL, LIFT, 500, ab.design.looks), 3, np.random.default_rng(7)
        )
        plot(aa, ab5000, args.plot)
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
