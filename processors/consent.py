"""Consent decisions: what an opt-out, opt-in or erasure request changes.

A pure function of the request and the user's current consent, so the agent only carries out
the plan. The plan is idempotent: applying a redelivered request again erases nothing new and
leaves the same consent state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["ConsentPlan", "plan_consent"]


class ConsentAction(StrEnum):
    """The ``Consent.action`` symbols."""

    OPT_OUT = "OPT_OUT"
    OPT_IN = "OPT_IN"
    ERASURE_REQUEST = "ERASURE_REQUEST"


@dataclass(frozen=True, slots=True)
class ConsentPlan:
    """What to do for one consent request.

    ``opted_out`` is the user's consent state afterwards. ``erase_state`` means: remove every
    piece of learned state about the user (tables, Redis). ``tombstone_raw`` means: write a
    tombstone for the raw record's key on the compacted ``consent`` topic, so the raw id it
    carries is compacted away. ``audit_action`` names the audit record to write.
    """

    opted_out: bool
    erase_state: bool
    tombstone_raw: bool
    audit_action: str


def plan_consent(action: str, currently_opted_out: bool) -> ConsentPlan:
    """Decide what ``action`` does for a user whose consent state is ``currently_opted_out``.

    * opt-out: stop personalizing and erase what was learned (a user who opted out must not
      keep a profile that would come back on opt-in);
    * opt-in: personalize again, starting from empty state;
    * erasure request: erase everything learned and the raw consent record, but keep the
      consent state itself (an erased user who had opted out stays opted out).
    """
    match ConsentAction(action):
        case ConsentAction.OPT_OUT:
            return ConsentPlan(
                True, erase_state=True, tombstone_raw=False, audit_action="consent.opt_out"
            )
        case ConsentAction.OPT_IN:
            return ConsentPlan(
                False, erase_state=True, tombstone_raw=False, audit_action="consent.opt_in"
            )
        case ConsentAction.ERASURE_REQUEST:
            return ConsentPlan(
                currently_opted_out,
                erase_state=True,
                tombstone_raw=True,
                audit_action="erasure.completed",
            )
