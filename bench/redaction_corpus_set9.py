# ruff: noqa: RUF001
# (RUF001: names, streets and cities are written with their own diacritics.)
"""Set 9 of the harder PII corpora: ``data/pii/hard_holdout9.jsonl``, a blind HELD-OUT split.

2,000 sentences with PII spread evenly over seven registers (chat, ticket, search, review,
log, json, multiline) and 2,000 look-alikes without PII (``"negative": true``). Templates and
pools are new: the given names, surnames and street names share no token (names) or text
(streets) with the pools of sets 6-8 (``bench/redaction_corpus_set67.py``,
``bench/redaction_corpus_set8.py``) nor with any gold PERSON / STREET_ADDRESS span of
``data/pii/*.jsonl``; ``check_pools`` asserts it on every run. Only the Luhn / mod-97 helpers and
the IBAN BBAN layouts are imported from the set 6/7 generator. The detector's code and tests
were not read and the detector was not run on this file while it was written.

Templates are strings with slots ``{kind}``; PII kinds (``PII``) become gold spans, every other
kind is filler (``FILLERS``). Gold conventions are the ones in ``data/pii/README.md``.

Run: ``python -m bench.redaction_corpus_set9`` (seed 97; byte-for-byte stable).
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench import redaction_corpus_set8 as set8
from bench import redaction_corpus_set67 as set67
from bench.make_redaction_corpus import OUT_DIR, write_set
from bench.redaction_corpus_set67 import IBAN_LAYOUTS, iban_numeric, iban_ok, luhn_digit, luhn_ok

T = TypeVar("T")

SEED = 97
FILE = "hard_holdout9.jsonl"
POSITIVES = 2000
NEGATIVES = 2000
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


class Draw:
    """Seeded random draws."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, pool: Sequence[T]) -> T:
        return pool[self.rng.randrange(len(pool))]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def num(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))


def pattern(d: Draw, shape: str) -> str:
    """``N`` any digit, ``X`` a digit 2-9, ``L`` an upper-case letter; the rest literal."""
    out = []
    for ch in shape:
        if ch == "N":
            out.append(d.digits(1))
        elif ch == "X":
            out.append(str(d.num(2, 9)))
        elif ch == "L":
            out.append(d.letters(1))
        else:
            out.append(ch)
    return "".join(out)


# -- people ----------------------------------------------------------------------------------
# culture: (given names, surnames). Tokens found in earlier pools or gold spans are dropped by
# ``filtered_pools`` (and ``check_pools`` asserts that none is left).
CULTURES: dict[str, tuple[str, str]] = {
    "igbo": (
        "Chukwuemeka, Adaeze, Ikenna, Chiamaka, Ebuka, Uchenna, Nkechi, Obiageli, Chidinma, "
        "Ifeoma, Kelechi, Nnaemeka",
        "Nwosu, Anyanwu, Obiora, Ugwu, Okeke, Nwachukwu, Ezeani, Onyekachi, Okpara, Iwuchukwu, "
        "Onuoha",
    ),
    "akan": (
        "Kwabena, Akosua, Adwoa, Kwadwo, Afua, Yaa, Kwaku, Ekow, Efua, Kobina",
        "Boateng, Owusu, Darko, Appiah, Ofori, Agyeman, Frimpong, Nyarko, Amponsah, Adomako, "
        "Acheampong",
    ),
    "wolof": (
        "Moustapha, Ndeye, Cheikh, Aissatou, Babacar, Coumba",
        "Gueye, Mbaye, Seck, Thiam, Sarr, Diagne, Ndour",
    ),
    "amharic_oromo": (
        "Tesfaye, Meseret, Hirut, Gemechu, Chaltu, Abebe, Tigist, Yohannes",
        "Bekele, Tadesse, Kebede, Ayana, Tolosa, Gebremariam, Wolde, Desta",
    ),
    "somali": (
        "Abdirahman, Hodan, Faadumo, Abdiweli, Sahra, Guled",
        "Warsame, Egal, Jama, Samatar, Dirie, Hirsi, Abdulle, Gedi, Mohamud, Yabarow, Ugaas",
    ),
    "zulu_xhosa": (
        "Sipho, Thandeka, Nomvula, Siyabonga, Lwazi, Zanele, Ayanda, Sizwe",
        "Ndlovu, Zungu, Mthembu, Khumalo, Nxumalo, Mabaso, Qwabe, Ngcobo",
    ),
    "rwandan": (
        "Uwase, Mugisha, Ishimwe, Kwizera, Umutoni, Ineza",
        "Habimana, Niyonzima, Nsengiyumva, Uwimana, Mukamana, Hakizimana",
    ),
    "kikuyu": (
        "Wanjiru, Njeri, Wambui, Gitau, Wairimu, Kimani",
        "Kariuki, Njoroge, Githinji, Waweru, Kinyanjui, Mugo",
    ),
    "caucasus": (
        "Zaurbek, Khava, Aslanbek, Zalina, Murat, Fatima",
        "Bersanov, Temirkhanov, Shogenov, Kuashev, Abazov, Tsoraev",
    ),
    "kyrgyz_kazakh": (
        "Aibek, Aigerim, Asel, Bakyt, Cholpon, Dinara, Yerlan, Saule",
        "Abdrakhmanov, Usenov, Zhumabaev, Toktogulov, Isakova, Baimukhanov, Seitkali",
    ),
    "buryat_yakut": (
        "Bair, Tuyana, Erdeni, Sayana, Aisen, Sardana",
        "Tsydenov, Dorzhiev, Sleptsov, Tsyrenova, Badmaev, Sivtsev",
    ),
    "tibetan": (
        "Tenzin, Pema, Dolma, Lobsang, Yangchen, Choden, Kunga",
        "Namgyal, Gyatso, Lhamo, Wangdi, Dhondup, Sherpa, Phuntsok",
    ),
    "tamil": (
        "Murugan, Kavitha, Senthil, Yazhini, Arulmozhi, Karthikeyan, Thenmozhi, Ilango",
        "Subramaniam, Ramasamy, Palaniappan, Annamalai, Sivakumar, Velusamy, Chidambaram",
    ),
    "odia_assamese": (
        "Debasish, Smruti, Bhaskar, Anwesha, Pranjal, Bornali, Jyotirmoy",
        "Mohapatra, Pattnaik, Baruah, Gogoi, Bordoloi, Kalita, Sahoo",
    ),
    "manipuri": (
        "Thoiba, Bembem, Ibomcha, Sanatombi, Tomba",
        "Ningombam, Laishram, Thokchom, Yumnam, Khumanthem",
    ),
    "burmese": (
        "Thiri, Hnin, Zaw, Nandar, Ye Yint, Su Mon, Phyu Phyu, Myo Min, Ei Ei",
        "Htet, Naing, Lwin, Thant, Kyaw Zin, Myint",
    ),
    "cebuano_ilocano": (
        "Jovelyn, Rhodora, Dindo, Marites, Junjun, Lorna, Rommel",
        "Cabahug, Ylanan, Pagaduan, Agbayani, Dumlao, Cabanilla, Bacani",
    ),
    "balinese_bugis": (
        "Wayan, Ketut, Nyoman, Komang, Upik, Putu",
        "Suardana, Arimbawa, Mattalitti, Chaniago, Piliang, Sukerta",
    ),
    "hakka_hokkien": (
        "Siew Ling, Kah Wai, Fook Seng, Mei Fong, Chee Keong, Kok Leong, Yoke Lin, Wai Keong",
        "Liew, Thong, Fui, Yap, Khoo, Teoh",
    ),
    "ojibwe_cree": (
        "Winona, Shawnee, Aiyana, Kitchi, Mahkwa",
        "Kakegamic, Meekis, Keesick, Wapoose, Bighetty, Cutknife",
    ),
    "pacific_east": (
        "Teuira, Vaitiare, Tehani, Heimana, Litokwa, Hinano",
        "Tetuanui, Temaru, Tehei, Anjain, Kabua, Jetnil",
    ),
    "andean_meso": (
        "Killa, Inti, Wayra, Citlali, Xochitl, Nayeli, Itzel, Yaretzi, Sumaq, Amaru, Yolotzin",
        "Mamani, Quispe, Condori, Huanca, Choque, Tzul, Canul, Poot, Apaza, Ticona, Cutipa",
    ),
    "acadian_cajun": (
        "Clovis, Alcide, Odile, Ursule, Delphine, Evangeline",
        "Thibodeaux, Boudreaux, Arceneaux, Robichaux, Comeaux, Guidry",
    ),
    "afrikaans": (
        "Riaan, Annelie, Wynand, Marlize, Jaco, Elmarie, Hennie",
        "Coetzee, Pienaar, Breytenbach, Oosthuizen, Swanepoel, Venter, Du Toit",
    ),
    "lusophone_africa": (
        "Nzinga, Eulália, Domingas, Kiluanji, Edmilson, Celestino",
        "Cossa, Macuácua, Muchanga, Nhantumbo, Kiala, Mabunda",
    ),
    "welsh_cornish_manx": (
        "Gwenllian, Iestyn, Rhodri, Eluned, Morwenna, Jago, Tamsin, Kerensa",
        "Prosser, Trelawny, Penhaligon, Tregenza, Quayle, Kermode, Cregeen",
    ),
    "scottish_gaelic": (
        "Ealasaid, Ruaridh, Seonag, Eilidh, Mòrag, Lachlan",
        "MacAulay, MacNeil, Nicolson, Matheson, MacIver, MacLeòid",
    ),
    "swiss_sorbian": (
        "Ursina, Gian, Reto, Flurina, Jurij, Beat",
        "Caduff, Cathomen, Tscharner, Zimmerli, Krawc, Nuk",
    ),
    "baltic_albanian": (
        "Vytautas, Gintarė, Dardan, Blerta, Arbër, Shpresa, Rasa",
        "Žukauskas, Petrauskienė, Kelmendi, Shala, Rexhepi, Mickevičius",
    ),
    "finnish": (
        "Väinö, Sirkka, Tuulikki, Eero, Aino, Ilmari, Iiris, Onni, Veikko, Kerttu",
        "Lehtonen, Heikkinen, Koskinen, Nieminen, Hakala, Rantanen, Väisänen, Salminen, Pesonen",
    ),
    "anglo_words": (
        "Hope, Faith, Ivy, Clay, Reed, Dawn, Summer, Forrest, Sterling, Brooke, Hunter, Wade",
        "Fisher, Mason, Rivers, Frost, Marsh, Sharp, Lamb, Moon, Bird, Booker, Hedges",
    ),
    "korean": (
        "Ha-eun, Seo-yeon, Do-hyun, Ji-ho, Min-seo, Yu-jin, Seung-woo, Ye-rin, Tae-yang, Na-rae, "
        "Bo-ram, Hye-jin, Eun-chae, Gyu-ri",
        "Bae, Seo, Hwang, Nam, Yoo, Gil",
    ),
    "japanese": (
        "Haruto, Yui, Sota, Rin, Hinata, Kaito, Tsubasa, Kotone, Itsuki, Minato, Akari, Hayato",
        "Kobayashi, Fujita, Ishikawa, Ogawa, Hasegawa, Morita, Kuroda, Nishimura, "
        "Takeuchi, Shibata",
    ),
    "chinese": (
        "Zihan, Yuxuan, Haoran, Xinyi, Ruoxi, Jiahao, Zimo, Yutong, Mingxuan, Shuyi, Kexin",
        "Gu, Pan, Du, Shen, Qiao, Fang",
    ),
    "vietnamese": (
        "Khánh, Phương, Quang, Diệp, Thảo, Tuấn, Nhung, Hiếu, Trâm, Khoa, Vy",
        "Phan, Vũ, Đặng, Bùi, Đỗ, Huỳnh, Lương, Trịnh, Quách, Tạ",
    ),
    "gulf_levant": (
        "Rawan, Majed, Lujain, Turki, Ghalia, Nayef",
        "Al-Mutairi, Al-Shammari, Al-Otaibi, Nassar, Haddad, Khoury",
    ),
    "turkish_hungarian": (
        "Emre, Elif, Burak, Zeynep, Bence, Réka, Levente, Zsófia, Berkay, Ecrin, Gizem, Botond, "
        "Csenge, Ábel",
        "Yıldız, Şahin, Aydın, Öztürk, Szabó, Kovács, Tóth, Horváth, Karakaya, Erdem, Kılıç, "
        "Balogh, Farkas, Bíró",
    ),
}
FAMILY_FIRST = {
    "korean": 0.6,
    "chinese": 0.6,
    "vietnamese": 0.6,
    "hakka_hokkien": 0.5,
    "japanese": 0.3,
}
PARTICLES = frozenset({"du", "de", "van", "al", "mac"})
TITLES = ("Mr", "Mr.", "Ms", "Mrs.", "Dr.", "Dr", "Prof.", "Coach", "Officer", "Nurse", "Pastor")


def name_tokens(name: str) -> set[str]:
    tokens = set()
    for token in re.split(r"[\s,\-]+", name.lower()):
        token = token.strip(".'’")
        if len(token) > 1 and token not in PARTICLES:
            tokens.add(token)
    return tokens


def _earlier_spans(kind: str) -> list[str]:
    values = []
    for path in sorted(Path(OUT_DIR).glob("*.jsonl")):
        if path.name == FILE:
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                for span in json.loads(line)["spans"]:
                    if span["entity_type"] == kind:
                        values.append(span["value"])
    return values


def forbidden_name_tokens() -> set[str]:
    tokens: set[str] = set()
    for cultures in (set67.CULTURES, set8.CULTURES):
        for gs, ss in cultures.values():
            for name in _items(gs) + _items(ss):
                tokens |= name_tokens(name)
    for value in _earlier_spans("PERSON"):
        tokens |= name_tokens(value)
    return tokens


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def earlier_streets() -> list[str]:
    """Street names of sets 6-8's pools plus every earlier gold address, lower-cased."""
    out = [v.lower() for v in _earlier_spans("STREET_ADDRESS")]
    for attr in dir(set67):
        if attr.endswith("_STREETS"):
            out += [s.lower() for s in _strings(getattr(set67, attr))]
    out += [s.lower() for s in _strings(set8.STREETS)]
    return out


@dataclass
class Person:
    given: str
    surname: str
    family_first: bool
    initial: str

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"


SPECIAL = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"})


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# -- contact values ----------------------------------------------------------------------------
MAIL_DOMAINS = _items(
    "posteo.de, mailbox.org, tutanota.com, zoho.com, gmx.net, yandex.ru, naver.com, qq.com, "
    "rediffmail.com, web.de, orange.fr, libero.it, hey.com, seznam.cz, kestrelworks.io, "
    "tidalhq.com, brambleco.net, northwind-logistics.com, copperleaf.org, uni-graz.at"
)

# Local national forms (no country code) and a few international ones.
PHONES_LOCAL = (
    "(XNN) XNN-NNNN",
    "XNN-XNN-NNNN",
    "XNN.XNN.NNNN",
    "07NNN NNNNNN",
    "020 7NNN NNNN",
    "0161 NNN NNNN",
    "01NNN NNNNNN",
    "015N NNNNNNNN",
    "0171 NNNNNNN",
    "030 NNNNNNNN",
    "089/NNNNNNN",
    "06 NN NN NN NN",
    "07 NN NN NN NN",
    "01 NN NN NN NN",
    "3NN NNN NNNN",
    "02 NNNN NNNN",
    "6NN NN NN NN",
    "6NN NNN NNN",
    "91 NNN NN NN",
    "06-NNNNNNNN",
    "020-NNN NNNN",
    "04NN NNN NNN",
    "(02) NNNN NNNN",
    "(03) NNNN NNNN",
    "9NNNN NNNNN",
    "011-2NNN NNNN",
    "090-NNNN-NNNN",
    "03-NNNN-NNNN",
    "(11) 9NNNN-NNNN",
    "(21) 9NNNN-NNNN",
    "55 NNNN NNNN",
    "08X NNN NNNN",
    "080N NNN NNNN",
    "010-NNNN-NNNN",
    "5NN NNN NNN",
    "07N-NNN NN NN",
    "07X NNN NN NN",
    "02N NNN NNNN",
    "07NN NNN NNN",
)
PHONES_INTL = (
    "+44 7NNN NNNNNN",
    "+49 15N NNNNNNNN",
    "+33 6 NN NN NN NN",
    "+1 XNN XNN NNNN",
    "+254 7NN NNN NNN",
    "+91 9NNNN NNNNN",
    "+61 4NN NNN NNN",
    "+55 11 9NNNN-NNNN",
    "+27 8X NNN NNNN",
    "+48 5NN NNN NNN",
    "+82 10-NNNN-NNNN",
    "+234 80N NNN NNNN",
)


def phone(d: Draw, intl: bool = False) -> str:
    return pattern(d, d.pick(PHONES_INTL if intl else PHONES_LOCAL))


CARD_PREFIXES: tuple[tuple[str, int], ...] = (
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2223", 16),
    ("2680", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("3566", 16),
    ("36", 14),
    ("62", 16),
    ("62", 19),
)


def card_digits(d: Draw, valid: bool = True) -> str:
    prefix, length = d.pick(CARD_PREFIXES)
    body = prefix + d.digits(length - len(prefix) - 1)
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + d.num(1, 9)) % 10)
    return body + check


def card_format(d: Draw, digits: str) -> str:
    if len(digits) == 15:
        sep = d.pick((" ", "-", ""))
        return f"{digits[:4]}{sep}{digits[4:10]}{sep}{digits[10:]}"
    if len(digits) == 14:
        return d.pick((digits, f"{digits[:4]} {digits[4:10]} {digits[10:]}"))
    sep = d.pick((" ", "-", "", " "))
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def card(d: Draw) -> str:
    return card_format(d, card_digits(d))


def ssn_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return len(digits) == 9 and 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ssn(d: Draw) -> str:
    area = d.num(1, 899)
    while area == 666:
        area = d.num(1, 899)
    parts = f"{area:03d}", f"{d.num(1, 99):02d}", f"{d.num(1, 9999):04d}"
    return d.pick(("-", "-", "-", " ", "")).join(parts)


def ssn_bad(d: Draw) -> str:
    area = d.pick(("000", "666", f"{d.num(900, 999)}"))
    return f"{area}-{d.num(1, 99):02d}-{d.num(1, 9999):04d}"


def ipv4(d: Draw) -> str:
    kind = d.num(0, 3)
    if kind == 0:
        return f"10.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}"
    if kind == 1:
        return f"192.168.{d.num(0, 255)}.{d.num(1, 254)}"
    if kind == 2:
        return f"172.{d.num(16, 31)}.{d.num(0, 255)}.{d.num(1, 254)}"
    first = d.pick((81, 88, 91, 109, 145, 185, 203, 212))
    return f"{first}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}"


def ipv6(d: Draw) -> str:
    base = d.pick(
        (0x20010DB8, 0x2A02_0000 + d.num(0, 0xFFFF), 0xFD00_0000 + d.num(0, 0xFFFF), 0xFE800000)
    )
    low = d.rng.getrandbits(64) if d.chance(0.6) else d.num(1, 0xFFFF)
    addr = ipaddress.IPv6Address((base << 96) | (d.num(0, 0xFFFF) << 64) | low)
    text = addr.exploded if d.chance(0.15) else addr.compressed
    return text.upper() if d.chance(0.15) else text


IBAN_COUNTRIES = (
    "DE",
    "GB",
    "FR",
    "NL",
    "ES",
    "IT",
    "BE",
    "AT",
    "PL",
    "PT",
    "IE",
    "SE",
    "NO",
    "DK",
    "FI",
)


def iban_raw(d: Draw, valid: bool = True) -> str:
    country = d.pick([c for c in IBAN_COUNTRIES if c in IBAN_LAYOUTS])
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUTS[country]):
        for _ in range(int(count)):
            bban += d.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else d.digits(1)
    check = 98 - iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + d.num(1, 50)) % 97 + 2
        if check > 98:
            check -= 10
    value = f"{country}{check:02d}{bban}"
    if not valid and iban_ok(value):
        value = f"{country}{(check % 90) + 3:02d}{bban}"
    if d.chance(0.5):
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# -- addresses -----------------------------------------------------------------------------
STREET_NAMES_EN = _items(
    "Quillfeather, Lanternfly, Marrowbone, Copperbeech, Tidewrack, Saltmarsh Reach, Kestrelmoor, "
    "Hollyhock Bend, Brackenridge, Windlestraw, Gorsebrook, Pennywort, Cinquefoil Hollow, "
    "Thistlecombe, Ravenglass, Ironbridge, Mistletoe, Stonechat, Fernhollow, Tansyfield, "
    "Quernstone, Cobblestone Mill, Glasshouse, Peppercorn, Whinberry, Otterburn, Turnstone Quay, "
    "Bellflower, Harebell, Goldcrest, Sweetgale, Quarrymoor, Ashgrove Fold, Sorrel, Burnet Rose"
)
STREET_NAMES_DE = _items(
    "Eisvogel, Holunder, Kornblumen, Wacholder, Ginsterheide, Lerchenfeld, Schlehen, Fasanerie"
)
STREET_NAMES_FR = _items(
    "des Vanniers, du Pressoir, des Glycines, de la Chaudronnerie, des Cordiers, "
    "des Martinets Noirs"
)
STREET_NAMES_IT = _items(
    "dei Gelsi, delle Fornaci, del Melograno, dei Cordai, delle Lavandaie, del Carpino"
)
STREET_NAMES_ES = _items(
    "de los Alfareros, del Romero, de las Norias, del Azahar, de los Tintoreros"
)
STREET_NAMES_NL = _items("Zwanenbloem, Klaproos, Ketelboeter, Wilgenhof, Reigersbek, Lijnbaan-Oost")
STREET_NAMES_PL = _items("Jarzębinowa, Wrzosowa, Kowalska, Łąkowa Dolna, Powroźnicza")
STREET_NAMES_PT = _items("das Acácias Roxas, dos Tecelões, do Cajueiro, das Mangueiras Altas")
STREET_NAMES_SG = _items("Jurong Lakeview, Tampines Larch, Sengkang Fernvale, Bedok Rimba")

US_TYPES = ("St", "Street", "Ave", "Avenue", "Rd", "Dr", "Ln", "Way", "Ct", "Pl", "Blvd", "Terrace")
US_PLACES = (
    ("Bozeman", "MT", "597"),
    ("Duluth", "MN", "558"),
    ("Asheville", "NC", "288"),
    ("Flagstaff", "AZ", "860"),
    ("Burlington", "VT", "054"),
    ("Eugene", "OR", "974"),
    ("Lafayette", "LA", "705"),
    ("Boise", "ID", "837"),
    ("Ithaca", "NY", "148"),
    ("Missoula", "MT", "598"),
    ("Tulsa", "OK", "741"),
    ("Wichita", "KS", "672"),
)
GB_PLACES = (
    ("Kendal", "LA9"),
    ("Hexham", "NE46"),
    ("Truro", "TR1"),
    ("Ludlow", "SY8"),
    ("Whitby", "YO21"),
    ("Ely", "CB7"),
)
GB_TYPES = ("Road", "Lane", "Close", "Mews", "Gardens", "Row")
CA_PLACES = (
    ("Kelowna", "BC", "V1Y"),
    ("Moncton", "NB", "E1C"),
    ("Sudbury", "ON", "P3A"),
    ("Lethbridge", "AB", "T1J"),
)
AU_PLACES = (
    ("Fremantle", "WA", "6160"),
    ("Ballarat", "VIC", "3350"),
    ("Toowoomba", "QLD", "4350"),
    ("Launceston", "TAS", "7250"),
)
NZ_PLACES = (
    ("Ponsonby", "Auckland", "1011"),
    ("Riccarton", "Christchurch", "8011"),
    ("Karori", "Wellington", "6012"),
)
ZA_PLACES = (
    ("Rondebosch", "Cape Town", "7700"),
    ("Melville", "Johannesburg", "2092"),
    ("Morningside", "Durban", "4001"),
)
DE_PLACES = (("Bamberg", "960"), ("Lüneburg", "213"), ("Tübingen", "720"), ("Görlitz", "028"))
FR_PLACES = (("Annecy", "740"), ("Nancy", "540"), ("Périgueux", "240"), ("Quimper", "290"))
IT_PLACES = (
    ("Lecce", "731", "LE"),
    ("Trento", "381", "TN"),
    ("Perugia", "061", "PG"),
    ("Cagliari", "091", "CA"),
)
ES_PLACES = (("Logroño", "260"), ("Cáceres", "100"), ("Girona", "170"), ("Oviedo", "330"))
NL_PLACES = ("Zwolle", "Deventer", "Leeuwarden", "Haarlem")
PL_PLACES = ("Toruń", "Lublin", "Opole", "Rzeszów")
BR_PLACES = (
    ("Curitiba", "PR"),
    ("Recife", "PE"),
    ("Belo Horizonte", "MG"),
    ("Florianópolis", "SC"),
)

COUNTRY_NAMES = {
    "us": ("USA", "United States"),
    "gb": ("UK", "United Kingdom"),
    "ca": ("Canada",),
    "au": ("Australia",),
    "nz": ("New Zealand",),
    "za": ("South Africa",),
    "de": ("Germany", "Deutschland"),
    "fr": ("France",),
    "it": ("Italy", "Italia"),
    "es": ("Spain", "España"),
    "nl": ("Netherlands",),
    "pl": ("Poland", "Polska"),
    "br": ("Brazil", "Brasil"),
    "sg": ("Singapore",),
}


@dataclass
class Addr:
    lines: list[str]  # street line first, then locality lines
    country: str


def addr_us(d: Draw) -> Addr:
    city, st, z = d.pick(US_PLACES)
    street = f"{d.num(3, 9899)} {d.pick(STREET_NAMES_EN)} {d.pick(US_TYPES)}"
    if d.chance(0.3):
        street += d.pick(
            (
                f" Apt {d.num(1, 40)}{d.pick('ABCD')}",
                f" Unit {d.num(100, 820)}",
                f" #{d.num(2, 60)}",
            )
        )
    zip_code = z + d.digits(2) + (f"-{d.digits(4)}" if d.chance(0.2) else "")
    return Addr([street, f"{city}, {st} {zip_code}"], "us")


def addr_gb(d: Draw) -> Addr:
    town, out = d.pick(GB_PLACES)
    street = f"{d.num(1, 180)} {d.pick(STREET_NAMES_EN)} {d.pick(GB_TYPES)}"
    if d.chance(0.25):
        street = f"Flat {d.num(1, 12)}, {street}"
    return Addr([street, f"{town} {out} {d.num(1, 9)}{d.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"], "gb")


def addr_ca(d: Draw) -> Addr:
    city, prov, fsa = d.pick(CA_PLACES)
    number, name = d.num(10, 4999), d.pick(STREET_NAMES_EN)
    street = f"{number} {name} {d.pick(('Crescent', 'Avenue', 'Drive', 'Rd'))}"
    return Addr(
        [
            street,
            f"{city}, {prov} {fsa} {d.digits(1)}{d.letters(1, 'ABCEGHJKLMNPRSTVXY')}{d.digits(1)}",
        ],
        "ca",
    )


def addr_au(d: Draw) -> Addr:
    sub, state, pc = d.pick(AU_PLACES)
    n = f"{d.num(1, 30)}/{d.num(2, 300)}" if d.chance(0.4) else str(d.num(2, 300))
    return Addr(
        [
            f"{n} {d.pick(STREET_NAMES_EN)} {d.pick(('Pde', 'Tce', 'St', 'Crescent'))}",
            f"{sub} {state} {pc}",
        ],
        "au",
    )


def addr_nz(d: Draw) -> Addr:
    sub, city, pc = d.pick(NZ_PLACES)
    return Addr([f"{d.num(1, 250)} {d.pick(STREET_NAMES_EN)} Road", f"{sub}, {city} {pc}"], "nz")


def addr_za(d: Draw) -> Addr:
    sub, city, pc = d.pick(ZA_PLACES)
    return Addr([f"{d.num(1, 99)} {d.pick(STREET_NAMES_EN)} Avenue", f"{sub}, {city}, {pc}"], "za")


def addr_de(d: Draw) -> Addr:
    city, pc = d.pick(DE_PLACES)
    base = d.pick(STREET_NAMES_DE)
    street = d.pick((f"{base}straße", f"{base}weg", f"Am {base}"))
    return Addr(
        [f"{street} {d.num(1, 90)}{d.pick(('', '', 'a', 'b'))}", f"{pc}{d.digits(2)} {city}"], "de"
    )


def addr_fr(d: Draw) -> Addr:
    city, pc = d.pick(FR_PLACES)
    kind = d.pick(("rue", "impasse", "allée", "chemin"))
    num = f"{d.num(1, 120)}{d.pick(('', '', ' bis', ' ter'))}"
    return Addr([f"{num} {kind} {d.pick(STREET_NAMES_FR)}", f"{pc}{d.digits(2)} {city}"], "fr")


def addr_it(d: Draw) -> Addr:
    city, pc, prov = d.pick(IT_PLACES)
    return Addr(
        [
            f"{d.pick(('Via', 'Vicolo', 'Piazza'))} {d.pick(STREET_NAMES_IT)} {d.num(1, 150)}",
            f"{pc}{d.digits(2)} {city} ({prov})",
        ],
        "it",
    )


def addr_es(d: Draw) -> Addr:
    city, pc = d.pick(ES_PLACES)
    street = f"{d.pick(('Calle', 'Travesía', 'Plaza'))} {d.pick(STREET_NAMES_ES)} {d.num(1, 90)}"
    if d.chance(0.5):
        street += f", {d.num(1, 8)}º {d.pick('ABCD')}"
    return Addr([street, f"{pc}{d.digits(2)} {city}"], "es")


def addr_nl(d: Draw) -> Addr:
    base = d.pick(STREET_NAMES_NL)
    street = d.pick((f"{base}straat", f"{base}laan", f"{base}hof"))
    return Addr(
        [f"{street} {d.num(1, 200)}", f"{d.num(1000, 9999)} {d.letters(2)} {d.pick(NL_PLACES)}"],
        "nl",
    )


def addr_pl(d: Draw) -> Addr:
    return Addr(
        [
            f"ul. {d.pick(STREET_NAMES_PL)} {d.num(1, 90)}/{d.num(1, 40)}",
            f"{d.digits(2)}-{d.digits(3)} {d.pick(PL_PLACES)}",
        ],
        "pl",
    )


def addr_br(d: Draw) -> Addr:
    city, uf = d.pick(BR_PLACES)
    return Addr(
        [
            f"Rua {d.pick(STREET_NAMES_PT)}, {d.num(10, 2400)}",
            f"{city} - {uf}, {d.digits(5)}-{d.digits(3)}",
        ],
        "br",
    )


def addr_sg(d: Draw) -> Addr:
    block, name, ave = d.num(100, 899), d.pick(STREET_NAMES_SG), d.num(1, 9)
    street = f"Blk {block} {name} Ave {ave}, #{d.num(2, 25):02d}-{d.num(1, 400)}"
    return Addr([street, f"Singapore {d.num(400000, 829999)}"], "sg")


ADDRESS_FORMATS: tuple[Callable[[Draw], Addr], ...] = (
    addr_us,
    addr_us,
    addr_us,
    addr_gb,
    addr_gb,
    addr_ca,
    addr_au,
    addr_nz,
    addr_za,
    addr_de,
    addr_fr,
    addr_it,
    addr_es,
    addr_nl,
    addr_pl,
    addr_br,
    addr_sg,
)


def address(d: Draw) -> Addr:
    return d.pick(ADDRESS_FORMATS)(d)


def addr_line(d: Draw, a: Addr) -> str:
    text = ", ".join(a.lines)
    if d.chance(0.3):
        text += ", " + d.pick(COUNTRY_NAMES[a.country])
    return text


def all_streets() -> list[str]:
    return (
        STREET_NAMES_EN
        + STREET_NAMES_DE
        + STREET_NAMES_FR
        + STREET_NAMES_IT
        + STREET_NAMES_ES
        + STREET_NAMES_NL
        + STREET_NAMES_PL
        + STREET_NAMES_PT
        + STREET_NAMES_SG
    )


# -- templates -----------------------------------------------------------------------------
# Positive templates by register. Person slots: P full, Pg given, Ps surname (after a title),
# Pr "Surname, Given", Pi with initials, Pl/Pgl lower case, Pu upper case, Psu "SURNAME Given".
POSITIVE: dict[str, list[str]] = {
    "chat": [
        "ok so {Pgl} just texted me, she's running 10 min late",
        "lol {Pgl} and {Pgl} are already at the bar",
        "can someone ping {Pl}? she has the keys",
        "told {Pgl} to bring the speaker, no answer yet",
        "{Pgl} u coming tonight or nah",
        "my number changed btw, it's {T} now",
        "{T} call me when ur out",
        "new mobile: {T} (old one got nicked)",
        "who invited {Pl} lmao",
        "met {Pg} at the climbing gym today, super nice",
        "pls send the invoice to {E} not my work one",
        "{Pgl} {Pgl} and me are splitting the airbnb",
        "i think {P} is the new landlord?? not sure",
        "hbd {Pgl}!!! 🎉",
        "just saw {Pu} on the local news wtf",
        "ask {Pg} for the wifi pw, i forgot",
        "venmo me or send to {B}, whatever is easier",
        "home wifi router is {I}, try that",
        "thx {Pg} 🙏 owe u one",
        "drop the box at {Al}, door code is {n}",
        "gonna pick up {Pgl} from the airport at 6",
        "anyone else in the group chat with {Pl}?",
        "{Pgl} said she'd call u from {T}",
        "can u ring {T} and ask for {Pg}",
        "ugh {Pgl}'s dog ate my charger",
        "ok {Pgl} i'm outside, white car",
        "reminder: {Pg} and {Pg} have the tent",
        "we moved!! new place is {A}",
        "text {T} if the buzzer doesn't work",
    ],
    "ticket": [
        "Customer {P} reports the export button does nothing on Safari.",
        "Assigned to {P}; escalate to {P} if not resolved by Friday.",
        "Caller left a callback number: {T}.",
        "Please refund the charge on card {C} — duplicate payment.",
        "User {Pr} cannot log in after the password reset.",
        "Spoke with {Ps} (title {TITLE}) and confirmed the delivery address {A}.",
        "Reopened by {P}. Previous owner {Pi}.",
        "Account holder {P}, SSN {S}, requests a copy of the 1099.",
        "Blocked sign-in attempts from {I} against the admin portal.",
        "Please update the payout IBAN to {B} for vendor {P}.",
        "{P} and {P} both reported the outage around {time}.",
        "Contact: {E} / {T}",
        "The parcel was signed for by {Pi} at {time}.",
        "Requester {Psu} asked for the invoice to be resent to {E}.",
        "Escalated by {TITLE} {Ps} after the third failed delivery to {A}.",
        "Device last seen at {I6}; user {P} confirms it was stolen.",
        "Please call the customer back on {T} between 9 and 5.",
        "{P} wants to change the billing address to {A}.",
        "Duplicate of the ticket opened by {Pr}; closing.",
        "Card ending {last4} declined; customer supplied full number {C} over chat (redact!).",
        "Mis-shipped: the order for {P} went to {A} instead.",
        "Verified identity of {P} using SSN {S} and date of birth.",
        "Technician {Pg} will visit on {day}; customer mobile {T}.",
        "Note from {Pg}: refund approved, IBAN {B}.",
        "Suspicious login for {E} from {I}.",
        "Thanks {Pg}, the fix from {P} solved it.",
        "CC: {P}, {P}, {P}",
        "Owner changed from {P} to {P}.",
        "{TITLE} {Ps} called from {T} about the damaged sofa.",
    ],
    "search": [
        "{Pl} {city} linkedin software engineer",
        "{Pl} obituary {city}",
        "who is {Pl} dating",
        "{Pl} home phone number lookup",
        "missed call {T} scam or legit",
        "{T} who called me",
        "{Pu} INSTAGRAM FOLLOWERS",
        "is {Pl} married",
        "{Pl} {city} dentist",
        "dr {Psl} pediatrician accepting new patients",
        "{E} password reset not arriving",
        "email {E} spam?",
        "{Pl} age net worth",
        "whois {I}",
        "{I6} geolocation isp",
        "{Al} zillow",
        "sold price history {Al}",
        "{Pl} and {Pl} wedding photos",
        "{Pgl} {Psl} soundcloud",
        "coach {Psl} contact",
        "{Pl} resume pdf",
        "iban {B} bank name swift",
        "is {S} a valid ssn",
        "{Pl} court case {year}",
        "call {T} from abroad",
        "{Pl} twitter",
        "{Pi} publications",
        "{Pl} arrest record",
        "{Pl} realtor",
    ],
    "review": [
        "{P} at the front desk was incredibly patient with us.",
        "Ask for {Pg} — she knows every wine on the list.",
        "Our guide {P} made the whole tour worth it.",
        "Five stars for {Pg} and {Pg}, the best movers we've had.",
        "I called {T} three times and nobody picked up.",
        "The owner, {P}, personally fixed our booking.",
        "Dr. {Ps} listened and actually explained the results.",
        "Avoid. {P} promised a refund and then blocked my number.",
        "Shout out to {Pg} in the bakery section!",
        "Thank you {Pg}! The cake was perfect.",
        "{P} was rude, and the manager {P} didn't care.",
        "Booked through {P}'s agency, would do it again.",
        "We stayed at {A} — cosy flat, noisy street.",
        "Delivered to {A} two days early.",
        "Call {T} directly, it's cheaper than the website.",
        "Our server {Pg} remembered us from last year.",
        "Instructor {Pi} is tough but fair.",
        "Plumber {P} came out on a Sunday, highly recommend ({T}).",
        "The tattoo artist {Pg} did an amazing job.",
        "{Pu} IS THE BEST NANNY WE HAVE EVER HAD",
        "Contact {E} for group bookings, they answer fast.",
        "Nurse {Ps} was kind to my mum the whole night.",
        "Hired {P} and {P} for the wedding band; flawless.",
        "{P} explained the warranty better than the manual.",
        "Tip: text {Pg} on {T} to arrange an early check-in.",
        "The landlord {P} kept our deposit for no reason.",
        "Props to driver {Pg}, handled the snow like a pro.",
        "Went to {Pg}'s class twice a week for a year.",
        "Loved the pottery workshop with {P}.",
    ],
    "log": [
        "level=info user={P_q} action=login src={I}",
        "auth failure for {E} from {I} port {port}",
        "{ts} INFO payment card={C} amount={amt} status=declined",
        '{I} - - [{clf}] "GET /account/{n} HTTP/1.1" 200 {n}',
        "{ts} WARN sms to {T} failed: carrier timeout",
        'msg="profile updated" name={P_q} phone={T_q}',
        "{ts} DEBUG iban={B_c} payee={P_q} verified=true",
        "kyc check ssn={S} name={P_q} result=match",
        "{ts} sshd[{n}]: Accepted publickey for deploy from {I} port {port}",
        "conn from [{I6}]:{port} closed",
        "event=shipment_created recipient={P_q} addr={A_q}",
        '{ts} notify recipient="{P}" channel=email to={E}',
        "audit actor={E} target_user={P_q} op=delete",
        "client_ip={I6} ua=curl/8.4 status=403",
        "{ts} ERROR could not geocode address {A_q}",
        "callback_number={T} queue=billing wait={n}s",
        "dhcp lease {I} assigned to host laptop-{n}",
        "user.display_name={P_q} user.email={E}",
        "{ts} assigned ticket to agent={P_q}",
        "proxy_chain={I},{I} hops=2",
        'sender={E} subject="re: invoice" spam_score=0.1',
        "{ts} INFO card {C} tokenized",
        "owner={P_q} approver={P_q} change=CR-{n}",
        "login ok user={E} ip={I}",
        "{ts} phone verification started for {T}",
        "driver={P_q} stop=3 address={A_q}",
        "whitelisted {I6} for tenant {n}",
        "{ts} user {P} exported 1 report",
        "[{ts}] {Pu} signed the lease",
    ],
    "json": [
        '{{"full_name": "{P}", "email_primary": "{E}", "opt_in": true}}',
        '{{"customer": {{"first": "{Pg}", "last": "{Ps}"}}, "tier": "gold"}}',
        '{{"contact_phone": "{T}", "preferred": true}}',
        '{{"shipping": {{"street": "{Ast}", "city": "{city}", "zip": "{zip}"}}}}',
        '{{"address": "{A}"}}',
        '{{"card_number": "{C}", "exp": "{exp}"}}',
        '{{"ssn": "{S}", "verified": false}}',
        '{{"remote_addr": "{I}", "path": "/login"}}',
        '{{"ip": "{I6}", "asn": {n}}}',
        '{{"iban": "{B}", "holder": "{P}"}}',
        '{{"assignee": "{P}", "watchers": 3, "reporter": "{P}"}}',
        '{{"author": "{Pr}", "title": "Field notes"}}',
        '{{"signed_by": "{Pi}", "date": "{date}"}}',
        '{{"participants": ["{P}", "{P}", "{P}"]}}',
        '{{"emergency_contact": {{"name": "{P}", "phone": "{T}"}}}}',
        "{{'user': '{Pl}', 'mobile': '{T}'}}",
        '{{"display": "{Pg}", "email": "{E}", "phone": "{T}"}}',
        '{{"billing": {{"line1": "{Ast}", "postcode": "{zip}"}}, "name": "{P}"}}',
        '{{"recipient": "{Psu}", "tracking": "{wbid}"}}',
        '{{"guest": "{P}", "room": {n}, "late_checkout": true}}',
        '{{"from": "{E}", "to": ["{E}"]}}',
        '{{"payer": {{"name": "{P}", "iban": "{B}"}}}}',
        '{{"doctor": "Dr. {Ps}", "patient": "{P}"}}',
        '{{"comment": "thanks {Pg}, works now"}}',
        '{{"client": {{"ip": "{I}", "user": "{E}"}}}}',
        '{{"pan": "{C}", "cardholder": "{Pu}"}}',
        '{{"tax_id": "{S}", "employee": "{P}"}}',
        '{{"delivery_address": "{A}", "phone": "{T}"}}',
        '{{"members": "{P}; {P}"}}',
    ],
    "multiline": [
        "Hi {Pg},\n\nThanks for your patience. I've attached the receipt.\n\nBest,\n{P}",
        "ATTN: {Pu}\n{Aml}\nFRAGILE",
        "Ship to:\n{P}\n{Aml}\n{T}",
        "Full name ..... {P}\nMobile ........ {T}\nE-mail ........ {E}",
        "From: {P} <{E}>\nTo: {P} <{E}>\nSubject: Saturday",
        "Cheers,\n{Pg}\n{T}",
        "Dear {TITLE} {Ps},\n\nYour appointment is confirmed for {day}.\n\nKind regards,\n{P}",
        "first_name,last_name,phone\n{Pg},{Ps},{T}\n{Pg},{Ps},{T}",
        "name,email\n{P},{E}\n{P},{E}",
        "Account holder: {P}\nIBAN: {B}\nReference: INV-{n}",
        "Applicant: {Pr}\nSSN: {S}\nDOB: {date}",
        "--\n{P}\nSenior Buyer\n{T} (mobile)",
        "Street: {Ast}\nCity: {city}\nPostcode: {zip}",
        "Deliver to {P}\n{Aml}",
        "Hey {Pg}!\nGreat seeing you. My new number is {T}.\n— {Pg}",
        "If undeliverable return to:\n{Aml}",
        "Guests:\n- {P}\n- {P}\n- {P}",
        "Card: {C}\nName on card: {Pu}\nExp: {exp}",
        "Server: web-{n}\nIP: {I}\nOwner: {P}",
        "> On {date}, {P} wrote:\n> see you there",
        "Thanks,\n{Pi}\n{E}",
        "Emergency contact\n{P} (next of kin)\n{T}",
        "Attendees: {P}, {P}\nNotes: budget approved",
        "To whom it may concern,\n\n{P} worked with us for three years.\n\n{P}\nHR",
        "Tenant: {P}\nProperty: {A}",
        "Allowed IPs:\n{I}\n{I6}",
        "Sent from my phone\n\n{Pg}",
        "Driver notes: leave with {Pg} next door\n{Aml}",
        "Hi all,\nwelcome {P} to the team!\n{Pg}",
    ],
}

# Look-alike templates by register: no gold value by construction.
NEGATIVE: dict[str, list[str]] = {
    "chat": [
        "stopping at {brand} on the way, want anything?",
        "omg the {team} game went to overtime",
        "my gran has {disease}, visiting her sunday",
        "tracking says {wb}, still stuck in customs",
        "we're doing the {event} again this year?",
        "lol the {band} concert was unreal",
        "meet at {pstreet} and 5th?",
        "new phone who dis (jk, order {ord} came)",
        "wifi pw is on the fridge, router model {ver}",
        "{place} was so pretty this time of year",
        "meet u outside {brand} at 7?",
        "who won the {award} last night",
        "bought a {product} finally",
        "the {org} guy fixed the boiler",
        "ok ordering from {brand}, order {ord}",
        "it's on {pstreet}, near the station",
        "the kids love the {product}",
    ],
    "ticket": [
        "Waybill {wb} not updating since {date}.",
        "Order {ord} shipped via {org}; ETA {day}.",
        "Customer's card {masked} was declined (masked in CRM).",
        "Card number {badcard} fails the checksum; asked customer to re-enter.",
        "Firmware {ver} breaks pairing with the {product}.",
        "SSN field rejected value {badssn} (invalid area number).",
        "Refund to IBAN {badiban} bounced: invalid check digits.",
        "Store on {pstreet} reports the till is offline.",
        "Complaint about the {brand} promo code.",
        "Escalate to the {org} account team.",
        "Build {hash} deployed to staging at {time}.",
        "Pickup point moved to the {place} depot.",
        "The {event} booking widget shows the wrong date.",
        "RMA {ord}: {product} arrived with a cracked screen.",
        "SKU {sku} out of stock at the {place} warehouse.",
        "Ticket merged into {ticket}.",
        "Reference {wb} quoted by the courier.",
    ],
    "search": [
        "{brand} near me",
        "{disease} early signs in adults",
        "{award} winners list",
        "{team} schedule",
        "{place} weather this weekend",
        "{product} review",
        "{band} tour dates {year}",
        "how to pronounce {place}",
        "{event} tickets",
        "{org} graduate scheme {city}",
        "track {wb}",
        "{pstreet} parking",
        "{ver} changelog breaking changes",
        "is {badcard} a real card",
        "{brand} opening hours",
        "{product} vs {product}",
        "what is {disease}",
        "{award} nominees",
    ],
    "review": [
        "The {product} stopped charging after two weeks.",
        "Best {brand} location in town, staff are quick.",
        "Stayed near {place}; the view was incredible.",
        "The {event} was overcrowded and overpriced.",
        "Went for the {band} tribute night — fantastic.",
        "Parking on {pstreet} is a nightmare.",
        "Ordered from {brand}; order {ord} never arrived.",
        "The {org} installers were on time.",
        "Our {product} has been running since {year}.",
        "Great charity run for {disease} research.",
        "Tour of the {place} museum was worth it.",
        "Five stars, the {team} stadium tour was fun.",
        "The {award}-winning chef's tasting menu disappointed.",
        "Version {ver} of the app fixed the crashes.",
        "Shipment {wb} arrived a day late but intact.",
        "{brand} knockoff, returned it.",
        "Loved the {place} farmers market.",
    ],
    "log": [
        "{ts} INFO build={hash} version={ver}",
        "{ts} DEBUG order_id={ord} status=shipped carrier={org_q}",
        "waybill={wb_c} scan=arrived hub={place_q}",
        "{ts} WARN card={masked_c} token=tok_{hex8} declined",
        "validation error: card={badcard_c} luhn=false",
        "validation error: ssn={badssn} reason=invalid_area",
        "validation error: iban={badiban_c} reason=checksum",
        "geo lat={lat} lon={lon} accuracy={n}m",
        "oid={oid} type=counter value={n}",
        "pkg {pkg}=={ver} installed",
        "{ts} GET /api/v{n}/orders/{ord} 200 {n}ms",
        "span_id={hex8} trace_id={hash} duration={n}ms",
        "store={pstreet_q} register={n} status=offline",
        "campaign={brand_q} clicks={n} ctr=0.{n}",
        "event={event_q} tickets_sold={n}",
        "metric disease_code={icd} label={disease_q}",
        "release {ver} tagged by ci-bot",
    ],
    "json": [
        '{{"order_id": "{ord}", "carrier": "{org}"}}',
        '{{"tracking": "{wb}", "status": "in_transit"}}',
        '{{"version": "{ver}", "commit": "{hash}"}}',
        '{{"card": "{masked}", "brand": "visa"}}',
        '{{"card_number": "{badcard}", "valid": false}}',
        '{{"ssn": "{badssn}", "error": "invalid"}}',
        '{{"iban": "{badiban}", "error": "checksum"}}',
        '{{"lat": {lat}, "lon": {lon}}}',
        '{{"product": "{product}", "sku": "{sku}"}}',
        '{{"store": "{brand}", "street": "{pstreet}"}}',
        '{{"team": "{team}", "score": {n}}}',
        '{{"event": "{event}", "year": {year}}}',
        '{{"condition": "{disease}", "icd10": "{icd}"}}',
        '{{"award": "{award}", "category": "fiction"}}',
        '{{"venue": "{place}", "artist": "{band}"}}',
        '{{"created_at": "{ts}", "ticket": "{ticket}"}}',
        '{{"oid": "{oid}", "isbn": "{isbn}"}}',
    ],
    "multiline": [
        "Order {ord}\nCarrier: {org}\nWaybill: {wb}",
        "Release notes {ver}\n- fixed crash in {product} sync\n- build {hash}",
        "Payment failed\nCard: {masked}\nReason: insufficient funds",
        "sku,product,qty\n{sku},{product},{n}\n{sku},{product},{n}",
        "Venue: {place}\nHeadliner: {band}\nDoors: {time}",
        "Team: {team}\nNext match: {day}\nKick-off: {time}",
        "Subject: {event} volunteers\n\nShifts are posted on the board.\n\n"
        "The organising committee",
        "Pickup:\n{brand} (store {n})\n{pstreet} entrance",
        "Validation report\nssn: {badssn} -> invalid\niban: {badiban} -> checksum",
        "Shipment\nRef: {wb}\nWeight: {n} kg",
        "Diagnosis code {icd}\nCondition: {disease}",
        "Nominated for the {award}\nCategory: debut novel",
        "Coordinates\n{lat}, {lon}\nelevation {n} m",
        "Card test vectors (invalid):\n{badcard}\n{badcard}",
        "Changelog\n{ver}: sync fixes\n{ver}: {product} support",
        "Meeting point: {place} visitor centre\nBring: water, hat",
        "Best,\nThe {org} team",
    ],
}


# -- look-alike pools -----------------------------------------------------------------------
BRANDS = _items(
    "Tim Hortons, Ben & Jerry's, Wendy's, Dr. Martens, Jack Daniel's, Trader Joe's, Papa John's, "
    "Dave & Buster's, Carl's Jr., Marks & Spencer, Sainsbury's, Ralph Lauren, Kate Spade, "
    "Tommy Hilfiger, Calvin Klein, Hugo Boss, Johnnie Walker, Jim Beam, Captain Morgan, "
    "John Lewis, "
    "Harvey Nichols, Chick-fil-A"
)
PRODUCTS = _items(
    "Ford Mustang, Dyson V15, Tesla Model Y, KitchenAid Artisan, Philips Hue bridge, Dell XPS 13, "
    "Herman Miller Aeron, Air Jordan 1, Stanley Quencher, Yeti Rambler, Ninja Creami, "
    "Moleskine notebook, Le Creuset pot, Anker PowerCore, Sonos Era 100, Bissell CrossWave, "
    "Marshall Stanmore speaker, Tonka truck, Hamilton Beach blender, Louis Vuitton Neverfull, "
    "Breville Barista Express, Ray-Ban Wayfarer, Kindle Paperwhite, Jimmy Choo heels"
)
PLACES = _items(
    "St. Louis, Alice Springs, Lake Louise, Port Elizabeth, Victoria Falls, Mount Kosciuszko, "
    "Jackson Hole, Fort Collins, Georgetown, San José, Charlotte, Elizabeth, Marysville, Adelaide, "
    "Prince Edward Island, Lake Victoria, Cape Charles, Williamsburg, Santa Barbara, Saint Helena, "
    "Mount Elbert, Cape Kennedy, Hamilton, Kingston, Lewis and Clark State Park"
)
ORGS = _items(
    "Johnson & Johnson, Goldman Sachs, Morgan Stanley, Ernst & Young, Procter & Gamble, "
    "Hewlett-Packard, Walt Disney Company, Ferrari, Siemens, Bosch, Dr. Oetker, Wells Fargo, "
    "Roberts Plumbing, Dow Jones, Charles Schwab, Thomson Reuters, Deloitte, Rolls-Royce, "
    "McKinsey, Baker McKenzie, Tata Motors, Moody's, Ford"
)
TEAMS = _items(
    "Cleveland Browns, Houston Astros, Las Vegas Raiders, Brisbane Lions, Kansas City Chiefs, "
    "Vancouver Whitecaps, Real Madrid, Boston Celtics, Montreal Canadiens, St. Pauli, "
    "Cincinnati Bengals, Hamburger SV, Athletic Bilbao, Chicago Bulls, Toronto Maple Leafs, "
    "Paris Saint-Germain, Melbourne Storm, Green Bay Packers, Denver Nuggets, Orlando Magic, "
    "San Jose Sharks, Dallas Mavericks"
)
EVENTS = _items(
    "Boston Marathon, Edinburgh Fringe, Wimbledon, Tour de France, Glastonbury, Oktoberfest, "
    "Ryder Cup, Davis Cup, Walker Cup, Mardi Gras, St. Patrick's Day parade, Kentucky Derby, "
    "Burning Man, Coachella, Vasaloppet, Chelsea Flower Show, Guy Fawkes Night, Saint Lucia Day, "
    "Dragon Boat Festival, Sundance, Lollapalooza, Thanksgiving parade"
)
DISEASES = _items(
    "Alzheimer's, Parkinson's, Crohn's disease, Hodgkin lymphoma, Tourette syndrome, "
    "Huntington's disease, Lyme disease, Graves' disease, Addison's disease, Bell's palsy, "
    "Down syndrome, Raynaud's, Kawasaki disease, Cushing's syndrome, Hashimoto's, "
    "Guillain-Barré syndrome, Sjögren's syndrome, Meniere's disease, Wilson's disease, Tay-Sachs, "
    "Ehlers-Danlos syndrome, Paget's disease"
)
AWARDS = _items(
    "Nobel Prize, Pulitzer Prize, Booker Prize, Turing Award, Fields Medal, Tony Award, "
    "Ballon d'Or, Heisman Trophy, Ivor Novello Award, Stanley Cup, Carnegie Medal, Golden Globe, "
    "Hugo Award, Nebula Award, Pritzker Prize, Abel Prize, Lasker Award, Sakharov Prize, "
    "Olivier Award, Prix Goncourt, Grammy, Emmy"
)
BANDS = _items(
    "Pink Floyd, Lynyrd Skynyrd, Franz Ferdinand, Jethro Tull, Fleetwood Mac, Mumford & Sons, "
    "Florence + the Machine, Hootie & the Blowfish, Belle and Sebastian, Steely Dan, Mötley Crüe, "
    "Tame Impala, Kings of Leon, Arctic Monkeys, Death Cab for Cutie, Talking Heads, Wu-Tang Clan, "
    "The Doobie Brothers, Big Thief, Fontaines D.C., Alice in Chains, The Jesus and Mary Chain"
)
PERSON_STREETS = _items(
    "Martin Luther King Jr Blvd, Rosa Parks Blvd, César Chávez Ave, Avenue Victor Hugo, "
    "Karl-Marx-Straße, Via Giuseppe Garibaldi, Calle Simón Bolívar, Nelson Mandela Drive, "
    "Nehru Place, Kennedy Expressway, Churchill Road, Gandhi Marg, Abraham Lincoln Way, "
    "Rue Jean Jaurès, Avenida Presidente Vargas, Ulica Jana Pawła II, Sun Yat-sen Road, "
    "Queen Victoria Street, Roosevelt Avenue, Atatürk Bulvarı, Kenyatta Avenue, Pushkinskaya ulitsa"
)
LOOKALIKE_POOLS = (
    BRANDS,
    PRODUCTS,
    PLACES,
    ORGS,
    TEAMS,
    EVENTS,
    DISEASES,
    AWARDS,
    BANDS,
    PERSON_STREETS,
)
CITIES = _items(
    "Lisbon, Ghent, Tampere, Kraków, Leeds, Austin, Perth, Osaka, Nairobi, Porto, Lyon, Bergen"
)
PKGS = _items("requests, numpy, pandas, urllib3, fastapi, pydantic, rich, httpx")
ICD = _items("G30.9, G20, K50.90, C81.90, F95.2, G10, A69.20, E05.00, E27.1, G51.0, Q90.9, I73.00")
MONTHS = _items("Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec")
DAYS = _items("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday")


def _q(value: str) -> tuple[str, str, str]:
    """Quote a key=value value when it holds a space: (prefix, value, suffix)."""
    return ('"', value, '"') if " " in value else ("", value, "")


def waybill(d: Draw) -> str:
    return pattern(
        d,
        d.pick(
            (
                "NNNN NNN NNNN",
                "NNNN-NNN-NNN",
                "1Z NNN LLN NN NNNN NNNN",
                "JDNNNNNNNNNNNN",
                "LLNNNNNNNNNLL",
                "NNN-NNNNNNNN",
            )
        ),
    )


def version(d: Draw) -> str:
    if d.chance(0.5):
        return f"v{d.num(0, 12)}.{d.num(0, 30)}.{d.num(0, 99)}"
    return f"{d.num(1, 9)}.{d.num(0, 20)}.{d.num(0, 9)}.{d.num(300, 9999)}"


def hexs(d: Draw, n: int) -> str:
    return "".join(d.pick("0123456789abcdef") for _ in range(n))


def masked(d: Draw) -> str:
    return d.pick(
        (f"**** **** **** {d.digits(4)}", f"XXXX-XXXX-XXXX-{d.digits(4)}", f"•••• {d.digits(4)}")
    )


def clock(d: Draw) -> str:
    return f"{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}"


def filler(d: Draw, kind: str) -> str:
    simple: dict[str, Callable[[], str]] = {
        "n": lambda: str(d.num(2, 999)),
        "ord": lambda: pattern(
            d, d.pick(("#NNNNNNN", "ORD-NNNNNN", "NNN-NNNNNNN-NNNNNNN", "SO-LLNNNNN"))
        ),
        "date": lambda: f"{d.num(2019, 2026)}-{d.num(1, 12):02d}-{d.num(1, 28):02d}",
        "time": lambda: f"{d.num(0, 23):02d}:{d.num(0, 59):02d}",
        "ts": lambda: f"{filler(d, 'date')}T{clock(d)}Z",
        "clf": lambda: f"{d.num(1, 28):02d}/{d.pick(MONTHS)}/{d.num(2024, 2026)}:{clock(d)} +0000",
        "city": lambda: d.pick(CITIES),
        "zip": lambda: d.digits(5),
        "port": lambda: str(d.num(1024, 65000)),
        "amt": lambda: f"{d.num(1, 999)}.{d.digits(2)}",
        "day": lambda: d.pick(DAYS),
        "year": lambda: str(d.num(1998, 2025)),
        "exp": lambda: f"{d.num(1, 12):02d}/{d.num(26, 31)}",
        "last4": lambda: d.digits(4),
        "TITLE": lambda: d.pick(("Mr", "Ms.", "Dr.", "Mrs")),
        "wbid": lambda: waybill(d),
        "wb": lambda: waybill(d),
        "ver": lambda: version(d),
        "hash": lambda: hexs(d, d.pick((7, 12, 40))),
        "hex8": lambda: hexs(d, 8),
        "sku": lambda: pattern(d, "LLL-NNNN-LL"),
        "ticket": lambda: pattern(d, d.pick(("SUP-NNNNN", "INC000NNNNNN", "#NNNNN"))),
        "lat": lambda: f"{d.num(-60, 70)}.{d.digits(5)}",
        "lon": lambda: f"{d.num(-170, 170)}.{d.digits(5)}",
        "oid": lambda: f"1.3.6.1.4.1.{d.num(300, 60000)}.{d.num(1, 20)}.{d.num(1, 9)}",
        "isbn": lambda: f"978-{d.num(0, 9)}-{d.digits(3)}-{d.digits(5)}-{d.digits(1)}",
        "icd": lambda: d.pick(ICD),
        "pkg": lambda: d.pick(PKGS),
        "masked": lambda: masked(d),
        "badcard": lambda: card_format(d, card_digits(d, valid=False)),
        "badssn": lambda: ssn_bad(d),
        "badiban": lambda: iban_raw(d, valid=False),
        "brand": lambda: d.pick(BRANDS),
        "product": lambda: d.pick(PRODUCTS),
        "place": lambda: d.pick(PLACES),
        "org": lambda: d.pick(ORGS),
        "team": lambda: d.pick(TEAMS),
        "event": lambda: d.pick(EVENTS),
        "disease": lambda: d.pick(DISEASES),
        "award": lambda: d.pick(AWARDS),
        "band": lambda: d.pick(BANDS),
        "pstreet": lambda: d.pick(PERSON_STREETS),
    }
    base, _, mod = kind.partition("_")
    value = simple[base]()
    if mod == "c":
        value = value.replace(" ", "").replace("-", "")
    elif mod == "q":
        pre, value, post = _q(value)
        value = pre + value + post
    return value


# -- people and PII values --------------------------------------------------------------------
def filtered_pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]], set[str]]:
    """(culture, given) and (culture, surname) pairs with no forbidden token."""
    forbidden = forbidden_name_tokens()
    for pool in LOOKALIKE_POOLS:
        for item in pool:
            forbidden |= name_tokens(item)
    given = [
        (c, g)
        for c, (gs, _) in CULTURES.items()
        for g in _items(gs)
        if not name_tokens(g) & forbidden
    ]
    family = [
        (c, s)
        for c, (_, ss) in CULTURES.items()
        for s in _items(ss)
        if not name_tokens(s) & forbidden
    ]
    return given, family, forbidden


class People:
    def __init__(self, d: Draw) -> None:
        self.d = d
        self.given, self.family, _ = filtered_pools()
        self.by_culture: dict[str, list[str]] = {}
        for c, s in self.family:
            self.by_culture.setdefault(c, []).append(s)

    def person(self) -> Person:
        d = self.d
        culture, given = d.pick(self.given)
        own = self.by_culture.get(culture)
        surname = d.pick(own) if own and d.chance(0.8) else d.pick(self.family)[1]
        family_first = d.chance(FAMILY_FIRST.get(culture, 0.0))
        if (
            not family_first
            and " " not in surname
            and "-" not in surname
            and own
            and d.chance(0.07)
        ):
            other = d.pick(own)
            if other != surname and " " not in other:
                surname = f"{surname}-{other}"
        return Person(given, surname, family_first, d.letters(1, "ABCDEFGHJKLMNPRSTW"))

    def form(self, kind: str) -> str:
        d, p = self.d, self.person()
        if kind == "P":
            if not p.family_first and d.chance(0.12):
                return f"{p.given} {p.initial}. {p.surname}"
            return p.full()
        if kind == "Pg":
            return p.given
        if kind == "Ps":
            return p.surname
        if kind == "Psl":
            return p.surname.lower()
        if kind == "Pr":
            return f"{p.surname}, {p.given}"
        if kind == "Pi":
            first = p.given.split("-")[0].split(" ")[0][0]
            return d.pick(
                (
                    f"{first}. {p.surname}",
                    f"{p.given} {p.initial}. {p.surname}",
                    f"{first}.{p.initial}. {p.surname}",
                )
            )
        if kind == "Pl":
            return p.full().lower()
        if kind == "Pgl":
            return p.given.lower()
        if kind == "Pu":
            return p.full().upper()
        if kind == "Psu":
            return f"{p.surname.upper()} {p.given}"
        raise KeyError(kind)

    def email(self) -> str:
        d, p = self.d, self.person()
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
        local = d.pick(
            (
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{g}_{s}{d.num(1, 99)}",
                f"{s}.{g[0]}",
                f"{g}{d.num(70, 99)}",
            )
        )
        return f"{local}@{d.pick(MAIL_DOMAINS)}"


PERSON_KINDS = {"P", "Pg", "Ps", "Psl", "Pr", "Pi", "Pl", "Pgl", "Pu", "Psu"}
SLOT = re.compile(r"\{(\w+)\}")


def pii_value(d: Draw, people: People, kind: str) -> tuple[str, str, str, str]:
    """(prefix, value, suffix, entity_type) for a PII slot."""
    base, _, mod = kind.partition("_")
    if base in PERSON_KINDS:
        value, etype = people.form(base), "PERSON"
    elif base == "E":
        value, etype = people.email(), "EMAIL_ADDRESS"
    elif base == "T":
        value, etype = phone(d, d.chance(0.15)), "PHONE_NUMBER"
    elif base == "C":
        value, etype = card(d), "CREDIT_CARD"
    elif base == "S":
        value, etype = ssn(d), "US_SSN"
    elif base == "I":
        value, etype = ipv4(d), "IP_ADDRESS"
    elif base == "I6":
        value, etype = ipv6(d), "IP_ADDRESS"
    elif base == "B":
        value, etype = iban_raw(d), "IBAN_CODE"
        if mod == "c":
            value = value.replace(" ", "")
    elif base in ("A", "Al", "Ast", "Aml"):
        a, etype = address(d), "STREET_ADDRESS"
        if base == "Ast":
            value = a.lines[0]
        elif base == "Aml":
            value = "\n".join(a.lines)
        else:
            value = addr_line(d, a)
        if base == "Al":
            value = value.lower()
    else:
        raise KeyError(kind)
    if mod == "q":
        return (*_q(value), etype)
    return "", value, "", etype


PII_BASES = PERSON_KINDS | {"E", "T", "C", "S", "I", "I6", "B", "A", "Al", "Ast", "Aml"}


def render(d: Draw, people: People, template: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    # Literal braces are written doubled in templates.
    parts = re.split(r"(\{\{|\}\}|\{\w+\})", template)
    length = 0
    for part in parts:
        if part == "{{":
            piece = "{"
        elif part == "}}":
            piece = "}"
        elif SLOT.fullmatch(part):
            kind = part[1:-1]
            if kind.partition("_")[0] in PII_BASES:
                pre, value, post, etype = pii_value(d, people, kind)
                start = length + len(pre)
                spans.append(
                    {
                        "start": start,
                        "end": start + len(value),
                        "entity_type": etype,
                        "value": value,
                    }
                )
                piece = pre + value + post
            else:
                piece = filler(d, kind)
        else:
            piece = part
        out.append(piece)
        length += len(piece)
    del pos
    return "".join(out), spans


# -- checks -----------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DIGIT_RUN = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def gold_like(text: str) -> list[str]:
    """Values of a gold type found in a look-alike text (should be none)."""
    found = [m.group() for m in EMAIL_RE.finditer(text)]
    found += [m.group() for m in DIGIT_RUN.finditer(text) if luhn_ok(m.group())]
    found += [m.group() for m in SSN_RE.finditer(text) if ssn_valid(m.group()) and "-" in m.group()]
    found += [m.group() for m in IBAN_RE.finditer(text) if iban_ok(m.group())]
    for m in IPV4_RE.finditer(text):
        if all(int(p) < 256 for p in m.group(1).split(".")):
            found.append(m.group(1))
    return found


def check_pools() -> None:
    given, family, forbidden = filtered_pools()
    for _, name in given + family:
        assert not name_tokens(name) & forbidden, name
    earlier = earlier_streets()
    pool_streets = [old for old in earlier if len(old) > 3 and not any(ch.isdigit() for ch in old)]
    for street in all_streets():
        low = street.lower()
        word = re.compile(rf"\b{re.escape(low)}\b")
        assert not any(word.search(old) for old in earlier), street
        assert not any(re.search(rf"\b{re.escape(old)}\b", low) for old in pool_streets), street


def check_record(record: dict[str, object]) -> None:
    text = str(record["text"])
    spans = record["spans"]
    assert isinstance(spans, list)
    last = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        assert text[span["start"] : span["end"]] == span["value"], (text, span)
        assert span["start"] >= last, text
        last = span["end"]
        value, etype = span["value"], span["entity_type"]
        if etype == "CREDIT_CARD":
            assert luhn_ok(value), value
        elif etype == "IBAN_CODE":
            assert iban_ok(value), value
        elif etype == "US_SSN":
            assert ssn_valid(value), value
        elif etype == "IP_ADDRESS":
            ipaddress.ip_address(value)
    if record.get("negative"):
        assert not spans, text
        assert not gold_like(text), (text, gold_like(text))


def skeleton(record: dict[str, object]) -> str:
    """Text with spans replaced by ``#`` and digit runs by ``#``, lower-cased."""
    text = str(record["text"])
    spans = record["spans"]
    assert isinstance(spans, list)
    for span in sorted(spans, key=lambda s: -s["start"]):
        text = text[: span["start"]] + "#" + text[span["end"] :]
    return re.sub(r"\d+", "#", text).lower()


def check_novelty(records: list[dict[str, object]]) -> None:
    """No text of an earlier file, and no skeleton of sets 6-8."""
    texts: set[str] = set()
    skeletons: set[str] = set()
    for path in sorted(Path(OUT_DIR).glob("*.jsonl")):
        if path.name == FILE:
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                old = json.loads(line)
                texts.add(old["text"])
                if path.name in ("hard_tune6.jsonl", "hard_holdout7.jsonl", "hard_holdout8.jsonl"):
                    skeletons.add(skeleton(old))
    for record in records:
        assert record["text"] not in texts, record["text"]
        assert skeleton(record) not in skeletons, record["text"]


# -- build ------------------------------------------------------------------------------------
def _quota(total: int) -> list[int]:
    base, extra = divmod(total, len(REGISTERS))
    return [base + (1 if i < extra else 0) for i in range(len(REGISTERS))]


def build() -> list[dict[str, object]]:
    check_pools()
    d = Draw(random.Random(SEED))
    people = People(d)
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    offset = 0
    template_ids: dict[tuple[bool, str], int] = {}
    for negative, table in ((False, POSITIVE), (True, NEGATIVE)):
        for register in REGISTERS:
            template_ids[(negative, register)] = offset
            offset += len(table[register])
    for negative, table, total in ((False, POSITIVE, POSITIVES), (True, NEGATIVE, NEGATIVES)):
        per_register: list[list[dict[str, object]]] = []
        for register, quota in zip(REGISTERS, _quota(total), strict=True):
            templates = table[register]
            order = list(range(len(templates)))
            picks: list[int] = []
            while len(picks) < quota:
                d.rng.shuffle(order)
                picks += order
            batch = []
            for index in picks[:quota]:
                for _ in range(200):
                    text, spans = render(d, people, templates[index])
                    if text in seen or (negative and gold_like(text)):
                        continue
                    break
                else:
                    raise RuntimeError(templates[index])
                seen.add(text)
                record: dict[str, object] = {
                    "template_id": template_ids[(negative, register)] + index,
                    "text": text,
                    "spans": spans,
                    "register": register,
                }
                if negative:
                    record["negative"] = True
                batch.append(record)
            per_register.append(batch)
        for i in range(max(len(b) for b in per_register)):
            for batch in per_register:
                if i < len(batch):
                    records.append(batch[i])
    out = []
    for i, record in enumerate(records):
        record = {"id": i} | record
        check_record(record)
        out.append(record)
    check_novelty(out)
    return out


def main() -> None:
    records = build()
    write_set(records, FILE)
    counts: Counter[str] = Counter()
    by_register: Counter[tuple[str, bool]] = Counter()
    for record in records:
        by_register[(str(record["register"]), bool(record.get("negative")))] += 1
        spans = record["spans"]
        assert isinstance(spans, list)
        counts.update(str(s["entity_type"]) for s in spans)
    given, family, _ = filtered_pools()
    print(f"  spans {dict(sorted(counts.items()))}")
    print(f"  per register {dict(sorted(by_register.items()))}")
    positives, negatives = sum(map(len, POSITIVE.values())), sum(map(len, NEGATIVE.values()))
    print(f"  templates: {positives} positive, {negatives} look-alike")
    print(
        f"  pools: {len(given)} given names, {len(family)} surnames, {len(all_streets())} streets"
    )


if __name__ == "__main__":
    main()
