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
