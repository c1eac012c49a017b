"""What ends an address walk: terminator words, form field names and label lines, and the
dot that closes a sentence (which an abbreviation's dot does not).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_bounds import sentence_goes_on
from processors.redaction.lexicon import common_words

__all__ = [
    "ABBREVIATIONS",
    "FIELD_WORDS",
    "LABEL_LINE",
    "LINE_LABELS",
    "TERMINATORS",
    "comma_number_ends",
    "sentence_ends",
]

LABEL_LINE: Final = re.compile(r"\n ?[^\W\d_][\w #]{0,20}:")
# A line starting with one of these words is the next field of a form or label ("Phone
# +358 40 ...", "Email ..."), even without a colon.
LINE_LABELS: Final = frozenset(
    ["phone", "tel", "mobile", "email", "contact", "name", "iban", "card"]
)
TERMINATORS: Final = frozenset(
    [
        "tell",
        "ask",
        # (stop 45, set 43) reporting verbs: "..., Rotorua 3031, says HLXU109419-8 never"
        # (not "said": "Sidi Bou said")
        "says",
        "claims",
        "insists",
        "swears",
        "reports",
        "writes",
        "wrote",
        "asks",
        "asked",
        "ping",
        "meet",
        "see",
        "let",
        "send",
        "bring",
        "wait",
        "lmk",
        "e-mail",  # (stop 37) "...\nDK-2279 Town\ne-mail x@y.dk": the next line's label
        "fyi",
        "ttyl",
        "omw",
        "and",
        "or",
        "but",
        "so",
        "for",
        "from",
        "with",
        "since",
        "until",
        "till",
        "til",
        "rn",
        "before",
        "after",
        "by",
        "on",
        "in",
        "at",
        "to",
        "when",
        "where",
        "which",
        "who",
        "that",
        "this",
        "these",
        "those",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "am",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "no",
        "if",
        "then",
        "than",
        "as",
        "because",
        "while",
        "using",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "last",
        "next",
        "ago",
        "soon",
        "now",
        "morning",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "please",
        "thanks",
        "phone",
        "email",
        "tel",
        "mobile",
        "call",
        "text",
        "contact",
        "name",
        "ssn",
        "iban",
        "card",
        "ip",
        "never",
        "tmrw",
        "tmr",
        "asap",
        "pls",
        "plz",
        "thx",
        "lol",
        "ok",
        "come",
        "opening",
        "hours",
        "near",
        "directions",
        "reviews",
        "parking",
        "buzzer",
        "intercom",
        "sđt",  # (stop 34b) Vietnamese "phone": "..., 262 22 Patra, sđt 06/1/..."
        "cepat",  # (stop 34b) Indonesian "fast": "pengiriman ke ..., Johor cepat."
        "adresine",  # (stop 34b) Turkish "to the address": "... 55880\nadresine gönderildi"
        "nhé",  # (stop 34b) Vietnamese closing particle: "gọi em at 7 nhé"
        "tonite",  # (stop 34b) chat spellings: "..., johor tonite", "... 9ty ltr"
        "ltr",
        "wkend",
        "salamat",  # (stop 36) Tagalog "thanks": "padala mo na lang sa ..., Dubai, salamat po"
        "aparece",  # (stop 36) Portuguese "come over": "meu endereço novo é ..., aparece sat"
        "dengan",  # (stop 36) Indonesian "with": "barang sampai ke ... dengan selamat"
    ]
)
# Field names that end an address in any case ("..., MI 48168, VAT DE052584641").
FIELD_WORDS: Final = frozenset(
    ["vat", "gst", "tax", "invoice", "tracking", "order", "ref", "qty", "quantity", "sku", "weight",
     # (stop 46, set 44) a property's and a vehicle's numbers: "..., Dubbo NSW 2802, Australia,
     # folio HA79174F", "..., Oyo State, title KN242915"
     "title", "folio", "apn", "cph", "vin", "mpan", "mprn", "permit"]
)  # fmt: skip


ABBREVIATIONS: Final = frozenset(
    [
        "apt",
        "st",
        "str",
        "rd",
        "av",
        "ave",
        "avda",
        "ctra",
        "crta",
        "ul",
        "u",
        "r",
        "n",
        "m",
        "dr",
        "nr",
        "no",
        "sq",
        "pl",
        "blvd",
        "p.o",
        "c",
        "λ",
        "βασ",
        "ste",
        "bd",
        "s",
        "santa",
        "sta",
        "brgy",
        "\u0219os",
        "\u015fos",
        "col",
        "depto",
        "dpto",
        "dto",
        "pje",  # (stop 34) Argentine "pasaje"; Mexican "privada", "prolongación", "fraccionamiento"
        "psje",
        "priv",
        "prol",
        "fracc",
        "mah",
        "cad",
        "sok",
        "şos",
        "sos",
        "bl",
        "sc",
        "et",
        "ap",
        "th",
        "tv",
        "og",
        "co",
        "int",
        "kel",
        "kec",
        "kab",
        "rt",
        "rw",
        "vul",
        "prov",
        "boul",
        "kv",
        "jr",
        "prosp",
    ]
)


_ORDINAL_FLOOR: Final = re.compile(r" [^\W\d_]{1,3}[.,]")


_COMMA_NUMBER_END: Final = re.compile(
    r"$|[,;)\n\"'?!]|\.(?!\d)| [rR]/[cC]\b| [-\u2013\u2014] (?=[^\W\d_]|\d{1,2}[º°ª])"
    r"| \d{1,2}[º°ª]| [a-z]+\b"
)


def comma_number_ends(text: str, end: int) -> bool:
    """After "Via Roma, 10" comes the end of the address, not "10 days"."""
    match = _COMMA_NUMBER_END.match(text, end)
    if match is None:
        return False
    word = match.group().strip()
    return not word.isalpha() or word in TERMINATORS or word in ("zip", "postcode")


def sentence_ends(text: str, end: int, token: str) -> bool:
    """Whether the dot that ends ``token`` (at ``end - 1``) closes the sentence."""
    rest = text[end : end + 30]
    if not rest or rest.startswith("."):
        return True
    if rest.startswith("\n"):
        return (
            bool(LABEL_LINE.match(rest))
            or rest.strip() == ""
            or (
                rest.startswith("\n\n")
                and (token.rstrip(".").lower() not in ABBREVIATIONS or not rest[2:3].isalnum())
            )
        )
    if rest[0] in ",)":
        return False
    if rest[0] in "\"'\u201d" and _abbreviated(token):
        return False  # a quoted value ends with its abbreviation: "4265 Harbor Dr."
    if not rest.startswith(" "):
        return True
    nxt = rest[1:].split(" ", 1)[0].rstrip(".,").lower()
    if nxt.isalpha() and rest[1:2].islower() and token.rstrip(".").lower() in ABBREVIATIONS:
        return False  # "45834 Sycamore St. was spotless": the dot is the abbreviation's
    if nxt in TERMINATORS or not nxt:
        return True
    if nxt[:1].isdigit() or nxt in ("apt", "suite", "unit", "box"):
        return False
    bare = token.rstrip(".").lower()
    if rest[1:2].isupper() and sentence_goes_on(rest):
        return True  # "837 E 35th Ave. Seller didn't care"
    if (
        len(bare) == 2
        and bare.isalpha()
        and token[:2].isupper()
        and rest[1:2].isupper()
        and nxt in common_words()
    ):
        return True  # (stop 33) a region's code ends it: "24129 Bergamo BG. The rye is"
    if bare.isdigit() and len(bare) <= 2 and _ORDINAL_FLOOR.match(rest):
        return False  # "Vestergade 141, 2. th., 9000 Aalborg": a floor, not a sentence end
    return not (bare in ABBREVIATIONS or (len(bare) <= 2 and bare.isalpha()))


def _abbreviated(token: str) -> bool:
    """``St.``, ``Dto.``, ``N.L.``: a token whose dot abbreviates it."""
    bare = token.rstrip(".")
    return bare.lower() in ABBREVIATIONS or "." in bare or (bare.isalpha() and len(bare) <= 3)
