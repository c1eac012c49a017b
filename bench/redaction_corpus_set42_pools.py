# ruff: noqa: RUF001, E501
"""Set 42's person pools: the people of civic, community and public life — councillors,
residents, objectors and applicants, parties to hearings, witnesses and jurors, canvassers,
candidates and poll clerks, letter writers and editors, club secretaries, players, referees and
volunteers, librarians, archivists, family historians and the private individuals named in old
census returns and parish registers.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian/Ukrainian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Cantonese, Vietnamese,
Korean, Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian, Polish and Czech surnames follow the given name's gender, so those
pools are ordered male, male, female, female to give both halves both genders. ``NICKS`` are
short forms used alone for a person. Particles are no name words. No name word is a word of a
look-alike pool. ``half`` is the shared kit's.
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

# culture -> (given names, surnames); the culture keys are those of sets 40 and 41.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Royston", "Glenys", "Reece", "Diana", "Angelica", "Nixon", "Nichole", "Manawa", "Keegan", "Howard", "Karyn", "Denise", "Kaitlin", "Aleisha", "Quinn", "Josiah", "Candice", "Cameron", "Kristi", "Nicole"),
        ("Stafford", "Connolly", "Learmonth", "Deleon", "Glover", "Woodward", "Flynn", "Forster", "Dickson", "Osborn", "Kaufman", "Joyce", "Goddard", "McCallum", "Moorhouse", "Akhtar", "Esson", "Frederick", "Wilton", "Lightfoot"),
    ),
    "aa": (
        ("Jamarcus", "Lakeisha", "Dashawn", "Tameka", "Darnell", "Shanice"),
        ("Mabry", "Gadsden", "Manigault", "Drayton", "Ravenel", "Middleton"),
    ),
    "ie": (
        ("Justine", "Marese", "Rhona", "Kirstie", "Darina", "Tadhg", "Darrell", "Mairin"),
        ("Bonar", "Dillane", "Walters", "Sweeny", "Collen", "Scanlon", "Comber", "Tighe"),
    ),
    "sco": (
        ("Lachlan", "Catriona", "Torquil", "Morag"),
        ("MacCrimmon", "Urquhart", "Lamont", "Buchanan"),
    ),
    "wel": (
        ("Emyr", "Angharad", "Gethin", "Nerys"),
        ("Pritchard", "Bowen", "Vaughan", "Gruffydd"),
    ),
    "hi": (
        ("Harol", "Victorino", "Yuliana", "Natacha", "Pelayo", "Primitiva", "Braulio", "Cinthia", "Sigfrido", "Jhoana", "Graciela", "Estrella"),
        ("Bonilla", "Infante", "Cisneros", "Lladó", "Blasco", "Zamorano", "Oñate", "Roura", "Pinilla", "Cobos", "Granados", "Maldonado"),
    ),
    "br": (
        ("Cauã", "Allana", "Emanuella", "Valentim", "Mariah", "Sabrina", "Matias", "Alícia"),
        ("Neves", "Lourenço", "Pinho", "Faria", "Henriques", "Borges", "Matos", "Guerra"),
    ),
    "in": (
        ("Ramakrishna", "Mugdha", "Pavani", "Jyothi", "Sudhakar", "Padmaja", "Harjinder", "Raksha", "Raghavendra", "Bhavini", "Pahal", "Chakradev"),
        ("Kulkarni", "Sangha", "Wason", "Nambiar", "Mammen", "Sehgal", "Doshi", "Butala", "Chadha", "Konda", "Sahota", "Varty"),
    ),
    "zh": (
        ("Jianhua", "Xiuying", "Guoqiang", "Lihua", "Zhiming", "Shufen"),
        ("Deng", "Qiu", "Xie", "Gao", "Feng", "Jiang"),
    ),
    "hk": (
        ("Kwok-keung", "Siu-fong", "Lok-yin", "Pui-shan", "Tsz-hin", "Yuet-mei"),
        ("Tsang", "Lai", "Mak", "Sit", "Fung", "Yeung"),
    ),
    "vi": (
        ("Phúc", "Huyền", "Thắng", "Ngọc", "Vinh", "Trang"),
        ("Phạm", "Trịnh", "Dương", "Lâm", "Lý", "Đoàn"),
    ),
    "fil": (
        ("Rodelio", "Maricel", "Danilo", "Rowena", "Efren", "Jocelyn"),
        ("Macaraeg", "Dimagiba", "Bautista", "Mangubat", "Tolentino", "Villareal"),
    ),
    "ko": (
        ("Jong-hoon", "Eun-ji", "Kyung-soo", "Seul-gi", "Tae-woo", "Hye-rin"),
        ("Kang", "Shin", "Jung", "Lim", "Seo", "Jeon"),
    ),
    "ja": (
        ("Haruki", "Noriko", "Satomi", "Minoru", "Shingo", "Yukari", "Atsushi", "Harumi"),
        ("Fujii", "Miura", "Tanaka", "Saito", "Ishii", "Kimura", "Shimizu", "Morita"),
    ),
    "id": (
        ("Enteng", "Asman", "Prayogo", "Sulastri", "Nalar", "Yuliani", "Kunthara", "Digdaya"),
        ("Andriani", "Firgantoro", "Zulaika", "Laksita", "Thamrin", "Hardiansyah", "Rajasa", "Winarno"),
    ),
    "ng": (
        ("Adigun", "Bunmi", "Fikayomi", "Chidimma", "Khadija", "Moradeke", "Doyinsola", "Iretioluwa"),
        ("Ayandokun", "Ogunyeye", "Oloyede", "Nnamani", "Makinwa", "Iroha", "Kolade", "Oyadiran"),
    ),
    "gh": (
        ("Kwabena", "Eliabeth", "Akwesi", "Hannabel", "Lawrencia", "Efua"),
        ("Fosua", "Antwiwaa", "Foriwaa", "Safoaa", "Tiwaa", "Quartey"),
    ),
    "ke": (
        ("Erastus", "Mungai", "Geofrey", "Ngari", "Lailati", "Kiplangat"),
        ("Kipyego", "Gacheri", "Kananu", "Mathenge", "Jerono", "Mwikali"),
    ),
    "et": (
        ("Dawit", "Mekdes", "Yonas", "Selamawit"),
        ("Bekele", "Gebremedhin", "Woldemariam", "Girma"),
    ),
    "so": (
        ("Abdiqani", "Hodan", "Mahad", "Sahra"),
        ("Warsame", "Farah", "Jama", "Hersi"),
    ),
    "ar": (
        ("Khalid", "Rania", "Tariq", "Lubna", "Nabil", "Samira"),
        ("Al-Harbi", "Haddad", "Al-Masri", "Bitar", "Al-Shammari", "Nassar"),
    ),
    "tr": (
        ("Temirhan", "Azize", "Gülter", "Volkan", "Sağıt", "Dilek"),
        ("Hayrioğlu", "Bilgin", "Şafak", "Aksoy", "Korkmaz", "Arsoy"),
    ),
    "fa": (
        ("Dariush", "Shirin", "Farhad", "Parvaneh"),
        ("Hosseini", "Karimi", "Moradi", "Rahimi"),
    ),
    "pk": (
        ("Sabah", "Azban", "Awrad", "Samama"),
        ("Tawkeel", "Auraq", "Najeeb", "Yasir"),
    ),
    "bd": (
        ("Rafiqul", "Shahnaz", "Anwarul", "Rokeya"),
        ("Talukder", "Gharami", "Sarder", "Majumder"),
    ),
    "ru": (
        ("Stanislav", "Gennady", "Lyudmila", "Oksana", "Vitaly", "Yaroslav", "Tamara", "Zhanna"),
        ("Kuznetsov", "Lebedev", "Kuznetsova", "Lebedeva", "Voronin", "Tikhonov", "Voronina", "Tikhonova"),
    ),
    "pl": (
        ("Wojciech", "Przemysław", "Grażyna", "Bożena", "Zbigniew", "Radosław", "Halina", "Jadwiga"),
        ("Wróblewski", "Zieliński", "Wróblewska", "Zielińska", "Lewandowski", "Szczepański", "Lewandowska", "Szczepańska"),
    ),
    "cz": (
        ("Radek", "Vojtěch", "Blanka", "Zdeňka", "Miroslav", "Luboš", "Věra", "Libuše"),
        ("Kratochvíl", "Dvořák", "Kratochvílová", "Dvořáková", "Šťastný", "Černý", "Šťastná", "Černá"),
    ),
    "ro": (
        ("Constantina", "Anatolie", "Valter", "Filip", "Adina", "Nicolaie"),
        ("Suciu", "Gheorghiu", "Manole", "Stănescu", "Ioniță", "Tomescu"),
    ),
    "gr": (
        ("Stavros", "Eleni", "Panagiotis", "Vasiliki"),
        ("Papadakis", "Georgiou", "Nikolaidis", "Antonopoulos"),
    ),
    "de": (
        ("Lissi", "Hansjürg", "Selena", "Heidrun", "Merita", "Natan"),
        ("Schimmelpfennig", "Kettler", "Hollmann", "Sölzer", "Wiechmann", "Lüttge"),
    ),
    "fr": (
        ("Sylvianne", "Micheline", "Marthe", "Gaëtan", "Fabian", "Bérénice"),
        ("Coppens", "Henrion", "Clerc", "Dufrane", "Bastin", "Foucart"),
    ),
    "it": (
        ("Gianfranco", "Pompeo", "Rossana", "Fabrizia", "Flavio", "Romolo"),
        ("Comboni", "Petrassi", "Bonanno", "Amaldi", "Curci", "Cianciolo"),
    ),
    "nl": (
        ("Sterre", "Sjoerd", "Natasja", "Annelies", "Romain", "Femke"),
        ("Dejonghe", "Verwimp", "Wilcken", "Kunen", "Strik", "Degryse"),
    ),
    "sc": (
        ("Torbjørn", "Jonna", "Jeanette", "Lærke", "Milla", "Erika"),
        ("Nygård", "Andreasen", "Östberg", "Bakke", "Grönlund", "Simonsson"),
    ),
    "fi": (
        ("Jouko", "Rauno", "Tapani", "Riitta", "Veikko", "Katja"),
        ("Rautiainen", "Karvinen", "Jääskeläinen", "Kiuru", "Virtanen", "Laaksonen"),
    ),
    "th": (
        ("Pakjira", "Sittikorn", "Nutcha", "Nutkrita", "Kulnun", "Wanida"),
        ("Methavorakul", "Intaum", "Wongsawat", "Kitprapa", "Vethayasas", "Sittisaowapak"),
    ),
    "hu": (
        ("Teréz", "Károly", "Nikolett", "Katalin", "Lajos", "Györgyi"),
        ("Szücs", "Balázs", "Orbán", "Nemes", "Sipos", "Orosz"),
    ),
    "lk": (
        ("Chaminda", "Nirmala", "Lasantha", "Dilrukshi"),
        ("Kodituwakku", "Wickramasinghe", "Gunasekara", "Ranasinghe"),
    ),
    "np": (
        ("Binod", "Sarita", "Prakash", "Sunita"),
        ("Adhikari", "Shrestha", "Gurung", "Thapa"),
    ),
    "he": (
        ("Yossi", "Michal", "Eyal", "Tamar", "Nir", "Yael"),
        ("Mizrahi", "Peretz", "Biton", "Dahan", "Azoulay", "Friedman"),
    ),
    "hy": (
        ("Armen", "Anahit", "Hayk", "Lusine"),
        ("Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan"),
    ),
    "ka": (
        ("Giorgi", "Nino", "Levan", "Eka"),
        ("Beridze", "Kapanadze", "Tsiklauri", "Lomidze"),
    ),
    "za": (
        ("Zakhele", "Nqobizitha", "Zinhle", "Nomathemba", "Minenhle", "Mcebisi"),
        ("Mngomezulu", "Mthanti", "Nodanga", "Sotobe", "Ncwaba", "Mphemba"),
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
        ("Stanislavovich", "Gennadyevich", "Vitalyevich", "Yaroslavovych"),
        ("Stanislavovna", "Gennadyevna", "Vitalyevna", "Yaroslavivna"),
    ),
    "vi": (("Đức", "Quang"), ("Thị", "Bích")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
GENDERED = ("ru", "pl", "cz")
FEMALE = frozenset(
    {"Lyudmila", "Oksana", "Tamara", "Zhanna", "Grażyna", "Bożena", "Halina", "Jadwiga",
     "Blanka", "Zdeňka", "Věra", "Libuše", "Huyền", "Ngọc", "Trang"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Kuznetsova", "Lebedeva", "Voronina", "Tikhonova", "Wróblewska", "Zielińska", "Lewandowska",
     "Szczepańska", "Kratochvílová", "Dvořáková", "Šťastná", "Černá"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Kuznetsov", "Lebedev", "Voronin", "Tikhonov", "Wróblewski", "Zieliński", "Lewandowski",
     "Szczepański", "Kratochvíl", "Dvořák", "Šťastný", "Černý"}
)  # fmt: skip
# Short forms and pet names used alone for a person (never a handle: handles are look-alikes).
NICKS: tuple[str, ...] = (
    "Bunty", "Tiggy", "Nibs", "Muffy", "Bazza", "Shazza", "Gazza", "Dazza", "Tezza", "Wozza",
    "Kezza", "Jonno", "Robbo", "Stevo", "Mozza", "Pippa-Lou",
)  # fmt: skip
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "den", "de", "el", "al", "o"})
