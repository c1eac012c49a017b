"""(Stop 26) A name found once is a name wherever else the text writes it ("Our guide Robin
knew every bird by its call. Thank you Robin!").

The rules judge each place alone, and a name that is also a word ("Robin", "June") or stands
where nothing cues it is found only where a cue stands. Within one text the same name written
the same way names the same person, so :func:`echo_names` adds a PERSON span at every other
place where a found person's exact text stands as whole words, outside every other span.
A name of one or two letters is not echoed, nor one in lower case in cased text (it may be a
word there: "joy" in "Thanks Joy, pure joy"). A one-word name that is an English word is not
echoed where a sentence or line starts (its capital proves nothing there: "Thanks Will! Will
do") or where a determiner or pronoun follows it (a verb's object: "Dear Mark,\nMark the box
fragile").

(Stop 28) A word of a found full name is a name where it stands alone too ("Attendees: Bronte
Tobin, Matthias Weiss\nAction: Matthias to email ..."): minutes, threads and tickets name a
person in full once and by one name after. Only a capitalised word of three letters or more
that is no English word is echoed, and only where no capitalised word stands next to it (such
a run was judged on its own: "Weiss Partners").

(Stop 38) Such a word, and a one-word name, is also a name where the text writes it in lower
case ("From: \"Suelen Rodrigues\" <...>\n\nhi, i need to swap the polo. suelen"): people sign
and mention each other in lower case after a header wrote the name in full. Not an English
word, as above, and not inside an address or handle ("rodrigues.s@corp...").
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import is_english
from processors.redaction.person11_recall_words import LISTED_GIVEN
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["echo_names"]

_MIN_LENGTH: Final = 3


def echo_names(text: str, spans: tuple[PiiSpan, ...]) -> tuple[PiiSpan, ...]:
    """``spans`` (sorted, non-overlapping) with the other places of each person's name."""
    names = {
        text[s.start : s.end]
        for s in spans
        if s.entity_type == PERSON and s.end - s.start >= _MIN_LENGTH
    }
    if not names:
        return spans
    cased = not text.islower()
    taken = list(spans)  # (the spans and the echoes so far: an echo overlaps none of them)
    for name in names:
        if cased and not name[:1].isupper():
            continue
        word_like = " " not in name and is_english(name.lower())
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                _whole_words(text, at, end)
                and not (word_like and _reads_as_word(text, at, end))
                and not any(s.start < end and at < s.end for s in taken)
            ):
                taken.append(PiiSpan(at, end, PERSON))
            at = text.find(name, end)
    for word in _name_words(text, names):
        _echo_word(text, word, taken)
    if cased:
        for word in _lower_case_words(text, names):  # (a capital next to it is "Thanks")
            _echo_word(text, word, taken, allow_capital_next=True)
    if len(taken) == len(spans):
        return spans
    return tuple(sorted(taken, key=lambda s: s.start))


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_@.-'\u2019") and not (
        after.isalnum()
        or after in "_@-"
        or (after in ".'\u2019" and text[end + 1 : end + 2].isalnum())
    )


# Words after which a capitalised English word is a verb with its object ("Mark the box").
_OBJECT_WORDS: Final = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our",
     "their", "its", "it", "them", "us", "me", "him", "you", "all", "up", "down", "off", "out"]
)  # fmt: skip
_SENTENCE_MARKS: Final = ".!?"


def _reads_as_word(text: str, start: int, end: int) -> bool:
    """The English-word name at ``text[start:end]`` may be the word: it opens a sentence or a
    line, or a determiner or pronoun follows it."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] == "\n" or text[before - 1] in _SENTENCE_MARKS:
        return True
    if not text.startswith(" ", end):
        return False
    following = text[end + 1 : end + 8].split(" ", 1)[0].rstrip(".,;:!?")
    return following in _OBJECT_WORDS


def _name_words(text: str, names: set[str]) -> list[str]:
    """The words of the multi-word names that may be echoed alone (sorted: deterministic);
    (speed) only words the text holds twice or more, tested before the word list."""
    words = {
        word
        for name in names
        if " " in name
        for word in name.split(" ")
        if len(word) >= _MIN_LENGTH
        and word[0].isupper()
        and word[1:].islower()
        and word.isalpha()
        and text.count(word) > 1
        and not is_english(word.lower())
    }
    return sorted(words - names)


def _lower_case_words(text: str, names: set[str]) -> list[str]:
    """(Stop 38) The lower-case forms that ``text`` holds of the capitalised words of
    ``names`` (three letters or more, no English word), and of each run of a name's words
    that starts and ends on such a word ("josenilda das gracas" of "Josenilda das Gracas
    Barreto"; a one-word name only when it is a listed given name); longest first, so that
    a run is echoed before its words alone."""
    found: set[str] = set()
    for name in names:
        words = name.split(" ")
        if len(words) == 1 and not LISTED_GIVEN[name]:
            continue  # (a one-word name only when listed: "Blas", "Meta" were found in code)
        ok = [
            len(word) >= _MIN_LENGTH
            and word[0].isupper()
            and word[1:].islower()
            and word.isalpha()
            and not is_english(word.lower())
            for word in words
        ]
        for first, first_ok in enumerate(ok):
            if not first_ok:
                continue
            for last in range(first, len(words)):
                run = " ".join(words[first : last + 1]).lower()
                if ok[last] and run in text:
                    found.add(run)
    return sorted(found, key=lambda run: (-len(run), run))


def _echo_word(
    text: str, word: str, taken: list[PiiSpan], allow_capital_next: bool = False
) -> None:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (
            _whole_words(text, at, end)
            and (allow_capital_next or not _capitalised_neighbour(text, at, end))
            and not any(s.start < end and at < s.end for s in taken)
        ):
            taken.append(PiiSpan(at, end, PERSON))
        at = text.find(word, end)


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after ``text[start:end]`` (one space between)."""
    before = text[max(0, start - 30) : start]
    if before.endswith(" ") and before[:-1][-1:].isalpha():
        previous = before[:-1].rsplit(None, 1)[-1]
        if previous[:1].isupper():
            return True
    return text.startswith(" ", end) and text[end + 1 : end + 2].isupper()
