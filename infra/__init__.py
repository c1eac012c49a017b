"""Local services for development and tests: the Kafka broker and Redis server this project
starts itself, their health checks and pid files, and topic provisioning from the spec.

Layer rule: never imported by the pipeline's logic (``processors``, ``sinks``); it builds only
on ``schemas`` (for its errors). The package re-exports nothing: import from its modules.
"""

__all__: list[str] = []
