"""Faust agents: each one decodes, calls a processor, and hands the result to a topic or sink.

Agents are registered explicitly by ``streams.app.create_app``; nothing here runs at import.
"""
