"""The greedy walk over address-like tokens (words, numbers, abbreviations, commas, line
breaks) from an anchor, and the trim of its end; ``address_ends`` says where it stops.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_bounds import (
    brazil_dash_piece,
    keeps_dot,
    lower_word_ends,
    query_tail_start,
)
from processors.redaction.address_ends import (
    ABBREVIATIONS,
    FIELD_WORDS,
    LABEL_LINE,
    LINE_LABELS,
    TERMINATORS,
    sentence_ends,
)
from processors.redaction.address_layout import country_names, region_in_brackets, tel_place
from processors.redaction.address_vocabulary import (
    ADDRESS_LOWER,
    LOWER_STREET_TYPE,
    STREET_FIRST_ANCHOR_TYPES,
    has_street_word,
)
from processors.redaction.lexicon import city_names, common_words, is_english
from processors.redaction.street10_anchors import NUMBER_SUFFIXES, typed_street_goes_on
from processors.redaction.street10_ends import street10_end
from processors.redaction.street_ends import street_end

__all__ = ["trim", "walk"]

# (A unit may be written "#08-45"; stop 34: or "# 24", "Cindertrack Road # 24".)
_WORD_PATTERN: Final = (
    r"\([^\W\d_]+\)|\([^\W\d_]+(?: [^\W\d_]+){1,3}\)"  # "(A Coruña)": set 8
    r"|\([A-Z]\d{4}[A-Z]{3}\)"  # (stop 40) an Argentine postal code: "(S2000XDY) Rosario"
    r"|# ?\d[\w/-]*|[^\W_][\w'\u2019/-]*(?:\.[^\W\d_]+)*\.?|'[sStT]-[^\W\d_][\w-]*"
)
_FIRST_TOKEN: Final = re.compile(_WORD_PATTERN)
# (The separators are tried most common first; no two of them can start the same piece.)
_PIECE_PATTERN: Final = r"(?P<sep> {1,2}|, |,? ?\n ?,? ?)(?P<tok>" + _WORD_PATTERN + ")"
_PIECE: Final = re.compile(_PIECE_PATTERN)
_PIECE_ASCII: Final = re.compile(_PIECE_PATTERN, re.ASCII)  # the same in ASCII text, cheaper
# What may follow a lower-case common word that is still part of a street name
# ("Scheys gate 155", "Sidi Bou said\n Apt. 191").
_ADDRESS_GOES_ON: Final = re.compile(
    r",? ?\n| \d|,? [A-Z\u00c0-\u00de]|(?i: (?:street|st|road|rd|avenue|ave|lane|ln|way|drive|dr"
    r"|court|ct|crescent|gardens|close|terrace|place|boulevard|blvd|square|parkway|floor)\b)"
)
_ZIP_AFTER: Final = re.compile(r"  ?(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)\b")
_FIRST_ALPHA: Final = re.compile(r"[^\W\d_]{2,}")
_HUNGARIAN_NUMBER: Final = re.compile(r"(?i)(?:út|utca|u\.|tér|körút|krt\.) \d+\.$")


_MAX_PIECES: Final = 30
# "Kolkata - 700010", "Belo Horizonte - MG,": a dash before a postal code or a state code.
_DASH_PIECE: Final = re.compile(
    r"(?P<sep> - )(?P<tok>\d{4,6}(?:-\d{3})?\b|[A-Za-z]{2}(?=,|$|\n)|\d{1,2}[º°ª](?!\w))"
)
_DIGIT_NEXT: Final = re.compile(r" \d")
_DIGIT: Final = re.compile(r"\d")


def walk(
    text: str, start: int, limit: int, *, allow_and: bool, cased_from: int | None = None
) -> int:
    """Extend an address from ``start``; return its end (exclusive), before ``limit``.

    In text with capitals, a lower-case common English word ends the address ("..., York
    EH11 3HN never arrived", "5 weeks via FedEx") unless it is a particle or street word.
    """
    tok_match = _FIRST_TOKEN.match(text, start)
    if tok_match is None:
        return start
    cased: bool | None = None if not text.islower() else False  # worked out when first needed
    common = common_words()
    piece_at = (_PIECE_ASCII if text.isascii() else _PIECE).match
    token = tok_match.group()
    end = tok_match.end()
    line_opened_after = -1  # (stop 43) the end before the line this walk went on to, if any
    for _ in range(_MAX_PIECES):
        if token[-1] == "." and sentence_ends(text, end, token):
            # Hungarian "út 44." keeps its dot; "Rosengasse 94." or "IL 37469." do not.
            keep_dot = text.startswith(".", end) or (
                token[:-1].isdigit()
                and (text[end : end + 1] in " ?!\"'\n" or end == len(text))
                and _HUNGARIAN_NUMBER.search(text, max(0, end - 12), end) is not None
            )
            end = end if keep_dot or keeps_dot(token, text, end) else end - 1
            return min(end, limit)
        match = piece_at(text, end)
        if match is None and text.startswith(" - ", end):
            match = _DASH_PIECE.match(text, end) or brazil_dash_piece(text, end)
        if match is None:
            break
        piece_end = match.end()
        if piece_end > limit:
            break
        sep, token = match.groups()
        if "\n" in sep and (
            LABEL_LINE.match(text, match.start() + sep.index("\n"))
            or _country_line_before(text, match.start())
        ):
            break
        bare = token.rstrip(".").lower()
        if token[0] == "(" and " " in token and not region_in_brackets(token):
            break  # "(A Coruña)" is the province; "(Next Door)" is no place
        if bare == "and" and allow_and:
            allow_and = False
        elif bare in FIELD_WORDS and sep != " ":
            break
        elif (
            bare in TERMINATORS
            and (token == token.lower() or ("\n" in sep and bare in LINE_LABELS))
            and not (bare == "tel" and tel_place(text, token, piece_end))
            and not (
                token[-1] == "." and bare not in LINE_LABELS and _DIGIT_NEXT.match(text, piece_end)
            )
        ):  # "no. 117a", "as. 1": an abbreviation before a number goes on
            if not (len(bare) == 2 and _ZIP_AFTER.match(text, piece_end)):
                # ("portland, or 97201": a state code before a ZIP is no terminator)
                return _before_prose_line(text, -1 if "\n" in sep else line_opened_after, end)
        elif (
            cased is not False
            and token.islower()
            and bare.isalpha()
            and bare in common
            and bare not in ADDRESS_LOWER
            and bare not in NUMBER_SUFFIXES  # "43 bis, route ..." (street10_anchors.py)
            and not typed_street_goes_on(text, bare, piece_end)  # ", route du" (street10)
            and not (token[-1] == "." and bare in ABBREVIATIONS)
            and not _ADDRESS_GOES_ON.match(text, piece_end)
        ):
            if cased is None:
                cased = _written_cased(text, start if cased_from is None else cased_from, limit)
            # An address typed all in lower case inside a capitalised sentence ("Tavita, 199
            # long street, cape town, 8001") goes on after a comma: its town is lower case too,
            # and from there the walk reads it as caseless text.
            typed = text[start : match.start()] if cased else ""
            if cased and (
                "," in sep or "," in typed or typed.split(" ", 1)[0] in STREET_FIRST_ANCHOR_TYPES
            ):
                cased = not (
                    typed.islower()
                    and (
                        LOWER_STREET_TYPE.search(typed)
                        or has_street_word(typed)
                        or typed.split(" ", 1)[0] in STREET_FIRST_ANCHOR_TYPES
                    )
                )
            if cased:
                return _before_prose_line(text, -1 if "\n" in sep else line_opened_after, end)
        elif (
            "," in sep
            and bare not in ADDRESS_LOWER
            and not typed_street_goes_on(text, bare, piece_end)  # ", route du" (street10)
            and lower_word_ends(
                text, start, sep, token, piece_end, lambda: _written_cased(text, start, limit)
            )
        ):
            break
        if "\n" in sep:
            line_opened_after = end
        end = piece_end
    return end


def _before_prose_line(text: str, line_opened_after: int, end: int) -> int:
    """Where a walk stopped by prose ends: at ``end``; or, when the walk went on to a new line
    (at ``line_opened_after``; -1: it did not, or the prose opens a line of its own) and that
    line has no number before the prose and is no country, town or line in capitals,
    before the line (stop 43, set 41: "...TN 37450\nKumbaya will be sung." is a hymn's line)."""
    if line_opened_after < 0 or _DIGIT.search(text, line_opened_after, end) is not None:
        return end
    line = text[line_opened_after:end].strip()
    lower = line.lower()
    if line.isupper() or lower in country_names() or lower in city_names():
        return end  # a label's country, region or town line ("...\nSlovenia last month")
    return line_opened_after


def _country_line_before(text: str, line_end: int) -> bool:
    """Whether the line ending at ``line_end`` is a country's name alone: a label's last line
    ("...\\n6041 Luzern\\nSwitzerland\\nwithin 5 working days": the next line is prose)."""
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end].strip(" ,")
    return 0 < len(line) <= 40 and line.lower() in country_names()


def _written_cased(text: str, start: int, limit: int) -> bool:
    """Whether the address at ``start`` is written in capitals, so that a lower-case common
    word ends it. "116 marlborough road, york" is caseless; "6 weeks via DHL" is not (its
    first word is common English)."""
    if text.islower():
        return False
    for word in _FIRST_ALPHA.finditer(text, start, min(limit, start + 60)):
        lower = word.group().lower()
        if lower in ADDRESS_LOWER or lower + "." in STREET_FIRST_ANCHOR_TYPES:
            continue
        if word.group()[:1].isupper():
            return True
        if lower not in common_words():
            return False
        # "70 anna salai, kolkata": a lower-case street line with its street type after a
        # common first word is typed in lower case too ("6 weeks via DHL" is not).
        line_end = min(limit, start + 60)
        for stop in ",\n":
            found = text.find(stop, start, line_end)
            line_end = found if found >= 0 else line_end
        line = text[start:line_end]
        return not (line.islower() and LOWER_STREET_TYPE.search(line) is not None)
    return True


def trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,\n('\u2019":  # a closing quote is no address
        end -= 1
    if text.startswith(".\n", end - 1) and _sentence_end_after_word(text, start, end - 1):
        end -= 1  # (stop 24) "..., 76000 rouen.\ncheers": the full stop ends the sentence
    line = text.rfind("\n", start, end)
    if line > start and text[line + 1 : end].isdecimal() and text.startswith(". ", end):
        return trim(text, start, line)  # (stop 46) "...\nYO2 9YW\n1. P/N ...": a list's item
    last_space = text.rfind(" ", start, end)
    if last_space > start and text[last_space + 1 : end] in _VERBS_AFTER:
        return trim(text, start, last_space)  # (stop 28) "... Bierkade 244 swore by them"
    cut = _aside_or_prose_after(text, start, end)
    if cut > start:
        return trim(text, start, cut)  # (stop 29) "... 33003 Oviedo (CRM updated)"
    tail = query_tail_start(text, start, end)  # "... floor plan": a search query goes on
    if tail == end:
        tail = street_end(text, start, end)  # after the postal code (street_ends.py)
    if tail == end:
        tail = street10_end(text, start, end)  # "between 9", "\nFragile - ..." (street10_ends)
    return trim(text, start, tail) if tail < end else end


def _aside_or_prose_after(text: str, start: int, end: int) -> int:
    """(Stop 29) Where an address that ran on into an aside or prose should end, or -1: an
    opened bracket that does not close inside it ("... 33003 Oviedo (CRM updated)"), or, in
    cased text, a last piece after a comma of two or more English words in lower case
    ("... 40125 Bologna (BO), quick replies on ...")."""
    bracket = text.rfind(" (", start, end)
    if bracket > start and ")" not in text[bracket:end] and text[bracket + 2 : end].isalpha():
        return bracket
    comma = text.rfind(", ", start, end)
    if comma > start and text.islower():
        return comma if _clause_after_postcode(text, start, comma, end) else -1
    if comma > start:
        piece = text[comma + 2 : end]
        words = piece.split(" ")
        if (
            piece.lower() not in country_names()
            and len(words) >= 2  # (one word may be a town: "88 high street east, bath")
            and any(len(w) > 2 for w in words)
            and all(w.islower() and (w in common_words() or is_english(w)) for w in words)
        ):
            return comma
    return -1


# (Stop 38) Words that open a clause, never a town, a region or a country: "..., muncie, in
# 47305, the host bronislaw jablonski was lovely" (text all in lower case).
_CLAUSE_OPENERS: Final = frozenset(
    ["the", "a", "an", "our", "my", "your", "his", "her", "their", "this", "that", "we", "i",
     "he", "she", "they", "it", "and", "but", "so", "which", "who", "where", "when", "thanks"]
)  # fmt: skip


def _clause_after_postcode(text: str, start: int, comma: int, end: int) -> bool:
    """(Stop 38) In text in lower case, the last piece after a comma of an address that has
    a postal code before it opens a clause: a word of _CLAUSE_OPENERS and another word, and
    no country's or city's name ("..., usa, the host ..."; not "the hague" or "the gambia")."""
    piece = text[comma + 2 : end]
    opener, _, rest = piece.partition(" ")
    return (
        opener in _CLAUSE_OPENERS
        and bool(rest)
        and piece not in country_names()
        and piece.rstrip(".") not in city_names()
        and _POSTCODE_BEFORE.search(text, start, comma) is not None
        and not has_street_word(piece)
    )


# (Stop 38) A postal code: a group of four digits or more (a ZIP, a PLZ, a PIN).
_POSTCODE_BEFORE: Final = re.compile(r"\b\d{4,}\b")
# (Stop 28) Verbs that follow an address as the subject's verb, never a word of a town: the
# walk takes a lower-case word after a street for a town in caseless text.
_VERBS_AFTER: Final = frozenset(
    ["swore", "swears", "said", "says", "was", "were", "is", "has", "had", "went", "came",
     "told", "got", "took", "left", "gave", "kept", "made", "sent", "thinks", "reckons",
     "loves", "loved", "hates", "wants", "needs", "looks", "seems"]
)  # fmt: skip
# Abbreviations of four letters or more whose dot belongs to an address ("2.º dcha.").
_DOTTED_ABBREVIATIONS: Final = frozenset(
    ["dcha", "drcha", "blvd", "bldg", "avda", "apto", "dept", "prov", "plza", "pres", "terr"]
)


def _sentence_end_after_word(text: str, start: int, dot: int) -> bool:
    """The dot at ``dot`` ends a sentence: it follows a word of four letters or more that is
    no abbreviation (the corpora draw a town's full stop outside the address)."""
    word_start = dot
    while word_start > start and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot]
    return len(word) >= 4 and word.lower() not in _DOTTED_ABBREVIATIONS
