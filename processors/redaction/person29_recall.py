"""(Stop 29) Names in places that leave a person as the only reading, which the earlier rules
did not cover:

- a name set off by commas after a role (``the admin, Taddeo, never answered``);
- a name before "the" and a role, or after a role, before a verb (``Great stay, Quillon the
  host was lovely``, ``the instructor Ysolde was patient``: own probe), or after "a lady
  called" and the like;
- a name after a verb of talking, a pronoun of a person following (``Spoke with Edinaldo by
  phone; she will retry``);
- a word opening a sentence before a coming or going only a person does (``rosalinda is
  coming, the rest can't make it``, ``Pengfei can't make it``);
- a name whose home or partner is spoken of (``omg is this Clodoaldo's new place??``);
- a name of two words before where it lives (``wait so zenaide queiroga lives at ...``);
- a listed given name that is also an English word after a kin word (``my sister Clemency;``);
- a lower-case name after a greeting opening lower-case chat that has capitals further on
  (``hey clodoaldo, can u send the deposit to FI78 ...``), asked by ``names.find_names`` of
  the stretch that opens the text;
- a word name before a surname of no English list (``Memory Gildersleeve``, ``Goodness
  Hamelin``): such names are English words, listed nowhere, because they head common phrases
  ("Memory Foam", "Gift Card", "Loyalty Program"), whose second word is English;
- a person key's value written with initials (``"holder": "N. HEJMOWSKA"``, ``'contact':
  'Dr. C. Estrada'``, ``owner=BALAJI E. NAGARAJAN``).

Every name word must be a listed given name of no common word, a word of no English list (the
test of :mod:`person28_recall`) or a given name common only as a name (``NAME_ONLY_COMMON_WORDS``,
"Michael"): "the admin, Legal, ..." is no name, but a brand no list holds ("Netflix's new
place") would be, so the frames are kept to what only a person does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from processors.redaction.lexicon import (
    NAME_ONLY_COMMON_WORDS,
    common_words,
    first_names,
    is_english,
    stop_words,
    surname_words,
)
from processors.redaction.name_kin_words import FAMILY_WORDS
from processors.redaction.person28_recall import (
    _capitalised_name_word,
    _lower_name_word,
    _spans,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    holds_word,
    lower_words,
    opening_matches,
)

__all__ = ["LOWER_NAME_WORD", "greeted_name", "group_spans", "recall29", "recall29_after_redaction"]

_FIRED: Final = FiredGates()  # (recall29's last text: see recall29_after_redaction)

# A lower-case word of three letters or more that may be a name (the person29 modules' own).
LOWER_NAME_WORD: Final = r"[a-zà-ÿ][^\W\d_A-Z]{2,}"
_CAPITALISED: Final = r"[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)?"
_ANY_CASE: Final = r"[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
_SENTENCE_START: Final = r"(?:^|(?<=[.!?] )|(?<=\n))"
_ROLES: Final = (
    "admin", "sysadmin", "manager", "landlord", "landlady", "owner", "host", "driver", "guide",
    "tech", "technician", "engineer", "plumber", "electrician", "agent", "rep", "nurse",
    "doctor", "vet", "teacher", "tutor", "coach", "boss", "supervisor", "neighbour",
    "neighbor", "receptionist", "courier", "cleaner", "contractor", "builder", "moderator",
    "organiser", "organizer", "chef", "waiter", "waitress", "barista", "pharmacist",
    "dentist", "lawyer", "accountant", "realtor", "caretaker", "concierge", "janitor",
    "developer", "dev", "lead", "instructor", "trainer", "therapist", "midwife", "mechanic",
)  # fmt: skip
_ROLE_APPOSITIVE: Final = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir) (?:new |old |night |site )?"
    r"(?:" + "|".join(_ROLES) + r"), (" + _ANY_CASE + r"),"
)
# (own probe) "Great stay, Quillon the host was lovely", "the instructor Ysolde was patient"
_NAME_THEN_ROLE: Final = re.compile(
    r"(?:^|(?<=[.!?,] )|(?<=\n))(" + _ANY_CASE + r") the (?:" + "|".join(_ROLES) + r")"
    r" (?:was|is|had|has|made|gave|did|kept)\b"
)
_ROLE_THEN_NAME: Final = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Mm]y) (?:new |old )?(?:" + "|".join(_ROLES) + r") (" + _CAPITALISED
    + r") (?=(?:was|is|had|has|made|gave|did|kept|said|told|took|showed|explained)\b)"
)  # fmt: skip
_CALLED: Final = re.compile(
    r"\b(?:lady|guy|man|woman|girl|bloke|chap|someone|person|agent|rep|fella|gentleman"
    r"|fellow) (?:called|named) (" + _CAPITALISED + r")(?![\w'\u2019-])"
)
_TALKED_WITH: Final = re.compile(
    r"\b(?:[Ss]poke|[Ss]peaking|[Tt]alked|[Tt]alking|[Cc]hatted|[Cc]hatting) (?:with|to) ("
    + _CAPITALISED
    + r")(?= by (?:phone|email|chat|video)| on the phone|[;,.] (?:[Ss]he|[Hh]e)\b)"
)
_COMING: Final = re.compile(
    _SENTENCE_START + r"(" + _ANY_CASE + r") (?:is (?:coming|joining us|on (?:her|his) way"
    r"|bringing (?:the|her|his|a)|picking (?:us|me) up|driving (?:us|me))"
    r"|(?:can't|cannot|cant|won't) (?:make it|come)|says hi|said hi)\b"
)
_HOME_OR_PARTNER: Final = re.compile(
    r"(?<![\w'\u2019])(" + _ANY_CASE + r")['\u2019]s (?:new |old )?(?:place|flat|house|home"
    r"|apartment|apt|boyfriend|girlfriend|husband|wife|fianc[ée]e?)\b"
)
_LIVES_AT: Final = re.compile(
    r"(?:^|(?<=[.!?,] )|(?<=\n)|(?<=\bso )|(?<=\band ))(" + _ANY_CASE + " " + _ANY_CASE
    + r") (?:lives|lived|is living|stays|is staying|has moved|moved) (?:at|in|to|on|into)\b"
)  # fmt: skip
# (speed) What a match of _LIVES_AT follows, as its look-behinds say (opening_matches).
_LIVES_LEADS: Final = frozenset([". ", "! ", "? ", ", ", "\n", "so ", "and "])
_KIN_THEN_NAME: Final = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:sister|brother|mum|mom|dad|son|daughter|wife"
    r"|husband|cousin|aunt|uncle|niece|nephew|grandma|grandpa|gran|nan|partner|girlfriend"
    r"|boyfriend|fianc[ée]e?|flatmate|roommate|bestie) (" + _CAPITALISED + r")(?=[;,.!?)]"
    r"| and | who | is | was | has | had | said | says | came )"
)
# Word names of Southern and West Africa and of the Puritan tradition (our own list), which
# no name list holds because they are common English words.
_WORD_NAMES: Final = (
    "Memory", "Goodness", "Blessing", "Precious", "Gift", "Loyalty", "Unity", "Peace",
    "Patience", "Mercy", "Charity", "Prudence", "Honour", "Justice", "Fortune", "Miracle",
    "Wisdom", "Knowledge", "Praise", "Comfort", "Destiny", "Happiness", "Innocent", "Lucky",
    "Treasure", "Success", "Beauty", "Marvellous", "Testimony", "Lovemore", "Givemore",
    "Blessed", "Trust", "Talent", "Learnmore", "Nomore", "Prosper", "Tendai",
)  # fmt: skip
_WORD_NAME_THEN_SURNAME: Final = re.compile(
    r"(?<![\w'\u2019-])((?:" + "|".join(_WORD_NAMES) + r") [A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
    r"(?![\w-])"
)
_TITLE: Final = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?"
_INITIALLED: Final = (
    r"((?:[A-Z]\. ?){1,2}(?:[A-Z][a-z]+|[A-Z]{2,})(?:[- ](?:[A-Z][a-z]+|[A-Z]{2,}))?"
    r"|[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+|[A-Z]{2,} [A-Z]\. [A-Z]{2,})"
)
# (speed) The value is found first, from its mark (a pattern opening with a character class
# is tried only at ":" and "="), then the person key is looked for right before the mark.
_INITIALLED_VALUE: Final = re.compile(
    r"[:=][ \t]*['\"]?" + _TITLE + _INITIALLED + r"(?=['\";,\n}]|$)"
)
_PERSON_KEY_BEFORE: Final = re.compile(
    r"(?i:holder|cardholder|owner|contact|contact_name|customer|client|payee|payer|recipient"
    r"|assignee|approved_by|approver|requester|reporter|signatory|tenant|patient|guest"
    r"|member|passenger|sender|author|name|full_name|ship_to|bill_to|deliver_to|consignee"
    r"|addressee|attn)['\"]?[ \t]*$"
)

# (speed) The role rules want the role as a word between spaces ("the admin, X,": "admin,";
# "the instructor X was": "instructor"): a lookup of the text's words is an exact gate.
_ROLE_COMMA_WORDS: Final = frozenset(f"{role}," for role in _ROLES)
_ROLE_WORD_SET: Final = frozenset(_ROLES)
_TALK_CUES: Final[tuple[str, ...]] = (
    "poke ",
    "peaking ",
    "alked ",
    "alking ",
    "hatted ",
    "hatting ",
)
_HOME_CUES: Final[tuple[str, ...]] = (
    "place",
    "flat",
    "house",
    "home",
    "apartment",
    "apt",
    "friend",
    "husband",
    "wife",
    "fianc",
)
# (speed) The verb of _LIVES_AT, the kin word of _KIN_THEN_NAME (FAMILY_WORDS) and the word
# after the name in _COMING (but for "is") stand between spaces: a lookup of the text's words
# is an exact gate.
_LIVES_WORDS: Final = frozenset(["lives", "lived", "living", "stays", "staying", "moved"])
_PREPOSITION_HEADS: Final = frozenset(["at", "in", "to", "on"])  # (at, in, into, to, on)
_COMING_WORDS: Final = frozenset(["can't", "cannot", "cant", "won't", "says", "said"])
_IS_COMING_CUES: Final[tuple[str, ...]] = (
    " is coming", " is joining", " is on ", " is bringing", " is picking", " is driving",
)  # fmt: skip
# (speed) A word name followed by a space ends a word of the text (a letter of no other word
# before it: a whole word, or one after punctuation, "(Memory").
_WORD_NAMES_LOWER: Final = frozenset(name.lower() for name in _WORD_NAMES)
_WORD_NAME_ENDS: Final = tuple(_WORD_NAMES_LOWER)
_WORD_NAME_TAILS: Final = frozenset(name[-4:] for name in _WORD_NAMES_LOWER)


def recall29(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind the substring test of its cue).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see recall29_after_redaction)
    words = lower_words(text)
    if only & 1 and ", " in text and holds_word(words, _ROLE_COMMA_WORDS):
        fired |= 1
        found.extend(_spans(_ROLE_APPOSITIVE, text, _name_word_as_written))
    if only & 2 and holds_word(words, _ROLE_WORD_SET):
        fired |= 2
        if " the " in text:
            found.extend(_spans(_NAME_THEN_ROLE, text, _name_word_as_written))
        found.extend(_spans(_ROLE_THEN_NAME, text, _capitalised_name_word))
    if only & 4 and ("called " in text or "named " in text):
        fired |= 4
        found.extend(_spans(_CALLED, text, _capitalised_name_word))
    if only & 8 and holds_any(text, _TALK_CUES):
        fired |= 8
        found.extend(_spans(_TALKED_WITH, text, _capitalised_name_word))
    if only & 16 and (
        holds_word(words, _COMING_WORDS) or ("is" in words and holds_any(text, _IS_COMING_CUES))
    ):
        fired |= 16
        found.extend(_spans(_COMING, text, _name_word_as_written))
    if only & 32 and (("'s " in text or "\u2019s " in text) and holds_any(text, _HOME_CUES)):
        fired |= 32
        found.extend(_spans(_HOME_OR_PARTNER, text, _name_word_as_written))
    if only & 64 and _lives_then_preposition(words):
        fired |= 64
        for match in opening_matches(_LIVES_AT, text, _LIVES_LEADS):
            if _two_name_words(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 128 and holds_word(words, FAMILY_WORDS):
        fired |= 128
        found.extend(_spans(_KIN_THEN_NAME, text, _listed_given_name))
    if only & 256 and _holds_word_name(words):
        fired |= 256
        found.extend(_spans(_WORD_NAME_THEN_SURNAME, text, _surname_of_no_english))
    if only & 512 and (". " in text and ("=" in text or ":" in text)):
        fired |= 512
        for value in _INITIALLED_VALUE.finditer(text):
            mark = value.start()
            if _PERSON_KEY_BEFORE.search(
                text, max(0, mark - 40), mark
            ) is not None and _initialled_name(value.group(1)):
                found.append(PiiSpan(value.start(1), value.end(1), PERSON))
    # (no gate asks for lower case: any text is noted)
    _FIRED.note(text, fired)
    return found


def recall29_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall29` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall29(text, fired))


def _lives_then_preposition(words: tuple[str, ...]) -> bool:
    """Whether a verb of _LIVES_AT is a word of the text and the next word starts with its
    preposition (an exact gate: both follow a space)."""
    for index in range(len(words) - 1):
        if words[index] in _LIVES_WORDS and words[index + 1][:2] in _PREPOSITION_HEADS:
            return True
    return False


def _holds_word_name(words: tuple[str, ...]) -> bool:
    """Whether one of the lower-cased ``words`` is, or ends after punctuation in, a word name
    (an exact gate of _WORD_NAME_THEN_SURNAME, cheaper than a substring test of each)."""
    for word in words:  # noqa: SIM110 (compiled: a loop, no generator object)
        # (a set lookup of the last four letters first: no call of a str method per word)
        if word[-4:] in _WORD_NAME_TAILS and word.endswith(_WORD_NAME_ENDS):
            return True
    return False


def _name_word_as_written(word: str) -> bool:
    """A capitalised name word (:func:`_capitalised_name_word`), or a lower-case word of no
    English or common use; or a given name that is common only as a name ("Jennifer")."""
    if word.lower() in NAME_ONLY_COMMON_WORDS:
        return word[:1].isupper() or word.islower()
    if word[:1].isupper():
        return _capitalised_name_word(word) and not word.isupper()
    return word.islower() and _lower_name_word(word, listed=False)


def _two_name_words(value: str) -> bool:
    """Two words written alike (both capitalised or both lower case), each a name word."""
    first, _, second = value.partition(" ")
    if first[:1].isupper() != second[:1].isupper():
        return False
    return _name_word_as_written(first) and _name_word_as_written(second)


def _listed_given_name(word: str) -> bool:
    """A listed given name, also one that is an English word (after a kin word "my sister
    Clemency" is a person), but no word of the stop list ("my son Is")."""
    lower = word.lower()
    return lower in first_names() and lower not in stop_words()


def _surname_of_no_english(value: str) -> bool:
    """The second word is of no English list and no frequent use ("Memory Gildersleeve"; not
    "Memory Foam", "Gift Card")."""
    surname = value.partition(" ")[2].lower()
    return not is_english(surname) and surname not in common_words() and not value.isupper()


def _initialled_name(value: str) -> bool:
    """Initials and a surname, or a given name, an initial and a surname: the surname (the
    last word) is no frequent English word ("C. Estrada"; not "A. Team")."""
    last = value.replace("-", " ").rpartition(" ")[2].rpartition(".")[2].lower()
    if len(last) < 2 or last in common_words():
        return False
    return last in surname_words() or last in first_names() or not is_english(last)


_GREETINGS: Final = frozenset(
    ["hey", "hi", "hiya", "heya", "hello", "yo", "morning", "evening", "thanks", "thx", "ty",
     "cheers", "dear", "sorry"]
)  # fmt: skip


def greeted_name(piece: str, start: int, end: int) -> bool:
    """The span ``piece[start:end]`` is one lower-case word of no English or common use right
    after the greeting that opens ``piece`` and before a comma (``hey clodoaldo, can u``)."""
    return (
        piece.startswith(",", end)
        and piece[: start - 1] in _GREETINGS
        and piece[start - 1 : start] == " "
        and piece[start:end].islower()
        and " " not in piece[start:end]
        and _lower_name_word(piece[start:end], listed=False)
    )


def group_spans(pattern: re.Pattern[str], text: str, ok: Callable[[str], bool]) -> list[PiiSpan]:
    """The spans of whichever group of an alternation matched, when ``ok`` takes its word."""
    found: list[PiiSpan] = []
    for match in pattern.finditer(text):
        group = match.lastindex or 1
        if ok(match.group(group)):
            found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    return found
