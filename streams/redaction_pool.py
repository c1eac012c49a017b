"""Redaction on every core of the machine, for bulk text (``personalize redact --workers``).

:func:`processors.redaction.redact` is pure and single-threaded; one Python process redacts
on one core. Bulk work (a backfill, a corpus, an export) is embarrassingly parallel: this
module spreads it over worker processes and hands the results back in input order. The live
gate scales the other way, by partitions: each Faust worker process owns some partitions.

Workers come from a fork server: one clean process, started without the caller's threads
(forking a process that runs threads, such as a Kafka client's, can copy a held lock), that
imports the compiled redactor and its word lists once and forks every worker from there, so
a worker starts in milliseconds. Texts travel in chunks, so the per-text cost of the pipes
stays small next to the redaction itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from typing import TypeVar

from processors.redaction import Redaction, redact

__all__ = ["MAX_WORKERS", "available_cores", "map_in_order", "redact_all", "redaction_pool"]

# A bound that catches a typo ("--workers 200") before it forks hundreds of processes.
MAX_WORKERS = 64
# Texts per message to a worker: large enough that pipe and pickle costs are a few per cent
# of the redaction, small enough that the last chunks still spread over the workers.
CHUNK = 128

# What the fork server imports before it forks workers (the redactor, and the CLI's line
# handler, which the workers call by name).
_PRELOAD = ["processors.redaction", "streams.cli.redact"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def available_cores() -> int:
    """The cores this process may run on (its affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (not on Linux)
        return os.cpu_count() or 1


@contextmanager
def redaction_pool(workers: int) -> Iterator[Pool]:
    """A pool of ``workers`` processes, each with the redactor already imported."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    pool = context.Pool(workers)
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def map_in_order(
    pool: Pool, function: Callable[[_In], _Out], items: Sequence[_In], chunk: int = CHUNK
) -> list[_Out]:
    """``[function(item) for item in items]``, computed by the pool's workers."""
    return pool.map(function, items, chunksize=chunk)


def redact_all(pool: Pool, texts: Sequence[str], chunk: int = CHUNK) -> list[Redaction]:
    """:func:`redact` of every text, in order, on the pool's workers."""
    return map_in_order(pool, redact, texts, chunk)
