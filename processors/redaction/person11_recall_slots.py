"""Set-11 person recall: names found by the slot they stand in (see ``person11_recall``).

- a surname after a title or a role noun, the title left out (``Rev. Shim``, ``Dr van der
  Meulen``, ``Coach Pawar's``, ``coach van Wyk``);
- ``Surname, Given`` as a whole slot: a line or list item, a quoted value, after ``by``
  (``- Benaissa, Faiza``, ``author="Bagheri, Sediqa"``, ``approved by Sanz, Uxue change=``);
- ``SURNAME Given`` after a label or at a line start (``Reporter: OMBATI Namubiru.``);
- a line written in capitals that is a name (``SHIP TO:`` then ``PARTH EL-GAMAL``), and a
  name opening a sentence of an all-capitals text (``AVOID. ANI KHACHATRYAN HUNG UP``);
- a name between a verb of contact and a number (``message Torsten on 01632 ...``,
  ``text kalonji on +55 ...``);
- two capitalised names joined by ``&`` or ``and`` after a preposition or a label
  (``Ordered for Ebiere & Otgonbayar,``, ``Shoutout to Balqis and Refilwe in``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import NAME_PARTICLES, common_words, first_names
from processors.redaction.name_not_persons import (
    not_a_person_run,
    not_a_person_run_by_head_or_key,
)
from processors.redaction.name_words import plain_name_word
from processors.redaction.person11_recall_words import (
    AFTER_TITLE,
    CAP_WORD,
    CAPS_WORD,
    CONTACT_VERBS,
    LISTED_GIVEN,
    LOOSE_NAME_TOKEN,
    LOW_WORD,
    NAME_TOKEN,
    PARTICLE,
    PLAIN_PARTS,
    ROLE_ALTERNATION,
    TITLE_ALTERNATION,
    U,
    is_place,
)
from processors.redaction.person_neg_contexts import drop_lookalike_persons
from processors.redaction.spans import PERSON, PiiSpan

_NAME_RUN: Final = rf"(?:{PARTICLE} )*{CAP_WORD}(?: (?:{PARTICLE} )*{CAP_WORD}){{0,2}}"
_TITLED: Final = re.compile(
    rf"(?:(?:{TITLE_ALTERNATION})\.?|{ROLE_ALTERNATION}) (?P<name>{_NAME_RUN})(?![\w\u2019-]|'\w\w)"
)
_TOKEN_SPLIT: Final = re.compile(r"\S+")
# Roles that brands put before a given name for a mascot (curated by hand).
_MASCOT_ROLES: Final = frozenset(["captain", "chef", "doctor", "professor", "judge", "officer"])


def _is_particle(word: str) -> bool:
    return word.lower() in NAME_PARTICLES


# Before a title, words that make "Mrs. Robinson" or "Dr. No" a song, a book or a film.
_WORK_BEFORE: Final = re.compile(
    r"(?i)(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+$|\b(?:read|reading|watch|watched"
    r"|watching|listen to|listening to|listened to|played|playing|sang|singing|saw|seen)\s$"
)


# (Speed) An alternation of words is cheap for the regex engine only when nothing comes
# before it (no look-behind): the title is found so, and the character before it is tested
# after. Role nouns are first looked for among the words of the text.
_TITLE_WORD: Final = re.compile(rf"(?:{TITLE_ALTERNATION})\.? ")
_ROLE_WORD: Final = re.compile(rf"(?:{ROLE_ALTERNATION}) ")
_GLUED: Final = ".'\u2019-_@/"


def titled_names(text: str, out: list[PiiSpan], covered: list[PiiSpan] | None = None) -> None:
    """A surname after a title or a role noun (see module docs). A name that one of
    ``covered`` holds already is not checked further (speed: it would add nothing)."""
    for at in _TITLE_WORD.finditer(text):
        start = at.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _GLUED):
            _titled_at(text, start, out, covered)
    if "oach " in text or "urse " in text or "fficer " in text:
        for at in _ROLE_WORD.finditer(text):
            start = at.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _GLUED):
                _titled_at(text, start, out, covered)


def _titled_at(text: str, start: int, out: list[PiiSpan], covered: list[PiiSpan] | None) -> None:
    """The name after the title or role noun at ``start``, if any."""
    match = _TITLED.match(text, start)
    if match is not None:
        if start > 0 and _WORK_BEFORE.search(text, max(0, start - 16), start) is not None:
            return
        words = list(_TOKEN_SPLIT.finditer(match.group("name")))
        base = match.start("name")
        end = -1
        particle = False
        for index, word in enumerate(words):
            token = word.group()
            if _is_particle(token):
                if index == len(words) - 1 and token[0].isupper() and not particle:
                    end = base + word.end()  # a surname that is a particle too ("Mrs Du")
                particle = True
                continue
            if not (AFTER_TITLE[token] or (particle and LOOSE_NAME_TOKEN[token])):
                break
            end = base + word.end()
            particle = False
        if end < 0:
            return
        if covered and any(s.start <= base and end <= s.end for s in covered):
            return
        head = text[start:base].rstrip(" .")
        if head.lower() in _MASCOT_ROLES and text[base:end].lower() in first_names():
            return  # a brand's mascot as often as a person ("Captain Morgan", "Chef Mario")
        if any(
            not_a_person_run(text, a, end) or not_a_person_run_by_head_or_key(text, a, end)
            for a in (start, base)
        ) or not drop_lookalike_persons(text, [PiiSpan(start, end, PERSON)]):
            return  # ('campaign="Dr. Martens"', "Dr. Martens outlet")
        out.append(PiiSpan(base, end, PERSON))


# "Shout out to Chaltu in", "Kudos to Elmarie": a thanks, "to", a name.
_SHOUT_OUT: Final = re.compile(
    rf"(?:[Ss]hout[- ]?[Oo]uts?|[Kk]udos|[Cc]ongrats|[Cc]ongratulations|[Tt]hanks|[Tt]hank you)"
    rf" to (?P<name>{_NAME_RUN})(?![\w\u2019-]|'\w\w)"
)


def shout_out_names(text: str, out: list[PiiSpan]) -> None:
    """A name after a thanks and ``to`` (every word a name word, one of no English list)."""
    for match in _SHOUT_OUT.finditer(text):
        words = [w for w in match.group("name").split(" ") if not _is_particle(w)]
        if all(NAME_TOKEN[w] for w in words) and any(PLAIN_PARTS[w] for w in words):
            out.append(PiiSpan(match.start("name"), match.end("name"), PERSON))


# (stop 26) Up to two particles or an "al-"/"el-" before the surname ("van 't Hek, Khalid",
# "al-Harthy, Hiba"), and the slot may end at ", " before a lower-case word when it opens its
# line ("von Ahlefeldt, Jörg, verified buyer."; checked in _inverted_at).
# (stop 27: or before a lower-case word when the name opens the text, a search query's
# "Huckabee, Shelby contact details"; checked in _inverted_at)
_SLOT_END: Final = r"(?=$|[\n\"';)\]}]| [a-z_]+=|[.!] |[.!]$|, [a-z]| [a-z])"
_INVERTED: Final = re.compile(
    rf"(?P<sur>(?:{PARTICLE} ){{0,2}}(?:[ae]l-)?{CAP_WORD}(?: {CAP_WORD})?), "
    rf"(?P<given>{CAP_WORD}(?: {CAP_WORD})?){_SLOT_END}"
)
_KEY_AFTER: Final = re.compile(r" [a-z_]+=")
# (stop 27) Role words that may open a text before "Surname, Given" ("User Xu, Jianguo ...").
_ROLES: Final = "User|Customer|Client|Member|Guest|Patient|Tenant"
_ROLE_BEFORE: Final = re.compile(rf"(?:^|\n)(?:{_ROLES}) $")
_ROLE_OPENING: Final = re.compile(rf"(?:{_ROLES}) ")
_GIVEN_ENDS_SLOT: Final = re.compile(rf"{CAP_WORD}(?: {CAP_WORD})?{_SLOT_END}")
_SLOT_BEFORE: Final[tuple[str, ...]] = (
    "\n",
    '"',
    "'",
    "=",
    "(",
    "[",
    "- ",
    "* ",
    "\u2022 ",
    ": ",
    "by ",
    "for ",
    # (stop 27) a role word opening the text: "User Xu, Jianguo reports ..."
    "User ",
    "Customer ",
    "Client ",
    "Member ",
    "Guest ",
    "Patient ",
    "Tenant ",
)


_COMMA_CAPITAL: Final = re.compile(rf", (?={U})")


def inverted_names(text: str, out: list[PiiSpan]) -> None:
    """``Surname, Given`` that fills a slot (see module docs)."""
    for comma in _COMMA_CAPITAL.finditer(text):
        pos = comma.start()
        # (speed) a capitalised word must end right before the comma, and the given name
        # must end the slot after it, before the slot start is looked for
        begin = pos
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'\u2019-"):
            begin -= 1
        if begin == pos or not (
            text[begin].isupper() or (text.startswith(("al-", "el-"), begin) and begin + 3 < pos)
        ):
            continue
        if _GIVEN_ENDS_SLOT.match(text, pos + 2) is None:
            continue
        low = max(0, pos - 48)
        starts = {0} if low == 0 else set()
        for mark in _SLOT_BEFORE:
            found = text.rfind(mark, low, pos)
            if found >= 0:
                starts.add(found + len(mark))
        ordered = sorted(starts)
        role = _ROLE_OPENING.match(text)
        if role is not None and role.end() < pos:
            ordered.insert(0, role.end())  # (stop 27) "User Xu, Jianguo reports ...", first
        for start in ordered:
            match = _INVERTED.match(text, start)
            if match is not None and match.end("sur") == pos:
                _inverted_at(text, match, out)
                break


def _inverted_at(text: str, match: re.Match[str], out: list[PiiSpan]) -> None:
    """The checks of :func:`inverted_names` on one candidate."""
    start = match.start()
    if start > 2 and text.endswith(("- ", "* "), 0, start) and text[start - 3] != "\n":
        return  # a dash inside a line, not a list item
    if text.startswith(",", match.end()) and not (
        (start == 0 or text[start - 1] == "\n")
        and not (LISTED_GIVEN[match.group("sur")] and LISTED_GIVEN[match.group("given")])
    ):
        return  # (a comma ends the slot only of a line's opening name; "Lars, Ingrid, and")
    if (
        start > 0
        and text.startswith(" ", match.end())
        and text[match.end() + 1].islower()
        and _KEY_AFTER.match(text, match.end()) is None
        and _ROLE_BEFORE.search(text, max(0, start - 12), start) is None
    ):
        # (before a lower-case word the slot is a query's opening name, or follows a role
        # word that opens the text: "User Xu, Jianguo reports ...")
        return
    surname = [w for w in match.group("sur").split(" ") if not _is_particle(w)]
    given = match.group("given").split(" ")
    if len(surname) > 1 and len(given) > 1:
        return  # two full names in a list ("Watchers: Riku Mori, Shadi Amini")
    if text.endswith("s: ", 0, start):
        return  # after a plural key a comma separates items ("Watchers: Omid, Eneida")
    if (
        text.endswith(": ", 0, start)
        and len(surname) == 1
        and LISTED_GIVEN[surname[0]]
        and LISTED_GIVEN[given[0]]
    ):
        return  # two given names after a label are a list ("cc: Lars, Ingrid")
    # (the surname may be a word of the 40,000-word list: "Okada", "Yoshida")
    if not all(LOOSE_NAME_TOKEN[w] for w in surname) or not all(NAME_TOKEN[w] for w in given):
        return
    countries = country_names()
    if any(w.lower() in countries or is_place(w.lower()) for w in (*surname, *given)):
        return
    if (
        start > 0
        and (text[start - 1] in "\"'=([" or text.endswith(": ", 0, start))
        and given[0].lower() not in first_names()
        and _PERSON_KEY_BEFORE.search(text, max(0, start - 28), start) is None
    ):
        return  # a value of no person key needs a listed given name ('"route": "A, B"')
    out.append(PiiSpan(start, match.end(), PERSON))


# Keys whose value is a person (curated by hand), before a quote, "=", "(" or ": ".
_PERSON_KEY_BEFORE: Final = re.compile(
    r"(?i)(?:name|author|by|reviewer|owner|contact|patient|customer|holder|recipient|sender"
    r"|member|guest|tenant|agent|assignee|reporter|requester|approver|signed|employee|user"
    r"|attendee|passenger|driver|doctor|for"
    r"|payer|payee|beneficiary|signatory)"  # (stop 27: '"payer": "Yap, Bong"')
    r"[\"']?[ \t]*[:=(\[]?[ \t]*[\"'(\[]?$"
)


# SURNAME Given after a label: "Reporter: OMBATI Namubiru.", "passport: SHENOY Vijay;".
_SURNAME_FIRST: Final = re.compile(
    rf"(?P<sur>(?:{CAPS_WORD} )?{CAPS_WORD}) (?P<given>{CAP_WORD}(?: {CAP_WORD})?)"
    r"(?=$|[\n.,;:)\]\"']| \(| [a-z])"
)
_VOWELS: Final = frozenset("AEIOUYÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕØÚÙÛÜŪĪĒŌĀ")
_CAPS_PARTICLES: Final = frozenset(
    ["NÍ", "NI", "MAC", "MC", "BIN", "VAN", "VON", "DE", "DA", "DI", "EL", "AL"]
)


def surname_first_names(text: str, out: list[PiiSpan]) -> None:
    """``SURNAME Given`` after a colon, a quote, ``=`` or at a line start."""
    for match in _SURNAME_FIRST.finditer(text):
        start = match.start()
        if start > 0:
            before = text[max(0, start - 2) : start]
            if not (before.endswith(("\n", '"', "'", "=")) or before in (": ", ':"')):
                continue
        surname = [w for w in match.group("sur").split(" ") if w not in _CAPS_PARTICLES]
        if not surname or not all(
            len(w) >= 3 and plain_name_word(w) and any(c in _VOWELS for c in w) for w in surname
        ):
            continue
        given = match.group("given").split(" ")
        if not all(LOOSE_NAME_TOKEN[w] for w in given):
            continue
        out.append(PiiSpan(start, match.end(), PERSON))


_CAPS_LINE: Final = re.compile(rf"(?m)^[ \t]*({CAPS_WORD}(?: {CAPS_WORD}){{1,3}})[ \t]*$")
_CAPS_SENTENCE_START: Final = re.compile(
    rf"(?:^|(?<=[.!?:] )|(?<=\n))({CAPS_WORD}(?: {CAPS_WORD}){{1,3}})"
)


def _caps_name_words(words: list[str], labelled: bool = False) -> int:
    """How many of ``words`` (capitals) make a name that starts with a listed given name (or
    with any name word, ``labelled``: the line after a label line)."""
    if not words or not (LISTED_GIVEN[words[0]] or (labelled and LOOSE_NAME_TOKEN[words[0]])):
        return 0
    kept = 1
    for word in words[1:]:
        # (a surname of two letters after a listed given name: "QIUYUE LÜ", "MRS DU")
        if (
            word in _CAPS_PARTICLES
            or LISTED_GIVEN[word]
            or PLAIN_PARTS[word]
            or (labelled and LOOSE_NAME_TOKEN[word])
            or (len(word) == 2 and word.lower() not in common_words() and word.isalpha())
        ):
            kept += 1
        else:
            break
    while kept > 1 and words[kept - 1] in _CAPS_PARTICLES:
        kept -= 1
    return kept


def caps_names(text: str, out: list[PiiSpan]) -> None:
    """A line in capitals that is a name (multi-line text), and a name opening a sentence of
    an all-capitals text."""
    if "\n" in text:
        countries = country_names()
        for match in _CAPS_LINE.finditer(text):
            words = match.group(1).split(" ")
            lower = match.group(1).lower()
            if lower in countries or is_place(lower):
                continue
            labelled = text.endswith(":\n", 0, match.start())
            if _caps_name_words(words, labelled) == len(words):
                out.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if text.isupper():
        for match in _CAPS_SENTENCE_START.finditer(text):
            if match.start() == 0:
                continue  # (an opening run: person_recall_keys_and_capitals)
            words = match.group(1).split(" ")
            kept = _caps_name_words(words)
            if kept >= 2:
                start = match.start(1)
                out.append(PiiSpan(start, start + len(" ".join(words[:kept])), PERSON))


_CONTACT: Final = re.compile(
    r"(?:"
    + "|".join(sorted([*CONTACT_VERBS, *(v.capitalize() for v in CONTACT_VERBS)], key=len))
    + rf") (?P<name>{CAP_WORD}(?: {CAP_WORD})?|{LOW_WORD}) (?:on|at) (?=[+(\d])"
)


def contact_names(text: str, out: list[PiiSpan]) -> None:
    """A name between a verb of contact and a phone number."""
    for match in _CONTACT.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019_"):
            continue
        words = match.group("name").split(" ")
        if all(NAME_TOKEN[w] for w in words):
            out.append(PiiSpan(match.start("name"), match.end("name"), PERSON))


_PAIR: Final = re.compile(
    rf"(?P<a>{CAP_WORD}) (?:&|and) (?P<b>{CAP_WORD})(?P<c> {CAP_WORD})?"
    r"(?![\w'\u2019-])"
)
# A verb after two names that opens a text: past tense, or a few frequent ones (curated).
_SUBJECT_VERB: Final = re.compile(
    r" (?:[a-z]+ed|made|have|has|are|were|said|told|took|gave|came|went|did|will|can|sent)\b"
)
_PAIR_CUES: Final = frozenset(
    ["for", "to", "with", "by", "thanks", "congrats", "cc", "and", "from"]
)


def _pair_word(word: str) -> bool:
    lower = word.lower()
    return LISTED_GIVEN[word] or (
        lower not in first_names() and all(plain_name_word(p) for p in lower.split("-"))
    )


def paired_names(text: str, out: list[PiiSpan]) -> None:
    """Two capitalised names joined by ``&`` or ``and`` after a preposition or a label, or
    opening the text before a verb."""
    for match in _PAIR.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-_"):
            continue
        before = text[max(0, start - 16) : start].split()
        if not before:
            # at the start, the subject of a verb ("Sequoyah and Soukaina made our day")
            if _SUBJECT_VERB.match(text, match.end()) is None:
                continue
        else:
            cue = before[-1].lower()
            if not (cue in _PAIR_CUES or (cue.endswith(":") and cue[:-1].isalpha())):
                continue
        tail = match.group("c")
        full = tail is not None and NAME_TOKEN[tail.strip()] and NAME_TOKEN[match.group("b")]
        if not (_pair_word(match.group("a")) and (full or _pair_word(match.group("b")))):
            continue
        if not_a_person_run_by_head_or_key(text, start, match.end()):
            continue  # a firm ("Carrier: Procter & Gamble")
        out.append(PiiSpan(start, match.end("a"), PERSON))
        end = match.end("c") if full else match.end("b")
        out.append(PiiSpan(match.start("b"), end, PERSON))


# A sign-off line with particles or initials after a closing ("Yours sincerely,\nZodwa van
# 't Hof"), which the run rules do not read ("'t").
_SIGN_OFF: Final = re.compile(
    r"(?:[Ss]incerely|[Rr]egards|[Bb]est|[Cc]heers|[Tt]hanks|[Ww]ishes|[Yy]ours|[Ll]ove),?"
    rf"[ \t]*\n[ \t]*(?P<name>{CAP_WORD}(?: (?:{PARTICLE}|{U}\.|{CAP_WORD})){{1,4}})[ \t]*$"
)


def sign_off_names(text: str, out: list[PiiSpan]) -> None:
    """The whole last line after a closing line, when it is a name with a particle."""
    match = _SIGN_OFF.search(text)
    if match is None:
        return
    words = match.group("name").split(" ")
    if not any(_is_particle(w) for w in words[1:]):
        return  # (a plain run is the older rules' business)
    names = [w for w in words if not _is_particle(w) and not w.endswith(".")]
    if all(LOOSE_NAME_TOKEN[w] for w in names):
        out.append(PiiSpan(match.start("name"), match.end("name"), PERSON))
