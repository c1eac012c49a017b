"""A learned name-in-context scorer for PERSON (round 13).

A logistic regression, trained offline by ``bench/train_name_scorer.py`` on our generated
corpora, scores one word as "inside a person name" from what surrounds it and from what kind of
word it is: its shape, case and length, which bundled word lists hold it, its first and last
letters, the lower-cased neighbouring words and the punctuation between them, its place in the
line. The word's own identity is no feature (that would learn the corpora's pools of names).
The weights live in ``data/name_scorer.tsv`` and are read once, on first use.

:func:`token_features` is shared by the training script and the run time, so both compute the
same features. :func:`veto13` (hooked at the end of ``names.find_names``) drops a PERSON span
none of whose words scores above the model file's ``veto`` threshold, unless a key, a table
header or the span's own line says it is a name; it only removes spans, so
``may_contain_names`` stays exact and ``redact`` idempotent. :func:`add13` adds spans for
uncovered candidates scoring above the ``add`` threshold; it is not hooked. The veto is on at
0.01 since stop 39 (the model retrained on every tuning split), the add mode off (2): see
``bench/train_name_scorer.py`` for how both were chosen.
"""

from __future__ import annotations

import math
import re
from itertools import repeat
from typing import Final

from processors.redaction.csv_rows import csv_fields
from processors.redaction.lexicon import common_words, first_names
from processors.redaction.name_cue_words import _KEY_CUE, KEY_WORDS
from processors.redaction.person13_fast import WordScorer
from processors.redaction.person13_words import (
    _LIST_MARKS,
    _POSSESSIVES,
    TOKEN,
    _fast_shape,
    _gap,
    _lists,
    _low,
    _word_class,
    model,
    thresholds,
)
from processors.redaction.spans import PERSON, PiiSpan

__all__ = [
    "TOKEN",
    "add13",
    "is_candidate",
    "model",
    "score_tokens",
    "thresholds",
    "token_features",
    "veto13",
]


def token_features(text: str, spans: list[tuple[int, int]], index: int) -> list[str]:
    """The features of word ``index`` of ``spans`` (the :data:`TOKEN` matches of ``text``)."""
    start, end = spans[index]
    word = text[start:end]
    possessive = word.endswith(_POSSESSIVES) and len(word) > 3
    if possessive:
        word = word[:-2]
    low = _low(word)
    feats = ["bias", "shape=" + _fast_shape(word), "len=" + str(min(len(word), 10))]
    case = "C" if word[0].isupper() else "l"
    if word.isupper() and len(word) > 1:
        case = "U"
    lists = ""
    for mark, words in zip(_LIST_MARKS, _lists(), strict=True):
        if low in words:
            lists += mark
    feats.append("lists=" + lists)
    feats.append("case+lists=" + case + lists)
    feats.append("suf2=" + low[-2:])
    feats.append("suf3=" + low[-3:])
    feats.append("pre2=" + low[:2])
    if possessive:
        feats.append("poss")
    if text.islower():
        feats.append("caseless+lists=" + lists)
    # left context
    if index > 0:
        left_start, left_end = spans[index - 1]
        before = text[left_end:start]
        left = text[left_start:left_end]
        gap = _gap(before)
    else:
        before = text[:start]
        left = ""
        gap = "BOS" + _gap(before)
    left_low = _low(left)
    left_class = _word_class(left)
    line_start = index == 0 or "\n" in before
    feats.append("lgap=" + gap)
    feats.append("l1=" + left_low)
    feats.append("l1cls=" + left_class)
    feats.append("l1cls+case=" + left_class + case)
    feats.append("l1+gap=" + left_low + gap)
    if index > 1:
        feats.append("l2=" + _low(text[spans[index - 2][0] : spans[index - 2][1]]))
    else:
        feats.append("l2=<none>")
    if line_start:
        feats.append("linestart+case+lists=" + case + lists)
    stripped = before.rstrip()
    if stripped:
        feats.append("lgapend=" + stripped[-1])
    # right context
    last = index + 1 >= len(spans)
    if last:
        after = text[end:]
        right = ""
        rgap = "EOS" + _gap(after)
    else:
        right_start, right_end = spans[index + 1]
        after = text[end:right_start]
        right = text[right_start:right_end]
        rgap = _gap(after)
    right_low = _low(right)
    right_class = _word_class(right)
    feats.append("rgap=" + rgap)
    if line_start and (last or "\n" in after):
        feats.append("alone+gap=" + gap)
    feats.append("r1=" + right_low)
    feats.append("r1cls=" + right_class)
    feats.append("r1cls+case=" + right_class + case)
    feats.append("r1+gap=" + rgap + right_low)
    if index + 2 < len(spans):
        feats.append("r2=" + _low(text[spans[index + 2][0] : spans[index + 2][1]]))
    else:
        feats.append("r2=<none>")
    feats.append("lr=" + left_class + "|" + right_class)
    feats.append("l1+case=" + left_low + case)
    feats.append("r1+case=" + right_low + case)
    if "\n" in text:
        feats.append("multiline")
    if "@" in text:
        feats.append("has@")
    if index > 0 and ":" in before:
        feats.append("label:" + left_low)
    return feats


def _raw_score(text: str, spans: list[tuple[int, int]], index: int) -> float:
    """The log-odds that word ``index`` lies in a person name."""
    feats = token_features(text, spans, index)
    return sum(map(model()[0].get, feats, repeat(0.0, len(feats))))


def score_tokens(text: str, spans: list[tuple[int, int]], index: int) -> float:
    """The probability that word ``index`` lies in a person name (see :func:`token_features`)."""
    total = _raw_score(text, spans, index)
    if total < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def _overlaps(start: int, end: int, spans: list[PiiSpan]) -> bool:
    return any(start < span.end and end > span.start for span in spans)


def veto13(text: str, found: list[PiiSpan], threshold: float = -1.0) -> list[PiiSpan]:
    """``found`` without the PERSON spans none of whose words scores ``threshold`` or more (by
    default the model file's ``veto`` threshold; 0 or less: off)."""
    if threshold < 0.0:
        threshold = thresholds().get("veto", 0.0)
    if threshold <= 0.0 or not found:
        return found
    limit = math.log(threshold / (1.0 - threshold))  # (the same test on the log-odds)
    scorer: WordScorer | None = None
    kept: list[PiiSpan] = []
    for span in found:
        if span.entity_type == PERSON:
            if scorer is None:
                # (stop 40) the same scores as _raw_score, without its feature strings, and
                # the text's words read only as far as a span and its right context need
                scorer = WordScorer(text)
            keep = False
            index = 0
            while index < scorer.fill(index + 1):
                start, end = scorer.words[index]
                if start >= span.end:
                    break
                if end > span.start and scorer.raw_score(index) >= limit:
                    keep = True
                    break
                index += 1
            if not (
                keep
                or _person_key_before(text, span.start)
                or _whole_line(text, span)
                or _person_column(text, span)
            ):
                continue
        kept.append(span)
    return kept


def _person_key_before(text: str, start: int) -> bool:
    """The span is the value of a key that names a person ("assignee=", '"owner": "'): the
    key says more than the words around it, so the veto leaves it (stop 24)."""
    return _KEY_CUE.search(text, max(0, start - 24), start) is not None


_BULLETS: Final = ("-", "*", "\u2013", "\u2014", "\u2022")


def _whole_line(text: str, span: PiiSpan) -> bool:
    """The span is a whole line after a bullet or dash ("\n* Yoshida Shun", "\n- sohini"), or
    the text's last line (a sign-off "\nwilhelmina"): a name standing alone so says more than
    the words around it, which the scorer reads (stop 39: the retrained veto dropped such
    names). A first line alone is no such sign (a title: "Plover Cottage\nguest book")."""
    head = text[text.rfind("\n", 0, span.start) + 1 : span.start].strip()
    end = text.find("\n", span.end)
    if text[span.end : len(text) if end < 0 else end].strip():
        return False
    return head in _BULLETS if head else not text[span.end :].strip()


_PERSON_HEADER: Final = re.compile(r"(?i)\s*" + KEY_WORDS + r"\s*")
_CELL_SEPARATORS: Final = ("|", "\t", ",")


def _person_column(text: str, span: PiiSpan) -> bool:
    """The span is a whole cell of a table (Markdown, tab- or comma-separated) under a header
    that names a person ("| host | ip | owner |" ... "| malik |"; "first_name,phone"): the
    header is the key of the cell, as a key before a value is (see :func:`_person_key_before`)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    header_end = text.find("\n")
    if line_start == 0 or header_end < 0:
        return False
    line_end = text.find("\n", span.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for separator in _CELL_SEPARATORS:
        if separator not in line:
            continue
        cells = _cells(line, separator)
        index = max(i for i, (offset, _) in enumerate(cells) if offset <= span.start - line_start)
        if cells[index][1].strip() != text[span.start : span.end]:
            return False
        header = _cells(text[:header_end], separator)
        return index < len(header) and _PERSON_HEADER.fullmatch(header[index][1]) is not None
    return False


def _cells(line: str, separator: str) -> list[tuple[int, str]]:
    """The cells of a table line with their offsets; a comma-separated line as CSV reads it
    (a quoted field may hold commas: :func:`csv_rows.csv_fields`)."""
    if separator == ",":
        return csv_fields(line)
    cells: list[tuple[int, str]] = []
    offset = 0
    for cell in line.split(separator):
        cells.append((offset, cell))
        offset += len(cell) + 1
    return cells


def is_candidate(word: str) -> bool:
    """A word a person's name could be: capitalised, or a listed given name, or no common
    English word (the 6,000 most frequent)."""
    if not word[0].isalpha():
        return False
    if word[0].isupper():
        return True
    low = _low(word)
    if low.endswith(_POSSESSIVES):
        low = low[:-2]
    return low in first_names() or low not in common_words()


def add13(text: str, found: list[PiiSpan], threshold: float = -1.0) -> list[PiiSpan]:
    """``found`` plus a PERSON span for each run of candidates (one space apart) that no span
    covers and that score at least ``threshold`` (by default the model file's ``add``
    threshold; above 1: off). A possessive "'s" is left out."""
    if threshold < 0.0:
        threshold = thresholds().get("add", 2.0)
    if threshold > 1.0:
        return found
    words = [match.span() for match in TOKEN.finditer(text)]
    added: list[PiiSpan] = []
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        if not is_candidate(word) or _overlaps(start, end, found):
            continue
        if score_tokens(text, words, index) < threshold:
            continue
        if word.endswith(_POSSESSIVES) and len(word) > 3:
            end -= 2
        if added and text[added[-1].end : start] == " ":
            added[-1] = PiiSpan(added[-1].start, end, PERSON)
        else:
            added.append(PiiSpan(start, end, PERSON))
    return found + added if added else found
