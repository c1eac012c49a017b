"""Synthetic interaction traffic for the pipeline benchmarks, and the popularity it implies.

The mix is ~90% IMPRESSION and ~10% CLICK by ~1,000 users over ~500 items with Zipf-like item
popularity (exponent 0.8), and a two-entry context map. Items are spread over five surfaces
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


def interaction_stream(
    *, seed: int, run: str, users: int = 1000, items: int = 500, start_ms: int
) -> Iterator[dict[str, Any]]:
    """An endless stream of Interaction records, one millisecond of event time apart."""
    rng = random.Random(seed)
    weights = (1.0 / rank**ZIPF_EXPONENT for rank in range(1, items + 1))
    cumulative = list(itertools.accumulate(weights))
    for index in itertools.count():
        item = rng.choices(range(items), cum_weights=cumulative)[0]
        kind = "CLICK" if rng.random() < CLICK_SHARE else "IMPRESSION"
        yield {
            "event_id": f"{run}-{index}",
            "tenant": TENANT,
            "user_id": f"user-{rng.randrange(users)}",
            "surface": surface_of(item),
            "item_id": f"item-{item}",
            "kind": kind,
            "request_id": f"req-{run}-{index // 10}",
            "position": 1 + index % 10,
            "dwell_ms": None,
            "rating": None,
            "context": {"device": rng.choice(DEVICES), "locale": rng.choice(LOCALES)},
            "query": None,
            "event_time": start_ms + index,
        }


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
