# ruff: noqa: RUF001, E501
"""Set 40's person pools: the people inside machine-written and technical text — git authors
and co-authors, reviewers and on-call engineers, customers in CRM and helpdesk exports, users
in application, auth and audit logs, requesters of access and erasure, senders and recipients
in mail headers, attendees of calendar invites, cardholders and payees in payment payloads —
roughly weighted by the populations that write and use the software.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and Brazilian people sometimes carry two
surnames, Anglo and French people a double-barrelled one; Russian/Ukrainian people sometimes a
patronymic and Vietnamese people a middle name (``MIDDLE``); Chinese, Cantonese, Vietnamese,
Korean, Japanese and Hungarian people are written family name first part of the time
(``FAMILY_FIRST``); Russian, Polish and Czech surnames follow the given name's gender
(``FEMALE_SURNAMES``/``MALE_SURNAMES``; Ukrainian ``-enko``, ``-uk`` and ``Kravets`` are
either), so those pools are ordered male, male, female, female to give both halves both
genders. ``NICKS`` are short forms used alone. Particles ``van``, ``der``, ``den``, ``de``,
``al``, ``el`` and the ``o`` of ``O'`` are no name words. No name word is an English word a
log or a look-alike would use (no ``Long``, ``Fan``, ``Son``, ``Mark``, ``Grant``).
"""

from __future__ import annotations

from bench.redaction_corpus_kit import T as T
from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames). en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish, sco Scottish (Gaelic), wel Welsh, hi Hispanic, br Brazilian/Portuguese, in Indian
# (Marathi, Kannada, Telugu, Tamil, Malayalam, Punjabi, Kashmiri, Hindi), zh Chinese pinyin,
# hk Cantonese (Hong Kong romanisation, hyphenated given names), vi Vietnamese, fil Filipino,
# ko Korean, ja Japanese, id Indonesian (Javanese, Batak), ng Nigerian (Yoruba, Igbo, Hausa),
# gh Ghanaian (Akan, Ewe, Ga), ke Kenyan (Kikuyu, Luo, Kalenjin, Kamba, Luhya, Kisii), et
# Ethiopian (given name and father's name), so Somali, ar Arabic, tr Turkish, fa Persian, pk
# Pakistani, bd Bangladeshi, ru Russian/Ukrainian, pl Polish, cz Czech, ro Romanian, gr Greek,
# de German, fr French, it Italian, nl Dutch, sc Scandinavian, fi Finnish, th Thai, hu
# Hungarian, lk Sri Lankan (Sinhala), np Nepali, he Israeli, hy Armenian, ka Georgian, za
# South African (Zulu, Xhosa, Sotho, Tswana).
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Richard", "Deborah", "Christopher", "Dorothy", "Matthew", "Sharon", "Donald", "Cynthia",
         "Steven", "Kathleen", "Joshua", "Brenda", "Kevin", "Pamela", "Brian", "Samantha",
         "Timothy", "Katherine", "Jeffrey", "Carolyn", "Gregory", "Janet", "Dennis", "Judith",
         "Wilfrid", "Perdita", "Philemon", "Celandine",),
        ("Sidebottom", "Gillibrand", "Throssell", "Spurgeon", "Heptonstall", "Midgley",
         "Cockcroft", "Emmott", "Umpleby", "Athersmith", "Bickerstaffe", "Jolliffe", "Molyneux",
         "Scarisbrick", "Tyldesley", "Bagshawe", "Haythornthwaite", "Lightowler", "Pennefather",
         "Waddilove", "Thompson", "Richardson", "Robertson", "Hughes", "Reynolds", "Matthews",
         "Chapman", "Fowler",),
    ),
    "aa": (
        ("Tyrique", "Jalisa", "Keondre", "Zakiya", "Demarius", "Nyasia", "Cleavon", "Shavonne",
         "Jaleel", "Taliyah", "Markell", "Latasha", "Quentavious", "Takisha", "Ladarius",
         "Shantel",),
        ("Jeter", "Kearse", "Mobley", "Nesbitt", "Dandridge", "Eley", "Isom", "Kinard", "Rawls",
         "Spivey", "Fludd", "Huggins", "Knighton", "Lyles", "McNair", "Overstreet",),
    ),
    "ie": (
        ("Seán", "Emer", "Conor", "Maeve", "Aidan", "Nóra", "Uinseann", "Pádraigín", "Conchúr",
         "Bébhinn", "Fionnbarr", "Fiadh",),
        ("O'Dwyer", "O'Gorman", "O'Riordan", "McGettigan", "MacSweeney", "Cahalane", "Lawlor",
         "McElligott", "Sheehy", "O'Flaherty", "Creedon", "Drennan",),
    ),
    "sco": (
        ("Ailig", "Beathag", "Fearchar", "Oighrig", "Somhairle", "Murdina", "Uisdean", "Raonaid",),
        ("MacIver", "Nicolson", "Macrae", "Maclennan", "Chisholm", "MacPhail", "Beaton",
         "Macinnes",),
    ),
    "wel": (
        ("Aneurin", "Delyth", "Gwion", "Mared", "Ioan", "Rhian", "Deiniol", "Elain",),
        ("Gwynne", "Penry", "Beddoe", "Gravelle", "Prichard", "Jarman", "Gwyther", "Kyffin",),
    ),
    "hi": (
        ("Carlos", "Verónica", "Jorge", "Sofía", "Raúl", "Elena", "Andrés", "Agripina", "Enrique",
         "Nemesia", "Alberto", "Trinidad", "Belarmino", "Claudia", "Candelario", "Patricia",
         "Heraclio", "Isidoro", "Venancio", "Clodomiro",),
        ("Rodríguez", "Martínez", "López", "Sánchez", "Torres", "Gómez", "Díaz", "Medina",
         "Aguilar", "Muñoz", "Rojas", "Ríos", "Soto", "Delgado", "Molina", "Fuentes", "Acosta",
         "Sandoval", "Escobar", "Anzaldúa", "Carrasquillo", "Ugalde", "Leyva", "Cordero",),
    ),
    "br": (
        ("Gabriel", "Márcia", "Alexandre", "Aline", "Vitor", "Eliane", "Márcio", "Creusa",
         "Fabrício", "Lenira", "Uilson", "Djalma",),
        ("Dias", "Santana", "Martins", "Melo", "Siqueira", "Brandão", "Peixoto", "Godinho",
         "Loureiro", "Rangel", "Sobral", "Gusmão",),
    ),
    "in": (
        ("Jagannath", "Chitralekha", "Madhusudan", "Shashikala", "Nilakantha", "Devayani",
         "Umashankar", "Kanakavalli", "Nagarjuna", "Prabhavati", "Balakrishna", "Sharada",
         "Dharmendra", "Annapurna", "Gopinath", "Shyamala", "Ratnakar", "Krishnaveni", "Sitaram",
         "Kusum",),
        ("Adiga", "Lele", "Mokashi", "Padgaonkar", "Tendulkar", "Upadhye", "Dwivedi",
         "Unnikrishnan", "Kaul", "Raina", "Virk", "Warrier", "Athavale", "Pawar", "Chavan",
         "Kamble", "Salunkhe", "Bapat", "Karve", "Mudaliar",),
    ),
    "zh": (
        ("Yong", "Shu", "Yun", "Rui", "Qing", "Fei", "Zhihao", "Yuxin", "Yufen", "Shumin",
         "Wenbin", "Guoqing",),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Xiao", "Yuan", "Cai", "Jiang", "Shen",
         "Xue",),
    ),
    "hk": (
        ("Tsz-Ching", "Pui-Shan", "Chi-Keung", "Hiu-Tung", "Siu-Kuen", "Kwok-Wah", "Sze-Lok",
         "Suk-Yee",),
        ("Cheung", "Tsang", "Yeung", "Yip", "Chiu", "Poon", "Lui", "Tse",),
    ),
    "vi": (
        ("Trung", "Uyên", "Loan", "Toàn", "Cường", "Quyên", "Sương", "Thịnh", "Vinh", "Huệ",
         "Hậu", "Phát",),
        ("Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Dương", "Đào", "Đoàn",
         "Vương", "Trương",),
    ),
    "fil": (
        ("Jovito", "Felicidad", "Gaudioso", "Angelita", "Maximo", "Jennilyn", "Jejomar", "Nenita",
         "Bienvenido", "Luzviminda", "Florante", "Pacita",),
        ("Batungbakal", "Yambao", "Cayabyab", "Gonzales", "Corpuz", "Agustin", "Pineda",
         "Dimaculangan", "Macapagal", "Bagatsing", "Dimalanta", "Pangilinan",),
    ),
    "ko": (
        ("Doyun", "Seoyun", "Yejun", "Seoa", "Siwoo", "Hayun", "Hajun", "Suah", "Juwon", "Eunseo",),
        ("Yoo", "Sung", "Koo", "Park", "Choi", "Jung", "Kang", "Jang", "Kwon", "Baek",),
    ),
    "ja": (
        ("Hiroshi", "Kaori", "Osamu", "Reiko", "Shinji", "Yukiko", "Masaru", "Kyoko", "Noboru",
         "Tomoko",),
        ("Sugimoto", "Takeuchi", "Kikuchi", "Miyazaki", "Tsuchiya", "Kawaguchi", "Nomura",
         "Yokoyama", "Sawada", "Onodera",),
    ),
    "id": (
        ("Cahyo", "Nurhayati", "Kurniawan", "Utami", "Mulyadi", "Suharti", "Januar", "Wiwik",
         "Sutrisno", "Setyawati",),
        ("Simatupang", "Purba", "Silalahi", "Pohan", "Sitorus", "Napitupulu", "Hutagalung",
         "Pasaribu", "Gultom", "Suryadi",),
    ),
    "ng": (
        ("Chioma", "Seun", "Dayo", "Chika", "Nonso", "Tolu", "Kunle", "Ebube", "Rotimi",
         "Olayinka", "Niyi", "Aderonke", "Deji", "Ije",),
        ("Musa", "Oladele", "Nnadi", "Nwoke", "Olowu", "Ilori", "Mbakwe", "Okonkwo", "Ogunleye",
         "Nwosu", "Balogun", "Akintola", "Ezeani", "Onwuachi",),
    ),
    "gh": (
        ("Araba", "Elikem", "Senyo", "Kekeli", "Abenaa", "Nhyira", "Selorm", "Delali",),
        ("Addo", "Bekoe", "Dankwa", "Larbi", "Asiedu", "Danso", "Donkor", "Gyasi",),
    ),
    "ke": (
        ("Naliaka", "Jelagat", "Awino", "Kendi", "Nduku", "Kerubo", "Kemunto", "Ndinda",),
        ("Mutai", "Owino", "Wambua", "Musyoka", "Simiyu", "Kosgei", "Njenga", "Mburu",),
    ),
    "et": (
        ("Amanuel", "Bethlehem", "Ermias", "Bezawit", "Eyob", "Feven", "Kidus", "Lidya",),
        ("Assefa", "Demeke", "Desalegn", "Eshetu", "Fekadu", "Getahun", "Mulatu", "Zewdu",),
    ),
    "so": (
        ("Nimco", "Mustafe", "Sucaad", "Faysal", "Xaliimo", "Muna",),
        ("Elmi", "Duale", "Gedi", "Roble", "Warfa", "Gelle",),
    ),
    "ar": (
        ("Iyad", "Kareem", "Samer", "Tamara", "Yara", "Hanan", "Bashar", "Ghadir", "Mustafa",
         "Asma", "Adel", "Dina",),
        ("Tannous", "Yassin", "Al-Shami", "Rizk", "Taha", "Zaher", "Al-Amin", "El-Hashem",
         "Shehadeh", "Qasem", "Naguib", "Fawzi",),
    ),
    "tr": (
        ("Aylin", "Umut", "Tuba", "Fatih", "Ceren", "Irmak", "Esra", "Sibel",),
        ("Aslan", "Çetin", "Erdoğan", "Acar", "Ateş", "Duman", "Ünal", "Altıntaş",),
    ),
    "fa": (
        ("Mehrdad", "Soheila", "Ramin", "Shahrzad", "Hamid", "Nima", "Afshin", "Farnaz",),
        ("Ebrahimi", "Hashemi", "Mousavi", "Nouri", "Ansari", "Habibi", "Javadi", "Mahdavi",),
    ),
    "pk": (
        ("Nabeel", "Sadia", "Omer", "Uzma", "Tahir", "Javeria", "Waseem", "Tayyaba", "Irfan",
         "Zara",),
        ("Ghauri", "Khokhar", "Memon", "Rizvi", "Tiwana", "Wattoo", "Mazari", "Qureshi", "Abbasi",
         "Cheema",),
    ),
    "bd": (
        ("Shahana", "Mosharraf", "Ruksana", "Sajib", "Nargis", "Ashraful", "Khaleda", "Kamrul",),
        ("Miah", "Molla", "Haque", "Sarder", "Munshi", "Khondokar", "Matubber", "Talukder",),
    ),
    "ru": (
        ("Igor", "Leonid", "Darya", "Polina", "Matvei", "Oleg", "Inessa", "Raisa", "Svyatoslav",
         "Zakhar", "Taisiya", "Larysa", "Fyodor", "Semyon", "Alevtina", "Rimma",),
        ("Belov", "Voronin", "Guseva", "Komarova", "Sokolov", "Titov", "Tsvetkova", "Yakovleva",
         "Ustinov", "Kharitonov", "Frolova", "Morozova", "Marchenko", "Rudenko", "Kravets",
         "Boyko", "Pavlenko", "Vasylenko",),
    ),
    "pl": (
        ("Bartłomiej", "Jacek", "Wioletta", "Agata", "Andrzej", "Artur", "Alicja", "Monika",),
        ("Jakubowski", "Wojciechowski", "Lewandowska", "Piotrowska", "Grabowski", "Kwiatkowski",
         "Majewska", "Górska",),
    ),
    "cz": (
        ("Jaroslav", "Ladislav", "Milada", "Jiřina", "Miroslav", "Vít", "Květa", "Vendula",),
        ("Veselý", "Němec", "Horáková", "Hájková", "Pokorný", "Růžička", "Zemanová", "Kolářová",),
    ),
    "ro": (
        ("Cristian", "Mihaela", "Ovidiu", "Viorica", "Radu", "Corina",),
        ("Moldovan", "Rusu", "Florea", "Cristea", "Mocanu", "Tănase",),
    ),
    "gr": (
        ("Dimitra", "Leonidas", "Konstantina", "Spyros", "Nikoletta", "Theodoros",),
        ("Pappas", "Antoniou", "Konstantinidis", "Makris", "Petridis", "Stavropoulos",),
    ),
    "de": (
        ("Andreas", "Susanne", "Klaus", "Stefanie", "Markus", "Hanna", "Günter", "Karlheinz",),
        ("Müller", "Schmidt", "Schneider", "Weber", "Schwarz", "Krause", "Schmitz", "Wolff",),
    ),
    "fr": (
        ("Georges", "Françoise", "Christophe", "Isabelle", "Gérard", "Martine", "Éric",
         "Madeleine",),
        ("Durand", "Fournier", "Leroy", "Guichard", "Gautier", "Renard", "Dumas", "Lecomte",),
    ),
    "it": (
        ("Francesco", "Giuseppina", "Carlo", "Giovanna", "Michele", "Caterina", "Luciano",
         "Antonietta",),
        ("Russo", "Leone", "Ferri", "Grasso", "Gatti", "Farina", "Giuliani", "Montanari",),
    ),
    "nl": (
        ("Johannes", "Elisabeth", "Willem", "Geertruida", "Jacobus", "Catharina", "Luuk", "Saar",),
        ("Janssen", "de Boer", "de Wit", "van der Meer", "van der Veen", "van den Broek",
         "de Bruijn", "van der Heijden",),
    ),
    "sc": (
        ("Erik", "Kristina", "Johan", "Sofie", "Lennart", "Mette", "Fredrik", "Hanne",),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Larsson", "Persson", "Svensson",
         "Gustafsson",),
    ),
    "fi": (
        ("Heikki", "Jaana", "Lauri", "Kaarina", "Seppo", "Pirkko",),
        ("Nieminen", "Mäkelä", "Heikkinen", "Koskinen", "Lehtinen", "Saarinen",),
    ),
    "th": (
        ("Somsak", "Pornthip", "Wiroj", "Wassana", "Chatchai", "Arunee",),
        ("Saetang", "Sukprasert", "Phromma", "Kaewkla", "Kongkaew", "Boonyarat",),
    ),
    "hu": (
        ("József", "Zsuzsanna", "János", "Krisztina", "Gábor", "Szilvia",),
        ("Molnár", "Papp", "Szilágyi", "Török", "Kocsis", "Fodor",),
    ),
    "lk": (
        ("Nimal", "Chamari", "Ajith", "Iresha", "Chandana", "Sandamali",),
        ("Rathnayake", "Rajapakse", "Wijeratne", "Senaratne", "Jayasinghe", "Kodikara",),
    ),
    "np": (
        ("Binod", "Sita", "Santosh", "Gita", "Bibek", "Srijana",),
        ("Bista", "Regmi", "Baral", "Timilsina", "Bhusal", "Sherpa",),
    ),
    "he": (
        ("Moshe", "Rivka", "Yoav", "Liora", "Itzik", "Galit",),
        ("Cohen", "Mizrahi", "Peretz", "Biton", "Dahan", "Azoulay",),
    ),
    "hy": (
        ("Aram", "Karine", "Armen", "Lilit", "Narek", "Gohar",),
        ("Hovhannisyan", "Sargsyan", "Grigoryan", "Harutyunyan", "Karapetyan", "Avetisyan",),
    ),
    "ka": (
        ("Giorgi", "Tamta", "Davit", "Natia", "Irakli", "Salome",),
        ("Mamaladze", "Jorbenadze", "Chikovani", "Gogoladze", "Meskhi", "Nadiradze",),
    ),
    "za": (
        ("Thabo", "Palesa", "Vusi", "Nandi", "Tshepo", "Khanyisile", "Dumisani", "Mpho",),
        ("Buthelezi", "Molefe", "Radebe", "Shabalala", "Gumede", "Hadebe", "Magagula", "Motaung",),
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
# Share of people with two surnames (Hispanic, Brazilian) or a hyphenated one (Anglo, French).
SECOND_SURNAME: dict[str, float] = {"hi": 0.4, "br": 0.35}
HYPHENATED: dict[str, float] = {"en": 0.15, "fr": 0.2}
# Share of people written family name first (Hungarian: as at home, Molnár Gábor).
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "hk": 0.4, "vi": 0.65, "ko": 0.35, "ja": 0.3, "hu": 0.35}  # fmt: skip
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Arkadyevich", "Pavlovich", "Vadimovich", "Yaroslavovich", "Tarasovych", "Olegovich"),
        ("Borisovna", "Igorevna", "Vadimovna", "Mykolayivna", "Stepanivna", "Yuriyivna"),
    ),
    "vi": (("Hữu", "Đức", "Quang", "Công"), ("Thị", "Bích", "Diễm", "Ngọc")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
# Cultures whose surnames follow the given name's gender.
GENDERED = ("ru", "pl", "cz")
FEMALE = frozenset(
    {"Darya", "Polina", "Inessa", "Raisa", "Taisiya", "Larysa", "Alevtina", "Rimma", "Wioletta",
     "Agata", "Alicja", "Monika", "Milada", "Jiřina", "Květa", "Vendula", "Uyên", "Loan", "Quyên",
     "Sương", "Huệ"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Guseva", "Komarova", "Tsvetkova", "Yakovleva", "Frolova", "Morozova", "Lewandowska",
     "Piotrowska", "Majewska", "Górska", "Horáková", "Hájková", "Zemanová", "Kolářová"}
)  # fmt: skip
MALE_SURNAMES = frozenset(
    {"Belov", "Voronin", "Sokolov", "Titov", "Ustinov", "Kharitonov", "Jakubowski", "Wojciechowski",
     "Grabowski", "Kwiatkowski", "Veselý", "Němec", "Pokorný", "Růžička"}
)  # fmt: skip

# Short forms and nicknames used alone (chat, sign-offs, on-call hand-offs); split by half.
NICKS: tuple[str, ...] = (
    "Kenno", "Dazza", "Misha", "Petya", "Chotu", "Sonu", "Quique", "Chema", "Tião", "Toñito",
    "Mimmo", "Peppe", "Hansi", "Kalle", "Lasse", "Jussi", "Hamoudi", "Abboudi", "Loulou", "Munni",
    "Sanju", "Hendo", "Tezza", "Stewie",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "der", "den", "de", "el", "al", "o"})
