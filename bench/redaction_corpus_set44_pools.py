# ruff: noqa: RUF001, E501
"""Set 44's person pools: the people of land, buildings, energy, vehicles and labs — farmers,
keepers, vets, contractors, co-op members, landlords and tenants, allotment holders,
customers of energy and water firms, engineers and installers, builders, plumbers, site
managers, objectors, buyers of new builds, drivers, dealers' customers, researchers, lab users
and the authors of abstracts.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Cantonese, Vietnamese,
Korean, Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian, Polish and Czech surnames follow the given name's gender, so those
pools are ordered male, male, female, female to give both halves both genders (the Vietnamese
given names too). ``NICKS`` are short forms used alone for a person. Particles are no name
words. No name word is a word of a look-alike pool. ``half`` is the shared kit's.

Written blind for this set. Every name word was checked, by a one-off script outside the
repository, against the texts of sets 13-43, and no given name + surname pair that one half can
draw occurs as a PERSON value of them. Candidate words for the Anglo, African-American, Irish,
Hispanic, Brazilian, Indian, Japanese, Indonesian, Nigerian, Ghanaian, Kenyan, Turkish,
Russian, Polish (given names), Czech, Romanian, Greek, German, French, Italian, Dutch,
Scandinavian, Finnish, Thai, Hungarian, Armenian, Georgian and Zulu pools were drawn from the
person lists of the ``faker`` package (40.63.0: en_US, en_GB, en_IE, es_MX, es_AR, pt_BR,
pt_PT, en_IN, ja_JP (romanised), id_ID, yo_NG, tw_GH, en_KE, tr_TR, ru_RU, pl_PL, cs_CZ, ro_RO,
el_GR, de_DE, de_AT, fr_FR, fr_CA, fr_CH, it_IT, nl_NL, nl_BE, sv_SE, da_DK, no_NO, fi_FI,
en_TH, hu_HU, hy_AM, ka_GE, zu_ZA; the Cyrillic, Greek, Armenian and Georgian ones
transliterated), outside the generator; the rest (Scottish, Welsh, Chinese, Cantonese,
Vietnamese, Filipino, Korean, Ethiopian, Somali, Arabic, Persian, Pakistani, Bangladeshi,
Sri Lankan, Nepali and Israeli names, the Polish surnames and the nicknames) were written by
hand, and recur more in earlier sets.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half

__all__ = [
    "FAMILY_FIRST",
    "FEMALE",
    "FEMALE_SURNAMES",
    "GENDERED",
    "HYPHENATED",
    "MALE_SURNAMES",
    "MIDDLE",
    "MIDDLE_SHARE",
    "NICKS",
    "PARTICLE_WORDS",
    "PERSONS",
    "SECOND_SURNAME",
    "WEIGHTS",
    "half",
]

# culture -> (given names, surnames); the culture keys are those of sets 40-43.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Meagan", "Darin", "Kristie", "Gregg", "Jayne", "Terrance", "Shelia", "Allan", "Traci", "Jody", "Lynda", "Jeff", "Makayla", "Jason", "Terri", "Brad", "Sheena", "Cassidy", "Alisha", "Sian"),
        ("Thorpe", "Gardiner", "Rees", "Gould", "Ayers", "Olson", "Carlson", "Hoffman", "Henson", "Hess", "Coffey", "Harrell", "Burke", "Yoder", "Sanderson", "Charlton", "Knowles", "Humphreys", "Rowley", "Wallis"),
    ),
    "aa": (
        ("Jeffery", "Carla", "Phillip", "Kara", "Cory", "Sheri"),
        ("Adkins", "Wilkerson", "Haynes", "Horton", "McKnight", "Truitt"),
    ),
    "ie": (
        ("Dairine", "Cliodhna", "Ciarrai", "Meaghan", "Kerri", "Alanna", "Evie", "Faye"),
        ("Deely", "Condren", "Enright", "Halpin", "Deeny", "Ternan", "Keevers", "Hoban"),
    ),
    "sco": (
        ("Fearghas", "Mairi", "Murdo", "Seonaid"),
        ("Gillies", "Kinnaird", "Cruickshank", "Auchterlonie"),
    ),
    "wel": (
        ("Ifor", "Gwenllian", "Rhydian", "Nerys"),
        ("Probert", "Prytherch", "Pryce", "Gittins"),
    ),
    "hi": (
        ("Yuridia", "Jeronimo", "Evelio", "Vanesa", "Eugenio", "Wendolin", "Homero", "Oswaldo", "Lilia", "Nahiara", "Patricio", "Alejo"),
        ("Luevano", "Caldera", "Vergara", "Cervántez", "Jurado", "Feliciano", "Mascareñas", "Marrero", "Acuña", "Avilés", "Negrón", "Cazares"),
    ),
    "br": (
        ("Kyara", "Gaspar", "Fabiana", "Nuno", "Lunna", "Diogo", "Filipe", "Augusto"),
        ("Leal", "Pires", "Morais", "Cavaco", "Meireles", "Quaresma", "Sobral", "Fagundes"),
    ),
    "in": (
        ("Jeevika", "Vritti", "Oviya", "Omisha", "Harshil", "Rachit", "Barkha", "Shivansh", "Urmi", "Samaksh", "Advaith", "Hredhaan"),
        ("Shroff", "Borah", "Raval", "Ratti", "Narain", "Nagi", "Bava", "Batta", "Narayan", "Patla", "Chand", "Sodhi"),
    ),
    "zh": (
        ("Jinglun", "Qianru", "Shaoyang", "Yaqing", "Shimin", "Yunfei"),
        ("Murong", "Duanmu", "Nangong", "Zuoqiu", "Baili", "Taishi"),
    ),
    "hk": (
        ("Lok-yiu", "Hiu-tung", "Tsz-chun", "Pui-ying", "Yan-ting", "Lai-kuen"),
        ("Wat", "Kan", "Mok", "Ngai", "Yip", "Kei"),
    ),
    "vi": (
        ("Chiến", "Khôi", "Oanh", "Nhàn", "Toàn", "Nhung"),
        ("Khúc", "Giáp", "Ninh", "Diêm", "Phùng", "Nghiêm"),
    ),
    "fil": (
        ("Rodelio", "Maricel", "Jhunjie", "Analyn", "Arnel", "Jennylyn"),
        ("Pangan", "Yumul", "Quiambao", "Sicat", "Catacutan", "Lumanlan"),
    ),
    "ko": (
        ("Geon-woo", "Eun-chae", "Kyung-soo", "Ji-yoon", "Seung-hoon", "Yoo-ri"),
        ("Pyo", "Eom", "Tak", "Maeng", "Byun", "Cheon"),
    ),
    "ja": (
        ("Hideki", "Mituru", "Rika", "Yoichi", "Manabu", "Naoko", "Yasuhiro", "Tomoya"),
        ("Goto", "Endo", "Kato", "Matsuzaki", "Hirokawa", "Fujimura", "Kanemoto", "Mori"),
    ),
    "id": (
        ("Adikara", "Raharja", "Hartana", "Jumari", "Prayoga", "Betania", "Kambali", "Gawati"),
        ("Kusumo", "Nuraini", "Zulkarnain", "Lailasari", "Sihotang", "Saefullah", "Mustofa", "Suryono"),
    ),
    "ng": (
        ("Boluwatife", "Inioluwa", "Gbadebo", "Arinola", "Iyadunni", "Ibironke", "Omolabake", "Olumorotimi"),
        ("Olasupo", "Adesiyan", "Ogunwobi", "Omidina", "Faleti", "Ademiluyi", "Sobowale", "Ogulana"),
    ),
    "gh": (
        ("Gifty", "Roselyn", "Eunice", "Nimakoah", "Esinam", "Selasi"),
        ("Quartey", "Yirenkyi", "Agyei", "Appia", "Ansong", "Osafo"),
    ),
    "ke": (
        ("Lindah", "Japhet", "Akoth", "Everlyne", "Dalmas", "Mwanamisi"),
        ("Ngigi", "Oyugi", "Kangogo", "Nduati", "Ojwang", "Mukhwana"),
    ),
    "et": (
        ("Eshetu", "Kidist", "Mulugeta", "Selamawit"),
        ("Tessema", "Gebreyes", "Wondimu", "Ayalew"),
    ),
    "so": (
        ("Liibaan", "Faadumo", "Cabdiraxmaan", "Nimco"),
        ("Cige", "Jimcaale", "Dualeh", "Galaydh"),
    ),
    "ar": (
        ("Suhaib", "Ruwaida", "Ayham", "Wijdan", "Muhannad", "Lujain"),
        ("Al-Kubaisi", "Al-Jaziri", "Qaddoumi", "Nimer", "Tarabishi", "Zureikat"),
    ),
    "tr": (
        ("Erbay", "Yasemen", "Elhan", "Nurşan", "Sarpkın", "Fadıla"),
        ("Güçlü", "İhsanoğlu", "Alemdar", "Akçay", "Sezgin", "Aksu"),
    ),
    "fa": (
        ("Mehrdad", "Golnaz", "Kourosh", "Farzaneh"),
        ("Nourbakhsh", "Esfandiari", "Mahdavi", "Zand"),
    ),
    "pk": (
        ("Shahzad", "Mehwish", "Khurram", "Iqra"),
        ("Rana", "Janjua", "Warraich", "Cheema"),
    ),
    "bd": (
        ("Tanvir", "Tahmina", "Rashed", "Mousumi"),
        ("Khondoker", "Howlader", "Mridha", "Patwary"),
    ),
    "ru": (
        ("Gordey", "Tikhon", "Praskovya", "Evdokiya", "Nazar", "Trofim", "Akulina", "Marfa"),
        ("Mamontov", "Molchanov", "Mamontova", "Molchanova", "Biryukov", "Sobolev", "Biryukova", "Soboleva"),
    ),
    "pl": (
        ("Juliusz", "Cezary", "Anastazja", "Gaja", "Maurycy", "Jeremi", "Bianka", "Nela"),
        ("Sobczyński", "Pawlikowski", "Sobczyńska", "Pawlikowska", "Kołodziejski", "Wasilewski", "Kołodziejska", "Wasilewska"),
    ),
    "cz": (
        ("Blahoslav", "Lumír", "Zdislava", "Slavěna", "Mojmír", "Svatoslav", "Jolana", "Ladislava"),
        ("Toman", "Beránek", "Tomanová", "Beránková", "Vlček", "Soukup", "Vlčková", "Soukupová"),
    ),
    "ro": (
        ("Gianina", "Haralamb", "Iustina", "Adelin", "Sidonia", "Viorel"),
        ("Dinu", "Albu", "Preda", "Niță", "Stancu", "Diaconu"),
    ),
    "gr": (
        ("Fokion", "Persefoni", "Athinodoros", "Glykeria"),
        ("Perdikis", "Mylonas", "Kafantaris", "Axiotis"),
    ),
    "de": (
        ("Siegbert", "Raffaela", "Hasso", "Irma", "Pirmin", "Hansjoachim"),
        ("Stifter", "Prenner", "Ackerl", "Loibl", "Edlinger", "Trummer"),
    ),
    "fr": (
        ("Pénélope", "Margaud", "Marcelle", "Virginie", "Claudine", "Emmanuelle"),
        ("Lacasse", "Chabot", "Brahier", "Savard", "Labrecque", "Duroux"),
    ),
    "it": (
        ("Mirco", "Patrizia", "Telemaco", "Maura", "Giustino", "Renzo"),
        ("Crisafulli", "Raimondi", "Pratesi", "Sansoni", "Cimini", "Franceschi"),
    ),
    "nl": (
        ("Fernand", "Jayda", "Miel", "Fabiënne", "Juul", "Robby"),
        ("Ceulemans", "Dobbelaere", "Vleugels", "Verheij", "Zeldenrust", "Diesbergen"),
    ),
    "sc": (
        ("Ossian", "Kåre", "Sigvard", "Britta", "Magne", "Jannie"),
        ("Dahlqvist", "Lundh", "Rydberg", "Ahlgren", "Sjölander", "Niklasson"),
    ),
    "fi": (
        ("Irmeli", "Marketta", "Valtteri", "Osmo", "Leevi", "Annukka"),
        ("Tarvainen", "Lappalainen", "Seppälä", "Lehtimäki", "Kiviniemi", "Tuovinen"),
    ),
    "th": (
        ("Aunyaporn", "Supasit", "Pitipat", "Wassaya", "Nattawun", "Chalisa"),
        ("Sireelert", "Habpanom", "Matinawin", "Permchart", "Prayoonhong", "Chowitunkit"),
    ),
    "hu": (
        ("Lilla", "Kornél", "Andor", "Irén", "Vilmos", "Anikó"),
        ("Vincze", "Fazekas", "Boros", "Lengyel", "Kelemen", "Deák"),
    ),
    "lk": (
        ("Madushani", "Tharindu", "Dilini", "Sachini"),
        ("Amarasekara", "Samarakoon", "Rathnayake", "Gunasekara"),
    ),
    "np": (
        ("Roshan", "Pratima", "Sujan", "Binita"),
        ("Khadka", "Basnet", "Ghimire", "Dahal"),
    ),
    "he": (
        ("Elad", "Liron", "Tomer", "Yarden", "Amit", "Hadas"),
        ("Ashkenazi", "Malka", "Shapira", "Avraham", "Amsalem", "Vaknin"),
    ),
    "hy": (
        ("Paruyr", "Tatevik", "Arshavir", "Shahane"),
        ("Darbinyan", "Ghambaryan", "Andreasyan", "Boyajyan"),
    ),
    "ka": (
        ("Bidzina", "Tsitsino", "Goderdzi", "Shorena"),
        ("Bakhtadze", "Kutateladze", "Chanturia", "Metreveli"),
    ),
    "za": (
        ("Thalente", "Nhlanhla", "Mnqobi", "Nonjabulo", "Sibusisiwe", "Zibuyile"),
        ("Shandu", "Mabhoko", "Mntambo", "Mpila", "Ncama", "Gamede"),
    ),
}
# fmt: on

WEIGHTS: dict[str, float] = {
    "en": 14, "hi": 8, "in": 8, "zh": 5, "aa": 4, "br": 4, "fil": 3, "ng": 3, "ar": 3, "ru": 3,
    "vi": 2.5, "id": 2.5, "pk": 2.5, "ie": 2, "ko": 2, "ja": 2, "tr": 2, "pl": 2, "de": 2,
    "fr": 2, "it": 2, "fa": 2, "ke": 2, "bd": 2, "sco": 1.5, "wel": 1.5, "hk": 1.5, "gh": 1.5,
    "et": 1.5, "so": 1.5, "cz": 1.5, "ro": 1.5, "gr": 1.5, "nl": 1.5, "sc": 1.5, "fi": 1.5,
    "th": 1.5, "hu": 1.5, "lk": 1.5, "np": 1.5, "he": 1.5, "hy": 1.5, "ka": 1.5, "za": 1.5,
}  # fmt: skip
SECOND_SURNAME: dict[str, float] = {"hi": 0.4, "br": 0.35}
HYPHENATED: dict[str, float] = {"en": 0.15, "fr": 0.2}
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "hk": 0.4, "vi": 0.65, "ko": 0.35, "ja": 0.3, "hu": 0.35}  # fmt: skip
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Gordeevich", "Tikhonovich", "Nazarovich", "Trofimovich"),
        ("Gordeevna", "Tikhonovna", "Nazarovna", "Trofimovna"),
    ),
    "vi": (("Văn", "Đình"), ("Thị", "Mộng")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
GENDERED = ("ru", "pl", "cz")
FEMALE = frozenset(
    {"Praskovya", "Evdokiya", "Akulina", "Marfa", "Anastazja", "Gaja", "Bianka", "Nela",
     "Zdislava", "Slavěna", "Jolana", "Ladislava", "Oanh", "Nhàn", "Nhung"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Mamontova", "Molchanova", "Biryukova", "Soboleva", "Sobczyńska", "Pawlikowska",
     "Kołodziejska", "Wasilewska", "Tomanová", "Beránková", "Vlčková", "Soukupová"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Mamontov", "Molchanov", "Biryukov", "Sobolev", "Sobczyński", "Pawlikowski",
     "Kołodziejski", "Wasilewski", "Toman", "Beránek", "Vlček", "Soukup"}
)  # fmt: skip
# Short forms and pet names used alone for a person.
NICKS: tuple[str, ...] = (
    "Kenno", "Gilly", "Murph", "Gibbo", "Fozzy", "Dobbo", "Stotty", "Ricko", "Bradders", "Pezza",
    "Dibsy", "Bindy", "Tink", "Ginge", "Smudger", "Gibbsy",
)  # fmt: skip
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "den", "de", "el", "al", "o"})
