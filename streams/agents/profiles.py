"""The profile stage: admitted events in; per-user profiles and rankings out (table and Redis).

It runs inside the gate agent, on the event the gate has just admitted, not as an agent of
its own on ``events.clean``: a second agent cost every interaction another pass through
Faust's per-record machinery (~70 µs) plus decoding the clean event again, which was most of
the learning path's cost. The ``profiles`` table is therefore co-partitioned with
``interactions`` (a profile is kept on the partition of its user's raw events, like the
``consent`` table), and the consent agent erases profiles directly.

Each admitted event updates the user's profile (``processors.profile``). Updated profiles are
held decoded until the gate's flush, which encodes each one once and writes it to the table
(and its changelog) however many events it took. At that flush, each (user, surface) whose
affinities changed in the batch, or that this worker has not ranked lately, gets a fresh
ranking: Thompson samples of the surface's bandit posteriors blended with the user's
affinities, with the exploration floor (``processors.ranking``), seeded from the user and the
offset so a replay reproduces it. Rankings carry their version (the raw offset), so a
redelivered batch never replaces a newer ranking.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from redis.exceptions import RedisError

from processors.affinity import candidate_affinities
from processors.errors import SinkError
from processors.profile import (
    Profile,
    ProfileConfig,
    affinities_at,
    apply_event,
    feature_affinities_at,
    profile_summary,
)
from processors.ranking import RankingConfig, materialize, rng_for
from sinks.keys import KeyLayout
from sinks.user_rankings import UserRankingSink, UserRankingWrite
from streams.item_features import ItemFeatureCache
from streams.pipeline import Pipeline
from streams.state_cache import StateCache
from streams.surface_models import SurfaceModels

STATE_SCHEMA = "ProfileState"
POLICY_VERSION = "pbm-ts-v1"
#: How many (user, surface) pairs the stage remembers as ranked. An impression changes no
#: affinity, so only a pair's first one needs a ranking; a forgotten pair is simply ranked
#: again on its next impression. Bounds the memory this costs (~200 bytes a pair).
RANKED_MEMORY = 100_000
#: How stale a worker's copy of a surface's counts and popular items may get (seconds).
MODEL_REFRESH_S = 1.0
#: Most deferred users ranked per retry round (one round per ``MODEL_REFRESH_S``).
RETRIES_PER_ROUND = 500
#: How stale a worker's copy of a tenant's item features may get (``streams.item_features``).
FEATURES_REFRESH_S = 5.0


@dataclass(frozen=True, slots=True)
class Touched:
    """A (user, surface) whose ranking must be recomputed, as of raw ``offset``."""

    tenant: str
    user_key: str
    surface: str
    offset: int


def profile_key(tenant: str, user_key: str) -> bytes:
    """The profile table's key."""
    return f"{tenant}/{user_key}".encode()


class ProfileStage:
    """Applies admitted events to profiles; :meth:`flush` persists them and ranks users."""

    def __init__(self, pipeline: Pipeline) -> None:
        settings = pipeline.settings
        self._pipeline = pipeline
        self._keys = KeyLayout(settings.redis_prefix)
        self._config = ProfileConfig()
        self._ranking_config = RankingConfig(k=settings.top_k)
        # theta is estimated online from each surface's counts; the setting is the fallback
        # while the counts cannot identify it (streams.surface_models, processors.examination).
        configured_theta = tuple(float(x) for x in settings.examination.split(","))
        self._models = SurfaceModels(
            pipeline.redis,
            self._keys,
            positions=len(configured_theta),
            refresh_s=MODEL_REFRESH_S,
            fallback_theta=configured_theta,
        )
        self._rankings = UserRankingSink(pipeline.redis, self._keys, ttl_s=settings.ranking_ttl_s)
        self._features = ItemFeatureCache(pipeline.redis, self._keys, refresh_s=FEATURES_REFRESH_S)
        self._profiles = StateCache(
            pipeline.profile_table, STATE_SCHEMA, Profile.from_record, Profile.to_record
        )
        # Users touched while their surface had nothing to rank yet (no counts, no popular
        # items): retried once per model refresh until it has (``_due_retries``), else they
        # would wait for their next engagement. Bounded like the ranked memory.
        self._deferred: dict[tuple[str, str, str], Touched] = {}
        self._retry_at = 0.0
        self._ranked: OrderedDict[tuple[str, str, str], None] = OrderedDict()

    def apply(self, clean: Mapping[str, Any], partition: int, offset: int) -> Touched | None:
        """Update the user's profile with one clean event; say whether to re-rank the user.

        ``partition`` and ``offset`` are the raw interaction's: the profile's changelog
        partition and the ranking's version.
        """
        tenant = clean["tenant"]
        key = profile_key(tenant, clean["user_key"])
        profile = self._profiles.get(key) or Profile()
        features = self._features.lookup(tenant, clean["item_id"])
        updated = apply_event(profile, clean, features, self._config)
        if updated is not None:
            self._profiles.put(key, updated, partition)
        target = (tenant, clean["user_key"], clean["surface"])
        if clean["kind"] == "IMPRESSION" and target in self._ranked:
            self._ranked.move_to_end(target)
            return None
        self._ranked[target] = None
        if len(self._ranked) > RANKED_MEMORY:
            self._ranked.popitem(last=False)
        return Touched(*target, offset)

    @property
    def retry_due(self) -> bool:
        """True when users wait for their surface to have something to rank, and it is time
        to look again (once per model refresh: the surface cannot change more often)."""
        return bool(self._deferred) and time.monotonic() >= self._retry_at

    def erase(self, tenant: str, user_key: str, partition: int) -> None:
        """Forget the user's profile (table, changelog tombstone and unflushed updates)."""
        self._profiles.delete(profile_key(tenant, user_key), partition)
        for deferred in [t for t in self._deferred if t[:2] == (tenant, user_key)]:
            del self._deferred[deferred]
        for surface_target in [t for t in self._ranked if t[:2] == (tenant, user_key)]:
            del self._ranked[surface_target]

    async def flush(self, batch: Sequence[Touched]) -> int:
        """Persist updated profiles, then rank the touched users into Redis.

        The caller confirms the table's changelog records (``TopicOutput.flush``) before it
        acks the batch's events. Returns how many rankings were written.
        """
        changed = self._profiles.write_back()  # before the first await (StateCache)
        retried = await self._due_retries()
        latest = dict(retried)
        for touched in batch:
            latest[(touched.tenant, touched.user_key, touched.surface)] = touched
        writes: list[UserRankingWrite] = []
        summaries: dict[str, str] = {}
        for touched in latest.values():
            key = profile_key(touched.tenant, touched.user_key)
            profile = changed.get(key) or self._profiles.get(key)
            if profile is None:
                continue  # erased since
            write = await self._rank(touched, profile)
            if write is not None:
                writes.append(write)
            elif len(self._deferred) < RANKED_MEMORY:
                self._deferred[(touched.tenant, touched.user_key, touched.surface)] = touched
            if retried.get((touched.tenant, touched.user_key, touched.surface)) is touched:
                continue  # its profile has not changed since its summary was written
            summaries[self._keys.profile(touched.tenant, touched.user_key)] = json.dumps(
                profile_summary(profile, profile.last_seen_ms, self._config), sort_keys=True
            )
        await self._write_summaries(summaries)
        written = await self._rankings.write(writes)
        await self._features.refresh()
        return written

    async def _due_retries(self) -> dict[tuple[str, str, str], Touched]:
        """The deferred users whose surface now has something to rank (if a retry is due).

        A surface still empty keeps its users deferred without ranking each one, so a
        surface that never gets counts or popular items costs one model lookup a second. At
        most ``RETRIES_PER_ROUND`` users are ranked per round, so a surface that warms up
        with many users waiting does not stall the flush (~200 µs a ranking).
        """
        if not self.retry_due:
            return {}
        self._retry_at = time.monotonic() + MODEL_REFRESH_S
        deferred, self._deferred = self._deferred, {}
        ready: dict[tuple[str, str], bool] = {}
        retried: dict[tuple[str, str, str], Touched] = {}
        for target, touched in deferred.items():
            surface = (touched.tenant, touched.surface)
            if surface not in ready:
                model = await self._models.get(*surface)
                ready[surface] = bool(model.bandit.item_ids or model.popular)
            if ready[surface] and len(retried) < RETRIES_PER_ROUND:
                retried[target] = touched
            else:
                self._deferred[target] = touched
        return retried

    async def _rank(self, touched: Touched, profile: Profile) -> UserRankingWrite | None:
        model = await self._models.get(touched.tenant, touched.surface)
        if not model.bandit.item_ids and not model.popular:
            return None
        now = profile.last_seen_ms
        affinities = candidate_affinities(
            affinities_at(profile, now, self._config),
            feature_affinities_at(profile, now, self._config),
            lambda item: self._features.lookup(touched.tenant, item),
            (*model.bandit.item_ids, *model.popular),
            self._ranking_config.feature_weight,
        )
        ranking = materialize(
            model.bandit,
            model.theta,
            affinities,
            model.popular,
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

    async def _write_summaries(self, summaries: Mapping[str, str]) -> None:
        if not summaries:
            return
        ttl_s = self._pipeline.settings.profile_ttl_s
        try:
            async with self._pipeline.redis.pipeline(transaction=False) as pipe:
                for key, summary in summaries.items():
                    pipe.set(key, summary, ex=ttl_s)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis refused profile summaries: {exc}") from exc
