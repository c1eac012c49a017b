"""Structured (JSON lines) logging, configured only when a command asks for it.

Our own log calls pass facts as ``extra`` fields (counts, topics, reason codes) and never event
payloads or ids: the privacy gate's promise covers logs too.

Exceptions are where a record's values could slip in: a third-party error's message may quote
what it choked on (a raw user id in a ``KeyError``, a field value in a schema error), and
libraries log exceptions into their own messages (mode's ``"Crashed reason=%r"``). So the
formatter writes an exception's message only if the exception is ours
(:class:`~schemas.errors.PersonalizeError`, whose messages name fields, reasons and failing
services, never values); any other exception appears as its type alone, in the message and
in the ``traceback`` field. The traceback keeps every frame (file, line, function, source
line; never local variables) of the exception and of its causes, so a crash can be traced.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Mapping
from typing import Any

from schemas.errors import PersonalizeError

_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, any ``extra`` fields, and for
    a record with an exception its type (``error``) and ``traceback``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": _message(record),
        }
        for name, value in vars(record).items():
            if name not in _STANDARD_ATTRS and not name.startswith("_"):
                entry[name] = value if isinstance(value, int | float | bool | str) else str(value)
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            entry["error"] = type(error).__name__
            entry["traceback"] = format_traceback(error)
        return json.dumps(entry, ensure_ascii=False)


def format_traceback(error: BaseException) -> str:
    """Python's traceback of ``error`` and its causes (oldest first), with the message of
    every exception that is not ours withheld."""
    chain: list[tuple[BaseException, str]] = []  # newest first, with the link to the next
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    for exc, link_to_next in reversed(chain):
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__)).format())
        parts.append(f"{_qualified(exc)}: {_text(exc)}\n")
        parts.append(link_to_next)
    return "".join(parts).rstrip("\n")


def _message(record: logging.LogRecord) -> str:
    """``record.getMessage()``, with any exception among the arguments made safe."""
    args = record.args
    if isinstance(args, tuple) and any(isinstance(a, BaseException) for a in args):
        safe: tuple[Any, ...] | Mapping[str, Any] = tuple(_safe(a) for a in args)
    elif isinstance(args, Mapping) and any(isinstance(a, BaseException) for a in args.values()):
        safe = {key: _safe(value) for key, value in args.items()}
    else:
        return record.getMessage()
    try:
        return str(record.msg) % safe
    except (TypeError, ValueError, KeyError):
        return str(record.msg)


class _Withheld:
    """Stands in for a third-party exception in a message: its type, not its text."""

    def __init__(self, error: BaseException) -> None:
        self._text = f"{type(error).__name__}(<withheld>)"

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return self._text


def _safe(value: Any) -> Any:
    if isinstance(value, BaseException) and not isinstance(value, PersonalizeError):
        return _Withheld(value)
    return value


def _qualified(error: BaseException) -> str:
    kind = type(error)
    return (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )


def _text(error: BaseException) -> str:
    return str(error) if isinstance(error, PersonalizeError) else "<message withheld>"


def logging_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` dict sending JSON lines to stderr at ``level``."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "streams.logs.JsonFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }
