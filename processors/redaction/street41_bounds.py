"""(Stop 41, from set 39's even half) Where a found street address starts and ends, fixed for
layouts of official paperwork; applied after :func:`street38_bounds.street38_bounds`.

Dropped:

* a review's opening rating read as a house number (``5/5 court e-filing kept logging me
  out``; not ``4/5 Smith St``, an Australian flat and house);
* a vehicle's plate (``vehicle RZ 57 UT 9246 went to ...``: two letters, a district number,
  one to three letters and four digits).

Starts taken back over:

* a care-of line or piece (``c/o Rose Bank Cottage\\nAm Flachsacker 26a``, ``c/o Nutwood, Am
  Holunderbusch 63c``);
* a Turkish neighbourhood line (``Kocatepe Mah.\\nBegonvil Cad. No:20 ...``).

Ends: cut before a land registry query (``via dei carbonai, 29 land registry PIN ...``) and
before a lower-case English word and a date the walk took on (``..., VA 24585, inquest
12/7/25``); taken
on over a country line after the postal code's line (``...\\nCEP 38439-661\\nBRAZIL``).

A span never grows over a barrier or another span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.lexicon import is_english
from processors.redaction.spans import PiiSpan

__all__ = ["street41_bounds"]

_RATING: Final = re.compile(r"\d{1,2}/(?:5|10)(?![\d/])")
_PLATE_BEFORE: Final = re.compile(r"(?<![\w-])[A-Z]{2} $")
_PLATE: Final = re.compile(r"\d{1,2} [A-Z]{1,3} \d{4}")
_CARE_OF_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s:>]))[cC]/[oO] [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3}(?:, |\n)$"
)
_TURKISH_QUARTER_BEFORE: Final = re.compile(r"(?:^|(?<=\n))[^\W\d_][\w ]{1,30} Mah\.\n$")
_LAND_REGISTRY: Final = " land registry"
# A lower-case English word and a date after the address, which the walk took on.
_DATED_TAIL: Final = re.compile(
    r", ([a-z]{3,}) (?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2} [A-Z][a-z]{2,8} \d{4})$"
)
_POSTAL_LINE_END: Final = re.compile(r"\d{3,}(?:-\d{3,4})?$")


def street41_bounds(text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``found`` with the starts and ends of the module docstring fixed and its look-alikes
    dropped."""
    fixed: list[PiiSpan] = []
    for index, span in enumerate(found):
        start, end = span.start, span.end
        if _rating(text, start, end) or (
            _PLATE.fullmatch(text, start, end) is not None
            and _PLATE_BEFORE.search(text, max(0, start - 3), start) is not None
        ):
            continue
        # (no growing over the span before or a barrier)
        low = max(
            [found[index - 1].end if index > 0 else 0, *(b.end for b in barriers if b.end <= start)]
        )
        before = _CARE_OF_BEFORE.search(text, max(low, start - 48), start) or (
            _TURKISH_QUARTER_BEFORE.search(text, max(low, start - 40), start)
        )
        if before is not None:
            start = before.start()
        cut = text.find(_LAND_REGISTRY, start, end)
        if cut > start:
            end = cut
        dated = _DATED_TAIL.search(text, start, end) if text[end - 1].isdigit() else None
        if dated is not None and is_english(dated.group(1)):
            end = dated.start()  # "..., VA 24585, inquest 12/7/25"
        end = _country_line_end(text, start, end, barriers)
        fixed.append(
            span
            if (start, end) == (span.start, span.end)
            else PiiSpan(start, end, span.entity_type)
        )
    return fixed


def _rating(text: str, start: int, end: int) -> bool:
    """A review's opening rating: "5/5" or "8/10" at the text's start, then no street word (in
    cased text, no capitalised one) but a doctor's title ("4/5 Smith St" is an Australian flat
    and house)."""
    rating = _RATING.match(text, start) if start == 0 else None
    if rating is None:
        return False
    rest = text[rating.end() : end]
    if not text.islower():  # (in cased text a street's type is capitalised: "court" is prose)
        rest = " ".join(word for word in rest.split() if word[:1].isupper())
    # (a redacted review reads "5/5 Dr <PERSON> at ...": the title then stands alone)
    return rest == "Dr" or rest.startswith("Dr ") or not has_street_word(rest)


def _country_line_end(text: str, start: int, end: int, barriers: Sequence[PiiSpan]) -> int:
    """``end`` taken on over a country line when the span's last line ends in a postal code."""
    if (
        not text.startswith("\n", end)
        or _POSTAL_LINE_END.search(text, max(start, end - 12), end) is None
    ):
        return end
    line_end = text.find("\n", end + 1)
    line_end = len(text) if line_end < 0 else line_end
    if text[end + 1 : line_end].strip().lower() not in country_names():
        return end
    if any(b.start < line_end and end < b.end for b in barriers):
        return end
    return line_end
