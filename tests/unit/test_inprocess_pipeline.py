"""Every stage of the worker, driven in-process: same stages, same engine, fakeredis, no broker."""

from __future__ import annotations

import json
from collections.abc import Iterator

import fakeredis
import pytest

from processors.deadletter import SourceRef
from processors.popularity import KIND_TO_WEIGHT, NO_SCORE, log2_add, log2_term
from processors.pseudonym import pseudonymize
from schemas.codec import decode, encode
from sinks.bandit import decode_counts
from sinks.keys import KeyLayout
from streams.inprocess import InProcessPipeline
from streams.stages import RawRecord
from tests import factories
from tests.inprocess import NOW_MS, Harness, settings

T0 = factories.EVENT_TIME_MS


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    yield h
    h.close()


def _keys(h: Harness) -> KeyLayout:
    return KeyLayout(h.settings.redis_prefix)


def _user_key(h: Harness, user: str, tenant: str = "acme") -> str:
    return pseudonymize(h.settings.pseudonym_secret.reveal().encode(), tenant, user)


def _clicks(n: int, *, users: int = 5, items: int = 4, first: int = 0) -> list[dict[str, object]]:
    return [
        factories.interaction(
            event_id=f"e{i}",
            user_id=f"user-{i % users}",
            item_id=f"item-{i % items}",
            kind="ACCEPT" if i % 5 == 0 else "CLICK",
            request_id=None,
            query=None,
            context={},
            event_time=T0 + i,
        )
        for i in range(first, first + n)
    ]


def test_clean_events_carry_pseudonyms_and_are_keyed_by_them(harness: Harness) -> None:
    harness.interactions([factories.interaction(query="mail me at ann@example.com")])
    [record] = harness.pipeline.records("events.clean")
    clean = decode(record.value or b"", expected="CleanEvent").record
    assert clean["user_key"] == _user_key(harness, "user-42")
    assert record.key == clean["user_key"].encode()
    assert b"user-42" not in (record.value or b"")
    assert "ann@example.com" not in clean["context"]["query"]
    assert clean["pii_counts"] == {"EMAIL_ADDRESS": 1}


def test_popularity_in_redis_is_the_forward_decayed_sum_of_engagements(harness: Harness) -> None:
    events = _clicks(60)
    events.append(factories.interaction(event_id="imp", kind="IMPRESSION", item_id="shown-only"))
    harness.interactions(events)
    half_life_ms = harness.settings.popularity_half_life_s * 1000
    expected: dict[str, float] = {}
    for event in events[:-1]:
        term = log2_term(
            KIND_TO_WEIGHT[str(event["kind"])], int(str(event["event_time"])), half_life_ms
        )
        item = str(event["item_id"])
        expected[item] = log2_add(expected.get(item, NO_SCORE), term)
    stored = dict(
        harness.redis.zrange(_keys(harness).popularity("acme", "home"), 0, -1, withscores=True)
    )
    assert {k.decode(): v for k, v in stored.items()} == pytest.approx(expected, abs=1e-9)
    assert len(harness.pipeline.records("popularity.updates")) == 60


def test_every_dead_letter_reason_with_good_records_around_it(harness: Harness) -> None:
    bad = factories.bad_interactions(harness.settings.max_event_bytes, NOW_MS)
    good = _clicks(len(bad) + 1)
    feed: list[tuple[bytes | None, bytes | None]] = []
    for event, payload in zip(good, [*bad.values(), None], strict=True):
        feed.append((b"user-0", encode("Interaction", event)))
        if payload is not None:
            feed.append((b"user-0", payload))
    harness.feed("interactions", feed)
    letters = [decode(r.value or b"").record for r in harness.pipeline.records("deadletter")]
    assert {d["reason"]: d["original"] for d in letters} == bad
    assert sorted(d["source_offset"] for d in letters) == [1, 3, 5, 7, 9, 11]
    assert all(d["key"] == b"user-0" for d in letters)
    assert len(harness.pipeline.records("events.clean")) == len(good)
    registry = harness.pipeline.metrics.registry
    for reason in bad:
        assert registry.get_sample_value("personalize_dead_letters_total", {"reason": reason}) == 1


def test_opt_out_erases_state_drops_later_events_and_is_audited(harness: Harness) -> None:
    harness.recommendations([factories.recommendation(user_id="user-9", request_id="r0")])
    harness.interactions([factories.interaction(user_id="user-9", request_id="r0")])
    keys, user = _keys(harness), _user_key(harness, "user-9")
    assert harness.redis.exists(keys.profile("acme", user))
    assert harness.redis.exists(keys.user_ranking("acme", user, "home"))
    harness.consent([factories.consent(user_id="user-9")])
    state = harness.state()
    assert state[keys.opt_out("acme", user)] == b"1"
    assert not any(
        user in key and "optout" not in key for key in state if key != keys.opt_out("acme", user)
    )
    harness.interactions([factories.interaction(user_id="user-9", event_id="later")])
    assert len(harness.pipeline.records("events.clean")) == 1  # only the one before the opt-out
    registry = harness.pipeline.metrics.registry
    assert registry.get_sample_value("personalize_dropped_total", {"reason": "opted_out"}) == 1
    [audit] = [decode(r.value or b"").record for r in harness.pipeline.records("audit")]
    assert audit["target"] == user
    assert audit["outcome"] == "APPLIED"
    assert json.loads(audit["details_json"])["erased"] is True
    assert harness.pipeline.records("consent") == []  # an opt-out keeps its consent record


def test_erasure_request_tombstones_the_raw_consent_record(harness: Harness) -> None:
    harness.consent([factories.consent(user_id="user-9", action="ERASURE_REQUEST")])
    [tombstone] = harness.pipeline.records("consent")
    assert tombstone.key == b"user-9"
    assert tombstone.value is None


def _counts(h: Harness) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    stored = h.redis.hgetall(_keys(h).bandit("acme", "home"))
    return {item.decode(): decode_counts(value) for item, value in stored.items()}


def test_served_lists_reach_served_clean_with_propensities_arm_and_policy(
    harness: Harness,
) -> None:
    served = factories.recommendation(user_id="user-3")
    harness.recommendations([served])
    [record] = harness.pipeline.records("served.clean")
    clean = decode(record.value or b"", expected="CleanServed").record
    assert record.key == _user_key(harness, "user-3").encode()
    assert b"user-3" not in (record.value or b"")
    assert clean["items"] == served["items"]
    assert (clean["policy_version"], clean["experiment_id"], clean["arm"]) == (
        served["policy_version"],
        served["experiment_id"],
        served["arm"],
    )
    assert clean["source"]["offset"] == 0


@pytest.mark.parametrize("click_first", [False, True])
def test_attribution_counts_the_same_whichever_comes_first(click_first: bool) -> None:
    h = Harness()
    served = [factories.recommendation(request_id="r1")]
    click = [factories.interaction(request_id="r1", item_id="item-7", position=2)]
    if click_first:
        h.interactions(click)
        h.recommendations(served)
    else:
        h.recommendations(served)
        h.interactions(click)
    assert _counts(h) == {
        "item-1": ((1, 0, 0), (0, 0, 0)),
        "item-7": ((0, 1, 0), (0, 1, 0)),
        "item-3": ((0, 0, 1), (0, 0, 0)),
    }
    h.close()


def test_a_user_is_ranked_with_the_offset_as_version(harness: Harness) -> None:
    harness.recommendations([factories.recommendation(request_id="r1")])
    harness.interactions([factories.interaction(request_id="r1")])
    user = _user_key(harness, "user-42")
    stored = harness.redis.hgetall(_keys(harness).user_ranking("acme", user, "home"))
    assert stored[b"version"] == b"0"
    ranking = json.loads(stored[b"ranking"])
    assert set(ranking["items"]) <= {"item-1", "item-7", "item-3"}
    summary = json.loads(harness.redis.get(_keys(harness).profile("acme", user)) or b"{}")
    assert summary


def test_a_user_of_an_empty_surface_is_ranked_once_it_has_something(harness: Harness) -> None:
    # An impression on a surface nobody has served or engaged with: nothing to rank yet.
    harness.interactions([factories.interaction(kind="IMPRESSION", request_id=None, surface="new")])
    user = _user_key(harness, "user-42")
    key = _keys(harness).user_ranking("acme", user, "new")
    assert not harness.redis.exists(key)
    harness.interactions(
        [factories.interaction(event_id="c", user_id="other", surface="new", request_id=None)]
    )
    harness.advance(5.0)  # the retry round is due
    harness.feed("interactions", [])
    assert harness.redis.exists(key)


def test_a_redelivered_batch_changes_nothing(harness: Harness) -> None:
    harness.recommendations([factories.recommendation(request_id="r1")])
    harness.interactions([*_clicks(40), factories.interaction(request_id="r1")])
    before = harness.state()
    tables = {name: dict(t.data) for name, t in harness.pipeline.tables.items()}
    for topic in ("recommendations", "interactions", "popularity.updates"):
        consumed = list(harness.pipeline.consumed[topic])
        harness.loop.run_until_complete(harness.pipeline.process(topic, consumed))
    assert harness.state() == before
    assert {name: dict(t.data) for name, t in harness.pipeline.tables.items()} == tables


def test_catalog_retires_items_and_bad_records_become_dead_letters(harness: Harness) -> None:
    harness.publish("CatalogItem", "catalog", [factories.catalog_item(active=False)])
    harness.feed("catalog", [(b"acme", b"junk")])
    assert harness.redis.smembers(_keys(harness).retired("acme")) == {b"item-1"}
    [letter] = [decode(r.value or b"").record for r in harness.pipeline.records("deadletter")]
    assert letter["reason"] == "undecodable"


def test_clicks_that_never_meet_their_list_are_counted_at_expiry() -> None:
    window = 1_000
    harness = Harness(settings(attribution_window_ms=window))
    harness.interactions([factories.interaction(request_id="lost")])
    late = factories.recommendation(request_id="other", event_time=T0 + window + 1)
    late_click = factories.interaction(event_id="e2", request_id=None, event_time=T0 + window + 1)
    harness.recommendations([late])
    harness.interactions([late_click])
    harness.loop.run_until_complete(harness.pipeline.expire_served())
    registry = harness.pipeline.metrics.registry
    labels = {"reason": "unknown_request"}
    assert registry.get_sample_value("personalize_unattributed_clicks_total", labels) == 1
    assert b"lost" not in harness.pipeline.tables["served"].data
    harness.close()


def test_learning_from_the_clean_topics_rebuilds_what_the_live_path_learned(
    harness: Harness,
) -> None:
    lists = [
        factories.recommendation(request_id=f"r{i}", user_id=f"user-{i % 3}") for i in range(9)
    ]
    clicks = [
        factories.interaction(event_id=f"c{i}", request_id=f"r{i}", user_id=f"user-{i % 3}")
        for i in range(9)
    ]
    harness.recommendations(lists)
    harness.interactions([*clicks, *_clicks(30)])
    replay = Harness()
    for topic in ("served.clean", "events.clean"):
        replay.feed(topic, [(r.key, r.value) for r in harness.pipeline.records(topic)])

    def learned(state: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in state.items() if ":rank:" not in k and "examination" not in k}

    assert learned(replay.state()) == learned(harness.state())
    assert {k for k in replay.state() if ":rank:" in k} == {
        k for k in harness.state() if ":rank:" in k
    }
    replay.close()


def test_a_republished_event_is_learned_once(harness: Harness) -> None:
    event = factories.interaction(request_id=None)
    harness.interactions([event])
    harness.interactions([event])  # the producer timed out and published it again
    assert len(harness.pipeline.records("events.clean")) == 1
    assert len(harness.pipeline.records("popularity.updates")) == 1
    registry = harness.pipeline.metrics.registry
    labels = {"reason": "duplicate_event_id"}
    assert registry.get_sample_value("personalize_dropped_total", labels) == 1


def test_the_event_id_window_survives_a_restart(harness: Harness) -> None:
    event = factories.interaction(request_id=None)
    harness.interactions([event])
    restarted = InProcessPipeline(
        harness.settings,
        fakeredis.FakeAsyncRedis(),
        now_ms=lambda: NOW_MS,
        tables=dict(harness.pipeline.tables),
    )
    [first] = harness.pipeline.consumed["interactions"]
    # The same event published again: the next offset of the same partition.
    again = SourceRef(first.source.topic, first.source.partition, first.source.offset + 1)
    record = RawRecord(again, first.key, first.value)
    harness.loop.run_until_complete(restarted.process("interactions", [record]))
    assert restarted.records("events.clean") == []
