"""The gate stage: raw interactions in; clean events and dead letters out.

An admitted event then goes straight to the learning stage (``streams.stages.learning``),
decoded, in the same call: it keeps its state on the raw partition, so doing it here spares
every event a second decode and a second pass through the driver. Replay runs the learning
stage alone, on ``events.clean``.
"""

from __future__ import annotations

from collections.abc import Sequence

from processors.event_ids import Verdict
from processors.gate import Admitted, Dropped, admit_interaction
from schemas.codec import encode
from streams.stages.consent import is_opted_out
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.experiment_outcomes import compact_signals
from streams.stages.learning import learn_from_event

__all__ = ["process_interactions"]


def process_interactions(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Admit, pseudonymize and redact each interaction, and learn from the admitted ones."""
    effects = Effects()
    records = effects.records
    anomalies = core.anomalies

    def opted_out(tenant: str, user_key: str) -> bool:
        return is_opted_out(core, tenant, user_key)

    for record in batch:
        source = record.source
        outcome = admit_interaction(
            record.value or b"",
            source,
            now_ms,
            config=core.config.gate,
            pseudonymize=core.pseudonymize,
            redact=core.redact,
            is_opted_out=opted_out,
        )
        if isinstance(outcome, Admitted):
            clean = outcome.clean
            verdict = core.event_ids.check(
                source.partition, clean["event_id"], source.offset, clean["event_time"]
            )
            if verdict is Verdict.DUPLICATE:  # re-published by its producer: learned already
                effects.counts["dropped", "duplicate_event_id"] += 1
                anomalies.not_admitted(source, refused=False)
                continue
            data = encode("CleanEvent", outcome.clean, validate=False)
            records.append(TopicRecord("events.clean", outcome.user_key.encode(), data))
            learn_from_event(core, outcome.clean, data, effects)
            anomalies.interaction(source, clean)
        elif isinstance(outcome, Dropped):
            effects.counts["dropped", outcome.reason] += 1
            anomalies.not_admitted(source, refused=False)
        else:
            refuse(effects, record, outcome, now_ms)
            anomalies.not_admitted(source, refused=True)
    anomalies.emit_into("traffic", effects)
    compact_signals(effects)
    return effects
