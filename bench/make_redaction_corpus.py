"""Generate the harder PII corpora ``data/pii/hard_{dev,test,final}.jsonl``.

The dev corpus (``shared/data/pii/dev.jsonl``) is short template sentences. These files
add the registers it lacks (chat, support tickets, search queries, reviews, key=value and
access-log lines, JSON-ish attributes, multi-line e-mails, labels, signatures, forms and CSV)
and look-alike numbers in context that are not personal data (waybills, order ids, versions,
timestamps, hashes, coordinates, checksum-failing cards, SSNs and IBANs).

Nothing here comes from the detector's word lists: names, streets and cities are hand-written
pools below. Every pool is split in two by position, and the two files use different halves,
so the held-out files have names, streets and cities the dev file never shows. Templates are
also split: each register's last templates are held out (``hard_test``). ``hard_final`` uses a
third set of templates and look-alikes, written later, with the held-out value pools. Tune on
``hard_dev`` only. ``hard_blind`` has a fourth set, written after ``hard_final`` had been
used to find mistakes, and is scored once.

Gold conventions follow ``dev.jsonl``: a street address spans street, unit, city, region,
postal code and country when they are written together; a person span is the name without
titles ("Dr.", "Ms.") or a possessive; a single given name in a greeting or sign-off is a
person; an IP written with a port or in brackets excludes the port and brackets.

Run: ``python -m bench.make_redaction_corpus`` (seed 13; the output is byte-for-byte stable).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "data" / "pii"
SEED = 13
POSITIVES = 1500
NEGATIVE_COUNT = 1500

FIRST = [
    "James",
    "Olivia",
    "Mohammed",
    "Aisha",
    "Wei",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Sven",
    "Ingrid",
    "Pierre",
    "Camille",
    "Giulia",
    "Marco",
    "Jakub",
    "Zofia",
    "Oluwaseun",
    "Chiamaka",
    "Priya",
    "Arjun",
    "Dmitri",
    "Anastasia",
    "Thandiwe",
    "Sipho",
    "Nguyen",
    "Linh",
    "Mateus",
    "Beatriz",
    "Fatima",
    "Omar",
    "Ayşe",
    "Mehmet",
    "Siobhan",
    "Declan",
    "Kofi",
    "Ama",
    "Rahul",
    "Ananya",
    "Lars",
    "Astrid",
    "Tomasz",
    "Agnieszka",
    "Ji-woo",
    "Min-jun",
    "Carlos",
    "Lucía",
    "Hannah",
    "Lukas",
    "Eero",
    "Aino",
    "Nikos",
    "Eleni",
    "Zsófia",
    "Bence",
    "Jan",
    "Petra",
    "Diego",
    "Valentina",
    "Emeka",
    "Ngozi",
    "Yerlan",
    "Aigerim",
    "Tariq",
    "Leila",
    "Connor",
    "Grace",
    "Benedikt",
    "Mathilde",
    "Raúl",
    "Inês",
    "Kwame",
    "Abena",
    "Sanjay",
    "Deepika",
    "Björn",
    "Sigrid",
]
LAST = (
    (
        "Okafor Nakamura Schmidt Kowalski Dubois Rossi García Johansson Nguyen Patel Ivanova "
        "Müller Haddad O'Brien Y\u0131lmaz Fernandes Chen Kim Novák Van der Berg Mbeki Andersson "
        "Papadopoulos Horváth Virtanen Suzuki Mensah Sharma Lindqvist Wiśniewska Moreau Esposito "
        "Herrera Adeyemi Kuznetsov Al-Sayed MacLeod Bianchi Tanaka Zhang Łukasiewicz Svoboda "
        "Petersen Oyelaran Castillo Abdullah Kaya Fitzgerald Rahman Dvořák Eriksen Sato Gonzalez "
        "Nowak Lefèvre Romano Achebe Iyer Hansen Pereira Nieminen Takahashi Boateng Kapoor "
        "Jansen Kovačević Moretti Delgado Friedman Lindgren"
    )
    .replace("Van der Berg", "van_der_Berg")
    .split()
)
STREET_NAMES = [
    "Maple",
    "Oak",
    "Willow",
    "Harbor",
    "Lincoln",
    "Jefferson",
    "Cedar",
    "Sunset",
    "Meadow",
    "Highland",
    "Chestnut",
    "Ridge",
    "Elm",
    "Walnut",
    "Lakeview",
    "Prospect",
    "Hawthorne",
    "Park",
    "Orchard",
    "Juniper",
    "Birch",
    "Magnolia",
    "Fairview",
    "Riverside",
    "Kingsley",
    "Ashford",
    "Whitmore",
    "Pemberton",
    "Greenfield",
    "Holloway",
]
US_TYPES = [
    "Street",
    "St.",
    "Avenue",
    "Ave",
    "Road",
    "Rd.",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr.",
    "Court",
    "Way",
    "Place",
]
US_CITIES = [
    ("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Madison", "WI"),
    ("Albany", "NY"), ("Boulder", "CO"), ("Tucson", "AZ"), ("Raleigh", "NC"),
    ("Savannah", "GA"), ("Omaha", "NE"), ("Fresno", "CA"), ("Dayton", "OH"),
]  # fmt: skip
UK_STREETS = [
    "Baker",
    "Kings",
    "Queens",
    "Mill",
    "Church",
    "Station",
    "Victoria",
    "Albert",
    "Marlborough",
    "Cavendish",
]
UK_TYPES = ["Street", "Road", "Lane", "Close", "Gardens", "Terrace", "Crescent", "Avenue"]
UK_CITIES = ["London", "Leeds", "Bristol", "Norwich", "York", "Cardiff", "Bath", "Exeter"]
DE_STREETS = [
    "Goethe",
    "Linden",
    "Berliner",
    "Schiller",
    "Bahnhof",
    "Mozart",
    "Garten",
    "Kirch",
    "Rosen",
    "Wald",
]
DE_TYPES = ["straße", "str.", "weg", "allee", "platz", "gasse"]
DE_CITIES = ["Berlin", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Kassel", "Mainz"]
FR_STREETS = ["de la Paix", "Victor Hugo", "des Lilas", "du Moulin", "Jean Jaurès", "de Rivoli"]
FR_TYPES = ["rue", "avenue", "boulevard", "allée", "impasse"]
FR_CITIES = ["Paris", "Lyon", "Marseille", "Nantes", "Lille", "Rennes", "Bordeaux", "Dijon"]
NL_STREETS = ["Keizers", "Heren", "Prinsen", "Linden", "Molen", "Kerk", "Dorps", "Berken"]
NL_TYPES = ["straat", "gracht", "laan", "weg", "plein"]
NL_CITIES = ["Amsterdam", "Utrecht", "Haarlem", "Leiden", "Delft", "Groningen"]
ES_STREETS = ["Mayor", "de Alcalá", "del Prado", "Gran Vía", "de la Luna", "San Bernardo"]
ES_TYPES = ["Calle", "Avenida", "C/", "Paseo"]
ES_CITIES = ["Madrid", "Sevilla", "Valencia", "Bilbao", "Granada", "Zaragoza"]
IT_STREETS = ["Roma", "Garibaldi", "dei Mille", "Mazzini", "Dante", "Verdi"]
IT_TYPES = ["Via", "Viale", "Corso", "Piazza"]
IT_CITIES = ["Roma", "Milano", "Torino", "Bologna", "Firenze", "Napoli"]
SE_STREETS = ["Drottning", "Kungs", "Stor", "Svea", "Hamn", "Skol", "Björk", "Ek"]
SE_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Lund", "Umeå"]
PL_STREETS = ["Marszałkowska", "Długa", "Polna", "Kwiatowa", "Lipowa", "Mickiewicza"]
PL_CITIES = ["Warszawa", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź"]
DOMAINS = [
    "example.com",
    "mail.example.org",
    "shop.example.net",
    "corp.example.co.uk",
    "post.example.de",
]
PRODUCTS = [
    "Air Zoom Pegasus", "Galaxy Buds Pro", "Kindle Paperwhite", "Instant Pot Duo",
    "Dyson V11 Torque", "Nintendo Switch Lite", "Levi Strauss 501", "North Face Nuptse",
    "Le Creuset Signature", "Bose QuietComfort", "Samsung Galaxy Tab", "Hydro Flask",
]  # fmt: skip
CARRIERS = ["DHL", "UPS", "FedEx"]
PLACES = ["Los Angeles", "Rio de Janeiro", "Buenos Aires", "Hong Kong", "New Delhi", "Cape Town"]


def _half(pool: list[str] | tuple[str, ...], held_out: bool) -> list[str]:
    """Even positions for the dev file, odd ones for the held-out file."""
    return list(pool[1 if held_out else 0 :: 2])


class Filler:
    """Draws fake values for one split."""

    def __init__(self, rng: random.Random, held_out: bool) -> None:
        self.rng = rng
        self.first = _half(FIRST, held_out)
        self.last = [n.replace("_", " ") for n in _half(LAST, held_out)]
        self.held_out = held_out

    def pick(self, pool: list[str] | tuple[str, ...]) -> str:
        return pool[self.rng.randrange(len(pool))]

    def half(self, pool: list[str] | tuple[str, ...]) -> str:
        return self.pick(_half(pool, self.held_out))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # -- PII values ------------------------------------------------------------------------
    def person(self) -> str:
        r = self.rng.random()
        first, last = self.pick(self.first), self.pick(self.last)
        if r < 0.15:
            return f"{first} {self.pick('ABCDEFGHJKLMNPRST')}. {last}"
        return f"{first} {last}"

    def email(self) -> str:
        first, last = self.pick(self.first), self.pick(self.last)
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.digits(2)}"])
        local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c == "."))
        return f"{local}@{self.pick(DOMAINS)}"

    def phone(self) -> str:
        d = self.digits
        a = str(self.rng.randrange(2, 10)) + d(2)
        e = str(self.rng.randrange(2, 10)) + d(2)
        shapes = [
            f"({a}) {e}-{d(4)}", f"{a}-{e}-{d(4)}", f"{a}.{e}.{d(4)}", f"+1 {a} {e} {d(4)}",
            f"+1 ({a}) {e}-{d(4)}", f"1-800-{e}-{d(4)}", f"+1-{a}-{e}-{d(4)}",
            f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"07700 {d(6)}",
            f"+44 (0)7{d(3)} {d(6)}", f"+49 30 {d(8)}", f"030 {d(8)}", f"0171 {d(7)}",
            f"+49 (0)151 {d(8)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"+91 98{d(3)} {d(5)}", f"+55 11 9{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}",
            f"03-{d(4)}-{d(4)}", f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}",
            f"+31 6 {d(8)}", f"06-{d(8)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"+39 06 {d(4)} {d(4)}", f"+86 138 {d(4)} {d(4)}", f"+46 8 {d(3)} {d(3)} {d(2)}",
            f"+48 {d(3)} {d(3)} {d(3)}", f"+353 87 {d(3)} {d(4)}", f"+1{a}{e}{d(4)}",
            f"{a}-{e}-{d(4)} ext. {d(3)}", f"({a}) {e}-{d(4)} x{d(2)}", f"{a} {e} {d(4)}",
        ]  # fmt: skip
        return self.pick(shapes)

    def ssn(self) -> str:
        area = self.rng.randrange(1, 900)
        while area == 666:
            area = self.rng.randrange(1, 900)
        a, g, s = (
            f"{area:03d}",
            f"{self.rng.randrange(1, 100):02d}",
            f"{self.rng.randrange(1, 10000):04d}",
        )
        return self.pick([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"])

    def ipv4(self) -> str:
        first = self.pick(
            ["10", "172", "192", "203", "198", "81", "46", str(self.rng.randrange(1, 224))]
        )
        return ".".join([first, *(str(self.rng.randrange(256)) for _ in range(3))])

    def ipv6(self) -> str:
        groups = [f"{self.rng.randrange(65536):x}" for _ in range(8)]
        shapes = [
            ":".join(groups),
            ":".join(f"{int(g, 16):04x}" for g in groups),
            "2001:db8::" + groups[0],
            "2001:db8:" + groups[1] + "::" + groups[2] + ":" + groups[3],
            "fe80::" + ":".join(groups[4:]),
            "::1",
            "::ffff:" + self.ipv4(),
            ":".join(groups[:6]) + "::",
            ":".join(groups).upper(),
            "64:ff9b::" + self.ipv4(),
        ]
        return self.pick(shapes)

    def card(self) -> str:
        prefix = self.pick(["4", "51", "55", "2221", "37", "6011", "35", "36"])
        length = 15 if prefix == "37" else 14 if prefix == "36" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        body += _luhn_digit(body)
        if length == 16 and self.rng.random() < 0.5:
            sep = self.pick([" ", "-"])
            return sep.join(body[i : i + 4] for i in range(0, 16, 4))
        if length == 15 and self.rng.random() < 0.5:
            return f"{body[:4]} {body[4:10]} {body[10:]}"
        return body

    def iban(self) -> str:
        country, bban = self.pick(
            [
                ("DE", self.digits(18)),
                ("GB", "NWBK" + self.digits(14)),
                ("NL", "ABNA" + self.digits(10)),
                ("FR", self.digits(10) + "ABCDEFGHJK"[self.rng.randrange(10)] + self.digits(12)),
                ("ES", self.digits(20)),
                ("IT", "X" + self.digits(22)),
                ("BE", self.digits(12)),
                ("CH", self.digits(17)),
            ]
        )
        check = 98 - int(_iban_numeric(bban + country + "00")) % 97
        iban = f"{country}{check:02d}{bban}"
        if self.rng.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def address(self, multiline: bool = False) -> str:
        d, r = self.digits, self.rng
        kind = self.pick(["us", "us", "uk", "de", "fr", "nl", "es", "it", "se", "pl"])
        if kind == "us":
            city, state = self.half(US_CITIES_FLAT)
            street = f"{r.randrange(1, 9999)} {self.half(STREET_NAMES)} {self.pick(US_TYPES)}"
            unit = self.pick(
                [
                    "",
                    "",
                    f", Apt {r.randrange(1, 40)}{self.pick('ABCD')}",
                    f" Suite {r.randrange(100, 999)}",
                ]
            )
            zip_ = d(5)
            parts = [street + unit, f"{city}, {state} {zip_}"]
        elif kind == "uk":
            street = f"{r.randrange(1, 300)} {self.half(UK_STREETS)} {self.pick(UK_TYPES)}"
            area = self.pick(["NW", "SE", "LS", "BS", "M", "EH"])
            unit_ = self.pick(["AB", "XE", "QT", "HN"])
            pc = f"{area}{r.randrange(1, 20)} {r.randrange(1, 9)}{unit_}"
            parts = [street, f"{self.half(UK_CITIES)} {pc}"]
        elif kind == "de":
            street = f"{self.half(DE_STREETS)}{self.pick(DE_TYPES)} {r.randrange(1, 200)}"
            parts = [street, f"{d(5)} {self.half(DE_CITIES)}"]
        elif kind == "fr":
            street = f"{r.randrange(1, 150)} {self.pick(FR_TYPES)} {self.half(FR_STREETS)}"
            parts = [street, f"{d(5)} {self.half(FR_CITIES)}"]
        elif kind == "nl":
            street = f"{self.half(NL_STREETS)}{self.pick(NL_TYPES)} {r.randrange(1, 400)}"
            parts = [street, f"{d(4)} {self.pick(['AB', 'KL', 'XR'])} {self.half(NL_CITIES)}"]
        elif kind == "es":
            street = f"{self.pick(ES_TYPES)} {self.half(ES_STREETS)} {r.randrange(1, 120)}"
            parts = [street, f"{d(5)} {self.half(ES_CITIES)}"]
        elif kind == "it":
            street = f"{self.pick(IT_TYPES)} {self.half(IT_STREETS)} {r.randrange(1, 120)}"
            parts = [street, f"{d(5)} {self.half(IT_CITIES)}"]
        elif kind == "se":
            street = f"{self.half(SE_STREETS)}gatan {r.randrange(1, 80)}"
            parts = [street, f"{d(3)} {d(2)} {self.half(SE_CITIES)}"]
        else:
            street = f"ul. {self.half(PL_STREETS)} {r.randrange(1, 90)}/{r.randrange(1, 30)}"
            parts = [street, f"{d(2)}-{d(3)} {self.half(PL_CITIES)}"]
        if r.random() < 0.3:
            parts = parts[:1]
        elif r.random() < 0.2:
            parts.append(self.pick(["USA", "United Kingdom", "Germany", "France", "Spain"]))
        return ("\n" if multiline else ", ").join(parts)


US_CITIES_FLAT: list[tuple[str, str]] = US_CITIES


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def _iban_numeric(text: str) -> str:
    return "".join(str(int(ch, 36)) for ch in text)


# Slots: {P} full name, {F} given name alone, {p} lower-case full name, {f} lower-case given
# name, {E} e-mail, {T} phone, {S} SSN, {I} IPv4, {V} IPv6, {C} card, {B} IBAN, {A} one-line
# address, {M} multi-line address, {a} lower-case one-line address.
_SLOT_TYPES = {
    "P": "PERSON", "F": "PERSON", "p": "PERSON", "f": "PERSON", "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER", "S": "US_SSN", "I": "IP_ADDRESS", "V": "IP_ADDRESS",
    "C": "CREDIT_CARD", "B": "IBAN_CODE", "A": "STREET_ADDRESS", "M": "STREET_ADDRESS",
    "a": "STREET_ADDRESS",
}  # fmt: skip

TEMPLATES: dict[str, list[str]] = {
    "chat": [
        "hey its {f} again, can u call me at {T}",
        "ok sending it to {a} tmrw",
        "my ssn is {S} if u need it lol",
        "thx {f}!! see u sat",
        "pls ship to {a} not my old place",
        "lol {p} said she'd text {T}",
        "yo {F}, whats ur email? mine is {E}",
        "omg {p} just moved to {a}",
        "k i'll ping {f} on {T} later",
        "can someone tell {F} to check {E}",
    ],
    "ticket": [
        "Customer {P} reports the parcel for {A} never arrived. Callback: {T}.",
        "Ticket: login from {I} flagged; account holder {P} confirmed it was not them.",
        "Hi team, {P} ({E}) asked to change the billing address to {A}.",
        "Refund to IBAN {B} requested by {P}; card {C} to be cancelled.",
        "Caller gave SSN {S} and DOB, verified as {P}.",
        "Escalated: {P} cannot log in from {V}, please whitelist.",
        "Please update phone for {P} to {T} (old one disconnected).",
        "Agent note - customer {F} says delivery driver left it at {A}.",
        "Customer {P} disputes charge on card ending {C}; contact via {E}.",
        "Duplicate account merged: {P}, {E}, {T}.",
    ],
    "search": [
        "{p} {a}",
        "{P} phone number",
        "who lives at {a}",
        "{E}",
        "reverse lookup {T}",
        "track package for {p}",
        "{P} linkedin",
        "whois {I}",
    ],
    "review": [
        "Great boots! Shipped fast to {A}. - {P}",
        "Seller {P} was lovely, even called me on {T} to check the size.",
        "Terrible service. I emailed {E} three times. {F}",
        "Five stars, bought one for my sister {P} too.",
        "Arrived damaged at {A}, replacement took two weeks.",
        "Would buy again -- {F} from {a}",
        "The courier phoned {T} at 7am on a Sunday!",
        "Thanks to {P} in customer care for sorting my refund.",
    ],
    "log": [
        'ts=2024-03-05T10:22:31Z level=info user="{P}" email={E} ip={I}',
        "{I} - - [05/Mar/2024:10:22:31 +0000] \"GET /search?q=boots HTTP/1.1\" 200 5120",
        "event=checkout card={C} iban={B} status=ok",
        "WARN auth failed user={E} src={V} attempts=3",
        "msg=\"address changed\" new_addr=\"{A}\" by={E}",
        "phone={T} name=\"{P}\" verified=true",
        "[{V}]:443 - - [05/Mar/2024:10:22:31 +0000] \"POST /login HTTP/2\" 401 0",
        "ssn={S} lookup=ok latency_ms=12",
        "client={I}:51234 upstream={I}:8080 status=502",
        "kyc.ssn=\"{S}\" kyc.name=\"{P}\" result=pass",
    ],
    "json": [
        '{{"name": "{P}", "email": "{E}", "phone": "{T}"}}',
        '{{"shipping_address": "{A}", "recipient": "{P}"}}',
        '{{"ip": "{I}", "ipv6": "{V}", "user_agent": "Mozilla/5.0"}}',
        '{{"card_number": "{C}", "holder": "{P}", "exp": "09/27"}}',
        '{{"ssn": "{S}", "iban": "{B}"}}',
        "{{'customer': '{P}', 'contact': '{T}', 'note': 'leave at door'}}",
        '{{"billing": {{"street": "{A}"}}, "email": "{E}"}}',
        '{{"first_name": "{F}", "tel": "{T}", "last_ip": "{I}"}}',
    ],
    "multiline": [
        "Hi {F},\n\nThanks for your order. We'll ship it to:\n{M}\n\nBest,\n{P}",
        "Ship to:\n{P}\n{M}\nTel: {T}",
        "--\n{P}\nSenior Buyer\n{T}\n{E}",
        "Name: {P}\nAddress: {M}\nPhone: {T}\nSSN: {S}",
        "name,email,phone\n{P},{E},{T}",
        "Dear {P},\nyour refund to {B} has been sent.\nKind regards,\n{F}",
        "FROM: {P}\n{M}\n\nTO: {P}\n{M}",
        "id,ip,card\n1,{I},{C}\n2,{I},{C}",
        "Hello {F},\nplease call me back on {T}.\nCheers\n{F}",
        "Recipient: {P}\nStreet: {A}\nEmail: {E}\nIBAN: {B}",
    ],
}  # fmt: skip

# The final split: templates written after the detector work had started and never used to
# tune it (``hard_final.jsonl``), with the held-out halves of the value pools.
FINAL_TEMPLATES: dict[str, list[str]] = {
    "chat": [
        "np {f}, i'll drop it at {a} after work",
        "fyi new number is {T}",
        "did {p} ever send u the ssn? its {S}",
        "morning {f} :) call me on {T} when ur up",
        "btw {f} moved, she's at {a} now",
    ],
    "ticket": [
        "Re: order issue - customer {P} (tel {T}) wants the parcel redirected to {A}.",
        "Priority: high. Fraud check on {C} used from {I} by {E}.",
        "{P} called; SSN on file {S} does not match. Asked to email {E}.",
        "Account owner {P} locked out; last login {V}.",
        "Please refund {P} to {B} within 5 days.",
    ],
    "search": [
        "{P} {A}",
        "{f} {p}",
        "is {T} a scam",
        "{a}",
        "contact {p}",
    ],
    "review": [
        "Lovely fit. Ordered to {A}, arrived in two days. {F}",
        "Don't buy! {P} never answered {E} or {T}.",
        "Gift for {P}, she loved it.",
        "Delivery guy left it at {A} instead of my door :(",
        "Customer support ({F}) fixed it in minutes, thanks {F}!",
    ],
    "log": [
        '{I} - {E} [05/Mar/2024:10:22:31 +0000] "GET /account HTTP/1.1" 200 812',
        'level=warn msg="kyc mismatch" ssn={S} name="{P}"',
        "auth ok user={E} from={V} mfa=sms:{T}",
        "payment declined pan={C} iban={B} ip={I}",
        'addr_update user_id=8812 old="{A}" new="{A}"',
    ],
    "json": [
        '{{"contact": {{"name": "{P}", "mobile": "{T}"}}, "ssn": "{S}"}}',
        '{{"delivery": "{A}", "note": "ring twice", "recipient": "{P}"}}',
        '{{"remote_addr": "{V}", "x_forwarded_for": "{I}"}}',
        '{{"payer": "{P}", "payer_iban": "{B}", "card": "{C}"}}',
        '{{"user": {{"email": "{E}", "given_name": "{F}"}}}}',
    ],
    "multiline": [
        "Hello {F},\n\nYour parcel is on its way to\n{M}\n\nRegards,\n{P}",
        "{P}\n{M}\n{T}",
        "Thanks,\n{F}\n--\nSent from my phone",
        "first,last,email,ip\n{F},{F},{E},{I}",
        "Billing details\nName: {P}\nCard: {C}\nIBAN: {B}\nAddress:\n{M}",
    ],
}
FINAL_NEGATIVES: dict[str, list[str]] = {
    "chat": [
        "tracking says <d:4> <d:3> <d:4> lol",
        "app is on <n:1:20>.<n:0:10>.<n:0:10> now",
        "flight lands <n:10:23>:<n:10:59>, gate B<n:1:40>",
    ],
    "ticket": [
        "Order <d:3>-<d:7>-<d:7> refunded; RMA <d:8>.",
        "Serial SN<d:10> replaced under warranty.",
        "Card <bad_card> rejected (invalid number).",
    ],
    "search": [
        "<product> <n:2019:2025> review",
        "cheap flights to <place>",
        "gtin <d:13>",
    ],
    "review": [
        "My <product> died after <n:2:30> days.",
        "Shipped from <place> via <carrier> (AWB <d:3> <d:4> <d:4>).",
    ],
    "log": [
        "commit <h:40> tag v<n:1:9>.<n:0:10>.<n:0:10>",
        "pos=<n:-89:89>.<d:5>,<n:-179:179>.<d:5> speed=<n:0:120>",
        "job=<h:12> started_at=<n:1600000000:1800000000> retries=<n:0:5>",
    ],
    "json": [
        '{"awb": "<d:3>-<d:8>", "weight_kg": 2.1}',
        '{"build": "<n:1:20>.<n:0:10>.<n:0:10>.<n:0:100>", "checksum": "<h:32>"}',
        '{"location": {"lat": <n:-89:89>.<d:6>, "lng": <n:-179:179>.<d:6>}}',
    ],
    "multiline": [
        "Invoice\nNo: INV<d:8>\nDate: 2024-03-0<n:1:9>\nAmount: 129.00",
        "id,version,hash\n<d:5>,<n:1:9>.<n:0:10>.<n:0:10>,<h:16>",
    ],
}


# The blind split (``hard_blind.jsonl``): written after ``hard_final`` had been looked at,
# and scored once, for the figures in docs/redaction.md.
BLIND_TEMPLATES: dict[str, list[str]] = {
    "chat": [
        "ok so {f} said to call {T} or just email {E}",
        "sry {f} cant make it, im at {a} till 6",
        "new phone who dis. jk its {f}, {T}",
        "can u send the refund to {B} thx",
        "{f} {T}",
    ],
    "ticket": [
        "[#48213] {P} <{E}> reports double charge on {C}",
        "Case notes: spoke to {P} at {T}; verified last 4 of SSN {S}.",
        "Escalation - {P} - wrong delivery address ({A})",
        "User {E} from IP {I} requested account deletion.",
        "Hello support, my name is {P} and my card {C} was blocked.",
    ],
    "search": [
        "{P}",
        "{E} password reset",
        "{A} opening hours",
        "call {T}",
        "{p} facebook",
    ],
    "review": [
        "Bought this for my husband {F}. {P} from the shop was very patient.",
        "1/5 - package went to {A} instead of my place",
        "Love it!!! -{F}",
        "Seller asked me to pay to {B} directly, avoid!",
        "Fast shipping to {A}. Will order again. {P}",
    ],
    "log": [
        "Mar 05 10:22:31 web01 sshd[2231]: Failed password for {f} from {I} port 52144 ssh2",
        '{{"level":"info","msg":"login","email":"{E}","ip":"{V}"}}',
        "checkout_id=7f3a card_last_used={C} billing_phone={T}",
        "WARN pii-scan hit ssn={S} user={E}",
        "{I} {I} - [05/Mar/2024:10:22:31 +0000] GET /profile 200",
    ],
    "json": [
        '{{"recipient": {{"full_name": "{P}", "address_line1": "{A}", "phone": "{T}"}}}}',
        '{{"signer": "{P}", "signed_at": "2024-03-05T10:22:31Z", "ip": "{I}"}}',
        "{{name: '{P}', email: '{E}', iban: '{B}'}}",
        '[{{"type": "phone", "value": "{T}"}}, {{"type": "ssn", "value": "{S}"}}]',
        '{{"client_ip": "{V}", "user": "{E}"}}',
    ],
    "multiline": [
        "Kind regards\n\n{P}\nCustomer Success\nT {T}\n{E}",
        "Deliver to\n{P}\n{M}",
        "Name:\t{P}\nPhone:\t{T}\nEmail:\t{E}",
        "full_name,street,phone\n{P},{A},{T}",
        "Hey {F}!\n\nMy new address is\n{M}\n\nxo\n{F}",
    ],
}
BLIND_NEGATIVES: dict[str, list[str]] = {
    "chat": [
        "ugh my order <d:3>-<d:7>-<d:7> is late again",
        "score was <n:1:9>-<n:0:9> lol, game at <n:1:12>:<n:10:59>",
        "use code SAVE<n:10:50> at checkout",
    ],
    "ticket": [
        "Ref <d:4>-<d:4>-<d:4> closed. Parcel <d:4> <d:4> <d:4> returned to sender.",
        "Device IMEI <d:15> reported lost.",
        "Transaction <h:8>-<h:4> failed with code <n:400:599>.",
    ],
    "search": [
        "<product> manual pdf",
        "things to do in <place>",
        "<n:2:20> inch monitor under <n:100:400>",
    ],
    "review": [
        "Works with version <n:1:9>.<n:0:10>.<n:0:10> only. Model <d:4>-<d:4>-<d:3>.",
        "Arrived in <n:2:9> days from <place>, tracking <d:4> <d:4> <d:4> <d:4>.",
    ],
    "log": [
        "pid=<n:100:99999> rss=<d:6>kB uptime=<n:1:99>:<n:10:59>:<n:10:59>",
        "request_id=<h:32> latency=<n:1:900>ms status=200",
        "gps <n:-89:89>.<d:5>,<n:-179:179>.<d:5> alt <n:1:900>m",
        "release <n:1:9>.<n:0:10>.<n:0:10>-rc<n:1:5> built from <h:7>",
    ],
    "json": [
        '{"order": "<d:3>-<d:7>-<d:7>", "items": <n:1:9>, "total": <n:10:999>.99}',
        '{"trace": "<h:32>", "span": "<h:16>", "ts": <n:1600000000:1800000000><d:3>}',
        '{"tracking": "<d:4> <d:4> <d:4>", "eta": "2024-03-<n:10:28>"}',
    ],
    "multiline": [
        "Order <d:9>\nQty <n:1:9> x <product>\nSubtotal <n:10:999>.00",
        "version,sha,date\n<n:1:9>.<n:0:10>.<n:0:10>,<h:40>,2024-03-<n:10:28>",
    ],
}


# Look-alikes in context: none of these is personal data. Tokens: <d:N> N digits, <n:A:B> an
# integer in [A, B), <h:N> N hex digits, <product>, <place>, <carrier>, <mac>, <bad_card>
# (Luhn fails), <bad_iban> (mod-97 fails).
NEGATIVES: dict[str, list[str]] = {
    "chat": [
        "order <d:3>-<d:7>-<d:7> still not here ugh",
        "waybill <d:4> <d:4> <d:4> says out for delivery",
        "running v<n:1:20>.<n:0:10>.<n:0:30>.<n:0:100> now, still crashes",
        "meet at <n:1:12>:<n:10:59> by the <place> sign",
        "lol it cost <n:1:9>,<d:3>,<d:3> won",
    ],
    "ticket": [
        "Tracking <d:4> <d:4> <d:4> shows delivered; order #<d:9>.",
        "Case <d:8>: card <bad_card> failed Luhn, customer to re-enter.",
        "Invoice INV-<d:4>-<d:6> issued on 2024-03-0<n:1:9>.",
        "PO <d:10> approved, ref <d:3>-<d:2>-<d:4>-X.",
        "Waybill no. <d:3>-<d:3>-<d:4> handed to DHL.",
        "IBAN <bad_iban> rejected by the bank (checksum).",
    ],
    "search": [
        "<product> size <n:36:46>",
        "<product> vs <product>",
        "hotels in <place> under 200",
        "part <d:3>-<d:3>-<d:4>",
        "isbn 978-<d:1>-<d:3>-<d:5>-<d:1>",
    ],
    "review": [
        "The <product> is worth it, battery lasts <n:5:40> hours.",
        "Bought in <place> for <n:10:900>.99, model <d:4>-<d:3>.",
        "Firmware <n:1:9>.<n:0:10>.<n:0:100>.<n:0:1000> fixed the bug.",
        "Took <n:2:9> weeks via <carrier>, tracking <d:12>.",
    ],
    "log": [
        "2024-03-05 10:22:<n:10:59>.<d:3> INFO req=<h:8>-<h:4>-<h:4>-<h:4>-<h:12> took <d:3>ms",
        "build=<n:1:30>.<n:0:10>.<n:0:100>.<n:0:1000> commit=<h:40>",
        "ts=<n:1600000000:1800000000><d:3> order_id=<d:10> amount=129.00",
        "sha256=<h:64> size=<d:7>",
        "mac=<mac> rssi=-<n:30:90>",
        "lat=<n:-89:89>.<d:6> lon=<n:-179:179>.<d:6> acc=12",
        "span_id=<d:16> trace_flags=01 duration_ns=<d:9>",
        "uptime <n:1:23>:<n:10:59>:<n:10:59> load 0.<d:2>",
    ],
    "json": [
        '{"order_id": "<d:3>-<d:7>-<d:7>", "status": "shipped"}',
        '{"version": "<n:1:20>.<n:0:10>.<n:0:10>.<n:0:10>", "sha": "<h:40>"}',
        '{"coords": [<n:-89:89>.<d:4>, <n:-179:179>.<d:4>], "zoom": 12}',
        '{"waybill": "<d:4> <d:3> <d:4>", "carrier": "GLS"}',
        '{"created_at": "2024-03-05T10:22:31.<d:3>Z", "ts": <d:13>}',
        '{"product": "<product>", "sku": "SKU-<d:4>-<d:4>", "price": 49.95}',
    ],
    "multiline": [
        "Order summary\nOrder no.: <d:3>-<d:3>-<d:4>\nItems: <n:1:5>\nTotal: 59.90 EUR",
        "sku,qty,price\n<d:6>,<n:1:9>,19.99\n<d:6>,1,5.00",
        "Release notes\nVersion <n:1:9>.<n:0:10>.<n:0:10>\nBuild <d:8>\nChecksum <h:32>",
        "Shipment\nWaybill: <d:3> <d:4> <d:4>\nWeight: 2.4 kg\nService: Express",
    ],
}
_NEG_TOKEN = re.compile(r"<(\w+)(?::(-?\d+))?(?::(-?\d+))?>")


def _bad_card(f: Filler) -> str:
    body = "4" + f.digits(14)
    return body + str((int(_luhn_digit(body)) + 1 + f.rng.randrange(9)) % 10)


def _bad_iban(f: Filler) -> str:
    good = f.iban().replace(" ", "")
    check = (int(good[2:4]) + 1 + f.rng.randrange(90)) % 97 + 2
    return f"{good[:2]}{check:02d}{good[4:]}"


def _hex(f: Filler, n: int) -> str:
    return "".join(f.pick("0123456789abcdef") for _ in range(n))


def negative(template: str, f: Filler) -> str:
    """Expand the tokens of a look-alike template."""

    def one(match: re.Match[str]) -> str:
        kind, a, b = match.group(1), match.group(2), match.group(3)
        if kind == "d":
            return f.digits(int(a))
        if kind == "n":
            return str(f.rng.randrange(int(a), int(b)))
        if kind == "h":
            return _hex(f, int(a))
        if kind == "mac":
            return ":".join(_hex(f, 2) for _ in range(6))
        if kind == "bad_card":
            return _bad_card(f)
        if kind == "bad_iban":
            return _bad_iban(f)
        return f.pick({"product": PRODUCTS, "place": PLACES, "carrier": CARRIERS}[kind])

    return _NEG_TOKEN.sub(one, template)


def fill(template: str, f: Filler) -> dict[str, object]:
    """Fill ``template``'s slots; return a corpus record (text and gold spans)."""
    text = ""
    spans: list[dict[str, object]] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "{" and template.startswith("{{", i):
            text += "{"
            i += 2
            continue
        if ch == "}" and template.startswith("}}", i):
            text += "}"
            i += 2
            continue
        if ch == "{":
            slot = template[i + 1]
            value = _value(slot, f)
            if slot == "S" and value.isdigit() and "ssn" not in text[-12:].lower():
                value = f"{value[:3]}-{value[3:5]}-{value[5:]}"  # bare only after a cue
            start = len(text)
            text += value
            spans.append(
                {"start": start, "end": len(text), "entity_type": _SLOT_TYPES[slot], "value": value}
            )
            i += 3
            continue
        text += ch
        i += 1
    return {"text": text, "spans": spans}


def _value(slot: str, f: Filler) -> str:
    values: dict[str, Callable[[], str]] = {
        "P": f.person, "F": lambda: f.pick(f.first), "p": lambda: f.person().lower(),
        "f": lambda: f.pick(f.first).lower(), "E": f.email, "T": f.phone, "S": f.ssn,
        "I": f.ipv4, "V": f.ipv6, "C": f.card, "B": f.iban, "A": f.address,
        "M": lambda: f.address(multiline=True), "a": lambda: f.address().lower(),
    }  # fmt: skip
    return values[slot]()


def build(held_out: bool, final: bool = False, blind: bool = False) -> list[dict[str, object]]:
    """One split: positives from its share of each register's templates, then negatives."""
    rng = random.Random(SEED * 2 + held_out + 7 * final + 11 * blind)
    f = Filler(rng, held_out)
    positives = BLIND_TEMPLATES if blind else FINAL_TEMPLATES if final else TEMPLATES
    negatives = BLIND_NEGATIVES if blind else FINAL_NEGATIVES if final else NEGATIVES
    final = final or blind
    records: list[dict[str, object]] = []
    for index in range(POSITIVES):
        register = list(positives)[index % len(positives)]
        templates = positives[register] if final else _split(positives[register], held_out)
        record = fill(f.pick(templates), f)
        record["register"] = register
        records.append(record)
    for index in range(NEGATIVE_COUNT):
        register = list(negatives)[index % len(negatives)]
        text = negative(f.pick(negatives[register]), f)
        records.append({"text": text, "spans": [], "register": register, "negative": True})
    for number, record in enumerate(records):
        record["id"] = number
    return records


def _split(templates: list[str], held_out: bool) -> list[str]:
    """The last quarter of a register's templates (at least two) is held out."""
    cut = len(templates) - max(2, len(templates) // 4)
    return templates[cut:] if held_out else templates[:cut]


def main() -> None:
    """Write both splits."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    splits = (
        ("hard_dev.jsonl", False, False, False),
        ("hard_test.jsonl", True, False, False),
        ("hard_final.jsonl", True, True, False),
        ("hard_blind.jsonl", True, False, True),
    )
    for name, held_out, final, blind in splits:
        records = build(held_out, final, blind)
        with (OUT_DIR / name).open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(name, len(records))


def build_set(
    filler: Filler,
    templates: dict[str, list[str]],
    negatives: dict[str, list[str]],
    expand_negative: Callable[[str], str],
) -> list[dict[str, object]]:
    """A later set: positives cycling through ``templates``' registers, then look-alikes from
    ``negatives`` (expanded by ``expand_negative``), numbered in order."""
    records: list[dict[str, object]] = []
    for index in range(POSITIVES):
        register = list(templates)[index % len(templates)]
        record = fill(filler.pick(templates[register]), filler)
        record["register"] = register
        records.append(record)
    for index in range(NEGATIVE_COUNT):
        register = list(negatives)[index % len(negatives)]
        text = expand_negative(filler.pick(negatives[register]))
        records.append({"text": text, "spans": [], "register": register, "negative": True})
    for number, record in enumerate(records):
        record["id"] = number
    return records


def write_set(records: list[dict[str, object]], name: str) -> None:
    """Write ``records`` to ``data/pii/<name>`` as JSON lines."""
    with (OUT_DIR / name).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(name, len(records))


if __name__ == "__main__":
    main()
