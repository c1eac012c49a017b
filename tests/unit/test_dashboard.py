"""The Grafana dashboard: every panel's PromQL parses (promtool checks it as a recording
rule) and names only metrics the worker exports, metrics recorded by our rules, or metrics
planned for other stages (``streams.metrics.PLANNED_METRICS``)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from prometheus_client import CollectorRegistry

from infra.prometheus_server import RULES, ensure_promtool
from streams.metrics import PLANNED_METRICS, Metrics

DASHBOARD = Path(__file__).resolve().parents[2] / "infra" / "grafana" / "personalize.json"


def exported_names() -> set[str]:
    """Every series name the worker's metrics bundle exports (with _total, _bucket...)."""
    registry = CollectorRegistry()
    Metrics.create(registry)
    names: set[str] = set()
    for family in registry.collect():
        # Labelled families have no samples until used: derive the series names by type.
        suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum")}
        names |= {family.name + s for s in suffixes.get(family.type, ("",))}
    return names


def _expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]


def test_every_panel_parses(tmp_path: Path) -> None:
    rules = tmp_path / "panels.yml"
    lines = ["groups:", "  - name: panels", "    rules:"]
    for i, expr in enumerate(_expressions()):
        lines += [f"      - record: panel_{i}", f"        expr: {json.dumps(expr)}"]
    rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [ensure_promtool(), "check", "rules", str(rules)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_panel_names_known_metrics() -> None:
    recorded = set(re.findall(r"record: (\S+)", RULES.read_text(encoding="utf-8")))
    known = exported_names() | set(PLANNED_METRICS) | recorded
    for expr in _expressions():
        names = set(re.findall(r"\bpersonalize[_:][a-z0-9_:]+", expr))
        assert names, expr
        assert names <= known, names - known
