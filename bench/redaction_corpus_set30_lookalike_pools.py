"""Set 30's name-like look-alike pools (brands, firms, places, titles, dishes, prizes...).

Flat tuples of 24 entries or more: even positions serve the tuning half, odd positions the
held-out half (at least 12 a half).
"""

from __future__ import annotations

# fmt: off
# Brands named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Ambrose Tillinghast fountain pens", "Delphine Marchetti sandals",
    "Horatio Blenkinsop marmalade", "Cordelia Fane lipsticks", "Rupert Oddingley saddles",
    "Violetta Sarrazin gloves", "Lysander Coombe kayaks", "Philippa Greatorex planners",
    "Evander Holloway hammocks", "Marguerite Fenn tea towels", "Caspian Wolde sunglasses",
    "Beatrix Sandover notebooks", "Florian Ambry espresso machines", "Augustin Lemaire crayons",
    "Honoria Crabbe candles", "Leopold Varga kitchen knives", "Imogen Thackray shampoo",
    "Benedikt Sauer mustard", "Serafina Colm tiles", "Desmond Achterberg bicycles",
    "Wilfred Abernathy shoe polish", "Theodora Vance raincoats", "Cosmo Pettifer scooters",
    "Ingrid Solvang skis", "Maximilian Rook chess sets", "Octavian Blythe cufflinks",
)
# Firms named after two or three people.
FIRMS2: tuple[str, ...] = (
    "Ashdown & Pryce", "Kilbride Mensah LLP", "Thorne, Abara & Lisle", "Fairweather & Gault",
    "Okorie Lindholm Partners", "Bexley & Strand", "Castlemaine Oduya Solicitors",
    "Harrow & Quist", "Penrose Achebe LLP", "Ruskin & Tull", "Vantongeren & Hale",
    "Merriweather Obi & Co", "Standish & Crowe", "Lindqvist Adjei Architects",
    "Pemberley & Knox", "Galloway, Mbatha & Rhind", "Foxley & Bramwell",
    "Ashworth Nakamura LLP", "Dalgleish & Pope", "Hargreaves Oduro", "Wetherby & Kaur",
    "Quinlan Ferreira Partners", "Sutcliffe & Vyas", "Blackwood Kowalski Surveyors",
)
# Firms and products of two capitalised words.
FIRMS: tuple[str, ...] = (
    "Harbourlight Dental", "Stonebridge Couriers", "Mapleleaf Accounting", "Ironbark Joinery",
    "Seabright Opticians", "Tallowfield Dairy", "Goldcrest Removals", "Northgate Tyres",
    "Brightwater Pools", "Hollowmere Kennels", "Ravenstone Glazing", "Cobalt Ridge Software",
    "Fernhill Nurseries", "Wildmoor Brewing", "Pinecrest Pharmacy", "Highfold Scaffolding",
    "Shorecliff Surf", "Amberlight Studios", "Thornbury Printworks", "Cloudberry Bakehouse",
    "Westwind Kites", "Blackthorn Locksmiths", "Sunmill Solar", "Deepwell Drilling",
)
# Places that hold or look like a given name.
PLACES: tuple[str, ...] = (
    "Port Millicent", "Lake Evadne", "Mount Ermentrude", "Santa Eduvigis",
    "San Leoncio del Monte", "Saint-Gildas-des-Prés", "Fort Benedicta", "Cape Hyacinth",
    "Glen Araminta", "Villa Clorinda", "Bad Hedwigsruh", "Point Lavinia", "Kirk Aethelred",
    "Isla Eulogia", "Lake Ottilda", "Port Ignatius", "Mount Dorothea", "San Primitivo",
    "Sainte-Radegonde-sur-Mer", "Fort Casimir", "Cape Rosalie", "Glen Augusta",
    "Villa Benigna", "Mount Seraphina",
)
# Streets written without a house number.
STREETS_NN: tuple[str, ...] = (
    "Chandlery Yard", "Quill Street", "rue des Tonneliers Blancs", "Tinsmith Alley",
    "Via dei Cordai Nuovi", "Seilerbahnweg", "Calle de los Esparteros Viejos", "Mercer's Close",
    "Lantern Hill Road", "Quincebush Lane", "Saltpan Row", "Avenida dos Pescadores Antigos",
    "Weavers Causeway", "Boulevard des Vanniers", "Kettle Brae", "Cooper's Wharf",
    "Ropemakers Walk", "Vicolo dei Tintori", "Glasbläsergasse", "Calle del Almirez",
    "Hatters Mews", "Carrer dels Sabaters Vells", "Pottery Steps", "Sluiswachtersstraat",
)
# Books, films, plays and songs whose titles hold a name.
TITLES: tuple[str, ...] = (
    "Winter with Clementina", "The Trials of Bartholomew Finch", "Goodnight, Esmeralda",
    "Mrs Pennyfeather Regrets", "Becoming Anselm", "The Last Letter to Imelda",
    "Augustus at Sea", "Cordelia Sings", "A Room for Barnaby", "The Gospel of Hector Vale",
    "Rosalba's Garden", "Where Leonie Went", "Ivo and the Ferryman", "Dear Mr Tolliver",
    "Hildegard's Kitchen", "The Ballad of Jonas Wren", "Matilda in the Rain",
    "Laughing at Lucius", "The Many Wives of Osbert", "Sophronia Returns", "Eulalie, Eulalie",
    "Portrait of Casimir Lund", "The Year of Philomena", "Uncle Ptolemy's Boat",
)
# Eponyms: syndromes, laws, units, theorems, effects, manoeuvres.
EPONYMS: tuple[str, ...] = (
    "Kettering's reflex", "the Halloran-Voss equation", "Brightwell's law",
    "the Castellan index", "Mendelsohn's fold", "the Pryor-Adeyinka effect",
    "Thistlewood's sign", "the Ferrante limit", "Gallimore's syndrome", "the Rasmussen bound",
    "Ostrander's paradox", "the Lindgren unit", "Whitcombe's constant", "the Abernethy test",
    "Dufresne's theorem", "the Marchbanks criterion", "Sollers' disease", "the Quintero ratio",
    "Hallgarten's rule", "the Bellingham manoeuvre", "Achterberg's lemma",
    "the Novak-Imrie method", "Coldwell's fracture", "the Tennant-Ruiz scale",
)
# Dishes, drinks and cakes named after people (real and invented).
DISHES: tuple[str, ...] = (
    "Chicken Isabeau", "Pears Ermengarde", "Veal Prince Orlov", "Crêpes Amalie",
    "Lobster Theodoric", "Sole Berenice", "Tournedos Valmont", "Bananas Hollister",
    "Apple Griselda", "Quentin pudding", "Eggs Hortense", "Pork Chop Bartholomew",
    "Risotto alla Gilda", "Trout Amandine", "Pasta alla Rosina", "Oysters Whitlock",
    "Lamb Philippe",
    "Tarte Solange", "the Admiral Hensley punch", "Gnocchi alla Zita", "Cake Adelheid",
    "Salmon Evangelina", "Beef Esterházy", "Soup Dubarry",
)
# Days, fairs, feasts and festivals.
DAYS: tuple[str, ...] = (
    "St. Aldegund's Day", "Saint Waltheof's Eve", "Founder Cuthbertson Day",
    "St. Frideswide's Fair", "the Festa di Santa Restituta", "Día de San Ramiro",
    "Sankt Koloman Markt", "St. Ethelburga's Feast", "Queen Maud Week", "St. Botolph's Fair",
    "Saint Hilda's Regatta", "Sainte-Odile Kermesse", "St. Swithun's Day", "Oswinmas",
    "St. Tudwal's Day", "St. Lucy's Night", "Saint Osyth's Night", "Founder Hetherington Night",
    "St. Piran's Day", "Saint Nicholas Eve", "St. Ives Regatta", "Lammas Fair",
    "St. Brigid's Eve", "St. Cyneburga's Fair",
)
# User names and handles made of words.
USERS: tuple[str, ...] = (
    "crumpet_wizard", "moss.and.mortar", "lazy_otter_12", "pickle.parade", "sockpuppet_99",
    "the_tin_kettle", "drizzle.duck", "biscuit_goblin", "noodle-lantern", "spoon.theory.7",
    "rainy_attic", "fig_and_thistle", "quiet.magpie", "gravel_grinder_3", "pocket-moon",
    "soggy.waffle", "teapot_turbine", "mossy.boots", "velcro_viking", "snail_mail_42",
    "kiln.and.kettle", "marmalade.skies", "paper_crane_88", "wobbly.bench",
)
# Team and queue names that sit in person-like keys (assignee=, owner=, reviewer:).
TEAMS: tuple[str, ...] = (
    "Falcon-Squad", "Orbit", "Ember", "Lighthouse", "Quartz", "Nimbus", "Bastion", "Harbor-Ops",
    "Meridian", "Sentinel", "Atlas-Core", "Pulse", "Keystone", "Vanguard", "Beacon", "Granite",
    "Summit", "Tundra", "Monsoon", "Zephyr", "Relay", "Anvil", "Prism", "Foundry",
)
# Prizes, halls, lectures, ships and trophies named after people.
AWARDS: tuple[str, ...] = (
    "the Everard Prize", "the Ashcombe Medal", "Tillotson Hall", "the Kavanagh Fellowship",
    "the MV Agnetha Rose", "the Brabazon Lecture", "the Greenhalgh Cup", "Pemberton Library",
    "the Fitzwilliam Trophy", "the Osgood Bursary", "Marchetti Pavilion", "the Halvard Cup",
    "the RV Solveig Marie", "the Drummond Chair", "Lindgren Auditorium",
    "the Oakes Memorial Run", "the Castellano Grant", "the Hartigan Shield",
    "the Beatrice Alder Wing", "the Morland Award", "the Ainsworth Plate",
    "the Thackeray Oration", "the Venables Stakes", "the Lucinda Marsh Scholarship",
)
# fmt: on
