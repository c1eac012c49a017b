# ruff: noqa: E501, RUF001
"""Set 43's address pools: street names, cities and areas of 24 countries where reporters,
sources, authors, models, crew, musicians, wedding guests, event customers, buyers, shippers
and consignees live and where contracts, release forms, invitations, tickets, purchase orders
and freight go (the US three times as often as each other country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half, so no street, city or area is shared by the halves. US street names get their
suffix from the builder; the other countries' names carry their street type. Regions may be
shared. No street is named after a person (the US streets are rocks and landforms, most others
old trades, quarries, trees and birds). Every invented entry (streets, house names, estates,
barangays, buildings, neighbourhoods, localities, complexes) was checked against the texts of
sets 13-42; real cities may recur.
"""

from __future__ import annotations

# fmt: off
# country -> street names (Japan: districts).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Feldspar Bend", "Shale Bluff", "Quarry Spur", "Basalt Ledge", "Mica Knoll", "Gypsum Flat",
           "Obsidian Ridge", "Talus Slope", "Chert Hollow", "Agate Spring", "Cinder Cone", "Loess Bluff",
           "Scree Draw", "Caliche Wash", "Travertine Rise", "Pumice Hill", "Dolomite Run", "Marl Pit",
           "Tuff Knob", "Geode Hollow", "Quartzite Gap", "Schist Ridge", "Esker Rise", "Drumlin Crest"),
    "gb": ("Cleugh Bank", "Sike Side", "Intake Close", "Bield Row", "Hagg Wood Lane", "Holme Ings",
           "Scar Top Lane", "Thwaite Gate"),
    "ca": ("Rue des Grives", "Rue du Portage", "Tamarack Ridge Way", "Rue des Sucriers", "Caribou Bend",
           "Rue de la Coulée"),
    "au": ("Coolabah Court", "Yabby Lane", "Galah Parade", "Billabong Rise", "Numbat Street", "Waratah Close"),
    "nz": ("Kōwhai Rise", "Kākā Lane", "Rimu Grove", "Tūī Terrace", "Harakeke Way", "Kawakawa Drive"),
    "ie": ("Bóthar an Chuain", "Ascaill an Fhéile", "Lána an Bhreacáin", "Céide an Mhóinéir", "Sráid na Siopaí",
           "Radharc an Locha"),
    "in": ("Kumbharwada Road", "Tambat Ali Road", "Ganjipeth Road", "Mochi Gali", "Kasar Lane",
           "Phool Mandi Road"),
    "de": ("Am Kreidebruch", "Schieferweg", "Zum Steinbruch", "Tonkuhlenweg", "Am Basaltkopf", "Mergelstraße"),
    "fr": ("rue des Tonneliers-Neufs", "impasse de la Carrière", "chemin des Ardoisiers", "allée des Potiers",
           "rue de la Chaufournerie", "chemin de la Marnière"),
    "es": ("Calle de los Picapedreros", "Calle del Yesar", "Calle de la Pizarra", "Calle del Caolín",
           "Calle de las Salinas", "Calle del Alcaller"),
    "it": ("Via dei Vetrai Vecchi", "Via dei Cavatori", "Via della Calcara", "Via del Tufo", "Via delle Cave Vecchie",
           "Via dei Marmisti"),
    "nl": ("Turfstekerspad", "Steenbakkerij", "Kalkovenweg", "Veenkade", "Zoutziederspad", "Klinkerstraat"),
    "pl": ("ul. Kamieniarska", "ul. Wapienna", "ul. Gliniana", "ul. Torfowa", "ul. Solna Boczna", "ul. Łupkowa"),
    "br": ("Rua das Pedreiras", "Rua do Garimpo", "Travessa da Olaria", "Rua dos Canteiros Velhos", "Rua da Salina",
           "Beco do Caulim"),
    "mx": ("Calle Canteros", "Privada de las Caleras", "Calle Cantera Rosa", "Calle Caleros del Norte", "Calle Salitre",
           "Calle Tepetate"),
    "jp": ("Tenjinbashi", "Uemachi", "Karahori", "Tamatsukuri", "Shimizudani", "Kitabatake"),
    "ph": ("Kalumpang Street", "Molave Lane", "Ipil Street", "Kamagong Lane", "Bitaog Road", "Dungon Street"),
    "ng": ("Oke-Bola Road", "Isale-Eko Street", "Ita-Faji Road", "Oja-Oba Street", "Igbo-Ora Road", "Ile-Titun Street"),
    "ke": ("Mvule Road", "Mugumo Lane", "Muhugu Avenue", "Mukinduri Close", "Mringaringa Road", "Mtondoo Lane"),
    "za": ("Suikerbos Avenue", "Umsinsi Road", "Wilde-Olyf Crescent", "Kershout Lane", "Umkhiwane Street",
           "Bloubos Drive"),
    "pt": ("Rua dos Tanoeiros de Baixo", "Travessa do Forno Velho", "Rua da Cordoaria Velha", "Calçada do Moinho",
           "Rua dos Sapateiros Novos", "Largo da Ribeira Seca"),
    "ch": ("Sägereiweg", "Chemin des Vignerons", "Käsereistrasse", "Chemin du Pressoir", "Mühlebachweg",
           "Gerbegasse"),
    "tr": ("Değirmen Sokak", "Bakırcılar Caddesi", "Kalaycı Sokak", "Çömlekçi Sokak", "Bostan Sokak",
           "Tabakhane Caddesi"),
    "kr": ("Dongil-ro", "Gongneung-ro", "Sanggye-ro", "Madeul-ro", "Deokneung-ro", "Hancheon-ro"),
}

# country -> (city, region, postcode prefix); all cities distinct.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Asheville", "NC", "288"), ("Missoula", "MT", "598"), ("Knoxville", "TN", "379"),
           ("Spokane", "WA", "992"), ("Burlington", "VT", "054"), ("Santa Fe", "NM", "875"),
           ("Chattanooga", "TN", "374"), ("Boise", "ID", "837")),
    "gb": (("Skipton", "", "BD"), ("Alnwick", "", "NE"), ("Frome", "", "BA"), ("Penrith", "", "CA"),
           ("Tiverton", "", "EX"), ("Malton", "", "YO")),
    "ca": (("Sherbrooke", "QC", "J1"), ("Nanaimo", "BC", "V9"), ("Moncton", "NB", "E1"),
           ("Red Deer", "AB", "T4")),
    "au": (("Ballarat", "VIC", "33"), ("Toowoomba", "QLD", "43"), ("Wagga Wagga", "NSW", "26"),
           ("Bunbury", "WA", "62")),
    "nz": (("Whangārei", "", "01"), ("Napier", "", "41"), ("Rotorua", "", "30"), ("Invercargill", "", "98")),
    "ie": (("Tralee", "Co. Kerry", "V92"), ("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95"),
           ("Letterkenny", "Co. Donegal", "F92")),
    "in": (("Nashik", "Maharashtra", "422"), ("Hubballi", "Karnataka", "580"), ("Madurai", "Tamil Nadu", "625"),
           ("Guntur", "Andhra Pradesh", "522")),
    "de": (("Göttingen", "", "37"), ("Passau", "", "94"), ("Flensburg", "", "24"), ("Siegen", "", "57")),
    "fr": (("Périgueux", "", "24"), ("Vannes", "", "56"), ("Colmar", "", "68"), ("Angoulême", "", "16")),
    "es": (("Ourense", "Ourense", "32"), ("Cuenca", "Cuenca", "16"), ("Lugo", "Lugo", "27"), ("Jaén", "Jaén", "23")),
    "it": (("Ferrara", "FE", "44"), ("Lecce", "LE", "73"), ("Trento", "TN", "38"), ("Perugia", "PG", "06")),
    "nl": (("Zwolle", "", "80"), ("Deventer", "", "74"), ("Leeuwarden", "", "89"), ("Roermond", "", "60")),
    "pl": (("Toruń", "", "87"), ("Opole", "", "45"), ("Rzeszów", "", "35"), ("Olsztyn", "", "10")),
    "br": (("Uberlândia", "MG", "384"), ("Joinville", "SC", "892"), ("Campina Grande", "PB", "584"),
           ("Maringá", "PR", "870")),
    "mx": (("Morelia", "Mich.", "58"), ("Xalapa", "Ver.", "91"), ("Durango", "Dgo.", "34"), ("Tepic", "Nay.", "63")),
    "jp": (("Tennoji-ku", "Osaka", "543"), ("Sakyo-ku", "Kyoto", "606"), ("Abeno-ku", "Osaka", "545"),
           ("Higashinada-ku", "Hyogo", "658")),
    "ph": (("Bacolod", "Negros Occidental", "61"), ("Baguio", "Benguet", "26"), ("Tacloban", "Leyte", "65"),
           ("Dumaguete", "Negros Oriental", "62")),
    "ng": (("Ogbomoso", "Oyo State", "210"), ("Ijebu-Ode", "Ogun State", "120"), ("Ado-Ekiti", "Ekiti State", "360"),
           ("Ile-Ife", "Osun State", "220")),
    "ke": (("Nyeri", "", "10"), ("Machakos", "", "90"), ("Thika", "", "01"), ("Kericho", "", "20")),
    "za": (("Stellenbosch", "Western Cape", "76"), ("Mthatha", "Eastern Cape", "50"), ("Rustenburg", "North West", "03"),
           ("Nelspruit", "Mpumalanga", "12")),
    "pt": (("Braga", "", "4700"), ("Aveiro", "", "3810"), ("Évora", "", "7000"), ("Viseu", "", "3500")),
    "ch": (("Winterthur", "ZH", "84"), ("Lausanne", "VD", "10"), ("Luzern", "LU", "60"), ("Fribourg", "FR", "17")),
    "tr": (("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Karşıyaka", "İzmir", "355"),
           ("Nilüfer", "Bursa", "161")),
    "kr": (("Nowon-gu", "Seoul", "01"), ("Suseong-gu", "Daegu", "42"), ("Haeundae-gu", "Busan", "48"),
           ("Yuseong-gu", "Daejeon", "34")),
}

# House names, estates, barangays, buildings, neighbourhoods and the like that some formats draw.
AREAS: dict[str, tuple[str, ...]] = {
    "house": ("Limekiln Cottage", "The Old Weighbridge", "Fellside Bothy", "Quarrymans Cottage",
              "The Old Stamp House", "Clogger's Barn", "Slate Row Cottage", "The Old Bark Mill"),
    "in_area": ("Panchavati Colony", "Keshavnagar 2nd Cross", "Anna Nagar West Lane", "Brodipet 4th Line",
                "Tidke Colony Lane", "Keshwapur Circle"),
    "jp_bldg": ("Maison Sakuya 203", "Heim Aoba 405", "Villa Kotobuki 102", "Court Hinata 301",
                "Sunhills Minato 507", "Palace Wakaba 208"),
    "ph_brgy": ("Brgy. Mandalagan Norte", "Brgy. Camp Seven", "Brgy. Sagkahan", "Brgy. Daro",
                "Brgy. Villamonte", "Brgy. Pacdal Norte"),
    "ng_estate": ("Oja-Titun Extension", "Isale-General Extension", "Alekuwodo Layout", "Sabo Oke Layout",
                  "Takie Extension", "Lagere Layout"),
    "ke_estate": ("Ruringu Estate", "Mwatu Estate", "Makongeni Phase 2", "Kapsoit View", "Kamakwa Gardens",
                  "Kitui Road Estate"),
    "za_complex": ("Kweperlaan Gardens", "Ubuhle Mews", "Protea Kloof Villas", "Ilanga Court",
                   "Fynbos Terraces", "Isibane Manor"),
    "tr_mah": ("Yenigün Mah.", "Alaybey Mah.", "Esentepe Mah.", "Gazcılar Mah.", "Tuzluçayır Mah.", "Dikmen Mah."),
    "kr_apt": ("Hanbit Maeul Apt", "Sinnae Green Apt", "Purun Village Apt", "Saemmaeul Apt",
               "Doan Forest Apt", "Bitgoeul Apt"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States", "U.S.A."), "gb": ("United Kingdom", "UK", "Great Britain"), "ca": ("Canada",),
    "au": ("Australia",), "nz": ("New Zealand", "Aotearoa New Zealand"), "ie": ("Ireland", "Éire"),
    "in": ("India",), "de": ("Germany", "Deutschland"), "fr": ("France",), "es": ("Spain", "España"),
    "it": ("Italy",), "nl": ("Netherlands", "The Netherlands"), "pl": ("Poland",), "br": ("Brazil", "Brasil"),
    "mx": ("Mexico",), "jp": ("Japan",), "ph": ("Philippines",), "ng": ("Nigeria",), "ke": ("Kenya",),
    "za": ("South Africa", "RSA"), "pt": ("Portugal",), "ch": ("Switzerland", "Schweiz", "Suisse"),
    "tr": ("Türkiye", "Turkey"), "kr": ("South Korea", "Republic of Korea"),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
