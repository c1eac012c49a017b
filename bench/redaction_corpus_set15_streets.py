"""Set 15's street addresses in 20 national formats (written for this file, blind).

``address(rng)`` returns an ``Address``: the street line (with its unit), the locality line(s)
and the country, so a template can write it on one line, over several lines, or the street line
alone in a split field. Streets named after people are whole addresses, never persons.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

# fmt: off
US_STREET = ("Chokecherry", "Buttonwood Ridge", "Quail Meadow", "Bitterroot", "Pawpaw",
             "Thurgood Marshall", "Cottonwood Bend", "Sagebrush", "Bobwhite", "Spicebush")
US_TYPE = ("St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Street", "Avenue", "Drive")
US_CITY = (("Tacoma", "WA", "984"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"),
           ("Knoxville", "TN", "379"), ("Omaha", "NE", "681"), ("Tucson", "AZ", "857"),
           ("Albany", "NY", "122"), ("Spokane", "WA", "992"), ("Fresno", "CA", "937"),
           ("Lexington", "KY", "405"), ("Duluth", "MN", "558"), ("Provo", "UT", "846"))
US_UNIT = ("Apt 4B", "Apt 12", "Suite 210", "Unit 7", "#305", "Ste 1400", "Apt. 3C")
UK_STREET = ("Hawthorn Bank", "Wheelwright", "Cobbler's Walk", "Bramblewood", "Fellmonger",
             "Sandpiper", "Campion", "Dunnock")
UK_TYPE = ("Road", "Lane", "Close", "Gardens", "Crescent", "Terrace", "Mews")
UK_TOWN = (("Leeds", "LS"), ("Bristol", "BS"), ("Nottingham", "NG"), ("Cardiff", "CF"),
           ("Norwich", "NR"), ("Exeter", "EX"), ("York", "YO"), ("Sheffield", "S"))
CA_STREET = ("Grosbeak", "Beaverbrook", "Muskoka", "Tamarind Grove", "Saskatoon Berry")
CA_CITY = (("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"), ("Kelowna", "BC", "V1Y"),
           ("Kingston", "ON", "K7L"), ("Lethbridge", "AB", "T1J"), ("Moncton", "NB", "E1C"))
AU_STREET = ("Wombat", "Bottlebrush Hill", "Bilby", "Quandong", "Paperbark Ridge",
             "Wattlebird")
AU_TYPE = ("Street", "Road", "Parade", "Crescent", "Avenue", "Terrace")
AU_CITY = (("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Wollongong", "NSW",
           "2500"), ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"))
DE_STREET = ("Lindenhof", "Holunder", "Eichelhäher", "Kranich", "Sonnenblumen", "Brombeer",
             "Mühlbach", "Käthe-Kollwitz-")
DE_TYPE = ("straße", "weg", "gasse", "ring", "allee")
DE_CITY = (("04109", "Leipzig"), ("79098", "Freiburg im Breisgau"), ("90402", "Nürnberg"),
           ("28195", "Bremen"), ("01067", "Dresden"), ("24103", "Kiel"))
AT_STREET = ("Marillen", "Edelweiß", "Zirben", "Dachstein")
AT_CITY = (("1070", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"))
CH_STREET = ("Rebberg", "Seerosen", "Gletscher", "Alpenrosen")
CH_CITY = (("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"))
FR_STREET = ("rue des Tilleuls", "avenue des Platanes", "allée des Pervenches", "rue du Lavoir",
             "boulevard Simone-Veil", "impasse des Noisetiers", "rue des Vignerons")
FR_CITY = (("69003", "Lyon"), ("31000", "Toulouse"), ("44000", "Nantes"), ("67000",
           "Strasbourg"), ("33000", "Bordeaux"), ("35000", "Rennes"))
BE_STREET = (("Berkenlaan", "bus"), ("Rue des Alouettes", "boîte"), ("Meiboomstraat", "bus"),
             ("Rue du Fossé", "boîte"))
BE_CITY = (("9000", "Gent"), ("4000", "Liège"), ("2000", "Antwerpen"), ("5000", "Namur"))
IT_STREET = ("Via dei Gelsomini", "Via delle Mimose", "Viale dei Pini", "Via Grazia Deledda",
             "Corso Vercelli", "Via del Fagiano")
IT_CITY = (("40125", "Bologna", "BO"), ("10121", "Torino", "TO"), ("50122", "Firenze", "FI"),
           ("80134", "Napoli", "NA"), ("35121", "Padova", "PD"))
ES_STREET = ("Calle de los Almendros", "Calle del Olivar", "Avenida de las Acacias",
             "Calle Federico García Lorca", "Paseo de los Tilos", "Calle Mayor de Gracia")
ES_CITY = (("46001", "Valencia"), ("41001", "Sevilla"), ("50001", "Zaragoza"), ("29001",
           "Málaga"), ("48001", "Bilbao"))
PT_STREET = ("Rua das Camélias", "Rua do Bonjardim", "Avenida dos Aliados", "Travessa do Salitre",
             "Rua Cecília Meireles")
PT_CITY = (("4050-123", "Porto"), ("1700-097", "Lisboa"), ("3000-150", "Coimbra"), ("4700-321",
           "Braga"))
NL_STREET = ("Lijsterbesstraat", "Hortensialaan", "Zwanengracht", "Meidoornweg",
             "Korenbloemstraat")
NL_CITY = (("1072", "Amsterdam"), ("3581", "Utrecht"), ("2514", "Den Haag"), ("9711",
           "Groningen"), ("5611", "Eindhoven"))
IE_STREET = ("Rowan", "Whitebeam", "Heather View", "Ardmore")
IE_TYPE = ("Road", "Avenue", "Park", "Drive", "Grove")
IE_CITY = (("Dublin 6", "D06"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
           ("Dublin 8", "D08"))
IN_STREET = ("Amaltas", "Ashoka Vihar", "Tulsi Marg", "Neelkanth", "Kamdhenu")
IN_CITY = (("Indiranagar", "Bengaluru", "560038"), ("Kothrud", "Pune", "411038"),
           ("Salt Lake", "Kolkata", "700091"), ("Banjara Hills", "Hyderabad", "500034"),
           ("Vaishali Nagar", "Jaipur", "302021"))
SG_STREET = ("Ang Mo Kio Avenue 3", "Tampines Street 21", "Jurong West Street 52",
             "Bedok North Road", "Toa Payoh Lorong 4")
JP_PLACE = (("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"), ("Umeda", "Kita-ku", "Osaka",
            "530-0001"), ("Sakae", "Naka-ku", "Nagoya", "460-0008"), ("Tenjin", "Chuo-ku",
            "Fukuoka", "810-0001"))
JP_BUILDING = ("Sunhills", "Grand Maison Aoi", "Villa Kotobuki", "Residence Hikari")
MX_STREET = ("Calle Tulipanes", "Avenida Jacarandas", "Calle Leona Vicario",
             "Calle Colibrí", "Avenida Ahuehuetes")
MX_CITY = (("Col. Del Valle", "03100", "Ciudad de México, CDMX"), ("Col. Americana", "44160",
           "Guadalajara, Jal."), ("Col. Obispado", "64060", "Monterrey, N.L."), ("Col. Centro",
           "76000", "Querétaro, Qro."))
BR_STREET = ("Rua dos Ipês", "Avenida Sabiá", "Rua Jaboticabal", "Rua Tiradentes",
             "Avenida Beira-Mar", "Rua das Goiabeiras")
BR_CITY = (("Pinheiros", "São Paulo", "SP", "05422-010"), ("Boa Viagem", "Recife", "PE",
           "51020-000"), ("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Moinhos de Vento",
           "Porto Alegre", "RS", "90570-020"))
ZA_STREET = ("Protea", "Fynbos", "Baobab", "Albert Luthuli", "Kiepersol")
ZA_CITY = (("Rondebosch", "Cape Town", "7700"), ("Parkhurst", "Johannesburg", "2193"),
           ("Morningside", "Durban", "4001"), ("Hatfield", "Pretoria", "0083"))
# fmt: on


@dataclass(frozen=True)
class Address:
    street: str  # the street line with its unit: gold alone in a split field
    locality: tuple[str, ...]  # the lines after it (city, region, postcode)
    country: str
    city: str
    postcode: str

    def one_line(self, with_country: bool) -> str:
        parts = [self.street, *self.locality]
        if with_country:
            parts.append(self.country)
        return ", ".join(parts).replace("  ", " ")  # Canada Post's two spaces: labels only

    def lines(self, with_country: bool) -> str:
        rows = [self.street, *self.locality]
        if with_country:
            rows.append(self.country)
        return "\n".join(rows)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _house(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9899))))


def _uk_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def _us(rng: random.Random) -> Address:
    city, state, zip3 = rng.choice(US_CITY)
    street = f"{_house(rng)} {rng.choice(US_STREET)} {rng.choice(US_TYPE)}"
    if rng.random() < 0.35:
        street += f", {rng.choice(US_UNIT)}" if rng.random() < 0.5 else f" {rng.choice(US_UNIT)}"
    zip_code = zip3 + _d(rng, 2) + (f"-{_d(rng, 4)}" if rng.random() < 0.15 else "")
    return Address(street, (f"{city}, {state} {zip_code}",), "USA", city, zip_code)


def _uk(rng: random.Random) -> Address:
    town, area = rng.choice(UK_TOWN)
    street = f"{rng.randint(1, 140)} {rng.choice(UK_STREET)} {rng.choice(UK_TYPE)}"
    if rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 24)}, {street}"
    postcode = _uk_postcode(rng, area)
    return Address(street, (town, postcode), "United Kingdom", town, postcode)


def _ca(rng: random.Random) -> Address:
    city, prov, fsa = rng.choice(CA_CITY)
    name = rng.choice(CA_STREET)
    kind = rng.choice(("Street", "Avenue", "Crescent", "Drive"))
    house = rng.randint(10, 2999)
    street = (
        f"{rng.randint(101, 1808)}-{house} {name} {kind}"
        if rng.random() < 0.3
        else (f"{house} {name} {kind}")
    )
    postcode = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    return Address(street, (f"{city} {prov}  {postcode}",), "Canada", city, postcode)


def _au(rng: random.Random) -> Address:
    city, state, postcode = rng.choice(AU_CITY)
    street = f"{rng.randint(1, 240)} {rng.choice(AU_STREET)} {rng.choice(AU_TYPE)}"
    if rng.random() < 0.35:
        street = (
            f"{rng.randint(1, 12)}/{street}"
            if rng.random() < 0.5
            else (f"Unit {rng.randint(1, 20)}, {street}")
        )
    return Address(street, (f"{city} {state} {postcode}",), "Australia", city, postcode)


def _de(rng: random.Random) -> Address:
    postcode, city = rng.choice(DE_CITY)
    name = rng.choice(DE_STREET)
    kind = "Straße" if name.endswith("-") else rng.choice(DE_TYPE)
    house = f"{rng.randint(1, 120)}{rng.choice(('', '', '', 'a', 'b'))}"
    return Address(f"{name}{kind} {house}", (f"{postcode} {city}",), "Germany", city, postcode)


def _at(rng: random.Random) -> Address:
    postcode, city = rng.choice(AT_CITY)
    kind = rng.choice(("gasse", "straße", "weg"))
    unit = rng.choice(
        (
            f"/{rng.randint(1, 30)}",
            f"/Top {rng.randint(1, 22)}",
            f"/{rng.randint(1, 4)}/{rng.randint(1, 16)}",
        )
    )
    street = f"{rng.choice(AT_STREET)}{kind} {rng.randint(1, 80)}{unit}"
    return Address(street, (f"{postcode} {city}",), "Austria", city, postcode)


def _ch(rng: random.Random) -> Address:
    postcode, city = rng.choice(CH_CITY)
    street = (
        f"{rng.choice(CH_STREET)}{rng.choice(('strasse', 'weg', 'gasse'))} {rng.randint(1, 90)}"
    )
    return Address(street, (f"{postcode} {city}",), "Switzerland", city, postcode)


def _fr(rng: random.Random) -> Address:
    postcode, city = rng.choice(FR_CITY)
    house = f"{rng.randint(1, 140)}{rng.choice(('', '', '', ' bis', ' ter'))}"
    street = f"{house} {rng.choice(FR_STREET)}"
    if rng.random() < 0.2:
        street = f"Bât. {rng.choice('ABCD')}, {street}"
    return Address(street, (f"{postcode} {city}",), "France", city, postcode)


def _be(rng: random.Random) -> Address:
    postcode, city = rng.choice(BE_CITY)
    name, box = rng.choice(BE_STREET)
    street = f"{name} {rng.randint(1, 160)}"
    if rng.random() < 0.4:
        street += f" {box} {rng.randint(1, 12)}"
    return Address(street, (f"{postcode} {city}",), "Belgium", city, postcode)


def _it(rng: random.Random) -> Address:
    postcode, city, prov = rng.choice(IT_CITY)
    street = f"{rng.choice(IT_STREET)}, {rng.randint(1, 150)}"
    if rng.random() < 0.3:
        street += f", int. {rng.randint(1, 20)}"
    return Address(street, (f"{postcode} {city} ({prov})",), "Italy", city, postcode)


def _es(rng: random.Random) -> Address:
    postcode, city = rng.choice(ES_CITY)
    street = f"{rng.choice(ES_STREET)}, {rng.randint(1, 120)}"
    if rng.random() < 0.5:
        street += f", {rng.randint(1, 9)}º {rng.choice(('A', 'B', 'izda.', 'dcha.'))}"
    return Address(street, (f"{postcode} {city}",), "Spain", city, postcode)


def _pt(rng: random.Random) -> Address:
    postcode, city = rng.choice(PT_CITY)
    street = f"{rng.choice(PT_STREET)}, {rng.randint(1, 300)}"
    if rng.random() < 0.4:
        street += f", {rng.randint(1, 8)}.º {rng.choice(('Esq.', 'Dto.', 'Frente'))}"
    return Address(street, (f"{postcode} {city}",), "Portugal", city, postcode)


def _nl(rng: random.Random) -> Address:
    digits, city = rng.choice(NL_CITY)
    postcode = f"{digits} {rng.choice('ABCEGHKLMNPRSTVWXZ')}{rng.choice('ABCEGHKLMNPRSTVWXZ')}"
    house = f"{rng.randint(1, 220)}{rng.choice(('', '', '-II', '-1', ' hs', 'A'))}"
    return Address(
        f"{rng.choice(NL_STREET)} {house}", (f"{postcode} {city}",), "Netherlands", city, postcode
    )


def _ie(rng: random.Random) -> Address:
    city, key = rng.choice(IE_CITY)
    unique = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    street = f"{rng.randint(1, 90)} {rng.choice(IE_STREET)} {rng.choice(IE_TYPE)}"
    if rng.random() < 0.3:
        street = f"Apartment {rng.randint(1, 40)}, {street}"
    eircode = f"{key} {unique}"
    return Address(street, (city, eircode), "Ireland", city, eircode)


def _in(rng: random.Random) -> Address:
    area, city, pin = rng.choice(IN_CITY)
    name = rng.choice(IN_STREET)
    street = rng.choice(
        (
            f"Flat {rng.randint(101, 904)}, {name} Apartments, {rng.randint(4, 18)}th Cross Road",
            f"House No. {rng.randint(1, 400)}, {name} Road",
            f"{rng.choice('ABCD')}-{rng.randint(1, 90)}, {name} Marg",
        )
    )
    return Address(street, (area, f"{city} {pin}"), "India", city, pin)


def _sg(rng: random.Random) -> Address:
    postcode = f"{rng.randint(30, 82)}{_d(rng, 4)}"
    unit = f"#{rng.randint(2, 25):02d}-{rng.randint(1, 480):02d}"
    street = f"Blk {rng.randint(100, 799)} {rng.choice(SG_STREET)}, {unit}"
    return Address(street, (f"Singapore {postcode}",), "Singapore", "Singapore", postcode)


def _jp(rng: random.Random) -> Address:
    area, ward, city, postcode = rng.choice(JP_PLACE)
    street = f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {area}"
    if rng.random() < 0.5:
        street = f"{rng.choice(JP_BUILDING)} {rng.randint(101, 905)}, {street}"
    return Address(street, (f"{ward}, {city} {postcode}",), "Japan", city, postcode)


def _mx(rng: random.Random) -> Address:
    colonia, postcode, city = rng.choice(MX_CITY)
    street = f"{rng.choice(MX_STREET)} {rng.randint(10, 1999)}"
    if rng.random() < 0.35:
        street += f" Int. {rng.randint(1, 12)}"
    return Address(street, (colonia, f"{postcode} {city}"), "México", city.split(",")[0], postcode)


def _br(rng: random.Random) -> Address:
    district, city, state, cep = rng.choice(BR_CITY)
    street = f"{rng.choice(BR_STREET)}, {rng.randint(10, 2400)}"
    if rng.random() < 0.4:
        street += f", apto {rng.randint(11, 1204)}"
    return Address(street, (f"{district}, {city} - {state}", cep), "Brasil", city, cep)


def _za(rng: random.Random) -> Address:
    suburb, city, postcode = rng.choice(ZA_CITY)
    kind = rng.choice(("Street", "Road", "Avenue", "Drive"))
    return Address(
        f"{rng.randint(1, 180)} {rng.choice(ZA_STREET)} {kind}",
        (suburb, f"{city}, {postcode}"),
        "South Africa",
        city,
        postcode,
    )


# Weighted so the US, UK and a few others are common, as in English-language text.
MAKERS = (
    (_us, 6),
    (_uk, 4),
    (_ca, 2),
    (_au, 2),
    (_de, 2),
    (_at, 1),
    (_ch, 1),
    (_fr, 2),
    (_be, 1),
    (_it, 1),
    (_es, 1),
    (_pt, 1),
    (_nl, 1),
    (_ie, 1),
    (_in, 2),
    (_sg, 1),
    (_jp, 1),
    (_mx, 1),
    (_br, 1),
    (_za, 1),
)


def address(rng: random.Random) -> Address:
    makers = [maker for maker, _ in MAKERS]
    weights = [weight for _, weight in MAKERS]
    return rng.choices(makers, weights)[0](rng)


def street_words() -> set[str]:
    """The distinctive words of the street pools (for the overlap check against sets 13/14)."""
    pools = (
        US_STREET,
        UK_STREET,
        CA_STREET,
        AU_STREET,
        DE_STREET,
        AT_STREET,
        CH_STREET,
        FR_STREET,
        IT_STREET,
        ES_STREET,
        PT_STREET,
        NL_STREET,
        IE_STREET,
        IN_STREET,
        SG_STREET,
        MX_STREET,
        BR_STREET,
        ZA_STREET,
        tuple(n for n, _ in BE_STREET),
    )
    return {w.strip("-',") for pool in pools for name in pool for w in name.split()}
