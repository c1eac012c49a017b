"""Stop 24: a name right before a word of goods names a brand or a title, not a person.

Shops, reviews and search queries name goods after people: "Tommy Hilfiger polo sale",
"George Foreman grill replacement plate", "Jack Daniels whiskey", "Harry Potter box set".
A person is rarely followed directly by a noun of goods, so :func:`drop_brand_persons` drops a
person span of two or more words when the next word is one. One-word spans are kept ("Anna
shoes?" may be a question to Anna). It only drops spans (the exact re-scan guard of the
redactor is untouched).

The nouns are our own list of clothes, drink, media, toys and household goods, without the
ones that are also verbs or another language's common words a name may stand before ("hat":
German "has"; "watch", "book", "ring", "figure", "filter", "case", "part", "suit", "tie"),
and without plurals a subject may do ("Radomir Okonjo watches the kids", "books a room").
"""

from __future__ import annotations

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["drop_brand_persons"]

_GOODS = frozenset(
    ["grill", "polo", "polos", "jeans", "shirt", "shirts", "t-shirt", "tee", "shoes",
     "sneakers", "sandals", "heels", "loafers", "bag", "handbag",
     "backpack", "wallet", "purse", "perfume", "cologne", "fragrance",
     "jacket", "hoodie", "sweater", "cardigan", "scarf", "sunglasses",
     "whiskey", "whisky", "bourbon", "wine", "vodka", "gin", "rum", "tequila", "beer",
     "collection", "boxset", "dvd", "dvds", "blu-ray", "bluray", "vinyl", "lp", "album",
     "albums", "novel", "novels", "hardcover", "paperback", "audiobook", "omnibus",
     "costume", "figurine", "funko", "toy", "poster", "mug", "charger",
     "blender", "mixer", "kettle", "toaster", "replacement", "cookware", "skillet",
     "lipstick", "mascara", "serum", "moisturizer", "shampoo", "razor", "trimmer",
     "headphones", "earbuds", "sunscreen", "candle", "candles", "jersey", "socks", "pajamas",
     "leggings", "skirt", "blazer", "cufflinks", "necklace", "bracelet", "earrings", "pendant",
     "stroller", "lego", "playset", "doll", "dolls", "merch", "merchandise",
     "outlet", "coupon", "units"]
)  # fmt: skip
_WORD_ENDS = " \t\n,.;:!?)'\"\u2019"


def drop_brand_persons(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the person spans of two or more words right before a noun of goods."""
    if not spans:
        return spans
    kept = [span for span in spans if not _before_goods(text, span)]
    return spans if len(kept) == len(spans) else kept


def _before_goods(text: str, span: PiiSpan) -> bool:
    if span.entity_type != PERSON or not text.startswith(" ", span.end):
        return False
    if " " not in text[span.start : span.end]:
        return False
    start = span.end + 1
    end = start
    while end < len(text) and text[end] not in _WORD_ENDS:
        end += 1
    return text[start:end].lower() in _GOODS
