"""Phone numbers: E.164 and national formats (US, UK, DE, FR, IN, CH, SE), with extensions.

A candidate is a run of digit groups joined by single spaces, dots, dashes or slashes, with
an optional leading ``+``, parenthesised groups (``(415)``, ``(07700)``, the trunk ``(0)``)
and an extension (``x760``, ``ext. 12``). It is a phone number when:

* it starts with ``+``: 8-15 digits (E.164 allows at most 15);
* it is one bare group: 10 or 11 digits;
* otherwise: 9-13 digits, no one-digit group after the first, dots only in the US
  ``ddd.ddd.dddd`` or French ``0d.dd.dd.dd.dd`` shapes, and not SSN- or date-shaped.

Numbers without ``+`` are rejected right after an identifier cue ("order", "invoice",
"tracking", "SKU", "ID", "#", "timestamp", ...), which keeps order and tracking numbers out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from processors.redaction.lookalikes import csv_id_column
from processors.redaction.phone_context import (
    generic_owned_by_phone,
    hungarian_one_digit_area,
    iban_tail,
    national_dotted_ok,
    phone_cue_after,
    phone_cue_before,
    short_national_ok,
    short_needs_cue,
    spaced_slash_ok,
)
from processors.redaction.spans import PHONE_NUMBER, PiiSpan
from processors.redaction.structured10_phone_ext import marked_extension_end
from processors.redaction.structured_phone_cues import (
    card_shaped_lookalike,
    compound_number_cue,
    cued_dotted_mobile,
    hash_extension_end,
    iban_head_before,
    non_phone_log_key,
    number_described_as_phone,
    shape_needs_cue,
)

__all__ = ["find_phones", "may_contain_phone"]

_GROUP = r"(?:\(\d{1,6}\)|\d+)"
# The look-behind sits after the first character (``.`` stands for it) so that the regex
# engine can skip ahead to a ``+``, ``(`` or digit instead of testing it at every position.
# A "+" number may follow a comma (CSV fields); a bare one may not ("1,299").
# After a colon only when a word precedes it ("sms:0404 516 293"), never a digit ("10:30").
_NOT_AFTER = r"(?<![\w+./#-].)(?<![\d\W]:.)"
# "tel:+1..." is a phone; "10:+5" is not.
_PLUS_NOT_AFTER = r"(?<![\w+./#-].)(?<!\d:.)"
_CANDIDATE = re.compile(
    rf"(?>(?:\+{_PLUS_NOT_AFTER}[ ]?{_GROUP}|\({_NOT_AFTER}\+?\d{{1,6}}\)|"
    # (set 8) a trunk-"0" area code, then a dash with spaces: "020 - 607 46 41"
    rf"0{_NOT_AFTER}\d{{1,5}} - (?=\d)|\d{_NOT_AFTER}\d*)"
    r"(?:(?:[ .\-/\u2013\u00a0]| / |[ ]?(?=\())?(?:\(0\)[ ]?)?" + _GROUP + r")*+)"
    # (set 8) and after a comma: "052 030 3522, ext. 62"
    r"(?P<ext>(?:[ ]?|,[ ]?(?=(?i:ext)))(?i:x|ext[.:]?|extension)[ ]?\d{1,6})?"
    # A comma and a digit after: thousands ("1,299"), unless four digits end the run, which no
    # thousands group has (a CSV row's next field: "Ana,415-555-2671,42").
    r"(?![\w+/-]|[.:]\d|(?<!\d{4}),\d|\(\d)"
)
_DIGITS = re.compile(r"\d+")
_CURRENCY_SIGNS = frozenset("$\u20ac\u00a3\u00a5\u20b9\u20a9\u20ab\u20bd\u20ba\u00a2")
_US_DOTS = re.compile(r"(?:1\.)?\d{3}\.\d{3}\.\d{4}")
_FR_DOTS = re.compile(r"0\d(?:\.\d\d){4}")
_SSN_SHAPE = re.compile(r"\d{3}[-\u2013]\d{2}[-\u2013]\d{4}")
_DATE_SHAPE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# The word right before a number (after "#", ":", "=", quotes) that makes it an identifier.
_ID_WORDS = frozenset(
    [
        "order",
        "invoice",
        "inv",
        "ref",
        "reference",
        "tracking",
        "track",
        "sku",
        "id",
        "ticket",
        "case",
        "serial",
        "part",
        "item",
        "confirmation",
        "transaction",
        "txn",
        "po",
        "isbn",
        "batch",
        "lot",
        "model",
        "version",
        "build",
        "timestamp",
        "epoch",
        "ts",
        "account",
        "acct",
        "customer",
        "member",
        "policy",
        "claim",
        "booking",
        "reservation",
        "shipment",
        "parcel",
        "package",
        "receipt",
        "no",
        "nr",
        "num",
        "number",
        "code",
        "pin",
        "zip",
        "postcode",
        "waybill",
        "awb",
        "consignment",
        "hash",
        "span",
        "trace",
        "uuid",
        "imei",
        "iccid",
        "ean",
        "upc",
        "gtin",
        "asin",
        "vin",
        "mrn",
        "ns",
        "size",
        "pallet",
        "carton",
        "crate",
        "skid",
        "container",
        "shipping",
        "usps",
        "ups",
        "fedex",
        "dhl",
        "gls",
        "dpd",
        "tnt",
        "correios",
        "yamato",
        "poste",
        "hermes",
        "evri",
        "parcelforce",
        "routing",
        "aba",
        "sort",
        # (set 7) national identity and tax numbers, which are no phones
        "nhs",
        "sin",
        "nino",
        "aadhaar",
        "aadhar",
        "tfn",
        "abn",
        "acn",
        "cpf",
        "cnpj",
        "curp",
        "rut",
        "nif",
        "nie",
        "dni",
        "bsn",
        "pesel",
        "vat",
        "eori",
        "isin",
        "tin",
        "itin",
        "npi",
        "passport",
        "licence",
        "license",
        "nric",
        "hkid",
        "ird",
        # (set 7) log keys of counts, sizes, durations and checksums ("latency_ms=1234567890")
        "rma",
        "conf",
        "seq",
        "sequence",
        "uid",
        "gid",
        "pid",
        "tid",
        # (set 7) more identifier nouns, and their German, French, Spanish, Italian, Dutch kin
        "docket",
        "voucher",
        "coupon",
        "promo",
        "folio",
        "dossier",
        "pnr",
        "incident",
        "req",
        "job",
        "quote",
        "quotation",
        "estimate",
        "contract",
        "loan",
        "application",
        "registration",
        "membership",
        "subscription",
        "s/n",
        "p/n",
        "article",
        "flight",
        "cheque",
        "remittance",
        "uetr",
        "mandate",
        "bestellnummer",
        "bestellung",
        "kundennummer",
        "rechnung",
        "rechnungsnummer",
        "sendungsnummer",
        "auftrag",
        "auftragsnummer",
        "aktenzeichen",
        "vorgang",
        "commande",
        "facture",
        "suivi",
        "colis",
        "pedido",
        "factura",
        "seguimiento",
        "ordine",
        "fattura",
        "spedizione",
        "pratica",
        "bestelling",
        "factuur",
        "zending",
        "inode",
        "offset",
        "count",
        "amount",
        "bytes",
        "mem",
        "memory",
        "latency",
        "duration",
        "elapsed",
        "took",
        "ms",
        "ns",
        "msec",
        "usec",
        "millis",
        "nanos",
        "checksum",
        "crc",
        "crc32",
        "nonce",
        "salt",
        "seed",
        "rev",
        "revision",
        "commit",
        "sha",
        "errno",
        "rows",
        "hits",
        "views",
        "packets",
        "pkts",
        # (set 8) more log keys of counters, positions and sizes ("lag=3494220176")
        "lag",
        "pos",
        "position",
        "cursor",
        "counter",
        "total",
        "sum",
        "len",
        "length",
        "index",
        "idx",
        "watermark",
        "lsn",
        "xid",
        "generation",
        "records",
        "messages",
        "msgs",
        "events",
        "requests",
        "reqs",
        "tokens",
        "uptime",
        "heap",
        "rss",
        "nanotime",
        "attempts",
        "retries",
    ]
)
# Words are what lies between white space and the separators "'#:=.,;()[]{}|. In a reversed
# text, the first three words (the last three of the text, reversed), after leading separators.
_SEPARATOR = r"[\s\"'#:=.,;()\[\]{}|]"
_SEPARATOR_CHARS = "\"'#:=.,;()[]{}|"  # the same without \s (str.isspace is \s)
_WORD = r"[^\s\"'#:=.,;()\[\]{}|]+"
_WORDS = re.compile(_WORD)
_LAST_WORDS_REVERSED = re.compile(
    rf"{_SEPARATOR}*({_WORD})(?:{_SEPARATOR}+({_WORD})(?:{_SEPARATOR}+({_WORD}))?)?"
)
# "number", "no", "id" name an identifier only right before it ("new number is ..." is a
# phone); further back they may stand between the noun and its number ("order number is").
_GENERIC_WORDS = frozenset(["no", "nr", "num", "number", "id", "code"])
# Words that may stand between an identifier noun and its number.
_SKIPPABLE = frozenset(["says", "said", "is", "was", "shows", "reads", "of", "the", "your", "my"])
# Each identifier noun, and its plural, to the noun ("orders" -> "order").
_ID_WORD_FORMS = {word: word for word in _ID_WORDS} | {word + "s": word for word in _ID_WORDS}
# Unix seconds from 2014 to 2033. North American area codes never start with 1, so a bare
# ten-digit "14..."-"19..." is a timestamp unless a phone cue says otherwise.
_EPOCH = re.compile(r"1[4-9]\d{8}")
_PHONE_CUE = re.compile(
    r"(?i)(?:phone|tel|telephone|mobile|cell|fax|call|callback|contact|whatsapp|sms|msisdn)\b"
)
# The parts of a key written in snake or camel case: "phone_number", "bookingRef".
_KEY_PART = re.compile(r"[_-]|(?<=[a-z])(?=[A-Z])")  # and (set 7) "Tracking-ID", "Tel-Nr"
# A key with one of these parts names personal data ("phone_number", "mobileNo", "ccNumber"),
# so its last part ("number", "no") is not an identifier cue.
_PII_KEY_PARTS = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "cell", "fax", "callback", "whatsapp", "sms",
        "msisdn", "cc", "card", "pan", "credit", "ssn", "iban", "account", "acct",
        "caller", "callee", "callerid", "telefon", "handy", "mobil", "natel", "gsm",
    ]
)  # fmt: skip


# What every phone number that _shape_ok accepts looks like in ascii_shape(), where a digit
# reads "0". A "+" number has a "+". A number without one has ten or more digits and is
# * one bare run of ten or eleven digits, or groups joined by spaces, dashes, slashes or
#   parentheses (so a digit, such separators and a digit), all in one run of those characters,
# * or dotted as in the US ("000.000.0000") or France ("00.00.00.00.00"),
# * or "00" and an international number, which may have dots too.
_BARE_OR_GROUPED_DIGITS = re.compile(r"0(?<!00)(?:0{9,12}(?!0)|0*[ \-/()]+0)")
# bytes.translate tables that leave one "0" per digit of each run of phone characters
# (separators dropped, anything else "|"): without and with the dots.
_RUNS = b"|" * ord("0") + b"0" * 10 + b"|" * (256 - ord("9") - 1)
_SEPARATORS = b" -/()"
_SEPARATORS_AND_DOTS = b" .-/()"


def may_contain_phone(text: str, shape: str) -> bool:
    """False only when :func:`find_phones` certainly finds nothing in ``text``.

    ``shape`` is ``ascii_shape(text)`` (see :mod:`processors.redaction.shapes`).
    """
    if "+" in text or "000.000.0000" in shape or "00.00.00.00.00" in shape:
        return True
    if not text.isascii() and ("\u2013" in text or "\u00a0" in text):
        return True  # groups may be joined by an en dash or a no-break space, not in the tables
    # Eight digits: the shortest national number ("2967-6912" after a phone cue).
    # (bytes.find, not `in`: `in` on bytes first tries its needle as an int, which is slow)
    raw = text.encode("utf-8", "surrogatepass")
    if (
        raw.translate(_RUNS, _SEPARATORS).find(b"00000000") >= 0
        and _BARE_OR_GROUPED_DIGITS.search(shape) is not None
    ):
        return True
    return "00" in text and raw.translate(_RUNS, _SEPARATORS_AND_DOTS).find(b"0000000000") >= 0


def _shape_ok(core: str) -> bool:
    if core.isdigit():  # one group: the cases below that apply to it, without the regex
        if core.startswith("00") and core[2:3] not in ("", "0", " "):
            return 10 <= len(core) <= 17
        return 10 <= len(core) <= 13  # 12-13 only after a phone cue (see short_needs_cue)
    groups = _DIGITS.findall(core)
    digits = sum(map(len, groups))
    if core.startswith(("+", "(+")):
        return 8 <= digits <= 15
    if core.startswith("00") and core[2:3] not in ("", "0", " "):
        return 10 <= digits <= 17  # "0044 20 7946 0958": the 00 international prefix
    if len(groups) == 1:
        return 10 <= digits <= 13  # 12-13 only after a phone cue (see short_needs_cue)
    if " / " in core and not spaced_slash_ok(core):
        return False  # "2019 / 2020 / 2021"; "089 / 123 456 78" is a number (set 7)
    if "." in core and national_dotted_ok(core):
        return True  # "0738.731.941", "0474/12.34.56" (set 7)
    if (digits == 9 or digits == 8) and "." not in core:
        return short_national_ok(core, groups)
    if not 10 <= digits <= 13:
        return False
    if min(map(len, groups[1:])) == 1 and not hungarian_one_digit_area(groups):
        return False  # a one-digit group after the first
    if "." in core:
        return bool(_US_DOTS.fullmatch(core) or _FR_DOTS.fullmatch(core))
    if len(groups) >= 6 and all(len(g) == 2 for g in groups):
        return False  # "89-96-15-94-92-83": a MAC-like run of pairs, not a phone
    return not (_SSN_SHAPE.fullmatch(core) or _DATE_SHAPE.fullmatch(core))


def id_cue_word(text: str, start: int) -> str:
    """The identifier cue right before ``start`` ("order", "waybill", "id"), or ``""``.

    Separators may stand between ("order #", "waybill: ", 'id="'). A phone cue in the 25
    characters before cancels it ("phone number:" ends with a cue word too).
    """
    # (Speed: the last word alone decides most numbers; it is found without a regex.)
    last_word = _last_word(text, start)
    if last_word is None:
        return ""  # no word before the number
    verdict = _cue_verdict(text, start, last_word, is_last=True)
    if verdict is not None:
        return verdict
    # The cue may be up to two words back: "tracking says 3791 476 4506", "order no. 1234".
    # The 40 characters before the number are read backwards (reversed), so one anchored
    # match takes the last three words, last first, and reads no further.
    words = _LAST_WORDS_REVERSED.match(text[max(0, start - 40) : start][::-1])
    if words is None:
        return ""  # (not reached: last_word is its first word)
    for reversed_word in words.groups()[1:]:
        if reversed_word is None:
            break
        verdict = _cue_verdict(text, start, reversed_word[::-1], is_last=False)
        if verdict is not None:
            return verdict
    return ""


def _last_word(text: str, start: int) -> str | None:
    """The first group of :data:`_LAST_WORDS_REVERSED` (unreversed) on the 40 characters
    before ``start``: the last run of non-separators there, or None when there is none."""
    low = max(0, start - 40)
    end = start
    while end > low and (text[end - 1].isspace() or text[end - 1] in _SEPARATOR_CHARS):
        end -= 1
    begin = end
    while begin > low and not (text[begin - 1].isspace() or text[begin - 1] in _SEPARATOR_CHARS):
        begin -= 1
    return text[begin:end] if begin < end else None


def _cue_verdict(text: str, start: int, word: str, *, is_last: bool) -> str | None:
    """What ``word``, one of the last words before ``start``, says: the cue it names (``""``
    when a phone cue is near), ``""`` when it ends the search, or ``None`` when the search
    goes on to the word before it."""
    lower = word.lower()
    if (
        "_" in word
        or "-" in word
        or (not word.islower() and not word.isupper() and word[1:] != word[1:].lower())
    ):  # ("SSN", "IP": all capitals, no camel-case part to split off)
        # span_id, order_no, bookingRef: the last part names the key; phone_number does not
        parts = [part.lower() for part in _KEY_PART.split(word) if part]
        if len(parts) > 1 and (
            not _PII_KEY_PARTS.isdisjoint(parts)
            or (parts[0] == "contact" and parts[-1] in _GENERIC_WORDS and parts[-1] != "id")
        ):  # "contact_no" is a phone (set 7); "contact_id" is an identifier
            return ""
        lower = parts[-1] if parts and lower not in _ID_WORDS else lower  # FedEx
    cue = _ID_WORD_FORMS.get(lower)
    if cue is None:  # not an identifier noun: the search ends unless the word is skippable
        return None if lower in _SKIPPABLE else ""
    if cue not in _GENERIC_WORDS or is_last:
        if cue in _GENERIC_WORDS:
            words = _WORDS.findall(text, max(0, start - 40), start)[-3:]
            if generic_owned_by_phone(words, word):
                return ""  # "the support number 04 95 ...", "my new number ..."
        return "" if _PHONE_CUE.search(text[max(0, start - 25) : start]) else cue
    return None  # "number", "no" further back: "order number is ..."


def after_id_cue(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an identifier cue (see :func:`id_cue_word`)."""
    return bool(id_cue_word(text, start))


def find_phones(text: str) -> Iterator[PiiSpan]:
    """Yield phone numbers (with their extension) as described in the module docstring."""
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if end - start < 8:  # most candidates are short numbers; the core is shorter still
            continue
        ext_start = match.start("ext")  # -1 without an extension
        core = text[start : ext_start if ext_start >= 0 else end]
        if len(core) < 8 or not (
            _shape_ok(core) or (cued_dotted_mobile(core) and phone_cue_before(text, start))
        ):  # (set 10 round hook: "333.1234567" after a phone cue)
            continue
        if start > 1 and text[start - 1] == "," and text[start - 2].isdigit() and core.isdigit():
            continue  # "1,2345678901": digits grouped by thousands, not a CSV phone field
        if (
            not core.startswith(("+", "(+"))
            and after_id_cue(text, start)
            and not number_described_as_phone(text, start, _ID_WORDS)  # "an old number" (hook)
        ) or (core[0] != "+" and compound_number_cue(text, start)):  # "Ordernummer" (hook)
            continue
        if core.isdigit() and non_phone_log_key(text, start):  # "session=..." (hook)
            continue
        if "\n" in text and csv_id_column(text, start):
            continue  # under a CSV header's identifier column ("order_id") (set 7)
        if start and text[start - 1] in _CURRENCY_SIGNS:
            continue  # "¥12345678901", "$4155552671": an amount (set 7)
        if (
            (short_needs_cue(core, text, start, end) or shape_needs_cue(core))  # (hook)
            and not phone_cue_before(text, start)
            and not phone_cue_after(text, end)  # "256702373770 whatsapp" (set 8)
        ):
            continue
        if iban_tail(text, start) or iban_head_before(text, start):  # (hook: "NO17 2207 ...")
            continue
        if (
            core.isdigit()
            and card_shaped_lookalike(core)  # (set 10 round hook: a mistyped card)
            and not phone_cue_after(text, end)
            and not _PHONE_CUE.search(text, max(0, start - 40), start)
        ):
            continue
        if _EPOCH.fullmatch(core) and not _PHONE_CUE.search(text, max(0, start - 25)):
            continue
        if ext_start < 0:
            end = hash_extension_end(text, end)  # (set 10 round hook: " #123")
            end = marked_extension_end(text, end)  # "x.532", "extn 12" (struct10 hook)
        yield PiiSpan(start, end, PHONE_NUMBER)
