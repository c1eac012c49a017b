"""(Stop 33, from the case probe's tuning split) A full name typed in lower case, inside
capitalised text or in caseless text: ``Customer refilwe chikwanha reports ...``, ``approved
by pasang wickramasinghe after an ID check``, ``user="tuyana dorzhiev"``.

The capitalised rules need the name's capitals and the caseless rules a text without any, so
a name a person typed in lower case into a form, a ticket or a log was found only after a
cue that the earlier rules knew. Two lower-case words are a name here when:

- each is a word of no English list, or a listed name of no frequent word ("mark", "will",
  "bill" are words), and no stop word or particle;
- the first is a listed given name, or the second a listed surname, or a word that introduces
  a person stands right before (a role, "by", "from", "dear", a person key);
- neither neighbour is a lower-case word of no English list (then the pair is part of a
  sentence in another language, or of code: "me pasas el número de guliang wanyun" stays
  with the Spanish rules), and no dot joins the pair to a word (a handle, "ana.silva");
- the text is not all capitals. In caseless text too (chat, forms typed in lower case),
  where the older caseless rules wanted a listed name or a frame of chat; the first word
  is then no word that addresses someone ("ping radka?", "ty simran": "Ping" and "Ty" are
  listed given names).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.accents import fold_accents
from processors.redaction.lexicon import (
    NAME_ONLY_COMMON_WORDS,
    NAME_PARTICLES,
    common_words,
    first_names,
    is_english,
    stop_words,
    surname_words,
)
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_shapes import _ROLES
from processors.redaction.person28_occasions import glued_handle
from processors.redaction.person32_places import _HERBS
from processors.redaction.spans import ENTITY_TYPES, PERSON, PiiSpan, placeholder
from processors.redaction.substrings import FiredGates
from processors.redaction.word_memo import WordMemo

__all__ = ["lower33", "lower33_after_redaction"]

# Words after which a pair of unlisted lower-case words is a person's name (our own list).
_CUE_WORDS: Final = frozenset(
    ["customer", "client", "contact", "user", "name",
     "holder", "vendor", "reporter", "reviewer", "requester", "assignee", "owner", "agent",
     "technician", "tech", "driver", "guide", "tutor", "plumber", "dentist", "doctor", "attn",
     "cc", "dear", "hi", "hello", "hey", "thanks", "met", "called", "emailed", "ask", "told",
     "caller", "payee", "tenant", "patient", "guest", "member", "applicant", "employee",
     "recipient", "sender", "author", "approver", "manager", "landlord", "host", "teacher",
     "coach", "nurse", "rep", "representative", "courier", "electrician", "mechanic",
     "cleaner", "stylist", "therapist", "colleague", "neighbour", "neighbor", "friend",
     "son", "daughter", "wife", "husband", "sister", "brother", "mum", "mom", "dad",
     "photographer", "florist", "baker", "designer", "builder", "contractor", "accountant",
     "lawyer", "attorney", "solicitor", "realtor", "instructor", "trainer", "physio",
     "nurse", "midwife", "caterer", "landlady", "roommate", "flatmate", "boss", "supervisor"]
)  # fmt: skip
# Words of code and English suffixes that no unlisted surname has ("ivar iter", "unnamed
# substructures" in a docstring).
_CODE_WORDS: Final = frozenset(
    ["iter", "dict", "func", "args", "kwargs", "init", "impl", "repr", "bool", "enum", "uint",
     "str", "len", "tmp", "src", "dst", "env", "cfg", "conf", "param", "params", "ptr", "buf",
     "idx", "util", "utils", "lib", "libs", "async", "sync", "bytes", "stdin", "stdout",
     "stderr", "regex", "json", "yaml", "toml", "numpy", "scipy", "pandas", "dtype", "dtypes",
     "ndarray", "setuptools", "pytest", "mypy", "ruff", "venv", "sudo", "chmod", "grep"]
)  # fmt: skip
_ENGLISH_SUFFIXES: Final[tuple[str, ...]] = (
    "tion", "tions", "ness", "ment", "ments", "ity", "ities", "ings", "ures", "able", "ible",
    "ized", "ised", "izes", "ises", "ally", "ful", "less", "ship",
)  # fmt: skip
_VOWELS: Final = frozenset("aeiou")
# Words that address or reach someone, some of them listed given names ("Ping", "Ty"):
# "ping radka?", "ty simran" are no full names.
_ADDRESSING_WORDS: Final = frozenset(
    ["ping", "ty", "thx", "call", "text", "ask", "tell", "email", "dm", "message", "cc", "hi",
     "hey", "hello", "yo", "dear", "thank", "thanks", "congrats", "welcome", "bye", "ciao"]
)  # fmt: skip
_GAPS: Final = frozenset([" ", ", ", " and ", " & "])
_SEARCHED_AFTER: Final = re.compile(
    r" (?:obituary|linkedin|instagram|facebook|twitter|tiktok|wedding|net worth|wife|husband"
    r"|age|phone|email|address|contact|biography|author)\b"
)
_STAFF_POST_AFTER: Final = re.compile(
    r" (?:at the (?:front desk|desk|counter|bar|reception|till|door|checkout)|at reception"
    r"|in (?:customer service|support|returns|the returns department|billing|accounts"
    r"|reception|the kitchen))\b"
)
_PEOPLE_VERB_AFTER: Final = re.compile(
    r" (?:were|are|made|helped|did|have|had|both|went|came|cooked|sorted|fixed|looked)\b"
)
# Roles a single lower-case name follows ("Nurse auma", "Host tove", "driver tam").
_ROLE_WORDS: Final = frozenset(
    ["nurse", "host", "trainer", "driver", "assistant", "neighbour", "neighbor", "waiter",
     "waitress", "server", "receptionist", "concierge", "instructor", "barista", "guide",
     "tutor", "plumber", "dentist", "technician", "tech", "courier", "electrician",
     "mechanic", "cleaner", "stylist", "therapist", "agent", "rep", "hostess", "chef",
     "manager", "landlord", "landlady", "caller", "customer", "colleague", "teacher",
     "coach", "doctor", "surgeon", "pharmacist", "vet", "midwife", "carer", "nanny",
     # (titles: "MS KILGORE ASKED", read in lower case; titled_names reads "ms kilgore")
     "mr", "mrs", "ms", "mx", "dr", "prof", "herr", "frau", "mme", "sra", "sr"]
)  # fmt: skip
# Prepositions introduce a person only after a verb of people: "approved by", "belongs to"
# ("with pip setuptools" is no name).
_PREPOSITION_CUES: Final = frozenset(
    ["approved by", "signed by", "sent by", "written by", "reported by", "raised by",
     "requested by", "confirmed by", "handled by", "assigned to", "reassigned to",
     "belongs to", "sent to", "addressed to", "spoke to", "spoke with", "talked to",
     "talked with", "spoken to", "escalated to", "forwarded to", "transferred to",
     "invoice to", "refund to", "issued to", "registered to", "married to", "on behalf of",
     "care of", "message from", "email from", "call from", "letter from", "fix from",
     "note from", "reply from", "complaint from", "parcel for",
     "package for", "booking for", "order for", "reservation for", "stars for", "thanks to",
     "shoutout to", "out to", "kudos to", "ask for", "asked for", "thank you", "copy to",
     "stolen by", "review by", "reviewed by", "booked by", "paid by", "ordered by",
     "delivered to", "signed for", "made by", "cancelled by", "disputed by"]
)  # fmt: skip
# The words before the pair, and what may stand between: a colon, "=", quotes, spaces.
_CUE: Final = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+)\.?[:=]?[ \t]*[\"']?[ \t]*$")

_LOWER_WORD: Final = re.compile(
    r"(?<![\w@./:'\u2019#\\-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?![\w@'\u2019\\])"
)


def lower33(text: str, cued_only: bool = False) -> list[PiiSpan]:
    """The lower-case full names of the module docstring. ``cued_only`` (a line in capitals
    read in lower case, where every word had a capital): a pair needs a cue before it, or a
    listed given name and a listed surname ("SINE FRESNEL INTEGRAL", "NIL UUID" stay)."""
    if text.isupper():
        return []  # (read as caseless text by find_names when it is a form or chat)
    pieces = text.split()
    if not _may_hold_first(text, pieces):
        _FIRED.note(text, 0)
        return []  # (speed: no word the loop below starts from; see there)
    _FIRED.note(text, 1)
    words = _words(text, pieces)
    found: list[PiiSpan] = []
    given = first_names()
    for index in range(len(words)):
        start, end, first = words[index]
        if not _FIRST_OK[first]:
            continue  # (the test of _may_hold_first's gate: keep the two one)
        listed = first in given and first not in _HERBS  # ("rosemary focaccia")
        opened = not text[start].islower()
        after = index + 1
        if (
            after + 1 < len(words)
            and words[after][2] == "and"
            and text[end : words[after][0]] == " "
        ):
            after += 1  # (a pair: "ekow and ikenna")
        second_start, second_end, second = words[after] if after < len(words) else (-1, -1, "")
        gap = text[end:second_start]
        if gap not in _GAPS or not _surname_word(second) or not text[second_start].islower():
            if not opened and _lone_cued(text, start, end) and _lone_word_ends(text, words, index):
                found.append(PiiSpan(start, end, PERSON))  # "Nurse auma deserves a raise"
            continue
        if opened:  # "Tanja schmitt will call you", "Gwenaelle lacombe obituary"
            if gap == " " and (
                listed
                or (second in surname_words() and second not in common_words())
                or _SEARCHED_AFTER.match(text, second_end) is not None
            ):
                found.append(PiiSpan(start, second_end, PERSON))
            continue
        if _foreign_neighbour(text, words, index - 1, start, True) or _foreign_neighbour(
            text, words, after + 1, second_end, False
        ):
            continue
        if text.endswith(".", 0, start) or (
            text.startswith(".", second_end) and text[second_end + 1 : second_end + 2].isalpha()
        ):
            continue  # (a dotted handle: "ana.silva")
        cued = _cue_before(text, start)
        if gap == " ":
            surname = second in surname_words() and second not in common_words()
            if cued or (listed and surname if cued_only else listed or surname):
                found.append(PiiSpan(start, second_end, PERSON))
        elif gap == ", ":  # "account holder: mccrary, wendell" (not a list: "cc: ansel, ed")
            if _role_before(text, start, _ROLES) and (
                listed or second in given or first in surname_words()
            ):
                found.append(PiiSpan(start, second_end, PERSON))
        elif cued or (
            (listed or second in given) and _PEOPLE_VERB_AFTER.match(text, second_end) is not None
        ):
            # "Five stars for ekow and ikenna", "dariela and wigand made breakfast"
            found.append(PiiSpan(start, end, PERSON))
            found.append(PiiSpan(second_start, second_end, PERSON))
    return found


# (Speed) lower33 read every word of every text that is not all capitals
# (the finder's and the re-scan guard's) with a regex scan, and a name starts only at a word
# that passes _first_ok. A word of _LOWER_WORD holds no white space, and what its look-arounds
# read next to it is the same at a piece's edge as next to white space in the text (none of
# them excludes white space), so the words of a text are those of its pieces between white
# space, in order: each piece is read once (a memo, _read_piece), and the texts none of whose
# pieces holds a word to start from are let go at once (_may_hold_first).
_ANY_WORD: Final = "\x00"  # (a piece with a word in lower case that may start a name)


def _first_ok(first: str) -> bool:
    """The first test of lower33's loop: the word (lower-cased) may start a name there (of no
    English list but a given name common only as a name, "joseph"; no chat word or word that
    addresses someone, "ping", "ty"; a listed given name but a herb, or a word that may be a
    surname)."""
    if is_english(first) and first not in NAME_ONLY_COMMON_WORDS:
        return False
    if first in CHAT_WORDS or first in _ADDRESSING_WORDS:
        return False
    listed = first in first_names() and first not in _HERBS  # ("rosemary focaccia")
    return listed or _surname_word(first)


_FIRST_OK: Final = WordMemo(_first_ok)


class _Piece:
    """What lower33 reads in a piece of text between white space: ``words``, each word of
    _LOWER_WORD in it that is in lower case or is capitalised and opens the piece (the only
    place where _opens_sentence may say yes), as (start, end, the word, the word lower-cased,
    whether it is in lower case); ``lead``, _ANY_WORD when a word in lower case passes
    _first_ok, else the capitalised opening word when it passes, else ""."""

    def __init__(self, lead: str, words: tuple[tuple[int, int, str, str, bool], ...]) -> None:
        self.lead = lead
        self.words = words


_NO_WORDS: Final = _Piece("", ())


def _read_piece(piece: str) -> _Piece:
    """The :class:`_Piece` of ``piece``."""
    if piece.isalpha():  # (one word, or none: every letter is one of _LOWER_WORD's)
        if len(piece) < 2:
            return _NO_WORDS
        lowered = piece.lower()
        if piece.islower():
            lead = _ANY_WORD if _FIRST_OK[lowered] else ""
            return _Piece(lead, ((0, len(piece), piece, lowered, True),))
        if piece[:1].isupper() and piece[1:].islower():
            lead = piece if _FIRST_OK[lowered] else ""
            return _Piece(lead, ((0, len(piece), piece, lowered, False),))
        return _NO_WORDS
    lead = ""
    words: list[tuple[int, int, str, str, bool]] = []
    for match in _LOWER_WORD.finditer(piece):
        written = match.group()
        if written.islower():
            lowered = written.lower()
            words.append((match.start(), match.end(), written, lowered, True))
            if _FIRST_OK[lowered]:
                lead = _ANY_WORD
        elif match.start() == 0 and written[:1].isupper() and written[1:].islower():
            lowered = written.lower()
            words.append((0, match.end(), written, lowered, False))
            if _FIRST_OK[lowered]:
                lead = written  # (the piece's first word: no lead before it)
    return _Piece(lead, tuple(words)) if words else _NO_WORDS


_PIECES: Final = WordMemo(_read_piece)


def _may_hold_first(text: str, pieces: list[str]) -> bool:
    """False only when no word that lower33 reads in ``text`` (split into ``pieces``) passes
    _first_ok: a piece's word in lower case passes, or a piece's capitalised opening word does
    and stands where _opens_sentence may say yes."""
    for piece in pieces:
        if len(piece) < 2:
            continue  # (no word: _LOWER_WORD wants two letters)
        lead = _PIECES[piece].lead
        if lead and (lead == _ANY_WORD or _may_open_sentence(text, lead)):
            return True
    return False


_SENTENCE_ENDS: Final = frozenset([". ", "! ", "? "])


def _may_open_sentence(text: str, word: str) -> bool:
    """``word`` stands at the start of ``text``, after a line break, or after ". ", "! " or
    "? " somewhere (where _opens_sentence may say yes)."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n" or (at > 1 and text[at - 2 : at] in _SENTENCE_ENDS):
            return True
        at = text.find(word, at + 1)
    return False


def _words(text: str, pieces: list[str]) -> list[tuple[int, int, str]]:
    """The words lower33 reads in ``text`` (split into ``pieces``), in order, as (start, end,
    the word lower-cased): each word of _LOWER_WORD in lower case, or capitalised where it
    opens the text or a sentence (as a scan of the whole text finds them)."""
    words: list[tuple[int, int, str]] = []
    cursor = 0
    for piece in pieces:
        at = text.find(piece, cursor)  # (only white space lies between: no earlier place)
        cursor = at + len(piece)
        for start, end, written, lowered, in_lower_case in _PIECES[piece].words:
            if in_lower_case or _opens_sentence(text, at + start, written):
                words.append((at + start, at + end, lowered))
    return words


_FIRED: Final = FiredGates()  # (whether the gate passed on the last text: see below)


def lower33_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`lower33` finds a name in ``text``, a redaction of ``source`` (when not
    None; speed: the re-scan guard).

    When the gate said no on ``source`` (substrings.FiredGates), only the pieces of ``text``
    that hold a "<" are asked: a piece without a placeholder (which holds no white space)
    lies in a stretch that redaction kept, between white space or the text's edges, so it is
    a piece of ``source`` too, and where its capitalised opening word stands is read from
    kept characters (a placeholder holds no lower-case letter, and its "<" and ">" are no
    line break, space or sentence mark). (A text that lower33 does not read, such as one in
    capitals, gets no from it too.)"""
    if _FIRED.fired_for(source) == 0 and not _may_hold_first(text, _marked_pieces(text)):
        return False
    return bool(lower33(text))


_PLACEHOLDERS: Final = frozenset(placeholder(kind) for kind in ENTITY_TYPES)


def _marked_pieces(text: str) -> list[str]:
    """The pieces of ``text`` between white space that hold a "<" (every placeholder's piece;
    without a split of the whole text)."""
    pieces: list[str] = []
    at = text.find("<")
    while at >= 0:
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = text.find(">", at)
        if end < 0 or text[at : end + 1] not in _PLACEHOLDERS:
            end = at  # (a "<" of the text's own: read on from it)
        end += 1  # (past the placeholder, which holds no white space, at once)
        while end < len(text) and not text[end].isspace():
            end += 1
        pieces.append(text[start:end])
        at = text.find("<", end)
    return pieces


def _opens_sentence(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` has a capital first letter only and opens the text or a sentence
    (a keyboard's capital, not the writer's)."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    if start == 0 or text[start - 1] == "\n":
        return True
    # (after a sentence's last word, not after an abbreviation: "Sr. Thornton pide")
    if not text.endswith((". ", "! ", "? "), 0, start):
        return False
    before = text[: start - 2].rsplit(None, 1)
    previous = before[-1] if before else ""  # ("\n. Anna": no word before the mark)
    return len(previous) > 3 or previous.islower()


def _lone_cued(text: str, start: int, end: int) -> bool:
    """A single lower-case word stands where only a person fits: after a role ("Nurse auma"),
    after "assigned to" and the like before a mark ("Reassigned to nisreen."), or before a
    staff post ("Ask for selvinaz at the front desk", "clotaire in customer service")."""
    if _role_before(text, start) or _STAFF_POST_AFTER.match(text, end) is not None:
        return True
    if end < len(text) and text[end] not in ".,;:)!\n":
        return False
    low = max(0, start - 32)
    if _last_cue_word(text, low, start) not in _PREPOSITION_LAST_WORDS:
        return False  # (speed: see _last_cue_word)
    cue = _CUE.search(text, low, start)
    return (
        cue is not None
        and cue.group(1) is not None
        and f"{cue.group(1).lower()} {cue.group(2).lower()}" in _PREPOSITION_CUES
    )


def _role_before(text: str, start: int, roles: frozenset[str] = _ROLE_WORDS) -> bool:
    """A role noun of people stands right before ``start`` ("Nurse auma", "driver tam")."""
    low = max(0, start - 24)
    if _last_cue_word(text, low, start) not in roles:
        return False  # (speed: see _last_cue_word)
    cue = _CUE.search(text, low, start)
    return cue is not None and cue.group(2).lower() in roles


def _last_cue_word(text: str, low: int, start: int) -> str:
    """The word that ``_CUE.search(text, low, start)`` takes as its last word (group 2),
    lower-cased, when that word lower-cased is one of lower-case ASCII letters only (every cue
    is); else some other string. (Speed: a search of _CUE costs some 45k instructions, as it
    tries every place and backtracks through each word, and testing the window for each cue
    word cost some 10k; a cue is read only when this word is one.)

    Group 2 is a run of letters ([^\\W\\d_]) that ends where the rest of the window matches
    _CUE's tail: an optional ".", an optional ":" or "=", then spaces or tabs with at most one
    quote among them, then the end ("$": the window's end, or before a line break that ends
    it). The tail holds no letter, so the run ends after the last letter before that tail,
    and it is the whole run of letters there (the search takes the leftmost match, and a
    match that starts earlier starts with group 1 and a space before group 2), cut at
    ``low``. Its characters lower-case to ASCII letters only when each is a letter (isalpha;
    checked against every code point), and a character before the run that is no
    [^\\W\\d_] is no letter either (letters are \\w and neither digits nor "_"). So the
    letters before the stripped tail are group 2 whenever group 2 lower-cased is a cue word.
    """
    end = start
    if end > low and text[end - 1] == "\n":
        end -= 1  # ("$" matches before a line break that ends the window; the tail holds none)
    while end > low and text[end - 1] in " \t\"'":
        end -= 1  # (more quotes than the tail lets stand: then no cue word follows anyway)
    if end > low and text[end - 1] in ":=":
        end -= 1
    if end > low and text[end - 1] == ".":
        end -= 1
    begin = end
    while begin > low and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end].lower()


# The last words of _PREPOSITION_CUES (group 2 of _CUE where a preposition cue stands).
_PREPOSITION_LAST_WORDS: Final = frozenset(cue.rsplit(" ", 1)[-1] for cue in _PREPOSITION_CUES)
# The words that may end a cue of _cue_before.
_CUE_BEFORE_WORDS: Final = _CUE_WORDS | _PREPOSITION_LAST_WORDS


def _lone_word_ends(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """The word at ``index`` is a name alone: of no English list, three letters or more, and
    no lower-case word of no English list follows it."""
    _, end, word = words[index]
    if len(word) < 3 or not _surname_word(word):
        return False
    if word.endswith(("ed", "ing", "ly")) and word not in first_names():
        return False  # a verb or an adverb of no list: "Courier rebooked for Thursday"
    if not any(vowel in _VOWELS for vowel in fold_accents(word)) or glued_handle(word):
        return False  # code or a handle: "raised by pytz.", "Feature request from lemonfizz:"
    if index + 1 < len(words):
        next_start, _, following = words[index + 1]
        if text[end:next_start] == " " and not is_english(following):
            return False
    return True


def _cue_before(text: str, start: int) -> bool:
    """A word that introduces a person stands right before ``start``: a role, a preposition
    of people, a greeting, or a person key ("customer", "approved by", 'user="')."""
    low = max(0, start - 32)
    if _last_cue_word(text, low, start) not in _CUE_BEFORE_WORDS:
        return False  # (speed: see _last_cue_word)
    head = text[low:start]
    cue = _CUE.search(head)
    if cue is None:
        return False
    last = cue.group(2).lower()
    if last in _CUE_WORDS:
        return True
    return cue.group(1) is not None and f"{cue.group(1).lower()} {last}" in _PREPOSITION_CUES


def _surname_word(word: str) -> bool:
    """A lower-case word that may be a surname: of no English list, or a listed surname that
    is no frequent word; no stop word or particle."""
    bare = word.replace("-", "")
    if len(bare) < 2 or word in stop_words() or word in NAME_PARTICLES or word in CHAT_WORDS:
        return False  # ("ty simran", "ping radka": chat words)
    if word in surname_words():
        return word not in common_words()
    return (
        not english_shaped(word)
        and not all(is_english(part) for part in word.split("-"))
        and not (word.endswith("ist") and not word.endswith("vist"))  # a trade: "orthodontist"
    )


def english_shaped(word: str) -> bool:
    """A lower-case word English or shaped so: a listed word, a word of code, an English
    suffix or an English plural ("residuals", "boxes"; "tomos" is no "toms")."""
    if is_english(word) or word in _CODE_WORDS or word.endswith(_ENGLISH_SUFFIXES):
        return True
    return word.endswith("s") and (
        is_english(word[:-1]) or (word.endswith("es") and is_english(word[:-2]))
    )


def _foreign_neighbour(
    text: str, words: list[tuple[int, int, str]], index: int, edge: int, before: bool
) -> bool:
    """The word at ``index`` touches the pair (one space between) and is a lower-case word of
    no English list."""
    if index < 0 or index >= len(words):
        return False
    start, end, word = words[index]
    gap = text[end:edge] if before else text[edge:start]
    return gap == " " and not is_english(word) and word not in NAME_PARTICLES
