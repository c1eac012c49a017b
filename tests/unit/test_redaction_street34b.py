"""Street-address rules of stop 34b (street34b_formats.py, street34b_tails.py and the words
added to address_ends.TERMINATORS and street_types_first): each format found whole, and a
look-alike of it left alone.

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
        # Turkish: neighbourhood, street, building number and door, postal code and district
        (
            "Müşteri: kargo Kavak Mah. Lale Sok. No:12 D:3, 34664 Üsküdar/İstanbul adresine gitti.",
            ["Kavak Mah. Lale Sok. No:12 D:3, 34664 Üsküdar/İstanbul"],
        ),
        (
            "Fatura: Yeşil Mahallesi, Gül Sokak, No. 8, Daire 2, 06420 Yenimahalle/Ankara tamam",
            ["Yeşil Mahallesi, Gül Sokak, No. 8, Daire 2, 06420 Yenimahalle/Ankara"],
        ),
        (
            "Ship to\nPapatya Cad. Deniz Apt. No:5 K:2 D:7\n35210 Konak / İZMİR\n\nThanks",
            ["Papatya Cad. Deniz Apt. No:5 K:2 D:7\n35210 Konak / İZMİR"],
        ),
        # Hungarian: street, type word, number with floor and door, postcode and town
        (
            "Please deliver to Rózsa u. 12/B, 1051 Budapest by Friday.",
            ["Rózsa u. 12/B, 1051 Budapest"],
        ),
        (
            "New address: Tulipán köz 3. fszt. 1., 7621 Pécs, thanks",
            ["Tulipán köz 3. fszt. 1., 7621 Pécs"],
        ),
        ("SEND TO\nAKÁC ÚT 9.\nGYŐR\n9021\nHUNGARY\nthanks", ["AKÁC ÚT 9.\nGYŐR\n9021\nHUNGARY"]),
        # Indian: a house number before numbered cross and main roads
        (
            "my new address is #12, 4th Cross, 2nd Main, Lakshmi Layout, Mysuru - 570011, "
            "please update it",
            ["#12, 4th Cross, 2nd Main, Lakshmi Layout, Mysuru - 570011"],
        ),
        (
            "Deliver to\nNo. 8/2, 5th Main Road, Jayanagar\nBengaluru - 560041\nKarnataka"
            "\n\nRegards",
            ["No. 8/2, 5th Main Road, Jayanagar\nBengaluru - 560041\nKarnataka"],
        ),
        # Russian and Greek, romanised
        (
            "dostavka: Lipovaya ulitsa, 12-34, Omsk, 644000 segodnya",
            ["Lipovaya ulitsa, 12-34, Omsk, 644000"],
        ),
        (
            "The parcel went to odos Ermou 15, 3os orofos, 105 63 Athina yesterday.",
            ["odos Ermou 15, 3os orofos, 105 63 Athina"],
        ),
        # Romanian: a lower-case street with its county after "jud."
        (
            "is it str. florilor, nr. 7, ap. 3, 400123 cluj, jud. cluj? thx",
            ["str. florilor, nr. 7, ap. 3, 400123 cluj, jud. cluj"],
        ),
        # Portuguese "Calçada"
        (
            "A encomenda foi para Calçada do Moinho, 40 r/c, 1100-200 Lisboa. Obrigado",
            ["Calçada do Moinho, 40 r/c, 1100-200 Lisboa"],
        ),
        # US rural grid number
        (
            "my new address is N4821 Maple Hollow Rd, Wausau, WI 54401, please update",
            ["N4821 Maple Hollow Rd, Wausau, WI 54401"],
        ),
        # Philippine lot and phase, Australian lot, Irish "No."
        (
            "Delivered to Lot 4 Phase 1, Narra Street, Brgy. Bagong Silang, Caloocan City 1428. ok",
            ["Lot 4 Phase 1, Narra Street, Brgy. Bagong Silang, Caloocan City 1428"],
        ),
        (
            "Bill to: Ana Ruiz\nLot 12 Banksia Cl\nDUBBO NSW 2830\nPay to IBAN: x",
            ["Lot 12 Banksia Cl\nDUBBO NSW 2830"],
        ),
        (
            "Sent to No. 14 Elm Park, Ennis, Co. Clare, V95 X2Y3. Phone later.",
            ["No. 14 Elm Park, Ennis, Co. Clare, V95 X2Y3"],
        ),
        # Indonesian housing estate
        (
            "Kirim ke\nPerum Griya Asri Blok A3 No. 7\nKel. Sukajadi, Kec. Sukasari\nBandung 40162"
            "\n\nOk",
            ["Perum Griya Asri Blok A3 No. 7\nKel. Sukajadi, Kec. Sukasari\nBandung 40162"],
        ),
        # Street-line labels: the whole value
        ("Name: A. Roy\nAddr line 1: Via Roma 5, int. 3\nCity: Pisa", ["Via Roma 5, int. 3"]),
        ("Name: A. Roy\nAddress: Ermou 15\nCity: Athina", ["Ermou 15"]),
        ("Name: A. Roy\nAdres: 41/7 Cay\nCity: Hanoi", ["41/7 Cay"]),
        ("The label said\nOWL BARN, 25 MILL LANE\nbut it came", ["OWL BARN, 25 MILL LANE"]),
        # Malaysian house number before "Jalan"; a Canadian unit written first
        (
            "Sent to 21, Jalan Mawar 3, Taman Sri Indah, 81200 Johor Bahru, Johor. Thanks",
            ["21, Jalan Mawar 3, Taman Sri Indah, 81200 Johor Bahru, Johor"],
        ),
        (
            "ship to apt 12 345 maple blvd, moncton, nb e1c 2b3 pls",
            ["apt 12 345 maple blvd, moncton, nb e1c 2b3"],
        ),
        # Words of other languages end the address
        (
            "Khách hàng báo tại 12 Elm Street, Springfield, IL 62704, sđt 0912 345 678.",
            ["12 Elm Street, Springfield, IL 62704"],
        ),
        (
            "happy bday jo!! cake at lot 28, jalan mawar, 80424 johor bahru, johor b4 lunch",
            ["lot 28, jalan mawar, 80424 johor bahru, johor"],
        ),
        (
            "is it str. florilor nr. 8, bl. b4, sc. 1, ap. 35? thx",
            ["str. florilor nr. 8, bl. b4, sc. 1, ap. 35"],
        ),
        (
            "pengiriman ke 44 Oak Avenue, Dayton, OH 45402 cepat. 4/5",
            ["44 Oak Avenue, Dayton, OH 45402"],
        ),
        # A Mexican postal code's town and state
        (
            "Send to\nCalle Pino No. 12 Depto. 2A\nCol. Centro\nC.P. 58000 Morelia, Mich.\n\nBye",
            ["Calle Pino No. 12 Depto. 2A\nCol. Centro\nC.P. 58000 Morelia, Mich."],
        ),
        # Second round: Mexican "#" numbers, Australian unit/house, Irish flat, house names,
        # a country after a comma, Brazilian CEP lines, lower-case Indian and Hungarian forms
        (
            "Mi pedido no llegó a Cerrada Olmo #45, Int. 3, Col. Centro, C.P. 83000, "
            "Hermosillo, Son.. Gracias",
            ["Cerrada Olmo #45, Int. 3, Col. Centro, C.P. 83000, Hermosillo, Son."],
        ),
        (
            "Ship to\nCALLE ROBLE #12, COL. CENTRO\nC.P. 68000\nOAXACA, OAX.\nTEL 555",
            ["CALLE ROBLE #12, COL. CENTRO\nC.P. 68000\nOAXACA, OAX."],
        ),
        (
            "Delivered to 8/19 Banksia Cl, Dubbo NSW 2830. Telefone: 22 333 44 55.",
            ["8/19 Banksia Cl, Dubbo NSW 2830"],
        ),
        (
            "cake at apt 5, elm hall, oak park, ennis, co. clare, v95 x2y3 tonite",
            ["apt 5, elm hall, oak park, ennis, co. clare, v95 x2y3"],
        ),
        (
            "Please send it to Owl Barn, 25 Mill Lane, Hexham NE46 1AB tomorrow.",
            ["Owl Barn, 25 Mill Lane, Hexham NE46 1AB"],
        ),
        (
            "Hi jo, is it no. 5, jalan mawar 2, taman sri indah, 47300 petaling jaya, "
            "selangor, malaysia? thx",
            ["no. 5, jalan mawar 2, taman sri indah, 47300 petaling jaya, selangor, malaysia"],
        ),
        (
            "RETURN TO\nRua das Flores, 28 - bloco B, ap. 12\nCentro\nRecife - PE\nCEP "
            "50000-100\n\nThanks",
            ["Rua das Flores, 28 - bloco B, ap. 12\nCentro\nRecife - PE\nCEP 50000-100"],
        ),
        (
            "Hi Ravi, can u check it at #7, 2nd cross, 4th main, lakshmi layout, mysuru - "
            "570011, karnataka? ta",
            ["#7, 2nd cross, 4th main, lakshmi layout, mysuru - 570011, karnataka"],
        ),
        (
            "Hi Ana, cake at rózsa köz 3. fszt. 1., 7621 pécs ltr",
            ["rózsa köz 3. fszt. 1., 7621 pécs"],
        ),
        # Third round: a country's line after the state, postal lines on their own line
        (
            "Ship to:\n#12, 4th Cross, 2nd Main, Lakshmi Layout\nMysuru - 570011\nKarnataka\n"
            "India\n\nThanks",
            ["#12, 4th Cross, 2nd Main, Lakshmi Layout\nMysuru - 570011\nKarnataka\nIndia"],
        ),
        (
            "Rózsa u. 12/B\n1051 Budapest\nHungary\n\nthanks",
            ["Rózsa u. 12/B\n1051 Budapest\nHungary"],
        ),
        (
            "odos Ermou 15, 3os orofos\n105 63 Athina\nGreece\n\nthx",
            ["odos Ermou 15, 3os orofos\n105 63 Athina\nGreece"],
        ),
    ],
)
def test_street34b_formats_are_found_whole(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "gọi em at 7 nhé",  # a Vietnamese particle after a time
        "Dear Sir, see Figure u. 12 for details",  # (not a capitalised street name)
        "Lot 12 sold for $400 at the auction on Friday",  # (an auction lot, no state/postcode)
        "Error E1886 occurred in module 7 during startup",  # (no street word nor ZIP)
        "Ticket No. 14 Blue Team won the cup in 2024",  # (no Eircode)
        "We met at the 3rd Cross Fit class in 2023",  # (no house number before it)
        "Line 1: 42 errors and 3 warnings",  # (not a street label)
        "Pick up 4/12 tickets at Gate B, Sydney",  # (no state and postcode)
        "Figure u. 12\n2024 Report",  # (a bare number before a year's line)
        "Crash report\nAddress: 0x7ffe1234 (heap)\nThread: 3",  # (a memory address)
        "Crash report\nAddress: Room 12\nThread: 3",  # (common English words only)
        "Notes\nAddress: see attached 2 files\nThanks",  # (no street line's shape)
        "We met at the old barn, 25 people came",  # (no address after the house name)
        "Order #45, Int. 3 of the series",  # (no street type before the "#")
    ],
)
def test_street34b_look_alikes_are_left_alone(text: str) -> None:
    assert _streets(text) == []


def test_a_closing_word_after_an_indian_postcode_line_is_no_state() -> None:
    text = "Ship to:\n#12, 4th Cross, 2nd Main, Lakshmi Layout\nMysuru - 570011\nThanks\n\nRavi"
    assert _streets(text) == ["#12, 4th Cross, 2nd Main, Lakshmi Layout\nMysuru - 570011"]


def test_a_word_after_a_german_postcode_line_is_no_state() -> None:
    text = "ATTN: ANNA KOCH\nBirkenweg 4\n02826 Görlitz\nFRAGILE"
    assert _streets(text) == ["Birkenweg 4\n02826 Görlitz"]
