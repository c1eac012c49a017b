"""(set 10 round) More cues for nine bare digits to be an SSN, hooked into find_bare_ssns.

The base cue is "SSN", "social security" or "SS#" as a word. Forms and records write it
other ways too: as the last part of a key ("patient_ssn=", "employeeSSN:"), abbreviated
("SS No.", "Soc. Sec. #", "S.S.N."), as whose social it is ("my social is"), or as the
taxpayer number a US person's SSN serves as ("tax_id", "taxpayer id", "TIN", "ITIN"), or as
the header of a delimited column ("name,ssn"). The digits must still obey the issuance rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.checksums import ssn_valid
from processors.redaction.spans import US_SSN, PiiSpan

__all__ = ["csv_column_ssns", "extra_ssn_cue_before", "may_contain_extra_ssn_cue"]

_EXTRA_CUE: Final = re.compile(
    r"(?i)(?:(?<=[a-z_])ssn|\bss\.?\s*no\b\.?|\bsoc(?:ial)?\.?\s*sec(?:urity)?\b\.?|"
    # (stop 31) "S.S.N. 873805129", "my social is 830329744"
    r"\bs\.s\.n\.?|\b(?:my|his|her|their|your|the) social(?: is| number| num| no\.?)?|"
    r"(?<![a-z])tax(?:payer)?[\s_-]*(?:id|identification|number|no)\b\.?|\bi?tin\b)"
    r"[^\d\n]{0,20}$"
)


def may_contain_extra_ssn_cue(text: str) -> bool:
    """False only when ``text`` has none of the cues :func:`extra_ssn_cue_before` reads."""
    if not text.isascii():
        return True  # (case folding outside ASCII, "\u017f" for "s", is the regex's to judge)
    lowered = text.lower()
    return (
        "ssn" in lowered
        or "soc" in lowered
        or "tax" in lowered
        or "tin" in lowered
        or ("ss" in lowered and "no" in lowered)
        or "s.s.n" in lowered
    ) and _ANY_EXTRA_CUE.search(text) is not None


def extra_ssn_cue_before(text: str, start: int, low: int = 0) -> bool:
    """Whether one of this module's SSN cues stands in the 40 characters before ``start``
    (and after ``low``)."""
    return _EXTRA_CUE.search(text, max(low, start - 40), start) is not None


# Every cue of _EXTRA_CUE and every _SSN_COLUMN header that the base gate (an "ssn" or
# "social" anywhere) does not see, wherever it stands: the gate's second, exact step
# ("setting" and "address no." pass the first).
_ANY_EXTRA_CUE: Final = re.compile(
    r"(?i)\bss\.?\s*no\b|\bsoc(?:ial)?\.?\s*sec|(?<![a-z])tax(?:payer)?[\s_-]*(?:id|identification|"
    r"number|no)\b|(?<![a-z])i?tin(?![a-z])|ssn|\bs\.s\.n|\b(?:my|his|her|their|your|the) social\b"
)
_DELIMITERS: Final[tuple[str, ...]] = (",", ";", "\t", "|")
# A header field naming an SSN column: "ssn", "SSN", "employee_ssn", "social_security",
# "tax_id", "TIN".
_SSN_COLUMN: Final = re.compile(
    r"(?i)[\"']?[ \t]*(?:[a-z_ -]{0,20}[_ -])?(?:ssn|social[_ -]?security(?:[_ -]?(?:no|number))?|"
    r"tax(?:payer)?[_ -]?id|i?tin)[ \t]*[\"']?"
)


def csv_column_ssns(text: str) -> Iterator[PiiSpan]:
    """Nine digits filling a field of a delimited row under a header field naming an SSN
    ("name,ssn\nAna,123456789"): the first line is the header, rows have its delimiter count."""
    header_end = text.find("\n")
    if header_end < 0:
        return
    header = text[:header_end]
    for delimiter in _DELIMITERS:
        if delimiter not in header:
            continue
        fields = header.split(delimiter)
        columns = [i for i, field in enumerate(fields) if _SSN_COLUMN.fullmatch(field)]
        if columns:
            yield from _column_values(text, header_end, delimiter, len(fields), columns)
            return


def _column_values(
    text: str, header_end: int, delimiter: str, width: int, columns: list[int]
) -> Iterator[PiiSpan]:
    """The valid nine-digit values of ``columns`` in the rows after the header."""
    line_start = header_end + 1
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        row = text[line_start:line_end]
        cells = row.split(delimiter)
        if len(cells) == width:
            offset = line_start
            for index, cell in enumerate(cells):
                value = cell.strip().strip("\"'")
                if index in columns and len(value) == 9 and value.isdigit() and value.isascii():
                    start = offset + cell.index(value)
                    if ssn_valid(value[:3], value[3:5], value[5:]):
                        yield PiiSpan(start, start + 9, US_SSN)
                offset += len(cell) + len(delimiter)
        line_start = line_end + 1
