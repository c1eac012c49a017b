"""The control plane's pure logic: signed commands, roles, flags, bucketing, the audit chain.

Nothing here touches a broker or Redis: ``streams.stages.control`` applies it to the
``control`` topic, the reader library (``sinks.ranking_reader``) applies flags on every call,
and the CLI (``streams.cli.control``) signs commands with it. See docs/control-plane.md.
"""
