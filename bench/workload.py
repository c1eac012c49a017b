"""Synthetic interaction traffic for the pipeline benchmarks, and the popularity it implies.

Requests of one user on one surface: a served list of ten items (the recommendation, with its
propensities), an IMPRESSION per position, and clicks: ~90% IMPRESSION and ~10% CLICK of the
interactions, by ~1,000 users over ~500 items with Zipf-like item popularity (exponent 0.8),
and a two-entry context map. Items are spread over five surfaces
(100 items each) so that no ranking exceeds the sink's cap of 200 members and every clicked
item stays checkable in Redis. Generation is seeded, so two runs publish the same events.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any, Final

from processors.popularity import KIND_TO_WEIGHT, NO_SCORE, log2_add, log2_term

TENANT: Final = "bench"
SURFACES: Final = ("home", "search", "pdp", "cart", "email")
DEVICES: Final = ("mobile", "desktop", "tablet")
LOCALES: Final = ("en-GB", "de-DE", "fr-FR", "en-US")
CLICK_SHARE: Final = 0.10
ZIPF_EXPONENT: Final = 0.8

ItemKey = tuple[str, str, str]  # tenant, surface, item


def surface_of(item: int) -> str:
    """The surface an item is shown on (fixed per item)."""
    return SURFACES[item % len(SURFACES)]


LIST_LENGTH: Final = 10
"""Items per served list; every served item gets an IMPRESSION."""


def traffic_stream(
    *, seed: int, run: str, users: int = 1000, items: int = 500, start_ms: int
) -> Iterator[tuple[str, dict[str, Any]]]:
    """An endless stream of ``("recommendation", record)`` and ``("interaction", record)``.

    Each request is one user on one surface: first the served list (``LIST_LENGTH`` distinct
    items of that surface, Zipf-weighted, propensity ``1 / LIST_LENGTH``), then an IMPRESSION
    per position and, with probability ``CLICK_SHARE / (1 - CLICK_SHARE)``, a CLICK on it, so
    clicks are ``CLICK_SHARE`` of the interactions. Interactions are one millisecond of event
    time apart; a list carries the time of its first impression.
    """
    rng = random.Random(seed)
    by_surface = {
        surface: [item for item in range(items) if surface_of(item) == surface]
        for surface in SURFACES
    }
    weights = {
        surface: list(itertools.accumulate(1.0 / (item + 1) ** ZIPF_EXPONENT for item in pool))
        for surface, pool in by_surface.items()
    }
    click_given_shown = CLICK_SHARE / (1.0 - CLICK_SHARE)
    index = 0
    for request in itertools.count():
        surface = rng.choice(SURFACES)
        shown = _distinct(rng, by_surface[surface], weights[surface], LIST_LENGTH)
        user_id = f"user-{rng.randrange(users)}"
        request_id = f"req-{run}-{request}"
        context = {"device": rng.choice(DEVICES), "locale": rng.choice(LOCALES)}
        yield (
            "recommendation",
            {
                "request_id": request_id,
                "tenant": TENANT,
                "user_id": user_id,
                "surface": surface,
                "policy_version": "bench",
                "experiment_id": None,
                "arm": None,
                "items": [
                    {
                        "item_id": f"item-{item}",
                        "score": 0.0,
                        "propensity": 1.0 / LIST_LENGTH,
                        "position": position,
                    }
                    for position, item in enumerate(shown, start=1)
                ],
                "event_time": start_ms + index,
            },
        )
        for position, item in enumerate(shown, start=1):
            kinds = ["IMPRESSION"] + (["CLICK"] if rng.random() < click_given_shown else [])
            for kind in kinds:
                yield (
                    "interaction",
                    {
                        "event_id": f"{run}-{index}",
                        "tenant": TENANT,
                        "user_id": user_id,
                        "surface": surface,
                        "item_id": f"item-{item}",
                        "kind": kind,
                        "request_id": request_id,
                        "position": position,
                        "dwell_ms": None,
                        "rating": None,
                        "context": context,
                        "query": None,
                        "event_time": start_ms + index,
                    },
                )
                index += 1


def _distinct(rng: random.Random, pool: list[int], cumulative: list[float], n: int) -> list[int]:
    chosen: dict[int, None] = {}
    while len(chosen) < min(n, len(pool)):
        chosen[rng.choices(pool, cum_weights=cumulative)[0]] = None
    return list(chosen)


def interaction_stream(
    *, seed: int, run: str, users: int = 1000, items: int = 500, start_ms: int
) -> Iterator[dict[str, Any]]:
    """The interactions of :func:`traffic_stream` (its served lists left out)."""
    traffic = traffic_stream(seed=seed, run=run, users=users, items=items, start_ms=start_ms)
    return (record for kind, record in traffic if kind == "interaction")


def make_traffic(
    count: int, *, seed: int, run: str, start_ms: int
) -> list[tuple[str, dict[str, Any]]]:
    """:func:`traffic_stream` up to and including its ``count``-th interaction."""
    records: list[tuple[str, dict[str, Any]]] = []
    interactions = 0
    for kind, record in traffic_stream(seed=seed, run=run, start_ms=start_ms):
        if kind == "interaction":
            if interactions == count:
                break
            interactions += 1
        records.append((kind, record))
    return records


def make_interactions(
    count: int, *, seed: int, run: str, start_ms: int, users: int = 1000, items: int = 500
) -> list[dict[str, Any]]:
    """The first ``count`` records of :func:`interaction_stream`."""
    stream = interaction_stream(seed=seed, run=run, users=users, items=items, start_ms=start_ms)
    return list(itertools.islice(stream, count))


def expected_scores(events: list[dict[str, Any]], half_life_ms: float) -> dict[ItemKey, float]:
    """The log2 popularity the pipeline must end with, as in tests/integration/test_pipeline."""
    scores: dict[ItemKey, float] = {}
    for event in events:
        weight = KIND_TO_WEIGHT.get(event["kind"], 0.0)
        if weight <= 0.0:
            continue
        key = (event["tenant"], event["surface"], event["item_id"])
        term = log2_term(weight, event["event_time"], half_life_ms)
        scores[key] = log2_add(scores.get(key, NO_SCORE), term)
    return scores
