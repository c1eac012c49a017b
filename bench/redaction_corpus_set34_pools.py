# ruff: noqa: E501
"""Set 34's person pools: given names and father's names or surnames of 30 cultures.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves (each word occurs once in
all pools). Amharic/Tigrinya and Somali people carry a father's name in the surname slot (a
Somali one sometimes a grandfather's name as well); Mongolian people are written with the
father's initial first (``B. Ganzorig``); Khmer people family name first; Quechua/Aymara and
Mapuche people sometimes with two surnames; Icelandic ``-son``/``-dóttir`` and
Lithuanian/Latvian surnames follow the given name's gender (see ``FEMALE``).
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames): ha Hausa, ff Fulani, am Amharic/Tigrinya, so Somali,
# zu Zulu/Xhosa, mg Malagasy, po Samoan/Maori/Hawaiian, qu Quechua/Aymara, arn Mapuche,
# ku Kurdish, ps Pashto/Dari, sd Sindhi/Balochi, ne Nepali/Newar, si Sinhala, km Khmer, lo Lao,
# th Thai, mn Mongolian, ky Kyrgyz/Tajik, az Azerbaijani, sq Albanian, bs Bosnian/Croatian/
# Slovene, lt Lithuanian/Latvian, et Estonian, is Icelandic, rom Romani, he Yiddish/Hebrew,
# el Greek, mt Maltese, fy Frisian.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ha": (
        ("Mairo", "Kabiru", "Ladi", "Audu", "Asabe"),
        ("Bichi", "Kankia", "Gwarzo", "Dambatta", "Rimi", "Jega", "Gusau", "Maikano", "Dandago",
         "Tofa", "Kurfi", "Kiru", "Tsafe", "Danbaba"),
    ),
    "ff": (
        ("Hammadi", "Kadiatou", "Demba", "Penda", "Boubou", "Djeneba", "Yero", "Dado",
         "Ardo", "Takko", "Jaliya", "Gidado", "Hamsatou"),
        ("Baldé", "Jallow", "Sidibé", "Dicko", "Sangaré", "Boiro", "Bary", "Tall",
         "Tamboura", "Bocoum", "Cissokho", "Dembélé"),
    ),
    "am": (
        ("Tsehay", "Senait", "Letebrhan", "Meseret", "Berhane", "Zewditu", "Tirunesh"),
        ("Kidane", "Tekleab", "Mengistu", "Berhanu", "Negasi", "Ghebreyesus", "Woldegiorgis",
         "Alemseged"),
    ),
    "so": (
        ("Farhia", "Cawo", "Guleed", "Xaawo", "Shukri", "Mahad", "Ilhaan", "Sagal", "Faadumo",
         "Cabdiqaadir", "Hibaaq", "Mursal"),
        ("Jama", "Faarax", "Cabdi", "Caynaanshe", "Guure", "Dualeh", "Ugaas", "Yuusuf", "Xasan",
         "Dirir"),
    ),
    "zu": (
        ("Mthunzi", "Nomsa", "Sinethemba", "Luyanda", "Mxolisi", "Siyabonga", "Nqobile"),
        ("Nxumalo", "Qwabe", "Magwaza", "Gxowa", "Ngubane", "Mqadi", "Hlongwane"),
    ),
    "mg": (
        ("Andriamanitra", "Haingotiana", "Tahina", "Mamisoa", "Hanitra", "Tovo", "Nirina",
         "Fenosoa", "Miora", "Faly", "Onja"),
        ("Randrianarisoa", "Andrianjafy", "Ravelojaona", "Rabemananjara", "Andriamampianina",
         "Razanamparany", "Rakotondrabe", "Randriamahefa", "Rajaonarivelo", "Andrianasolo"),
    ),
    "po": (
        ("Tama", "Sefo", "Losa", "Malia", "Iosefa"),
        ("Pomare", "Kahale", "Sapolu", "Tauiliili", "Haumoana"),
    ),
    "qu": (
        ("Sisa", "Yupanki", "Tupaq", "Chaska", "Pacha"),
        ("Cusi", "Yapura", "Calisaya", "Cutipa", "Layme"),
    ),
    "arn": (
        ("Ayelen", "Millaray", "Rayen", "Nahuel", "Kallfü", "Pilmaiquen", "Ñanku", "Liwen", "Relmu",
         "Amankay", "Ailen", "Llanquiray", "Antunahuel", "Yenien"),
        ("Painemal", "Huenchumilla", "Catrileo", "Millapan", "Ancalaf", "Curinao", "Llancaqueo",
         "Huaiquil", "Quilaqueo", "Nahuelpan", "Calfucura", "Lienlaf", "Ñancupil", "Marileo"),
    ),
    "ku": (
        ("Rojda", "Xebat", "Zinar", "Hejar", "Rêber", "Ronahî", "Serhildan", "Şirîn", "Botan",
         "Kawa", "Nêrgiz"),
        ("Barzani", "Amedî", "Dizayee", "Berwarî", "Xoşnaw", "Pîrbal", "Hewlêrî", "Bamarnî",
         "Soranî", "Zaxoyî"),
    ),
    "ps": (
        ("Zarghuna", "Gulalai", "Mirwais", "Naqibullah", "Spogmai", "Wahid", "Palwasha", "Farishta",
         "Ajmal", "Marjan", "Zalmai", "Nazo", "Gulbadin", "Wazhma"),
        ("Achakzai", "Popalzai", "Wardak", "Mohmand", "Afridi", "Durrani", "Ghilzai", "Kakar",
         "Barakzai", "Nangarhari", "Stanikzai", "Shinwari", "Zadran", "Mangal"),
    ),
    "sd": (
        ("Sassui", "Marvi", "Sohrab", "Bebagr", "Mehrab", "Shahdad", "Zareena", "Hani", "Gul",
         "Murad", "Sammi", "Jiand", "Balach", "Sakina"),
        ("Bugti", "Mengal", "Jatoi", "Soomro", "Talpur", "Shar", "Chandio", "Lashari",
         "Bizenjo", "Magsi", "Junejo", "Dashti", "Zehri"),
    ),
    "ne": (
        ("Prakriti", "Anish", "Pemba", "Rojina", "Sushil", "Niraj", "Sangita", "Yubaraj", "Sabitri",
         "Sujan"),
        ("Shrestha", "Maharjan", "Tuladhar", "Bajracharya", "Pradhan", "Shakya", "Dangol",
         "Manandhar", "Karki", "Thapa", "Gurung", "Rajbhandari", "Pyakurel"),
    ),
    "si": (
        ("Nirosha", "Sanduni", "Chathurika", "Lahiru", "Ishara", "Dulani", "Asanka"),
        ("Ranatunga", "Rajapaksha", "Herath", "Weerasooriya", "Bandaranayake"),
    ),
    "km": (
        ("Chanthou", "Vanna", "Sophal", "Kunthea", "Sovann", "Mealea", "Sothea", "Vuthy",
         "Sreyneang"),
        ("Chhim", "Seng", "Phal", "Chhorn", "Norng", "Sary", "Huot", "Nuon", "Seang", "Vann",
         "Khath", "Roeun", "Tith", "Kheng"),
    ),
    "lo": (
        ("Khamphone", "Vilayphone", "Phetsamone", "Somsanouk", "Douangchai", "Manivone",
         "Thongsavath", "Bounthavy", "Vanhxay", "Phonesavanh", "Noudeng", "Chansamone"),
        ("Sisavath", "Vongsavanh", "Inthavong", "Keomany", "Chanthavong", "Souvannarath",
         "Phimmasone", "Luangrath", "Sayavong", "Xayavong", "Thammavong", "Sengsouliya",
         "Vorachith", "Douangpanya"),
    ),
    "th": (
        ("Kittipong", "Natthapong", "Wanida", "Pornchai", "Supaporn", "Thanakorn", "Chaiwat",
         "Orathai", "Jirawat", "Weerachai", "Duangjai"),
        ("Sirikanchana", "Phromsuwan", "Thongchaiprasit", "Kittisakulchai", "Ratanapreechakul",
         "Boonyaratglin", "Suwannapong", "Jaroenpokaraj", "Pattanakitjaroen", "Srisomboon",
         "Tangsiriwattana", "Chokchaiwat", "Rattanakosol", "Limprasert"),
    ),
    "mn": (
        ("Ganzorig", "Tsogtbaatar", "Erdenebat", "Sarnai", "Munkhbayar", "Gerelmaa", "Ariunaa",
         "Bilguun"),
        ("Dorj", "Sukhbaatar", "Tserendorj", "Baatarkhuu", "Damdin", "Luvsan", "Purev", "Chuluun",
         "Otgon", "Nyamdavaa", "Jargal", "Dashdondog", "Gombo", "Sodnom"),
    ),
    "ky": (
        ("Aibek", "Cholpon", "Aizada", "Bakyt", "Daler", "Firuza", "Manizha", "Jyldyz", "Ulan",
         "Tolkun", "Sabohat", "Kanybek", "Parvina"),
        ("Abdyldaev", "Sadyrbekova", "Toktogulov", "Rahmonov", "Nazarova", "Ismoilov", "Jumabaeva",
         "Usubaliev", "Kurbonova", "Sharipov", "Bekmuratov", "Tursunzoda", "Asanaliev", "Davlatova"),
    ),
    "az": (
        ("Elnur", "Aytan", "Rauf", "Gunay", "Ilgar", "Nargiz", "Vusal", "Sevinj", "Tural", "Lala",
         "Orkhan", "Konul", "Elvin", "Aysel"),
        ("Mammadli", "Hasanzade", "Gurbanli", "Rzayev", "Mirzazade", "Safarli", "Huseynzade",
         "Alakbarli", "Babayeva", "Nuriyev", "Shirinzade", "Abbasli", "Veliyeva", "Ismayilzade"),
    ),
    "sq": (
        ("Arben", "Mimoza", "Blerim", "Drita", "Gëzim", "Vjosa", "Ilir", "Valbona", "Agron",
         "Shpresa", "Fatos", "Lindita", "Besnik", "Ardian"),
        ("Hoxha", "Krasniqi", "Berisha", "Gashi", "Dervishi", "Zeqiri", "Kelmendi", "Bajrami",
         "Musliu", "Çela", "Xhafa", "Rexhepi", "Haxhiu", "Lleshi"),
    ),
    "bs": (
        ("Mirsad", "Jasmina", "Dževad", "Željko", "Zlatan", "Branka", "Tomaž", "Špela", "Ćamil",
         "Damir", "Anđela", "Matej", "Nataša"),
        ("Čolić", "Šarić", "Begović", "Živković", "Đurić", "Mujanović", "Požar", "Štefančič",
         "Zupančič", "Kranjčar", "Mešić", "Tomšič", "Jurčić", "Ćosić"),
    ),
    "lt": (
        ("Mindaugas", "Ieva", "Līga", "Darius", "Jānis", "Inese", "Sandra", "Kārlis", "Arvīds",
         "Zane", "Dainius"),
        ("Kazlauskienė", "Vaitkevičius", "Balodis", "Paulauskaitė", "Ozoliņa", "Rimkus", "Krūmiņš",
         "Liepiņa", "Jankauskaitė", "Urbonienė", "Vītola"),
    ),
    "et": (
        ("Kadri", "Mihkel", "Triin", "Jaanus", "Piret", "Külli", "Ülo", "Maarja", "Tiit",
         "Helle", "Priit", "Merike", "Toomas"),
        ("Saar", "Mägi", "Kukk", "Rebane", "Ilves", "Pärn", "Kõiv", "Lepik", "Oja", "Kivisild",
         "Raudsepp", "Lõhmus", "Metsaots"),
    ),
    "is": (
        ("Sigurður", "Þórhildur", "Ingveldur", "Þórólfur", "Eyjólfur", "Hólmfríður", "Álfheiður",
         "Björgvin", "Steingrímur", "Unnur", "Herdís", "Gunnsteinn"),
        ("Magnúsdóttir", "Þorsteinsson", "Jóhannesson", "Kristjánsdóttir", "Ólafsdóttir",
         "Gunnlaugsson", "Bergsson", "Sveinsdóttir", "Ingólfsdóttir", "Hjaltason", "Ketilsson",
         "Þorvaldsdóttir"),
    ),
    "rom": (
        ("Kalo", "Esma", "Bajram", "Šaban", "Romica", "Tinka", "Djemo", "Mirsada", "Zoralo",
         "Šemsa", "Redžep", "Nadja", "Ljuan"),
        ("Stojka", "Demirović", "Berki", "Raics", "Ajdini", "Sulejmani", "Mustafov", "Bimbó",
         "Gurka"),
    ),
    "he": (
        ("Yitzchak", "Raizel", "Shmuel", "Chaya", "Mendel", "Bluma", "Yankel", "Tzipora", "Faiga",
         "Zalman", "Dvora", "Leibish", "Sheindel", "Menachem"),
        ("Rosenzweig", "Lefkowitz", "Finkelstein", "Teitelbaum", "Halberstam", "Mandelbaum",
         "Weisfeld", "Katzenellenbogen", "Zilberman", "Horowitz", "Feigenbaum", "Schneersohn",
         "Blumenkrantz", "Perlmutter"),
    ),
    "el": (
        ("Evangelia", "Athanasios", "Efstratios", "Konstantinos", "Dimosthenis", "Polyxeni",
         "Anastasios"),
        ("Giannakopoulos", "Kontogiannis", "Papanikolaou", "Triantafyllidis", "Vasilakopoulou",
         "Stamatopoulos", "Alexandropoulou", "Economopoulos", "Tsiolakis", "Hatzimichalis",
         "Athanasopoulou", "Karagiannopoulos", "Mavrogordatos"),
    ),
    "mt": (
        ("Ġorġ", "Marija", "Ċensu", "Pawlu", "Doris", "Salvu", "Żeppi", "Josette", "Wenzu", "Ninu",
         "Marthese", "Ġużeppi", "Leli"),
        ("Borg", "Camilleri", "Farrugia", "Zammit", "Vella", "Galea", "Micallef", "Grech", "Xuereb",
         "Azzopardi", "Spiteri", "Caruana", "Mifsud", "Bonnici"),
    ),
    "fy": (
        ("Akke", "Haitse", "Janke", "Oebele", "Sietske", "Ype", "Froukje", "Douwe"),
        ("Dijkstra", "Postma", "Jorritsma", "Wijnstra", "Hettema", "Dykstra", "Reitsma"),
    ),
}
# fmt: on
INITIAL_FIRST = frozenset({"mn"})  # "B. Ganzorig": the father's initial, then the name
FAMILY_FIRST = frozenset({"km"})  # "Chhim Sophal"
# Cultures whose people are called by the given name after a title ("Ato Berhane", "Khun ...").
TITLE_BY_GIVEN = frozenset({"am", "so", "th", "mn", "is", "km", "lo", "mg"})
# Cultures with a second surname or a grandfather's name some of the time.
SECOND_NAME: dict[str, float] = {"qu": 0.35, "arn": 0.35, "so": 0.3}
# Cultures whose surname follows the given name's gender.
GENDERED = frozenset({"is", "lt"})
FEMALE = frozenset(
    {"Þórhildur", "Ingveldur", "Hólmfríður", "Álfheiður", "Unnur", "Herdís", "Ieva", "Līga",
     "Inese", "Sandra", "Zane"}
)  # fmt: skip
FEMALE_ENDINGS = ("dóttir", "ienė", "aitė", "ytė", "ņa", "la")
# Titles of a culture (outside the span); other cultures draw from the general ones.
CULTURE_TITLES: dict[str, tuple[str, ...]] = {
    "am": ("Ato", "W/ro", "Dr"),
    "ha": ("Malam", "Alhaji", "Hajiya"),
    "ff": ("Alhaji", "Mme"),
    "th": ("Khun", "K."),
    "mg": ("Ramatoa", "Andriamatoa"),
    "he": ("Reb", "Rabbi", "Mrs"),
    "el": ("κ.", "Dr"),
    "ne": ("Sri", "Dr"),
}

# Thai-style nicknames written with a surname or given name ("Ploy ..."); split by half.
NICKS: tuple[str, ...] = (
    "Ploy", "Aom", "Tum", "Pui", "Fon", "Eak", "Toey", "Joob", "Namwan", "Prang", "Jeab", "Khim",
)  # fmt: skip

# Words that are particles, not name words (none in set 34's pools).
PARTICLE_WORDS: frozenset[str] = frozenset()
