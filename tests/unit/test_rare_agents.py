"""The rare agents (consent, catalog, control) over a Redis that fails, with no broker.

Each agent is registered as the worker registers it (``register_immediate``) on a stand-in for
Faust's app and stream, over the in-process driver's engine and fakeredis. Redis fails
(``FakeServer.connected = False``: every command raises redis's ``ConnectionError``, as
while Redis is down or on the first command of a connection pooled before a restart) until
the retry policy has seen a given number of failures.

The promises: the agent does not raise, it applies the record's effects once Redis is back,
and it acks the record (which lets Faust commit its offset) only after the effect is in
Redis. Applying a record's effects twice, or the record twice, leaves Redis as once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import fakeredis
import pytest

from processors.control.flags import FlagBook
from processors.deadletter import SourceRef
from processors.pseudonym import pseudonymize
from schemas.codec import encode
from schemas.errors import SinkError
from sinks.keys import KeyLayout
from streams.inprocess import kafka_partition
from streams.runtime.agents import AgentContext, register_immediate
from streams.runtime.retry import SinkRetry
from streams.stages import RawRecord, process_catalog, process_consent
from streams.stages.control import process_control
from tests import factories
from tests.inprocess import NOW_MS, Harness, settings
from tests.operators import ADMIN, CONFIGURED, command, encoded

STAGES = {"consent": process_consent, "catalog": process_catalog, "control": process_control}


@dataclass(frozen=True)
class _Message:
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class _Event:
    key: bytes | None
    value: bytes | None
    message: _Message


@dataclass
class _Stream:
    """What an agent uses of a Faust stream.

    Iterating it acks each event once the agent's body is done with it, as Faust's stream
    iterator does (in a ``finally``: also when the body raised or was cancelled), unless it
    came from :meth:`noack`; :meth:`ack` acks by hand. :meth:`stop` closes the iterators it
    handed out, as Faust's ``Stream.on_stop`` does when a crashed agent is restarted. Every
    ack is noted in ``acks`` with whether the event's effect was in Redis at that moment
    (``applied``, by offset).
    """

    events_to_yield: Sequence[_Event]
    applied: Sequence[Callable[[], bool]]
    acks: list[tuple[int, bool]] = field(default_factory=list)
    auto_ack: bool = True
    iterators: list[AsyncGenerator[_Event, None]] = field(default_factory=list)

    def noack(self) -> _Stream:
        return _Stream(self.events_to_yield, self.applied, self.acks, False, self.iterators)

    def events(self) -> AsyncGenerator[_Event, None]:
        iterator = self._events()
        self.iterators.append(iterator)
        return iterator

    async def _events(self) -> AsyncGenerator[_Event, None]:
        for event in self.events_to_yield:
            try:
                yield event
            finally:
                if self.auto_ack:
                    self._note(event)

    async def ack(self, event: _Event) -> bool:
        self._note(event)
        return True

    async def stop(self) -> None:
        for iterator in self.iterators:
            await iterator.aclose()

    def _note(self, event: _Event) -> None:
        offset = event.message.offset
        self.acks.append((offset, self.applied[offset]()))


class _App:
    """Faust's ``app.agent`` decorator: keeps the agent functions by name."""

    def __init__(self) -> None:
        self.agents: dict[str, Callable[[Any], Any]] = {}

    def agent(self, _topic: Any, name: str) -> Callable[[Callable[[Any], Any]], Any]:
        def register(fun: Callable[[Any], Any]) -> Any:
            self.agents[name] = fun
            return fun

        return register


@dataclass
class _Rig:
    """One rare agent of a worker, over the in-process driver's engine and fakeredis."""

    harness: Harness
    failures: list[str] = field(default_factory=list)
    fail_times: int = 0

    @property
    def server(self) -> fakeredis.FakeServer:
        server: fakeredis.FakeServer = self.harness.redis.connection_pool.connection_kwargs[
            "server"
        ]
        return server

    def on_failed(self, sink: str) -> None:
        self.failures.append(sink)
        if len(self.failures) >= self.fail_times:
            self.server.connected = True  # Redis is back

    def run(self, topic: str, stream: _Stream) -> None:
        """Run ``topic``'s agent over ``stream`` with Redis failing at first."""
        run = self.harness.loop.run_until_complete
        try:
            run(self.start(topic, stream))
        except Exception:
            run(stream.stop())  # Faust stops the stream of a crashed agent to restart it
            raise

    async def start(self, topic: str, stream: _Stream) -> None:
        """Register ``topic``'s agent as the worker does and run it over ``stream``."""
        app = _App()
        context = AgentContext(
            app,
            self.harness.pipeline.engine,
            lambda: NOW_MS,
            "t",
            batch_max=10,
            batch_within_s=0.01,
            retry=SinkRetry(delay_s=0, on_failed=self.on_failed),
        )
        register_immediate(context, None, topic, STAGES[topic])
        self.server.connected = self.fail_times == 0
        await app.agents[f"t.{topic}"](stream)


def _events(harness: Harness, topic: str, records: Sequence[tuple[bytes, bytes]]) -> list[_Event]:
    name = harness.settings.topic(topic)
    partitions = 1 if topic == "control" else harness.settings.partitions
    return [
        _Event(key, value, _Message(name, kafka_partition(key, partitions), offset))
        for offset, (key, value) in enumerate(records)
    ]


def _raw(event: _Event) -> RawRecord:
    message = event.message
    return RawRecord(
        SourceRef(message.topic, message.partition, message.offset), event.key, event.value
    )


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED))
    yield h
    h.close()


def _keys(harness: Harness) -> KeyLayout:
    return KeyLayout(harness.settings.redis_prefix)


def _opted_out(harness: Harness, user: str) -> Callable[[], bool]:
    secret = harness.settings.pseudonym_secret.reveal().encode()
    key = _keys(harness).opt_out("acme", pseudonymize(secret, "acme", user))
    return lambda: bool(harness.redis.exists(key))


def _retired(harness: Harness, item: str) -> Callable[[], bool]:
    key = _keys(harness).retired("acme")
    return lambda: bool(harness.redis.sismember(key, item))


def _killed(harness: Harness, surface: str) -> Callable[[], bool]:
    def check() -> bool:
        doc = harness.redis.hget(_keys(harness).flags(), "doc")
        flag = FlagBook.from_json(doc or b"{}").get(f"acme/{surface}")
        return flag is not None and flag.killed

    return check


def _consent(user: str) -> tuple[bytes, bytes]:
    record = factories.consent(user_id=user, request_id=f"c-{user}")
    return user.encode(), encode("Consent", record)


def _catalog(item: str) -> tuple[bytes, bytes]:
    record = factories.catalog_item(item_id=item, active=False)
    return b"acme", encode("CatalogItem", record)


def _kill(surface: str) -> tuple[bytes, bytes]:
    payload = {"tenant": "acme", "surface": surface}
    return b"flag:acme", encoded(command(ADMIN, "kill_switch.set", payload, now_ms=NOW_MS))


def _cases(harness: Harness) -> dict[str, tuple[list[tuple[bytes, bytes]], list[Any]]]:
    """Per agent: two records, and a check per record that its effect is in Redis."""
    return {
        "consent": (
            [_consent("user-1"), _consent("user-2")],
            [_opted_out(harness, "user-1"), _opted_out(harness, "user-2")],
        ),
        "catalog": (
            [_catalog("item-1"), _catalog("item-2")],
            [_retired(harness, "item-1"), _retired(harness, "item-2")],
        ),
        "control": (
            [_kill("home"), _kill("top")],
            [_killed(harness, "home"), _killed(harness, "top")],
        ),
    }


@pytest.mark.parametrize("topic", list(STAGES))
def test_a_rare_agent_retries_until_redis_takes_the_record_and_acks_only_then(
    harness: Harness, topic: str
) -> None:
    records, applied = _cases(harness)[topic]
    # The first record finds Redis down: three attempts fail before it is back.
    rig = _Rig(harness, fail_times=3)
    stream = _Stream(_events(harness, topic, records), applied)
    rig.run(topic, stream)
    assert rig.failures == [topic] * 3
    assert stream.acks == [(0, True), (1, True)], "acked before its effect was in Redis"


@pytest.mark.parametrize("topic", list(STAGES))
def test_a_rare_agent_never_acks_a_record_whose_effect_failed(
    harness: Harness, topic: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug (anything but SinkError/PublishError) is not retried: it reaches Faust, which
    restarts the agent; the record must stay unacked, so its offset is not committed."""
    records, applied = _cases(harness)[topic]
    stream = _Stream(_events(harness, topic, records[:1]), applied)

    async def broken(_writes: Sequence[Any]) -> int:
        raise ValueError("a bug in a sink")

    monkeypatch.setattr(harness.pipeline.engine, "apply_writes", broken)
    with pytest.raises(ValueError, match="a bug"):
        _Rig(harness).run(topic, stream)
    assert stream.acks == []


@pytest.mark.parametrize("topic", list(STAGES))
def test_a_rare_agent_stopped_while_it_retries_acks_nothing(harness: Harness, topic: str) -> None:
    """A worker stopping (or losing the partition) while Redis is down cancels the agent
    in its retry; the record stays unacked, for the next owner to apply."""
    records, applied = _cases(harness)[topic]
    rig = _Rig(harness, fail_times=10**9)  # Redis never comes back
    stream = _Stream(_events(harness, topic, records[:1]), applied)

    async def retry_then_stop() -> None:
        agent = asyncio.ensure_future(rig.start(topic, stream))
        while not rig.failures and not agent.done():
            await asyncio.sleep(0)
        assert not agent.done(), "the agent did not retry"
        agent.cancel()
        with pytest.raises(asyncio.CancelledError):
            await agent
        await stream.stop()

    harness.loop.run_until_complete(retry_then_stop())
    assert stream.acks == []


@pytest.mark.parametrize("topic", list(STAGES))
def test_a_record_applied_twice_leaves_redis_as_once(topic: str) -> None:
    """Idempotence, which the retry relies on. A retry applies a record's effects again
    after an attempt that failed part way (any prefix of its writes applied); a redelivery
    (the worker stopped before the commit) runs the stage on the record again and applies
    what it returns. Either leaves Redis exactly as one application does."""
    states = {}
    for way in ("once", "retried", "redelivered"):
        harness = Harness(settings(operators=CONFIGURED))
        try:
            records, applied = _cases(harness)[topic]
            engine = harness.pipeline.engine
            apply = harness.loop.run_until_complete
            deliveries = 2 if way == "redelivered" else 1
            for event in _events(harness, topic, records):
                for _ in range(deliveries):
                    writes = engine.emit(STAGES[topic](engine.core, [_raw(event)], NOW_MS))
                    if way == "retried":
                        for part in range(len(writes) + 1):
                            apply(engine.apply_writes(writes[:part]))
                    apply(engine.apply_writes(writes))
            assert all(check() for check in applied)
            states[way] = harness.state()
        finally:
            harness.close()
    assert states["retried"] == states["once"]
    assert states["redelivered"] == states["once"]


def test_every_redis_write_of_the_rare_agents_fails_as_a_sink_error(harness: Harness) -> None:
    """The retry takes SinkError (translated at the sink boundary); a raw redis error would
    escape it and crash the agent."""
    engine = harness.pipeline.engine
    server = _Rig(harness).server
    for topic, (records, _) in _cases(harness).items():
        writes = engine.emit(
            STAGES[topic](
                engine.core, [_raw(e) for e in _events(harness, topic, records[:1])], NOW_MS
            )
        )
        assert writes
        server.connected = False
        with pytest.raises(SinkError):
            harness.loop.run_until_complete(engine.apply_writes(writes))
        server.connected = True
