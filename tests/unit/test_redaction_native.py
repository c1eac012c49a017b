"""The mypyc build of processors/redaction/ (infra/build_native.py) and its stale guard.

Python imports a compiled module in preference to the ``.py`` beside it, so the package's
``__init__`` compares the sources with the build record and imports the ``.py`` files when
they differ. These tests fake the compiled files (garbage bytes: importing one would fail),
so they hold whether or not this checkout is compiled; one more runs on the real build.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import processors.redaction
from infra import build_native
from processors.redaction import _native_status

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "processors" / "redaction"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _fake_build(package_dir: Path) -> None:
    """What a build leaves, with garbage for the extension modules, and its record."""
    for name in build_native.source_digests(package_dir):
        (package_dir / (name.removesuffix(".py") + SUFFIX)).write_bytes(b"not an ELF file")
    (package_dir / (build_native.LIBRARY + SUFFIX)).write_bytes(b"not an ELF file")
    record = build_native.manifest(package_dir, build_native.source_digests(package_dir))
    (package_dir / build_native.MANIFEST).write_text(json.dumps(record), encoding="utf-8")


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("REDACTION_PURE_PYTHON", raising=False)
    directory = tmp_path / "pkg"
    directory.mkdir()
    (directory / "__init__.py").write_text("", encoding="utf-8")
    (directory / "a.py").write_text("A = 1\n", encoding="utf-8")
    (directory / "b.py").write_text("B = 2\n", encoding="utf-8")
    _fake_build(directory)
    return directory


def _both(package_dir: Path) -> tuple[bool | None, str, str | None]:
    """The import guard's verdict and the build script's; they must agree."""
    native, why = _native_status(str(package_dir))
    reason = build_native.stale_reason(package_dir)
    if native is not None:
        assert (native is True) == (reason is None), (why, reason)
    return native, why, reason


def test_a_fresh_build_is_used(package: Path) -> None:
    assert _both(package)[:2] == (True, "compiled with mypyc")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: (d / "a.py").write_text("A = 3\n", encoding="utf-8"), "a.py"),
        (lambda d: (d / "c.py").write_text("C = 3\n", encoding="utf-8"), "c.py"),
        (lambda d: (d / "b.py").unlink(), "b.py"),
    ],
    ids=["edited", "added", "removed"],
)
def test_a_changed_module_makes_every_module_pure_python(
    package: Path, change: Callable[[Path], object], named: str
) -> None:
    change(package)
    native, why, reason = _both(package)
    assert native is False
    assert reason == "sources changed since the build"
    assert named in why
    assert "`make native`" in why


def test_an_edit_back_to_the_built_source_is_compiled_again(package: Path) -> None:
    (package / "a.py").write_text("A = 3\n", encoding="utf-8")
    (package / "a.py").write_text("A = 1\n", encoding="utf-8")  # newer file, same content
    assert _both(package)[0] is True


def test_compiled_modules_without_their_record_or_library_are_not_used(package: Path) -> None:
    (package / (build_native.LIBRARY + SUFFIX)).unlink()
    assert _both(package)[0] is False
    (package / build_native.MANIFEST).unlink()
    native, why, _ = _both(package)
    assert native is False
    assert "without a build record" in why


def test_no_compiled_module_is_plain_pure_python(package: Path) -> None:
    build_native.clean(package)
    assert sorted(p.name for p in package.iterdir()) == ["__init__.py", "a.py", "b.py"]
    native, why = _native_status(str(package))
    assert native is None
    assert why.startswith("pure Python")


def test_the_environment_forces_pure_python(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACTION_PURE_PYTHON", "1")
    assert _native_status(str(package)) == (False, "pure Python (REDACTION_PURE_PYTHON=1)")


def test_without_a_c_compiler_the_build_says_so_and_changes_nothing(
    package: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (package / "a.py").write_text("A = 3\n", encoding="utf-8")  # stale: a build would run
    before = sorted(p.name for p in package.iterdir())
    monkeypatch.setenv("CC", str(package / "no-such-cc"))
    assert build_native.build(package, root=package.parent) == 0
    assert capsys.readouterr().out == build_native.NO_COMPILER + "\n"
    assert sorted(p.name for p in package.iterdir()) == before


def _copy_package(destination: Path) -> Path:
    """processors/ with only its __init__ and the redaction package (compiled files too)."""
    (destination / "processors").mkdir()
    shutil.copy(ROOT / "processors" / "__init__.py", destination / "processors")
    copy = destination / "processors" / "redaction"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _import_in(root: Path) -> dict[str, object]:
    """Import the copy at ``root`` in a fresh interpreter: what ran and where it came from."""
    script = (
        "import json, processors.redaction as r, processors.redaction.spans as s\n"
        "print(json.dumps({'native': r.NATIVE, 'status': r.NATIVE_STATUS,"
        " 'redacted': r.redact('Call John Smith at 555-123-4567').text,"
        " 'spans': s.__spec__.origin, 'package': r.__file__}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("REDACTION_PURE_PYTHON", "PYTHONPATH")}
    env["PYTHONPATH"] = str(root)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answer: dict[str, object] = json.loads(result.stdout)
    assert answer["package"] == str(root / "processors" / "redaction" / "__init__.py")
    return answer


def _edit_placeholder(copy: Path) -> None:
    spans = copy / "spans.py"
    source = spans.read_text(encoding="utf-8")
    assert 'return f"<{entity_type}>"' in source
    spans.write_text(source.replace('return f"<{entity_type}>"', 'return f"[{entity_type}]"'))


def test_an_edited_module_is_imported_from_source_not_from_a_stale_build(tmp_path: Path) -> None:
    copy = _copy_package(tmp_path)
    build_native.clean(copy)
    _fake_build(copy)  # garbage extension modules: the import fails if it touches one
    _edit_placeholder(copy)
    answer = _import_in(tmp_path)
    assert answer["native"] is False
    assert "spans.py changed since the build" in str(answer["status"])
    assert answer["redacted"] == "Call [PERSON] at [PHONE_NUMBER]"  # the edited code ran
    assert str(answer["spans"]).endswith("spans.py")


@pytest.mark.skipif(
    not processors.redaction.NATIVE,
    reason=f"this checkout runs {processors.redaction.NATIVE_STATUS}",
)
def test_the_real_build_is_used_and_given_up_after_an_edit(tmp_path: Path) -> None:
    copy = _copy_package(tmp_path)
    answer = _import_in(tmp_path)
    assert answer["native"] is True
    assert str(answer["spans"]).endswith(SUFFIX)
    assert answer["redacted"] == "Call <PERSON> at <PHONE_NUMBER>"
    _edit_placeholder(copy)
    answer = _import_in(tmp_path)
    assert answer["native"] is False
    assert answer["redacted"] == "Call [PERSON] at [PHONE_NUMBER]"
    assert str(answer["spans"]).endswith("spans.py")


@pytest.mark.skipif(build_native._c_compiler_missing(), reason=build_native.NO_COMPILER)
def test_mypyc_rejection_fails_the_build_loudly(tmp_path: Path) -> None:
    """A construct mypyc rejects (the class ``__dict__``, as spans.py once read it) fails."""
    package = tmp_path / "rejected"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "bad.py").write_text(
        "class Span:\n    start: int\n\n\nSETTER = Span.__dict__['start']\n", encoding="utf-8"
    )
    script = (
        "import sys\nfrom pathlib import Path\nfrom infra.build_native import build\n"
        f"sys.exit(build(Path({str(package)!r}), root=Path({str(tmp_path)!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert 'Cannot access instance attribute "__dict__" through class object' in output
    assert "mypyc rejected rejected" in output
    assert not list(package.glob("*.so"))
