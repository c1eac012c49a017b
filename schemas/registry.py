"""The schema registry: every current event schema and every historical snapshot, by fingerprint.

Schemas live next to this module as ``<Name>.avsc`` (namespace ``personalize.v1``); snapshots of
earlier versions live in ``history/<Name>/v<N>.avsc``. A schema may refer to a named type that an
earlier schema in :data:`SCHEMA_NAMES` defines (``CleanEvent.kind`` reuses
``personalize.v1.InteractionKind``); the registry inlines such references, so every schema it
serves is self-contained and its fingerprint identifies it for any Avro client.

Fingerprints are CRC-64-AVRO ("Rabin") of the schema's Parsing Canonical Form, as 8 bytes in
little-endian order, exactly as the Avro single-object encoding puts them on the wire.

Timestamps are declared ``{"type": "long", "logicalType": "timestamp-millis"}`` for other Avro
clients. The codec strips the logical type (Parsing Canonical Form drops it anyway, so the
fingerprint is unchanged), so Python code always sees and supplies ``int`` milliseconds since the
epoch, never ``datetime``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Final

from fastavro.schema import fingerprint as avro_fingerprint
from fastavro.schema import parse_schema, to_parsing_canonical_form

from schemas.errors import SchemaError

__all__ = [
    "SCHEMA_NAMES",
    "Reading",
    "Registry",
    "SchemaVersion",
    "build_registry",
    "canonical_form",
    "load_registry",
]

NAMESPACE: Final = "personalize.v1"

#: Every current schema, in dependency order: a schema may only refer to named types defined by
#: a schema before it.
SCHEMA_NAMES: Final[tuple[str, ...]] = (
    "Interaction",
    "Recommendation",
    "Cost",
    "Consent",
    "ControlCommand",
    "CleanEvent",
    "CleanServed",
    "CleanCost",
    "Alert",
    "AuditRecord",
    "DeadLetter",
    "CatalogItem",
    "RolloutHealth",
    "ExperimentPartitionStats",
)


@dataclass(frozen=True, slots=True)
class SchemaVersion:
    """One writer schema the registry can decode.

    ``parsed`` is the fastavro-parsed codec schema (logical types stripped); ``document`` is the
    self-contained JSON schema with docs and logical types, as published to other clients.
    """

    name: str
    version: str
    fingerprint: bytes
    parsed: dict[str, Any]
    document: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Reading:
    """How to decode one fingerprint: the writer schema, and the current reader schema when it
    differs (``None`` means the writer schema is current and no resolution is needed)."""

    name: str
    writer: dict[str, Any]
    reader: dict[str, Any] | None


class Registry:
    """Current schemas by name, and every known writer schema by fingerprint."""

    def __init__(
        self, current: Mapping[str, SchemaVersion], history: Mapping[str, tuple[SchemaVersion, ...]]
    ) -> None:
        self._current = dict(current)
        self._history = {name: tuple(versions) for name, versions in history.items()}
        self._readings: dict[bytes, Reading] = {}
        for name, versions in self._history.items():
            for version in versions:
                self._add_reading(version, self._current[name])
        # Current schemas last: they win if a snapshot is identical to the current schema.
        for version in self._current.values():
            self._add_reading(version, version)

    def _add_reading(self, version: SchemaVersion, current: SchemaVersion) -> None:
        known = self._readings.get(version.fingerprint)
        if known is not None and known.name != version.name:
            raise SchemaError(
                f"{version.name} {version.version} has the same fingerprint as {known.name}"
            )
        same = version.fingerprint == current.fingerprint
        self._readings[version.fingerprint] = Reading(
            name=version.name,
            writer=current.parsed if same else version.parsed,
            reader=None if same else current.parsed,
        )

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the current schemas, in dependency order."""
        return tuple(self._current)

    def schema(self, name: str) -> dict[str, Any]:
        """The parsed current schema called ``name`` (as used by the codec)."""
        return self.current(name).parsed

    def fingerprint(self, name: str) -> bytes:
        """The 8-byte CRC-64-AVRO fingerprint of the current schema called ``name``."""
        return self.current(name).fingerprint

    def current(self, name: str) -> SchemaVersion:
        """The current version of the schema called ``name``; :class:`SchemaError` if unknown."""
        try:
            return self._current[name]
        except KeyError:
            raise SchemaError(
                f"unknown schema {name!r}; known: {', '.join(self._current)}"
            ) from None

    def history(self, name: str) -> tuple[SchemaVersion, ...]:
        """The snapshots of ``name`` from ``history/<name>/``, oldest first."""
        self.current(name)
        return self._history.get(name, ())

    def reading(self, fingerprint: bytes) -> Reading | None:
        """How to decode data written with the schema of ``fingerprint``; ``None`` if unknown."""
        return self._readings.get(fingerprint)


def canonical_form(document: Mapping[str, Any]) -> str:
    """The Avro Parsing Canonical Form of a self-contained schema document."""
    return str(to_parsing_canonical_form(parse_schema(dict(document), _write_hint=False)))


def fingerprint_of(document: Mapping[str, Any]) -> bytes:
    """CRC-64-AVRO of the Parsing Canonical Form, little-endian, as on the wire.

    fastavro returns the hex of the little-endian bytes (as the Java implementation does);
    ``tests/unit/test_codec.py`` checks this against the spec's reference algorithm.
    """
    return bytes.fromhex(avro_fingerprint(canonical_form(document), "CRC-64-AVRO"))


def strip_logical_types(node: Any) -> Any:
    """A copy of a schema (or part of one) without ``logicalType`` annotations."""
    if isinstance(node, dict):
        return {
            key: strip_logical_types(value) for key, value in node.items() if key != "logicalType"
        }
    if isinstance(node, list):
        return [strip_logical_types(item) for item in node]
    return node


def _read_json(file: Traversable) -> dict[str, Any]:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SchemaError(f"cannot read schema {file.name}: {exc}") from exc
    if not isinstance(document, dict):
        raise SchemaError(f"schema {file.name} is not a JSON object")
    return document


def _version(
    name: str, version: str, raw: dict[str, Any], named: dict[str, Any] | None
) -> SchemaVersion:
    try:
        # expand=True inlines named types defined by earlier schemas: the result stands alone.
        document = parse_schema(raw, named, expand=True, _write_hint=False)
        parsed = parse_schema(strip_logical_types(document))
    except Exception as exc:  # fastavro raises several unrelated types for a broken schema
        raise SchemaError(f"schema {name} {version} does not parse: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(parsed, dict):
        raise SchemaError(f"schema {name} {version} is not a record schema")
    fingerprint = fingerprint_of(document)
    if document.get("name") != f"{NAMESPACE}.{name}":
        raise SchemaError(f"schema {name} {version} must be named {NAMESPACE}.{name}")
    return SchemaVersion(name, version, fingerprint, parsed, document)


def _version_key(file: Traversable) -> int:
    stem = file.name.removesuffix(".avsc")
    if not stem.startswith("v") or not stem[1:].isdigit():
        raise SchemaError(f"history file {file.name} must be named v<N>.avsc")
    return int(stem[1:])


def build_registry(root: Traversable) -> Registry:
    """Load and check every schema under ``root`` (a directory laid out like this package)."""
    files = {f.name.removesuffix(".avsc") for f in root.iterdir() if f.name.endswith(".avsc")}
    unlisted = files - set(SCHEMA_NAMES)
    if unlisted:
        raise SchemaError(f"schemas not listed in SCHEMA_NAMES: {', '.join(sorted(unlisted))}")
    named: dict[str, Any] = {}
    current: dict[str, SchemaVersion] = {}
    history: dict[str, tuple[SchemaVersion, ...]] = {}
    for name in SCHEMA_NAMES:
        if name not in files:
            raise SchemaError(f"schema file {name}.avsc is missing")
        # Parsing into the shared `named` makes this schema's named types available to later ones.
        current[name] = _version(name, "current", _read_json(root / f"{name}.avsc"), named)
        folder = root / "history" / name
        if folder.is_dir():
            snapshots = sorted(
                (f for f in folder.iterdir() if f.name.endswith(".avsc")), key=_version_key
            )
            # Snapshots are self-contained, so they are parsed without shared named types.
            history[name] = tuple(
                _version(name, f.name.removesuffix(".avsc"), _read_json(f), None) for f in snapshots
            )
    return Registry(current, history)


@functools.cache
def load_registry() -> Registry:
    """The registry of the schemas shipped in this package (loaded once, on first use)."""
    return build_registry(resources.files("schemas"))
