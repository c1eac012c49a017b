"""The address side's street-type and road-word lists, in one place, each by its role.

The lists overlap in members but not in use, so each keeps its own members:

* ``STREET_TYPES_FIRST``: a type written before the name ("Calle", "Via", "ul."), with the dot
  where it is abbreviated; the street-first anchor looks back from a number for one.
* ``STREET_SUFFIXES``: the end of a compound street name ("Goetheplatz", "Drottninggatan"),
  written joined to the name; the street-first anchor's cheap suffix test.
* ``STREET_WORDS`` / ``STREET_WORD_ENDINGS``: any street-type or unit word, or a word ending
  in a street suffix, in any case: evidence that a walked span is an address
  (``has_street_word``).
* ``LOWER_STREET_TYPE``: the English types that mark a lower-case street line.
* ``ADDRESS_LOWER``: lower-case words inside addresses that are also common English
  (particles and street types): the walk goes on over them.
"""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS_LOWER",
    "CASE_FOLDING_EXCEPTIONS",
    "LOWER_STREET_TYPE",
    "STREET_SUFFIXES",
    "STREET_TYPES_FIRST",
    "STREET_WORD",
    "STREET_WORDS",
    "STREET_WORD_ENDINGS",
    "STREET_WORD_RUNS",
    "WORD_RUN",
    "has_street_word",
]

# A street named before its number: a street-type word first (Calle, Via, ul., ...) or a
# compound ending in a street suffix (Goetheplatz, Prinsenlaan, Drottninggatan), then the
# number. Found by looking back from each number, far cheaper than a case-insensitive scan.
STREET_TYPES_FIRST = frozenset(
    [
        "calle",
        "c/",
        "carrer",
        "avenida",
        "avda.",
        "av.",
        "paseo",
        "plaza",
        "pza.",
        "rua",
        "travessa",
        "estrada",
        "via",
        "viale",
        "corso",
        "piazza",
        "largo",
        "vicolo",
        "ul.",
        "ulica",
        "al.",
        "aleja",
        "trg",
        "ulitsa",
        "bulevar",
        "rue",
        "avenue",
        "boulevard",
        "chemin",
        "allée",
        "impasse",
        "quai",
        "camino",
        "ronda",
        "jl.",
        "jalan",
        "\u0219os.",
        "\u015fos.",
        "persiaran",
        "calzada",
        "travesía",
        "carrera",
        "alameda",
        "pl.",
        "plac",
        "strada",
        "calea",
        "aleea",
        "șos.",
        "şos.",
        "rúa",
        "vul.",
        "vulytsia",
        "prov.",
        "provulok",
        "boul.",
        "derb",
        "rehov",
        "derech",
        "sderot",
        "thanon",
        "soi",
        "đường",
        "phố",
        "jr.",
        "jirón",
        "prosp.",
        "prospekt",
    ]
)
STREET_SUFFIXES = tuple(
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
    ]
)


# Lower-case words inside addresses that are also common English: particles and street types.
ADDRESS_LOWER = frozenset(
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
STREET_WORDS = (
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
)  # fmt: skip
STREET_WORD_ENDINGS = (
    "strasse", "straße", "weg", "laan", "straat", "plein", "vej", "vei", "veien", "vegen", "gata",
    "gatan", "vägen", "katu", "tie", "gade", "vegur", "stræde", "kuja", "polku", "utca", "gasse",
    "allee", "platz", "stígur", "tänav", "stræti", "braut",
)  # fmt: skip
STREET_WORD = re.compile(
    r"(?i)(?:\b(?:" + "|".join(re.escape(word) for word in STREET_WORDS) + r")\b"
    r"|(?:" + "|".join(re.escape(ending) for ending in STREET_WORD_ENDINGS) + r")\b)"
)
WORD_RUN = re.compile(r"\w+")
# The characters that match a Latin letter case-insensitively (in Python's re) without having
# it as their lower case: capital dotted I, dotless i, long s (tests pin this).
CASE_FOLDING_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
STREET_WORD_RUNS = frozenset(word for word in STREET_WORDS if WORD_RUN.fullmatch(word))


LOWER_STREET_TYPE = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|gardens|court|ct|way|place"
    r"|terrace|crescent|boulevard|blvd)\b"
)


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
    return False
