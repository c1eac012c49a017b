"""Street-address rules of stop 37 (street37_bounds.py, street37_formats.py): each layout
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
        # a form's next label line ("City, ZIP:") is no part of the address
        (
            "FORM (extracted)\nName: ANNA BERG\nAddress: KOPPARGATAN 12\nCity, ZIP: Lund 222 20",
            ["KOPPARGATAN 12"],
        ),
        # an "e-mail" line after the address
        (
            "New tenant Ola Berg\nLindevej 41B\nDK-5210 Odense\ne-mail ola.berg@example.dk",
            ["Lindevej 41B\nDK-5210 Odense"],
        ),
        # a search query's "landlord reviews"
        (
            "ul. lipowa 18 lok. 2, 30-001 kraków landlord reviews",
            ["ul. lipowa 18 lok. 2, 30-001 kraków"],
        ),
        # Taiwan (R.O.C.) after the country
        (
            "Ship to No. 18, Sec. 2, Heping E. Rd., Xinyi Dist., Taichung City 403, Taiwan"
            " (R.O.C.), thanks",
            ["No. 18, Sec. 2, Heping E. Rd., Xinyi Dist., Taichung City 403, Taiwan (R.O.C.)"],
        ),
        # a Korean dong in brackets, then the district and city
        (
            "the courier left it at sinchon-ro 41 (changcheon-dong), seodaemun-gu, seoul"
            " 03790, weird",
            ["sinchon-ro 41 (changcheon-dong), seodaemun-gu, seoul 03790"],
        ),
        # a Nigerian landmark and the places after it
        (
            "Please deliver to 14C Adeola Hopewell Close, Opposite the market, Ikeja, Lagos,"
            " Lagos State; thanks.",
            ["14C Adeola Hopewell Close, Opposite the market, Ikeja, Lagos, Lagos State"],
        ),
        # a Finnish flat (as = asunto)
        (
            '{"street":{"string":"Koivukatu 9 as 4"},"zip":"33100"}',
            ["Koivukatu 9 as 4"],
        ),
        # a Thai house number before Soi
        (
            "pickup at 55/12 Soi Ekkamai 6, Khet Watthana, Bangkok 10110, Thailand.",
            ["55/12 Soi Ekkamai 6, Khet Watthana, Bangkok 10110, Thailand"],
        ),
        # a US rural route
        (
            '{"pickup":"RR 3 Box 41, Elmira, NY 14901","note":"ok"}',
            ["RR 3 Box 41, Elmira, NY 14901"],
        ),
        # a Czech square abbreviated before the street
        (
            "Claim address nám. Míru 12, 602 00 Brno; adjuster on site.",
            ["nám. Míru 12, 602 00 Brno"],
        ),
        # Chinese pinyin words before "<number> Hao"
        (
            "Sender: Li Wei\nHeping Xi Lu 88 Hao, Unit 2\nHedong District\nTianjin 300170",
            ["Heping Xi Lu 88 Hao, Unit 2\nHedong District\nTianjin 300170"],
        ),
        # a Chinese room, building and street
        (
            "meet me at Room 305, Building 2, 18 Nanjing Xi Lu, Jingan District, Shanghai"
            " 200040, ok?",
            ["Room 305, Building 2, 18 Nanjing Xi Lu, Jingan District, Shanghai 200040"],
        ),
        # an Egyptian building, street, landmark road and district
        (
            "sent to Building 12, Ahmed Orabi Street, off Gameat El Dowal, Mohandessin, Giza"
            " 12411; eta 5 min",
            ["Building 12, Ahmed Orabi Street, off Gameat El Dowal, Mohandessin, Giza 12411"],
        ),
        # a Hungarian street, floor and door, district and postal code
        (
            "Our host met us at Rózsa utca 14. 2. em. 5. ajtó, VII. kerület, 1077 Budapest, lovely",
            ["Rózsa utca 14. 2. em. 5. ajtó, VII. kerület, 1077 Budapest"],
        ),
        # the same, one part a line, and the e-mail line after it
        (
            "Lease renewal — tenant Ann Lee\nBuilding 12, Ahmed Orabi Street\noff Gameat El Dowal"
            "\nMohandessin\nGiza 12411\ne-mail ann@example.com",
            ["Building 12, Ahmed Orabi Street\noff Gameat El Dowal\nMohandessin\nGiza 12411"],
        ),
        # a Hungarian address in lower-case chat after English words
        (
            "the courier left it at rózsa utca 14., vii. kerület, 1077 budapest lol",
            ["rózsa utca 14., vii. kerület, 1077 budapest"],
        ),
        # a Korean dong on the street's line, the district and city on the next
        (
            "Ship to:\nANN LEE\nSinchon-ro 41 (Changcheon-dong)\nSeodaemun-gu, Seoul 03790"
            "\nSOUTH KOREA\nContents: 1x lamp",
            ["Sinchon-ro 41 (Changcheon-dong)\nSeodaemun-gu, Seoul 03790\nSOUTH KOREA"],
        ),
        # a Finnish flat, then the postal code and town
        (
            '{"pickup":"Koivukatu 9 as 4, 33100 Tampere","note":"x"}',
            ["Koivukatu 9 as 4, 33100 Tampere"],
        ),
        # an upper-case Hungarian address after English words
        (
            "OUR HOST MET US AT KOSSUTH TÉR 3., V. KERÜLET, 1055 BUDAPEST; LOVELY",
            ["KOSSUTH TÉR 3., V. KERÜLET, 1055 BUDAPEST"],
        ),
        # a house number after "of"
        (
            "waiting in front of 23 nile corniche st., garden city, cairo 11451, call me",
            ["23 nile corniche st., garden city, cairo 11451"],
        ),
        # a Chilean street, number and casa
        (
            '{"pickup":"Los Aromos 312, casa B, Providencia, Santiago, Región Metropolitana"}',
            ["Los Aromos 312, casa B, Providencia, Santiago, Región Metropolitana"],
        ),
        # a Chilean pasaje in a lower-case search
        (
            "pasaje los olmos 27, villa alemana, valparaíso, chile rent prices",
            ["pasaje los olmos 27, villa alemana, valparaíso, chile"],
        ),
        # a South African erf and the places after it
        (
            "Claim C-1 — insured Lee, Ann, loss address Erf 4821, Kiaat Estate, Mbombela, 1201;"
            " adjuster Bob Stone.",
            ["Erf 4821, Kiaat Estate, Mbombela, 1201"],
        ),
        # a Thai house in a village (moo), tambon and amphoe
        (
            "Our host met us at 77/5 Moo 3, Tambon Pa Daet, Amphoe Mueang, Chiang Mai 50100,"
            " super kind",
            ["77/5 Moo 3, Tambon Pa Daet, Amphoe Mueang, Chiang Mai 50100"],
        ),
        # a US highway contract route
        (
            '{"pickup":"HC 2 Box 17, Tok, AK 99780","note":"x"}',
            ["HC 2 Box 17, Tok, AK 99780"],
        ),
        # a Czech house number (číslo popisné) before the postal code line
        (
            "Ship to:\nANN LEE\nč.p. 214\n439 01 Lenešice\nContents: 1x lamp",
            ["č.p. 214\n439 01 Lenešice"],
        ),
        # a lower-case Czech square before the postal code
        (
            "driver here at the gate of nám. míru 8, 602 00 brno, is this ann?",
            ["nám. míru 8, 602 00 brno"],
        ),
        # a Chinese room and building, one part a line
        (
            "Ship to:\nANN LEE\nRoom 305\nBuilding 2\n18 Nanjing Xi Lu, Jingan District,"
            " Shanghai 200040\nContents: 1x lamp",
            ["Room 305\nBuilding 2\n18 Nanjing Xi Lu, Jingan District, Shanghai 200040"],
        ),
        # a Spanish chat word after a lower-case address
        (
            "dating app: Ann (2km away) wants to meet at calle 45 # 12-30, chapinero, bogotá"
            " mañana",
            ["calle 45 # 12-30, chapinero, bogotá"],
        ),
        # a Korean dong in brackets ends a JSON value
        (
            '{"loss_street":{"string":"Sinchon-ro 41 (Changcheon-dong)"},"loss_zip":"03790"}',
            ["Sinchon-ro 41 (Changcheon-dong)"],
        ),
        # a Hungarian door after the floor
        (
            '{"loss_street":{"string":"Rózsa utca 14. 2. em. 5. ajtó"},"loss_zip":"1077"}',
            ["Rózsa utca 14. 2. em. 5. ajtó"],
        ),
        # a Czech square on a form's address line
        (
            "FORM (extracted)\nName: ANN LEE\nAddress: NÁM. MÍRU 8\nCity, ZIP: Brno 602 00",
            ["NÁM. MÍRU 8"],
        ),
        # a Korean dong on a form's address line, before the next label line
        (
            "FORM (extracted)\nName: ANN LEE\nAddress: SINCHON-RO 41 (CHANGCHEON-DONG),"
            " SEODAEMUN-GU\nCity, ZIP: Seoul 03790",
            ["SINCHON-RO 41 (CHANGCHEON-DONG), SEODAEMUN-GU"],
        ),
        # a Hungarian district without its postal code
        (
            "FORM (extracted)\nName: ANN LEE\nAddress: Kossuth tér 3., V. kerület"
            "\nCity, ZIP: Budapest 1055",
            ["Kossuth tér 3., V. kerület"],
        ),
        # a Peruvian block and lot, one part a line
        (
            "Lease renewal — tenant Ann Lee\nMz. B Lt. 12\nUrb. Santa Ana\nAte, Lima 03"
            "\ne-mail ann.lee@example.com",
            ["Mz. B Lt. 12\nUrb. Santa Ana\nAte, Lima 03"],
        ),
        # a Peruvian block and lot
        (
            "Ship to:\nROSA QUISPE\nMz. C Lt. 9, Urb. Los Jardines\nSanta Rosa\nAREQUIPA 04"
            "\nContents: 1x lamp",
            ["Mz. C Lt. 9, Urb. Los Jardines\nSanta Rosa\nAREQUIPA 04"],
        ),
        # an Israeli street line, town and seven-digit postal code
        (
            "Ship to:\nDANA LEVI\nHerzl 22/4\nRehovot 7610001\nISRAEL\nContents: 1x lamp",
            ["Herzl 22/4\nRehovot 7610001\nISRAEL"],
        ),
    ],
)
def test_street37_layouts_found_whole(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an Ordnance Survey grid reference
        "Parking at SJ 4521 6630 is free after 18:00.",
        # an amount with a spaced thousands separator in kronor
        "the jacket was 12 450 kr, ouch",
        # spaced amounts in other currencies, after or before the number
        "Invoice 12 / PO 9: 4 341 Ft due 2026-12-18.",
        "the lamp was 3 082 Kč lol",
        "the lamp was R 12 345 lol",
        # whatever follows a contents label
        "Contents: 1 Elm teapot\nWaybill 1Z999AA10123456784",
        "Contents: 3 x Elm teapot\nWaybill 1Z999AA10123456784",
        # a quantity on a packing list
        "Contents: 2x Elm teapot\nWaybill 1Z999AA10123456784",
        # "of" before a number that counts
        "I liked the best of 4 Elm Street cafés, honestly.",
        # two lines that end in seven digits are no Israeli address without its marks
        "Order 12\nInvoice 1234567\nthanks",
        # "pasaje" as a fare
        "el pasaje cuesta 1234, dijo el chofer, y luego nada",
        # "moo" and "erf" without a house or plot
        "the calf went moo 3 times and the ERF truck left",
        # a MAC address under an address key is no street
        '{"mac_address":{"string":"00:1a:2b:3c:4d:5e"}}',
    ],
)
def test_street37_lookalikes_unflagged(text: str) -> None:
    assert _streets(text) == []


def test_lower_case_landmark_in_prose_is_not_taken() -> None:
    text = "We met at 5 Elm Street, after the game, Bob said hi."
    assert _streets(text) == ["5 Elm Street"]


def test_chat_verb_after_comma_is_cut() -> None:
    text = "drop it at 12 Elm St, Springfield 802, ring 24 times lol"
    assert _streets(text) == ["12 Elm St, Springfield 802"]
