"""``personalize redact``: redact PII from text on stdin, line by line, to stdout."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice

from processors.redaction import redact
from streams.redaction_pool import MAX_WORKERS, map_in_order, redaction_pool

# Lines read per round when several workers redact: bounds memory on endless input while
# keeping every worker busy (the pool splits a batch into chunks).
_BATCH_LINES = 8192


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``redact`` subcommand."""
    parser = subparsers.add_parser(
        "redact",
        help="replace PII in text from stdin with typed placeholders",
        description="Read text from stdin and write it to stdout with every detected e-mail, "
        "phone number, payment card, US SSN, IP address, IBAN, street address and person "
        "name replaced by a placeholder such as <EMAIL_ADDRESS> or <PERSON>. Without --jsonl "
        "each input line is redacted as plain text. See docs/redaction.md for what is and is "
        "not detected.",
        epilog='example: echo \'{"text": "mail jo@example.com"}\' | personalize redact --jsonl',
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='input lines are JSON objects {"text": ...}; output lines are {"text": '
        '<redacted>, "spans": [{"start", "end", "entity_type"}]} with offsets into the '
        "original text. A malformed line is reported on stderr and skipped (exit code 1).",
    )
    parser.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        metavar="N",
        help="redact in N processes (default 1); output keeps the input order. For bulk "
        "input: each process adds its start-up, so small inputs are fastest with 1.",
    )
    parser.set_defaults(handler=run)


def _worker_count(value: str) -> int:
    """argparse type for --workers: a whole number from 1 to MAX_WORKERS."""
    try:
        count = int(value)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(
            f"give a whole number from 1 to {MAX_WORKERS}, not {value!r}"
        )
    return count


def _redact_json_line(line: str) -> str:
    """Redact one jsonl record; raise ValueError with a plain reason if it is malformed."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected an object with a string field "text"')
    result = redact(record["text"])
    spans = [{"start": s.start, "end": s.end, "entity_type": s.entity_type} for s in result.spans]
    return json.dumps({"text": result.text, "spans": spans}, ensure_ascii=False)


def _redact_line(job: tuple[str, bool]) -> tuple[str | None, str | None]:
    """(output line, None) or, for a malformed jsonl line, (None, its reason); blank jsonl
    lines give (None, None). Module level, so worker processes can run it."""
    line, jsonl = job
    if not jsonl:
        return redact(line).text, None
    if not line.strip():
        return None, None
    try:
        return _redact_json_line(line), None
    except ValueError as exc:
        return None, str(exc)


def _results(
    lines: Iterable[str], jsonl: bool, workers: int
) -> Iterator[tuple[str | None, str | None]]:
    """The result of every line, in order; several workers take the lines in batches."""
    jobs = ((raw.rstrip("\n"), jsonl) for raw in lines)
    if workers == 1:
        yield from map(_redact_line, jobs)
        return
    with redaction_pool(workers) as pool:
        while batch := list(islice(jobs, _BATCH_LINES)):
            yield from map_in_order(pool, _redact_line, batch)


def run(args: argparse.Namespace) -> int:
    """Redact stdin to stdout; return 1 if any jsonl line was malformed, else 0."""
    bad = 0
    for number, (output, error) in enumerate(_results(sys.stdin, args.jsonl, args.workers), 1):
        if output is not None:
            sys.stdout.write(output + "\n")
        elif error is not None:
            bad += 1
            print(f"personalize redact: line {number}: {error}; skipped.", file=sys.stderr)
    return 1 if bad else 0
