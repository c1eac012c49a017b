"""(Stop 29) Person look-alikes that their left context names as a place, a feast or a work:

- a run after a verb of meeting or a shop and "on" (``see u on Lan Kwai Fong around 8:45``,
  ``Store on Nowy Świat is out of stock``): a street or a quarter;
- a run asked about as a feast (``what r u doing for Andrzejki?``) or celebrated (``Celebrated
  Ojude Oba here``): a person is celebrated with a possessive ("celebrated Maria's birthday"),
  so a run opening with a listed given name stays;
- a run ending in a word of titles of shows and books (``Kids loved Gilmore Girls``), of
  events, product tiers or eponymous ideas (``Kwesiba Fest``, ``Radovan Pro``, ``Vashenko
  Protocol``; a word that is a listed surname never counts), and "Mamma Mia";
- (set 24's even half) a name after a saint's title or "feast of" (``st. wendelin's day``,
  ``saint fiacre's day market``, ``Feast of Santa Rufina``): a saint, named by a feast or a
  place, is no one whose data this is; a name after a word that opens a place's name
  (``port adeline``, ``fort augustina``, ``mount theodora``, ``villa ernestina``);
- a work: a run before "ending explained", after "The <Word> of" (``The Ghost of Ludmila
  Grey``), or of two words ending in a verb of the third person (``Aurelio Goes North``,
  ``Mister Ambrose Returns``);
- the value of a firm's key (name, account, tenant, org, company, customer ...) in a record of a
  business account (``crm.account name="Corbin Hale Logistics" tier=enterprise seats=3017``):
  plans, tiers and seats are sold to firms; a contact's key stays a person
  (``tenant_contact="Manolito Roxas <...>"``);
- a team's handle (``owner=team-atlas``);
- a firm of partners' surnames (``Smith, Jones and Brown``): "Word, Word" before "and" or
  "&" and a third capitalised word is no inverted name;
- a lower-case run after "same" (``if u want the same tea tin``);
- a saint's day or place joined by a hyphen in Dutch or German (``Sint-Maarten``,
  ``Sankt-Gallen``).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.alternation import alternation
from processors.redaction.lexicon import first_names, surname_words
from processors.redaction.person13_keys import GROUP_WORDS

__all__ = ["PLACE_OPENER_WORDS", "place_feast_or_work"]

_ON_A_PLACE: Final = re.compile(
    r"(?i)\b(?:see (?:u|you|ya|y'all)|meet (?:me |us |u |you )?|store|shop|branch|outlet"
    r"|caf[eé]|stall|kiosk|restaurant|office|parked|stuck|traffic|walking|shopping|staying"
    r"|hotel|flat|apartment|queue|queueing) on $"
)
_FEAST_QUESTION: Final = re.compile(
    r"(?i)\bwhat (?:are|r) (?:you|u|ya|y'all|you guys|u guys) (?:doing|up to|planning)"
    r" (?:for|on) $"
)
_CELEBRATED: Final = re.compile(r"(?i)(?<![\w'])(?:celebrat(?:ed|ing|e)|observ(?:ed|ing|e)) $")
# Last words of titles of shows, films and books that no person's name ends in.
_WORK_ENDS: Final = frozenset(
    ["girls", "boys", "wars", "tales", "games", "chronicles", "diaries", "stories",
     "adventures", "files", "anatomy", "academy", "confidential", "tonight",
     # events, product tiers and eponymous ideas ("Kwesiba Fest", "Radovan Pro", "Vashenko
     # Protocol": our own probe of frames with invented words)
     "fest", "festival", "expo", "summit", "marathon", "gala", "awards", "trophy",
     "invitational", "pro", "plus", "ultra", "lite", "protocol", "theorem", "effect",
     "principle", "algorithm", "syndrome", "disease", "equation", "conjecture",
     "paradox", "transform"]
)  # fmt: skip
# (Dutch and German: "Saint-Exupéry" and "Sainte-Beuve" are surnames, "Sint-" and "Sankt-"
# open places and feasts.)
_SAINT_HYPHENED: Final[tuple[str, ...]] = ("sint-", "sankt-")
_EXCLAMATIONS: Final = frozenset(["mamma mia", "madre mia", "dios mio", "mon dieu"])
_SAINT_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.])(?:st\.?|ste\.?|saint|sainte|santa|santo|san|sankt|são|sao"
    r"|feast of|feast of st\.?|feast of saint) $"
)
# Words that open a place's name ("Port Adeline", "Villa Ernestina"); person30_places also
# reads them opening a span.
PLACE_OPENER_WORDS: Final = frozenset(
    ["port", "fort", "mount", "villa", "lake", "cape", "cabo", "baie", "bahía", "lago", "monte",
     "puerto", "porto", "castel", "castello", "ciudad", "vila"]
)  # fmt: skip
_PLACE_OPENER_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.])(?:mt\.?|isla|isle of|ile|île|vale of|"
    + alternation(PLACE_OPENER_WORDS)
    + r") $"
)
# The longest match of _SAINT_BEFORE ("feast of saint "), _PLACE_OPENER_BEFORE ("castello ")
# or _CELEBRATED ("celebrating ").
_OPENER_REACH: Final = 15
# (speed) The last word of every match of those three, in lower case: in ASCII text (where
# their case-blind match is lower()'s) none matches unless the text before the span's space
# ends in one of these, a test cheaper than three regex calls.
_OPENER_LAST_WORDS: Final[tuple[str, ...]] = (
    "st", "st.", "ste", "ste.", "saint", "sainte", "santa", "santo", "san", "sankt", "sao",
    "of", "mt", "mt.", "isla", "ile", *sorted(PLACE_OPENER_WORDS),
    "celebrated", "celebrating", "celebrate", "observed", "observing", "observe",
)  # fmt: skip
_WORK_OPENER_BEFORE: Final = re.compile(r"(?<![\w'])The [A-Z][a-z]+ of $")
# Verbs of the third person that end a work's title ("Aurelio Goes North").
_TITLE_VERBS: Final = frozenset(
    ["goes", "returns", "comes", "rises", "falls", "wins", "strikes", "begins", "dies",
     "lives", "sings", "dances", "walks", "runs", "speaks", "waits", "loves", "knows",
     "leaves", "remembers", "forgets", "awakens", "travels", "forever"]
)  # fmt: skip
_SAINT_OPENERS: Final[tuple[str, ...]] = ("santa ", "san ", "são ", "sao ", "st. ", "saint ")
_FEAST_AFTER: Final[tuple[str, ...]] = (
    " day",
    "'s day",
    "\u2019s day",
    " eve",
    "'s eve",
    "\u2019s eve",
)
# The rest of a title before "ending explained" ("Ines at Midnight ending explained").
_ENDING_EXPLAINED: Final = re.compile(
    r"(?: (?:[A-Z][\w'\u2019-]*|at|of|the|and|in|on|to|a))* ending explained"
)
_KEY_BEFORE: Final = re.compile(r"([A-Za-z_]+)=$")
_FIRM_KEYS: Final = frozenset(
    ["name", "account", "account_name", "tenant", "tenant_name", "org", "org_name",
     "organisation", "organization", "company", "customer", "client", "workspace", "team"]
)  # fmt: skip
_ACCOUNT_RECORD: Final = re.compile(r"(?<![\w-])(?:seats|tier|plan|licen[cs]es|mrr|arr)=")


def place_feast_or_work(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    lower = value.lower()
    if lower in _EXCLAMATIONS:
        return True
    if " " in value:
        last = lower.rpartition(" ")[2]
        if last in _WORK_ENDS and last not in surname_words():
            return True
        if last in _TITLE_VERBS and lower.count(" ") <= 2:
            return True  # "Aurelio Goes", "Mister Ambrose Returns"
        if lower.startswith(_SAINT_OPENERS) and text.startswith(_FEAST_AFTER, end):
            return True  # "santa eduviges day"
    elif lower.startswith(_SAINT_HYPHENED) and value[:1].isupper():
        return True
    elif value.islower() and value.partition("-")[0] in GROUP_WORDS:
        return True  # "owner=team-atlas": a team's handle
    if ", " in value and text.startswith((" and ", " & "), end) and _partners(text, value, end):
        return True
    if " ending explained" in text and _ENDING_EXPLAINED.match(text, end) is not None:
        return True
    before = text[max(0, start - 40) : start]
    if "=" in text and _firm_key_value(text, start) and _ACCOUNT_RECORD.search(text) is not None:
        return True
    if start < 3 or text[start - 1] != " ":
        return False
    if before.endswith(" same ") and value.islower():
        return True  # "if u want the same tea tin": a thing one can have the same of
    # (speed) These and _CELEBRATED end at the end of ``before`` and match at most 15
    # characters: the search starts there (its look-behind still sees the character before).
    tail = max(0, len(before) - _OPENER_REACH)
    opener = not before.isascii() or before[:-1].lower().endswith(_OPENER_LAST_WORDS)
    if opener and (
        _SAINT_BEFORE.search(before, tail) is not None
        or _PLACE_OPENER_BEFORE.search(before, tail) is not None
    ):
        return True
    if before.endswith(" of ") and _WORK_OPENER_BEFORE.search(before) is not None:
        return True
    if before.endswith(" on ") and _ON_A_PLACE.search(before) is not None:
        return True
    if before.endswith((" for ", " on ")) and _FEAST_QUESTION.search(before) is not None:
        return True
    if (
        opener
        and _CELEBRATED.search(before, tail) is not None
        and not text.startswith(("'", "\u2019"), end)
    ):
        return value.partition(" ")[0].lower() not in first_names()
    return False


def _firm_key_value(text: str, start: int) -> bool:
    """The span opens the value of a key naming an account or a firm (``name=X``,
    ``tenant="X``) or stands inside such a quoted value (``name="Merriweather & Finch"``);
    not a contact's key (``tenant_contact="Manolito Roxas <...>"``)."""
    if text[start - 1 : start] == "=":
        mark = start - 1
    else:
        mark = max(text.rfind('="', 0, start), text.rfind("='", 0, start))
        if mark < 0 or text[mark + 1] in text[mark + 2 : start]:
            return False
    key = _KEY_BEFORE.search(text, max(0, mark - 30), mark + 1)
    return key is not None and key.group(1).lower() in _FIRM_KEYS


def _partners(text: str, value: str, end: int) -> bool:
    """ "Smith, Jones and Brown": a capitalised word of two letters or more follows "and"/"&",
    and the span is two single words: three names in a row are a firm of partners or a list,
    never one inverted name (whose pieces no list tells from surnames: "Jones" and "Doyle"
    are listed given names too)."""
    third = text[end:].split(" ", 3)[2:3]  # ("", "and", "Brown", ...)
    word = third[0].rstrip(".,;:!?") if third else ""
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and value.count(" ") == 1
