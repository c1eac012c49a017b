# ruff: noqa: E501, RUF001
"""Set 35's address pools: street names, cities and areas of 15 countries a consumer product
ships to most (the US three times as often as each other country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half (streets, cities, colonias, bairros, barangays, mahalles, estates), so no street,
city or area is shared by the halves. US street names get their suffix (``Dr``, ``Ln``,
``Ct`` ...) from the builder; the other countries' names carry their street type.
"""

from __future__ import annotations

# fmt: off
# country -> street names.
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Sycamore Hollow", "Quail Run", "Briar Ridge", "Dogwood Trace", "Hickory Knoll",
           "Magnolia Bluff", "Juniper Hill", "Pecan Grove", "Hummingbird", "Canyon Creek",
           "Cardinal Ridge", "Aspen Meadow", "Chinaberry", "Osage Trail", "Mesquite Flats",
           "Prairie Wind"),
    "gb": ("Tennyson Road", "Rosebery Avenue", "Cromwell Gardens", "Lancaster Grove",
           "Wellesley Terrace", "Marlborough Crescent", "Ashburnham Road", "Belvedere Close",
           "Coniston Way", "Aldwych Mews", "Kingfisher Drive", "Meadowsweet Close"),
    "ca": ("Kingsway Avenue", "Gerrard Street East", "Elgin Street", "Bank Street",
           "Macleod Trail", "Osborne Street", "Rue Saint-Hubert", "Broadview Avenue",
           "Dundas Street West", "Wellington Crescent"),
    "au": ("Glenferrie Road", "Sydney Road", "Stirling Highway", "Unley Road", "Beaufort Street",
           "Racecourse Road", "Glebe Point Road", "Enmore Road", "Fitzroy Street", "Latrobe Terrace"),
    "in": ("Residency Road", "Nehru Place", "Anna Salai", "Camac Street", "Rajpur Road",
           "Bandra Hill Road", "Richmond Road", "FC Road"),
    "de": ("Schönhauser Allee", "Sonnenallee", "Bergmannstraße", "Leopoldstraße",
           "Eppendorfer Weg", "Zülpicher Straße", "Lindenstraße", "Gartenstraße"),
    "fr": ("rue de la Roquette", "avenue Jean-Médecin", "cours Julien", "rue de Charonne",
           "boulevard Voltaire", "rue des Martyrs", "quai de la Fosse", "rue Paradis"),
    "es": ("Calle de Fuencarral", "Calle de Alcalá", "Calle Colón", "Carrer de Sants",
           "Calle Uría", "Calle Princesa", "Calle San Vicente", "Calle Real"),
    "it": ("Via Tornabuoni", "Via Garibaldi", "Via Cavour", "Via Nazionale", "Via Solferino",
           "Via Mazzini", "Via Indipendenza", "Via Saragozza"),
    "br": ("Rua Frei Caneca", "Rua Pamplona", "Rua Capote Valente", "Rua Joaquim Floriano",
           "Rua Pedroso Alvarenga", "Rua Gomes de Carvalho", "Rua da Consolação",
           "Rua dos Pinheiros"),
    "mx": ("Calle Liverpool", "Calle Río Lerma", "Calle Medellín", "Calle Allende",
           "Calle Mérida", "Calle Sinaloa", "Calle Chiapas", "Calle Campeche"),
    "jp": ("Daizawa", "Kamimeguro", "Ebisu-Nishi", "Honkomagome", "Minami-Aoyama",
           "Wakabayashi", "Gotanda", "Shirokane"),
    "ph": ("Katipunan Avenue", "Tomas Morato Avenue", "Shaw Boulevard", "Kalayaan Avenue",
           "Maginhawa Street", "Escolta Street", "Timog Avenue", "Jupiter Street"),
    "ng": ("Admiralty Way", "Awolowo Road", "Allen Avenue", "Adeola Odeku Street", "Opebi Road",
           "Ogui Road", "Aminu Kano Crescent", "Bourdillon Road"),
    "tr": ("Bağdat Caddesi", "Moda Caddesi", "Kuşdili Sokak", "Abdi İpekçi Caddesi",
           "Tunalı Hilmi Caddesi", "Cemal Süreya Sokak", "Nispetiye Caddesi", "İstiklal Caddesi"),
}

# country -> (city, region or state, postcode prefix).
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Plano", "TX", "750"), ("Naperville", "IL", "605"), ("Tempe", "AZ", "852"),
           ("Marietta", "GA", "300"), ("Overland Park", "KS", "662"), ("Cary", "NC", "275"),
           ("Fresno", "CA", "937"), ("Bellevue", "WA", "980"), ("Columbus", "OH", "432"),
           ("Tampa", "FL", "336"), ("Boise", "ID", "837"), ("Edina", "MN", "554")),
    "gb": (("Leeds", "", "LS6"), ("Bristol", "", "BS7"), ("Norwich", "", "NR2"), ("Cardiff", "", "CF24"),
           ("Glasgow", "", "G12"), ("Nottingham", "", "NG7")),
    "ca": (("Ottawa", "ON", "K1"), ("Calgary", "AB", "T2"), ("Halifax", "NS", "B3"), ("Winnipeg", "MB", "R3"),
           ("Mississauga", "ON", "L5"), ("Surrey", "BC", "V3")),
    "au": (("Hawthorn", "VIC", "31"), ("Newtown", "NSW", "20"), ("Subiaco", "WA", "60"),
           ("Paddington", "QLD", "40"), ("Norwood", "SA", "50"), ("Brunswick", "VIC", "30")),
    "in": (("Bengaluru", "Karnataka", "5600"), ("Pune", "Maharashtra", "4110"),
           ("Chennai", "Tamil Nadu", "6000"), ("Noida", "Uttar Pradesh", "2013"),
           ("Hyderabad", "Telangana", "5000"), ("Kolkata", "West Bengal", "7000")),
    "de": (("Berlin", "", "10"), ("Köln", "", "50"), ("Hamburg", "", "22"), ("München", "", "80"),
           ("Leipzig", "", "04"), ("Frankfurt am Main", "", "60")),
    "fr": (("Paris", "", "750"), ("Montpellier", "", "340"), ("Marseille", "", "130"), ("Nantes", "", "440"),
           ("Lyon", "", "690"), ("Toulouse", "", "310")),
    "es": (("Madrid", "", "280"), ("Barcelona", "", "080"), ("Oviedo", "", "330"), ("Sevilla", "", "410"),
           ("Valencia", "", "460"), ("Zaragoza", "", "500")),
    "it": (("Firenze", "FI", "501"), ("Verona", "VR", "371"), ("Bologna", "BO", "401"), ("Milano", "MI", "201"),
           ("Torino", "TO", "101"), ("Napoli", "NA", "801")),
    "br": (("São Paulo", "SP", "01"), ("Curitiba", "PR", "80"), ("Belo Horizonte", "MG", "30"),
           ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"), ("Campinas", "SP", "13")),
    "mx": (("Ciudad de México", "CDMX", "06"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
           ("Puebla", "Pue.", "72"), ("Querétaro", "Qro.", "76"), ("Zapopan", "Jal.", "45")),
    "jp": (("Setagaya-ku", "Tokyo", "15"), ("Minato-ku", "Tokyo", "10"), ("Meguro-ku", "Tokyo", "15"),
           ("Shibuya-ku", "Tokyo", "15"), ("Kita-ku", "Osaka", "53"), ("Naka-ku", "Yokohama", "23")),
    "ph": (("Quezon City", "Metro Manila", "11"), ("Makati", "Metro Manila", "12"),
           ("Pasig", "Metro Manila", "16"), ("Cebu City", "Cebu", "60"), ("Taguig", "Metro Manila", "16"),
           ("Davao City", "Davao del Sur", "80")),
    "ng": (("Victoria Island", "Lagos", "10"), ("Abuja", "FCT", "90"), ("Ibadan", "Oyo State", "20"),
           ("Enugu", "Enugu State", "40"), ("Port Harcourt", "Rivers State", "50"), ("Ikeja", "Lagos", "10")),
    "tr": (("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Beşiktaş", "İstanbul", "343"),
           ("Konak", "İzmir", "352"), ("Nilüfer", "Bursa", "161"), ("Şişli", "İstanbul", "343")),
}

# kind -> area names (colonias, bairros, barangays, mahalles, Lagos estates, Indian sectors,
# UK and US building names).
AREAS: dict[str, tuple[str, ...]] = {
    "mx_col": ("Col. Roma Norte", "Col. Hipódromo", "Col. Del Valle Centro", "Col. Americana",
               "Col. Obispado", "Col. Narvarte Poniente", "Col. Providencia", "Col. Juárez"),
    "br_bairro": ("Bela Vista", "Jardim Paulista", "Batel", "Savassi", "Moinhos de Vento",
                  "Boa Viagem", "Cambuí", "Itaim Bibi"),
    "ph_brgy": ("Brgy. Loyola Heights", "Brgy. Sacred Heart", "Brgy. Kapitolyo", "Brgy. Poblacion",
                "Brgy. Teachers Village East", "Brgy. Lahug", "Brgy. Malate", "Brgy. San Antonio"),
    "tr_mah": ("Caferağa Mah.", "Kavaklıdere Mah.", "Levent Mah.", "Alsancak Mah.",
               "Koşuyolu Mah.", "Bahçelievler Mah.", "Teşvikiye Mah.", "Görükle Mah."),
    "ng_area": ("Lekki Phase 1", "Wuse 2", "Bodija", "Independence Layout", "GRA Phase 2",
                "Ikoyi", "Magodo Phase 2", "Garki Area 11"),
    "in_area": ("Koramangala 4th Block", "Baner", "Adyar", "Sector 62", "Banjara Hills",
                "Salt Lake Sector V", "Indiranagar 2nd Stage", "Kothrud"),
    "bldg": ("Cedar Court", "Harbour View Apartments", "Prestige Shantiniketan", "Edificio Mirador",
             "Torre Anáhuac", "Residencial Ipê", "The Grove Residences", "Maple Heights"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States", "US"), "gb": ("United Kingdom", "UK"), "ca": ("Canada",),
    "au": ("Australia",), "in": ("India",), "de": ("Germany", "Deutschland"),
    "fr": ("France",), "es": ("Spain", "España"), "it": ("Italy", "Italia"),
    "br": ("Brazil", "Brasil"), "mx": ("Mexico", "México"), "jp": ("Japan",),
    "ph": ("Philippines",), "ng": ("Nigeria",), "tr": ("Türkiye", "Turkey"),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
