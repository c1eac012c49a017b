"""Set 7 person rules: word lists that extend those of :mod:`processors.redaction.names`, and
a few shapes of their own (see ``docs/redaction.md``, "Set 7 rules (PERSON)").

* more cue words (greetings of other languages, roles such as ``landlord``, chat ``msg`` and
  ``bday``), more keys whose value is a product or an organisation (``"manufacturer":``,
  ``"album":``), more words after which a run is a product or a place (``X score``, ``X
  store``; ``Rua X``, ``Calzada de X``);
* a run that ends in a plural English word or an organisation word is no person
  (``Northwind Traders``, ``Boca Juniors``, ``Harbourview Realty``), unless a listed given name
  is followed by a frequent English word (``Thomas Sides``);
* a quoted display name before an e-mail address is one name (``From: "Menon, Aishwarya"
  <...>``);
* CSV fields are split with their quotes (``"Mengistu, Mekdes",GB02...``).

No import of :mod:`names` here (it imports this module).
"""

from __future__ import annotations

import re

from processors.redaction.lexicon import common_words, english_words, first_names, surname_words
from processors.redaction.spans import PERSON, PiiSpan

__all__ = [
    "ABSENT_WORDS",
    "CHAT_WORDS",
    "CSV_NAME_COLUMNS",
    "CSV_NAME_VALUE",
    "CUE_WORDS",
    "HYPHEN_PARTICLE",
    "NEVER_SINGLE",
    "NOT_AFTER_WORDS",
    "NOT_BEFORE_WORDS",
    "NOT_NAME",
    "PAIR_CUES",
    "PHRASE_CUES",
    "PHRASE_ENDS",
    "PRODUCT_KEYS",
    "SAID_WORDS",
    "SIGN_OFF_CUES",
    "STREET_TYPES",
    "WORD_CUES",
    "csv_fields",
    "display_names",
    "last_word",
    "organisation_run",
    "plain_name_word",
    "street_after",
]

# Greetings and thanks of other languages, roles and chat cues before a lone name ("Salut
# Gulnora,", "Muy amable Meron,", "Delivery guy Enikő", "happy bday zarema").
WORD_CUES = frozenset(
    ["salut", "ciao", "bonjour", "hallo", "hej", "olá", "merhaba", "gracias", "merci", "danke",
     "grazie", "obrigado", "obrigada", "amable", "guy", "lady", "landlord", "landlady", "tenant",
     "roommate", "flatmate", "coworker", "teacher", "nurse", "waiter", "waitress", "cardholder",
     "passenger", "msg", "bday", "birthday",
     # a title in caseless chat ("dr enkhbold dentist reviews")
     "dr", "mr", "mrs", "ms", "prof"]
)  # fmt: skip
# Cue words that are never part of a lower-case name ("msg päivi hämäläinen").
CUE_WORDS = frozenset(["msg", "bday", "birthday"])
# Titles of other languages: never a name word ("La Sra. Mammadova").
# ... and Turkish address words ("Kizilay Mah. Inönü Cad."), never a surname.
NOT_NAME = frozenset(
    ["sra", "srta", "sr", "mme", "mlle", "dott", "dra", "salut", "mah", "mahallesi", "cad",
     "caddesi", "sok", "sokak", "sk", "bulvari", "blv", "calzada", "travesía", "alameda",
     "rodovia", "estrada", "praça", "ulica", "str",
     # identifiers that follow a word as a surname would ("is it a valid ssn")
     "ssn", "dob", "iban", "bic", "cvv", "ein", "nhs", "vat", "imei", "pin"]
)  # fmt: skip
# Chat words that are no English words (wordfreq) and open a message.
CHAT_WORDS = frozenset(
    ["imo", "sry", "hun", "srsly", "tmrw", "tmr", "bestie", "wifey", "hubby", "lmk", "hmu",
     "wya", "wyd", "wbu", "istg", "highkey", "ngl", "tbh", "idk", "pls", "plz", "thx", "ty",
     "brb", "btw", "fyi", "omw", "otw", "ily", "ilysm", "bff", "gf", "bf", "bby", "babe", "ttyl",
     "cya", "nite", "gn", "gm", "sup", "soz", "congrats", "bday"]
)  # fmt: skip
# Phrases before a lone listed given name ("ask for Prakash", "a gift for Mihai"); their last
# word needs a listed given name after it, as "approved by" does.
PHRASE_CUES = ("ask for", "asked for", "gift for", "present for", "escalated by", "merged by")
PHRASE_ENDS = ("for",)
# A lower-case particle joined by a hyphen to a capitalised surname ("Salma al-Shammari").
HYPHEN_PARTICLE = "(?:al|el|bin|ibn|abu|ben)-"
# (and coordinate labels: "lon 138.92" is no name then a number)
NEVER_SINGLE = frozenset(["xx", "xxx", "xoxo", "lon", "lat", "lng", "alt", "elev", "cya"])
# A verb after a lone name that makes it the subject ("Closing — Ildikó confirmed ...").
SAID_WORDS = ("confirmed", "mentioned", "promised", "gets here", "arrives",
              # set 8: "Jetske is out today", "Rehema is off sick" (listed names only)
              "is out", "is off", "is away", "is on leave", "is sick", "is on holiday",
              "is on vacation")  # fmt: skip
ABSENT_WORDS = (" is out", " is off", " is away", " is on leave", " is sick", " is on holiday",
                " is on vacation")  # fmt: skip
# Words before two unlisted lower-case words that make them a name ("who's yupa ticona",
# "the form: name nurhaliza harahap").
PAIR_CUES = frozenset(["name", "who's", "whos", "msg"])
# After these a lone name signs off only at the end of a line: "best, anna", not "best pho in
# oslo".
SIGN_OFF_CUES = frozenset(["best", "love", "tmrw", "tmr", "cya"])  # (set 8: "cya tmrw imane")
# Keys whose value is a product, a work or an organisation ("manufacturer": "Carl Zeiss").
PRODUCT_KEYS = (
    "album|artist|band|manufacturer|maker|vendor|company|merchant|store|shop|venue|restaurant"
    "|team|club|label|publisher|carrier|org|organi[sz]ation|employer|city|hotel|song|track"
    "|supplier|provider|bank|insurer|airline|destination"
    "|op|operator|courier|network|isp"  # (set 8: '"op": "Royal Mail"')
)
# Street types that come before the street's name.
STREET_TYPES = frozenset(
    ["rua", "rue", "via", "calle", "avenida", "av", "avda", "calzada", "travesía", "travessa",
     "largo", "piazza", "viale", "corso", "paseo", "plaza", "praça", "alameda", "rodovia",
     "estrada", "boulevard", "blvd", "strada", "ulica", "ul", "carrer", "chemin", "impasse",
     "allée", "résidence", "boul", "bd"]
)  # fmt: skip
# A run right after a street type is a street ("Rua Oscar Freire", "Calzada de Tlalpan").
NOT_AFTER_WORDS = STREET_TYPES | {"along", "around", "across", "weather"}
_STREET_AFTER = re.compile(
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
NOT_BEFORE_WORDS = (
    "score", "scores", "fixtures", "tickets", "customer", "store", "stores", "shops", "outlet",
    "starter", "kit", "set", "lyrics", "tour", "album", "procurement", "stock", "shares",
    "coupon", "menu", "christmas", "careers", "jobs", "headquarters",
)  # fmt: skip
# CSV headers of person columns (besides those of names.py).
CSV_NAME_COLUMNS = frozenset(
    ["account_holder", "holder", "beneficiary", "payee", "cardholder", "employee", "patient",
     "guest", "passenger", "applicant", "member", "student", "author", "sender", "owner"]
)  # fmt: skip
# A person value of a CSV cell: capitalised words, "Surname, Given" ("Le Gall, Margaux").
_CAP_WORD = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*\.?"
CSV_NAME_VALUE = re.compile(rf"{_CAP_WORD}(?:,? (?:{_CAP_WORD}|(?:van|von|de|da|del|der|al|bin)))*")
# Words that end the name of a firm, a shop or a team.
_ORGANISATION_WORDS = frozenset(
    ["realty", "group", "inc", "ltd", "llc", "gmbh", "plc", "corp", "company", "logistics",
     "consulting", "solutions", "systems", "partners", "capital", "ventures", "studio",
     "studios", "media", "pharma", "clinic", "dental", "bakery", "cafe", "café", "bistro",
     "kitchen", "grill", "hotel", "hostel", "resort", "salon", "gallery", "museum", "theatre",
     "theater", "academy", "institute", "insurance", "airlines", "airways", "energy",
     "electric", "motors", "garage", "traders", "labs", "lab", "analytics", "foods"]
)  # fmt: skip


def plain_name_word(word: str) -> bool:
    """A word that may be a name though no list has it: no English word (of the 40,000 most
    frequent), three letters or more; an initial ("W.") passes too."""
    lower = word.lower().rstrip(".")
    if len(lower) == 1:
        return True
    return len(lower) > 2 and lower not in english_words() and lower not in common_words()


def organisation_run(value: str) -> bool:
    """A capitalised run that names a firm or a team: its last word is an organisation word,
    or a plural English word that is no surname (``Lakeside Vets``, ``Boca Juniors``). A
    listed given name before a frequent English word stays a name (``Thomas Sides``)."""
    space = value.rfind(" ")
    last = value[space + 1 :].lower()
    if last in _ORGANISATION_WORDS:
        return True
    if len(last) <= 3 or not last.endswith("s") or last not in english_words():
        return False
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    if last in surname_words() or not (singular in english_words() or singular in common_words()):
        return False  # (not a plural: "ten Pas")
    before = value[value.rfind(" ", 0, space) + 1 : space].lower() if space > 0 else ""
    return not (before in first_names() and last in common_words())


_DISPLAY_NAME = re.compile(
    r"\"((?:[^\W\d_][\w'\u2019.-]*)(?: [^\W\d_][\w'\u2019.-]*){0,3}, "
    r"[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,2})\" ?<[^<>\s@]+@"
)


def display_names(text: str) -> list[PiiSpan]:
    """``"Surname, Given" <mail@...>``: the quoted display name of an address, one name."""
    if '" <' not in text and '"<' not in text:
        return []
    found = []
    for match in _DISPLAY_NAME.finditer(text):
        words = match.group(1).replace(",", " ").split()
        if all(word[0].isupper() or word in ("al", "van", "de", "da", "del") for word in words):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found


def csv_fields(line: str) -> list[tuple[int, str]]:
    """The fields of a CSV line with their start offsets; a double-quoted field may hold
    commas (its quotes are part of the field, as a plain split would keep them)."""
    fields: list[tuple[int, str]] = []
    start = 0
    while True:
        if line.startswith('"', start):
            close = line.find('"', start + 1)
            comma = line.find(",", close + 1) if close >= 0 else line.find(",", start)
        else:
            comma = line.find(",", start)
        if comma < 0:
            fields.append((start, line[start:]))
            return fields
        fields.append((start, line[start:comma]))
        start = comma + 1
