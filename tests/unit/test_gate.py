"""The privacy gate's pure logic: what is admitted, refused or dropped, and what leaves it."""

from __future__ import annotations

from typing import Any

import pytest

from processors.consent import plan_consent
from processors.deadletter import SourceRef
from processors.gate import (
    Admitted,
    ConsentRequest,
    Dropped,
    FreeTextPolicy,
    GateConfig,
    Rejected,
    admit_consent,
    admit_interaction,
    parse_free_text_policy,
)
from processors.pseudonym import Pseudonymizer
from processors.redaction import redact
from schemas.codec import encode
from schemas.errors import ConfigError
from tests import factories

CONFIG = GateConfig(max_event_bytes=4096, max_future_skew_ms=60_000)
KEEP_REDACTED = GateConfig(4096, 60_000, FreeTextPolicy("redact"))
SOURCE = SourceRef("interactions", 2, 17)
NOW = factories.EVENT_TIME_MS
PSEUDONYMIZE = Pseudonymizer(b"secret")


def _redact(text: str) -> tuple[str, dict[str, int]]:
    result = redact(text)
    return result.text, dict(result.counts)


def _admit(
    record: dict[str, Any], config: GateConfig = CONFIG, **kwargs: Any
) -> Admitted | Rejected | Dropped:
    return admit_interaction(
        encode("Interaction", record, validate=False),
        SOURCE,
        NOW,
        config=config,
        pseudonymize=PSEUDONYMIZE,
        redact=_redact,
        **kwargs,
    )


def test_admitted_event_is_pseudonymous_and_redacted() -> None:
    outcome = _admit(
        factories.interaction(
            query="mail me at a.b@example.com", context={"note": "call 415-555-0134"}
        ),
        KEEP_REDACTED,
    )
    assert isinstance(outcome, Admitted)
    clean = outcome.clean
    assert outcome.user_key == PSEUDONYMIZE("acme", "user-42")
    assert clean["user_key"] == outcome.user_key
    assert "user_id" not in clean
    assert clean["context"] == {
        "note": "call <PHONE_NUMBER>",
        "query": "mail me at <EMAIL_ADDRESS>",
    }
    assert clean["pii_counts"] == {"PHONE_NUMBER": 1, "EMAIL_ADDRESS": 1}
    assert clean["source"] == {"topic": "interactions", "partition": 2, "offset": 17}
    assert "user-42" not in repr(clean)
    encode("CleanEvent", clean)  # the clean record satisfies its own schema


def test_free_text_is_dropped_by_default_and_only_counted() -> None:
    outcome = _admit(
        factories.interaction(
            query="mail me at a.b@example.com", context={"note": "call 415-555-0134"}
        )
    )
    assert isinstance(outcome, Admitted)
    assert outcome.clean["context"] == {}
    assert outcome.clean["pii_counts"] == {"PHONE_NUMBER": 1, "EMAIL_ADDRESS": 1}
    assert "example.com" not in repr(outcome.clean)
    assert "call" not in repr(outcome.clean)
    encode("CleanEvent", outcome.clean)


def test_free_text_mode_is_chosen_per_tenant() -> None:
    config = GateConfig(4096, 60_000, parse_free_text_policy("drop, acme=redact"))
    kept = _admit(factories.interaction(query="blue shoes"), config)
    dropped = _admit(factories.interaction(tenant="globex", query="blue shoes"), config)
    assert isinstance(kept, Admitted)
    assert isinstance(dropped, Admitted)
    assert kept.clean["context"]["query"] == "blue shoes"
    assert dropped.clean["context"] == {}


@pytest.mark.parametrize(
    ("text", "default", "overrides"),
    [
        ("drop", "drop", ()),
        ("redact", "redact", ()),
        ("acme=redact", "drop", (("acme", "redact"),)),
        ("redact,acme=drop,b=drop", "redact", (("acme", "drop"), ("b", "drop"))),
    ],
)
def test_free_text_policy_parses(
    text: str, default: str, overrides: tuple[tuple[str, str], ...]
) -> None:
    assert parse_free_text_policy(text) == FreeTextPolicy(default, overrides)


@pytest.mark.parametrize(
    "text", ["", "keep", "drop,redact", "acme=keep", "acme=drop,acme=redact", "=drop", "drop,,"]
)
def test_bad_free_text_policy_is_a_config_error(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_free_text_policy(text)


def test_future_event_time_is_refused() -> None:
    outcome = _admit(factories.interaction(event_time=NOW + 3_600_000))
    assert isinstance(outcome, Rejected)
    assert outcome.reason == "future_event_time"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("event_id", "jane.doe@example.com"),
        ("item_id", "+44 7700 900123"),
        ("request_id", "4111 1111 1111 1111"),
    ],
)
def test_personal_data_in_an_identifier_is_refused(field: str, value: str) -> None:
    outcome = _admit(factories.interaction(**{field: value}))
    assert isinstance(outcome, Rejected)
    assert outcome.reason == "pii_in_identifier"
    assert value not in outcome.message


@pytest.mark.parametrize(
    "value", ["evt-0001", "sku_991-XL", "3f2a9c1e-77b0-4c55-9a53-2b8f0d1c6e4d"]
)
def test_ordinary_identifiers_pass(value: str) -> None:
    assert isinstance(_admit(factories.interaction(event_id=value)), Admitted)


def test_opted_out_user_is_dropped_before_anything_is_learned() -> None:
    seen: list[tuple[str, str]] = []

    def opted_out(tenant: str, user_key: str) -> bool:
        seen.append((tenant, user_key))
        return True

    outcome = _admit(factories.interaction(), is_opted_out=opted_out)
    assert outcome == Dropped("opted_out")
    assert seen == [("acme", PSEUDONYMIZE("acme", "user-42"))]


def test_undecodable_bytes_are_refused_with_the_codec_reason() -> None:
    outcome = admit_interaction(
        b"junk", SOURCE, NOW, config=CONFIG, pseudonymize=PSEUDONYMIZE, redact=_redact
    )
    assert isinstance(outcome, Rejected)
    assert outcome.reason == "undecodable"


def test_consent_is_pseudonymized() -> None:
    outcome = admit_consent(
        encode("Consent", factories.consent()), config=CONFIG, pseudonymize=PSEUDONYMIZE
    )
    assert outcome == ConsentRequest(
        "acme", PSEUDONYMIZE("acme", "user-42"), "OPT_OUT", "consent-0001", NOW
    )


@pytest.mark.parametrize(
    ("action", "before", "opted_out", "tombstone", "audit"),
    [
        ("OPT_OUT", False, True, False, "consent.opt_out"),
        ("OPT_OUT", True, True, False, "consent.opt_out"),
        ("OPT_IN", True, False, False, "consent.opt_in"),
        ("ERASURE_REQUEST", True, True, True, "erasure.completed"),
        ("ERASURE_REQUEST", False, False, True, "erasure.completed"),
    ],
)
def test_consent_plans(
    action: str, before: bool, opted_out: bool, tombstone: bool, audit: str
) -> None:
    plan = plan_consent(action, before)
    assert plan.opted_out is opted_out
    assert plan.erase_state  # every consent change starts the user from empty state
    assert plan.tombstone_raw is tombstone
    assert plan.audit_action == audit
