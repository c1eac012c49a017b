"""The case probe (bench/redaction_case_probe.py) rewrites texts without moving gold spans."""

from __future__ import annotations

import pytest

from bench.redaction_case_probe import REWRITES, main, probe


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_a_rewrite_keeps_every_gold_span_in_place(name: str) -> None:
    text = "Refund Ana Lima via IBAN. Thanks, Ana"
    gold = {(7, 15), (34, 37)}
    rewritten = REWRITES[name](text, gold)
    assert len(rewritten) == len(text)
    for start, end in gold:
        assert rewritten[start:end].lower() == text[start:end].lower()


def test_names_only_lowers_the_names() -> None:
    assert REWRITES["names"]("Refund Ana Lima now", {(7, 15)}) == "Refund ana lima now"


def test_the_probe_scores_every_rewrite_of_one_register(capsys: pytest.CaptureFixture[str]) -> None:
    totals = probe("tuning", "chat")
    assert set(totals) == set(REWRITES)
    written = totals["as"]
    assert written[0] + written[2] == totals["lower"][0] + totals["lower"][2] > 0  # (same gold)
    assert main(["--split", "tuning", "--register", "chat"]) == 0
    assert "| lower |" in capsys.readouterr().out
