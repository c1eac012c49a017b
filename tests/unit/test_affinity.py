"""Candidate affinities: item affinity plus the mean affinity to the item's feature values."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from processors.affinity import candidate_affinities

FEATURES = {
    "seen": {"brand": "brand=acme", "color": "color=red"},
    "same-brand": {"brand": "brand=acme", "color": "color=blue"},
    "other": {"brand": "brand=zeta", "color": "color=blue"},
}


def test_an_unseen_item_inherits_the_mean_affinity_of_its_feature_values() -> None:
    result = candidate_affinities(
        {"seen": 2.0},
        {"brand=acme": 1.0, "color=red": 1.0},
        FEATURES.get,
        ["seen", "same-brand", "other", "not-in-catalog"],
        feature_weight=0.5,
    )
    assert math.isclose(result["seen"], 2.0 + 0.5 * (1.0 + 1.0) / 2)
    assert math.isclose(result["same-brand"], 0.5 * (1.0 + 0.0) / 2)
    assert "other" not in result  # shares nothing the user reacted to
    assert "not-in-catalog" not in result


def test_a_candidate_listed_twice_is_lifted_once() -> None:
    result = candidate_affinities({}, {"brand=acme": 1.0}, FEATURES.get, ["seen", "seen"], 1.0)
    assert result == {"seen": 0.5}


def test_a_disliked_feature_value_lowers_every_item_that_has_it() -> None:
    result = candidate_affinities({}, {"brand=zeta": -2.0}, FEATURES.get, FEATURES, 1.0)
    assert result == {"other": -1.0}


affinity_maps = st.dictionaries(
    st.sampled_from(["a", "b", "c"]), st.floats(-5, 5, allow_nan=False), max_size=3
)
feature_maps = st.dictionaries(
    st.sampled_from(["f=1", "f=2", "g=1"]), st.floats(-5, 5, allow_nan=False), max_size=3
)


@given(affinity_maps, feature_maps)
def test_without_feature_weight_only_item_affinities_count(
    items: dict[str, float], features: dict[str, float]
) -> None:
    lookup = {"a": {"f": "f=1"}, "b": {"f": "f=2", "g": "g=1"}}.get
    assert candidate_affinities(items, features, lookup, "abc", 0.0) == items
    assert candidate_affinities(items, {}, lookup, "abc", 1.0) == items


@given(affinity_maps, feature_maps, st.floats(0, 3, allow_nan=False))
def test_the_feature_term_is_bounded_by_the_strongest_feature_affinity(
    items: dict[str, float], features: dict[str, float], weight: float
) -> None:
    lookup = {"a": {"f": "f=1"}, "b": {"f": "f=2", "g": "g=1"}, "c": {}}.get
    result = candidate_affinities(items, features, lookup, "abc", weight)
    strongest = max((abs(v) for v in features.values()), default=0.0)
    for item in "abc":
        extra = result.get(item, 0.0) - items.get(item, 0.0)
        assert abs(extra) <= weight * strongest + 1e-9
