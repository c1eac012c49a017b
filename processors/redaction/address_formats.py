"""Set-7 street-address formats: anchors for national shapes the generic walk misses.

Anchors (each gated by a cheap ``in`` test on the lower-cased text):

* Turkish: ``Alsancak Mah. Cumhuriyet Cad. No: 72 D: 29`` (neighbourhood, street with its
  type, ``No:`` and an optional ``D:``/``Daire:``/``Kat:``); the walk goes on from the last
  number (``, 26010 Kadiköy/Istanbul``).
* A street type, a name and ``nr.`` before the number: Romanian ``Str. Lipscani nr. 164``,
  ``Bd. Unirii nr. 74, bl. B25, sc. 1, et. 1, ap. 18``.
* Colombian: ``Carrera 11 # 46B-64``, ``Avenida Calle 26 No. 116-90``, ``calle 5 sur #118-20``.
* Chinese ``No. 326 Wenyi West Road`` (``No.`` otherwise reads as an ID cue).
* Japanese block numbers ``1-11-10 Koenji-minami, Suginami-ku`` (with a ward, a town suffix,
  a postal code ``166-0086``, a unit or ``#651`` before, or an address cue), and Japanese
  script ``〒166-0024 東京都杉並区高円寺南3-26-12``.
* A street type written apart after the name: ``Königsberger Str. 36``, ``Rosenthaler Straße
  125``, ``Bygdøy allé 76``; a German prepositional name: ``Am Mühlbach 42``, ``Auf der Heide
  172``, ``unter den eichen 113``.
* Also: Greek-script names (``Αγίου Νικολάου 39``), Hungarian ``Andrássy út 56.``, Czech
  adjective names ``Lidická 67``, Malaysian ``No. 43, Jalan ...``, a name, a number and a
  unit (``Merced 895 dpto 35``), an address key's value (``"address1": "Masarykova 75"``).

The span boundaries these formats need live in :mod:`processors.redaction.address_bounds`, the
evidence tests on a walked span in :mod:`processors.redaction.address_evidence`.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_bounds import LEFT_WORDS
from processors.redaction.address_vocabulary import RARE_APART_TYPES, ROADS_NAMED_BY_NUMBER
from processors.redaction.lexicon import common_words, english_words, first_names, stop_words

__all__ = ["FormatAnchor", "apart_name_start", "bare_street_type", "format_anchors"]

# (start of the span, where the walk goes on from, end the span reaches at least, whether
# the anchor needs an address cue before it)
FormatAnchor = tuple[int, int, int, bool]

_NAME: Final = r"[^\W\d_][\w'\u2019.-]*"
_TR_STREET: Final = re.compile(
    r"(?i)(?:mah\.|mahallesi|mh\.) (?:" + _NAME + r" ){1,5}?"
    r"(?:cad\.|caddesi|cd\.|sok\.|sokak|soka[\u011fg][\u0131i]|sk\.|bulvar[\u0131i]|blv\.|bul\.) ?"
    r"no ?: ?(?P<num>\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?)(?P<unit>(?: (?:d|daire|kat) ?: ?\d{1,4})*)"
)
_TR_MAH: Final = re.compile(r"(?i)(?<!\w)(?:mah\.|mahallesi|mh\.) ")
_NR_STREET: Final = re.compile(
    r"(?i)(?<!\w)(?:str\.|strada|bd\.|b-dul\.?|bdul\.?|bulevardul|calea|[șş]os\.|sos\.|"
    r"[șş]oseaua|aleea|splaiul|pia[țţ]a|intrarea) (?:" + _NAME + r" ){1,4}?"
    r"nr\. ?(?P<num>\d{1,4}[a-z]?)(?!\w)"
)
_CO_STREET: Final = re.compile(
    r"(?i)(?<!\w)(?:(?:avenida|av\.?|ak|ac) )?(?:calle|carrera|cra\.?|kr\.?|cl\.?|transversal"
    r"|tv\.?|diagonal|dg\.?|avenida) \d{1,3}[a-z]?(?: ?bis)?(?: [a-z](?= ))?"  # (stop 34) "55Bis"
    r"(?: (?:sur|norte|este|oeste))? ?(?:#|no\.|n[º°]\.?) ?"
    r"(?P<num>\d{1,3}[a-z]?(?: bis)?-\d{1,3}[a-z]?)(?![\w-])"
)
_CN_NUMBER: Final = re.compile(
    r"(?i)(?<!\w)no\. ?(?P<num>\d{1,5}[a-z]?) (?:[^\W\d_][\w'-]* ){0,3}"
    r"(?:road|rd\.?|street|st\.?|avenue|ave\.?|lu|lane|boulevard)(?!\w)"
)
_JP_BLOCK: Final = re.compile(r"\d(?<![\w/.-]\d)\d?-\d{1,2}-\d{1,3}(?![\w/-])(?= [^\W\d_])")
_JP_UNIT_BEFORE: Final = re.compile(r"(?<![\w#])#\d{1,4}[A-Za-z]? $")  # "#651 3-11-2 Tenjin"
_JP_SCRIPT: Final = re.compile(
    r"(?:〒 ?\d{3}-\d{4} ?)?[\u3005\u3040-\u30ff\u4e00-\u9fff]{2,30}?"
    r"\d{1,4}(?:[-\uff0d\u2212\u2010の]\d{1,4}){1,2}(?:号)?"
)
_JP_SCRIPT_PLACE: Final = re.compile("[都道府県市区町村郡]")
_GERMAN_PREPOSITION: Final = re.compile(
    r"(?<![\w'-])(?P<prep>(?i:am|im|zum|zur|an der|an den|auf der|auf dem|in der|in den"
    r"|unter den|hinter der|hinter dem|vor dem)) (?P<name>[^\W\d_][\w'-]+) \d{1,4}[a-zA-Z]?"
    r"(?![\w-])"
)
# Greek-script street names in text that is otherwise Latin: "Αγίου Νικολάου 39".
_GREEK_STREET: Final = re.compile(
    r"(?<!\w)(?:[\u0386-\u03ff][\u0370-\u03ff]+ ){0,2}[\u0386-\u03ff][\u0370-\u03ff]+ \d{1,4}"
    r"(?![\w.,]\d)"
)
_GREEK_LETTER: Final = re.compile("[\u0370-\u03ff]")
# A street name, a house number and a unit word after it: "Merced 895 dpto 35".
_NUMBER_THEN_UNIT: Final = re.compile(
    r"(?<![\w'-])(?P<name>(?:[^\W\d_][\w'\u2019-]* ){1,3})\d{1,5}[A-Za-z]?"
    r",? (?i:dpto|depto|apto|piso|int|of\.)\.? ?[\w-]{1,4}(?!\w)"
)
# Hungarian: the dot after the house number is written, a floor and door may follow
# ("III/2", "6. em. 6."), the town may come first after a label ("Pécs, Andrássy út 56.").
_HU_UPPER: Final = "A-ZÁÉÍÓÖŐÚÜŰ"
_HU_STREET: Final = re.compile(
    r"(?:(?:(?<=: )|(?<=\")|(?<=^)|(?<=\n)|(?<= is )|(?<= to )|(?<= at ))"
    r"(?P<city>[" + _HU_UPPER + r"][\w-]+), )?"
    r"(?<![\w-])(?:[" + _HU_UPPER + r"][\w.-]* ){1,3}(?i:út|utca|u\.|tér|körút|krt\.|köz|sor"
    r"|fasor|rakpart|sétány) \d{1,4}\."
    r"(?: (?:[IVX]{1,4}/\d{1,3}|\d{1,2}\. ?(?i:em)\. ?\d{1,3}\.|(?i:fsz)\. ?\d{1,3}\.))?"
    r"(?:(?:, | ?\n)(?P<zip>\d{4})(?!\d))?"
)
# Malaysian and Indonesian: the lot number before the street, "No. 43, Jalan Bukit Bintang".
_NO_BEFORE_STREET: Final = re.compile(
    r"(?i)(?<![\w.])no\. ?\d{1,5}[a-z]?, (?=(?:jalan|jln\.?|jl\.|lorong|persiaran|lebuh|taman) )"
)
# (stop 27) Singapore: a block and its street, then the floor and unit after "#" ("Blk 647
# Lorong Chuan, #19-79", "516 Bedok North Ave 3 #06-466"); the "#floor-unit" tells it.
_SG_BLOCK: Final = re.compile(
    r"(?<![\w.#-])(?P<blk>(?:Blk|BLK|blk|Block) )?\d{1,4}[A-Z]? (?P<word>[A-Z][\w'-]*)"
    r"(?: (?:[A-Z][\w'-]*|\d{1,3})){0,4},? #\d{1,3}-\d{1,4}[A-Z]?(?!\w)"
)
# (stop 27) A vCard's ADR holds post box; extended address; street; locality; region;
# postcode; country (RFC 6350, 6.3.1): its street part, when it holds a digit, is an address
# line ("ADR;TYPE=home:;;Lerchenfeld 219;Oldenburg;;;").
_VCARD_STREET: Final = re.compile(r"(?m)^ADR[^:\n]*:[^;\n]*;[^;\n]*;([^;\n]*\d[^;\n]*)(?=;|$)")
# Czech and Slovak street names are adjectives: "Lidická 67", "Vinohradská 12", "Národní 9"
# (a stem of four letters or more; no English word; not right after a capitalised word, where
# it may be a surname: "Jana Lidická 5").
_CZECH_STREET: Final = re.compile(
    r"(?<![\w'-])(?:[^\W\d_]{4,}(?:ská|cká|ého|ní|ná|SKÁ|CKÁ|NÍ|NÁ)|[^\W\d_]{3}(?:ská|SKÁ))"
    r" \d{1,4}(?:/\d{1,4})?(?:/[A-Za-z]|[a-zA-Z])?"
    r"(?![\w/-])"
)
_CAPITALISED_BEFORE: Final = re.compile(r"[A-Z\u00c0-\u00de][\w'-]* $")
# The value of an address key that is a street name and a number and nothing else:
# {"address1": "Masarykova 75"}, street="Vasilissis Sofias 110" (no other evidence needed).
_ADDRESS_KEY: Final = re.compile(
    r"(?i)(?<![\w])(?P<key>[a-z_]*address[a-z_0-9]*|addr\d?|adr|street[a-z_0-9]*|line_?1)"
    r"[\"']?\s*[:=]\s*[\"']"
)
_NOT_STREET_KEY: Final = re.compile(
    r"(?i)ip|mac|mail|url|web|host|wallet|server|ether|remote|bind|listen"
)
_STREET_VALUE: Final = re.compile(
    r"[^\W\d_][\w'.\u2019-]*(?: [^\W\d_][\w'.\u2019-]*){0,4} \d{1,5}[A-Za-z]?"
    r"(?:[/-]\d{1,4}[A-Za-z]?)?(?=[\"'])"
)
_HU_NOT_CITY: Final = frozenset(["address", "cím", "címe"])
# Chat words that are no street name ("im at merced 895 dpto 35").
_CHAT: Final = frozenset(["im", "i'm", "ur", "u", "r", "pls", "plz"])
# What may stand right before a Chinese "No. 88 ... Road": a field start, a unit, a cue.
_CN_BEFORE: Final = re.compile(r"(?i)(?:^|[,:;\n(\"]|\b(?:at|to|is|address))\s*$")


def _name_start(text: str, end: int, caseless: bool, limit: int = 3, one: bool = True) -> int:
    """Start of the name words right before ``end`` (a space before ``end`` is skipped)."""
    start = end
    pos = end
    common = common_words()
    stops = stop_words()
    for _ in range(limit):
        if pos < 2 or text[pos - 1] != " ":
            break
        word_start = pos - 1
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "'-."):
            word_start -= 1
        word = text[word_start : pos - 1]
        if not word or not word[0].isalpha():
            break
        lower = word.lower()
        if lower in stops or (lower in common and not caseless):
            break
        if not caseless and not word[0].isupper():
            break
        if caseless and one and start != end:
            break  # in caseless text one word, no more: "who lives at alsancak mah."
        start = pos = word_start
    return start


def format_anchors(text: str, lowered: str, caseless: bool) -> list[FormatAnchor]:
    """Every anchor of the formats above, sorted by start."""
    found: list[FormatAnchor] = []
    if "mah" in lowered or "mh." in lowered:
        for mah in _TR_MAH.finditer(text):
            match = _TR_STREET.match(text, mah.start())
            if match is None:
                continue
            start = _name_start(text, mah.start(), caseless or text[mah.start()].islower())
            if start == mah.start():
                continue  # a neighbourhood has a name
            unit = match.group("unit")
            walk_from = match.start("num") if not unit else match.end() - len(unit.split()[-1])
            found.append((start, walk_from, match.end(), False))
    if "nr." in lowered:
        for match in _NR_STREET.finditer(text):
            found.append((match.start(), match.start("num"), match.end(), False))
    if "-" in text and ("#" in text or "no." in lowered or "n°" in lowered or "nº" in lowered):
        for match in _CO_STREET.finditer(text):
            found.append((match.start(), match.start("num"), match.end(), False))
    if "no." in lowered:
        for match in _CN_NUMBER.finditer(text):
            if _CN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                found.append((match.start(), match.start(), match.end(), False))
    if text.count("-") >= 2:
        for match in _JP_BLOCK.finditer(text):
            start = match.start()
            unit = _JP_UNIT_BEFORE.search(text, max(0, start - 8), start)
            found.append((unit.start() if unit else start, start, match.end(), True))
    if not text.isascii() and _JP_SCRIPT_PLACE.search(text):
        for match in _JP_SCRIPT.finditer(text):
            if _JP_SCRIPT_PLACE.search(match.group()) and (
                match.group().startswith("〒")
                or match.start() == 0
                or not text[match.start() - 1].isalnum()
            ):
                found.append((match.start(), -1, match.end(), False))
    if (
        "Am " in text
        or "Im " in text
        or "AM " in text
        or "IM " in text
        or (caseless and ("am " in text or "im " in text))
        or " der " in lowered  # (an der, auf der, in der, hinter der)
        or " den " in lowered  # (an den, in den, unter den)
        or " dem " in lowered  # (auf dem, hinter dem, vor dem)
        or "zum " in lowered
        or "zur " in lowered
    ):
        for match in _GERMAN_PREPOSITION.finditer(text):
            if _german_name(match.group("prep"), match.group("name"), caseless):
                found.append((match.start(), match.start(), match.end(), False))
    if not text.isascii() and _GREEK_LETTER.search(text):
        greek = len(_GREEK_LETTER.findall(text))
        for match in _GREEK_STREET.finditer(text):
            if greek - len(_GREEK_LETTER.findall(match.group())) < 10:
                found.append((match.start(), match.start(), match.end(), False))
    if (
        "dpto" in lowered
        or "depto" in lowered
        or "apto" in lowered
        or "piso" in lowered
        or "int." in lowered
        or " int " in lowered
        or " of. " in lowered
    ):
        for match in _NUMBER_THEN_UNIT.finditer(text):
            words = match.group("name").split()
            start = match.start()
            while any(w.lower() in common_words() or w.lower() in _CHAT for w in words):
                start += len(words.pop(0)) + 1  # "lockbox at Merced 3820, Of. 464"
            while len(words) > 1 and len(words[0]) == 1 and words[0].islower():
                start += 2  # (stop 34) "llegó a Pasaje Quillay 716, depto.": a preposition
                words.pop(0)
            if words and _plain_name(words, caseless or words[0].islower()):
                found.append((start, start, match.end(), False))
    if "ADR" in text:
        for match in _VCARD_STREET.finditer(text):
            found.append((match.start(1), -1, match.end(1), False))
    if "#" in text and "-" in text:
        for match in _SG_BLOCK.finditer(text):
            word = match.group("word").lower()
            if match.group("blk") or (word not in common_words() and word not in english_words()):
                found.append((match.start(), match.start(), match.end(), False))
    if "no." in lowered and (
        "jal" in lowered or "jl" in lowered or "lorong" in lowered or "persiaran" in lowered
    ):
        for match in _NO_BEFORE_STREET.finditer(text):
            found.append((match.start(), match.start(), match.end(), False))
    # (Speed: the lower case of ASCII text is ASCII, and holds none of the words with accents.)
    ascii_text = text.isascii()
    if not ascii_text and (
        "ká " in lowered or "ní " in lowered or "ého " in lowered or "ná " in lowered
    ):
        for match in _CZECH_STREET.finditer(text):
            word = match.group().split(" ", 1)[0]
            lower = word.lower()
            if (
                (caseless or word[0].isupper())
                and lower not in english_words()
                and not _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start())
            ):
                found.append((match.start(), match.start(), match.end(), False))
    if (
        "utca " in lowered
        or " u. " in lowered
        or "krt. " in lowered
        or "sor " in lowered
        or "rakpart " in lowered
        or (
            not ascii_text
            and ("út " in lowered or "tér " in lowered or "köz " in lowered or "sétány " in lowered)
        )
    ):
        for match in _HU_STREET.finditer(text):
            city = match.group("city")
            if city and (city.lower() in common_words() or city.lower() in _HU_NOT_CITY):
                continue
            walk_from = match.start("zip") if match.group("zip") else -1
            found.append((match.start(), walk_from, match.end(), False))
    if ('":' in text or '="' in text or "':" in text or "='" in text) and (
        "addr" in lowered or "adr" in lowered or "street" in lowered or "line" in lowered
    ):
        for key in _ADDRESS_KEY.finditer(text):
            if _NOT_STREET_KEY.search(key.group("key")):
                continue
            value = _STREET_VALUE.match(text, key.end())
            if value is None:
                continue
            words = value.group().lower().split(" ")[:-1]
            if words[0] in stop_words() or (len(words) == 1 and words[0] in common_words()):
                continue  # {"address": "Version 2"}
            found.append((value.start(), value.start(), value.end(), False))
    found.sort()
    return found


def _german_name(prep: str, name: str, caseless: bool) -> bool:
    """Whether ``name`` after ``prep`` names a street ("Am Mühlbach", "AUF DER HEIDE", "unter
    den eichen"): written in the case of the preposition, and no English word or given name
    after a lower-case "am"/"im" ("i am home 5")."""
    if prep.isupper():
        cased_alike = name.isupper()
    elif prep[0].isupper():
        cased_alike = name[0].isupper() and not name.isupper()
    else:
        cased_alike = name.islower()
    lower = name.lower()
    if not cased_alike or lower in common_words():
        return False
    if prep in ("am", "im"):
        return caseless and lower not in english_words() and lower not in first_names()
    return True


def _plain_name(words: list[str], caseless: bool) -> bool:
    """Whether ``words`` name a street: capitalised (or caseless) and not English words."""
    common = common_words()
    stops = stop_words()
    first = words[0]
    if first.lower() in stops:
        return False
    if not caseless and not first[0].isupper():
        return False
    last = words[-1].lower()
    return last not in common or last in LEFT_WORDS


def apart_name_start(text: str, type_start: int, number_end: int) -> int:
    """Start of the street name before a street type written apart (``Königsberger Str. 36``,
    ``Rosenthaler Straße 125``, ``Kongens gate 89A``), or -1: one or two capitalised words (any
    words in caseless text), not English stop words, the one before the type no common English
    word ("Boarding gate 5"), and no measure after the number ("Platz 3 days")."""
    if type_start < 2 or text[type_start - 1] != " ":
        return -1
    after = text[number_end : number_end + 8]
    if after[:1].isalnum() or after.startswith(" days") or after.startswith(" min"):
        return -1
    previous = text.rfind(" ", 0, type_start - 1) + 1
    caseless = text.islower() or text[previous].islower()
    start = _name_start(text, type_start, caseless, limit=2, one=False)
    if start >= type_start:
        return -1
    named = text[start : type_start - 1].split(" ")
    if caseless and len(named) == 2 and named[0].lower() in common_words():
        start += len(named[0]) + 1  # "near dunajska cesta 21": a query word is no name
    nearest = text[start : type_start - 1].split(" ")[-1].lower()
    rare_type = text[type_start:number_end].split(" ", 1)[0].lower() in RARE_APART_TYPES
    words = common_words() if rare_type else english_words()  # "Rothschild Blvd 14"
    if nearest in words and nearest not in LEFT_WORDS:
        return -1  # "Boarding gate 5"
    return start


def bare_street_type(word: str) -> bool:
    """Whether ``word`` (lower case) is a road type that a number alone follows."""
    return word in ROADS_NAMED_BY_NUMBER
