"""(Stop 34, from set 31's even half) Person look-alikes named by the words around them:

- a vessel after its kind (``the tug Absalom Rose``, ``the schooner Agatha Bell``), a storm
  after its kind (``Typhoon Leocadia``), a horse or a dog after its name (``Duke Ambrose
  (the gelding)``);
- a region of Indonesia or the Philippines, a large Vietnamese city, a place after a city's or
  county's mark (``Jawa Barat``, ``Đà Nẵng``, ``TP. Hồ Chí Minh``, ``JUD. IAȘI``);
- a bay, a beach or a cape of a name (``Bahía Leocadia``), the start or the end of a route
  (``Start: Isla Cipriana``), a street after a Russian street word (``ulitsa Akademika
  Zherbina``);
- a dish of a food and a name on a menu line (``Eggs Hildegarde``, ``Lamb Ermengarde``);
- two frequent English words in lower case before a price (``diamond ring ₱1359``:
  "Diamond" and "Ring" are a listed given name and surname);
- "Happy <name> Eve" (a feast); a closing word of a letter in another language
  (``Saygilarimizla`` written with dotless i); a place named twice (``Wagga Wagga``);
- a run of a sentence in Indonesian or Malay (``Ada yang pernah makan di ...``: "yang",
  "pernah" are no name words when written in lower case in a text with two of them);
- words of code and of git (``Merge branch hotfix``), capitals that continue an IBAN's
  groups (``... SG7E KTQO LYDT``).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.accents import fold_accents
from processors.redaction.lexicon import common_words, first_names, is_english, surname_words
from processors.redaction.substrings import EndCues

__all__ = ["named_team_vessel_place_dish_or_code"]

_KINDS: Final[tuple[str, ...]] = (
    "tug", "schooner", "ketch", "trawler", "liner", "frigate", "cutter", "sloop", "barque",
    "steamer", "tanker", "freighter", "dredger", "lifeboat", "Typhoon", "Hurricane", "Cyclone",
    # (stop 36) more kinds of boats, and a title the vessel's name opens with ("the schooner
    # Lady Gwendolyn": the span is the name after the title)
    "yacht", "ferry", "barge", "catamaran", "galleon", "brig", "clipper", "dhow", "narrowboat",
    "houseboat", "riverboat", "Tropical Storm", "Storm",
)  # fmt: skip
_VESSEL_TITLES: Final[tuple[str, ...]] = (
    "Lady", "Lord", "Sir", "Queen", "King", "Prince", "Princess", "Captain", "Miss", "Saint",
    "St", "St.", "Dame",
)  # fmt: skip
_KIND_BEFORE: Final = re.compile(
    r"(?:^|[\s(\"'])(?:the |a )?(?:" + "|".join(_KINDS) + ")"
    r"(?: (?:" + "|".join(re.escape(title) for title in _VESSEL_TITLES) + "))? $"
)
# (speed) What a match of _KIND_BEFORE ends with before its last space (a gate, see
# substrings.EndCues).
_KIND_ENDS: Final = EndCues(_KINDS + _VESSEL_TITLES)
_ANIMAL_AFTER: Final = re.compile(
    r" \((?:the |our )?(?:mare|gelding|stallion|colt|filly|horse|pony|dog|hound|puppy|cat"
    r"|kitten|bull|cow|ram|goat)\)"
)
# Heads of a bay, a beach, a cape... in Spanish, Portuguese, Italian and French.
_WATER_HEADS: Final = frozenset(
    ["bahía", "bahia", "playa", "praia", "cerro", "laguna", "lago", "punta", "cabo", "puerto",
     "porto", "ribeira", "ilha", "île", "mont", "pointe", "baía", "enseada", "caleta"]
)  # fmt: skip
_ROUTE_LABEL_BEFORE: Final = re.compile(
    r"(?im)(?:^|[\n|;,{\"'])[ \t]*(?:start|finish|end point|trailhead|destination|origin"
    r"|start point|departure|arrival)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_RUSSIAN_STREET_WORDS: Final[tuple[str, ...]] = (
    "ulitsa", "ul.", "prospekt", "pr-t", "pereulok", "per.", "bulvar", "shosse", "naberezhnaya",
    "ploshchad", "proyezd", "tupik",
)  # fmt: skip
_RUSSIAN_STREET_BEFORE: Final = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(word) for word in _RUSSIAN_STREET_WORDS) + ") $"
)
_RUSSIAN_STREET_ENDS: Final = EndCues(_RUSSIAN_STREET_WORDS, True)  # (speed: its gate)
# Foods that open a dish named after a person ("Eggs Hildegarde", "Punch Cuthbert").
_DISH_HEADS: Final = frozenset(
    ["eggs", "punch", "salad", "chicken", "lamb", "trout", "tarta", "steak", "beef", "veal",
     "pork", "sole", "pear", "pears", "peach", "peaches", "cake", "tart", "pudding", "soup",
     "sauce", "bombe", "omelette", "potatoes", "oysters", "lobster", "crêpes", "crepes",
     "shrimp", "prawns", "duck", "salmon", "torte", "cocktail", "sundae", "trifle", "pie"]
)  # fmt: skip
_INDONESIAN_WORDS: Final = frozenset(
    ["yang", "dan", "ini", "itu", "untuk", "dengan", "pernah", "sudah", "belum", "makan",
     "katanya", "enak", "juga", "saya", "kamu", "kita", "mereka", "bisa", "mau", "tidak",
     "nggak", "gak", "sama", "lagi", "aja", "banget", "udah", "kalau", "kalo", "ya"]
)  # fmt: skip
_CODE_WORDS: Final = frozenset(
    ["hotfix", "bugfix", "refactor", "rebase", "changelog", "readme", "localhost", "webhook",
     "cron", "config", "repo", "dev", "staging", "prod", "main", "master", "feature"]
)  # fmt: skip
_GIT_BEFORE: Final[tuple[str, ...]] = ("erge branch ", "branch ", "checkout ", "origin/")
# Closing words of letters in other languages, read as a lone name signing off.
_FOREIGN_CLOSINGS: Final = frozenset(
    ["sayg\u0131lar\u0131m\u0131zla", "sayg\u0131lar\u0131mla", "saygilarimizla", "hormat",
     "cordialement", "atentamente", "saludos", "groeten", "hälsningar", "pozdrawiam", "üdvözlettel",
     "cumprimentos", "abraços", "besos", "mvg", "salam", "tschüss", "grüße", "gruß"]
)  # fmt: skip
_PRICE_AFTER: Final = re.compile(
    r" (?:(?:[$\u20ac\u00a3\u00a5\u20b9\u20ab\u20b1\u20ba\u20a9]|R\$|RM|Rp|USD|EUR|GBP)"
    r" ?\d|\d[\d.,]* ?(?:[$\u20ac\u00a3\u20ab\u20b1\u20ba]|dollars|euros))"
)
# Regions of Indonesia, the Philippines and Vietnam, and Vietnam's largest cities, that read as
# names (our own list): "Jawa Barat", "Metro Manila", "Đà Nẵng".
_REGION_HEADS: Final = frozenset(
    ["jawa", "sumatera", "sumatra", "kalimantan", "sulawesi", "nusa", "papua", "metro", "bangka"]
)
_REGION_TAILS: Final = frozenset(
    ["barat", "timur", "tengah", "utara", "selatan", "tenggara", "manila", "cebu", "davao",
     "belitung"]
)  # fmt: skip
_VIETNAMESE_CITIES: Final = frozenset(
    ["\u0111\u00e0 n\u1eb5ng", "h\u00e0 n\u1ed9i", "h\u1ed3 ch\u00ed minh",
     "h\u1ea3i ph\u00f2ng", "c\u1ea7n th\u01a1", "nha trang", "v\u0169ng t\u00e0u",
     "\u0111\u00e0 l\u1ea1t", "bi\u00ean h\u00f2a", "qui nh\u01a1n", "h\u1ea1 long"]
)  # fmt: skip
_VIETNAMESE_CITIES_FOLDED: Final = frozenset(fold_accents(city) for city in _VIETNAMESE_CITIES)
_CITY_MARKS: Final[tuple[str, ...]] = ("tp", "jud", "kota", "kab", "prov")
_CITY_MARK_BEFORE: Final = re.compile(r"(?:\b(?i:" + "|".join(_CITY_MARKS) + r")\.? )$")
# (speed) What a match of _CITY_MARK_BEFORE ends with before its space, in any case.
_CITY_MARK_ENDS: Final = EndCues(_CITY_MARKS + tuple(mark + "." for mark in _CITY_MARKS), True)
_IBAN_GROUP_BEFORE: Final = re.compile(r"(?=[A-Z0-9]*\d)[A-Z0-9]{4} $")


def named_team_vessel_place_dish_or_code(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    before = text[max(0, start - 24) : start]
    if (
        _KIND_ENDS.may_end(before) and _KIND_BEFORE.search(before) is not None
    ) or _ANIMAL_AFTER.match(text, end) is not None:
        return True
    if value.startswith(("Typhoon ", "Hurricane ", "Cyclone ", "Storm ")):
        return True  # ('"name":"Typhoon Leocadia"')
    words = value.lower().split(" ")
    if (
        len(words) == 2
        and value.islower()
        and _PRICE_AFTER.match(text, end) is not None
        and all(_frequent_english(word) for word in words)
    ):
        return True  # goods searched with a price: "diamond ring ₱1359"
    if (len(words) == 2 and words[0] in _REGION_HEADS and words[1] in _REGION_TAILS) or (
        _vietnamese_city(value)
    ):
        return True  # a region or a city: "Jawa Barat", "METRO MANILA", "Đà Nẵng"
    if _CITY_MARK_ENDS.may_end(before) and _CITY_MARK_BEFORE.search(before) is not None:
        return True  # after a city's or county's mark: "TP. Hồ Chí Minh", "JUD. IAȘI"
    if words[0] in _FOREIGN_CLOSINGS or (
        len(words) == 2 and words[0] == words[1] and value[0].isupper() and _place_twice(words[0])
    ):
        return True  # a Turkish "regards", a place named twice: "Wagga Wagga", "Bora Bora"
    if len(words) >= 2 and words[0] in _WATER_HEADS:
        return True
    if (":" in before or "=" in before) and _ROUTE_LABEL_BEFORE.search(before) is not None:
        return True
    if _RUSSIAN_STREET_ENDS.may_end(before) and _RUSSIAN_STREET_BEFORE.search(before) is not None:
        return True
    if _dish(text, start, words, before):
        return True
    if words[-1] == "eve" and len(words) == 2 and before.lower().endswith("happy "):
        return True  # a feast: "Happy Evander Eve everyone!!"
    if any(word in _CODE_WORDS for word in words) or _indonesian(text, value):
        return True
    if before.lower().endswith(_GIT_BEFORE):
        return True
    return value.isupper() and _IBAN_GROUP_BEFORE.search(before) is not None


def _frequent_english(word: str) -> bool:
    return word in common_words() and is_english(word)


def _vietnamese_city(value: str) -> bool:
    """A large Vietnamese city, its accents folded or not (names.fold_given_names may have
    folded a syllable that is a listed given name: "Nẵng" as "Nang")."""
    return fold_accents(value.lower()) in _VIETNAMESE_CITIES_FOLDED


def _place_twice(word: str) -> bool:
    """A word of five letters or more, of no name list, named twice is a place ("Wagga
    Wagga"); Burmese and Vietnamese names repeat short listed words ("Ei Ei", "Phyu Phyu")."""
    return len(word) >= 5 and word not in first_names() and word not in surname_words()


def _indonesian(text: str, value: str) -> bool:
    """The span holds an Indonesian function word in lower case and the text two of them
    ("Yang" and "Lagi" are surnames and given names too)."""
    spoken = [w for w in value.split(" ") if w in _INDONESIAN_WORDS]
    if not spoken:
        return False
    lowered = text.lower()
    return sum(f" {word} " in f" {lowered} " for word in _INDONESIAN_WORDS) >= 2


def _dish(text: str, start: int, words: list[str], before: str) -> bool:
    """A food then a name on a line of its own (a menu), or a two-word span opened by a food
    that is no given name."""
    if len(words) == 2:
        return words[0] in _DISH_HEADS and words[0] not in first_names()
    if len(words) != 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip().lower()
    if head not in _DISH_HEADS or head in first_names():
        return False
    line_end = text.find("\n", start)
    return text[start : line_end if line_end >= 0 else len(text)].strip().count(" ") == 0
