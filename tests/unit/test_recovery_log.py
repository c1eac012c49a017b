"""Reading how many changelog records a recovery replayed from Faust's log tables."""

from __future__ import annotations

import json

from bench.recovery_log import replayed_per_recovery


def _line(message: str) -> str:
    return json.dumps({"level": "INFO", "logger": "faust.tables.recovery", "message": message})


def _table(title: str, rows: list[tuple[str, int, int]]) -> str:
    body = "\n".join(
        f"| {topic:<20} | {partition:<9} | {offset:<9} |" for topic, partition, offset in rows
    )
    return f"[^---Recovery]: x:\n+{title}--+\n| topic | partition | offset |\n+--+\n{body}\n+--+"


def test_replayed_records_are_highwater_minus_start_per_partition() -> None:
    lines = [
        _line("[^--Producer]: Creating topic 'x'"),
        _line(_table("Highwater - Active", [("a-changelog", 0, 54), ("〃", 1, 9), ("b", 0, -1)])),
        _line(
            _table(
                "Reading Starts At - Active", [("a-changelog", 0, -1), ("〃", 1, 9), ("b", 0, -1)]
            )
        ),
        "not json",
        _line(_table("Highwater - Active", [("a-changelog", 0, 60)])),
        _line(_table("Reading Starts At - Active", [("a-changelog", 0, 54)])),
    ]
    assert replayed_per_recovery(lines) == [55, 6]
