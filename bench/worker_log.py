"""Summarize a worker's JSON-lines log: warnings and errors a benchmark should not hide."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_NOTEWORTHY = ("WARNING", "ERROR", "CRITICAL")
_NUMBERS = re.compile(r"\d+(\.\d+)?")


def summarize_lines(lines: Iterable[str], keep: int = 5) -> dict[str, Any]:
    """Count lines per noteworthy level and name the most frequent messages.

    Numbers in messages are replaced by ``N`` so that e.g. timer overruns of different lengths
    count as one message. Lines that are not JSON (tracebacks, crashes) count as ``unparsed``.
    """
    levels: Counter[str] = Counter()
    messages: Counter[str] = Counter()
    unparsed = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            unparsed += 1
            continue
        level = str(entry.get("level", "")) if isinstance(entry, dict) else ""
        if level in _NOTEWORTHY:
            levels[level] += 1
            text = _NUMBERS.sub("N", str(entry.get("message", "")))[:160]
            messages[f"{level} {entry.get('logger', '')}: {text}"] += 1
    return {
        "levels": dict(levels),
        "unparsed_lines": unparsed,
        "top_messages": [{"message": m, "count": c} for m, c in messages.most_common(keep)],
    }


def summarize_log(path: Path) -> dict[str, Any]:
    """:func:`summarize_lines` of the file at ``path`` (empty summary if it does not exist)."""
    if not path.exists():
        return summarize_lines([])
    with path.open(encoding="utf-8", errors="replace") as handle:
        summary = summarize_lines(handle)
    summary["path"] = str(path)
    return summary
