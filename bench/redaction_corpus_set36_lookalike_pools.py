# ruff: noqa: E501
"""Set 36's name-like look-alike pools (no entry is PII), those of consumer services:
restaurants and chains named after people, hotels named after people, airports and stations
named after people, vehicles and devices named after people, places named after people,
streets named after people (without a number, as directions), doctors' specialties and
conditions named after people, films, series and songs on streaming services, characters,
AI assistants and bank bots, dishes and drinks named after people, lower-case ordinary words
that are also names, and user handles.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools, and no entry holds another. All
entries are real but the handles, which were checked against the texts of sets 13-35.
"""

from __future__ import annotations

FIRMS: tuple[str, ...] = (
    "Nando's", "Domino's", "Popeyes", "Raising Cane's", "Dave's Hot Chicken", "Zaxby's",
    "Tim Hortons", "Papa Murphy's", "Ruth's Chris", "Maggiano's", "P.F. Chang's", "Bob Evans",
    "Marie Callender's", "Jollibee", "Church's Chicken", "Jack in the Box", "Long John Silver's",
    "Casey's", "Auntie Anne's", "Hooters", "Famous Dave's", "Sbarro", "Wingstop", "Wahlburgers",
    "Nathan's Famous", "Dunkin'",
)  # fmt: skip

HOTELS: tuple[str, ...] = (
    "Ritz-Carlton", "Hilton Garden Inn", "Waldorf Astoria", "Courtyard by Marriott", "Hyatt Regency",
    "Conrad", "Sheraton", "Wyndham", "Radisson Blu", "Claridge's", "Raffles", "The Oberoi",
    "The Langham", "Kimpton", "Hotel Adlon", "Hotel Sacher", "The Savoy", "Fairmont",
    "Hampton Inn", "Taj Mahal Palace", "Mandarin Oriental", "Shangri-La", "Le Méridien",
    "Loews",
)  # fmt: skip

AIRPORTS: tuple[str, ...] = (
    "JFK", "Charles de Gaulle", "O'Hare", "Indira Gandhi International", "Ninoy Aquino",
    "Murtala Muhammed", "Jomo Kenyatta", "Ben Gurion", "Logan Airport", "Reagan National",
    "Leonardo da Vinci", "Marco Polo", "John Lennon Airport", "Pierre Elliott Trudeau",
    "Kempegowda", "Rajiv Gandhi Airport", "Sabiha Gökçen", "Atatürk Airport", "Benito Juárez",
    "George Bush Intercontinental", "Hartsfield-Jackson", "Václav Havel", "Frédéric Chopin",
    "Kingsford Smith", "Gare Saint-Lazare", "Chhatrapati Shivaji Terminus",
)  # fmt: skip

BRANDS: tuple[str, ...] = (
    "Toyota Prius", "Tesla Model Y", "Honda Civic", "Maruti Suzuki Dzire", "Mercedes E-Class",
    "Ford Transit", "Peugeot 308", "Citroën C4", "Porsche Taycan", "Ferrari", "Dyson V15",
    "Bosch dishwasher", "Miele washer", "Philips Hue", "Dell XPS", "Kellogg's", "Heinz",
    "Cadbury", "Hershey's", "Michelin tyres", "Renault Clio", "Lamborghini", "Chanel No. 5",
    "Goodyear",
)  # fmt: skip

PLACES: tuple[str, ...] = (
    "Washington Square", "Lincoln Center", "Kennedy Space Center", "Madison Square Garden",
    "Rockefeller Center", "Trafalgar Square", "Jackson Hole", "Georgetown", "Alexandria",
    "Vancouver", "São Paulo", "St. Petersburg", "Johannesburg", "San Francisco", "Houston",
    "Columbus Circle", "Bolívar Square", "Plaza Garibaldi", "Nelson's Column", "Hudson Yards",
    "Marina Bay", "Victoria Harbour", "Lake Louise", "Mount Kosciuszko",
)  # fmt: skip

STREETS_NN: tuple[str, ...] = (
    "Martin Luther King Jr Way", "César Chávez Boulevard", "Avenida Paulista", "Champs-Élysées",
    "Nehru Road", "Avenue Foch", "Via Garibaldi", "Rue Lafayette", "Avenida Juárez",
    "Kurfürstendamm", "Calle de Goya", "Rizal Avenue", "Istiklal Caddesi", "Herbert Macaulay Way",
    "Ahmadu Bello Way", "Sheikh Zayed Road", "Mahatma Gandhi Road", "Bolsover Street",
    "Lygon Street", "Yonge Street", "Dupont Circle", "Avenida Corrientes", "Karl-Marx-Allee",
    "Ocean Drive",
)  # fmt: skip

SPECIALTIES: tuple[str, ...] = (
    "Parkinson's", "Alzheimer's", "Crohn's", "Hashimoto's", "Lyme disease", "Tourette syndrome",
    "Achilles tendon", "Pap smear", "Bell's palsy", "Graves' disease", "Addison's disease",
    "Cushing's", "Raynaud's", "Huntington's", "Hodgkin lymphoma", "Asperger's", "Heimlich",
    "Apgar score", "Kegel exercises", "Down syndrome clinic", "Guillain-Barré", "Sjögren's",
    "Baker's cyst", "Osgood-Schlatter", "cardiology", "dermatology", "ENT", "physio",
)  # fmt: skip

WORKS: tuple[str, ...] = (
    "Ted Lasso", "Emily in Paris", "Grey's Anatomy", "Bridgerton", "Gilmore Girls",
    "Better Call Saul", "Anne with an E", "Lupin", "Reacher", "Fleabag", "Frasier", "Seinfeld",
    "Columbo", "Hannah Montana", "Forrest Gump", "Jerry Maguire", "Erin Brockovich", "Amélie",
    "Jolene", "Roxanne", "Hey Jude", "Billie Jean", "Mr. Brightside", "Delilah", "Rosanna",
    "Mandy",
)  # fmt: skip

CHARACTERS: tuple[str, ...] = (
    "Shrek", "Elsa", "Moana", "Peppa Pig", "Bluey", "Homer Simpson", "SpongeBob", "Mickey Mouse",
    "Winnie the Pooh", "Paddington", "Harry Potter", "Hermione", "Sherlock", "Wednesday Addams",
    "Dora", "Barbie", "Luigi", "Pikachu", "Sonic", "Tony Stark", "Walter White", "Rachel Green",
    "Daenerys", "Gandalf",
)  # fmt: skip

BOTS: tuple[str, ...] = (
    "Alexa", "Siri", "Cortana", "Bixby", "Gemini", "Copilot", "ChatGPT", "Erica", "Eno", "Tobi",
    "Julie", "Aura", "Jenn", "Meta AI", "My AI", "Grok", "Perplexity", "Google Assistant",
    "Galaxy AI", "Rufus", "Ceba", "Amy", "Aida", "Clippy",
)  # fmt: skip

DISHES: tuple[str, ...] = (
    "Margherita", "Caesar salad", "Eggs Benedict", "Beef Wellington", "Pavlova", "Peach Melba",
    "Carpaccio", "Stroganoff", "Bellini", "Reuben", "Shirley Temple", "Earl Grey",
    "Waldorf salad", "Oysters Rockefeller", "Chicken Tetrazzini", "Bananas Foster",
    "Crêpes Suzette", "Fettuccine Alfredo", "Cobb salad", "Granny Smith", "Bloody Mary",
    "Tom Collins", "Arnold Palmer", "Nachos",
)  # fmt: skip

# Lower-case ordinary words that are also names, in ordinary phrases.
WORDS: tuple[str, ...] = (
    "will call", "mark as read", "pay the bill", "grace period", "rose gold", "in june",
    "may apply", "max speed", "chase the refund", "not a penny", "pound sterling",
    "house hunter", "to be frank", "at dawn", "pure joy", "clear sky", "amber light",
    "ginger beer", "olive oil", "ivy league", "sage green", "early april", "summer sale",
    "august rush", "hope so", "pat down", "sandy beach", "ray of light", "crystal clear",
    "jack up the fare",
)  # fmt: skip

USERS: tuple[str, ...] = (
    "saltandvinegar_42", "mopedlife", "tired_commuter88", "latenight_biryani", "skylinewalker",
    "couchpotato.hq", "two_sugars_pls", "gatehopper", "midnight_ramen7", "noisycricket",
    "pothole_patrol", "spicy.dosa.fan", "carryon_only", "window_seat_4ever", "plantmum_22",
    "overdraft_ops", "parcel_goblin", "chai_at_5", "rentwars", "moodyfridge", "byte_sized_budget",
    "quietcarriage", "dumpling.diaries", "redeye_flyer", "fixit_daily", "lofi_landlord",
)  # fmt: skip
