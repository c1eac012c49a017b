"""(Stop 31, from set 26's even half) Names in frames that only people fill, which the
earlier rules did not cover; set 26 invents most of its names, so the frame is the evidence:

- two name words joined by "&" or "and" opening a sentence before a verb of people
  (``qingmiao & zarvelle are moving to``, ``Corwen and Shardul have booked``);
- the items of a minutes' list line (``Attendees: Ljiljana Fakhoury, Kessamy``, ``Apologies:
  Ludomir``): each item read as a person key's value is;
- a name asked about before "ever", "even" or "finally" and a reply (``did bénigne ever
  reply??``): the earlier rule wanted the verb right after the name;
- one or two names after "esp." or "especially" (``Helpful staff, esp. Sundus and Oswen``);
- a lower-case name after a greeting of Spanish, Portuguese, Italian or French chat that
  opens the text and before a comma (``oye kha, me pasas tu número?``);
- a surname opening with a particle after a title (``dr de ulzurrun dermatologist reviews``,
  ``Dott.ssa de Wintervoort wrote``): the title stays out, the particle is the name's;
- a lower-case surname between "dr" and a doctor's kind in a search (``dr kong dentist
  reviews``): any word but a stop word, English ones too ("kong", "nance");
- a name in capitals with a middle initial inside mixed-case text (``Customer JORVATH H.
  BELVARRE says``): the initial gives the shape away.

Every name word passes :func:`person29_recall._name_word_as_written` (a listed given name of
no common word, a word of no English list, or a given name common only as a name) and has no
capital after its first letter.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import stop_words
from processors.redaction.person13_keys import person_value_ok
from processors.redaction.person28_recall import _spans
from processors.redaction.person29_recall import _name_word_as_written
from processors.redaction.person32_labels import lower_label_value
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any, holds_word, lower_words

__all__ = ["recall31", "recall31_after_redaction"]

_FIRED: Final = FiredGates()  # (recall31's last text: see recall31_after_redaction)
# (the greeting rule's gate reads a position, which a placeholder shifts: always tried)
_GREETING_BIT: Final = 16

_WORD: Final = r"[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
# Matched where a word opens the text, a line or a sentence (see _joined_pairs).
_PAIR_SUBJECT: Final = re.compile(
    r"(" + _WORD + r") (?:&|and) (" + _WORD + r") (?:are|were|r|have|had"
    r"|got|just|will|both|'re|\u2019re|'ve|\u2019ve)\b"
)
_SENTENCE_ENDS: Final = frozenset([". ", "! ", "? "])
_LIST_LINE: Final = re.compile(
    r"(?im)^(?:attendees|present|apologies|absent|in attendance|also present|participants"
    r"|invitees|attending)[ \t]*:[ \t]*([^\n]+)"
)
# (every head of _LIST_LINE, as written or in capitals, but its first letter)
_LIST_CUES: Final[tuple[str, ...]] = (
    "ttendees", "TTENDEES", "resent", "RESENT", "pologies", "POLOGIES", "bsent", "BSENT",
    "articipants", "ARTICIPANTS", "nvitees", "NVITEES", "ttending", "TTENDING", "ttendance",
    "TTENDANCE",
)  # fmt: skip
_ITEM_JOINER: Final = re.compile(r", (?:and |& )?| and | & |; ")
_ASKED_EVER: Final = re.compile(
    r"\b(?:[Dd]id|[Hh]as|[Hh]ave) (" + _WORD + r") (?:ever|even|finally|already|actually) "
    r"(?:reply|replied|respond|responded|answer|answered|call|called|text|texted|ring|rang"
    r"|get back|got back|write|wrote|email|emailed|pay|paid|show|showed|turn up|turned up)\b"
)
_ASKED_WORDS: Final = frozenset(["ever", "even", "finally", "already", "actually"])
_ESPECIALLY: Final = re.compile(
    r"\b(?:esp\.?|[Ee]specially|[Pp]articularly|[Nn]otably) (" + _WORD + r")"
    r"(?: (?:and|&) (" + _WORD + r"))?(?![\w'\u2019-])"
)
# ("esp" with its space or its dot: "response" holds no cue)
_ESPECIALLY_CUES: Final[tuple[str, ...]] = ("esp ", "esp.", "cially ", "ularly ", "otably ")
_FOREIGN_GREETING: Final = re.compile(
    r"^(?:oye|hola|ola|olá|oi|ciao|salut|coucou|hallo|hej|ahoj|ei|ehi|epa) ("
    + r"[^\W\d_A-Z]{2,}"
    + r"),"
)
_CAPS_WITH_INITIAL: Final = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][A-Z'\u2019-]{2,}) [A-Z]\. ([A-Z][A-Z'\u2019-]{1,}"
    r"(?: [A-Z][A-Z'\u2019-]{1,})?)(?![\w'\u2019-])"
)
_TITLED_PARTICLE: Final = re.compile(
    r"(?:^|(?<=[\s(\"']))(?i:dr|doctor|prof|professor|mrs?|ms|mx|herr|frau|pani|pan"
    r"|dott(?:\.ssa)?|dottssa|sig(?:\.ra)?|sra|sr|mme|mlle)\.? "
    r"((?:de la|de los|de las|van der|van den|van de|de|di|da|del|della|van|von|le|la|du|dos"
    r"|das|ó|o'|mac|al|el|ter|ten|bin) [^\W\d_]{2,}(?:[-'\u2019][^\W\d_]+)?)(?![\w'\u2019-])"
)
# The first words of _TITLED_PARTICLE's particles (each stands between spaces there).
_PARTICLE_WORDS: Final = frozenset(
    ["de", "di", "da", "del", "della", "van", "von", "le", "la", "du", "dos", "das", "ó", "o'",
     "mac", "al", "el", "ter", "ten", "bin"]
)  # fmt: skip
_DOCTOR_CUES: Final[tuple[str, ...]] = ("dr ", "dr. ", "doctor ")
_GREETING_REACH: Final = 24
_DOCTOR_SEARCH: Final = re.compile(
    r"\b(?:dr|dr\.|doctor) ([a-z][^\W\d_A-Z]{2,}) (?:dentist|orthodontist|dermatologist"
    r"|pediatrician|paediatrician|gp|surgeon|vet|chiropractor|optometrist|physio|therapist"
    r"|psychiatrist|psychologist|cardiologist|gynecologist|gynaecologist|allergist|podiatrist"
    r"|urologist|neurologist|oncologist|osteopath|ophthalmologist|obgyn|ent)\b"
)
_MAX_ITEM_WORDS: Final = 3


def recall31(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue: a
    substring, or a word of the text's lower-cased words where the cue stands between spaces).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see recall31_after_redaction)
    if only & 1 and (" & " in text or " and " in text):
        fired |= 1
        _joined_pairs(text, found)
    if only & 2 and ":" in text and holds_any(text, _LIST_CUES):
        fired |= 2
        _list_line_names(text, found)
    words = lower_words(text)
    if only & 4 and holds_word(words, _ASKED_WORDS):
        fired |= 4
        found.extend(_spans(_ASKED_EVER, text, _plain_name_word))
    if only & 8 and holds_any(text, _ESPECIALLY_CUES):
        fired |= 8
        for match in _ESPECIALLY.finditer(text):
            for group in (1, 2):
                word = match.group(group)
                if word and word[:1].isupper() and _plain_name_word(word):
                    found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if only & _GREETING_BIT and text.find(",", 0, _GREETING_REACH) >= 0:
        greeting = _FOREIGN_GREETING.match(text)
        if greeting is not None and _plain_name_word(greeting.group(1)):
            found.append(PiiSpan(greeting.start(1), greeting.end(1), PERSON))
    if only & 32 and holds_any(text, _DOCTOR_CUES):
        fired |= 32
        found.extend(_spans(_DOCTOR_SEARCH, text, _no_stop_word))
    if only & 64 and holds_word(words, _PARTICLE_WORDS):
        fired |= 64
        for match in _TITLED_PARTICLE.finditer(text):
            if _plain_name_word(match.group(1).rpartition(" ")[2]):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 128 and _capital_initial_at(text) and not text.isupper():
        fired |= 128
        for match in _CAPS_WITH_INITIAL.finditer(text):
            surname = match.group(2).title().split(" ")
            if _plain_name_word(match.group(1).title()) and all(
                _plain_name_word(word) for word in surname
            ):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    _FIRED.note(text, fired | _GREETING_BIT)
    return found


def recall31_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall31` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    a capital between a space and ". " is no placeholder's, and an upper-case text stays so
    when redacted; the greeting rule is always tried)."""
    fired = _FIRED.fired_for(source)
    return bool(recall31(text, fired))


def _joined_pairs(text: str, found: list[PiiSpan]) -> None:
    """_PAIR_SUBJECT tried only where a joiner follows a word that opens the text, a line or
    a sentence (speed: as a search, the pattern was tried at every position of the text)."""
    for joiner in (" & ", " and "):
        at = text.find(joiner)
        while at >= 0:
            start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
            if start == 0 or text[start - 1] == "\n" or text[start - 2 : start] in _SENTENCE_ENDS:
                match = _PAIR_SUBJECT.match(text, start)
                if match is not None and match.end(1) == at:
                    first, second = match.group(1), match.group(2)
                    if first[:1].isupper() == second[:1].isupper() and (
                        _plain_name_word(first) and _plain_name_word(second)
                    ):
                        found.append(PiiSpan(match.start(1), match.end(1), PERSON))
                        found.append(PiiSpan(match.start(2), match.end(2), PERSON))
            at = text.find(joiner, at + 1)


def _capital_initial_at(text: str) -> bool:
    """Whether a capital stands between a space and ". " (the initial _CAPS_WITH_INITIAL
    wants), found without a regex."""
    at = text.find(". ", 2)
    while at >= 0:
        if text[at - 1].isupper() and text[at - 2] == " ":
            return True
        at = text.find(". ", at + 1)
    return False


def _no_stop_word(word: str) -> bool:
    return word not in stop_words()


def _plain_name_word(word: str) -> bool:
    """A name word (:func:`_name_word_as_written`) with no capital after its first letter
    ("NumPy and SciPy are easy" holds no names)."""
    rest = word[1:]
    return rest == rest.lower() and _name_word_as_written(word)


def _list_line_names(text: str, found: list[PiiSpan]) -> None:
    """Each item of a minutes' list line that reads as a person key's value."""
    for line in _LIST_LINE.finditer(text):
        value = line.group(1).rstrip(" .")
        cursor = line.start(1)
        for item in _ITEM_JOINER.split(value):
            at = text.find(item, cursor)
            cursor = at + len(item)
            if not item or item.count(" ") >= _MAX_ITEM_WORDS:
                continue
            if person_value_ok(item) and not item.islower():
                found.append(PiiSpan(at, at + len(item), PERSON))
            elif " " in item and text.islower() and lower_label_value(item):
                # (stop 33) minutes typed in lower case: "attendees: nzinga cossa, ..."
                found.append(PiiSpan(at, at + len(item), PERSON))
