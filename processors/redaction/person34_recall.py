"""(Stop 34, from set 30's even half) Lone names in frames only people fill, and names an
e-mail address of the same text spells:

- a word of the text that a local part of one of its e-mail addresses spells (``Thx hunor!!
  got ur mail from csorgo.hunor@live.nl``, ``palfalvi bendeguz asked me ... From:
  bendeguz-palfalvi@...``): people's addresses are made of their names, so an unlisted word
  that one spells is a name wherever it stands; two such words side by side (or with a
  particle between) are one name, and a listed given name of no English use before them
  joins it (``kiluanji g. abazov ... abazov.k@``);
- a lower-case name (up to four words, with "al-" and particles) as the subject of a verb of
  people, after a clause edge or a chat opener (``Card ... exp 03/30, adalwig said its
  fine``, ``— bronach needs it``, ``Bro jhonrick changed his number``, ``Ok so mishari
  al-neyadi says``), or owning a device (``'ekaitz loiola's MacBook'``);
- a lower-case name thanked, wished a happy birthday, pinged or cc'd (``thx isamu!!``, ``happy
  bday gwawr gruffudd!!``, ``can someone ping beibhinn?``, ``cc majed``), or that logged or
  reported something (``Logged by ayelet (night shift)``);
- one capitalised unlisted name after a role word (``Reporter Ngatini can't reach``);
- one capitalised word of no English list under a person key of a record that also holds a
  contact or payment field (``name: Ngatini`` beside ``address:``, ``'guardian': 'Ngatini'``,
  ``old="Paijem"`` of an emergency contact) (a table's person columns: :mod:`person44_tables`);
- a search for one unlisted word that only people are searched with (``Tumini obituary
  2023``, ``... and Sadikin wedding``).

Every lone word passes :func:`person34_words.lone_name_word`: no English list, no code or chat
word, no English suffix or plural, a vowel, no three-consonant opening no name has, not two
English words glued (a user name).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_ONLY_COMMON_WORDS,
    NAME_PARTICLES,
    first_names,
    is_english,
    stop_words,
)
from processors.redaction.mail_addresses import email_matches
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.person31_recall import _plain_name_word
from processors.redaction.person33_lower import _CODE_WORDS
from processors.redaction.person34_words import (
    LOW_RUN,
    VOWELS,
    lone_name_word,
    matched_names,
    name_words_ok,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    matches_at_cues,
    may_open_with_word,
)

__all__ = ["recall34", "recall34_after_redaction"]

_FIRED: Final = FiredGates()  # (recall34's last text: see recall34_after_redaction)

_LOW: Final = r"[^\W\d_A-Z]{3,}"
_CAP: Final = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_A-Z]{2,}"
_PARTICLE_WORDS: Final = (
    r"(?:de la|de|di|da|do|dos|das|van der|van|von|bin|binti|ibn|abu|al|el|\u00f3|n\u00ed)"
)
_LOCAL_PARTS: Final = re.compile(r"[^\W\d_]{3,}")
_LOCAL_INITIALS: Final = re.compile(r"(?<![^\W\d_])[a-z](?![^\W\d_])")  # ("gagnon.d", "r.agbayani")
# A word outside handles, paths and addresses; a hyphen may join two ("barrionuevo-matamoros").
_WORD: Final = re.compile(r"(?<![\w@./=:#\\-])[^\W\d_]{3,}(?:-[^\W\d_]{2,})?(?![\w@/\\]|\.\w)")
# Local parts that name a desk or a robot, not a person (our own list).
_ROBOT_PARTS: Final = frozenset(
    ["noreply", "donotreply", "mailer", "daemon", "postmaster", "webmaster", "hostmaster",
     "helpdesk", "servicedesk", "devops", "sysadmin", "billing", "accounts", "payments",
     "support", "admin", "info", "sales", "hello", "contact", "team", "office", "orders"]
)  # fmt: skip
# (A digit after a verb of saying is a tool's output: "whatismyip says 2800:3f0::")
_PEOPLE_VERBS: Final = (
    r"(?:(?:says|said|wants|wanted|needs|needed|asked|asks|told|tells|thinks|thought|reckons"
    r"|swears|promised|agreed|mentioned|replied|confirmed|insists|insisted)\b(?! \S*\d)"
    r"|is (?:booking|bringing|hosting|paying|driving|cooking|coming|picking|organi[sz]ing)\b"
    r"|just (?:[a-z]{3,}ed|left|sent|lost|got)\b|changed (?:his|her|their)\b"
    r"|set up (?:the|a|an|his|her|their|it|our)\b)"  # (stop 35) "ok so kasun d. set up the vpn"
)
# (Speed: the verb is found first, by its literal space, then the name right before it.)
_SUBJECT_VERB: Final = re.compile(" " + _PEOPLE_VERBS)
_SUBJECT_NAME: Final = re.compile(
    r"(?:^|(?<=[,;\u2014\u2013] )|(?<= - )|(?<=[.!?] )(?<!\b[A-Za-z]\. )|(?<=\bso )"
    r"|(?<=\band )|(?<=\bbut )"
    r"|(?<=\bthen )|(?<=\b[Bb]ro )|(?<=\b[Oo]mg )|(?<=\b[Ll]ol )|(?<=\b[Ss]is )"
    r"|(?<=\b[Dd]ude )|(?<=\b[Bb]tw ))(?!(?:bro|omg|lol|sis|dude|btw|so|and|but|then|ok|okay) )("
    + LOW_RUN
    + r")$"
)
_NAME_REACH: Final = 96  # (four name words and their spaces fit in it)
# (Speed: the commonest first, " is ", " ask" and " confirmed" in the dev set.)
_SUBJECT_VERBS: Final[tuple[str, ...]] = (
    " is ", " ask", " confirmed", " say", " said", " want", " need", " told", " tells",
    " think", " thought", " reckons", " swear", " promised", " agreed", " mentioned",
    " replied", " insist", " just ", " changed ", " set up ",
)  # fmt: skip
# A device named after its owner: "my laptop showed up as 'ekaitz loiola's MacBook'".
_DEVICE_OWNER: Final = re.compile(
    r"(?:^|(?<=[\s'\"(]))((?:[a-z]\. )?" + LOW_RUN + r")['\u2019]s (?:MacBook"
    r"|iPhone|iPad"
    r"|Pixel|Galaxy|laptop|phone|PC|Chromebook|ThinkPad|AirPods|Surface|Kindle)"
)
_GREETED: Final = re.compile(
    r"(?:^|(?<=[\s(]))(?i:thx|thanks|thank you|cheers|ty|tysm|happy (?:bday|birthday|b-day)"
    r"|(?:someone|pls|please|can you|can u|could you|could u|to) ping|cc:?)"
    r" (" + _LOW + r"(?: " + _LOW + r")?)(?=[!?.,]|\s*$| for\b| \U0001f382| \U0001f389)"
)
_GREETING_CUES: Final[tuple[str, ...]] = ("thx ", "thanks ", "thank you ", "cheers ", "ty ",
                                           "tysm ", "happy b", " ping ", "cc ", "cc: ")  # fmt: skip
# The word each opening of _GREETED holds between white space (speed: may_open_with_word).
_GREETS: Final = frozenset(
    ["thx", "thanks", "thank", "cheers", "ty", "tysm", "happy", "ping", "cc", "cc:"]
)
# Where a match of _GREETED can open (speed: see substrings.matches_at_cues).
_GREETING_OPENERS: Final[tuple[str, ...]] = (
    "thx", "thank", "cheers", "ty", "happy ", "someone ", "pls ", "please ", "can ", "could ",
    "to ", "cc",
)  # fmt: skip
_LOGGED_BY: Final = re.compile(
    r"(?i:\b(?:logged|reported|submitted|filed|escalated|triaged) by )("
    + _LOW
    + r")(?= \(|[.,;!?]|$)"
)
# Person keys whose one-word value is a person when the record holds a contact field too.
_PERSON_KEY_VALUE: Final = re.compile(
    r"(?m)(?:^|[\s{,'\"])(?i:name|full_?name|guardian|patient|customer|tenant|contact"
    r"|emergency_contact|debtor|creditor|payee|holder|beneficiary|next_of_kin|kin|old|new)"
    r"['\"]?[ \t]*[:=][ \t]*['\"]?(" + _CAP + r")(?=['\"]?[ \t]*(?:$|[,}\n]| [\w.]+=))"
)
# Each key of _PERSON_KEY_VALUE opens with one; a match opens there or one character before.
_PERSON_KEYS: Final[tuple[str, ...]] = (
    "name", "full", "guardian", "patient", "customer", "tenant", "contact", "emergency",
    "debtor", "creditor", "payee", "holder", "beneficiary", "next", "kin", "old", "new",
)  # fmt: skip
_CONTACT_FIELDS: Final[tuple[str, ...]] = (
    "address", "addr", "phone", "tel", "iban", "email", "mail", "ssn", "dob", "card",
)  # fmt: skip
# A role word, capitalised or not, before one capitalised name ("Reporter Ngatini can't").
_ROLES: Final = (
    "reporter|requester|requestor|assignee|customer|client|caller|tenant|patient|guest"
    "|applicant|manager|landlord|landlady|tutor|teacher|nurse|driver|courier|technician|agent"
    "|owner|approver|reviewer|submitter|claimant|cardholder|contact"
)
_ROLE_WORDS: Final = frozenset(_ROLES.split("|"))  # (speed: substrings.may_open_with_word)
_ROLE_NAME: Final = re.compile(
    r"(?:^|(?<=[\s(]))(?i:"
    + _ROLES
    + r") ("
    + _CAP
    + r")(?= [a-z]| can't| won't| didn't|[.,;!?]|$)"
)
_ROLE_CUES: Final[tuple[str, ...]] = (
    "reporter", "request", "assignee", "customer", "client", "caller", "tenant", "patient",
    "guest", "applicant", "manager", "landl", "tutor", "teacher", "nurse", "driver", "courier",
    "technician", "agent", "owner", "approver", "reviewer", "submitter", "claimant",
    "cardholder", "contact",
)  # fmt: skip
_SEARCH_WORDS: Final[tuple[str, ...]] = (
    " obituary", " wedding", " net worth", " wife", " husband", " biography", " married",
    " funeral", " spouse",
)  # fmt: skip
_SEARCH_NEXT: Final = tuple(word[1:] for word in _SEARCH_WORDS)  # (see _searched)
_SEARCHED_ALONE: Final = re.compile(
    r"(?:^|(?<=\band ))(" + _LOW + r"|" + _CAP + r") (?:obituary|wedding|net worth|wife"
    r"|husband|biography|married|funeral|spouse)\b"
)


def recall34(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue).
    ``only`` (speed): the rules to try, by bit (see recall34_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    # (speed: rule 1 reads it only with an "@", which a redaction asked about has none of)
    lowered = text.lower() if only & (4 | 8 | 16 | 32 | 64) or (only & 1 and "@" in text) else ""
    if only & 1 and "@" in text:
        fired |= 1
        _spelled_by_addresses(text, lowered, found)
    if only & 2 and holds_any(text, _SUBJECT_VERBS):
        fired |= 2
        for verb in _SUBJECT_VERB.finditer(text):
            match = _SUBJECT_NAME.search(text, max(0, verb.start() - _NAME_REACH), verb.start())
            if match is not None and name_words_ok(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and may_open_with_word(text, _GREETS) and holds_any(lowered, _GREETING_CUES):
        fired |= 4
        greeted = matches_at_cues(_GREETED, text, lowered, _GREETING_OPENERS)
        matched_names(greeted, found, name_words_ok)
    if only & 8 and "ed by " in lowered:
        fired |= 8
        matched_names(_LOGGED_BY.finditer(text), found, lone_name_word)
    if only & 16 and (":" in text or "=" in text or "|" in text):
        fired |= 16
        _person_key_words(text, lowered, found)
    if only & 32 and "\n" not in text and _searched(text) and holds_any(lowered, _SEARCH_WORDS):
        fired |= 32
        matched_names(_SEARCHED_ALONE.finditer(text), found, _written_name_word)
    if only & 128 and ("'s " in text or "\u2019s " in text):
        fired |= 128
        for match in _DEVICE_OWNER.finditer(text):
            words = [word for word in match.group(1).split(" ") if not word.endswith(".")]
            if name_words_ok(" ".join(words)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    role_matches = 0 if only & 64 else -1  # (see _ROLE_MATCHES)
    if (
        only & 64
        and " " in text
        and may_open_with_word(text, _ROLE_WORDS)
        and holds_any(lowered, _ROLE_CUES)
    ):
        fired |= 64
        roles = matches_at_cues(_ROLE_NAME, text, lowered, _ROLE_CUES)
        role_matches = 1 if roles else 0
        matched_names(roles, found, _written_name_word)
    _FIRED.note(text, fired)
    _ROLE_MATCHES.note(text, role_matches)
    return found


# (speed) 0 when _ROLE_NAME (rule 64) was looked for in the last text recall34 read and matched
# nowhere (see recall34_after_redaction)
_ROLE_MATCHES: Final = FiredGates()


def recall34_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall34` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds)."""
    fired = _FIRED.fired_for(source)
    if fired & 64 and _ROLE_MATCHES.fired_for(source) == 0:
        # (speed, exact) nor rule 64 when _ROLE_NAME matched nowhere in ``source``: a match
        # holds no "<", ">" nor "_", capitals only where a word opens after a space (never a
        # placeholder's), and reads beyond itself only white space or "(" before it and
        # lower-case letters, spaces, "'" or sentence marks after it; so it reads only
        # characters that ``source`` holds around it as well, and matched there.
        fired &= ~64
    return fired != 0 and bool(recall34(text, fired))


def _searched(text: str) -> bool:
    """Whether _SEARCHED_ALONE may match (speed, exact): after "and ", or the text's first word
    then a search word; so in a redaction too only if here (substrings.FiredGates)."""
    space = text.find(" ")
    return "and " in text or (space > 0 and text.startswith(_SEARCH_NEXT, space + 1))


def _written_name_word(word: str) -> bool:
    """A lower-case or capitalised word that may be a name alone."""
    return lone_name_word(word.lower()) and _plain_name_word(word)


def _spelled_word(word: str) -> bool:
    """A word that an address spells may be a name: no English, stop, chat or code word and
    a vowel (the address is the evidence; the lists of frequent words hold some names)."""
    return (
        len(word) >= 3
        and not is_english(word)
        and word not in stop_words()
        and word not in CHAT_WORDS
        and word not in _CODE_WORDS
        and any(vowel in word for vowel in VOWELS)
    )


def _one_capital(word: str) -> bool:
    """No capital after the first letter ("McDonald" is no user's spelling of a word)."""
    rest = word[1:]
    return rest == rest.lower()


def _spelled_by_addresses(text: str, lowered: str, found: list[PiiSpan]) -> None:
    """The words outside the e-mail addresses that one of their local parts spells
    (``lowered`` is ``text`` in lower case)."""
    parts: set[str] = set()
    joined: set[str] = set()
    initials: set[str] = set()
    taken: list[tuple[int, int]] = []
    for match in email_matches(text):  # (speed: EMAIL.finditer, see there)
        taken.append(match.span())
        local = match.group(1).lower()
        words = [w for w in _LOCAL_PARTS.findall(local) if w not in _ROBOT_PARTS]
        parts.update(words)
        initials.update(_LOCAL_INITIALS.findall(local))
        joined.update(w for w in words if len(w) >= 8)  # ("barrionuevomatamoros24")
    if not parts:
        return
    if all(lowered.count(part) <= 1 for part in parts) and not any(
        "-" in lowered and lowered.count(word[:4]) > 1 for word in joined
    ):
        return  # (speed: each part stands only in its address; a hyphened name's first
        # four letters stand twice when its parts are glued in the address)
    spelled: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in taken):
            continue
        word = match.group().lower()
        pieces = word.split("-")
        if not (
            word in parts
            or (len(pieces) > 1 and (all(p in parts for p in pieces) or "".join(pieces) in joined))
        ):
            continue
        if all(_spelled_word(p) or len(p) < 3 for p in pieces) and _one_capital(match.group()):
            spelled.append((start, end))
    for start, end in spelled:
        gap = text[found[-1].end : start] if found else ""
        if gap == " " or (gap[:1] == " " == gap[-1:] and gap.strip() in NAME_PARTICLES):
            found[-1] = PiiSpan(found[-1].start, end, PERSON)  # one name ("nicandro di ...")
        else:
            found.append(PiiSpan(start, end, PERSON))
    spelled_parts = parts | joined | initials
    for index, span in enumerate(found):
        found[index] = _with_neighbours(text, span, spelled_parts)


# A word (after an initial or a particle) right before or after a spelled name.
_WORD_BEFORE: Final = re.compile(
    r"(?<![\w.@'-])([^\W\d_]{2,}(?:-[^\W\d_]{2,})?) (?:[A-Za-z]\.? |" + _PARTICLE_WORDS + r" )?$"
)
_WORD_AFTER: Final = re.compile(
    r" (?:[A-Za-z]\.? |" + _PARTICLE_WORDS + r" )?([^\W\d_]{2,}(?:-[^\W\d_]{2,})?)"
    r"(?![\w@'-]|\.\w)"
)
_MAX_NEIGHBOURS: Final = 2


def _with_neighbours(text: str, span: PiiSpan, parts: set[str]) -> PiiSpan:
    """The spelled name with up to two name words on each side ("jericho dimaculangan ...
    dimaculangan.jericho@", "yanet hernández ruiz ... yanet76@", "rodel de la fuente ...
    rodel_delafuente@"): a word the addresses spell (alone or glued to its particles), a word
    that may be a name alone, or a listed given name of no English use."""
    start, end = span.start, span.end
    for _ in range(_MAX_NEIGHBOURS):
        before = _WORD_BEFORE.search(text, max(0, start - 48), start)
        if before is None or not _neighbour_ok(before, parts):
            break
        start = before.start(1)
    for _ in range(_MAX_NEIGHBOURS):
        after = _WORD_AFTER.match(text, end)
        if after is None or not _neighbour_ok(after, parts):
            break
        end = after.end(1)
    return span if (start, end) == (span.start, span.end) else PiiSpan(start, end, PERSON)


def _neighbour_ok(match: re.Match[str], parts: set[str]) -> bool:
    word = match.group(1)
    lower = word.lower()
    if not _one_capital(word) or lower in CHAT_WORDS:
        return False
    glued = "".join(match.group().lower().replace("-", " ").replace(".", " ").split())
    if lower in parts or lower.replace("-", "") in parts or glued in parts:
        return True  # (spelled: "may mourisca ... may.mourisca@", though "may" is a stop word)
    if lower in stop_words():
        return False
    if lower[:1] in parts and lower in first_names():
        return True  # a listed given name the address keeps the initial of ("gagnon.d@")
    if lower in first_names() and (not is_english(lower) or lower in NAME_ONLY_COMMON_WORDS):
        return True
    return all(lone_name_word(piece) for piece in lower.split("-"))


def _person_key_words(text: str, lowered: str, found: list[PiiSpan]) -> None:
    """One unlisted capitalised word under a person key of a record with a contact field
    (``lowered``: ``text`` in lower case). The one-word cells of a table's person columns are
    :mod:`person44_tables`'s."""
    if holds_any(lowered, _CONTACT_FIELDS):
        # (speed: tried only at _PERSON_KEYS; in ASCII text a key in any case lower-cases)
        keyed = (
            matches_at_cues(_PERSON_KEY_VALUE, text, lowered, _PERSON_KEYS, 1)
            if text.isascii()
            else _PERSON_KEY_VALUE.finditer(text)
        )
        matched_names(keyed, found, _written_name_word)
