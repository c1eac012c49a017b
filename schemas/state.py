"""Avro encoding of processor state held in Faust tables (``schemas/state/*.avsc``).

Table values are stored as schemaless Avro bodies: the table's changelog topic carries only one
state type, so the writer schema is implied by the table, and the body stays small.
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
    """Inverse of :func:`encode_state`."""
    schema = state_schema(name)
    return cast(dict[str, Any], schemaless_reader(io.BytesIO(data), schema, schema))
