"""Seeded synthetic traffic for the detector simulations: a clean day, or one degradation.

Clean traffic has a daily rhythm (volume ``1 + 0.5 sin``, peak mid-afternoon), Zipf-popular
items and Zipf-active users, a steady CTR per surface with a mild daily swing, a trickle of
undecodable records, opt-outs and PII in queries, and model calls with log-normal latencies.
A :data:`DEGRADATIONS` entry changes one thing from ``onset_ms`` on. Every slice of time is
drawn from its own generator seeded by (seed, stream, slice start), so the same arguments give
the same records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["DAY_MS", "DEGRADATIONS", "Traffic", "TrafficConfig"]

DAY_MS = 86_400_000
MINUTE_MS = 60_000
#: Degradation -> the alert kind that must catch it.
DEGRADATIONS = {
    "bot_user": "burst.user",
    "poisoned_item": "burst.item",
    "garbage_input": "deadletter.ratio",
    "optout_wave": "consent.optout_spike",
    "pii_in_queries": "pii.arrival",
    "broken_redactor": "pii.leak",
    "ctr_collapse": "ctr.drift",
    "model_errors": "slo.error_rate",
    "slow_model": "slo.latency_p50",
    "latency_tail": "slo.latency_p95",
    "cost_runaway": "cost.burn_rate",
    "slow_sink": "pipeline.lag",
    "stalled_worker": "pipeline.freshness",
}
_STREAMS = {"interactions": 1, "garbage": 2, "consent": 3, "costs": 4}
SURFACE_CTR = {"home": 0.12, "search": 0.18}


@dataclass(frozen=True)
class TrafficConfig:
    """Volumes of clean traffic."""

    seed: int = 7
    day_ms: int = 1_700_000_000_000 - 1_700_000_000_000 % DAY_MS
    """Midnight UTC of the simulated day (the daily rhythm's phase)."""
    events_per_min: float = 300.0
    """Mean interactions per minute over the day."""
    users: int = 3_000
    items: int = 400
    garbage_share: float = 0.003
    optouts_per_min: float = 0.3
    pii_share: float = 0.01
    calls_per_min: float = 40.0
    error_share: float = 0.002


class Traffic:
    """Records of one simulated run; ``degradation`` (a key of DEGRADATIONS) or None."""

    def __init__(
        self, config: TrafficConfig, degradation: str | None = None, onset_ms: int | None = None
    ) -> None:
        self.config = config
        self.degradation = degradation
        self.onset_ms = onset_ms if onset_ms is not None else config.day_ms + 2 * DAY_MS

    def degraded(self, t_ms: int, name: str) -> bool:
        """Whether degradation ``name`` is on at ``t_ms``."""
        return self.degradation == name and t_ms >= self.onset_ms

    def season(self, t_ms: int) -> float:
        """Relative volume at ``t_ms``: 0.5 at 03:00, 1.5 at 15:00."""
        hours = (t_ms - self.config.day_ms) / 3_600_000
        return 1.0 + 0.5 * math.sin(2 * math.pi * (hours - 9.0) / 24.0)

    def _rng(self, stream: str, t0: int) -> np.random.Generator:
        return np.random.default_rng([self.config.seed, _STREAMS[stream], t0])

    def _times(self, rng: np.random.Generator, t0: int, t1: int, per_min: float) -> list[int]:
        n = int(rng.poisson(per_min * (t1 - t0) / MINUTE_MS))
        return sorted(int(t) for t in rng.integers(t0, t1, n))

    def interactions(self, t0: int, t1: int) -> list[dict[str, Any]]:
        """Interaction records with event times in [t0, t1)."""
        c, rng = self.config, self._rng("interactions", t0)
        events: list[dict[str, Any]] = []
        pii_share = 0.3 if self.degraded(t0, "pii_in_queries") else c.pii_share
        for i, t in enumerate(self._times(rng, t0, t1, c.events_per_min * self.season(t0))):
            surface = "home" if rng.random() < 0.7 else "search"
            ctr = SURFACE_CTR[surface] * (1 + 0.05 * math.sin(2 * math.pi * (t - t0) / DAY_MS))
            if surface == "home" and self.degraded(t, "ctr_collapse"):
                ctr *= 0.4
            clicked = rng.random() < ctr / (1 + ctr)  # clicks per impression = ctr
            query = f"mail me at user{i}@example.com" if rng.random() < pii_share else "shoes"
            events.append(
                self._event(t, i, f"u{_zipf(rng, c.users)}", surface, _zipf(rng, c.items),
                            "CLICK" if clicked else "IMPRESSION", query)
            )  # fmt: skip
        if self.degraded(t0, "bot_user"):
            events += [
                self._event(t, 100_000 + j, "bot-1", "home", int(rng.integers(c.items)), "CLICK")
                for j, t in enumerate(self._times(rng, t0, t1, 150.0))
            ]
        if self.degraded(t0, "poisoned_item"):
            events += [
                self._event(t, 200_000 + j, f"sock{j % 50}", "home", 57, "CLICK")
                for j, t in enumerate(self._times(rng, t0, t1, 150.0))
            ]
        return sorted(events, key=lambda e: e["event_time"])

    def _event(
        self, t: int, i: int, user: str, surface: str, item: int, kind: str, query: str = "shoes"
    ) -> dict[str, Any]:
        return {
            "event_id": f"e{t}-{i}",
            "tenant": "acme",
            "user_id": user,
            "surface": surface,
            "item_id": f"item-{item}",
            "kind": kind,
            "request_id": None,
            "position": None,
            "dwell_ms": None,
            "rating": None,
            "context": {},
            "query": query,
            "event_time": t,
        }

    def garbage(self, t0: int, t1: int, admitted: int) -> int:
        """How many undecodable records arrive among ``admitted`` good ones."""
        share = 0.15 if self.degraded(t0, "garbage_input") else self.config.garbage_share
        return int(self._rng("garbage", t0).binomial(admitted, share))

    def consents(self, t0: int, t1: int) -> list[dict[str, Any]]:
        """Consent records (opt-outs, a few opt-ins) in [t0, t1)."""
        c, rng = self.config, self._rng("consent", t0)
        rate = c.optouts_per_min * self.season(t0) + (
            40.0 if self.degraded(t0, "optout_wave") else 0
        )
        return [
            {
                "tenant": "acme",
                "user_id": f"u{_zipf(rng, c.users)}",
                "action": "OPT_OUT" if rng.random() < 0.8 else "OPT_IN",
                "event_time": t,
                "request_id": f"c{t}-{j}",
            }
            for j, t in enumerate(self._times(rng, t0, t1, rate))
        ]

    def costs(self, t0: int, t1: int) -> list[dict[str, Any]]:
        """Decoded ``Cost`` records in [t0, t1)."""
        c, rng = self.config, self._rng("costs", t0)
        errors = 0.05 if self.degraded(t0, "model_errors") else c.error_share
        slow = 4.0 if self.degraded(t0, "slow_model") else 1.0
        price = 10 if self.degraded(t0, "cost_runaway") else 1
        out = []
        for j, t in enumerate(self._times(rng, t0, t1, c.calls_per_min * self.season(t0))):
            expert = rng.random() < 0.2
            median_ms = 5_000.0 if expert else 1_200.0
            latency = int(median_ms * slow * math.exp(0.4 * rng.standard_normal()))
            if self.degraded(t0, "latency_tail") and rng.random() < 0.15:
                latency = 30_000  # a timeout-length tail: p95 breaks, the median does not
            out.append({
                "event_id": f"k{t}-{j}", "tenant": "acme", "user_id": None,
                "provider": "local", "model": "m", "tier": "EXPERT" if expert else "CORE",
                "tokens_in": 100, "tokens_out": 50,
                "cost_micros": (2_000 if expert else 200) * price, "latency_ms": latency,
                "outcome": "ERROR" if rng.random() < errors else "OK",
                "request_id": None, "event_time": t,
            })  # fmt: skip
        return out

    def daily_budget_micros(self) -> int:
        """Twice the expected daily spend: a budget the clean day keeps well within."""
        c = self.config
        return int(2 * c.calls_per_min * 1_440 * (0.2 * 2_000 + 0.8 * 200))


def _zipf(rng: np.random.Generator, n: int) -> int:
    # Zipf(1.1) folded onto 0..n-1: a few very active users and very popular items.
    return int(rng.zipf(1.1) - 1) % n
