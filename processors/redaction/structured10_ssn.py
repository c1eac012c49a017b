"""(set 10 tuning half) SSN cues of records: spelled-out keys, and objects typed "SSN".

Hooked into :func:`structured.find_bare_ssns` and the redactor's gate for it. Nine bare digits
(obeying the issuance rules) are an SSN

* after a key that spells the cue out in snake, kebab or camel case or abbreviates it:
  ``social_security_number``, ``socialSecurityNumber``, ``SocialSecurityNo``, ``soc_sec_no``,
  ``ss_number``, ``ssNo`` (the base cues want "social security" with a space, or "ssn");
* as the value of an identifier key (``id``, ``number``, ``value``, ``tax_id``, ``tin``) in
  a record whose type key says "SSN": ``{"id_type": "SSN", "id": "123456789"}``,
  ``{"tax_id": "123456789", "tax_id_type": "SSN"}`` (either order, any distance); the record
  is the innermost ``{...}`` around both, or the line when there are no braces
  (``data-id-type="ssn" data-id="..."``).

And the taxpayer-number cue ("tax_id", "tin") does not make nine digits an SSN when their
record is typed as something else: ``{"tax_id": "123456789", "tax_id_type": "EIN"}`` is an
employer's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.checksums import ssn_valid
from processors.redaction.spans import US_SSN, PiiSpan

__all__ = [
    "key_ssn_cue_before",
    "may_contain_key_ssn_cue",
    "record_typed_not_ssn",
    "typed_record_ssns",
]

# "social_security_number", "socialSecurityNumber", "soc_sec_no", "ss_number", "ssNo": a
# word start (or a camel-case part start), the cue, then no lower-case letter.
_KEY_CUE_WORD: Final = (
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    r"(?i:soc(?:ial)?[ _.-]*sec(?:urity)?(?:[ _.-]*(?:no|nr|nbr|num|number|#))?|"
    r"ss[_-]?(?:no|nr|nbr|num|number))(?![a-z])"
)
_KEY_CUE_BEFORE: Final = re.compile(_KEY_CUE_WORD + r"[^\d\n]{0,20}$")
_KEY_CUE_ANYWHERE: Final = re.compile(_KEY_CUE_WORD)

# A key (quoted or not) and its value: "id_type": "SSN", tax_id_type='EIN', kind=ssn.
_PAIR: Final = re.compile(
    r"(?P<key>[A-Za-z_][\w.-]{0,40})[\"']?[ \t]*[:=][ \t]*(?P<quote>[\"']?)"
    r"(?P<value>[^\"',;{}\[\]\s]{1,30}(?:[ _-][^\"',;{}\[\]\s]{1,20}){0,3})(?P=quote)"
)
# A value naming the SSN as a type: "SSN", "US-SSN", "social security number".
_SSN_TYPE_VALUE: Final = re.compile(
    r"(?i)(?:us[ _-]?)?(?:ssn|social[ _-]?security(?:[ _-]?(?:number|no))?)"
)
# Key parts that name a type, and those that name an identifier's value.
_TYPE_PARTS: Final = frozenset(["type", "kind", "scheme", "category"])
_VALUE_PARTS: Final = frozenset(
    ["id", "number", "no", "nr", "num", "value", "val", "tin", "identifier"]
)
# Parts of a type key that say it types an identifier ("tax_id_type", "document_type").
_ID_NAMING_PARTS: Final = frozenset(
    ["id", "tin", "tax", "taxpayer", "identifier", "document", "doc"]
)
_KEY_PART: Final = re.compile(r"[_.-]|(?<=[a-z])(?=[A-Z])")
_NINE_DIGIT_VALUE: Final = re.compile(
    r"(?P<key>[A-Za-z_][\w.-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<digits>\d(?<![\w-]\d)\d{8})(?![\w-]|[.,]\d)"
)


def may_contain_key_ssn_cue(text: str) -> bool:
    """False only when ``text`` has no cue :func:`key_ssn_cue_before` reads."""
    lowered = text.lower()
    return ("ss" in lowered or "soc" in lowered) and _KEY_CUE_ANYWHERE.search(text) is not None


def key_ssn_cue_before(text: str, start: int) -> bool:
    """Whether a spelled-out SSN key ("social_security_number") ends in the 40 characters
    before ``start`` with no digit after it."""
    return _KEY_CUE_BEFORE.search(text, max(0, start - 40), start) is not None


def _key_parts(key: str) -> list[str]:
    return [part.lower() for part in _KEY_PART.split(key) if part]


def _record_span(text: str, position: int) -> tuple[int, int]:
    """The innermost flat ``{...}`` around ``position``, else its line."""
    open_brace = text.rfind("{", 0, position)
    if open_brace >= 0 and text.find("}", open_brace, position) < 0:
        close_brace = text.find("}", position)
        if close_brace >= 0 and text.find("{", position, close_brace) < 0:
            return open_brace, close_brace
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return line_start, line_end if line_end >= 0 else len(text)


def _record_types(text: str, low: int, high: int) -> tuple[bool, bool]:
    """Whether the record's type keys say "SSN" ("id_type": "SSN", "type": "ssn"), and
    whether a type key of an identifier says something else ("tax_id_type": "EIN")."""
    ssn_typed = other_typed = False
    for pair in _PAIR.finditer(text, low, high):
        parts = _key_parts(pair.group("key"))
        if not parts or parts[-1] not in _TYPE_PARTS:
            continue
        if _SSN_TYPE_VALUE.fullmatch(pair.group("value")) is not None:
            ssn_typed = True
        elif not _ID_NAMING_PARTS.isdisjoint(parts):
            other_typed = True
    return ssn_typed, other_typed


def typed_record_ssns(text: str) -> Iterator[PiiSpan]:
    """Nine-digit values of identifier keys in records whose type key says "SSN"."""
    lowered = text.lower()
    if "ssn" not in lowered and "social" not in lowered:
        return  # (no value can name the SSN type)
    for match in _NINE_DIGIT_VALUE.finditer(text):
        parts = _key_parts(match.group("key"))
        if not parts or parts[-1] not in _VALUE_PARTS:
            continue
        digits = match.group("digits")
        if not ssn_valid(digits[:3], digits[3:5], digits[5:]):
            continue
        low, high = _record_span(text, match.start())
        if _record_types(text, low, high)[0]:
            yield PiiSpan(match.start("digits"), match.end("digits"), US_SSN)


def record_typed_not_ssn(text: str, start: int) -> bool:
    """Whether the record around ``start`` types its identifier as something else than an
    SSN ("tax_id_type": "EIN"; a plain "type": "individual" types the record, not the id)."""
    low, high = _record_span(text, start)
    ssn_typed, other_typed = _record_types(text, low, high)
    return other_typed and not ssn_typed
