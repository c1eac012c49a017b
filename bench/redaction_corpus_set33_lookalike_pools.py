# ruff: noqa: RUF001, E501
"""Set 33's name-like look-alike pools (brands, firms, places, works, dishes, storms, bots...).

Flat tuples of 24 entries: even positions serve the tuning half, odd positions the held-out
half (12 a half). The people inside them are invented (or long dead and famous, for real
eponyms, laws, diseases, saints and awards) and share no word with the person pools.
"""

from __future__ import annotations

# fmt: off
# Brands named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Evander Quillfeather fountain pens", "Honoria Balfour-Kettle marmalade",
    "Leopold Ashcombe rain jackets", "Philippa Mortlake teas", "Caspian Wetherell razors",
    "Domenica Ferrante olive oil", "Rupert Gallowglass boots", "Isadora Penrose candles",
    "Thaddeus Brightwater kayaks", "Wilhelmine Oberhauser muesli", "Cornelius Abernethy biscuits",
    "Anastasia Velasco hair oil", "Fitzgerald Crumb bakeware", "Perpetua Lindqvist knitwear",
    "Barnabas Holloway amplifiers", "Genoveva Ruiz-Tagle sandals", "Montague Sparrowhawk cameras",
    "Clotilde Auberon cheeses", "Ignatius Wolfenden umbrellas", "Octavia Fairweather lipstick",
    "Lysander Coldharbour cider", "Marisol Echevarne swimwear", "Alphonse Drummond-Wick watches",
    "Temperance Hale soaps",
)
# Firms named after two people, law firms, notaries, "& Sons", "& Daughters".
FIRMS2: tuple[str, ...] = (
    "Wexley & Adjei", "Carrow Finch-Hatton LLP", "Moberly & Daughters", "Ostrander Kaluza",
    "Pennington, Roux & Abara", "Quartermaine & Sato", "Lindell Quaresma Advogados",
    "Harcourt & Sons Glaziers", "Vellacott & Duarte Abogados", "Straughan Mbeki Partners",
    "Fairclough & Iwu", "Tennant Okoro LLP", "Blakiston & Ferreira", "Rawcliffe Nowak",
    "Gisborne & Sons Ironmongers", "Dunmore, Pike & Achterberg", "Ellery Notaires Associés",
    "Sowerby & Castellano", "Kingsmill & Daughters Tailors", "Alderton Rechtsanwälte",
    "Thursby & Mwangi", "Whitcombe & Abiola", "Crossthwaite Avvocati", "Lanyon & Sons Butchers",
)
# Firms and shops of two capitalised words.
FIRMS: tuple[str, ...] = (
    "Kettlebell Removals", "Tidewater Dental", "Marzipan Cakes", "Foxhole Printing",
    "Lanternfish Studio", "Copperkettle Cafe", "Silvermoss Landscaping", "Pebbledash Builders",
    "Moonrake Brewing", "Ironweed Couriers", "Seaglass Opticians", "Turnstile Ticketing",
    "Bluebottle Pest Control", "Hayloft Interiors", "Riverstone Physio", "Gingerbread Nursery",
    "Cinderpath Running", "Wavecrest Surf School", "Quillwork Stationers", "Brackenfield Vets",
    "Stonechat Locksmiths", "Weatherboard Joinery", "Sundial Tutors", "Larchwood Saunas",
)
# Places named after people: towns, lakes, mountains, bays, parks, stations.
PLACES: tuple[str, ...] = (
    "Port Araminta", "Lake Hildebrand", "Mount Cavendish-Rowe", "Saint-Aurélien-des-Prés",
    "Villa Eulalia", "Fort Algernon", "Puerto Ximena", "Glen Barnaby", "San Teodosio del Monte",
    "Cape Wilhelmina", "Bahía Escolástica", "Mount Ebenezer Station", "Santa Filomena do Norte",
    "Lake Tiberius", "Point Horatio", "Queen Adelheid Park", "Ciudad Ambrosio", "Sankt Gisela",
    "Isla Doña Ermelinda", "Prince Lothar Sound", "Villa Teodolinda", "Mount Peregrine",
    "Marina Santa Aurelia", "Lady Ottoline Gardens",
)
# Streets named after people, without a house number.
STREETS_NN: tuple[str, ...] = (
    "Rua Coronel Epaminondas", "Calle Doctor Fleming", "Via Giuseppe Zanardelli",
    "rue du Général Leclerc", "Avenida Presidente Wenceslau", "ulitsa Akademika Pavlova",
    "Jalan Tun Perak", "Đường Nguyễn Đình Chiểu", "Calle Sor Ángela de la Cruz",
    "Boulevard Raspail", "Odos Eleftheriou Venizelou", "Rua Padre Chagas",
    "Avenida Ingeniero Huergo", "Viale Regina Margherita", "Strada Mihai Eminescu",
    "Sokak Ressam Şeref Akdik", "Calle Maestro Guerrero", "Kong Christians Allé",
    "Rue Saint-Dominique", "Via Duca degli Abruzzi", "Jalan Sultan Ismail",
    "Avenida Almirante Reis", "Calle Pintor Sorolla", "Plac Marii Konopnickiej",
)
# Titles of works (books, films, songs, paintings) with names in them.
TITLES: tuple[str, ...] = (
    "The Ballad of Corliss Vane", "Letters to Ismene", "Waiting for Ambrosine",
    "The Last Summer of Gideon Hart", "Portrait of Madame Delaunoy", "Rosalind in Winter",
    "The Tallyman's Daughter", "Cleopatra's Barber", "Dear Fenwick", "Ode to Lucasta",
    "The Trial of Mercy Ainsworth", "Hannibal's Elephants", "A Wedding for Tobiah",
    "The Secret Life of Aunt Philomela", "Orlando's Garden", "Becoming Eudora",
    "Silas and the Lighthouse", "The Lamentation of Sigismund", "Hortense at Midnight",
    "Return of the Marquis", "Goodnight, Ottilie", "The Invention of Crispin",
    "Songs for Ezekiel", "Bartleby's Ladder",
)
# Eponyms, laws, effects, diseases and syndromes named after people (real).
EPONYMS: tuple[str, ...] = (
    "Godwin's law", "Parkinson's disease", "Brandolini's law", "Benford's law",
    "Bright's disease", "Gresham's law", "Reye's syndrome", "Amdahl's law", "Crohn's disease",
    "the Doppler effect", "Asperger syndrome", "Hick's law", "Raynaud's phenomenon",
    "Sturgeon's law", "Hashimoto's thyroiditis", "the Mandela effect", "Huntington's disease",
    "Metcalfe's law", "Alzheimer's disease", "Fitts's law", "Addison's disease", "Moore's law",
    "Kleiber's law", "Conway's law",
)
# Dishes named after (invented or long-dead) people.
DISHES: tuple[str, ...] = (
    "Pasta alla Zia Concetta", "Bife à Dona Amélia", "Tarte Tatin de Mémé Odile",
    "Pollo Don Eusebio", "Bacalhau à Tio Albano", "Risotto del Conte Ugolino", "Frango à Dona Benta",
    "Gâteau Tante Honorine", "Tarta de la Tía Encarna", "Sopa de la Abuela Remedios", "Kofta Hanım Efendi",
    "Nasi Goreng Pak Harjo", "Pastizz tan-Nanna Ġuża", "Köfte Ayşe Teyze", "Sarma Baba Vesna",
    "Gulai Mak Esah", "Torta della Nonna Pina", "Salade Niçoise de Tante Berthe",
    "Khachapuri Bebia Nino", "Empanadas Doña Petrona", "Pastel de Tia Zulmira", "Madeleines de Commercy",
    "Pancit Lola Ising", "Pudim da Vó Cotinha",
)
# Saints' days, feasts and festivals named after people.
DAYS: tuple[str, ...] = (
    "Saint Lucy's Day", "São Pedro festival", "Saint Olaf's Day", "Sant Joan revetlla", "Saint Leodegar's Day",
    "San Antón blessing", "Saint Andrew's Day", "Festa de São Gonçalo", "Saint Martin's Day",
    "Día de San Isidro", "Saint Columba's Day", "Nossa Senhora Aparecida",
    "Saint Hubert's Day", "Saint Vitus' Day", "Saint Florian's procession", "Sankt Knut",
    "Saint Piran's Day", "Santo Niño fiesta", "Saint Ambrose fair", "San Giuseppe",
    "Saint Casimir's fair", "Saint Walpurga's Night", "Saint Rupert's Day", "Saint Agatha's Day",
)
# Handles and user names that are not persons.
USERS: tuple[str, ...] = (
    "night_owl_77", "turbo.pickle", "quietstorm", "dr.octopus99", "lemonade_bandit",
    "captain.crumpet", "moss_and_ferns", "byte.wrangler", "pixelgoblin", "saltyparsnip",
    "tea.and.thunder", "rustbucket42", "cloud.chaser", "mango_tango", "fuzzy.logic",
    "nocturne_io", "paperplane88", "kiwi.kaboom", "glitter.grump", "spacecadet.v2",
    "wobbly.tripod", "clumsy_cartographer", "jellybean.jr", "orbit.weaver",
)
# Team, service and code names used in owner/assignee keys.
TEAMS: tuple[str, ...] = (
    "team-checkout", "Nyx", "svc-ledger", "Kairos", "Ops-Nightwatch", "Hestia",
    "payments-platform", "Vulcan-ops", "infra-bluebird", "Selene", "growth-rocket", "Prometheus",
    "Data-Lakehouse", "Thalassa", "mobile-core", "Odin", "sre-pagerpals", "Freya", "search-rankers",
    "Loki", "identity-guild", "Eos", "Fraud-Shield", "Morpheus",
)
# Ships, storms, hurricanes, typhoons and racehorses.
VESSELS: tuple[str, ...] = (
    "Storm Brunhilde", "the MV Aurelian Star", "Hurricane Eudoxia", "Typhoon Kalmaegi",
    "the filly Duchess Marmalade", "Storm Ottokar", "the schooner Lady Gwendolyn",
    "Cyclone Ermengarde", "Hurricane Philomena", "the colt Sir Percival's Folly",
    "the trawler Mariella Jane", "Storm Wolfram", "Typhoon Bavi", "the ferry Santa Rosalía",
    "Hurricane Leopoldine", "the gelding Captain Wainwright", "Storm Isolde",
    "the tug Big Bertha", "Cyclone Fabiola", "the yacht Contessa Valeria", "Typhoon Haishen",
    "the mare Lady Alcina", "Storm Radegund", "the barque Endymion",
)
# Products with given names.
PRODUCTS: tuple[str, ...] = (
    "the Clementine blender", "the Cosima juicer", "the Beatrix stroller", "the Barnaby baby monitor", "the Otto lamp",
    "the Matilda e-bike", "the Rupert desk", "the Greta speaker", "the Bruno toaster",
    "the Winifred sofa", "the Jasper router", "the Lola kettle", "the Felix vacuum",
    "the Penelope backpack", "the Hugo thermostat", "the Edna sewing machine",
    "the Archie air fryer", "the Ingrid chair", "the Ferdinand grill", "the Dolores drone",
    "the Quentin keyboard", "the Agatha bookshelf", "the Horace doorbell", "the Mabel mattress",
)
# Pets.
PETS: tuple[str, ...] = (
    "Mister Whiskerton", "Mister Pancetta", "Captain Fluffbeard", "Lentil", "Lady Purrington",
    "Pickles", "Baron von Woof", "Waffles", "Princess Snugglepaws", "Chutney", "Sergeant Sprinkles",
    "Haggis", "Duchess Fuzzybottom", "Pretzel", "Admiral Barksalot", "Kumquat",
    "Count Snoozula", "Nugget", "Professor Paws", "Crouton", "Sir Wigglesworth", "Samosa",
    "Madame Meowington", "Brioche",
)
# Voice assistants and chat bots with given names.
BOTS: tuple[str, ...] = (
    "Tilly the tenancy bot", "Kuki", "Aida the booking bot", "Mycroft", "Nina the billing assistant",
    "Tessa bot", "Celia (virtual agent)", "Botley", "Ava from support", "Watson", "Olivia-bot",
    "Sammy the FAQ bot", "Ruby the returns bot", "Copilot", "Vera (AI assistant)", "Rosie the roster bot",
    "Maya the concierge bot", "Alfred the butler bot", "Iris assistant", "Stevie the bot",
    "Zoe (chat helper)", "Dottie the dispatch bot", "Lucy the parcel bot", "Hal",
)
# Fictional characters.
CHARACTERS: tuple[str, ...] = (
    "Lisbeth Salander", "Hercule Poirot", "Elizabeth Bennet", "Atticus Finch", "Moomintroll",
    "Sancho Panza", "Jay Gatsby", "Miss Marple", "Tintin", "Bertha Mason", "Captain Nemo",
    "Anne Shirley", "Bilbo Baggins", "Scarlett O'Hara", "Becky Thatcher", "Mrs Doubtfire",
    "Holden Caulfield", "Emma Bovary", "Basil Hallward", "Heathcliff", "the Artful Dodger",
    "Nancy Drew", "Frodo Baggins", "Ebenezer Scrooge",
)
# Awards, prizes and lectures named after people.
AWARDS: tuple[str, ...] = (
    "the Lasker Award", "the Booker Prize", "the Pulitzer Prize", "the Fields Medal",
    "the Turing Award", "the Reith Lectures", "the Abel Prize", "the Hugo Award",
    "the Carnegie Medal", "the Gifford Lectures", "the Wolf Prize", "the Stirling Prize",
    "the Kyoto Prize", "the Darwin Medal", "the Pritzker Prize", "the Templeton Prize",
    "the Crafoord Prize", "the Copley Medal", "the Holberg Prize", "the Grammy Awards",
    "the Dirac Medal", "the Kavli Prize", "the Holberg lecture", "the Faraday Lecture",
)
# fmt: on
