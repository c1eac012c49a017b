"""Bucketing users for rollouts and holdbacks: a salted hash of the pseudonym.

A user's bucket is a number in [0, 10000): the first 8 bytes of SHA-256 over a purpose, a
scope salt and the pseudonymous user key, modulo 10,000. A user is *in* a rollout of ``p``
percent when ``bucket < p * 100``, so the rule is

- **sticky**: the bucket depends on nothing but the salt and the pseudonym, so every worker,
  reader and restart agrees;
- **monotone**: growing ``p`` only adds users (a user in at 10% is in at 25%);
- **uniform**: SHA-256 output is uniform, and 2**64 mod 10,000 leaves a bias below 1e-15.

Rollout and holdback hash with different purposes, so the control group is an independent
sample of every rollout stage. The salt is the flag's scope, so a tenant's rollout order is
unrelated to another tenant's.
"""

from __future__ import annotations

import hashlib

__all__ = ["BUCKETS", "bucket", "in_percent"]

BUCKETS = 10_000
"""Buckets per 100%: percents resolve to 0.01 points."""


def bucket(purpose: str, salt: str, user_key: str) -> int:
    """The user's bucket in ``[0, BUCKETS)`` for ``purpose`` (``"rollout"``, ``"holdback"``)."""
    digest = hashlib.sha256(f"{purpose}\x1f{salt}\x1f{user_key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_percent(purpose: str, salt: str, user_key: str, percent: float) -> bool:
    """Whether the user falls in the first ``percent`` (0..100) of buckets for ``purpose``."""
    return bucket(purpose, salt, user_key) < round(percent * (BUCKETS // 100))
