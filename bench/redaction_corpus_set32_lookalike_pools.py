"""Set 32's name-like look-alike pools (brands, firms, places, titles, dishes, ships, pets...).

Flat tuples of 24 entries: even positions serve the tuning half, odd positions the held-out
half (12 a half). The people inside them are invented (or long dead and famous, for a few real
eponyms and dishes) and share no word with the person pools.
"""

from __future__ import annotations

# fmt: off
# Brands named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Leontyne Fairbrass kettles", "Oswin Tregarthen saddles", "Marguerite Ollivant inks",
    "Bartholomew Quaintance cider", "Florentyna Haskell tights", "Augustin Beaulieu-Rame clocks",
    "Rosamund Vetch linen", "Ptolemy Harcastle telescopes", "Cressida Wolstenholme gin",
    "Ambrose Penhallow tiles", "Ludovica Serracapriola chocolate", "Wilhelmina Stoat socks",
    "Erasmus Kettleby mustard", "Benedikta Oberfrank lederhosen", "Octavian Muirhead kilts",
    "Persephone Daintree perfume", "Cosimo Lanfranchi vermouth", "Hermione Bracegirdle pens",
    "Barnaby Whitlock skates", "Lucinda Trevanion sandals", "Maximilian Goldhagen harmonicas",
    "Clementina Ruspoli soap", "Godfrey Arkwright-Bell bicycles", "Seraphina Voss sunglasses",
)
# Firms named after people: two-person firms, law firms, "& Sons", "& Daughters", notaries.
FIRMS2: tuple[str, ...] = (
    "Brocklehurst & Ndiaye", "Fennimore Vasquez LLP", "Ashdown & Daughters", "Kilbride Tavernier",
    "Hollingworth, Bax & Oduya", "Merriweather & Castellanos", "Pendergast Lowry Notaris",
    "Ruddock & Sons Joinery", "Gilchrist & Moreau Avocats", "Tamblyn Ferreira Advogados",
    "Oakeshott & Mensah", "Winterbourne Achebe LLP", "Halloran & Petrakis", "Stavely Kaminski",
    "Cuthbertson & Ibe", "Langridge, Obi & Frost", "Thistlewood Notarissen", "Morcambe & Salas",
    "Dalrymple & Sons Butchers", "Prowse Nakashima Rechtsanwälte", "Everard & Oyelaran",
    "Bickerstaff & Hume", "Trelawny Mwangi Partners", "Faversham & Daughters Florists",
)
# Firms and products of two capitalised words.
FIRMS: tuple[str, ...] = (
    "Mudlark Couriers", "Halfmoon Joinery", "Thornbury Kitchens", "Glasswing Analytics",
    "Bellwether Lettings", "Cobblestone Dental", "Peatmoss Gardens", "Quicksilver Scaffolding",
    "Driftwood Opticians", "Lighthouse Tutors", "Saltbox Bakery", "Wildfern Veterinary",
    "Ironbridge Freight", "Cloudberry Games", "Goldcrest Roofing", "Harebell Florists",
    "Millrace Plumbing", "Stormglass Media", "Tanglewood Nursery", "Coppergate Security",
    "Silverbirch Clinic", "Northwind Removals", "Flintlock Print", "Bluewater Pharmacy",
)
# Places named after people.
PLACES: tuple[str, ...] = (
    "Port Ellersby", "Lake Wendolyn", "Mount Hesketh", "Saint-Aubert-des-Prés", "Fort Caldwell",
    "Villa Ramírez del Monte", "Cape Ottoway", "San Bartolo Tlaxihuicalco", "Glen Isobel",
    "Point Warrender", "Santa Eufemia de Arriba", "Lake Theodora", "Bad Leopoldsruh",
    "Mount Aurelian", "Port Gwendraeth", "Sankt Wendelin am See", "Hallam Springs",
    "Isla Mercedes", "Kasteel Reinoudsburg", "Fort Bellingham", "Cerro Doña Inés",
    "Lake Ottilie", "Puerto Eusebio", "Sainte-Hortense",
)
# Streets named after people, without a house number, in many languages.
STREETS_NN: tuple[str, ...] = (
    "Avenida Doctor Arcadio Benítez", "Laan van Jonkvrouw Aleida",
    "ulica Profesora Kazimierza Gródka",
    "Rue du Général Fromentin", "Calle Maestro Eladio Parra", "Thanon Phraya Sunthon",
    "Boulevard Moulay Idriss", "Hoofdstraat Burgemeester Wittop", "Jalan Datuk Keramat Ismail",
    "Carrera Capitán Ospina", "Sankt Olafs gate", "Rehov Yehuda Halevi", "Sir Lowry Road",
    "Via Contessa Matilde", "Ulitsa Generala Obrucheva", "Avenida Almirante Grau",
    "Kong Haakons vej", "Calle Poeta Villalón", "Drottning Kristinas väg",
    "Rue Docteur Schweitzer", "Professor Tulpplein", "Prins Hendrikkade", "Ruta Presbítero Lillo",
    "Kuningatar Elisabetin katu",
)
# Titles of works with names in them.
TITLES: tuple[str, ...] = (
    "The Ballad of Ezekiel Crane", "Waiting for Marisol", "Letters to Ambrosine",
    "The Last Voyage of Captain Orrin", "Adelheid and the Wolves", "Becoming Octavia",
    "The Trial of Lucius Morrow", "Songs for Philippa", "Prosper Goes West",
    "The Secret Diary of Wendeline", "Eulalie at Midnight", "The Widow Fairweather",
    "Cornelius and the Comet", "Dear Aurelie", "The Many Lives of Thaddeus Quill",
    "Honoria's Garden", "Ignatius in Winter", "The Gospel According to Dorcas",
    "Sebastiano's Kitchen", "Cassius Rides Again", "Mirabel and the Moth", "Finding Leopold",
    "The Confessions of Barnabas Sloe", "Clementine's War",
)
# Eponyms: laws, effects, diseases, units, theorems named after people.
EPONYMS: tuple[str, ...] = (
    "Hofstadter's law", "the Stroop effect", "Bernoulli's principle", "the Capgras delusion",
    "the Dunning-Kruger effect", "Fermat's last theorem", "the Coriolis force",
    "Wernicke's area", "the Mpemba effect", "Occam's razor", "Murphy's law",
    "the Doppler shift", "Ohm's law", "Asperger's", "the Peltier effect", "Zipf's law",
    "Avogadro's number", "the Baader-Meinhof phenomenon", "Goodhart's law", "the Zeigarnik effect",
    "Heimlich manoeuvre", "the Kuiper belt", "Planck's constant", "Cantor's diagonal",
)
# Dishes with names in them.
DISHES: tuple[str, ...] = (
    "Pollo alla Signora Bettina",
    "Tarta de la Abuela Remedios",
    "Huevos Doña Pilar",
    "Gâteau Madame Hortense",
    "Zuppa del Conte Ugolino",
    "Pastel Tía Conchita",
    "Poulet Père Anselme",
    "Kartoffeln nach Tante Gerlinde",
    "Biryani Begum Noorjahan",
    "Risotto Nonna Assunta",
    "Taart van Oma Grietje",
    "Pierogi Babci Zofii",
    "Gulasch Onkel Ferdl",
    "Bolo Dona Benta",
    "Salade Monsieur Gaspard",
    "Curry Uncle Rajan",
    "Flan de la Tía Amparo",
    "Stew à la Jacquemart",
    "Kuchen Frau Holle",
    "Empanadas Don Evaristo",
    "Tortilla Abuelo Faustino",
    "Pasta alla Zia Carmela",
    "Pudding Lady Wemyss",
    "Soup Grand-mère Odette",
)
# Days, fairs and festivals named after people.
DAYS: tuple[str, ...] = (
    "Saint Odilia's fair",
    "Saint Leodegar's Day",
    "Saint Hubertus Mass",
    "Saint Notburga's Day",
    "Saint Dwynwen's Day",
    "Sankthansaften",
    "Saint Lucia's Day",
    "Saint Casimir's Fair",
    "Saint Jordi's Day",
    "Saint Ursula's Night",
    "Saint Martin's fair",
    "Saint Anthony's fair",
    "Saint Walpurga's Eve",
    "Saint Florian's Day",
    "Saint Eligius Fair",
    "Saint Mungo's Day",
    "Saint Olaf's Wake",
    "Saint Kilian's Fair",
    "Saint Blaise's Day",
    "Saint Gall's market",
    "Robert Burns Night",
    "Saint Gertrude's Day",
    "Saint Servatius Fair",
    "Saint Cuthbert's Day",
)
# Handles and user names (no @, no address).
USERS: tuple[str, ...] = (
    "pixel.otter", "quietfjord", "ramen_baron", "nightowl_44", "tofu.wizard", "lemonsqueezy",
    "crumbly_scone", "kayak.kat", "dustbunny", "vinyl.ghost", "mossy_rock", "bytequeen",
    "sleepy.walrus", "chai_latte99", "glitterbug", "polar.pixel", "oddsock", "lofi.llama",
    "cactus_jack7", "thundermug", "snacktivist", "ferris.wheel", "paperkite", "gravy.train",
)
# Team and service names used in owner/assignee keys: compounds, English words, given names.
TEAMS: tuple[str, ...] = (
    "Payments-Core", "Cassiopeia", "Edge-Infra", "Phoenix", "Search-Relevance", "Andromeda-Ops",
    "Kernel-Crew", "Triton", "Fraud-L2", "Calypso", "Data-Plat", "Hermes", "Mobile-Guild", "Zeus",
    "Growth-Squad", "Athena", "Billing-Night", "Calliope", "SRE-Tokyo", "Mercury", "Ledger-Ops",
    "Artemis", "Identity-Team", "Serenity",
)
# Ships, storms, typhoons and racehorses.
VESSELS: tuple[str, ...] = (
    "the MV Glenrosa", "Storm Wilhelmina", "Typhoon Bualoi", "Cyclone Idalia", "the Queen Aurelia",
    "Hurricane Beryl", "the SS Ottoline", "Storm Caoimhe", "the mare Lady Marmalade",
    "Typhoon Mawar", "the tug Brave Henrietta", "Storm Babet", "the RV Tangaroa",
    "Cyclone Gabrielle", "the filly Dancing Brave", "Storm Ciarán", "the yacht Annabella",
    "Typhoon Haikui", "the ferry Prinses Amalia", "Storm Ingunn", "the gelding Sir Percival",
    "Cyclone Freddy", "the trawler Margaretha", "Storm Agnes",
)
# Products with given names.
PRODUCTS: tuple[str, ...] = (
    "the Boris bread slicer", "Tamagotchi", "the Moulinex Clementine blender", "Bixby Vision",
    "the Rosie robot vacuum", "Walter the smart kettle", "the Eleanor e-reader",
    "the Gus garden sensor", "Polly the parrot toy", "Mabel the baby monitor",
    "the Otto thermostat", "Furby", "the Harvey desk lamp", "Betty the bread maker",
    "the Dottie doorbell", "Nigel the lawnbot", "the Cleo air fryer", "Stanley the tape measure",
    "the Winnie wifi extender", "Hugo the hoover", "the Iris camera", "Percy the pool robot",
    "the Rufus router", "Ada the plant pot",
)
# Pets.
PETS: tuple[str, ...] = (
    "Halloumi",
    "Macaron",
    "Churro",
    "Brioche",
    "Kimchi",
    "Sriracha",
    "Wasabi",
    "Falafel",
    "Paprika",
    "Profiterole",
    "Edamame",
    "Quesadilla",
    "Mr Whiskerton",
    "Sir Fluffington",
    "Captain Snuggles",
    "Sergeant Paws",
    "Miss Purrington",
    "Professor Wiggles",
    "Lady Fluffbottom",
    "Baron Von Wag",
    "Chorizo",
    "Meatball",
    "Marmite",
    "Dumpling",
)
# Voice assistants and bots with given names.
BOTS: tuple[str, ...] = (
    "Clova", "Siri", "Greta the parcel bot", "Lotte the IVR", "Erica (the bank bot)", "Tay",
    "Jibo", "Eliza", "Nadia the HR bot", "Jonas the deploy bot", "Sophia the robot", "Ask Jeeves",
    "Mitsuku", "Clara the chatbot",
    "Bender bot", "Marvin the CI bot", "Rosie from billing (a bot)", "Jarvis", "Dependabot",
    "Renovate", "Hubot", "Otto the deploy bot", "Sage the tax bot", "Winston the welcome bot",
)
# fmt: on
