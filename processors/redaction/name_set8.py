"""Set 8 person rules: shapes that hold a name whatever the name is, and contexts that make a
capitalised run a brand, a firm, an eponym or a street rather than a person (see
``docs/redaction.md``, "Set 8 rules (PERSON)").

Names found here (:func:`shaped_names`, spans that win over overlapping candidates):

* ``Surname, Given`` after a role word (``Requester Galli, Alessio,``), as the quoted value of
  a person key (``"owner": "Memon, Marvi"``) or opening a line before lower-case words
  (``Shah, Falguni court records``);
* two single names joined by ``and`` opening a sentence, before a lower-case verb
  (``Hadas and Tallulah made ...``);
* a name right before a phone after ``call``/``contact``/``text``/... (``call Maciej back on
  ...``, ``contact Xanana (08-475 40 93)``) or opening a line before a bracketed phone and a
  verb (``Rehema (+254...) is ...``);
* names in capitals: ``SURNAME Given`` opening a line before lower-case words (a search),
  a line of two or three capitalised words opening the text above an address line, and a
  capitals run after ``for``/``to``/``shown:``/... that ends at a comma, a dot or the line.

Runs that are no person (:func:`not_a_person_run`): before a product noun (``Tory Burch bag``,
``Fred Perry items``), also after ``'s`` for shop words (``Jack Daniel's outlet``), an eponym
before ``'s disease``/``syndrome``/``algorithm``, after ``at`` (``Customer service at Wells
Fargo``), after ``cheaper than``/``new``, a run that starts or ends with a street word of other
languages (``Thanon Charoen Krung``, ``Sarojini Naidu Marg``, ``Nevsky Prospekt``).

Every rule sits behind a C-level test (``in`` or one regex). No import of :mod:`names`.
"""

from __future__ import annotations

import re

from processors.redaction.lexicon import (
    common_words,
    english_words,
    first_names,
    stop_words,
    surname_words,
)
from processors.redaction.name_set7 import plain_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.word_memo import WordMemo

__all__ = ["WORD_CUES", "caps_names", "not_a_person_run", "shaped_names"]

# Lone-name cue words (roles, trades, ticket fields): "my cleaner rehema", "Owner: Nelsa",
# "Watchers: Khamla, Þórður".
WORD_CUES = frozenset(
    ["cleaner", "plumber", "electrician", "gardener", "nanny", "babysitter", "tutor",
     "handyman", "owner", "watchers", "watcher", "assignee", "requester", "approver",
     "surname", "tmrw", "tmr", "cya"]
)  # fmt: skip

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CAPW = rf"[{_UP}][^\W\d_A-Z]+(?:-[^\W\d_]+)*"  # a capitalised word ("Chih-ming", "Þórður")
_CAPS = rf"[{_UP}]{{2,}}(?:-[{_UP}]+)?"  # a word in capitals ("KRANJC", "SKÓLAVÖRÐUSTÍGUR")
_END = r"(?=$|[\s,.;:!?)\"'|])"

# Role words (lower case) before a "Surname, Given" name.
_ROLES = frozenset(
    ["requester", "owner", "holder", "customer", "client", "tenant", "patient", "applicant",
     "employee", "member", "caller", "guest", "user", "reporter", "assignee", "beneficiary",
     "payee", "passenger", "student", "resident", "buyer", "seller", "sender", "recipient",
     "contact", "name", "cardholder", "signatory", "borrower", "policyholder", "subscriber",
     "debtor", "creditor", "claimant", "candidate", "driver", "author", "reviewer", "approver",
     "doctor", "physician", "agent", "manager", "landlord", "insured", "account", "watcher"]
)  # fmt: skip
# (Speed: the capital first and the look-behind after it, two characters wide, so that the
# regex engine skips straight to capitals instead of trying the look-behind everywhere.)
_SURNAME_GIVEN = re.compile(
    rf"([{_UP}](?<![\w'\u2019-].){_CAPW[len(_UP) + 2 :]}(?: {_CAPW})?), ({_CAPW}(?: {_CAPW})?)"
    rf"{_END}"
)
_KEY_BEFORE = re.compile(r"[\"']([\w ]{1,30})[\"']\s*:\s*[\"']$")

_CAPW_FULL = re.compile(_CAPW)
_AND_SECOND = re.compile(rf" and ({_CAPW}) (?=[a-z])")

_CALL_TAIL = re.compile(rf"({_CAPW})(?: back)?(?: (?:on|at)|,)? ?(?=[(+]*\d[\d ()./-]{{5,}}\d)")
_NAME_BRACKET_PHONE = re.compile(
    rf"(?m)^({_CAPW}) \(\+?\d[\d ./-]{{6,}}\d\) (?=is |will |can |has |says |'s )"
)

# A name opening a Spanish question or exclamation, speaking to someone ("¿Anaïs me pasas
# ...?"), and a name that opens a later sentence with "'s" ("Lovely stay. Jernej's breakfast").
_SPANISH_VOCATIVE = re.compile(
    rf"(?:^|(?<=\s))[\u00bf\u00a1]({_CAPW}),? (?=(?:me|te|nos|le|les|puedes|podés|podrías|pod[eé]is"
    r"|sabes|tienes|vienes|est[aá]s|ya|ayúdame|mándame|pásame|llámame)\b)"
)
_SPANISH_WORDS = frozenset(
    ["qué", "que", "cómo", "como", "cuándo", "cuando", "dónde", "donde", "quién", "quien",
     "cuál", "cual", "cuánto", "cuanto", "por", "para", "alguien", "nadie", "todo", "esto",
     "eso", "ya", "no", "sí", "si", "hay", "ahora", "hoy", "también", "entonces", "bueno",
     "oye", "oiga", "perdón", "disculpa", "hola", "usted", "vos", "tú", "mamá", "papá"]
)  # fmt: skip
_SENTENCE_POSSESSIVE = re.compile(rf"(?<=[^\W_A-Z]{{2}}[.!?] )({_CAPW})['\u2019]s (?=[a-z])")

# Whose number, e-mail or address: only a person's ("whats rutendo's number", "dm'd you
# amna's email", "Ask for Hana's address").
_CONTACT_POSSESSIVE = re.compile(
    r"(?<![\w'\u2019])([^\W\d_]+(?:-[^\W\d_]+)?)['\u2019]s (?:(?:phone|mobile|cell|home|work)"
    r" )?(?:number|no|#|e-?mail|phone|mobile|cell|address|addy|socials|insta|whatsapp)\b"
)
_CAPS_THEN_GIVEN = re.compile(rf"(?m)^((?:{_CAPS} ){{1,2}})({_CAPW})(?= [a-z]|$)")
_CAPS_FIRST_LINE = re.compile(rf"(?:^|(?<=:\n))({_CAPS}(?: {_CAPS}){{1,2}})\n(?=[^\n]*\d)")
_CAPS_AFTER_CUE = re.compile(
    rf"(?<![\w])(?:for|to|[a-z]{{2,}}:|attn:?|FOR|TO|ATTN:?) ({_CAPS}(?: {_CAPS}){{1,2}})"
    r"(?=,|\.(?:\s|$)|\n|$)"
)


def _name_word(word: str) -> bool:
    """A word that may be part of a name: no frequent English word (a listed given name or
    surname is fine), not a stop word."""
    lower = word.lower()
    if lower in stop_words():
        return False
    if lower in first_names() and lower not in common_words():
        return True
    return lower in surname_words() or plain_name_word(word)


_NAME_WORD = WordMemo(_name_word, maxsize=4096)


def _listed(word: str) -> bool:
    lower = word.lower()
    return lower in first_names() and lower not in common_words() and lower not in english_words()


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
        return bool(words) and words[-1].lower().rstrip(":") in _ROLES
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
    return (start == 0 or before.endswith("\n")) and (
        end == len(text) or text[end] == "\n" or text[end : end + 2].rstrip().islower()
    )


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


def shaped_names(text: str) -> list[PiiSpan]:
    """Names found by the shapes of the module docstring."""
    found: list[PiiSpan] = []
    if ", " in text and _COMMA_CAPITAL.search(text) is not None:
        _surname_given(text, found)
    if " and " in text:
        _and_pairs(text, found)
    if " (" in text and (" (+" in text or _BRACKET_DIGIT.search(text) is not None):
        for head in _NAME_BRACKET_PHONE.finditer(text):
            if _NAME_WORD[head.group(1)]:
                found.append(PiiSpan(head.start(1), head.end(1), PERSON))
    if "all " in text or "ontact " in text or "ext " in text or "hone " in text:
        _called_names(text, found)
    if not text.isascii() and ("\u00bf" in text or "\u00a1" in text):
        for ask in _SPANISH_VOCATIVE.finditer(text):
            word = ask.group(1)
            if _listed(word) or (plain_name_word(word) and word.lower() not in _SPANISH_WORDS):
                found.append(PiiSpan(ask.start(1), ask.end(1), PERSON))
    if "'s " in text or "\u2019s " in text:
        _possessives(text, found)
    return found


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
_CALL_WORDS = (("all ", "cC"), ("ontact ", "cC"), ("ext ", "tT"), ("hone ", "pP"))


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
            continue  # (capitalised names are runs or cued lone names already)
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


_COMMA_CAPITAL = re.compile(rf", [{_UP}]")
_BRACKET_DIGIT = re.compile(r" \(\d")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([^\W\d_]{2,}) $")

# After a run (and a space): the run names a brand, a shop or a firm ("Tory Burch bag",
# "Fred Perry items", "Goldman Sachs graduate scheme").
_PRODUCT_AFTER = re.compile(
    r" (?:bags?|handbags?|purses?|items|products|perfumes?|fragrances?|cologne|shoes|sneakers"
    r"|trainers|boots|jeans|sunglasses|wallets?|collection|boutiques?|outlets|merch"
    r"|merchandise|franchise|graduate|internships?|layoffs|earnings|ipo|share price|stockists?"
    r"|gift card|warehouse|flagship|catalog(?:ue)?|discount code|outlet|sale)\b"
    # music: "Steely Dan sounds amazing on these"
    r"| sounds? (?:great|amazing|awesome|incredible|fantastic|so good) on (?:these|them|it|this)\b"
)
# After a run and "'s": a shop or a brand ("Jack Daniel's outlet"), an eponym ("Lou Gehrig's
# disease", "Dijkstra's algorithm").
_POSSESSIVE_AFTER = re.compile(
    r"['\u2019]s (?:disease|syndrome|palsy|disorder|algorithm|law|theorem|principle|paradox"
    r"|constant|conjecture|lemma|razor|equation|outlet|outlets|stores?|shops?|items|products"
    r"|franchise|restaurants?|locations|menu|merch|customer service"
    r"|customer care|careers|headquarters|share price)\b"
)
_RUN_POSSESSIVE_AFTER = re.compile(
    r"['\u2019]s (?:whiskey|whisky|bourbon|rum|gin|vodka|beer|ale|lager|coffee|donuts?"
    r"|doughnuts?|popcorn|pies?)\b"
)
# Before a run: a comparison of goods or a purchase ("Cheaper than Ralph Lauren", "my new
# Michael Kors bag"), a place or an employer ("at Wells Fargo", "Store at Jackson Hole").
# Music: "Played Jethro Tull on it"; a postcode before a town: "15777 Santiago de Compostela".
_BEFORE_RUN = re.compile(
    r"(?:\b(?:[Cc]heaper|[Pp]ricier|[Dd]earer) than|\b[Nn]ew|\b[Aa]t|\b[Pp]layed"
    r"|\b[Ll]isten(?:ing|ed)? to|\b\d{4,6}|\b[Tt]astes like|\b[Ss]mells like|\b[Mm]y old"
    r"|\b[Bb]een to|\b[Tt]rip to|\b[Ff]lights? to) $"
)
# A firm's news after a run or a word: "Charles Schwab just laid off", "Sainsbury's is hiring".
_FIRM_AFTER = re.compile(
    r"(?: & [A-Z][^\W\d_]+)?(?:['\u2019]s)? (?:just |has |have )?"
    r"(?:laid off|lays off|is hiring|are hiring|went bust|went bankrupt|filed for bankruptcy"
    r"|announced layoffs)\b"
)
_POSTCODE_LINE = re.compile(r" \d{4,7}[ \t]*(?:\n|$)")
_STREET_NEXT = re.compile(
    r" (?:avenue|ave|road|rd|street|st|lane|marg|apts|apartments|nagar|colony|highway|blvd"
    r"|boulevard|drive|mews|close|crescent|terrace)\b"
)
_STREET_BEFORE = re.compile(
    r"\b(?:avenue|av|avenida|rue|boulevard|boul|bd|calle|via|rua|jalan|jl|thanon|soi|derb"
    r"|street|road|ulica|carrer)\.? $"
)
_GOODS_BEFORE_TITLE = re.compile(r"(?:\b[Tt]he|\b[Mm]y old|\b[Ll]ike|\bthan|\b[Nn]ew) $")
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms)\.? $")
# Street words of other languages that open a street's name ("Thanon Charoen Krung", "Derb
# Sidi Bouloukat", "Soi Ari") or close it ("Sarojini Naidu Marg", "Nevsky Prospekt").
_STREET_FIRST = frozenset(
    ["thanon", "soi", "derb", "jalan", "jln", "jl", "phố", "đường", "ngõ", "sharia", "shari",
     "rehov", "rechov", "sok", "sokak", "cadde", "caddesi", "ulitsa", "vulytsia", "vul",
     "prospekt", "calea", "strada", "ulica", "trg", "rruga", "odos", "leoforos", "carrera",
     "avinguda", "rúa", "bairro", "colonia", "barrio", "moo", "tambon"]
)  # fmt: skip
_STREET_LAST = frozenset(
    ["marg", "mews", "apts", "apartments", "highway", "hwy", "prospekt", "prospect", "nagar",
     "colony", "enclave", "chowk", "bazar", "bazaar", "ulitsa", "khiyabani", "sokak", "caddesi",
     "dist", "district", "township", "estate", "heights", "towers", "residency", "niketan",
     "vihar", "bagh", "ganj", "pur", "abad", "blvd", "boulevard", "ave", "avenue", "rd",
     "road", "street", "str", "lane", "ln", "mews",
     # ... and a band's: "Marcus King Band"
     "band", "orchestra", "quartet", "trio", "ensemble", "choir"]
)  # fmt: skip


def not_a_person_run(text: str, start: int, end: int) -> bool:
    """Whether the context makes the capitalised run ``text[start:end]`` a brand, a firm, an
    eponym or a street rather than a person (see the module docstring); for one word alone only
    the words after it count ("Uncle Ben's outlet")."""
    nxt = text[end : end + 1]
    caseless = text[start:end].islower()
    if nxt == " ":
        if _PRODUCT_AFTER.match(text, end) is not None:
            return True
        if caseless and _STREET_NEXT.match(text, end) is not None:
            return True  # "kemal ataturk avenue"
    elif nxt and nxt in "'\u2019":
        if _POSSESSIVE_AFTER.match(text, end) is not None:
            return True
        if " " in text[start:end] and _RUN_POSSESSIVE_AFTER.match(text, end) is not None:
            return True  # "Marie Callender's pies" (but "Maria's coffee" is hers)
    if (
        nxt
        and nxt in " '\u2019"
        and ("laid off" in text or "hiring" in text or "bank" in text or "went bust" in text)
        and _FIRM_AFTER.match(text, end) is not None
    ):
        return True
    if (start == 0 or text[start - 1] == "\n") and _POSTCODE_LINE.match(text, end) is not None:
        return True  # a town then its postcode ends an address line: "Haifa 7229845"
    space = text.find(" ", start, end)
    if space > 0 and (
        text[start:space].lower() in _STREET_FIRST
        or text[text.rfind(" ", start, end) + 1 : end].lower().rstrip(".") in _STREET_LAST
    ):
        return True
    if start < 3 or text[start - 1] != " ":
        return False
    if caseless and _STREET_BEFORE.search(text, max(0, start - 12), start):
        return True  # "avenue hassan ii"
    if space < 0:  # a title before a frequent English word is a brand ("Dr Pepper", "Mr Clean")
        if text[start - 2] not in "rs.":
            return False
        title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
        if title is None:
            return False
        lower = text[start:end].lower()
        if lower in common_words() and lower not in surname_words():
            return True
        # "the Dr. Martens sale", "Tastes like Mrs. Meyer's": an article or a comparison
        return (
            _GOODS_BEFORE_TITLE.search(text, max(0, title.start() - 14), title.start()) is not None
        )
    if text[start - 2] not in _BEFORE_RUN_ENDS:
        return False
    before = _BEFORE_RUN.search(text, max(0, start - 16), start)
    # "party at Jenna Okafor's" is a person's place
    return before is not None and not (nxt and nxt in "'\u2019" and before.group()[:2] in "atAt")


# The last letters of the words _BEFORE_RUN ends with (a cheap first test).
_BEFORE_RUN_ENDS = frozenset("nwtdeo0123456789")
