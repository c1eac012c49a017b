"""``personalize replay``: bad arguments and candidate policies fail in one sentence, early."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.cli import main
from streams.cli.replay import load_policy
from streams.settings import load_settings


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--namespace", "a b"], "namespace 'a b' must be 1-64 letters"),
        (["--namespace", "n", "--from-offset", "1", "--from-time", "5"], "not both"),
        (["--namespace", "n", "--to-offset", "1", "--until", "5"], "not both"),
        (["--namespace", "n", "--obd", "random/kids"], "--obd must be"),
        (["--namespace", "n", "--part", "0/2", "--obd", "random/all"], "replayed whole"),
    ],
)
def test_bad_arguments_are_one_sentence(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["replay", *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("part", "message"),
    [("2/2", "0 <= I < K, got 2/2"), ("half", "expected I/K, e.g. 0/4, got 'half'")],
)
def test_a_bad_part_is_one_sentence(
    part: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["replay", "--namespace", "n", "--part", part])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_an_unknown_policy_key_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "p.json"
    policy.write_text(json.dumps({"epsilon": 0.1, "explore": 3}))
    assert main(["replay", "--namespace", "n", "--policy", str(policy)]) == 2
    assert "unknown key 'explore'" in capsys.readouterr().err


def test_a_policy_sets_the_ranking_and_examination(tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text("epsilon = 0.2\nprior_a = 2.0\nexamination = [1.0, 0.5, 0.25, 0.1]\n")
    config, settings = load_policy(policy, load_settings(env={}))
    assert config.ranking.epsilon == 0.2
    assert config.ranking.prior_a == 2.0
    assert config.theta == (1.0, 0.5, 0.25, 0.1)
    assert settings.positions == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--candidate", "c.json", "--days", "0"], "must be in (0, 366] days"),
        (["--candidate", "c.json", "--days", "week"], "expected a number of days"),
        (["--candidate", "missing.json", "--days", "1"], "cannot read the policy file"),
    ],
)
def test_backfill_arguments_fail_in_one_sentence(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["backfill", *args])
    except SystemExit as exit_info:  # argparse's own refusal: usage line plus the sentence
        code = int(exit_info.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
