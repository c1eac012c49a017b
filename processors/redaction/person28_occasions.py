"""(Stop 28) Person look-alikes that their place or their shape names as a thing:

- an item of a list under a heading of firms ("Sponsors\\nCurrys\\nKaren Millen"): sponsors,
  partners, stockists and the like are businesses, and a firm often bears a person's name;
  (stop 29) or of shops somewhere ("Shops on Avenue Foch:\\nLoake\\nCampari");
- what was bought at a price ("just paid $68.42 for Oeufs Florentine", "spent £40 on ..."):
  one pays *for* a thing, and a person paid for is written with a possessive;
- a one-word feast ("Bloomsday", "Candlemas", "Oktoberfest", "Johannistag"): a word on
  "-sday", "-mas", "-fest", "-tide" or (stop 29) "-tag" that is no listed given name or
  surname (not "-day": "Halliday");
- a lower-case run in cased text that ends in a food whose word is also a surname ("brook
  trout for dinner"): the capitalised surname stays a person ("Mike Trout"), but a name
  written in lower case among capitals is already unlikely, and there the food wins;
- a name with a number glued on by a hyphen ("Job Lewis-7 ran out of memory"): a host, job
  or build named after someone;
- a name whose possessive heads a capitalised business noun ("Lucky Luke's Diner", "Mrs.
  Brown's Boys"): the firm or the show, not the person;
- a run ending in a word of places that is also a surname ("Park", "Hill", "Green"), right
  after a preposition of place ("a walk round Victoria Park", "picnic in Dolores Park"; not
  "at", "near", "to" or "from": "sat near Megan Hill", "sent to Grace Park");
- the value of a "name" key in a JSON object under a key of places or things
  (``{"location": {"name": "Prince Albert"}}``);
- a lower-case word that is two English words glued (``stillotter``, ``soggybiscuit``) or is
  glued to more by a dot (``crumpet.engine``): a user handle;
- what something was renamed to ("renamed the cafe on Danforth Avenue to Rémy Martin");
- a lower-case run ending in a colour ("- onyx black", "emerald green"): a colourway; or in
  a noun of software ("hashlib module", "from pytz import utc");
- a saint's place or day with a particle ("Santa Rosa de Lima");
- an item of a JSON list under a key of works, goods or places (``"playlist": [...]``);
- a one-word holiday of our list ("Thaipusam", "Juhannus", "Vappu");
- a kin word in lower case ("nan's moving to ..."): a relative, named by no name;
- a name after "my old" or "my new" ("Sound like my old Staedtler"): a thing one owns (a
  person is "my old friend X");
- a word and a number opening a line or a sentence ("Dock 18 projector is broken"): a room,
  pier or building;
- a lower-case plain ASCII word of four letters or more without a vowel ("snmp oid ...
  meaning"): an acronym, not a name (shorter ones are chat shorthand before a name: "msg",
  "hbd").

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import english_words, first_names, surname_words
from processors.redaction.name_kin_words import CHAT_KIN_WORDS
from processors.redaction.person13_titles import after_title

__all__ = [
    "glued_handle",
    "lower_food_run",
    "named_occasion_or_purchase",
    "named_place_value",
    "under_firm_heading",
]

_FIRM_HEADINGS: Final = frozenset(
    ["sponsors", "our sponsors", "sponsored by", "partners", "our partners", "stockists",
     "exhibitors", "vendors", "suppliers", "retailers", "brands", "lenders", "advertisers",
     "merchants", "carriers", "stockist list", "supported by", "in partnership with"]
)  # fmt: skip
_PAID_FOR: Final = re.compile(
    r"(?i)\b(?:paid|spent|spending|splurged|dropped|charged(?: me)?|cost(?: me)?)"
    r" (?:[$\u00a3\u20ac\u20b9\u00a5]|rs\.? ?|inr ?|usd ?|eur ?)?\d[\d,.]*"
    r"(?: ?(?:usd|eur|gbp|inr|dollars|euros|pounds|quid|bucks|rupees))? (?:for|on) $"
)
_FEAST_ENDS: Final[tuple[str, ...]] = (
    "sday",
    "mas",
    "fest",
    "tide",
    "tag",
)  # (not "-day": Halliday, Faraday)
# (stop 29) "Shops on Avenue Foch:\nLoake\nCampari": a heading of shops somewhere.
_FIRM_HEADING_HEADS: Final = frozenset(
    ["shops", "stores", "boutiques", "brands", "labels", "stockists", "restaurants", "cafes",
     "bars", "wineries", "retailers", "vendors"]
)  # fmt: skip
_HEADING_PREPOSITIONS: Final = frozenset(["on", "at", "in", "along", "near", "around", "by", "we"])
# Foods whose words are also surnames (person27_dishes leaves them out for that reason).
_SURNAME_FOODS: Final = frozenset(
    ["trout", "salmon", "lamb", "bacon", "rice", "curry", "haddock", "herring", "pike", "perch",
     "bass", "sole", "cod", "hake", "duck", "partridge", "quail", "pheasant", "veal", "ham",
     "mackerel", "carp", "turbot", "brisket", "mutton", "hamburger", "pudding", "pickles"]
)  # fmt: skip
_SURNAME_PLACE_ENDS: Final = frozenset(
    ["park", "hill", "hills", "green", "field", "fields", "wood", "woods", "castle", "bridge",
     "hall", "heath", "common", "cross", "gate", "moor"]
)  # fmt: skip
_PLACE_PREPOSITIONS: Final = frozenset(
    ["in", "round", "around", "through", "across", "inside", "towards"]
)  # fmt: skip
_BUSINESS_NOUNS: Final = frozenset(
    ["diner", "kitchen", "cafe", "café", "bar", "grill", "pub", "bakery", "deli", "pizza",
     "tavern", "bistro", "restaurant", "boutique", "salon", "barbers", "garage", "shop",
     "store", "market", "inn", "burgers", "chicken", "donuts", "doughnuts", "brewery",
     "creamery", "cantina", "taqueria", "chophouse", "steakhouse", "smokehouse", "boys",
     "girls", "army", "bakehouse", "cookies", "furniture", "hardware", "motel", "lodge"]
)  # fmt: skip
_VOWELS: Final = frozenset("aeiouy")
_RENAMED_TO: Final = re.compile(r"\brenamed\b[^.!?\n]{0,70} to (?:[A-Z][\w'\u2019-]* (?:&|and) )?$")
_SAINT_OPENERS: Final = frozenset(["santa", "santo", "san", "são", "saint", "sainte", "st."])
_PARTICLES_IN_PLACES: Final = frozenset(["de", "del", "da", "do", "di", "dos", "das", "la"])
_LIST_KEY: Final = re.compile(r'"(\w+)"[ \t]*:[ \t]*\[$')
# JSON list keys whose items are works, goods or places, not people.
_THING_LISTS: Final = frozenset(
    ["playlist", "songs", "tracks", "albums", "films", "movies", "books", "titles", "dishes",
     "menu", "items", "products", "brands", "places", "venues", "cities", "shops", "stores",
     "sponsors", "partners", "clients", "vendors", "suppliers", "tags", "categories"]
)  # fmt: skip
# Lower-case nouns of software after its name ("hashlib module"; "from pytz import utc").
_SOFTWARE_NOUNS: Final = frozenset(
    ["module", "modules", "plugin", "plugins", "package", "packages", "library", "libraries",
     "framework", "driver", "drivers", "parser", "runtime", "bindings", "wrapper", "import",
     "decorators", "databases", "extension", "extensions"]
)  # fmt: skip
_OWNED_BEFORE: Final = re.compile(r"\b(?:my|our|your|his|her|their) (?:old|new) $")
_NUMBER_THEN: Final = re.compile(r" \d{1,4}(?:$|\n| [a-z]|,)")
_COLOURS: Final = frozenset(
    ["black", "white", "grey", "gray", "green", "blue", "red", "pink", "brown", "beige",
     "navy", "teal", "cream", "ivory", "olive", "mustard", "burgundy", "charcoal", "khaki",
     "lilac", "mauve", "coral", "taupe"]
)  # fmt: skip
_COLOUR_OR_SOFTWARE_NOUNS: Final = _COLOURS | _SOFTWARE_NOUNS
# One-word holidays and feasts of many countries (our own list, general knowledge).
_HOLIDAYS: Final = frozenset(
    ["thaipusam", "juhannus", "vappu", "sechseläuten", "hogmanay", "diwali", "deepavali",
     "holi", "vesak", "nowruz", "purim", "hanukkah", "chanukah", "onam", "pongal", "baisakhi",
     "vaisakhi", "songkran", "chuseok", "obon", "walpurgisnacht", "fasching", "fastnacht",
     "karneval", "carnaval", "lohri", "navratri", "dussehra", "ugadi", "bihu", "sinterklaas",
     "koningsdag", "midsommar", "juneteenth", "thanksgiving", "michaelmas", "candlemas",
     "whitsun", "pentecost", "epiphany", "lammas", "beltane", "samhain", "imbolc", "yule",
     "kwanzaa", "loy krathong", "matariki", "waitangi", "anzac", "seollal", "tanabata",
     "setsubun", "hanami", "fiestas", "sanfermines", "oktoberfest", "ramadan", "eid",
     "shavuot", "sukkot", "passover", "pesach", "easter", "christmas", "bloomsday",
     "ganeshotsav", "makar", "raksha", "rakhi", "karva", "teej", "chhath", "mawlid",
     # (stop 29)
     "andrzejki", "wigilia", "dożynki", "dozynki", "ostern", "pfingsten", "weihnachten",
     "fasnacht", "lichtmess", "kupala", "jaanipäev", "midsummer", "halloween", "hallowe'en"]
)  # fmt: skip
_NAME_KEY: Final = re.compile(r'"name"[ \t]*:[ \t]*"$')
_OUTER_KEY: Final = re.compile(r'"(\w+)"[ \t]*:[ \t]*\{$')
# Object keys whose "name" names a place, a venue, a firm or goods.
_THING_OBJECTS: Final = frozenset(
    ["location", "place", "venue", "city", "town", "destination", "origin", "store", "shop",
     "merchant", "company", "organisation", "organization", "org", "employer", "hotel",
     "restaurant", "product", "item", "brand", "airport", "station", "region", "country"]
)  # fmt: skip
# Chat shorthand without a vowel that stands next to a name ("msg phương", "hbd turki").
_CHAT_SHORTHAND: Final = frozenset(["thnx", "thks", "plzz", "pplz", "msgs", "txts", "bday"])


def under_firm_heading(text: str, start: int, end: int) -> bool:
    """The span stands on a line of its own under a first line that heads a list of firms."""
    heading_end = text.find("\n")
    if heading_end < 0 or start < heading_end:
        return False
    heading = text[:heading_end].strip(" \t:").lower()
    if heading not in _FIRM_HEADINGS:
        head, _, rest = heading.partition(" ")
        if head not in _FIRM_HEADING_HEADS or rest.partition(" ")[0] not in _HEADING_PREPOSITIONS:
            return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line) <= 40 and ":" not in line and "@" not in line


def named_occasion_or_purchase(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring that read the span and its left context."""
    value = text[start:end]
    if " " not in value and (
        _one_word_feast(value) or value.lower() in _HOLIDAYS or value in CHAT_KIN_WORDS
    ):
        return True
    if (
        value.islower()
        and (
            (glued_handle(value) and not after_title(text, start))  # (stop 36) "Mr thorncastle"
            or (text.startswith(".", end) and text[end + 1 : end + 2].isalpha())
        )
    ):
        return True
    if value[:1].isupper() and value.partition(" ")[0].lower() in _SAINT_OPENERS:
        rest = value.split(" ")
        if len(rest) >= 3 and not _PARTICLES_IN_PLACES.isdisjoint(rest[1:-1]):
            return True  # (a saint's place or day: "Santa Rosa de Lima", "San Juan de Dios")
    if "[" in text and _in_thing_list(text, start):
        return True
    if (
        start >= 7
        and text[start - 1] == " "
        and _OWNED_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # ("Sound like my old Staedtler", "my new Husqvarna")
    if "renamed" in text and _RENAMED_TO.search(text, max(0, start - 80), start) is not None:
        return True
    if (
        " " in value
        and value.rpartition(" ")[2].lower() in _SURNAME_PLACE_ENDS
        and not text.startswith(("'", "\u2019"), end)  # ("in Tom Green's words")
    ):
        before = text[max(0, start - 12) : start]
        if before.endswith(" ") and before[:-1].rpartition(" ")[2].lower() in _PLACE_PREPOSITIONS:
            return True
    after = text[end : end + 24]
    if after[:1] == "-" and after[1:2].isdigit():
        return True
    if (
        after[:1] == " "
        and after[1:2].isdigit()
        and " " not in value
        and _numbered_place(text, start, after)
    ):
        return True
    if after[:2] in ("'s", "\u2019s") and after[2:3] == " " and after[3:4].isupper():
        noun = after[3:].split(" ", 1)[0].rstrip(".,!?;:")
        if noun.lower() in _BUSINESS_NOUNS:
            return True
    if value.islower():
        if any(_no_vowel(word) for word in value.split(" ")):
            return True
        if not text.islower() and lower_food_run(value):
            return True
        if " " in value and value.rpartition(" ")[2] in _COLOUR_OR_SOFTWARE_NOUNS:
            return True  # "- onyx black", "hashlib module", "pytz import" (from pytz import)
    if start >= 8 and text[start - 1] == " " and text[start - 4 : start - 1] in ("for", " on"):
        return _PAID_FOR.search(text, max(0, start - 48), start) is not None
    return False


def lower_food_run(value: str) -> bool:
    """A lower-case run of two or more words ending in a food whose word is also a surname
    (asked of runs in cased text, or of pieces cut out of one: ``names.find_names``)."""
    return " " in value and value.islower() and value.rpartition(" ")[2] in _SURNAME_FOODS


def named_place_value(text: str, start: int) -> bool:
    """The span is the value of a "name" key inside an object under a key of places or
    things (``{"location": {"name": "Prince Albert", ...}}``)."""
    if not text.endswith('"', 0, start):
        return False
    key = _NAME_KEY.search(text, max(0, start - 16), start)
    if key is None:
        return False
    opening = text.rfind("{", 0, key.start())
    if opening < 0 or "}" in text[opening : key.start()]:
        return False
    outer = _OUTER_KEY.search(text, max(0, opening - 40), opening + 1)
    return outer is not None and outer.group(1).lower() in _THING_OBJECTS


def _in_thing_list(text: str, start: int) -> bool:
    """The span is an item of a JSON list under a key of works, goods or places."""
    opening = text.rfind("[", 0, start)
    if opening < 0 or "]" in text[opening:start]:
        return False
    key = _LIST_KEY.search(text, max(0, opening - 30), opening + 1)
    return key is not None and key.group(1).lower() in _THING_LISTS


def _numbered_place(text: str, start: int, after: str) -> bool:
    """A word and a number opening a line or a sentence, then a lower-case word or the line's
    end ("Dock 18 projector is broken", "Ship from:\nWarehouse 90\nPier 39"): a room, pier or
    building; mid-sentence a name may take a number ("pay Jon 50 bucks")."""
    before = text[:start].rstrip(" \t")
    if before and before[-1] not in "\n.!?":
        return False
    number = _NUMBER_THEN.match(after)
    return number is not None


def glued_handle(value: str) -> bool:
    """A lower-case word of eight letters or more, of no name list, made of two English words
    of three or more letters, one of them five or more (shorter words split too often by
    chance: "tow|hid", "pad|mini", "fuji|moto")."""
    if " " in value:
        value = value.partition(" ")[0]
    if len(value) < 8 or not value.isalpha():
        return False
    if value in first_names() or value in surname_words():
        return False
    english = english_words()
    if value in english:
        return False
    return any(
        value[:cut] in english and value[cut:] in english and max(cut, len(value) - cut) >= 5
        for cut in range(3, len(value) - 2)
    )


def _one_word_feast(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 6
        and lower.endswith(_FEAST_ENDS)
        and word[:1].isupper()
        and lower not in first_names()
        and lower not in surname_words()
    )


def _no_vowel(word: str) -> bool:
    return (
        len(word) >= 4
        and word.isascii()
        and word.isalpha()
        and not any(c in _VOWELS for c in word)
        and word not in _CHAT_SHORTHAND
    )
