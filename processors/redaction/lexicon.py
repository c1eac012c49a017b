"""The bundled word lists (``data/*.txt``), read once on first use.

See ``bench/build_name_lexicon.py`` for how they were generated and from what.
"""

from __future__ import annotations

import functools
from importlib import resources

from processors.redaction.accents import fold_accents
from processors.redaction.alternation import alternation

__all__ = [
    "NAME_PARTICLES",
    "NAME_PARTICLE_ALTERNATION",
    "city_names",
    "common_words",
    "english_words",
    "eponym_names",
    "first_names",
    "goods_words",
    "is_english",
    "is_named_city",
    "place_names",
    "possessive_brands",
    "stop_words",
    "surname_words",
]

STOP_RANK = 400  # the first STOP_RANK common words are never part of a name
# Lower-case particles inside a name ("van der Berg", "van 't Hof", "bin Salleh", "al-Farsi",
# "Ní Mhurchú"): the one list of the person rules (curated).
NAME_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
     "le", "ten", "ter", "te", "'t", "\u2019t", "al", "el", "bin", "binti", "bint", "ibn", "zu",
     "af", "av", "ní", "ó", "ua", "mac", "nic", "ap", "ben"]
)  # fmt: skip
# The same as a regex alternation (no group), longest first.
NAME_PARTICLE_ALTERNATION = alternation(NAME_PARTICLES)


def _read(name: str) -> list[str]:
    text = resources.files("processors.redaction").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line]


# Syllables of Korean given names in romanised spelling (Revised Romanization and the older
# spellings still common in passports: "hyun"/"hyeon", "young"/"yeong"); written by hand from
# Korean naming. Two joined by a hyphen are a given name ("seo-yeon", "ji-hoon", "ha-eun"):
# the lists hold few of them. (Joined without a hyphen they make English words: "rain".)
_KOREAN_SYLLABLES = frozenset(
    ["min", "jun", "seo", "yeon", "ji", "hoon", "ha", "eun", "do", "hyun", "hyeon", "chae",
     "won", "ye", "jin", "soo", "su", "young", "yeong", "woo", "jae", "ho", "sang", "hee",
     "hye", "mi", "na", "ra", "yu", "yun", "yoon", "kyung", "kyeong", "sung", "seong", "seung",
     "hwa", "ah", "bin", "bo", "dong", "gyu", "kyu", "hae", "han", "hyo", "in", "jeong",
     "jung", "joo", "ju", "kang", "ki", "gi", "kwang", "gwang", "myung", "myeong", "nam",
     "rin", "se", "seok", "suk", "shin", "sin", "tae", "uk", "yong", "hong", "il", "chul",
     "cheol", "hyuk", "hyeok", "byung", "byeong", "chan", "da", "gun", "geon", "hun", "jang",
     "jo", "ryu", "si", "so", "wook", "yeol", "yul", "ga", "eon", "hwan"]
)  # fmt: skip
_NOT_KOREAN = frozenset(["ah-ha", "ha-ah"])  # (interjections)
# (Stop 28) Given names that are English words and were missing from the list (virtue and
# word names, common in Nigeria, the Puritan tradition and the US): our own list. They are
# English words, so the rules that want no English word still pass them by; the cued rules
# (a person key, a title, a greeting) now read them as names. Words that head common phrases
# are left out ("Loyalty Program", "Unity Editor", "Turkish Delight", "Gift Card").
_WORD_GIVEN_NAMES = frozenset(
    ["amity", "valor", "valour", "temperance", "godswill", "goodluck", "clemency", "favour",
     "modesty"])  # fmt: skip


# (Stop 29) Given names that the frequency list of common words holds only as names (our own
# pick from its 534 words that are also listed given names: "jennifer", "michael"; not
# "grace", "will", "mark", "bill", which are words too). The framed rules that want a name
# word of no common use take these as names.
NAME_ONLY_COMMON_WORDS = frozenset(
    ["aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "allen", "amy", "andrew",
     "andy", "anna", "anne", "anthony", "antonio", "arthur", "ashley", "barbara", "barry",
     "ben", "benjamin", "brian", "bruce", "carl", "catherine", "charles", "charlie",
     "charlotte", "chris", "christopher", "craig", "dan", "daniel", "danny", "dave", "david",
     "donald", "douglas", "eddie", "edward", "elizabeth", "emily", "emma", "eric", "francis",
     "fred", "gary", "george", "gordon", "graham", "greg", "harry", "helen", "henry", "howard",
     "ian", "jacob", "jake", "james", "jamie", "jane", "jason", "jeff", "jennifer", "jeremy",
     "jerry", "jessica", "jim", "jimmy", "joe", "john", "johnny", "jon", "jonathan", "jose",
     "joseph", "josh", "juan", "julia", "justin", "kate", "keith", "kelly", "ken", "kevin",
     "kim", "kyle", "larry", "laura", "lawrence", "lisa", "louis", "margaret", "maria",
     "marie", "mario", "martin", "mary", "matt", "matthew", "michael", "michelle", "mike",
     "nancy", "nathan", "neil", "nick", "oliver", "oscar", "patrick", "paul", "pete", "peter",
     "phil", "philip", "rachel", "richard", "rick", "robert", "roger", "ron", "roy", "ryan",
     "samuel", "sarah", "scott", "sean", "simon", "stanley", "stephen", "steve", "steven",
     "stuart", "susan", "ted", "terry", "thomas", "tim", "tommy", "tony", "tyler", "victor",
     "vincent", "walter", "wayne", "william"]
)  # fmt: skip


@functools.cache
def first_names() -> frozenset[str]:
    """Lower-cased given names from many locales (Latin script), each also without its accents
    (``nóni`` and ``noni``): people write a name either way, and the name rules fold an
    accented word that is listed only so (see :mod:`name_accents`). A folded form that is an
    English word (``désiré`` -> ``desire``, ``niče`` -> ``nice``) is left out. Also every pair
    of Korean given-name syllables joined by a hyphen (``seo-yeon``; see _KOREAN_SYLLABLES)."""
    # (stop 46) and the names of given_names_dataset.txt (see bench/build_dataset_names.py)
    listed = frozenset(_read("first_names.txt") + _read("given_names_dataset.txt"))
    listed = listed | _WORD_GIVEN_NAMES
    folded = {fold_accents(name) for name in listed if not name.isascii()} - listed
    korean = {f"{a}-{b}" for a in _KOREAN_SYLLABLES for b in _KOREAN_SYLLABLES if a != b}
    return listed | {name for name in folded | korean if not is_english(name)} - _NOT_KOREAN


@functools.cache
def common_words() -> frozenset[str]:
    """The ~6,000 most frequent English words, lower-cased."""
    return frozenset(_read("common_words.txt"))


@functools.cache
def stop_words() -> frozenset[str]:
    """The most frequent English words: never a name even when capitalised."""
    return frozenset(_read("common_words.txt")[:STOP_RANK])


@functools.cache
def eponym_names() -> tuple[str, ...]:
    """Names of brands, firms, works, dishes, prizes, laws and diseases named after people,
    of two words or more ("lockheed martin", "crohn's disease"): hand-curated, for
    :mod:`person25_eponyms`. ``#`` lines of the file are comments."""
    return tuple(line for line in _read("eponyms.txt") if not line.startswith("#"))


@functools.cache
def goods_words() -> frozenset[str]:
    """(Stop 36) Nouns of goods and of shops that sell them ("kettles", "vermouth",
    "stockist"): our own list; ``#`` lines of the file are comments."""
    return frozenset(line for line in _read("goods.txt") if not line.startswith("#"))


@functools.cache
def possessive_brands() -> frozenset[str]:
    """(Stop 38) Shops, restaurants and brands named in the possessive, the part before "'s"
    ("trader joe", "kohl"): our own list (``data/NOTICE.md``)."""
    return frozenset(_read("possessive_brands.txt"))


@functools.cache
def surname_words() -> frozenset[str]:
    """Surnames that are also common English words (``grant``, ``young``)."""
    return frozenset(_read("surname_words.txt"))


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-cased multi-word place names (cities of 100k+, countries, US states; GeoNames)."""
    return frozenset(_read("place_names.txt"))


@functools.cache
def city_names() -> frozenset[str]:
    """Lower-cased names of the cities of 15,000 people or more (GeoNames), one or more words,
    with and without accents ("duluth", "freiburg im breisgau", "santa monica")."""
    return frozenset(_read("city_names.txt"))


# Multi-word cities whose every word is a given name name a person as often ("Diego Martin",
# "Glen Allen"), except after a saint's prefix ("Santa Barbara").
_SAINT_PREFIXES = ("san ", "santa ", "santo ", "são ", "sao ", "saint ", "sainte ", "sankt ")


def is_named_city(lower: str) -> bool:
    """``lower`` (a lower-case run of two or more words) is a city, not a person's name: a
    listed city of 15,000+ people, unless every word of it is a listed given name."""
    if lower not in city_names():
        return False
    given = first_names()
    return lower.startswith(_SAINT_PREFIXES) or not all(w in given for w in lower.split())


@functools.cache
def english_words() -> frozenset[str]:
    """The ~35,000 most frequent English words that are no listed given name (lower-cased)."""
    return frozenset(_read("english_words.txt"))


def is_english(word: str) -> bool:
    """``word`` (lower case) is one of the frequent English words or of the ~35,000 (the first
    list holds some given names the second leaves out: "mark", "will")."""
    return word in common_words() or word in english_words()
