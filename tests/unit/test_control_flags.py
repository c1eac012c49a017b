"""Flags and bucketing: resolution by scope, and sticky, monotone, uniform buckets."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import chisquare

from processors.control.bucketing import BUCKETS, bucket, in_percent
from processors.control.flags import Flag, FlagBook

user_keys = st.text(alphabet="0123456789abcdef", min_size=8, max_size=32)
percents = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)


@given(user_keys, percents, percents)
def test_bucketing_is_monotone_as_a_rollout_grows(user_key: str, low: float, high: float) -> None:
    low, high = sorted((low, high))
    if in_percent("rollout", "acme", user_key, low):
        assert in_percent("rollout", "acme", user_key, high)


@given(user_keys)
def test_bucketing_is_sticky_and_covers_the_ends(user_key: str) -> None:
    assert bucket("rollout", "acme", user_key) == bucket("rollout", "acme", user_key)
    assert not in_percent("rollout", "acme", user_key, 0.0)
    assert in_percent("rollout", "acme", user_key, 100.0)


def test_buckets_are_uniform_by_chi_square() -> None:
    # 200,000 pseudonym-like ids into 100 cells of 100 buckets each.
    ids = [hashlib.sha256(str(i).encode()).hexdigest()[:16] for i in range(200_000)]
    cells = [0] * 100
    for user_key in ids:
        cells[bucket("rollout", "acme", user_key) * 100 // BUCKETS] += 1
    assert chisquare(cells).pvalue > 0.001
    share = sum(in_percent("rollout", "acme", u, 10.0) for u in ids) / len(ids)
    assert abs(share - 0.10) < 0.005


def test_rollout_and_holdback_buckets_are_independent() -> None:
    ids = [hashlib.sha256(str(i).encode()).hexdigest()[:16] for i in range(50_000)]
    both = sum(
        in_percent("rollout", "acme", u, 50.0) and in_percent("holdback", "acme", u, 50.0)
        for u in ids
    )
    assert abs(both / len(ids) - 0.25) < 0.01


def test_no_flags_personalizes_everyone() -> None:
    serving = FlagBook().decide("acme", "home", "u1")
    assert serving.personalize
    assert serving.learn
    assert serving.reason is None


def test_a_kill_at_any_enclosing_scope_wins() -> None:
    book = FlagBook.of([("*", Flag(killed=True)), ("acme/home", Flag(mode="on"))])
    assert book.decide("acme", "home", "u1").reason == "killed"
    assert not book.learning("acme", "home")
    book = FlagBook.of([("acme", Flag(killed=True))])
    assert book.decide("acme", "search", "u1").reason == "killed"
    assert book.decide("other", "search", "u1").personalize


def test_the_most_specific_flag_sets_mode_and_rollout() -> None:
    book = FlagBook.of([("acme", Flag(mode="off")), ("acme/home", Flag(mode="observe"))])
    home = book.decide("acme", "home", "u1")
    assert (home.learn, home.personalize, home.reason) == (True, False, "observe")
    search = book.decide("acme", "search", "u1")
    assert (search.learn, search.personalize, search.reason) == (False, False, "off")


def test_holdback_users_never_get_personalization_even_at_full_rollout() -> None:
    book = FlagBook.of([("acme", Flag(rollout_percent=100.0, holdback_percent=20.0))])
    ids = [f"user-{i}" for i in range(5_000)]
    reasons = [book.decide("acme", "home", u).reason for u in ids]
    held = reasons.count("holdback") / len(ids)
    assert 0.17 < held < 0.23
    assert set(reasons) == {None, "holdback"}


def test_outside_the_rollout_users_learn_but_get_the_fallback() -> None:
    book = FlagBook.of([("acme", Flag(rollout_percent=10.0))])
    decisions = [book.decide("acme", "home", f"user-{i}") for i in range(2_000)]
    assert all(d.learn for d in decisions)
    assert 0.07 < sum(d.personalize for d in decisions) / 2_000 < 0.13
    assert {d.reason for d in decisions if not d.personalize} == {"rollout"}


def test_a_book_round_trips_through_json() -> None:
    book = FlagBook.of([("acme", Flag(mode="observe", rollout_history=(0.0, 10.0), version=3))])
    assert FlagBook.from_json(book.to_json()) == book
