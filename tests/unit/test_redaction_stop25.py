"""Stop-25 fixes found on struct12's tuning half: a command word before an IPv6 address is no
name, and a common English word after "via" is no Italian street ("via trunk 42")."""

from __future__ import annotations

import pytest

from processors.redaction import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    "address",
    [
        "2001:db8::825d",
        "fe80::1ff:fe23:4567:890a",
        "64:ff9b::172.29.220.218",
        "2a02:d7d1:240::4e6:c4db",
    ],
)
def test_a_lower_case_word_before_an_ipv6_address_is_no_name(address: str) -> None:
    assert _found(f"ping {address} not responding") == [(address, "IP_ADDRESS")]


def test_a_name_before_a_time_is_still_a_name() -> None:
    # Clock times have two colons but no hex letter and no "::": the IPv6 test leaves them.
    assert ("ping", "PERSON") not in _found("ping 2001:db8::1")
    assert ("ingrid", "PERSON") in _found("ingrid 12:30:45 joined the chat")
    assert ("ingrid", "PERSON") in _found("thanks ingrid 12:30:45")


@pytest.mark.parametrize(
    "text",
    [
        "1735787480 INFO forwarded call to 020 8264 1029 via trunk 42",
        "INFO call routed via gateway 7 today",
    ],
)
def test_via_and_an_english_word_before_a_number_is_no_street(text: str) -> None:
    assert all(kind != "STREET_ADDRESS" for _, kind in _found(text))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Ship it to Via Roma 10, 00184 Roma please", "Via Roma 10, 00184 Roma"),
        ("INFO delivered to Via Garibaldi 12, Milano", "Via Garibaldi 12, Milano"),
    ],
)
def test_italian_streets_are_still_streets(text: str, street: str) -> None:
    assert (street, "STREET_ADDRESS") in _found(text)
