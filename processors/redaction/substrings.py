"""Cheap per-text facts shared by the rules' gates: a substring test over a tuple of needles,
and the text's lower-cased words."""

from __future__ import annotations

import functools

__all__ = ["holds_any", "holds_word", "lower_words"]


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles`` (a plain loop: compiled, a generator passed
    to ``any`` costs an object per call, and these gates run on every text)."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


def holds_word(words: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    """Whether one of ``words`` is in ``vocabulary`` (a plain loop: compiled, each test is a
    set lookup, cheaper than a call of ``frozenset.isdisjoint``)."""
    for word in words:  # noqa: SIM110
        if word in vocabulary:
            return True
    return False


@functools.lru_cache(maxsize=8)
def lower_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` split at white space, in order (never changed: it is
    cached). Several gates of one text share one split, the finder's and the re-scan guard's
    (speed). A word that a regex wants between spaces (``" off "``) is one of them, so
    ``frozenset.isdisjoint(lower_words(text))`` is an exact gate for such words; a word after
    other punctuation ("(told") is not."""
    return tuple(text.lower().split())
