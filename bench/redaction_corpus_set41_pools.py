# ruff: noqa: RUF001, E501
"""Set 41's person pools: the people of their own lives and of relayed text — parents, pupils,
tutors and school staff, patients, carers, clinicians, pharmacists and vets, the bride, the
groom, the deceased and the mourners, dating matches, parishioners, volunteers and callers
whose words reach the pipeline through speech-to-text, OCR, forwarding and translation.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian/Ukrainian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Cantonese, Vietnamese,
Korean, Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian, Polish and Czech surnames follow the given name's gender, so those
pools are ordered male, male, female, female to give both halves both genders. ``NICKS`` are
short forms and family pet names used alone for a person. Particles are no name words. No name
word is a kinship word, a saint, a pet name, an English word or a word of a look-alike pool.
``half`` is set 40's (imported).
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

# culture -> (given names, surnames); the culture keys are set 40's.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Colin", "Cheryl", "Malcolm", "Gillian", "Terence", "Maureen", "Graeme", "Yvonne",
         "Leonard", "Beverley", "Derrick", "Kayleigh", "Duane", "Lesley", "Shaun", "Candace",
         "Glenn", "Colleen", "Neil", "Tracey"),
        ("Wilkins", "Hancock", "Burgess", "Whitehouse", "Griffiths", "Humphries", "Nicholson",
         "Townsend", "Hammond", "Barnett", "Collier", "Jennings", "Daniels", "Stephens", "Peterson",
         "Harrison", "Carroll", "Johnston", "Snyder", "Nichols"),
    ),
    "aa": (
        ("Deontae", "Shaquana", "Rayshawn", "Chiquita", "Tyreek", "Felicia"),
        ("Blakeney", "Pinckney", "Strother", "Goodwine", "Fulmore", "Mccoy"),
    ),
    "ie": (
        ("Aengus", "Camillus", "Conleth", "Daragh", "Canice", "Donagh", "Diarmaid", "Caolan"),
        ("Bairéad", "Caomhánach", "Breasail", "Ahearne", "Beirne", "Aylward", "Begley", "Banville"),
    ),
    "sco": (
        ("Murdo", "Marsaili", "Dougal", "Conall"),
        ("Mackintosh", "MacNeil", "Haldane", "Dunbar"),
    ),
    "wel": (
        ("Huw", "Heulwen", "Aled", "Meinwen"),
        ("Rowlands", "Prys", "Bellis", "Llywelyn"),
    ),
    "hi": (
        ("Abelardo", "Adela", "Gabino", "Arcelia", "Modesto", "Eloisa", "Serafín", "Estela",
         "Zeferino", "Noelia", "Hernán", "Mayte"),
        ("Abrego", "Almanza", "Anguiano", "Apodaca", "Arguello", "Bahena", "Balderas", "Alcolea",
         "Aliaga", "Almansa", "Aguiló", "Barela"),
    ),
    "br": (
        ("Breno", "Heloisa", "Thales", "Laís", "Kaique", "Eloá", "Isaque", "Manuella"),
        ("Caldeira", "Cassiano", "Cirino", "Fogaça", "Pimenta", "Câmara", "Guerreiro", "Baptista"),
    ),
    "in": (
        ("Prasanna", "Ujwala", "Dnyaneshwar", "Shobha", "Vivekanand", "Savita", "Chiranjeevi",
         "Aradhana", "Satyanarayana", "Bhavani", "Kishore", "Arunima"),
        ("Aggarwal", "Badami", "Bhardwaj", "Bhargava", "Balakrishnan", "Atwal", "Bhasin", "Barman",
         "Basak", "Bhalla", "Bains", "Banik"),
    ),
    "zh": (
        ("Yongjun", "Baoshan", "Zhongwei", "Fenglan", "Changming", "Yumei"),
        ("Xue", "Kong", "Tang", "Peng", "Zhong", "Cui"),
    ),
    "hk": (
        ("Kam-fai", "Suet-ying", "Tsz-lok", "Mei-kuen", "Chi-keung", "Shuk-yee"),
        ("Ngai", "Sze", "Poon", "Yip", "Kwan", "Chiu"),
    ),
    "vi": (
        ("Nghĩa", "Thủy", "Cường", "Nhung", "Toàn", "Huệ"),
        ("Huỳnh", "Võ", "Bùi", "Đinh", "Lưu", "Tạ"),
    ),
    "fil": (
        ("Josefina", "Crisostomo", "Marites", "Wilfredo", "Erlinda", "Reynaldo"),
        ("Dinglasan", "Sisante", "Quejada", "Lorenzana", "Torrevillas", "Panganiban"),
    ),
    "ko": (
        ("Byung-chul", "Mi-kyung", "Dae-sik", "Yun-hee", "Seong-ho", "Hyo-jin"),
        ("Baek", "Noh", "Ryu", "Yoon", "Hwang", "Cha"),
    ),
    "ja": (
        ("Kyosuke", "Kumiko", "Sotaro", "Sayuri", "Ryohei", "Chieko", "Naoto", "Momoko"),
        ("Yamazaki", "Okamoto", "Murakami", "Fukuda", "Nakajima", "Aoki", "Yamashita", "Kondo"),
    ),
    "id": (
        ("Adhiarja", "Ajeng", "Anggabaya", "Citra", "Artanto", "Fitriani", "Bagas", "Hesti"),
        ("Firmansyah", "Hutasoit", "Kuswoyo", "Latupono", "Mangunsong", "Pudjiastuti",
         "Nababan", "Purwanti"),
    ),
    "ng": (
        ("Adedayo", "Adenike", "Chijioke", "Chinelo", "Gbolahan", "Iyabode", "Tanimu", "Hafsat"),
        ("Adelakun", "Aderibigbe", "Afolayan", "Ogbuehi", "Onwuka", "Ezeugo", "Bamiloye", "Tukur"),
    ),
    "gh": (
        ("Abeiku", "Akumaa", "Joojo", "Baaba", "Kujoe", "Salomey"),
        ("Adusei", "Afoakwa", "Akyeampong", "Ampadu", "Anokye", "Agyapomaa"),
    ),
    "ke": (
        ("Kyalo", "Nanjala", "Meshack", "Kwamboka", "Josphat", "Linet"),
        ("Wanyonyi", "Nyongesa", "Kinyua", "Chelangat", "Gitonga", "Muriithi"),
    ),
    "et": (
        ("Fikru", "Etenesh", "Teshome", "Azeb"),
        ("Gebre", "Tsegaye", "Abera", "Woldegiorgis"),
    ),
    "so": (
        ("Bashiir", "Ifrah", "Cawil", "Caasha"),
        ("Ismaaciil", "Xuseen", "Dirie", "Muuse"),
    ),
    "ar": (
        ("Maysa", "Mutasim", "Rawan", "Ghassan", "Thuraya", "Saeedi"),
        ("Al-Zahrani", "Al-Qasimi", "Shalabi", "Al-Tamimi", "Al-Hajri", "Sabbouh"),
    ),
    "tr": (
        ("Aclan", "Adviye", "Akif", "Afife", "Adlan", "Asliye"),
        ("Yorulmaz", "Hançer", "Eraslan", "Ertaş", "Tevetoğlu", "Kısakürek"),
    ),
    "fa": (
        ("Azadeh", "Bizhan", "Kianoush", "Nooshin"),
        ("Zand", "Eskandari", "Tabrizi", "Ghaffari"),
    ),
    "pk": (
        ("Faizan", "Rohaan", "Huzaifa", "Awamir"),
        ("Tabassum", "Jalil", "Omair", "Luqman"),
    ),
    "bd": (
        ("Shahidul", "Nilufar", "Kamrul", "Mousumi"),
        ("Mollah", "Bepari", "Howladar", "Sikdar"),
    ),
    "ru": (
        ("Valery", "Ruslan", "Inna", "Svitlana", "Eduard", "Rodion", "Avdotya", "Snizhana"),
        ("Pokrovsky", "Skvortsov", "Pokrovskaya", "Skvortsova", "Shcherbakov", "Gorbunov",
         "Shcherbakova", "Gorbunova"),
    ),
    "pl": (
        ("Bartek", "Mikołaj", "Kalina", "Malwina", "Tymon", "Kajetan", "Dagmara", "Liwia"),
        ("Chrzanowski", "Wrzosek", "Chrzanowska", "Pietraszek", "Sobieraj", "Bieniek",
         "Skrzypczak", "Przybysz"),
    ),
    "cz": (
        ("Bedřich", "Ctirad", "Anežka", "Hedvika", "Hynek", "Otakar", "Apolena", "Jindřiška"),
        ("Bednář", "Čermák", "Bednářová", "Čermáková", "Hrubý", "Kadlec", "Hrubá", "Kadlecová"),
    ),
    "ro": (
        ("Achim", "Ancuța", "Bucur", "Brândușa", "Casian", "Catinca"),
        ("Ababei", "Aanei", "Dochioiu", "Eftimie", "Mazilescu", "Pușcașu"),
    ),
    "gr": (
        ("Sotiris", "Dimitra", "Lefteris", "Chrysanthi"),
        ("Karalis", "Tsoukalas", "Lykos", "Kourtis"),
    ),
    "de": (
        ("Aribert", "Adolfine", "Alwin", "Annedore", "Anatol", "Annerose"),
        ("Atzler", "Austermühle", "Barkholz", "Benthin", "Bohlander", "Boucsein"),
    ),
    "fr": (
        ("Théophile", "Éléonore", "Zacharie", "Henriette", "Matthieu", "Paulette"),
        ("Payet", "Grondin", "Hoarau", "Royer", "Guyot", "Chauvin"),
    ),
    "it": (
        ("Alfio", "Fiamma", "Baccio", "Giulietta", "Calcedonio", "Luigina"),
        ("Abbagnale", "Agazzi", "Ajello", "Aldobrandi", "Anichini", "Andreozzi"),
    ),
    "nl": (
        ("Berend", "Floortje", "Fedde", "Guusje", "Jelte", "Jasmijn"),
        ("Aarden", "Bezemer", "Bierstraten", "van Beekman", "Bijlsma", "Appelman"),
    ),
    "sc": (
        ("Algot", "Barbro", "Assar", "Boel", "Arild", "Synnøve"),
        ("Ahlqvist", "Anderberg", "Bergdahl", "Birkeland", "Gulbrandsen", "Ellingsen"),
    ),
    "fi": (
        ("Aatos", "Aulikki", "Ensio", "Hellevi", "Aukusti", "Inkeri"),
        ("Airaksinen", "Antikainen", "Eskelinen", "Haapaniemi", "Hakkarainen", "Eronen"),
    ),
    "th": (
        ("Sorawut", "Jinjuta", "Wasin", "Apisara", "Chaiwut", "Niracha"),
        ("Kamalanon", "Tianvarich", "Bunlerngsri", "Posalee", "Chaisatit", "Suraprasert"),
    ),
    "hu": (
        ("Győző", "Etelka", "Zsigmond", "Borbála", "Szilveszter", "Gizella"),
        ("Szalai", "Váradi", "Somogyi", "Fülöp", "Bognár", "Dudás"),
    ),
    "lk": (
        ("Mahinda", "Kumudini", "Sampath", "Shanika"),
        ("Samarasinghe", "Wijesekera", "Abeysekara", "Kumarage"),
    ),
    "np": (
        ("Bimala", "Dipak", "Kopila", "Tulsiram"),
        ("Koirala", "Dhungana", "Lamsal", "Neupane"),
    ),
    "he": (
        ("Amnon", "Orly", "Itai", "Hila", "Ofer", "Sigal"),
        ("Ohana", "Vaknin", "Elbaz", "Gabay", "Abutbul", "Sasson"),
    ),
    "hy": (
        ("Gevorg", "Narine", "Suren", "Nune"),
        ("Manukyan", "Aslanyan", "Asatryan", "Melkonyan"),
    ),
    "ka": (
        ("Tengiz", "Lela", "Beka", "Ketino"),
        ("Japaridze", "Nozadze", "Khachidze", "Kiknadze"),
    ),
    "za": (
        ("Bhekani", "Londiwe", "Mlungisi", "Nomusa", "Sibonelo", "Nozizwe"),
        ("Bhebhe", "Biyela", "Chiliza", "Cebekhulu", "Blose", "Caluza"),
    ),
}
# fmt: on
# Rough weights of the cultures among the people of these texts (big populations first).
# fmt: off
WEIGHTS: dict[str, float] = {
    "en": 14, "hi": 8, "in": 8, "zh": 5, "aa": 4, "br": 4, "fil": 3, "ng": 3, "ar": 3, "ru": 3,
    "vi": 2.5, "id": 2.5, "pk": 2.5, "ie": 2, "ko": 2, "ja": 2, "tr": 2, "pl": 2, "de": 2,
    "fr": 2, "it": 2, "fa": 2, "ke": 2, "bd": 2, "sco": 1.5, "wel": 1.5, "hk": 1.5, "gh": 1.5,
    "et": 1.5, "so": 1.5, "cz": 1.5, "ro": 1.5, "gr": 1.5, "nl": 1.5, "sc": 1.5, "fi": 1.5,
    "th": 1.5, "hu": 1.5, "lk": 1.5, "np": 1.5, "he": 1.5, "hy": 1.5, "ka": 1.5, "za": 1.5,
}
# fmt: on
SECOND_SURNAME: dict[str, float] = {"hi": 0.4, "br": 0.35}
HYPHENATED: dict[str, float] = {"en": 0.15, "fr": 0.2}
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "hk": 0.4, "vi": 0.65, "ko": 0.35, "ja": 0.3, "hu": 0.35}  # fmt: skip
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Rodionovich", "Eduardovich", "Valeriyovych", "Ruslanovich"),
        ("Rodionovna", "Eduardovna", "Valeriyivna", "Ruslanovna"),
    ),
    "vi": (("Khắc", "Quốc"), ("Thanh", "Kiều")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
GENDERED = ("ru", "pl", "cz")
FEMALE = frozenset(
    {"Inna", "Svitlana", "Avdotya", "Snizhana", "Kalina", "Malwina", "Dagmara", "Liwia",
     "Anežka", "Hedvika", "Apolena", "Jindřiška", "Thủy", "Nhung", "Huệ"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Pokrovskaya", "Skvortsova", "Shcherbakova", "Gorbunova", "Chrzanowska", "Bednářová", "Čermáková", "Hrubá", "Kadlecová"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Pokrovsky", "Skvortsov", "Shcherbakov", "Gorbunov", "Chrzanowski",
     "Bednář", "Čermák", "Hrubý", "Kadlec"}
)  # fmt: skip

# Short forms and family pet names used alone for a person (chat, voicemail, sign-offs).
NICKS: tuple[str, ...] = (
    "Toots", "Chookie", "Pookie", "Nonie", "Doddie", "Tinks", "Squidge", "Moppet", "Pudge",
    "Titch", "Wubbs", "Dimples", "Sprog", "Kipper", "Tuppy", "Boodle",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "den", "de", "el", "al", "o"})
