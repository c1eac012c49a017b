"""Names found by where they stand rather than by a cue word: CSV name columns, a given name
then a contact, authentication-log users, and the shapes of :mod:`name_cues` and display
names.
"""

from __future__ import annotations

import re

from processors.redaction.name_cues import find_cued_names
from processors.redaction.name_set7 import (
    CSV_NAME_COLUMNS,
    CSV_NAME_VALUE,
    csv_fields,
    display_names,
)
from processors.redaction.name_words import _contact_name_ok
from processors.redaction.spans import PERSON, PiiSpan


def _placed_names(text: str, out: list[PiiSpan]) -> None:
    """Names found by where they stand rather than by a cue word: CSV name columns, a name
    then a contact, auth-log users, and the shapes of :mod:`name_cues`."""
    has_line_break = "\n" in text
    if has_line_break and "," in text:
        _csv_names(text, out)
    # (Speed: a _NAME_THEN_CONTACT match needs a digit or an "@" after the name.)
    if has_line_break and ("@" in text or _ANY_DIGIT.search(text) is not None):
        line_start = 0
        for line in text.split("\n"):
            head = _NAME_THEN_CONTACT.match(line)
            if head and _contact_name_ok(head.group(1)):
                out.append(PiiSpan(line_start, line_start + head.end(1), PERSON))
            line_start += len(line) + 1
    elif not has_line_break:
        head = _NAME_THEN_CONTACT.match(text)
        if head and _contact_name_ok(head.group(1)):
            out.append(PiiSpan(0, head.end(1), PERSON))
    if " from " in text and (
        "for " in text or "user" in text or "login" in text or "by " in text
    ):  # (a match needs one of these; _LOG_USER has no prefix the regex engine can skip to)
        for user in _LOG_USER.finditer(text):
            if _contact_name_ok(user.group(1)):
                out.append(PiiSpan(user.start(1), user.end(1), PERSON))
    out.extend(find_cued_names(text))
    out.extend(display_names(text))


# A given name alone at the start of a line, then a phone or an e-mail ("ngozi +39 06 ...").
# (Atomic and possessive: giving a letter back leaves a letter next, which fails anyway.)
_NAME_THEN_CONTACT = re.compile(
    r"((?>[^\W\d_]+(?:-[^\W\d_]+)?))(?=[ ,:;]+(?:\+\d|\(\d|\d|[\w.+-]++@))"
)
_ANY_DIGIT = re.compile(r"\d")
# The user of an authentication log line: "Failed password for ingrid from 203.0.113.7".
_LOG_USER = re.compile(
    r"\b(?:for|user[=:]?|login[=:]?|by) (?:invalid user )?([^\W\d_]+(?:-[^\W\d_]+)?)"
    r" from [0-9a-f:.]{3}"
)


# CSV columns whose values are person names, by their header.
_NAME_COLUMNS = frozenset(
    [
        "name",
        "first",
        "last",
        "first_name",
        "firstname",
        "first name",
        "last_name",
        "lastname",
        "last name",
        "given_name",
        "surname",
        "family_name",
        "full_name",
        "fullname",
        "customer",
        "customer_name",
        "contact",
        "contact_name",
        "recipient",
    ]
)
_CSV_NAME_VALUE = re.compile(r"[^\W\d_][^\W\d_'\u2019. -]*[^\W\d_.]\.?")


def _csv_name_value(value: str) -> bool:
    return (
        _CSV_NAME_VALUE.fullmatch(value) is not None or CSV_NAME_VALUE.fullmatch(value) is not None
    )


def _csv_names(text: str, out: list[PiiSpan]) -> None:
    """Values under a name column of a CSV header ("first,last,email" then "Ana,Lima,...")."""
    header_end = text.find("\n")
    header = [field.strip().strip('"').lower() for field in text[:header_end].split(",")]
    columns = {
        index
        for index, field in enumerate(header)
        if field in _NAME_COLUMNS or field in CSV_NAME_COLUMNS
    }
    if not columns or len(header) < 2:
        return
    cursor = header_end + 1
    for line in text[cursor:].split("\n"):
        field_start = cursor
        for index, (offset, field) in enumerate(csv_fields(line)):
            value = field.strip().strip('"')
            if index in columns and value and _csv_name_value(value):
                start = field_start + offset + field.index(value)
                out.append(PiiSpan(start, start + len(value), PERSON))
        cursor += len(line) + 1
