"""PII detection and redaction for free text (pure logic: no I/O besides bundled word lists).

Public API::

    detect(text) -> tuple[PiiSpan, ...]   # sorted, non-overlapping, original offsets
    redact(text) -> Redaction              # text with <TYPE> placeholders, spans, counts

Entity types are the corpus names in :data:`ENTITY_TYPES`. See ``docs/redaction.md`` for
what each detector catches and misses.

The modules may be compiled with mypyc (``make native``, run by ``make venv``;
``infra/build_native.py``). Python would import a compiled module in preference to its
``.py`` file, so this file first checks the build record ``_native.json`` against the
sources: if any module changed, was added or was removed since the build, or
``REDACTION_PURE_PYTHON=1`` is set, every module of the package is imported from its ``.py``
file. :data:`NATIVE` says which code runs, :data:`NATIVE_STATUS` why.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from types import ModuleType

_MANIFEST = "_native.json"  # written by infra/build_native.py: keep the two in step
_PURE_ENV = "REDACTION_PURE_PYTHON"


def _native_status(directory: str) -> tuple[bool | None, str]:
    """(True: compiled modules current, False: present but not to be used, None: none), why."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    names = os.listdir(directory)
    if not any(name.endswith(suffixes) for name in names):
        return None, "pure Python (not compiled: `make native` compiles it)"
    if os.environ.get(_PURE_ENV) == "1":
        return False, f"pure Python ({_PURE_ENV}=1)"
    try:
        with open(os.path.join(directory, _MANIFEST), encoding="utf-8") as file:
            record = json.load(file)
        compiled: dict[str, str] = record["sources"]
        suffix = suffixes[0]
        built_here = record["extension_suffix"] == suffix
        library = record["library"]
    except (OSError, ValueError, KeyError, TypeError):
        return False, "pure Python (compiled modules without a build record: run `make native`)"
    if not built_here:
        return False, "pure Python (compiled for another Python: run `make native`)"
    sources: dict[str, str] = {}
    for name in sorted(names):
        if name.endswith(".py") and name != "__init__.py":
            with open(os.path.join(directory, name), "rb") as file:
                sources[name] = hashlib.sha256(file.read()).hexdigest()
    if sources != compiled:
        changed = sorted(set(sources.items()) ^ set(compiled.items()))
        which = ", ".join(dict(changed))
        return False, f"pure Python ({which} changed since the build: run `make native`)"
    modules = [library, *(name.removesuffix(".py") for name in sources)]
    if not all(module + suffix in names for module in modules):
        return False, "pure Python (a compiled module is missing: run `make native`)"
    return True, "compiled with mypyc"


class _SourceModules(MetaPathFinder):
    """Imports the package's modules from their ``.py`` files, never the compiled ones."""

    def __init__(self, package: str, directory: str) -> None:
        self.package = package
        self.directory = directory

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = os.path.join(self.directory, name + ".py")
        if package != self.package or not os.path.isfile(source):
            return None
        return importlib.util.spec_from_file_location(fullname, source)


_native, NATIVE_STATUS = _native_status(os.path.dirname(os.path.abspath(__file__)))
NATIVE: bool = _native is True
if _native is False and not any(
    isinstance(finder, _SourceModules) and finder.package == __name__ for finder in sys.meta_path
):
    sys.meta_path.insert(0, _SourceModules(__name__, os.path.dirname(os.path.abspath(__file__))))

from processors.redaction.redactor import detect, redact  # noqa: E402 (after the check)
from processors.redaction.spans import ENTITY_TYPES, PiiSpan, Redaction, placeholder  # noqa: E402

__all__ = [
    "ENTITY_TYPES",
    "NATIVE",
    "NATIVE_STATUS",
    "PiiSpan",
    "Redaction",
    "detect",
    "placeholder",
    "redact",
]
