"""The ranking reader: a user's top-k for one request, in bounded time, with exact propensities.

One call to :meth:`RankingReader.top_k` makes one pipelined round trip that reads the user's
opt-out key, the flag book's version (``sinks.flags``; a second round trip only when it
moved), the user's materialized ranking, the tenant's popularity sorted set, retired items
and meta hash, and the state of the epoch marker (``sinks.epoch``), then:

- **personalized**: the user has a ranking and is not opted out. ``k`` items are sampled at read
  time from the materialized distribution (``processors.ranking.sample_ranking``, seeded with
  ``rng_for(request_id, 0)``, so a request id always reproduces its list), and each item's
  propensity is the sampler's exact probability of that item at that position given the items
  before it. ``policy_version`` is the one stored with the ranking.
- **popular** (non-personalized): the user is opted out (``fallback_reason="opted_out"``), the
  flags do not personalize them (``"killed"``, ``"off"``, ``"observe"``, ``"holdback"``,
  ``"rollout"``, or ``"bad_flags"`` when the flag book in Redis cannot be read), has no
  ranking (``"unknown_user"``), a malformed one (``"bad_ranking"``), or one whose every item is
  retired (``"retired_items"``); or Redis lost its data and the workers are rebuilding it
  (``"rebuilding"``: no epoch marker, or opt-out markers not yet restored, so any stored ranking
  is ignored; or the user's ranking is not rebuilt yet). The tenant's most popular
  items, best first (ties by member, as Redis orders them), each with propensity 1.0: the list
  is a deterministic function of Redis state. ``policy_version`` is :data:`POPULAR_POLICY`.
  Popular items carry ``popularity`` (decayed engagements), never ``score``: the two are in
  different units and must not be compared (see :class:`ServedItem`).
- **experiments**: a user the flags personalize, who has not opted out, and who falls in a
  running experiment's arm on the surface (``processors.experiments.assignment``: sticky,
  from the pseudonym and the experiment id) gets ``experiment_id`` and ``arm``; the list's
  ``policy_version`` is the arm's policy label when the arm's own source served it (the
  personalized ranking, or the popular list for an arm with ``{"serve": "popular"}``,
  reason ``"experiment_arm"``), and ``arm_config`` is the arm's config for the caller to
  apply. Users of a switched-off arm get the control's policy and config but no arm. A scope
  with a promoted policy serves its label and config to everyone outside an experiment. The
  experiment book travels with the flag book (same version, same round trip).
- **static**: Redis failed or timed out (``"redis_unavailable"``, ``"redis_error"``), or the
  fallback above found no popular items (the reason then stays the one above). The caller's
  static items (possibly none), propensity 1.0, ``policy_version`` :data:`STATIC_POLICY`.

Time is bounded by the client: the reader only accepts a client whose connect and read timeouts
are at most ``timeout_s`` and that never retries (build one with :func:`reader_client`), so a
call takes at most about ``2 * timeout_s`` (connect, then read) plus local work, and never raises
for a Redis failure.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, cast

from prometheus_client import CollectorRegistry, Counter, Histogram
from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from processors.experiments.assignment import Assignment, assign
from processors.popularity import decayed_popularity
from processors.pseudonym import Pseudonymizer
from processors.ranking import rng_for, without_items
from schemas.errors import ConfigError
from sinks.epoch import READY, serves_rankings
from sinks.flags import FlagCache
from sinks.keys import KeyLayout, redis_text
from sinks.user_rankings import RANKING_FIELD, StoredRanking, decode_ranking

__all__ = [
    "POPULAR_POLICY",
    "STATIC_POLICY",
    "FallbackReason",
    "RankingReader",
    "RankingResult",
    "RankingSource",
    "ReaderMetrics",
    "ReaderSettings",
    "ServedItem",
    "assemble_result",
    "personalized_result",
    "reader_client",
]


class _Secret(Protocol):
    def reveal(self) -> str: ...


class ReaderSettings(Protocol):
    """What the reader needs of the settings (``streams.settings.Settings`` has it all)."""

    @property
    def redis_url(self) -> str: ...

    @property
    def redis_prefix(self) -> str: ...

    @property
    def pseudonym_secret(self) -> _Secret: ...


RETIRED_SLACK = 20
"""Extra popular rows read per call, to replace retired items."""

POPULAR_POLICY = "popular-v1"
"""``policy_version`` of the popularity fallback (deterministic: propensity 1.0)."""
STATIC_POLICY = "static-v1"
"""``policy_version`` of the static fallback (deterministic: propensity 1.0)."""

RankingSource = Literal["personalized", "popular", "static"]
"""Where a served list came from (see the module doc)."""
FallbackReason = Literal[
    "opted_out",
    "killed",
    "off",
    "observe",
    "holdback",
    "rollout",
    "bad_flags",
    "rebuilding",
    "unknown_user",
    "bad_ranking",
    "retired_items",
    "experiment_arm",
    "redis_unavailable",
    "redis_error",
]
"""Why a list is not personalized (see the module doc)."""

DEFAULT_TIMEOUT_S = 0.05

_LATENCY_BUCKETS = (
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
)


@dataclass(frozen=True, slots=True)
class ServedItem:
    """One item of a served list.

    ``position`` is 1-based. ``propensity`` is the probability that this item was served at
    this position given the items before it (1.0 for fallbacks). The two values below are in
    different units, so each source fills only its own:

    - ``score`` (personalized only): the blended score the ranking was sampled from,
      ``log x + w * u`` (a log-scale click-rate sample plus the user's affinity; typically
      between about -4 and 0). Comparable only within one personalized list.
    - ``popularity`` (popular only): the item's time-decayed number of weighted engagements
      (``processors.popularity``), decayed to the tenant's latest engagement; None if the
      tenant's meta hash (half-life, latest event) is missing. Comparable across items.
    """

    item_id: str
    position: int
    score: float | None
    propensity: float
    popularity: float | None = None


@dataclass(frozen=True, slots=True)
class RankingResult:
    """What :meth:`RankingReader.top_k` serves and what to log with it.

    ``source`` is ``"personalized"``, ``"popular"`` or ``"static"``. ``fallback_reason`` is None
    for a personalized list, else one of ``"opted_out"``, ``"unknown_user"``, ``"bad_ranking"``,
    ``"retired_items"`` (popular, or static when there are no popular items),
    ``"redis_unavailable"`` or ``"redis_error"`` (static). ``ranking_version`` is the source
    offset of the materialized ranking sampled from (personalized only). ``tenant_known`` tells
    whether Redis holds anything of the tenant (its meta hash, popular items or this user's
    ranking); None when Redis could not be read.
    """

    items: tuple[ServedItem, ...]
    source: RankingSource
    policy_version: str
    request_id: str
    fallback_reason: FallbackReason | None = None
    ranking_version: int | None = None
    tenant_known: bool | None = None
    experiment_id: str | None = None
    """The running experiment the user is in (log it with the served list), if any."""
    arm: str | None = None
    """The user's arm in ``experiment_id`` (log it with the served list), if any."""
    arm_config: Mapping[str, Any] | None = None
    """The arm's (or promoted policy's) config, for the caller to apply; None outside both."""

    @property
    def item_ids(self) -> list[str]:
        """The served item ids, in order."""
        return [item.item_id for item in self.items]

    @property
    def scores(self) -> list[float | None]:
        """Each served item's blended score, in order (None unless personalized)."""
        return [item.score for item in self.items]

    @property
    def popularities(self) -> list[float | None]:
        """Each served item's decayed popularity, in order (None unless popular)."""
        return [item.popularity for item in self.items]

    @property
    def propensities(self) -> list[float]:
        """Each served item's propensity given the prefix, in order."""
        return [item.propensity for item in self.items]

    def slate_propensity(self) -> float:
        """The probability of the whole list: the product of the per-position propensities."""
        return math.prod(self.propensities)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (the CLI prints it)."""
        return {
            "request_id": self.request_id,
            "source": self.source,
            "fallback_reason": self.fallback_reason,
            "policy_version": self.policy_version,
            "ranking_version": self.ranking_version,
            "experiment_id": self.experiment_id,
            "arm": self.arm,
            "arm_config": None if self.arm_config is None else dict(self.arm_config),
            "items": [
                {
                    "item_id": item.item_id,
                    "position": item.position,
                    "score": item.score,
                    "popularity": item.popularity,
                    "propensity": item.propensity,
                }
                for item in self.items
            ],
        }


@dataclass(frozen=True)
class ReaderMetrics:
    """The reader's Prometheus metrics (labels: source and reason codes only, never ids)."""

    registry: CollectorRegistry
    calls: Counter
    fallbacks: Counter
    latency_seconds: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> ReaderMetrics:
        """Register the bundle on ``registry`` (a fresh one when omitted)."""
        registry = registry if registry is not None else CollectorRegistry()
        return cls(
            registry=registry,
            calls=Counter(
                "personalize_reader_calls",
                "Rankings served, per source (personalized, popular, static).",
                ["source"],
                registry=registry,
            ),
            fallbacks=Counter(
                "personalize_reader_fallbacks",
                "Non-personalized rankings served, per reason code.",
                ["reason"],
                registry=registry,
            ),
            latency_seconds=Histogram(
                "personalize_reader_latency_seconds",
                "Time of one top_k call including the Redis round trip, in seconds, per source.",
                ["source"],
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
        )


def reader_client(settings: ReaderSettings, timeout_s: float = DEFAULT_TIMEOUT_S) -> Redis:
    """A Redis client fit for :class:`RankingReader`: bounded timeouts, no retries.

    Creating it opens no connection; the first call connects.
    """
    _check_timeout(timeout_s)
    return Redis.from_url(
        settings.redis_url,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        retry=Retry(NoBackoff(), 0),
    )


class RankingReader:
    """Serves one user's top-k per request (see the module doc for the three sources)."""

    def __init__(
        self,
        client: Redis,
        settings: ReaderSettings,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        metrics: ReaderMetrics | None = None,
        static_items: Sequence[str] = (),
    ) -> None:
        """Raises :class:`ConfigError` if ``client`` could block longer than ``timeout_s``."""
        _check_timeout(timeout_s)
        _check_client_bounded(client, timeout_s)
        self._client = client
        self._keys = KeyLayout(settings.redis_prefix)
        self._pseudonymize = Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8"))
        self._metrics = metrics if metrics is not None else ReaderMetrics.create()
        self._static_items = tuple(static_items)
        self._flags = FlagCache(client, self._keys)
        self._flags_key = self._keys.flags()

    @classmethod
    def connect(
        cls,
        settings: ReaderSettings,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        metrics: ReaderMetrics | None = None,
        static_items: Sequence[str] = (),
    ) -> RankingReader:
        """A reader with its own bounded client (:func:`reader_client`) for ``settings``."""
        return cls(
            reader_client(settings, timeout_s),
            settings,
            timeout_s=timeout_s,
            metrics=metrics,
            static_items=static_items,
        )

    def close(self) -> None:
        """Close the client's connections."""
        self._client.close()

    def top_k(
        self, tenant: str, user_id: str, surface: str, k: int, request_id: str
    ) -> RankingResult:
        """Serve up to ``k`` items for the raw ``user_id`` on ``surface`` of ``tenant``.

        Never raises for a Redis failure (serves the static fallback instead). Raises
        ``ValueError`` for ``k < 1`` or a tenant name containing ``{`` or ``}``.
        """
        if k < 1:
            raise ValueError("k must be >= 1")
        started = time.perf_counter()
        user_key = self._pseudonymize(tenant, user_id)
        opt_out_key = self._keys.opt_out(tenant, user_key)
        ranking_key = self._keys.user_ranking(tenant, user_key, surface)
        popular_key = self._keys.popularity(tenant, surface)
        try:
            pipe = self._client.pipeline(transaction=False)
            pipe.exists(opt_out_key)
            pipe.hget(ranking_key, RANKING_FIELD)
            # Extra rows so that dropping retired items still leaves k to serve.
            pipe.zrevrange(popular_key, 0, k - 1 + RETIRED_SLACK, withscores=True)
            pipe.smembers(self._keys.retired(tenant))
            pipe.hmget(self._keys.tenant_meta(tenant), "pop_half_life_ms", "updated_ms")
            pipe.hget(self._keys.epoch(), "state")
            pipe.hget(self._flags_key, "version")
            replies = pipe.execute()
            opted_out, raw_ranking, popular_rows, retired, meta, epoch_state, flags_version = (
                replies
            )
            # A changed book costs one more round trip; the kill switch then applies at once.
            flag_reason = _flag_reason(self._flags, flags_version, tenant, surface, user_key)
            assignment = (
                None
                if flag_reason is not None or opted_out
                else assign(self._flags.experiments, tenant, surface, user_key)
            )
        except (RedisConnectionError, RedisTimeoutError):
            result = static_result(self._static_items, k, "redis_unavailable", request_id)
        except RedisError:
            result = static_result(self._static_items, k, "redis_error", request_id)
        else:
            result = assemble_result(
                opted_out=bool(opted_out),
                flag_reason=flag_reason,
                raw_ranking=raw_ranking,
                popular_rows=popular_rows,
                retired=frozenset(item.decode() for item in retired),
                static_items=self._static_items,
                k=k,
                request_id=request_id,
                decay=_decay(meta),
                epoch_state=None if epoch_state is None else redis_text(epoch_state),
                assignment=assignment,
            )
        self._record(result, time.perf_counter() - started)
        return result

    def _record(self, result: RankingResult, seconds: float) -> None:
        self._metrics.calls.labels(source=result.source).inc()
        if result.fallback_reason is not None:
            self._metrics.fallbacks.labels(reason=result.fallback_reason).inc()
        self._metrics.latency_seconds.labels(source=result.source).observe(seconds)


def _flag_reason(
    flags: FlagCache, version: bytes | None, tenant: str, surface: str, user_key: str
) -> FallbackReason | None:
    try:
        serving = flags.observe(version).decide(tenant, surface, user_key)
    except (ValueError, KeyError, TypeError):
        return "bad_flags"  # fail safe: an unreadable book never personalizes
    return cast(FallbackReason | None, serving.reason)


def assemble_result(
    *,
    opted_out: bool,
    flag_reason: FallbackReason | None = None,
    raw_ranking: bytes | str | None,
    popular_rows: Sequence[tuple[bytes | str, float]],
    static_items: Sequence[str],
    k: int,
    request_id: str,
    retired: frozenset[str] = frozenset(),
    decay: Decay | None = None,
    epoch_state: str | None = READY,
    assignment: Assignment | None = None,
) -> RankingResult:
    """Choose the source from what one round trip read, and build the served list (pure).

    An opted-out user, then a user the flags do not personalize (``flag_reason``: killed,
    off, observe, holdback, rollout), gets the popular fallback labelled with that reason.
    ``epoch_state`` is the epoch marker's ``state`` field (None: no marker, i.e. Redis lost
    its data): stored rankings are served only once opt-out markers are back.

    Retired items are never served: they are dropped from the popular rows, and a stored
    ranking is renormalized without them before sampling (exact propensities still).
    ``decay`` (from the tenant's meta hash) turns log2 popularity into decayed engagements;
    its presence, popular rows or a stored ranking make the tenant known. ``assignment``
    (an experiment arm or promoted policy) labels the list; see the module doc.
    """
    known = decay is not None or bool(popular_rows) or raw_ranking is not None
    if not serves_rankings(epoch_state):
        raw_ranking = None  # a missing opt-out marker might be a lost one
    result = _choose(
        opted_out,
        flag_reason,
        raw_ranking,
        popular_rows,
        static_items,
        k,
        request_id,
        retired,
        decay,
        assignment is not None and assignment.serves_popular,
    )
    if epoch_state != READY and result.fallback_reason == "unknown_user":
        result = dataclasses.replace(result, fallback_reason="rebuilding")
    if assignment is not None and not opted_out and flag_reason is None:
        result = _labelled(result, assignment)
    return dataclasses.replace(result, tenant_known=known)


def _labelled(result: RankingResult, assignment: Assignment) -> RankingResult:
    """``result`` with the arm's ids and config; the arm's policy label only on the arm's
    own source (a fallback keeps the fallback's label: it is what produced the list)."""
    own_source = "popular" if assignment.serves_popular else "personalized"
    policy = assignment.policy if result.source == own_source else result.policy_version
    return dataclasses.replace(
        result,
        experiment_id=assignment.experiment_id,
        arm=assignment.arm,
        arm_config=assignment.config,
        policy_version=policy,
    )


def _choose(
    opted_out: bool,
    flag_reason: FallbackReason | None,
    raw_ranking: bytes | str | None,
    popular_rows: Sequence[tuple[bytes | str, float]],
    static_items: Sequence[str],
    k: int,
    request_id: str,
    retired: frozenset[str],
    decay: Decay | None,
    arm_serves_popular: bool = False,
) -> RankingResult:
    rows = [row for row in popular_rows if redis_text(row[0]) not in retired]
    if opted_out:
        return popular_result(rows, static_items, k, "opted_out", request_id, decay)
    if flag_reason is not None:
        return popular_result(rows, static_items, k, flag_reason, request_id, decay)
    if arm_serves_popular:
        return popular_result(rows, static_items, k, "experiment_arm", request_id, decay)
    if raw_ranking is None:
        return popular_result(rows, static_items, k, "unknown_user", request_id, decay)
    try:
        stored = decode_ranking(raw_ranking)
    except ValueError:
        return popular_result(rows, static_items, k, "bad_ranking", request_id, decay)
    servable = without_items(stored.ranking, retired)
    if servable is None:
        return popular_result(rows, static_items, k, "retired_items", request_id, decay)
    return personalized_result(dataclasses.replace(stored, ranking=servable), k, request_id)


def personalized_result(stored: StoredRanking, k: int, request_id: str) -> RankingResult:
    """Sample ``k`` items from ``stored`` with ``rng_for(request_id, 0)``, exact propensities."""
    ranking = stored.ranking
    score_of = dict(zip(ranking.items, ranking.scores, strict=True))
    placed = ranking.sample(k, rng_for(request_id, 0))
    return RankingResult(
        items=tuple(
            ServedItem(p.item_id, p.position, score_of[p.item_id], p.propensity) for p in placed
        ),
        source="personalized",
        policy_version=stored.policy_version,
        request_id=request_id,
        ranking_version=stored.version,
    )


def popular_result(
    rows: Sequence[tuple[bytes | str, float]],
    static_items: Sequence[str],
    k: int,
    reason: FallbackReason,
    request_id: str,
    decay: Decay | None = None,
) -> RankingResult:
    """The tenant's popular items in Redis order, propensity 1.0; static if there are none.

    Each item's ``popularity`` is its decayed engagement count at the tenant's latest
    engagement (``decay``), or None without it; the raw log2 score is not served.
    """
    if not rows:
        return static_result(static_items, k, reason, request_id)
    return RankingResult(
        items=tuple(
            ServedItem(
                redis_text(member),
                position,
                None,
                1.0,
                None if decay is None else decay.popularity(float(log2_score)),
            )
            for position, (member, log2_score) in enumerate(rows[:k], start=1)
        ),
        source="popular",
        policy_version=POPULAR_POLICY,
        request_id=request_id,
        fallback_reason=reason,
    )


def static_result(
    static_items: Sequence[str], k: int, reason: FallbackReason, request_id: str
) -> RankingResult:
    """The caller's static items (first ``k``, duplicates dropped), propensity 1.0."""
    unique = list(dict.fromkeys(static_items))[:k]
    return RankingResult(
        items=tuple(
            ServedItem(item, position, None, 1.0) for position, item in enumerate(unique, start=1)
        ),
        source="static",
        policy_version=STATIC_POLICY,
        request_id=request_id,
        fallback_reason=reason,
    )


@dataclass(frozen=True, slots=True)
class Decay:
    """How a tenant's popularity decays: its half-life and its latest engagement's time."""

    half_life_ms: float
    updated_ms: int

    def popularity(self, log2_score: float) -> float:
        """Decayed engagements at the latest engagement, from a stored log2 score."""
        return decayed_popularity(log2_score, self.updated_ms, self.half_life_ms)


def _decay(meta: Sequence[bytes | str | None]) -> Decay | None:
    """The tenant's :class:`Decay` from its meta hash fields, or None if it has none."""
    half_life, updated = meta
    if half_life is None or updated is None:
        return None
    try:
        return Decay(float(redis_text(half_life)), int(redis_text(updated)))
    except ValueError:
        return None  # not written by our sink; serve the items without a popularity value


def _check_timeout(timeout_s: float) -> None:
    if not 0.0 < timeout_s <= 10.0:
        raise ConfigError(f"the reader timeout must be in (0, 10] seconds, got {timeout_s}")


def _check_client_bounded(client: Redis, timeout_s: float) -> None:
    """Refuse a client that could wait longer than ``timeout_s`` or retry (redis-py defaults)."""
    kwargs = client.get_connection_kwargs()
    for name in ("socket_timeout", "socket_connect_timeout"):
        value = kwargs.get(name)
        if value is None or float(value) > timeout_s:
            raise ConfigError(
                f"the reader's Redis client needs {name} <= {timeout_s} s (it has {value}); "
                "build it with sinks.ranking_reader.reader_client()"
            )
    retry = client.get_retry()
    if retry is not None and retry.get_retries() > 0:
        raise ConfigError(
            "the reader's Redis client must not retry; "
            "build it with sinks.ranking_reader.reader_client()"
        )
