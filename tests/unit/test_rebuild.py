"""Redis loses its data: the in-process driver notices and rebuilds it from its tables.

Wiping the fake Redis stands in for a restart without persistence. The rebuild must give back
the state Redis held (rankings by which user has one, see ``tests.rebuild_traffic``), opt-out
markers before anything else, without ever replacing a newer write, and readers must serve
the labelled fallback, never an opted-out user's ranking, at every step in between.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
from collections.abc import Iterator, Sequence
from typing import Any

import fakeredis
import pytest
from fastavro import schemaless_writer

from processors.profile import Profile
from processors.ranking import MaterializedRanking
from schemas.state import _earlier_schemas, decode_state
from sinks.epoch import READY, REBUILDING, RESTORING_OPTOUTS, EpochMarker
from sinks.keys import KeyLayout
from sinks.ranking_reader import RankingResult, assemble_result
from sinks.user_rankings import UserRankingSink
from sinks.writes import UserRankingWrite
from streams.rebuild import Rebuilder, owns_all
from streams.stages.core import Core
from streams.stages.rebuild import MATERIALIZERS, Materializer, Rebuilt
from tests import factories
from tests.inprocess import Harness
from tests.rebuild_traffic import (
    OPTED_OUT,
    TENANT,
    USERS,
    comparable,
    opt_out,
    traffic_part,
    user_key,
)

T0 = factories.EVENT_TIME_MS


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    for first, last in ((0, 40), (40, 80)):
        for topic, records in traffic_part(first, last, T0):
            h.feed(topic, records)
        h.advance(2.0)  # users deferred while their surface was empty are ranked next flush
    topic, records = opt_out(T0 + 1_000)
    h.feed(topic, records)
    for topic, records in traffic_part(80, 120, T0):
        h.feed(topic, records)
    h.advance(2.0)
    h.feed("interactions", [])
    yield h
    h.close()


def _serve(h: Harness, user: str, surface: str = "home") -> RankingResult:
    """What a reader serves ``user`` from the fake Redis as it is now (one read, as top_k)."""
    keys = KeyLayout(h.settings.redis_prefix)
    key = user_key(h.settings, user)
    state = h.redis.hget(keys.epoch(), "state")
    return assemble_result(
        opted_out=bool(h.redis.exists(keys.opt_out(TENANT, key))),
        raw_ranking=h.redis.hget(keys.user_ranking(TENANT, key, surface), "ranking"),
        popular_rows=h.redis.zrevrange(keys.popularity(TENANT, surface), 0, 9, withscores=True),
        static_items=["s1"],
        k=3,
        request_id="r1",
        epoch_state=None if state is None else state.decode(),
    )


def _epoch_state(h: Harness) -> str | None:
    state = h.redis.hget(KeyLayout(h.settings.redis_prefix).epoch(), "state")
    return None if state is None else state.decode()


def test_a_rebuild_gives_back_every_key_redis_held(harness: Harness) -> None:
    prefix = harness.settings.redis_prefix
    before = harness.state()
    assert _serve(harness, "user-0").source == "personalized"
    assert _serve(harness, OPTED_OUT).fallback_reason == "opted_out"
    assert any(":top" in key for key in before if ":rank:" in key)

    harness.redis.flushall()
    harness.check_redis()

    after = harness.state()
    assert comparable(after, prefix) == comparable(before, prefix)
    assert any(key.endswith(":examination") for key in after)
    assert _epoch_state(harness) == READY
    assert _serve(harness, "user-0").source == "personalized"
    assert _serve(harness, OPTED_OUT).fallback_reason == "opted_out"


def test_a_rebuild_runs_only_after_a_loss(harness: Harness) -> None:
    first = harness.loop.run_until_complete(harness.pipeline.check_redis())
    assert not first.state.claimed
    assert first.phases == {}
    harness.redis.delete(KeyLayout(harness.settings.redis_prefix).epoch())
    again = harness.loop.run_until_complete(harness.pipeline.check_redis())
    assert again.state.claimed
    assert again.state.reason == "empty"
    assert set(again.phases) == {"optouts", "views"}
    assert again.writes["optouts"] == 1
    assert again.final_state == READY


Seen = list[tuple[str | None, str, RankingResult]]


def _probing(h: Harness, seen: Seen) -> tuple[Materializer, ...]:
    """The materializers, each also recording what readers get before each of its chunks."""

    def probe(materializer: Materializer) -> Materializer:
        def writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
            for user in (OPTED_OUT, "user-0", "user-1"):
                seen.append((_epoch_state(h), user, _serve(h, user)))
            return materializer.writes(core, keys)

        return dataclasses.replace(materializer, writes=writes)

    return tuple(probe(m) for m in MATERIALIZERS)


def test_no_opted_out_user_is_personalized_at_any_step_of_a_rebuild(harness: Harness) -> None:
    keys = KeyLayout(harness.settings.redis_prefix)
    harness.redis.flushall()
    # The live stream may write an opted-out user's ranking before the marker is back (an
    # event that passed the gate before the opt-out, docs/guarantees.md): plant one.
    ranking = MaterializedRanking(("item-1",), (1.0,), 0.0, (-1.0,), False)
    write = UserRankingWrite(TENANT, user_key(harness.settings, OPTED_OUT), "home", ranking, "x", 1)
    harness.loop.run_until_complete(
        UserRankingSink(harness.pipeline.engine.redis.client, keys, ttl_s=60).write([write])
    )
    seen: Seen = []
    pipeline = harness.pipeline
    rebuilder = Rebuilder(
        pipeline.engine,
        EpochMarker(pipeline.engine.redis.client, keys, partitions=harness.settings.partitions),
        pipeline.metrics,
        materializers=_probing(harness, seen),
        chunk_keys=1,  # a probe between every two keys
    )
    harness.loop.run_until_complete(rebuilder.check(owns_all(harness.settings.partitions)))

    assert len(seen) > 3 * 20
    assert all(r.source != "personalized" for _, user, r in seen if user == OPTED_OUT)
    restoring = [r for state, _, r in seen if state in (None, RESTORING_OPTOUTS)]
    assert restoring
    assert all(r.fallback_reason == "rebuilding" for r in restoring)
    rebuilding = [(user, r) for state, user, r in seen if state == REBUILDING]
    others = [r for user, r in rebuilding if user != OPTED_OUT]
    assert {r.source for r in others} == {"static", "popular", "personalized"}
    assert all(r.fallback_reason == "rebuilding" for r in others if r.source != "personalized")
    assert all(r.fallback_reason == "opted_out" for u, r in rebuilding if u == OPTED_OUT)
    assert _serve(harness, OPTED_OUT).fallback_reason == "opted_out"


def test_a_rebuild_never_replaces_a_newer_ranking(harness: Harness) -> None:
    keys = KeyLayout(harness.settings.redis_prefix)
    harness.redis.flushall()
    ranking = MaterializedRanking(("item-9",), (1.0,), 0.0, (-1.0,), False)
    user = user_key(harness.settings, "user-0")
    newer = UserRankingWrite(TENANT, user, "home", ranking, "live", 10**12)
    harness.loop.run_until_complete(
        UserRankingSink(harness.pipeline.engine.redis.client, keys, ttl_s=60).write([newer])
    )
    harness.check_redis()
    stored = harness.redis.hget(keys.user_ranking(TENANT, user, "home"), "version")
    assert stored == str(10**12).encode()
    assert _serve(harness, "user-0").ranking_version == 10**12


def test_every_user_with_a_profile_gets_a_ranking_back(harness: Harness) -> None:
    harness.redis.flushall()
    harness.check_redis()
    served = {user: _serve(harness, user) for user in USERS}
    assert {u for u, r in served.items() if r.source == "personalized"} == set(USERS) - {OPTED_OUT}


def test_the_epoch_moves_to_ready_when_every_partition_reported_each_phase() -> None:
    async def run() -> list[Any]:
        marker = EpochMarker(fakeredis.FakeAsyncRedis(), KeyLayout("p"), partitions=2)
        claimed = await marker.claim("e1", 1)
        again = await marker.claim("e2", 2)  # a second worker noticing the same loss
        steps = [
            await marker.mark("e1", "optouts", [0], 3),
            await marker.mark("e1", "optouts", [1], 3),
            await marker.mark("e1", "views", [0, 1], 4),
            await marker.mark("e2", "views", [0], 5),  # an epoch that is not the current one
        ]
        return [claimed.claimed, again.claimed, again.epoch, *steps]

    assert asyncio.run(run()) == [True, False, "e1", RESTORING_OPTOUTS, REBUILDING, READY, None]


def test_a_profile_written_before_surfaces_were_kept_is_still_read() -> None:
    record = Profile(events=3, last_seen_ms=T0, partition_to_offset={2: 7}).to_record()
    del record["surfaces"]
    body = io.BytesIO()
    schemaless_writer(body, _earlier_schemas("ProfileState")[0], record)
    profile = Profile.from_record(decode_state("ProfileState", body.getvalue()))
    assert (profile.events, profile.partition_to_offset, profile.surfaces) == (3, {2: 7}, ())


@pytest.mark.parametrize(
    ("state", "ranked", "source", "reason"),
    [
        (None, True, "popular", "rebuilding"),
        (RESTORING_OPTOUTS, True, "popular", "rebuilding"),
        (REBUILDING, True, "personalized", None),
        (REBUILDING, False, "popular", "rebuilding"),
        (READY, False, "popular", "unknown_user"),
    ],
)
def test_readers_label_the_fallback_while_redis_is_rebuilt(
    state: str | None, ranked: bool, source: str, reason: str | None
) -> None:
    ranking = '{"version":1,"policy_version":"p","epsilon":0.0,"cold_start":false,'
    ranking += '"items":["a"],"weights":[1.0],"scores":[-1.0]}'
    result = assemble_result(
        opted_out=False,
        raw_ranking=ranking if ranked else None,
        popular_rows=[(b"b", 1.0)],
        static_items=[],
        k=1,
        request_id="r",
        epoch_state=state,
    )
    assert (result.source, result.fallback_reason) == (source, reason)
