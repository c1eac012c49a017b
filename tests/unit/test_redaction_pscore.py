"""The learned name-in-context scorer (``person13_scorer``) and its trainer.

The veto is hooked at the end of ``find_names``. Until stop 39 the model file kept both modes
off: at 0.05 the veto dropped names of the earlier rounds' rule tests (stop 24). Stop 39
retrained the model on every tuning split and turned the veto on at 0.01, the threshold at
which it lost no name in the leave-future-out check (see ``bench/train_name_scorer.py``) nor
in any rule test. These tests pin what the functions do at explicit thresholds, the hook with
the model file's veto, and that the model is reproducible.
"""

from __future__ import annotations

from importlib import resources

import pytest

from bench import train_name_scorer as trainer
from processors.redaction import detect, redact
from processors.redaction.names import find_names
from processors.redaction.person13_scorer import (
    TOKEN,
    add13,
    model,
    score_tokens,
    token_features,
    veto13,
)
from processors.redaction.spans import PERSON, PiiSpan

VETO = 0.05
_CLUB_TABLE = "team,wins,losses\nReal Sociedad,12,4\nBayern Munich,9,7"
ADD = 0.99


def _score(text: str, word: str) -> float:
    words = [m.span() for m in TOKEN.finditer(text)]
    index = next(i for i, (a, b) in enumerate(words) if text[a:b] == word)
    return score_tokens(text, words, index)


def _texts(spans: list[PiiSpan], text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans if s.entity_type == PERSON]


def test_model_file_loads_with_thresholds() -> None:
    weights, thresholds = model()
    assert len(weights) > 1000
    assert "bias" in weights
    assert set(thresholds) == {"veto", "add"}
    size = len(
        resources.files("processors.redaction").joinpath("data", "name_scorer.tsv").read_bytes()
    )
    assert size < 800_000  # (stop 39: 36,000 features from 28 tuning splits)


def test_scores_are_deterministic_probabilities() -> None:
    text = "ask for Kunga at the desk"
    first = _score(text, "Kunga")
    assert first == _score(text, "Kunga")
    assert 0.0 <= first <= 1.0


def test_the_word_itself_is_no_feature() -> None:
    text = "ask for Kunga at the desk"
    words = [m.span() for m in TOKEN.finditer(text)]
    feats = token_features(text, words, 2)
    assert not any(f.endswith("=kunga") or f.endswith("=Kunga") for f in feats)
    # the same context with another unlisted word scores the same way
    other = "ask for Zorbuk at the desk"
    assert abs(_score(text, "Kunga") - _score(other, "Zorbuk")) < 0.2


def test_context_decides() -> None:
    assert _score("ask for Kunga at the desk", "Kunga") > 0.9
    assert _score("The weather in Paris is lovely today.", "Paris") < 0.05
    assert _score("Meeting moved to Tuesday afternoon.", "Tuesday") < 0.05


def test_veto_drops_a_look_alike_and_keeps_names() -> None:
    text = "ping 2001:db8::825d not responding"
    ip = PiiSpan(5, 19, "IP_ADDRESS")
    assert veto13(text, [PiiSpan(0, 4, PERSON), ip], VETO) == [ip]
    named = "Dear Mrs Okonkwo,\nyour parcel has shipped."
    span = PiiSpan(named.index("Okonkwo"), named.index("Okonkwo") + 7, PERSON)
    assert veto13(named, [span], VETO) == [span]
    lower = "hi team\nthe build is green\n- tomasz"
    span = PiiSpan(len(lower) - 6, len(lower), PERSON)
    assert veto13(lower, [span], VETO) == [span]


def test_add_finds_names_by_context() -> None:
    text = "ask for Kunga at the desk"
    assert _texts(add13(text, [], 0.95), text) == ["Kunga"]
    lower = "hi team\nthe build is green\n- tomasz"
    assert _texts(add13(lower, [], 0.9), lower) == ["tomasz"]
    caseless = "yolotzin balogh soundcloud"
    assert _texts(add13(caseless, [], 0.85), caseless) == ["yolotzin balogh"]


def test_add_leaves_plain_text_and_covered_words_alone() -> None:
    for text in (
        "The weather in Paris is lovely today.",
        "please restart the server after the update",
        "Meeting moved to Tuesday afternoon.",
    ):
        assert add13(text, [], ADD) == []
    text = "ask for Kunga at the desk"
    covered = [PiiSpan(8, 13, PERSON)]
    assert add13(text, covered, ADD) == covered


def test_model_file_turns_the_veto_on_and_add_off() -> None:
    # (stop 39: the veto at 0.01 lost no name in the leave-future-out check; the add mode
    # stays off, see bench/train_name_scorer.py)
    assert model()[1] == {"veto": 0.01, "add": 2.0}
    assert add13("ask for Kunga at the desk", []) == []


def test_hook_vetoes_by_default() -> None:
    # (a club the rules take for a person: the veto drops it; the names of the rule tests stay)
    text = _CLUB_TABLE
    assert _texts(find_names(text), text) == []
    for named, name in (
        ("Waiting on Quillon to reply.", "Quillon"),
        ("<Kwesiba> anyone around?", "Kwesiba"),
        ("did jennifer reply to u?", "jennifer"),
    ):
        assert name in _texts(find_names(named), named)


def test_the_veto_leaves_the_value_of_a_person_key() -> None:
    text = "ticket=4411 status=open assignee=Kunga Dorje prio=2"
    span = PiiSpan(text.index("Kunga"), text.index(" prio"), PERSON)
    assert veto13(text, [span], 0.99) == [span]


def test_hook_vetoes_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(model()[1], "veto", VETO)
    text = _CLUB_TABLE
    assert _texts(find_names(text), text) == []
    assert detect(text) == ()
    for named, name in (
        ("Dear Mrs Okonkwo,\nyour parcel has shipped.", "Okonkwo"),
        ("thanks so much\nsee you soon\n- Tomasz Kowalski", "Tomasz Kowalski"),
        ("ask for Kunga Dorje at the front desk", "Kunga Dorje"),
    ):
        assert name in _texts(find_names(named), named)
        once = redact(named).text
        assert redact(once).text == once


def test_retraining_gives_the_same_weights() -> None:
    feats: list[list[str]] = []
    labels: list[int] = []
    for corpus in trainer.load(trainer.TRAIN).values():
        f, y = trainer.examples(corpus)
        feats += f
        labels += y
    weights = trainer.prune(trainer.train(feats, labels))
    stored = resources.files("processors.redaction").joinpath("data", "name_scorer.tsv")
    lines = [
        line
        for line in stored.read_text("utf-8").splitlines()
        if line and not line.startswith(("#", "=threshold:"))
    ]
    stored_weights = dict(line.split("\t") for line in lines)
    # (the same features; each weight within two of its last digits: a CPU with other SIMD
    # paths for numpy's exp may round the odd weight to its neighbour)
    assert list(stored_weights) == list(weights)
    assert all(abs(float(stored_weights[f]) - w) <= 0.002 for f, w in weights.items())
