"""Corrections to the person spans of :mod:`processors.redaction.names` (set 6 rules).

Applied to the candidate list of :func:`~processors.redaction.names.find_names`:

* the value of a person label is one name, in capitals or as "Surname, Given"
  (``Name on card: LATOYA ASHWORTH``, ``"name": "Bamba, Adjoua"``, ``SHIP TO:`` then a line,
  the ``N:`` field of a vCard);
* a run of two to four capitalised words in mixed-case text whose first word is a listed
  given name is a name (``came addressed to a SEKOU ERGASHEV at ...``);
* a title or a trade before a name is no part of it (``Herr Bamba`` -> ``Bamba``,
  ``Electrician Sokha Rattanakorn`` -> ``Sokha Rattanakorn``; the words are those of
  :mod:`name_title_words`);
* a named storm is no person (``Storm Eunice``, ``Hurricane Beryl``);
* one capitalised word alone is no name when it is a frequent English word that is no
  listed given name (``Unacceptable.``, ``Packaging said``), unless a title stands before it;
* chat words at the edges of a lower-case name are cut off (``nusrat ur a lifesaver``).

Every rule runs behind a C-level test (``in`` or one regex), so text without the cue pays
almost nothing.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_contexts import STREET_TYPES
from processors.redaction.name_cue_words import CHAT_SPELLINGS
from processors.redaction.name_initials_and_roles import initials_and_roles_names
from processors.redaction.name_not_persons import not_a_person_run, not_a_person_run_by_head_or_key
from processors.redaction.name_placed import in_name_column
from processors.redaction.name_shapes import caps_names, shaped_after_redaction
from processors.redaction.name_title_words import (
    CAPITALISED_TITLES,
    TITLE_WORDS,
    TRADES_AFTER,
    title_word_before,
)
from processors.redaction.name_words import _given, plain_name_word
from processors.redaction.person10_not_persons import refit_person10
from processors.redaction.person32_labels import capital_label_value, lower_label_value
from processors.redaction.person_recall_names import recall_names
from processors.redaction.shapes import ascii_capitals
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["label_names", "refine"]


# Particles of other languages too ("Ó Briain", "Ní Mhaonaigh", "Mac Giolla", "bint Saleh").
_PARTICLES: Final = NAME_PARTICLES | {"mc"}
# A word of a name: letters, inner apostrophes or hyphens ("N'Guessan", "al-Farsi"), or an
# initial ("R.").
_TOKEN: Final = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?"  # noqa: S105
_VALUE: Final = re.compile(rf"{_TOKEN}(?: {_TOKEN}){{0,4}}(?:, {_TOKEN}(?: {_TOKEN}){{0,3}})?")
_VALUE_END: Final = re.compile(r"\s*(?:$|[\n\"';|]|,(?! ?[^\W\d_]+['\"]))| (?=[\w.-]+=)")
_VALUE_ENDED: Final = re.compile(rf"{_VALUE.pattern}(?={_VALUE_END.pattern})")
# Keys and labels whose value is a person ("Name on card:", "cc_name": ", "SHIP TO:" + line).
_LABEL: Final = re.compile(
    r"(?i)(?<![\w-])(?P<key>full[_ ]?name|cc_name|card_?holder|name on card|card ?holder"
    r"|beneficiary|ship to|deliver to|bill to|sold to|employee|manager|contact|debtor"
    r"|creditor|recipient|account holder|attn|holder_name|customer_name|name"
    r"|guest|passenger|applicant|sender"  # (set 7)
    r"|apologies|absent|chair|driver"  # (stop 27: minutes, "Apologies: Nick")
    r"|patient"  # (stop 32: "Patient: vaidyanathan, bhavik")
    r"|(?P<part>first name(?: and middle initial)?|last name|surname|given name"
    r"|(?:first|last|family|given)_name|given names|(?<=\")(?:first|last|given|family)(?=\")))"
    r"[\"']?[ \t]*[:=][ \t]*\[?[\"']?(?P<nl>\n)?"
)
# (stop 27) Keys of minutes whose value may be a list of names ("Apologies: Nick, Opal").
_LIST_KEYS: Final = frozenset(["apologies", "absent"])
_LOOSE_KEYS: Final = frozenset(
    ["name", "contact", "manager", "employee", "recipient", "creditor", "sender", "chair",
     "driver"]
)  # fmt: skip
# How every key of _LABEL ends (lower-cased).
_KEY_ENDS: Final[tuple[str, ...]] = (
    "name",
    "holder",
    "beneficiary",
    " to",
    "employee",
    "manager",
    "contact",
    "debtor",
    "creditor",
    "recipient",
    "attn",
    "initial",
    "surname",
    "card",
    # set 7
    "guest",
    "passenger",
    "applicant",
    "sender",
    "patient",  # (stop 32)
    "names",
    "first",
    "last",
    "given",
    "family",
    # stop 27
    "apologies",
    "absent",
    "chair",
    "driver",
)
_NAME_WORD_BEFORE: Final[tuple[str, ...]] = (
    "name ",
    "Name ",
    "NAME ",
    "cardholder ",
    "Cardholder ",
)
_VCARD_N: Final = re.compile(r"(?m)^N:([^;\n]*);([^;\n]*)")
_CAP: Final = "A-Z\u00c0-\u00de\u0100-\u024f"  # capitals (and the mixed Latin Extended-A/B block)
_CAP_WORD: Final = rf"[{_CAP}]+(?:['\u2019-][{_CAP}]+)?"
_CAPS_GATE: Final = re.compile(rf"[{_CAP}][{_CAP}]+ [{_CAP}]")  # cheap: no lookbehind
# (Speed) Two capitals side by side: needed by _CAPS_GATE and by the capitals rules of
# initials_and_roles_names (their letters are among these), and cheaper to look for.
_CAPITAL_PAIR: Final = re.compile(rf"[{_CAP}][{_CAP}]")
# (Speed) A capital, a space, then capitals not followed by a digit or "_": in every match of
# the capitals rules (caps_names, _CAPS_RUN, and those of initials_and_roles_names behind
# _TWO_CAPITALS), where a word ending in a capital is followed by a space and a word whose
# capitals are followed by a letter, "-", "'", ".", a space, another non-word character or
# the end (never a digit: "IBAN GB13..." has a pair of capitals but no such match).
_CAPITALS_WORD_PAIR: Final = re.compile(rf"[{_CAP}] [{_CAP}]++(?![\d_])")
_CAPS_RUN: Final = re.compile(
    rf"(?<![\w'\u2019])(?:[{_CAP}]{{2,}}(?:['\u2019-][{_CAP}]+)?"
    rf"(?: (?:[A-Z]\.|{_CAP_WORD})){{1,3}})(?![\w'\u2019])"
)
_POSSESSIVE: Final = re.compile(r"(?<![\w'\u2019.])([^\W\d_]{2,})['\u2019]s\b")
# "at Wendy's" is mostly a shop, so "at" and "to" cue only in caseless chat ("at nasiru's").
_POSSESSIVE_CUES: Final = frozenset(["for", "with", "by", "thanks", "thank", "brb"])
_PAIR: Final = re.compile(
    r"(?<![\w'\u2019])([^\W\d_A-Z]{2,}) [&+] ([^\W\d_A-Z]{2,})(?![\w'\u2019])"
)
_LOWER_NEXT: Final = re.compile(r" ([^\W\d_A-Z]{2,}(?:-[^\W\d_A-Z]+)?)(?=$|[\s,.!?])")
# Month abbreviations open syslog lines ("Sep 24 03:14:45 mx1 ...").
_MONTH: Final = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) {1,2}\d")
_STORMS: Final[tuple[str, ...]] = (
    "Storm ",
    "Hurricane ",
    "Cyclone ",
    "Typhoon ",
    "Tropical Storm ",
)
# (stop 29) Wishes that no English list holds, cut from the front of a name run.
_WISH_WORDS: Final = frozenset(["congrats", "kudos", "hbd", "rip", "bravo", "gratz", "grats"])
_CHAT: Final = (
    frozenset(
        [
            "u",
            "ur",
            "r",
            "tmrw",
            "tmr",
            "pls",
            "plz",
            "lol",
            "omg",
            "add",
            "ask",
            "im",
            "dont",
            "sry",
            "thx",
            "ty",
            "ok",
            "brb",
            "dentist",
            "reviews",
            "review",
            "near",
            "me",
            "landed",
            "safe",
            # (stop 29) chat verbs and shorthand next to a name: "i owe kwesiba", "radovan lent
            # me", "kwesiba texted u", "dinner w ysolde"
            "owe",
            "owes",
            "lent",
            "texted",
            "rang",
            "w",
            "n",
        ]
    )
    | CHAT_SPELLINGS
)  # (stop 35) "gọi em tonite nhé"


def _name_words(value: str, *, single: bool) -> bool:
    """Every word could be part of a name and one of them is a listed given name."""
    words = value.replace(",", " ").split()
    if not single and len(words) < 2:
        return False
    stop = stop_words()
    has_given = single
    for word in words:
        lower = word.lower().rstrip(".")
        if lower in _PARTICLES or len(lower) == 1:
            continue
        if lower in stop or (not single and lower in english_words()):
            return False
        if not word[0].isupper():
            return False
        has_given = has_given or _given(word) or "-" in word
    return has_given


def _labels(text: str) -> list[re.Match[str]]:
    """The person labels of the text: each ``:`` or ``=`` is looked at, and the regex runs
    only where a key word ends right before one (a string test)."""
    found: list[re.Match[str]] = []
    for sep in ":=":
        pos = text.find(sep)
        while pos >= 0:
            before = text[max(0, pos - 40) : pos].rstrip(" \t\"'").lower()
            if before.endswith(_KEY_ENDS):
                label = _LABEL.search(text, max(0, pos - 40), pos + 5)
                while label is not None and label.end() <= pos:  # an earlier label
                    label = _LABEL.search(text, label.end(), pos + 5)
                if label is not None:
                    found.append(label)
            pos = text.find(sep, pos + 1)
    return found


def _lone_given(word: str) -> bool:
    lower = word.lower()
    return (
        lower in first_names()
        and lower not in common_words()
        and lower not in english_words()
        and lower not in _CHAT
        and lower not in TITLE_WORDS
    )


def _possessives_and_pairs(text: str, found: list[PiiSpan]) -> None:
    """``for Ayanda's patience``, ``at nasiru's`` and ``oğuz & ketevan``: a listed given name
    that is no English word, before ``'s`` after a preposition, or paired with ``&``."""
    if "'s" in text or "\u2019s" in text:
        caseless = text.islower()
        for match in _POSSESSIVE.finditer(text):
            word = match.group(1)
            if not _lone_given(word):
                continue
            before = text[max(0, match.start() - 12) : match.start()].split()
            if caseless or (before and before[-1].lower().rstrip(",") in _POSSESSIVE_CUES):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if " & " in text or " + " in text:
        for pair in _PAIR.finditer(text):
            first, second = pair.group(1), pair.group(2)
            # (set 7: one listed name is enough when the other is no English word)
            if (
                (_lone_given(first) or plain_name_word(first))
                and (_lone_given(second) or plain_name_word(second))
                and (_lone_given(first) or _lone_given(second))
            ):
                found.append(PiiSpan(pair.start(1), pair.end(1), PERSON))
                found.append(PiiSpan(pair.start(2), pair.end(2), PERSON))


def label_names(
    text: str, capitals_scan: str | None = None, source: str | None = None
) -> list[PiiSpan]:
    """Names as label values, vCard ``N:`` parts, capitalised runs, possessives and ``&``
    pairs (see module docs).

    ``capitals_scan`` (speed) is where to look for the pairs of capitals the capitals rules
    need: ``text`` (the default) or a copy of it with its placeholders in lower case (a
    placeholder holds no space and is closed by "<" and ">", so no match of those gates
    touches one: same matches, and fewer capitals for the engine to stop at), or "" when that
    copy has no capital after its first character. ``source`` (speed): None, or the text that
    ``text`` redacts (see shaped_after_redaction).
    """
    scan = text if capitals_scan is None else capitals_scan
    # (both necessary for the capitals rules; the first is the cheaper and rarer)
    # (in ASCII text the pair is a substring test, cheaper than the regex engine)
    if scan.isascii():
        pair = b"AA" in ascii_capitals(scan)
    else:
        pair = _CAPITAL_PAIR.search(scan) is not None
    capital_pair = pair and _CAPITALS_WORD_PAIR.search(scan) is not None
    found: list[PiiSpan] = shaped_after_redaction(text, source)  # (set 8)
    # (set 9; "" as capitals_scan: no capital after the first character, see above)
    initials_and_roles_names(text, found, scan if capital_pair else "", capitals_scan != "")
    if "'" in text or "\u2019" in text or " & " in text or " + " in text:
        _possessives_and_pairs(text, found)
    for label in _labels(text) if ":" in text or "=" in text else ():
        start = label.end()
        if label.group("nl") is None and text.startswith("\n", start):
            continue
        value = _VALUE_ENDED.match(text, start)  # (the longest value that ends well)
        if value is None:
            continue
        words = value.group()
        if label.group("key").lower().endswith(" to") and words.split(" ", 1)[0].lower() in (
            STREET_TYPES
        ):
            continue  # (set 7) "Ship to: Rua dos Fanqueiros, 249" ("Name: Calle Norberg" is one)
        # A listed given name is needed only after a key that may hold other things.
        single = label.group("part") is not None or (label.group("key").lower() not in _LOOSE_KEYS)
        if "," in words:
            if label.group("key").lower() in _LIST_KEYS:
                continue  # (a list of names, not "Surname, Given": other rules read it)
            surname, given = words.split(", ", 1)
            if not (
                (_name_words(given, single=True) and _name_words(surname, single=True))
                or lower_label_value(words)  # (stop 32) "Patient: vaidyanathan, bhavik"
            ):
                continue
        elif not (
            _name_words(words, single=single)
            or lower_label_value(words)
            or capital_label_value(words)  # (stop 38) "Name: NADINE WHITFIELD"
        ):
            continue
        found.append(PiiSpan(value.start(), value.end(), PERSON))
    if "N:" in text:
        for card in _VCARD_N.finditer(text):
            for group in (1, 2):
                part = card.group(group)
                if part and _VALUE.fullmatch(part) and _name_words(part, single=True):
                    found.append(PiiSpan(card.start(group), card.end(group), PERSON))
    if capital_pair and _CAPS_GATE.search(scan) is not None and not text.isupper():
        caps_names(text, found)  # (set 8)
        for run in _CAPS_RUN.finditer(text):
            first_word = run.group().split(" ", 1)[0]
            if (
                (_given(first_word) and _name_words(run.group(), single=False))
                # (set 7) "does not match the name DIHYA BELKACEM", "Name ANONG NAING"
                or (
                    text.endswith(_NAME_WORD_BEFORE, 0, run.start())
                    and all(plain_name_word(word) for word in run.group().split())
                )
            ) and not any(s.start <= run.start() < s.end for s in found):
                found.append(PiiSpan(run.start(), run.end(), PERSON))
    recall_names(text, found, capitals_scan)  # (set 10 round: person recall)
    return found


def _trim(text: str, span: PiiSpan) -> PiiSpan | None:
    start, end = span.start, span.end
    value = text[start:end]
    if value.startswith(_STORMS) or text.endswith(_STORMS, max(0, start - 16), start):
        return None
    if end - start <= 4 and _MONTH.match(text, start) is not None:
        return None
    first, _, rest = value.partition(" ")
    if rest and (
        first.rstrip(".").lower() in TITLE_WORDS
        or first.lower() in _WISH_WORDS
        or first in CAPITALISED_TITLES
    ):
        start += len(first) + 1  # (stop 29: a wish, "Congrats Ysolde", of no English list)
        value = rest
    if value.islower() and " " in value:
        words = value.split(" ")
        while len(words) > 1 and words[-1] in TRADES_AFTER:  # (stop 43) "dr bhasin vet near"
            end -= len(words.pop()) + 1
        if words[-1] in common_words() and words[-1] not in surname_words():
            return None  # a lower-case surname is no common English word ("valid reason")
        cut = False
        while len(words) > 1 and words[0] in _CHAT:
            start += len(words.pop(0)) + 1
            cut = True
        if cut and len(words) == 1:  # "add kanya" + "kacou": take the surname back
            after = _LOWER_NEXT.match(text, end)
            if after and after.group(1) not in english_words() and after.group(1) not in _CHAT:
                end = after.end()
                words.append(after.group(1))
        stop = stop_words()
        for index in range(1, len(words)):
            if words[index] in _CHAT or words[index] in stop:
                end -= len(" ".join(words[index:])) + 1
                del words[index:]
                break
        value = " ".join(words)
    if " " not in value and "-" not in value:
        lower = value.lower()
        if value.islower() and lower not in _CHAT:
            return PiiSpan(start, end, span.entity_type)
        if lower in english_words() or lower in _CHAT:
            titled = title_word_before(text, start)
            # (stop 25) a CSV name column's value is a name though the 35,000-word list
            # holds it ("last_name" over "Takahashi", "MacLeod"); not a frequent word ("none")
            column = (
                lower not in common_words() and "," in text and in_name_column(text, start, end)
            )
            if not (titled or column):
                return None
    if (start, end) == (span.start, span.end):
        return span
    return PiiSpan(start, end, span.entity_type)


def _with_particle_head(text: str, label: PiiSpan, runs: list[PiiSpan]) -> PiiSpan:
    """(Stop 25) A label rule's surname taken back into its run when only a name and
    particles stand before it there: "Ana bin Yusof", "Ragnhild ap Rhys" (not "Yusof")."""
    for run in runs:
        if run.end == label.end and run.start < label.start:
            head = text[run.start : label.start].split()
            if (
                len(head) >= 2
                and head[0][:1].isupper()
                and all(w in NAME_PARTICLES for w in head[1:])
            ):
                return run
    return label


def refine(text: str, spans: list[PiiSpan], capitals_scan: str | None = None) -> list[PiiSpan]:
    """The spans of :func:`find_names` corrected by the rules of the module docstring
    (``capitals_scan``: see :func:`label_names`)."""
    labelled = label_names(text, capitals_scan)
    if labelled and spans:
        labelled = [_with_particle_head(text, s, spans) for s in labelled]
    out: list[PiiSpan] = []
    for span in spans:
        if labelled and any(s.start < span.end and span.start < s.end for s in labelled):
            continue
        fixed = _trim(text, span)
        if fixed is not None:  # (set 10) brand/title/street slots out, a job word off
            fixed = refit_person10(text, fixed)
        if (
            fixed is not None
            and not not_a_person_run(text, fixed.start, fixed.end)  # (set 8)
            and not not_a_person_run_by_head_or_key(text, fixed.start, fixed.end)  # (set 9)
        ):
            out.append(fixed)
    for span in labelled:
        refit = refit_person10(text, span)
        if refit is not None:
            out.append(refit)
    return out
