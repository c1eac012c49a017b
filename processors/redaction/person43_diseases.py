"""(stop 43, set 41) A disease, a syndrome or a ward named after the person who described it is
no person: "Alzheimer's unit understaffed", "Crohn's flare", "Bell's palsy clinic".

A one-word person span followed by "'s" is taken back when the word is a surname that names a
disease far more often than a person (:data:`_DISEASES`: the possessive alone says so), or one
that is also a common surname (:data:`_ALSO_SURNAMES`: only with a medical noun after it,
"Graves' disease" aside). Our own list, from general medical knowledge.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["named_disease"]

_DISEASES: Final = frozenset(
    ["alzheimer", "parkinson", "crohn", "asperger", "huntington", "hodgkin", "tourette",
     "dupuytren", "raynaud", "meniere", "ménière", "sjogren", "sjögren", "hashimoto", "kaposi",
     "guillain", "wernicke", "korsakoff", "behcet", "behçet", "perthes", "scheuermann",
     "gaucher", "niemann", "creutzfeldt", "charcot", "duchenne", "kawasaki", "wilms"]
)  # fmt: skip
_ALSO_SURNAMES: Final = frozenset(
    ["addison", "cushing", "bell", "graves", "paget", "marfan", "barrett", "wilson", "still",
     "bright", "ewing", "down", "lyme", "fabry", "pompe", "reiter", "osgood", "burkitt"]
)  # fmt: skip
# What a disease's possessive is followed by in medical talk.
_MEDICAL_AFTER: Final = re.compile(
    r"['\u2019]s (?:disease|syndrome|palsy|disorder|unit|ward|clinic|patients?|care|research"
    r"|society|association|support|nurse|team|diagnosis|symptoms|medication|drugs?|trial"
    r"|dementia|flare|sufferers?|lymphoma|sarcoma|tumou?r|esophagus|oesophagus|thyroiditis)\b"
)


def named_disease(text: str, start: int, end: int) -> bool:
    """Whether the one-word person span ``text[start:end]`` names a disease (see above)."""
    if text[end : end + 1] not in ("'", "\u2019") or not text.startswith("s", end + 1):
        return False
    word = text[start:end].lower()
    if word in _DISEASES:
        return True
    return word in _ALSO_SURNAMES and _MEDICAL_AFTER.match(text, end) is not None
