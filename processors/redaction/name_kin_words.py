"""Words of kin, partners and household that stand where a name would ("my nan's moving",
"[05/07/2024, 19:53] nana: ...", "sister is coming"): no names themselves, and cues that a
name may follow ("my cousin Aigerim").

Our own lists, gathered rule by rule from the tuning halves of the corpora.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CASUAL_KIN", "CHAT_KIN_WORDS", "FAMILY_WORDS", "KIN_WORDS"]

# Words after which a name may follow ("my cousin Aigerim", person13_titles); alone in lower
# case they are no name ("nan's moving", person28_occasions).
KIN_WORDS: Final = frozenset(
    ["son", "daughter", "wife", "husband", "mom", "mum", "dad", "brother", "sister", "aunt",
     "uncle", "cousin", "friend", "boss", "neighbor", "neighbour", "partner", "host", "nan",
     "grandma", "grandpa", "niece", "nephew", "landlord", "landlady", "coworker", "colleague"]
)  # fmt: skip
# Chat's own words of kin: a family chat's speakers (stop 43, "nana:") and its owners.
CASUAL_KIN: Final = frozenset(
    ["nana", "nan", "gran", "granny", "grandad", "granddad", "grandpa", "bro", "sis", "hubby",
     "wifey"]
)  # fmt: skip
# Every word above: the words that name no speaker of a chat and own no thing as a name does.
CHAT_KIN_WORDS: Final = KIN_WORDS | CASUAL_KIN
# (Stop 29) Family and partners a name follows ("my sister Clemency;"): the words of
# person29_recall's _KIN_THEN_NAME, whose gate this is (no friends of work, no landlord).
FAMILY_WORDS: Final = frozenset(
    ["sister", "brother", "mum", "mom", "dad", "son", "daughter", "wife", "husband", "cousin",
     "aunt", "uncle", "niece", "nephew", "grandma", "grandpa", "gran", "nan", "partner",
     "girlfriend", "boyfriend", "fiance", "fiancé", "fiancee", "fiancée", "flatmate",
     "roommate", "bestie"]
)  # fmt: skip
