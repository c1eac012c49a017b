"""What ``personalize top`` shows, computed from two scrapes of a worker's metrics page and
the open incidents of the alerts topic. Pure: the CLI does the reading and the drawing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

__all__ = ["Scrape", "parse_scrape", "plain_line", "render"]


@dataclass
class Scrape:
    """The metrics one scrape returned: series name -> {labels -> value}."""

    at_s: float
    series: dict[str, dict[tuple[tuple[str, str], ...], float]] = field(default_factory=dict)

    def by(self, name: str, label: str) -> dict[str, float]:
        """Sum of ``name`` per value of ``label``."""
        out: dict[str, float] = defaultdict(float)
        for labels, value in self.series.get(name, {}).items():
            out[dict(labels).get(label, "")] += value
        return dict(out)

    def total(self, name: str) -> float | None:
        """Sum of every series of ``name``; None if the worker does not export it."""
        values = self.series.get(name)
        return None if values is None else sum(values.values())


def parse_scrape(text: str, at_s: float) -> Scrape:
    """Parse a Prometheus text exposition."""
    scrape = Scrape(at_s)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = tuple(sorted(sample.labels.items()))
            scrape.series.setdefault(sample.name, {})[labels] = sample.value
    return scrape


def _rates(before: Scrape | None, now: Scrape, name: str, label: str) -> dict[str, float]:
    if before is None or now.at_s <= before.at_s:
        return {}
    old = before.by(name, label)
    return {
        k: (v - old.get(k, 0.0)) / (now.at_s - before.at_s) for k, v in now.by(name, label).items()
    }


def render(before: Scrape | None, now: Scrape | None, incidents: Mapping[str, Mapping[str, Any]],
           source: str) -> list[str]:  # fmt: skip
    """The full-screen view, as lines."""
    lines = [f"personalize top — {source}   (Ctrl-C to quit)", ""]
    if now is None:
        lines.append("worker metrics: not reachable")
    else:
        rates_in = _rates(before, now, "personalize_events_in_total", "topic")
        rates_out = _rates(before, now, "personalize_events_out_total", "topic")
        lag = now.by("personalize_consumer_lag", "topic")
        fresh = now.by("personalize_freshness_seconds", "topic")
        lines.append(f"{'topic':<36} {'in/s':>9} {'out/s':>9} {'lag':>9} {'stale s':>8}")
        for topic in sorted(set(rates_in) | set(rates_out) | set(lag)):
            lines.append(
                f"{topic:<36} {rates_in.get(topic, 0):>9.1f} {rates_out.get(topic, 0):>9.1f} "
                f"{lag.get(topic, 0):>9.0f} {fresh.get(topic, 0):>8.0f}"
            )
        dead = now.by("personalize_dead_letters_total", "reason")
        lines += [
            "",
            "dead letters: "
            + (", ".join(f"{k} {v:.0f}" for k, v in sorted(dead.items())) or "none"),
        ]
        budget = now.by("personalize_budget_used_ratio", "scope")
        lines.append(
            "budget used: "
            + (", ".join(f"{k} {v:.0%}" for k, v in sorted(budget.items())) or "(not exported)")
        )
        running = now.total("personalize_experiments_running")
        lines.append(
            f"experiments running: {'(not exported)' if running is None else f'{running:.0f}'}"
        )
    lines += ["", f"open alerts: {len(incidents)}"]
    for alert in sorted(incidents.values(), key=lambda a: (-a["event_time"], a["kind"]))[:15]:
        scope = "/".join(p for p in (alert.get("tenant"), alert.get("surface")) if p) or "-"
        subject = alert.get("subject") or "-"
        lines.append(f"  {alert['severity']:<8} {alert['kind']:<22} {scope:<16} {subject}")
    return lines


def plain_line(before: Scrape | None, now: Scrape | None, incidents: Mapping[str, Any]) -> str:
    """One line per interval, for a pipe or a log file."""
    if now is None:
        return f"metrics=unreachable open_alerts={len(incidents)}"
    rate_in = sum(_rates(before, now, "personalize_events_in_total", "topic").values())
    lag = now.total("personalize_consumer_lag") or 0.0
    stale = max(now.by("personalize_freshness_seconds", "topic").values(), default=0.0)
    dead = now.total("personalize_dead_letters_total") or 0.0
    budget = max(now.by("personalize_budget_used_ratio", "scope").values(), default=0.0)
    running = now.total("personalize_experiments_running") or 0.0
    return (
        f"in/s={rate_in:.1f} lag={lag:.0f} stale_s={stale:.0f} dead_letters={dead:.0f} "
        f"budget_used_max={budget:.2f} experiments={running:.0f} open_alerts={len(incidents)}"
    )
