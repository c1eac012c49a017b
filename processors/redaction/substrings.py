"""Cheap per-text facts shared by the rules' gates: a substring test over a tuple of needles,
and the text's lower-cased words."""

from __future__ import annotations

from typing import Final

__all__ = ["QuietGates", "holds_any", "holds_word", "lower_words"]


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


class _LastWords:
    """The last text :func:`lower_words` split and its words, as one pair (one entry is
    enough: the gates ask about one text at a time; an lru_cache wrapper cost more than the
    split it spared)."""

    def __init__(self) -> None:
        self.pair: tuple[str, tuple[str, ...]] = ("", ())


_LAST_WORDS: Final = _LastWords()


def lower_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` split at white space, in order. Several gates of one
    text share one split, the finder's and the re-scan guard's (speed). A word that a regex
    wants between spaces (``" off "``) is one of them, so a set lookup of each is an exact
    gate for such words; a word after other punctuation ("(told") is not."""
    last = _LAST_WORDS.pair
    if last[0] == text:
        return last[1]
    words = tuple(text.lower().split())
    _LAST_WORDS.pair = (text, words)
    return words


class QuietGates:
    """The last text a rule family read and whether every gate of it failed there (speed: the
    re-scan guard of redact reads the redacted text, the text it read first with some spans
    replaced by placeholders such as "<PERSON>"). A gate that tests for a cue holding no "<"
    nor ">" and no part of a placeholder fails on the redacted text when it failed on the
    first (the cue lies in a stretch of the first text that redaction kept), so a family
    whose gates are all such fails on the redacted text too, and need not read it."""

    def __init__(self) -> None:
        self.pair: tuple[str, bool] = ("", False)

    def note(self, text: str, quiet: bool) -> None:
        """Record that every gate failed on ``text`` (``quiet``), or not."""
        self.pair = (text, quiet)

    def quiet_on(self, text: str) -> bool:
        """Whether the last text noted is ``text`` itself and every gate failed there."""
        pair = self.pair
        return pair[1] and pair[0] is text
