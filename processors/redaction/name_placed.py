"""Names found by where they stand rather than by a cue word: CSV name columns, a given name
then a contact, authentication-log users, and the shapes of :mod:`name_cues` and display
names.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.csv_rows import csv_fields
from processors.redaction.lexicon import NAME_PARTICLE_ALTERNATION
from processors.redaction.name_cues import find_cued_names
from processors.redaction.name_words import _contact_name_ok
from processors.redaction.person42_tables import table_names
from processors.redaction.spans import PERSON, PiiSpan

# Additions of set 7 (the lists and tests below use them).
# CSV headers of person columns (besides those of names.py).
_MORE_CSV_NAME_COLUMNS: Final = frozenset(
    ["account_holder", "holder", "beneficiary", "payee", "cardholder", "employee", "patient",
     "guest", "passenger", "applicant", "member", "student", "author", "sender", "owner"]
)  # fmt: skip
# (stop 31) Columns of goods, and the bare name columns that beside them name the goods.
_GOODS_COLUMNS: Final = frozenset(
    ["sku", "qty", "quantity", "price", "unit_price", "stock", "product_id", "item_id", "upc",
     "ean", "barcode", "msrp", "in_stock"]
)  # fmt: skip
_BARE_NAME_COLUMNS: Final = frozenset(["name", "item", "product", "title", "description"])
# A person value of a CSV cell: capitalised words, "Surname, Given" ("Le Gall, Margaux").
_CAP_WORD: Final = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*\.?"
# (stop 25) A surname may open with up to two particles in lower case ("da Costa", "van der
# Berg", "van 't Hek"), those of lexicon.NAME_PARTICLES, or with "al-"/"el-" ("al-Zahrani").
_LEADING_PARTICLES: Final = (
    rf"(?:(?:{NAME_PARTICLE_ALTERNATION})(?: (?:{NAME_PARTICLE_ALTERNATION}))? |[ae]l-)?"
)
_CAPITALISED_VALUE: Final = re.compile(
    rf"{_LEADING_PARTICLES}{_CAP_WORD}(?:,? (?:{_CAP_WORD}|(?:van|von|de|da|del|der|al|bin)))*"
)


_DISPLAY_NAME: Final = re.compile(
    r"\"((?:[^\W\d_][\w'\u2019.-]*)(?: [^\W\d_][\w'\u2019.-]*){0,3}, "
    r"[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,2})\" ?<[^<>\s@]+@"
)


def display_names(text: str) -> list[PiiSpan]:
    """``"Surname, Given" <mail@...>``: the quoted display name of an address, one name."""
    if '" <' not in text and '"<' not in text:
        return []
    found = []
    for match in _DISPLAY_NAME.finditer(text):
        words = match.group(1).replace(",", " ").split()
        if all(word[0].isupper() or word in ("al", "van", "de", "da", "del") for word in words):
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found


def _placed_names(text: str, out: list[PiiSpan], contacts: bool = True) -> None:
    """Names found by where they stand rather than by a cue word: CSV name columns, a name
    then a contact, auth-log users, and the shapes of :mod:`name_cues`.

    ``contacts`` False (speed) says the caller knows ``text`` has no decimal digit and no
    "@": then no _NAME_THEN_CONTACT match is possible, and it is not looked for.
    """
    has_line_break = "\n" in text
    if has_line_break and "," in text:
        _csv_names(text, out)
    if has_line_break and "|" in text:  # (stop 42) "| 26494 | Yoo | Doyun |"
        out.extend(table_names(text, _TABLE_NAME_COLUMNS, _csv_name_value))
    # (Speed: a _NAME_THEN_CONTACT match needs a digit or an "@" after the name.)
    if contacts and has_line_break and ("@" in text or _ANY_DIGIT.search(text) is not None):
        line_start = 0
        for line in text.split("\n"):
            head = _NAME_THEN_CONTACT.match(line)
            if head and _contact_name_ok(head.group(1)):
                out.append(PiiSpan(line_start, line_start + head.end(1), PERSON))
            line_start += len(line) + 1
    elif contacts and not has_line_break:
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
_NAME_THEN_CONTACT: Final = re.compile(
    r"((?>[^\W\d_]+(?:-[^\W\d_]+)?))(?=[ ,:;]+(?:\+\d|\(\d|\d|[\w.+-]++@))"
)
_ANY_DIGIT: Final = re.compile(r"\d")
# The user of an authentication log line: "Failed password for ingrid from 203.0.113.7".
_LOG_USER: Final = re.compile(
    r"\b(?:for|user[=:]?|login[=:]?|by) (?:invalid user )?([^\W\d_]+(?:-[^\W\d_]+)?)"
    r" from [0-9a-f:.]{3}"
)


# CSV columns whose values are person names, by their header.
_NAME_COLUMNS: Final = frozenset(
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
# (stop 42) Header names of person columns in a text table (person42_tables) and CSV.
_DISPLAY_COLUMNS: Final = frozenset(["display_name", "displayname", "assignee", "reporter"])
_TABLE_NAME_COLUMNS: Final = (
    _NAME_COLUMNS | _MORE_CSV_NAME_COLUMNS | _DISPLAY_COLUMNS
) - _BARE_NAME_COLUMNS
_CSV_NAME_VALUE: Final = re.compile(r"[^\W\d_][^\W\d_'\u2019. -]*[^\W\d_.]\.?")


def _csv_name_value(value: str) -> bool:
    return (
        _CSV_NAME_VALUE.fullmatch(value) is not None
        or _CAPITALISED_VALUE.fullmatch(value) is not None
    )


def _name_columns(header: str) -> set[int]:
    fields = _header_fields(header)
    if len(fields) < 2:
        return set()
    goods = _names_goods(fields)
    return {
        index
        for index, field in enumerate(fields)
        if (field in _NAME_COLUMNS or field in _MORE_CSV_NAME_COLUMNS or field in _DISPLAY_COLUMNS)
        and not (goods and field in _BARE_NAME_COLUMNS)
    }


def _header_fields(header: str) -> list[str]:
    return [field.strip().strip('"').lower() for field in header.split(",")]


def _names_goods(fields: list[str]) -> bool:
    """(Stop 31) A header with a column of goods ("SKU,name,qty"): its bare "name" column
    names the goods ("Marble Fox", "Harbor Mini"), not a person."""
    for field in fields:  # noqa: SIM110
        if field in _GOODS_COLUMNS:
            return True
    return False


def in_goods_name_column(text: str, start: int, end: int) -> bool:
    """(Stop 31) ``text[start:end]`` lies in a field under the bare name column of a CSV
    header of goods on ``text``'s first line (see :func:`_names_goods`)."""
    header_end = text.find("\n")
    line_start = text.rfind("\n", 0, start) + 1
    if header_end < 0 or line_start <= header_end:
        return False
    fields = _header_fields(text[:header_end])
    if len(fields) < 2 or not _names_goods(fields):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for index, (offset, field) in enumerate(csv_fields(line)):
        if line_start + offset <= start and end <= line_start + offset + len(field):
            return index < len(fields) and fields[index] in _BARE_NAME_COLUMNS
    return False


def in_name_column(text: str, start: int, end: int) -> bool:
    """(Stop 25) ``text[start:end]`` is a whole field under a name column of the CSV header
    on ``text``'s first line ("last_name" over "Takahashi": a surname the English list holds)."""
    header_end = text.find("\n")
    line_start = text.rfind("\n", 0, start) + 1
    if header_end < 0 or line_start <= header_end or "," not in text[:header_end]:
        return False
    columns = _name_columns(text[:header_end])
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for index, (offset, field) in enumerate(csv_fields(line)):
        if line_start + offset <= start and end <= line_start + offset + len(field):
            return index in columns and field.strip().strip('"') == text[start:end]
    return False


def _csv_names(text: str, out: list[PiiSpan]) -> None:
    """Values under a name column of a CSV header ("first,last,email" then "Ana,Lima,...")."""
    header_end = text.find("\n")
    columns = _name_columns(text[:header_end])
    if not columns:
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
