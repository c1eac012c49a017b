"""Names in caseless (lower-case) text: a given name and a surname that is no English word,
and lone given names behind a cheap screen for their cues.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    common_words,
    english_words,
    first_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_cue_words import (
    _CUE_TRIGGERS,
    _CUE_WORDS,
    _PAIR_CUES,
    _SAID_WORDS,
    _WORD_CUES,
)
from processors.redaction.name_lone import _lone_names, _sign_offs
from processors.redaction.name_words import (
    _L,
    _LONE_NAME_OK_CASELESS,
    _PARTICLES,
    _is_name_word,
    _uncommon,
)
from processors.redaction.person10_caseless import english_pair_person10
from processors.redaction.spans import PERSON, PiiSpan

_LOWER_WORD: Final = re.compile(
    # (stop 25: a second or third barrel may hold an apostrophe, "lindqvist-o'rourke")
    rf"(?<![\w@.'\u2019+-]){_L}+(?:['\u2019]{_L}{{2,}})?"
    rf"(?:-{_L}+(?:['\u2019]{_L}{{2,}})?){{0,2}}(?![\w@]|\.\w)"
)


def _lowercase_names(text: str, out: list[PiiSpan]) -> None:
    """Given name (from the list) + optional initial + a non-common word, in caseless text."""
    words = list(_LOWER_WORD.finditer(text))
    given = first_names()
    stop = stop_words()
    index = 0
    while index < len(words) - 1:
        first = words[index]
        word = first.group()
        # An unlisted given name still counts when it is not English either ("searlait
        # lebatelier"): two such words in a row are a name far more often than anything else.
        unlisted = (
            word not in given
            and _uncommon(word)
            and word not in english_words()  # (set 7: not "router firmware")
            and _pair_cued(text, words, index)
        )
        if (word not in given and not unlisted) or word in stop or word in _CUE_WORDS:
            index += 1
            continue
        nxt = index + 1
        gap = text[first.end() : words[nxt].start()]
        if len(words[nxt].group()) == 1 and gap == " " and nxt + 1 < len(words):
            gap2 = text[words[nxt].end() : words[nxt + 1].start()]
            if gap2 in (" ", ". "):
                nxt += 1
                gap = " "
        # Lower-case particles before the surname: "marco van der berg".
        while (
            words[nxt].group() in _PARTICLES
            and nxt + 1 < len(words)
            and text[words[nxt].end() : words[nxt + 1].start()] == " "
        ):
            nxt += 1
        last = words[nxt]
        surname = last.group()
        # A common English word is no surname in caseless text ("lukas said").
        ok = (
            _uncommon(surname)
            if unlisted
            else _is_name_word(surname)
            and (surname not in common_words() or surname in surname_words())
        )
        if ok and english_pair_person10(text, word, last, unlisted):  # (set 10) "server ip"
            ok = False
        if ok and _verb_form(text, last):  # (stop 27) "ysabeau reckons the number is ..."
            out.append(PiiSpan(first.start(), first.end(), PERSON))
            index = nxt + 1
            continue
        if gap == " " and len(surname) > 1 and ok:
            out.append(PiiSpan(first.start(), last.end(), PERSON))
            index = nxt + 1
        else:
            index += 1


_CLAUSE_OPENERS: Final = frozenset(
    ["the", "that", "it", "its", "it's", "she", "he", "we", "they", "i", "you", "his", "her",
     "a", "an", "this", "my", "our", "your", "their", "there", "so", "we're", "they're"]
)  # fmt: skip


def _verb_form(text: str, word_match: re.Match[str]) -> bool:
    """The word is an English verb in its third person (``reckons``, ``thinks``) that is no
    listed surname or given name, and a clause follows it (``the``, ``that``, ``she``): the
    caseless name before it is its subject, not its given name. Without the clause the word
    may still be a surname (``simran bains instagram``, ``reed hedges arrest record``)."""
    word = word_match.group()
    after = text[word_match.end() : word_match.end() + 12].lstrip(" ").split(" ", 1)[0]
    return (
        after in _CLAUSE_OPENERS
        and len(word) > 4
        and word[-1] == "s"
        and word[-2] != "s"
        and word[:-1] in english_words()
        and word not in surname_words()
        and word not in first_names()
    )


def _pair_cued(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Two unlisted uncommon words are a name only after a word that introduces a person
    ("contact searlait lebatelier", "spoke with ...") or when one is not plain ASCII."""
    if not words[index].group().isascii() or (
        index + 1 < len(words) and not words[index + 1].group().isascii()
    ):
        return True
    if words[index].start() == 0:
        return True  # a search query or a line that starts with the name
    # (set 7) or at the start of a sentence: "nvm found it. wayra condori, 4024 debrecen"
    return index > 0 and (
        words[index - 1].group() in _PAIR_CUES or text.endswith(". ", 0, words[index].start())
    )


# One given name alone, in a place where only a name fits: after a greeting or a role word
# ("Hi Anna,", "customer Sven says", "its yerlan"), as the value of a name key
# ("first_name": "Wei"), alone on a sign-off line, or as the last word after a sentence.
_ONE: Final = re.compile(r"[^\W\d_][^\W\d_'\u2019]*(?:['\u2019-][^\W\d_]+)?(?=$|[\s,.!?:;)\"'])")
_ELONGATION: Final = re.compile("yyy|iii|ooo|eee|aaa|xxx|kkk|sss|lll")
_SENTENCE_END_CUE: Final = re.compile(r"[.!?] ")
_DASH_OR_KEY_CUE: Final = re.compile("-- |\u2014 |- |name|contact|recipient|customer|holder|signed")
_PUNCT_SPACES: Final = str.maketrans(dict.fromkeys('!?.,;()[]{}"/=|<>*#&+', " "))


def _may_have_single_cue(text: str) -> bool:
    """False only when no word, title, name key or sentence end could cue a lone name."""
    if not _CUE_TRIGGERS.isdisjoint(text.translate(_PUNCT_SPACES).split()):
        return True
    # A sentence-final name ("... three times. Hannah") sits near the end; a dash sign-off
    # ("-- Pierre from ...") may be followed by more.
    if (
        _SENTENCE_END_CUE.search(text, max(0, len(text) - 30)) is not None
        or _DASH_OR_KEY_CUE.search(text) is not None
    ):
        return True
    # "heyyy luka", "thxxx ana": an elongated cue. Chat stretches vowels, y and the last
    # letter of thx/ok/yes/lol; a literal search for those is far cheaper than a back-reference
    # regex (a cue stretched on another letter, "dearrr", is not seen here).
    return _ELONGATION.search(text) is not None or _more_single_cues(text)


# (set 7) What _may_have_single_cue did not see, each a superset of one way _lone_name_end
# accepts a caseless name: a cue stretched on any letter a cue word ends with ("dearrr"), a cue
# word before a colon ("hi: anna"), a key of _KEY_CUE, a sentence end or dash then the name and
# " from" anywhere, or the name as the last word ("... today. pierre from acme"), a glued dash
# sign-off ("love it -eleni", "~eleni") and a verb of speech after the name ("lucía said").
_MORE_SINGLE_CUES: Final = re.compile(
    r"[.!?\-\u2014] \S+(?:$| from\b)|[-\u2014~][^\W\d_]\S*[ .!]*$"
    r"|reviewer|author|owner|assignee|reporter|sender"
    r"|" + "|".join(sorted({word[-1] * 3 for word in _WORD_CUES if word[-1].isalpha()}))
)
_SAID_FIRST_WORDS: Final = frozenset(word.split()[0] for word in _SAID_WORDS)


def _more_single_cues(text: str) -> bool:
    words = text.translate(_PUNCT_SPACES).replace(":", " ").split()
    return (
        not (_SAID_FIRST_WORDS.isdisjoint(words) and _CUE_TRIGGERS.isdisjoint(words))
        or _MORE_SINGLE_CUES.search(text) is not None
    )


def _caseless_single_names(text: str, out: list[PiiSpan]) -> None:
    """Lone given names in caseless text, then sign-offs."""
    # Every word is a candidate, so screen the whole text first.
    if _may_have_single_cue(text):
        _lone_names(text, _ONE.finditer(text), _LONE_NAME_OK_CASELESS, True, out)
    _sign_offs(text, True, out)
