# ruff: noqa: RUF001
# (RUF001: names are written with their own letters, the Turkish dotless i included.)
"""Set 24's word pools: persons, and the name-like look-alikes.

Most names are invented from the sound patterns of each culture (so that a list of real names
cannot know them); about a quarter are real but uncommon. No name word (particles aside) is a
word of the texts of sets 13-23, and the English-word given names are in no PERSON span of
those sets (checked with a one-off script while writing; see data/pii/README.md, "set24").
"""

from __future__ import annotations

# culture -> (given names, surnames). Chinese and Vietnamese people are often written family
# name first (FAMILY_FIRST).
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Delwyn",
            "Averett",
            "Kendrew",
            "Rosslyn",
            "Kestrin",
            "Breccan",
            "Marlowe",
            "Elowyn",
            "Ellery",
            "Tamsett",
            "Oriel",
            "Jessaline",
        ),
        (
            "Whitcombe",
            "Thornsby",
            "Caldwick",
            "Hollingrake",
            "Penhallow",
            "Marchbank",
            "Quarrender",
            "Ebbworth",
            "Treloweth",
            "Pollardine",
            "Bramblecote",
            "Trevillick",
        ),
    ),
    "ie": (
        ("Ciarnat", "Fiachna", "Blánaid", "Muirne", "Fiontán", "Saoirlín"),
        ("Ó Lorcáin", "Mac Giollarua", "Kilbane", "Ní Bhrolcháin", "Mulqueeny", "Ó Drisceoil"),
    ),
    "de": (
        (
            "Adalwin",
            "Jorinde",
            "Hildrun",
            "Sigrune",
            "Gerwald",
            "Wolfhart",
            "Adelgunde",
            "Lennert",
            "Wigand",
        ),
        (
            "Brenkmeier",
            "Oberwaldt",
            "Kastelbrink",
            "Zwirnhofer",
            "Lindquerner",
            "Quandtmann",
            "Pfeilsticker",
            "Rottenkolber",
            "Schwörbel",
            "Wendelborn",
        ),
    ),
    "fr": (
        (
            "Orlène",
            "Gaspardin",
            "Maëlwenn",
            "Théophane",
            "Clotaire",
            "Aubérie",
            "Anaïse",
            "Jérémiel",
        ),
        (
            "Vaucheret",
            "Delamarrière",
            "Rouvillac",
            "Ferrandou",
            "Quillevéré",
            "Beaufrenet",
            "Lachaussée",
            "Bérardier",
            "d'Aubignac",
        ),
    ),
    "es": (
        (
            "Dariela",
            "Anselma",
            "Tranquilino",
            "Itzamar",
            "Hermelindo",
            "Citlalmina",
            "Ezequías",
            "Remigia",
            "Anayansi",
        ),
        (
            "Castrellano",
            "Villaruel",
            "Montesdeoca",
            "Arizmendi",
            "Ochandiano",
            "Zubiaurre",
            "Berrocal",
            "Urbina Texcalco",
            "de la Serna Oyarzábal",
        ),
    ),
    "pt": (
        ("Josilene", "Rosicleide", "Cremilda", "Arlindo", "Valdeci", "Ivonilde", "Jucelino"),
        (
            "Pedreirinha",
            "Albernaz",
            "Tavareiro",
            "Quintanilhas",
            "Vasconcelhos",
            "dos Aflitos",
            "Carvalhedo",
        ),
    ),
    "it": (
        ("Lucendro", "Marisella", "Ottavina", "Corradino", "Ermete", "Albarosa", "Fulvietta"),
        (
            "Pontecorvi",
            "Tornaquinci",
            "Zanchettin",
            "Brugnolo",
            "Buonvicini",
            "Sabbadini",
            "Lo Scalzo",
            "D'Orsogna",
        ),
    ),
    "pl": (
        ("Radosława", "Ludomira", "Przemko", "Sobiesław", "Dobrochna", "Lechomira"),
        ("Kraszewiak", "Bralicki", "Żmijewska", "Wierzchoń", "Grzebyk", "Chmielarz", "Łukaszczyk"),
    ),
    "sl": (
        ("Dobrosav", "Vukomir", "Zlatana", "Svyatopolk", "Bohumila", "Radmila", "Yaromir"),
        (
            "Kratochvíl",
            "Vukmirović",
            "Zhelyabova",
            "Šebestová",
            "Dragičević",
            "Prokopchuk",
            "Hrdličková",
        ),
    ),
    "in": (
        ("Anvitha", "Rudransh", "Ishwari", "Saanvika", "Hrishan", "Tanmaya", "Vedashri"),
        (
            "Kuravadi",
            "Pethkar",
            "Thekkedath",
            "Rayaprolu",
            "Chakravarthula",
            "Mahajani",
            "Vanchinathan",
        ),
    ),
    "zh": (
        ("Xiaoran", "Yumiao", "Zhenlu", "Qiaoyun", "Haoxuan", "Shengjie", "Ruoxuan"),
        ("Zhuansun", "Nangong", "Taishi", "Yuwen", "Helian", "Zhongli", "Duanmu", "Wenren"),
    ),
    "vi": (
        ("Khuê", "Sương", "Lựu", "Tiệp", "Đoan", "Uyển", "Quỳnh Như"),
        ("Nghiêm", "Thạch", "Giáp", "Ung", "Bạch", "Đàm", "Khúc"),
    ),
    "ng": (
        (
            "Olubankole",
            "Ifedolapo",
            "Chinweoke",
            "Adebimpe",
            "Ugochinyere",
            "Kelechukwu",
            "Ayobamidele",
        ),
        (
            "Okonkwuzie",
            "Adesanmiye",
            "Onyeabor",
            "Ezeokoli",
            "Oyedepo",
            "Nwachinemere",
            "Adeyanju-Olatunbosun",
        ),
    ),
    "ph": (
        ("Jessamae", "Rhealyn", "Kristhel", "Jhunmark", "Arvee", "Jhennylyn"),
        ("Bantugon", "Macaraig", "Sumagaysay", "Lacsamana", "Sangalang", "Tagumpay"),
    ),
    "ar": (
        ("Nawwaf", "Rahaf", "Luayy", "Thuraya", "Muhannad", "Jumana"),
        ("al-Qudsani", "Haddadin", "Tarawneh", "al-Mutlaq", "Bin Shamlan", "El-Zoghby"),
    ),
    "tr": (
        ("Dilruba", "Ertunç", "Gülbahar", "Alparslan", "Tuğçe", "Tolunay"),
        ("Karabulutoğlu", "Demirsoy", "Yazıcıoğlu", "Çakmakçı", "Tekinalp", "Üstündağ"),
    ),
    "no": (
        ("Sigvor", "Torleik", "Ragnfrid", "Åsmund", "Gudbjørg", "Eivind"),
        ("Haldorsrud", "Bjørnevik", "Kvalsvik", "Østvedt", "Fjellheim", "Grønnesby"),
    ),
    "xx": (
        ("Velisande", "Tarquil", "Isolwen", "Morvane", "Quellin", "Dravena", "Orsolin"),
        (
            "Fenwarrow",
            "Ostrellin",
            "Vantagan",
            "Carrowdine",
            "Morvennick",
            "Quillibrand",
            "Tessaridge",
        ),
    ),
}

FAMILY_FIRST = frozenset({"zh", "vi"})

# Given names that are English words: persons in positives, plain words in look-alikes (by
# design the look-alike check skips them). None is in a PERSON span of sets 13-23.
WORD_GIVEN: tuple[str, ...] = (
    "Sunny",
    "Glen",
    "Sage",
    "Summer",
    "Honey",
    "Ruby",
    "Coral",
    "Dusty",
    "Fern",
    "Chance",
    "Daisy",
    "Kit",
)

# Surname particles: not name words for the overlap checks.
PARTICLES = frozenset({"al", "bin", "de", "la", "del", "dos", "d", "el", "lo", "mac", "ní", "ó"})


def all_given() -> list[str]:
    return [g for given, _ in CULTURES.values() for g in given]


def all_surnames() -> list[str]:
    return [s for _, surnames in CULTURES.values() for s in surnames]


# ---------------------------------------------------------------- name-like look-alikes
# Brands and labels named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Bertrand Vossler",
    "Lucienne Fenn",
    "Augustin Marr",
    "Tilda Hartwell",
    "Casimir Dole",
    "Imelda Starke",
    "Harlan Brisk",
    "Josefa Lind",
    "Wendell Crane",
    "Rosalind Oake",
    "Ottoline Frey",
    "Barnaby Quill",
    "Cosima Drake",
    "Edgar Pembury",
    "Maren Solvik",
    "Ambrose Kettering",
    "Leonie Haskell",
    "Fitzroy Adair",
    "Henrike Bloom",
    "Isidore Vance",
)
ITEMS: tuple[str, ...] = (
    "dutch oven",
    "rain jacket",
    "desk lamp",
    "hiking boots",
    "travel mug",
    "fountain pen",
    "duvet cover",
    "sneakers",
    "chef's knife",
    "wool scarf",
    "backpack",
    "espresso cups",
)
# Firms of two capitalised words (law firms, agencies, shops).
FIRMS: tuple[str, ...] = (
    "Ashdown Pryce",
    "Kessel & Markwell",
    "Hargreave Lunt",
    "Tolliver Brandt",
    "Maison Delacourt",
    "Studio Pellegrin",
    "Vossberg Analytics",
    "Corbin Hale Logistics",
    "Merriweather & Finch",
    "Abernathy Sloane",
    "Fairbairn Ostrow",
    "Gallardo Pérez Abogados",
    "Lindholm Varga",
    "Prescott Amadi",
    "Okwuosa Reinholt",
    "Castellane Moretti",
    "Ravensworth & Daughters",
    "Delacroix Bell",
    "Stroud Oyelaran",
    "Ingersoll Maples",
)
# Places named like people or after saints (no house number, not addresses).
PLACES: tuple[str, ...] = (
    "Port Adeline",
    "Lake Corisande",
    "Cape Evangeline",
    "Fort Augustina",
    "Rosamund Falls",
    "Hattie Springs",
    "Saint-Anselme-des-Bois",
    "Santa Eulalia del Monte",
    "São Clemente da Serra",
    "Villa Ernestina",
    "Mount Theodora",
    "Bad Ottilienau",
    "Glenmavis",
    "Kirkoswald",
    "Lake Marisol",
    "Port Cordelia",
    "Saint-Gildas-sur-Mer",
    "Mount Ignatius",
    "Ellensbrook",
    "Fort Leopoldine",
)
# Streets named without a house number.
STREETS_BARE: tuple[str, ...] = (
    "Corvell Street",
    "Brightmoor Parade",
    "Tollcross Parade",
    "Wexley Broadway",
    "Lindell Promenade",
    "Calle Mayor de Santa Eulalia",
    "Rue Saint-Anselme",
    "Quayside Lane",
    "Marchmont Row",
    "Harcourt Terrace",
    "Via Santa Ottilia",
    "Ostergade",
    "Wilhelmina Quay",
    "Albemarle Parade",
    "Rue Sainte-Philomène",
    "Cornelius Quay",
    "Ferrier Row",
    "Calle San Bartolomé de Arriba",
    "Margarethengürtel",
    "Lady Ottoline Walk",
)
# Titles of books and films that contain given names.
WORKS: tuple[str, ...] = (
    "Letters to Marguerite",
    "Waiting for Oswin",
    "The Summer of Brisenne",
    "Amabel in the Orchard",
    "Theo and the Lighthouse",
    "Dear Philippa",
    "Ode to Cordelia",
    "Benedikt's Winter",
    "Ines at Midnight",
    "A Crown for Leocadia",
    "The Trials of Horatio Fenn",
    "Little Wilhelmina",
    "Finding Ottokar",
    "Aurelio Goes North",
    "The Ghost of Ludmila Grey",
    "Portrait of Anouk",
    "Mister Ambrose Returns",
    "Seraphina Sleeps",
    "The Velasco Sisters",
    "Goodbye, Cornelius",
)
SONGS: tuple[str, ...] = (
    "Come Back, Albertine",
    "Magdalena Blue",
    "Lullaby for Solenne",
    "Josie on the Pier",
    "Goodnight, Clementina",
    "Rosario in the Rain",
    "Henrietta's Dance",
    "Call Me Tobias",
    "Annelise, Don't Go",
    "Waltz for Ottilie",
    "Bernadette's Bicycle",
    "Oh, Leopold",
    "Evangelina (Slow Version)",
    "Dreaming of Rosalba",
)
BANDS: tuple[str, ...] = (
    "The Velvet Thimbles",
    "Harbour Lights Collective",
    "Paper Kestrels",
    "Orchard Static",
    "The Brass Orioles",
)
# Eponymous diseases, laws, tests, constants (invented eponyms).
EPONYMS: tuple[str, ...] = (
    "Brandvold's disease",
    "Tollemache's rule",
    "Vireaux's sign",
    "the Engström-Pauly test",
    "the Quillan constant",
    "the Hesketh scale",
    "the Dunmore index",
    "Lindqvist's bound",
    "the Marchetti-Lund theorem",
    "the Ostrander effect",
    "Pallisard's law",
    "the Kovalenko criterion",
    "Ferreux syndrome",
    "Abernethy's paradox",
    "the Stavrou lemma",
    "Ingleby's palsy",
    "the Mirandola algorithm",
    "Haverkamp filtering",
    "the Rasmussen-Oyelaran limit",
    "Pomeroy's reflex",
)
DISHES: tuple[str, ...] = (
    "Chicken Marvella",
    "Tarte Bérengère",
    "Veal Castellane",
    "Eggs Rosalind",
    "Sole Evangeline",
    "Pasta alla Nonna Ines",
    "Pollo Doña Trini",
    "Bolo Dona Zefa",
    "Potatoes Ambrosine",
    "Pudding Lady Harriet",
    "Salade Madame Odile",
    "Prawns Leopoldo",
    "Tournedos Albertine",
    "Risotto Don Ciccio",
    "Chicken Adelaide Rose",
    "Torta della Zia Pina",
    "Lamb Sir Edmund",
    "Crêpes Mère Jeanne",
    "Bacalhau à Tia Amélia",
    "Brownies Aunt Mabel",
)
HOLIDAYS: tuple[str, ...] = (
    "St. Wendelin's Day",
    "Saint Brannock's Fair",
    "Notburga Day",
    "Sainte-Odile feast",
    "Feast of St. Gummarus",
    "St. Ansgar's Eve",
    "Santa Eduviges Day",
    "St. Corentin's Fair",
    "Founders' Day",
    "St. Eligius Day",
    "Saint Vitalis Fair",
    "Feast of Santa Rufina",
    "St. Amandus kermis",
    "St. Leonhard's ride",
    "Saint Fiacre's Day",
    "St. Swithold's Eve",
)
# User names made of words (no @: look-alikes hold none).
USERNAMES: tuple[str, ...] = (
    "quietharbor92",
    "tealkettle",
    "moss_and_flint",
    "lanternfish_07",
    "grumpybadger",
    "pixelorchard",
    "nightjar_relay",
    "fennelseed",
    "copperkettle88",
    "saltmarsh_radio",
    "velvetmoth",
    "ninepinbowl",
    "drizzlecast",
    "paperlantern_3",
    "owlbear_dm",
    "kelpforest_5",
    "rustybucket_ops",
    "sleepy_otter99",
    "tinfoilhat_42",
    "marbleduck",
)
# Products of two capitalised words.
PRODUCTS: tuple[str, ...] = (
    "Halden Ridge",
    "Nova Tern",
    "Copper Lantern",
    "Oberon Flex",
    "Juniper Air",
    "Vesper Mini",
    "Atlas Morrow",
    "Castor Duo",
    "Arden Pro",
    "Lyra Max",
    "Orion Slate",
    "Bramble Go",
    "Corvus Edge",
    "Tamsin Lite",
    "Perrin Fold",
    "Elias One",
    "Marlo Air",
)
# Phrases with the English-word given names used as words.
COLOR_WORDS: tuple[str, ...] = (
    "sage green",
    "ruby red",
    "coral pink",
    "honey gold",
    "dusty blue",
    "fern green",
    "daisy white",
    "summer sky",
)
WORD_PHRASES: tuple[str, ...] = (
    "sage green kitchen cabinets",
    "ruby red grapefruit juice",
    "coral reef safe sunscreen",
    "honey garlic chicken thighs",
    "dusty miller plant care",
    "fern care indoors",
    "daisy chain usb hub",
    "first aid kit checklist",
    "summer solstice sunrise time",
    "sunny side up eggs",
    "chance of rain tomorrow",
    "glen coe walks",
    "honey bee hotel",
    "ruby wedding anniversary gifts",
    "sage butter sauce",
    "fern gully walk",
    "daisy print dress",
    "dusty rose bridesmaid dresses",
    "summer fruit pudding",
    "kit car insurance",
)


def lookalike_entries() -> list[str]:
    return [
        *BRANDS,
        *FIRMS,
        *PLACES,
        *STREETS_BARE,
        *WORKS,
        *SONGS,
        *BANDS,
        *EPONYMS,
        *DISHES,
        *HOLIDAYS,
        *USERNAMES,
        *PRODUCTS,
    ]
