"""Sets 8 and 9 of the redaction corpus (``hard_holdout8/9.jsonl``) and their split by template.

Cheap checks on the committed file: the gold spans are sound, and ``load_corpus(...,
templates=...)`` splits it into two halves that share no template (even: tuned on; odd:
held out; docs/redaction.md, "Set 8"). Regenerating the file byte for byte is
``python -m bench.redaction_corpus_set8`` followed by ``git diff``; it is not run here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.redaction_eval import load_corpus, main

DATA = Path(__file__).resolve().parents[2] / "data" / "pii"
SET8 = DATA / "hard_holdout8.jsonl"


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _records(SET8)


@pytest.mark.parametrize("name", ["hard_holdout8.jsonl", "hard_holdout9.jsonl"])
def test_spans_are_sound(name: str) -> None:
    for record in _records(DATA / name):
        ends = -1
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert record["text"][span["start"] : span["end"]] == span["value"]
            assert span["start"] >= ends  # no overlap
            ends = span["end"]
        assert bool(record.get("negative")) == (not record["spans"])


def test_template_halves_partition_the_file(records: list[dict[str, Any]]) -> None:
    even = load_corpus(SET8, "even")
    odd = load_corpus(SET8, "odd")
    assert len(even) + len(odd) == len(records) == 6000
    assert {r["template_id"] % 2 for r in records} == {0, 1}
    even_texts = {text for text, _ in even}
    assert even_texts == {r["text"] for r in records if r["template_id"] % 2 == 0}
    assert even_texts.isdisjoint(text for text, _ in odd)
    # Both halves hold every entity type and look-alikes, so each is a fair sample.
    for half in (even, odd):
        kinds = {kind for _, gold in half for _, _, kind in gold}
        assert len(kinds) == 8
        assert sum(1 for _, gold in half if not gold) > 1000


def test_command_scores_one_half(capsys: pytest.CaptureFixture[str]) -> None:
    main([str(SET8), "--templates", "even"])
    assert "hard_holdout8.jsonl (even templates)" in capsys.readouterr().out


def test_command_refuses_an_unknown_half() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(SET8), "--templates", "third"])
    assert exit_info.value.code == 2
