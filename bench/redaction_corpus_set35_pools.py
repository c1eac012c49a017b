# ruff: noqa: RUF001
"""Set 35's person pools: the big populations a consumer product sees, roughly weighted.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves (each word occurs once in
all pools; particles such as ``van``, ``de``, ``da``, ``al`` aside). Hispanic and Brazilian
people sometimes carry two surnames; Russian/Ukrainian people sometimes a patronymic and
Vietnamese people a middle name (``MIDDLE``); Chinese people are written family name first
part of the time and Vietnamese, Korean and Japanese people some of the time
(``FAMILY_FIRST_SHARE``); Russian and Polish surnames follow the given name's gender.
``NICKS`` are short forms and nicknames used alone (``Liz``, ``Javi``).
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames): en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish/Scottish, hi Hispanic (Mexico, Colombia, Spain), br Brazilian/Portuguese, in Indian
# (Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi), zh Chinese pinyin, vi Vietnamese,
# fil Filipino, ko Korean, ja Japanese, id Indonesian, ng Nigerian (Yoruba, Igbo), ke Kenyan,
# ar Arabic (Egypt, Gulf, Levant), tr Turkish, fa Persian, ru Russian/Ukrainian, pl Polish,
# de German, fr French, it Italian, nl Dutch.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Kendall", "Brendan", "Shelby", "Garrett", "Whitney", "Brody", "Brock", "Colby",
         "Ashlyn", "Jarrod", "Dakota", "Kurt", "Skyler", "Tucker", "Raylene", "Wyatt",
         "Kelsey", "Ricky", "Nadine", "Darren", "Kristy", "Clayton", "Shauna", "Russell"),
        ("Whitfield", "Pemberton", "Fairbanks", "Kendrick", "Pickering", "Radcliffe", "Chadwick",
         "Caldwell", "Brightman", "Whitaker", "Everly", "Blevins", "Garside", "Hargreaves",
         "Hathaway", "Stanfield", "Lamberton", "Winslow", "Redfern", "Eastwood", "Haskins",
         "Kimball", "Sutcliffe", "Rowntree"),
    ),
    "aa": (
        ("Keisha", "DeShawn", "Tanisha", "Jamal", "Shameka", "Jaquan", "Jazmine", "Darnell",
         "Monique", "Rashad", "Aaliyah", "Dejuan", "Latoya", "Dion"),
        ("Washington", "Pettiford", "Robinson", "Fobbs", "Hairston", "Blackmon", "Gaines",
         "Gadsden", "Threatt", "Spearman", "Ruffin", "Goodloe", "Witherspoon", "Lockett"),
    ),
    "ie": (
        ("Siobhan", "Declan", "Niamh", "Cillian", "Aoife", "Ruairi", "Fiona", "Lachlan"),
        ("O'Sullivan", "McAllister", "Carmichael", "Lennox", "McGuinness", "MacLeod",
         "Fitzgerald", "Mulholland"),
    ),
    "hi": (
        ("Guadalupe", "Alejandro", "Ximena", "Santiago", "Marisela", "Mauricio", "Xiomara",
         "Emiliano", "Anabel", "Esteban", "Lizbeth", "Joaquín", "Lucía", "Rubén", "Itzel",
         "Nicolás"),
        ("Hernández", "Garza", "Carvajal", "Villalobos", "Betancourt", "Ochoa", "Montoya",
         "Marroquín", "Anaya", "Arellano", "Sotomayor", "Salcedo", "Barragán", "Valdivia",
         "Echeverría", "Urrutia"),
    ),
    "br": (
        ("Thiago", "Jéssica", "Everton", "Rayane", "Daiane", "Leandro", "Suelen", "Kelly"),
        ("Nascimento", "Cavalcanti", "Rodrigues", "Figueiredo", "Albuquerque", "Magalhães",
         "Gonçalves", "Bittencourt"),
    ),
    "in": (
        ("Priyanka", "Rajesh", "Lakshmi", "Venkatesh", "Vivek", "Jaspreet", "Kavitha",
         "Harpreet", "Soumya", "Anusha", "Deepika", "Rohan", "Bhavana", "Siddharth"),
        ("Sharma", "Iyer", "Reddy", "Chatterjee", "Deshpande", "Gowda", "Kulkarni",
         "Banerjee", "Sandhu", "Raghavan", "Mukherjee", "Naidu", "Srinivasan", "Dhillon"),
    ),
    "zh": (
        ("Wei", "Xiaohui", "Jianhua", "Yanmei", "Zhiwei", "Qiong", "Haoran", "Xinyi"),
        ("Zhang", "Huang", "Zhou", "Xu", "Guo", "Luo", "Liang", "Feng"),
    ),
    "vi": (
        ("Huong", "Tuan", "Thao", "Khanh", "Phuong", "Quang"),
        ("Nguyen", "Tran", "Pham", "Huynh", "Bui", "Duong"),
    ),
    "fil": (
        ("Maricel", "Rodel", "Jocelyn", "Arnel", "Carmelita", "Jericho"),
        ("Dela Cruz", "Macapagal", "Villanueva", "Manalo", "Pangilinan", "Sarmiento"),
    ),
    "ko": (
        ("Sujin", "Jisoo", "Taeyang", "Yerin", "Seungmin", "Haeun"),
        ("Choi", "Shin", "Kwon", "Yoon", "Ahn", "Lim"),
    ),
    "ja": (
        ("Haruka", "Ryota", "Nanami", "Shota", "Ayaka", "Yuto"),
        ("Sasaki", "Yamamoto", "Fujita", "Okada", "Matsumoto", "Inoue"),
    ),
    "id": (
        ("Dewi", "Fajar", "Sari", "Bayu", "Putri", "Eko"),
        ("Saputra", "Nugroho", "Lestari", "Wibowo", "Halim", "Susanto"),
    ),
    "ng": (
        ("Oluwaseun", "Chiamaka", "Adebayo", "Chidinma", "Olumide", "Ifeoma"),
        ("Adeyemi", "Okonkwo", "Balogun", "Uche", "Ogunleye", "Nwachukwu"),
    ),
    "ke": (
        ("Wanjiru", "Ochieng", "Akinyi", "Otieno"),
        ("Kamau", "Kariuki", "Njoroge", "Wekesa"),
    ),
    "ar": (
        ("Mahmoud", "Amr", "Samir", "Rania", "Omar", "Mona"),
        ("El-Sayed", "Saleh", "Nassar", "Abboud", "Zaki", "Khoury"),
    ),
    "tr": (
        ("Emre", "Merve", "Cem", "Selin", "Burak", "Elif"),
        ("Yılmaz", "Demir", "Koç", "Özdemir", "Şahin", "Kılıç"),
    ),
    "fa": (
        ("Reza", "Leila", "Farhad", "Niloufar"),
        ("Karimi", "Jafari", "Ahmadi", "Moradi"),
    ),
    "ru": (
        ("Alexei", "Irina", "Yevgeny", "Svetlana", "Taras", "Oksana"),
        ("Smirnov", "Popova", "Tkachenko", "Orlova", "Volkov", "Kuznetsova"),
    ),
    "pl": (
        ("Krzysztof", "Agnieszka", "Tomasz", "Ewa"),
        ("Kowalski", "Wiśniewska", "Mazur", "Kamińska"),
    ),
    "de": (
        ("Jürgen", "Ursula", "Matthias", "Sabine"),
        ("Becker", "Richter", "Neumann", "Schulze"),
    ),
    "fr": (
        ("Julien", "Aurélie", "Guillaume", "Céline"),
        ("Dubois", "Lambert", "Girard", "Fontaine"),
    ),
    "it": (
        ("Giuseppe", "Francesca", "Alessandro", "Chiara"),
        ("Esposito", "Romano", "Colombo", "Ricci"),
    ),
    "nl": (
        ("Daan", "Eline", "Joost", "Femke"),
        ("Mulder", "Smit", "Meijer", "Dekker"),
    ),
}
# fmt: on
# Rough weights of the cultures in the traffic (the draw of a culture for a new person).
WEIGHTS: dict[str, float] = {
    "en": 14,
    "aa": 4,
    "ie": 3,
    "hi": 8,
    "br": 4,
    "in": 8,
    "zh": 5,
    "vi": 3,
    "fil": 3,
    "ko": 2,
    "ja": 2,
    "id": 2,
    "ng": 3,
    "ke": 1.5,
    "ar": 3,
    "tr": 2,
    "fa": 1.5,
    "ru": 3,
    "pl": 2,
    "de": 2,
    "fr": 2,
    "it": 2,
    "nl": 1.5,
}  # fmt: skip
# How often a culture's name is written family name first.
FAMILY_FIRST_SHARE: dict[str, float] = {"zh": 0.5, "vi": 0.7, "ko": 0.3, "ja": 0.3}
# Cultures with a second surname some of the time.
SECOND_NAME: dict[str, float] = {"hi": 0.45, "br": 0.35}
# culture -> (male middle names, female middle names), and how often one is written.
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (
        ("Dmitrievich", "Mykolayovych", "Vladimirovich", "Yuryevich"),
        ("Ivanovna", "Petrivna", "Aleksandrovna", "Mikhailovna"),
    ),
    "vi": (("Văn", "Đức", "Minh", "Quốc"), ("Thị", "Ngọc", "Thu", "Kim")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.6}
# Cultures whose surname follows the given name's gender.
GENDERED = frozenset({"ru", "pl"})
FEMALE = frozenset(
    {"Irina", "Svetlana", "Oksana", "Agnieszka", "Ewa", "Huong", "Thao", "Phuong"}
)  # fmt: skip
FEMALE_ENDINGS = ("ova", "eva", "ska", "ka")

# Short forms and nicknames used alone (greetings, sign-offs); split by half.
NICKS: tuple[str, ...] = (
    "Liz", "Javi", "Sasha", "Raj", "Cece", "Tonio", "Abhi", "Chuy", "Lulu", "Pato",
    "Deke", "Nikki", "Benji", "Rafa", "Mimi", "Tito", "Jimbo", "Tash", "Gabe", "Bex",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"el", "o", "dela"})
