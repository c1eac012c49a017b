"""Cheap per-text facts shared by the rules' gates: a substring test over a tuple of needles,
and the text's lower-cased words."""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.spans import ENTITY_TYPES, placeholder

__all__ = [
    "EndCues",
    "FiredGates",
    "holds_any",
    "holds_any_ending_in",
    "holds_word",
    "lower_words",
    "matches_at_cues",
    "may_open_with_word",
    "opening_matches",
    "placeholders_word_bounded",
]


def matches_at_cues(
    pattern: re.Pattern[str], text: str, lowered: str, cues: tuple[str, ...], before: int = 0
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match opens with one of
    ``cues`` in lower case (``lowered`` is ``text`` in lower case), or ``before`` characters
    or fewer before one: it is tried only there (speed: as :func:`opening_matches`, a search
    would try the pattern's opening at every position). A text whose lower case changes its
    length is searched whole."""
    if len(lowered) != len(text):
        return list(pattern.finditer(text))
    starts: set[int] = set()
    for cue in cues:
        at = lowered.find(cue)
        while at >= 0:
            for start in range(max(0, at - before), at + 1):
                starts.add(start)
            at = lowered.find(cue, at + 1)
    return _matches_from(pattern, text, starts)


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles`` (a plain loop: compiled, a generator passed
    to ``any`` costs an object per call, and these gates run on every text)."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


def holds_any_ending_in(
    text: str, ending: str, stems: tuple[str, ...], others: tuple[str, ...]
) -> bool:
    """``holds_any(text, cues)`` for cues that are ``others`` and each of ``stems`` followed by
    ``ending`` (speed: the shared ending is found, and the stems tested only where it stands,
    which few texts hold: one scan for it, not one for each such cue)."""
    if holds_any(text, others):
        return True
    at = text.find(ending)
    while at >= 0:
        if text.endswith(stems, 0, at):
            return True
        at = text.find(ending, at + 1)
    return False


class EndCues:
    """The words a pattern's matches end with before a space at "$" (a gate: see may_end)."""

    def __init__(self, cues: tuple[str, ...], caseless: bool = False) -> None:
        self.caseless = caseless
        self.cues = tuple(cue.lower() for cue in cues) if caseless else cues
        # (speed: the last two characters of every cue, one set lookup before the tuple's
        # endswith; none if a cue is shorter)
        self.pairs = frozenset(cue[-2:] for cue in self.cues)
        self.short = any(len(cue) < 2 for cue in self.cues)

    def may_end(self, before: str) -> bool:
        """False only when no match of such a pattern can stand in ``before`` (speed: its
        search tries its opening at every position; these are a few string tests). "$" also
        stands before a final newline. Caseless (a pattern in any case), text that is not
        ASCII answers True: other letters match ASCII ones in any case ("\u017f" is "s")."""
        end = len(before) - 1 if before.endswith("\n") else len(before)
        if before[end - 1 : end] != " ":
            return False
        if self.caseless:
            if not before.isascii():
                return True
            before = before.lower()  # (same length: ASCII)
        if not self.short and before[max(0, end - 3) : end - 1] not in self.pairs:
            return False
        return before.endswith(self.cues, 0, end - 1)


def holds_word(words: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    """Whether one of ``words`` is in ``vocabulary`` (a plain loop: compiled, each test is a
    set lookup, cheaper than a call of ``frozenset.isdisjoint``)."""
    for word in words:  # noqa: SIM110
        if word in vocabulary:
            return True
    return False


# The letters that a pattern in any case reads as an ASCII letter ("i", "s") but lower() does
# not lower to it: a dotless i, a long s, and a capital I with a dot (two characters lowered).
_UNLOWERED: Final[tuple[str, ...]] = ("\u0131", "\u017f", "\u0130")


def may_open_with_word(text: str, vocabulary: frozenset[str]) -> bool:
    """False only when no match can stand in ``text`` of a pattern that opens with a word of
    ``vocabulary`` (ASCII, in any case) after the text's start, white space or "(", and then
    a space (speed: a few set lookups of :func:`lower_words`, cheaper than a substring test of
    each word). Without "(" nor _UNLOWERED such a match is a word split at white space, in
    lower case. A text that fails this test fails it once redacted (placeholders hold no "("
    and no _UNLOWERED, and a word between white space there is one of the text's), as
    :class:`FiredGates` asks of a gate."""
    if "(" in text or (not text.isascii() and holds_any(text, _UNLOWERED)):
        return True
    return holds_word(lower_words(text), vocabulary)


def opening_matches(
    pattern: re.Pattern[str], text: str, leads: frozenset[str]
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose look-behinds let a match start only
    where the text starts or right after one of ``leads`` (speed: a search tries those
    look-behinds at every position; here the pattern is tried only at those places).
    ``pattern.match(text, at)`` reads "^" and the look-behinds on the whole text, so each try
    answers as the search at that place; a match, never empty, resumes after its end."""
    starts = {0}
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            starts.add(at + len(lead))
            at = text.find(lead, at + 1)
    return _matches_from(pattern, text, starts)


def _matches_from(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` tried at ``starts`` in order, as ``finditer`` finds them
    when no match can start elsewhere: a match, never empty, resumes after its end."""
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


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


class FiredGates:
    """The last text a rule family read and which of its gates passed there, by bit (speed:
    the re-scan guard of redact reads the redacted text, the text it read first with some
    spans replaced by placeholders such as "<PERSON>"). A gate that tests for a cue holding
    no "<" nor ">" and no part of a placeholder fails on the redacted text when it failed on
    the first (the cue lies in a stretch of the first text that redaction kept), so only the
    rules whose gates passed on the first need reading the redacted text."""

    def __init__(self) -> None:
        self.pair: tuple[str, int] = ("", -1)

    def note(self, text: str, fired: int) -> None:
        """Record the gates that passed on ``text`` (-1: take every gate as passed)."""
        self.pair = (text, fired)

    def fired_for(self, source: str | None) -> int:
        """The gates to try on a redaction of ``source``: those noted as passed there when
        ``source`` is the last text noted, else -1 (every gate; also without a source)."""
        return -1 if source is None else self.fired_on(source)

    def fired_on(self, text: str) -> int:
        """The gates noted as passed when the last text noted is ``text`` itself, else -1."""
        pair = self.pair
        return pair[1] if pair[0] is text else -1


_PLACEHOLDER_TOKENS: Final = frozenset(placeholder(kind) for kind in ENTITY_TYPES)


def placeholders_word_bounded(text: str) -> bool:
    """Whether no placeholder of ``text`` (a redaction) is glued to a word character (``\\w``,
    as a regex reads it) on either side. Then a redaction changed the text only between word
    boundaries: a match that needs a word character right before or after it cannot begin or
    end at a placeholder, which a rule's proof of its redaction (see FiredGates) may need.
    Placeholders the text held before it was redacted are tested too (it only costs reuse).
    (The last answer is kept: several rule families ask of one redaction.)"""
    last = _LAST_BOUNDED.pair
    if last[0] is text:
        return last[1]
    bounded = _word_bounded(text)
    _LAST_BOUNDED.pair = (text, bounded)
    return bounded


class _LastBounded:
    """The last text :func:`placeholders_word_bounded` read and its answer."""

    def __init__(self) -> None:
        self.pair: tuple[str, bool] = ("", True)


_LAST_BOUNDED: Final = _LastBounded()


def _word_bounded(text: str) -> bool:
    """:func:`placeholders_word_bounded` of ``text``, computed."""
    size = len(text)
    at = text.find("<")
    while at >= 0:
        close = text.find(">", at + 1)
        if close < 0:
            return True
        end = close + 1
        if text[at:end] in _PLACEHOLDER_TOKENS and (
            (at > 0 and _word_char(text[at - 1])) or (end < size and _word_char(text[end]))
        ):
            return False
        at = text.find("<", at + 1)
    return True


def _word_char(char: str) -> bool:
    """A character ``\\w`` matches in a pattern of str (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"
