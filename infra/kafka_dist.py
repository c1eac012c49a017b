"""Fetch the Kafka broker's jars from Maven Central into the git-ignored cache."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from infra.config import InfraConfig
from schemas.errors import InfraError

__all__ = ["ensure_kafka_libs", "require_tool"]

POM = Path(__file__).with_name("kafka") / "pom.xml"
COMPLETE_MARKER = ".complete"
FETCH_TIMEOUT_S = 900
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def require_tool(name: str, purpose: str) -> str:
    """The absolute path of executable ``name``, or InfraError saying what it is for."""
    path = shutil.which(name)
    if path is None:
        raise InfraError(f"'{name}' is not on PATH; install it ({purpose})")
    return path


def ensure_kafka_libs(cfg: InfraConfig) -> Path:
    """Return the directory holding every jar the broker needs, fetching it once.

    A marker file written after a successful fetch makes later calls free; a half-finished
    fetch (no marker) is redone from scratch.
    """
    libs = cfg.kafka_libs_dir
    if (libs / COMPLETE_MARKER).exists():
        return libs
    mvn = require_tool("mvn", "Maven fetches the Kafka jars from Maven Central")
    if libs.exists():
        shutil.rmtree(libs)
    libs.mkdir(parents=True)
    command = [
        mvn,
        "-q",
        "-B",
        "-Dstyle.color=never",
        "-f",
        str(POM),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={libs}",
        f"-Dkafka.version={cfg.kafka_version}",
    ]
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            command, capture_output=True, text=True, timeout=FETCH_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise InfraError(
            f"fetching Kafka {cfg.kafka_version} from Maven Central timed out after "
            f"{FETCH_TIMEOUT_S} s; check the network and that Maven Central is reachable"
        ) from exc
    jars = list(libs.glob(f"kafka_2.13-{cfg.kafka_version}.jar"))
    if result.returncode != 0 or not jars:
        shutil.rmtree(libs, ignore_errors=True)
        raise InfraError(
            f"Maven could not fetch Kafka {cfg.kafka_version} ({_first_error(result)}); check the "
            "network, that Maven Central is reachable and that the version exists"
        )
    (libs / COMPLETE_MARKER).write_text(cfg.kafka_version + "\n", encoding="ascii")
    return libs


def _first_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = _ANSI.sub("", result.stdout + result.stderr).splitlines()
    errors = [line.replace("[ERROR]", "").strip() for line in lines if "[ERROR]" in line]
    return (errors or [f"exit status {result.returncode}"])[0][:300]
