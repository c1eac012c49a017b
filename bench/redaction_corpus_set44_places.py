# ruff: noqa: E501, RUF001
"""Set 44's address pools: street names, cities and areas of 29 countries where farmers,
growers, tenants, landlords, buyers, builders, site managers, drivers, fleet customers,
researchers and lab users live and where tenancy agreements, quotes, invoices, deliveries,
meter bills, recall letters and sample kits go (the US three times as often as each other
country).

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half, so no street, city or area is shared by the halves. US street names get their
suffix from the builder; the other countries' names carry their street type. Regions may be
shared. No street is named after a person (most are fields, crops, farm buildings, hedges and
old rural trades). Every invented entry (streets, farm and house names, townlands, estates,
barangays, buildings, neighbourhoods, localities, complexes, kampungs, tamans, farms) was
checked against the texts of sets 13-43; real cities may recur.
"""

from __future__ import annotations

# fmt: off
# country -> street names (Japan: districts).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Haymow", "Silage Pit", "Corncrib", "Sorghum Flat", "Threshing Yard", "Tassel Field", "Feedlot Spur",
           "Shelterbelt", "Alfalfa Bottom", "Windrow Bend", "Hog Wallow", "Stubble Field", "Pasture Gate",
           "Granary Hill", "Sugarbeet", "Cattle Guard", "Silo Crest", "Haybale Hollow", "Hopyard",
           "Seed Drill", "Furrow Run", "Milkhouse", "Calving Barn", "Creep Feeder"),
    "gb": ("Ox Pasture Lane", "Stackyard Close", "Tup Field Lane", "Rickyard Row", "Fold Yard Lane",
           "Sheepfold Wynd", "Cow Gate Bank", "Hemp Garth"),
    "ca": ("Chemin des Sucreries", "Rang des Érables-Rouges", "Silo Line", "Chemin du Pacage",
           "Rang Saint-Grain", "Haymeadow Sideroad"),
    "au": ("Woolshed Road", "Shearers Lane", "Sheepdip Court", "Stockyard Parade", "Wheatbelt Close",
           "Drovers Rest Street"),
    "nz": ("Woolshed Lane", "Kūmara Rise", "Pūhā Grove", "Haybarn Terrace", "Tōtara Gully Road", "Rāwaru Way"),
    "ie": ("Bóthar na Móna", "Lána an Fhéir", "Bóithrín an Arbhair", "Céide na Cruithneachta",
           "Ascaill an Choirce", "Radharc na Páirce"),
    "in": ("Gur Mandi Road", "Kisan Chowk Lane", "Beej Bhandar Road", "Kapas Bazar Road", "Dudh Dairy Lane",
           "Anaj Mandi Road"),
    "de": ("Am Heuboden", "Tennenweg", "Hopfengartenweg", "Am Melkstand", "Futterkamp", "Zur Dreschhalle"),
    "fr": ("chemin des Faucheurs", "rue de la Grange-Dîmière", "allée des Moissonneurs", "chemin du Pressoir-Banal",
           "rue des Batteuses", "impasse du Fenil"),
    "es": ("Calle de la Trilla", "Calle del Granero Viejo", "Camino de la Era Alta", "Calle de los Segadores",
           "Calle del Pajar", "Calle de los Aventadores"),
    "it": ("Via dei Mietitori", "Via del Fienile", "Via della Trebbiatura", "Via delle Stalle Vecchie",
           "Via del Caseificio", "Via dei Bifolchi"),
    "nl": ("Hooibergpad", "Melkfabriekstraat", "Dorsvloer", "Kaasmakerspad", "Veldschuurweg", "Grasdrogerij"),
    "pl": ("ul. Młocarniana", "ul. Stodolna Boczna", "ul. Sianokosów", "ul. Żniwna Mała", "ul. Oborowa",
           "ul. Spichrzowa Górna"),
    "br": ("Rua da Casa de Farinha", "Travessa da Moenda", "Rua dos Colonos Novos", "Estrada do Curral",
           "Rua da Tulha", "Beco do Alambique"),
    "mx": ("Calle Ejidatarios", "Privada de los Magueyes", "Calle Troje", "Calle Nixtamal",
           "Privada del Jagüey", "Calle Mayordomos"),
    "jp": ("Wakamatsu", "Kamitoba", "Kuzuha", "Nishikujo", "Higashiyodogawa", "Mikunigaoka"),
    "ph": ("Palay Street", "Kalabaw Lane", "Tubohan Road", "Niyogan Street", "Gilingan Lane", "Sakahan Road"),
    "ng": ("Oko-Agbe Road", "Oja-Agbado Street", "Isale-Oko Road", "Ita-Agbe Street", "Oke-Koko Road",
           "Igbo-Ogede Street"),
    "ke": ("Mkulima Road", "Shamba Lane", "Mavuno Avenue", "Ng'ombe Close", "Kahawa Farm Road", "Majani Lane"),
    "za": ("Koringland Avenue", "Saaiplaas Road", "Melkstal Crescent", "Boerdery Lane", "Umbila Street",
           "Oesland Drive"),
    "pt": ("Rua da Eira Velha", "Travessa do Lagar", "Rua dos Ceifeiros", "Calçada da Azenha",
           "Rua do Espigueiro", "Largo da Vindima"),
    "ch": ("Heustockweg", "Chemin des Moissons", "Käsereiweg Oberdorf", "Chemin du Battoir", "Tennmattstrasse",
           "Alpgasse"),
    "tr": ("Harman Sokak", "Ambar Caddesi", "Hasat Sokak", "Ağıl Sokak", "Çiftlik Caddesi", "Bağevi Sokak"),
    "kr": ("Nongeop-ro", "Gwasuwon-gil", "Dongchon-ro", "Barammaru-ro", "Deulnyeok-ro", "Saemteo-ro"),
    "at": ("Heustadelgasse", "Am Kuhanger", "Dreschergasse", "Almweg", "Mostobstweg", "Getreidemarktgasse"),
    "dk": ("Høstvej", "Mejerivangen", "Kornmarksvej", "Halmstakken", "Kvægtorvet", "Roemarken"),
    "cl": ("Pasaje Los Trilladores", "Calle La Vendimia", "Pasaje El Arriero", "Camino Las Majadas",
           "Calle Los Inquilinos", "Pasaje La Chacra"),
    "my": ("Jalan Sawah Padi", "Jalan Kebun Getah", "Jalan Ladang Nanas", "Jalan Bendang", "Jalan Dusun Durian",
           "Jalan Kolam Ikan"),
    "sg": ("Kampong Lorong Ternak", "Sungei Tengah Walk", "Lim Chu Kang Farmway 5", "Neo Tiew Crescent",
           "Murai Farmway 2", "Jalan Kebun Sayur"),
}

# country -> (city, region, postcode prefix); all cities distinct.
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Ames", "IA", "500"), ("Salina", "KS", "674"), ("Modesto", "CA", "953"), ("Lancaster", "PA", "176"),
           ("Fargo", "ND", "581"), ("Yakima", "WA", "989"), ("Amarillo", "TX", "791"), ("Grand Island", "NE", "688")),
    "gb": (("Hexham", "", "NE"), ("Leominster", "", "HR"), ("Thirsk", "", "YO"), ("Oswestry", "", "SY"),
           ("Okehampton", "", "EX"), ("Melton Mowbray", "", "LE")),
    "ca": (("Saint-Hyacinthe", "QC", "J2"), ("Brandon", "MB", "R7"), ("Lethbridge", "AB", "T1"),
           ("Guelph", "ON", "N1")),
    "au": (("Dubbo", "NSW", "28"), ("Mildura", "VIC", "35"), ("Kingaroy", "QLD", "46"), ("Albany", "WA", "63")),
    "nz": (("Ashburton", "", "77"), ("Masterton", "", "58"), ("Balclutha", "", "92"), ("Te Awamutu", "", "38")),
    "ie": (("Mullingar", "Co. Westmeath", "N91"), ("Clonmel", "Co. Tipperary", "E91"),
           ("Ballinasloe", "Co. Galway", "H53"), ("Cavan", "Co. Cavan", "H12")),
    "in": (("Ludhiana", "Punjab", "141"), ("Karnal", "Haryana", "132"), ("Anand", "Gujarat", "388"),
           ("Mandya", "Karnataka", "571")),
    "de": (("Vechta", "", "49"), ("Straubing", "", "94"), ("Husum", "", "25"), ("Soest", "", "59")),
    "fr": (("Aurillac", "", "15"), ("Laval", "", "53"), ("Châteauroux", "", "36"), ("Rodez", "", "12")),
    "es": (("Albacete", "Albacete", "02"), ("Huesca", "Huesca", "22"), ("Zamora", "Zamora", "49"),
           ("Soria", "Soria", "42")),
    "it": (("Cremona", "CR", "26"), ("Foggia", "FG", "71"), ("Mantova", "MN", "46"), ("Asti", "AT", "14")),
    "nl": (("Emmeloord", "", "83"), ("Assen", "", "94"), ("Winterswijk", "", "71"), ("Dronten", "", "82")),
    "pl": (("Siedlce", "", "08"), ("Łomża", "", "18"), ("Ciechanów", "", "06"), ("Zamość", "", "22")),
    "br": (("Rio Verde", "GO", "759"), ("Chapecó", "SC", "898"), ("Sorriso", "MT", "788"),
           ("Passo Fundo", "RS", "990")),
    "mx": (("Celaya", "Gto.", "38"), ("Culiacán", "Sin.", "80"), ("Zamora de Hidalgo", "Mich.", "59"),
           ("Tehuacán", "Pue.", "75")),
    "jp": (("Minami-ku", "Kyoto", "601"), ("Sakai-ku", "Osaka", "590"), ("Nishi-ku", "Niigata", "950"),
           ("Chuo-ku", "Sapporo", "060")),
    "ph": (("Cabanatuan", "Nueva Ecija", "31"), ("Koronadal", "South Cotabato", "95"),
           ("Tuguegarao", "Cagayan", "35"), ("Malaybalay", "Bukidnon", "87")),
    "ng": (("Saki", "Oyo State", "203"), ("Iseyin", "Oyo State", "201"), ("Ikare", "Ondo State", "342"),
           ("Ilesa", "Osun State", "233")),
    "ke": (("Eldoret", "", "30"), ("Nakuru", "", "20"), ("Kitale", "", "30"), ("Meru", "", "60")),
    "za": (("Bethlehem", "Free State", "97"), ("Upington", "Northern Cape", "88"), ("Worcester", "Western Cape", "68"),
           ("Lichtenburg", "North West", "27")),
    "pt": (("Santarém", "", "2000"), ("Beja", "", "7800"), ("Castelo Branco", "", "6000"), ("Vila Real", "", "5000")),
    "ch": (("Langenthal", "BE", "49"), ("Yverdon-les-Bains", "VD", "14"), ("Frauenfeld", "TG", "85"),
           ("Sursee", "LU", "62")),
    "tr": (("Polatlı", "Ankara", "064"), ("Ödemiş", "İzmir", "359"), ("Ereğli", "Konya", "429"),
           ("Turgutlu", "Manisa", "454")),
    "kr": (("Jecheon-si", "Chungbuk", "27"), ("Naju-si", "Jeonnam", "58"), ("Gimje-si", "Jeonbuk", "54"),
           ("Andong-si", "Gyeongbuk", "36")),
    "at": (("Wels", "Oberösterreich", "46"), ("Tulln", "Niederösterreich", "34"), ("Leoben", "Steiermark", "87"),
           ("Lienz", "Tirol", "99")),
    "dk": (("Herning", "", "74"), ("Viborg", "", "88"), ("Holstebro", "", "75"), ("Ringkøbing", "", "69")),
    "cl": (("Curicó", "Maule", "334"), ("Chillán", "Ñuble", "378"), ("Osorno", "Los Lagos", "529"),
           ("Los Ángeles", "Biobío", "444")),
    "my": (("Kluang", "Johor", "86"), ("Teluk Intan", "Perak", "36"), ("Kuala Kangsar", "Perak", "33"),
           ("Temerloh", "Pahang", "28")),
    "sg": (("Singapore", "", "71"), ("Singapore", "", "69"), ("Singapore", "", "72"), ("Singapore", "", "70")),
}

# House and farm names, townlands, estates, barangays, buildings, neighbourhoods and the like
# that some formats draw.
AREAS: dict[str, tuple[str, ...]] = {
    "house": ("Low Barns", "Hagg End Farm", "Fellgate Farm", "The Old Dairy", "Cruck Barn", "Nethercote Farm",
              "The Old Threshing Barn", "Oxclose Farm"),
    "townland": ("Gortnaclohy", "Drumcullion", "Knockaunbrack", "Cloonfinish", "Derrylahan", "Ballinvarrig"),
    "in_area": ("Kisan Colony", "Gaushala Road Extension", "Mandi Samiti Lane", "Krishi Nagar 3rd Cross",
                "Dudhsagar Colony", "Beejnagar Lane"),
    "jp_bldg": ("Corpo Inaho 201", "Heim Minori 304", "Maison Hozue 105", "Villa Tambo 202", "Court Aogaki 401",
                "Palace Wase 306"),
    "ph_brgy": ("Brgy. Bantug", "Brgy. Zone III", "Brgy. Caritan Norte", "Brgy. Casisang", "Brgy. Aduas Centro",
                "Brgy. Sumpong"),
    "ng_estate": ("Agbe Layout", "Oja-Oba Extension", "Ogbere Layout", "Isale-Agbe Extension", "Oke-Ola Layout",
                  "Agbado Farm Settlement"),
    "ke_estate": ("Kapseret Estate", "Lanet Phase 3", "Milimani Farm Estate", "Kiamunyi Gardens",
                  "Pioneer Shamba Estate", "Kimathi Way Estate"),
    "za_complex": ("Graanveld Villas", "Ukhozi Mews", "Boplaas Gardens", "Vlakte Court", "Wingerd Terraces",
                   "Isivuno Manor"),
    "tr_mah": ("Harmanlı Mah.", "Çiftlikköy Mah.", "Bağlarbaşı Mah.", "Ovacık Mah.", "Sulubağ Mah.", "Tarlabaşı Yeni Mah."),
    "kr_apt": ("Deulkkot Maeul Apt", "Ssalbori Apt", "Pureunbeol Apt", "Hwanggeum Deul Apt", "Bomnal Village Apt",
               "Oksu Maeul Apt"),
    "at_hof": ("Oberhuber-Hof", "Moarhof", "Gruberhof am Bach", "Lehnerhof", "Hinterkaser", "Sonnleitnerhof"),
    "dk_gaard": ("Nørregård", "Vestergaard Mark", "Lillemosegård", "Bakkegården", "Højlundgård", "Engholm"),
    "cl_sector": ("Sector Los Maitenes", "Sector El Boldal", "Sector Quilamapu", "Sector Las Toscas",
                  "Sector Rucapequén", "Sector El Manzanar"),
    "my_taman": ("Taman Sri Padi", "Kampung Parit Nipah", "Taman Getah Jaya", "Kampung Sungai Durian",
                 "Taman Ladang Permai", "Kampung Bendang Baru"),
}

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States", "U.S.A."), "gb": ("United Kingdom", "UK", "Great Britain"), "ca": ("Canada",),
    "au": ("Australia",), "nz": ("New Zealand", "Aotearoa New Zealand"), "ie": ("Ireland", "Éire"),
    "in": ("India",), "de": ("Germany", "Deutschland"), "fr": ("France",), "es": ("Spain", "España"),
    "it": ("Italy",), "nl": ("Netherlands", "The Netherlands"), "pl": ("Poland",), "br": ("Brazil", "Brasil"),
    "mx": ("Mexico",), "jp": ("Japan",), "ph": ("Philippines",), "ng": ("Nigeria",), "ke": ("Kenya",),
    "za": ("South Africa", "RSA"), "pt": ("Portugal",), "ch": ("Switzerland", "Schweiz", "Suisse"),
    "tr": ("Türkiye", "Turkey"), "kr": ("South Korea", "Republic of Korea"), "at": ("Austria", "Österreich"),
    "dk": ("Denmark", "Danmark"), "cl": ("Chile",), "my": ("Malaysia",), "sg": ("Singapore",),
}
# fmt: on
# The US three times as often as each other country.
COUNTRIES = ("us", "us", "us", *(c for c in COUNTRY_NAMES if c != "us"))
