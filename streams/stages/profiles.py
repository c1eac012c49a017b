"""The profile stage: admitted events in; per-user profiles, summaries and rankings out.

It runs on the partition of the user's raw events (the ``profiles`` table is co-partitioned
with ``interactions``, like ``consent``), called by the gate stage for each event it admits,
so an event is decoded once for the gate and the learning.

Each admitted event updates the user's profile (``processors.profile``). At the driver's
flush, each (user, surface) whose affinities changed, or that this worker has not ranked
lately, gets a fresh ranking: Thompson samples of the surface's bandit posteriors blended with
the user's affinities, with the exploration floor (``processors.ranking``), seeded from the
user and the offset so a replay reproduces it. Rankings carry their version (the raw offset),
so a redelivered batch never replaces a newer ranking. The surface models (counts, popular
items, theta) are read by the driver from Redis (``sinks.surface_models``) and passed in.

Each user whose profile the batch changed also gets its summary written again at the flush,
from the profile written back then, an impression that needs no new ranking included: so
the summary in Redis is the summary of the profile the table holds, wherever the flushes
fall between a user's events.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from processors.affinity import candidate_affinities
from processors.profile import (
    Profile,
    ProfileConfig,
    affinities_at,
    apply_event,
    feature_affinities_at,
    profile_summary,
)
from processors.ranking import (
    Candidates,
    RankingConfig,
    SurfaceModel,
    materialize_prepared,
    prepare_candidates,
    rng_for,
)
from sinks.writes import ProfileSummaryWrite, UserRankingWrite
from streams.stages.state import StateCache

__all__ = ["POLICY_VERSION", "ProfileLearner", "RankPlan", "Touched", "profile_key"]

POLICY_VERSION = "pbm-ts-v1"
#: How many (user, surface) pairs the stage remembers as ranked. An impression changes no
#: affinity, so only a pair's first one needs a ranking; a forgotten pair is simply ranked
#: again on its next impression. Bounds the memory this costs (~200 bytes a pair).
RANKED_MEMORY = 100_000
#: How often (seconds) users deferred for an empty surface are looked at again: a surface's
#: model cannot change faster than the driver refreshes it.
RETRY_EVERY_S = 1.0
#: Most deferred users ranked per retry round, so a surface that warms up with many users
#: waiting does not stall the flush (~200 µs a ranking).
RETRIES_PER_ROUND = 500

FeatureLookup = Callable[[str, str], Mapping[str, str] | None]
Target = tuple[str, str, str]  # tenant, user key, surface


@dataclass(frozen=True, slots=True)
class Touched:
    """A (user, surface) that an event touched, as of raw ``offset``: the user's summary is
    written again, and the ranking recomputed unless ``rerank`` is false."""

    tenant: str
    user_key: str
    surface: str
    offset: int
    rerank: bool = True
    """False for an impression of a pair already ranked: it changes no affinity, so the
    ranking stands, but it changes the profile's counts, which the summary shows."""


@dataclass
class RankPlan:
    """Who a flush ranks, and which surfaces' models the driver must load for it."""

    targets: dict[Target, Touched] = field(default_factory=dict)
    retried: set[Target] = field(default_factory=set)
    surfaces: set[tuple[str, str]] = field(default_factory=set)
    summaries: set[tuple[str, str]] = field(default_factory=set)
    """(tenant, user key) of every user an event of the batch touched: their summaries."""


def profile_key(tenant: str, user_key: str) -> bytes:
    """The profile table's key."""
    return f"{tenant}/{user_key}".encode()


class ProfileLearner:
    """Applies admitted events to profiles and plans and computes rankings."""

    def __init__(
        self,
        profiles: StateCache[Profile],
        features: FeatureLookup,
        *,
        profile_config: ProfileConfig,
        ranking_config: RankingConfig,
    ) -> None:
        self._profiles = profiles
        self._features = features
        self._config = profile_config
        self._ranking_config = ranking_config
        # Users touched while their surface had nothing to rank yet: retried once per
        # RETRY_EVERY_S until it has, else they would wait for their next engagement.
        self._deferred: dict[Target, Touched] = {}
        self._retry_at = 0.0
        self._ranked: OrderedDict[Target, None] = OrderedDict()
        # Per surface: the model last ranked with and its user-independent ranking data, so
        # posteriors are computed once per model refresh, not once per ranked user.
        self._prepared: dict[tuple[str, str], tuple[SurfaceModel, Candidates]] = {}

    def apply(self, clean: Mapping[str, Any], partition: int, offset: int) -> Touched | None:
        """Update the user's profile with one clean event; say whether to re-rank the user.

        ``partition`` and ``offset`` are the raw interaction's: the profile's changelog
        partition and the ranking's version.
        """
        tenant = clean["tenant"]
        key = profile_key(tenant, clean["user_key"])
        profile = self._profiles.get(key) or Profile()
        updated = apply_event(
            profile, clean, self._features(tenant, clean["item_id"]), self._config
        )
        if updated is not None:
            self._profiles.put(key, updated, partition)
        target = (tenant, clean["user_key"], clean["surface"])
        if clean["kind"] == "IMPRESSION" and target in self._ranked:
            self._ranked.move_to_end(target)
            # The summary must still follow the profile, whichever flush the impression
            # falls into: nothing else would write it again.
            return None if updated is None else Touched(*target, offset, rerank=False)
        self._ranked[target] = None
        if len(self._ranked) > RANKED_MEMORY:
            self._ranked.popitem(last=False)
        return Touched(*target, offset)

    def retry_due(self, now_s: float) -> bool:
        """True when users wait for their surface to have something to rank, and it is time
        to look again (``now_s`` is the driver's monotonic clock)."""
        return bool(self._deferred) and now_s >= self._retry_at

    def erase(self, tenant: str, user_key: str, partition: int) -> None:
        """Forget the user's profile (table, changelog tombstone and unflushed updates)."""
        self._profiles.delete(profile_key(tenant, user_key), partition)
        for deferred in [t for t in self._deferred if t[:2] == (tenant, user_key)]:
            del self._deferred[deferred]
        for surface_target in [t for t in self._ranked if t[:2] == (tenant, user_key)]:
            del self._ranked[surface_target]

    def plan(self, batch: Sequence[Touched], now_s: float) -> RankPlan:
        """Who to rank at this flush: the batch's users, plus deferred ones if a retry is due."""
        plan = RankPlan()
        if self.retry_due(now_s):
            self._retry_at = now_s + RETRY_EVERY_S
            plan.retried = set(self._deferred)
            plan.targets.update(self._deferred)
            self._deferred = {}
        for touched in batch:
            plan.summaries.add((touched.tenant, touched.user_key))
            if not touched.rerank:
                continue
            target = (touched.tenant, touched.user_key, touched.surface)
            plan.targets[target] = touched
            plan.retried.discard(target)
        plan.surfaces = {(t.tenant, t.surface) for t in plan.targets.values()}
        return plan

    def rank(
        self,
        plan: RankPlan,
        changed: Mapping[bytes, Profile],
        models: Mapping[tuple[str, str], SurfaceModel],
    ) -> list[UserRankingWrite | ProfileSummaryWrite]:
        """Rankings for the plan's targets, given their surfaces' models, and the summary of
        every user the batch touched (ranked, deferred or not re-ranked at all).

        ``changed`` holds the profiles written back at this flush. A user whose surface has
        nothing to rank yet is deferred; at most :data:`RETRIES_PER_ROUND` deferred users are
        ranked per round, the rest wait for the next.
        """
        writes: list[UserRankingWrite | ProfileSummaryWrite] = []
        retried_ranked = 0
        for target, touched in plan.targets.items():
            retried = target in plan.retried
            model = models[(touched.tenant, touched.surface)]
            ready = bool(model.bandit.item_ids or model.popular)
            if not ready or (retried and retried_ranked >= RETRIES_PER_ROUND):
                if len(self._deferred) < RANKED_MEMORY:
                    self._deferred[target] = touched
                continue
            key = profile_key(touched.tenant, touched.user_key)
            profile = changed.get(key) or self._profiles.get(key)
            if profile is None:
                continue  # erased since
            retried_ranked += retried
            writes.append(self._ranking(touched, profile, model))
        for tenant, user_key in sorted(plan.summaries):
            self._summary(writes, tenant, user_key, changed)
        return writes

    def rerank(
        self, targets: Sequence[Touched], models: Mapping[tuple[str, str], SurfaceModel]
    ) -> list[UserRankingWrite]:
        """Rankings for (user, surface) pairs whose ranking Redis lost (a rebuild).

        A pair whose surface has nothing to rank yet waits with the deferred users and is
        ranked by a later flush, as a live one would be.
        """
        writes: list[UserRankingWrite] = []
        for touched in targets:
            model = models[(touched.tenant, touched.surface)]
            if not (model.bandit.item_ids or model.popular):
                if len(self._deferred) < RANKED_MEMORY:
                    self._deferred[(touched.tenant, touched.user_key, touched.surface)] = touched
                continue
            profile = self._profiles.get(profile_key(touched.tenant, touched.user_key))
            if profile is not None:
                writes.append(self._ranking(touched, profile, model))
        return writes

    def _summary(
        self,
        writes: list[UserRankingWrite | ProfileSummaryWrite],
        tenant: str,
        user_key: str,
        changed: Mapping[bytes, Profile],
    ) -> None:
        key = profile_key(tenant, user_key)
        profile = changed.get(key) or self._profiles.get(key)
        if profile is None:
            return  # erased since
        summary = profile_summary(profile, profile.last_seen_ms, self._config)
        writes.append(ProfileSummaryWrite(tenant, user_key, json.dumps(summary, sort_keys=True)))

    def _candidates(self, surface: tuple[str, str], model: SurfaceModel) -> Candidates:
        cached = self._prepared.get(surface)
        if cached is not None and cached[0] is model:
            return cached[1]
        candidates = prepare_candidates(
            model.bandit, model.theta, model.popular, self._ranking_config
        )
        self._prepared[surface] = (model, candidates)
        return candidates

    def _ranking(self, touched: Touched, profile: Profile, model: SurfaceModel) -> UserRankingWrite:
        now = profile.last_seen_ms
        candidates = self._candidates((touched.tenant, touched.surface), model)
        affinities = candidate_affinities(
            affinities_at(profile, now, self._config),
            feature_affinities_at(profile, now, self._config),
            lambda item: self._features(touched.tenant, item),
            candidates.items,
            self._ranking_config.feature_weight,
        )
        ranking = materialize_prepared(
            candidates,
            affinities,
            self._ranking_config,
            rng_for(f"{touched.tenant}/{touched.user_key}/{touched.surface}", touched.offset),
        )
        return UserRankingWrite(
            touched.tenant,
            touched.user_key,
            touched.surface,
            ranking,
            POLICY_VERSION,
            touched.offset,
        )
