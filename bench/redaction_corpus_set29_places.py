"""Set 29's street addresses: twenty national formats built from invented street names.

Every pool is a flat tuple whose even positions serve the tuning half and odd positions the
held-out half (streets, cities, suburbs, buildings), so no street or city is shared by halves.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from bench.redaction_corpus_set29_pools import half


@dataclass(frozen=True)
class Address:
    street: str  # the street line, units and buildings included
    locality: str  # city, region and postcode written on one line
    lines: tuple[str, ...]  # the same over lines, as on a label
    country: str
    city: str
    postcode: str


# fmt: off
# country -> street name stems (the builder adds the street type).
STREETS: dict[str, tuple[str, ...]] = {
    "us": ("Thimbleknock", "Sorrowmoor", "Brasswillow", "Tinderhook", "Ondlebrook Crossing",
           "Halloway Bend", "Copperstill", "Marrowspit", "Pumpwell", "Lanternbrook"),
    "gb": ("Pudsey Mill", "Skelwarth", "Cobbinshaw", "Wimbleshaw", "Nethercoyle", "Ravensthorpe",
           "Blandfordbury", "Scarrowcliffe"),
    "ca": ("Wapiskaw", "Muskwa Ridge", "Lachenaie", "Kinnimount", "Beausoleil", "Ossawippi"),
    "au": ("Wombarrin", "Coolabinda", "Narrabeen Rise", "Tallowgum", "Kurrawonga Hill",
           "Billabirra"),
    "de": ("Kranichsteiner Straße", "Holderbuschweg", "Mönchsgrundallee", "Zaunkönigring",
           "Teerofenstr.", "Apfelhainstraße", "Dohlenfelder Ring", "Eichelhäherweg"),
    "at": ("Sechsschimmelgasse", "Wimbergergasse", "Kaltenleutgebner Straße", "Zinnkrugergasse",
           "Thaliastraße", "Paulusplatz"),
    "ch": ("Chriesbaumstrasse", "Glärnischweg", "Tüfiwisstrasse", "Rütihofweg", "Zelgliweg",
           "Burstwiesenstrasse"),
    "fr": ("rue des Bourreliers-Gantiers", "allée des Cornouillers Cendrés",
           "rue du Puits-Gaudriot",
           "impasse des Chanvriers", "avenue des Grèbes", "chemin de la Sauvetat",
           "rue de la Cardeuse", "boulevard des Pétanquiers"),
    "be": ("Rue du Vieux-Tanneur", "Kantwerkersstraat", "Avenue des Mélèzes Blancs",
           "Spinnekopstraat", "Rue Haute-Fagne", "Zeemkaarsenstraat"),
    "it": ("Via dei Sediari Vecchi", "Via Ermelindo Scolopendri", "Via del Mulinaccio Amaro",
           "Via Borgo Salnitro",
           "Viale dei Lentischi Rossi", "Via della Filanda Vecchia"),
    "es": ("C/ de los Boteros Chicos", "Calle Teodulfo Rancaño", "C/ del Espartero Mayor",
           "Calle de la Cordelería", "Carrer dels Terrissaires", "Camino de las Norias"),
    "pt": ("Rua dos Cesteiros Velhos", "Rua da Cortiçada", "Travessa do Latoeiro",
           "Rua das Rendilheiras", "Avenida dos Salgueirais", "Rua do Alambique"),
    "nl": ("Kuipersgracht", "Wolweversstraat", "Lakenvoldersstraat", "Turfschippersweg",
           "Zeepziederslaan", "Klokkengietersstraat"),
    "ie": ("Ballyculloo Rise", "Corrabeg", "Knocknagoran", "Drumsheelin", "Lisnagarvan",
           "Carrigmore Heath"),
    "in": ("Parijatham Cross", "Vetrivel Nagar Main", "Nandavanam Tope", "Bhagyalakshmi Layout",
           "Kalpataru Link", "Rajkamal Ghat"),
    "sg": ("Tampinang", "Sembakau", "Kelumpang", "Jurong Pandan", "Lorong Selasih", "Bedok Kenari"),
    "jp": ("Kitamizuho", "Higashikasumi", "Nishikomagata", "Minamiyatsuda", "Kamiasahara",
           "Shimotsurugi"),
    "mx": ("Calle Cenzontles", "Avenida Guamúchil Real", "Calle Tepalcates",
           "Privada Palo Blanquillo",
           "Calle Capulines Rojos", "Andador Cacomixtle"),
    "br": ("Rua Saíra-Douradinha", "Rua Jatobazinho", "Avenida Guaribuçu-Açu", "Rua Quaresmeira",
           "Travessa Tico-Tico do Mato", "Rua Cambucizeiro"),
    "za": ("Koorsboom", "Tamboekie", "Sukkelbos", "Kareeboom", "Kransduif", "Bontrokkie"),
}

# country -> cities with their region and postcode prefix: (city, region, prefix).
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (("Tacoma", "WA", "984"), ("Duluth", "MN", "558"), ("Bismarck", "ND", "585"),
           ("Pueblo", "CO", "810"), ("Macon", "GA", "312"), ("Eugene", "OR", "974")),
    "gb": (("Shrewsbury", "", "SY1"), ("Kendal", "", "LA9"), ("Truro", "", "TR1"),
           ("Hexham", "", "NE46")),
    "ca": (("Kamloops", "BC", "V2C"), ("Sherbrooke", "QC", "J1H"), ("Moncton", "NB", "E1C"),
           ("Lethbridge", "AB", "T1J")),
    "au": (("Wollongong", "NSW", "2500"), ("Toowoomba", "QLD", "4350"),
           ("Ballarat", "VIC", "3350"), ("Launceston", "TAS", "7250")),
    "de": (("Bamberg", "", "960"), ("Göttingen", "", "370"), ("Passau", "", "940"),
           ("Lüneburg", "", "213")),
    "at": (("Graz", "", "80"), ("Linz", "", "40"), ("Wien", "", "11"), ("Klagenfurt", "", "90")),
    "ch": (("Winterthur", "", "84"), ("Luzern", "", "60"), ("Thun", "", "36"), ("Chur", "", "70")),
    "fr": (("Nantes", "", "440"), ("Besançon", "", "250"), ("Limoges", "", "870"),
           ("Perpignan", "", "660")),
    "be": (("Ixelles", "", "1050"), ("Leuven", "", "3000"), ("Namur", "", "5000"),
           ("Brugge", "", "8000")),
    "it": (("Bergamo", "BG", "241"), ("Lecce", "LE", "731"), ("Cremona", "CR", "261"),
           ("Sassari", "SS", "071")),
    "es": (("Valladolid", "", "470"), ("Cáceres", "", "100"), ("Logroño", "", "260"),
           ("Albacete", "", "020")),
    "pt": (("Braga", "", "47"), ("Évora", "", "70"), ("Aveiro", "", "38"), ("Viseu", "", "35")),
    "nl": (("Utrecht", "", "35"), ("Zwolle", "", "80"), ("Deventer", "", "74"),
           ("Haarlem", "", "20")),
    "ie": (("Galway", "Co. Galway", "H91"), ("Kilkenny", "Co. Kilkenny", "R95"),
           ("Sligo", "Co. Sligo", "F91"), ("Tralee", "Co. Kerry", "V92")),
    "in": (("Pune", "Maharashtra", "4110"), ("Coimbatore", "Tamil Nadu", "6410"),
           ("Mysuru", "Karnataka", "5700"), ("Indore", "Madhya Pradesh", "4520")),
    "sg": (("Singapore", "", "52"), ("Singapore", "", "64")),
    "jp": (("Sapporo", "Hokkaido", "060"), ("Sendai", "Miyagi", "980"),
           ("Kanazawa", "Ishikawa", "920"), ("Okayama", "Okayama", "700")),
    "mx": (("Guadalajara", "Jal.", "44"), ("Querétaro", "Qro.", "76"), ("Puebla", "Pue.", "72"),
           ("Mérida", "Yuc.", "97")),
    "br": (("Curitiba", "PR", "80"), ("Recife", "PE", "50"), ("Goiânia", "GO", "74"),
           ("Florianópolis", "SC", "88")),
    "za": (("Durban", "", "4001"), ("Stellenbosch", "", "7600"), ("Bloemfontein", "", "9301"),
           ("Gqeberha", "", "6001")),
}

# Suburbs, neighbourhoods, buildings and wards (split by half like the streets).
AREAS: dict[str, tuple[str, ...]] = {
    "in": ("Shantivan Extension", "Saibaba Colony", "Vijayanagar 3rd Stage", "Palasia Square"),
    "in_bldg": ("Neelkamal Residency", "Shubhodaya Apartments", "Gokuldham Heights",
                "Omkareshwar Enclave"),
    "jp": ("Chuo-ku", "Aoba-ku", "Higashi-ku", "Kita-ku"),
    "jp_bldg": ("Maison Tsuyukusa", "Sunheim Kiriboshi", "Forêt Ichiban", "Grand Ciel Terrace"),
    "mx": ("Col. Tlaquepito Oriente", "Col. Jardines del Ocaso", "Col. La Paz Alta",
           "Col. Cerritos de Tejocote"),
    "br": ("Jardim Ubiratã", "Vila Caraúna", "Setor Bueno", "Parque Itaipava"),
    "za": ("Blouberg Glen", "Rooikrans Park", "Ystervark Kloof", "Kwaggashoek Heights"),
}
# fmt: on

COUNTRY_NAMES = {
    "us": ("USA", "United States"),
    "gb": ("United Kingdom", "UK"),
    "ca": ("Canada",),
    "au": ("Australia",),
    "de": ("Deutschland", "Germany"),
    "at": ("Österreich", "Austria"),
    "ch": ("Schweiz", "Switzerland"),
    "fr": ("France",),
    "be": ("Belgique", "Belgium"),
    "it": ("Italia", "Italy"),
    "es": ("España", "Spain"),
    "pt": ("Portugal",),
    "nl": ("Nederland", "Netherlands"),
    "ie": ("Ireland",),
    "in": ("India",),
    "sg": ("Singapore",),
    "jp": ("Japan",),
    "mx": ("México", "Mexico"),
    "br": ("Brasil", "Brazil"),
    "za": ("South Africa",),
}
COUNTRIES = tuple(COUNTRY_NAMES)
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NL_LETTERS = "BCDEGHJKLMNPRTVWXZ"
EIR = "ACDEFHKNPRTVWXY"  # letters used in Eircodes


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _pick(rng: random.Random, pool: tuple[str, ...], parity: int) -> str:
    return rng.choice(half(pool, parity))


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    name = _pick(rng, STREETS[country], parity)
    city, region, prefix = rng.choice(half(CITIES[country], parity))
    num = str(rng.randint(2, 480))
    country_name = rng.choice(COUNTRY_NAMES[country])
    street, locality, lines, postcode = _FORMATS[country](rng, name, city, region, prefix, num)
    return Address(street, locality, tuple(lines), country_name, city, postcode)


def _us(rng, name, city, region, prefix, num):
    kind = rng.choice(("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Street", "Avenue"))
    if " " in name and rng.random() < 0.7:
        kind = ""
    unit = rng.choice(
        (
            "",
            "",
            f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f" Suite {rng.randint(1, 9)}{_digits(rng, 2)}",
            f" #{rng.randint(2, 30)}",
            f", Unit {rng.randint(1, 12)}",
        )
    )
    street = f"{num} {name} {kind}".rstrip() + unit
    postcode = prefix + _digits(rng, 2) + (f"-{_digits(rng, 4)}" if rng.random() < 0.25 else "")
    return street, f"{city}, {region} {postcode}", [f"{city}, {region} {postcode}"], postcode


def _gb(rng, name, city, region, prefix, num):
    kind = rng.choice(("Road", "Lane", "Close", "Gardens", "Crescent", "Terrace", "Drive"))
    street = rng.choice(
        (
            f"{num} {name} {kind}",
            f"{num} {name} {kind}",
            f"Flat {rng.randint(1, 12)}, {num} {name} {kind}",
            f"{num}{rng.choice('ab')} {name} {kind}",
        )
    )
    postcode = f"{prefix} {rng.randint(1, 9)}{rng.choice(GB_LETTERS)}{rng.choice(GB_LETTERS)}"
    return street, f"{city} {postcode}", [city, postcode], postcode


def _ca(rng, name, city, region, prefix, num):
    kind = rng.choice(("Street", "Avenue", "Drive", "Road", "Crescent", "Boulevard"))
    if region == "QC":
        street = f"{num}, rue {name}" if rng.random() < 0.5 else f"{num} boulevard {name}"
    else:
        street = f"{num} {name} {kind}"
    if rng.random() < 0.5:
        street = f"{rng.randint(101, 1809)}-{street}"
    postcode = f"{prefix} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
    return street, f"{city}, {region} {postcode}", [f"{city} {region}  {postcode}"], postcode


def _au(rng, name, city, region, prefix, num):
    kind = rng.choice(("Street", "Parade", "Crescent", "Road", "Avenue", "Close"))
    if " " in name:
        kind = ""
    unit = rng.choice(("", f"{rng.randint(1, 14)}/", f"Unit {rng.randint(1, 9)}, "))
    street = f"{unit}{num} {name} {kind}".rstrip()
    return street, f"{city} {region} {prefix}", [f"{city} {region} {prefix}"], prefix


def _de(rng, name, city, region, prefix, num):
    street = f"{name} {num}{rng.choice(('', '', 'a', 'b'))}"
    postcode = prefix + _digits(rng, 2)
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _at(rng, name, city, region, prefix, num):
    street = f"{name} {num}" + rng.choice(
        ("", f"/{rng.randint(1, 4)}/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 24)}")
    )
    postcode = prefix + _digits(rng, 2) if len(prefix) == 2 else prefix
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _ch(rng, name, city, region, prefix, num):
    street = f"{name} {num}"
    postcode = prefix + rng.choice(("00", "04", "05", "12", "31"))
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _fr(rng, name, city, region, prefix, num):
    extra = rng.choice(("", "", " bis", " ter"))
    street = f"{num}{extra} {name}"
    if rng.random() < 0.3:
        street = f"Bât. {rng.choice('ABCD')}, {street}"
    postcode = prefix + _digits(rng, 2)
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _be(rng, name, city, region, prefix, num):
    box = " bte " if name.startswith(("Rue", "Avenue")) else " bus "
    street = f"{name} {num}" + (f"{box}{rng.randint(1, 12)}" if rng.random() < 0.5 else "")
    return street, f"{prefix} {city}", [f"{prefix} {city}"], prefix


def _it(rng, name, city, region, prefix, num):
    street = f"{name} {num}" + (f", int. {rng.randint(1, 16)}" if rng.random() < 0.4 else "")
    postcode = prefix + _digits(rng, 2)
    return street, f"{postcode} {city} {region}", [f"{postcode} {city} ({region})"], postcode


def _es(rng, name, city, region, prefix, num):
    street = f"{name}, {num}" + (
        f", {rng.randint(1, 8)}º {rng.choice('ABCD')}" if rng.random() < 0.6 else ""
    )
    postcode = prefix + _digits(rng, 2)
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _pt(rng, name, city, region, prefix, num):
    street = f"{name}, n.º {num}" + (
        f", {rng.randint(1, 7)}.º {rng.choice(('Esq.', 'Dto.'))}" if rng.random() < 0.6 else ""
    )
    postcode = f"{prefix}{_digits(rng, 2)}-{_digits(rng, 3)}"
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _nl(rng, name, city, region, prefix, num):
    street = f"{name} {num}{rng.choice(('', '', '-II', ' hs', 'A', '-1'))}"
    letters = rng.choice(NL_LETTERS) + rng.choice(NL_LETTERS)
    postcode = f"{prefix}{_digits(rng, 2)} {letters}"
    return street, f"{postcode} {city}", [f"{postcode} {city}"], postcode


def _ie(rng, name, city, region, prefix, num):
    kind = "" if " " in name else rng.choice((" Road", " Avenue", " Park", " Terrace"))
    street = f"{num} {name}{kind}"
    unique = f"{rng.choice(EIR)}{_digits(rng, 1)}{rng.choice(EIR)}{_digits(rng, 1)}"
    postcode = f"{prefix} {unique}"
    return street, f"{city}, {region}, {postcode}", [city, region, postcode], postcode


def _in(rng, name, city, region, prefix, num):
    parity = 0 if CITIES["in"].index((city, region, prefix)) % 2 == 0 else 1
    bldg = _pick(rng, AREAS["in_bldg"], parity)
    area = _pick(rng, AREAS["in"], parity)
    street = f"Flat {rng.randint(1, 12)}0{rng.randint(1, 8)}, {bldg}, {name} Road"
    postcode = prefix + _digits(rng, 2)
    return (street, f"{area}, {city} {postcode}", [area, f"{city} - {postcode}", region], postcode)


def _sg(rng, name, city, region, prefix, num):
    blk = rng.randint(101, 899)
    unit = f"#{rng.randint(2, 25):02d}-{rng.randint(1, 350):02d}"
    kind = "" if name.startswith("Lorong") else f" Avenue {rng.randint(1, 9)}"
    street = f"Blk {blk} {name}{kind}, {unit}"
    postcode = f"{prefix}{blk:03d}{rng.randint(0, 9)}"[:6]
    return street, f"Singapore {postcode}", [f"Singapore {postcode}"], postcode


def _jp(rng, name, city, region, prefix, num):
    parity = 0 if CITIES["jp"].index((city, region, prefix)) % 2 == 0 else 1
    bldg = _pick(rng, AREAS["jp_bldg"], parity)
    ward = _pick(rng, AREAS["jp"], parity)
    room = f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
    block = f"{rng.randint(1, 6)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
    street = f"{bldg} {room}, {block} {name}"
    postcode = f"{prefix}-{_digits(rng, 4)}"
    return (
        street,
        f"{ward}, {city}, {region} {postcode}",
        [f"{ward}, {city}", f"{region} {postcode}"],
        postcode,
    )


def _mx(rng, name, city, region, prefix, num):
    parity = 0 if CITIES["mx"].index((city, region, prefix)) % 2 == 0 else 1
    col = _pick(rng, AREAS["mx"], parity)
    street = f"{name} {num}" + (f" Int. {rng.randint(1, 12)}" if rng.random() < 0.5 else "")
    street += f", {col}"
    postcode = prefix + _digits(rng, 3)
    return street, f"{postcode} {city}, {region}", [f"{postcode} {city}, {region}"], postcode


def _br(rng, name, city, region, prefix, num):
    parity = 0 if CITIES["br"].index((city, region, prefix)) % 2 == 0 else 1
    bairro = _pick(rng, AREAS["br"], parity)
    street = f"{name}, {num}" + (
        f", apto {rng.randint(1, 19)}{rng.randint(1, 4)}" if rng.random() < 0.5 else ""
    )
    postcode = f"{prefix}{_digits(rng, 3)}-{_digits(rng, 3)}"
    return (
        street,
        f"{bairro}, {city} - {region}, {postcode}",
        [f"{bairro}", f"{city} - {region}", postcode],
        postcode,
    )


def _za(rng, name, city, region, prefix, num):
    parity = 0 if CITIES["za"].index((city, region, prefix)) % 2 == 0 else 1
    suburb = _pick(rng, AREAS["za"], parity)
    street = f"{num} {name} {rng.choice(('Street', 'Road', 'Avenue', 'Crescent'))}"
    return street, f"{suburb}, {city}, {prefix}", [suburb, city, prefix], prefix


_FORMATS = {
    "us": _us,
    "gb": _gb,
    "ca": _ca,
    "au": _au,
    "de": _de,
    "at": _at,
    "ch": _ch,
    "fr": _fr,
    "be": _be,
    "it": _it,
    "es": _es,
    "pt": _pt,
    "nl": _nl,
    "ie": _ie,
    "in": _in,
    "sg": _sg,
    "jp": _jp,
    "mx": _mx,
    "br": _br,
    "za": _za,
}
