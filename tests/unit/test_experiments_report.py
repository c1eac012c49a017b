"""The results report's multiplicity: Holm across treatment arms x goal metrics."""

from __future__ import annotations

from statsmodels.stats.multitest import multipletests

from processors.experiments.outcomes import ArmStats
from processors.experiments.report import analyse
from processors.experiments.spec import parse_spec


def arm(users: int, accepted: int, clicks: int) -> ArmStats:
    """An arm: ``accepted`` users converted; ``clicks`` clicks over one list per user."""
    sums = {"accepted": float(accepted), "clicks": float(clicks), "lists": float(users)}
    squares = {"accepted": float(accepted), "clicks": float(clicks), "lists": float(users)}
    return ArmStats(users, sums, squares, {"clicks*lists": float(clicks)})


def test_goal_metrics_get_holm_adjusted_p_values_equal_to_statsmodels() -> None:
    spec = parse_spec(
        {
            "id": "exp-holm",
            "tenant": "acme",
            "surface": "home",
            "arms": [
                {"name": "control", "weight": 1},
                {"name": "b", "weight": 1},
                {"name": "c", "weight": 1},
            ],
            "primary_metric": "acceptance",
            "secondary_metrics": ["ctr"],
            "guardrail_metrics": ["accept_rate"],
        }
    )
    stats = {
        "control": arm(4000, 400, 900),
        "b": arm(4000, 470, 960),
        "c": arm(4000, 420, 1010),
    }
    report = analyse(spec, stats)
    goals = [m for m in report.metrics if m.role != "guardrail" and m.p_value is not None]
    assert len(goals) == 4  # 2 treatment arms x (primary + secondary)
    expected = multipletests([m.p_value for m in goals], method="holm")[1]
    for m, p in zip(goals, expected, strict=True):
        assert m.p_holm is not None
        assert abs(m.p_holm - p) < 1e-12
    guardrails = [m for m in report.metrics if m.role == "guardrail"]
    assert all(m.p_holm is None for m in guardrails)  # as GrowthBook: not corrected
    for m in goals:
        if m.role == "secondary" and m.verdict in ("better", "worse"):
            assert m.p_holm < spec.alpha
