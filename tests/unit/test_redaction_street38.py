"""Street-address rules of stop 38 (street38_bounds.py, street38_formats.py): each layout
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
        # a Turkish street, door number, floor and flat, postal code and district/city
        (
            "Ship to: Lale Sokak No.7 Kat 3 D.12, 34710 Üsküdar/İstanbul | Phone: none",
            ["Lale Sokak No.7 Kat 3 D.12, 34710 Üsküdar/İstanbul"],
        ),
        (
            "My old place was Gül Orhan Caddesi No: 14 Daire: 6\n06690 Çankaya / ANKARA\n\nbye",
            ["Gül Orhan Caddesi No: 14 Daire: 6\n06690 Çankaya / ANKARA"],
        ),
        # a Japanese address written district first in romaji
        (
            'id,ship_to\nA1,"Hirakawa 4-2-9, Room 211, Chiyoda-ku, Tokyo 102-0093, Japan"',
            ["Hirakawa 4-2-9, Room 211, Chiyoda-ku, Tokyo 102-0093, Japan"],
        ),
        # an Italian street with the province in brackets
        (
            "who lives at via dei tigli 12/a, 37121 verona (vr)",
            ["via dei tigli 12/a, 37121 verona (vr)"],
        ),
        # an Indian H.No. and the places after it
        (
            "label for Ravi, H.No. 3-5-110/2, Lotus Road, Pune, Maharashtra 411002, India, ok",
            ["H.No. 3-5-110/2, Lotus Road, Pune, Maharashtra 411002, India"],
        ),
        # a French house number before a comma and the street type
        (
            "billing 14, rue des Tilleuls, 69003 Lyon, card on file",
            ["14, rue des Tilleuls, 69003 Lyon"],
        ),
        # a Spanish C/ street with its floor
        (
            'x,"C/Olmo 12 3ºB, 28004 Madrid, Spain",y',
            ["C/Olmo 12 3ºB, 28004 Madrid, Spain"],
        ),
        # a German floor after the back building
        (
            "label for Jo, Rosenweg 12a, Hinterhaus, 3. Etage, 50667 Köln, Germany, tracking",
            ["Rosenweg 12a, Hinterhaus, 3. Etage, 50667 Köln, Germany"],
        ),
        # a Brazilian city/state line, the CEP and the country
        (
            "Ship to:\nRua das Flores, 120, apto 3\nCentro - Curitiba/PR\nCEP 80010-120\nBRASIL",
            ["Rua das Flores, 120, apto 3\nCentro - Curitiba/PR\nCEP 80010-120\nBRASIL"],
        ),
        # a Nigerian landmark that ends a JSON value
        (
            '{"line1":"No. 8, Oak Road, beside the market","city":"Enugu"}',
            ["No. 8, Oak Road, beside the market"],
        ),
        # the country after a US ZIP in lower-case text
        (
            "send to 77 maple ct apt 2, dover, de 19901, us $40",
            ["77 maple ct apt 2, dover, de 19901, us"],
        ),
        # a name before a German street written as one word, in lower-case text
        (
            "send flowers to lena maria vogt birkenstraße 9, 80331 münchen",
            ["birkenstraße 9, 80331 münchen"],
        ),
        # the same layouts in text of one case
        (
            "my old place was gül orhan caddesi no: 14 daire: 6\n06690 çankaya / ankara\n\nbye",
            ["gül orhan caddesi no: 14 daire: 6\n06690 çankaya / ankara"],
        ),
        ('x,"c/olmo 12 3ºb, 28004 madrid, spain",y', ["c/olmo 12 3ºb, 28004 madrid, spain"]),
        (
            "ship to:\nrua das flores, 120\ncentro - curitiba/pr\ncep 80010-120",
            ["rua das flores, 120\ncentro - curitiba/pr\ncep 80010-120"],
        ),
        (
            "BILLING ADDRESS\nRAVI KUMAR\nH.NO. 3-5-110/2, LOTUS ROAD\nPUNE - 411002\nMAHARASHTRA"
            "\nINDIA\nCARD: 1234",
            ["H.NO. 3-5-110/2, LOTUS ROAD\nPUNE - 411002\nMAHARASHTRA\nINDIA"],
        ),
        (
            "SEND FLOWERS TO LENA MARIA VOGT BIRKENSTRASSE 9, 80331 MÜNCHEN",
            ["BIRKENSTRASSE 9, 80331 MÜNCHEN"],
        ),
        # the same layouts on lines of a label, with the country's line
        (
            "Ship to:\nAna Lee\nHirakawa 4-2-9, Room 211\nChiyoda-ku, Tokyo 102-0093\nJapan",
            ["Hirakawa 4-2-9, Room 211\nChiyoda-ku, Tokyo 102-0093\nJapan"],
        ),
        (
            "Ship to:\nAna Lee\nRosenweg 12a\nHinterhaus, 3. Etage\n50667 Köln\nGermany",
            ["Rosenweg 12a\nHinterhaus, 3. Etage\n50667 Köln\nGermany"],
        ),
        (
            "Ship to:\nAna Lee\nLale Sokak No.7 Kat 3 D.12\n34710 Üsküdar / İSTANBUL\nTurkey",
            ["Lale Sokak No.7 Kat 3 D.12\n34710 Üsküdar / İSTANBUL\nTurkey"],
        ),
        (
            "Ship to: Via dei Tigli 12/A, 37121 Verona (VR), Italy | Phone: none",
            ["Via dei Tigli 12/A, 37121 Verona (VR), Italy"],
        ),
        (
            "send flowers to ana lee rosenweg 12a, 50667 köln, deutschland $40",
            ["rosenweg 12a, 50667 köln, deutschland"],
        ),
        # a French CEDEX, a Spanish floor without the town, a building before its block
        ("billing 7, rue Haute, 69009 Lyon Cedex 09", ["7, rue Haute, 69009 Lyon Cedex 09"]),
        ('{"line1":"C/Pino 4 1ºA","city":"Soria"}', ["C/Pino 4 1ºA"]),
        ("Old one was Torre Olmo 305, 2-8-4 Kami-Meguro.", ["Torre Olmo 305, 2-8-4 Kami-Meguro"]),
        # a German floor, then the town's line; an Indian state line, then the country's
        (
            "address: Ahornstraße 5, 2. OG\n80331 München\nphone: none",
            ["Ahornstraße 5, 2. OG\n80331 München"],
        ),
        # in upper-case text the sentence after the address is cut off
        ("PLEASE SHIP TO 12 ELM ST APT 3B BY FRIDAY", ["12 ELM ST APT 3B"]),
        # a building's type opens its name: the word before it is the sentence's
        ("old one was torre olmo 305, 2-8-4 kami-meguro.", ["torre olmo 305, 2-8-4 kami-meguro"]),
        # a Nigerian landmark at the end of a line, no full stop or line break taken in
        (
            "Ship to:\nJo Ade\nNo. 8, Oak Road, beside the market\n\nThanks",
            ["No. 8, Oak Road, beside the market"],
        ),
    ],
)
def test_street38_formats_found_whole(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turn at LHR Terminal 5\nArrive 10:40 am",  # an airport terminal in directions
        "Sokak kedileri no 1 sorunumuz",  # Turkish words, no door number and postal code
        "we went via Roma 12 times in 2019 (ok)",  # "via" is no street without a postal code
        "Score 14, rue the day, 69003 times",  # a number and a comma, no street
        "ask us, thanks, see you at 10",  # "us" after no ZIP
        "the ratio C/N 12 was fine",  # "C/" and a number, no floor and no town
        "ROOM 12 BY FRIDAY PLEASE",  # upper case, no address to cut
    ],
)
def test_street38_lookalikes_left_alone(text: str) -> None:
    assert _streets(text) == []


def test_landmark_ends_before_the_sentence() -> None:
    """The words after a landmark that go on the sentence are no part of it."""
    text = "Please ship to No. 8, Oak Road, beside the market by Friday"
    assert _streets(text) == ["No. 8, Oak Road"]


def test_german_name_words_stay_in_the_street() -> None:
    """Words of a street's name before a one-word German street are kept ("an der")."""
    text = "deliver to an der lindenstraße 4, 80331 münchen"
    assert _streets(text) == ["an der lindenstraße 4, 80331 münchen"]
