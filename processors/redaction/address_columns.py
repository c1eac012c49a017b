"""(stop 28) A value under a street column is a street line in itself.

Two layouts name the column: a quoted value after a key (``{"street": "House No. 363, 7th
Cross Road, Jangpura"}``, ``address_line1='B-70, Sector 47'``), and a CSV header line
(``first_name,last_name,street,phone``) over rows whose field in that column is the value
(``Panagiotis,Huber,"382 Athabasca Bay",021 116 8726``; a quoted field may hold the
delimiter). The whole value, without its quotes, is the address: the shape rules need a
house number before a street word, or a known layout, and these values have neither.

A column is a street one when its name ends in a street word ("street", "address",
"address_line1", "addr", "line1"...) after no network or mail word ("ip_address",
"emailAddress", "remote_addr", "wallet_address"). A value counts when it has a digit, a space
and a street word, a word outside the common English ones, or two numbered parts ("B-70,
Sector 47"); not "Route 66" (a road named by its number) nor "5 stars".
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_formats import bare_street_type
from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.lexicon import common_words

__all__ = ["street_column_values"]

# A key before a quoted value: the name, its closing quote, ":" or "=", the opening quote.
_KEYED_VALUE: Final = re.compile(
    r"(?<![\w-])(?P<key>[A-Za-z][\w-]{0,40})[\"']?[ \t]*[:=][ \t]*(?P<q>[\"'])"
)
# The street words a column name ends in, written out or glued ("deliveryaddress"); the name
# is compared in lower case without "_", "-", " " and ".".
_STREET_KEY_ENDS: Final[tuple[str, ...]] = (
    "street", "street1", "streetaddress", "streetline", "streetline1", "address", "address1",
    "addressline1", "addr", "addr1", "addrline1", "line1",
)  # fmt: skip
# The words before "address" that make it a network, mail or ledger address.
_NOT_STREET_PREFIXES: Final[tuple[str, ...]] = (
    "ip", "ipv4", "ipv6", "mac", "mail", "url", "web", "host", "wallet", "server", "ether",
    "remote", "bind", "listen", "client", "peer", "src", "dst", "source", "destination",
    "proxy", "gateway", "node", "contract", "memory", "mem", "base", "local", "public",
    "private", "broadcast", "network", "net", "dns", "hw", "btc", "eth",
)  # fmt: skip
_CSV_DELIMITERS: Final = ",;\t|"
# A column name: up to three words of letters, digits, "_", "." and "-", maybe quoted.
_HEADER_FIELD: Final = re.compile(
    r"[\"']?[A-Za-z][\w.-]{0,30}(?: [\w.-]{1,30}){0,2}[\"']?", re.ASCII
)
# Function words of a sentence, never of a column name.
_PROSE_WORDS: Final = frozenset(
    ["the", "a", "an", "on", "at", "in", "near", "to", "of", "and", "is", "was", "my", "our",
     "your", "for", "from", "with", "by", "i", "we", "it", "this", "that"]
)  # fmt: skip
_MAX_VALUE: Final = 150
_NUMBERED_PART: Final = re.compile(r"\d")
_LETTER_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def street_column_values(text: str, lowered: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each value under a street key or a street CSV column."""
    found: list[tuple[int, int]] = []
    if not ("street" in lowered or "addr" in lowered or "line" in lowered):
        return found
    if '"' in text or "'" in text:
        for key in _KEYED_VALUE.finditer(text):
            if not street_key(key.group("key")):
                continue
            start = key.end()
            end = text.find(key.group("q"), start)
            if end > start and street_value(text[start:end]):
                found.append((start, end))
    if "\n" in text:
        found.extend(_csv_values(text))
    return found


def street_key(name: str) -> bool:
    """Whether the key or column ``name`` names a street line (see the module docstring)."""
    # (camelCase "ipAddress" and glued "ipaddress" alike: compare the name without separators)
    flat = re.sub(r"[\s_.-]", "", name.lower())
    for end in _STREET_KEY_ENDS:
        if flat.endswith(end):
            before = flat[: -len(end)]
            return not (before.endswith(_NOT_STREET_PREFIXES) and not before.endswith("ship"))
    return False


def street_value(value: str) -> bool:
    """Whether ``value`` under a street column is an address (see the module docstring)."""
    if (
        len(value) > _MAX_VALUE
        or " " not in value
        or "\n" in value
        or "\\" in value
        or not _NUMBERED_PART.search(value)
    ):
        return False
    words = value.split()
    if len(words) == 2 and bare_street_type(words[0].lower()):
        return False  # "Route 66"
    if has_street_word(value):
        return True
    common = common_words()
    if any(word.lower() not in common for word in _LETTER_WORD.findall(value)):
        return True
    return sum(1 for part in value.split(",") if _NUMBERED_PART.search(part)) >= 2


def _csv_values(text: str) -> list[tuple[int, int]]:
    """The values under a street column of each CSV table in ``text``."""
    found: list[tuple[int, int]] = []
    line_start = 0
    column = -1  # the street column of the table being read, or -1
    width = 0
    delimiter = ","
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        fields = _fields(text, line_start, line_end, delimiter) if column >= 0 else []
        if column >= 0 and len(fields) == width:
            start, end = fields[column]
            if street_value(text[start:end]):
                found.append((start, end))
        else:
            column, width, delimiter = _street_header(text, line_start, line_end)
        line_start = line_end + 1
    return found


def _street_header(text: str, start: int, end: int) -> tuple[int, int, str]:
    """``(column, width, delimiter)`` of a CSV header line naming a street column, else
    ``(-1, 0, ",")``."""
    line = text[start:end]
    for delimiter in _CSV_DELIMITERS:
        if delimiter not in line:
            continue
        names = line.split(delimiter)
        if not all(_HEADER_FIELD.fullmatch(name.strip()) for name in names):
            continue
        if not _PROSE_WORDS.isdisjoint(line.lower().split()):
            continue  # "Elm street, near the park": prose, not column names
        for column, name in enumerate(names):
            if street_key(name.strip().strip("\"'")):
                return column, len(names), delimiter
    return -1, 0, ","


def _fields(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each field of the CSV line ``text[start:end]``, without the quotes
    of a quoted field; a delimiter inside quotes belongs to the field."""
    fields: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        if pos < end and text[pos] == '"':
            close = text.find('"', pos + 1, end)
            if close < 0:
                return []  # (an unclosed quote: not a CSV row)
            fields.append((pos + 1, close))
            pos = close + 1
            if pos < end and text[pos] != delimiter:
                return []
        else:
            stop = text.find(delimiter, pos, end)
            if stop < 0:
                stop = end
            fields.append((pos, stop))
            pos = stop
        pos += 1
    return fields
