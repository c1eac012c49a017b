"""The ``--plot`` figure of ``personalize ope``: estimates as points with their bootstrap CIs.

matplotlib is in the ``bench`` extra, not a runtime dependency: it is imported here, lazily,
and its absence is one plain error.
"""

from __future__ import annotations

from collections.abc import Sequence

from processors.ope import Estimate
from schemas.errors import EvaluationInputError


def plot_estimates(estimates: Sequence[Estimate], path: str) -> None:
    """Write a PNG with one point and CI bar per estimate."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise EvaluationInputError(
            "--plot needs matplotlib: pip install 'personalize[bench]' (or matplotlib)"
        ) from exc
    names = [estimate.estimator for estimate in estimates]
    values = [estimate.value for estimate in estimates]
    lower = [estimate.value - estimate.interval.low for estimate in estimates]
    upper = [estimate.interval.high - estimate.value for estimate in estimates]
    figure, axes = plt.subplots(figsize=(1.2 * len(estimates) + 3.0, 3.5))
    axes.errorbar(range(len(estimates)), values, yerr=[lower, upper], fmt="o", capsize=6)
    axes.set_xticks(range(len(estimates)), names)
    axes.set_ylabel("estimated reward per round")
    level = 1.0 - estimates[0].bootstrap.alpha if estimates else 0.95
    axes.set_title(f"off-policy estimates, {level:.0%} bootstrap CI")
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()
    try:
        figure.savefig(path, dpi=120)
    except OSError as exc:
        raise EvaluationInputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        plt.close(figure)
