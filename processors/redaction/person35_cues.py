"""(Stop 35, from the case probe's tuning split) A name typed in lower case in text that is
otherwise capitalised, after a word that introduces a person:

- after a word of a person's role or tie, or a label of one, one name word or more
  (``The tattoo artist botond did``, ``My daughter misaki loves it``, ``The host, keshav
  seshadri, met us``, ``Attendees: smruti sahoo, ...``, ``Contact: louise w thygesen |``,
  ``Spoke with hyacinthe by phone``, ``ask for prakash``);
- after "by", "to", "with", "for" or "from", two name words or more, the first a listed
  given name (``Review by tyler blackwood``, ``Gave it to dawit shrestha for``; "from sdist
  filename", "from libc cimport" in code's prose are no names).

A name that goes on with words of no list is left whole to other rules ("eoin macaulay"); one
word after a label may be a surname before its given name (``Customer: ostrellin, orsolin.``).
The text holds a capital letter (caseless text is the caseless rules'), and every word passes
:func:`person34_words.name_words_ok` (no English list, no code or chat word, no English suffix
or plural, a vowel): "spoke with support", "built with numpy scipy" are no names. Our own
lists of cue words.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    common_words,
    first_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_words import english_compound
from processors.redaction.person34_words import (
    LOW_RUN,
    RUN_PARTICLES,
    lone_name_word,
    name_words_ok,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    _UNLOWERED,
    FiredGates,
    holds_any,
    lower_words,
    matches_at_cues,
    placeholders_word_bounded,
)

__all__ = ["cued35", "cued35_after_redaction"]

# Words after which one lower-case name word suffices (roles, ties, labels, verbs of meeting).
_STRONG_CUES: Final[tuple[str, ...]] = (
    "host", "installer", "artist", "daughter", "son", "wife", "husband", "partner", "friend",
    "flatmate", "roommate", "colleague", "manager", "guide", "driver", "tutor", "teacher",
    "coach", "nurse", "customer", "client", "caller", "holder", "contact", "attendees",
    "reporter", "assignee", "requester", "patient", "guest", "tenant", "applicant", "attn",
    "spoke with", "spoke to", "talked to", "ask for", "asked for", "reopened by",
    "assigned to", "escalated to", "hired", "welcome aboard", "signed by", "approved by",
    "given names", "given name", "first name", "surname", "last name",
    "especially", "esp.", "reassigned from", "reassigned to", "technician",
    "contractor", "identity of", "owner", "fn", "verified for", "failed for", "holder is",
    "refund", "book with", "welcome", "my name is", "passenger name", "name on card", "i,",
    # (stop 37) "Delivery guy besnik dumped the box", "courier ama left it"
    "guy", "courier", "rider",
)  # fmt: skip
# Words after which two name words or more are needed ("for nginx" is no name).
_WEAK_CUES: Final[tuple[str, ...]] = ("by", "to", "with", "for", "from")
_ALL_CUES: Final = _STRONG_CUES + _WEAK_CUES


def _cued_pattern(cues: list[str]) -> re.Pattern[str]:
    """A cue of ``cues`` (in lower case; tried longest first), then a run of lower-case words."""
    return re.compile(
        r"(?<![\w'\u2019-])(?i:"
        + "|".join(re.escape(cue) for cue in cues)
        + r")(?:,|:)?[ ](\"?)("
        + LOW_RUN
        + r")(?=$|[\s,.;:!?)\"'|<])"
    )


_CUES_BY_LENGTH: Final = sorted(_ALL_CUES, key=len, reverse=True)
_CUED: Final = _cued_pattern(_CUES_BY_LENGTH)
_NEXT_WORD: Final = re.compile(r" ([^\W\d_][\w'\u2019.-]*)")
_INVERTED_GIVEN: Final = re.compile(r", ([^\W\d_A-Z]{3,})(?=$|[.;\n|<\"']| \()")
_LOWER_RUN: Final = re.compile(r"[^\W\d_A-Z]{3,}")
_EDGE_MARKS: Final = ".,;:!?\"'()[]<>*-/"  # (ASCII marks that are no letter, see below)
_INITIAL: Final = re.compile(r"[a-z]\.?")
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
# Verbs after a name of one word ("artist botond did", "daughter misaki loves it").
_VERBS_AFTER: Final = frozenset(
    ["loves", "loved", "said", "says", "was", "is", "did", "does", "has", "had", "will",
     "can", "could", "would", "knows", "knew", "made", "makes", "helped", "left", "found",
     "fixed", "called", "asked", "told", "replied", "confirmed", "promised", "refused",
     "sent", "came", "went", "took", "gave", "met", "signed", "approved", "wrote", "booked",
     # (stop 37)
     "dumped", "dropped", "delivered", "brought", "arrived", "cancelled", "canceled", "texted",
     "ignored", "threw"]
)  # fmt: skip
_CUE_OPENINGS: Final = tuple(sorted({cue.split(" ")[0] for cue in _ALL_CUES}))
_OPENINGS: Final = frozenset(_CUE_OPENINGS)
# _CUED with only the cues of one opening (speed: no other cue matches where only it stands,
# and a failed alternative changes no match; an alternation of 80 cues in any case costs
# more than the rest of a try).
_CUED_AFTER: Final = {
    opening: _cued_pattern([cue for cue in _CUES_BY_LENGTH if cue.split(" ")[0] == opening])
    for opening in _CUE_OPENINGS
}
_ASCII_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# What the look-behind of _CUED refuses before a cue (with \w: isalnum or "_").
_JOINERS: Final = "_'-\u2019"


def cued35(text: str, *, capitals: bool = False) -> list[PiiSpan]:
    """The names of the module docstring's rules; ``capitals``: ``text`` is a line of prose in
    capitals written in lower case (see names.find_names), where the rules hold as well."""
    if (text.islower() and not capitals) or " " not in text or not _unlisted_lower_word(text):
        _FIRED.note(text, -1)  # (not known: a redaction may pass these gates)
        return []
    found: list[PiiSpan] = []
    lowered = text.lower()
    matches = _cue_matches(text, lowered)
    _FIRED.note(text, 1 if matches else 0)
    for match in matches:
        cue = lowered[match.start() : match.start(1)].rstrip(' ,:"')
        strong = cue in _STRONG_CUES
        start = match.start(2)
        name = _name_prefix(match.group(2), 1 if strong else 2)
        if not name or not (
            strong or name[: name.find(" ")] in first_names() or _two_unlisted(name)
        ):
            continue
        end = start + len(name)
        if not _ends_there(text, end):
            continue  # (a part of a longer name: "eoin macaulay", "ziyi e. xu")
        inverted = _INVERTED_GIVEN.match(text, end) if strong and " " not in name else None
        if inverted is not None and lone_name_word(inverted.group(1)):
            end = inverted.end(1)  # "Customer: ostrellin, orsolin."
        found.append(PiiSpan(start, end, PERSON))
    return found


# (speed) 0 when _CUED had no match in the last text cued35 read (see cued35_after_redaction)
_FIRED: Final = FiredGates()


def cued35_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`cued35` finds a name in ``text``, a redaction of ``source`` (or None).

    (Speed, exact) When _CUED had no match in ``source`` and no placeholder of ``text`` is
    glued to a word character, it has none in ``text`` either: a match reads a character
    before its cue, the cue (letters, "." or ","), ",", ":", a space, a quote, a run of
    letters other than A-Z, "-", " " and ".", then one character or the end; no
    placeholder's character but "<" is among those, and "<" only as that last character,
    right after the run's last letter, which a word character before the placeholder would
    be. So every match of ``text`` reads only characters it shares with ``source``, and
    ``source``, where finditer tried every position (it found nothing), matched there."""
    if _FIRED.fired_for(source) == 0 and placeholders_word_bounded(text):
        return False
    return bool(cued35(text))


def _cue_matches(text: str, lowered: str) -> list[re.Match[str]]:
    """``matches_at_cues(_CUED, text, lowered, _CUE_OPENINGS)`` (speed: a find of each of 60
    openings, and "to" found in "story", "today", cost more than the regex). In a text without
    _UNLOWERED, of the length of ``lowered``, a match's cue is the same in ``lowered`` (only
    those letters and the Kelvin sign, which lowers to "k", match an ASCII letter in any case),
    and its first word ends a word split at white space (before a space, "," or ":") at the
    split's start or after a character the look-behind allows; only such openings are looked
    for, where they stand so, and one opening there (no opening is another's start before a
    space, "," or ":") is tried with its cues only."""
    if len(lowered) != len(text) or (not text.isascii() and holds_any(text, _UNLOWERED)):
        return matches_at_cues(_CUED, text, lowered, _CUE_OPENINGS)
    starts: dict[int, str] = {}
    for cue in _held_openings(lower_words(text)):
        at = lowered.find(cue)
        while at >= 0:
            before = text[at - 1] if at > 0 else " "
            if not (before.isalnum() or before in _JOINERS) and lowered[
                at + len(cue) : at + len(cue) + 1
            ] in (" ", ",", ":"):
                starts[at] = "" if at in starts else cue  # ("": every cue, never so far)
            at = lowered.find(cue, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):  # (as substrings.matches_at_cues: a match resumes after it)
        if start < end:
            continue
        match = _CUED_AFTER.get(starts[start], _CUED).match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _held_openings(words: tuple[str, ...]) -> set[str]:
    """The openings of :data:`_CUE_OPENINGS` that end one of ``words`` (less one "," or ":")
    at its start or after a character that is no letter, digit nor one of _JOINERS (an
    opening is ASCII letters, then perhaps "." or ",": the word's last ASCII letters; lower()
    keeps whether a character is a letter or digit)."""
    held: set[str] = set()
    for word in words:
        if word in _OPENINGS:
            held.add(word)
        elif not word.isalpha():
            for token in (word, word[:-1]) if word[-1] in ",:" else (word,):
                core = token[:-1] if token[-1:] in (".", ",") else token
                head = core.rstrip(_ASCII_LETTERS)
                if head and (head[-1].isalnum() or head[-1] in _JOINERS):
                    continue
                if token[len(head) :] in _OPENINGS:
                    held.add(token[len(head) :])
    return held


def _unlisted_lower_word(text: str) -> bool:
    """Whether a run of three lower-case letters or more of ``text`` is no frequent English
    word (speed: every name this module finds holds one, a word that passes
    :func:`person34_words.lone_name_word`, of no English list, or a listed given name that is
    no frequent word; a set lookup each, before a regex tried at every cue). Read on the
    text's words in lower case: a capitalised word may pass too, which costs only time."""
    common = common_words()
    for token in lower_words(text):
        if len(token) < 3 or token in common:
            continue  # (most words: a set lookup each on the split the other gates share)
        if token.isalpha():
            return True  # (speed: lowered letters, the one run, and no frequent word)
        if token.isascii():
            # (speed: a lowered ASCII word with punctuation at its edges, "it,", "(told": its
            # letters are its one run, without the regex)
            bare = token.strip(_EDGE_MARKS)
            if bare.isalpha():
                if len(bare) >= 3 and bare not in common:
                    return True
                continue
        for word in _LOWER_RUN.findall(token):
            if word not in common:
                return True
    return False


def _name_prefix(run: str, least: int) -> str:
    """The longest run of ``run``'s first words, ``least`` words or more, that may be a name
    and ends with a name word (no particle, no initial), or ""."""
    words = run.split(" ")
    for count in range(len(words), 0, -1):
        last = words[count - 1]
        if last in RUN_PARTICLES or (len(last) == 2 and last.endswith(".")):
            continue
        named = [w for w in words[:count] if not (len(w) == 2 and w.endswith("."))]
        if len(named) < least:
            return ""
        prefix = " ".join(words[:count])
        if name_words_ok(prefix) or _given_then_surnames(prefix):
            return prefix
    return ""


def _two_unlisted(name: str) -> bool:
    """(Stop 36) Two name words after a weak cue, each of no list at all (no given name, no
    English word or shape, no English compound): "escalate to kitchi meekis if", "granted by
    mawunyo akpalu"; not "from sdist filename", "with eigenvalues eigs", "lebedev quadrature".
    (lone_name_word refuses English words and shapes.)"""
    words = name.split(" ")
    return len(words) == 2 and all(
        lone_name_word(word)
        and word not in first_names()
        and not word.endswith("ure")
        and not english_compound(word)
        for word in words
    )


def _given_then_surnames(run: str) -> bool:
    """A listed given name that is no frequent word, then words each a listed surname or a
    name word of no list ("angus stuart": English lists hold the surname)."""
    words = [w for w in run.split(" ") if w not in RUN_PARTICLES and not _INITIAL.fullmatch(w)]
    if len(words) < 2 or words[0] not in first_names() or words[0] in common_words():
        return False  # ("customer will resend", "for general mle": frequent words first)
    return all(w in surname_words() or lone_name_word(w) for w in words[1:])


def _ends_there(text: str, end: int) -> bool:
    """Nothing of a name follows ``end``: punctuation, the text's end, a possessive, a stop
    or chat word or a verb (English lists hold surnames: "eoin macaulay", "travis collins"
    go on; "elmo dall'orto" too)."""
    if text[end : end + 1] in ("'", "\u2019"):
        return _POSSESSIVE.match(text, end) is not None
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True
    word = after.group(1).lower()
    return word in stop_words() or word in CHAT_WORDS or word in _VERBS_AFTER
