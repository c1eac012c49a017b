"""Street names, localities and postal codes of set 26 (``data/pii/set26.jsonl``).

Street names are invented (a few after invented people, which makes the whole address one
STREET_ADDRESS and no PERSON); no street-name word other than the generic ones (Road, rue,
Via, ...) is a word of a text of sets 13-25 (checked once by a one-off script). Cities are real;
postcodes are drawn in each country's shape.
"""

from __future__ import annotations

import random

STREETS: dict[str, tuple[str, ...]] = {
    "US": (
        "Quellbrook Ridge Rd",
        "Hollowfenn Ave",
        "Tassel Creek Dr",
        "Brindlemoss Ct",
        "Pemmick Blvd",
        "Larkhaven Way",
        "Osgrove St",
        "Cinderfield Ln",
        "Corabeth Yarnell Pkwy",
        "Sawgrove Loop",
    ),
    "GB": (
        "Dunwarren Crescent",
        "Flaxmoor Road",
        "Gorsewhistle Close",
        "Wendlebury Mews",
        "Tippendell Lane",
        "Quernstone Terrace",
        "Hobnail Row",
    ),
    "CA": (
        "Spruceknoll Bluff Rd",
        "Loonwater Hollow Dr",
        "rue Saint-Eudore",
        "Cranberry Narrows Cres",
    ),
    "AU": ("Yarrabinda Pde", "Koorimba St", "Mungaroo Rise Cct", "Yallambee Grove"),
    "DE": (
        "Haselwinkelstraße",
        "Am Krähenbusch",
        "Lerchenfeldweg",
        "Holunderbeerring",
        "Quittenhofstraße",
    ),
    "AT": ("Zwetschkengasse", "Ledererhofweg", "Ribiselstraße"),
    "CH": ("Chrüzlibüelstrasse", "Chemin des Grivelles", "Ankenwaagweg"),
    "FR": (
        "rue des Vantaillons",
        "allée des Giroflées Mauves",
        "avenue Théophraste-Mirandoul",
        "impasse du Grand Moulinet",
        "boulevard des Tisserandes",
    ),
    "BE": ("Kapelleveldstraat", "rue du Bouvreuil", "Smeedjesdreef"),
    "IT": (
        "Via dei Cardatori",
        "Viale Ortensio Bragadin",
        "Vicolo del Pozzetto Rosso",
        "Via delle Gualchiere",
    ),
    "ES": ("C/ de los Tejedores", "Calle Almendrera Alta", "Avenida de la Zarzamora"),
    "PT": ("Rua das Uvaieiras Tortas", "Travessa do Sapateiro Fino", "Avenida Dom Sisnando"),
    "NL": ("Lakenkoopmanssteeg", "Wilgenhoekkade", "Zwaluwstaartgracht"),
    "IE": ("Knockmealdown Drive", "Ballycorrig Road", "Sallyglen Park"),
    "IN": ("Parijatak Marg", "Sahyadri Vistar Road", "Shivtirth Cross Road"),
    "SG": ("Jalan Merbok Besar", "Lorong Chermai Tiga"),
    "JP": ("Higashi-Kurobane", "Nishi-Tsukimino", "Kamiharazono"),
    "MX": ("Calle Capulineros", "Av. de los Tlacuilos Verdes", "Cerrada de Tulipaneros"),
    "BR": ("Rua Sapucaia Dourada", "Avenida dos Tropeiros Antigos", "Rua Guaraciaba do Norte"),
    "ZA": ("Umthombovu Crescent", "Renosterbos Street", "Wildepruim Avenue"),
}

# (city, region) per country; region may be empty.
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "US": (
        ("Dayton", "OH"),
        ("Boise", "ID"),
        ("Tacoma", "WA"),
        ("Macon", "GA"),
        ("Provo", "UT"),
        ("Lansing", "MI"),
        ("Tulsa", "OK"),
    ),
    "GB": (("Kettering", ""), ("Harrogate", ""), ("Wrexham", ""), ("Taunton", "")),
    "CA": (("Kelowna", "BC"), ("Sherbrooke", "QC"), ("Moncton", "NB"), ("Red Deer", "AB")),
    "AU": (("Ballarat", "VIC"), ("Toowoomba", "QLD"), ("Wagga Wagga", "NSW")),
    "DE": (("Stuttgart", ""), ("Bielefeld", ""), ("Erfurt", ""), ("Regensburg", "")),
    "AT": (("Wien", ""), ("Graz", ""), ("Linz", "")),
    "CH": (("Zürich", ""), ("Nyon", ""), ("Winterthur", "")),
    "FR": (("Lyon", ""), ("Angers", ""), ("Besançon", ""), ("Perpignan", "")),
    "BE": (("Antwerpen", ""), ("Liège", ""), ("Mechelen", "")),
    "IT": (("Bologna", "BO"), ("Lecce", "LE"), ("Bergamo", "BG")),
    "ES": (("Valencia", ""), ("Logroño", ""), ("Cáceres", "")),
    "PT": (("Porto", ""), ("Coimbra", ""), ("Braga", "")),
    "NL": (("Utrecht", ""), ("Leiden", ""), ("Zwolle", "")),
    "IE": (("Clonmel", "Co. Tipperary"), ("Ennis", "Co. Clare"), ("Naas", "Co. Kildare")),
    "IN": (("Pune", "Maharashtra"), ("Mysuru", "Karnataka"), ("Indore", "Madhya Pradesh")),
    "SG": (("Singapore", ""),),
    "JP": (("Sendai", "Miyagi"), ("Kanazawa", "Ishikawa"), ("Matsumoto", "Nagano")),
    "MX": (("Guadalajara", "Jal."), ("Querétaro", "Qro."), ("Morelia", "Mich.")),
    "BR": (("Curitiba", "PR"), ("Campinas", "SP"), ("Recife", "PE")),
    "ZA": (("Durban", ""), ("Bloemfontein", ""), ("Gqeberha", "")),
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

SUBURBS = {
    "MX": ("Col. Cañadas del Huamúchil", "Col. Huizachal de Quimiche"),
    "BR": ("Jardim Aracoiaba", "Vila Tapiraí"),
    "ZA": ("Umhlatuzana Ridge", "Fichardtvallei"),
    "IN": ("Shrivatsa Residency", "Kesar Kutir Apartments", "Shantiniketan Heights"),
    "JP": ("Sakuramori Heights", "Maison Kotoji"),
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABDEFGHJLNPRSTUWXY") for _ in range(n))


def postcode(rng: random.Random, country: str) -> str:
    """A postcode in the country's shape (not checked against real ranges)."""
    if country == "US":
        zip5 = f"{rng.randint(10, 99)}{_digits(rng, 3)}"
        return zip5 + (f"-{_digits(rng, 4)}" if rng.random() < 0.25 else "")
    if country == "GB":
        return f"{_letters(rng, 2)}{rng.randint(1, 29)} {rng.randint(1, 9)}{_letters(rng, 2)}"
    if country == "CA":
        return f"{rng.choice('VTEK')}{rng.randint(1, 9)}{_letters(rng, 1)} {rng.randint(1, 9)}{_letters(rng, 1)}{rng.randint(0, 9)}"  # noqa: E501
    if country in ("AU", "AT", "CH", "BE", "ZA"):
        return f"{rng.randint(1, 9)}{_digits(rng, 3)}"
    if country == "NL":
        return f"{rng.randint(1, 9)}{_digits(rng, 3)} {_letters(rng, 2)}"
    if country == "IE":
        return f"{rng.choice('ADEFHKNRTVWXY')}{rng.randint(10, 99)} {_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}"  # noqa: E501
    if country == "IN":
        return f"{rng.randint(1, 8)}{_digits(rng, 5)}"
    if country == "SG":
        return _digits(rng, 6)
    if country == "JP":
        return f"{_digits(rng, 3)}-{_digits(rng, 4)}"
    if country == "PT":
        return f"{rng.randint(1, 9)}{_digits(rng, 3)}-{_digits(rng, 3)}"
    if country == "BR":
        return f"{_digits(rng, 5)}-{_digits(rng, 3)}"
    return f"{rng.randint(1, 9)}{_digits(rng, 4)}"  # DE, FR, IT, ES, MX


def _house(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(1, 60), rng.randint(1, 240), rng.randint(100, 9800))))


def street_line(rng: random.Random, country: str) -> str:
    """The street line (with unit, flat or building) of an address in ``country``."""
    name, house = rng.choice(STREETS[country]), _house(rng)
    short = str(rng.randint(1, 88))
    roll = rng.random()
    if country == "US":
        unit = rng.choice(
            (
                "",
                "",
                f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f" Suite {rng.randint(100, 450)}",
                f" #{rng.randint(2, 40)}",
                f", Unit {rng.randint(1, 30)}",
            )
        )
        return f"{house} {name}{unit}"
    if country == "GB":
        return f"Flat {rng.randint(1, 12)}, {short} {name}" if roll < 0.4 else f"{short} {name}"
    if country == "CA":
        if name.startswith("rue"):
            return f"{house}, {name}, app. {rng.randint(1, 12)}"
        return f"{rng.randint(101, 1808)}-{house} {name}" if roll < 0.4 else f"{house} {name}"
    if country == "AU":
        if roll < 0.35:
            return f"{rng.randint(1, 9)}/{short} {name}"
        return f"Unit {rng.randint(1, 12)}, {short} {name}" if roll < 0.6 else f"{short} {name}"
    if country in ("DE", "CH"):
        suffix = rng.choice(("", "", "a", "b")) if country == "DE" else ""
        return f"{name} {short}{suffix}"
    if country == "AT":
        return f"{name} {short}/Top {rng.randint(1, 14)}" if roll < 0.6 else f"{name} {short}"
    if country == "FR":
        extra = rng.choice(("", "", " bis", " ter"))
        line = f"{short}{extra} {name}"
        return f"Bât. {rng.choice('ABC')}, {line}" if roll < 0.2 else line
    if country == "BE":
        box = rng.choice((" bus ", " bte ")) if roll < 0.5 else ""
        return f"{name} {short}{box}{rng.randint(1, 9) if box else ''}"
    if country == "IT":
        return f"{name} {short}, int. {rng.randint(1, 20)}" if roll < 0.4 else f"{name}, {short}"
    if country == "ES":
        floor = f", {rng.randint(1, 8)}º {rng.choice(('izda.', 'dcha.', 'B'))}"
        return f"{name}, {short}{floor if roll < 0.6 else ''}"
    if country == "PT":
        floor = f", {rng.randint(1, 6)}.º {rng.choice(('Esq.', 'Dto.'))}"
        return f"{name}, n.º {short}{floor if roll < 0.5 else ''}"
    if country == "NL":
        return f"{name} {short}{rng.choice(('', '-II', ' hs', '-1', 'A'))}"
    if country == "IE":
        return (
            f"Apartment {rng.randint(1, 30)}, {short} {name}" if roll < 0.3 else f"{short} {name}"
        )
    if country == "IN":
        return f"Flat {rng.randint(101, 904)}, {rng.choice(SUBURBS['IN'])}, {short} {name}"
    if country == "SG":
        return (
            f"Blk {rng.randint(100, 899)} {name} #{rng.randint(2, 19):02d}-{rng.randint(10, 350)}"
        )
    if country == "JP":
        block = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)} {name}"
        return f"{rng.choice(SUBURBS['JP'])} {rng.randint(1, 9)}0{rng.randint(1, 9)}, {block}"
    if country == "MX":
        return f"{name} {house}" + (f", Int. {rng.randint(1, 12)}" if roll < 0.5 else "")
    if country == "BR":
        return f"{name}, {house}" + (f", apto {rng.randint(11, 184)}" if roll < 0.5 else "")
    return f"{short} {name}"  # ZA


def locality_lines(rng: random.Random, country: str) -> tuple[list[str], str, str]:
    """The lines after the street line, with the city and postcode written in them."""
    city, region = rng.choice(CITIES[country])
    code = postcode(rng, country)
    if country == "US":
        lines = [f"{city}, {region} {code}"]
    elif country == "GB":
        lines = [city, code]
    elif country == "CA":
        lines = [f"{city} {region}  {code}"]
    elif country == "AU":
        lines = [f"{city} {region} {code}"]
    elif country == "IT":
        lines = [f"{code} {city} {region}"]
    elif country == "IE":
        lines = [city, region, code] if rng.random() < 0.5 else [f"{city}, {region} {code}"]
    elif country == "IN":
        lines = [f"{city}, {region} {code}"]
    elif country == "SG":
        lines = [f"Singapore {code}"]
    elif country == "JP":
        lines = [f"{city}, {region} {code}"]
    elif country == "MX":
        lines = [rng.choice(SUBURBS["MX"]), f"{code} {city}, {region}"]
    elif country == "BR":
        lines = [rng.choice(SUBURBS["BR"]), f"{city} - {region}", code]
    elif country == "ZA":
        lines = [rng.choice(SUBURBS["ZA"]), f"{city} {code}" if rng.random() < 0.5 else city]
        if not lines[1].endswith(code):
            lines.append(code)
    else:
        lines = [f"{code} {city}"]
    return lines, city, code


def one_line(street: str, lines: list[str], country: str) -> str:
    """An address written on one line, as people type it into a single field."""
    if country == "CA":
        lines = [
            lines[0]
            .replace("  ", " ")
            .replace(" BC ", ", BC ")
            .replace(" QC ", ", QC ")
            .replace(" NB ", ", NB ")
            .replace(" AB ", ", AB ")
        ]
    if country == "GB":
        return f"{street}, {lines[0]} {lines[1]}"
    return ", ".join([street, *lines])
