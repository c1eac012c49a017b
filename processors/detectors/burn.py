"""Cost burn rate against each tenant's budget period, over two windows.

Burn rate (Google SRE workbook, "Alerting on SLOs"): spend over a window divided by the
spend that would exactly use the budget over the period at an even pace,

    burn = spend(window) / (budget * window / period)

so 1 uses the day's budget in a day and 4 in six hours. An alert needs BOTH the short
window (``short_windows`` minutes) above ``short_factor`` and the long one (``long_windows``
minutes) above ``long_factor``: the short window makes it fast, the long one keeps a brief
spike of a normal busy hour from firing. Spend is counted in one-minute windows of event
time; the last ``long_windows`` are kept per tenant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from processors.alerts import AlertSpec
from processors.detectors.config import BurnConfig
from processors.detectors.windows import EventWindows

__all__ = ["BurnRateDetector"]


class _Spend:
    __slots__ = ("micros",)

    def __init__(self) -> None:
        self.micros = 0


class BurnRateDetector:
    """Spend per tenant; :meth:`close` compares the burn rates of each closed window."""

    def __init__(self, config: BurnConfig) -> None:
        self.config = config
        self._windows: dict[str, EventWindows[_Spend]] = {}
        self._history: dict[str, list[int]] = {}
        self.budget_of: Callable[[str], int | None] = config.tenant_to_budget_micros.get
        """A tenant's daily budget in micros (None: no budget, no burn rate); the worker
        points it at the budget caps in force."""

    def observe(self, cost: Mapping[str, Any]) -> None:
        """Count one decoded ``Cost`` record's ``cost_micros`` at its ``event_time``."""
        tenant = str(cost["tenant"])
        if not self.budget_of(tenant):
            return
        windows = self._windows.get(tenant)
        if windows is None:
            c = self.config
            windows = self._windows[tenant] = EventWindows(c.window_ms, c.lateness_ms, _Spend)
        event_ms, micros = cost["event_time"], cost["cost_micros"]
        window = windows.at(event_ms)
        if window is not None:
            window.micros += micros

    def close(self) -> list[AlertSpec]:
        """Burn-rate alerts of the windows the watermark passed."""
        c = self.config
        alerts: list[AlertSpec] = []
        for tenant in sorted(self._windows):
            budget = self.budget_of(tenant)
            if not budget:
                continue  # the cap was lifted meanwhile
            for start, spend in self._windows[tenant].close():
                history = self._history.setdefault(tenant, [])
                history.append(spend.micros)
                del history[: -c.long_windows]
                short = self._burn(history[-c.short_windows :], c.short_windows, budget)
                long = self._burn(history, c.long_windows, budget)
                if short <= c.short_factor or long <= c.long_factor:
                    continue
                alerts.append(
                    AlertSpec(
                        kind="cost.burn_rate",
                        severity="WARNING",
                        tenant=tenant,
                        subject="tenant-period",
                        value=short,
                        baseline=long,
                        threshold=c.short_factor,
                        message=f"{tenant} spends {short:.1f}x its even pace over "
                        f"{c.short_windows} min ({long:.1f}x over {c.long_windows} min): "
                        f"the period's budget lasts {24 / short:.1f} h of a day at this rate",
                        event_time=start + c.window_ms,
                        dedup_key=f"cost.burn_rate|{tenant}",
                    )
                )
        return alerts

    def _burn(self, spends: list[int], windows: int, budget: int) -> float:
        # A tenant seen for less than the window is judged on the full window: its burn is
        # never overstated at start-up.
        even = budget * windows * self.config.window_ms / self.config.period_ms
        return sum(spends) / even if even > 0 else 0.0
