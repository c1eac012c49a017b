"""JSON log lines: a crash keeps its traceback, and no exception smuggles a record's values in.

The canary stands for what a third-party error may quote from a record (a raw user id, an
e-mail address in a field value); it must never reach a log line.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError

from schemas.errors import SinkError
from streams.logs import JsonFormatter

CANARY = "canary.jane@example.com"


def _line(record: logging.LogRecord) -> dict[str, Any]:
    text = JsonFormatter().format(record)
    assert "\n" not in text  # one line per record
    entry: dict[str, Any] = json.loads(text)
    return entry


def _logged(message: str, *args: Any, exc_info: bool = True) -> logging.LogRecord:
    """The record ``log.exception(message, *args)`` makes inside the ``except`` block."""
    return logging.LogRecord(
        "faust.agents.actor",
        logging.ERROR,
        __file__,
        1,
        message,
        args,
        sys.exc_info() if exc_info else None,
    )


def _apply_catalog_record() -> None:
    try:
        raise RedisConnectionError(f"closed while reading {CANARY}")
    except RedisConnectionError as exc:
        raise SinkError("Redis refused a catalog record: Connection closed by server.") from exc


def test_a_crash_keeps_its_traceback_with_every_frame_and_cause() -> None:
    try:
        _apply_catalog_record()
    except SinkError as exc:
        # As mode logs an agent's crash: self.log.exception("Crashed reason=%r", reason)
        entry = _line(_logged("Crashed reason=%r", exc))
    assert entry["error"] == "SinkError"
    assert entry["message"] == (
        "Crashed reason=SinkError('Redis refused a catalog record: Connection closed by server.')"
    )
    trace = entry["traceback"]
    assert trace.startswith("Traceback (most recent call last):\n")
    assert "in _apply_catalog_record" in trace  # the frame that raised, with its source line
    assert 'raise RedisConnectionError(f"closed while reading {CANARY}")' in trace
    assert "redis.exceptions.ConnectionError: <message withheld>" in trace
    assert "The above exception was the direct cause of the following exception" in trace
    assert trace.endswith(
        "schemas.errors.SinkError: Redis refused a catalog record: Connection closed by server."
    )
    assert CANARY not in json.dumps(entry)


def test_a_third_party_exception_never_logs_its_message() -> None:
    raw_user_id = "user-42"
    profiles: dict[str, bytes] = {}
    try:
        profiles[raw_user_id]  # a bug that looks a raw id up
    except KeyError as exc:
        entry = _line(_logged("Crashed reason=%r", exc))
        named = _line(_logged("%(what)s failed: %(why)s", {"what": "consent", "why": exc}))
    assert entry["message"] == "Crashed reason=KeyError(<withheld>)"
    assert entry["error"] == "KeyError"
    assert entry["traceback"].endswith("KeyError: <message withheld>")
    assert named["message"] == "consent failed: KeyError(<withheld>)"
    assert raw_user_id not in json.dumps(entry) + json.dumps(named)


def test_an_exception_raised_while_handling_another_keeps_both() -> None:
    try:
        try:
            raise ValueError(CANARY)
        except ValueError:
            raise SinkError("Redis refused an opt-out marker") from None
    except SinkError as exc:
        suppressed = _line(_logged("failed: %s", exc))
    try:
        try:
            raise ValueError(CANARY)
        except ValueError:
            raise SinkError("Redis refused an opt-out marker")  # noqa: B904  # what we test
    except SinkError as exc:
        chained = _line(_logged("failed: %s", exc))
    assert "ValueError" not in suppressed["traceback"]  # `from None` hides the context
    assert "During handling of the above exception" in chained["traceback"]
    assert "builtins" not in chained["traceback"]
    assert "ValueError: <message withheld>" in chained["traceback"]
    assert CANARY not in json.dumps(chained)


def test_our_messages_and_extras_are_kept_and_a_plain_line_has_no_traceback() -> None:
    record = _logged(
        "budget caps not refreshed: %s", SinkError("Redis did not answer"), exc_info=False
    )
    record.sink = "consent"
    entry = _line(record)
    assert entry["message"] == "budget caps not refreshed: Redis did not answer"
    assert entry["sink"] == "consent"
    assert "traceback" not in entry
    assert "error" not in entry
