"""(set 10 tuning half) IP addresses: the IPv6 zone id, and more quads that read as versions.

Hooked into :func:`structured.find_ipv6s` and :func:`structured.find_ipv4s`, after the
earlier rules (:mod:`ip_versions`, :mod:`structured_versions`).

* An IPv6 **zone id** belongs to the address: ``fe80::1c:2%eth0``, ``fe80::5050:d023%12``
  (RFC 4007 writes the scope after a ``%``; set 10's gold keeps it in the span).
* A dotted quad reads as a version

  * after a lower-case product token and a slash, the ``name/version`` of a user agent or a
    log's agent field: ``agent/6.2.140.98``, ``okhttp/4.9.3.1``, ``curl/7.68.0.1`` (the
    capitalised ``Chrome/122.0.0.0`` was read already). Not after a path (``/hosts/10.0.0.1``)
    or a word naming a host or a network (``src/``, ``gw/``, ``ip=net/``), and not
    before a port or a prefix length (``10.0.0.1:443``, ``10.0.0.0/8``);
  * after the noun "update" or "upgrade" with a preposition, a determiner or a software noun
    before it: "After update 2.8.115.142", "since the upgrade 4.1.0.2", "firmware update
    2.1.3.4" (a lone "update 10.0.0.1" may be an imperative on a host, and stays an address);
  * after "object identifier" (an OID, as after "OID");
  * after a web browser's name: "Firefox 115.0.2.1", "Chrome 122.0.0.0" (browsers put four-part
    versions in their user-agent strings).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ipv6_zone_end", "quad_is_version_here"]

# A zone id: an interface name or an index ("eth0", "en0", "wlan0", "12"), after a "%".
_ZONE: Final = re.compile(r"%[A-Za-z0-9](?:[\w.-]{0,30}[A-Za-z0-9])?(?![\w-])")


def ipv6_zone_end(text: str, end: int) -> int:
    """Where an IPv6 address ending at ``end`` ends with its zone id ("%eth0"), or ``end``."""
    if end < len(text) and text[end] == "%":
        zone = _ZONE.match(text, end)
        if zone is not None:
            return zone.end()
    return end


# A product token right before the slash: not after a path or an address character; it may
# be a key's value ("ua=okhttp/4.9.3.1").
_PRODUCT_TOKEN: Final = re.compile(r"(?<![\w/.:@%-])[A-Za-z][\w-]{1,30}/$")
# Tokens that name a host, a network or a direction: what follows them is an address.
_HOST_WORDS: Final = frozenset(
    [
        "ip", "ips", "ipv4", "host", "hosts", "hostname", "addr", "address", "src", "source",
        "dst", "dest", "destination", "from", "to", "via", "peer", "client", "server", "gw",
        "gateway", "nat", "snat", "dnat", "inside", "outside", "route", "routes", "net",
        "network", "subnet", "node", "nodes", "proxy", "upstream", "downstream", "backend",
        "remote", "local", "lan", "wan", "vpn", "dns", "ns", "interface", "iface", "vip",
        "endpoint", "target", "origin", "forwarded", "and", "or",
    ]
)  # fmt: skip
# "After update", "since the upgrade", "firmware update", "installed update": the noun, and
# before it a preposition, a determiner or a software noun.
_UPDATE_NOUN_BEFORE: Final = re.compile(
    r"(?i)\b(?:after|before|since|until|till|with|without|from|in|post|pre|the|this|that|an?|"
    r"latest|last|new|next|recent|previous|newest|installed|applied|"
    r"firmware|software|app|system|os|security|sdk|driver|agent|client|browser)"
    r"[ \t]+(?:update|upgrade)s?[ \t]+v?$"
)
_BUMP_BEFORE: Final = re.compile(r"(?i)\bbump(?:s|ed|ing)?(?:[ \t]+version)?[ \t]+to[ \t]+v?$")
_CRASH_ON_BEFORE: Final = re.compile(r"(?i)\bcrash(?:es)?[ \t]+(?:on|in)[ \t]+v?$")
_OID_BEFORE: Final = re.compile(r"(?i)\bobject[ \t]+identifier[ \t:=]*$")
# Web browsers (their user agents carry four-part versions).
_BROWSER_BEFORE: Final = re.compile(
    r"(?i)\b(?:chrome|chromium|firefox|safari|opera|vivaldi|brave|msie)[ \t]+v?$"
)


def quad_is_version_here(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad ``text[start:end]`` reads as a version by this module's rules."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "/":
        return _after_product_token(text, start, end)
    if not (before == " " or before == "\t" or before == "v" or before == "V"):
        return False
    head = text[max(0, start - 12) : start].lower()
    if "updat" in head or "upgrad" in head:
        return _UPDATE_NOUN_BEFORE.search(text, max(0, start - 40), start) is not None
    if "bump" in head:  # (stop 33) a release in a commit line: "bump to 18.4.4.60"
        return _BUMP_BEFORE.search(text, max(0, start - 40), start) is not None
    if "crash" in head and ("elease notes" in text or "hangelog" in text or "ELEASE NOTES" in text):
        # (stop 34) a release note's fix: "Release notes v2.4.2\n- fixed crash on 10.20.68.196"
        return _CRASH_ON_BEFORE.search(text, max(0, start - 30), start) is not None
    if "identifier" in head:
        return _OID_BEFORE.search(text, max(0, start - 30), start) is not None
    return _BROWSER_BEFORE.search(text, max(0, start - 12), start) is not None


def _after_product_token(text: str, start: int, end: int) -> bool:
    """Whether ``agent/6.2.140.98`` reads as a version: a product token (not a host word)
    before the slash, and no port or prefix length after the quad."""
    if end < len(text) and text[end] in ":/":
        return False
    token = _PRODUCT_TOKEN.search(text, max(0, start - 33), start)
    return token is not None and token.group()[:-1].lower() not in _HOST_WORDS
