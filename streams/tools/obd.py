"""The Open Bandit Dataset sample (``data/obd/``) as our events, for the demo and checks.

Each logged row becomes a served ``Recommendation`` of one item with the logging policy's
propensity, an ``IMPRESSION`` of it, and a ``CLICK`` when the row was clicked. Campaigns are
tenants. The dataset has no user ids; a demo user id is the hash of the row's four hashed user
features, so rows with the same features are the same demo user.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

CAMPAIGNS = ("all", "men", "women")
POLICIES = ("random", "bts")
SURFACE = "top"


@dataclass(frozen=True, slots=True)
class LoggedRound:
    """One row of the log."""

    policy: str
    campaign: str
    row: int
    event_time_ms: int
    item_id: str
    position: int
    clicked: bool
    propensity: float
    user_id: str


def data_dir() -> Path:
    """``data/obd`` in the source tree."""
    return Path(__file__).resolve().parents[2] / "data" / "obd"


def read_rounds(policy: str, campaign: str, root: Path | None = None) -> Iterator[LoggedRound]:
    """Yield the rows of one log in file order."""
    path = (root or data_dir()) / policy / f"{campaign}.csv.gz"
    with gzip.open(path, "rt", newline="") as handle:
        for row_number, row in enumerate(csv.DictReader(handle)):
            features = "|".join(row[f"user_feature_{i}"] for i in range(4))
            yield LoggedRound(
                policy=policy,
                campaign=campaign,
                row=row_number,
                event_time_ms=int(datetime.fromisoformat(row["timestamp"]).timestamp() * 1000),
                item_id=row["item_id"],
                position=int(row["position"]),
                clicked=row["click"] == "1",
                propensity=float(row["propensity_score"]),
                user_id="obd-" + hashlib.sha256(features.encode()).hexdigest()[:16],
            )


def round_events(logged: LoggedRound) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The served ``Recommendation`` and the ``Interaction`` records of one logged round."""
    request_id = f"obd-{logged.policy}-{logged.campaign}-{logged.row}"
    recommendation = {
        "request_id": request_id,
        "tenant": logged.campaign,
        "user_id": logged.user_id,
        "surface": SURFACE,
        "policy_version": f"obd-{logged.policy}",
        "experiment_id": None,
        "arm": None,
        "items": [
            {
                "item_id": logged.item_id,
                "score": logged.propensity,
                "propensity": logged.propensity,
                "position": logged.position,
            }
        ],
        "event_time": logged.event_time_ms,
    }
    kinds = ["IMPRESSION", "CLICK"] if logged.clicked else ["IMPRESSION"]
    interactions: list[dict[str, Any]] = [
        {
            "event_id": f"{request_id}-{kind.lower()}",
            "tenant": logged.campaign,
            "user_id": logged.user_id,
            "surface": SURFACE,
            "item_id": logged.item_id,
            "kind": kind,
            "request_id": request_id,
            "position": logged.position,
            "dwell_ms": None,
            "rating": None,
            "context": {},
            "query": None,
            "event_time": logged.event_time_ms + (1 if kind == "CLICK" else 0),
        }
        for kind in kinds
    ]
    return recommendation, interactions
