# ruff: noqa: RUF001
# (RUF001: names, streets and cities are written in their own scripts and with their own
# diacritics, some of which look like ASCII letters.)
"""Sets 6 and 7 of the harder PII corpora, written by one new generator.

- ``data/pii/hard_tune6.jsonl`` (set 6) is a TUNING split.
- ``data/pii/hard_holdout7.jsonl`` (set 7) is NEVER tuned on.

Both have 1,500 sentences with PII spread over seven registers (chat, ticket, search, review,
log, json, multiline) and 1,500 look-alikes without PII (``"negative": true``). The two sets
share the generator code but nothing the rules could fit to: every value pool (given names,
surnames, streets, cities, and the brand/place/organisation names used as look-alikes) is
split by position, even items for set 6 and odd items for set 7, and the templates are two
separate lists per register. Names come from about seventy cultures and were chosen to avoid
the names the earlier sets (``hard_*.jsonl``) show. Nothing comes from the detector's word
lists, and the detector was never run on these files while they were written.

Templates are strings with slots written ``⟨kind⟩`` or ``⟨kind:arg⟩``. PII kinds (see
``PII_KINDS``) become gold spans; every other kind is filler drawn by ``Draw.noise``. A kind
may end in ``_lc`` or ``_uc`` (the value lower- or upper-cased). Person kinds take a person
index (``⟨given:2⟩`` is a second person; a record's ``⟨name⟩``, ``⟨given⟩``, ``⟨surname⟩`` and
``⟨email⟩`` all describe person 1); address and phone kinds take a country code.

Gold conventions follow ``data/pii/README.md``: a street address spans street, unit, city,
region, postal code and country when written together (in fields split apart, such as JSON
keys, CSV columns or labelled form lines, only the street line is an address); a person span
leaves out titles, honorifics and a possessive; "Surname, Given" is one span; a given name
alone (greeting, sign-off, "cc", "assigned to") is a person; an @handle, a user name and the
name inside an e-mail address are not; an IP with a port or in brackets leaves them out; a
phone span keeps its country code, trunk prefix and extension but not a cue such as "tel:".
Company, brand, place, street, storm, band and disease names are never persons, even when a
person's name is in them ("Johnson & Johnson", "Dr. Martens", "Charlotte", "Parkinson's").
Masked values ("**** 4821", "XXX-XX-1234") and checksum-failing cards and IBANs, and SSNs
that cannot be issued (area 000, 666 or 9xx, group 00, serial 0000), are not PII.

Run: ``python -m bench.redaction_corpus_set67`` (seeds 67 and 71; byte-for-byte stable).
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from bench.make_redaction_corpus import NEGATIVE_COUNT, POSITIVES, write_set

T = TypeVar("T")

SEEDS = {6: 67, 7: 71}
FILES = {6: "hard_tune6.jsonl", 7: "hard_holdout7.jsonl"}
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")

# -- people ----------------------------------------------------------------------------------
# culture: (given names, surnames). Comma-separated; a surname may have a particle or two
# words. Split by position inside each culture: even items set 6, odd items set 7.
CULTURES: dict[str, tuple[str, str]] = {
    "yoruba": (
        "Adebayo, Folasade, Olumide, Temitope, Babatunde, Yetunde, Ayodele, Oluwakemi",
        "Adeyinka, Ogunleye, Balogun, Olatunji, Akinola, Fashola, Adesanya, Ogundipe",
    ),
    "igbo": (
        "Chinedu, Nkechi, Obinna, Ifeoma, Uchenna, Adaeze, Ebuka, Chidinma",
        "Okonkwo, Nwosu, Okeke, Nwachukwu, Ezeani, Obiora, Anyanwu, Onwuka",
    ),
    "hausa": (
        "Hadiza, Aminu, Bilkisu, Sani, Nasiru, Halima, Rabi, Umaru",
        "Danjuma, Garba, Lawal, Sule, Dikko, Shehu, Tanko, Yakubu",
    ),
    "akan": (
        "Kwabena, Akosua, Yaw, Adwoa, Kwaku, Efua, Kojo, Afia",
        "Asante, Owusu, Ofori, Appiah, Boakye, Darko, Agyeman, Osei",
    ),
    "ivorian": (
        "Adjoua, Kouadio, Affoué, Yao, Aya, Kouamé",
        "N'Guessan, Kouassi, Bamba, Coulibaly, Kacou, Ouattara",
    ),
    "mande": (
        "Sekou, Oumou, Boubacar, Kadiatou, Fanta, Lassana",
        "Keïta, Diarra, Sangaré, Touré, Camara, Kanté",
    ),
    "wolof": (
        "Mamadou, Awa, Cheikh, Fatou, Moussa, Aminata, Ousmane, Ndeye",
        "Diop, Ndiaye, Sow, Fall, Faye, Gueye, Mbaye, Sarr",
    ),
    "kenyan": (
        "Achieng, Njeri, Baraka, Wairimu, Kiprotich, Nyokabi, Wafula, Atieno",
        "Odhiambo, Kiprono, Wekesa, Njoroge, Chebet, Mutua, Onyango, Kariuki",
    ),
    "ethiopian": (
        "Abebe, Tigist, Yonas, Meron, Hiwot, Selamawit, Bereket, Mekdes",
        "Haile, Girma, Tadesse, Alemu, Gebremedhin, Wolde, Assefa, Mengistu",
    ),
    "somali": (
        "Faadumo, Liban, Ayaan, Cabdullahi, Hamdi, Ubah",
        "Jama, Hirsi, Dirie, Egal, Samatar, Guleed",
    ),
    "nguni": (
        "Nomvula, Themba, Lindiwe, Bongani, Zanele, Sibusiso, Ayanda, Thabo",
        "Dlamini, Nkosi, Khumalo, Ndlovu, Mthembu, Mabaso, Ngcobo, Mahlangu",
    ),
    "congolese": (
        "Dieudonné, Chancelvie, Exaucé, Bienvenu, Fiston, Gloire",
        "Kabongo, Mukendi, Tshibangu, Kalombo, Ngalula, Mbuyi",
    ),
    "rwandan": (
        "Ineza, Keza, Shema, Ganza, Teta, Kalisa",
        "Uwimana, Mugisha, Habimana, Niyonzima, Nshimiyimana, Ishimwe",
    ),
    "malagasy": (
        "Rivo, Haingo, Tahina, Miora, Fanja, Voahirana",
        "Rakotomalala, Andrianarivo, Razafindrakoto, Randriamampionona, Rasoanaivo, Ravelojaona",
    ),
    "amazigh": (
        "Massinissa, Tinhinane, Idir, Dihya, Tiziri, Amastan",
        "Aït Ahmed, Amellal, Ouali, Belkacem, Amrouche, Aït Yahia",
    ),
    "arabic": (
        "Youssef, Rania, Khalid, Noura, Hamza, Salma, Tarek, Dalia, Karim, Reem",
        "al-Mansouri, Khoury, Nasser, El-Amin, Saleh, Bouazizi, al-Farsi, Darwish, Abu-Khalil, "
        "al-Shammari",
    ),
    "persian": (
        "Shirin, Kourosh, Arash, Negar, Babak, Roya, Farzaneh, Siavash",
        "Hosseini, Rahimi, Karimi, Moradi, Farahani, Jafari, Sadeghi, Ghorbani",
    ),
    "afghan": (
        "Zarmina, Wahid, Fereshta, Ajmal, Malalai, Habibullah",
        "Popal, Wardak, Ahmadzai, Stanekzai, Noorzai, Safi",
    ),
    "turkish": (
        "Emre, Zeynep, Burak, Elif, Oğuz, Gülşen, Çağlar, Şebnem, Barış, Ebru",
        "Öztürk, Demir, Şahin, Çelik, Aydın, Yıldız, Doğan, Kılıç, Aksoy, Güneş",
    ),
    "kurdish": (
        "Rojda, Azad, Berfin, Şivan, Hêvî, Dilovan",
        "Zebari, Hawrami, Amedi, Barzinji, Kakayi, Dosky",
    ),
    "armenian": (
        "Armen, Lusine, Hovhannes, Nare, Gor, Siranush, Vardan, Astghik",
        "Sargsyan, Grigoryan, Avetisyan, Harutyunyan, Mkrtchyan, Ghazaryan, Vardanyan, Manukyan",
    ),
    "georgian": (
        "Levan, Tamar, Ketevan, Irakli, Davit, Eka, Zurab, Mariam",
        "Gelashvili, Lomidze, Tsiklauri, Maisuradze, Chkheidze, Japaridze, Abashidze, Kiknadze",
    ),
    "azerbaijani": (
        "Elnur, Aysel, Rashad, Günay, Tural, Nigar, Orkhan, Sevinj",
        "Aliyev, Mammadova, Huseynov, Guliyeva, Hasanov, Ismayilov, Babayeva, Rzayev",
    ),
    "north_caucasian": (
        "Akhmed, Zalina, Magomed, Zarema, Shamil, Aminat",
        "Magomedov, Gadzhiev, Umarov, Tsaraeva, Dzhabrailov, Sultanov",
    ),
    "kazakh": (
        "Aruzhan, Daniyar, Yerzhan, Madina, Askar, Saule, Dauren, Aigul",
        "Zhaksylykov, Abenova, Seitkali, Bekmukhambetov, Omarov, Dzhaksybekova, Nurpeisova, "
        "Kassymov",
    ),
    "central_asian": (
        "Dilshod, Nodira, Sherzod, Gulnora, Jasur, Zarina, Aibek, Cholpon, Farrukh, Manizha",
        "Yusupov, Rakhimova, Abdullaev, Nazarova, Ergashev, Usmonov, Osmonaliev, Toktogulova, "
        "Rahmonov, Saidova",
    ),
    "mongolian": (
        "Oyunchimeg, Enkhjargal, Tsetseg, Temuulen, Munkhbat, Sarantuya",
        "Gantulga, Tserendorj, Dashdorj, Purevdorj, Enkhbold, Batsukh",
    ),
    "russian": (
        "Alexei, Yekaterina, Mikhail, Tatyana, Grigory, Lyudmila, Vsevolod, Yelena",
        "Smirnov, Volkova, Sokolov, Lebedeva, Morozov, Zaitseva, Golubev, Vinogradova",
    ),
    "ukrainian": (
        "Oleksandr, Kateryna, Bohdan, Olena, Yaroslav, Svitlana, Mykola, Iryna",
        "Kovalenko, Tkachenko, Melnyk, Kravchuk, Lysenko, Hrytsenko, Savchuk, Marchenko",
    ),
    "polish": (
        "Małgorzata, Wojciech, Krzysztof, Bartłomiej, Jadwiga, Paweł, Grzegorz, Bożena",
        "Wójcik, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, Dąbrowski, Kaczmarek",
    ),
    "czech_slovak": (
        "Jiří, Lucie, Tomáš, Markéta, Zuzana, Miroslav, Kateřina, Radek",
        "Beneš, Kratochvíl, Kučerová, Veselý, Horák, Němcová, Pokorný, Sedláček",
    ),
    "hungarian": (
        "Gergely, Réka, Balázs, Csilla, Levente, Ildikó, Ákos, Enikő",
        "Nagy, Tóth, Szabó, Kovács, Varga, Farkas, Molnár, Szűcs",
    ),
    "romanian": (
        "Andrei, Mihai, Bogdan, Ștefan, Oana, Răzvan, Mirela, Ilinca",
        "Dumitrescu, Constantinescu, Stănescu, Munteanu, Țurcanu, Ceban, Lungu, Moldovan",
    ),
    "south_slavic": (
        "Dragan, Jelena, Nikola, Milica, Dražen, Vesna, Goran, Snježana",
        "Petrović, Jovanović, Marković, Kovač, Zupančič, Ilić, Knežević, Pavlović",
    ),
    "albanian_bosnian": (
        "Emir, Amra, Arben, Drita, Blerim, Lejla, Edin, Valbona",
        "Hodžić, Begović, Krasniqi, Berisha, Gashi, Hoxha, Mehmedović, Shala",
    ),
    "bulgarian_macedonian": (
        "Borislav, Desislava, Stoyan, Radka, Blagoja, Tsvetelina",
        "Dimitrov, Georgieva, Stojanovski, Petkova, Todorov, Angelovska",
    ),
    "greek": (
        "Konstantinos, Vasiliki, Georgios, Panagiota, Spyros, Athina, Stavros, Evangelia",
        "Karagiannis, Vlachou, Oikonomou, Papadakis, Christodoulou, Antoniou, Makris, Alexiou",
    ),
    "baltic": (
        "Gintarė, Aistė, Vytautas, Jānis, Ilze, Krišjānis, Līga, Kaarel, Triin, Kadri",
        "Jankauskienė, Petrauskas, Žukauskaitė, Bērziņš, Kalniņa, Ozoliņš, Liepiņa, Tamm, Saar, "
        "Mägi",
    ),
    "finnish": (
        "Aleksi, Tuuli, Juha, Satu, Väinö, Päivi, Ilmari, Siiri",
        "Korhonen, Mäkinen, Heikkinen, Laaksonen, Järvinen, Hämäläinen, Salonen, Rantanen",
    ),
    "nordic": (
        "Þóra, Einar, Halldóra, Ragnar, Solveig, Øystein, Kjersti, Mikkel, Signe, Torbjørn",
        "Gunnarsson, Halvorsen, Bakke, Haugland, Nørgaard, Kristiansen, Lindholm, Åberg, Sjöberg, "
        "Magnúsdóttir",
    ),
    "german": (
        "Jörg, Anneliese, Ulrike, Matthias, Friederike, Götz, Anna-Lena, Klaus-Peter",
        "Schröder, Weißmann, Köhler, Fuchs, Zimmermann, Brunner, Gschwend, von Arnim",
    ),
    "dutch_flemish": (
        "Joost, Femke, Sander, Marieke, Bram, Lieke, Wouter, Anouk",
        "de Vries, van den Broek, Visser, van Dijk, Vermeulen, De Smet, Peeters, Mertens, "
        "van der Linde, van der Heijden",
    ),
    "french": (
        "Étienne, Margaux, Théo, Solène, Gaëlle, Benoît, Maëlys, Loïc, Jean-Baptiste, Marie-Claire",
        "Lefebvre, Girard, Fontaine, Le Gall, Chevalier, Rousseau, Tremblay, Gagnon, Bouchard, "
        "Morin",
    ),
    "italian": (
        "Alessandro, Chiara, Lorenzo, Francesca, Niccolò, Ilaria, Gianluca, Benedetta",
        "Russo, Colombo, Ricci, Marino, Greco, De Luca, Conti, Barbieri",
    ),
    "iberian": (
        "Nerea, Jordi, Montserrat, Xabier, Itziar, Álvaro, Rocío, Unai",
        "Vilanova, de la Fuente, Núñez, Ibáñez, Castellví, Goikoetxea, García-Márquez, Arrieta",
    ),
    "portuguese_brazilian": (
        "João, Conceição, Caio, Luana, Gonçalo, Leonor, Vinícius, Thaís",
        "dos Santos, Carvalho, Gonçalves, Araújo, Magalhães, da Costa, Ribeiro, Nascimento",
    ),
    "latin_american": (
        "Ximena, Guadalupe, Joaquín, Yesenia, Maximiliano, Florencia, Wilmer, Yuliana",
        "Hernández, Ramírez, Villalobos, Echeverría, Zúñiga, Cárdenas, Bustamante, Sepúlveda",
    ),
    "andean": (
        "Inti, Amaru, Sumaq, Wayra, Nayra, Yupa",
        "Huanca, Condori, Huenchullán, Painemal, Llancaqueo, Choque, Apaza, Ticona",
    ),
    "mesoamerican": (
        "Itzel, Nicté, Citlali, Xóchitl, Tonatiuh, Yaretzi",
        "Canché, Pech, Tzuc, Balam, Cocom, Chablé",
    ),
    "north_american_indigenous": (
        "Nizhoni, Sakari, Aputsiaq, Tayanita, Chayton, Ahanu",
        "Begay, Yazzie, Tsosie, Benally, Two Bulls, Iron Cloud, Manuelito, Nakai",
    ),
    "pacific": (
        "Leilani, Keoni, Malia, Kalani, Sione, Losana, Mele, Viliami, Seini, Tevita",
        "Kahananui, Akana, Kealoha, Kamakau, Fonoti, Taufa, Vaipulu, Tupou, Waqa, Nakarawa",
    ),
    "maori": (
        "Wiremu, Tamati, Mere, Rangi, Ngaio, Hēmi, Anahera, Rāwiri",
        "Te Whiti, Tipene, Tamihana, Horomona, Waititi, Pōmare, Rēweti, Te Huia",
    ),
    "north_indian": (
        "Aditya, Siddharth, Anjali, Rohan, Nandini, Ishita, Vikram, Tanvi",
        "Chatterjee, Banerjee, Deshpande, Kulkarni, Mehta, Joshi, Trivedi, Bhattacharya",
    ),
    "south_indian": (
        "Meenakshi, Venkatesh, Lakshmi, Prakash, Karthik, Divya, Srinivas, Aishwarya",
        "Venkataraman, Reddy, Naidu, Menon, Pillai, Nair, Krishnamurthy, D'Souza, Noronha",
    ),
    "punjabi": (
        "Harpreet, Gurpreet, Jaspreet, Manjit, Navdeep, Simran",
        "Gill, Sandhu, Dhillon, Grewal, Sidhu, Bains",
    ),
    "pakistani_bangladeshi": (
        "Usman, Bilal, Nusrat, Sadia, Farhan, Rukhsana, Imran, Mahbub",
        "Chaudhry, Qureshi, Siddiqui, Akhtar, Malik, Sheikh, Talukder, Bhuiyan",
    ),
    "himalayan_sinhala": (
        "Kasun, Pasang, Sunita, Tenzin, Pema, Dorji, Sonam, Chaminda",
        "Jayasuriya, Wickramasinghe, Gurung, Tamang, Bandara, Rai, Dissanayake, Lama",
    ),
    "vietnamese": (
        "Thảo, Minh, Tuấn, Phương, Hằng, Khánh, Vy, Duy",
        "Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ",
    ),
    "mainland_southeast_asian": (
        "Kanya, Narong, Ploy, Anong, Sokha, Chenda, Bounmy, Kittisak",
        "Wongsakul, Thongchai, Rattanakorn, Chea, Heng, Phommachanh, Boonmee, Saetang",
    ),
    "filipino": (
        "Jericho, Rodel, Liezel, Jhun, Rowena, Arnel, Kristine, Marivic",
        "Macaraeg, Villanueva, Dimaculangan, Mercado, Manalo, Tolentino, Pangilinan, Dizon",
    ),
    "malay_indonesian": (
        "Wahyu, Ratna, Dewi, Agus, Siti, Farid, Azlan, Nurhaliza, Bambang, Intan",
        "Kusuma, Hidayat, Setiawan, Nasution, bin Osman, binti Yusof, Simanjuntak, Harahap, "
        "Sitompul, Siregar",
    ),
    "burmese": (
        "Aung, Thida, Zaw, Khin, Thiri, Nandar",
        "Kyaw, Htun, Myint, Naing, Oo, Thein",
    ),
    "chinese": (
        "Xiaoming, Yuxuan, Haoran, Jiayi, Zihan, Meiling, Jianguo, Ruoxi, Ka Ho, Wing Yan",
        "Liu, Wang, Zhou, Huang, Xu, Guo, Lam, Cheung, Tsang, Ng, Chan, Sun",
    ),
    "japanese": (
        "Haruto, Sakura, Ren, Aoi, Kenta, Misaki, Daisuke, Yūna, Shōta, Akane",
        "Watanabe, Yamamoto, Kobayashi, Inoue, Ishikawa, Fujita, Matsumoto, Saitō, Ōno, Hayashi",
    ),
    "korean": (
        "Ha-eun, Do-yoon, Ji-ho, Su-bin, Hyun-woo, Eun-ji, Jae-sung, Min-seo",
        "Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Hwang, Baek",
    ),
    "hebrew": (
        "Avi, Shira, Yael, Itamar, Tzipora, Oren, Liat, Dror",
        "Levi, Peretz, Avraham, Katz, Shapiro, Ben-Ami, Dahan, Biton",
    ),
    "celtic": (
        "Niamh, Oisín, Aoife, Cillian, Saoirse, Eilidh, Rhiannon, Dafydd, Gwenllian, Iain",
        "Ó Briain, Mac Giolla, MacDonald, Campbell, Llewellyn, Pritchard, Ó Súilleabháin, "
        "Gallagher, Ní Dhomhnaill, Cadwaladr",
    ),
    "anglo": (
        "Brittany, Tyler, Kayla, Bradley, Shannon, Dwayne, Latoya, DeShawn, Jaylen, Courtney",
        "Whitfield, Thornton, Caldwell, Hargreaves, Pennington, Blackwood, Ashworth, Washington, "
        "Featherstone, Ramsbottom",
    ),
    "haitian_caribbean": (
        "Wislande, Jean-Robert, Fabiola, Fritznel, Nadège, Widlyne",
        "Pierre-Louis, Toussaint, Dorvil, Saint-Fleur, Jean-Gilles, Desrosiers",
    ),
}
# Written family name first (often, not always) in these cultures.
FAMILY_FIRST = {"chinese": 0.6, "japanese": 0.4, "korean": 0.6, "vietnamese": 0.6, "hungarian": 0.6}
# Two surnames (paternal and maternal) in these cultures, sometimes.
DOUBLE_SURNAME = {"iberian": 0.4, "latin_american": 0.5, "portuguese_brazilian": 0.35}
VIETNAMESE_MIDDLE = ("Văn", "Thị")
# Lower-cased words that are not name tokens (particles, middle names shared by both sets).
PARTICLES = frozenset(
    "van den der de la del da dos das von al el bin binti le ó ní mac te aït văn thị".split()  # noqa: SIM905
)

TITLES = ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr.", "Dr", "Prof.", "Mx")


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _half(pool: Sequence[T], half: int) -> list[T]:
    """Even positions for set 6 (half 0), odd ones for set 7 (half 1)."""
    return list(pool[half::2])


def name_tokens(name: str) -> set[str]:
    """The lower-cased tokens of a person's name, without particles and initials."""
    tokens = set()
    for token in re.split(r"[\s,]+", name.lower()):
        token = token.strip(".")
        if len(token) > 1 and token not in PARTICLES:
            tokens.add(token)
    return tokens


# -- drawing ---------------------------------------------------------------------------------
class Draw:
    """Random draws for one set: ``half`` picks that set's half of every split pool."""

    def __init__(self, rng: random.Random, half: int) -> None:
        self.rng = rng
        self.half = half

    def pick(self, pool: Sequence[T]) -> T:
        return pool[self.rng.randrange(len(pool))]

    def h(self, pool: Sequence[T]) -> T:
        """A value from this set's half of ``pool``."""
        return self.pick(_half(pool, self.half))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def num(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return self.rng.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))


# -- street addresses ------------------------------------------------------------------------
@dataclass
class Addr:
    """One address: its lines as written on an envelope, and its one-line form."""

    lines: list[str]
    countries: tuple[str, ...]
    one: str = ""
    street: str = ""

    def __post_init__(self) -> None:
        self.one = self.one or ", ".join(self.lines)
        self.street = self.street or self.lines[0]


US_STREETS = _items(
    "Sycamore, Dogwood, Cottonwood, Mesquite, Tamarack, Buckeye, Palmetto, Bluebonnet, Larkspur, "
    "Quail Run, Pinecrest, Stonebridge, Foxglove, Windmill, Persimmon, Red Bud, Sagebrush, "
    "Cypress Hollow, Bramblewood, Old Mill, Deer Creek, Saddle Ridge, Honeysuckle, Copperfield"
)
US_TYPES = (
    "St",
    "St.",
    "Street",
    "Ave",
    "Ave.",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Pl",
    "Ter",
    "Pkwy",
    "Way",
    "Cir",
    "Trl",
)
US_PLACES = [
    ("Boise", "ID", "837"),
    ("Duluth", "MN", "558"),
    ("Tacoma", "WA", "984"),
    ("Chattanooga", "TN", "374"),
    ("Lubbock", "TX", "794"),
    ("Des Moines", "IA", "503"),
    ("Reno", "NV", "895"),
    ("Provo", "UT", "846"),
    ("Spokane", "WA", "992"),
    ("Flagstaff", "AZ", "860"),
    ("Bangor", "ME", "044"),
    ("Billings", "MT", "591"),
    ("Erie", "PA", "165"),
    ("Akron", "OH", "443"),
    ("Tulsa", "OK", "741"),
    ("Savannah", "GA", "314"),
    ("Ann Arbor", "MI", "481"),
    ("Burlington", "VT", "054"),
    ("Santa Fe", "NM", "875"),
    ("Anchorage", "AK", "995"),
]
US_COUNTRIES = ("USA", "United States", "US", "U.S.A.")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def addr_us(d: Draw) -> Addr:
    number = str(d.num(1, 9999) if d.chance(0.85) else d.num(10000, 45999))
    if d.chance(0.15):
        street = f"{d.pick('NSEW')} {_ordinal(d.num(2, 120))} {d.pick(['St', 'Ave', 'Street'])}"
    else:
        prefix = d.pick(["N ", "S ", "E ", "W ", "NE ", "SW "]) if d.chance(0.15) else ""
        street = f"{prefix}{d.h(US_STREETS)} {d.pick(US_TYPES)}"
    city, state, zip3 = d.h(US_PLACES)
    zip_ = zip3 + d.digits(2) + (f"-{d.digits(4)}" if d.chance(0.2) else "")
    unit = ""
    if d.chance(0.35):
        unit = d.pick(
            [
                f"Apt {d.num(1, 30)}{d.pick('ABCDEF')}",
                f"Apt. {d.num(1, 420)}",
                f"Unit {d.num(1, 60)}",
                f"#{d.num(100, 999)}",
                f"Suite {d.num(100, 1900)}",
                f"Ste {d.num(100, 900)}",
                f"Fl {d.num(2, 30)}",
            ]
        )
    line1 = f"{number} {street}"
    locality = f"{city}, {state} {zip_}" if d.chance(0.8) else f"{city} {state} {zip_}"
    if unit and d.chance(0.4):
        return Addr([line1, unit, locality], US_COUNTRIES, street=f"{line1}, {unit}")
    first = f"{line1}{d.pick([', ', ' '])}{unit}" if unit else line1
    return Addr([first, locality], US_COUNTRIES)


CA_STREETS = _items(
    "Portage, Jasper, Cartier, Dundas, Saint-Urbain, Spadina, Barrington, Whyte, Gorge, "
    "Lakeshore, Quinpool, Osborne, Agricola, Broadview"
)
CA_TYPES = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Crescent", "Drive")
CA_PLACES = [
    ("Winnipeg", "MB", "R3"),
    ("Halifax", "NS", "B3"),
    ("Regina", "SK", "S4"),
    ("Kelowna", "BC", "V1"),
    ("Sherbrooke", "QC", "J1"),
    ("Moncton", "NB", "E1"),
    ("Saskatoon", "SK", "S7"),
    ("Gatineau", "QC", "J8"),
    ("Hamilton", "ON", "L8"),
    ("Victoria", "BC", "V8"),
]
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def addr_ca(d: Draw) -> Addr:
    city, prov, fsa = d.h(CA_PLACES)
    postal = f"{fsa}{d.pick(CA_LETTERS)} {d.digits(1)}{d.pick(CA_LETTERS)}{d.digits(1)}"
    street = f"{d.h(CA_STREETS)} {d.pick(CA_TYPES)}"
    if d.chance(0.2):
        street += d.pick([" W", " East", " NW", " S"])
    number = d.num(1, 3999)
    line1 = d.pick(
        [
            f"{number} {street}",
            f"{d.num(1, 40)}-{number} {street}",
            f"Unit {d.num(1, 40)}, {number} {street}",
            f"Apt {d.num(101, 2405)}, {number} {street}",
        ]
    )
    sep = d.pick([" ", "  ", ", "])
    return Addr([line1, f"{city} {prov}{sep}{postal}"], ("Canada", "CA"))


GB_STREETS = _items(
    "Hollybush Lane, Coppice Road, Foxhall Close, Tanner's Row, Bramley Gardens, Wheatsheaf Lane, "
    "Glebe Road, Rectory Mews, Pinfold Street, Furlong Way, Mill Race Walk, Chantry Grove, "
    "Beech Rise, Gorse Hill, Quarry Bank, Sandpiper Drive, Lavender Terrace, Orchard Croft"
)
GB_PLACES = [
    ("Harrogate", "HG"),
    ("Shrewsbury", "SY"),
    ("Ipswich", "IP"),
    ("Carlisle", "CA"),
    ("Dundee", "DD"),
    ("Swansea", "SA"),
    ("Inverness", "IV"),
    ("Truro", "TR"),
    ("Wrexham", "LL"),
    ("Lincoln", "LN"),
    ("Stockport", "SK"),
    ("Colchester", "CO"),
]
GB_LOCALITIES = _items("Littlebrook, Ashby Magna, Upper Hale, Kirkby Moor, Nether Wold, Eastfield")
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def addr_gb(d: Draw) -> Addr:
    town, area = d.h(GB_PLACES)
    postcode = f"{area}{d.num(1, 29)} {d.num(0, 9)}{d.pick(GB_INWARD)}{d.pick(GB_INWARD)}"
    street = f"{d.num(1, 240)} {d.h(GB_STREETS)}"
    lines = []
    if d.chance(0.25):
        lines.append(d.pick([f"Flat {d.num(1, 24)}", f"Flat {d.num(1, 9)}{d.pick('ABC')}"]))
    lines.append(street)
    if d.chance(0.2):
        lines.append(d.h(GB_LOCALITIES))
    town_text = town.upper() if d.chance(0.3) else town
    if d.chance(0.5):
        lines += [town_text, postcode]
        one = ", ".join(lines[:-1]) + f" {postcode}"
    else:
        lines.append(f"{town_text} {postcode}")
        one = ", ".join(lines)
    if lines[0].startswith("Flat"):
        return Addr(
            lines, ("United Kingdom", "UK", "England"), one=one, street=f"{lines[0]}, {street}"
        )
    return Addr(lines, ("United Kingdom", "UK", "Scotland", "Wales"), one=one)


IE_STREETS = _items(
    "Belgard Heights, Knocknacarra Road, Sandymount Avenue, Ballinteer Park, Dalkey Grove, "
    "Clontarf Lawn, Rathgar Terrace, Ardilaun Drive, Glasnevin Hill, Shanakiel Road"
)
IE_PLACES = [
    ("Dublin 24", "D24"),
    ("Galway", "H91"),
    ("Dublin 4", "D04"),
    ("Dublin 16", "D16"),
    ("Cork", "T12"),
    ("Limerick", "V94"),
    ("Sligo", "F91"),
    ("Kilkenny", "R95"),
]
IE_COUNTIES = {
    "Galway": "Co. Galway",
    "Cork": "Co. Cork",
    "Limerick": "Co. Limerick",
    "Sligo": "Co. Sligo",
    "Kilkenny": "Co. Kilkenny",
}


def addr_ie(d: Draw) -> Addr:
    town, key = d.h(IE_PLACES)
    eir = "ACDEFHKNPRTVWXY"
    eircode = f"{key} {d.letters(1, eir)}{d.digits(1)}{d.letters(1, eir)}{d.digits(1)}"
    lines = [f"{d.num(1, 180)} {d.h(IE_STREETS)}", town]
    if town in IE_COUNTIES:
        lines.append(IE_COUNTIES[town])
    lines.append(eircode)
    return Addr(lines, ("Ireland", "Éire"))


DE_STREETS = _items(
    "Eichendorffstraße, Hölderlinweg, Am Mühlbach, Kastanienallee, Wilhelm-Busch-Straße, "
    "Holunderweg, Fontanestr., Unter den Eichen, Ahornring, Lessingplatz, Schäferkamp, "
    "Brückenstraße, Im Wiesengrund, Königsberger Str., Auf der Heide, Rosenthaler Straße"
)
DE_PLACES = [
    ("Freiburg im Breisgau", "79"),
    ("Würzburg", "97"),
    ("Göttingen", "37"),
    ("Regensburg", "93"),
    ("Lübeck", "23"),
    ("Osnabrück", "49"),
    ("Erfurt", "99"),
    ("Rostock", "18"),
    ("Heidelberg", "69"),
    ("Bielefeld", "33"),
]


def addr_de(d: Draw) -> Addr:
    city, plz2 = d.h(DE_PLACES)
    number = f"{d.num(1, 180)}{d.pick('abc') if d.chance(0.15) else ''}"
    lines = [f"{d.h(DE_STREETS)} {number}"]
    if d.chance(0.15):
        lines.append(
            d.pick(["Hinterhaus", f"{d.num(1, 5)}. OG", "Aufgang B", f"Whg. {d.num(1, 20)}"])
        )
    lines.append(f"{'D-' if d.chance(0.1) else ''}{plz2}{d.digits(3)} {city}")
    street = ", ".join(lines[:-1])
    return Addr(lines, ("Germany", "Deutschland", "DE"), street=street)


AT_STREETS = _items(
    "Zieglergasse, Lerchenfelder Straße, Gumpendorfer Straße, Schönbrunner Straße, Praterstraße, "
    "Annenstraße, Landstraßer Hauptstraße, Sechshauser Straße, Josefstädter Straße, Kaiserstraße"
)
AT_PLACES = [
    ("Wien", "1070"),
    ("Graz", "8020"),
    ("Linz", "4020"),
    ("Salzburg", "5020"),
    ("Innsbruck", "6020"),
    ("Klagenfurt", "9020"),
    ("Wien", "1150"),
    ("Wien", "1030"),
]


def addr_at(d: Draw) -> Addr:
    city, plz = d.h(AT_PLACES)
    number = d.pick(
        [
            f"{d.num(1, 140)}",
            f"{d.num(1, 140)}/{d.num(1, 30)}",
            f"{d.num(1, 140)}/{d.num(1, 4)}/{d.num(1, 30)}",
            f"{d.num(1, 90)}/Top {d.num(1, 25)}",
        ]
    )
    prefix = "A-" if d.chance(0.2) else ""
    return Addr([f"{d.h(AT_STREETS)} {number}", f"{prefix}{plz} {city}"], ("Austria", "Österreich"))


CH_STREETS = _items(
    "Seefeldstrasse, Limmatquai, Bundesgasse, Aarbergergasse, Chemin de Bellerive, Rue du Rhône, "
    "Via Nassa, Spalenberg, Badenerstrasse, Avenue de la Gare"
)
CH_PLACES = [
    ("Zürich", "8008"),
    ("Bern", "3011"),
    ("Basel", "4051"),
    ("Lausanne", "1007"),
    ("Genève", "1204"),
    ("Lugano", "6900"),
    ("Luzern", "6004"),
    ("St. Gallen", "9000"),
]


def addr_ch(d: Draw) -> Addr:
    city, plz = d.h(CH_PLACES)
    prefix = "CH-" if d.chance(0.3) else ""
    return Addr(
        [f"{d.h(CH_STREETS)} {d.num(1, 160)}", f"{prefix}{plz} {city}"],
        ("Switzerland", "Schweiz", "Suisse"),
    )


FR_STREETS = _items(
    "rue des Tanneurs, avenue Pasteur, boulevard Gambetta, rue du Général Leclerc, "
    "impasse des Acacias, place de la République, quai Saint-Vincent, chemin des Vignes, "
    "allée des Tilleuls, rue de la Verrerie, cours Lafayette, rue des Écoles"
)
FR_PLACES = [
    ("Toulouse", "31000"),
    ("Montpellier", "34000"),
    ("Strasbourg", "67000"),
    ("Grenoble", "38000"),
    ("Angers", "49000"),
    ("Clermont-Ferrand", "63000"),
    ("Brest", "29200"),
    ("Perpignan", "66000"),
    ("Lyon", "69003"),
    ("Nancy", "54000"),
]


def addr_fr(d: Draw) -> Addr:
    city, cp = d.h(FR_PLACES)
    street = d.h(FR_STREETS)
    if d.chance(0.3):
        street = street[0].upper() + street[1:]
    number = f"{d.num(1, 160)}{d.pick([' bis', ' ter', 'B']) if d.chance(0.12) else ''}"
    lines = []
    if d.chance(0.2):
        lines.append(
            d.pick(
                [
                    f"Bât. {d.pick('ABCD')}, appt {d.num(1, 60)}",
                    f"Résidence Les Pins, appt {d.num(1, 40)}",
                ]
            )
        )
    lines.append(f"{number} {street}")
    lines.append(
        f"{cp} {city.upper() if d.chance(0.4) else city}{' CEDEX' if d.chance(0.05) else ''}"
    )
    return Addr(lines, ("France",), street=", ".join(lines[:-1]))


BE_STREETS = _items(
    "Kortrijksesteenweg, Meir, Vlaanderenstraat, Rue des Bouchers, Rue Royale, Avenue Louise, "
    "Bondgenotenlaan, Rue Saint-Gilles, Brusselsesteenweg, Rue de Fer"
)
BE_PLACES = [
    ("Gent", "9000"),
    ("Antwerpen", "2000"),
    ("Leuven", "3000"),
    ("Liège", "4000"),
    ("Namur", "5000"),
    ("Brugge", "8000"),
    ("Bruxelles", "1050"),
    ("Charleroi", "6000"),
]


def addr_be(d: Draw) -> Addr:
    city, cp = d.h(BE_PLACES)
    street = d.h(BE_STREETS)
    number = str(d.num(1, 260))
    if d.chance(0.3):
        number += d.pick([f" bus {d.num(1, 12)}", f" bte {d.num(1, 12)}", f"/{d.num(1, 9)}"])
    return Addr([f"{street} {number}", f"{cp} {city}"], ("Belgium", "Belgique", "België"))


NL_STREETS = _items(
    "Vondelstraat, Bilderdijkkade, Spaarndammerstraat, Oranjesingel, Wilhelminalaan, Oudegracht, "
    "Nieuwe Binnenweg, Kanaalweg, Boschdijk, Zeelsterstraat, Hooigracht, Van Woustraat"
)
NL_PLACES = [
    "Rotterdam",
    "Eindhoven",
    "Nijmegen",
    "Zwolle",
    "Maastricht",
    "Tilburg",
    "Arnhem",
    "'s-Hertogenbosch",
    "Den Haag",
    "Leeuwarden",
]


def addr_nl(d: Draw) -> Addr:
    number = str(d.num(1, 420))
    number += d.pick(["", "", "", "-II", "hs", "A", f"-{d.num(1, 3)}", " bis"])
    postcode = f"{d.num(1000, 9999)} {d.letters(2, 'ABCEGHJKLMNPRTVWXZ')}"
    sep = d.pick([" ", "  "])
    return Addr(
        [f"{d.h(NL_STREETS)} {number}", f"{postcode}{sep}{d.h(NL_PLACES)}"],
        ("Netherlands", "Nederland", "NL"),
    )


IT_STREETS = _items(
    "Via Cavour, Corso Vittorio Emanuele II, Via dei Mercanti, Via XX Settembre, "
    "Piazza San Francesco, Viale Marconi, Vicolo del Pozzo, Largo Augusto, Via della Spiga, "
    "Corso Matteotti"
)
IT_PLACES = [
    ("Padova", "PD", "35122"),
    ("Verona", "VR", "37121"),
    ("Genova", "GE", "16121"),
    ("Bari", "BA", "70122"),
    ("Palermo", "PA", "90133"),
    ("Trieste", "TS", "34121"),
    ("Perugia", "PG", "06121"),
    ("Lecce", "LE", "73100"),
]


def addr_it(d: Draw) -> Addr:
    city, prov, cap = d.h(IT_PLACES)
    street = f"{d.h(IT_STREETS)}{d.pick([', ', ' '])}{d.num(1, 180)}"
    if d.chance(0.2):
        street += d.pick([f", int. {d.num(1, 20)}", f", scala {d.pick('ABC')}"])
    province = d.pick([f" ({prov})", f" {prov}", ""])
    return Addr([street, f"{cap} {city}{province}"], ("Italy", "Italia"))


ES_STREETS = _items(
    "C/ de Velázquez, Calle de Goya, Avda. de la Constitución, Paseo de Sagasta, "
    "Calle del Marqués de Larios, Plaza de la Reina, Ronda de Toledo, Travesía del Carmen, "
    "Camino de Ronda, Calle Mayor de Triana"
)
ES_PLACES = [
    ("Málaga", "29005"),
    ("Salamanca", "37001"),
    ("Valladolid", "47001"),
    ("Alicante", "03001"),
    ("Córdoba", "14001"),
    ("Pamplona", "31001"),
    ("Santander", "39001"),
    ("Oviedo", "33001"),
]


def addr_es(d: Draw) -> Addr:
    city, cp = d.h(ES_PLACES)
    street = f"{d.h(ES_STREETS)}, {d.num(1, 140)}"
    if d.chance(0.5):
        street += d.pick(
            [
                f", {d.num(1, 9)}º {d.pick('ABCD')}",
                f", {d.num(1, 9)}.º {d.num(1, 4)}.ª",
                f" {d.num(1, 9)}º izq.",
                f", bajo {d.pick('AB')}",
            ]
        )
    province = f" ({city})" if d.chance(0.2) else ""
    return Addr([street, f"{cp} {city}{province}"], ("Spain", "España"))


PT_STREETS = _items(
    "Rua da Prata, Rua dos Fanqueiros, Rua de Santa Catarina, Avenida Almirante Reis, "
    "Travessa do Carmo, Rua Cândido dos Reis, Largo do Rato, Rua do Almada"
)
PT_PLACES = [
    ("Lisboa", "1100"),
    ("Porto", "4000"),
    ("Braga", "4700"),
    ("Coimbra", "3000"),
    ("Aveiro", "3800"),
    ("Faro", "8000"),
    ("Setúbal", "2900"),
    ("Funchal", "9000"),
]


def addr_pt(d: Draw) -> Addr:
    city, cp4 = d.h(PT_PLACES)
    street = f"{d.h(PT_STREETS)}, {d.num(1, 300)}"
    if d.chance(0.5):
        street += d.pick(
            [f", {d.num(1, 8)}º Esq.", f", {d.num(1, 8)}º Dto.", " r/c", f", {d.num(1, 6)}.º A"]
        )
    return Addr([street, f"{cp4}-{d.digits(3)} {city}"], ("Portugal",))


BR_STREETS = _items(
    "Rua das Laranjeiras, Rua Oscar Freire, Rua Haddock Lobo, Rua Voluntários da Pátria, "
    "Avenida Visconde de Pirajá, Rua Barão de Itapetininga, Avenida Sete de Setembro, "
    "Rua Padre Chagas, Rua Pernambuco, Avenida Getúlio Vargas"
)
BR_PLACES = [
    ("São Paulo", "SP", "Jardins", "01"),
    ("Rio de Janeiro", "RJ", "Botafogo", "22"),
    ("Belo Horizonte", "MG", "Savassi", "30"),
    ("Porto Alegre", "RS", "Moinhos de Vento", "90"),
    ("Recife", "PE", "Boa Viagem", "51"),
    ("Curitiba", "PR", "Batel", "80"),
    ("Salvador", "BA", "Barra", "40"),
    ("Fortaleza", "CE", "Meireles", "60"),
]


def addr_br(d: Draw) -> Addr:
    city, uf, bairro, cep2 = d.h(BR_PLACES)
    cep = f"{cep2}{d.digits(3)}-{d.digits(3)}"
    street = f"{d.h(BR_STREETS)}, {d.num(1, 2500)}"
    if d.chance(0.5):
        street += d.pick(
            [
                f", apto {d.num(11, 1804)}",
                f", ap. {d.num(11, 304)}",
                f" - casa {d.num(1, 4)}",
                f", sala {d.num(101, 909)}",
            ]
        )
    if d.chance(0.5):
        return Addr(
            [street, bairro, f"{city} - {uf}", f"CEP {cep}"],
            ("Brazil", "Brasil"),
            one=f"{street} - {bairro}, {city} - {uf}, {cep}",
        )
    return Addr([f"{street} - {bairro}", f"{cep} {city}/{uf}"], ("Brazil", "Brasil"))


MX_STREETS = _items(
    "Av. Insurgentes Sur, Calle Álvaro Obregón, Calle Madero, Av. Hidalgo, Calle Morelos, "
    "Calzada de Tlalpan, Av. Chapultepec, Calle Colima"
)
MX_PLACES = [
    ("Ciudad de México", "CDMX", "Roma Norte", "06700"),
    ("Guadalajara", "Jal.", "Americana", "44160"),
    ("Monterrey", "N.L.", "Obispado", "64060"),
    ("Puebla", "Pue.", "La Paz", "72160"),
    ("Mérida", "Yuc.", "García Ginerés", "97070"),
    ("Querétaro", "Qro.", "Centro", "76000"),
]


def addr_mx(d: Draw) -> Addr:
    city, state, colonia, cp = d.h(MX_PLACES)
    street = f"{d.h(MX_STREETS)} {d.num(1, 3200)}"
    if d.chance(0.4):
        street += d.pick(
            [f" Int. {d.num(1, 40)}", f", Depto. {d.num(101, 904)}", f" Int. {d.pick('ABC')}"]
        )
    return Addr([street, f"Col. {colonia}", f"{cp} {city}, {state}"], ("Mexico", "México"))


AR_STREETS = _items(
    "Av. Corrientes, Av. Santa Fe, Av. Cabildo, Av. Rivadavia, Av. Callao, "
    "Av. Raúl Scalabrini Ortiz, Defensa, Thames"
)
AR_PLACES = [
    ("CABA", "C"),
    ("Rosario", "S"),
    ("Córdoba", "X"),
    ("Mendoza", "M"),
    ("La Plata", "B"),
    ("Mar del Plata", "B"),
]


def addr_ar(d: Draw) -> Addr:
    city, letter = d.h(AR_PLACES)
    cpa = f"{letter}{d.num(1000, 9499)}{d.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    street = f"{d.h(AR_STREETS)} {d.num(100, 5900)}"
    if d.chance(0.6):
        street += d.pick(
            [
                f", Piso {d.num(1, 20)}, Depto. {d.pick('ABCDEF')}",
                f" {d.num(1, 14)}º {d.pick('ABCD')}",
            ]
        )
    return Addr([street, f"{cpa} {city}"], ("Argentina",))


CO_STREETS = _items(
    "Calle 93, Carrera 11, Calle 72, Carrera 43A, Diagonal 40A, Transversal 6, Avenida Calle 26, "
    "Carrera 15, Calle 5 Sur, Carrera 70"
)
CO_PLACES = [
    ("Bogotá", "D.C."),
    ("Medellín", "Antioquia"),
    ("Cali", "Valle del Cauca"),
    ("Barranquilla", "Atlántico"),
    ("Cartagena", "Bolívar"),
    ("Bucaramanga", "Santander"),
]


def addr_co(d: Draw) -> Addr:
    city, dept = d.h(CO_PLACES)
    cross = f"{d.num(1, 120)}{d.pick(['', 'A', 'B'])}-{d.num(1, 99)}"
    street = f"{d.h(CO_STREETS)} {d.pick(['# ', '#', 'No. '])}{cross}"
    if d.chance(0.5):
        street += d.pick(
            [
                f", Apto {d.num(101, 1802)}",
                f", Torre {d.num(1, 5)} Apto {d.num(101, 1802)}",
                f", Local {d.num(1, 30)}",
            ]
        )
    return Addr([street, f"{city}, {dept}"], ("Colombia",))


CL_STREETS = _items(
    "Av. Apoquindo, Av. Irarrázaval, Los Leones, Av. Vicuña Mackenna, Av. Pedro de Valdivia, "
    "Merced, Av. Libertad, Av. Manuel Montt"
)
CL_PLACES = [
    ("Las Condes", "Santiago"),
    ("Ñuñoa", "Santiago"),
    ("Providencia", "Santiago"),
    ("Viña del Mar", "Valparaíso"),
    ("Concepción", "Biobío"),
    ("Temuco", "Araucanía"),
]


def addr_cl(d: Draw) -> Addr:
    comuna, region = d.h(CL_PLACES)
    street = f"{d.h(CL_STREETS)} {d.num(100, 9800)}"
    if d.chance(0.5):
        street += d.pick(
            [f", Depto. {d.num(101, 2104)}", f", Of. {d.num(101, 1201)}", f" dpto {d.num(11, 904)}"]
        )
    return Addr([street, f"{comuna}, {region}"], ("Chile",))


PL_STREETS = _items(
    "ul. Piotrkowska, ul. Świętokrzyska, ul. Grunwaldzka, ul. Kościuszki, al. Jerozolimskie, "
    "ul. Słowackiego, os. Słoneczne, pl. Wolności, ul. Zielona, ul. Ogrodowa"
)
PL_PLACES = [
    ("Lublin", "20"),
    ("Katowice", "40"),
    ("Szczecin", "70"),
    ("Bydgoszcz", "85"),
    ("Toruń", "87"),
    ("Rzeszów", "35"),
    ("Białystok", "15"),
    ("Opole", "45"),
]


def addr_pl(d: Draw) -> Addr:
    city, pc2 = d.h(PL_PLACES)
    number = d.pick(
        [f"{d.num(1, 220)}", f"{d.num(1, 220)}/{d.num(1, 80)}", f"{d.num(1, 99)} m. {d.num(1, 60)}"]
    )
    return Addr(
        [f"{d.h(PL_STREETS)} {number}", f"{pc2}-{d.digits(3)} {city}"], ("Poland", "Polska")
    )


CZ_STREETS = _items(
    "Vinohradská, Národní, Husova, Palackého, Masarykova, Nádražní, Žitná, Bělehradská, "
    "Lidická, Kounicova"
)
CZ_PLACES = [
    ("Praha 2", "120 00"),
    ("Brno", "602 00"),
    ("Ostrava", "702 00"),
    ("Plzeň", "301 00"),
    ("Olomouc", "779 00"),
    ("Liberec", "460 01"),
    ("České Budějovice", "370 01"),
    ("Praha 3", "130 00"),
]


def addr_cz(d: Draw) -> Addr:
    city, psc = d.h(CZ_PLACES)
    number = d.pick([f"{d.num(100, 2600)}/{d.num(1, 90)}", f"{d.num(1, 90)}"])
    return Addr(
        [f"{d.h(CZ_STREETS)} {number}", f"{psc} {city}"], ("Czech Republic", "Czechia", "Česko")
    )


HU_STREETS = _items(
    "Váci utca, Andrássy út, Rákóczi út, Petőfi Sándor utca, Kossuth Lajos tér, Bartók Béla út, "
    "Dózsa György út, Szent István körút"
)
HU_PLACES = [
    ("Budapest", "1052"),
    ("Debrecen", "4024"),
    ("Szeged", "6720"),
    ("Pécs", "7621"),
    ("Győr", "9021"),
    ("Miskolc", "3525"),
    ("Budapest", "1061"),
    ("Budapest", "1137"),
]


def addr_hu(d: Draw) -> Addr:
    city, pc = d.h(HU_PLACES)
    street = f"{d.h(HU_STREETS)} {d.num(1, 120)}."
    if d.chance(0.4):
        street += d.pick(
            [
                f" {d.pick(['I', 'II', 'III', 'IV'])}/{d.num(1, 12)}",
                f" {d.num(1, 6)}. em. {d.num(1, 9)}.",
            ]
        )
    one = d.pick([f"{pc} {city}, {street}", f"{city}, {street}, {pc}"])
    return Addr([city, street, pc], ("Hungary", "Magyarország"), one=one, street=street)


RO_STREETS = _items(
    "Str. Mihai Eminescu, Bd. Unirii, Calea Victoriei, Str. Lipscani, Șos. Kiseleff, "
    "Str. Avram Iancu, Calea Dorobanților, Str. Memorandumului"
)
RO_PLACES = [
    ("București", "sector 3", "03"),
    ("Cluj-Napoca", "", "40"),
    ("Iași", "", "70"),
    ("Timișoara", "", "30"),
    ("Brașov", "", "50"),
    ("București", "sector 1", "01"),
]


def addr_ro(d: Draw) -> Addr:
    city, sector, pc2 = d.h(RO_PLACES)
    street = f"{d.h(RO_STREETS)} nr. {d.num(1, 190)}"
    if d.chance(0.5):
        block = f"{d.pick(['A', 'B', 'M'])}{d.num(1, 30)}"
        street += f", bl. {block}, sc. {d.num(1, 4)}, et. {d.num(1, 10)}, ap. {d.num(1, 80)}"
    locality = f"{sector + ', ' if sector else ''}{city} {pc2}{d.digits(4)}"
    return Addr([street, locality], ("Romania", "România"))


GR_STREETS = [
    ("Ermou", "Ερμού"),
    ("Patision", "Πατησίων"),
    ("Egnatias", "Εγνατίας"),
    ("Tsimiski", "Τσιμισκή"),
    ("Vasilissis Sofias", "Βασιλίσσης Σοφίας"),
    ("Akadimias", "Ακαδημίας"),
    ("Mitropoleos", "Μητροπόλεως"),
    ("Agiou Nikolaou", "Αγίου Νικολάου"),
]
GR_PLACES = [
    ("Athina", "Αθήνα", "105"),
    ("Thessaloniki", "Θεσσαλονίκη", "546"),
    ("Patra", "Πάτρα", "262"),
    ("Irakleio", "Ηράκλειο", "712"),
    ("Larisa", "Λάρισα", "412"),
    ("Volos", "Βόλος", "382"),
]


def addr_gr(d: Draw) -> Addr:
    latin, greek = d.h(GR_STREETS)
    city_latin, city_greek, tk3 = d.h(GR_PLACES)
    tk = f"{tk3} {d.digits(2)}"
    if d.chance(0.35):
        return Addr([f"{greek} {d.num(1, 180)}", f"{tk} {city_greek}"], ("Ελλάδα", "Greece"))
    return Addr([f"{latin} {d.num(1, 180)}", f"{tk} {city_latin}"], ("Greece", "Hellas"))


TR_STREETS = _items(
    "Bağdat Cad., Atatürk Bulvarı, İnönü Cad., Kültür Sok., Moda Cad., Cumhuriyet Cad., "
    "Şair Nedim Sok., Gazi Mustafa Kemal Bulvarı"
)
TR_MAHALLE = _items(
    "Caferağa, Bahçelievler, Kızılay, Alsancak, Teşvikiye, Konak, Kavaklıdere, Suadiye"
)
TR_PLACES = [
    ("Kadıköy", "İstanbul", "34710"),
    ("Çankaya", "Ankara", "06420"),
    ("Konak", "İzmir", "35250"),
    ("Nilüfer", "Bursa", "16110"),
    ("Muratpaşa", "Antalya", "07100"),
    ("Tepebaşı", "Eskişehir", "26010"),
]


def addr_tr(d: Draw) -> Addr:
    district, city, pc = d.h(TR_PLACES)
    street = f"{d.h(TR_MAHALLE)} Mah. {d.h(TR_STREETS)} No: {d.num(1, 240)}"
    if d.chance(0.5):
        street += d.pick([f" Daire: {d.num(1, 30)}", f"/{d.num(1, 30)}", f" D: {d.num(1, 30)}"])
    return Addr([street, f"{pc} {district}/{city}"], ("Turkey", "Türkiye"))


FI_STREETS = _items(
    "Mannerheimintie, Aleksanterinkatu, Hämeenkatu, Kauppakatu, Satamakatu, Puistokatu, "
    "Koivukuja, Rautatienkatu"
)
FI_PLACES = [
    ("Helsinki", "00100"),
    ("Tampere", "33100"),
    ("Turku", "20100"),
    ("Oulu", "90100"),
    ("Jyväskylä", "40100"),
    ("Kuopio", "70100"),
]


def addr_fi(d: Draw) -> Addr:
    city, pc = d.h(FI_PLACES)
    street = f"{d.h(FI_STREETS)} {d.num(1, 90)}"
    if d.chance(0.5):
        street += d.pick(
            [f" {d.pick('ABC')} {d.num(1, 40)}", f" as. {d.num(1, 30)}", f" {d.pick('ABC')}"]
        )
    return Addr([street, f"{pc} {city.upper() if d.chance(0.3) else city}"], ("Finland", "Suomi"))


NO_STREETS = _items(
    "Thorvald Meyers gate, Bogstadveien, Storgata, Kirkeveien, Trondheimsveien, Markveien, "
    "Bygdøy allé, Kongens gate"
)
NO_PLACES = [
    ("Oslo", "0555"),
    ("Bergen", "5003"),
    ("Trondheim", "7011"),
    ("Stavanger", "4006"),
    ("Tromsø", "9008"),
    ("Drammen", "3015"),
]


def addr_no(d: Draw) -> Addr:
    city, pc = d.h(NO_PLACES)
    street = f"{d.h(NO_STREETS)} {d.num(1, 120)}{d.pick(['', '', 'A', 'B'])}"
    if d.chance(0.2):
        street += f", H{d.num(1, 5)}0{d.num(1, 4)}"
    return Addr([street, f"{pc} {city.upper()}"], ("Norway", "Norge"))


DK_STREETS = _items(
    "Nørrebrogade, Vesterbrogade, Jagtvej, Strandvejen, Østerbrogade, Istedgade, Vestergade, "
    "Amagerbrogade"
)
DK_PLACES = [
    ("København N", "2200"),
    ("København Ø", "2100"),
    ("Aarhus C", "8000"),
    ("Odense C", "5000"),
    ("Aalborg", "9000"),
    ("Esbjerg", "6700"),
    ("Roskilde", "4000"),
    ("Frederiksberg", "2000"),
]


def addr_dk(d: Draw) -> Addr:
    city, pc = d.h(DK_PLACES)
    street = f"{d.h(DK_STREETS)} {d.num(1, 220)}{d.pick(['', '', 'A', 'B'])}"
    if d.chance(0.6):
        street += d.pick(
            [f", {d.num(1, 6)}. th.", f", {d.num(1, 6)}. tv.", ", st. mf.", f", {d.num(1, 6)}."]
        )
    return Addr([street, f"{pc} {city}"], ("Denmark", "Danmark"))


JP_AREAS = [
    ("Jingumae", "神宮前", "Shibuya-ku", "渋谷区", "Tokyo", "東京都", "150-00"),
    ("Ebisu", "恵比寿", "Shibuya-ku", "渋谷区", "Tokyo", "東京都", "150-00"),
    ("Sakae", "栄", "Naka-ku", "中区", "Nagoya", "愛知県名古屋市", "460-00"),
    ("Umeda", "梅田", "Kita-ku", "北区", "Osaka", "大阪府大阪市", "530-00"),
    ("Tenjin", "天神", "Chuo-ku", "中央区", "Fukuoka", "福岡県福岡市", "810-00"),
    ("Koenji-minami", "高円寺南", "Suginami-ku", "杉並区", "Tokyo", "東京都", "166-00"),
    ("Nishi-Shinjuku", "西新宿", "Shinjuku-ku", "新宿区", "Tokyo", "東京都", "160-02"),
    ("Sannomiya-cho", "三宮町", "Chuo-ku", "中央区", "Kobe", "兵庫県神戸市", "650-00"),
]


def addr_jp(d: Draw) -> Addr:
    area, area_j, ward, ward_j, city, city_j, pc3 = d.h(JP_AREAS)
    block = f"{d.num(1, 6)}-{d.num(1, 30)}-{d.num(1, 20)}"
    pc = f"{pc3}{d.digits(2)}"
    if d.chance(0.25):
        line = f"〒{pc} {city_j}{ward_j}{area_j}{block}"
        return Addr([line], ("日本", "Japan"))
    room = d.pick(["", "", f"Room {d.num(101, 1204)}, ", f"#{d.num(101, 905)} "])
    return Addr([f"{room}{block} {area}", f"{ward}, {city} {pc}"], ("Japan",))


KR_STREETS = _items(
    "Teheran-ro, Sejong-daero, Olympic-ro, Hakdong-ro, Dosan-daero, Jong-ro, Haeundae-ro, "
    "Gwangbok-ro"
)
KR_PLACES = [
    ("Gangnam-gu", "Seoul", "06"),
    ("Jung-gu", "Seoul", "04"),
    ("Songpa-gu", "Seoul", "05"),
    ("Jongno-gu", "Seoul", "03"),
    ("Haeundae-gu", "Busan", "48"),
    ("Yeonsu-gu", "Incheon", "21"),
]


def addr_kr(d: Draw) -> Addr:
    gu, city, pc2 = d.h(KR_PLACES)
    street = f"{d.num(1, 520)} {d.h(KR_STREETS)}"
    if d.chance(0.3):
        street = f"{d.num(1, 80)} {d.h(KR_STREETS)} {d.num(1, 40)}-gil"
    if d.chance(0.4):
        street = (
            f"Apt {d.num(101, 2304)}, {street}"
            if d.chance(0.5)
            else f"{street}, {d.num(101, 1504)}-ho"
        )
    return Addr([street, f"{gu}, {city} {pc2}{d.digits(3)}"], ("South Korea", "Republic of Korea"))


CN_STREETS = _items(
    "Nanjing West Road, Huaihai Middle Road, Zhongshan North Road, Jiefang Avenue, "
    "Renmin South Road, Wenyi West Road, Tianhe Road, Chang'an Street"
)
CN_PLACES = [
    ("Jing'an District", "Shanghai", "2000"),
    ("Xuhui District", "Shanghai", "2000"),
    ("Xihu District", "Hangzhou", "3100"),
    ("Wuhou District", "Chengdu", "6100"),
    ("Jianghan District", "Wuhan", "4300"),
    ("Nanshan District", "Shenzhen", "5180"),
]


def addr_cn(d: Draw) -> Addr:
    district, city, pc4 = d.h(CN_PLACES)
    street = f"No. {d.num(1, 1800)} {d.h(CN_STREETS)}"
    if d.chance(0.5):
        street = f"Room {d.num(101, 2808)}, Building {d.num(1, 12)}, {street}"
    return Addr([street, district, f"{city} {pc4}{d.digits(2)}"], ("China", "PRC"))


IN_STREETS = _items(
    "MG Road, Linking Road, Anna Salai, Residency Road, Hill Road, Sarjapur Road, "
    "Law College Road, Lokhandwala Road"
)
IN_BUILDINGS = _items(
    "Prestige Shantiniketan, Sai Krupa Apartments, Green Glen Residency, Sunflower CHS, Kalpataru "
    "Towers, Lotus Enclave"
)
IN_PLACES = [
    ("Indiranagar", "Bengaluru", "5600", "Karnataka"),
    ("Bandra West", "Mumbai", "4000", "Maharashtra"),
    ("Adyar", "Chennai", "6000", "Tamil Nadu"),
    ("Jubilee Hills", "Hyderabad", "5000", "Telangana"),
    ("Salt Lake", "Kolkata", "7000", "West Bengal"),
    ("Koregaon Park", "Pune", "4110", "Maharashtra"),
]


def addr_in(d: Draw) -> Addr:
    area, city, pin4, state = d.h(IN_PLACES)
    lines = [
        f"{d.pick(['Flat', 'Flat No.', '#'])} {d.num(101, 1504)}, {d.h(IN_BUILDINGS)}",
        f"{d.num(1, 120)} {d.h(IN_STREETS)}",
        area,
        f"{city} {pin4}{d.digits(2)}",
    ]
    if d.chance(0.5):
        lines[-1] = f"{city} - {pin4}{d.digits(2)}"
        lines.append(state)
    if d.chance(0.3):
        lines = lines[1:]
    return Addr(
        lines, ("India",), street=", ".join(lines[:2]) if not lines[0][0].isdigit() else lines[0]
    )


SG_STREETS = _items(
    "Ang Mo Kio Ave 3, Tampines St 21, Bedok North Rd, Jurong West St 41, Toa Payoh Lor 1, "
    "Clementi Ave 2, Yishun Ring Rd, Bukit Batok West Ave 6"
)


def addr_sg(d: Draw) -> Addr:
    street = f"Blk {d.num(1, 999)}{d.pick(['', '', 'A', 'B'])} {d.h(SG_STREETS)}"
    unit = f"#{d.num(1, 25):02d}-{d.num(1, 400):02d}"
    pc = f"Singapore {d.num(10, 82)}{d.digits(4)}"
    if d.chance(0.5):
        return Addr([f"{street} {unit}", pc], ("Singapore",))
    return Addr([street, unit, pc], ("Singapore",), street=f"{street} {unit}")


AU_STREETS = _items(
    "Wattle St, Banksia Ave, Jacaranda Cres, Kookaburra Ct, Bottlebrush Dr, Ironbark Rd, "
    "Waratah Pde, Bluegum Way, Acacia Close, Grevillea Street"
)
AU_PLACES = [
    ("Randwick", "NSW", "2031"),
    ("Fitzroy", "VIC", "3065"),
    ("Subiaco", "WA", "6008"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"),
    ("Braddon", "ACT", "2612"),
    ("Parap", "NT", "0820"),
]


def addr_au(d: Draw) -> Addr:
    suburb, state, pc = d.h(AU_PLACES)
    number = d.pick(
        [
            f"{d.num(1, 300)}",
            f"{d.num(1, 40)}/{d.num(1, 300)}",
            f"Unit {d.num(1, 40)}, {d.num(1, 300)}",
        ]
    )
    suburb_text = suburb.upper() if d.chance(0.5) else suburb
    return Addr([f"{number} {d.h(AU_STREETS)}", f"{suburb_text} {state} {pc}"], ("Australia",))


NZ_STREETS = _items(
    "Kōwhai Road, Tōtara Avenue, Pōhutukawa Drive, Rimu Street, Karaka Lane, Mānuka Terrace, "
    "Kauri Place, Nīkau Crescent"
)
NZ_PLACES = [
    ("Ponsonby", "Auckland", "1011"),
    ("Mount Victoria", "Wellington", "6011"),
    ("Riccarton", "Christchurch", "8011"),
    ("Frankton", "Hamilton", "3204"),
    ("Roslyn", "Dunedin", "9010"),
    ("Ōtūmoetai", "Tauranga", "3110"),
]


def addr_nz(d: Draw) -> Addr:
    suburb, city, pc = d.h(NZ_PLACES)
    street = f"{d.num(1, 260)}{d.pick(['', '', 'A', 'B'])} {d.h(NZ_STREETS)}"
    lines = [street, suburb, f"{city} {pc}"]
    if d.chance(0.3):
        lines.insert(0, f"Flat {d.num(1, 12)}")
        return Addr(lines, ("New Zealand", "Aotearoa"), street=f"{lines[0]}, {street}")
    return Addr(lines, ("New Zealand", "Aotearoa"))


ZA_STREETS = _items(
    "Jan Smuts Avenue, Bree Street, Rivonia Road, Florida Road, Kloof Street, Beach Road, "
    "Jorissen Street, Buitengracht Street"
)
ZA_PLACES = [
    ("Parkhurst", "Johannesburg", "2193"),
    ("Sea Point", "Cape Town", "8005"),
    ("Morningside", "Durban", "4001"),
    ("Hatfield", "Pretoria", "0083"),
    ("Rondebosch", "Cape Town", "7700"),
    ("Rosebank", "Johannesburg", "2196"),
]


def addr_za(d: Draw) -> Addr:
    suburb, city, pc = d.h(ZA_PLACES)
    street = f"{d.num(1, 400)} {d.h(ZA_STREETS)}"
    if d.chance(0.3):
        complex_ = d.pick(["Bay View", "The Palms", "Oakwood Court", "Sandton Heights"])
        street = f"Unit {d.num(1, 60)}, {complex_}, {street}"
    return Addr([street, suburb, city, pc], ("South Africa", "RSA"))


NG_STREETS = _items(
    "Adeola Odeku Street, Awolowo Road, Ahmadu Bello Way, Akin Adesola Street, Admiralty Way, "
    "Aminu Kano Crescent, Bourdillon Road, Adetokunbo Ademola Crescent"
)
NG_PLACES = [
    ("Victoria Island", "Lagos", "Lagos State"),
    ("Ikoyi", "Lagos", "Lagos State"),
    ("Wuse 2", "Abuja", "FCT"),
    ("Lekki Phase 1", "Lagos", "Lagos State"),
    ("Garki", "Abuja", "FCT"),
    ("GRA", "Port Harcourt", "Rivers State"),
]


def addr_ng(d: Draw) -> Addr:
    area, city, state = d.h(NG_PLACES)
    street = d.pick(
        [
            f"{d.num(1, 300)} {d.h(NG_STREETS)}",
            f"Plot {d.num(1, 2000)}, {d.h(NG_STREETS)}",
            f"Flat {d.num(1, 12)}, {d.num(1, 90)} {d.h(NG_STREETS)}",
        ]
    )
    lines = [street, area, city if d.chance(0.5) else f"{city}, {state}"]
    if d.chance(0.25):
        lines[-1] += f" {d.num(100, 999)}{d.digits(3)}"
    return Addr(lines, ("Nigeria",))


KE_STREETS = _items(
    "Ngong Road, Kindaruma Road, Argwings Kodhek Road, Waiyaki Way, Lenana Road, Muthaiga Road, "
    "Mombasa Road, Riverside Drive"
)
KE_PLACES = [
    ("Kilimani", "Nairobi", "00100"),
    ("Westlands", "Nairobi", "00800"),
    ("Nyali", "Mombasa", "80118"),
    ("Milimani", "Kisumu", "40100"),
    ("Kileleshwa", "Nairobi", "00606"),
    ("Section 58", "Nakuru", "20100"),
]


def addr_ke(d: Draw) -> Addr:
    area, city, pc = d.h(KE_PLACES)
    street = f"{d.num(1, 400)} {d.h(KE_STREETS)}"
    if d.chance(0.5):
        street = f"{d.pick(['Apartment', 'Apt', 'House'])} {d.pick('ABCD')}{d.num(1, 20)}, {street}"
    return Addr([street, area, f"{city} {pc}"], ("Kenya",))


PH_STREETS = _items(
    "Ayala Avenue, Jupiter Street, Kalayaan Avenue, Aguirre Avenue, Tomas Morato Avenue, "
    "Katipunan Avenue, Shaw Boulevard, Mabini Street"
)
PH_PLACES = [
    ("Bel-Air", "Makati City", "1209"),
    ("San Lorenzo", "Makati City", "1223"),
    ("Kapitolyo", "Pasig City", "1603"),
    ("Laging Handa", "Quezon City", "1103"),
    ("Lahug", "Cebu City", "6000"),
    ("Poblacion", "Davao City", "8000"),
]


def addr_ph(d: Draw) -> Addr:
    brgy, city, pc = d.h(PH_PLACES)
    street = f"{d.num(1, 9000)} {d.h(PH_STREETS)}"
    if d.chance(0.5):
        tower = d.pick(["Tower 2", "One Serendra", "Greenbelt Residences", "Avida Towers"])
        street = f"Unit {d.num(101, 3505)}, {tower}, {street}"
    metro = (
        ", Metro Manila"
        if city in {"Makati City", "Pasig City", "Quezon City"} and d.chance(0.6)
        else ""
    )
    return Addr([street, f"Brgy. {brgy}", f"{city} {pc}{metro}"], ("Philippines",))


ID_STREETS = _items(
    "Jl. Kemang Raya, Jl. Braga, Jl. Malioboro, Jl. Diponegoro, Jl. Cikini Raya, "
    "Jl. Sudirman, Jl. Gatot Subroto, Jl. Tunjungan"
)
ID_PLACES = [
    ("Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"),
    ("Braga", "Sumur Bandung", "Bandung", "40111"),
    ("Sosromenduran", "Gedong Tengen", "Yogyakarta", "55271"),
    ("Genteng", "Genteng", "Surabaya", "60275"),
    ("Dauh Puri", "Denpasar Barat", "Denpasar", "80113"),
    ("Petisah Tengah", "Medan Petisah", "Medan", "20112"),
]


def addr_id(d: Draw) -> Addr:
    kel, kec, city, pc = d.h(ID_PLACES)
    street = f"{d.h(ID_STREETS)} No. {d.num(1, 250)}{d.pick(['', '', 'A', 'B'])}"
    if d.chance(0.5):
        street += f", RT {d.num(1, 15):02d}/RW {d.num(1, 12):02d}"
    return Addr([street, f"Kel. {kel}, Kec. {kec}", f"{city} {pc}"], ("Indonesia",))


MY_STREETS = _items(
    "Jalan Bukit Bintang, Jalan Ampang, Jalan Tun Razak, Lorong Maarof, Jalan Gasing, "
    "Jalan SS 2/24, Persiaran Gurney, Jalan Wong Ah Fook"
)
MY_PLACES = [
    ("Kuala Lumpur", "Wilayah Persekutuan", "50"),
    ("Petaling Jaya", "Selangor", "47"),
    ("George Town", "Pulau Pinang", "10"),
    ("Johor Bahru", "Johor", "80"),
    ("Ipoh", "Perak", "30"),
    ("Kota Kinabalu", "Sabah", "88"),
]


def addr_my(d: Draw) -> Addr:
    city, state, pc2 = d.h(MY_PLACES)
    street = f"No. {d.num(1, 120)}, {d.h(MY_STREETS)}"
    if d.chance(0.3):
        street = f"{d.pick(['A', 'B', 'C'])}-{d.num(1, 30)}-{d.num(1, 12)}, {d.h(MY_STREETS)}"
    return Addr([street, f"{pc2}{d.digits(3)} {city}", state], ("Malaysia",))


ADDRESS_FORMATS: dict[str, Callable[[Draw], Addr]] = {
    "US": addr_us,
    "CA": addr_ca,
    "GB": addr_gb,
    "IE": addr_ie,
    "DE": addr_de,
    "AT": addr_at,
    "CH": addr_ch,
    "FR": addr_fr,
    "BE": addr_be,
    "NL": addr_nl,
    "IT": addr_it,
    "ES": addr_es,
    "PT": addr_pt,
    "BR": addr_br,
    "MX": addr_mx,
    "AR": addr_ar,
    "CO": addr_co,
    "CL": addr_cl,
    "PL": addr_pl,
    "CZ": addr_cz,
    "HU": addr_hu,
    "RO": addr_ro,
    "GR": addr_gr,
    "TR": addr_tr,
    "FI": addr_fi,
    "NO": addr_no,
    "DK": addr_dk,
    "JP": addr_jp,
    "KR": addr_kr,
    "CN": addr_cn,
    "IN": addr_in,
    "SG": addr_sg,
    "AU": addr_au,
    "NZ": addr_nz,
    "ZA": addr_za,
    "NG": addr_ng,
    "KE": addr_ke,
    "PH": addr_ph,
    "ID": addr_id,
    "MY": addr_my,
}
# US and UK addresses are the commonest in the hidden corpus's registers; weight them up.
ADDRESS_WEIGHTS = {"US": 6, "GB": 3, "CA": 2, "IN": 2, "AU": 2, "DE": 2}
# Every street pool, for the disjointness check (set 7's streets never appear in set 6).
STREET_POOLS: list[Sequence[str]] = [
    US_STREETS,
    CA_STREETS,
    GB_STREETS,
    IE_STREETS,
    DE_STREETS,
    AT_STREETS,
    CH_STREETS,
    FR_STREETS,
    BE_STREETS,
    NL_STREETS,
    IT_STREETS,
    ES_STREETS,
    PT_STREETS,
    BR_STREETS,
    MX_STREETS,
    AR_STREETS,
    CO_STREETS,
    CL_STREETS,
    PL_STREETS,
    CZ_STREETS,
    HU_STREETS,
    RO_STREETS,
    [g[0] for g in GR_STREETS],
    [g[1] for g in GR_STREETS],
    TR_STREETS,
    FI_STREETS,
    NO_STREETS,
    DK_STREETS,
    [a[0] for a in JP_AREAS],
    [a[1] for a in JP_AREAS],
    KR_STREETS,
    CN_STREETS,
    IN_STREETS,
    SG_STREETS,
    AU_STREETS,
    NZ_STREETS,
    ZA_STREETS,
    NG_STREETS,
    KE_STREETS,
    PH_STREETS,
    ID_STREETS,
    MY_STREETS,
]


def street_names(half: int) -> list[str]:
    """The street (or, for Japan, district) names one set may use."""
    return [name for pool in STREET_POOLS for name in _half(pool, half)]


# -- phone numbers ---------------------------------------------------------------------------
# country: (international forms, national forms). "N" is any digit, "X" a digit 2-9.
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        (
            "+1 XNN XNN NNNN",
            "+1 (XNN) XNN-NNNN",
            "+1-XNN-XNN-NNNN",
            "+1.XNN.XNN.NNNN",
            "+1XNNXNNNNNN",
        ),
        (
            "(XNN) XNN-NNNN",
            "XNN-XNN-NNNN",
            "XNN.XNN.NNNN",
            "1-XNN-XNN-NNNN",
            "XNN XNN NNNN",
            "(XNN)XNN-NNNN",
        ),
    ),
    "CA": (
        ("+1 416 XNN NNNN", "+1 (604) XNN-NNNN", "+1-514-XNN-NNNN"),
        ("(613) XNN-NNNN", "204-XNN-NNNN", "1 (902) XNN-NNNN"),
    ),
    "GB": (
        (
            "+44 20 7NNN NNNN",
            "+44 7NNN NNNNNN",
            "+44 (0)161 NNN NNNN",
            "+44 113 NNN NNNN",
            "+447NNNNNNNNN",
            "0044 7NNN NNNNNN",
        ),
        (
            "020 7NNN NNNN",
            "07NNN NNNNNN",
            "07NNN NNN NNN",
            "(0161) NNN NNNN",
            "0113 NNN NNNN",
            "01632 NNNNNN",
            "(01234) NNNNNN",
        ),
    ),
    "IE": (
        ("+353 1 NNN NNNN", "+353 8X NNN NNNN", "+353 (0)8X NNN NNNN"),
        ("01 NNN NNNN", "08X NNN NNNN", "08X-NNNNNNN"),
    ),
    "DE": (
        (
            "+49 30 NNNNNNNN",
            "+49 (0)89 NNNNNNN-NN",
            "+49 151 NNNNNNNN",
            "+49 1512 NNNNNNN",
            "+49-40-NNNNNNN",
            "0049 221 NNNNNN",
        ),
        (
            "030 NNNNNNNN",
            "030/NNNNNNN",
            "089 NNNN NNNN",
            "0151 NNNNNNNN",
            "0176-NNNNNNNN",
            "(0221) NNNNNN",
            "06221 NNNNN-NN",
        ),
    ),
    "AT": (
        ("+43 1 NNN NNNN", "+43 664 NNN NN NN", "+43 (0)316 NNNNNN"),
        ("01 NNN NNNN", "0664 NNNNNNN", "0664/NNN NN NN"),
    ),
    "CH": (
        ("+41 44 NNN NN NN", "+41 79 NNN NN NN", "+41 (0)21 NNN NN NN"),
        ("044 NNN NN NN", "079 NNN NN NN", "021/NNN NN NN"),
    ),
    "FR": (
        (
            "+33 6 NN NN NN NN",
            "+33 1 NN NN NN NN",
            "+33 (0)7 NN NN NN NN",
            "+336NNNNNNNN",
            "0033 6 NN NN NN NN",
        ),
        ("06 NN NN NN NN", "01.NN.NN.NN.NN", "07-NN-NN-NN-NN", "04 NN NN NN NN", "06NNNNNNNN"),
    ),
    "BE": (
        ("+32 2 NNN NN NN", "+32 47X NN NN NN"),
        ("02 NNN NN NN", "047X NN NN NN", "047X/NN.NN.NN"),
    ),
    "NL": (
        ("+31 20 NNN NNNN", "+31 6 NNNN NNNN", "+31 (0)6 NNNNNNNN"),
        ("020-NNN NNNN", "06-NNNNNNNN", "06 NN NN NN NN", "010 NNN NN NN"),
    ),
    "IT": (
        ("+39 02 NNNN NNNN", "+39 3NN NNN NNNN", "+39 06 NNNNNNNN"),
        ("02 NNNN NNNN", "3NN NNN NNNN", "3NN/NNNNNNN", "06-NNNNNNNN"),
    ),
    "ES": (
        ("+34 91X NNN NNN", "+34 6NN NN NN NN", "+34 6NN NNN NNN"),
        ("91X NNN NNN", "6NN NN NN NN", "6NN NNN NNN", "93 NNN NN NN"),
    ),
    "PT": (("+351 21 NNN NNNN", "+351 91X NNN NNN"), ("21 NNN NNNN", "91X NNN NNN", "96X NNN NNN")),
    "BR": (
        ("+55 11 9NNNN-NNNN", "+55 (21) 9NNNN-NNNN", "+55 31 XNNN-NNNN"),
        ("(11) 9NNNN-NNNN", "(21) XNNN-NNNN", "11 9NNNN NNNN", "011 9NNNN-NNNN"),
    ),
    "MX": (
        ("+52 55 NNNN NNNN", "+52 1 33 NNNN NNNN", "+52 (81) NNNN-NNNN"),
        ("55 NNNN NNNN", "(33) NNNN-NNNN", "81-NNNN-NNNN"),
    ),
    "AR": (
        ("+54 9 11 NNNN-NNNN", "+54 11 NNNN-NNNN"),
        ("011 NNNN-NNNN", "15-NNNN-NNNN", "(0351) NNN-NNNN"),
    ),
    "CO": (
        ("+57 3NN NNN NNNN", "+57 601 NNN NNNN"),
        ("3NN NNN NNNN", "601 NNN NNNN", "(604) NNN NNNN"),
    ),
    "PL": (
        ("+48 22 NNN NN NN", "+48 5NN NNN NNN", "+48 6NN-NNN-NNN"),
        ("22 NNN NN NN", "5NN NNN NNN", "6NN-NNN-NNN"),
    ),
    "CZ": (("+420 6NN NNN NNN", "+420 2NN NNN NNN"), ("6NN NNN NNN", "2NN NNN NNN")),
    "RO": (
        ("+40 7NN NNN NNN", "+40 21 NNN NNNN"),
        ("07NN NNN NNN", "07NN.NNN.NNN", "021 NNN NNNN"),
    ),
    "TR": (
        ("+90 5NN NNN NN NN", "+90 (212) NNN NN NN"),
        ("05NN NNN NN NN", "0 (5NN) NNN NN NN", "0212 NNN NN NN"),
    ),
    "RU": (
        ("+7 495 NNN-NN-NN", "+7 (9NN) NNN-NN-NN", "+7 9NN NNN NN NN"),
        ("8 (9NN) NNN-NN-NN", "8-9NN-NNN-NN-NN", "8 495 NNN NN NN"),
    ),
    "UA": (("+380 44 NNN NNNN", "+380 (67) NNN-NN-NN"), ("067 NNN NN NN", "(044) NNN-NN-NN")),
    "IN": (
        ("+91 9NNNN NNNNN", "+91-22-NNNN-NNNN", "+91 80 NNNN NNNN", "+91 7NNNNNNNNN"),
        ("09NNNN NNNNN", "9NNNNNNNNN", "080-NNNN NNNN", "022 NNNN NNNN", "98NNN-NNNNN"),
    ),
    "PK": (("+92 3NN NNNNNNN", "+92 42 NNNNNNNN"), ("03NN-NNNNNNN", "(042) NNNNNNNN")),
    "BD": (("+880 171N-NNNNNN", "+880 2-NNNNNNNN"), ("0171N-NNNNNN", "01XNN NNNNNN")),
    "CN": (
        ("+86 13N NNNN NNNN", "+86 10 NNNN NNNN", "+86 (21) NNNN NNNN"),
        ("13N NNNN NNNN", "13N-NNNN-NNNN", "010-NNNN NNNN", "(021) NNNNNNNN"),
    ),
    "HK": (("+852 9NNN NNNN", "+852 2NNN NNNN"), ("9NNN NNNN", "2NNN-NNNN")),
    "JP": (
        ("+81 90-NNNN-NNNN", "+81 3-NNNN-NNNN", "+81 (0)6 NNNN NNNN"),
        ("090-NNNN-NNNN", "080 NNNN NNNN", "03-NNNN-NNNN", "(06) NNNN-NNNN"),
    ),
    "KR": (
        ("+82 10-NNNN-NNNN", "+82 2-NNN-NNNN"),
        ("010-NNNN-NNNN", "02-NNNN-NNNN", "010 NNNN NNNN"),
    ),
    "SG": (("+65 9NNN NNNN", "+65 6NNN NNNN"), ("9NNN NNNN", "6NNN-NNNN")),
    "MY": (
        ("+60 12-NNN NNNN", "+60 3-NNNN NNNN"),
        ("012-NNN NNNN", "03-NNNN NNNN", "011-NNNN NNNN"),
    ),
    "ID": (
        ("+62 812-NNNN-NNNN", "+62 21 NNNNNNN"),
        ("0812 NNNN NNNN", "0812-NNNN-NNNN", "(021) NNNNNNN"),
    ),
    "PH": (
        ("+63 917 NNN NNNN", "+63 2 8NNN NNNN"),
        ("0917 NNN NNNN", "0917-NNN-NNNN", "(02) 8NNN NNNN"),
    ),
    "TH": (("+66 8N NNN NNNN", "+66 2 NNN NNNN"), ("08N-NNN-NNNN", "02 NNN NNNN")),
    "VN": (("+84 9N NNN NN NN", "+84 28 NNNN NNNN"), ("09N NNN NNNN", "028 NNNN NNNN")),
    "AU": (
        ("+61 4NN NNN NNN", "+61 2 NNNN NNNN", "+61 (0)3 NNNN NNNN"),
        ("04NN NNN NNN", "(02) NNNN NNNN", "03 NNNN NNNN", "04NN-NNN-NNN"),
    ),
    "NZ": (
        ("+64 21 NNN NNNN", "+64 9 NNN NNNN"),
        ("021 NNN NNNN", "(09) NNN NNNN", "027-NNN-NNNN"),
    ),
    "ZA": (
        ("+27 8N NNN NNNN", "+27 11 NNN NNNN"),
        ("08N NNN NNNN", "011 NNN NNNN", "08N-NNN-NNNN"),
    ),
    "NG": (
        ("+234 80N NNN NNNN", "+234 (0)80N NNN NNNN", "+234 1 NNN NNNN"),
        ("080N NNN NNNN", "080N-NNN-NNNN", "080NNNNNNNN"),
    ),
    "KE": (("+254 7NN NNNNNN", "+254 7NN NNN NNN"), ("07NN NNN NNN", "07NNNNNNNN")),
    "GH": (("+233 2N NNN NNNN", "+233 (0)2N NNN NNNN"), ("02N NNN NNNN", "05N-NNN-NNNN")),
    "EG": (("+20 10 NNNN NNNN", "+20 2 NNNN NNNN"), ("010 NNNN NNNN", "01N-NNNN-NNNN")),
    "MA": (("+212 6 NN NN NN NN", "+212 5 22 NN NN NN"), ("06 NN NN NN NN", "05 22 NN NN NN")),
    "SA": (("+966 5N NNN NNNN", "+966 11 NNN NNNN"), ("05N NNN NNNN", "011 NNN NNNN")),
    "AE": (("+971 5N NNN NNNN", "+971 4 NNN NNNN"), ("05N NNN NNNN", "04 NNN NNNN", "05N-NNNNNNN")),
    "IL": (("+972 5N-NNN-NNNN", "+972 3-NNN-NNNN"), ("05N-NNN-NNNN", "03-NNN-NNNN")),
}
PHONE_WEIGHTS = {"US": 6, "GB": 4, "IN": 3, "DE": 2, "FR": 2, "CA": 2, "AU": 2, "NG": 2, "BR": 2}
EXTENSIONS = (" ext. {3}", " ext {2}", " x{3}", " Ext. {4}", " ext.{2}", " x {4}")


def _weighted(d: Draw, keys: Sequence[str], weights: dict[str, int]) -> str:
    return d.rng.choices(list(keys), [weights.get(k, 1) for k in keys])[0]


def _pattern(d: Draw, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "N":
            out.append(d.digits(1))
        elif ch == "X":
            out.append(str(d.num(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(d: Draw, form: str = "", country: str | None = None) -> str:
    """A phone number; ``form`` is "intl", "local", "e164", "msisdn" or "" (either)."""
    country = country or _weighted(d, list(PHONES), PHONE_WEIGHTS)
    intl, local = PHONES[country]
    if form in {"e164", "msisdn"}:
        value = _pattern(d, d.pick(intl)).replace("(0)", "")
        digits = re.sub(r"\D", "", value)
        digits = digits[2:] if value.startswith("00") else digits
        return "+" + digits if form == "e164" else digits
    use_intl = form == "intl" or (form == "" and d.chance(0.5))
    value = _pattern(d, d.pick(intl if use_intl else local))
    if form != "" or not d.chance(0.07):
        return value
    ext = d.pick(EXTENSIONS)
    width = int(ext[ext.index("{") + 1])
    return value + ext[: ext.index("{")] + d.digits(width)


def phone_shaped(d: Draw) -> str:
    """A national phone form used for something else (a waybill, an order number)."""
    country = d.pick(list(PHONES))
    pattern = d.pick([p for p in PHONES[country][1] if "(" not in p] or ["NNN NNN NNNN"])
    return _pattern(d, pattern)


# -- SSNs, cards, IBANs, IPs, e-mails --------------------------------------------------------
def ssn_parts(d: Draw) -> tuple[str, str, str]:
    area = d.num(1, 899)
    while area == 666:
        area = d.num(1, 899)
    return f"{area:03d}", f"{d.num(1, 99):02d}", f"{d.num(1, 9999):04d}"


def ssn(d: Draw, bare: bool = False) -> str:
    a, g, s = ssn_parts(d)
    if bare:
        return a + g + s
    sep = d.rng.choices(["-", " ", ".", "\u2013", " - "], [70, 15, 8, 4, 3])[0]
    return f"{a}{sep}{g}{sep}{s}"


def ssn_bad(d: Draw) -> str:
    """SSN-shaped but never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    a, g, s = ssn_parts(d)
    flaw = d.pick(["000", "666", "9xx", "9xx", "group", "serial"])
    if flaw in {"000", "666"}:
        a = flaw
    elif flaw == "9xx":
        a = str(d.num(900, 999))
    elif flaw == "group":
        g = "00"
    else:
        s = "0000"
    sep = d.pick(["-", "-", "-", " "])
    return f"{a}{sep}{g}{sep}{s}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return luhn_digit(digits[:-1]) == digits[-1]


# brand: (prefixes, lengths)
CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 13, 19)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2320", "2470", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "645", "649", "65"), (16,)),
    "jcb": (("3528", "3541", "3566", "3589"), (16,)),
    "diners": (("36", "38", "300", "305"), (14,)),
    "unionpay": (("62",), (16, 19)),
    "maestro": (("6759", "5018", "5020", "6304"), (16, 19)),
    "mir": (("2200", "2201", "2204"), (16,)),
    "rupay": (("6521", "6522", "508"), (16,)),
    "troy": (("9792",), (16,)),
    "elo": (("636368", "504175"), (16,)),
}
CARD_WEIGHTS = {"visa": 8, "mastercard": 6, "amex": 3, "discover": 2}


def _card_digits(d: Draw, valid: bool) -> str:
    brand = _weighted(d, list(CARD_BRANDS), CARD_WEIGHTS)
    prefixes, lengths = CARD_BRANDS[brand]
    prefix, length = d.pick(prefixes), d.pick(lengths)
    body = prefix + d.digits(length - len(prefix) - 1)
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + d.num(1, 9)) % 10)
    return body + check


def _group_card(d: Draw, number: str) -> str:
    n = len(number)
    if n == 15 and d.chance(0.6):
        return d.pick([" ", "-"]).join([number[:4], number[4:10], number[10:]])
    if n == 14 and d.chance(0.5):
        return " ".join([number[:4], number[4:10], number[10:]])
    if n in {16, 19} and d.chance(0.65):
        return d.pick([" ", " ", "-"]).join(number[i : i + 4] for i in range(0, n, 4))
    return number


def card(d: Draw) -> str:
    return _group_card(d, _card_digits(d, valid=True))


def card_bad(d: Draw) -> str:
    return _group_card(d, _card_digits(d, valid=False))


def card_mask(d: Draw) -> str:
    number = _card_digits(d, valid=True)
    last = number[-4:]
    return d.pick(
        [
            f"**** **** **** {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"{number[:6]}******{last}",
            f"•••• {last}",
            f"{number[:4]} **** **** {last}",
            f"xxxxxxxxxxxx{last}",
        ]
    )


# country: BBAN layout ("n" digit, "a" upper letter, "c" either), total IBAN length implied.
IBAN_LAYOUTS = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "ES": "20n",
    "BE": "12n",
    "CH": "5n12c",
    "AT": "16n",
    "PL": "24n",
    "PT": "21n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "IE": "4a14n",
    "LU": "3n13c",
    "CZ": "20n",
    "HU": "24n",
    "RO": "4a16c",
    "HR": "17n",
    "SI": "15n",
    "SK": "20n",
    "LT": "16n",
    "LV": "4a13c",
    "EE": "16n",
    "GR": "7n16c",
    "TR": "5n1n16c",
    "SA": "2n18c",
    "AE": "3n16n",
    "BG": "4a6n8c",
    "MT": "4a5n18c",
    "CY": "8n16c",
    "IS": "22n",
    "BR": "23n1a1c",
    "MU": "4a19n3a",
    "TN": "20n",
    "QA": "4a21c",
}
# Real bank codes for the layouts that start with four letters.
BANK_CODES = {
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"),
    "NL": ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ", "ASNB"),
    "IE": ("AIBK", "BOFI", "IPBS", "ULSB"),
    "RO": ("BTRL", "RNCB", "BRDE", "INGB"),
    "LV": ("HABA", "UNLA", "PARX"),
    "BG": ("BNBG", "UNCR", "STSA"),
    "MT": ("MALT", "VALL", "APSB"),
    "QA": ("QNBA", "DOHB"),
    "MU": ("MCBL", "BOMM"),
}
IBAN_WEIGHTS = {"DE": 5, "GB": 4, "FR": 4, "NL": 3, "ES": 3, "IT": 3, "BE": 2, "CH": 2}


def iban_numeric(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def _iban_compact(d: Draw) -> str:
    country = _weighted(d, list(IBAN_LAYOUTS), IBAN_WEIGHTS)
    layout = IBAN_LAYOUTS[country]
    bban = ""
    if country in BANK_CODES:
        bban, layout = d.pick(BANK_CODES[country]), layout[2:]
    for count, kind in re.findall(r"(\d+)([nac])", layout):
        for _ in range(int(count)):
            if kind == "n" or (kind == "c" and d.chance(0.97)):
                bban += d.digits(1)
            else:
                bban += d.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    check = 98 - iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    return iban_numeric(compact[4:] + compact[:4]) % 97 == 1


def _group4(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def iban(d: Draw) -> str:
    compact = _iban_compact(d)
    return _group4(compact) if d.chance(0.45) else compact


def iban_bad(d: Draw) -> str:
    compact = _iban_compact(d)
    good = int(compact[2:4])
    check = good
    while check == good:
        check = d.num(2, 98)
    bad = f"{compact[:2]}{check:02d}{compact[4:]}"
    return _group4(bad) if d.chance(0.45) else bad


def iban_mask(d: Draw) -> str:
    compact = _iban_compact(d)
    masked = compact[:4] + "*" * (len(compact) - 8) + compact[-4:]
    return _group4(masked) if d.chance(0.6) else masked


def ipv4(d: Draw) -> str:
    kind = d.rng.choices(["private", "public", "doc", "loop"], [35, 45, 17, 3])[0]
    if kind == "private":
        first = d.pick([f"10.{d.num(0, 255)}", f"172.{d.num(16, 31)}", "192.168"])
        return f"{first}.{d.num(0, 255)}.{d.num(1, 254)}"
    if kind == "doc":
        return f"{d.pick(['192.0.2', '198.51.100', '203.0.113'])}.{d.num(1, 254)}"
    if kind == "loop":
        return "127.0.0.1"
    octet = d.pick([n for n in range(1, 224) if n not in {10, 127, 172, 192}])
    return f"{octet}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}"


IPV6_PREFIXES = (
    "2001:db8",
    "2a02:1810",
    "2600:1f18",
    "2404:6800",
    "2c0f:fb50",
    "2a01:4f8",
    "2001:41d0",
    "2406:da00",
    "2800:3f0",
    "2a00:1450",
)


def ipv6(d: Draw) -> str:
    """An IPv6 address in one of its written forms (full, compressed, zero-stripped, upper
    case, embedded IPv4, link-local, unique-local, loopback, multicast)."""
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
        ],
        [30, 12, 10, 8, 6, 4, 3, 10, 6, 3, 3, 5],
    )[0]
    groups = [int(g, 16) for g in d.pick(IPV6_PREFIXES).split(":")]
    groups += [d.num(0, 0xFFFF) if d.chance(0.7) else d.num(0, 0xFF) for _ in range(6)]
    if d.chance(0.6):
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
    elif form == "mapped":
        value = f"::ffff:{ipv4(d)}"
    elif form == "nat64":
        value = f"64:ff9b::{ipv4(d)}"
    elif form == "dotted_full":
        value = f"0:0:0:0:0:ffff:{ipv4(d)}"
    elif form == "link":
        eui = f"{d.num(0, 0xFF):x}ff:fe{d.num(0, 0xFF):02x}"
        value = f"fe80::{d.num(0, 0xFFFF):x}:{eui}:{d.num(0, 0xFFFF):x}"
    elif form == "ula":
        global_id = f"fd{d.num(0, 0xFF):02x}:{d.num(0, 0xFFFF):x}"
        value = f"{global_id}:{d.num(0, 0xFFFF):x}::{d.num(1, 0xFFFF):x}"
    elif form == "loop":
        value = "::1"
    elif form == "multicast":
        value = d.pick(
            ["ff02::1", "ff02::2", f"ff02::1:ff{d.num(0, 0xFF):02x}:{d.num(0, 0xFFFF):x}"]
        )
    elif form == "prefix":
        value = ":".join(f"{g:x}" for g in groups[:4]) + "::"
    else:
        value = address.compressed
    ipaddress.IPv6Address(value)  # raises if the form is not an address
    return value


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "icloud.com",
    "proton.me",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "seznam.cz",
    "wp.pl",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "163.com",
    "yahoo.co.jp",
    "rediffmail.com",
    "uol.com.br",
    "mail.ru",
    "t-online.de",
    "bluewin.ch",
    "telenet.be",
    "ziggo.nl",
    "free.fr",
    "sapo.pt",
    "mweb.co.za",
    "fastmail.com",
    "yahoo.com.ar",
    "hotmail.es",
    "live.ca",
    "bigpond.com",
    "xtra.co.nz",
    "example.com",
    "example.org",
    "mail.example.net",
)
WORK_DOMAINS = (
    "northwind-traders.com",
    "bluewater-logistics.io",
    "acme-analytics.co",
    "kestrelfoods.co.uk",
    "orbitlane.dev",
    "helios-energie.de",
    "tamarindlabs.in",
    "greenleaf-ins.com",
    "silverline.dental",
    "harbourview.co.nz",
    "quartzpay.eu",
    "pinecone.studio",
    "uni-example.edu",
    "stadtwerke-example.de",
    "cabinet-martel.fr",
    "estudio-lumen.com.ar",
)
FOLD = str.maketrans(
    {
        "ø": "o",
        "ß": "ss",
        "ł": "l",
        "đ": "d",
        "þ": "th",
        "ð": "d",
        "æ": "ae",
        "ı": "i",
        "'": "",
        "’": "",
    }
)


def ascii_fold(text: str) -> str:
    text = text.lower().translate(FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in ".-_ "))


# -- people ----------------------------------------------------------------------------------
@dataclass
class Person:
    """One fake person, rendered the same way every time a record mentions them."""

    given: str
    surname: str
    culture: str
    initial: str = "M."
    use_initial: bool = False
    middle: str = ""
    family_first: bool = False

    def name(self) -> str:
        if self.family_first:
            return " ".join(p for p in (self.surname, self.middle, self.given) if p)
        initial = self.initial if self.use_initial else ""
        return " ".join(p for p in (self.given, initial, self.middle, self.surname) if p)

    def with_initial(self) -> str:
        return f"{self.given} {self.initial} {self.surname}"

    def reversed(self) -> str:
        return f"{self.surname}, {self.given}"

    def family_upper(self) -> str:
        """Surname in capitals first, as airline and form systems print it."""
        return f"{self.surname.upper()} {self.given}"


def culture_pools(half: int) -> dict[str, tuple[list[str], list[str]]]:
    """Each culture's given names and surnames for one set."""
    return {
        culture: (_half(_items(given), half), _half(_items(lasts), half))
        for culture, (given, lasts) in CULTURES.items()
    }


def given_names(half: int) -> list[str]:
    return [n for given, _ in culture_pools(half).values() for n in given]


def surnames(half: int) -> list[str]:
    return [n for _, last in culture_pools(half).values() for n in last]


class People:
    """Draws people for one set from its half of every culture's names."""

    def __init__(self, d: Draw) -> None:
        self.d = d
        self.pools = culture_pools(d.half)

    def person(self) -> Person:
        d = self.d
        culture = d.pick(list(self.pools))
        given_pool, last_pool = self.pools[culture]
        given = d.pick(given_pool)
        if d.chance(0.15):  # mixed heritage, or a married name
            last_pool = self.pools[d.pick(list(self.pools))][1]
        surname = d.pick(last_pool)
        if culture in DOUBLE_SURNAME and d.chance(DOUBLE_SURNAME[culture]):
            second = d.pick(last_pool)
            if second != surname and " " not in surname + second:
                surname = f"{surname} {second}"
        person = Person(given, surname, culture, initial=d.pick("ABCDEFGHJKLMNOPRSTVW") + ".")
        if culture in FAMILY_FIRST:
            person.family_first = d.chance(FAMILY_FIRST[culture])
            if culture == "vietnamese" and person.family_first and d.chance(0.5):
                person.middle = d.pick(VIETNAMESE_MIDDLE)
        else:
            person.use_initial = d.chance(0.1)
        return person

    def email(self, person: Person) -> str:
        d = self.d
        given = ascii_fold(person.given).replace(" ", "")
        last = ascii_fold(person.surname).replace(" ", "")
        local = d.rng.choices(
            [
                f"{given}.{last}",
                f"{given[0]}{last}",
                f"{given}{last}",
                f"{last}.{given}",
                f"{given}_{last}",
                f"{given}{d.num(1, 99)}",
                f"{given[0]}.{last}{d.num(1, 9)}",
                f"{given}-{last}",
                f"{last}{given[0]}",
                f"{given}.{last}{d.num(70, 99)}",
                f"{given}+{d.pick(['shop', 'orders', 'news', 'work'])}",
            ],
            [20, 12, 8, 5, 5, 10, 4, 4, 5, 6, 3],
        )[0]
        local = local.replace("..", ".").strip(".-_")
        domain = d.pick(FREE_MAIL) if d.chance(0.65) else d.pick(WORK_DOMAINS)
        if d.chance(0.05):
            return f"{local.title()}@{domain}"
        return f"{local}@{domain}"

    def handle(self) -> str:
        """A chat or GitHub handle: not a person's name in gold, even when built from one."""
        d = self.d
        if d.chance(0.5):
            return d.pick(
                [
                    "ops-oncall",
                    "nightowl_92",
                    "sre-bot",
                    "billing-team",
                    "qa.lead",
                    "data_eng",
                    "helpdesk",
                    "growth-squad",
                    "mobile-devs",
                    "pixel_pusher",
                ]
            )
        p = self.person()
        given, last = ascii_fold(p.given).replace(" ", ""), ascii_fold(p.surname).replace(" ", "")
        return d.pick(
            [
                f"{given[0]}{last}",
                f"{given}{d.num(1, 99)}",
                f"{given}.{last[0]}",
                f"{last}_{given[:3]}",
            ]
        )


# -- look-alikes and filler ------------------------------------------------------------------
# Not persons, though a person's name may be in them (split between the sets like names).
BRAND_PERSON = _items(
    "Dr. Martens, Tim Hortons, Ben & Jerry's, Louis Vuitton, Calvin Klein, Tommy Hilfiger, "
    "Hugo Boss, Ralph Lauren, Estée Lauder, Christian Dior, Giorgio Armani, Jack Daniel's, "
    "Johnnie Walker, Captain Morgan, Mrs. Meyer's, Dr Pepper, Wendy's, McDonald's, Ted Baker, "
    "Paul Smith, Kellogg's, Ferrari, Porsche, Lamborghini, Mercedes-Benz, Michelin, Peugeot, "
    "Citroën, Dyson, Miele, Bosch, Philips, Tesla, Hermès, Marc Jacobs, Kate Spade, Chanel, "
    "Cadbury, Heinz, Nestlé"
)
ORG_PERSON = _items(
    "Johnson & Johnson, Procter & Gamble, Ernst & Young, Goldman Sachs, Morgan Stanley, "
    "Wells Fargo, Charles Schwab, Marks & Spencer, Dolce & Gabbana, Johns Hopkins Hospital, "
    "Mayo Clinic, Kaiser Permanente, Lloyds Bank, Sainsbury's, McKinsey & Company, Deloitte, "
    "Black & Decker, Harley-Davidson, Rolls-Royce, Hewlett-Packard, Smith & Wesson, John Lewis, "
    "Thomson Reuters, Carl Zeiss, Abbott Laboratories, Merck"
)
PLACE_PERSON = _items(
    "Charlotte, Florence, Adelaide, Alexandria, Victoria, San José, São Paulo, St. Petersburg, "
    "Santa Clara, Louisville, Jackson Hole, Port Louis, Kingston, Wellington, Darwin, "
    "Lake Louise, Victoria Falls, Saint-Denis, San Antonio, Charleston, Georgia, Jordan, "
    "Santiago de Compostela, Fort William, Alice Springs, Marseille Saint-Charles"
)
STREETLIKE = _items(
    "Wall Street, Abbey Road, Baker Street station, Oxford Street, Rodeo Drive, Fifth Avenue, "
    "Sunset Boulevard, Bourbon Street, Lombard Street, Champs-Élysées, La Rambla, "
    "Unter den Linden, Via Condotti, Route 66, Carnaby Street, Grafton Street, Orchard Road, "
    "Nanjing Road, Khao San Road, Istiklal Avenue, Nevsky Prospekt, Ocean Drive, "
    "Magnificent Mile, Queen Street West, Kurfürstendamm, Strøget, Avenida Paulista, Calle Ocho"
)
STORMS = _items(
    "Hurricane Beryl, Hurricane Milton, Storm Ciarán, Typhoon Haikui, Cyclone Freddy, "
    "Hurricane Otis, Storm Babet, Tropical Storm Alberto, Typhoon Doksuri, Storm Isha, "
    "Hurricane Helene, Cyclone Gabrielle, Storm Eunice, Typhoon Yagi"
)
EPONYMS = _items(
    "Parkinson's, Alzheimer's, Crohn's disease, Hodgkin lymphoma, Tourette syndrome, "
    "Asperger's, Raynaud's, Hashimoto's, Graves' disease, Bell's palsy, Achilles tendinitis, "
    "Ménière's disease, Sjögren's syndrome, Osgood-Schlatter"
)
BANDS = _items(
    "Fleetwood Mac, Florence + the Machine, Pink Floyd, Franz Ferdinand, Alice in Chains, "
    "Jethro Tull, Lynyrd Skynyrd, Mumford & Sons, Van Halen, Steely Dan, Belle and Sebastian, "
    "Bon Jovi, Thin Lizzy, Marina and the Diamonds"
)
CITIES = _items(
    "Lagos, Nairobi, Jakarta, Oslo, Leeds, Osaka, Lyon, Porto, Bogotá, Tbilisi, Almaty, Auckland, "
    "Chennai, Manila, Cairo, Lima, Riga, Hanoi, Accra, Izmir, Kraków, Quito, Busan, Perth"
)
PLACES = _items(
    "Rotterdam, Dubai, Memphis, Leipzig, Singapore, Panama, Cologne, Antwerp, Louisville hub, "
    "Hong Kong"
)
PRODUCTS = _items(
    "AirPods Pro, Kindle Oasis, Instant Pot, Roomba j7, Sonos Era 100, Vitamix E310, "
    "Fitbit Charge 6, Nespresso Vertuo, Steam Deck, GoPro Hero12, Philips Hue starter kit, "
    "Anker power bank, Xiaomi Redmi Note 13, Moka pot, Yeti Rambler, Logitech MX Master 3S, "
    "Garmin Forerunner 265, Tefal air fryer, Lego Technic set, Brita filter jug"
)
MODELS = _items(
    "WH-1000XM5, SM-S918B, A2849, MX-3S, HD-5512, KX-TG6821, DCB205, ZS-K42, EF-1120, "
    "RT-AX86U, TL-WR841N, QN65Q80C, B08N5WRWNW, XPS 13 9340, T480s"
)
CARRIERS = _items(
    "DHL, UPS, FedEx, DPD, GLS, PostNL, Royal Mail, USPS, Aramex, Canada Post, Australia Post, La "
    "Poste, Correios, Yamato"
)
AIRPORTS = _items("LHR, JFK, NBO, DXB, SIN, GRU, FRA, CDG, LOS, DEL, HND, SYD, IST, MEX, YYZ, AMS")
TELCOS = _items(
    "Vodafone, Airtel, Safaricom, MTN, T-Mobile, Orange, Telstra, Jio, Movistar, Claro, Turkcell, "
    "Globe"
)
BANKS = _items(
    "Rabobank, Nordea, Itaú, HDFC Bank, Zenith Bank, Monzo, Revolut, N26, ING, Banorte, Equity Bank"
)
ORGS = _items(
    "Northwind Traders, Bluewater Logistics, Acme Analytics, Kestrel Foods, Orbitlane, "
    "Helios Energy, Tamarind Labs, Greenleaf Insurance, Silverline Dental, Harbourview Realty, "
    "Quartz Payments, Pinecone Studio"
)
SPORTS_TEAMS = _items(
    "Real Madrid, Inter Miami, Boca Juniors, Kaizer Chiefs, Al Ahly, Galatasaray, Ajax, Benfica, "
    "Celtic, Orlando Pirates, LA Galaxy, Seattle Sounders"
)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "curl/8.5.0",
    "okhttp/4.12.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "python-requests/2.31.0",
)
SMALL_POOLS: dict[str, tuple[str, ...]] = {
    "category": ("kitchen", "outdoor", "audio", "toys", "garden", "beauty", "sports", "office"),
    "tz": ("Europe/Berlin", "America/Chicago", "Asia/Kolkata", "Africa/Lagos", "Australia/Perth"),
    "color": ("rose gold", "midnight blue", "sage green", "graphite", "ivory", "coral"),
    "food": ("ramen", "jollof rice", "tacos", "pho", "dumplings", "shawarma", "pierogi"),
    "recipe": ("banana bread", "shakshuka", "pad thai", "focaccia", "chicken adobo"),
    "restaurant": ("Blue Lotus", "The Copper Pot", "Casa Verde", "Sakura House", "Mama's Kitchen"),
    "store": ("Lidl", "Tesco", "Target", "Carrefour", "Aldi", "Walmart", "Costco"),
    "clinic": ("Riverside Family Clinic", "Northgate Dental", "City Physio", "Lakeside Vets"),
    "dept": ("Finance", "Engineering", "Logistics", "HR", "Sales", "Legal"),
    "jobtitle": (
        "Head of Operations",
        "Account Manager",
        "Senior Engineer",
        "Office Manager",
        "Procurement Lead",
        "Customer Success",
    ),
    "lang": ("Spanish", "Portuguese", "French", "Arabic", "Hindi", "Swahili", "Turkish"),
    "publisher": ("Penguin Random House", "Hachette", "Springer", "HarperCollins", "O'Reilly"),
    "slogan": ("Moving things forward", "Quality since 1987", "Built to last", "Good food, fast"),
    "sysuser": (
        "deploy",
        "ubuntu",
        "root",
        "ci-runner",
        "svc_backup",
        "www-data",
        "git",
        "ansible",
    ),
    "path": (
        "/api/v1/orders",
        "/account/settings",
        "/login",
        "/checkout/confirm",
        "/static/app.js",
        "/wp-login.php",
        "/healthz",
        "/api/v2/users/me",
    ),
    "level": ("INFO", "WARN", "ERROR", "DEBUG"),
    "title": TITLES,
    "rating": ("1", "2", "3", "4", "5", "4.5", "3.5"),
    "shoe": ("8", "9.5", "10", "42", "EU 39", "UK 7", "11 wide"),
}
SPLIT_POOLS: dict[str, list[str]] = {
    "brand_person": BRAND_PERSON,
    "org_person": ORG_PERSON,
    "place_person": PLACE_PERSON,
    "streetlike": STREETLIKE,
    "storm": STORMS,
    "eponym": EPONYMS,
    "band": BANDS,
    "city": CITIES,
}
SHARED_POOLS: dict[str, Sequence[str]] = {
    "place": PLACES,
    "product": PRODUCTS,
    "model": MODELS,
    "carrier": CARRIERS,
    "airport": AIRPORTS,
    "telco": TELCOS,
    "bank": BANKS,
    "org": ORGS,
    "sportsteam": SPORTS_TEAMS,
    "ua": USER_AGENTS,
    **SMALL_POOLS,
}
# Filler kinds that look like PII (or like a person's name): a look-alike using one is "hard".
HARD_KINDS = frozenset(
    _items(
        "phone_shaped, amz, fedex, usps, dhl, awb, ssn_bad, ssn_shape, card_bad, card_mask, imei, "
        "ean, upc, isbn, iban_bad, iban_mask, isin, eori, vat, routing, zip4, mac, eui64, ver4, "
        "oid, epoch_ms, d9, d10, d12, brand_person, org_person, place_person, streetlike, storm, "
        "eponym, band"
    )
)
PLUS_CODE = "23456789CFGHJMPQRVWX"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _check_mod10(body: str, weights: tuple[int, int]) -> str:
    total = sum(int(ch) * weights[i % 2] for i, ch in enumerate(body))
    return str((10 - total % 10) % 10)


def _isin(d: Draw) -> str:
    country = d.pick(["US", "DE", "GB", "FR", "CH", "NL", "JP", "IE", "LU"])
    body = country + "".join(
        d.pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") if i < 3 else d.digits(1) for i in range(9)
    )
    expanded = "".join(str(int(ch, 36)) for ch in body)
    return body + luhn_digit(expanded)


def _routing(d: Draw) -> str:
    while True:
        body = f"{d.pick(['0', '1', '2', '3'])}{d.digits(7)}"
        if body[:2] in {f"{n:02d}" for n in [*range(1, 13), *range(21, 33)]}:
            break
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(ch) * w for ch, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


def _isbn(d: Draw) -> str:
    group = d.pick(["0", "1", "3", "2", "84", "88", "978"])[:2]
    publisher_len = d.num(2, 5)
    body = "978" + group + d.digits(9 - len(group))
    check = _check_mod10(body, (1, 3))
    rest = body[3 + len(group) :]
    return f"978-{group}-{rest[:publisher_len]}-{rest[publisher_len:]}-{check}"


def _awb(d: Draw) -> str:
    serial = d.digits(7)
    airline = d.pick(["176", "020", "057", "125", "618", "001", "074", "235"])
    return f"{airline}-{serial}{int(serial) % 7}"


def _clock(d: Draw) -> str:
    return f"{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}"


def _iso(d: Draw, sep: str = "T", zone: str = "Z") -> str:
    return (
        f"{d.num(2021, 2025)}-{d.num(1, 12):02d}-{d.num(1, 28):02d}{sep}"
        f"{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}{zone}"
    )


def noise(d: Draw, people: People, kind: str, arg: str | None) -> str:
    """The value of a filler kind (never PII)."""
    if kind in SPLIT_POOLS:
        return d.h(SPLIT_POOLS[kind])
    if kind in SHARED_POOLS:
        return d.pick(SHARED_POOLS[kind])
    m = re.fullmatch(r"d(\d+)", kind)
    if m:
        return d.digits(int(m.group(1)))
    month = d.num(1, 12)
    simple: dict[str, Callable[[], str]] = {
        "n": lambda: str(d.num(*(int(x) for x in (arg or "1-99").split("-")))),
        "h": lambda: d.letters(int(arg or 8), "0123456789abcdef"),
        "H": lambda: d.letters(int(arg or 8), "0123456789ABCDEF"),
        "b64": lambda: d.letters(
            int(arg or 24), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        ),
        "uuid": lambda: "-".join(d.letters(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
        "iso": lambda: _iso(d),
        "ts": lambda: _iso(d, " ", ""),
        "clf": lambda: (
            f"{d.num(1, 28):02d}/{MONTHS[month - 1][:3]}/{d.num(2022, 2025)}:{_clock(d)} +0000"
        ),
        "syslog_ts": lambda: f"{MONTHS[month - 1][:3]} {d.num(1, 28):>2} {_clock(d)}",
        "haproxy_ts": lambda: (
            f"{d.num(1, 28):02d}/{MONTHS[month - 1][:3]}/2024:{_clock(d)}.{d.digits(3)}"
        ),
        "icsdt": lambda: _iso(d).replace("-", "").replace(":", ""),
        "rfc2822": lambda: (
            f"{d.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {d.num(1, 28)} {MONTHS[month - 1][:3]}"
            f" 2024 {_clock(d)} {d.pick(['+0000', '+0100', '-0500', '+0530'])}"
        ),
        "date": lambda: f"{d.num(2022, 2026)}-{month:02d}-{d.num(1, 28):02d}",
        "mdy": lambda: f"{month:02d}/{d.num(1, 28):02d}/{d.num(1950, 2004)}",
        "dmy": lambda: "{0:02d}{1}{2:02d}{1}{3}".format(
            d.num(1, 28), d.pick([".", "/"]), month, d.num(2022, 2025)
        ),
        "dob": lambda: f"{d.num(1, 28):02d}/{month:02d}/{d.num(1950, 2004)}",
        "dlong": lambda: d.pick(
            [
                f"{d.num(1, 28)} {MONTHS[month - 1]} {d.num(2022, 2025)}",
                f"{MONTHS[month - 1]} {d.num(1, 28)}, {d.num(2022, 2025)}",
            ]
        ),
        "hm": lambda: f"{d.num(0, 23):02d}:{d.num(0, 59):02d}",
        "time": lambda: d.pick(
            [
                f"{d.num(1, 12)}:{d.num(0, 59):02d} {d.pick(['am', 'pm', 'AM', 'PM'])}",
                f"{d.num(7, 22):02d}:{d.pick(['00', '15', '30', '45'])}",
            ]
        ),
        "dur": lambda: d.pick(
            [
                f"{d.num(3, 9000)}ms",
                f"{d.num(1, 59)}.{d.num(0, 9)}s",
                f"00:{d.num(0, 59):02d}:{d.num(0, 59):02d}",
                f"{d.num(1, 9)}h {d.num(1, 59)}m",
            ]
        ),
        "epoch": lambda: f"17{d.digits(8)}",
        "epoch_ms": lambda: f"17{d.digits(11)}",
        "price": lambda: d.pick(
            [
                f"${d.num(1, 2400)}.{d.num(0, 99):02d}",
                f"€{d.num(1, 900)},{d.num(0, 99):02d}",
                f"£{d.num(1, 600)}.{d.num(0, 99):02d}",
                f"¥{d.num(3, 98)},{d.num(0, 999):03d}",
                f"R$ {d.num(10, 999)},{d.num(0, 99):02d}",
                f"{d.num(5, 900)} EUR",
                f"₹{d.num(2, 90)},{d.num(0, 999):03d}",
            ]
        ),
        "float": lambda: f"{d.num(0, 99)}.{d.digits(2)}",
        "qty": lambda: str(d.num(1, 12)),
        "year": lambda: str(d.num(1998, 2025)),
        "mmyy": lambda: f"{d.num(1, 12):02d}/{d.num(25, 31)}",
        "ver": lambda: f"{d.num(1, 9)}.{d.num(0, 20)}.{d.num(0, 30)}",
        "semver": lambda: d.pick(
            [
                f"{d.num(1, 9)}.{d.num(0, 20)}.{d.num(0, 30)}",
                f"{d.num(1, 4)}.{d.num(0, 9)}.0-rc.{d.num(1, 5)}",
            ]
        ),
        "ver4": lambda: f"{d.num(1, 20)}.{d.num(0, 30)}.{d.num(0, 99)}.{d.num(0, 255)}",
        "build": lambda: d.pick(
            [
                f"10.0.{d.num(19041, 26100)}.{d.num(100, 4999)}",
                f"{d.num(110, 130)}.0.{d.num(5000, 6999)}.{d.num(10, 200)}",
            ]
        ),
        "oid": lambda: (
            "1.3.6.1.4.1."
            + ".".join(str(d.num(1, 40000 if i == 0 else 30)) for i in range(d.num(3, 6)))
        ),
        "shop": lambda: d.pick(
            [
                f"#{d.num(1001, 99999)}",
                f"#SH-{d.num(10000, 99999)}",
                f"#{d.letters(2)}{d.num(1000, 9999)}",
            ]
        ),
        "amz": lambda: f"{d.num(111, 114)}-{d.digits(7)}-{d.digits(7)}",
        "inv": lambda: d.pick(
            [
                f"INV-{d.num(2022, 2025)}-{d.digits(6)}",
                f"INV{d.digits(7)}",
                f"{d.num(2023, 2025)}/{d.digits(5)}",
            ]
        ),
        "ticket": lambda: d.pick(
            [
                f"ZD-{d.num(10000, 999999)}",
                f"#{d.num(10000, 999999)}",
                f"SUP-{d.num(100, 9999)}",
                f"INC{d.digits(7)}",
            ]
        ),
        "case": lambda: f"CS{d.digits(7)}",
        "po": lambda: f"PO-{d.num(10000, 99999)}",
        "rma": lambda: f"RMA-{d.num(2023, 2025)}-{d.digits(4)}",
        "pnr": lambda: d.letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        "flight": lambda: (
            f"{d.pick(['LH', 'BA', 'KQ', 'EK', 'SQ', 'LA', 'TK', 'QF', 'AI'])} {d.num(1, 2999)}"
        ),
        "seat": lambda: f"{d.num(1, 45)}{d.pick('ABCDEFK')}",
        "gate": lambda: f"{d.pick('ABCDEF')}{d.num(1, 60)}",
        "room": lambda: d.pick([str(d.num(101, 1220)), f"{d.num(1, 6)}.{d.num(1, 40):02d}"]),
        "ups": lambda: f"1Z{d.letters(6, 'ABCDEFGHJKLMNPRTVWXY0123456789')}{d.digits(10)}",
        "fedex": lambda: d.pick([f"{d.digits(4)} {d.digits(4)} {d.digits(4)}", d.digits(12)]),
        "usps": lambda: _group4(d.pick(["9400", "9205", "9361"]) + d.digits(18)),
        "dhl": lambda: d.pick(
            [f"{d.digits(2)} {d.digits(4)} {d.digits(4)}", d.digits(10), f"JJD{d.digits(18)}"]
        ),
        "awb": lambda: _awb(d),
        "phone_shaped": lambda: phone_shaped(d),
        "ssn_bad": lambda: ssn_bad(d),
        "ssn_shape": lambda: "-".join(ssn_parts(d)),
        "card_bad": lambda: card_bad(d),
        "card_mask": lambda: card_mask(d),
        "imei": lambda: (lambda b: b + luhn_digit(b))(
            d.pick(["35", "86", "01", "49"]) + d.digits(12)
        ),
        "ean": lambda: (lambda b: b + _check_mod10(b, (1, 3)))(
            d.pick(["400", "500", "590", "871", "760", "890"]) + d.digits(9)
        ),
        "upc": lambda: (lambda b: b + _check_mod10(b, (3, 1)))(d.digits(11)),
        "isbn": lambda: _isbn(d),
        "iban_bad": lambda: iban_bad(d),
        "iban_mask": lambda: iban_mask(d),
        "isin": lambda: _isin(d),
        "bic": lambda: (
            f"{d.letters(4)}{d.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'CH'])}"
            f"{d.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ23456789')}{d.pick(['', 'XXX', '500'])}"
        ),
        "vat": lambda: d.pick(
            [
                f"DE{d.digits(9)}",
                f"GB {d.digits(3)} {d.digits(4)} {d.digits(2)}",
                f"FR{d.digits(11)}",
                f"IT{d.digits(11)}",
                f"NL{d.digits(9)}B0{d.num(1, 9)}",
                f"ESB{d.digits(8)}",
            ]
        ),
        "eori": lambda: d.pick(
            [f"GB{d.digits(12)}", f"DE{d.digits(7)}", f"NL{d.digits(9)}", f"FR{d.digits(14)}"]
        ),
        "routing": lambda: _routing(d),
        "zip4": lambda: f"{d.digits(5)}-{d.digits(4)}",
        "mac": lambda: d.pick(
            [
                ":".join(d.letters(2, "0123456789abcdef") for _ in range(6)),
                "-".join(d.letters(2, "0123456789ABCDEF") for _ in range(6)),
                ".".join(d.letters(4, "0123456789abcdef") for _ in range(3)),
            ]
        ),
        "eui64": lambda: ":".join(d.letters(2, "0123456789abcdef") for _ in range(8)),
        "lat": lambda: f"{d.pick(['', '-'])}{d.num(0, 70)}.{d.digits(d.num(4, 6))}",
        "lon": lambda: f"{d.pick(['', '-'])}{d.num(0, 179)}.{d.digits(d.num(4, 6))}",
        "coord": lambda: (
            f"{d.pick(['', '-'])}{d.num(0, 70)}.{d.digits(5)}, "
            f"{d.pick(['', '-'])}{d.num(0, 179)}.{d.digits(5)}"
        ),
        "dms": lambda: (
            f"{d.num(0, 70)}°{d.num(0, 59):02d}′{d.num(0, 59):02d}″{d.pick('NS')} "
            f"{d.num(0, 179)}°{d.num(0, 59):02d}′{d.num(0, 59):02d}″{d.pick('EW')}"
        ),
        "plus": lambda: f"{d.letters(8, PLUS_CODE)}+{d.letters(2, PLUS_CODE)}",
        "sku": lambda: (
            f"SKU-{d.num(10000, 99999)}-{d.pick(['BLK', 'WHT', 'RED'])}-{d.pick(['S', 'M', 'XL'])}"
        ),
        "part": lambda: f"{d.digits(4)}-{d.digits(4)}-{d.pick(['FT', 'JT', 'ND'])}",
        "port": lambda: str(
            d.pick([22, 443, 8080, 8443, 3000, 5432, 6379, d.num(1024, 65535), d.num(32768, 60999)])
        ),
        "pid": lambda: str(d.num(100, 99999)),
        "handle": people.handle,
    }
    return simple[kind]()


# -- templates -------------------------------------------------------------------------------
# Set 6 and set 7 have separate lists; no template is in both (checked in ``build``).
POSITIVE_6: dict[str, list[str]] = {
    "chat": [
        "hey ⟨given_lc⟩ can u send me ur new number? mine is ⟨phone⟩",
        "lol ok. ping ⟨given_lc⟩ on ⟨phone_local⟩, she knows the wifi pw",
        "⟨given_lc⟩ im outside ⟨street_lc⟩ where r u",
        "⟨dmy⟩, ⟨hm⟩ - ⟨name⟩: running late, address is ⟨addr_lc⟩",
        "thx ⟨given_lc⟩!! 🙏",
        "omg ⟨given_lc⟩ ur a lifesaver",
        "my email changed btw → ⟨email⟩",
        "@⟨handle⟩ pls add ⟨name_lc⟩ to the channel, her email is ⟨email⟩",
        "new flat!! ⟨addr_lc⟩ come over sat",
        "just sent the rent to ⟨iban⟩ check pls",
        "⟨given_lc⟩ dont post ur ssn in here 😬 (⟨ssn⟩) delete it",
        "who is ⟨phone_intl⟩?? keeps calling me",
        "ok i'll ask ⟨name_lc⟩ tmrw",
        "brb, ⟨given_lc⟩'s at the door",
        "cant get on the vpn from home, whatismyip says ⟨ipv6⟩",
        "gm ☀️ ⟨given_lc⟩ & ⟨given_lc:2⟩ landed safe",
        "sry wrong chat lol. ⟨given_lc⟩ ignore that",
        "card ending 4821 got declined so using ⟨card⟩ now",
        "tell ⟨given⟩ the courier needs a number, give them ⟨phone⟩",
        "miss u ⟨given_lc⟩ ❤️ see u at ⟨given_lc:2⟩'s on sat?",
        "[⟨hm⟩] ⟨name⟩: can someone whitelist ⟨ipv4⟩ for me",
        "Hola ⟨given⟩! te paso mi número: ⟨phone:ES⟩",
        "can u order it on my card? ⟨card⟩ exp ⟨mmyy⟩, cvv i'll text u",
        "whats ur iban again? mine's ⟨iban⟩ if u need it",
        "my ssn is ⟨ssn_bare⟩ for the form, dont save it",
    ],
    "ticket": [
        "Customer ⟨name⟩ (⟨email⟩) reports that the refund for order ⟨shop⟩ never arrived.",
        "Caller gave her SSN as ⟨ssn⟩ and DOB ⟨dob⟩; identity verified, escalating to Tier 2.",
        "Ticket ⟨ticket⟩ — ⟨name⟩ cannot sign in. Last login from ⟨ipv4⟩ at ⟨iso⟩.",
        "Please update the shipping address on order ⟨amz⟩ to ⟨addr⟩.",
        "Assigned to ⟨given:2⟩. Customer's callback number: ⟨phone⟩ (after 5pm).",
        "Chargeback received for card ⟨card⟩, cardholder ⟨name_uc⟩, amount ⟨price⟩.",
        "Refund to IBAN ⟨iban⟩ (account holder: ⟨name⟩) failed with code AC04.",
        "Internal note: spoke with Mrs ⟨surname⟩ — she moved to ⟨addr⟩, new landline "
        "⟨phone_local⟩.",
        "User ⟨email⟩ gets a 403 on /admin from ⟨ipv6⟩.",
        "Duplicate of ⟨ticket⟩. cc ⟨name:2⟩",
        "Requester: ⟨name⟩ | Org: ⟨org⟩ | Phone: ⟨phone⟩ | Priority: High",
        "⟨carrier⟩ tried to deliver parcel ⟨ups⟩ to ⟨street⟩ but nobody was home.",
        "Dr. ⟨surname⟩'s office called about invoice ⟨inv⟩; please ring back on ⟨phone⟩.",
        "Account locked after 5 failed attempts (IP ⟨ipv4⟩, user ⟨email⟩).",
        "Customer wants the invoice re-issued to ⟨name⟩, ⟨addr⟩, VAT ⟨vat⟩.",
        "GDPR erasure request from ⟨name⟩ <⟨email⟩>. Verify and close within 30 days.",
        "Merged with the ticket from ⟨given⟩ (same phone, ⟨phone⟩).",
        "Card on file ⟨card⟩ expired ⟨mmyy⟩; ⟨name⟩ will update it in the portal.",
        "Herr ⟨surname⟩ bittet um Rückruf unter ⟨phone:DE⟩.",
        "The SSN on the W-9 is ⟨ssn⟩ for ⟨name⟩ — please don't paste it in public replies.",
        "Escalated by ⟨given:2⟩: ⟨name⟩ was charged twice, see ⟨case⟩.",
        'New ticket via web form: "hi, my account email is ⟨email⟩ and I can\'t reset my password"',
        "Customer read out card number ⟨card⟩ on a recorded line; PCI incident opened.",
        "SSN mismatch on application ⟨d7⟩: entered ⟨ssn⟩, the bureau has a different one.",
        "Direct debit mandate for ⟨name⟩ uses ⟨iban⟩; first collection on ⟨date⟩.",
    ],
    "search": [
        "⟨name_lc⟩",
        "who called me from ⟨phone⟩",
        "⟨phone_local⟩",
        "⟨email⟩",
        "⟨ipv4⟩ whois",
        "is ⟨ipv6⟩ a private address",
        "⟨addr_lc⟩ for rent",
        "⟨name_lc⟩ linkedin",
        "dr ⟨surname_lc⟩ dentist reviews",
        "iban ⟨iban⟩ which bank",
        "⟨ssn⟩ ssn lookup",
        "⟨name⟩ obituary ⟨year⟩",
        "⟨name_lc⟩ phone number",
        "homes for sale near ⟨addr⟩",
        "⟨card⟩ bin lookup",
        'site:linkedin.com "⟨name⟩"',
        "⟨street_lc⟩ opening hours",
        "how to find out who owns ⟨email⟩",
        "⟨name_lc⟩ ⟨city_lc⟩",
        "⟨iban⟩",
        "social security ⟨ssn⟩ stolen what to do",
        "visa ⟨card⟩ declined",
    ],
    "review": [
        "★★★★★ Arrived in two days. ⟨given⟩ from customer service called me on ⟨phone⟩ to confirm "
        "— great touch.",
        "Verified Purchase. Bought it for my dad, ⟨name⟩, and he loves it. – ⟨given:2⟩",
        "1 star. Charged twice on ⟨card⟩ and no reply from ⟨email⟩ for a week.",
        "The seller shipped to my old address (⟨addr⟩) even though I had updated it.",
        "Our host ⟨given⟩ was amazing, the flat at ⟨street⟩ was spotless.",
        "Do NOT buy. The 'support' number ⟨phone⟩ goes straight to voicemail.",
        "Great dentist! Dr. ⟨surname⟩ and the assistant ⟨given:2⟩ were so patient with my son.",
        "Reviewed in Canada on ⟨dlong⟩. Driver ⟨given⟩ left it at ⟨addr⟩ instead of my door.",
        "⟨rating⟩/5 — ⟨name⟩ fixed our boiler in an hour. Highly recommend, call ⟨phone⟩.",
        "Update: ⟨given⟩ from the returns team sorted it, refund went to ⟨iban⟩ within 48h.",
        "Lovely B&B run by ⟨name⟩ and ⟨name:2⟩. Breakfast 10/10.",
        "Ordered the ⟨product⟩ and the box came addressed to a ⟨name_uc⟩ at ⟨street⟩??",
        "⟨name⟩ is a brilliant maths tutor, my daughter went from a C to an A.",
        "Helpful staff, especially ⟨given⟩ at the pharmacy counter.",
        "Scam seller. Asked me to pay by bank transfer to ⟨iban⟩ outside the platform.",
        "Five stars for ⟨given⟩'s patience on the phone!",
        "Not happy. I emailed ⟨email⟩ three times. — ⟨name⟩, ⟨city⟩",
        "The receipt in my box was for someone else: ⟨name⟩, ⟨addr⟩. Creepy.",
        "Wi-Fi kept dropping and the admin page at ⟨ipv4⟩ was unreachable half the time.",
        "Sehr freundlich, Frau ⟨surname⟩ hat mir alles erklärt. Gerne wieder!",
        "They stored my full card number (⟨card⟩) in a plain email. Unacceptable.",
        "Seller asked for my SSN (⟨ssn⟩) to 'verify' the warranty. Nope.",
        "Electrician ⟨name⟩, ph. ⟨phone⟩ — tidy work, fair price.",
    ],
    "log": [
        '⟨ipv4⟩ - - [⟨clf⟩] "GET ⟨path⟩ HTTP/1.1" 200 ⟨n:200-90000⟩ "-" "⟨ua⟩"',
        "⟨syslog_ts⟩ bastion sshd[⟨pid⟩]: Failed password for invalid user admin from ⟨ipv4⟩ port "
        "⟨port⟩ ssh2",
        'level=info ts=⟨iso⟩ msg="user signed up" email=⟨email⟩ ip=⟨ipv4⟩ plan=pro',
        'WARN [payment] card declined pan=⟨card⟩ holder="⟨name⟩" code=51',
        "⟨syslog_ts⟩ mx1 postfix/smtp[⟨pid⟩]: ⟨H:10⟩: to=<⟨email⟩>, "
        "relay=mx.example.net[⟨ipv4⟩]:25, delay=1.2, status=sent (250 2.0.0 OK)",
        "⟨ts⟩ DEBUG kyc.verify ssn=⟨ssn⟩ dob=⟨date⟩ result=match",
        "audit actor=⟨email⟩ action=export_csv rows=⟨n:1-90000⟩ src=⟨ipv6⟩",
        '⟨ipv6⟩ - ⟨sysuser⟩ [⟨clf⟩] "POST /api/v2/login HTTP/2.0" 401 ⟨n:20-900⟩',
        "ERROR SmtpSender - could not deliver to ⟨email⟩ (host ⟨ipv6⟩ port 25 refused)",
        'event=address_updated user_id=⟨d7⟩ new_address="⟨addr⟩"',
        'sepa.mandate.created iban=⟨iban⟩ debtor="⟨name⟩" mandate_id=MD-⟨d8⟩',
        "⟨iso⟩ INFO sms.send to=⟨phone_e164⟩ template=otp status=queued",
        "haproxy[⟨pid⟩]: ⟨ipv4⟩:⟨port⟩ [⟨haproxy_ts⟩] fe_https be_app/app03 0/0/1/12/13 200 "
        "⟨n:200-9000⟩ - - ---- 1/1/0/0/0 0/0",
        'req_id=⟨uuid⟩ xff="⟨ipv4⟩, ⟨ipv4⟩" path=/checkout status=502',
        'crm.sync contact="⟨rev⟩" phone="⟨phone⟩" merged_into=⟨uuid⟩',
        "⟨syslog_ts⟩ web02 sshd[⟨pid⟩]: Accepted publickey for ⟨sysuser⟩ from ⟨ipv6⟩ port ⟨port⟩ "
        "ssh2: ED25519 SHA256:⟨b64:43⟩",
        "kernel: [UFW BLOCK] IN=eth0 OUT= MAC= SRC=⟨ipv4⟩ DST=⟨ipv4⟩ LEN=60 PROTO=TCP SPT=⟨port⟩ "
        "DPT=22",
        'user.login ok uid=⟨d6⟩ name="⟨name⟩" remote_addr=[⟨ipv6⟩]:⟨port⟩',
        'shipping_label.created order=⟨shop⟩ ship_to="⟨name⟩, ⟨addr⟩"',
        "payout.failed iban=⟨iban⟩ reason=account_closed retry_at=⟨iso⟩",
        "stripe.charge.failed card=⟨card⟩ amount=⟨n:100-99999⟩ decline_code=insufficient_funds",
        "hr.sync employee_id=⟨d6⟩ ssn=⟨ssn⟩ status=updated",
        "sepa.return iban=⟨iban⟩ reason=MD01 amount=⟨n:1-900⟩.00",
    ],
    "json": [
        '{"customer": {"first_name": "⟨given⟩", "last_name": "⟨surname⟩", "email": "⟨email⟩"}}',
        '{"id": ⟨d7⟩, "name": "⟨name⟩", "phone": "⟨phone⟩", "verified": true}',
        "{'ip': '⟨ipv4⟩', 'ua': '⟨ua⟩', 'ts': ⟨epoch⟩}",
        '{"shipping_address": {"address1": "⟨street⟩", "city": "⟨city⟩", "zip": "⟨d5⟩", '
        '"country_code": "US"}, "note": null}',
        '{"payment": {"method": "card", "number": "⟨card⟩", "exp": "⟨mmyy⟩"}}',
        '{"employee": "⟨name⟩", "ssn": "⟨ssn⟩", "dept": "⟨dept⟩"}',
        '{"beneficiary": {"name": "⟨name_uc⟩", "iban": "⟨iban⟩"}, "amount": ⟨n:10-9000⟩}',
        '<div data-user-email="⟨email⟩" data-user-name="⟨name⟩"></div>',
        '{"remote_addr": "⟨ipv6⟩", "status": 200, "bytes": ⟨d4⟩}',
        '{"address": "⟨addr⟩", "lat": ⟨lat⟩, "lng": ⟨lon⟩}',
        '{"assignee": "⟨given⟩", "reporter": "⟨name:2⟩", "labels": ["billing"]}',
        "user: {name: '⟨name⟩', tel: '⟨phone⟩'}",
        "{name: ⟨name⟩, email: ⟨email⟩, role: admin}",
        '<customer id="⟨d6⟩"><name>⟨name⟩</name><phone>⟨phone⟩</phone></customer>',
        '{"contacts": [{"n": "⟨name⟩"}, {"n": "⟨name:2⟩"}]}',
        '{"event": "login", "ip": "⟨ipv4⟩", "geo": {"lat": ⟨lat⟩, "lon": ⟨lon⟩}}',
        '{"billing_details": {"name": "⟨rev⟩", "address": {"line1": "⟨street⟩", "postal_code": '
        '"⟨d5⟩"}}}',
        '{"msisdn": "⟨msisdn⟩", "opt_in": true}',
        '{"ssn": "⟨ssn_bare⟩", "name": "⟨name⟩"}',
        '{"cc_number": "⟨card⟩", "cc_name": "⟨name_uc⟩"}',
        '{"applicant": {"ssn": "⟨ssn⟩", "dob": "⟨date⟩"}}',
        '{"payout_account": {"iban": "⟨iban⟩", "currency": "EUR"}}',
    ],
    "multiline": [
        "From: ⟨name⟩ <⟨email⟩>\nSubject: Order ⟨shop⟩\n\nHi,\n\n"
        "my parcel never arrived. Could you resend it to:\n\n⟨addr_ml⟩\n\nThanks,\n⟨given⟩",
        "--\n⟨name⟩\n⟨jobtitle⟩ | ⟨org⟩\nM: ⟨phone⟩\nE: ⟨email⟩",
        "SHIP TO:\n⟨name_uc⟩\n⟨addr_ml_uc⟩\nTRACKING #: ⟨ups⟩\nWEIGHT: ⟨n:1-40⟩ LB",
        "Full name: ⟨name⟩\nDate of birth: ⟨dob⟩\nSSN: ⟨ssn⟩\nPhone: ⟨phone⟩",
        "id,name,email,phone\n⟨d5⟩,⟨name⟩,⟨email⟩,⟨phone⟩\n⟨d5⟩,⟨name:2⟩,⟨email:2⟩,⟨phone⟩",
        "BEGIN:VCARD\nVERSION:3.0\nN:⟨surname⟩;⟨given⟩;;;\nFN:⟨name⟩\nTEL;TYPE=CELL:⟨phone⟩\n"
        "EMAIL:⟨email⟩\nEND:VCARD",
        "On ⟨dlong⟩, ⟨name⟩ <⟨email⟩> wrote:\n> Can you call me on ⟨phone⟩ when you're free?\n\n"
        "Sure, will do.\n⟨given:2⟩",
        "Dear ⟨title⟩ ⟨surname⟩,\n\n"
        "Your refund of ⟨price⟩ has been sent to the account ending ⟨d4⟩.\n\nKind regards,\n"
        "⟨given:2⟩\nCustomer Care",
        "Beneficiary: ⟨name_uc⟩\nIBAN: ⟨iban⟩\nBIC: ⟨bic⟩\nReference: ⟨inv⟩",
        "FROM: ⟨name⟩, ⟨addr⟩\nTO:\n⟨name:2⟩\n⟨addr_ml⟩",
        'name;address;iban\n"⟨name⟩";"⟨addr⟩";⟨iban⟩',
        "Host: web-03\nPublic IPv4: ⟨ipv4⟩\nPublic IPv6: ⟨ipv6⟩\nOwner: ⟨name⟩ (⟨email⟩)",
        "New submission from Contact form\n\nName: ⟨name⟩\nEmail: ⟨email⟩\n"
        "Message: please call me back at ⟨phone⟩ before 6pm",
        "Deliver to: ⟨name⟩\n⟨addr_ml⟩\nTel. ⟨phone⟩\nIf out, leave with neighbour at no. ⟨n:1-80⟩",
        "Cardholder: ⟨name_uc⟩\nCard number: ⟨card⟩\nExpiry: ⟨mmyy⟩\nCVV: ***",
        "Welcome aboard, ⟨name⟩!\nStart date: ⟨date⟩\nManager: ⟨name:2⟩\nDesk phone: ⟨phone_local⟩",
        "Best,\n⟨given⟩\n\n⟨name⟩ | ⟨jobtitle⟩\n⟨addr_ml⟩\n⟨phone⟩",
        "Employee: ⟨rev⟩\nEmployee ID: ⟨d6⟩\nSSN: XXX-XX-⟨d4⟩\nPay period: ⟨date⟩ to ⟨date⟩\n"
        "Net pay: ⟨price⟩",
        "Hi ⟨given⟩,\n\nyour order is on its way to ⟨street⟩.\n\n— The ⟨org⟩ team",
        "Payment details\nName on card: ⟨name_uc⟩\nNumber: ⟨card⟩\nBilling address: ⟨addr⟩",
        "Form W-4\n(a) First name and middle initial: ⟨given⟩\nLast name: ⟨surname⟩\n"
        "(b) Social security number: ⟨ssn⟩",
        "Bank details for the refund:\nAccount holder: ⟨name⟩\nIBAN: ⟨iban⟩",
    ],
}
POSITIVE_7: dict[str, list[str]] = {
    "chat": [
        "yo ⟨given_lc⟩ whats ur addy again? i have ⟨street_lc⟩ but no zip",
        "⟨given_lc⟩ call me back → ⟨phone_local⟩",
        "(⟨dmy⟩ ⟨hm⟩) ⟨name⟩: router ip is ⟨ipv4⟩, pw is on the fridge",
        "ty ⟨given_lc⟩ 🙌",
        "heyy its ⟨given_lc⟩ from the gym!! this is my new # ⟨phone⟩",
        "nvm found it. ⟨name_lc⟩, ⟨addr_lc⟩",
        "pls send the deposit to ⟨iban_lc⟩ by fri 🙏",
        "use my work mail ⟨email⟩ for the invite",
        "lmk when ⟨given_lc⟩ gets here",
        "screenshot of the form: name ⟨name_lc⟩ ssn ⟨ssn⟩ ... dont forward it",
        "cc ⟨given_lc⟩, ⟨given_lc:2⟩ — standup moved to 3",
        "who's ⟨name_lc⟩?? she added me on linkedin",
        "staging is back up at [⟨ipv6⟩]:⟨port⟩ fyi",
        "ok ordering now, ship to ⟨addr⟩ right?",
        "⟨given_lc⟩ u still have my card? ⟨card⟩ lol jk dont use it",
        "happy bday ⟨given_lc⟩!!! 🎂🎂",
        "np ⟨given_lc⟩, xx",
        "msg ⟨name_lc⟩ on ⟨email⟩, she does the refunds",
        "⟨given_lc⟩ ur mic is muted",
        "saw ⟨name⟩ at the airport lol small world",
        "Salut ⟨given⟩, mon nouveau numéro c'est le ⟨phone_local:FR⟩",
        "⟨given_lc⟩ + ⟨given_lc:2⟩ dinner at ours? ⟨street_lc⟩, buzzer ⟨n:1-40⟩",
        "ok here's the card ⟨card⟩, only for the tickets pls",
        "iban for the flat deposit: ⟨iban⟩ (⟨name_lc⟩)",
        "do u know ur ssn by heart? mine is ⟨ssn⟩ lol",
    ],
    "ticket": [
        "[⟨ticket⟩] Login loop for ⟨name⟩, session IP ⟨ipv6⟩",
        "Customer says the package for ⟨name⟩ at ⟨addr⟩ shows delivered but never came. Tracking "
        "⟨fedex⟩.",
        "Per ⟨given⟩ in billing: refund issued to ⟨card⟩, allow 5–10 business days.",
        "Agent note — verified caller with last name, ZIP and SSN (⟨ssn⟩).",
        "Reassigned from ⟨name:2⟩ to ⟨name⟩.",
        "Mr. ⟨name⟩ asked us to stop calling ⟨phone⟩.",
        "La Sra. ⟨surname⟩ solicita cambiar la dirección de envío a ⟨addr⟩.",
        "Bounce: mail to ⟨email⟩ rejected (550 5.1.1 user unknown).",
        "Wire from ⟨iban⟩ arrived without a reference; sender name ⟨name_uc⟩.",
        "Customer ⟨given⟩ says ⟨given:2⟩ from our Leeds office promised a discount.",
        "Callback requested: ⟨phone_intl⟩, ask for ⟨given⟩ (speaks ⟨lang⟩).",
        "2FA reset for ⟨email⟩ approved by ⟨name:2⟩ after an ID check.",
        "Blocked signups from ⟨ipv4⟩ and ⟨ipv4⟩ — same device fingerprint.",
        "Old address: ⟨addr⟩ → new address: ⟨addr⟩",
        "Tax form rejected: SSN ⟨ssn⟩ does not match the name ⟨name_uc⟩ on IRS records.",
        "Closing — ⟨given⟩ confirmed the replacement arrived. Thanks ⟨given:2⟩ for the quick "
        "turnaround!",
        "Mme ⟨name⟩ signale un double prélèvement sur ⟨iban⟩.",
        "Please call the customer back: ⟨name⟩, mob ⟨phone⟩, prefers WhatsApp.",
        "Suspicious login for ⟨email⟩ from [⟨ipv6⟩]:⟨port⟩; forced a password reset.",
        "Pickup address for ⟨rma⟩: ⟨addr⟩, contact ⟨name⟩.",
        "Cardholder ⟨name⟩ disputes ⟨price⟩ on the card ending ⟨d4⟩.",
        "Sr. ⟨surname⟩ pide factura a nombre de ⟨name:2⟩, teléfono ⟨phone:MX⟩.",
        "Refund card: ⟨card⟩ (not the one on file). Approved by ⟨given:2⟩.",
        "Identity check failed for ⟨name⟩: SSN ⟨ssn⟩ is listed as belonging to a deceased person.",
        "Change of bank details: old ⟨iban⟩, new ⟨iban⟩. Call-back verification done.",
    ],
    "search": [
        "⟨name_lc⟩ contact details",
        "reverse lookup ⟨phone_intl⟩",
        "⟨email⟩ data breach",
        "⟨ipv6⟩ location",
        "⟨ipv4⟩ blacklist check",
        "⟨addr⟩ parking",
        "⟨name_lc⟩ instagram",
        "ssn ⟨ssn_bare⟩ valid?",
        "check iban ⟨iban⟩",
        "prof ⟨name_lc⟩ publications",
        "⟨name_lc⟩ vs ⟨name_lc:2⟩ chess",
        "calling ⟨phone_local⟩ from abroad",
        "⟨card⟩ fraud?",
        "not receiving mail at ⟨email⟩",
        "⟨name⟩ wedding ⟨year⟩",
        "⟨addr_lc⟩ floor plan",
        "how to block ⟨phone⟩ on iphone",
        "⟨name_lc⟩ md ⟨city_lc⟩",
        "who lives at ⟨street_lc⟩",
        "⟨card⟩",
        "ssn ⟨ssn⟩ belongs to who",
        "transfer to ⟨iban⟩ scam?",
    ],
    "review": [
        "⭐⭐ Delivery guy ⟨given⟩ was rude and left the box outside ⟨addr⟩ in the rain.",
        "Bought as a gift for ⟨given⟩. She cried. 10/10",
        "Be careful: the listing asks you to text ⟨phone⟩ for 'discounts'.",
        "Plumber ⟨name⟩ turned up on time and charged what he quoted. ⟨phone⟩.",
        "Product is fine, but my card ⟨card⟩ was charged by a third-party site right after.",
        "Thank you ⟨name⟩ and the whole team at ⟨clinic⟩!",
        "Customer service (⟨email⟩) never answered. Returned it via ⟨carrier⟩.",
        "Stayed at ⟨addr⟩ — host ⟨given⟩ replied within minutes.",
        "Our wedding photographer ⟨name⟩ was incredible.",
        "Muy amable ⟨given⟩, volveremos seguro.",
        "The smart plug phones home to ⟨ipv6⟩ every 30 seconds. Privacy nightmare.",
        "Hired ⟨name⟩ through the app; he fixed the leak and left his number ⟨phone⟩ for next "
        "time.",
        "Review by ⟨name_lc⟩ (verified buyer): fits well",
        "Landlord ⟨name⟩ kept the deposit I paid into ⟨iban⟩ and never returned it.",
        "Ask for ⟨given⟩ at the front desk, they'll sort you out.",
        "Mechanic ⟨name⟩ (⟨email⟩) — honest and fast.",
        "Would not recommend. Tried calling ⟨phone_local⟩, 45 minutes on hold.",
        "Ms ⟨surname⟩ at the Leeds branch went above and beyond.",
        "Got someone else's parcel: ⟨name_uc⟩, ⟨street⟩. Seller didn't care.",
        "Muito bom! O ⟨given⟩ da loja me ajudou com tudo.",
        "Charged ⟨price⟩ to ⟨card⟩ without asking. Disputing it with my bank.",
        "The form wanted my social security number ⟨ssn⟩ just to sign up for a newsletter?!",
        "Tutor ⟨given⟩ (☎ ⟨phone⟩) is patient and always on time.",
    ],
    "log": [
        '⟨ipv6⟩ - - [⟨clf⟩] "GET /favicon.ico HTTP/1.1" 404 209',
        "⟨syslog_ts⟩ web01 sshd[⟨pid⟩]: Invalid user test from ⟨ipv4⟩ port ⟨port⟩",
        'time=⟨iso⟩ level=warn msg="password reset requested" account=⟨email⟩ client_ip=⟨ipv6⟩',
        '[⟨ts⟩] checkout.failed customer="⟨name⟩" card_number=⟨card⟩ reason=do_not_honor',
        "dovecot: imap-login: Login: user=<⟨email⟩>, method=PLAIN, rip=⟨ipv4⟩, lip=⟨ipv4⟩, "
        "mpid=⟨pid⟩, TLS",
        'payroll.import row=⟨n:1-900⟩ employee="⟨name⟩" ssn=⟨ssn⟩ status=ok',
        "fail2ban.actions [⟨pid⟩]: NOTICE [sshd] Ban ⟨ipv4⟩",
        "twilio.webhook from=⟨phone_e164⟩ body_len=⟨n:1-160⟩ sid=SM⟨h:32⟩",
        "GET /api/users?email=⟨email⟩ 200 ⟨dur⟩ ip=⟨ipv4⟩",
        "billing.payout iban=⟨iban⟩ beneficiary=⟨name_uc⟩ amount_cents=⟨d5⟩",
        "geoip.lookup ip=⟨ipv6⟩ country=DE asn=3320 cache=miss",
        "WARN duplicate account: ⟨email⟩ / ⟨phone⟩ (customer ⟨name⟩)",
        'courier.dispatch job=⟨d8⟩ dropoff="⟨addr⟩" recipient="⟨name⟩" tel=⟨phone_e164⟩',
        "⟨ts⟩ [error] 1234#0: *⟨pid⟩ connect() failed (111: Connection refused) while connecting "
        "to upstream, client: ⟨ipv4⟩, server: shop.example.com, upstream: "
        '"http://[⟨ipv6⟩]:⟨port⟩/"',
        "db.slowquery 2.3s SELECT * FROM customers WHERE last_name = '⟨surname⟩' AND zip = '⟨d5⟩'",
        "ALERT impossible travel for ⟨email⟩: ⟨ipv4⟩ (Lagos) -> ⟨ipv6⟩ (Oslo) in 12m",
        "vpn: session up peer=⟨ipv4⟩:⟨port⟩ assigned=⟨ipv4⟩",
        "⟨iso⟩ kyc.manual_review applicant=⟨rev⟩ ssn=⟨ssn_bare⟩",
        "smtp: RCPT TO:<⟨email⟩> from [⟨ipv4⟩] accepted",
        'profile.update field=phone old="⟨phone⟩" new="⟨phone⟩" by=⟨uuid⟩',
        "pos.txn terminal=⟨d8⟩ pan=⟨card⟩ auth=⟨d6⟩ result=approved",
        "background_check.request ssn=⟨ssn⟩ requested_by=⟨email⟩",
        'payouts.batch row=⟨n:1-500⟩ iban=⟨iban⟩ name="⟨name⟩"',
    ],
    "json": [
        '{"order": {"id": "⟨shop⟩", "customer": {"name": "⟨name⟩", "email": "⟨email⟩"}}}',
        '{"user":{"displayName":"⟨name⟩","mail":"⟨email⟩","mobilePhone":"⟨phone_e164⟩"}}',
        '{"src_ip":"⟨ipv6⟩","dst_port":443,"action":"deny"}',
        "{'full_name': '⟨name_uc⟩', 'tax_id': '⟨ssn⟩'}",
        '{"card": {"pan": "⟨card⟩", "exp_month": ⟨n:1-12⟩}}',
        '{"delivery": {"recipient": "⟨name⟩", "address": "⟨addr⟩", "phone": "⟨phone⟩"}}',
        '{"iban": "⟨iban⟩", "bic": "⟨bic⟩", "holder": "⟨name⟩"}',
        '<input type="email" name="email" value="⟨email⟩">',
        '{"peers": ["⟨ipv4⟩", "⟨ipv4⟩", "[⟨ipv6⟩]:⟨port⟩"]}',
        '{"author": {"login": "⟨handle⟩", "name": "⟨name⟩"}}',
        '{"guest": "⟨given⟩", "room": "⟨room⟩", "checkin": "⟨date⟩"}',
        '{"patient": {"family": "⟨surname⟩", "given": ["⟨given⟩"], "telecom": "⟨phone⟩"}}',
        '{"fn": "⟨name⟩", "adr": "⟨addr⟩"}',
        '{"ssn_last4": "⟨d4⟩", "ssn": "⟨ssn_bare⟩"}',
        '{"signup":{"ip":"⟨ipv4⟩","email":"⟨email⟩","plan":"free"}}',
        '{"mentions": ["@⟨handle⟩"], "text": "thanks ⟨given⟩!"}',
        '{"emergency_contact": {"name": "⟨name⟩", "relation": "sister", "phone": "⟨phone⟩"}}',
        "customer_name: ⟨name⟩ | customer_ip: ⟨ipv4⟩ | customer_email: ⟨email⟩",
        '{"recipient":{"first":"⟨given_uc⟩","last":"⟨surname_uc⟩"},"street":"⟨street⟩"}',
        '{"creditCard":{"number":"⟨card⟩","holder":"⟨name⟩"}}',
        '{"w2": {"employee_ssn": "⟨ssn⟩", "wages": ⟨n:20000-190000⟩}}',
        '{"sepa": {"debtor_iban": "⟨iban⟩", "debtor_name": "⟨name⟩"}}',
    ],
    "multiline": [
        "Hi ⟨given⟩,\n\nJust confirming your appointment on ⟨dlong⟩ at ⟨time⟩.\n"
        "If you need to reschedule, reply to this email or call ⟨phone⟩.\n\nWarm regards,\n"
        "⟨name:2⟩",
        "Sender:\n⟨name_uc⟩\n⟨addr_ml_uc⟩\n\nRecipient:\n⟨name_uc:2⟩\n⟨addr_ml_uc⟩",
        "Name,Email,IP\n⟨name⟩,⟨email⟩,⟨ipv4⟩\n⟨name:2⟩,⟨email:2⟩,⟨ipv6⟩",
        "BEGIN:VCARD\nVERSION:4.0\nFN:⟨name⟩\nORG:⟨org⟩\n"
        "TEL;TYPE=work,voice;VALUE=uri:tel:⟨phone_e164⟩\nEND:VCARD",
        'From: "⟨rev⟩" <⟨email⟩>\nDate: ⟨rfc2822⟩\nSubject: Re: invoice ⟨inv⟩\n\n'
        "Please use our new account: ⟨iban⟩\n\nThanks\n⟨given⟩",
        "Patient: ⟨name⟩\nDOB: ⟨dob⟩\nAddress: ⟨addr⟩\nNext of kin: ⟨name:2⟩, ⟨phone⟩",
        "Cheers,\n⟨given⟩\n\nSent from my phone",
        "Kind regards / Mit freundlichen Grüßen\n\n⟨name⟩\n⟨jobtitle⟩\nT ⟨phone⟩ | M ⟨phone⟩\n"
        "⟨addr⟩",
        "Application form\n---\nSurname: ⟨surname_uc⟩\nGiven names: ⟨given⟩\n"
        "Social Security No.: ⟨ssn⟩\nCurrent address:\n⟨addr_ml⟩",
        "ORDER ⟨shop⟩\nBill to: ⟨name⟩\nCard: ⟨card⟩\nShip to: ⟨addr⟩",
        "> From: ⟨name⟩\n> Sent: ⟨dlong⟩\n> my IP is ⟨ipv4⟩ if that helps\n\n"
        "Thanks ⟨given⟩, whitelisted.",
        'account_holder,iban,amount\n"⟨rev⟩",⟨iban⟩,⟨n:10-900⟩.00\n"⟨rev:2⟩",⟨iban⟩,⟨n:10-900⟩.00',
        "PACKING SLIP\nOrder: ⟨amz⟩\nShip to:\n⟨name⟩\n⟨addr_ml⟩\nQty 1 × ⟨product⟩",
        "Hello ⟨given⟩ & ⟨given:2⟩,\nthe keys are in the lockbox at ⟨street⟩ (code ⟨d4⟩).\n"
        "Enjoy!\n⟨given:3⟩",
        "Emergency contacts\n1. ⟨name⟩ — ⟨phone⟩\n2. ⟨name:2⟩ — ⟨phone⟩",
        "Regards,\n\n⟨mi⟩\nAttorney at Law\nDirect: ⟨phone⟩\nFax: ⟨phone⟩\n⟨email⟩",
        "To whom it may concern,\n\n"
        "I, ⟨name⟩, residing at ⟨addr⟩, authorise ⟨name:2⟩ to collect my parcel.\n\nSigned,\n"
        "⟨name⟩",
        "Notes from call with ⟨name⟩:\n- new mobile ⟨phone⟩\n- moving to ⟨addr⟩ in June\n"
        "- wants paper bills stopped",
        "Passenger: ⟨fam⟩\nBooking ref: ⟨pnr⟩\nContact: ⟨phone_intl⟩",
        "Card on file\n⟨card⟩\nExp ⟨mmyy⟩\nName ⟨name_uc⟩",
        "Tenant application\nName: ⟨name⟩\nSSN: ⟨ssn⟩\nCurrent landlord: ⟨name:2⟩, ⟨phone⟩",
        "Please pay invoice ⟨inv⟩ to:\n⟨org⟩\nIBAN ⟨iban⟩\nBIC ⟨bic⟩",
    ],
}

NEGATIVE_6: dict[str, list[str]] = {
    "chat": [
        "omw, eta ⟨n:5-25⟩ min 🚗",
        "my order ⟨amz⟩ still hasnt shipped smh",
        "tracking says ⟨dhl⟩ is in ⟨city_lc⟩ now",
        "will do! mark it done when u can",
        "lmk if ⟨ver4⟩ fixes the crash",
        "meet at gate ⟨gate⟩, ⟨flight⟩ boards ⟨hm⟩",
        "bill split is ⟨price⟩ each",
        "anyone been to ⟨place_person⟩? thinking of going in may",
        "the ⟨brand_person⟩ sale ends sunday",
        "coords for the campsite: ⟨coord⟩",
        "we're on ⟨streetlike⟩ rn, so many ppl",
        "ikea order ⟨d9⟩ is ready for pickup",
        "pin me the plus code pls, i got ⟨plus⟩",
        "phone's dying, 4% 😭",
        "build ⟨build⟩ is cursed i swear",
        "gift card ⟨card_bad⟩ doesnt work??",
        "⟨hm⟩ works, see u then",
        "rose gold or space grey?",
        "score was ⟨n:0-5⟩-⟨n:0-5⟩, ⟨sportsteam⟩ won",
        "the ⟨storm⟩ pics are insane",
        "ref ⟨phone_shaped⟩ for the dry cleaning",
    ],
    "ticket": [
        "Order ⟨amz⟩: item ⟨sku⟩ arrived damaged; replacement shipped via ⟨carrier⟩ ⟨fedex⟩.",
        "Waybill ⟨phone_shaped⟩ returned to sender (address incomplete).",
        "Duplicate charge of ⟨price⟩ reversed; ref ⟨h:12⟩.",
        "Card ⟨card_bad⟩ failed the checksum at checkout — customer mistyped it.",
        "Invoice ⟨inv⟩ due ⟨date⟩; ⟨po⟩ attached.",
        "Bug in build ⟨build⟩: export to CSV drops the header row.",
        "The ⟨brand_person⟩ integration returns 500 after ⟨dur⟩.",
        "Customer asks whether EAN ⟨ean⟩ is back in stock.",
        "Return label generated, ⟨rma⟩, tracking ⟨ups⟩.",
        "Test SSN ⟨ssn_bad⟩ from the QA fixtures was rejected as expected.",
        "IBAN ⟨iban_bad⟩ rejected: checksum mismatch. Asked the customer to re-check.",
        "Device IMEI ⟨imei⟩ blacklisted after a theft report.",
        "Warehouse ⟨n:1-9⟩ reports a stock discrepancy on pallet ⟨ssn_shape⟩.",
        "Escalation SLA breached by ⟨dur⟩ on ⟨case⟩.",
        "MAC ⟨mac⟩ keeps dropping off the guest network.",
        "Firmware ⟨ver4⟩ fixes the Bluetooth pairing issue.",
        "Refund approved. Amount ⟨price⟩, ETA ⟨n:3-10⟩ business days.",
        "Customer in ⟨place_person⟩ asks about shipping times to the islands.",
        "Routing number ⟨routing⟩ belongs to the bank's head office, not a branch.",
        "Will check with ⟨org_person⟩ procurement and revert by Friday.",
        "Masked card ⟨card_mask⟩ appears twice in the settlement file.",
    ],
    "search": [
        "⟨product⟩ price",
        "ups ⟨ups⟩",
        "fedex tracking ⟨fedex⟩",
        "convert epoch ⟨epoch⟩ to date",
        "⟨brand_person⟩ outlet near me",
        "weather ⟨place_person⟩ tomorrow",
        "isbn ⟨isbn⟩",
        "⟨model⟩ manual pdf",
        "mac address ⟨mac⟩ vendor",
        "⟨ver4⟩ changelog",
        "is ⟨ssn_bad⟩ a valid ssn",
        "git show ⟨h:40⟩",
        "⟨streetlike⟩ shops",
        "⟨storm⟩ path",
        "⟨eponym⟩ symptoms",
        "iban checker ⟨iban_bad⟩",
        "⟨amz⟩ order status",
        "flight ⟨flight⟩ status",
        "⟨dms⟩",
        "order ⟨phone_shaped⟩ not arrived",
    ],
    "review": [
        "★★★★☆ Battery lasts ⟨n:8-30⟩ hours and charges in ⟨dur⟩. Model ⟨model⟩.",
        "Size ⟨shoe⟩ fits true to size. Colour: ⟨color⟩.",
        "Came with firmware ⟨ver4⟩, updated to ⟨ver4⟩ without issues.",
        "Better than my old ⟨brand_person⟩ by a mile.",
        "Bought at the ⟨place_person⟩ store, ⟨price⟩ on sale.",
        "Box said ⟨sku⟩ but I got the ⟨color⟩ one.",
        "The ⟨product⟩ arrived in ⟨n:2-5⟩ days, tracking ⟨dhl⟩.",
        "Great read. ISBN ⟨isbn⟩ is the revised edition.",
        "Stopped working after ⟨n:2-11⟩ months; serial ⟨H:12⟩.",
        "Will buy again!",
        "Perfect for the ⟨streetlike⟩ crowd, haha.",
        "Order ⟨amz⟩ came with a missing screw.",
        "Took ⟨n:2-4⟩ tries to pair; the app shows it as ⟨mac⟩.",
        "Tastes like ⟨brand_person⟩ but half the price.",
        "Ran ⟨n:5-21⟩ km along ⟨streetlike⟩ in them, no blisters.",
        "Listed as ⟨n:64-512⟩GB, actually ⟨n:16-60⟩GB. Returning.",
        "Packaging said best before ⟨date⟩.",
        "⟨rating⟩/5 — arrived just before ⟨storm⟩ hit, phew.",
        "IMEI ⟨imei⟩ was already locked when it arrived.",
        "Gift card ⟨card_bad⟩ didn't redeem.",
    ],
    "log": [
        "⟨iso⟩ INFO worker-3 job=⟨uuid⟩ duration_ms=⟨n:10-9000⟩ status=ok",
        'level=warn msg="retrying" attempt=⟨n:1-5⟩ backoff=⟨dur⟩ order_id=⟨amz⟩',
        "kernel: eth0: link up, 1000 Mbps, full duplex, lpa 0x⟨H:4⟩, hwaddr ⟨mac⟩",
        "build=⟨build⟩ commit=⟨h:40⟩ branch=release/⟨semver⟩",
        "shipment.created waybill=⟨phone_shaped⟩ carrier=⟨carrier⟩ weight_kg=⟨float⟩",
        "payments: card=⟨card_mask⟩ auth=APPROVED amount=⟨n:100-99999⟩",
        "ts=⟨epoch_ms⟩ gc pause=⟨dur⟩ heap=⟨n:100-4000⟩MB",
        "snmpd[⟨pid⟩]: get OID ⟨oid⟩ value=⟨n:0-9999⟩",
        "geo.update device=⟨h:16⟩ lat=⟨lat⟩ lon=⟨lon⟩ acc=⟨n:3-50⟩m",
        "validation failed field=iban reason=checksum got=⟨iban_bad⟩",
        "validation failed field=ssn reason=invalid_area value=⟨ssn_bad⟩",
        "CRON[⟨pid⟩]: (root) CMD (/usr/local/bin/backup.sh --keep ⟨n:3-30⟩)",
        "[⟨ts⟩] GET /api/v1/products/⟨ean⟩ 200 ⟨n:1-900⟩ms",
        "systemd[1]: Started Session ⟨n:1-9999⟩ of User ⟨sysuser⟩.",
        "firmware_update device=⟨model⟩ from=⟨ver4⟩ to=⟨ver4⟩ result=success",
        "imei=⟨imei⟩ registered=false reason=blacklisted",
        "queue=emails depth=⟨n:0-5000⟩ oldest=⟨dur⟩",
        "sha256=⟨h:64⟩ file=invoice_⟨d6⟩.pdf size=⟨n:1000-900000⟩",
        "ntpd[⟨pid⟩]: adjusting local clock by ⟨float⟩s",
        "aba.check routing=⟨routing⟩ valid=true bank=⟨bank⟩",
        "order.fulfilled id=⟨d10⟩ sku=⟨sku⟩ qty=⟨qty⟩",
    ],
    "json": [
        '{"sku": "⟨sku⟩", "price": ⟨float⟩, "qty": ⟨n:1-50⟩}',
        '{"tracking_number": "⟨phone_shaped⟩", "carrier": "⟨carrier⟩"}',
        '{"order_id": "⟨amz⟩", "status": "shipped"}',
        '{"version": "⟨ver4⟩", "build": ⟨d5⟩}',
        '{"lat": ⟨lat⟩, "lng": ⟨lon⟩, "zoom": ⟨n:3-18⟩}',
        '{"id": "⟨uuid⟩", "created_at": "⟨iso⟩"}',
        '{"brand": "⟨brand_person⟩", "category": "⟨category⟩"}',
        '{"isbn13": "⟨isbn⟩", "pages": ⟨n:80-900⟩}',
        '{"mac": "⟨mac⟩", "rssi": -⟨n:30-90⟩}',
        '{"card_last4": "⟨d4⟩", "card_bin": "⟨d6⟩"}',
        '{"test_card": "⟨card_bad⟩", "expect": "luhn_error"}',
        '{"iban": "⟨iban_bad⟩", "valid": false}',
        '{"ean": "⟨ean⟩", "stock": ⟨n:0-500⟩}',
        '{"city": "⟨place_person⟩", "timezone": "⟨tz⟩"}',
        '{"hash": "⟨b64:44⟩", "alg": "sha256"}',
        '{"epoch_ms": ⟨epoch_ms⟩, "tz_offset": "+02:00"}',
        '{"imei": "⟨imei⟩", "model": "⟨model⟩"}',
        '{"storm": "⟨storm⟩", "category": ⟨n:1-5⟩}',
        '{"routing": "⟨routing⟩", "type": "ABA"}',
        '{"store": "⟨streetlike⟩ flagship", "opens": "09:00"}',
        '{"supplier": "⟨org_person⟩", "po": "⟨po⟩"}',
    ],
    "multiline": [
        "Order summary\nOrder: ⟨amz⟩\nItems: ⟨n:1-5⟩\nTotal: ⟨price⟩\nShipping: ⟨carrier⟩ ⟨fedex⟩",
        "sku,qty,price\n⟨sku⟩,⟨n:1-20⟩,⟨float⟩\n⟨sku⟩,⟨n:1-20⟩,⟨float⟩",
        "Release notes ⟨semver⟩\n- Fixed a crash on ⟨model⟩\n- Bumped firmware to ⟨ver4⟩",
        "Packing list\nPallet ⟨ssn_shape⟩\nGross weight ⟨n:50-900⟩ kg\n"
        "Dims ⟨n:80-120⟩×⟨n:60-120⟩×⟨n:50-180⟩ cm",
        "Hi team,\n\nthe ⟨brand_person⟩ order has shipped.\n\nThanks,\nOps",
        "Device report\nMAC: ⟨mac⟩\nIMEI: ⟨imei⟩\nFW: ⟨ver4⟩",
        "date,open,close\n⟨date⟩,⟨float⟩,⟨float⟩\n⟨date⟩,⟨float⟩,⟨float⟩",
        "Invoice ⟨inv⟩\nDue: ⟨date⟩\nAmount: ⟨price⟩\nPayment ref: ⟨d10⟩",
        "Meeting notes\n- Q3 targets agreed\n- Next review ⟨date⟩\n"
        "- Action: Finance to send the ⟨org_person⟩ contract",
        "Test data (invalid on purpose)\ncard: ⟨card_bad⟩\niban: ⟨iban_bad⟩\nssn: ⟨ssn_bad⟩",
        "Itinerary\n⟨flight⟩ ⟨airport⟩→⟨airport⟩ dep ⟨hm⟩\nSeat ⟨seat⟩\nPNR ⟨pnr⟩",
        "Location\nlat ⟨lat⟩\nlon ⟨lon⟩\nalt ⟨n:1-3000⟩ m",
        "Recipe: ⟨recipe⟩\n200 g flour\n2 eggs\nBake ⟨n:20-45⟩ min at ⟨n:160-220⟩ °C",
        "--\nSent from my iPhone",
        "BEGIN:VEVENT\nDTSTART:⟨icsdt⟩\nSUMMARY:Quarterly review\nLOCATION:Room ⟨room⟩\nEND:VEVENT",
        "Storm update\n⟨storm⟩ is expected to make landfall near ⟨place⟩ around ⟨hm⟩.",
        "ISBN: ⟨isbn⟩\nPublisher: ⟨publisher⟩\nPages: ⟨n:100-800⟩",
        "Parcel ⟨dhl⟩\nFrom: ⟨place⟩ hub\nTo: ⟨place⟩ hub\nStatus: in transit",
        "Checksums\nSHA1 ⟨h:40⟩\nMD5 ⟨h:32⟩",
        "Store hours\n⟨streetlike⟩ store: 9–6\nAirport kiosk: 7–10",
        "Hi all,\n\nreminder that ⟨eponym⟩ awareness week starts ⟨date⟩.\n\nHR",
    ],
}
NEGATIVE_7: dict[str, list[str]] = {
    "chat": [
        "running ⟨n:5-20⟩ late, traffic on ⟨streetlike⟩ is mad",
        "package ⟨usps⟩ out for delivery finally",
        "my bday is ⟨dlong⟩ dont forget 😤",
        "screen cracked, imei is ⟨imei⟩ for the insurance thing",
        "aisle ⟨n:1-30⟩ next to the ⟨brand_person⟩ stuff",
        "dinner at ⟨restaurant⟩? booking ref ⟨pnr⟩",
        "who took my charger 😑",
        "⟨flight⟩ delayed to ⟨hm⟩, gate ⟨gate⟩ now",
        "sent u ⟨price⟩ for the tix",
        "trip to ⟨place_person⟩ booked!!",
        "new high score ⟨d7⟩ 😎",
        "router firmware ⟨ver4⟩ bricked it lol",
        "the headphone jack broke, grace period ends friday",
        "confirmation # ⟨phone_shaped⟩ fyi",
        "its at ⟨coord⟩ on the map, the blue pin",
        "lol the ⟨storm⟩ memes",
        "⟨qty⟩ for ⟨price⟩ at ⟨store⟩ rn",
        "can u bring the ⟨product⟩? mine's broken",
        "mtg moved to ⟨date⟩ ⟨hm⟩ utc",
        "listening to ⟨band⟩ on repeat",
        "ok the locker code is ⟨d6⟩",
    ],
    "ticket": [
        "AWB ⟨awb⟩ stuck in customs at ⟨airport⟩.",
        "Customer asks why order ⟨phone_shaped⟩ shows as a split shipment.",
        "ISBN ⟨isbn⟩ is listed with the wrong cover image.",
        "Promo code SPRING⟨n:10-30⟩ not applying to the ⟨product⟩.",
        "Payment reference ⟨card_bad⟩ could not be matched to a card — Luhn fails.",
        "Known issue in v⟨semver⟩; fix targeted for ⟨date⟩.",
        "Duplicate of ⟨ticket⟩; closing.",
        "Account ⟨uuid⟩ flagged by the fraud model (score 0.⟨d2⟩).",
        "ISIN ⟨isin⟩ is missing from the fund factsheet.",
        "Supplier VAT number ⟨vat⟩ failed VIES validation.",
        "Temperature logger reported ⟨float⟩ °C at ⟨coord⟩ during transit.",
        "SSN field rejected ⟨ssn_bad⟩ (area number never issued) — working as designed.",
        "Pickup scheduled with ⟨carrier⟩, booking ⟨d10⟩.",
        "Customer says the ⟨brand_person⟩ item in bundle ⟨model⟩ arrived scratched.",
        "EORI ⟨eori⟩ on the commercial invoice doesn't match the exporter.",
        "Our ⟨org_person⟩ account manager confirmed the renewal.",
        "Checksum of the upload: sha256 ⟨h:64⟩.",
        "Masked card ⟨card_mask⟩ was charged ⟨price⟩ twice.",
        "Latency spike at ⟨iso⟩, p99 ⟨dur⟩.",
        "⟨storm⟩ closed the ⟨place⟩ hub; expect delays.",
        "Bank says IBAN ⟨iban_mask⟩ is valid but the name didn't match; asked for a statement.",
    ],
    "search": [
        "track dhl ⟨dhl⟩",
        "⟨isin⟩ share price",
        "⟨ean⟩ barcode lookup",
        "time zone ⟨place_person⟩",
        "⟨brand_person⟩ customer service hours",
        "usps ⟨usps⟩",
        "imei check ⟨imei⟩",
        "⟨sportsteam⟩ score",
        "kernel ⟨ver4⟩ release notes",
        "eui-64 ⟨eui64⟩ to link local",
        "⟨coord⟩ on map",
        "⟨product⟩ vs ⟨product⟩",
        "best ⟨food⟩ in ⟨city_lc⟩",
        "⟨recipe⟩ recipe easy",
        "routing number ⟨routing⟩ bank name",
        "⟨org_person⟩ careers",
        "⟨streetlike⟩ christmas lights",
        "convert ⟨epoch_ms⟩ ms to date",
        "awb ⟨awb⟩ tracking",
        "why is card ⟨card_bad⟩ invalid",
    ],
    "review": [
        "⭐⭐⭐⭐⭐ Fits my ⟨model⟩ perfectly.",
        "Warranty card number ⟨card_bad⟩ rejected on their site.",
        "Arrived in ⟨n:2-6⟩ days via ⟨carrier⟩ (⟨usps⟩).",
        "Compared with the ⟨brand_person⟩ version this one is quieter.",
        "Our week in ⟨place_person⟩ was ruined by rain, not the hotel's fault.",
        "⟨band⟩ sounds amazing on these.",
        "Cooks ⟨n:2-8⟩ portions at ⟨n:800-1800⟩ W.",
        "Honestly a ⟨rating⟩ for the price (⟨price⟩).",
        "Ebook ISBN ⟨isbn⟩ has formatting errors in chapter ⟨n:2-20⟩.",
        "Better coverage than ⟨telco⟩ around ⟨place_person⟩.",
        "Hash didn't match: ⟨h:40⟩ vs ⟨h:40⟩.",
        "Version ⟨semver⟩ fixed the sync bug.",
        "Serial ⟨ssn_shape⟩ printed on the box matches the receipt.",
        "The ⟨org_person⟩ shampoo left my hair greasy.",
        "Bought it at the ⟨streetlike⟩ flagship.",
        "Mark my words, this will last years.",
        "Shoes run small, order ⟨shoe⟩.",
        "Car charger shows ⟨float⟩ V on a ⟨n:12-24⟩ V socket.",
        "Tracking ⟨phone_shaped⟩ never updated.",
        "Delivered to the ⟨place_person⟩ locker, code ⟨d6⟩.",
    ],
    "log": [
        "⟨syslog_ts⟩ host kernel: [⟨float⟩] usb 1-2: new high-speed USB device number ⟨n:2-20⟩",
        "trace_id=⟨h:32⟩ span_id=⟨h:16⟩ duration=⟨dur⟩",
        "order.paid id=⟨phone_shaped⟩ total=⟨n:100-99999⟩ currency=EUR",
        "bt: connected ⟨mac⟩ rssi=-⟨n:30-90⟩",
        "wlan0: eui64 ⟨eui64⟩ privacy extensions on",
        "tracking.update awb=⟨awb⟩ status=ARRIVED_HUB hub=⟨airport⟩",
        "WARN isin=⟨isin⟩ missing price for ⟨date⟩",
        "parcel.scan usps=⟨usps⟩ facility=⟨n:100-999⟩",
        "app version=⟨ver4⟩ os=android-⟨n:10-15⟩ device=⟨model⟩",
        "checksum mismatch pan=⟨card_bad⟩ rejected=true",
        "invoice.generated number=⟨inv⟩ amount=⟨price⟩",
        "retention: deleted ⟨n:1-99999⟩ rows older than ⟨n:30-400⟩d",
        "lock acquired key=job:⟨uuid⟩ ttl=⟨n:5-60⟩s",
        "consumer epoch=⟨epoch⟩ offset=⟨n:0-999999⟩ partition=⟨n:0-31⟩",
        "jwt verified kid=⟨h:8⟩ exp=⟨epoch⟩ sub=⟨uuid⟩",
        "warehouse.move sku=⟨sku⟩ from=A-⟨n:1-40⟩-⟨n:1-9⟩ to=B-⟨n:1-40⟩-⟨n:1-9⟩",
        "sepa.validate iban_masked=⟨iban_mask⟩ ok=true",
        "address.verify zip4=⟨zip4⟩ dpv=Y",
        "thermostat setpoint=⟨float⟩C humidity=⟨n:20-80⟩%",
        "ssn.validate input=⟨ssn_bad⟩ result=INVALID_SERIAL_OR_AREA",
        "scanner: ean=⟨ean⟩ lane=⟨n:1-12⟩ cashier=⟨n:100-999⟩",
    ],
    "json": [
        "{'awb': '⟨awb⟩', 'pieces': ⟨n:1-9⟩}",
        '{"ssn_valid": false, "input": "⟨ssn_bad⟩"}',
        '{"firmware":"⟨ver4⟩","uptime_s":⟨d7⟩}',
        '{"isin":"⟨isin⟩","nav":⟨float⟩}',
        '{"eori":"⟨eori⟩","incoterm":"DAP"}',
        '{"manufacturer": "⟨org_person⟩", "model": "⟨model⟩"}',
        '<item sku="⟨sku⟩" qty="⟨n:1-9⟩"/>',
        '{"pan_masked": "⟨card_mask⟩"}',
        '{"confirmation": "⟨phone_shaped⟩", "seats": ["⟨seat⟩"]}',
        '{"usps": "⟨usps⟩", "eta": "⟨date⟩"}',
        '{"bssid": "⟨mac⟩", "channel": ⟨n:1-165⟩}',
        '{"coords": [⟨lon⟩, ⟨lat⟩]}',
        '{"duration": "PT⟨n:1-59⟩M⟨n:1-59⟩S"}',
        '{"git_sha": "⟨h:40⟩", "tag": "v⟨semver⟩"}',
        '{"destination": "⟨place_person⟩", "nights": ⟨n:1-14⟩}',
        '{"album": "⟨band⟩ - Greatest Hits", "tracks": ⟨n:8-24⟩}',
        '{"iban_check": {"input": "⟨iban_bad⟩", "mod97": ⟨n:2-96⟩}}',
        '{"oid": "⟨oid⟩", "type": "Counter32"}',
        '{"barcode": "⟨upc⟩", "format": "UPC-A"}',
        '{"amount": "⟨price⟩", "invoice": "⟨inv⟩"}',
        '{"event": "⟨storm⟩", "advisory": ⟨n:1-40⟩}',
    ],
    "multiline": [
        "SHIPMENT NOTICE\nAWB: ⟨awb⟩\nPieces: ⟨n:1-9⟩\nOrigin: ⟨airport⟩\nDest: ⟨airport⟩",
        "id,ean,stock\n⟨d5⟩,⟨ean⟩,⟨n:0-99⟩\n⟨d5⟩,⟨ean⟩,⟨n:0-99⟩",
        "Changelog\n⟨ver4⟩ - security fixes\n⟨ver4⟩ - initial release",
        "Thanks all,\nThe ⟨org⟩ team",
        "Confirmation ⟨phone_shaped⟩\nCheck-in: ⟨date⟩\nCheck-out: ⟨date⟩\nGuests: ⟨n:1-4⟩",
        "Network\nBSSID ⟨mac⟩\nGateway MAC ⟨mac⟩\nChannel ⟨n:1-13⟩",
        "Validation errors:\n- IBAN ⟨iban_bad⟩: bad check digits\n- Card ⟨card_bad⟩: Luhn",
        "Sales by region\n⟨place_person⟩: ⟨price⟩\n⟨place⟩: ⟨price⟩",
        "Security advisory\nAffected: ⟨semver⟩ to ⟨semver⟩\nCVE-⟨n:2019-2025⟩-⟨d5⟩",
        "Return authorisation\n⟨rma⟩\nReason: wrong size\nRefund: ⟨price⟩",
        "Holdings\n⟨isin⟩ ⟨n:1-900⟩ units\n⟨isin⟩ ⟨n:1-900⟩ units",
        "--\n⟨org⟩ | ⟨slogan⟩",
        "Track\n⟨usps⟩\nExpected ⟨date⟩",
        "Bill of materials\n⟨part⟩ resistor ×⟨n:2-40⟩\n⟨part⟩ capacitor ×⟨n:2-40⟩",
        "Schedule\nMon ⟨hm⟩–⟨hm⟩\nTue ⟨hm⟩–⟨hm⟩",
        "Exhibition at the ⟨streetlike⟩ gallery\nOpening ⟨date⟩",
        "Playlist\n1. ⟨band⟩\n2. ⟨band⟩",
        "Gift card\nNumber: ⟨card_bad⟩\nPIN: ⟨d4⟩",
        "Customs declaration\nEORI: ⟨eori⟩\nHS code: ⟨d6⟩\nValue: ⟨price⟩",
        "Survey points\nP1 ⟨coord⟩\nP2 ⟨coord⟩",
        "Clinic letter\nRe: ⟨eponym⟩ referral pathway\nReview date: ⟨date⟩",
    ],
}


# -- filling ---------------------------------------------------------------------------------
PII_KINDS = {
    "name": "PERSON",
    "given": "PERSON",
    "surname": "PERSON",
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
SLOT = re.compile(r"⟨(\w+?)(_lc|_uc)?(?::([^⟩]+))?⟩")


def lower(text: str) -> str:
    """Lower case as a person types it (a dotted capital I becomes a plain i)."""
    return text.replace("İ", "i").lower()


@dataclass
class Record:
    """A filled template: its text, gold spans and the filler kinds it used."""

    text: str = ""
    spans: list[dict[str, object]] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)


class Filler:
    """Fills templates for one set."""

    def __init__(self, d: Draw) -> None:
        self.d = d
        self.people = People(d)

    def address(self, kind: str, country: str | None) -> str:
        d = self.d
        code = country or _weighted(d, list(ADDRESS_FORMATS), ADDRESS_WEIGHTS)
        addr = ADDRESS_FORMATS[code](d)
        name = d.pick(addr.countries)
        if kind == "street":
            return addr.street
        if kind == "addr_ml":
            lines = list(addr.lines)
            if d.chance(0.35 if code != "US" else 0.15):
                lines.append(name.upper() if d.chance(0.5) else name)
            return "\n".join(lines)
        if d.chance(0.25 if code != "US" else 0.1):
            return f"{addr.one}, {name}"
        return addr.one

    def pii(self, kind: str, arg: str | None, persons: dict[str, Person]) -> str:
        d = self.d
        if kind in {"name", "given", "surname", "rev", "mi", "fam", "email"}:
            key = arg or "1"
            if key not in persons:
                persons[key] = self.people.person()
            p = persons[key]
            forms: dict[str, Callable[[], str]] = {
                "name": p.name,
                "given": lambda: p.given,
                "surname": lambda: p.surname,
                "rev": p.reversed,
                "mi": p.with_initial,
                "fam": p.family_upper,
                "email": lambda: self.people.email(p),
            }
            return forms[kind]()
        if kind.startswith("phone") or kind == "msisdn":
            form = {"phone": "", "phone_intl": "intl", "phone_local": "local"}.get(kind, kind[6:])
            return phone(d, "msisdn" if kind == "msisdn" else form, arg)
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
                span = {
                    "start": start,
                    "end": len(record.text),
                    "entity_type": PII_KINDS[kind],
                    "value": value,
                }
                record.spans.append(span)
        record.text += template[position:]
        check(record)
        return record


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def check(record: Record) -> None:
    """Assert the gold is sound: offsets, boundaries, and that every value is valid."""
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
        elif kind == "IBAN_CODE":
            assert iban_ok(value), value
        elif kind == "IP_ADDRESS":
            ipaddress.ip_address(value)
        elif kind == "EMAIL_ADDRESS":
            assert EMAIL.fullmatch(value), value
        elif kind == "US_SSN":
            digits = re.sub(r"\D", "", value)
            assert len(digits) == 9, value
            assert digits[:3] not in {"000", "666"}, value
            assert digits[0] != "9", value
            assert digits[3:5] != "00", value
            assert digits[5:] != "0000", value


# -- building --------------------------------------------------------------------------------
def templates(set_number: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    return (POSITIVE_6, NEGATIVE_6) if set_number == 6 else (POSITIVE_7, NEGATIVE_7)


def check_templates() -> None:
    """The two sets share no template, negatives use no PII slot, and set 7's name tokens
    and streets are not set 6's."""
    six = {t for pool in (*POSITIVE_6.values(), *NEGATIVE_6.values()) for t in pool}
    seven = {t for pool in (*POSITIVE_7.values(), *NEGATIVE_7.values()) for t in pool}
    assert not six & seven, six & seven
    for pool in (NEGATIVE_6, NEGATIVE_7):
        for template in (t for ts in pool.values() for t in ts):
            kinds = {m.group(1) for m in SLOT.finditer(template)}
            assert not kinds & set(PII_KINDS), template
    for pool in (POSITIVE_6, POSITIVE_7, NEGATIVE_6, NEGATIVE_7):
        assert tuple(pool) == REGISTERS, tuple(pool)
    tokens = [set().union(*map(name_tokens, given_names(h) + surnames(h))) for h in (0, 1)]
    assert not tokens[0] & tokens[1], tokens[0] & tokens[1]
    assert not set(street_names(0)) & set(street_names(1))


def build(set_number: int) -> tuple[list[dict[str, object]], int]:
    """One set's records (positives, then look-alikes), and how many look-alikes are hard."""
    check_templates()
    d = Draw(random.Random(SEEDS[set_number]), half=0 if set_number == 6 else 1)
    filler = Filler(d)
    positives, negatives = templates(set_number)
    records: list[dict[str, object]] = []
    for index in range(POSITIVES):
        register = REGISTERS[index % len(REGISTERS)]
        filled = filler.fill(d.pick(positives[register]))
        assert filled.spans, filled.text
        records.append({"text": filled.text, "spans": filled.spans, "register": register})
    hard = 0
    for index in range(NEGATIVE_COUNT):
        register = REGISTERS[index % len(REGISTERS)]
        filled = filler.fill(d.pick(negatives[register]))
        hard += bool(filled.kinds & HARD_KINDS)
        records.append({"text": filled.text, "spans": [], "register": register, "negative": True})
    for number, record in enumerate(records):
        record["id"] = number
    return records, hard


def summary(records: list[dict[str, object]]) -> Counter[str]:
    """Gold spans per entity type."""
    counts: Counter[str] = Counter()
    for record in records:
        spans = record["spans"]
        assert isinstance(spans, list)
        counts.update(str(span["entity_type"]) for span in spans)
    return counts


def main() -> None:
    """Write both sets and print their counts."""
    for set_number in (6, 7):
        records, hard = build(set_number)
        write_set(records, FILES[set_number])
        counts = summary(records)
        multiline = sum("\n" in str(r["text"]) for r in records)
        print(f"  set {set_number}: spans {dict(sorted(counts.items()))}")
        print(
            f"  set {set_number}: hard look-alikes {hard}/{NEGATIVE_COUNT},"
            f" multi-line texts {multiline}"
        )


if __name__ == "__main__":
    main()
