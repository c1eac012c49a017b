# ruff: noqa: RUF001, E501
"""Set 39's person pools: applicants, sponsors and claimants, taxpayers and pensioners,
defendants, witnesses and jurors, solicitors' clients, patients, next of kin and carers,
drivers and keepers, borrowers and guarantors, buyers and sellers of land, voters of the
regulated services' paperwork, roughly weighted by the populations that use them.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian/Ukrainian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Vietnamese, Korean,
Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian/Ukrainian, Polish and Czech surnames follow the given name's gender
(``FEMALE_SURNAMES``/``MALE_SURNAMES``), so those pools are ordered male, male, female, female
to give both halves both genders. ``NICKS`` are short forms used alone. Particles ``van``,
``de``, ``al``, ``el`` and the ``o`` of ``O'`` and ``Ó`` are no name words.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames). en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish, hi Hispanic, br Brazilian/Portuguese, in Indian (several languages), zh Chinese
# pinyin, vi Vietnamese, fil Filipino, ko Korean, ja Japanese, id Indonesian, ng Nigerian
# (Igbo, Yoruba, Hausa), gh Ghanaian, ke Kenyan (Kikuyu, Luo, Kalenjin, Swahili), et Ethiopian
# (given name and father's name), so Somali, ar Arabic, tr Turkish, fa Persian, pk Pakistani,
# bd Bangladeshi, ru Russian/Ukrainian, pl Polish, cz Czech, ro Romanian, gr Greek, de German,
# fr French, it Italian, nl Dutch, sc Scandinavian, th Thai, hu Hungarian, lk Sri Lankan,
# np Nepali.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Georgiana", "Athelstan", "Hezekiah", "Septimus", "Tryphena", "Zebedee", "Florizel",
         "Keturah", "Nevill", "Quintus", "Dulcie", "Hereward", "Ianthe", "Marmaduke", "Nesta",
         "Yolande", "Piers", "Aloysius", "Eglantine", "Micah", "Zachariah", "Eldred", "Ottoline",
         "Barnaby",),
        ("Pendlebury", "Clutterbuck", "Juxon", "Wagstaff", "Fazakerley", "Hollingworth", "Inchbald",
         "Knatchbull", "Mottershead", "Raistrick", "Tetlow", "Unsworth", "Vickerstaff", "Fawcett",
         "Ibbetson", "Kitchingman", "Lofthouse", "Mountford", "Northcote", "Yeadon", "Bairstow",
         "Catterall", "Dugdale", "Gledhill",),
    ),
    "aa": (
        ("Quiana", "LaShawn", "Shontelle", "Dajuan", "Javarius", "Laquita", "Jamila", "Roshaun",
         "Nakia", "Ronisha", "Torrance", "Keyshawn", "Tavion", "Marquita",),
        ("Blakely", "Staton", "Dozier", "Gatling", "Mangum", "Covington", "Hinton", "Lattimore",
         "McGhee", "Upshaw", "Wimberly", "Gadson", "Killebrew", "Leverette",),
    ),
    "ie": (
        ("Daithí", "Fionntán", "Maolíosa", "Comhghall", "Iarla", "Clíona", "Caoimhe", "Tadhg",),
        ("Heneghan", "MacNamara", "Fennelly", "Houlihan", "Quinlivan", "Cuddihy", "Mulrooney",
         "Treacy",),
    ),
    "hi": (
        ("Apolinar", "Baldomero", "Crescencio", "Edelmira", "Otilia", "Urbano", "Wilfrido",
         "Amancio", "Donaciana", "Ireneo", "Juventina", "Lauro", "Modesta", "Hipólito", "Aureliano",
         "Bartola", "Feliciana", "Isaura", "Leonarda", "Marcelino",),
        ("Barraza", "Ybarra", "Alcántar", "Camarena", "Jaramillo", "Dueñas", "Frausto", "Guajardo",
         "Lechuga", "Palomino", "Urías", "Valadez", "Aceves", "Echevarría", "Oropeza", "Sotelo",
         "Barajas", "Ontiveros", "Vizcarra", "Armendáriz",),
    ),
    "br": (
        ("Adailton", "Elisângela", "Joelson", "Adenilson", "Cícero", "Francinaldo", "Hélio",
         "Nilzete", "Orlandino", "Aldenora", "Belmiro", "Deuzimar",),
        ("Fontes", "Moraes", "Cavalheiro", "Gurgel", "Lustosa", "Alencar", "Saldanha", "Torquato",
         "Meirelles", "Sampaio", "Figueiredo", "Leitão",),
    ),
    "in": (
        ("Chandrashekar", "Kalpana", "Prabhakar", "Dattatreya", "Anuradha", "Sudhakar", "Jayashree",
         "Ramachandran", "Purushottam", "Ananthakrishnan", "Bhagirath", "Chinmayi", "Damodar",
         "Gayathri", "Hariprasad", "Kasturi", "Mythili", "Nandakumar", "Omprakash", "Vasanthi",),
        ("Gaekwad", "Venugopal", "Zaveri", "Dalvi", "Hebbar", "Ingle", "Limaye", "Paranjpe",
         "Ranade", "Ayyangar", "Chakravarty", "Haldar", "Kanungo", "Pattnaik", "Patwardhan",
         "Nadkarni", "Hiremath", "Jhaveri", "Easwaran", "Kamath",),
    ),
    "zh": (
        ("Huimin", "Chengwei", "Baohua", "Chunmei", "Haiyan", "Yuqing", "Zhaohui", "Aiguo",
         "Bingwen", "Cuiping", "Deming", "Fuqiang",),
        ("Qian", "Ouyang", "Cao", "Jiang", "Xiao", "Yao", "Zeng", "Peng", "Feng", "Shen", "Guo",
         "Lai",),
    ),
    "vi": (
        ("Kiên", "Gấm", "Chinh", "Hằng", "Lũy", "Nhung", "Khải", "Tuyết", "Phúc", "Oanh",),
        ("Dương", "Đặng", "Vũ", "Trịnh", "Huỳnh", "Lương", "Quách", "Phùng", "Kiều", "Hứa",),
    ),
    "fil": (
        ("Reynante", "Felicisimo", "Herminigildo", "Salvacion", "Ditas", "Gorio", "Heherson",
         "Potenciano", "Tirso", "Diosdado",),
        ("Caballes", "Estacio", "Nakpil", "Alcaraz", "Cuyugan", "Macaraeg", "Dimagiba", "Lacsamana",
         "Magbanua", "Panganiban",),
    ),
    "ko": (
        ("Doyoon", "Gunwoo", "Hyerin", "Minjae", "Narae", "Boram", "Chanwook", "Dasom",),
        ("Heo", "Tak", "Seon", "Hwang", "Baek", "Jeon", "Ryu", "Yoon",),
    ),
    "ja": (
        ("Mizuki", "Eiji", "Fumiko", "Genki", "Junko", "Kazuhiro", "Madoka", "Norio",),
        ("Morimoto", "Enomoto", "Furukawa", "Higuchi", "Iwasaki", "Kamimura", "Matsuoka",
         "Tachibana",),
    ),
    "id": (
        ("Wulandari", "Ratnasari", "Kartika", "Budiman", "Dedi", "Haryanto", "Lukman", "Maryati",),
        ("Sinaga", "Pardede", "Tambunan", "Manurung", "Damanik", "Tarigan", "Saragih", "Marpaung",),
    ),
    "ng": (
        ("Adebola", "Abdulkadir", "Lami", "Rukayya", "Bilkisu", "Adaeze", "Ugochukwu", "Kelechi",
         "Nnamdi", "Obinna", "Temitope", "Chukwuemeka",),
        ("Adamu", "Onyeama", "Abdulsalami", "Umaru", "Okonkwo", "Ogunleye", "Danjuma", "Afolabi",
         "Obiora", "Anyanwu", "Nnaji", "Udeh",),
    ),
    "gh": (
        ("Fiifi", "Mawuli", "Dzifa", "Selasi", "Edem", "Kwabena",),
        ("Baffour", "Danquah", "Kuffour", "Obeng", "Wiredu", "Agyekum",),
    ),
    "ke": (
        ("Mumbua", "Kiptoo", "Jeptoo", "Adhiambo", "Wangari", "Nduta", "Mbithe", "Wawira",),
        ("Ruto", "Kimathi", "Ouma", "Rotich", "Ongeri", "Maina", "Okoth", "Kilonzo",),
    ),
    "et": (
        ("Bereket", "Dereje", "Eyerusalem", "Fikru", "Kidist", "Netsanet",),
        ("Alemu", "Tadesse", "Gebreyes", "Hailu", "Shiferaw", "Worku",),
    ),
    "so": (
        ("Mahamed", "Fadumo", "Abdiweli", "Abdikarim", "Deeqa", "Khadar",),
        ("Farah", "Hirsi", "Adan", "Egal", "Galaydh", "Cumar",),
    ),
    "ar": (
        ("Ibtisam", "Suhail", "Zaid", "Abeer", "Nidal", "Raed", "Walid", "Khaldoun", "Buthaina",
         "Hussam", "Manar", "Zeina",),
        ("El-Gamal", "Bakri", "Kassab", "Nakhleh", "Rahhal", "Wahba", "Zoghbi", "Al-Tuqan", "Srour",
         "Jarrar", "Hamadeh", "Al-Masri",),
    ),
    "tr": (
        ("Alper", "Berrin", "Ferhat", "Melek", "Selçuk", "Ufuk", "Yeliz", "Zerrin",),
        ("Kaplan", "Akbulut", "Bayraktar", "Cömert", "Vural", "Yalçın", "Zorlu", "Coşkun",),
    ),
    "fa": (
        ("Bahareh", "Ehsan", "Jaleh", "Kambiz", "Pegah", "Touraj", "Yalda", "Davoud",),
        ("Hosseini", "Amini", "Heydari", "Najafi", "Vaziri", "Behzadi", "Golestani", "Kashani",),
    ),
    "pk": (
        ("Imran", "Waqar", "Shahid", "Asif", "Adnan", "Ghazala", "Haris", "Iqra", "Nadeem", "Naila",),
        ("Janjua", "Lodhi", "Tarar", "Yousafzai", "Gillani", "Hashmi", "Kiani", "Mughal", "Naqvi",
         "Zaidi",),
    ),
    "bd": (
        ("Nasreen", "Habibur", "Anisur", "Delwar", "Fahmida", "Golam", "Jahangir", "Moushumi",),
        ("Sarker", "Mondal", "Akhand", "Dewan", "Laskar", "Sikder", "Khandaker", "Pramanik",),
    ),
    "ru": (
        ("Afanasy", "Kirill", "Anfisa", "Glafira", "Yefim", "Platon", "Yelizaveta", "Ulyana",
         "Makar", "Timofey", "Vasilisa", "Zlata",),
        ("Zhdanov", "Kalinin", "Sorokina", "Tarasova", "Hrytsenko", "Savchuk", "Filatov", "Rybakov",
         "Goncharova", "Lapina", "Kravchuk", "Dovzhenko",),
    ),
    "pl": (
        ("Grzegorz", "Tomasz", "Agnieszka", "Dorota", "Krzysztof", "Wojciech", "Magdalena",
         "Elżbieta",),
        ("Krajewski", "Borkowski", "Żurawska", "Sobolewska", "Leszczyński", "Pawłowski", "Gajewska",
         "Przybylska",),
    ),
    "cz": (
        ("Kvido", "Drahomír", "Jarmila", "Vlasta", "Radim", "Dagmar",),
        ("Šimek", "Bartoš", "Marešová", "Benešová", "Vaněk", "Svoboda",),
    ),
    "ro": (
        ("Camelia", "Cătălin", "Ileana", "Dorin", "Simona", "Horia",),
        ("Georgescu", "Marinescu", "Niculescu", "Radulescu", "Stanciu", "Zamfir",),
    ),
    "gr": (
        ("Foteini", "Haralambos", "Kyriakos", "Lambrini", "Vasileios", "Despoina",),
        ("Theodorakis", "Alexiou", "Dimopoulos", "Economides", "Fotiou", "Lamprou",),
    ),
    "de": (
        ("Rosemarie", "Winfried", "Degenhard", "Wilfried", "Hildegard", "Annegret", "Gudrun",
         "Reinhard",),
        ("Wendt", "Achenbach", "Fleischmann", "Kirchhoff", "Niemeyer", "Thielemann", "Oberhuber",
         "Rotermund",),
    ),
    "fr": (
        ("Jehan", "Pacôme", "Victorin", "Hugues", "Rodolphe", "Cunégonde", "Ségolène", "Apolline",),
        ("Espinasse", "Quesnel", "Régnier", "Arnoux", "Dupuis", "Perrault", "Lefebvre", "Lemoine-Vasseur",),
    ),
    "it": (
        ("Mariangela", "Crescenzo", "Nicolina", "Eliseo", "Girolamo", "Incoronata", "Ornella",
         "Pasquale",),
        ("Mazzola", "Napolitano", "Orlandi", "Zanella", "Lamberti", "Bonomo", "Vecchioni",
         "Zucchelli",),
    ),
    "nl": (
        ("Klaas", "Mees", "Pieternel", "Saskia", "Evert", "Gijs",),
        ("de Haan", "de Ruiter", "Timmermans", "Willems", "Koster", "Wijnberg",),
    ),
    "sc": (
        ("Eirik", "Kjell", "Birgitta", "Karin", "Gudmund", "Sverre",),
        ("Haugen", "Nyberg", "Bjørklund", "Dahlberg", "Fredriksen", "Isaksen",),
    ),
    "th": (
        ("Kittisak", "Anurak", "Apinya", "Boonmee", "Chalerm", "Jintana",),
        ("Srisuwan", "Charoenkul", "Bunnag", "Chaisiri", "Hongthong", "Jaidee",),
    ),
    "hu": (
        ("Zsolt", "Endre", "Imre", "Judit", "Nándor", "Piroska",),
        ("Csonka", "Fehér", "Juhász", "Németh", "Pintér", "Rácz",),
    ),
    "lk": (
        ("Nadeeka", "Anura", "Buddhika", "Chathura", "Eranga", "Isuru",),
        ("Gunasekara", "Goonetilleke", "Ilangakoon", "Kumarasinghe", "Munasinghe", "Peiris",),
    ),
    "np": (
        ("Bimal", "Januka", "Kabita", "Laxmi", "Urmila", "Ambika",),
        ("Poudel", "Dhakal", "Khanal", "Limbu", "Rijal", "Thakuri",),
    ),
}
# fmt: on
# Rough weights of the cultures among the people of these services (big populations first).
WEIGHTS: dict[str, float] = {
    "en": 14,
    "hi": 8,
    "in": 8,
    "zh": 5,
    "aa": 4,
    "br": 4,
    "fil": 3,
    "ng": 3,
    "ar": 3,
    "ru": 3,
    "id": 2.5,
    "vi": 2.5,
    "pk": 2.5,
    "ko": 2,
    "ja": 2,
    "tr": 2,
    "pl": 2,
    "de": 2,
    "fr": 2,
    "it": 2,
    "fa": 2,
    "ke": 2,
    "bd": 2,
    "et": 1.5,
    "so": 1.5,
    "gr": 1.5,
    "nl": 1.5,
    "th": 1.5,
    "ie": 1.5,
    "gh": 1.5,
    "cz": 1.5,
    "ro": 1.5,
    "sc": 1.5,
    "hu": 1.5,
    "lk": 1.5,
    "np": 1.5,
}  # fmt: skip
# Share of people with two surnames (Hispanic, Brazilian) or a hyphenated one (Anglo, French).
SECOND_SURNAME: dict[str, float] = {"hi": 0.4, "br": 0.35}
HYPHENATED: dict[str, float] = {"en": 0.15, "fr": 0.2}
# Share of people written family name first (Hungarian: as at home, Csonka Zsolt).
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "vi": 0.65, "ko": 0.35, "ja": 0.3, "hu": 0.35}
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Afanasyevich", "Gennadievich", "Bohdanovych", "Konstantinovich"),
        ("Arkadyevna", "Tarasivna", "Leonidovna", "Maksymivna"),
    ),
    "vi": (("Hữu", "Đức", "Quang", "Minh"), ("Thị", "Thu", "Diệu", "Hồng")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
FEMALE = frozenset(
    {"Anfisa", "Glafira", "Yelizaveta", "Ulyana", "Vasilisa", "Zlata", "Agnieszka", "Dorota",
     "Magdalena", "Elżbieta", "Jarmila", "Vlasta", "Dagmar", "Gấm", "Hằng", "Nhung", "Tuyết", "Oanh"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Sorokina", "Tarasova", "Goncharova", "Lapina", "Żurawska", "Sobolewska", "Gajewska",
     "Przybylska", "Marešová", "Benešová"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Zhdanov", "Kalinin", "Filatov", "Rybakov", "Krajewski", "Borkowski", "Leszczyński",
     "Pawłowski", "Šimek", "Bartoš", "Vaněk"}
)  # fmt: skip

# Short forms and nicknames used alone (chat, sign-offs, witness lists); split by half.
NICKS: tuple[str, ...] = (
    "Dunc", "Tommo", "Sully", "Hutchy", "Pasha", "Vova", "Seryozha", "Pepe", "Bablu", "Munna",
    "Guddu", "Bebeng", "Bubu", "Chichi", "Benno", "Deano", "Jacko", "Nobby", "Chalky", "Tinku",
    "Bittu", "Golu", "Totoy", "Tolya",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "de", "el", "al", "o", "ó"})
