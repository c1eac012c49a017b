"""Client libraries for product services: publish events; read rankings (``sinks``)."""

from __future__ import annotations

from sinks.ranking_reader import RankingReader, RankingResult
from streams.clients.publisher import Publisher

__all__ = ["Publisher", "RankingReader", "RankingResult"]
