"""Lone names: one given name where only a name fits (after a greeting, role, title or name
key, before a verb of speech, in a list, at the end of a sentence) and sign-off lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from processors.redaction.lexicon import common_words, first_names
from processors.redaction.name_contexts import _PRODUCT_KEY
from processors.redaction.name_cue_words import (
    _CUE_KINDS,
    _KEY_CUE,
    _NOT_SAID_AFTER,
    _PHRASE_CUES,
    _PREPOSITION_ENDS,
    _SAID_AFTER,
    _SAID_STARTS,
    LISTED_NAME_VERBS,
    PERSON_ROLES,
    ROLE_PREDICATE,
    SIGN_OFF_CUES,
)
from processors.redaction.name_word_lists import _FUNCTION, _NOT_NAME
from processors.redaction.name_words import _L, _LONE_NAME_OK, _LONE_NAME_OK_CASELESS, _PARTICLE, _U
from processors.redaction.person11_recall_words import LISTED_GIVEN
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.word_memo import WordMemo


def _lone_names(
    text: str,
    candidates: Iterable[re.Match[str]],
    name_ok: WordMemo[bool],
    caseless: bool,
    out: list[PiiSpan],
) -> None:
    """Each candidate word that ``name_ok`` admits and whose place makes it a lone name."""
    listed_end = -1  # end of the last lone name, for lists: "cc: Lars, Ingrid, Per"
    for match in candidates:
        if name_ok[match.group()]:
            start, end = match.span()
            name_end = _lone_name_end(text, start, end, listed_end, caseless)
            if name_end >= 0:
                listed_end = name_end
                out.append(PiiSpan(start, name_end, PERSON))


_LIST_SEPARATORS: Final = frozenset([", ", " and ", " & ", ", and ", " or ", "/", " / "])
# A lone name after these and a space may end a sentence or sign off ("... times. Hannah",
# "-- Pierre from ...", "\u2014 Ana").
_TAIL_MARKS: Final = ".!?-\u2014"
_AFTER_TAIL: Final = re.compile(r"[.!]?$| from\b| [A-Z]\.?$")
# A candidate for a lone name in text with capitals, after its first (capital) letter.
# (The atomic group only saves backtracking: a shorter word is followed by a letter, which
# the look-ahead rejects anyway.)
_LONE_AFTER_CAPITAL: Final = (
    rf"(?<![\w'\u2019@.+].)(?<!\w-.)(?>[^\W\d_'\u2019]*(?:-[^\W\d_]+)?)"
    r"(?=$|[\s,.!?:;)\"'|])"  # (stop 33: "|" ends a value, "assignee=Leoamiro|priority=p2")
    # followed by a capitalised word it is part of a run, which find_names handles
    rf"(?! {_U}{_L})"
)
_LONE_CANDIDATE: Final = re.compile(_U + _LONE_AFTER_CAPITAL)


def _cued_single(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands where only a name fits."""
    if start == 0:
        return False
    previous = text[start - 1]
    if previous in "\"':=":
        return _KEY_CUE.search(text, max(0, start - 32), start) is not None
    if previous in "-\u2014~":
        # a dash sign-off that ends the text, not after a letter or digit: "Love it!!! -Eleni"
        return text[end:].strip(" .!") == "" and (start < 2 or not text[start - 2].isalnum())
    if previous not in " ,(":
        return False  # (after a tab or a line break nothing cues a lone name)
    # After a sentence or a dash, as the last word or before "from": "... times. Hannah".
    if (
        previous == " "
        and start >= 2
        and text[start - 2] in _TAIL_MARKS
        and _AFTER_TAIL.match(text, end) is not None
    ):
        return True
    # Otherwise the word before (and its separators) decides: "Hi Anna", "Dear Mr. Ito",
    # "customer (Grace)", "my name is Lena". The look-back is a window of 32 characters.
    stripped = text[start - 32 if start > 32 else 0 : start].rstrip(" ,(")
    if start > 32 and not text[start - 33].isspace() and len(stripped.split()) <= 3:
        stripped = _whole_words_before(text, start - 32, start)  # the window cut a word
    parts = stripped.rsplit(None, 1)
    if not parts:
        return False
    cue = _CUE_KINDS[parts[-1].rstrip(":")]
    if not cue and parts[-1][0] in '"([{':  # a greeting after a quote: '"thanks Ana!"'
        cue = _CUE_KINDS[parts[-1].rstrip(":").lstrip('"([{')]  # (set 8: or '"Dr. Ryu"')
        if cue == "title":  # (not a brand: '"brand": "Mrs. Meyer's"')
            quote = text.rfind(parts[-1], 0, start) + 1
            cue = "" if _PRODUCT_KEY.search(text, max(0, quote - 40), quote) else cue
        cue = cue if cue in ("word", "title") else ""
    if not cue and parts[-1][-1] == ":" and parts[-1].lower() == "contact:":  # (set 8)
        cue = "word"
    if cue == "word":
        if parts[-1] == "u" and _asked_to_do(parts[0] if len(parts) > 1 else ""):
            return False
        # "best, anna" signs off; "best pho in oslo" does not
        return parts[-1].lower() not in SIGN_OFF_CUES or not text.startswith(" ", end)
    if cue == "title":
        return previous == " "
    if cue != "phrase end":
        return False
    # (stop 33: a quote opens the phrase: 'customer: "this is Teminike again')
    words = [word.lstrip("\"'(\u201c") for word in stripped.lower().split()[-3:]]
    if " ".join(words[-2:]) not in _PHRASE_CUES and " ".join(words) not in _PHRASE_CUES:
        return _role_is(words)
    return words[-1] not in _PREPOSITION_ENDS or text[start:end].lower() in first_names()


# (stop 43, set 41) Whose role it is: "nana's carer is Sampath", "our tutor is Fikru".
_ROLE_OWNERS: Final = frozenset(["my", "her", "his", "our", "their", "your", "the"])


def _role_is(words: list[str]) -> bool:
    """Whether the last three words before a lone name say whose role the name plays ("my
    carer is", "nana's carer is", "the landlord is")."""
    return (
        len(words) == 3
        and words[2] == "is"
        and words[1] in PERSON_ROLES
        and (words[0] in _ROLE_OWNERS or words[0].endswith(("'s", "\u2019s")))
    )


# (stop 42) After these, "u" asks the listener to do something: a verb follows it ("can u
# venmo me", "did u zelle it"), while "miss u jaspreet" or "love u anna" speak to a name.
_ASKING_BEFORE_U: Final = frozenset(
    ["can", "could", "cud", "will", "would", "wud", "did", "do", "does", "should", "pls", "plz"]
)


def _asked_to_do(before: str) -> bool:
    """Whether the text ``before`` the cue word "u" ends in a word that asks for a deed."""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _ASKING_BEFORE_U


def _whole_words_before(text: str, low: int, start: int) -> str:
    """``text[low:start]`` widened back to the start of the word it cuts, stripped as in
    _cued_single ("blahhi" + spaces + "Anna": the cue word is "blahhi", not "hi")."""
    while low > 0 and not text[low - 1].isspace():
        low -= 1
    return text[low:start].rstrip(" ,(")


def _said_after(text: str, end: int) -> bool:
    """Whether a verb of speech follows the word ending at ``end``: "lucía said"."""
    return text.startswith(_SAID_STARTS, end) and _SAID_AFTER.match(text, end) is not None


# "- Sarah K." signs off with a surname initial.
_TRAILING_INITIAL: Final = re.compile(rf" {_U}\.(?=\s*$|[\"'])")
_SIGN_OFF_LINE: Final = re.compile(
    r"(?m)^[ \t]*(?P<dash>(?:--?|\u2014|\u2013)[ \t]*)?(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"[.!]?[ \t]*$"
)
# (stop 38) A name, a bar or a dash, and a role of a few words: "Reza | Customer Care".
_SIGN_OFF_WITH_ROLE: Final = re.compile(
    r"(?m)^[ \t]*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"[ \t]+[|\u2013\u2014-][ \t]+[^\W\d_][^\n|]{0,40}$"
)
# (stop 46) A dash, a name and, after a comma, a role in lower case: "\u2014 Piers, revenues
# team" (a sign-off of a statement or a notice).
_DASH_SIGN_OFF_WITH_ROLE: Final = re.compile(
    r"(?m)^[ \t]*(?:--|\u2014|\u2013)[ \t]*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?),[ \t]+"
    r"[^\W\d_A-Z][^\W\d_]*(?: [^\W\d_]+){0,4}[ \t.]*$"
)
_CLOSING: Final = re.compile(
    r"(?i)(?:,|\b(?:best|regards|cheers|thanks|thank you|sincerely|love|xo|take care|br|yours"
    r"|wishes))[ \t!.]*$"
)


def _lone_name_end(text: str, start: int, end: int, listed_end: int, caseless: bool) -> int:
    """Where the lone name that may stand at ``text[start:end]`` ends (over a surname in
    caseless text and a trailing initial), or -1 when its place does not make it a name.

    ``listed_end`` is the end of the previous lone name (or -1): a name listed right after it
    needs no cue of its own.
    """
    in_list = listed_end >= 0 and text[listed_end:start] in _LIST_SEPARATORS
    if not (
        in_list
        or _cued_single(text, start, end)
        # (not a company: "pierre from acme will call back")
        or (
            _said_after(text, end)
            and not text.endswith(_NOT_SAID_AFTER, 0, start)
            # a tool or a site "says" ("whatismyip says"; stop 42: in text with capitals too,
            # a bot, "Mergify says"); "said", "is calling" is a person
            and (text[start:end].lower() in first_names() or not text.startswith(" says", end))
            # (set 8) a device or a service "is off" ("Bluetooth is off"), (stop 42) or
            # "helped" or "drives": a listed name only
            and (
                not (
                    text.startswith(LISTED_NAME_VERBS, end)
                    or ROLE_PREDICATE.match(text, end) is not None
                )
                or text[start:end].lower() in first_names()
            )
        )
    ):
        return -1
    if caseless:
        end = _surname_end(text, end)
    initial = _TRAILING_INITIAL.match(text, end)
    return initial.end() if initial else end


def _sign_offs(text: str, caseless: bool, out: list[PiiSpan]) -> None:
    if "\n" in text:
        name_ok = _LONE_NAME_OK_CASELESS if caseless else _LONE_NAME_OK
        for line in _SIGN_OFF_LINE.finditer(text):
            start = line.start()
            previous = _line_before(text, start)
            signs_off = (
                line.group("dash")
                or (start > 0 and _CLOSING.search(previous))
                or (start > 0 and not text[line.end() :].strip())
            )
            name = line.group("name")
            if signs_off and (
                name_ok[name]
                # (stop 38) in cased text, a listed given name typed in lower case: "\n\nbrock"
                or (not caseless and name.islower() and LISTED_GIVEN[name])
            ):
                out.append(PiiSpan(line.start("name"), line.end("name"), PERSON))
        if "--" in text or "\u2014" in text or "\u2013" in text:
            for line in _DASH_SIGN_OFF_WITH_ROLE.finditer(text):
                if name_ok[line.group("name")]:
                    out.append(PiiSpan(line.start("name"), line.end("name"), PERSON))
        # (stop 38) a name and its role after a closing line: "Thanks,\nWei | Customer Care"
        for line in _SIGN_OFF_WITH_ROLE.finditer(text):
            start = line.start()
            closed = start > 0 and _CLOSING.search(_line_before(text, start)) is not None
            if closed and name_ok[line.group("name")]:
                out.append(PiiSpan(line.start("name"), line.end("name"), PERSON))


def _line_before(text: str, start: int) -> str:
    """The line before the line that starts at ``start``."""
    return text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]


_LOWER_SURNAME: Final = re.compile(
    rf" (?:{_L}\.? {{1,2}})?(?:{_PARTICLE} )*({_L}+(?:['\u2019]{_L}{{2,}})?(?:-{_L}+)?)"
    rf"(?=$|[\s,.!?:;)\"'])"
)


def _surname_end(text: str, end: int) -> int:
    """In caseless text, extend a cued given name over an initial and up to two uncommon
    words ("maría josé garcía")."""
    for _ in range(2):
        match = _LOWER_SURNAME.match(text, end)
        if match is None or len(match.group(1)) < 2:
            break
        word = match.group(1)
        if word in common_words() or word in _NOT_NAME or word in _FUNCTION:
            break
        end = match.end()
    return end
