"""The per-arm metrics the stream keeps, and how each is read from sufficient statistics.

The unit of every experiment is the **user** (the pseudonym): each exposed user carries a few
counters (:data:`USER_VALUES`), and an arm keeps, over its users, ``n``, the sum and the sum
of squares of every counter, plus the sums of products that ratio metrics need for the
delta method (Deng et al. 2018; :class:`processors.experiments.ratio.RatioStats`). From those:

==================  ============================  =======================================
metric              kind                          read as
==================  ============================  =======================================
``lists``           mean                          served lists per user
``clicks``          mean                          clicks per user
``ctr``             ratio clicks / lists          clicks per served list (delta method)
``accepts``         mean                          accepts per user
``acceptance``      binomial (accepted at least   share of exposed users who accepted
                    once)
``accept_rate``     ratio accepts / lists         accepts per served list
``error_rate``      ratio errors / calls          failed model calls (ERROR, TIMEOUT)
``cost_per_accept`` ratio cost_micros / accepts   model cost per accepted recommendation
``latency``         ratio latency_ms / calls      mean model latency (p50/p95: histogram)
==================  ============================  =======================================

Time to accept and model latency are also kept as fixed-bucket histograms
(:mod:`.histogram`), from which the median and p95 are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["METRICS", "RATIOS", "USER_VALUES", "MetricDef", "metric"]

#: The counters each exposed user carries (costs add calls, errors, cost and latency).
USER_VALUES = (
    "lists",
    "clicks",
    "accepts",
    "accepted",
    "calls",
    "errors",
    "cost_micros",
    "latency_ms",
)


@dataclass(frozen=True, slots=True)
class MetricDef:
    """How one metric is read from an arm's sufficient statistics."""

    name: str
    kind: Literal["mean", "binomial", "ratio"]
    numerator: str
    """The user counter summed (the only one for mean and binomial metrics)."""
    denominator: str | None = None
    """The ratio's denominator counter (ratio metrics only)."""
    higher_is_better: bool = True
    """False for costs, errors and latency: a guardrail is hurt when they go up."""


METRICS: dict[str, MetricDef] = {
    m.name: m
    for m in (
        MetricDef("lists", "mean", "lists"),
        MetricDef("clicks", "mean", "clicks"),
        MetricDef("ctr", "ratio", "clicks", "lists"),
        MetricDef("accepts", "mean", "accepts"),
        MetricDef("acceptance", "binomial", "accepted"),
        MetricDef("accept_rate", "ratio", "accepts", "lists"),
        MetricDef("error_rate", "ratio", "errors", "calls", higher_is_better=False),
        MetricDef("cost_per_accept", "ratio", "cost_micros", "accepts", higher_is_better=False),
        MetricDef("latency", "ratio", "latency_ms", "calls", higher_is_better=False),
    )
}
"""Every metric an experiment may name, by name."""

#: The (numerator, denominator) pairs whose sums of products an arm keeps.
RATIOS: tuple[tuple[str, str], ...] = tuple(
    sorted({(m.numerator, m.denominator) for m in METRICS.values() if m.denominator})
)


def metric(name: str) -> MetricDef:
    """The metric called ``name``; ``KeyError`` naming the known ones if there is none."""
    try:
        return METRICS[name]
    except KeyError:
        raise KeyError(f"unknown metric {name!r}; use one of {', '.join(METRICS)}") from None
