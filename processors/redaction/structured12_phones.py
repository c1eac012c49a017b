"""(struct12 tuning half) Phone rules for international dialling and number look-alikes.

Hooked into :func:`processors.redaction.phones.find_phones`:

* :func:`exit_dialled` (shape): an international number dialled with an exit code and a space
  after it, ``00 44 20 7946 0958``, ``011 49 30 21743058``, ``00 1 435 654 8780``. The group
  after the exit code is an ITU-T E.164 country code (1-3 digits); the national number after
  it may have one-digit groups (area codes "1" in Paris, "3" in Tokyo, "2" in Sydney) and has
  the length E.164 allows (country code and national number at most 15 digits; ten national
  digits after "1"). Delhi's "011 2613 1349" and a waybill "00 2092 7562" have no country
  code group and stay with the other shape rules.
* :func:`called_number` (context): "number" right before a number is an identifier cue
  ("number 1234567890" in a form), but not when the number is said to call ("unknown number
  021 141 8476 keeps calling", "the number 083-305-1572 called me") or "number" is described
  as a caller's ("unknown number", "missed number", "withheld number").
* :func:`not_a_phone` (context): a Unix time stamp that opens a log record (``1735787480
  INFO ...``: seconds or milliseconds, then a log level), a number listed after another number
  that follows an identifier cue ("waybills 7803 8613 7466 and 3220220420", "orders 123, 456"),
  a number right after a document noun even with a phone word further back ("call about
  invoice 592-502-2548", "phone support: ticket 415-555-2671"), a number after a record noun
  the identifier list lacks (a shipping label, an employee, a
  meter: "Label 0199 8151 4332", "employee 041-234-5678") and a quantity (a number then a unit
  of measure or a currency: "0412 345 678 kWh", "12 345 678 EUR"), and digits grouped in
  threes by a typographic space ("100\u202f000\u202f000", SI and French style) without a
  phone cue.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.phone_context import phone_cue_before
from processors.redaction.phone_id_cues import ID_WORDS, PHONE_CUE, after_id_cue, id_cue_word

__all__ = ["called_number", "exit_dialled", "not_a_phone"]

# ITU-T E.164 country codes (ITU-T list of assigned country codes): the one- and two-digit
# ones; a three-digit code is any other 2xx-9xx whose first two digits are not a code.
_CC_2: Final = frozenset(
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
        "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
        "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94",
        "95", "98",
    ]
)  # fmt: skip
_EXIT_SPACED: Final = re.compile(r"(?:00|011)[ \-](\d{1,3})[ \-](\d[\d \-]*\d)")
_DIGIT_RUNS: Final = re.compile(r"\d+")


def _country_code(group: str) -> bool:
    if len(group) == 1:
        return group in ("1", "7")
    if len(group) == 2:
        return group in _CC_2
    return group[0] != "0" and group[0] != "1" and group[:2] not in _CC_2 and group[0] != "7"


def exit_dialled(core: str) -> bool:
    """Whether ``core`` (a candidate without its extension) is an exit code, a space, a
    country code and a national number: "00 33 1 60 35 55 02", "011 81 3 2777 5728"."""
    if not (core.startswith("00 ") or core.startswith("011 ") or core.startswith("00-")):
        return False
    match = _EXIT_SPACED.fullmatch(core)
    if match is None or not _country_code(match.group(1)):
        return False
    national = sum(len(g) for g in _DIGIT_RUNS.findall(match.group(2)))
    if match.group(1) == "1":
        return national == 10
    return 6 <= national <= 15 - len(match.group(1))


# "number" said to call: a calling verb right after the number.
_CALLS_AFTER: Final = re.compile(
    r"(?i)[ \t]*(?:(?:keeps|kept|has\s+been|had\s+been|is|was|just|has|keep)\s+)?"
    r"(?:calling|called|ringing|rang|rings|calls|texting|texted|texts|messaging|messaged)\b"
)
# "number" described as a caller's: "unknown number", "missed number", "withheld number".
_CALLER_NUMBER_BEFORE: Final = re.compile(
    r"(?i)\b(?:unknown|unrecogni[sz]ed|private|withheld|hidden|missed|blocked|spam|scam|"
    r"strange|foreign|mystery|suspicious|incoming|caller)\s+(?:phone\s+)?(?:number|no\.?|num|#)"
    r"[ \t]*[:\-]?[ \t]*$"
)
_GENERIC: Final = frozenset(["number", "no", "num", "nr"])


def called_number(text: str, start: int, end: int) -> bool:
    """Whether the generic cue "number" before ``start`` names a phone (see the docstring)."""
    if id_cue_word(text, start) not in _GENERIC:
        return False
    if _CALLER_NUMBER_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if _CALLS_AFTER.match(text, end) is None:
        return False
    # "order number 12345 was called ..." stays an identifier: no identifier noun before
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start])
    return len(words) < 2 or words[-2].lower() not in ID_WORDS


# A Unix time stamp (2014-2033, seconds or milliseconds) then a log level.
_LOG_EPOCH: Final = re.compile(r"1[4-9]\d{8}(?:\d{3})?")
_LOG_LEVEL_AFTER: Final = re.compile(
    r"\]?[ \t]+\[?(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|AUDIT|NOTICE|CRIT|CRITICAL)\b"
)
# A list connector right before the number: "..., 3220220420", "... and 3220220420".
_CONNECTOR_BEFORE: Final = re.compile(r"(?:,|\band|\bor|&|/|;)[ \t]*$")
# Characters of an identifier written in a list (digits, capitals, separators).
_ID_CHARS: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -/#")
# Identifier nouns of records, meters and vehicles that the phone module's list lacks, and a
# shipping label (our own list: words a number follows in forms and records).
_RECORD_NOUNS: Final[tuple[str, ...]] = (
    "label", "employee", "emp", "staff", "student", "patient", "badge", "meter", "mpan", "mprn",
    "chassis", "certificate", "cert", "permit", "barcode", "cadastral", "matricola",
)  # fmt: skip
_RECORD_NOUN_BEFORE: Final = re.compile(
    r"(?i)\b(?:"
    + "|".join("labels?" if noun == "label" else noun for noun in _RECORD_NOUNS)
    + r")[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*[:#=]?[ \t]*[\"']?$"
)
# Nouns of documents, shipments and cases: right before a number they name it even when a phone
# word stands further back ("call about invoice 592-502-2548", "sms sent for tracking ...",
# "phone support: ticket ..."), which cancels the identifier cue of the phone module. (Our
# own list, a subset of its identifier nouns: not "customer", "member", "account", which may
# stand before a person's phone.)
_DOCUMENT_NOUNS: Final[tuple[str, ...]] = (
    "order", "invoice", "inv", "tracking", "waybill", "awb", "consignment", "shipment",
    "parcel", "package", "ticket", "case", "ref", "reference", "sku", "receipt", "confirmation",
    "transaction", "txn", "booking", "reservation", "claim", "policy", "incident", "rma",
    "serial", "batch", "lot",
)  # fmt: skip
_DOCUMENT_NOUN_BEFORE: Final = re.compile(
    r"(?i)\b(?:" + "|".join(_DOCUMENT_NOUNS) + r")s?"
    r"(?:[ \t]*(?:no\.?|nr\.?|number|num|id|#))?[ \t]*[:#=]?[ \t]*[\"']?$"
)


def _holds_any(lowered: str, nouns: tuple[str, ...]) -> bool:
    """(Speed) Whether ``lowered`` holds one of ``nouns``: every match of a noun regex above
    holds one of its nouns, so a "no" spares the regex."""
    return any(noun in lowered for noun in nouns)  # (mypyc compiles this to a loop)


# A unit of measure or a currency right after: a quantity ("0412 345 678 kWh", "1 234 567
# people", "12 345 678 EUR"), not a phone. (Our own list of common units and ISO 4217 codes;
# one-letter units are left out: "M", "T" label phone lines.)
_UNIT_AFTER: Final = re.compile(
    r"[ \t\u00a0\u2009\u202f]?(?:[kMG]?Wh|[kMG]W|mAh|kg|lbs?|km|cm|mm|m[\u00b2\u00b323]|ml|"
    r"litres?|liters?|gal|"
    r"pcs|units|bytes|[KMGT]i?B|px|dpi|rpm|[kMG]?Hz|\u00b0[CF]|%|people|inhabitants|residents|"
    r"views|downloads|steps|kcal|calories|points|pts|votes|tonnes?|tons|barrels|"
    r"USD|EUR|GBP|JPY|INR|CNY|CHF|SEK|NOK|DKK|PLN|HUF|CZK|AUD|CAD|NZD|ZAR|NGN|BRL|MXN|KRW|"
    r"VND|IDR|kr|Ft|z\u0142|[$\u20ac\u00a3\u00a5\u20b9\u20a9\u20ab\u20bd\u20ba\u00a2])(?!\w)"
)
# Digits grouped in threes by a no-break, thin or narrow no-break space (SI and French
# typography of large numbers: "100\u202f000\u202f000"); phone plans group otherwise.
_TYPOGRAPHIC_THOUSANDS: Final = re.compile(r"[1-9]\d{0,2}(?:[\u00a0\u2009\u202f]\d{3})+")


def not_a_phone(text: str, start: int, end: int) -> bool:
    """Whether the phone-shaped number at ``start``-``end`` is a log time stamp, an identifier
    listed after another one, or a shipping label number (see the module docstring)."""
    if (
        text[start] == "1"
        and _LOG_EPOCH.fullmatch(text, start, end) is not None
        and _LOG_LEVEL_AFTER.match(text, end) is not None
    ):
        return True
    if text[start] == "+":
        return False
    if end < len(text) and _UNIT_AFTER.match(text, end) is not None:
        return True
    if (
        not text.isascii()
        and _TYPOGRAPHIC_THOUSANDS.fullmatch(text, start, end) is not None
        and not phone_cue_before(text, start)
    ):
        return True
    if start == 0:
        return False
    # (Speed) In ASCII text a noun regex runs only when its window holds one of its nouns
    # (case-insensitive there is lower(); other text may hold a letter that (?i) folds to an
    # ASCII one, "\u017f" to "s", so it always runs the regexes).
    ascii_text = text.isascii()
    lowered = text[max(0, start - 32) : start].lower() if ascii_text else ""
    if (not ascii_text or _holds_any(lowered[-24:], _RECORD_NOUNS)) and (
        _RECORD_NOUN_BEFORE.search(text, max(0, start - 24), start) is not None
    ):
        return not PHONE_CUE.search(text, max(0, start - 25), start)
    if (not ascii_text or _holds_any(lowered, _DOCUMENT_NOUNS)) and (
        _DOCUMENT_NOUN_BEFORE.search(text, max(0, start - 32), start) is not None
    ):
        return True
    window = max(0, start - 12)
    connector = _CONNECTOR_BEFORE.search(text, window, start)
    if connector is None:
        return False
    # the item before the connector: a run of identifier characters holding a digit
    item_end = connector.start()
    while item_end > 0 and text[item_end - 1] == " ":
        item_end -= 1
    item_start = item_end
    while item_start > 0 and text[item_start - 1] in _ID_CHARS:
        item_start -= 1
    while item_start < item_end and not text[item_start].isdigit():
        item_start += 1  # past separators and a capitalised cue ("SKU 123 and 456")
    while item_start > 0 and text[item_start - 1].isalnum():
        item_start -= 1  # back to the head of the item ("SO228668654")
    if not any(ch.isdigit() for ch in text[item_start:item_end]):
        return False
    return after_id_cue(text, item_start)
