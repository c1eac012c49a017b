"""(stop 43) A lone capitalised given name that no rule found, kept when the learned scorer is
sure of it.

The rules find a lone name by its cue ("ask Grace", "Thanks,\\nGrace"); a name in a frame no
rule knows ("★★★★★ Alessandro at the counter was amazing", "Jagannath payout to ... bounced")
passes. Here a capitalised word that a bundled list holds as a given name, that is no English
word, stands alone (no capitalised word or name particle next to it: that is a longer name,
which the rules read whole; not glued to code; not one of a list) and that no span covers, is
a person when the learned name-in-context scorer (:mod:`person13_scorer`, the same weights as
its veto) gives it a probability of at least :data:`SURE`; the look-alike filters that every
name passes then have their say ("Siri[bot]", "Hudson nightly"). A text whose only capitals
open sentences (keyboard capitals) is left to the caseless rules.

The threshold was chosen on a validation split, not on the tuning halves, where the rules had
already taken the easy names: the held halves of hard_holdout10/11, struct12 and sets 13-27
(added spans right: 39 of 44 words at 0.95, 55 of 67 at 0.9). The held halves of sets 28-41,
hard_fresh and hard_test stay the test (docs/redaction.md, stop 43).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, common_words, english_words, first_names
from processors.redaction.name_autocaps import _keyboard_lowered
from processors.redaction.person13_fast import WordScorer
from processors.redaction.person13_words import _low
from processors.redaction.person37_things import drop_things37
from processors.redaction.person42_code import drop_code_names
from processors.redaction.person_neg_contexts import drop_lookalike_persons
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates

__all__ = ["SURE", "lone_given_names", "lone_names_after_redaction"]

# What may stand right before and after a lone name: prose's spaces and punctuation.
_OPENERS: Final = frozenset(["", " ", "\n", "\t", "(", '"', "'", "\u201c", "\u2018"])
_CLOSERS: Final = frozenset(
    ["", " ", "\n", "\t", ",", ".", "!", "?", ":", ";", ")", '"', "'", "\u201d", "\u2019"]
)

# A capitalised word of three letters or more standing alone (no "-", "'" or letter glued to
# it): the only words the rule reads (speed: the text is cut into words only for them).
# (Speed: the capital first and the look-behind after it, so that the regex engine skips
# straight to capitals instead of trying the look-behind everywhere.)
_CAPITALISED: Final = re.compile(
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f](?<![\w'\u2019-].)[^\W\d_]{2,}(?![\w'\u2019-])"
)
_FIRED: Final = FiredGates()  # (whether a word passed: see lone_names_after_redaction)

# Capitalised words joined as a list (the list rules read those): the run around a candidate.
_LIST_RUN: Final = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:(?:, ?| and | or | & |/)[A-Z][\w'\u2019-]*)+"
)

SURE: Final = 0.95
_SURE_LOG_ODDS: Final = math.log(SURE / (1.0 - SURE))


def lone_given_names(text: str, spans: Sequence[PiiSpan]) -> list[PiiSpan]:
    """The lone given names of ``text`` (see the module docstring) that no span of ``spans``
    covers. With no spans it finds a superset of what it finds with some (the re-scan guard
    asks it so)."""
    if text.islower() or text.isupper():
        _FIRED.note(text, 0)
        return []  # (no capitalised word of lower-case letters: the caseless rules read it)
    given, english, common = first_names(), english_words(), common_words()
    found: list[PiiSpan] = []
    scorer: WordScorer | None = None  # (speed: made for the first candidate that passes)
    index = 0
    passed = 0  # (1 once a word passed the tests that a redaction cannot make pass)
    for match in _CAPITALISED.finditer(text):
        start, end = match.span()
        word = match.group()
        if not (word[0].isupper() and word[1:].islower()):
            continue
        low = _low(word)
        if low not in given or low in english or low in common:
            continue
        if any(span.start < end and start < span.end for span in spans):
            continue
        if text[start - 1 : start] not in _OPENERS or text[end : end + 1] not in _CLOSERS:
            continue  # (glued to code: "Siri[bot]", "@Grace", "user=Amir"; keys have rules)
        if not passed:
            passed = 1
            if _keyboard_lowered(text) is not None:
                break  # (its only capitals open sentences: they tell no name, "Priya called")
        if _in_list(text, start, end):
            continue  # (one of a list: "Sales: Radomir, Zdenka", "Brennan, Doyle and Walsh")
        if scorer is None:
            scorer = WordScorer(text)
        while index < scorer.fill(index + 1) and scorer.words[index][0] < start:
            index += 1
        if index == len(scorer.words) or scorer.words[index][0] != start:
            continue  # (not a word of its own: "Amir" of "3Amir")
        scorer.fill(index + 2)  # (the next word, for _next_to_name_word)
        if _next_to_name_word(text, scorer.words, index):
            continue
        if scorer.raw_score(index) >= _SURE_LOG_ODDS:
            found.append(PiiSpan(start, end, PERSON))
    _FIRED.note(text, passed)
    if not found:
        return found
    return drop_code_names(text, drop_things37(text, drop_lookalike_persons(text, found)))


def lone_names_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`lone_given_names` may find a name in ``text``, a redaction of
    ``source`` (when not None: the text it read last). The tests up to a word's quotes and
    brackets pass in a redaction only on words that passed them in ``source`` (a placeholder
    is no listed name, and one beside a word gives it a "<" or ">" neighbour), so when none
    passed there, none passes here (speed: the re-scan guard asks this)."""
    if _FIRED.fired_for(source) == 0:
        return False
    return len(lone_given_names(text, ())) > 0


def _in_list(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is one of a list of three capitalised words or more
    ("Brennan, Doyle and Walsh"), or of two after a label's colon ("Sales: Radomir, Zdenka")."""
    line_start = text.rfind("\n", 0, start) + 1
    for run in _LIST_RUN.finditer(text, line_start, min(len(text), end + 80)):
        if run.start() <= start and end <= run.end():
            items = len(_LIST_JOIN.findall(run.group())) + 1
            return items >= 3 or text[line_start : run.start()].rstrip().endswith(":")
    return False


_LIST_JOIN: Final = re.compile(r", ?| and | or | & |/")


def _next_to_name_word(text: str, words: list[tuple[int, int]], index: int) -> bool:
    """A capitalised word or a name particle one space before or after word ``index``: part
    of a longer name ("Ingrid van der Berg", "Siwan ferch Prosser"), which is not lone."""
    start, end = words[index]
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        o_start, o_end = words[other]
        gap = text[o_end:start] if other < index else text[end:o_start]
        if gap != " ":
            continue
        neighbour = text[o_start:o_end]
        if neighbour[0].isupper() or neighbour.lower() in NAME_PARTICLES:
            return True
    return False
