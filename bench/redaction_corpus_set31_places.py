# ruff: noqa: RUF001
"""Set 31's address pools: street names, cities and areas of 18 countries.

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half (streets, cities, districts, neighbourhoods, buildings), so no street, city or
area is shared by the halves. The builders, which add the street type (``Rua``, ``Jalan``,
``utca``, ``ul.`` ...) where an entry has none, live in ``..._addresses.py``.
"""

from __future__ import annotations

# fmt: off
# country -> street names (the builder adds the street type where the name has none).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Crowfoot", "Burdock", "Kingsnake", "Chickweed", "Turkeyfoot", "Spindlewood",
           "Hobblebush", "Larchmoor"),
    "gb": ("Cotchford", "Haddlesey", "Scarthwaite", "Blackthorpe", "Sheepwash", "Gildersome",
           "Tollerton", "Crookham"),
    "ca": ("Kipawa", "Brackenhurst", "Quilchena", "Wabamun", "Kananaskis", "Penetang",
           "Sicamous", "Matane"),
    "au": ("Wallaroo", "Coonawarra", "Birrigai", "Gundaroo", "Moorabool", "Tilba", "Wirreanda",
           "Bungaree"),
    "in": ("Venkatapura", "Hosakerehalli", "Kathriguppe", "Yelachenahalli", "Gottigere",
           "Kammanahalli", "Tavarekere", "Bhoopasandra"),
    "br": ("Mangabeira", "Ingazeira", "Oiticica", "Juazeiro", "Carnaubal", "Umbuzeiro",
           "Pequizeiro", "Macaubal"),
    "mx": ("Pitahaya", "Cazahuate", "Biznaga", "Maguey", "Cuajiote", "Tescalama", "Zompantle",
           "Chirimoya"),
    "ph": ("Sampaguita", "Kamagong", "Katmon", "Kalachuchi", "Dapdap", "Banaba", "Molave",
           "Aratiles"),
    "vn": ("Xoài", "Sầu Riêng", "Mít", "Vú Sữa", "Dầu Rái", "Bằng Lăng", "Khế", "Sao Đen"),
    "id": ("Flamboyan", "Bougenville", "Anggrek", "Sawo Kecik", "Kamboja", "Nusa Indah",
           "Mahoni", "Tanjung"),
    "my": ("Meranti", "Kempas", "Resak", "Keruing", "Chengal", "Rengas", "Gaharu", "Jelutong"),
    "tr": ("Ihlamur", "Ardıç", "Menekşe", "Akasya", "Begonya", "Zakkum", "Hanımeli", "Fesleğen"),
    "gr": ("Kalamiotou", "Skoufa", "Ypsilantou", "Tsimiski", "Mitropoleos", "Navarinou",
           "Lykourgou", "Dodekanisou"),
    "pt": ("Rua dos Algibebes", "Travessa dos Vidreiros", "Calçada dos Esteireiros",
           "Largo da Tanoaria", "Rua dos Cutileiros", "Beco dos Albardeiros",
           "Rua dos Surradores", "Rua dos Pelames"),
    "ie": ("Rathgowan", "Glenbrohane", "Ballyvourney", "Carrigtwohill", "Moyvalley", "Clonsilla",
           "Lisnagry", "Ballinacurra"),
    "hu": ("Pipacs", "Ibolya", "Nefelejcs", "Búzavirág", "Kökörcsin", "Rozmaring",
           "Harangvirág", "Kankalin"),
    "ro": ("Liliacului", "Teiului", "Cireșului", "Brândușei", "Zambilelor", "Garofiței",
           "Viorelelor", "Salcâmilor"),
    "ru": ("Sirenevaya", "Lipovaya", "Ryabinovaya", "Cheryomukhovaya", "Kedrovaya",
           "Oblepikhovaya", "Malakhitovaya", "Podsolnechnaya"),
}

# country -> (city, region, postcode prefix)
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Duluth", "MN", "558"), ("Bozeman", "MT", "597"), ("Burlington", "VT", "054"),
           ("Flagstaff", "AZ", "860")),
    "gb": (("Tiverton", "", "EX16"), ("Kendal", "", "LA9"), ("Hexham", "", "NE46"),
           ("Oban", "", "PA34")),
    "ca": (("Thunder Bay", "ON", "P7B"), ("Kamloops", "BC", "V2C"), ("Moncton", "NB", "E1C"),
           ("Sherbrooke", "QC", "J1H")),
    "au": (("Wagga Wagga", "NSW", "2650"), ("Toowoomba", "QLD", "4350"),
           ("Mildura", "VIC", "3500"), ("Launceston", "TAS", "7250")),
    "in": (("Bengaluru", "Karnataka", "560"), ("Chennai", "Tamil Nadu", "600"),
           ("Mysuru", "Karnataka", "570"), ("Coimbatore", "Tamil Nadu", "641")),
    "br": (("Recife", "PE", "50"), ("Fortaleza", "CE", "60"), ("Maceió", "AL", "57"),
           ("Teresina", "PI", "64")),
    "mx": (("Querétaro", "Qro.", "76"), ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97"),
           ("Aguascalientes", "Ags.", "20")),
    "ph": (("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60"),
           ("Davao City", "Davao del Sur", "80"), ("Iloilo City", "Iloilo", "50")),
    "vn": (("TP. Hồ Chí Minh", "", "7"), ("Hà Nội", "", "1"), ("Đà Nẵng", "", "5"),
           ("Cần Thơ", "", "9")),
    "id": (("Bandung", "Jawa Barat", "40"), ("Semarang", "Jawa Tengah", "50"),
           ("Malang", "Jawa Timur", "65"), ("Yogyakarta", "DI Yogyakarta", "55")),
    "my": (("Petaling Jaya", "Selangor", "47"), ("Ipoh", "Perak", "30"),
           ("Johor Bahru", "Johor", "80"), ("Kuching", "Sarawak", "93")),
    "tr": (("İstanbul", "Kadıköy", "347"), ("İzmir", "Bornova", "350"),
           ("Ankara", "Çankaya", "066"), ("Bursa", "Nilüfer", "160")),
    "gr": (("Thessaloniki", "", "546"), ("Athina", "", "105"), ("Patra", "", "262"),
           ("Irakleio", "", "712")),
    "pt": (("Lisboa", "", "11"), ("Porto", "", "40"), ("Braga", "", "47"), ("Coimbra", "", "30")),
    "ie": (("Galway", "Co. Galway", "H91"), ("Tralee", "Co. Kerry", "V92"),
           ("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95")),
    "hu": (("Budapest", "", "1"), ("Debrecen", "", "40"), ("Szeged", "", "67"), ("Pécs", "", "76")),
    "ro": (("București", "", "0"), ("Cluj-Napoca", "jud. Cluj", "400"),
           ("Iași", "jud. Iași", "700"), ("Timișoara", "jud. Timiș", "300")),
    "ru": (("Moskva", "", "1"), ("Kazan", "", "420"), ("Novosibirsk", "", "630"),
           ("Yekaterinburg", "", "620")),
}

# Districts, neighbourhoods, estates and buildings (split by half like the streets).
AREAS: dict[str, tuple[str, ...]] = {
    "br": ("Tamarineira", "Espinheiro", "Rosarinho", "Encruzilhada", "Torreão", "Parnamirim",
           "Jardim Mangueiral", "Poço da Panela"),
    "mx": ("Col. Jurica", "Col. Carretas", "Col. Huexotitla", "Col. Itzimná", "Col. Chuburná",
           "Col. Tlaxcalancingo"),
    "ph": ("Brgy. Pinyahan", "Brgy. Lahug", "Brgy. Talamban", "Brgy. Kamuning", "Brgy. Tacas",
           "Brgy. Buhangin"),
    "vn": ("phường Tân Định", "phường Thảo Điền", "phường Đa Kao", "phường Khương Mai",
           "phường Láng Hạ", "phường Hòa Cường"),
    "vn_q": ("quận Gò Vấp", "quận Cầu Giấy", "quận Hải Châu", "quận Ninh Kiều",
             "quận Tân Bình", "quận Liên Chiểu"),
    "id_kel": ("Kel. Sukaluyu", "Kel. Cigadung", "Kel. Tembalang", "Kel. Lowokwaru",
               "Kel. Pleburan", "Kel. Sinduadi"),
    "id_kec": ("Kec. Cibeunying Kaler", "Kec. Banyumanik", "Kec. Klojen", "Kec. Gondokusuman",
               "Kec. Candisari", "Kec. Mlati"),
    "my": ("Taman Megah", "Taman Pelangi", "Taman Bukit Mewah", "Taman Canning",
           "Taman Desa Jaya", "Taman Kenari"),
    "tr": ("Caferağa", "Kazımdirik", "Erenköy", "Kavaklıdere", "Balgat", "Görükle", "Ataevler",
           "Osmanağa"),
    "ie_bldg": ("Corrib Court", "Slaney House", "Feale Mews", "Nore Lodge", "Garavogue Hall",
                "Suir Quay Apartments"),
    "gb_bldg": ("The Old Granary", "Tithe Cottage", "Swallow Barn", "The Coach House",
                "Wheelwright's Cottage", "Lapwing Farm"),
    "in_bldg": ("Sri Sai Nilaya", "Lakshmi Residency", "Gokulam Enclave", "Brindavan Apartments",
                "Sumukha Homes", "Annapoorna Towers"),
}
# fmt: on

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("USA", "United States"),
    "gb": ("United Kingdom", "UK"),
    "ca": ("Canada",),
    "au": ("Australia",),
    "in": ("India",),
    "br": ("Brasil", "Brazil"),
    "mx": ("México", "Mexico"),
    "ph": ("Philippines",),
    "vn": ("Việt Nam", "Vietnam"),
    "id": ("Indonesia",),
    "my": ("Malaysia",),
    "tr": ("Türkiye", "Turkey"),
    "gr": ("Greece", "Ellada"),
    "pt": ("Portugal",),
    "ie": ("Ireland", "Éire"),
    "hu": ("Hungary", "Magyarország"),
    "ro": ("Romania", "România"),
    "ru": ("Russia", "Rossiya"),
}
COUNTRIES = tuple(COUNTRY_NAMES)
