"""``personalize redact``: redact PII from text on stdin, line by line, to stdout."""

from __future__ import annotations

import argparse
import json
import sys

from processors.redaction import redact


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
    parser.set_defaults(handler=run)


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


def run(args: argparse.Namespace) -> int:
    """Redact stdin to stdout; return 1 if any jsonl line was malformed, else 0."""
    bad = 0
    for number, raw in enumerate(sys.stdin, start=1):
        line = raw.rstrip("\n")
        if not args.jsonl:
            sys.stdout.write(redact(line).text + "\n")
            continue
        if not line.strip():
            continue
        try:
            sys.stdout.write(_redact_json_line(line) + "\n")
        except ValueError as exc:
            bad += 1
            print(f"personalize redact: line {number}: {exc}; skipped.", file=sys.stderr)
    return 1 if bad else 0
