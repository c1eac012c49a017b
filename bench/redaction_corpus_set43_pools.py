# ruff: noqa: RUF001, E501
"""Set 43's person pools: the people of news, media, the creative trades, events and
business-to-business trade — reporters, editors, sources and tipsters, press officers,
podcast guests and interviewees, authors, literary agents and translators, photographers,
models, crew and cast, musicians and songwriters, wedding couples and their guests, event
planners, caterers and speakers, buyers, sales reps, shippers, consignees and customs brokers.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Cantonese, Vietnamese,
Korean, Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian, Polish and Czech surnames follow the given name's gender, so those
pools are ordered male, male, female, female to give both halves both genders. ``NICKS`` are
short forms used alone for a person. Particles are no name words. No name word is a word of a
look-alike pool. ``half`` is the shared kit's.

Written blind for this set. Every name word was checked, by a one-off script outside the
repository, against the texts of sets 13-42; most cultures' words were replaced until they
occur in none of them (the Vietnamese, Korean, Cantonese and Chinese syllables and a few short
words recur). Candidate words for the Anglo, Irish, Hispanic, Brazilian, Indian, Japanese
(given names), Indonesian, Nigerian, Ghanaian, Kenyan, Turkish, Czech, Romanian, German,
French, Italian, Dutch, Scandinavian, Finnish, Thai, Hungarian and Zulu pools were drawn from
the person lists of the ``faker`` package (40.63.0: en_US, en_GB, en_NZ, en_IE, ga_IE, es_CO,
es_ES, pt_BR, pt_PT, en_IN, id_ID, yo_NG, ig_NG, ha_NG, tw_GH, en_KE, tr_TR, cs_CZ, ro_RO,
de_DE, de_AT, fr_FR, fr_BE, it_IT, nl_NL, nl_BE, sv_SE, no_NO, da_DK, fi_FI, en_TH, hu_HU,
zu_ZA), outside the generator; the rest were written by hand.
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

# culture -> (given names, surnames); the culture keys are those of sets 40-42.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Lynsey", "Darrin", "Ashlee", "Mervyn", "Jaclyn", "Johnathan", "Kristopher", "Raewyn", "Maddison", "Brodie", "Gaylene", "Rickey", "Jemma", "Garreth", "Tayla", "Alister", "Kellie", "Jonathon", "Hollie", "Darryn"),
        ("Patchett", "Cresswell", "Holdaway", "Cooksley", "Satherley", "Jellyman", "Marfell", "Sowman", "Wratt", "Bishell", "Freeth", "Vercoe", "Collis", "Woolley", "Hayward", "Prentice", "Mears", "Judd", "Gough", "Naylor"),
    ),
    "aa": (
        ("Keshawn", "Shanequa", "Dewayne", "Tierra", "Dashon", "Ayanna"),
        ("Toomer", "Bazemore", "McClendon", "Bivens", "Majette", "Swinton"),
    ),
    "ie": (
        ("Jarlath", "Eimhear", "Tiarnan", "Dearbhail", "Malachy", "Aoibhin", "Phelim", "Fidelma"),
        ("Cafferkey", "Breheny", "Brassil", "Bresnehan", "Canniffe", "Cahillane", "Briody", "Buttimer"),
    ),
    "sco": (
        ("Kirsteen", "Sorley", "Morven", "Eachann"),
        ("MacGillivray", "Laidlaw", "Moncrieff", "Drysdale"),
    ),
    "wel": (
        ("Dyfan", "Mabli", "Taliesin", "Alaw"),
        ("Penry", "Meyrick", "Eynon", "Craddock"),
    ),
    "hi": (
        ("Yesid", "Leidy", "Albeiro", "Yaneth", "Libardo", "Omaira", "Edelmiro", "Rubiela", "Argemiro", "Nohora", "Ferney", "Marleny"),
        ("Bohórquez", "Villamizar", "Sanabria", "Monsalve", "Arboleda", "Zuluaga", "Riascos", "Angarita", "Buitrago", "Velandia", "Cuéllar", "Espitia"),
    ),
    "br": (
        ("Asafe", "Eloah", "Calebe", "Hadassa", "Dinis", "Soraia", "Martim", "Caetana"),
        ("Mendonça", "Viana", "Garcez", "Sardinha", "Matoso", "Sequeira", "Couto", "Prates"),
    ),
    "in": (
        ("Aarnav", "Hamsini", "Chakradhar", "Meghana", "Lakshit", "Niharika", "Pratyush", "Gaurangi", "Hemang", "Jhalak", "Darpan", "Mekhala"),
        ("Kuruvilla", "Chokshi", "Brahmbhatt", "Kadakia", "Dhingra", "Khosla", "Jayaraman", "Bhavsar", "Kamdar", "Korpal", "Chacko", "Gulati"),
    ),
    "zh": (
        ("Zirui", "Hanwen", "Tianyou", "Shiyun", "Yiran", "Ruiqi"),
        ("Yue", "Guan", "Ouyang", "Situ", "Zhuge", "Shangguan"),
    ),
    "hk": (
        ("Tsun-hei", "Sze-nga", "Chak-kwong", "Hau-yin", "Cheuk-lam", "Yuk-fung"),
        ("Leung", "Tsui", "Choy", "Chik", "Shum", "Fok"),
    ),
    "vi": (
        ("Lộc", "Quyên", "Uyên", "Nghĩa", "Thịnh", "Khuê"),
        ("Quách", "Khổng", "Triệu", "Doãn", "Tăng", "Lục"),
    ),
    "fil": (
        ("Jojit", "Neneng", "Mharlon", "Clarita", "Rhodel", "Joanalyn"),
        ("Dimasalang", "Baluyot", "Cunanan", "Malonzo", "Tumang", "Lapitan"),
    ),
    "ko": (
        ("Seol-hwa", "Byung-chul", "Kyu-ri", "Han-byeol", "Ye-seul", "Gyeo-ul"),
        ("Kil", "Myung", "Yook", "Jegal", "Namgung", "Dokgo"),
    ),
    "ja": (
        ("Kenichi", "Mikako", "Tsubasa", "Chiyo", "Shohei", "Maaya", "Yosuke", "Taichi"),
        ("Uchida", "Hattori", "Kinoshita", "Sekiguchi", "Kataoka", "Tsujimoto", "Nakahara", "Hoshino"),
    ),
    "id": (
        ("Adinata", "Lintang", "Cahyadi", "Paramita", "Bagus", "Jelita", "Candrakanta", "Kasiyah"),
        ("Hutasoit", "Lazuardi", "Megantara", "Narpati", "Tampubolon", "Waskita", "Pradipta", "Simbolon"),
    ),
    "ng": (
        ("Adebowale", "Oyindasola", "Ekundayo", "Chizoba", "Babatunji", "Somadina", "Haruna", "Yejide"),
        ("Osuntokun", "Adelusi", "Fagunwa", "Akinrinola", "Njoku", "Madu", "Omotoso", "Ibikunle"),
    ),
    "gh": (
        ("Paapa", "Efia", "Kakra", "Enyonam", "Korkor", "Ewurabena"),
        ("Adomah", "Agyare", "Ahortor", "Andorful", "Dwamena", "Koomson"),
    ),
    "ke": (
        ("Onesmus", "Jepkoech", "Wycliffe", "Nyaboke", "Japheth", "Bosibori"),
        ("Wanjohi", "Chepkwony", "Nyakundi", "Ondieki", "Kinuthia", "Momanyi"),
    ),
    "et": (
        ("Hailu", "Alemnesh", "Mesfin", "Hiwot"),
        ("Zeleke", "Hailemariam", "Desalegn", "Fantahun"),
    ),
    "so": (
        ("Hamse", "Sahro", "Caaqil", "Qaali"),
        ("Qorane", "Guleid", "Kahin", "Geeldoon"),
    ),
    "ar": (
        ("Luay", "Manal", "Qusai", "Rouba", "Nael", "Mays"),
        ("Al-Dossari", "Al-Rashidi", "Halabi", "Zoubi", "Rifai", "Al-Habsi"),
    ),
    "tr": (
        ("Baturay", "Dilara", "Ceyhun", "Simge", "Batuhan", "Cemre"),
        ("Çorlu", "Şensoy", "Ülker", "Taşkın", "Kılınç", "Özbek"),
    ),
    "fa": (
        ("Keyvan", "Negin", "Pouya", "Mojgan"),
        ("Navabi", "Safavi", "Shahbazi", "Firouzi"),
    ),
    "pk": (
        ("Fawad", "Mahnoor", "Taimoor", "Sidra"),
        ("Chattha", "Kiyani", "Minhas", "Tiwana"),
    ),
    "bd": (
        ("Mehedi", "Tanjila", "Shahriar", "Afroza"),
        ("Matubbar", "Chakladar", "Shikder", "Akanda"),
    ),
    "ru": (
        ("Gleb", "Matvey", "Alevtina", "Faina", "Savely", "Prokhor", "Agniya", "Kapitolina"),
        ("Belousov", "Zverev", "Belousova", "Zvereva", "Rozhkov", "Seleznev", "Rozhkova", "Selezneva"),
    ),
    "pl": (
        ("Tymoteusz", "Olgierd", "Kornelia", "Julita", "Mieszko", "Konstanty", "Melania", "Róża"),
        ("Urbański", "Piątkowski", "Urbańska", "Piątkowska", "Leśniewski", "Skowroński", "Leśniewska", "Skowrońska"),
    ),
    "cz": (
        ("Bedřich", "Zikmund", "Drahoslava", "Mahulena", "Horymír", "Leoš", "Otýlie", "Štěpánka"),
        ("Stejskal", "Navrátil", "Stejskalová", "Navrátilová", "Konečný", "Kopecký", "Konečná", "Kopecká"),
    ),
    "ro": (
        ("Codrin", "Catrinel", "Horațiu", "Cerasela", "Iancu", "Andrada"),
        ("Diaconescu", "Voinea", "Ardelean", "Mocanu", "Tabacu", "Dobre"),
    ),
    "gr": (
        ("Nektarios", "Sotiria", "Thodoris", "Efthymia"),
        ("Manolakis", "Kyriazis", "Voulgaris", "Panagopoulos"),
    ),
    "de": (
        ("Diethelm", "Annelore", "Arnfried", "Cordula", "Eckart", "Brunhild"),
        ("Fliegner", "Gierschner", "Dörschner", "Freudenberger", "Aichinger", "Brandstetter"),
    ),
    "fr": (
        ("Baudouin", "Philippine", "Hadrien", "Anaëlle", "Maximilien", "Maryse"),
        ("Abrassart", "Blondiau", "Brichard", "Dechamps", "Delvigne", "Bultot"),
    ),
    "it": (
        ("Amleto", "Ninetta", "Annibale", "Simonetta", "Giacinto", "Lauretta"),
        ("Adinolfi", "Agostinelli", "Antonacci", "Barsanti", "Bettoni", "Piccinini"),
    ),
    "nl": (
        ("Maurits", "Madelief", "Pepijn", "Renske", "Valentijn", "Yfke"),
        ("Bolkesteijn", "Bloemendaal", "Broekhoven", "Bruynzeels", "Bouwhuisen", "Butselaar"),
    ),
    "sc": (
        ("Hjalmar", "Ingegärd", "Asbjørn", "Sissel", "Torben", "Hillevi"),
        ("Brännström", "Søndergaard", "Myklebust", "Ahlström", "Thygesen", "Bergqvist"),
    ),
    "fi": (
        ("Kalervo", "Orvokki", "Jalmari", "Päivikki", "Iisakki", "Kyllikki"),
        ("Hyttinen", "Huuskonen", "Järvelä", "Holappa", "Heiskanen", "Jauhiainen"),
    ),
    "th": (
        ("Pornchanok", "Suvakit", "Kodchaporn", "Ratchanon", "Sarunporn", "Teetat"),
        ("Sujjaboriboon", "Neerachapong", "Srisoontorn", "Kongchayasukawut", "Youprasert", "Charoensuksopol"),
    ),
    "hu": (
        ("Tivadar", "Zsanett", "Elemér", "Bernadett", "Gusztáv", "Tímea"),
        ("Borbély", "Faragó", "Kerekes", "Pataki", "Bognár", "Hajdu"),
    ),
    "lk": (
        ("Dulaj", "Upeksha", "Chanuka", "Nethmi"),
        ("Kulatunga", "Hettiarachchi", "Vithanage", "Wanigasekara"),
    ),
    "np": (
        ("Sanjok", "Samjhana", "Prabin", "Bhawana"),
        ("Tuladhar", "Aryal", "Magar", "Devkota"),
    ),
    "he": (
        ("Gilad", "Efrat", "Eliran", "Inbal", "Ohad", "Hodaya"),
        ("Weissman", "Rosenblum", "Ovadia", "Tsabari", "Carmeli", "Kedem"),
    ),
    "hy": (
        ("Samvel", "Astghik", "Levon", "Nvard"),
        ("Aghajanyan", "Mnatsakanyan", "Tadevosyan", "Papazyan"),
    ),
    "ka": (
        ("Nikoloz", "Rusudan", "Tornike", "Nestan"),
        ("Tsintsadze", "Gogichaishvili", "Natsvlishvili", "Sulaberidze"),
    ),
    "za": (
        ("Sandile", "Nomcebo", "Lwandile", "Thandiwe", "Mthokozisi", "Nokulunga"),
        ("Dlamlenze", "Gcaba", "Chonco", "Biyase", "Dludla", "Fakude"),
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
        ("Glebovich", "Matveyevich", "Savelyevich", "Prokhorovich"),
        ("Glebovna", "Matveyevna", "Savelyevna", "Prokhorovna"),
    ),
    "vi": (("Công", "Trọng"), ("Hoài", "Diệu")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
GENDERED = ("ru", "pl", "cz")
FEMALE = frozenset(
    {"Alevtina", "Faina", "Agniya", "Kapitolina", "Kornelia", "Julita", "Melania", "Róża",
     "Drahoslava", "Mahulena", "Otýlie", "Štěpánka", "Quyên", "Uyên", "Khuê"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Belousova", "Zvereva", "Rozhkova", "Selezneva", "Urbańska", "Piątkowska", "Leśniewska",
     "Skowrońska", "Stejskalová", "Navrátilová", "Konečná", "Kopecká"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Belousov", "Zverev", "Rozhkov", "Seleznev", "Urbański", "Piątkowski", "Leśniewski",
     "Skowroński", "Stejskal", "Navrátil", "Konečný", "Kopecký"}
)  # fmt: skip
# Short forms and pet names used alone for a person.
NICKS: tuple[str, ...] = (
    "Wazza", "Shaz", "Jezza", "Chazza", "Hazza", "Lozza", "Fliss", "Jonty", "Rodders", "Cazza",
    "Bazzer", "Gazzer", "Jonesy", "Kaz", "Suze", "Soph",
)  # fmt: skip
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "den", "de", "el", "al", "o"})
