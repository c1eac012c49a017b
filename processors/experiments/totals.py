"""An experiment's arms summed over raw partitions, from the outcome stage's snapshots.

Each raw partition's outcome stage sends cumulative snapshots of its arms
(``ExperimentArmStats``); :class:`ExperimentTotals` keeps the newest per (arm, partition), by
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
    """The newest snapshot of each (arm, partition), and a version for Redis."""

    parts: Mapping[tuple[str, int], tuple[int, ArmStats]] = field(default_factory=dict)
    """(arm, partition) -> (snapshot version, statistics)."""
    version: int = 0
    """Grows with every snapshot applied."""

    def with_snapshot(
        self, arm: str, partition: int, version: int, stats: ArmStats
    ) -> ExperimentTotals | None:
        """These totals with a newer snapshot; None if it is not newer than the one held."""
        held = self.parts.get((arm, partition))
        if held is not None and version <= held[0]:
            return None
        # A partition's watermarks matter only on its own partition.
        stats = dataclasses.replace(stats, watermarks={})
        parts = {**self.parts, (arm, partition): (version, stats)}
        return dataclasses.replace(self, parts=parts, version=self.version + 1)

    def arms(self) -> dict[str, ArmStats]:
        """Each arm's statistics summed over partitions."""
        totals: dict[str, ArmStats] = {}
        for (arm, _partition), (_version, stats) in sorted(self.parts.items()):
            totals[arm] = totals[arm].plus(stats) if arm in totals else stats.plus(ArmStats())
        return totals

    def doc_json(self, experiment_id: str) -> str:
        """The Redis document: every arm's totals (dashboards, ``experiments results``)."""
        arms = {}
        for arm, stats in self.arms().items():
            record = stats.to_record()
            del record["watermarks"]
            arms[arm] = record
        # Nothing time-dependent: a rebuild must write the very same document.
        doc = {"experiment_id": experiment_id, "version": self.version, "arms": arms}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"))

    def to_record(self) -> dict[str, Any]:
        """The ``ExperimentTotals`` state record."""
        parts = []
        for (arm, partition), (version, stats) in sorted(self.parts.items()):
            record = stats.to_record()
            del record["watermarks"]
            parts.append({"arm": arm, "partition": partition, "version": version, **record})
        return {"parts": parts, "version": self.version}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ExperimentTotals:
        """Inverse of :meth:`to_record`."""
        parts = {
            (p["arm"], p["partition"]): (
                p["version"],
                ArmStats.from_record({**p, "watermarks": {}}),
            )
            for p in record["parts"]
        }
        return cls(parts, record["version"])
