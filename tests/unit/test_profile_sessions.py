"""The session fast path of the profile equals the general merge, event after event."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from processors.profile import SESSION_RETENTION_MS, Session, _merged_session, _with_session

_GAP = 1_800_000
# Steps between events around the gap (continue, bridge, reopen, arrive late), and now and
# then one near the retention (prune).
_STEPS = st.lists(
    st.one_of(
        st.integers(min_value=-2 * _GAP, max_value=3 * _GAP),
        st.integers(min_value=0, max_value=SESSION_RETENTION_MS + _GAP),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=500)
@given(_STEPS)
# A late event bridging the latest session and the one before it: both merge.
@example([0, 10 * _GAP // 50, 70 * _GAP // 50, 10 * _GAP // 50, -25 * _GAP // 50])
# An event continuing the latest session once the first one is past the retention.
@example([0, SESSION_RETENTION_MS - _GAP // 2, 9 * _GAP // 10])
def test_fast_path_equals_the_general_merge(steps: list[int]) -> None:
    sessions: tuple[Session, ...] = ()
    last_seen = 0
    time_ms = 10 * SESSION_RETENTION_MS
    for step in steps:
        time_ms += step
        last_seen = max(last_seen, time_ms)
        horizon = last_seen - SESSION_RETENTION_MS
        expected = _merged_session(sessions, time_ms, horizon, _GAP)
        assert _with_session(sessions, time_ms, last_seen, _GAP) == expected
        sessions = expected


def test_an_event_inside_the_latest_session_changes_nothing() -> None:
    first = _with_session((), 1_000, 1_000, _GAP)
    grown = _with_session(first, 5_000, 5_000, _GAP)
    assert _with_session(grown, 3_000, 5_000, _GAP) is grown
