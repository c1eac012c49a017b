"""The privacy gate: raw interaction bytes in, a clean event (or a rejection) out.

This is the only place raw user ids and raw free text are seen. A clean event carries the
pseudonym instead of the user id and keeps the raw record's coordinates so every later stage can
deduplicate redeliveries. Free text (the query and the context values) is dropped, or kept
redacted, per tenant (:class:`FreeTextPolicy`); learning reads none of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from processors.deadletter import Reason, SourceRef
from processors.redaction import detect
from processors.served import positions_of
from schemas.codec import decode
from schemas.errors import ConfigError, DecodeError

__all__ = [
    "Admitted",
    "CleanMemo",
    "ConsentRequest",
    "Dropped",
    "GateConfig",
    "Rejected",
    "ServedList",
    "admit_consent",
    "admit_interaction",
    "admit_recommendation",
    "identifier_holds_pii",
]

# (text) -> (redacted text, hit count per entity type)
Redactor = Callable[[str], tuple[str, Mapping[str, int]]]
Pseudonymizer = Callable[[str, str], str]


DROP = "drop"
REDACT = "redact"
FREE_TEXT_MODES = (DROP, REDACT)


@dataclass(frozen=True, slots=True)
class FreeTextPolicy:
    """What the gate does with free text (the query and every context value), per tenant.

    ``drop``: the clean event carries no free text at all (empty ``context``, no query); only
    ``pii_counts`` says how much PII arrived. ``redact``: the text is kept with every PII hit
    replaced by a typed placeholder, for tenants whose analysts need it. Tenants not listed in
    ``tenant_to_mode`` get ``default``.
    """

    default: str = DROP
    tenant_to_mode: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for mode in (self.default, *(m for _, m in self.tenant_to_mode)):
            if mode not in FREE_TEXT_MODES:
                raise ConfigError(f"free-text mode must be one of {FREE_TEXT_MODES}, got {mode!r}")

    def mode_for(self, tenant: str) -> str:
        """``"drop"`` or ``"redact"`` for ``tenant``."""
        for name, mode in self.tenant_to_mode:
            if name == tenant:
                return mode
        return self.default


def parse_free_text_policy(text: str) -> FreeTextPolicy:
    """Parse ``"drop"``, ``"redact"`` or ``"drop,acme=redact,globex=drop"``.

    Comma-separated entries: at most one bare mode (the default for unlisted tenants, ``drop``
    when absent) and ``tenant=mode`` overrides, each tenant at most once. Raises
    :class:`ConfigError` naming the bad entry.
    """
    default = DROP
    seen_default = False
    pairs: list[tuple[str, str]] = []
    for raw in text.split(","):
        entry = raw.strip()
        if not entry:
            raise ConfigError(f"empty entry in free-text policy {text!r}")
        tenant, sep, mode = (part.strip() for part in entry.partition("="))
        if not sep:
            if seen_default:
                raise ConfigError(f"free-text policy {text!r} names two defaults")
            default, seen_default = tenant, True
        elif not tenant or tenant in (t for t, _ in pairs):
            raise ConfigError(f"free-text policy entry {entry!r} needs a new tenant name")
        else:
            pairs.append((tenant, mode))
    return FreeTextPolicy(default, tuple(pairs))


@dataclass(frozen=True, slots=True)
class GateConfig:
    """Limits the gate enforces, and what it keeps of free text."""

    max_event_bytes: int
    max_future_skew_ms: int
    free_text: FreeTextPolicy = FreeTextPolicy()


@dataclass(frozen=True, slots=True)
class Admitted:
    """An accepted event: publish ``clean`` keyed by ``user_key``."""

    user_key: str
    clean: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A refused record: dead-letter it with this reason."""

    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class Dropped:
    """A valid record we must not learn from (the user opted out); counted, not kept."""

    reason: str


@dataclass(frozen=True, slots=True)
class ConsentRequest:
    """A decoded consent change, already pseudonymous."""

    tenant: str
    user_key: str
    action: str
    request_id: str
    event_time: int


@dataclass(frozen=True, slots=True)
class ServedList:
    """A decoded served recommendation: what the attribution join needs, and its clean form.

    ``clean`` is the ``CleanServed`` record (pseudonymous, with every item's propensity, the
    policy version, experiment and arm) that learning and off-policy evaluation read.
    """

    tenant: str
    surface: str
    request_id: str
    positions: dict[str, int]
    event_time: int
    user_key: str
    clean: dict[str, Any]


# Identifier fields pass the gate unchanged, so they must not carry personal data; free-text
# fields are redacted instead. An identifier with PII in it is refused, not repaired.
_IDENTIFIER_FIELDS = ("event_id", "item_id", "request_id")
_MIN_DIGITS_FOR_NUMBERS = 7  # the shortest phone, SSN, card or IBAN has more digits


def _identifier_may_hold_pii(value: str) -> bool:
    """Cheap screen before the full detector: typical ids ("evt-0001", "sku_991", UUIDs) pass
    at once.

    Emails need '@', IPv6 ':', names and addresses a space, IPv4 dots; long numbers (phones,
    cards, SSNs, IBANs) need many digits. A UUID in its canonical form (8-4-4-4-12 hex
    digits, the usual event id) has digits enough, but fixed-width random hex holds no
    personal data.
    """
    if "@" in value or ":" in value or " " in value or "." in value:
        return True
    if len(value) == _UUID_LENGTH and _UUID.fullmatch(value):
        return False
    return len(value) - len(value.translate(_WITHOUT_DIGITS)) >= _MIN_DIGITS_FOR_NUMBERS


_UUID_LENGTH = 36
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


_WITHOUT_DIGITS = str.maketrans("", "", "0123456789")


def identifier_holds_pii(value: str) -> bool:
    """Whether an identifier (event or request id) carries personal data: refuse it then.

    The detector needs a word boundary before a number, so PII glued to an id's prefix
    (``evt_4111111111111111``, ``evt-078-05-1120``) is looked for again with the prefix split
    off. Only the types that validate themselves count there (a card by brand, length and
    Luhn, an SSN by its issuance rules and separators, an IBAN by mod 97, an e-mail): a bare
    ten-digit run is a phone shape that ids (``order-2026120123``) are full of.
    """
    if not _identifier_may_hold_pii(value):
        return False
    if detect(value):
        return True
    split = _GLUED_PREFIX.sub(" ", value)
    return split != value and any(s.entity_type in _SELF_VALIDATING for s in detect(split))


# Where a prefix is glued to a number: any underscore (a word character, so no word boundary
# there), and a hyphen between letters and digits.
_GLUED_PREFIX = re.compile(r"_|(?<=[^\W\d_])-(?=\d)|(?<=\d)-(?=[^\W\d_])")
_SELF_VALIDATING = frozenset({"CREDIT_CARD", "US_SSN", "IBAN_CODE", "EMAIL_ADDRESS"})


class CleanMemo:
    """Strings already found free of personal data, so that the next sighting skips the
    detector: request and item ids come back in every interaction of a list, context values
    ("mobile", "en-US") in most events. Only PII-free strings are kept, so the memo never
    holds personal data; the oldest go first once ``size`` are held."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._seen: dict[str, None] = {}

    def __contains__(self, text: object) -> bool:
        return text in self._seen

    def add(self, text: str) -> None:
        """Remember ``text`` as free of personal data."""
        seen = self._seen
        if len(seen) >= self._size:
            del seen[next(iter(seen))]
        seen[text] = None


_CLEAN_IDS = CleanMemo(65_536)


def _holds_pii(field: str, value: str) -> bool:
    if field == "event_id":  # new in every event: remembering them would only evict others
        return identifier_holds_pii(value)
    return _repeated_id_holds_pii(value)


def _repeated_id_holds_pii(value: str) -> bool:
    """The identifier check for ids that repeat (request and item ids), memoized."""
    if value in _CLEAN_IDS:
        return False
    if identifier_holds_pii(value):
        return True
    _CLEAN_IDS.add(value)
    return False


def admit_interaction(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
    redact: Redactor,
    is_opted_out: Callable[[str, str], bool] = lambda _tenant, _user_key: False,
) -> Admitted | Rejected | Dropped:
    """Decode and check one raw ``Interaction`` and turn it into a ``CleanEvent`` record.

    ``is_opted_out(tenant, user_key)`` tells whether the user withdrew consent; their events
    are dropped before anything is learned from them.
    """
    try:
        decoded = decode(data, expected="Interaction", max_bytes=config.max_event_bytes)
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    event = decoded.record
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    for name in _IDENTIFIER_FIELDS:
        value = event[name]
        if value and _holds_pii(name, value):
            return Rejected(
                Reason.PII_IN_IDENTIFIER, f"{name} looks like it contains personal data"
            )
    user_key = pseudonymize(event["tenant"], event["user_id"])
    if is_opted_out(event["tenant"], user_key):
        return Dropped("opted_out")
    pii_counts: dict[str, int] = {}
    context = {
        name: _redacted(value, redact, pii_counts) for name, value in event["context"].items()
    }
    if event.get("query"):
        context["query"] = _redacted(event["query"], redact, pii_counts)
    if config.free_text.mode_for(event["tenant"]) == DROP:
        # The text is still scanned so that pii_counts shows how much PII arrives; the
        # redacted text itself is not kept.
        context = {}
    clean = {
        "event_id": event["event_id"],
        "tenant": event["tenant"],
        "user_key": user_key,
        "surface": event["surface"],
        "item_id": event["item_id"],
        "kind": event["kind"],
        "request_id": event["request_id"],
        "position": event["position"],
        "dwell_ms": event["dwell_ms"],
        "rating": event["rating"],
        "context": context,
        "pii_counts": pii_counts,
        "event_time": event["event_time"],
        "source": {"topic": source.topic, "partition": source.partition, "offset": source.offset},
    }
    return Admitted(user_key, clean)


def admit_consent(
    data: bytes, *, config: GateConfig, pseudonymize: Pseudonymizer
) -> ConsentRequest | Rejected:
    """Decode one raw ``Consent`` record into a pseudonymous :class:`ConsentRequest`."""
    try:
        event = decode(data, expected="Consent", max_bytes=config.max_event_bytes).record
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    if identifier_holds_pii(event["request_id"]):
        return Rejected(Reason.PII_IN_IDENTIFIER, "request_id looks like it contains personal data")
    return ConsentRequest(
        tenant=event["tenant"],
        user_key=pseudonymize(event["tenant"], event["user_id"]),
        action=event["action"],
        request_id=event["request_id"],
        event_time=event["event_time"],
    )


def admit_recommendation(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
    is_opted_out: Callable[[str, str], bool],
) -> ServedList | Rejected | Dropped:
    """Decode one raw ``Recommendation``; opted-out users' lists teach nothing."""
    try:
        event = decode(data, expected="Recommendation", max_bytes=config.max_event_bytes).record
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    request_id = event["request_id"]
    if _repeated_id_holds_pii(request_id) or any(
        _repeated_id_holds_pii(item["item_id"]) for item in event["items"]
    ):
        return Rejected(Reason.PII_IN_IDENTIFIER, "an id looks like it contains personal data")
    user_key = pseudonymize(event["tenant"], event["user_id"])
    if is_opted_out(event["tenant"], user_key):
        return Dropped("opted_out")
    clean = {
        "request_id": event["request_id"],
        "tenant": event["tenant"],
        "user_key": user_key,
        "surface": event["surface"],
        "policy_version": event["policy_version"],
        "experiment_id": event["experiment_id"],
        "arm": event["arm"],
        "items": event["items"],
        "event_time": event["event_time"],
        "source": {"topic": source.topic, "partition": source.partition, "offset": source.offset},
    }
    return ServedList(
        tenant=event["tenant"],
        surface=event["surface"],
        request_id=event["request_id"],
        positions=positions_of(event["items"]),
        event_time=event["event_time"],
        user_key=user_key,
        clean=clean,
    )


def _redacted(text: str, redact: Redactor, counts: dict[str, int]) -> str:
    redacted, hits = redact(text)
    for entity, count in hits.items():
        counts[entity] = counts.get(entity, 0) + count
    return redacted
