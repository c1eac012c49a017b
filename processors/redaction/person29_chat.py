"""(Stop 29) Names in chat and notes in frames only a person fills, found by our own probe of
frames and invented names (docs/redaction.md, "Set 20 even and the stop-29 rules"): the lists
do not know an invented name, so only its frame can tell.

- ``me and kwesiba r at the pub``, ``ysolde and i are going``: a word paired with "me"/"i";
- ``did quillon reply to u?``, ``is radovan coming tonight?``: a question about someone's
  doing;
- ``gonna call temitayo later``, ``text ysolde tonight``: a verb of reaching someone and a
  time;
- ``waiting for radovan to finish work``, ``Waiting on Quillon to reply.``;
- ``night kwesiba x``: a sign-off before kisses;
- ``just saw orlaith vashenko at tesco``: two words after "saw"/"met" and a place;
- ``Can you loop in Ysolde on this?``, ``Ping Radovan when you're back``, ``Sent from
  Quillon's iPhone``, ``cc'ing Kwesiba here``;
- a capitalised word opening a sentence before a deed only a person does (``Quillon helped me
  set up the router``, ``Ysolde left the meeting``, ``Radovan was super helpful with ...``);
- a speaker's label in a chat log (``[10:02] Temitayo: hi all``, ``<Kwesiba> anyone around?``);
- a word paired with "I" or "me" in cased text (``Quillon & I``, ``me + Radovan``);
- a wish to someone (``Congrats Ysolde on the promotion!``, ``Good luck Quillon``, ``RIP
  Radovan``);
- a name whose kin or feast is spoken of (``Kwesiba's mum called``) or with kin in brackets
  (``Ysolde (my sister)``).

A lower-case word must be of no English list and no frequent use; a capitalised one passes
:func:`person28_recall._capitalised_name_word`.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.person11_recall_words import listed_given
from processors.redaction.person28_recall import _spans
from processors.redaction.person29_recall import (
    LOWER_NAME_WORD,
    _name_word_as_written,
    _two_name_words,
    group_spans,
)
from processors.redaction.spans import ENTITY_TYPES, PERSON, PiiSpan, placeholder
from processors.redaction.substrings import FiredGates, holds_any, lower_words, opening_matches

__all__ = ["chat29", "chat29_after_redaction"]

_WORD: Final = r"[^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)?"
_LOWER: Final = LOWER_NAME_WORD
_PAIRED: Final = re.compile(
    r"\b(?:me|and me) and (" + _LOWER + r") (?:r|are|were|went|got|have|had|will|'re)\b"
    r"|(?:^|(?<=[.!?,] ))(" + _LOWER + r") and (?:i|me) (?:r|are|were|went|got|have|had"
    r"|will|am|'re|\u2019re)\b"
)
_ASKED_ABOUT: Final = re.compile(
    r"\b(?:did|does|has|will|can|could|is|was) (" + _LOWER + r") (?:reply|replied|text"
    r"|texted|call|called|answer|answered|ring|rang|respond|responded|show up|turn up|pay"
    r"|paid|coming|going|still coming|free|awake|home|back)\b"
)
_REACH_THEN_TIME: Final = re.compile(
    r"\b(?:call|text|ring|message|msg|ask|tell|meet|visit|ping|phone|remind) (" + _LOWER
    + r") (?:later|tonight|tomorrow|2moro|tmrw|now|rn|asap|today|first thing|after work"
    r"|when)\b"
)  # fmt: skip
_WAITING: Final = re.compile(
    r"\b[Ww]aiting (?:for|on) (" + _WORD + r") to (?:reply|respond|answer|finish|come|get"
    r"|send|confirm|sign|call|arrive|approve|review)\b"
)
_KISSES: Final = re.compile(
    r"(?:^|\n)(?:night|nite|gn|morning|bye|cya|love|luv) (" + _LOWER + r") x{1,3}$"
)
_SAW_AT: Final = re.compile(
    r"\b(?:saw|met|seen|bumped into|ran into) (" + _LOWER + " " + _LOWER
    + r") (?:at|in|outside|on|today|yesterday)\b"
)  # fmt: skip
_LOOP_IN: Final = re.compile(
    r"\b[Ll]oop(?:ing|ed)? in (" + _WORD + r")(?= on | as |[.,?!]|$)"
    r"|\b[Pp]ing (" + _WORD + r") (?=when |if |once |about |on |after )"
    r"|\b[Ss]ent from (" + _WORD + r")['\u2019]s (?=iPhone|iPad|Galaxy|Pixel|phone|mobile)"
)

_DEED_OPENING: Final = re.compile(
    r"(?:^|(?<=[.!?,] )|(?<=\n))(" + _WORD + r") (?:helped (?:me|us)|joined the (?:call|meeting"
    r"|channel|chat|team|server|group)|left the (?:meeting|call|chat|channel|group|team)"
    r"|was (?:super |really |very |so |extremely )?(?:helpful|lovely|kind|friendly|rude"
    r"|patient|amazing|brilliant) (?:with|to|and|about)|mentioned|explained|suggested"
    r"|confirmed|apologi[sz]ed|promised|replied|responded|reports (?:that|the)"
    r"|will (?:email|send|call|ring|check|follow up|look into|get back|reply|confirm"
    r"|contact|update))\b"
)
# (speed) What a match of _DEED_OPENING follows, as its look-behinds say (opening_matches).
_DEED_LEADS: Final = frozenset([". ", "! ", "? ", ", ", "\n"])
# (stop 45: a video timecode's seconds, frames or milliseconds, "[00:04:03:19] Eckart:")
_SPEAKER: Final = re.compile(
    r"(?:^|\n)(?:\[\d{1,2}:\d{2}(?::\d{2}){0,2}(?:[.,]\d{1,3})?\] (" + _WORD + r"):|<("
    + _WORD + r")>) "
)  # fmt: skip
_WITH_I: Final = re.compile(
    r"(?:^|(?<=[.!?,] ))(" + _WORD + r") (?:and|&|\+) I\b|\b[Mm]e (?:and|&|\+) (" + _WORD
    + r")\b(?! I\b)"
)  # fmt: skip
_WISH: Final = re.compile(
    r"\b(?:[Cc]ongrats|[Cc]ongratulations|[Gg]ood luck|RIP|[Ww]ell done|[Gg]et well soon"
    r"|[Hh]appy retirement|[Bb]ravo|[Kk]udos|[Ss]hout ?out to) (" + _WORD + r")(?![\w'\u2019-])"
)
_KIN_OF: Final = re.compile(
    r"(?<![\w'\u2019])(" + _WORD + r")['\u2019]s (?:mum|mom|dad|mother|father|sister|brother|son"
    r"|daughter|kids|nan|gran|grandma|grandpa|parents|birthday|wedding|funeral|leaving do"
    r"|hen do|stag do|baby shower)\b"
    r"|(?<![\w'\u2019])(" + _WORD + r") \((?:my|our|his|her) (?:sister|brother|mum|mom|dad|son"
    r"|daughter|cousin|aunt|uncle|wife|husband|partner|friend|boss|neighbou?r)\)"
)
_CC_ING: Final = re.compile(r"\b[Cc][Cc]['\u2019]?ing (" + _WORD + r")\b")

# (speed) Each cue of _DEED_OPENING follows a space: a word of the text starts with it (the
# first three letters are looked up first).
_DEED_WORDS: Final[tuple[str, ...]] = (
    "helped", "joined", "left", "was", "mentioned", "explained", "suggested", "confirmed",
    "apologi", "promised", "replied", "responded", "reports", "will",
)  # fmt: skip
_DEED_HEADS: Final = frozenset(word[:3] for word in _DEED_WORDS)
_WISH_CUES: Final[tuple[str, ...]] = (
    "ongrat",
    "ood luck",
    "RIP ",
    "ell done",
    "et well",
    "etirement",
    "ravo ",
    "udos ",
    "hout",
)
# Every word of _KIN_OF's two lists holds one of these.
_KIN_CUES: Final[tuple[str, ...]] = (
    "mum", "mom", "dad", "mother", "father", "sister", "brother", "son", "daughter", "kid",
    "nan", "gran", "parent", "birthday", "wedding", "funeral", " do", "shower", "cousin",
    "aunt", "uncle", "wife", "husband", "partner", "friend", "boss", "neighbo",
)  # fmt: skip
_PAIRED_CUES: Final[tuple[str, ...]] = (" and i ", " and me ", "me and ")
_ASKED_CUES: Final[tuple[str, ...]] = (
    "did ",
    "does ",
    "has ",
    "will ",
    "can ",
    "could ",
    "is ",
    "was ",
)
_REACH_CUES: Final[tuple[str, ...]] = (
    "call ",
    "text ",
    "ring ",
    "message ",
    "msg ",
    "ask ",
    "tell ",
    "meet ",
    "visit ",
    "ping ",
    "phone ",
    "remind ",
)
_SAW_CUES: Final[tuple[str, ...]] = ("saw ", "met ", "seen ", " into ")
# (speed) Exact gates: each pattern's literals, so a text without them is not scanned.
_LOOP_CUES: Final[tuple[str, ...]] = (
    "oop in ",
    "ooping in ",
    "ooped in ",
    "ping ",
    "Ping ",
    "ent from ",
)
_AND_I_CUES: Final[tuple[str, ...]] = (" and I", " & I", " + I")
_ME_AND_CUES: Final[tuple[str, ...]] = ("me and ", "Me and ", "me & ", "Me & ", "me + ", "Me + ")
_PLACEHOLDERS: Final = tuple(placeholder(kind) for kind in ENTITY_TYPES)
_FIRED: Final = FiredGates()  # (chat29's last text: see chat29_after_redaction)
_CC_ING_CUES: Final[tuple[str, ...]] = (
    "ccing ", "cCing ", "Ccing ", "CCing ", "c'ing ", "C'ing ", "c\u2019ing ", "C\u2019ing ",
)  # fmt: skip


def chat29(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind the substring test of its cue).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    lower = text.islower()
    fired = 0  # (the rules but the speaker's whose gates passed, by bit)
    if only & 1 and lower and holds_any(text, _PAIRED_CUES):
        fired |= 1
        found.extend(group_spans(_PAIRED, text, _name_word_as_written))
    if only & 2 and lower and holds_any(text, _ASKED_CUES):
        fired |= 2
        found.extend(_spans(_ASKED_ABOUT, text, _name_word_as_written))
    if only & 4 and lower and holds_any(text, _REACH_CUES):
        fired |= 4
        found.extend(_spans(_REACH_THEN_TIME, text, _name_word_as_written))
    if only & 8 and "aiting " in text:
        fired |= 8
        found.extend(_spans(_WAITING, text, _name_word_as_written))
    if only & 16 and lower and text.endswith("x"):
        fired |= 16
        found.extend(_spans(_KISSES, text, _name_word_as_written))
    if only & 32 and lower and holds_any(text, _SAW_CUES):
        fired |= 32
        found.extend(_spans(_SAW_AT, text, _two_name_words))
    if only & 64 and holds_any(text, _LOOP_CUES):
        fired |= 64
        found.extend(group_spans(_LOOP_IN, text, _name_word_as_written))
    if not lower:
        if only & 128 and _starts_a_word(lower_words(text), _DEED_HEADS, _DEED_WORDS):
            fired |= 128
            for match in opening_matches(_DEED_OPENING, text, _DEED_LEADS):
                if _name_word_as_written(match.group(1)):
                    found.append(PiiSpan(match.start(1), match.end(1), PERSON))
        if _may_open_with_speaker(text):
            found.extend(group_spans(_SPEAKER, text, _speaker_word))
        if only & 256 and (
            (" I" in text and holds_any(text, _AND_I_CUES))
            or (("me " in text or "Me " in text) and holds_any(text, _ME_AND_CUES))
        ):
            fired |= 256
            found.extend(group_spans(_WITH_I, text, _name_word_as_written))
        if only & 512 and holds_any(text, _WISH_CUES):
            fired |= 512
            found.extend(group_spans(_WISH, text, _name_word_as_written))
        if only & 1024 and (
            ("'s " in text or "\u2019s " in text or " (" in text) and holds_any(text, _KIN_CUES)
        ):
            fired |= 1024
            found.extend(group_spans(_KIN_OF, text, _name_word_as_written))
        if only & 2048 and "ing " in text and holds_any(text, _CC_ING_CUES):
            fired |= 2048
            found.extend(group_spans(_CC_ING, text, _name_word_as_written))
    # (a text in lower case is not noted: the rules for cased text would read its redaction)
    _FIRED.note(text, -1 if lower else fired)
    return found


def chat29_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`chat29` finds a name in ``text``, where ``source`` (when not None) is a
    text that ``text`` is with some spans replaced by placeholders (speed: the re-scan guard).
    When chat29 last read ``source``, only the rules whose gates passed there and the
    speaker's are tried: no other gate passes here (each tests for cues of no "<", ">" or part
    of a placeholder; the rules for lower-case text do not run on a redacted text, which holds
    capitals, and a source in lower case is noted as all passed)."""
    fired = _FIRED.fired_for(source)
    if fired == 0:
        return _may_open_with_speaker(text) and bool(group_spans(_SPEAKER, text, _speaker_word))
    return bool(chat29(text, fired))


def _speaker_word(word: str) -> bool:
    """A speaker's label that is a name word as written, or (stop 45) a listed given name of
    no English use in capitals, as transcripts write it ("[00:04:03:19] ECKART:"; "HOST:" and
    "NOTE:" are English words)."""
    return _name_word_as_written(word) or (word.isupper() and listed_given(word))


def _may_open_with_speaker(text: str) -> bool:
    """False only when no line of ``text`` opens with a speaker's label of _SPEAKER: one opens
    with "[", or with a "<" that opens no placeholder ("<PERSON> " is a label of _SPEAKER, but
    no name word: _name_word_as_written takes no word in capitals; the others hold "_" or
    fewer than three letters). Redacted text often opens a line with a placeholder."""
    if text.startswith("[") or "\n[" in text:
        return True
    if "<" not in text:
        return False
    if text.startswith("<") and not text.startswith(_PLACEHOLDERS):
        return True
    at = text.find("\n<")
    while at >= 0:
        if not text.startswith(_PLACEHOLDERS, at + 1):
            return True
        at = text.find("\n<", at + 2)
    return False


def _starts_a_word(words: tuple[str, ...], heads: frozenset[str], starts: tuple[str, ...]) -> bool:
    """Whether one of ``words`` starts with one of ``starts`` (``heads``: their first three
    letters, looked up first: no call of a str method for most words)."""
    for word in words:  # noqa: SIM110 (compiled: a loop, no generator object)
        if word[:3] in heads and word.startswith(starts):
            return True
    return False
