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
    "text",
    [
        "tips how to spot fake 2024",
        "numer do biura: 2231 8890 ext. 41",
        "the 1/2 price sale ends at 5",
        "Revenue grew 12 percent\nPayment terms apply",
    ],
)
def test_street35_lookalikes_left_alone(text: str) -> None:
    assert _streets(text) == []
