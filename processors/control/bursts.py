"""A burst of rejected commands: someone is guessing keys, replaying, or misconfigured.

:class:`RejectionBurst` counts rejections in a sliding window of ``window_ms`` (processing
time of the control stage) and reports one burst when the count reaches ``threshold``; it
re-arms once the window holds fewer than ``threshold`` again, so one incident gives one alert.
Defaults (docs/control-plane.md): 5 rejections within 60 s.
"""

from __future__ import annotations

from collections import deque

__all__ = ["RejectionBurst"]


class RejectionBurst:
    """Sliding-window count of rejections with a one-shot alarm per burst."""

    def __init__(self, threshold: int = 5, window_ms: int = 60_000) -> None:
        self.threshold = threshold
        self.window_ms = window_ms
        self._times: deque[int] = deque()
        self._firing = False

    def observe(self, now_ms: int) -> int | None:
        """Count one rejection; the window's count when a new burst starts, else ``None``."""
        times = self._times
        times.append(now_ms)
        while times and times[0] <= now_ms - self.window_ms:
            times.popleft()
        if len(times) < self.threshold:
            self._firing = False
            return None
        if self._firing:
            return None
        self._firing = True
        return len(times)
