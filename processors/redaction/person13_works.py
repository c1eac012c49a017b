"""Stop 24: names that name a holiday, a work (film, book, song), a dish or an account.

People lend their names to holidays ("Martin Luther King Jr. Day"), to works and their
characters ("Bridget Jones's Diary cast", "Watched Forrest Gump on the flight"), to dishes
("Peach Melba") and to nothing at all in a system account ("username": "build-bot").
:func:`named_thing` tells :func:`~processors.redaction.person_neg_contexts.drop_lookalike_persons`
to drop a person span when:

* a holiday follows it ("... Day", "'s Day"), or it opens with a festival's name ("Eid
  al-Fitr");
* a word that only a work takes follows it, possibly after a possessive and more words of the
  title ("Romeo and Juliet cast", "Bridget Jones's Diary soundtrack"): cast, soundtrack,
  trailer, sequel, prequel, remake, lyrics, chords, audiobook, ...;
* a verb of watching, streaming, finishing or re-reading stands right before it and no verb or
  possessive follows ("Watched Oliver Twist on the flight", "did u ever finish Aida?", not
  "watched Anna play" or "watched Anna's kids");
* it "came on" at a party or on the radio (a song), or a dotted leader and a price follow it
  (a menu: "Peach Melba ... 12.50");
* it is the value of a key that holds dishes, drinks, titles or works ('"dish": "Tom
  Collins"', '{"title": "Hey Jude"}');
* it is the whole value of a user-name key and is made of English words or is a system
  account ("qa-lead", "pixelwizard", "noreply"), not a name.

The word lists are
this project's own.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    first_names,
    is_english,
    surname_words,
)
from processors.redaction.name_word_lists import NOT_NAME_VALUES

__all__ = ["named_thing"]

_HOLIDAY_AFTER: Final = re.compile(r"(?:['\u2019]s|\.| Jr\.?| Sr\.?)? Day\b")
_FESTIVALS: Final = frozenset(
    ["eid", "diwali", "holi", "hanukkah", "chanukah", "purim", "passover", "ramadan", "navratri",
     "onam", "pongal", "vesak", "nowruz", "songkran", "chuseok", "obon", "lohri", "baisakhi",
     "vaisakhi", "kwanzaa", "shavuot", "sukkot", "mawlid", "raksha", "dussehra", "durga",
     # (stop 26) feasts and festivals of more calendars, by their first word ("Mardi Gras")
     "mardi", "candlemas", "lammas", "michaelmas", "whitsun", "pentecost", "shrove", "maundy",
     "juneteenth", "hogmanay", "halloween", "thanksgiving", "carnaval", "oktoberfest",
     "walpurgisnacht", "midsummer", "yom", "rosh", "simchat", "ashura", "muharram",
     "deepavali", "janmashtami", "sankranti", "losar", "qingming", "tanabata", "setsubun",
     "hinamatsuri", "seollal", "krathong", "yalda", "samhain", "imbolc", "beltane", "cinco"]
)  # fmt: skip
# More words of a title between the name and the word after it: a possessive, capitalised
# words and the small words of titles ("and", "of", "the", ":").
_TITLE_WORDS: Final = r"(?:['\u2019]s)?(?:(?: (?:and|of|the|a|in|&)|:)* [A-Z][\w'\u2019-]*){0,6}"
_TITLE_REST: Final = re.compile(_TITLE_WORDS + r" (?P<word>[a-z]+)\b")
_WORK_WORDS: Final = frozenset(
    ["cast", "soundtrack", "trailer", "sequel", "prequel", "remake", "reboot", "lyrics",
     "chords", "tabs", "audiobook", "screenplay", "adaptation", "spoilers", "showtimes",
     "episodes", "fanfic", "fanfiction", "cosplay", "karaoke",
     # (stop 41) a band's or a team's: "Pink Floyd tribute night", "banned from X forum"
     "tribute", "presale", "setlist", "forum"]
)  # fmt: skip
# (stop 26: or reading one, or finishing it: "did u ever finish Aida?", "reread Heidi")
_WATCH_BEFORE: Final = re.compile(
    r"\b(?i:watched|rewatched|re-watched|binged|binge-watched|streamed|streaming|watching"
    r"|finish|finished|finishing|reread|re-read|rereading|re-reading"
    r"|reminded me of|reminds me of)"  # (stop 32) "Reminded me of Miss Hortensia Regrets"
    r" (?:the )?(?:[A-Z][\w'\u2019-]* (?:(?:and|of|the|&) )*){0,4}$"
)
# After a watched title (and the rest of it): the end, punctuation or a word that starts no
# clause about a person ("on the flight"; not "on YouTube": people are watched there).
_AFTER_TITLE: Final = re.compile(
    _TITLE_WORDS + r"(?:$|[.,!?;:)]| (?:on the|again|last|twice|yesterday|tonight)\b"
    r"| here\b| and (?:im|i'm|i\u2019m|i am)\b)"  # (stop 32) "Watched X here", "and im not ok"
)
# A song on the radio or at a party: "Jolene came on at the party" (a person comes on time).
_SONG_AFTER: Final = re.compile(r" came on(?: (?:at|in|during|the radio)\b|[.!]|$)")
# A menu or price list: a dotted leader and a price ("Peach Melba ... 12.50").
_PRICE_LEADER: Final = re.compile(r" ?(?:\.{3,}|\u2026) ?[$\u20ac\u00a3]?\d+[.,]\d\d\b")
_DISH_KEYS: Final = frozenset(
    ["dish", "drink", "cocktail", "recipe", "menu_item", "title", "movie", "film", "show",
     "book", "game", "holiday", "promo", "festival", "track_title", "song_title"]
)  # fmt: skip
# A key, its separator and a quote, then up to three capitalised words of the value ("Hey ").
_VALUE_BEFORE: Final = re.compile(r"\s*[\"']?(?:[A-Z][\w'\u2019-]* ){0,3}")
_KEY_EDGE: Final = " \t\"'"
_USER_KEYS: Final = frozenset(["username", "user_name", "login", "handle", "screen_name", "nick"])
_THING_OR_USER_KEYS: Final = _DISH_KEYS | _USER_KEYS


def named_thing(text: str, start: int, end: int) -> bool:
    """The person span ``text[start:end]`` names a holiday, a work, a song, a dish or an
    account by the rules of the module docstring."""
    value = text[start:end]
    # (speed: each regex below runs only where a string it needs stands; " Day" begins at
    # most four characters after the span, " Jr." being the longest thing between)
    if value.split(" ", 1)[0].lower() in _FESTIVALS or (
        text.find(" Day", end, end + 8) >= 0 and _HOLIDAY_AFTER.match(text, end)
    ):
        return True
    if (rest := _TITLE_REST.match(text, end)) and rest.group("word") in _WORK_WORDS:
        return True
    if text.find(" came on", end, end + 8) == end and _SONG_AFTER.match(text, end):
        return True
    if (
        text.find("...", end, end + 4) >= 0 or text.find("\u2026", end, end + 2) >= 0
    ) and _PRICE_LEADER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    lowered = before.lower()  # (speed: the watch regex only where a verb of it can stand)
    if (
        (
            "watch" in lowered
            or "stream" in lowered
            or "binge" in lowered
            or "finish" in lowered
            or "read" in lowered
            or "remind" in lowered
        )
        and _WATCH_BEFORE.search(before)
        and _AFTER_TITLE.match(text, end)
    ):
        return True
    name = _key_before(before)
    return name in _DISH_KEYS or (name in _USER_KEYS and _account_not_name(value))


def _key_before(before: str) -> str:
    """The key (lower case) whose value ``before`` ends in: a key, ":" or "=", a quote and up
    to three capitalised words ('"title": "Hey '), or "" (speed: no regex search at $)."""
    separator = max(before.rfind(":"), before.rfind("="))
    if separator < 0:
        return ""
    head = before[:separator].rstrip(_KEY_EDGE)
    start = len(head)
    while start > 0 and (head[start - 1].isalpha() or head[start - 1] == "_"):
        start -= 1
    key = head[start:].lower()
    if key not in _THING_OR_USER_KEYS or _VALUE_BEFORE.fullmatch(before, separator + 1) is None:
        return ""  # (the set test first: most keys are neither)
    return key


def _account_not_name(value: str) -> bool:
    """A user name of English words or a system account (not a person's name)."""
    lower = value.lower()
    if lower in NOT_NAME_VALUES:
        return True
    if " " in lower or lower in first_names() or lower in surname_words():
        return False
    parts = [part for part in re.split(r"[-_.]", lower) if part]
    if len(parts) > 1:  # ("qa-lead", "ci-runner"; not "j.doe": an initial is a name's)
        return any(len(part) > 3 for part in parts) and all(
            is_english(part) or 2 <= len(part) <= 3 for part in parts
        )
    return _two_english_words(lower)


def _two_english_words(word: str) -> bool:
    """``word`` is two English words of three letters or more written together."""
    return any(is_english(word[:cut]) and is_english(word[cut:]) for cut in range(3, len(word) - 2))
