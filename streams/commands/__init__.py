"""Subcommands of the ``personalize`` console command.

Each module exposes ``register(subparsers)``, which adds its parser(s) and sets ``handler`` to a
function taking the parsed namespace and returning an exit code. Modules import heavy libraries
(faust, confluent-kafka) inside their handlers, so ``--help`` stays fast.
"""
