"""Set 43's name-like look-alike pools: what looks like a person in news, media, creative,
events and trade text but is none. Every pool is a flat tuple whose even positions serve the
tuning half and odd positions the held-out half. No entry holds a word of the person pools
(tested), and none is a plain English word on its own (a pool entry is looked for as a whole
word in the other half's texts). Fashion houses, record labels, publishers and studios named
after people, venues, galleries and awards named after people, fictional characters of plays,
films, novels and shows, band names, songs and other works titled after people and instruments
and audio gear named after their makers are not persons in this set.
"""

from __future__ import annotations

# fmt: off
# Fashion houses, labels, publishers and studios named after people.
BRANDS: tuple[str, ...] = (
    "Yves Saint Laurent", "Christian Dior", "Ralph Lauren", "Hugo Boss", "Tommy Hilfiger",
    "Calvin Klein", "Oscar de la Renta", "Vivienne Westwood", "Jean Paul Gaultier",
    "Stella McCartney", "Alexander McQueen", "Paul Smith", "Ted Baker", "Karl Lagerfeld",
    "Giorgio Armani", "Salvatore Ferragamo", "Faber & Faber", "Hodder & Stoughton",
    "Simon & Schuster", "Chatto & Windus", "Weidenfeld & Nicolson", "Hamish Hamilton",
    "Jonathan Cape", "Warner Bros.", "Geffen Records", "Chess Records",
)
# Concert halls, theatres, galleries and arenas named after people.
VENUES: tuple[str, ...] = (
    "Carnegie Hall", "the Royal Albert Hall", "Wigmore Hall", "Madison Square Garden",
    "Lincoln Center", "the Kennedy Center", "David Geffen Hall", "the Usher Hall",
    "the Queen Elizabeth Hall", "the Purcell Room", "Sadler's Wells", "the Old Vic",
    "Ronnie Scott's", "the Guggenheim", "the Getty", "the Whitney", "the Frick",
    "the Whitworth", "the Saatchi Gallery", "the Courtauld", "the Lowry",
    "the Sheldonian", "Cadogan Hall", "the Gershwin Theatre", "the Noël Coward Theatre",
    "the Harold Pinter Theatre",
)
# Prizes, awards and medals named after people.
AWARDS: tuple[str, ...] = (
    "the Pulitzer", "the Peabody", "the Booker Prize", "the Orwell Prize", "the Carnegie Medal",
    "the Kate Greenaway Medal", "the Hugo Award", "the Edgar Award", "the Agatha Award",
    "the Ivor Novello Award", "the Bram Stoker Award", "the Prix Goncourt", "the Cervantes Prize",
    "the Stirling Prize", "the Pritzker", "the Turner Prize", "the Archibald Prize",
    "the Eisner Award", "the Caldecott Medal", "the Newbery Medal", "the Walkley Award",
    "the Miles Franklin Award", "the Giller Prize", "the Grierson Award", "the Whitbread",
    "the Nobel",
)
# Characters of plays, films, novels and television (never persons here).
CHARACTERS: tuple[str, ...] = (
    "Hamlet", "Ophelia", "Lady Macbeth", "Jay Gatsby", "Atticus Finch", "Holly Golightly",
    "Don Draper", "Elizabeth Bennet", "Heathcliff", "Sherlock Holmes", "Miss Marple",
    "Hercule Poirot", "Scarlett O'Hara", "Rick Blaine", "Ilsa Lund", "Norman Bates",
    "Hannibal Lecter", "Clarice Starling", "Ellen Ripley", "Marty McFly", "Tony Soprano",
    "Walter White", "Basil Fawlty", "Leslie Knope", "Dana Scully", "Fox Mulder",
)
# Bands and acts whose names look like a person's.
BANDS: tuple[str, ...] = (
    "Fleetwood Mac", "Jethro Tull", "Pink Floyd", "Lynyrd Skynyrd", "Steely Dan",
    "Franz Ferdinand", "Belle and Sebastian", "The Jesus and Mary Chain", "Simply Red",
    "Duran Duran", "Thin Lizzy", "Molly Hatchet", "Mott the Hoople", "Judas Priest",
    "Barclay James Harvest", "Dr. Feelgood", "Eddie and the Hot Rods", "Johnny Hates Jazz",
    "Derek and the Dominos", "Danny Wilson", "Marshall Tucker Band", "Ned's Atomic Dustbin",
    "Frankie Goes to Hollywood", "Archie Bronson Outfit", "Hootie & the Blowfish",
    "Edward Sharpe and the Magnetic Zeros",
)
# Songs titled after people.
SONGS: tuple[str, ...] = (
    "Jolene", "Layla", "Roxanne", "Eleanor Rigby", "Billie Jean", "Mrs Robinson", "Hey Jude",
    "Peggy Sue", "Sweet Caroline", "Johnny B. Goode", "Mustang Sally", "Ruby Tuesday", "Gloria",
    "Michelle", "Angie", "Valerie", "Suzanne", "Lola", "Rosanna", "Cecilia", "Delilah",
    "Proud Mary", "Maggie May", "Visions of Johanna", "Jessie's Girl", "Daniel",
)
# Films, novels and shows titled after people.
WORKS: tuple[str, ...] = (
    "Annie Hall", "Erin Brockovich", "Billy Elliot", "Educating Rita", "Jerry Maguire",
    "Citizen Kane", "Martin Eden", "David Copperfield", "Oliver Twist", "Madame Bovary",
    "Anna Karenina", "Bridget Jones's Diary", "Killing Eve", "Ally McBeal", "Jane Eyre",
    "Lolita", "Matilda", "Frasier", "Columbo", "Seinfeld", "Doctor Zhivago",
    "Lawrence of Arabia", "Barry Lyndon", "Jackie Brown", "Lady Bird", "Tristram Shandy",
)
# Instruments, amplifiers and microphones named after their makers.
GEAR: tuple[str, ...] = (
    "a Steinway", "a Fender Stratocaster", "a Gibson Les Paul", "a Rickenbacker",
    "a Hammond organ", "a Moog", "a Marshall stack", "a Bösendorfer", "a Gretsch",
    "a Selmer sax", "a Ludwig kit", "a Wurlitzer", "a Bechstein", "a Blüthner", "a Fender Rhodes",
    "a Martin dreadnought", "a Zildjian ride", "a Sennheiser", "a Neumann mic", "a Shure SM58",
    "a Höfner bass", "a Leslie speaker", "a Kurzweil", "a Baldwin grand", "a Taylor acoustic",
    "a Paiste crash",
)
# Capitalised sentence openers that are also names.
OPENERS: tuple[str, ...] = (
    "Mark the cue for the second take", "Will the florist need the final numbers",
    "Bill the client for the overtime on set", "Grant the photo pass before the doors open",
    "Frank words at the editorial conference", "Rich pickings at the trade fair this year",
    "Carol singers are booked for the foyer", "Drew a queue round the block at the signing",
    "Chase the printer for the second proofs", "Dawn call on the harbour wall",
    "Hope the truck clears the port before load-in", "Joy all round at the launch party",
    "Miles of cable under the stage again", "Ray of light in the box office figures",
    "Jack the price up for late bookings", "Art department wants the props list today",
    "Skip the intro on the second run-through", "Victor in the pitch session, somehow",
    "Sterling notices in the weekend papers", "Max out the lighting budget and pray",
    "Rose petals for the aisle, not confetti", "Holly garlands on every table",
    "Faith in the second draft is restored", "Sue the venue over a deposit? Not worth it",
    "Pat on the back for the night crew", "Patience with customs, the forwarder says",
)
# Lower-case phrases holding a name word (dishes and drinks named after people).
WORDS: tuple[str, ...] = (
    "a shirley temple", "a rob roy", "a victoria sponge", "a charlotte russe", "a sally lunn bun",
    "a johnny cake", "an arnold palmer", "a harvey wallbanger", "a caesar salad",
    "an apple charlotte", "a madeleine", "a reuben sandwich", "a margherita pizza",
    "a peach bellini", "a cobb salad", "a lamington", "a bloody mary", "a john dory fillet",
    "a garibaldi biscuit", "a beef stroganoff", "a tarte tatin", "a crêpe suzette",
    "a kir royale", "a pot of earl grey", "a tom and jerry", "a crab louie",
)
# fmt: on
