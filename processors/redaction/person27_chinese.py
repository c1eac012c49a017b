"""(Stop 27) Chinese names written family name first: "xiao yanling", "fan qiuyue", "Gao
Yixuan".

The caseless rules look for a listed given name and then a surname, and the family names of
China are short and missing from the surname list, so "meeting xiao yanling at ..." lost the
name and "omg fan qiuyue just moved" kept only "qiuyue". A family name of the list below, then
a listed given name that is no English or common word, in the same case, is a name. The list
is our own: the most common Chinese family names in Hanyu Pinyin (the national surveys' top
100 or so), without those that are English function words ("he", "you", "an").
"""

from __future__ import annotations

import re

from processors.redaction.lexicon import common_words, english_words, first_names
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["chinese_names", "may_have_chinese_names"]

# fmt: off
_FAMILY_NAMES = frozenset(
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
_PAIR = re.compile(r"(?<![\w'\u2019@.-])([A-Za-z][a-z]+)(?= ([A-Za-z][a-z]+)(?![\w'\u2019@-]))")


def may_have_chinese_names(text: str) -> bool:
    """False only when :func:`chinese_names` certainly finds nothing (a cheap word test)."""
    return not _FAMILY_NAMES.isdisjoint(text.lower().split())


def chinese_names(text: str) -> list[PiiSpan]:
    """The names of the module docstring."""
    found: list[PiiSpan] = []
    for match in _PAIR.finditer(text):
        family, given = match.group(1), match.group(2)
        if family.lower() not in _FAMILY_NAMES or family.istitle() != given.istitle():
            continue
        low = given.lower()
        if low in first_names() and low not in english_words() and low not in common_words():
            found.append(PiiSpan(match.start(), match.end(2), PERSON))
    return found
