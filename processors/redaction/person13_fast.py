"""The veto's word scores without feature strings (stop 40 speed round).

``person13_scorer._raw_score`` builds about 30 feature strings per word (a prefix and a value
joined), hashes each and looks it up in the model's one dict: the veto spent most of its time
there. :class:`WordScorer` looks the same weights up in tables split by prefix (built once from
the model file's dict), keyed by the value alone, and computes each word's neighbour facts
(lower case, class) once per text. It adds the same weights in the same order as ``sum`` over
:func:`person13_scorer.token_features` does, so every score is bit-identical (a feature the
model lacks weighs 0.0 there, and adding 0.0 changes no sum that starts at 0.0);
``token_features`` stays the one definition of the features (the trainer reads it).

A feature made of two values joined ("l1+gap=" word + gap) is looked up in a dict of dicts
holding the splits of each model key into two parts at every place the parts can meet (the
case letter is one character, a gap at most seven): a lookup (a, b) finds a weight exactly
when the joined string a + b is a model key, whatever characters the parts hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.person13_words import (
    _POSSESSIVES,
    TOKEN,
    _fast_shape,
    _gap,
    _lists,
    _low,
    _word_class,
    model,
)

__all__ = ["WordScorer"]

_PAIR_PREFIXES: Final = (
    "case+lists=",
    "l1cls+case=",
    "l1+gap=",
    "linestart+case+lists=",
    "r1cls+case=",
    "r1+gap=",
    "l1+case=",
    "r1+case=",
)
_LABEL: Final = "label:"
# The lists-marks string ("FEWPSK" in order, each mark when the word is in that list) for each
# bit mask: built once, so the lookups hash no new string.
_MARKS: Final = "FEWPSK"
_MASK_TEXT: Final[list[str]] = [
    "".join(mark for bit, mark in enumerate(_MARKS) if mask >> bit & 1) for mask in range(64)
]


class _Tables:
    """The model's weights split by prefix: value -> weight, and for the two-part features
    first part -> second part -> weight (attributes, not dict entries: compiled, reading one
    is a field load)."""

    def __init__(self, weights: dict[str, float]) -> None:
        single: dict[str, dict[str, float]] = {}
        pairs: dict[str, dict[str, dict[str, float]]] = {}
        constant: dict[str, float] = {}
        for key, weight in weights.items():
            if key.startswith(_LABEL) and "=" not in key:
                single.setdefault(_LABEL, {})[key[len(_LABEL) :]] = weight
                continue
            prefix, equals, value = key.partition("=")
            if not equals:
                constant[key] = weight
                continue
            prefix += "="
            if prefix in _PAIR_PREFIXES:
                table = pairs.setdefault(prefix, {})
                for cut in _cuts(prefix, len(value)):
                    table.setdefault(value[:cut], {})[value[cut:]] = weight
            else:
                single.setdefault(prefix, {})[value] = weight
        self.bias = constant.get("bias", 0.0)
        self.poss = constant.get("poss", 0.0)
        self.multiline = constant.get("multiline", 0.0)
        self.has_at = constant.get("has@", 0.0)
        self.shape = single.get("shape=", {})
        self.len = single.get("len=", {})
        self.lists = single.get("lists=", {})
        self.suf2 = single.get("suf2=", {})
        self.suf3 = single.get("suf3=", {})
        self.pre2 = single.get("pre2=", {})
        self.caseless_lists = single.get("caseless+lists=", {})
        self.lgap = single.get("lgap=", {})
        self.l1 = single.get("l1=", {})
        self.l1cls = single.get("l1cls=", {})
        self.l2 = single.get("l2=", {})
        self.lgapend = single.get("lgapend=", {})
        self.rgap = single.get("rgap=", {})
        self.alone_gap = single.get("alone+gap=", {})
        self.r1 = single.get("r1=", {})
        self.r1cls = single.get("r1cls=", {})
        self.r2 = single.get("r2=", {})
        self.lr = single.get("lr=", {})
        self.label = single.get(_LABEL, {})
        self.case_lists = pairs.get("case+lists=", {})
        self.l1cls_case = pairs.get("l1cls+case=", {})
        self.l1_gap = pairs.get("l1+gap=", {})
        self.linestart = pairs.get("linestart+case+lists=", {})
        self.r1cls_case = pairs.get("r1cls+case=", {})
        self.r1_gap = pairs.get("r1+gap=", {})
        self.l1_case = pairs.get("l1+case=", {})
        self.r1_case = pairs.get("r1+case=", {})


# The longest gap (_gap's "NL" and two marks, after "BOS" or "EOS"): the gap part of a key.
_GAP_MAX: Final = 7


def _cuts(prefix: str, size: int) -> range:
    """Where a two-part key of ``prefix`` whose value has ``size`` characters may be split:
    every place its parts can meet (speed: the tables are built at the first veto)."""
    if prefix == "case+lists=" or prefix == "linestart+case+lists=":
        return range(1, 2)  # (the case letter first)
    if prefix == "r1+gap=":
        return range(1, min(size, _GAP_MAX) + 1)  # (the gap first; a gap is never empty)
    if prefix == "l1+gap=":
        return range(max(0, size - _GAP_MAX), size)  # (the gap last)
    return range(max(0, size - 1), size)  # (a word or class, then the case letter)


_TABLES: Final[list[_Tables]] = []
_EMPTY: Final[dict[str, float]] = {}


def _tables() -> _Tables:
    """The model's tables (built on first use)."""
    if not _TABLES:
        _TABLES.append(_Tables(model()[0]))
    return _TABLES[0]


class WordScorer:
    """The raw scores (log-odds) of the words of one text, with the words read lazily."""

    def __init__(self, text: str) -> None:
        self.tables = _tables()
        self.text = text
        self.words: list[tuple[int, int]] = []
        self._matches: Iterator[re.Match[str]] | None = TOKEN.finditer(text)
        self._lows: dict[int, str] = {}
        self._classes: dict[int, str] = {}
        # (several rules often find the same span: each word is scored once)
        self._scores: dict[int, float] = {}
        self.caseless = text.islower()
        self.multiline = "\n" in text
        self.has_at = "@" in text

    def fill(self, count: int) -> int:
        """Read words until ``count`` are known or the text ends; the number known."""
        words = self.words
        matches = self._matches
        while len(words) < count and matches is not None:
            match = next(matches, None)
            if match is None:
                self._matches = None
                break
            words.append(match.span())
        return len(words)

    def _neighbour(self, index: int) -> tuple[str, str]:
        """Word ``index`` as a neighbour: its lower case and its class (see _word_class)."""
        low = self._lows.get(index)
        if low is None:
            start, end = self.words[index]
            word = self.text[start:end]
            low = _low(word)
            self._lows[index] = low
            self._classes[index] = _word_class(word)
        return low, self._classes[index]

    def raw_score(self, index: int) -> float:
        """``person13_scorer._raw_score(text, all words, index)``, bit for bit."""
        score = self._scores.get(index)
        if score is None:
            score = self._score(index)
            self._scores[index] = score
        return score

    def _score(self, index: int) -> float:
        known = self.fill(index + 3)  # (the right context reads two words on)
        t = self.tables
        text = self.text
        words = self.words
        start, end = words[index]
        word = text[start:end]
        possessive = word.endswith(_POSSESSIVES) and len(word) > 3
        if possessive:
            word = word[:-2]
        low = _low(word)
        total = 0.0
        total += t.bias
        total += t.shape.get(_fast_shape(word), 0.0)
        total += t.len.get(str(min(len(word), 10)), 0.0)
        case = "C" if word[0].isupper() else "l"
        if word.isupper() and len(word) > 1:
            case = "U"
        mask = 0
        bit = 1
        for words_list in _lists():
            if low in words_list:
                mask |= bit
            bit <<= 1
        lists = _MASK_TEXT[mask]
        total += t.lists.get(lists, 0.0)
        total += t.case_lists.get(case, _EMPTY).get(lists, 0.0)
        total += t.suf2.get(low[-2:], 0.0)
        total += t.suf3.get(low[-3:], 0.0)
        total += t.pre2.get(low[:2], 0.0)
        if possessive:
            total += t.poss
        if self.caseless:
            total += t.caseless_lists.get(lists, 0.0)
        # left context
        if index > 0:
            left_end = words[index - 1][1]
            before = text[left_end:start]
            gap = _gap(before)
            left_low, left_class = self._neighbour(index - 1)
        else:
            before = text[:start]
            gap = "BOS" + _gap(before)
            left_low, left_class = "", "none"
        line_start = index == 0 or "\n" in before
        total += t.lgap.get(gap, 0.0)
        total += t.l1.get(left_low, 0.0)
        total += t.l1cls.get(left_class, 0.0)
        total += t.l1cls_case.get(left_class, _EMPTY).get(case, 0.0)
        total += t.l1_gap.get(left_low, _EMPTY).get(gap, 0.0)
        l2 = self._neighbour(index - 2)[0] if index > 1 else "<none>"
        total += t.l2.get(l2, 0.0)
        if line_start:
            total += t.linestart.get(case, _EMPTY).get(lists, 0.0)
        stripped = before.rstrip()
        if stripped:
            total += t.lgapend.get(stripped[-1], 0.0)
        # right context
        last = index + 1 >= known
        if last:
            after = text[end:]
            rgap = "EOS" + _gap(after)
            right_low, right_class = "", "none"
        else:
            after = text[end : words[index + 1][0]]
            rgap = _gap(after)
            right_low, right_class = self._neighbour(index + 1)
        total += t.rgap.get(rgap, 0.0)
        if line_start and (last or "\n" in after):
            total += t.alone_gap.get(gap, 0.0)
        total += t.r1.get(right_low, 0.0)
        total += t.r1cls.get(right_class, 0.0)
        total += t.r1cls_case.get(right_class, _EMPTY).get(case, 0.0)
        total += t.r1_gap.get(rgap, _EMPTY).get(right_low, 0.0)
        r2 = self._neighbour(index + 2)[0] if index + 2 < known else "<none>"
        total += t.r2.get(r2, 0.0)
        total += t.lr.get(left_class + "|" + right_class, 0.0)
        total += t.l1_case.get(left_low, _EMPTY).get(case, 0.0)
        total += t.r1_case.get(right_low, _EMPTY).get(case, 0.0)
        if self.multiline:
            total += t.multiline
        if self.has_at:
            total += t.has_at
        if index > 0 and ":" in before:
            total += t.label.get(left_low, 0.0)
        return total
