"""An experiment's arms summed over raw partitions, from the outcome stage's snapshots.

Each raw partition's outcome stage sends cumulative snapshots of the experiment's arms on it
(``ExperimentPartitionStats``); :class:`ExperimentTotals` keeps the newest per partition, by
the snapshot's version, so a redelivered or reordered snapshot never counts twice or rolls a
partition back. The arms' totals are the sums over partitions (users of different partitions
are different users). Kept in the control table (key ``x|<experiment>``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.experiments.outcomes import ArmStats

__all__ = ["ExperimentTotals"]


@dataclass(frozen=True, slots=True)
class ExperimentTotals:
    """The newest snapshot of each partition, and a version for Redis."""

    parts: Mapping[int, tuple[int, Mapping[str, ArmStats]]] = field(default_factory=dict)
    """Partition -> (snapshot version, each arm's statistics on it)."""
    version: int = 0
    """The sum of the partitions' snapshot versions: grows with every snapshot applied."""

    def with_snapshot(
        self, partition: int, version: int, arms: Mapping[str, ArmStats]
    ) -> ExperimentTotals | None:
        """These totals with a newer snapshot; None if it is not newer than the one held."""
        held = self.parts.get(partition)
        if held is not None and version <= held[0]:
            return None
        parts = {**self.parts, partition: (version, dict(arms))}
        # The sum of the partitions' versions: it grows with every newer snapshot, and the same
        # events give the same number whatever batches the snapshots came in (drivers agree).
        total = sum(held_version for held_version, _ in parts.values())
        return dataclasses.replace(self, parts=parts, version=total)

    def arms(self) -> dict[str, ArmStats]:
        """Each arm's statistics summed over partitions."""
        totals: dict[str, ArmStats] = {}
        for _partition, (_version, arms) in sorted(self.parts.items()):
            for arm, stats in sorted(arms.items()):
                totals[arm] = totals.get(arm, ArmStats()).plus(stats)
        return totals

    def doc_json(self, experiment_id: str) -> str:
        """The Redis document: every arm's totals (dashboards, ``experiments results``)."""
        arms = {arm: stats.to_record() for arm, stats in self.arms().items()}
        # Nothing time-dependent: a rebuild must write the very same document.
        doc = {"experiment_id": experiment_id, "version": self.version, "arms": arms}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"))

    def to_record(self) -> dict[str, Any]:
        """The ``ExperimentTotals`` state record."""
        parts = [
            {"arm": arm, "partition": partition, "version": version, **stats.to_record()}
            for partition, (version, arms) in sorted(self.parts.items())
            for arm, stats in sorted(arms.items())
        ]
        return {"parts": parts, "version": self.version}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ExperimentTotals:
        """Inverse of :meth:`to_record`."""
        parts: dict[int, tuple[int, dict[str, ArmStats]]] = {}
        for p in record["parts"]:
            _version, arms = parts.setdefault(p["partition"], (p["version"], {}))
            arms[p["arm"]] = ArmStats.from_record(p)
        return cls(dict(parts), record["version"])
