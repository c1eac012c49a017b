"""(Stop 37, set 33's tuning half) Spans that name no one, whatever their words' lists say.

:func:`drop_things37` takes them back from :func:`names.find_names`'s spans, whichever rule
found them (cased, caseless or keyboard-capitalised text alike):

* **Function words of code-switched chat**: Tagalog "na lang" ("just"), "po" (politeness),
  Portuguese "mano" ("bro"). Each word is also a surname or given name somewhere ("Na",
  "Lang", "Mano"), which is why :data:`name_cue_words.FOREIGN_CHAT_WORDS` leaves them out;
  but a span made of nothing else is the phrase, not a person.
* **Team and service handles** in records (``owner=svc-ledger``, ``actor=sre-pagerpals``,
  ``approver=Data-Lakehouse``, ``Fraud-Shield``): one hyphenated word whose parts hold a word
  of teams and services, or are all English words and no listed given name ("anna-kowalska"
  and "john-smith" stay people).
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import first_names, is_english
from processors.redaction.spans import PiiSpan

__all__ = ["drop_things37"]

# Our own list: parts of team, service and on-call handles.
_TEAM_PARTS: Final = frozenset(
    ["svc", "sre", "infra", "ops", "devops", "secops", "dataops", "mlops", "platform", "team",
     "api", "web", "db", "dba", "prod", "dev", "qa", "sec", "app", "apps", "backend",
     "frontend", "ml", "ai", "bot", "eng", "noc", "soc", "oncall", "core", "mobile", "data",
     "infra", "k8s", "ci", "cd", "squad", "guild", "crew", "pod", "tribe", "desk", "ledger",
     "billing", "payments", "growth", "search", "analytics", "pipeline", "service", "services"]
)  # fmt: skip

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


def team_handle(value: str) -> bool:
    """Whether the span ``value`` is one hyphenated word naming a team or a service."""
    if "-" not in value or " " in value:
        return False
    parts = [part for part in value.lower().split("-") if part]
    if len(parts) < 2:
        return False
    if any(part in _TEAM_PARTS for part in parts):
        return True
    return all(is_english(part) and part not in first_names() for part in parts)


def drop_things37(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the PERSON spans of the module docstring."""
    return [
        span
        for span in spans
        if not (
            only_chat_function_words(text[span.start : span.end])
            or team_handle(text[span.start : span.end])
        )
    ]
