"""Set 34's name-like look-alike pools (no entry is PII): firms, law firms and bands named after
people, products with given names, places and buildings named after people, streets without a
house number, eponymous laws, theorems and diseases, awards, trophies and lectures, storms,
ships, trains and racehorses, fictional and mythological characters, saints' days and
holidays, songs and films with names in the title, dishes and cocktails named after people,
assistants and bots, pets, team and code names, and chat handles.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools, and none occurs in a text of sets
13-33 (checked once, by a one-off script). Some entries are real (laws, diseases, awards,
storms, characters, holidays, songs, films); the people in invented ones are invented.
"""

from __future__ import annotations

FIRMS: tuple[str, ...] = (
    "Brannock & Quill Solicitors", "Voss Hartigan Advocaten", "Merriden Cole Attorneys",
    "Halvorsen Ruud Advokatfirma", "Kettering & Dace Notaries", "Oyelaran Chambers",
    "Fenwick Oduya Partners", "Pellegrew & Stroud LLP", "Abernethy Lusk Legal", "Ostrander & Vail",
    "Tremayne Kovar Avocats", "Lindqvist Brodd Advokatbyrå", "Castellanos Ibarra Abogados",
    "Whitcombe Nadeau LLP", "the Cletus Fairweather Trio", "Winnifred Oakes Quartet",
    "Mabel Crane Orchestra", "Ottoline Rowe Interiors", "Bartholomew & Finch Opticians",
    "Ignatius & Pell Funeral Directors", "Hollis & Marchetti Glassworks", "Prudence Vane Bakery",
    "Dorrance Sisters Catering", "Ebenezer Stout & Sons Brewers", "Thaddeus Crook Band",
    "Rosamund Tiller Yarns", "Augustin Ferrers Kanzlei", "Lucan & Moy Surveyors",
)  # fmt: skip

BRANDS: tuple[str, ...] = (
    "Agnes kettle", "Mortimer sofa bed", "Tilda trail shoe", "Hector espresso grinder",
    "Ophelia lipstick", "Rufus dog harness", "Beatrix stand mixer", "Cornelius desk lamp",
    "Imogen tote", "Barnaby baby monitor", "Eudora hair dryer", "Lionel rice cooker",
    "Philippa wrap dress", "Ambrose pocket knife", "Henrietta duvet", "Gideon backpack",
    "Clementine juicer", "Horace air purifier", "Mirabel serum", "Leopold chef knife",
    "Edwina planner", "Casper mattress topper", "Octavia yoga mat", "Jasper robot mop",
    "Winona camp stove", "Florian bike light", "Dorothea teapot", "Silas smart plug",
)  # fmt: skip

PLACES: tuple[str, ...] = (
    "Aldous Rennick Hall", "Fort Cassius", "Port Emeline", "St Wendeline's Hospital",
    "Lake Ottoline", "Mount Berenice", "Cape Leopoldine", "the Hortensia Bridge", "Adelbert Tower",
    "Gwendolyn Square", "Archibald Dunmore Library", "Queen Isolde Park", "Cornelia Pier",
    "Villa Benedetta", "Torre Ermenegilda", "Hotel Amalthea Rose", "Clarimond Stadium",
    "Jocasta Market Hall", "Fitzgerald Arcade", "Ignatius Loyola Chapel", "Lady Rowena Gardens",
    "Sir Ewart Lighthouse", "Bishop Anselm School", "Mount Evander", "Port Lysander",
    "Evangeline Falls", "Castle Tancred", "Hermione Bay",
)  # fmt: skip

STREETS_NN: tuple[str, ...] = (
    "Calle Doctor Arriaga", "rue du Professeur Calmette", "Thorvald Meyers gate",
    "Boulevard Mohammed V", "Avenue Habib Bourguiba", "ulica Generała Maczka",
    "Via Giuseppe Verdi", "Szent István körút", "Bulevardul Regina Elisabeta", "Kungsgatan",
    "Avenida Presidente Masaryk", "Calle Obispo Salvador", "Nelson Mandela Boulevard",
    "Vasilissis Sofias Avenue", "Ulitsa Marshala Zhukova", "Avenida Libertador Bernardo O'Higgins",
    "Jirón de la Unión", "Pieter Cornelisz Hooftstraat", "Rehov Dizengoff", "Carrera Séptima",
    "Avenida Ricardo Palma", "Boulevard Zerktouni", "rue de l'Abbé Grégoire", "Triq San Pawl",
    "Avenida General Salgado", "Strada Ion Creangă", "Rue Émile Zola", "Ulica Kneza Miloša",
)  # fmt: skip

EPONYMS: tuple[str, ...] = (
    "Conway's law", "Benford's law", "Fermat's little theorem", "Stokes' theorem",
    "Addison's disease", "Streisand effect", "Mpemba effect", "Lindy effect", "Hick's law",
    "Fitts's law", "Amdahl's law", "Gresham's law", "Metcalfe's law", "Sturgeon's law",
    "Hanlon's razor", "Pareto principle", "Peter principle", "Lenz's law", "Meniere's disease",
    "Kepler's third law", "Betteridge's law", "Wirth's law", "Brooks's law", "Linus's law",
    "Hyrum's law", "Postel's law", "Campbell's law", "Cunningham's law",
)  # fmt: skip

AWARDS: tuple[str, ...] = (
    "Stanley Cup", "Webb Ellis Cup", "Calder Cup", "Vince Lombardi Trophy", "Larry O'Brien Trophy",
    "Abel Prize", "Wolf Prize", "Kyoto Prize", "Gödel Prize", "Knuth Prize", "Caldecott Medal",
    "Newbery Medal", "Bakerian Lecture", "Romanes Lecture", "Massey Lectures", "Davis Cup",
    "Ryder Cup", "Heisman Trophy", "Bledisloe Cup", "Calcutta Cup", "Ranfurly Shield",
    "Sheffield Shield", "Grey Cup", "Lonsdale Belt", "Sakharov Prize", "Rutherford Medal",
    "Nansen Refugee Award", "Lasker Award",
)  # fmt: skip

VESSELS: tuple[str, ...] = (
    "Hurricane Odalys", "Hurricane Lidia", "Typhoon Koinu", "Storm Henk", "Hurricane Tammy",
    "Storm Jocelyn", "Cyclone Belal", "the Flying Scotsman", "RMS Carpathia", "MV Rena",
    "the Indian Pacific", "the Ghan", "Seabiscuit", "Red Rum", "Phar Lap", "Black Caviar", "Arkle",
    "Secretariat", "Kauto Star", "HMS Belfast", "SS Great Britain", "the Royal Scotsman",
    "Queen Elizabeth 2", "Storm Éowyn", "Typhoon Yagi", "Cyclone Chido", "Hurricane Kirk",
    "Storm Darragh",
)  # fmt: skip

CHARACTERS: tuple[str, ...] = (
    "Anansi", "Sun Wukong", "Nasreddin Hodja", "Baba Yaga", "Väinämöinen", "Mami Wata", "Perun",
    "Quetzalcoatl", "Captain Haddock", "Miss Marple", "Inspector Maigret",
    "Commissario Montalbano", "Kalevipoeg", "Ilmarinen", "Hina", "Pachamama", "Gesar", "Rübezahl",
    "Struwwelpeter", "Emil of Lönneberga", "Ronja the Robber's Daughter", "Ivan Tsarevich",
    "Koschei", "Ilya Muromets", "Marko Kraljević", "Nils Holgersson", "Pan Twardowski", "Kuzco",
)  # fmt: skip

DAYS: tuple[str, ...] = (
    "Timkat", "Meskel", "Vesak", "Loy Krathong", "Naadam", "Newroz", "Tsagaan Sar", "Songkran",
    "Bon Om Touk", "Pi Mai", "Matariki", "Inti Raymi", "We Tripantu", "Saint Jadwiga's Day",
    "Olsok", "Saint Knut's Day", "Saint Andrew's Night", "Saint Blaise feast", "Saint Sylvester",
    "Kurban Bayram", "Dashain", "Saint Urho's Day", "Saint Isidore's Day", "Ganesh Chaturthi",
    "Tihar", "Losar", "Gai Jatra", "Ivan Kupala Night",
)  # fmt: skip

TITLES: tuple[str, ...] = (
    "Mrs Robinson", "Bohemian Rhapsody", "Michelle", "Rosanna", "Baby Driver", "Paddington 2",
    "Chocolat", "Amadeus", "The Ballad of Orrin Kett", "Letters to Ysolde", "Goodbye, Mr Thackery",
    "Dancing with Lucinda", "The Summer of Ezekiel Blum", "Rosalie's Last Tango",
    "Finding Augustine", "Call Me Cordelia", "Marguerite at Midnight", "Wendell & the Wolves",
    "Oh, Philomena", "Barnabas Goes West", "The Trials of Esmeralda Vex", "Song for Ignatius Bell",
    "Dear Evangeline", "Hildegard's Garden", "Little Orla", "Waiting for Cosimo",
    "Tobias and the Tide",
)  # fmt: skip

DISHES: tuple[str, ...] = (
    "Kofta Tante Nadia", "Gâteau Madame Rivière", "Chicken à la Reverend Moss",
    "Soup Uncle Casimir", "the Dorian Gale cocktail", "Lady Ashcombe fizz", "Colonel Pym sour",
    "Pastel Doña Remedios", "Stew of Granny Albertine", "Tarte Monsieur Gaspard",
    "Bishop Ulrich punch", "Noodles Auntie Rosalind", "Pie à la Commodore Blythe",
    "Curry Captain Merriweather", "Brother Anselm's ale", "the Countess Valeska martini",
    "Admiral Tremaine grog", "Dumplings Grandpa Evander", "Torte Fräulein Hedwig",
    "Rice Señora Inocencia", "Salad Sir Percival", "the Baroness Ilse spritz",
    "Flan Tía Consolata", "Kebab Amca Nurettin", "Bread Matron Philippa",
    "Sundae Professor Quimby", "the Judge Harcourt highball", "Cake Mother Perpetua",
)  # fmt: skip

BOTS: tuple[str, ...] = (
    "Xiaoice", "Ernie Bot", "Marusia", "Tongyi", "Kimi", "Nabila the billing bot",
    "Ottilie assistant", "Hugo the HR bot", "Ask Margot", "Benedikt the booking bot",
    "Ines from support", "Rosie the rota bot", "Aiko assistant", "Leon the leasing bot",
    "Tobias the tax helper", "Greta the grocery bot", "Malik the meter bot", "Yuki the yield bot",
    "Quincy concierge", "Ada the dispatch bot", "Wanda the wallet bot", "Remy route planner",
    "Iris the claims assistant", "Aurelio the scheduling bot", "Matilde the parking bot",
    "Zeno the returns bot", "Odile the reminder bot",
)  # fmt: skip

PETS: tuple[str, ...] = (
    "Sir Pounce", "Duchess Fluffington", "Gerald the tortoise", "Captain Whiskers",
    "Professor Barkley", "Count Nibbles", "Baroness Purrington", "Sergeant Waddles",
    "Mister Pickles", "Doctor Snuggles", "Admiral Fluff", "Princess Crumpet", "King Wigglebottom",
    "Señor Bigotes", "Madame Croquette", "Lord Fluffbottom", "Auntie Paws", "Uncle Bumble",
    "Sir Hopsalot", "Dame Snoozy", "Colonel Meow", "Bishop Biscuit", "Reverend Purr",
    "Judge Snout", "Little Chairman Mao", "Mayor Wiggles", "Deputy Noodle",
)  # fmt: skip

TEAMS: tuple[str, ...] = (
    "team-quasar", "squad-ptarmigan", "Project Halcyon", "platform-sre", "Operation Nightjar",
    "Project Bluebonnet", "Cormorant", "team-kite", "data-eng-bravo", "Project Alder",
    "svc-billing", "infra-oncall", "Magpie", "Project Meridian", "Corncrake", "team-ledger",
    "fraud-ops", "Project Larkspur", "Project Foxglove", "Bittern", "Project Tamarind",
    "Project Wintergreen", "Shearwater", "Project Sorrel", "team-lantern",
)  # fmt: skip

USERS: tuple[str, ...] = (
    "quietfox_88", "nightjar.ops", "rustbucket77", "byte_wrangler", "moss.and.stone", "pixel_mule",
    "coldbrew.dev", "lanternfish9", "paperkite_", "saltmarsh.io", "tinroof42", "overcast_owl",
    "cobbler.bits", "fernglade", "drydock_99", "loamy.lad", "bluegill.net", "kilnfire",
    "zinc_and_ash", "slowloris.x", "marsh_harrier", "tallow.wick", "quill_n_ink", "gravelpit_7",
    "emberline",
)  # fmt: skip
