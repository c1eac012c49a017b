"""The item catalog of one tenant: latest ``CatalogItem`` per item, upserts in any order.

Each ``CatalogItem`` record (``schemas/CatalogItem.avsc``) replaces the known record of its item
if it is newer. "Newer" is a total order, ``(updated_at, canonical JSON of the record)``, so two
different records with the same ``updated_at`` resolve the same way whichever comes first:
:func:`apply_catalog` is commutative and idempotent, and a replay or a redelivery, in any order,
gives the same state. Retired items (``active`` false) are kept, so a late, older record cannot
bring them back, and interactions with them still map to their features.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CatalogState", "apply_catalog", "feature_key", "feature_keys", "feature_values"]

CatalogRecord = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class CatalogState:
    """The catalog of one tenant: the winning ``CatalogItem`` record of every item id.

    ``tenant`` is empty until the first record binds it.
    """

    tenant: str = ""
    item_to_record: Mapping[str, CatalogRecord] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The state as ``{"tenant", "items"}``; each item is a ``CatalogItem`` record."""
        return {
            "tenant": self.tenant,
            "items": [_copy(self.item_to_record[item]) for item in sorted(self.item_to_record)],
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> CatalogState:
        """Inverse of :meth:`to_record`."""
        items = [_copy(item) for item in record["items"]]
        return cls(tenant=str(record["tenant"]), item_to_record={i["item_id"]: i for i in items})


def _copy(record: CatalogRecord) -> dict[str, Any]:
    """A fresh record with its own feature maps, so the state shares nothing with the input."""
    return {
        "tenant": record["tenant"],
        "item_id": record["item_id"],
        "categorical_features": dict(record["categorical_features"]),
        "numeric_features": dict(record["numeric_features"]),
        "active": bool(record["active"]),
        "updated_at": int(record["updated_at"]),
    }


def _version(record: CatalogRecord) -> tuple[int, str]:
    return int(record["updated_at"]), json.dumps(_copy(record), sort_keys=True)


def apply_catalog(state: CatalogState, record: CatalogRecord) -> CatalogState:
    """The catalog after one upsert: the record wins if it is newer than the item's known one.

    Returns ``state`` itself when nothing changes. Raises ``ValueError`` for a record of
    another tenant (the catalog table is keyed by tenant, so that is a routing bug).
    """
    tenant = record["tenant"]
    if state.tenant and tenant != state.tenant:
        raise ValueError("catalog record belongs to another tenant")
    item_id = record["item_id"]
    known = state.item_to_record.get(item_id)
    if known is not None and _version(record) <= _version(known):
        return state
    return CatalogState(
        tenant=tenant, item_to_record={**state.item_to_record, item_id: _copy(record)}
    )


def feature_key(name: str, value: str) -> str:
    """The profile feature key of one categorical feature value: ``"name=value"``."""
    return f"{name}={value}"


def feature_keys(categorical_features: Mapping[str, str]) -> dict[str, str]:
    """Categorical features as profile feature keys by name: ``{"brand": "brand=acme"}``."""
    return {name: feature_key(name, value) for name, value in sorted(categorical_features.items())}


def feature_values(state: CatalogState, item_id: str) -> dict[str, str]:
    """The item's categorical features as profile feature keys, by feature name.

    ``{"brand": "brand=acme"}``; empty for an unknown item. Retired items keep their features,
    so a late interaction with one still teaches the profile about them.
    """
    record = state.item_to_record.get(item_id)
    if record is None:
        return {}
    return feature_keys(record["categorical_features"])
