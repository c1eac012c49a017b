"""The Redis key layout: one versioned prefix, cluster hash tags on the tenant.

Every key a tenant owns carries ``{<tenant>}`` as its hash tag, so all of a tenant's keys live
in one Redis Cluster slot and one Lua script may touch them together.

    <prefix>:{<tenant>}:pop:<surface>   ZSET  member = item id, score = log2 popularity (below)
    <prefix>:{<tenant>}:meta            HASH  pop_half_life_ms, updated_ms

A popularity score is ``log2(sum of w * 2 ** (t_ms / half_life_ms))`` (forward decay from the
Unix epoch). Higher is more popular; ``2 ** (score - now_ms / half_life_ms)`` is the decayed
engagement count now. See docs/redis.md.
"""

from __future__ import annotations

from dataclasses import dataclass

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

    def popularity(self, tenant: str, surface: str) -> str:
        """ZSET of the surface's items by time-decayed popularity."""
        return f"{self.tenant_tag(tenant)}:pop:{surface}"

    def tenant_meta(self, tenant: str) -> str:
        """HASH of tenant-wide facts a reader needs (half-life, last update time)."""
        return f"{self.tenant_tag(tenant)}:meta"
