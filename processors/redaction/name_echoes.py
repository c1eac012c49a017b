"""(Stop 26) A name found once is a name wherever else the text writes it ("Our guide Robin
knew every bird by its call. Thank you Robin!").

The rules judge each place alone, and a name that is also a word ("Robin", "June") or stands
where nothing cues it is found only where a cue stands. Within one text the same name written
the same way names the same person, so :func:`echo_names` adds a PERSON span at every other
place where a found person's exact text stands as whole words, outside every other span.
A name of one or two letters is not echoed, nor one in lower case in cased text (it may be a
word there: "joy" in "Thanks Joy, pure joy").
"""

from __future__ import annotations

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["echo_names"]

_MIN_LENGTH = 3


def echo_names(text: str, spans: tuple[PiiSpan, ...]) -> tuple[PiiSpan, ...]:
    """``spans`` (sorted, non-overlapping) with the other places of each person's name."""
    names = {
        text[s.start : s.end]
        for s in spans
        if s.entity_type == PERSON and s.end - s.start >= _MIN_LENGTH
    }
    if not names:
        return spans
    cased = not text.islower()
    added: list[PiiSpan] = []
    for name in names:
        if cased and not name[:1].isupper():
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if _whole_words(text, at, end) and not _covered(spans, added, at, end):
                added.append(PiiSpan(at, end, PERSON))
            at = text.find(name, end)
    if not added:
        return spans
    return tuple(sorted([*spans, *added], key=lambda s: s.start))


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_@.-'\u2019") and not (
        after.isalnum()
        or after in "_@-"
        or (after in ".'\u2019" and text[end + 1 : end + 2].isalnum())
    )


def _covered(spans: tuple[PiiSpan, ...], added: list[PiiSpan], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans) or any(
        s.start < end and start < s.end for s in added
    )
