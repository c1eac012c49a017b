"""Per-user preference profile (per pseudonymous user key and tenant), with exactly-once updates.

The profile holds derived metrics only: decayed affinities keyed by catalog item id and by
catalog feature key (``"brand=acme"``), counters, a smoothed click-through rate, session counts,
an hour-of-day histogram and the time last seen. It never stores the user key (that is the table
key), event or request ids, context or query text: nothing of the event except its kind, item,
dwell, rating, time and source coordinates is read.

**Affinities: forward decay with separate positive and negative sums.** As in
:mod:`processors.popularity` (Cormode et al., "Forward Decay", ICDE 2009), an event of weight
``w`` at time ``t`` contributes ``w * 2 ** (t / h)`` for half-life ``h`` (landmark: the Unix
epoch), and the affinity at ``now`` is ``sum * 2 ** (-now / h)``. Sums are kept as ``log2`` so
they never overflow. A ``log2`` of a sum only exists for a positive sum, and a reject or a low
rating has a negative weight, so every key keeps two sums, ``P`` of the positive terms and ``N``
of the magnitudes of the negative ones; the affinity is ``2 ** (P - now/h) - 2 ** (N - now/h)``.

Why two sums rather than a value stored relative to ``last_seen`` and decayed on each update:
both sums only grow and addition commutes, so affinities do not depend on the order in which
events arrive (out-of-order events need no special case), nothing is rewritten as time passes,
and the arithmetic is the one the popularity processor already uses and tests. The cost is one
more double per key and cancellation when ``P`` and ``N`` are close, which loses precision
only relative to the (small) difference, never overflows.

**Bounded state.** At most ``max_items`` item and ``max_features`` feature affinities are kept.
When a map overflows, the key of smallest ``|affinity|`` is evicted, ties by smallest key.
All keys decay by the same factor ``2 ** (-now / h)``, so this order is the same at every
instant ("weakest current value" needs no clock) and ``log2 |2**P - 2**N|`` computes it without
overflow. Magnitude, not signed value, is compared: a strong dislike is as useful to the ranker
as a strong like. Eviction depends on arrival order, so order independence holds only while
the maps are within their bounds; a replay in the same order always gives the same state.

**Sessions.** A session is a maximal run of events with gaps under ``session_gap_ms``
(single-linkage clustering of event times). Each session is stored as ``(start, end)``; an event
joins every session with ``start - gap < t < end + gap`` and merges them, which gives the same
sessions for any arrival order. Sessions ending more than 30 days before ``last_seen`` are
dropped; sessions are at least ``gap`` apart, so at most ``30 days / gap + 1`` are kept.

**Exactly-once effect.** As in :mod:`processors.popularity`: the highest raw source offset
applied per raw source partition is remembered, and an event at or below it is a redelivery.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from processors.popularity import NO_SCORE, log2_add, log2_term
from schemas.errors import ConfigError

__all__ = [
    "DAY_MS",
    "HOUR_MS",
    "DecayedSum",
    "Profile",
    "ProfileConfig",
    "Session",
    "affinities_at",
    "apply_event",
    "event_weight",
    "feature_affinities_at",
    "preferred_hour",
    "profile_summary",
    "sessions_within",
    "smoothed_ctr",
]

HOUR_MS: Final = 3_600_000
DAY_MS: Final = 24 * HOUR_MS
#: Sessions are remembered for the longest window reported.
SESSION_RETENTION_MS: Final = 30 * DAY_MS
HOURS: Final = 24
#: Most surfaces a profile remembers (those the user has rankings on, rebuilt after a Redis
#: loss). Tenants have a handful; beyond the cap a new surface is ranked live, not rebuilt.
MAX_SURFACES: Final = 64


@dataclass(frozen=True, slots=True)
class ProfileConfig:
    """How events become a profile. Weights are per event; see :func:`event_weight`."""

    half_life_ms: float = 14 * DAY_MS
    """Half-life of affinities in ms: an engagement counts half as much after this long."""
    click_weight: float = 1.0
    """Affinity weight of a CLICK."""
    accept_weight: float = 3.0
    """Affinity weight of an ACCEPT."""
    reject_weight: float = -2.0
    """Affinity weight of a REJECT (<= 0: a dislike)."""
    impression_weight: float = 0.0
    """Affinity weight of an IMPRESSION; 0 means impressions only count towards the CTR."""
    dwell_weight: float = 2.0
    """Affinity weight of a DWELL of ``dwell_cap_ms`` or more; shorter dwells scale linearly."""
    dwell_cap_ms: int = 60_000
    """Dwell time in ms at which a DWELL reaches its full weight."""
    rating_weight: float = 2.0
    """Affinity weight of a top rating; ratings map linearly to [-w, w], the midpoint to 0."""
    rating_min: float = 1.0
    """Lowest rating on the scale; lower ratings are clamped to it."""
    rating_max: float = 5.0
    """Highest rating on the scale; higher ratings are clamped to it."""
    ctr_prior_alpha: float = 1.0
    """Prior clicks ``a`` of the CTR's Beta(a, b) prior (mean a / (a + b) = 5% by default)."""
    ctr_prior_beta: float = 19.0
    """Prior non-clicks ``b`` of the CTR's Beta(a, b) prior."""
    session_gap_ms: int = 30 * 60 * 1000
    """Inactivity in ms that ends a session; events closer than this share one."""
    max_items: int = 200
    """Most item affinities kept; the weakest by magnitude is evicted beyond it."""
    max_features: int = 200
    """Most feature affinities kept; the weakest by magnitude is evicted beyond it."""
    summary_top_n: int = 10
    """Items and features listed in :func:`profile_summary`."""

    def __post_init__(self) -> None:
        finite = (
            self.half_life_ms,
            self.click_weight,
            self.accept_weight,
            self.reject_weight,
            self.impression_weight,
            self.dwell_weight,
            self.rating_weight,
            self.rating_min,
            self.rating_max,
            self.ctr_prior_alpha,
            self.ctr_prior_beta,
        )
        if not all(math.isfinite(value) for value in finite):
            raise ConfigError("profile weights, priors and the half-life must be finite")
        if self.half_life_ms <= 0:
            raise ConfigError("profile half_life_ms must be > 0")
        if self.dwell_cap_ms <= 0 or self.session_gap_ms <= 0:
            raise ConfigError("profile dwell_cap_ms and session_gap_ms must be > 0")
        if self.rating_max <= self.rating_min:
            raise ConfigError("profile rating_max must be > rating_min")
        if self.ctr_prior_alpha <= 0 or self.ctr_prior_beta <= 0:
            raise ConfigError("profile CTR prior parameters must be > 0")
        if self.max_items < 1 or self.max_features < 1 or self.summary_top_n < 0:
            raise ConfigError("profile max_items, max_features must be >= 1, summary_top_n >= 0")


@dataclass(frozen=True, slots=True)
class DecayedSum:
    """A signed forward-decayed sum as two ``log2`` sums (``-inf`` when empty).

    ``log2_positive`` is ``log2`` of the sum of ``w * 2 ** (t / h)`` over positive weights,
    ``log2_negative`` the same over the magnitudes of negative weights.
    """

    log2_positive: float = NO_SCORE
    log2_negative: float = NO_SCORE

    def add(self, weight: float, event_time_ms: int, half_life_ms: float) -> DecayedSum:
        """The sum with one more term ``weight * 2 ** (event_time_ms / half_life_ms)``."""
        if weight == 0:
            return self
        term = log2_term(abs(weight), event_time_ms, half_life_ms)
        if weight > 0:
            return DecayedSum(log2_add(self.log2_positive, term), self.log2_negative)
        return DecayedSum(self.log2_positive, log2_add(self.log2_negative, term))

    def value_at(self, now_ms: int, half_life_ms: float) -> float:
        """The signed decayed value at ``now_ms`` (not earlier than ~1000 half-lives before
        the terms' times, where ``2 ** x`` would overflow)."""
        shift = now_ms / half_life_ms
        return _pow2(self.log2_positive - shift) - _pow2(self.log2_negative - shift)

    def log2_magnitude(self) -> float:
        """``log2 |2**P - 2**N|``: ranks keys by current magnitude at any instant."""
        high = max(self.log2_positive, self.log2_negative)
        low = min(self.log2_positive, self.log2_negative)
        if high == NO_SCORE or low == high:
            return NO_SCORE
        if low == NO_SCORE:
            return high
        # 1 - 2**x computed as -expm1(x ln 2) keeps precision when the sums nearly cancel.
        return high + math.log2(-math.expm1((low - high) * math.log(2.0)))


@dataclass(frozen=True, slots=True)
class Session:
    """One session: first and last event time in ms; later sessions start >= gap after it."""

    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Profile:
    """The preference profile of one (tenant, user key); the value of the profile table.

    Affinities are :class:`DecayedSum` by catalog item id and by feature key; counters count
    applied events by kind (``dwell_total_ms`` sums DWELL times); ``hour_counts`` has 24 counts
    by UTC hour; ``sessions`` are sorted by start; ``last_seen_ms`` is the latest event time (0
    before any event); ``partition_to_offset`` maps each raw source partition to the highest
    offset applied from it; ``surfaces`` (sorted, at most :data:`MAX_SURFACES`) are those the
    user had events on, i.e. where the ranking stage keeps a ranking of them.
    """

    item_to_affinity: Mapping[str, DecayedSum] = field(default_factory=dict)
    feature_to_affinity: Mapping[str, DecayedSum] = field(default_factory=dict)
    events: int = 0
    impressions: int = 0
    clicks: int = 0
    accepts: int = 0
    rejects: int = 0
    dwells: int = 0
    dwell_total_ms: int = 0
    ratings: int = 0
    hour_counts: tuple[int, ...] = (0,) * HOURS
    sessions: tuple[Session, ...] = ()
    last_seen_ms: int = 0
    partition_to_offset: Mapping[int, int] = field(default_factory=dict)
    surfaces: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The profile as a ``ProfileState`` record (``schemas/state/ProfileState.avsc``)."""
        return {
            "item_affinities": _affinities_record(self.item_to_affinity),
            "feature_affinities": _affinities_record(self.feature_to_affinity),
            "events": self.events,
            "impressions": self.impressions,
            "clicks": self.clicks,
            "accepts": self.accepts,
            "rejects": self.rejects,
            "dwells": self.dwells,
            "dwell_total_ms": self.dwell_total_ms,
            "ratings": self.ratings,
            "hour_counts": list(self.hour_counts),
            "sessions": [{"start_ms": s.start_ms, "end_ms": s.end_ms} for s in self.sessions],
            "last_seen_ms": self.last_seen_ms,
            "partition_to_offset": {str(p): o for p, o in self.partition_to_offset.items()},
            "surfaces": list(self.surfaces),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Profile:
        """Inverse of :meth:`to_record`."""
        return cls(
            item_to_affinity=_affinities_from(record["item_affinities"]),
            feature_to_affinity=_affinities_from(record["feature_affinities"]),
            events=int(record["events"]),
            impressions=int(record["impressions"]),
            clicks=int(record["clicks"]),
            accepts=int(record["accepts"]),
            rejects=int(record["rejects"]),
            dwells=int(record["dwells"]),
            dwell_total_ms=int(record["dwell_total_ms"]),
            ratings=int(record["ratings"]),
            hour_counts=tuple(int(c) for c in record["hour_counts"]),
            sessions=tuple(
                Session(int(s["start_ms"]), int(s["end_ms"])) for s in record["sessions"]
            ),
            last_seen_ms=int(record["last_seen_ms"]),
            partition_to_offset={int(p): int(o) for p, o in record["partition_to_offset"].items()},
            surfaces=tuple(str(s) for s in record["surfaces"]),
        )


def _affinities_record(affinities: Mapping[str, DecayedSum]) -> dict[str, dict[str, float]]:
    return {
        key: {"log2_positive": s.log2_positive, "log2_negative": s.log2_negative}
        for key, s in affinities.items()
    }


def _affinities_from(record: Mapping[str, Mapping[str, Any]]) -> dict[str, DecayedSum]:
    return {
        key: DecayedSum(float(s["log2_positive"]), float(s["log2_negative"]))
        for key, s in record.items()
    }


def _pow2(exponent: float) -> float:
    return 0.0 if exponent == NO_SCORE else float(2.0**exponent)


def event_weight(event: Mapping[str, Any], config: ProfileConfig) -> float:
    """The signed affinity weight of one event; 0 for kinds that carry no preference.

    DWELL: ``dwell_weight * min(dwell_ms, cap) / cap``. RATING: clamped to the scale, then
    ``rating_weight * (rating - mid) / (half range)``, so the midpoint is 0 and the lowest
    rating is ``-rating_weight``.
    """
    kind = event["kind"]
    if kind == "CLICK":
        return config.click_weight
    if kind == "ACCEPT":
        return config.accept_weight
    if kind == "REJECT":
        return config.reject_weight
    if kind == "IMPRESSION":
        return config.impression_weight
    if kind == "DWELL":
        dwell_ms = max(0, int(event.get("dwell_ms") or 0))
        return config.dwell_weight * min(dwell_ms, config.dwell_cap_ms) / config.dwell_cap_ms
    if kind == "RATING":
        rating = event.get("rating")
        if rating is None or not math.isfinite(rating):
            return 0.0
        clamped = min(max(float(rating), config.rating_min), config.rating_max)
        middle = (config.rating_min + config.rating_max) / 2.0
        half_range = (config.rating_max - config.rating_min) / 2.0
        return config.rating_weight * (clamped - middle) / half_range
    return 0.0


def apply_event(
    profile: Profile,
    event: Mapping[str, Any],
    item_features: Mapping[str, str] | None,
    config: ProfileConfig,
) -> Profile | None:
    """Return the profile after one ``CleanEvent``, or ``None`` if it was already applied.

    ``item_features`` maps each categorical feature name of the event's item to its profile
    feature key, as :func:`processors.catalog.feature_values` returns it
    (``{"brand": "brand=acme"}``); the keys used are its values. ``None`` when the item is
    not in the catalog: only the item affinity is updated.
    """
    source = event["source"]
    partition = int(source["partition"])
    offset = int(source["offset"])
    if offset <= profile.partition_to_offset.get(partition, -1):
        return None
    kind = event["kind"]
    time_ms = int(event["event_time"])
    weight = event_weight(event, config)

    item_to_affinity = profile.item_to_affinity
    feature_to_affinity = profile.feature_to_affinity
    if weight != 0:
        item_to_affinity = _bounded(
            _added(item_to_affinity, (event["item_id"],), weight, time_ms, config),
            config.max_items,
        )
        if item_features:
            feature_to_affinity = _bounded(
                _added(feature_to_affinity, item_features.values(), weight, time_ms, config),
                config.max_features,
            )

    dwell_ms = max(0, int(event.get("dwell_ms") or 0)) if kind == "DWELL" else 0
    hour_counts_list = list(profile.hour_counts)
    hour_counts_list[(time_ms // HOUR_MS) % HOURS] += 1
    hour_counts = tuple(hour_counts_list)
    last_seen_ms = max(profile.last_seen_ms, time_ms)
    return Profile(
        item_to_affinity=item_to_affinity,
        feature_to_affinity=feature_to_affinity,
        events=profile.events + 1,
        impressions=profile.impressions + (kind == "IMPRESSION"),
        clicks=profile.clicks + (kind == "CLICK"),
        accepts=profile.accepts + (kind == "ACCEPT"),
        rejects=profile.rejects + (kind == "REJECT"),
        dwells=profile.dwells + (kind == "DWELL"),
        dwell_total_ms=profile.dwell_total_ms + dwell_ms,
        ratings=profile.ratings + (kind == "RATING"),
        hour_counts=hour_counts,
        sessions=_with_session(profile.sessions, time_ms, last_seen_ms, config.session_gap_ms),
        last_seen_ms=last_seen_ms,
        partition_to_offset={**profile.partition_to_offset, partition: offset},
        surfaces=_with_surface(profile.surfaces, str(event["surface"])),
    )


def _with_surface(surfaces: tuple[str, ...], surface: str) -> tuple[str, ...]:
    """The sorted surfaces with ``surface`` added, unless already there or at the cap."""
    if surface in surfaces or len(surfaces) >= MAX_SURFACES:
        return surfaces
    return tuple(sorted((*surfaces, surface)))


def _added(
    affinities: Mapping[str, DecayedSum],
    keys: Iterable[str],
    weight: float,
    time_ms: int,
    config: ProfileConfig,
) -> dict[str, DecayedSum]:
    updated = dict(affinities)
    for key in keys:
        updated[key] = updated.get(key, DecayedSum()).add(weight, time_ms, config.half_life_ms)
    return updated


def _bounded(affinities: dict[str, DecayedSum], limit: int) -> dict[str, DecayedSum]:
    """At most ``limit`` keys: the weakest by magnitude go first, ties by smallest key."""
    excess = len(affinities) - limit
    if excess <= 0:
        return affinities
    weakest = sorted(affinities, key=lambda key: (affinities[key].log2_magnitude(), key))
    for key in weakest[:excess]:
        del affinities[key]
    return affinities


def _with_session(
    sessions: tuple[Session, ...], time_ms: int, last_seen_ms: int, gap_ms: int
) -> tuple[Session, ...]:
    """Sessions (sorted by start) after an event at ``time_ms``, pruned to the retention."""
    horizon = last_seen_ms - SESSION_RETENTION_MS
    # Almost every event continues the latest session and prunes nothing: skip the general
    # merge then (same result, checked by a property test against _merged_session).
    if sessions and sessions[0].end_ms >= horizon and time_ms >= horizon:
        last = sessions[-1]
        joins_last = last.start_ms - gap_ms < time_ms < last.end_ms + gap_ms
        joins_previous = len(sessions) > 1 and time_ms < sessions[-2].end_ms + gap_ms
        if joins_last and not joins_previous:
            if last.start_ms <= time_ms <= last.end_ms:
                return sessions
            extended = Session(min(time_ms, last.start_ms), max(time_ms, last.end_ms))
            return (*sessions[:-1], extended)
    return _merged_session(sessions, time_ms, horizon, gap_ms)


def _merged_session(
    sessions: tuple[Session, ...], time_ms: int, horizon: int, gap_ms: int
) -> tuple[Session, ...]:
    """The general case of :func:`_with_session`: prune, then merge every session the event
    joins into one."""
    kept = [s for s in sessions if s.end_ms >= horizon]
    if time_ms < horizon:
        return tuple(kept)
    joined = [s for s in kept if s.start_ms - gap_ms < time_ms < s.end_ms + gap_ms]
    merged = Session(
        start_ms=min([time_ms, *(s.start_ms for s in joined)]),
        end_ms=max([time_ms, *(s.end_ms for s in joined)]),
    )
    rest = [s for s in kept if s not in joined]
    starts = [s.start_ms for s in rest]
    rest.insert(bisect.bisect_left(starts, merged.start_ms), merged)
    return tuple(rest)


def affinities_at(profile: Profile, now_ms: int, config: ProfileConfig) -> dict[str, float]:
    """Decayed signed item affinities at ``now_ms`` (ranker input ``u_i``), by item id."""
    return {
        key: s.value_at(now_ms, config.half_life_ms) for key, s in profile.item_to_affinity.items()
    }


def feature_affinities_at(profile: Profile, now_ms: int, config: ProfileConfig) -> dict[str, float]:
    """Decayed signed feature affinities at ``now_ms``, by feature key (``"brand=acme"``)."""
    return {
        key: s.value_at(now_ms, config.half_life_ms)
        for key, s in profile.feature_to_affinity.items()
    }


def smoothed_ctr(profile: Profile, config: ProfileConfig) -> float:
    """Posterior mean CTR under a Beta(a, b) prior: ``(c + a) / (n + a + b)``.

    ``n = max(impressions, clicks)``: a click whose impression was not logged still counts as
    a trial, so the rate stays in (0, 1). This is the mean of Beta(a + c, b + n - c).
    """
    trials = max(profile.impressions, profile.clicks)
    alpha, beta = config.ctr_prior_alpha, config.ctr_prior_beta
    return (profile.clicks + alpha) / (trials + alpha + beta)


def sessions_within(profile: Profile, now_ms: int, window_ms: int) -> int:
    """Sessions with activity in ``(now - window, now]``: started by ``now``, ended after
    ``now - window``.

    Windows longer than 30 days are cut to the 30 days kept.
    """
    since = now_ms - window_ms
    return sum(1 for s in profile.sessions if s.end_ms > since and s.start_ms <= now_ms)


def preferred_hour(profile: Profile) -> int | None:
    """The UTC hour (0-23) with the most events, ties to the earliest; ``None`` if no events."""
    if profile.events == 0:
        return None
    best = max(profile.hour_counts)
    return profile.hour_counts.index(best)


def _top(values: Mapping[str, float], n: int) -> list[tuple[str, float]]:
    positive = [(key, value) for key, value in values.items() if value > 0]
    positive.sort(key=lambda pair: (-pair[1], pair[0]))
    return positive[:n]


def profile_summary(profile: Profile, now_ms: int, config: ProfileConfig) -> dict[str, Any]:
    """A small JSON-able summary to materialize for serving.

    Top items and features are those with the largest positive affinity at ``now_ms`` (ties by
    key), at most ``summary_top_n`` each. Holds catalog item ids and feature keys, never the
    user key, event or request ids, or event text.
    """
    n = config.summary_top_n
    return {
        "top_items": [
            {"item_id": key, "affinity": value}
            for key, value in _top(affinities_at(profile, now_ms, config), n)
        ],
        "top_features": [
            {"feature": key, "affinity": value}
            for key, value in _top(feature_affinities_at(profile, now_ms, config), n)
        ],
        "ctr": smoothed_ctr(profile, config),
        "sessions_7d": sessions_within(profile, now_ms, 7 * DAY_MS),
        "sessions_30d": sessions_within(profile, now_ms, 30 * DAY_MS),
        "preferred_hour": preferred_hour(profile),
        "last_seen_ms": profile.last_seen_ms,
        "events": profile.events,
    }
