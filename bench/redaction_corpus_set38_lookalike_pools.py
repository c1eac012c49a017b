# ruff: noqa: E501
"""Set 38's name-like look-alike pools (no entry is PII), those of peer-to-peer platforms and
communities: sports teams and clubs, venues and grounds named after people or places, bands
named like people, brands named after people, pets' names, usernames and handles, places
named like people, capitalised sentence openers that are also names, and lower-case ordinary
phrases holding a word that is also a name.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools, and no entry holds another. The
teams, venues, bands, brands and places are real; the handles, openers and phrases were checked
against the texts of sets 13-37 (the pets' names are ordinary words and occur there). No entry holds an ``@``: look-alike
texts hold none.
"""

from __future__ import annotations

TEAMS: tuple[str, ...] = (
    "Boca Juniors", "Galatasaray", "Harlequins", "Saracens", "Celtic", "Wolves", "Ajax",
    "Juventus", "Flamengo", "Kaizer Chiefs", "Mamelodi Sundowns", "Enyimba", "Gor Mahia",
    "Al Ahly", "Blue Jays", "Maple Leafs", "Red Sox", "Lakers", "Dynamo Kyiv", "Inter Miami",
    "Northside Nomads", "Riverside Rovers", "Sunday Strikers", "the Hornets", "Sporting CP",
    "Club América",
)  # fmt: skip

VENUES: tuple[str, ...] = (
    "Wembley", "Old Trafford", "Anfield", "Wrigley Field", "Fenway Park", "Lord's", "Maracanã",
    "Camp Nou", "Ryman Auditorium", "Hollywood Bowl", "Murrayfield", "Croke Park",
    "Eden Gardens", "Estadio Azteca", "Soccer City", "Moses Mabhida Stadium", "Kasarani",
    "Lambeau Field", "Royal Albert Hall", "Alexandra Palace", "the Barbican",
    "Madison Square Garden", "Bernabéu", "Stamford Bridge",
)  # fmt: skip

BANDS: tuple[str, ...] = (
    "Franz Ferdinand", "Jethro Tull", "Pink Floyd", "Steely Dan", "Lynyrd Skynyrd",
    "Belle and Sebastian", "Mumford & Sons", "Florence + the Machine", "Dexys Midnight Runners",
    "Hootie & the Blowfish", "Alice in Chains", "Toto", "The Smiths", "Simply Red",
    "Def Leppard", "Earth, Wind & Fire", "Tears for Fears", "Sister Sledge", "Kings of Leon",
    "Arctic Monkeys", "Fleetwood Mac", "Hall & Oates", "Boney M.", "Van Halen",
)  # fmt: skip

BRANDS: tuple[str, ...] = (
    "Ben & Jerry's", "Tim Hortons", "Wendy's", "Dr. Martens", "Levi's", "Harley-Davidson",
    "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Sara Lee", "Betty Crocker",
    "Jack Daniel's", "Johnnie Walker", "Ferrari", "Lamborghini", "Dyson", "Le Creuset",
    "Stokke", "Bugaboo", "Maclaren", "Brompton", "Raleigh", "Nespresso",
)  # fmt: skip

PETS: tuple[str, ...] = (
    "Biscuit", "Pickles", "Waffles", "Pudding", "Noodle", "Mochi", "Pepper", "Sprocket",
    "Muffin", "Nugget", "Pretzel", "Truffle", "Snickers", "Marmalade", "Crumpet", "Tofu",
    "Dumpling", "Peanut", "Sausage", "Fudge", "Bagel", "Custard", "Gizmo", "Wasabi", "Churro",
    "Meatball",
)  # fmt: skip

HANDLES: tuple[str, ...] = (
    "crypt1c_owl", "gr4vel_queen", "moss_goblin", "bytewitch", "tofu_tactician", "pixelbrine",
    "sadcactus99", "fr0gmancer", "dusk_raccoon", "quietkestrel", "hexbolt", "lagspike_",
    "velvetsnail", "boba_overlord", "mildly_feral", "sp00kyteapot", "wobbleknee", "gremlinmode",
    "saltyporpoise", "kettle_hum", "thriftgoblin", "teacup_yeti", "crumbwizard", "lantern_moth",
    "fuzzbucket", "gl1tterhawk",
)  # fmt: skip

PLACES: tuple[str, ...] = (
    "St. Helena", "Port Elizabeth", "Victoria Station", "Lake Louise", "Mount Kenya",
    "Charlotte", "Santa Monica", "Florence", "Alexandria", "Adelaide", "Georgetown",
    "Jamestown", "Williamsburg", "Queen Anne", "Maryland", "Virginia Water", "Marylebone",
    "St Albans", "San Diego", "Fort William", "Port Louis", "St. Kilda", "Prince Rupert",
    "Mount Isa", "Saint-Denis", "Lake Victoria",
)  # fmt: skip

OPENERS: tuple[str, ...] = (
    "Sunny spell forecast", "Rich pickings at the car boot", "Rusty but works", "Dawn start tomorrow",
    "Patience wearing thin, folks", "Joy of joys", "Hope it's still up for grabs", "Faith in neighbours restored",
    "Will bring folding chairs", "Bill split four ways", "Grace period on the deposit ends Friday",
    "Mercy rule applied", "Autumn league kicks off soon", "Summer fixtures are out",
    "Miles too far for me", "Sterling effort lads", "Ivy all over the fence",
    "Rocky road brownies sold out", "Honey from the allotment", "Cash only please",
    "Chip in for the leaving gift", "Sandy pitch again", "Frank opinion incoming",
    "Drew again away", "Hunter green sofa gone", "Precious little parking",
)  # fmt: skip

WORDS: tuple[str, ...] = (
    "rich tea biscuits", "a sunny spot", "jack up the car", "penny for the guy", "carol singers",
    "a rusty chain", "woody stems", "sandy soil", "a frank chat", "an earnest plea",
    "rose bushes", "daisy chain", "misty morning", "bobby on patrol", "sterling work on the pitch",
    "holly hedge", "ivy-clad wall", "grace before meals", "a hazel stick", "the dawn chorus",
    "a pearl-button cardigan", "a ruby ring", "amber warning for wind", "olive-green wellies", "candy-striped awning",
    "mark my words",
)  # fmt: skip
