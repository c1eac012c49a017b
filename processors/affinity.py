"""A user's affinity to each candidate item: to the item itself, plus to its feature values.

The profile learns decayed affinities per item and per categorical feature value
(``"brand=acme"``, see :mod:`processors.profile`). Item affinities only exist for items the
user engaged with; feature affinities generalize to items the user never saw, through the
values they share with the ones the user did engage with. The ranker's affinity term is

    u_i = item_affinity(i) + feature_weight * mean(feature_affinity(f) for f in features(i))

The mean, not the sum, so an item with many catalog features is not favoured for having
them; values the user has no affinity to count as 0 in the mean, so one liked feature of an
item with many unknown ones counts less than one that defines the item. Items the catalog does
not describe get their item affinity only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

__all__ = ["candidate_affinities"]

#: A candidate's categorical features as profile feature keys, by name; None when unknown.
FeatureLookup = Callable[[str], Mapping[str, str] | None]


def candidate_affinities(
    item_affinity: Mapping[str, float],
    feature_affinity: Mapping[str, float],
    features_of: FeatureLookup,
    candidates: Iterable[str],
    feature_weight: float,
) -> dict[str, float]:
    """``u_i`` (module doc) for every candidate whose value is not 0, by item id."""
    if not feature_affinity or feature_weight == 0.0:
        return dict(item_affinity)
    blended = dict(item_affinity)
    for item in dict.fromkeys(candidates):  # a candidate may be listed twice (bandit, popular)
        features = features_of(item)
        if not features:
            continue
        liked = sum(feature_affinity.get(key, 0.0) for key in features.values())
        if liked != 0.0:
            blended[item] = blended.get(item, 0.0) + feature_weight * liked / len(features)
    return blended
