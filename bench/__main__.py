"""``python -m bench``: run the pipeline benchmarks and write ``bench/results/latest.json``.

Sections, in order:

* ``throughput``: one worker draining a pre-loaded topic;
* ``faust_floor``: the same kind of records through a Faust agent that only takes and acks
  (Faust's own cost per record);
* ``replay``: the clean topics the first throughput run left, replayed into a sandbox (so it
  needs ``throughput`` in the same run);
* ``freshness``: idle and at half the measured max rate;
* ``reader``: ``top_k`` and ``top_popular`` next to a bare ``ZREVRANGE``;
* ``redaction``: ``bench.bench_redaction.run``;
* ``gate_cpu`` and ``stage_cpu``: CPU per event of the gate (profiled) and per interaction of
  every stage, without Faust or I/O;
* ``ope``: every off-policy estimator over 1,000,000 logged rounds;
* ``kill_switch``: a signed kill from the broker to four running readers;
* ``rebuild``: a rebuild of Redis from the tables after a loss (``--profiles`` profiles);
* ``budgets``: the budget client's ``reserve`` (one Lua script over the whole cap hierarchy).

Everything the run creates (topics, consumer groups, Redis keys, table state) is deleted at
the end, also when a section fails. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from redis import Redis

from bench import bench_redaction
from bench.budgets import reserve_latency
from bench.faust_floor import faust_floor
from bench.gate_cpu import gate_cpu
from bench.isolation import (
    DATA_DIR,
    delete_groups,
    delete_redis_keys,
    delete_topics,
    new_run_id,
)
from bench.kill_switch import kill_switch
from bench.machine import machine_facts
from bench.ope_speed import ope_speed
from bench.pipeline import TARGET_EVENTS_PER_S, freshness, throughput
from bench.reader import reader_latency
from bench.rebuild_speed import rebuild_speed
from bench.replay_speed import replay_speed
from bench.report import assemble, write_report
from bench.stage_cpu import stage_cpu
from streams.settings import Settings, load_settings

SECTIONS = (
    "throughput",
    "faust_floor",
    "replay",
    "freshness",
    "reader",
    "redaction",
    "gate_cpu",
    "stage_cpu",
    "ope",
    "kill_switch",
    "rebuild",
    "budgets",
)
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "bench" / "results" / "latest.json"


@dataclasses.dataclass(frozen=True)
class Plan:
    """Sizes of one benchmark invocation."""

    events: int
    runs: int
    probes: int
    reader_calls: int
    cpu_events: int
    redaction_repeats: int
    load_rate: float | None
    kill_repeats: int
    profiles: int


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line (see ``--help``)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    parser.add_argument(
        "--only", action="append", choices=SECTIONS, metavar="SECTION",
        help=f"run only this section (repeatable): {', '.join(SECTIONS)}",
    )  # fmt: skip
    parser.add_argument("--events", type=int, help="pre-loaded interactions per throughput run")
    parser.add_argument("--runs", type=int, help="throughput runs (the median is reported)")
    parser.add_argument(
        "--load-rate", type=float,
        help="background load for freshness, events/s (default: half the measured max rate)",
    )  # fmt: skip
    parser.add_argument("--profiles", type=int, help="profiles the rebuild section rebuilds")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSON report path")
    return parser.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    """Sizes from ``--quick`` and explicit overrides."""
    quick = bool(args.quick)
    return Plan(
        events=args.events or (6_000 if quick else 60_000),
        runs=args.runs or (1 if quick else 3),
        probes=50 if quick else 200,
        reader_calls=2_000 if quick else 20_000,
        cpu_events=5_000 if quick else 50_000,
        redaction_repeats=1 if quick else 5,
        load_rate=args.load_rate,
        kill_repeats=3 if quick else 25,
        profiles=args.profiles or (20_000 if quick else 1_000_000),
    )


def say(line: str) -> None:
    """Progress output on stdout, flushed so ``make`` shows it as it happens."""
    print(line, flush=True)


def offered_load(plan: Plan, sections: dict[str, Any]) -> tuple[float, str]:
    """The background rate for the freshness section and where it comes from."""
    if plan.load_rate is not None:
        return plan.load_rate, "--load-rate"
    measured = sections.get("throughput", {}).get("median_events_per_s")
    if measured:
        return measured / 2.0, "half the median max rate measured in this run"
    return TARGET_EVENTS_PER_S / 2.0, "half the 5,000 events/s target (max rate not measured)"


def run_sections(
    wanted: Sequence[str], plan: Plan, base: Settings, run: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """Run each wanted section; a failing section is recorded and the others still run."""
    sections: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def fresh() -> dict[str, Any]:
        rate, basis = offered_load(plan, sections)
        return freshness(base, run, rate, basis, plan.probes, say)

    def redaction() -> dict[str, Any]:
        say("[redaction] bench.bench_redaction.run() ...")
        return bench_redaction.run(repeats=plan.redaction_repeats)

    steps: dict[str, Callable[[], dict[str, Any]]] = {
        "throughput": lambda: throughput(base, run, plan.events, plan.runs, say),
        "faust_floor": lambda: faust_floor(base, run, plan.events, say),
        "replay": lambda: replay_speed(
            base, run, sections.get("throughput", {}).get("median_events_per_s"), say
        ),
        "freshness": fresh,
        "reader": lambda: reader_latency(base, run, plan.reader_calls, say),
        "redaction": redaction,
        "gate_cpu": lambda: gate_cpu(base, plan.cpu_events, say),
        "stage_cpu": lambda: stage_cpu(base, plan.cpu_events, say),
        "ope": lambda: ope_speed(say),
        "kill_switch": lambda: kill_switch(base, run, plan.kill_repeats, say),
        "rebuild": lambda: rebuild_speed(base, run, plan.profiles, say),
        "budgets": lambda: reserve_latency(base, run, plan.reader_calls, say),
    }
    for name in SECTIONS:
        if name not in wanted:
            continue
        try:
            sections[name] = steps[name]()
        except Exception as exc:  # one broken section must not lose the others' results
            errors[name] = f"{type(exc).__name__}: {exc}"
            say(f"[{name}] FAILED: {errors[name]}")
            traceback.print_exc()
    return sections, errors


def clean_up(base: Settings, client: Redis, run: str) -> dict[str, int]:
    """Delete the run's topics, consumer groups, Redis keys and table state."""
    prefix = f"bench-{run}-"
    topics = delete_topics(base.kafka_bootstrap, prefix)
    groups = delete_groups(base.kafka_bootstrap, prefix)
    keys = delete_redis_keys(client, f"bench:{run}")
    for path in DATA_DIR.glob(f"{prefix}*"):
        shutil.rmtree(path, ignore_errors=True)
    say(f"[cleanup] deleted {len(topics)} topics, {len(groups)} groups, {keys} Redis keys")
    return {"topics": len(topics), "groups": len(groups), "redis_keys": keys}


def main(argv: Sequence[str]) -> int:
    """Run the benchmarks; 0 if every section succeeded, 1 otherwise."""
    args = parse_args(argv)
    plan = make_plan(args)
    wanted = args.only or list(SECTIONS)
    base = load_settings()
    client = Redis.from_url(base.redis_url)
    run = new_run_id()
    command = " ".join([os.path.relpath(sys.executable), "-m", "bench", *argv])
    machine = machine_facts(client, REPO)
    say(f"bench run {run}: {', '.join(wanted)} on {machine['cpu_model']} x{machine['cores']}")
    say(f"plan: {plan}")
    try:
        sections, errors = run_sections(wanted, plan, base, run)
    finally:
        cleaned = clean_up(base, client, run)
    report = assemble(sections, {**machine, "plan": dataclasses.asdict(plan)}, command, errors)
    report["cleanup"] = cleaned
    write_report(args.output, report)
    say(f"wrote {args.output}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
