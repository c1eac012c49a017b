"""(Stop 35, from set 32's even half) Names greeted, called or joined in ways the older rules
do not read:

- a name after a greeting or thanks of another language, with an honorific between
  (``Cześć tsjerk,``, ``Dzięki boldo!``, ``Mambo emese,``, ``Sawasdee khun ladidi,``,
  ``Annyeong rivo!``, ``Asante sana wanjiru,``), or (stop 37) "to" after a thanks
  (``Muito obrigado à Kobina da recepção``, ``gracias a Ana,``); the greeting opens the text,
  a line or a sentence, and "," or "!" closes the name (one or two words), or (stop 37) "da",
  "de" or "do" and a lower-case word ("from the ...");
- a name in capitals opening a chat message before a question, a plea or "you" (``ZOUA where
  is my charger``): one word of four letters or more, of no English list, with two vowels
  and no letter written three times ("NOOO");
- two lower-case names joined by "and" after an edge, before a verb of people
  (``reminder: hasini ekanayake and nokuthula mabaso owe rent``);
- one capitalised word after "; " or " and " before a verb only people do (``; Mahina is on
  site``, ``and Tshilaba just shrugged``).

Every word passes :func:`person34_words.lone_name_word` (no English list, no code or chat
word, no English suffix or plural, a vowel) or, after a greeting, is a listed given name. The
greetings are our own list of common greetings and thanks of 30 languages, written as people
type them in Latin letters.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import city_names
from processors.redaction.person34_words import (
    LOW_RUN,
    lone_name_word,
    lone_or_listed_name_word,
    name_words_ok,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    holds_word,
    lower_words,
    opening_matches,
)

__all__ = ["greeted35", "greeted35_after_redaction"]

_FIRED: Final = FiredGates()  # (greeted35's last text: see greeted35_after_redaction)

_GREETING_WORDS: Final = (
    "cze\u015b\u0107|czesc|dzi\u0119ki|dzieki|dzi\u0119kuj\u0119|mambo|jambo|habari|sasa"
    "|asante(?: sana)?|sawasdee|sawadee|sawatdee|annyeong(?:haseyo)?|salam|salaam|selam"
    "|merhaba|shalom|namaste|namaskar|vanakkam|ayubowan|konnichiwa|bonjour|bonsoir|ol\u00e1"
    "|obrigad[oa]|gracias|grazie|danke|merci|tack|takk|kiitos|k\u00f6szi|k\u00f6sz\u00f6n\u00f6m"
    "|bedankt|dank je|sawubona|molo|dumela|kia ora|talofa|aloha|mingalaba|sabaidee"
    "|terima kasih|makasih|salamat|kumusta|ahoj|zdravo|privet|spasibo|moin|servus"
    "|gr\u00fcezi|xin ch\u00e0o|ch\u00e0o|halo|hei|moi|sveiki|labas|tere|szia|hallo|hoi"
    # (stop 36) Georgian and Tagalog: "gamarjoba creuza!", "kamusta ona?"
    "|gamarjoba|madloba|kamusta|maraming salamat"
    # (stop 37) thanks of two words: "Muito obrigado à Kobina da recepção"
    "|muito obrigad[oa]|muchas gracias|vielen dank|mille grazie"
)
# The first word of each greeting above, as lower_words splits it.
_GREETING_HEADS: Final = frozenset(
    ["cze\u015b\u0107", "czesc", "dzi\u0119ki", "dzieki", "dzi\u0119kuj\u0119", "mambo", "jambo",
     "habari", "sasa", "asante", "sawasdee", "sawadee", "sawatdee", "annyeong", "annyeonghaseyo",
     "salam", "salaam", "selam", "merhaba", "shalom", "namaste", "namaskar", "vanakkam",
     "ayubowan", "konnichiwa", "bonjour", "bonsoir", "ol\u00e1", "obrigado", "obrigada",
     "gracias", "grazie", "danke", "merci", "tack", "takk", "kiitos", "k\u00f6szi",
     "k\u00f6sz\u00f6n\u00f6m", "bedankt", "dank", "sawubona", "molo", "dumela", "kia", "talofa",
     "aloha", "mingalaba", "sabaidee", "terima", "makasih", "salamat", "kumusta", "ahoj",
     "zdravo", "privet", "spasibo", "moin", "servus", "gr\u00fcezi", "xin", "ch\u00e0o", "halo",
     "hei", "moi", "sveiki", "labas", "tere", "szia", "hallo", "hoi", "gamarjoba", "madloba",
     "kamusta", "maraming", "muito", "muchas", "vielen", "mille"]
)  # fmt: skip
# Honorifics said between a greeting and a name ("Sawasdee khun ladidi", "Halo kak sari").
_HONORIFICS: Final = "khun|kak|kakak|mas|mbak|bang|abang|pak|bu|ate|kuya|teh|akka|anna|didi|bhai"
# Words for "everyone" and "you all" greeted instead of a name ("Hallo alle,", "Hi guys!"),
# and "mille" after a thanks ("grazie mille!"): our own list of those that are English words
# or listed given names, or no chat word (the others, "herkes", "zusammen", "beaucoup", are
# name_cue_words.FOREIGN_CHAT_WORDS, which lone_name_word refuses).
_EVERYONE: Final = frozenset(
    ["alle", "allen", "amigos", "v\u0161ichni", "vsem", "folks", "guys", "everyone", "team",
     "ekip", "arkada\u015flar", "mabibi", "mabwana", "kila", "mille",
     # (stop 37) after "a"/"à": "grazie a voi", "merci à vous" ("todos", "tutti", "tous" are
     # FOREIGN_CHAT_WORDS)
     "voi", "vous"]
)  # fmt: skip
# (stop 37) "to" after a thanks: "obrigado à Kobina", "gracias a Ana", "danke an Jonas"
_TO_AFTER_THANKS: Final = "\u00e0|ao|a|an|al|aan"
_FOREIGN_GREETED: Final = re.compile(
    r"(?i:" + _GREETING_WORDS + r")(?: (?i:" + _HONORIFICS + r"|" + _TO_AFTER_THANKS + r"))? "
    # (stop 37) or "da"/"de"/"do" and a word after the name: "à Kobina da recepção"
    r"([^\W\d_]{2,}(?:-[^\W\d_]+)?(?: [^\W\d_]{2,})?)(?=[,!?]| d[aeo] [^\W\d_A-Z])"
)
_OPENING_LEADS: Final = frozenset(["\n", ". ", "! ", "? ", ": "])
# (a name called out is followed by a question, a plea or "you"; an acronym opening a
# sentence is not: "ARIMA model", "XFAIL the test")
_CAPS_OPENER: Final = re.compile(
    r"([A-Z]{4,}) (?=(?:where|wya|wyd|are|r|did|can|could|u|you|ur|pls|please|plz|call|text"
    r"|dm|ring|answer|pick|come|wake|stop|hurry|why|what|when|how|have|do|dont|don't|i|im"
    r"|i'm|we|lmk|omg|hbu)\b)"
)
_THRICE: Final = re.compile(r"(.)\1\1")
_VOWELS: Final = "AEIOUY"
_JOINED: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=: ))(" + LOW_RUN + r") and (" + LOW_RUN + r") (?=[a-z])"
)
_JOINED_LEADS: Final = frozenset(["\n", ": "])
# What two people joined by "and" do next ("... owe rent", "... are moving"); not a method's
# or a matrix's words ("driscoll and kraay panel", "eigenvalues and eigenvectors for").
_MORE_PARTICLES: Final = frozenset(["den", "der", "ter", "te", "la", "le", "du", "della", "y"])
_JOINED_VERBS: Final = frozenset(
    ["owe", "are", "were", "have", "had", "will", "would", "can", "could", "should", "did",
     "didn't", "don't", "won't", "said", "say", "went", "came", "need", "want", "live", "got",
     "paid", "sent", "left", "moved", "called", "asked", "met", "arrived", "signed", "agreed",
     "both", "still", "never", "just", "also"]
)  # fmt: skip
# Verbs and states only people have ("just shrugged", "is on site").
_PEOPLE_LEADS: Final[tuple[str, ...]] = (" and ", "; ")
_PEOPLE_AFTER: Final = re.compile(
    r"(?:; | and )([A-Z][^\W\d_A-Z]{2,}(?:-[a-z]+)?) (?:just |then |also |only )?"
    r"(?:shrugged|smiled|laughed|apologi[sz]ed|promised|winked|nodded|sighed|waved|texted"
    r"|replied|is on (?:site|shift|call|leave|holiday|vacation)|was on (?:site|shift|call))\b"
)


def greeted35(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring's rules. ``only`` (speed): the rules to try, by bit
    (see greeted35_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    # (speed: a greeting opens a match after white space or the text's start, so it is one of
    # the text's words split at white space; a set lookup each)
    if only & 1 and holds_word(lower_words(text), _GREETING_HEADS):
        fired |= 1
        for match in opening_matches(_FOREIGN_GREETED, text, _OPENING_LEADS):
            if all(_greeted_word(word) for word in match.group(1).split(" ")):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2 and text[:1].isupper():
        fired |= 2
        opener = _CAPS_OPENER.match(text)
        if opener is not None and _shouted_name(opener.group(1)):
            found.append(PiiSpan(0, opener.end(1), PERSON))
    if only & 4 and " and " in text:
        fired |= 4
        for match in opening_matches(_JOINED, text, _JOINED_LEADS):
            second = _before_verb(text, match.start(2))
            if second and name_words_ok(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
                found.append(PiiSpan(match.start(2), match.start(2) + len(second), PERSON))
    if only & 8 and holds_any(text, _PEOPLE_LEADS):
        fired |= 8
        for match in _PEOPLE_AFTER.finditer(text):
            word = match.group(1).lower()
            if lone_name_word(word) and word not in city_names():
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    _FIRED.note(text, fired)
    return found


def greeted35_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`greeted35` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds, a word split at white space that holds no
    "<" nor ">" (one of ``source``'s), or a capital opening the text, which a placeholder's
    "<" would replace)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(greeted35(text, fired))


def _before_verb(text: str, start: int) -> str:
    """The name from ``start`` up to a verb of :data:`_JOINED_VERBS` (up to five words, with
    particles such as "van den"), or "" when no verb follows or a word may be no name."""
    words = text[start : start + 80].split(" ", 6)[:6]
    for count in range(1, len(words)):
        if words[count].rstrip(",.") in _JOINED_VERBS:
            name = " ".join(words[:count])
            bare = " ".join(w for w in words[:count] if w not in _MORE_PARTICLES)
            return name if bare and name_words_ok(bare) else ""
    return ""


def _greeted_word(word: str) -> bool:
    lower = word.lower()
    return lower not in _EVERYONE and lone_or_listed_name_word(lower)


def _shouted_name(word: str) -> bool:
    """A word in capitals that may be a name called out: no English list, two vowels, no
    letter three times ("NOOO", "HELLLP")."""
    if sum(word.count(vowel) for vowel in _VOWELS) < 2 or _THRICE.search(word) is not None:
        return False
    return lone_name_word(word.lower())
