"""The Redis key layout: one versioned prefix, cluster hash tags on the tenant.

Every key a tenant owns carries ``{<tenant>}`` as its hash tag, so all of a tenant's keys live
in one Redis Cluster slot and one Lua script may touch them together.

    <prefix>:{<tenant>}:pop:<surface>   ZSET  member = item id, score = log2 popularity (below)
    <prefix>:{<tenant>}:meta            HASH  pop_half_life_ms, updated_ms
    <prefix>:{<tenant>}:bandit:<surface> HASH  item id -> "i1,i2,i3;c1,c2,c3" (sinks.bandit)
    <prefix>:{<tenant>}:bandit:<surface>:parts
                                        HASH  "<item>|<partition>" -> one partition's counts
    <prefix>:{<tenant>}:bandit:<surface>:examination
                                        HASH  theta, source, verdict, ... (sinks.examination)
    <prefix>:{<tenant>}:retired         SET   retired item ids (sinks.catalog)
    <prefix>:{<tenant>}:catalog         HASH  item id -> updated_at of the newest record
    <prefix>:{<tenant>}:features        HASH  item id -> JSON {name: "name=value"} (sinks.catalog)

The control plane's flag book is one key (readers fetch it whole, at one version):

    <prefix>:control:flags              HASH  version, doc (JSON of every scope's flag),
                                              experiments (running ones, promoted policies)
    <prefix>:experiment:{<id>}:stats    HASH  version, doc (JSON: every arm's sufficient
                                              statistics, summed over partitions)

Budget keys all share one tag, ``{budget}``, because one reserve script checks the global, tenant
and user caps together (docs/budgets.md, "Redis Cluster"). Counter ids are
``<kind>|<tenant>|<user_key>|<period>`` without empty parts (``processors.budget.Scope``):

    <prefix>:{budget}:caps              HASH  cap-book field -> cap (processors.budget_caps)
    <prefix>:{budget}:c:<counter id>    HASH  used, calls, level, cap (ledger); held, held_calls
    <prefix>:{budget}:r:<request id>    HASH  one reservation (sinks.budget_lua)
    <prefix>:{budget}:leases            ZSET  request id -> lease expiry (ms)
    <prefix>:{budget}:ready             STRING "1" once the counters are in Redis (else refuse)
    <prefix>:{budget}:slots:<tenant>    HASH  <slot>:a, <slot>:r (accepts, rejects, summed),
                                              <slot>|<partition> -> "offset,accepts,rejects"

Per-user keys are tagged with tenant and pseudonym instead, so users spread over the cluster
and one user's keys can be erased together:

    <prefix>:{<tenant>/<user_key>}:optout           STRING  "1" while the user is opted out
    <prefix>:{<tenant>/<user_key>}:rank:<surface>   HASH    version, ranking (JSON), see below
    <prefix>:{<tenant>/<user_key>}:surfaces         SET     surfaces with a rank:<surface> key

One key belongs to the deployment rather than a tenant or user (``sinks.epoch``):

    <prefix>:epoch                      HASH  which lifetime of Redis's data this is, and
                                              whether its views are rebuilt (state: ...)

A user's ranking hash holds ``version`` (the source offset it was computed from; a write only
lands if its version is greater) and ``ranking``, one JSON document with the items, weights,
scores, epsilon and policy version (``sinks.user_rankings``), so a reader never sees half of it.

A popularity score is ``log2(sum of w * 2 ** (t_ms / half_life_ms))`` (forward decay from the
Unix epoch). Higher is more popular; ``2 ** (score - now_ms / half_life_ms)`` is the decayed
engagement count now. See docs/redis.md.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KeyLayout", "redis_text"]

FORBIDDEN_IN_TAG = frozenset("{}")


@dataclass(frozen=True, slots=True)
class KeyLayout:
    """Builds keys under one versioned prefix, e.g. ``p13n:v1``."""

    prefix: str

    def tenant_tag(self, tenant: str) -> str:
        """``<prefix>:{<tenant>}``: the hash-tagged root of a tenant's keys."""
        if FORBIDDEN_IN_TAG & set(tenant):
            raise ValueError("a tenant name must not contain '{' or '}'")
        return f"{self.prefix}:{{{tenant}}}"

    def flags(self) -> str:
        """HASH of the flag book: ``version`` and ``doc`` (``sinks.flags``)."""
        return f"{self.prefix}:control:flags"

    def experiment_stats(self, experiment_id: str) -> str:
        """HASH of an experiment's per-arm statistics: ``version``, ``doc`` (dashboards)."""
        if FORBIDDEN_IN_TAG & set(experiment_id):
            raise ValueError("an experiment id must not contain '{' or '}'")
        return f"{self.prefix}:experiment:{{{experiment_id}}}:stats"

    def popularity(self, tenant: str, surface: str) -> str:
        """ZSET of the surface's items by time-decayed popularity."""
        return f"{self.tenant_tag(tenant)}:pop:{surface}"

    def user_tag(self, tenant: str, user_key: str) -> str:
        """``<prefix>:{<tenant>/<user_key>}``: the hash-tagged root of one user's keys."""
        if FORBIDDEN_IN_TAG & set(tenant):
            raise ValueError("a tenant name must not contain '{' or '}'")
        return f"{self.prefix}:{{{tenant}/{user_key}}}"

    def opt_out(self, tenant: str, user_key: str) -> str:
        """Present while the user is opted out; readers then serve the fallback."""
        return f"{self.user_tag(tenant, user_key)}:optout"

    def profile(self, tenant: str, user_key: str) -> str:
        """STRING: JSON summary of the user's profile (derived metrics only)."""
        return f"{self.user_tag(tenant, user_key)}:profile"

    def user_ranking(self, tenant: str, user_key: str, surface: str) -> str:
        """HASH of the user's materialized ranking on a surface (``version``, ``ranking``)."""
        return f"{self.user_tag(tenant, user_key)}:rank:{surface}"

    def user_surfaces(self, tenant: str, user_key: str) -> str:
        """SET of the surfaces the user has a ranking on (how an erasure finds them all)."""
        return f"{self.user_tag(tenant, user_key)}:surfaces"

    def bandit(self, tenant: str, surface: str) -> str:
        """HASH of the surface's per-item impression and click counts by position."""
        return f"{self.tenant_tag(tenant)}:bandit:{surface}"

    def bandit_parts(self, tenant: str, surface: str) -> str:
        """HASH ``<item>|<partition>`` -> that raw partition's counts (summed into ``bandit``)."""
        return f"{self.bandit(tenant, surface)}:parts"

    def examination(self, tenant: str, surface: str) -> str:
        """HASH of the surface's examination vector (theta), its source and what it rests on.

        Next to the bandit hash it is estimated from. A surface literally named
        ``<other>:examination`` would collide with this key of surface ``<other>``.
        """
        return f"{self.bandit(tenant, surface)}:examination"

    def retired(self, tenant: str) -> str:
        """SET of the tenant's retired item ids (catalog ``active = false``)."""
        return f"{self.tenant_tag(tenant)}:retired"

    def catalog_versions(self, tenant: str) -> str:
        """HASH item id -> ``updated_at`` of the newest catalog record applied."""
        return f"{self.tenant_tag(tenant)}:catalog"

    def item_features(self, tenant: str) -> str:
        """HASH item id -> JSON of its categorical features as profile feature keys."""
        return f"{self.tenant_tag(tenant)}:features"

    def epoch(self) -> str:
        """HASH marking this Redis's data as rebuilt by the workers (``sinks.epoch``).

        Its absence means Redis lost (or never had) the views: readers fall back until a
        worker has rebuilt them.
        """
        return f"{self.prefix}:epoch"

    def budget_tag(self) -> str:
        """``<prefix>:{budget}``: the one hash-tagged root of every budget key."""
        return f"{self.prefix}:{{budget}}"

    def budget_caps(self) -> str:
        """HASH of the caps set by admin commands, over the settings' defaults."""
        return f"{self.budget_tag()}:caps"

    def budget_counter(self, counter_id: str) -> str:
        """HASH of one scope's usage in one period (``used``, ``held``, ``level``, ...)."""
        return f"{self.budget_tag()}:c:{counter_id}"

    def budget_reservation_prefix(self) -> str:
        """What a reservation's key is, before its request id."""
        return f"{self.budget_tag()}:r:"

    def budget_reservation(self, request_id: str) -> str:
        """HASH of one reservation, by the request id that reserved it."""
        return f"{self.budget_reservation_prefix()}{request_id}"

    def budget_ready(self) -> str:
        """STRING present once the budget counters are in Redis (set by the rebuild after a
        loss, ``streams.stages.rebuild``); without it, reservations are refused."""
        return f"{self.budget_tag()}:ready"

    def budget_leases(self) -> str:
        """ZSET of open reservations by the time their lease expires (ms)."""
        return f"{self.budget_tag()}:leases"

    def slot_stats(self, tenant: str) -> str:
        """HASH of a tenant's slots' ACCEPT and REJECT counts (routing)."""
        if FORBIDDEN_IN_TAG & set(tenant):
            raise ValueError("a tenant name must not contain '{' or '}'")
        return f"{self.budget_tag()}:slots:{tenant}"

    def tenant_meta(self, tenant: str) -> str:
        """HASH of tenant-wide facts a reader needs (half-life, last update time)."""
        return f"{self.tenant_tag(tenant)}:meta"


def redis_text(value: bytes | str) -> str:
    """A Redis reply as text: redis-py returns bytes unless the client decodes responses."""
    return value.decode("utf-8") if isinstance(value, bytes) else value
