"""The control stage's state, and how an accepted command changes it.

State is a value (:class:`ControlState`); the appliers of
:mod:`processors.control.appliers` return the next one plus what changed (:class:`Change`), or
raise :class:`PayloadError` (the command is then rejected as ``bad_payload`` and nothing
changes). It round-trips through ``schemas/state/ControlState``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.control.flags import Flag, FlagBook
from processors.experiments.assignment import ExperimentBook, PromotedPolicy
from processors.experiments.spec import Experiment

__all__ = ["Change", "ControlState", "PayloadError"]


class PayloadError(ValueError):
    """A signed, authorized command whose payload makes no sense; the message says why."""


@dataclass(frozen=True)
class Change:
    """What an applied command changed: the target and its state before and after."""

    target: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


@dataclass(frozen=True)
class ControlState:
    """Flags, remembered nonces and revoked keys, and the last control offset applied."""

    last_offset: int = -1
    flags: FlagBook = field(default_factory=FlagBook)
    nonces: Mapping[tuple[str, str], int] = field(default_factory=dict)
    """(operator, nonce) -> the command's expiry; forgotten once expired."""
    revoked_keys: frozenset[str] = frozenset()
    book_version: int = 0
    """Grows with every applied flag or experiment change; Redis keeps the highest."""
    experiments: Mapping[str, Experiment] = field(default_factory=dict)
    """Every experiment ever created, by id (stopped and promoted ones stay, for the record)."""
    policies: Mapping[str, PromotedPolicy] = field(default_factory=dict)
    """Scope -> the policy an ``experiment.promote`` made it serve."""

    def nonce_seen(self, operator: str, nonce: str) -> bool:
        """Whether this operator already used ``nonce`` in a live command."""
        return (operator, nonce) in self.nonces

    def remember_nonce(
        self, operator: str, nonce: str, expires_at: int, now_ms: int
    ) -> ControlState:
        """This state with the nonce kept until ``expires_at`` and expired nonces dropped."""
        live = {key: exp for key, exp in self.nonces.items() if exp > now_ms}
        live[(operator, nonce)] = expires_at
        return dataclasses.replace(self, nonces=live)

    def to_record(self) -> dict[str, Any]:
        """The ``ControlState`` Avro record."""
        return {
            "last_offset": self.last_offset,
            "flags": [
                {"scope": scope, **_flag_record(flag)}
                for scope, flag in sorted(self.flags.flags.items())
            ],
            "nonces": [
                {"operator": op, "nonce": nonce, "expires_at": exp}
                for (op, nonce), exp in sorted(self.nonces.items())
            ],
            "revoked_keys": sorted(self.revoked_keys),
            "book_version": self.book_version,
            "experiments": [
                {"experiment_id": exp_id, "doc": _json(exp.to_json())}
                for exp_id, exp in sorted(self.experiments.items())
            ],
            "policies": [
                {"scope": scope, "doc": _json(policy.to_json())}
                for scope, policy in sorted(self.policies.items())
            ],
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ControlState:
        """Inverse of :meth:`to_record`."""
        flags = FlagBook.of((f["scope"], Flag.from_json(f)) for f in record["flags"])
        nonces = {(n["operator"], n["nonce"]): n["expires_at"] for n in record["nonces"]}
        return cls(
            record["last_offset"],
            flags,
            nonces,
            frozenset(record["revoked_keys"]),
            record["book_version"],
            {
                e["experiment_id"]: Experiment.from_json(json.loads(e["doc"]))
                for e in record["experiments"]
            },
            {
                p["scope"]: PromotedPolicy.from_json(json.loads(p["doc"]))
                for p in record["policies"]
            },
        )

    def experiment_book(self) -> ExperimentBook:
        """What readers apply (running experiments by scope, promoted policies)."""
        return ExperimentBook(dict(self.experiments), dict(self.policies))

    def with_experiment(
        self, experiment: Experiment, now_ms: int, policy: tuple[str, PromotedPolicy] | None = None
    ) -> tuple[ControlState, Change]:
        """This state with ``experiment`` stored (and a scope's promoted ``policy``) as the
        next book version, so readers pick the change up with the flags."""
        exp_id = experiment.spec.experiment_id
        before = self.experiments.get(exp_id)
        experiment = dataclasses.replace(experiment, changed_ms=now_ms)
        policies = dict(self.policies)
        if policy is not None:
            policies[policy[0]] = policy[1]
        next_state = dataclasses.replace(
            self,
            experiments={**self.experiments, exp_id: experiment},
            policies=policies,
            book_version=self.book_version + 1,
        )
        return next_state, Change(
            f"experiment:{exp_id}", before.to_json() if before else None, experiment.to_json()
        )

    def with_flag(self, scope: str, flag: Flag, now_ms: int) -> tuple[ControlState, Change]:
        """This state with ``scope`` set to ``flag`` as the next book version."""
        before = self.flags.get(scope)
        version = self.book_version + 1
        after = dataclasses.replace(flag, version=version, changed_ms=now_ms)
        next_state = dataclasses.replace(
            self, flags=self.flags.with_flag(scope, after), book_version=version
        )
        return next_state, Change(scope, before.to_json() if before else None, after.to_json())


def _flag_record(flag: Flag) -> dict[str, Any]:
    data = flag.to_json()
    data["rollout_history"] = list(flag.rollout_history)
    return data


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))
