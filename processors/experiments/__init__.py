"""Experiment statistics: pure functions over per-arm sufficient statistics, no I/O.

Every test equals GrowthBook's stats engine (PyPI ``gbstats`` 0.8.0) where gbstats returns a
result, and raises a plain :class:`~schemas.errors.DegenerateComparisonError` where gbstats
returns its empty default or crashes. Each module cites its method; the deliberate
differences from gbstats are listed in docs/experiments.md.

- :mod:`.arms`        sufficient statistics of an arm (n, sum, sum of squares)
- :mod:`.effect`      absolute and relative effect, Welch / delta-method variance
- :mod:`.frequentist` two- and one-sided Welch t-tests with confidence intervals
- :mod:`.sequential`  always-valid asymptotic confidence sequences (tuning N*)
- :mod:`.bayesian`    chance to win, risk, credible interval, optional Gaussian prior
- :mod:`.chisquare`   the SRM check and chi-square for categorical outcomes
- :mod:`.corrections` Bonferroni and Holm adjusted p-values
- :mod:`.power`       power and sample size (Cohen's h / d, as statsmodels)
- :mod:`.cuped`       CUPED regression adjustment with a pre-exposure covariate
- :mod:`.ratio`       ratio metrics by the delta method
- :mod:`.verdict`     verdicts, and none below the minimum sample per arm
- :mod:`.cases`       the offline ``analyze`` cases: JSON object in, JSON object out
- :mod:`.meta`        seeded meta-experiments: A/A false positives under peeking, A/B power

Bandit allocation (docs/experiments.md, "Bandit allocation"):

- :mod:`.thompson`        Thompson-sampling shares (seeded Monte Carlo P(best), floor)
- :mod:`.allocation`      bandit settings, allocation periods, sticky bucket ranges
- :mod:`.reallocation`    the cadence: when a new allocation period starts
- :mod:`.period_weighted` inference weighted by allocation period (GrowthBook)
"""

from __future__ import annotations

from processors.experiments.arms import ArmStatistic, MeanStats, ProportionStats
from processors.experiments.bayesian import BayesianResult, GaussianPrior, bayesian_test
from processors.experiments.cases import analyze_case
from processors.experiments.chisquare import chi_square_independence, srm_p_value
from processors.experiments.corrections import bonferroni, holm
from processors.experiments.cuped import CupedStats, regression_adjust
from processors.experiments.effect import Interval, Uplift
from processors.experiments.frequentist import FrequentistResult, one_sided_ttest, two_sided_ttest
from processors.experiments.power import sample_size_per_arm, sample_size_proportions
from processors.experiments.ratio import RatioStats
from processors.experiments.sequential import sequential_two_sided_test
from processors.experiments.verdict import MIN_SAMPLE_PER_ARM, Verdict

__all__ = [
    "MIN_SAMPLE_PER_ARM",
    "ArmStatistic",
    "BayesianResult",
    "CupedStats",
    "FrequentistResult",
    "GaussianPrior",
    "Interval",
    "MeanStats",
    "ProportionStats",
    "RatioStats",
    "Uplift",
    "Verdict",
    "analyze_case",
    "bayesian_test",
    "bonferroni",
    "chi_square_independence",
    "holm",
    "one_sided_ttest",
    "regression_adjust",
    "sample_size_per_arm",
    "sample_size_proportions",
    "sequential_two_sided_test",
    "srm_p_value",
    "two_sided_ttest",
]
