"""``personalize experiments analyze`` through ``streams.cli.main``: shapes, defaults, errors."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from streams.cli.main import main
from tests.unit.experiments_oracle import gbstats_arm, gbstats_srm

BINOMIAL = {
    "kind": "ab_test",
    "metric": {"type": "binomial"},
    "arms": [
        {"name": "control", "users": 1000, "sum": 100.0, "sum_squares": 100.0},
        {"name": "b", "users": 1010, "sum": 125.0, "sum_squares": 125.0},
        {"name": "empty", "users": 990, "sum": 0.0, "sum_squares": 0.0},
    ],
}
SAMPLE_SIZE = {
    "kind": "sample_size",
    "p_control": 0.10,
    "p_treatment": 0.12,
    "alpha": 0.05,
    "power": 0.8,
}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[dict[str, Any]]:
    path = tmp_path / "cases.jsonl"
    path.write_text(text, encoding="utf-8")
    assert main(["experiments", "analyze", str(path)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_frequentist_case_with_defaults_equals_gbstats_and_refuses_a_degenerate_arm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [out] = run(tmp_path, capsys, json.dumps(BINOMIAL) + "\n")
    full = {
        **BINOMIAL,
        "weights": [1 / 3] * 3,
        "engine": "frequentist",
        "sequential": False,
        "sequential_tuning": 5000.0,
        "difference": "relative",
        "alpha": 0.05,
        "prior": None,
    }
    theirs = gbstats_arm(full, 1).result
    assert theirs is not None
    assert list(out) == ["arms", "srm_p"]
    b, empty = out["arms"]
    assert list(b) == ["arm", "expected", "ci", "p_value"]
    assert b["arm"] == "b"
    assert b["expected"] == pytest.approx(theirs["expected"], rel=1e-12)
    assert b["ci"] == pytest.approx(theirs["ci"], rel=1e-12)
    assert b["p_value"] == pytest.approx(theirs["p_value"], abs=1e-12)
    assert empty == {
        "arm": "empty",
        "error": "arm 'empty' has zero variance (every user has the same value 0)",
    }
    assert out["srm_p"] == pytest.approx(gbstats_srm(full), abs=1e-12)


def test_a_bayesian_case_with_a_prior_gives_chance_to_win_and_risk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = {
        **BINOMIAL,
        "engine": "bayesian",
        "prior": {"mean": 0.0, "variance": 0.09},
        "weights": [1, 1, 1],
    }
    [out] = run(tmp_path, capsys, json.dumps(case))
    b = out["arms"][0]
    assert list(b) == ["arm", "expected", "ci", "chance_to_win", "risk"]
    theirs = gbstats_arm({**case, "difference": "relative", "alpha": 0.05}, 1).result
    assert theirs is not None
    assert b["chance_to_win"] == pytest.approx(theirs["chance_to_win"], abs=1e-12)
    assert b["risk"] == pytest.approx(theirs["risk"], abs=1e-12)


def test_a_pretty_printed_single_case_and_a_sample_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, capsys, json.dumps(SAMPLE_SIZE, indent=2)) == [{"n_per_arm": 3835}]


def test_bad_lines_become_error_objects_and_the_others_are_still_analysed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_users = {
        **BINOMIAL,
        "arms": [{"name": "a", "users": -5, "sum": 0}, {"name": "b", "users": 3, "sum": 1}],
    }
    lines = [
        json.dumps(SAMPLE_SIZE),
        "{not json",
        json.dumps({"kind": "nothing"}),
        json.dumps({**BINOMIAL, "engine": "magic"}),
        json.dumps(bad_users),
        json.dumps({**BINOMIAL, "sequentail": True}),
        json.dumps(
            {
                **bad_users,
                "metric": {"type": "mean"},
                "arms": [{"name": "a", "users": 5, "sum": 1}] * 2,
            }
        ),
        "",
        json.dumps({**SAMPLE_SIZE, "p_treatment": 0.10}),
        json.dumps({**BINOMIAL, "weights": [0.5, 0.5]}),
        json.dumps({**BINOMIAL, "alpha": float("nan")}),
    ]
    out = run(tmp_path, capsys, "\n".join(lines))
    assert len(out) == 10
    assert out[0] == {"n_per_arm": 3835}
    assert [list(o) for o in out[1:]] == [["error"]] * 9
    assert out[1]["error"].startswith("line 2: not valid JSON")
    assert "unknown kind 'nothing'" in out[2]["error"]
    assert "'engine' must be one of frequentist, bayesian" in out[3]["error"]
    assert out[4]["error"] == "arm 'a': users must be a whole number >= 0, got -5"
    assert "unknown field(s) sequentail" in out[5]["error"]
    assert "missing field 'sum_squares'" in out[6]["error"]
    assert "no sample size detects no change" in out[7]["error"]
    assert "weights has 2 entries for 3 arms" in out[8]["error"]
    assert "NaN is not a number JSON allows" in out[9]["error"]


def test_a_zero_control_mean_is_an_arm_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = {
        "kind": "ab_test",
        "metric": {"type": "mean"},
        "difference": "absolute",
        "arms": [
            {"name": "c", "users": 50, "sum": 0.0, "sum_squares": 40.0},
            {"name": "t", "users": 50, "sum": 5.0, "sum_squares": 45.0},
        ],
    }
    [out] = run(tmp_path, capsys, json.dumps(case))
    assert out["arms"] == [
        {
            "arm": "t",
            "error": "the control 'c' has a mean of zero, so no lift can be measured against it",
        }
    ]


def test_stdin_and_a_missing_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(SAMPLE_SIZE) + "\n"))
    assert main(["experiments", "analyze", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n_per_arm": 3835}
    assert main(["experiments", "analyze", "/no/such/cases.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err == "personalize experiments: cannot read /no/such/cases.jsonl: no such file\n"


def test_help_lists_analyze(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["experiments", "--help"])
    assert exit_info.value.code == 0
    assert "analyze" in capsys.readouterr().out
