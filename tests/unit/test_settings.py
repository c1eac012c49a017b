"""Settings: validated, frozen, secrets never print, unknown keys are errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from schemas.errors import ConfigError
from streams.settings import Secret, field_docs, load_settings


def test_defaults_are_loopback() -> None:
    settings = load_settings(env={})
    assert settings.kafka_bootstrap.startswith("127.0.0.1:")
    assert settings.redis_url.startswith("redis://127.0.0.1:")


def test_env_overrides_and_coerces() -> None:
    settings = load_settings(env={"PERSONALIZE_TOP_K": "7", "PERSONALIZE_TOPIC_PREFIX": "x."})
    assert settings.top_k == 7
    assert settings.topic("alerts") == "x.alerts"


def test_unknown_env_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="PERSONALIZE_TOPK"):
        load_settings(env={"PERSONALIZE_TOPK": "7"})


def test_bad_value_is_one_sentence() -> None:
    with pytest.raises(ConfigError, match="top_k"):
        load_settings(env={"PERSONALIZE_TOP_K": "many"})
    with pytest.raises(ConfigError, match="partitions must be at least 1"):
        load_settings(env={"PERSONALIZE_PARTITIONS": "0"})


def test_toml_file_with_unknown_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("top_k = 5\nbogus = 1\n")
    with pytest.raises(ConfigError, match="bogus"):
        load_settings(env={}, config_file=path)


def test_toml_then_env_precedence(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('top_k = 5\napp_id = "from-file"\n')
    settings = load_settings(env={"PERSONALIZE_TOP_K": "9"}, config_file=path)
    assert (settings.top_k, settings.app_id) == (9, "from-file")


def test_secrets_never_print() -> None:
    settings = load_settings(env={"PERSONALIZE_PSEUDONYM_SECRET": "hunter2"})
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in str(settings.describe())
    assert settings.pseudonym_secret.reveal() == "hunter2"
    assert str(Secret("x")) == "Secret('**********')"


def test_frozen_and_every_field_documented() -> None:
    settings = load_settings(env={})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.top_k = 3  # type: ignore[misc]
    assert all(doc.strip() for doc in field_docs().values())


def test_replace_validates() -> None:
    settings = load_settings(env={})
    assert settings.replace(top_k=3).top_k == 3
    with pytest.raises(ConfigError):
        settings.replace(top_k=0)


def test_store_is_memory_by_default_or_rocksdb() -> None:
    assert load_settings(env={}).store == "memory://"
    assert load_settings(env={"PERSONALIZE_STORE": "rocksdb://"}).store == "rocksdb://"
    with pytest.raises(ConfigError, match=r"store must be one of memory://, rocksdb://"):
        load_settings(env={"PERSONALIZE_STORE": "redis://"})


def test_free_text_is_dropped_by_default_and_set_per_tenant() -> None:
    assert load_settings(env={}).free_text_policy().mode_for("acme") == "drop"
    settings = load_settings(env={"PERSONALIZE_FREE_TEXT": "drop,acme=redact"})
    assert settings.free_text_policy().mode_for("acme") == "redact"
    assert settings.free_text_policy().mode_for("globex") == "drop"
    with pytest.raises(ConfigError, match="free_text"):
        load_settings(env={"PERSONALIZE_FREE_TEXT": "acme=keep"})
