"""Faust's own per-record floor on this machine: a worker whose one agent only takes and acks.

It reads pre-loaded interaction records like the throughput section's worker, with the same
Faust settings as the pipeline's worker (uvloop, ``noack_take`` batches of ``sink_batch_max``
within ``sink_flush_ms``, every event acked after its batch), and does nothing else: no
decoding, no stages, no outputs, no Redis. Its CPU per record is what Faust, aiokafka and the
event loop cost before any of the pipeline's work; the worker's CPU per interaction minus it
is what the pipeline adds (docs/benchmarks.md).

The child process (``python -m bench.faust_floor``) writes its figures as JSON to a file (Faust's
worker turns standard output into log lines).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.isolation import Scope, provision_topics
from bench.pipeline import preload
from bench.workload import make_traffic
from streams.clock import wall_clock_ms
from streams.runtime.worker_process import settings_env
from streams.settings import Settings, load_settings

Say = Callable[[str], None]
_COUNT_ENV = "BENCH_FLOOR_COUNT"
_RESULT_ENV = "BENCH_FLOOR_RESULT"


def faust_floor(base: Settings, run: str, count: int, say: Say) -> dict[str, Any]:
    """Pre-load ``count`` interactions, drain them with a do-nothing Faust agent."""
    settings = Scope(run, "floor").settings(base)
    provision_topics(settings)
    traffic = make_traffic(count, seed=7, run=run, start_ms=wall_clock_ms() - count - 60_000)
    say(f"[faust_floor] pre-loading {count:,} interactions; an agent that only takes and acks")
    preload(settings, traffic, lists=False)
    with tempfile.TemporaryDirectory() as folder:
        result_path = Path(folder) / "floor.json"
        env = {**settings_env(settings), _COUNT_ENV: str(count), _RESULT_ENV: str(result_path)}
        done = subprocess.run(
            [sys.executable, "-m", "bench.faust_floor"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if not result_path.exists():
            tail = (done.stderr or done.stdout)[-500:]
            raise RuntimeError(f"the floor worker wrote no result (exit {done.returncode}): {tail}")
        result: dict[str, Any] = json.loads(result_path.read_text())
    say(
        f"[faust_floor]   {result['records']:,} records in {result['seconds']:.2f} s = "
        f"{result['records_per_s']:,.0f} records/s, {result['cpu_us_per_record']:.0f} us CPU "
        "per record"
    )
    return result


def _child() -> None:
    """Run the do-nothing worker until it has acked the pre-loaded records; print the figures."""
    settings = load_settings()
    count = int(os.environ[_COUNT_ENV])
    if settings.event_loop == "uvloop":
        import mode.loop

        mode.loop.use("uvloop")
    import faust

    host = settings.kafka_bootstrap.split(",")[0]
    app = faust.App(
        f"{settings.app_id}.floor",
        broker=f"kafka://{host}",
        store="memory://",
        processing_guarantee="at_least_once",
        autodiscover=False,
        topic_partitions=settings.partitions,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=0.5,
        stream_wait_empty=False,
        web_enabled=False,
    )
    topic = app.topic(
        settings.topic("interactions"),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )
    seen = 0
    started: tuple[float, float] | None = None

    async def drain(stream: Any) -> None:
        nonlocal seen, started
        async for events in stream.noack_take(
            settings.sink_batch_max, settings.sink_flush_ms / 1e3
        ):
            if started is None:  # timed from the first batch, like the worker from its join
                started = (time.perf_counter(), _cpu_s())
                first = len(events)
            for event in events:
                await stream.ack(event)
            seen += len(events)
            if seen >= count:
                seconds, cpu_s = time.perf_counter() - started[0], _cpu_s() - started[1]
                timed = seen - first
                figures = {
                    "records": seen,
                    "seconds": seconds,
                    "records_per_s": timed / seconds,
                    "cpu_us_per_record": cpu_s / timed * 1e6,
                }
                Path(os.environ[_RESULT_ENV]).write_text(json.dumps(figures))
                os._exit(0)  # Faust's orderly stop takes seconds and adds nothing here

    app.agent(topic, name=f"{settings.app_id}.floor.drain")(drain)
    faust.Worker(app, loglevel="warning", quiet=True).execute_from_commandline()


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    _child()
