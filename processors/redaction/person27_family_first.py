"""(Stop 27) Chinese and Vietnamese names written family name first: "xiao yanling", "fan
qiuyue", "Gao Yixuan", "Dương Mỹ Duyên", "vu dieu hien".

The caseless rules look for a listed given name and then a surname, and the family names of
China are short and missing from the surname list, so "meeting xiao yanling at ..." lost the
name and "omg fan qiuyue just moved" kept only "qiuyue". A family name of the list below, then
a listed given name that is no English or common word, in the same case, is a name. The list
is our own: the most common Chinese family names in Hanyu Pinyin (the national surveys' top
100 or so), without those that are English function words ("he", "you", "an").

Vietnamese names are a family name, often a middle name, and a given name, each one syllable.
A family name of the second list, then one or two more syllables (one to seven letters, in
the same case, none an English, common or stop word or longer than six letters unless it
carries a Vietnamese accent) is a name when the
run has three syllables or a letter outside ASCII; family names that are also words of other
languages ("Le", "La", "Ha", "Do", "Mai") need that accent ("Lê Thị Hà"). Our own list of
the common Vietnamese family names, with and without their accents.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names, stop_words
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_word, lower_words

__all__ = [
    "chinese_after_redaction",
    "chinese_names",
    "may_have_chinese_names",
    "may_have_vietnamese_names",
    "vietnamese_after_redaction",
    "vietnamese_names",
]

# fmt: off
_FIRED: Final = FiredGates()  # (the Chinese gate's last text: see chinese_after_redaction)
_VIETNAMESE_FIRED: Final = FiredGates()  # (see vietnamese_after_redaction)
_FAMILY_NAMES: Final = frozenset(
    ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
     "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang",
     "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan",
     "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "yao",
     "shen", "zhong", "cui", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu", "fang",
     "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou",
     "long", "tao", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "mo", "kong",
     "xiang", "chang", "kang", "niu", "hong", "ou", "ouyang", "situ", "zhuge", "shangguan",
     "lai", "wen", "sheng", "ni", "geng", "ge", "qi", "bi", "ke", "zhan", "huo", "rao"]
)
# fmt: on
# (the second word in a look-ahead, so that pairs overlap: "meeting xiao yanling")
_PAIR: Final = re.compile(
    r"(?<![\w'\u2019@.-])([A-Za-z][a-z]+)(?= ([A-Za-z][a-z]+)(?![\w'\u2019@-]))"
)


def may_have_chinese_names(text: str) -> bool:
    """False only when :func:`chinese_names` certainly finds nothing (a cheap word test)."""
    holds = holds_word(lower_words(text), _FAMILY_NAMES)
    _FIRED.note(text, 1 if holds else 0)
    return holds


def chinese_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`chinese_names` finds a name in ``text`` (behind its gate), where
    ``source`` (when not None) is a text that ``text`` is with some spans replaced by
    placeholders (speed: the re-scan guard). False at once when the gate last read ``source``
    and said no: a word of ``text`` that holds no "<" is a word of ``source``."""
    if _FIRED.fired_for(source) == 0:
        return False
    return may_have_chinese_names(text) and bool(chinese_names(text))


def chinese_names(text: str) -> list[PiiSpan]:
    """The names of the module docstring."""
    found: list[PiiSpan] = []
    for match in _PAIR.finditer(text):
        family, given = match.group(1), match.group(2)
        if family.lower() not in _FAMILY_NAMES or not _same_case(family, [given]):
            continue
        low = given.lower()
        if low in first_names() and low not in english_words() and low not in common_words():
            found.append(PiiSpan(match.start(), match.end(2), PERSON))
    return found


# fmt: off
_VIETNAMESE_FAMILY: Final = frozenset(
    ["nguyễn", "nguyen", "trần", "tran", "phạm", "pham", "hoàng", "hoang", "huỳnh", "huynh",
     "phan", "vũ", "vu", "võ", "vo", "đặng", "dang", "bùi", "bui", "đỗ", "hồ", "ngô", "ngo",
     "dương", "duong", "lý", "ly", "đào", "dao", "đinh", "dinh", "trịnh", "trinh", "lâm",
     "lưu", "luu", "tạ", "thái", "quách", "quach", "châu", "chau", "tô", "vương", "vuong",
     "đoàn", "doan", "trương", "truong", "kiều", "kieu", "diệp", "diep", "triệu", "trieu",
     "lương", "luong", "lê", "hà", "mai", "đàm", "cao", "la", "le", "ha", "do", "ho"]
)
# fmt: on
# Family names that are words of other languages: they need an accent in the run.
_NEEDS_ACCENT: Final = frozenset(["le", "la", "ha", "do", "ho", "mai", "cao", "ly", "dao", "vo"])
_SYLLABLES: Final = re.compile(
    r"(?<![\w'\u2019@.-])([^\W\d_]{1,7})((?: [^\W\d_]{1,7}){1,2})(?![\w'\u2019@-])"
)


def may_have_vietnamese_names(text: str) -> bool:
    """False only when :func:`vietnamese_names` certainly finds nothing (a cheap word test)."""
    holds = holds_word(lower_words(text), _VIETNAMESE_FAMILY)
    _VIETNAMESE_FIRED.note(text, 1 if holds else 0)
    return holds


def vietnamese_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`vietnamese_names` finds a name in ``text`` (behind its gate), where
    ``source`` is as for :func:`chinese_after_redaction` (the same word test)."""
    if _VIETNAMESE_FIRED.fired_for(source) == 0:
        return False
    return may_have_vietnamese_names(text) and bool(vietnamese_names(text))


def vietnamese_names(text: str) -> list[PiiSpan]:
    """The Vietnamese names of the module docstring."""
    found: list[PiiSpan] = []
    at = 0
    while True:
        match = _SYLLABLES.search(text, at)
        if match is None:
            return found
        at = match.start() + 1
        family = match.group(1)
        rest = match.group(2).split()
        if family.lower() not in _VIETNAMESE_FAMILY or not _same_case(family, rest):
            continue
        accented = not match.group().isascii()
        if family.lower() in _NEEDS_ACCENT and not accented:
            continue
        if len(rest) < 2 and not accented:
            continue
        if any(w.isascii() and _not_a_syllable(w.lower(), accented) for w in rest):
            continue
        found.append(PiiSpan(match.start(), match.end(), PERSON))
        at = match.end()


def _not_a_syllable(word: str, accented: bool) -> bool:
    """An unaccented word that is no Vietnamese syllable: a stop word ("Lê is"); in a run
    without accents an English or common word or one longer than any syllable ("nguyen
    schmidt just"); in an accented run an English or common word of five letters or more
    ("nguyễn married"), so that "kim" of "ngô kim oanh" stays a syllable."""
    if word in stop_words():
        return True
    english = word in english_words() or word in common_words()
    return (len(word) > 4 and english) if accented else (len(word) > 6 or english)


def _same_case(family: str, rest: list[str]) -> bool:
    """The family name and the words after it are all in lower case, or all capitalised."""
    if family.islower():
        return all(w.islower() for w in rest)
    return family.istitle() and all(w.istitle() for w in rest)
