"""Pure logic of the pipeline, one small state machine per concern.

The gate (validation, pseudonyms, PII redaction), consent, dead letters, popularity, the
catalog, profiles and affinities, the attribution join, bandit counts and posteriors,
examination, ranking, and the bandit simulator.

Layer rule: pure. Nothing here imports faust, redis, a Kafka client or any other I/O library,
nor ``sinks``, ``streams`` or ``infra``; only ``schemas`` from this project. Given its state and
an event, a processor returns the new state and what to emit, so it runs in a plain unit test.
The package re-exports nothing: import from its modules.
"""

__all__: list[str] = []
