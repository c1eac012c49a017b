"""(Stop 37, set 33's tuning half) Spans that name no one, whatever their words' lists say.

* **Function words of code-switched chat**: Tagalog "na lang" ("just"), "po" (politeness),
  Portuguese "mano" ("bro"). Each word is also a surname or given name somewhere ("Na",
  "Lang", "Mano"), which is why :data:`name_cue_words.FOREIGN_CHAT_WORDS` leaves them out;
  but a span made of nothing else is the phrase, not a person.
"""

from __future__ import annotations

from typing import Final

__all__ = ["only_chat_function_words"]

# Our own list: short function words of Tagalog, Portuguese, Spanish, Malay and Turkish chat
# that a list of given names or surnames also holds.
_FUNCTION_WORDS: Final = frozenset(
    ["na", "lang", "po", "mo", "ko", "sa", "ang", "ng", "din", "rin", "naman", "mano",
     "ele", "ela", "que", "sila", "kami", "kita", "aja", "deh", "dong", "sih", "ya", "bu",
     "abi", "abla", "hoca"]
)  # fmt: skip


def only_chat_function_words(value: str) -> bool:
    """Whether the span ``value`` is in lower case and each of its words such a function word
    (capitalised, they may be a surname: "Mr Lang")."""
    return value.islower() and all(word in _FUNCTION_WORDS for word in value.split())
