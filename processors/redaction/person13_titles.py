"""Stop 24: names after a lower-case title, and kin words cut from the front of a name.

* In chat and tickets titles are often written in lower case mid-sentence ("talked to mrs.
  okafor about the refund", "my landlord mr. castellanos never replies"). The capitalised
  rules need the title's capital, and the caseless rules a text with no capital at all.
  :func:`titled_names` takes the word after a lower-case ``mr``, ``mrs``, ``ms``, ``mx``,
  ``dr`` or ``prof`` (the title stays outside the span, as the corpora draw it) when it is no
  English word or is a listed given name, and a second such word after a listed given name.
  ``dr`` after a number or before a word of an address ("14 orris dr apt 2") is the street
  type and is left alone. (Stop 33) A capitalised title before a name typed in lower case
  ("Dear Mr caldas,", "Five stars for Dr. fu") is read the same way.
* :func:`after_kin_word` cuts a lower-case kin or role word ("my son dmitri", "our host
  gianluca") from the front of a person span when a possessive determiner precedes it: the
  word names the relation, not the person.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    NAME_PARTICLES,
    common_words,
    english_words,
    first_names,
    surname_words,
)
from processors.redaction.name_kin_words import KIN_WORDS
from processors.redaction.name_words import plain_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    lower_words,
    placeholders_word_bounded,
)

__all__ = [
    "after_kin_word",
    "after_title",
    "may_have_titled_names",
    "titled_names",
]

# A lower-case title, then one or two words (letters, hyphens, apostrophes).
_TITLED: Final = re.compile(
    r"(?<![\w.-])(?P<title>(?i:mrs|mr|ms|mx|dr|prof"
    # (stop 32) titles of other languages and ranks: "ran into herr thornbury", "sig. colombo"
    # (stop 33) capitalised too, before a name typed in lower case: "Dear Mr caldas,"
    r"|herr|frau|sig|sig\.ra|sra|mme|mlle|signora|señora|señor|sgt|rev|coach"
    # (stop 36) "Sr." with its dot only ("Sr. thornton pide factura"; "sr engineer" is a rank)
    r"|sr(?=\.)))\.? "
    r"(?P<name>[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*)?)"
)
_ANY_TITLE: Final = re.compile(
    r"(?i:mrs?|ms|mx|dr|prof|herr|frau|sig|sig\.ra|sra|mme|mlle|signora|señora|señor|sgt|rev"
    r"|coach|sr(?=\.))\.? "
)  # (one scan: half the cost of six `in`s)
# (a string of each title of _TITLED: the gate of may_have_titled_names)
_TITLE_CUES: Final[tuple[str, ...]] = (
    "mr", "ms", "mx", "dr", "prof", "herr", "frau", "sig", "sra", "mme", "mlle", "señor",
    "sgt", "rev", "coach",
    # (stop 33) capitalised titles
    "Mr", "Ms", "Mx", "Dr", "Prof", "Herr", "Frau", "Sig", "Sra", "Mme", "Mlle", "Señor",
    "Sgt", "Rev", "Coach", "MR", "MS", "DR",
    # (stop 36) "Sr." (the cue "sr" also covers "sra")
    "sr", "Sr", "SR",
)  # fmt: skip
_MAKER_TITLES: Final = frozenset(["ms", "dr", "mx", "prof"])
_NEXT_WORD: Final = re.compile(r" ([^\W\d_][\w'\u2019-]*)")
_ADDRESS_NEXT: Final = frozenset(["apt", "unit", "ste", "suite", "#", "n", "s", "e", "w"])
_POSSESSIVES: Final[tuple[str, ...]] = ("my ", "your ", "his ", "her ", "our ", "their ")


def may_have_titled_names(text: str) -> bool:
    """False only when :func:`titled_names` certainly finds nothing in ``text``.

    (Speed, stop 33) The gate was the cue strings, then _ANY_TITLE: since the titles read
    capitals too, a cue is in a third of the texts ("DR" of "<ADDRESS>", "Mr"), and the
    case-insensitive search, which tries every position, cost ten times the rest. Now a test
    of the text's lower-cased words comes first (:func:`_title_word_before`): every match of
    _TITLED is a title (and a dot) that ends a word, at the word's start or after a character
    that is no letter, digit, "_", "." or "-", and another word follows. So the gate says
    "maybe" whenever the old gate and titled_names both would, which keeps the finder's output
    (it runs titled_names only behind this gate) and keeps the re-scan guard exact.
    """
    if not text.isascii() and holds_any(text, _FOLDED_APART):
        # (case-insensitive matching reads U+0131 (dotless i) as "i" and U+017F (long s) as
        # "s", which lower() keeps, and lower() makes U+0130 two characters: the gate as it was)
        _FIRED.note(text, -1)
        return holds_any(text, _TITLE_CUES) and _ANY_TITLE.search(text) is not None
    # (the cue strings still gate titled_names, as before: "mR. okafor" passes no cue)
    titled = _title_word_before(lower_words(text))
    _FIRED.note(text, 1 if titled else 0)
    return titled and holds_any(text, _TITLE_CUES)


# (speed) 0 when no word of the last text may_have_titled_names read by its words was a title
# (see may_have_titled_names_after_redaction)
_FIRED: Final = FiredGates()


def may_have_titled_names_after_redaction(text: str, source: str | None) -> bool:
    """:func:`may_have_titled_names` of ``text``, a redaction of ``source`` (or None).

    (Speed, exact) When no word of ``source`` but its last held a title and no placeholder
    of ``text`` is glued to a word character, no word of ``text`` does. A word of ``text``
    without a placeholder's character is one of ``source`` (the white space around it is
    kept), and one before another word there too (a placeholder stands for characters that
    are no white space). A word with one ends in ">" (no title ends so) or in what followed
    the placeholder in ``source``, which opens with no word character: a title (letters,
    perhaps a dot) and the character before it lie there, and the same word of ``source``
    ends with them. (A text with U+0130, U+0131 or U+017F is read the other way there too,
    as placeholders hold none; then nothing was noted.)"""
    if _FIRED.fired_for(source) == 0 and placeholders_word_bounded(text):
        return False
    return may_have_titled_names(text)


# Characters that case-insensitive matching equates with a letter of a title but lower() does
# not map to it (checked against every code point: only these three).
_FOLDED_APART: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f")
# The titles of _TITLED in lower case, their lengths and last letters (for _title_word_before).
_TITLES: Final = frozenset(
    ["mrs", "mr", "ms", "mx", "dr", "prof", "herr", "frau", "sig", "sig.ra", "sra", "mme",
     "mlle", "signora", "señora", "señor", "sgt", "rev", "coach", "sr"]
)  # fmt: skip
_TITLE_WORDS: Final = _TITLES | {f"{title}." for title in _TITLES}
_TITLE_SIZES: Final[tuple[int, ...]] = tuple(sorted({len(title) for title in _TITLES}))
_TITLE_LAST_LETTERS: Final = frozenset(title[-1] for title in _TITLES)
_WORD_CHARACTER: Final = re.compile(r"[\w.-]")


def _title_word_before(words: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` (lower-cased, split at white space) other than the last
    ends in a title, or a title and a dot, that opens it or follows a character that is no
    letter, digit, "_", "." or "-" ("dr.", "(mrs"; lower() turns no such character into one
    that is, nor a space into a letter: checked against every code point)."""
    for index in range(len(words) - 1):
        word = words[index]
        if word in _TITLE_WORDS:
            return True
        # (in a word of letters and digits only a letter or digit precedes a title inside it)
        if not word.isalnum() and _title_inside(word):
            return True
    return False


def _title_inside(word: str) -> bool:
    """``word`` ends in a title, or a title and a dot, after a character that is no letter,
    digit, "_", "." or "-"."""
    core = word[:-1] if word.endswith(".") else word
    if core[-1:] not in _TITLE_LAST_LETTERS:
        return False
    for size in _TITLE_SIZES:
        if (
            len(core) > size
            and core[len(core) - size :] in _TITLES
            and _WORD_CHARACTER.match(core, len(core) - size - 1) is None
        ):
            return True
    return False


def titled_names(text: str) -> list[PiiSpan]:
    """The names after lower-case titles (see the module docstring)."""
    found: list[PiiSpan] = []
    for match in _TITLED.finditer(text):
        if match.start() > 0 and text[match.start() - 2 : match.start()].strip().isdigit():
            continue  # "5796 dr deventer", "12 main dr": a street type
        words = match.group("name").split(" ")
        if not words[0].islower():
            continue  # (a capitalised name is the capitalised rules')
        if len(words) == 2 and words[0] in NAME_PARTICLES:
            # (stop 36) a particle opens the surname after a written-out title: "Mr da costa
            # never returned" (not "the dr de facto rule")
            if not (
                (match.group("title")[:1].isupper() or text.startswith(".", match.end("title")))
                and _particle_surname(words[1])
            ):
                continue
        elif len(words) == 2 and words[1] in NAME_PARTICLES:
            # (stop 36) "Dr. leilani da costa": a given name, a particle, a surname
            after = _NEXT_WORD.match(text, match.end("name"))
            if (
                (words[0] in first_names() or _name_word(words[0]))
                and after is not None
                and _particle_surname(after.group(1))
            ):
                words.append(after.group(1))
            else:
                words = words[:1]
        elif len(words) == 2 and not (
            (words[0] in first_names() and _surname(words[1]))
            # (stop 36) "Mr dilani ismail": a name word, then a listed given name
            or (_name_word(words[0]) and words[1] in first_names() and _surname(words[1]))
        ):
            words = words[:1]
        if words[-1].endswith(("'s", "\u2019s")) and len(words[-1]) > 3:
            words[-1] = words[-1][:-2]  # (stop 32) "dr. agbayani's office": the name's
        elif words[-1].endswith(("'", "\u2019")) and len(words[-1]) > 2:
            words[-1] = words[-1][:-1]  # (stop 34) a quote closes it: "{'patient': 'dr. x'}"
        if not (
            _name_word(words[0])
            or (len(words) == 1 and _titled_surname(words[0], _maker_title(text, match)))
            or words[0] in NAME_PARTICLES
        ):
            continue
        rest = text[match.start("name") + len(words[0]) :].split(None, 1)
        if len(words) == 1 and rest and rest[0].lower().strip(",.") in _ADDRESS_NEXT:
            continue  # "orris dr apt 2"
        title = match.group("title")
        if (
            title[:1].isupper()
            and _maker_title(text, match)
            and not _name_word(words[0])
            and words[0] not in NAME_PARTICLES
        ):
            continue  # ("Dr pepper" aside, "Ms excel": the maker rule wants no English word)
        start = match.start("name")
        found.append(PiiSpan(start, start + len(" ".join(words)), PERSON))
    return found


def _maker_title(text: str, match: re.Match[str]) -> str:
    """The match's title in lower case when it may name a maker ("ms excel", "Dr Pepper"),
    else "": (stop 36) a title with its dot is a person's ("Ms. blackwood", "Dr. kong")."""
    title = match.group("title").lower()
    if title not in _MAKER_TITLES or text.startswith(".", match.end("title")):
        return ""
    return title


def after_title(text: str, start: int) -> bool:
    """(Stop 36) A title and a space stand right before ``start`` ("Mr thorncastle", "Dr.
    womack"): the word there is a surname even when it reads as two English words glued."""
    head = text[max(0, start - 8) : start]
    if not head.endswith(" "):
        return False
    word = head[:-1].rpartition(" ")[2].lstrip("(\"'").lower()
    return word in _TITLE_WORDS and _TITLED.match(text, start - len(word) - 1) is not None


def _name_word(word: str) -> bool:
    """A lower-case word that may be a name: no English word, or a listed given name."""
    if not word.islower():
        return False
    lower = word.strip("'\u2019")
    if lower in first_names():
        return lower not in common_words()
    return len(lower) > 2 and plain_name_word(lower) and lower not in english_words()


def _titled_surname(word: str, title: str) -> bool:
    """(Stop 32) A lower-case word right after a title that may be a surname though an English
    list holds it ("mrs. blackwood", "coach collins"): a listed surname that is an English
    word, or no frequent word; after "ms" and "dr" (also a program's and a brand's maker:
    "ms excel", "dr pepper") only a listed surname or a word of no English list."""
    lower = word.strip("'\u2019")
    if not (word.islower() and len(lower) > 2 and lower.isalpha()):
        return False
    if lower in surname_words():
        return True
    if title in _MAKER_TITLES:
        return lower not in english_words() and lower not in common_words()
    return lower not in common_words()


def _particle_surname(word: str) -> bool:
    """(Stop 36) The word after a name particle ("da costa"): a name word, or a surname an
    English list holds but no frequent word ("de luca", "van houten")."""
    return _name_word(word) or _titled_surname(word, "")


def _surname(word: str) -> bool:
    """A name word after a listed given name, but no trade ("dr augustin orthodontist": a
    word on "-ist" names one, "-qvist"/"-kvist" surnames aside)."""
    return _name_word(word) and (not word.endswith("ist") or word.endswith("vist"))


def after_kin_word(text: str, start: int, end: int) -> int:
    """Where the person span ``text[start:end]`` starts once a kin word after a possessive is
    cut from its front (``start`` when there is none)."""
    first, _, rest = text[start:end].partition(" ")
    if (
        rest
        and first in KIN_WORDS
        and text[max(0, start - 6) : start].lower().endswith(_POSSESSIVES)
    ):
        return end - len(rest)
    return start
