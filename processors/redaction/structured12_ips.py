"""(struct12) A dotted quad that is a subnet mask is no address.

A netmask (``255.255.255.0``, ``255.255.240.0``, ``255.0.0.0``) is a run of one bits then zero
bits written as a dotted quad (RFC 950, RFC 4632): it names the size of a network, never a
host, so it is no personal data. Such a quad starts with ``255`` (masks shorter than /8 are not
written in practice) and every octet after it is a mask octet (255, 254, 252, 248, 240, 224,
192, 128, 0) no larger than the one before, and after an octet below 255 only zeros follow.
``255.255.255.255`` (the limited broadcast) names no host either. Hooked into
:func:`processors.redaction.structured.find_ipv4s`.
"""

from __future__ import annotations

__all__ = ["is_netmask"]

_MASK_OCTETS = frozenset(["255", "254", "252", "248", "240", "224", "192", "128", "0"])


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
