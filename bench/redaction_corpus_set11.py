# ruff: noqa: RUF001
# (RUF001: names, streets and cities are written with their own diacritics.)
"""Set 11 of the harder PII corpora: ``data/pii/hard_holdout11.jsonl``, a BLIND held-out split.

2,100 sentences with PII (300 per register: chat, ticket, search, review, log, json,
multiline) and 2,100 look-alikes without PII (``"negative": true``, 300 per register).
Templates, pools and value shapes are written afresh for this set. ``check_pools`` asserts on
every run that no given name, surname or street-name word of the pools occurs as a word in any
gold span value of the earlier files (``data/pii/*.jsonl`` other than this one) nor in the
person and street pools of the earlier generators (sets 0-10); ``check_novelty`` asserts that no
text, and no text skeleton (spans and digit runs replaced by ``#``), is one of an earlier file.
The redactor's code, tests and docs were not read and the redactor was not run while this file
was written.

Only generic helpers are imported: Luhn / mod-97 and the IBAN BBAN layouts (set 6/7), the seeded
``Draw``, ``pattern``, ``ascii_fold`` and ``skeleton`` (set 9), ``write_set`` (set 0) and the
check-digit helpers and ``gold_like`` / ``ssn_valid`` checks of set 10. Earlier pools are
imported only to exclude their words.

Templates are strings with slots ``{kind}``; PII kinds (``PII_KINDS``) become gold spans, every
other kind is filler. Gold conventions are those of ``data/pii/README.md`` (sets 6-10) plus the
ones written in its section "Set 11" (an interface address with a prefix length: the prefix is
outside the span, like a port).

Run: ``python -m bench.redaction_corpus_set11`` (seed 111; byte-for-byte stable).
"""

from __future__ import annotations

import ast
import functools
import ipaddress
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bench import make_redaction_corpus as set0
from bench import redaction_corpus_set8 as set8
from bench import redaction_corpus_set9 as set9
from bench import redaction_corpus_set10 as set10
from bench import redaction_corpus_set67 as set67
from bench.make_redaction_corpus import OUT_DIR, write_set
from bench.redaction_corpus_set9 import Draw, ascii_fold, pattern, skeleton
from bench.redaction_corpus_set10 import aba, check_digit_ean, gold_like, ordinal, ssn_valid
from bench.redaction_corpus_set67 import IBAN_LAYOUTS, iban_numeric, iban_ok, luhn_digit, luhn_ok

SEED = 111
FILE = "hard_holdout11.jsonl"
PER_REGISTER = 300  # positives, and as many look-alikes, per register
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
MIN_TEMPLATES = 30  # per register and kind, so a split by template parity keeps both halves varied
MIN_GIVEN, MIN_SURNAMES, MIN_STREETS = 450, 380, 200


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


# -- people ------------------------------------------------------------------------------------
# Common given names and surnames of each culture group, written from general knowledge for
# this set (fake combinations, no real person meant). The lists were written longer and every
# name with a word in an earlier gold span or an earlier generator's pool was struck out before
# the lists were pasted here; ``check_pools`` asserts on every run that none is left.
CULTURES: dict[str, tuple[str, str]] = {
    "mande_senegambia": (
        "Nakany, Fatoumata Binta, Sayon, Manssa, Soundiata, Dialla, Niakalé, Kandia, Sitan, "
        "Sokhna, Modou, Ngoné, Pape Malick, Astou, Serigne, Khady, Ousseynou, Mbène",
        "Kamaté, Samaké, Dagnogo, Kourouma, Niang, Diouf, Sène, Cissokho, Badji, Sagna, Diatta, "
        "Mané",
    ),
    "burkina_benin_togo": (
        "Wendpouiré, Rasmané, Pengdwendé, Boukary, Noélie, Sènami, Houénou, Mahouna, Kokou, "
        "Yawo, Afi, Komlan, Ablavi, Dodzi",
        "Ouédraogo, Sawadogo, Kaboré, Zongo, Compaoré, Ilboudo, Tapsoba, Zoungrana, Hounkpatin, "
        "Adjovi, Gbaguidi, Akakpo, Agbodjan, Amouzou, Kpogo",
    ),
    "nigerian_edo_ijaw": (
        "Somtochukwu, Ugochi, Tamunoibi, Ebiere, Osaze, Osarumen, Efosa, Iyobosa, Ivie, "
        "Ehizogie, Nosakhare, Tarila, Ebimobowei",
        "Ekpo, Omoregie, Osagie, Igbinedion, Aigbokhai, Erhabor, Ovbiagele, Tamuno, Ebiye, "
        "Dikibo, Amachree, Inko-Tariah, Okorafor, Uzochukwu, Nnadozie",
    ),
    "congolese": (
        "Kalonji, Tshibola, Bolingo, Makiese",
        "Kasongo, Mbala, Nzuzi, Lusamba, Mpiana, Ngoy",
    ),
    "east_african": (
        "Nekesa, Mukami, Jepkosgei, Ssemanda, Akello, Opio, Kerubo, Moraa, Nyaboke, Kwamboka, "
        "Auma, Nafula, Chepkoech, Namubiru, Kyomuhendo, Asiimwe, Atuhaire",
        "Barasa, Ruto, Lagat, Kisitu, Ssentongo, Okello, Swai, Nyamweya, Ombati, Nyakundi, "
        "Ogeto, Omondi, Wanyama, Simiyu, Kirui, Koech, Bett, Mutebi, Tumuhairwe, Ahimbisibwe, "
        "Nantongo",
    ),
    "horn_of_africa": (
        "Filimon, Mulugeta, Tsion, Liya, Hagos, Ifrah, Sagal, Meklit, Yordanos, Semhar, Robel, "
        "Natnael, Kidist, Fiyori, Nimco, Bashiir",
        "Gebreyes, Tesfamariam, Berhe, Negash, Teklehaimanot, Abdi, Gebrehiwot, Tsegaye, "
        "Alemayehu, Zewdie, Abraha, Ghebremedhin, Yemane, Hailu, Dualeh, Elmi",
    ),
    "southern_african": (
        "Nokuthula, Mandla, Kudakwashe, Khanyisile, Bonginkosi, Zodwa, Thabiso, Tumelo, "
        "Katlego, Chiedza",
        "Sithole, Zwane, Chigumba, Madziva, Hlongwane, Shabangu, Ntuli, Ngubane, Mkhize, "
        "Gumede, Buthelezi, Mavuso, Radebe, Sebego, Mashaba, Gumbo",
    ),
    "levant_gulf": (
        "Yousef, Tareq, Bassel, Lina, Marwan, Rasha, Nisreen, Mazen, Suha, Qais, Ghada, Wael, "
        "Yara, Tamer, Karam, Obada, Alaa, Bushra, Fahad, Latifa, Saud, Mishal",
        "al-Masri, al-Khatib, Barakat, Qasim, Shalabi, Hijazi, Abu-Ghazaleh, Kanaan, al-Zoubi, "
        "Tarabulsi, Jaber, Atallah, Shaheen, Awad, Zaher, Ghanem, al-Hashimi, Sarraf, Nahas, "
        "Kassab, Fakhoury, al-Dossari, al-Qahtani, Bukhari, al-Nuaimi",
    ),
    "maghrebi": (
        "Meriem, Rachid, Siham, Houda, Nabil, Loubna, Zineb, Abdelkader, Yamina, Mourad, "
        "Soumia, Djamel, Ouarda, Hichem, Faiza, Wafae, Rida, Ghizlane",
        "Bouazza, Cherkaoui, Haddouche, Boudiaf, Mebarki, Belhadj, Zerrouki, Amrani, Bouchareb, "
        "Kaddour, Saidi, Hamidi, Benaissa, Lamrani, Boukhari, Sebti, Tahiri",
    ),
    "persian_afghan": (
        "Golnaz, Farhad, Navid, Setareh, Mitra, Payam, Shahla, Azadeh, Bijan, Laleh, Afshin, "
        "Mehrnoosh, Frozan, Sediqa",
        "Nazari, Bagheri, Najafi, Zand, Soltani, Yazdani, Asadi, Khorasani, Taheri, Ansari, "
        "Hamidzada, Amiri",
    ),
    "turkic_central_asian": (
        "Ozan, Ceren, Pınar, Aygün, Nurlan, Aizhan, Bakhyt, Ecem, Damla, Çağla, İlkay, Gülnara, "
        "Aidana, Daulet, Akmaral, Shokhrukh, Aytaj",
        "Nurpeisov, Zhakupova, Tokayev, Abenov, Erdoğdu, Yavuz, Bayraktar, Karimova, Ismoilova, "
        "Akhmetov, Dzhaksybekov, Qurbanov, Ibrahimli, Rzayeva",
    ),
    "north_west_indian": (
        "Ishaan, Neha, Shreya, Gurdeep, Navjot, Aniket, Ritika, Nikhil, Mansi, Akshay, Rutuja, "
        "Prathamesh, Hiral, Dhruv, Jigar, Parth, Bhavin, Mehul, Urvashi",
        "Verma, Gupta, Malhotra, Chopra, Tiwari, Chauhan, Bajwa, Shinde, Gaikwad, Pawar, "
        "Thakkar, Vyas, Solanki, Rathod, Chaudhary",
    ),
    "south_indian": (
        "Suresh, Revathi, Ganesh, Vijay, Anitha, Rajesh, Selvi, Balaji, Dinesh, Gayathri, "
        "Jayanthi, Remya, Vishnu Prasad, Nithin, Sruthi",
        "Krishnan, Murugesan, Selvaraj, Sundaram, Thangavel, Kannan, Nambiar, Kuriakose, "
        "Gowder, Bhat, Acharya, Shenoy",
    ),
    "bangladeshi": (
        "Mahmuda, Shakil, Rumana, Jahid, Mitu, Sohel, Rubina, Towhid, Ferdous, Ishrat, Mizanur, "
        "Asif Iqbal",
        "Akter, Begum, Mollah, Khandaker, Majumder, Howlader, Sikder, Munshi, Pramanik, Biswas",
    ),
    "lanka_nepal": (
        "Rafiq, Sabbir, Tahmina, Arif, Sharmin, Thilini, Sanduni, Lahiru, Hiruni, Anish, "
        "Bimala, Sarita, Dipendra, Kamala, Suman",
        "Uddin, Herath, Wijesinghe, Karunaratne, Ranasinghe, Pokharel, Bhattarai, Koirala, "
        "Poudel, Dahal",
    ),
    "chinese": (
        "Xiuying, Mingze, Wenjing, Kaiwen, Jingyi, Tianyu, Qiuyue, Yunxi, Mengyao, Siyu, Ziyi, "
        "Xinran, Ruiqi, Zeyu, Hanxiao, Lingyun",
        "Zheng, Liang, Xie, Xue, Lü, Qiu, Hou, Shao, Duan, Qian, Shi",
    ),
    "cantonese_taiwanese": (
        "Hsin-Yi, Shu-Fen",
        "Kwan, Chiu, Chuang, Liao",
    ),
    "japanese": (
        "Yuma, Himari, Shota, Airi, Yusuke, Haruka, Tomoya, Kana, Naoki, Kazuki, Rina, Koji, "
        "Mizuki, Tatsuya, Asuka",
        "Maeda, Okamoto, Matsuda, Nakagawa, Harada",
    ),
    "korean": (
        "Jiho, Sumin, Seojun, Jimin, Junho, Seungmin, Jaewon, Hyejin, Mijin, Youngho, Soojin, "
        "Nayeon, Donghyun, Eunbi, Woojin, Hyemin, Jinwoo",
        "Shim, Noh, Kwak, Joo, Eom, Pyo",
    ),
    "vietnamese": (
        "Hùng, Dũng, Bảo, Huyền, Quốc Bảo, Hoài An, Gia Huy, Phúc, Tùng, Thắng, Yến, Loan",
        "Ngô, Trương, Đinh, Lâm, Tô, Châu, Tăng, Kiều, Thái, Triệu, Lục",
    ),
    "thai_lao_khmer": (
        "Anurak, Kanokwan, Pimchanok, Thanakorn, Souksavanh, Phonesavanh, Vuthy, Sophea, "
        "Chanida, Kittipong, Waraporn, Sasithorn, Jirayu, Apichart, Rungnapa, Arunee, Sakda, "
        "Sunisa, Panya",
        "Sukprasert, Sisouphanh, Vongsavath, Keovilay, Prak, Kaewmanee, "
        "Charoenrat, Intharasuwan, Sirisombat, Yodsuwan, Boonsong, Chantarasiri, "
        "Noiwan",
    ),
    "filipino_malay_indonesian": (
        "Joylyn, Rhea, Jinky, Gemma, Divina, Nenita, Zulkifli, Syazwani, Aqilah, Iskandar, "
        "Nor Azizah, Yanti",
        "Hamzah, Dimaano, Sison, Macapagal, Ocampo, Harun, Sulaiman",
    ),
    "east_slavic": (
        "Aleksandr, Svetlana, Nikolai, Olga, Tatiana, Yulia, Ales, Hanna, Zhanna, Gennady, "
        "Arkady, Nadezhda, Stanislav, Rostyslav, Myroslava, Yanka",
        "Ivanov, Smirnova, Popova, Lukashevich, Karpovich, Pavlova, Semyonov, Golubeva, "
        "Vinokurov, Kiselyov, Makarova, Savchenko, Yakubovich, Zhuk",
    ),
    "west_south_slavic": (
        "Miloš, Snežana, Zbigniew, Halina, Jitka, Zdeněk, Slobodan, Gordana, Bojan, Mirjana, Dejan",
        "Dvořáková, Đorđević, Stojanović, Grabowski, Pawlak, Veselá, Pokorná, Vuković, Tomić, "
        "Radovanović, Popović",
    ),
    "nordic": (
        "Halvard, Åsa, Sanni, Laima, Ståle, Torunn, Gunnhild, Eskil, Sølvi, Vidar, Kjell, "
        "Göran, Margareta, Ulf, Ebba, Lasse, Pernille, Helle, Jesper",
        "Søndergaard, Ozoliņa, Moen, Wallin, Mortensen, Thomsen, Vestergaard",
    ),
    "finnish_baltic": (
        "Tuula, Hannele, Jari, Timo, Riikka, Ilkka, Marjut, Arvo, Andrus, Jurgita, Darius, "
        "Māra, Edgars",
        "Stankevičius, Krūmiņš",
    ),
    "german_dutch": (
        "Dieter, Anke, Torsten, Silke, Pieter, Gudrun, Jürgen, Birgit, Rüdiger, Holger, Frauke, "
        "Detlef, Hauke, Imke, Jesse, Inge, Roos, Koen, Bert, Hilde, Wim",
        "Schulze, Bauer, Herrmann, König, Mayer",
    ),
    "french": (
        "Yannick, Maëlle, Ludovic, Clémence, Ségolène, Grégoire, Jérôme, Océane, Cédric",
        "Dumont, Legrand",
    ),
    "italian_iberian": (
        "Aurélie, Giacomo, Arianna, Jacopo, Noemi, Irene, Adrián, Uxue, Laia",
        "Rizzo, Ferrara, Martini, Rubio, Marín, Sanz, Garrido, Castells",
    ),
    "brazilian": (
        "Rafael, Bianca, Leandro, Tatiane, Jéssica, Cleiton, Rayane",
        "Nogueira",
    ),
    "latin_american": (
        "Sebastián, Agustín, Maicol, Yamileth, Brayan, Dayana, Kevin Alexis, Jhonatan, Yeimi, "
        "Eduin, Uriel, Maite, Milagros",
        "González, Rodríguez, Martínez, Gómez, Díaz, Huamán, Sánchez-Pérez, Gutiérrez, Contreras",
    ),
    "pacific_maori": (
        "Siaosi, Lagi, Mahina, Tasi, Kelera, Mosese, Unaisi, Iosefa, Kawika, Noelani, Kaimana, "
        "Teuila",
        "Vainikolo, Faleafa, Sopoaga, Tuiasosopo, Afamasaga, Masoe, Naufahu, Kioa, Ratuvou, "
        "Tabua, Qarase, Nakoa, Kahale, Paewai",
    ),
    "irish_scottish_welsh": (
        "Siobhán, Cathal, Calum, Gráinne, Pádraig, Sorcha, Colm, Róisín, Eoghan, Mairead, Seonaidh",
        "O'Donoghue, Ní Bhriain, Mac an tSaoi, O'Rourke, Ní Mhurchú, Kinsella, Moloney, Foley, "
        "Jenkins, MacKinnon, MacPherson, Sinclair",
    ),
    "anglo_american": (
        "Dustin, Ashley, Travis, Cody, Shelby, Garrett, Lindsey, Trevor, Chelsea, Derek, "
        "Kimberly, Whitney, Brianna, Colton, Kelsey, Paige, Brady, Rupert, Barnaby",
        "Phillips, Parker, Edwards, Collins, Stewart, Morris, Rogers, Cooper, Harrison, Turner, "
        "Hughes, Bennett, Brooks, Sanders, Perry, Russell",
    ),
    "hebrew_armenian_georgian": (
        "Michal, Anush, Ronit, Nadav, Amit, Efrat, Ani",
        "Abramov, Khachatryan, Jorjadze",
    ),
    "mongolian_himalayan": (
        "Munkh-Orgil, Lhakpa, Anu, Chinzorig, Davaasuren, Enkhbayar, Narantsetseg, Otgonbayar, "
        "Sarangerel, Zolzaya, Dawa, Ngawang, Passang, Kinley, Dechen",
        "Sukhbaatar, Dorjee, Tsering, Norbu, Baatar, Altangerel, Bayarsaikhan, Dolkar, Yeshi, "
        "Tobgay, Wangmo",
    ),
    "caribbean": (
        "Errol, Marlon, Jovan, Vishnu, Indira, Wilner, Fabienne, Tevin, Jermaine, Nadia, "
        "Chevelle, Kavita, Rosemond, Wisline, Guerline, Ketly",
        "Williams, Ramsaroop, Persaud, Singh, Rampersad, Seepersad, Ramlogan, Boodram, "
        "Dorvilier, Casimir",
    ),
}
PARTICLE_SURNAMES = _items(
    "van der Meulen, van 't Hof, dos Anjos, O'Flaherty, O'Mahony, Mac Suibhne, van Wyk, "
    "El-Gamal, al-Jaziri, van Rensburg, bin Mahfouz"
)
# Particle surnames (van der, al-, bin, O', Mac, El-), drawn for any culture now and then.
FAMILY_FIRST = {
    "chinese": 0.55,
    "cantonese_taiwanese": 0.45,
    "korean": 0.5,
    "vietnamese": 0.65,
    "japanese": 0.3,
}
# Particles and connectors are not name words (van, de, al, bin, Ó, Ní, 't ...).
PARTICLES = frozenset(
    _items(
        "du, de, van, der, den, von, al, el, bin, binti, ibn, mac, le, la, da, di, dos, das, do, "
        "del, ter, ten, ó, ní, te, an, abu"
    )
)
TITLES = ("Dr.", "Dr", "Prof.", "Mr.", "Ms", "Mrs.", "Mx.", "Fr.", "Rev.", "Sgt.", "Capt.")


def name_tokens(name: str) -> set[str]:
    """The words of a name, split like ``earlier_span_words`` splits (O'Flaherty: o, flaherty)."""
    return {
        token
        for token in re.findall(r"[^\W\d_]+", name.lower())
        if len(token) > 1 and token not in PARTICLES
    }


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


# The files that existed when this set was written (a fixed list: a later set must not change
# this set's novelty checks, and so its bytes).
EARLIER_FILES = (
    "dev.jsonl",
    "hard_blind.jsonl",
    "hard_dev.jsonl",
    "hard_final.jsonl",
    "hard_fresh.jsonl",
    "hard_holdout10.jsonl",
    "hard_holdout7.jsonl",
    "hard_holdout8.jsonl",
    "hard_holdout9.jsonl",
    "hard_test.jsonl",
    "hard_tune5.jsonl",
    "hard_tune6.jsonl",
)


def _earlier_files() -> list[Path]:
    return [Path(OUT_DIR) / name for name in EARLIER_FILES]


@functools.cache
def _earlier_records() -> tuple[tuple[str, tuple[tuple[int, int, str], ...]], ...]:
    """(text, spans) of every record of the earlier files, read once per process."""
    out = []
    for path in _earlier_files():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                spans = tuple((s["start"], s["end"], s["value"]) for s in rec["spans"])
                out.append((rec["text"], spans))
    return tuple(out)


@functools.cache
def earlier_span_words() -> frozenset[str]:
    """Every word (letters only, lower case) of every gold span value of the earlier files."""
    words: set[str] = set()
    for _, spans in _earlier_records():
        for _, _, value in spans:
            words |= _words(value)
    return frozenset(words)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in (*value.keys(), *value.values()) for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


EARLIER_GENERATORS: tuple[ModuleType, ...] = (set0, set67, set8, set9, set10)
# Sets 4 and 5 are read from their source (their pools are plain literals) rather than imported.
EARLIER_SOURCES = ("redaction_corpus_fresh.py", "redaction_corpus_set5.py")
POOL_ATTR = re.compile(r"FIRST|LAST|CULTURE|STREET|GIVEN|SURNAME|NAMES")


def _literal_pools(path: Path) -> list[object]:
    """Values of the module-level literal assignments of a source file whose name is a pool's."""
    values: list[object] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        if node.value is not None and any(POOL_ATTR.search(n) for n in names):
            values.append(ast.literal_eval(node.value))
    return values


@functools.cache
def earlier_pool_words() -> frozenset[str]:
    """Every word of the person and street pools of the earlier generators (sets 0-10)."""
    pools: list[object] = []
    for module in EARLIER_GENERATORS:
        pools += [getattr(module, attr) for attr in dir(module) if POOL_ATTR.search(attr)]
    for name in EARLIER_SOURCES:
        pools += _literal_pools(Path(__file__).resolve().parent / name)
    words: set[str] = set()
    for text in _strings(pools):
        words |= _words(text)
    return frozenset(words)


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


def given_pool() -> list[tuple[str, str]]:
    return [(c, g) for c, (gs, _) in CULTURES.items() for g in _items(gs)]


def surname_pool() -> list[tuple[str, str]]:
    own = [(c, s) for c, (_, ss) in CULTURES.items() for s in _items(ss)]
    return own + [("particle", s) for s in PARTICLE_SURNAMES]


class People:
    """Draws fake people: a given name of a culture, mostly a surname of the same culture."""

    def __init__(self, d: Draw) -> None:
        self.d = d
        self.given = given_pool()
        self.family = surname_pool()
        self.last: Person | None = None
        self.by_culture: dict[str, list[str]] = {}
        for c, s in self.family:
            self.by_culture.setdefault(c, []).append(s)

    def person(self) -> Person:
        d = self.d
        culture, given = d.pick(self.given)
        own = self.by_culture.get(culture)
        if d.chance(0.06):
            surname = d.pick(PARTICLE_SURNAMES)
        elif own and d.chance(0.8):
            surname = d.pick(own)
        else:
            surname = d.pick(self.family)[1]
        family_first = d.chance(FAMILY_FIRST.get(culture, 0.0))
        if not family_first and " " not in surname and "-" not in surname and d.chance(0.06):
            other = d.pick(self.family)[1]
            if other != surname and " " not in other and "-" not in other:
                surname = f"{surname}-{other}"
        return Person(given, surname, family_first, d.letters(1, "ABCDEFGHJKLMNPRSTW"))

    def form(self, kind: str) -> str:
        """The written form of a new person for a person slot (see the slot table)."""
        d = self.d
        if kind == "Nsx" and self.last is not None:  # surname of the person just written
            return self.last.surname
        p = self.last = self.person()
        forms: dict[str, Callable[[], str]] = {
            "N": lambda: (
                f"{p.given} {p.initial}. {p.surname}"
                if not p.family_first and d.chance(0.08)
                else p.full()
            ),
            "Ng": lambda: p.given,
            "Ngl": lambda: p.given.lower(),
            "Ns": lambda: p.surname,
            "Nsx": lambda: p.surname,
            "Nl": lambda: p.full().lower(),
            "Nr": lambda: f"{p.surname}, {p.given}",
            "Nu": lambda: p.full().upper(),
            "Nsu": lambda: f"{p.surname.upper()} {p.given}",
            "Ni": lambda: f"{p.given[0]}. {p.surname}",
        }
        return forms[kind]()

    def email(self, same: bool = False) -> str:
        """An e-mail built from a new person's name, or from the one just written."""
        d = self.d
        p = self.last if same and self.last is not None else self.person()
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower()) or "x"
        s = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower()) or "y"
        local = d.pick(
            (f"{g}.{s}", f"{g}_{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}{d.num(70, 99)}", f"{g}")
        )
        return f"{local}@{d.pick(MAIL_DOMAINS)}"


MAIL_DOMAINS = _items(
    "hotmail.co.uk, yahoo.fr, gmx.de, laposte.net, libero.it, wp.pl, seznam.cz, mail.ru, "
    "ukr.net, abv.bg, sapo.pt, terra.com.br, hotmail.es, yahoo.co.jp, daum.net, 163.com, "
    "rediffmail.com, xtra.co.nz, optusnet.com.au, rogers.com, comcast.net, me.com, "
    "lumenfield.io, ostrava-steel.cz, harbourline.co.nz, quillon-labs.com, tessellate.dev, "
    "mossgrove.org, kestrel-freight.com"
)


# -- look-alike pools (written for this set) -----------------------------------------------------
# Capitalised things that are not persons: brands, shops and products named after people,
# places and buildings named after people, ships, storms and racehorses, bands, titles of books
# and films, job titles and team names, and common words that are also given names.
# Shops and cafés (coffee, gift cards), fashion labels (boots, sizes), other brands.
SHOPS = _items(
    "Ben & Jerry's, Tim Hortons, Mrs. Fields, Auntie Anne's, Jimmy John's, Dave & Buster's, "
    "Marie Callender's, Sonny's BBQ, Ruth's Chris Steak House"
)
FASHION = _items(
    "Dr. Martens, Ralph Lauren, Louis Vuitton, Yves Saint Laurent, Jimmy Choo, Stella McCartney, "
    "Michael Kors, Vivienne Westwood, Levi's, Hugo Boss, Tommy Bahama, Christian Louboutin, "
    "Kenneth Cole, Steve Madden"
)
BRANDS = [
    *SHOPS,
    *FASHION,
    *_items(
        "Heinz, Kellogg's, Dr. Oetker, Ferrero Rocher, Max Factor, Maybelline, Swarovski, "
        "Porsche, Ferrari, Lamborghini, Chevrolet, Peugeot, Citroën, Dyson, Philips, Siemens, "
        "Bosch, Bang & Olufsen"
    ),
]
PLACES_NAMED = _items(
    "Lincoln Center, St. Mary's Hospital, Carnegie Hall, Madison Square Garden, Rockefeller "
    "Center, Kennedy Airport, Schiphol, Heathrow, Charles de Gaulle airport, Fenway Park, "
    "Wrigley Field, Victoria Station, St. Pancras, Waterloo Station, King's Cross, "
    "Mount Everest, Lake Victoria, Hudson Bay, Cape Cod, St. Thomas' Hospital, "
    "Johns Hopkins Hospital, Great Ormond Street, Alexandra Palace, Royal Albert Hall"
)
THINGS_NAMED = _items(
    "Queen Mary 2, Hurricane Katrina, Storm Ciarán, Typhoon Haiyan, the racehorse Seabiscuit, "
    "Red Rum, Secretariat, Black Caviar, the Cutty Sark, the Mayflower, HMS Victory, the "
    "Titanic, Cyclone Tracy, Hurricane Sandy, Storm Babet, the mare Winx, the racehorse Frankel"
)
BANDS = _items(
    "The Beatles, Arctic Monkeys, Florence + the Machine, Alice in Chains, Steely Dan, "
    "Pink Floyd, Lynyrd Skynyrd, Belle and Sebastian, Hootie & the Blowfish, Mumford & Sons, "
    "Death Cab for Cutie, Dexys Midnight Runners, The Lumineers"
)
WORKS = _items(
    "Pride and Prejudice, Harry Potter, Forrest Gump, Little Women, Moby-Dick, Don Quixote, "
    "Matilda, Rebecca, Coraline, Amélie, Jerry Maguire, Hamlet, Othello, "
    "Frankenstein, Dracula, Heidi, Pippi Longstocking, Peter Pan, Mary Poppins, Annie Hall, "
    "Emma, Lolita, Carrie"
)
ROLE_TITLES = _items(
    "Head of Sales, Customer Success, VP Engineering, Chief of Staff, Office Manager, Trust & "
    "Safety, Platform Team, Data Protection Officer, Site Reliability, Accounts Payable, "
    "Facilities, Talent Acquisition, Product Marketing, Field Operations, Quality Assurance"
)
HEADINGS = _items(
    "Quarterly Review Notes, Shipping Policy Update, Release Checklist, Return Window Changes, "
    "Spring Clearance Event, Warranty Terms, Holiday Opening Hours, Loyalty Program FAQ, "
    "Incident Postmortem, Onboarding Guide, Board Meeting Agenda, Travel Expense Policy"
)
# Famous roads and road-like names used without a house number (no address by convention).
ROADS = _items(
    "Route 66, Highway 1, the M25, the A1, Interstate 95, Pacific Coast Highway, Main Street, "
    "Penny Lane, Abbey Road, Sunset Boulevard, Champs-Élysées, Broadway, the Autobahn A7, "
    "Ring Road, High Street, the Strand"
)
LOOKALIKE_POOLS = (
    BRANDS,
    PLACES_NAMED,
    THINGS_NAMED,
    BANDS,
    WORKS,
    ROLE_TITLES,
    HEADINGS,
    ROADS,
)


# -- structured values ---------------------------------------------------------------------------
# Phone shapes of 27 countries, national and international, written for this set.
# ``N`` any digit, ``X`` a digit 2-9.
PHONE_SHAPES = _items(
    "(XNN) XNN-NNNN, XNN-XNN-NNNN, +1 (XNN) XNN-NNNN, 1 XNN XNN NNNN, XNN XNN NNNN, "
    "07XNN NNN NNN, +44 (0)7XNN NNNNNN, 01632 NNNNNN, +44 113 NNN NNNN, "
    "0151 NNNN NNNN, +49 (0)40 NNNN-NNNN, 0049 711 NNNNNN, "
    "07 NN NN NN NN, +33 (0)4 NN NN NN NN, 0033 6 NN NN NN NN, "
    "+34 6NN NN NN NN, 9NN NNN NNN, +39 3NN NNN NNNN, 02 NNNN NNNN, "
    "+31 (0)6 NNNN NNNN, 06 NNNN NNNN, +32 4NN NN NN NN, +41 (0)44 NNN NN NN, "
    "07N NNN NN NN, 07N-NNN NN NN, +47 NNN NN NNN, +45 NN NN NN NN, +48 NNN NNN NNN, "
    "+420 NNN NNN NNN, +91-9NNNNNNNNN, 09NNNN NNNNN, 03-NNNN-NNNN, +81 90-NNNN-NNNN, "
    "010-NNNN-NNNN, +86 1NN NNNN NNNN, 04NN NNN NNN, +61 4NN NNN NNN, (03) NNNN NNNN, "
    "021 NNN NNNN, +64 9 NNN NNNN, +55 (11) 9NNNN-NNNN, +52 1 55 NNNN NNNN, "
    "+234 (0)80N NNN NNNN, 07NN NNN NNN, +254 7NN NNN NNN, +27 (0)8N NNN NNNN, "
    "+63 9NN NNN NNNN, +971 5N NNN NNNN"
)
EXTENSIONS = (" ext. NN", " x NNN", " ext NNN", ", ext NNN", " Ext. NNNN")


def phone(d: Draw, ext: bool = False) -> str:
    value = pattern(d, d.pick(PHONE_SHAPES))
    if ext:
        value += pattern(d, d.pick(EXTENSIONS))
    return value


# (prefix, length): Visa, Mastercard (5x and 2-series), Amex, Discover, JCB, Diners, UnionPay.
CARD_PREFIXES: tuple[tuple[str, int], ...] = (
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("52", 16),
    ("55", 16),
    ("2291", 16),
    ("2680", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("646", 16),
    ("3541", 16),
    ("38", 14),
    ("624", 16),
    ("4", 19),
)


def card_digits(d: Draw, valid: bool = True) -> str:
    prefix, length = d.pick(CARD_PREFIXES)
    body = prefix + d.digits(length - len(prefix) - 1)
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + d.num(1, 9)) % 10)
    return body + check


def card_format(d: Draw, digits: str) -> str:
    sep = d.pick(("", " ", "-", " ", " "))
    if len(digits) in (14, 15):
        return f"{digits[:4]}{sep}{digits[4:10]}{sep}{digits[10:]}"
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def ssn_digits(d: Draw) -> str:
    area = d.num(1, 899)
    if area == 666:
        area = 665
    return f"{area:03d}{d.num(1, 99):02d}{d.num(1, 9999):04d}"


SSN_SEPARATORS = ("-", "-", "-", " ", ".", "–", " - ")


def ssn(d: Draw) -> str:
    x = ssn_digits(d)
    sep = d.pick(SSN_SEPARATORS)
    return f"{x[:3]}{sep}{x[3:5]}{sep}{x[5:]}"


def ipv4(d: Draw) -> str:
    return d.pick(
        (
            f"10.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(2, 254)}",
            f"192.168.{d.num(0, 255)}.{d.num(2, 254)}",
            f"172.{d.num(16, 31)}.{d.num(0, 255)}.{d.num(2, 254)}",
            f"{d.num(24, 223)}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(2, 254)}",
            f"{d.num(24, 223)}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(2, 254)}",
            f"100.{d.num(64, 127)}.{d.num(0, 255)}.{d.num(2, 254)}",
            f"198.51.100.{d.num(2, 254)}",
        )
    )


def _h(d: Draw) -> str:
    return f"{d.num(1, 0xFFFF):x}"


def ipv6(d: Draw) -> str:
    """An IPv6 address in one of ten written forms (no zone id: sets disagree on it)."""
    forms: tuple[Callable[[], str], ...] = (
        lambda: ":".join(f"{d.num(0, 0xFFFF):04x}" for _ in range(8)),  # full
        lambda: f"2001:db8:{_h(d)}::{_h(d)}",  # documentation, compressed
        lambda: f"fe80::{_h(d)}:{_h(d)}:{_h(d)}:{_h(d)}",  # link-local
        lambda: f"::ffff:{ipv4(d)}",  # IPv4-mapped
        lambda: f"2{d.num(0x400, 0xA0F):03X}:{_h(d)}:{_h(d)}::{_h(d)}".upper(),  # upper case
        lambda: f"fd{d.num(0, 255):02x}:{_h(d)}:{_h(d)}:{_h(d)}::{d.num(1, 255):x}",  # ULA
        lambda: "2001:0db8:" + ":".join(f"{d.num(0, 0xFFF):04x}" for _ in range(6)),  # zeros
        lambda: f"2{d.num(0x400, 0xA0F):03x}:{_h(d)}:{_h(d)}:{_h(d)}:{_h(d)}::{_h(d)}",
        lambda: f"2002:{_h(d)}:{_h(d)}::{d.num(1, 9)}",  # 6to4
        lambda: "::1",
    )
    return d.pick(forms)()


IBAN_COUNTRIES = ("NO", "DK", "FI", "LU", "CZ", "HU", "RO", "HR", "SI", "LT", "LV", "GR", "TR")
IBAN_COUNTRIES_WIDE = (*IBAN_COUNTRIES, "DE", "FR", "ES", "IT", "NL", "GB", "SA", "AE", "MT")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def iban(d: Draw, valid: bool = True, grouped: bool | None = None) -> str:
    country = d.pick(IBAN_COUNTRIES_WIDE)
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUTS[country]):
        for _ in range(int(count)):
            if kind == "a":
                bban += d.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            elif kind == "c" and d.chance(0.15):
                bban += d.pick(ALNUM)
            else:
                bban += d.digits(1)
    check = 98 - iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + d.num(3, 60)) % 97
        check = max(check, 2)
    value = f"{country}{check:02d}{bban}"
    if not valid and iban_ok(value):
        value = f"{country}{(check + 11) % 90 + 2:02d}{bban}"
    if grouped if grouped is not None else d.chance(0.5):
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# -- addresses -----------------------------------------------------------------------------------
# Street-name words written for this set (rocks, insects, fish, crafts, weather, plants and
# places of 12 languages); ``check_pools`` asserts that none is a word of an earlier gold span or
# an earlier generator's street pool.
STREETS_EN = _items(
    "Basalt, Feldspar, Quartzite, Obsidian, Garnet, Flintlock, Mica, Agate, Porphyry, Gneiss, "
    "Tourmaline, Chalcedony, Greywacke, Damselfly, Mayfly, Lacewing, Brimstone, Fritillary, "
    "Ringlet, Gatekeeper, Grayling, Tench, Barbel, Minnow, Roach, Chanterelle, Puffball, "
    "Bracket, Caddis, Stonefly, Firefly, Glowworm, Katydid, Cicada, Skipper, Swallowtail, "
    "Hairstreak, Copperwing, Ironstone, Millrace, Sluicegate, Weir, Tollgate, Turnpike, "
    "Drovers, Packhorse, Saddler, Cooperage, Smithy, Kilnfield, Brickfield, Limekiln, Shingle, "
    "Estuary, Ferryman, Lighthouse, Harbourmaster, Snapdragon, Delphinium, Lupin, Cornflower, "
    "Marigold, Nasturtium, Verbena, Zephyr, Sirocco, Mistral, Monsoon, Nimbus, Cirrus, Stratus, "
    "Cumulus, Pebblebrook, Boulderfield"
)
STREETS_AU = _items(
    "Quandong, Bilby, Numbat, Pademelon, Potoroo, Quokka, Bandicoot, Wombat, Echidna, Bettong, "
    "Dunnart, Quoll, Galah, Corella, Rosella"
)
STREETS_NZ = _items("Pohutukawa, Tuatara, Kereru, Pukeko, Takahe, Kokako, Titoki, Tawa, Rewarewa")
STREETS_DE = _items(
    "Basalt, Schiefer, Quarz, Glimmer, Forellen, Libellen, Falter, Hirschkäfer, Glühwürmchen, "
    "Feuerstein, Granat, Achat, Bernstein, Kiesel, Salbei, Sanddorn, Quitten, Mispel"
)
STREETS_ALPINE = _items(
    "Enzian, Edelweiss, Murmeltier, Steinbock, Gämsen, Alpenrosen, Arven, Lärchen"
)
STREETS_FR = _items(
    "des Libellules, des Truites, du Silex, de l'Ardoise, des Lucioles, des Grillons, "
    "des Cigales, du Granit, des Mirabelles, des Coings, des Framboisiers, des Tisserands, "
    "du Puits, des Écluses"
)
STREETS_ES = _items(
    "de la Pizarra, del Granito, de las Libélulas, de los Grillos, del Azafrán, "
    "de las Luciérnagas, de los Olivares, de la Alfarería, de los Tejedores"
)
STREETS_IT = _items(
    "delle Libellule, del Porfido, delle Lucciole, dei Grilli, del Tufo, dei Tessitori, "
    "dei Vasai, del Basilico"
)
STREETS_PT = _items(
    "das Libélulas, do Quartzo, dos Vagalumes, das Cigarras, do Granito, das Pitangueiras, "
    "dos Cajás, das Goiabeiras, do Ingá, das Acerolas, dos Maracujás"
)
STREETS_NL = _items(
    "Libelle, Forel, Vuursteen, Leisteen, Krekel, Glimworm, Vlinder, Zandloper, Zonnedauw, "
    "Veenbes, Hazelaar"
)
STREETS_NORDIC = _items(
    "Slända, Granit, Skiffer, Trollslända, Lingon, Hjortron, Blåbär, Mjölon, Rypa, Ørret, "
    "Tyttebær, Multe"
)
STREETS_JP = _items(
    "Sangenjaya, Yutenji, Gakugeidaigaku, Kichijoji, Daikanyama, Nakameguro, Jiyugaoka, "
    "Asagaya, Ogikubo, Shimokitazawa"
)
STREETS_KR = _items("Yeoksam, Seolleung, Apgujeong, Sinsa, Hapjeong, Mangwon, Yeonnam, Seongsu")
STREETS_IN = _items(
    "Kamdhenu, Sahyadri, Indrayani, Mandakini, Shivalik, Aravali, Vindhya, Narmada, Godavari, "
    "Kaveri, Malabar, Konkan"
)
STREET_POOLS = (
    STREETS_EN,
    STREETS_AU,
    STREETS_NZ,
    STREETS_DE,
    STREETS_ALPINE,
    STREETS_FR,
    STREETS_ES,
    STREETS_IT,
    STREETS_PT,
    STREETS_NL,
    STREETS_NORDIC,
    STREETS_JP,
    STREETS_KR,
    STREETS_IN,
)
STREET_CONNECTORS = frozenset(
    _items("des, du, de, la, los, las, del, dei, delle, dell, dos, das, do, l")
)


def all_streets() -> list[str]:
    return [s for pool in STREET_POOLS for s in pool]


# Localities: (city, region or state, postal code prefix) in each country's shape.
US_PLACES = (
    ("Missoula", "MT", "598"),
    ("Flagstaff", "AZ", "860"),
    ("Burlington", "VT", "054"),
    ("Ithaca", "NY", "148"),
    ("Bend", "OR", "977"),
    ("Lawrence", "KS", "660"),
    ("Athens", "GA", "306"),
    ("Olympia", "WA", "985"),
    ("Laramie", "WY", "820"),
    ("Fargo", "ND", "581"),
)
GB_PLACES = (
    ("Whitby", "YO21"),
    ("Ludlow", "SY8"),
    ("Penzance", "TR18"),
    ("Oban", "PA34"),
    ("Aberystwyth", "SY23"),
    ("Keswick", "CA12"),
)
DE_PLACES = (("Bamberg", "960"), ("Lüneburg", "213"), ("Tübingen", "720"), ("Görlitz", "028"))
AT_PLACES = (("Innsbruck", "60"), ("Salzburg", "50"), ("Villach", "95"))
CH_PLACES = (("Luzern", "60"), ("Chur", "70"), ("St. Gallen", "90"), ("Thun", "36"))
FR_PLACES = (("Annecy", "740"), ("Quimper", "290"), ("Albi", "810"), ("Arles", "132"))
ES_PLACES = (("Cáceres", "100"), ("Soria", "420"), ("Zamora", "490"), ("Cuenca", "160"))
IT_PLACES = (("Matera", "751", "MT"), ("Cremona", "261", "CR"), ("Udine", "331", "UD"))
PT_PLACES = (("Braga", "4700"), ("Évora", "7000"), ("Aveiro", "3800"))
BR_PLACES = (("Florianópolis", "SC", "88"), ("Belém", "PA", "66"), ("Natal", "RN", "59"))
NL_PLACES = ("Deventer", "Leeuwarden", "Zwolle", "Hoorn", "Gouda")
BE_PLACES = (("Brugge", "8000"), ("Leuven", "3000"), ("Namur", "5000"), ("Hasselt", "3500"))
NORDIC_PLACES = (
    ("se", "vägen", "Västerås", "72N NN"),
    ("se", "gatan", "Örebro", "70N NN"),
    ("no", "veien", "Tromsø", "90NN"),
    ("no", "gata", "Stavanger", "40NN"),
    ("dk", "vej", "Aalborg", "9NNN"),
)
JP_PLACES = (
    ("Setagaya-ku", "Tokyo", "154"),
    ("Meguro-ku", "Tokyo", "152"),
    ("Musashino-shi", "Tokyo", "180"),
    ("Suginami-ku", "Tokyo", "166"),
)
KR_PLACES = (("Gangnam-gu", "06"), ("Mapo-gu", "04"), ("Seongdong-gu", "04"))
IN_PLACES = (
    ("Nashik", "Maharashtra", "422"),
    ("Mysuru", "Karnataka", "570"),
    ("Vadodara", "Gujarat", "390"),
    ("Dehradun", "Uttarakhand", "248"),
)
AU_PLACES = (("Geelong", "VIC", "3220"), ("Cairns", "QLD", "4870"), ("Launceston", "TAS", "7250"))
NZ_PLACES = (("Tauranga", "3110"), ("Nelson", "7010"), ("Dunedin", "9016"))
COUNTRY = {
    "us": ("USA", "United States"),
    "gb": ("United Kingdom", "UK"),
    "de": ("Germany", "Deutschland"),
    "at": ("Austria", "Österreich"),
    "ch": ("Switzerland", "Schweiz"),
    "fr": ("France",),
    "es": ("Spain", "España"),
    "it": ("Italy", "Italia"),
    "pt": ("Portugal",),
    "br": ("Brazil", "Brasil"),
    "nl": ("Netherlands", "The Netherlands"),
    "be": ("Belgium", "België"),
    "se": ("Sweden", "Sverige"),
    "no": ("Norway", "Norge"),
    "dk": ("Denmark", "Danmark"),
    "jp": ("Japan",),
    "kr": ("South Korea", "Republic of Korea"),
    "in": ("India",),
    "au": ("Australia",),
    "nz": ("New Zealand",),
}
US_TYPES = ("Street", "Avenue", "Road", "Drive", "Court", "Place", "Terrace", "Circle", "Rd", "Ave")
GB_TYPES = ("Road", "Street", "Mews", "Row", "Gardens", "Terrace", "Way")
AU_TYPES = ("Street", "Road", "Parade", "Place", "Crescent", "Avenue")


@dataclass
class Addr:
    lines: list[str]  # street line (with a unit that the country writes first), then locality
    country: str


def addr_us(d: Draw) -> Addr:
    city, st, z = d.pick(US_PLACES)
    street = f"{d.num(3, 9899)} {d.pick(STREETS_EN)} {d.pick(US_TYPES)}"
    if d.chance(0.3):
        street += d.pick(
            (
                f", Apt {d.num(2, 48)}",
                f" Apt. {d.num(1, 9)}{d.pick('ABCD')}",
                f", Suite {d.num(100, 900)}",
                f" #{d.num(2, 60)}",
            )
        )
    zip_code = z + d.digits(2) + (f"-{d.digits(4)}" if d.chance(0.2) else "")
    return Addr([street, f"{city}, {st} {zip_code}"], "us")


def addr_gb(d: Draw) -> Addr:
    town, out = d.pick(GB_PLACES)
    street = f"{d.num(1, 180)} {d.pick(STREETS_EN)} {d.pick(GB_TYPES)}"
    if d.chance(0.3):
        street = f"Flat {d.num(1, 14)}, {street}"
    inward = f"{d.num(1, 9)}{d.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    return Addr([street, town, f"{out} {inward}"], "gb")


def addr_de(d: Draw) -> Addr:
    city, pc = d.pick(DE_PLACES)
    base = d.pick(STREETS_DE)
    street = d.pick((f"{base}straße", f"{base}weg", f"{base}ring", f"Am {base}hang"))
    return Addr(
        [f"{street} {d.num(1, 140)}{d.pick(('', '', 'b'))}", f"{pc}{d.digits(2)} {city}"], "de"
    )


def addr_at_ch(d: Draw) -> Addr:
    base = d.pick(STREETS_ALPINE)
    if d.chance(0.5):
        city, pc = d.pick(AT_PLACES)
        street = f"{base}gasse {d.num(1, 60)}" + d.pick(
            ("", f"/{d.num(1, 12)}", f"/Top {d.num(1, 9)}")
        )
        return Addr([street, f"{pc}{d.digits(2)} {city}"], "at")
    city, pc = d.pick(CH_PLACES)
    return Addr([f"{base}strasse {d.num(1, 90)}", f"{pc}{d.digits(2)} {city}"], "ch")


def addr_fr(d: Draw) -> Addr:
    city, pc = d.pick(FR_PLACES)
    kind = d.pick(("rue", "allée", "chemin", "impasse", "avenue"))
    num = f"{d.num(1, 150)}{d.pick(('', '', ' ter', ' bis'))}"
    street = f"{num} {kind} {d.pick(STREETS_FR)}"
    if d.chance(0.2):
        street = f"Résidence Les Pins, Bât. {d.pick('ABC')}, {street}"
    return Addr([street, f"{pc}{d.digits(2)} {city}"], "fr")


def addr_es(d: Draw) -> Addr:
    city, pc = d.pick(ES_PLACES)
    street = f"{d.pick(('Calle', 'C/', 'Avenida', 'Plaza'))} {d.pick(STREETS_ES)} {d.num(1, 90)}"
    if d.chance(0.5):
        street += f", {d.num(1, 8)}º {d.pick(('1ª', '2ª', 'B', 'izda.'))}"
    return Addr([street, f"{pc}{d.digits(2)} {city}"], "es")


def addr_it(d: Draw) -> Addr:
    city, pc, prov = d.pick(IT_PLACES)
    street = f"{d.pick(('Via', 'Vicolo', 'Piazzale'))} {d.pick(STREETS_IT)} {d.num(1, 160)}"
    if d.chance(0.25):
        street += f", scala {d.pick('ABC')}"
    return Addr([street, f"{pc}{d.digits(2)} {city} ({prov})"], "it")


def addr_pt(d: Draw) -> Addr:
    city, pc = d.pick(PT_PLACES)
    street = f"Rua {d.pick(STREETS_PT)}, n.º {d.num(1, 300)}" + d.pick(
        ("", ", 2.º Esq.", ", 1.º Dto.")
    )
    return Addr([street, f"{pc}-{d.digits(3)} {city}"], "pt")


def addr_br(d: Draw) -> Addr:
    city, uf, cep = d.pick(BR_PLACES)
    street = f"{d.pick(('Rua', 'Av.', 'Alameda'))} {d.pick(STREETS_PT)}, {d.num(10, 2500)}"
    if d.chance(0.4):
        street += d.pick(
            (f", apto {d.num(11, 904)}", f", bloco {d.pick('ABCD')}, apto {d.num(11, 99)}")
        )
    return Addr([street, f"{city} - {uf}, {cep}{d.digits(3)}-{d.digits(3)}"], "br")


def addr_nl(d: Draw) -> Addr:
    base = d.pick(STREETS_NL)
    street = (
        f"{d.pick((f'{base}straat', f'{base}laan', f'{base}hof', f'{base}dreef'))} {d.num(1, 220)}"
    )
    street += d.pick(("", "", "-A", " hs", "-3"))
    return Addr([street, f"{d.num(1000, 9999)} {d.letters(2)} {d.pick(NL_PLACES)}"], "nl")


def addr_be(d: Draw) -> Addr:
    city, pc = d.pick(BE_PLACES)
    base = d.pick(STREETS_NL)
    street = f"{base}{d.pick(('straat', 'laan', 'dreef'))} {d.num(1, 180)}"
    if d.chance(0.35):
        street += f" bus {d.num(1, 30)}"
    return Addr([street, f"{pc} {city}"], "be")


def addr_nordic(d: Draw) -> Addr:
    country, suffix, city, pc = d.pick(NORDIC_PLACES)
    base = d.pick(STREETS_NORDIC)
    street = f"{base}{suffix} {d.num(1, 99)}{d.pick(('', '', ' B', ' lgh 1102'))}"
    return Addr([street, f"{pattern(d, pc)} {city}"], country)


def addr_jp(d: Draw) -> Addr:
    ward, pref, pc = d.pick(JP_PLACES)
    name = d.pick(STREETS_JP)
    a, b, c = d.num(1, 4), d.num(1, 25), d.num(1, 15)
    street = d.pick((f"{a}-{b}-{c} {name}", f"{name} {a}-chome {b}-{c}"))
    if d.chance(0.35):
        street = f"{d.pick(('Maison', 'Heights', 'Corpo'))} {d.num(101, 608)}, {street}"
    return Addr([street, f"{ward}, {pref} {pc}-{d.digits(4)}"], "jp")


def addr_kr(d: Draw) -> Addr:
    gu, pc = d.pick(KR_PLACES)
    street = f"{d.num(1, 120)}, {d.pick(STREETS_KR)}-ro {d.num(1, 40)}-gil"
    if d.chance(0.4):
        street += f", Apt {d.num(101, 1504)}"
    return Addr([street, f"{gu}, Seoul {pc}{d.digits(3)}"], "kr")


def addr_in(d: Draw) -> Addr:
    city, state, pin = d.pick(IN_PLACES)
    name = d.pick(STREETS_IN)
    street = d.pick(
        (
            f"B-{d.num(1, 40)}, {name} Society, {ordinal(d.num(1, 12))} Main Road",
            f"No. {d.num(1, 300)}, {name} Layout",
            f"Door No. {d.num(1, 40)}-{d.num(1, 9)}, {name} Street",
            f"{d.num(1, 99)}/{d.num(1, 9)}, {name} Nagar",
        )
    )
    return Addr([street, f"{city}, {state} {pin} {d.digits(3)}"], "in")


def addr_au(d: Draw) -> Addr:
    sub, state, pc = d.pick(AU_PLACES)
    num = f"{d.num(1, 12)}/{d.num(2, 240)}" if d.chance(0.5) else str(d.num(2, 240))
    street = f"{num} {d.pick(STREETS_AU)} {d.pick(AU_TYPES)}"
    return Addr([street, f"{sub} {state} {pc}"], "au")


def addr_nz(d: Draw) -> Addr:
    city, pc = d.pick(NZ_PLACES)
    num = (
        f"{d.num(1, 9)}/{d.num(2, 150)}" if d.chance(0.4) else f"{d.num(2, 150)}{d.pick(('', 'A'))}"
    )
    street = f"{num} {d.pick(STREETS_NZ)} {d.pick(('Street', 'Road', 'Place', 'Terrace'))}"
    return Addr(
        [
            street,
            f"{d.pick(('Mount Pleasant', 'Brookfield', 'Maori Hill', 'Stoke'))}",
            f"{city} {pc}",
        ],
        "nz",
    )


ADDRESS_FORMATS: tuple[Callable[[Draw], Addr], ...] = (
    addr_us,
    addr_us,
    addr_us,
    addr_gb,
    addr_gb,
    addr_de,
    addr_at_ch,
    addr_fr,
    addr_es,
    addr_it,
    addr_pt,
    addr_br,
    addr_nl,
    addr_be,
    addr_nordic,
    addr_jp,
    addr_kr,
    addr_in,
    addr_au,
    addr_nz,
)


def address(d: Draw) -> Addr:
    return d.pick(ADDRESS_FORMATS)(d)


def addr_one_line(d: Draw, a: Addr) -> str:
    text = ", ".join(a.lines)
    if d.chance(0.25):
        text += ", " + d.pick(COUNTRY[a.country])
    return text


def addr_lines(d: Draw, a: Addr) -> str:
    lines = list(a.lines)
    if d.chance(0.4):
        lines.append(d.pick(COUNTRY[a.country]))
    return "\n".join(lines)


# -- templates -----------------------------------------------------------------------------------
# Person slots: N full (family name first for some cultures, a middle initial now and then), Ng
# given alone, Ngl given lower case, Ns surname alone (after a title or role), Nsl surname lower
# case, Nsx the surname of the person of the slot before (split name fields), Nl full lower
# case, Nr "Surname, Given", Nu full upper case, Nsu "SURNAME Given", Ni initial and surname.
# Others: M e-mail, Me the e-mail of the person of the slot before, Ph phone, Phx phone with an
# extension, Cc card, Ss SSN with separators, Ssb SSN as 9 bare digits (after a cue), Ip IPv4,
# Ip6 IPv6, Ib IBAN, Ad address on one line, Adl the same lower case, As the street line alone,
# Am the address over several lines, Amu the same in capitals. Every other slot is a filler.
POSITIVE: dict[str, list[str]] = {
    "chat": [
        "ask {Ngl} about it, she sorted the same thing last yr",
        "just cc'd {Ngl} so she sees the pics",
        "thanks to {Ngl} for the lift home!!",
        "{Ngl} and {Ngl} r already at the bar",
        "{Ngl} & {Ngl} said theyd split the cab",
        "{Ngl}/{Ngl} on snacks, im on drinks",
        "borrowed {Ngl}'s charger lol dont tell her",
        "my cousin {Ngl} is staying over fri",
        "coach {Ns} moved practice to {time} fyi",
        "kk will do -- {Ngl}",
        "hey {Ngl}!! long time",
        "did {Nl} ever pay u back",
        "landlord {N} wants the keys back by {day}",
        "nurse {Ngl} said visiting is til 8",
        "who tf invited {Nl} to the bbq lmao",
        "dr {Nsl} says i need to rest a week",
        "im at {Adl} if u need me",
        "new flat is {As}, 2nd door on the left",
        "send it to {Ad} pls",
        "meet outside {As}? the blue door",
        "can u drop my jacket at {Adl}",
        "{Ngl}'s new place: {Adl}",
        "moving to {Ad} next month 😭",
        "my new number's {Ph} save it",
        "text {Ngl} on {Ph}, he's got the tickets",
        "gimme ur email? mine is {M}",
        "iban {Ib} for the cabin deposit ty",
        "the bank app shows my card as {Cc}?? full number wtf",
        "router says ur on {Ip}, try again",
        "game server {Ip}:{port} is back up",
        "v6 addr is {Ip6} if the v4 one fails",
        "she pasted her ssn {Ss} in the group chat by accident, deleting",
        "omw to {Adl} now, 10 min",
    ],
    "ticket": [
        "Customer asked that we cc {N} on every update.",
        "Thanks to {N} for reproducing the crash on staging.",
        "Please ask {N} about the missing invoice before closing.",
        "Reassigned from {N} to {N} per the rota.",
        "{N}'s account was merged with a duplicate; see notes.",
        "Caller identified as {ttl} {Ns}, verified with date of birth.",
        "Escalation contact: {Nr} (billing).",
        "Reporter: {Nsu}. Severity: 2.",
        "Hi {Ng}, your replacement is on its way. Best, {Ng}",
        "Spoke to {N} and {N} from the letting agency; both confirm the lease.",
        "Account holder {N} wants the card on file {Cc} removed.",
        "Refund to IBAN {Ib} approved by {N}.",
        "Customer {N} can be reached on {Phx}.",
        "Callback number {Ph}, mornings only.",
        "Please update the delivery address to {Ad}.",
        "Delivery failed at {As}; nobody home, card left.",
        "New billing address: {Ad}. Old one archived.",
        "Customer moved from {Ad} to {Ad}.",
        "SSN on the tax form ({Ss}) does not match our records.",
        "Caller read out SSN {Ssb} over the phone; do not store it.",
        "Login attempts from {Ip} were blocked after 5 failures.",
        "User reports VPN drops; client address {Ip6}.",
        "Contact e-mail changed to {M} at the customer's request.",
        "Please reply to {M}, not to the shared inbox.",
        "Card {Cc} was charged twice for order {ord}.",
        "Nurse {Ng} from ward 4 called about the pager outage.",
        "Coach {N} needs the team kit shipped to {Ad}.",
        "Dr. {Ns} asked for the results to be faxed to {Ph}.",
        "Per {N}, the router at {Ip} was replaced.",
        "Passenger name as on passport: {Nsu}; booking {ord}.",
        "IBAN {Ib} rejected by the receiving bank (account closed).",
        "Courier note: gate code needed for {Ad}.",
    ],
    "search": [
        "{Nl} linkedin profile mechanical engineer",
        "{Nl} obituary funeral notice {city}",
        "dr {Nsl} orthodontist reviews braces",
        "who is {Nl} the potter",
        "{N} phd thesis pdf",
        "{N} and {N} wedding photos lake como",
        "coach {Nl} swim club contact",
        "{Nr} small claims court records",
        "landlord {N} reviews",
        "{N} instagram ceramics",
        "{Ni} publications 2019",
        "{N} chess rating",
        "{Nl} marathon time",
        "{Nl} {city} phone number",
        "nurse {Nl} st thomas ward 7",
        "{Adl} zillow sold price history",
        "{Ad} overnight parking permit",
        "distance from {As} to {city} airport",
        "who owns the house at {Adl} now",
        "{Ad} postcode",
        "{Adl} flood risk",
        "reverse lookup {Ph} spam or real",
        "who keeps calling me from {Ph} at night",
        "has {M} been in a breach",
        "email {M} not working",
        "is {Ip} a tor exit node",
        "whois {Ip6} abuse contact isp",
        "iban {Ib} bank name",
        "is card {Cc} a real number or a test one",
        "is ssn {Ss} still active after death",
        "{Ip} spamhaus listed why",
        "bin collection day {Adl}",
    ],
    "review": [
        "Ask for {Ng} at the front desk, she sorted everything in minutes.",
        "Huge thanks to {N} for fixing my bike the same day.",
        "{Ng} and {Ng} made our stay, five stars.",
        "Our guide, {N}, knew every bird by name.",
        "Dr. {Ns} was patient and explained every step.",
        "Nurse {Ng} deserves a raise.",
        "The landlord, {N}, never returned the deposit. Avoid.",
        "Coach {Ns}'s Saturday sessions are brilliant for beginners.",
        "Delivered to {As} even though I paid for pickup.",
        "Stayed at the flat at {Ad}; clean but noisy.",
        "Seller shipped from {Ad} and it took three weeks.",
        "The till slip showed my whole card number {Cc}, not just the last four!",
        "The form asked for my SSN ({Ss}) just to book a haircut.",
        "Support called me on {Ph} within an hour, impressive.",
        "Replies came from {M}, which felt personal and quick.",
        "Refund landed in {Ib} after 2 days.",
        "Bought it for my cousin {Ng}; he loves it.",
        "{N} (the owner) threw in a free case.",
        "I cc'd {N} on my complaint and finally got a reply.",
        "Tip: message {Ng} on {Ph} for late check-in.",
        "Router kept handing out {Ip} to two devices, terrible firmware.",
        "Would buy again. — {Ng}",
        "Great value for money. -- {Ng}, {city}",
        "AVOID. {Nu} HUNG UP ON ME TWICE.",
        "Our host {N} met us at {As} with the keys.",
        "The app showed my home IP {Ip6} to other players?!",
        "My neighbour {N} recommended this shop and she was right.",
        "Ordered for {Ng} & {Ng}, both sizes fit.",
        "{ttl} {Ns} at the counter was lovely.",
        "Technician {N} said the boiler at {Ad} had never been serviced.",
        "Why does a kettle warranty need my SSN {Ssb}? No thanks.",
        "The parcel locker next to {As} is always full.",
    ],
    "log": [
        '{Ip} - - [{clf}] "GET /account HTTP/1.1" 200 {n}',
        '{Ip6} - - [{clf}] "POST /login HTTP/2" 302 0',
        "sshd[{pid}]: Accepted publickey for deploy from {Ip} port {port} ssh2",
        "sshd[{pid}]: Failed password for invalid user admin from {Ip6} port {port} ssh2",
        'level=info msg="password reset" user_email={M} ip={Ip}',
        'audit actor="{N}" action=export rows={n}',
        'ts={ts} event=profile_update name="{N}" phone="{Ph}"',
        "WARN billing: card={Cc} declined code=05",
        "payout iban={Ib} amount={amt} status=queued",
        "kyc check ssn={Ssb} result=match",
        "2: eth0    inet {Ip}/{pfx} scope global eth0",
        "3: wlan0    inet6 {Ip6}/64 scope global dynamic",
        "dhcpd: DHCPACK on {Ip} to {mac} via eth1",
        "upstream connect error to [{Ip6}]:{port} (connection refused)",
        'label printed to="{N}" addr="{Ad}"',
        'geo lookup delivery_street="{As}" zone={n}',
        "user.created id={n} given_name={Ng} family_name={Nsx}",
        "ticket {tkt} assignee={Ng} state=open",
        "postfix/smtp: to=<{M}>, relay=mx1, status=sent",
        "pbx call from={Ph} to={Ph} duration={n}s",
        "kernel: DROP IN=eth0 SRC={Ip} DST={Ip} PROTO=TCP DPT={port}",
        "review approved by {Nr} change={hex8}",
        'login ok user="{Nl}" from {Ip}',
        "cron backup owner={N} host=db-2 result=ok",
        'address_changed old="{Ad}" new="{Ad}"',
        "smtp auth failed for {M} from {Ip}",
        "tokenize failed pan={Cc} reason=timeout",
        'payroll import ssn="{Ss}" employee="{N}"',
        "proxy hop chain xff={Ip},{Ip} via=edge-{n}",
        "notify sms={Ph} template=otp_login",
        'courier event=delivered recipient="{N}" signed_by="{Ng}"',
        'fraud_check billing_addr="{Ad}" ip={Ip} score={n}',
    ],
    "json": [
        '{{"name": "{N}", "role": "admin"}}',
        '{{"first_name": "{Ng}", "last_name": "{Nsx}", "plan": "pro"}}',
        '{{"customer": {{"full_name": "{N}", "email": "{Me}"}}}}',
        '{{"cc": ["{N}", "{N}"], "subject": "Q3 budget"}}',
        '{{"assignee": "{Ng}", "watchers": ["{Ng}", "{Ng}"]}}',
        "{{'guest_of_honour': '{N}', 'table': {n}, 'vegetarian': True}}",
        '<div data-owner="{N}" data-role="editor"></div>',
        'author="{Nr}" year="{year}"',
        '{{"shipping": {{"line1": "{As}", "city": "{city}"}}}}',
        '{{"address": "{Ad}", "type": "home", "primary": true}}',
        '{{"delivery_address": "{Ad}", "note": "leave with {Ng}"}}',
        '{{"phone": "{Ph}", "verified": true}}',
        '{{"contact": {{"tel": "{Phx}", "name": "{N}"}}}}',
        '{{"email": "{M}", "newsletter": false}}',
        '{{"card_number": "{Cc}", "exp": "{exp}", "wallet": "pixel"}}',
        '{{"iban": "{Ib}", "currency": "EUR"}}',
        '{{"co_signer": {{"ssn": "{Ss}", "dob": "{date}", "relationship": "parent"}}}}',
        '{{"tin": "{Ssb}", "tin_kind": "SSN", "w9": true}}',
        '{{"client_ip": "{Ip}", "ua": "okhttp/4.12", "consent": true}}',
        '{{"peer": "[{Ip6}]:{port}"}}',
        '{{"addresses": ["{Ip}", "{Ip6}"]}}',
        '{{"emergency_contact": {{"name": "{N}", "relation": "step-sister", "phone": "{Ph}"}}}}',
        '{{"signed_by": "{Nu}", "doc": "{hex8}"}}',
        '{{"driver": "{Nsu}", "vehicle": "{sku}"}}',
        '{{"thanks_to": ["{N}", "{N}"], "release": "{ver}"}}',
        '{{"recipient": "{N}", "address": "{Ad}"}}',
        '{{"street": "{As}", "postcode": "{zip}", "geocoded": false}}',
        '{{"landlord": "{N}", "property": "{Ad}"}}',
        '<input name="billing_name" value="{N}">',
        '{{"doctor": "Dr. {Ns}", "patient_id": "{n}"}}',
        '{{"coach": "{N}", "team": "U12 Girls"}}',
        '{{"pickup": {{"address": "{Ad}", "contact": "{N}"}}}}',
    ],
    "multiline": [
        "Hi {Ng},\n\nThanks for the forms. I've cc'd {N} so she can countersign.\n\nBest,\n{Ng}",
        "Hello {Ng},\nquick one: can you ask {N} about the keys?\n— {Ng}",
        "{N}\n{Am}\n(leave behind the bins if out)",
        "SHIP TO / DESTINATAIRE:\n{Nu}\n{Amu}",
        "From: {N} <{Me}>\nTo: {N} <{Me}>\nSubject: lease renewal",
        "--\n{N}\nHead of Sales\nM: {Ph}\n{Me}",
        "Warm regards from the allotment committee,\n\n{N}\n{Am}\nTel. {Ph}",
        "Name: {N}\nAddress line 1: {As}\nCity: {city}\nPhone: {Ph}",
        "first_name,last_name,email,opt_in\n{Ng},{Nsx},{Me},yes\n{Ng},{Nsx},{Me},no",
        "name;iban;amount\n{N};{Ib};{amt}",
        "Patient: {Nr}\nDOB: {date}\nSSN: {Ss}",
        "Dear {ttl} {Ns},\n\nyour card {Cc} has been replaced.\n\nYours sincerely,\n{N}",
        "Thanks to {N}, {N} and {N} for the help this week!\n\n-- {Ng}",
        "If undeliverable please return to:\n{Am}",
        "Deliver to\n{N}\n{Am}\n{Ph}",
        "Hi team,\n\nthe new office is at {Ad}.\n\nCheers,\n{Ng}",
        "Server inventory\nweb-1 {Ip}\nweb-2 {Ip}\ndb-1 {Ip6}",
        "Employee,SSN,Start\n{N},{Ss},{date}",
        "BEGIN:VCARD\nFN:{N}\nROLE:{roletitle}\nTEL:{Ph}\nEMAIL:{Me}\nEND:VCARD",
        "Landlord: {N}\nProperty:\n{Am}\nRent due: {day}",
        "hey {Ngl}\n\nur parcel went to {As} again lol\n\n{Ngl}",
        "Seating plan, table 4\n- {N}\n- {N}\n- {Nr}",
        "Hello,\nMy name is {N} and I live at {Ad}. Please call me on {Ph}.\nThanks",
        "Attn: {ttl} {Ns}\n{Am}",
        "Emergency contacts\n1. {N} (cousin) {Ph}\n2. {N} (neighbour) {Ph}",
        "Bank details\nAccount name: {N}\nIBAN: {Ib}",
        "Sent from my phone\n\n> On {day}, {N} <{Me}> wrote:\n> can you resend the invoice?",
        "Pickup point\n{Am}\nContact: {Ng} {Ph}",
        'order,customer,ship_to\n{ord},{N},"{Ad}"',
        "IP allowlist request\nrequester: {N}\naddresses: {Ip}, {Ip6}",
        "Card on file\nHolder: {Nu}\nNumber: {Cc}\nExpires: {exp}",
        "Please forward my post to:\n{N}\n{Am}\nfrom {date}.",
    ],
}

# Look-alike templates: no PII slot (``check_templates`` asserts it).
NEGATIVE: dict[str, list[str]] = {
    "chat": [
        "ill mark as read and deal w it after {time}",
        "just bill me for the pizza later, it was {price}",
        "i may be late, trains r a mess, {dur} delay",
        "got the rose gold one in the end, {price}",
        "we will see lol, {n} ppl said maybe",
        "tracking {wb} says out for delivery",
        "order {ord} still not here 🙄",
        "grabbed a coffee at {shop} on the way, {price}",
        "meet at {placen} at {time}?",
        "stuck on {road} again, {dur} and counting",
        "rewatching {work} tonight at {time}, the film not the book",
        "{band} tickets go on sale {day}!!",
        "updated to {ver4} and the wifi broke",
        "its on the {floor}, room {room}, take the lift",
        "the grace period ends {date} so pay before then",
        "that {thing} documentary was so good, {n} mins well spent",
        "card ending {last4} got declined again",
        "wifi box mac is {mac} if u need it",
        "pin drop {lat}, {lon}",
        "isbn {isbn} if u want the same edition",
        "booking ref {nine}, gate {n}",
        "invoice {inv} paid ✅",
        "sue me i forgot, its been {dur}",
        "pat it dry then season both sides, oven at {n}",
        "can u jack up the heating, its {n} degrees in here",
        "shop needs my imei {imei} apparently",
        "that {heading} email was sooo long, {n} paragraphs",
        "lol {roletitle} sent another all-hands for {time}",
        "checksum {hash} matches, file's fine",
        "the {roads} closure added {dur} to my drive",
        "bus {n} then walk up {road}",
    ],
    "ticket": [
        "Waybill {wb} scanned at the hub; ETA {day}.",
        "Order {ord} shipped in two parcels.",
        "Customer quotes tracking {trk}; carrier shows no movement.",
        "Invoice {inv} was issued twice; credit note raised.",
        "Firmware {ver4} fixes the reboot loop reported here.",
        "SNMP OID {oid} returns no data after the upgrade.",
        "Card {badcc} fails the checksum; customer mistyped it.",
        "SSN field held {badssn}, which is not an issuable number; form rejected.",
        "IBAN {badiban} has wrong check digits; asked customer to re-send.",
        "Device MAC {mac}, serial {sku}, under warranty until {date}.",
        "IMEI {imei} is blacklisted by the carrier.",
        "Routing number {aba} belongs to the sender's bank, not ours.",
        "Escalated to {roletitle} on {date}; no reply yet.",
        "Customer wants the {shop} gift card ({price}) refunded.",
        "Delivery to {placen} loading bay only, dock {n}.",
        "Room {room} on the {floor} has no heating.",
        "Please mark as read and close; duplicate of {tkt}.",
        "Will call back after {time}; grace period extended by {n} days.",
        "Bill me later option is not shown at checkout for order {ord}.",
        "May release notes mention the fix in {ver}.",
        "Heading '{heading}' renders twice in the help centre since {ver}.",
        "Caller asked about {thing} merchandise (SKU {sku}); not our product.",
        "Build {build} broke the export; rolled back at {time}.",
        "Request {uuid} timed out after {dur}.",
        "Coordinates on the booking were {lat}, {lon}.",
        "Parcel left at the {road} depot, bay {n}.",
        "ISBN {isbn} is out of print; offered an alternative.",
        "Ticket {tkt} merged into {tkt}.",
        "ZIP+4 {zip4} failed validation on the legacy form.",
        "Masked card {masked} on the receipt matches the order.",
        "Customer Success asked to pause the {band} promo until {date}.",
    ],
    "search": [
        "{fashion} outlet near me {city}",
        "{placen} parking {price}",
        "{road} road trip itinerary {n} days",
        "{band} tour {year}",
        "{work} summary chapter {n}",
        "{thing} wikipedia {year}",
        "rose gold vs silver {fashion} {year}",
        "grace period {n} days credit card meaning",
        "mark as read shortcut gmail {ver}",
        "how to bill me later paypal {year}",
        "may bank holiday {year}",
        "track shipment waybill {wb} customs",
        "track order {ord}",
        "ups {trk}",
        "snmp oid {oid} meaning",
        "version {ver4} changelog",
        "isbn {isbn} paperback used",
        "imei {imei} check",
        "routing number {aba}",
        "mac vendor {mac}",
        "uuid {uuid}",
        "{lat} {lon}",
        "sha256 {hash}",
        "{roletitle} salary {city}",
        "{heading} template {year}",
        "{floor} apartments for rent {city}",
        "{fashion} boots sizing eu {n}",
        "is {badcc} a valid card",
        "{roads} traffic today {time}",
        "how long is {dur}",
        "epoch {epoch} to date",
    ],
    "review": [
        "The rose gold finish scratched within {n} days.",
        "Ordered from {fashion}; arrived in {dur}.",
        "We stayed near {placen} and walked everywhere, {n} minutes max.",
        "Played {band} on repeat the whole {n} km trip.",
        "Better than the {work} film from {year}, honestly.",
        "Took the scenic drive along {road} to get there, {dur} extra.",
        "Room {room} on the {floor} had a view of the car park.",
        "Tracking number {wb} never updated. Two stars.",
        "Order {ord} came with the wrong charger.",
        "After updating to {ver4} the app crashes on launch.",
        "Great value at {price}.",
        "I will buy again, may even get the {n} pack.",
        "Grace period for returns is only {n} days, be quick.",
        "Don't bill me {price} for a service I cancelled!",
        "Customer Success was slow but polite, {n} emails to sort it.",
        "The {thing} exhibit alone is worth the {price} ticket.",
        "Box said ISBN {isbn} but it was a different edition.",
        "Warranty card lists IMEI {imei}, which matches.",
        "Tried with card ending {last4}, no issues.",
        "The {heading} section of the manual (page {n}) is useless.",
        "Our {roletitle} recommended this chair, {price} well spent.",
        "Part {sku} fits the older model too.",
        "Fits like my old {fashion} ones, size {n}.",
        "Delivery slot {time} was respected.",
        "Battery lasted {dur} on a full charge.",
        "Receipt printed a card number {badcc} that isn't even mine, fails the check.",
        "Staff at {placen} were lovely on {date}.",
        "Cheaper than at {shop} by {price}.",
        "Serial {hex8} was printed on the box and the device.",
        "Loud but works. Pat dry after washing at {n} degrees.",
        "Mark this as a must-have for camping, {n} nights tested.",
    ],
    "log": [
        "build={build} version={ver4} status=ok",
        "snmp get {oid} = INTEGER: {n}",
        "request_id={uuid} latency_ms={n}",
        "sha256={hash} file=release.tar.gz",
        "ts={epoch} event=heartbeat node=ingest-{n}",
        "{ts} INFO scheduler tick duration={dur}",
        "order_id={ord} status=shipped carrier=ups tracking={trk}",
        "waybill={wb} hub=DXB scan=arrival",
        "invoice={inv} total={amt} currency=EUR",
        "validate card={badcc} luhn=fail",
        "validate ssn={badssn} result=unissuable",
        "validate iban={badiban} checksum=fail",
        "arp: {mac} is-at port {n}",
        "device imei={imei} registered",
        "geofence check lat={lat} lon={lon} radius={n}m inside=false",
        "ach routing={aba} batch={n}",
        "isbn={isbn} stock={n}",
        "zip={zip4} validated=false",
        "sku={sku} qty={n} warehouse=W{n}",
        'campaign="{heading}" sent={n}',
        'team="{roletitle}" oncall_rotation=weekly members={n}',
        'product="{brand}" price={amt}',
        "pan={masked} auth=approved",
        "job=nightly-export started_at={ts} took={dur}",
        "kernel: usb 1-{n}: new high-speed USB device number {n}",
        "nginx: worker process {n} exited with code 0",
        "ticket={tkt} state=closed reason=duplicate",
        "app version {ver} rollout={n}%",
        "cache hit ratio={pct} keys={n}",
        "sensor={hex8} temp={n}.{n}C",
        "trace span={hex8} parent={hex8} op=checkout",
    ],
    "json": [
        '{{"order_id": "{ord}", "status": "partially_shipped"}}',
        '{{"tracking": "{trk}", "carrier": "UPS"}}',
        '{{"waybill": "{wb}", "pieces": {n}, "hazmat": false}}',
        '{{"invoice": "{inv}", "amount": {amt}}}',
        '{{"firmware": "{ver4}", "channel": "beta", "ota": true}}',
        '{{"oid": "{oid}", "type": "counter"}}',
        '{{"id": "{uuid}", "created": "{ts}"}}',
        '{{"sha256": "{hash}"}}',
        '{{"lat": {lat}, "lng": {lon}, "source": "gps"}}',
        '{{"isbn": "{isbn}", "title": "{work}"}}',
        '{{"imei": "{imei}", "model": "{sku}"}}',
        '{{"routing_number": "{aba}", "type": "ABA"}}',
        '{{"mac": "{mac}", "vendor": "unknown"}}',
        '{{"card": "{badcc}", "luhn_valid": false}}',
        '{{"ssn": "{badssn}", "valid": false}}',
        '{{"iban": "{badiban}", "check_digits_ok": false}}',
        '{{"card_masked": "{masked}"}}',
        '{{"brand": "{brand}", "category": "retail", "stock": {n}}}',
        '{{"venue": "{placen}", "capacity": {n}}}',
        '{{"artist": "{band}", "album_year": {year}}}',
        '{{"subject": "{thing}", "archive_ref": "{nine}"}}',
        '{{"department": "{roletitle}", "headcount": {n}}}',
        '{{"title": "{heading}", "draft": true, "rev": {n}}}',
        '{{"route": "{roads}", "closures": {n}}}',
        '{{"floor": "{floor}", "room": "{room}"}}',
        '{{"epoch_ms": {epoch}, "tz": "UTC"}}',
        '<span data-sku="{sku}" data-price="{price}"></span>',
        "{{'build': '{build}', 'flaky': False}}",
        '{{"zip4": "{zip4}", "valid": false}}',
        '{{"color": "rose gold", "will_ship": "{date}"}}',
        '{{"action": "mark_as_read", "grace_period_days": {n}}}',
    ],
    "multiline": [
        "{heading}\n\n1. Review open items ({n})\n2. Agree owners\n3. AOB",
        "Order {ord}\nWaybill {wb}\nStatus: in transit",
        "Invoice {inv}\nAmount due: {price}\nDue: {date}",
        "Release {ver4}\n- fixes crash on start\n- updates translations",
        "sku,qty,price\n{sku},{n},{amt}\n{sku},{n},{amt}",
        "From: {roletitle}\nSubject: {heading}\n\nPlease read before {day}.",
        "Location\n{placen}\n{floor}, Room {room}",
        "Device\nIMEI: {imei}\nMAC: {mac}",
        "Checksum\n{hash}\nverified {ts}",
        "Book list\n- {work}\n- {work}\n- {work}",
        "Road trip playlist, vol. {n}\n1. {band}\n2. {band}\n3. {band}",
        "Route notes\nTake {road} north for {dur}, then follow signs to {placen}.",
        "Test data (invalid on purpose)\ncard: {badcc}\nssn: {badssn}",
        "Rejected payment\nIBAN: {badiban}\nreason: check digits",
        "Bank routing\nABA: {aba}\nType: checking",
        "Coordinates\nlat {lat}\nlon {lon}",
        "ticket,created,state\n{tkt},{date},closed\n{tkt},{date},open",
        "Shipping label\nTRACKING {trk}\nWEIGHT {n} kg",
        "Hello,\n\nyour order {ord} will arrive {day}.\n\nThe {brand} team",
        "Reminder\nThe grace period ends {date}.\nMark as read once done.",
        "Storm update\n{thing} expected to make landfall {day}.",
        "Opening hours\nMon-Fri {time}-{time}\nSat closed",
        "Build {build}\nDuration {dur}\nResult: passed",
        "Request\nid: {uuid}\nts: {epoch}",
        "Customer Success\nQuarterly numbers attached ({n} pages).\n-- the {roletitle} team",
        "Color: rose gold\nSize: M\nPrice: {price}",
        "Masked card\n{masked}\nExp {exp}",
        "ISBN {isbn}\nEAN {ean}",
        "Venue\n{placen}\nDoors {time}",
        "Asset tag {sku}\nSerial {hex8}\nLocation: {floor}",
        "Changelog\n{ver}\n{ver}\n{ver}",
    ],
}

# -- fillers -------------------------------------------------------------------------------------
CITIES = _items(
    "Tromsø, Ghent, Lübeck, Trieste, Cádiz, Coimbra, Brașov, Plovdiv, Tartu, Kaunas, Sapporo, "
    "Daegu, Mysore, Hobart, Napier, Halifax, Boulder, Mobile, Reno, Spokane"
)
DAYS = _items("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
MONTHS = _items("Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec")
# Phone-shaped waybills and dockets, plus carrier shapes.
WAYBILL_SHAPES = _items(
    "XNN-XNN-NNNN, 0NNNN NNNNNN, NNN NNNN NNNN, 07NNN NNNNNN, +NN NNN NNN NNN, NNN-NNNNNNNN, "
    "NNNN NNNN NN, NN NN NN NN NN"
)
TRACKING_SHAPES = _items(
    "1ZLLLNNNNNNNNNNNNN, NNNN NNNN NNNN, JVGLNNNNNNNNNNNNNNN, LLNNNNNNNNNLL, "
    "92NN NNNN NNNN NNNN NNNN NN"
)
FLOORS = _items(
    "3rd floor, 2nd floor, ground floor, 14th floor, mezzanine, basement level 2, 7th floor"
)


def imei(d: Draw) -> str:
    body = d.pick(("35", "86", "49")) + d.digits(12)
    value = body + luhn_digit(body)
    return d.pick((value, f"{value[:2]} {value[2:8]} {value[8:14]} {value[14]}"))


def bad_ssn(d: Draw) -> str:
    """A never-issued SSN: area 000, 666 or 9xx, or group 00, or serial 0000."""
    kind = d.num(0, 4)
    area = ("000", "666", f"9{d.digits(2)}")[kind] if kind < 3 else f"{d.num(1, 665):03d}"
    group = "00" if kind == 3 else f"{d.num(1, 99):02d}"
    serial = "0000" if kind == 4 else f"{d.num(1, 9999):04d}"
    value = f"{area}{d.pick(('-', ' '))}{group}"
    return f"{value}{value[3]}{serial}"


def masked(d: Draw) -> str:
    return d.pick(
        (
            f"**** **** **** {d.digits(4)}",
            f"XXXX-XXXX-XXXX-{d.digits(4)}",
            f"{d.pick(('4', '5', '3'))}{d.digits(3)} •••• •••• {d.digits(4)}",
        )
    )


def _hex(d: Draw, n: int) -> str:
    return "".join(d.pick("0123456789abcdef") for _ in range(n))


def _date(d: Draw) -> str:
    return f"{d.num(2019, 2026)}-{d.num(1, 12):02d}-{d.num(1, 28):02d}"


def _clock(d: Draw) -> str:
    return f"{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}"


def _isbn(d: Draw) -> str:
    body = d.pick(("978", "979")) + d.digits(9)
    return f"{body[:3]}-{body[3:5]}-{body[5:9]}-{body[9:]}-{check_digit_ean(body)}"


def filler(d: Draw, kind: str) -> str:
    table: dict[str, Callable[[], str]] = {
        "ttl": lambda: d.pick(TITLES),
        "n": lambda: str(d.num(2, 480)),
        "pid": lambda: str(d.num(300, 65000)),
        "room": lambda: f"{d.num(1, 9)}{d.num(0, 4)}{d.num(1, 9)}",
        "day": lambda: d.pick(DAYS),
        "date": lambda: _date(d),
        "time": lambda: f"{d.num(7, 21)}:{d.pick(('00', '15', '30', '45'))}",
        "ts": lambda: f"{_date(d)}T{_clock(d)}Z",
        "clf": lambda: f"{d.num(1, 28):02d}/{d.pick(MONTHS)}/{d.num(2024, 2026)}:{_clock(d)} +0000",
        "epoch": lambda: str(d.num(1_600_000_000, 1_790_000_000)) + d.pick(("", d.digits(3))),
        "port": lambda: str(d.num(1024, 65535)),
        "pfx": lambda: str(d.pick((24, 24, 16, 20, 22, 26, 28))),
        "zip": lambda: d.digits(5),
        "zip4": lambda: f"{d.digits(5)}-{d.digits(4)}",
        "amt": lambda: f"{d.num(3, 4999)}.{d.digits(2)}",
        "pct": lambda: f"0.{d.digits(2)}",
        "price": lambda: d.pick(
            (f"${d.num(4, 640)}.{d.digits(2)}", f"€{d.num(4, 640)}", f"£{d.num(4, 99)}.99")
        ),
        "city": lambda: d.pick(CITIES),
        "exp": lambda: f"{d.num(1, 12):02d}/{d.num(27, 33)}",
        "year": lambda: str(d.num(1998, 2026)),
        "last4": lambda: d.digits(4),
        "nine": lambda: d.digits(9),
        "wb": lambda: pattern(d, d.pick(WAYBILL_SHAPES)),
        "trk": lambda: pattern(d, d.pick(TRACKING_SHAPES)),
        "ord": lambda: pattern(
            d, d.pick(("NNN-NNNNNNN-NNNNNNN", "SO-NNNNNNN", "#NNNNNN", "NNNNNNNNNNNN"))
        ),
        # Letters that ``pattern`` would replace (N, X, L) stay outside the pattern.
        "inv": lambda: d.pick(("INV/", "", "FA ")) + pattern(d, "NNNN/NNNNN"),
        "tkt": lambda: d.pick(("SUP-", "#", "INC ")) + pattern(d, "NNNNNNN"),
        "sku": lambda: pattern(d, d.pick(("LLL-NNNN-LL", "NNNN-NNN-NN", "LNNNNN"))),
        "build": lambda: pattern(d, d.pick(("NNNNNN", "rNNNN", "2NNN.NN.N"))),
        "ver": lambda: f"{d.num(1, 19)}.{d.num(0, 12)}.{d.num(0, 30)}",
        "ver4": lambda: d.pick(
            (
                f"{d.num(1, 10)}.{d.num(0, 9)}.{d.num(0, 9)}.{d.num(0, 200)}",
                f"10.{d.num(1, 4)}.{d.num(0, 9)}.{d.num(1, 254)}",
                f"{d.num(1, 5)}.{d.num(0, 30)}.{d.num(100, 255)}.{d.num(1, 999)}",
            )
        ),
        "oid": lambda: (
            f"1.3.6.1.{d.pick(('2.1', '4.1'))}.{d.num(2, 60000)}.{d.num(1, 20)}.{d.num(0, 9)}"
        ),
        "dur": lambda: d.pick(
            (f"{d.num(2, 59)} min", f"{d.num(1, 9)}h {d.num(1, 59):02d}m", f"{d.num(2, 5)} hours")
        ),
        "hash": lambda: _hex(d, d.pick((40, 64))),
        "hex8": lambda: _hex(d, 8).upper(),
        "uuid": lambda: "-".join(_hex(d, k) for k in (8, 4, 4, 4, 12)),
        "lat": lambda: f"{d.pick(('', '-'))}{d.num(1, 69)}.{d.digits(5)}",
        "lon": lambda: f"{d.pick(('', '-'))}{d.num(1, 179)}.{d.digits(5)}",
        "isbn": lambda: _isbn(d),
        "ean": lambda: (lambda b: b + check_digit_ean(b))(
            d.pick(("400", "590", "871")) + d.digits(9)
        ),
        "mac": lambda: d.pick((":", "-")).join(_hex(d, 2) for _ in range(6)),
        "imei": lambda: imei(d),
        "aba": lambda: aba(d),
        "badcc": lambda: card_format(d, card_digits(d, valid=False)),
        "badssn": lambda: bad_ssn(d),
        "badiban": lambda: iban(d, valid=False),
        "masked": lambda: masked(d),
        "floor": lambda: d.pick(FLOORS),
        "brand": lambda: d.pick(BRANDS),
        "shop": lambda: d.pick(SHOPS),
        "fashion": lambda: d.pick(FASHION),
        "placen": lambda: d.pick(PLACES_NAMED),
        "thing": lambda: d.pick(THINGS_NAMED),
        "band": lambda: d.pick(BANDS),
        "work": lambda: d.pick(WORKS),
        "roletitle": lambda: d.pick(ROLE_TITLES),
        "heading": lambda: d.pick(HEADINGS),
        "road": lambda: d.pick(ROADS),
        "roads": lambda: d.pick(ROADS),
    }
    return table[kind]()


# -- rendering -----------------------------------------------------------------------------------
PERSON_KINDS = frozenset({"N", "Ng", "Ngl", "Ns", "Nsl", "Nsx", "Nl", "Nr", "Nu", "Nsu", "Ni"})
ADDRESS_KINDS = frozenset({"Ad", "Adl", "As", "Am", "Amu"})
PII_KINDS = (
    PERSON_KINDS | ADDRESS_KINDS | {"M", "Me", "Ph", "Phx", "Cc", "Ss", "Ssb", "Ip", "Ip6", "Ib"}
)
SLOT = re.compile(r"\{(\w+)\}")


def address_value(d: Draw, kind: str) -> str:
    a = address(d)
    if kind == "As":
        return a.lines[0]
    if kind in ("Am", "Amu"):
        value = addr_lines(d, a)
        return value.upper() if kind == "Amu" else value
    value = addr_one_line(d, a)
    return value.lower() if kind == "Adl" else value


def pii_value(d: Draw, people: People, kind: str) -> tuple[str, str]:
    """(value, entity_type) for a PII slot."""
    if kind in PERSON_KINDS:
        if kind == "Nsl":
            return people.form("Ns").lower(), "PERSON"
        return people.form(kind), "PERSON"
    if kind in ADDRESS_KINDS:
        return address_value(d, kind), "STREET_ADDRESS"
    values: dict[str, Callable[[], tuple[str, str]]] = {
        "M": lambda: (people.email(), "EMAIL_ADDRESS"),
        "Me": lambda: (people.email(same=True), "EMAIL_ADDRESS"),
        "Ph": lambda: (phone(d), "PHONE_NUMBER"),
        "Phx": lambda: (phone(d, ext=True), "PHONE_NUMBER"),
        "Cc": lambda: (card_format(d, card_digits(d)), "CREDIT_CARD"),
        "Ss": lambda: (ssn(d), "US_SSN"),
        "Ssb": lambda: (ssn_digits(d), "US_SSN"),
        "Ip": lambda: (ipv4(d), "IP_ADDRESS"),
        "Ip6": lambda: (ipv6(d), "IP_ADDRESS"),
        "Ib": lambda: (iban(d), "IBAN_CODE"),
    }
    return values[kind]()


def render(d: Draw, people: People, template: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    for part in re.split(r"(\{\{|\}\}|\{\w+\})", template):
        if part == "{{":
            piece = "{"
        elif part == "}}":
            piece = "}"
        elif SLOT.fullmatch(part):
            kind = part[1:-1]
            if kind in PII_KINDS:
                piece, etype = pii_value(d, people, kind)
                spans.append(
                    {
                        "start": length,
                        "end": length + len(piece),
                        "entity_type": etype,
                        "value": piece,
                    }
                )
            else:
                piece = filler(d, kind)
        else:
            piece = part
        out.append(piece)
        length += len(piece)
    return "".join(out), spans


# -- checks --------------------------------------------------------------------------------------
ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "IP_ADDRESS",
        "IBAN_CODE",
        "STREET_ADDRESS",
    }
)


def street_words(street: str) -> set[str]:
    return _words(street) - STREET_CONNECTORS


def lookalike_words() -> set[str]:
    return {w for pool in LOOKALIKE_POOLS for item in pool for w in name_tokens(item)}


def check_pools() -> None:
    """No name or street word of this set in an earlier gold span, an earlier pool or a
    look-alike pool of this set; enough names and streets left."""
    span_words, pool_words = earlier_span_words(), earlier_pool_words()
    given, family = given_pool(), surname_pool()
    assert len({g for _, g in given}) >= MIN_GIVEN, len(given)
    assert len({s for _, s in family}) >= MIN_SURNAMES, len(family)
    look = lookalike_words()
    for _, name in given + family:
        tokens = name_tokens(name)
        assert tokens, name
        assert not tokens & span_words, (name, tokens & span_words)
        assert not tokens & pool_words, (name, tokens & pool_words)
        assert not tokens & look, (name, tokens & look)
    streets = set(all_streets())
    assert len(streets) >= MIN_STREETS, len(streets)
    for street in streets:
        words = street_words(street)
        assert words, street
        assert not words & span_words, (street, words & span_words)
        assert not words & pool_words, (street, words & pool_words)


def check_templates() -> None:
    for table, has_pii in ((POSITIVE, True), (NEGATIVE, False)):
        for register in REGISTERS:
            templates = table[register]
            assert len(templates) >= MIN_TEMPLATES, (register, len(templates))
            assert len(templates) == len(set(templates)), register
            for template in templates:
                kinds = SLOT.findall(template)
                assert any(k in PII_KINDS for k in kinds) == has_pii, template


def check_record(record: dict[str, object]) -> None:
    text = str(record["text"])
    spans = record["spans"]
    assert isinstance(spans, list)
    last = 0
    for span in spans:
        assert text[span["start"] : span["end"]] == span["value"], (text, span)
        assert span["start"] >= last, text
        assert span["end"] > span["start"], text
        last = span["end"]
        value, etype = span["value"], span["entity_type"]
        assert etype in ENTITY_TYPES, etype
        assert value == value.strip(), (text, value)
        if etype == "CREDIT_CARD":
            assert luhn_ok(value), value
        elif etype == "IBAN_CODE":
            assert iban_ok(value), value
        elif etype == "US_SSN":
            assert ssn_valid(value), value
        elif etype == "IP_ADDRESS":
            ipaddress.ip_address(value)
    assert bool(record.get("negative")) == (not spans), text
    if record.get("negative"):
        assert not lookalike_findings(text), (text, lookalike_findings(text))


def lookalike_findings(text: str) -> list[str]:
    """Gold-shaped values in a look-alike text (there must be none): an e-mail, a Luhn-valid
    digit run, an issuable SSN with separators, a mod-97-valid IBAN (set 10's ``gold_like``),
    an IPv6 address or a word of this set's person pools."""
    found = gold_like(text)
    if bad_lookalike(text):
        found.append(text)
    return found


def bad_lookalike(text: str) -> bool:
    """A look-alike must not hold an IPv6 address or a person of this set's pools."""
    for token in re.findall(r"[0-9A-Fa-f:]{6,}", text):
        if token.count(":") >= 2 and "::" in token:
            return True
    words = _words(text)
    return bool(words & NAME_WORDS)


NAME_WORDS = {w for _, n in given_pool() + surname_pool() for w in name_tokens(n)}


def loose_skeleton(record: dict[str, object]) -> str:
    """``skeleton`` with punctuation and runs of white space folded to one space."""
    return re.sub(r"[^\w#]+", " ", skeleton(record)).strip()


DIGIT_RUNS = re.compile(r"\d+")
NOT_WORD = re.compile(r"[^\w#]+")


def _loose(text: str, spans: tuple[tuple[int, int, str], ...]) -> str:
    """``loose_skeleton`` of an earlier record."""
    for start, end, _ in sorted(spans, reverse=True):
        text = text[:start] + "#" + text[end:]
    return NOT_WORD.sub(" ", DIGIT_RUNS.sub("#", text).lower()).strip()


@functools.cache
def earlier_skeletons() -> frozenset[str]:
    return frozenset(_loose(text, spans) for text, spans in _earlier_records())


def check_novelty(records: list[dict[str, object]]) -> None:
    """No text and no text skeleton (punctuation aside) of any earlier file."""
    texts = {text for text, _ in _earlier_records()}
    skeletons = earlier_skeletons()
    for record in records:
        assert record["text"] not in texts, record["text"]
        assert loose_skeleton(record) not in skeletons, record["text"]


# -- build ---------------------------------------------------------------------------------------
def _first_ids() -> dict[tuple[bool, str], int]:
    """template_id of each register's first template: positives by register, then look-alikes."""
    first: dict[tuple[bool, str], int] = {}
    offset = 0
    for negative, table in ((False, POSITIVE), (True, NEGATIVE)):
        for register in REGISTERS:
            first[(negative, register)] = offset
            offset += len(table[register])
    return first


def _batch(
    d: Draw, people: People, negative: bool, register: str, first: int, seen: set[str]
) -> list[dict[str, object]]:
    """PER_REGISTER records of one register and kind; every template used about evenly."""
    templates = (NEGATIVE if negative else POSITIVE)[register]
    order = list(range(len(templates)))
    picks: list[int] = []
    while len(picks) < PER_REGISTER:
        d.rng.shuffle(order)
        picks += order
    batch: list[dict[str, object]] = []
    for index in picks[:PER_REGISTER]:
        for _ in range(200):  # draw again when the text is already in the file
            text, spans = render(d, people, templates[index])
            if text not in seen and not (negative and gold_like(text)):
                break
        else:
            raise RuntimeError(templates[index])
        seen.add(text)
        record: dict[str, object] = {
            "template_id": first + index,
            "text": text,
            "spans": spans,
            "register": register,
        }
        if negative:
            record["negative"] = True
        batch.append(record)
    return batch


def build() -> list[dict[str, object]]:
    check_pools()
    check_templates()
    d = Draw(random.Random(SEED))
    people = People(d)
    first = _first_ids()
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    for negative in (False, True):
        batches = [
            _batch(d, people, negative, register, first[(negative, register)], seen)
            for register in REGISTERS
        ]
        for row in zip(*batches, strict=True):  # interleave the registers
            records.extend(row)
    out = []
    for i, record in enumerate(records):
        record = {"id": i} | record
        check_record(record)
        out.append(record)
    check_novelty(out)
    return out


def summary(records: list[dict[str, object]]) -> dict[str, object]:
    types: Counter[str] = Counter()
    per_register: Counter[str] = Counter()
    texts_with: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for record in records:
        spans = record["spans"]
        assert isinstance(spans, list)
        reg = f"{record['register']}/{'neg' if record.get('negative') else 'pos'}"
        per_register[reg] += 1
        for s in spans:
            etype, value = str(s["entity_type"]), str(s["value"])
            types[etype] += 1
            kinds[f"{record['register']}:{etype}"] += 1
            if etype == "IP_ADDRESS" and ":" in value:
                kinds["ipv6"] += 1
            if etype == "PERSON" and value == value.lower():
                kinds["person_lower"] += 1
            if etype == "PERSON" and value == value.upper():
                kinds["person_upper"] += 1
            if etype == "PERSON" and " " not in value:
                kinds["person_one_word"] += 1
            if etype == "PERSON" and ", " in value:
                kinds["person_surname_comma_given"] += 1
            if "\n" in value:
                kinds["multiline_span"] += 1
        for etype in {str(s["entity_type"]) for s in spans}:
            texts_with[etype] += 1
        if "\n" in str(record["text"]):
            kinds["multiline_text"] += 1
    return {
        "spans": dict(sorted(types.items())),
        "texts_with": dict(sorted(texts_with.items())),
        "per_register": dict(sorted(per_register.items())),
        "kinds": dict(sorted(kinds.items())),
    }


def main() -> None:
    records = build()
    write_set(records, FILE)
    for key, value in summary(records).items():
        print(f"  {key}: {value}")
    positives, negatives = sum(map(len, POSITIVE.values())), sum(map(len, NEGATIVE.values()))
    print(f"  templates: {positives} with PII, {negatives} look-alike")
    print(
        f"  pools: {len(given_pool())} given names, {len(surname_pool())} surnames, "
        f"{len(set(all_streets()))} streets"
    )


if __name__ == "__main__":
    main()
