"""Redis stops and comes back while consent, control and catalog records flow.

The rare agents (consent, catalog, control) apply each record before they take the next.
Records that arrive while Redis is down, and the first command on every connection pooled
before the restart ("Connection closed by server"), fail with a SinkError. The worker must
stay up, retry those records until Redis takes them, and never commit one before its effect
is applied: every opt-out marker, flag and retired item lands, whenever its record came.

Redis comes back empty (the worker rebuilds the opt-out markers and the flag book from its
tables, not the catalog: docs/operations.md) or with its data (AOF). With its data nothing
rebuilds what a lost record would have written, so a lost catalog record shows.
"""

from __future__ import annotations

import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from redis import Redis

from processors.control.flags import FlagBook
from schemas.codec import encode
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.kafka_tools import group_lag
from tests import factories
from tests.integration.kafka_reading import wait_for
from tests.integration.own_redis import OwnRedis
from tests.operators import ADMIN, CONFIGURED, command, encoded
from tests.rebuild_traffic import TENANT, user_key

pytestmark = pytest.mark.integration

#: Seconds between two rounds of records (one consent, one command, one catalog item each).
TICK_S = 0.05
#: Seconds Redis stays down: long enough for every rare agent to meet it down.
DOWN_S = 1.5


@dataclass
class Feed:
    """Records published from a thread, one round per tick, until ``stop`` is set."""

    settings: Settings
    rounds: int = 0
    #: The first round published after Redis was stopped: when Redis comes back empty, the
    #: catalog items of the rounds before it are lost with it (no table to rebuild them).
    redis_down_round: int | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    errors: list[BaseException] = field(default_factory=list)

    def run(self) -> None:
        settings = self.settings
        try:
            with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as out:
                while not self.stop.is_set():
                    self._round(out, self.rounds)
                    out.flush()
                    self.rounds += 1
                    time.sleep(TICK_S)
        except BaseException as exc:  # reported by the test, not lost in the thread
            self.errors.append(exc)

    def _round(self, out: Publisher, i: int) -> None:
        now = int(time.time() * 1000)
        user = f"retry-{i}"
        consent = factories.consent(user_id=user, event_time=now, request_id=f"c-{i}")
        out.produce_raw(self.settings.topic("consent"), encode("Consent", consent), user.encode())
        payload = {"tenant": TENANT, "surface": f"s{i}", "rollout_percent": 50}
        flag = encoded(command(ADMIN, "flag.set", payload, now_ms=now))
        out.produce_raw(self.settings.topic("control"), flag, b"flag:acme")
        item = factories.catalog_item(item_id=f"item-{i}", active=False, updated_at=now)
        out.produce_raw(self.settings.topic("catalog"), encode("CatalogItem", item), b"acme")


def _lag(settings: Settings) -> int:
    topics = [settings.topic(name) for name in ("consent", "control", "catalog")]
    return group_lag(settings.kafka_bootstrap, settings.app_id, topics)


def _retries(settings: Settings, agent: str) -> float:
    url = f"http://127.0.0.1:{settings.metrics_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        for line in response.read().decode().splitlines():
            if line.startswith(f'personalize_sink_errors_total{{sink="{agent}"}} '):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def _missing(
    client: Redis, settings: Settings, feed: Feed, upto: int, *, catalog_from: int = 0
) -> list[str]:
    """The effects of rounds ``0..upto-1`` that Redis does not hold (catalog items from round
    ``catalog_from`` on)."""
    keys = KeyLayout(settings.redis_prefix)
    missing = [
        f"opt-out retry-{i}"
        for i in range(upto)
        if not client.exists(keys.opt_out(TENANT, user_key(settings, f"retry-{i}")))
    ]
    doc = client.hget(keys.flags(), "doc")
    book = FlagBook() if doc is None else FlagBook.from_json(doc)
    missing += [f"flag s{i}" for i in range(upto) if book.get(f"{TENANT}/s{i}") is None]
    retired = client.smembers(keys.retired(TENANT))
    missing += [
        f"retired item-{i}"
        for i in range(catalog_from, upto)
        if f"item-{i}".encode() not in retired
    ]
    return missing


@pytest.mark.parametrize("persistent", [False, True], ids=["empty", "aof"])
def test_rare_agents_retry_through_a_redis_restart(
    pipeline_settings: Settings, tmp_path: Path, persistent: bool
) -> None:
    own = OwnRedis(tmp_path / "redis", persistent=persistent).start()
    settings = pipeline_settings.replace(redis_url=own.url, operators=CONFIGURED)
    client = Redis.from_url(settings.redis_url)
    feed = Feed(settings)
    publisher = threading.Thread(target=feed.run, daemon=True)
    log_path = tmp_path / "worker.log"
    try:
        with WorkerProcess(settings, log_path).start() as worker:
            publisher.start()
            # Effects land before the restart, so connections are pooled when Redis goes.
            wait_for(lambda: feed.rounds >= 10, 30, "ten rounds published")
            wait_for(lambda: not _missing(client, settings, feed, 5), 60, "the first effects")
            own.stop()
            feed.redis_down_round = feed.rounds
            time.sleep(DOWN_S)  # records keep arriving; every rare agent meets Redis down
            own.start()
            time.sleep(DOWN_S)
            feed.stop.set()
            publisher.join(timeout=30)
            assert not feed.errors
            published = feed.rounds
            catalog_from = 0 if persistent else (feed.redis_down_round or 0)

            def missing() -> list[str]:
                return _missing(client, settings, feed, published, catalog_from=catalog_from)

            # Lag 0: every record's offset is committed, so each must have had its effect.
            wait_for(lambda: _lag(settings) == 0, 60, "lag 0")
            wait_for(lambda: not missing(), 30, lambda: f"every effect ({missing()[:10]})")
            assert worker.running
            for agent in ("consent", "control", "catalog"):
                assert _retries(settings, agent) > 0, agent
    finally:
        feed.stop.set()
        client.close()
        own.stop()
    log = log_path.read_text()
    assert "Crashed" not in log
    assert "retrying" in log
