"""Attribution join: match interactions to the served recommendation by ``request_id``.

A served recommendation is remembered for ``window_ms`` after it was served. An interaction
that names a remembered ``request_id`` and happens within the window is joined with it and
carries the served item's position and propensity (what learning and off-policy evaluation
need). Anything else is counted, never guessed: no ``request_id``, an unknown or expired
request, an interaction later than the window, or an item that was not in the served list.

Memory is bounded: requests older than the window (relative to ``now_ms``, the caller's stream
time) are expired on every call, and at most ``max_pending`` are kept (oldest evicted first,
counted). Redeliveries are ignored with per-stream offset watermarks, as in
:mod:`processors.popularity`, so counters and joins come out the same after a crash.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class AttributionConfig:
    """How long and how many served requests are remembered."""

    window_ms: int = 30 * 60 * 1000
    """An interaction joins a request served at most this long before it."""
    max_pending: int = 10_000
    """Upper bound on remembered requests; the oldest are evicted first."""

    def __post_init__(self) -> None:
        if self.window_ms <= 0 or self.max_pending <= 0:
            raise ValueError("window_ms and max_pending must be positive")


@dataclass(frozen=True, slots=True)
class ServedItem:
    """One item of a served list: 1-based position and logged propensity."""

    item_id: str
    position: int
    propensity: float


@dataclass(frozen=True, slots=True)
class ServedRequest:
    """A served recommendation as the join needs it."""

    request_id: str
    surface: str
    served_ms: int
    items: tuple[ServedItem, ...]


@dataclass(frozen=True, slots=True)
class InteractionRef:
    """An interaction as the join needs it, with its source record for dedupe."""

    request_id: str | None
    item_id: str
    kind: str
    event_ms: int
    source_partition: int
    source_offset: int


@dataclass(frozen=True, slots=True)
class Joined:
    """An interaction matched to the served item it responds to."""

    interaction: InteractionRef
    request: ServedRequest
    item: ServedItem


class UnmatchedReason(StrEnum):
    """Why an interaction was not joined."""

    NO_REQUEST_ID = "no_request_id"
    UNKNOWN_REQUEST = "unknown_request"
    OUTSIDE_WINDOW = "outside_window"
    ITEM_NOT_SERVED = "item_not_served"


@dataclass(frozen=True, slots=True)
class Unmatched:
    """An interaction that could not be joined, and why."""

    interaction: InteractionRef
    reason: UnmatchedReason


@dataclass(frozen=True, slots=True)
class Redelivered:
    """An interaction at or below the watermark of its partition: already processed."""

    interaction: InteractionRef


@dataclass(frozen=True, slots=True)
class AttributionState:
    """Remembered requests (oldest first) and counters; counters never decrease.

    ``unmatched`` counts per :class:`UnmatchedReason` value; ``evicted`` counts requests dropped
    by ``max_pending`` before their window ended. The two watermark maps hold the highest
    offset applied per source partition of the recommendations and the interactions stream.
    """

    pending: Mapping[str, ServedRequest] = field(default_factory=dict)
    joined: int = 0
    unmatched: Mapping[str, int] = field(default_factory=dict)
    evicted: int = 0
    recommendation_partition_to_offset: Mapping[int, int] = field(default_factory=dict)
    interaction_partition_to_offset: Mapping[int, int] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The state as an ``AttributionState`` Avro record."""
        return {
            "pending": [
                {
                    "request_id": r.request_id,
                    "surface": r.surface,
                    "served_ms": r.served_ms,
                    "items": [
                        {"item_id": i.item_id, "position": i.position, "propensity": i.propensity}
                        for i in r.items
                    ],
                }
                for r in self.pending.values()
            ],
            "joined": self.joined,
            "unmatched": dict(self.unmatched),
            "evicted": self.evicted,
            "recommendation_partition_to_offset": _str_keys(
                self.recommendation_partition_to_offset
            ),
            "interaction_partition_to_offset": _str_keys(self.interaction_partition_to_offset),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> AttributionState:
        """Inverse of :meth:`to_record`."""
        pending = {
            r["request_id"]: ServedRequest(
                request_id=str(r["request_id"]),
                surface=str(r["surface"]),
                served_ms=int(r["served_ms"]),
                items=tuple(
                    ServedItem(str(i["item_id"]), int(i["position"]), float(i["propensity"]))
                    for i in r["items"]
                ),
            )
            for r in record["pending"]
        }
        return cls(
            pending=pending,
            joined=int(record["joined"]),
            unmatched={str(k): int(v) for k, v in record["unmatched"].items()},
            evicted=int(record["evicted"]),
            recommendation_partition_to_offset=_int_keys(
                record["recommendation_partition_to_offset"]
            ),
            interaction_partition_to_offset=_int_keys(record["interaction_partition_to_offset"]),
        )


def _str_keys(mapping: Mapping[int, int]) -> dict[str, int]:
    return {str(k): v for k, v in mapping.items()}


def _int_keys(mapping: Mapping[str, Any]) -> dict[int, int]:
    return {int(k): int(v) for k, v in mapping.items()}


def expire(state: AttributionState, now_ms: int, config: AttributionConfig) -> AttributionState:
    """Forget requests served more than ``window_ms`` before ``now_ms``."""
    horizon = now_ms - config.window_ms
    if all(r.served_ms >= horizon for r in state.pending.values()):
        return state
    kept = {k: r for k, r in state.pending.items() if r.served_ms >= horizon}
    return _replace(state, pending=kept)


def on_recommendation(
    state: AttributionState,
    request: ServedRequest,
    now_ms: int,
    config: AttributionConfig,
    source_partition: int,
    source_offset: int,
) -> AttributionState:
    """Remember a served request (a redelivery or repeated ``request_id`` changes nothing)."""
    watermark = state.recommendation_partition_to_offset.get(source_partition, -1)
    if source_offset <= watermark:
        return state
    state = expire(state, now_ms, config)
    pending = dict(state.pending)
    evicted = state.evicted
    if request.request_id not in pending and request.served_ms >= now_ms - config.window_ms:
        pending[request.request_id] = request
        # Keep oldest-first order so eviction drops the oldest; arrivals are nearly in order.
        pending = dict(sorted(pending.items(), key=lambda kv: kv[1].served_ms))
        while len(pending) > config.max_pending:
            del pending[next(iter(pending))]
            evicted += 1
    return _replace(
        state,
        pending=pending,
        evicted=evicted,
        recommendation_partition_to_offset={
            **state.recommendation_partition_to_offset,
            source_partition: source_offset,
        },
    )


def on_interaction(
    state: AttributionState,
    interaction: InteractionRef,
    now_ms: int,
    config: AttributionConfig,
) -> tuple[AttributionState, Joined | Unmatched | Redelivered]:
    """Join one interaction to its request, or count why it could not be joined."""
    partition, offset = interaction.source_partition, interaction.source_offset
    if offset <= state.interaction_partition_to_offset.get(partition, -1):
        return state, Redelivered(interaction)
    state = expire(state, now_ms, config)
    watermarks = {**state.interaction_partition_to_offset, partition: offset}
    outcome = _match(state, interaction, config)
    if isinstance(outcome, Joined):
        return (
            _replace(state, joined=state.joined + 1, interaction_partition_to_offset=watermarks),
            outcome,
        )
    counts = dict(state.unmatched)
    counts[outcome.reason.value] = counts.get(outcome.reason.value, 0) + 1
    return _replace(state, unmatched=counts, interaction_partition_to_offset=watermarks), outcome


def _match(
    state: AttributionState, interaction: InteractionRef, config: AttributionConfig
) -> Joined | Unmatched:
    if interaction.request_id is None:
        return Unmatched(interaction, UnmatchedReason.NO_REQUEST_ID)
    request = state.pending.get(interaction.request_id)
    if request is None:
        return Unmatched(interaction, UnmatchedReason.UNKNOWN_REQUEST)
    if interaction.event_ms - request.served_ms > config.window_ms:
        return Unmatched(interaction, UnmatchedReason.OUTSIDE_WINDOW)
    for item in request.items:
        if item.item_id == interaction.item_id:
            return Joined(interaction, request, item)
    return Unmatched(interaction, UnmatchedReason.ITEM_NOT_SERVED)


def _replace(state: AttributionState, **changes: Any) -> AttributionState:
    return dataclasses.replace(state, **changes)
