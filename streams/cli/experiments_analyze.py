"""``personalize experiments analyze FILE``: the statistics engine on sufficient statistics,
offline (no stream, no services).

FILE (``-`` for stdin) holds one JSON case per line, or a single case that may be
pretty-printed over several lines. One JSON object is printed per case, in order: the
result, or ``{"error": "<plain reason>"}`` for a case that cannot be analysed at all; an arm
that admits no test is ``{"arm", "error"}`` in its place. Those are data, not failures: the
exit code is 0 once FILE was read. An unreadable FILE is one sentence on stderr, exit 2.
Formats and conventions: docs/experiments.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from processors.experiments.cases import analyze_case
from schemas.errors import ExperimentError, ExperimentInputError


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``analyze`` action."""
    parser = actions.add_parser(
        "analyze",
        help="analyse A/B sufficient statistics and sample sizes from a JSON-lines file",
        description="Analyse each JSON case of FILE and print one JSON result per case. "
        'An ab_test case: {"kind": "ab_test", "metric": {"type": "binomial"|"mean"}, '
        '"arms": [{"name", "users", "sum", "sum_squares"}, ...] (arm 0 is the control), '
        'optional "weights", "engine" (frequentist|bayesian), "sequential", '
        '"sequential_tuning", "difference" (relative|absolute), "alpha", "prior" '
        '({"mean", "variance"} on the relative scale)}. A sample_size case: '
        '{"kind": "sample_size", "p_control", "p_treatment", "alpha", "power"}. '
        "Results equal GrowthBook's gbstats 0.8.0; see docs/experiments.md.",
    )
    parser.add_argument("file", metavar="FILE", help="JSON-lines file of cases, or - for stdin")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Analyse every case of the file and print the results; 0 once the file was read."""
    for line in analyze_text(_read(args.file)):
        print(line)
    return 0


def analyze_text(text: str) -> Iterator[str]:
    """One JSON result line per case of ``text``."""
    for case in _cases(text):
        try:
            if isinstance(case, ExperimentInputError):
                raise case
            result = analyze_case(case)
        except ExperimentError as exc:
            result = {"error": str(exc)}
        yield json.dumps(result, allow_nan=False)


def _cases(text: str) -> Iterator[object]:
    """The decoded cases; a line that is not JSON is yielded as its error."""
    try:
        # A single case, possibly pretty-printed over several lines.
        yield _decode(text)
        return
    except ExperimentInputError:
        pass
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield _decode(line)
            except ExperimentInputError as exc:
                yield ExperimentInputError(f"line {number}: {exc}")


def _decode(text: str) -> object:
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise ExperimentInputError(f"not valid JSON ({exc})") from None


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise ExperimentInputError(f"cannot read {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExperimentInputError(f"cannot read {path}: {exc}") from None
