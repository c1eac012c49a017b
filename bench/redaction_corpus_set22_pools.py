# Word lists are written as one string split on blanks, and names keep their own letters
# (dotless i in Turkish names): hence the two rules switched off for this file.
# ruff: noqa: SIM905, RUF001
"""Set 22's own pools: person names, street addresses and the name-like look-alike entries.

Every name word, street name and look-alike entry was checked by a one-off script against the
texts of sets 13-20 (it printed only this set's overlapping words) and the overlapping ones
struck out, so none of them occurs there.
"""

from __future__ import annotations

import functools
import random

# Given names and surnames by culture; a surname is drawn from the given name's culture 85% of
# the time. Accented names are written with and without their accents (see ``fold``).
GIVEN_BY_CULTURE: dict[str, tuple[str, ...]] = {
    "us": tuple(
        "Lucinda Marguerite Percival Winifred Horatio Bartholomew "
        "Cuthbert Alaric Gideon Kenelm Montague Nerys Octavia Peregrine "
        "Ulysses Zebulon Dorcas Ebenezer Griselda Jethro Kezia Marmaduke Ninian Pascoe "
        "Ursula Zinnia Dashiell Harlan Sheldon Bryony Elspeth "
        "Gwendolyn Hester Loveday Petronella Lorelei Agatha Clarence Leland "
        "Marquis ".split()
    ),
    "ie": tuple(
        "Éabha Dearbhla Donnacha Feargal Naoise Damhnait Treasa Caoilfhionn Senan "
        "Fionán Ultan Sorcha Deaglán".split()
    ),
    "de": tuple(
        "Jörn Imke Notker Vreni Liselotte Gebhard Ortwin Gisbert Reinhild Lutz Bernwart "
        "Hubertus Ansgar Engelbert Wunibald Gundula".split()
    ),
    "fr": tuple(
        "Aurèle Isaure Quitterie Romuald Tancrède Valérian Yolaine "
        "Marcelline Ninon Ombeline Philibert Thibaud Amaury Domitille Gervais Léonce "
        "Mathurin".split()
    ),
    "es": tuple(
        "Bernardita Dulcinea Eustaquio Iluminada Macario Saturnino Belén Cayetana Dámaso "
        "Eulogio Genoveva Honorio Jenaro Maclovio Onésimo Pánfilo Tiburcio".split()
    ),
    "it": tuple(
        "Ettore Mafalda Romilda Tullia Agostino "
        "Brunilde Domenica Fortunata Italo Santuzza Teodolinda Uberto".split()
    ),
    "pl": tuple(
        "Czesława Eugeniusz Hieronim Kazimiera Nikodem Olimpia Sławomira Teofil "
        "Wacław Zdzisława Bronisława Cyprian Dobromira Ziemowit".split()
    ),
    "in": tuple(
        "Devyani Eshwar Gauri Indrani Kalyani Lakshman Niranjan Padmini Shalini "
        "Yashwant Gitanjali Mrinal Rukmini Sameer Utkarsh "
        "Sudhir Chandrika Keshav Sharmila".split()
    ),
    "cn": tuple(
        "Zhaoxia Hongyan Peiyu Rongrong Shaohua Yuzhen Xuelian Huifang Dehua Qinglan Wenxuan "
        "Yaoming Liqun Songlin Guifen Xiangdong Chuanzhi".split()
    ),
    "ng": tuple("Ifeoluwa Ladipo Adetokunbo Chibuzor Ngozika Oluwatoyin Ijeoma Amaka ".split()),
    "br": tuple(
        "Deolinda Edivaldo Gerusa Iracema Jandira Marilene Nivaldo "
        "Raimunda Sebastiana Valdirene Dorival Neide Sidnei Valquíria "
        "Edineia".split()
    ),
    "ph": tuple("Bienvenido Editha Ofelia Cherilyn Joselito Dionisio".split()),
    "rare": tuple(
        "Szabolcs Vojtěch Bohumil Jarmila Sisko Tapio Väinö Emre Berk Gülşen Oğuz Jiho Minjun "
        "Nino Tamar Giorgi Aitziber Iolo Sigríður Hallgrímur Njeri Baraka Tigist Tevita "
        "Kemal Milica Goran Ljubica".split()
    ),
    "invented": tuple(
        "Velmarra Quorrin Brannoch Ystrelle Corvane Halvorine Mereveth Olvastre Tirrowen "
        "Jandrevik Krellis Vossenne Caddomere Thessalyn Orrivane Marvane Selwynna "
        "Druvan".split()
    ),
}

SURNAME_BY_CULTURE: dict[str, tuple[str, ...]] = {
    "us": tuple(
        "Ashdown Blakemore Fairweather Inglethorpe Jellicoe Nettleship Oakenfold "
        "Ravenscroft Underhill Vickery Yardley Aldridge Bickerstaff Jaggard Kettlewell Lumley "
        "Nuttall Rawcliffe Shuttleworth Uttley Wolstenholme Birtwistle Eccleston "
        "Hesketh Isherwood Leatherbarrow Mellor Stansfield Beauchamp McCallister "
        "Truscott Polglase Rosewarne Chenoweth Stuckey Greenlee".split()
    ),
    "ie": (
        *"Carmody Fitzmaurice Hanrahan Noonan Prunty Uniacke Whelehan Dinneen Fahy "
        "Lalor Quealy Ruane Shortall Cusack Dowling Furlong Hession".split(),
        "Ó Dálaigh",
        "Ó Flaithearta",
        "Mac Conmara",
    ),
    "de": (
        *"Falkenberg Grünwald Hinterberger Jungwirth Kästner "
        "Niederhauser Rechberger Schwarzenbacher Untersteiner "
        "Zwicky Aichinger Eggimann Fankhauser Gschwend Inderbitzin Kälin Leuthold "
        "Mäder Nussbaumer Ochsner Pfändler Ruckstuhl Steinacher Thalmann Wyssbrod "
        "Habermann Kreuzer".split(),
        "von Rotenhan",
        "zu Dohna",
    ),
    "fr": (
        *"Castagnet Duchêne Esquirol Grandjean Houdebine Jacquemart Labrousse Nouvellon Orsoni "
        "Quéméneur Sauvageot Delahaye Estienne Fournival Héloury Lemercier Mabillon "
        "Pellerin Ribaud Kerhervé Gourmelon Ouellette Desrosiers Lachapelle "
        "Bérubé".split(),
        "Le Guennec",
    ),
    "es": tuple(
        "Barrenechea Rentería Tamayo Aldana Bocanegra "
        "Dosamantes Elizondo Ibarrola Manríquez Nájera Palafox Quiroga "
        "Robledo Saldívar Zamudio Agirre".split()
    ),
    "it": (
        *"Cantalupo Guarracino Nocerino Ottaviano Pennacchio Russomanno Ugolini Vaccaro "
        "Zampieri Acquaviva Brambilla Frattini Giordanelli Malvezzi Nardella Pezzullo "
        "Tedeschini ".split(),
        "Di Pietrantonio",
        "D'Agostino",
        "Dell'Olio",
    ),
    "pl": tuple(
        "Błaszczykowski Gołębiewski Łukasiewicz Szczepański Bąkowski "
        "Drozdowski Lisiecka Ptaszyński Kurpiewski Włodarczyk".split()
    ),
    "in": tuple(
        "Rajagopalan Karandikar Ranadive Pendharkar Kirloskar Moorthy "
        "Padmanabhan Ramaswamy Seshadri Varadarajan Kothari Chitnis Sathe Apte Phadke Godbole "
        "Bhagwat".split()
    ),
    "cn": tuple("Situ Xiahou Murong Huangfu Dongfang Linghu Tantai Gongsun Ximen".split()),
    "ng": tuple("Ihejirika Kalu Sowemimo Jibril Shittu Okonjo Ekpo Efiong Bassey Effiong".split()),
    "br": tuple("Fagundes Leitão Prado Lobato Tenório Bragança".split()),
    "ph": tuple("Pacquing Tanjuatco Cuyegkeng Ledesma Soliman Limcaoco".split()),
    "rare": tuple(
        "Szekeres Vörös Kučera Hämäläinen Kettunen Lehtonen Kılıç Hwang Jeong Mwangi Fifita".split()
    ),
    "invented": tuple(
        "Savrenko Vossenwick Halbrecht Ostrevan Dravelle Morcant Tellivar Brisbourne Yarrowby "
        "Kessendine Ulverholt".split()
    ),
}

# Given names that are also English words: persons in the positives, plain words in the
# look-alikes (``briar patch``, ``safe haven``, ``emerald green``).
WORD_GIVEN = tuple(
    "Onyx Brandy Garnet Blaze Sable Emerald Sapphire Lyric "
    "Dahlia Magnolia Reign Finch Halcyon".split()
)

CULTURES = tuple(GIVEN_BY_CULTURE)
PARTICLES = frozenset("ó mac von zu le di lo d dell".split())

GIVEN = tuple(n for names in GIVEN_BY_CULTURE.values() for n in names) + WORD_GIVEN
SURNAME = tuple(n for names in SURNAME_BY_CULTURE.values() for n in names)

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ð": "d", "ß": "ss"})


def fold(text: str) -> str:
    """``text`` with its accents removed (``Duchêne`` -> ``Duchene``, ``Łukasiewicz`` ->
    ``Lukasiewicz``), as people type names on keyboards without them."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def name_words() -> frozenset[str]:
    """Every word (lower case, accented and folded) of the person pools, particles aside,
    without the word-names (which look-alikes use as plain words)."""
    words: set[str] = set()
    for name in (*(n for names in GIVEN_BY_CULTURE.values() for n in names), *SURNAME):
        for word in name.replace("'", " ").split():
            if word.lower() not in PARTICLES:
                words |= {word.lower(), fold(word).lower()}
    return frozenset(words)


def pick_person(rng: random.Random) -> tuple[str, str]:
    """A (given, surname) pair: culture first, then names; 15% of surnames from elsewhere,
    1 in 12 given names a word-name."""
    culture = rng.choice(CULTURES)
    given = (
        rng.choice(WORD_GIVEN) if rng.random() < 1 / 12 else rng.choice(GIVEN_BY_CULTURE[culture])
    )
    surnames = SURNAME_BY_CULTURE[culture if rng.random() < 0.85 else rng.choice(CULTURES)]
    return given, rng.choice(surnames)


# ---- name-like look-alike entries (none is in a set 13-20 text) ---------------------------

BRANDS = (
    "Marie Claire",
    "Helmut Lang",
    "Max Mara",
    "Joe Malone",
    "Jo Loves",
    "Sally Hansen",
    "Harvey Norman",
    "Dickies",
    "Little Caesars",
    "Tanqueray",
    "Bombay Sapphire",
    "Martell",
    "Rémy Martin",
    "Courvoisier",
    "Baileys",
    "Glenfiddich",
    "Laphroaig",
    "Bang & Olufsen",
    "Ole Henriksen",
    "Dollond & Aitchison",
    "Crabtree & Evelyn",
    "Dr. Hauschka",
    "Weleda",
    "Annemarie Börlind",
    "Sebastian Professional",
    "Sergio Rossi",
    "Gianvito Rossi",
    "Sophia Webster",
    "Bottega Veneta",
    "Fratelli Rossetti",
    "Santoni",
    "Barbour",
    "Boden",
    "Joules",
    "Ted & Muffy",
)
PLACES = (
    "Alberta",
    "Georgia",
    "Queenstown",
    "Hobart",
    "Mary River",
    "Lake Titicaca",
    "Marlborough",
    "Cape Agulhas",
    "Mount Rainier",
    "Port Moresby",
    "Lake Winnipeg",
    "Saint-Tropez",
    "Lake Burley Griffin",
    "Cape Byron",
    "Point Nepean",
    "Mount Hermon",
    "Juan Fernández Islands",
)
HOLIDAYS = (
    "Lindenfest",
    "Santa Rosa de Lima",
    "Sankt Hans",
    "Sint Joris",
    "Lucia Night",
    "San Isidro fair",
    "Jour de la Saint-Jean",
    "Saint-Nicolas market",
    "Kartini Day",
    "Thaipusam",
    "Wianki",
    "Ognissanti",
    "Fête de la Musique",
    "Sechseläuten",
    "Fasnacht",
    "Up Helly Aa",
    "Pancake Day",
    "Kupala Night",
    "Vappu",
    "Juhannus",
    "Onam",
    "Pongal",
)
WORKS = (
    "Mustang Sally",
    "Dear Prudence",
    "Rocket Man",
    "Bennie and the Jets",
    "Tristan und Isolde",
    "Everybody Loves Raymond",
    "Father Ted",
    "Harriet the Spy",
    "Heartbreak Hotel",
    "Jumpin' Jack Flash",
    "Johnny Guitar",
    "Jesse's Girl",
    "Bette Davis Eyes",
    "Sister Christian",
    "Annie's Song",
    "Martha My Dear",
    "Julia Dream",
    "Lucky Jim",
    "Captain Corelli's Mandolin",
    "The Talented Mr Ripley",
    "Notting Hill",
    "Fireman Sam",
    "Postman Pat",
    "Bob the Builder",
    "Thomas the Tank Engine",
    "Paw Patrol",
)
DISHES = (
    "Nesselrode pie",
    "Clafoutis",
    "Dolly Varden cake",
    "Mai Tai",
    "Welsh rarebit",
    "Scotch eggs",
    "Jaffa cakes",
    "Kedgeree",
    "Lancashire hotpot",
    "Cullen skink",
    "Arbroath smokie",
    "Chicken Marbella",
    "Spaghetti all'Assassina",
    "Francesinha",
    "Pão de Ló",
    "Bife à Wellington",
    "Napoleonka",
    "Pischinger",
    "Stollen",
    "Poires Belle-Hélène",
    "Tarte Normande",
    "Crème Caramel",
    "Chicken Tikka",
    "Rogan josh",
    "Kung Pao chicken",
    "Dan dan noodles",
    "Mapo tofu",
    "Adobo",
    "Lumpiang Shanghai",
    "Pancit Malabon",
    "Suya",
    "Jollof rice",
)
# The word-names of WORD_GIVEN used as plain words.
WORD_PHRASES = (
    "onyx black",
    "brandy snap",
    "garnet red",
    "blaze orange",
    "sable brown",
    "emerald green",
    "sapphire blue",
    "lyric print",
    "dahlia pink",
    "magnolia white",
    "reign jacket",
    "finch yellow",
    "halcyon teal",
)
USERNAMES = (
    "rustyhinge42",
    "saltmarsh_fan",
    "nightjar_ops",
    "copper.kettle",
    "tinwhistle9",
    "mudlark77",
    "slowcooker3000",
    "paperlantern",
    "stillotter",
    "ferretbox",
    "mossy_gate",
    "teacosy_9",
    "lintroller",
    "soggybiscuit",
    "gravelpit_dev",
    "moth_and_lamp",
    "crumpet.engine",
    "ledgerbox",
    "pickled_onion88",
)
