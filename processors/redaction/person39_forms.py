"""(Stop 39, set 36's tuning half) Names that services print in fixed forms.

- A given name and the initial of the surname, with its full stop (``Raghunath B.``,
  ``assigned pro Rakesh M.;``): the form marketplaces and dating apps show a person by. The
  first word is a listed given name or no English word ("Will S.", "Plan B." stay).
- A cardholder's or account holder's name in capitals, surname first before a comma
  (``cardholder BRANDAO, THIAGO, card ...``), or in lower case after "account holder" when no
  word of it is a frequent English word and one is no English word at all (``account holder
  rommel macaraeg, sim ...``); in capitals, name particles aside, no word may be a frequent
  English word and one must be a listed given name or no English word.
- A support agent's tag in a chat transcript (``[Agent Harriet] Hi Kaito!``; a listed given
  name or no English word), and a role's name in brackets (``Reception (Davide) kind too``; a
  listed given name: "Host (Airbnb)" is none).
- A sign-off after a dash at the end of a one-line message (``... Brighton BN19 3ND.
  -saurabh``, ``see you then! - Mike``): one word, a listed given name or no English word.

Found outside ``find_names`` (like the passengers' names), so the re-scan guard asks
:func:`form_names` too; it also returns the workplace forms of ``person40_forms``.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, common_words, is_english
from processors.redaction.person11_recall_words import listed_given, listed_or_plain
from processors.redaction.person37_edges import AFTER_CLOSING_INITIAL
from processors.redaction.person40_forms import workplace_names
from processors.redaction.person41_forms import community_names
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates

__all__ = ["form_names", "form_names_after_redaction"]

# (A middle initial is no end: "Aldous K. bin Razali", "Requester N. Kettunen".)
_INITIALLED: Final = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][^\W\d_A-Z]+) [A-Z]\."
    + AFTER_CLOSING_INITIAL
    + r"(?! (?:[A-Z]|(?:bin|binti|van|von|de|da|del|di|al|el|ibn)\b))"
)
_CAPS: Final = r"[A-Z][A-Z'\u2019-]+"
_HOLDER_CAPS: Final = re.compile(
    r"(?i:\b(?:card ?holder|account holder|policy ?holder|holder|payee|beneficiary))[:=]? "
    rf"({_CAPS}(?: {_CAPS})?, {_CAPS}(?: {_CAPS})?)(?=[,;.)\n]|$)"
)
_HOLDER_LOWER: Final = re.compile(r"\baccount holder ([a-z]{2,}(?: [a-z]{2,}){1,2})(?=[,;.)\n]|$)")
_ROLES: Final = (
    r"(?:Agent|Advisor|Adviser|Support|Rep|Host|Driver|Courier|Rider|Reception|Receptionist"
    r"|Nurse|Concierge|Cashier|Server|Waiter|Waitress|Manager|Technician|Tech|Cleaner|Stylist"
    r"|Tutor|Trainer|Coach|Therapist|Dispatcher|Operator)"
)
_DASH_SIGN_OFF: Final = re.compile(r"[.!?)] +[-\u2013\u2014] ?([^\W\d_][^\W\d_'\u2019-]+) *$")
# (Sign-offs that name no one.)
_NOT_SIGNERS: Final = frozenset(["anon", "admin", "mgmt", "ops", "hr", "sysadmin", "devops"])
_ROLE_TAG: Final = re.compile(rf"\[{_ROLES} ([A-Z][^\W\d_]+)\]")
# (Speed: the cheap scans first, each starting at a fixed character; the costly test after.)
_SPACE_INITIAL: Final = re.compile(r" [A-Z]\.")
_BRACKETED: Final = re.compile(r" \(([A-Z][^\W\d_]+)\)")
_ROLE_BEFORE: Final = re.compile(rf"\b{_ROLES}$")
_SIGN_OFF_REACH: Final = 100  # (a dash sign-off is looked for in the text's last characters)


def form_names(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring, in text order. ``only`` (speed): the forms to try,
    by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the forms whose gates passed, by bit)
    if only & 1 and _SPACE_INITIAL.search(text) is not None:
        fired |= 1
        for match in _INITIALLED.finditer(text):
            if listed_or_plain(match.group(1)):
                found.append(PiiSpan(match.start(), match.end(), PERSON))
    if only & 2 and ("older" in text or "payee" in text or "eneficiary" in text):  # (cheap)
        fired |= 2
        for match in _HOLDER_CAPS.finditer(text):
            words = [w.lower() for w in match.group(1).replace(",", "").split()]
            words = [w for w in words if w not in NAME_PARTICLES]  # ("DE VRIES, THIJS")
            if not any(w in common_words() for w in words) and any(
                not is_english(w) or listed_given(w) for w in words
            ):  # (stop 40: "GATCHALIAN, JERICHO", a town's name for a given name)
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
        for match in _HOLDER_LOWER.finditer(text):
            words = match.group(1).split()
            if not any(w in common_words() for w in words) and any(map(listed_or_plain, words)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and "[" in text:
        fired |= 4
        for match in _ROLE_TAG.finditer(text):
            if listed_or_plain(match.group(1)):  # (stop 40: "[Agent Manpreet]", of no list)
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 8 and " (" in text:
        fired |= 8
        for match in _BRACKETED.finditer(text):
            before = _ROLE_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if before is not None and listed_given(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 16 and ("-" in text or "\u2013" in text or "\u2014" in text):
        fired |= 16
        sign_off = _DASH_SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_REACH))
        if (
            sign_off is not None
            and listed_or_plain(sign_off.group(1))
            and sign_off.group(1).lower() not in _NOT_SIGNERS
        ):
            found.append(PiiSpan(sign_off.start(1), sign_off.end(1), PERSON))
    # (stop 40) directories, job titles, parents, forename fields: their gates are
    # bits 32 and up
    workplace, workplace_fired = workplace_names(text, only >> 5)
    found.extend(workplace)
    fired |= workplace_fired << 5
    # (stop 41) lists of people, names to call, surnames first, capitals, handles: bits 512 up
    community, community_fired = community_names(text, only >> 9)
    found.extend(community)
    fired |= community_fired << 9
    _FIRED.note(text, fired)
    return sorted(found, key=lambda span: span.start)


_FIRED: Final = FiredGates()  # (form_names' last text: see form_names_after_redaction)


def form_names_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`form_names` finds a name in ``text``, where ``source`` (when not None) is
    a text that ``text`` is with some spans replaced by placeholders (speed: the re-scan
    guard). When form_names last read ``source``, only the forms whose gates passed there are
    tried: no other gate passes here. Each gate tests for a substring that holds no "<" nor
    ">", and none can take a part of a placeholder ("<PERSON>"): " [A-Z]." needs a space right
    before the capital and a full stop after it, and the others hold no capital letter (those of
    ``person40_forms`` too, whose "ame" is tested in lower case: no lowered placeholder holds
    it); so a gate's match lies in a stretch of ``source`` that redaction kept."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(form_names(text, fired))
