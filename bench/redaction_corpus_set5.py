"""Set 5 of the harder PII corpora: ``data/pii/hard_tune5.jsonl``, a TUNING split.

``hard_fresh.jsonl`` (set 4) is never tuned on, and sets 1-3 were fitted closely, so this set
gives the work after set 4's first look something new to study without touching set 4. It
uses other cultures (Vietnamese, Korean, Ethiopian, Somali, Hausa, Nepali, Sinhala,
Mongolian, Armenian, Lithuanian, Greek, Czech, Croatian, Malay, Samoan, Brazilian), other
national address formats (Austria, Belgium, Norway, Finland, Czechia, Greece, South Africa,
New Zealand, Singapore, Argentina, Korea romanised), other phone forms and other
look-alikes than set 4, and templates of its own. Fixes found here are tested on set 4 only
once, at the end.

Run: ``python -m bench.redaction_corpus_set5`` (seed 53; byte-for-byte stable).
"""

from __future__ import annotations

import random

from bench.make_redaction_corpus import Filler, build_set, negative, write_set

SEED = 53
POSITIVES = 1500
NEGATIVE_COUNT = 1500

FIRST5 = [
    "Thu", "Quang", "Seo-yeon", "Do-hyun", "Selam", "Dawit", "Hodan", "Abdirahman", "Zainab",
    "Musa", "Sita", "Bikash", "Dilani", "Ruwan", "Bolormaa", "Bat-Erdene", "Anahit", "Tigran",
    "Rūta", "Mindaugas", "Dimitra", "Yannis", "Tereza", "Ondřej", "Ivana", "Luka", "Nurul",
    "Hafiz", "Sina", "Tavita", "Thiago", "Larissa",
]  # fmt: skip
LAST5 = [
    "Tran", "Pham", "Park", "Choi", "Tesfaye", "Bekele", "Warsame", "Farah", "Bello",
    "Abubakar", "Shrestha", "Thapa", "Perera", "Fernando", "Ganbaatar", "Batbayar", "Petrosyan",
    "Hakobyan", "Kazlauskas", "Jankauskas", "Georgiou", "Nikolaidis", "Procházka", "Černý",
    "Horvat", "Babić", "Ismail", "Rahim", "Tuilagi", "Faleolo", "Silva", "Oliveira",
]  # fmt: skip
# (street and number, postal code and city) per format; "{n}" is a house number.
FORMATS5 = [
    ("Mariahilfer Straße {n}/3/12", "1060 Wien"),
    ("Rue Neuve {n}", "1000 Bruxelles"),
    ("Meir {n}", "2000 Antwerpen"),
    ("Karl Johans gate {n}", "0159 Oslo"),
    ("Mannerheimintie {n} B 7", "00100 Helsinki"),
    ("Vodičkova 681/{n}", "110 00 Praha 1"),
    ("Ermou {n}", "105 63 Athina"),
    ("{n} Long Street", "Cape Town, 8001"),
    ("Flat 2, {n} Ponsonby Road", "Auckland 1011"),
    ("Blk {n} Ang Mo Kio Avenue 6, #08-45", "Singapore 560123"),
    ("Av. Corrientes {n}, piso 5", "C1043 Buenos Aires"),
    ("{n} Teheran-ro 4-gil, Gangnam-gu", "Seoul 06234"),
]
PRODUCTS5 = [
    "Mercedes Benz", "Toyota Corolla", "Surface Laptop Studio", "Pixel Buds", "Fitbit Charge",
    "Vitamix Ascent", "Weber Spirit", "Nespresso Vertuo", "Roborock Saros", "Lenovo Legion",
]  # fmt: skip
PLACES5 = ["San Diego", "Port Elizabeth", "Saint Louis", "Abu Dhabi", "Santa Cruz", "Tel Aviv"]


class Set5Filler(Filler):
    """Set 5's own pools; the old pools' dev halves for the rest."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng, held_out=False)
        self.first = FIRST5
        self.last = LAST5

    def phone(self) -> str:
        d = self.digits
        shapes = [
            f"+43 1 {d(3)} {d(4)}", f"+32 2 {d(3)} {d(2)} {d(2)}",
            f"+47 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+358 40 {d(3)} {d(4)}", f"+420 6{d(2)} {d(3)} {d(3)}", f"+30 210 {d(3)} {d(4)}",
            f"+64 21 {d(3)} {d(4)}", f"+54 9 11 {d(4)}-{d(4)}", f"+94 77 {d(3)} {d(4)}",
            f"(02) 9{d(3)} {d(4)}", f"+1 (604) 555 {d(4)}", f"+84 90 {d(3)} {d(2)} {d(2)}",
        ]  # fmt: skip
        return self.pick(shapes) if self.rng.random() < 0.7 else super().phone()

    def address(self, multiline: bool = False) -> str:
        if self.rng.random() < 0.3:
            return super().address(multiline)
        street, city = self.pick(FORMATS5)
        parts = [street.format(n=self.rng.randrange(1, 200)), city]
        if self.rng.random() < 0.15:
            parts.append(self.pick(["Austria", "Belgium", "Norway", "Greece", "New Zealand"]))
        return ("\n" if multiline else ", ").join(parts)


TEMPLATES5: dict[str, list[str]] = {
    "chat": [
        "heyyy {f}!! long time. still on {T}?",
        "{f} can u grab the keys from {a}",
        "k so the landlord wants my ssn ({S}) wtf",
        "ttyl {f}",
        "omw to {a}, tell {f} to wait",
        "{p} is my cousin, her email is {E}",
        "gn {f} <3",
        "brb, {f} is calling from {T}",
    ],
    "ticket": [
        "Inbound call: {P}, callback number {T}, issue: missing refund.",
        "Reassigned to {F}; customer {P} wrote from {E}.",
        "Address correction requested - new address: {A}.",
        "Card {C} reported stolen by {P} at 14:05.",
        "Blocked login for {E} (IP {I}, country mismatch).",
        "KYC: SSN {S} verified for {P}.",
        "{P} asks that we stop calling {T}.",
        "Refund of 40 EUR to {B} approved by {F}.",
    ],
    "search": [
        "{P}",
        "{p} {T}",
        "{a}",
        "{E} leak",
        "{P} instagram",
        "ssn {S}",
        "{I}",
        "{f}",
    ],
    "review": [
        "Delivered to {A} - quick and safe.",
        "Huge thanks to {F} from support!",
        "Gave it to {P} for her birthday, she loved it.",
        "Never received it. Emailed {E}, no reply. {F}",
        "The delivery man called {T} at midnight??",
        "Superb. - {p}",
        "Ok product, {P} at the store helped a lot.",
        "Bought two. {F}, {a}",
    ],
    "log": [
        "INFO 2024-07-02 12:00:01 user_login email={E} remote={I}",
        'WARN payment.declined card_last16={C} name="{P}"',
        "POST /checkout?phone={T}&zip=10115 201",
        "pam_unix(sshd:auth): authentication failure; rhost={I} user={f}",
        "ip6={V} action=download bytes=88812",
        'profile.changed field=address value="{A}" actor={E}',
        "ssn_check id=5512 ssn={S} result=match",
        "iban_validate iban={B} ok=true",
    ],
    "json": [
        '{{"user": "{P}", "mail": "{E}"}}',
        '{{"deliveryAddress": "{A}"}}',
        '{{"phone_e164": "{T}", "contactName": "{P}"}}',
        '{{"ip_v4": "{I}", "ip_v6": "{V}"}}',
        '{{"ccNumber": "{C}", "iban": "{B}"}}',
        '{{"ssn": "{S}", "fullName": "{P}"}}',
        '{{"reviewer": "{F}", "rating": 5}}',
        '{{"to": {{"name": "{P}", "street": "{A}"}}}}',
    ],
    "multiline": [
        "Dear {F},\n\nwe received your complaint.\n\nSincerely,\n{P}",
        "Mr {P}\n{M}",
        "Ship to\n{P}\n{M}\nPhone {T}",
        "email,name,ip\n{E},{P},{I}",
        "Cheers,\n{F}\n\nSent from Outlook",
        "Account holder: {P}\nIBAN: {B}\nSSN: {S}",
        "Address\n{M}\n\nContact\n{T}\n{E}",
        "{P}\nCustomer Care Lead\n{T}",
    ],
}
NEGATIVES5: dict[str, list[str]] = {
    "chat": [
        "flight LH <n:100:9999> boards at <n:10:23>:<n:10:59>, seat <n:1:40>A",
        "pin is <d:4>, dont tell anyone lol",
        "lost <n:2:9>-<n:0:5> again smh",
        "booking ref <d:3> <d:3> <d:4> if u need it",
    ],
    "ticket": [
        "Case number <d:8> merged into <d:8>.",
        "Lot <d:4> expires 2025-0<n:1:9>; quarantine batch <d:6>.",
        "Invalid SSN <bad_ssn5> entered twice; account locked.",
        "Courier ref <d:4> <d:3> <d:4> (DPD) not found.",
    ],
    "search": [
        "<product5> price",
        "weather <place5>",
        "windows 10 build <d:5>.<d:4>",
        "<product5> vs <product5> <n:2019:2025>",
    ],
    "review": [
        "Battery of my <product5> went from <n:10:99>% to <n:1:9>% in <n:2:9> hours.",
        "Cost €<n:1:9>.<d:3>,00 in <place5>, worth it.",
        "Model SM-<d:4> works, firmware <n:1:9>.<n:0:9>.<n:0:99>.",
    ],
    "log": [
        "node v<n:10:22>.<n:0:20>.<n:0:9> started pid=<n:100:65000> port=<n:1024:9999>",
        "temp=<n:10:40>.<d:1>C humidity=<n:20:90>% sensor=<h:6>",
        "winver=10.0.<d:5>.<d:4> kb=<d:7>",
        "queue=orders depth=<n:0:999> oldest_ms=<d:6> shard=<n:0:64>",
        "geo=<n:-89:89>.<d:4> <n:-179:179>.<d:4> radius=<n:1:50>km",
    ],
    "json": [
        '{"bookingRef": "<d:3> <d:3> <d:4>", "pax": <n:1:6>}',
        '{"osVersion": "<n:10:17>.<n:0:9>.<n:0:9>", "buildNumber": "<d:5>.<d:4>"}',
        '{"imei": "<d:15>", "model": "<product5>"}',
        '{"position": {"x": <n:-999:999>.<d:3>, "y": <n:-999:999>.<d:3>}}',
    ],
    "multiline": [
        "Batch report\nLot: <d:4>\nUnits: <n:100:999>\nRef: <d:3>-<d:3>-<d:4>",
        "timestamp,value\n<n:1600000000:1800000000>,<n:0:99>.<d:2>\n<n:1600000000:1800000000>,<n:0:99>.<d:2>",
        "Flight <n:100:9999>\nGate <n:1:60>\nDeparts <n:10:23>:<n:10:59>",
    ],
}


def _negative5(template: str, f: Set5Filler) -> str:
    while "<bad_ssn5>" in template:
        bad = f"{f.pick(['000', '666', '9' + f.digits(2)])}-{f.digits(2)}-{f.digits(4)}"
        template = template.replace("<bad_ssn5>", bad, 1)
    while "<product5>" in template:
        template = template.replace("<product5>", f.pick(PRODUCTS5), 1)
    while "<place5>" in template:
        template = template.replace("<place5>", f.pick(PLACES5), 1)
    return negative(template, f)


def build() -> list[dict[str, object]]:
    """Set 5: positives cycling through the registers, then look-alikes."""
    f = Set5Filler(random.Random(SEED))
    return build_set(f, TEMPLATES5, NEGATIVES5, lambda template: _negative5(template, f))


def main() -> None:
    """Write ``hard_tune5.jsonl``."""
    write_set(build(), "hard_tune5.jsonl")


if __name__ == "__main__":
    main()
