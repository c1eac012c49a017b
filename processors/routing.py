"""Routing a call to the core or the expert model, from slot performance and the budget.

A slot's performance is its acceptance rate: among the ``ACCEPT`` and ``REJECT``
interactions on the slot (a tenant's surface), the share that are ``ACCEPT``. Impressions,
clicks and dwells say nothing about whether a recommendation was accepted, so they are not
trials. The rate is judged by its Wilson score interval (E. B. Wilson, "Probable inference,
the law of succession, and statistical inference", JASA 22, 1927; the same bounds as
statsmodels' ``proportion_confint(method="wilson")``), so a slot with few verdicts is not
judged on noise.

Rules, first match wins (thresholds from the seeds, all configurable):

1. the budget refuses expert calls (core reserve reached, expert calls used up): core;
2. priority >= 0.8: expert;
3. fewer verdicts than the minimum sample: core (``insufficient_sample``);
4. the interval's upper bound < 0.5 (confidently below 0.5): core (``low_acceptance``);
5. the interval's lower bound >= 0.7 (confidently at least 0.7): expert (``high_acceptance``);
6. otherwise core (``not_eligible``): the expert model is used only where it is earned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

__all__ = ["Route", "RoutingConfig", "SlotStats", "decide_route", "wilson_interval"]

CORE: Final = "core"
EXPERT: Final = "expert"


@dataclass(frozen=True, slots=True)
class RoutingConfig:
    """Thresholds of :func:`decide_route`."""

    downgrade_below: float = 0.5
    """An acceptance rate confidently below this routes to core."""
    expert_from: float = 0.7
    """An acceptance rate confidently at or above this makes a slot eligible for expert."""
    priority_expert_from: float = 0.8
    """A call at least this important goes to expert (budget permitting)."""
    min_sample: int = 30
    """Fewest ACCEPT + REJECT verdicts before a slot's rate is trusted."""
    z: float = 1.959963984540054
    """Normal quantile of the Wilson interval (1.96: a two-sided 95% interval)."""


@dataclass(frozen=True, slots=True)
class SlotStats:
    """A slot's verdicts so far."""

    accepts: int
    rejects: int

    @property
    def trials(self) -> int:
        """ACCEPT plus REJECT verdicts."""
        return self.accepts + self.rejects


@dataclass(frozen=True, slots=True)
class Route:
    """Where to send a call, and why (``reason`` is a stable code)."""

    tier: str
    reason: str
    lower: float | None = None
    upper: float | None = None


def wilson_interval(successes: int, trials: int, z: float) -> tuple[float, float]:
    """The Wilson score interval of a binomial proportion; (0, 1) without trials."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def decide_route(
    stats: SlotStats, priority: float, expert_refusal: str | None, config: RoutingConfig
) -> Route:
    """Apply the rules of the module doc; ``expert_refusal`` is the budget's reason to refuse
    an expert call now (``core_reserve``, ``expert_calls``, ...), or ``None``."""
    if expert_refusal is not None:
        return Route(CORE, f"budget_{expert_refusal}")
    if priority >= config.priority_expert_from:
        return Route(EXPERT, "high_priority")
    if stats.trials < config.min_sample:
        return Route(CORE, "insufficient_sample")
    lower, upper = wilson_interval(stats.accepts, stats.trials, config.z)
    if upper < config.downgrade_below:
        return Route(CORE, "low_acceptance", lower, upper)
    if lower >= config.expert_from:
        return Route(EXPERT, "high_acceptance", lower, upper)
    return Route(CORE, "not_eligible", lower, upper)
