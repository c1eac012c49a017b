"""The profile processor: decay math, counters, CTR, sessions, bounds, exactly-once, Avro."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from processors.catalog import CatalogState, apply_catalog, feature_values
from processors.popularity import NO_SCORE
from processors.profile import (
    DAY_MS,
    HOUR_MS,
    DecayedSum,
    Profile,
    ProfileConfig,
    Session,
    affinities_at,
    apply_event,
    event_weight,
    feature_affinities_at,
    preferred_hour,
    profile_summary,
    sessions_within,
    smoothed_ctr,
)
from schemas.errors import ConfigError
from schemas.state import decode_state, encode_state
from tests import factories
from tests.factories import EVENT_TIME_MS

CONFIG = ProfileConfig(half_life_ms=float(DAY_MS))
GAP_MS = CONFIG.session_gap_ms
KINDS = ("IMPRESSION", "CLICK", "ACCEPT", "REJECT", "DWELL", "RATING")


def event(
    kind: str = "CLICK",
    item_id: str = "item-1",
    time_ms: int = EVENT_TIME_MS,
    partition: int = 0,
    offset: int = 0,
    **overrides: Any,
) -> dict[str, Any]:
    """A CleanEvent; DWELL and RATING get a dwell time and rating unless given."""
    if kind == "DWELL":
        overrides.setdefault("dwell_ms", 30_000)
    if kind == "RATING":
        overrides.setdefault("rating", 4.0)
    return factories.clean_event(
        kind=kind,
        item_id=item_id,
        event_time=time_ms,
        source={"topic": "interactions", "partition": partition, "offset": offset},
        **overrides,
    )


def apply_all(
    events: list[dict[str, Any]],
    profile: Profile | None = None,
    config: ProfileConfig = CONFIG,
    features: dict[str, dict[str, str]] | None = None,
) -> Profile:
    state = profile or Profile()
    for item in events:
        updated = apply_event(state, item, (features or {}).get(item["item_id"]), config)
        assert updated is not None
        state = updated
    return state


def sequenced(specs: list[tuple[str, str, int, int]]) -> list[dict[str, Any]]:
    """Events from (kind, item, time, partition), with increasing offsets per partition."""
    next_offset: dict[int, int] = {}
    events = []
    for kind, item_id, time_ms, partition in specs:
        offset = next_offset.get(partition, 0)
        next_offset[partition] = offset + 1
        events.append(event(kind, item_id, time_ms, partition, offset))
    return events


event_spec = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from(["item-1", "item-2", "item-3", "item-4"]),
    st.integers(min_value=EVENT_TIME_MS, max_value=EVENT_TIME_MS + 20 * DAY_MS),
    st.integers(min_value=0, max_value=3),
)


# --- decay math -----------------------------------------------------------------------------


def test_one_half_life_halves_the_affinity() -> None:
    profile = apply_all([event("ACCEPT")])
    assert math.isclose(affinities_at(profile, EVENT_TIME_MS, CONFIG)["item-1"], 3.0)
    later = affinities_at(profile, EVENT_TIME_MS + DAY_MS, CONFIG)["item-1"]
    assert math.isclose(later, 1.5)


def test_affinities_match_direct_formula_with_negative_weights() -> None:
    specs = [
        ("CLICK", "item-1", EVENT_TIME_MS, 0),
        ("ACCEPT", "item-1", EVENT_TIME_MS + 3 * HOUR_MS, 1),
        ("REJECT", "item-1", EVENT_TIME_MS + 9 * HOUR_MS, 0),
        ("REJECT", "item-2", EVENT_TIME_MS + 2 * DAY_MS, 0),
        ("DWELL", "item-2", EVENT_TIME_MS + HOUR_MS, 2),
        ("RATING", "item-3", EVENT_TIME_MS + 5 * HOUR_MS, 2),
    ]
    events = sequenced(specs)
    profile = apply_all(events)
    now = EVENT_TIME_MS + 3 * DAY_MS
    expected: dict[str, float] = {}
    for item in events:
        weight = event_weight(item, CONFIG)
        decay = 2.0 ** (-(now - item["event_time"]) / CONFIG.half_life_ms)
        expected[item["item_id"]] = expected.get(item["item_id"], 0.0) + weight * decay
    actual = affinities_at(profile, now, CONFIG)
    assert actual.keys() == expected.keys()
    for key, value in expected.items():
        assert math.isclose(actual[key], value, rel_tol=1e-9, abs_tol=1e-12)
    assert actual["item-2"] < 0  # a recent reject outweighs an older dwell


def test_kind_weights() -> None:
    assert event_weight(event("CLICK"), CONFIG) == 1.0
    assert event_weight(event("ACCEPT"), CONFIG) == 3.0
    assert event_weight(event("REJECT"), CONFIG) < 0
    assert event_weight(event("IMPRESSION"), CONFIG) == 0.0
    assert event_weight(event("DWELL", dwell_ms=30_000), CONFIG) == pytest.approx(1.0)
    # Dwell saturates at the cap.
    assert event_weight(event("DWELL", dwell_ms=10**9), CONFIG) == pytest.approx(2.0)
    # Ratings are centred on the midpoint of [1, 5] and clamped to the scale.
    assert event_weight(event("RATING", rating=3.0), CONFIG) == 0.0
    assert event_weight(event("RATING", rating=1.0), CONFIG) == pytest.approx(-2.0)
    assert event_weight(event("RATING", rating=5.0), CONFIG) == pytest.approx(2.0)
    assert event_weight(event("RATING", rating=99.0), CONFIG) == pytest.approx(2.0)


def test_zero_weight_events_leave_affinities_alone() -> None:
    profile = apply_all([event("IMPRESSION"), event("RATING", offset=1, rating=3.0)])
    assert profile.item_to_affinity == {}
    assert profile.events == 2


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=-50, max_value=50),
    st.floats(min_value=-50, max_value=50),
)
def test_log2_magnitude_matches_direct_formula(p: float, n: float) -> None:
    magnitude = DecayedSum(p, n).log2_magnitude()
    if p == n:
        assert magnitude == NO_SCORE
    elif abs(p - n) > 1e-6:  # closer sums cancel beyond what the direct formula resolves
        assert math.isclose(2.0**magnitude, abs(2.0**p - 2.0**n), rel_tol=1e-6)
    assert DecayedSum(p, NO_SCORE).log2_magnitude() == p


def test_feature_affinities_follow_catalog_features() -> None:
    catalog = apply_catalog(CatalogState(), factories.catalog_item())
    catalog = apply_catalog(
        catalog, factories.catalog_item(item_id="item-2", categorical_features={"brand": "acme"})
    )
    features = {item: feature_values(catalog, item) for item in ("item-1", "item-2")}
    events = sequenced(
        [("CLICK", "item-1", EVENT_TIME_MS, 0), ("ACCEPT", "item-2", EVENT_TIME_MS, 0)]
    )
    profile = apply_all(events, features=features)
    values = feature_affinities_at(profile, EVENT_TIME_MS, CONFIG)
    assert values == pytest.approx({"brand=acme": 4.0, "category=shoes": 1.0})


# --- counters, CTR, hours, sessions ---------------------------------------------------------


def test_counters() -> None:
    specs = [
        ("IMPRESSION", "item-1", EVENT_TIME_MS, 0),
        ("IMPRESSION", "item-2", EVENT_TIME_MS, 0),
        ("CLICK", "item-1", EVENT_TIME_MS, 0),
        ("ACCEPT", "item-1", EVENT_TIME_MS, 0),
        ("REJECT", "item-2", EVENT_TIME_MS, 0),
        ("RATING", "item-1", EVENT_TIME_MS, 0),
    ]
    events = sequenced(specs)
    events.append(event("DWELL", time_ms=EVENT_TIME_MS, partition=1, offset=0, dwell_ms=1200))
    events.append(event("DWELL", time_ms=EVENT_TIME_MS, partition=1, offset=1, dwell_ms=800))
    profile = apply_all(events)
    assert (profile.impressions, profile.clicks, profile.accepts, profile.rejects) == (2, 1, 1, 1)
    assert (profile.dwells, profile.dwell_total_ms, profile.ratings) == (2, 2000, 1)
    assert profile.events == len(events)
    assert profile.last_seen_ms == EVENT_TIME_MS


@pytest.mark.parametrize(("impressions", "clicks"), [(0, 0), (20, 1), (100, 10), (3, 7)])
def test_ctr_is_the_beta_posterior_mean(impressions: int, clicks: int) -> None:
    profile = Profile(impressions=impressions, clicks=clicks)
    trials = max(impressions, clicks)
    a, b = CONFIG.ctr_prior_alpha, CONFIG.ctr_prior_beta
    expected = stats.beta(a + clicks, b + trials - clicks).mean()
    assert math.isclose(smoothed_ctr(profile, CONFIG), expected, rel_tol=1e-12)
    assert 0.0 < smoothed_ctr(profile, CONFIG) < 1.0


def test_ctr_prior_mean_is_five_percent() -> None:
    assert smoothed_ctr(Profile(), CONFIG) == pytest.approx(0.05)


def test_hour_histogram_uses_utc_hour_of_event_time() -> None:
    day = 1_699_920_000_000  # 2023-11-14T00:00:00Z
    specs = [
        ("CLICK", "item-1", day + 7 * HOUR_MS + 59 * 60_000, 0),
        ("CLICK", "item-1", day + 7 * HOUR_MS, 0),
        ("CLICK", "item-1", day + 23 * HOUR_MS, 0),
        ("CLICK", "item-1", day - 1, 0),  # 23:59:59.999 the day before
    ]
    profile = apply_all(sequenced(specs))
    assert profile.hour_counts[7] == 2
    assert profile.hour_counts[23] == 2
    assert sum(profile.hour_counts) == 4
    assert preferred_hour(profile) == 7  # ties go to the earliest hour
    assert preferred_hour(Profile()) is None


def test_sessions_split_on_thirty_minutes_of_inactivity() -> None:
    t0 = EVENT_TIME_MS
    times = [t0, t0 + GAP_MS - 1, t0 + 2 * GAP_MS - 2, t0 + 3 * GAP_MS - 2, t0 + 40 * DAY_MS]
    profile = apply_all(sequenced([("CLICK", "item-1", t, 0) for t in times]))
    # The first three chain (gaps under 30 min); the fourth, exactly 30 min after the third,
    # starts a new session; the 40-day-old sessions are dropped once the last event is more
    # than 30 days later.
    assert profile.sessions == (Session(t0 + 40 * DAY_MS, t0 + 40 * DAY_MS),)
    before = apply_all(sequenced([("CLICK", "item-1", t, 0) for t in times[:4]]))
    assert before.sessions == (Session(t0, times[2]), Session(times[3], times[3]))


def test_sessions_over_seven_and_thirty_days() -> None:
    now = EVENT_TIME_MS + 60 * DAY_MS
    days_ago = [1, 2, 6, 8, 15, 29, 31, 45]
    specs = [("CLICK", "item-1", now - d * DAY_MS, 0) for d in sorted(days_ago, reverse=True)]
    profile = apply_all(sequenced(specs))
    assert sessions_within(profile, now, 7 * DAY_MS) == 3
    assert sessions_within(profile, now, 30 * DAY_MS) == 6
    summary = profile_summary(profile, now, CONFIG)
    assert (summary["sessions_7d"], summary["sessions_30d"]) == (3, 6)
    # Retention counts from the last event (1 day ago): 31 days ago is kept, 45 is pruned.
    assert len(profile.sessions) == 7


def _batch_sessions(times: list[int]) -> list[tuple[int, int]]:
    """Oracle: single-linkage clusters of sorted event times with gaps under the session gap."""
    sessions: list[list[int]] = []
    for t in sorted(times):
        if sessions and t - sessions[-1][1] < GAP_MS:
            sessions[-1][1] = t
        else:
            sessions.append([t, t])
    return [(s, e) for s, e in sessions]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=10 * GAP_MS), min_size=1, max_size=30),
    st.randoms(use_true_random=False),
)
def test_sessions_match_batch_clustering_in_any_order(offsets: list[int], rng: Any) -> None:
    times = [EVENT_TIME_MS + o for o in offsets]
    rng.shuffle(times)
    profile = apply_all([event(time_ms=t, partition=i) for i, t in enumerate(times)])
    assert [(s.start_ms, s.end_ms) for s in profile.sessions] == _batch_sessions(times)


# --- bounds and eviction --------------------------------------------------------------------


def test_bounded_items_evict_the_weakest_magnitude_with_ties_by_key() -> None:
    config = ProfileConfig(half_life_ms=float(DAY_MS), max_items=3, max_features=2)
    t = EVENT_TIME_MS
    specs = [
        ("ACCEPT", "item-a", t, 0),  # 3
        ("REJECT", "item-b", t, 0),  # -2: strong dislike, kept
        ("CLICK", "item-d", t, 0),  # 1
        ("CLICK", "item-c", t, 0),  # 1: ties with item-d; item-c is evicted (smaller key)
    ]
    profile = apply_all(sequenced(specs), config=config)
    assert sorted(profile.item_to_affinity) == ["item-a", "item-b", "item-d"]
    # A newer, weaker click decays less but is still weaker than an old accept: time does
    # not change the order of magnitudes, a later equal-weight event is stronger.
    newer = apply_event(profile, event("CLICK", "item-e", t + DAY_MS, 1, 0), None, config)
    assert newer is not None
    assert sorted(newer.item_to_affinity) == ["item-a", "item-b", "item-e"]


def test_bounded_features() -> None:
    config = ProfileConfig(max_features=2)
    features = {"item-1": {"brand": "brand=acme", "color": "color=red", "size": "size=9"}}
    profile = apply_all([event("CLICK")], config=config, features=features)
    # All three tie; the two largest keys are kept.
    assert sorted(profile.feature_to_affinity) == ["color=red", "size=9"]


@settings(max_examples=100, deadline=None)
@given(st.lists(event_spec, min_size=1, max_size=60))
def test_state_stays_within_bounds(specs: list[tuple[str, str, int, int]]) -> None:
    config = ProfileConfig(max_items=2, max_features=3)
    features = {
        f"item-{i}": {"brand": f"brand=b{i}", "shape": f"shape=s{i % 2}"} for i in range(1, 5)
    }
    profile = apply_all(sequenced(specs), config=config, features=features)
    assert len(profile.item_to_affinity) <= 2
    assert len(profile.feature_to_affinity) <= 3
    assert len(profile.hour_counts) == 24
    assert sum(profile.hour_counts) == profile.events == len(specs)


# --- exactly once, replay, order --------------------------------------------------------------


def test_redelivered_offset_is_skipped() -> None:
    profile = apply_all([event("CLICK", partition=3, offset=10)])
    for offset in (10, 9, 0):
        assert (
            apply_event(profile, event("CLICK", partition=3, offset=offset), None, CONFIG) is None
        )
    other = apply_event(profile, event("CLICK", partition=2, offset=0), None, CONFIG)
    assert other is not None
    assert other.clicks == 2


@settings(max_examples=100, deadline=None)
@given(st.lists(event_spec, min_size=1, max_size=40))
def test_replaying_gives_the_same_state_and_redelivery_changes_nothing(
    specs: list[tuple[str, str, int, int]],
) -> None:
    config = ProfileConfig(max_items=2)
    events = sequenced(specs)
    once = apply_all(events, config=config)
    assert apply_all(events, config=config) == once
    assert all(apply_event(once, item, None, config) is None for item in events)


@settings(max_examples=100, deadline=None)
@given(st.lists(event_spec, min_size=1, max_size=30), st.randoms(use_true_random=False))
def test_affinities_and_counters_do_not_depend_on_arrival_order(
    specs: list[tuple[str, str, int, int]], rng: Any
) -> None:
    # Each event comes from its own source partition, so any arrival order is a valid one.
    events = [event(kind, item, t, partition=i) for i, (kind, item, t, _p) in enumerate(specs)]
    features = {"item-1": {"brand": "brand=acme"}, "item-2": {"brand": "brand=acme"}}
    first = apply_all(events, features=features)
    shuffled = list(events)
    rng.shuffle(shuffled)
    second = apply_all(shuffled, features=features)
    now = EVENT_TIME_MS + 21 * DAY_MS
    for values in (affinities_at, feature_affinities_at):
        a, b = values(first, now, CONFIG), values(second, now, CONFIG)
        assert a.keys() == b.keys()
        for key in a:
            assert math.isclose(a[key], b[key], rel_tol=1e-9, abs_tol=1e-9)
    assert first.to_record()["hour_counts"] == second.to_record()["hour_counts"]
    assert (first.clicks, first.dwell_total_ms, first.sessions, first.last_seen_ms) == (
        second.clicks,
        second.dwell_total_ms,
        second.sessions,
        second.last_seen_ms,
    )


# --- records, summary, privacy ----------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(st.lists(event_spec, min_size=0, max_size=30))
def test_state_round_trips_through_avro(specs: list[tuple[str, str, int, int]]) -> None:
    features = {"item-1": {"brand": "brand=acme"}}
    profile = apply_all(sequenced(specs), features=features)
    encoded = encode_state("ProfileState", profile.to_record())
    assert Profile.from_record(decode_state("ProfileState", encoded)) == profile


def test_empty_profile_round_trips_through_avro() -> None:
    profile = Profile()
    encoded = encode_state("ProfileState", profile.to_record())
    assert Profile.from_record(decode_state("ProfileState", encoded)) == profile


def test_one_sided_sums_round_trip_minus_infinity() -> None:
    profile = apply_all([event("REJECT")])
    restored = Profile.from_record(
        decode_state("ProfileState", encode_state("ProfileState", profile.to_record()))
    )
    assert restored.item_to_affinity["item-1"].log2_positive == NO_SCORE


def test_defaults_are_not_shared() -> None:
    a, b = Profile(), Profile()
    assert a.item_to_affinity is not b.item_to_affinity
    assert a.feature_to_affinity is not b.feature_to_affinity
    assert a.partition_to_offset is not b.partition_to_offset


def test_summary_is_small_json_and_holds_no_raw_ids_or_text() -> None:
    secret = {
        "event_id": "secret-event",
        "user_key": "u_secretsecret",
        "request_id": "secret-request",
        "context": {"query": "my secret text", "device": "secret-device"},
    }
    specs = [
        ("IMPRESSION", "item-1", EVENT_TIME_MS, 0),
        ("CLICK", "item-1", EVENT_TIME_MS + 60_000, 0),
        ("ACCEPT", "item-2", EVENT_TIME_MS + 120_000, 0),
        ("REJECT", "item-3", EVENT_TIME_MS + 180_000, 0),
    ]
    events = [{**item, **secret} for item in sequenced(specs)]
    features = {"item-2": {"brand": "brand=acme"}}
    profile = apply_all(events, features=features)
    now = EVENT_TIME_MS + HOUR_MS
    summary = profile_summary(profile, now, CONFIG)
    text = json.dumps(summary, allow_nan=False)
    assert "secret" not in text
    assert "secret" not in json.dumps(profile.to_record())
    assert b"secret" not in encode_state("ProfileState", profile.to_record())
    assert [entry["item_id"] for entry in summary["top_items"]] == ["item-2", "item-1"]
    assert [entry["feature"] for entry in summary["top_features"]] == ["brand=acme"]
    assert summary["ctr"] == pytest.approx(2 / 21)
    assert summary["last_seen_ms"] == EVENT_TIME_MS + 180_000
    assert summary["preferred_hour"] == 22  # 2023-11-14T22:13:20Z
    assert summary["sessions_7d"] == summary["sessions_30d"] == 1


def test_summary_lists_at_most_top_n() -> None:
    config = ProfileConfig(summary_top_n=2)
    events = sequenced([("CLICK", f"item-{i}", EVENT_TIME_MS + i, 0) for i in range(5)])
    summary = profile_summary(apply_all(events, config=config), EVENT_TIME_MS, config)
    assert [entry["item_id"] for entry in summary["top_items"]] == ["item-4", "item-3"]


@pytest.mark.parametrize(
    "overrides",
    [
        {"half_life_ms": 0.0},
        {"half_life_ms": math.inf},
        {"click_weight": math.nan},
        {"dwell_cap_ms": 0},
        {"session_gap_ms": -1},
        {"rating_min": 5.0, "rating_max": 5.0},
        {"ctr_prior_alpha": 0.0},
        {"max_items": 0},
        {"max_features": 0},
        {"summary_top_n": -1},
    ],
)
def test_config_is_validated(overrides: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        ProfileConfig(**overrides)


def test_config_rejects_unknown_keys_and_is_frozen() -> None:
    unknown: dict[str, Any] = {"half_life": 1.0}
    with pytest.raises(TypeError):
        ProfileConfig(**unknown)
    with pytest.raises(AttributeError):
        CONFIG.max_items = 5  # type: ignore[misc]  # the point: it is frozen
