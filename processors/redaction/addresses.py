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

The parts: ``address_cues``, ``address_number_first`` (with ``address_lookalikes``),
``address_street_first``, ``address_walk`` (with ``address_ends``), ``address_vocabulary``;
national formats, layouts and units in ``address_formats``, ``address_layout``,
``address_units`` and ``postcodes``; the set-11 anchors (Korean, Japanese, Indian, Belgian
forms), tried first, in ``street11_anchors``, and the set-11 end fixes in ``street11_ends``;
the stop-34 starts and ends (a Japanese postal mark, a Kenyan plot, a Korean complex) in
``street34_bounds``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter
from typing import Final

from processors.redaction.address_bounds import extend_name_left
from processors.redaction.address_columns import street_column_values
from processors.redaction.address_cues import CUE_FORWARD, CUE_FORWARD_LOWER, WORD_FIRST
from processors.redaction.address_ends import TERMINATORS
from processors.redaction.address_evidence import (
    bare_direction,
    cue_or_unit_before,
    japanese_evidence,
    romanised_japanese,
    tracking_after,
)
from processors.redaction.address_formats import bare_street_type, format_anchors
from processors.redaction.address_layout import (
    DWELLING,
    TYPED,
    country_anchors,
    layout_anchors,
    near_cues,
    near_not_street,
    place_segments,
    road_evidence,
    type_before_number,
)
from processors.redaction.address_lookalikes import (
    COUNTER_WORDS,
    CURRENCY_WORDS,
    MEASURE_WORDS,
    VENUE_WORDS,
)
from processors.redaction.address_number_first import (
    NUM_ANCHOR,
    NUM_ANCHOR_ASCII,
    UNIT_BEFORE,
    block_start,
    has_evidence,
)
from processors.redaction.address_street_first import (
    lower_street_name,
    means_via,
    street_first_anchors,
)
from processors.redaction.address_units import (
    dash_anchors,
    not_a_house_number,
    unit_prefix_start,
    unit_street_starts,
    unit_word_before,
)
from processors.redaction.address_vocabulary import STREET_WORD, has_street_word
from processors.redaction.address_walk import trim, walk
from processors.redaction.lexicon import common_words
from processors.redaction.phone_id_cues import after_id_cue_not_listing
from processors.redaction.postcodes import postcode_anchors
from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.street11_anchors import street11_spans
from processors.redaction.street11_ends import street11_ends
from processors.redaction.street28_tails import brazilian_tail_end, canadian_lines
from processors.redaction.street31_buildings import with_building_before_block
from processors.redaction.street34_anchors import label_end, street34_anchors
from processors.redaction.street34_bounds import street34_bounds
from processors.redaction.street34b_formats import with_format_spans  # (stop 34b)
from processors.redaction.street34b_tails import with_fixed_bounds  # (stop 34b)
from processors.redaction.street35_bounds import street35_bounds  # (stop 35)
from processors.redaction.street35_formats import with_street35_spans  # (stop 35)
from processors.redaction.street36_bounds import street36_bounds  # (stop 36)
from processors.redaction.street36_formats import with_street36_spans  # (stop 36)
from processors.redaction.street37_bounds import street37_bounds  # (stop 37)
from processors.redaction.street37_formats import with_street37_spans  # (stop 37)
from processors.redaction.street38_bounds import street38_bounds  # (stop 38)
from processors.redaction.street38_formats import with_street38_spans  # (stop 38)
from processors.redaction.street39_columns import with_street39_spans  # (stop 39)
from processors.redaction.street41_bounds import street41_bounds
from processors.redaction.street41_formats import with_street41_spans
from processors.redaction.street42_buildings import with_building_pieces
from processors.redaction.street42_directions import with_direction_addresses
from processors.redaction.street42_machine import with_machine_text_bounds
from processors.redaction.street43_bounds import with_japanese_district
from processors.redaction.street_lookalikes import (
    firm_named_after_street,
    road_word_first,
    ups_tracking_number,
)
from processors.redaction.street_starts import road_number, street_anchors, street_start

__all__ = ["find_addresses"]

_MILITARY: Final = re.compile(
    r"(?i)\b(?:unit \d{3,5},? box \d{3,5}|psc \d{3,5},? box \d{3,5}"
    r"|us(?:s|ns|nv|cgc) [^\W\d_][^\n,.]{0,40})\n ?[adf]po a[aep] \d{5}\b"
)
_PO_BOX: Final = re.compile(
    r"(?i)\b(?:p\.? ?o\.? ?box|post office box|postfach|apartado(?: de correos)?|casilla"
    r"|boîte postale) ?#?\d{1,6}\b"
)


_CORNER: Final = re.compile(r"(?i)\bthe corner of (?=\S)")


_DIGIT: Final = re.compile(r"\d")
# (stop 40) A quantity on an order's item line, in lower case ("2 x Crêpes Suzette"; "12 X
# Street" stays an address).
_TIMES: Final = ("x", "\u00d7")
# (stop 46) A comma, then a postal code of four digits or more later on.
_TOWN_AND_POSTCODE: Final = re.compile(r", .*\b\d{4,}\b")
# The word before a number, its full stop aside (a counter: "Room 12", "p. 4").
_LAST_WORD: Final = re.compile(r"(?<!\w)(\w+)\.? $")
_START: Final = attrgetter("start")


# (stop 43, set 41) A code after the number, no unit: "room=Ward 6 APT-QCKH7T" (a booking).
_CODE_AFTER: Final = re.compile(r"[A-Z]{2,5}-(?=[A-Z]*\d)[A-Z\d]{4,}")


def find_addresses(
    text: str, barriers: Sequence[PiiSpan], with_buildings: bool = True
) -> list[PiiSpan]:
    """The street addresses of ``text``; a walk never crosses a span in ``barriers``.
    ``with_buildings`` False leaves out the step that reads a text again without a building
    named inside an address (street42_buildings: it reads that text so)."""
    # (A list, not a generator: compiled, a generator keeps every local on its heap frame.)
    found: list[PiiSpan] = []
    first_digit = _DIGIT.search(text)
    if first_digit is None:
        return found
    # The scans that start from a number need a digit outside every barrier (see below); the
    # military, PO-box and corner anchors each need a word that is rarely there.
    digit_outside = _digit_outside(text, barriers, first_digit.start())
    lowered = text.lower()
    po_box = (
        "box" in lowered
        or "postfach" in lowered
        or "apartado" in lowered
        or "casilla" in lowered
        or "boîte" in lowered
    )
    corner = "orner" in text or "ORNER" in text
    if not (digit_outside or po_box or "\n" in text or corner):
        return found
    lowercase_text = text.islower()
    ascii_text = text.isascii()  # (some scans have a cheaper form for ASCII text)
    stops = sorted(b.start for b in barriers)
    stops.append(len(text))  # (every position is at most the length: the last limit)
    covered: list[tuple[int, int]] = [(b.start, b.end) for b in barriers]

    # (Every military address has a line break and "APO AE", "FPO AP"...)
    for match in _MILITARY.finditer(text) if "\n" in text and "po a" in lowered else ():
        if _free(covered, match.start()):
            covered.append((match.start(), match.end()))
            found.append(PiiSpan(match.start(), match.end(), STREET_ADDRESS))
    for match in _PO_BOX.finditer(text) if po_box else ():
        if _free(covered, match.start()):
            end = trim(
                text,
                match.start(),
                walk(text, match.start(), _limit_after(stops, match.start()), allow_and=False),
            )
            covered.append((match.start(), end))
            found.append(PiiSpan(match.start(), end, STREET_ADDRESS))
    for match in _CORNER.finditer(text) if corner else ():
        if _free(covered, match.start()):
            end = walk(text, match.end(), _limit_after(stops, match.end()), allow_and=True)
            if end > match.end():
                covered.append((match.start(), end))
                found.append(PiiSpan(match.start(), trim(text, match.start(), end), STREET_ADDRESS))
    if not digit_outside:
        # The three scans below need a house number outside every barrier: a number-first
        # anchor starts on it, and the walk from a street name or an address cue stops at
        # the barrier before reaching it. Most event text with digits has them all inside a
        # phone, card, IP... (the argument is in docs/redaction.md, "Speed").
        return found
    # (stop 28) a whole value under a street key or CSV column, before the shape rules
    for start, end in street_column_values(text, lowered):
        if _free(covered, start) and end <= _limit_after(stops, start):
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    street11_spans(text, lowered, stops, covered, found)  # "25, Yeonnam-ro 24-gil" (street11)
    for start, walk_from, anchor_end, needs_cue in format_anchors(text, lowered, lowercase_text):
        if not _free(covered, start) or anchor_end > _limit_after(stops, start):
            continue
        end = anchor_end
        if walk_from >= 0:
            walked = walk(
                text, walk_from, _limit_after(stops, start), allow_and=False, cased_from=start
            )
            end = max(end, trim(text, start, walked))
        if needs_cue:
            span = text[start:end]
            if not (
                japanese_evidence(span)
                or span[0] == "#"
                or (cue_or_unit_before(text, start) and romanised_japanese(span))
            ):
                continue
        moved = street_start(text, unit_prefix_start(text, start, lowercase_text), end)
        start = _moved_left(covered, moved, start)
        covered.append((start, end))
        found.append(PiiSpan(start, end, STREET_ADDRESS))
    for start, walk_from, min_end, needs in layout_anchors(text, lowered):
        if not _free(covered, start) or min_end > _limit_after(stops, start):
            continue
        walked = walk(
            text, walk_from, _limit_after(stops, start), allow_and=False, cased_from=start
        )
        end = trim(text, start, walked)
        span = text[walk_from:end]
        if end >= min_end and (
            needs == TYPED
            or road_evidence(span)
            or (needs == DWELLING and place_segments(span, lowercase_text))
        ):
            start = _moved_left(covered, unit_prefix_start(text, start, lowercase_text), start)
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    for start, min_end, needs_road in street_anchors(text, lowered):  # (street_starts.py)
        if _free(covered, start) and min_end <= _limit_after(stops, start):
            end = trim(text, start, walk(text, start, _limit_after(stops, start), allow_and=False))
            if end >= min_end and (not needs_road or has_street_word(text[start:end])):
                # (stop 25) the words of the name before it, as for street_first_anchors:
                # "Nieuwe Binnenweg 44-II", "Witte de Withstraat 197-II"
                named = extend_name_left(text, start, lowercase_text or text[start].islower())
                if (block := block_start(text, start)) < start:
                    named = block  # (stop 40) "lot 7 blk 21, kamuning lane"
                start = _moved_left(covered, named, start)
                covered.append((start, end))
                found.append(PiiSpan(start, end, STREET_ADDRESS))
    street_first = street_first_anchors(text, lowered)
    # A postal code after the number anchors a street name without a type word; where a
    # street type or suffix already anchored the number, that anchor knows where the street
    # name starts (a person's name may stand right before it).
    typed_ends = {end for _, end in street_first}
    by_postcode = [a for a in postcode_anchors(text) if a[1] not in typed_ends]
    for start, anchor_end in chain(street_first, by_postcode):
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue
        street = text[start:anchor_end]
        if not _free(covered, start) or (not lowercase_text and lower_street_name(street)):
            continue
        if tracking_after(text, anchor_end) or means_via(text, start):
            continue  # "via USPS 5688 3720 8212", (stop 29) "shipped via waybill 283-945-6679"
        anchor_start = start
        start = extend_name_left(text, start, lowercase_text or text[start].islower())
        end = trim(text, start, walk(text, start, _limit_after(stops, start), allow_and=False))
        if end >= anchor_end:
            start = unit_prefix_start(text, start, lowercase_text)  # "Bât. B, Rue ...", "Urb. X,"
            start = street_start(text, start, end)  # a key's value, a house name (street_starts)
            start = _moved_left(covered, start, anchor_start)
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    for start in unit_street_starts(text):
        if _free(covered, start):
            end = trim(text, start, walk(text, start, _limit_after(stops, start), allow_and=False))
            street = text[start:end].split(",", 2)[1] if text.count(",", start, end) else ""
            if has_street_word(street):
                covered.append((start, end))
                found.append(PiiSpan(start, end, STREET_ADDRESS))
    # (stop 34) "Calle Los Pinos #48, Col. Centro", "Office 310, Palm Court Tower, Al ... Road",
    # "Pje. Las Acacias 40\n(5501) Godoy Cruz" (street34_anchors)
    for start, anchor_end in street34_anchors(text, lowered):
        if _free(covered, start) and anchor_end <= _limit_after(stops, start):
            limit = _limit_after(stops, start)
            walked = walk(text, start, limit, allow_and=False)
            end = max(trim(text, start, walked), label_end(text, start, walked, limit))
            if end >= anchor_end:
                covered.append((start, end))
                found.append(PiiSpan(start, end, STREET_ADDRESS))
    cues = (CUE_FORWARD_LOWER if ascii_text else CUE_FORWARD).finditer(
        lowered if ascii_text else text  # (an ASCII text has the positions of its lower case)
    )
    for cue in chain(cues, near_cues(text)) if "near " in lowered else cues:
        start = cue.end()
        # The cheap tests first. A cue right before an ASCII digit ("address 12 ...") anchors
        # nothing here: only "<Name> and <street> <number>" may start with a number, and it
        # starts with a letter.
        if start == len(text) or "0" <= text[start] <= "9":
            continue
        if (text[start].islower() and not lowercase_text) or not _free(covered, start):
            continue
        anchor = WORD_FIRST.match(text, start)
        if anchor is None or (text[start].isdigit() and not anchor.group("and")):
            continue
        words = text[start : anchor.end()].lower().split()
        if anchor.group("and"):
            words = words[2:]
        if any(w in TERMINATORS for w in words):
            continue
        if len(words) == 2 and (
            words[0] in COUNTER_WORDS
            or (words[0] in common_words() and not STREET_WORD.fullmatch(words[0]))
        ):
            continue  # "escalating to Tier 2": an English word and a number
        if len(words) > 1 and words[-2] in VENUE_WORDS:
            continue  # (stop 45) "moved to Court 10", "to Tribunal Room 1": a room's number
        if len(words) == 2 and bare_street_type(words[0]):
            continue  # "at Route 66", "to Calle 13": a road's name, no house number
        after = text[anchor.end() : anchor.end() + 12].split(None, 1)
        if (after and after[0].rstrip(".,;").lower() in MEASURE_WORDS) or words[
            0
        ] in CURRENCY_WORDS:
            continue  # (stop 40) "moving my line to Data Only 50 GB", "at GHS 2676"
        if cue.group()[:4].lower() == "near" and near_not_street(words):
            continue  # "hotels near Wembley Stadium 2024", "near mile marker 5"
        end = trim(text, start, walk(text, start, _limit_after(stops, start), allow_and=True))
        if end >= anchor.end() - 1:
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    numbers = (NUM_ANCHOR_ASCII if ascii_text else NUM_ANCHOR).finditer(text)
    dashed = dash_anchors(text)
    for match in chain(numbers, dashed) if dashed else numbers:
        start = match.start()
        if not _free(covered, start):
            continue
        if not_a_house_number(text, start) or road_number(text, start):
            continue  # (road_number: "Highway 1 road trip", street_starts.py)
        before = _LAST_WORD.search(text, max(0, start - 12), start)
        after_the = False
        if (
            before is not None
            and before.group(1).lower() in COUNTER_WORDS  # (stop 40: also '"Year 11 Set 4"')
            and text[start - 1] != "\n"  # (street10: "side gate\n12 Elm St" counts nothing)
        ):
            if before.group(1).lower() != "the":
                continue
            after_the = True  # (stop 46) kept only with a town and a postal code, below
        after = text[match.end() + 1 : match.end() + 12].split(None, 1)
        if after and (
            after[0].rstrip(".,").lower() in MEASURE_WORDS
            or after[0] in _TIMES
            or after[0].rstrip(".,;!").lower() in CURRENCY_WORDS  # (stop 40) "170 zł"
            or _CODE_AFTER.fullmatch(after[0].rstrip(".,;!")) is not None  # (stop 43)
        ):
            continue  # "7 inch monitor", "2 weeks", "500 ml", "windows 10 build 19045"
        if after_id_cue_not_listing(text, start) and not text.startswith(", ", start - 2):
            continue  # (the costliest test; "Les Pins, 48 rue": a comma ends the cue)
        end = trim(text, start, walk(text, start, _limit_after(stops, start), allow_and=False))
        if text.startswith("=", end):
            continue  # (stop 25) "status=200 route=/healthz": the word is the next key
        span = text[start:end]
        if " " not in span.strip() or bare_direction(span) or not has_evidence(text, start, span):
            continue
        if after_the and _TOWN_AND_POSTCODE.search(span) is None:
            continue  # "the 3 of us", "the 12 Days of Christmas"; not "of the 5134 Boneset
            # Dr Unit 7, Akron, OH 44354 location"
        if firm_named_after_street(span) or road_word_first(span) or ups_tracking_number(span):
            continue  # "5 Main Street Capital", "2 Road Bikes", "1Z DFD 720 33 9354 1567"
        if dashed and match in dashed and not has_street_word(span):
            continue
        extended = unit_prefix_start(text, start, lowercase_text or span.islower())
        # (A unit before the number has a number of its own; "blk" and "block" hold "bl".)
        unit_window = max(0, start - 20)
        if extended < start and _free(covered, extended):
            start = extended
        elif (
            _DIGIT.search(text, unit_window, start)
            and (unit := UNIT_BEFORE.search(text, unit_window, start))
            and _free(covered, unit.start())
        ):
            start = unit.start()
        elif (block := block_start(text, start)) < start:
            start = block  # "Blk 32 Ang Mo Kio Avenue 6": the number is the block's
        elif dashed and (unit_word := unit_word_before(text, start)) < start:
            start = unit_word  # "Unit 4/16 Smith Street": the unit's number is joined
        elif start > 2 and text[start - 1] == " " and text[start - 2] in ".ae":
            typed = type_before_number(text, start)  # "Av. 18 de Julio 2140"
            start = start if typed == start else unit_prefix_start(text, typed, lowercase_text)
        else:
            start = street_start(text, start, end)  # a key's value, a house name (street_starts)
        start = _moved_left(covered, start, match.start())
        covered.append((start, end))
        found.append(PiiSpan(start, end, STREET_ADDRESS))
    # Last: a street line, towns and a country, where nothing above found an address.
    for start, end in country_anchors(text) if "\n" in text or text.count(", ") > 1 else ():
        if (
            _free(covered, start)
            and end <= _limit_after(stops, start)
            and not _overlaps(covered, start, end)
        ):
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    for start, end in canadian_lines(text):  # "1844-536 miramichi bay, brandon mb r7a 3k5"
        if _free(covered, start) and not _overlaps(covered, start, end):
            covered.append((start, end))
            found.append(PiiSpan(start, end, STREET_ADDRESS))
    if "\n" in text:  # (stop 28) "..., casa 3 - Cambuí\nCampinas - SP\n13905-310"
        found = [_brazilian_tail(text, span, stops) for span in found]
    if "-" in text and ", " in text:  # (stop 31) "Maison Kotoji 104, 1-12-7 Kamiharazono, ..."
        found = with_building_before_block(text, found)
    found = with_street35_spans(text, lowered, found, barriers)  # (stop 35) street35_formats
    found = with_format_spans(text, lowered, found, barriers)  # (stop 34b) street34b_formats
    found = with_fixed_bounds(text, found, barriers)  # (stop 34b) street34b_tails
    found = street11_ends(text, found, stops)  # "udine (ud)", "7529 at gouda" (street11_ends)
    # (stop 34) "... Hokkaido 〒060-0042, Japan", "Mvule Road, Plot 3", "Hanbit Apt 101-dong"
    found = street34_bounds(text, found, barriers) if found else found
    found = street35_bounds(text, found, barriers) if found else found  # (stop 35)
    found = with_street36_spans(text, lowered, found, barriers)  # (stop 36) street36_formats
    found = street36_bounds(text, found, barriers) if found else found  # (stop 36)
    found = with_street37_spans(text, lowered, found, barriers)  # (stop 37) street37_formats
    found = street37_bounds(text, found, barriers) if found else found  # (stop 37)
    found = with_street38_spans(text, lowered, found, barriers)  # (stop 38) street38_formats
    found = with_street39_spans(text, found, barriers)  # (stop 39) CSV address columns
    found = with_street41_spans(text, found, barriers)  # (stop 41) numberless, back from a code
    if with_buildings:  # (stop 42) "1A, Meadowview Court, Lalbagh Fort Road, ..."
        found = with_building_pieces(text, found, barriers, _without_buildings)
        found = with_machine_text_bounds(text, found, barriers, _without_buildings)
    found = with_direction_addresses(text, lowered, found, barriers)  # (stop 42) Costa Rica
    if not found:
        return found
    if "-" in text:  # (stop 43) "Nishikamata 2-23-4 Residence Hinoki 208, Nerima-ku, ..."
        found = with_japanese_district(text, found, barriers)
    # (stop 38; stop 41: official paperwork's starts and ends)
    return street41_bounds(text, street38_bounds(text, found, barriers), barriers)


def _without_buildings(text: str, barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    return find_addresses(text, barriers, with_buildings=False)


def _brazilian_tail(text: str, span: PiiSpan, stops: list[int]) -> PiiSpan:
    end = brazilian_tail_end(text, span.end)
    if end > span.end and end <= _limit_after(stops, span.end):
        return PiiSpan(span.start, end, span.entity_type)
    return span


def _limit_after(stops: list[int], pos: int) -> int:
    """The first of ``stops`` (sorted, ending with the text's length) at or after ``pos``."""
    for stop in stops:
        if stop >= pos:
            return stop
    return stops[-1]


def _free(covered: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies outside every span found or barred so far."""
    # (A plain loop: called for every anchor, and all() would build a generator each time.)
    for covered_start, covered_end in covered:  # noqa: SIM110
        if covered_start <= pos < covered_end:
            return False
    return True


def _moved_left(covered: list[tuple[int, int]], moved: int, anchor: int) -> int:
    """``moved``, a start the rules took left of the anchor's ``anchor`` (a unit, a name, a
    type before it), unless that crosses a barrier or an earlier span: then ``anchor``. An
    address never starts back inside one (stop 25; hypothesis found "12 St. ul. Main 12")."""
    return anchor if moved < anchor and _overlaps(covered, moved, anchor) else moved


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    for covered_start, covered_end in covered:
        if covered_start < end and start < covered_end:
            return True
    return False


def _digit_outside(text: str, barriers: Sequence[PiiSpan], first_digit: int) -> bool:
    """Whether some digit of ``text`` lies outside every barrier span.

    ``first_digit`` is the position of the first digit of ``text``.
    """
    digit = first_digit  # the first digit not inside any barrier seen so far
    for barrier in sorted(barriers, key=_START) if len(barriers) > 1 else barriers:
        if digit < barrier.start:
            return True  # no barrier seen covers it, and the others start after it
        if digit < barrier.end:
            # The barrier covers every digit from here to its end; barriers seen before
            # end before ``digit``.
            after = _DIGIT.search(text, barrier.end)
            if after is None:
                return False
            digit = after.start()
    return True
