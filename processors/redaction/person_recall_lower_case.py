"""Person recall of lower-case names (see ``person_recall_names``): after an opening greeting
or on the closing line of mixed-case text (``Hi dinuka,``, ``analyn`` after ``Cheers``), and in
caseless chat, a listed given name alone between an English word and a function word or a
sentence end (``told hamisi about``), or two joined by ``and`` before a verb (``jocelyn and
souleymane are coming``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import city_names, is_english
from processors.redaction.person_recall_words import (
    _AFTER_CASELESS,
    _AFTER_PERSON,
    _LOWER,
    _NAME_KIND,
    _PLACE_BEFORE,
    _given,
    _name_word,
    _token_before,
)
from processors.redaction.spans import PERSON, PiiSpan

_LOWER_NAME: Final = rf"[{_LOWER}]{{2,}}(?:-[{_LOWER}]{{2,}})?"
# An English greeting opening the text, then one or two lower-case words ("Hi dinuka,").
_GREETING_LOWER: Final = re.compile(
    rf"(?:Hi|Hey|Hello|Dear|Hiya|Heya|Morning|Yo|Howdy)[ \t]+({_LOWER_NAME}(?: {_LOWER_NAME})?)"
    rf"(?=[ \t]*(?:[,!:\n]|$))"
)
# (Stop 28) The same greeting, in either case, opening a later line: the body of a forwarded
# or quoted mail under its header lines ("Date: ...\n\nhey shaurya, that login ...").
_LINE_GREETING_LOWER: Final = re.compile(
    rf"\n[ \t]*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Hh]iya|[Hh]eya)[ \t]+({_LOWER_NAME})"
    rf"(?=[ \t]*[,!])"
)
# The last line of a text: a dash or "xx" then one or two lower-case words ("- parvina"), or
# those words alone after a closing line ("Cheers\nanalyn").
_LOWER_SIGN_OFF: Final = re.compile(
    rf"\n[ \t]*(?P<dash>(?:--?|\u2014|\u2013|xx|xo)[ \t]*)?"
    rf"(?P<name>{_LOWER_NAME}(?: {_LOWER_NAME})?)[ \t.!]*$"
)
_CLOSING_LINE: Final = re.compile(
    r"(?i)(?:,|\b(?:best|regards|cheers|thanks|thank you|thx|sincerely|love|xo|xx|take care"
    r"|yours|wishes|ciao|bye))[ \t!.]*$"
)


_CLOSING_WORD: Final = re.compile(
    r"(?i)\b(?:best|regards|cheers|thanks|thank you|thx|sincerely|love|xo|xx|take care|yours"
    r"|wishes|ciao|bye)[ \t!.,]*$"
)


def _lower_name_words(words: str) -> bool:
    """One lower-case name word, or two with one a listed given name; no English word."""
    parts = words.split(" ")
    if len(parts) == 1:
        return len(words) > 2 and _name_word(words)  # ("Hi dinuka,", "- mpho")
    return all(_name_word(part) for part in parts) and any(_given(part) for part in parts)


def _lower_names_in_capitals(text: str, found: list[PiiSpan]) -> None:
    """Lower-case names after an opening greeting or on a closing line of mixed-case text."""
    # (speed: each regex only where it can match: a greeting's first letter, a line break)
    greeting = _GREETING_LOWER.match(text) if text[:1] in "HDMY" else None
    if greeting is not None and _lower_name_words(greeting.group(1)):
        found.append(PiiSpan(greeting.start(1), greeting.end(1), PERSON))
    if "\n" in text:
        for line_greeting in _LINE_GREETING_LOWER.finditer(text):
            if _lower_name_words(line_greeting.group(1)):
                found.append(PiiSpan(line_greeting.start(1), line_greeting.end(1), PERSON))
    if "\n" in text:
        lower_sign_off(text, found)


def lower_sign_off(text: str, found: list[PiiSpan]) -> None:
    """A lower-case name on a text's last line, after a dash or a closing line ("Cheers\n
    analyn"); (stop 33) two name words of no list after a closing line too ("best,\ngemechu
    desta"), and in caseless text as well."""
    sign_off = _LOWER_SIGN_OFF.search(text)
    if sign_off is None:
        return
    name = sign_off.group("name")
    named = _lower_name_words(name)
    if sign_off.group("dash") is None:
        line_end = sign_off.start()
        previous = text[text.rfind("\n", 0, line_end) + 1 : line_end]
        if _CLOSING_LINE.search(previous) is None:
            return
        named = named or (
            " " in name
            and all(_name_word(part) for part in name.split(" "))
            # (a closing word, not a greeting's comma: "Ahoj Marcus,\nposílám adresu")
            and _CLOSING_WORD.search(previous) is not None
        )
    if named:
        found.append(PiiSpan(sign_off.start("name"), sign_off.end("name"), PERSON))


_CASELESS_WORD: Final = re.compile(
    rf"(?<![\w'\u2019\-.@/&+#=:\"])({_LOWER_NAME})(?![\w\-@&=:\"/]|['\u2019][a-z]|\.\w)"
)
_NEXT_TOKEN: Final = re.compile(r"[ \t]*(\S*)")
_LEADING_LETTERS: Final = re.compile(r"[a-z]+")


# Two lower-case names joined by "and" opening a sentence before a verb ("jocelyn and
# souleymane are coming").
_CASELESS_PAIR: Final = re.compile(
    rf"(?:^|(?<=[.!?] ))({_LOWER_NAME}) and ({_LOWER_NAME}) (?:are|were|have|had|will|is|was"
    r"|said|told|made|got|went|came|both|just)\b"
)


def _caseless_pairs(text: str, found: list[PiiSpan]) -> None:
    for match in _CASELESS_PAIR.finditer(text):
        first, second = match.group(1), match.group(2)
        if (
            len(first) > 2
            and len(second) > 2
            and _name_word(first)
            and _name_word(second)
            and (_given(first) or _given(second))
        ):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
            found.append(PiiSpan(match.start(2), match.end(2), PERSON))


_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these",
     "those", "its", "some", "any", "no", "every", "each"]
)  # fmt: skip


_PERSON_ADJECTIVES: Final = frozenset(
    ["lovely", "dear", "sweet", "little", "poor", "old", "young", "late", "wonderful",
     "amazing", "legendary", "lady", "guy", "new", "famous", "great", "talented", "brilliant"]
)  # fmt: skip


def _after_determiner(text: str, at: int) -> bool:
    """The token before ``at`` is a determiner ("the aux", read before "cord")."""
    begin, finish = _token_before(text, at)
    return begin >= 0 and text[begin:finish] in _DETERMINERS


def _caseless_lone_names(text: str, found: list[PiiSpan]) -> None:
    """A listed given name alone in caseless chat, between a sentence edge or an English
    word and a sentence end or a function word ("good luck today rajiv 🍀", "told hamisi
    about"); (stop 46) a name of five letters or more also opening the text ("sibonelo the
    telehealth link", "benji from Wendy's insta")."""
    for match in _CASELESS_WORD.finditer(text):
        word = match.group(1)
        if "-" in word or _NAME_KIND[word] != 2:
            continue
        start, end = match.span(1)
        begin, finish = _token_before(text, start)
        if begin >= 0:
            previous = text[begin:finish]
            if previous[-1] in ".!?" and len(previous) > 2 and previous[:-1].isalpha():
                pass  # a sentence start
            elif not (previous.isalpha() and is_english(previous)) or previous in _PLACE_BEFORE:
                continue
            elif previous not in _PERSON_ADJECTIVES and _after_determiner(text, begin):
                continue  # (stop 33) a noun's modifier before it: "the aux cord again"
        following = _NEXT_TOKEN.match(text, end)
        after = following.group(1) if following is not None else ""
        if not after:
            continue  # ends the text: a search ("... cell number bergen")
        if after[0].isalpha():
            if len(word) < 4 or (begin < 0 and (len(word) < 5 or word in city_names())):
                continue  # "yoga mat for"; a text's first word: "conn from", "florence the"
            head = _LEADING_LETTERS.match(after)
            if (
                head is None
                or not (head.group() in _AFTER_PERSON or head.group() in _AFTER_CASELESS)
                or len(head.group()) < len(after.rstrip(".,!?;"))
            ):
                continue  # before a surname or another word ("olivia al-sayed", "geo lat,lon")
        elif after[0].isdecimal() or after[0] in "+(#$@=:[/'\u2019\"-":
            continue
        found.append(PiiSpan(start, end, PERSON))


# (stop 46) A chat opening with a nickname of no list before a request to its reader:
# "bradders can u send the feed order", "stotty could you ring".
_OPENING_REQUEST: Final = re.compile(
    rf"({_LOWER_NAME}) (?:can|could|will|would) (?:u|you|ya) [a-z]|({_LOWER_NAME}),? (?:pls|plz) "
)


def opening_addressee(text: str, found: list[PiiSpan]) -> None:
    """The lower-case word opening ``text`` before a request to its reader (see above), when
    it is four letters or more and no English word."""
    match = _OPENING_REQUEST.match(text)
    if match is None:
        return
    group = 1 if match.group(1) is not None else 2
    word = match.group(group)
    if len(word) >= 4 and "-" not in word and not is_english(word):
        found.append(PiiSpan(match.start(group), match.end(group), PERSON))
