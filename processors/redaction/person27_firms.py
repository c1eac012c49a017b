"""(Stop 27) Two places where a name is a firm's: after thanks for shopping or banking with
it ("Thanks for shopping with Russell Stover!"), and after a job title in a signature or a
byline ("Senior Buyer | Raymond James", "Partner at Grant Thornton").

Firms are named after their founders, so the name alone tells nothing; the words before it
do. The job titles are our own list of the titles of e-mail signatures.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["firm_place"]

_THANKS_FOR_CUSTOM: Final = re.compile(
    r"(?i)\b(?:thanks|thank you) for (?:shopping|ordering|buying|choosing|banking|flying"
    r"|staying|travel(?:l)?ing) (?:with|at|from) $"
)
_TITLES: Final = (
    "buyer", "manager", "director", "engineer", "officer", "analyst", "consultant",
    "partner", "associate", "specialist", "coordinator", "lead", "head", "president",
    "vp", "ceo", "cto", "cfo", "coo", "founder", "co-founder", "designer", "developer",
    "accountant", "administrator", "assistant", "executive", "representative", "advisor",
    "adviser", "architect", "scientist", "recruiter", "editor", "planner", "supervisor",
    "controller", "counsel", "paralegal", "auditor", "broker", "underwriter", "intern",
)  # fmt: skip
_AFTER_TITLE: Final = re.compile(
    # (no comma: "The manager, Mallory Ingram, refused" names a person)
    r"(?i)\b(?:" + "|".join(_TITLES) + r")(?-i:[ \t]*[|@\u00b7][ \t]*| at )$"
)


def firm_place(text: str, start: int) -> bool:
    """The person span starting at ``start`` stands where a firm's name does."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    # (speed: each regex needs a substring first: "for " of the thanks, a mark or " at ")
    return ("for " in before.lower() and _THANKS_FOR_CUSTOM.search(before) is not None) or (
        ("|" in before or "@" in before or "\u00b7" in before or " at " in before)
        and _AFTER_TITLE.search(before) is not None
    )
