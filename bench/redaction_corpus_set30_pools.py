# ruff: noqa: RUF001
"""Set 30's person pools: given names and surnames of 27 cultures, real-but-uncommon or built
from syllables.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves. Family-first cultures
are listed in ``FAMILY_FIRST``; a culture in ``MONONYM`` has no surname (its people go by one
name); Irish, Dutch, Māori and Hebrew surnames may carry a particle written inside the entry.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames)
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ko": (
        ("Yerim", "Sebin", "Hyeonu", "Gaeun", "Doha", "Minchae", "Yuchan", "Ijun", "Harin",
         "Jaebeom", "Soeun", "Taeo"),
        ("Namgung", "Jegal", "Dokgo", "Hwangbo", "Seomun", "Sagong", "Pyo", "Eom", "Gwak", "Yeom",
         "Byeon", "Maeng"),
    ),
    "ja": (
        ("Yorihide", "Chisato", "Ayumu", "Kiyoharu", "Mitsuha", "Sorato", "Kotone", "Wakana",
         "Isamu", "Hinagiku", "Tsugumi", "Ryouga"),
        ("Kakizaki", "Tsurumaki", "Hanazono", "Komagata", "Funakoshi", "Yagyuu", "Mikuriya",
         "Nishizono", "Ushijima", "Kamezawa", "Hoshikage", "Mizunuma"),
    ),
    "th": (
        ("Chanathip", "Wiratchada", "Phakphum", "Sirinthra", "Kittiphon", "Naphassorn", "Thanawat",
         "Pimchanok", "Worawut", "Kanyarat", "Sakda", "Ratchanee"),
        ("Suwannarat", "Kaewprasert", "Jitpleecheep", "Ratanavaraha", "Thongchaisri", "Prasertsuk",
         "Wattanasiri", "Chaisombat", "Boonyaprapa", "Sirimongkhon", "Phetcharat", "Intharakasem"),
    ),
    "id": (
        ("Sukarmi", "Wagiyo", "Tumini", "Suparno", "Paijem", "Darsono", "Ngatini", "Rubiyah",
         "Sumarsih", "Kartijo", "Juwariyah", "Slamet", "Sadikin", "Warsini"),
        (),
    ),
    "hu": (
        ("Boglárka", "Előd", "Zsombor", "Huba", "Bendegúz", "Emőke", "Csenge", "Ákos", "Villő",
         "Kincső", "Hunor", "Gyöngyvér"),
        ("Szentgyörgyi", "Ördögh", "Bakonyi", "Vámosi", "Pálfalvi", "Dobozi", "Csörgő", "Ujvárosi",
         "Kelemenfi", "Hajdúszoboszlai", "Tarjányi", "Mezőkövesdi"),
    ),
    "is": (
        ("Þorgerður", "Snæbjörn", "Valgerður", "Eysteinn", "Guðlaug", "Bergþór", "Ásdís",
         "Skarphéðinn", "Védís", "Hjörleifur", "Sæunn", "Kolbeinn"),
        ("Snorradóttir", "Vigfússon", "Hallgrímsdóttir", "Þórólfsson", "Ketilsdóttir",
         "Brynjólfsson", "Ormsdóttir", "Gissurarson", "Hrafnkelsdóttir", "Steingrímsson",
         "Önundardóttir", "Egilsson"),
    ),
    "et": (
        ("Tsehaynesh", "Tewodros", "Meskerem", "Haileab", "Abebech", "Mulugeta", "Tsigereda",
         "Wubshet", "Birtukan", "Alemayehu", "Fasika", "Yitbarek"),
        ("Woldemariam", "Gebrehiwot", "Tesfamichael", "Haileselassie", "Asfaw", "Demissie",
         "Wondimu", "Ayalew", "Zewdie", "Mengesha", "Gebrekidan", "Tilahun"),
    ),
    "fa": (
        ("Farangis", "Bahador", "Mahtab", "Kourosh", "Golnar", "Siavash", "Parvaneh", "Kamyar",
         "Niloufar", "Ardeshir", "Shabnam", "Mehrzad"),
        ("Ghorbanzadeh", "Esfandiari", "Kashanipour", "Moghadasi", "Tabatabaei", "Zarrinkamar",
         "Sepehrnia", "Farahmandi", "Khosrowshahi", "Yazdanpanah", "Shokouhi", "Golestaneh"),
    ),
    "he": (
        ("Ayelet", "Yehonatan", "Noga", "Elyashiv", "Tzofia", "Itamar", "Hadas", "Yiftach", "Reut",
         "Nadav", "Liraz", "Amitai"),
        ("Zilberstein", "Amsalem", "Barzilai", "Ohayon", "Dahari", "Elmaleh", "Avrahami", "Tzur",
         "Shalev", "Nachmani", "Bitton", "Ben Harosh"),
    ),
    "el": (
        ("Eftychia", "Stamatis", "Paraskevi", "Charalambos", "Chrysoula", "Periklis", "Evanthia",
         "Efstathios", "Kalliopi", "Aristeidis", "Anthoula", "Themistoklis"),
        ("Karamanlidis", "Tsakalidou", "Chatzigeorgiou", "Vlachopoulos", "Xanthopoulou",
         "Mavrommatis", "Kouloumbis", "Anagnostakis", "Stavropoulou", "Triantafyllou",
         "Zervoudakis", "Kontogianni"),
    ),
    "nl": (
        ("Jikke", "Tjeerd", "Marijke", "Wouter", "Baukje", "Wopke", "Gerrit", "Annelien", "Hidde",
         "Lieke", "Sietse", "Fenna"),
        ("Bosboom", "Hoogendoorn", "Ruijgrok", "Stoffels", "Tuinstra", "Zijlstra", "Kalkman",
         "Wiersma", "Boekhorst", "Heemskerk", "Verbrugge", "Dekkinga"),
    ),
    "ga": (
        ("Síofra", "Fionnán", "Béibhinn", "Eoghanán", "Tuathla", "Flannán", "Brónach", "Cianán",
         "Líobha", "Iarlaith", "Finnseach", "Mainchín"),
        ("Ó Beaglaoich", "Mac Amhlaoibh", "Ó Tuathail", "Mac Fhlannchadha", "Ó Cinnéide",
         "Mac Dhonnchadha", "Ó Ruairc", "Mac Eochagáin", "Ó Flaithbheartaigh", "Mac Cába",
         "Ó hAodha", "Ó Scanláin"),
    ),
    "haw": (
        ("Makanani", "Leimomi", "Kahiau", "Nohealani", "Kekoa", "Kawika", "Pualani", "Kaleikini",
         "Iolana", "Mahealani", "Keahi", "Kanoelani"),
        ("Kealamakia", "Nakoa", "Kaleohano", "Akana", "Kamakau", "Peleiholani", "Keawekane",
         "Kanahele", "Kauhane", "Makekau", "Kapaona", "Kaʻauwai"),
    ),
    "mi": (
        ("Ruihi", "Tamahou", "Mihiata", "Ngāwai", "Tūmanako", "Rongomai", "Whetu", "Arapeta",
         "Matiu", "Huia", "Manaia", "Ataahua"),
        ("Tawhiri", "Waaka", "Herewini", "Tāwhai", "Rangihuna", "Pōtae", "Whaanga", "Kereama",
         "Te Rangiita", "Ruatapu", "Tomoana", "Paewai"),
    ),
    "sw": (
        ("Wanjiku", "Wairimu", "Chepkemoi", "Makena", "Kioko", "Neema", "Nafula", "Shukuru",
         "Mwanaisha", "Tumaini", "Chausiku", "Mosi"),
        ("Mwakilema", "Kazungu", "Wambugu", "Chepkoech", "Odhiambo", "Nyambura", "Mwakasege",
         "Kipchumba", "Mshindo", "Kinyanjui", "Owuor", "Wanjala"),
    ),
    "en": (
        ("Ellory", "Briallen", "Hepzibah", "Silvanus", "Thurstan", "Ottiline", "Lancelyn",
         "Kenelm", "Marwenna", "Tresillian", "Jenifry", "Loveday"),
        ("Ottershaw", "Bramhall", "Wigglesworth", "Huckerby", "Inglethorpe", "Moxham",
         "Blackstock", "Moorcroft", "Higginbottom", "Raikes", "Tattersfield", "Tregarthen"),
    ),
    "de": (
        ("Adalwig", "Heilgard", "Rotwin", "Sigbald", "Friedlind", "Wolfried", "Gundolf",
         "Hiltrude", "Irmfried", "Gerwalda", "Ruthard", "Edelgard"),
        ("Wurzelbauer", "Zwirnmann", "Sauerbrey", "Dittmeier", "Riesenhuber", "Kohlhase",
         "Kuckelkorn", "Schwarzkopp", "Habersetzer", "Ziegenbalg", "Knabenschuh", "Rübesamen"),
    ),
    "fr": (
        ("Aurélisse", "Ghislaude", "Bertrandine", "Mauricette", "Géraudine", "Hugolin", "Amandin",
         "Évrardin", "Gautierre", "Clémentin", "Perrinet", "Aldebert"),
        ("Chauvelot", "Pétrequin", "Brossolette", "Mauduit", "Quesnoy", "Trémolières", "Dambrine",
         "Fougerolle", "Vauquelin", "Dumontier", "Boisgelin", "Ribaucourt"),
    ),
    "es": (
        ("Eusebiana", "Bartolina", "Gaudelio", "Gregoriano", "Adolfina", "Serapio", "Ubaldina",
         "Lupercio", "Hortensio", "Floriberta", "Facundino", "Olegaria"),
        ("Barrionuevo", "Valderrama", "Matamoros", "Landaluce", "Zulueta", "Iparraguirre",
         "Bengoechea", "Torrealba", "Candamo", "Aizpurua", "Anduaga", "Goikolea"),
    ),
    "pt": (
        ("Rosilda", "Gedeonita", "Edinalva", "Claudenor", "Elisvânia", "Ozéias", "Deusdete",
         "Eronildes", "Geovânio", "Laurindo", "Genésio", "Adélio"),
        ("Cerqueira", "Salgueirinho", "Cotrim", "Taveira", "Bacelar", "Tourinho", "Mesquita",
         "Padilha", "Frazão", "Portela", "Pestana", "Sottomaior"),
    ),
    "it": (
        ("Nunziatella", "Eusapio", "Ardingo", "Tarcisia", "Nicandro", "Venanzia", "Abbondio",
         "Rosolina", "Concettina", "Gioacchino", "Carmelina", "Vitaliano"),
        ("Lojacono", "Mezzasalma", "Spaccavento", "Portanova", "Dellacroce", "Pignataro",
         "Campochiaro", "Scamardella", "Cuccurullo", "Frangipane", "Scarpulla", "Ammaturo"),
    ),
    "pl": (
        ("Radzimir", "Jarogniewa", "Dobiesława", "Zbylut", "Unisław", "Świętosława", "Cieszymir",
         "Przybysława", "Wojsława", "Domarad", "Lubomira", "Grzmilas"),
        ("Szczepaniak", "Grabowiecki", "Źrebiec", "Konopnicka", "Wierzbicki", "Ślusarczyk",
         "Jaskólski", "Żółtowska", "Kręciszewski", "Gwoździewicz", "Szpakowska", "Kiełbasiński"),
    ),
    "in": (
        ("Hemachandra", "Sukanya", "Ritwik", "Ahalya", "Jyotiraditya", "Oormila", "Kaustubh",
         "Tanmayi", "Pranavesh", "Saudamini", "Trivikram", "Keertana"),
        ("Venkataraghavan", "Kodandaraman", "Vishwanathan", "Doraiswamy", "Narasimhan",
         "Srinivasaraghavan", "Pattabhiraman", "Rajagopalachari", "Chakravarthi", "Bhaskaran",
         "Chakrapani", "Bhagwati"),
    ),
    "zh": (
        ("Ruijie", "Zhenhao", "Meiqi", "Qianyu", "Siyuan", "Yanxi", "Jingrui", "Yunxi", "Shaoqian",
         "Kaixuan", "Zeming", "Xinran"),
        ("Zongzheng", "Shanyu", "Dongmen", "Ziju", "Wuma", "Taishu"),
    ),
    "ar": (
        ("Haneen", "Bayan", "Anas", "Mayada", "Fadi", "Shaima", "Yousra", "Dhuha", "Muath",
         "Ghada", "Hazem", "Aseel"),
        ("al-Shammari", "al-Otaibi", "Khasawneh", "al-Dosari", "Majali", "al-Harthi", "Rawashdeh",
         "al-Ghamdi", "Bataineh", "Obeidat", "Nsour", "Smadi"),
    ),
    "ng": (
        ("Oluwaseyi", "Ayotomiwa", "Oluwagbemisola", "Chizaramekpere", "Mofiyinfoluwa",
         "Anuoluwapo", "Ireoluwa", "Onyedikachi", "Tobechukwu", "Toluwanimi", "Adaugo", "Uchechi"),
        ("Iweala", "Adesanya", "Ezenwachi", "Adebanjo", "Ogunwusi", "Nwaigwe", "Olabode", "Agbaje",
         "Akinyemi", "Oyeniran", "Adesokan", "Amadike"),
    ),
    "xx": (
        ("Vessarine", "Toluven", "Ombraleth", "Quessina", "Darvolin", "Ysolmere", "Veldrane",
         "Sephrine", "Tavoren", "Maelisande", "Korvath", "Ilvenna"),
        ("Thornquill", "Vaskerel", "Ombersly", "Quillanec", "Draventhorp", "Mirrowel",
         "Stallabrook", "Venniker", "Quarrenby", "Cradensby", "Harrowgast", "Olvestine"),
    ),
}
# fmt: on
FAMILY_FIRST = frozenset({"ko", "hu", "zh"})
MONONYM = frozenset({"id"})

# Given names that are also English words: persons only in a full name; plain words in
# look-alikes, even positions in even templates only, odd positions in odd ones.
WORD_GIVEN: tuple[str, ...] = (
    "Treasure",
    "Wisteria",
    "Canyon",
    "Sonnet",
    "Arrow",
    "Prairie",
    "Bracken",
    "Gunner",
    "Fable",
    "Cinnamon",
)

# Particles that may precede a surname, with the culture they suit (not name words).
PARTICLES: tuple[tuple[str, str], ...] = (
    ("van", "nl"),
    ("van der", "nl"),
    ("ter", "nl"),
    ("van den", "nl"),
    ("de", "es"),
    ("dos", "pt"),
    ("di", "it"),
    ("von", "de"),
    ("le", "fr"),
)
# Words that are particles, not name words (the tests leave them out of the disjoint check).
PARTICLE_WORDS = frozenset(
    {"van", "der", "den", "ter", "de", "dos", "di", "von", "le", "o", "mac", "ben", "te", "al"}
)
