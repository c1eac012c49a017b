# ruff: noqa: RUF001
"""Set 33's person pools: given names and surnames of 25 cultures, real-but-uncommon or built
from syllables.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves. Tamil and Telugu people
are written with the father's initial first (``S. Kavitha``; the "surname" is the father's
name). Malay surnames are a father's name joined by ``bin``/``binti``, Welsh ones sometimes by
``ap``/``ferch``, Arabic ones sometimes by ``bin``/``bint`` (the particle follows the given
name's gender, see ``FEMALE``). Irish and Scottish Gaelic surnames carry ``Ó``, ``Ní``,
``Mac``, ``Nic`` inside the entry, Brazilian ones ``de``/``da``/``dos``, Catalan ones two
surnames joined by ``i``, Arabic ones ``al-`` or ``Abu``. Burmese names have no surname: the
"surname" entry is the rest of the name, and a title (``U``, ``Daw``, ``Ko``, ``Ma``) goes
before the whole name. Javanese people have one name only. Tibetan and Bhutanese names are two
given names.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames): ka Georgian, hy Armenian, eu Basque, cy Welsh, ga Irish
# and Scottish Gaelic, yo Yoruba, ig Igbo, ak Akan, ta Tamil/Telugu, ms Malay, fil Filipino,
# sa Sami, iu Inuit (Greenlandic and Canadian), ca Catalan, br Brazilian, ar Arabic (Gulf),
# fa Persian, uz Uzbek/Kazakh, tr Turkish, ce Chechen, fj Fijian/Tongan, bo Tibetan/Bhutanese,
# my Burmese, jv Javanese, inv invented.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ka": (
        ("Nodar", "Tinatin", "Gocha", "Eteri", "Revaz", "Khatuna", "Manana", "Tamaz", "Lia",
         "Mzia", "Guram", "Teimuraz"),
        ("Chkheidze", "Mchedlishvili", "Lomidze", "Javakhishvili", "Gogoberidze",
         "Khutsishvili", "Abashidze", "Papuashvili", "Dolidze", "Bakradze", "Kipiani",
         "Gvaramia"),
    ),
    "hy": (
        ("Vardan", "Hasmik", "Ashot", "Karapet", "Lusine", "Nairi", "Shoghik", "Garegin",
         "Armine", "Sarkis", "Zaruhi", "Vahagn"),
        ("Ghazaryan", "Avetisian", "Bedrossian", "Tumanyan", "Zakarian", "Kocharyan",
         "Melkonian", "Mirzoyan", "Torosyan", "Simonian", "Balasanyan", "Karagulyan"),
    ),
    "eu": (
        ("Koldo", "Miren", "Josu", "Kepa", "Uxue", "Aritz", "Ane", "Julen", "Beñat", "Izaskun",
         "Naiara", "Gaizka"),
        ("Urrutikoetxea", "Agirrezabala", "Iturbe", "Elorriaga", "Lizarralde", "Urkiola",
         "Aranburu", "Errazkin", "Uriarte", "Oiartzabal", "Sagarzazu", "Gorostiaga"),
    ),
    "cy": (
        ("Geraint", "Eifion", "Dyfrig", "Glesni", "Idris", "Myfanwy", "Siwan", "Tegid", "Hedd",
         "Mali", "Alun", "Elin"),
        ("Prosser", "Bevan", "Madoc", "Meurig", "Ifans", "Probert", "Gittins", "Maddocks",
         "Trefor", "Penri", "Dafis", "Eurig"),
    ),
    "ga": (
        ("Gormlaith", "Proinsias", "Fearghal", "Mìcheil", "Ealasaid", "Raghnall", "Iseabail",
         "Ruaraidh", "Seonag", "Dòmhnall", "Donnchadh", "Seumas"),
        ("MacAoidh", "MacLeòid", "Nic Ruaidhrí", "Mac Craith", "Ní Mhaoláin", "Ní Dhonnabháin",
         "Nic Fhionnlaigh", "Ó hUiginn", "Ní Ghallchóir", "MacCoinnich", "Nic Cormaic",
         "Ó Dochartaigh"),
    ),
    "yo": (
        ("Ayobami", "Olufunke", "Moyosore", "Ayantola", "Ololade", "Akinkunmi", "Oluwatobiloba",
         "Abosede", "Ifedayo", "Toluwalase", "Iremide", "Tiwatope"),
        ("Ogundeji", "Akinyemiju", "Ajibola", "Oyeyemi", "Adegboyega", "Onabanjo", "Ogunyemi",
         "Adeniran", "Fadipe", "Akinlade", "Olawuyi", "Osinowo"),
    ),
    "ig": (
        ("Chidiebere", "Obumneme", "Nwakaego", "Ifechukwu", "Chigozie", "Amaechi", "Nwamaka",
         "Ozoemena", "Akachi", "Ebele", "Nkemdirim", "Chukwudumebi"),
        ("Ikeotuonye", "Nwagwu", "Ogbonnaya", "Odenigbo", "Ojukwu", "Obiefuna", "Chiejina",
         "Ilodibe", "Mgbemena", "Nduka", "Onyekwere", "Nwadike"),
    ),
    "ak": (
        ("Yaa", "Kofi", "Kwame", "Kwasi", "Akwasi", "Yaaba", "Esi", "Adjoa", "Kobina", "Kweku",
         "Kwamena", "Amma"),
        ("Gyamfi", "Ofori-Atta", "Darkwa", "Nyarko", "Opoku", "Sarpong", "Amponsah", "Antwi",
         "Adomako", "Ampofo", "Bonsu", "Kyei"),
    ),
    "ta": (
        ("Kavitha", "Murugan", "Tamilselvi", "Sumathi", "Karthikeyan", "Padmavathi",
         "Sivakumar", "Lakshmikanth", "Anbarasi", "Ilango", "Kalaiselvan", "Vennila"),
        ("Palanisamy", "Chinnaswamy", "Venkataramana", "Kandasamy", "Ponnusamy", "Kuppusamy",
         "Thangavelu", "Duraisamy", "Rangasamy", "Chellappa", "Sundaramoorthy", "Narasimhulu"),
    ),
    "ms": (
        ("Syafiqah", "Azman", "Norhayati", "Faizal", "Suhaila", "Khairul", "Farhana", "Hisham",
         "Nurasyikin", "Shahrizal", "Azlina", "Zulkifli"),
        ("Zainal", "Kamaruddin", "Mokhtar", "Hamzah", "Ariffin", "Baharom", "Jamaluddin",
         "Rosli", "Shamsudin", "Ghazali", "Nordin", "Jaafar"),
    ),
    "fil": (
        ("Ma. Cresencia", "Eutiquio", "Timoteo", "Nonoy", "Dakila", "Malaya", "Magdangal",
         "Ma. Liwayway", "Dencio", "Ma. Salud", "Ma. Consolacion", "Estrellita"),
        ("Macaspac", "Lapuz", "Sablan", "Pagdilao", "Maniquis", "Bumanglag", "Pinlac",
         "Mallari", "Pagsanghan", "Dimatulac", "Makalintal"),
    ),
    "sa": (
        ("Ánte", "Elle", "Ingá", "Inger", "Piera", "Beaska", "Ásllat", "Duommá", "Ristiinná",
         "Unni", "Biehtár", "Mihkkal"),
        ("Eira", "Oskal", "Bongo", "Gaino", "Triumf", "Partapuoli", "Buljo", "Kemi", "Labba",
         "Kitti", "Magga", "Påve"),
    ),
    "iu": (
        ("Aqqaluk", "Nivi", "Pauloosie", "Siila", "Taqralik", "Ivalu", "Kunuk", "Uiloq",
         "Malik", "Paninnguaq", "Aputsiaq", "Ulloriaq"),
        ("Kilabuk", "Qaqqaq", "Nungak", "Angnatok", "Kusugak", "Arnatsiaq", "Ikkidluak",
         "Kreutzmann", "Lynge", "Petrussen", "Qumuatuq", "Akpaliapik"),
    ),
    "ca": (
        ("Quim", "Laia", "Mireia", "Queralt", "Ferran", "Guillem", "Aina", "Jaume", "Ona",
         "Eudald", "Bernat", "Txell"),
        ("Puigdomènech i Farré", "Riera i Soler", "Pujol i Roca", "Masferrer",
         "Llorens i Batlle", "Sabaté", "Cardona", "Tarradellas", "Vilaseca i Prat",
         "Font i Sagué", "Comellas", "Rovira i Virgili"),
    ),
    "br": (
        ("Lindomar", "Edileusa", "Creuza", "Waldemar", "Jucélia", "Joelma", "Agnaldo", "Nilson",
         "Rosilene", "Claudete", "Edilson", "Josineide"),
        ("de Assis", "dos Passos", "da Mata", "dos Milagres", "da Purificação", "da Encarnação",
         "Amorim", "Bonfim", "Trancoso", "Bezerril", "Abreu"),
    ),
    "ar": (
        ("Nouf", "Lulwa", "Mishal", "Haya", "Bandar", "Saud", "Reem", "Dana", "Ghala", "Shahad",
         "Rakan", "Joud"),
        ("Abu Zayd", "Abu Shakra", "al-Subaie", "al-Rashoud", "al-Juhani", "al-Anazi",
         "al-Balawi", "al-Ruwaili", "al-Khathlan", "Abu Haimed", "al-Muqrin", "al-Sudairi"),
    ),
    "fa": (
        ("Mahnaz", "Nasrin", "Kaveh", "Roya", "Babak", "Farzaneh", "Laleh", "Mitra", "Hooshang",
         "Shahla", "Manouchehr", "Ziba"),
        ("Ghorbani", "Hosseinzadeh", "Shirazi", "Kazemi", "Rahimi", "Najafabadi", "Khorasani",
         "Ardalan", "Bakhtiari", "Daneshvar", "Emami", "Firouzabadi"),
    ),
    "uz": (
        ("Nodira", "Bakhtiyor", "Aizhan", "Yerlan", "Sanjar", "Madina", "Ainur", "Saule",
         "Shakhnoza", "Jasur", "Feruza", "Otabek"),
        ("Tursunova", "Karimov", "Yusupova", "Abdullaev", "Seitkali", "Mukhametov", "Tokhtarov",
         "Zhumabekova", "Rakhimov", "Akhmetova", "Iskakov", "Nurmagambetova"),
    ),
    "tr": (
        ("Ebru", "Volkan", "Nurgül", "Serkan", "Erdem", "Yeşim", "Tülay", "Ceyda", "Onur",
         "Kerem", "Nesrin", "Cansu"),
        ("Karaoğlu", "Demirtaş", "Aydoğan", "Bozkurt", "Çelikkol", "Şimşek", "Eryılmaz",
         "Gündoğdu", "Sarıgül", "Özbilgin", "Tunçel", "Kahraman"),
    ),
    "ce": (
        ("Zelimkhan", "Kheda", "Aslanbek", "Zarema", "Akhmed", "Malika", "Umar", "Khava",
         "Ibragim", "Seda", "Magomed", "Luiza"),
        ("Gaysanov", "Dudurkaev", "Bisultanov", "Estemirova", "Tsakaev", "Aliroev", "Makhauri",
         "Mutsaev", "Israpilov", "Gakaev", "Yandarbiev", "Soltaeva"),
    ),
    "fj": (
        ("Semisi", "Vilisoni", "Salote", "Litia", "Sitiveni", "Ofa", "Unaisi", "Mereoni",
         "Timoci", "Kalesi", "Akanisi", "Isikeli"),
        ("Ratuvou", "Nabou", "Vunipola", "Koroi", "Naivalu", "Mafi", "Waqanivalu", "Kaufusi",
         "Veikune", "Lolohea", "Naulivou", "Tuisawau"),
    ),
    "bo": (
        ("Tenzin", "Pema", "Dorji", "Sonam", "Jigme", "Dawa", "Yangchen", "Ugyen", "Kinley",
         "Tshering", "Lhamo", "Choden"),
        ("Dolkar", "Wangmo", "Norbu", "Gyatso", "Dhondup", "Wangchuk", "Namgyel", "Yeshi",
         "Lhadon", "Phuntsok", "Tsomo", "Rinchen"),
    ),
    "my": (
        ("Thiha", "Khin", "Zaw", "Myat", "Thandar", "Kyaw", "Nilar", "Soe", "Ei", "Htun",
         "Phyu", "Moe"),
        ("Htet Aung", "Mya Thein", "Noe Wai", "Sandar Win", "Myint Swe", "Yadanar", "Kyi Pyar",
         "Thet Paing", "Yamin Oo", "Nwe Ni", "Khaing Zar", "Pyae Sone"),
    ),
    "jv": (
        ("Sutarmi", "Wagiman", "Suparman", "Tukiyem", "Paijo", "Wakijan", "Sukinah", "Karjo",
         "Parmin", "Ngadiyem", "Sarijo", "Jumirah"),
        ("Sutrisno", "Mulyono", "Sugiyono", "Hartono", "Wiryono", "Prawiro", "Sastro", "Darmo",
         "Kromo", "Atmojo", "Sumarno", "Harjono"),
    ),
    "inv": (
        ("Velistra", "Dornakai", "Quessaly", "Thrombel", "Ylvarine", "Kastomir", "Bessanthe",
         "Orrovic", "Zindalia", "Pralvon", "Mirethka", "Galdrune"),
        ("Vorskalan", "Quimbratt", "Ellendrosk", "Tavirroux", "Harnquist", "Obrelvane",
         "Zestrikov", "Kelthuvane", "Culvestra", "Pendrakis", "Ythrenmoor", "Solvakhar"),
    ),
}
# fmt: on
INITIAL_FIRST = frozenset({"ta"})  # "S. Kavitha": the father's initial, then the name
NO_SURNAME = frozenset({"jv"})  # one name only
WHOLE_NAME = frozenset({"my", "bo"})  # the whole name after a title ("Daw Khin Mya Thein")
# Cultures whose people are called by the given name after a title ("Dr Kavitha", "Cik Hafiz").
TITLE_BY_GIVEN = frozenset({"ta", "ms", "jv", "iu", "fj"})
# The particle before a father's name: (for men, for women), and how often it is written.
PATRONYM: dict[str, tuple[str, str, float]] = {
    "ms": ("bin", "binti", 1.0),
    "cy": ("ap", "ferch", 0.4),
    "ar": ("bin", "bint", 0.3),
}
FEMALE = frozenset(
    {"Syafiqah", "Norhayati", "Suhaila", "Farhana", "Nurasyikin", "Azlina", "Glesni", "Myfanwy",
     "Siwan", "Mali", "Elin", "Nouf", "Lulwa", "Haya", "Reem", "Dana", "Ghala", "Shahad", "Joud"}
)  # fmt: skip
# Cultures whose diacritics are never dropped (none: every culture is typed without them too).
NO_FOLD: frozenset[str] = frozenset()
# Burmese honorifics (outside the span): U and Daw for elders, Ko and Ma for younger people.
BURMESE_TITLES = ("U", "Daw", "Ko", "Ma")

# Given names that are also English words: persons only in a full name; plain words in
# look-alikes, even positions in even templates only, odd positions in odd ones.
WORD_GIVEN: tuple[str, ...] = (
    "Clary",
    "Plum",
    "Tawny",
    "Merle",
    "Pippin",
    "Betony",
    "Lupin",
    "Comfrey",
    "Hyssop",
    "Dunlin",
)

# Nicknames written with a surname ("Zuzu Lomidze"); split by half like the names.
NICKS: tuple[str, ...] = (
    "Pupu", "Zuzu", "Keke", "Bebe", "Fofo", "Cucu", "Vava", "Riri", "Sisi", "Kuku", "Zozo", "Tutu",
)  # fmt: skip

# Words that are particles, not name words (the tests leave them out of the disjoint check).
PARTICLE_WORDS = frozenset(
    {"ó", "o", "ní", "ni", "mac", "nic", "i", "de", "da", "dos", "dela", "delos", "al", "abu",
     "das", "do", "bin", "binti", "bint", "ap", "ferch", "ma", "u", "daw", "ko"}
)  # fmt: skip
