"""Cap changes: the one function an authorized budget command is carried out by.

:func:`apply_budget_command` is what the control plane calls once it has verified a signed
``budget.set`` command from an admin (docs/budgets.md, "Setting caps"): it updates the
``budget_caps`` table (the source of truth), returns the Redis write that the reserve script
and the stages read, and the audit record of the change with its before and after.
"""

from __future__ import annotations

import json
from typing import Final

from processors.budget_caps import CapChange, CapOverrides, apply_cap_change
from schemas.codec import encode
from schemas.state import decode_state, encode_state
from sinks.writes import BudgetCapsWrite
from streams.stages.effects import Effects, TopicRecord
from streams.stages.state import ByteTable

__all__ = ["CAPS_KEY", "apply_budget_command", "stored_overrides"]

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
        "audit_id": f"budget.set:{command_id}",
        "actor": actor,
        "action": "budget.set",
        "target": change.field,
        "outcome": "APPLIED",
        "reason": None,
        "details_json": json.dumps(
            {
                "before": before.field_to_value.get(change.field),
                "after": after.field_to_value.get(change.field),
                "version": after.version,
            },
            sort_keys=True,
        ),
        "event_time": now_ms,
    }
    effects.audit.append(TopicRecord("audit", change.field.encode(), encode("AuditRecord", audit)))
    return after, effects
