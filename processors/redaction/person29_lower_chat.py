"""(Stop 29) One-word names in caseless chat, by the deed or the place in the sentence only a
person takes (our own probe of chat frames with invented names; the lists cannot know them):

- the subject of a deed opening a sentence (``radovan lent me her car``, ``ysolde is sick
  today``, ``kwesiba broke up with him``, ``quillon had the baby!!``);
- the one heard from, owed, brought, invited, seen, missed or asked about (``has anyone heard
  from temitayo``, ``i owe kwesiba 10 bucks``, ``bring ysolde too``, ``what did radovan
  say?``, ``where is quillon??``);
- a sign-off after kisses or "from ... with love" (``xx ysolde``, ``from kwesiba with love``);
- company at a time (``dinner w kwesiba tmrw``, ``lunch with ysolde at 1``), a pair with "me"
  (``kwesiba n me are going``), someone's home (``omw to radovan's``; not "at nando's").

Only in text without a capital letter, and only words of no English list and no frequent use
that are no brand chat writes in lower case ("netflix is down", "uber just left").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_ONLY_COMMON_WORDS, first_names
from processors.redaction.person28_recall import _lower_name_word, _spans
from processors.redaction.person29_recall import LOWER_NAME_WORD, group_spans
from processors.redaction.spans import PiiSpan
from processors.redaction.substrings import holds_any

__all__ = ["lower_chat29"]

_LOWER: Final = LOWER_NAME_WORD
_SUBJECT_DEED: Final = re.compile(
    # (stop 36: also after ", " in a run-on chat line, "..., fearghal knows the way")
    r"(?:^|(?<=[.!?] )|(?<=, ))(" + _LOWER + r") (?:just )?(?:lent (?:me|us)|texted|rang"
    r"|broke up|knows (?:the way|where|how|the code|the address|the place|everyone)"
    r"|had (?:the|a|her|his) baby|passed (?:her|his|their) (?:test|exam|driving test)"
    r"|lives (?:near|next|with|round)|moved (?:to|in|out|back)|is (?:pregnant|engaged|moving"
    r"|leaving|(?:sick|ill) (?:today|again|rn|atm|this week|at home|in bed))"
    r"|got (?:married|engaged|promoted|fired|the job)"
    r"|wants to (?:know|come|meet|see|talk)|just left|left early)\b"
)
_OBJECT: Final = re.compile(
    r"\b(?:heard from|owe|owes|bring|invite|miss|missing|hug) (" + _LOWER + r")"
    r"(?= (?:too|now|rn|tmrw|tomorrow|tonight|later|pls|please|\d|a |the |back|so much)|[?!.]|$)"
    r"|\bwhat did (" + _LOWER + r") (?:say|said|do|want|think)\b"
    r"|\bwhere(?:'s| is| r| are) (" + _LOWER + r")(?=\?|$)"
    r"|\b(?:u|you|ya) seen (" + _LOWER + r")(?=\?|$| today| lately)"
    r"|^xx+ (" + _LOWER + r")$"
    r"|\bfrom (" + _LOWER + r") with love\b"
    r"|\b(?:with|w) (" + _LOWER + r")(?= (?:tmrw|tomorrow|tonight|later|rn|now|at \d))"
    r"|^(" + _LOWER + r") (?:n|and|&) me (?:are|r|went|will|were)\b"
)
# Someone's home ("omw to kwesiba's"), but not a shop named so ("at nando's").
# (stop 36) Someone's kin or landlord as the subject: "kwesiba's mum says the flat is ...".
_KIN_OF: Final = re.compile(
    r"(?:^|(?<=[.!?,] )|(?<=\bso ))(" + _LOWER + r")['\u2019]s (?:mum|mom|mother|dad|father"
    r"|sister|brother|wife|husband|aunt|uncle|gran|nan|grandma|grandpa|cousin|boyfriend"
    r"|girlfriend|landlord|landlady|flatmate|roommate) (?:says|said|thinks|knows|told|is|was)\b"
)
_HOME: Final = re.compile(
    r"\b(?:omw to|on my way to|at|going to|round|over at) (" + _LOWER + r")['\u2019]s(?=$|[ .!?])"
)
_SHOPS_BY_POSSESSIVE: Final = frozenset(
    ["nando", "mcdonald", "sainsbury", "wendy", "domino", "macy", "kohl", "claire", "dunkin",
     "arby", "denny", "moe", "hardee", "carl", "applebee", "chili", "papa", "lowe", "kellogg"]
)  # fmt: skip
# Brands and apps that chat writes in lower case, which no English list holds, and chat's
# clippings that a name list holds (our own list).
_CHAT_BRANDS: Final = frozenset(
    ["spotify", "netflix", "tesco", "uber", "lyft", "ikea", "zara", "lidl", "aldi", "primark",
     "deliveroo", "venmo", "paypal", "whatsapp", "tiktok", "snapchat", "youtube", "insta",
     "instagram", "reddit", "discord", "gmail", "asda", "sainsburys", "greggs", "nandos",
     "starbucks", "costa", "pret", "dominos", "ryanair", "easyjet", "airbnb", "vinted",
     "depop", "ebay", "etsy", "shein", "temu", "revolut", "monzo", "klarna", "chatgpt",
     "siri", "alexa", "xbox", "playstation", "nintendo", "twitch", "hulu", "iphone",
     "android", "samsung", "huawei", "duolingo", "strava", "fitbit", "garmin", "wetherspoons",
     "morrisons", "waitrose", "ocado", "argos", "currys", "hmrc", "dvla", "nhs", "ubereats",
     "evri", "dpd", "yodel", "hermes", "fedex", "dhl", "usps", "ucas", "barbie", "oppenheimer",
     # clippings that a name list holds
     "uni", "gym", "vet", "doc", "sis", "bro", "hun", "babe", "bae", "fam", "bestie", "bff",
     "hunny", "sweetie", "darling", "mate", "luv", "boo", "hubby", "wifey"]
)  # fmt: skip
_SUBJECT_CUES: Final[tuple[str, ...]] = (
    " knows ",
    " lent ",
    " texted",
    " rang",
    " broke up",
    " had ",
    " passed ",
    " lives ",
    " moved ",
    " is ",
    " got ",
    " wants to ",
    " left",
)
_OBJECT_CUES: Final[tuple[str, ...]] = (
    "heard from ",
    "owe",
    "bring ",
    "invite ",
    "miss",
    "hug ",
    "what did ",
    "where",
    " seen ",
    "xx",
    " with love",
    "with ",
    "w ",
    " me ",
)


def lower_chat29(text: str) -> list[PiiSpan]:
    """The names of the module docstring, in text without a capital letter."""
    if not text.islower():
        return []
    found: list[PiiSpan] = []
    if holds_any(text, _SUBJECT_CUES):
        found.extend(_spans(_SUBJECT_DEED, text, _chat_name_word))
    if holds_any(text, _OBJECT_CUES):
        found.extend(group_spans(_OBJECT, text, _chat_name_word))
    if "'s" in text or "\u2019s" in text:
        found.extend(_spans(_KIN_OF, text, _chat_name_word))
        for match in _HOME.finditer(text):
            word = match.group(1)
            if word not in _SHOPS_BY_POSSESSIVE and _chat_name_word(word):
                found.append(PiiSpan(match.start(1), match.end(1), "PERSON"))
    return found


def _chat_name_word(word: str) -> bool:
    """A word of no English list, no frequent use and no brand; of four letters or more unless
    a listed given name ("miss uni so much": short words are chat's clippings)."""
    if word in NAME_ONLY_COMMON_WORDS:
        return True  # ("jennifer": common only as a name)
    if word in _CHAT_BRANDS or not _lower_name_word(word, listed=False):
        return False
    return len(word) >= 4 or word in first_names()
