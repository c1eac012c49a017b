"""The alert builder and the incident book: one FIRING per incident, one RESOLVED after it."""

from __future__ import annotations

import json
import re

import pytest

from infra.prometheus_server import RULES
from processors.alerts import AlertSpec, IncidentBook, build_alert, runbook_of
from schemas.codec import decode, encode


def spec(t: int = 1_000, key: str = "burst.user|acme|home|u1", **changes: object) -> AlertSpec:
    fields: dict[str, object] = {
        "kind": "burst.user",
        "severity": "WARNING",
        "tenant": "acme",
        "subject": "u1",
        "value": 50.0,
        "baseline": 1.0,
        "threshold": 30.0,
        "message": "burst",
        "event_time": t,
        "dedup_key": key,
        "surface": "home",
        "in_force": {"experiment_id": "exp-1"},
    }
    fields.update(changes)
    return AlertSpec(**fields)  # type: ignore[arg-type]


def test_record_is_valid_and_deterministic() -> None:
    record = build_alert(spec())
    assert decode(encode("Alert", record), expected="Alert").record == record
    assert build_alert(spec()) == record
    assert record["runbook"] == "docs/operations.md#alert-burstuser"
    assert json.loads(record["in_force_json"]) == {"experiment_id": "exp-1"}
    assert record["status"] == "FIRING"


def test_undefined_numbers_become_none() -> None:
    record = build_alert(spec(baseline=float("nan"), value=float("inf")))
    assert record["baseline"] is None
    assert record["value"] is None
    encode("Alert", record)


def test_bad_specs_are_refused() -> None:
    with pytest.raises(ValueError, match="severity"):
        spec(severity="LOUD")
    with pytest.raises(ValueError, match="dedup_key"):
        spec(key="")


def test_one_incident_one_firing_then_one_resolved() -> None:
    book = IncidentBook(quiet_ms=10_000)
    first = book.fire(spec(1_000))
    assert [r["status"] for r in first] == ["FIRING"]
    assert book.fire(spec(5_000)) == []  # same incident, still open
    assert book.sweep(14_000) == []  # quiet for 9 s only
    (resolved,) = book.sweep(15_000)
    assert resolved["status"] == "RESOLVED"
    assert resolved["dedup_key"] == first[0]["dedup_key"]
    assert resolved["alert_id"].split(":")[2] == "1000"  # pairs with its FIRING record
    assert book.sweep(99_000) == []
    assert [r["status"] for r in book.fire(spec(100_000))] == ["FIRING"]  # a new incident


def test_book_is_bounded() -> None:
    book = IncidentBook(quiet_ms=10_000, max_open=2)
    book.fire(spec(1, key="a"))
    book.fire(spec(2, key="b"))
    records = book.fire(spec(3, key="c"))
    assert [(r["status"], r["dedup_key"]) for r in records] == [("RESOLVED", "a"), ("FIRING", "c")]
    assert book.open_by_kind() == {"burst.user": 2}


def test_runbook_anchor_matches_the_operations_doc() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "operations.md").read_text()
    from streams.tools.alert_traffic import DEGRADATIONS

    for kind in sorted(set(DEGRADATIONS.values())):
        assert f"### Alert {kind}\n" in doc, runbook_of(kind)
    for anchor in re.findall(r"#alert-([a-z0-9_]+)", RULES.read_text(encoding="utf-8")):
        assert any(runbook_of(k).endswith(anchor) for k in _kinds(doc)), anchor


def _kinds(doc: str) -> list[str]:
    return re.findall(r"^### Alert (\S+)$", doc, flags=re.MULTILINE)
