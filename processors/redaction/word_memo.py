"""A memo for pure functions of one word, for the per-word loops of the name finders."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["WordMemo"]

_V = TypeVar("_V")


class WordMemo(dict[str, _V]):
    """The values of a pure function of one word, computed on first use (``memo[word]``).

    The name finders look words up far more often than they meet new ones, and a dict lookup
    costs less than half a call through a ``functools.lru_cache`` wrapper. The memo is emptied
    when full, so a stream of unique tokens cannot grow memory without limit.
    """

    def __init__(self, function: Callable[[str], _V], maxsize: int = 16384) -> None:
        super().__init__()
        self._function = function
        self._maxsize = maxsize

    def __missing__(self, word: str) -> _V:
        if len(self) >= self._maxsize:
            self.clear()
        value = self[word] = self._function(word)
        return value
