"""Replay seeded traffic through the in-process driver and measure the detectors.

For each degradation of :data:`~streams.tools.alert_traffic.DEGRADATIONS`, clean traffic runs
for ``warmup_min`` minutes, the degradation starts, and the run goes on for
``after_min`` minutes; the detection delay is the event time the pipeline had reached when
the expected alert appeared on ``alerts``, minus the onset. A clean day (no degradation)
counts false alerts per kind. Interactions and consent go through the in-process driver (the
worker's stages and engine, fakeredis for Redis); costs go through
:func:`~streams.stages.anomalies.alert_on_costs`, the call the costs stage makes; health
checks through :meth:`~streams.stages.anomalies.Anomalies.check_health` every 15 s, as the
worker's timer does.

    python -m streams.tools.alert_sim [--clean-hours 24] [--out docs/alerts_sim.md]

Needs the dev extras (fakeredis).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from processors.detectors.config import BurnConfig, DetectorConfig
from schemas.codec import decode, encode
from streams.inprocess import InProcessPipeline
from streams.settings import load_settings
from streams.stages.anomalies import alert_on_costs
from streams.stages.effects import Effects
from streams.tools.alert_traffic import DEGRADATIONS, MINUTE_MS, Traffic, TrafficConfig
from streams.wiring import stage_config

__all__ = ["RunResult", "run", "run_all"]

STEP_MS = 15_000
GARBAGE = b"\x00not avro at all"


@dataclass
class RunResult:
    """What one run raised."""

    degradation: str | None
    onset_ms: int
    fired: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    """(event time reached when it appeared, alert record) of every FIRING record."""

    def delay_s(self, kind: str) -> float | None:
        """Seconds from onset to the first FIRING alert of ``kind``; None if none came."""
        for reached, alert in self.fired:
            if alert["kind"] == kind and reached >= self.onset_ms:
                return (reached - self.onset_ms) / 1000.0
        return None

    def false_alerts(self, expected: str | None) -> Counter[str]:
        """FIRING alerts of other kinds (or before onset), per kind."""
        return Counter(
            a["kind"] for t, a in self.fired if a["kind"] != expected or t < self.onset_ms
        )


def run(
    traffic: Traffic,
    start_ms: int,
    minutes: int,
    redis: Any,
    config: DetectorConfig | None = None,
) -> RunResult:
    """Replay ``minutes`` of ``traffic`` from ``start_ms``; every FIRING alert with its time."""
    return asyncio.run(_run(traffic, start_ms, minutes, redis, config))


async def _run(
    traffic: Traffic, start: int, minutes: int, redis: Any, config: DetectorConfig | None
) -> RunResult:
    clock = [start]
    settings = load_settings(env={}).replace(
        topic_prefix="sim.", redis_prefix="sim:p", free_text="redact"
    )
    budget = BurnConfig(tenant_to_budget_micros={"acme": traffic.daily_budget_micros()})
    detectors = dataclasses.replace(config or DetectorConfig(), burn=budget)
    stages = dataclasses.replace(stage_config(settings), detectors=detectors)
    pipeline = InProcessPipeline(
        settings, redis, now_ms=lambda: clock[0] + MINUTE_MS, config=stages
    )
    core = pipeline.core
    result = RunResult(traffic.degradation, traffic.onset_ms if traffic.degradation else start)
    seen = 0
    sent = 0
    stalled_since: int | None = None
    for t0 in range(start, start + minutes * MINUTE_MS, STEP_MS):
        t1 = t0 + STEP_MS
        clock[0] = t1
        if traffic.degraded(t0, "broken_redactor"):
            core.redact = lambda text: (text, {})
        stalled = traffic.degraded(t0, "stalled_worker")
        stalled_since = (stalled_since or t0) if stalled else None
        if not stalled:
            events = traffic.interactions(t0, t1)
            records = [(e["user_id"].encode(), encode("Interaction", e)) for e in events]
            records += [(b"junk", GARBAGE)] * traffic.garbage(t0, t1, len(events))
            sent += len(records)
            await pipeline.feed("interactions", records)
            consents = traffic.consents(t0, t1)
            await pipeline.feed(
                "consent", [(c["user_id"].encode(), encode("Consent", c)) for c in consents]
            )
            effects = Effects()
            alert_on_costs(core.anomalies, traffic.costs(t0, t1), effects)
            pipeline.engine.emit(effects)
        effects = Effects()
        core.anomalies.check_health(t1, {"interactions": _lag(traffic, t0, stalled_since)}, effects)
        pipeline.engine.emit(effects)
        produced = pipeline.records("alerts")
        for record in produced[seen:]:
            alert = decode(record.value or b"", expected="Alert").record
            if alert["status"] == "FIRING":
                result.fired.append((t1, alert))
        seen = len(produced)
    return result


def _lag(traffic: Traffic, t0: int, stalled_since: int | None) -> int:
    # A slow sink falls behind by 5,000 records a minute; a stalled worker by the traffic.
    if traffic.degraded(t0, "slow_sink"):
        return (t0 - traffic.onset_ms) // MINUTE_MS * 5_000 + 5_000
    if stalled_since is not None:
        return int((t0 - stalled_since) / MINUTE_MS * 150) + 1
    return 0


def run_all(
    config: TrafficConfig, redis_factory: Any, *, warmup_min: int, after_min: int, clean_hours: int
) -> tuple[list[tuple[str, str, RunResult]], RunResult]:
    """Every degradation once, then the clean day."""
    runs = []
    for name, kind in DEGRADATIONS.items():
        onset = config.day_ms + 12 * 3_600_000  # noon: a busy hour, the hardest to tell apart
        start = onset - warmup_min * MINUTE_MS
        traffic = Traffic(config, name, onset)
        runs.append((name, kind, run(traffic, start, warmup_min + after_min, redis_factory())))
    clean = run(Traffic(config), config.day_ms, clean_hours * 60, redis_factory())
    return runs, clean


def table(runs: list[tuple[str, str, RunResult]], clean: RunResult, clean_hours: int) -> str:
    """The markdown table of delays and false alerts."""
    lines = [
        "| degradation | expected alert | detection delay (s) | other alerts in the run |",
        "| --- | --- | ---: | --- |",
    ]
    for name, kind, result in runs:
        delay = result.delay_s(kind)
        other = ", ".join(f"{k} x{n}" for k, n in sorted(result.false_alerts(kind).items()))
        shown = "MISSED" if delay is None else f"{delay:.0f}"
        lines.append(f"| {name} | `{kind}` | {shown} | {other or 'none'} |")
    false = clean.false_alerts(None)
    lines += [
        "",
        f"Clean simulated day ({clean_hours} h of event time, daily seasonality): "
        f"{sum(false.values())} false alerts"
        + (": " + ", ".join(f"`{k}` x{n}" for k, n in sorted(false.items())) if false else "."),
    ]
    return "\n".join(lines)


def main() -> None:
    """Run the simulations and print (or write) the table."""
    import fakeredis

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--clean-hours", type=int, default=24)
    parser.add_argument("--warmup-min", type=int, default=40)
    parser.add_argument("--after-min", type=int, default=10)
    parser.add_argument("--out", help="also write the table to this file")
    args = parser.parse_args()
    runs, clean = run_all(
        TrafficConfig(seed=args.seed),
        lambda: fakeredis.FakeAsyncRedis(server=fakeredis.FakeServer()),
        warmup_min=args.warmup_min,
        after_min=args.after_min,
        clean_hours=args.clean_hours,
    )
    text = table(runs, clean, args.clean_hours)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    main()
