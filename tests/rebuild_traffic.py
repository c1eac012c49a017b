"""Traffic for the Redis-loss tests: two surfaces, served lists with clicks, one opt-out.

The same records go through the in-process driver (unit tests) and a real worker
(integration test), so both check the rebuild on the same shape of state: popularity, bandit
counts by position, profiles on two surfaces, and an opted-out user whose later events the
gate drops.
"""

from __future__ import annotations

from typing import Any

from processors.pseudonym import pseudonymize
from schemas.codec import encode
from streams.settings import Settings
from tests import factories

Record = dict[str, Any]
Feed = tuple[str, list[tuple[bytes, bytes]]]

TENANT = "acme"
OPTED_OUT = "user-3"
"""The user who opts out between the first and the second half of the traffic."""
USERS = [f"user-{i}" for i in range(9)]


def user_key(settings: Settings, user: str) -> str:
    """The user's pseudonym under ``settings``."""
    return pseudonymize(settings.pseudonym_secret.reveal().encode(), TENANT, user)


def _round(i: int, start_ms: int) -> tuple[Record, list[Record]]:
    user, request = USERS[i % len(USERS)], f"req-{i}"
    surface = "top" if i % 2 else "home"  # users (i % 9) alternate between the two
    t = start_ms + i * 10
    items = [
        factories.ranked_item(item_id=f"item-{(i + k) % 11}", position=k + 1, propensity=0.5)
        for k in range(3)
    ]
    served = factories.recommendation(
        request_id=request, user_id=user, surface=surface, items=items, event_time=t
    )
    clicked = items[i % 3]["item_id"]
    events = [
        factories.interaction(
            event_id=f"e{i}",
            user_id=user,
            surface=surface,
            request_id=request,
            item_id=clicked,
            position=i % 3 + 1,
            kind="ACCEPT" if i % 7 == 0 else "CLICK",
            query=None,
            context={},
            event_time=t + 5,
        )
    ]
    if i % 4 == 0:
        events.append(
            factories.interaction(
                event_id=f"imp{i}",
                user_id=user,
                surface=surface,
                request_id=None,
                item_id=f"item-{i % 11}",
                kind="IMPRESSION",
                query=None,
                context={},
                event_time=t + 6,
            )
        )
    return served, events


def traffic_part(first: int, last: int, start_ms: int) -> list[Feed]:
    """Rounds ``first`` to ``last`` (exclusive): their served lists, then their interactions."""
    rounds = [_round(i, start_ms) for i in range(first, last)]
    served = [(s["user_id"].encode(), encode("Recommendation", s)) for s, _ in rounds]
    events = [(e["user_id"].encode(), encode("Interaction", e)) for _, es in rounds for e in es]
    return [("recommendations", served), ("interactions", events)]


def opt_out(start_ms: int) -> Feed:
    """The opt-out of :data:`OPTED_OUT`."""
    record = factories.consent(user_id=OPTED_OUT, event_time=start_ms)
    return ("consent", [(OPTED_OUT.encode(), encode("Consent", record))])


def comparable(state: dict[str, Any], prefix: str) -> dict[str, Any]:
    """A Redis snapshot as a rebuild must reproduce it, without the prefix.

    Rankings are compared by which (user, surface) has one: a rebuilt ranking is sampled
    from the surface models as they are at the rebuild, the live one as they were when the
    user was last ranked. Examination keys are re-estimated on a timer; popularity scores
    are rounded (float sums in another order).
    """
    kept: dict[str, Any] = {}
    for key, value in state.items():
        name = key.removeprefix(prefix)
        if name.endswith(":examination"):
            continue
        if ":rank:" in name:
            value = "a ranking"
        elif ":pop:" in name:
            value = [(item, round(score, 6)) for item, score in value]
        kept[name] = value
    return kept
