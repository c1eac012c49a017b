"""Stop-34 street-address rules (set 30's formats and layouts): a catch and a look-alike for
each.

The examples are written for these tests (invented streets and towns), not taken from the
corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A search query's tail is no part of the address (address_bounds.py)
        (
            "14 quenda close, mandurah wa 6210 house price history",
            "14 quenda close, mandurah wa 6210",
        ),
        (
            "plot 17, baobab crescent, kano 700221, kano state flood zone",
            "plot 17, baobab crescent, kano 700221, kano state",
        ),
        # "dto." abbreviates an Argentine flat ("departamento"): its dot ends no sentence
        (
            "Mudanza: Av. Los Tilos 812, Piso 3 Dto. B, M5501 Godoy Cruz, Mendoza.",
            "Av. Los Tilos 812, Piso 3 Dto. B, M5501 Godoy Cruz, Mendoza",
        ),
        # Colombian: "Bis" joined to the street's number (address_formats.py)
        (
            "Envíelo a Carrera 12Bis # 40-18, Torre 2 Apto 503, Chicó, Bogotá, D.C.",
            "Carrera 12Bis # 40-18, Torre 2 Apto 503, Chicó, Bogotá, D.C.",
        ),
        # Dutch "-huis" and a letter apart; a Danish floor and side (postcodes.py)
        (
            "Office: Berkenpad 17-huis, 9712 HK Groningen, tel. 050 123 4567",
            "Berkenpad 17-huis, 9712 HK Groningen",
        ),
        (
            "Ship to:\nAnna Kok\nBerkenpad 8 C\n9712 HK  GRONINGEN",
            "Berkenpad 8 C\n9712 HK  GRONINGEN",
        ),
        ("Adresse: Birkealle 14, 3. th., 8000 Aarhus C.", "Birkealle 14, 3. th., 8000 Aarhus C"),
        # Ends (street34_bounds.py): a Japanese postal mark and the country after it
        (
            "Moved to 2-chōme 4-1 Kita, Chūō-ku, Sapporo-shi, Hokkaido 〒060-0042, Japan last week",
            "2-chōme 4-1 Kita, Chūō-ku, Sapporo-shi, Hokkaido 〒060-0042, Japan",
        ),
        # ... a Spanish province written out in brackets
        (
            "the parcel went to c/ del olmo, 12, 3º izda., 28901 getafe (toledo) or not?",
            "c/ del olmo, 12, 3º izda., 28901 getafe (toledo)",
        ),
        # ... a region line and a country line after the postal code
        (
            "DELIVER TO\nA B\nH.NO. 3-1-12, MG ROAD\nSHIVAJI NAGAR\n"
            "PUNE - 411005\nMAHARASHTRA\nINDIA",
            "H.NO. 3-1-12, MG ROAD\nSHIVAJI NAGAR\nPUNE - 411005\nMAHARASHTRA\nINDIA",
        ),
        # Starts (street34_bounds.py): an East African street named before its plot
        (
            "Send it to Jacaranda Road, Plot 12, Kilimani, Nairobi 00100.",
            "Jacaranda Road, Plot 12, Kilimani, Nairobi 00100",
        ),
        (
            "Ship to:\nMr X\nJacaranda Road, Plot 12\nKilimani\nMombasa 80100\nKenya",
            "Jacaranda Road, Plot 12\nKilimani\nMombasa 80100\nKenya",
        ),
        (
            "Delivered to Apt B4, Jacaranda Avenue, Kilimani, Nairobi 00100.",
            "Apt B4, Jacaranda Avenue, Kilimani, Nairobi 00100",
        ),
        # ... a Korean apartment complex before its dong and ho
        (
            "Office: Sunrise Apt 101-dong 902-ho, 77 Hangang-ro, Yongsan-gu, Seoul 04321.",
            "Sunrise Apt 101-dong 902-ho, 77 Hangang-ro, Yongsan-gu, Seoul 04321",
        ),
        # ... a street type before the name
        (
            "Address confirmed as Pje. Las Acacias 450, 5501 Godoy Cruz, Mendoza.",
            "Pje. Las Acacias 450, 5501 Godoy Cruz, Mendoza",
        ),
        (
            "Ship to:\nJan K\nos. Słoneczne 12 m. 3\n31-222 Kraków\nPOLSKA",
            "os. Słoneczne 12 m. 3\n31-222 Kraków\nPOLSKA",
        ),
        ("address: Via Borgo Nuovo, 5, 20121 Milano (MI)", "Via Borgo Nuovo, 5, 20121 Milano (MI)"),
        # Anchors (street34_anchors.py): a Mexican street with "#", its colonia and C.P.
        (
            "Envíalo a Calle Los Pinos #48 Int. 3, Col. Centro, C.P. 58000, Morelia, Mich.. "
            "Gracias",
            "Calle Los Pinos #48 Int. 3, Col. Centro, C.P. 58000, Morelia, Mich.",
        ),
        (
            "DELIVER TO\nA B\nAVENIDA LOS ROBLES #15, COL. CENTRO\nC.P. 58000\nMORELIA, MICH."
            "\nTEL 1",
            "AVENIDA LOS ROBLES #15, COL. CENTRO\nC.P. 58000\nMORELIA, MICH.",
        ),
        # ... a unit, a building and a street, no house number (Gulf states)
        (
            "Please send it to Office 310, Palm Court Tower, Al Nakheel Road, Doha from now on.",
            "Office 310, Palm Court Tower, Al Nakheel Road, Doha",
        ),
        # ... an Argentine label: the postal code in brackets, the province's line
        (
            "DELIVER TO\nA B\nAV. SAN MARTÍN 1200 3º B\n(5501) VILLA NUEVA\nMENDOZA\nTEL 1",
            "AV. SAN MARTÍN 1200 3º B\n(5501) VILLA NUEVA\nMENDOZA",
        ),
        # A Brazilian label: a unit after the dash, the bairro's line, "City/UF", "CEP ..."
        (
            "Ship to:\nA B\nRua das Palmeiras, 12 - apto 4\nJardim Sul\nSorocaba/SP\nCEP 18050-120",
            "Rua das Palmeiras, 12 - apto 4\nJardim Sul\nSorocaba/SP\nCEP 18050-120",
        ),
        # The same formats in other cases and layouts
        (
            "hi, did it go to jacaranda road, plot 12, kilimani, nairobi 00100 or the old flat?",
            "jacaranda road, plot 12, kilimani, nairobi 00100",
        ),
        (
            "did it go to sunrise apt 101-dong 902-ho, 77 hangang-ro, yongsan-gu, seoul 04321 ?",
            "sunrise apt 101-dong 902-ho, 77 hangang-ro, yongsan-gu, seoul 04321",
        ),
        (
            "office 12, marina heights, jumeirah street, dubai house price history",
            "office 12, marina heights, jumeirah street, dubai",
        ),
        (
            "Ship to:\nA B\n2-chōme 4-1 Kita, Chūō-ku\nSapporo-shi, Hokkaido 〒060-0042\nJapan",
            "2-chōme 4-1 Kita, Chūō-ku\nSapporo-shi, Hokkaido 〒060-0042\nJapan",
        ),
        (
            "DELIVER TO\nA B\nH.NO. 3-1-12, MG ROAD\nPUNE - 411005\nMAHARASHTRA, INDIA\nTEL 1",
            "H.NO. 3-1-12, MG ROAD\nPUNE - 411005\nMAHARASHTRA, INDIA",
        ),
        (
            "went to c/ mayor, 12, 1º izda., 28013 madrid (madrid) ok?",
            "c/ mayor, 12, 1º izda., 28013 madrid (madrid)",
        ),
        (
            "Address confirmed as Birkealle 14, st. tv., 8000 Aarhus C.",
            "Birkealle 14, st. tv., 8000 Aarhus C",
        ),
        (
            "Address confirmed as Birkealle 14, 1. sal, 8000 Aarhus C.",
            "Birkealle 14, 1. sal, 8000 Aarhus C",
        ),
        (
            "Address confirmed as os. Słoneczne 12 m. 3, 31-222 Kraków.",
            "os. Słoneczne 12 m. 3, 31-222 Kraków",
        ),
        (
            "pje. las acacias 450, 5501 godoy cruz, mendoza house price history",
            "pje. las acacias 450, 5501 godoy cruz, mendoza",
        ),
        (
            "Nya adressen är Suite 8, Marina Gate, Al Sufouh Road, Dubai. Ring mig.",
            "Suite 8, Marina Gate, Al Sufouh Road, Dubai",
        ),
        (
            "Mi pedido no llegó a Cerrada Las Flores #12, Fracc. Jardines, CP 83000, Hermosillo, "
            "Son.. Gracias",
            "Cerrada Las Flores #12, Fracc. Jardines, CP 83000, Hermosillo, Son.",
        ),
        (
            "DELIVER TO\nA B\nAV. LOS ÁLAMOS 812 PISO 3 DTO B\n(5501) GODOY CRUZ\nMENDOZA\nTEL 1",
            "AV. LOS ÁLAMOS 812 PISO 3 DTO B\n(5501) GODOY CRUZ\nMENDOZA",
        ),
        (
            "Address confirmed as ul. Wiśniowa 12 lok. 5, 02-520 Warszawa.",
            "ul. Wiśniowa 12 lok. 5, 02-520 Warszawa",
        ),
        (
            "His office: Berkenpad 17-hs, 9712 HK Groningen, tel. 050 123",
            "Berkenpad 17-hs, 9712 HK Groningen",
        ),
        # ... and in an upper-case label
        (
            "DELIVER TO\nA B\nOFFICE 12, MARINA HEIGHTS, JUMEIRAH STREET, DUBAI\nTEL 1",
            "OFFICE 12, MARINA HEIGHTS, JUMEIRAH STREET, DUBAI",
        ),
        (
            "DELIVER TO\nA B\nJACARANDA ROAD, PLOT 12, KILIMANI, NAIROBI 00100\nTEL 1",
            "JACARANDA ROAD, PLOT 12, KILIMANI, NAIROBI 00100",
        ),
        (
            "DELIVER TO\nA B\nBIRKEALLE 14, 3. TH.\n8000 AARHUS C\nDANMARK\nTEL 1",
            "BIRKEALLE 14, 3. TH.\n8000 AARHUS C\nDANMARK",
        ),
        (
            "DELIVER TO\nA B\nOS. SŁONECZNE 12 M. 3\n31-222 KRAKÓW\nPOLSKA\nTEL 1",
            "OS. SŁONECZNE 12 M. 3\n31-222 KRAKÓW\nPOLSKA",
        ),
        # ... and on lines of their own, with or without a building
        (
            "Ship to:\nA B\nOffice 12\nMarina Heights\nJumeirah Street\nDubai",
            "Office 12\nMarina Heights\nJumeirah Street\nDubai",
        ),
        (
            "Ship to:\nA B\nApt C7\nJacaranda Avenue\nKilimani\nNairobi 00100",
            "Apt C7\nJacaranda Avenue\nKilimani\nNairobi 00100",
        ),
        # A Danish ground floor ("st."), a US unit after "# " (address_walk.py)
        (
            "Landlord's office: Birkealle 18, st., 8000 Aarhus C, tel. 1",
            "Birkealle 18, st., 8000 Aarhus C",
        ),
        (
            "Ship to:\nA B\n88 Lantern Road # 12, Macon, GA 31201-4410",
            "88 Lantern Road # 12, Macon, GA 31201-4410",
        ),
    ],
)
def test_stop34_catches(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "shampoo is 20% off at 9 fyi",  # "fyi" ends the walk: "9" alone is no address
        "the flood zone map for 2024 is out",
        "Windows 11 B, 2024 Edition",  # a letter after a number, then a year: no Dutch address
        "Chapter 4, 3. th., 2019 Press",
        "Download it on the iPad 10, 2024 Edition",
        "Ticket #48, Col. 3 of the sheet",  # "#" and "Col." without a street type
        "Room 12, Trade Centre Tower, floor plan attached",  # no street after the building
        "Chapter 12 m. 3, 2024 Press",  # "m. 3" after a number, then a year: no Polish flat
        "we went to the old road, then the new one at 5",
        "see Unit 4, Lesson 2, Practice Test",  # a unit and a name, but no street part
        "SEE UNIT 4, LESSON 2, PRACTICE TEST",
        "Calle abierta hoy\n(2024) nada",  # no house number before the bracketed year
        "Rua das Palmeiras - see the map\nMeeting at 10 - ok\nSorocaba/SP",  # no number, no CEP
    ],
)
def test_stop34_lookalikes(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside in brackets is no province
        ("went to c/ del olmo, 12, 28901 getafe (see below) ok", "c/ del olmo, 12, 28901 getafe"),
        # a sentence word before the street's name stays out
        (
            "Confirmed Jacaranda Road, Plot 12, Kilimani, Nairobi 00100.",
            "Jacaranda Road, Plot 12, Kilimani, Nairobi 00100",
        ),
        # a common word inside the name is the name's; a function word before it is not
        (
            "Mi pedido no llegó a Mama Ngozi Avenue, Plot 16, Kilimani, Nairobi 00100.",
            "Mama Ngozi Avenue, Plot 16, Kilimani, Nairobi 00100",
        ),
        (
            "Sent to Our Mama Ngozi Road, Plot 5, Kilimani, Nairobi.",
            "Mama Ngozi Road, Plot 5, Kilimani, Nairobi",
        ),
        # a one-letter preposition before a street name is the sentence's
        (
            "Mi pedido no llegó a Pasaje Los Aromos 71, depto. 5, Viña del Mar, 2520000, Chile.",
            "Pasaje Los Aromos 71, depto. 5, Viña del Mar, 2520000, Chile",
        ),
        (
            "Hola, mi pedido no llegó a hruškova 1178/28, 301 02 plzeň. Gracias.",
            "hruškova 1178/28, 301 02 plzeň",
        ),
        # a Danish district letter's dot before the next sentence
        (
            "Mi pedido no llegó a Birkealle 14, 8000 Aarhus C. Mi teléfono: 1",
            "Birkealle 14, 8000 Aarhus C",
        ),
        ("Send to Birkealle 14, 8000 Aarhus C. Denmark", "Birkealle 14, 8000 Aarhus C. Denmark"),
        # a Japanese mark before the next sentence's word: only a country is taken
        (
            "2-chōme 4-1 Kita, Sapporo-shi, Hokkaido 〒060-0042, thanks",
            "2-chōme 4-1 Kita, Sapporo-shi, Hokkaido 〒060-0042",
        ),
    ],
)
def test_stop34_bounds_stay(text: str, expected: str) -> None:
    assert _streets(text) == [expected]
