"""Per-event CPU cost of the gate's work, in process and without Kafka or Faust.

Runs what the gate agent does per record (``processors.gate.admit_interaction`` plus
``schemas.codec.encode`` of the CleanEvent) over pre-encoded interactions, once plainly timed
and once under cProfile to split the cost by stage. The gap between this cost and the worker's
measured throughput is the framework's share (consumer, producer sends, table, commits).
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from bench.workload import make_interactions
from processors.deadletter import SourceRef
from processors.gate import Admitted, GateConfig, admit_interaction
from processors.pseudonym import Pseudonymizer
from schemas.codec import encode
from streams.clock import wall_clock_ms
from streams.settings import Settings
from streams.stages.core import redact_text

Say = Callable[[str], None]

#: Stage label -> (module path suffix, function name); cumulative time includes callees.
STAGES: Final[Mapping[str, tuple[str, str]]] = {
    "gate total (admit_interaction)": ("processors/gate.py", "admit_interaction"),
    "  decode Interaction (codec.decode)": ("schemas/codec.py", "decode"),
    "    semantic rules (validate_semantics)": ("schemas/rules.py", "validate_semantics"),
    "  redaction of context values": ("processors/gate.py", "_redacted"),
    "  pseudonym (HMAC-SHA256)": ("processors/pseudonym.py", "__call__"),
    "encode CleanEvent (codec.encode)": ("schemas/codec.py", "encode"),
}


def gate_pass(records: Sequence[bytes], settings: Settings, now_ms: int) -> int:
    """Admit and re-encode every record as the gate agent does; return how many passed."""
    config = GateConfig(
        settings.max_event_bytes, settings.max_future_skew_ms, settings.free_text_policy()
    )
    pseudonymize = Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8"))
    admitted = 0
    for offset, data in enumerate(records):
        outcome = admit_interaction(
            data,
            SourceRef("interactions", 0, offset),
            now_ms,
            config=config,
            pseudonymize=pseudonymize,
            redact=redact_text,
        )
        if isinstance(outcome, Admitted):
            encode("CleanEvent", outcome.clean, validate=False)
            admitted += 1
    return admitted


def stage_split(stats: pstats.Stats, events: int) -> dict[str, float]:
    """Microseconds per event spent in (and under) each of :data:`STAGES`."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]  # pstats has no stub
    split: dict[str, float] = {}
    for label, (suffix, name) in STAGES.items():
        cumulative = sum(
            row[3]
            for (filename, _line, function), row in table.items()
            if function == name and filename.endswith(suffix)
        )
        split[label.strip()] = cumulative / events * 1e6
    return split


def gate_cpu(base: Settings, count: int, say: Say) -> dict[str, Any]:
    """Plain and profiled per-event cost of the gate over ``count`` interactions."""
    now_ms = wall_clock_ms()
    events = make_interactions(count, seed=99, run="cpu", start_ms=now_ms - count - 60_000)
    records = [encode("Interaction", event) for event in events]
    say(f"[gate_cpu] {count:,} records, gate + CleanEvent encode, in process ...")
    gate_pass(records[: min(2000, count)], base, now_ms)  # warm caches (registry, regexes)
    began = time.perf_counter()
    admitted = gate_pass(records, base, now_ms)
    plain_s = time.perf_counter() - began
    profiler = cProfile.Profile()
    profiler.enable()
    gate_pass(records, base, now_ms)
    profiler.disable()
    stats = pstats.Stats(profiler)
    split = stage_split(stats, count)
    profiled_total = stats.total_tt / count * 1e6  # type: ignore[attr-defined]  # no stub
    say(
        f"[gate_cpu] {plain_s / count * 1e6:.1f} us/event unprofiled "
        f"(= {count / plain_s:,.0f} events/s on one core)"
    )
    for label, micros in split.items():
        say(f"[gate_cpu]   {label:<40} {micros:7.1f} us/event (profiled)")
    return {
        "events": count,
        "admitted": admitted,
        "us_per_event_unprofiled": plain_s / count * 1e6,
        "events_per_s_one_core": count / plain_s,
        "us_per_event_profiled_total": profiled_total,
        "us_per_event_profiled_by_stage": split,
        "top_functions_by_own_time": _top_own_time(stats, count),
    }


def _top_own_time(stats: pstats.Stats, events: int, keep: int = 12) -> list[dict[str, Any]]:
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]  # pstats has no stub
    rows = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:keep]
    return [
        {
            "function": f"{filename.rsplit('/', 1)[-1]}:{line}({function})",
            "calls_per_event": row[1] / events,
            "own_us_per_event": row[2] / events * 1e6,
            "cumulative_us_per_event": row[3] / events * 1e6,
        }
        for (filename, line, function), row in rows
    ]
