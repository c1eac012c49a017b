"""The ``--plot`` figure of ``personalize ope``: estimates as points with their bootstrap CIs.

Like obp's ``OffPolicyEvaluation.visualize_off_policy_estimates``: one point and CI bar per
estimator, so disagreement between estimators (a warning sign in itself) is visible, plus the
logged mean reward (the logging policy's own value) as a dashed line.

matplotlib is in the ``bench`` extra, not a runtime dependency: it is imported here, lazily,
and its absence is one plain error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from processors.ope import Estimate
from schemas.errors import EvaluationInputError


def plot_estimates(estimates: Sequence[Estimate], logged_mean: float, path: str) -> None:
    """Write a PNG with one point and CI bar per estimate; the first one is highlighted."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise EvaluationInputError(
            "--plot needs matplotlib: pip install 'personalize[bench]' (or matplotlib)"
        ) from exc
    figure, axes = plt.subplots(figsize=(1.1 * len(estimates) + 3.0, 3.8))
    for k, estimate in enumerate(estimates):
        axes.errorbar(
            [k],
            [estimate.value],
            yerr=[
                [estimate.value - estimate.interval.low],
                [estimate.interval.high - estimate.value],
            ],
            fmt="o",
            capsize=6,
            color="tab:red" if k == 0 else "tab:blue",
        )
    axes.axhline(logged_mean, linestyle="--", color="grey", label="logged mean reward")
    axes.set_xticks(range(len(estimates)), [_label(estimate) for estimate in estimates])
    axes.set_ylabel("estimated reward per round")
    level = 1.0 - estimates[0].bootstrap.alpha
    overlap = estimates[0].overlap
    axes.set_title(
        f"off-policy estimates, {level:.0%} bootstrap CI "
        f"(ESS {overlap.effective_sample_size:.0f} of {overlap.n_rounds})",
        fontsize=10,
    )
    axes.legend(loc="best", fontsize=8)
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()
    try:
        figure.savefig(path, dpi=120)
    except OSError as exc:
        raise EvaluationInputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        plt.close(figure)


def _label(estimate: Estimate) -> str:
    lam = estimate.lambda_
    if lam is None or math.isinf(lam):
        return estimate.estimator
    return f"{estimate.estimator}\nλ={lam:g}"
