"""Cap changes: the one function an authorized budget command is carried out by.

:func:`apply_budget_command` is what the control plane calls once it has verified a signed
``budget.set`` command from an admin (docs/budgets.md, "Setting caps"): it updates the
``budget_caps`` table (the source of truth), returns the Redis write that the reserve script
and the stages read, and the audit record of the change with its before and after.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from processors.budget_caps import CapChange, CapOverrides, apply_cap_change
from schemas.state import decode_state, encode_state
from sinks.writes import BudgetCapsWrite
from streams.stages.audit import pending_entry
from streams.stages.effects import Effects
from streams.stages.state import ByteTable

__all__ = ["CAPS_KEY", "apply_budget_command", "budget_changes", "stored_overrides"]

CAP_KINDS: Final = ("global", "tenant", "user", "expert", "reserve")

CAPS_KEY: Final = b"caps"
STATE_SCHEMA: Final = "BudgetCaps"


def stored_overrides(table: ByteTable) -> CapOverrides:
    """The cap overrides the table holds (none yet: empty, version 0)."""
    stored = table.get(CAPS_KEY)
    if stored is None:
        return CapOverrides()
    return CapOverrides.from_record(decode_state(STATE_SCHEMA, stored))


def apply_budget_command(
    table: ByteTable,
    change: CapChange,
    *,
    actor: str,
    command_id: str,
    partition: int,
    now_ms: int,
) -> tuple[CapOverrides, Effects]:
    """Apply one authorized cap change; returns the new overrides and what to carry out.

    Raises ``ConfigError`` for a change that makes no sense (nothing is changed then).
    """
    before = stored_overrides(table)
    after = apply_cap_change(before, change)
    table.set(CAPS_KEY, encode_state(STATE_SCHEMA, after.to_record()), partition)
    effects = Effects()
    effects.redis.append(BudgetCapsWrite(dict(after.field_to_value), after.version))
    audit = {
        "audit_id": f"budget.set:{command_id}:{change.field}",
        "actor": actor,
        "action": "budget.set",
        "target": change.field,
        "outcome": "APPLIED",
        "reason": None,
        "details_json": json.dumps({"command_id": command_id, "version": after.version}),
        "event_time": now_ms,
        "before_json": json.dumps({"cap": before.field_to_value.get(change.field)}),
        "after_json": json.dumps({"cap": after.field_to_value.get(change.field)}),
    }
    effects.audit.append(pending_entry(audit, change.field.encode()))
    return after, effects


def budget_changes(payload: Mapping[str, Any]) -> list[CapChange]:
    """The cap changes of a ``budget.set`` payload: ``{"changes": [{"kind", "tenant",
    "value"}, ...]}``; ``ValueError`` naming what is wrong."""
    changes = payload.get("changes")
    if not isinstance(changes, list) or not changes:
        raise ValueError("changes must be a non-empty list of {kind, tenant, value}")
    parsed = []
    for change in changes:
        if not isinstance(change, dict):
            raise ValueError("each change must be an object {kind, tenant, value}")
        kind, tenant, value = change.get("kind"), change.get("tenant"), change.get("value")
        if kind not in CAP_KINDS:
            raise ValueError(f"kind must be one of {', '.join(CAP_KINDS)}")
        if (tenant is None) != (kind == "global") or (
            tenant is not None and (not isinstance(tenant, str) or not tenant)
        ):
            raise ValueError("every cap but the global one needs its tenant")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError("value must be a whole number, -1 (no cap) or null (default)")
        parsed.append(CapChange(kind, tenant, value))
    return parsed
