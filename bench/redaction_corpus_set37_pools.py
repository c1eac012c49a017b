# ruff: noqa: RUF001
"""Set 37's person pools: employees, managers, candidates, students, parents, teachers,
claimants, adjusters, donors, volunteers, tenants, committers and reviewers of workplaces and
institutions (HR and payroll, CRM and sales, B2B support desks, developer tools, schools and
universities, public services, insurers, utilities, charities and events, recruiting,
property management), roughly weighted.

Every pool is a flat tuple; its even positions serve the tuning half (even template ids) and
its odd positions the held-out half, so no name word is shared by the halves (each word occurs
once in all pools, particles aside). Hispanic and
Brazilian people sometimes carry two surnames and Anglo people a double-barrelled one;
Russian/Ukrainian people sometimes a patronymic and Vietnamese people a middle name
(``MIDDLE``); Chinese, Vietnamese, Korean and Japanese people are written family name first
part of the time (``FAMILY_FIRST``); Russian/Ukrainian, Polish and Czech surnames follow the
given name's gender (``FEMALE_SURNAMES``/``MALE_SURNAMES``). ``NICKS`` are short forms used
alone. Particles ``van``, ``den``, ``de``, ``el``, ``al`` and the ``o`` of ``O'`` are no name
words.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames). en Anglo (US/UK/Canada/Australia), aa African-American,
# ie Irish, hi Hispanic, br Brazilian/Portuguese, in Indian (several languages), zh Chinese
# pinyin, vi Vietnamese, fil Filipino, ko Korean, ja Japanese, id Indonesian, ng Nigerian,
# gh Ghanaian, ke Kenyan, et Ethiopian (given name and father's name), ar Arabic, tr Turkish,
# fa Persian, pk Pakistani, bd Bangladeshi, ru Russian/Ukrainian, pl Polish, cz Czech,
# ro Romanian, gr Greek, de German, fr French, it Italian, nl Dutch, sc Scandinavian.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Lionel", "Rosalind", "Garrick", "Philippa", "Hollis", "Winifred", "Desmond", "Georgina",
         "Rupert", "Clemency", "Barnaby", "Marjorie", "Stuart", "Annabel", "Nigel", "Felicity",
         "Clive", "Verity", "Lyle", "Cressida", "Tobias", "Tabitha", "Wendell", "Margot"),
        ("Earnshaw", "Hindmarsh", "Jowett", "Kitching", "Verney", "Oakeshott",
         "Eversley", "Nankivell", "Bolitho", "Trewin", "Gaskell", "Jessop",
         "Kettleborough", "Lumsden", "Mottram", "Nettleship", "Oddie", "Pilbeam", "Quarmby",
         "Rushworth", "Scrivener", "Tillotson", "Upjohn", "Whitlock"),
    ),
    "aa": (
        ("Dontrell", "Lakeisha", "Jamar", "Tenisha", "Darnell", "Yolonda", "Montrell", "Sharonda",
         "Terrell", "Aaliyah", "Cornelius", "Keyonna", "Roderick", "Octavia"),
        ("Faison", "Batts", "Bethea", "Fauntleroy", "Blount", "Ravenell", "Oglesby",
         "Everette", "Pegues", "Ledbetter", "Pridgen", "Staten", "Trotman", "Sessoms"),
    ),
    "ie": (
        ("Ciarán", "Tiernan", "Donncha", "Niamh", "Cathal", "Gráinne", "Ruairí", "Clodagh"),
        ("O'Driscoll", "Heffernan", "Fitzgerald", "Donnellan", "O'Keeffe", "Flannery",
         "MacLochlainn", "Brosnan"),
    ),
    "hi": (
        ("Leonel", "Ximena", "Rigoberto", "Genaro", "Evaristo", "Rubí", "Heriberto",
         "Araceli", "Joaquín", "Maite", "Baudelio", "Jimena", "Aurelio", "Nayeli", "Crisanto",
         "Belén", "Celestino", "Citlali", "Leandro", "Xiomara"),
        ("Villaseñor", "Zavaleta", "Quiroga", "Villalpando", "Montemayor", "Saldívar",
         "Gallegos", "Irigoyen", "Tamez", "Elizondo", "Basurto", "Olvera", "Treviño",
         "Arámbula", "Santoyo", "Arredondo", "Ledezma", "Necochea", "Bañuelos", "Nevárez"),
    ),
    "br": (
        ("Wemerson", "Gleice", "Heitor", "Poliana", "Wellington", "Rafaela", "Davi", "Lucimara",
         "Everton", "Juliana", "Otávio", "Dayane", "Jefferson", "Thaís"),
        ("Figueiredo", "Vasconcelos", "Bragança", "Pimentel", "Amaral", "Sarmento",
         "Valadares", "Cordeiro", "Queiroz", "Monteiro", "Teixeira", "Lacerda", "Falcão",
         "Domingues"),
    ),
    "in": (
        ("Venkatesh", "Madhuri", "Harshad", "Sowmya", "Srinivas", "Varsha", "Abhijit",
         "Shruti", "Gurpreet", "Deepika", "Bhaskar", "Yamini", "Gopal", "Swathi", "Dhruv",
         "Tejal", "Achyut", "Amrita", "Paramjit", "Sunanda"),
        ("Iyengar", "Kulkarni", "Deshpande", "Chatterjee", "Raju", "Menon", "Joshi",
         "Bhatnagar", "Agarwal", "Kapoor", "Sandhu", "Bhattacharya", "Lingam", "Shetty",
         "Parikh", "Desai", "Venkataraman", "Pandit", "Kamath", "Thakur"),
    ),
    "zh": (
        ("Junjie", "Wenhui", "Huixin", "Yuting", "Jiaxin", "Ruoxi", "Bowen", "Shiyu", "Chenxi",
         "Yanan", "Guoqiang", "Xiuying"),
        ("Guo", "Luo", "Liang", "Zhou", "Zhu", "Fang", "Shen", "Yao", "Peng", "Cui", "Kong",
         "Qiu"),
    ),
    "vi": (
        ("Khoa", "Ngọc", "Tuấn", "Nhàn", "Quang", "Linh", "Bảo", "Hương", "Khánh", "Diệp"),
        ("Nguyễn", "Trần", "Phạm", "Hoàng", "Bùi", "Châu", "Ngô", "Trịnh", "Lưu", "Quách"),
    ),
    "fil": (
        ("Jomar", "Rosalinda", "Efren", "Mylene", "Nestor", "Divina", "Reynaldo", "Analyn",
         "Dindo", "Girlie"),
        ("Dimaculangan", "Pangilinan", "Soriano", "Villareal", "Sumalinog", "Cabiling",
         "Lagman", "Dalisay", "Ocampo", "Panganiban"),
    ),
    "ko": (
        ("Jiwoo", "Dohyun", "Seoyeon", "Hyunwoo", "Yejin", "Taeyang", "Chaewon", "Junseo"),
        ("Choi", "Kang", "Shin", "Jung", "Hwang", "Ryu", "Bae", "Noh"),
    ),
    "ja": (
        ("Haruto", "Yui", "Sota", "Aoi", "Takumi", "Rin", "Yuto", "Honoka", "Shota", "Misaki"),
        ("Takahashi", "Watanabe", "Nakamura", "Kuroda", "Sasaki", "Yamaguchi", "Hirabayashi",
         "Matsumura", "Tsukamoto", "Maeda"),
    ),
    "id": (
        ("Bambang", "Dewi", "Teguh", "Sari", "Wahyu", "Lestari", "Endah", "Ratih"),
        ("Sembiring", "Hasibuan", "Lubis", "Pratama", "Ginting", "Gunawan", "Sitompul",
         "Hutapea"),
    ),
    "ng": (
        ("Emeka", "Funmilayo", "Babatunde", "Ngozi", "Uche", "Adaeze", "Segun", "Bukola",
         "Aminu", "Hadiza", "Chukwudi", "Temitope"),
        ("Okonkwo", "Adeyemi", "Nwosu", "Ogunleye", "Obi", "Adewale", "Eneh", "Oyelaran",
         "Danjuma", "Okoro", "Obasi", "Anyanwu"),
    ),
    "gh": (
        ("Kwame", "Afia", "Kofi", "Adwoa", "Yaw", "Abena", "Kwabena", "Efua"),
        ("Mensah", "Asante", "Owusu", "Tetteh", "Appiah", "Quaye", "Nkansah", "Amoah"),
    ),
    "ke": (
        ("Njambi", "Ochieng", "Nyambura", "Kiprop", "Nekesa", "Korir", "Wairimu",
         "Kiprotich"),
        ("Gitau", "Odhiambo", "Kariuki", "Langat", "Muriuki", "Ndungu", "Omollo", "Kirui"),
    ),
    "et": (
        ("Kebede", "Tsion", "Getachew", "Almaz", "Yohannes", "Selamawit", "Tesfaye", "Hirut"),
        ("Desta", "Ayele", "Negash", "Haile", "Tefera", "Woldemariam", "Mekonnen", "Assefa"),
    ),
    "ar": (
        ("Tariq", "Lina", "Yousef", "Ruba", "Wissam", "Suha", "Khaled", "Amira", "Faisal",
         "Layla", "Ziad", "Hala"),
        ("Al-Harbi", "Al-Dosari", "El-Sayed", "Sabbagh", "Al-Otaibi", "Bitar", "Benali",
         "Farouk", "Al-Qahtani", "Ghanem", "Barakat", "Zaki"),
    ),
    "tr": (
        ("Emre", "Damla", "Burak", "Esra", "Tolga", "Selin", "Onur", "Aslı"),
        ("Yıldız", "Uysal", "Öztürk", "Karakaya", "Kaya", "Şahin", "Tuncer", "Akgül"),
    ),
    "fa": (
        ("Dariush", "Shirin", "Kaveh", "Taraneh", "Arash", "Azadeh", "Shahram", "Nasrin"),
        ("Heidari", "Rostami", "Sharifi", "Tehrani", "Alavi", "Rahimi", "Shirazi",
         "Mohammadi"),
    ),
    "pk": (
        ("Junaid", "Saima", "Waqas", "Rabia", "Fahad", "Hira", "Zubair", "Mehwish"),
        ("Cheema", "Warraich", "Gondal", "Siddiqui", "Awan", "Mirza", "Bhatti", "Javed"),
    ),
    "bd": (
        ("Rahim", "Sharmin", "Mahbub", "Farzana", "Sabbir", "Taslima", "Mahmud", "Rumana"),
        ("Hossain", "Majumder", "Howlader", "Akter", "Uddin", "Sikder", "Talukder",
         "Bhuiyan"),
    ),
    "ru": (
        ("Dmitri", "Larisa", "Galina", "Nikolai", "Oleksandr", "Nadezhda", "Oksana",
         "Bohdan", "Artem", "Tatiana"),
        ("Kuznetsov", "Smirnova", "Kozlova", "Ivanenko", "Petrenko", "Vasilyeva", "Sidorov",
         "Romanova", "Tkachenko", "Lysenko"),
    ),
    "pl": (
        ("Mieczysław", "Agnieszka", "Magdalena", "Grzegorz", "Wojciech", "Ewa", "Dorota",
         "Paweł"),
        ("Zawadzki", "Wilczyńska", "Szymańska", "Woźniak", "Kozłowski", "Mazur", "Jankowska",
         "Krawczyk"),
    ),
    "cz": (
        ("Jiří", "Jitka", "Markéta", "Ondřej", "Tomáš", "Ivana"),
        ("Dvořák", "Pokorná", "Veselá", "Procházka", "Černý", "Fialová"),
    ),
    "ro": (
        ("Andrei", "Ioana", "Sorin", "Oana", "Florin", "Roxana"),
        ("Lungu", "Ciobanu", "Dumitrescu", "Nistor", "Constantinescu", "Munteanu"),
    ),
    "gr": (
        ("Spyros", "Vasiliki", "Konstantinos", "Katerina", "Thanasis", "Chrysa"),
        ("Zervas", "Theodorou", "Nikolaidis", "Karagiannis", "Oikonomou", "Mavridis"),
    ),
    "de": (
        ("Jürgen", "Sabine", "Dieter", "Ute", "Holger", "Birgit", "Wolfgang", "Gudrun"),
        ("Baumgartner", "Schröder", "Siebert", "Kessler", "Windisch", "Brandt", "Köhler",
         "Pfeiffer"),
    ),
    "fr": (
        ("Olivier", "Camille", "Sébastien", "Aurélie", "Arnaud", "Céline", "Jérôme",
         "Pauline"),
        ("Dubois", "Lemaire", "Girard", "Bonnet", "Faure", "Roussel", "Duval", "Lemoine"),
    ),
    "it": (
        ("Giacomo", "Chiara", "Stefano", "Francesca", "Riccardo", "Elisa", "Fabrizio",
         "Serena"),
        ("Ferrara", "Galli", "Rinaldi", "Colombo", "Esposito", "Fabbri", "Moretti",
         "Lombardi"),
    ),
    "nl": (
        ("Rutger", "Annelies", "Jeroen", "Ilse", "Wouter", "Fleur"),
        ("van den Berg", "Verhoeven", "Scholten", "de Jong", "Smits", "van Leeuwen"),
    ),
    "sc": (
        ("Lars", "Sigrid", "Henrik", "Astrid", "Mikkel", "Freja", "Torbjørn", "Solveig"),
        ("Lundgren", "Johansen", "Bergström", "Fjeld", "Nyström", "Holmberg", "Eriksson",
         "Halvorsen"),
    ),
}
# fmt: on
# Rough weights of the cultures among the people these organisations see.
WEIGHTS: dict[str, float] = {
    "en": 14,
    "hi": 8,
    "in": 8,
    "zh": 5,
    "aa": 4,
    "br": 4,
    "ie": 2.5,
    "vi": 2.5,
    "fil": 3,
    "ng": 3,
    "ar": 3,
    "ru": 3,
    "ko": 2,
    "ja": 2,
    "id": 1.5,
    "gh": 1.5,
    "ke": 1.5,
    "et": 1.5,
    "tr": 1.5,
    "fa": 1.5,
    "pk": 2,
    "bd": 1.5,
    "pl": 2,
    "cz": 1.5,
    "ro": 1.5,
    "gr": 1.5,
    "de": 2,
    "fr": 2,
    "it": 2,
    "nl": 1.5,
    "sc": 1.5,
}  # fmt: skip
# Share of people with two surnames (Hispanic, Brazilian) or a double-barrelled one (Anglo).
SECOND_SURNAME: dict[str, float] = {"hi": 0.4, "br": 0.35}
HYPHENATED: dict[str, float] = {"en": 0.12, "fr": 0.15}
# Share of people written family name first.
FAMILY_FIRST: dict[str, float] = {"zh": 0.45, "vi": 0.65, "ko": 0.35, "ja": 0.35}
MIDDLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male, female) patronymics or middle names.
    "ru": (
        ("Alexeyevich", "Mykolayovych", "Dmitrievich", "Ivanovych"),
        ("Sergeyevna", "Petrivna", "Alexandrovna", "Yuriivna"),
    ),
    "vi": (("Văn", "Đức", "Quốc", "Hữu"), ("Thị", "Thu", "Tuyết", "Xuân")),
}
MIDDLE_SHARE: dict[str, float] = {"ru": 0.4, "vi": 0.55}
FEMALE = frozenset(
    {"Larisa", "Galina", "Nadezhda", "Oksana", "Tatiana", "Agnieszka", "Magdalena", "Ewa",
     "Dorota", "Jitka", "Markéta", "Ivana", "Ngọc", "Nhàn", "Linh", "Hương", "Diệp"}
)  # fmt: skip
FEMALE_SURNAMES = frozenset(
    {"Smirnova", "Kozlova", "Vasilyeva", "Romanova", "Wilczyńska", "Szymańska", "Jankowska",
     "Pokorná", "Veselá", "Fialová"}
)  # fmt: skip
MALE_SURNAMES = frozenset({"Kuznetsov", "Sidorov", "Zawadzki", "Kozłowski", "Dvořák", "Procházka",
                           "Černý"})  # fmt: skip

# Short forms and nicknames used alone (Slack, sign-offs, on-call); split by half.
NICKS: tuple[str, ...] = (
    "Dodo", "Flo", "Dotty", "Lexi", "Sully", "Bex", "Wes", "Nell", "Zed", "Trixie",
    "Ozzy", "Jules", "Toto", "Mags", "Vinnie", "Nico", "Teddy", "Rafi", "Kiko", "Jide",
)  # fmt: skip

# Words that are particles, not name words.
PARTICLE_WORDS: frozenset[str] = frozenset({"van", "den", "de", "el", "al", "o"})
