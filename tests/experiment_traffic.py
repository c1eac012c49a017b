"""Experiments in the in-process driver: specs, signed lifecycle commands and traffic."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from processors.experiments.assignment import ExperimentBook
from processors.experiments.outcomes import ArmStats
from schemas.codec import decode
from sinks.keys import KeyLayout
from tests import factories
from tests.inprocess import NOW_MS, Harness
from tests.operators import ADMIN, command, encoded


def spec(exp_id: str = "exp-1", **changes: Any) -> dict[str, Any]:
    """A 50/50 A/B on acme/home: primary ctr, guardrail acceptance."""
    data: dict[str, Any] = {
        "id": exp_id,
        "tenant": "acme",
        "surface": "home",
        "arms": [
            {"name": "control", "weight": 1, "policy": "ranker-v1"},
            {"name": "treatment", "weight": 1, "policy": "ranker-v2"},
        ],
        "primary_metric": "ctr",
        "guardrail_metrics": ["acceptance"],
    }
    data.update(changes)
    return data


def issue(harness: Harness, action: str, payload: dict[str, Any], signer: Any = ADMIN) -> None:
    """Feed one signed command."""
    record = command(signer, action, payload, now_ms=NOW_MS)
    harness.feed("control", [(b"experiment", encoded(record))])


def book(harness: Harness) -> ExperimentBook:
    """The experiment book in Redis."""
    key = KeyLayout(harness.settings.redis_prefix).flags()
    return ExperimentBook.from_json(harness.redis.hget(key, "experiments") or b"{}")


def stats(harness: Harness, exp_id: str) -> dict[str, ArmStats]:
    """The per-arm totals in Redis."""
    key = KeyLayout(harness.settings.redis_prefix).experiment_stats(exp_id)
    doc = harness.redis.hget(key, "doc")
    if doc is None:
        return {}
    arms = json.loads(doc)["arms"]
    return {a: ArmStats.from_record(r) for a, r in arms.items()}


def topic(harness: Harness, name: str) -> list[dict[str, Any]]:
    """Decoded records produced to ``name`` (audit, alerts)."""
    return [decode(r.value or b"").record for r in harness.pipeline.records(name)]


def serve(
    harness: Harness,
    users: Iterable[tuple[str, str]],
    *,
    exp_id: str = "exp-1",
    clicks: Sequence[str] = (),
    accepts: Sequence[str] = (),
    round_: int = 0,
) -> None:
    """One served list per (user, arm), then a click and/or accept for the named users;
    ``round_`` tells apart the requests and events of several calls for one user."""
    served, actions = [], []
    for user, arm in users:
        request = f"req-{user}-{round_}"
        served.append(
            factories.recommendation(
                request_id=request, user_id=user, experiment_id=exp_id, arm=arm
            )
        )
        for kind, chosen in (("CLICK", clicks), ("ACCEPT", accepts)):
            if user in chosen:
                actions.append(
                    factories.interaction(
                        event_id=f"{kind}-{user}-{round_}",
                        user_id=user,
                        request_id=request,
                        kind=kind,
                        event_time=factories.EVENT_TIME_MS + 2_000,
                    )
                )
    harness.recommendations(served)
    harness.interactions(actions)
