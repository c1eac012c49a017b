"""(Stop 37, the tuning halves of sets 33 and 34) Spans that name no one, whatever their
words' lists say.

:func:`drop_things37` takes them back from :func:`names.find_names`'s spans, whichever rule
found them (cased, caseless or keyboard-capitalised text alike):

* **Function words of code-switched chat**: Tagalog "na lang" ("just"), "po" (politeness),
  Portuguese "mano" ("bro"). Each word is also a surname or given name somewhere ("Na",
  "Lang", "Mano"), which is why :data:`name_cue_words.FOREIGN_CHAT_WORDS` leaves them out;
  but a span made of nothing else is the phrase, not a person.
* **Identifiers in camel case** (``"eventName":"ConsoleLogin"``, ``Name="TargetUserName"``):
  one word of two or more capitalised parts, each an English word and no listed given name
  ("McDonald", "DeShawn" stay names).
* **Pets and characters titled in jest** (``Admiral Fluff``, ``Auntie Paws``, ``Colonel
  Meow``): a title or kin word and one English word that no list of given names or surnames
  holds ("Captain Baker" and "Admiral Tremaine" stay people).
* **Streets without numbers** (``Turn left on Bulevardul Regina Elisabeta``, ``Jirón de la
  Unión``): a span that opens with a word that opens street names
  (:data:`street_types_first.STREET_TYPES_FIRST`, without those that are also given names,
  surnames or English words of other use).
* **Festivals of many calendars** named in full (``Tsagaan Sar``, ``Gai Jatra``, ``We
  Tripantu``): our own list, from general knowledge.
* **Institutions and products named after people** (``Bishop Anselm School``, ``"name":
  "Dorothea teapot"``): a name right before a capitalised noun of an institution or a place
  built ("School", "Tower", "Arcade"), or a capitalised name whose last word is a noun of goods
  in lower case (:func:`person13_goods.goods_noun`).
* **Places as a place key's value** (``City, ZIP: Den Haag 2590 XT``, ``"venue": "..."``).
* **Pets and costumes** (``{"pet_name":"King Wigglebottom"}``, ``dressed as Marko
  Kraljević``): the value of a key of a pet, a name after "dressed (up) as".
* **Team and service handles** in records (``owner=svc-ledger``, ``actor=sre-pagerpals``,
  ``approver=Data-Lakehouse``, ``Fraud-Shield``): one hyphenated word whose parts hold a word
  of teams and services, or are all English words and no listed given name ("anna-kowalska"
  and "john-smith" stay people).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, is_english, surname_words
from processors.redaction.person13_goods import goods_noun
from processors.redaction.person38_brands import possessive_brand
from processors.redaction.person43_diseases import named_disease
from processors.redaction.spans import PiiSpan
from processors.redaction.street_types_first import STREET_TYPES_FIRST

__all__ = ["drop_things37"]

# Our own list: parts of team, service and on-call handles.
_TEAM_PARTS: Final = frozenset(
    ["svc", "sre", "infra", "ops", "devops", "secops", "dataops", "mlops", "platform", "team",
     "api", "web", "db", "dba", "prod", "dev", "qa", "sec", "app", "apps", "backend",
     "frontend", "ml", "ai", "bot", "eng", "noc", "soc", "oncall", "core", "mobile", "data",
     "k8s", "ci", "cd", "squad", "guild", "crew", "pod", "tribe", "desk", "ledger",
     "billing", "payments", "growth", "search", "analytics", "pipeline", "service", "services"]
)  # fmt: skip

# Our own list: short function words of Tagalog, Portuguese, Spanish, Malay and Turkish chat
# that a list of given names or surnames also holds.
_FUNCTION_WORDS: Final = frozenset(
    ["na", "lang", "po", "mo", "ko", "sa", "ang", "ng", "din", "rin", "naman", "mano",
     "ele", "ela", "que", "sila", "kami", "kita", "aja", "deh", "dong", "sih", "ya", "bu",
     "abi", "abla", "hoca", "eta"]
)  # fmt: skip
_CAMEL_PART: Final = re.compile(r"[A-Z][a-z]+")
_CAMEL_WORD: Final = re.compile(r"(?:[A-Z][a-z]+){2,}")
_JEST_TITLES: Final = frozenset(
    ["admiral", "colonel", "captain", "general", "major", "sergeant", "commander", "reverend",
     "bishop", "brother", "sister", "father", "auntie", "aunty", "aunt", "uncle", "lord", "lady",
     "sir", "professor", "doctor", "dr", "mister", "mr", "mrs", "miss", "madame", "baron",
     "count", "duke", "king", "queen", "prince", "princess", "sheriff", "judge", "chief",
     "grandpa", "granny", "nana", "saint", "st", "señor", "senor", "don"]
)  # fmt: skip
# Words that open street names in STREET_TYPES_FIRST but also open other things or names.
_NOT_STREET_OPENERS: Final = frozenset(
    ["jr.", "al.", "pl.", "place", "square", "passage", "route", "cours", "ronda", "aleja",
     "corso", "calle", "rua", "largo", "chemin", "quai", "borgo"]
)  # fmt: skip
_STREET_OPENERS: Final = (STREET_TYPES_FIRST - _NOT_STREET_OPENERS) | frozenset(
    ["bulevardul", "bulevard", "odos", "leoforos", "utca", "jiron",
     # and towers and palaces ("right after Torre Ermenegilda")
     "torre", "palazzo", "castello", "chiesa"]
)  # fmt: skip
# Our own list: nouns of institutions and buildings named after people.
# Nouns of institutions and buildings that are seldom surnames; a span that ends in one is the
# institution itself (stop 42: "Royal Victoria Infirmary", "Thurgood Marshall Courthouse").
_INSTITUTIONS_NOT_SURNAMES: Final = (
    "School", "Academy", "College", "University", "Hospital", "Clinic", "Library", "Stadium",
    "Museum", "Cathedral", "Mosque", "Synagogue", "Institute", "Foundation", "Airport",
    "Observatory", "Memorial",
    # (stop 42) courts and hospitals of regulated paperwork
    "Courthouse", "Infirmary", "Hospice", "Sanatorium", "Polyclinic",
)  # fmt: skip
# And those that are surnames too ("Anna Tower", "Charlotte Church", "Shirley Temple"): only
# after a name.
_INSTITUTIONS_ALSO_SURNAMES: Final = (
    "Arena", "Tower", "Arcade", "Church", "Chapel", "Temple", "Prize", "Award", "Lecture",
    "Medal", "Trophy", "Cup", "Station", "Building", "Centre", "Center", "Gallery", "Theatre",
    "Theater", "Bridge", "Pavilion", "Lighthouse", "Marina", "Mall", "Plaza",
)  # fmt: skip
# (stop 43, set 41) Wards, wings and hospices named after people are written in lower case
# too ("Cicely Saunders ward", "Sue Ryder hospice"); and a product's recall names its lot.
_HOSPITAL_PARTS: Final = ("ward", "wing", "hospice")
_INSTITUTION_AFTER: Final = re.compile(
    r" (?:"
    + "|".join(_INSTITUTIONS_NOT_SURNAMES + _INSTITUTIONS_ALSO_SURNAMES + _HOSPITAL_PARTS)
    + r")\b"
    + r"| recall(?:ed)? (?:notice |alert )?(?:for )?(?:lot|batch|LOT|Lot|Batch)\b"
)
_INSTITUTION_LAST: Final = re.compile(r".+ (?:" + "|".join(_INSTITUTIONS_NOT_SURNAMES) + r")")
_PET_KEY_BEFORE: Final = re.compile(
    r"(?i)(?:pet|dog|cat|puppy|kitten|horse|pony|parrot|hamster|rabbit|animal)(?:_?name)?"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_PLACE_KEY_BEFORE: Final = re.compile(
    r"(?i)\b(?:city|town|village|place|location|venue|destination|origin|municipality"
    r"|district|province|county|region)\b[^:=\n\"']{0,10}[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_COSTUME_BEFORE: Final = re.compile(r"(?i)\bdressed (?:up )?as (?:an? |the )?$")
_FESTIVALS: Final = frozenset(
    ["tsagaan sar", "gai jatra", "we tripantu", "inti raymi", "naadam", "tihar", "dashain",
     "timkat", "timket", "meskel", "enkutatash", "irreecha", "homowo", "odwira", "vardavar",
     "maslenitsa", "ivan kupala", "d\u00eda de muertos", "dia de muertos", "pchum ben",
     "bon om touk", "boun bang fai", "thingyan", "thadingyut", "tazaungdaing", "hari raya",
     "lebaran", "nyepi", "galungan", "sinulog", "ati-atihan", "pahiyas", "panagbenga",
     "kadayawan", "up helly aa", "eisteddfod", "burns night", "sankthans", "mid-autumn",
     "zhongqiu", "duanwu", "qixi", "dongzhi", "t\u1ebft", "esala perahera", "poson",
     "bathukamma", "bonalu", "gudi padwa", "cheti chand", "navroz", "newroz", "nevruz",
     "h\u0131d\u0131rellez", "hidirellez", "sham el-nessim", "yennayer", "umhlanga",
     "incwala", "kuomboka", "la tomatina", "las fallas", "semana santa", "noche de san juan",
     "fiesta de san juan", "walpurgis night", "saint andrew's night", "st andrew's night"]
)  # fmt: skip


def only_chat_function_words(value: str) -> bool:
    """Whether the span ``value`` is in lower case and each of its words such a function word
    (capitalised, they may be a surname: "Mr Lang")."""
    return value.islower() and all(word in _FUNCTION_WORDS for word in value.split())


def team_handle(value: str) -> bool:
    """Whether the span ``value`` is one hyphenated word naming a team or a service."""
    if "-" not in value or " " in value:
        return False
    parts = [part for part in value.lower().split("-") if part]
    if len(parts) < 2:
        return False
    if any(part in _TEAM_PARTS for part in parts):
        return True
    return all(is_english(part) and part not in first_names() for part in parts)


def camel_identifier(value: str) -> bool:
    """Whether ``value`` is one camel-case word of English parts ("ConsoleLogin")."""
    if " " in value or value[1:].islower() or _CAMEL_WORD.fullmatch(value) is None:
        return False
    parts = [part.lower() for part in _CAMEL_PART.findall(value)]
    return all(is_english(part) and part not in first_names() for part in parts)


def titled_in_jest(value: str) -> bool:
    """Whether ``value`` is a title and one English word of no name list ("Admiral Fluff")."""
    title, _, word = value.lower().partition(" ")
    if not word or " " in word or title.rstrip(".") not in _JEST_TITLES:
        return False
    return is_english(word) and word not in first_names() and word not in surname_words()


def pet_costume_or_place(text: str, start: int) -> bool:
    """Whether the span at ``start`` is a pet's or a place's key's value or follows "dressed
    as"."""
    before = text[max(0, start - 32) : start]
    # (speed: each pattern needs its mark, a key's ":" or "=", or "as ")
    if ":" in before or "=" in before:
        if _PET_KEY_BEFORE.search(before) is not None:
            return True
        if _PLACE_KEY_BEFORE.search(before) is not None:
            return True
    return "as " in before and _COSTUME_BEFORE.search(before) is not None


def named_institution(text: str, end: int) -> bool:
    """Whether a noun of an institution follows the span ending at ``end`` (or a recall of
    its lot: "Kinder Bueno recall LOT S896F")."""
    return text.startswith(" ", end) and _INSTITUTION_AFTER.match(text, end) is not None


def named_product(value: str) -> bool:
    """Whether ``value`` is capitalised words and a noun of goods in lower case."""
    head, _, last = value.rpartition(" ")
    return bool(head) and head[:1].isupper() and last.islower() and goods_noun(last)


def street_named(value: str) -> bool:
    """Whether ``value`` is two words or more opening with a street opener."""
    first, _, rest = value.partition(" ")
    return bool(rest) and first.lower() in _STREET_OPENERS


def drop_things37(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the PERSON spans of the module docstring."""
    kept = []
    for span in spans:
        value = text[span.start : span.end]
        if (
            only_chat_function_words(value)
            or team_handle(value)
            or camel_identifier(value)
            or titled_in_jest(value)
            or street_named(value)
            or value.lower() in _FESTIVALS
            or named_institution(text, span.end)
            or _INSTITUTION_LAST.fullmatch(value) is not None
            or named_product(value)
            or pet_costume_or_place(text, span.start)
            or possessive_brand(text, span.start, span.end)  # (stop 38) "Kohl's app"
            or named_disease(text, span.start, span.end)  # (stop 43) "Alzheimer's unit"
        ):
            continue
        kept.append(span)
    return kept
