"""Input quality: dead-letter ratio, opt-out spikes, PII arriving and PII leaking past the gate.

* **Dead-letter ratio**, per source topic: refused / consumed records over the last
  ``deadletter_span`` closed one-minute windows, against a fixed ratio. Undecodable records
  have no event time; they count in the window of the highest event time the topic has
  shown (its watermark), so a burst of garbage is still placed in time.
* **Opt-out spike**, per tenant: opt-outs and erasure requests per window against their own
  EWMA baseline (:class:`~processors.detectors.windows.CountSpike`).
* **PII arriving**, per tenant: admitted events in which the gate masked PII in free text
  (the gate's ``pii_counts``), per window, against their EWMA baseline: a producer that
  starts sending e-mail addresses in queries is a privacy incident even though we mask them.
* **PII leaked** (canary): the clean record the gate produced is scanned again with the
  redactor's detector; any hit is CRITICAL at once (no window, no baseline).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from processors.alerts import AlertSpec
from processors.detectors.config import QualityConfig
from processors.detectors.windows import CountSpike, EventWindows, SpikeVerdict

__all__ = ["QualityDetector", "canary_fields"]

T = TypeVar("T")


@dataclass(slots=True)
class _Ratio:
    consumed: int = 0
    refused: int = 0


@dataclass(slots=True)
class _Count:
    n: int = 0


def canary_fields(clean: Mapping[str, object]) -> list[tuple[str, str]]:
    """The free text of a clean event that must hold no PII: its context values and query."""
    context = clean.get("context")
    if not isinstance(context, Mapping):
        return []
    return sorted((f"context.{k}", str(v)) for k, v in context.items() if v)


class QualityDetector:
    """Dead letters, opt-outs and PII; :meth:`close` returns the alerts of closed windows."""

    def __init__(self, config: QualityConfig) -> None:
        self.config = config
        self._ratios: dict[str, EventWindows[_Ratio]] = {}
        self._history: dict[str, list[_Ratio]] = {}
        self._optouts: dict[str, EventWindows[_Count]] = {}
        self._optout_spikes: dict[str, CountSpike] = {}
        self._pii: dict[str, EventWindows[_Count]] = {}
        self._pii_spikes: dict[str, CountSpike] = {}

    def _new(self, factory: Callable[[], T]) -> EventWindows[T]:
        # Quiet minutes count as zeros (up to a day of them), so rare events such as
        # opt-outs have a baseline of what a minute usually holds, empty ones included.
        c = self.config
        return EventWindows(c.window_ms, c.lateness_ms, factory, fill_gaps=1_440)

    def consumed(self, topic: str, refused: bool, event_ms: int | None) -> None:
        """Count one consumed record of ``topic`` (``event_ms`` None: it had none)."""
        windows = self._ratios.get(topic)
        if windows is None:
            windows = self._ratios[topic] = self._new(_Ratio)
        at = event_ms if event_ms is not None else windows.max_event_ms
        window = windows.at(at) if at >= 0 else None
        if window is not None:
            window.consumed += 1
            window.refused += refused

    def opted_out(self, tenant: str, event_ms: int) -> None:
        """Count one opt-out or erasure request of ``tenant``."""
        windows = self._optouts.get(tenant)
        if windows is None:
            windows = self._optouts[tenant] = self._new(_Count)
        window = windows.at(event_ms)
        if window is not None:
            window.n += 1

    def admitted(self, tenant: str, pii_spans: int, event_ms: int) -> None:
        """Count one admitted event (its PII, masked by the gate, if any) of ``tenant``."""
        windows = self._pii.get(tenant)
        if windows is None:
            windows = self._pii[tenant] = self._new(_Count)
        window = windows.at(event_ms)
        if window is not None and pii_spans > 0:
            window.n += 1

    def canary(
        self,
        tenant: str,
        fields: Sequence[tuple[str, str]],
        detect: Callable[[str], Sequence[object]],
        event_ms: int,
    ) -> list[AlertSpec]:
        """Scan a clean event's free text; a CRITICAL alert per field where PII survived."""
        leaks = [name for name, text in fields if detect(text)]
        return [
            AlertSpec(
                kind="pii.leak",
                severity="CRITICAL",
                tenant=tenant,
                subject=name,
                value=1.0,
                baseline=0.0,
                threshold=0.0,
                message=f"PII found in {name} of a clean event after the gate",
                event_time=event_ms,
                dedup_key=f"pii.leak|{tenant}|{name}",
            )
            for name in leaks
        ]

    def close_inputs(self) -> list[AlertSpec]:
        """Dead-letter and PII-arrival alerts of every window the watermarks passed."""
        alerts: list[AlertSpec] = []
        for topic in sorted(self._ratios):
            for start, window in self._ratios[topic].close():
                alerts.extend(self._deadletters(topic, start, window))
        for tenant in sorted(self._pii):
            for start, counted in self._pii[tenant].close():
                spike = self._pii_spikes.setdefault(tenant, CountSpike(self.config.pii))
                verdict = spike.check(float(counted.n))
                if verdict.firing:
                    alerts.append(self._spike("pii.arrival", tenant, start, verdict))
        return alerts

    def close_consent(self) -> list[AlertSpec]:
        """Opt-out spike alerts of every window the watermarks passed."""
        alerts: list[AlertSpec] = []
        for tenant in sorted(self._optouts):
            for start, counted in self._optouts[tenant].close():
                spike = self._optout_spikes.setdefault(tenant, CountSpike(self.config.optout))
                verdict = spike.check(float(counted.n))
                if verdict.firing:
                    alerts.append(self._spike("consent.optout_spike", tenant, start, verdict))
        return alerts

    def _deadletters(self, topic: str, start: int, window: _Ratio) -> list[AlertSpec]:
        c = self.config
        history = self._history.setdefault(topic, [])
        history.append(window)
        del history[: -c.deadletter_span]
        refused = sum(w.refused for w in history)
        consumed = sum(w.consumed for w in history)
        ratio = refused / consumed if consumed else 0.0
        if refused < c.deadletter_min or ratio <= c.deadletter_ratio:
            return []
        return [
            AlertSpec(
                kind="deadletter.ratio",
                severity="WARNING",
                tenant=None,
                subject=topic,
                value=ratio,
                baseline=None,
                threshold=c.deadletter_ratio,
                message=f"{ratio:.1%} of {topic} went to the dead-letter topic "
                f"({refused} of {consumed} in {c.deadletter_span} min)",
                event_time=start + c.window_ms,
                dedup_key=f"deadletter.ratio|{topic}",
            )
        ]

    def _spike(self, kind: str, tenant: str, start: int, verdict: SpikeVerdict) -> AlertSpec:
        what = _WHAT[kind]
        return AlertSpec(
            kind=kind,
            severity="WARNING",
            tenant=tenant,
            subject=tenant,
            value=verdict.value,
            baseline=verdict.baseline,
            threshold=verdict.threshold,
            message=f"{verdict.value:.0f} {what} in one minute (baseline "
            f"{verdict.baseline:.1f}, limit {verdict.threshold:.0f})",
            event_time=start + self.config.window_ms,
            dedup_key=f"{kind}|{tenant}",
        )


_WHAT = {
    "consent.optout_spike": "opt-outs and erasure requests",
    "pii.arrival": "events with PII in free text",
}
