"""Character shapes of a text: exact prefilters that spare most texts most structured scans.

Each structured detector's regex only matches a run of ASCII characters of a fixed kind: an
SSN holds ``ddd-dd-dddd`` (or spaces or dots), an IPv4 address ``d.d``, an IBAN ``LLdd``.
In :func:`ascii_shape` every ASCII digit reads ``0`` and every ASCII letter ``a``, so one
translation plus a few substring tests (``"000-00-0000" in shape``) tell which detectors
can match at all. A test may say "maybe" when the detector then finds nothing, never "no"
when it would find something: that is what makes skipping a detector exact, not a guess.

The one way a test could miss is a decimal digit outside ASCII (``\\d`` also matches
``"٣"``), so such texts get no shape and run every detector.
"""

from __future__ import annotations

import re
from string import ascii_letters, digits
from typing import Final

__all__ = ["ascii_capitals", "ascii_shape"]

# Every decimal digit outside ASCII is at or above U+0660, so its UTF-8 form starts with a
# byte of 0xD9 or more; the shape writes all such bytes as 0xFF ("\xff" once decoded).
_HIGH_LEAD_BYTES: Final = bytes(range(0xD9, 0x100))
_SHAPE: Final = bytes.maketrans(
    digits.encode() + ascii_letters.encode() + _HIGH_LEAD_BYTES,
    b"0" * 10 + b"a" * 52 + b"\xff" * len(_HIGH_LEAD_BYTES),
)
_NON_ASCII_DIGIT: Final = re.compile(r"[^\D0-9]")


def ascii_shape(text: str) -> str | None:
    """``text`` with each ASCII digit as ``0`` and each ASCII letter as ``a``, for substring tests.

    Other ASCII characters stay as they are; a character outside ASCII becomes characters
    outside ASCII (its UTF-8 bytes read as Latin-1), so positions do not match ``text`` and
    only containment tests make sense. ``None`` when ``text`` has a decimal digit outside
    ASCII: then a test for ``0`` could miss one of the digits the detectors match.
    """
    shape = text.encode("utf-8", "surrogatepass").translate(_SHAPE).decode("latin-1")
    # Only a character at or above U+0640 can be such a digit; most accented text has none.
    if "\xff" in shape and _NON_ASCII_DIGIT.search(text) is not None:
        return None
    return shape


# Every ASCII capital to "A", a space to " ", any other byte to ".".
_CAPITALS: Final = bytes(
    ord("A") if ord("A") <= byte <= ord("Z") else byte if byte == ord(" ") else ord(".")
    for byte in range(256)
)


def ascii_capitals(text: str) -> bytes:
    """ASCII ``text`` with each capital as ``A``, each space as `` `` and any other character
    as ``.``: one translation, then a substring test stands in for a regex of capitals
    (``b"AA" in ascii_capitals(text)`` for ``[A-Z][A-Z]``), at the same positions. Only for
    text that :meth:`str.isascii`."""
    return text.encode("ascii").translate(_CAPITALS)
