"""Detectors for machine-shaped PII: e-mail, US SSN, IPv4/IPv6 and IBAN.

Each finder is a precompiled regex for the shape plus a validation step (checksum, issuance
rule or ``ipaddress`` parse), so look-alikes such as version strings, invalid SSNs and
mistyped IBANs pass through.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.checksums import IBAN_LENGTHS, iban_valid, ssn_valid
from processors.redaction.ip36_software import (
    quad_after_release_word,
    quad_next_to_software_noun,
)
from processors.redaction.ip37_networks import network_block
from processors.redaction.ip_versions import is_version_context
from processors.redaction.lookalikes import (
    csv_id_column,
    eui64_like,
    image_file_name,
    scp_remote,
)
from processors.redaction.phone_id_cues import id_cue_word, noun_before_generic_cue
from processors.redaction.spans import EMAIL_ADDRESS, IBAN_CODE, IP_ADDRESS, US_SSN, PiiSpan
from processors.redaction.ssn_forms import joined_ssns, ssns_cue_after
from processors.redaction.structured10_ips import ipv6_zone_end, quad_is_version_here
from processors.redaction.structured10_ssn import (
    key_ssn_cue_before,
    record_typed_not_ssn,
    typed_record_ssns,
)
from processors.redaction.structured12_ips import is_netmask, quad_after_software_word
from processors.redaction.structured_ssn_cues import csv_column_ssns, extra_ssn_cue_before
from processors.redaction.structured_versions import ipv6_code_path, quad_reads_as_version

__all__ = [
    "find_bare_ssns",
    "find_emails",
    "find_ibans",
    "find_ipv4s",
    "find_ipv6s",
    "find_separated_ssns",
    "find_ssns",
    "may_contain_ipv6",
]

_EMAIL: Final = re.compile(
    r"(?<![\w.%+-])(?<!\w')[\w%+-]+(?:[.'][\w%+-]+)*@(?:[^\W_](?:[\w-]*[^\W_])?\.)+"
    r"[^\W\d_]{2,24}(?![\w-])"
)
# Look-behinds follow the first digit so the regex engine can skip to digits quickly.
# Separators: "-", " ", ".", a no-break space, a Unicode dash or minus, or a dash with spaces
# ("628 - 62 - 1718").
# A comma and a digit may follow (a CSV row's next field: "123-45-6789,42").
_SSN: Final = re.compile(
    r"(\d(?<![\w.\u2010-\u2014\u2212-]\d)\d\d)([- .\u00a0\u2010-\u2014\u2212]| [-\u2013\u2014] )"
    r"(\d{2})\2(\d{4})(?![\w\u2010-\u2014\u2212-]|\.\d)"
)
# (set 7) The cue glued to the number: "SSN-123-45-6789", "ssn123456789", "SSN#123-45-6789".
_SSN_GLUED: Final = re.compile(r"(?i)(?<![^\W\d_])ssn[-#:]?(\d{3})(-?)(\d{2})\2(\d{4})(?![\w-])")
_SSN_BARE: Final = re.compile(r"(\d(?<![\w-]\d)\d\d)(\d{2})(\d{4})(?![\w-]|[.,]\d)")
# "SSN 123456789", "ssn? its 634822258", "SSN on file 405685629": a cue, then no digit.
# (stop 41: or up to 48 characters of one clause, "wants ur SSN again for the affidavit thing,
# still 311486069?")
_SSN_CUE: Final = re.compile(
    r"(?i)(?:\bssn|social\s+security|\bss#)(?:[^\d\n]{0,20}|[^\d\n.!?;]{21,48})$"
)
# "number 123-45-6789" or "customer id 123-45-6789" may well be an SSN; "order ..." is not.
_GENERIC_ID_WORDS: Final = frozenset(
    ["no", "nr", "num", "number", "id", "code", "customer", "member", "account", "acct"]
)
_SSN_WORD: Final = re.compile(r"(?i)ssn|social|\bss#|\btax|\btin\b|\bitin\b")
_OCTET: Final = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# The first octet consumes its first digit before the look-behind (so the regex engine skips
# to digits); the look-behinds then pick the same alternatives, in the same order, as _OCTET.
# A colon may come before when a key's letter precedes it ("src:10.0.0.1"), not a digit or
# another colon ("10:30", "::ffff:...": the IPv6 finder takes those).
_FIRST_OCTET: Final = (
    r"\d(?<![\w.-]\d)(?<![\W\d]:\d)(?:(?<=2)5[0-5]|(?<=2)[0-4]\d|(?<=1)\d\d|(?<=[1-9])\d|)"
)
_IPV4: Final = re.compile(rf"{_FIRST_OCTET}\.(?:{_OCTET}\.){{2}}{_OCTET}(?![\w-]|\.\d)")
# "version 10.0.0.1", "v1.2.3.4", and the same as a key: build=1.2.3.4, "version": "1.2.3.4".
_VERSION_CUE: Final = re.compile(
    r"(?i)(?:\bv|\bver|version|release|build|firmware|\bsdk|\bfw|\bos|\boid)\.?"
    r"(?:\s*|[\"']?\s*[:=]\s*[\"']?|\(\s*[\"']?)$"
)
# The characters a _VERSION_CUE match may end in (or it ends in a space, or before a line
# break): the last letter of a cue word in either case (the Kelvin sign folds to "k", the long
# s to "s") or a dot, quote, ":", "=" or "(". A string test on them spares most searches.
_VERSION_CUE_LAST: Final = "vrnedkwsVRNEDKWS\u212a\u017f.\"':=("
# What may stand between a _VERSION_CUE word and its end, besides white space.
_VERSION_CUE_SUFFIX: Final = ".\"':=("
# A key and a colon may come before ("addr:2001:db8::1"): tried only when the run without
# it does not match, so "dead:beef::1" keeps its first group.
_IPV6: Final = re.compile(
    r"(?<![\w:.-])(?:[A-Za-z_][\w-]{0,30}:)??(?P<ip>(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)"
    r"[0-9A-Fa-f:]{2,39}(?:\.[\d.]+)?)(?![\w:-])"
)
# An IBAN is found by its check digits: the first one is consumed, then the country code and
# the start are checked by looking back. Digits are rarer than letters, so the regex engine
# tries far fewer positions than with a pattern that starts at the country code. A match
# starts two characters before ``match.start()``.
_IBAN: Final = re.compile(r"\d(?<=(?<![\w-])[A-Za-z]{2}\d)\d(?:[ ]?[A-Za-z0-9]){11,30}")
# (set 7) In groups joined by dashes: "DE89-3704-0044-0532-0130-00".
_IBAN_DASHED: Final = re.compile(
    r"\d(?<=(?<![\w-])[A-Za-z]{2}\d)\d(?:-[A-Za-z0-9]{1,4}){3,8}(?![\w-])"
)


def find_emails(text: str) -> Iterator[PiiSpan]:
    """Yield e-mail addresses (local@domain.tld; the trailing sentence dot is not included)."""
    # Every match holds an "@" and no space before it, so the scan for the next match may
    # start after the last space ahead of the next "@", and stop when no "@" is left.
    position = 0
    while (at := text.find("@", position)) >= 0:
        match = _EMAIL.search(text, max(position, text.rfind(" ", position, at) + 1))
        if match is None:
            return
        if image_file_name(match.group()) or scp_remote(text, match.end()):
            # "icon@2x.png", "git@github.com:org/repo.git" (set 7)
            position = match.end()
            continue
        yield PiiSpan(match.start(), match.end(), EMAIL_ADDRESS)
        position = match.end()


def find_ssns(text: str) -> Iterator[PiiSpan]:
    """Yield US SSNs: ``ddd-dd-dddd`` or ``ddd dd dddd`` obeying the issuance rules.

    Nine bare digits count only right after an SSN cue ("SSN", "social security number").
    """
    yield from find_separated_ssns(text)
    yield from find_bare_ssns(text)


def _after_last_digit(text: str, low: int, start: int) -> int:
    """Where the window ``text[low:start]`` goes on after its last digit or placeholder (stop
    46: an SSN word before another number names that one, 'ssn_given=886.01.2973
    parcel="345-85-8490"', also once the first is redacted, 'ssn_given=<US_SSN> parcel=')."""
    for at in range(start - 1, low - 1, -1):
        if text[at].isdigit():
            return at + 1
    return _after_placeholder(text, low, start)


# A placeholder of a redacted span ("<US_SSN>"), ending where the match ends.
_PLACEHOLDER_BEFORE: Final = re.compile(r"<[A-Z_]{2,20}>$")


def _after_placeholder(text: str, low: int, start: int) -> int:
    """Where the window ``text[low:start]`` goes on after its last placeholder (stop 46): in
    redacted text a placeholder stands where an SSN's digits stood, and the "SSN" of
    "<US_SSN>" or of the cue before it is that SSN's, not the next number's ("SSN <US_SSN>;
    holding SBI 645975533")."""
    at = text.rfind(">", low, start)
    if at >= 0 and _PLACEHOLDER_BEFORE.search(text, max(low, at - 21), at + 1) is not None:
        return at + 1
    return low


def find_separated_ssns(text: str) -> Iterator[PiiSpan]:
    """Yield SSNs written ``ddd-dd-dddd``, ``ddd dd dddd`` or ``ddd.dd.dddd``."""
    for match in _SSN.finditer(text):
        if not ssn_valid(*match.group(1, 3, 4)):
            continue
        # "order 123-45-6789" is an order number; "SSN number 123-45-6789" is not.
        start = match.start()
        cue = id_cue_word(text, start)
        if cue in _GENERIC_ID_WORDS:
            cue = noun_before_generic_cue(text, start) or cue  # (stop 46) "parcel no ..."
        if (
            cue
            and cue not in _GENERIC_ID_WORDS
            and not _SSN_WORD.search(
                text, _after_last_digit(text, max(0, start - 30), start), start
            )
        ):
            continue
        if "\n" in text and csv_id_column(text, start):
            continue  # under a CSV header's identifier column ("order_id") (set 7)
        if match.group(2) == " " and _inside_spaced_number(text, start, match.end()):
            continue  # (stop 25) a group of a longer number: "1Z YJ3 799 52 3230 318 2"
        yield PiiSpan(start, match.end(), US_SSN)
    yield from _glued_ssns(text, separated=True)
    if "/" in text or "_" in text:
        yield from joined_ssns(text)  # "SSN 123/45/6789" (set 8)


# (stop 25) A group with a digit right before, or a digit group right after, a spaced SSN
# shape: it is a part of a longer spaced number (a UPS waybill "1Z YJ3 799 52 3230 318 2").
_GROUP_BEFORE: Final = re.compile(r"(?<![\w-])[A-Za-z0-9]*\d[A-Za-z0-9]* $")
_GROUP_AFTER: Final = re.compile(r" \d+(?![\w.,-]\d)")
# (stop 45, set 43) The IRS form a payee's SSN is reported on, after it: "464 90 3224 1099
# freelance photographer" is an SSN and its form, not one longer number.
_TAX_FORM_AFTER: Final = re.compile(r" 1099(?:-[A-Za-z]{1,4})?(?![\w.,/-])")


def _inside_spaced_number(text: str, start: int, end: int) -> bool:
    if _SSN_WORD.search(text, max(0, start - 30), start):
        return False  # "SSN 123 45 6789 2024": the cue decides
    return _GROUP_BEFORE.search(text, max(0, start - 12), start) is not None or (
        _GROUP_AFTER.match(text, end) is not None and _TAX_FORM_AFTER.match(text, end) is None
    )


def _glued_ssns(text: str, *, separated: bool) -> Iterator[PiiSpan]:
    """SSNs glued to their cue ("SSN-123-45-6789", "ssn123456789"), dashed or bare."""
    if "ssn" not in text and "SSN" not in text and "Ssn" not in text:
        return  # (the usual casings; cheaper than lowering the text)
    for match in _SSN_GLUED.finditer(text):
        if bool(match.group(2)) == separated and ssn_valid(*match.group(1, 3, 4)):
            yield PiiSpan(match.start(1), match.end(), US_SSN)


def find_bare_ssns(text: str) -> Iterator[PiiSpan]:
    """Yield nine bare digits that obey the issuance rules and follow an SSN cue."""
    redacted = "<" in text
    for match in _SSN_BARE.finditer(text):
        window_start = max(0, match.start() - 64)
        if redacted:  # (stop 46) the window ends at a placeholder (see _after_placeholder)
            window_start = _after_placeholder(text, window_start, match.start())
        if ssn_valid(*match.groups()) and (
            _SSN_CUE.search(text, window_start, match.start())
            or (
                extra_ssn_cue_before(text, match.start(), window_start)  # (set 10: "tax_id")
                and not record_typed_not_ssn(text, match.start())  # "EIN" (struct10 hook)
            )
            or key_ssn_cue_before(text, match.start())  # "soc_sec_no" (struct10 hook)
        ):
            yield PiiSpan(match.start(), match.end(), US_SSN)
    yield from _glued_ssns(text, separated=False)
    yield from ssns_cue_after(text)  # "123456789 ssn" (set 8)
    if "\n" in text:
        yield from csv_column_ssns(text)  # "name,ssn\nAna,123456789" (set 10 round hook)
    yield from typed_record_ssns(text)  # {"id_type": "SSN", "id": ...} (struct10 hook)


def find_ips(text: str) -> Iterator[PiiSpan]:
    """Yield IPv4 dotted quads (not after "version"/"v") and IPv6 addresses that parse."""
    yield from find_ipv4s(text)
    yield from find_ipv6s(text)


def find_ipv4s(text: str) -> Iterator[PiiSpan]:
    """Yield IPv4 dotted quads, except after a version cue ("version", "v", "build")."""
    if "." not in text:
        return
    for match in _IPV4.finditer(text):
        if not (
            _version_cue_may_end(text, match.start())  # (speed: see there)
            and _VERSION_CUE.search(text, max(0, match.start() - 16), match.start())
        ) and not (
            is_version_context(text, match.start(), match.end())
            or quad_reads_as_version(text, match.start(), match.end())  # (set 10 round hook)
            or quad_is_version_here(text, match.start(), match.end())  # (struct10 hook)
            or (text[match.start()] == "2" and is_netmask(match.group()))  # (struct12 hook)
            or quad_after_software_word(text, match.start())  # "kernel: 5.15.0.91" (struct12)
            or ("\n" in text and csv_id_column(text, match.start()))  # a "version" column
            or quad_next_to_software_noun(text, match.start(), match.end())  # (stop 36)
            or quad_after_release_word(text, match.start(), match.end())  # (stop 36)
            or network_block(text, match.start(), match.end())  # (stop 37) "203.0.113.0/24"
        ):
            yield PiiSpan(match.start(), match.end(), IP_ADDRESS)


def _version_cue_may_end(text: str, start: int) -> bool:
    """False only when no :data:`_VERSION_CUE` match ends at ``start`` (in its 16 characters).

    Between a cue and ``start`` stand only white space and the characters of
    :data:`_VERSION_CUE_SUFFIX`, never a letter; so walking back over them stops on the cue's
    last letter, which must be one of :data:`_VERSION_CUE_LAST`.
    """
    low = max(0, start - 16)
    end = start
    while end > low and (text[end - 1].isspace() or text[end - 1] in _VERSION_CUE_SUFFIX):
        end -= 1
    return end > low and text[end - 1] in _VERSION_CUE_LAST


# Fewest colons of an IPv6 address written without "::": six, "0:0:0:0:0:ffff:1.2.3.4".
IPV6_MIN_COLONS: Final = 6


def may_contain_ipv6(text: str) -> bool:
    """False only when :func:`find_ipv6s` certainly finds nothing: an IPv6 address has a
    ``::`` or at least :data:`IPV6_MIN_COLONS` colons, and may have few or no digits
    (``fe80::``). The one gate of find_ipv6s and of the redactor's scans."""
    return "::" in text or text.count(":") >= IPV6_MIN_COLONS


def find_ipv6s(text: str) -> Iterator[PiiSpan]:
    """Yield IPv6 addresses (full, compressed, with embedded IPv4) that ``ipaddress`` parses."""
    if not may_contain_ipv6(text):
        return
    for match in _IPV6.finditer(text):
        candidate = match.group("ip").rstrip(".")  # "... last login ::ffff:10.0.0.1."
        if candidate == "::" or eui64_like(candidate) or ipv6_code_path(candidate):
            # no host; an EUI-64 (set 7); "Abc::Def", code, not an address (set 10 round hook)
            continue
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        end = ipv6_zone_end(text, match.start("ip") + len(candidate))  # "%eth0" (struct10 hook)
        if network_block(text, match.start("ip"), end):
            continue  # (stop 37) "deny: 2001:db8::/32": a block of addresses, no device
        yield PiiSpan(match.start("ip"), end, IP_ADDRESS)


def find_ibans(text: str) -> Iterator[PiiSpan]:
    """Yield IBANs (compact or in groups of four, any case) that have their country's length
    and pass mod-97."""
    # Candidates do not overlap: each search starts where the last candidate ended (plus the
    # two letters of the country code that come before the digits the regex starts on).
    position = 0
    while (match := _IBAN.search(text, position + 2)) is not None:
        start = match.start() - 2
        position = match.end()
        raw = text[start:position]
        expected = IBAN_LENGTHS.get(raw[:2].upper())
        if expected is None:
            continue
        if " " not in raw:  # compact: the IBAN is the first ``expected`` characters
            if len(raw) < expected:
                continue
            end = start + expected
        else:  # in groups: count ``expected`` characters that are not spaces
            taken = 0
            end = start
            for offset, char in enumerate(raw):
                if char != " ":
                    taken += 1
                if taken == expected:
                    end = start + offset + 1
                    break
            if taken != expected:
                continue
        if end < len(text) and (text[end].isalnum() or text[end] == "-"):
            continue
        if iban_valid(text[start:end].replace(" ", "")):
            yield PiiSpan(start, end, IBAN_CODE)
    if "-" in text:
        for match in _IBAN_DASHED.finditer(text):
            if iban_valid(text[match.start() - 2 : match.end()].replace("-", "")):
                yield PiiSpan(match.start() - 2, match.end(), IBAN_CODE)
