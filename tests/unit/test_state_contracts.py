"""Contracts every processor state stored in a Faust table keeps, in the spirit of river's
``utils/estimator_checks`` (``yield_checks``).

For each state type with a schema in ``schemas/state/``:

1. it round-trips through its Avro schema (``to_record`` -> ``encode_state`` ->
   ``decode_state`` -> ``from_record``), empty and after a few events;
2. replaying the same events gives the same state, down to the encoded bytes;
3. defaults are not shared mutables: two fresh states share no mutable object, and neither the
   record a state gives nor the record it was read from is an alias of its insides.

Adding a state type is one entry in :data:`CONTRACTS`; a schema without one fails
:func:`test_every_state_schema_has_a_contract`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from processors.budget import BudgetCounter, apply_amount, newly_crossed
from processors.budget_caps import CapChange, CapOverrides, apply_cap_change
from processors.control.audit_chain import ChainHead
from processors.control.experiment_commands import promote
from processors.control.flags import Flag, FlagBook
from processors.control.rollback import HealthBook
from processors.control.state import ControlState
from processors.event_ids import EventIdChunk, EventIdWindow, EventIdWindowConfig
from processors.experiments.outcomes import (
    ActionFact,
    ArmStats,
    CostFact,
    PartitionStats,
    ServedFact,
    UserOutcomes,
    apply_fact,
)
from processors.experiments.reallocation import reallocate
from processors.experiments.spec import Experiment, parse_spec
from processors.experiments.totals import ExperimentTotals
from processors.item_bandit import ItemCounts, apply_update
from processors.popularity import PopularityState, apply_engagement
from processors.profile import Profile, ProfileConfig, apply_event
from processors.served import BanditUpdate, Origin, ServedState, on_click, on_served
from processors.slot_counts import SlotCounts
from schemas import state as state_module
from schemas.state import decode_state, encode_state
from tests import factories
from tests.factories import EVENT_TIME_MS
from tests.unit.test_schema_docs import _undocumented

STATE_DIR = Path(state_module.__file__).parent / "state"
HALF_LIFE_MS = 7 * 24 * 3_600_000.0


@dataclasses.dataclass(frozen=True)
class StateContract:
    """One stored state type: its schema, a fresh state, and a fixed replay of a few events."""

    schema: str
    """Name of ``schemas/state/<schema>.avsc``."""
    state_type: type[Any]
    """The frozen dataclass with ``to_record`` and a ``from_record`` classmethod."""
    empty: Callable[[], Any]
    """A fresh state, as a stage starts a new key with."""
    replay: Callable[[], Any]
    """The state after applying the same few events (redeliveries included) to ``empty()``."""

    def __str__(self) -> str:
        return self.schema


# --- replays: a few events each, with a redelivery, through the processor's own functions ---


def _popularity() -> PopularityState:
    state = PopularityState()
    for weight, time_ms, partition, offset in [
        (1.0, EVENT_TIME_MS, 0, 10),
        (3.0, EVENT_TIME_MS + 60_000, 1, 4),
        (1.0, EVENT_TIME_MS, 0, 10),  # redelivered
        (0.5, EVENT_TIME_MS + 120_000, 0, 11),
    ]:
        applied = apply_engagement(
            state,
            weight=weight,
            event_time_ms=time_ms,
            source_partition=partition,
            source_offset=offset,
            half_life_ms=HALF_LIFE_MS,
        )
        state = applied or state
    return state


def _item_counts() -> ItemCounts:
    counts = ItemCounts.empty(3)
    for update in [
        BanditUpdate("item-1", 1, 1, 0, Origin("r", 0, 5)),
        BanditUpdate("item-1", 2, 0, 1, Origin("i", 2, 40)),
        BanditUpdate("item-1", 2, 0, 1, Origin("i", 2, 40)),  # redelivered
        BanditUpdate("item-1", 7, 1, 1, Origin("r", 0, 6)),  # pooled into the last position
    ]:
        counts = apply_update(counts, update) or counts
    return counts


def _served() -> ServedState:
    state = ServedState()
    state, _, _ = on_click(state, "b", EVENT_TIME_MS, Origin("i", 1, 30))  # before the list
    state, _ = on_served(state, {"a": 1, "b": 2}, EVENT_TIME_MS + 5, Origin("r", 0, 9))
    state, _ = on_served(state, {"a": 1, "b": 2}, EVENT_TIME_MS + 5, Origin("r", 0, 9))
    state, _, _ = on_click(state, "a", EVENT_TIME_MS + 9, Origin("i", 1, 31))
    state, _, _ = on_click(state, "zz", EVENT_TIME_MS + 9, Origin("i", 1, 32))  # not served
    return state


def _profile() -> Profile:
    config = ProfileConfig()
    profile = Profile()
    features = {"brand": "brand=acme", "colour": "colour=red"}
    for kind, item_id, offset, extra in [
        ("CLICK", "item-1", 100, {}),
        ("DWELL", "item-1", 101, {"dwell_ms": 20_000}),
        ("RATING", "item-2", 102, {"rating": 2.0}),
        ("CLICK", "item-1", 100, {}),  # redelivered
        ("REJECT", "item-3", 103, {}),
    ]:
        event = factories.clean_event(
            kind=kind,
            item_id=item_id,
            event_time=EVENT_TIME_MS + 1_000 * offset,
            source={"topic": "interactions", "partition": 0, "offset": offset},
            **extra,
        )
        profile = apply_event(profile, event, features, config) or profile
    return profile


def _event_id_chunk() -> EventIdChunk:
    window = EventIdWindow(3, EventIdWindowConfig())
    for event_id, offset in [("e1", 50), ("e2", 51), ("e1", 52), ("e2", 51), ("e3", 53)]:
        window.check(event_id, offset, EVENT_TIME_MS + offset)
    (chunk,) = window.take_changes().writes.values()
    return chunk


def _control_state() -> ControlState:
    flags = FlagBook.of(
        [
            ("acme", Flag(mode="on", rollout_percent=25.0, rollout_history=(0.0, 10.0))),
            ("acme/home", Flag(mode="observe", holdback_percent=5.0, killed=True, version=7)),
        ]
    )
    state = ControlState(9, flags, {("alice", "n1"): 1_700_000_300_000}, frozenset({"ab" * 8}))
    spec = parse_spec(
        {
            "id": "exp-1",
            "tenant": "acme",
            "surface": "home",
            "arms": [
                {"name": "control", "policy": "p1"},
                {"name": "bold", "policy": "p2", "config": {"serve": "popular"}},
            ],
            "primary_metric": "ctr",
            "guardrail_metrics": ["error_rate"],
        }
    )
    state, _ = state.with_experiment(Experiment(spec), 1_700_000_000_000)
    state, _ = promote(state, state.experiments["exp-1"].with_status("running", 1), "bold", 2)
    bandit = parse_spec(
        {
            "id": "exp-2", "tenant": "acme", "surface": "search", "primary_metric": "acceptance",
            "arms": [{"name": "control", "policy": "p1"}, {"name": "calm", "policy": "p3"}],
            "allocation": "bandit", "bandit": {"burn_in_users": 5, "update_every_minutes": 0},
        }
    )  # fmt: skip
    arms = {"control": ArmStats(200, {"accepted": 9.0}), "calm": ArmStats(200, {"accepted": 40.0})}
    moved = reallocate(Experiment(bandit).with_status("running", 3), arms, 4)
    assert moved is not None
    state, _ = state.with_experiment(moved, 4)
    return state


def _experiment_user() -> UserOutcomes:
    user = UserOutcomes()
    for fact, kind, offset in [
        (ActionFact("CLICK", "home", "r0", EVENT_TIME_MS), "i", 3),  # waits for its list
        (ServedFact("home", "r1", "exp-1", "bold", EVENT_TIME_MS), "r", 4),
        (ActionFact("CLICK", "home", "r1", EVENT_TIME_MS + 5), "i", 9),
        (ActionFact("CLICK", "home", "r1", EVENT_TIME_MS + 5), "i", 9),  # redelivered
        (ActionFact("ACCEPT", "home", "r1", EVENT_TIME_MS + 900), "i", 10),
        (CostFact("r1", 1200, 350, True), "c", 2),
    ]:
        applied = apply_fact(user, fact, kind, offset, may_wait=True)
        user = applied[0] if applied else user
    return user


def _experiment_partition() -> PartitionStats:
    arms, user = PartitionStats(), UserOutcomes()
    for fact, kind, offset in [
        (ServedFact("home", "r1", "exp-1", "bold", EVENT_TIME_MS), "r", 4),
        (ActionFact("ACCEPT", "home", "r1", EVENT_TIME_MS + 900), "i", 10),
        (ActionFact("ACCEPT", "home", "r1", EVENT_TIME_MS + 900), "i", 10),  # redelivered
        (CostFact("r1", 1200, 350, False), "c", 2),
    ]:
        applied = apply_fact(user, fact, kind, offset)
        if applied and applied[1]:
            user, update = applied
            arms = arms.apply(update, kind, offset) or arms
    return arms


def _experiment_totals() -> ExperimentTotals:
    totals = ExperimentTotals()
    arms = _experiment_partition().arms
    for partition, version in [(0, 3), (1, 8), (1, 8)]:
        totals = totals.with_snapshot(partition, version, arms) or totals
    return totals


def _health_book() -> HealthBook:
    book = HealthBook().add(0, 41, [("acme", 1_700_000_000_000, 30, 2, 45_000)], keep=10)
    return book.add(3, 7, [("acme", 1_700_000_060_000, 12, 0, 9_000)], keep=10)


def _slot_counts() -> SlotCounts:
    counts = SlotCounts()
    for accepted, offset in [(True, 3), (False, 5), (True, 5), (True, 9)]:
        counts = counts.count(accepted, offset) or counts
    return counts


def _chain_head() -> ChainHead:
    head, _ = ChainHead().append(factories.audit_record(), 4)
    return head


def _budget_counter() -> BudgetCounter:
    counter = BudgetCounter()
    for amount, partition, offset in [(400, 0, 7), (300, 1, 2), (400, 0, 7), (250, 0, 8)]:
        applied = apply_amount(
            counter, amount, partition=partition, offset=offset, period_end_ms=EVENT_TIME_MS
        )
        counter, _ = newly_crossed(applied or counter, 1_000)
    return counter


def _budget_caps() -> CapOverrides:
    caps = CapOverrides()
    for change in [
        CapChange("tenant", "acme", 5_000_000),
        CapChange("expert", "acme", 3),
        CapChange("global", None, 90_000_000),
        CapChange("expert", "acme", None),  # back to the default
    ]:
        caps = apply_cap_change(caps, change)
    return caps


#: Every stored state type. One line each; keep in step with ``schemas/state/``.
CONTRACTS: tuple[StateContract, ...] = (
    StateContract("PopularityState", PopularityState, PopularityState, _popularity),
    StateContract("ItemCounts", ItemCounts, lambda: ItemCounts.empty(3), _item_counts),
    StateContract("ServedState", ServedState, ServedState, _served),
    StateContract("ProfileState", Profile, Profile, _profile),
    StateContract("EventIdChunk", EventIdChunk, lambda: EventIdChunk(0, 0, 0, 0), _event_id_chunk),
    StateContract("ControlState", ControlState, ControlState, _control_state),
    StateContract("AuditChainHead", ChainHead, ChainHead, _chain_head),
    StateContract("SlotCounts", SlotCounts, SlotCounts, _slot_counts),
    StateContract("RolloutHealthState", HealthBook, HealthBook, _health_book),
    StateContract("BudgetCounter", BudgetCounter, BudgetCounter, _budget_counter),
    StateContract("BudgetCaps", CapOverrides, CapOverrides, _budget_caps),
    StateContract("ExperimentUser", UserOutcomes, UserOutcomes, _experiment_user),
    StateContract("ExperimentPartition", PartitionStats, PartitionStats, _experiment_partition),
    StateContract("ExperimentTotals", ExperimentTotals, ExperimentTotals, _experiment_totals),
)


def _round_trip(contract: StateContract, state: Any) -> Any:
    encoded = encode_state(contract.schema, state.to_record())
    return contract.state_type.from_record(decode_state(contract.schema, encoded))


def _mutables(value: Any) -> Iterator[Any]:
    """Every mutable container in ``value``: itself and nested ones (dataclasses included)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _mutables(getattr(value, field.name))
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _mutables(item)
    elif isinstance(value, list | set | bytearray):
        yield value
        for item in value:
            yield from _mutables(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from _mutables(item)


def _scribble(record: Any) -> None:
    """Change every container in a record in place: add to dicts and lists, recursively."""
    if isinstance(record, dict):
        for value in record.values():
            _scribble(value)
        record["__scribbled__"] = 1
    elif isinstance(record, list):
        for value in record:
            _scribble(value)
        record.append("__scribbled__")


def _plain(record: Mapping[str, Any]) -> str:
    """A record as canonical text, to compare records holding NaN or infinities."""
    return json.dumps(record, sort_keys=True, default=repr)


# --- the contracts --------------------------------------------------------------------------


def test_every_state_schema_has_a_contract() -> None:
    schemas = sorted(path.stem for path in STATE_DIR.glob("*.avsc"))
    assert sorted(c.schema for c in CONTRACTS) == schemas


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_the_state_is_a_frozen_dataclass(contract: StateContract) -> None:
    assert dataclasses.is_dataclass(contract.state_type)
    assert contract.state_type.__dataclass_params__.frozen
    assert isinstance(contract.empty(), contract.state_type)


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_the_schema_documents_every_field(contract: StateContract) -> None:
    document = json.loads((STATE_DIR / f"{contract.schema}.avsc").read_text("utf-8"))
    assert list(_undocumented(document, "")) == []


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_an_empty_state_round_trips_through_avro(contract: StateContract) -> None:
    state = contract.empty()
    assert _round_trip(contract, state) == state


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_a_state_after_events_round_trips_through_avro(contract: StateContract) -> None:
    state = contract.replay()
    assert state != contract.empty()  # the replay did something
    assert _round_trip(contract, state) == state


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_replaying_the_same_events_gives_the_same_state(contract: StateContract) -> None:
    once, twice = contract.replay(), contract.replay()
    assert once == twice
    assert _plain(once.to_record()) == _plain(twice.to_record())
    assert encode_state(contract.schema, once.to_record()) == encode_state(
        contract.schema, twice.to_record()
    )


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
def test_fresh_states_share_no_mutable_object(contract: StateContract) -> None:
    for field in dataclasses.fields(contract.state_type):
        if field.default is not dataclasses.MISSING:
            assert not list(_mutables(field.default)), f"{field.name} has a mutable default"
    one, other = contract.empty(), contract.empty()
    theirs = {id(m) for m in _mutables(other)}
    assert not [m for m in _mutables(one) if id(m) in theirs]


@pytest.mark.parametrize("contract", CONTRACTS, ids=str)
@pytest.mark.parametrize("built", [False, True], ids=["empty", "after-events"])
def test_changing_a_record_changes_no_state(contract: StateContract, built: bool) -> None:
    make = contract.replay if built else contract.empty
    state, other = make(), make()
    before = _plain(state.to_record())
    given = state.to_record()
    _scribble(given)  # the record a state gave
    assert _plain(state.to_record()) == before
    assert _plain(other.to_record()) == before
    source = state.to_record()
    read = contract.state_type.from_record(source)
    _scribble(source)  # the record a state was read from
    assert read == state
