"""Set 18's street addresses: 20 national formats, one line, several lines or the street line.

Street names were written for set 18; none of their distinctive words occurs in a set 13-17
text. Localities are real towns and may occur there. An address is returned as its lines;
the caller joins them with ", " (one line) or "\n" (a label), or keeps the first line only
(a split form field).
"""

from __future__ import annotations

import random

# country -> street names, "|"-separated (with their own generic word where the format puts it
# inside).
_STREETS_JOINED = {
    "US": (
        "Juneberry Ln|Redbud Hollow Rd|Possumhaw Ct|Bittersweet Dr|Goldfinch Ave|"
        "Meadowlark Bend|Shagbark Trail|Bur Oak Blvd|Wintergreen St|Pokeweed Way|"
        "Thimbleberry Ct|Bayard Rustin Blvd|Hiram Revels St"
    ),
    "GB": (
        "Thrushcross Lane|Cowslip Close|Sorrel Way|Mistle Road|Nettlebed Gardens|Tanyard Lane|"
        "Wagtail Drive|Coltsfoot Road|Meadowsweet Close|Yellowhammer Way|Fieldfare Avenue|"
        "Teasel Road|Coppergate Mews|Cordwainers Row|Hayrick Close"
    ),
    "CA": (
        "Laurentide Dr|Lougheed Hwy|Snowberry Cres|Gaspereau Ave|Kokanee Way|Pemmican Trail|"
        "Fiddlehead Rd|Hemlock Ridge Dr|Kootenay St|Tagish Ave"
    ),
    "AU": (
        "Lorikeet St|Boab Cres|Mulga Rd|Gidgee Ct|Saltbush Ave|Dingo Pl|Edith Cowan Ave|"
        "Vida Goldstein St"
    ),
    "DE": (
        "Amselweg|Fliederstraße|Lerchenfeld|Wacholderweg|Birkenhain|Meisenweg|Hebbelstraße|"
        "Hildegard-Knef-Straße"
    ),
    "AT": (
        "Marchettigasse|Gumpendorfer Straße|Sechshauser Straße|Brunnengasse|Fasangasse|"
        "Hollergasse|Lerchengasse|Hedy-Lamarr-Weg"
    ),
    "CH": (
        "Höschgasse|Riedtlistrasse|Sonneggstrasse|Mattenhof|Zähringerstrasse|Eulerstrasse|"
        "Bläsiring|Lindenhofstrasse|Scheuchzerstrasse"
    ),
    "FR": (
        "rue de la Chouette|impasse des Lavandières|allée des Bouleaux|rue des Hirondelles|"
        "chemin des Meuniers|avenue des Marronniers|rue des Ormeaux|rue Colette-Besson"
    ),
    "BE": (
        "Meeuwenstraat|Kievitlaan|Avenue des Érables|Zwaluwstraat|Lindenlaan|Rue du Noyer|"
        "Boomgaardstraat"
    ),
    "IT": (
        "Via delle Rondini|Via del Gelso|Via Castagneto|Via Tiziana Maiolo|Via Alda Merini|"
        "Vicolo del Melograno|Via del Biancospino|Via delle Allodole|Via del Frassino|"
        "Via dei Cedri"
    ),
    "ES": (
        "Calle del Romero|Avenida de las Golondrinas|Calle del Membrillo|Carrer de les Oliveres|"
        "Calle de las Amapolas|Calle del Tomillo|Calle de la Alondra|Calle Azahar|"
        "Calle del Acebo|Calle de la Retama"
    ),
    "PT": (
        "Rua das Amendoeiras|Travessa das Gaivotas|Rua da Alfazema|"
        "Rua Aristides de Sousa Mendes|Rua dos Pintassilgos|Rua da Madressilva"
    ),
    "NL": (
        "Merelstraat|Tulpstraat|Esdoornlaan|Fazantenhof|Spreeuwenpark|Multatulistraat|"
        "Lijsterbeslaan|Roerdompstraat|Karekietstraat|Vlierbesstraat"
    ),
    "IE": (
        "Hazelbrook Road|Rowanbyrn Park|Glenageary Avenue|Clonskeagh Road|Foxrock Grove|"
        "Kilmacud Road|Belgard Heights|Dunville Avenue|Kilbarrack Road|Templeogue Road"
    ),
    "IN": (
        "Jayanagar 4th Block|Sadashivnagar|Aundh|Baner Road|Hauz Khas|Tilak Road|"
        "Kamla Nehru Marg|Mahatma Gandhi Road|Jubilee Hills Road No. 36|Nehru Place"
    ),
    "SG": (
        "Jalan Rajawali|Lorong Chuan|Jalan Mas Puteh|Jalan Teliti|Jalan Kechubong|"
        "Jalan Pelatina|Lorong Melayu|Jalan Kembangan|Jalan Bahagia"
    ),
    "JP": (
        "Kichijoji Honcho|Kitazawa|Sangenjaya|Yanaka|Jiyugaoka|Togoshi|Nishiogi Kita|Asagaya Minami"
    ),
    "MX": (
        "Avenida de los Insurgentes Sur|Calle Bugambilias|Calle Nardo|Calle Amapola|"
        "Calle Tabachín|Calle Zempoala|Calle Xicoténcatl"
    ),
    "BR": (
        "Rua Jabuticabeira|Rua Bem-te-vi|Rua Nise da Silveira|Rua dos Periquitos|"
        "Rua Pitangueira|Rua Araçá|Rua Beija-Flor|Rua Seriema|Rua Guabiroba|"
        "Avenida Tarsila do Amaral"
    ),
    "ZA": (
        "Msasa Street|Hadeda Road|Boekenhout Avenue|Lilian Ngoyi Street|Wildeperske Road|"
        "Kameeldoring Street|Gousblom Crescent|Sekelbos Avenue|Mopani Road|Karee Street|"
        "Dorothy Nyembe Street"
    ),
}
STREETS = {country: tuple(joined.split("|")) for country, joined in _STREETS_JOINED.items()}
# country -> localities; postcode patterns: '#' a digit, '?' a capital letter.
LOCALITIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "US": (
        ("Tulsa", "OK", "741##"),
        ("Spokane", "WA", "992##"),
        ("Dayton", "OH", "454##"),
        ("Macon", "GA", "312##"),
        ("Boise", "ID", "837##"),
        ("Fort Wayne", "IN", "468##"),
        ("Lubbock", "TX", "794##"),
        ("Duluth", "MN", "558##"),
        ("Asheville", "NC", "288##"),
        ("Eugene", "OR", "974##"),
    ),
    "GB": (
        ("Harrogate", "HG1 #??"),
        ("Kendal", "LA9 #??"),
        ("Lincoln", "LN2 #??"),
        ("Swindon", "SN1 #??"),
        ("Stockport", "SK4 #??"),
        ("Truro", "TR1 #??"),
        ("Dundee", "DD2 #??"),
        ("Cardiff", "CF14 #??"),
    ),
    "CA": (
        ("Kelowna", "BC", "V1Y #?#"),
        ("Red Deer", "AB", "T4N #?#"),
        ("Guelph", "ON", "N1H #?#"),
        ("Sherbrooke", "QC", "J1H #?#"),
        ("Moncton", "NB", "E1C #?#"),
        ("Brandon", "MB", "R7A #?#"),
    ),
    "AU": (
        ("Ballarat", "VIC", "3350"),
        ("Toowoomba", "QLD", "4350"),
        ("Wagga Wagga", "NSW", "2650"),
        ("Bunbury", "WA", "6230"),
        ("Launceston", "TAS", "7250"),
        ("Mount Barker", "SA", "5251"),
    ),
    "DE": (
        ("Bielefeld", "336##"),
        ("Kassel", "341##"),
        ("Rostock", "180##"),
        ("Freiburg", "791##"),
        ("Erfurt", "990##"),
        ("Oldenburg", "261##"),
    ),
    "AT": (
        ("Wien", "1060"),
        ("Wien", "1150"),
        ("Graz", "8010"),
        ("Linz", "4020"),
        ("Innsbruck", "6020"),
    ),
    "CH": (
        ("Zürich", "8032"),
        ("Bern", "3007"),
        ("Basel", "4056"),
        ("Winterthur", "8400"),
        ("Luzern", "6003"),
    ),
    "FR": (
        ("Rennes", "350##"),
        ("Dijon", "210##"),
        ("Angers", "490##"),
        ("Limoges", "870##"),
        ("Nancy", "540##"),
        ("Poitiers", "860##"),
    ),
    "BE": (
        ("Gent", "9000"),
        ("Leuven", "3000"),
        ("Namur", "5000"),
        ("Liège", "4020"),
        ("Brugge", "8000"),
    ),
    "IT": (
        ("Bologna", "BO", "401##"),
        ("Verona", "VR", "371##"),
        ("Pisa", "PI", "561##"),
        ("Lecce", "LE", "731##"),
        ("Bergamo", "BG", "241##"),
        ("Perugia", "PG", "061##"),
    ),
    "ES": (
        ("Valladolid", "470##"),
        ("Zaragoza", "500##"),
        ("Murcia", "300##"),
        ("Girona", "170##"),
        ("Salamanca", "370##"),
        ("Vitoria-Gasteiz", "010##"),
    ),
    "PT": (
        ("Braga", "4710-###"),
        ("Coimbra", "3000-###"),
        ("Aveiro", "3810-###"),
        ("Setúbal", "2900-###"),
        ("Faro", "8000-###"),
    ),
    "NL": (
        ("Utrecht", "35## ??"),
        ("Groningen", "97## ??"),
        ("Haarlem", "20## ??"),
        ("Nijmegen", "65## ??"),
        ("Eindhoven", "56## ??"),
    ),
    "IE": (
        ("Dublin 6W", "D6W ?#?#"),
        ("Dublin 14", "D14 ?#?#"),
        ("Dún Laoghaire", "A96 ?#?#"),
        ("Dublin 5", "D05 ?#?#"),
        ("Clondalkin", "D22 ?#?#"),
    ),
    "IN": (
        ("Bengaluru", "5600##"),
        ("Pune", "4110##"),
        ("New Delhi", "1100##"),
        ("Hyderabad", "5000##"),
        ("Chennai", "6000##"),
    ),
    "SG": (("Singapore", "5#####"), ("Singapore", "4#####"), ("Singapore", "3#####")),
    "JP": (
        ("Musashino-shi, Tokyo", "180-00##"),
        ("Setagaya-ku, Tokyo", "154-00##"),
        ("Taito-ku, Tokyo", "110-00##"),
        ("Meguro-ku, Tokyo", "152-00##"),
        ("Shinagawa-ku, Tokyo", "142-00##"),
        ("Suginami-ku, Tokyo", "167-00##"),
    ),
    "MX": (
        ("Col. Del Valle", "Ciudad de México", "CDMX", "031##"),
        ("Col. Chapultepec", "Guadalajara", "Jal.", "441##"),
        ("Col. Obispado", "Monterrey", "N.L.", "641##"),
        ("Col. Centro", "Oaxaca", "Oax.", "680##"),
    ),
    "BR": (
        ("Savassi", "Belo Horizonte", "MG", "30140-###"),
        ("Moinhos de Vento", "Porto Alegre", "RS", "90570-###"),
        ("Batel", "Curitiba", "PR", "80420-###"),
        ("Meireles", "Fortaleza", "CE", "60165-###"),
        ("Pinheiros", "São Paulo", "SP", "05422-###"),
    ),
    "ZA": (
        ("Brooklyn", "Pretoria", "0181"),
        ("Observatory", "Cape Town", "7925"),
        ("Greenside", "Johannesburg", "2193"),
        ("Glenwood", "Durban", "4001"),
        ("Summerstrand", "Gqeberha", "6001"),
    ),
}
COUNTRY_NAMES = {
    "US": "USA",
    "GB": "United Kingdom",
    "CA": "Canada",
    "AU": "Australia",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "FR": "France",
    "BE": "Belgium",
    "IT": "Italy",
    "ES": "Spain",
    "PT": "Portugal",
    "NL": "Netherlands",
    "IE": "Ireland",
    "IN": "India",
    "SG": "Singapore",
    "JP": "Japan",
    "MX": "Mexico",
    "BR": "Brazil",
    "ZA": "South Africa",
}
COUNTRIES = tuple(STREETS)
IN_BUILDINGS = ("Prestige Orchid", "Sobha Lotus", "Brigade Maple", "Kumar Paradise")
JP_BUILDINGS = ("Maison Kaede", "Sunny Coat", "Regalo Hills")


def fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTWXY"))
        else:
            out.append(ch)
    return "".join(out)


def _house(rng: random.Random, low: int = 1, high: int = 240) -> str:
    return str(rng.randint(low, high))


def address_lines(rng: random.Random, country: str) -> list[str]:
    """The lines of one address: street line first, then locality lines (no country)."""
    street = rng.choice(STREETS[country])
    loc = rng.choice(LOCALITIES[country])
    n = _house(rng)
    r = rng.random()
    if country == "US":
        unit = rng.choice(
            (
                "",
                "",
                f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f" Suite {rng.randint(100, 950)}",
                f" #{rng.randint(2, 40)}",
                f" Unit {rng.randint(1, 30)}",
            )
        )
        zip_code = fill(rng, loc[2]) + (fill(rng, "-####") if r < 0.2 else "")
        return [f"{rng.randint(100, 9899)} {street}{unit}", f"{loc[0]}, {loc[1]} {zip_code}"]
    if country == "GB":
        head = f"Flat {rng.randint(1, 24)}, " if r < 0.3 else ""
        num = n + ("A" if r > 0.85 else "")
        return [f"{head}{num} {street}", loc[0], fill(rng, loc[1])]
    if country == "CA":
        unit = f"{rng.randint(101, 2405)}-" if r < 0.35 else ""
        return [
            f"{unit}{rng.randint(10, 9800)} {street}",
            f"{loc[0]}, {loc[1]} {fill(rng, loc[2])}",
        ]
    if country == "AU":
        head = rng.choice((f"{rng.randint(1, 12)}/", f"Unit {rng.randint(1, 20)}, ", "", ""))
        return [f"{head}{n} {street}", f"{loc[0]} {loc[1]} {loc[2]}"]
    if country == "DE":
        return [f"{street} {n}{'a' if r < 0.2 else ''}", f"{fill(rng, loc[1])} {loc[0]}"]
    if country == "AT":
        tail = rng.choice(
            (f"/Top {rng.randint(1, 18)}", f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}", "")
        )
        return [f"{street} {n}{tail}", f"{loc[1]} {loc[0]}"]
    if country == "CH":
        return [f"{street} {n}", f"{loc[1]} {loc[0]}"]
    if country == "FR":
        mod = rng.choice(("", "", " bis", " ter"))
        line = f"{n}{mod} {street}"
        if r < 0.2:
            line = f"Bât. {rng.choice('ABC')}, {line}"
        return [line, f"{fill(rng, loc[1])} {loc[0]}"]
    if country == "BE":
        box = rng.choice(("", f" bus {rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}"))
        return [f"{street} {n}{box}", f"{loc[1]} {loc[0]}"]
    if country == "IT":
        extra = rng.choice(("", f", int. {rng.randint(1, 16)}", f", scala {rng.choice('ABC')}"))
        return [f"{street} {n}{extra}", f"{fill(rng, loc[2])} {loc[0]} ({loc[1]})"]
    if country == "ES":
        side = rng.choice(("izda.", "dcha.", "A", "B"))
        return [f"{street}, {n}, {rng.randint(1, 8)}º {side}", f"{fill(rng, loc[1])} {loc[0]}"]
    if country == "PT":
        return [
            f"{street}, n.º {n}, {rng.randint(1, 6)}.º {rng.choice(('Esq.', 'Dto.'))}",
            f"{fill(rng, loc[1])} {loc[0]}",
        ]
    if country == "NL":
        suffix = rng.choice(("", "", "-II", " hs", "A", "-1"))
        return [f"{street} {n}{suffix}", f"{fill(rng, loc[1])} {loc[0]}"]
    if country == "IE":
        return [f"{n} {street}", loc[0], fill(rng, loc[1])]
    if country == "IN":
        flat, building = rng.randint(101, 1204), rng.choice(IN_BUILDINGS)
        house, number = rng.randint(2, 480), rng.randint(2, 90)
        head = rng.choice((f"Flat {flat}, {building}, ", f"House No. {house}, ", f"{number}, "))
        return [f"{head}{street}", f"{loc[0]} {fill(rng, loc[1])}"]
    if country == "SG":
        if street.startswith("Lorong") or r < 0.5:
            block, floor, unit = rng.randint(100, 699), rng.randint(2, 19), rng.randint(10, 480)
            return [f"Blk {block} {street}, #{floor:02d}-{unit}", f"{loc[0]} {fill(rng, loc[1])}"]
        return [f"{n} {street}", f"{loc[0]} {fill(rng, loc[1])}"]
    if country == "JP":
        block = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        building = f"{rng.choice(JP_BUILDINGS)} {rng.randint(101, 608)}, "
        head = rng.choice(("", building))
        return [f"{head}{block} {street}", f"{loc[0]} {fill(rng, loc[1])}"]
    if country == "MX":
        inner = rng.choice(("", f" Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 804)}"))
        return [f"{street} {n}{inner}", f"{loc[0]}", f"{fill(rng, loc[3])} {loc[1]}, {loc[2]}"]
    if country == "BR":
        extra = rng.choice((f", apto {rng.randint(11, 1804)}", f", casa {rng.randint(1, 4)}", ""))
        return [f"{street}, {n}{extra}", f"{loc[0]}, {loc[1]} - {loc[2]}", fill(rng, loc[3])]
    # ZA
    return [f"{n} {street}", loc[0], f"{loc[1]}, {loc[2]}"]
