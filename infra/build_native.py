"""Compile the redaction package (``processors/redaction/``) with mypyc, in place.

``make venv`` (so every target after it) runs ``python -m infra.build_native``: it compiles
every ``*.py`` module of the package except ``__init__.py`` (a glob: new modules are picked up)
into extension modules next to the sources, one shared library ``native__mypyc`` holding the
code, plus ``_native.json``, the build record: the SHA-256 of each source as compiled. It does
nothing when that record matches the sources (so it is cheap to run every time), and:

* without a C compiler or the Python headers it prints one sentence and leaves the package
  pure Python (about 1.3x slower), exit status 0;
* when mypyc rejects the code it prints mypyc's errors and exits with status 1 (a silent
  fallback would hide the speed loss).

``processors/redaction/__init__.py`` reads the record at import: if any source differs from it
(edited, added or removed since the build), the package imports its ``.py`` modules and
ignores the compiled ones, so an edited module is never shadowed by an older build.

    python -m infra.build_native          # build if stale (``make native``)
    python -m infra.build_native --force  # build even if current
    python -m infra.build_native --clean  # remove the compiled modules (``make clean-native``)

Only the standard library is imported up front: ``--clean`` runs under any Python 3.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.machinery
import json
import os
import shlex
import shutil
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

__all__ = ["build", "clean", "manifest", "source_digests", "stale_reason"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "processors.redaction"
PACKAGE_DIR = ROOT / "processors" / "redaction"
LIBRARY = "native__mypyc"  # the shared library with the code: processors/redaction/native__mypyc.*
MANIFEST = "_native.json"  # read by processors/redaction/__init__.py: keep the two in step
NO_COMPILER = (
    "No C compiler or Python headers found, so processors/redaction stays pure Python "
    "(about 1.3x slower); install gcc and python3-dev, then run `make native`."
)


def source_digests(package_dir: Path) -> dict[str, str]:
    """SHA-256 of every module compiled: each ``*.py`` of the directory but ``__init__.py``."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package_dir.glob("*.py"))
        if path.name != "__init__.py"
    }


def _extension_files(package_dir: Path) -> list[Path]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in package_dir.iterdir() if p.name.endswith(suffixes))


def manifest(package_dir: Path, digests: dict[str, str]) -> dict[str, Any]:
    """The build record written after a build of ``digests``'s sources."""
    return {
        "extension_suffix": importlib.machinery.EXTENSION_SUFFIXES[0],
        "library": LIBRARY,
        "python": sys.version.split()[0],
        "sources": digests,
    }


def stale_reason(package_dir: Path) -> str | None:
    """Why the compiled modules do not match the sources (None: they do).

    The same test as ``processors.redaction._native_status`` (which also accepts a package
    with no compiled module at all); tests/unit/test_redaction_native.py checks they agree.
    """
    record_path = package_dir / MANIFEST
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no build record"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    if record.get("extension_suffix") != suffix:
        return "built for another Python"
    if record.get("sources") != source_digests(package_dir):
        return "sources changed since the build"
    names = [LIBRARY, *(name.removesuffix(".py") for name in record["sources"])]
    if not all((package_dir / (name + suffix)).is_file() for name in names):
        return "a compiled module is missing"
    return None


def clean(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Remove the build record and every extension module of the package; the removed paths."""
    removed: list[Path] = []
    record = package_dir / MANIFEST
    if record.exists():  # first: compiled modules without a record are never used
        record.unlink()
        removed.append(record)
    for path in _extension_files(package_dir):
        path.unlink()
        removed.append(path)
    return removed


def _c_compiler_missing() -> bool:
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    argv = shlex.split(command)
    if not argv or shutil.which(argv[0]) is None:
        return True
    return not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file()


def _compile_sources_in_parallel(workers: int) -> None:
    """Make distutils compile the sources of one extension on ``workers`` threads.

    build_ext's own ``parallel`` runs whole extensions side by side, but the shared library
    is one extension with all the code: its C files (one per module, ``multi_file``) would
    otherwise be compiled one after another on a single core.
    """
    from concurrent.futures import ThreadPoolExecutor
    from distutils import ccompiler  # setuptools' copy: setuptools was imported first

    def compile_sources(  # the body of CCompiler.compile, with the loop on a pool
        self: Any,
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra_postargs, pp_opts, plan = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

        def compile_one(obj: str) -> None:
            if obj in plan:
                src, ext = plan[obj]
                self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(compile_one, objects))  # list(): a compile error is raised here
        return list(objects)

    setattr(ccompiler.CCompiler, "compile", compile_sources)  # noqa: B010 (mypy: a method)


def build(package_dir: Path = PACKAGE_DIR, *, root: Path = ROOT, force: bool = False) -> int:
    """Compile the package in place unless current; the exit status (0 also without a compiler).

    ``root`` is the directory the package is imported from (the project root).
    """
    if not force and stale_reason(package_dir) is None:
        return 0
    if _c_compiler_missing():
        print(NO_COMPILER)
        return 0
    started = time.monotonic()
    package = ".".join(package_dir.relative_to(root).parts)
    clean(package_dir)
    digests = source_digests(package_dir)  # before compiling: a later edit reads as stale
    paths = [str((package_dir / name).relative_to(root)) for name in digests]

    # mypyc and setuptools are imported here: only a build needs them.
    from mypyc.build import mypycify
    from setuptools.dist import Distribution

    os.chdir(root)  # mypy names the modules from paths relative to the root
    c_dir = root / "build" / "mypyc" / "c"
    try:
        extensions = mypycify(
            paths,
            opt_level="3",
            multi_file=True,  # one C file per module: build_ext compiles them on every core
            group_name=f"{package}.{LIBRARY.removesuffix('__mypyc')}",
            target_dir=str(c_dir),
        )
    except SystemExit as exc:  # mypyc printed its errors and exits
        print(
            f"mypyc rejected {package} (its errors are above): fix them, or the package "
            "runs pure Python, about 1.3x slower. docs/redaction.md (Speed) lists what "
            "mypyc does not accept.",
            file=sys.stderr,
        )
        return exc.code if isinstance(exc.code, int) and exc.code else 1
    # In multi-file mode mypyc writes the group's header next to the package path but the
    # modules' C files at the top of target_dir, and points the compiler only at the top.
    header_dir = str(c_dir / package_dir.relative_to(root))
    for extension in extensions:
        extension.include_dirs.append(header_dir)
    # A Distribution made directly does not read pyproject.toml (setup() would).
    dist = Distribution({"name": "redaction-native", "ext_modules": extensions})
    command = dist.get_command_obj("build_ext")
    command.inplace = True
    command.build_temp = str(c_dir.parent / "temp")
    workers = os.cpu_count() or 1
    command.parallel = workers  # extensions side by side (the shims)
    _compile_sources_in_parallel(workers)  # and the shared library's C files
    command.ensure_finalized()
    command.run()

    record = manifest(package_dir, digests)
    temporary = package_dir / (MANIFEST + ".tmp")
    temporary.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    temporary.replace(package_dir / MANIFEST)  # last: the record vouches for finished modules
    reason = stale_reason(package_dir)
    if reason is not None:
        print(f"{package}: compiled, but {reason}: it runs pure Python.", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    print(f"{package}: {len(digests)} modules compiled with mypyc in {elapsed:.0f} s.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.build_native", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--force", action="store_true", help="build even if current")
    group.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        removed = clean()
        shutil.rmtree(ROOT / "build" / "mypyc", ignore_errors=True)
        print(f"{PACKAGE}: removed {len(removed)} compiled files; it runs pure Python.")
        return 0
    return build(force=args.force)


if __name__ == "__main__":
    sys.exit(main())
