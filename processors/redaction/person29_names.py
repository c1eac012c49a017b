"""(Stop 29) The stop-29 name finders as one call, remembered for the last text.

``names.may_contain_names`` asks them and ``names.find_names`` asks them again of the same text
(the gate must be exact, so it runs the finders themselves): the one-entry memo spares the
second run, which cost as much as the first (speed; output unchanged, the finders are pure).
"""

from __future__ import annotations

from typing import Final

from processors.redaction.person29_chat import chat29
from processors.redaction.person29_frames import frames29
from processors.redaction.person29_lower_chat import lower_chat29
from processors.redaction.person29_recall import recall29
from processors.redaction.spans import PiiSpan

__all__ = ["names29"]


class _LastFound:
    """The last text asked and its spans, as one pair."""

    def __init__(self) -> None:
        self.pair: tuple[str, tuple[PiiSpan, ...]] = ("", ())


_LAST: Final = _LastFound()


def names29(text: str) -> list[PiiSpan]:
    """The spans of :func:`recall29`, :func:`chat29`, :func:`frames29` and
    :func:`lower_chat29`, in that order."""
    last = _LAST.pair
    if last[0] == text and text:
        return list(last[1])
    found = recall29(text) + chat29(text) + frames29(text) + lower_chat29(text)
    _LAST.pair = (text, tuple(found))
    return found
