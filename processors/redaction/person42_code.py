"""(Stop 42, from set 40's tuning half) Words of software read as names, dropped after
``find_names`` as person37_things drops its things:

* a kebab-case identifier, a word of three parts or more joined by hyphens in lower case
  (``oak-lane-replica grafana``, a service; a name has one hyphen at most, ``jean-luc``);
* lower-case words on the subject line of a conventional commit (``feat: add retry jitter to
  payout worker``): the line speaks of code;
* one capitalised word before a noun of software (``Ruby nightly failed again``, ``Aurora
  build 2668``): a project, a language or a product.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["drop_code_names"]

_KEBAB: Final = re.compile(r"[a-z\d]+-[a-z\d]+-[a-z\d]+")
_COMMIT_SUBJECT: Final = re.compile(
    r"(?m)^[ \t]*(?:feat|fix|chore|docs|refactor|perf|test|tests|build|ci|style|revert)"
    r"(?:\([\w./-]+\))?!?: [^\n]*"
)
_SOFTWARE_NOUNS: Final = (
    " nightly", " nightlies", " build", " builds", " pipeline", " cluster", " runner",
    " workflow", " repo", " repository", " sdk", " cli", " plugin", " linter", " compiler",
    " runtime", " deployment", " deploy",
)  # fmt: skip
# The noun ends there, and no object follows it as after a verb ("Ruby build me a ...").
_NOUN_END: Final = re.compile(
    r"[\n,.;:!?)]|$| (?!(?:me|us|him|her|them|it|a|an|the|my|our|your|this|that)\b)"
)


def drop_code_names(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the PERSON spans of the module docstring."""
    if not spans:
        return spans
    subjects = (
        [m.span() for m in _COMMIT_SUBJECT.finditer(text)] if ": " in text and "\n" in text else []
    )
    kept = []
    for span in spans:
        if span.entity_type == PERSON and (
            _code_words(text, span)
            or (
                any(a <= span.start and span.end <= b for a, b in subjects)
                and text[span.start : span.end].islower()
            )
        ):
            continue
        kept.append(span)
    return kept


def _code_words(text: str, span: PiiSpan) -> bool:
    value = text[span.start : span.end]
    if "-" in value and _KEBAB.search(value):
        return True
    if " " in value or not value[:1].isupper():
        return False
    for noun in _SOFTWARE_NOUNS:
        if text.startswith(noun, span.end) and _NOUN_END.match(text, span.end + len(noun)):
            return True
    return False
