"""A profile summary in Redis is the summary of the profile the table holds, however the
stream's events fall into flushes and however a rebuild chunk interleaves with a flush.

Both tests reproduce the lost update that made ``tests/integration/test_redis_loss.py``
fail about once in ten to twenty runs: a user's last events were a click and the impression
after it; the summary went out with the click's flush, and nothing wrote it again, so Redis
kept it one event behind the table for good (16 events against 17).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from processors.deadletter import SourceRef
from processors.profile import Profile, profile_summary
from schemas.codec import encode
from schemas.state import decode_state
from sinks.keys import KeyLayout
from sinks.writes import RedisWrite
from streams.inprocess import kafka_partition
from streams.stages import RawRecord, process_interactions
from streams.stages.profiles import profile_key
from streams.stages.rebuild import MATERIALIZERS
from tests import factories
from tests.inprocess import NOW_MS, Harness
from tests.rebuild_traffic import TENANT, traffic_part, user_key

T0 = factories.EVENT_TIME_MS


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    yield h
    h.close()


def _summary_in_redis(h: Harness, user: str) -> dict[str, Any] | None:
    key = KeyLayout(h.settings.redis_prefix).profile(TENANT, user_key(h.settings, user))
    raw = h.redis.get(key)
    return None if raw is None else dict(json.loads(raw))


def _summary_of_table(h: Harness, user: str) -> dict[str, Any]:
    """The summary of the profile as the ``profiles`` table stores it (written back)."""
    stored = h.pipeline.tables["profiles"].get(profile_key(TENANT, user_key(h.settings, user)))
    assert stored is not None
    profile = Profile.from_record(decode_state("ProfileState", stored))
    # As the stage serializes it: the JSON round trip turns tuples into lists.
    config = h.pipeline.core.config.profile
    return dict(json.loads(json.dumps(profile_summary(profile, profile.last_seen_ms, config))))


def test_a_summary_does_not_depend_on_where_the_flushes_fall(harness: Harness) -> None:
    # Every interaction in a flush of its own: a click and the impression after it (rounds
    # i % 4 == 0, see tests.rebuild_traffic) always land in different flushes.
    for topic, records in traffic_part(0, 40, T0):
        if topic == "interactions":
            for record in records:
                harness.feed(topic, [record])
        else:
            harness.feed(topic, records)

    users = [f"user-{i}" for i in range(9)]
    assert {u: _summary_in_redis(harness, u) for u in users} == {
        u: _summary_of_table(harness, u) for u in users
    }


def _interaction(h: Harness, event_id: str, kind: str, offset: int) -> RawRecord:
    """One raw interaction of user-0 on "home", at ``offset`` of its partition."""
    event = factories.interaction(
        event_id=event_id,
        user_id="user-0",
        item_id="item-1",
        kind=kind,
        request_id=None,
        query=None,
        context={},
        event_time=T0 + offset,
    )
    key = b"user-0"
    partition = kafka_partition(key, h.settings.partitions)
    source = SourceRef(h.settings.topic("interactions"), partition, offset)
    return RawRecord(source, key, encode("Interaction", event))


def test_a_flush_held_back_by_a_rebuild_chunk_never_writes_an_older_summary(
    harness: Harness,
) -> None:
    """The interleaving of a rebuild with the stream that lost the update after a restart.

    Another buffer's flush is in flight (held here); a rebuild chunk of the profiles waits
    for it; the gate's flush of a click queues behind the chunk; the impression after the
    click is learned meanwhile. The chunk writes the summary with both events. The flush,
    which comes next, must not replace it with the click's alone.
    """
    engine = harness.pipeline.engine
    core = engine.core
    profiles = next(m for m in MATERIALIZERS if m.name == "profiles")
    key = profile_key(TENANT, user_key(harness.settings, "user-0"))
    click = _interaction(harness, "e1", "CLICK", 0)
    impression = _interaction(harness, "imp1", "IMPRESSION", 1)
    resume = asyncio.Event()
    write = engine.redis.write

    async def held(writes: Sequence[RedisWrite]) -> int:
        await resume.wait()
        return await write(writes)

    async def interleave() -> tuple[int, int]:
        click_writes = engine.emit(process_interactions(core, [click], NOW_MS))
        engine.redis.write = held  # type: ignore[method-assign]  # the next write waits
        other = asyncio.ensure_future(engine.apply_writes([]))  # e.g. popularity's flush
        await asyncio.sleep(0)
        engine.redis.write = write  # type: ignore[method-assign]
        chunk = asyncio.ensure_future(engine.rebuild_chunk(profiles, [key]))
        await asyncio.sleep(0)
        flush = asyncio.ensure_future(engine.apply_gate_writes(click_writes))
        await asyncio.sleep(0)
        impression_writes = engine.emit(process_interactions(core, [impression], NOW_MS))
        resume.set()
        await asyncio.gather(other, chunk, flush)
        after_flush = (_summary_in_redis(harness, "user-0") or {})["events"]
        await engine.apply_gate_writes(impression_writes)
        return after_flush, (_summary_in_redis(harness, "user-0") or {})["events"]

    after_flush, after_next_flush = harness.loop.run_until_complete(interleave())

    # Both events were learned before the chunk read the profile, which it wrote with both.
    assert after_flush == 2
    assert after_next_flush == 2
    assert _summary_in_redis(harness, "user-0") == _summary_of_table(harness, "user-0")
