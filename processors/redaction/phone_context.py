"""Phone rules found on set 6: short national numbers, phone-owned "number" cues, IBAN tails.

* Nine-digit national numbers in three or more groups ("918 319 709", "93 550 56 33",
  "03-792-5740") are phones unless SSN-shaped (3-2-4); eight digits as 4-4 ("2967-6912")
  and one bare group of 12-13 digits (an MSISDN, "254791015809") need a phone cue first.
* "number", "no", "id" are no identifier cue when a phone word or a possessive stands right
  before them ("the support number ...", "my new number ...").
* (set 7) 4-4-4 and thousands-like 1-3-3-3 runs not led by a trunk "0" need a phone cue;
  8 digits may be 2-2-2-2 or 3-2-3 too; a one-letter signature label ("M 2855-2771"), an
  owned "number" ("his number ...") and an e-mail then "/" are phone cues; dotted national
  numbers with a trunk "0" ("0738.731.941", Belgian "0474/12.34.56") and the German spaced
  slash ("089 / 123 456 78") are phone shapes.
* A digit run that continues an IBAN written in groups ("NL29 KNAB 0304 1700 08") is not a
  phone, even when the IBAN itself fails its checksum.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lookalikes import UPS_HEAD

__all__ = [
    "generic_owned_by_phone",
    "hungarian_one_digit_area",
    "iban_tail",
    "may_contain_dotted_phone",
    "national_dotted_ok",
    "parcel_state_after",
    "phone_cue_after",
    "phone_cue_before",
    "short_national_ok",
    "short_needs_cue",
    "spaced_slash_ok",
]

_DIGITS: Final = re.compile(r"\d+")
# Words that, right before "number"/"no", say the number is someone's phone.
_PHONE_OWNERS: Final = frozenset(
    [
        "support", "contact", "callback", "phone", "mobile", "cell", "fax", "tel", "telephone",
        "landline", "whatsapp", "helpline", "hotline", "emergency", "office", "home", "work",
        "direct", "my", "his", "her", "their", "our", "new", "personal", "private",
        "keep", "port",  # (stop 39) a carrier's port-out: "keep number 054 735 3512"
    ]
)  # fmt: skip
# (stop 27) Verbs of leaving or giving a number ("they left a number: ...").
_GIVING_VERBS: Final = frozenset(
    ["left", "leave", "leaves", "gave", "give", "gives", "sent", "dropped"]
)
# A phone cue in the 40 characters before a number (English and the common Romance words).
_PHONE_CUE_BEFORE: Final = re.compile(
    r"(?i)(?:phone|\btel\b|\btel[.:;]|mobile|\bcell|\bfax|\bcall|contact|whatsapp|\bsms(?:gw)?\b|"
    r"msisdn|n[uú]mero|tel[eé]fono|m[oó]vil|\bhandy\b|\bring\b|\brang\b|\btext\b|reach|"
    # (stop 34) Portuguese, Scandinavian, Turkish and Vietnamese labels: "Telefone:", "sđt",
    # "số em là" ("my number is")
    r"tel[eé]fone|\btelefon\b|\bs\u0111t\b|\bs\u1ed1 (?:em|anh|ch\u1ecb|c\u1ee7a)|"
    r"\u0111i\u1ec7n tho\u1ea1i|"
    # (stop 35) Polish: "numer do hydraulika:", "nr tel.", "komórka"
    r"\bnumer\b|\bnr tel|\bkom\u00f3rk|"
    # (stop 37) "left a voicemail on ...", Georgian "axali nomeri:" ("new number")
    r"voicemail|\bnomeri\b|"
    # (set 7) short labels and symbols of signatures and forms
    r"\b(?:tlf|tlph|(?:mob|ph|puh)(?:\b|\.)|(?:hp|gsm|natel|cel|portable)\b|celular|"
    r"\u0442\u0435\u043b|\u03c4\u03b7\u03bb)|[\u260e\U0001f4de\U0001f4f1])"
)
# (set 7) Right before the number: a one-letter label of a signature or form line ("T 853 ...
# | M 2855-2771", "M: ..."); "number" owned by a person ("left his number ..."); an e-mail
# then a slash or bar ("nare35@mail.com / 9971 0855").
_CUE_RIGHT_BEFORE: Final = re.compile(
    r"(?:(?:^|[\n|/,;\u00b7\u2022]|\s\s)\s*[TMPFHW]\s*[.:]?[ \t]*|(?<![\w.'])[TMPFHW][.:][ \t]*|"
    r"(?i:\b(?:my|his|her|their|our|your)\s+(?:(?:new|mobile|cell|phone|contact|home|work|"
    r"direct|private|personal)\s+)?(?:number|no\.?|num|#)\s*(?:is\s*)?:?\s*)|"
    r"@[\w-]+(?:\.[\w-]+)+\s*[/|\u00b7\u2022]\s*)$"
)
# (set 7) National numbers with dots, a trunk "0" first: "0738.731.941", "079.123.45.67",
# "030.1234.5678", and the Belgian slash form "0474/12.34.56", "02/123.45.67".
_NATIONAL_DOTTED: Final = re.compile(r"0[1-9]\d{0,3}[./]\d{2,4}(?:\.\d{2,4}){1,3}")
_DOTTED_TRUNK: Final = re.compile(r"0(?<![\d.]0)[1-9]\d{0,3}[./]\d{2,4}\.\d\d")
# (set 7) The German spaced slash after the area code: "089 / 123 456 78".
_SPACED_SLASH: Final = re.compile(r"0\d{1,5} / \d{2,}(?: \d{2,})*")
_THOUSANDS: Final = re.compile(r"\d{3} \d{3} \d{3}")
# Shapes no national plan writes without a trunk "0": 4-4-4 (FedEx, Aadhaar), 3-3-3-3,
# thousands in groups of three after a short head ("1 234 567 890"), and (stop 39) 4-6, an
# account's or a meter's number ("Statement\n2925-158790\nBSB ...", "m³ 3368-332205").
_NOT_NATIONAL_GROUPS: Final = re.compile(r"\d{4} \d{4} \d{4}|\d{1,3}(?: \d{3}){3,}|\d{4}[- ]\d{6}")
_WORD_AFTER: Final = re.compile(r" ?[^\W\d_]")
_CURRENCY_BEFORE: Final = re.compile(r"[$€£¥₹₩₫₽₺¢]\s?$")
_IBAN_HEAD: Final = re.compile(r"(?i)(?<![\w-])[a-z]{2}\d{2}(?: [a-z0-9]{4})+ $")
# The head of a UPS tracking number grouped by spaces: "1Z" and the shipper's six characters
# (set 9: "1Z 858 HH4 23 8329 1411"), or three when the digits go on in groups (stop 38: "1Z
# XFX 404 02 9483 5367").
_UPS_HEAD: Final = re.compile(r"(?<![\w-])" + UPS_HEAD + r"(?:[0-9A-Z]{3} )?$")


def short_national_ok(core: str, groups: list[str]) -> bool:
    """Shape test for 8 or 9 digits (callers know the count is 8 or 9)."""
    lengths = [len(g) for g in groups]
    if sum(lengths) == 8:  # 4-4, and (set 7) 2-2-2-2 and 3-2-3 as in Denmark and Norway
        return lengths in ([4, 4], [2, 2, 2, 2], [3, 2, 3])
    if len(groups) == 3:  # 3-3-3, 2-3-4; not SSN-shaped 3-2-4 nor a VAT-like 3-4-2
        return lengths != [3, 2, 4] and lengths[-1] >= 3
    if len(groups) == 2:  # (set 7) a trunk-"0" area code and the rest: "06 1234567" (cue)
        return core[0] == "0" and 2 <= lengths[0] <= 5 and lengths[1] >= 4
    return len(groups) >= 4


def hungarian_one_digit_area(groups: list[str]) -> bool:
    """Whether the one-digit group is Budapest's area code after the "06" trunk (set 7)."""
    return (
        len(groups) >= 3
        and groups[0] == "06"
        and len(groups[1]) == 1
        and min(map(len, groups[2:])) >= 3
    )


def short_needs_cue(core: str, text: str, start: int, end: int) -> bool:
    """True for shapes that are phones only after a phone cue: 8 digits, 12-13 bare, and
    a thousands-like "331 900 000" before a word ("people", "VND"), after a currency sign,
    or ending in "000"."""
    if core.isdigit():
        return len(core) >= 12
    if core[0] != "0" and _NOT_NATIONAL_GROUPS.fullmatch(core):
        return True  # (set 7) "9818 2111 3225", "1 234 567 890": tracking ids, thousands
    if len(core) == 11 and _THOUSANDS.fullmatch(core):
        return (
            core.endswith("000")
            or _WORD_AFTER.match(text, end) is not None
            or _CURRENCY_BEFORE.search(text, max(0, start - 2), start) is not None
        )
    if len(core) > 12:  # eight digits with their separators fit in "(2967) 6912"
        return False
    groups = _DIGITS.findall(core)
    digits = sum(len(g) for g in groups)
    return digits == 8 or (digits == 9 and len(groups) == 2)  # "06 1234567" (set 7)


def phone_cue_before(text: str, start: int) -> bool:
    """Whether a phone word stands in the 40 characters before ``start``."""
    window = max(0, start - 40)
    return (
        _PHONE_CUE_BEFORE.search(text, window, start) is not None
        or _CUE_RIGHT_BEFORE.search(text, window, start) is not None
        or _OWNER_CUE_BEFORE.search(text, window, start) is not None
    )


# (set 8) A phone word right after the number: "256702373770 whatsapp", "2922 5157 (mobile)".
_PHONE_CUE_AFTER: Final = re.compile(
    r"(?i)[ \t]*[(\[,:-]?[ \t]*(?:on\s+|via\s+|is\s+(?:my|his|her|their|the)\s+)?"
    r"(?:whatsapp|phone|mobile|cell|tel|telephone|fax|sms|signal|telegram|viber|landline)\b"
)
# (set 8) Questions about a number's owner: "who owns 9645 2576", "whose number is ...";
# and "number" a few words back ("sherif's number again? i only have 2922 5157"), not
# "number of" (a count).
_OWNER_CUE_BEFORE: Final = re.compile(
    r"(?i)\bwho(?:se|\s+owns|\s+called|\s+is)\b|\bnumber\b(?!\s+of\b)[^\d\n]*$"
)


def phone_cue_after(text: str, end: int) -> bool:
    """Whether a phone word follows the number ending at ``end``."""
    return _PHONE_CUE_AFTER.match(text, end) is not None


def national_dotted_ok(core: str) -> bool:
    """Whether ``core`` is a dotted national number with its trunk "0" (9-11 digits)."""
    if _NATIONAL_DOTTED.fullmatch(core) is None:
        return False
    return 9 <= len(core) - core.count(".") - core.count("/") <= 11


def spaced_slash_ok(core: str) -> bool:
    """Whether a number with a spaced slash has it right after a trunk-"0" area code."""
    return core.count(" / ") == 1 and _SPACED_SLASH.fullmatch(core) is not None


def may_contain_dotted_phone(text: str, shape: str) -> bool:
    """False only when ``text`` (``shape`` its :mod:`processors.redaction.shapes` shape) holds
    no number that :func:`national_dotted_ok` accepts."""
    return "0." in shape and _DOTTED_TRUNK.search(text) is not None


def _possessive(owner: str, ending: str) -> bool:
    """``owner`` and ``ending`` are a possessive split at its apostrophe ("driver", "s"), or
    ``ending`` one written with a typographic apostrophe ("driver\u2019s")."""
    return (ending == "s" and owner.isalpha()) or (len(ending) > 2 and ending.endswith("\u2019s"))


def generic_owned_by_phone(words: list[str], word: str) -> bool:
    """Whether the word before the generic cue ``word`` makes it a phone ("my number")."""
    index = max(i for i, w in enumerate(words) if w == word)
    if index > 0 and words[index - 1].lower() in _PHONE_OWNERS:
        return True
    if index > 0 and _possessive(words[index - 2] if index > 1 else "", words[index - 1]):
        return True  # (stop 41) someone's number: "driver's number (850) 797-4322"
    if index > 0 and words[index - 1].lower() in ("has", "have", "had"):
        return True  # (stop 41) "who has number 802.543.8331"
    # (stop 27) a number someone left or gave: "they left a number: 0151 92505646"
    return (
        index > 1
        and words[index - 1].lower() in ("a", "the")
        and words[index - 2].lower() in _GIVING_VERBS
    )


def iban_tail(text: str, start: int) -> bool:
    """Whether the number at ``start`` continues a grouped IBAN ("NL29 KNAB 0304 ...") or a
    grouped UPS tracking number ("1Z 858 HH4 23 8329 1411", set 9; "1Z XFX 404 02 9483 5367",
    stop 38)."""
    if start < 7 or text[start - 1] != " ":  # (the shortest head: "1Z XFX ")
        return False
    if "1Z" in text and _UPS_HEAD.search(text, max(0, start - 12), start) is not None:
        return True
    if not text[start - 5 : start - 1].isalnum():
        return False
    return _IBAN_HEAD.search(text, max(0, start - 40), start) is not None


# (stop 29) A parcel's state after the number: "tracking still says 755-433-4891 is out for
# delivery" is a tracking number, whatever its shape.
_PARCEL_STATE_AFTER: Final = re.compile(
    r" (?:is|was|has been|still) (?:out for delivery|in transit|delivered|dispatched"
    r"|held at customs|at the depot|awaiting collection)\b"
    # (stop 32) a search for a parcel: "734-340-9424 tracking"
    r"|(?: tracking| waybill| consignment)(?: number| no\.?| status| info| id)?[ \t]*(?:$|\n)"
)


def parcel_state_after(text: str, end: int) -> bool:
    """The number ending at ``end`` is followed by a parcel's delivery state."""
    return text.startswith(" ", end) and _PARCEL_STATE_AFTER.match(text, end) is not None
