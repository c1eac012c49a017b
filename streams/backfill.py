"""Backfill an experiment: a candidate policy's lift over the logging policy on recent traffic.

The last ``days`` of the clean topics are replayed into a throw-away sandbox with the
candidate's ranking configuration (``streams.replay``), so every user ends with the ranking the
candidate would have materialized for them. Each logged served slot (one item at one position
of a served list in ``served.clean``) is then a round: its reward is whether that item was
clicked for that request (``events.clean``), its logging propensity is the one served with it,
and the candidate's probability of the same item at the same position is the exact position
marginal of the reader's sampling from the user's sandbox ranking
(``processors.ope.ranking_policy``). The candidate's click rate per slot is estimated with
SNIPW (``processors.ope``), and its lift is taken against the logged click rate per slot.

Approximation, stated in the output: each user is judged by the ranking the candidate holds at
the end of the window, learned from the whole window, not by the one it would have held when
each list was served; a backfill therefore favours candidates that learn fast, and is a screen
before an experiment, not a substitute for one.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from redis import Redis

from processors.ope.evaluate import evaluate
from processors.ope.ranking_policy import ranking_action_dist
from processors.ope.rounds import LoggedRounds
from schemas.codec import encode
from sinks.keys import KeyLayout
from sinks.sandbox import sandbox_prefix
from sinks.user_rankings import RANKING_FIELD, decode_ranking
from streams.clients.publisher import Publisher
from streams.replay import ReplayRange, drop_sandbox, replay_topics
from streams.settings import Settings
from streams.stages import Effects, RawRecord, StageConfig
from streams.stages.clean import clean_records

__all__ = ["backfill"]

DAY_MS = 86_400_000


@dataclasses.dataclass
class _Logged:
    """What the replay saw: served slots and clicked (request, item) pairs."""

    slots: list[tuple[str, str, str, str, str, int, float]] = dataclasses.field(
        default_factory=list
    )  # request, tenant, user_key, surface, item, position (1-based), propensity
    clicked: set[tuple[str, str]] = dataclasses.field(default_factory=set)

    def observe(self, topic: str, records: Sequence[RawRecord]) -> None:
        # Replay has decoded them already; records no stage could read are skipped here too.
        schema = "CleanServed" if topic == "served.clean" else "CleanEvent"
        for clean, _ in clean_records(records, schema, Effects()):
            if topic == "served.clean":
                for item in clean["items"]:
                    self.slots.append(
                        (
                            clean["request_id"],
                            clean["tenant"],
                            clean["user_key"],
                            clean["surface"],
                            item["item_id"],
                            item["position"],
                            item["propensity"],
                        )
                    )
            elif clean["kind"] == "CLICK" and clean["request_id"] is not None:
                self.clicked.add((clean["request_id"], clean["item_id"]))


def backfill(
    settings: Settings,
    candidate: StageConfig | None,
    days: float,
    *,
    now_ms: int,
    label: str,
) -> dict[str, Any]:
    """Estimate ``candidate``'s lift on the last ``days`` of clean traffic; audit the result."""
    namespace = f"backfill-{now_ms}"
    logged = _Logged()
    started = time.monotonic()
    span = ReplayRange(from_time_ms=now_ms - int(days * DAY_MS))
    try:
        report = replay_topics(settings, namespace, span, config=candidate, observe=logged.observe)
        rounds, action_dist = _rounds(settings, namespace, logged)
    finally:
        drop_sandbox(settings, namespace)
    estimate = evaluate("snipw", rounds, action_dist)
    logged_rate = float(rounds.reward.mean())
    result = {
        "candidate": label,
        "days": days,
        "records_replayed": report.events,
        "served_slots": int(rounds.n_rounds),
        "logged_click_rate": logged_rate,
        "candidate_click_rate": estimate.value,
        "ci": [estimate.interval.low, estimate.interval.high],
        "lift": estimate.value / logged_rate - 1.0 if logged_rate > 0 else None,
        "lift_ci": (
            [estimate.interval.low / logged_rate - 1.0, estimate.interval.high / logged_rate - 1.0]
            if logged_rate > 0
            else None
        ),
        "diagnostics": estimate.to_dict()["diagnostics"],
        "approximation": "rankings at the end of the window, not at serving time",
        "seconds": round(time.monotonic() - started, 3),
    }
    _audit(settings, result, now_ms)
    return result


def _rounds(
    settings: Settings, namespace: str, logged: _Logged
) -> tuple[LoggedRounds, np.ndarray[Any, np.dtype[np.float64]]]:
    """One round per served slot; action 0 is the logged item, 1 everything else."""
    if not logged.slots:
        raise ValueError("no served lists in the window: nothing to evaluate")
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(sandbox_prefix(settings.redis_prefix, namespace))
    length = max(slot[5] for slot in logged.slots)
    marginals: dict[tuple[str, str, str], dict[str, np.ndarray[Any, Any]]] = {}
    n = len(logged.slots)
    probability = np.zeros(n, dtype=np.float64)
    positions = np.zeros(n, dtype=np.int64)
    rewards = np.zeros(n, dtype=np.float64)
    pscores = np.zeros(n, dtype=np.float64)
    for i, (request, tenant, user, surface, item, position, propensity) in enumerate(logged.slots):
        target = (tenant, user, surface)
        if target not in marginals:
            marginals[target] = _marginals(client, keys, target, length)
        by_item = marginals[target].get(item)
        probability[i] = 0.0 if by_item is None else float(by_item[position - 1])
        positions[i] = position - 1
        rewards[i] = float((request, item) in logged.clicked)
        pscores[i] = propensity
    action_dist = np.zeros((n, 2, length), dtype=np.float64)
    action_dist[:, 1, :] = 1.0
    action_dist[np.arange(n), 0, positions] = probability
    action_dist[np.arange(n), 1, positions] = 1.0 - probability
    rounds = LoggedRounds(
        action=np.zeros(n, dtype=np.int64), position=positions, reward=rewards, pscore=pscores
    )
    return rounds, action_dist


def _marginals(
    client: Redis, keys: KeyLayout, target: tuple[str, str, str], length: int
) -> dict[str, np.ndarray[Any, Any]]:
    """P(item at each position) under the user's sandbox ranking; empty if none."""
    stored = client.hget(keys.user_ranking(*target), RANKING_FIELD)
    if stored is None:
        return {}
    ranking = decode_ranking(stored).ranking
    weights = np.array(ranking.weights, dtype=np.float64)
    dist = ranking_action_dist(weights, ranking.epsilon, min(length, len(ranking.items)))
    padded = np.zeros((len(ranking.items), length), dtype=np.float64)
    padded[:, : dist.shape[1]] = dist
    return {item: padded[i] for i, item in enumerate(ranking.items)}


def _audit(settings: Settings, result: dict[str, Any], now_ms: int) -> None:
    """The backfill's result as an automatic action on the audit trail."""
    record = {
        "audit_id": f"backfill:{result['candidate']}:{now_ms}",
        "actor": "system",
        "action": "backfill.completed",
        "target": str(result["candidate"]),
        "outcome": "APPLIED",
        "reason": "offline evaluation of a candidate policy on the last "
        f"{result['days']:g} days of clean traffic",
        "details_json": json.dumps(result, sort_keys=True),
        "event_time": now_ms,
    }
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        publisher.produce_raw(
            settings.topic("audit.pending"), encode("AuditRecord", record), b"backfill"
        )
