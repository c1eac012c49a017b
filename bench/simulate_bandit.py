"""Learning quality in simulation: cumulative regret of our ranking policy against baselines.

A PBM surface with 50 items (click rates from Beta(1, 30)) and 3 slots with examination
(1.0, 0.6, 0.4) (``processors/simulator.py``). Each policy runs ``--rounds`` rounds on the
same environments (``--seeds`` of them) and we report the mean cumulative pseudo-regret, the
regret of the first and second half, and the exponent ``beta`` of ``R(t) = c * t ** beta``
fitted on the second half (numpy least squares, cross-checked with statsmodels OLS).

    .venv/bin/python -m bench.simulate_bandit --rounds 100000 --plot docs/regret.png

matplotlib is needed only for ``--plot`` (the ``bench`` extra) and is imported there.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import statsmodels.api as sm  # type: ignore[import-untyped]  # statsmodels ships no stubs
from numpy.typing import NDArray

from processors.simulator import Environment, PolicyConfig, PolicyName, fit_power_law, simulate

THETA = (1.0, 0.6, 0.4)


@dataclass(frozen=True)
class Arm:
    """One compared policy configuration."""

    label: str
    name: PolicyName
    epsilon: float


ARMS = (
    Arm("ours: PBM-TS, floor eps=0.02", "pbm-ts", 0.02),
    Arm("ours: PBM-TS, floor eps=0.05 (default)", "pbm-ts", 0.05),
    Arm("ours without floor (eps=0)", "pbm-ts", 0.0),
    Arm("PBM-TS, floor folded into p (eps=0.02)", "pbm-ts-pl-floor", 0.02),
    Arm("epsilon-greedy (eps=0.1)", "epsilon-greedy", 0.1),
    Arm("uniform random", "uniform", 0.0),
)


def statsmodels_beta(cumulative: NDArray[np.float64], start: int) -> float:
    """The same log-log fit with statsmodels OLS (oracle for ``fit_power_law``)."""
    t = np.arange(start + 1, cumulative.size + 1, dtype=np.float64)
    model = sm.OLS(np.log(cumulative[start:]), sm.add_constant(np.log(t))).fit()
    return float(model.params[1])


def plot(curves: dict[str, NDArray[np.float64]], path: Path, rounds: int) -> None:
    """Save cumulative regret curves as a PNG (needs matplotlib)."""
    import matplotlib  # optional bench dependency: imported only when plotting

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (lin, log) = plt.subplots(1, 2, figsize=(12, 4.5))
    for label, curve in curves.items():
        t = np.arange(1, curve.size + 1)
        lin.plot(t, curve, label=label)
        log.loglog(t, curve, label=label)
    lin.set(xlabel="round", ylabel="cumulative regret (expected clicks)", title="linear axes")
    log.set(xlabel="round", ylabel="cumulative regret", title="log-log axes")
    lin.legend(fontsize=8)
    fig.suptitle(f"PBM surface: 50 items, theta={THETA}, {rounds} rounds, mean over seeds")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100_000)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--plot", type=Path, default=None)
    args = parser.parse_args()
    started = time.perf_counter()
    curves: dict[str, NDArray[np.float64]] = {}
    half = args.rounds // 2
    print(f"rounds={args.rounds} seeds={args.seeds} batch={args.batch}")
    print("| policy | regret T | 1st half | 2nd half | beta (2nd half) | beta statsmodels |")
    print("|---|---:|---:|---:|---:|---:|")
    for arm in ARMS:
        runs = []
        for seed in range(args.seeds):
            env = Environment.draw(50, THETA, np.random.default_rng(seed))
            rng = np.random.default_rng(1000 + seed)
            runs.append(simulate(env, arm.name, args.rounds, rng, PolicyConfig(arm.epsilon)))
        mean = np.mean(runs, axis=0)
        curves[arm.label] = mean
        _, beta = fit_power_law(mean, half)
        print(
            f"| {arm.label} | {mean[-1]:.0f} | {mean[half - 1]:.0f} | "
            f"{mean[-1] - mean[half - 1]:.0f} | {beta:.3f} | {statsmodels_beta(mean, half):.3f} |"
        )
    print(f"elapsed {time.perf_counter() - started:.1f}s")
    if args.plot is not None:
        plot(curves, args.plot, args.rounds)
        print(f"wrote {args.plot}")


if __name__ == "__main__":
    main()
