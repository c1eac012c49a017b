"""The single-object codec: round trips, byte layout, fingerprints, errors and semantic rules."""

from __future__ import annotations

import io
import struct
from typing import Any

import pytest
from fastavro import schemaless_writer
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import codec
from schemas.codec import Decoded, decode, encode
from schemas.errors import DecodeError, EventValidationError, SchemaError
from schemas.registry import canonical_form, load_registry
from schemas.rules import validate_semantics
from tests import factories

ALL_NAMES = tuple(factories.FACTORIES)

# --- CRC-64-AVRO, the reference algorithm of the Avro spec ("Schema Fingerprints") ---------

_EMPTY64 = 0xC15D213AA4D7A795


def _fp_table() -> list[int]:
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (_EMPTY64 & -(fp & 1))
        table.append(fp)
    return table


_FP_TABLE = _fp_table()


def crc64_avro(data: bytes) -> int:
    """The spec's ``fingerprint64``: the unsigned 64-bit value."""
    fp = _EMPTY64
    for byte in data:
        fp = (fp >> 8) ^ _FP_TABLE[(fp ^ byte) & 0xFF]
    return fp


@pytest.mark.parametrize(
    ("canonical", "signed_java_value"),
    [
        # Published in apache/avro share/test/data/schema-tests.txt (Java signed longs).
        ('"null"', 7195948357588979594),
        ('"boolean"', -6970731678124411036),
        ('"int"', 8247732601305521295),
        ('"long"', -3434872931120570953),
    ],
)
def test_oracle_matches_published_avro_vectors(canonical: str, signed_java_value: int) -> None:
    assert crc64_avro(canonical.encode()) == signed_java_value & 0xFFFF_FFFF_FFFF_FFFF


@pytest.mark.parametrize("name", ALL_NAMES)
def test_fingerprint_is_little_endian_crc64_avro_of_canonical_form(name: str) -> None:
    registry = load_registry()
    pcf = canonical_form(registry.current(name).document)
    expected = struct.pack("<Q", crc64_avro(pcf.encode("utf-8")))
    assert registry.fingerprint(name) == expected


def test_canonical_form_is_self_contained_and_ignores_docs_and_logical_types() -> None:
    pcf = canonical_form(load_registry().current("CleanEvent").document)
    assert '"name":"personalize.v1.InteractionKind","type":"enum"' in pcf
    assert "doc" not in pcf
    assert "logicalType" not in pcf


# --- round trips and layout ---------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_NAMES)
def test_round_trip_every_schema(name: str) -> None:
    record = factories.FACTORIES[name]()
    data = encode(name, record)
    assert decode(data) == Decoded(name, record, load_registry().fingerprint(name))


def test_byte_layout_is_marker_fingerprint_body() -> None:
    record = factories.interaction()
    data = encode("Interaction", record)
    assert data[:2] == b"\xc3\x01"
    assert data[2:10] == load_registry().fingerprint("Interaction")
    body = io.BytesIO()
    schemaless_writer(body, load_registry().schema("Interaction"), record)
    assert data[10:] == body.getvalue()


def test_event_time_is_int_milliseconds() -> None:
    decoded = decode(encode("Interaction", factories.interaction()))
    assert type(decoded.record["event_time"]) is int
    assert decoded.record["event_time"] == factories.EVENT_TIME_MS


def test_defaults_fill_omitted_optional_fields() -> None:
    record = factories.interaction()
    for optional in ("request_id", "position", "dwell_ms", "rating", "context", "query"):
        del record[optional]
    decoded = decode(encode("Interaction", record)).record
    assert decoded["context"] == {}
    assert decoded["request_id"] is None


def test_unknown_schema_name_on_encode_is_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="Nope"):
        encode("Nope", {})


# --- decode reason codes ------------------------------------------------------------------


def _reason(data: bytes, **kwargs: Any) -> str:
    with pytest.raises(DecodeError) as info:
        decode(data, **kwargs)
    assert info.value.reason in codec.REASONS
    return info.value.reason


def test_oversized_is_checked_first() -> None:
    data = encode("Interaction", factories.interaction())
    assert _reason(data, max_bytes=len(data) - 1) == "oversized"
    assert decode(data, max_bytes=len(data)).name == "Interaction"
    assert _reason(b"x" * 100, max_bytes=10) == "oversized"


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda d: b"", id="empty"),
        pytest.param(lambda d: b"{'json': true}", id="no-marker"),
        pytest.param(lambda d: b"\xc3\x02" + d[2:], id="wrong-marker-version"),
        pytest.param(lambda d: d[:9], id="truncated-header"),
        pytest.param(lambda d: d[:-3], id="truncated-body"),
        pytest.param(lambda d: d + b"\x00", id="trailing-byte"),
        pytest.param(lambda d: d[:10] + b"\xff" * 40, id="garbage-body"),
        pytest.param(lambda d: d[:10] + b"\x02\xff\xfe", id="bad-utf8"),
    ],
)
def test_undecodable(mangle: Any) -> None:
    data = encode("Interaction", factories.interaction())
    assert _reason(mangle(data)) == "undecodable"


def test_enum_index_out_of_range_is_undecodable() -> None:
    record = factories.consent()
    data = bytearray(encode("Consent", record))
    # Consent body: tenant, user_id strings, then the enum index (zig-zag varint).
    enum_at = 10 + 1 + len(record["tenant"]) + 1 + len(record["user_id"])
    data[enum_at] = 2 * 50
    assert _reason(bytes(data)) == "undecodable"


def test_unknown_schema() -> None:
    data = encode("Interaction", factories.interaction())
    assert _reason(data[:2] + b"\x00" * 8 + data[10:]) == "unknown_schema"


def test_wrong_type() -> None:
    data = encode("Cost", factories.cost())
    assert _reason(data, expected="Interaction") == "wrong_type"
    assert _reason(data, expected=["Interaction", "Consent"]) == "wrong_type"
    assert _reason(data, expected=()) == "wrong_type"
    assert decode(data, expected={"Cost", "Consent"}).name == "Cost"
    assert decode(data, expected="Cost").name == "Cost"


@pytest.mark.parametrize(
    ("name", "record", "field"),
    [
        ("Interaction", factories.interaction(tenant=""), "tenant"),
        ("Interaction", factories.interaction(user_id="  "), "user_id"),
        ("Interaction", factories.interaction(position=-1), "position"),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(propensity=0.0)]),
            "items[0].propensity",
        ),
    ],
)
def test_semantically_invalid_is_invalid(name: str, record: dict[str, Any], field: str) -> None:
    data = encode(name, record, validate=False)
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.reason == "invalid"
    assert field in info.value.message


def test_decode_errors_do_not_echo_personal_data() -> None:
    record = factories.interaction(user_id="alice@example.com", tenant="")
    with pytest.raises(DecodeError) as info:
        decode(encode("Interaction", record, validate=False))
    assert "alice" not in str(info.value)


# --- encode validation names the field ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "record", "field", "problem"),
    [
        (
            "Interaction",
            factories.interaction(position="x"),
            "position",
            "expected an int, got str",
        ),
        (
            "Interaction",
            factories.interaction(event_time=1.5),
            "event_time",
            "expected a long, got float",
        ),
        ("Interaction", factories.interaction(kind="LIKE"), "kind", "expected one of"),
        (
            "Interaction",
            factories.interaction(context={"k": 1}),
            "context['k']",
            "expected a string",
        ),
        ("Interaction", factories.interaction(position=True), "position", "got bool"),
        ("Interaction", factories.interaction(position=2**31), "position", "out of range"),
        ("Interaction", {**factories.interaction(), "userid": "u"}, "userid", "not a field"),
        (
            "Interaction",
            {k: v for k, v in factories.interaction().items() if k != "tenant"},
            "tenant",
            "is required",
        ),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(propensity="x")]),
            "items[0].propensity",
            "expected a double, got str",
        ),
        (
            "Recommendation",
            factories.recommendation(
                items=[factories.ranked_item(), {"item_id": "i", "score": 1.0}]
            ),
            "items[1].propensity",
            "is required",
        ),
        (
            "CleanEvent",
            factories.clean_event(source={"topic": "t", "partition": "0", "offset": 1}),
            "source.partition",
            "expected an int",
        ),
        ("DeadLetter", factories.dead_letter(original="text"), "original", "expected a bytes"),
    ],
)
def test_encode_validation_names_the_field(
    name: str, record: dict[str, Any], field: str, problem: str
) -> None:
    with pytest.raises(EventValidationError) as info:
        encode(name, record)
    assert info.value.field == field
    assert problem in info.value.problem


def test_encode_runs_semantic_rules() -> None:
    with pytest.raises(EventValidationError) as info:
        encode(
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(propensity=1.5)]),
        )
    assert info.value.field == "items[0].propensity"


def test_unencodable_record_without_validation_is_still_a_validation_error() -> None:
    with pytest.raises(EventValidationError):
        encode("Interaction", factories.interaction(position="x"), validate=False)


# --- semantic rules -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_NAMES)
def test_factories_satisfy_the_rules(name: str) -> None:
    validate_semantics(name, factories.FACTORIES[name]())


@pytest.mark.parametrize(
    ("name", "record", "field"),
    [
        ("Interaction", factories.interaction(kind="DWELL", dwell_ms=None), "dwell_ms"),
        ("Interaction", factories.interaction(kind="RATING", rating=None), "rating"),
        ("Interaction", factories.interaction(rating=float("nan")), "rating"),
        ("Interaction", factories.interaction(position=0), "position"),
        ("Interaction", factories.interaction(dwell_ms=-5), "dwell_ms"),
        ("Interaction", factories.interaction(request_id=""), "request_id"),
        ("Interaction", factories.interaction(event_time=-1), "event_time"),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(propensity=-0.1)]),
            "items[0].propensity",
        ),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(position=0)]),
            "items[0].position",
        ),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(), factories.ranked_item()]),
            "items[1].position",
        ),
        (
            "Recommendation",
            factories.recommendation(items=[factories.ranked_item(score=float("inf"))]),
            "items[0].score",
        ),
        ("Cost", factories.cost(cost_micros=-1), "cost_micros"),
        ("Cost", factories.cost(user_id=""), "user_id"),
        ("Consent", factories.consent(request_id=""), "request_id"),
        ("ControlCommand", factories.control_command(signature="XYZ"), "signature"),
        ("CleanEvent", factories.clean_event(pii_counts={"EMAIL": -1}), "pii_counts['EMAIL']"),
        (
            "CleanEvent",
            factories.clean_event(source={"topic": "t", "partition": -1, "offset": 0}),
            "source.partition",
        ),
        ("Alert", factories.alert(value=float("nan")), "value"),
        ("AuditRecord", factories.audit_record(actor=""), "actor"),
        ("DeadLetter", factories.dead_letter(original_size=1), "original_size"),
    ],
)
def test_semantic_rules_name_the_field(name: str, record: dict[str, Any], field: str) -> None:
    with pytest.raises(EventValidationError) as info:
        validate_semantics(name, record)
    assert info.value.field == field


def test_propensity_of_one_is_valid() -> None:
    validate_semantics(
        "Recommendation", factories.recommendation(items=[factories.ranked_item(propensity=1.0)])
    )


# --- property: bad input only ever raises DecodeError -------------------------------------


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    name=st.sampled_from(ALL_NAMES),
    body=st.binary(max_size=200),
    cut=st.integers(min_value=0, max_value=400),
    flips=st.lists(st.tuples(st.integers(min_value=10), st.integers(0, 255)), max_size=4),
)
def test_garbage_only_raises_decode_error(
    name: str, body: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    """Random bodies, truncations and byte flips behind a valid header never escape as any
    other exception type (the privacy gate dead-letters on DecodeError alone)."""
    valid = bytearray(encode(name, factories.FACTORIES[name]()))
    for at, byte in flips:
        valid[at % len(valid)] = byte
    for data in (bytes(valid[:cut]), bytes(valid), valid[:10] + body):
        try:
            outcome = decode(bytes(data)).name
        except DecodeError as exc:
            outcome = exc.reason
        assert outcome in codec.REASONS or outcome in ALL_NAMES


@pytest.mark.parametrize("tenant", ["a|b", "{acme}", "acme/eu", "a:b", "x" * 65, "ac me"])
def test_tenant_must_be_a_plain_name(tenant: str) -> None:
    with pytest.raises(EventValidationError) as info:
        encode("Interaction", factories.interaction(tenant=tenant))
    assert info.value.field == "tenant"


def test_surface_must_be_a_plain_name() -> None:
    with pytest.raises(EventValidationError) as info:
        encode("Interaction", factories.interaction(surface="home|top"))
    assert info.value.field == "surface"
