"""The one place that reads configuration: environment variables and an optional TOML file.

Settings are frozen and validated. Every field carries a one-line ``doc``. Unknown keys are an
error, so a typo cannot silently fall back to a default. Secrets are wrapped in :class:`Secret`,
whose ``repr`` and ``str`` never show the value.

Precedence, lowest to highest: field defaults, the TOML file, ``PERSONALIZE_<FIELD>`` variables.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from processors.budget_periods import parse_time_zones
from processors.control.roles import OperatorBook, parse_operators
from processors.control.rollback import parse_rollback_rules
from processors.gate import FreeTextPolicy, parse_free_text_policy
from schemas.errors import ConfigError

ENV_PREFIX = "PERSONALIZE_"
ENV_FILE = "PERSONALIZE_CONFIG"
# Faust's in-memory store, and its RocksDB store (through rocksdict) under data_dir.
SUPPORTED_STORES = ("memory://", "rocksdb://")
SUPPORTED_EVENT_LOOPS = ("uvloop", "asyncio")


class Secret:
    """A string that never prints. Use :meth:`reveal` at the single place that needs it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """Return the secret value; call only where the value is used, never to log."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


# Development default only: a deployment sets its own (PERSONALIZE_PSEUDONYM_SECRET).
_DEV_PSEUDONYM_SECRET = Secret("dev-only-pseudonym-secret-change-me")


def _field(default: Any, doc: str) -> Any:
    return dataclasses.field(default=default, metadata={"doc": doc})


@dataclasses.dataclass(frozen=True)
class Settings:
    """Validated runtime configuration for workers, tools and tests."""

    kafka_bootstrap: str = _field("127.0.0.1:39092", "Kafka bootstrap servers, host:port[,...].")
    kafka_controller_port: int = _field(39093, "Port of the local KRaft controller listener.")
    redis_url: str = _field("redis://127.0.0.1:36379/0", "Redis URL the sinks and readers use.")
    app_id: str = _field("personalize", "Faust app id; also the consumer group id.")
    topic_prefix: str = _field("", "Prefix for every topic name; tests use it to isolate runs.")
    partitions: int = _field(4, "Partitions for keyed topics (events are keyed by pseudonym).")
    redis_prefix: str = _field("p13n:v1", "Versioned prefix of every Redis key we write.")
    pseudonym_secret: Secret = _field(
        _DEV_PSEUDONYM_SECRET,
        "HMAC-SHA256 key for pseudonymous ids; set it in production, never log it.",
    )
    data_dir: str = _field(".run/faust", "Directory for Faust's local table state.")
    store: str = _field(
        "memory://",
        "Faust table store: memory:// (rebuilt from changelogs on start) or rocksdb:// (on disk).",
    )
    event_loop: str = _field(
        "uvloop", "The worker's event loop: uvloop (~8% less CPU per event) or asyncio."
    )
    metrics_port: int = _field(
        9464, "Port of the worker's Prometheus endpoint on 127.0.0.1; 0 disables."
    )
    web_port: int = _field(6066, "Port of Faust's own web server on 127.0.0.1.")
    top_k: int = _field(50, "How many items a materialized ranking keeps.")
    popularity_half_life_s: float = _field(3600.0, "Half-life of item popularity, in seconds.")
    max_event_bytes: int = _field(65536, "Records larger than this go to the dead-letter topic.")
    max_future_skew_ms: int = _field(
        300_000, "Event times further ahead of the clock are rejected."
    )
    sink_flush_ms: int = _field(20, "Longest a sink buffers writes before flushing, in ms.")
    redis_check_ms: int = _field(
        1000, "How often a worker checks that Redis still holds its data (epoch marker), in ms."
    )
    sink_batch_max: int = _field(1000, "Most events an agent takes into one sink batch.")
    dedupe_window_s: int = _field(
        3600, "Seconds of event time an event_id is remembered, to drop re-published events."
    )
    dedupe_max_ids: int = _field(
        200_000, "Most event ids remembered per interactions partition (~170 bytes each)."
    )
    attribution_window_ms: int = _field(
        1_800_000, "A click joins the list served at most this long before it (30 min)."
    )
    examination: str = _field(
        "1.0,0.6,0.4",
        "Examination probability per position (position-based model), comma-separated.",
    )
    profile_ttl_s: int = _field(
        2_592_000, "Seconds a profile lives in Redis unless refreshed (30 d)."
    )
    raw_retention_ms: int = _field(86_400_000, "Retention of raw input topics, in ms (24 h).")
    ranking_ttl_s: int = _field(86_400, "Seconds a ranking lives in Redis unless refreshed.")
    session_timeout_s: float = _field(
        10.0, "Seconds before the group gives up on a silent worker and moves its partitions."
    )
    log_level: str = _field("INFO", "Log level for the worker and tools.")
    free_text: str = _field(
        "drop",
        "Free text at the gate per tenant: 'drop' or 'redact', then tenant=mode overrides.",
    )
    # Budgets and routing (docs/budgets.md). Caps: whole micros (calls for expert); -1: no cap.
    budget_time_zones: str = _field(
        "UTC", "Budget period time zone: default (also the global day), then tenant=Zone/Name."
    )
    budget_global_daily_micros: int = _field(-1, "Default global daily cap; -1 is no cap.")
    budget_tenant_daily_micros: int = _field(100_000_000, "Default tenant daily cap ($100).")
    budget_user_hourly_micros: int = _field(10_000_000, "Default per-user hourly cap ($10).")
    budget_expert_daily_calls: int = _field(20, "Default EXPERT-tier calls per tenant per day.")
    budget_core_reserve: float = _field(
        0.25, "Share of a tenant's daily cap kept for core calls: expert calls stop before it."
    )
    budget_lease_s: float = _field(60.0, "Seconds a reservation holds budget unless settled.")
    budget_reconcile_s: float = _field(
        3600.0, "Seconds a committed reservation holds budget while its cost is awaited."
    )
    budget_record_ttl_s: int = _field(86_400, "Seconds a settled request id stays idempotent.")
    budget_counter_grace_s: int = _field(86_400, "Seconds a counter outlives its period.")
    budget_on_redis_down: str = _field(
        "refuse", "When Redis is unreachable, reserve answers 'refuse' (fail closed) or 'allow'."
    )
    budget_timeout_ms: float = _field(50.0, "Budget client's Redis connect and read timeout.")
    routing_downgrade_below: float = _field(0.5, "Acceptance confidently below: route to core.")
    routing_expert_from: float = _field(0.7, "Acceptance confidently at or above: expert-eligible.")
    routing_priority_expert_from: float = _field(0.8, "Priority at or above: route to expert.")
    routing_min_sample: int = _field(30, "Fewest ACCEPT+REJECT verdicts before a slot is judged.")

    operators: str = _field(
        "",
        "Operator public keys: 'name:role:public_key_hex' entries, comma- or space-separated "
        "(personalize operator keygen prints one); roles viewer, monitor, admin, superadmin.",
    )
    operator_key_file: str = _field(
        "", "Private key file that CLI commands sign with when --key is not given."
    )
    command_lifetime_s: int = _field(
        300, "Seconds a signed command stays valid after it is issued (at most 3600)."
    )
    rejection_burst: int = _field(
        5, "Rejected commands within rejection_window_s that raise a control.rejections alert."
    )
    rejection_window_s: int = _field(60, "Window of rejection_burst, in seconds.")
    rollback_rules: str = _field(
        "",
        "Automatic rollback thresholds: name=value pairs (severe_error_rate, severe_minutes, "
        "moderate_error_rate, moderate_minutes, latency_ms, latency_minutes, min_calls), then "
        "tenant:name=value,... overrides; empty: the documented defaults.",
    )

    def __post_init__(self) -> None:
        _require(
            bool(self.kafka_bootstrap.strip()), "kafka_bootstrap must name at least one host:port"
        )
        _require(
            self.redis_url.startswith(("redis://", "unix://")), "redis_url must start with redis://"
        )
        _require(self.partitions >= 1, "partitions must be at least 1")
        _require(self.top_k >= 1, "top_k must be at least 1")
        _require(self.popularity_half_life_s > 0, "popularity_half_life_s must be positive")
        _require(self.max_event_bytes >= 256, "max_event_bytes must be at least 256")
        _require(self.sink_flush_ms >= 1, "sink_flush_ms must be at least 1")
        _require(self.redis_check_ms >= 10, "redis_check_ms must be at least 10")
        _require(self.session_timeout_s >= 6, "session_timeout_s must be at least 6 seconds")
        _require(self.sink_batch_max >= 1, "sink_batch_max must be at least 1")
        _require(self.dedupe_window_s >= 0, "dedupe_window_s must be >= 0")
        _require(self.dedupe_max_ids >= 1, "dedupe_max_ids must be at least 1")
        _require(self.attribution_window_ms >= 1_000, "attribution_window_ms must be at least 1000")
        _require(_valid_examination(self.examination), "examination must be numbers in (0, 1]")
        _require(self.profile_ttl_s >= 60, "profile_ttl_s must be at least 60")
        _require(self.raw_retention_ms >= 60_000, "raw_retention_ms must be at least one minute")
        _require(0 <= self.metrics_port < 65536, "metrics_port must be between 0 and 65535")
        _require(1 <= self.command_lifetime_s <= 3600, "command_lifetime_s must be from 1 to 3600")
        _require(self.rejection_burst >= 1, "rejection_burst must be at least 1")
        _require(self.rejection_window_s >= 1, "rejection_window_s must be at least 1")
        parse_operators(self.operators)
        parse_rollback_rules(self.rollback_rules)
        _validate_budgets(self)
        try:
            parse_free_text_policy(self.free_text)
        except ConfigError as exc:
            raise ConfigError(f"free_text: {exc}") from exc
        _require(
            self.event_loop in SUPPORTED_EVENT_LOOPS,
            f"event_loop must be uvloop or asyncio, got {self.event_loop!r}",
        )
        _require(
            self.store in SUPPORTED_STORES,
            f"store must be one of {', '.join(SUPPORTED_STORES)}, got {self.store!r}",
        )

    @property
    def theta(self) -> tuple[float, ...]:
        """The configured examination per position; the one source of the number of positions
        modelled (deeper positions pool into the last)."""
        return tuple(float(x) for x in self.examination.split(","))

    @property
    def positions(self) -> int:
        """How many positions the bandit counts and rankings model (``len(theta)``)."""
        return len(self.theta)

    def topic(self, name: str) -> str:
        """Return the full topic name for a logical topic name."""
        return f"{self.topic_prefix}{name}"

    def operator_book(self) -> OperatorBook:
        """The parsed ``operators`` setting."""
        return parse_operators(self.operators)

    def free_text_policy(self) -> FreeTextPolicy:
        """The parsed ``free_text`` setting, for ``GateConfig.free_text``."""
        return parse_free_text_policy(self.free_text)

    def to_env(self) -> dict[str, str]:
        """``PERSONALIZE_<NAME>`` variables that reproduce these settings in a child process."""
        return {f"{ENV_PREFIX}{name.upper()}": str(v) for name, v in self.plain_values().items()}

    def describe(self) -> dict[str, str]:
        """Every field as text for display; secrets stay masked."""
        return {f.name: str(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with some fields changed, validated like a fresh load."""
        return load_settings(env={}, overrides={**self.plain_values(), **changes})

    def plain_values(self) -> dict[str, Any]:
        """Every field with secrets revealed: only for handing settings to a child process."""
        raw: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            raw[f.name] = value.reveal() if isinstance(value, Secret) else value
        return raw


def _validate_budgets(s: Settings) -> None:
    parse_time_zones(s.budget_time_zones)
    for name in ("global_daily_micros", "tenant_daily_micros", "user_hourly_micros"):
        _require(getattr(s, f"budget_{name}") >= -1, f"budget_{name} must be >= -1")
    _require(s.budget_expert_daily_calls >= -1, "budget_expert_daily_calls must be >= -1")
    _require(0.0 <= s.budget_core_reserve <= 1.0, "budget_core_reserve must be in [0, 1]")
    _require(s.budget_lease_s > 0 and s.budget_reconcile_s > 0, "budget leases must be positive")
    _require(s.budget_record_ttl_s >= 60, "budget_record_ttl_s must be at least 60")
    _require(s.budget_counter_grace_s >= 0, "budget_counter_grace_s must be >= 0")
    _require(s.budget_on_redis_down in ("refuse", "allow"), "budget_on_redis_down: refuse|allow")
    _require(s.budget_timeout_ms > 0, "budget_timeout_ms must be positive")
    _require(s.routing_min_sample >= 0, "routing_min_sample must be >= 0")


def _valid_examination(text: str) -> bool:
    try:
        values = [float(x) for x in text.split(",")]
    except ValueError:
        return False
    return bool(values) and all(0.0 < v <= 1.0 for v in values)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def field_docs() -> dict[str, str]:
    """Each setting's name and its one-line description, for ``personalize config --help``."""
    return {name: str(f.metadata["doc"]) for name, f in _FIELDS.items()}


def _coerce(name: str, value: Any) -> Any:
    default = _FIELDS[name].default
    try:
        if isinstance(default, Secret):
            return value if isinstance(value, Secret) else Secret(str(value))
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        kind = {"int": "an integer", "float": "a number"}.get(type(default).__name__, "text")
        raise ConfigError(f"setting '{name}' must be {kind}, got {value!r}") from exc


def load_settings(
    env: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build :class:`Settings` from a TOML file, the environment and explicit overrides.

    ``env`` defaults to ``os.environ``; pass ``{}`` to ignore the process environment.
    Raises :class:`ConfigError` with one sentence naming the bad key or value.
    """
    environ = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config_file or environ.get(ENV_FILE)
    if path:
        values.update(_read_toml(Path(path)))
    for key, raw in environ.items():
        if not key.startswith(ENV_PREFIX) or key == ENV_FILE:
            continue
        name = key[len(ENV_PREFIX) :].lower()
        if name not in _FIELDS:
            raise ConfigError(f"unknown setting {key}; see 'personalize config' for valid names")
        values[name] = raw
    for name, value in (overrides or {}).items():
        if name not in _FIELDS:
            raise ConfigError(f"unknown setting '{name}'; see 'personalize config' for valid names")
        values[name] = value
    return Settings(**{name: _coerce(name, value) for name, value in values.items()})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"config file {path} has unknown setting(s): {', '.join(unknown)}")
    return data
