# ruff: noqa: RUF001
"""Set 32's person pools: given names and surnames of 20 cultures, real-but-uncommon or built
from syllables.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves. Korean, Hungarian and
Khmer names are written family name first (Korean and Hungarian ones given name first a third
of the time, see ``GIVEN_FIRST_SHARE``); Korean given names are two hyphenated syllables
(``Yeong-hwan``). Mongolian people are written with their father's initial first (``B.
Enkhjargal``): the "surname" is the father's name. Icelandic surnames are patronymics
(``-dóttir``, ``-son``), Somali, Amharic and Tigrinya ones a father's given name; Dutch and
Flemish surnames carry their particles (``van der``, ``de``, ``ter``) inside the entry, Māori
ones ``Te``.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames): ko Korean, hu Hungarian, is Icelandic, nl Dutch and
# Flemish, so Somali/Amharic/Tigrinya, hm Hmong, mg Malagasy, qu Quechua/Aymara, ku Kurdish,
# pc Hawaiian/Māori/Samoan, mn Mongolian, ne Nepali, si Sinhala, km Khmer, th Thai and Lao,
# ha Hausa/Fulani, zu Zulu/Xhosa, rm Romani, fy Frisian, inv invented.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ko": (
        ("Yeong-hwan", "Gyu-ri", "Chan-yeol", "Kwang-soo", "Joon-ki", "Hyo-seop", "Mun-hee",
         "Pil-seung", "Sae-rom", "Yeo-reum"),
        ("Byeon", "Gyeon", "Cheon", "Seonwoo", "Hwangmok", "Ryu", "Doh", "Geum"),
    ),
    "hu": (
        ("Csongor", "Hajnalka", "Botond", "Bulcsú", "Emese", "Gergő", "Dorottya", "Lehel", "Örs",
         "Vajk", "Aranka", "Kende"),
        ("Gyöngyösi", "Csizmadia", "Fehérvári", "Vörösváry", "Kiskunhalasi", "Hegedűs", "Pásztor",
         "Bodnár", "Gulyás", "Szalontai", "Somogyváry", "Tiszai"),
    ),
    "is": (
        ("Þórhallur", "Hrafnkell", "Steinunn", "Brynjólfur", "Bergþóra", "Vigdís", "Ingvar",
         "Þráinn", "Ólöf", "Sæmundur", "Kristrún", "Grímur"),
        ("Þorvaldsson", "Eyjólfsdóttir", "Sveinbjörnsson", "Ásgeirsson", "Bjarnheiðardóttir",
         "Högnason", "Steingrímsdóttir", "Vilhjálmsson", "Þórólfsdóttir", "Arnbjörnsson",
         "Gissurardóttir", "Hrólfsson"),
    ),
    "nl": (
        ("Anneke", "Marieke", "Geert", "Tjitske", "Ineke", "Thijs", "Jolien", "Koen", "Evelien",
         "Hendrik", "Sanne", "Pieter"),
        ("van der Steenhoven", "de Wachter", "van den Eynde", "Verbruggen", "van der Sluijs",
         "ter Borch", "de Kesel", "Verhaeghe", "van der Leeuw", "van Dongeraad", "de Smedt",
         "ter Kuile"),
    ),
    "so": (
        ("Hodan", "Abdirahman", "Ubah", "Liban", "Sahra", "Guled", "Idil", "Warsame", "Filsan",
         "Mohamud", "Ayaan", "Dahir"),
        ("Cabdulle", "Xirsi", "Jaamac", "Warfaa", "Samatar", "Ducaale", "Cilmi", "Abtidoon",
         "Hersi", "Gebreegziabher", "Tekle", "Abraha"),
    ),
    "hm": (
        ("Paj", "Tou", "Yeng", "Neng", "Chue", "Ntxhi", "Txiab", "Pheng", "Zoua", "Blia", "Choua",
         "Xee"),
        ("Vaj", "Xyooj", "Lis", "Yaj", "Thoj", "Muas", "Lauj", "Hawj", "Tsab", "Vwj", "Kwm",
         "Phab"),
    ),
    "mg": (
        ("Hery", "Voahangy", "Fanja", "Tojo", "Mialy", "Haingo", "Rivo", "Lalaina", "Njaka",
         "Toky", "Fetra", "Ravo"),
        ("Rakotomalala", "Andrianarivo", "Razafindrakoto", "Rasoanaivo", "Ratsimbazafy",
         "Randriamampionona", "Rabearivelo", "Andriamanjato", "Rajaonarison", "Ravelomanana",
         "Razanamahefa", "Ramaroson"),
    ),
    "qu": (
        ("Wayra", "Killa", "Amaru", "Inti", "Yupanqui", "Illari", "Kusi", "Waman", "Suyana",
         "Qori", "Pachakuti", "Urpi"),
        ("Condori", "Huanca", "Ticona", "Choque", "Apaza", "Ccori", "Huallpa", "Chambi",
         "Ccahuana", "Huarachi", "Sonco", "Mayta"),
    ),
    "ku": (
        ("Rojin", "Berivan", "Dilan", "Azad", "Shirwan", "Hozan", "Zozan", "Rênas", "Nûjiyan",
         "Jînda", "Serhad", "Hêvî"),
        ("Zebari", "Hawrami", "Xoshnaw", "Baban", "Sindi", "Berzincî", "Ciziri", "Doski",
         "Mukriyani", "Bradosti", "Shwani", "Kakayi"),
    ),
    "pc": (
        ("Māhina", "Tāne", "Tavita", "Kainoa", "Maile", "Kaimana", "Hinewai", "Ihaia", "Keala",
         "Pania", "Makana", "Tamatea"),
        ("Te Whata", "Faleolo", "Leiataua", "Tamihana", "Kaʻahanui", "Pohatu", "Mataio", "Tuilagi",
         "Aumua", "Wihongi"),
    ),
    "mn": (
        ("Enkhjargal", "Oyunchimeg", "Ganbold", "Tsetsegmaa", "Temuulen", "Altantsetseg",
         "Munkhbat", "Solongo", "Erdenebileg", "Narantuya", "Battulga", "Khulan"),
        ("Tsogtbaatar", "Gombosuren", "Lkhagvasuren", "Purevdorj", "Batsaikhan", "Ochirbat",
         "Tumurbaatar", "Byambadorj", "Sukhbaatar", "Damdinsuren", "Jargalsaikhan", "Zorigt"),
    ),
    "ne": (
        ("Bishnu", "Dipendra", "Laxman", "Manisha", "Rabindra", "Sabina", "Hikmat", "Anjana",
         "Bijay", "Pramila", "Sudarshan", "Binita"),
        ("Bhattarai", "Pokharel", "Dahal", "Gyawali", "Lamichhane", "Khadka", "Ghimire", "Subedi",
         "Kandel", "Paudyal", "Adhikari", "Sapkota"),
    ),
    "si": (
        ("Dilrukshi", "Chaminda", "Tharindu", "Nadeesha", "Lasantha", "Sewwandi", "Upul", "Ruwan",
         "Kasun", "Piumi", "Hasini", "Nuwan"),
        ("Jayawardena", "Senanayake", "Gunawardena", "Abeysekera", "Wijesuriya", "Ranasinghe",
         "Dissanayake", "Karunaratne", "Weerasekara", "Samarakoon", "Ekanayake", "Liyanage"),
    ),
    "km": (
        ("Sokha", "Vannak", "Chenda", "Sophea", "Bopha", "Rithy", "Sreyleak", "Piseth", "Kolab",
         "Virak", "Sreymom", "Dara"),
        ("Chhay", "Keo", "Meas", "Pich", "Heng", "Srun", "Prak", "Ouk", "Yim", "Khiev", "Nhem",
         "Chea"),
    ),
    "th": (
        ("Somchai", "Kanokwan", "Souksavanh", "Phonsavanh", "Nattapong", "Siriporn", "Vilayvanh",
         "Khamla", "Ploypailin", "Bounmy", "Jiraporn", "Sengdao"),
        ("Srisawasdi", "Rattanakosin", "Wongsuwan", "Chaiyaporn", "Jirawatthanakul",
         "Sirivadhanakul", "Phommachanh", "Sayasith", "Thepsouvanh", "Kanchanawong",
         "Ruangsrichai", "Phetsavong"),
    ),
    "ha": (
        ("Sani", "Maryam", "Rabi", "Auwal", "Jummai", "Binta", "Sule", "Dije", "Ladidi",
         "Abdulmalik", "Jamilu", "Hajara"),
        ("Yusufu", "Maikudi", "Dantata", "Jibrin", "Gwandu", "Kabir", "Bappa", "Hamman"),
    ),
    "zu": (
        ("Sipho", "Ayanda", "Zanele", "Mandla", "Nokuthula", "Lindiwe", "Themba", "Nosipho",
         "Bongani", "Zodwa", "Xolani", "Ntombi"),
        ("Khumalo", "Zungu", "Mabaso", "Ntuli", "Gxabela", "Nqakula", "Mkhize", "Bhengu", "Zwane",
         "Mdletshe", "Msimang", "Mxenge"),
    ),
    "rm": (
        ("Tshilaba", "Mirela", "Boldo", "Luludi", "Shofranka", "Nanosh", "Florica", "Lulo",
         "Kizzy", "Tobar", "Vano", "Drina"),
        ("Lakatos", "Sztojka", "Rostás", "Kolompár", "Orsós", "Sárközi", "Oláh", "Mirga",
         "Daróczi", "Kwiek", "Dytko", "Bangó"),
    ),
    "fy": (
        ("Tsjerk", "Wybren", "Sjoukje", "Hylke", "Jitske", "Durk", "Geeske", "Sybren", "Eelke",
         "Tsjitske", "Jelle", "Wytske"),
        ("Hoekstra", "Wijbenga", "Tjalsma", "Bouma", "Sikkema", "Terpstra", "Hettinga", "Rienstra",
         "Jelsma", "Hiemstra", "Bosma", "Feenstra"),
    ),
    "inv": (
        ("Quorvath", "Maelistra", "Brennivorn", "Talquessa", "Ostravane", "Wyndelmere",
         "Zephrinel", "Korvalta", "Elsharune", "Drummivex", "Yllandra", "Parvosk"),
        ("Frandelwyck", "Oskavarro", "Pelthrandor", "Mirquandel", "Zarvenholt", "Trelloquin",
         "Haskervane", "Quendrimore", "Vastrellow", "Dorvinshaw", "Kellivandt", "Ombrusk"),
    ),
}
# fmt: on
FAMILY_FIRST = frozenset({"ko", "hu", "km"})
GIVEN_FIRST = frozenset({"ko", "hu"})  # cultures sometimes written given name first
GIVEN_FIRST_SHARE = 1 / 3  # "yeong-hwan byeon", "Emese Csizmadia"
INITIAL_FIRST = frozenset({"mn"})  # "B. Enkhjargal": the father's initial, then the name
# Cultures whose people are called by the given name after a title ("Khun Somchai", "Dr Vigdís").
TITLE_BY_GIVEN = frozenset({"is", "so", "mn", "th", "km", "hm"})
NO_FOLD: frozenset[str] = frozenset()

# Given names that are also English words: persons only in a full name; plain words in
# look-alikes, even positions in even templates only, odd positions in odd ones.
WORD_GIVEN: tuple[str, ...] = (
    "Damask",
    "Amaranth",
    "Verbena",
    "Cardamom",
    "Sequoia",
    "Mistral",
    "Plover",
    "Camellia",
    "Russet",
    "Tamarisk",
)

# Nicknames written with a surname ("Zizou Hoekstra"); split by half like the names.
NICKS: tuple[str, ...] = (
    "Zizou", "Kiki", "Tiko", "Mimo", "Bobo", "Nunu", "Pipo", "Lolo", "Fifi", "Zaza", "Momo",
    "Dudu",
)  # fmt: skip

# Words that are particles, not name words (the tests leave them out of the disjoint check).
PARTICLE_WORDS = frozenset({"van", "der", "den", "de", "ter", "ten", "te"})
