"""Non-person contexts of a capitalised run: the words around it that make it a place or a
product ("the Hydro Flask", "Levi Strauss 501", "Khao San Road").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    common_words,
    english_words,
    first_names,
    is_named_city,
    place_names,
    surname_words,
)

# Additions of set 7 (the lists and tests below use them).
# Keys whose value is a product, a work or an organisation ("manufacturer": "Carl Zeiss").
_MORE_PRODUCT_KEYS: Final = (
    "album|artist|band|manufacturer|maker|vendor|company|merchant|store|shop|venue|restaurant"
    "|team|club|label|publisher|carrier|org|organi[sz]ation|employer|city|hotel|song|track"
    "|supplier|provider|bank|insurer|airline|destination"
    "|op|operator|courier|network|isp"  # (set 8: '"op": "Royal Mail"')
    "|breed|variety|cultivar|species|make"  # (stop 46, set 44: '"breed": "a Cavalier King"')
)
# Street types that come before the street's name.
STREET_TYPES: Final = frozenset(
    ["rua", "rue", "via", "calle", "avenida", "av", "avda", "calzada", "travesía", "travessa",
     "largo", "piazza", "viale", "corso", "paseo", "plaza", "praça", "alameda", "rodovia",
     "estrada", "boulevard", "blvd", "strada", "ulica", "ul", "carrer", "chemin", "impasse",
     "allée", "résidence", "boul", "bd"]
)  # fmt: skip
# A run right after a street type is a street ("Rua Oscar Freire", "Calzada de Tlalpan").
_MORE_NOT_AFTER_WORDS: Final = STREET_TYPES | {"along", "around", "across", "weather"}
_STREET_AFTER: Final = re.compile(
    r" (?:Road|Rd|Street|Str|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Court|Ct|Square|Sq|Terrace"
    r"|Crescent|Highway|Hwy|Straße|Strasse)\b"
)


def street_after(text: str, end: int) -> bool:
    """A street type follows the run that ends at ``end`` ("Khao San Road"): a street."""
    return _STREET_AFTER.match(text, end) is not None


def last_word(token: str) -> str:
    """The word at the end of a token, after a key and a quote ('"street":"Avenida')."""
    for mark in "\"':(":
        token = token.rpartition(mark)[2]
    return token


# ... or right before a commerce or sports word ("Orlando Pirates score", "Nevsky Prospekt
# store", "Philips Hue starter kit", "Ralph Lauren customer service").
_MORE_NOT_BEFORE_WORDS: Final = (
    "score", "scores", "fixtures", "tickets", "customer", "store", "stores", "shops", "outlet",
    "starter", "kit", "set", "lyrics", "tour", "album", "procurement", "stock", "shares",
    "coupon", "menu", "christmas", "careers", "jobs", "headquarters",
)  # fmt: skip
# Words that end the name of a firm, a shop or a team.
_ORGANISATION_WORDS: Final = frozenset(
    ["realty", "group", "inc", "ltd", "llc", "gmbh", "plc", "corp", "company", "logistics",
     "consulting", "solutions", "systems", "partners", "capital", "ventures", "studio",
     "studios", "media", "pharma", "clinic", "dental", "bakery", "cafe", "café", "bistro",
     "kitchen", "grill", "hotel", "hostel", "resort", "salon", "gallery", "museum", "theatre",
     "theater", "academy", "institute", "insurance", "airlines", "airways", "energy",
     "electric", "motors", "garage", "traders", "labs", "lab", "analytics", "foods",
     # (stop 29) legal forms of other countries: "Silva Ltda", "Dubois SARL"
     "ltda", "sarl", "srl", "bv", "nv", "pty", "pvt", "llp", "sas", "oy", "ag", "kg", "sa",
     # (stop 31) trades and works: "Thimbleby Joinery called", "Harrowquay Freight"
     "joinery", "freight", "haulage", "removals", "couriers", "plumbing", "roofing",
     "carpentry", "glazing", "landscaping", "catering", "printing", "publishing", "holdings",
     "industries", "engineering", "construction", "interiors", "optics", "brewery",
     "distillery", "winery", "pharmacy", "upholstery", "ironworks", "tiling", "scaffolding",
     # (stop 32) "Marrowbone Brewing replaced it", "Quayside Mercantile partner support"
     "brewing", "mercantile", "trading", "outfitters", "provisions", "workshop", "collective",
     "foundry", "choir", "ensemble", "orchestra", "quartet", "cooperative",
     # (stop 34) "Operations, Seabright Opticians", "Ship from:\nThornbury Printworks"
     "optician", "opticians", "printworks", "solar", "surf", "kites", "florist", "florists",
     "nursery", "creamery", "dairy", "pottery", "ceramics", "textiles", "apparel", "roasters",
     "laundry", "launderette", "locksmiths", "electricals", "tyres", "cycles", "hardware",
     # (stop 37) "Hollis & Marchetti Glassworks untangled ..."
     "glassworks", "metalworks", "woodworks", "stoneworks", "leatherworks",
     # (stop 39) lodging: "Hampton Inn late checkout fee", "Homewood Suites"
     "inn", "suites", "motel"]
)  # fmt: skip


def organisation_run(value: str) -> bool:
    """A capitalised run that names a firm or a team: its last word is an organisation word,
    or a plural English word that is no surname (``Lakeside Vets``, ``Boca Juniors``). A
    listed given name before a frequent English word stays a name (``Thomas Sides``)."""
    space = value.rfind(" ")
    last = value[space + 1 :].lower()
    if last in _ORGANISATION_WORDS or (last[-1:] == "s" and last[:-1] in _ORGANISATION_WORDS):
        return True  # (stop 26: or its plural, "Hilton Hotels")
    if len(last) <= 3 or not last.endswith("s") or last not in english_words():
        return False
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    if last in surname_words() or not (singular in english_words() or singular in common_words()):
        return False  # (not a plural: "ten Pas")
    before = value[value.rfind(" ", 0, space) + 1 : space].lower() if space > 0 else ""
    return not (before in first_names() and last in common_words())


# A capitalised run right after these is a place or a product ("the Buenos Aires sign",
# "hotels in Hong Kong", "X vs Y"), not a person.
_NOT_AFTER_WORDS = frozenset(
    ["the", "in", "near", "vs", "versus", "my", "our", "your", "his", "their", "x"]
)
_NOT_AFTER_WORDS |= _MORE_NOT_AFTER_WORDS  # (set 7)
# ... or right before "vs", "size" or a model number that ends the phrase ("Levi Strauss
# 501", "Levi Strauss 501 size 36"; not a phone "555-0132" nor a house number "12 Main St").
_NOT_BEFORE_WORDS: Final = (
    "vs", "versus", "size", "manual", "review", "reviews", "specs", "charger", "case", "price",
    "battery", "replacement", "firmware", "deal", "deals", "sale", "refurbished", "accessories",
    *_MORE_NOT_BEFORE_WORDS,
)  # fmt: skip
_NOT_BEFORE: Final = re.compile(" (?:" + "|".join(_NOT_BEFORE_WORDS) + r")\b")
# (a cheap test of the letter after the space saves most regex calls)
_NOT_BEFORE_INITIALS: Final = frozenset(word[0] for word in _NOT_BEFORE_WORDS)
_MODEL_NUMBER: Final = re.compile(r" \d+\b(?![-/.,:]\d)")
_STREET_WORDS_AFTER: Final = frozenset(
    [
        "rue",
        "avenue",
        "allée",
        "impasse",
        "boulevard",
        "chemin",
        "via",
        "viale",
        "corso",
        "piazza",
        "calle",
        "avenida",
        "paseo",
        "plaza",
        "rua",
        "street",
        "st",
        "road",
        "rd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "ul.",
        "ulica",
        "de",
        "del",
        "di",
        "van",
    ]
)
_PRODUCT_KEY: Final = re.compile(
    # (stop 46: a plural key and an article opening the value, 'items="Charles Ross"',
    # '"model": "a Citroën Berlingo"')
    rf"(?i)(?:product|item|brand|model|title|{_MORE_PRODUCT_KEYS})s?[\"']?\s*[:=]\s*[\"']?"
    r"(?:an? |the )?$"
)


def _product_or_place(text: str, start: int, end: int) -> bool:
    """A run that names a place ("Buenos Aires") or a product ("the Hydro Flask", "Levi
    Strauss 501"), judged by the list of places and the words around it."""
    lower = text[start:end].lower()
    if lower in place_names() or organisation_run(text[start:end]):
        return True
    if " " in lower and is_named_city(lower):  # (stop 26) a smaller city: "Santa Monica"
        return True
    before = text[max(0, start - 16) : start]
    if before.endswith(" "):
        words = before.split()
        last = words[-1] if words else ""
        if not last.isalpha():
            last = last_word(last)  # (set 7) after a key: '"street":"Avenida'
        if last.rstrip(".").lower() in _NOT_AFTER_WORDS:
            return True
        if last in ("a", "an", "the") and _PRODUCT_KEY.search(before):
            return True  # (stop 46) '"model": "a Citroën Berlingo"'
    elif before.endswith(("'", '"', ":", "=")) and _PRODUCT_KEY.search(before):
        return True
    if not text.startswith(" ", end):
        return False
    if street_after(text, end):  # (set 7) "Khao San Road", "Königsberger Str. 36"
        return True
    following = text[end + 1 : end + 2]
    if not following.isdecimal():  # (\d is exactly the decimal digits)
        return following in _NOT_BEFORE_INITIALS and _NOT_BEFORE.match(text, end) is not None
    model = _MODEL_NUMBER.match(text, end)
    if model is None:
        return False
    # A number then a capitalised word, a line break or a street word is a house number.
    after = text[model.end() : model.end() + 20]
    if not after.startswith(" "):
        return not after.startswith(("\n", ",\n"))
    following = after.split(None, 1)[0] if after.strip() else ""
    return not (following[:1].isupper() or following.lower().strip(",.") in _STREET_WORDS_AFTER)
