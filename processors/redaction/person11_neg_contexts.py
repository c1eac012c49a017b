"""(set 11) Person look-alikes taken back by the slot they stand in.

:func:`person11_lookalike` is asked by
:func:`~processors.redaction.person_neg_contexts.drop_lookalike_persons` about every person
span; True drops the span (no span is ever added or moved). Each rule is about the words or
the layout around the candidate, never about the candidate's own words:

- a caseless run whose first word has no vowel (or is a protocol or service of our own
  short list: "imap", "ldap", "oauth"), on a line with a key=value pair or an IPv4
  address after it, is a protocol or device token of a log line, not a name ("smtp auth
  failed for ... from 10.1.2.3", "pbx call from=...");
- an item of a list under a heading that names works ("Book list\\n- Annie Hall"), an
  itinerary line ("Trip plan\\nDay 1: Santa Barbara") or a row of a report by region or store
  ("Sales by region\\nMarseille Saint-Charles: €140,13");
- (stop 40) a row of a streaming screen under its heading ("Continue watching\\nErin
  Brockovich"), and what follows "Because you watched";
- a code name after "Project" or "Operation" ("Project Marigold Sterling kickoff");
- a work: "X is my favourite novel", "Rewatching X on Netflix";
- a place named after a person: the run ends in a kind of venue ("Lincoln Center",
  "Alexandra Palace", "Royal Albert Hall") or a lower-case venue word follows it ("Charles de
  Gaulle airport"), or starts with one in another language ("Gare Saint-Lazare"). A venue
  word that is also a surname or a given name ("Hall", "Park") needs
  an English first word, or a sign of travel or parking around ("signs to Fenway Park",
  "Carnegie Hall parking");
- (stop 40) one word before a three-part release number ("Loki 5.12.4-rc.3 broke the
  deploy") or before "explained" at a line's end ("Doppler explained"), and a law named after
  a person ("Sherman Act", "Byrd Rule");
- a short capitalised code label before a valid GTIN/EAN barcode ("EAN 5901372522242");
- a chain's possessive after a bite or a drink ("a coffee at Jimmy John's on the way"), or a
  product compared by taste or smell ("Tastes like Mrs. Meyer's but ..."), when no noun
  follows the possessive (a person's: "coffee at Jane Doe's house");
- a brand's possessive run before a shop's sale ("Victoria's Secret had a sale");
- the quoted value of a key that holds a title, a topic, a work, a horse, a ship, a drug, a
  project, an app or a team ('"title": "Jane Eyre"', '"vessel": "Queen Mary"'; for a
  "subject", which may be a data subject, only when every word is English: '"Red Rum"');
- a pair "X and Y" before a word of a band's life ("Belle and Sebastian tour 1999");
- a carrier a pickup is booked with, before its booking number ("Pickup scheduled with
  Royal Mail, booking 7486415967");
- goods that arrived broken ("Yeti Rambler arrived with a cracked screen");
- a street after a house number ("No. 188, Malabar Layout"): the run ends in a street word.

The cue words are this project's own curated lists (written for these rules).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names, surname_words
from processors.redaction.person_neg_shapes import NOT_NOUNS_AFTER_POSSESSIVE

__all__ = ["person11_lookalike"]

_VOWELS: Final = frozenset("aeiouy")
# The rest of a log line: a key=value pair or an IPv4 address.
_LOG_LINE_AFTER: Final = re.compile(r"[^\n]*?(?:\w=|(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]))")
# Titles written without a vowel ("dr smith" is a person).
_VOWELLESS_TITLES: Final = frozenset(
    ["dr", "mr", "mrs", "ms", "mx", "sgt", "st", "jr", "sr", "drs"]
)
# Protocol and service tokens of log lines that do have a vowel (our own curated list).
_LOG_TOKENS: Final = frozenset(
    ["imap", "ldap", "oauth", "saml", "sip", "voip", "api", "cron", "nginx", "iam", "sso",
     "pop", "pop3", "radius", "kerberos", "samba", "mysql", "postgres", "redis", "kafka"]
)  # fmt: skip

# Headings of a list of works (books, films, songs, shows); "Guest list" is none of them.
_WORKS_HEADING: Final = re.compile(
    r"(?i)\b(?:(?:book|reading|film|movie|watch|song|track|album|novel|comic|podcast|show"
    r"|series|tv|wish)[ -]?list|playlist|tbr|to[- ](?:read|watch)"
    r"|(?:books|films|movies|novels|songs|albums|podcasts|shows|musicals|operas|plays"
    r"|classics|reads))\b"
)
# People a heading may list instead ("Book club members", "Favourite authors").
_PEOPLE_HEADING: Final = re.compile(
    r"(?i)\b(?:members|guests|attendees|authors|writers|cast|actors|speakers|people|contacts"
    r"|team|staff|students|readers|friends|invitees|participants|who)\b"
)
# (stop 40) Rows of a streaming app's screen: every line under the heading is a title
# ("Continue watching\nErin Brockovich\nJolene"), as is what follows "Because you watched".
_SCREEN_HEADING: Final = re.compile(
    r"(?i)^(?:continue|keep) (?:watching|listening)|^(?:recently|last) (?:watched|played)"
    r"|^watch again|^up next|^trending now|^new releases|^recommended for you|^top picks"
    r"|^because you (?:watched|liked|listened to)\b"
)
_BECAUSE_BEFORE: Final = re.compile(r"(?:^|\n)Because you (?:watched|liked|listened to) $")
# (stop 40) A release number of three parts after a word: a program's version.
# (Not a phone's "555.123.4567" nor an IPv4 address's "10.0.0.1".) Or a search for a
# concept that ends its line: "Fibonacci explained".
_VERSION_OR_EXPLAINED: Final = re.compile(
    r" (?:v?\d{1,2}\.\d{1,3}\.\d{1,4}(?!\d|\.\d)|explained$)", re.MULTILINE
)
_TRIP_HEADING: Final = re.compile(r"(?i)\b(?:trip|itinerary|travel|route|holiday|vacation|tour)\b")
_DAY_LINE: Final = re.compile(r"(?i)(?:day|stop|leg|night) \d{1,2} ?[:\-\u2013] ?")
_REPORT_HEADING: Final = re.compile(
    r"(?i)\bby (?:region|city|country|store|shop|location|branch|market|site|office|state)\b"
)
_AMOUNT_AFTER: Final = re.compile(r": ?[$\u20ac\u00a3\u00a5]?\d")
_LIST_MARK: Final = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)]|\[[ xX]\])[ \t]+")

# Kinds of venue that end a place's name. Those that are also name words ("Hall", "Park",
# "Field", "Bridge") are told apart in :func:`_venue`.
_VENUES: Final = frozenset(
    ["hall", "park", "center", "centre", "palace", "airport", "stadium", "arena", "museum",
     "gallery", "theatre", "theater", "cathedral", "abbey", "castle", "tower", "gardens",
     "library", "college", "university", "hospital", "institute", "memorial", "plaza", "pier",
     "field", "bridge", "station", "terminal", "auditorium", "coliseum", "colosseum", "dome",
     "pavilion", "ballpark", "racecourse", "speedway", "zoo", "aquarium", "observatory",
     "hospice", "clinic", "school", "academy", "church", "chapel", "mosque", "temple",
     "synagogue", "foundation", "trust", "prize", "award", "medal", "scholarship",
     "fellowship", "lecture", "building",
     # (stop 40) laws named after people: "Sherman Act", "Byrd Rule"
     "act", "rule", "amendment", "doctrine"]
)  # fmt: skip
# (stop 45) Venue words that are surnames too, after one word that is no listed given name:
# a venue named after a family or a place ("Wigmore Hall", "Cadogan Hall"), not a person.
_NAMED_VENUES: Final = frozenset(["hall", "field", "bridge"])  # (not "park": "Ruwan Park")
# (stop 40) Kinds of venue that open a place's name in French, Spanish, Italian, Portuguese
# and German ("Gare Saint-Lazare", "Estación Benito Juárez"); none is a listed name.
_VENUES_FIRST: Final = frozenset(
    ["gare", "estación", "estacion", "stazione", "bahnhof", "aéroport", "aeropuerto",
     "aeroporto", "flughafen", "hôpital", "lycée", "collège", "université", "universidad",
     "università", "universidade", "museo", "musée", "museu", "teatro", "théâtre", "parque",
     "parc", "palacio", "palazzo", "château", "église", "iglesia", "chiesa", "stade", "estadio",
     "stadio", "liceo", "colegio"]
)  # fmt: skip
_TRAVEL_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:signs?|directions|way|route|shuttle|bus|train|tram|ferry|drive|walk)"
    r" (?:to|for)|tickets? (?:for|to)|tour of|(?:concert|gig|show|event) at) $"
)
_PARKING_AFTER: Final = re.compile(
    r" (?:parking|car park|tickets?|box office|entrance|gates?|station|stop|concert|gig)\b"
)
# A label of two to four capitals before a 12-13 digit code ("EAN 5901372522242").
_CODE_AFTER: Final = re.compile(r":? (\d{12,13})(?![\d-])")

_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
# Before a chain's possessive: a bite or a drink "at"/"from" it, or a taste compared with it.
_BITE_AT_BEFORE: Final = re.compile(
    r"(?i)\b(?:coffee|tea|latte|lunch|dinner|breakfast|brunch|bite|snack|burger|sandwich"
    r"|sub|pizza|pie|donut|doughnut|drinks?|meal|takeout|takeaway) (?:at|from) $"
    r"|\b(?:tastes?|tasted|smells?|smelled|smelt) like (?P<title>(?:Mrs?|Ms|Dr)\.? )?$"
)
# Words after the possessive that are no noun owned by it ("Jimmy John's on the way").
_NO_NOUN: Final = NOT_NOUNS_AFTER_POSSESSIVE | {"this", "last", "every"}
_WORD_AFTER: Final = re.compile(r"['\u2019]s(?: ([a-z]+))?")
_SALE_AFTER: Final = re.compile(
    r"['\u2019]s [A-Z][\w-]* (?:had|has|is having|was having) an? (?:\w+ )?sale\b"
)
# A band's name "X and Y" before a word of its life (tour, gig, album) with no possessive.
_BAND_WORDS: Final = r"(?:tour|tours|concert|gig|album|reunion|setlist|tickets)\b"
_BAND_BEFORE: Final = re.compile(r"[A-Z][\w'-]* (?:and|&) $")
# Goods that arrived damaged (the part named is a product's: screen, lid, seal ...).
_BROKEN: Final = (
    r"(?:arrived|came|was delivered|showed up) (?:damaged|broken|dented|cracked|smashed"
    r"|with an? (?:cracked|broken|dented|scratched|shattered|faulty|dead|missing|torn)"
    r" (?:screen|lid|case|box|seal|battery|display|hinge|handle|strap|cable|charger|zip"
    r"|zipper|button|part|piece|glass|lens|base|cap))\b"
)
# "X is my favourite novel": the run names a work (the noun ends the clause or a phrase
# about the work follows; "is a book lover" is no work).
_WORK_NOUNS: Final = (
    r"(?:novel|book|film|movie|song|album|show|series|play|musical|opera|sitcom|documentary)"
    r"(?=[.,!;?)]|$| (?:of|by|ever|and|about|from|in|on|with|to)\b)"
)
_PLATFORMS: Final = (
    r"(?:Netflix|Hulu|Prime(?: Video)?|Disney\+?|HBO(?: Max)?|Max|Apple TV\+?|Peacock"
    r"|Paramount\+?|Crunchyroll|iPlayer|BBC iPlayer|DVD|Blu-ray|VHS)\b"
)
# After the run and a space, one match for three rules: group "drop" (a lower-case venue
# word, goods that arrived broken, "and Y tour" after the first of a band's pair, "is my
# favourite novel"), group "band" (a band's word: the run is the second of a pair when "X
# and " stands before it) or group "platform" (a streaming platform: with a verb of watching
# before the run).
_SPACE_AFTER: Final = re.compile(
    r" (?:(?P<drop>(?:airport|stadium|arena|cathedral|museum|terminal|station|racecourse"
    r"|speedway)\b|"
    + _BROKEN
    + r"|(?:and|&) [A-Z][\w-]*(?: [A-Z][\w-]*)? "
    + _BAND_WORDS
    + r"|(?:is|was) (?:my|our|his|her|their|a|an|the) (?:\w+ )?"
    + _WORK_NOUNS
    + r")"
    r"|(?P<band>" + _BAND_WORDS + r")|(?P<platform>on " + _PLATFORMS + r"))"
)
# A verb of watching before a title seen on a platform ("Rewatching X on Netflix").
_WATCH_BEFORE: Final = re.compile(r"(?i)\b(?:re-?)?watch(?:ing|ed)?\b")
# A carrier a pickup is booked with, then its booking number ("Pickup scheduled with Royal
# Mail, booking 7486415967"): both sides are needed.
_CARRIER_BEFORE: Final = re.compile(
    r"(?i)\b(?:pick-?ups?|collections?|deliver(?:y|ies)|shipments?|parcels?|returns?)"
    r" (?:is |was |has been )?(?:scheduled|booked|arranged|confirmed) (?:with|via) $"
    r"|\b(?:shipped|sent|dispatched|posted) (?:with|via|by) $"
)
_BOOKING_AFTER: Final = re.compile(
    r"(?i), (?:booking|tracking|waybill|consignment|collection)"
    r"(?: (?:no|number|ref|id))?\.?:? ?#?\w*\d"
)
# A house number before a street ("No. 188, Malabar Layout", "12, Gandhi Nagar").
_NUMBER_BEFORE: Final = re.compile(r"(?:^|(?<=[\s,]))(?:(?i:no|nr)\.? ?|#)?\d{1,5}[A-Za-z]?, ?$")
_STREET_ENDS: Final = frozenset(
    ["layout", "nagar", "colony", "enclave", "marg", "vihar", "puram", "bagh", "chowk",
     "extension", "road", "street", "lane", "avenue", "drive", "grove", "crescent", "close",
     "way", "court", "place", "terrace", "gardens", "walk", "row", "square", "mews", "rise",
     "parade", "boulevard", "highway", "parkway", "cross", "main"]
)  # fmt: skip
_APOSTROPHES: Final = ("'", "\u2019")
# A project's or an operation's code name ("Project Marigold kickoff").
_CODENAME_BEFORE: Final[tuple[str, ...]] = (
    "Project ",
    "Operation ",
    "Codename ",
    "Code name ",
    "Programme ",
)
_QUOTES: Final = ('"', "'")
# A key whose value is a title or a topic, never a person ('"subject": "Red Rum"'; a
# subject may be a data subject, so its value must be made of English words).
_TITLE_KEYS: Final = frozenset(
    ["title", "headline", "caption", "topic", "subject", "film", "movie", "book", "novel",
     "show", "series", "episode", "painting", "artwork", "exhibit", "exhibition", "play",
     "musical", "opera", "horse", "racehorse", "ship", "vessel", "drug", "medication",
     "medicine", "project", "app", "application", "software", "package", "repo",
     "repository", "team", "club", "codename", "release", "distro"]
)  # fmt: skip
_KEY_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"


def person11_lookalike(text: str, start: int, end: int) -> bool:
    """True when the person span ``text[start:end]`` is a look-alike (module docstring)."""
    value = text[start:end]
    if value.islower() and _log_token(value) and _LOG_LINE_AFTER.match(text, end):
        return True
    if "\n" in text and _list_or_report_item(text, start, end):
        return True
    if text.endswith(_CODENAME_BEFORE, 0, start):
        return True
    if (
        text[start - 1 : start] == " "
        and text[end : end + 1] in ("", "\n")
        and _BECAUSE_BEFORE.search(text, max(0, start - 30), start)
    ):
        return True  # (stop 40) a screen's row "Because you watched Forrest Gump": a title
    if " " in value and (
        (value[value.rfind(" ") + 1 :].lower() in _VENUES and _venue(text, start, end, value))
        or value[: value.find(" ")].lower() in _VENUES_FIRST
        or (text[start - 2 : start - 1] == "," and _street_after_number(text, start, value))
    ):
        return True
    after_char = text[end : end + 1]
    if after_char == " " and " " not in value and _VERSION_OR_EXPLAINED.match(text, end):
        return True  # (stop 40) software: "Cassandra 1.2.8-rc.2 broke"; "Doppler explained"
    if after_char == " ":
        found = _SPACE_AFTER.match(text, end)
        if found is not None and (
            found.lastgroup == "drop"
            or (
                _BAND_BEFORE.search(text, max(0, start - 30), start)
                if found.lastgroup == "band"
                else _WATCH_BEFORE.search(text, max(0, start - 30), end)  # ("Rewatching X")
            )
            is not None
        ):
            return True
        if value.isupper() and 1 < len(value) < 5 and _barcode_after(text, end):
            return True
    elif after_char in _APOSTROPHES:
        if _SALE_AFTER.match(text, end) is not None or _chain_possessive(text, start, end):
            return True
    elif after_char == ",":
        if _BOOKING_AFTER.match(text, end) and _CARRIER_BEFORE.search(
            text, max(0, start - 40), start
        ):
            return True
    elif (
        after_char in _QUOTES
        and text[start - 1 : start] in _QUOTES
        and _title_value(text, start, end, value)
    ):
        return True
    return False


def _log_token(value: str) -> bool:
    first = value.split(" ", 1)[0]
    return first in _LOG_TOKENS or (
        first.isascii()
        and first not in _VOWELLESS_TITLES
        and _VOWELS.isdisjoint(first)
        and first not in first_names()
        and first not in surname_words()
    )


def _list_or_report_item(text: str, start: int, end: int) -> bool:
    """A works-list item, an itinerary day or a report row by region (see the docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    mark = _LIST_MARK.match(text, line_start)
    day = None if mark is not None else _DAY_LINE.match(text, line_start)
    if mark is None and (day is None or day.end() != start) and line_start != start:
        return False
    heading = _heading(text, line_start)
    if heading is None:
        return False
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip(" \t.,;!")
    if not rest and _SCREEN_HEADING.search(heading) is not None:
        return True  # (a whole row under a heading of a streaming screen, a mark or none)
    if mark is not None:
        return (
            not rest
            and _WORKS_HEADING.search(heading) is not None
            and _PEOPLE_HEADING.search(heading) is None
            and _only_capitalised_words(text[mark.end() : start])
        )
    if day is not None:
        return not rest and _TRIP_HEADING.search(heading) is not None
    return (
        _AMOUNT_AFTER.match(text, end) is not None and _REPORT_HEADING.search(heading) is not None
    )


def _heading(text: str, line_start: int) -> str | None:
    """The first line of the block the line at ``line_start`` belongs to (no blank line in
    between), when it is short and no list item itself."""
    block_start = text.rfind("\n\n", 0, line_start - 1)
    block_start = 0 if block_start < 0 else block_start + 2
    heading_end = text.find("\n", block_start)
    if heading_end < 0 or heading_end >= line_start or heading_end - block_start > 60:
        return None
    if _LIST_MARK.match(text, block_start) is not None:
        return None
    return text[block_start:heading_end]


def _only_capitalised_words(gap: str) -> bool:
    """The start of an item up to the span holds only capitalised title words ("Sweet ")."""
    return all(word[:1].isupper() for word in gap.split())


def _venue(text: str, start: int, end: int, value: str) -> bool:
    """The run, ending in a venue word, names a place (see the docstring)."""
    last = value[value.rfind(" ") + 1 :]
    if not last[:1].isupper():
        return False
    lower = last.lower()
    if lower not in first_names() and lower not in surname_words():
        return True
    first = value[: value.find(" ")].lower()
    if first not in first_names() and (first in english_words() or first in common_words()):
        return True
    if value.count(" ") == 1 and first not in first_names() and lower in _NAMED_VENUES:
        return True  # (stop 45, set 43) "Wigmore Hall announces", "Cadogan Hall needs"
    return (
        _TRAVEL_BEFORE.search(text, max(0, start - 24), start) is not None
        or _PARKING_AFTER.match(text, end) is not None
    )


def _title_value(text: str, start: int, end: int, value: str) -> bool:
    """The run fills the quoted value of a key that holds a title or a topic."""
    # ('{"subject": "' before the run: the opening quote, a separator, the key in quotes)
    head = text[max(0, start - 24) : start - 1].rstrip()
    if not head.endswith((":", "=")):
        return False
    head = head[:-1].rstrip().rstrip("\"'")
    key = head[len(head.rstrip(_KEY_CHARS)) :].lower()
    if key not in _TITLE_KEYS:
        return False
    if key != "subject":
        return True
    return all(
        word in english_words() or word in common_words() for word in value.lower().split(" ")
    )


def _barcode_after(text: str, end: int) -> bool:
    """A GTIN-13 / UPC-A code with a valid check digit follows ("EAN 5901372522242")."""
    found = _CODE_AFTER.match(text, end)
    if found is None:
        return False
    digits = found.group(1)
    total = 0
    for position, char in enumerate(reversed(digits[:-1])):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10 == int(digits[-1])


def _chain_possessive(text: str, start: int, end: int) -> bool:
    """A chain's possessive after a bite or a drink, with no noun after it."""
    found = _WORD_AFTER.match(text, end)
    if found is None or (found.group(1) is not None and found.group(1) not in _NO_NOUN):
        return False
    before = _BITE_AT_BEFORE.search(text, max(0, start - 30), start)
    # (a bite "at Jane's" is at her home: a chain's name has two words, or a title before)
    return before is not None and (" " in text[start:end] or before.group("title") is not None)


def _street_after_number(text: str, start: int, value: str) -> bool:
    """A run after "No. 188, " that ends in a street word is a street."""
    if value.rsplit(" ", 1)[-1].lower() not in _STREET_ENDS:
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None
