# ruff: noqa: E501, RUF001
"""Set 35's name-like look-alike pools (no entry is PII), the ordinary ones of a consumer product:
stores and restaurants named after people, products and celebrity lines with given names,
places named after people, streets named after people (without a number, as directions),
sports teams, songs, films and books with names, characters and mascots, AI assistants and
bots, pets, dishes and drinks named after people, lower-case ordinary words that are also
names, and chat handles.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools. Most entries are real (stores,
brands, places, streets, teams, songs, characters, assistants, dishes); the pets, phrases and
handles are invented, and the handles were checked against the texts of sets 13-34.
"""

from __future__ import annotations

FIRMS: tuple[str, ...] = (
    "Trader Joe's", "Macy's", "Kohl's", "Dillard's", "Wendy's", "Arby's", "Denny's", "Chili's",
    "Applebee's", "Culver's", "Jimmy John's", "Papa John's", "Dick's Sporting Goods", "Carl's Jr.",
    "Hardee's", "Marshalls", "Nordstrom", "Walgreens", "Lowe's", "Sam's Club", "Ollie's Bargain Outlet",
    "Casey's", "Raising Cane's", "Zaxby's", "Wegmans", "Sainsbury's", "Nando's", "McDonald's",
)  # fmt: skip

BRANDS: tuple[str, ...] = (
    "George Foreman grill", "Martha Stewart towel set", "Tommy Hilfiger polo", "Calvin Klein boxers",
    "Ralph Lauren oxford shirt", "Kate Spade tote", "Michael Kors watch", "Tory Burch flats",
    "Marc Jacobs perfume", "Hugo Boss cologne", "Ted Baker wallet", "Betty Crocker cake mix",
    "Ben & Jerry's pint", "Dr Pepper 12 pack", "Air Jordan 1 Mid", "Stanley Quencher 40 oz",
    "Paula's Choice exfoliant", "Rachael Ray cookware set", "Wolfgang Puck blender",
    "Jack Daniel's glasses", "Victoria's Secret mist", "Jimmy Choo heels", "Tom Ford lipstick",
    "Uncle Bud's hemp lotion", "Aunt Fannie's cleaner", "Mrs. Meyer's hand soap",
)  # fmt: skip

PLACES: tuple[str, ...] = (
    "Lincoln Park", "Carnegie Hall", "Rockefeller Center", "Griffith Park", "Hoover Dam",
    "Mount Rushmore", "Ellis Island", "Lake Louise", "Reagan National", "Fort Lauderdale",
    "Port Elizabeth", "Queen Elizabeth Olympic Park", "Raffles Place", "Nelson's Column",
    "JFK Terminal 4", "O'Hare Terminal 2", "San Francisco Bay", "Santa Monica Pier", "St. Pancras",
    "Mount Vernon", "Marie Curie ward", "Hotel Lutetia", "Salvador Dalí Museum", "Gandhi Maidan",
)  # fmt: skip

STREETS_NN: tuple[str, ...] = (
    "MLK Jr Blvd", "Cesar Chavez Ave", "Dan Ryan Expressway", "Lake Shore Drive", "Rodeo Drive",
    "Benjamin Franklin Parkway", "Avenida Presidente Vargas", "Boulevard Haussmann", "Avenue Foch",
    "Karl-Marx-Allee", "Corso Vittorio Emanuele II", "Avenida Rio Branco", "Rizal Avenue", "Ayala Avenue",
    "Herbert Macaulay Way", "Atatürk Bulvarı", "Barbaros Bulvarı", "Nelson Mandela Drive",
    "Mahatma Gandhi Road", "Calle Serrano", "Lombard Street", "Bourbon Street", "Avenida Benito Juárez",
    "Friedrichstraße", "Jean Jaurès", "Rua Augusta",
)  # fmt: skip

TEAMS: tuple[str, ...] = (
    "Boston Celtics", "Dallas Cowboys", "Chicago Bulls", "LA Galaxy", "Toronto Maple Leafs",
    "Manchester United", "Real Madrid", "Flamengo", "Chivas", "Galatasaray", "Mumbai Indians",
    "Kaizer Chiefs", "Houston Astros", "San Antonio Spurs", "New Orleans Saints", "Seattle Mariners",
    "Denver Nuggets", "Orlando Magic", "Utah Jazz", "Green Bay Packers", "Inter Miami", "Fenerbahçe",
    "Corinthians", "Rajasthan Royals",
)  # fmt: skip

WORKS: tuple[str, ...] = (
    "Billie Jean", "Layla", "Roxanne", "Hey Jude", "Sweet Caroline", "Valerie", "Eleanor Rigby",
    "Forrest Gump", "Harry Potter", "Matilda", "Jane Eyre", "Annie Hall", "Erin Brockovich",
    "Napoleon Dynamite", "Amélie", "Frida", "Oppenheimer", "Barbie", "Ted Lasso", "Anne of Green Gables",
    "Rocky", "Carrie", "Juno", "Coraline", "Jolene", "Bohemian Rhapsody",
)  # fmt: skip

CHARACTERS: tuple[str, ...] = (
    "Mario", "Luigi", "Sonic", "Elsa", "Moana", "Shrek", "Homer Simpson", "Mickey Mouse",
    "Peppa Pig", "Bluey", "Pikachu", "Winnie the Pooh", "Buzz Lightyear", "Woody", "Hermione",
    "Sherlock", "Wednesday Addams", "Spider-Man", "Lara Croft", "Master Chief", "Kirby", "Zelda",
    "Ronald McDonald", "Colonel Sanders",
)  # fmt: skip

BOTS: tuple[str, ...] = (
    "Alexa", "Siri", "Cortana", "Bixby", "Copilot", "Gemini", "ChatGPT", "Claude", "Erica",
    "Eno", "Watson", "Jarvis", "HAL 9000", "Clippy", "Xiaoice", "Alice from Yandex", "Ada",
    "Amelia", "Olivia the recruiting bot", "Sephora Virtual Artist", "Einstein bot", "Ask Jeeves",
    "Tay", "Replika",
)  # fmt: skip

PETS: tuple[str, ...] = (
    "our beagle Biscuit", "Mochi the cat", "Pepper (the pup)", "Bandit", "Ziggy the hamster",
    "Coco", "Oreo", "Peanut", "Gizmo", "Bean", "Taco the chihuahua", "Ducky", "Miss Kitty",
    "Nugget the corgi", "Waffles the pug", "Sir Barksalot", "Captain Purrkins", "Pickles the parrot",
    "Noodle the dachshund", "Meatball the bulldog", "Pretzel the sausage dog", "Muffin the bunny",
    "Sprinkles the guinea pig", "Tater Tot the kitten", "Bagel the beagle",
)  # fmt: skip

DISHES: tuple[str, ...] = (
    "eggs benedict", "caesar salad", "beef wellington", "margherita pizza", "pavlova",
    "peach melba", "chicken tetrazzini", "oysters rockefeller", "crêpes suzette", "earl grey tea",
    "granny smith apples", "Bloody Mary", "Tom Collins", "Shirley Temple", "Arnold Palmer",
    "sloppy joe", "nachos", "baby ruth bar", "fettuccine alfredo", "salisbury steak",
    "chateaubriand", "carpaccio", "bellini", "graham crackers",
)  # fmt: skip

# Lower-case ordinary words that are also names, in ordinary phrases.
WORDS: tuple[str, ...] = (
    "will ship monday", "mark as delivered", "bill me later option", "sky blue variant",
    "olive oil spray", "ivy league hoodie", "sage green colorway", "april showers sale",
    "frank feedback pls", "summer sale banner", "august restock", "may arrive late",
    "max qty reached", "joy-con drift", "amber alert test", "ginger ale 12pk", "penny pincher deal",
    "crystal clear case", "bounty hunter helmet", "june 2026 batch", "sandy floor mat",
    "faith in the courier", "pat on the back", "rose gold bezel", "chase bank app",
    "dawn delivery slot", "hope it ships", "hunter green strap", "will call pickup",
)  # fmt: skip

USERS: tuple[str, ...] = (
    "quietkettle42", "mossbyte", "nightowl_ops", "tangerine.tide", "pixel_dune7", "frostfern",
    "latte_rider", "cobaltcanoe", "snackattack_99", "velvetgarage", "riverstone.dev", "lowtide_lou",
    "bytesized_ana", "cactus.jam", "ember_vault", "noodle_ninja22", "plainpaper", "orbit_otter",
    "grayscale_kid", "mint_condition7", "rustybanjo", "sundial.io", "hushpuppy_21", "zigzag_owl",
)  # fmt: skip
