"""Benchmarks and offline evaluations; run each module with ``python -m bench.<name>``."""
