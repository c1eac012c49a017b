"""Fixes for Faust start-up races that lose input records: seek, from the start if need be,
before resuming.

When a worker is assigned partitions, Faust pauses the stream partitions (in its own
bookkeeping only) while it restores the tables from their changelogs. The Kafka client keeps
fetching meanwhile, and records of the paused partitions can be taken from the client and
thrown away: ``Consumer.getmany`` drops records of partitions that are not active and the
rest of a batch once flow stops (and the set of active partitions it hands to the client is
a live set: if recovery empties it during a fetch, the client hands over every partition's
records). The client's position then lies past records no stream saw. Two things went wrong
from there:

- A partition *without* a committed offset (``popularity.updates`` when the first worker was
  killed before its first commit there) was never rewound: Faust's "seek stream partitions to
  committed offsets" leaves it where it is (aiokafka's ``seek_to_committed`` skips it), so the
  stream started at the end of the log and everything before it was lost.
- A partition *with* a committed offset is rewound, but Faust resumed it *before* the seek.
  Records read in between could start beyond the committed offset; Faust records the skipped
  offsets as a "gap" that counts as acknowledged, and drops them as already read when the seek
  fetches them again (``offset < read offset``): their offsets get committed unprocessed.

Both showed in ``tests/integration/test_pipeline.py::
test_crash_and_restart_neither_loses_nor_double_applies`` (roughly one run in 10 to 15):
instrumented workers logged the second as a gap starting at the committed offset followed by
every re-fetched record dropped, and the first as the popularity stream's first record being
the end of the log although nothing had been committed.

:func:`seek_before_resume` makes recovery, while the stream partitions are still paused, seek
each of them to its committed offset, or to the beginning if it has none (what
``consumer_auto_offset_reset="earliest"`` promises).

That was not enough: Faust then resumes the stream partitions and only *then* seeks them to
their committed offsets once more, one offset request per assigned partition (seconds on a
busy broker), and clears the streams' queues (``flow_control.resume``) after that. When
recovery had changelog records to read, the fetcher is running all along, so records are
fetched and handed to the streams during that second seek. The seek puts the read offsets back
to the committed ones while records fetched before it are still being delivered (or sit in the
queues that are then cleared): the first such record lies far beyond the committed offset, so
Faust records the offsets in between as a gap, counted as acknowledged, and drops them as
already read when the seek fetches them again. ``tests/integration/test_rocksdb_store.py::
test_crash_and_restart_is_exact`` lost up to a few hundred records that way (once in 47 runs
under load; in 4 of 10 runs with Faust's second seek slowed by 2 s): the gate saw offsets 35
to 95, then 180, and 96 to 179 were committed unprocessed.

So the stream partitions are also paused in the Kafka client itself (aiokafka) from before our
seek until Faust's ``on_recovery_completed`` has returned, and the consumer's flow is stopped
first. Nothing of a stream partition can be fetched or delivered in between: Faust's own seek
and its queue clearing find nothing in flight, and the streams start at the positions sought
here once the client resumes the partitions.

If our seek or Faust's method raises, or the recovery is cancelled, the partitions are resumed
in the client all the same (the error is re-raised), unless a rebalance has replaced the
client's assignment meanwhile. Nothing is delivered from a half-done seek: the flow stays
stopped until Faust's method resumes it, after its own seek. What follows is Faust's: after a
rebalance a new recovery seeks again; a stop (or a timed-out wait in Faust's method, which
mode reports as a stop) ends the recovery loop; any other error crashes the worker.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from typing import Any

log = logging.getLogger(__name__)
_PATCHED = "_personalize_seeks_before_resume"


def seek_before_resume() -> None:
    """Patch ``faust.tables.recovery.Recovery`` once per process (idempotent)."""
    from faust.tables.recovery import Recovery

    if getattr(Recovery, _PATCHED, False):
        return
    original = Recovery.on_recovery_completed

    async def on_recovery_completed(self: Any, generation_id: int = 0) -> None:
        consumer = self.app.consumer
        held: list[Any] = []

        async def release() -> None:
            # A newer generation means a rebalance replaced the client's assignment, whose
            # partitions start unpaused: nothing of ours is left to resume, and what is
            # paused now may be the next recovery's hold, which this one must not release.
            if held and self.app.consumer_generation_id == generation_id:
                await hold_in_client(consumer, held, paused=False)

        try:
            if consumer.assignment() and self.app.consumer_generation_id == generation_id:
                # The stream partitions are still paused here, in Faust's bookkeeping only:
                # hold them in the client too, and stop the flow, so that nothing of them is
                # fetched or delivered until Faust has resumed them, sought them again and
                # cleared the stream queues; then position them (a seek drops whatever was
                # fetched beyond).
                held = stream_partitions(self.app, consumer)
                consumer.stop_flow()
                await self._wait(hold_in_client(consumer, held, paused=True))
                await self._wait(seek_streams(self.app, consumer))
            await original(self, generation_id)
        except BaseException:
            # Failed or cancelled: only Faust's method resumes the flow, after its own seek,
            # so resuming in the client delivers nothing from a half-done seek. Resume, so
            # that no pause of ours outlives this recovery, and keep the original error.
            try:
                await release()
            except Exception:
                log.warning("could not resume the held stream partitions", exc_info=True)
            raise
        await release()

    Recovery.on_recovery_completed = on_recovery_completed  # type: ignore[method-assign]
    setattr(Recovery, _PATCHED, True)


def stream_partitions(app: Any, consumer: Any) -> list[Any]:
    """The assigned partitions that streams read (every one but the changelogs)."""
    changelogs = app.tables.changelog_topics
    return [tp for tp in consumer.assignment() if tp.topic not in changelogs]


async def hold_in_client(consumer: Any, tps: Collection[Any], *, paused: bool) -> None:
    """Pause (or resume) ``tps`` in the aiokafka client that Faust's consumer drives.

    A paused partition is neither fetched nor returned to Faust, and its position stays where
    it is. Partitions no longer assigned are skipped (a rebalance replaced the client's
    assignment, whose partitions start unpaused). Runs on the client's own thread and loop.
    """
    # Faust has no public way to pause a partition in the client (its own pause is
    # bookkeeping): reach the driver's thread (AIOKafkaConsumerThread) and its aiokafka consumer.
    thread = consumer._thread  # noqa: SLF001
    client = thread._ensure_consumer()  # noqa: SLF001

    async def apply() -> None:
        from aiokafka.structs import TopicPartition

        assigned = client.assignment()
        chosen = [TopicPartition(tp.topic, tp.partition) for tp in tps]
        chosen = [tp for tp in chosen if tp in assigned]
        if paused:
            client.pause(*chosen)
        else:
            client.resume(*chosen)

    await thread.call_thread(apply)


async def seek_streams(app: Any, consumer: Any) -> None:
    """Seek every assigned stream partition to its committed offset, else to the beginning."""
    timeout = app.conf.broker_request_timeout
    await asyncio.wait_for(consumer.perform_seek(), timeout)
    # perform_seek leaves partitions without a commit where they are; ask which those are.
    committed = await asyncio.wait_for(consumer.seek_to_committed(), timeout)
    changelogs = app.tables.changelog_topics  # recovery positions those itself
    uncommitted = [
        tp
        for tp, offset in committed.items()
        if (offset is None or offset <= 0) and tp.topic not in changelogs
    ]
    if uncommitted and app.conf.consumer_auto_offset_reset == "earliest":
        log.info(
            "seeking %d stream partitions without a committed offset to the beginning",
            len(uncommitted),
        )
        for tp in uncommitted:
            # If offset 0 was deleted, the client resets to the earliest offset it still has.
            await consumer.seek(tp, 0)
    log.info("stream partitions sought to their committed offsets before resuming them")
