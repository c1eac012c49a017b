"""Set 13 (``data/pii/set13.jsonl``): persons, street addresses and their look-alikes.

Written blind: before the detector's code, its word lists or the other corpus generators'
templates were read, and without running the detector. Stdlib only, seed 13; the file comes out
byte for byte the same (``tests/unit/test_redaction_corpus_set13.py``).

1,500 texts with PII and 1,500 look-alikes (``"negative": true``, no spans) in seven registers.
Every template has an id; **even ids are the tuning half, odd ids the held-out half**. Within a
register the positive and look-alike templates each alternate parity, so both halves see every
register and every kind of slot.

Slots in a template (``{X}``) are filled from the pools below. Gold slots:
``P`` person, natural case (given + surname, initials, middle initial, double-barrelled); ``G``
given name; ``S`` surname (after a title, the title outside); ``p``/``g``/``s`` the same in lower
case; ``PC`` all caps; ``SG`` "Surname, Given"; ``A`` a one-line street address of one of twelve
countries; ``a`` the same in lower case; ``AM`` over several lines; ``AMU`` several lines in
capitals; ``AST`` a street line alone (form fields, CSV columns, JSON keys: only the street line
is gold); ``PH`` phone; ``EM`` e-mail; ``EMP`` an e-mail made from the last person (the name
inside an e-mail is not a person). Every other slot is a non-gold filler.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.redaction_corpus_set13_templates import NEGATIVE, POSITIVE

SEED = 13
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set13.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
PER_KIND = 1500

# fmt: off
# Own curated pools (written for this file): given names and surnames of many cultures, with
# diacritics, apostrophes, hyphens and particles, and some invented names no list holds.
GIVEN = (
    "Priya", "Tomasz", "Oluwaseun", "Aigerim", "Siobhán", "Mateus", "Yuki", "Leilani", "Dagny",
    "Tsetseg", "Ulugbek", "Nasiba", "Bolormaa", "Kagiso", "Lerato", "Chidera", "Ayodele",
    "Wanjiru", "Fikremariam", "Hamdiya", "Rustam", "Gulnara", "Eamonn", "Caoimhe", "Dervla",
    "Ragnhild", "Sigrún", "Þórdís", "Øystein", "Åsa", "Józef", "Wojciech", "Małgorzata",
    "Zdeněk", "Ľubica", "Dragoș", "Ioana", "Şükrü", "Gökhan", "Çağla", "Thảo", "Xiuying",
    "Zhiwei", "Ha-eun", "Seo-yeon", "Ji-hoon", "Haruto", "Akosua", "Kwabena", "Efua", "Anahí",
    "Itzel", "Xóchitl", "Joaquín", "Inés", "Begoña", "Iñaki", "Ainhoa", "Gonçalo", "João",
    "Thaís", "Kalani", "Tamati", "Aroha", "Wiremu", "Sione", "Parveen", "Gurpreet", "Harjit",
    "Venkatesh", "Lakshmi", "Anirudh", "Shreya", "Fatemeh", "Dariush", "Noura", "Khalid",
    "Yitzhak", "Shira", "Anne-Sophie", "Jean-Baptiste", "Karl-Heinz", "Mary-Kate", "N'Golo",
    "Kaʻiulani", "Zelvane", "Brivanne", "Quenelda", "Torvik", "Yselde", "Olwenna", "Davrin",  # noqa: RUF001
    "Marguin", "Kestrabel", "Orrinda", "Tavish", "Nohea", "Yaretzi", "Amadou", "Fatoumata",
    "Ousmane", "Mariam", "Bogdan", "Oksana", "Artyom", "Zarina", "Emeka", "Ngozi",
)
SURNAME = (
    "Kowalczyk", "Wójcik", "Okonkwo", "Adeyemi", "Balogun", "Mensah", "Boateng", "Nakamura",
    "Takahashi", "Watanabe", "Nguyễn", "Trần", "Phạm", "Choi", "Zhao", "Liang", "Raghunathan",
    "Subramaniam", "Chatterjee", "Venkataraman", "Sandhu", "Grewal", "Haddad", "Khoury",
    "Farouk", "Yılmaz", "Öztürk", "Çelik", "Halvorsen", "Sigurðardóttir", "Þórsson",  # noqa: RUF001
    "Lindqvist", "Åkesson", "Dvořák", "Horváth", "Ionescu", "Petrović", "Papadopoulos",
    "Georgiou", "Schäfer", "Großmann", "Lefèvre", "Esposito", "Núñez", "Iglesias", "Gonçalves",
    "Araújo", "O'Rourke", "O'Sullivan", "MacLeod", "McAllister", "D'Souza", "D'Amico",
    "Dlamini", "Mthembu", "Tshabalala", "Kiplagat", "Otieno", "Kamau", "Tuiasosopo", "Kealoha",
    "Ngata", "Tsosie", "Yazzie", "Abdullayev", "Karimova", "Batbayar", "Dorjsuren", "Tesfaye",
    "Gebremedhin", "Nowak-Zielińska", "Okafor-Lindqvist", "Marchetti-Vrane", "Vrennick",
    "Oskarra", "Quarrington", "Dunmorrow", "Hollinrake", "Bexworth", "Pelleau", "Thistlewood",
    "Diallo", "Traoré", "Keïta", "Shevchenko", "Bondarenko", "Eze", "Nwachukwu",
)
# Surnames with particles (Dutch, Arabic, Malay, Spanish, Portuguese, Italian, German, French,
# Hebrew, Welsh, Irish).
PARTICLE = (
    "van der Berg", "van Houten", "de Vries", "ter Steege", "van 't Hek", "al-Rashid",
    "Al-Amiri", "el-Sayed", "bin Yusof", "binti Rahman", "de la Cruz", "de los Santos",
    "del Castillo", "dos Santos", "da Costa", "di Marco", "De Luca", "von Bülow", "Le Goff",
    "du Plessis", "ben Ami", "Abu-Ghazaleh", "ap Rhys", "Ó Súilleabháin", "Mac an Bhaird",
)
# Street and place pools (own, partly invented; some streets are named after people).
US_STREET = (
    "Larkspur", "Wrenfield", "Copperbeech", "Millrace", "Tansy", "Osprey", "Quarry Hill",
    "Juniper Ridge", "Harrowgate", "Fennel", "Martin Luther King Jr", "Cesar Chavez",
    "Old Tannery", "Saddlebrook", "Bluewing", "Pocahontas",
)
US_CITY = (
    ("Tacoma", "WA", "984"), ("Dayton", "OH", "454"), ("Boise", "ID", "837"),
    ("Savannah", "GA", "314"), ("Fresno", "CA", "937"), ("Duluth", "MN", "558"),
    ("Lowell", "MA", "018"), ("El Paso", "TX", "799"), ("Madison", "WI", "537"),
)
UK_STREET = (
    "Ashgrove", "Kestrel", "Bramblewick", "Foxglove", "Mill", "Tanners", "Nightingale",
)
UK_TOWN = (
    ("Whitby", "YO21"), ("Hexham", "NE46"), ("Truro", "TR1"), ("Bangor", "LL57"),
    ("Stroud", "GL5"), ("Kendal", "LA9"), ("Perth", "PH2"),
)
DE_STREET = (
    "Lindenblüten", "Kiefern", "Gerber", "Mühlbach", "Schwalben", "Hafer", "Rosenhag",
)
DE_CITY = (
    ("Görlitz", "02826"), ("Bamberg", "96047"), ("Lüneburg", "21335"), ("Tübingen", "72070"),
    ("Würzburg", "97070"), ("Köln", "50667"),
)
FR_STREET = (
    "des Tanneurs", "des Glycines", "des Martinets", "Victor Hugo", "Jean Jaurès",
    "de la Capucine", "du Moulin", "de l'Églantier",
)
FR_CITY = (
    ("Quimper", "29000"), ("Annecy", "74000"), ("Nîmes", "30000"), ("Rouen", "76000"),
    ("Pau", "64000"), ("Besançon", "25000"),
)
IT_STREET = (
    "dei Cestai", "Garibaldi", "delle Viole", "Antonio Gramsci", "del Pozzo", "Santa Chiara",
)
IT_CITY = (
    ("Lucca", "55100", "LU"), ("Trento", "38122", "TN"), ("Lecce", "73100", "LE"),
    ("Parma", "43121", "PR"), ("Bari", "70121", "BA"),
)
ES_STREET = (
    "del Almendro", "de Cervantes", "de la Alfarería", "Mayor", "de los Tintoreros",
    "del Olivo",
)
ES_CITY = (
    ("Cáceres", "10003"), ("Logroño", "26001"), ("Cádiz", "11001"), ("Girona", "17001"),
    ("Málaga", "29015"),
)
NL_STREET = (
    "Vlinder", "Reiger", "Lijnbaan", "Kastanje", "Zilvermeeuw", "Brouwers",
)
NL_CITY = (
    "Leeuwarden", "Zwolle", "Deventer", "Haarlem", "Groningen", "Delft",
)
IN_STREET = (
    "Lake View", "Old Airport", "Temple", "Mill", "Station", "Ring",
)
IN_AREA = (
    ("Indiranagar", "Bengaluru", "5600"), ("Banjara Hills", "Hyderabad", "5000"),
    ("Kothrud", "Pune", "4110"), ("Salt Lake", "Kolkata", "7000"), ("Adyar", "Chennai", "6000"),
)
IN_BUILDING = (
    "Sai Krupa Apartments", "Green Glen Residency", "Lotus Towers", "Shanti Nivas",
)
JP_AREA = (
    ("Nishiazabu", "Minato", "Tokyo", "106"), ("Kita-Shinagawa", "Shinagawa", "Tokyo", "140"),
    ("Sakuragaoka", "Shibuya", "Tokyo", "150"), ("Nakanoshima", "Kita", "Osaka", "530"),
    ("Tenjin", "Chuo", "Fukuoka", "810"),
)
JP_BUILDING = (
    "Sakura Heights", "Maison Aoba", "Grand Forest", "Villa Kotobuki",
)
BR_STREET = (
    "Rua dos Tecelões", "Rua Barão de Itapetininga", "Avenida das Palmeiras", "Rua do Cajueiro",
    "Travessa Ipê Roxo",
)
BR_CITY = (
    ("Pinheiros", "São Paulo", "SP"), ("Boa Viagem", "Recife", "PE"),
    ("Savassi", "Belo Horizonte", "MG"), ("Moinhos de Vento", "Porto Alegre", "RS"),
)
AU_STREET = (
    "Wattle", "Banksia", "Jacaranda", "Kookaburra", "Currawong", "Ironbark",
)
AU_SUBURB = (
    ("Fremantle", "WA", "6160"), ("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065"),
    ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"),
)
CA_STREET = (
    "Maple Grove", "Beaver Creek", "Tamarack", "Sumac", "Rideau Hollow",
)
CA_CITY = (
    ("Ottawa", "ON", "K1N"), ("Halifax", "NS", "B3H"), ("Regina", "SK", "S4P"),
    ("Victoria", "BC", "V8W"), ("Kelowna", "BC", "V1Y"),
)
COUNTRY = {
    "US": "USA", "UK": "United Kingdom", "DE": "Germany", "FR": "France", "IT": "Italy",
    "ES": "Spain", "NL": "Netherlands", "IN": "India", "JP": "Japan", "BR": "Brazil",
    "AU": "Australia", "CA": "Canada",
}
DOMAINS = (
    "example.com", "mailbox.org", "posteo.de", "fastmail.com", "proton.me", "web.de",
)
CITIES = (
    "Lisbon", "Nairobi", "Osaka", "Tampere", "Lyon", "Porto", "Leeds", "Denver",
)
# Look-alike pools (own curated lists): capitalised words that are not people.
BRAND = (
    "Calvin Klein", "Tommy Hilfiger", "Hugo Boss", "Kate Spade", "Dr. Martens", "Ben & Jerry's",
    "Trader Joe's", "Marks & Spencer", "Louis Vuitton", "Estée Lauder", "Dyson", "Miele",
    "Bosch", "Patagonia", "Uniqlo", "Tim Hortons", "Wendy's", "Hermès", "Ralph Lauren",
    "Jimmy Choo",
)
PROD = (
    "Galaxy S24", "Kindle Paperwhite", "AirPods Pro", "ThinkPad X1 Carbon", "Instant Pot Duo",
    "Roomba j7", "Pixel 8", "Echo Dot", "Model Y", "Apple Watch", "Nintendo Switch",
    "Surface Laptop", "Fitbit Charge", "Dutch oven", "French press",
)
SOFT = (
    "Jenkins", "Kubernetes", "Grafana", "Ansible", "Django", "Jupyter", "Homebrew", "Sentry",
    "Kibana", "Terraform", "Apache Airflow", "Hugo", "Jekyll", "Gatsby", "Julia", "Pandas",
    "Rust", "Oracle", "Magento", "Zendesk",
)
TEAM = (
    "Manchester United", "Golden State Warriors", "Bayern Munich", "Boca Juniors",
    "Chennai Super Kings", "Toronto Maple Leafs", "Green Bay Packers", "Real Sociedad",
    "Kaizer Chiefs", "Melbourne Storm",
)
PLACE = (
    "Victoria", "Florence", "Charlotte", "Jackson", "Austin", "Adelaide", "Regina", "Madison",
    "Lincoln", "Eugene", "São Paulo", "Kyoto", "Salvador", "Santa Clara", "St. Louis",
    "Alexandria",
)
MONTH = (
    "January", "March", "April", "May", "June", "August", "October", "December",
)
HOLIDAY = (
    "Easter Monday", "Thanksgiving", "Boxing Day", "Diwali", "Eid al-Fitr", "St. Patrick's Day",
    "Martin Luther King Jr. Day", "Presidents' Day", "Guy Fawkes Night", "Carnival", "Hanukkah",
    "Lunar New Year", "Saint Nicholas Day",
)
SHOP = (
    "Bond Street", "Regent Street", "Queen Street Mall", "Carnaby Street", "King Street",
    "Kurfürstendamm", "George Street", "Orchard Road",
)
SONG = (
    "Hey Jude", "Jolene", "Roxanne", "Billie Jean", "Layla", "Gloria", "Mr. Brightside",
    "Dancing Queen", "Eleanor Rigby", "Valerie", "Angie", "Sweet Caroline",
)
EPONYM = (
    "Caesar salad", "Eggs Benedict", "Beef Wellington", "Earl Grey", "Bloody Mary",
    "Tom Collins", "Shirley Temple", "Margherita pizza", "Peach Melba", "Pavlova",
    "Bunsen burner", "Ferris wheel", "Parkinson's research", "Nobel Prize",
)
ROAD = (
    "Main Street", "Oxford Street", "Wall Street", "Fifth Avenue", "Abbey Road",
    "Sunset Boulevard", "Penny Lane", "Baker Street", "Route 66", "Champs-Élysées",
    "Lombard Street", "High Street",
)
NUMTHING = (
    "Gate 12", "Terminal 5", "Platform 9", "Pier 39", "Studio 54", "Hall 3", "Building 7",
    "Room 214", "Bay 4", "Dock 18", "Level 42", "Apollo 11", "Highway 101", "Interstate 95",
    "Area 51",
)
WORK = (
    "Harry Potter and the Goblet of Fire", "Anne of Green Gables", "Don Quixote",
    "Oliver Twist", "Romeo and Juliet", "Jane Eyre", "Forrest Gump", "Finding Nemo",
    "Sherlock Holmes: A Game of Shadows", "Bridget Jones's Diary",
)
ORG = (
    "Wells Fargo", "Morgan Stanley", "Goldman Sachs", "Johnson & Johnson", "Procter & Gamble",
    "Ernst & Young", "Charles Schwab", "Dow Jones", "Rolls-Royce", "Harley-Davidson",
)
USER = (
    "dark_knight99", "pixelwizard", "admin", "root", "guest_4471", "build-bot", "noreply",
    "sysop", "ci-runner", "test_user", "moonpie", "xX_sniper_Xx", "deploy", "qa-lead",
)
PHRASE = (
    "Grace period", "Will do", "Mark as read", "Rose gold", "Sterling silver", "Bill pay",
    "Sunny side up", "Frank feedback", "Hope so", "Art deco", "Summer sale", "Ray tracing",
    "Dawn chorus", "Jack stand", "Max speed",
)
# fmt: on

Pieces = list[tuple[str, str | None]]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def stamp(rng: random.Random) -> str:
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


class Filler:
    """Fills one template; remembers the last person drawn (for ``EMP``)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.last: tuple[str, str] = ("user", "name")

    # -- persons ------------------------------------------------------------------------------
    def given(self) -> str:
        return self.rng.choice(GIVEN)

    def surname(self) -> str:
        rng = self.rng
        return rng.choice(PARTICLE) if rng.random() < 0.2 else rng.choice(SURNAME)

    def person(self) -> str:
        rng = self.rng
        g, s = self.given(), self.surname()
        self.last = (g, s)
        r = rng.random()
        if r < 0.62:
            return f"{g} {s}"
        if r < 0.72:
            return f"{g} {rng.choice('ABDEHJKLMNRST')}. {s}"
        if r < 0.80:
            return f"{g[0]}. {s}"
        if r < 0.85:
            return f"{g[0]}.{rng.choice('ABDEJKLMRS')}. {s}"
        if r < 0.92:
            return f"{g} {self.given()} {s}"
        return f"{g} {s}-{rng.choice(SURNAME).split('-')[0]}"

    def fill_person(self, slot: str) -> str:
        if slot == "P":
            return self.person()
        if slot in ("G", "g"):
            g = self.given()
            self.last = (g, "x")
            return g.lower() if slot == "g" else g
        if slot in ("S", "s"):
            s = self.surname()
            self.last = ("x", s)
            return s.lower() if slot == "s" else s
        if slot == "p":
            return self.person().lower()
        if slot == "PC":
            return self.person().upper()
        g, s = self.given(), self.surname()  # "SG"
        self.last = (g, s)
        return f"{s}, {g}"

    # -- addresses ----------------------------------------------------------------------------
    def address(self) -> tuple[str, list[str], list[str], str]:
        """(street line, rest written on one line, rest over several lines, country)."""
        rng = self.rng
        cc = rng.choice(tuple(COUNTRY))
        num = str(rng.randint(2, 4999 if cc in ("US", "CA") else 240))
        if cc == "US":
            city, st, z = rng.choice(US_CITY)
            unit = rng.choice(
                (
                    "",
                    "",
                    " Apt 4B",
                    f" Suite {rng.randint(100, 950)}",
                    f" Unit {rng.randint(1, 40)}",
                    f" #{rng.randint(2, 60)}",
                )
            )
            suf = rng.choice(("St", "Ave", "Blvd", "Dr", "Rd", "Lane", "Court", "Street"))
            loc = f"{city}, {st} {z}{digits(rng, 2)}" + (
                f"-{digits(rng, 4)}" if rng.random() < 0.2 else ""
            )
            return f"{num} {rng.choice(US_STREET)} {suf}{unit}", [loc], [loc], cc
        if cc == "UK":
            town, out = rng.choice(UK_TOWN)
            flat = rng.choice(("", "", f"Flat {rng.randint(1, 12)}, "))
            suf = rng.choice(("Road", "Street", "Lane", "Close", "Gardens", "Terrace", "Crescent"))
            inward = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            pc = f"{out} {rng.randint(1, 9)}{inward}"
            return f"{flat}{num} {rng.choice(UK_STREET)} {suf}", [f"{town} {pc}"], [town, pc], cc
        if cc == "DE":
            city, plz = rng.choice(DE_CITY)
            name = rng.choice(DE_STREET)
            suffix = rng.choice(("straße", "weg", "allee", "ring", "gasse"))
            street = f"Am {name}hof {num}" if rng.random() < 0.2 else f"{name}{suffix} {num}"
            street += rng.choice(("", "", "a", "b"))
            return street, [f"{plz} {city}"], [f"{plz} {city}"], cc
        if cc == "FR":
            city, cp = rng.choice(FR_CITY)
            kind = rng.choice(("rue", "avenue", "boulevard", "allée", "impasse", "chemin"))
            pre = rng.choice(
                ("", "", f"Appt {rng.randint(2, 40)}, ", f"Bât. {rng.choice('ABC')}, ")
            )
            bis = rng.choice(("", "", "", " bis"))
            return (
                f"{pre}{num}{bis} {kind} {rng.choice(FR_STREET)}",
                [f"{cp} {city}"],
                [f"{cp} {city}"],
                cc,
            )
        if cc == "IT":
            city, cap, pr = rng.choice(IT_CITY)
            kind = rng.choice(("Via", "Corso", "Viale", "Piazza", "Vicolo"))
            return (
                f"{kind} {rng.choice(IT_STREET)} {num}",
                [f"{cap} {city} ({pr})"],
                [f"{cap} {city} ({pr})"],
                cc,
            )
        if cc == "ES":
            city, cp = rng.choice(ES_CITY)
            kind = rng.choice(("Calle", "Avenida", "C/", "Paseo", "Plaza"))
            piso = rng.choice(
                (
                    "",
                    f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
                    f", {rng.randint(1, 6)}.º izq.",
                )
            )
            return (
                f"{kind} {rng.choice(ES_STREET)} {num}{piso}",
                [f"{cp} {city}"],
                [f"{cp} {city}"],
                cc,
            )
        if cc == "NL":
            city = rng.choice(NL_CITY)
            suffix = rng.choice(("straat", "gracht", "laan", "kade", "weg"))
            add = rng.choice(("", "", "-II", " A", "-3"))
            letters = "".join(rng.choice("BCDEGHJKLMNPRTVWXZ") for _ in range(2))
            pc = f"{rng.randint(1000, 9899)} {letters}"
            return (
                f"{rng.choice(NL_STREET)}{suffix} {num}{add}",
                [f"{pc} {city}"],
                [f"{pc} {city}"],
                cc,
            )
        if cc == "IN":
            area, city, pin = rng.choice(IN_AREA)
            pin += digits(rng, 2)
            street = f"{num} {rng.choice(IN_STREET)} Road"
            if rng.random() < 0.6:
                street = f"Flat {rng.randint(101, 904)}, {rng.choice(IN_BUILDING)}, {street}"
            return street, [area, f"{city} {pin}"], [area, f"{city} - {pin}"], cc
        if cc == "JP":
            area, ward, city, pre = rng.choice(JP_AREA)
            street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {area}"
            if rng.random() < 0.4:
                street = f"{rng.choice(JP_BUILDING)} {rng.randint(101, 1204)}, {street}"
            loc = f"{ward}-ku, {city} {pre}-{digits(rng, 4)}"
            return street, [loc], [loc], cc
        if cc == "BR":
            bairro, city, uf = rng.choice(BR_CITY)
            apto = rng.choice(("", "", f", apto {rng.randint(11, 184)}"))
            cep = f"{digits(rng, 5)}-{digits(rng, 3)}"
            return (
                f"{rng.choice(BR_STREET)}, {num}{apto}",
                [bairro, f"{city} - {uf}", cep],
                [bairro, f"{city} - {uf}", cep],
                cc,
            )
        if cc == "AU":
            sub, state, pc = rng.choice(AU_SUBURB)
            pre = rng.choice(
                ("", "", f"Unit {rng.randint(1, 20)}/", f"Level {rng.randint(2, 9)}, ")
            )
            suf = rng.choice(("St", "Rd", "Pde", "Cres", "Street", "Avenue"))
            return (
                f"{pre}{num} {rng.choice(AU_STREET)} {suf}",
                [f"{sub} {state} {pc}"],
                [f"{sub.upper()} {state} {pc}"],
                cc,
            )
        city, prov, fsa = rng.choice(CA_CITY)  # CA
        pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
        suf = rng.choice(("St", "Ave", "Rd", "Crescent", "Drive"))
        street = f"{num} {rng.choice(CA_STREET)} {suf}"
        r = rng.random()
        if r < 0.25:
            street = f"{rng.randint(101, 2204)}-{street}"
        elif r < 0.45:
            street += f", Suite {rng.randint(100, 900)}"
        return street, [f"{city}, {prov} {pc}"], [f"{city} {prov}  {pc}"], cc

    def one_line(self) -> str:
        street, rest, _, cc = self.address()
        text = ", ".join([street, *rest])
        if self.rng.random() < 0.2:
            text += ", " + COUNTRY[cc]
        return text

    def multi_line(self) -> str:
        street, _, rest, cc = self.address()
        lines = [street, *rest]
        if self.rng.random() < 0.3:
            lines.append(COUNTRY[cc].upper() if self.rng.random() < 0.5 else COUNTRY[cc])
        return "\n".join(lines)

    # -- structured -----------------------------------------------------------------------------
    def phone(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"({rng.randint(201, 989)}) {rng.randint(201, 989)}-{digits(rng, 4)}",
                f"+1 {rng.randint(201, 989)} {rng.randint(201, 989)} {digits(rng, 4)}",
                f"+44 7{digits(rng, 3)} {digits(rng, 6)}",
                f"+49 30 {digits(rng, 8)}",
                f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                f"+91 9{digits(rng, 4)} {digits(rng, 5)}",
                f"+55 11 9{digits(rng, 4)}-{digits(rng, 4)}",
                f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                f"090-{digits(rng, 4)}-{digits(rng, 4)}",
            )
        )

    def email(self, from_person: bool) -> str:
        rng = self.rng
        if from_person:

            def fold(word: str) -> str:
                plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
                return re.sub(r"[^a-z]", "", plain.lower()) or "x"

            g, s = self.last
            local = rng.choice((f"{fold(g)}.{fold(s)}", f"{fold(g)[0]}{fold(s)}", fold(g)))
        else:
            local = rng.choice(("orders", "hello", "billing", "info", "support.team", "frontdesk"))
        return f"{local}@{rng.choice(DOMAINS)}"

    # -- composite slots ------------------------------------------------------------------------
    def form(self) -> Pieces:
        street, rest, _, cc = self.address()
        city = rest[-1]
        return [
            ("Address line 1: ", None),
            (street, "STREET_ADDRESS"),
            (f"\nCity / postcode: {city}\nCountry: {COUNTRY[cc]}", None),
        ]

    def json_split(self) -> Pieces:
        street, rest, _, cc = self.address()
        return [
            ('{"street": "', None),
            (street, "STREET_ADDRESS"),
            (f'", "city": "{rest[-1]}", "country": "{cc}"}}', None),
        ]

    def fill(self, slot: str) -> Pieces:
        rng = self.rng
        if slot in ("P", "G", "S", "p", "g", "s", "PC", "SG"):
            return [(self.fill_person(slot), "PERSON")]
        if slot == "A":
            return [(self.one_line(), "STREET_ADDRESS")]
        if slot == "a":
            return [(self.one_line().lower(), "STREET_ADDRESS")]
        if slot == "AM":
            return [(self.multi_line(), "STREET_ADDRESS")]
        if slot == "AMU":
            return [(self.multi_line().upper(), "STREET_ADDRESS")]
        if slot == "AST":
            return [(self.address()[0], "STREET_ADDRESS")]
        if slot == "AFORM":
            return self.form()
        if slot == "AJSON":
            return self.json_split()
        if slot == "PH":
            return [(self.phone(), "PHONE_NUMBER")]
        if slot in ("EM", "EMP"):
            return [(self.email(slot == "EMP"), "EMAIL_ADDRESS")]
        plain: dict[str, Callable[[], str]] = {
            "n": lambda: str(rng.randint(2, 480)),
            "ver": lambda: f"{rng.randint(1, 17)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
            "ORDER": lambda: (
                f"{rng.choice(('#', 'ORD-', 'SO-', ''))}{digits(rng, rng.choice((5, 6, 8)))}"
            ),
            "SKU": lambda: (
                f"{rng.choice(('SKU', 'AB', 'KX'))}-{digits(rng, 4)}-{rng.choice('ABCXYZ')}"
            ),
            "ZIP": lambda: digits(rng, 5),
            "CITY": lambda: rng.choice(CITIES),
            "ts": lambda: stamp(rng),
        }
        if slot in plain:
            return [(plain[slot](), None)]
        pools = {
            "BRAND": BRAND,
            "PROD": PROD,
            "SOFT": SOFT,
            "TEAM": TEAM,
            "PLACE": PLACE,
            "MONTH": MONTH,
            "HOLIDAY": HOLIDAY,
            "SHOP": SHOP,
            "SONG": SONG,
            "EPONYM": EPONYM,
            "ROAD": ROAD,
            "NUMTHING": NUMTHING,
            "WORK": WORK,
            "ORG": ORG,
            "USER": USER,
            "PHRASE": PHRASE,
        }
        return [(rng.choice(pools[slot]), None)]


SLOT = re.compile(r"\{([A-Za-z]+)\}")


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    filler = Filler(rng)
    text, spans = "", []
    pos = 0
    for m in SLOT.finditer(template):
        text += template[pos : m.start()]
        pos = m.end()
        for piece, kind in filler.fill(m.group(1)):
            if kind is not None:
                spans.append(
                    {
                        "start": len(text),
                        "end": len(text) + len(piece),
                        "entity_type": kind,
                        "value": piece,
                    }
                )
            text += piece
    return text + template[pos:], spans


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    tid = 0
    ids: dict[tuple[str, bool], list[int]] = {}
    for negative in (False, True):
        for register in REGISTERS:
            table = NEGATIVE if negative else POSITIVE
            ids[register, negative] = list(range(tid, tid + len(table[register])))
            tid += len(table[register])
    for negative in (False, True):
        table = NEGATIVE if negative else POSITIVE
        for r_i, register in enumerate(REGISTERS):
            want = PER_KIND // len(REGISTERS) + (1 if r_i < PER_KIND % len(REGISTERS) else 0)
            templates = table[register]
            order = list(range(len(templates)))
            made = k = 0
            while made < want:
                if k > 60 * want:
                    raise RuntimeError(f"{register}: too few distinct fillings")
                if k % len(order) == 0:
                    rng.shuffle(order)
                t = order[k % len(order)]
                k += 1
                for _ in range(40):
                    text, spans = render(templates[t], rng)
                    if text not in seen:
                        break
                else:
                    continue
                seen.add(text)
                rec: dict[str, Any] = {
                    "id": len(records),
                    "template_id": ids[register, negative][t],
                    "text": text,
                    "spans": spans,
                    "register": register,
                }
                if negative:
                    rec["negative"] = True
                records.append(rec)
                made += 1
    return records


def lines() -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in build())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
