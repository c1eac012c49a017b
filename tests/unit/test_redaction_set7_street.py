"""Set-7 street-address rules: a catch and a look-alike for each (own examples)."""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish: neighbourhood, street type, "No:", an optional "D:"; the town follows
        (
            "Please send it to Yenişehir Mah. Atatürk Cad. No: 15/3, 33110 Mersin.",
            "Yenişehir Mah. Atatürk Cad. No: 15/3, 33110 Mersin",
        ),
        (
            "adres: moda mah. bahariye cad. no: 44 d: 2 kad\u0131k\u00f6y/istanbul",
            "moda mah. bahariye cad. no: 44 d: 2 kad\u0131k\u00f6y/istanbul",
        ),
        (
            "FENERBAHÇE MAH. BAĞDAT CAD. NO: 300 D: 12\n34726 KADIKÖY/İSTANBUL\nTel 1",
            "FENERBAHÇE MAH. BAĞDAT CAD. NO: 300 D: 12\n34726 KADIKÖY/İSTANBUL",
        ),
        # Romanian "nr." with block, staircase, floor and flat
        (
            "Calea Victoriei nr. 155, bl. D1, sc. 8, et. 2, ap. 40, sector 1, București 010073",
            "Calea Victoriei nr. 155, bl. D1, sc. 8, et. 2, ap. 40, sector 1, București 010073",
        ),
        # Colombian "Calle 72 # 10-34"; a dotted acronym keeps its dot
        (
            "Mi dirección es Calle 72 # 10-34, Chapinero, Bogotá",
            "Calle 72 # 10-34, Chapinero, Bogotá",
        ),
        ("Diagonal 40A Bis # 15-20 Sur, Bogotá D.C.", "Diagonal 40A Bis # 15-20 Sur, Bogotá D.C."),
        # Chinese "No. 88 ... Road" after units
        (
            "ship to Room 1203, No. 88 Century Avenue, Pudong, Shanghai 200120",
            "Room 1203, No. 88 Century Avenue, Pudong, Shanghai 200120",
        ),
        # Japanese block numbers, romanised and in Japanese script
        (
            "Deliver to 2-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005.",
            "2-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        ),
        ("it went to 4-2-8 Shibakoen but nobody was home", "4-2-8 Shibakoen"),
        ("Deliver to #651 3-11-2 Tenjin today", "#651 3-11-2 Tenjin"),
        ("住所: 〒530-0001 大阪府大阪市北区梅田3-1-3", "〒530-0001 大阪府大阪市北区梅田3-1-3"),
        # a street type written apart, Nordic types in lower case
        ("Her office is at Rheinische Str. 8 in Essen.", "Rheinische Str. 8"),
        ('{"address": "Bygdøy allé 76"}', "Bygdøy allé 76"),
        ("Mail: Kongens gate 5, 7011 Trondheim", "Kongens gate 5, 7011 Trondheim"),
        # German prepositional street names
        ("The parcel went to Auf dem Berg 12 yesterday.", "Auf dem Berg 12"),
        ("i live unter den eichen 113 now", "unter den eichen 113"),
        # particles and adjectives before a compound street name; "'s-" towns
        (
            "Bezorgen: Van Baerlestraat 12-2, 1071 AZ  's-Gravenhage",
            "Van Baerlestraat 12-2, 1071 AZ  's-Gravenhage",
        ),
        ("met at Nieuwe Binnenweg 146 today", "Nieuwe Binnenweg 146"),
        # Austrian "/Top", Dutch "-ii", Danish "-vejen", Swiss "CH-"
        ("Lindengasse 28/Top 13, 1070 Wien", "Lindengasse 28/Top 13, 1070 Wien"),
        ("i have rozenweg 195-ii but no zip", "rozenweg 195-ii"),
        ("Sender:\nMarkus Egli\nRennweg 7\nCH-8001 ZÜRICH\n\nThanks", "Rennweg 7\nCH-8001 ZÜRICH"),
        # Brazilian "- Bairro" up to the CEP; Spanish floor after the comma number
        (
            "Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001",
            "Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001",
        ),
        (
            "envío: Travesía del Mar, 12 3º dcha., 28001 Madrid",
            "Travesía del Mar, 12 3º dcha., 28001 Madrid",
        ),
        # Mexican interior number and state abbreviation
        (
            "Stayed at Avenida Juárez 88 Int. 4, Col. Centro, 58000 Morelia, Mich. — lovely",
            "Avenida Juárez 88 Int. 4, Col. Centro, 58000 Morelia, Mich.",
        ),
        # Hungarian number dot, floor and door; the town first after a label
        (
            "Ship to: Szeged, Kárász utca 9. II/4, 6720, Hungary",
            "Szeged, Kárász utca 9. II/4, 6720, Hungary",
        ),
        # Greek script in Latin text
        ("the keys are at Ερμού 25 (code 1)", "Ερμού 25"),
        # a unit word after the number names the street before it
        ('{"street":"Huérfanos 1120 dpto 4"}', "Huérfanos 1120 dpto 4"),
        # an Eircode or UK postcode is evidence
        (
            "new place: 14 Grafton Heights, Dublin 2, D02 XY45",
            "14 Grafton Heights, Dublin 2, D02 XY45",
        ),
        # units before: a residence name, a letter unit
        (
            "moving to Résidence Les Tilleuls, appt 12, 8 rue Victor Hugo, 69002 Lyon in May",
            "Résidence Les Tilleuls, appt 12, 8 rue Victor Hugo, 69002 Lyon",
        ),
        # typed in the case of its register: capitals on labels, lower case in chat
        (
            "SHIP TO:\nAUF DER HEIDE 9, 79098 FREIBURG\nTRACKING: 1Z9",
            "AUF DER HEIDE 9, 79098 FREIBURG",
        ),
        ("im at am lindenhof 7 rn", "am lindenhof 7"),
        (
            '{"address": "flat no. 12, lotus towers, 44 mg road"}',
            "flat no. 12, lotus towers, 44 mg road",
        ),
        (
            '{"address": "Győr, Baross Gábor út 14. 2. em. 3., 9021"}',
            "Győr, Baross Gábor út 14. 2. em. 3., 9021",
        ),
        ("Would buy again -- from calle mayor 17, 28013 madrid", "calle mayor 17, 28013 madrid"),
        # a lot number before a Malaysian street type; Czech adjective street names
        (
            "Address: No. 12, Jalan Ampang, 50450 Kuala Lumpur",
            "No. 12, Jalan Ampang, 50450 Kuala Lumpur",
        ),
        ("she is at Vinohradská 12/4, 120 00 Praha 2", "Vinohradská 12/4, 120 00 Praha 2"),
        ("Defensa 1005, piso 3, C1065 Buenos Aires", "Defensa 1005, piso 3, C1065 Buenos Aires"),
        # Korean building and flat, an Australian unit joined to the number, Czech "Na"
        (
            "Send to 101-dong 1203-ho, 77 Teheran-ro, Gangnam-gu, Seoul 06159",
            "101-dong 1203-ho, 77 Teheran-ro, Gangnam-gu, Seoul 06159",
        ),
        (
            "Best,\nAnna\nUnit 4/16 Smith Street, Fitzroy VIC 3065",
            "Unit 4/16 Smith Street, Fitzroy VIC 3065",
        ),
        ('{"address": "Na Příkopě 22, 110 00 Praha 1"}', "Na Příkopě 22, 110 00 Praha 1"),
        # the value of an address key: a street name and a number
        ('{"address1": "Masarykova 75", "city": "Brno"}', "Masarykova 75"),
        ('user=x street="Vasilissis Sofias 110" ok', "Vasilissis Sofias 110"),
        # the all-caps corner, and a double space after a street type
        (
            "Meet at THE CORNER OF MAIN ST AND 5TH AVE tomorrow at 5",
            "THE CORNER OF MAIN ST AND 5TH AVE",
        ),
        ("Via  Roma 10, 00184 Roma", "Via  Roma 10, 00184 Roma"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the address ends: search-query tails, buzzers, a label line, an English verb
        ("kauppakatu 12, 00100 helsinki floor plan", "kauppakatu 12, 00100 helsinki"),
        ("dinner at ours? 12 willow way, buzzer 4", "12 willow way"),
        ("Ship to:\n12 Elm Road\nLeeds LS1 4AB\nQty 1 x kettle", "12 Elm Road\nLeeds LS1 4AB"),
        (
            "I, residing at Storgata 5, 0155 Oslo, Norway, authorise Ana Ruiz to sign.",
            "Storgata 5, 0155 Oslo, Norway",
        ),
        (
            "the house at 44 Maple Street, Springfield, IL 62704, authorize payment",
            "44 Maple Street, Springfield, IL 62704",
        ),
        ("Parcel went to 12 W 4th Ave. Driver didn't ring.", "12 W 4th Ave"),
        (
            "ok ship to 10 Main Street, Dayton, OH 45402, U.S.A. right?",
            "10 Main Street, Dayton, OH 45402, U.S.A.",
        ),
        # a lower-case street line after a common first word is typed in lower case
        ("Got it. Pedro, 88 high street east, bath", "88 high street east, bath"),
        ("Got it, 120 avenue jean moulin", "120 avenue jean moulin"),
        ("Shipped in 6 weeks via DHL Express, 12 Elm Road", "12 Elm Road"),
        (
            "Send it to 12 High Street, first floor, Leeds LS1 4AB",
            "12 High Street, first floor, Leeds LS1 4AB",
        ),
        # a lower-case address keeps its lower-case country
        (
            "Bought it. Ana, 5 mill lane, bath ba1 1aa, united kingdom",
            "5 mill lane, bath ba1 1aa, united kingdom",
        ),
    ],
)
def test_boundaries(text: str, expected: str) -> None:
    assert _streets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Cooks 5 portions at 1288 W.",
        "replacement shipped via USPS 5688 3720 8212.",
        "Sign up to 1-2-3 Fitness today",
        "Version 2-1-3 Beta was released.",
        "The score was 3-2-1 Liverpool after extra time.",
        "Order no. 445 Main Road shipment",
        "Boarding gate 5 is closed",
        "Meet at Hauptbahnhof Platz 3 days later",
        "Windows 11, 2024 Edition",
        "Svetlana Ivanova 5 stars",
        "Jana Lidická 5",
        "i am steve 5 years older",
        "SEAT 12, ROW 4",
        '{"ip_address": "Server 12"}',
        '{"address": "Version 2"}',
        "Let's meet at Route 66 tomorrow.",
        "I went to Calle 13 yesterday.",
        "We drove to Interstate 95 yesterday.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert _streets(text) == []
