"""Where a street-address span starts and ends (set 7): the words a walk takes or leaves.

A compound street name keeps a particle or adjective before it (``Van Woustraat``, ``Nieuwe
Binnenweg``, ``Landstraßer Hauptstraße``); a search-query tail (``floor plan``, ``parking``) is
no part of the address; a dotted acronym or a Mexican state keeps its dot (``Bogotá, D.C.``,
``Puebla, Pue.``); a Brazilian ``- Bairro`` goes on to the CEP; a lower-case English word after
a comma, or a capitalised word and a lower-case one after an abbreviation's dot, is the
sentence going on. Called from :mod:`processors.redaction.address_walk`,
:mod:`processors.redaction.address_ends` and :mod:`processors.redaction.addresses`;
:data:`LEFT_WORDS` is read by :mod:`processors.redaction.address_formats` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from processors.redaction.lexicon import common_words, english_words

__all__ = [
    "LEFT_WORDS",
    "brazil_dash_piece",
    "extend_name_left",
    "keeps_dot",
    "lower_word_ends",
    "query_tail_start",
    "sentence_goes_on",
]

# A particle or adjective that belongs to a compound street name after it.
LEFT_WORDS: Final = frozenset(
    ["van", "de", "den", "der", "het", "'t", "ter", "von", "nieuwe", "oude", "lange", "korte",
     "grote", "kleine", "hoge", "lage", "alte", "neue", "große", "grosse", "obere", "untere",
     "hohe", "sankt", "st.", "na", "nad", "pod", "za"]
)  # fmt: skip
_QUERY_TAIL: Final = re.compile(
    # (stop 28) what is priced may come first: "... lisboa house price"
    r"(?i)[ ,]+(?:(?:house|home|property|flat|apartment|rent|rental|land) )?"
    # (stop 37) "... gdańsk landlord reviews": "landlords?" (and "dD" in _QUERY_TAIL_LAST)
    r"(?:landlords?|"
    r"floor ?plans?|parking|opening hours|directions|reviews|map|prices?|values?|for sale"
    r"|for rent|street ?view|photos|zip(?: ?code)?|post(?:al)? ?code|flood (?:zone|risk|map)s?)$"
    # (stop 34) "... 2830 house price history"; not "... évora zillow sold price history",
    # whose site name street_ends cuts off with the rest
    r"|[ ,]+(?:house|home|property|flat|apartment) (?:price|sale|sold) history$"
)
_QUERY_TAIL_LAST: Final = "nsgpetwykdNSGPETWYKD\u017f\n"  # (stop 37: "d")
_DOTTED_ACRONYM: Final = re.compile(r"(?:[^\W\d_]\.){2,}")
# Mexican states abbreviated after the city ("72160 Puebla, Pue."): the dot is part of them.
_MX_STATES: Final = frozenset(
    ["ags", "camp", "chis", "chih", "coah", "dgo", "gto", "gro", "hgo", "jal", "méx", "mex",
     "mich", "mor", "nay", "oax", "pue", "qro", "sin", "son", "tab", "tamps", "tlax", "ver",
     "yuc", "zac"]
)  # fmt: skip
# The side of a floor after its ordinal: Portuguese "6º Dto.", Spanish "3º izq.", Danish "1. tv.".
# (stop 27: and Spanish "izda.", "izqda.", "dcho.", Portuguese ordinals with a dot, "4.º Esq.")
_FLOOR_SIDES: Final = frozenset(
    ["dto", "dta", "esq", "izq", "dcha", "drcha", "tv", "th", "mf", "izda", "izqda", "dcho",
     "izdo"]
)  # fmt: skip
_FLOOR_ORDINAL: Final = re.compile(r"\d(?:\.?[º°ª]|\.) $")
_CEP: Final = re.compile(r"\b\d{5}-\d{3}\b")
_DASH_WORD: Final = re.compile(r"(?P<sep> - )(?P<tok>[^\W\d_][\w'\u2019/-]*)")
_UNIT_NEXT: Final = frozenset(
    ["floor", "level", "flat", "apartment", "unit", "suite", "building", "block", "wing",
     "entrance", "house", "tower", "room", "lane", "street", "road", "avenue", "close", "court",
     "drive"]
)  # fmt: skip
_LOWER_WORD: Final = re.compile(r"[a-z]{2,}\b")
_NEXT_WORDS: Final = re.compile(r" ([^\W\d_][\w'\u2019]*) ([^\W\d_][\w'\u2019]*)")


def extend_name_left(text: str, start: int, caseless: bool) -> int:
    """``Van Woustraat``, ``Nieuwe Binnenweg``, ``Landstraßer Hauptstraße``: the words before a
    compound street name that belong to it."""
    for _ in range(3):
        if start < 2 or text[start - 1] != " ":
            return start
        word_start = start - 1
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "'-."):
            word_start -= 1
        word = text[word_start : start - 1]
        lower = word.lower()
        if not word or not (caseless or word[0].isupper()) or not word[0].isalpha():
            return start
        if lower in LEFT_WORDS or (
            len(word) >= 7
            and lower.endswith("er")
            and word.isalpha()
            and lower not in english_words()
        ):
            start = word_start
        else:
            return start
    return start


def query_tail_start(text: str, start: int, end: int) -> int:
    """Where a search-query tail (``... floor plan``, ``... parking``) starts, else ``end``."""
    # (Speed: a match ends, before ``end`` or a final line break, in the last letter of a
    # word of _QUERY_TAIL; no other character folds to one of them but the long s.)
    if end < 1 or text[end - 1] not in _QUERY_TAIL_LAST:
        return end
    tail = _QUERY_TAIL.search(text, max(start, end - 30), end)
    return tail.start() if tail is not None else end


def keeps_dot(token: str, text: str, end: int) -> bool:
    """``D.C.``, ``U.S.A.``, ``Qro.``, ``6º Dto.``, ``1. tv.``: the final dot belongs to the
    token (a dotted acronym, a Mexican state, the side of a floor after its ordinal)."""
    if _DOTTED_ACRONYM.fullmatch(token) is not None or token[:-1].lower() in _MX_STATES:
        return True
    return (
        token[:-1].lower() in _FLOOR_SIDES
        and _FLOOR_ORDINAL.search(text, max(0, end - len(token) - 6), end - len(token)) is not None
    )


def brazil_dash_piece(text: str, end: int) -> re.Match[str] | None:
    """`` - Meireles``: a neighbourhood after a dash, in an address that ends with a CEP."""
    line_end = text.find("\n", end)
    if _CEP.search(text, end, line_end if line_end >= 0 else len(text)) is None:
        return None
    return _DASH_WORD.match(text, end)


def lower_word_ends(
    text: str, start: int, sep: str, token: str, piece_end: int, cased: Callable[[], bool]
) -> bool:
    """ "..., Norway, authorise Athina": a lower-case English word after a comma, before a
    capitalised word or another English word, and in cased text, is the sentence going on."""
    if "," not in sep or not token.isalpha() or not token.islower():
        return False
    following = text[piece_end + 1 : piece_end + 3]
    if not text.startswith(" ", piece_end):
        return False
    if not (following[:1].isupper() and following[1:].islower()):  # ("scala B": a unit letter)
        word = _LOWER_WORD.match(text, piece_end + 1)
        if word is None or word.group() not in english_words() or word.group() in _UNIT_NEXT:
            return False  # ("sector 1", "piso 3", "first floor")
    # (an address typed in lower case reads on: "299 church gardens, bath, united kingdom")
    typed = text[start : piece_end - len(token)]
    return token in english_words() and not typed.islower() and cased()


def sentence_goes_on(rest: str) -> bool:
    """After an abbreviation's dot, `` Seller didn't ...``: a capitalised English word and a
    lower-case word start a new sentence."""
    match = _NEXT_WORDS.match(rest)
    if match is None:
        return False
    first, second = match.groups()
    if not second[0].islower() or first.lower() not in english_words():
        return False
    return second in common_words() or "'" in second or "\u2019" in second
