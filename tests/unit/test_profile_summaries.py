"""A profile summary in Redis is the summary of the profile the table holds, however the
stream's events fall into flushes.

The test reproduces the lost update that made ``tests/integration/test_redis_loss.py``
fail about once in ten to twenty runs: a user's last events were a click and the impression
after it; the summary went out with the click's flush, and nothing wrote it again, so Redis
kept it one event behind the table for good (16 events against 17).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from processors.profile import Profile, profile_summary
from schemas.state import decode_state
from sinks.keys import KeyLayout
from streams.stages.profiles import profile_key
from tests import factories
from tests.inprocess import Harness
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
