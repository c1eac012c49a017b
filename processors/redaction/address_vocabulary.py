"""The address side's street-type and road-word lists, in one place, each by its role.

The lists overlap in members but not in use, and each keeps its own members (the rules were
tuned with them; merging two would change what is found), but for the types written first,
which all come from ``street_types_first.STREET_TYPES_FIRST``:

* ``STREET_FIRST_ANCHOR_TYPES``: a type written before the name ("Calle", "Via", "ul."), with
  the dot where it is abbreviated; the street-first anchor looks back from a number for one.
* ``JOINED_STREET_SUFFIXES``: the end of a compound street name ("Goetheplatz",
  "Drottninggatan"), written joined to the name; the street-first anchor's suffix test.
* ``APART_STREET_TYPES``, ``APART_ABBREVIATIONS``, ``RARE_APART_TYPES``: types written apart
  after the name ("Kongens gate 89A", "Pärnu mnt 22"); for the street-first anchor and
  ``address_formats.apart_name_start``.
* ``STREET_WORDS`` / ``STREET_WORD_ENDINGS``: any street-type or unit word, or a word ending
  in a street suffix, in any case: evidence that a walked span is an address
  (``has_street_word``).
* ``ROAD_WORDS``: road words of ~40 languages, evidence for ``address_layout``'s anchors.
* ``TYPES_AFTER_COMMA``: the types ``address_layout`` accepts after "12, " (a regex part).
* ``STREET_TYPES_APART``: types written apart that ``postcodes`` lets into a street name.
* ``ROADS_NAMED_BY_NUMBER``: "Route 66", "Calle 13": a type and a number, no house number.
* ``LOWER_STREET_TYPE``: the English types that mark a lower-case street line.
* ``ADDRESS_LOWER``: lower-case words inside addresses that are also common English
  (particles and street types): the walk goes on over them.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.alternation import alternation
from processors.redaction.street10_anchors import street10_road_word
from processors.redaction.street_starts import extra_road_word
from processors.redaction.street_types_first import STREET_TYPES_FIRST

__all__ = [
    "ADDRESS_LOWER",
    "APART_ABBREVIATIONS",
    "APART_STREET_TYPES",
    "CASE_FOLDING_EXCEPTIONS",
    "INDIAN_STATES",
    "JOINED_STREET_SUFFIXES",
    "LOWER_STREET_TYPE",
    "RARE_APART_TYPES",
    "ROADS_NAMED_BY_NUMBER",
    "ROAD_WORDS",
    "STREET_FIRST_ANCHOR_TYPES",
    "STREET_TYPES_APART",
    "STREET_WORD",
    "STREET_WORDS",
    "STREET_WORD_ENDINGS",
    "STREET_WORD_RUNS",
    "TYPES_AFTER_COMMA",
    "WORD_RUN",
    "has_street_word",
    "indian_state",
]

# A street named before its number: a street-type word first (Calle, Via, ul., ...) or a
# compound ending in a street suffix (Goetheplatz, Prinsenlaan, Drottninggatan), then the
# number. Found by looking back from each number, far cheaper than a case-insensitive scan.
# The types are those of STREET_TYPES_FIRST but the English nouns among them: capitalised,
# they open brands and titles before a name and a number ("Square Enix 2", own probe);
# street10_anchors takes them only with a Romance particle after them ("place des Lilas").
STREET_FIRST_ANCHOR_TYPES: Final = STREET_TYPES_FIRST - {"passage", "place", "route", "square"}
JOINED_STREET_SUFFIXES: Final = tuple(
    [
        "straße",
        "strasse",
        "str.",
        "weg",
        "laan",
        "straat",
        "plein",
        "gracht",
        "kade",
        "singel",
        "dijk",
        "gatan",
        "vägen",
        "vagen",
        "gata",
        "gränd",
        "platz",
        "allee",
        "gasse",
        "damm",
        "ufer",
        "vej",
        "vei",
        "veien",
        "vegen",
        "gade",
        "katu",
        "tie",
        "utca",
        "vejen",
        "kuja",
        "quai",
        "polku",
        "vegur",
        "stígur",
        "tänav",
        "backen",
        "stræti",
        "braut",
        "steeg",  # (stop 44, set 42) a Dutch alley: "Hoedenmakerssteeg 17 bis"
    ]
)


# Lower-case words inside addresses that are also common English: particles and street types.
ADDRESS_LOWER: Final = frozenset(
    [
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "del",
        "della",
        "dei",
        "di",
        "da",
        "das",
        "dos",
        "do",
        "los",
        "las",
        "el",
        "bis",
        "van",
        "der",
        "den",
        "von",
        "am",
        "an",
        "im",
        "zum",
        "zur",
        "y",
        "e",
        "et",
        "of",
        "nad",
        "pod",
        "na",
        "u",
        "sur",
        "rue",
        "avenue",
        "allée",
        "impasse",
        "boulevard",
        "chemin",
        "place",
        "quai",
        "via",
        "viale",
        "corso",
        "piazza",
        "calle",
        "camino",
        "paseo",
        "plaza",
        "rua",
        "travessa",
        "estrada",
        "ul",
        "ulica",
        "street",
        "road",
        "lane",
        "drive",
        "way",
        "court",
        "close",
        "terrace",
        "gardens",
        "crescent",
        "square",
        "avenue",
        "apt",
        "suite",
        "unit",
        "floor",
        "box",
        "st",
        "rd",
        "ave",
        "ln",
        "dr",
        "blvd",
    ]
)


# A street-type or unit word (STREET_WORDS), or a word ending in a street suffix
# (STREET_WORD_ENDINGS), in any case.
STREET_WORDS: Final = (
    "street", "st", "road", "rd", "avenue", "ave", "av", "avda", "avenida", "lane", "ln", "drive",
    "dr", "way", "court", "ct", "place", "pl", "square", "sq", "boulevard", "blvd", "crescent",
    "close", "terrace", "parkway", "highway", "hwy", "route", "grove", "walk", "row", "hill",
    "rue", "chemin", "via", "viale", "corso", "piazza", "rua", "praceta", "travessa", "estrada",
    "calle", "camino", "plaza", "paseo", "ctra", "crta", "strasse", "straße", "str", "gasse",
    "weg", "allee", "platz", "laan", "straat", "plein", "vej", "vei", "veien", "vegen", "gate",
    "gata", "gatan", "vägen", "katu", "tie", "kuja", "utca", "út", "u", "ul", "ulica", "trg",
    "postbox", "p.o", "box", "apt", "suite", "unit", "floor", "flat", "impasse", "allée", "quai",
    "cours", "passage", "chaussée", "gardens", "carrer", "largo", "vicolo", "aleja", "ulica",
    "straat", "gracht", "kade", "jalan", "jl", "persiaran", "cres", "pde", "salai", "marg",
    "ro", "gil", "daero", "dpto", "depto", "apto", "piso",
    "rúa", "vul", "prov", "boul", "derb", "rehov", "derech", "sderot", "thanon", "soi", "đường",
    "phố", "maantee", "cesta", "iela", "gatve", "tänav", "sokak", "lgh", "mnt", "tn", "shari",
    "sharia", "prosp",
    "bend",  # (stop 45, set 43) a Canadian and US type: "21-1395 Caribou Bend, Moncton (NB)"
)  # fmt: skip
STREET_WORD_ENDINGS: Final[tuple[str, ...]] = (
    "strasse", "straße", "weg", "laan", "straat", "plein", "vej", "vei", "veien", "vegen", "gata",
    "gatan", "vägen", "katu", "tie", "gade", "vegur", "stræde", "kuja", "polku", "utca", "gasse",
    "allee", "platz", "stígur", "tänav", "stræti", "braut",
    # (stop 40) Swedish and Norwegian paths, alleys and slopes: "Tranbärsstigen 56 A"
    "stigen", "gränd", "gränden", "backen", "stien",
)  # fmt: skip
STREET_WORD: Final = re.compile(
    r"(?i)(?:\b(?:" + "|".join(re.escape(word) for word in STREET_WORDS) + r")\b"
    r"|(?:" + "|".join(re.escape(ending) for ending in STREET_WORD_ENDINGS) + r")\b)"
)
WORD_RUN: Final = re.compile(r"\w+")
# The characters that match a Latin letter case-insensitively (in Python's re) without having
# it as their lower case: capital dotted I, dotless i, long s (tests pin this).
CASE_FOLDING_EXCEPTIONS: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f")
STREET_WORD_RUNS: Final = frozenset(word for word in STREET_WORDS if WORD_RUN.fullmatch(word))


LOWER_STREET_TYPE: Final = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|gardens|court|ct|way|place"
    r"|terrace|crescent|boulevard|blvd"
    r"|pike)\b"  # (stop 35) a US turnpike: "812 old mill pike, hazard, ky 41701"
)

# Road and street-type words of many languages (whole words, lower case, no dot). Used by
# address_layout as evidence that a walked span is an address, and as words that are no
# common English there.
ROAD_WORDS: Final = frozenset(
    [
        # English
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way",
        "court", "ct", "place", "pl", "square", "boulevard", "blvd", "crescent", "close",
        "terrace", "parkway", "highway", "hwy", "marg", "salai", "nagar", "colony", "sector",
        "block", "phase",
        # Romance
        "rue", "boul", "bd", "chemin", "allée", "impasse", "quai", "calle", "c", "avenida",
        "av", "avda", "paseo", "plaza", "camino", "carrer", "rúa", "rua", "travessa", "estrada",
        "via", "viale", "corso", "piazza", "largo", "vicolo", "strada", "calea", "jr", "jirón",
        # Germanic, Nordic, Baltic, Slavic, Hungarian, Turkish
        "straße", "strasse", "str", "gasse", "weg", "laan", "straat", "gata", "gatan", "vej",
        "vei", "gade", "vegur", "stígur", "tänav", "maantee", "puiestee", "iela", "gatve", "g",
        "prospektas", "ulica", "ul", "ulice", "cesta", "trg", "vul", "vulytsia", "prov",
        "provulok", "prospekt", "prosp", "utca", "út", "sokak", "sok", "cad", "caddesi", "bulvar",
        # Semitic, Arabic, Asian
        "rehov", "derech", "sderot", "derb", "shari", "sharia", "thanon", "soi", "jalan", "jl",
        "đường", "phố", "ngõ", "hẻm", "lu", "dao", "ro", "gil", "daero",
    ]
)  # fmt: skip

# Prefix street types (a regex alternation) that address_layout's number-comma anchor accepts
# after "12, " (set 8): a part of STREET_TYPES_FIRST only. The anchor also fires in caseless
# text and after a year or a count, so a type that is also a word of prose there makes
# addresses of "since 2020, via email", "room 12, square table", "in 2022, ronda rousey
# retired", "5, camino real snacks" (own probes; the tuning splits do not change either way).
TYPES_AFTER_COMMA: Final = alternation(
    STREET_TYPES_FIRST
    & {"rue", "avenue", "av.", "avenida", "boul.", "boulevard", "bd", "bd.", "chemin", "allée",
       "impasse", "quai", "calle", "carrer", "rúa", "rua", "viale", "corso", "piazza", "derb",
       "rehov", "derech", "vul.", "prov.", "ul.", "ulica"}
)  # fmt: skip

# Street types written apart from the name that JOINED_STREET_SUFFIXES does not hold
# ("Kongens gate 89A"): the street-first anchor's test for a type written apart.
APART_STREET_TYPES: Final = (
    "gate", "allé", "ring", "chaussee", "steig", "maantee", "cesta", "iela", "gatve", "blvd",
    "ulica",
)  # fmt: skip

# Street types written apart that are no English word: the name before them need only not be
# common English (set 8).
RARE_APART_TYPES: Final = frozenset(
    ["maantee", "cesta", "iela", "gatve", "blvd", "blvd.", "ulica", "mnt", "mnt.", "tn", "tn.",
     "pst", "pst.", "g.", "pr.", "al."]
)  # fmt: skip

# Street types written apart after the name that are abbreviations or short words, taken only
# as a whole word: Estonian "Pärnu mnt 22", "Rüütli tn 5"; Lithuanian "Gedimino pr. 9",
# "Didžioji g. 30", "Laisvės al. 53".
APART_ABBREVIATIONS: Final = frozenset(
    ["mnt", "mnt.", "tn", "tn.", "pst", "pst.", "g.", "pr.", "al."]
)

# A street or road type that names a road with its number alone ("Route 66", "Calle 13",
# "Interstate 95", "Pier 39"): after an address cue it is no street address
# (address_formats.bare_street_type).
ROADS_NAMED_BY_NUMBER: Final = frozenset(
    ["route", "highway", "hwy", "interstate", "motorway", "autobahn", "pier", "dock", "rue",
     "calle", "carrera", "via", "straße", "strasse", "quai", "suite", "avenue", "street", "road",
     "rua", "avenida", "ulica", "plaza", "platz"]
)  # fmt: skip

# Street-type words written apart from the name that postcodes.py lets into the street name
# before a postal code.
STREET_TYPES_APART: Final = frozenset(
    [
        "gate", "gata", "gatan", "vei", "veien", "vej", "gade", "straße", "strasse", "gasse",
        "weg", "allee", "platz", "street", "road", "avenue", "lane", "way", "tie", "katu",
        "utca", "ulica", "ulice", "odos", "laan", "straat", "plein", "kade", "dijk", "allé",
    ]
)  # fmt: skip


# (Stop 41) India's states and union territories, as addresses write them after the town and
# PIN code ("Chennai - 600 859\nTamil Nadu"); no person either ("Tamil Nadu" read as a name).
INDIAN_STATES: Final = (
    "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat",
    "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh",
    "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab",
    "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh",
    "Uttarakhand", "West Bengal", "Delhi", "Chandigarh", "Puducherry", "Jammu and Kashmir",
    "Ladakh",
)  # fmt: skip
_INDIAN_STATES_LOWER: Final = frozenset(state.lower() for state in INDIAN_STATES)


def indian_state(value: str) -> bool:
    """Whether ``value`` is the name of an Indian state or union territory (any case)."""
    return value.lower() in _INDIAN_STATES_LOWER


def has_street_word(span: str) -> bool:
    """Whether STREET_WORD occurs in ``span``, found word by word: the regex tries each of its
    ~100 case-insensitive alternatives at every word boundary, which costs far more."""
    words = list(map(str.lower, WORD_RUN.findall(span)))
    if not STREET_WORD_RUNS.isdisjoint(words):
        return True
    if any(word.endswith(STREET_WORD_ENDINGS) for word in words):
        return True
    # A character matches a letter of the regex, case-insensitively, exactly when its lower
    # case is that letter, but for the capital dotted I, the dotless i and the long s; so
    # without those (and "p.o", the one word with a dot) the regex finds nothing either.
    if "p.o" in span.lower() or any(char in span for char in CASE_FOLDING_EXCEPTIONS):
        return STREET_WORD.search(span) is not None
    return extra_road_word(words) or street10_road_word(span, words)  # "Trail" (street10)
