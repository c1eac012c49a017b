"""Set 36's person pools: customers, drivers, couriers, hosts, agents, doctors, tutors,
landlords and matches of large consumer services (food delivery, rides, travel, banking,
telecom, streaming, clinics, rentals, home services, dating, courses), roughly weighted.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves (each word occurs once in
all pools; particles such as ``dos``, ``de``, ``bin`` aside). Hispanic and Brazilian people
sometimes carry two surnames; Russian/Ukrainian people sometimes a patronymic and Vietnamese
people a middle name (``MIDDLE``); Chinese people are written family name first part of the
time and Vietnamese, Korean and Japanese people some of the time (``FAMILY_FIRST_SHARE``);
Russian/Ukrainian and Polish surnames follow the given name's gender. ``NICKS`` are short
forms and nicknames used alone.
"""

from __future__ import annotations

from typing import TypeVar

from bench.redaction_corpus_kit import half as half

T = TypeVar("T")

# culture -> (given names, surnames): en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish/Scottish, hi Hispanic (Mexico, Colombia, Argentina, Spain, Peru), br Brazilian/
# Portuguese, in Indian (Hindi, Tamil, Telugu, Kannada, Malayalam, Bengali, Gujarati, Punjabi,
# Marathi), zh Chinese pinyin, vi Vietnamese, fil Filipino, ko Korean, ja Japanese,
# id Indonesian, ng Nigerian (Yoruba, Igbo, Hausa), ke Kenyan, ar Arabic (Egypt, Gulf,
# Levant, Maghreb), tr Turkish, fa Persian, ru Russian/Ukrainian, pl Polish, de German,
# fr French, it Italian, nl Dutch.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Marisa", "Leighton", "Kimberlee", "Dustin", "Coralie", "Corey", "Mackenzie", "Trent",
         "Paige", "Bradley", "Kayla", "Brent", "Tamsin", "Rhys", "Harriet", "Callum",
         "Imogen", "Fraser", "Bethany", "Lachie", "Kirsty", "Mitchell", "Jocelyn", "Damon"),
        ("Mayhew", "Gillingham", "Applegate", "Sedgwick", "Catesby", "Ridgeway",
         "Poindexter", "Grimshaw", "Wolcott", "Wragg", "Treadwell", "Attwater",
         "Fensome", "Ainsley", "Dempsey", "Cheverton", "Lister", "Snodgrass",
         "Braithwaite", "Stockdale", "Pennington", "Ormsby", "Fairweather", "Langridge"),
    ),
    "aa": (
        ("Kordell", "Shondra", "Antwan", "Ebony", "Demarco", "Lashonda", "Demetrius",
         "Tameka", "Latrell", "Tyesha", "Rodney", "Quanisha", "Tavon", "Imani"),
        ("Pinkney", "Spruill", "Drayton", "Burrell", "Gatewood", "Mayweather", "Bynum",
         "Pettaway", "Toliver", "Scurlock", "Grier", "Satterwhite", "Gholston", "Peebles"),
    ),
    "ie": (
        ("Breandan", "Orla", "Eoin", "Caoimhe", "Tadhg", "Saoirse", "Fergal", "Mairead"),
        ("O'Donoghue", "McCarthy", "O'Halloran", "MacKinnon", "MacGiolla", "O'Mahony",
         "McCann", "McElhinney"),
    ),
    "hi": (
        ("Zulema", "Baltazar", "Itzel", "Lisandro", "Maricela", "Octavio", "Catalina",
         "Ezequiel", "Rocío", "Gerardo", "Florencia", "Nicolás", "Marisol", "Alonso",
         "Anahí", "Bautista", "Milagros", "Ulises", "Yolanda", "Fausto"),
        ("Amezcua", "Oyarzún", "Ibargüen", "Tlapale", "Covarrubias", "Arriaga", "Alvear",
         "Chávarri", "Anchondo", "Tepox", "Cabrera", "Urquiza", "Peñaloza", "Zubiaur",
         "Carrizo", "Bermúdez", "Ordóñez", "Galindo", "Esquivel", "Barrientos"),
    ),
    "br": (
        ("Thiago", "Maiara", "Iago", "Thamires", "Renan", "Tainá", "Vinícius", "Larissa",
         "Cauê", "Bianca", "Yuri", "Daniela", "Emanuel", "Raíssa"),
        ("Quintela", "Bittencourt", "Cavalcanti", "Magalhães", "Nogueira", "Albuquerque",
         "Sampaio", "Rezende", "Medeiros", "Assunção", "Loureiro", "Guimarães", "Brandão",
         "Siqueira"),
    ),
    "in": (
        ("Rakesh", "Lakshmi", "Saurabh", "Keerthi", "Raghunath", "Aarti", "Lokesh", "Gurleen",
         "Jignesh", "Parminder", "Anirudh", "Kavitha", "Jatin", "Sneha", "Pranav", "Revathi",
         "Tanmay", "Bhavana", "Manpreet", "Ishita"),
        ("Swaminathan", "Rangarajan", "Gadgil", "Vaghela", "Rathod", "Sawant", "Mehrotra",
         "Bhat", "Subramaniam", "Trivedi", "Banerjee", "Pillai", "Gowda", "Dhillon",
         "Raghavan", "Grewal", "Mukherjee", "Patil", "Chaudhary", "Nambiar"),
    ),
    "zh": (
        ("Xiaoyu", "Hongwei", "Lixia", "Shuting", "Mengqi", "Xinyi", "Zhiwei", "Meiling",
         "Tianyu", "Yilan", "Kaiwen", "Jiayi"),
        ("Xie", "Tang", "Feng", "Cao", "Deng", "Tian", "Xiao", "Xue", "Zheng", "Rao", "Hou",
         "Qian"),
    ),
    "vi": (
        ("Thuận", "Trang", "Hạnh", "Duy", "Phúc", "Nhung", "Vy", "Tài", "Hiếu", "Yến"),
        ("Khúc", "Đặng", "Huỳnh", "Võ", "Lương", "Phan", "Dương", "Mạc", "Vương", "Lâm"),
    ),
    "fil": (
        ("Rommel", "Marites", "Jerome", "Rowena", "Arnel", "Jonalyn", "Jericho", "Maricel",
         "Bong", "Jhoanna"),
        ("Macaraeg", "Dizon", "Mangubat", "Agoncillo", "Tolentino", "Manalo",
         "Gatchalian", "Catacutan", "Evangelista", "Lacson"),
    ),
    "ko": (
        ("Eunji", "Seojun", "Hayoon", "Kyungsoo", "Sumin", "Minho", "Soyeon", "Jaehyun"),
        ("Kwak", "Chun", "Yoon", "Baek", "Jang", "Lim", "Han", "Seo"),
    ),
    "ja": (
        ("Ryosuke", "Chihiro", "Kenta", "Miyu", "Hiroki", "Hina", "Kaito", "Mio", "Daiki",
         "Nanami"),
        ("Fujita", "Matsuda", "Morita", "Yoshida", "Yamada", "Hasegawa", "Nishimura",
         "Kimura", "Ikeda", "Hayashi"),
    ),
    "id": (
        ("Rizky", "Intan", "Gilang", "Fitri", "Agus", "Ratna", "Hendra", "Puspita"),
        ("Siregar", "Nasution", "Santoso", "Hidayat", "Harahap", "Simanjuntak", "Handoko",
         "Purnomo"),
    ),
    "ng": (
        ("Oluwaseun", "Chiamaka", "Tunde", "Nneka", "Kelechi", "Folake", "Chinedu", "Yetunde",
         "Ibrahim", "Zainab", "Obinna", "Ifeoma"),
        ("Adegoke", "Ibekwe", "Adegbite", "Eze", "Balogun", "Okafor", "Olaniyan", "Onwuachi",
         "Adebayo", "Nnamdi", "Abubakar", "Akinola"),
    ),
    "ke": (
        ("Muthoni", "Kipchoge", "Atieno", "Omondi", "Auma", "Kibet", "Chebet", "Kiptoo"),
        ("Barasa", "Koech", "Kimani", "Mbugua", "Waweru", "Cheruiyot", "Wafula",
         "Onyango"),
    ),
    "ar": (
        ("Wael", "Salma", "Karim", "Huda", "Majid", "Rasha", "Nabil", "Nour", "Samir",
         "Yasmin", "Bilal", "Mariam"),
        ("Al-Shehri", "Bouzid", "Khalil", "Al-Khatib", "Nasser", "Qasim", "Haidar",
         "Darwish", "Hijazi", "Shalaby", "Aziz", "Hamdan"),
    ),
    "tr": (
        ("Mert", "Derya", "Sinan", "Zeynep", "Uğur", "Büşra", "Serkan", "Gizem"),
        ("Polat", "Korkmaz", "Tekin", "Bulut", "Keskin", "Arslan", "Doğan", "Koç"),
    ),
    "fa": (
        ("Siamak", "Golnaz", "Payam", "Ladan", "Behnam", "Mahsa", "Omid", "Niloufar"),
        ("Bahrami", "Nazari", "Esfahani", "Jafari", "Sohrabi", "Yazdani", "Sadeghi", "Hosseini"),
    ),
    "ru": (
        ("Stanislav", "Daria", "Yulia", "Sergei", "Andriy", "Olena", "Zoya", "Vadim",
         "Rostyslav", "Kseniya"),
        ("Zakharov", "Belova", "Volkova", "Popov", "Sokolov", "Lebedeva", "Morozov",
         "Fedorova", "Melnyk", "Savchenko"),
    ),
    "pl": (
        ("Tomasz", "Katarzyna", "Małgorzata", "Piotr", "Przemysław", "Joanna", "Aleksandra",
         "Marcin"),
        ("Nowicki", "Kowalska", "Jabłońska", "Wiśniewski", "Lewandowski", "Pawłowska",
         "Dąbrowski", "Wójcik"),
    ),
    "de": (
        ("Jörg", "Anke", "Lukas", "Heike", "Florian", "Katrin", "Matthias", "Silke"),
        ("Hoffmann", "Schäfer", "Krüger", "Schulz", "Zimmermann", "Vogel", "Hartmann",
         "Vogt"),
    ),
    "fr": (
        ("Mathieu", "Laetitia", "Benoît", "Élodie", "Guillaume", "Margaux", "Thibault",
         "Solène"),
        ("Lefèvre", "Blanchard", "Mercier", "Fontaine", "Chevalier", "Rousseau", "Gauthier",
         "Morel"),
    ),
    "it": (
        ("Lorenzo", "Ludovica", "Matteo", "Giulia", "Alessandro", "Ilaria", "Davide",
         "Federica"),
        ("Caruso", "Santoro", "Marino", "Mancuso", "Bruno", "Longo", "Conti", "Barone"),
    ),
    "nl": (
        ("Joris", "Femke", "Bram", "Marloes", "Thijs", "Lotte"),
        ("de Vries", "van Dijk", "Brouwer", "Kuipers", "Jansen", "Hendriks"),
    ),
}
# fmt: on
# Rough traffic weights of the cultures.
WEIGHTS: dict[str, float] = {
    "en": 14,
    "hi": 8,
    "in": 8,
    "zh": 5,
    "aa": 4,
    "br": 4,
    "ie": 3,
    "vi": 3,
    "fil": 3,
    "ng": 3,
    "ar": 3,
    "ru": 3,
    "ko": 2,
    "ja": 2,
    "id": 2,
    "ke": 1.5,
    "tr": 2,
    "fa": 1.5,
    "pl": 2,
    "de": 2,
    "fr": 2,
    "it": 2,
    "nl": 1.5,
}  # fmt: skip
# Share of people with two surnames, written family name first, with a middle name.
SECOND_NAME: dict[str, float] = {"hi": 0.4, "br": 0.3}
FAMILY_FIRST_SHARE: dict[str, float] = {"zh": 0.5, "vi": 0.7, "ko": 0.3, "ja": 0.3}
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Igorevich", "Petrovych", "Sergeyevich", "Olehovych"),
        ("Nikolaevna", "Andriivna", "Viktorovna", "Borysivna"),
    ),
    "vi": (("Hữu", "Thành", "Công", "Trọng"), ("Bích", "Diệu", "Hồng", "Diễm")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.6}
# Cultures whose surname follows the given name's gender.
GENDERED = frozenset({"ru", "pl"})
FEMALE = frozenset(
    {"Daria", "Yulia", "Olena", "Zoya", "Kseniya", "Katarzyna", "Małgorzata", "Joanna",
     "Aleksandra", "Trang", "Hạnh", "Nhung", "Vy", "Yến"}
)  # fmt: skip
FEMALE_ENDINGS = ("ova", "eva", "ska", "ka")

# Short forms and nicknames used alone (drivers, matches, sign-offs); split by half.
NICKS: tuple[str, ...] = (
    "Tilly", "Pancho", "Bibi", "Kiki", "Bubba", "Deepu", "Chiqui", "Reggie", "Babs", "Manny",
    "Tiago", "Pinky", "Sami", "Lalo", "Jojo", "Gigi", "Fifi", "Kenny", "Zaza", "Beto",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"de", "van", "el", "al", "o"})
