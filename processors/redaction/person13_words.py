"""The words the learned name scorer reads and its model file (``person13_scorer``'s string
features and ``person13_fast``'s tables both build on these): the word pattern, the lower
case both compiled and pure code agree on, a word's shape and class, the bundled lists a word
may stand in, the punctuation between two words, and the weights of ``data/name_scorer.tsv``.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Final

from processors.redaction.lexicon import (
    common_words,
    english_words,
    first_names,
    place_names,
    surname_words,
)

__all__ = ["TOKEN", "model", "thresholds"]

# A word: letters, possibly joined by hyphens or apostrophes ("Do-hyun", "O'Neil"), or a run of
# digits (a neighbour only). "_" is no letter here.
TOKEN: Final = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")

_POSSESSIVES: Final[tuple[str, ...]] = ("'s", "\u2019s")


def _low(text: str) -> str:
    """``text.lower()`` with a final sigma (U+03C2) as a plain one (U+03C3): compiled with
    mypyc, ``lower`` maps a capital sigma to the plain one everywhere, while CPython writes the
    final form at a word's end; features must not depend on which one runs (the retraining
    test compares the model byte for byte)."""
    return text.lower().replace("\u03c2", "\u03c3")


_WEIGHTS: Final[dict[str, float]] = {}
_LINE: Final = re.compile(r"^([^#\n][^\t\n]*)\t([^\t\n]+)$", re.MULTILINE)  # feature, weight
_THRESHOLDS: dict[str, float] = {}
_COUNTRIES: Final[set[str]] = set()


def model() -> tuple[dict[str, float], dict[str, float]]:
    """The feature weights and the thresholds (``veto``, ``add``) of ``data/name_scorer.tsv``."""
    if not _WEIGHTS:
        data = resources.files("processors.redaction").joinpath("data", "name_scorer.tsv")
        pairs = _LINE.findall(data.read_text("utf-8"))  # (one C-level scan: 16,000 lines)
        _WEIGHTS.update(zip([k for k, _ in pairs], map(float, [v for _, v in pairs]), strict=True))
        for name in [k for k in _WEIGHTS if k.startswith("=threshold:")]:
            _THRESHOLDS[name[11:]] = _WEIGHTS.pop(name)
    return _WEIGHTS, _THRESHOLDS


def _countries() -> set[str]:
    if not _COUNTRIES:
        data = resources.files("processors.redaction").joinpath("data", "country_names.txt")
        _COUNTRIES.update(line for line in data.read_text("utf-8").splitlines() if line)
    return _COUNTRIES


def _shape(word: str) -> str:
    """Upper -> X, lower -> x, digit -> d, others kept; repeats of one class collapsed."""
    out: list[str] = []
    last = ""
    for char in word:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if kind != last:
            out.append(kind)
            last = kind
    return "".join(out)


def _word_class(word: str) -> str:
    """A neighbour's kind: number, placeholder-like capitals, known name, capitalised, lower."""
    if not word:
        return "none"
    if not word.isalpha() and any(c.isdigit() for c in word):
        return "num"
    low = _low(word)
    name = low in _lists()[0]
    if word.isupper() and len(word) > 1:
        return "caps"
    if word[0].isupper():
        return "capname" if name else "capeng" if low in _lists()[1] else "capother"
    return "name" if name else "eng" if low in _lists()[1] else "other"


_LISTS: Final[list[frozenset[str]]] = []


def _lists() -> list[frozenset[str]]:
    """first_names, english_words, common_words, place_names, surname_words, countries."""
    if not _LISTS:
        _LISTS.extend([first_names(), english_words(), common_words(), place_names()])
        _LISTS.extend([surname_words(), frozenset(_countries())])
    return _LISTS


_LIST_MARKS: Final = "FEWPSK"


def _gap(text: str) -> str:
    """The punctuation between two words: spaces dropped, a line break as "NL"."""
    if text == " ":
        return "_"
    kept = text.replace(" ", "").replace("\t", "").replace("\r", "")
    if "\n" in kept:
        return "NL" + kept.replace("\n", "")[:2]
    return kept[:3] if kept else "_"


def _fast_shape(word: str) -> str:
    """:func:`_shape` of ``word``, without a loop for the common ASCII shapes."""
    if word.isascii() and word.isalpha():
        if word.islower():
            return "x"
        if word.isupper():
            return "X"
        if word[0].isupper() and word[1:].islower():
            return "Xx"
    return _shape(word)


def thresholds() -> dict[str, float]:
    """The thresholds of the model file (``veto``, ``add``), read without its weights: they are
    its first lines after the comments."""
    if not _THRESHOLDS:
        data = resources.files("processors.redaction").joinpath("data", "name_scorer.tsv")
        for line in data.read_text("utf-8").split("\n", 8)[:8]:
            if line.startswith("=threshold:"):
                name, _, value = line.rpartition("\t")
                _THRESHOLDS[name[11:]] = float(value)
    return _THRESHOLDS
