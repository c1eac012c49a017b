"""The benchmark's pure helpers: latency summaries, rates, report assembly, workload, log scan."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from bench.report import SCHEMA_VERSION, assemble, latency_summary, median_rate, ratio, to_json
from bench.worker_log import summarize_lines
from bench.workload import CLICK_SHARE, SURFACES, expected_scores, make_interactions
from processors.popularity import log2_term


def test_latency_summary_agrees_with_numpy_linear_percentiles() -> None:
    values = [float(v) for v in np.random.default_rng(3).exponential(5.0, size=1001)]
    summary = latency_summary(values)
    assert summary["count"] == 1001
    assert summary["p50_ms"] == pytest.approx(float(np.percentile(values, 50)))
    assert summary["p99_ms"] == pytest.approx(float(np.percentile(values, 99)))
    assert summary["max_ms"] == max(values)


def test_latency_summary_of_nothing_is_nan_not_an_error() -> None:
    summary = latency_summary([])
    assert summary["count"] == 0
    assert math.isnan(summary["p99_ms"])


def test_median_rate_and_ratio() -> None:
    assert median_rate([(100, 1.0), (300, 1.0), (200, 1.0)]) == 200.0
    assert math.isnan(median_rate([]))
    assert ratio(2500.0, 5000.0) == 0.5
    assert math.isnan(ratio(float("nan"), 5000.0))


def test_assembled_report_is_strict_json_with_sorted_sections() -> None:
    report = assemble(
        {"reader": {"p99_ms": float("nan")}, "freshness": {"p50_ms": 12.5}},
        {"cores": 2},
        "python -m bench --quick",
        {"throughput": "InfraError: no broker"},
    )
    text = to_json(report)
    parsed = json.loads(text, parse_constant=lambda name: pytest.fail(f"non-JSON {name}"))
    assert parsed["schema_version"] == SCHEMA_VERSION
    assert list(parsed["sections"]) == ["freshness", "reader"]
    assert parsed["sections"]["reader"]["p99_ms"] is None
    assert parsed["errors"] == {"throughput": "InfraError: no broker"}
    assert parsed["command"] == "python -m bench --quick"


def test_workload_is_seeded_and_realistic() -> None:
    events = make_interactions(5000, seed=1, run="r", start_ms=1_700_000_000_000)
    assert events == make_interactions(5000, seed=1, run="r", start_ms=1_700_000_000_000)
    clicks = sum(e["kind"] == "CLICK" for e in events)
    assert abs(clicks / len(events) - CLICK_SHARE) < 0.02
    assert {e["surface"] for e in events} == set(SURFACES)
    assert len({e["event_id"] for e in events}) == len(events)


def test_expected_scores_count_clicks_only() -> None:
    events = make_interactions(200, seed=2, run="r", start_ms=1_700_000_000_000)
    scores = expected_scores(events, half_life_ms=3_600_000.0)
    clicked = {(e["tenant"], e["surface"], e["item_id"]) for e in events if e["kind"] == "CLICK"}
    assert set(scores) == clicked
    single = next(e for e in events if e["kind"] == "CLICK")
    key = (single["tenant"], single["surface"], single["item_id"])
    assert scores[key] >= log2_term(1.0, single["event_time"], 3_600_000.0)


def test_worker_log_summary_groups_numbers_and_counts_tracebacks(tmp_path: Path) -> None:
    lines = [
        '{"level": "INFO", "logger": "faust", "message": "Starting..."}',
        '{"level": "WARNING", "logger": "mode.timers", "message": "Timer late 0.021"}',
        '{"level": "WARNING", "logger": "mode.timers", "message": "Timer late 0.5"}',
        '{"level": "ERROR", "logger": "faust.worker", "message": "Error: boom"}',
        "Traceback (most recent call last):",
    ]
    summary = summarize_lines(lines)
    assert summary["levels"] == {"WARNING": 2, "ERROR": 1}
    assert summary["unparsed_lines"] == 1
    assert summary["top_messages"][0] == {
        "message": "WARNING mode.timers: Timer late N",
        "count": 2,
    }
