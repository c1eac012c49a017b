"""Street-address rules of stop 36 (street36_bounds.py): each layout found whole, and a
look-alike of it left alone.

The examples are written for these tests (invented streets, towns and numbers), not taken
from the corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect
from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.street36_bounds import street36_bounds
from processors.redaction.street36_formats import with_street36_spans


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese "aparece" and "é" around a lower-case address in chat
        (
            "oi ana! meu endereço novo é 17, jalan mawar/4, taman seri murni, 81200 johor bahru,"
            " johor, aparece amanhã",
            ["17, jalan mawar/4, taman seri murni, 81200 johor bahru, johor"],
        ),
        # Indonesian "dengan selamat" after the address
        (
            "Terima kasih Budi, barang sampai ke Block 45B Elmwood Crescent #03-12, Singapore"
            " 560045 dengan selamat. 4/5",
            ["Block 45B Elmwood Crescent #03-12, Singapore 560045"],
        ),
        # a name and "knows the way" after a comma
        (
            "ok so my aunt's flat is 12 willow st., brgy. san roque, pasig city 1600, maria"
            " knows the way",
            ["12 willow st., brgy. san roque, pasig city 1600"],
        ),
        # a Saudi postal code's extension
        (
            "ok so the flat is 4417 elm st, al wurud, riyadh 12252 - 7301, ali knows the way",
            ["4417 elm st, al wurud, riyadh 12252 - 7301"],
        ),
        # an Indian landmark inside the address
        (
            "Please courier it to Flat 12, Banyan Road, near post office, Adyar, Chennai,"
            " Tamil Nadu 600020. Thanks",
            ["Flat 12, Banyan Road, near post office, Adyar, Chennai, Tamil Nadu 600020"],
        ),
        # an Emirati building before the flat
        (
            "Parcel to Palm Crest Building, flat 702, Al Karama, Dubai please",
            ["Palm Crest Building, flat 702, Al Karama, Dubai"],
        ),
        # a British flat named before the number
        (
            "Label said\nGARDEN FLAT, 9 WILLOW STREET\nLEEDS\nLS2 7AB\nbut it never came",
            ["GARDEN FLAT, 9 WILLOW STREET\nLEEDS\nLS2 7AB"],
        ),
        # a Vietnamese alley
        (
            "Gửi tới Hẻm 12/7 Đường Lê Lợi, Phường 4, Quận 5, TP. Hồ Chí Minh. Cảm ơn",
            ["Hẻm 12/7 Đường Lê Lợi, Phường 4, Quận 5, TP. Hồ Chí Minh"],
        ),
        # a French lieu-dit line before the street
        (
            "Deliver to:\nlieu-dit La Garenne\n8 rue des Lilas\n37000 TOURS\nFrance\nContact us",
            ["lieu-dit La Garenne\n8 rue des Lilas\n37000 TOURS\nFrance"],
        ),
        # a Kenyan road before the house number
        (
            "Ship to Acacia Road, House No. 17, Westlands, Nairobi 00100 today",
            ["Acacia Road, House No. 17, Westlands, Nairobi 00100"],
        ),
        # an Argentine street name before its number and floor
        ("SHIP TO:\nJ. PEREZ\nALMAGRO 1234 PB DTO. 2\nC1414BCD BUENOS AIRES\nCABA\nTEL 5555", None),
        # a Spanish staircase and floor
        (
            "Entregar en Calle del Olmo, 14, esc. izda, 3ºA, 28013 Madrid (Madrid), España hoy",
            ["Calle del Olmo, 14, esc. izda, 3ºA, 28013 Madrid (Madrid), España"],
        ),
        # the street and colonia lines before a Mexican postal code line
        (
            "INVOICE 1\nBill to: A. Ruiz\nFresno 212-B\nCol. Centro\nC.P. 58000 Morelia, Mich.\n"
            "Paid by card",
            ["Fresno 212-B\nCol. Centro\nC.P. 58000 Morelia, Mich."],
        ),
    ],
)
def test_street36_layouts(text: str, expected: list[str] | None) -> None:
    found = _streets(text)
    if expected is None:
        assert any(span.startswith("ALMAGRO 1234 PB DTO. 2") for span in found), found
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"kyc": {"dob": "14 março 2023", "name": "ana"}}',
        "Promo sa tindahan ngayong 9 Ekim 2024.",
        "Way too expensive at KSh 4520. 2/5",
    ],
)
def test_street36_lookalikes_dropped(text: str) -> None:
    assert _streets(text) == []


def test_street36_clause_with_is_stays() -> None:
    # "is" after a comma is no name's clause: the address keeps its country
    text = "The flat at Rua das Flores, 12, Centro, Recife - PE, 50000-100, Brazil is lovely."
    assert _streets(text) == ["Rua das Flores, 12, Centro, Recife - PE, 50000-100, Brazil"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street line as an unquoted YAML value
        (
            "shipping:\n  recipient: A. Ruiz\n  line1: Fresnos 218-C\n  city: Puebla\n",
            ["Fresnos 218-C"],
        ),
        # an Argentine address around its CPA postal code, on lines and after commas
        (
            "Delivery note\nDeliver to: L. Diaz\nAlsina 912\nC1088AAB Buenos Aires\nCABA\n"
            "Contact: 555 0101",
            ["Alsina 912\nC1088AAB Buenos Aires\nCABA"],
        ),
        (
            "<td>L. Diaz</td><td>Alsina 4410, Palermo, C1425ABC Buenos Aires, CABA</td>",
            ["Alsina 4410, Palermo, C1425ABC Buenos Aires, CABA"],
        ),
        # a Greek street, number and cross street
        (
            'geo lookup "Lykavittou 12 & Skoufa, Kolonaki, 106 72 Athina" -> ok',
            ["Lykavittou 12 & Skoufa, Kolonaki, 106 72 Athina"],
        ),
        # a Saudi building number first, with the postal code's extension and the country
        (
            "Ship to Building 7721, Olaya Road, unit 8, Jeddah 23411 - 2219, Saudi Arabia today",
            ["Building 7721, Olaya Road, unit 8, Jeddah 23411 - 2219, Saudi Arabia"],
        ),
        # a Saudi number, street and district
        ("9123 omar ibn zaid, al rawdah dist. parking", ["9123 omar ibn zaid, al rawdah dist."]),
        # a Russian street with its type after the name
        (
            'geo lookup "Bolshaya Sadovaya ul., 14, str. 2, Moskva, 123001" -> ok',
            ["Bolshaya Sadovaya ul., 14, str. 2, Moskva, 123001"],
        ),
        # a Kenyan road and house, and a plot off a road
        (
            "<td>K. Otieno</td><td>Jacaranda Rd, Hse 12C, Lavington, Nairobi 00603</td>",
            ["Jacaranda Rd, Hse 12C, Lavington, Nairobi 00603"],
        ),
        (
            "Please deliver to Plot 55, off Acacia Road, Westlands, Nairobi 00800, Kenya today",
            ["Plot 55, off Acacia Road, Westlands, Nairobi 00800, Kenya"],
        ),
        # an Indonesian street with RT/RW, kelurahan and kecamatan
        (
            "Kirim ke Jl. Melati Putih No.12, RT 003/RW 004, Kel. Cempaka, Kec. Sawah, Bandung"
            " 40111, Indonesia ya",
            [
                "Jl. Melati Putih No.12, RT 003/RW 004, Kel. Cempaka, Kec. Sawah, Bandung 40111,"
                " Indonesia"
            ],
        ),
        # a Canadian rural lot and concession
        (
            "<td>R. Hill</td><td>Lot 7, Concession 2, Maple Ridge Sideroad, Huntsville, ON P1H 2J3,"
            " Canada</td>",
            ["Lot 7, Concession 2, Maple Ridge Sideroad, Huntsville, ON P1H 2J3, Canada"],
        ),
        # a Brazilian "r." street with its house
        ("r. jacarandá 812 - casa 2 parking", ["r. jacarandá 812 - casa 2"]),
    ],
)
def test_street36_formats(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a YAML key of another kind, a number and a word
        "config:\n  line1: true\n  retries: 3 times\n",
        # an ampersand between a word with a number and a name, no Greek postal code
        "Team 42 & Friends won the quiz night.",
        # a product code shaped like a CPA, no street before it
        "Order ref A1234BCD shipped today.",
        # "Building" with a number but no street nor postal code
        "Meet me at Building 4021, Level 3 lobby.",
    ],
)
def test_street36_format_lookalikes(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Tagalog "salamat" ends the walk (address_ends.py)
        (
            "kumusta ana? padala mo na lang sa flat 12, Al Wasl 3, Dubai, salamat po",
            ["flat 12, Al Wasl 3, Dubai"],
        ),
        # a Turkish neighbourhood and street in lower-case chat
        (
            "oi ana! meu endereço novo é caferağa mah., menekşe cd. 12/4, 34710 karaköy/istanbul,"
            " aparece amanhã",
            ["caferağa mah., menekşe cd. 12/4, 34710 karaköy/istanbul"],
        ),
        # a Kenyan road and house with the town on lines
        (
            "Delivery note\nDeliver to: Ana\nJacaranda Rd, Hse 12C\nLavington\nNairobi 00603\n"
            "Contact: 0712 345678",
            ["Jacaranda Rd, Hse 12C\nLavington\nNairobi 00603"],
        ),
        # a Malaysian jalan numbered with a slash, and a block-floor-unit before a jalan
        (
            "Terima kasih Ana, barang sampai ke 12, Jalan Mawar/4, Taman Seri, 81200 Johor Bahru,"
            " Johor dengan selamat. 5/5",
            ["12, Jalan Mawar/4, Taman Seri, 81200 Johor Bahru, Johor"],
        ),
        (
            "ok so ana's mum says the flat is b-3-7, jalan kenari 2, 47100 puchong, selangor,"
            " kemal knows the way",
            ["b-3-7, jalan kenari 2, 47100 puchong, selangor"],
        ),
        # a Greek floor the walk stops at, joined to the postal code and town after the district
        (
            "Müşteri Ana, adres değişikliği: Odos Skoufa 9, 2os orofos, Kolonaki, 106 73 Athina."
            " İletişim: +30 210 555 0101",
            ["Odos Skoufa 9, 2os orofos, Kolonaki, 106 73 Athina"],
        ),
        # a Singapore block in lower-case chat
        (
            "oi ana! meu endereço novo é blk 45 elmwood crescent #03-12, singapore 560045,"
            " aparece amanhã",
            ["blk 45 elmwood crescent #03-12, singapore 560045"],
        ),
        # a Ghanaian digital address in lower case
        (
            "ok so ana's mum says the flat is 12 acacia road, osu, tamale (nt-123-4567), ghana,"
            " kemal knows the way",
            ["12 acacia road, osu, tamale (nt-123-4567), ghana"],
        ),
        # a Russian street in lower case in a cased voicemail
        (
            "Voicemail from 555 0101:\n\"hi it's ana, um, call me back, I'm at bolshaya"
            ' sadovaya ul., 14, str. 2, moskva, 123001 till five"',
            ["bolshaya sadovaya ul., 14, str. 2, moskva, 123001"],
        ),
    ],
)
def test_street36_lower_case_and_line_forms(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "joined"),
    [
        (
            "Odos Elm 4, 3os orofos, Kolonaki, 103 05 Athina",
            ["Odos Elm 4, 3os orofos", "103 05 Athina"],
            True,
        ),
        # the second starts on a house number and a street: two addresses
        ("12 Elm Street, Leeds, 4 Oak Road", ["12 Elm Street", "4 Oak Road"], False),
    ],
)
def test_street36_spans_one_place_apart(text: str, pieces: list[str], joined: bool) -> None:
    spans = [PiiSpan(text.index(p), text.index(p) + len(p), STREET_ADDRESS) for p in pieces]
    fixed = street36_bounds(text, spans, [])
    assert (len(fixed) == 1) == joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street line over a postal-code line, a label line after them
        (
            "Delivery note\nDeliver to: Ana Ruiz\nVia dei Mille, 14/ter\n00185 ROMA RM\n"
            "Contact: (06) 5555-0101",
            ["Via dei Mille, 14/ter\n00185 ROMA RM"],
        ),
        (
            "Delivery note\nDeliver to: Ana Ruiz\nFresnos 77-C\nCol. Roma Norte\n"
            "C.P. 06700 Ciudad de México, CDMX\nContact: (55) 5555-0101",
            ["Fresnos 77-C\nCol. Roma Norte\nC.P. 06700 Ciudad de México, CDMX"],
        ),
        # an Indian landmark line, then a locality written with an initial
        (
            "INVOICE 7\nBill to: Ana Ruiz\nFlat 12, Banyan Main Road, near bus stand\nK. Puram\n"
            "Chennai - 600020\nTamil Nadu\nPaid by card",
            ["Flat 12, Banyan Main Road, near bus stand\nK. Puram\nChennai - 600020\nTamil Nadu"],
        ),
    ],
)
def test_street36_line_layouts(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


def test_street36_code_line_needs_a_street() -> None:
    # a line with a number over a five-digit code and a word: no street word, no "Col." line
    text = "Order summary\nBatch 3 of 4\n12345 Widgets left\nContact: support"
    assert with_street36_spans(text, text.lower(), [], []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Indian "Door No." and a street type's dot in an HTML cell
        (
            "<td>A. Rao</td><td>Door No. 4-1-9, Banyan Marg</td><td>x</td>",
            ["Door No. 4-1-9, Banyan Marg"],
        ),
        ("<td>A. Rao</td><td>212 Mango St.</td><td>x</td>", ["212 Mango St."]),
        # a Spanish staircase and floor at the end of a cell: nothing after it is walked
        (
            "<td>A. Rao</td><td>Calle del Olmo, 14, esc. izda, 3ºA</td><td>x</td>",
            ["Calle del Olmo, 14, esc. izda, 3ºA"],
        ),
        # an Emirati building after the flat, typed in lower case in a cased voicemail
        (
            "Voicemail from 555 0101:\n\"hi it's ana, um, call me back, I'm at flat 12, palm"
            ' crest building, oak street, dubai till five"',
            ["flat 12, palm crest building, oak street, dubai"],
        ),
        # a Saudi building number typed in lower case in a cased voicemail
        (
            "Voicemail from 555 0101:\n\"hi it's ana, um, call me back, I'm at building 7721,"
            ' olaya road, unit 8, jeddah 23411 - 2219 till five"',
            ["building 7721, olaya road, unit 8, jeddah 23411 - 2219"],
        ),
        # an Argentine address typed in lower case in a cased voicemail
        (
            "Voicemail from 555 0101:\n\"hi it's ana, um, call me back, I'm at alsina 4410,"
            ' palermo, c1425abc buenos aires, caba till five"',
            ["alsina 4410, palermo, c1425abc buenos aires, caba"],
        ),
    ],
)
def test_street36_cells_and_voicemail(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


def test_street36_sentence_dot_before_tag_stays_out() -> None:
    # a dot after a town, not a street type, ends the sentence
    text = "<p>Send it to 12 Elm Street, Leeds.</p>"
    assert _streets(text) == ["12 Elm Street, Leeds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Label said\nWILLOW COTTAGE, MILL STREET\nYORK\nYO1 7AB\nbut the driver left it.",
            ["WILLOW COTTAGE, MILL STREET\nYORK\nYO1 7AB"],
        ),
        (
            "ok so ana's mum says the flat is the old mill, elm row, hull hu2 8bb, kemal knows"
            " the way",
            ["the old mill, elm row, hull hu2 8bb"],
        ),
    ],
)
def test_street36_british_house_names(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


def test_street36_british_house_name_needs_a_field_start() -> None:
    # words of a sentence before the street, not a house name starting a field
    text = "we loved walking down the old elm lane near york yo1 7ab last week"
    assert with_street36_spans(text, text.lower(), [], []) == []
