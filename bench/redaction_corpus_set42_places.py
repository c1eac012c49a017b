# ruff: noqa: E501
"""Set 42's address pools: street names, cities and areas of 20 countries where residents,
objectors, applicants, witnesses, voters, club members, letter writers and library and archive
users live (the US three times as often as each other country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half, so no street, city or area is shared by the halves. US street names get their
suffix from the builder; the other countries' names carry their street type. Regions may be
shared. No street is named after a person. Every invented entry (streets, house names, estates,
buildings, localities, complexes) was checked against the texts of sets 13-41; real cities may
recur.
"""

from __future__ import annotations

# fmt: off
# country -> street names (Japan: districts).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Sorrel Flats", "Culver Seep", "Bur Oak Hollow", "Prairie Smoke", "Harebell Swale",
           "Sweetfern Rise", "Cattail Slough", "Goldenrod Knob", "Sumac Draw", "Hackberry Fork",
           "Witch Hazel Bend", "Pawpaw Bottom", "Ninebark Ledge", "Bluestem Crossing", "Leadplant Rise",
           "Sassafras Gap", "Milkweed Run", "Horsemint Flat", "Persimmon Knoll", "Blazing Star Hollow",
           "Joe Pye Meadow", "Turtlehead Bend", "Redbud Terrace", "Tamarack Flat"),
    "gb": ("Pinfold Ginnel", "Wheelwrights Walk", "Tithebarn Close", "Farriers Twitten", "Thatchers Wynd",
           "Hurdlemakers Lane", "Pound Green Close", "Wainhouse Fold"),
    "ca": ("Rue des Phalaropes", "Muskeg Crescent", "Rue des Bruants", "Tamarind Hollow Way",
           "Rue des Quiscales", "Chinook Bend"),
    "au": ("Quandong Close", "Potoroo Street", "Bunyip Lane", "Wattlebird Rise", "Dunnart Court",
           "Brolga Parade"),
    "nz": ("Tōtara Heights Road", "Pūriri Way", "Kererū Close", "Raupō Terrace", "Pūkeko Glade",
           "Mānuka Rise"),
    "ie": ("Bóthar an Mhuilinn", "Ascaill na Fraoigh", "Sráid an Chaisleáin Bhig", "Lána na Sailí",
           "Céide an Ghleanna", "Radharc na Cille"),
    "in": ("Chawl Compound Road", "Old Mint Road", "Tonga Stand Road", "Kacheri Lane",
           "Dhobi Ghat Road", "Pinjrapole Road"),
    "de": ("Am Flachsrötteweg", "Kalkofenstieg", "Zur Lohmühle", "Ziegeleiweg Nord", "Am Sandkamp",
           "Torfstichweg"),
    "fr": ("rue des Sabotières", "allée du Lavoir-Neuf", "impasse des Rempailleurs",
           "chemin de la Tuilière", "rue des Feuillardiers", "allée des Bourreliers"),
    "es": ("Calle de los Albarderos", "Calle del Lavadero Viejo", "Calle de los Cabestreros",
           "Calle de la Noria Alta", "Calle de los Tundidores", "Calle del Trinquete"),
    "it": ("Via dei Bottai Vecchi", "Via della Gualchiera", "Via dei Bastai", "Via delle Gore",
           "Via del Tiratoio", "Via dei Cappellai"),
    "nl": ("Tingietersgang", "Zeepziedersstraat", "Hoedenmakerssteeg", "Kuiperswal-Oost",
           "Lijnslagerslaan", "Ververijhof"),
    "pl": ("ul. Garncarska Dolna", "ul. Przędzalnicza", "ul. Kaletnicza Boczna", "ul. Bednarska Nowa",
           "ul. Szklarska Stara", "ul. Rękawicznicza"),
    "br": ("Rua dos Chapeleiros Velhos", "Travessa das Rendeiras Velhas", "Rua das Esteireiras", "Rua da Cacimba",
           "Rua dos Caldeireiros", "Beco do Engenho"),
    "mx": ("Calle Curtidores del Sur", "Privada de los Alfareros", "Calle Sombrereros",
           "Calle Petateros", "Calle Veleros", "Calle Canasteros"),
    "jp": ("Kamiogi", "Shimoshakujii", "Kamirenjaku-kita", "Higashikurume", "Takaidohigashi", "Fujimidai"),
    "ng": ("Oke-Ado Road", "Ita-Elewa Street", "Isale-Osi Road", "Oja-Igbo Street", "Agbowo Road",
           "Ogunpa Street"),
    "za": ("Witstinkhout Crescent", "Umthombo Road", "Tambotie Lane", "Isihlahla Drive",
           "Kiaat Crescent", "Mopanie Avenue"),
    "se": ("Repslagargatan", "Garvaregatan", "Tegelbruksvägen", "Skomakargränd", "Kvarnbacken",
           "Smedjegränd"),
    "ar": ("Calle Los Curtidores", "Pasaje Los Aljibes", "Calle Las Herrerías", "Calle Los Molinos Viejos",
           "Pasaje Las Tejas", "Calle Los Talabarteros"),
}

# country -> (city, region, postcode prefix); all cities distinct.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Duluth", "MN", "558"), ("Bangor", "ME", "044"), ("Pueblo", "CO", "810"),
           ("Muncie", "IN", "473"), ("Roanoke", "VA", "240"), ("Billings", "MT", "591"),
           ("Macon", "GA", "312"), ("Eugene", "OR", "974")),
    "gb": (("Kendal", "", "LA"), ("Hexham", "", "NE"), ("Ludlow", "", "SY"), ("Bideford", "", "EX"),
           ("Whitby", "", "YO"), ("Oswestry", "", "SY")),
    "ca": (("Lethbridge", "AB", "T1"), ("Trois-Rivières", "QC", "G8"), ("Kamloops", "BC", "V2"),
           ("Fredericton", "NB", "E3")),
    "au": (("Bendigo", "VIC", "35"), ("Rockhampton", "QLD", "47"), ("Dubbo", "NSW", "28"),
           ("Geraldton", "WA", "65")),
    "nz": (("Timaru", "", "79"), ("Gisborne", "", "40"), ("Whanganui", "", "45"), ("Masterton", "", "58")),
    "ie": (("Ennis", "Co. Clare", "V95"), ("Castlebar", "Co. Mayo", "F23"), ("Carlow", "Co. Carlow", "R93"),
           ("Mullingar", "Co. Westmeath", "N91")),
    "in": (("Kolhapur", "Maharashtra", "416"), ("Belagavi", "Karnataka", "590"),
           ("Tirunelveli", "Tamil Nadu", "627"), ("Nellore", "Andhra Pradesh", "524")),
    "de": (("Paderborn", "", "33"), ("Bamberg", "", "96"), ("Lüneburg", "", "21"), ("Gießen", "", "35")),
    "fr": (("Limoges", "", "87"), ("Quimper", "", "29"), ("Valence", "", "26"), ("Chartres", "", "28")),
    "es": (("Zamora", "Zamora", "49"), ("Huesca", "Huesca", "22"), ("Soria", "Soria", "42"),
           ("Teruel", "Teruel", "44")),
    "it": (("Cremona", "CR", "26"), ("Matera", "MT", "75"), ("Arezzo", "AR", "52"), ("Udine", "UD", "33")),
    "nl": (("Amersfoort", "", "38"), ("Venlo", "", "59"), ("Assen", "", "94"), ("Middelburg", "", "43")),
    "pl": (("Tarnów", "", "33"), ("Elbląg", "", "82"), ("Kalisz", "", "62"), ("Płock", "", "09")),
    "br": (("Londrina", "PR", "860"), ("Juiz de Fora", "MG", "360"), ("Petrolina", "PE", "563"),
           ("Pelotas", "RS", "960")),
    "mx": (("Zacatecas", "Zac.", "98"), ("Tlaxcala", "Tlax.", "90"), ("Colima", "Col.", "28"),
           ("Campeche", "Camp.", "24")),
    "jp": (("Suginami-ku", "Tokyo", "168"), ("Nerima-ku", "Tokyo", "178"), ("Musashino-shi", "Tokyo", "180"),
           ("Nishitokyo-shi", "Tokyo", "202")),
    "ng": (("Abeokuta", "Ogun State", "110"), ("Osogbo", "Osun State", "230"), ("Akure", "Ondo State", "340"),
           ("Ilorin", "Kwara State", "240")),
    "za": (("Polokwane", "Limpopo", "07"), ("Kimberley", "Northern Cape", "83"),
           ("Bloemfontein", "Free State", "93"), ("Pietermaritzburg", "KwaZulu-Natal", "32")),
    "se": (("Västerås", "", "72"), ("Örebro", "", "70"), ("Jönköping", "", "55"), ("Gävle", "", "80")),
    "ar": (("Rosario", "Santa Fe", "S2000"), ("Mendoza", "Mendoza", "M5500"), ("Salta", "Salta", "A4400"),
           ("Paraná", "Entre Ríos", "E3100")),
}

# House names, estates, buildings and the like that some formats draw.
AREAS: dict[str, tuple[str, ...]] = {
    "house": ("Pinfold Cottage", "The Old Tollhouse", "Beckside Barn", "Sheepwash House",
              "The Old Reading Room", "Chapel Garth", "Lime Kiln Cottage", "The Old Pound House"),
    "ng_estate": ("Olomore Housing Estate", "Oke-Ilewo Layout", "Isale-Aro Extension", "Oke-Fia Layout",
                  "Alagbaka Extension", "Tanke Layout"),
    "jp_bldg": ("Maison Kikyo 301", "Heim Sakuragi 102", "Grandole Fuji 205", "Villa Hagi 403",
                "Court Nadeshiko 106", "Palace Tsutsuji 502"),
    "in_area": ("Shahupuri 3rd Lane", "Tilakwadi Extension", "Palayamkottai Market Side",
                "Magunta Layout", "Rajarampuri 5th Lane", "Vadgaon Cross"),
    "za_complex": ("Bosveld Gardens", "Seringa Mews", "Umdoni Villas", "Kameeldoring Court",
                   "Bergsig Lofts", "Ikhaya Manor"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States"), "gb": ("United Kingdom", "UK"), "ca": ("Canada",),
    "au": ("Australia",), "nz": ("New Zealand",), "ie": ("Ireland",), "in": ("India",),
    "de": ("Germany", "Deutschland"), "fr": ("France",), "es": ("Spain",), "it": ("Italy", "Italia"),
    "nl": ("Netherlands",), "pl": ("Poland", "Polska"), "br": ("Brazil", "Brasil"),
    "mx": ("Mexico", "México"), "jp": ("Japan",), "ng": ("Nigeria",), "za": ("South Africa",),
    "se": ("Sweden", "Sverige"), "ar": ("Argentina",),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
