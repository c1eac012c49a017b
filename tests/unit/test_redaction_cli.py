"""``personalize redact`` end to end through ``streams.cli.main``."""

from __future__ import annotations

import io
import json

import pytest

from streams.cli import main


def test_redact_jsonl_reports_bad_lines_and_continues(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"text": "mail jo@example.com, Jane Roe"}),
        "{not json",
        json.dumps({"nope": 1}),
        json.dumps({"text": "nothing here"}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code = main(["redact", "--jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0] == {
        "text": "mail <EMAIL_ADDRESS>, <PERSON>",
        "spans": [
            {"start": 5, "end": 19, "entity_type": "EMAIL_ADDRESS"},
            {"start": 21, "end": 29, "entity_type": "PERSON"},
        ],
    }
    assert records[1] == {"text": "nothing here", "spans": []}
    assert "line 2" in err
    assert "line 3" in err
    assert "Traceback" not in err


def test_redact_plain_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ssn 123-45-6789\nhello\n"))
    assert main(["redact"]) == 0
    assert capsys.readouterr().out == "ssn <US_SSN>\nhello\n"


def test_redact_help_mentions_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["redact", "--help"])
    assert "--jsonl" in capsys.readouterr().out


def test_redact_with_workers_keeps_order_and_reports_bad_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [f"call Jane Roe on 415-555-01{n:02d} about order {n}" for n in range(40)]
    lines = [json.dumps({"text": text}) for text in texts]
    lines[7] = "{not json"
    stdin = "\n".join(lines) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["redact", "--jsonl"]) == 1
    one_process = capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["redact", "--jsonl", "--workers", "2"]) == 1
    two_processes = capsys.readouterr()
    assert two_processes.out == one_process.out
    assert len(two_processes.out.splitlines()) == 39
    assert "order 39" in two_processes.out.splitlines()[-1]
    assert "line 8" in two_processes.err


@pytest.mark.parametrize("value", ["0", "-1", "two", "65"])
def test_redact_rejects_a_bad_worker_count_in_one_sentence(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["redact", "--workers", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "whole number from 1 to 64" in err
    assert "Traceback" not in err
