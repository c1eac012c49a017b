"""RedisWriter: one batch per kind per flush, and ordered kinds still split the sequence."""

from __future__ import annotations

import asyncio
from typing import Any

import fakeredis

from sinks.keys import KeyLayout
from sinks.redis_writer import RedisWriter, RedisWriterConfig
from sinks.writes import BanditCountsWrite, EraseUser, ProfileSummaryWrite, RedisWrite

_CONFIG = RedisWriterConfig(
    ranking_ttl_s=600,
    profile_ttl_s=600,
    popularity_cap=200,
    popularity_half_life_ms=3_600_000.0,
    partitions=2,
)
_KEYS = KeyLayout("t")


def _writer() -> tuple[RedisWriter, Any, dict[type, int]]:
    client = fakeredis.FakeAsyncRedis()
    writer = RedisWriter(client, _KEYS, _CONFIG)
    calls: dict[type, int] = {}
    for kind, handler in list(writer._bulk.items()):

        async def counted(batch: list[Any], kind: type = kind, handler: Any = handler) -> int:
            calls[kind] = calls.get(kind, 0) + 1
            written: int = await handler(batch)
            return written

        writer._bulk[kind] = counted
    return writer, client, calls


def _summary(user: str, text: str) -> ProfileSummaryWrite:
    return ProfileSummaryWrite("acme", user, text)


def _counts(item: str, shown: int) -> BanditCountsWrite:
    return BanditCountsWrite("acme", "home", item, 0, (shown, 0), (0, 0))


def test_interleaved_kinds_are_written_in_one_batch_each() -> None:
    async def run() -> None:
        writer, client, calls = _writer()
        writes: list[RedisWrite] = []
        for n in range(20):  # served counts and summaries interleave, as in a gate flush
            writes += [_counts(f"i{n % 3}", n + 1), _summary(f"u{n % 4}", f'{{"n":{n}}}')]
        await writer.write(writes)
        assert calls == {BanditCountsWrite: 1, ProfileSummaryWrite: 1}
        # Within a kind the last write of a key wins, as in the order given.
        assert await client.get(_KEYS.profile("acme", "u3")) == b'{"n":19}'
        await client.aclose()

    asyncio.run(run())


def test_an_erasure_splits_the_batches_so_order_around_it_holds() -> None:
    async def run() -> None:
        writer, client, calls = _writer()
        await writer.write(
            [
                _summary("u1", '{"before":1}'),
                _summary("u2", '{"kept":1}'),
                EraseUser("acme", "u1"),
                _summary("u1", '{"after":1}'),
            ]
        )
        assert calls == {ProfileSummaryWrite: 2}
        assert await client.get(_KEYS.profile("acme", "u1")) == b'{"after":1}'
        assert await client.get(_KEYS.profile("acme", "u2")) == b'{"kept":1}'
        await writer.write([_summary("u2", '{"again":1}'), EraseUser("acme", "u2")])
        assert await client.get(_KEYS.profile("acme", "u2")) is None
        await client.aclose()

    asyncio.run(run())
