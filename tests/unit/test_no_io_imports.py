"""Pure logic loads no I/O client: importing the modules of ``processors/`` (and, later, of
the stages) in a fresh interpreter leaves no Kafka, Faust or Redis module in ``sys.modules``.

One fresh interpreter imports the modules one at a time and reports, after each, which banned
packages it newly finds: none was loaded before, so the module just imported loaded it. (Two
modules loading the same client: the first is named; the second shows once the first is fixed.)
Extend :data:`PURE_PACKAGES` to check more packages, :data:`IO_PACKAGES` to ban more clients.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

#: Packages whose every module must import without any of :data:`IO_PACKAGES`.
PURE_PACKAGES: tuple[str, ...] = ("processors", "streams.stages")

#: Top-level packages of the I/O clients pure code must not load.
IO_PACKAGES: tuple[str, ...] = ("faust", "aiokafka", "confluent_kafka", "redis")

# argv: JSON list of modules, JSON list of packages. Prints {module: [packages it loaded]}.
_PROBE = """
import importlib, json, sys
modules, packages = json.loads(sys.argv[1]), json.loads(sys.argv[2])
def loaded():
    return {p for p in packages for n in sys.modules if n == p or n.startswith(p + ".")}
seen, report = loaded(), {}
for module in modules:
    importlib.import_module(module)
    now = loaded()
    report[module] = sorted(now - seen)
    seen = now
print(json.dumps(report))
"""


def modules_of(package: str) -> list[str]:
    """The package and every module and subpackage under it, by dotted name."""
    root = importlib.import_module(package)
    found = [package]
    for info in pkgutil.walk_packages(root.__path__, f"{package}."):
        found.append(info.name)
    return sorted(found)


def loaded_packages(modules: Sequence[str], packages: Sequence[str]) -> dict[str, list[str]]:
    """For each of ``modules``, imported in order in one fresh interpreter, which of
    ``packages`` (top-level names) it loaded first."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(list(modules)), json.dumps(list(packages))],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"importing {modules} failed:\n{result.stderr}"
    report: dict[str, list[str]] = json.loads(result.stdout)
    return report


MODULES = [module for package in PURE_PACKAGES for module in modules_of(package)]


@functools.cache
def _report() -> dict[str, list[str]]:
    return loaded_packages(MODULES, IO_PACKAGES)


@pytest.mark.parametrize("module", MODULES)
def test_a_pure_module_loads_no_io_client(module: str) -> None:
    assert _report()[module] == []


def test_the_probe_sees_what_a_module_loads() -> None:
    # schemas.state reads Avro with fastavro: the probe must report it, or it proves nothing.
    report = loaded_packages(["processors.popularity", "schemas.state"], ("fastavro", "faust"))
    assert report == {"processors.popularity": [], "schemas.state": ["fastavro"]}


def test_every_processor_module_is_checked() -> None:
    assert {"processors.event_ids", "processors.gate", "processors.redaction"} <= set(MODULES)
