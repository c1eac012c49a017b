"""The profile agent: clean events in; per-user profiles and rankings out (table and Redis).

Each clean event updates the user's profile (``processors.profile``) in the ``profiles``
table. At every flush, each (user, surface) whose affinities changed in the batch, or that
this worker has not ranked yet, gets a fresh ranking:
Thompson samples of the surface's bandit posteriors blended with the user's affinities, with
the exploration floor (``processors.ranking``), seeded from the user and the offset so a
replay reproduces it. Profiles and rankings go to Redis; rankings carry their version (the
offset), so a redelivered batch never replaces a newer ranking.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.exceptions import RedisError

from processors.errors import DecodeError, SinkError
from processors.profile import Profile, ProfileConfig, affinities_at, apply_event, profile_summary
from processors.ranking import RankingConfig, materialize, rng_for
from schemas.codec import decode
from schemas.state import decode_state, encode_state
from sinks.keys import KeyLayout
from sinks.user_rankings import UserRankingSink, UserRankingWrite
from streams.batching import FlushBuffer
from streams.output import TopicOutput
from streams.pipeline import Pipeline
from streams.surface_models import SurfaceModels
from streams.tables import ChangeloggedTable

STATE_SCHEMA = "ProfileState"
POLICY_VERSION = "pbm-ts-v1"


@dataclass(frozen=True, slots=True)
class Touched:
    """A (user, surface) whose ranking must be recomputed, as of ``offset``."""

    tenant: str
    user_key: str
    surface: str
    offset: int


def profile_key(tenant: str, user_key: str) -> bytes:
    """The profile table's key."""
    return f"{tenant}/{user_key}".encode()


def register_profiles(pipeline: Pipeline, output: TopicOutput) -> FlushBuffer[Touched]:
    """Attach the profile and erasure agents; returns their flush-before-ack buffer."""
    settings = pipeline.settings
    table = pipeline.profile_table
    keys = KeyLayout(settings.redis_prefix)
    config = ProfileConfig()
    ranking_config = RankingConfig(k=settings.top_k)
    theta = tuple(float(x) for x in settings.examination.split(","))
    models = SurfaceModels(pipeline.redis, keys, positions=len(theta), refresh_s=1.0)
    rankings = UserRankingSink(pipeline.redis, keys, ttl_s=settings.ranking_ttl_s)
    stage_seconds = pipeline.metrics.processing_seconds.labels(stage="profile")

    async def materialize_touched(batch: Sequence[Touched]) -> int:
        latest: dict[tuple[str, str, str], Touched] = {}
        for touched in batch:
            latest[(touched.tenant, touched.user_key, touched.surface)] = touched
        writes: list[UserRankingWrite] = []
        summaries: dict[str, str] = {}
        for touched in latest.values():
            stored = table.get(profile_key(touched.tenant, touched.user_key))
            if stored is None:
                continue  # erased since
            profile = Profile.from_record(decode_state(STATE_SCHEMA, stored))
            model = await models.get(touched.tenant, touched.surface)
            if not model.bandit.item_ids and not model.popular:
                continue
            now = profile.last_seen_ms
            ranking = materialize(
                model.bandit,
                theta,
                affinities_at(profile, now, config),
                model.popular,
                ranking_config,
                rng_for(f"{touched.tenant}/{touched.user_key}/{touched.surface}", touched.offset),
            )
            writes.append(
                UserRankingWrite(
                    touched.tenant,
                    touched.user_key,
                    touched.surface,
                    ranking,
                    POLICY_VERSION,
                    touched.offset,
                )
            )
            summaries[keys.profile(touched.tenant, touched.user_key)] = json.dumps(
                profile_summary(profile, now, config), sort_keys=True
            )
        try:
            async with pipeline.redis.pipeline(transaction=False) as pipe:
                for key, summary in summaries.items():
                    pipe.set(key, summary, ex=settings.profile_ttl_s)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis refused profile summaries: {exc}") from exc
        written = await rankings.write(writes)
        await output.flush()
        return written

    buffer: FlushBuffer[Touched] = FlushBuffer(
        "profiles", materialize_touched, max_items=settings.sink_batch_max
    )

    # (tenant, user, surface) ranked by this worker: an impression changes no affinity, so
    # only the first one needs a ranking; engagements always do. Bounded by the users seen.
    ranked: set[tuple[str, str, str]] = set()

    async def profiles(stream: Any) -> None:
        manual = stream.noack()
        async for event in manual.events():
            with stage_seconds.time():
                message = event.message
                pipeline.note_read(message.topic, message.partition, message.offset)
                touched = _apply(
                    table, event.value, message.partition, message.offset, config, ranked
                )
                buffer.add(touched, functools.partial(manual.ack, event))
                if buffer.full:
                    await buffer.flush()

    async def erasures(stream: Any) -> None:
        async for event in stream.events():
            message = event.message
            pipeline.note_read(message.topic, message.partition, message.offset)
            if event.key is not None and event.value:
                # key: the pseudonym (partitioned like events.clean); value: the tenant.
                tenant = event.value.decode()
                table.delete(profile_key(tenant, event.key.decode()), message.partition)
                await output.flush()

    pipeline.app.agent(pipeline.topics.clean, name=f"{settings.app_id}.profiles")(profiles)
    pipeline.app.agent(pipeline.topics.erasures, name=f"{settings.app_id}.erasures")(erasures)
    return buffer


def _apply(
    table: ChangeloggedTable,
    value: bytes,
    partition: int,
    offset: int,
    config: ProfileConfig,
    ranked: set[tuple[str, str, str]],
) -> list[Touched]:
    try:
        clean = decode(value, expected="CleanEvent").record
    except DecodeError:
        return []  # only the gate writes this topic
    key = profile_key(clean["tenant"], clean["user_key"])
    stored = table.get(key)
    profile = (
        Profile() if stored is None else Profile.from_record(decode_state(STATE_SCHEMA, stored))
    )
    updated = apply_event(profile, clean, None, config)
    if updated is not None:
        table.set(key, encode_state(STATE_SCHEMA, updated.to_record()), partition)
    target = (clean["tenant"], clean["user_key"], clean["surface"])
    if clean["kind"] == "IMPRESSION" and target in ranked:
        return []
    ranked.add(target)
    return [Touched(*target, offset)]
