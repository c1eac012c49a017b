"""The privacy promises on the real broker and Redis: consent, erasure, and no leaks anywhere."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from redis import Redis

from processors.pseudonym import pseudonymize
from schemas.codec import decode
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.freshness import percentile
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for

pytestmark = pytest.mark.integration

CANARY_USER = "canary-user-4f1c9"
CANARY_TEXT = (
    "write to canary.jane@example.com or call +1 415 555 0134; card 4111 1111 1111 1111, "
    "ssn 123-45-6789, ip 10.20.30.40, iban DE89 3704 0044 0532 0130 00, "
    "I live at 12 Canary Road, Springfield. Jane Canaryson"
)
CANARIES = (
    CANARY_USER,
    "canary.jane@example.com",
    "415 555 0134",
    "4111 1111 1111 1111",
    "123-45-6789",
    "10.20.30.40",
    "DE89 3704 0044 0532 0130 00",
    "12 Canary Road",
    "Canaryson",
)


def _now_ms() -> int:
    return int(time.time() * 1000)


def _user_key(settings: Settings, tenant: str, user_id: str) -> str:
    return pseudonymize(settings.pseudonym_secret.reveal().encode(), tenant, user_id)


def _audits(settings: Settings, at_least: int) -> list[dict[str, Any]]:
    messages = read_topic(settings.kafka_bootstrap, settings.topic("audit"), at_least=at_least)
    return [decode(m.value(), expected="AuditRecord").record for m in messages]


def _consent(user_id: str, action: str, request_id: str) -> dict[str, Any]:
    return factories.consent(
        user_id=user_id, action=action, request_id=request_id, event_time=_now_ms()
    )


def test_opt_out_stops_learning_and_opt_in_starts_empty(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    out_key = _user_key(settings, "acme", "leaver")
    profile_key = f"{keys.user_tag('acme', out_key)}:profile"
    client.set(profile_key, b"learned state")  # stands in for state a learner wrote
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            publisher.publish_consent(_consent("leaver", "OPT_OUT", "c-1"))
        wait_for(lambda: client.exists(keys.opt_out("acme", out_key)), 30, "the opt-out marker")
        assert not client.exists(profile_key), "opting out erases what was learned"
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for i in range(5):
                publisher.publish_interaction(
                    factories.interaction(event_id=f"out-{i}", user_id="leaver", item_id="x")
                )
                publisher.publish_interaction(
                    factories.interaction(event_id=f"in-{i}", user_id="stayer", item_id="y")
                )
        popularity = keys.popularity("acme", "home")
        wait_for(lambda: client.zscore(popularity, "y"), 30, "the other user's clicks")
        clean = read_topic(settings.kafka_bootstrap, settings.topic("events.clean"), at_least=5)
        users = {decode(m.value()).record["user_key"] for m in clean}
        assert out_key not in users
        assert client.zscore(popularity, "x") is None
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            publisher.publish_consent(_consent("leaver", "OPT_IN", "c-2"))
        wait_for(lambda: not client.exists(keys.opt_out("acme", out_key)), 30, "the marker to go")
        audits = _audits(settings, at_least=2)
    assert [a["action"] for a in audits] == ["consent.opt_out", "consent.opt_in"]
    assert {a["target"] for a in audits} == {out_key}
    changelog = read_topic(settings.kafka_bootstrap, f"{settings.app_id}-consent-changelog")
    last = {m.key(): m.value() for m in changelog}
    assert last[f"acme/{out_key}".encode()] is None  # the opt-in left a tombstone


def test_erasure_removes_every_key_and_is_audited_within_5_s(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    users = [f"erase-me-{i}" for i in range(20)]
    for user in users:
        tag = keys.user_tag("acme", _user_key(settings, "acme", user))
        client.set(f"{tag}:profile", b"state")
        client.hset(f"{tag}:rank:home", "version", 1)
        client.sadd(f"{tag}:surfaces", "home")  # as sinks.user_rankings records it
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for i, user in enumerate(users):
                publisher.publish_consent(_consent(user, "ERASURE_REQUEST", f"gdpr-{i}"))
                publisher.flush()
                time.sleep(0.05)
        audits = wait_for(
            lambda: (
                [a for a in _audits(settings, 20) if a["action"] == "erasure.completed"]
                if len(_audits(settings, 0)) >= 20
                else None
            ),
            60,
            "20 erasure audit records",
        )
        consent_log = read_topic(settings.kafka_bootstrap, settings.topic("consent"), at_least=40)
    for user in users:
        # No glob characters to escape: pseudonyms are hex and user_tag refuses braces.
        pattern = f"{keys.user_tag('acme', _user_key(settings, 'acme', user))}:*"
        assert list(client.scan_iter(match=pattern)) == []
    latencies = []
    for audit in audits:
        details = json.loads(audit["details_json"])
        latencies.append(details["completed_ms"] - details["requested_ms"])
    assert len(latencies) == 20
    assert percentile([float(x) for x in latencies], 99) < 5000
    tombstoned = {m.key() for m in consent_log if m.value() is None}
    assert tombstoned == {user.encode() for user in users}


def _every_byte_in_redis(client: Redis, prefix: str) -> bytes:
    chunks: list[bytes] = []
    for key in client.scan_iter(match=f"{prefix}*"):
        chunks.append(key)
        kind = client.type(key)
        if kind == b"string":
            chunks.append(client.get(key) or b"")
        elif kind == b"zset":
            chunks.extend(member for member, _ in client.zrange(key, 0, -1, withscores=True))
        elif kind == b"hash":
            for field, value in client.hgetall(key).items():
                chunks.extend((field, value))
        else:
            chunks.append(client.dump(key) or b"")
    return b"\n".join(chunks)


def _every_byte_in_topics(settings: Settings, topics: list[str]) -> bytes:
    chunks: list[bytes] = []
    for topic in topics:
        for message in read_topic(settings.kafka_bootstrap, topic):
            chunks.extend((message.key() or b"", message.value() or b""))
    return b"\n".join(chunks)


def test_canaries_never_pass_the_gate(pipeline_settings: Settings, tmp_path: Path) -> None:
    settings = pipeline_settings
    client = Redis.from_url(settings.redis_url)
    log_path = tmp_path / "worker.log"
    with WorkerProcess(settings, log_path).start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for kind in ("CLICK", "IMPRESSION", "ACCEPT"):
                publisher.publish_interaction(
                    factories.interaction(
                        event_id=f"canary-{kind}",
                        user_id=CANARY_USER,
                        kind=kind,
                        query=CANARY_TEXT,
                        context={"note": CANARY_TEXT, "comment": CANARY_TEXT},
                    )
                )
            # Personal data in identifier fields is refused, not passed on.
            publisher.publish_interaction(
                factories.interaction(event_id="canary.jane@example.com", user_id=CANARY_USER)
            )
            publisher.publish_interaction(
                factories.interaction(item_id="+1 415 555 0134", user_id=CANARY_USER)
            )
            publisher.publish_consent(_consent(CANARY_USER, "OPT_OUT", "canary-optout"))
            publisher.publish_consent(_consent(CANARY_USER, "ERASURE_REQUEST", "canary-erase"))
        wait_for(lambda: len(_audits(settings, 0)) >= 2, 60, "two audit records")
        letters = read_topic(settings.kafka_bootstrap, settings.topic("deadletter"), at_least=2)
        clean = read_topic(settings.kafka_bootstrap, settings.topic("events.clean"), at_least=3)
        downstream = _every_byte_in_topics(
            settings,
            [
                settings.topic(name)
                for name in ("events.clean", "popularity.updates", "alerts", "audit")
            ]
            + [f"{settings.app_id}-popularity-changelog", f"{settings.app_id}-consent-changelog"],
        )
    reasons = sorted(decode(m.value()).record["reason"] for m in letters)
    assert reasons == ["pii_in_identifier", "pii_in_identifier"]
    assert len(clean) == 3
    counts = decode(clean[0].value()).record["pii_counts"]
    assert counts["EMAIL_ADDRESS"] == 3  # query and both context values
    stored = downstream + b"\n" + _every_byte_in_redis(client, settings.redis_prefix)
    logs = log_path.read_bytes()
    assert b"canary" in downstream  # the scan did read data (event ids are not personal)
    for canary in CANARIES:
        assert canary.encode() not in stored, f"{canary!r} leaked past the gate"
        assert canary.encode() not in logs, f"{canary!r} leaked into the worker log"
