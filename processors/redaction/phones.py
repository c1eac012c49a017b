"""Phone numbers: E.164 and national formats (US, UK, DE, FR, IN, CH, SE), with extensions.

A candidate is a run of digit groups joined by single spaces, dots, dashes or slashes, with
an optional leading ``+``, parenthesised groups (``(415)``, ``(07700)``, the trunk ``(0)``)
and an extension (``x760``, ``ext. 12``). It is a phone number when:

* it starts with ``+``: 8-15 digits (E.164 allows at most 15);
* it is one bare group: 10 or 11 digits;
* otherwise: 9-13 digits, no one-digit group after the first, dots only in the US
  ``ddd.ddd.dddd`` or French ``0d.dd.dd.dd.dd`` shapes, and not SSN- or date-shaped.

Numbers without ``+`` are rejected right after an identifier cue ("order", "invoice",
"tracking", "SKU", "ID", "#", "timestamp", ...), which keeps order and tracking numbers out;
so are numbers with ``+`` after a shipping cue ("Waybill +38 809 716 740": set 11).

Parts elsewhere: the shape test in :mod:`processors.redaction.phone_shapes`, the identifier
cues in :mod:`processors.redaction.phone_id_cues`, phone cues and national shapes in
:mod:`processors.redaction.phone_context`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.lookalikes import csv_id_column, csv_phone_column
from processors.redaction.phone37_local import (
    BARE_NUMBER_CUE_WORDS,
    cued_bare_national,
    cued_local_seven,
    grid_reference,
    rating_cut,
)
from processors.redaction.phone42_fiction import (
    dated_build_number,
    fictional_test_number,
    mpan_core,
)
from processors.redaction.phone_context import (
    iban_tail,
    parcel_state_after,
    phone_cue_after,
    phone_cue_before,
    short_needs_cue,
)
from processors.redaction.phone_id_cues import (
    ID_WORDS,
    PHONE_CUE,
    after_id_cue,
    after_shipping_cue,
    id_cue_word,
)
from processors.redaction.phone_shapes import shape_ok
from processors.redaction.spans import PHONE_NUMBER, PiiSpan
from processors.redaction.structured10_phone_ext import marked_extension_end
from processors.redaction.structured12_phones import called_number, exit_dialled, not_a_phone
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
from processors.redaction.substrings import holds_any

__all__ = ["find_phones", "may_contain_phone"]

# (stop 31) Identifier nouns that label a record, never a phone line (not a carrier's name, not
# "shipping", "customer" or "number", which may: "FedEx: +1 800 ...", "customer +44 ..."; not
# a bare "id" either: "user_id=+44 ..." may be a login by phone number).
_RECORD_WORDS: Final = frozenset(
    ["ref", "reference", "invoice", "inv", "ticket", "order", "booking", "rma", "po",
     "receipt", "txn", "transaction", "confirmation", "conf", "claim", "policy", "voucher",
     "coupon", "sku", "serial", "batch", "lot", "incident", "job", "pnr", "reservation",
     "quotation", "quote", "docket", "dossier", "folio"]
)  # fmt: skip

_GROUP: Final = r"(?:\(\d{1,6}\)|\d+)"
# The look-behind sits after the first character (``.`` stands for it) so that the regex
# engine can skip ahead to a ``+``, ``(`` or digit instead of testing it at every position.
# A "+" number may follow a comma (CSV fields); a bare one may not ("1,299").
# After a colon only when a word precedes it ("sms:0404 516 293"), never a digit ("10:30").
_NOT_AFTER: Final = r"(?<![\w+./#-].)(?<![\d\W]:.)"
# "tel:+1..." is a phone; "10:+5" is not.
_PLUS_NOT_AFTER: Final = r"(?<![\w+./#-].)(?<!\d:.)"
_CANDIDATE: Final = re.compile(
    rf"(?>(?:\+{_PLUS_NOT_AFTER}[ ]?{_GROUP}|\({_NOT_AFTER}\+?\d{{1,6}}\)|"
    # (set 8) a trunk-"0" area code, then a dash with spaces: "020 - 607 46 41"
    rf"0{_NOT_AFTER}\d{{1,5}} - (?=\d)|\d{_NOT_AFTER}\d*)"
    # (struct12) and the typographic joiners: non-breaking hyphen, figure dash, thin and
    # narrow no-break spaces ("020\u20117946\u20110958", French "06\u202f12\u202f34 ...")
    r"(?:(?:[ .\-/\u2013\u00a0\u2009\u2011\u2012\u202f]| / |[ ]?(?=\())?(?:\(0\)[ ]?)?"
    + _GROUP
    + r")*+)"
    # (set 8) and after a comma: "052 030 3522, ext. 62"
    r"(?P<ext>(?:[ ]?|,[ ]?(?=(?i:ext)))(?i:x|ext[.:]?|extension)[ ]?\d{1,6})?"
    # A comma and a digit after: thousands ("1,299"), unless four digits end the run, which no
    # thousands group has (a CSV row's next field: "Ana,415-555-2671,42").
    r"(?![\w+/-]|[.:]\d|(?<!\d{4}),\d|\(\d)"
)
# (stop 38) A run of eight digits: a bare national number starts with one.
_EIGHT_DIGITS: Final = re.compile(r"\d{8}")
_TYPOGRAPHIC_JOINERS: Final = "\u2013\u00a0\u2009\u2011\u2012\u202f"
_CURRENCY_SIGNS: Final = frozenset("$\u20ac\u00a3\u00a5\u20b9\u20a9\u20ab\u20bd\u20ba\u00a2")
# Unix seconds from 2014 to 2033. North American area codes never start with 1, so a bare
# ten-digit "14..."-"19..." is a timestamp unless a phone cue says otherwise.
_EPOCH: Final = re.compile(r"1[4-9]\d{8}")


# What every phone number that shape_ok accepts looks like in ascii_shape(), where a digit
# reads "0". A "+" number has a "+". A number without one has ten or more digits and is
# * one bare run of ten or eleven digits, or groups joined by spaces, dashes, slashes or
#   parentheses (so a digit, such separators and a digit), all in one run of those characters,
# * or dotted as in the US ("000.000.0000", "(000) 000.0000") or France ("00.00.00.00.00"),
# * or "00" and an international number, which may have dots too.
_BARE_OR_GROUPED_DIGITS: Final = re.compile(r"0(?<!00)(?:0{9,12}(?!0)|0*[ \-/()]+0)")
# bytes.translate tables that leave one "0" per digit of each run of phone characters
# (separators dropped, anything else "|"): without and with the dots.
_RUNS: Final = b"|" * ord("0") + b"0" * 10 + b"|" * (256 - ord("9") - 1)
_SEPARATORS: Final = b" -/()"
_SEPARATORS_AND_DOTS: Final = b" .-/()"


def may_contain_phone(text: str, shape: str) -> bool:
    """False only when :func:`find_phones` certainly finds nothing in ``text``.

    ``shape`` is ``ascii_shape(text)`` (see :mod:`processors.redaction.shapes`).
    """
    if "+" in text or "000.000.0000" in shape or "00.00.00.00.00" in shape:
        return True
    if "0) 000.0000" in shape or "0)000.0000" in shape:
        return True  # (stop 43) "(902) 355.1919"
    if not text.isascii() and any(joiner in text for joiner in _TYPOGRAPHIC_JOINERS):
        return True  # groups may be joined by an en dash or a no-break space, not in the tables
    # Eight digits: the shortest national number ("2967-6912" after a phone cue).
    # (bytes.find, not `in`: `in` on bytes first tries its needle as an int, which is slow)
    raw = text.encode("utf-8", "surrogatepass")
    if (
        raw.translate(_RUNS, _SEPARATORS).find(b"00000000") >= 0
        and _BARE_OR_GROUPED_DIGITS.search(shape) is not None
    ):
        return True
    if "000 0000" in shape or "000-0000" in shape:
        return True  # (stop 37) a seven-digit local number after a phone word: "TEL 967 2596"
    if "00" in text and raw.translate(_RUNS, _SEPARATORS_AND_DOTS).find(b"0000000000") >= 0:
        return True
    # (stop 38, last: the costliest) eight or nine bare digits after a phone key
    return "00000000" in shape and _cued_eight_digits(text, shape)


def _cued_eight_digits(text: str, shape: str) -> bool:
    """(Stop 38) A necessary condition of :func:`phone37_local.cued_bare_national`: a phone
    word in the 30 characters before a run of eight digits, or in a CSV header line (speed:
    windows, not a search of the whole text for the words; in ASCII text the runs are found
    in ``shape``, whose places are the text's)."""
    header_end = text.find("\n")
    if header_end > 0 and holds_any(text[:header_end].lower(), BARE_NUMBER_CUE_WORDS):
        return True
    if text.isascii():
        at = shape.find("00000000")
        while at >= 0:
            if holds_any(text[max(0, at - 30) : at].lower(), BARE_NUMBER_CUE_WORDS):
                return True
            end = at + 8  # (a number starts a run: no candidate starts after a digit)
            while end < len(shape) and shape[end] == "0":
                end += 1
            at = shape.find("00000000", end)
        return False
    for run in _EIGHT_DIGITS.finditer(text):
        if holds_any(text[max(0, run.start() - 30) : run.start()].lower(), BARE_NUMBER_CUE_WORDS):
            return True
    return False


def _plus_id(text: str, start: int) -> bool:
    """(Stop 31) A "+" number right after an identifier noun of a record (_RECORD_WORDS:
    "ticket +62 258 753 957", "Ref +96 705 757 647") with no phone cue before it: an
    identifier written with a plus. No gold phone of our corpora stands so."""
    return id_cue_word(text, start) in _RECORD_WORDS and not phone_cue_before(text, start)


# (stop 35) A card's label right before a number ("CARD 4710 7784 06078", "card no: ...").
_CARD_BEFORE: Final = re.compile(r"(?i:\bcard(?: no\.?| number| #)?:?[ \t]*)$")
_NOT_DIGIT: Final = re.compile(r"\D")
# (stop 46) A British or Irish animal's ear tag: the country's letters, then a herd mark and
# an animal's number (UK: six and six digits; Ireland: no trunk "0" as a phone has).
_EAR_TAG_BEFORE: Final = re.compile(r"(?<![\w-])(?:UK|IE) $")
_EAR_TAG: Final = re.compile(r"\d{6} \d{6}|[1-9]\d \d{3} \d{4}")
# (stop 35) An SSN's shape after an SSN's word: the SSN finder has judged it (invalid ones stay).
_SSN_SHAPE: Final = re.compile(r"\d{3}([.-])\d{2}\1\d{4}")
_SSN_BEFORE: Final = re.compile(r"(?i:ssn|social security|soc\. sec)")


def find_phones(text: str) -> Iterator[PiiSpan]:
    """Yield phone numbers (with their extension) as described in the module docstring."""
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if end - start < 8:  # most candidates are short numbers; the core is shorter still
            continue
        ext_start = match.start("ext")  # -1 without an extension
        core = text[start : ext_start if ext_start >= 0 else end]
        if core[0] == "+" and ext_start < 0:
            cut = rating_cut(text, core, end)  # (stop 37) "+65 9984 1829 10/10"
            if cut:
                end -= cut
                core = core[:-cut]
        if len(core) < 8 or not (
            shape_ok(core)
            or (cued_dotted_mobile(core) and phone_cue_before(text, start))
            or exit_dialled(core)  # "00 44 20 7946 0958" (struct12 hook)
            or cued_local_seven(text, start, core)  # (stop 37) "TEL 967 2596"
            or cued_bare_national(text, start, core)  # (stop 38) 'phone="88207554"'
        ):  # (set 10 round hook: "333.1234567" after a phone cue)
            continue
        if (
            start > 1
            and text[start - 1] == ","
            and text[start - 2].isdigit()
            and core.isdigit()
            and not csv_phone_column(text, start)  # (stop 38) "order_id,phone\n123,88207554"
        ):
            continue  # "1,2345678901": digits grouped by thousands, not a CSV phone field
        if (
            (not core.startswith(("+", "(+")) or after_shipping_cue(text, start))  # (set 11)
            and after_id_cue(text, start)
            and not number_described_as_phone(text, start, ID_WORDS)  # "an old number" (hook)
            and not called_number(text, start, end)  # "unknown number ... keeps calling" (hook)
        ) or (core[0] != "+" and compound_number_cue(text, start)):  # "Ordernummer" (hook)
            continue
        if core[0] == "+" and _plus_id(text, start):
            continue  # (stop 31) "shipment_id=+78 236 592 236", "ticket +62 258 753 957"
        if core.isdigit() and non_phone_log_key(text, start):  # "session=..." (hook)
            continue
        if parcel_state_after(text, end):
            continue  # (stop 29) "tracking still says 755-433-4891 is out for delivery"
        if "\n" in text and csv_id_column(text, start):
            continue  # under a CSV header's identifier column ("order_id") (set 7)
        if start and text[start - 1] in _CURRENCY_SIGNS:
            continue  # "¥12345678901", "$4155552671": an amount (set 7)
        if (
            (short_needs_cue(core, text, start, end) or shape_needs_cue(core))  # (hook)
            and not phone_cue_before(text, start)
            and not phone_cue_after(text, end)  # "256702373770 whatsapp" (set 8)
            and not ("\n" in text and csv_phone_column(text, start))  # (stop 38) "...,phone"
        ):
            continue
        if iban_tail(text, start) or iban_head_before(text, start):  # (hook: "NO17 2207 ...")
            continue
        if (
            core.isdigit()
            and card_shaped_lookalike(core)  # (set 10 round hook: a mistyped card)
            and not phone_cue_after(text, end)
            and not PHONE_CUE.search(text, max(0, start - 40), start)
        ):
            continue
        if (
            not core.isdigit()
            and _CARD_BEFORE.search(text, max(0, start - 16), start) is not None
            and card_shaped_lookalike(_NOT_DIGIT.sub("", core))
        ):
            continue  # (stop 35) "CARD 4710 7784 06078 DECLINED": a mistyped card, grouped
        if _SSN_SHAPE.fullmatch(core) and _SSN_BEFORE.search(text, max(0, start - 40), start):
            continue  # (stop 35) "ssn_check rejected value=036.31.0000": an invalid SSN
        if (
            _EPOCH.fullmatch(core) or dated_build_number(core)  # (stop 42) "2025030616"
        ) and not PHONE_CUE.search(text, max(0, start - 25)):
            continue
        if fictional_test_number(text, start, core):
            continue  # (stop 42) "test number ... 07700 900671": reserved for fiction
        if mpan_core(core):
            continue  # (stop 46) "smart meter 16 7421 6181 206": a meter point's number
        if _EAR_TAG_BEFORE.search(text, max(0, start - 3), start) and _EAR_TAG.fullmatch(core):
            continue  # (stop 46) "UK 163597 343666", "IE 13 628 5648": an animal's ear tag
        if not_a_phone(text, start, end):  # log time stamps, listed ids, labels (struct12 hook)
            continue
        if grid_reference(text, start, core):
            continue  # (stop 37) "30S 624534 7283285", "SU 2326 2417": a place on a map
        if ext_start < 0:
            end = hash_extension_end(text, end)  # (set 10 round hook: " #123")
            end = marked_extension_end(text, end)  # "x.532", "extn 12" (struct10 hook)
        yield PiiSpan(start, end, PHONE_NUMBER)
