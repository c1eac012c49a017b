"""``personalize worker``: run one Faust worker of the pipeline until interrupted."""

from __future__ import annotations

import argparse
import logging.config

from streams.logs import logging_config
from streams.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``worker`` subcommand."""
    parser = subparsers.add_parser(
        "worker",
        help="run a pipeline worker (gate, popularity, Redis sinks)",
        description="Run one Faust worker. Start more with the same settings to share the "
        "partitions. Serves Prometheus metrics on 127.0.0.1:<metrics_port>/metrics.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build the app from settings and run it until SIGINT/SIGTERM."""
    settings = load_settings(config_file=args.config)
    config = logging_config(settings.log_level)
    logging.config.dictConfig(config)

    if settings.event_loop == "uvloop":
        import mode.loop

        # Before the worker creates its loop; measured in docs/benchmarks.md ("Levers").
        mode.loop.use("uvloop")
    from faust import Worker
    from prometheus_client import start_http_server

    from streams.runtime.app import create_app

    pipeline = create_app(settings)
    if settings.metrics_port:
        start_http_server(
            settings.metrics_port, addr="127.0.0.1", registry=pipeline.metrics.registry
        )
    worker = Worker(
        pipeline.app,
        loglevel=settings.log_level.lower(),
        logging_config=config,
        quiet=True,
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
