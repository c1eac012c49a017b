"""Set 17's street addresses in 20 national formats (see ``data/pii/README.md``, "set17").

No street-name word (generic words such as Road, rue, Via aside) occurs in the text of sets
13-16 (checked once while writing; the localities are ordinary real towns and may occur there).
Streets named after people (``Medgar Evers St``, ``avenue Lucie-Aubrac``) are one address.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    """One address: its street line (with unit), its locality and its country name."""

    street: str
    locality: tuple[str, ...]  # the lines after the street line, in order
    country: str

    def one_line(self, with_country: bool = False) -> str:
        return ", ".join(self.lines(with_country))

    def lines(self, with_country: bool = False) -> list[str]:
        # A Singapore locality already names the country.
        country = with_country and not self.locality[-1].startswith(self.country)
        return [self.street, *self.locality] + ([self.country] if country else [])


# fmt: off
STREETS: dict[str, tuple[str, ...]] = {
    "US": (
        "Huckleberry Ln", "Serviceberry Ct", "Greasewood Rd", "Sugarbush Ln", "Witchhazel Way",
        "Quillback Ln", "Thimbleberry Rd", "Bur Oak Blvd", "Shagbark Ln", "Trillium Ter",
        "Yucca Mesa Rd", "Coneflower Dr", "Ironweed Ct", "Bergamot Ave", "Catalpa St",
        "Tupelo Ave", "Medgar Evers St", "Amelia Earhart Dr", "Fannie Lou Hamer Ave",
        "Kinnikinnick Dr", "Possumhaw Ct", "Beebalm Ct", "Indigo Bunting Way",
        "Partridgeberry Ln", "Goldenrod Ave", "Mockernut Ln", "Tallgrass Pkwy", "Catbird Ct",
    ),
    "CA": (
        "Lupin Cres", "Fireweed Cres", "Ptarmigan Way", "Trembling Aspen Dr", "Bannock Rd",
        "Laurier Ave", "Bunchberry Way", "Wolverine Way", "Bonavista Ave", "Emily Carr Lane",
        "Norval Morrisseau Dr",
    ),
    "GB": (
        "Kingsbury Crescent", "Lowther Gardens", "Wexcombe Road", "Ashcombe Drive",
        "Pellingbridge Way", "Oakhanger Lane", "Swanborough Road", "Hartsholme Drive",
        "Fennymere Close", "Dunstall Avenue", "Snowdrop Close", "Teasel Way", "Sedgemoor Road",
        "Coldharbour Lane", "Furzedown Road", "Bramblehall Lane", "Peverell Avenue",
        "Winchcombe Street", "Quantock Close", "Mendip Way", "Pankhurst Close", "Brunel Way",
        "Wilberforce Road", "Elgar Road",
    ),
    "IE": (
        "Knocklyon Grove", "Ballyboden Park", "Dunmanway Road", "Castletroy Heights",
        "Monkstown Crescent", "Shanganagh Vale", "Rathfarnham Wood", "Ballinteer Drive",
        "Glasheen Road", "Bishopstown Avenue", "Dooradoyle Road",
    ),
    "AU": (
        "Waratah Pde", "Casuarina Dr", "Lyrebird Cres", "Billabong Way", "Tuart Ave", "Marri Rd",
        "Warrigal Cl", "Coolabah Ave", "Pademelon Way", "Echidna Cct", "Potoroo Pl", "Quokka Ct",
    ),
    "DE": (
        "Zeisigweg", "Schlehenweg", "Kiebitzstraße", "Wacholderweg", "Ginsterweg",
        "Hagebuttenweg", "Stieglitzstraße", "Hänflingweg", "Mispelweg", "Quittenstraße",
        "Ebereschenweg", "Am Sandberg", "Im Wiesengrund", "Lise-Meitner-Straße",
        "Schwalbenschwanzweg", "Pirolweg", "Felsenbirnenweg",
    ),
    "AT": (
        "Enzianweg", "Almrauschweg", "Latschenweg", "Murmeltiergasse", "Speikgasse", "Gamsweg",
        "Arnikagasse", "Bertha-Zuckerkandl-Gasse",
    ),
    "CH": (
        "Bärenmattstrasse", "Chriesiweg", "Rebbergstrasse", "Sonnhaldenstrasse", "Bifangstrasse",
        "Hofackerstrasse", "Rütiweg", "Allmendstrasse", "Grabenackerweg", "Eichholzstrasse",
    ),
    "FR": (
        "rue des Coquelicots", "avenue Lucie-Aubrac", "rue Marcel-Pagnol",
        "allée des Hirondelles", "rue des Capucines", "chemin des Genêts",
        "allée des Bergeronnettes", "rue des Myrtilles", "impasse des Sorbiers",
        "chemin des Églantiers", "rue des Jonquilles", "avenue Gisèle-Halimi",
        "rue des Coccinelles",
    ),
    "BE": (
        "Kapelstraat", "Ganzenstraat", "Rue de la Pépinière", "Leeuwerikenlaan",
        "Rue des Bleuets", "Eikenlaan", "Rue du Try", "Meersstraat", "Avenue des Myosotis",
    ),
    "NL": (
        "Kievitstraat", "Merelstraat", "Dotterbloemweg", "Goudsbloemlaan", "Aletta Jacobslaan",
        "Fazantenlaan", "Vlierstraat", "Boterbloemstraat", "Zwanenveld", "Kwikstaartlaan",
        "Pimpernelstraat", "Lijsterbesweg", "Wielewaalstraat",
    ),
    "IT": (
        "Via delle Ortensie", "Via Nilde Iotti", "Viale delle Magnolie", "Via del Pettirosso",
        "Via dei Gelsi", "Vicolo del Fico", "Via dei Mandorli", "Via Tina Anselmi",
        "Via dei Corbezzoli", "Via del Biancospino", "Via delle Pervinche", "Via Lina Merlin",
    ),
    "ES": (
        "Calle Jazmín", "Avenida de la Albufera", "Calle de las Adelfas", "Calle Madreselva",
        "Avenida de los Naranjos", "Calle Rosalía de Castro", "Carrer dels Ametllers",
        "Calle Emilia Pardo Bazán", "Calle de los Madroños", "Calle Lentisco",
        "Calle de las Retamas",
    ),
    "PT": (
        "Travessa do Pinheiro", "Rua do Salgueiro", "Rua das Glicínias", "Avenida dos Plátanos",
        "Rua Florbela Espanca", "Rua dos Lírios", "Rua da Amendoeira", "Rua do Sobreiro",
        "Rua Aristides de Sousa Mendes",
    ),
    "IN": (
        "Neem Marg", "Peepal Road", "Banyan Avenue", "Champa Gali", "Mogra Lane", "Kachnar Marg",
        "Semal Lane", "Palash Marg", "Jamun Road", "Harsingar Lane", "Ketaki Street", "Bakul Road",
    ),
    "SG": (
        "Punggol Walk", "Sembawang Drive", "Fernvale Road", "Compassvale Crescent",
        "Jalan Kemuning", "Jalan Tembusu",
        "Jalan Angsana", "Jalan Rambai", "Jalan Salak", "Jalan Kelulut",
    ),
    "JP": (
        "Minamisenju", "Kitashinagawa", "Nishiogikubo", "Higashiyukigaya", "Kamiuma",
        "Shimorenjaku", "Todoroki", "Oyamadai", "Kaminoge", "Nakamachi",
    ),
    "MX": (
        "Calle Tulipán", "Avenida de las Buganvilias", "Calle Nochebuena", "Calle Cempasúchil",
        "Calle Ahuehuete", "Calle Colorín", "Privada de los Fresnos", "Calle Tabachín",
        "Calle Guayacán", "Calle Palo Dulce", "Calle Mezquite",
    ),
    "BR": (
        "Rua das Acácias", "Rua Jequitibá", "Avenida das Quaresmeiras", "Rua das Bromélias",
        "Rua Dona Ivone Lara", "Rua dos Cajueiros", "Rua das Sibipirunas", "Rua Pitangueira",
        "Rua das Jabuticabeiras", "Rua Manacá", "Avenida das Paineiras", "Rua Guapuruvu",
        "Rua dos Sabiás", "Rua Tiê-Sangue",
    ),
    "ZA": (
        "Aloe Street", "Tambotie Street", "Assegai Road", "Strelitzia Close", "Mopane Way",
        "Spekboom Road", "Sneezewood Street", "Yellowwood Close", "Buchu Lane",
        "Kruisbessie Avenue", "Waterberry Road", "Bushwillow Crescent", "Karee Street",
    ),
}

LOCALITIES: dict[str, tuple[str, ...]] = {
    "US": (
        "Missoula, MT 59801", "Flagstaff, AZ 86001", "Lawrence, KS 66044", "Ames, IA 50010",
        "Greenville, SC 29601", "Macon, GA 31201", "Pueblo, CO 81003", "Ithaca, NY 14850",
        "Dubuque, IA 52001", "Peoria, IL 61602", "Waco, TX 76701", "Roanoke, VA 24011",
        "Muncie, IN 47305", "Bozeman, MT 59715", "Tulsa, OK 74103", "Spokane, WA 99201",
    ),
    "CA": (
        "Kanata, ON K2M 1P3", "Moncton, NB E1C 4B7", "Kelowna, BC V1Y 2E4",
        "Lethbridge, AB T1J 0N4", "Guelph, ON N1H 3T2", "Nanaimo, BC V9R 5J1",
        "Sudbury, ON P3E 2A7", "Sherbrooke, QC J1H 4A3",
    ),
    "GB": (
        "Ludlow|SY8 1AB", "Barnstaple|EX31 1DX", "Louth|LN11 9AQ", "Penrith|CA11 7BP",
        "Tiverton|EX16 6PG", "Dorking|RH4 1AA", "Oswestry|SY11 1PJ", "Bideford|EX39 2BS",
        "Kendal|LA9 4BQ", "Hexham|NE46 3NP",
    ),
    "IE": (
        "Dublin 16, D16 X2F8", "Dublin 18, D18 W9P3", "Athlone, Co. Westmeath, N37 A6F2",
        "Limerick, V94 K5N2", "Cork, T12 R2H6", "Galway, H91 C8D4",
    ),
    "AU": (
        "Mildura VIC 3500", "Mackay QLD 4740", "Toowong QLD 4066", "Fremantle WA 6160",
        "Ballarat VIC 3350", "Launceston TAS 7250", "Orange NSW 2800",
    ),
    "DE": (
        "31134 Hildesheim", "49074 Osnabrück", "06108 Halle (Saale)", "44787 Bochum",
        "93047 Regensburg", "34117 Kassel", "72070 Tübingen", "24103 Kiel",
    ),
    "AT": ("3100 St. Pölten", "6850 Dornbirn", "9020 Klagenfurt", "8010 Graz", "6020 Innsbruck"),
    "CH": ("9000 St. Gallen", "2502 Biel/Bienne", "7000 Chur", "6003 Luzern", "8400 Winterthur"),
    "FR": (
        "37000 Tours", "21000 Dijon", "63000 Clermont-Ferrand", "29200 Brest", "86000 Poitiers",
        "87000 Limoges", "45000 Orléans", "64000 Pau",
    ),
    "BE": ("2800 Mechelen", "7000 Mons", "8000 Brugge", "4000 Liège", "3000 Leuven"),
    "NL": ("6811 KL Arnhem", "4811 XJ Breda", "8011 PK Zwolle", "2311 EZ Leiden"),
    "IT": (
        "56126 Pisa (PI)", "40126 Bologna (BO)", "37121 Verona (VR)", "06121 Perugia (PG)",
        "73100 Lecce (LE)", "38122 Trento (TN)",
    ),
    "ES": ("15001 A Coruña", "18001 Granada", "33001 Oviedo", "31001 Pamplona", "41001 Sevilla"),
    "PT": ("3800-111 Aveiro", "7000-555 Évora", "4700-321 Braga", "8000-234 Faro"),
    "IN": (
        "Gomti Nagar, Lucknow, Uttar Pradesh 226010", "Kothrud, Pune, Maharashtra 411038",
        "Koramangala, Bengaluru, Karnataka 560034", "Anna Nagar, Chennai, Tamil Nadu 600040",
        "Navrangpura, Ahmedabad, Gujarat 380009",
    ),
    "SG": ("Singapore",),
    "JP": (
        "Arakawa-ku, Tokyo 116-0003", "Setagaya-ku, Tokyo 154-0015", "Suginami-ku, Tokyo 167-0053",
        "Sakyo-ku, Kyoto 606-8317", "Naka-ku, Yokohama 231-0023",
    ),
    "MX": (
        "Col. Las Arboledas, 45070 Zapopan, Jal.", "Col. Centro, 76000 Querétaro, Qro.",
        "Col. Del Valle, 03100 Ciudad de México, CDMX", "Col. Mitras Centro, 64460 Monterrey, N.L.",
    ),
    "BR": (
        "Savassi, Belo Horizonte - MG, 30140-070", "Batel, Curitiba - PR, 80420-090",
        "Boa Viagem, Recife - PE, 51020-000", "Meireles, Fortaleza - CE, 60165-080",
    ),
    "ZA": (
        "Northcliff, Johannesburg, 2195", "Rondebosch, Cape Town, 7700",
        "Brooklyn, Pretoria, 0181", "Westdene, Bloemfontein, 9301",
    ),
}

COUNTRY_NAMES = {
    "US": "USA", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "AU": "Australia",
    "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "Belgique",
    "NL": "Nederland", "IT": "Italia", "ES": "España", "PT": "Portugal", "IN": "India",
    "SG": "Singapore", "JP": "Japan", "MX": "México", "BR": "Brasil", "ZA": "South Africa",
}

JP_BUILDINGS = ("Corpo Sazanka", "Maison Hagi", "Villa Ajisai", "Heim Kikyo", "Corpo Yamabuki")
IN_BUILDINGS = ("Godavari Apartments", "Kaveri Enclave", "Gokul Residency", "Nilgiri Towers")
# fmt: on


def _street_line(country: str, rng: random.Random) -> str:
    street = rng.choice(STREETS[country])
    n = rng.randint(2, 480)
    if country == "US":
        unit = rng.choice(
            (
                "",
                "",
                f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f", Suite {rng.randint(100, 950)}",
                f" #{rng.randint(2, 40)}",
                f", Unit {rng.randint(1, 30)}",
            )
        )
        return f"{n} {street}{unit}"
    if country == "CA":
        return rng.choice((f"{rng.randint(101, 2204)}-{n} {street}", f"{n} {street}"))
    if country == "GB":
        return rng.choice(
            (
                f"Flat {rng.randint(1, 24)}, {n} {street}",
                f"{n} {street}",
                f"{rng.randint(2, 90)}{rng.choice('AB')} {street}",
            )
        )
    if country in ("IE", "ZA"):
        return f"{n} {street}"
    if country == "AU":
        return rng.choice(
            (
                f"{rng.randint(1, 12)}/{n} {street}",
                f"Unit {rng.randint(1, 9)}, {n} {street}",
                f"{n} {street}",
            )
        )
    if country == "DE":
        return f"{street} {n}{rng.choice(('', '', 'a', 'b'))}"
    if country == "AT":
        return rng.choice(
            (
                f"{street} {n}/Top {rng.randint(1, 14)}",
                f"{street} {n}/{rng.randint(1, 4)}/{rng.randint(1, 19)}",
                f"{street} {n}",
            )
        )
    if country == "CH":
        return f"{street} {n}"
    if country == "FR":
        return rng.choice(
            (
                f"{n} {street}",
                f"{n} bis {street}",
                f"{n} ter {street}",
                f"Bât. {rng.choice('ABC')}, {n} {street}",
            )
        )
    if country == "BE":
        box = rng.choice(("bus", "boîte") if street[0].isupper() else ("bus",))
        return rng.choice((f"{street} {n}", f"{street} {n} {box} {rng.randint(1, 12)}"))
    if country == "NL":
        return rng.choice(
            (f"{street} {n}", f"{street} {n}-II", f"{street} {n} hs", f"{street} {n}A")
        )
    if country == "IT":
        return rng.choice(
            (
                f"{street} {n}",
                f"{street} {n}, int. {rng.randint(1, 16)}",
                f"{street} {n}, scala {rng.choice('ABC')}",
            )
        )
    if country == "ES":
        return rng.choice(
            (
                f"{street}, {n}, {rng.randint(1, 8)}º {rng.choice(('izda.', 'dcha.'))}",
                f"{street} {n}",
            )
        )
    if country == "PT":
        return rng.choice(
            (
                f"{street}, n.º {n}, {rng.randint(1, 6)}.º {rng.choice(('Esq.', 'Dto.'))}",
                f"{street}, {n}",
            )
        )
    if country == "IN":
        return (
            f"Flat {rng.randint(1, 12)}0{rng.randint(1, 8)}, {rng.choice(IN_BUILDINGS)}, "
            f"{rng.randint(2, 40)} {street}"
        )
    if country == "SG":
        if street.startswith("Jalan"):
            return f"{n} {street}"
        return (
            f"Blk {rng.randint(101, 699)} {street} #{rng.randint(2, 16):02d}-{rng.randint(10, 420)}"
        )
    if country == "JP":
        block = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
        return rng.choice(
            (
                block,
                f"Room {rng.randint(1, 6)}0{rng.randint(1, 9)}, "
                f"{rng.choice(JP_BUILDINGS)}, {block}",
            )
        )
    if country == "MX":
        return rng.choice(
            (
                f"{street} {n}",
                f"{street} {n}, Int. {rng.randint(1, 12)}",
                f"{street} {n}, Depto. {rng.randint(1, 9)}0{rng.randint(1, 4)}",
            )
        )
    if country == "BR":
        return rng.choice(
            (
                f"{street}, {n}, apto {rng.randint(1, 20)}{rng.randint(1, 4)}",
                f"{street}, {n}",
                f"{street}, {n}, casa {rng.randint(1, 4)}",
            )
        )
    raise KeyError(country)


def _locality(country: str, rng: random.Random) -> tuple[str, ...]:
    loc = rng.choice(LOCALITIES[country])
    if country == "US" and rng.random() < 0.2:
        loc = f"{loc}-{rng.randint(1000, 9999)}"
    if country == "GB":
        return tuple(loc.split("|"))
    if country == "SG":
        return (f"Singapore {rng.randint(1, 82):02d}{rng.randint(0, 9999):04d}",)
    return (loc,)


def make_address(rng: random.Random, countries: tuple[str, ...] = tuple(STREETS)) -> Address:
    country = rng.choice(countries)
    return Address(_street_line(country, rng), _locality(country, rng), COUNTRY_NAMES[country])
