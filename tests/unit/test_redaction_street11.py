"""Street-address and phone rules of the set-11 tuning round (street11_anchors.py and the
shipping cue of phone_id_cues.py): catches and look-alikes for each, in cased, lower-case and
multi-line text.

The examples are written for these tests (invented streets and numbers), not taken from the
corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect, redact


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean road names: number, comma, road ("-ro", "-daero", "-gil")
        (
            "send it to 31, Dongil-ro 12-gil, Nowon-gu, Seoul 01234 pls",
            ["31, Dongil-ro 12-gil, Nowon-gu, Seoul 01234"],
        ),
        ("parcel left at 7, Banpo-daero; nobody home", ["7, Banpo-daero"]),
        (
            "im at 9, hwarang-ro 3-gil, seongbuk-gu, seoul 02711 if u need me",
            ["9, hwarang-ro 3-gil, seongbuk-gu, seoul 02711"],
        ),
        (
            "SHIP TO:\nMINA PARK\n40, HWARANG-RO 8-GIL, APT 12\nSEONGBUK-GU, SEOUL 02711\nKOREA",
            ["40, HWARANG-RO 8-GIL, APT 12\nSEONGBUK-GU, SEOUL 02711\nKOREA"],
        ),
        # ... and the road first, its building number after
        ("address: dongil-ro 12-gil 31, nowon-gu", ["dongil-ro 12-gil 31, nowon-gu"]),
        # Japanese blocks: district, N-chome and block-house numbers; a building before
        (
            "boiler at Kitasenju 2-chome 4-11, Adachi-ku, Tokyo 120-0034 was old",
            ["Kitasenju 2-chome 4-11, Adachi-ku, Tokyo 120-0034"],
        ),
        ("meet near Kitasenju 2-chome 4-11 tomorrow", ["Kitasenju 2-chome 4-11"]),
        (
            "Attn: K. Mori\nPalace 301, Kitasenju 2-chome 4-11\nAdachi-ku, Tokyo 120-0034",
            ["Palace 301, Kitasenju 2-chome 4-11\nAdachi-ku, Tokyo 120-0034"],
        ),
        (
            "send to Green Heights 12, Kitasenju 2-chome 4-11 pls",
            ["Green Heights 12, Kitasenju 2-chome 4-11"],
        ),
        (
            "deliver to kitasenju 2-4-11, adachi-ku, tokyo 120-0034 tomorrow",
            ["kitasenju 2-4-11, adachi-ku, tokyo 120-0034"],
        ),
        (
            "Address: Coop 7, 2-4-11 Kitasenju, Adachi-ku, Tokyo 120-0034",
            ["Coop 7, 2-4-11 Kitasenju, Adachi-ku, Tokyo 120-0034"],
        ),
        # Indian: a joined, lettered or marked house number, a comma, a locality word
        (
            "42/3, Shanti Nagar, Nagpur, Maharashtra 440 010, India",
            ["42/3, Shanti Nagar, Nagpur, Maharashtra 440 010, India"],
        ),
        ("dropped at 9/1, Tulsi Colony; gate locked", ["9/1, Tulsi Colony"]),
        (
            "Property:\nNo. 77, Lotus Layout\nMysuru, Karnataka 570 011\nIndia",
            ["No. 77, Lotus Layout\nMysuru, Karnataka 570 011\nIndia"],
        ),
        (
            "TO:\nC-4, GANGA SOCIETY, 2ND MAIN ROAD\nSURAT, GUJARAT 395 007",
            ["C-4, GANGA SOCIETY, 2ND MAIN ROAD\nSURAT, GUJARAT 395 007"],
        ),
        ("locker near Door No. 5-2, Tapti Street is full", ["Door No. 5-2, Tapti Street"]),
        ("locker near Door No.5-2, Tapti Street is full", ["Door No.5-2, Tapti Street"]),
        (
            "Ship to: Flat No.12, Lotus Layout\nMysuru 570011",
            ["Flat No.12, Lotus Layout\nMysuru 570011"],
        ),
        ("pls send to 12/4, gandhi nagar, pune 411 001", ["12/4, gandhi nagar, pune 411 001"]),
        ("deliver to 12/3, MG Road, Bengaluru 560001", ["12/3, MG Road, Bengaluru 560001"]),
        ("Address: 5, Lotus Layout", ["5, Lotus Layout"]),
        # Belgian boxes
        (
            "code for Berkenlaan 7 bus 2, 9000 Gent, België.",
            ["Berkenlaan 7 bus 2, 9000 Gent, België"],
        ),
        ("Rue des Saules 16 bte 3\n1000 Bruxelles", ["Rue des Saules 16 bte 3\n1000 Bruxelles"]),
        # Romance streets typed first, before a postal code
        (
            'billing="Piazzale degli Ulivi 21, 40121 Bologna (BO)" ok',
            ["Piazzale degli Ulivi 21, 40121 Bologna (BO)"],
        ),
        # A house number after a counting word, with a street type and a postal code
        (
            "bin day 12 kowhai street, riverton, invercargill 9822",
            ["12 kowhai street, riverton, invercargill 9822"],
        ),
        (
            "recycling day 2/14 rata crescent, hillcrest, hamilton 3216",
            ["2/14 rata crescent, hillcrest, hamilton 3216"],
        ),
        # Ends after the postal code: an Italian province, Dutch letters, a saint's town
        (
            "via dei tigli 3, 33100 udine (ud) zillow sold price history",
            ["via dei tigli 3, 33100 udine (ud)"],
        ),
        (
            "can u drop it at lindenstraat 4-b, 1012 an amsterdam",
            ["lindenstraat 4-b, 1012 an amsterdam"],
        ),
        (
            "drop it at\nlindenstraat 4\n1012 AN Amsterdam\nthx",
            ["lindenstraat 4\n1012 AN Amsterdam"],
        ),
        (
            "rosenweg 14, 4450 st. pölten zillow sold price history",
            ["rosenweg 14, 4450 st. pölten"],
        ),
    ],
)
def test_street11_catches(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we won 2-1, Abbey Road was packed",
        "on 12/3, Main Street will close",
        "score 3-4, kings road",
        "Chapter 12, Lotus Layout",
        "see section 3-4, Ganga Society rules",
        "Order No. 5, Lotus Layout branch opens at 9",
        "ticket 12/3, Gandhi Nagar desk",
        "Route 66 bus 12, 2024 timetable",
        "take bus 12, 2024 schedule changes",
        "day 3 of the street fair, main street, was fun",
        "day 3 walk along baker street, then tea",
        "the K-pop tour, 2 nights in Seoul",
        "Meeting room 4-2, 3rd floor",
        "a 2-chome walk",  # no district, no block numbers: nothing is kept
        "met at Ginza 4-chome crossing yesterday",  # an area, no block and house number
        "Tower 3, Minato-ku",
    ],
)
def test_street11_lookalikes(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meet at kerkstraat 14, 1234 at noon", ["kerkstraat 14, 1234"]),
        ("Via Roma 1, 00184 Roma (RM) is closed", ["Via Roma 1, 00184 Roma (RM)"]),
        ("rosenweg 14, 4450 st. pölten, austria", ["rosenweg 14, 4450 st. pölten, austria"]),
    ],
)
def test_street11_ends_leave_alone(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"waybill": "+31 204 118 902", "pieces": 3}',
        "track shipment waybill +65 301 882 470 customs",
        "Waybill +12 845 207 331 scanned at the hub; ETA Monday.",
        "Order 123456789012\nWaybill +44 209 718 360\nStatus: in transit",
        "AWB +49 301 882 470 cleared",
        "consignment: +33 612 345 678",
        "tracking number +61 401 882 470",
    ],
)
def test_shipping_cue_numbers_are_no_phones(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Waybill questions? call +44 20 7946 0958", ["+44 20 7946 0958"]),
        ("tracking desk phone: +65 6123 4567", ["+65 6123 4567"]),
        ("Order 1234 placed, my number is +49 30 901820", ["+49 30 901820"]),
        ("customer +44 20 7946 0958 asked", ["+44 20 7946 0958"]),
        ("FedEx: +1 800 463 3339", ["+1 800 463 3339"]),
        ("Shipping: +44 20 7946 0958", ["+44 20 7946 0958"]),
    ],
)
def test_phones_near_shipping_words_stay(text: str, expected: list[str]) -> None:
    assert _phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "send it to 31, Dongil-ro 12-gil, Nowon-gu, Seoul 01234 pls",
        "Attn: K. Mori\nPalace 301, Kitasenju 2-chome 4-11\nAdachi-ku, Tokyo 120-0034",
        "locker near Door No. 5-2, Tapti Street is full",
        "bin day 12 kowhai street, riverton, invercargill 9822",
    ],
)
def test_street11_redact_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once
