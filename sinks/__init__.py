"""Redis reads and writes: the sinks that materialize the pipeline's state (popularity, bandit
counts, profiles, rankings, catalog, erasure), the key layout, and the readers that serve
rankings from it.

Layer rule: all Redis I/O lives here; ``processors`` and ``schemas`` are the only packages of
this project it builds on. The write descriptions in ``sinks.writes`` import no I/O library,
so stages can build them without loading redis. This file imports no submodule, for the same
reason: import from the modules.
"""

__all__: list[str] = []
