"""The declarative topic spec parses and encodes the retention/compaction policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from infra.provision import load_spec, resolve
from schemas.errors import ConfigError

DAY_MS = 86_400_000


def test_spec_declares_every_topic() -> None:
    names = {spec.name for spec in load_spec()}
    assert names == {
        "interactions", "recommendations", "costs", "consent", "control", "catalog",
        "events.clean", "served.clean", "alerts", "audit", "audit.pending", "deadletter",
        "control.signals",
        "costs.clean", "popularity.updates",
    }  # fmt: skip


def test_what_learning_and_replay_read_is_kept_a_week() -> None:
    specs = {spec.name: spec for spec in load_spec()}
    for name in ("events.clean", "served.clean"):
        assert specs[name].retention_ms is not None
        assert specs[name].retention_ms >= 7 * DAY_MS


def test_raw_topics_have_short_retention() -> None:
    specs = {spec.name: spec for spec in load_spec()}
    # The dead-letter topic keeps refused records' original bytes, so it is raw too.
    for name in ("interactions", "recommendations", "costs", "deadletter"):
        spec = specs[name]
        assert spec.raw
        assert spec.cleanup_policy == "delete"
        assert spec.retention_ms == DAY_MS
        # Kafka deletes only closed segments, so they must roll well within the retention.
        assert spec.segment_ms is not None
        assert spec.segment_ms < DAY_MS


def test_consent_control_catalog_are_compacted() -> None:
    specs = {spec.name: spec for spec in load_spec()}
    for name in ("consent", "control", "catalog"):
        assert specs[name].cleanup_policy == "compact"
        assert specs[name].configs()["cleanup.policy"] == "compact"
        assert "retention.ms" not in specs[name].configs()


def test_long_lived_topics_keep_their_retention() -> None:
    specs = {spec.name: spec for spec in load_spec()}
    assert specs["events.clean"].retention_ms == 7 * DAY_MS
    assert specs["alerts"].retention_ms == 7 * DAY_MS
    assert specs["audit"].retention_ms == 365 * DAY_MS
    assert specs["popularity.updates"].retention_ms == DAY_MS


def test_partitions_and_raw_retention_follow_settings() -> None:
    resolved = {s.name: s for s in resolve(load_spec(), partitions=8, raw_retention_ms=3_600_000)}
    assert resolved["interactions"].partitions == 8
    assert resolved["interactions"].retention_ms == 3_600_000
    assert resolved["control"].partitions == 1
    assert resolved["audit"].partitions == 1
    assert resolved["audit"].retention_ms == 365 * DAY_MS


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('[topics.x]\npartitions = 1\ncleanup_policy = "delete"\n', "needs retention_ms"),
        ('[topics.x]\npartitions = 1\ncleanup_policy = "gone"\n', "cleanup_policy"),
        ("[topics.x]\npartitions = 1\nretention = 5\n", "unknown key"),
        ('[topics.x]\nkeyed = true\npartitions = 2\ncleanup_policy = "compact"\n', "exactly one"),
        ('[topics.x]\npartitions = true\ncleanup_policy = "compact"\n', "must be of type int"),
        ("[topic.x]\npartitions = 1\n", "unknown table"),
    ],
)
def test_bad_spec_is_a_config_error(tmp_path: Path, body: str, fragment: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        load_spec(path)
