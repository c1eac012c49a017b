"""Stop 24: a name right before a word of goods names a brand or a title, not a person.

Shops, reviews and search queries name goods after people: "Tommy Hilfiger polo sale",
"George Foreman grill replacement plate", "Jack Daniels whiskey", "Harry Potter box set".
A person is rarely followed directly by a noun of goods, so :func:`before_goods` tells
:func:`~processors.redaction.person_neg_contexts.drop_lookalike_persons` to drop a person span
of two or more words when the next word is one. One-word spans are kept ("Anna shoes?" may be
a question to Anna).

The nouns are our own list of clothes, drink, media, toys and household goods, without the
ones that are also verbs or another language's common words a name may stand before ("hat":
German "has"; "watch", "book", "ring", "figure", "filter", "case", "part", "suit", "tie"),
and without plurals a subject may do ("books a room"); since stop 32 a few such plurals are
goods when no object follows them (``_VERB_GOODS``: "Anselm Greaves watches sale", not
"Radomir Okonjo watches the kids"). Since stop 36 the wider list of ``data/goods.txt``
(:func:`~processors.redaction.lexicon.goods_words`) counts too, its plurals only when no object
follows them.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import goods_words

__all__ = ["before_goods", "ends_in_goods", "goods_noun"]

_GOODS: Final = frozenset(
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
     "outlet", "coupon", "units",
     # (stop 26) a firm's service or wares: "Mary Kay stuff" ("support": see _VERB_GOODS)
     "support", "helpdesk", "hotline", "stuff", "products", "catalogue", "catalog",
     "franchise",
     # (stop 27) dishes and drinks named after a person: "Sally Lunn bun", "Mary Pickford
     # cocktail", "Monte Cristo sandwich"
     "bun", "buns", "cocktail", "cocktails", "sandwich", "cake", "pie", "tart", "sauce",
     "salad", "soup", "pudding", "biscuits", "berries", "fizz", "sour", "spritz",
     # (stop 32) wares of a maker named after someone: "Hedda Lorimer scarves sale",
     # "Cosimo Ferraldi espresso machines" ("bikes", "watches": see _VERB_GOODS)
     "scarves", "pianos", "piano", "knives", "raincoats", "raincoat", "espresso", "coats",
     "boots", "bags", "jackets", "sweaters", "guitars", "guitar", "ceramics", "knitwear",
     "teapots", "cutlery", "bikes", "bicycles", "watches", "clocks", "pens", "saddles",
     # (stop 33) "Ottilie Marchbank paints sale", "Clementine Ruskwell jams"
     "paints", "jams", "preserves", "soaps", "chocolates", "pottery", "rugs", "quilts",
     "prints", "candlesticks", "linens", "skincare", "cosmetics", "perfumes", "fragrances"]
)  # fmt: skip
# (stop 36) Materials and uses said before a noun of goods (our own list): "rain jackets",
# "fountain pens", "air fryer", "leather boots".
_GOODS_MODIFIERS: Final = frozenset(
    ["leather", "silk", "wool", "woollen", "cotton", "linen", "denim", "cashmere", "suede",
     "canvas", "wooden", "oak", "bamboo", "glass", "ceramic", "copper", "brass", "steel",
     "cast-iron", "stainless", "rain", "winter", "summer", "running", "hiking", "walking",
     "trail", "ski", "snow", "beach", "swim", "garden", "kitchen", "travel", "baby", "kids",
     "air", "fountain", "ballpoint", "electric", "cordless", "wireless", "smart", "portable",
     "vintage", "organic", "handmade", "scented", "espresso", "coffee", "rocking", "bar"]
)  # fmt: skip
_WORD_ENDS: Final = " \t\n,.;:!?)'\"\u2019"
# Nouns that are verbs too: a person does them to an object ("Does Maria Lopez support this
# plan?"), a firm's noun is followed by anything else ("Knight Frank support answered").
_VERB_GOODS: Final = frozenset(["support", "bikes", "watches", "coats", "boots", "bags"])
_OBJECT_OPENERS: Final = frozenset(
    ["the", "this", "that", "these", "those", "a", "an", "my", "our", "your", "his", "her",
     "their", "them", "it", "us", "me", "him", "you"]
)  # fmt: skip


def before_goods(text: str, start: int, end: int) -> bool:
    """The person span ``text[start:end]`` has two or more words and a noun of goods right
    after it, or (stop 36) a material or a use and then one ("rain jackets")."""
    if not text.startswith(" ", end) or " " not in text[start:end]:
        return False
    return _goods_at(text, end + 1, True)


def _goods_at(text: str, word_start: int, modifier_ok: bool) -> bool:
    """The word at ``word_start`` is a noun of goods (or, when ``modifier_ok``, a material or
    a use before one)."""
    word_end = word_start
    while word_end < len(text) and text[word_end] not in _WORD_ENDS:
        word_end += 1
    word = text[word_start:word_end].lower()
    listed = word in _GOODS
    if not listed and word not in goods_words():
        if modifier_ok and word in _GOODS_MODIFIERS and text.startswith(" ", word_end):
            return _goods_at(text, word_end + 1, False)
        return False
    # A plural of the stop-36 list may be a verb too ("Radomir Okonjo drills the holes").
    if word in _VERB_GOODS or (not listed and word.endswith("s")):
        following = text[word_end + 1 : word_end + 8].split(" ", 1)[0].lower()
        return following not in _OBJECT_OPENERS
    return True


def goods_noun(word: str) -> bool:
    """(Stop 37) Whether the lower-case ``word`` is a noun of goods (this module's list or
    :func:`lexicon.goods_words`)."""
    return word in _GOODS or word in goods_words()


def ends_in_goods(value: str) -> bool:
    """(Stop 27) A caseless span of two or more words ends in a noun of goods ("pearl
    earrings"): the caseless pair rule took the noun for a surname."""
    space = value.rfind(" ")
    if space <= 0 or not value.islower():
        return False
    last = value[space + 1 :]
    return last in _GOODS or last in goods_words()
