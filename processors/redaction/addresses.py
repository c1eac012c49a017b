"""Street addresses by shape: an anchor, a greedy walk over address-like tokens, evidence.

Anchors: a house number followed by a word (``47824 Pernilles vei 115``), US military
addresses (``Unit 3848 Box 3726`` / ``PSC 0855, Box 4710`` / ``USNS Cunha`` + ``APO|FPO|DPO``
line), ``the corner of X and Y``, and, right after an address cue ("address", "lives at",
"located at", "delivered to", "moved to", "at", "to"), a street name followed by its number
(``Trg revolucije 1``) or ``<Name> and <street> <number>``.

The walk takes words, numbers, abbreviations, commas and line breaks, and stops at a
structured detection (phone, e-mail...), at a ``Label:`` line, at punctuation such as ``|;:?!``,
at a sentence-ending dot, or at a lower-case English function/time word ("yesterday", "last",
"and", "for", ...). A house-number anchor is kept only with evidence: a street-type word
or suffix, a unit (Apt./Suite/Box), a line break, a number after the street name, two leading
numbers, or an address cue before it.

Misses: addresses without any number, free-form directions, and addresses whose street words
are all English function words; a trailing city or country written after a comma may be
split off when followed by an English verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from processors.redaction.spans import STREET_ADDRESS, PiiSpan

__all__ = ["find_addresses"]

# Look-behinds placed after a first consumed character let the regex engine skip to candidate
# characters instead of evaluating the look-behind at every position (same matches).
_NUM_ANCHOR = re.compile(
    r"\d(?<![\w.,:/+#$€£-]\d)\d{0,5}[A-Za-z]?(?= (?:\d{1,5}[A-Za-z]? )?[^\W\d_])"
)
_MILITARY = re.compile(
    r"(?i)\b(?:unit \d{3,5},? box \d{3,5}|psc \d{3,5},? box \d{3,5}"
    r"|us(?:s|ns|nv|cgc) [^\W\d_][^\n,.]{0,40})\n ?[adf]po a[aep] \d{5}\b"
)
_CORNER = re.compile(r"(?i)\bthe corner of (?=\S)")
_CUE = re.compile(
    r"(?i)(?:address(?:\s+is)?|addr\.?|lives?\s+at|living\s+at|located\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|ship(?:ped)?(?:\s+\w+){0,3}\s+to|send(?:\s+\w+){0,3}\s+to"
    r"|mail(?:ed)?(?:\s+\w+){0,3}\s+to|moved?\s+to|visit\s+us\s+at|\bat|\bto)\s*:?\s*$"
)
_CUE_FORWARD = re.compile(
    r"(?i)\b(?:a(?:ddress(?:\s+is)?|ddr\.?|t)|l(?:ives?|iving|ocated)\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|moved?\s+to|visit\s+us\s+at|to)(?:\s+(?:is|to|at))?\s*:?\s+"
)
# "<Name> and <street> <number>" or "<street words> <number>", then a plausible continuation.
_WORD_FIRST = re.compile(
    r"(?P<and>[^\W\d_][\w'\u2019-]* and )?"
    r"(?:(?!(?:and|the|my|your|our|his|her|their|a|an)\b)[^\W\d_][\w'\u2019.-]* ){0,4}"
    r"\d{1,5}[A-Za-z]?\.?(?=$|[\n,;)]|\.(?!\d)|\s+(?:[A-Z\u00c0-\u024f\u0370-\u03ff]|apt|suite|\d|"
    r"yesterday|last|today|tomorrow|and|\n))"
)
_WORD_PATTERN = r"\([^\W\d_]+\)|[^\W_][\w'\u2019/-]*(?:\.[^\W\d_]+)*\.?"
_FIRST_TOKEN = re.compile(_WORD_PATTERN)
_PIECE = re.compile(r"(?P<sep>,? ?\n ?,? ?|, | {1,2})(?P<tok>" + _WORD_PATTERN + ")")
_LABEL_LINE = re.compile(r"\n ?[^\W\d_][\w ]{0,20}:")
_TERMINATORS = frozenset(
    [
        "and",
        "or",
        "but",
        "so",
        "for",
        "from",
        "with",
        "since",
        "until",
        "before",
        "after",
        "by",
        "on",
        "in",
        "at",
        "to",
        "when",
        "where",
        "which",
        "who",
        "that",
        "this",
        "these",
        "those",
        "is",
        "was",
        "are",
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
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "no",
        "if",
        "then",
        "than",
        "as",
        "because",
        "while",
        "using",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "last",
        "next",
        "ago",
        "soon",
        "now",
        "morning",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
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
        "please",
        "thanks",
        "phone",
        "email",
        "tel",
        "mobile",
        "call",
        "text",
        "contact",
        "name",
        "ssn",
        "iban",
        "card",
        "ip",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "apt",
        "st",
        "str",
        "rd",
        "av",
        "ave",
        "avda",
        "ctra",
        "crta",
        "ul",
        "u",
        "r",
        "n",
        "m",
        "dr",
        "nr",
        "no",
        "sq",
        "pl",
        "blvd",
        "p.o",
        "c",
        "λ",
        "βασ",
        "ste",
        "bd",
        "s",
        "santa",
        "sta",
    ]
)
_STREET_WORD = re.compile(
    r"(?i)(?:\b(?:street|st|road|rd|avenue|ave|av|avda|avenida|lane|ln|drive|dr|way|court"
    r"|ct|place|pl|square|sq|boulevard|blvd|crescent|close|terrace|parkway|highway|hwy|route"
    r"|grove|walk|row|hill|rue|chemin|via|viale|corso|piazza|rua|praceta|travessa|estrada"
    r"|calle|camino|plaza|paseo|ctra|crta|strasse|straße|str|gasse|weg|allee|platz|laan|straat"
    r"|plein|vej|vei|veien|vegen|gate|gata|gatan|vägen|katu|tie|kuja|utca|út|u|ul|ulica|trg"
    r"|postbox|p\.o|box|apt|suite|unit|floor|flat)\b"
    r"|(?:strasse|straße|weg|laan|straat|plein|vej|vei|veien|vegen|gata|gatan|vägen|katu|tie"
    r"|gade|vegur|stræde|kuja|polku|utca|gasse|allee|platz)\b)"
)
_NUMBER_AFTER_WORD = re.compile(r"[^\W\d_]{2,}\.? \d{1,5}\b")
_CAPITAL_WORD = re.compile(r"\S+ [^\W\d_a-z]")
_TWO_NUMBERS = re.compile(r"\d+[A-Za-z]? \d+[A-Za-z]? [^\W\d_]")
_MAX_PIECES = 30
_DIGIT = re.compile(r"\d")


def _walk(text: str, start: int, limit: int, *, allow_and: bool) -> int:
    """Extend an address from ``start``; return its end (exclusive), before ``limit``."""
    pieces = 0
    tok_match = _FIRST_TOKEN.match(text, start)
    if tok_match is None:
        return start
    token = tok_match.group()
    end = tok_match.end()
    pos = end
    while pieces < _MAX_PIECES:
        pieces += 1
        if token.endswith(".") and _sentence_ends(text, end, token):
            keep_dot = text.startswith(".", end) or (
                token[:-1].isdigit() and text.startswith(" ", end)
            )
            end = end if keep_dot else end - 1
            return min(end, limit)
        match = _PIECE.match(text, pos)
        if match is None or match.end() > limit:
            break
        if "\n" in match.group("sep") and _LABEL_LINE.match(
            text, match.start() + match.group("sep").index("\n")
        ):
            break
        token = match.group("tok")
        bare = token.rstrip(".").lower()
        if bare == "and" and allow_and:
            allow_and = False
        elif bare in _TERMINATORS and token == token.lower():
            break
        end = match.end()
        pos = end
    return end


def _sentence_ends(text: str, end: int, token: str) -> bool:
    """Whether the dot that ends ``token`` (at ``end - 1``) closes the sentence."""
    rest = text[end : end + 30]
    if not rest or rest.startswith("."):
        return True
    if rest.startswith("\n"):
        return bool(_LABEL_LINE.match(rest)) or rest.strip() == ""
    if rest[0] in ",)":
        return False
    if not rest.startswith(" "):
        return True
    nxt = rest[1:].split(" ", 1)[0].rstrip(".,").lower()
    if nxt in _TERMINATORS or not nxt:
        return True
    if nxt[:1].isdigit() or nxt in ("apt", "suite", "unit", "box"):
        return False
    bare = token.rstrip(".").lower()
    return not (bare in _ABBREVIATIONS or (len(bare) <= 2 and bare.isalpha()))


def _has_evidence(text: str, start: int, span: str) -> bool:
    if "\n" in span or _STREET_WORD.search(span) or _TWO_NUMBERS.match(span):
        return True
    # "Max 90 size 44" or "2 items, ETA 3" are not addresses: a number after a word counts
    # only when the word after the house number is capitalised (or the text is caseless).
    if _NUMBER_AFTER_WORD.search(span) and (_CAPITAL_WORD.match(span) or text.islower()):
        return True
    # The cue look-back is the most expensive test, so it runs last.
    return _cued(text, start)


def _cued(text: str, start: int) -> bool:
    return bool(_CUE.search(text, max(0, start - 40), start))


def find_addresses(text: str, barriers: Sequence[PiiSpan]) -> Iterator[PiiSpan]:
    """Yield street addresses; a walk never crosses a span in ``barriers``."""
    if not _DIGIT.search(text):
        return
    lowercase_text = text.islower()
    stops = sorted(b.start for b in barriers)
    covered: list[tuple[int, int]] = [(b.start, b.end) for b in barriers]

    def limit_after(pos: int) -> int:
        for stop in stops:
            if stop >= pos:
                return stop
        return len(text)

    def free(pos: int) -> bool:
        return all(not (a <= pos < b) for a, b in covered)

    for match in _MILITARY.finditer(text) if "\n" in text else ():
        if free(match.start()):
            covered.append((match.start(), match.end()))
            yield PiiSpan(match.start(), match.end(), STREET_ADDRESS)
    for match in _CORNER.finditer(text) if "orner" in text else ():
        if free(match.start()):
            end = _walk(text, match.end(), limit_after(match.end()), allow_and=True)
            if end > match.end():
                covered.append((match.start(), end))
                yield PiiSpan(match.start(), _trim(text, match.start(), end), STREET_ADDRESS)
    for cue in _CUE_FORWARD.finditer(text):
        start = cue.end()
        anchor = _WORD_FIRST.match(text, start)
        if anchor is None or not free(start) or (text[start].isdigit() and not anchor.group("and")):
            continue
        if text[start].islower() and not lowercase_text:
            continue
        words = text[start : anchor.end()].lower().split()
        if anchor.group("and"):
            words = words[2:]
        if any(w in _TERMINATORS for w in words):
            continue
        end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=True))
        if end >= anchor.end() - 1:
            covered.append((start, end))
            yield PiiSpan(start, end, STREET_ADDRESS)
    for match in _NUM_ANCHOR.finditer(text):
        start = match.start()
        if not free(start):
            continue
        end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=False))
        span = text[start:end]
        if " " not in span.strip() or not _has_evidence(text, start, span):
            continue
        covered.append((start, end))
        yield PiiSpan(start, end, STREET_ADDRESS)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,\n(":
        end -= 1
    return end
