"""Set 31's name-like look-alike pools (brands, firms, places, titles, dishes, ships...).

Flat tuples of 24 entries or more: even positions serve the tuning half, odd positions the
held-out half (at least 12 a half). The people inside them are invented (or long dead and
famous, for a few real eponyms and dishes) and share no word with the person pools.
"""

from __future__ import annotations

# fmt: off
# Brands named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Perpetua Quarrington soaps", "Anselm Dworkowitz pianos", "Ottilie Brambury yarns",
    "Casimiro Ventresca olive oil", "Henrietta Pollexfen hats", "Barnabas Tillotson ales",
    "Clothilde Arbogast perfumes", "Ignatius Pembleton umbrellas", "Rosalind Featherstonhaugh teas",
    "Fitzgerald Ormskirk boots", "Euphemia Caldicott biscuits", "Thaddeus Wrenfield watches",
    "Leocadia Mirandola ceramics", "Benedetto Scarpazza espresso", "Winifred Oglethorpe jams",
    "Aurelio Castelbuono gelato", "Mehitabel Stroud candles", "Evaristo Pellegrinetti bicycles",
    "Philomena Cradock rugs", "Cornelius Vanderbilt-Hume guitars", "Zenobia Marchbanks scarves",
    "Hieronymus Blaxland globes", "Gwendolen Ashcombe prams", "Leopoldo Tramontin knives",
    "Serafino Bellavista pasta", "Isadora Pinkerton-Vale lamps",
)
# Firms named after people: two-person firms, law firms, "& Sons", "& Daughters".
FIRMS2: tuple[str, ...] = (
    "Okafor & Sons", "Pettigrew Lomax LLP", "Adeyemi-Crane & Daughters", "Harcourt & Mbeki",
    "Quennell, Ashby & Rowe", "Nakagawa Prideaux Solicitors", "Threlfall & Osei", "Bramhall Mutua",
    "Carrow & Ekwueme Associates", "Wainwright Ferrante LLP", "Tresilian & Abiodun",
    "Fothergill, Lam & Keane", "Stanhope & Achterberg", "Mallory Nyambura Partners",
    "Ravensworth & Co", "Dunstable Okoro Notaries", "Hathersage & Boateng-Price",
    "Peverell Lindqvist", "Kettering & Sons Funeral Directors", "Cholmondeley Adebayo & Hart",
    "Ormerod & Tan Advocates", "Blakiston Wanjiru LLP", "Sowerby & Kwan", "Iredale, Moss & Fane",
)
# Firms and products of two capitalised words.
FIRMS: tuple[str, ...] = (
    "Saltmarsh Logistics", "Copperbeech Dental", "Lanternfish Games", "Quarrybank Plumbing",
    "Tidepool Optics", "Gorsehill Vets", "Riverglass Media", "Whitebeam Roofing",
    "Ironweed Labs", "Marshlight Energy", "Foxhollow Kennels", "Skylark Removals",
    "Duneside Surf", "Brackwater Freight", "Larkrise Bakery", "Hazelnut Tutors",
    "Redkite Security", "Stonechat Print", "Graniteview Clinic", "Seagrass Interiors",
    "Bluefin Couriers", "Oakmoss Candles", "Ashgrove Pharmacy", "Mistletoe Events",
)
# Places named after people.
PLACES: tuple[str, ...] = (
    "Port Hildegarde", "Lake Philippa", "Mount Ebenezer", "Cape Leontyna", "Saint-Aubert-des-Bois",
    "Fort Wilhelmina", "San Ildefonso de la Vega", "Point Theodosia", "Glen Agatha",
    "Santa Escolástica del Monte", "Isla Cipriana", "Lake Bartholomew", "Mount Evangelos",
    "Villa Gesell-Norte", "Vila Benedita", "Cape Anselma", "Sankt Ottokar", "Fort Augustavia",
    "Bahía Leocadia", "Mount Cuthbert", "Lake Ermengarde", "Saint-Fiacre-sur-Loue",
    "Port Aurelian", "Glen Drusilla",
)
# Streets named after people, written without a house number.
STREETS_NN: tuple[str, ...] = (
    "Rua Doutor Ernesto Valadão", "Jalan Tun Razif", "Calle Doña Perfecta Olaguíbel",
    "Bulevardul Octavian Goga-Nou", "ulitsa Akademika Zherbina", "Odos Alexandrou Pappadaki",
    "Avenida Presidente Teodulino", "Leopold-Thienemann-Straße", "Rue du Docteur Anselme Vray",
    "Via Bonifacio Cavazzuti", "Cadde Hüsrev Gerede", "Phố Bà Triệu Mới",
    "Jalan Haji Sulaiman Kedah", "Rua Comendador Alípio", "Calle General Epifanio Ruelas",
    "Strada Dumitru Zamfiroiu", "prospekt Akademika Lavrentyevskogo", "Avenue Léontine-Bréhat",
    "Via Evaristo Ghirlandina", "Praça Marechal Deodato", "Odos Konstantinou Palaiologou-Neou",
    "Sokak Refik Başaran", "Calle Sor Juana Ibáñez-Roa", "Jalan Datuk Kerama",
)
# Titles of works with given names in them.
TITLES: tuple[str, ...] = (
    "Letters to Wilhelmina", "The Ballad of Ottokar Penn", "Ignatia in Winter",
    "Waiting for Evander", "The Last Days of Cosimo Brandt", "Hortensia Sings",
    "A Bride for Barnaby Quell", "The Secret Diary of Aldous Merriwether", "Goodbye, Leontyne",
    "Mrs Fothergill Regrets", "Perpetua and the Lighthouse", "The Trial of Absalom Vey",
    "Rosmarie, Rosmarie", "Dear Cuthbert", "The Gospel According to Eulalia",
    "Everybody Loves Fenwick", "Ambrosia Jones and the Silver Key", "Dorothea Rising",
    "The Wives of Ezekiel Tarn", "Clemency Unbound", "Saint Aurelian's Daughter",
    "Bartholomew Goes North", "Philippa's War", "The Man Who Knew Ignatius",
)
# Eponyms: laws, effects, diseases, tests, manoeuvres (some real, most invented).
EPONYMS: tuple[str, ...] = (
    "Parkinson's law", "the Hargreave-Ndlovu test", "Quarrington's syndrome",
    "the Dworkin manoeuvre", "Brambury's constant", "the Pellicer effect", "Tillotson's paradox",
    "the Okonedo-Lamb criterion", "Ashcombe's sign", "the Featherby reflex",
    "Mirandola's theorem", "the Kettleburn scale", "Pollexfen's rule", "the Arbogast index",
    "Caldicott principles", "the Wrenfield correction", "Vanterpool's disease",
    "the Scarpazza limit", "Oglethorpe's razor", "the Marchbanks protocol",
    "Stroud's fallacy", "the Blaxland-Ruiz lemma", "Cradock's palsy", "the Pinkerton bound",
)
# Dishes and drinks named after people.
DISHES: tuple[str, ...] = (
    "Chicken Valdemara", "Pasta Ottilia", "Eggs Hildegarde", "Sole Ermelinde", "Tarta Leocadia",
    "Bolo Benedita", "Steak Dumaresq", "Cocktail Evangelina", "Crêpes Léocadie",
    "Pudim Dona Querubina", "Risotto alla Beatrice Strozzini", "Pavlova Kettering",
    "Shrimp Tullamore", "Soup Perpetua", "Torta Cosimina", "Pie Barnabas",
    "Lamb Ermengarde", "Cake Ottoline", "Trout Melisande", "Bánh Bà Tư Mập",
    "Salad Theodosia", "Fizz Anselma", "Punch Cuthbert", "Tart Philippa",
)
# Days, fairs and festivals named after (invented) saints and people.
DAYS: tuple[str, ...] = (
    "St. Ottokar's Day", "Hildegardsmesse", "Feast of Saint Cipriana", "Ebenezer Night",
    "St. Aurelian's Fair", "Dia de São Deodato", "Barnabymas", "Leontine Week",
    "Feast of St. Cuthwin", "Wilhelmina Day", "Theodosia Festival", "St. Fiacre's Market",
    "Agathamas", "Dia de Santa Querubina", "Evander Eve", "St. Absalom's Fair",
    "Ignatia Night", "Cosimo Carnival", "Philippamas", "St. Ermengarde's Day",
    "Drusilla Games", "Anselma Week", "St. Bartholomew's Fair", "Feast of Saint Eulalia",
)
# Handles made of words (no person name inside).
USERS: tuple[str, ...] = (
    "pickled_onion_22", "moth.lamp", "quietkettle", "grumpy_teapot", "saltwater.socks",
    "noodle_baron", "tinfoilhatter", "sleepy.walrus", "cactus_hugger", "rustyspoon99",
    "mango.tango.x", "velcro_ninja", "paperplane_pilot", "soggy.crumpet_77", "loudlibrarian",
    "thunder.muffin", "turnip_king", "spaghetti.yeti", "lostsock_42", "crumbly_cheddar",
    "bubblewrap.fan", "wobbly_jelly", "hedgehog.hugs", "kettlecorn_7",
)
# Team and queue names written where a person could stand.
TEAMS: tuple[str, ...] = (
    "Billing-Ops", "Fraud-Desk", "Tier2-EMEA", "Logistics-APAC", "Returns-Desk", "Onboarding-B2B",
    "KYC-Review", "NetOps", "Payroll-UK", "Infra-Core", "Dispatch-North", "QA-Mobile",
    "Legal-Ops", "Procure-Team", "SRE-Oncall", "Warehouse-3", "Frontdesk-Day", "Risk-Desk",
    "Triage-L1", "Backoffice-VN", "CX-Nights", "Facilities-HQ", "Kitchen-Line", "SecOps",
)
# Ships, storms and racehorses with given names in them.
VESSELS: tuple[str, ...] = (
    "the MV Hortense Maud", "Storm Ottilie", "Lady Perpetua (the mare)", "the SS Cosimo Vale",
    "Typhoon Leocadia", "the trawler Eulalia Grace", "Hurricane Barnabas",
    "Sir Ignatius (the colt)",
    "the ferry Saint Wilhelmina", "Storm Evander", "the tug Absalom Rose", "Cyclone Theodosia",
    "the yacht Philippa Jane", "Storm Cuthbert", "Duke Ambrose (the gelding)",
    "the barge Drusilla May", "Typhoon Aurelian", "the MV Ermengarde", "Storm Anselma",
    "Queen Hildegarde (the filly)", "the schooner Agatha Bell", "Hurricane Fenwick",
    "the dredger Clemency", "Storm Bartholomew",
)
# Products, assistants and robots with given names (the real ones and invented ones).
PRODUCTS: tuple[str, ...] = (
    "Alexa", "Siri", "Cortana", "Bixby", "the Ottilie robot mop", "the Ambrose smart lock",
    "Clippy", "the Hortense baby monitor", "the Barnaby air fryer", "the Leontine e-reader",
    "the Cuthbert lawn robot", "the Perpetua coffee grinder", "the Eulalia doorbell",
    "the Evander drone", "the Absalom kettle", "the Wilhelmina sewing machine",
    "the Theodosia thermostat", "the Aurelian dashcam", "the Philippa hearing aid",
    "the Cosimo pizza oven", "the Drusilla heat pump", "the Ignatius label printer",
    "the Agatha standing desk", "the Fenwick router",
)
# fmt: on
