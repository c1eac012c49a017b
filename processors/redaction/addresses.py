"""Street addresses by shape: an anchor, a greedy walk over address-like tokens, evidence.

Anchors: a house number followed by a word (``47824 Pernilles vei 115``), US military
addresses (``Unit 3848 Box 3726`` / ``PSC 0855, Box 4710`` / ``USNS Cunha`` + ``APO|FPO|DPO``
line), ``the corner of X and Y``, and, right after an address cue ("address", "lives at",
"located at", "delivered to", "moved to", "at", "to"), a street name followed by its number
(``Trg revolucije 1``) or ``<Name> and <street> <number>``.

The walk takes words, numbers, abbreviations, commas and line breaks, and stops at a
structured detection (phone, e-mail...), at a ``Label:`` line, at punctuation such as ``|;:?!``,
at a sentence-ending dot, or at a lower-case English function/time word ("yesterday", "last",
"and", "for", ...). A house-number anchor is kept only with evidence: a street-type word
or suffix, a unit (Apt./Suite/Box), a line break, a number after the street name, two leading
numbers, or an address cue before it.

Misses: addresses without any number, free-form directions, and addresses whose street words
are all English function words; a trailing city or country written after a comma may be
split off when followed by an English verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter

from processors.redaction.address_formats import (
    APART_ONLY,
    apart_name_start,
    bare_direction,
    bare_street_type,
    brazil_dash_piece,
    cue_or_unit_before,
    extend_name_left,
    format_anchors,
    japanese_evidence,
    keeps_dot,
    lower_word_ends,
    postcode_evidence,
    query_tail_start,
    romanised_japanese,
    sentence_goes_on,
    tracking_after,
)
from processors.redaction.address_layout import (
    DWELLING,
    TYPED,
    apart_word,
    country_anchors,
    layout_anchors,
    near_cues,
    near_not_street,
    place_segments,
    region_in_brackets,
    road_evidence,
    tel_place,
    type_before_number,
)
from processors.redaction.address_units import (
    dash_anchors,
    not_a_house_number,
    unit_prefix_start,
    unit_street_starts,
    unit_word_before,
)
from processors.redaction.lexicon import common_words
from processors.redaction.phones import after_id_cue
from processors.redaction.postcodes import postcode_anchors
from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.street_ends import street_end
from processors.redaction.street_lookalikes import firm_named_after_street, road_word_first
from processors.redaction.street_starts import (
    extra_road_word,
    road_number,
    street_anchors,
    street_start,
)

__all__ = ["find_addresses"]

# Look-behinds placed after a first consumed character let the regex engine skip to candidate
# characters instead of evaluating the look-behind at every position (same matches).
_NUM_ANCHOR = re.compile(
    r"\d(?<![\w.:/+#$€£-]\d)(?<!\d,\d)(?<!\d \d)\d{0,5}[A-Za-z]?"
    r"(?= (?:\d{1,5}[A-Za-z]? )?[^\W\d_])"
)
_NUM_ANCHOR_ASCII = re.compile(_NUM_ANCHOR.pattern, re.ASCII)  # the same in ASCII text, cheaper
# A number right after these counts or ranks something ("Chapter 12 Section 3", "page 12 of
# 40", "Gate 12 Terminal 3"); it is not a house number.
_COUNTER_WORDS = frozenset(
    [
        "chapter",
        "ch",
        "section",
        "sec",
        "table",
        "row",
        "page",
        "p",
        "pp",
        "step",
        "gate",
        "terminal",
        "platform",
        "room",
        "rm",
        "floor",
        "level",
        "seat",
        "figure",
        "fig",
        "vol",
        "volume",
        "part",
        "episode",
        "ep",
        "season",
        "grade",
        "class",
        "size",
        "qty",
        "quantity",
        "lesson",
        "module",
        "week",
        "day",
        "year",
        "hour",
        "round",
        "game",
        "match",
        "group",
        "bus",
        "flight",
        "train",
        "exit",
        "top",
        "over",
        "under",
        "about",
        "around",
        "only",
        "just",
        "first",
        "last",
        "every",
        "the",
        "of",
        "and",
        "or",
        "x",
    ]
)
_MEASURE_WORDS = frozenset(
    [
        "inch",
        "g",
        "inches",
        "cm",
        "mm",
        "km",
        "kg",
        "lb",
        "lbs",
        "oz",
        "ml",
        "gb",
        "tb",
        "mb",
        "hz",
        "mah",
        "px",
        "pcs",
        "items",
        "item",
        "days",
        "day",
        "weeks",
        "week",
        "hours",
        "hour",
        "hrs",
        "min",
        "mins",
        "minutes",
        "sec",
        "seconds",
        "years",
        "year",
        "months",
        "month",
        "percent",
        "times",
        "people",
        "stars",
        "star",
        "pack",
        "units",
        "pieces",
        "dollars",
        "euros",
        "usd",
        "eur",
        "build",
        "version",
        "release",
        "update",
        "patch",
        "edition",
        "series",
    ]
)
_MILITARY = re.compile(
    r"(?i)\b(?:unit \d{3,5},? box \d{3,5}|psc \d{3,5},? box \d{3,5}"
    r"|us(?:s|ns|nv|cgc) [^\W\d_][^\n,.]{0,40})\n ?[adf]po a[aep] \d{5}\b"
)
_PO_BOX = re.compile(
    r"(?i)\b(?:p\.? ?o\.? ?box|post office box|postfach|apartado(?: de correos)?|casilla"
    r"|boîte postale) ?#?\d{1,6}\b"
)
# A unit written before the house number belongs to the address ("Flat 3, 12 High Street").
_UNIT_BEFORE = re.compile(
    r"(?i)\b(?:flat|apt\.?|apartment|unit|suite|ste\.?|room|floor|blk|block) ?#?\d{1,5}[a-z]?,? $"
)
_BLOCK_BEFORE = re.compile(r"(?i)\b(?:blk|block)\.? $")
_CORNER = re.compile(r"(?i)\bthe corner of (?=\S)")
_CUE = re.compile(
    r"(?i)(?:address(?:\s+is)?|addr\.?|adresse|anschrift|direcci[oó]n|indirizzo|endere[cç]o"
    r"|lives?\s+at|living\s+at|located\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|ship(?:ped)?(?:\s+\w+){0,3}\s+to|send(?:\s+\w+){0,3}\s+to"
    r"|mail(?:ed)?(?:\s+\w+){0,3}\s+to|moved?\s+to|visit\s+us\s+at|\bat|\bto)\s*:?\s*$"
)
# "(?<!\w)(?=[adielbmvt])" is "\b" before the first letters of the cues: the look-ahead
# rejects most positions before the alternation is tried (same matches, a third cheaper).
_CUE_FORWARD = re.compile(
    r"(?i)(?<!\w)(?=[adielbmvt])(?:a(?:ddress(?:\s+is)?|ddr\.?|t|dresse|nschrift)|direcci[oó]n|indirizzo|endere[cç]o"
    r"|l(?:ives?|iving|ocated)\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|moved?\s+to|visit\s+us\s+at|to)(?:\s+(?:is|to|at))?\s*:?\s+"
)
# The same cues for lower-cased ASCII text (where case-insensitive matching is matching the
# lower case), three times cheaper: each alternative starts with its letter, so the regex
# engine skips to those letters, and "(?<!\w.)" after the letter is the "(?<!\w)" before it.
# Keep the two in step (tests/unit/test_redaction_address_scans.py compares them).
_CUE_FORWARD_LOWER = re.compile(
    r"(?:a(?<!\w.)(?:ddress(?:\s+is)?|ddr\.?|t|dresse|nschrift)"
    r"|d(?<!\w.)(?:irecci[oó]n|eliver(?:ed|y)?\s+to)|i(?<!\w.)ndirizzo|e(?<!\w.)ndere[cç]o"
    r"|l(?<!\w.)(?:ives?|iving|ocated)\s+at|b(?<!\w.)ased\s+at|m(?<!\w.)oved?\s+to"
    r"|v(?<!\w.)isit\s+us\s+at|t(?<!\w.)o)(?:\s+(?:is|to|at))?\s*:?\s+"
)
# "<Name> and <street> <number>" or "<street words> <number>", then a plausible continuation.
_WORD_FIRST = re.compile(
    r"(?P<and>[^\W\d_][\w'\u2019-]* and )?"
    r"(?:(?!(?:and|the|my|your|our|his|her|their|a|an)\b)[^\W\d_][\w'\u2019.-]* ){0,4}"
    r"\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2}\.?(?=$|[\n,;)?!]|\.(?!\d)|\s+(?:[A-Z\u00c0-\u024f\u0370-\u03ff]|apt|suite|\d|"
    r"yesterday|last|today|tomorrow|and|but|was|is|\n))"
)
# A street named before its number: a street-type word first (Calle, Via, ul., ...) or a
# compound ending in a street suffix (Goetheplatz, Prinsenlaan, Drottninggatan), then the
# number. Found by looking back from each number, far cheaper than a case-insensitive scan.
_STREET_TYPES_FIRST = frozenset(
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
_STREET_SUFFIXES = tuple(
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
# A number after a space after a letter-like character, a dot or a comma (the look-behind
# lets through a superset of the numbers _street_first_anchors looks at: "Via Roma, 10" has
# its number after a comma); group 1 is the number ("112hs", "4bis", "287-II", "39/114"). The
# pattern starts with the space so that the regex engine can skip from space to space. (A
# comma and more digits may follow in CSV, "Via Mazzini 71,06 93 94 45 56", but not three
# digits: "1,299" is a price.)
_HOUSE_NUMBER_PATTERN = (
    r" (?<=[^\W\d_] |\. |, )(\d{1,5}(?:[A-Za-z]|hs|HS|bis)?(?:[/-]\d{1,4}[A-Za-z]?){0,2}"
    r"(?:-I{1,3}|-i{1,3}|-[A-Za-z](?![\w/-]))?(?:/(?:Top|top|TOP) \d{1,4})?)"
    r"(?![\w/-]|\.\d|,\d{3}(?!\d))"
)
_HOUSE_NUMBER = re.compile(_HOUSE_NUMBER_PATTERN)
# In ASCII text "\w" and "\d" match the same characters with re.ASCII, which tests them faster.
_HOUSE_NUMBER_ASCII = re.compile(_HOUSE_NUMBER_PATTERN, re.ASCII)
# Quotes, brackets and key separators end a word on the left (new_addr="Keizersstraat 68").
# (A regex substitution: str.translate with a table is many times slower on non-ASCII text.)
_OPENER = re.compile("[\"'([{=:,;|\n\t\u00ab\u201c\u2018]")
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_LONGEST_SUFFIX = max(len(suffix) for suffix in _STREET_SUFFIXES)


def _street_first_anchors(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each "street name + number" (``Goetheplatz 3``, ``Via Roma 10``)."""
    prefix_types: bool | None = None  # whether any street-type word occurs, when first needed
    for number in (_HOUSE_NUMBER_ASCII if text.isascii() else _HOUSE_NUMBER).finditer(text):
        end_of_name = number.start()  # (the space before the number)
        if text[end_of_name - 1 : end_of_name] == "," and _comma_number_ends(text, number.end()):
            end_of_name -= 1  # "Rua de Santa Catarina, 282": Iberian and Italian style
        if end_of_name < 2 or not (text[end_of_name - 1].isalpha() or text[end_of_name - 1] == "."):
            continue  # a street name ends in a letter (or "str."); "4111 1111" is no street
        # A cheap pre-test on the last characters of the name: lower-casing only ever adds a
        # combining dot after "İ", so a name whose lower case ends in a suffix passes it.
        name_end = text[max(0, end_of_name - _LONGEST_SUFFIX) : end_of_name]
        if name_end.lower().endswith(_STREET_SUFFIXES):
            word_start = text.rfind(" ", max(0, end_of_name - 40), end_of_name) + 1
            last = _OPENER.sub(" ", text[word_start:end_of_name]).rsplit(" ", 1)[-1]
            lower = last.lower()
            if lower.endswith(_STREET_SUFFIXES) and _NAME_WORD.fullmatch(last):
                stem = next(len(lower) - len(x) for x in _STREET_SUFFIXES if lower.endswith(x))
                if stem >= 2 and last[:stem].isalpha():
                    yield end_of_name - len(last), number.end()
                    continue
                if stem == 0 and (apart := apart_name_start(text, word_start, number.end())) >= 0:
                    yield apart, number.end()  # "Königsberger Str. 36": a type written apart
                    continue
        elif name_end.lower().endswith(APART_ONLY) or apart_word(name_end):
            type_start = end_of_name - len(name_end.rsplit(" ", 1)[-1])
            if (apart := apart_name_start(text, type_start, number.end())) >= 0:
                yield apart, number.end()  # "Kongens gate 89A"
                continue
        if prefix_types is None:
            prefix_types = not _STREET_TYPES_FIRST.isdisjoint(_OPENER.sub(" ", lowered).split())
        if not prefix_types:
            continue
        line_start = text.rfind("\n", 0, end_of_name) + 1
        window_start = max(line_start, end_of_name - 60)
        words = _OPENER.sub(" ", text[window_start:end_of_name]).split(" ")
        if _STREET_TYPES_FIRST.isdisjoint(map(str.lower, words[-5:-1])):
            continue
        position = end_of_name
        for count, word in enumerate(reversed(words[-5:])):
            position -= len(word) + (1 if count else 0)
            if not word and count and position > window_start:
                continue  # a double space: "Via  Roma 10"
            if not word or (count and word.lower() in _STREET_TYPES_FIRST):
                if word:
                    yield position, number.end()
                break
            if not _NAME_WORD.fullmatch(word):
                break


_COMMA_NUMBER_END = re.compile(
    r"$|[,;)\n\"'?!]|\.(?!\d)| [rR]/[cC]\b| [-\u2013\u2014] (?=[^\W\d_]|\d{1,2}[º°ª])"
    r"| \d{1,2}[º°ª]| [a-z]+\b"
)


def _comma_number_ends(text: str, end: int) -> bool:
    """After "Via Roma, 10" comes the end of the address, not "10 days"."""
    match = _COMMA_NUMBER_END.match(text, end)
    if match is None:
        return False
    word = match.group().strip()
    return not word.isalpha() or word in _TERMINATORS or word in ("zip", "postcode")


# (A unit may be written "#08-45".)
_WORD_PATTERN = (
    r"\([^\W\d_]+\)|\([^\W\d_]+(?: [^\W\d_]+){1,3}\)"  # "(A Coruña)": set 8
    r"|#\d[\w/-]*|[^\W_][\w'\u2019/-]*(?:\.[^\W\d_]+)*\.?|'[sStT]-[^\W\d_][\w-]*"
)
_FIRST_TOKEN = re.compile(_WORD_PATTERN)
# (The separators are tried most common first; no two of them can start the same piece.)
_PIECE_PATTERN = r"(?P<sep> {1,2}|, |,? ?\n ?,? ?)(?P<tok>" + _WORD_PATTERN + ")"
_PIECE = re.compile(_PIECE_PATTERN)
_PIECE_ASCII = re.compile(_PIECE_PATTERN, re.ASCII)  # the same in ASCII text, cheaper
# What may follow a lower-case common word that is still part of a street name
# ("Scheys gate 155", "Sidi Bou said\n Apt. 191").
_ADDRESS_GOES_ON = re.compile(
    r",? ?\n| \d|,? [A-Z\u00c0-\u00de]|(?i: (?:street|st|road|rd|avenue|ave|lane|ln|way|drive|dr"
    r"|court|ct|crescent|gardens|close|terrace|place|boulevard|blvd|square|parkway|floor)\b)"
)
_ZIP_AFTER = re.compile(r"  ?(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)\b")
_FIRST_ALPHA = re.compile(r"[^\W\d_]{2,}")
_HUNGARIAN_NUMBER = re.compile(r"(?i)(?:út|utca|u\.|tér|körút|krt\.) \d+\.$")
_LABEL_LINE = re.compile(r"\n ?[^\W\d_][\w #]{0,20}:")
# A line starting with one of these words is the next field of a form or label ("Phone
# +358 40 ...", "Email ..."), even without a colon.
_LINE_LABELS = frozenset(["phone", "tel", "mobile", "email", "contact", "name", "iban", "card"])
_TERMINATORS = frozenset(
    [
        "tell",
        "ask",
        "ping",
        "meet",
        "see",
        "let",
        "send",
        "bring",
        "wait",
        "lmk",
        "ttyl",
        "omw",
        "and",
        "or",
        "but",
        "so",
        "for",
        "from",
        "with",
        "since",
        "until",
        "till",
        "til",
        "rn",
        "before",
        "after",
        "by",
        "on",
        "in",
        "at",
        "to",
        "when",
        "where",
        "which",
        "who",
        "that",
        "this",
        "these",
        "those",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "am",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "no",
        "if",
        "then",
        "than",
        "as",
        "because",
        "while",
        "using",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "last",
        "next",
        "ago",
        "soon",
        "now",
        "morning",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "please",
        "thanks",
        "phone",
        "email",
        "tel",
        "mobile",
        "call",
        "text",
        "contact",
        "name",
        "ssn",
        "iban",
        "card",
        "ip",
        "never",
        "tmrw",
        "tmr",
        "asap",
        "pls",
        "plz",
        "thx",
        "lol",
        "ok",
        "come",
        "opening",
        "hours",
        "near",
        "directions",
        "reviews",
        "parking",
        "buzzer",
        "intercom",
    ]
)
# Field names that end an address in any case ("..., MI 48168, VAT DE052584641").
_FIELD_WORDS = frozenset(
    ["vat", "gst", "tax", "invoice", "tracking", "order", "ref", "qty", "quantity", "sku", "weight"]
)
# Lower-case words inside addresses that are also common English: particles and street types.
_ADDRESS_LOWER = frozenset(
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
_ABBREVIATIONS = frozenset(
    [
        "apt",
        "st",
        "str",
        "rd",
        "av",
        "ave",
        "avda",
        "ctra",
        "crta",
        "ul",
        "u",
        "r",
        "n",
        "m",
        "dr",
        "nr",
        "no",
        "sq",
        "pl",
        "blvd",
        "p.o",
        "c",
        "λ",
        "βασ",
        "ste",
        "bd",
        "s",
        "santa",
        "sta",
        "brgy",
        "\u0219os",
        "\u015fos",
        "col",
        "depto",
        "dpto",
        "mah",
        "cad",
        "sok",
        "şos",
        "sos",
        "bl",
        "sc",
        "et",
        "ap",
        "th",
        "tv",
        "og",
        "co",
        "int",
        "kel",
        "kec",
        "kab",
        "rt",
        "rw",
        "vul",
        "prov",
        "boul",
        "kv",
        "jr",
        "prosp",
    ]
)
# A street-type or unit word (_STREET_WORDS), or a word ending in a street suffix
# (_STREET_WORD_ENDINGS), in any case.
_STREET_WORDS = (
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
_STREET_WORD_ENDINGS = (
    "strasse", "straße", "weg", "laan", "straat", "plein", "vej", "vei", "veien", "vegen", "gata",
    "gatan", "vägen", "katu", "tie", "gade", "vegur", "stræde", "kuja", "polku", "utca", "gasse",
    "allee", "platz", "stígur", "tänav", "stræti", "braut",
)  # fmt: skip
_STREET_WORD = re.compile(
    r"(?i)(?:\b(?:" + "|".join(re.escape(word) for word in _STREET_WORDS) + r")\b"
    r"|(?:" + "|".join(re.escape(ending) for ending in _STREET_WORD_ENDINGS) + r")\b)"
)
_WORD_RUN = re.compile(r"\w+")
# The characters that match a Latin letter case-insensitively (in Python's re) without having
# it as their lower case: capital dotted I, dotless i, long s (tests pin this).
_CASE_FOLDING_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
_STREET_WORD_RUNS = frozenset(word for word in _STREET_WORDS if _WORD_RUN.fullmatch(word))
_NUMBER_AFTER_WORD = re.compile(r"[^\W\d_]{2,}\.? \d{1,5}\b")
_CAPITAL_WORD = re.compile(r"\S+ [^\W\d_a-z]")
# "97299 65 Annfield Rd": two numbers, then a street name (not "1 800 FLOWERS").
_TWO_NUMBERS = re.compile(r"\d+[A-Za-z]? \d+[A-Za-z]? (?:[^\W\d_][^\W\d_A-Z]|[^\W\d_A-Z])")
_LOWER_STREET_TYPE = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|gardens|court|ct|way|place"
    r"|terrace|crescent|boulevard|blvd)\b"
)
_MAX_PIECES = 30
# "Kolkata - 700010", "Belo Horizonte - MG,": a dash before a postal code or a state code.
_DASH_PIECE = re.compile(
    r"(?P<sep> - )(?P<tok>\d{4,6}(?:-\d{3})?\b|[A-Za-z]{2}(?=,|$|\n)|\d{1,2}[º°ª](?!\w))"
)
_DIGIT_NEXT = re.compile(r" \d")
_ORDINAL_FLOOR = re.compile(r" [^\W\d_]{1,3}[.,]")
_DIGIT = re.compile(r"\d")
_START = attrgetter("start")


def _walk(
    text: str, start: int, limit: int, *, allow_and: bool, cased_from: int | None = None
) -> int:
    """Extend an address from ``start``; return its end (exclusive), before ``limit``.

    In text with capitals, a lower-case common English word ends the address ("..., York
    EH11 3HN never arrived", "5 weeks via FedEx") unless it is a particle or street word.
    """
    tok_match = _FIRST_TOKEN.match(text, start)
    if tok_match is None:
        return start
    cased: bool | None = None if not text.islower() else False  # worked out when first needed
    common = common_words()
    piece_at = (_PIECE_ASCII if text.isascii() else _PIECE).match
    token = tok_match.group()
    end = tok_match.end()
    for _ in range(_MAX_PIECES):
        if token[-1] == "." and _sentence_ends(text, end, token):
            # Hungarian "út 44." keeps its dot; "Rosengasse 94." or "IL 37469." do not.
            keep_dot = text.startswith(".", end) or (
                token[:-1].isdigit()
                and (text[end : end + 1] in " ?!\"'\n" or end == len(text))
                and _HUNGARIAN_NUMBER.search(text, max(0, end - 12), end) is not None
            )
            end = end if keep_dot or keeps_dot(token, text, end) else end - 1
            return min(end, limit)
        match = piece_at(text, end)
        if match is None and text.startswith(" - ", end):
            match = _DASH_PIECE.match(text, end) or brazil_dash_piece(text, end)
        if match is None:
            break
        piece_end = match.end()
        if piece_end > limit:
            break
        sep, token = match.groups()
        if "\n" in sep and _LABEL_LINE.match(text, match.start() + sep.index("\n")):
            break
        bare = token.rstrip(".").lower()
        if token[0] == "(" and " " in token and not region_in_brackets(token):
            break  # "(A Coruña)" is the province; "(Next Door)" is no place
        if bare == "and" and allow_and:
            allow_and = False
        elif bare in _FIELD_WORDS and sep != " ":
            break
        elif (
            bare in _TERMINATORS
            and (token == token.lower() or ("\n" in sep and bare in _LINE_LABELS))
            and not (bare == "tel" and tel_place(text, token, piece_end))
            and not (
                token[-1] == "." and bare not in _LINE_LABELS and _DIGIT_NEXT.match(text, piece_end)
            )
        ):  # "no. 117a", "as. 1": an abbreviation before a number goes on
            if not (len(bare) == 2 and _ZIP_AFTER.match(text, piece_end)):
                break  # "portland, or 97201": a state code before a ZIP is no terminator
        elif (
            cased is not False
            and token.islower()
            and bare.isalpha()
            and bare in common
            and bare not in _ADDRESS_LOWER
            and not (token[-1] == "." and bare in _ABBREVIATIONS)
            and not _ADDRESS_GOES_ON.match(text, piece_end)
        ):
            if cased is None:
                cased = _written_cased(text, start if cased_from is None else cased_from, limit)
            # An address typed all in lower case inside a capitalised sentence ("Tavita, 199
            # long street, cape town, 8001") goes on after a comma: its town is lower case too,
            # and from there the walk reads it as caseless text.
            typed = text[start : match.start()] if cased else ""
            if cased and (
                "," in sep or "," in typed or typed.split(" ", 1)[0] in _STREET_TYPES_FIRST
            ):
                cased = not (
                    typed.islower()
                    and (
                        _LOWER_STREET_TYPE.search(typed)
                        or _has_street_word(typed)
                        or typed.split(" ", 1)[0] in _STREET_TYPES_FIRST
                    )
                )
            if cased:
                break
        elif (
            "," in sep
            and bare not in _ADDRESS_LOWER
            and lower_word_ends(
                text, start, sep, token, piece_end, lambda: _written_cased(text, start, limit)
            )
        ):
            break
        end = piece_end
    return end


def _written_cased(text: str, start: int, limit: int) -> bool:
    """Whether the address at ``start`` is written in capitals, so that a lower-case common
    word ends it. "116 marlborough road, york" is caseless; "6 weeks via DHL" is not (its
    first word is common English)."""
    if text.islower():
        return False
    for word in _FIRST_ALPHA.finditer(text, start, min(limit, start + 60)):
        lower = word.group().lower()
        if lower in _ADDRESS_LOWER or lower + "." in _STREET_TYPES_FIRST:
            continue
        if word.group()[:1].isupper():
            return True
        if lower not in common_words():
            return False
        # "70 anna salai, kolkata": a lower-case street line with its street type after a
        # common first word is typed in lower case too ("6 weeks via DHL" is not).
        line_end = min(limit, start + 60)
        for stop in ",\n":
            found = text.find(stop, start, line_end)
            line_end = found if found >= 0 else line_end
        line = text[start:line_end]
        return not (line.islower() and _LOWER_STREET_TYPE.search(line) is not None)
    return True


def _sentence_ends(text: str, end: int, token: str) -> bool:
    """Whether the dot that ends ``token`` (at ``end - 1``) closes the sentence."""
    rest = text[end : end + 30]
    if not rest or rest.startswith("."):
        return True
    if rest.startswith("\n"):
        return (
            bool(_LABEL_LINE.match(rest))
            or rest.strip() == ""
            or (
                rest.startswith("\n\n")
                and (token.rstrip(".").lower() not in _ABBREVIATIONS or not rest[2:3].isalnum())
            )
        )
    if rest[0] in ",)":
        return False
    if rest[0] in "\"'\u201d" and _abbreviated(token):
        return False  # a quoted value ends with its abbreviation: "4265 Harbor Dr."
    if not rest.startswith(" "):
        return True
    nxt = rest[1:].split(" ", 1)[0].rstrip(".,").lower()
    if nxt.isalpha() and rest[1:2].islower() and token.rstrip(".").lower() in _ABBREVIATIONS:
        return False  # "45834 Sycamore St. was spotless": the dot is the abbreviation's
    if nxt in _TERMINATORS or not nxt:
        return True
    if nxt[:1].isdigit() or nxt in ("apt", "suite", "unit", "box"):
        return False
    bare = token.rstrip(".").lower()
    if rest[1:2].isupper() and sentence_goes_on(rest):
        return True  # "837 E 35th Ave. Seller didn't care"
    if bare.isdigit() and len(bare) <= 2 and _ORDINAL_FLOOR.match(rest):
        return False  # "Vestergade 141, 2. th., 9000 Aalborg": a floor, not a sentence end
    return not (bare in _ABBREVIATIONS or (len(bare) <= 2 and bare.isalpha()))


def _has_evidence(text: str, start: int, span: str) -> bool:
    if _has_street_word(span) or _TWO_NUMBERS.match(span) or postcode_evidence(span):
        return True
    if "\n" in span:
        # "2 eggs\nBake 40 min": in cased text a first line of lower-case English is no street
        return not _lower_first_line(text, span)
    # "Max 90 size 44" or "2 items, ETA 3" are not addresses: a number after a word counts
    # only when the word after the house number is capitalised (or the text is caseless).
    if _NUMBER_AFTER_WORD.search(span) and (_CAPITAL_WORD.match(span) or text.islower()):
        return True
    # The cue look-back is the most expensive test, so it runs last.
    return _cued(text, start)


def _abbreviated(token: str) -> bool:
    """``St.``, ``Dto.``, ``N.L.``: a token whose dot abbreviates it."""
    bare = token.rstrip(".")
    return bare.lower() in _ABBREVIATIONS or "." in bare or (bare.isalpha() and len(bare) <= 3)


def _lower_first_line(text: str, span: str) -> bool:
    words = span.split("\n", 1)[0].split()[1:]
    return (
        bool(words)
        and not text.islower()
        and all(w.islower() and w.isalpha() and w in common_words() for w in words)
    )


def _has_street_word(span: str) -> bool:
    """Whether _STREET_WORD occurs in ``span``, found word by word: the regex tries each of its
    ~100 case-insensitive alternatives at every word boundary, which costs far more."""
    words = list(map(str.lower, _WORD_RUN.findall(span)))
    if not _STREET_WORD_RUNS.isdisjoint(words):
        return True
    if any(word.endswith(_STREET_WORD_ENDINGS) for word in words):
        return True
    # A character matches a letter of the regex, case-insensitively, exactly when its lower
    # case is that letter, but for the capital dotted I, the dotless i and the long s; so
    # without those (and "p.o", the one word with a dot) the regex finds nothing either.
    if "p.o" in span.lower() or any(char in span for char in _CASE_FOLDING_EXCEPTIONS):
        return _STREET_WORD.search(span) is not None
    return extra_road_word(words)  # "Tce", "Parade" (street_starts.py)


def _cued(text: str, start: int) -> bool:
    return bool(_CUE.search(text, max(0, start - 40), start))


def find_addresses(text: str, barriers: Sequence[PiiSpan]) -> Iterator[PiiSpan]:
    """Yield street addresses; a walk never crosses a span in ``barriers``."""
    first_digit = _DIGIT.search(text)
    if first_digit is None:
        return
    # The scans that start from a number need a digit outside every barrier (see below); the
    # military, PO-box and corner anchors each need a word that is rarely there.
    digit_outside = _digit_outside(text, barriers, first_digit.start())
    lowered = text.lower()
    po_box = (
        "box" in lowered
        or "postfach" in lowered
        or "apartado" in lowered
        or "casilla" in lowered
        or "boîte" in lowered
    )
    corner = "orner" in text or "ORNER" in text
    if not (digit_outside or po_box or "\n" in text or corner):
        return
    lowercase_text = text.islower()
    ascii_text = text.isascii()  # (some scans have a cheaper form for ASCII text)
    stops = sorted(b.start for b in barriers)
    covered: list[tuple[int, int]] = [(b.start, b.end) for b in barriers]

    def limit_after(pos: int) -> int:
        for stop in stops:
            if stop >= pos:
                return stop
        return len(text)

    def free(pos: int) -> bool:
        # (A plain loop: called for every anchor, and all() would build a generator each time.)
        for covered_start, covered_end in covered:  # noqa: SIM110
            if covered_start <= pos < covered_end:
                return False
        return True

    # (Every military address has a line break and "APO AE", "FPO AP"...)
    for match in _MILITARY.finditer(text) if "\n" in text and "po a" in lowered else ():
        if free(match.start()):
            covered.append((match.start(), match.end()))
            yield PiiSpan(match.start(), match.end(), STREET_ADDRESS)
    for match in _PO_BOX.finditer(text) if po_box else ():
        if free(match.start()):
            end = _trim(
                text,
                match.start(),
                _walk(text, match.start(), limit_after(match.start()), allow_and=False),
            )
            covered.append((match.start(), end))
            yield PiiSpan(match.start(), end, STREET_ADDRESS)
    for match in _CORNER.finditer(text) if corner else ():
        if free(match.start()):
            end = _walk(text, match.end(), limit_after(match.end()), allow_and=True)
            if end > match.end():
                covered.append((match.start(), end))
                yield PiiSpan(match.start(), _trim(text, match.start(), end), STREET_ADDRESS)
    if not digit_outside:
        # The three scans below need a house number outside every barrier: a number-first
        # anchor starts on it, and the walk from a street name or an address cue stops at
        # the barrier before reaching it. Most event text with digits has them all inside a
        # phone, card, IP... (the argument is in docs/redaction.md, "Speed").
        return
    for start, walk_from, anchor_end, needs_cue in format_anchors(text, lowered, lowercase_text):
        if not free(start) or anchor_end > limit_after(start):
            continue
        end = anchor_end
        if walk_from >= 0:
            walked = _walk(text, walk_from, limit_after(start), allow_and=False, cased_from=start)
            end = max(end, _trim(text, start, walked))
        if needs_cue:
            span = text[start:end]
            if not (
                japanese_evidence(span)
                or span[0] == "#"
                or (cue_or_unit_before(text, start) and romanised_japanese(span))
            ):
                continue
        start = street_start(text, unit_prefix_start(text, start, lowercase_text), end)
        covered.append((start, end))
        yield PiiSpan(start, end, STREET_ADDRESS)
    for start, walk_from, min_end, needs in layout_anchors(text, lowered):
        if not free(start) or min_end > limit_after(start):
            continue
        walked = _walk(text, walk_from, limit_after(start), allow_and=False, cased_from=start)
        end = _trim(text, start, walked)
        span = text[walk_from:end]
        if end >= min_end and (
            needs == TYPED
            or road_evidence(span)
            or (needs == DWELLING and place_segments(span, lowercase_text))
        ):
            start = unit_prefix_start(text, start, lowercase_text)
            covered.append((start, end))
            yield PiiSpan(start, end, STREET_ADDRESS)
    for start, min_end, needs_road in street_anchors(text, lowered):  # (street_starts.py)
        if free(start) and min_end <= limit_after(start):
            end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=False))
            if end >= min_end and (not needs_road or _has_street_word(text[start:end])):
                covered.append((start, end))
                yield PiiSpan(start, end, STREET_ADDRESS)
    street_first = list(_street_first_anchors(text, lowered))
    # A postal code after the number anchors a street name without a type word; where a
    # street type or suffix already anchored the number, that anchor knows where the street
    # name starts (a person's name may stand right before it).
    typed_ends = {end for _, end in street_first}
    by_postcode = [a for a in postcode_anchors(text) if a[1] not in typed_ends]
    for start, anchor_end in chain(street_first, by_postcode):
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue
        street = text[start:anchor_end]
        if not free(start) or (not lowercase_text and _lower_street_name(street)):
            continue
        if tracking_after(text, anchor_end):
            continue  # "via USPS 5688 3720 8212"
        start = extend_name_left(text, start, lowercase_text or text[start].islower())
        end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=False))
        if end >= anchor_end:
            start = unit_prefix_start(text, start, lowercase_text)  # "Bât. B, Rue ...", "Urb. X,"
            start = street_start(text, start, end)  # a key's value, a house name (street_starts)
            covered.append((start, end))
            yield PiiSpan(start, end, STREET_ADDRESS)
    for start in unit_street_starts(text):
        if free(start):
            end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=False))
            street = text[start:end].split(",", 2)[1] if text.count(",", start, end) else ""
            if _has_street_word(street):
                covered.append((start, end))
                yield PiiSpan(start, end, STREET_ADDRESS)
    cues = (_CUE_FORWARD_LOWER if ascii_text else _CUE_FORWARD).finditer(
        lowered if ascii_text else text  # (an ASCII text has the positions of its lower case)
    )
    for cue in chain(cues, near_cues(text)) if "near " in lowered else cues:
        start = cue.end()
        # The cheap tests first. A cue right before an ASCII digit ("address 12 ...") anchors
        # nothing here: only "<Name> and <street> <number>" may start with a number, and it
        # starts with a letter.
        if start == len(text) or "0" <= text[start] <= "9":
            continue
        if (text[start].islower() and not lowercase_text) or not free(start):
            continue
        anchor = _WORD_FIRST.match(text, start)
        if anchor is None or (text[start].isdigit() and not anchor.group("and")):
            continue
        words = text[start : anchor.end()].lower().split()
        if anchor.group("and"):
            words = words[2:]
        if any(w in _TERMINATORS for w in words):
            continue
        if len(words) == 2 and (
            words[0] in _COUNTER_WORDS
            or (words[0] in common_words() and not _STREET_WORD.fullmatch(words[0]))
        ):
            continue  # "escalating to Tier 2": an English word and a number
        if len(words) == 2 and bare_street_type(words[0]):
            continue  # "at Route 66", "to Calle 13": a road's name, no house number
        if cue.group()[:4].lower() == "near" and near_not_street(words):
            continue  # "hotels near Wembley Stadium 2024", "near mile marker 5"
        end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=True))
        if end >= anchor.end() - 1:
            covered.append((start, end))
            yield PiiSpan(start, end, STREET_ADDRESS)
    numbers = (_NUM_ANCHOR_ASCII if ascii_text else _NUM_ANCHOR).finditer(text)
    dashed = dash_anchors(text)
    for match in chain(numbers, dashed) if dashed else numbers:
        start = match.start()
        if not free(start):
            continue
        if not_a_house_number(text, start) or road_number(text, start):
            continue  # (road_number: "Highway 1 road trip", street_starts.py)
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].rstrip(".").lower() in _COUNTER_WORDS:
            continue
        after = text[match.end() + 1 : match.end() + 12].split(None, 1)
        if after and after[0].rstrip(".,").lower() in _MEASURE_WORDS:
            continue  # "7 inch monitor", "2 weeks", "500 ml", "windows 10 build 19045"
        if after_id_cue(text, start) and not text.startswith(", ", start - 2):
            continue  # (the costliest test; "Les Pins, 48 rue": a comma ends the cue)
        end = _trim(text, start, _walk(text, start, limit_after(start), allow_and=False))
        span = text[start:end]
        if " " not in span.strip() or bare_direction(span) or not _has_evidence(text, start, span):
            continue
        if firm_named_after_street(span) or road_word_first(span):
            continue  # "5 Main Street Capital", "2 Road Bikes" (street_lookalikes.py)
        if dashed and match in dashed and not _has_street_word(span):
            continue
        extended = unit_prefix_start(text, start, lowercase_text or span.islower())
        # (A unit before the number has a number of its own; "blk" and "block" hold "bl".)
        unit_window = max(0, start - 20)
        if extended < start and free(extended):
            start = extended
        elif (
            _DIGIT.search(text, unit_window, start)
            and (unit := _UNIT_BEFORE.search(text, unit_window, start))
            and free(unit.start())
        ):
            start = unit.start()
        elif "bl" in text[max(0, start - 7) : start].lower() and (
            block := _BLOCK_BEFORE.search(text, max(0, start - 7), start)
        ):
            start = block.start()  # "Blk 32 Ang Mo Kio Avenue 6": the number is the block's
        elif dashed and (unit_word := unit_word_before(text, start)) < start:
            start = unit_word  # "Unit 4/16 Smith Street": the unit's number is joined
        elif start > 2 and text[start - 1] == " " and text[start - 2] in ".ae":
            typed = type_before_number(text, start)  # "Av. 18 de Julio 2140"
            start = start if typed == start else unit_prefix_start(text, typed, lowercase_text)
        else:
            start = street_start(text, start, end)  # a key's value, a house name (street_starts)
        covered.append((start, end))
        yield PiiSpan(start, end, STREET_ADDRESS)
    # Last: a street line, towns and a country, where nothing above found an address.
    for start, end in country_anchors(text) if "\n" in text or text.count(", ") > 1 else ():
        if free(start) and end <= limit_after(start) and not _overlaps(covered, start, end):
            covered.append((start, end))
            yield PiiSpan(start, end, STREET_ADDRESS)


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    for covered_start, covered_end in covered:
        if covered_start < end and start < covered_end:
            return True
    return False


def _digit_outside(text: str, barriers: Sequence[PiiSpan], first_digit: int) -> bool:
    """Whether some digit of ``text`` lies outside every barrier span.

    ``first_digit`` is the position of the first digit of ``text``.
    """
    digit = first_digit  # the first digit not inside any barrier seen so far
    for barrier in sorted(barriers, key=_START) if len(barriers) > 1 else barriers:
        if digit < barrier.start:
            return True  # no barrier seen covers it, and the others start after it
        if digit < barrier.end:
            # The barrier covers every digit from here to its end; barriers seen before
            # end before ``digit``.
            after = _DIGIT.search(text, barrier.end)
            if after is None:
                return False
            digit = after.start()
    return True


_NOT_NAME_WORDS = _ADDRESS_LOWER | _STREET_WORD_RUNS


def _lower_street_name(anchor: str) -> bool:
    """In cased text, "via email 2" is not a street: its name is capitalised or not English."""
    words = anchor.split()[:-1]
    if anchor.islower() and words[0] in _STREET_TYPES_FIRST and words[0] != "via":
        return False  # "rua de santa catarina, 21" typed in lower case
    names = [w for w in words[1:] if w.lower() not in _NOT_NAME_WORDS] or words
    return not names[0][:1].isupper() and names[0].lower() in common_words()


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,\n('\u2019":  # a closing quote is no address
        end -= 1
    tail = query_tail_start(text, start, end)  # "... floor plan": a search query goes on
    if tail == end:
        tail = street_end(text, start, end)  # after the postal code (street_ends.py)
    return _trim(text, start, tail) if tail < end else end
