# ruff: noqa: E501
"""Set 41's address pools: street names, cities and areas of 20 countries where families,
pupils, patients, mourners and parishioners live and where school letters, prescriptions,
invitations, condolence cards and charity receipts go (the US three times as often as each
other country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half, so no street, city or area is shared by the halves. US street names get their
suffix from the builder; the other countries' names carry their street type. Regions may be
shared. No street is named after a person. Every invented entry (streets, house names, estates,
barangays, buildings) was checked against the texts of sets 13-40; real cities may recur.
"""

from __future__ import annotations

# fmt: off
# country -> street names (Japan: districts).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Feldspar Ridge", "Quartzite Hollow", "Gypsum Flat", "Obsidian Bluff", "Mica Springs",
           "Galena Fork", "Cinnabar Run", "Jasper Knoll", "Basalt Terrace", "Travertine",
           "Chert Creek", "Malachite", "Pumice Bend", "Agate Wash", "Tourmaline", "Shale Bottom",
           "Dolomite Crest", "Garnet Hollow", "Soapstone Gap", "Flintlock Draw", "Larkspur Prairie",
           "Boneset Meadow", "Switchgrass Bend", "Chokecherry Bend"),
    "gb": ("Tanners Yard", "Coopers Ginnel", "Fellmongers Row", "Saddlers Twitten", "Ropewalk Chare",
           "Glovers Wynd", "Chandlery Close", "Maltsters Lane"),
    "ca": ("Rue des Bécasseaux", "Rue des Sittelles", "Rue des Pluviers", "Snowshoe Trail",
           "Rue des Carouges", "Caribou Gate"),
    "au": ("Wombat Crescent", "Bilby Close", "Currawong Rise", "Lyrebird Terrace", "Bettong Way",
           "Quoll Parade"),
    "nz": ("Pōhutukawa Rise", "Kākāriki Lane", "Toetoe Terrace", "Mataī Crescent", "Ruru Place",
           "Kōtare Way"),
    "ie": ("Sráid na Céibhe", "Ascaill na Leamhán", "Bóthar na Sceach", "Cnoc na Fuinseoige",
           "Bóithrín na Carraige", "Céide na Coille"),
    "in": ("Tank Bund Road", "Mill Compound Road", "Ginning Factory Road", "Dharmashala Lane",
           "Bazaar Peth Road", "Old Octroi Naka Road"),
    "de": ("Feldsteinweg", "Zum Torfmoor", "Schieferstieg", "Am Lehmberg", "Am Mergelhang",
           "Quarzweg"),
    "fr": ("allée des Tisserandes", "rue du Four-à-Chaux", "impasse des Vanniers",
           "rue de la Tuilerie-Basse", "chemin des Sabotiers", "allée des Cordiers"),
    "es": ("Calle de los Curtidores", "Calle de los Tejedores", "Calle del Aljibe",
           "Calle de las Eras Altas", "Calle de los Canteros", "Calle del Pozo Nieve"),
    "it": ("Via dei Cestai", "Via della Fornace Vecchia", "Via delle Tintorie",
           "Via dei Sellai Antichi", "Via del Maglio", "Via delle Cardatrici"),
    "nl": ("Kuipersstraat-West", "Lijnbaanshof", "Pottenbakkerspad", "Blekersveld", "Zoutziedershof",
           "Lakenvoldersweg"),
    "pl": ("ul. Bednarska Dolna", "ul. Kowalska Górna", "ul. Sitarska", "ul. Cegielniana",
           "ul. Kołodziejska", "ul. Rymarska Górna"),
    "br": ("Rua das Rendeiras", "Travessa dos Ferreiros", "Rua das Lavadeiras", "Rua dos Tropeiros",
           "Rua da Olaria Nova", "Rua dos Seleiros"),
    "mx": ("Calle Talabarteros", "Privada de los Hojalateros", "Calle Cereros", "Andador Tejedores",
           "Calle Jaboneros", "Calle Coheteros"),
    "jp": ("Kamishakujii", "Shimoigusa", "Higashiyamato", "Higashitamagawa", "Nishikamata",
           "Tsurumaki"),
    "ph": ("Kamuning Street", "Katmon Street", "Dita Street", "Anahaw Lane", "Yakal Lane",
           "Lanutan Street"),
    "ng": ("Agbeni Market Road", "Oke-Padre Street", "Oja-Oba Road", "Isale-Eko Close",
           "Ogbe-Ijoh Street", "Iyaganku Road"),
    "ke": ("Chania Avenue", "Kabarsiran Avenue", "Gitanga Lane", "Kasuku Road", "Kingara Lane",
           "Marang Close"),
    "za": ("Umdoni Road", "Kiepersol Crescent", "Marula Avenue", "Tamboti Drive", "Mopani Lane",
           "Ysterhout Crescent"),
}

# country -> (city, region, postcode prefix); all cities distinct.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Tulsa", "OK", "741"), ("Spokane", "WA", "992"), ("Dayton", "OH", "454"),
           ("Lubbock", "TX", "794"), ("Chattanooga", "TN", "374"), ("Fort Wayne", "IN", "468"),
           ("Boise", "ID", "837"), ("Savannah", "GA", "314")),
    "gb": (("Huddersfield", "", "HD"), ("Carlisle", "", "CA"), ("Stoke-on-Trent", "", "ST"),
           ("Truro", "", "TR")),
    "ca": (("Saskatoon", "SK", "S7"), ("Sherbrooke", "QC", "J1"), ("Kelowna", "BC", "V1"),
           ("Moncton", "NB", "E1")),
    "au": (("Toowoomba", "QLD", "43"), ("Ballarat", "VIC", "33"), ("Wagga Wagga", "NSW", "26"),
           ("Bunbury", "WA", "62")),
    "nz": (("Whangārei", "", "01"), ("Nelson", "", "70"), ("Invercargill", "", "98"),
           ("Rotorua", "", "30")),
    "ie": (("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95"), ("Ennis", "Co. Clare", "V95"),
           ("Tralee", "Co. Kerry", "V92")),
    "in": (("Solapur", "Maharashtra", "413"), ("Hubballi", "Karnataka", "580"),
           ("Tiruchirappalli", "Tamil Nadu", "620"), ("Guntur", "Andhra Pradesh", "522")),
    "de": (("Bielefeld", "", "33"), ("Würzburg", "", "97"), ("Oldenburg", "", "26"),
           ("Göttingen", "", "37")),
    "fr": (("Angers", "", "49"), ("Poitiers", "", "86"), ("Besançon", "", "25"), ("Limoges", "", "87")),
    "es": (("Cáceres", "Cáceres", "10"), ("Logroño", "La Rioja", "26"), ("Albacete", "Albacete", "02"),
           ("Lugo", "Lugo", "27")),
    "it": (("Ferrara", "FE", "44"), ("Lecce", "LE", "73"), ("Perugia", "PG", "06"), ("Trento", "TN", "38")),
    "nl": (("Zwolle", "", "80"), ("Leeuwarden", "", "89"), ("Deventer", "", "74"), ("Middelburg", "", "43")),
    "pl": (("Rzeszów", "", "35"), ("Olsztyn", "", "10"), ("Opole", "", "45"), ("Zielona Góra", "", "65")),
    "br": (("Maringá", "PR", "870"), ("Uberlândia", "MG", "384"), ("Feira de Santana", "BA", "440"),
           ("Caxias do Sul", "RS", "950")),
    "mx": (("Morelia", "Mich.", "58"), ("Oaxaca de Juárez", "Oax.", "68"), ("Saltillo", "Coah.", "25"),
           ("Mérida", "Yuc.", "97")),
    "jp": (("Nerima-ku", "Tokyo", "177"), ("Suginami-ku", "Tokyo", "167"), ("Setagaya-ku", "Tokyo", "158"),
           ("Ota-ku", "Tokyo", "144")),
    "ph": (("Quezon City", "Metro Manila", "11"), ("Iloilo City", "Iloilo", "50"),
           ("Davao City", "Davao del Sur", "80"), ("Bacolod", "Negros Occidental", "61")),
    "ng": (("Ibadan", "Oyo State", "200"), ("Enugu", "Enugu State", "400"), ("Ilorin", "Kwara State", "240"),
           ("Benin City", "Edo State", "300")),
    "ke": (("Nairobi", "", "00"), ("Nakuru", "", "20"), ("Eldoret", "", "30"), ("Kisumu", "", "40")),
    "za": (("Durban", "KwaZulu-Natal", "40"), ("Gqeberha", "Eastern Cape", "60"),
           ("Pretoria", "Gauteng", "00"), ("Mbombela", "Mpumalanga", "12")),
}

# House names, estates, barangays, buildings and the like that some formats add.
AREAS: dict[str, tuple[str, ...]] = {
    "house": ("Hollyhock Lodge", "Marram Lodge", "The Old Forge House", "Curlew Cottage",
              "Sexton's Barn", "Lapwing House"),
    "ph_brgy": ("Brgy. Bagong Pag-asa", "Brgy. Jaro Norte", "Brgy. Matina Crossing", "Brgy. Mandalagan",
                "Brgy. Bitoon", "Brgy. Tabuc Suba"),
    "ng_estate": ("Agodi GRA", "New Haven Extension", "Oko-Erin", "Abakpa Nike",
                  "Tanke-Oke Odo", "Ugbowo Housing Estate"),
    "ke_estate": ("Nyayo Highrise", "Langas", "Elgon View", "Lanet Estate", "Section 58", "Tom Mboya Estate"),
    "jp_bldg": ("Corpo Hikari 203", "Mezon Tsubaki 105", "Heights Kaede 402", "Sunvillage Momiji 301",
                "Residence Hinoki 208", "Lumiere Ayame 506"),
    "in_area": ("Hotgi Road Layout", "Keshav Nagar", "Vidyanagar Extension", "Thillai Nagar",
                "Brodipet 4th Line", "Gokul Road"),
    "za_complex": ("Msinsi Gardens", "Umhlanga Ridge Villas", "Glenwood Mews", "Rietvlei Close",
                   "Sonheuwel Manor", "Summerstrand Lofts"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States"), "gb": ("United Kingdom", "UK"), "ca": ("Canada",),
    "au": ("Australia",), "nz": ("New Zealand",), "ie": ("Ireland",), "in": ("India",),
    "de": ("Germany",), "fr": ("France",), "es": ("Spain", "España"), "it": ("Italy",),
    "nl": ("Netherlands", "Nederland"), "pl": ("Poland",), "br": ("Brazil", "Brasil"),
    "mx": ("Mexico",), "jp": ("Japan",), "ph": ("Philippines",), "ng": ("Nigeria",),
    "ke": ("Kenya",), "za": ("South Africa",),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
