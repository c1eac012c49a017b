"""The costs stage: raw ``costs`` in (keyed by raw user id); ``costs.clean`` and dead letters out.

It decodes and validates each cost (a bad record is dead-lettered with its reason, as at the
interaction gate), pseudonymizes the user id, and drops a cost re-published under an
``event_id`` it has seen (``streams.stages.dedupe``, over the ``cost_event_ids`` table). A
redelivered record (same offset) passes again: the ledger skips sources it applied, and the
first delivery's output may not have reached the broker before a crash.

Every admitted cost goes to ``costs.clean``, the one input of the budget ledger
(``streams.stages.ledger``), of rollout health and of the SLO and burn-rate detectors. A cost
with a user also counts, here, against the experiment arm its request was served in (this
partition holds the user's arm: ``streams.stages.experiment_outcomes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from processors.cost_gate import AdmittedCost, admit_cost
from processors.event_ids import Verdict
from schemas.codec import encode
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.experiment_outcomes import compact_signals, record_cost

__all__ = ["LEDGER_KEY", "process_costs"]

LEDGER_KEY: Final = b"budget"
"""Key of every ``costs.clean`` record: the ledger is one partition (docs/budgets.md)."""


def process_costs(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Admit, pseudonymize and deduplicate each cost, for ``costs.clean``."""
    effects = Effects()
    for record in batch:
        source = record.source
        outcome = admit_cost(
            record.value or b"",
            source,
            now_ms,
            config=core.config.gate,
            pseudonymize=core.pseudonymize,
        )
        if not isinstance(outcome, AdmittedCost):
            refuse(effects, record, outcome, now_ms)
            continue
        clean = outcome.clean
        verdict = core.cost_ids.check(
            source.partition, clean["event_id"], source.offset, clean["event_time"]
        )
        if verdict is Verdict.DUPLICATE:  # re-published by its producer: counted already
            effects.counts["dropped", "duplicate_cost_event_id"] += 1
            continue
        data = encode("CleanCost", clean, validate=False)
        effects.records.append(TopicRecord("costs.clean", LEDGER_KEY, data))
        if clean["user_key"]:
            # Per-arm cost, error rate and latency: this partition holds the user's arm.
            where = {"partition": source.partition, "offset": source.offset}
            record_cost(core, clean, clean["user_key"], where, effects)
    compact_signals(effects)
    return effects
