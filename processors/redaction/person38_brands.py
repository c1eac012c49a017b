"""(Stop 38, set 35's tuning half) Shops, restaurants and brands named in the possessive:
"blocked on Jimmy John's app", "Kohl's refunded me", "Dick's Sporting Goods", "the Ollie's
Bargain Outlet counter". Their names are a person's name and "'s", and the name rules read
the part before "'s" as a person, and the words after a brand's "'s" as a capitalised run.

The names come from :func:`lexicon.possessive_brands` (``data/possessive_brands.txt``, own
curation from public general knowledge: US, UK, Canadian and Australian chains and brands
whose name is a possessive, the part before "'s"). One that is also a listed given name
("Wendy", "Sam", "Victoria") is a brand only where a capitalised word or a word of shopping
follows ("Wendy's app", "Sam's Club", "Victoria's Secret"; not "Wendy's phone").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, possessive_brands

__all__ = ["possessive_brand"]

_APOSTROPHE_S: Final = ("'s", "\u2019s")
# Words after a brand's "'s" that speak of the shop, not of a person's things.
_SHOP_AFTER: Final = re.compile(
    r"(?:'|\u2019)s (?:[A-Z]|(?:app|insta|instagram|store|shop|counter|coupon|drive-thru"
    r"|menu|location|parking|outlet|refunded|website|site|deal|sale|rewards)\b)"
)


def possessive_brand(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a brand in the possessive, or is the words after a
    brand's "'s" ("Bargain Outlet" of "Ollie's Bargain Outlet")."""
    if text.startswith(_APOSTROPHE_S, end) and _brand(text, start, end):
        return True
    if start < 4 or text[start - 1] != " " or not text.endswith(_APOSTROPHE_S, 0, start - 1):
        return False
    brand_end = start - 3
    brand_start = brand_end
    while brand_start > 0 and (text[brand_start - 1].isalpha() or text[brand_start - 1] in ".-"):
        brand_start -= 1
    return _brand(text, brand_start, brand_end)


def _brand(text: str, start: int, end: int) -> bool:
    """The name before "'s" at ``end`` is a listed brand, in a shop's context if it is also a
    listed given name."""
    name = text[start:end].lower()
    if name not in possessive_brands():
        return False
    return name not in first_names() or _SHOP_AFTER.match(text, end) is not None
