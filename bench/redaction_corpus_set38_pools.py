# ruff: noqa: RUF001, E501
"""Set 38's person pools: sellers and buyers, landlords and flatmates, neighbours, club
members, captains and coaches, congregants, couples and guests, the bereaved, tutors, nannies,
pet-sitters and handymen, gamers and moderators, creators and patrons, organisers and backers,
finders and owners, drivers and passengers of peer-to-peer platforms and communities, roughly
weighted by the populations that use them.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian/Ukrainian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Vietnamese, Korean,
Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian/Ukrainian, Polish and Czech surnames follow the given name's gender
(``FEMALE_SURNAMES``/``MALE_SURNAMES``). ``NICKS`` are short forms used alone. Particles
``van``, ``der``, ``de``, ``el``, ``al`` and the ``o`` of ``O'`` are no name words.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames). en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish, hi Hispanic, br Brazilian/Portuguese, in Indian (several languages), zh Chinese
# pinyin, vi Vietnamese, fil Filipino, ko Korean, ja Japanese, id Indonesian, ng Nigerian
# (Igbo, Yoruba, Hausa), gh Ghanaian, ke Kenyan (Kikuyu, Luo, Kalenjin, Swahili), et Ethiopian
# (given name and father's name), ar Arabic, tr Turkish, fa Persian, pk Pakistani,
# bd Bangladeshi, ru Russian/Ukrainian, pl Polish, cz Czech, ro Romanian, gr Greek, de German,
# fr French, it Italian, nl Dutch, sc Scandinavian, th Thai, hu Hungarian, lk Sri Lankan,
# np Nepali.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Ambrose", "Henrietta", "Crispin", "Lavinia", "Jasper", "Rosamund", "Eustace", "Verena",
         "Gervase", "Zillah", "Lancelot", "Bathsheba", "Guthrie", "Damaris", "Mordecai", "Hesper",
         "Percival", "Romilly", "Vivian", "Imogen", "Thaddeus", "Sidony", "Ansel", "Petronella"),
        ("Haverfield", "Ibbotson", "Jellicoe", "Mallinson", "Uttley", "Yeardley", "Bellerby",
         "Catchpole", "Dunnington", "Eggleston", "Quilliam", "Rawnsley", "Vavasour", "Yarwood",
         "Cudworth", "Nettlefold", "Rishworth", "Boothroyd", "Murgatroyd", "Tordoff", "Kershaw",
         "Entwistle", "Fothergill", "Lethbridge"),
    ),
    "aa": (
        ("Dequan", "Shaquita", "Jamarcus", "Rasheeda", "Tyquan", "Ladonna", "Kendrick", "Tamika",
         "Marquell", "Tomeka", "Deandre", "Shalonda", "Javonte", "Lakeshia"),
        ("Gadsden", "Gaither", "Tolbert", "Boykin", "Crudup", "Mebane", "Chavis", "Faulcon",
         "Grandberry", "Dantzler", "Wigfall", "Truesdale", "Holloman", "Singletary"),
    ),
    "ie": (
        ("Oisín", "Saoirse", "Gearóid", "Bairbre", "Mícheál", "Deirbhile", "Colm", "Íde"),
        ("O'Mahony", "Gilsenan", "MacCárthaigh", "Hanafin", "O'Loughlin", "Cunniffe", "Mulcahy",
         "Linnane"),
    ),
    "hi": (
        ("Anselmo", "Marisol", "Belisario", "Itzel", "Cirilo", "Yesenia", "Wenceslao", "Domitila",
         "Eustaquio", "Venancia", "Hermenegildo", "Delfina", "Isidro", "Anahí", "Nicanor",
         "Demetria", "Primitivo", "Marisela", "Teodoro", "Tránsito"),
        ("Cifuentes", "Landeros", "Echeverría", "Arreola", "Dávalos", "Dorantes", "Garibay",
         "Escamilla", "Lozoya", "Aguayo", "Salcido", "Verdugo", "Delgadillo", "Gamboa", "Nájera",
         "Noriega", "Portillo", "Solórzano", "Peñaloza", "Sepúlveda"),
    ),
    "br": (
        ("Wellington", "Rosângela", "Irineu", "Valdenice", "Uelinton", "Edilene", "Cleiton",
         "Gislaine", "Edivaldo", "Jussara", "Ademir", "Lindalva"),
        ("Bittencourt", "Cavalcanti", "Goulart", "Novais", "Magalhães", "Nogueira", "Quintanilha",
         "Rezende", "Siqueira", "Tavares", "Brandão", "Damasceno"),
    ),
    "in": (
        ("Shashank", "Bhagyashree", "Harikrishna", "Dhanalakshmi", "Jagadish", "Indumathi",
         "Lakshmikant", "Pavithra", "Nagaraj", "Manjula", "Radhakrishnan", "Umamaheswari",
         "Thirumal", "Yamuna", "Vishwanath", "Bhuvaneshwari", "Gangadhar", "Vandana", "Muralidhar",
         "Sowmya"),
        ("Kulkarni", "Chettiar", "Agarkar", "Lakhani", "Joglekar", "Sabnis", "Vadlamudi", "Aiyar",
         "Hattangadi", "Kotak", "Deshpande", "Gowda", "Hegde", "Iyengar", "Nambiar", "Pillai",
         "Raghavan", "Shetty", "Thakkar", "Wadhwa"),
    ),
    "zh": (
        ("Jiahui", "Zhiqiang", "Meiling", "Haoran", "Xiaoyu", "Junjie", "Yuting", "Peiyu",
         "Mengyao", "Kaixin", "Weiming", "Tianyu"),
        ("Cao", "Deng", "Feng", "Gong", "Jiang", "Qian", "Shao", "Tian", "Yuan", "Xue", "Hou",
         "Zeng"),
    ),
    "vi": (
        ("Khánh", "Hiếu", "Trang", "Ngân", "Duy", "Thịnh", "Thảo", "Vy"),
        ("Đặng", "Bùi", "Huỳnh", "Võ", "Trương", "Lý", "Đinh", "Lương"),
    ),
    "fil": (
        ("Florante", "Charito", "Isagani", "Edralyn", "Arsenio", "Luzviminda", "Teodulo", "Susana",
         "Danilo", "Maricel"),
        ("Dimaculangan", "Macaraeg", "Pangilinan", "Lapid", "Sumulong", "Lacson", "Jimenez",
         "Dizon", "Quiambao", "Manalastas"),
    ),
    "ko": (
        ("Seojun", "Minjae", "Seonghoon", "Chaeyoung", "Wooseok", "Hyejin", "Sangwoo", "Seulgi"),
        ("Baek", "Hwang", "Byun", "Jeon", "Jang", "Seo", "Kwon", "Ryu"),
    ),
    "ja": (
        ("Akihiro", "Emiko", "Haruto", "Hinata", "Daisuke", "Hiroko", "Riku", "Rieko"),
        ("Fujimoto", "Iwasaki", "Ogawa", "Kikuchi", "Sakamoto", "Maruyama", "Noguchi", "Sugiyama"),
    ),
    "id": (
        ("Bambang", "Wahyuni", "Joko", "Endang", "Cahya", "Anggraini"),
        ("Nainggolan", "Prasetyo", "Panjaitan", "Kusumawati", "Sihombing", "Situmorang"),
    ),
    "ng": (
        ("Chukwuemeka", "Adaobi", "Oluwaseun", "Folake", "Ikechukwu", "Nneka", "Babatunde",
         "Yetunde", "Aminu", "Hauwa"),
        ("Okonkwo", "Durojaiye", "Nwachukwu", "Chikezie", "Ogunleye", "Danjuma", "Okafor",
         "Abubakar", "Adebayo", "Obiora"),
    ),
    "gh": (
        ("Kwabena", "Akosua", "Kwame", "Efua", "Kofi", "Adwoa"),
        ("Boateng", "Agyemang", "Darko", "Amoako", "Owusu", "Yeboah"),
    ),
    "ke": (
        ("Nyambura", "Baraka", "Njeri", "Juma", "Jepkemboi", "Mutiso", "Cherono", "Omondi"),
        ("Kamau", "Maina", "Kiprotich", "Nyaga", "Wanyama", "Keter", "Macharia", "Odhiambo"),
    ),
    "et": (
        ("Abebe", "Genet", "Girma", "Lemlem", "Yonas", "Selamawit"),
        ("Tesfaye", "Kassa", "Workneh", "Gizaw", "Haile", "Bekele"),
    ),
    "ar": (
        ("Ghassan", "Lubna", "Abdelrahman", "Basma", "Bassam", "Hanin", "Firas", "Areej", "Haitham",
         "Wafa", "Bilal", "Samira"),
        ("Al-Farsi", "El-Masry", "Abu-Ghazaleh", "Dajani", "Haddad", "Khoury", "Obeid", "Maalouf",
         "Najjar", "Farhat", "Barakat", "El-Tayeb"),
    ),
    "tr": (
        ("Emre", "Hülya", "Hakan", "Yasemin", "Oğuz", "Zeynep"),
        ("Yıldırım", "Karadağ", "Uysal", "Öztürk", "Yavuz", "Çakır"),
    ),
    "fa": (
        ("Dariush", "Behnaz", "Hooman", "Farnaz", "Bijan", "Fereshteh"),
        ("Tehrani", "Bagheri", "Davoudi", "Naderi", "Nikzad", "Pourmand"),
    ),
    "pk": (
        ("Ayesha", "Adeel", "Bushra", "Faraz", "Humaira", "Shoaib", "Mehwish", "Kashif"),
        ("Qureshi", "Gilani", "Chaudhry", "Leghari", "Abbasi", "Paracha", "Niazi", "Khattak"),
    ),
    "bd": (
        ("Tahmina", "Rafiqul", "Rokeya", "Shafiqul", "Nusrat", "Mizanur"),
        ("Chowdhury", "Hossain", "Patwary", "Sikder", "Mridha", "Bhuiyan"),
    ),
    "ru": (
        ("Vsevolod", "Arkady", "Yevgenia", "Zinaida", "Gennady", "Vyacheslav", "Olesya", "Varvara",
         "Ostap", "Innokenty", "Solomiya", "Milana"),
        ("Morozov", "Lebedev", "Zaitseva", "Sokolova", "Kovalchuk", "Hnatyuk", "Gavrilov",
         "Novikov", "Karpova", "Zakharova", "Shapoval", "Frolov"),
    ),
    "pl": (
        ("Grzegorz", "Wojciech", "Małgorzata", "Katarzyna", "Przemysław", "Jarosław", "Bożena",
         "Halina"),
        ("Wiśniewski", "Dąbrowski", "Lewandowska", "Kamińska", "Piątek", "Zalewski", "Jabłoński",
         "Mazurek"),
    ),
    "cz": (
        ("Radek", "Přemysl", "Zuzana", "Libuše", "Vojtěch", "Hana"),
        ("Novotný", "Hájek", "Kratochvílová", "Sedláčková", "Pospíšil", "Jelínek"),
    ),
    "ro": (
        ("Mihai", "Cosmin", "Daciana", "Răzvan", "Crina", "Roxana"),
        ("Stoica", "Enache", "Nistor", "Vasilescu", "Oprea", "Zamfir"),
    ),
    "gr": (
        ("Ioannis", "Eleni", "Lambros", "Magdalini", "Dimitrios", "Despina"),
        ("Papadopoulos", "Bakalis", "Vlachos", "Charalambous", "Kyriakou", "Tsakalos"),
    ),
    "de": (
        ("Jürgen", "Irmgard", "Jochen", "Heidemarie", "Dietrich", "Ursula", "Rüdiger", "Sieglinde"),
        ("Oberhauser", "Dörfler", "Fröhlich", "Lützow", "Meißner", "Pöschl", "Nussbaum", "Kessler"),
    ),
    "fr": (
        ("Thibault", "Ségolène", "Félicien", "Jacinthe", "Tanguy", "Victoire", "Baptiste", "Maëlle"),
        ("Lefebvre", "Abadie", "Boissonnade", "Delorme", "Thibaudeau", "Vaillant", "Chastain",
         "Duchêne"),
    ),
    "it": (
        ("Gianluca", "Marcella", "Nunzio", "Ottavia", "Massimo", "Chiara", "Salvatore", "Graziella"),
        ("Esposito", "Abbate", "Cantoni", "Iannone", "Ottaviani", "Lombardi", "Santoro", "Caruso"),
    ),
    "nl": (
        ("Joost", "Nienke", "Maarten", "Wietske", "Bram", "Hendrika"),
        ("van der Meulen", "Bosman", "de Graaf", "Schouten", "Veenstra", "van Leeuwen"),
    ),
    "sc": (
        ("Sigrid", "Jørgen", "Astrid", "Yngve", "Solveig", "Anders"),
        ("Lindqvist", "Berggren", "Ekström", "Nordahl", "Østby", "Sandvik"),
    ),
    "th": (
        ("Somchai", "Siriporn", "Anan", "Kanya", "Prasert", "Malee"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Thongchai", "Suwannarat"),
    ),
    "hu": (
        ("Zoltán", "Csilla", "Dénes", "Árpád", "Ildikó", "Margit"),
        ("Nagy", "Fekete", "Juhász", "Mészáros", "Takács", "Varga"),
    ),
    "lk": (
        ("Gayan", "Nilmini", "Dammika", "Dilani", "Chandima", "Tharanga"),
        ("Wickramasinghe", "Amarasinghe", "Bandara", "Tennakoon", "Weerasinghe", "Senanayake"),
    ),
    "np": (
        ("Bikash", "Bimala", "Yubraj", "Tulasi", "Suman", "Nabin"),
        ("Shrestha", "Basnet", "Tamang", "Chhetri", "Neupane", "Upreti"),
    ),
}
# fmt: on
# Rough weights of the cultures among the people of these platforms (big populations first).
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
    "ko": 2,
    "ja": 2,
    "tr": 2,
    "pl": 2,
    "de": 2,
    "fr": 2,
    "it": 2,
    "fa": 2,
    "ke": 2,
    "pk": 2.5,
    "bd": 2,
    "et": 1.5,
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
HYPHENATED: dict[str, float] = {"en": 0.12, "fr": 0.15}
# Share of people written family name first (Hungarian: as at home, Nagy Zoltán).
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "vi": 0.65, "ko": 0.35, "ja": 0.3, "hu": 0.35}
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Borisovich", "Olehovych", "Grigoryevich", "Stepanovych"),
        ("Mikhailovna", "Vasylivna", "Nikolaevna", "Romanivna"),
    ),
    "vi": (("Hoàng", "Công", "Thành", "Bảo"), ("Kim", "Ngọc", "Bích", "Phương")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
FEMALE = frozenset(
    {"Yevgenia", "Zinaida", "Olesya", "Varvara", "Solomiya", "Milana", "Małgorzata",
     "Katarzyna", "Bożena", "Halina", "Zuzana", "Libuše", "Hana", "Trang", "Ngân", "Thảo", "Vy"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Zaitseva", "Sokolova", "Karpova", "Zakharova", "Lewandowska", "Kamińska", "Kratochvílová",
     "Sedláčková"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Morozov", "Lebedev", "Gavrilov", "Novikov", "Frolov", "Wiśniewski", "Dąbrowski", "Zalewski",
     "Jabłoński", "Novotný", "Hájek", "Pospíšil", "Jelínek"}
)  # fmt: skip

# Short forms and nicknames used alone (chat, sign-offs, team sheets); split by half.
NICKS: tuple[str, ...] = (
    "Macca", "Robbo", "Shazza", "Davo", "Kez", "Dima", "Kostya", "Nok", "Chuy", "Bunty",
    "Baz", "Gazza", "Jonno", "Stevo", "Fitzy", "Binky", "Zhenya", "Kolya", "Lyosha", "Noom",
    "Pappu", "Chintu", "Bisi", "Tola", "Femi", "Gigi",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "de", "el", "al", "o"})
