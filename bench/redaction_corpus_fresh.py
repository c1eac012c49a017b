"""Set 4 of the harder PII corpora: ``data/pii/hard_fresh.jsonl`` (never tuned on).

Written after sets 1-3 had been used to find and fix mistakes, before the detector was run on
any of it. It keeps the seven registers and the gold conventions of
:mod:`bench.make_redaction_corpus` but uses new templates and phrasings, and adds value pools
the other sets lack: given names and surnames from further cultures (Persian, Indonesian,
Filipino, Hebrew, Georgian, Kenyan, Maori, Andean, Thai, Icelandic, Basque, Romanian,
Ukrainian, Bengali, Tamil), street addresses in ten more national formats (Australia, Canada,
Brazil, India, Ireland, Switzerland, Denmark, Portugal, Mexico, Japan romanised), more phone,
SSN and IPv6 forms, and look-alikes (parcel and bank numbers, invalid SSNs, coordinates,
product and place names). The old pools contribute only their held-out halves.

Run: ``python -m bench.redaction_corpus_fresh`` (seed 41; byte-for-byte stable). Score it
with ``python -m bench.redaction_eval data/pii/hard_fresh.jsonl``.
"""

from __future__ import annotations

import random

from bench.make_redaction_corpus import Filler, build_set, negative, write_set

SEED = 41
POSITIVES = 1500
NEGATIVE_COUNT = 1500

NEW_FIRST = [
    "Parisa",
    "Dariush",
    "Putri",
    "Budi",
    "Maricel",
    "Jomar",
    "Noa",
    "Eitan",
    "Nino",
    "Giorgi",
    "Wanjiru",
    "Otieno",
    "Aroha",
    "Tane",
    "Yupanqui",
    "Killa",
    "Somchai",
    "Nattaya",
    "Guðrún",
    "Sigurður",
    "Ainhoa",
    "Iñaki",
    "Ioana",
    "Radu",
    "Oksana",
    "Taras",
    "Farhana",
    "Tanvir",
    "Kavya",
    "Senthil",
]
NEW_LAST = [
    "Tehrani",
    "Rostami",
    "Santoso",
    "Wijaya",
    "Bautista",
    "Mizrahi",
    "Beridze",
    "Kapanadze",
    "Kamau",
    "Mwangi",
    "Ngata",
    "Parata",
    "Quispe",
    "Mamani",
    "Srisuk",
    "Chaiyaporn",
    "Jónsdóttir",
    "Sigurðsson",
    "Etxeberria",
    "Agirre",
    "Popescu",
    "Ionescu",
    "Shevchenko",
    "Bondarenko",
    "Hossain",
    "Chowdhury",
    "Subramanian",
    "Murugan",
    "dela_Cruz",
    "Ben-David",
]
AU_PLACES = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160")]
CA_PLACES = [
    ("Toronto", "ON", "M5V 2T6"),
    ("Montréal", "QC", "H2X 1Y4"),
    ("Halifax", "NS", "B3H 4R2"),
]
BR_PLACES = [
    ("São Paulo", "SP", "01310-100"),
    ("Recife", "PE", "50030-230"),
    ("Curitiba", "PR", "80020-310"),
]
IN_PLACES = [("Bengaluru", "560001"), ("Pune", "411004"), ("Chennai", "600017")]
IE_PLACES = [
    ("Dún Laoghaire, Co. Dublin", "A96 X2Y3"),
    ("Galway", "H91 E2K3"),
    ("Cork", "T12 R5CP"),
]
CH_PLACES = [("8001", "Zürich"), ("3011", "Bern"), ("1204", "Genève")]
DK_PLACES = [("1165", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C")]
PT_PLACES = [("1250-146", "Lisboa"), ("4000-322", "Porto"), ("3000-214", "Coimbra")]
MX_PLACES = [("03940", "Ciudad de México"), ("44100", "Guadalajara"), ("64000", "Monterrey")]
JP_PLACES = [
    ("Shibuya-ku, Tokyo", "150-0002"),
    ("Kita-ku, Osaka", "530-0001"),
    ("Naka-ku, Yokohama", "231-0023"),
]
STREETS_AU = ["Wattle Street", "Brunswick Street", "King George Road", "Banksia Avenue"]
STREETS_CA = ["rue Sainte-Catherine O", "Queen Street West", "Spring Garden Road"]
STREETS_BR = ["Rua das Flores", "Avenida Paulista", "Rua Sete de Setembro"]
STREETS_IN = ["MG Road", "FC Road", "Anna Salai", "Residency Road"]
STREETS_IE = ["Seaview Terrace", "Shop Street", "Oliver Plunkett Street"]
STREETS_CH = ["Bahnhofstrasse", "Kramgasse", "Rue du Rhône"]
STREETS_DK = ["Nørregade", "Vestergade", "Strøget"]
STREETS_PT = ["Avenida da Liberdade", "Rua de Santa Catarina", "Rua Ferreira Borges"]
STREETS_MX = ["Av. Insurgentes Sur", "Calle Morelos", "Av. Constitución"]
STREETS_JP = ["Jingumae", "Umeda", "Motomachi"]
NEW_PRODUCTS = [
    "Ford Focus", "Honda Civic", "Apple Watch Ultra", "Ring Video Doorbell", "Tesla Model Y",
    "Sony Alpha 7", "Canon EOS R6", "Kia Sportage", "Philips Hue Bridge", "Garmin Forerunner",
]  # fmt: skip
NEW_PLACES = ["San Francisco", "Kuala Lumpur", "Santa Monica", "Mexico City", "Saint Petersburg"]


class FreshFiller(Filler):
    """The held-out halves of the old pools plus the pools above."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng, held_out=True)
        self.first = self.first + NEW_FIRST
        self.last = self.last + [n.replace("_", " ") for n in NEW_LAST]

    def phone(self) -> str:
        d = self.digits
        shapes = [
            f"(+44) 7700 {d(6)}", f"+44 7700-{d(3)}-{d(3)}", f"0049 30 {d(7)}",
            f"+1.415.{d(3)}.{d(4)}", f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"+82 10-{d(4)}-{d(4)}",
            f"+971 50 {d(3)} {d(4)}", f"+27 82 {d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}",
            f"+90 532 {d(3)} {d(2)} {d(2)}", f"+52 55 {d(4)} {d(4)}", f"+63 917 {d(3)} {d(4)}",
            f"+62 812-{d(4)}-{d(4)}", f"+972 54-{d(3)}-{d(4)}",
            f"0{self.rng.randrange(2, 9)}{d(1)} {d(3)} {d(4)}",
        ]  # fmt: skip
        if self.rng.random() < 0.4:
            return super().phone()
        return self.pick(shapes)

    def ipv6(self) -> str:
        groups = [f"{self.rng.randrange(65536):x}" for _ in range(8)]
        shapes = [
            "2001:db8:" + ":".join(groups[2:5]) + "::" + groups[7],
            "2001:0db8:" + ":".join(f"{int(g, 16):04X}" for g in groups[2:]),
            "fd00::" + groups[1] + ":" + groups[2],
            "::ffff:" + self.ipv4(),
            groups[0] + "::",
            "fe80::" + groups[5] + ":" + groups[6] + ":" + groups[7],
        ]
        return self.pick(shapes)

    def address(self, multiline: bool = False) -> str:
        if self.rng.random() < 0.3:
            return super().address(multiline)
        r = self.rng
        kind = self.pick(["au", "ca", "br", "in", "ie", "ch", "dk", "pt", "mx", "jp"])
        if kind == "au":
            suburb, state, pc = self.pick(AU_PLACES)
            unit = self.pick(["", f"Unit {r.randrange(1, 20)}, ", f"{r.randrange(1, 20)}/"])
            parts = [
                f"{unit}{r.randrange(1, 300)} {self.pick(STREETS_AU)}",
                f"{suburb} {state} {pc}",
            ]
        elif kind == "ca":
            city, prov, pc = self.pick(CA_PLACES)
            parts = [f"{r.randrange(10, 2000)} {self.pick(STREETS_CA)}", f"{city} {prov} {pc}"]
        elif kind == "br":
            city, state, cep = self.pick(BR_PLACES)
            street = f"{self.pick(STREETS_BR)}, {r.randrange(1, 3000)}"
            parts = [street, f"{city} - {state}", cep]
        elif kind == "in":
            city, pin = self.pick(IN_PLACES)
            building = self.pick(["Sunrise", "Lotus", "Green Park"])
            flat = f"Flat {r.randrange(1, 40)}{self.pick('ABC')}, {building} Apartments"
            parts = [flat, f"{r.randrange(1, 200)} {self.pick(STREETS_IN)}", f"{city} {pin}"]
        elif kind == "ie":
            town, eircode = self.pick(IE_PLACES)
            parts = [f"{r.randrange(1, 90)} {self.pick(STREETS_IE)}", f"{town} {eircode}"]
        elif kind == "ch":
            pc, city = self.pick(CH_PLACES)
            parts = [f"{self.pick(STREETS_CH)} {r.randrange(1, 120)}", f"{pc} {city}"]
        elif kind == "dk":
            pc, city = self.pick(DK_PLACES)
            floor = self.pick(["", f", {r.randrange(1, 6)}. th", f", {r.randrange(1, 6)}. tv"])
            parts = [f"{self.pick(STREETS_DK)} {r.randrange(1, 80)}{floor}", f"{pc} {city}"]
        elif kind == "pt":
            pc, city = self.pick(PT_PLACES)
            parts = [f"{self.pick(STREETS_PT)} {r.randrange(1, 300)}", f"{pc} {city}"]
        elif kind == "mx":
            pc, city = self.pick(MX_PLACES)
            parts = [f"{self.pick(STREETS_MX)} {r.randrange(1, 3000)}", f"Col. Centro, {pc} {city}"]
        else:
            ward, pc = self.pick(JP_PLACES)
            block = f"{r.randrange(1, 9)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}"
            parts = [f"{block} {self.pick(STREETS_JP)}", f"{ward} {pc}"]
        if r.random() < 0.15:
            parts.append(self.pick(["Australia", "Canada", "Brazil", "India", "Ireland", "Japan"]))
        return ("\n" if multiline else ", ").join(parts)


FRESH_TEMPLATES: dict[str, list[str]] = {
    "chat": [
        "hiya {f} its me, my new digits are {T}",
        "r u still at {a}? {f} wants to drop by",
        "gonna need ur ssn for the form, mine is {S}",
        "lmk when ur home {f}, i'm outside {a}",
        "this is {p}, sorry wrong number",
        "{f} pls send me ur iban, mine is {B}",
        "night {f} xx",
        "im {f} btw, met u at the party. {T}",
        "ask {p} she knows the wifi, or ping {E}",
        "so {f} and {f} are coming, text {T} if lost",
    ],
    "ticket": [
        "Customer called from {T} about order delay; spoke with {P}.",
        "Per {P}: please send the replacement to {A} and close the case.",
        "Account recovery: email on file {E}, requester {P}, IP {I}.",
        "Chargeback opened for card {C}; cardholder {P} says she never ordered.",
        "Identity check failed - SSN {S} belongs to someone other than {P}.",
        "Note from {F}: client {P} prefers a call after 5pm on {T}.",
        "Suspicious sign-in to {E} from {V} (new device).",
        "Wire returned: beneficiary {P}, IBAN {B}, reason code AC04.",
        "Handover to {F}. Caller {P} gave address {A}.",
        "VIP: {P} - ring {T} before any shipment to {A}.",
    ],
    "search": [
        "{p} address",
        "{P} {T}",
        "email {E}",
        "{a} for sale",
        "who is {p}",
        "{p} obituary",
        "ssn {S} lookup",
        "ip {I} location",
    ],
    "review": [
        "Ordered for my mum {F}, delivered to {A} in perfect shape.",
        "{P} at the counter was rude. Never again.",
        "Five stars for {F} on the hotline ({T}), she sorted everything.",
        "Meh. Returned it. Refund went to {B} after 3 weeks. - {F}",
        "Seller asked me to pay outside the app, to {E}. Scam!",
        "Sent to my office at {A}, the box was crushed.",
        "Thank you {P}! Best customer service ever.",
        "Good value. {F} ({a})",
    ],
    "log": [
        "2024-06-01T08:12:44Z INFO login ok user={E} ip={I} ua=ios",
        'level=error msg="payment failed" card={C} holder="{P}"',
        "GET /api/v1/users?email={E}&phone={T} 200 34ms",
        "audit action=export by={E} target_ssn={S}",
        '{V} - - [01/Jun/2024:08:12:44 +0000] "GET / HTTP/1.1" 304 0',
        "sshd[2211]: Accepted publickey for deploy from {I} port 50122",
        'customer.update id=77812 name="{P}" address="{A}"',
        "fraud.score=0.97 iban={B} ip={I} email={E}",
    ],
    "json": [
        '{{"customer": {{"fullName": "{P}", "phoneNumber": "{T}"}}}}',
        '{{"billingAddress": "{A}", "email": "{E}"}}',
        '{{"clientIp": "{I}", "serverIp": "{V}"}}',
        '{{"pan": "{C}", "name_on_card": "{P}"}}',
        "{{'taxId': '{S}', 'iban': '{B}', 'owner': '{P}'}}",
        '{{"author": "{F}", "text": "great product!"}}',
        '{{"shipTo": {{"name": "{P}", "address": "{A}", "tel": "{T}"}}}}',
        '{{"events": [{{"ip": "{I}"}}, {{"ip": "{V}"}}]}}',
    ],
    "multiline": [
        "Good morning {F},\n\nplease find the invoice attached.\n\nWarm regards\n{P}",
        "{P}\n{M}",
        "BEGIN:VCARD\nFN:{P}\nTEL:{T}\nEMAIL:{E}\nEND:VCARD",
        "Sender:\n{P}\n{M}\n\nReceiver:\n{P}\n{M}",
        "customer_name;phone;email\n{P};{T};{E}",
        "Hi all,\n\nI'm out until Monday, ping {F} on {T} meanwhile.\n\n{F}",
        "Patient: {P}\nSSN: {S}\nHome: {M}",
        "Thanks!\n\n-- \n{P} | Account Manager\nM: {T}\n{E}",
        "---\nname: {P}\naddress: {A}\niban: {B}\n",
        "Transfer details\nBeneficiary: {P}\nIBAN: {B}\nCard used: {C}",
    ],
}

# Look-alikes (tokens as in bench.make_redaction_corpus.NEGATIVES, plus <bad_ssn>,
# <product2> and <place2> from the pools above).
FRESH_NEGATIVES: dict[str, list[str]] = {
    "chat": [
        "parcel <d:4> <d:3> <d:3> stuck in customs again",
        "ur ticket nr is <d:3>-<d:3>-<d:4>, dont lose it",
        "lol just got the <product2>, v<n:1:9>.<n:0:10> update bricked it",
        "meet at <n:1:12>.<n:10:59> at <place2> station?",
        "the code is <d:6> btw, expires in 10 min",
    ],
    "ticket": [
        "Routing number <d:9> is invalid for wire transfers.",
        "Consignment <d:3> <d:4> <d:4> delayed at hub.",
        "SSN <bad_ssn> rejected: not a valid number.",
        "Return label RMA-<d:4>-<d:4> emailed; ref <d:3>-<d:2>-<d:4>.",
        "Customer asked about the <product2> recall (batch <d:6>).",
    ],
    "search": [
        "<product2> <n:2018:2025> specs",
        "flights <place2> to <place2>",
        "route <n:1:99> road trip",
        "<n:1:20>x<n:1:20> frame",
        "ean <d:13>",
    ],
    "review": [
        "My <product2> broke after <n:2:12> months, warranty <d:3>-<d:4>.",
        "Arrived from <place2> in <n:2:9> days, parcel <d:3> <d:4> <d:4>.",
        "Fits the <product2> perfectly, 5/5.",
        "Paid <n:1:9>,<d:3>.00 for this?! Order <d:3>-<d:7>.",
    ],
    "log": [
        "2024-06-01 08:12:<n:10:59>,<d:3> WARN job <h:8> retry <n:1:5>/5",
        "loc=<n:-89:89>.<d:6>,<n:-179:179>.<d:6> hdop=0.<d:1>",
        "deploy version=<n:1:9>.<n:0:20>.<n:0:99> sha=<h:12> took <n:1:900>s",
        "invoice_no=<d:10> amount_cents=<d:5> currency=EUR",
        "disk /dev/sda1 <n:10:99>% used, inode <d:8>",
        "kernel: [<n:1000:99999>.<d:6>] eth0: link up",
    ],
    "json": [
        '{"trackingNumber": "<d:4> <d:4> <d:4>", "carrier": "<carrier>"}',
        '{"appVersion": "<n:1:9>.<n:0:10>.<n:0:99>", "build": <d:5>}',
        '{"lat": "<n:-89:89>.<d:5>", "lon": "<n:-179:179>.<d:5>"}',
        '{"orderRef": "<d:3>-<d:3>-<d:4>", "qty": <n:1:9>}',
        '{"checksum": "sha1:<h:40>", "bytes": <d:7>}',
    ],
    "multiline": [
        "Packing slip\nOrder: <d:3>-<d:7>\nItems: <n:1:9> x <product2>\nWeight: 1.<d:1> kg",
        "date,open,close\n2024-06-0<n:1:9>,<n:10:99>.<d:2>,<n:10:99>.<d:2>",
        "Build <d:8>\nVersion <n:1:9>.<n:0:10>.<n:0:10>\nCommit <h:40>",
        "Meeting room <n:1:9>0<n:1:9>, floor <n:2:30>\nDial-in code <d:4> <d:4>",
    ],
}


def _fresh_negative(template: str, f: FreshFiller) -> str:
    """Expand the extra tokens of set 4, then the shared ones."""
    while "<bad_ssn>" in template:
        area = f.pick(["000", "666", str(f.rng.randrange(900, 1000))])
        bad = f"{area}-{f.rng.randrange(1, 100):02d}-{f.rng.randrange(1, 10000):04d}"
        template = template.replace("<bad_ssn>", bad, 1)
    while "<product2>" in template:
        template = template.replace("<product2>", f.pick(NEW_PRODUCTS), 1)
    while "<place2>" in template:
        template = template.replace("<place2>", f.pick(NEW_PLACES), 1)
    return negative(template, f)


def build() -> list[dict[str, object]]:
    """Set 4: positives cycling through the registers, then look-alikes."""
    f = FreshFiller(random.Random(SEED))
    return build_set(
        f, FRESH_TEMPLATES, FRESH_NEGATIVES, lambda template: _fresh_negative(template, f)
    )


def main() -> None:
    """Write ``hard_fresh.jsonl``."""
    write_set(build(), "hard_fresh.jsonl")


if __name__ == "__main__":
    main()
