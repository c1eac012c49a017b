"""The Faust driver: app factory, thin agents, output, batching, changelogged tables."""
