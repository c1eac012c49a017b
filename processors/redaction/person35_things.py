"""(Stop 35, from set 32's even half) Person look-alikes named by the words around them:

- a bot or a robot: a name before "bot", "the HR bot", "(the bank bot)", "the robot", "the
  chatbot", "from billing (a bot)" ("Maria the assistant manager" stays), and one word
  ending in "bot" of no surname list, five letters or more before it ("Dependabot";
  "Talbot", "Cabot" stay);
- a pet: a name after "our cat", "my dog", "the puppy" and the like, or the name of a "pet"
  record (``{"pet": {"name": "Churro"``), with a title pets are given too ("Our cat Miss
  Purrington"); (stop 43) one word on a line of an animal's papers (species, breed,
  microchip, neutered) or that "has his jabs" on a line that names the vet's;
- a district, a village or an estate by its word (``Quartier Guéliz``, ``Barrio Belén``,
  ``Valle del Cauca``, ``Ikeja LGA``, ``Hanbit Maeul``);
- a run of a sentence in Swahili, Polish or Dutch (``Habari zenu, ... iko wazi leo?``,
  ``Beste buren,``): a span that holds a function word of one of these languages in lower
  case, in a text with two of that language's words (the Indonesian words of stop 34 are read
  the same way, in :mod:`person34_things`).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import surname_words
from processors.redaction.substrings import EndCues

__all__ = ["bot_pet_or_foreign_words"]

_BOT_AFTER: Final = re.compile(
    r" (?:\(?the (?:[\w-]+ ){0,2}(?:bot|robot|chatbot)\b\)?|bot\b"
    r"|(?:from [\w ]{1,20} )?\((?:a|the) (?:[\w-]+ )?(?:bot|robot|chatbot)\)"
    # (stop 36) "Vera (AI assistant)", "Celia (virtual agent)", "Zoe (chat helper)"
    r"|\((?:an? |the )?(?:(?:AI|virtual|digital|automated|voice) (?:assistant|agent|helper|bot)"
    r"|chat (?:assistant|helper|bot))\))"
)
# (stop 36) the words a _BOT_AFTER match holds one of (a cheap gate before the regex)
_BOT_WORDS: Final = ("bot", "assistant", "agent", "helper")
# (stop 36) a pet's kind after its name: "Princess Snugglepaws the shop cat"
_PET_AFTER: Final = re.compile(
    r",? the (?:[\w-]+ )?(?:cat|dog|kitten|puppy|parrot|hamster|rabbit|bunny|tortoise|goldfish"
    r"|budgie|ferret|pony|kitty)\b"
)
# (a title that pets are given too: "Our cat Miss Purrington", "Lady Fluffbottom")
_PET_TITLES: Final[tuple[str, ...]] = (
    "Mr", "Mrs", "Miss", "Ms", "Lady", "Lord", "Sir", "Captain", "Dr", "Professor", "Sergeant"
)  # fmt: skip
_PET_TITLE: Final = r"(?:(?:" + "|".join(_PET_TITLES) + r")\.? )?"
_PETS: Final[tuple[str, ...]] = (
    "cat", "dog", "kitten", "puppy", "pup", "parrot", "hamster", "rabbit", "bunny", "pony",
    "tortoise", "goldfish", "budgie", "ferret", "guinea pig", "gerbil", "horse", "kitty", "doggo",
    "pet",
)  # fmt: skip
_PET_BEFORE: Final = re.compile(
    r"(?i:\b(?:our|my|the|his|her|their) (?:old |new |little |rescue )?(?:"
    + "|".join(_PETS)
    + ") )"
    + _PET_TITLE
    + "$"
)
# (speed) What a match of _PET_BEFORE ends with before its last space, in any case (a gate,
# see substrings.EndCues).
_PET_BEFORE_ENDS: Final = EndCues(
    _PETS + tuple(title + dot for title in _PET_TITLES for dot in ("", ".")), True
)
_PET_RECORD: Final = re.compile(
    r"(?:[\"']pet[\"']\s*:\s*\{\s*[\"']name[\"']\s*:\s*[\"']"
    # (stop 36) a YAML pet record: "pet:\n  name: Lady Purrington"
    r"|\bpet:[ \t]*\n[ \t]+name:[ \t]*[\"']?)" + _PET_TITLE + "$"
)
# Function words of the languages of chat that sets 31 and 32 hold (our own lists): words
# that no name list holds as written in lower case.
# Words that open or end the name of a district, a village or an estate ("Quartier Guéliz",
# "Barrio Belén", "Valle del Cauca", "Ikeja LGA", "Hanbit Maeul").
_PLACE_HEADS: Final = frozenset(
    ["quartier", "r\u00e9sidence", "residence", "barrio", "valle", "urbanizaci\u00f3n", "urb.",
     "colonia", "kelurahan", "kampung", "desa", "mahalla", "bairro", "lotissement", "cit\u00e9",
     "regi\u00f3n", "provincia", "prov\u00edncia", "departamento", "municipio", "distrito",
     "comuna", "wilaya"]
)  # fmt: skip
_PLACE_TAILS: Final = frozenset(["lga", "maeul", "village", "estate", "township", "municipality"])
_SWAHILI: Final = frozenset(
    ["iko", "wazi", "leo", "habari", "zenu", "yako", "tuma", "pesa", "kwa", "tafadhali",
     "asante", "sana", "nzuri", "ilikuwa", "hii", "hiyo", "kesho", "sasa", "bado", "karibu",
     "ulifika", "haraka", "huduma", "wapi", "nini", "lini", "ndiyo", "hapana"]
)  # fmt: skip
_POLISH: Final = frozenset(
    ["m\u00f3j", "moja", "moje", "nowy", "nowa", "nowe", "adres", "jest", "si\u0119", "nie",
     "tak", "numer", "wpadnij", "prosz\u0119", "dla", "czy", "ju\u017c", "jutro", "dzi\u015b",
     "gdzie", "kiedy", "bardzo", "dzi\u0119ki"]
)  # fmt: skip
_DUTCH: Final = frozenset(
    ["beste", "buren", "valt", "dit", "jaar", "tot", "dan", "het", "een", "niet", "ook",
     "graag", "bedankt", "wij", "jullie", "zijn", "wordt", "naar", "voor", "welkom", "groetjes",
     "hoi"]
)  # fmt: skip
_FUNCTION_WORDS: Final = (_SWAHILI, _POLISH, _DUTCH)


# (stop 43, set 41) Words of a line that speak of an animal's papers: a one-word name on it is
# the animal's ("vet.chipscan 985... species=canine name=Alfie", "microchip ... on the card").
_PET_LINE_WORDS: Final = ("species", "breed", "microchip", "chipscan", "neutered", "spayed")
_JABS_AFTER: Final = re.compile(r" (?:has|had|needs|is due) (?:his|her|its) (?:jabs|booster)\b")


def _pet_line(text: str, start: int, end: int) -> bool:
    """(stop 43) The name's line speaks of an animal's papers, or the name has its jabs at
    the vet's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].lower()
    if any(word in line for word in _PET_LINE_WORDS):
        return True
    # (people have jabs too: only at the vet's)
    return "vet" in line and _JABS_AFTER.match(text, end) is not None


def bot_pet_or_foreign_words(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    if " " in value:
        lower = value.lower()
        head, tail = lower[: lower.find(" ")], lower[lower.rfind(" ") + 1 :]
        if head in _PLACE_HEADS or tail in _PLACE_TAILS:
            return True
    if " " not in value and value.lower().endswith("bot") and len(value) >= 8:
        return value.lower() not in surname_words()
    after = text[end : end + 40]
    if any(word in after for word in _BOT_WORDS) and _BOT_AFTER.match(text, end) is not None:
        return True
    if " the " in after[:24] and _PET_AFTER.match(text, end) is not None:
        return True
    if " " not in value and _pet_line(text, start, end):
        return True
    before = text[max(0, start - 32) : start]
    if (_PET_BEFORE_ENDS.may_end(before) and _PET_BEFORE.search(before) is not None) or (
        "pet" in before and _PET_RECORD.search(before) is not None
    ):
        return True
    return _foreign_words(text, value)


def _foreign_words(text: str, value: str) -> bool:
    """A lower-case word of ``value`` is a function word of a language two of whose words
    the text holds."""
    spoken = [word for word in value.split(" ") if word.islower()]
    if not spoken:
        return False
    lowered = f" {text.lower()} "
    for words in _FUNCTION_WORDS:
        if any(word in words for word in spoken):
            held = 0
            for word in words:
                if f" {word} " in lowered or f" {word}," in lowered:
                    held += 1
                    if held >= 2:
                        return True
    return False
