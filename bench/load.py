"""Background load: a thread that publishes traffic at a fixed rate with its own Publisher."""

from __future__ import annotations

import threading
import time
from typing import Any

from bench.workload import traffic_stream
from streams.clients.publisher import Publisher
from streams.clock import wall_clock_ms
from streams.settings import Settings

TICK_S = 0.005


class LoadGenerator:
    """Publishes ``rate`` interactions per second, with their served lists, until stopped.

    Pacing is by schedule, not by sleep per record: at each tick it sends as many records as
    the schedule says are due, so a slow tick is caught up instead of lowering the rate.
    """

    def __init__(self, settings: Settings, rate: float, *, run: str, seed: int = 7) -> None:
        self.rate = rate
        self.sent = 0
        self.elapsed_s = 0.0
        self.error: BaseException | None = None
        self._settings = settings
        self._run = run
        self._seed = seed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="bench-load", daemon=True)

    @property
    def achieved_rate(self) -> float:
        """Interactions per second actually handed to the producer so far."""
        return self.sent / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def start(self) -> LoadGenerator:
        """Start publishing in the background."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop publishing and wait for the thread (which flushes its producer)."""
        self._stop.set()
        self._thread.join(60.0)

    def __enter__(self) -> LoadGenerator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _work(self) -> None:
        try:
            with Publisher(
                self._settings.kafka_bootstrap,
                topic_prefix=self._settings.topic_prefix,
                client_id="bench-load",
            ) as publisher:
                self._publish_until_stopped(publisher)
        except BaseException as exc:  # reported by the caller; a thread cannot raise to it
            self.error = exc

    def _publish_until_stopped(self, publisher: Publisher) -> None:
        # Event times track the wall clock so the gate never sees them as future or stale.
        stream = traffic_stream(seed=self._seed, run=self._run, start_ms=0)
        began = time.perf_counter()
        while not self._stop.is_set():
            self.elapsed_s = time.perf_counter() - began
            due = int(self.elapsed_s * self.rate) - self.sent
            now_ms = wall_clock_ms()
            while due > 0:
                kind, record = next(stream)
                if kind == "recommendation":
                    publisher.publish_recommendation(_stamped(record, now_ms))
                    continue
                publisher.publish_interaction(_stamped(record, now_ms))
                self.sent += 1
                due -= 1
            time.sleep(TICK_S)
        self.elapsed_s = time.perf_counter() - began


def _stamped(event: dict[str, Any], now_ms: int) -> dict[str, Any]:
    event["event_time"] = now_ms
    return event
