"""(Stop 28) Names in places that leave a person as the only reading, which the earlier rules
did not cover:

- ``Per Quentin, invoices should go to ...`` and ``Per Yolaine's note``: "per" with one
  capitalised word and a comma or a possessive opening a sentence cites a person ("Per the
  contract," and "Per Legal," are no names: the word must be no English word);
- ``As Chandrika explained,`` and the like;
- a name written ``Surname, Given`` under a label that says so (``Applicant (Last, First):
  Mendiola, Ronnel``), after a role and "is" (``the payee is Samson, Manny.``) or under a JSON
  person key (``"filer": "Okonjo, Adaeze"``), with its particle (``zu Solms, Kjartan``); a
  capitalised name under a JSON ``user`` key;
- a title inside a quoted value (``'Dr. Morcant'``);
- staff at a desk or in a department (``Liselotte in support just shrugged``, ``Passed to
  Nurlan in compliance.``), a lower-case name after a role (``our guide bienvenido was``) and
  ``reign from work is coming``;
- a lower-case name after ``cc:`` in cased text (``Thanks Darryl! cc: jessa so she sees``);
- a capitalised word before "here" introducing its writer (``Hi Team, Yuki here from
  billing.``);
- a capitalised word opening a sentence before a state only a person is in (``Ibsen is off
  tomorrow``, ``Okafor called in sick``);
- a name whose "'s" is "is" before a state only a person is in (``If Flint's still working
  there``);
- a capitalised word with an aside in brackets before a verb of speech (``Erivaldo (new guy in
  accounts) says call him``; an English word needs a person noun in the aside: ``Birch (new
  guy ...)``);
- a listed given name after a conjunction and before a verb (``... and Eugenia wrapped it``);
- in caseless chat, a word after chat shorthand and before a verb (``brb quenby is at the
  door``);
- a caseless vocative opening a chat before exclamation or question marks (``yakubu!!! happy
  bday``, ``iolanda??``): a listed given name, or any name-like word when a wish follows;
- in caseless chat, "the X who" and a verb (``the orlena who lived above the chippy``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from processors.redaction.lexicon import (
    NAME_ONLY_COMMON_WORDS,
    NAME_PARTICLES,
    common_words,
    first_names,
    is_english,
    stop_words,
)
from processors.redaction.name_words import _uncommon
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    lower_words,
    matches_at_cues,
    opening_matches,
)

__all__ = ["recall28", "recall28_after_redaction", "the_who_names"]

_FIRED: Final = FiredGates()  # (recall28's last text: see recall28_after_redaction)

_WORD: Final = r"[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)?"
_PARTICLE: Final = r"(?:(?:" + "|".join(sorted(w for w in NAME_PARTICLES if w.isalpha())) + r") )?"
_INVERTED: Final = rf"({_PARTICLE}{_WORD}(?: {_WORD})?, {_WORD}(?: {_WORD})?)"
_PER: Final = re.compile(r"(?:^|(?<=[.!?\n] )|(?<=\n))Per (" + _WORD + r")(?:,|['\u2019]s )")
_LAST_FIRST: Final = re.compile(
    r"(?i:last,? ?first|surname,? ?(?:first|given)(?: names?)?)\)?[ \t]*[:=][ \t]*" + _INVERTED
    + r"(?=[ \t]*(?:$|[\n,;.]))"
)  # fmt: skip
# The words that open a match of _ROLE_IS.
_ROLE_IS_OPENINGS: Final[tuple[str, ...]] = (
    "payee", "payer", "beneficiary", "cardholder", "holder", "applicant", "claimant", "tenant",
    "patient", "recipient", "insured", "policyholder", "employee", "member",
)  # fmt: skip
_ROLE_IS: Final = re.compile(
    r"\b(?:" + "|".join(_ROLE_IS_OPENINGS) + r") (?:is|was|reads|shows) " + _INVERTED
    + r"(?=[.;]|$)"
)  # fmt: skip
_HERE: Final = re.compile(
    r"(?:^|(?<=[.!?,] )|(?<=\n))(" + _WORD + r") here(?= from | at | with |[,.!:]| -| \u2014)"
)
_ABSENT: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(" + _WORD + r") (?:is (?:off|out) (?:sick|today|tomorrow|this week)"
    r"|is on (?:leave|holiday|vacation|pto|annual leave|maternity leave|paternity leave)"
    r"|is away (?:today|tomorrow|this week|until)|is running late|called in sick"
    r"|has left the company)\b"
)
_CONTRACTED_IS: Final = re.compile(
    r"(?<![\w'\u2019])(" + _WORD + r")['\u2019]s (?:still (?:working|there|around|at|in charge"
    r"|on shift|with)|coming|going|leaving|gonna|not coming|back from|off sick|out sick"
    r"|on leave|on holiday|on vacation)\b"
)
# (speed) What a match of _ASIDE_SAYS follows, as its look-behinds say (opening_matches).
_ASIDE_LEADS: Final = frozenset([". ", "! ", "? ", "\n"])
_ASIDE_SAYS: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(" + _WORD + r") \(([^()\n]{3,40})\),? (?:says|said|asks|asked"
    r"|wants|called|told|mentioned|reckons|thinks|emailed|wrote)\b"
)
_PERSON_NOUNS: Final = frozenset(
    ["guy", "girl", "man", "woman", "lady", "colleague", "manager", "boss", "intern", "hire",
     "friend", "neighbour", "neighbor", "cousin", "sister", "brother", "mum", "mom", "dad",
     "aunt", "uncle", "teammate", "coworker", "landlord", "landlady", "tenant", "lead"]
)  # fmt: skip
_CONJUNCTION_VERB: Final = re.compile(
    r"(?<=[\w,] )(?:and|but|so|then|while|when|because|until|after|before) (" + _WORD + r")"
    r" (?=[a-z]{3,}ed\b|(?:is|was|has|had|said|says|will|can|could|would|did)\b)"
)
_CHAT_BEFORE: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?:brb|omg|lol|btw|fyi|ngl|tbh|ugh|welp) ([a-z]{3,}) (?:is|was|has|just"
    r"|says|said|wants|will|cant|can't)\b"
)
_AS_SAID: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))As (" + _WORD + r") (?:explained|said|mentioned|noted|suggested"
    r"|pointed out|told me|told us|wrote|put it|promised|confirmed),"
)
_TITLE_IN_QUOTES: Final = re.compile(
    r"(?<=['\"])(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?=['\"](?!\w))"
)
_STAFF_AT: Final = re.compile(
    r"(?<![\w'\u2019])(" + _WORD + r") (?:in|at|from) (?:support|billing|sales|accounts"
    r"|reception|the counter|the desk|the front desk|customer service|the till|the shop"
    r"|the store|compliance|finance|legal|payroll|security|dispatch|returns|procurement"
    r"|operations)\b(?: (?:just |also |then |kindly |finally |eventually )?(?=[a-z]+(?:ed|s)\b)"
    r"|(?=[.,;!]))"
)
_ROLE_LOWER: Final = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Tt]he) (?:guide|driver|host|tutor|teacher|nanny|cleaner|waiter"
    r"|waitress|server|barber|stylist|instructor|coach|rep|advisor|adviser|nurse|therapist"
    r"|trainer|courier|agent) ([a-z][a-z'\u2019-]{2,}|[a-zà-ÿ][\w'-]{2,}) (?=(?:was|is|has|had"
    r"|did|said|told|kept|made|gave|took|got|knew|came|went)\b|[a-z]+ed\b)"
)
_FROM_WORK: Final = re.compile(
    r"(?<![\w'\u2019])([a-z][a-z'\u2019-]{2,}) from (?:work|the office|school|uni|church"
    r"|the gym|book club|my class) (?=(?:is|was|has|said|says|will|wants|just|came|called"
    r"|texted)\b)"
)
_KEY_INVERTED: Final = re.compile(
    r'"(?:filer|taxpayer|payee|payer|applicant|holder|cardholder|customer|patient|employee'
    r'|insured|beneficiary|claimant|tenant|name|full_name|fullname|account_name|member)"'
    r'[ \t]*:[ \t]*"' + _INVERTED + '"'
)
_USER_KEY: Final = re.compile(
    r'"(?:user|username|user_name|login)"[ \t]*:[ \t]*"([A-Z][^\W\d_]{2,})"'
)
_CC_LOWER: Final = re.compile(r"(?<![\w])[Cc][Cc]:? ([a-z][a-z'\u2019-]{2,})(?![\w@.-])")
_VOCATIVE: Final = re.compile(r"([a-z]{3,})[!?]{2,}[ \t]*(\w+)?")
# (chat) "iolanda?? the orlena who lived above the chippy?": someone known by a name
_THE_WHO: Final = re.compile(r"\bthe ([a-z]{3,}) who (?=[a-z]+(?:ed|s)\b)")
_WISHES: Final = frozenset(["happy", "hbd", "congrats", "congratulations", "welcome", "miss",
                            "love", "thanks", "thank", "ty", "omg", "yay"])  # fmt: skip


# (speed) Each rule runs only where a literal its regex holds stands: a regex scan costs far
# more than a substring test (one scan for all cues, an alternation of their patterns, cost
# more than every rule together), so the gates are plain ``in`` tests of rare substrings.
_ABSENT_CUES: Final[tuple[str, ...]] = (
    " is off", " is out", " is on ", " is away", " is running", " called in ", " has left ",
)  # fmt: skip
_TITLE_CUES: Final[tuple[str, ...]] = ("Dr", "Mr", "Ms", "Mx", "Prof")
_STAFF_CUES: Final[tuple[str, ...]] = (
    "support", "billing", "sales", "accounts", "reception", "counter", "desk",
    "customer service", "till", "shop", "store", "compliance", "finance", "legal", "payroll",
    "security", "dispatch", "returns", "procurement", "operations",
)  # fmt: skip
_ROLE_CUES: Final[tuple[str, ...]] = (
    "guide", "driver", "host", "tutor", "teacher", "nanny", "cleaner", "waiter", "waitress",
    "server", "barber", "stylist", "instructor", "coach", "rep ", "advis", "nurse", "therapist",
    "trainer", "courier", "agent",
)  # fmt: skip
_WORK_CUES: Final[tuple[str, ...]] = (
    " from work", " from the office", " from school", " from uni", " from church",
    " from the gym", " from book club", " from my class",
)  # fmt: skip
_CONJUNCTION_CUES: Final[tuple[str, ...]] = (
    " and ", " but ", " so ", " then ", " while ", " when ", " because ", " until ", " after ",
    " before ",
)  # fmt: skip
# (speed) What every match of _CONJUNCTION_VERB and of _LAST_FIRST opens with (see _spans_at).
_CONJUNCTION_OPENINGS: Final = tuple(cue[1:] for cue in _CONJUNCTION_CUES)
_LAST_FIRST_OPENINGS: Final[tuple[str, ...]] = ("last", "surname")
_CHAT_CUES: Final[tuple[str, ...]] = (
    "brb ",
    "omg ",
    "lol ",
    "btw ",
    "fyi ",
    "ngl ",
    "tbh ",
    "ugh ",
    "welp ",
)
_ROLE_IS_CUES: Final[tuple[str, ...]] = (
    "payee", "payer", "beneficiary", "holder", "applicant", "claimant", "tenant", "patient",
    "recipient", "insured", "employee", "member",
)  # fmt: skip
_CC_CUES: Final[tuple[str, ...]] = ("cc ", "cc:", "Cc ", "Cc:", "cC ", "cC:", "CC ", "CC:")
# (speed) Cheaper tests asked before some of the cues above, each as exact: a word that the
# rule's regex has between two spaces is one of the text's words (substrings.lower_words);
# every cue of _CC_CUES holds one of _CC_ENDS.
_ABSENT_WORDS: Final = frozenset(["off", "out", "on", "away", "running", "called", "left"])
_ROLE_WORDS: Final = frozenset(
    ["guide", "driver", "host", "tutor", "teacher", "nanny", "cleaner", "waiter", "waitress",
     "server", "barber", "stylist", "instructor", "coach", "rep", "advisor", "adviser", "nurse",
     "therapist", "trainer", "courier", "agent"]
)  # fmt: skip
_CONJUNCTION_WORDS: Final = frozenset(
    ["and", "but", "so", "then", "while", "when", "because", "until", "after", "before"]
)
_CC_ENDS: Final[tuple[str, ...]] = ("c ", "c:", "C ", "C:")
# Which of the word tests a word passes (one dict lookup per word for all of them; Final:
# compiled code reads these without a lookup in the module's dict). "per" and "as" open
# _PER and _AS_SAID, "in", "at" and "from" come before _STAFF_AT's desk.
_ABSENT_WORD: Final = 1
_ROLE_WORD: Final = 2
_CONJUNCTION_WORD: Final = 4
_STAFF_WORD: Final = 8
_PER_WORD: Final = 16
_AS_WORD: Final = 32
_WORD_GATES: Final = {
    **dict.fromkeys(_ABSENT_WORDS, _ABSENT_WORD),
    **dict.fromkeys(_ROLE_WORDS, _ROLE_WORD),
    **dict.fromkeys(_CONJUNCTION_WORDS, _CONJUNCTION_WORD),
    **dict.fromkeys(["in", "at", "from"], _STAFF_WORD),
    "per": _PER_WORD,
    "as": _AS_WORD,
}
# The first two letters of what _CONJUNCTION_VERB wants two words after its conjunction:
# "is", "was", "has", "had", "said", "says", "will", "can", "could", "would", "did".
_VERB_HEADS: Final = frozenset(["is", "wa", "ha", "sa", "wi", "ca", "co", "wo", "di"])
# The first (up to) four letters of the desks of _STAFF_AT ("the" of "the counter", ...).
_STAFF_HEADS: Final = frozenset(
    ["supp", "bill", "sale", "acco", "rece", "the", "cust", "comp", "fina", "lega", "payr",
     "secu", "disp", "retu", "proc", "oper"]
)  # fmt: skip


def recall28(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind the substring test of its cue).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see recall28_after_redaction)
    gates = _word_gates(lower_words(text))
    # (no capital letter: no rule that wants a capitalised word can match)
    caseless = text.islower()
    if only & 1 and gates & _PER_WORD and "Per " in text:
        fired |= 1
        found.extend(_spans(_PER, text, _capitalised_name_word))
    if only & 2 and gates & _ABSENT_WORD and holds_any(text, _ABSENT_CUES):
        fired |= 2
        found.extend(_spans(_ABSENT, text, _absent_name_word))
    if only & 4 and gates & _AS_WORD and "As " in text:
        fired |= 4
        found.extend(_spans(_AS_SAID, text, _capitalised_name_word))
    if only & 8 and (
        ("'" in text or '"' in text) and not caseless and holds_any(text, _TITLE_CUES)
    ):
        fired |= 8
        found.extend(_spans(_TITLE_IN_QUOTES, text, _uncommon_capitalised))
    if only & 16 and not caseless and gates & _STAFF_WORD and holds_any(text, _STAFF_CUES):
        fired |= 16
        found.extend(_spans(_STAFF_AT, text, _uncommon_capitalised))
    if only & 32 and '"' in text and ":" in text:
        fired |= 32
        found.extend(_spans(_KEY_INVERTED, text, _inverted_name))
        found.extend(_spans(_USER_KEY, text, _capitalised_name_word))
    if only & 64 and gates & _ROLE_WORD and holds_any(text, _ROLE_CUES):
        fired |= 64
        found.extend(_spans(_ROLE_LOWER, text, _lower_or_listed))
    if only & 128 and " from " in text and holds_any(text, _WORK_CUES):
        fired |= 128
        found.extend(_spans(_FROM_WORK, text, _uncommon_word))
    if only & 256 and (not caseless and ("'s " in text or "\u2019s " in text)):
        fired |= 256
        found.extend(_spans(_CONTRACTED_IS, text, _capitalised_name_word))
    # (a capitalised word, " (", the aside, ")" and "," or a space, then a space)
    if only & 512 and (not caseless and " (" in text and (") " in text or "), " in text)):
        fired |= 512
        for match in opening_matches(_ASIDE_SAYS, text, _ASIDE_LEADS):
            aside = set(match.group(2).lower().replace(",", " ").split())
            if _capitalised_name_word(match.group(1)) or not aside.isdisjoint(_PERSON_NOUNS):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if (
        only & 1024
        and not caseless
        and gates & _CONJUNCTION_WORD
        and holds_any(text, _CONJUNCTION_CUES)
    ):
        fired |= 1024
        found.extend(
            _spans_at(_CONJUNCTION_VERB, text, _CONJUNCTION_OPENINGS, _listed_given_of_no_english)
        )
    if only & 2048 and caseless and holds_any(text, _CHAT_CUES):
        fired |= 2048
        found.extend(_spans(_CHAT_BEFORE, text, _lower_unlisted))
    if only & 4096 and " here" in text:
        fired |= 4096
        found.extend(_spans(_HERE, text, _capitalised_name_word))
    if ", " in text:
        # (_LAST_FIRST wants "last" or "surname" in any case: in ASCII text, in its lower case)
        if only & 8192 and (":" in text or "=" in text):
            if not text.isascii():
                fired |= 8192
                found.extend(_spans(_LAST_FIRST, text, _inverted_name))
            elif "last" in (lowered := text.lower()) or "surname" in lowered:
                fired |= 8192
                found.extend(_spans_at(_LAST_FIRST, text, _LAST_FIRST_OPENINGS, _inverted_name))
        if only & 16384 and holds_any(text, _ROLE_IS_CUES):
            fired |= 16384
            found.extend(_spans_at(_ROLE_IS, text, _ROLE_IS_OPENINGS, _inverted_name))
    if only & 32768 and not caseless and holds_any(text, _CC_ENDS) and holds_any(text, _CC_CUES):
        fired |= 32768
        found.extend(_spans(_CC_LOWER, text, _lower_unlisted))
    if only & 65536 and (("!!" in text or "??" in text) and caseless):
        fired |= 65536
        vocative = _VOCATIVE.match(text)
        if vocative is not None:
            wish = (vocative.group(2) or "") in _WISHES
            if _lower_name_word(vocative.group(1), listed=not wish):
                found.append(PiiSpan(vocative.start(1), vocative.end(1), PERSON))
    # (a text in lower case is not noted: the gates for cased text would pass on its redaction)
    _FIRED.note(text, -1 if caseless else fired)
    return found


def recall28_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall28` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    the word gate of _CONJUNCTION_VERB reads no "<": see _word_gates; a source in lower case
    is noted as passing all, its redaction holds capitals)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall28(text, fired))


def _word_gates(words: tuple[str, ...]) -> int:
    """Which word tests of _WORD_GATES ``words`` (the text's lower-cased words) pass.
    _CONJUNCTION_VERB wants a conjunction and a word, each between spaces, then a verb after
    a space: three words in a row, the third starting with a verb of its list or holding
    "-ed"; _STAFF_AT wants "in", "at" or "from" between spaces, then a word that starts its
    desk."""
    gates = 0
    count = len(words)
    for at in range(count):
        gate = _WORD_GATES.get(words[at], 0)
        if gate == _CONJUNCTION_WORD:
            # (the pattern's name word holds letters only, and its verb opens the word after
            # it: what stands before a "<" there; so a placeholder, "<credit_card>", passes
            # no gate the text it replaced did not: see recall28_after_redaction)
            if at + 2 >= count or "<" in words[at + 1]:
                continue
            verb = words[at + 2]
            if "<" in verb:
                verb = verb[: verb.index("<")]
            if verb[:2] not in _VERB_HEADS and "ed" not in verb:
                continue
        elif gate == _STAFF_WORD and (at + 1 >= count or words[at + 1][:4] not in _STAFF_HEADS):
            continue
        gates |= gate
    return gates


def _listed_given_of_no_english(word: str) -> bool:
    lower = word.lower()
    return lower in first_names() and lower not in common_words() and not is_english(lower)


def _lower_unlisted(word: str) -> bool:
    return _lower_name_word(word, listed=False)


def _capitalised_name_word(word: str) -> bool:
    """A listed given name that is no common word, or a word of no English list; (stop 29) or
    a given name common only as a name ("Jennifer")."""
    lower = word.lower()
    if lower in NAME_ONLY_COMMON_WORDS:
        return True
    if lower in first_names():
        return lower not in common_words()
    return not is_english(lower) and _uncommon(lower)


def _absent_name_word(word: str) -> bool:
    """A name word that is not two frequent English words glued ("Autopay is off today"; a
    looser split takes names apart: "ngo|zika")."""
    lower = word.lower()
    common = common_words()
    return _capitalised_name_word(word) and not any(
        lower[:cut] in common and lower[cut:] in common for cut in range(3, len(lower) - 2)
    )


def _inverted_name(value: str) -> bool:
    """Every capitalised word is a name word (no English word unless a listed given name)."""
    for word in value.replace(",", "").split(" "):
        lower = word.lower()
        if lower in NAME_PARTICLES:
            continue
        if is_english(lower) and lower not in first_names():
            return False
    return True


def _lower_name_word(word: str, *, listed: bool) -> bool:
    """A lower-case word that may be a name: no English or common word; with ``listed`` a
    listed given name; (stop 29) or a given name common only as a name ("jennifer")."""
    if word in NAME_ONLY_COMMON_WORDS:
        return True
    if is_english(word) or not _uncommon(word):
        return False
    return not listed or word in first_names()


def _spans(pattern: re.Pattern[str], text: str, ok: Callable[[str], bool]) -> list[PiiSpan]:
    return [
        PiiSpan(match.start(1), match.end(1), PERSON)
        for match in pattern.finditer(text)
        if ok(match.group(1))
    ]


def _spans_at(
    pattern: re.Pattern[str], text: str, openings: tuple[str, ...], ok: Callable[[str], bool]
) -> list[PiiSpan]:
    """:func:`_spans` of a pattern whose matches open with one of ``openings`` in lower case,
    tried only there (speed: see substrings.matches_at_cues); for ASCII text if in any case."""
    return [
        PiiSpan(match.start(1), match.end(1), PERSON)
        for match in matches_at_cues(pattern, text, text.lower(), openings)
        if ok(match.group(1))
    ]


def _lower_or_listed(word: str) -> bool:
    """A lower-case name word: of no English list, or a listed given name of no common word."""
    if word in first_names():
        return word not in common_words()
    return _lower_name_word(word, listed=False)


def _uncommon_word(word: str) -> bool:
    """(A strong cue, "X from work is coming") any lower-case word of no frequent English use
    ("reign", "onyx"; not "someone", "the team")."""
    return _uncommon(word) and word not in stop_words()


def _uncommon_capitalised(word: str) -> bool:
    """(A strong cue: a title, a desk) a capitalised word of no frequent English use."""
    return word[:1].isupper() and _uncommon_word(word.lower())


def the_who_names(text: str) -> list[PiiSpan]:
    """In caseless chat, "the X who" and a verb (``the orlena who lived above the chippy``).
    Asked after the look-alike filters (``names.find_names``), whose article rule would drop
    the name after "the"."""
    if not text.islower() or " who " not in text:
        return []
    return _spans(_THE_WHO, text, lambda word: _lower_name_word(word, listed=False))
