"""The catalog processor: upserts, retirement, feature keys, order independence, the schema."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fastavro import schemaless_reader, schemaless_writer
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.catalog import (
    CatalogState,
    apply_catalog,
    feature_key,
    feature_values,
)
from schemas.codec import decode, encode
from schemas.registry import load_registry
from tests import factories
from tests.factories import EVENT_TIME_MS


def apply_all(records: list[dict[str, Any]], state: CatalogState | None = None) -> CatalogState:
    state = state or CatalogState()
    for record in records:
        state = apply_catalog(state, record)
    return state


def _active(state: CatalogState) -> dict[str, bool]:
    return {item: record["active"] for item, record in state.item_to_record.items()}


def test_upsert_keeps_the_newest_record() -> None:
    old = factories.catalog_item(categorical_features={"brand": "old"})
    new = factories.catalog_item(
        categorical_features={"brand": "new"}, updated_at=EVENT_TIME_MS + 1
    )
    for order in ([old, new], [new, old]):
        state = apply_all(order)
        assert feature_values(state, "item-1") == {"brand": "brand=new"}
        assert state.tenant == "acme"


def test_retired_items_are_kept_but_not_active() -> None:
    state = apply_all(
        [
            factories.catalog_item(),
            factories.catalog_item(item_id="item-2"),
            factories.catalog_item(active=False, updated_at=EVENT_TIME_MS + 5),
        ]
    )
    assert _active(state) == {"item-1": False, "item-2": True}
    # A late, older record does not bring the retired item back.
    assert _active(apply_catalog(state, factories.catalog_item())) == {
        "item-1": False,
        "item-2": True,
    }
    # A retired item keeps its features, for late interactions with it.
    assert feature_values(state, "item-1") == {"brand": "brand=acme", "category": "category=shoes"}


def test_feature_values_are_profile_feature_keys() -> None:
    state = apply_all([factories.catalog_item()])
    assert feature_values(state, "item-1") == {
        "brand": feature_key("brand", "acme"),
        "category": "category=shoes",
    }
    assert feature_values(state, "unknown") == {}


def test_reapplying_a_record_returns_the_same_state() -> None:
    state = apply_all([factories.catalog_item()])
    assert apply_catalog(state, factories.catalog_item()) is state


def test_another_tenant_is_refused() -> None:
    state = apply_all([factories.catalog_item()])
    with pytest.raises(ValueError, match="another tenant"):
        apply_catalog(state, factories.catalog_item(tenant="globex"))


def test_state_does_not_share_the_input_record() -> None:
    record = factories.catalog_item()
    state = apply_catalog(CatalogState(), record)
    record["categorical_features"]["brand"] = "changed"
    assert feature_values(state, "item-1")["brand"] == "brand=acme"
    assert CatalogState().item_to_record is not CatalogState().item_to_record


catalog_record = st.builds(
    lambda item, brand, active, updated: factories.catalog_item(
        item_id=item,
        categorical_features={"brand": brand},
        active=active,
        updated_at=EVENT_TIME_MS + updated,
    ),
    st.sampled_from(["item-1", "item-2", "item-3"]),
    st.sampled_from(["acme", "globex", "initech"]),
    st.booleans(),
    st.integers(min_value=0, max_value=3),  # few distinct times: ties are common
)


@settings(max_examples=200, deadline=None)
@given(st.lists(catalog_record, max_size=20), st.randoms(use_true_random=False))
def test_any_order_and_any_redelivery_gives_the_same_state(
    records: list[dict[str, Any]], rng: Any
) -> None:
    once = apply_all(records)
    shuffled = [*records, *records]
    rng.shuffle(shuffled)
    assert apply_all(shuffled) == once
    for item, record in once.item_to_record.items():
        newest = max(r["updated_at"] for r in records if r["item_id"] == item)
        assert record["updated_at"] == newest


@settings(max_examples=50, deadline=None)
@given(st.lists(catalog_record, max_size=10))
def test_state_record_round_trips_through_the_catalog_item_schema(
    records: list[dict[str, Any]],
) -> None:
    state = apply_all(records)
    schema = load_registry().schema("CatalogItem")
    items = []
    for item in state.to_record()["items"]:
        buffer = io.BytesIO()
        schemaless_writer(buffer, schema, item)
        buffer.seek(0)
        items.append(schemaless_reader(buffer, schema, schema))
    assert CatalogState.from_record({"tenant": state.tenant, "items": items}) == state


def test_catalog_item_round_trips_through_the_codec() -> None:
    record = factories.catalog_item()
    decoded = decode(encode("CatalogItem", record))
    assert decoded.name == "CatalogItem"
    assert decoded.record == record
    assert type(decoded.record["updated_at"]) is int
