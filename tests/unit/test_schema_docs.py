"""Every schema, every named type and every field carries a non-empty doc."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from schemas.registry import SCHEMA_NAMES, load_registry


def _undocumented(node: Any, path: str) -> Iterator[str]:
    if isinstance(node, list):
        for branch in node:
            yield from _undocumented(branch, path)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind in ("record", "enum") and not str(node.get("doc", "")).strip():
        yield f"{path or node['name']} (type {node['name']})"
    if kind == "record":
        for field in node["fields"]:
            field_path = f"{path}.{field['name']}" if path else field["name"]
            if not str(field.get("doc", "")).strip():
                yield field_path
            yield from _undocumented(field["type"], field_path)
    elif kind == "array":
        yield from _undocumented(node["items"], f"{path}[]")
    elif kind == "map":
        yield from _undocumented(node["values"], f"{path}{{}}")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_field_has_a_doc(name: str) -> None:
    document = load_registry().current(name).document
    assert list(_undocumented(document, "")) == []


def test_the_checker_finds_a_missing_doc() -> None:
    document = {
        "type": "record",
        "name": "X",
        "doc": "x",
        "fields": [
            {"name": "a", "type": "string", "doc": " "},
            {
                "name": "b",
                "type": {
                    "type": "array",
                    "items": {
                        "type": "record",
                        "name": "Y",
                        "fields": [{"name": "c", "type": "int"}],
                    },
                },
                "doc": "b",
            },
        ],
    }
    assert list(_undocumented(document, "")) == ["a", "b[] (type Y)", "b[].c"]
