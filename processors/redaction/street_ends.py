"""Where a street address ends once its postal code or country has been written (set 10 round).

An address is written street first and postal code, town and country last, in every format the
redactor reads: after the part that holds the postal code (``2000 Maribor``, ``Toowoomba QLD
4350``, ``Whitby YO21 9HG``, ``..., Durban, 4001``) only a country, a region in brackets or
another postal part may follow. So the walk's span is cut:

* in a part whose postal code comes last (``QLD 4350``, ``Auckland 1011``, ``NE46 6LR``,
  ``90327-508``), after the code (``... qld 4350 zillow``), unless a country follows it;
* in a part whose postal code comes first (``35069 marburg``), at a lower-case word after the
  town in text with capitals (``73187 Lecce (LE) two days early``, ``75019 Paris svp``; not a
  particle: ``Frankfurt am Main``) or a common English word in caseless text (``... marburg
  flood zone``; not ``novi sad``, a place name), also in a caseless query without commas
  (``12 rue de la paix 75002 paris horaires``);
* at the next line after a one-line address, unless that line is a country, a postal code or
  a street line (``..., 2000 Maribor\\nAmr``: a signature follows), and at a handling label in
  capitals after a multi-line one (``02882 Görlitz\\nFRAGILE``; ``\\nPulau Pinang`` stays);
* at the next comma part after it when that part is common English words
  (``..., 4001, door code is 840``; not ``, Metro Manila``);
* after a country that ends the address (``..., spain zillow``, ``..., usa, door code``);
* at the dot of a road type's abbreviation before a capitalised function word that ends the
  span (``22 Baker St. It's near``, ``12 Elm Rd. The``): a new sentence starts there.

A one-line address of three or more comma parts whose last part is a town (no digit, no road or
unit word) is closed as well: the line after it is a signature, not an address line
(``Plot 248 Lumumba Avenue, Kololo, Kampala\\nPei-shan``).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import (
    common_words,
    english_words,
    first_names,
    place_names,
    stop_words,
)

# A part of the span: the text between commas and line breaks.
_PART: Final = re.compile(r"[^,\n]+")
# A postal code written after the town or state: US/AU/CA state + ZIP ("QLD 4350", "mt 59807",
# "AL 36663-1234"), a town + 4-6 digits ("Auckland 1011", "Lahore 54660", "Kolkata - 700010"),
# a Brazilian CEP ("90327-508"), a UK postcode ("NE46 6LR"), a Canadian one ("S7K 7W6") and an
# Irish Eircode ("V92 P8AV").
_POSTAL_LAST: Final = re.compile(
    r"(?i)(?<=[^\W\d_])(?:\.? | - )(?P<code>\d{4,6}(?:-\d{3,4})?)(?![\w-])"
    r"|(?<![\w-])(?P<cep>\d{5}-\d{3})(?![\w-])"
    r"|(?<![\w-])(?P<uk>[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]\d[a-z] ?\d[a-z]\d"
    r"|[a-z]\d{2} ?[a-z\d]{4})(?![\w-])"
)
# A postal code written before the town: "2000 Maribor", "9101 GS Deventer", "77-948 rzeszów",
# "1000-001 Lisboa", "L-5226 Esch-sur-Alzette", "CH-8001 Zürich"; or a part that is a bare code.
_POSTAL_FIRST: Final = re.compile(
    r"(?i)\s*(?:[a-z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3} \d{2})(?![\w-])"
    r"(?: +[a-z]{2}(?= +\S))?"  # (a Dutch code's letters: "1015 CX Amsterdam")
)
# A road type's abbreviation, its dot and one capitalised word at the end of the span: the
# word starts a sentence when it is a function word ("22 Baker St. The park", "Rd. It's").
_ABBREVIATION_THEN_WORD: Final = re.compile(
    r"(?<![^\W\d_])(?i:st|rd|ave|av|dr|ln|blvd|ct|pl|sq|cres|tce|hwy|pkwy)(?P<dot>\.) "
    r"(?P<word>[A-Z][a-z]*(?:['\u2019][a-z]+)?)"
)
# A postal code written first inside a one-line street and town ("... paix 75002 paris").
_CODE_IN_LINE: Final = re.compile(r"(?<=[^\W_] )\d{4,5}(?= [^\W\d_])")
# A Brazilian state after its town, before the CEP ("Recife - PE, 81726-631").
_STATE_BEFORE: Final = re.compile(r" - [A-Za-z]{2},$")
# A country's ISO code on a line of its own after the town ("35002 Marburg\nDE").
_ISO_CODE: Final = re.compile(r"[A-Z]{2,3}")
_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019-]*")
_DIGIT: Final = re.compile(r"\d")
# Road and unit words: a part holding one is a street or unit line, never the postal part
# ("4500 Sunset Blvd", "Suite 1200"). A short list of its own (the address module's list is
# not to be edited here): the common road and unit words of the formats above.
_ROAD_OR_UNIT: Final = frozenset(
    ["street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "way",
     "court", "ct", "place", "pl", "square", "sq", "boulevard", "blvd", "boul", "crescent",
     "cres", "close", "terrace", "tce", "parade", "pde", "parkway", "highway", "hwy", "route",
     "grove", "walk", "row", "rue", "allée", "chemin", "via", "viale", "corso", "piazza", "rua",
     "calle", "camino", "plaza", "paseo", "avenida", "str", "weg", "gate", "gata", "ul", "ulica",
     "apt", "apartment", "suite", "unit", "floor", "flat", "box", "building", "bldg", "block",
     "blk", "room", "level", "lot", "plot", "house", "no", "nr", "bus", "piso", "dpto", "apto",
     "jalan", "jl", "lgh", "depto", "esc", "marg", "salai", "cesta", "straße", "strasse", "laan",
     "straat", "gracht", "kade", "plein", "vej", "vei", "platz", "gasse", "allee", "đường", "phố",
     "derb"]
)  # fmt: skip
_ROAD_ENDINGS: Final[tuple[str, ...]] = (
    "straße", "strasse", "weg", "laan", "straat", "plein", "vej", "vei", "veien", "gata", "gatan",
    "vägen", "katu", "gade", "utca", "gasse", "allee", "platz",
)  # fmt: skip
# Words after a postal code that still name the town, though English ("Frankfurt am Main"
# is capitalised and so never cut; these are the lower-case particles of town names).
_TOWN_PARTICLES: Final = frozenset(
    ["de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "lès", "sous", "sur",
     "en", "am", "an", "im", "der", "den", "vor", "ob", "bei", "zu", "von", "van", "aan", "op",
     "upon", "on", "y", "i", "e", "sobre"]
)  # fmt: skip


# First words of towns of two or more words ("san sebastián", "bad homburg", "novi sad").
_TOWN_PREFIXES: Final = frozenset(
    ["san", "santa", "santo", "são", "saint", "sainte", "st", "ste", "sankt", "bad", "den",
     "la", "le", "les", "las", "los", "el", "il", "novi", "nowy", "nowa", "nova", "novo",
     "stary", "stara", "new", "port", "porto", "puerto", "mont", "villa", "castel", "ciudad",
     "great", "north", "south", "east", "west", "upper", "lower", "sint", "den", "hoek", "alphen"]
)  # fmt: skip


def street_end(text: str, start: int, end: int) -> int:
    """Where the address ``text[start:end]`` ends by the rules in the module docstring."""
    space = text.rfind(" ", start, end)
    if space > start + 2 and text[space - 1] == "." and text[space + 1 : space + 2].isupper():
        sentence = _ABBREVIATION_THEN_WORD.search(text, max(start, space - 6), end)
        if sentence is not None and sentence.end() == end:
            word = sentence.group("word").lower()
            if word.split("'")[0] in stop_words() and word not in first_names():
                return sentence.start("dot")  # "22 Baker St. It's near": a new sentence
    if text.find(",", start, end) < 0 and text.find("\n", start, end) < 0:
        # One part: only a caseless query without commas has a town to end ("12 rue de la
        # paix 75002 paris horaires").
        return _query_line_end(text, start, end) if text.islower() else end
    caseless = text.islower()
    closed = False  # a postal part or a country has been passed
    closed_on_first_line = False
    first_line = True
    line_commas = 0
    last_part_town = False
    previous_has_digit = True
    index = 0
    for part in _PART.finditer(text, start, end):
        part_start = part.start()
        separator = text[part_start - 1] if part_start > start else ""
        if separator == "\n":
            if not closed and first_line and line_commas >= 2 and last_part_town:
                closed = closed_on_first_line = True  # "..., Kololo, Kampala\nPei-shan"
            first_line = False
            line_commas = 0
        elif separator == ",":
            line_commas += 1
        part_text = part.group()
        words = part_text.split()
        if not words:
            continue
        lowered = part_text.lower().split()
        if "." in part_text or "(" in part_text:
            lowered = [word.strip(".()") for word in lowered]
        if closed:
            country = _country_words(lowered)
            if country:
                if country == len(lowered) or words[country][:1] == "(":
                    continue  # "..., Spain", "\nBelgium", "\nCyprus (Greek)"
                return _word_end(text, part_start, part.end(), country)  # "spain zillow"
            if _ISO_CODE.fullmatch(part.group().strip()):
                continue  # "\nDE": a country code on its own line
            postal = _postal_cut(text, part_start, part.end(), caseless, index >= 2)
            if postal >= 0:
                if postal < part.end():
                    return postal
                continue  # "\nCV32 5LL", "\n755 54 Uppsala": another postal part
            if separator == "\n":
                street_line = words[0][0].isdigit() or _has_road_word(lowered)
                if (closed_on_first_line and not street_line) or _label_word(part_text):
                    return part_start - 1  # "\nAmr" after a one-line address, "\nFRAGILE"
                continue  # "\nPulau Pinang": a state under the town line
            if part.group().lstrip()[:1] == "(":
                continue  # "(LE)": a region in brackets
            if _all_common(lowered):
                return part_start - 1  # ", door code is 840"
            continue  # ", Co. Kerry", ", Metro Manila": a region
        road = _has_road_word(lowered)
        has_digit = _DIGIT.search(part_text) is not None
        later = index > 0
        index += 1
        last_part_town = not road and not has_digit and "." not in part.group()
        if later and not road:
            country = _country_words(lowered)
            if country:
                if country < len(lowered) and not has_digit and words[country][:1] != "(":
                    # "spain zillow": the country ends the address
                    return _word_end(text, part_start, part.end(), country)
                closed = True
                closed_on_first_line = first_line
                continue
            bare_code = index >= 3 and not previous_has_digit  # (index counts this part)
            cut = -1  # (every postal code has a digit)
            if has_digit:
                cut = _postal_cut(text, part_start, part.end(), caseless, bare_code)
            if cut >= 0:
                if cut < part.end():
                    return cut
                closed = True
                closed_on_first_line = first_line
        previous_has_digit = has_digit
    return end


def _query_line_end(text: str, start: int, end: int) -> int:
    """A caseless one-part address ending the text: the town after a postal code written
    first, after a road word, ends as in _town_end."""
    if text[end:].strip(" .!?"):
        return end
    code = _CODE_IN_LINE.search(text, start, end)
    if code is None or not _has_road_word(text[start : code.start()].split()):
        return end
    return _town_end(text, code.end(), end, True)


def _has_road_word(lowered: list[str]) -> bool:
    if not _ROAD_OR_UNIT.isdisjoint(lowered):
        return True
    for word in lowered:  # noqa: SIM110 (a plain loop: no generator per call)
        if len(word) > 5 and word.endswith(_ROAD_ENDINGS):
            return True
    return False


def _country_words(lowered: list[str]) -> int:
    """How many of the first words of a part name a country (0 when they do not)."""
    if lowered[0] not in _country_first_words():
        return 0
    countries = country_names()
    for count in (3, 2, 1):
        if len(lowered) >= count and " ".join(lowered[:count]) in countries:
            return count
    return 0


@functools.cache
def _country_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in country_names())


def _word_end(text: str, start: int, end: int, count: int) -> int:
    """The end of the ``count``-th word of ``text[start:end]``."""
    position = start
    for match in _WORD.finditer(text, start, end):
        position = match.end()
        count -= 1
        if count == 0:
            break
    return position


def _postal_cut(text: str, start: int, end: int, caseless: bool, bare_code: bool) -> int:
    """For a part after the street line: -1 if it holds no postal code, else where the address
    ends in it (``end`` when all of it belongs to the address)."""
    first = _POSTAL_FIRST.match(text, start, end)
    if first is not None and _STATE_BEFORE.search(text, max(0, start - 8), start):
        first = None  # "Recife - PE, 81726-631": after the state the CEP is last (Brazil)
    if first is not None:
        if first.end() == end:
            # a bare code: "..., Durban, 4001" (not "rua x, 1553, ...": a house number)
            return end if bare_code else -1
        return _town_end(text, first.end(), end, caseless)
    last = _POSTAL_LAST.search(text, start, end)
    if last is None:
        return -1
    code_end = last.end()
    rest = text[code_end:end].split()
    if not rest:
        return end
    lowered = [word.lower().strip(".()") for word in rest]
    country = _country_words(lowered)
    if country == len(lowered):
        return end  # "QLD 4350 Australia"
    if country:
        return _word_end(text, code_end, end, country)
    return code_end  # "toowoomba qld 4350 zillow"


def _town_end(text: str, start: int, end: int, caseless: bool) -> int:
    """Where the town after a postal code ends: at a lower-case common English word after its
    first word that does not continue a place name (``novi sad`` is one); in a caseless text
    that ends there (a search query), at any word after a one-word town (``17030 girona
    zillow``) but a particle, a country or the rest of a place name (``20001 san sebastián``)."""
    previous = ""
    query_end = caseless and not text[end:].strip(" .!?")
    for seen, match in enumerate(_WORD.finditer(text, start, end)):
        word = match.group()
        lower = word.lower()
        if (
            query_end
            and seen
            and len(word) > 2
            and text[match.start() - 1] != "("
            and previous not in _TOWN_PREFIXES
            and previous not in _TOWN_PARTICLES
            and lower not in _TOWN_PARTICLES
            and lower not in country_names()
            and f"{previous} {lower}" not in place_names()
        ):
            return match.start()
        if seen and lower not in _TOWN_PARTICLES and f"{previous} {lower}" not in place_names():
            if not caseless and word.islower() and len(word) > 1:
                return match.start()  # "75019 Paris svp": in cased text a town is capitalised
            if (
                caseless
                and len(word) > 2
                and lower in common_words()
                and lower not in country_names()
            ):
                return match.start()  # "35069 marburg flood zone"
        previous = lower
    return end


def _all_common(lowered: list[str]) -> bool:
    """Whether a part after the postal code is English words (and numbers) only, one of them
    longer than two letters: ``door code is 840`` (not ``Metro Manila``, ``ca``)."""
    long_word = False
    for word in lowered:
        if word.isdigit():
            continue
        if word not in common_words() or word in country_names():
            return False
        long_word = long_word or len(word) > 2
    return long_word


def _label_word(line: str) -> bool:
    """A handling label on the line after a multi-line address: one English word in capitals
    (``FRAGILE``, ``URGENT``) that names no place."""
    word = line.strip()
    lower = word.lower()
    return (
        word.isupper()
        and word.isalpha()
        and len(word) > 3
        and lower in english_words()
        and lower not in country_names()
        and lower not in place_names()
    )
