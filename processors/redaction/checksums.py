"""Check digits and issuance rules that separate real identifiers from look-alike numbers.

* Luhn (ISO/IEC 7812-1 annex B) for payment cards.
* ISO 13616 mod-97 for IBANs, with the per-country lengths of the SWIFT IBAN registry.
* US SSN issuance rules (SSA, since 2011 "randomization"): area not 000, 666 or 9xx,
  group not 00, serial not 0000.
"""

from __future__ import annotations

import string
from typing import Final

__all__ = ["IBAN_LENGTHS", "iban_valid", "luhn_valid", "ssn_valid"]

# SWIFT IBAN registry: country code -> total IBAN length (letters and digits, no spaces).
IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


# Luhn doubles every second digit from the right and adds the digits of the product.
_LUHN_DOUBLED: Final = bytes.maketrans(b"0123456789", b"0246813579")
# ISO 13616 reads a digit as itself and a letter as two digits: A = 10, ..., Z = 35.
_DIGITS_OF: Final = {char: str(int(char, 36)) for char in string.digits + string.ascii_uppercase}


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (ASCII digits only, at least 2) passes the Luhn check."""
    if len(digits) < 2 or not digits.isascii() or not digits.isdigit():
        return False
    from_right = digits.encode()[::-1]
    # Summing ASCII codes adds 48 ("0") per digit.
    total = sum(from_right[::2]) + sum(from_right[1::2].translate(_LUHN_DOUBLED))
    return (total - 48 * len(digits)) % 10 == 0


def iban_valid(iban: str) -> bool:
    """True for a compact IBAN (no spaces, any case) of its country's length with mod-97 == 1."""
    code = iban.upper()
    if not code.isascii() or not code.isalnum() or len(code) < 5:
        return False
    if IBAN_LENGTHS.get(code[:2]) != len(code) or not code[2:4].isdigit():
        return False
    rearranged = code[4:] + code[:4]
    numeric = "".join(map(_DIGITS_OF.__getitem__, rearranged))
    return int(numeric) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """True when the three SSN parts (3, 2 and 4 digits) obey the SSA issuance rules."""
    if len(area) != 3 or len(group) != 2 or len(serial) != 4:
        return False
    if area in ("000", "666") or area.startswith("9"):
        return False
    return group != "00" and serial != "0000"
