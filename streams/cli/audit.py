"""``personalize audit tail|verify``: read the audit trail, and prove it was not tampered with."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas.errors import ConfigError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` subcommand group."""
    audit = subparsers.add_parser(
        "audit",
        help="read or verify the audit trail",
        description="Every accepted or rejected operator command, every automatic action and "
        "every consent change, hash-chained per partition.",
    )
    commands = audit.add_subparsers(dest="audit_command", required=True)
    tail = commands.add_parser(
        "tail", help="print the audit trail", description="Print the audit trail readably."
    )
    tail.add_argument("--follow", "-f", action="store_true", help="keep printing new entries")
    tail.add_argument("--json", action="store_true", help="one JSON object per entry")
    tail.add_argument("-n", type=int, default=0, help="only the last N entries (default all)")
    tail.set_defaults(handler=run_tail)
    verify = commands.add_parser(
        "verify",
        help="check the hash chain: any edit, deletion or reordering is reported",
        description="Recompute the audit trail's hash chain. Exit 0 if intact, 1 if not.",
    )
    verify.add_argument(
        "--file",
        type=Path,
        help="verify an export ('audit tail --json' output) instead of the topic",
    )
    verify.set_defaults(handler=run_verify)


def run_tail(args: argparse.Namespace) -> int:
    """Print entries, oldest first."""
    from streams.settings import load_settings

    settings = load_settings(config_file=args.config)
    entries = _topic_entries(settings.kafka_bootstrap, settings.topic("audit"), args.follow)
    if args.n > 0 and not args.follow:
        entries = iter(list(entries)[-args.n :])
    try:
        for _partition, entry in entries:
            print(json.dumps(entry, sort_keys=True) if args.json else _line(entry), flush=True)
    except KeyboardInterrupt:
        return 0
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Verify every partition's chain and say what is wrong, if anything."""
    from processors.control.audit_chain import verify_chain

    if args.file:
        entries: Iterable[tuple[int, Mapping[str, Any]]] = _file_entries(args.file)
    else:
        from streams.settings import load_settings

        settings = load_settings(config_file=args.config)
        entries = _topic_entries(settings.kafka_bootstrap, settings.topic("audit"), False)
    by_partition: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for partition, entry in entries:
        by_partition[partition].append(entry)
    problems: list[str] = []
    total = duplicates = 0
    for partition, chain in sorted(by_partition.items()):
        report = verify_chain(chain, where=f"partition {partition}")
        total += report.entries
        duplicates += report.duplicates
        problems += report.problems
    if problems:
        print(f"audit trail NOT intact: {len(problems)} problem(s) in {total} entries")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"audit trail intact: {total} entries chained ({duplicates} redelivered duplicates)")
    return 0


def _topic_entries(
    bootstrap: str, topic: str, follow: bool
) -> Iterator[tuple[int, dict[str, Any]]]:
    from schemas.codec import decode
    from schemas.errors import DecodeError
    from streams.tools.topic_reader import read_topic_entries

    for record in read_topic_entries(bootstrap, topic, follow=follow):
        if record.value is None:
            continue
        try:
            entry = decode(record.value, expected="AuditRecord").record
        except DecodeError as exc:
            # A record that is not an audit entry at all is itself tampering.
            entry = {"audit_id": f"undecodable at offset {record.offset}", "hash": exc.reason}
        yield record.partition, {"partition": record.partition, **entry}


def _file_entries(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise ConfigError(f"cannot read {path}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            raise ConfigError(f"{path} line {number} is not JSON") from None
        if not isinstance(entry, dict):
            raise ConfigError(f"{path} line {number} is not a JSON object")
        yield int(entry.get("partition", 0)), entry


def _line(entry: Mapping[str, Any]) -> str:
    when = datetime.fromtimestamp(entry.get("event_time", 0) / 1000, tz=UTC)
    reason = f" ({entry['reason']})" if entry.get("reason") else ""
    change = ""
    if entry.get("after_json"):
        change = f" -> {entry['after_json']}"
    return (
        f"#{entry.get('sequence', '?'):<5} {when:%Y-%m-%d %H:%M:%S}Z {entry.get('actor', '?'):<12}"
        f" {entry.get('action', '?'):<18} {entry.get('target', '?'):<20}"
        f" {entry.get('outcome', '?')}{reason}{change}"
    )
