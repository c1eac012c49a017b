"""The gate stage: raw interactions in; clean events, popularity updates, dead letters out.

Admitted events also go straight to the profile stage and, for clicks, to the attribution
join: both keep their state on the raw partition, so doing it here spares every event a
second decode and a second pass through the driver.
"""

from __future__ import annotations

from collections.abc import Sequence

from processors.gate import Admitted, Dropped, admit_interaction
from processors.popularity import KIND_TO_WEIGHT, popularity_key
from schemas.codec import encode
from streams.stages.consent import is_opted_out
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.served import attribute_click

__all__ = ["process_interactions"]


def process_interactions(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Admit, pseudonymize and redact each interaction, and learn from the admitted ones."""
    effects = Effects()
    records = effects.records
    learner = core.learner

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
            touched = learner.apply(clean, source.partition, source.offset)
            if touched is not None:
                effects.touched.append(touched)
            core.join_clock.advance("i", source.partition, clean["event_time"])
            data = encode("CleanEvent", clean, validate=False)
            records.append(TopicRecord("events.clean", outcome.user_key.encode(), data))
            if clean["kind"] == "CLICK":
                attribute_click(core, clean, effects)
            if KIND_TO_WEIGHT.get(clean["kind"], 0.0) > 0.0:
                # Re-keyed by item so one worker owns each item's popularity.
                key = popularity_key(clean["tenant"], clean["surface"], clean["item_id"])
                records.append(TopicRecord("popularity.updates", key.encode(), data))
        elif isinstance(outcome, Dropped):
            effects.counts["dropped", outcome.reason] += 1
        else:
            refuse(effects, record, outcome, now_ms)
    return effects
