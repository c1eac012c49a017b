"""(Stop 38, from set 35's even half) Where a found street address starts and ends, fixed for
layouts the walk reads wrong; applied last to every span the address finder found.

Dropped: an airport terminal (``Turn at JFK Terminal 4``), a place in directions, no address;
(stop 39) a flight (``rebooked onto 6E 2830 leaving 5:50 am``); (stop 41) an IBAN that failed
its check (``transfer to DE05 3280 4365 6522 0379 68``) and a match result's second score
with no street word (``Dynamo Kyiv 3-1 Red Sox match 3018``).

Ends taken on:

* a German floor after a back building (``Elmstraße 4, Hinterhaus, 2. Etage, 10115 Berlin``):
  the walk stops at the floor's dot as at a sentence's end;
* a Brazilian city and state after the neighbourhood, the CEP and the country (``Centro -
  Recife/PE\\nCEP 50000-000\\nBRASIL``);
* an Indian state line and the country after the PIN code (``Town - 411001\\nMaharashtra\\nINDIA``),
  and (stop 41) a town line whose PIN code is written in two groups (``Chennai - 600 859``);
* (stop 41) an Emirati city and country line (``...\\nDubai\\nUAE``) and a province in brackets
  on the line after the postal code and town (``37508 Salamanca\\n(Salamanca)``);
* a Nigerian landmark that ends a JSON value (``"No. 4, Elm Road, opposite the church"``);
* the country after a US ZIP in lower-case text (``..., fresno, ca 93700, us``).

Ends cut: a line break or a sentence's full stop a rule left at the end (``..., opposite the
church.\\n``).

Starts cut: a name in text of one case before a German street written as one word (``send
flowers to ana maria lopez elmstraße 13b, ...``): the words before such a street are no part
of its name.

A span never grows over a barrier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_vocabulary import INDIAN_STATES, has_street_word
from processors.redaction.lexicon import english_words
from processors.redaction.spans import PiiSpan, barrier_limit
from processors.redaction.street_types_first import STREET_TYPES_FIRST

__all__ = ["street38_bounds"]

_WORD: Final = r"[^\W\d_][\w'-]*"
_TERMINAL: Final = re.compile(r"(?:[A-Z]{2,4} )?Terminal \d{1,2}[A-Z]?")
# A flight designator first: an airline code of a digit and a capital ("6E", "9W") and the
# flight's number, which no house number is followed by.
_FLIGHT_START: Final = re.compile(r"\d[A-Z] \d{2,4}(?![\w/-])")
_DE_FLOOR_NUMBER_END: Final = re.compile(r", \d{1,2}$")
# The floor ("2. Etage", "3. OG"), then the postal code, the town and the country.
_DE_FLOOR_AFTER: Final = re.compile(
    r"\. (?i:etage|og|stock|obergeschoss)(?![\w])"
    rf"(?:(?:, |\n)\d{{5}} {_WORD}(?: (?i:am|an der|im|in der) {_WORD})?"
    r"(?:(?:, |\n)(?i:deutschland|germany))?(?![\w-]))?"
)
# (The 27 federal units of Brazil.)
_BR_STATES: Final = (
    "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
)
_BR_CITY_STATE_AFTER: Final = re.compile(
    rf" - {_WORD}(?: {_WORD}){{0,3}} ?/ ?(?:{_BR_STATES})(?![\w])"
    r"(?:\n(?:CEP:? )?\d{5}-?\d{3}(?![\w-]))?(?:\n(?i:brasil|brazil)(?![\w]))?"
)
# (In lower-case text the state and "cep" are lower case too: "centro - recife/pe".)
_BR_CITY_STATE_AFTER_LOWER: Final = re.compile(_BR_CITY_STATE_AFTER.pattern, re.IGNORECASE)
# An Indian PIN code line's state line and the country ("Town - 500001\nTelangana\nINDIA").
_IN_PIN_END: Final = re.compile(r"(?<![\w-])\d{6}$")
_IN_STATE_COUNTRY_AFTER: Final = re.compile(
    rf"(?:\n{_WORD}(?: {_WORD}){{0,2}})?\n(?i:india)(?![\w])"
)
# (One to three words of the landmark, none a word of the sentence after it: "..., opposite
# the church by Friday" ends at "Road".)
_LANDMARK_WORD: Final = r"(?!(?i:by|on|at|for|in|to|until|and|or|with|from|pls|please)\b)[^\W\d_]+"
_NG_LANDMARK_VALUE_END: Final = re.compile(
    r", (?i:behind|after|before|opposite|beside|near|next to|off) the "
    rf"{_LANDMARK_WORD}(?: {_LANDMARK_WORD}){{0,2}}(?=[\"\n]|$)"
)
_DE_FLOOR_END: Final = re.compile(r"(?<![\w.])\d{1,2}\. (?i:etage|og|stock)$")
_DE_TOWN_LINE_AFTER: Final = re.compile(
    rf"\n\d{{5}} {_WORD}(?: (?i:am|an der|im|in der) {_WORD})?(?:\n(?i:deutschland|germany))?"
    r"(?![\w-])"
)
_IN_PIN_LINE_BEFORE: Final = re.compile(r"\d{6}\n[^\n]+$")
# (Stop 41) A town and a PIN code written in two groups of three, on the next line or after a
# comma, then the state and the country ("Chennai - 600 859\nTamil Nadu", "Chennai - 600 705,
# Tamil Nadu"); the walk reads "600 859" as two numbers and stops before the town.
_IN_STATES: Final = "|".join(INDIAN_STATES)
_IN_SPACED_PIN: Final = (
    rf" - [1-9]\d\d \d{{3}}(?![\w-])"
    rf"(?:(?:\n|, )(?i:{_IN_STATES})(?![\w-]))?(?:(?:\n|, )(?i:india)(?![\w-]))?"
)
_IN_SPACED_PIN_AFTER: Final = re.compile(
    rf"(?:\n|, )[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?{_IN_SPACED_PIN}"
)
_IN_SPACED_PIN_TAIL: Final = re.compile(_IN_SPACED_PIN)  # (the town ends the span already)
# (Stop 41) An Emirati city line and the country line after the street lines; a Spanish or
# Italian province in brackets on the line after "postal code, town".
_UAE_LINES_AFTER: Final = re.compile(
    r"\n(?:Dubai|Abu Dhabi|Sharjah|Ajman|Ras Al Khaimah|Fujairah|Umm Al Quwain|Al Ain)"
    r"(?:\n(?:UAE|U\.A\.E\.|United Arab Emirates))?(?=\n|$)"
)
_POSTCODE_TOWN_END: Final = re.compile(r"(?:^|\n)\d{5} [^\W\d_][^\n\d]{1,40}$")
_PROVINCE_LINE_AFTER: Final = re.compile(r"\n\([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}\)(?=\n|$)")
_IN_COUNTRY_LINE_AFTER: Final = re.compile(r"\n(?i:india)(?![\w])")
_DE_FLOOR_DOT_END: Final = re.compile(r"(?<![\w.])\d{1,2}\. (?i:etage|og)\.$")
# Words that open the rest of a sentence after an address in upper-case text.
_UPPER_SENTENCE_WORDS: Final = frozenset(
    ["BY", "FOR", "BEFORE", "UNTIL", "PLS", "PLEASE", "THANKS", "THX", "ASAP", "TODAY",
     "TOMORROW", "TONIGHT", "YESTERDAY"]
)  # fmt: skip
_US_ZIP_END: Final = re.compile(r"(?<![\w-])[a-z]{2} \d{5}(?:-\d{4})?$")
_US_COUNTRY_AFTER: Final = re.compile(r", usa?(?=$|\n|[.,;)\"']| [^\w\s]| \d)")
# A German street written as one word with its house number ("lindenstraße 13b").
_DE_COMPOUND_STREET: Final = re.compile(
    r"(?i)(?<![\w-])[^\W\d_]+(?:straße|strasse|gasse|weg|platz|damm|allee|ufer)"
    r" \d{1,4}[a-z]?(?![\w])"
)
_DE_ONE_WORD_TYPES: Final = ("stra", "gasse", "weg ", "platz ", "damm ", "allee ", "ufer ")
# Words of a German street name written before the one-word street ("an der lindenstraße").
_DE_NAME_WORDS: Final = frozenset(
    ["an", "der", "die", "den", "am", "im", "in", "auf", "alte", "alter", "neue", "neuer",
     "große", "grosse", "kleine", "obere", "untere", "hintere", "vordere", "st.", "sankt"]
)  # fmt: skip


def street38_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends above fixed and the look-alikes dropped."""
    fixed: list[PiiSpan] = []
    taken_to = -1  # (where a span taken on over the spans after it ends)
    for span in found:
        value = text[span.start : span.end]
        if span.end <= taken_to or ("Terminal" in value and _TERMINAL.fullmatch(value)):
            continue
        if _FLIGHT_START.match(value) and _flight_text(text):
            continue  # (stop 39) a flight: "rebooked onto 6E 2830 leaving 5:50 am"
        if value[:2].isupper() and _IBAN_SHAPE.fullmatch(value) is not None:
            continue  # (stop 41) an IBAN that failed its check: "DE05 3280 4365 6522 0379 68"
        if _after_a_score(text, span.start) and not has_street_word(value):
            continue  # (stop 41) a result: "Dynamo Kyiv 3-1 Red Sox match 3018"
        limit = barrier_limit(barriers, span.end, len(text))
        start = _cut_start(text, span.start, span.end)
        end = _extended_end(text, start, _trimmed_end(text, start, span.end), limit)
        if end > span.end:
            # (The lines taken on may hold a span found on its own: "...\n50667 Köln\nGermany".)
            end = max([end, *(s.end for s in found if span.end <= s.start < end)])
            taken_to = end
        fixed.append(
            span
            if (start, end) == (span.start, span.end)
            else PiiSpan(start, end, span.entity_type)
        )
    return fixed


# (Stop 41) A neighbourhood or staircase after the house number and a dash that ends the text
# or its line: "Rua dos Buritis, 11 - Trindade", "via dei carradori, 194 - scala e".
_DASH_PIECE_AT_END: Final = re.compile(rf" - ({_WORD}(?: {_WORD}){{0,3}})(?=\n|$)")
_DASH_PIECE_PARTICLES: Final = frozenset(
    ["da", "das", "de", "do", "dos", "di", "del", "della", "dei", "la", "las", "los", "e"]
)


def _dash_piece_ok(text: str, end: int, piece: re.Match[str]) -> bool:
    """The piece follows a house number (``11``, ``67/a``) and its words are no English words
    but particles and single letters; in cased text they are capitalised."""
    if not (text[end - 1].isdigit() or text[end - 2 : end - 1].isdigit()):
        return False
    cased = not text.islower()
    for word in piece.group(1).split(" "):
        lowered = word.lower()
        if len(word) == 1 or lowered in _DASH_PIECE_PARTICLES:
            continue
        if lowered in english_words() or (cased and not word[0].isupper()):
            return False
    return True


# An IBAN's shape: country, check digits, then groups of four (the last one shorter).
_IBAN_SHAPE: Final = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?")


def _after_a_score(text: str, start: int) -> bool:
    """The number at ``start`` is a score's second: a digit and a dash (or an en dash) stand
    right before it ("4-3 Celtic"); a house number's range starts at its first number ("12-14
    Elm Road")."""
    return start >= 2 and text[start - 1] in "-\u2013" and text[start - 2].isdigit()


def _flight_text(text: str) -> bool:
    """Whether the text speaks of flights (the words of a booking, or a route's arrow)."""
    lowered = text.lower()
    return "\u2192" in text or any(word in lowered for word in _FLIGHT_WORDS)


_FLIGHT_WORDS: Final = ("flight", "rebooked", "pnr", "boarding", "itinerary", "gate ")


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` before the line break or space a rule left at the end of a span, before the
    full stop of a sentence after a long word or a German floor ("..., opposite the
    church.\n", "... 10115 Berlin.\n", "Elmstraße 4, 1. OG. Thanks"), and in upper-case text
    before the words of the sentence after the address ("... 33001 OVIEDO BY FRIDAY")."""
    if text[end - 1] in " \n":
        while end > start and text[end - 1] in " \n":
            end -= 1
    if (
        end - start > 6
        and text[end - 1] == "."
        and (end == len(text) or text[end] in " \n")
        and (text[end - 6 : end - 1].isalpha() or _DE_FLOOR_DOT_END.search(text, start, end))
    ):
        end -= 1
    if text.isupper() and " " in text[start:end]:
        end = _upper_sentence_cut(text, start, end)
    if text[end - 1].isdigit() and _PRICE_AFTER.match(text, end) is not None:
        price = _PRICE_NUMBER_END.search(text, start, end)
        if price is not None and price.start() > start:
            end = price.start()  # (stop 41) a price after it: "62a cordwainers row 564 €/Monat"
    elif text.startswith(" tr", end) and _SWEDISH_FLOOR.match(text, end - 3) is not None:
        end += 3  # (stop 41) a Swedish floor: "Kastanjegatan 50, 5 tr"
    return end


# Verbs a query puts before the street it asks about ("to rent privada del capulín 393").
_QUERY_VERBS: Final = frozenset(["rent", "let", "buy", "sell", "sublet", "share", "visit"])
# A price's currency after a number ("564 €/Monat", "2334 €"), and the number before it with
# the space that parts it from the address.
# (not a currency that opens the next amount: "... metro manila 1121 €654,29")
_PRICE_AFTER: Final = re.compile(r" ?(?:€|£|\$|EUR\b|USD\b|GBP\b)(?! ?\d)")
_PRICE_NUMBER_END: Final = re.compile(r" \d[\d.,]*$")
# ", 5 tr" then the end of a word: the floor (trappor) of a Swedish flat.
_SWEDISH_FLOOR: Final = re.compile(r", \d tr(?![\w])")


def _upper_sentence_cut(text: str, start: int, end: int) -> int:
    """``end`` before a word that opens the rest of a sentence in upper-case text, after the
    address's last digit ("..., 10115 BERLIN BY FRIDAY", "... APT 3B PLS")."""
    last_digit = end
    while last_digit > start and not text[last_digit - 1].isdigit():
        last_digit -= 1
    if last_digit == start:
        return end
    words = text[last_digit:end].split(" ")
    pos = last_digit
    for index, word in enumerate(words):
        if index > 0 and word in _UPPER_SENTENCE_WORDS:
            rest = words[index:]
            if len(rest) > 3 or not all(w.isalpha() for w in rest):
                return end  # (the first such word only: "1 BY PROVIDING AN ARRAY FOR" is prose)
            return end if words[index - 1].endswith(",") else pos - 1
        pos += len(word) + 1
    return end


def _cut_start(text: str, start: int, end: int) -> int:
    """``start`` moved past a name before a German one-word street in lower-case text."""
    value = text[start:end]
    if not (value.islower() or value.isupper()):
        return start
    lowered = value.lower()
    first_space = lowered.find(" ")
    if first_space > 0 and lowered[:first_space] in _QUERY_VERBS:
        second = lowered[first_space + 1 :].split(" ", 1)[0]
        if second in STREET_TYPES_FIRST or second.endswith(("gatan", "vägen", "straße")):
            return start + first_space + 1  # (stop 41) "room to rent hagtornsgatan 35, 3 tr"
    if not any(word in lowered for word in _DE_ONE_WORD_TYPES):
        return start
    street = _DE_COMPOUND_STREET.search(text, start, end)
    if street is None or street.start() == start:
        return start
    words = text[start : street.start()].lower().split()
    if (
        len(words) >= 2
        and all(word.isalpha() for word in words)
        and _DE_NAME_WORDS.isdisjoint(words)
    ):
        return street.start()  # "ana maria lopez elmstraße 13b, ..."
    return start


def _extended_end(text: str, start: int, end: int, limit: int) -> int:
    """``end`` taken on over what the walk stopped before (see the docstring)."""
    if text.startswith(". ", end) and _DE_FLOOR_NUMBER_END.search(text, max(start, end - 4), end):
        floor = _DE_FLOOR_AFTER.match(text, end)
        if floor is not None and floor.end() <= limit:
            return floor.end()  # "..., Hinterhaus, 2. Etage, 10115 Berlin"
    if text.startswith("\n", end):
        if _DE_FLOOR_END.search(text, max(start, end - 12), end):
            town = _DE_TOWN_LINE_AFTER.match(text, end)
            if town is not None and town.end() <= limit:
                return town.end()  # "Elmstraße 9, 5. OG\n10115 Berlin"
        if _IN_PIN_LINE_BEFORE.search(text, max(start, end - 40), end):
            country = _IN_COUNTRY_LINE_AFTER.match(text, end)
            if country is not None and country.end() <= limit:
                return country.end()  # "Town - 600001\nTamil Nadu\nINDIA"
    if text.startswith(" - ", end):
        pin = _IN_SPACED_PIN_TAIL.match(text, end)
        if pin is not None and pin.end() <= limit:
            return pin.end()  # (stop 41) "..., Mylapore, Chandigarh - 160 864, Chandigarh, India"
        city_after = _BR_CITY_STATE_AFTER_LOWER if text.islower() else _BR_CITY_STATE_AFTER
        city = city_after.match(text, end)
        if city is not None and city.end() <= limit:
            return city.end()  # "Centro - Recife/PE\nCEP 50000-000"
        piece = _DASH_PIECE_AT_END.match(text, end)
        if piece is not None and piece.end() <= limit and _dash_piece_ok(text, end, piece):
            return piece.end()  # (stop 41) "rua dos buritis, 11 - trindade" ends the text
    if text.startswith("\n", end):
        lines = _UAE_LINES_AFTER.match(text, end) or (
            _PROVINCE_LINE_AFTER.match(text, end)
            if _POSTCODE_TOWN_END.search(text, max(start, end - 40), end)
            else None
        )
        if lines is not None and lines.end() <= limit:
            return lines.end()  # (stop 41) "...\nDubai\nUAE", "37508 Salamanca\n(Salamanca)"
    if text.startswith(("\n", ", "), end):
        pin = _IN_SPACED_PIN_AFTER.match(text, end)
        if pin is not None and pin.end() <= limit:
            return pin.end()  # (stop 41) "..., Alwarpet\nChennai - 600 859\nTamil Nadu"
    if text.startswith("\n", end) and _IN_PIN_END.search(text, max(start, end - 7), end):
        state = _IN_STATE_COUNTRY_AFTER.match(text, end)
        if state is not None and state.end() <= limit:
            return state.end()  # "Town - 500001\nTelangana\nINDIA"
    if text.startswith(", ", end) and end < len(text) - 1:
        landmark = _NG_LANDMARK_VALUE_END.match(text, end)
        if landmark is not None and landmark.end() <= limit:
            return landmark.end()  # '"No. 4, Elm Road, opposite the church"'
        if text[end - 1].isdigit() and _US_ZIP_END.search(text, max(start, end - 12), end):
            country = _US_COUNTRY_AFTER.match(text, end)
            if country is not None and text.islower() and country.end() <= limit:
                return country.end()  # "..., fresno, ca 93700, us"
    return end
