"""(struct12) A dotted quad that is a subnet mask is no address.

A netmask (``255.255.255.0``, ``255.255.240.0``, ``255.0.0.0``) is a run of one bits then zero
bits written as a dotted quad (RFC 950, RFC 4632): it names the size of a network, never a
host, so it is no personal data. Such a quad starts with ``255`` (masks shorter than /8 are not
written in practice) and every octet after it is a mask octet (255, 254, 252, 248, 240, 224,
192, 128, 0) no larger than the one before, and after an octet below 255 only zeros follow.
``255.255.255.255`` (the limited broadcast) names no host either. Hooked into
:func:`processors.redaction.structured.find_ipv4s`.

A dotted quad right after a word or key naming software or its revision ("kernel: 5.15.0.91",
"driver=31.0.15.3", "rev 1.0.0.4", "Python 3.11.4.1") is a version, like the quads after
"version" or "firmware" that the earlier rules read.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_netmask", "quad_after_software_word"]

_MASK_OCTETS: Final = frozenset(["255", "254", "252", "248", "240", "224", "192", "128", "0"])


def is_netmask(quad: str) -> bool:
    """Whether the dotted quad ``quad`` is a contiguous subnet mask starting with 255."""
    if not quad.startswith("255."):
        return False
    octets = quad.split(".")
    if len(octets) != 4 or not _MASK_OCTETS.issuperset(octets):
        return False
    full = True  # every octet so far was 255
    for octet in octets[1:]:
        if not full and octet != "0":
            return False
        full = octet == "255"
    return True


# (struct12) Software words that a version follows, as a word or a key ("kernel: 5.15.0.91",
# "driver=31.0.15.3", "rev 1.0.0.4", "Python 3.11.4.1", "patch level 2.3.4.5"). Our own list:
# words that name software or its revision and never a host ("agent", "node", "app" and "go"
# are left out: an SNMP agent, a cluster node and an app server are hosts).
_SOFTWARE_KEY_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.-])(?:rev|revision|sw|software|kernel|driver|bios|uefi|patch(?:[ _-]?level)?|"
    r"hotfix|package|pkg|plugin|python|java|jdk|jre|php|ruby|perl|dotnet|\.net)"
    r"(?:[_-]?(?:version|ver|v|id|no|number))?[ \t]*[\"']?[ \t]*[:=]?[ \t]*[\"']?v?$"
)


def quad_after_software_word(text: str, start: int) -> bool:
    """Whether a software word or key stands right before the dotted quad at ``start``."""
    return _SOFTWARE_KEY_BEFORE.search(text, max(0, start - 32), start) is not None
