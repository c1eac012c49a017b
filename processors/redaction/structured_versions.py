"""(set 10 round) Version numbers and code paths that parse as IP addresses, told by context.

Hooked into :func:`structured.find_ipv4s` and :func:`structured.find_ipv6s`, after the earlier
rules (:mod:`ip_versions`). A dotted quad reads as a version when

* a release noun follows it and a determiner comes before: "the 1.2.0.5 update", "the
  23.4.6.195 build", "with 2.0.1.3 installed" (not "the server 10.0.0.5 update failed");
* a version word and a copula come before: "the build is ...", "version was now ...";
* a software noun comes before, or an update verb in the gerund with no object ("after
  updating to ..."; "gateway updated to 10.0.0.1" stays an address, as before), or a software
  noun as the object of an update verb ("updated the app to ..."), or a past update verb
  whose subject is a person, not a host ("just updated to ...", "I upgraded to ...");
* "latest", "previous", "current" ... stand before it ("latest 5.4.3.2 is buggy"), an SNMP
  tool or MIB word ("snmpget 1.3.6.1"), or a release verb ("fixed in", "regression since",
  "released", "ships with", "rolled out");
* a build in brackets follows it ("7.1.2.3 (build 42)");
* it is joined to a quad that reads as a version ("from 2.1.0.0 to 2.2.0.0").

An IPv6-parsable run with no decimal digit at all ("Abc::Def", "bad::add") is a scope path
of source code, not an address: every real address, but the ones made of hex letters alone,
has a digit.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.ip_versions import is_version_context

__all__ = ["ipv6_code_path", "quad_reads_as_version"]

_RELEASE_NOUN_AFTER: Final = re.compile(
    r"(?i)[ \t]+(?:update|updates|upgrade|build|release|version|firmware|patch|installer|"
    r"apk|rom|hotfix|installed|rollout)\b"
)
# The characters a _RELEASE_NOUN_AFTER match may have right after the quad's first space.
_RELEASE_NOUN_STARTS: Final = " \tubrvfpiahUBRVFPIAH"
# "7.1.2.3 (build 42)", "7.1.2.3 (rev 5)": a build or revision in brackets after it.
_BUILD_IN_BRACKETS_AFTER: Final = re.compile(r"(?i)[ \t]*\((?:build|rev|revision|r)\b")
# The quad before, joined to this one: "from 2.1.0.0 to 2.2.0.0", "2.2.0.0 and 2.2.0.1".
_JOINED_QUAD_BEFORE: Final = re.compile(
    r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})[ \t]*(?:to|->|\u2192|and|or|vs\.?|,)[ \t]*$"
)
_BEFORE: Final = re.compile(
    r"(?i)(?:"
    # "the build is", "version was now", "build id is", "firmware number is"
    r"\b(?:version|build|release|firmware|ver|fw)(?:\s+(?:id|number|no\.?|string))?"
    r"\s+(?:is|was|now|became|reads|shows)(?:\s+now)?|"
    # "App 2.4.1.0", "the software version", "package v"
    r"\b(?:app|application|software|plugin|package|library|game|apk)(?:\s+version)?|"
    # "after updating to", "upgrading from"
    r"\b(?:updating|upgrading|downgrading)\s+(?:it\s+)?(?:to|from)|"
    # (stop 25) "just updated to", "I upgraded to", "Updated to": no host is the subject
    r"(?:^|(?<![\w-])(?:just|i|we|finally|recently|already|auto|then|has|have|had|been|got)\s+)"
    r"(?:updated|upgraded|downgraded)\s+to|"
    # "updated the app to"
    r"\b(?:updat|upgrad|downgrad|install)(?:e|ed|es|ing)\s+(?:the\s+|my\s+|our\s+|this\s+)?"
    r"(?:app|application|software|firmware|game|os|package|plugin|extension|browser|driver|"
    r"bios|rom|kernel|library|sdk)\s+(?:to|from)|"
    # "latest 5.4.3.2", "the previous release"
    r"\b(?:latest|newest|previous|prior|older|newer|current|stable)"
    r"(?:\s+(?:version|build|release|stable))?|"
    r"\bsnmp\w*|\bmib|"
    # "fixed in", "regression since", "released", "ships with", "rolled out"
    r"\b(?:fixed|resolved|broken|introduced|regressed|deprecated|removed|added)\s+in|"
    r"\b(?:regression|regressed)\s+(?:since|in)|\b(?:re-?)?released|"
    r"\b(?:ships|shipped|shipping|bundled)\s+with|\brolled\s+out|\brollout\s+of"
    r")\s+v?$"
)
# A release noun after the quad counts when a determiner stands right before it ("the 1.2.0.5
# update"), not a host noun ("the server 10.0.0.5 update failed").
_DETERMINER_BEFORE: Final = re.compile(r"(?i)\b(?:the|a|an|this|that|new|our|my|your|with)\s+$")


# The last word of every _BEFORE and _JOINED_QUAD_BEFORE match, lower-cased (a cheap gate:
# most quads follow none of them). SNMP tool names ("snmpget") are tested by their prefix.
_LAST_WORDS_BEFORE: Final = frozenset(
    [
        "is", "was", "now", "became", "reads", "shows", "app", "application", "software",
        "plugin", "package", "library", "game", "apk", "version", "to", "from", "latest",
        "newest", "previous", "prior", "older", "newer", "current", "stable", "build",
        "release", "mib", "in", "since", "released", "re-released", "rereleased", "with",
        "out", "of", "and", "or", "vs", "vs.", "->", "\u2192",
    ]
)  # fmt: skip


# Last words that end a match only after another word, and what the 40 characters before the
# quad (lower-cased) must then hold: "is" after a version word, "to" after an update verb, ...
_VERSION_WORDS: Final = ("version", "build", "release", "firmware", "ver", "fw")
_UPDATE_WORDS: Final = ("updat", "upgrad", "downgrad", "install")
_JOINERS: Final = ("and", "or", "vs", "vs.", "->", "\u2192")
_NEEDS_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "is": _VERSION_WORDS,
    "was": _VERSION_WORDS,
    "now": _VERSION_WORDS,
    "became": _VERSION_WORDS,
    "reads": _VERSION_WORDS,
    "shows": _VERSION_WORDS,
    "to": _UPDATE_WORDS,
    "from": _UPDATE_WORDS,
    "in": (
        "fixed",
        "resolved",
        "broken",
        "introduced",
        "regress",
        "deprecated",
        "removed",
        "added",
    ),
    "since": ("regress",),
    "with": ("ship", "bundled"),
    "out": ("rolled",),
    "of": ("rollout",),
}


def _last_word_gate(text: str, start: int) -> bool:
    """Whether the word before ``start`` may end a _BEFORE or _JOINED_QUAD_BEFORE match."""
    head = text[max(0, start - 20) : start]
    if head[-1:] in ("v", "V"):
        head = head[:-1]  # "to v1.2.3.4": the cue is the word before the "v"
    words = head.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in _JOINERS or last.endswith(","):
        return True  # (a quad joined to another: _JOINED_QUAD_BEFORE decides)
    needs = _NEEDS_BEFORE.get(last)
    if needs is not None:
        window = text[max(0, start - 40) : start].lower()
        # "to"/"from" also end a quad joined to another ("from 2.1.0.0 to ...")
        return any(word in window for word in needs) or (
            (last == "to" or last == "from") and any(c.isdigit() for c in window)
        )
    return last in _LAST_WORDS_BEFORE or last.startswith("snmp")


def quad_reads_as_version(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad ``text[start:end]`` reads as a version by one of this module's
    contexts (see the module docstring)."""
    if "(" in text[end : end + 3] and _BUILD_IN_BRACKETS_AFTER.match(text, end) is not None:
        return True
    if start == 0 or not (text[start - 1].isspace() or text[start - 1] in "vV"):
        return False
    if (
        end + 1 < len(text)
        and text[end] in " \t"
        and text[end + 1] in _RELEASE_NOUN_STARTS
        and _RELEASE_NOUN_AFTER.match(text, end) is not None
        and _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None
    ):
        return True
    if not _last_word_gate(text, start):
        return False
    joined = _JOINED_QUAD_BEFORE.search(text, max(0, start - 24), start)
    if joined is not None and joined.start(1) < start:  # the version before reads for this one
        before_start, before_end = joined.span(1)
        if is_version_context(text, before_start, before_end) or quad_reads_as_version(
            text, before_start, before_end
        ):
            return True
    return _BEFORE.search(text, max(0, start - 40), start) is not None


def ipv6_code_path(candidate: str) -> bool:
    """Whether an IPv6-parsable ``candidate`` has no decimal digit ("Abc::Def", "bad::add")."""
    return not any(char.isdigit() for char in candidate)
