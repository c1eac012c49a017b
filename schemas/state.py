"""Avro encoding of processor state held in Faust tables (``schemas/state/*.avsc``).

Table values are stored as schemaless Avro bodies: the table's changelog topic carries only one
state type, so the writer schema is implied by the table, and the body stays small.

A state schema only ever gains fields at its end, each with a default. A body written before
that (a changelog record, a RocksDB value) is shorter than the current schema expects, so
:func:`decode_state` reads it with the earlier versions kept in
``state/history/<name>/v<N>.avsc`` as the writer schema (newest first), and Avro's schema
resolution fills in the defaults.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, cast

from fastavro import parse_schema, schemaless_reader, schemaless_writer

__all__ = ["decode_state", "encode_state"]


@functools.cache
def state_schema(name: str) -> Any:
    """The parsed schema ``schemas/state/<name>.avsc``."""
    text = resources.files("schemas").joinpath("state", f"{name}.avsc").read_text("utf-8")
    return parse_schema(json.loads(text))


def encode_state(name: str, record: Mapping[str, Any]) -> bytes:
    """Serialize a state record with its state schema."""
    buffer = io.BytesIO()
    schemaless_writer(buffer, state_schema(name), dict(record))
    return buffer.getvalue()


def decode_state(name: str, data: bytes) -> dict[str, Any]:
    """Inverse of :func:`encode_state`; also reads bodies written with an earlier version."""
    schema = state_schema(name)
    try:
        return _read(data, schema, schema)
    except (EOFError, StopIteration):
        for writer in _earlier_schemas(name):
            try:
                return _read(data, writer, schema)
            except (EOFError, StopIteration):
                continue
        raise


def _read(data: bytes, writer: Any, reader: Any) -> dict[str, Any]:
    stream = io.BytesIO(data)
    record = cast(dict[str, Any], schemaless_reader(stream, writer, reader))
    if stream.tell() != len(data):
        # A newer writer's body read with an older schema would leave bytes unread.
        raise EOFError("state body longer than the writer schema")
    return record


@functools.cache
def _earlier_schemas(name: str) -> tuple[Any, ...]:
    """Earlier versions of state schema ``name``, newest first (none for most states)."""
    folder = resources.files("schemas").joinpath("state", "history", name)
    if not folder.is_dir():
        return ()
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".avsc")),
        key=lambda f: int(f.name.removeprefix("v").removesuffix(".avsc")),
        reverse=True,
    )
    return tuple(parse_schema(json.loads(f.read_text("utf-8"))) for f in files)
