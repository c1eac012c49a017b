"""(Stop 42, from set 40's tuning half) Numbers shaped like phones that are no one's phone:

* **numbers reserved for fiction and tests**, which regulators keep out of service, where the
  text says so (a test, a fake, a fixture, "not a real one"): in North America 555-0100 to
  555-0199 after any area code (NANPA); in the United Kingdom Ofcom's drama numbers (07700
  900xxx, 01632 960xxx, 020 7946 0xxx, 0113-0161 496 0xxx, 028 9649 6xxx, 029 2018 0xxx, 0808
  157 0xxx, 0909 879 0xxx, 03069 990xxx); in Australia ACMA's fictitious numbers (0491 57x
  xxx, 02/03/07/08 5550 xxxx and 7010 xxxx). Without such words the number stays a phone:
  people and forms write them as examples of real ones, and a redactor that let one through
  on its digits alone would teach nothing about the text around it;
* (stop 46, set 44) **a British electricity meter point's core** (MPAN): thirteen digits
  grouped ``dd dddd dddd ddd`` whose last digit is the MPAN check digit (each of the first
  twelve times 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43, the sum modulo 11, then 10).
  Phones are seldom grouped so, and one that is passes the check about one time in ten;
* **a build or run stamped with its date**: ten bare digits that read as a year of this
  century, a month, a day and a two-digit counter or hour (``2025030616``), where no phone cue
  stands near (a CI run, a release, a pipeline).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["dated_build_number", "fictional_number", "fictional_test_number", "mpan_core"]

_UK_DRAMA: Final = (
    "07700900", "01632960", "02079460", "02896496", "02920180", "08081570", "09098790",
    "03069990", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
    "01214960", "01314960", "01414960", "01514960", "01614960",
)  # fmt: skip
_AU_FICTION: Final = (
    "049157", "0255500", "0270100", "0355500", "0370100", "0755500", "0770100", "0855500",
    "0870100",
)  # fmt: skip
# (not a word of an address: "maria.g@example.com", "demo.acme.io")
_SAYS_TEST: Final = re.compile(
    r"(?i)(?<![@.\w])(?:test|testing|fake|dummy|sample|fixture|placeholder|fictional"
    r"|fictitious|not a real|mock|demo|seed)\b(?!\.\w)"
)
_REACH: Final = 60
_DATED: Final = re.compile(r"20[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d")


def fictional_test_number(text: str, start: int, core: str) -> bool:
    """Whether the phone-shaped ``core`` at ``start`` is a number reserved for fiction and the
    text around it says it is a test or a fake (see above)."""
    return fictional_number(core) and (
        _SAYS_TEST.search(text, max(0, start - _REACH), start + len(core) + _REACH) is not None
    )


def fictional_number(core: str) -> bool:
    """Whether the phone-shaped ``core`` is a number reserved for fiction (see above)."""
    digits = "".join([char for char in core if char.isdigit()])
    international = core.lstrip("(").startswith("+")
    nanp = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    if len(nanp) == 10 and nanp[3:8] == "55501":
        return True
    national = digits
    if international and digits.startswith(("44", "61")):
        national = "0" + digits[2:]
    return national.startswith(_UK_DRAMA) or national.startswith(_AU_FICTION)


def dated_build_number(core: str) -> bool:
    """Whether ``core`` is ten bare digits that read as a date and a counter (see above)."""
    return len(core) == 10 and _DATED.fullmatch(core) is not None


_MPAN_CORE: Final = re.compile(r"\d\d \d{4} \d{4} \d{3}")
_MPAN_WEIGHTS: Final = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan_core(core: str) -> bool:
    """Whether ``core`` is an MPAN core grouped as it is printed (see above)."""
    if _MPAN_CORE.fullmatch(core) is None:
        return False
    digits = core.replace(" ", "")
    total = sum(int(digit) * weight for digit, weight in zip(digits, _MPAN_WEIGHTS, strict=False))
    return total % 11 % 10 == int(digits[12])
