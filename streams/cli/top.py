"""``personalize top``: a live view of one worker and the alerts topic, refreshed in place."""

from __future__ import annotations

import argparse
import sys
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING

from streams.settings import load_settings

if TYPE_CHECKING:
    from streams.tools.top_view import Scrape


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``top`` subcommand."""
    parser = subparsers.add_parser(
        "top",
        help="live view: throughput, lag, freshness, dead letters, budgets, alerts",
        description="Scrape the worker's metrics (127.0.0.1:<metrics_port>) and read the alerts "
        "topic every interval: throughput and lag per topic, freshness, dead letters, budget "
        "burn, running experiments and open alerts. Redraws in place on a terminal; prints one "
        "plain line per interval when stdout is not one. Ctrl-C quits.",
    )
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between refreshes")
    parser.add_argument("--iterations", type=int, default=0, help="stop after N (0: never)")
    parser.add_argument("--metrics-url", help="default http://127.0.0.1:<metrics_port>/metrics")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Refresh until Ctrl-C (or ``--iterations``)."""
    from streams.tools.alert_reading import AlertReader, OpenIncidents
    from streams.tools.top_view import plain_line, render

    settings = load_settings(config_file=args.config)
    url = args.metrics_url or f"http://127.0.0.1:{settings.metrics_port}/metrics"
    reader = AlertReader(settings.kafka_bootstrap, settings.topic("alerts"))
    incidents = OpenIncidents()
    terminal = sys.stdout.isatty()
    before: Scrape | None = None
    done = 0
    try:
        while True:
            for alert in reader.poll(0.2):
                incidents.add(alert)
            now = _scrape(url)
            if terminal:
                # Home and clear: redraw in place, like top(1).
                sys.stdout.write(
                    "\x1b[H\x1b[2J" + "\n".join(render(before, now, incidents.open, url)) + "\n"
                )
            else:
                sys.stdout.write(
                    time.strftime("%H:%M:%S ") + plain_line(before, now, incidents.open) + "\n"
                )
            sys.stdout.flush()
            before = now or before
            done += 1
            if args.iterations and done >= args.iterations:
                return 0
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return 0
    finally:
        reader.close()


def _scrape(url: str) -> Scrape | None:
    from streams.tools.top_view import parse_scrape

    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
            text = response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None
    return parse_scrape(text, time.monotonic())
