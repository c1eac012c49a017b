"""Set 19's street addresses: twenty national formats, new street names, real towns.

No street-name word (generic words such as Road, rue, Via aside) occurs in the text of
``set13.jsonl`` to ``set18.jsonl``; a one-off script checked it while the lists were written.
Localities are real towns and may occur in earlier sets. Streets named after people (Septima
Clark, Emily Murphy, Clarice Lispector, Miriam Makeba ...) are one STREET_ADDRESS, no PERSON.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    """One address: the gold one-line and multi-line forms, the street line alone, and the
    non-gold parts a split form writes in fields of their own."""

    country: str
    street: str  # street line with unit: gold alone in a split field
    line: str  # street, locality, postcode (and sometimes the country) on one line
    lines: tuple[str, ...]  # the same over two to four lines
    city: str
    postcode: str
    country_name: str


def _pattern(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '^' a capital letter used in postcodes, anything else as is."""
    out = []
    for char in pattern:
        if char == "#":
            out.append(str(rng.randrange(10)))
        elif char == "^":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(char)
    return "".join(out)


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split("|")]


US_STREETS = _split(
    "Catalpa|Basswood|Ironwood|Hornbeam|Boxelder|Saguaro|Manzanita|Chaparral|Goldenrod|"
    "Milkweed|Columbine|Trillium|Bloodroot|Coneflower|Crispus Attucks|Fannie Farmer|Foxtail|"
    "Buttercup|Sneezeweed|Jewelweed|Winterberry|Cranesbill|Mayapple|Sourwood|Fringetree|"
    "Bayberry|Inkberry|Madrone|Tanoak|Pinyon|Septima Clark"
)
US_TYPES = ("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Street", "Avenue", "Drive")
US_TOWNS = (
    ("Boise", "ID", "837##"), ("Spokane", "WA", "992##"), ("Tulsa", "OK", "741##"),
    ("Ann Arbor", "MI", "481##"), ("Chattanooga", "TN", "374##"), ("Albuquerque", "NM", "871##"),
    ("Des Moines", "IA", "503##"), ("Greenville", "SC", "296##"), ("Bend", "OR", "977##"),
    ("Missoula", "MT", "598##"), ("Duluth", "MN", "558##"), ("Provo", "UT", "846##"),
    ("Lubbock", "TX", "794##"), ("Asheville", "NC", "288##"), ("Burlington", "VT", "054##"),
    ("Wichita", "KS", "672##"), ("Lexington", "KY", "405##"),
)  # fmt: skip
GB_STREETS = _split(
    "Pennywort|Larchfield|Cobbold|Whinmoor|Saltergate|Bramblegate|Malthouse|Cordwainer|"
    "Farthing|Kingsmead|Peartree|Harebell|Tormentil|Yarrow|Ladysmock|Redwing|Whimbrel"
)
GB_TYPES = ("Road", "Close", "Lane", "Way", "Gardens", "Crescent", "Mews", "Grove", "Row")
GB_TOWNS = (
    ("Harrogate", "HG#"), ("Shrewsbury", "SY#"), ("Lancaster", "LA#"), ("Truro", "TR#"),
    ("Exeter", "EX#"), ("Norwich", "NR#"), ("Stirling", "FK#"), ("Inverness", "IV#"),
    ("Swansea", "SA#"), ("Durham", "DH#"), ("Carlisle", "CA#"), ("Hereford", "HR#"),
)  # fmt: skip
IE_STREETS = _split(
    "Ballymun|Glasnevin|Drumcondra|Ardnacrusha|Knocknacarra|Ballinlough|Shanakiel|Gortnamona|"
    "Cloonagh|Mounthawk"
)
IE_TOWNS = (("Dublin 9", "D09"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
            ("Tralee", "V92"), ("Athlone", "N37"))  # fmt: skip
CA_STREETS = _split(
    "Muskeg|Chokeberry|Ptarmigan|Muskrat|Nipigon|Temagami|Abitibi|Kenora|Timiskaming|Athabasca|"
    "Assiniboine|Miramichi|Restigouche|Petitcodiac|Emily Murphy"
)
CA_TOWNS = (
    ("Thunder Bay", "ON", "P7B"), ("Saskatoon", "SK", "S7N"), ("Kelowna", "BC", "V1Y"),
    ("Moncton", "NB", "E1C"), ("Sudbury", "ON", "P3A"), ("Red Deer", "AB", "T4N"),
    ("Brandon", "MB", "R7A"), ("Sherbrooke", "QC", "J1H"), ("Fredericton", "NB", "E3B"),
)  # fmt: skip
AU_STREETS = _split(
    "Brigalow|Bluebush|Karri|Wandoo|Hakea|Dryandra|Kunzea|Pardalote|Thornbill|Bowerbird|"
    "Friarbird|Honeyeater|Bandicoot|Bettong|Dunnart|Goanna|Cassowary|Melaleuca|Quokka"
)
AU_TYPES = ("Street", "Crescent", "Avenue", "Court", "Place", "Parade", "Close", "Drive")
AU_TOWNS = (
    ("Toowoomba", "QLD", "4350"), ("Bunbury", "WA", "6230"), ("Ballarat", "VIC", "3350"),
    ("Wagga Wagga", "NSW", "2650"), ("Launceston", "TAS", "7250"), ("Bendigo", "VIC", "3550"),
    ("Mackay", "QLD", "4740"), ("Geelong", "VIC", "3220"), ("Albany", "WA", "6330"),
)  # fmt: skip
DE_STREETS = _split(
    "Wacholderstraße|Schlehenweg|Mistelweg|Haselnussweg|Kranichstraße|Eisvogelweg|"
    "Zaunkönigweg|Pirolstraße|Wiedehopfweg|Annette-Kolb-Straße|Hölderlinweg|Mörikestraße|"
    "Am Kuckucksruf|In der Flachsröste|Bleichwiese|Ziegeleistraße|Sandgrubenweg"
)
DE_TOWNS = (
    ("79098", "Freiburg im Breisgau"), ("48143", "Münster"), ("93047", "Regensburg"),
    ("34117", "Kassel"), ("06108", "Halle (Saale)"), ("99084", "Erfurt"), ("24103", "Kiel"),
    ("54290", "Trier"), ("88212", "Ravensburg"), ("37073", "Göttingen"),
)  # fmt: skip
AT_STREETS = _split("Kreuzherrengasse|Rauhensteingasse|Zwetschkenweg|Enziangasse|Lärchenweg")
AT_TOWNS = (("8010", "Graz"), ("6020", "Innsbruck"), ("4020", "Linz"), ("5020", "Salzburg"),
            ("9020", "Klagenfurt"), ("1070", "Wien"))  # fmt: skip
CH_STREETS = _split(
    "Eigerstrasse|Rigistrasse|Pilatusstrasse|Säntisweg|Bachtelstrasse|Tödistrasse|"
    "Glärnischstrasse|Alpsteinweg|Chemin du Chasseral"
)
CH_TOWNS = (("3007", "Bern"), ("6300", "Zug"), ("8400", "Winterthur"), ("6003", "Luzern"),
            ("4051", "Basel"), ("3600", "Thun"))  # fmt: skip
FR_STREETS = _split(
    "rue du Muguet|rue Germaine-Tillion|quai des Mariniers|allée des Bouvreuils|"
    "rue des Verdiers|impasse des Rouges-Gorges|chemin des Sureaux|rue des Aubépines|"
    "allée des Charmes|rue des Vanniers|rue des Tonneliers|rue des Bourreliers|"
    "rue Camille-Claudel|rue Berthe-Morisot"
)
FR_TOWNS = (
    ("35000", "Rennes"), ("44000", "Nantes"), ("21000", "Dijon"), ("37000", "Tours"),
    ("86000", "Poitiers"), ("63000", "Clermont-Ferrand"), ("64000", "Pau"), ("29200", "Brest"),
    ("51100", "Reims"), ("87000", "Limoges"),
)  # fmt: skip
BE_STREETS = _split("Meidoornstraat|Vlierbessenlaan|Hazelaarstraat|Klaprozenstraat|rue du Tilleul")
BE_TOWNS = (("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
            ("4000", "Liège"), ("5000", "Namur"))  # fmt: skip
NL_STREETS = _split(
    "Zilverschoonlaan|Dotterbloemstraat|Boterbloemweg|Pinksterbloemstraat|Tureluur|"
    "Scholekster|Wilgenroosje|Watermunt|Koekoeksbloem"
)
NL_TOWNS = (("35##", "Utrecht"), ("97##", "Groningen"), ("68##", "Arnhem"),
            ("56##", "Eindhoven"), ("23##", "Leiden"), ("80##", "Zwolle"))  # fmt: skip
IT_STREETS = _split(
    "Via dei Cordai|Via dei Carpentieri|Via Elsa Morante|Via Sibilla Aleramo|"
    "Via delle Tamerici|Via delle Betulle|Via dei Glicini|Via delle Camelie|Via dei Ligustri|"
    "Via delle Azalee|Via dei Sellai|Via dei Vetrai|Via Matilde Serao|Via dei Pettirossi"
)
IT_TOWNS = (
    ("40125", "Bologna", "BO"), ("56126", "Pisa", "PI"), ("37121", "Verona", "VR"),
    ("06121", "Perugia", "PG"), ("70122", "Bari", "BA"), ("38122", "Trento", "TN"),
    ("16121", "Genova", "GE"), ("35122", "Padova", "PD"),
)  # fmt: skip
ES_STREETS = _split(
    "Calle del Azahar|Calle de la Adelfa|Calle de la Lavanda|Calle del Espliego|"
    "Calle de la Jara|Calle del Madroño|Calle de la Encina|Calle del Alcornoque|"
    "Calle de la Golondrina|Calle del Jilguero|Calle de la Abubilla|Calle del Verderón"
)
ES_TOWNS = (
    ("28015", "Madrid"), ("41001", "Sevilla"), ("46002", "València"), ("50001", "Zaragoza"),
    ("29012", "Málaga"), ("48001", "Bilbao"), ("18009", "Granada"), ("37002", "Salamanca"),
)  # fmt: skip
PT_STREETS = _split("Rua dos Bordadores|Rua das Tílias|Travessa do Alecrim|Rua dos Correeiros")
PT_TOWNS = (("1100", "Lisboa"), ("4050", "Porto"), ("3000", "Coimbra"), ("4700", "Braga"),
            ("3810", "Aveiro"), ("7000", "Évora"))  # fmt: skip
IN_ROADS = _split(
    "Brigade Road|Infantry Road|Hosur Road|Bannerghatta Road|Sarjapur Road|Lavelle Road|"
    "Sardar Patel Road|12th Main Road|3rd Cross Road|7th Cross Road"
)
IN_AREAS = (
    ("Whitefield", "Bengaluru", "5600##"), ("Yelahanka", "Bengaluru", "5600##"),
    ("Hebbal", "Bengaluru", "5600##"), ("Basavanagudi", "Bengaluru", "5600##"),
    ("Mylapore", "Chennai", "6000##"), ("Velachery", "Chennai", "6000##"),
    ("Nungambakkam", "Chennai", "6000##"), ("Hinjewadi", "Pune", "4110##"),
    ("Wakad", "Pune", "4110##"), ("Kondapur", "Hyderabad", "5000##"),
    ("Madhapur", "Hyderabad", "5000##"), ("Powai", "Mumbai", "4000##"),
    ("Andheri East", "Mumbai", "4000##"), ("Jangpura", "New Delhi", "1100##"),
)  # fmt: skip
IN_BUILDINGS = _split(
    "Nandanam Heights|Amrut Residency|Aravalli Apartments|Vindhya Enclave|Sahyadri Towers|"
    "Narmada Residency|Palmgrove Apartments|Greenwoods Enclave"
)
SG_AREAS = (
    ("Serangoon", "Avenue"), ("Sengkang", "East Way"), ("Woodlands", "Drive"), ("Bishan", "Street"),
    ("Kallang", "Bahru"), ("Telok Blangah", "Crescent"), ("Boon Lay", "Drive"),
    ("Tiong Bahru", "Road"),
)  # fmt: skip
JP_AREAS = (
    ("Hiroo", "Shibuya-ku", "150-0012"), ("Azabu-Juban", "Minato-ku", "106-0045"),
    ("Nihonbashi Ningyocho", "Chuo-ku", "103-0013"), ("Kiyosumi", "Koto-ku", "135-0024"),
    ("Oyamadai", "Setagaya-ku", "158-0086"), ("Yutenji", "Meguro-ku", "153-0052"),
    ("Kuramae", "Taito-ku", "111-0051"), ("Higashi-Nakano", "Nakano-ku", "164-0003"),
    ("Ogikubo", "Suginami-ku", "167-0051"), ("Sendagi", "Bunkyo-ku", "113-0022"),
    ("Hakusan", "Bunkyo-ku", "112-0001"), ("Tsukishima", "Chuo-ku", "104-0052"),
)  # fmt: skip
JP_BUILDINGS = ("Maison", "Heights", "Residence", "Corpo", "Villa")
MX_STREETS = _split(
    "Calle Ocote|Calle Zapote|Calle Mamey|Calle Tejocote|Calle Capulín|Calle Nopal|"
    "Calle Maguey|Calle Xoconostle|Calle Quetzal|Calle Cenzontle|Calle Rosario Castellanos|"
    "Avenida Xola|Calle Tabachines"
)
MX_TOWNS = (
    ("Col. Roma Norte", "06700", "Ciudad de México", "CDMX"),
    ("Col. Del Carmen", "04100", "Coyoacán", "CDMX"),
    ("Col. Providencia", "44630", "Guadalajara", "Jal."),
    ("Col. Chapultepec", "62450", "Cuernavaca", "Mor."),
    ("Col. Centro", "68000", "Oaxaca de Juárez", "Oax."),
)  # fmt: skip
BR_STREETS = _split(
    "Rua dos Jequitibás|Rua das Paineiras|Rua Clarice Lispector|Avenida dos Bandeirantes|"
    "Rua dos Tucanos|Rua dos Flamboyants|Rua dos Manacás|Rua das Pitangueiras|"
    "Rua das Seriemas|Rua dos Canários|Rua Cora Coralina|Rua Nísia Floresta|Rua Dandara"
)
BR_TOWNS = (
    ("Vila Mariana", "São Paulo", "SP", "04###-###"), ("Batel", "Curitiba", "PR", "80###-###"),
    ("Savassi", "Belo Horizonte", "MG", "30###-###"), ("Boa Viagem", "Recife", "PE", "51###-###"),
    ("Trindade", "Florianópolis", "SC", "88###-###"), ("Cambuí", "Campinas", "SP", "13###-###"),
    ("Moinhos de Vento", "Porto Alegre", "RS", "90###-###"),
)  # fmt: skip
ZA_STREETS = _split(
    "Agapanthus|Clivia|Stinkwood|Bokmakierie|Miriam Makeba|Sugarbush|Rooibos|Sunbird|Lourie|"
    "Hoopoe|Kudu|Klipspringer|Steenbok|Lillian Ngoyi|Dora Tamana|Frances Baard"
)
ZA_TOWNS = (
    ("Constantia", "Cape Town", "7806"), ("Observatory", "Cape Town", "7925"),
    ("Morningside", "Durban", "4001"), ("Waterkloof", "Pretoria", "0181"),
    ("Parkhurst", "Johannesburg", "2193"), ("Walmer", "Gqeberha", "6070"),
)  # fmt: skip


def _gb_postcode(rng: random.Random, area: str) -> str:
    return area.replace("#", str(rng.randrange(1, 10))) + " " + _pattern(rng, "#^^")


def _ca_postcode(rng: random.Random, fsa: str) -> str:
    letter = rng.choice("ABCEGHJKLMNPRSTVWXYZ")  # Canada Post uses no D, F, I, O, Q or U
    return f"{fsa} {rng.randrange(10)}{letter}{rng.randrange(10)}"


def _make_us(rng: random.Random) -> Address:
    street = f"{rng.randrange(100, 9900)} {rng.choice(US_STREETS)} {rng.choice(US_TYPES)}"
    unit = rng.choice(("", "", "", ", Apt 4B", " Apt 12", " Suite 210", " #7", ", Unit 3C"))
    unit = unit.replace("4B", f"{rng.randrange(1, 30)}{rng.choice('ABCD')}")
    city, state, zip_pattern = rng.choice(US_TOWNS)
    postcode = _pattern(rng, zip_pattern + rng.choice(("", "", "", "-####")))
    street += unit
    country = rng.choice(("", "", "USA", "United States"))
    locality = f"{city}, {state} {postcode}"
    line = f"{street}, {locality}" + (f", {country}" if country else "")
    lines = (street, locality) + ((country,) if country else ())
    return Address("us", street, line, lines, city, postcode, country or "USA")


def _make_gb(rng: random.Random) -> Address:
    number = rng.choice((str(rng.randrange(1, 160)), f"{rng.randrange(1, 90)}A"))
    street = f"{number} {rng.choice(GB_STREETS)} {rng.choice(GB_TYPES)}"
    if rng.random() < 0.3:
        street = f"Flat {rng.randrange(1, 24)}, {street}"
    town, area = rng.choice(GB_TOWNS)
    postcode = _gb_postcode(rng, area)
    country = rng.choice(("", "", "United Kingdom", "UK"))
    line = f"{street}, {town} {postcode}" + (f", {country}" if country else "")
    lines = (street, town, postcode) + ((country,) if country else ())
    return Address("gb", street, line, lines, town, postcode, country or "United Kingdom")


def _make_ie(rng: random.Random) -> Address:
    kind = rng.choice(("Road", "Park", "Avenue", "Grove", "Drive", "Lawn"))
    street = f"{rng.randrange(1, 120)} {rng.choice(IE_STREETS)} {kind}"
    town, key = rng.choice(IE_TOWNS)
    postcode = key + " " + _pattern(rng, rng.choice(("^#^^", "^^#^", "#^^#")))
    line = f"{street}, {town}, {postcode}" + rng.choice(("", "", ", Ireland"))
    lines = (street, town, postcode)
    return Address("ie", street, line, lines, town, postcode, "Ireland")


def _make_ca(rng: random.Random) -> Address:
    kind = rng.choice(("Street", "Crescent", "Avenue", "Drive", "Road", "Bay"))
    number = f"{rng.randrange(10, 990)} {rng.choice(CA_STREETS)} {kind}"
    street = f"{rng.randrange(101, 1900)}-{number}" if rng.random() < 0.35 else number
    city, province, fsa = rng.choice(CA_TOWNS)
    postcode = _ca_postcode(rng, fsa)
    line = f"{street}, {city} {province} {postcode}" + rng.choice(("", "", ", Canada"))
    lines = (street, f"{city} {province}  {postcode}")  # Canada Post: two spaces
    return Address("ca", street, line, lines, city, postcode, "Canada")


def _make_au(rng: random.Random) -> Address:
    body = f"{rng.randrange(1, 240)} {rng.choice(AU_STREETS)} {rng.choice(AU_TYPES)}"
    street = rng.choice(
        (body, f"{rng.randrange(1, 20)}/{body}", f"Unit {rng.randrange(1, 12)}, {body}")
    )
    town, state, postcode = rng.choice(AU_TOWNS)
    line = f"{street}, {town} {state} {postcode}" + rng.choice(("", "", ", Australia"))
    lines = (street, f"{town.upper()} {state} {postcode}")
    return Address("au", street, line, lines, town, postcode, "Australia")


def _make_de(rng: random.Random) -> Address:
    street = f"{rng.choice(DE_STREETS)} {rng.randrange(1, 140)}{rng.choice(('', '', 'a', 'b'))}"
    postcode, town = rng.choice(DE_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", "", ", Deutschland", ", Germany"))
    lines = (street, f"{postcode} {town}")
    return Address("de", street, line, lines, town, postcode, "Deutschland")


def _make_at(rng: random.Random) -> Address:
    unit = rng.choice(
        (f"/Top {rng.randrange(1, 25)}", f"/{rng.randrange(1, 5)}/{rng.randrange(1, 30)}", "")
    )
    street = f"{rng.choice(AT_STREETS)} {rng.randrange(1, 80)}{unit}"
    postcode, town = rng.choice(AT_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", ", Österreich", ", Austria"))
    return Address("at", street, line, (street, f"{postcode} {town}"), town, postcode, "Austria")


def _make_ch(rng: random.Random) -> Address:
    street = f"{rng.choice(CH_STREETS)} {rng.randrange(1, 90)}"
    postcode, town = rng.choice(CH_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", ", Schweiz", ", Switzerland"))
    lines = (
        (street, f"CH-{postcode} {town}") if rng.random() < 0.3 else (street, f"{postcode} {town}")
    )
    return Address("ch", street, line, lines, town, postcode, "Switzerland")


def _make_fr(rng: random.Random) -> Address:
    number = f"{rng.randrange(1, 120)}{rng.choice(('', '', '', ' bis', ' ter'))}"
    street = f"{number} {rng.choice(FR_STREETS)}"
    if rng.random() < 0.2:
        street = f"Bât. {rng.choice('ABCD')}, {street}"
    postcode, town = rng.choice(FR_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", "", ", France"))
    return Address("fr", street, line, (street, f"{postcode} {town}"), town, postcode, "France")


def _make_be(rng: random.Random) -> Address:
    name = rng.choice(BE_STREETS)
    box = " boîte " if name.startswith("rue") else " bus "
    street = f"{name} {rng.randrange(1, 200)}" + (
        f"{box}{rng.randrange(1, 12)}" if rng.random() < 0.4 else ""
    )
    postcode, town = rng.choice(BE_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", ", België", ", Belgium"))
    return Address("be", street, line, (street, f"{postcode} {town}"), town, postcode, "Belgium")


def _make_nl(rng: random.Random) -> Address:
    suffix = rng.choice(("", "", "-II", " hs", "A", "-3"))
    street = f"{rng.choice(NL_STREETS)} {rng.randrange(1, 160)}{suffix}"
    pattern, town = rng.choice(NL_TOWNS)
    postcode = _pattern(rng, pattern) + " " + _pattern(rng, "^^")
    line = f"{street}, {postcode} {town}" + rng.choice(("", "", ", Nederland"))
    return Address(
        "nl", street, line, (street, f"{postcode} {town}"), town, postcode, "Netherlands"
    )


def _make_it(rng: random.Random) -> Address:
    street = f"{rng.choice(IT_STREETS)} {rng.randrange(1, 150)}"
    street += rng.choice(("", "", f", int. {rng.randrange(1, 20)}", f", scala {rng.choice('ABC')}"))
    postcode, town, province = rng.choice(IT_TOWNS)
    line = f"{street}, {postcode} {town} ({province})" + rng.choice(("", "", ", Italia"))
    lines = (street, f"{postcode} {town} ({province})")
    return Address("it", street, line, lines, town, postcode, "Italia")


def _make_es(rng: random.Random) -> Address:
    floor = rng.choice(("", f", {rng.randrange(1, 9)}º {rng.choice(('izda.', 'dcha.', 'B', 'A'))}"))
    street = f"{rng.choice(ES_STREETS)} {rng.randrange(1, 120)}{floor}"
    postcode, town = rng.choice(ES_TOWNS)
    line = f"{street}, {postcode} {town}" + rng.choice(("", "", ", España"))
    return Address("es", street, line, (street, f"{postcode} {town}"), town, postcode, "España")


def _make_pt(rng: random.Random) -> Address:
    floor = rng.choice(("", f", {rng.randrange(1, 8)}.º {rng.choice(('Esq.', 'Dto.'))}"))
    street = f"{rng.choice(PT_STREETS)}, n.º {rng.randrange(1, 200)}{floor}"
    prefix, town = rng.choice(PT_TOWNS)
    postcode = prefix + "-" + _pattern(rng, "###")
    line = f"{street}, {postcode} {town}" + rng.choice(("", ", Portugal"))
    return Address("pt", street, line, (street, f"{postcode} {town}"), town, postcode, "Portugal")


def _make_in(rng: random.Random) -> Address:
    area, city, pin_pattern = rng.choice(IN_AREAS)
    road = rng.choice(IN_ROADS)
    first = rng.choice((
        f"Flat {rng.randrange(1, 19)}0{rng.randrange(1, 9)}, {rng.choice(IN_BUILDINGS)}",
        f"House No. {rng.randrange(1, 400)}",
        f"{rng.randrange(1, 90)}/{rng.randrange(1, 9)}",
    ))  # fmt: skip
    street = f"{first}, {road}, {area}"
    pin = _pattern(rng, pin_pattern)
    line = f"{street}, {city} {pin}" + rng.choice(("", ", India"))
    lines = (f"{first}, {road}", area, f"{city} - {pin}")
    return Address("in", street, line, lines, city, pin, "India")


def _make_sg(rng: random.Random) -> Address:
    area, kind = rng.choice(SG_AREAS)
    block = rng.randrange(100, 990)
    number = f" {rng.randrange(1, 9)}" if kind in ("Avenue", "Street", "Drive") else ""
    street = (
        f"Blk {block} {area} {kind}{number}, #{rng.randrange(2, 25):02d}-{rng.randrange(10, 400)}"
    )
    postcode = f"{rng.randrange(10, 83)}{block:04d}"
    line = f"{street}, Singapore {postcode}"
    return Address(
        "sg", street, line, (street, f"Singapore {postcode}"), "Singapore", postcode, "Singapore"
    )


def _make_jp(rng: random.Random) -> Address:
    area, ward, postcode = rng.choice(JP_AREAS)
    building = (
        f"{rng.choice(JP_BUILDINGS)} {area.split()[-1]} {rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
    )
    block = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    street = f"{building}, {block} {area}"
    line = f"{street}, {ward}, Tokyo {postcode}" + rng.choice(("", ", Japan"))
    lines = (street, f"{ward}, Tokyo {postcode}")
    return Address("jp", street, line, lines, "Tokyo", postcode, "Japan")


def _make_mx(rng: random.Random) -> Address:
    street = f"{rng.choice(MX_STREETS)} {rng.randrange(1, 900)}"
    street += rng.choice(
        ("", f", Int. {rng.randrange(1, 12)}", f", Depto. {rng.randrange(101, 504)}")
    )
    colonia, postcode, city, state = rng.choice(MX_TOWNS)
    line = f"{street}, {colonia}, {postcode} {city}, {state}" + rng.choice(("", ", México"))
    lines = (street, colonia, f"{postcode} {city}, {state}")
    return Address("mx", street, line, lines, city, postcode, "México")


def _make_br(rng: random.Random) -> Address:
    street = f"{rng.choice(BR_STREETS)}, {rng.randrange(10, 2400)}"
    street += rng.choice(("", f", apto {rng.randrange(11, 190)}", f", casa {rng.randrange(1, 9)}"))
    bairro, city, state, cep_pattern = rng.choice(BR_TOWNS)
    cep = _pattern(rng, cep_pattern)
    line = f"{street} - {bairro}, {city} - {state}, {cep}" + rng.choice(("", ", Brasil"))
    lines = (f"{street} - {bairro}", f"{city} - {state}", cep)
    return Address("br", street, line, lines, city, cep, "Brasil")


def _make_za(rng: random.Random) -> Address:
    kind = rng.choice(("Road", "Street", "Avenue", "Close", "Crescent"))
    street = f"{rng.randrange(1, 180)} {rng.choice(ZA_STREETS)} {kind}"
    suburb, city, postcode = rng.choice(ZA_TOWNS)
    line = f"{street}, {suburb}, {city}, {postcode}" + rng.choice(("", ", South Africa"))
    lines = (street, suburb, city, postcode)
    return Address("za", street, line, lines, city, postcode, "South Africa")


MAKERS = {
    "us": _make_us, "gb": _make_gb, "ie": _make_ie, "ca": _make_ca, "au": _make_au,
    "de": _make_de, "at": _make_at, "ch": _make_ch, "fr": _make_fr, "be": _make_be,
    "nl": _make_nl, "it": _make_it, "es": _make_es, "pt": _make_pt, "in": _make_in,
    "sg": _make_sg, "jp": _make_jp, "mx": _make_mx, "br": _make_br, "za": _make_za,
}  # fmt: skip
COUNTRY_WEIGHTS = {
    "us": 16, "gb": 9, "ie": 4, "ca": 6, "au": 6, "de": 7, "at": 3, "ch": 3, "fr": 6, "be": 3,
    "nl": 4, "it": 5, "es": 5, "pt": 3, "in": 6, "sg": 3, "jp": 3, "mx": 4, "br": 5, "za": 4,
}  # fmt: skip


def make_address(rng: random.Random, countries: str = "") -> Address:
    """An address of one of ``countries`` (comma-separated codes), else of any country."""
    if countries:
        country = rng.choice(countries.split(","))
    else:
        names = list(COUNTRY_WEIGHTS)
        country = rng.choices(names, weights=[COUNTRY_WEIGHTS[n] for n in names])[0]
    return MAKERS[country](rng)


def street_words() -> list[str]:
    """Every street name of the pools (for the test that they stay out of the look-alikes)."""
    lists = (US_STREETS, GB_STREETS, IE_STREETS, CA_STREETS, AU_STREETS, DE_STREETS, AT_STREETS,
             CH_STREETS, FR_STREETS, BE_STREETS, NL_STREETS, IT_STREETS, ES_STREETS, PT_STREETS,
             IN_ROADS, MX_STREETS, BR_STREETS, ZA_STREETS)  # fmt: skip
    return [name for names in lists for name in names]
