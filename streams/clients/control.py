"""The operator's side of the control plane: key files, and publishing signed commands.

A key file is JSON (``operator``, ``role``, ``key_id``, ``private_key`` as hex), created
readable by its owner only. :func:`publish_command` signs a command, produces it on
``control`` and returns its offset; :func:`wait_until_processed` then watches the flag book's
version in Redis, which the control stage advances past every command it handles.
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from confluent_kafka import KafkaException, Producer
from redis import Redis
from redis.exceptions import RedisError

from processors.control.flags import FlagBook
from processors.control.issue import OperatorKey, signed_command
from processors.control.roles import Role
from processors.control.signing import generate_private_key
from schemas.codec import encode
from schemas.errors import ConfigError, InfraError, PublishError
from sinks.keys import KeyLayout

__all__ = [
    "create_key_file",
    "load_key_file",
    "publish_command",
    "read_flags",
    "wait_until_processed",
]


def create_key_file(path: Path, operator: str, role: Role) -> OperatorKey:
    """Generate a key for ``operator`` and write it to ``path`` (mode 0600, never overwrites)."""
    key = OperatorKey(operator, role.name.lower(), generate_private_key())
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "operator": key.operator,
        "role": key.role,
        "key_id": key.key_id,
        "private_key": key.private_key.hex(),
    }
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"{path} already exists; choose another --out or remove it") from None
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out)
        out.write("\n")
    return key


def load_key_file(path: str | Path) -> OperatorKey:
    """Read a key file; ConfigError with one sentence if it is missing, open or malformed."""
    file = Path(path)
    try:
        mode = file.stat().st_mode
        data = json.loads(file.read_text(encoding="utf-8"))
        key = OperatorKey(
            str(data["operator"]), str(data["role"]), bytes.fromhex(data["private_key"])
        )
    except FileNotFoundError:
        raise ConfigError(f"key file {file} does not exist") from None
    except (OSError, ValueError, KeyError, TypeError):
        raise ConfigError(f"{file} is not a key file from 'personalize operator keygen'") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"key file {file} is readable by others; run chmod 600 {file}")
    if len(key.private_key) != 32:
        raise ConfigError(f"{file} is not a key file from 'personalize operator keygen'")
    return key


def publish_command(
    bootstrap: str,
    topic: str,
    key: OperatorKey,
    action: str,
    payload: Mapping[str, Any],
    *,
    lifetime_s: int,
    record_key: bytes,
) -> tuple[dict[str, Any], int]:
    """Sign and produce one command; returns it and its offset on ``topic``."""
    command = signed_command(
        key, action, payload, now_ms=int(time.time() * 1000), lifetime_ms=lifetime_s * 1000
    )
    delivered: list[Any] = []
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all"})
    try:
        producer.produce(
            topic,
            encode("ControlCommand", command),
            record_key,
            on_delivery=lambda err, msg: delivered.append(err or msg),
        )
        if producer.flush(15.0) > 0 or not delivered:
            raise PublishError(f"Kafka at {bootstrap} did not take the command; is it running?")
    except KafkaException as exc:
        raise PublishError(f"could not publish the command: {exc}") from exc
    outcome = delivered[0]
    if not hasattr(outcome, "offset"):
        raise PublishError(f"Kafka refused the command: {outcome}")
    return command, int(outcome.offset())


def read_flags(redis_url: str, prefix: str) -> tuple[int, FlagBook]:
    """The flag book in Redis and its version (-1 when none is stored)."""
    client = Redis.from_url(redis_url, socket_timeout=5)
    try:
        version, doc = client.hmget(KeyLayout(prefix).flags(), ["version", "doc"])
    except RedisError as exc:
        raise InfraError(f"cannot read the flags from Redis at {redis_url}: {exc}") from exc
    finally:
        client.close()
    if version is None or doc is None:
        return -1, FlagBook()
    return int(version), FlagBook.from_json(doc)


def wait_until_processed(
    redis_url: str, prefix: str, offset: int, timeout_s: float
) -> tuple[FlagBook, str] | None:
    """Once the control stage handled the command at ``offset``: the flag book and the
    command's result ("applied", a rejection reason, or "unknown" once it left the recent
    outcomes); None if it was not handled within ``timeout_s``."""
    client = Redis.from_url(redis_url, socket_timeout=5)
    key = KeyLayout(prefix).flags()
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            handled, doc, outcomes = client.hmget(key, ["control_offset", "doc", "outcomes"])
            if handled is not None and int(handled) >= offset and doc is not None:
                result = json.loads(outcomes or b"{}").get(str(offset), "unknown")
                return FlagBook.from_json(doc), str(result)
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)
    except RedisError as exc:
        raise InfraError(f"cannot read the flags from Redis at {redis_url}: {exc}") from exc
    finally:
        client.close()
