"""Avro single-object encoding of our events: the one wire format on every topic.

Layout (Avro spec, "Single-object encoding")::

    C3 01 | CRC-64-AVRO fingerprint of the writer schema (8 bytes, little-endian) | Avro body

:func:`decode` knows every current and historical writer schema (see :mod:`schemas.registry`)
and resolves old data to the current schema. It raises :class:`DecodeError` whose ``reason`` is
one of :data:`REASONS`, so a consumer can dead-letter without inspecting messages. Error
messages never contain payload contents.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final, NamedTuple

from fastavro import schemaless_reader, schemaless_writer

from schemas.errors import DecodeError, EventValidationError, SchemaError
from schemas.registry import load_registry
from schemas.rules import validate_semantics

__all__ = ["HEADER_SIZE", "MAGIC", "REASONS", "Decoded", "decode", "encode"]

MAGIC: Final = b"\xc3\x01"
HEADER_SIZE: Final = 10

OVERSIZED: Final = "oversized"
UNDECODABLE: Final = "undecodable"
UNKNOWN_SCHEMA: Final = "unknown_schema"
WRONG_TYPE: Final = "wrong_type"
INVALID: Final = "invalid"
#: Every ``DecodeError.reason`` that :func:`decode` raises.
REASONS: Final = (OVERSIZED, UNDECODABLE, UNKNOWN_SCHEMA, WRONG_TYPE, INVALID)

_INT_RANGE: Final = range(-(2**31), 2**31)
_LONG_RANGE: Final = range(-(2**63), 2**63)


class Decoded(NamedTuple):
    """A decoded event: its schema name, the record in the current schema, and the writer's
    fingerprint (which differs from the current one for data written by an older schema)."""

    name: str
    record: dict[str, Any]
    writer_fingerprint: bytes


def encode(name: str, record: Mapping[str, Any], *, validate: bool = True) -> bytes:
    """Encode ``record`` with the current schema ``name`` as a single object.

    With ``validate`` (the default) the record is checked against the schema, strictly (unknown
    fields are an error), and against :func:`schemas.rules.validate_semantics`; the
    :class:`EventValidationError` names the dotted field path, e.g. ``items[0].propensity``.
    ``validate=False`` skips both, for tools that must produce semantically invalid data; a
    record the writer cannot encode still raises :class:`EventValidationError`.
    Raises :class:`SchemaError` for an unknown schema name.
    """
    version = load_registry().current(name)
    if validate:
        problem = find_problem(record, version.parsed)
        if problem is not None:
            raise EventValidationError(*problem)
        validate_semantics(name, record)
    buffer = io.BytesIO()
    buffer.write(MAGIC)
    buffer.write(version.fingerprint)
    try:
        schemaless_writer(buffer, version.parsed, record, strict_allow_default=True)
    except Exception as exc:  # fastavro raises many unrelated types for a bad datum
        raise EventValidationError("", f"cannot encode as {name}: {type(exc).__name__}") from exc
    return buffer.getvalue()


def decode(
    data: bytes,
    *,
    expected: str | Collection[str] | None = None,
    max_bytes: int | None = None,
) -> Decoded:
    """Decode a single object into the current version of its schema.

    ``expected`` restricts the acceptable schema names; ``max_bytes`` rejects larger input
    before any parsing. Event times come back as ``int`` milliseconds since the epoch.
    Raises :class:`DecodeError` with reason ``oversized``, ``undecodable`` (no marker,
    truncated, garbage or trailing bytes), ``unknown_schema``, ``wrong_type`` or ``invalid``
    (fails :func:`schemas.rules.validate_semantics`).
    """
    size = len(data)
    if max_bytes is not None and size > max_bytes:
        raise DecodeError(OVERSIZED, f"{size} bytes exceeds the limit of {max_bytes}")
    if size < HEADER_SIZE or data[:2] != MAGIC:
        raise DecodeError(UNDECODABLE, "not an Avro single object (missing C3 01 header)")
    fingerprint = bytes(data[2:HEADER_SIZE])
    reading = load_registry().reading(fingerprint)
    if reading is None:
        raise DecodeError(UNKNOWN_SCHEMA, f"unknown writer schema fingerprint {fingerprint.hex()}")
    name = reading.name
    if expected is not None and (
        name != expected if isinstance(expected, str) else name not in expected
    ):
        raise DecodeError(WRONG_TYPE, f"got {name}, expected {_describe(expected)}")
    buffer = io.BytesIO(data)
    buffer.seek(HEADER_SIZE)
    try:
        record = schemaless_reader(buffer, reading.writer, reading.reader)
    except Exception as exc:  # truncation, bad varints, bad UTF-8, enum index out of range, ...
        raise DecodeError(UNDECODABLE, f"{name} body: {type(exc).__name__}") from exc
    if buffer.tell() != size:
        raise DecodeError(UNDECODABLE, f"{name} body: {size - buffer.tell()} trailing bytes")
    if not isinstance(record, dict):  # cannot happen for a record schema; narrows the type
        raise DecodeError(UNDECODABLE, f"{name} body is not a record")
    try:
        validate_semantics(name, record)
    except EventValidationError as exc:
        raise DecodeError(INVALID, f"{name}: {exc}") from exc
    return Decoded(name, record, fingerprint)


def _describe(expected: str | Collection[str]) -> str:
    return expected if isinstance(expected, str) else " or ".join(sorted(expected)) or "nothing"


Problem = tuple[str, str]


def find_problem(datum: Any, schema: Mapping[str, Any]) -> Problem | None:
    """The first place where ``datum`` does not match a parsed schema, as (dotted path, problem).

    ``None`` when it matches. Stricter than fastavro's ``validate``: unknown record fields and
    ``bool`` for a number are errors. Problems name the expected and the actual Python type,
    never the value.
    """
    return _find(datum, schema, "", schema.get("__named_schemas", {}))


def _find(datum: Any, schema: Any, path: str, named: Mapping[str, Any]) -> Problem | None:
    if isinstance(schema, list):
        return _union_problem(datum, schema, path, named)
    if isinstance(schema, str):
        if schema in named:
            return _find(datum, named[schema], path, named)
        return _primitive_problem(datum, schema, path)
    kind = schema["type"]
    if kind == "record":
        return _record_problem(datum, schema, path, named)
    if kind == "enum":
        if not isinstance(datum, str) or datum not in schema["symbols"]:
            return path, f"expected one of {', '.join(schema['symbols'])}"
        return None
    if kind == "array":
        if not isinstance(datum, Sequence) or isinstance(datum, str | bytes):
            return path, f"expected an array, got {type(datum).__name__}"
        for index, item in enumerate(datum):
            problem = _find(item, schema["items"], f"{path}[{index}]", named)
            if problem is not None:
                return problem
        return None
    if kind == "map":
        if not isinstance(datum, Mapping):
            return path, f"expected a map, got {type(datum).__name__}"
        for key, value in datum.items():
            if not isinstance(key, str):
                return path, f"map keys must be strings, got {type(key).__name__}"
            problem = _find(value, schema["values"], f"{path}[{key!r}]", named)
            if problem is not None:
                return problem
        return None
    if isinstance(kind, str):  # {"type": "long"} after logical types were stripped
        return _primitive_problem(datum, kind, path)
    raise SchemaError(f"find_problem does not support schema type {kind!r}")


def _join(path: str, field: str) -> str:
    return f"{path}.{field}" if path else field


def _record_problem(
    datum: Any, schema: Mapping[str, Any], path: str, named: Mapping[str, Any]
) -> Problem | None:
    if not isinstance(datum, Mapping):
        return path, f"expected a record, got {type(datum).__name__}"
    fields = schema["fields"]
    names = {field["name"] for field in fields}
    for key in datum:
        if key not in names:
            return _join(path, str(key)), "is not a field of the schema"
    for field in fields:
        field_path = _join(path, field["name"])
        if field["name"] not in datum:
            if "default" in field:
                continue
            return field_path, "is required"
        problem = _find(datum[field["name"]], field["type"], field_path, named)
        if problem is not None:
            return problem
    return None


def _union_problem(
    datum: Any, branches: list[Any], path: str, named: Mapping[str, Any]
) -> Problem | None:
    problems = [_find(datum, branch, path, named) for branch in branches]
    if None in problems:
        return None
    others = [branch for branch in branches if branch != "null"]
    if len(others) == 1:  # a nullable T: report T's problem, it is the precise one
        return problems[branches.index(others[0])]
    return path, f"matches no branch of the union, got {type(datum).__name__}"


def _primitive_problem(datum: Any, kind: str, path: str) -> Problem | None:
    ok: bool
    if kind == "null":
        ok = datum is None
    elif kind == "string":
        ok = isinstance(datum, str)
    elif kind == "boolean":
        ok = isinstance(datum, bool)
    elif kind in ("int", "long"):
        ok = isinstance(datum, int) and not isinstance(datum, bool)
        if ok and datum not in (_INT_RANGE if kind == "int" else _LONG_RANGE):
            return path, f"out of range for an Avro {kind}"
    elif kind in ("float", "double"):
        ok = isinstance(datum, int | float) and not isinstance(datum, bool)
    elif kind == "bytes":
        ok = isinstance(datum, bytes | bytearray)
    else:
        raise SchemaError(f"unknown type {kind!r} in schema")
    if ok:
        return None
    article = "an" if kind[0] in "aeiou" else "a"
    return path, f"expected {article} {kind}, got {type(datum).__name__}"
