"""(set 10 round) Phone rules by structure and context, hooked into :func:`phones.find_phones`.

* "number" after a determiner and a describing word ("an old number, ...", "the same number",
  "a different number") names the person's phone: identifier nouns ("order number", "case
  number") are a separate rule that runs first, so the describing word is not one of them.
* A digit run right after an IBAN's country code and check digits ("IBAN: NO17 2207 9038 061")
  continues that IBAN, even when it fails its checksum.
* A bare run of 13 to 19 digits led by a card issuer's digit (3-6) that fails Luhn is a
  mistyped card, not a phone, unless a phone word names it ("number entered (...)" does not).
* A mobile number with one dot after its 2-4 digit prefix ("333.1234567", as written in
  Italy) is a phone after a phone cue.
* An extension written " #123" after a number belongs to the phone span.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.checksums import IBAN_LENGTHS, luhn_valid

__all__ = [
    "card_shaped_lookalike",
    "cued_dotted_mobile",
    "hash_extension_end",
    "iban_head_before",
    "may_contain_dotted_mobile",
    "number_described_as_phone",
]

# A determiner, one describing word, then "number"/"no."/"num"/"#" at the end: "an old
# number, ", "the same number: ", "a different number - ". The describing word is a plain
# lower-case word (the caller has ruled out identifier nouns such as "order" or "case").
_DESCRIBED_NUMBER: Final = re.compile(
    r"(?i:\b(?:a|an|the|that|this|same|another|other|any|my|his|her|their|our|your)\s+)([a-z]{3,14})\s+"
    r"(?i:number|num|no\.?)\s*(?:is\s+|was\s+)?[,:\-\u2013]?\s*[\"'(]?$"
)
# Words that make "the X number" a count or an identifier in any text, not a phone.
# (Counts and draws; and identifier nouns of forms and records that are not in the phone
# module's identifier list: "the tax number", "your employee number".)
_NOT_PHONE_DESCRIBERS: Final = frozenset(
    [
        "total", "random", "lucky", "winning", "magic", "prime", "odd", "even", "serial",
        "reference", "tracking", "version", "tax", "vat", "employee", "student", "staff",
        "vendor", "supplier", "patient", "badge", "room", "table", "seat", "gate", "lottery",
        "ticket", "route", "bus", "platform", "unit", "lot", "page", "line", "house", "street",
        "postal", "zip", "pin", "security", "social", "insurance", "identification", "bank",
        "card", "routing", "sort", "iban", "swift", "bic", "product", "catalog", "catalogue",
        "stock", "item", "parcel", "delivery", "shipping", "registration", "vehicle", "plate",
        "license", "licence", "passport", "id", "record", "file", "tracking", "sequence",
    ]
)  # fmt: skip
# An IBAN head right before the number: two capital letters of an IBAN country and two check
# digits, then one space ("NO17 2207 9038 061").
_IBAN_HEAD: Final = re.compile(r"(?<![\w-])([A-Za-z]{2})\d\d $")
# One dot after a 2-4 digit head, then 6-8 digits: "333.1234567".
_DOTTED_MOBILE: Final = re.compile(r"\d{2,4}\.\d{6,8}")
# " #123" or " # 123" (2-6 digits) right after a number, not followed by a word character.
_HASH_EXTENSION: Final = re.compile(r" ?# ?\d{2,6}(?![\w.,]\d|[\w#])")


def number_described_as_phone(text: str, start: int, id_words: frozenset[str]) -> bool:
    """Whether "number" right before ``start`` is described by a plain word ("an old number").

    ``id_words`` are the identifier nouns (``order``, ``case``) that keep it an identifier.
    """
    match = _DESCRIBED_NUMBER.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1).lower()
    return word not in id_words and word not in _NOT_PHONE_DESCRIBERS


def iban_head_before(text: str, start: int) -> bool:
    """Whether an IBAN country code and check digits stand right before ``start``."""
    if start < 5 or text[start - 1] != " ":
        return False
    match = _IBAN_HEAD.search(text, start - 6 if start >= 6 else 0, start)
    return match is not None and match.group(1).upper() in IBAN_LENGTHS


def card_shaped_lookalike(core: str) -> bool:
    """Whether a bare digit run is card-shaped (13-19 digits, issuer digit 3-6) but fails Luhn."""
    return 13 <= len(core) <= 19 and core[0] in "3456" and not luhn_valid(core)


def may_contain_dotted_mobile(shape: str) -> bool:
    """False only when no :func:`cued_dotted_mobile` number is in a text of this shape."""
    return "00.000000" in shape


def cued_dotted_mobile(core: str) -> bool:
    """Whether ``core`` is a mobile number with one dot after its prefix ("333.1234567");
    callers ask for a phone cue before it."""
    return _DOTTED_MOBILE.fullmatch(core) is not None


def hash_extension_end(text: str, end: int) -> int:
    """The end of a " #123" extension right after ``end``, or ``end`` when there is none."""
    if end + 2 >= len(text) or (text[end] != "#" and text[end + 1] != "#"):
        return end
    match = _HASH_EXTENSION.match(text, end)
    return match.end() if match is not None else end


# Shapes that national plans write with a trunk "0" (or a "+"), so without it they need a
# phone cue: ten digits in five pairs ("10 20 30 40 50", scores and ranges; France writes
# "06 12 34 56 78"), nine digits as 2-3-4 ("15-048-3782", a D-U-N-S number; Malaysia and
# Israel write "012-345 6789"), and a run led by a year ("2023-123-4567", "2023 10 05 14 30":
# document numbers and dates).
_PAIRS_OF_FIVE: Final = re.compile(r"[1-9]\d(?:[ .\-]\d\d){4}")
_TWO_THREE_FOUR: Final = re.compile(r"[1-9]\d[ \-]\d{3}[ \-]\d{4}")
_YEAR_LED: Final = re.compile(r"(?:19[5-9]\d|20[0-4]\d)[ .\-/]\d")


def shape_needs_cue(core: str) -> bool:
    """Whether a number without "+" has a shape that is a phone only after a phone cue."""
    first = core[0]
    if first == "0" or first == "+" or first == "(":
        return False
    size = len(core)  # (each shape has one length, or its year first: cheap tests first)
    return (
        (size == 14 and _PAIRS_OF_FIVE.fullmatch(core) is not None)
        or (size == 11 and _TWO_THREE_FOUR.fullmatch(core) is not None)
        or ((first == "1" or first == "2") and _YEAR_LED.match(core) is not None)
    )


# A compound whose head is "number" ("Ordernummer", "Rechnungsnr", "ordernumber",
# "invoiceno"): an identifier unless its first part names a phone ("Telefonnummer").
# ("no" only with its dot: "Milano", "casino" end in it.)
_COMPOUND_NUMBER: Final = re.compile(
    r"(?i)([^\W\d_]{3,})(?:nummer|number|nr\.?|no\.)\s*[:#=]?\s*[\"']?$"
)
_PHONE_COMPOUND_HEADS: Final = re.compile(
    r"(?i)tele?f|phon|handy|mobil|fax|ruf|kontakt|contact|notruf|notfall|hotline|cell|whatsapp|"
    r"gsm|natel|service|support|festnetz|durchwahl|zentral|b\u00fcro|buero|office|home|work|"
    r"privat|direkt|direct|callback"
)


def compound_number_cue(text: str, start: int) -> bool:
    """Whether a compound identifier noun ("Ordernummer:") stands right before ``start``."""
    # (A cheap gate: the compound ends right before the number, past separators.)
    tail = text[max(0, start - 14) : start].rstrip(" \t\"':#=").lower()
    if not tail.endswith(("nummer", "number", "nr", "nr.", "no.")):
        return False
    match = _COMPOUND_NUMBER.search(text, max(0, start - 40), start)
    if match is None:
        return False
    head = match.group(1)
    return len(head) >= 3 and _PHONE_COMPOUND_HEADS.search(head) is None


# A phone word or key right before a number: "msisdn=", "phone: ", '"mobile": "', "tel ".
_PHONE_KEY_BEFORE: Final = re.compile(
    r"(?i)(?:phone|\btel|mobile|\bcell|msisdn|whatsapp|\bfax|\bsms)[\w-]{0,12}"
    r"[\"']?[ \t]*[:=]?[ \t]*[\"']?$"
)


def phone_key_before(text: str, start: int) -> bool:
    """Whether a phone word or key names the number at ``start`` ("msisdn=4915112345678"):
    a 12-13 digit run there that passes Luhn by chance is an E.164 number, not a card."""
    return _PHONE_KEY_BEFORE.search(text, max(0, start - 24), start) is not None


# The key right before a value: "session=", '"price_cents": ', "ttl: ".
_KEY_BEFORE: Final = re.compile(r"([A-Za-z][\w.-]{0,30})[\"']?[ \t]*[:=][ \t]*[\"']?$")
_KEY_PARTS: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Log and record keys whose values are sessions, connections, sizes, money or lifetimes (the
# phone module's identifier words cover orders, ids, counts and durations already).
_NON_PHONE_KEY_PARTS: Final = frozenset(
    [
        "session", "sid", "conn", "connection", "request", "ttl", "cookie", "key", "cents",
        "price", "cost", "fee", "balance", "visitor", "visit", "thread", "worker", "shard",
        "partition", "port", "bytes", "rx", "tx", "bps", "rate", "score", "weight", "height",
        "width", "version", "build", "etag", "ver", "signature", "sig", "digest", "fingerprint",
    ]
)  # fmt: skip
_PHONE_KEY_PARTS: Final = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "cell", "fax", "msisdn", "sms", "whatsapp",
        "caller", "callee", "contact", "callback", "telecom", "direct", "dial", "ani", "dnis",
    ]
)  # fmt: skip


def non_phone_log_key(text: str, start: int) -> bool:
    """Whether the compact number at ``start`` is the value of a key that names no phone but
    a session, size, price or lifetime ("session=4155552671", '"price_cents": 4155552671')."""
    if start == 0 or text[start - 1] not in "=:\"' \t":
        return False
    match = _KEY_BEFORE.search(text, max(0, start - 36), start)
    if match is None:
        return False
    parts = {part.lower() for part in _KEY_PARTS.findall(match.group(1))}
    return not parts.isdisjoint(_NON_PHONE_KEY_PARTS) and parts.isdisjoint(_PHONE_KEY_PARTS)
