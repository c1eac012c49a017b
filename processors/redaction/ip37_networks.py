"""(Stop 37, set 34's tuning half) A network in CIDR notation names no device.

``fw: allow 203.0.113.0/24``, ``deny: 2001:db8::/32``, ``not in 198.51.100.128/26``: an
address whose host bits are all zero, with a prefix that leaves room for 16 hosts or more
(IPv4 /8 to /28, IPv6 up to /60), is the name of a block of addresses, such as a firewall rule
or a routing table holds, and tells of no one's device. A host written with its mask stays an
address: ``inet 10.0.0.7/24``, ``Host 10.2.3.4/32``, ``inet6 2001:db8:1::/64`` (an interface's
prefix, as ``ip addr`` prints it).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

__all__ = ["network_block"]

_PREFIX: Final = re.compile(r"/(\d{1,3})(?![\d.])")
_IPV4_PREFIXES: Final = range(8, 29)
_IPV6_LONGEST_PREFIX: Final = 60


def network_block(text: str, start: int, end: int) -> bool:
    """Whether the address ``text[start:end]`` opens a CIDR block of the module docstring."""
    if not text.startswith("/", end):
        return False
    prefix = _PREFIX.match(text, end)
    if prefix is None:
        return False
    length = int(prefix.group(1))
    address = text[start:end]
    if ":" in address:
        if length > _IPV6_LONGEST_PREFIX:
            return False
    elif length not in _IPV4_PREFIXES:
        return False
    try:
        ipaddress.ip_network(f"{address}/{length}", strict=True)
    except ValueError:
        return False  # (host bits set: a host and its mask, "10.0.0.7/24")
    return True
