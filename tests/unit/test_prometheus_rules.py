"""infra/prometheus/rules.yml passes ``promtool check rules`` and its synthetic-series tests
(``promtool test rules`` over rules_test.yml), and names only metrics the worker exports."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from infra.prometheus_server import RULES, ensure_promtool
from tests.unit.test_dashboard import exported_names

RULES_TEST = RULES.parent / "rules_test.yml"


def _promtool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ensure_promtool(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_rules_are_valid() -> None:
    result = _promtool("check", "rules", RULES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rules_pass_their_synthetic_series() -> None:
    result = _promtool("test", "rules", RULES_TEST)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rules_name_exported_metrics() -> None:
    names = set(re.findall(r"\bpersonalize_[a-z_]+", Path(RULES).read_text(encoding="utf-8")))
    assert names <= exported_names(), names - exported_names()
