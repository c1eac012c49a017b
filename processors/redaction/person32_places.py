"""(Stop 32, from set 27's even half) Person look-alikes that their words or their context
name as a work, a product, an occasion, a firm, a team or a herb:

- a capitalised English word of no name or title list right before a listed given name,
  after a lower-case word that introduces no person or a past-tense verb opening the
  sentence (``just finished Ask Leopoldine``, ``Watched Neon Gertrude here``, ``happy Harvest
  Hilda everyone``): people's names follow titles ("Miss", "Frau", "Coach"), not "Neon";
  after "for", "to", "hi", "customer" and the like the run stays a name;
- a side of "X & Y" where both are capitalised words, neither a listed given name, one an
  English word, and no verb of people follows (``Brindle & Harrow replaced it``);
- a run of English words before a verb of software failing (``User reports Pixel Badger
  crashes on startup``);
- a run before a possessive and a capitalised word of firms or groups (``Sister Imelda's
  Choir``, ``Mama Rosa's Kitchen``);
- a lower-case handle ending in a word of teams (``"owner": "netops"``, ``devteam``);
- a lower-case herb or spice beside another (``rosemary and thyme``).

Our own lists.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from processors.redaction.lexicon import english_words, first_names, surname_words
from processors.redaction.name_contexts import organisation_run

__all__ = ["named_work_firm_team_or_herb"]

# Words that stand before a person's name in a capitalised run and are English words.
_TITLES: Final = frozenset(
    ["miss", "mister", "master", "madam", "madame", "sister", "brother", "father", "mother",
     "aunt", "auntie", "uncle", "nurse", "coach", "captain", "chef", "pastor", "officer",
     "doctor", "professor", "judge", "sir", "lady", "lord", "dame", "saint", "king", "queen",
     "prince", "princess", "sergeant", "detective", "agent", "inspector", "councillor",
     "senator", "governor", "president", "rabbi", "imam", "reverend", "bishop", "deacon",
     "elder", "cousin", "grandma", "grandpa", "granny", "nana", "papa", "mama", "baby",
     "little", "big", "old", "young", "dear", "dearest", "poor", "late", "general", "major",
     "private", "corporal", "colonel", "admiral", "chief", "director", "manager", "sheriff",
     "mayor", "principal", "dean", "mrs", "mr", "ms", "dr", "st", "mx", "frau", "herr",
     "signora", "signor", "señor", "señora", "senor", "senora", "don", "doña", "dona",
     "monsieur", "mademoiselle", "pan", "pani", "sensei", "team", "customer", "client",
     "user", "guest", "patient", "tenant", "driver", "courier", "technician"]
)  # fmt: skip
# Lower-case words after which a capitalised run is a person's name more often than a thing's:
# particles, prepositions of people, verbs of contact, greetings, roles.
_PERSON_BEFORE: Final = frozenset(
    ["de", "di", "da", "du", "do", "dos", "van", "von", "der", "den", "del", "della", "la",
     "le", "el", "al", "bin", "ibn", "for", "to", "with", "from", "by", "and", "or", "cc",
     "bcc", "met", "meet", "called", "call", "emailed", "email", "asked", "ask", "told",
     "tell", "thanks", "thank", "thx", "ty", "hi", "hey", "hello", "dear", "customer",
     "client", "patient", "contact", "user", "tenant", "guest", "member", "applicant",
     "student", "teacher", "colleague", "friend", "son", "daughter", "wife", "husband",
     "mum", "mom", "dad", "sister", "brother", "boss", "manager", "agent", "nurse", "doctor",
     "host", "owner", "landlord", "neighbour", "neighbor", "cousin", "uncle", "aunt", "is",
     "was", "am", "named", "name", "nombre", "per", "via", "ping", "attn"]
)  # fmt: skip
_SENTENCE_ENDS: Final = ".!?:;\n\"'("
_RUN_WORD: Final = re.compile(r"[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*")
_ORGANISATION_AFTER: Final = re.compile(r"['\u2019]s ([A-Z][^\W\d_]+)\b")
_TEAM_ENDS: Final[tuple[str, ...]] = ("ops", "team", "squad", "crew", "guild", "desk")
_HERBS: Final = frozenset(
    ["rosemary", "basil", "sage", "ginger", "thyme", "parsley", "saffron", "cinnamon",
     "nutmeg", "clove", "cloves", "oregano", "marjoram", "mint", "dill", "fennel", "chive",
     "chives", "tarragon", "lavender", "juniper", "cumin", "paprika", "pepper", "garlic",
     "bay", "coriander", "cilantro", "cardamom", "turmeric", "vanilla", "olive", "olives"]
)  # fmt: skip
_PEOPLE_VERB_AFTER: Final = re.compile(
    r" (?:are|were|r|have|had|got|just|will|both|'re|\u2019re|'ve|\u2019ve|say|said|went"
    r"|came|live|lived|met|married)\b"
)
_FAILING_AFTER: Final = re.compile(
    r" (?:crashes|crashed|keeps crashing|freezes|froze|hangs|won't (?:open|load|start|sync)"
    r"|stopped working|fails to (?:open|load|start|sync))\b"
)
_HERB_JOINERS: Final[tuple[str, ...]] = (" and ", ", ", " & ", " or ")
_MAX_RUN_WORDS: Final = 6


def named_work_firm_team_or_herb(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    if value[:1].isupper():
        if _english_word_before_given_name(text, start, end):
            return True
        if " " not in value and _firm_of_two_surnames(text, start, end):
            return True
        if _product_failing(text, end) and all(
            word.lower() in english_words() for word in value.split(" ")
        ):
            return True
        after = _ORGANISATION_AFTER.match(text, end)
        return after is not None and organisation_run(after.group(1))
    if " " in value or not value.islower():
        return False
    if value.endswith(_TEAM_ENDS) and len(value) > 4 and value not in first_names():
        return True
    return value in _HERBS and _beside_herb(text, start, end)


def _english_word_before_given_name(text: str, start: int, end: int) -> bool:
    """Inside a sentence, a capitalised English word of no name list stands right before a
    listed given name, in the span or just before it (module docstring)."""
    words: list[tuple[int, str]] = []
    if start > 2 and text[start - 1] == " ":
        word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        # (speed: _RUN_WORD opens with a capital of A-Z, tested before the regex)
        if "A" <= text[word_start] <= "Z" and _RUN_WORD.fullmatch(text, word_start, start - 1):
            words.append((word_start, text[word_start : start - 1]))
    at = start
    while len(words) < _MAX_RUN_WORDS:  # (the span's words)
        if at >= end or not ("A" <= text[at] <= "Z"):
            break  # (speed: a match from there would end after the span, or is none)
        match = _RUN_WORD.match(text, at)
        if match is None or match.end() > end:
            break
        words.append((match.start(), match.group()))
        at = match.end() + 1
    for (position, word), (_, following) in pairwise(words):
        if (
            following.lower() in first_names()
            and _english_not_name(word)
            and _thing_cue_before(text, position)
        ):
            return True
    return False


def _thing_cue_before(text: str, at: int) -> bool:
    """The word before ``text[at:]`` is a lower-case word that introduces no person ("happy",
    "finished", "during"), or a past-tense verb opening the sentence ("Watched")."""
    if at < 2 or text[at - 1] != " ":
        return False
    word_start = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
    word = text[word_start : at - 1]
    if not word.isalpha() or len(word) < 2:
        return False
    if word.islower():
        return word not in _PERSON_BEFORE
    return word.endswith("ed") and word[1:].islower() and _opens_sentence(text, word_start)


def _firm_of_two_surnames(text: str, start: int, end: int) -> bool:
    """The one-word span is a side of "X & Y", both capitalised words, neither a listed
    given name, one an English word, and no verb of people follows ("Brindle & Okafor
    replaced it"; not "Zarvelle & Qingmiao are moving")."""
    if text.startswith(" & ", end):
        first_start, first_end = start, end
        second_end = _word_end(text, end + 3)
        second_start = end + 3
    elif text.endswith(" & ", 0, start):
        second_start, second_end = start, end
        first_start = text.rfind(" ", 0, start - 3) + 1
        first_end = start - 3
    else:
        return False
    first, second = text[first_start:first_end], text[second_start:second_end]
    if not (first[:1].isupper() and second[:1].isupper() and first.isalpha() and second.isalpha()):
        return False
    if first.lower() in first_names() or second.lower() in first_names():
        return False
    if first.lower() not in english_words() and second.lower() not in english_words():
        return False  # ("Ordered for Ebiere & Otgonbayar": firms pair English words)
    return _PEOPLE_VERB_AFTER.match(text, second_end) is None


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _product_failing(text: str, end: int) -> bool:
    """A verb of software failing follows ("Pixel Badger crashes on startup")."""
    return _FAILING_AFTER.match(text, end) is not None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


def _english_not_name(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 2
        and lower in english_words()
        and lower not in _TITLES
        and lower not in first_names()
        and lower not in surname_words()
    )


def _beside_herb(text: str, start: int, end: int) -> bool:
    for joiner in _HERB_JOINERS:
        if text.startswith(joiner, end):
            after = text[end + len(joiner) :].split(" ", 1)[0].strip(",.!?")
            if after in _HERBS:
                return True
        if text.endswith(joiner, 0, start):
            before = text[: start - len(joiner)].rpartition(" ")[2]
            if before in _HERBS:
                return True
    return False
