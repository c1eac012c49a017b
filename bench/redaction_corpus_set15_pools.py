"""Set 15's own pools: people and the name-like look-alikes (written for this file, blind).

No name word, brand, work title or dish here occurs in ``set13.jsonl`` or ``set14.jsonl``
(checked with a one-off script while writing; the overlapping entries were replaced).
"""

from __future__ import annotations

# fmt: off
# Culture -> (given names, surnames). Mostly ordinary names of the kind a Faker-based generator
# writes, plus rarer ones: diacritics, apostrophes, hyphens, particles and a few invented names.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "us": (
        ("Jennifer", "Brittany", "Tyler", "Courtney", "Dustin", "Heather", "Kyle", "Trevor",
         "Lindsay", "Shane", "Kelsey", "Dwayne", "Tiffany", "Cody", "Shawna", "Brandon"),
        ("Pruitt", "Caldwell", "Whitaker", "Haskins", "Cartwright", "Hendricks", "Fulton",
         "Yarbrough", "Stoddard", "McCaffrey", "Bledsoe", "Rutledge", "Ashby", "Tolliver"),
    ),
    "uk_ie_au": (
        ("Tamsin", "Alistair", "Declan", "Callum", "Clodagh", "Ronan", "Bronwyn", "Lachlan",
         "Kirsty", "Gareth", "Emrys", "Morag", "Imogen", "Fergal", "Saoirse", "Hamish"),
        ("Thornbury", "Ashworth", "Pemberton", "Blackwood", "Sutcliffe", "Vaughan",
         "MacPherson", "Dunleavy", "Prendergast", "O'Halloran", "Moriarty", "Kearney",
         "Threlfall", "Hargreaves"),
    ),
    "de_at_ch": (
        ("Jürgen", "Sabine", "Dieter", "Liesel", "Katrin", "Uwe", "Heike", "Anneliese", "Till",
         "Frauke", "Gerlinde", "Reinhold"),
        ("Böttcher", "Krüger", "Ostermann", "Zimmermann", "Lehmann", "Köhler", "Hartmann",
         "von Rantzau", "Gruber", "Oberholzer", "Brunnhuber", "Weißkopf"),
    ),
    "fr_be": (
        ("Mathilde", "Étienne", "Sébastien", "Amélie", "Guillaume", "Océane", "Gaspard",
         "Maëlle", "Benoît", "Céline", "Luc-Édouard", "Solène"),
        ("Lemaître", "Girard", "Marchand", "Fontaine", "Leclerc", "Le Bihan", "Deschamps",
         "Vanderstraeten", "Delacroix-Hubert", "Courtois"),
    ),
    "es_mx": (
        ("Alejandro", "Javier", "Inmaculada", "Marisol", "Anselmo", "Itzayana", "Guadalupe",
         "Héctor", "Paloma", "Araceli", "Nuria", "Eulalio"),
        ("Gutiérrez", "Navarro", "Domínguez", "Villanueva", "Ibarra", "Zamora", "Cárdenas",
         "de la Fuente", "Echeverría", "Olvera", "Quintanilla"),
    ),
    "it": (
        ("Ilaria", "Gianmarco", "Francesca", "Riccardo", "Beatrice", "Ottavio", "Carlotta",
         "Pierluigi"),
        ("Santoro", "Colombo", "Ricci", "Marino", "Greco", "Gallo", "Di Stefano", "D'Angelo",
         "Castellucci"),
    ),
    "pl": (
        ("Grażyna", "Krzysztof", "Radek", "Zofia", "Katarzyna", "Bogusław", "Jadwiga"),
        ("Kaczmarek", "Wiśniewski", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Dąbrowski", "Pietrzak"),
    ),
    "in": (
        ("Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Deepika", "Karthik", "Bhavana",
         "Tejas", "Pooja", "Nikhil"),
        ("Mehta", "Sharma", "Raghavan", "Reddy", "Banerjee", "Nair", "Patwardhan", "Gokhale",
         "Malhotra", "Gangopadhyay"),
    ),
    "cn": (
        ("Shuying", "Hao", "Ruoxi", "Lihua", "Jianguo", "Meiling", "Yichen"),
        ("Zhang", "Huang", "Peng", "Xu", "Jiang", "Tang", "Qiao"),
    ),
    "ng": (
        ("Chukwuemeka", "Nkechi", "Babatunde", "Funmilayo", "Ozioma", "Tunde", "Obinna",
         "Yetunde"),
        ("Nwosu", "Umeh", "Afolabi", "Obi", "Akinwale", "Nnamdi", "Oyebanji"),
    ),
    "br_pt": (
        ("Thiago", "Larissa", "Fernanda", "Gustavo", "Rafaela", "Caio", "Lúcia", "Vinícius"),
        ("Carvalho", "Valadares", "Barbosa", "Nascimento", "Moreira", "dos Anjos", "Figueiredo"),
    ),
    "ph": (
        ("Marivic", "Rodel", "Jomar", "Lorna", "Arnel", "Jocelyn", "Rowena"),
        ("Bautista", "Aquino", "Dizon", "Sarmiento", "Manalastas", "Tolentino"),
    ),
    "rare": (
        ("Søren", "Zoë", "Noémie", "Ștefan", "Jiří", "Eero", "Anouk", "Sindre", "Corvalen",
         "Myrrane", "Thadwick", "Brennagh", "Quorin", "Velastra"),
        ("Kristiansen", "Procházka", "Van Kessel", "Virtanen", "Al-Farsi", "Văduva",
         "N'Diaye", "Ferreira-Lund", "Oduya", "Vellacourt", "Drummelow", "Tarkanian"),
    ),
}
# Given names that are also English words; they appear as persons and in look-alikes as words.
WORD_GIVEN = ("Will", "Grace", "Hope", "Rose", "Mark", "Bill", "Faith", "Amber", "Hunter")
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Mx.", "Herr", "Frau", "Mme", "Sra.", "Sig.")
CHINESE = "cn"

# -- name-like look-alikes (none holds a word of the person pools) --
BRAND = (
    "Vera Wang", "Sara Lee", "Jimmy Dean", "Orville Redenbacher", "Little Debbie",
    "Mrs. Fields", "Dr. Scholl's", "Carl's Jr.", "Famous Amos", "Jo Malone", "Bobbi Brown",
    "Stella McCartney", "Laura Ashley", "Oscar de la Renta", "Carolina Herrera",
    "Diane von Furstenberg", "Kenneth Cole", "Anne Klein", "Liz Claiborne",
)
COMPANY = (
    "Walt Disney", "Warner Bros.", "Philip Morris", "Jones Lang LaSalle", "Dean & DeLuca",
    "Bausch & Lomb", "Smith & Wesson", "Sherwin-Williams",
    "Pratt & Whitney", "Black & Decker",
)
PLACE = (
    "Eugene, Oregon", "Santa Barbara", "San Jose", "St. Petersburg", "Lake Placid",
    "Marysville", "Port Louis", "Mount Isa", "Santa Monica", "San Antonio", "Maryborough",
    "Port Augusta", "Lake Charles", "Fort Myers",
)
HOLIDAY = (
    "St. Lucia's Day", "St. David's Day", "Martinmas", "St. Brigid's Day", "St. Stephen's Day",
    "St. Swithin's Day", "Michaelmas",
)
WORK = (
    "The Adventures of Tom Sawyer", "Mary Poppins", "Annie Hall", "Billy Elliot",
    "Driving Miss Daisy", "Educating Rita", "Ferris Bueller's Day Off", "Moll Flanders",
    "Barnaby Rudge", "Daniel Deronda", "Silas Marner", "Pippi Longstocking",
)
SONG = (
    "Come On Eileen", "Mrs. Robinson", "Jessie's Girl", "Proud Mary", "Peggy Sue",
    "Tom's Diner", "Ruby Tuesday", "Sweet Baby James",
)
DISH = (
    "Fettuccine Alfredo", "Bananas Foster", "Lobster Newberg", "Beef Stroganoff", "Sloppy Joe",
    "Arnold Palmer", "Eggs Florentine", "Cobb salad", "Reuben sandwich", "Chicken Tetrazzini",
    "Oysters Kilpatrick", "Pommes Anna",
)
FAMOUS_STREET = (
    "Beale Street", "Haight Street", "La Rambla", "Via Veneto", "Nevsky Prospekt",
    "Königsallee", "Dam Square", "Lygon Street", "Duval Street", "Nanjing Road",
    "Las Olas Boulevard", "Rue Sainte-Catherine",
)
DISEASE = (
    "Alzheimer's", "Hodgkin lymphoma", "Tourette syndrome", "Bell's palsy", "Raynaud's",
    "Graves' disease", "Huntington's",
)
PRODUCT = (
    "Ford Mustang", "Tesla Model 3", "Dyson V15", "Kirby vacuum", "Jeep Wrangler",
    "Honda Odyssey", "Fender Stratocaster", "Gibson Les Paul",
)
USER_WORD = (
    "sunny_otter42", "bluefalcon", "pixelmango", "quietcedar", "rustybucket9", "night_owl_88",
    "copperkettle", "lemon.drizzle", "tidepool_7", "grumpy_badger", "velvetfox", "orbitcat",
)
# Phrases where a word that is also a given name is a plain word (lower case or sentence-first).
WORD_PHRASE = (
    "Will check", "will send it", "grace days", "I hope so", "hope it helps", "rose quartz",
    "mark it as done", "the bill came to", "bill me later", "keep the faith", "amber light",
    "bargain hunter", "Hope you're well", "Mark all as read", "Bill of lading",
)
# fmt: on
