"""Identifier cues before a number: "order", "waybill no.", ``span_id=``, ``"bookingRef": "``.

:func:`id_cue_word` names the identifier noun right before a number (up to two words back,
across skippable words: "tracking says 3791 476 4506"), unless the key names personal data
(``phone_number=``, ``"ccNumber"``) or a phone cue is near. The phone finder
(:mod:`processors.redaction.phones`) drops a number without ``+`` after such a cue; the card,
SSN and address finders ask the same question.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.phone_context import generic_owned_by_phone

__all__ = [
    "ID_WORDS",
    "LISTING_WORDS",
    "PHONE_CUE",
    "SHIPPING_WORDS",
    "after_id_cue",
    "after_id_cue_not_listing",
    "after_shipping_cue",
    "id_cue_word",
    "noun_before_generic_cue",
]

# (Stop 41) A marketplace's listing or ad: "Listing 5861677276 removed" is no phone, but a
# house number may follow the word ("listing 42 Elm Road"), so the address finders skip it.
LISTING_WORDS: Final = ("listing", "ad", "advert")
# The word right before a number (after "#", ":", "=", quotes) that makes it an identifier.
ID_WORDS: Final = frozenset(
    [
        "order",
        *LISTING_WORDS,
        # (stop 41) a UK taxpayer's reference, a driving licence, a payment scheme's number
        # and a Scottish patient's CHI number: "Account UTR 88932 49986", "licence": "DL 950
        # 141 296", "scheme=17-6964-5311", "mrn": "CHI 4663124978"
        "utr",
        "licence",
        "license",
        "dl",
        "scheme",
        "chi",
        # (stop 42) a CI or batch run: "[ci] run 8076154963 failed", "job=run 6245645471"
        "run",
        "job",
        "pipeline",
        "workflow",
        "invoice",
        "inv",
        "nf-e",  # (stop 34) a Brazilian electronic invoice: "invoice NF-e 077.144.896"
        "nfe",
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
        "chip",  # (stop 35) a pet's microchip: '"chip": "664-8810-135"'
        "microchip",
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
        "a/c",  # (stop 39) a bank's short form: '"account":"A/C 16288423472"'
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
        # (stop 44, set 42) crime, unique and unique property reference numbers: "CRN
        # 49/382683/13", "column ref UPRN 1004500635"
        "crn",
        "urn",
        "uprn",
        # (stop 45, set 43) the music trade's numbers of writers, works and recordings: "IPI
        # 00319708987", "ISNI 0000 0001 2103 2683", "ISWC", "ISRC"
        "ipi",
        "isni",
        "iswc",
        "isrc",
        # (stop 46, set 44) land, farm and meter numbers: a county parcel (APN), a UK holding
        # (CPH), an animal's ear tag, a herd or flock mark, an electricity or gas meter point
        # (MPAN, MPRN, ESI ID): "CPH 64/051/4734", "tags UK 205738 959960", "apn": "1487-815-768"
        "apn",
        "cph",
        "tag",
        "herd",
        "flock",
        "holding",
        "mpan",
        "mprn",
        "esiid",
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
        # (stop 31) parcels in German, Dutch, Spanish, Italian, Portuguese, and "pkg"
        "sendung",
        "paket",
        "pakket",
        "paquete",
        "pacco",
        "encomenda",
        "envio",
        "envío",
        "pkg",
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
        # (stop 31) counts of people and things ("visitors: 503 083 261"), an employer's id
        "visitors",
        "population",
        "units",
        "downloads",
        "subscribers",
        "followers",
        "revenue",
        "impressions",
        "ein",
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
_SEPARATOR: Final = r"[\s\"'#:=.,;()\[\]{}|]"
_SEPARATOR_CHARS: Final = "\"'#:=.,;()[]{}|"  # the same without \s (str.isspace is \s)
_WORD: Final = r"[^\s\"'#:=.,;()\[\]{}|]+"
_WORDS: Final = re.compile(_WORD)
_LAST_WORDS_REVERSED: Final = re.compile(
    rf"{_SEPARATOR}*({_WORD})(?:{_SEPARATOR}+({_WORD})(?:{_SEPARATOR}+({_WORD}))?)?"
)
# "number", "no", "id" name an identifier only right before it ("new number is ..." is a
# phone); further back they may stand between the noun and its number ("order number is").
_GENERIC_WORDS: Final = frozenset(["no", "nr", "num", "number", "id", "code"])
# Words that may stand between an identifier noun and its number.
_SKIPPABLE: Final = frozenset(
    ["says", "said", "is", "was", "shows", "reads", "of", "the", "your", "my",
     # (stop 31) the number sign of French, Spanish and Portuguese: the noun before it
     # decides ("Colis n° 07126 405747" is a parcel's, "Tél. n° 01 42 ..." a phone)
     "n°", "nº", "n.º", "n.°",
     # (stop 46) the country of an animal's ear tag: "tags UK 205738 959960", "tag IE 13 628"
     "uk", "ie"]
)  # fmt: skip
# Each identifier noun, and its plural, to the noun ("orders" -> "order").
_ID_WORD_FORMS: Final = {word: word for word in ID_WORDS} | {word + "s": word for word in ID_WORDS}
# A phone cue near a number cancels an identifier cue (the phone finder reads it too).
PHONE_CUE: Final = re.compile(
    r"(?i)(?:phone|tel|telephone|mobile|cell|fax|call|callback|contact|whatsapp|sms|msisdn)\b"
)
# The parts of a key written in snake or camel case: "phone_number", "bookingRef".
_KEY_PART: Final = re.compile(r"[_-]|(?<=[a-z])(?=[A-Z])")  # and (set 7) "Tracking-ID", "Tel-Nr"
# A key with one of these parts names personal data ("phone_number", "mobileNo", "ccNumber"),
# so its last part ("number", "no") is not an identifier cue.
_PII_KEY_PARTS: Final = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "cell", "fax", "callback", "whatsapp", "sms",
        "msisdn", "cc", "card", "pan", "credit", "ssn", "iban", "account", "acct",
        "caller", "callee", "callerid", "telefon", "handy", "mobil", "natel", "gsm",
    ]
)  # fmt: skip


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


def noun_before_generic_cue(text: str, start: int) -> str:
    """(Stop 46) The identifier noun right before a generic cue word ("parcel no 047-91-9086":
    "parcel"), or ``""``: the SSN finder keeps a number after a bare "no", not a parcel's."""
    previous = _WORDS.findall(text, max(0, start - 40), start)
    if len(previous) < 2 or previous[-1].lower() not in _GENERIC_WORDS:
        return ""
    noun = _ID_WORD_FORMS.get(previous[-2].lower(), "")
    return "" if noun in _GENERIC_WORDS else noun


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
        lower = parts[-1] if parts and lower not in ID_WORDS else lower  # FedEx
    cue = _ID_WORD_FORMS.get(lower)
    if cue is None:  # not an identifier noun: the search ends unless the word is skippable
        return None if lower in _SKIPPABLE else ""
    if cue not in _GENERIC_WORDS or is_last:
        if cue in _GENERIC_WORDS:
            words = _WORDS.findall(text, max(0, start - 40), start)[-3:]
            if generic_owned_by_phone(words, word):
                return ""  # "the support number 04 95 ...", "my new number ..."
            if _bare_number_key(text, start, word, words):
                return ""  # (stop 39) a log's own key: "portout.request number=020 7974 4930"
        return "" if PHONE_CUE.search(text[max(0, start - 25) : start]) else cue
    return None  # "number", "no" further back: "order number is ..."


def _bare_number_key(text: str, start: int, word: str, words: list[str]) -> bool:
    """``number=`` right before the number, a key of its own (white space before it) after no
    identifier noun: a log line's phone ("portout.request number=020 ..."; not "order
    number=")."""
    key_start = start - 1 - len(word)
    return (
        word.lower() == "number"
        and text.startswith("=", start - 1)
        and key_start >= 0
        and text.startswith(word, key_start)
        and (key_start == 0 or text[key_start - 1].isspace())
        and (len(words) < 2 or words[-2].lower() not in _ID_WORD_FORMS)
    )


def after_id_cue(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an identifier cue (see :func:`id_cue_word`)."""
    return bool(id_cue_word(text, start))


def after_id_cue_not_listing(text: str, start: int) -> bool:
    """:func:`after_id_cue` but for a listing's or an ad's cue, which may stand before its
    address's house number (the address finders ask this)."""
    cue = id_cue_word(text, start)
    return bool(cue) and cue not in LISTING_WORDS


# (set 11) Identifier nouns of shipping: a number after one is a waybill, tracking or
# consignment number even when it is written with a "+" and phone-like groups ("Waybill +38
# 809 716 740"). Curated from the shipping nouns of ID_WORDS; not a carrier's name or
# "shipping", which may label the carrier's or the department's own phone line ("FedEx: +1
# 800 ...", "Shipping: +44 ...").
SHIPPING_WORDS: Final = frozenset(
    ["waybill", "awb", "consignment", "tracking", "shipment", "parcel", "sendungsnummer",
     "suivi", "colis", "seguimiento", "spedizione", "zending",
     # (stop 31)
     "sendung", "paket", "pakket", "paquete", "pacco", "encomenda", "envio", "envío", "pkg"]
)  # fmt: skip


def after_shipping_cue(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a shipping identifier cue (``waybill``,
    ``tracking``, ``AWB``...; see :func:`id_cue_word`, which a phone cue near cancels), also
    through a generic noun ("tracking number +61 ...", "waybill no.")."""
    cue = id_cue_word(text, start)
    if not cue:
        return False
    words = _WORDS.findall(text, max(0, start - 40), start)[-3:]
    if words and "_" in words[-1]:  # (stop 31) "tracking_no=", "shipment_id=": the key's parts
        return any(part in SHIPPING_WORDS for part in words[-1].lower().split("_"))
    if cue in _GENERIC_WORDS:
        return any(_ID_WORD_FORMS.get(word.lower()) in SHIPPING_WORDS for word in words[:-1])
    return cue in SHIPPING_WORDS
