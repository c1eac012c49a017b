"""The value of a key that names one person (round 13): ``approved_by=Tavish``,
``"display": "Zaurbek"``, ``"display_name": "xóchitl marchetti-vrane"``.

``key_names(text)`` (called by ``person13_initials.cross13``) reads the value after a key of
the list below: one to three words in quotes after ``=`` or ``:``, or one word without quotes
after ``=`` (a labelled form line, ``Account holder: Nizhoni Two Bulls``, is left to the label
rules, which take the whole line): the words all capitalised or all in
lower case (never all in capitals: codes), each of letters with inner hyphens or apostrophes.
Every word is a listed given name, a listed surname, a particle inside the name, or a word of
no English list, and the first word is no frequent English word; values such as ``none``,
``unassigned``, ``root`` or ``admin`` are not names. The earlier key rule
(``person_recall_keys_and_capitals``) needs a quoted, capitalised value holding a listed given
name; names of no list (``Karthikeyan``, ``Kestrabel``), unquoted values in key=value logs and
lower-case display names were missed. Keys that hold user names, agents or products
(``user``, ``agent``, ``name``) are not in the list: a user name is not a person.

Stop 26: a surname key's value (``"last_name": "Prewitt"``) is a surname though the English
list holds it; and a staff key (``agent=``, ``operator=``, ``courier=`` ...), whose value may be
software (``agent=curl/8.1``) or a team, holds a person only when that value is one listed
given name of no English list (``agent=dietmar``).

Stop 27: ``payer`` is a person key; one capitalised listed given name that is a common word
is a name as a key's whole value (``"display": "Joy"``); a lower-case value made of two
English words glued together is a user name (``actor=quietotter``), not a person.

Stop 29: a group's handle (``owner=team-atlas``) is no person.

Stop 28: one word after a colon that ends the line (``Owner: cleonice``); ``admin`` is a person
key.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    is_english,
    surname_words,
)
from processors.redaction.name_word_lists import NOT_NAME_VALUES
from processors.redaction.name_words import english_compound, plain_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = [
    "GROUP_WORDS",
    "after_person_key",
    "key_names",
    "may_have_key",
    "person_key_at",
    "person_value_ok",
    "quoted_person_value",
]

# (stop 40) People of schools, charities, insurers and HR records ('"coordinator":"Vinnie"'):
# person keys whose words are their own stems (so the gate below lists them as they are).
_INSTITUTION_KEYS: Final = (
    r"|coordinator|guardian|mentor|supervisor|teacher|tutor|referee|candidate|student"
    r"|instructor|donor|claimant|policyholder|volunteer"
)
# Keys that name one person (own curated list, from the labels of support and delivery
# records): alone or as the tail of a longer key ("account_holder").
_KEYS: Final = (
    r"display|display_?name|full_?name|contact_?name|holder|assignee|approved_?by|approver"
    r"|owner|payee|payer|driver|recipient|reporter|requester|actor"  # (stop 25: "actor=")
    r"|admin"  # (stop 28: "admin: iolanda"; "admin: root" is no name value)
    r"|last_?name|family_?name|surname"  # (stop 26: '"last_name": "Prewitt"')
    # (stop 30) who did something to a record: "audit: changed_by=nirmay"
    r"|(?:changed|updated|created|modified|requested|reviewed|deleted|edited|submitted"
    r"|closed|resolved|signed|verified|escalated|refunded|cancell?ed)_?by"
    # (stop 32) people a record is about: 'beneficiary="tobrin ollivane"', "employee: ..."
    r"|beneficiary|employee|patient|applicant|debtor|creditor|cardholder|name_?on_?card"
    # (stop 37) 'given_names: "Ariunaa"', '"signed_off_by":"Arben M."'
    r"|given_?names?|first_?names?|forenames?|signed_?off_?by" + _INSTITUTION_KEYS
)
_WORD: Final = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
# (stop 29) Words that open the handle of a group, not a person ("team-atlas", "squad-kilo").
GROUP_WORDS: Final = frozenset(
    ["team", "squad", "group", "grp", "dept", "org", "ops", "crew", "guild"]
)


def _key_end(keys: str) -> re.Pattern[str]:
    """A key of ``keys`` (an alternation), alone or as a longer key's tail, ending where a
    mark follows (searched back from the mark)."""
    return re.compile(rf"(?i)(?<![\w-])(?:\w+_)?(?:{keys})[\"']?[ \t]{{0,8}}$")


# A person key before a mark, and the value after the mark: one to three words in quotes, or
# one word without quotes after "=".
_KEY_END: Final = _key_end(_KEYS)
# (stop 26) Keys of a call centre's or a shop's staff: their value is a person only when it
# is a listed given name of no English list ("agent=dietmar"; "agent=curl/8.1" is software).
_STAFF_KEYS: Final = (
    r"agent|operator|advisor|adviser|technician|courier|cashier|clerk"
    r"|player"  # (stop 41) a game server's: '"player": "Zhenya"' ('"player": "VLC"' is no name)
)
_STAFF_KEY_END: Final = _key_end(_STAFF_KEYS)
# (stop 26) A surname key's value is a surname whatever the lists say ("last_name": "Prewitt").
_SURNAME_KEY_END: Final = re.compile(r"(?i)(?:last_?name|family_?name|surname)[\"']?[ \t]{0,8}$")
_VALUE: Final = re.compile(
    rf"[:=][ \t]*(?:\"({_WORD}(?: {_WORD}){{0,2}})\"|'({_WORD}(?: {_WORD}){{0,2}})')"
    rf"|=({_WORD})(?=$|[\s,;)}}\]])"
    # (stop 28) one word after a colon that ends the line: "Owner: cleonice", "admin: iolanda"
    rf"|:[ \t]*({_WORD})(?=[ \t]*(?:$|\n))"
)
# (Speed) A stem of every key, then the rest of a key and a mark: a gate on lower-cased text,
# cheaper than the case-blind key regex.
_STEM_THEN_MARK: Final = re.compile(
    r"(?:display|name|holder|assignee|approv|owner|paye|driver|recipient|report|request|actor"
    r"|surname|agent|operator|advis|technician|courier|cashier|clerk|player|admin|_by|edby"
    r"|beneficiar|employee|patient|applicant|debtor|creditor|on_?card" + _INSTITUTION_KEYS + r")"
    r"[\w\"' \t]*[:=]"
)


def _word_ok(word: str, inner: bool) -> bool:
    low = word.lower()
    if inner and low in NAME_PARTICLES:
        return True
    parts = re.split(r"['\u2019-]", low)
    return all(p in first_names() or p in surname_words() or plain_name_word(p) for p in parts)


def person_value_ok(value: str) -> bool:
    """Whether ``value`` (one to three words) reads as a person's name (module docstring)."""
    words = value.split(" ")
    if len(value) < 2 or value.isupper() or value.lower() in NOT_NAME_VALUES:
        return False  # (stop 39: a one-letter value, "account_holder=x", is no name)
    if value.partition("-")[0].lower() in GROUP_WORDS:
        return False  # (stop 29) "owner=team-atlas": a team's handle
    if words[0].lower() in common_words() and not (
        # (stop 27) a given name that is a common word, alone as a person key's value:
        # '"display": "Joy"', "owner=Robin"
        (len(words) == 1 and value[:1].isupper() and value.lower() in first_names())
        # (stop 31) or before a surname of no English list: 'holder="Honor Torrimund"'
        or (len(words) == 2 and _given_then_unlisted_surname(words))
    ):
        return False
    if not (value.islower() or all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)):
        return False
    if len(words) == 1 and value.islower() and _glued_english_words(value):
        return False  # (stop 27) a user name of two words: "actor=quietotter"
    last = len(words) - 1
    return all(_word_ok(w, 0 < i < last) for i, w in enumerate(words))


def _given_then_unlisted_surname(words: list[str]) -> bool:
    """A capitalised listed given name, then a capitalised word of no English list."""
    given, surname = words
    return (
        given[:1].isupper()
        and surname[:1].isupper()
        and given.lower() in first_names()
        and not is_english(surname.lower())
    )


def _glued_english_words(word: str) -> bool:
    """``word`` (lower case) is no listed name and is two English words of three or more
    letters written together (``quietotter``, ``bluecheese``), as user names are made."""
    if word in first_names() or word in surname_words():
        return False
    english = english_words()
    return any(word[:cut] in english and word[cut:] in english for cut in range(3, len(word) - 2))


def _staff_name(text: str, at: int, found: list[PiiSpan], courier: bool) -> None:
    """The value after the staff key's mark at ``at``, when one listed given name, or (no
    courier key) one capitalised word of no list."""
    value = _VALUE.match(text, at)
    if value is None:
        return
    group = value.lastindex or 1
    word = value.group(group)
    low = word.lower()
    if " " in word or low in NOT_NAME_VALUES:
        return
    if ((word.islower() or word.istitle()) and low in first_names() and not is_english(low)) or (
        # (stop 40) a capitalised word of no list ("agent=Auma", '"agent":"Arnel"'), but not
        # a courier firm's ("courier":"Yodel") nor an English compound ("Goldcrest")
        word.istitle() and not courier and plain_name_word(low) and not english_compound(low)
    ):
        found.append(PiiSpan(value.start(group), value.end(group), PERSON))


def _surname_value_ok(value: str) -> bool:
    """A surname key's value: one word, capitalised or in lower case, no frequent English
    word (``"last_name": "none"``) nor a value that names nobody."""
    low = value.lower()
    return (
        " " not in value
        and not value.isupper()
        and (value[:1].isupper() or value.islower())
        and low not in common_words()
        and low not in NOT_NAME_VALUES
    )


def may_have_key(text: str) -> bool:
    """A cheap gate: a key stem, word characters, quotes or blanks, then ``:`` or ``=`` in
    the lower-cased text (every match of the key regex passes it)."""
    return ("=" in text or ":" in text) and _STEM_THEN_MARK.search(text.lower()) is not None


def after_person_key(text: str, start: int) -> bool:
    """(Stop 25) The word at ``start`` is the unquoted value of a person key
    (``owner=chidera job=nightly``): a log's next key after it makes it no technical value."""
    return (
        start > 0
        and text[start - 1] == "="
        and _KEY_END.search(text, max(0, start - 49), start - 1) is not None
    )


def person_key_at(text: str, mark: int) -> bool:
    """(Stop 36) A person key ends right before the mark (":" or "=") at ``mark``, its quote
    and blanks aside ("Requester:", '"holder":')."""
    return _KEY_END.search(text, max(0, mark - 48), mark) is not None


def quoted_person_value(text: str, start: int) -> bool:
    """(Stop 26) The word at ``start`` opens the quoted value of a person key
    (``"last_name": "Prewitt"``): a key's value opens no sentence."""
    if start < 3 or text[start - 1] not in "\"'":
        return False
    mark = start - 2
    while mark > 0 and text[mark] in " \t":
        mark -= 1
    return text[mark] in ":=" and _KEY_END.search(text, max(0, mark - 48), mark) is not None


def key_names(text: str) -> list[PiiSpan]:
    """The person values of the module docstring. (Speed: the marks come from the gate's
    regex on the lower-cased text, which keeps every offset when it keeps the length; a key
    is then looked for only right before a mark.)"""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[PiiSpan] = []
    for mark in _STEM_THEN_MARK.finditer(low):
        at = mark.end() - 1
        if _KEY_END.search(text, max(0, at - 48), at) is None:
            if (staff := _STAFF_KEY_END.search(text, max(0, at - 32), at)) is not None:
                _staff_name(text, at, found, "ourier" in staff.group())
            continue
        value = _VALUE.match(text, at)
        if value is None:
            continue
        group = value.lastindex or 1
        if person_value_ok(value.group(group)) or (
            _surname_value_ok(value.group(group))
            and _SURNAME_KEY_END.search(text, max(0, at - 24), at) is not None
        ):
            found.append(PiiSpan(value.start(group), value.end(group), PERSON))
    return found
