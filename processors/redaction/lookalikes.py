"""Rules (found on set 7) that tell structured look-alikes from PII by validity and context.

* A number in a CSV row whose header names an identifier column ("id,ean,stock",
  "sku,tracking,qty") is that identifier, not a card or phone (a header naming personal
  data, "card_number" or "phone", keeps it; stop 38: and under a phone column a number of
  eight digits is a phone without a cue word); (stop 30) a dotted quad under a software column
  ("version,build,sha") is a version, not an IP address.
* A 12-14 digit run that passes the GS1 check digit (EAN-13, UPC-A, GTIN-14) in a text that
  speaks of products or barcodes ("ean", "gtin", "upc", "barcode", "sku") is a product code.
* "icon@2x.png" is an image file (the @2x/@3x density suffix), not an e-mail address.
* "git@github.com:org/repo.git" is an SSH remote: a colon and a path right after the host.
* Eight colon-separated pairs of hex digits ("32:94:d9:20:cf:15:be:46") are an EUI-64 or a
  MAC-like identifier: ``ipaddress`` parses them, but no one writes an address that way.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.csv_rows import csv_fields

__all__ = [
    "UPS_HEAD",
    "csv_id_column",
    "csv_phone_column",
    "eui64_like",
    "gs1_valid",
    "image_file_name",
    "product_code_context",
    "product_code_lookalike",
    "scp_remote",
]

# Header words that name an identifier column (the last part of "order_id", "ean13", ...).
_ID_COLUMN_PARTS: Final = frozenset(
    [
        "id", "ean", "ean13", "gtin", "upc", "isbn", "sku", "barcode", "tracking", "waybill",
        "awb", "order", "invoice", "ref", "reference", "serial", "imei", "iccid", "batch",
        "lot", "ticket", "case", "txn", "transaction", "hash", "uuid", "code", "asin", "part",
        "model", "item", "product", "shipment", "parcel", "routing", "aba", "timestamp", "ts",
        "epoch", "stock", "qty", "quantity", "price", "amount", "total",
        # (stop 30) software columns: "version,build,sha\n12.1.5.66,..." holds no address
        "version", "ver", "build", "release", "firmware", "fw", "sha", "commit", "revision",
    ]
)  # fmt: skip
# Header parts that name personal data: a column "card_number" or "phone_id" keeps its values.
_PII_COLUMN_PARTS: Final = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "cell", "fax", "msisdn", "whatsapp", "card",
        "cc", "pan", "credit", "ssn", "iban", "contact",
    ]
)  # fmt: skip
# (stop 38) Header parts that name a phone column.
_PHONE_COLUMN_PARTS: Final = frozenset(
    ["phone", "tel", "telephone", "mobile", "cell", "fax", "msisdn", "whatsapp"]
)
# (stop 38) The head of a UPS tracking number: "1Z" and a shipper code of three letters or
# digits, spaced or not ("1Z DFD 720 33 9354 1567"); the digits after it are no phone and no
# house number (phone_context.iban_tail, street_lookalikes.ups_tracking_number).
UPS_HEAD: Final = r"1Z ?[A-Z0-9]{3} ?"
_HEADER_FIELD: Final = re.compile(r"[\"']?[A-Za-z][\w .#-]{0,30}[\"']?")
_PARTS: Final = re.compile(r"[a-z0-9]+")
_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PAYMENT_WORDS: Final = re.compile(r"(?i)card|visa|mastercard|amex|\bcc\b|payment|\bpan\b")
_PRODUCT_WORDS: Final = re.compile(r"(?i)\b(?:ean|gtin|upc|barcode|bar\s+code|sku|ean-?13|isbn)")


def csv_id_column(text: str, start: int) -> bool:
    """Whether the value at ``start`` sits in a CSV row under a header naming an identifier."""
    parts = csv_column_parts(text, start)
    return (
        bool(parts)
        and parts.isdisjoint(_PII_COLUMN_PARTS)
        and not parts.isdisjoint(_ID_COLUMN_PARTS)
    )


def csv_phone_column(text: str, start: int) -> bool:
    """(Stop 38) Whether the value at ``start`` sits in a CSV row under a header naming a phone
    ("first_name,last_name,email,phone" over "Raffaele,Giordano,rg@...,9573 8192")."""
    return not csv_column_parts(text, start).isdisjoint(_PHONE_COLUMN_PARTS)


def csv_column_parts(text: str, start: int) -> set[str]:
    """The lower-case parts of the name of the CSV column the value at ``start`` sits in
    ("order_id" and "orderId" give {"order", "id"}), or an empty set outside a CSV row under a
    header line (the text's first line)."""
    header_end = text.find("\n")
    if header_end < 0 or start <= header_end or "," not in text[:header_end]:
        return set()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    header = csv_fields(text[:header_end])
    # (stop 38: a quoted field may hold commas, '"10811 Hummingbird Cir, Columbus, OH"')
    row = csv_fields(text[line_start : line_end if line_end >= 0 else len(text)])
    # A header row: as many fields as this row, each a short name ("Order 12, shipped" is prose).
    if len(row) != len(header):
        return set()
    if not all(_HEADER_FIELD.fullmatch(field.strip()) for _, field in header):
        return set()
    at = start - line_start
    column = sum(1 for offset, _ in row[1:] if offset <= at)
    name = _CAMEL.sub("_", header[column][1].strip().strip("\"'")).lower()
    return set(_PARTS.findall(name))


def gs1_valid(digits: str) -> bool:
    """True when ``digits`` (8, 12, 13 or 14 ASCII digits) passes the GS1 mod-10 check digit."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isascii() or not digits.isdigit():
        return False
    # From the right, the check digit has weight 1, then the weights alternate 3, 1, 3, ...
    body = digits[:-1][::-1]
    total = 3 * sum(map(int, body[::2])) + sum(map(int, body[1::2]))
    return (10 - total % 10) % 10 == int(digits[-1])


def product_code_context(text: str) -> bool:
    """Whether ``text`` speaks of product codes or barcodes anywhere."""
    return _PRODUCT_WORDS.search(text) is not None


def eui64_like(candidate: str) -> bool:
    """Whether an IPv6-parsable ``candidate`` is eight pairs of hex digits (EUI-64, MAC-like)."""
    return len(candidate) == 23 and all(len(group) == 2 for group in candidate.split(":"))


def product_code_lookalike(text: str, start: int, digits: str) -> bool:
    """Whether the card-valid ``digits`` at ``start`` are an identifier column's value or a
    product code (GS1-valid in a text about products, with no payment word)."""
    if "\n" in text and csv_id_column(text, start):
        return True
    return gs1_valid(digits) and product_code_context(text) and _PAYMENT_WORDS.search(text) is None


_IMAGE_EXTENSIONS: Final = frozenset(
    ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic"]
)


def image_file_name(candidate: str) -> bool:
    """Whether an e-mail-shaped ``candidate`` is an image file name ("logo@2x.png")."""
    extension = candidate[candidate.rfind(".") + 1 :]
    # (the first letter spares most domains, ".com", ".de", ".org", a lower())
    return extension[:1] in "pjgswbitahPJGSWBITAH" and extension.lower() in _IMAGE_EXTENSIONS


def scp_remote(text: str, end: int) -> bool:
    """Whether the e-mail-shaped match ending at ``end`` is an SSH/SCP remote ("user@host:path")."""
    return end + 1 < len(text) and text[end] == ":" and text[end + 1] in "/~" + _PATH_START


_PATH_START: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_."
