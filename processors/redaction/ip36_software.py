"""(stop 36) A dotted quad next to a noun of software or of a product's revision is a version.

The earlier version rules (:mod:`ip_versions`, :mod:`structured_versions`,
:mod:`structured12_ips`) each know a handful of such nouns; the blind sets keep naming new
ones ("bootloader 4.21.18.13", "microcode 2.185.55.129", "the 28.7.11.7 uefi", "board rev
7.214.180.195", "product code 12.34.56.78"). This module holds one list of nouns that name
software, firmware parts or catalogue numbers and never a host, read before the quad (through
"to", "at", "is", "(", ">=", a key's "=" or ":") and right after it.

A plural noun counted by a number before it ("16 signatures from 10.169.14.229") counts
things that came from a host, so the quad stays an address (stop 44).

A second rule takes a release noun right before the quad ("the latest beta 4.21.18.13",
"changelog: 2.7.1.30", "v2 7.1.0.3"; a noun, not a verb: "patched 10.0.4.4" names a host) when
the rest of the clause after the quad names no network or machine ("notes: 10.7.7.7 is the new
gateway" and "latest: 10.8.8.8 is my ip" stay addresses).

Left out on purpose, since each also names a machine or a network role: "agent", "client",
"node", "app", "api", "engine", "controller", "database", "checkpoint" (a firewall brand),
"update"/"upgrade" alone ("DHCP update 10.0.0.5"), "fw" (a firewall's log key) and "image"
alone after the quad ("10.0.0.5 image server").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["quad_after_release_word", "quad_next_to_software_noun"]

# Nouns that name software, firmware parts or catalogue numbers (our own list, from the kinds
# of versioned things people write about).
_NOUNS: Final = (
    r"(?:firmware|bios|uefi|boot[ -]?loader|boot[ -]?rom|baseband|microcode|rom|drivers?|"
    r"tool[ -]?chain|compiler|runtime|launcher|installer|service[ \t]+pack|"
    r"(?:cumulative|security|software|firmware|feature|quality)[ \t]+update|"
    r"signatures?|definitions|defs|schema|spec|specification|standard|model|series|"
    r"product[ \t]+(?:code|id|no\.?|number)|part[ \t]+(?:no\.?|number|#)|"
    r"catalog(?:ue)?[ \t]+(?:no\.?|number|#)|sku|revision(?:[ \t]+level)?|rev\.?|edition|"
    r"(?:hardware|hw|board|pcb)[ \t]+rev(?:ision)?|pcb|mod|add-?on|theme|template|dataset|"
    r"weights|patch[ \t]+notes|patch|hotfix|extension|plug-?in|package|pkg|module|lib|library|"
    r"sdk|game|kernel|release|tag|chart|(?:container|docker|disk|system)[ \t]+image|build|"
    r"version|ver|software|watch[ \t]?os|tvos|ipados|ios|android)"
)
# The noun, then what may join it to the quad: a version word, a key's "=" or ":", quotes,
# "to"/"at"/"is"/"was"/"from"/"of", a comparison or an opening bracket, and a "v".
_NOUN_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.-])" + _NOUNS + r"(?:[ _-]?(?:version|ver|v|id|no|number|level))?"
    r"[ \t]*[\"']?[ \t]*[:=]?[ \t]*[\"']?"
    r"(?:(?:to|at|is|was|from|of|now|>=|<=|==|~=|>|<|\()[ \t]*)?v?$"
)
_NOUN_AFTER: Final = re.compile(
    r"(?i)[ \t]+(?:firmware|bios|uefi|boot[ -]?loader|baseband|microcode|rom|drivers?|pkg|"
    r"package|plug-?in|extension|release|build|patch|hotfix|installer|rev|revision|ver|version|"
    r"edition|series|sdk|tool[ -]?chain|compiler|runtime|kernel|signatures?|definitions)(?![\w-])"
)
# Host words right before the quad keep it an address ("the server 10.0.0.5 update failed").
_HOST_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:server|host|ip|address|addr|gateway|router|node|peer|client|from|via|"
    r"on|at|src|dst|remote|proxy)[ \t]*[:=]?[ \t]*$"
)


# (stop 44, set 42) A count right before a plural noun: the noun counts things that came from
# a host, it names no release ("16 signatures from 10.169.14.229", "3 packages from 10.0.0.5").
_COUNTED: Final = re.compile(r"(?<![\w.,-])\d[\d,]*[ \t]+$")


def quad_next_to_software_noun(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad ``text[start:end]`` follows or precedes a software noun."""
    before = _NOUN_BEFORE.search(text, max(0, start - 40), start) if start > 0 else None
    if before is not None and not _counted(text, before):
        return True
    return (
        end + 1 < len(text)
        and (text[end] == " " or text[end] == "\t")
        and _NOUN_AFTER.match(text, end) is not None
        and _HOST_BEFORE.search(text, max(0, start - 16), start) is None
    )


def _counted(text: str, noun: re.Match[str]) -> bool:
    """Whether the noun that ``noun`` starts with is a plural with a count before it."""
    word = noun.group().split(None, 1)[0]
    return word[-1] in "sS" and _COUNTED.search(text, 0, noun.start()) is not None


# Nouns of releases (not verbs: "patched 10.0.4.4", "upgrade 10.0.0.5 tonight" name hosts).
_RELEASE_WORD: Final = re.compile(
    r"(?i)(?:firmware|version|ver|release|build|hotfix|changelog|beta|bios|driver|sdk|v\d+|"
    r"notes|latest|newest)"
)
# Words of networks and machines: one after the quad keeps it an address.
_NETWORK_WORD: Final = re.compile(
    r"(?i)(?<![\w-])(?:ip|ips|ipv4|ipv6|address|addr|host|hostname|server|client|src|dst|"
    r"source|remote|peer|gateway|gw|router|dns|proxy|nat|vpn|lan|wan|subnet|ping|sshd?|login|"
    r"logged|connect\w*|block\w*|ban\w*|allow\w*|whitelist\w*|blacklist\w*|firewall|node|"
    r"device|listen\w*|bind|endpoint|upstream|origin|inet|interface|tunnel|access|wifi|wi-fi|"
    r"network|lease|dhcp|static|assigned|rhost|relay|smtp|port|laptop|phone|printer|camera|"
    r"pc|computer|tv|console|nas|machine|box|modem|kiosk|tablet|mac|desktop|workstation|vm|"
    r"instance|pod|container|unreachable|down|offline|online|reachable|respond\w*)(?![\w-])"
)
_CLAUSE_ENDS: Final = ".;!?\n()[]{}|"


def quad_after_release_word(text: str, start: int, end: int) -> bool:
    """Whether a release noun stands right before the quad and the rest of its clause names
    no network or machine (see the module docstring)."""
    head = text[max(0, start - 16) : start].rstrip(" \t\"':=")
    cut = len(head)
    while cut > 0 and (head[cut - 1].isalnum() or head[cut - 1] in "-_"):
        cut -= 1
    if _RELEASE_WORD.fullmatch(head, cut) is None or (cut > 0 and head[cut - 1] == "."):
        return False
    tail_end = end
    limit = min(len(text), end + 48)
    while tail_end < limit and text[tail_end] not in _CLAUSE_ENDS:
        tail_end += 1
    return _NETWORK_WORD.search(text, end, tail_end) is None
