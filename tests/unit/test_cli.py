"""The command line: --help everywhere, and one plain sentence for a bad argument or setting."""

from __future__ import annotations

import pytest

from streams.cli import COMMAND_MODULES, build_parser, main

COMMANDS = (
    "up", "down", "status", "provision", "worker", "demo", "redact", "config", "rank", "replay",
    "backfill", "ope",
)  # fmt: skip


def test_every_module_registers_a_command() -> None:
    assert len(COMMAND_MODULES) >= 6
    choices = build_parser()._subparsers._group_actions[0].choices  # argparse keeps them there
    assert set(COMMANDS) <= set(choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_works_for_every_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: personalize {command}")


def test_bad_setting_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PERSONALIZE_TOP_K", "lots")
    assert main(["config"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "personalize config: setting 'top_k' must be an integer, got 'lots'"
    assert "Traceback" not in err


def test_unknown_setting_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PERSONALIZE_TOPK", "5")
    assert main(["config"]) == 2
    assert "PERSONALIZE_TOPK" in capsys.readouterr().err


def test_config_masks_secrets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PERSONALIZE_PSEUDONYM_SECRET", "hunter2")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out
    assert "pseudonym_secret = Secret('**********')" in out


def test_a_reader_gone_away_ends_a_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`personalize status | head`: a closed pipe ends the command with no traceback. (capsys:
    a stdout without a file descriptor, so the test's own descriptors stay as they are.)"""

    def closed_pipe(args: object) -> int:
        raise BrokenPipeError

    monkeypatch.setattr("streams.cli.services.run_status", closed_pipe)
    assert main(["status"]) == 0
