"""Broker-free stages: one function per input topic, over a batch of records.

A stage takes a :class:`~streams.stages.core.Core` (configuration, tables, in-memory state)
and a batch of :class:`~streams.stages.effects.RawRecord`, and returns
:class:`~streams.stages.effects.Effects`: everything it wants done. It imports no faust, no
Kafka client and no Redis client; the Faust worker (``streams.runtime``), replay and the
in-process driver (``streams.inprocess``) all run these same functions.

    interactions        -> process_interactions   (the gate, then learn_from_event)
    recommendations     -> process_recommendations (the gate for lists, then learn_from_served)
    events.clean        -> process_clean_events    (replay: profiles, attribution, popularity)
    served.clean        -> process_clean_served    (replay: attribution join, bandit counts)
    consent             -> process_consent
    popularity.updates  -> process_popularity_updates
    catalog             -> process_catalog
    costs               -> process_costs           (the gate for costs)
    costs.clean         -> process_clean_costs     (the budget ledger; other cost consumers)
    (timer)             -> expire_served
    (flush)             -> Core.learner.plan / rank
"""

from __future__ import annotations

from streams.stages.catalog import process_catalog
from streams.stages.consent import process_consent
from streams.stages.core import Core, StageConfig, StageTables
from streams.stages.costs import process_costs
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.gate import process_interactions
from streams.stages.learning import process_clean_events
from streams.stages.ledger import process_clean_costs
from streams.stages.popularity import process_popularity_updates
from streams.stages.served import expire_served, process_clean_served, process_recommendations

__all__ = [
    "Core",
    "Effects",
    "RawRecord",
    "StageConfig",
    "StageTables",
    "TopicRecord",
    "expire_served",
    "process_catalog",
    "process_clean_costs",
    "process_clean_events",
    "process_clean_served",
    "process_consent",
    "process_costs",
    "process_interactions",
    "process_popularity_updates",
    "process_recommendations",
]
