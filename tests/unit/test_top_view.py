"""``personalize top``'s view and ``alerts tail``'s lines, from canned inputs."""

from __future__ import annotations

from processors.alerts import AlertSpec, IncidentBook
from streams.tools.alert_reading import OpenIncidents, format_alert
from streams.tools.top_view import parse_scrape, plain_line, render

PAGE = """# TYPE personalize_events_in counter
personalize_events_in_total{topic="interactions"} %d
# TYPE personalize_consumer_lag gauge
personalize_consumer_lag{topic="interactions",partition="0"} 7
# TYPE personalize_dead_letters counter
personalize_dead_letters_total{reason="undecodable"} 3
"""


def _alerts() -> list[dict[str, object]]:
    book = IncidentBook(quiet_ms=1_000)
    spec = AlertSpec(
        *("burst.user", "WARNING", "acme", "u1", 99.0, 1.0, 30.0, "burst", 5_000),
        dedup_key="burst.user|acme|home|u1",
        surface="home",
        in_force={"experiment_id": "e1"},
    )
    return [*book.fire(spec), *book.sweep(10_000)]


def test_view_and_plain_line() -> None:
    before, now = parse_scrape(PAGE % 100, 0.0), parse_scrape(PAGE % 300, 2.0)
    incidents = OpenIncidents()
    firing, _resolved = _alerts()
    incidents.add(firing)
    screen = "\n".join(render(before, now, incidents.open, "http://x/metrics"))
    assert "interactions" in screen
    assert "100.0" in screen  # (300 - 100) / 2 s
    assert "burst.user" in screen
    assert plain_line(before, now, incidents.open).startswith("in/s=100.0 lag=7 ")


def test_alert_lines_and_resolution() -> None:
    firing, resolved = _alerts()
    line = format_alert(firing)
    assert "FIRING" in line
    assert "experiment_id=e1" in line
    assert "docs/operations.md#alert-burstuser" in line
    incidents = OpenIncidents()
    incidents.add(firing)
    incidents.add(resolved)
    assert incidents.open == {}
