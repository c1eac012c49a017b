"""Person names without an NLP model: capitalisation, a given-name list and English stop words.

What it catches (see ``docs/redaction.md``):

* Runs of two or more capitalised words, optionally with middle initials (``Nicole L.
  Parmentier``) and lower-case particles (``Frits L van den Heuvel``), in any Latin script
  with diacritics, ``Mc``/``O'`` forms and hyphenated parts. Every word must look like a name:
  not among the 400 most frequent English words, and not a common English word unless it is a
  known given name or surname. Leading/trailing non-name words are trimmed (``Thanks Mitchell
  Boyes`` -> ``Mitchell Boyes``), a possessive ``'s`` is left out.
* In text with no capital letters at all: a known given name followed by a word that is not
  common English (``velimir janković``), with an optional initial.

What it misses: single-word names (``Thanks, Anna``), all-caps names, lower-case names in
otherwise capitalised text, lower-case names whose given name is not in the list, and
non-Latin scripts. It reports false positives for capitalised multi-word proper nouns made of
uncommon words (``Los Angeles``, brand or place names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from processors.redaction.name_accents import fold_given_names
from processors.redaction.name_autocaps import (
    autocapitalised_lowered,
    autocapitalised_prose,
    marked_as_chat,
    structured_text,
)
from processors.redaction.name_caseless import _caseless_single_names, _lowercase_names
from processors.redaction.name_caseless_merge import holds_listed_given, with_caseless_names
from processors.redaction.name_fixes import label_names, refine
from processors.redaction.name_lone import (
    _LONE_AFTER_CAPITAL,
    _LONE_CANDIDATE,
    _lone_name_end,
    _lone_names,
    _sign_offs,
)
from processors.redaction.name_placed import _placed_names
from processors.redaction.name_runs import _RUN, _RUN_AFTER_CAPITAL, _segments
from processors.redaction.name_words import _LONE_NAME_OK, _U
from processors.redaction.person10_names import person10_names
from processors.redaction.person11_recall import may_recall11, recall11
from processors.redaction.person12_cross import cross12
from processors.redaction.person13_initials import cross13, may_cross12_or_13
from processors.redaction.person13_scorer import veto13  # (round 13: learned veto, see there)
from processors.redaction.person13_titles import (
    may_have_titled_names,
    may_have_titled_names_after_redaction,
    titled_names,
)
from processors.redaction.person25_quoted import chat_quoted_phrases, lower_quoted_phrases
from processors.redaction.person26_caps_lines import capital_lines
from processors.redaction.person26_cities import trim_trailing_cities
from processors.redaction.person26_thing_lists import drop_under_thing_heading
from processors.redaction.person27_family_first import (
    chinese_after_redaction,
    chinese_names,
    may_have_chinese_names,
    may_have_vietnamese_names,
    vietnamese_after_redaction,
    vietnamese_names,
)
from processors.redaction.person27_handover import handed_over_names, may_hand_over, who_names
from processors.redaction.person27_lower_stretches import (
    lower_case_stretches,
    lower_stretch_name_ok,
    stretch_name_ok,
)
from processors.redaction.person27_told import may_tell, told_after_redaction, told_names
from processors.redaction.person28_occasions import glued_handle, lower_food_run
from processors.redaction.person28_recall import recall28, recall28_after_redaction, the_who_names
from processors.redaction.person29_chat import chat29, chat29_after_redaction
from processors.redaction.person29_frames import frames29, frames29_after_redaction
from processors.redaction.person29_lower_chat import lower_chat29
from processors.redaction.person29_recall import greeted_name, recall29, recall29_after_redaction
from processors.redaction.person30_recall import recall30, recall30_after_redaction
from processors.redaction.person31_recall import recall31, recall31_after_redaction
from processors.redaction.person32_lower import lower32, lower32_after_redaction
from processors.redaction.person32_recall import recall32, recall32_after_redaction
from processors.redaction.person33_lower import lower33, lower33_after_redaction
from processors.redaction.person33_recall import recall33, recall33_after_redaction
from processors.redaction.person34_frames import frames34, frames34_after_redaction
from processors.redaction.person34_recall import recall34, recall34_after_redaction
from processors.redaction.person35_cues import cued35, cued35_after_redaction
from processors.redaction.person35_greetings import greeted35, greeted35_after_redaction
from processors.redaction.person35_recall import recall35, recall35_after_redaction
from processors.redaction.person36_recall import recall36, recall36_after_redaction
from processors.redaction.person37_recall import recall37, recall37_after_redaction
from processors.redaction.person38_recall import recall38, recall38_after_redaction
from processors.redaction.person44_tables import table_names44
from processors.redaction.person45_surname_first import surname_comma_given
from processors.redaction.person_neg_contexts import drop_lookalike_persons
from processors.redaction.spans import ENTITY_TYPES, PiiSpan, placeholder

__all__ = ["find_names", "may_contain_names"]


def may_contain_names(
    text: str,
    lowered_placeholders: str | None = None,
    no_digit_or_at: bool = False,
    source: str | None = None,
) -> bool:
    """False only when :func:`find_names` certainly finds nothing.

    Caseless text answers at once. Otherwise one scan looks for a capitalised run and for the
    candidates of a lone given name (any run means "maybe"), then the other rules that need no
    run are tried. ``lowered_placeholders``, when given, is ``text`` with some or all of its
    placeholders in lower case (redact builds it with the redacted text): it spares
    :func:`_text_to_scan` its search for them (any placeholder left in capitals changes no
    match, see there). ``no_digit_or_at`` True (speed) says the caller knows ``text`` has no
    decimal digit and no "@" (the re-scan guard asks only then): the rules that need one are
    not tried. Like :func:`find_names`, it reads ``text`` through :func:`fold_given_names`.
    ``source`` (speed), when given, is the text that ``text`` redacts (placeholders replaced
    some of its spans, and find_names read it last): rule families whose gates all failed
    there are not tried again (see chat29_after_redaction and its kin).
    """
    if text.islower() or _read_as_caseless_too(text) or autocapitalised_lowered(text) is not None:
        return True  # (find_names reads capitals and keyboard-capitalised chat as caseless)
    if autocapitalised_prose(text) is not None:
        return True  # (stop 36: and such prose with a given name in lower case)
    if text.isupper() and (structured_text(text) or bool(_cued_caseless_names(text.lower()))):
        return True  # (stop 33: and full names of one line in capitals, see find_names; stop 37:
        # and all names of a record on one line in capitals)
    unfolded = text  # (as find_names reads Vietnamese names)
    text = fold_given_names(text)
    if text is not unfolded:
        source = None  # (the families' gates read the text as written)
    if lowered_placeholders is not None:
        lowered_placeholders = fold_given_names(lowered_placeholders)
    if lowered_placeholders is None:
        scanned = _text_to_scan(text)
    else:
        rest = lowered_placeholders[1:]
        scanned = None if rest.lower() == rest else lowered_placeholders
    if scanned is None:
        first = _LONE_CANDIDATE.match(text)
        candidates: Iterable[re.Match[str]] = () if first is None else (first,)
    else:
        candidates = _RUN_OR_LONE_CANDIDATE.finditer(scanned)
    for match in candidates:
        if match.lastgroup == "run":
            return True
        # (the first lone name of a text cannot be one of a list: it needs a cue)
        start, end = match.span()
        if _LONE_NAME_OK[match.group()] and _lone_name_end(text, start, end, -1, False) >= 0:
            return True
    found: list[PiiSpan] = []
    _sign_offs(text, False, found)
    _placed_names(text, found, not no_digit_or_at)
    # ("" when the copy has no capital after its first: no pair of capitals)
    person10_names(text, found)  # (set 10) a name word before "from <team>" / "moved to"
    found_any = bool(found) or bool(label_names(text, "" if scanned is None else scanned, source))
    return (
        found_any
        or may_recall11(text, not no_digit_or_at)
        or may_cross12_or_13(text)  # (rounds 12, 13)
        # (stop 24) "talked to mrs. okafor" (stop 33, speed: its gate passes on "items ..." and
        # "Mr ..."; titled_names behind it is cheap next to a re-scan)
        or (may_have_titled_names_after_redaction(text, source) and bool(titled_names(text)))
        # (stop 25) a lower-case quoted phrase, read as caseless text (see find_names)
        or ('"' in text and bool(lower_quoted_phrases(text)))
        or ('"' in text and _finds_in_quoted_chat(text))  # (stop 38) "happy bday olumide! ..."
        or bool(capital_lines(text))  # (stop 26) a line in capitals, read as caseless text
        or (may_hand_over(text) and bool(handed_over_names(text)))  # (stop 27)
        or bool(who_names(text))  # (stop 27) "Shoutout to Harmony, who drove out"
        or told_after_redaction(text, source)  # (stop 27) "i told jhun the ..."
        or chinese_after_redaction(text, source)  # (stop 27)
        or vietnamese_after_redaction(unfolded, source)
        or recall28_after_redaction(text, source)  # (stop 28: each rule behind its own test)
        or bool(the_who_names(text))  # (stop 28)
        or recall29_after_redaction(text, source)  # (stop 29: each rule behind its own test)
        or chat29_after_redaction(text, source)  # (stop 29) "me and kwesiba r at the pub"
        or frames29_after_redaction(text, source)  # (stop 29) "Fulvietta from accounts here"
        or bool(lower_chat29(text))  # (stop 29) "radovan lent me her car"
        or recall30_after_redaction(text, source)  # (stop 30) "new # for shatha:"
        or recall31_after_redaction(text, source)  # (stop 31) "did bénigne ever reply"
        or recall32_after_redaction(text, source)  # (stop 32) "lmk if juvencio still needs"
        or lower32_after_redaction(text, source)  # (stop 32) names in frames and layouts
        or recall33_after_redaction(text, source)  # (stop 33) ", gislaine can u spot me"
        or lower33_after_redaction(text, source)  # (stop 33) "Customer refilwe chikwanha"
        or recall34_after_redaction(text, source)  # (stop 34) "thx hunor!! ... csorgo.hunor@"
        or frames34_after_redaction(text, source)  # (stop 34) "CC: afua nyarko, ..."
        or recall35_after_redaction(text, source)  # (stop 35) "biret balto, ss no."
        or greeted35_after_redaction(text, source)  # (stop 35) "Cześć tsjerk,", "a b and c d"
        or cued35_after_redaction(text, source)  # (stop 35) "My daughter misaki loves it"
        or recall36_after_redaction(text, source)  # (stop 36) "Kofi's iPad"
        or recall37_after_redaction(text, source)  # (stop 37) "hi it's nurgul, um"
        or recall38_after_redaction(text, source)  # (stop 38) '"user":"alessandro"'
        or bool(table_names44(text))  # (stop 44) a pipe table's person columns
        or bool(surname_comma_given(text))  # (stop 45) "ticket refund Wanjohi, Onesmus Box 4"
        # (stop 27) lower-case chat between capitals; last (speed): it reads pieces with
        # find_names, whose rule families note them, and the FiredGates above read the source's
        or _finds_in_stretches(text)
    )


def find_names(text: str) -> list[PiiSpan]:
    """Person-name spans as described in the module docstring (may overlap; detect resolves).

    The rules read ``text`` with each accented word that only folded is a listed given name
    folded (``Xóchitl`` as ``Xochitl``, same offsets; :mod:`name_accents`), but for the
    Vietnamese rule (stop 27), which reads the text as written (``Mỹ`` is no ``My``). A text in
    capitals, and chat typed in lower case whose keyboard capitalised its sentences, are also
    read as caseless text (stop 32, see :func:`_with_caseless_names`).
    """
    if not text.islower():
        if _read_as_caseless_too(text):  # (stop 32) "MET UWASE AT THE GYM!!"
            lowered = text.lower()
            return with_caseless_names(text, _find_names(text), find_names(lowered), lowered)
        caseless = autocapitalised_lowered(text)
        if caseless is not None:  # (stop 32) "Lmk if juvencio still needs it": see there
            return with_caseless_names(text, _find_names(text), find_names(caseless), caseless)
        prose = autocapitalised_prose(text)
        if prose is not None:  # (stop 36) "I spoke with jovica cedilnik about it": see there
            # (stop 37: a record's names of two words or more of no list too, "Guest list:\n-
            # imogen dunleavy"; one word alone there is as often a handle, "- ninepinbowl")
            record = structured_text(prose)
            named = [
                s
                for s in find_names(prose)
                if (record and " " in prose[s.start : s.end]) or holds_listed_given(prose, s)
            ]
            return with_caseless_names(text, _find_names(text), named, prose)
        if text.isupper():  # (stop 33) one line of prose in capitals: "CUSTOMER BAZYLI ..."
            lowered = text.lower()
            if len(lowered) == len(text):
                caseless_names = lower33(lowered, cued_only=True)
                if structured_text(text):  # (stop 37) '{"USER": "PASCOE"}', "REVIEWER=OLUSEGUN"
                    caseless_names = caseless_names + [
                        span
                        for span in find_names(lowered)
                        # (one word only as a key's value: "RAND=FALSE", "PYARROW'S" are code)
                        if " " in lowered[span.start : span.end]
                        or _KEY_MARK_BEFORE.search(lowered, max(0, span.start - 4), span.start)
                    ]
                # (stop 34: their cue suffices; stop 35: and they pass the look-alike filters
                # as every other span of the text does)
                framed = drop_lookalike_persons(lowered, _cued_caseless_names(lowered, False))
                found = with_caseless_names(text, _find_names(text), caseless_names, lowered)
                return found + [
                    span
                    for span in framed
                    if not any(span.start < o.end and o.start < span.end for o in found)
                ]
    return _find_names(text)


def _cued_caseless_names(lowered: str, with_roles: bool = True) -> list[PiiSpan]:
    """The names of one line of prose in capitals, read in lower case by the rules that want a
    cue (stop 33: full names after a role, unless ``with_roles`` is False; stop 34: names an
    address spells, lone names in frames of people, "cc:" lines, possessives; stop 35: names
    after a word of a person's role or tie, before an identity number's cue; stop 36: a
    surname after a title)."""
    found = recall34(lowered) + frames34(lowered)
    found = found + recall35(lowered) + cued35(lowered, capitals=True)
    if may_have_titled_names(lowered):  # (stop 36) "DR. OCAMPO'S OFFICE CALLED BACK"
        found = found + titled_names(lowered)
    return lower33(lowered, cued_only=True) + found if with_roles else found


# (stop 37) A key's mark and an opening quote right before a value.
_KEY_MARK_BEFORE: Final = re.compile(r"[:=][ \t]*[\"']?$")


def _read_as_caseless_too(text: str) -> bool:
    """A text in capitals, where capitals tell no name, of several lines (a label, a form) or
    with a mark of chat (a review shouting "!!"); one line of prose in capitals, read as
    chat, gives its jargon to the caseless rules ("YOU CAN USE PDB'S POST-MORTEM")."""
    if not text.isupper():
        return False
    lowered = text.lower()
    return len(lowered) == len(text) and ("\n" in text or marked_as_chat(lowered))


def _find_names(text: str) -> list[PiiSpan]:
    """find_names of ``text`` read as written."""
    unfolded = text  # (stop 27: Vietnamese syllables keep their accents, "Mỹ" is no "My")
    text = fold_given_names(text)
    out: list[PiiSpan] = []
    scanned: str | None = None
    if text.islower():  # (no capital letter: no run and no capitalised lone name)
        _lowercase_names(text, out)
        _caseless_single_names(text, out)
    else:
        scanned = _text_to_scan(text)
        _runs_and_single_names(text, scanned, out)
    _placed_names(text, out)
    person10_names(text, out)  # (set 10) a name word before "from <team>" / "moved to"
    # (speed: label_names looks for capitals in the copy, or "" when it has none after its
    # first character; see there)
    fixed = refine(text, out, "" if scanned is None else scanned)
    fixed = cross13(text, cross12(text, recall11(text, fixed)))  # (11 recall; 12, 13 cross)
    if may_have_titled_names(text):
        fixed = fixed + titled_names(text)  # (stop 24) "talked to mrs. okafor"
    if may_hand_over(text):  # (stop 27) "Reassigned from Tanvi to Rubén", "Love,\nA & B xx"
        fixed = fixed + handed_over_names(text)
    if may_tell(text):  # (stop 27) "i told jhun the party's at ..."
        fixed = fixed + told_names(text)
    if may_have_chinese_names(text):  # (stop 27) "meeting xiao yanling at ..."
        fixed = fixed + chinese_names(text)
    if may_have_vietnamese_names(unfolded):  # (stop 27) "Dương Mỹ Duyên", "vu dieu hien"
        fixed = fixed + vietnamese_names(unfolded)
    fixed = fixed + recall28(text)  # (stop 28) "Per Quentin,", "payee is Samson, Manny."
    fixed = fixed + recall29(text)  # (stop 29) "the admin, Taddeo, never answered"
    fixed = fixed + chat29(text)  # (stop 29) "did quillon reply to u?"
    fixed = fixed + frames29(text)  # (stop 29) "At Thuraya's request", "Action: Qiaoyun sends"
    fixed = fixed + lower_chat29(text)  # (stop 29) "i owe kwesiba 10 bucks"
    fixed = fixed + recall30(text)  # (stop 30) "omg biếc lam just texted me", "- Bodil to chase"
    fixed = fixed + recall31(text)  # (stop 31) "qingmiao & zarvelle are moving", "esp. Sundus"
    fixed = fixed + recall32(text)  # (stop 32) "> adesewa: call me", "but Juvencio was lovely"
    fixed = fixed + lower32(text)  # (stop 32) "[05:30] zarmina ahmadzai:", "reviewer=ketil"
    fixed = fixed + recall33(text)  # (stop 33) "requester: al-Khatibi, Gunavathi"
    fixed = fixed + lower33(text)  # (stop 33) "Customer refilwe chikwanha reports"
    fixed = fixed + recall34(text)  # (stop 34) "thx hunor!! ... csorgo.hunor@", "ping beibhinn?"
    fixed = fixed + frames34(text)  # (stop 34) "umutoni hakizimana's agency", "Cheers,\nnurul"
    fixed = fixed + recall35(text)  # (stop 35) "— unax iturralde, ss no.", "actor=a b action="
    fixed = fixed + greeted35(text)  # (stop 35) "Sawasdee khun ladidi,", "ZOUA where is my"
    fixed = fixed + cued35(text)  # (stop 35) "The tattoo artist botond", "Review by tyler b."
    fixed = fixed + recall36(text)  # (stop 36) "Kofi's iPad", "Requester: OKONJO, CHIDI"
    fixed = fixed + recall37(text)  # (stop 37) "hi it's nurgul, um", "N.B. Iturbe, left"
    fixed = fixed + recall38(text)  # (stop 38) '"user":"alessandro"', "ask everton to"
    fixed = fixed + table_names44(text)  # (stop 44) "Child | Father | Mother" over "Candice | ..."
    fixed = fixed + surname_comma_given(text)  # (stop 45) "refund Sanabria, Argemiro Sec 102"
    # (set 10 round and stop 24: look-alikes and kin words; round 13: the learned veto, off)
    kept = veto13(text, drop_lookalike_persons(text, fixed))
    if ", who" in text:  # (stop 27) "Shoutout to Harmony, who drove out": after the filters
        kept = kept + who_names(text)
    if " who " in text and text.islower():  # (stop 28) "the orlena who lived above the chippy"
        kept = kept + the_who_names(text)
    # Pieces read alone as caseless text: (stop 25) a lower-case quoted phrase, (stop 26) a
    # line written in capitals, (stop 27) a sentence in capitals and lower-case chat between
    # capitalised words; their spans move to the piece's place.
    if not text.islower():
        pieces = lower_quoted_phrases(text) if '"' in text else []
        for offset, piece in pieces:
            kept = kept + [
                PiiSpan(s.start + offset, s.end + offset, s.entity_type) for s in find_names(piece)
            ]
        for offset, piece in chat_quoted_phrases(text) if '"' in text else ():  # (stop 38)
            kept = kept + [
                PiiSpan(s.start + offset, s.end + offset, s.entity_type)
                for s in find_names(piece)
                if piece[s.start : s.end].islower()
            ]
        # (stop 27: the pieces cut out of a text keep only names that are names alone, see
        # stretch_name_ok: "... TUTOR EVER." ends a sentence, "ever" is no name)
        # (stop 28: a stretch's span of several words holds no English word or holds a
        # listed given name: "handy helpers" in prose; see lower_stretch_name_ok)
        for pieces, name_ok in (
            (capital_lines(text), stretch_name_ok),
            (lower_case_stretches(text), lower_stretch_name_ok),
        ):
            for offset, piece in pieces:
                kept = (
                    kept
                    + [
                        PiiSpan(s.start + offset, s.end + offset, s.entity_type)
                        for s in find_names(piece)
                        if (
                            name_ok(piece[s.start : s.end])
                            or (offset == 0 and greeted_name(piece, s.start, s.end))  # (stop 29)
                        )
                        and not lower_food_run(piece[s.start : s.end])  # (stop 28) "brook trout"
                        and not glued_handle(piece[s.start : s.end])  # (stop 29) "velvetmoth"
                    ]
                )
    if len(kept) > 0 and "\n" in text:  # (stop 26) "Gift ideas:\n- Ethan Frome"
        kept = drop_under_thing_heading(text, kept)
    if len(kept) > 0 and text.count(" ") >= 2:  # (stop 26) "Arjun Nair Duluth"
        kept = trim_trailing_cities(text, kept)
    return kept


def _finds_in_quoted_chat(text: str) -> bool:
    """(Stop 38) Whether :func:`find_names` finds a lower-case name in a quoted phrase of chat
    (:func:`chat_quoted_phrases`), read alone as find_names reads it."""
    for _, piece in chat_quoted_phrases(text):
        if any(piece[s.start : s.end].islower() for s in find_names(piece)):
            return True
    return False


def _finds_in_stretches(text: str) -> bool:
    """Whether :func:`find_names` finds a name in a lower-case stretch of ``text`` (read alone,
    as find_names reads it; before find_names' filters of those names). Not just whether there
    is a stretch (speed): a redacted text of lower case has one between its placeholders, and
    the re-scan it sent on found nothing."""
    for _, piece in lower_case_stretches(text):  # noqa: SIM110 (compiled: a plain loop)
        if find_names(piece):
            return True
    return False


def _runs_and_single_names(text: str, scanned: str | None, out: list[PiiSpan]) -> None:
    """Capitalised runs, then capitalised lone names, then sign-offs (``scanned`` is
    :func:`_text_to_scan` of ``text``)."""
    if scanned is None:
        first = _LONE_CANDIDATE.match(text)
        candidates: Iterable[re.Match[str]] = () if first is None else (first,)
    else:
        for match in _RUN.finditer(scanned):
            start, end = match.span()
            _segments(text, start, end, out)
        candidates = _LONE_CANDIDATE.finditer(scanned)
    _lone_names(text, candidates, _LONE_NAME_OK, False, out)
    _sign_offs(text, False, out)


# Placeholders ("<PERSON>", "<PHONE_NUMBER>") are capital letters, at each of which a regex
# that looks for a capitalised word stops (at a cost), and redacted text has several. A
# placeholder neither starts nor continues a run or a lone-name candidate, and its case
# changes no look-around next to it (its first and last characters are "<" and ">"), so
# those regexes scan a copy with the placeholders in lower case: same length, same matches.
_PLACEHOLDERS: Final = tuple(
    (placeholder(kind), placeholder(kind).lower()) for kind in ENTITY_TYPES
)


def _text_to_scan(text: str) -> str | None:
    """The copy of ``text`` (with capitals) to look for runs and lone-name candidates in, or
    None when no capital letter follows its first character: then there is no run (it needs
    two capitals), and a candidate can only stand at the start."""
    if "<" in text:
        for token, lower_case in _PLACEHOLDERS:
            if token in text:
                text = text.replace(token, lower_case)
    rest = text[1:]
    return None if rest.lower() == rest else text


# Either a run (group "run") or a lone-name candidate, in one scan for may_contain_names (the
# regex engine pays for every capital letter, and redacted text has many: "<PERSON>"). Until
# the first run it yields exactly the candidates of _LONE_CANDIDATE, and it finds a run if
# _RUN does: a candidate consumes only its word, and no run starts inside a word (a run's
# first letter follows no letter nor hyphen). The look-behind both alternatives begin with
# is checked once, first.
_RUN_OR_LONE_CANDIDATE: Final = re.compile(
    rf"{_U}(?<![\w@.+].)(?:(?P<run>{_RUN_AFTER_CAPITAL})|{_LONE_AFTER_CAPITAL})"
)
