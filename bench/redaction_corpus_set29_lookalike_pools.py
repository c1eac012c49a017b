"""Set 29's name-like look-alike pools (brands, firms, places, titles, dishes...), all invented.

Flat tuples: even positions serve the tuning half, odd positions the held-out half.
"""

from __future__ import annotations

# fmt: off
# Brands named after (invented) people, with what they sell.
BRANDS: tuple[str, ...] = (
    "Orla Penhaligrew knitwear", "Casimir Fenwright bikes", "Mireille Daucourt perfume",
    "Tobias Quenneville skates", "Wilhelmina Crake teapots", "Ansel Mowbridge tents",
    "Perpetua Glass candles", "Lucan Dorsey guitars", "Henrietta Vosk boots",
    "Barnaby Quell razors", "Ottilie Marchbank paints", "Fitzroy Haddow watches",
    "Clementine Ruskwell jams", "Ignatius Pole umbrellas",
)
# Firms named after two people.
FIRMS2: tuple[str, ...] = (
    "Halvorsen & Quayle", "Brindle Okafor LLP", "Pettigrew & Vane", "Mortlake Ashby Solicitors",
    "Dunmore, Keane & Rusk", "Oyelowo Brandt Partners", "Szabo & Lindqvist", "Fairbairn Tolliver",
    "Castellane & Moss", "Marwick Obuya LLP", "Grieve & Hapgood", "Delacorte Nwankwo",
    "Ferrabee & Stroud", "Kowalczyk Lyle Architects",
)
# Firms and products of two capitalised words.
FIRMS: tuple[str, ...] = (
    "Copperhill Analytics", "Bluefen Dairy", "Larkspur Freight", "Saltmarsh Bakery",
    "Ironvale Roofing", "Quarry Lane Cider", "Tidewater Optics", "Foxglove Dental",
    "Redbarn Storage", "Silverbirch Lettings", "Kestrel Tyres", "Millrace Coffee",
    "Greywick Plumbing", "Oakhaven Vets",
)
# Places that hold or look like a given name.
PLACES: tuple[str, ...] = (
    "Port Evangeline", "Lake Rosalind", "Mount Arabella", "Saint-Aurélien-des-Bois",
    "San Eulalio", "Cape Wilmetta", "Villa Ermelinda", "Fort Aldhelm", "Santa Waldetrudis",
    "Glen Ysolda", "Bad Reinfriede", "Point Marjorie", "Kirk Oswine", "Isla Escolástica",
)
# Streets written without a house number.
STREETS_NN: tuple[str, ...] = (
    "Pellingham Road", "Harbourgate Street", "rue Vandermolen", "Cobbler's Wynd",
    "Tanyard Row", "Via Sottoripa Vecchia", "Kesselflickerstraße", "Calle del Pregonero",
    "Gullet Lane", "Sloeberry Avenue", "Rope Walk Terrace", "Avenida dos Bandeirantes Velhos",
    "Fiddler's Causeway", "Boulevard des Ardoisiers",
)
# Books, films and songs whose titles hold a given name.
TITLES: tuple[str, ...] = (
    "Postcards to Marguerite", "Waiting for Ansel", "Dear Octavia", "The Ballad of Lorcan Grey",
    "Goodbye, Philippa", "Ophelia at Low Tide", "Running with Barnabas", "Leopold's Last Summer",
    "A House for Winifred", "Call Me Ignatia", "The Second Life of Hubert Vane",
    "Sunday with Clemency", "Rosamund, Rosamund", "Finding Aurelio",
)
# Eponyms: diseases, laws, units, theorems and effects.
EPONYMS: tuple[str, ...] = (
    "Hallström's syndrome", "Pemberton's law", "the Vasquez-Orme theorem", "the Kellerman unit",
    "Tilbury's sign", "the Okonjo-Farr effect", "Margulies' rule", "the Brannock index",
    "Fenstermacher's disease", "the Albescu limit", "Quimby's paradox", "the Strand-Ivers test",
    "Dorrington's constant", "the Matheny scale",
)
# Dishes and drinks named after people.
DISHES: tuple[str, ...] = (
    "Chicken Rosalba", "Pasta alla Gertrude", "Eggs Benedetta", "Pork Chop Ambrose",
    "Tarte Honorée", "Sole Eustacia", "Beef Wellesworth", "Veal Cordelia", "Lamb Hieronymus",
    "Prawns Mirabelle", "the Colonel Pettibone cocktail", "Pudding Edwardine",
    "Salmon Lucinda", "Gnocchi alla Teodora",
)
# Days, fairs and festivals.
DAYS: tuple[str, ...] = (
    "St. Wilfreda's Day", "Ambrosemas", "Founder Ottoline Day", "St. Bertilde's Fair",
    "Saint Ermin's Eve", "Queen Adelinde's Birthday", "Cuthbert Week", "St. Amalric's Feast",
    "the Festa di San Gerlando", "Día de San Teódulo", "Olafsvaka", "Lady Hildreth Day",
    "Mothering Meinrad", "St. Isidora's Market",
)
# User names and handles made of words.
USERS: tuple[str, ...] = (
    "quietmoth42", "lamp_and_kettle", "teacup.gremlin", "rusty_spoon_88", "velvetparsnip",
    "owl.in.a.hat", "borrowed_umbrella", "sleepy-heron-7", "gravy_boat", "mothball.jones",
    "tin_drum_9", "paperlantern_77", "wonky_table", "soup.dragon",
)
# Team and queue names that sit in person-like keys (assignee=, approved_by=, owner=).
TEAMS: tuple[str, ...] = (
    "Platform", "Story", "Ledger", "Growth", "Triage", "Onboarding", "Payments-L2",
    "Infra", "Security", "Frontline", "Rollout", "Fulfilment", "Catalog", "Dispatch",
)
# fmt: on
