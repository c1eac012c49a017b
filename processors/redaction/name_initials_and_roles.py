"""Names by shape, found with the labelled values (:func:`initials_and_roles_names` is called
by ``label_names``, so that the re-scan guard, which asks ``label_names`` last, stays exact):

- initials then a surname ("K.W. Shibata", "Y. Dhondup"): the surname no frequent English word
  (two initials allow one: "C.F. Bird"), no place, no street after it, no acronym before;
- the two or three lower-case words of a ``user`` key ('"user": "anwesha du"'), the first no
  English word;
- a surname (or two) before a title in brackets ("Spoke with Arceneaux (title Mr)");
- a surname in capitals before a given name inside a mixed-case sentence ("Requester SHEN
  Mingxuan asked");
- a name word (no English word, or a listed given name) after a service role ("our server
  Kalani remembered"), after "Note from" before a colon, before "— she" or "— he", and in
  lower case before "just texted" or after "pick up" ... "from".

See ``docs/redaction.md``, "Set 9 rules (PERSON)".
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names, place_names
from processors.redaction.name_contexts import street_after
from processors.redaction.name_words import _lone_word, plain_name_word
from processors.redaction.spans import PERSON, PiiSpan

_INITIALS_SURNAME: Final = re.compile(
    r"(?<![\w.&'-])((?:[A-Z]\.){1,3}) ?([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?![\w.'&-])"
)
# Initials that are acronyms of places, firms, teams or notes ("U.S. Army", "P.S. Thanks").
_ACRONYMS: Final = frozenset(
    ["U.S.", "U.K.", "D.C.", "A.C.", "E.U.", "U.N.", "P.S.", "N.B.", "L.A.", "N.Y.", "U.S.A.",
     "R.I.P.", "F.C.", "S.A.", "A.M.", "P.M.", "B.C.", "A.D.", "Q.A.", "T.V.", "O.K."]
)  # fmt: skip
_USER_VALUE: Final = re.compile(
    r"(?i)[\"']user(?:_?name)?[\"'][ \t]*:[ \t]*"
    r"[\"']([^\W\d_]{2,}(?: [^\W\d_]{2,}){1,2})[\"']"
)
_BEFORE_TITLE: Final = re.compile(
    r"(?<![\w'-])([A-Z][^\W\d_A-Z]+(?:[-' ][A-Z][^\W\d_A-Z]+)?)"
    r" \(title (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\)"
)
# Two lower-case name words (no English words), then a capitalised word (a place), then a
# lower-case word: a search for a person ("tsegaye welde Leeds dentist").
_LOWER_NAME_PLACE: Final = re.compile(
    r"^([^\W\d_A-Z]{3,}(?:-[^\W\d_A-Z]+)? [^\W\d_A-Z]{3,}(?:-[^\W\d_A-Z]+)?)"
    r" ([A-Z][^\W\d_A-Z]+) (?=[a-z])"
)
# Two or three words in capitals, then a lower-case verb or word, in mixed-case text: "KWAME
# OSEI signed the lease", "just saw ADWOA MENSAH on the news".
_CAPS_PAIR: Final = re.compile(
    r"(?:^|(?<=[a-z] )|(?<=\] ))([A-Z\u00c0-\u00de]{3,}(?:-[A-Z\u00c0-\u00de]+)?"
    r"(?: [A-Z\u00c0-\u00de]{2,}(?:-[A-Z\u00c0-\u00de]+)?){1,2})(?= [a-z])"
)
_NAME: Final = r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?"
_LONE_CUES: Final = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Tt]he|[Yy]our) (?:server|waiter|waitress|bartender|barista|nurse"
    rf"|guide|stylist|therapist|tutor|teacher|coach|nanny|cleaner) ({_NAME})(?= [a-z]|[,.!])"
    rf"|\b(?:[Nn]ote|[Mm]essage|[Mm]emo|[Cc]omment|[Rr]eply) from ({_NAME}):"
    rf"|(?<![\w'-])({_NAME}) [\u2014\u2013] (?:she|he)\b"
)
_LOWER_LONE: Final = re.compile(
    r"(?<![\w'-])([^\W\d_A-Z]{3,}) just (?:texted|called|messaged|emailed|dm'?d|rang)\b"
    r"|\bpick(?:ing|ed)? up ([^\W\d_A-Z]{3,}) from\b"
)
_CAPS_SURNAME_GIVEN: Final = re.compile(
    # (stop 40: also after a number or at the start, "...X28 ODDIE Stuart payroll")
    # (stop 41: and two surnames, "LEDEZMA QUIROGA Joaquín", "AMARAL FALCÃO Jefferson")
    # (stop 44, set 42: also after a comma, "wants ur ssn, BONILLA Pelayo put ...")
    r"(?:(?<=[a-z\d,] )|^)((?:[A-Z\u00c0-\u00de]{2,}(?:-[A-Z]{2,})? ){1,2}"
    # (stop 41: or before an IBAN, "POUDEL Bimal LT66 1830 ..."; stop 42: or a possessive,
    # "dropped MEMON Irfan's address"; stop 44, set 42: or a number, the text's end or a
    # clause's, "MOORHOUSE Royston 821-45-1745 juror questionnaire")
    r"([A-Z][^\W\d_A-Z]{2,}))(?= [a-z]| [A-Z]{2}\d\d|['\u2019]s\b| \+?\d|$|[,;.!?)](?!\w))"
)
# (stop 40) Roles written as capitals before a given name: "TA Dmitri", "HR Stuart".
_ROLE_ACRONYMS: Final = frozenset(
    ["TA", "PA", "RA", "HR", "IT", "PM", "QA", "VP", "GM", "MD", "RN", "NP", "CEO", "CTO", "CFO"]
)


def _surname_ok(initials: str, surname: str) -> bool:
    lower = surname.lower()
    if lower in place_names():
        return False
    if lower in english_words() or lower in common_words():
        return len(initials) >= 4 and lower not in common_words()
    return True


def _after_capitalised_word(text: str, start: int) -> bool:
    """Whether a capitalised word (or a title) and a space come right before ``start``."""
    if start < 2 or text[start - 1] != " ":
        return False
    first = start - 1
    while first > 0 and (text[first - 1].isalpha() or text[first - 1] in "-'."):
        first -= 1
    return first < start - 1 and text[first].isupper()


_ROLE_WORDS: Final = (
    "server", "waiter", "waitress", "bartender", "barista", "nurse", "guide", "stylist",
    "therapist", "tutor", "teacher", "coach", "nanny", "cleaner",
)  # fmt: skip
# Two capitals, a space, a capital: the gate of the rules on words in capitals.
_TWO_CAPITALS: Final = re.compile(
    r"[A-Z\u00c0-\u00de]{2}(?:-[A-Z\u00c0-\u00de]+)? [A-Z\u00c0-\u00de]"
)


# (Speed) One scan for " " and a role word instead of a test per word: a role of
# _LONE_CUES follows "our"/"my"/"the"/"your" and a space.
_SPACE_ROLE_WORD: Final = re.compile(" (?:" + "|".join(_ROLE_WORDS) + ")")


def _role_word(text: str) -> bool:
    """Whether a space and a service role word of :data:`_LONE_CUES` are in ``text`` (a
    cheap gate)."""
    return _SPACE_ROLE_WORD.search(text) is not None


def _initial_dot(text: str) -> bool:
    """Whether ``text`` has a capital initial and a dot ("K." not after a letter)."""
    dot = text.find(".", 1)
    while dot > 0:
        if text[dot - 1].isupper() and (dot == 1 or not text[dot - 2].isalpha()):
            return True
        dot = text.find(".", dot + 1)
    return False


def _caps_surname(word: str) -> bool:
    """A word in capitals that may be a surname: a vowel, no role acronym, no common word."""
    return (
        any(vowel in word for vowel in "AEIOUY\u00c1\u00c3\u00c9\u00cd\u00d3\u00da")
        and word not in _ROLE_ACRONYMS
        and word.lower() not in common_words()
    )


def _listed_not_english(word: str) -> bool:
    """A listed given name that is no English word ("stuart", "michael"; not "summer")."""
    return word in first_names() and word not in english_words()


def initials_and_roles_names(
    text: str,
    found: list[PiiSpan],
    capitals_scan: str | None = None,
    later_capitals: bool = True,
) -> None:
    """Append the names of the module docstring's second list.

    ``capitals_scan`` (speed, see ``label_names``) is where to look for two capitals, a space
    and a capital: ``text`` (the default), a copy with its placeholders in lower case, or ""
    when the caller knows there are no two capitals side by side. ``later_capitals`` False
    (speed) says that no capital follows the first character of ``text`` but in its
    placeholders: then a role or "Note from" cannot be followed by a name (its capital would
    follow a space), and only the dash shape of _LONE_CUES is looked for.
    """
    if _initial_dot(text):
        for match in _INITIALS_SURNAME.finditer(text):
            initials, surname = match.group(1), match.group(2)
            start = match.start()
            gap = start
            while gap > 0 and text[gap - 1] == " ":
                gap -= 1  # ("Edda  A. Greco": two spaces)
            if gap < start and gap > 0 and text[gap - 1].isalpha():
                first = gap - 1
                while first > 0 and (text[first - 1].isalpha() or text[first - 1] in "-'"):
                    first -= 1
                if text[first].isupper():
                    continue  # a middle initial: the other rules take the whole name
            if (
                initials not in _ACRONYMS
                and not (start >= 2 and text[start - 2].isdecimal())  # "12 W. Main St"
                and _surname_ok(initials, surname)
                and not street_after(text, match.end())
            ):
                found.append(PiiSpan(start, match.end(), PERSON))
    if "ser" in text and ("'user" in text or '"user' in text or "'User" in text):
        for match in _USER_VALUE.finditer(text):
            opening = match.group(1).split(" ", 1)[0].lower()
            if opening not in english_words() and opening not in common_words():
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if "(title " in text:
        for match in _BEFORE_TITLE.finditer(text):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if text[:1].islower():
        lower = _LOWER_NAME_PLACE.match(text)
        if lower is not None and all(
            plain_name_word(word) for word in re.split("[ -]", lower.group(1))
        ):
            found.append(PiiSpan(lower.start(1), lower.end(1), PERSON))
    if (
        " \u2014 " in text
        or " \u2013 " in text
        or (later_capitals and ((" from " in text and ":" in text) or _role_word(text)))
    ):
        for match in _LONE_CUES.finditer(text):
            group = match.lastindex or 1
            if group == 3 and _after_capitalised_word(text, match.start(group)):
                continue  # the end of a longer name ("Mrs Ó Briain — she"): other rules'
            if _lone_word(match.group(group)):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if " just " in text or " up " in text:
        for match in _LOWER_LONE.finditer(text):
            group = match.lastindex or 1
            if _lone_word(match.group(group)):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    scan = text if capitals_scan is None else capitals_scan
    if scan and _TWO_CAPITALS.search(scan) is not None and not text.isupper():
        for match in _CAPS_PAIR.finditer(text):
            words = re.split("[ -]", match.group(1))
            if all(
                any(vowel in word for vowel in "AEIOUY") and plain_name_word(word) for word in words
            ):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
        for match in _CAPS_SURNAME_GIVEN.finditer(text):
            run = match.group(1)
            surnames = run[: run.rindex(" ")].split(" ")
            given = match.group(2).lower()
            # (stop 44: before a number or a clause's end, surnames of three letters or more,
            # "through IB French, £55" is no name)
            short_ok = (
                match.end() < len(text)
                and text[match.end()] == " "
                and not (text[match.end() + 1 : match.end() + 3].lstrip("+")[:1].isdigit())
            )
            if (
                all(_caps_surname(surname) for surname in surnames)
                and (short_ok or min(map(len, surnames)) >= 3)
                and (given in first_names() or plain_name_word(match.group(2)))
                # (stop 41: a listed given name that is no English word may be frequent,
                # "MOTTRAM Stuart")
                and (given not in common_words() or _listed_not_english(given))
                and not text.isupper()
            ):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
