"""Name shapes: spans that hold a person whatever the name is (``Surname, Given`` after a
role or a person key, two names joined by ``and``, a name before a phone after ``call``,
names in capitals after a role or opening a line, possessives). See ``docs/redaction.md``,
"Set 8 rules (PERSON)". Every rule sits behind a C-level test (``in`` or one regex).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    city_names,
    common_words,
    english_words,
    place_names,
    surname_words,
)
from processors.redaction.name_not_persons import _POSSESSIVE_AFTER
from processors.redaction.name_words import _NAME_WORD, _listed, plain_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.street_types_first import STREET_TYPES_FIRST
from processors.redaction.substrings import FiredGates

_UP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CAPW: Final = rf"[{_UP}][^\W\d_A-Z]+(?:-[^\W\d_]+)*"  # a capitalised word ("Chih-ming", "Þórður")
_CAPS: Final = rf"[{_UP}]{{2,}}(?:-[{_UP}]+)?"  # a word in capitals ("KRANJC", "SKÓLAVÖRÐUSTÍGUR")
_END: Final = r"(?=$|[\s,.;:!?)\"'|])"

# Role words (lower case) before a "Surname, Given" name.
_ROLES: Final = frozenset(
    ["requester", "owner", "holder", "customer", "client", "tenant", "patient", "applicant",
     "employee", "member", "caller", "guest", "user", "reporter", "assignee", "beneficiary",
     "payee", "passenger", "student", "resident", "buyer", "seller", "sender", "recipient",
     "contact", "name", "cardholder", "signatory", "borrower", "policyholder", "subscriber",
     "debtor", "creditor", "claimant", "candidate", "driver", "author", "reviewer", "approver",
     "doctor", "physician", "agent", "manager", "landlord", "insured", "account", "watcher",
     # (stop 35) people who serve, named in reviews: "Tutor Pugh, Tomos: patient, clear"
     "tutor", "teacher", "coach", "instructor", "trainer", "nurse", "therapist", "dentist",
     "cleaner", "plumber", "electrician", "technician", "mechanic", "installer", "courier",
     "nanny", "babysitter", "carer", "caregiver", "stylist", "lawyer", "attorney", "solicitor",
     "accountant", "consultant", "advisor", "adviser", "realtor", "surveyor", "midwife"]
)  # fmt: skip
# (Speed: the capital first and the look-behind after it, two characters wide, so that the
# regex engine skips straight to capitals instead of trying the look-behind everywhere.)
_SURNAME_GIVEN: Final = re.compile(
    rf"([{_UP}](?<![\w'\u2019-].){_CAPW[len(_UP) + 2 :]}(?: {_CAPW})?), ({_CAPW}(?: {_CAPW})?)"
    rf"{_END}"
)
_KEY_BEFORE: Final = re.compile(r"[\"']([\w ]{1,30})[\"']\s*:\s*[\"']$")

_CAPW_FULL: Final = re.compile(_CAPW)
_AND_SECOND: Final = re.compile(rf" and ({_CAPW}) (?=[a-z])")

_CALL_TAIL: Final = re.compile(
    rf"({_CAPW})(?: back)?(?: (?:on|at)|,)? ?(?=[(+]*\d[\d ()./-]{{5,}}\d)"
)
_NAME_BRACKET_PHONE: Final = re.compile(
    rf"(?m)^({_CAPW}) \(\+?\d[\d ./-]{{6,}}\d\) (?=is |will |can |has |says |'s )"
)

# A name opening a Spanish question or exclamation, speaking to someone ("¿Anaïs me pasas
# ...?"), and a name that opens a later sentence with "'s" ("Lovely stay. Jernej's breakfast").
_SPANISH_VOCATIVE: Final = re.compile(
    rf"(?:^|(?<=\s))[\u00bf\u00a1]({_CAPW}),? (?=(?:me|te|nos|le|les|puedes|podés|podrías|pod[eé]is"
    r"|sabes|tienes|vienes|est[aá]s|ya|ayúdame|mándame|pásame|llámame)\b)"
)
_SPANISH_WORDS: Final = frozenset(
    ["qué", "que", "cómo", "como", "cuándo", "cuando", "dónde", "donde", "quién", "quien",
     "cuál", "cual", "cuánto", "cuanto", "por", "para", "alguien", "nadie", "todo", "esto",
     "eso", "ya", "no", "sí", "si", "hay", "ahora", "hoy", "también", "entonces", "bueno",
     "oye", "oiga", "perdón", "disculpa", "hola", "usted", "vos", "tú", "mamá", "papá"]
)  # fmt: skip
_SENTENCE_POSSESSIVE: Final = re.compile(rf"(?<=[^\W_A-Z]{{2}}[.!?] )({_CAPW})['\u2019]s (?=[a-z])")

# Whose number, e-mail or address: only a person's ("whats rutendo's number", "dm'd you
# amna's email", "Ask for Hana's address").
_CONTACT_POSSESSIVE: Final = re.compile(
    r"(?<![\w'\u2019])([^\W\d_]+(?:-[^\W\d_]+)?)['\u2019]s (?:(?:phone|mobile|cell|home|work)"
    r" )?(?:number|no|#|e-?mail|phone|mobile|cell|address|addy|socials|insta|whatsapp)\b"
)
_CAPS_THEN_GIVEN: Final = re.compile(rf"(?m)^((?:{_CAPS} ){{1,2}})({_CAPW})(?= [a-z]|$)")
_CAPS_FIRST_LINE: Final = re.compile(rf"(?:^|(?<=:\n))({_CAPS}(?: {_CAPS}){{1,2}})\n(?=[^\n]*\d)")
_CAPS_AFTER_CUE: Final = re.compile(
    rf"(?<![\w])(?:for|to|[a-z]{{2,}}:|attn:?|FOR|TO|ATTN:?) ({_CAPS}(?: {_CAPS}){{1,2}})"
    r"(?=,|\.(?:\s|$)|\n|$)"
)

_FIRED: Final = FiredGates()  # (shaped_names' last text: see shaped_after_redaction)
_COMMA_CAPITAL: Final = re.compile(rf", [{_UP}]")
_BRACKET_DIGIT: Final = re.compile(r" \(\d")
# (stop 40) Given names that also head a job title before "of" ("Dean of Students").
_TITLE_HEADS: Final = frozenset(["Dean", "Chief", "Head", "Director"])
_WORD_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])([^\W\d_]{2,}) $")


def _all_names(words: str) -> bool:
    return all(_NAME_WORD[word] for word in words.split())


def _surname_given(text: str, found: list[PiiSpan]) -> None:
    match = _SURNAME_GIVEN.search(text)
    while match is not None:
        if _surname_given_ok(text, match):
            found.append(PiiSpan(match.start(), match.end(), PERSON))
            match = _SURNAME_GIVEN.search(text, match.end())
        else:  # ("Requester Galli, Alessio": try again from "Galli")
            match = _SURNAME_GIVEN.search(text, match.start() + 1)


def _surname_given_ok(text: str, match: re.Match[str]) -> bool:
    surname, given = match.group(1), match.group(2)
    if not (_all_names(surname) and _all_names(given)):
        return False
    start, end = match.span()
    before = text[max(0, start - 40) : start]
    if before.endswith(" "):  # after a role word: "Requester Galli, Alessio"
        words = before.split()
        if bool(words) and words[-1].lower().rstrip(":") in _ROLES:
            return True
        return _named_mid_text(text, before, match)
    if before.endswith(("'", '"')):  # the whole quoted value of a person key
        key = _KEY_BEFORE.search(before)
        return (
            key is not None
            and text.startswith(before[-1], end)
            and (
                key.group(1).lower().replace("_", " ").split()[-1] in _ROLES
                or _listed(given.split()[0])
            )
        )
    # a line that opens with the name, then lower-case words or nothing: a search
    if not (start == 0 or before.endswith("\n")):
        return False
    if given in _TITLE_HEADS and text.startswith(" of ", end):
        return False  # (stop 40) a sign-off's title: "Dindo, Dean of Students"
    if end == len(text) or text[end] == "\n" or text[end : end + 2].rstrip().islower():
        return True
    # (stop 33) or a dash and lower-case words, a review's heading: "Huo, Rongqiu — the best
    # piano teacher"; the given name is listed or in no list, neither word a place
    return (
        text.startswith((" \u2014 ", " \u2013 ", " - "), end)
        and text[end + 3 : end + 5].rstrip().islower()
        and plain_name_word(given.split()[0])
        and not any(word.lower() in city_names() for word in (*surname.split(), *given.split()))
    )


# (stop 43) What goes on a list rather than a name: ", Capital", " and Capital", " & ..."
_LIST_GOES_ON: Final = re.compile(rf"(?:,| and| &| or| y| et| und| e)\s+[{_UP}]")
_COPY_CUES: Final = frozenset(["cc", "bcc", "cc'd", "cced"])
_LIST_BEFORE: Final = re.compile(rf"[{_UP}][\w'\u2019-]*,\s*$")


def _named_mid_text(text: str, before: str, match: re.Match[str]) -> bool:
    """(stop 43) "payout failed Cockcroft, Dennis 0x8007", "Gym membership: Darko, Kofi
    contests ...": mid-text, with no role word before it, "Surname, Given" is a person when the
    given name is one listed word and no capitalised word stands before the surname or after
    the given name (a list of full names), not at the end of a label's line (its list) or
    after "cc", the surname is a surname or no English word, no word is a place
    ("Marion, Virginia"), the two are not one word twice (a title, "Eulalie, Eulalie") and
    no list goes on before or after it ("Lagos, Accra, Nairobi", "Smith, Jones and Co")."""
    surname, given = match.group(1), match.group(2)
    if surname == given or " " in given or not _listed(given):
        return False
    if given.lower() in STREET_TYPES_FIRST:
        return False  # (an address after a name: "Kavitha Deshpande, Rua da Consolação")
    if " " in surname and _listed(surname.split()[0]):
        return False  # (a full name before the comma: "Matthias Neumann, Calle ...")
    end = match.end()
    if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
        return False  # (a list of full names: "Rodion Popov, Toby Hollingworth")
    if before.rstrip().endswith(":") and text[end:].split("\n", 1)[0].strip() == "":
        return False  # (a label's list of names: "Watchers: Yindi, Bastien")
    last = before.split()[-1] if before.strip() else ""
    if last[:1].isupper() and _WORD_BEFORE.search(before) is not None:
        return False  # (inside a list: "Chun Kit Lau, Lasha")
    if last.lower().rstrip(":") in _COPY_CUES:
        return False  # (those copied in: "cc Emiliano, Ravindra")
    surnames = surname_words()
    if not all(plain_name_word(word) or word.lower() in surnames for word in surname.split()):
        return False
    cities, places = city_names(), place_names()
    for word in (*surname.split(), *given.split()):
        low = word.lower()
        if low in cities or low in places:
            return False
    return _LIST_GOES_ON.match(text, match.end()) is None and _LIST_BEFORE.search(before) is None


def caps_names(text: str, found: list[PiiSpan]) -> None:
    """Names in capitals (see the module docstring); called by ``label_names`` behind its own
    test for two capitals, a space and a capital."""
    for match in _CAPS_THEN_GIVEN.finditer(text):
        caps, given = match.group(1), match.group(2)
        if _NAME_WORD[given] and all(
            plain_name_word(word) and len(word) > 2 for word in caps.split()
        ):
            found.append(PiiSpan(match.start(), match.end(), PERSON))
    for first in _CAPS_FIRST_LINE.finditer(text) if "\n" in text else ():
        if all(plain_name_word(word) or _listed(word) for word in first.group(1).split()):
            found.append(PiiSpan(first.start(1), first.end(1), PERSON))
    for match in _CAPS_AFTER_CUE.finditer(text):
        words = match.group(1).split()
        if all(plain_name_word(word) or _listed(word) for word in words) or (
            _listed(words[0]) and all(word.lower() not in common_words() for word in words)
        ):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))


def shaped_names(text: str, only: int = -1) -> list[PiiSpan]:
    """Names found by the shapes of the module docstring. ``only`` (speed): the rules to try,
    by bit (see shaped_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit)
    if only & 1 and ", " in text and _COMMA_CAPITAL.search(text) is not None:
        fired |= 1
        _surname_given(text, found)
    if only & 2 and " and " in text:
        fired |= 2
        _and_pairs(text, found)
    if only & 4 and " (" in text and (" (+" in text or _BRACKET_DIGIT.search(text) is not None):
        fired |= 4
        for head in _NAME_BRACKET_PHONE.finditer(text):
            if _NAME_WORD[head.group(1)]:
                found.append(PiiSpan(head.start(1), head.end(1), PERSON))
    if only & 8 and ("all " in text or "ontact " in text or "ext " in text or "hone " in text):
        fired |= 8
        _called_names(text, found)
    if only & 16 and not text.isascii() and ("\u00bf" in text or "\u00a1" in text):
        fired |= 16
        for ask in _SPANISH_VOCATIVE.finditer(text):
            word = ask.group(1)
            if _listed(word) or (plain_name_word(word) and word.lower() not in _SPANISH_WORDS):
                found.append(PiiSpan(ask.start(1), ask.end(1), PERSON))
    if only & 32 and ("'s " in text or "\u2019s " in text):
        fired |= 32
        _possessives(text, found)
    _FIRED.note(text, fired)
    return found


def shaped_after_redaction(text: str, source: str | None) -> list[PiiSpan]:
    """:func:`shaped_names` of ``text``, where ``source`` (when not None) is a text that
    ``text`` is with some spans replaced by placeholders (speed: the re-scan guard). When it
    last read ``source``, only the rules whose gates passed there are tried: no other gate
    passes here, as each tests for cues of no "<", ">" or part of a placeholder (", " then a
    capital letter: a placeholder opens with "<"; a text of plain ASCII stays one)."""
    fired = _FIRED.fired_for(source)
    return [] if fired == 0 else shaped_names(text, fired)


def _and_pairs(text: str, found: list[PiiSpan]) -> None:
    """``Hadas and Tallulah made ...``: two single names opening a sentence."""
    at = text.find(" and ")
    while at > 0:
        start = text.rfind(" ", 0, at) + 1
        newline = text.rfind("\n", 0, at) + 1
        start = max(start, newline)
        if (
            start == newline  # (the text or a line opens with the pair)
            or (start >= 3 and text[start - 2] in ".!?" and text[start - 1] == " ")
        ) and _CAPW_FULL.fullmatch(text, start, at) is not None:
            second = _AND_SECOND.match(text, at)
            if second is not None:
                first_word, second_word = text[start:at], second.group(1)
                if (
                    _NAME_WORD[first_word]
                    and _NAME_WORD[second_word]
                    and (_listed(first_word) or _listed(second_word))
                    and first_word.lower() not in english_words()
                    and second_word.lower() not in english_words()
                ):
                    found.append(PiiSpan(start, at, PERSON))
                    found.append(PiiSpan(second.start(1), second.end(1), PERSON))
        at = text.find(" and ", at + 5)


# The cue words before a called name, each after the letter that starts it ("call", "Call").
_CALL_WORDS: Final = (("all ", "cC"), ("ontact ", "cC"), ("ext ", "tT"), ("hone ", "pP"))


def _called_names(text: str, found: list[PiiSpan]) -> None:
    """``call Maciej back on ...``, ``contact Xanana (08-475 40 93)``."""
    for cue, heads in _CALL_WORDS:
        at = text.find(cue, 1)
        while at > 0:
            if text[at - 1] in heads and (at < 2 or not text[at - 2].isalnum()):
                call = _CALL_TAIL.match(text, at + len(cue))
                if call is not None and _NAME_WORD[call.group(1)]:
                    found.append(PiiSpan(call.start(1), call.end(1), PERSON))
            at = text.find(cue, at + 1)


def _no_name_before(text: str, start: int) -> bool:
    """(Stop 27) The word before ``start`` is none, or a common word that is no particle
    ("Per Dunaway's email"; not "Frits L van den Heuvel's number", a longer name's end)."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return not text[max(0, start - 3) : start].strip(" ").isalpha()
    word = before.group(1).lower()
    return word in common_words() and word not in NAME_PARTICLES


def _possessives(text: str, found: list[PiiSpan]) -> None:
    for owner in _SENTENCE_POSSESSIVE.finditer(text):
        if (
            _NAME_WORD[owner.group(1)]
            and owner.group(1).lower() not in english_words()
            and _POSSESSIVE_AFTER.match(text, owner.end(1)) is None
        ):
            found.append(PiiSpan(owner.start(1), owner.end(1), PERSON))
    for whose in _CONTACT_POSSESSIVE.finditer(text):
        word = whose.group(1)
        if not word.islower():
            # (capitalised names are runs or cued lone names already; stop 27: but not a
            # surname alone, "Per Dunaway's email (...)": a name word of no English list,
            # which holds the brands, "Google's address", and no city)
            low = word.lower()
            if (
                word[1:].islower()
                and _NAME_WORD[word]
                and low not in english_words()
                and low not in city_names()
                and _no_name_before(text, whose.start(1))
            ):
                found.append(PiiSpan(whose.start(1), whose.end(1), PERSON))
            continue
        if _listed(word) or (_NAME_WORD[word] and word.lower() not in english_words()):
            start = whose.start(1)
            before = _WORD_BEFORE.search(text, max(0, start - 24), start)
            if (
                before is not None
                and before.group(1).islower()
                and _NAME_WORD[before.group(1)]
                and (before.group(1).lower() not in english_words())
            ):
                start = before.start(1)  # "thanh hương's number"
            found.append(PiiSpan(start, whose.end(1), PERSON))
