# ruff: noqa: E501
"""Set 37's address pools: street names, cities and areas of 27 countries where employees
live, students enrol, claims and permits name a property, utilities bill a service address
and offices, campuses and event venues stand (the US three times as often as each other
country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half (streets, cities, neighbourhoods, buildings), so no street, city or area is
shared by the halves. US street names get their suffix from the builder; the other countries'
names carry their street type. Regions (states, provinces, cantons) may be shared.
"""

from __future__ import annotations

# fmt: off
# country -> street names.
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Pawnee Bluff", "Shagbark Hickory", "Yellowroot", "Hellbender", "Bloodroot Hollow",
           "Bur Oak Savanna", "Kingfisher Shoals", "Dogtooth Violet", "Puttyroot", "Tanager Knoll",
           "Hophornbeam", "Ninebark", "Coralberry", "Hackberry Draw", "Bobolink Meadow",
           "Wahoo Ridge", "Mayapple Hollow", "Goldfinch Run"),
    "gb": ("Fellmongers Lane", "Drovers Way", "Tithe Barn Close", "Sheepwash Lane", "Bellfounders Row",
           "Lamplighters Walk", "Candlemakers Court", "Ostlers Yard", "Packhorse Lane",
           "Hurdlemakers Row", "Thatchers Mead", "Ploughwright Lane"),
    "ca": ("Chickadee Crescent", "Tamarack Drive", "Rue des Peupliers", "Muskoka Road",
           "Trillium Court", "Rue de la Sapinière", "Whiskeyjack Lane", "Rue du Huard"),
    "au": ("Grevillea Crescent", "Boronia Street", "Melaleuca Drive", "Cockatoo Rise",
           "Quoll Close", "Pademelon Place", "Bandicoot Way", "Waratah Terrace"),
    "ie": ("Ashgrove Lawn", "Fairgreen Road", "Sruleen Heights", "Knocknacarra Road",
           "Cluain Ard", "Ard na Gréine"),
    "in": ("Old Madras Road", "Tilak Road Extension", "Baner Pashan Link Road", "Avinashi Road",
           "Begumpet Road", "Vidhan Sabha Marg", "Kalidas Road", "Sayajigunj Main Road"),
    "de": ("Am Gänseanger", "Zum Kirchsteig", "Sonnentauweg", "Mispelweg", "Wacholdersteig",
           "Eibenweg", "Am Dachsbau", "Kranichweg"),
    "at": ("Almrauschstraße", "Enzianweg", "Steinpilzgasse", "Kürbiskernweg"),
    "ch": ("Bergliweg", "Chäserstrasse", "Gemsweg", "Murmeliweg"),
    "fr": ("allée des Chardonnerets", "impasse du Pressoir", "rue des Charrons", "chemin de la Garenne",
           "rue des Cordiers Neufs", "allée des Noisetiers"),
    "be": ("Rue des Houblonniers", "Kouterstraat", "Avenue des Bouleaux", "Beukenlaan"),
    "es": ("Calle de las Alpargateras", "Avenida de los Almendros", "Calle del Albaricoque",
           "Calle del Alcaparra", "Calle del Madroño", "Calle del Cantarero"),
    "pt": ("Travessa das Amoreiras", "Rua das Andorinhas", "Rua do Medronheiro", "Travessa dos Tanoeiros"),
    "it": ("Via dei Carradori", "Via degli Speziali", "Via del Castagno", "Vicolo dei Tessitori",
           "Via dei Maniscalchi", "Via del Melograno"),
    "nl": ("Klaverweg", "Zwanenkade", "Fluitekruidstraat", "Korenbloemlaan"),
    "pl": ("ul. Kalinowa", "ul. Poziomkowa", "ul. Jeżynowa", "ul. Żurawinowa"),
    "br": ("Rua do Sabiá-Laranjeira", "Rua do Jequitibá", "Avenida das Paineiras", "Rua do Cajueiro Velho",
           "Rua dos Buritis", "Rua do Juazeiro"),
    "mx": ("Avenida Colorines", "Calle Tejocote", "Calle Guamúchil", "Calle Ombú"),
    "ar": ("Calle Jacarandá del Sur", "Calle Ceibo Rojo", "Calle Lapacho", "Calle Tala Blanco"),
    "jp": ("Futakotamagawa", "Tamazutsumi", "Nakane", "Higashigaoka"),
    "kr": ("Seongsui-ro", "Dosan-daero 45-gil", "Yeonmujang-gil", "Dalmaji-gil"),
    "ph": ("Sampaguita Drive", "Bougainvillea Road", "Kamuning Lane", "Santan Street"),
    "za": ("Bokmakierie Close", "Sugarbird Lane", "Wild Olive Close", "Karee Road"),
    "ng": ("Udoji Crescent", "Oduduwa Way", "Agbaje Close", "Ogui Street"),
    "ke": ("Muthithi Road", "Lantana Road", "Kirichwa Road", "Mvuli Road"),
    "se": ("Lingonvägen", "Hjortronvägen", "Tranbärsstigen", "Rönnbärsgatan"),
    "nz": ("Pōhutukawa Drive", "Rimu Crescent", "Tōtara Avenue", "Harakeke Street"),
}

# country -> (city, region, postcode prefix); each city occurs once.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Green Bay", "WI", "543"), ("Albany", "NY", "122"), ("Ann Arbor", "MI", "481"),
           ("Greenville", "SC", "296"), ("Topeka", "KS", "666"), ("Asheville", "NC", "288"),
           ("Eugene", "OR", "974"), ("Provo", "UT", "846"), ("Lexington", "KY", "405"),
           ("Sacramento", "CA", "958"), ("Little Rock", "AR", "722"), ("Springfield", "IL", "627"),
           ("Baton Rouge", "LA", "708"), ("Tallahassee", "FL", "323"), ("Olympia", "WA", "985"),
           ("Harrisburg", "PA", "171")),
    "gb": (("Harrogate", "North Yorkshire", "HG"), ("Winchester", "Hampshire", "SO"), ("Coventry", "West Midlands", "CV"),
           ("Swansea", "Wales", "SA"), ("Dundee", "Scotland", "DD"), ("Lancaster", "Lancashire", "LA"),
           ("Canterbury", "Kent", "CT"), ("Chester", "Cheshire", "CH")),
    "ca": (("Fredericton", "NB", "E3"), ("Guelph", "ON", "N1"), ("Sherbrooke", "QC", "J1"),
           ("Kamloops", "BC", "V2"), ("Lethbridge", "AB", "T1"), ("Moncton", "NB", "E1")),
    "au": (("Ballarat", "VIC", "33"), ("Toowoomba", "QLD", "43"), ("Bendigo", "VIC", "35"),
           ("Launceston", "TAS", "72"), ("Cairns", "QLD", "48"), ("Wagga Wagga", "NSW", "26")),
    "ie": (("Galway", "Co. Galway", "H91"), ("Limerick", "Co. Limerick", "V94"),
           ("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95")),
    "in": (("Mysuru", "Karnataka", "570"), ("Nashik", "Maharashtra", "422"), ("Coimbatore", "Tamil Nadu", "641"),
           ("Lucknow", "Uttar Pradesh", "226"), ("Thiruvananthapuram", "Kerala", "695"),
           ("Vadodara", "Gujarat", "390")),
    "de": (("Göttingen", "Niedersachsen", "37"), ("Heidelberg", "Baden-Württemberg", "69"),
           ("Kassel", "Hessen", "34"), ("Regensburg", "Bayern", "93"), ("Rostock", "Mecklenburg-Vorpommern", "18"),
           ("Erfurt", "Thüringen", "99")),
    "at": (("Graz", "Steiermark", "80"), ("Linz", "Oberösterreich", "40"),
           ("Innsbruck", "Tirol", "60"), ("Salzburg", "Salzburg", "50")),
    "ch": (("Winterthur", "ZH", "84"), ("Lausanne", "VD", "10"), ("Luzern", "LU", "60"),
           ("St. Gallen", "SG", "90")),
    "fr": (("Angers", "", "49"), ("Poitiers", "", "86"), ("Besançon", "", "25"), ("Limoges", "", "87")),
    "be": (("Gent", "", "90"), ("Liège", "", "40"), ("Leuven", "", "30"), ("Namur", "", "50")),
    "es": (("Salamanca", "Salamanca", "37"), ("Córdoba", "Córdoba", "14"), ("Valladolid", "Valladolid", "47"),
           ("Murcia", "Murcia", "30")),
    "pt": (("Braga", "", "47"), ("Coimbra", "", "30"), ("Aveiro", "", "38"), ("Faro", "", "80")),
    "it": (("Parma", "PR", "431"), ("Perugia", "PG", "061"), ("Trento", "TN", "381"), ("Lecce", "LE", "731")),
    "nl": (("Utrecht", "", "35"), ("Groningen", "", "97"), ("Haarlem", "", "20"), ("Eindhoven", "", "56")),
    "pl": (("Poznań", "", "60"), ("Lublin", "", "20"), ("Toruń", "", "87"), ("Gdynia", "", "81")),
    "br": (("Florianópolis", "SC", "88"), ("Goiânia", "GO", "74"), ("Natal", "RN", "59"),
           ("Londrina", "PR", "86")),
    "mx": (("León", "Gto.", "37"), ("Morelia", "Mich.", "58"), ("Saltillo", "Coah.", "25"),
           ("Xalapa", "Ver.", "91")),
    "ar": (("Rosario", "Santa Fe", "S2000"), ("Mendoza", "Mendoza", "M5500"),
           ("La Plata", "Buenos Aires", "B1900"), ("Salta", "Salta", "A4400")),
    "jp": (("Setagaya-ku", "Tokyo", "158"), ("Meguro-ku", "Tokyo", "152"),
           ("Sakyo-ku, Kyoto", "Kyoto", "606"), ("Aoba-ku, Sendai", "Miyagi", "980")),
    "kr": (("Seongdong-gu, Seoul", "", "047"), ("Gangnam-gu, Seoul", "", "060"),
           ("Haeundae-gu, Busan", "", "480"), ("Yuseong-gu, Daejeon", "", "341")),
    "ph": (("Makati City", "Metro Manila", "12"), ("Baguio City", "Benguet", "26"),
           ("Taguig", "Metro Manila", "16"), ("Bacolod City", "Negros Occidental", "61")),
    "za": (("Pretoria", "Gauteng", "01"), ("Stellenbosch", "Western Cape", "76"),
           ("Durban North", "KwaZulu-Natal", "40"), ("Gqeberha", "Eastern Cape", "60")),
    "ng": (("Lekki", "Lagos", "1052"), ("Wuse II", "FCT Abuja", "9003"),
           ("Yaba", "Lagos", "1011"), ("GRA Phase 2, Port Harcourt", "Rivers", "5002")),
    "ke": (("Westlands, Nairobi", "", "00800"), ("Nyali, Mombasa", "", "80118"),
           ("Kilimani, Nairobi", "", "00100"), ("Milimani, Kisumu", "", "40100")),
    "se": (("Uppsala", "", "75"), ("Lund", "", "22"), ("Umeå", "", "90"), ("Linköping", "", "58")),
    "nz": (("Palmerston North", "", "44"), ("Dunedin", "", "90"), ("Napier", "", "41"), ("Tauranga", "", "31")),
}

# Neighbourhoods, buildings and landmarks that some formats add.
AREAS: dict[str, tuple[str, ...]] = {
    "in_area": ("Kuvempunagar", "Gangapur Road area", "RS Puram", "Gomti Nagar", "Vazhuthacaud",
                "Alkapuri", "Saraswathipuram", "Indira Nagar Colony"),
    "br_bairro": ("Trindade", "Setor Bueno", "Ponta Negra", "Gleba Palhano", "Lagoa da Conceição",
                  "Setor Oeste", "Capim Macio", "Jardim Higienópolis"),
    "mx_col": ("Col. Jardines del Moral", "Col. Chapultepec Sur", "Fracc. Los Pinos", "Col. Obispado",
               "Col. Centro Histórico", "Col. Nueva Santa María", "Fracc. Las Ánimas", "Col. Lomas de Guadalupe"),
    "ie_area": ("Renmore", "Castletroy", "Ballinode", "Newpark"),
    "ar_barrio": ("Barrio Echesortu", "Barrio Quinta Sección", "Barrio Norte", "Barrio Tres Cerritos"),
    "ph_brgy": ("Brgy. Poblacion", "Brgy. Camp 7", "Brgy. Fort Bonifacio", "Brgy. Mandalagan",
                "Brgy. San Lorenzo", "Brgy. Irisan", "Brgy. Western Bicutan", "Brgy. Taculing"),
    "ng_area": ("Admiralty Estate", "off Adetokunbo Ademola Crescent", "Sabo axis", "Rumuibekwe Estate",
                "Chevron Drive axis", "Banex junction", "Alagomeji", "Woji Estate"),
    "bldg": ("Maple House", "Block C, Riverside Court", "Edificio Los Almendros", "Condomínio Vila Serena",
             "Sobha Daffodil", "Harbour View Tower", "Residenza Le Querce", "Greenfield Apartments"),
    "landmark": ("across from the NEPA office", "near the old market gate", "behind the polytechnic",
                 "beside the water board office", "after the second bus stop", "next to the parish hall",
                 "opposite the police post", "by the mango tree"),
    "campus": ("Building 4, Level 2", "North Campus, Block E", "Science Park, Unit 7", "Innovation Hub, 3rd Floor",
               "Annex B, Room 210", "Tower 2, 11th Floor", "Hall C, Ground Floor", "East Wing, Suite 5"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States"), "gb": ("United Kingdom", "UK"), "ca": ("Canada",),
    "au": ("Australia",), "ie": ("Ireland", "Éire"), "in": ("India",), "de": ("Germany", "Deutschland"),
    "at": ("Austria", "Österreich"), "ch": ("Switzerland", "Schweiz"), "fr": ("France",),
    "be": ("Belgium", "Belgique"), "es": ("Spain",), "pt": ("Portugal",), "it": ("Italy",),
    "nl": ("Netherlands", "Nederland"), "pl": ("Poland", "Polska"), "br": ("Brazil", "Brasil"),
    "mx": ("Mexico",), "ar": ("Argentina",), "jp": ("Japan",), "kr": ("South Korea", "Republic of Korea"),
    "ph": ("Philippines",), "za": ("South Africa",), "ng": ("Nigeria",), "ke": ("Kenya",),
    "se": ("Sweden", "Sverige"), "nz": ("New Zealand",),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
