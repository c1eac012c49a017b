"""Demo and operator tools: the OBD replay, freshness probes, Kafka helpers."""
