"""Attribution join of served recommendations and clicks, per request, in either order.

A served list and the clicks on it usually arrive as a recommendation, then interactions; but
they travel on different topics, so a click may be processed before its recommendation. The
join therefore keeps, per ``request_id``, the served list (once known) and every click seen,
and emits **bandit updates**: per item, impressions and clicks by position.

Exactly-once effect under redelivery. Each update names an *origin*, the raw record that
caused it (``"r:<partition>"`` or ``"i:<partition>"`` plus the offset), and the bandit counts
(``streams.stages.served``) skip origins at or below their watermark.
The join never skips anything itself: processing a record again re-emits exactly what the
first processing emitted, so an output lost in a crash is re-sent by the redelivery. Clicks
that arrived before their recommendation are emitted together with the recommendation's
impressions, under the recommendation's origin, so every item gets at most one update per
origin and origins stay in order per source partition.

Clicks on an item that was not served, and clicks whose request never shows up within the
attribution window, are counted by the caller, never guessed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BanditUpdate",
    "Origin",
    "SeenClick",
    "ServedState",
    "expired",
    "expiry_deadline_ms",
    "on_click",
    "on_served",
    "positions_of",
    "unattributed_clicks",
]

MAX_CLICKS_PER_REQUEST = 100


@dataclass(frozen=True, slots=True)
class Origin:
    """The raw record an update comes from: ``kind`` is "r" (recommendation) or "i"."""

    kind: str
    partition: int
    offset: int

    @property
    def stream(self) -> str:
        """The watermark key of the origin's stream: ``"r:3"``, ``"i:0"``."""
        return f"{self.kind}:{self.partition}"


@dataclass(frozen=True, slots=True)
class BanditUpdate:
    """Impressions and clicks of one item, by 1-based position, caused by one origin."""

    item_id: str
    position: int
    impressions: int
    clicks: int
    origin: Origin


@dataclass(frozen=True, slots=True)
class SeenClick:
    """A click on the request; ``via_request`` when it was emitted with the served list."""

    item_id: str
    origin: Origin
    via_request: bool


@dataclass(frozen=True, slots=True)
class ServedState:
    """One request's served list (``positions``: item -> position; empty until served)."""

    served_ms: int = 0
    origin: Origin | None = None
    positions: Mapping[str, int] = field(default_factory=dict)
    clicks: tuple[SeenClick, ...] = ()
    first_seen_ms: int = 0

    @property
    def served(self) -> bool:
        """True once the recommendation has been processed."""
        return self.origin is not None

    def to_record(self) -> dict[str, Any]:
        """The state as a ``ServedState`` Avro record (``schemas/state/ServedState.avsc``)."""
        return {
            "served_ms": self.served_ms,
            "origin": None if self.origin is None else _origin_record(self.origin),
            "positions": dict(self.positions),
            "clicks": [
                {
                    "item_id": c.item_id,
                    "origin": _origin_record(c.origin),
                    "via_request": c.via_request,
                }
                for c in self.clicks
            ],
            "first_seen_ms": self.first_seen_ms,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ServedState:
        """Inverse of :meth:`to_record`."""
        origin = record["origin"]
        return cls(
            served_ms=int(record["served_ms"]),
            origin=None if origin is None else _origin(origin),
            positions={str(k): int(v) for k, v in record["positions"].items()},
            clicks=tuple(
                SeenClick(str(c["item_id"]), _origin(c["origin"]), bool(c["via_request"]))
                for c in record["clicks"]
            ),
            first_seen_ms=int(record["first_seen_ms"]),
        )


def _origin_record(origin: Origin) -> dict[str, Any]:
    return {"kind": origin.kind, "partition": origin.partition, "offset": origin.offset}


def _origin(record: Mapping[str, Any]) -> Origin:
    return Origin(str(record["kind"]), int(record["partition"]), int(record["offset"]))


def on_served(
    state: ServedState, positions: Mapping[str, int], served_ms: int, origin: Origin
) -> tuple[ServedState, list[BanditUpdate]]:
    """Apply a served list; returns the new state and the updates to emit.

    A repeated or redelivered recommendation re-emits the first one's updates unchanged.
    """
    if state.origin is not None and state.origin != origin:
        return state, []  # a second list under one request id: keep the first, learn nothing
    clicks = (
        tuple(
            dataclasses.replace(c, via_request=True)
            if not c.via_request and c.item_id in positions
            else c
            for c in state.clicks
        )
        if state.origin is None
        else state.clicks
    )
    state = dataclasses.replace(
        state, served_ms=served_ms, origin=origin, positions=dict(positions), clicks=clicks
    )
    return state, _request_updates(state)


def on_click(
    state: ServedState, item_id: str, event_ms: int, origin: Origin
) -> tuple[ServedState, list[BanditUpdate], bool]:
    """Apply a click; returns the new state, the updates to emit, and whether it was
    attributable (``False``: the item was not in the served list; counted, not learned).

    Before the recommendation is known the click is remembered and emits nothing yet.
    """
    known = next((c for c in state.clicks if c.origin == origin), None)
    if known is None:
        if len(state.clicks) >= MAX_CLICKS_PER_REQUEST:
            return state, [], False
        via_request = False
        known = SeenClick(item_id, origin, via_request)
        first_seen = state.first_seen_ms or event_ms
        state = dataclasses.replace(state, clicks=(*state.clicks, known), first_seen_ms=first_seen)
    if not state.served:
        return state, [], True
    position = state.positions.get(item_id)
    if position is None:
        return state, [], False
    if known.via_request:
        return state, _request_updates(state), True  # re-send what the list carried
    return state, [BanditUpdate(item_id, position, 0, 1, origin)], True


def _request_updates(state: ServedState) -> list[BanditUpdate]:
    origin = state.origin
    if origin is None:
        return []
    clicks: dict[str, int] = {}
    for click in state.clicks:
        if click.via_request and click.item_id in state.positions:
            clicks[click.item_id] = clicks.get(click.item_id, 0) + 1
    return [
        BanditUpdate(item_id, position, 1, clicks.get(item_id, 0), origin)
        for item_id, position in sorted(state.positions.items())
    ]


def unattributed_clicks(state: ServedState) -> int:
    """Clicks that will never be learned from if the request expires now."""
    if not state.served:
        return len(state.clicks)
    return sum(1 for c in state.clicks if c.item_id not in state.positions)


def expired(state: ServedState, now_ms: int, window_ms: int) -> bool:
    """True once the request is older than the attribution window."""
    return now_ms > expiry_deadline_ms(state, window_ms)


def expiry_deadline_ms(state: ServedState, window_ms: int) -> int:
    """The event time after which the request is older than the attribution window."""
    started = state.served_ms if state.served else state.first_seen_ms
    return started + window_ms


def positions_of(items: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """``{item_id: position}`` of a served list (``Recommendation.items``)."""
    return {str(item["item_id"]): int(item["position"]) for item in items}
