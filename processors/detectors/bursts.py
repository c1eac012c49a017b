"""Click bursts per user and per item: the signature of bots and of ranking poisoning.

Method, per tenant and surface, over tumbling one-minute windows of event time:

* **Users** (cross-sectional, robust). In each closed window, the clicks of every active
  user; their median ``m`` and MAD ``d`` are smoothed across windows by an EWMA (weight
  ``1 / warmup_windows``). A user fires when their count is at least
  ``max(min_user_clicks, m + k * 1.4826 * d)``. No per-user history is kept, so memory is
  the users of the open windows (capped by ``max_users_per_window``).
* **Items** (temporal). Each tracked item's clicks per window against its own EWMA mean and
  variance (:class:`~processors.detectors.windows.CountSpike`): popular items have large
  counts every minute, so they are compared with themselves, not with the crowd. At most
  ``max_items`` items are tracked per scope; the lowest baselines are forgotten first.

A window's verdicts depend only on the events in it and the windows before, so the same
events give the same alerts (stages drop redelivered records before they get here).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from processors.alerts import AlertSpec
from processors.detectors.config import BurstConfig
from processors.detectors.windows import MAD_TO_SD, CountSpike, EventWindows, median_mad

__all__ = ["BurstDetector"]

Scope = tuple[str, str]  # tenant, surface


@dataclass(slots=True)
class _Window:
    users: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class _ScopeState:
    median: float = 0.0
    mad: float = 0.0
    windows: int = 0
    items: dict[str, CountSpike] = field(default_factory=dict)


class BurstDetector:
    """Counts clicks per user and item; :meth:`close` returns the bursts of closed windows."""

    def __init__(self, config: BurstConfig) -> None:
        self.config = config
        self._windows: dict[Scope, EventWindows[_Window]] = {}
        self._state: dict[Scope, _ScopeState] = {}
        self.late = 0
        """Clicks that arrived after their window closed (not counted)."""

    def observe(
        self, tenant: str, surface: str, user_key: str, item_id: str, event_ms: int
    ) -> None:
        """Count one click (or accept) of ``user_key`` on ``item_id``."""
        scope = (tenant, surface)
        windows = self._windows.get(scope)
        if windows is None:
            c = self.config
            windows = self._windows[scope] = EventWindows(c.window_ms, c.lateness_ms, _Window)
        window = windows.at(event_ms)
        if window is None:
            self.late += 1
            return
        if user_key in window.users or len(window.users) < self.config.max_users_per_window:
            window.users[user_key] += 1
        window.items[item_id] += 1

    def close(self) -> list[AlertSpec]:
        """Alerts of every window the watermark passed, in scope and window order."""
        alerts: list[AlertSpec] = []
        for scope in sorted(self._windows):
            for start, window in self._windows[scope].close():
                state = self._state.setdefault(scope, _ScopeState())
                end = start + self.config.window_ms
                alerts.extend(self._users(scope, state, window, end))
                alerts.extend(self._items(scope, state, window, end))
                state.windows += 1
        return alerts

    def _users(
        self, scope: Scope, state: _ScopeState, window: _Window, end_ms: int
    ) -> list[AlertSpec]:
        c = self.config
        threshold = max(float(c.min_user_clicks), state.median + c.k * MAD_TO_SD * state.mad)
        warm = state.windows >= c.warmup_windows
        med, mad = median_mad([float(n) for n in window.users.values()])
        weight = 1.0 / c.warmup_windows if state.windows else 1.0
        state.median += weight * (med - state.median)
        state.mad += weight * (mad - state.mad)
        if not warm:
            return []
        hot = sorted((-n, user) for user, n in window.users.items() if n >= threshold)
        tenant, surface = scope
        return [
            AlertSpec(
                kind="burst.user",
                severity="WARNING",
                tenant=tenant,
                subject=user,
                value=float(-negative),
                baseline=state.median,
                threshold=threshold,
                message=f"user {user} clicked {-negative} times in one minute on {surface} "
                f"(typical {state.median:.1f}, limit {threshold:.0f}): bot or poisoning?",
                event_time=end_ms,
                dedup_key=f"burst.user|{tenant}|{surface}|{user}",
                surface=surface,
            )
            for negative, user in hot[: c.max_alerts_per_window]
        ]

    def _items(
        self, scope: Scope, state: _ScopeState, window: _Window, end_ms: int
    ) -> list[AlertSpec]:
        c = self.config
        tenant, surface = scope
        fired: list[tuple[float, str, float, float]] = []
        for item in sorted(set(state.items) | set(window.items)):
            spike = state.items.get(item)
            if spike is None:
                spike = state.items[item] = CountSpike(c.item)
            verdict = spike.check(float(window.items.get(item, 0)))
            if verdict.firing and state.windows >= c.warmup_windows:
                fired.append((verdict.value, item, verdict.baseline, verdict.threshold))
        if len(state.items) > c.max_items:
            keep = sorted(state.items.items(), key=lambda kv: (-kv[1].baseline.mean, kv[0]))
            state.items = dict(keep[: c.max_items])
        fired.sort(key=lambda f: (-f[0], f[1]))
        return [
            AlertSpec(
                kind="burst.item",
                severity="WARNING",
                tenant=tenant,
                subject=item,
                value=value,
                baseline=baseline,
                threshold=threshold,
                message=f"item {item} got {value:.0f} clicks in one minute on {surface} "
                f"(baseline {baseline:.1f}, limit {threshold:.0f}): poisoning of its ranking?",
                event_time=end_ms,
                dedup_key=f"burst.item|{tenant}|{surface}|{item}",
                surface=surface,
            )
            for value, item, baseline, threshold in fired[: c.max_alerts_per_window]
        ]
