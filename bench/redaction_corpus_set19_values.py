"""Set 19's value makers: persons, e-mails, phones, SSNs, IPs, cards and IBANs.

Stdlib only and deterministic given the ``random.Random`` passed in. Written from numbering
plans, RFC 4291/5952 and ISO 13616 as remembered, not from the detector or another generator.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from bench.redaction_corpus_set19_pools import (
    CULTURE_WEIGHTS,
    CULTURES,
    POLISH_FEMININE,
    WORD_GIVEN,
)

_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d",
         "đ": "d", "Đ": "D", "\u0131": "i", "æ": "ae"}  # fmt: skip


def ascii_fold(text: str) -> str:
    text = "".join(_FOLD.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------- persons
@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    culture: str
    family_first: bool
    middle: str  # "" or an initial with its dot

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.given}{middle} {self.surname}"

    def surname_given(self) -> str:
        return f"{self.surname}, {self.given}"

    def initial(self) -> str:
        return f"{self.given[0]}. {self.surname}"


def make_person(rng: random.Random) -> Person:
    cultures = list(CULTURE_WEIGHTS)
    culture = rng.choices(cultures, weights=[CULTURE_WEIGHTS[c] for c in cultures])[0]
    given_pool, surname_pool = CULTURES[culture]
    given = rng.choice(WORD_GIVEN) if rng.random() < 0.07 else rng.choice(given_pool)
    family_first = culture == "cn" and rng.random() < 0.4
    if not family_first and rng.random() < 0.15:  # a surname from anywhere, as in mixed families
        surname_pool = CULTURES[rng.choice(cultures)][1]
    surname = rng.choice(surname_pool)
    if "/" in surname:
        masculine, feminine = surname.split("/")
        surname = feminine if given in POLISH_FEMININE else masculine
    if rng.random() < 0.05 and not family_first:
        surname = f"{surname}-{rng.choice(rng.choice(list(CULTURES.values()))[1]).split('/')[0]}"
    middle = f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.08 else ""
    if ascii_fold(given + surname) != given + surname and rng.random() < 0.35:
        given, surname = ascii_fold(given), ascii_fold(surname)
    return Person(given, surname, culture, family_first, middle)


FREE_MAIL = (
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me",
    "web.de", "gmx.at", "orange.fr", "libero.it", "wp.pl", "rediffmail.com", "uol.com.br",
    "yahoo.com.ph", "hotmail.es", "fastmail.com", "eircom.net", "bigpond.com", "163.com",
)  # fmt: skip
WORK_MAIL = (
    "quillmere.io", "harrowgate-freight.co.uk", "tidewell.com", "northkiln.de", "vantorra.fr",
    "brightspan.com.au", "olmstead-legal.com", "cobaltreef.in", "pellucid.ie", "marrowfield.ca",
    "teravine.com.br", "silverbeck.nl", "ostrava-tools.pl", "lumenhaus.ch", "copperloom.co.za",
)  # fmt: skip


def email_for(rng: random.Random, person: Person) -> str:
    given = ascii_fold(person.given).lower().replace(" ", "")
    surname = ascii_fold(person.surname).lower().replace(" ", "").replace("'", "")
    local = rng.choice((
        f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname}", f"{surname}.{given}",
        f"{given}_{surname}", f"{given}{rng.randrange(7, 99)}", f"{given[0]}{surname}",
        f"{surname}{given[0]}",
    ))  # fmt: skip
    domain = rng.choice(FREE_MAIL if rng.random() < 0.6 else WORK_MAIL)
    return f"{local}@{domain}"


# ----------------------------------------------------------------------------------- phones
def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit, 'N' a digit 2-9, anything else as is."""
    return "".join(
        str(rng.randrange(10)) if c == "#" else str(rng.randrange(2, 10)) if c == "N" else c
        for c in pattern
    )


# country: (national patterns, international patterns, E.164 pattern). A trunk 0 is written
# where the country uses one; "(0)" marks it inside an international form.
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "us": (("(N##) N##-####", "N##-N##-####", "N##.N##.####", "1-N##-N##-####"),
           ("+1 N## N## ####", "+1-N##-N##-####", "+1 (N##) N##-####", "001 N## N## ####"),
           "+1N##N######"),
    "gb": (("07### ######", "020 7### ####", "0161 ### ####", "01632 ######"),
           ("+44 7### ######", "+44 (0)20 7### ####", "+44 161 ### ####", "0044 7### ######"),
           "+447#########"),
    "de": (("030 ########", "0151 ########", "089/#######", "0221 ######"),
           ("+49 30 ########", "+49 (0)89 #######", "+49 151 ########", "0049 221 ######"),
           "+4917########"),
    "fr": (("01 ## ## ## ##", "06 ## ## ## ##", "07.##.##.##.##", "04 ## ## ## ##"),
           ("+33 1 ## ## ## ##", "+33 (0)6 ## ## ## ##", "+33 6 ## ## ## ##", "0033 7 ## ## ## ##"),
           "+336########"),
    "es": (("91# ### ###", "6## ## ## ##", "93 ### ## ##"),
           ("+34 91# ### ###", "+34 6## ### ###", "0034 6## ## ## ##"), "+346########"),
    "it": (("02 #### ####", "3## ### ####", "06 ########"),
           ("+39 02 #### ####", "+39 3## #######", "0039 06 ########"), "+393#########"),
    "nl": (("020 ### ####", "06 ########", "06-########"),
           ("+31 20 ### ####", "+31 6 ########", "+31 (0)6 ########"), "+316########"),
    "in": (("09#### #####", "N#### #####", "080 #### ####", "N####-#####"),
           ("+91 N#### #####", "+91 80 #### ####", "+91-N#########"), "+91N#########"),
    "au": (("(02) N### ####", "04## ### ###", "(03) N### ####"),
           ("+61 2 N### ####", "+61 4## ### ###", "+61 (0)4## ### ###"), "+614########"),
    "ie": (("(01) ### ####", "08# ### ####", "021 ### ####"),
           ("+353 1 ### ####", "+353 8# ### ####", "+353 (0)8# ### ####"), "+3538########"),
    "br": (("(11) 9####-####", "(21) N###-####", "(31) 9 ####-####"),
           ("+55 11 9####-####", "+55 (21) N###-####", "+55 31 9#### ####"), "+55119########"),
    "mx": (("55 #### ####", "(33) ####-####", "81 #### ####"),
           ("+52 55 #### ####", "+52 1 55 #### ####", "+52 (33) ####-####"), "+5255########"),
    "cn": (("13# #### ####", "010-#### ####", "021-########"),
           ("+86 13# #### ####", "+86 10 #### ####", "0086 15# #### ####"), "+8613#########"),
    "ng": (("080N ### ####", "070N ### ####", "081N ### ####"),
           ("+234 80N ### ####", "+234 (0)80N ### ####", "+234 70N ### ####"), "+23480N#######"),
    "ph": (("09## ### ####", "(02) 8### ####", "0917-###-####"),
           ("+63 9## ### ####", "+63 2 8### ####", "+63 (0)917 ### ####"), "+639#########"),
    "pl": (("5## ### ###", "22 ### ## ##", "6##-###-###"),
           ("+48 5## ### ###", "+48 22 ### ## ##", "0048 6## ### ###"), "+485########"),
    "jp": (("03-####-####", "090-####-####", "06-####-####"),
           ("+81 3-####-####", "+81 90 #### ####", "+81 (0)90-####-####"), "+8190########"),
    "sg": (("6### ####", "9### ####", "8### ####"),
           ("+65 6### ####", "+65 9### ####", "+65-8###-####"), "+659#######"),
    "za": (("021 ### ####", "08# ### ####", "011-###-####"),
           ("+27 21 ### ####", "+27 8# ### ####", "+27 (0)8# ### ####"), "+278#########"),
    "ch": (("044 ### ## ##", "079 ### ## ##", "031 ### ## ##"),
           ("+41 44 ### ## ##", "+41 79 ### ## ##", "0041 (0)31 ### ## ##"), "+4179#######"),
}  # fmt: skip
PHONE_WEIGHTS = {
    "us": 16, "gb": 9, "de": 6, "fr": 6, "es": 4, "it": 4, "nl": 3, "in": 7, "au": 5, "ie": 3,
    "br": 5, "mx": 4, "cn": 3, "ng": 5, "ph": 4, "pl": 3, "jp": 3, "sg": 2, "za": 3, "ch": 2,
}  # fmt: skip
EXTENSIONS = (" ext. ###", " x##", " x###", ", ext. ##", " ext ####", " ext.##")


def make_phone(rng: random.Random, form: str = "", countries: str = "") -> str:
    """A phone number. ``form``: "" (national or international), "intl", "nat", "ext" (with
    an extension) or "e164" (``+`` and digits only)."""
    if countries:
        country = rng.choice(countries.split(","))
    else:
        names = list(PHONE_WEIGHTS)
        country = rng.choices(names, weights=[PHONE_WEIGHTS[n] for n in names])[0]
    national, international, e164 = PHONES[country]
    if form == "e164":
        return _fill(rng, e164)
    if form == "intl" or (form in ("", "ext") and rng.random() < 0.5):
        number = _fill(rng, rng.choice(international))
    else:
        number = _fill(rng, rng.choice(national))
    if form == "ext":
        number += _fill(rng, rng.choice(EXTENSIONS))
    return number


# ------------------------------------------------------------------------------------- SSNs
def make_ssn(rng: random.Random, form: str = "") -> str:
    """An issuable SSN: area 001-899 but 666, group 01-99, serial 0001-9999."""
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    parts = (f"{area:03d}", f"{group:02d}", f"{serial:04d}")
    if not form:
        form = rng.choices(("dash", "space", "dot"), weights=(6, 3, 2))[0]
    separator = {"dash": "-", "space": " ", "dot": ".", "bare": ""}[form]
    return separator.join(parts)


# -------------------------------------------------------------------------------------- IPs
def make_ipv4(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("public", "public", "private", "private", "doc", "cgnat"))
    if kind == "private":
        return rng.choice((
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        ))  # fmt: skip
    if kind == "doc":
        prefix = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{prefix}.{rng.randrange(1, 255)}"
    if kind == "cgnat":
        return f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    first = rng.choice((23, 31, 37, 45, 62, 77, 81, 89, 91, 104, 138, 146, 151, 176, 185, 188,
                        193, 212, 217))  # fmt: skip
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _hextet(rng: random.Random) -> str:
    return f"{rng.randrange(1, 0x10000):x}"


def make_ipv6(rng: random.Random, form: str = "") -> str:
    """An IPv6 address; ``form`` one of compressed, full, stripped, upper, mapped, nat64,
    ll (link-local), zone (link-local with a zone id), ula, or "" for any."""
    form = form or rng.choice(
        ("compressed", "compressed", "full", "stripped", "upper", "mapped", "nat64", "ll",
         "zone", "ula", "compressed")
    )  # fmt: skip
    prefix = rng.choice(("2001:db8", "2a02:c7f", "2607:f0d0", "2a01:4f8", "2400:cb00", "2804:14c"))
    if form == "compressed":
        return (
            f"{prefix}:{_hextet(rng)}::{_hextet(rng)}"
            if rng.random() < 0.6
            else (f"{prefix}:{_hextet(rng)}:{_hextet(rng)}::{_hextet(rng)}:{_hextet(rng)}")
        )
    if form == "full":
        groups = [f"{int(g, 16):04x}" for g in prefix.split(":")]
        groups += [f"{rng.randrange(0x10000):04x}" for _ in range(2)] + ["0000", "0000"]
        groups += [f"{rng.randrange(0x10000):04x}" for _ in range(2)]
        return ":".join(groups)
    if form == "stripped":
        return f"{prefix}:{_hextet(rng)}:0:0:{_hextet(rng)}:0:{_hextet(rng)}"
    if form == "upper":
        return f"{prefix}:{_hextet(rng)}::{_hextet(rng)}:{_hextet(rng)}".upper()
    if form == "mapped":
        return rng.choice(("::ffff:", "::FFFF:")) + make_ipv4(rng, "private")
    if form == "nat64":
        return "64:ff9b::" + make_ipv4(rng, "doc")
    link_local = (
        f"fe80::{_hextet(rng)}:{rng.randrange(256):x}ff:fe{rng.randrange(256):02x}:{_hextet(rng)}"
    )
    if form == "ll":
        return link_local
    if form == "zone":
        return link_local + rng.choice(("%eth0", "%en0", "%wlan0", "%ens192", "%3"))
    subnet = rng.randrange(1, 99)
    return f"fd{rng.randrange(256):02x}:{_hextet(rng)}:{_hextet(rng)}:{subnet}::{_hextet(rng)}"


# ------------------------------------------------------------------------------------ cards
def luhn_digit(body: str) -> str:
    total = 0
    for i, char in enumerate(reversed(body)):
        d = int(char)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


CARD_BRANDS = (  # prefix choices, length, grouping
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 13, (4, 4, 5)),
    (("51", "52", "53", "54", "55", "2221", "2399", "2521", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3566", "3589"), 16, (4, 4, 4, 4)),
    (("36",), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
)


def card_number(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    prefixes, length, groups = rng.choices(CARD_BRANDS, weights=(7, 1, 5, 3, 2, 1, 1, 1))[0]
    body = rng.choice(prefixes)
    body += _digits(rng, length - 1 - len(body))
    return body + luhn_digit(body), groups


def group(digits: str, groups: tuple[int, ...], separator: str) -> str:
    out, start = [], 0
    for size in groups:
        out.append(digits[start : start + size])
        start += size
    return separator.join(out)


def make_card(rng: random.Random, form: str = "") -> str:
    digits, groups = card_number(rng)
    form = form or rng.choices(("space", "dash", "compact"), weights=(5, 3, 3))[0]
    if form == "compact":
        return digits
    return group(digits, groups, " " if form == "space" else "-")


# ------------------------------------------------------------------------------------ IBANs
# country: BBAN pattern ('#' digit, 'A' bank letter code from the list, 'X' digit or capital)
IBAN_LAYOUTS = {
    "DE": ("########" + "##########", ()),
    "GB": ("AAAA" + "######" + "########", ("NWBK", "BARC", "LOYD", "HBUK", "MIDL")),
    "FR": ("#####" + "#####" + "###########" + "##", ()),
    "ES": ("####" + "####" + "##" + "##########", ()),
    "IT": ("X" + "#####" + "#####" + "############", ()),
    "NL": ("AAAA" + "##########", ("ABNA", "INGB", "RABO", "TRIO", "SNSB")),
    "BE": ("###" + "#######" + "##", ()),
    "AT": ("#####" + "###########", ()),
    "CH": ("#####" + "############", ()),
    "IE": ("AAAA" + "######" + "########", ("AIBK", "BOFI")),
    "PL": ("########" + "################", ()),
    "PT": ("####" + "####" + "###########" + "##", ()),
}


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def make_iban(rng: random.Random, form: str = "") -> str:
    country = rng.choice(list(IBAN_LAYOUTS))
    pattern, banks = IBAN_LAYOUTS[country]
    bban = pattern.replace("AAAA", rng.choice(banks)) if banks else pattern
    bban = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
        if c == "X"
        else str(rng.randrange(10))
        if c == "#"
        else c
        for c in bban
    )
    if country == "BE":  # the national key: the first ten digits mod 97 (97 for 0)
        key = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{key:02d}"
    iban = country + iban_check(country, bban) + bban
    form = form or rng.choice(("compact", "grouped", "grouped"))
    if form == "compact":
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
