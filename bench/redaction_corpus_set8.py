# ruff: noqa: RUF001
# (RUF001: names, streets and cities are written with their own diacritics and scripts, some
# of which look like ASCII letters.)
"""Set 8 of the harder PII corpora: ``data/pii/hard_holdout8.jsonl``, a HELD-OUT split.

3,000 sentences with PII spread evenly over seven registers (chat, ticket, search, review,
log, json, multiline) and 3,000 look-alikes without PII (``"negative": true``). Everything a
rule could fit to is new relative to sets 6 and 7 (``bench/redaction_corpus_set67.py``): the
templates (no template and no template skeleton is set 6/7's), the given names and surnames
(no name token is in set 6/7's pools or in a PERSON span of the earlier corpora,
``EARLIER_FILES``), the street names (none is, or contains, a set 6/7 street), the cities, the
phone patterns and the look-alike pools; ``check_pools`` asserts all of it on every run. No text
occurs twice: a filling whose text is already in the file is drawn again. Only the checksum
helpers (Luhn, mod-97) and the IBAN layouts are imported from the set 6/7 generator. The
detector's code and tests were not read and the detector was not run on this file while it was
written.

Templates are strings with slots ``⟨kind⟩`` or ``⟨kind:arg⟩``; PII kinds (``PII_KINDS``)
become gold spans, every other kind is filler from ``noise``. A kind may end in ``_lc`` or
``_uc`` (value lower- or upper-cased). Person kinds take a person index (``⟨first:2⟩``);
address and phone kinds take a country code.

Gold conventions are the ones in ``data/pii/README.md`` (sets 6 and 7): a street address
spans street, unit, city, region, postal code and country when written together on one line
or over consecutive lines; in split fields (JSON keys, CSV columns, labelled form lines) only
the street line is gold; a person span leaves out titles and a possessive; "Surname, Given" is
one span; a given name alone in a greeting or sign-off is a person; @handles, user names and the
name inside an e-mail are not persons; an IP leaves out its port and brackets; a phone keeps
its country code, trunk prefix and extension, not its cue. Masked, checksum-failing and
never-issued numbers are not PII; brands, places and companies named after people are not
persons.

Run: ``python -m bench.redaction_corpus_set8`` (seed 83; byte-for-byte stable).
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from bench import redaction_corpus_set67 as set67
from bench.make_redaction_corpus import OUT_DIR, write_set
from bench.redaction_corpus_set67 import IBAN_LAYOUTS, iban_numeric, iban_ok, luhn_digit, luhn_ok

T = TypeVar("T")

SEED = 83
FILE = "hard_holdout8.jsonl"
POSITIVES = 3000
NEGATIVES = 3000
# The corpora written before this one (sets 0-7); set 8 shares no person name token with them.
EARLIER_FILES = (
    "dev.jsonl",
    "hard_dev.jsonl",
    "hard_test.jsonl",
    "hard_final.jsonl",
    "hard_blind.jsonl",
    "hard_fresh.jsonl",
    "hard_tune5.jsonl",
    "hard_tune6.jsonl",
    "hard_holdout7.jsonl",
)
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

    def weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), list(weights.values()))[0]


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
# culture: (given names, surnames). None of these name tokens is in set 6/7's pools.
CULTURES: dict[str, tuple[str, str]] = {
    "shona": (
        "Tendai, Rutendo, Tafadzwa, Nyasha, Farai, Chipo, Tinashe",
        "Moyo, Chikwanha, Mupfumi, Nyathi, Makoni, Chitepo, Mhlanga",
    ),
    "sotho_tswana": (
        "Lerato, Kagiso, Palesa, Tshepo, Mpho, Boitumelo",
        "Mokoena, Molefe, Letsie, Seretse, Masilo, Tlhabane",
    ),
    "swahili": (
        "Rehema, Juma, Zawadi, Neema, Hamisi, Imani",
        "Mwakyusa, Kombo, Mushi, Massawe, Lyimo, Mrema, Kitwana",
    ),
    "ugandan": (
        "Nakato, Ssemakula, Babirye, Mukasa, Nansubuga, Kato",
        "Ssewankambo, Kiggundu, Namutebi, Lubega, Nalwanga, Kasozi",
    ),
    "eritrean_tigrinya": (
        "Senait, Tesfay, Luwam, Mehari, Saba, Yohannes",
        "Gebreyesus, Tekle, Habte, Berhane, Woldemichael, Kidane",
    ),
    "fulani_sahel": (
        "Djenaba, Hamadou, Mariama, Souleymane, Ramatoulaye, Alpha",
        "Barry, Diallo Baldé, Bah, Sidibé, Kane, Tall",
    ),
    "sudanese": (
        "Nafisa, Igbal, Babiker, Amna, Mohanad",
        "Elbashir, Mahgoub, Abdelrahim, Elnour, Hamdok, Suliman",
    ),
    "cape_verdean": (
        "Nelsa, Djassi, Eneida, Zeca, Dulce, Nilton",
        "Tavares, Semedo, Lopes Furtado, Monteiro, Varela, Brito",
    ),
    "lebanese_syriac": (
        "Ghassan, Nayla, Ziad, Carla, Wadih",
        "Frangieh, Gemayel, Aoun, Bitar, Chamoun, Sfeir",
    ),
    "egyptian": (
        "Mostafa, Heba, Sherif, Yasmine, Amr, Marwa",
        "Abdelaziz, Elsayed, Fahmy, Shalaby, Zaki, Ragab",
    ),
    "maghrebi": (
        "Anouar, Soukaina, Imane, Zakaria, Kenza",
        "Benjelloun, Alaoui, Tazi, Chraibi, Bennani, Lahlou",
    ),
    "assyrian": (
        "Ninos, Shamiram, Sargon, Ashur, Nahrain, Ramina",
        "Yonan, Odisho, Benyamin, Khamis, Shlimon, Warda",
    ),
    "tajik_turkmen": (
        "Firuza, Parvina, Jamshed, Ogulnabat, Merdan",
        "Saidov, Kurbanova, Berdiyev, Atayeva, Davlatov, Gurbanov",
    ),
    "uyghur_tatar": (
        "Dilnur, Ilham, Gulnar, Rinat, Alsu, Timur Ildar",
        "Tohti, Kadeer, Khabibullin, Galiev, Sharipova, Fayzullin",
    ),
    "bengali": (
        "Sharmila, Debashis, Moumita, Anirban, Tanushree, Sayan, Rituparna, Sourav",
        "Mukherjee, Sengupta, Ghoshal, Dasgupta, Bandyopadhyay, Majumdar, Sarkar, Bhowmik",
    ),
    "gujarati_marathi": (
        "Hetal, Jignesh, Falguni, Chirag, Ketaki, Omkar, Snehal",
        "Parikh, Shah, Gokhale, Vaghela, Bhatt",
    ),
    "telugu_kannada_malayali": (
        "Sravani, Praveen, Aswathy, Sreejith, Chaitra, Sujatha",
        "Gowda, Rao, Kurup, Kamath, Panicker, Hegde, Shetty",
    ),
    "sindhi_baloch": (
        "Sassui, Jaffar, Marvi, Bijar, Sammi, Jiand",
        "Bugti, Mengal, Talpur, Soomro, Jatoi, Memon",
    ),
    "nepali_bhutanese": (
        "Prabin, Sushmita, Kiran, Bishnu, Anjana, Rabin, Sabita",
        "Adhikari, Wangchuk, Karki, Bhandari",
    ),
    "dhivehi_sinhala": (
        "Aishath, Ibrahim Shafeeu, Mariyam, Chathura, Nadeesha, Dinuka",
        "Manik, Didi, Gunawardena, Rajapaksa",
    ),
    "hmong_karen": (
        "Pa Nhia, Tou, Mai Yer, Xeng, Naw Eh, Saw Htoo",
        "Vang, Xiong, Lor, Thao, Moua, Htoo",
    ),
    "khmer_lao": (
        "Phalla, Vichet, Bopha, Khamla, Souvanh",
        "Sok, Chhay, Keomany, Sihanath, Meas",
    ),
    "timorese_papuan": (
        "Xanana, Ermelinda, Nuno, Bi-Lou, Kila, Wenda",
        "Guterres, Soares Belo, Kaisiepo, Wenda Enembe, Rumbiak",
    ),
    "taiwanese_hakka": (
        "Chia-hui, Wen-chieh, Yu-ting, Chih-ming, Pei-shan, Kuan-yu",
        "Tsai, Hsieh, Kuo, Chiang, Hsu, Tseng",
    ),
    "cantonese_hokkien": (
        "Siu-ming, Boon Huat, Siew Ling, Kah Seng",
        "Leung, Yeung, Ong, Teo, Goh",
    ),
    "okinawan_ainu": (
        "Kamado, Chiru, Yoshinobu, Mitsuko, Tomoyose",
        "Higa, Kinjo, Chinen, Shimabukuro, Arakaki, Nakandakari",
    ),
    "korean_extra": (
        "Na-rae, Gyu-ri, Bo-ra, Tae-yang, Hye-rin, Sang-hoon, Kyung-soo",
        "Jeong, Kwon, Seong, Ryu, Moon",
    ),
    "mainland_chinese_extra": (
        "Yutong, Shiyu, Zimo, Xinyi, Yichen, Junjie",
        "Ma, Luo, He, Deng",
    ),
    "vietnamese_extra": (
        "Hương, Phượng, Nhung, Tín",
        "Hồ, Dương, Lý, Võ",
    ),
    "japanese_extra": (
        "Hinata, Sota, Daiki, Yuina, Kaito, Chihiro",
        "Kimura, Shimizu, Yamaguchi, Fujiwara, Okabe, Kuroda",
    ),
    "samoan_tongan_fijian": (
        "Sefo, Semisi, Litia, Alofa",
        "Vunipola, Ratuva, Naivalu",
    ),
    "hawaiian_chamorro": (
        "Kainoa, Kekoa, Nalani, Makana, Pualani",
        "Camacho Taitano, Kanahele, Kamaka, Kaleikini",
    ),
    "aboriginal_australian_torres": (
        "Jarrah, Kirra, Jedda, Mundara, Yindi, Alinta",
        "Yunupingu, Mabo, Gurruwiwi, Namatjira, Wunungmurra",
    ),
    "inuit_sami": (
        "Aputi, Siqiniq, Inuk, Máret, Ánde",
        "Kunuk, Arnaquq, Qitsualik, Gaup",
    ),
    "first_nations_extra": (
        "Waneek, Kimimela, Dakota, Sequoyah, Tallulah",
        "Redcloud, Yellowhorse, Whitehorse, Deschenie",
    ),
    "guarani_mapuche": (
        "Arami, Tupã, Jasy, Ayelén, Lautaro",
        "Benítez, Ocampos, Huenchumilla, Catrileo, Ñancupil",
    ),
    "caribbean_hispanic": (
        "Yamilet, Osvaldo, Yaritza, Reinaldo, Marisol, Yunior",
        "Ortega Rosario, Figueroa, Santana, Batista, Cepeda, Almonte",
    ),
    "jamaican_trinidadian": (
        "Shanique, Devon, Tamika, Kemar, Shellyann",
        "Thompson Ramdial, Maharaj, Persad, Boodoo, McFarlane",
    ),
    "surinamese_dutch_caribbean": (
        "Rajiv, Shanaaz, Wendell, Gracia, Ravindra, Jurgen",
        "Ramdin, Kasanpawiro, Pinas, Martina, Isenia, Sarmo",
    ),
    "galician_basque_catalan": (
        "Xoán, Iker, Uxía, Roser",
        "Puig, Vilaró, Otero, Rovira, Arrizabalaga",
    ),
    "breton_corsican_occitan": (
        "Yann, Gwenaëlle, Maelenn, Ghjuvanni, Ghislaine, Loïg",
        "Kerjean, Tanguy, Casanova, Peretti, Roumanille",
    ),
    "sardinian_sicilian_maltese": (
        "Salvatore, Gavino, Carmela, Rosalia, Gorg, Marija",
        "Cossu, Pinna, Lo Presti, Borg, Camilleri, Zammit",
    ),
    "icelandic_faroese": (
        "Þórður, Sigríður, Hallbera, Rúni",
        "Einarsdóttir, Þorsteinsson, Gunnarsdóttir, Jacobsen, Joensen",
    ),
    "estonian_latvian": (
        "Tõnis, Liis, Mart, Raimonds",
        "Bērziņa, Kalniņš, Kask, Rebane, Kuusk, Pärn",
    ),
    "frisian_luxembourgish": (
        "Sjoerd, Wietske, Fokke, Jetske, Gaston, Mady",
        "Hoekstra, Dijkstra, Wiersma, Schmit, Weber Muller, Hoffmann",
    ),
    "slovene_slovak_sorbian": (
        "Urška, Tjaša, Jernej, Zuzka",
        "Kranjc, Vidmar, Hribar, Oravec, Šimko, Urban",
    ),
    "romani_yiddish": (
        "Django, Esmeralda, Rupa, Shmuel, Rivka, Mendel",
        "Reinhardt, Bihari, Oláh, Rubinstein, Feldman, Wasserman",
    ),
    "sephardic_mizrahi": (
        "Shlomo, Orly, Nissim, Sivan, Yaakov, Hadas",
        "Benhamou, Abergel, Azoulay, Ohana",
    ),
    "belarusian_moldovan": (
        "Uladzimir, Alesia, Siarhei, Nadzeya, Dorin, Corina",
        "Lukashenka, Karatkevich, Bahdanovich, Cojocaru, Rusu, Ciobanu",
    ),
    "anglo_extra": (
        "Harriet, Callum, Imogen, Rhys, Bethany, Tamsin",
        "Pemberton, Lockwood, Fairbairn, Crowther, Beckett",
    ),
    "american_extra": (
        "Brayden, Kaylee, Tucker, Jaxon, Addison",
        "Whitaker, Dalton, Kowalczyk, Greenberg, McAllister, Pruitt",
    ),
    "german_austrian_swiss_extra": (
        "Annika, Florian, Franziska, Rebekka",
        "Brandstätter, Eichhorn, Gruber, Steiner, Baumann, Lehmann",
    ),
    "french_belgian_quebec_extra": (
        "Bastien, Gaëtan, Josée, Anaïs, Clovis, Perrine",
        "Marchand, Gauthier, Lambert, Dubuisson",
    ),
    "italian_extra": (
        "Federica, Tommaso, Ludovica, Alessio",
        "Ferraro, Bruno, Galli, Marchetti",
    ),
    "brazilian_portuguese_extra": (
        "Gustavo, Heitor, Lívia, Davi, Yasmin Bruna, Iracema",
        "Cavalcanti, Pacheco, Figueiredo, Bezerra, Moura, Siqueira",
    ),
    "mexican_andean_extra": (
        "Emiliano, Valeria, Santiago, Yahir, Cuauhtémoc",
        "Castañeda, Chambi, Nava, Zamudio, Tlapanco",
    ),
    "nordic_extra": (
        "Linnea, Maja, Henrik, Emil",
        "Bergström, Sandvik, Nyberg, Engström",
    ),
    "greek_cypriot_extra": (
        "Panagiotis, Chrysanthi, Evangelos, Kalliopi",
        "Papadimitriou, Kyriakou, Economou, Stylianou",
    ),
    "filipino_malay_extra": (
        "Rommel, Jocelyn, Faizal, Analyn, Ronaldo",
        "Manalastas, Sarmiento, Evangelista, Mangubat",
    ),
    "indonesian_javanese_extra": (
        "Sri Rahayu, Endang, Kartini, Joko, Rini, Slamet",
        "Susanto, Wibowo, Hartono, Prasetyo, Kusumawati",
    ),
    "persian_afghan_extra": (
        "Mahsa, Kaveh, Nasrin, Omid",
        "Shirazi, Mohammadi, Azizi, Rezaei, Mirzaei",
    ),
    "turkish_kurdish_extra": (
        "Deniz, Serkan, Gizem, Tolga, Merve, Kerem",
        "Arslan, Koç, Kurt, Özdemir, Erdem",
    ),
    "polish_czech_extra": (
        "Tadeusz, Weronika, Maciej, Hana",
        "Nowakowska, Jankowski, Mazur, Krawczyk",
    ),
    "russian_ukrainian_extra": (
        "Vladislav, Anastasiya, Polina, Yaroslava, Gleb, Arseniy",
        "Petrenko, Pavlenko, Orlova",
    ),
}
# Written family name first (often, not always) in these cultures.
FAMILY_FIRST = {
    "taiwanese_hakka": 0.5,
    "cantonese_hokkien": 0.5,
    "korean_extra": 0.5,
    "mainland_chinese_extra": 0.6,
    "vietnamese_extra": 0.6,
    "japanese_extra": 0.3,
    "okinawan_ainu": 0.3,
}
VIETNAMESE_MIDDLE = ("Thanh", "Ngọc", "Hữu")
PARTICLES = frozenset("le da de la lo del van der von bin binti al el".split())  # noqa: SIM905
TITLES = ("Mr", "Mr.", "Ms.", "Mrs", "Mrs.", "Dr.", "Dr", "Prof.", "Miss", "Sir", "Mx.")
FOREIGN_TITLES = ("Herr", "Frau", "Sr.", "Sra.", "M.", "Mme", "Signora", "Dott.", "Pan", "Pani")


def name_tokens(name: str) -> set[str]:
    tokens = set()
    for token in re.split(r"[\s,\-]+", name.lower()):
        token = token.strip(".")
        if len(token) > 1 and token not in PARTICLES:
            tokens.add(token)
    return tokens


def pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(culture, given name) and (culture, surname) pairs."""
    given = [(c, g) for c, (gs, _) in CULTURES.items() for g in _items(gs)]
    family = [(c, s) for c, (_, ss) in CULTURES.items() for s in _items(ss)]
    return given, family


@dataclass
class Person:
    given: str
    surname: str
    culture: str
    family_first: bool
    initial: str

    def name(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    def with_initial(self) -> str:
        return f"{self.given} {self.initial}. {self.surname}"

    def reversed(self) -> str:
        return f"{self.surname}, {self.given}"

    def family_upper(self) -> str:
        return f"{self.surname.upper()} {self.given}"


SPECIAL = str.maketrans(
    {"ð": "d", "þ": "th", "ł": "l", "ß": "ss", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"}
)


def ascii_fold(text: str) -> str:
    """A name as it is written in an e-mail address."""
    text = unicodedata.normalize("NFKD", text.lower().translate(SPECIAL))
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode())


FREE_MAIL = _items(
    "gmail.com, outlook.com, yahoo.co.uk, hotmail.fr, icloud.com, proton.me, gmx.at, web.de, "
    "yandex.ru, naver.com, qq.com, rediffmail.com, zoho.com, mail.ru, libero.it, orange.fr, "
    "seznam.cz, wp.pl, uol.com.br, laposte.net, fastmail.com, hey.com, tutanota.com, o2.pl"
)
WORK_DOMAINS = _items(
    "brightlane.io, copperfox.co, harbourlogistics.com.au, nordvik.no, tessellate.dev, "
    "kiwiroast.co.nz, umoja-health.or.ke, alpenblick.ch, sunmesa-clinic.org, leafline.in, "
    "crescentbank.ae, hollowtree.studio, riverbend.edu, maplegrove.ca, tidewater.law"
)


class People:
    """Draws people and their e-mail addresses."""

    def __init__(self, d: Draw) -> None:
        self.d = d
        self.given, self.family = pools()
        self.by_culture: dict[str, tuple[list[str], list[str]]] = {
            c: (_items(gs), _items(ss)) for c, (gs, ss) in CULTURES.items()
        }

    def person(self) -> Person:
        d = self.d
        culture, given = d.pick(self.given)
        # Mostly a surname from the same culture, sometimes from anywhere (mixed families).
        own = d.chance(0.8)
        surname = d.pick(self.by_culture[culture][1]) if own else d.pick(self.family)[1]
        if culture == "vietnamese_extra" and d.chance(0.5):
            given = f"{d.pick(VIETNAMESE_MIDDLE)} {given}"
        family_first = d.chance(FAMILY_FIRST.get(culture, 0.0))
        return Person(given, surname, culture, family_first, d.letters(1))

    def email(self, p: Person) -> str:
        d = self.d
        g, s = ascii_fold(p.given), ascii_fold(p.surname)
        local = d.pick(
            [
                f"{g}.{s}",
                f"{g}{s}",
                f"{g[0]}{s}",
                f"{g}_{s}",
                f"{s}.{g}",
                f"{g}{d.num(1, 99)}",
                f"{g}.{s}{d.num(70, 99)}",
                f"{g[0]}.{s}",
            ]
        )
        domain = d.pick(FREE_MAIL) if d.chance(0.55) else d.pick(WORK_DOMAINS)
        return f"{local}@{domain}"


# -- street addresses ------------------------------------------------------------------------
@dataclass
class Addr:
    """An address as lines on an envelope; its one-line form; its street line."""

    lines: list[str]
    countries: tuple[str, ...]
    one: str = ""
    street: str = ""

    def __post_init__(self) -> None:
        self.one = self.one or ", ".join(self.lines)
        self.street = self.street or self.lines[0]


def _place(d: Draw, places: Sequence[str]) -> list[str]:
    return d.pick(places).split("|")


STREETS: dict[str, list[str]] = {
    "US": _items(
        "Chokecherry, Ironwood, Buttonwood, Meadowlark, Whippoorwill, Bobwhite, Chickadee, "
        "Prairie Wind, Wagon Wheel, Kingfisher, Hummingbird, Briar Patch, Juniper Bend, "
        "Mill Pond, Cattail Marsh, Thistledown"
    ),
    "CA": _items("Tecumseh, Laurentian, Beaverbrook, Bluenose, Coteau, Algonquin Park, Wolseley"),
    "GB": _items(
        "Tithe Barn, Wheelwright, Ropewalk, Tannery, Cobblers, Saltings, Hazelmere, Malthouse, "
        "Dovecote"
    ),
    "IE": _items(
        "Knocknarea Avenue, Ballymun Road, Glasthule Road, Cois Abhann, Bóthar na Trá, "
        "Sruthán Close"
    ),
    "DE": _items("Ahornweg, Brunnenstraße, Amselweg, Mühlbachweg, Quittenweg, Fliederstraße"),
    "AT": _items("Lerchengasse, Pilgramgasse, Schottenfeldgasse, Herrengasse, Lindengasse"),
    "FR": _items(
        "rue des Teinturiers, avenue des Tilleuls, rue du Moulin Vert, impasse des Lilas, "
        "chemin des Oliviers, boulevard de la Corniche, allée des Cerisiers"
    ),
    "BE": _items("Kapucijnenvoer, Rue des Brasseurs, Bosstraat, Rue de la Fontaine, Molenstraat"),
    "NL": _items("Lindengracht, Bloemstraat, Zuiderdiep, Klokkenbergweg, Wilgenlaan, Haverstraat"),
    "LU": _items("Rue des Glacis, Route d'Arlon, Rue de Hollerich, Rue Michel Rodange"),
    "IT": _items(
        "Via dei Mille, Via delle Ginestre, Vicolo dei Cartai, Corso Sempione, Via Santo Stefano, "
        "Via dei Serragli"
    ),
    "ES": _items(
        "Calle de las Huertas, Carrer de Verdi, Calle del Pez, Avenida de los Naranjos, "
        "Rúa do Vilar"
    ),
    "PT": _items(
        "Rua das Flores, Travessa da Espera, Rua da Bica, Avenida da Boavista, Rua do Sol"
    ),
    "SE": _items("Hornsgatan, Linnégatan, Slottsbacken, Tegnérgatan, Vasaplatsen"),
    "IS": _items("Laugavegur, Skólavörðustígur, Hverfisgata, Bárugata, Njálsgata"),
    "EE": _items("Pikk, Tartu maantee, Vana-Viru, Kalamaja, Telliskivi"),
    "LT": _items("Pilies g., Užupio g., Vilniaus g., Savanorių pr., Didžioji g."),
    "SK": _items("Obchodná, Panská, Špitálska, Hlavná, Laurinská"),
    "SI": _items("Trubarjeva cesta, Wolfova ulica, Tržaška cesta, Gosposka ulica"),
    "HR": _items("Ilica, Tkalčićeva, Vlaška ulica, Marmontova, Ulica Petra Preradovića"),
    "RS": _items("Knez Mihailova, Skadarska, Bulevar oslobođenja, Cara Dušana, Njegoševa"),
    "UA": _items("vul. Khreshchatyk, vul. Reitarska, prov. Kyivskyi, vul. Sahaidachnoho"),
    "IL": _items("Rehov Dizengoff, Rothschild Blvd, Rehov Ben Yehuda, Derech HaShalom, Rehov Yafo"),
    "AE": _items("Al Wasl Road, Umm Suqeim Street, Al Safa Street, Hamdan Street"),
    "EG": _items("Tahrir Street, Qasr El Nil Street, El Merghany Street, Road 9"),
    "MA": _items("Rue Tarik Ibn Ziad, Boulevard Zerktouni, Derb Sidi Bouloukat, Avenue Hassan II"),
    "GH": _items("Oxford Street, Liberation Road, Oroko Street, Kanda Highway"),
    "TZ": _items("Samora Avenue, Ali Hassan Mwinyi Road, Uhuru Street, Haile Selassie Road"),
    "UG": _items("Kampala Road, Acacia Avenue, Bukoto Street, Lumumba Avenue"),
    "PK": _items("Jinnah Avenue, Mall Road, Shahrah-e-Faisal, Zamzama Boulevard"),
    "BD": _items("Satmasjid Road, Kemal Ataturk Avenue, Road 27, Mirpur Road"),
    "LK": _items("Galle Road, Duplication Road, Ward Place, Flower Road"),
    "TH": _items("Soi Sukhumvit 31, Thanon Charoen Krung, Soi Ari 4, Thanon Nimmanhaemin"),
    "VN": _items("Đường Lê Lợi, Phố Hàng Bông, Đường Nguyễn Huệ, Phố Huế"),
    "TW": _items("Zhongxiao East Road, Dunhua South Road, Yongkang Street, Minsheng West Road"),
    "HK": _items("Hollywood Road, Nathan Road, Queen's Road Central, Electric Road, Lockhart Road"),
    "PE": _items("Av. Larco, Jr. de la Unión, Calle Schell, Av. José Pardo"),
    "UY": _items("Av. 18 de Julio, Bartolomé Mitre, Sarandí, Juan Benito Blanco"),
    "PR": _items("Calle Loíza, Calle San Francisco, Avenida Ashford, Calle Fortaleza"),
    "AU": _items("Wattle Grove, Boronia, Lorikeet, Melaleuca, Lilly Pilly, Currawong"),
    "IN": _items("Carter Road, Brigade Road, Cathedral Road, Park Street, Sarojini Naidu Marg"),
}
for _code, _streets in STREETS.items():
    assert len(set(_streets)) == len(_streets), _code

US_TYPES = (
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Drive",
    "Dr",
    "Lane",
    "Ln",
    "Court",
    "Ct",
    "Way",
    "Road",
    "Rd",
    "Trail",
    "Circle",
    "Place",
    "Pl",
    "Loop",
)
US_PLACES = _items(
    "Boise|ID|837, Tulsa|OK|741, Fargo|ND|581, Eugene|OR|974, Chattanooga|TN|374, "
    "Savannah|GA|314, Spokane|WA|992, Ann Arbor|MI|481, Flagstaff|AZ|860, Burlington|VT|054, "
    "Lubbock|TX|794, Duluth|MN|558, Asheville|NC|288, Provo|UT|846, Mobile|AL|366, "
    "Reno|NV|895, Wichita|KS|672, Bangor|ME|044, Missoula|MT|598, Harrisburg|PA|171"
)
US_UNITS = (
    "Apt {n}",
    "Apt. {n}",
    "Unit {n}",
    "#{n}",
    "Suite {n}",
    "Ste {n}",
    "Bldg {L}",
    "Lot {n}",
)


def _unit(d: Draw, units: Sequence[str]) -> str:
    u = d.pick(units)
    return u.replace("{n}", str(d.num(1, 420))).replace("{L}", d.letters(1))


def addr_us(d: Draw) -> Addr:
    street = f"{d.num(10, 29999)} {d.pick(STREETS['US'])} {d.pick(US_TYPES)}"
    if d.chance(0.12):
        street = f"{d.num(100, 9999)} {d.pick(['N', 'S', 'E', 'W'])} {street.split(' ', 1)[1]}"
    city, state, zip3 = _place(d, US_PLACES)
    zipcode = zip3 + d.digits(2) + (f"-{d.digits(4)}" if d.chance(0.15) else "")
    lines = [street]
    if d.chance(0.3):
        unit = _unit(d, US_UNITS)
        if d.chance(0.5):
            lines = [f"{street} {unit}"] if d.chance(0.5) else [f"{street}, {unit}"]
        else:
            lines.append(unit)
    one_street = ", ".join(lines)
    lines.append(f"{city}, {state} {zipcode}")
    return Addr(lines, ("USA", "United States", "US"), f"{one_street}, {city}, {state} {zipcode}")


def addr_ca(d: Draw) -> Addr:
    place = d.pick(
        [
            "Thunder Bay|ON|P7B",
            "Moncton|NB|E1C",
            "Kelowna|BC|V1Y",
            "Sherbrooke|QC|J1H",
            "Saskatoon|SK|S7K",
            "Lethbridge|AB|T1J",
            "Sudbury|ON|P3A",
        ]
    ).split("|")
    kind = d.pick(["Street", "St", "Avenue", "Drive", "Crescent", "Cres", "Rue", "Boul."])
    name = d.pick(STREETS["CA"])
    street = (
        f"{d.num(1, 4999)} {name} {kind}"
        if kind not in {"Rue", "Boul."}
        else (f"{d.num(1, 4999)}, {kind.lower()} {name}")
    )
    if d.chance(0.25):
        street = f"{d.num(101, 2405)}-{street}"
    post = f"{place[2]} {d.num(1, 9)}{d.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{d.num(0, 9)}"
    return Addr(
        [
            street,
            f"{place[0]} {place[1]}  {post}" if d.chance(0.3) else f"{place[0]}, {place[1]} {post}",
        ],
        ("Canada", "CANADA"),
    )


def addr_gb(d: Draw) -> Addr:
    town, area = d.pick(
        [
            ("Keswick", "CA12"),
            ("Whitby", "YO21"),
            ("Ludlow", "SY8"),
            ("Penzance", "TR18"),
            ("Stirling", "FK8"),
            ("Aberystwyth", "SY23"),
            ("Leamington Spa", "CV32"),
            ("Hexham", "NE46"),
            ("Frome", "BA11"),
        ]
    )
    kind = d.pick(["Lane", "Close", "Road", "Street", "Mews", "Walk", "Row", "Yard", "Gardens"])
    street = f"{d.num(1, 180)} {d.pick(STREETS['GB'])} {kind}"
    lines = [street]
    if d.chance(0.3):
        lines.insert(
            0,
            d.pick(
                [
                    f"Flat {d.num(1, 40)}",
                    f"{d.pick(['Rose', 'Ivy', 'Mill'])} Cottage",
                    f"Unit {d.num(1, 20)}{d.letters(1, 'ABC')}",
                ]
            ),
        )
    post = f"{area} {d.num(1, 9)}{d.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    lines += [town.upper() if d.chance(0.3) else town, post]
    return Addr(lines, ("United Kingdom", "UK", "England", "GB"), street=", ".join(lines[:-2]))


def addr_ie(d: Draw) -> Addr:
    town, county, key = d.pick(
        [
            ("Sligo", "Co. Sligo", "F91"),
            ("Dún Laoghaire", "Co. Dublin", "A96"),
            ("Tralee", "Co. Kerry", "V92"),
            ("Ennis", "Co. Clare", "V95"),
        ]
    )
    street = f"{d.num(1, 90)} {d.pick(STREETS['IE'])}"
    eir = f"{key} {d.letters(1, 'ACDEFHKNPRTVWXY')}{d.digits(1)}{d.letters(2, 'ACDEFHKNPRTVWXY')}"
    return Addr([street, town, county, eir], ("Ireland", "Éire"))


def addr_de(d: Draw) -> Addr:
    city, plz = d.pick(
        [
            ("Bamberg", "960"),
            ("Lüneburg", "213"),
            ("Konstanz", "784"),
            ("Görlitz", "028"),
            ("Marburg", "350"),
            ("Rostock", "180"),
        ]
    )
    street = f"{d.pick(STREETS['DE'])} {d.num(1, 140)}{d.pick(['', '', '', 'a', 'b'])}"
    return Addr([street, f"{plz}{d.digits(2)} {city}"], ("Germany", "Deutschland", "DE"))


def addr_at(d: Draw) -> Addr:
    city, plz = d.pick([("Wien", "10"), ("Graz", "80"), ("Innsbruck", "60"), ("Salzburg", "50")])
    street = f"{d.pick(STREETS['AT'])} {d.num(1, 90)}"
    if d.chance(0.5):
        street += f"/{d.num(1, 9)}/{d.num(1, 30)}"
    return Addr([street, f"{plz}{d.num(1, 2)}{d.num(0, 9)} {city}"], ("Austria", "Österreich"))


def addr_fr(d: Draw) -> Addr:
    city, cp = d.pick(
        [
            ("Rennes", "35"),
            ("Nancy", "54"),
            ("Annecy", "74"),
            ("Perpignan", "66"),
            ("Amiens", "80"),
            ("Poitiers", "86"),
            ("Aix-en-Provence", "13"),
        ]
    )
    street = f"{d.num(1, 120)}{d.pick(['', '', ' bis', ' ter'])} {d.pick(STREETS['FR'])}"
    lines = [street, f"{cp}{d.digits(3)} {city.upper() if d.chance(0.5) else city}"]
    if d.chance(0.2):
        lines.insert(0, f"Bât. {d.letters(1, 'ABCD')}, {d.pick(['Résidence Les Pins', 'Esc. 2'])}")
        return Addr(lines, ("France", "FRANCE"), street=", ".join(lines[:2]))
    return Addr(lines, ("France", "FRANCE"))


def addr_be(d: Draw) -> Addr:
    city, pc = d.pick(
        [("Leuven", "3000"), ("Namur", "5000"), ("Mechelen", "2800"), ("Liège", "4000")]
    )
    street = f"{d.pick(STREETS['BE'])} {d.num(1, 200)}"
    if d.chance(0.3):
        street += f" bus {d.num(1, 30)}"
    return Addr([street, f"{pc} {city}"], ("Belgium", "België", "Belgique"))


def addr_nl(d: Draw) -> Addr:
    city = d.pick(["Groningen", "Haarlem", "Zwolle", "Leeuwarden", "Nijmegen", "Delft"])
    street = f"{d.pick(STREETS['NL'])} {d.num(1, 300)}{d.pick(['', '', '-A', ' A', '-2', ' hs'])}"
    return Addr(
        [
            street,
            f"{d.num(1000, 9999)} {d.letters(2, 'ABCEGHJKLNPRSTVWXZ')}  {city}"
            if d.chance(0.2)
            else f"{d.num(1000, 9999)} {d.letters(2, 'ABCEGHJKLNPRSTVWXZ')} {city}",
        ],
        ("Netherlands", "Nederland", "NL"),
    )


def addr_lu(d: Draw) -> Addr:
    street = f"{d.num(1, 99)}, {d.pick(STREETS['LU'])}"
    return Addr(
        [street, f"L-{d.num(1111, 9999)} {d.pick(['Luxembourg', 'Esch-sur-Alzette'])}"],
        ("Luxembourg",),
    )


def addr_it(d: Draw) -> Addr:
    city, prov, cap = d.pick(
        [
            ("Bologna", "BO", "401"),
            ("Lecce", "LE", "731"),
            ("Trento", "TN", "381"),
            ("Cagliari", "CA", "091"),
            ("Perugia", "PG", "061"),
        ]
    )
    street = f"{d.pick(STREETS['IT'])}, {d.num(1, 210)}"
    if d.chance(0.2):
        street += f"/{d.letters(1, 'ABC')}"
    return Addr(
        [
            street,
            f"{cap}{d.digits(2)} {city} ({prov})"
            if d.chance(0.5)
            else f"{cap}{d.digits(2)} {city} {prov}",
        ],
        ("Italy", "Italia"),
    )


def addr_es(d: Draw) -> Addr:
    city, prov, cp = d.pick(
        [
            ("Granada", "Granada", "180"),
            ("Girona", "Girona", "170"),
            ("Santiago de Compostela", "A Coruña", "157"),
            ("Cáceres", "Cáceres", "100"),
        ]
    )
    street = f"{d.pick(STREETS['ES'])}, {d.num(1, 150)}"
    if d.chance(0.5):
        street += d.pick(
            [
                f", {d.num(1, 8)}º {d.letters(1, 'ABCD')}",
                f", {d.num(1, 6)}-{d.num(1, 4)}",
                f", bajo {d.pick(['izq.', 'dcha.'])}",
            ]
        )
    return Addr(
        [
            street,
            f"{cp}{d.digits(2)} {city} ({prov})" if prov != city else f"{cp}{d.digits(2)} {city}",
        ],
        ("Spain", "España"),
    )


def addr_pt(d: Draw) -> Addr:
    city, cp = d.pick([("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"), ("Aveiro", "38")])
    street = (
        f"{d.pick(STREETS['PT'])}, {d.num(1, 300)}"
        f"{d.pick(['', ', 2º Esq.', ', R/C Dto.', ' - 3º'])}"
    )
    return Addr([street, f"{cp}{d.digits(2)}-{d.digits(3)} {city}"], ("Portugal",))


def addr_se(d: Draw) -> Addr:
    city, pn = d.pick([("Göteborg", "41"), ("Uppsala", "75"), ("Malmö", "21"), ("Umeå", "90")])
    street = f"{d.pick(STREETS['SE'])} {d.num(1, 80)}{d.pick(['', '', ' B', ', lgh 1102'])}"
    return Addr([street, f"{pn}{d.num(1, 9)} {d.digits(2)} {city}"], ("Sweden", "Sverige"))


def addr_is(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['IS'])} {d.num(1, 90)}"
    return Addr(
        [street, f"{d.pick(['101', '105', '107', '600'])} {d.pick(['Reykjavík', 'Akureyri'])}"],
        ("Iceland", "Ísland"),
    )


def addr_ee(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['EE'])} {d.num(1, 60)}{d.pick(['', '-' + str(d.num(1, 40))])}"
    return Addr(
        [
            street,
            f"{d.pick(['10', '51', '80'])}{d.digits(3)} {d.pick(['Tallinn', 'Tartu', 'Pärnu'])}",
        ],
        ("Estonia", "Eesti"),
    )


def addr_lt(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['LT'])} {d.num(1, 70)}{d.pick(['', '-' + str(d.num(1, 30))])}"
    return Addr(
        [
            street,
            (
                f"LT-{d.pick(['01', '44', '92'])}{d.digits(3)}"
                f" {d.pick(['Vilnius', 'Kaunas', 'Klaipėda'])}"
            ),
        ],
        ("Lithuania", "Lietuva"),
    )


def addr_sk(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['SK'])} {d.num(1, 60)}"
    if d.chance(0.4):
        street = f"{d.pick(STREETS['SK'])} {d.num(100, 2999)}/{d.num(1, 60)}"
    return Addr(
        [
            street,
            (
                f"{d.pick(['811', '040', '949'])} {d.digits(2)}"
                f" {d.pick(['Bratislava', 'Košice', 'Nitra'])}"
            ),
        ],
        ("Slovakia", "Slovensko"),
    )


def addr_si(d: Draw) -> Addr:
    return Addr(
        [
            f"{d.pick(STREETS['SI'])} {d.num(1, 90)}",
            f"{d.pick(['1000 Ljubljana', '2000 Maribor', '6000 Koper'])}",
        ],
        ("Slovenia", "Slovenija"),
    )


def addr_hr(d: Draw) -> Addr:
    return Addr(
        [
            f"{d.pick(STREETS['HR'])} {d.num(1, 150)}",
            f"{d.pick(['10000 Zagreb', '21000 Split', '51000 Rijeka'])}",
        ],
        ("Croatia", "Hrvatska"),
    )


def addr_rs(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['RS'])} {d.num(1, 80)}{d.pick(['', '/' + str(d.num(1, 20))])}"
    return Addr(
        [street, d.pick(["11000 Beograd", "21000 Novi Sad", "18000 Niš"])], ("Serbia", "Srbija")
    )


def addr_ua(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['UA'])}, {d.num(1, 60)}{d.pick(['', ', kv. ' + str(d.num(1, 120))])}"
    return Addr(
        [street, f"{d.pick(['Kyiv', 'Lviv', 'Odesa'])}, {d.pick(['01', '79', '65'])}{d.digits(3)}"],
        ("Ukraine",),
    )


def addr_il(d: Draw) -> Addr:
    street = f"{d.pick(STREETS['IL'])} {d.num(1, 200)}{d.pick(['', ', Apt ' + str(d.num(1, 30))])}"
    return Addr(
        [street, f"{d.pick(['Tel Aviv-Yafo', 'Haifa', 'Jerusalem'])} {d.digits(7)}"], ("Israel",)
    )


def addr_ae(d: Draw) -> Addr:
    street = f"Villa {d.num(1, 90)}, {d.pick(STREETS['AE'])}"
    if d.chance(0.5):
        street = (
            f"Apt {d.num(101, 3208)}"
            f", {d.pick(['Marina Heights', 'Al Reem Tower', 'Burj Views B'])}"
            f", {d.pick(STREETS['AE'])}"
        )
    return Addr(
        [
            street,
            (
                f"{d.pick(['Jumeirah 1', 'Al Barsha', 'Al Khalidiya'])}"
                f", {d.pick(['Dubai', 'Abu Dhabi'])}"
            ),
        ],
        ("UAE", "United Arab Emirates"),
    )


def addr_eg(d: Draw) -> Addr:
    street = f"{d.num(1, 60)} {d.pick(STREETS['EG'])}"
    return Addr(
        [
            street,
            d.pick(
                [
                    "Garden City, Cairo 11519",
                    "Zamalek, Cairo 11211",
                    "Maadi, Cairo 11728",
                    "Dokki, Giza 12611",
                ]
            ),
        ],
        ("Egypt",),
    )


def addr_ma(d: Draw) -> Addr:
    street = f"{d.num(1, 200)}, {d.pick(STREETS['MA'])}"
    return Addr(
        [street, f"{d.pick(['20000 Casablanca', '40000 Marrakech', '10000 Rabat', '30000 Fès'])}"],
        ("Morocco", "Maroc"),
    )


def addr_gh(d: Draw) -> Addr:
    street = f"House No. {d.num(1, 60)}, {d.pick(STREETS['GH'])}"
    area, region = d.pick(
        [("Osu, Accra", "GA"), ("Cantonments, Accra", "GA"), ("Adum, Kumasi", "AK")]
    )
    gps = f"{region}-{d.num(100, 999)}-{d.num(1000, 9999)}"
    return Addr(
        [street, area, gps],
        ("Ghana",),
    )


def addr_tz(d: Draw) -> Addr:
    street = f"Plot {d.num(1, 900)}, {d.pick(STREETS['TZ'])}"
    return Addr(
        [street, d.pick(["Msasani, Dar es Salaam", "Kariakoo, Dar es Salaam", "Arusha", "Dodoma"])],
        ("Tanzania",),
    )


def addr_ug(d: Draw) -> Addr:
    street = f"Plot {d.num(1, 300)} {d.pick(STREETS['UG'])}"
    return Addr([street, d.pick(["Kololo, Kampala", "Ntinda, Kampala", "Entebbe"])], ("Uganda",))


def addr_pk(d: Draw) -> Addr:
    street = (
        f"House {d.num(1, 900)}, Street {d.num(1, 90)}"
        f", {d.pick(['F-7/2', 'G-9/4', 'DHA Phase 6', 'Gulberg III'])}"
    )
    if d.chance(0.4):
        street = f"{d.num(1, 300)} {d.pick(STREETS['PK'])}"
    return Addr(
        [street, f"{d.pick(['Islamabad 44000', 'Lahore 54660', 'Karachi 75600'])}"], ("Pakistan",)
    )


def addr_bd(d: Draw) -> Addr:
    street = (
        f"House {d.num(1, 90)}, {d.pick(STREETS['BD'])}"
        f", {d.pick(['Dhanmondi', 'Gulshan 2', 'Banani'])}"
    )
    return Addr([street, f"Dhaka {d.pick(['1209', '1212', '1213'])}"], ("Bangladesh",))


def addr_lk(d: Draw) -> Addr:
    street = f"No. {d.num(1, 400)}/{d.num(1, 9)}, {d.pick(STREETS['LK'])}"
    return Addr(
        [street, f"Colombo {d.num(1, 15):02d}" if d.chance(0.7) else "Kandy 20000"], ("Sri Lanka",)
    )


def addr_th(d: Draw) -> Addr:
    street = f"{d.num(1, 999)}/{d.num(1, 99)} {d.pick(STREETS['TH'])}"
    return Addr(
        [
            street,
            *d.pick(
                [
                    ("Khlong Toei Nuea, Watthana", "Bangkok 10110"),
                    ("Si Lom, Bang Rak", "Bangkok 10500"),
                    ("Suthep, Mueang Chiang Mai", "Chiang Mai 50200"),
                ]
            ),
        ],
        ("Thailand",),
    )


def addr_vn(d: Draw) -> Addr:
    street = (
        f"Số {d.num(1, 300)} {d.pick(STREETS['VN'])}"
        if d.chance(0.5)
        else f"{d.num(1, 300)} {d.pick(STREETS['VN'])}"
    )
    return Addr(
        [
            street,
            d.pick(
                [
                    "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                    "Quận Hoàn Kiếm, Hà Nội",
                    "Phường Hàng Trống, Hoàn Kiếm, Hà Nội",
                ]
            ),
        ],
        ("Vietnam", "Việt Nam"),
    )


def addr_tw(d: Draw) -> Addr:
    street = f"No. {d.num(1, 300)}, Sec. {d.num(1, 5)}, {d.pick(STREETS['TW'])}"
    if d.chance(0.4):
        street = f"{d.num(2, 18)}F., {street}"
    return Addr(
        [
            street,
            (
                f"{d.pick(['Da’an Dist.', 'Zhongshan Dist.', 'Xinyi Dist.'])}"
                f", Taipei City {d.pick(['106', '104', '110'])}"
            ),
        ],
        ("Taiwan", "Taiwan (R.O.C.)"),
    )


def addr_hk(d: Draw) -> Addr:
    street = (
        f"Flat {d.letters(1, 'ABCDEFGH')}, {d.num(2, 40)}"
        f"/F, {d.pick(['Wing On Mansion', 'Kam Fung Building', 'Tower 3'])}"
        f", {d.num(1, 400)} {d.pick(STREETS['HK'])}"
    )
    return Addr(
        [street, d.pick(["Sheung Wan", "Mong Kok, Kowloon", "Causeway Bay", "Wan Chai"])],
        ("Hong Kong",),
    )


def addr_pe(d: Draw) -> Addr:
    street = (
        f"{d.pick(STREETS['PE'])} {d.num(100, 1999)}"
        f"{d.pick(['', ', Dpto. ' + str(d.num(101, 1504))])}"
    )
    return Addr(
        [
            street,
            (
                f"{d.pick(['Miraflores', 'San Isidro', 'Barranco'])}"
                f", Lima {d.pick(['15074', '15073', '15063'])}"
            ),
        ],
        ("Peru", "Perú"),
    )


def addr_uy(d: Draw) -> Addr:
    street = (
        f"{d.pick(STREETS['UY'])} {d.num(100, 3000)}{d.pick(['', ' apto ' + str(d.num(101, 902))])}"
    )
    return Addr([street, f"{d.num(11000, 11900)} Montevideo"], ("Uruguay",))


def addr_pr(d: Draw) -> Addr:
    street = (
        f"{d.num(1, 2000)} {d.pick(STREETS['PR'])}"
        f"{d.pick(['', ' Apt ' + str(d.num(1, 40)) + d.letters(1, 'ABC')])}"
    )
    return Addr(
        [
            street,
            (
                f"{d.pick(['San Juan', 'Ponce', 'Mayagüez'])}"
                f", PR 00{d.pick(['907', '911', '716', '680'])}"
            ),
        ],
        ("Puerto Rico", "USA"),
    )


def addr_au(d: Draw) -> Addr:
    kind = d.pick(["Street", "St", "Crescent", "Cres", "Parade", "Pde", "Avenue", "Close", "Court"])
    street = f"{d.num(1, 300)} {d.pick(STREETS['AU'])} {kind}"
    if d.chance(0.3):
        street = f"{d.pick(['Unit ', 'U', ''])}{d.num(1, 30)}/{street}"
    sub, state, pc = d.pick(
        [
            ("Fremantle", "WA", "6160"),
            ("Toowoomba", "QLD", "4350"),
            ("Ballarat", "VIC", "3350"),
            ("Wagga Wagga", "NSW", "2650"),
            ("Glenelg", "SA", "5045"),
            ("Sandy Bay", "TAS", "7005"),
        ]
    )
    return Addr([street, f"{sub.upper() if d.chance(0.5) else sub} {state} {pc}"], ("Australia",))


def addr_in(d: Draw) -> Addr:
    street = (
        f"{d.pick(['Flat', 'No.', 'H.No.'])} {d.num(1, 900)}"
        f"{d.pick(['', '/' + d.letters(1, 'AB')])}"
        f", {d.pick(['Prestige Palms', 'Shanti Niketan', 'Sai Krupa Apts', 'Block C'])}"
    )
    road = f"{d.pick(STREETS['IN'])}"
    city = d.pick(
        [
            "Bengaluru 560025",
            "Chennai 600002",
            "Kolkata 700016",
            "Mumbai 400050",
            "New Delhi 110011",
        ]
    )
    return Addr([street, road, city], ("India",), street=f"{street}, {road}")


ADDRESS_FORMATS: dict[str, Callable[[Draw], Addr]] = {
    "US": addr_us,
    "CA": addr_ca,
    "GB": addr_gb,
    "IE": addr_ie,
    "DE": addr_de,
    "AT": addr_at,
    "FR": addr_fr,
    "BE": addr_be,
    "NL": addr_nl,
    "LU": addr_lu,
    "IT": addr_it,
    "ES": addr_es,
    "PT": addr_pt,
    "SE": addr_se,
    "IS": addr_is,
    "EE": addr_ee,
    "LT": addr_lt,
    "SK": addr_sk,
    "SI": addr_si,
    "HR": addr_hr,
    "RS": addr_rs,
    "UA": addr_ua,
    "IL": addr_il,
    "AE": addr_ae,
    "EG": addr_eg,
    "MA": addr_ma,
    "GH": addr_gh,
    "TZ": addr_tz,
    "UG": addr_ug,
    "PK": addr_pk,
    "BD": addr_bd,
    "LK": addr_lk,
    "TH": addr_th,
    "VN": addr_vn,
    "TW": addr_tw,
    "HK": addr_hk,
    "PE": addr_pe,
    "UY": addr_uy,
    "PR": addr_pr,
    "AU": addr_au,
    "IN": addr_in,
}
ADDRESS_WEIGHTS = {code: 1 for code in ADDRESS_FORMATS} | {
    "US": 8,
    "GB": 3,
    "CA": 2,
    "AU": 2,
    "IN": 2,
    "DE": 2,
    "FR": 2,
}


# -- phone numbers ---------------------------------------------------------------------------
# country: (international forms, national forms). N any digit, X a digit 2-9.
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        ("+1 XNN-XNN-NNNN", "+1 (XNN) XNN NNNN", "001 XNN XNN NNNN", "+1 XNN.XNN.NNNN"),
        (
            "XNN-XNN-NNNN",
            "(XNN) XNN-NNNN",
            "XNN.XNN.NNNN",
            "1 (XNN) XNN-NNNN",
            "XNN/XNN-NNNN",
            "1-8X0-XNN-NNNN",
        ),
    ),
    "CA": (("+1 (780) XNN-NNNN", "+1 902 XNN NNNN"), ("(819) XNN-NNNN", "1-709-XNN-NNNN")),
    "GB": (
        ("+44 (0)1632 NNNNNN", "+44 7X NN NNN NNN", "0044 20 3NNN NNNN", "+44 113 NNN NNNN"),
        ("07X NN NNN NNN", "07XNN NNNNNN", "0161 NNN NNNN", "(01632) NNNNNN", "0800 NNN NNNN"),
    ),
    "IE": (("+353 8X NNN NNNN", "+353 (0)1 NNN NNNN"), ("08X NNN NNNN", "(021) NNN NNNN")),
    "DE": (
        ("+49 (0)30 NNNNNNNN", "+49 15X NNNNNNNN", "+49 89 NNNN-NNN"),
        ("030 / NNNN NNNN", "0171 NNNNNNN", "(0221) NNN NN NN", "089-NNNNNN-NN"),
    ),
    "AT": (("+43 664 NNN NN NN", "+43 1 NNN NN NN"), ("0676 NNNNNNN", "01/NNN NN NN")),
    "CH": (("+41 7X NNN NN NN", "+41 (0)44 NNN NN NN"), ("07X NNN NN NN", "031 NNN NN NN")),
    "FR": (
        ("+33 6 NN NN NN NN", "+33 (0)1 NN NN NN NN", "0033 7 NN NN NN NN"),
        ("06 NN NN NN NN", "07.NN.NN.NN.NN", "01-NN-NN-NN-NN"),
    ),
    "BE": (("+32 47N NN NN NN", "+32 2 NNN NN NN"), ("047N/NN.NN.NN", "02 NNN NN NN")),
    "NL": (("+31 6 NNNN NNNN", "+31 (0)20 NNN NNNN"), ("06-NNNNNNNN", "020 - NNN NN NN")),
    "IT": (
        ("+39 3NN NNN NNNN", "+39 06 NNNN NNNN"),
        ("3NN NNN NNNN", "02 NNNN NNNN", "3NN.NNNNNNN"),
    ),
    "ES": (("+34 6NN NN NN NN", "+34 91 NNN NN NN"), ("6NN NNN NNN", "93 NNN NN NN")),
    "PT": (("+351 9N NNN NNNN", "+351 21 NNN NNNN"), ("9N NNN NNNN", "22 NNN NNNN")),
    "SE": (("+46 7N NNN NN NN", "+46 (0)8 NNN NNN NN"), ("07N-NNN NN NN", "08-NNN NN NN")),
    "PL": (("+48 5NN NNN NNN", "+48 22 NNN NN NN"), ("5NN-NNN-NNN", "(22) NNN-NN-NN")),
    "UA": (("+380 (67) NNN-NN-NN", "+380 44 NNN NNNN"), ("067 NNN NN NN", "(044) NNN-NN-NN")),
    "IL": (("+972 5N-NNN-NNNN", "+972 3 NNN NNNN"), ("05N-NNN-NNNN", "03-NNN-NNNN")),
    "AE": (("+971 5N NNN NNNN", "+971 4 NNN NNNN"), ("05N NNN NNNN", "04 NNN NNNN")),
    "SA": (("+966 5N NNN NNNN",), ("05N NNN NNNN",)),
    "EG": (("+20 1N NNNN NNNN", "+20 2 NNNN NNNN"), ("01N NNNN NNNN", "02 NNNNNNNN")),
    "MA": (("+212 6NN-NNNNNN", "+212 5 22 NN NN NN"), ("06 NN NN NN NN", "05 22 NN NN NN")),
    "NG": (("+234 80N NNN NNNN", "+234 (0)81N NNN NNNN"), ("080N NNN NNNN", "0703-NNN-NNNN")),
    "GH": (("+233 24 NNN NNNN", "+233 (0)20 NNN NNNN"), ("024 NNN NNNN", "055-NNN-NNNN")),
    "KE": (("+254 7NN NNN NNN", "+254 (0)20 NNN NNNN"), ("07NN NNN NNN", "07NN-NNNNNN")),
    "TZ": (("+255 7NN NNN NNN",), ("07NN NNN NNN",)),
    "UG": (("+256 7NN NNNNNN",), ("07NN NNNNNN",)),
    "ZA": (("+27 8N NNN NNNN", "+27 (0)21 NNN NNNN"), ("08N NNN NNNN", "021 NNN NNNN")),
    "IN": (
        ("+91 9NNNN NNNNN", "+91-8NNNNNNNNN", "+91 80 NNNN NNNN"),
        ("09NNNNNNNNN", "9NNNN NNNNN", "080-NNNNNNNN", "(022) NNNN NNNN"),
    ),
    "PK": (("+92 3NN NNNNNNN", "+92 51 NNNNNNN"), ("03NN-NNNNNNN", "(042) NNNNNNNN")),
    "BD": (("+880 1NNN-NNNNNN",), ("01NNN-NNNNNN", "01NNNNNNNNN")),
    "LK": (("+94 7N NNN NNNN",), ("07N NNN NNNN", "011 2NN NNNN")),
    "TH": (("+66 8N NNN NNNN", "+66 2 NNN NNNN"), ("08N-NNN-NNNN", "02-NNN-NNNN")),
    "VN": (("+84 9N NNN NN NN", "+84 28 NNNN NNNN"), ("09N NNN NNNN", "028 NNNN NNNN")),
    "PH": (("+63 9NN NNN NNNN", "+63 2 8NNN NNNN"), ("09NN NNN NNNN", "(02) 8NNN-NNNN")),
    "ID": (("+62 81N-NNNN-NNNN", "+62 21 NNNN NNNN"), ("081N-NNNN-NNNN", "(021) NNNN NNNN")),
    "MY": (("+60 1N-NNN NNNN", "+60 3-NNNN NNNN"), ("01N-NNN NNNN", "03-NNNN NNNN")),
    "SG": (("+65 9NNN NNNN", "+65 6NNN NNNN"), ("9NNN NNNN", "6NNN-NNNN")),
    "TW": (("+886 9NN NNN NNN", "+886 2 NNNN NNNN"), ("09NN-NNN-NNN", "(02) NNNN-NNNN")),
    "HK": (("+852 9NNN NNNN", "+852 2NNN NNNN"), ("9NNN NNNN", "2NNN-NNNN")),
    "CN": (("+86 13N NNNN NNNN", "+86 10 NNNN NNNN"), ("13N NNNN NNNN", "(010) NNNN NNNN")),
    "JP": (
        ("+81 90-NNNN-NNNN", "+81 3-NNNN-NNNN"),
        ("090-NNNN-NNNN", "03-NNNN-NNNN", "06 (NNNN) NNNN"),
    ),
    "KR": (("+82 10-NNNN-NNNN", "+82 2-NNN-NNNN"), ("010-NNNN-NNNN", "02-NNNN-NNNN")),
    "AU": (
        ("+61 4NN NNN NNN", "+61 (0)2 NNNN NNNN"),
        ("04NN NNN NNN", "(08) NNNN NNNN", "13NN NN"),
    ),
    "NZ": (("+64 2N NNN NNNN", "+64 9 NNN NNNN"), ("02N NNN NNNN", "(09) NNN NNNN")),
    "BR": (("+55 11 9NNNN-NNNN", "+55 (21) 9NNNN-NNNN"), ("(11) 9NNNN-NNNN", "(31) NNNN-NNNN")),
    "MX": (("+52 55 NNNN NNNN", "+52 1 33 NNNN NNNN"), ("55 NNNN NNNN", "(81) NNNN-NNNN")),
    "AR": (("+54 9 11 NNNN-NNNN",), ("011 15-NNNN-NNNN", "(0341) 4NN-NNNN")),
    "PE": (("+51 9NN NNN NNN",), ("9NN NNN NNN", "(01) NNN-NNNN")),
    "UY": (("+598 9N NNN NNN",), ("09N NNN NNN", "2NNN NNNN")),
    "CO": (("+57 3NN NNN NNNN",), ("3NN NNN NNNN", "(601) NNN NNNN")),
}
PHONE_WEIGHTS = {code: 1 for code in PHONES} | {
    "US": 8,
    "GB": 4,
    "IN": 3,
    "CA": 2,
    "AU": 2,
    "DE": 2,
    "FR": 2,
}
EXTENSIONS = (" ext. ", " x", " ext ", " Ext ", " #", ", ext. ")


def phone(d: Draw, form: str = "", country: str | None = None) -> str:
    """``form``: "intl", "local", "e164", "msisdn" or "" (any)."""
    country = country or d.weighted(PHONE_WEIGHTS)
    intl, local = PHONES[country]
    if form in {"e164", "msisdn"}:
        value = pattern(d, d.pick(intl)).replace("(0)", "")
        digits = re.sub(r"\D", "", value)
        digits = digits[2:] if value.startswith("00") else digits
        return "+" + digits if form == "e164" else digits
    use_intl = form == "intl" or (form == "" and d.chance(0.45))
    value = pattern(d, d.pick(intl if use_intl else local))
    if form == "" and d.chance(0.06):
        value += d.pick(EXTENSIONS) + d.digits(d.num(2, 4))
    return value


def phone_shaped(d: Draw) -> str:
    """A national phone shape used for something else (a waybill, a docket number)."""
    shapes = [p for c in ("US", "GB", "DE", "FR", "IN", "JP", "KR", "BR") for p in PHONES[c][1]]
    return pattern(d, d.pick([s for s in shapes if "(" not in s]))


# -- SSNs ------------------------------------------------------------------------------------
def ssn_parts(d: Draw) -> tuple[str, str, str]:
    area = d.num(1, 899)
    while area == 666:
        area = d.num(1, 899)
    return f"{area:03d}", f"{d.num(1, 99):02d}", f"{d.num(1, 9999):04d}"


def ssn(d: Draw, bare: bool = False) -> str:
    a, g, s = ssn_parts(d)
    if bare:
        return a + g + s
    sep = d.rng.choices(["-", " ", ".", "\u2013", " - ", "/", "\u2011"], [62, 16, 8, 4, 4, 3, 3])[0]
    return f"{a}{sep}{g}{sep}{s}"


def ssn_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return (
        len(digits) == 9
        and digits[:3] not in {"000", "666"}
        and digits[0] != "9"
        and digits[3:5] != "00"
        and digits[5:] != "0000"
    )


def ssn_bad(d: Draw) -> str:
    a, g, s = ssn_parts(d)
    flaw = d.pick(["000", "666", "9xx", "9xx", "9xx", "group", "serial"])
    if flaw in {"000", "666"}:
        a = flaw
    elif flaw == "9xx":
        a = str(d.num(900, 999))
    elif flaw == "group":
        g = "00"
    else:
        s = "0000"
    value = f"{a}{d.pick(['-', '-', ' '])}{g}-{s}".replace(" " + g + "-", " " + g + " ")
    assert not ssn_valid(value), value
    return value


# -- cards and IBANs -------------------------------------------------------------------------
CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 13, 19)),
    "mastercard": (("51", "53", "55", "2223", "2500", "2699"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "646", "65"), (16,)),
    "jcb": (("3530", "3560", "3580"), (16,)),
    "diners": (("36", "301", "38"), (14,)),
    "unionpay": (("62",), (16, 17, 18, 19)),
    "maestro": (("6761", "5893", "6763"), (16, 18, 19)),
    "mir": (("2202", "2203"), (16,)),
    "verve": (("5061", "650002"), (16, 19)),
}
CARD_WEIGHTS = {
    "visa": 9,
    "mastercard": 7,
    "amex": 3,
    "discover": 2,
    "jcb": 1,
    "diners": 1,
    "unionpay": 1,
    "maestro": 1,
    "mir": 1,
    "verve": 1,
}


def _card_digits(d: Draw, valid: bool) -> str:
    prefixes, lengths = CARD_BRANDS[d.weighted(CARD_WEIGHTS)]
    prefix, length = d.pick(prefixes), d.pick(lengths)
    body = prefix + d.digits(length - len(prefix) - 1)
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + d.num(1, 9)) % 10)
    number = body + check
    assert luhn_ok(number) == valid, number
    return number


def _group_card(d: Draw, number: str) -> str:
    n = len(number)
    if n == 15 and d.chance(0.6):
        return d.pick([" ", "-"]).join([number[:4], number[4:10], number[10:]])
    if n == 14 and d.chance(0.5):
        return " ".join([number[:4], number[4:10], number[10:]])
    if n in {16, 19} and d.chance(0.65):
        sep = d.pick([" ", " ", "-", "  ", "."])
        return sep.join(number[i : i + 4] for i in range(0, n, 4))
    return number


def card(d: Draw) -> str:
    return _group_card(d, _card_digits(d, valid=True))


def card_bad(d: Draw) -> str:
    return _group_card(d, _card_digits(d, valid=False))


def card_mask(d: Draw) -> str:
    last = d.digits(4)
    return d.pick(
        [
            f"ending in {last}",
            f"**** {last}",
            f"XXXX XXXX XXXX {last}",
            f"…{last}",
            f"{d.pick(['4', '5'])}{d.digits(5)}XXXXXX{last}",
            f"x-{last}",
        ]
    )


IBAN_WEIGHTS = {code: 1 for code in IBAN_LAYOUTS} | {
    "DE": 4,
    "FR": 3,
    "GB": 3,
    "NL": 2,
    "ES": 2,
    "IT": 2,
}
BANK_LETTERS = {
    "GB": ("NWBK", "RBOS", "TSBS", "CLYD"),
    "NL": ("RABO", "INGB", "ABNA", "SNSB"),
    "IE": ("AIBK", "BOFI"),
    "RO": ("BTRL", "RNCB"),
    "LV": ("HABA", "UNLA"),
    "BG": ("UNCR", "BNBG"),
    "MT": ("MALT", "VALL"),
    "QA": ("QNBA", "DOHB"),
    "MU": ("MCBL",),
}


def _bban(d: Draw, country: str) -> str:
    out = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUTS[country]):
        for _ in range(int(count)):
            if kind == "n":
                out += d.digits(1)
            elif kind == "a":
                out += d.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                out += d.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if country in BANK_LETTERS:
        out = d.pick(BANK_LETTERS[country]) + out[4:]
    return out


def _iban_compact(d: Draw, valid: bool) -> str:
    country = d.weighted(IBAN_WEIGHTS)
    bban = _bban(d, country)
    check = 98 - iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + d.num(1, 96)) % 97 or 2
        check = max(check, 2)
    value = f"{country}{check:02d}{bban}"
    assert iban_ok(value) == valid, value
    return value


def iban(d: Draw) -> str:
    value = _iban_compact(d, True)
    if d.chance(0.45):
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def iban_bad(d: Draw) -> str:
    value = _iban_compact(d, False)
    return value if d.chance(0.5) else " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def iban_mask(d: Draw) -> str:
    value = _iban_compact(d, True)
    return d.pick(
        [
            f"{value[:4]} **** **** {value[-4:]}",
            f"{value[:2]}** …{value[-4:]}",
            f"{value[:6]}XXXXXXXX{value[-3:]}",
        ]
    )


# -- IPs -------------------------------------------------------------------------------------
def ipv4(d: Draw) -> str:
    kind = d.rng.choices(["private", "public", "doc", "cgnat", "loop"], [33, 45, 12, 6, 4])[0]
    if kind == "private":
        head = d.pick([f"10.{d.num(0, 255)}", f"172.{d.num(16, 31)}", "192.168"])
        return f"{head}.{d.num(0, 255)}.{d.num(1, 254)}"
    if kind == "doc":
        return f"{d.pick(['192.0.2', '198.51.100', '203.0.113'])}.{d.num(1, 254)}"
    if kind == "cgnat":
        return f"100.{d.num(64, 127)}.{d.num(0, 255)}.{d.num(1, 254)}"
    if kind == "loop":
        return d.pick(["127.0.0.1", f"127.0.{d.num(0, 9)}.{d.num(1, 9)}"])
    first = d.pick([n for n in range(1, 224) if n not in {10, 100, 127, 172, 192}])
    return f"{first}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}"


V6_PREFIXES = (
    "2001:db8",
    "2a03:2880",
    "2607:f8b0",
    "2a0d:5600",
    "2406:4400",
    "2c0f:f7a8",
    "2001:470",
    "2a02:26f0",
    "2804:14c",
    "2405:200",
)


def ipv6(d: Draw) -> str:
    """IPv6 in one of its written forms."""
    form = d.rng.choices(
        [
            "compressed",
            "full",
            "stripped",
            "upper",
            "mapped",
            "nat64",
            "dotted_full",
            "link",
            "ula",
            "loop",
            "multicast",
            "prefix",
            "teredo",
            "sixtofour",
            "mixed_case",
        ],
        [28, 10, 10, 7, 5, 3, 3, 10, 6, 2, 3, 4, 2, 2, 3],
    )[0]
    groups = [int(g, 16) for g in d.pick(V6_PREFIXES).split(":")]
    groups += [
        d.num(0, 0xFFFF) if d.chance(0.65) else d.num(0, 0xFFF) for _ in range(8 - len(groups))
    ]
    if d.chance(0.55):
        start = d.num(2, 6)
        for i in range(start, min(8, start + d.num(1, 3))):
            groups[i] = 0
    address = ipaddress.IPv6Address(sum(g << (16 * (7 - i)) for i, g in enumerate(groups)))
    if form == "full":
        value = address.exploded
    elif form == "stripped":
        value = ":".join(f"{g:x}" for g in groups)
    elif form == "upper":
        value = (address.exploded if d.chance(0.3) else address.compressed).upper()
    elif form == "mixed_case":
        value = "".join(c.upper() if d.chance(0.5) else c for c in address.compressed)
    elif form == "mapped":
        value = d.pick(["::ffff:", "::FFFF:"]) + ipv4(d)
    elif form == "nat64":
        value = f"64:ff9b::{ipv4(d)}"
    elif form == "dotted_full":
        value = f"0:0:0:0:0:ffff:{ipv4(d)}"
    elif form == "link":
        value = (
            f"fe80::{d.num(0, 0xFFFF):x}:{d.num(0, 0xFF):x}ff:fe{d.num(0, 0xFF):02x}"
            f":{d.num(0, 0xFFFF):x}"
        )
    elif form == "ula":
        value = (
            f"fd{d.num(0, 0xFF):02x}:{d.num(0, 0xFFFF):x}:{d.num(0, 0xFFFF):x}"
            f"::{d.num(1, 0xFFFF):x}"
        )
    elif form == "loop":
        value = d.pick(["::1", "0:0:0:0:0:0:0:1"])
    elif form == "multicast":
        value = d.pick(
            [
                "ff02::1",
                "ff02::fb",
                "ff05::1:3",
                f"ff02::1:ff{d.num(0, 0xFF):02x}:{d.num(0, 0xFFFF):x}",
            ]
        )
    elif form == "prefix":
        value = ":".join(f"{g:x}" for g in groups[:3]) + "::"
    elif form == "teredo":
        value = f"2001:0:{d.num(0, 0xFFFF):x}:{d.num(0, 0xFFFF):x}::{d.num(1, 0xFFFF):x}"
    elif form == "sixtofour":
        value = f"2002:{d.num(0, 0xFFFF):x}:{d.num(0, 0xFFFF):x}::{d.num(1, 0xFFFF):x}"
    else:
        value = address.compressed
    ipaddress.IPv6Address(value)
    return value


# -- look-alike pools ------------------------------------------------------------------------
BRAND_PERSON = _items(
    "Ralph Lauren, Calvin Klein, Hugo Boss, Ted Baker, Kate Spade, Tory Burch, Jimmy Choo, "
    "Estée Lauder, Paul Smith, Fred Perry, Bobbi Brown, Tommy Hilfiger, Michael Kors, "
    "Ben & Jerry's, Tim Hortons, Sherwin-Williams, Fisher-Price, Mercedes-Benz, Louis Vuitton, "
    "Jack Daniel's, Marie Callender's, Uncle Ben's, Betty Crocker, Orville Redenbacher's, "
    "Dr Pepper, Mr. Clean, Captain Morgan, Sam Adams, Tia Maria"
)
ORG_PERSON = _items(
    "Charles Schwab, Morgan Stanley, Goldman Sachs, Ernst & Young, Procter & Gamble, "
    "Marks & Spencer, Sainsbury's, Hewlett-Packard, Thomson Reuters, Walt Disney, "
    "Bosch, Siemens, Philips, Dyson, Ferrero, Barilla, McKinsey, Deloitte, Wells Fargo"
)
PLACE_PERSON = _items(
    "Georgetown, Victoria, Alexandria, Adelaide, Houston, St. Petersburg, San Francisco, "
    "Port Elizabeth, Lake Louise, Jackson Hole, Virginia Beach, Washington Heights, Marysville, "
    "Fort Collins, Williamsburg, Mount Kosciuszko, Elizabethtown, Santa Clara, São Paulo, "
    "Hamilton, Darwin, Carlsbad"
)
STREETLIKE = _items(
    "Bourbon Street, Lombard Street, the Champs-Élysées, Las Ramblas, Rodeo Drive, "
    "Sunset Boulevard, Carnaby Street, Beale Street, Nevsky Prospekt, Orchard Road, "
    "Khao San Road, Grafton Street, Princes Street, Via del Corso, the Kurfürstendamm, "
    "Bahnhofstrasse, Rue de Rivoli, Nathan Road"
)
STORMS = _items(
    "Hurricane Ian, Storm Ciarán, Typhoon Haiyan, Cyclone Idai, Hurricane Otis, Storm Babet, "
    "Hurricane Beryl, Typhoon Mawar, Storm Isha, Hurricane Milton"
)
EPONYMS = _items(
    "Crohn's disease, Hodgkin lymphoma, Tourette syndrome, Bell's palsy, Graves' disease, "
    "Addison's disease, Lou Gehrig's disease, Raynaud's, Dijkstra's algorithm, a Kalman filter, "
    "the Fourier transform, Levenshtein distance, a Bloom filter, Newton's method, "
    "Murphy's law, the Doppler effect"
)
BANDS = _items(
    "Franz Ferdinand, Pink Floyd, Jethro Tull, Lynyrd Skynyrd, Alice in Chains, Van Halen, "
    "Florence + the Machine, Marcus King Band, Dexys Midnight Runners, Rilo Kiley"
)
CITIES = _items(
    "Lisbon, Nairobi, Osaka, Calgary, Leeds, Porto, Dhaka, Lagos, Kraków, Medellín, Hanoi, "
    "Tbilisi, Cork, Bergen, Tampere, Brno, Valencia, Perth, Austin, Pune"
)
PRODUCTS = _items(
    "air fryer, standing desk, phone case, robot vacuum, yoga mat, espresso grinder, "
    "rain jacket, baby monitor, mesh router, e-reader, cordless drill, duvet cover, "
    "running shoes, blender, webcam, office chair"
)
CARRIERS = _items("UPS, FedEx, DHL, USPS, Royal Mail, PostNL, La Poste, Canada Post, Aramex, DPD")
SERVICES = _items(
    "auth-svc, billing-api, cart, search-indexer, notif-worker, edge-proxy, ledger, geo-lookup, "
    "img-resize, payments-gw"
)
PATHS = _items(
    "/api/v2/orders, /healthz, /static/app.js, /login, /checkout/confirm, /graphql, "
    "/v1/users/me, /robots.txt, /assets/logo.svg, /cart/items"
)
TEAMS = _items("Tottenham, Boca Juniors, Lakers, Red Sox, Chiefs, Ajax, Galatasaray, Kaizer Chiefs")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLUS = "23456789CFGHJMPQRVWX"

# Filler kinds that are shaped like PII or like a name: a look-alike using one is "hard".
HARD_KINDS = frozenset(
    _items(
        "brand_person, org_person, place_person, streetlike, storm, eponym, band, phone_shaped, "
        "ver4, oid, card_bad, iban_bad, ssn_bad, card_mask, iban_mask, ssn_mask, imei, routing, "
        "zip4, ean, isbn, awb, ups, fedex, dhl, rmail, usps, epoch, epoch_ms, mac, eui64, uuid, "
        "sha, ver3, ver, coord, dms, isin, bic, vat, handle, mask_email, gln"
    )
)


def _check_mod10(body: str, weights: tuple[int, int]) -> str:
    total = sum(int(c) * weights[i % 2] for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def _isin(d: Draw) -> str:
    country = d.pick(["US", "GB", "DE", "FR", "JP", "CH"])
    body = country + d.digits(9)
    expanded = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(expanded)


def _routing(d: Draw) -> str:
    body = d.pick(
        [
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "11",
            "12",
            "21",
            "22",
            "26",
            "31",
            "32",
        ]
    ) + d.digits(6)
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str((10 - total % 10) % 10)


def _imei(d: Draw) -> str:
    body = d.pick(["35", "86", "01", "99"]) + d.digits(12)
    return body + luhn_digit(body)


def _iso(d: Draw) -> str:
    return (
        f"2024-{d.num(1, 12):02d}-{d.num(1, 28):02d}T{d.num(0, 23):02d}:{d.num(0, 59):02d}:"
        f"{d.num(0, 59):02d}.{d.digits(3)}Z"
    )


def _clf(d: Draw) -> str:
    return (
        f"{d.num(1, 28):02d}/{d.pick(MONTHS)}/2024:{d.num(0, 23):02d}:{d.num(0, 59):02d}:"
        f"{d.num(0, 59):02d} +0000"
    )


def _hex(d: Draw, n: int) -> str:
    return "".join(d.pick("0123456789abcdef") for _ in range(n))


def noise(d: Draw, people: People, kind: str, arg: str | None) -> str:
    """A filler value that is never gold."""
    if kind == "n":
        low, high = (int(x) for x in (arg or "1-99").split("-"))
        return str(d.num(low, high))
    if kind == "d":
        return d.digits(int(arg or "6"))
    table: dict[str, Callable[[], str]] = {
        "brand_person": lambda: d.pick(BRAND_PERSON),
        "org_person": lambda: d.pick(ORG_PERSON),
        "place_person": lambda: d.pick(PLACE_PERSON),
        "streetlike": lambda: d.pick(STREETLIKE),
        "storm": lambda: d.pick(STORMS),
        "eponym": lambda: d.pick(EPONYMS),
        "band": lambda: d.pick(BANDS),
        "city": lambda: d.pick(CITIES),
        "product": lambda: d.pick(PRODUCTS),
        "carrier": lambda: d.pick(CARRIERS),
        "svc": lambda: d.pick(SERVICES),
        "path": lambda: d.pick(PATHS),
        "team": lambda: d.pick(TEAMS),
        "phone_shaped": lambda: phone_shaped(d),
        "ver": lambda: f"{d.num(0, 9)}.{d.num(0, 30)}.{d.num(0, 99)}",
        "ver4": lambda: f"{d.num(1, 24)}.{d.num(0, 12)}.{d.num(0, 255)}.{d.num(1, 9999)}",
        "oid": lambda: f"1.3.6.1.4.1.{d.num(100, 60000)}.{d.num(1, 9)}.{d.num(1, 20)}",
        "card_bad": lambda: card_bad(d),
        "iban_bad": lambda: iban_bad(d),
        "ssn_bad": lambda: ssn_bad(d),
        "card_mask": lambda: card_mask(d),
        "iban_mask": lambda: iban_mask(d),
        "ssn_mask": lambda: d.pick(
            [f"XXX-XX-{d.digits(4)}", f"***-**-{d.digits(4)}", f"ssn ending {d.digits(4)}"]
        ),
        "imei": lambda: _imei(d),
        "routing": lambda: _routing(d),
        "zip4": lambda: f"{d.num(10, 99)}{d.digits(3)}-{d.digits(4)}",
        "ean": lambda: (lambda b: b + _check_mod10(b, (1, 3)))(
            d.pick(["40", "50", "87", "76"]) + d.digits(10)
        ),
        "isbn": lambda: (lambda b: f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:]}-" + _check_mod10(b, (1, 3)))(
            "978" + d.digits(9)
        ),
        "gln": lambda: (lambda b: b + _check_mod10(b, (1, 3)))("0" + d.digits(12)),
        "awb": lambda: f"{d.pick(['176', '157', '618', '020'])}-{d.digits(8)}",
        "ups": lambda: f"1Z{d.letters(6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}{d.digits(10)}",
        "fedex": lambda: d.digits(12),
        "dhl": lambda: d.digits(10),
        "rmail": lambda: f"{d.letters(2)}{d.digits(9)}GB",
        "usps": lambda: (
            f"9400 {d.digits(4)} {d.digits(4)} {d.digits(4)} {d.digits(4)} {d.digits(2)}"
        ),
        "order": lambda: f"{d.pick(['ORD', 'SO', 'PO', '#'])}-{d.digits(d.num(6, 9))}",
        "order_amz": lambda: f"{d.num(111, 114)}-{d.digits(7)}-{d.digits(7)}",
        "invoice": lambda: f"INV-{d.num(2023, 2025)}-{d.digits(5)}",
        "ticket": lambda: f"{d.pick(['SUP', 'HD', 'CS', 'INC'])}-{d.num(1000, 999999)}",
        "rma": lambda: f"RMA{d.digits(8)}",
        "sku": lambda: f"{d.letters(3)}-{d.digits(4)}-{d.letters(2)}",
        "model": lambda: f"{d.letters(2)}{d.num(100, 9999)}{d.letters(1)}",
        "serial": lambda: f"SN{d.letters(2)}{d.digits(8)}",
        "epoch": lambda: str(d.num(1_600_000_000, 1_760_000_000)),
        "epoch_ms": lambda: str(d.num(1_600_000_000_000, 1_760_000_000_000)),
        "iso": lambda: _iso(d),
        "clf": lambda: _clf(d),
        "date": lambda: f"{d.num(1, 28):02d}/{d.num(1, 12):02d}/{d.num(2023, 2025)}",
        "dlong": lambda: f"{d.pick(MONTHS)} {d.num(1, 28)}, {d.num(2023, 2025)}",
        "hm": lambda: f"{d.num(0, 23):02d}:{d.num(0, 59):02d}",
        "ms": lambda: f"{d.num(1, 9999)}ms",
        "dur": lambda: f"{d.num(0, 9)}h{d.num(0, 59):02d}m{d.num(0, 59):02d}s",
        "mac": lambda: ":".join(_hex(d, 2) for _ in range(6)),
        "eui64": lambda: "-".join(_hex(d, 2).upper() for _ in range(8)),
        "uuid": lambda: f"{_hex(d, 8)}-{_hex(d, 4)}-4{_hex(d, 3)}-a{_hex(d, 3)}-{_hex(d, 12)}",
        "sha": lambda: _hex(d, d.pick([7, 12, 40, 64])),
        "ver3": lambda: f"{d.num(1, 9)}.{d.num(0, 9)}.{d.num(0, 99)}",
        "coord": lambda: f"{d.num(-60, 70)}.{d.digits(5)}, {d.num(-170, 170)}.{d.digits(5)}",
        "dms": lambda: (
            f"{d.num(1, 80)}°{d.num(0, 59)}′{d.num(0, 59)}″N {d.num(1, 170)}"
            f"°{d.num(0, 59)}′{d.num(0, 59)}″W"
        ),
        "plus": lambda: (
            f"{d.pick(PLUS)}{d.pick(PLUS)}{d.pick(PLUS)}{d.pick(PLUS)}+{d.pick(PLUS)}{d.pick(PLUS)}"
        ),
        "isin": lambda: _isin(d),
        "bic": lambda: (
            f"{d.letters(4)}{d.pick(['DE', 'GB', 'FR', 'NL', 'CH'])}{d.letters(2)}"
            f"{d.pick(['', 'XXX'])}"
        ),
        "vat": lambda: d.pick(
            [f"DE{d.digits(9)}", f"GB{d.digits(9)}", f"FR{d.digits(11)}", f"NL{d.digits(9)}B01"]
        ),
        "price": lambda: f"{d.pick(['$', '€', '£', ''])}{d.num(2, 999)}.{d.num(0, 99):02d}",
        "port": lambda: str(d.pick([22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9200, 27017])),
        "status": lambda: str(
            d.pick([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 429, 500, 502, 503])
        ),
        "bytes": lambda: str(d.num(0, 99999)),
        "pid": lambda: str(d.num(100, 65535)),
        "flight": lambda: f"{d.pick(['BA', 'LH', 'KQ', 'EK', 'QF', 'AC', 'TK'])}{d.num(10, 2999)}",
        "pnr": lambda: d.letters(6),
        "pct": lambda: f"{d.num(1, 99)}%",
        "stars": lambda: str(d.num(1, 5)),
        "handle": lambda: (
            "@"
            + d.pick(
                [
                    "nightowl",
                    "pixelpusher",
                    "kettle_queen",
                    "dev_null",
                    "moss_and_stone",
                    "trailrunner88",
                    "quietfox",
                    "byte_size",
                    "gardengnome",
                    "lofi_larry",
                ]
            )
        ),
        "mask_email": lambda: f"{d.letters(1).lower()}***@{d.pick(FREE_MAIL)}",
        "hostname": lambda: (
            f"{d.pick(['web', 'db', 'cache', 'worker', 'edge'])}-{d.num(1, 40):02d}"
            f".{d.pick(['prod', 'stg', 'eu-west-1'])}.internal"
        ),
        "ua": lambda: d.pick(
            [
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                "curl/8.4.0",
                "okhttp/4.12.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                "python-requests/2.31.0",
            ]
        ),
        "level": lambda: d.pick(["INFO", "WARN", "ERROR", "DEBUG"]),
        "method": lambda: d.pick(["GET", "POST", "PUT", "DELETE", "PATCH"]),
        "uid": lambda: f"usr_{_hex(d, 10)}",
    }
    return table[kind]()


# -- filling ---------------------------------------------------------------------------------
PII_KINDS = {
    "name": "PERSON",
    "first": "PERSON",
    "last": "PERSON",
    "rev": "PERSON",
    "mi": "PERSON",
    "fam": "PERSON",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "phone_intl": "PHONE_NUMBER",
    "phone_local": "PHONE_NUMBER",
    "phone_e164": "PHONE_NUMBER",
    "msisdn": "PHONE_NUMBER",
    "ssn": "US_SSN",
    "ssn_bare": "US_SSN",
    "ipv4": "IP_ADDRESS",
    "ipv6": "IP_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "addr": "STREET_ADDRESS",
    "addr_ml": "STREET_ADDRESS",
    "street": "STREET_ADDRESS",
}
PERSON_KINDS = frozenset({"name", "first", "last", "rev", "mi", "fam", "email"})
SLOT = re.compile(r"⟨(\w+?)(_lc|_uc)?(?::([^⟩]+))?⟩")
# An IBAN as it is written: compact, or in groups of four.
IBAN_SHAPE = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{10,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\b"
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def lower(text: str) -> str:
    return text.replace("İ", "i").lower()


@dataclass
class Record:
    text: str = ""
    spans: list[dict[str, object]] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)


class Filler:
    def __init__(self, d: Draw) -> None:
        self.d = d
        self.people = People(d)

    def address(self, kind: str, country: str | None) -> str:
        d = self.d
        code = country or d.weighted(ADDRESS_WEIGHTS)
        addr = ADDRESS_FORMATS[code](d)
        name = d.pick(addr.countries)
        if kind == "street":
            return addr.street
        if kind == "addr_ml":
            lines = list(addr.lines)
            if d.chance(0.3 if code != "US" else 0.1):
                lines.append(name.upper() if d.chance(0.4) else name)
            return "\n".join(lines)
        if d.chance(0.25 if code != "US" else 0.08):
            return f"{addr.one}, {name}"
        return addr.one

    def pii(self, kind: str, arg: str | None, persons: dict[str, Person]) -> str:
        d = self.d
        if kind in PERSON_KINDS:
            key = arg or "1"
            if key not in persons:
                persons[key] = self.people.person()
            p = persons[key]
            forms: dict[str, Callable[[], str]] = {
                "name": p.name,
                "first": lambda: p.given,
                "last": lambda: p.surname,
                "rev": p.reversed,
                "mi": p.with_initial,
                "fam": p.family_upper,
                "email": lambda: self.people.email(p),
            }
            return forms[kind]()
        if kind.startswith("phone") or kind == "msisdn":
            form = {"phone": "", "phone_intl": "intl", "phone_local": "local", "phone_e164": "e164"}
            return phone(d, form.get(kind, "msisdn"), arg)
        if kind in {"addr", "addr_ml", "street"}:
            return self.address(kind, arg)
        simple: dict[str, Callable[[], str]] = {
            "ssn": lambda: ssn(d),
            "ssn_bare": lambda: ssn(d, bare=True),
            "ipv4": lambda: ipv4(d),
            "ipv6": lambda: ipv6(d),
            "card": lambda: card(d),
            "iban": lambda: iban(d),
        }
        return simple[kind]()

    def fill(self, template: str) -> Record:
        record = Record()
        persons: dict[str, Person] = {}
        position = 0
        for match in SLOT.finditer(template):
            record.text += template[position : match.start()]
            position = match.end()
            kind, case, arg = match.group(1), match.group(2), match.group(3)
            if kind in PII_KINDS:
                value = self.pii(kind, arg, persons)
            else:
                value = noise(self.d, self.people, kind, arg)
                record.kinds.add(kind)
            if case == "_lc":
                value = lower(value)
            elif case == "_uc":
                value = value.upper()
            start = len(record.text)
            record.text += value
            if kind in PII_KINDS:
                record.spans.append(
                    {
                        "start": start,
                        "end": len(record.text),
                        "entity_type": PII_KINDS[kind],
                        "value": value,
                    }
                )
        record.text += template[position:]
        check(record)
        return record


def check(record: Record) -> None:
    """Assert the gold is sound: offsets, boundaries, no overlap, every value valid."""
    text = record.text
    previous_end = -1
    for span in record.spans:
        start, end, value = int(str(span["start"])), int(str(span["end"])), str(span["value"])
        assert text[start:end] == value, (text, span)
        assert value, (text, span)
        assert value == value.strip(), (text, span)
        assert start >= previous_end, ("overlap", text)
        if previous_end >= 0:
            gap = text[previous_end:start]
            assert gap.strip() not in {"", "-"} or "\n" in gap, ("adjacent spans", text)
        previous_end = end
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        assert not before.isalnum(), ("span glued to a word", text, span)
        assert not after.isalnum(), ("span glued to a word", text, span)
        kind = span["entity_type"]
        if kind == "CREDIT_CARD":
            assert luhn_ok(value), value
            assert 13 <= len(re.sub(r"\D", "", value)) <= 19, value
        elif kind == "IBAN_CODE":
            assert iban_ok(value), value
        elif kind == "IP_ADDRESS":
            ipaddress.ip_address(value)
        elif kind == "EMAIL_ADDRESS":
            assert EMAIL.fullmatch(value), value
        elif kind == "US_SSN":
            assert ssn_valid(value), value
    if not record.spans:
        # A look-alike holds no gold-type value: no e-mail, no mod-97-valid IBAN token.
        assert not EMAIL.search(text), text
        for token in IBAN_SHAPE.findall(text):
            assert not iban_ok(token), text


# -- templates -------------------------------------------------------------------------------
POSITIVE: dict[str, list[str]] = {
    "chat": [
        "hey ⟨first_lc⟩ did u get the parcel?",
        "⟨first_lc⟩!! long time. new number: ⟨phone_local⟩",
        "thx ⟨first_lc⟩ 👍",
        "can u venmo me? or just wire it, my iban is ⟨iban⟩",
        "omw, address is ⟨addr_lc⟩",
        "my email changed → ⟨email⟩",
        "ask ⟨name_lc⟩ she knows the wifi pw",
        "its ⟨first⟩ btw, lost my phone so texting from my sisters",
        "k see u at ⟨street⟩ at ⟨hm⟩",
        "⟨first_lc⟩ and ⟨first_lc:2⟩ are coming too",
        "cya tmrw ⟨first_lc⟩",
        "lol ⟨first_lc⟩ ur the best",
        "whats ⟨first_lc⟩'s number again? i only have ⟨phone⟩ and it goes to voicemail",
        "server is ⟨ipv4⟩ if u wanna ssh in, user is deploy",
        "ping me on ⟨phone_intl⟩ when you land",
        "mum's card is ⟨card⟩ exp 08/27 dont lose it",
        "ok so ⟨name⟩ is the new landlord, pay rent to ⟨iban_lc⟩",
        "i think the ipv6 is ⟨ipv6⟩ but not sure",
        "dm'd you ⟨first_lc⟩'s email: ⟨email_lc⟩",
        "Dear ⟨first⟩, the keys are under the mat. Love, ⟨first:2⟩",
        "gm ⟨first_lc⟩ ☀️",
        "⟨first_lc⟩ pls review my PR when u get a sec",
        "ssn for the lease form is ⟨ssn⟩ (dont screenshot this)",
        "new flat!! ⟨addr⟩ 🎉 housewarming sat",
        "if anyone needs a ride call ⟨first⟩ at ⟨phone_local⟩",
        "good luck today ⟨first_lc⟩ 🍀",
        "u know ⟨name_lc⟩? she's in my yoga class",
        "send it to ⟨addr_lc⟩ pls, not the old place",
        "⟨first⟩ (⟨phone_e164⟩) is picking up the cake",
        "hi i'm ⟨name⟩, got your number from the school group",
        "miss u ⟨first_lc⟩ ❤️",
        "sorry wrong chat ⟨first_lc:2⟩ 🙈",
        "router admin page is http://⟨ipv4⟩/ , login on the sticker",
        "bro my vpn gives me ⟨ipv6⟩ lol",
        "my moms cell is ⟨msisdn⟩ if u cant reach me",
        "Ciao ⟨first⟩! Il mio numero è ⟨phone_local:IT⟩",
        "¿⟨first⟩ me pasas la dirección? — ⟨addr:ES⟩",
        "⟨first_lc⟩ told ⟨first_lc:2⟩ about the party 😬",
        "the ip for the printer is ⟨ipv4⟩ btw",
        "Morning ⟨first⟩! Did ⟨first:2⟩ send the IBAN? it's ⟨iban⟩ right?",
    ],
    "ticket": [
        "Customer ⟨name⟩ reports a double charge on card ⟨card⟩.",
        "Please update my shipping address to ⟨addr⟩. Thanks, ⟨first⟩",
        "Caller verified with last name ⟨last⟩ and phone ⟨phone⟩.",
        "Escalated by ⟨name⟩ — login attempts from ⟨ipv4⟩ flagged as suspicious.",
        "Hi team, I'm ⟨name⟩ and I can't reset my password. My account e-mail is ⟨email⟩.",
        "Refund approved. Transfer to IBAN ⟨iban⟩ (account holder: ⟨name⟩).",
        "W-9 attached. SSN: ⟨ssn⟩. Name as shown: ⟨name_uc⟩.",
        "Assigned to ⟨first⟩. Priority: high.",
        "Mrs. ⟨last⟩ called twice about order ⟨order⟩; callback on ⟨phone_local⟩.",
        "Dr. ⟨name⟩'s office requested records be faxed to ⟨phone⟩.",
        "Customer moved. Old address: ⟨addr⟩. New address: ⟨addr⟩.",
        "Fraud hold: card ⟨card⟩ used from ⟨ipv6⟩ and ⟨ipv4⟩ within 5 minutes.",
        "Account owner ⟨rev⟩ asked to remove phone ⟨phone_intl⟩ from the profile.",
        "Duplicate ticket, see ⟨ticket⟩. Reporter: ⟨email⟩.",
        "Tenant ⟨name⟩ at ⟨addr⟩ reports no hot water since Monday.",
        (
            "Payroll issue: employee ⟨mi⟩, SSN ending ⟨d:4⟩ (full ⟨ssn⟩ on file), "
            "direct deposit to ⟨iban⟩."
        ),
        "Hi, this is ⟨name⟩ again. Can someone call me at ⟨phone⟩? Nobody has replied in 3 days.",
        "Delivery failed to ⟨street⟩; driver notes gate code needed. Contact ⟨first⟩.",
        "Chargeback filed by cardholder ⟨name_uc⟩, card ⟨card⟩, amount ⟨price⟩.",
        "cc ⟨first⟩, ⟨first:2⟩ — please confirm the replacement ships today.",
        "VPN access request for ⟨email⟩, static IP ⟨ipv4⟩.",
        "The user ⟨name⟩ (⟨email⟩) says MFA codes are going to an old number, ⟨phone_local⟩.",
        "Thanks ⟨first⟩ for the quick fix!",
        "Per ⟨name⟩, ship the warranty unit to ⟨addr⟩.",
        "Identity check failed: SSN ⟨ssn⟩ does not match the date of birth given.",
        "Client IP ⟨ipv6⟩ was rate-limited; requester ⟨first⟩ asks for a whitelist.",
        "Beneficiary: ⟨name⟩ / IBAN: ⟨iban⟩ / Ref: ⟨invoice⟩",
        "Reopened by ⟨first_lc⟩: still seeing the error.",
        "Herr ⟨last⟩ bittet dringend um Rückruf: ⟨phone_local:DE⟩ (ab 14 Uhr).",
        "Mme ⟨last⟩ a changé d'adresse : ⟨addr:FR⟩.",
        "Card on file (⟨card⟩) expired; customer ⟨name⟩ will call back from ⟨phone_intl⟩.",
        "Spoke with ⟨fam⟩ (family name first on the passport); new e-mail ⟨email⟩.",
        "Replacement SIM sent to ⟨name⟩, ⟨addr⟩.",
        "Please remove my SSN ⟨ssn⟩ from your records. — ⟨name⟩",
        "Owner: ⟨first⟩ | Watchers: ⟨first:2⟩, ⟨first:3⟩",
        "Customer says the technician, ⟨first⟩, left without finishing the install.",
        "Ticket merged. Requester ⟨rev⟩, phone ⟨phone⟩.",
        "Caller ⟨name⟩ (tel. ⟨phone_intl⟩) disputes a transfer from ⟨iban⟩.",
        "Sra. ⟨last⟩ solicita factura a nombre de ⟨name:2⟩, ⟨addr:ES⟩.",
    ],
    "search": [
        "⟨name_lc⟩ contact info",
        "⟨name⟩ linkedin profile ⟨city⟩",
        "⟨name_lc⟩ obituary",
        "who owns ⟨phone_local⟩",
        "free reverse lookup ⟨phone⟩ who called me",
        "whois ⟨ipv4⟩ owner abuse contact",
        "is ⟨ipv6⟩ a vpn",
        "⟨email⟩ leaked",
        "⟨addr_lc⟩ flood zone",
        "houses for sale near ⟨street_lc⟩",
        "⟨iban⟩ which bank",
        "check card ⟨card⟩ valid",
        "ssn ⟨ssn⟩ lookup",
        "⟨name_lc⟩ dentist ⟨city_lc⟩",
        "dr ⟨last_lc⟩ reviews",
        "⟨name_lc⟩ instagram tiktok",
        "street parking rules ⟨addr⟩",
        "⟨msisdn⟩ whatsapp",
        "ping ⟨ipv4⟩",
        "geolocate ⟨ipv6⟩",
        "⟨email_lc⟩ password reset not working",
        "⟨rev⟩ court records",
        "directions to ⟨addr⟩",
        "⟨phone_intl⟩ spam?",
        "⟨name⟩ ⟨place_person⟩ attorney",
        "is ⟨ssn⟩ a real ssn",
        "traceroute ⟨ipv4⟩ slow",
        "⟨street⟩ zip code",
        "⟨name_lc⟩ cell number ⟨city_lc⟩",
        "⟨fam⟩ contact",
        "iban ⟨iban_lc⟩ swift",
        "⟨card⟩ declined why",
        "who is ⟨name⟩",
        "⟨phone_e164⟩ country",
        "⟨name_lc⟩ ⟨city_lc⟩ address",
        "⟨ipv6⟩ blocked by firewall",
        "⟨mi⟩ author",
        "⟨ssn_bare⟩ ssn valid?",
        "email ⟨email⟩ owner",
        "book appointment dr ⟨name_lc⟩",
    ],
    "review": [
        "⟨first⟩ at the front desk was amazing, 10/10!",
        "Ordered for my mum, ⟨name⟩, and it arrived at ⟨addr⟩ two days early.",
        "Our driver ⟨first⟩ was late and rude. Never again.",
        "Big thanks to ⟨name⟩ who sorted my refund.",
        "Shoutout to ⟨first⟩ in the bakery section 🥐",
        "Terrible. They charged my card ⟨card⟩ twice and nobody answers ⟨phone⟩.",
        "Dr. ⟨last⟩ took the time to explain everything. Highly recommend!",
        "The host, ⟨first⟩, left a welcome note. Flat at ⟨street⟩ is spotless.",
        "Don't book here. If you must, email the owner directly at ⟨email⟩.",
        "⟨first⟩ and ⟨first:2⟩ made our wedding day perfect!",
        "Asked for ⟨first⟩ again — best haircut I've had.",
        "5 stars. ⟨name⟩ answered my call at ⟨phone_local⟩ even on a Sunday.",
        "The courier left the box at ⟨addr⟩ instead of my flat. Not happy.",
        "I was helped by ⟨name⟩ — patient and knowledgeable.",
        "Great tutor! ⟨first⟩ helped my son pass his exams.",
        "Contact ⟨first⟩ on ⟨phone_intl⟩ for bookings, much cheaper than the website.",
        "The manager, Mr ⟨last⟩, refused to honour the warranty.",
        "Lovely stay. ⟨first⟩'s breakfast is worth the trip alone.",
        "Stay away. They posted my address (⟨addr⟩) on their public forum!",
        "Ms. ⟨name⟩ was the best teacher my kids ever had.",
        "Our guide ⟨name⟩ knew every corner of the old town.",
        "my cleaner ⟨first_lc⟩ is a star, book her!!",
        "⟨first⟩ from support fixed it in five minutes.",
        "Hands down the best physio: ⟨name⟩ at ⟨addr⟩.",
        "The seller asked me to pay by bank transfer to ⟨iban⟩ instead. Scam alert!",
        "Sehr freundlich, Frau ⟨last⟩ hat alles erklärt.",
        "Excelente atención de ⟨first⟩. Volveremos.",
        "I reported it from ⟨email⟩ and got no reply in three weeks.",
        "⟨first⟩ the plumber came out at midnight. Legend.",
        "Photographer ⟨name⟩ captured every moment.",
        "Beware: the app showed my old number ⟨phone⟩ to other users.",
        "Nurse ⟨first⟩ on ward 4 was so kind to my dad.",
        "Thank you ⟨first⟩!",
        "Avoid. They still have my card (⟨card⟩) saved even after I deleted my account.",
        "Chef ⟨name⟩ deserves a raise.",
        "⟨name⟩'s bakery on ⟨street⟩ — the sourdough is unreal.",
        "Booked through ⟨first⟩, who replied within minutes.",
        "They asked for my SSN (⟨ssn⟩) just to join the loyalty club?! Deleted the app.",
        "Support said my IP ⟨ipv4⟩ was banned for 'suspicious activity'. I'd done nothing.",
        "Site kept logging me out; apparently ⟨ipv6⟩ is on some blocklist. Useless.",
        "Call ⟨first⟩ directly, ⟨phone_local⟩, much faster than the hotline.",
        "The receipt printed my full card number, ⟨card⟩. Shocking.",
        "Couldn't fault it. Special mention to ⟨rev⟩ at reception.",
    ],
    "log": [
        "⟨iso⟩ ⟨level⟩ auth: login ok user=⟨email⟩ ip=⟨ipv4⟩",
        '⟨ipv4⟩ - - [⟨clf⟩] "⟨method⟩ ⟨path⟩ HTTP/1.1" ⟨status⟩ ⟨bytes⟩ "-" "⟨ua⟩"',
        '⟨ipv6⟩ - - [⟨clf⟩] "GET ⟨path⟩ HTTP/2" ⟨status⟩ ⟨bytes⟩',
        '⟨iso⟩ WARN payment declined card=⟨card⟩ customer="⟨name⟩"',
        'level=info msg="profile updated" name="⟨name⟩" phone="⟨phone⟩"',
        "ts=⟨epoch⟩ svc=⟨svc⟩ client_ip=⟨ipv6⟩ latency=⟨ms⟩",
        "[⟨hm⟩] sshd[⟨pid⟩]: Accepted publickey for deploy from ⟨ipv4⟩ port ⟨port⟩",
        "⟨iso⟩ ERROR kyc check failed ssn=⟨ssn_bare⟩ reason=mismatch",
        "sent sms to=⟨phone_e164⟩ template=otp status=queued",
        "⟨level⟩ mailer: bounce for ⟨email⟩ (550 mailbox unavailable)",
        'payout.created iban=⟨iban⟩ amount=⟨price⟩ beneficiary="⟨name⟩"',
        "⟨iso⟩ geo: resolved ⟨ipv4⟩ -> ⟨city⟩",
        "conn from [⟨ipv6⟩]:⟨port⟩ closed after ⟨dur⟩",
        "upstream=⟨ipv4⟩:⟨port⟩ request_time=0.⟨d:3⟩ status=⟨status⟩",
        "user_created id=⟨uid⟩ email=⟨email⟩ first_name=⟨first⟩ last_name=⟨last⟩",
        'address_verified addr="⟨addr⟩" score=0.9⟨d:1⟩',
        "⟨iso⟩ DEBUG billing: tokenizing pan=⟨card⟩",
        "audit actor=⟨email⟩ action=export target=customers src=⟨ipv6⟩",
        "⟨iso⟩ INFO callback requested by ⟨name⟩ at ⟨phone_local⟩",
        "fw: DROP IN=eth0 SRC=⟨ipv4⟩ DST=⟨ipv4⟩ PROTO=TCP DPT=⟨port⟩",
        "dhcp: lease ⟨ipv4⟩ to ⟨mac⟩ (host ⟨hostname⟩)",
        'ssn_verify input="⟨ssn⟩" result=match',
        "⟨iso⟩ shipment label printed for ⟨name_uc⟩, ⟨addr_uc⟩",
        "radius: auth ok for ⟨email⟩ from ⟨ipv6⟩",
        "ERROR sepa mandate rejected debtor_iban=⟨iban⟩",
        'nginx: limiting requests, excess: 10.⟨d:3⟩ by zone "api", client: ⟨ipv4⟩',
        "sip: INVITE from ⟨phone_e164⟩ to ⟨phone_e164⟩ cseq=⟨n:1-99⟩",
        "contact_form name=⟨first⟩ email=⟨email⟩ msg_len=⟨n:10-900⟩",
        "⟨iso⟩ WARN multiple accounts share phone ⟨phone⟩",
        "postfix/smtpd[⟨pid⟩]: connect from unknown[⟨ipv4⟩]",
        "kernel: IPv6 dup addr detected ⟨ipv6⟩ on wlan0",
        'order_placed order=⟨order⟩ ship_to="⟨addr⟩" card_last4=⟨d:4⟩',
        'agent="⟨name⟩" action=close ticket=⟨ticket⟩',
        "⟨iso⟩ fraud score 0.8⟨d:1⟩ for card ⟨card⟩ from ⟨ipv4⟩",
        'ldap: bind dn="cn=⟨name⟩,ou=staff" from ⟨ipv4⟩',
        "msisdn=⟨msisdn⟩ event=sim_swap carrier=⟨carrier⟩",
        "x-forwarded-for: ⟨ipv4⟩, ⟨ipv4⟩",
        '⟨iso⟩ INFO address change user=⟨uid⟩ new="⟨addr⟩"',
        "smtp: 250 OK queued as ⟨d:8⟩ from=<⟨email⟩> to=<⟨email:2⟩>",
    ],
    "json": [
        '{"name": "⟨name⟩", "email": "⟨email⟩"}',
        '{"user": {"first_name": "⟨first⟩", "last_name": "⟨last⟩", "phone": "⟨phone⟩"}}',
        '{"customer":"⟨name⟩","card":"⟨card⟩","amount":⟨n:5-900⟩}',
        '{"address1": "⟨street⟩", "city": "⟨city⟩", "zip": "⟨d:5⟩"}',
        '{"shipping_address": "⟨addr⟩"}',
        '{"ip": "⟨ipv4⟩", "ua": "⟨ua⟩"}',
        '{"remote_addr":"⟨ipv6⟩","status":⟨status⟩}',
        '{"ssn": "⟨ssn⟩", "dob": "⟨date⟩"}',
        '{"iban":"⟨iban⟩","holder":"⟨rev⟩"}',
        '{"contact": {"name": "⟨name⟩", "mobile": "⟨phone_intl⟩"}}',
        '{"assignee": "⟨first⟩", "reporter": "⟨email⟩"}',
        "{'name': '⟨name⟩', 'tel': '⟨phone_local⟩'}",
        '{"recipient": {"name": "⟨name_uc⟩", "line1": "⟨street⟩", "city": "⟨city⟩"}}',
        '{"billing": {"name": "⟨name⟩", "address": "⟨addr⟩"}}',
        '{"event":"login","email":"⟨email⟩","ip":"⟨ipv6⟩"}',
        '{"payer":{"iban":"⟨iban⟩"},"payee":{"iban":"⟨iban⟩"}}',
        '{"taxpayer": {"ssn": "⟨ssn_bare⟩", "name": "⟨name⟩"}}',
        '{"emergency_contact": "⟨name⟩", "emergency_phone": "⟨phone⟩"}',
        '{"pan": "⟨card⟩", "exp": "0⟨n:1-9⟩/2⟨n:6-9⟩", "cardholder": "⟨name_uc⟩"}',
        '[{"name":"⟨name⟩"},{"name":"⟨name:2⟩"}]',
        '{"peer": "⟨ipv4⟩", "port": ⟨port⟩}',
        '{"msisdn": "⟨msisdn⟩", "op": "⟨carrier⟩"}',
        '{"signature": "Best, ⟨first⟩"}',
        '{"note": "call ⟨first⟩ back on ⟨phone⟩"}',
        '{"delivery": {"address": "⟨addr⟩", "instructions": "leave with neighbour"}}',
        '{"author": {"displayName": "⟨name⟩", "emailAddress": "⟨email⟩"}}',
        '{"ipv6": "⟨ipv6⟩", "ipv4": "⟨ipv4⟩"}',
        '{"owner": "⟨rev⟩", "ssn_last4": "⟨d:4⟩", "ssn": "⟨ssn⟩"}',
        "name=⟨name⟩&email=⟨email⟩&phone=⟨phone_local⟩",
        '{"street": "⟨street⟩", "postcode": "⟨d:5⟩"}',
        '{"guest": "⟨fam⟩", "room": ⟨n:100-999⟩}',
        '{"to": "⟨email⟩", "cc": ["⟨email:2⟩"]}',
        '{"card_number": "⟨card⟩", "billing_zip": "⟨d:5⟩"}',
        '{"patient": "⟨name⟩", "doctor": "Dr. ⟨last:2⟩"}',
        '{"home_address": "⟨addr⟩", "phone": "⟨phone⟩"}',
        '{"client": {"ip": "⟨ipv6⟩"}, "full_name": "⟨name⟩"}',
        '{"beneficiary_name": "⟨name⟩", "beneficiary_iban": "⟨iban⟩"}',
        '{"kyc": {"ssn": "⟨ssn⟩", "fullName": "⟨rev⟩", "phone": "⟨phone_e164⟩"}}',
    ],
    "multiline": [
        "Hi ⟨first⟩,\n\nThanks for your order. It will ship to:\n⟨addr_ml⟩\n\nBest,\n⟨first:2⟩",
        "⟨name_uc⟩\n⟨addr_ml⟩",
        "--\n⟨name⟩\nSenior Analyst\nM: ⟨phone_intl⟩\n⟨email⟩",
        "Name: ⟨name⟩\nPhone: ⟨phone⟩\nEmail: ⟨email⟩",
        "first_name,last_name,email\n⟨first⟩,⟨last⟩,⟨email⟩\n⟨first:2⟩,⟨last:2⟩,⟨email:2⟩",
        "Dear Mr. ⟨last⟩,\n\nYour card ⟨card⟩ has been blocked.\n\nRegards,\nCard Services",
        "From: ⟨name⟩ <⟨email⟩>\nTo: support\nSubject: refund\n\nPlease refund to ⟨iban⟩.",
        "SHIP TO:\n⟨name_uc⟩\n⟨addr_ml⟩\nTEL ⟨phone⟩",
        "Employee: ⟨rev⟩\nSSN: ⟨ssn⟩\nStart date: ⟨date⟩",
        "Thanks,\n⟨first⟩",
        "Cheers\n⟨first_lc⟩",
        "Server list:\n⟨ipv4⟩ web\n⟨ipv6⟩ db\n⟨ipv4⟩ cache",
        "Address line 1: ⟨street⟩\nCity: ⟨city⟩\nPostcode: ⟨d:5⟩",
        "Account holder: ⟨name⟩\nIBAN: ⟨iban⟩\nBIC: ⟨bic⟩",
        "BEGIN:VCARD\nFN:⟨name⟩\nTEL;TYPE=cell:⟨phone_intl⟩\nEMAIL:⟨email⟩\nEND:VCARD",
        "Hello ⟨first⟩,\nwe tried to deliver your parcel to ⟨addr⟩ but nobody was home.\nCourier",
        "name,phone\n⟨name⟩,⟨phone⟩\n⟨name:2⟩,⟨phone⟩",
        (
            "Hi all,\n\n⟨first⟩ is out today; please contact ⟨first:2⟩ "
            "(⟨phone_local⟩) instead.\n\nThanks"
        ),
        "Patient: ⟨name⟩\nDOB: ⟨date⟩\nSSN: ⟨ssn⟩\nPhysician: Dr. ⟨last:2⟩",
        "Return address:\n⟨addr_ml⟩",
        "> On ⟨dlong⟩, ⟨name⟩ <⟨email⟩> wrote:\n> see attached",
        "Kind regards,\n\n⟨name⟩\n⟨addr_ml⟩",
        "Card: ⟨card⟩\nName on card: ⟨name_uc⟩\nExpiry: 1⟨n:0-2⟩/2⟨n:6-9⟩",
        "Guest list\n- ⟨name⟩\n- ⟨name:2⟩\n- ⟨name:3⟩",
        "ip,first_seen\n⟨ipv6⟩,⟨iso⟩\n⟨ipv4⟩,⟨iso⟩",
        "Sehr geehrte Frau ⟨last⟩,\n\nIhre neue Adresse:\n⟨addr_ml:DE⟩\n\nMit freundlichen Grüßen",
        "To:\n⟨name⟩\n⟨addr_ml:GB⟩",
        "Emergency contact\nName: ⟨name⟩\nRelationship: sister\nMobile: ⟨phone⟩",
        "Hey ⟨first_lc⟩\n\nsee u tmrw\n\n- ⟨first_lc:2⟩",
        "Invoice to:\n⟨name⟩\n⟨addr_ml⟩\nVAT: ⟨vat⟩",
        "Full name: ⟨name⟩\nSocial Security No.: ⟨ssn⟩\nSignature: ________",
        "Best regards,\n⟨mi⟩\nT ⟨phone_local⟩ | ⟨email⟩",
        "Dear ⟨first⟩,\nyour IBAN ⟨iban⟩ has been added as a payout method.",
        "Delivery to\n⟨addr_ml⟩\nContact: ⟨first⟩, ⟨phone_intl⟩",
        "hosts\n⟨ipv4⟩  gateway\n⟨ipv6⟩  nas",
        "⟨first⟩ — can you call ⟨name:2⟩ back?\nTheir number: ⟨phone⟩",
        "Ahoj ⟨first⟩,\nposílám adresu: ⟨addr⟩\n⟨first:2⟩",
        "Ship-from:\n⟨name⟩\n⟨addr_ml⟩\n\nShip-to:\n⟨name:2⟩\n⟨addr_ml⟩",
        "Hi ⟨first_lc⟩,\n\nmy new mobile is ⟨phone_local⟩ and my email is ⟨email:2⟩."
        "\n\nxx ⟨first:2⟩",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "chat": [
        "tracking says ⟨ups⟩ still in ⟨city⟩ smh",
        "lol the ⟨brand_person⟩ sale is insane rn",
        "we're flying ⟨flight⟩ on the ⟨n:1-28⟩th, landing ⟨hm⟩",
        "my waybill is ⟨phone_shaped⟩ can u check if it shipped",
        "update to ⟨ver⟩ fixed the battery drain",
        "got the ⟨product⟩ for ⟨price⟩ 😍",
        "meet at ⟨streetlike⟩? everyone knows it",
        "stuck at ⟨place_person⟩ airport, ⟨storm⟩ grounded everything",
        "the wifi code on the receipt is ⟨d:8⟩ lol",
        "ordered pizza, ref ⟨order⟩",
        "anyone going to the ⟨band⟩ gig?",
        "⟨team⟩ won ⟨n:1-5⟩-⟨n:0-4⟩ 🔥",
        "doc says its prob ⟨eponym⟩, more tests next week",
        "the build is ⟨ver4⟩ not the one on the site",
        "gate changed to ⟨model⟩ nvm thats the plane model lol",
        "battery at ⟨pct⟩ brb",
        "found my old card lol its expired and the number is like ⟨card_bad⟩ anyway",
        "my bank says ending ⟨d:4⟩, is that the one u have?",
        "see u at ⟨hm⟩ 👋",
        "imei on the box is ⟨imei⟩ if insurance asks",
        "code for the locker is ⟨d:6⟩",
        "👍👍",
        "omg ⟨org_person⟩ just laid off half the team",
        "grabbing a ⟨brand_person⟩ on the way, want one?",
        "parcel locker pin ⟨d:6⟩, slot ⟨n:1-60⟩",
        "usps says ⟨usps⟩ delivered but nothing here 🙄",
    ],
    "ticket": [
        "Order ⟨order_amz⟩ arrived damaged; customer wants a replacement.",
        "Shipment ⟨fedex⟩ delayed at the ⟨carrier⟩ hub in ⟨city⟩.",
        "Invoice ⟨invoice⟩ was paid twice. Reference ⟨d:10⟩.",
        "Customer's card ending in ⟨d:4⟩ was declined (code ⟨n:5-65⟩).",
        "Masked card ⟨card_mask⟩ flagged for review; no action needed.",
        "The number entered (⟨card_bad⟩) fails validation; asked the user to re-enter.",
        "SSN field rejected: ⟨ssn_bad⟩ is not a valid number.",
        "IBAN ⟨iban_bad⟩ rejected by the bank: checksum error.",
        "Please migrate tenant to version ⟨ver4⟩ before ⟨dlong⟩.",
        "RMA ⟨rma⟩ approved for the ⟨product⟩ (serial ⟨serial⟩).",
        "Air waybill ⟨awb⟩ cleared customs.",
        "Docket ⟨phone_shaped⟩ is closed; nothing further.",
        "Ticket ⟨ticket⟩ duplicates ⟨ticket⟩.",
        "Routing number ⟨routing⟩ confirmed with the branch; account number withheld.",
        "Customer asks whether ⟨brand_person⟩ items can be returned in store.",
        "Device IMEI ⟨imei⟩ blacklisted after theft report.",
        "Store at ⟨place_person⟩ reports POS outage since ⟨hm⟩.",
        "SKU ⟨sku⟩ out of stock; ETA ⟨date⟩.",
        "Customer's IBAN on file: ⟨iban_mask⟩. Verified.",
        "Escalation: SLA breached by ⟨dur⟩ on incident ⟨ticket⟩.",
        "The ZIP+4 ⟨zip4⟩ did not validate against the postal database.",
        "Package ⟨rmail⟩ returned to sender.",
        "Refund of ⟨price⟩ issued to the original payment method.",
        "Customer in ⟨place_person⟩ cannot scan EAN ⟨ean⟩ at checkout.",
        "DHL shipment ⟨dhl⟩ held at customs in ⟨city⟩; duties of ⟨price⟩ due.",
        "Case ⟨ticket⟩: user typed ⟨card_bad⟩, which fails the Luhn check; card not charged.",
    ],
    "search": [
        "⟨ups⟩ where is my package",
        "track ⟨fedex⟩",
        "⟨brand_person⟩ outlet ⟨city_lc⟩",
        "⟨place_person⟩ weather",
        "⟨streetlike⟩ restaurants",
        "⟨storm⟩ live map landfall",
        "⟨eponym⟩ early signs adults",
        "⟨band⟩ tour dates",
        "⟨isbn⟩ paperback cheapest",
        "ean ⟨ean⟩",
        "⟨org_person⟩ graduate scheme deadline",
        "firmware ⟨ver4⟩ download",
        "what is ⟨ver⟩ release notes",
        "is imei ⟨imei⟩ blacklisted",
        "⟨isin⟩ stock price",
        "swift code ⟨bic⟩",
        "routing ⟨routing⟩",
        "what is at ⟨coord⟩",
        "plus code ⟨plus⟩ ⟨city⟩ meaning",
        "mac vendor ⟨mac⟩",
        "⟨flight⟩ delayed today?",
        "⟨product⟩ under ⟨price⟩",
        "order ⟨order_amz⟩ not delivered",
    ],
    "review": [
        "The ⟨product⟩ stopped working after ⟨n:2-11⟩ weeks. One star.",
        "Love my new ⟨brand_person⟩ bag, fits everything.",
        "Delivery took ⟨n:3-20⟩ days via ⟨carrier⟩. Packaging was fine.",
        "We stayed near ⟨streetlike⟩ — loud at night but central.",
        "Great value at ⟨price⟩. Would buy again.",
        "Model ⟨model⟩ is much quieter than the old one.",
        "Perfect for our trip to ⟨place_person⟩!",
        "Firmware ⟨ver⟩ broke the Bluetooth. Avoid updating.",
        "⟨stars⟩/5 — decent but overpriced.",
        "My husband has ⟨eponym⟩ and this chair really helps his posture.",
        "The hotel lost power during ⟨storm⟩ but staff were brilliant.",
        "Played ⟨band⟩ on it, the bass is great.",
        "Order ⟨order⟩ came with the wrong size.",
        "Customer service at ⟨org_person⟩ was useless.",
        "Battery lasts about ⟨n:4-30⟩ hours. Fine.",
        "Cheaper than ⟨brand_person⟩ and just as good.",
        "Wouldn't recommend. Item ⟨sku⟩ is not as pictured.",
        "Arrived in ⟨n:2-5⟩ days to ⟨city⟩. Happy.",
        "Ten out of ten, my kids love it!",
        "The ISBN ⟨isbn⟩ edition has a misprint on page ⟨n:10-300⟩.",
        "Works with firmware ⟨ver4⟩ out of the box.",
        "Shop near ⟨place_person⟩ station, friendly staff.",
        "Tastes like the ⟨brand_person⟩ one but half the price.",
        "Returned it with RMA ⟨rma⟩, refund of ⟨price⟩ arrived in ⟨n:2-9⟩ days.",
        "App version ⟨ver3⟩ finally fixed the sync bug.",
    ],
    "log": [
        "⟨iso⟩ INFO deploy ⟨svc⟩ version=⟨ver4⟩ sha=⟨sha⟩",
        "⟨iso⟩ ⟨level⟩ ⟨svc⟩ request_id=⟨uuid⟩ status=⟨status⟩ dur=⟨ms⟩",
        "ts=⟨epoch_ms⟩ event=heartbeat host=⟨hostname⟩",
        "snmp get ⟨oid⟩ -> ⟨n:0-99999⟩",
        "card validation failed pan=⟨card_bad⟩ reason=luhn",
        "masked_pan=⟨card_mask⟩ token=tok_⟨sha⟩",
        "ssn validation failed value=⟨ssn_bad⟩ reason=invalid_area",
        "iban check failed value=⟨iban_bad⟩",
        "arp: ⟨mac⟩ moved from port ⟨n:1-48⟩ to port ⟨n:1-48⟩",
        "lldp neighbor eui64=⟨eui64⟩",
        "job=nightly-export rows=⟨n:100-999999⟩ elapsed=⟨dur⟩",
        "gc pause ⟨ms⟩ heap=⟨n:100-4000⟩MB",
        "shipment ⟨ups⟩ status=in_transit carrier=UPS",
        "waybill=⟨phone_shaped⟩ status=delivered",
        "user=⟨uid⟩ action=login result=ok mfa=totp",
        "geo lat,lon=⟨coord⟩ accuracy=⟨n:3-80⟩m",
        "pid=⟨pid⟩ exited with code ⟨n:0-2⟩ after ⟨dur⟩",
        "cron: backup finished at ⟨epoch⟩ size=⟨bytes⟩KB",
        "⟨iso⟩ WARN cert for ⟨hostname⟩ expires in ⟨n:1-30⟩ days",
        "build #⟨n:1000-99999⟩ (⟨ver⟩) passed in ⟨dur⟩",
        "routing_number=⟨routing⟩ verified=true",
        "imei=⟨imei⟩ tac_lookup=ok",
        "kafka offset=⟨d:10⟩ partition=⟨n:0-63⟩ topic=orders",
    ],
    "json": [
        '{"order_id": "⟨order_amz⟩", "status": "out_for_delivery", "eta": "⟨date⟩"}',
        '{"tracking": "⟨ups⟩", "carrier": "UPS"}',
        '{"appVersion": "⟨ver4⟩", "buildNumber": ⟨n:100-9999⟩, "channel": "beta"}',
        '{"requestId": "⟨uuid⟩", "receivedAt": "⟨iso⟩", "retries": ⟨n:0-5⟩}',
        '{"sha": "⟨sha⟩", "branch": "main"}',
        '{"lat": ⟨n:10-70⟩.⟨d:6⟩, "lng": ⟨n:10-170⟩.⟨d:6⟩}',
        '{"brand": "⟨brand_person⟩", "sku": "⟨sku⟩", "price": "⟨price⟩"}',
        '{"card": {"masked": "⟨card_mask⟩", "brand": "visa"}}',
        '{"iban_masked": "⟨iban_mask⟩"}',
        '{"ssn": "⟨ssn_mask⟩"}',
        '{"mac": "⟨mac⟩", "vendor": "unknown"}',
        '{"isin": "⟨isin⟩", "qty": ⟨n:1-500⟩}',
        '{"bic": "⟨bic⟩", "country": "DE"}',
        '{"vat_id": "⟨vat⟩"}',
        '{"oid": "⟨oid⟩"}',
        '{"ean": "⟨ean⟩", "gln": "⟨gln⟩"}',
        '{"city": "⟨place_person⟩", "temp_c": ⟨n:0-38⟩}',
        '{"event": "⟨storm⟩", "category": ⟨n:1-5⟩}',
        '{"ts": ⟨epoch_ms⟩, "ok": true}',
        '{"waybill": "⟨phone_shaped⟩", "pieces": ⟨n:1-9⟩}',
        '{"user": "⟨handle⟩", "followers": ⟨n:0-9999⟩}',
        '{"email": "⟨mask_email⟩", "verified": true}',
        '{"pan": "⟨card_bad⟩", "valid": false}',
    ],
    "multiline": [
        "Order summary\nOrder: ⟨order⟩\nItems: ⟨n:1-9⟩\nTotal: ⟨price⟩",
        "item_code;units;unit_price\n⟨sku⟩;⟨n:1-20⟩;⟨price⟩\n⟨sku⟩;⟨n:1-20⟩;⟨price⟩",
        "Release ⟨ver⟩\n- fixed crash on start\n- build ⟨ver4⟩",
        "Tracking\n⟨carrier⟩: ⟨fedex⟩\nAWB: ⟨awb⟩",
        "Card: ⟨card_mask⟩\nStatus: approved\nAuth code: ⟨d:6⟩",
        "commit ⟨sha⟩\nAuthor: ci-bot\nDate: ⟨iso⟩\n\n    bump to ⟨ver⟩",
        "Itinerary\n⟨flight⟩ ⟨hm⟩ → ⟨city⟩\nPNR ⟨pnr⟩",
        "Meeting notes\n1. ⟨org_person⟩ renewal\n2. Q3 numbers\n3. AOB",
        "Warehouse\nBay ⟨n:1-40⟩, Row ⟨n:1-20⟩\nPallet ⟨d:8⟩",
        "IBAN: ⟨iban_bad⟩\n(invalid — please check the digits)",
        "device,imei,fw\nphone-⟨n:1-99⟩,⟨imei⟩,⟨ver⟩",
        "Forecast\n⟨storm⟩ expected ⟨dlong⟩\nWind ⟨n:60-200⟩ km/h",
        "Checklist\n[x] backup\n[ ] migrate ⟨svc⟩ to ⟨ver4⟩\n[ ] notify users",
        "Location\n⟨coord⟩\n⟨dms⟩",
        "Shipping label\n⟨rmail⟩\nWeight: ⟨n:1-30⟩ kg\nService: Tracked 48",
        "Stock\n⟨isin⟩ ⟨n:1-500⟩\n⟨isin⟩ ⟨n:1-500⟩",
        "Holiday in ⟨place_person⟩\nDay 1: ⟨streetlike⟩\nDay 2: museum",
        "Road trip playlist 🚗\n- ⟨band⟩\n- ⟨band⟩\n- something chill",
        "SSN: ⟨ssn_mask⟩\nVerification: pending",
        "Routing: ⟨routing⟩\nAccount: ****⟨d:4⟩",
        "Error report\ncode=⟨status⟩\nid=⟨uuid⟩",
        "Schedule\n⟨hm⟩ standup\n⟨hm⟩ review",
        "ZIP+4: ⟨zip4⟩\nCarrier route: C0⟨n:10-99⟩",
    ],
}


# -- building --------------------------------------------------------------------------------
def skeleton(template: str) -> str:
    """A template with its slots and case folded away."""
    return re.sub(r"⟨[^⟩]*⟩", "#", template).lower()


def _within(part: str, whole: str) -> bool:
    """Whether ``part`` is in ``whole`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def check_pools() -> None:
    """Templates, names and streets are new relative to set 6/7; negatives use no PII slot."""
    old_templates = {
        t
        for table in (set67.POSITIVE_6, set67.POSITIVE_7, set67.NEGATIVE_6, set67.NEGATIVE_7)
        for ts in table.values()
        for t in ts
    }
    ours = [t for table in (POSITIVE, NEGATIVE) for ts in table.values() for t in ts]
    assert len(set(ours)) == len(ours), "duplicate template"
    assert not set(ours) & old_templates
    old_skeletons = {skeleton(t) for t in old_templates}
    assert not {skeleton(t) for t in ours} & old_skeletons, {
        skeleton(t) for t in ours
    } & old_skeletons
    assert tuple(POSITIVE) == REGISTERS
    assert tuple(NEGATIVE) == REGISTERS
    for template in (t for ts in NEGATIVE.values() for t in ts):
        assert not {m.group(1) for m in SLOT.finditer(template)} & set(PII_KINDS), template
    for template in (t for ts in POSITIVE.values() for t in ts):
        assert {m.group(1) for m in SLOT.finditer(template)} & set(PII_KINDS), template
    old_pool = [n for h in (0, 1) for n in set67.given_names(h) + set67.surnames(h)]
    # Both tokenisations: set 6/7's (hyphenated names whole) and ours (split at hyphens).
    old_names = set().union(*map(set67.name_tokens, old_pool), *map(name_tokens, old_pool))
    given, family = pools()
    ours_tokens = set().union(*(name_tokens(n) for _, n in given + family))
    assert not ours_tokens & old_names, sorted(ours_tokens & old_names)
    # Nor is one in a PERSON span of the earlier corpora (dev.jsonl and sets 0-7).
    for name in EARLIER_FILES:
        path = OUT_DIR / name
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                for span in json.loads(line)["spans"]:
                    if span["entity_type"] == "PERSON":
                        shared = name_tokens(span["value"]) & ours_tokens
                        assert not shared, (path.name, span["value"])
    old_streets = {s.lower() for h in (0, 1) for s in set67.street_names(h)}
    new_streets = {s.lower() for streets in STREETS.values() for s in streets}
    assert not new_streets & old_streets, sorted(new_streets & old_streets)
    # Nor is one street name part of the other's ("Coppice" and "Coppice Hill").
    for new in new_streets:
        clashes = [old for old in old_streets if _within(new, old) or _within(old, new)]
        assert not clashes, (new, clashes)


def build() -> tuple[list[dict[str, object]], int]:
    """The records (positives, then look-alikes) and how many look-alikes are hard."""
    check_pools()
    d = Draw(random.Random(SEED))
    filler = Filler(d)
    records: list[dict[str, object]] = []
    seen: set[str] = set()

    def fresh(pool: list[str]) -> tuple[str, Record]:
        """A template and its filling whose text is not already in the file (short templates
        without slots would otherwise repeat)."""
        while True:
            template = d.pick(pool)
            filled = filler.fill(template)
            if filled.text not in seen:
                seen.add(filled.text)
                return template, filled

    for index in range(POSITIVES):
        register = REGISTERS[index % len(REGISTERS)]
        template, filled = fresh(POSITIVE[register])
        assert filled.spans, filled.text
        records.append(
            {
                "text": filled.text,
                "spans": filled.spans,
                "register": register,
                "template_id": template_ids()[template],
            }
        )
    hard = 0
    for index in range(NEGATIVES):
        register = REGISTERS[index % len(REGISTERS)]
        template, filled = fresh(NEGATIVE[register])
        assert not filled.spans
        hard += bool(filled.kinds & HARD_KINDS)
        records.append(
            {
                "text": filled.text,
                "spans": [],
                "register": register,
                "negative": True,
                "template_id": template_ids()[template],
            }
        )
    ordered = []
    for number, record in enumerate(records):
        ordered.append(
            {
                "id": number,
                "template_id": record["template_id"],
                "text": record["text"],
                "spans": record["spans"],
                "register": record["register"],
            }
            | ({"negative": True} if record.get("negative") else {})
        )
    return ordered, hard


_IDS: dict[str, int] = {}


def template_ids() -> dict[str, int]:
    """Template ids: positives first (by register), then look-alikes, numbered from 0."""
    if not _IDS:
        ours = [t for table in (POSITIVE, NEGATIVE) for ts in table.values() for t in ts]
        _IDS.update({t: i for i, t in enumerate(ours)})
    return _IDS


def summary(records: list[dict[str, object]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for record in records:
        spans = record["spans"]
        assert isinstance(spans, list)
        counts.update(str(span["entity_type"]) for span in spans)
    return counts


def main() -> None:
    records, hard = build()
    write_set(records, FILE)
    counts = summary(records)
    v6 = 0
    for record in records:
        spans = record["spans"]
        assert isinstance(spans, list)
        v6 += sum(1 for s in spans if s["entity_type"] == "IP_ADDRESS" and ":" in s["value"])
    multiline = sum("\n" in str(r["text"]) for r in records)
    positives = sum(1 for ts in POSITIVE.values() for _ in ts)
    negatives = sum(1 for ts in NEGATIVE.values() for _ in ts)
    print(f"  spans {dict(sorted(counts.items()))} (IPv6 {v6})")
    print(f"  hard look-alikes {hard}/{NEGATIVES}, multi-line texts {multiline}")
    print(f"  templates: {positives} positive, {negatives} look-alike")


if __name__ == "__main__":
    main()
