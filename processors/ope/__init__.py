"""Off-policy evaluation (OPE): what a candidate policy would have earned on logged rounds.

Pure numpy, no I/O. The estimators equal Open Bandit Pipeline (obp 0.5.7,
``obp/ope/estimators.py`` and ``obp/ope/estimators_slate.py``) on the same inputs; the formulas
are re-derived here, not copied, and each function cites its paper. Conventions (0-based
positions, ``action_dist[round, item, position]``, how pscores, clipping and shrinkage are
used) are written down in ``docs/ope.md``.

- :mod:`.rounds`     logged rounds and the per-round terms (weights, rewards by model)
- :mod:`.estimators` IPW, SNIPW, DM, DR, SNDR, Switch-DR, DRos over those terms
- :mod:`.bootstrap`  the seeded percentile bootstrap interval, as obp's ``estimate_interval``
- :mod:`.overlap`    overlap diagnostics and the refusal when support is inadequate
- :mod:`.evaluate`   one call: terms, diagnostics, refusal, estimate and interval
- :mod:`.slate`      position-aware slate IPS (standard, independent, reward-interaction)
- :mod:`.ranking_policy` the project's ranking policy as an action distribution (exact given a
  materialization; seeded Monte Carlo over materializations)
"""

from __future__ import annotations

from processors.ope.bootstrap import BootstrapSpec, Interval, bootstrap_interval
from processors.ope.estimators import (
    ESTIMATOR_NAMES,
    LAMBDA_DEFAULTS,
    NEEDS_REWARD_MODEL,
    estimate_policy_value,
    round_rewards,
)
from processors.ope.evaluate import Estimate, evaluate
from processors.ope.overlap import (
    MIN_EFFECTIVE_SAMPLE_SIZE,
    Overlap,
    overlap_diagnostics,
    require_support,
)
from processors.ope.rounds import LoggedRounds, RoundTerms, round_terms

__all__ = [
    "ESTIMATOR_NAMES",
    "LAMBDA_DEFAULTS",
    "MIN_EFFECTIVE_SAMPLE_SIZE",
    "NEEDS_REWARD_MODEL",
    "BootstrapSpec",
    "Estimate",
    "Interval",
    "LoggedRounds",
    "Overlap",
    "RoundTerms",
    "bootstrap_interval",
    "estimate_policy_value",
    "evaluate",
    "overlap_diagnostics",
    "require_support",
    "round_rewards",
    "round_terms",
]
