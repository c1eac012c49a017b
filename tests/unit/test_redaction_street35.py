"""Street-address rules of stop 35 (street35_bounds.py, street35_formats.py): each layout
found whole, and a look-alike of it left alone.

The examples are written for these tests (invented streets, towns and numbers), not taken
from the corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted YAML value: the quotes stay out
        (
            'customer:\n  address: "Elm St 12/3, Ashdod 7712345, Israel"\n  note: ok',
            ["Elm St 12/3, Ashdod 7712345, Israel"],
        ),
        # words of another language or of chat after the address
        (
            "Mzigo ulifika 12 Willow Street, Rondebosch, Cape Town, 7700 haraka. 4/5",
            ["12 Willow Street, Rondebosch, Cape Town, 7700"],
        ),
        (
            "mój nowy adres to 7 birch street, nelson 7010, wpadnij jutro",
            ["7 birch street, nelson 7010"],
        ),
        (
            "I'm at House 4, Street 9, Sector G-6/2, Karachi 75500, Sindh nxt week",
            ["House 4, Street 9, Sector G-6/2, Karachi 75500, Sindh"],
        ),
        # a last line of one English word that starts the next sentence
        (
            "Customer: A. Vale\nBldg 9, Nile Street, flat 3\nZamalek\nCairo 11211\nPayment to IBAN",
            ["Bldg 9, Nile Street, flat 3\nZamalek\nCairo 11211"],
        ),
        # a Swiss canton code after the town
        (
            "mój nowy adres to lindenstrasse 12, 3011 bern be, wpadnij jutro",
            ["lindenstrasse 12, 3011 bern be"],
        ),
        # a Peruvian urbanisation after the house number
        (
            "re: deposit for Jr. Tacna 45, Urb. Los Olivos, Arequipa 04001",
            ["Jr. Tacna 45, Urb. Los Olivos, Arequipa 04001"],
        ),
        # a German floor before the postal line
        (
            "TO\nA. MEIER\nBIRKENSTRASSE 7, 3. OG\nCH-8000 ZÜRICH",
            ["BIRKENSTRASSE 7, 3. OG\nCH-8000 ZÜRICH"],
        ),
        # starts: an erf, a Taiwanese floor, a Korean complex, a Moroccan residence, a half
        (
            "delivered to Erf 512, 14 Protea Street, Hatfield, Pretoria, 0083 today",
            ["Erf 512, 14 Protea Street, Hatfield, Pretoria, 0083"],
        ),
        (
            "I'm at 5F.-2, No. 9, Alley 7, Heping E. Rd., Xinyi Dist., Taipei City 110 tonight",
            ["5F.-2, No. 9, Alley 7, Heping E. Rd., Xinyi Dist., Taipei City 110"],
        ),
        (
            "parcel goes to Haneul Village 103dong 704ho, Sinchon-ro 15, Seoul 04100, KOREA",
            ["Haneul Village 103dong 704ho, Sinchon-ro 15, Seoul 04100, KOREA"],
        ),
        (
            "at Résidence Les Oliviers, Imm. 3, Appt 9, Quartier Agdal, 10090 Rabat, Morocco",
            ["Résidence Les Oliviers, Imm. 3, Appt 9, Quartier Agdal, 10090 Rabat, Morocco"],
        ),
        (
            "I'm at 27 1/2 Mill Creek Rd, Hazard, KY 41701 at noon",
            ["27 1/2 Mill Creek Rd, Hazard, KY 41701"],
        ),
        (
            "re: deposit for Björkvägen 8, lgh 1203, 752 31 Uppsala",
            ["Björkvägen 8, lgh 1203, 752 31 Uppsala"],
        ),
        (
            "re: deposit for Lipová č.p. 812, č.o. 6, 120 00 Praha 2",
            ["Lipová č.p. 812, č.o. 6, 120 00 Praha 2"],
        ),
        (
            "TO\nJ. PEETERS\nLINDEPAD 12 BUS 4\n2000  ANTWERPEN\nBELGIUM",
            ["LINDEPAD 12 BUS 4\n2000  ANTWERPEN\nBELGIUM"],
        ),
    ],
)
def test_street35_layouts_found_whole(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean lot address, in any case
        (
            "re: deposit for Bongcheon-dong 123-45, Seoul 08700",
            ["Bongcheon-dong 123-45, Seoul 08700"],
        ),
        ("EMPLOYEE: KIM, MINA\nADDR: YEOKSAM-DONG 77-3", ["YEOKSAM-DONG 77-3"]),
        # a Japanese block address written out, and its postal mark on the next line
        (
            "see you at Ichigaya 2-chōme 4-ban 7-gō, Shinjuku-ku, Tokyo 162-0843 ok",
            ["Ichigaya 2-chōme 4-ban 7-gō, Shinjuku-ku, Tokyo 162-0843"],
        ),
        (
            "FROM\nA. Sato\nKitazawa 3-chōme 1-ban 9-gō\nSetagaya-ku, Tokyo\n〒155-0031\n\nTO\nB",
            ["Kitazawa 3-chōme 1-ban 9-gō\nSetagaya-ku, Tokyo\n〒155-0031"],
        ),
        (
            "The label\nMIDORI HEIGHTS 302\n2-4-6 KITAZAWA\nSETAGAYA-KU, TOKYO\n〒155-0031\nbut",
            ["MIDORI HEIGHTS 302\n2-4-6 KITAZAWA\nSETAGAYA-KU, TOKYO\n〒155-0031"],
        ),
        # a Colombian plate with a spaced "#"
        (
            "przesyłka na adres Avenida Roble # 12-34, Torre 2, Barrio Centro, Medellín wróciła.",
            ["Avenida Roble # 12-34, Torre 2, Barrio Centro, Medellín"],
        ),
        # Moroccan "n°" and a residence in capitals
        (
            "see you at Rue Al Amal, n° 12, appt 3, Quartier Agdal, 10090 Rabat",
            ["Rue Al Amal, n° 12, appt 3, Quartier Agdal, 10090 Rabat"],
        ),
        (
            "TO:\nA. BENNANI\nRÉSIDENCE LES PINS, IMM. 4, APPT 2\nQUARTIER AGDAL\n10090 RABAT\nTEL",
            ["RÉSIDENCE LES PINS, IMM. 4, APPT 2\nQUARTIER AGDAL\n10090 RABAT"],
        ),
        # Israeli: a flat after a slash with a seven-digit postal code, and "dira"
        (
            "Customer: A. Levi\nHaShaked St 4/12\nHaifa, 3303123\nPayment to IBAN",
            ["HaShaked St 4/12\nHaifa, 3303123"],
        ),
        (
            "mzigo ulifika HaShaked 4, dira 12, Haifa 3303123 haraka.",
            ["HaShaked 4, dira 12, Haifa 3303123"],
        ),
        # Bangladeshi holding, Pakistani house number with its province line
        (
            "Customer: R. Khan\nHolding 12, Lake Road\nDhaka-1205\nPayment to IBAN",
            ["Holding 12, Lake Road\nDhaka-1205"],
        ),
        (
            "please send post to\nH. No. 12, Mohalla Noor\nMultan-60000\nPunjab\n\nThanks",
            ["H. No. 12, Mohalla Noor\nMultan-60000\nPunjab"],
        ),
        # a Pakistani plot on a Khayaban
        (
            "parcel goes to Plot 12-B, Khayaban-e-Noor, Phase 5, DHA, Karachi 75500 na krub",
            ["Plot 12-B, Khayaban-e-Noor, Phase 5, DHA, Karachi 75500"],
        ),
        # a Nigerian label
        (
            "The label said\n12, ADEOLA CLOSE\nIKEJA LGA\nLAGOS, LAGOS STATE\nbut no",
            ["12, ADEOLA CLOSE\nIKEJA LGA\nLAGOS, LAGOS STATE"],
        ),
        (
            "parcel goes to 12, Adeola Close, Ikeja LGA, Lagos, Lagos State na krub",
            ["12, Adeola Close, Ikeja LGA, Lagos, Lagos State"],
        ),
        (
            "Customer: A. Vale\nHolding 12\nLake Road\nDhaka-1205\nPayment to IBAN",
            ["Holding 12\nLake Road\nDhaka-1205"],
        ),
        (
            "Customer: A. Vale\nErf 512\n14 Protea Street\nHatfield, Pretoria, 0083\nPayment to",
            ["Erf 512\n14 Protea Street\nHatfield, Pretoria, 0083"],
        ),
        (
            "mój nowy adres to bldg 9, nile street, flat 3, zamalek, cairo 11211, wpadnij",
            ["bldg 9, nile street, flat 3, zamalek, cairo 11211"],
        ),
        (
            "mój nowy adres to eikenpad 7 bus 2, 9000 gent, wpadnij jutro",
            ["eikenpad 7 bus 2, 9000 gent"],
        ),
        (
            "Habari ana! nimehamia 7 Baobab Crescent, off Palm Road, Ikeja LGA, Lagos, karibu",
            ["7 Baobab Crescent, off Palm Road, Ikeja LGA, Lagos"],
        ),
        (
            "Hoi ana, kun je de huur naar Eikenstraat 12 bis, 9000 Gent overmaken?",
            ["Eikenstraat 12 bis, 9000 Gent"],
        ),
        (
            "re: deposit for 7 Bd Anfa, 2ème étage, Quartier Racine, 20000 Casablanca",
            ["7 Bd Anfa, 2ème étage, Quartier Racine, 20000 Casablanca"],
        ),
        (
            "re: deposit for Pasaje Los Robles 1234, Ñuñoa, Santiago",
            ["Pasaje Los Robles 1234, Ñuñoa, Santiago"],
        ),
        (
            "SHIP TO:\nA. VALE\nAV. LAS ACACIAS 0345, DEPTO 1203\nÑUÑOA, SANTIAGO\nCHILE\nTEL 1",
            ["AV. LAS ACACIAS 0345, DEPTO 1203\nÑUÑOA, SANTIAGO\nCHILE"],
        ),
        (
            "Tenant: A. Vale\nErf 77, 9 Protea Street\nHatfield\nPretoria\n0083\nLease starts now",
            ["Erf 77, 9 Protea Street\nHatfield\nPretoria\n0083"],
        ),
        (
            "<contact><name>A. Vale</name><street>Elmstraat 12hs</street><city>X</city></contact>",
            ["Elmstraat 12hs"],
        ),
        (
            "Invoice\nCustomer: A. Vale\n9 Baobab Close, Ikeja LGA\nLagos\nLagos State\nPayment to",
            ["9 Baobab Close, Ikeja LGA\nLagos\nLagos State"],
        ),
        # a lower-case tail after a capitalised address
        (
            "Habari ana! nimehamia 9 Kiaatstraat, Hatfield, Pretoria, 0083 wiki iliyopita",
            ["9 Kiaatstraat, Hatfield, Pretoria, 0083"],
        ),
        (
            "Hoi ana, mijn nieuwe adres is Birkevej 4, 2. tv., 2100 København Ø vanaf maandag",
            ["Birkevej 4, 2. tv., 2100 København Ø"],
        ),
        ("who lives at 12 willow terrace", ["12 willow terrace"]),
        ("Annyeong ana! new place: Eikenstraat 7 bis", ["Eikenstraat 7 bis"]),
        (
            "Cześć ana, mój nowy adres to 77 old quarry pike, hazard, ky 41701, wpadnij jutro",
            ["77 old quarry pike, hazard, ky 41701"],
        ),
        (
            "I'm at 12 Elm Crescent, Ikeja LGA, Lagos, Lagos State 2day",
            ["12 Elm Crescent, Ikeja LGA, Lagos, Lagos State"],
        ),
        # a Czech land-registry number in capitals
        (
            "SHIP TO:\nP. NOVAK\nLIPOVÁ Č.P. 812, Č.O. 6\n120 00 PRAHA 2\nTEL 1",
            ["LIPOVÁ Č.P. 812, Č.O. 6\n120 00 PRAHA 2"],
        ),
    ],
)
def test_street35_formats_found_whole(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tips how to spot fake 2024",
        "numer do biura: 2231 8890 ext. 41",
        "the 1/2 price sale ends at 5",
        "Revenue grew 12 percent\nPayment terms apply",
        "the Gangnam-dong 2-1 score surprised everyone",
        "Holding 12, we waited for the next call",
        "see chart 3-4, calle # 5-6 in the appendix",
        "Figure 2, 12, State of the art\nresults",
        "score 12/14 on street 5/6 of the game",
        "Results: 12, Lagos Close game\nthe State won",
        "He scored 12, Oak Close friends came, State fans cheered",
        ">>> s.str.isnumeric() 0 False 1 True 2 False dtype: bool",
        ">>> s.rolling(3).min() 0 NaN 1 NaN 2 3.0",
        "<ip_address>10 . 0 . 0 . 1 gateway</ip_address>",
        "<line1>Order 12 shipped today</line1>",
        "El pasaje cuesta 1234, dijo el chofer",
        "Oak Close 12, off topic: the State",
    ],
)
def test_street35_lookalikes_left_alone(text: str) -> None:
    assert _streets(text) == []
