"""Set 16's PII values: persons, e-mails, phones, SSNs, IPs, cards, IBANs and addresses.

Each maker takes the seeded ``random.Random`` of the generator and returns text; checksums
(Luhn, mod 97, the national IBAN keys of BE, FR, ES and PT) are computed here, from the
standards, not copied from another generator.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from dataclasses import dataclass

from bench.redaction_corpus_set16_pools import CULTURES, FAMILY_FIRST, WORD_GIVEN
from bench.redaction_corpus_set16_streets import FORMATS, Address

# Culture weights: the countries a Faker-based generator favours come up more often.
CULTURE_WEIGHTS = {
    "us": 5, "uk_ie_au": 4, "de_at_ch": 3, "fr_be": 3, "es_mx": 3, "it": 2, "pl": 2, "in": 3,
    "cn": 3, "ng": 2, "br_pt": 2, "ph": 2, "rare": 2,
}  # fmt: skip

_FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "Þ": "Th", "þ": "th", "ð": "d", "ø": "o", "æ": "ae"}


def ascii_fold(text: str) -> str:
    """``text`` without its accents (Nguyễn -> Nguyen, Wróbel -> Wrobel, Dreßler -> Dressler)."""
    text = "".join(_FOLD.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    culture: str
    family_first: bool
    middle: str = ""

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        middle = f" {self.middle}." if self.middle else ""
        return f"{self.given}{middle} {self.surname}"


def person(rng: random.Random, word_given: bool = False) -> Person:
    cultures = list(CULTURE_WEIGHTS)
    culture = rng.choices(cultures, weights=[CULTURE_WEIGHTS[c] for c in cultures])[0]
    given = rng.choice(WORD_GIVEN) if word_given else rng.choice(CULTURES[culture][0])
    surname_culture = culture if rng.random() < 0.85 else rng.choice(cultures)
    surname = rng.choice(CULTURES[surname_culture][1])
    family_first = culture in FAMILY_FIRST and not word_given and rng.random() < 0.4
    middle = ""
    if not family_first and rng.random() < 0.08:
        middle = rng.choice("ABCDEFGHJKLMNPRSTW")
    return Person(given, surname, culture, family_first, middle)


FREE_MAIL = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it",
    "wp.pl", "hotmail.es", "uol.com.br", "rediffmail.com", "icloud.com", "proton.me",
    "yahoo.com.ph", "bigpond.com", "eircom.net",
)  # fmt: skip
WORK_MAIL = (
    "harbourline.io", "quillfeather.co", "brightmoss.com", "tallowworks.de", "veldtech.co.za",
    "northgale.ca", "pinecrest-logistics.com", "lumenfold.fr", "castaway-studio.es",
)  # fmt: skip


def email(rng: random.Random, who: Person) -> str:
    """An address built from ``who``'s name, folded to ASCII (a name in it is not a PERSON)."""
    given = ascii_fold(who.given).lower().replace(" ", "").replace("'", "")
    sur = ascii_fold(who.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice(
        (
            f"{given}.{sur}",
            f"{given[0]}.{sur}",
            f"{given}{sur}",
            f"{sur}.{given}",
            f"{given}_{sur}{rng.randint(1, 99)}",
            f"{given}{rng.randint(70, 99)}",
            f"{given[0]}{sur}",
        )
    )
    domain = rng.choice(FREE_MAIL if rng.random() < 0.6 else WORK_MAIL)
    return f"{local}@{domain}"


def pattern(rng: random.Random, shape: str) -> str:
    """``#`` any digit, ``N`` a digit 2-9, everything else kept."""
    out = []
    for c in shape:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "N":
            out.append(str(rng.randint(2, 9)))
        else:
            out.append(c)
    return "".join(out)


# (national shapes, international shapes) per country.
PHONE_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        ("(N##) N##-####", "N##-N##-####", "N##.N##.####", "1-N##-N##-####"),
        ("+1 N## N## ####", "+1-N##-N##-####", "+1 (N##) N##-####"),
    ),
    "GB": (
        ("020 7### ####", "0161 ### ####", "07### ######", "0113 ### ####"),
        ("+44 20 7### ####", "+44 7### ######", "+44 (0)113 ### ####", "0044 121 ### ####"),
    ),
    "DE": (
        ("030 N######", "0171 N######", "089 N#######", "0221 N#####-##"),
        ("+49 30 N######", "+49 (0)89 N#######", "+49 151 N#######", "0049 40 N######"),
    ),
    "FR": (
        ("01 ## ## ## ##", "06.##.##.##.##", "07 ## ## ## ##"),
        ("+33 1 ## ## ## ##", "+33 (0)6 ## ## ## ##", "0033 4 ## ## ## ##"),
    ),
    "ES": (("91# ### ###", "6## ## ## ##"), ("+34 91# ## ## ##", "+34 6## ### ###")),
    "IT": (("06 #### ####", "3## ### ####"), ("+39 06 #### ####", "+39 3## ### ####")),
    "NL": (("020-N######", "06-########"), ("+31 20 N## ####", "+31 6 ########")),
    "IN": (("098## #####", "080-N###-####"), ("+91 9#### #####", "+91-80-N###-####")),
    "AU": (("(02) N### ####", "04## ### ###"), ("+61 2 N### ####", "+61 4## ### ###")),
    "IE": (("01 N## ####", "087 ### ####"), ("+353 1 N## ####", "+353 86 ### ####")),
    "BR": (("(11) 9####-####", "(21) N###-####"), ("+55 11 9####-####", "+55 (31) N###-####")),
    "MX": (("55 N### ####", "(33) N### ####"), ("+52 55 N### ####", "+52 1 81 N### ####")),
    "CN": (("138 #### ####", "010-N#######"), ("+86 139 #### ####", "+86 10 N### ####")),
    "NG": (("0803 ### ####", "0703 ### ####"), ("+234 803 ### ####", "+234 (0)1 N## ####")),
    "PH": (("0917 ### ####", "(02) 8### ####"), ("+63 917 ### ####", "+63 2 8### ####")),
    "PL": (("(22) N## ## ##", "5## ### ###"), ("+48 5## ### ###", "+48 22 N## ## ##")),
    "JP": (("03-N###-####", "090-####-####"), ("+81 3-N###-####", "+81 90 #### ####")),
    "SG": (("6N## ####", "9### ####"), ("+65 6N## ####", "+65 9### ####")),
    "ZA": (("021 N## ####", "082 ### ####"), ("+27 21 N## ####", "+27 82 ### ####")),
    "CH": (("044 N## ## ##", "079 ### ## ##"), ("+41 44 N## ## ##", "+41 (0)79 ### ## ##")),
}
EXTENSIONS = (" ext. ###", " x###", " ext ##", " x##")


def phone(rng: random.Random, kind: str = "any") -> str:
    """``kind``: any, national, intl, us (US/CA), ext (with an extension), e164 (+digits)."""
    if kind == "e164":
        country = rng.choice(list(PHONE_SHAPES))
        shape = rng.choice(PHONE_SHAPES[country][1])
        text = pattern(rng, shape).replace("(0)", "")
        return "+" + "".join(c for c in text if c.isdigit()).removeprefix("00")
    if kind == "us":
        return pattern(rng, rng.choice(PHONE_SHAPES["US"][0] + PHONE_SHAPES["US"][1]))
    country = rng.choice(list(PHONE_SHAPES))
    national, international = PHONE_SHAPES[country]
    if kind == "national":
        shapes = national
    elif kind == "intl":
        shapes = international
    else:
        shapes = national + international
    text = pattern(rng, rng.choice(shapes))
    if kind == "ext" and text[-3] != "-":
        text += pattern(rng, rng.choice(EXTENSIONS))
    return text


def ssn_digits(rng: random.Random) -> str:
    """Nine digits an SSN could have (area 001-899 but 666, group 01-99, serial 0001-9999)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, form: str = "dashed") -> str:
    d = ssn_digits(rng)
    sep = {"dashed": "-", "spaced": " ", "dotted": ".", "bare": ""}[form]
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def _ip4_public(rng: random.Random) -> str:
    while True:
        first = rng.randint(1, 223)
        if first not in (10, 127, 169, 172, 192, 100, 0):
            return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip4(rng: random.Random, kind: str = "any") -> str:
    kind = rng.choice(("public", "public", "private", "doc")) if kind == "any" else kind
    if kind == "private":
        return rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            )
        )
    if kind == "doc":
        return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"
    return _ip4_public(rng)


def _hextets(rng: random.Random, prefix: tuple[int, ...]) -> list[int]:
    tail = [rng.choice((0, 0, rng.randint(1, 0xFFFF), rng.randint(1, 0xFFF))) for _ in range(8)]
    words = list(prefix) + tail[len(prefix) :]
    if all(w == 0 for w in words[len(prefix) :]):
        words[-1] = rng.randint(1, 0xFFFF)
    return words


def _v6(words: list[int]) -> ipaddress.IPv6Address:
    return ipaddress.IPv6Address(sum(w << (16 * (7 - i)) for i, w in enumerate(words)))


PREFIXES = ((0x2001, 0xDB8), (0x2A02, 0x8108), (0x2600, 0x1F18), (0x2A01, 0x4F8), (0x2404, 0x6800))


def ip6(rng: random.Random, form: str = "any") -> str:
    """IPv6 in one of its written forms: compressed, full, stripped (no ``::``), upper,
    mapped (``::ffff:a.b.c.d``), nat64, ula, link (link-local), zone (link-local ``%if``)."""
    if form == "any":
        form = rng.choice(
            ("compressed", "compressed", "full", "stripped", "upper", "mapped", "nat64", "ula",
             "link", "zone")
        )  # fmt: skip
    if form == "mapped":
        return rng.choice(("::ffff:", "::FFFF:")) + ip4(rng)
    if form == "nat64":
        return "64:ff9b::" + ip4(rng, "public")
    if form in ("link", "zone"):
        words = [0xFE80, 0, 0, 0] + [rng.randint(0, 0xFFFF) for _ in range(4)]
        text = _v6(words).compressed
        if form == "zone":
            text += "%" + rng.choice(("eth0", "en0", "wlan0", "ens192", "3"))
        return text
    if form == "ula":
        words = _hextets(rng, (0xFD00 + rng.randint(0, 0xFF), rng.randint(1, 0xFFFF)))
        return _v6(words).compressed
    address = _v6(_hextets(rng, rng.choice(PREFIXES)))
    if form == "full":
        return address.exploded
    if form == "stripped":
        return ":".join(f"{int(h, 16):x}" for h in address.exploded.split(":"))
    if form == "upper":
        return address.compressed.upper()
    return address.compressed


def luhn_complete(body: str) -> str:
    """``body`` with the Luhn check digit appended."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


CARD_BRANDS = (
    ("4", 16, "4444"), ("4", 16, "4444"), ("51", 16, "4444"), ("55", 16, "4444"),
    ("2221", 16, "4444"), ("2720", 16, "4444"), ("34", 15, "465"), ("37", 15, "465"),
    ("6011", 16, "4444"), ("3528", 16, "4444"), ("36", 14, "464"), ("62", 16, "4444"),
)  # fmt: skip


def card(rng: random.Random) -> str:
    prefix, length, groups = rng.choice(CARD_BRANDS)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    number = luhn_complete(body)
    sep = rng.choice((" ", " ", "-", ""))
    parts, at = [], 0
    for g in groups:
        parts.append(number[at : at + int(g)])
        at += int(g)
    return sep.join(parts)


def _mod97(digits: str) -> int:
    return int(digits) % 97


def _alnum_digits(text: str) -> str:
    return "".join(str(int(c, 36)) for c in text)


def iban_check(country: str, bban: str) -> str:
    return f"{98 - _mod97(_alnum_digits(bban + country + '00')):02d}"


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_control(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def _n(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def bban(rng: random.Random, country: str) -> str:
    if country == "DE":
        return _n(rng, 8) + _n(rng, 10)
    if country == "GB":
        return rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _n(rng, 14)
    if country == "IE":
        return rng.choice(("AIBK", "BOFI")) + _n(rng, 14)
    if country == "NL":
        return rng.choice(("ABNA", "RABO", "INGB", "TRIO", "SNSB")) + _n(rng, 10)
    if country == "FR":
        bank, branch, account = _n(rng, 5), _n(rng, 5), _n(rng, 11)
        return bank + branch + account + _fr_rib_key(bank, branch, account)
    if country == "ES":
        bank, branch, account = _n(rng, 4), _n(rng, 4), _n(rng, 10)
        return bank + branch + _es_control("00" + bank + branch) + _es_control(account) + account
    if country == "BE":
        first = _n(rng, 10)
        key = int(first) % 97 or 97
        return f"{first}{key:02d}"
    if country == "PT":
        body = _n(rng, 19)
        return body + f"{98 - int(body + '00') % 97:02d}"
    if country == "AT":
        return _n(rng, 16)
    if country == "CH":
        return _n(rng, 17)
    if country == "PL":
        return _n(rng, 24)
    if country == "FI":
        return _n(rng, 14)
    return _n(rng, 3) + _n(rng, 13)  # LU


IBAN_COUNTRIES = ("DE", "GB", "FR", "ES", "NL", "BE", "IE", "AT", "CH", "PL", "PT", "FI", "LU")


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(IBAN_COUNTRIES)
    body = bban(rng, country)
    compact = country + iban_check(country, body) + body
    if grouped is None:
        grouped = rng.random() < 0.6
    if not grouped:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def address(rng: random.Random, countries: tuple[str, ...] = ()) -> Address:
    country = rng.choice(countries or tuple(FORMATS))
    return FORMATS[country](rng)


def canada_post(addr: Address) -> str:
    """A Canadian address on a label: capitals, province and postcode after two spaces."""
    city_line = addr.locality[0].upper().replace(", ", " ", 1)
    city_line = city_line[: -len(addr.postcode)].rstrip() + "  " + addr.postcode.upper()
    return f"{addr.street.upper()}\n{city_line}"
