"""Person names without an NLP model: capitalisation, a given-name list and English stop words.

What it catches (see ``docs/redaction.md``):

* Runs of two or more capitalised words, optionally with middle initials (``Nicole L.
  Parmentier``) and lower-case particles (``Frits L van den Heuvel``), in any Latin script
  with diacritics, ``Mc``/``O'`` forms and hyphenated parts. Every word must look like a name:
  not among the 400 most frequent English words, and not a common English word unless it is a
  known given name or surname. Leading/trailing non-name words are trimmed (``Thanks Mitchell
  Boyes`` -> ``Mitchell Boyes``), a possessive ``'s`` is left out.
* In text with no capital letters at all: a known given name followed by a word that is not
  common English (``velimir janković``), with an optional initial.

What it misses: single-word names (``Thanks, Anna``), all-caps names, lower-case names in
otherwise capitalised text, lower-case names whose given name is not in the list, and
non-Latin scripts. It reports false positives for capitalised multi-word proper nouns made of
uncommon words (``Los Angeles``, brand or place names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    place_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_cues import find_cued_names
from processors.redaction.name_fixes import label_names, refine
from processors.redaction.name_set7 import (
    ABSENT_WORDS,
    CSV_NAME_COLUMNS,
    CSV_NAME_VALUE,
    CUE_WORDS,
    HYPHEN_PARTICLE,
    NEVER_SINGLE,
    NOT_AFTER_WORDS,
    NOT_BEFORE_WORDS,
    NOT_NAME,
    PAIR_CUES,
    PHRASE_CUES,
    PHRASE_ENDS,
    PRODUCT_KEYS,
    SAID_WORDS,
    SIGN_OFF_CUES,
    WORD_CUES,
    csv_fields,
    display_names,
    last_word,
    organisation_run,
    street_after,
)
from processors.redaction.name_set8 import WORD_CUES as SET8_WORD_CUES
from processors.redaction.person_neg_contexts import drop_lookalike_persons
from processors.redaction.spans import ENTITY_TYPES, PERSON, PiiSpan, placeholder
from processors.redaction.word_memo import WordMemo

__all__ = ["find_names", "may_contain_names"]

_LATIN_RANGE = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
_UPPER = "".join(chr(c) for c in _LATIN_RANGE if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in _LATIN_RANGE if chr(c).islower() and chr(c).isalpha())
_U = f"[{_UPPER}]"
_L = f"[{_LOWER}]"
_PARTICLES = NAME_PARTICLES
# Lower-case letters are taken possessively ("{_L}++"): giving one back leaves a lower-case
# letter next, which nothing after a token accepts, so only the failing backtracking is saved.
_TOKEN = rf"(?:{_U}['\u2019])?(?:IJ|{_U}){_L}++(?:-?{_U}{_L}++|-{_L}++)*"
_INITIAL = rf"{_U}\.?"
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# A run after its first (capital) letter: the pattern starts with the capital, with the
# look-behind after it, so that the regex engine skips straight to capitals instead of
# evaluating the look-behind at every position. The first token is _TOKEN again.
_RUN_AFTER_CAPITAL = (
    rf"(?<![\w@.+-].)(?<!\w['\u2019].)(?:['\u2019](?:IJ|{_U})|(?<=I)J)?{_L}++"
    rf"(?:-?{_U}{_L}++|-{_L}++)*"
    rf"(?: {{1,2}}(?:{_INITIAL} {{1,2}})?(?:{_PARTICLE} )*(?:{HYPHEN_PARTICLE})?{_TOKEN})+"
    rf"(?![\w@]|['\u2019]?{_L}*@)"
)
_RUN = re.compile(_U + _RUN_AFTER_CAPITAL)
_LOWER_WORD = re.compile(
    rf"(?<![\w@.'\u2019+-]){_L}+(?:['\u2019]{_L}{{2,}})?(?:-{_L}+)?(?![\w@]|\.\w)"
)
_STREET_SUFFIXES = (
    "straße",
    "strasse",
    "weg",
    "laan",
    "straat",
    "plein",
    "gracht",
    "gatan",
    "vägen",
    "platz",
    "allee",
    "gasse",
    "gade",
    "vej",
)
_INNER_CAPITAL = re.compile(rf"{_L}{_U}")
_NAME_PREFIX = re.compile(
    r"(?:Mc|Mac|O['\u2019]|D['\u2019]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z]"
)
# A capitalised run right after these is a place or a product ("the Buenos Aires sign",
# "hotels in Hong Kong", "X vs Y"), not a person.
_NOT_AFTER_WORDS = frozenset(
    ["the", "in", "near", "vs", "versus", "my", "our", "your", "his", "their", "x"]
)
_NOT_AFTER_WORDS |= NOT_AFTER_WORDS  # (set 7)
# ... or right before "vs", "size" or a model number that ends the phrase ("Levi Strauss
# 501", "Levi Strauss 501 size 36"; not a phone "555-0132" nor a house number "12 Main St").
_NOT_BEFORE_WORDS = (
    "vs", "versus", "size", "manual", "review", "reviews", "specs", "charger", "case", "price",
    "battery", "replacement", "firmware", "deal", "deals", "sale", "refurbished", "accessories",
    *NOT_BEFORE_WORDS,
)  # fmt: skip
_NOT_BEFORE = re.compile(" (?:" + "|".join(_NOT_BEFORE_WORDS) + r")\b")
# (a cheap test of the letter after the space saves most regex calls)
_NOT_BEFORE_INITIALS = frozenset(word[0] for word in _NOT_BEFORE_WORDS)
_MODEL_NUMBER = re.compile(r" \d+\b(?![-/.,:]\d)")
_STREET_WORDS_AFTER = frozenset(
    [
        "rue",
        "avenue",
        "allée",
        "impasse",
        "boulevard",
        "chemin",
        "via",
        "viale",
        "corso",
        "piazza",
        "calle",
        "avenida",
        "paseo",
        "plaza",
        "rua",
        "street",
        "st",
        "road",
        "rd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "ul.",
        "ulica",
        "de",
        "del",
        "di",
        "van",
    ]
)
_PRODUCT_KEY = re.compile(
    rf"(?i)(?:product|item|brand|model|title|{PRODUCT_KEYS})[\"']?\s*[:=]\s*[\"']?$"
)
_INITIAL_ONLY = re.compile(rf"{_U}\.?|{_L}\.?")

# Capitalised words that are frequent in addresses, organisations and places, not names.
_NOT_NAME = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "drive",
        "way",
        "rue",
        "via",
        "rua",
        "calle",
        "strasse",
        "straße",
        "weg",
        "laan",
        "vej",
        "vei",
        "gata",
        "gate",
        "plein",
        "utca",
        "apt",
        "suite",
        "unit",
        "box",
        "floor",
        "inc",
        "ltd",
        "llc",
        "corp",
        "gmbh",
        "co",
        "company",
        "bank",
        "university",
        "hospital",
        "school",
        "hotel",
        "airport",
        "station",
        "north",
        "south",
        "east",
        "west",
        "new",
        "saint",
        "united",
        "states",
        "kingdom",
        "republic",
        "america",
        "africa",
        "zealand",
        "arabia",
        "emirates",
        "lanka",
        "angeles",
        "francisco",
        "york",
        "london",
        "paris",
        "berlin",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "dear",
        "hi",
        "hello",
        "thanks",
        "thank",
        "customer",
        "client",
        "applicant",
        "holder",
        "account",
        "contact",
        "refund",
        "charge",
        "transfer",
        "server",
        "user",
        "name",
        "address",
        "phone",
        "email",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "madam",
        "madame",
        "seller",
        "buyer",
        "caller",
        "agent",
        "driver",
        "courier",
        "recipient",
        "sender",
        "manager",
        "senior",
        "junior",
        "team",
        "support",
        "admin",
        "attn",
        "regards",
        "cheers",
        "best",
        "paseo",
        "viale",
        "corso",
        "piazza",
        "avenida",
        "allée",
        "impasse",
        "boulevard",
        "plaza",
        "travessa",
        "carrer",
        "largo",
    ]
)
_NOT_NAME |= NOT_NAME  # (set 7)


# Function words: never a name, even where a given-name list has them (Will, May, Can).
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "not",
        "no",
        "yes",
        "so",
        "than",
        "then",
        "also",
        "just",
        "very",
        "too",
        "all",
        "any",
        "some",
        "each",
        "every",
        "please",
        "thanks",
        "thank",
        "dear",
        "hi",
        "hello",
        "via",
        "per",
        "cant",
        "dont",
        "wont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "arent",
        "im",
        "ive",
        "youre",
        "theyre",
        "thats",
        "whats",
        "shes",
        "hes",
        "lets",
    ]
)


# Word classes are pure functions of the word; caching them saves the repeated set look-ups
# (bounded, so a stream of unique tokens cannot grow memory without limit).
@functools.lru_cache(maxsize=16384)
def _is_name_word(word: str) -> bool:
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME:
        return False
    if lower.endswith(_STREET_SUFFIXES) and lower not in first_names():
        return False  # Herenplein, Sveagatan, Lindenallee: streets, not surnames
    if _INNER_CAPITAL.search(word) and not _NAME_PREFIX.match(word):
        return False  # QuietComfort, PlayStation: brands, not names (McDonald, DeVito are)
    if lower in first_names() or lower in surname_words():
        return True
    return lower not in common_words()


@functools.lru_cache(maxsize=16384)
def _kind(piece: str) -> str:
    if piece in _PARTICLES:
        return "particle"
    if _INITIAL_ONLY.fullmatch(piece):
        return "initial"
    return "name" if _is_name_word(piece) else "other"


def _may_follow_given_name(word: str) -> bool:
    """Whether a common (not function) word may be a surname right after a known given name."""
    lower = word.lower()
    if lower in _FUNCTION or lower in _NOT_NAME or lower in stop_words():
        return False
    return not (_INNER_CAPITAL.search(word) and not _NAME_PREFIX.match(word))


def _may_glue(word: str) -> bool:
    """A capitalised common English word that is not a function word, greeting or title: next
    to a name it makes a product or a title, unless it starts a sentence (see _segments)."""
    lower = word.lower()
    if not (word[:1].isupper() and word.isalpha() and lower in common_words()):
        return False
    return lower not in _NOT_NAME and lower not in _FUNCTION


def _classify_run_piece(word: str) -> tuple[str, bool, bool, bool]:
    """What _segments needs to know of one piece of a capitalised run, all from the word alone:
    its kind, whether it is a known given name, and (for an "other" word) whether it may be a
    surname after a given name and whether it may glue the run to a product."""
    kind = _kind(word)
    given = word.lower() in first_names()
    if kind != "other":
        return kind, given, False, False
    return kind, given, _may_follow_given_name(word), _may_glue(word)


_RUN_PIECES = WordMemo(_classify_run_piece)

# Before a capitalised word, these mean it starts a sentence or a quote (it glues nothing).
_OPENERS = ".!?:;\n\"'(-"


def _segments(text: str, start: int, end: int, out: list[PiiSpan]) -> None:
    """Split a capitalised run at non-name words; keep segments with >= 2 name words.

    Particles and initials join a segment but neither start nor end it.
    """
    names = 0  # name words in the current segment
    first = last = 0  # where its first name word starts and its last one ends
    after_given = False  # its last piece is a known given name
    # A capitalised common word glued to the segment ("Air Zoom Pegasus", "Le Creuset
    # Signature") makes it a product or title, unless the word is a greeting, role or title.
    glued = False
    # The pieces of a run are separated by one or two spaces (see _RUN): split(" ") yields
    # every piece and an empty string for each second space, so the cursor stays exact.
    cursor = start
    for word in text[start:end].split(" "):
        word_start = cursor
        cursor += len(word) + 1
        if not word:
            continue
        kind, given, follows_given, glues = _RUN_PIECES[word]
        if kind == "name" or (kind == "other" and follows_given and after_given):
            if not names:
                first = word_start
            names += 1
            last = cursor - 1
            after_given = given
            continue
        if kind != "other":  # a particle or an initial
            after_given = False
            continue
        glued_after = False
        if glues:
            before = text[max(0, word_start - 3) : word_start].rstrip(" ")
            glued_after = bool(before) and before[-1] not in _OPENERS
        if names >= 2 and not (glued or glued_after) and not _product_or_place(text, first, last):
            out.append(PiiSpan(first, last, PERSON))
        names = 0
        after_given = False
        glued = glued_after
    if names >= 2 and not glued and not _product_or_place(text, first, last):
        out.append(PiiSpan(first, last, PERSON))


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
        if gap == " " and len(surname) > 1 and ok:
            out.append(PiiSpan(first.start(), last.end(), PERSON))
            index = nxt + 1
        else:
            index += 1


_ENGLISH_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ing|able|ible|ship|ful|less|ous|ive|ize|ise|ally"
    r"|ery|ward|ed|ly)$"
)


_PAIR_CUES = frozenset(
    [
        "to",
        "with",
        "for",
        "from",
        "by",
        "contact",
        "called",
        "named",
        "ask",
        "tell",
        "ping",
        "cc",
        "and",
        "meet",
        "met",
        "dear",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thx",
        "customer",
        "is",
        "am",
    ]
)
_PAIR_CUES |= PAIR_CUES  # (set 7)
# Words that announce a name are not part of one ("ping zofia", "tell yuki").
_CUE_WORDS = frozenset(
    [
        "ttyl",
        "sry",
        "soz",
        "gn",
        "gm",
        "cya",
        "nite",
        "ping",
        "ask",
        "tell",
        "named",
        "cc",
        "attn",
        "attention",
        "signed",
        "customer",
        "caller",
        "client",
        "seller",
        "buyer",
        "agent",
        "driver",
        "courier",
        "recipient",
        "sender",
        "colleague",
        "its",
        "im",
        "dear",
        "yo",
        "thx",
        "ty",
        "bye",
        "congrats",
    ]
)
_CUE_WORDS |= CUE_WORDS  # (set 7)


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


@functools.lru_cache(maxsize=16384)
def _uncommon(word: str) -> bool:
    return (
        len(word) > 2
        and word not in _CUE_WORDS
        and not _ENGLISH_SUFFIX.search(word)
        and word not in common_words()
        and word not in _NOT_NAME
        and word not in _FUNCTION
        and word not in _NEVER_SINGLE
        and not _TRIPLED.search(word)
    )


def may_contain_names(text: str, lowered_placeholders: str | None = None) -> bool:
    """False only when :func:`find_names` certainly finds nothing.

    Caseless text answers at once. Otherwise one scan looks for a capitalised run and for the
    candidates of a lone given name (any run means "maybe"), then the other rules that need no
    run are tried. ``lowered_placeholders``, when given, is ``text`` with some or all of its
    placeholders in lower case (redact builds it with the redacted text): it spares
    :func:`_text_to_scan` its search for them (any placeholder left in capitals changes no
    match, see there).
    """
    if text.islower():
        return True
    if lowered_placeholders is None:
        scanned = _text_to_scan(text)
    else:
        rest = lowered_placeholders[1:]
        scanned = None if rest.lower() == rest else lowered_placeholders
    if scanned is None:
        first = _LONE_CANDIDATE.match(text)
        candidates: Iterable[re.Match[str]] = () if first is None else (first,)
    else:
        candidates = _RUN_OR_LONE_CANDIDATE.finditer(scanned)
    for match in candidates:
        if match.lastgroup == "run":
            return True
        # (the first lone name of a text cannot be one of a list: it needs a cue)
        start, end = match.span()
        if _LONE_NAME_OK[match.group()] and _lone_name_end(text, start, end, -1, False) >= 0:
            return True
    found: list[PiiSpan] = []
    _sign_offs(text, False, found)
    _placed_names(text, found)
    return bool(found) or bool(label_names(text))


def find_names(text: str) -> list[PiiSpan]:
    """Person-name spans as described in the module docstring (may overlap; detect resolves)."""
    out: list[PiiSpan] = []
    if text.islower():  # (no capital letter: no run and no capitalised lone name)
        _lowercase_names(text, out)
        _caseless_single_names(text, out)
    else:
        _runs_and_single_names(text, out)
    _placed_names(text, out)
    return drop_lookalike_persons(text, refine(text, out))  # (set 10 round: look-alikes)


def _runs_and_single_names(text: str, out: list[PiiSpan]) -> None:
    """Capitalised runs, then capitalised lone names, then sign-offs."""
    scanned = _text_to_scan(text)
    if scanned is None:
        first = _LONE_CANDIDATE.match(text)
        candidates: Iterable[re.Match[str]] = () if first is None else (first,)
    else:
        for match in _RUN.finditer(scanned):
            start, end = match.span()
            _segments(text, start, end, out)
        candidates = _LONE_CANDIDATE.finditer(scanned)
    _lone_names(text, candidates, _LONE_NAME_OK, False, out)
    _sign_offs(text, False, out)


def _lone_names(
    text: str,
    candidates: Iterable[re.Match[str]],
    name_ok: WordMemo[bool],
    caseless: bool,
    out: list[PiiSpan],
) -> None:
    """Each candidate word that ``name_ok`` admits and whose place makes it a lone name."""
    listed_end = -1  # end of the last lone name, for lists: "cc: Lars, Ingrid, Per"
    for match in candidates:
        if name_ok[match.group()]:
            start, end = match.span()
            name_end = _lone_name_end(text, start, end, listed_end, caseless)
            if name_end >= 0:
                listed_end = name_end
                out.append(PiiSpan(start, name_end, PERSON))


# Placeholders ("<PERSON>", "<PHONE_NUMBER>") are capital letters, at each of which a regex
# that looks for a capitalised word stops (at a cost), and redacted text has several. A
# placeholder neither starts nor continues a run or a lone-name candidate, and its case
# changes no look-around next to it (its first and last characters are "<" and ">"), so
# those regexes scan a copy with the placeholders in lower case: same length, same matches.
_PLACEHOLDERS = tuple((placeholder(kind), placeholder(kind).lower()) for kind in ENTITY_TYPES)


def _text_to_scan(text: str) -> str | None:
    """The copy of ``text`` (with capitals) to look for runs and lone-name candidates in, or
    None when no capital letter follows its first character: then there is no run (it needs
    two capitals), and a candidate can only stand at the start."""
    if "<" in text:
        for token, lower_case in _PLACEHOLDERS:
            if token in text:
                text = text.replace(token, lower_case)
    rest = text[1:]
    return None if rest.lower() == rest else text


def _placed_names(text: str, out: list[PiiSpan]) -> None:
    """Names found by where they stand rather than by a cue word: CSV name columns, a name
    then a contact, auth-log users, and the shapes of :mod:`name_cues`."""
    has_line_break = "\n" in text
    if has_line_break and "," in text:
        _csv_names(text, out)
    # (Speed: a _NAME_THEN_CONTACT match needs a digit or an "@" after the name.)
    if has_line_break and ("@" in text or _ANY_DIGIT.search(text) is not None):
        line_start = 0
        for line in text.split("\n"):
            head = _NAME_THEN_CONTACT.match(line)
            if head and _contact_name_ok(head.group(1)):
                out.append(PiiSpan(line_start, line_start + head.end(1), PERSON))
            line_start += len(line) + 1
    elif not has_line_break:
        head = _NAME_THEN_CONTACT.match(text)
        if head and _contact_name_ok(head.group(1)):
            out.append(PiiSpan(0, head.end(1), PERSON))
    if " from " in text and (
        "for " in text or "user" in text or "login" in text or "by " in text
    ):  # (a match needs one of these; _LOG_USER has no prefix the regex engine can skip to)
        for user in _LOG_USER.finditer(text):
            if _contact_name_ok(user.group(1)):
                out.append(PiiSpan(user.start(1), user.end(1), PERSON))
    out.extend(find_cued_names(text))
    out.extend(display_names(text))


# A given name alone at the start of a line, then a phone or an e-mail ("ngozi +39 06 ...").
# (Atomic and possessive: giving a letter back leaves a letter next, which fails anyway.)
_NAME_THEN_CONTACT = re.compile(
    r"((?>[^\W\d_]+(?:-[^\W\d_]+)?))(?=[ ,:;]+(?:\+\d|\(\d|\d|[\w.+-]++@))"
)
_ANY_DIGIT = re.compile(r"\d")
# The user of an authentication log line: "Failed password for ingrid from 203.0.113.7".
_LOG_USER = re.compile(
    r"\b(?:for|user[=:]?|login[=:]?|by) (?:invalid user )?([^\W\d_]+(?:-[^\W\d_]+)?)"
    r" from [0-9a-f:.]{3}"
)


def _contact_name_ok(word: str) -> bool:
    lower = word.lower()
    return (
        lower in first_names()
        and lower not in common_words()
        and lower not in _NEVER_SINGLE
        and lower not in _NOT_NAME
    )


# CSV columns whose values are person names, by their header.
_NAME_COLUMNS = frozenset(
    [
        "name",
        "first",
        "last",
        "first_name",
        "firstname",
        "first name",
        "last_name",
        "lastname",
        "last name",
        "given_name",
        "surname",
        "family_name",
        "full_name",
        "fullname",
        "customer",
        "customer_name",
        "contact",
        "contact_name",
        "recipient",
    ]
)
_CSV_NAME_VALUE = re.compile(r"[^\W\d_][^\W\d_'\u2019. -]*[^\W\d_.]\.?")


def _csv_name_value(value: str) -> bool:
    return (
        _CSV_NAME_VALUE.fullmatch(value) is not None or CSV_NAME_VALUE.fullmatch(value) is not None
    )


def _csv_names(text: str, out: list[PiiSpan]) -> None:
    """Values under a name column of a CSV header ("first,last,email" then "Ana,Lima,...")."""
    header_end = text.find("\n")
    header = [field.strip().strip('"').lower() for field in text[:header_end].split(",")]
    columns = {
        index
        for index, field in enumerate(header)
        if field in _NAME_COLUMNS or field in CSV_NAME_COLUMNS
    }
    if not columns or len(header) < 2:
        return
    cursor = header_end + 1
    for line in text[cursor:].split("\n"):
        field_start = cursor
        for index, (offset, field) in enumerate(csv_fields(line)):
            value = field.strip().strip('"')
            if index in columns and value and _csv_name_value(value):
                start = field_start + offset + field.index(value)
                out.append(PiiSpan(start, start + len(value), PERSON))
        cursor += len(line) + 1


def _product_or_place(text: str, start: int, end: int) -> bool:
    """A run that names a place ("Buenos Aires") or a product ("the Hydro Flask", "Levi
    Strauss 501"), judged by the list of places and the words around it."""
    if text[start:end].lower() in place_names() or organisation_run(text[start:end]):
        return True
    before = text[max(0, start - 16) : start]
    if before.endswith(" "):
        words = before.split()
        last = words[-1] if words else ""
        if not last.isalpha():
            last = last_word(last)  # (set 7) after a key: '"street":"Avenida'
        if last.rstrip(".").lower() in _NOT_AFTER_WORDS:
            return True
    elif before.endswith(("'", '"', ":", "=")) and _PRODUCT_KEY.search(before):
        return True
    if not text.startswith(" ", end):
        return False
    if street_after(text, end):  # (set 7) "Khao San Road", "Königsberger Str. 36"
        return True
    following = text[end + 1 : end + 2]
    if not following.isdecimal():  # (\d is exactly the decimal digits)
        return following in _NOT_BEFORE_INITIALS and _NOT_BEFORE.match(text, end) is not None
    model = _MODEL_NUMBER.match(text, end)
    if model is None:
        return False
    # A number then a capitalised word, a line break or a street word is a house number.
    after = text[model.end() : model.end() + 20]
    if not after.startswith(" "):
        return not after.startswith(("\n", ",\n"))
    following = after.split(None, 1)[0] if after.strip() else ""
    return not (following[:1].isupper() or following.lower().strip(",.") in _STREET_WORDS_AFTER)


# One given name alone, in a place where only a name fits: after a greeting or a role word
# ("Hi Anna,", "customer Sven says", "its yerlan"), as the value of a name key
# ("first_name": "Wei"), alone on a sign-off line, or as the last word after a sentence.
_ONE = re.compile(r"[^\W\d_][^\W\d_'\u2019]*(?:['\u2019-][^\W\d_]+)?(?=$|[\s,.!?:;)\"'])")
# What may stand right before a lone given name. Checked by looking back from each candidate
# word, which is much cheaper than scanning every position for one of these cues.
# The cue words that announce a name inside a run (all but "signed"), and these:
_WORD_CUES = (_CUE_WORDS - {"signed"}) | frozenset(
    [
        "support",
        "service",
        "care",
        "helpdesk",
        "rep",
        "representative",
        "assistant",
        "technician",
        "operator",
        "np",
        "btw",
        "fyi",
        "lol",
        "omg",
        "ok",
        "k",
        "sup",
        "ugh",
        "hi",
        "hello",
        "hey",
        "hiya",
        "heya",
        "morning",
        "evening",
        "thanks",
        "cheers",
        "sorry",
        "welcome",
        "it's",
        "it\u2019s",
        "i'm",
        "i\u2019m",
        "attn:",
        "attention:",
        "love",
        "xo",
        "regards",
        "best",
        "yours",
        "friend",
        "sister",
        "brother",
        "wife",
        "husband",
        "mom",
        "mum",
        "dad",
        "son",
        "daughter",
        "boss",
        "neighbor",
        "neighbour",
        "partner",
        "aunt",
        "uncle",
        "cousin",
        # set 6: "especially Inti at ...", "Our host Gianluca", "Hola Emre!", "Update: Oana
        # from ...", "miss u jaspreet", "gm oğuz"
        "especially",
        "host",
        "hola",
        "update",
        "u",
        "gm",
    ]
)
_WORD_CUES |= WORD_CUES  # (set 7)
_WORD_CUES |= SET8_WORD_CUES  # (set 8)
_PHRASE_CUES = frozenset(
    [
        "thank you", "i am", "this is", "my name is", "name is", "approved by", "signed by",
        "reviewed by", "handled by", "written by", "sent by", "assigned to", "reassigned to",
        "escalated to", "forwarded to", "transferred to", "handed to", "thanks to", "spoke to",
        "spoke with", "talked to", "speak to", "speak with", "chatted with",
        *PHRASE_CUES,
        "last name", "family name", "maiden name",  # (set 8)
    ]
)  # fmt: skip
_PHRASE_ENDS = frozenset(["you", "am", "is", "by", "to", "with", *PHRASE_ENDS, "name"])
# After these the phrase names a person only when the word is a listed given name ("approved
# by Ondřej", not "approved by Finance"; "thanks to Musa", not "thanks to Amazon").
_PREPOSITION_ENDS = frozenset(["by", "to", "with", *PHRASE_ENDS])
# "heyyy", "hiii": a letter written three times is chat emphasis, never part of a name.
_TRIPLED = re.compile(r"([^\W\d_])\1\1")
_ELONGATION = re.compile("yyy|iii|ooo|eee|aaa|xxx|kkk|sss|lll")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Prof",
        "Sr",
        "Sra",
        "Herr",
        "Frau",
        "Mme",
    ]
)
_KEY_CUE = re.compile(
    r"(?i)(?:first_?name|given_?name|fname|name|contact|recipient|customer|holder|signed"
    r"|reviewer|author|owner|assignee|reporter|sender|nickname)"
    r"[\"']?\s*[:=]\s*[\"']?$"
)
# A lone given name is the subject of a verb of speech: "ok so lucía said to call ...".
_SAID_WORDS = (
    "said", "says", "asked", "told", "wrote", "replied", "texted", "called", "emailed",
    "is calling", "is texting", "will call", "will text", *SAID_WORDS,
)  # fmt: skip
_NOT_SAID_AFTER = ("from ", "at ", "the ", "with ")
_SAID_AFTER = re.compile(" (?:" + "|".join(_SAID_WORDS) + r")\b")
_SAID_STARTS = tuple(sorted({" " + word[0] for word in _SAID_WORDS}))  # (a cheap first test)
_LIST_SEPARATORS = frozenset([", ", " and ", " & ", ", and ", " or ", "/", " / "])
_SENTENCE_END_CUE = re.compile(r"[.!?] ")
_DASH_OR_KEY_CUE = re.compile("-- |\u2014 |- |name|contact|recipient|customer|holder|signed")
_PUNCT_SPACES = str.maketrans(dict.fromkeys('!?.,;()[]{}"/=|<>*#&+', " "))
_CUE_TRIGGERS = _WORD_CUES | _PHRASE_ENDS
# A lone name after these and a space may end a sentence or sign off ("... times. Hannah",
# "-- Pierre from ...", "\u2014 Ana").
_TAIL_MARKS = ".!?-\u2014"
_AFTER_TAIL = re.compile(r"[.!]?$| from\b| [A-Z]\.?$")
# A candidate for a lone name in text with capitals, after its first (capital) letter.
# (The atomic group only saves backtracking: a shorter word is followed by a letter, which
# the look-ahead rejects anyway.)
_LONE_AFTER_CAPITAL = (
    rf"(?<![\w'\u2019@.+].)(?<!\w-.)(?>[^\W\d_'\u2019]*(?:-[^\W\d_]+)?)"
    r"(?=$|[\s,.!?:;)\"'])"
    # followed by a capitalised word it is part of a run, which find_names handles
    rf"(?! {_U}{_L})"
)
_LONE_CANDIDATE = re.compile(_U + _LONE_AFTER_CAPITAL)
# Either a run (group "run") or a lone-name candidate, in one scan for may_contain_names (the
# regex engine pays for every capital letter, and redacted text has many: "<PERSON>"). Until
# the first run it yields exactly the candidates of _LONE_CANDIDATE, and it finds a run if
# _RUN does: a candidate consumes only its word, and no run starts inside a word (a run's
# first letter follows no letter nor hyphen). The look-behind both alternatives begin with
# is checked once, first.
_RUN_OR_LONE_CANDIDATE = re.compile(
    rf"{_U}(?<![\w@.+].)(?:(?P<run>{_RUN_AFTER_CAPITAL})|{_LONE_AFTER_CAPITAL})"
)


def _cued_single(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands where only a name fits."""
    if start == 0:
        return False
    previous = text[start - 1]
    if previous in "\"':=":
        return _KEY_CUE.search(text, max(0, start - 32), start) is not None
    if previous in "-\u2014~":
        # a dash sign-off that ends the text, not after a letter or digit: "Love it!!! -Eleni"
        return text[end:].strip(" .!") == "" and (start < 2 or not text[start - 2].isalnum())
    if previous not in " ,(":
        return False  # (after a tab or a line break nothing cues a lone name)
    # After a sentence or a dash, as the last word or before "from": "... times. Hannah".
    if (
        previous == " "
        and start >= 2
        and text[start - 2] in _TAIL_MARKS
        and _AFTER_TAIL.match(text, end) is not None
    ):
        return True
    # Otherwise the word before (and its separators) decides: "Hi Anna", "Dear Mr. Ito",
    # "customer (Grace)", "my name is Lena". The look-back is a window of 32 characters.
    stripped = text[start - 32 if start > 32 else 0 : start].rstrip(" ,(")
    if start > 32 and not text[start - 33].isspace() and len(stripped.split()) <= 3:
        stripped = _whole_words_before(text, start - 32, start)  # the window cut a word
    parts = stripped.rsplit(None, 1)
    if not parts:
        return False
    cue = _CUE_KINDS[parts[-1].rstrip(":")]
    if not cue and parts[-1][0] in '"([{':  # a greeting after a quote: '"thanks Ana!"'
        cue = _CUE_KINDS[parts[-1].rstrip(":").lstrip('"([{')]  # (set 8: or '"Dr. Ryu"')
        if cue == "title":  # (not a brand: '"brand": "Mrs. Meyer's"')
            quote = text.rfind(parts[-1], 0, start) + 1
            cue = "" if _PRODUCT_KEY.search(text, max(0, quote - 40), quote) else cue
        cue = cue if cue in ("word", "title") else ""
    if not cue and parts[-1][-1] == ":" and parts[-1].lower() == "contact:":  # (set 8)
        cue = "word"
    if cue == "word":
        # "best, anna" signs off; "best pho in oslo" does not
        return parts[-1].lower() not in SIGN_OFF_CUES or not text.startswith(" ", end)
    if cue == "title":
        return previous == " "
    if cue != "phrase end":
        return False
    words = stripped.lower().split()[-3:]
    if " ".join(words[-2:]) not in _PHRASE_CUES and " ".join(words) not in _PHRASE_CUES:
        return False
    return words[-1] not in _PREPOSITION_ENDS or text[start:end].lower() in first_names()


def _whole_words_before(text: str, low: int, start: int) -> str:
    """``text[low:start]`` widened back to the start of the word it cuts, stripped as in
    _cued_single ("blahhi" + spaces + "Anna": the cue word is "blahhi", not "hi")."""
    while low > 0 and not text[low - 1].isspace():
        low -= 1
    return text[low:start].rstrip(" ,(")


def _cue_kind(last: str) -> str:
    """What the word right before a candidate (its trailing colons removed) makes of it:
    "title" ("Mr", "Dr."; a name follows when a space does), "word" (a greeting, role or chat
    cue), "phrase end" (the last word of a phrase such as "my name is": check the phrase) or
    ""."""
    if last.rstrip(".") in _TITLES:
        return "title"
    lower = last.lower()
    if len(lower) > 3 and lower[-1] == lower[-2] == lower[-3] and lower not in _WORD_CUES:
        trailing = lower.rstrip(lower[-1]) + lower[-1]  # "hellooo" is "hello"
        if trailing in _WORD_CUES:
            return "word"
        lower = _REPEATS.sub(r"\1", lower)  # "heyyy" is "hey" (chat stretches the last letter)
    if lower in _WORD_CUES:
        return "word"
    return "phrase end" if lower in _PHRASE_ENDS else ""


_CUE_KINDS = WordMemo(_cue_kind, maxsize=4096)


def _said_after(text: str, end: int) -> bool:
    """Whether a verb of speech follows the word ending at ``end``: "lucía said"."""
    return text.startswith(_SAID_STARTS, end) and _SAID_AFTER.match(text, end) is not None


# "- Sarah K." signs off with a surname initial.
_TRAILING_INITIAL = re.compile(rf" {_U}\.(?=\s*$|[\"'])")
_SIGN_OFF_LINE = re.compile(
    r"(?m)^[ \t]*(?P<dash>(?:--?|\u2014|\u2013)[ \t]*)?(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"[.!]?[ \t]*$"
)
_CLOSING = re.compile(
    r"(?i)(?:,|\b(?:best|regards|cheers|thanks|thank you|sincerely|love|xo|take care|br|yours"
    r"|wishes))[ \t!.]*$"
)
_CONTRACTION = re.compile(r"['\u2019](?:m|s|ll|ve|d|re|t)$")
_NEVER_SINGLE = frozenset(
    [
        "team",
        "all",
        "everyone",
        "everybody",
        "there",
        "guys",
        "folks",
        "again",
        "so",
        "much",
        "you",
        "sir",
        "madam",
        "support",
        "admin",
        "friend",
        "friends",
        "world",
        "again",
        "mate",
        "dude",
        "bro",
        "sis",
        "babe",
        "love",
        "omg",
        "lol",
        "lmao",
        "rofl",
        "thx",
        "pls",
        "plz",
        "btw",
        "idk",
        "imo",
        "imho",
        "tbh",
        "ty",
        "np",
        "brb",
        "ur",
        "yo",
        "hey",
        "hiya",
        "ok",
        "okay",
        "yeah",
        "yep",
        "nope",
        "gonna",
        "wanna",
        "gotta",
        "kinda",
        "tmrw",
        "tmr",
        "asap",
        "fyi",
        "nvm",
        "smh",
        "ikr",
        "jk",
        "xoxo",
        "haha",
        "hahaha",
        "hehe",
        "ugh",
        "hmm",
        "wtf",
        "dm",
        "pm",
        "hi",
        "hello",
        "thanks",
        "cheers",
        "sry",
        "srry",
        "soz",
        "kk",
        "pls",
        "ppl",
        "cuz",
        "coz",
        "tho",
        "rn",
        "irl",
        "dunno",
        "lemme",
        "gimme",
    ]
)
_NEVER_SINGLE |= NEVER_SINGLE  # (set 7)


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
_MORE_SINGLE_CUES = re.compile(
    r"[.!?\-\u2014] \S+(?:$| from\b)|[-\u2014~][^\W\d_]\S*[ .!]*$"
    r"|reviewer|author|owner|assignee|reporter|sender"
    r"|" + "|".join(sorted({word[-1] * 3 for word in _WORD_CUES if word[-1].isalpha()}))
)
_SAID_FIRST_WORDS = frozenset(word.split()[0] for word in _SAID_WORDS)


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


def _lone_name_end(text: str, start: int, end: int, listed_end: int, caseless: bool) -> int:
    """Where the lone name that may stand at ``text[start:end]`` ends (over a surname in
    caseless text and a trailing initial), or -1 when its place does not make it a name.

    ``listed_end`` is the end of the previous lone name (or -1): a name listed right after it
    needs no cue of its own.
    """
    in_list = listed_end >= 0 and text[listed_end:start] in _LIST_SEPARATORS
    if not (
        in_list
        or _cued_single(text, start, end)
        # (not a company: "pierre from acme will call back")
        or (
            _said_after(text, end)
            and not text.endswith(_NOT_SAID_AFTER, 0, start)
            # a tool or a site "says" ("whatismyip says"); "said", "is calling" is a person
            and (
                not caseless
                or text[start:end] in first_names()
                or not text.startswith(" says", end)
            )
            # (set 8) a device or a service "is off" ("Bluetooth is off"): a listed name only
            and (not text.startswith(ABSENT_WORDS, end) or text[start:end].lower() in first_names())
        )
    ):
        return -1
    if caseless:
        end = _surname_end(text, end)
    initial = _TRAILING_INITIAL.match(text, end)
    return initial.end() if initial else end


def _sign_offs(text: str, caseless: bool, out: list[PiiSpan]) -> None:
    if "\n" in text:
        name_ok = _LONE_NAME_OK_CASELESS if caseless else _LONE_NAME_OK
        for line in _SIGN_OFF_LINE.finditer(text):
            start = line.start()
            previous = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
            signs_off = (
                line.group("dash")
                or (start > 0 and _CLOSING.search(previous))
                or (start > 0 and not text[line.end() :].strip())
            )
            if signs_off and name_ok[line.group("name")]:
                out.append(PiiSpan(line.start("name"), line.end("name"), PERSON))


_LOWER_SURNAME = re.compile(
    rf" (?:{_L}\.? {{1,2}})?(?:{_PARTICLE} )*({_L}+(?:['\u2019]{_L}{{2,}})?(?:-{_L}+)?)"
    rf"(?=$|[\s,.!?:;)\"'])"
)


def _surname_end(text: str, end: int) -> int:
    """In caseless text, extend a cued given name over an initial and up to two uncommon
    words ("maría josé garcía")."""
    for _ in range(2):
        match = _LOWER_SURNAME.match(text, end)
        if match is None or len(match.group(1)) < 2:
            break
        word = match.group(1)
        if word in common_words() or word in _NOT_NAME or word in _FUNCTION:
            break
        end = match.end()
    return end


def _single_name_ok(word: str, caseless: bool) -> bool:
    lower = word.lower()
    if lower in _NEVER_SINGLE or lower in _FUNCTION or lower in _NOT_NAME or len(word) < 2:
        return False
    if _CONTRACTION.search(lower) or _TRIPLED.search(lower):
        return False
    given = first_names()
    if lower in stop_words() and lower not in given:
        return False
    if "-" in lower and lower not in given:
        parts = lower.split("-")
        if all(part in common_words() for part in parts):
            return False  # "Content-Length", "Follow-Up"
    if caseless or not word[:1].isupper():
        # (set 8: an unlisted caseless word is no frequent English word either: "its expired")
        return caseless and (
            lower in given or (lower not in common_words() and lower not in english_words())
        )
    if word.isupper():
        return False  # an acronym ("IBAN", "SSN"), not a lone name
    return lower in given or lower not in common_words()


# Whether a word may be a lone name, in text with capitals and in caseless text.
_LONE_NAME_OK = WordMemo(functools.partial(_single_name_ok, caseless=False))
_LONE_NAME_OK_CASELESS = WordMemo(functools.partial(_single_name_ok, caseless=True))
