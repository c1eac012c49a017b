"""How an accepted command changes the control state: one applier per action.

:func:`apply_command` looks up the command's action and returns the next
:class:`~processors.control.state.ControlState` plus what changed, or raises
:class:`~processors.control.state.PayloadError` (the command is then rejected as
``bad_payload`` and nothing changes). Flag, kill-switch and key actions are here; the
experiment actions come from :mod:`processors.control.experiment_commands`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

from processors.control.commands import Command
from processors.control.experiment_commands import EXPERIMENT_APPLIERS
from processors.control.flags import MODES, Flag, scope_of
from processors.control.state import Change, ControlState, PayloadError

__all__ = ["apply_command"]

Applier = Callable[[ControlState, Command, int], tuple[ControlState, Change]]


def apply_command(
    state: ControlState, command: Command, now_ms: int
) -> tuple[ControlState, Change]:
    """Apply an accepted command; :class:`PayloadError` if its payload is unusable."""
    applier = _APPLIERS.get(command.action)
    if applier is None:
        raise LookupError(command.action)
    return applier(state, command, now_ms)


def _scope(payload: Mapping[str, Any]) -> str:
    tenant, surface = payload.get("tenant"), payload.get("surface")
    for name, value in (("tenant", tenant), ("surface", surface)):
        if value is not None and (not isinstance(value, str) or not value or "/" in value):
            raise PayloadError(f"{name} must be a non-empty name without '/'")
    if surface and not tenant:
        raise PayloadError("a surface scope needs its tenant")
    return scope_of(tenant, surface)


def _percent(payload: Mapping[str, Any], name: str, default: float) -> float:
    value = payload.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PayloadError(f"{name} must be a number from 0 to 100")
    if not math.isfinite(value) or not 0.0 <= value <= 100.0:
        raise PayloadError(f"{name} must be a number from 0 to 100")
    return float(value)


def _flag_set(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
    payload = command.payload
    scope = _scope(payload)
    current = state.flags.get(scope) or Flag()
    mode = payload.get("mode", current.mode)
    if mode not in MODES:
        raise PayloadError(f"mode must be one of {', '.join(MODES)}")
    rollout = _percent(payload, "rollout_percent", current.rollout_percent)
    holdback = _percent(payload, "holdback_percent", current.holdback_percent)
    flag = dataclasses.replace(current.with_rollout(rollout), mode=mode, holdback_percent=holdback)
    return state.with_flag(scope, flag, now_ms)


def _kill(killed: bool) -> Applier:
    def apply(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
        scope = _scope(command.payload)
        current = state.flags.get(scope) or Flag()
        return state.with_flag(scope, dataclasses.replace(current, killed=killed), now_ms)

    return apply


def _revoke(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
    key_id = command.payload.get("key_id")
    if not isinstance(key_id, str) or len(key_id) != 16:
        raise PayloadError("key_id must be a 16-digit key id")
    if key_id == command.operator.key_id:
        raise PayloadError("an operator cannot revoke the key that signs the command")
    before = {"revoked": key_id in state.revoked_keys}
    next_state = dataclasses.replace(state, revoked_keys=state.revoked_keys | {key_id})
    return next_state, Change(f"key:{key_id}", before, {"revoked": True})


_APPLIERS: dict[str, Applier] = {
    "flag.set": _flag_set,
    "kill_switch.set": _kill(True),
    "kill_switch.clear": _kill(False),
    "operator.revoke": _revoke,
    **EXPERIMENT_APPLIERS,
}
