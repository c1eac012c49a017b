"""(Stop 34, from set 30's even half) Person look-alikes that their place or their words name
as a firm, a team, a vessel, a dish, a place or a product:

- a firm's name before its legal form (``Penrose Achebe LLP handles probate``);
- a vessel after its prefix (``the RV Solveig Marie``, ``MV Agnetha Rose``);
- an Italian dish "alla" a name after a food (``pasta alla rosina``);
- a glen, a kirk or a villa of a given name (``Glen Araminta``, ``villa benigna``), and a
  run between a trail word and a map word (``trail kirk aethelred``, ``Kirk Aethelred map``,
  ``Trail maps for ...``);
- a brand before the goods it makes (``cosmo pettifer scooters are 30% off``, ``Maximilian
  Rook chess sets``, ``Lobster Theodoric air fryer``).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names
from processors.redaction.person_neg_shapes import _PLATFORMS
from processors.redaction.substrings import EndCues

__all__ = ["named_firm_team_vessel_or_goods"]

_VESSEL_PREFIXES: Final[tuple[str, ...]] = (
    "RV", "MV", "HMS", "SS", "USS", "MS", "FV", "RMS", "HMAS", "HMCS", "HMNZS", "SY", "MY",
    "NRP", "INS", "the yacht", "the ship", "the boat", "the ferry", "the barge",
)  # fmt: skip
_VESSEL_BEFORE: Final = re.compile(r"(?:^|[\s(\"'])(?:" + "|".join(_VESSEL_PREFIXES) + ") $")
_VESSEL_ENDS: Final = EndCues(_VESSEL_PREFIXES)  # (speed: its gate, see substrings.EndCues)
_DISH_FOODS: Final = frozenset(
    ["pasta", "penne", "spaghetti", "pizza", "risotto", "pollo", "linguine", "tagliatelle",
     "gnocchi", "rigatoni", "fettuccine", "bucatini", "pappardelle", "vitello", "veal", "pork",
     "beef", "chicken", "fish", "eggs", "salad", "soup", "torta", "tagliolini", "ravioli"]
)  # fmt: skip
_DISH_LINKS: Final[tuple[str, ...]] = ("alla ", "alle ", "allo ", "Alla ", "Alle ", "Allo ")
_PLACE_HEADS: Final = frozenset(["glen", "kirk", "loch", "strath", "villa"])
_TRAIL_CUES: Final[tuple[str, ...]] = ("trail", "trails", "trail maps for", "maps for", "hike to")
_TRAIL_BEFORE: Final = re.compile(r"(?i)\b(?:" + "|".join(_TRAIL_CUES) + ") $")
_TRAIL_ENDS: Final = EndCues(_TRAIL_CUES, True)  # (speed: its gate)
_MAP_AFTER: Final = re.compile(r"(?i) (?:map|maps|trail|trails|hike|trailhead|campsite)\b")
# Goods a brand named after a person makes ("fountain pens", "chess sets", "air fryer").
_GOODS: Final = frozenset(
    ["scooter", "scooters", "pens", "tiles", "marmalade", "shampoo",
     "conditioner", "fryer", "fryers", "blender", "kettle", "knives", "cookware", "candles",
     "perfume", "cologne", "bikes", "sofa", "sofas", "mattress", "sneakers",
     "trainers", "headphones", "earbuds", "chutney", "whisky", "biscuits",
     "crackers", "crisps", "chocolates", "teapots", "mugs", "rugs", "lamps", "kites",
     "skincare", "serum", "lipstick", "mascara", "backpacks", "luggage", "suitcases", "prams",
     "strollers", "promo", "voucher", "vouchers", "discount", "stockist", "stockists",
     "hammocks", "kayaks", "polish", "webcam", "refurbished", "tents", "hats", "yarns", "teas",
     "pasta", "socks", "scarves", "gloves", "boots", "soaps", "sauces", "spices", "wines",
     "ciders", "coffees", "perfumes", "handbags", "jeans", "shirts", "dresses", "sandals",
     "skates", "puzzles", "toys", "dupe", "dupes",
     # (stop 35) more goods, nouns only (no "watches", "paints", "treats": verbs of people)
     "mustard", "chocolate", "vermouth", "gin", "rum", "vodka", "beer", "ales", "cider",
     "wine", "tea", "coffee", "honey", "jam", "cheese", "cheeses", "kilt", "kilts", "linen",
     "linens", "ink", "inks", "tights", "kettles", "pencils", "notebooks", "stationery",
     "towels", "bedding", "duvets", "pillows", "blankets", "cushions", "curtains", "furniture",
     "jewellery", "jewelry", "earrings", "necklaces", "bracelets", "sunglasses", "eyewear",
     "shoes", "heels", "loafers", "slippers", "coats", "jackets", "knitwear", "jumpers",
     "sweaters", "cardigans", "hoodies", "leggings", "swimwear", "lingerie", "pyjamas",
     "wallets", "umbrellas", "cosmetics", "makeup", "fragrance", "fragrances", "lotion",
     "vases", "pottery", "glassware", "cutlery", "granola", "cereal", "salsa", "fudge",
     "toffee", "gelato", "sorbet", "hot sauce", "gins", "rums", "beers", "bourbon", "tequila",
     "mezcal", "sake", "ceramics", "planters", "rucksacks", "raincoats", "wetsuits"]
)  # fmt: skip
_LEGAL_FORM_AFTER: Final = re.compile(
    r" (?:LLP|LLC|Ltd|Inc|GmbH|PLC|plc|& Co\b|& Sons|& Daughters|& Partners|Associates"
    r"|Solicitors|Advocates|(?:& [A-Z][\w-]+ (?:Associates|Advocates|Solicitors|LLP|Partners)))"
)
_SALE_AFTER: Final = re.compile(r"(?: [^\W\d_]+){0,2} (?:are|is) \d{1,2} ?% off\b")


def named_firm_team_vessel_or_goods(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    if _LEGAL_FORM_AFTER.match(text, end) is not None:
        return True  # a firm named after its founders: "Penrose Achebe LLP handles probate"
    before = text[max(0, start - 24) : start]
    if _VESSEL_ENDS.may_end(before) and _VESSEL_BEFORE.search(before) is not None:
        return True
    words = value.lower().split(" ")
    if value.startswith(_DISH_LINKS) and before.rstrip().rpartition(" ")[2].lower() in _DISH_FOODS:
        return True
    if len(words) == 2 and words[0] in _PLACE_HEADS and words[1] in first_names():
        return True
    if (
        _TRAIL_ENDS.may_end(before) and _TRAIL_BEFORE.search(before) is not None
    ) or _MAP_AFTER.match(text, end) is not None:
        return True
    return _goods_after(text, end)


def _goods_after(text: str, end: int) -> bool:
    """A goods word among the two words after the span, or "are 30% off" after them."""
    if not text.startswith(" ", end):
        return False
    following = text[end + 1 : end + 40].split(" ", 2)[:2]
    if following[0].lower() in _PLATFORMS:
        return False  # (stop 35) a person's own page: "Kana Niang instagram ceramics"
    for word in following:
        if word.rstrip(".,;:!?").lower() in _GOODS:
            return True
    return "% off" in text and _SALE_AFTER.match(text, end) is not None
