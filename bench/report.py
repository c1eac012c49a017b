"""Pure helpers that turn raw measurements into the JSON report (no I/O except writing it)."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from streams.tools.freshness import percentile

SCHEMA_VERSION: Final = 1


def latency_summary(values_ms: Sequence[float]) -> dict[str, float | int]:
    """Count, p50, p99 and max of latencies in ms (linear interpolation, numpy's default)."""
    values = list(values_ms)
    return {
        "count": len(values),
        "p50_ms": percentile(values, 50),
        "p99_ms": percentile(values, 99),
        "max_ms": max(values) if values else float("nan"),
    }


def median_rate(counts_and_seconds: Sequence[tuple[int, float]]) -> float:
    """The median of ``count / seconds`` over runs; NaN when there are none."""
    rates = [count / seconds for count, seconds in counts_and_seconds if seconds > 0]
    return statistics.median(rates) if rates else float("nan")


def ratio(measured: float, target: float) -> float:
    """``measured / target`` rounded to 3 places (NaN if either is not a positive number)."""
    if not (measured > 0 and target > 0) or math.isnan(measured):
        return float("nan")
    return round(measured / target, 3)


def assemble(
    sections: Mapping[str, Any],
    machine: Mapping[str, Any],
    command: str,
    errors: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The full report: schema version, machine facts, command, each section, section errors."""
    return {
        "schema_version": SCHEMA_VERSION,
        "command": command,
        "machine": dict(machine),
        "sections": {name: sections[name] for name in sorted(sections)},
        "errors": dict(errors or {}),
    }


def to_json(report: Mapping[str, Any]) -> str:
    """Indented JSON; NaN and infinities become ``null`` so any JSON reader accepts it."""
    return json.dumps(_finite(report), indent=2, sort_keys=False) + "\n"


def write_report(path: Path, report: Mapping[str, Any]) -> None:
    """Write :func:`to_json` of ``report`` to ``path``, creating its directory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_json(report), encoding="utf-8")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Mapping):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
