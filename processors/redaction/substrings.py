"""A substring test over a tuple of needles, shared by the rules' cheap gates."""

from __future__ import annotations

__all__ = ["holds_any"]


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles`` (a plain loop: compiled, a generator passed
    to ``any`` costs an object per call, and these gates run on every text)."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False
