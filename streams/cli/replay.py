"""``personalize replay``: rebuild state from the clean topics in a sandbox, and drop one."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tomllib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from schemas.errors import ConfigError
from streams.settings import Settings, load_settings
from streams.stages import StageConfig

if TYPE_CHECKING:
    from streams.replay import ReplayPart

#: Ranking settings a candidate policy file may set, beside ``examination``.
POLICY_KEYS = (
    "k",
    "epsilon",
    "temperature",
    "affinity_weight",
    "feature_weight",
    "exploration_slots",
    "cold_start_impressions",
    "prior_a",
    "prior_b",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``replay`` subcommand."""
    parser = subparsers.add_parser(
        "replay",
        help="replay the clean topics (or an OBD log) into a sandbox; 'replay drop' removes one",
        description="Rebuild state from scratch in a sandbox: the clean topics (served.clean, "
        "events.clean) from an offset or a time to an offset or a time, through the same "
        "learning stages as the live worker, into Redis keys under "
        "<redis_prefix>:sandbox:<namespace>. Live state is neither read nor written. Prints "
        "one JSON object with the digest of the sandbox: the same range gives the same "
        "digest. 'personalize replay drop --namespace N' deletes a sandbox.",
    )
    parser.add_argument("action", nargs="?", choices=["drop"], help="drop: delete the sandbox")
    parser.add_argument("--namespace", required=True, help="the sandbox's name")
    parser.add_argument("--from-offset", type=_offset, help="start at this offset per partition")
    parser.add_argument("--from-time", type=_time_ms, help="start at this time (ISO 8601 or ms)")
    parser.add_argument("--to-offset", type=_offset, help="stop before this offset")
    parser.add_argument("--until", type=_time_ms, help="stop at this time (ISO 8601 or ms)")
    parser.add_argument("--max-events", type=_positive, help="stop after this many records")
    parser.add_argument(
        "--part",
        type=_part,
        metavar="I/K",
        help="replay part I of K (partitions p with p %% K == I), for a backfill split over "
        "processes or machines; run 'replay drop' first, then every part",
    )
    parser.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help=f"candidate ranking policy (JSON or TOML): examination, {', '.join(POLICY_KEYS)}",
    )
    parser.add_argument(
        "--obd",
        metavar="POLICY/CAMPAIGN",
        help="replay an Open Bandit Dataset log instead of the topics, e.g. random/all",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Replay, or drop, a sandbox; print a JSON summary."""
    from sinks.sandbox import sandbox_prefix, state_digest
    from streams.replay import (
        ReplayRange,
        drop_sandbox,
        print_progress,
        replay_obd,
        replay_topics,
    )

    settings = load_settings(config_file=args.config)
    prefix = sandbox_prefix(settings.redis_prefix, args.namespace)
    if args.action == "drop":
        keys, group = drop_sandbox(settings, args.namespace)
        print(
            json.dumps({"namespace": args.namespace, "keys_deleted": keys, "group_deleted": group})
        )
        return 0
    if args.from_offset is not None and args.from_time is not None:
        raise ConfigError("give --from-offset or --from-time, not both")
    if args.to_offset is not None and args.until is not None:
        raise ConfigError("give --to-offset or --until, not both")
    if args.obd and args.part is not None:
        raise ConfigError("--part splits the clean topics; an OBD log is replayed whole")
    policy, settings = load_policy(args.policy, settings)
    progress = print_progress()
    if args.obd:
        log, campaign = _obd(args.obd)
        report = replay_obd(
            settings,
            args.namespace,
            log,
            campaign,
            max_events=args.max_events,
            config=policy,
            progress=progress,
        )
    else:
        span = ReplayRange(
            args.from_offset, args.from_time, args.to_offset, args.until, args.max_events
        )
        report = replay_topics(
            settings, args.namespace, span, config=policy, progress=progress, part=args.part
        )
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    from redis import Redis

    digest, keys = state_digest(Redis.from_url(settings.redis_url), prefix)
    summary = {
        "namespace": args.namespace,
        "prefix": prefix,
        "events": report.events,
        "by_topic": report.by_topic,
        "seconds": round(report.seconds, 3),
        "events_per_s": round(report.events_per_s, 1),
        "keys": keys,
        "digest": digest,
    }
    if args.part is not None:  # the digest covers every part's keys written so far
        summary["part"] = f"{args.part.index}/{args.part.count}"
    print(json.dumps(summary))
    return 0


def load_policy(path: Path | None, settings: Settings) -> tuple[StageConfig | None, Settings]:
    """The stage configuration of a candidate policy file (``None``: the settings')."""
    if path is None:
        return None, settings
    from streams.wiring import stage_config

    try:
        text = path.read_text(encoding="utf-8")
        values = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except OSError as exc:
        raise ConfigError(f"cannot read the policy file {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise ConfigError(f"the policy file {path} is not valid JSON or TOML: {exc}") from exc
    if not isinstance(values, dict):
        raise ConfigError(f"the policy file {path} must hold one object of settings")
    unknown = sorted(set(values) - {"examination", *POLICY_KEYS})
    if unknown:
        known = ", ".join(("examination", *POLICY_KEYS))
        raise ConfigError(f"unknown key {unknown[0]!r} in {path}; known keys: {known}")
    if "examination" in values:
        theta = values.pop("examination")
        text_theta = ",".join(str(x) for x in theta) if isinstance(theta, list) else str(theta)
        settings = settings.replace(examination=text_theta)
    config = stage_config(settings)
    try:
        ranking = dataclasses.replace(config.ranking, **values)
    except TypeError as exc:
        raise ConfigError(f"a value in {path} has the wrong type: {exc}") from exc
    return dataclasses.replace(config, ranking=ranking), settings


def _obd(text: str) -> tuple[str, str]:
    log, _, campaign = text.partition("/")
    if log not in ("random", "bts") or campaign not in ("all", "men", "women"):
        raise ConfigError(f"--obd must be random|bts/all|men|women, got {text!r}")
    return log, campaign


def _offset(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an offset (a whole number), got {text!r}"
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"an offset is >= 0, got {value}")
    return value


def _part(text: str) -> ReplayPart:
    from streams.replay import ReplayPart

    index, slash, count = text.partition("/")
    if not (slash and index.isdigit() and count.isdigit()):
        raise argparse.ArgumentTypeError(f"expected I/K, e.g. 0/4, got {text!r}")
    try:
        return ReplayPart(int(index), int(count))
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    value = _offset(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _time_ms(text: str) -> int:
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a time as ISO 8601 (2026-12-01T10:00:00+00:00) or epoch ms, got {text!r}"
        ) from None
    return int(moment.timestamp() * 1000)
