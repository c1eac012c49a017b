# ruff: noqa: E501, RUF001
"""Set 36's address pools: street names, cities and areas of 17 countries where riders are
picked up, meals delivered, guests stay, patients booked and flats let (the US three times as
often as each other country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half (streets, cities, colonias, bairros, barangays, mahalles, estates, localities,
buildings), so no street, city or area is shared by the halves. US street names get their
suffix (``Ave``, ``Pl``, ``Ter`` ...) from the builder; the other countries' names carry their
street type. Regions (states, provinces, prefectures) may be shared.
"""

from __future__ import annotations

# fmt: off
# country -> street names.
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Tanglewood Bend", "Pawpaw Hollow", "Sugarberry", "Kestrel Point", "Larkspur Hollow",
           "Windmill Ridge", "Sweetgum Bend", "Thistledown", "Cobblestone Creek", "Sassafras Knob",
           "Stonecrop", "Wildrye", "Harvest Moon", "Silverbell", "Pinecone Gap", "Otter Slide"),
    "gb": ("Hopkiln Lane", "Millstream Road", "Badger Walk", "Haymarket Rise",
           "Tanners Hill", "Quarry Bank Road", "Ropewalk Court", "Brewhouse Yard",
           "Lantern Mews", "Ferryman Close", "Weavers Row", "Cider Mill Lane"),
    "ca": ("Blue Jay Crescent", "Beaverbrook Road", "Timberlane Drive", "Maplewood Court",
           "Rue des Érables", "Snowberry Way", "Caribou Trail", "Rue du Campanile",
           "Loon Lake Road", "Spruce Ridge Gate"),
    "au": ("Wattlebird Circuit", "Banksia Parade", "Kookaburra Crescent", "Ironbark Drive",
           "Bottlebrush Avenue", "Lyrebird Way", "Jacaranda Grove", "Saltbush Close",
           "Paperbark Place", "Magpie Lane"),
    "in": ("Hosur Main Road", "Lokhandwala Back Road", "Ring Road Bypass", "Poonamallee High Road",
           "Shivaji Nagar Road", "Kanakapura Main Road", "Sarjapur Outer Ring Road", "Kalyani Nagar Lane",
           "Bellary Road", "Salt Lake Bypass"),
    "de": ("Kastanienweg", "Am Kalkofen", "Am Mühlbach", "Lindenhofstraße", "Zur Ölmühle",
           "Bleicherstraße", "Zum Fischerhafen", "Weinbergsweg", "Kiefernsteig", "Uhlandring"),
    "fr": ("impasse des Tisserands", "avenue des Cerisiers", "rue du Moulin Vert", "chemin des Amandiers",
           "rue de la Tonnellerie", "allée des Rossignols", "allée des Mésanges", "boulevard de la Corderie",
           "rue des Potiers", "quai des Brasseurs"),
    "es": ("Calle del Esparto", "Calle de los Caldereros", "Avenida de la Marina Baja",
           "Paseo de las Adelfas", "Calle Molino de Viento", "Calle del Membrillo",
           "Calle de la Ceiba", "Ronda de los Naranjos", "Calle del Azafrán", "Travesía del Pozo"),
    "it": ("Via dei Bottai", "Via del Mulino Vecchio", "Via delle Gardenie", "Viale dei Platani",
           "Via dei Vasai", "Via della Fornace", "Vicolo dei Ramai", "Via dei Lanaioli",
           "Via delle Saline", "Corso dei Cordai"),
    "br": ("Rua do Bem-te-vi", "Avenida dos Ipês Roxos", "Rua do Maracujá",
           "Rua das Seringueiras", "Travessa do Pescador", "Rua do Tatuí", "Rua da Figueira Branca",
           "Alameda dos Jacarandás", "Rua do Engenho Velho", "Rua das Quaresmeiras"),
    "mx": ("Calle Pirul", "Avenida de las Jacarandas", "Calle Tepehuaje", "Calle Chicozapote",
           "Privada del Nopal", "Calle Nogal Pecanero", "Calle Guayacán Rojo", "Andador Tamarindo",
           "Calle Mezquite Dulce", "Calle Obsidiana"),
    "jp": ("Komagome", "Nishikoyama", "Yutenji", "Shimouma", "Nishiogikubo",
           "Kugahara", "Hamadayama", "Hatanodai", "Tamagawadai", "Umegaoka"),
    "ph": ("Yakal Street", "Narra Avenue", "Guijo Street", "Ilang-Ilang Street",
           "Molave Drive", "Dama de Noche Street", "Banaba Road", "Talisay Street",
           "Acacia Lane", "Anahaw Street"),
    "ng": ("Palm Grove Crescent", "Baobab Close", "Admiralty Road", "Iroko Street",
           "Cowrie Drive", "Cashew Avenue", "Harmattan Close", "Mahogany Way",
           "Ocean Breeze Road", "Calabash Street"),
    "tr": ("Menekşe Sokak", "Çınaraltı Caddesi", "Papatya Sokak", "Ihlamur Caddesi",
           "Kumru Sokak", "Değirmen Caddesi", "Zambak Sokak", "Sarmaşık Sokak",
           "Lale Bahçesi Caddesi", "Karanfil Sokak"),
    "za": ("Yellowwood Road", "Jacaranda Avenue North", "Fynbos Crescent", "Spekboom Close",
           "Klipdrift Road", "Disa Close", "Marula Lane", "Stinkwood Street"),
    "ae": ("Al Wasl Road", "Al Safa Street", "Al Khail Road", "Al Hudaiba Street",
           "Al Manara Road", "Al Bada Street", "Al Thanya Road", "Al Nahda Street"),
}

# country -> (city, region, postcode prefix); each city occurs once.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Boise", "ID", "837"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
           ("Omaha", "NE", "681"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"),
           ("Las Cruces", "NM", "880"), ("Roanoke", "VA", "240"), ("Des Moines", "IA", "503"),
           ("Knoxville", "TN", "379"), ("Fort Myers", "FL", "339"), ("Reno", "NV", "895"),
           ("Grand Rapids", "MI", "495"), ("Chattanooga", "TN", "374"), ("Fresno", "CA", "937"),
           ("Syracuse", "NY", "132")),
    "gb": (("Norwich", "Norfolk", "NR"), ("Cardiff", "Wales", "CF"), ("Leicester", "Leicestershire", "LE"),
           ("Aberdeen", "Scotland", "AB"), ("Exeter", "Devon", "EX"), ("Derby", "Derbyshire", "DE"),
           ("Brighton", "East Sussex", "BN"), ("Sheffield", "South Yorkshire", "S")),
    "ca": (("Halifax", "NS", "B3"), ("Saskatoon", "SK", "S7"), ("Kelowna", "BC", "V1"),
           ("Gatineau", "QC", "J8"), ("Barrie", "ON", "L4"), ("Regina", "SK", "S4")),
    "au": (("Geelong", "VIC", "32"), ("Townsville", "QLD", "48"), ("Wollongong", "NSW", "25"),
           ("Hobart", "TAS", "70"), ("Darwin", "NT", "08"), ("Newcastle", "NSW", "23")),
    "in": (("Pune", "Maharashtra", "411"), ("Kochi", "Kerala", "682"), ("Jaipur", "Rajasthan", "302"),
           ("Hyderabad", "Telangana", "500"), ("Indore", "Madhya Pradesh", "452"),
           ("Chennai", "Tamil Nadu", "600"), ("Ahmedabad", "Gujarat", "380"), ("Bengaluru", "Karnataka", "560")),
    "de": (("Leipzig", "Sachsen", "04"), ("Freiburg im Breisgau", "Baden-Württemberg", "79"),
           ("Bremen", "Bremen", "28"), ("Nürnberg", "Bayern", "90"), ("Münster", "NRW", "48"),
           ("Dresden", "Sachsen", "01")),
    "fr": (("Rennes", "", "35"), ("Montpellier", "", "34"), ("Grenoble", "", "38"),
           ("Strasbourg", "", "67"), ("Nantes", "", "44"), ("Dijon", "", "21")),
    "es": (("Valencia", "Valencia", "46"), ("Málaga", "Málaga", "29"), ("Zaragoza", "Zaragoza", "50"),
           ("Bilbao", "Bizkaia", "48"), ("Alicante", "Alicante", "03"), ("Granada", "Granada", "18")),
    "it": (("Bologna", "BO", "401"), ("Torino", "TO", "101"), ("Verona", "VR", "371"),
           ("Bari", "BA", "701"), ("Padova", "PD", "351"), ("Firenze", "FI", "501")),
    "br": (("Curitiba", "PR", "80"), ("Recife", "PE", "50"), ("Porto Alegre", "RS", "90"),
           ("Fortaleza", "CE", "60"), ("Belo Horizonte", "MG", "30"), ("Campinas", "SP", "13")),
    "mx": (("Guadalajara", "Jal.", "44"), ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97"),
           ("Querétaro", "Qro.", "76"), ("Monterrey", "N.L.", "64"), ("Oaxaca de Juárez", "Oax.", "68")),
    "jp": (("Setagaya-ku", "Tokyo", "154"), ("Kita-ku, Osaka", "Osaka", "530"),
           ("Naka-ku, Yokohama", "Kanagawa", "231"), ("Chuo-ku, Fukuoka", "Fukuoka", "810"),
           ("Suginami-ku", "Tokyo", "167"), ("Higashiyama-ku, Kyoto", "Kyoto", "605")),
    "ph": (("Pasig City", "Metro Manila", "16"), ("Cebu City", "Cebu", "60"),
           ("Quezon City", "Metro Manila", "11"), ("Davao City", "Davao del Sur", "80"),
           ("Mandaluyong", "Metro Manila", "15"), ("Iloilo City", "Iloilo", "50")),
    "ng": (("Victoria Island", "Lagos", "1012"), ("Port Harcourt", "Rivers", "5001"),
           ("Ikeja", "Lagos", "1002"), ("Enugu", "Enugu", "4001"), ("Maitama", "FCT Abuja", "9002"),
           ("Ibadan", "Oyo", "2001")),
    "tr": (("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Karşıyaka", "İzmir", "355"),
           ("Nilüfer", "Bursa", "161"), ("Beşiktaş", "İstanbul", "343"), ("Muratpaşa", "Antalya", "070")),
    "za": (("Sandton", "Gauteng", "21"), ("Sea Point", "Western Cape", "80"),
           ("Umhlanga", "KwaZulu-Natal", "43"), ("Rosebank", "Gauteng", "21")),
    "ae": (("Jumeirah", "Dubai", ""), ("Al Reem Island", "Abu Dhabi", ""),
           ("Al Barsha", "Dubai", ""), ("Al Majaz", "Sharjah", "")),
}

# Neighbourhoods and buildings that some formats add.
AREAS: dict[str, tuple[str, ...]] = {
    "mx_col": ("Col. Chapultepec Norte", "Col. Del Valle Centro", "Col. Americana", "Col. Cumbres Elite",
               "Col. Ladrón de Guevara", "Col. Reforma Iztaccíhuatl", "Col. Jardines del Bosque", "Col. Tlacoquemécatl"),
    "br_bairro": ("Água Verde", "Casa Forte", "Bom Fim", "Aldeota", "Funcionários", "Cambuí Alto",
                  "Mercês", "Espinheiro"),
    "ph_brgy": ("Brgy. Kapitolyo East", "Brgy. Mabolo", "Brgy. Bagumbayan", "Brgy. Lanang",
                "Brgy. Addition Hills", "Brgy. Jaro", "Brgy. Ugong", "Brgy. Banilad"),
    "tr_mah": ("Moda Mah.", "Bahçelerarası Mah.", "Bostanlı Mah.", "Ataevler Mah.",
               "Fenerbahçe Mah.", "Kızılay Mah.", "Konyaaltı Mah.", "Acıbadem Mah."),
    "ng_area": ("Oniru Estate", "Trans-Amadi Layout", "Allen Avenue axis", "Independence Layout Phase 2",
                "Maitama Extension", "Old Bodija Estate", "Ikeja GRA", "Dolphin Estate"),
    "in_area": ("Viman Nagar", "Panampilly Nagar", "Malviya Nagar", "Gachibowli",
                "Vijay Nagar", "Velachery", "Satellite", "HSR Layout Sector 2"),
    "bldg": ("Lakeshore Residences", "Tower B, Orchid Heights", "Casa Bugambilia", "Residencial Flamboyant",
             "Brigade Meadows", "The Linden Lofts", "Torre Alameda", "Palm Court Apartments"),
    "landmark": ("facing the NNPC station", "behind the central mosque", "near the water tank",
                 "beside the pharmacy", "after the second roundabout", "opposite the Shoprite",
                 "next to the primary school", "behind the chapel"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States", "U.S.A."), "gb": ("United Kingdom", "UK", "England"),
    "ca": ("Canada",), "au": ("Australia",), "in": ("India",), "de": ("Germany", "Deutschland"),
    "fr": ("France",), "es": ("Spain", "España"), "it": ("Italy", "Italia"),
    "br": ("Brazil", "Brasil"), "mx": ("Mexico", "México"), "jp": ("Japan",),
    "ph": ("Philippines",), "ng": ("Nigeria",), "tr": ("Türkiye", "Turkey"),
    "za": ("South Africa",), "ae": ("United Arab Emirates", "UAE"),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
