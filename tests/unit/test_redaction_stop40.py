"""Stop 40: staff keys and agents' tags of no list, cardholders in capitals, a streaming
screen's rows, plan and quantity numbers that are no house numbers, Turkish door-first
addresses.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.person11_neg_contexts import person11_lookalike
from processors.redaction.spans import PERSON, STREET_ADDRESS


def _found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"agent":"Arnel","channel":"chat"}', "Arnel"),
        ("2026-01-19T02:30:55Z support.chat agent=Auma channel=web", "Auma"),
        ("[Agent Manpreet] Hi there! The refund went back to your card.", "Manpreet"),
        ("cardholder GATCHALIAN, JERICHO, card ending 0506", "GATCHALIAN, JERICHO"),
        ("Chargeback dispute: cardholder DE VRIES, THIJS, card ending 0521", "DE VRIES, THIJS"),
    ],
)
def test_names_of_these_forms_are_found(text: str, name: str) -> None:
    assert name in _found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        '{"agent":"Mozilla","channel":"web"}',  # a browser of no name list is English-free too
        '{"courier":"Yodel","order_id":"A-1"}',  # a courier key may hold a firm
        "agent=Goldcrest status=ok",  # an English compound
        "Chargeback dispute: cardholder NAME, SURNAME, card ending 0506",
        "[Agent Support] we are looking into it",
        "Continue watching\nErin Brockovich\nJolene\nBecause you watched Forrest Gump",
        "Up next\nTed Lasso\nColumbo",
        "UA 646 Logan Airport \u2192 Gare Saint-Lazare at 09:40",  # a station
    ],
)
def test_no_person_in_these(text: str) -> None:
    assert _found(text, PERSON) == []


def test_a_title_after_because_you_watched_only_ends_a_screen_row() -> None:
    row = "Recommended for you\nBecause you watched Maria Lopez"
    start = row.index("Maria")
    assert person11_lookalike(row, start, len(row))
    talk = "Because you watched Maria Lopez last night, the sitter fee is waived"
    start = talk.index("Maria")
    assert not person11_lookalike(talk, start, start + len("Maria Lopez"))


@pytest.mark.parametrize(
    "text",
    [
        "moving my line to Ultra HD 4 Screens; account holder, sim swap next week",
        "moving my line to Data Only 50 GB; keep my number",
        "switch me to Family Share 4 Lines please",
        "Order #34296\n2 x Crêpes Suzette\nSubtotal ¥33,700\nPromo RIDE24",
        "Order #5823\n6 \u00d7 Pad Thai\nSubtotal AED 114",
    ],
)
def test_plans_and_item_lines_are_no_street(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("12 X Street, Leeds LS1 4AP", "12 X Street, Leeds LS1 4AP"),  # a capital X is a name
        (
            "residence given as Konyaalt\u0131 Mah. Zambak Sokak Apt. No.2, "
            "35558 Karş\u0131yaka/İzmir, Turkey. Owner: Jocelyn.",
            "Konyaalt\u0131 Mah. Zambak Sokak Apt. No.2, 35558 Karş\u0131yaka/İzmir, Turkey",
        ),
        (
            "customer at Menekşe Sokak No:102 K:6 D:10, Konyaalt\u0131 Mah., "
            "34732 Kad\u0131köy/İstanbul waited",
            "Menekşe Sokak No:102 K:6 D:10, Konyaalt\u0131 Mah., 34732 Kad\u0131köy/İstanbul",
        ),
    ],
)
def test_these_addresses_are_found_whole(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


# Set 37's tuning half: workplaces, schools, insurers and charities.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ENG-4159 | Payroll | Gaskell, Barnaby (EMP-25516) changed bank details",
            "Gaskell, Barnaby",
        ),
        ("FAC-9512 | Petrenko, Galina Sergeyevna (E325837) changed", "Petrenko, Galina Sergeyevna"),
        ("Not you? Write to us.\n\nAndrei, Volunteer Coordinator", "Andrei"),
        ("Not you? Write to us.\n\nAchyut, Chief of Staff", "Achyut"),
        ("Not you? Write to us.\n\nDindo, Dean of Students", "Dindo"),
        ("mum of Desmond from Year 13 rang, asks for a call back", "Desmond"),
        ("EMPLOYEE DETAILS\nSurname: QUARMBY\nForename(s): LYLE\nSSN on file", "LYLE"),
        ('{"shift":"2 Oct 2026","coordinator":"Vinnie"}', "Vinnie"),
        ("Professor Gallegos made the module bearable", "Gallegos"),
        ("Adjuster Dindo Dimaculangan came out to the house", "Dindo Dimaculangan"),
        ("SE6568798475161521955612 KAYA Emre payroll", "KAYA Emre"),
        ("ENG-7754 | Payroll | Mottram, Stuart (EMP-47505) changed", "Mottram, Stuart"),
        # a closing quote has no letter after it
        ('INFO hr.onboard employee_name="Cathal O\'Driscoll" ssn=657157634', "Cathal O'Driscoll"),
    ],
)
def test_workplace_names_are_found_whole(text: str, name: str) -> None:
    assert name in _found(text, PERSON)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cassandra 1.2.8-rc.2 broke the claims-worker deploy lol", "Cassandra"),
        ("Mimir 3.7.6+build.997 changelog", "Mimir"),
        ('{"training":"Sherman Act","due":"2/7/2026"}', "Sherman Act"),
        ("Byrd Rule attestation overdue for 11 staff", "Byrd Rule"),
        ("Regards,\nLondon, Sales Team", "London"),  # a place before a team, no role noun
        ("Professor Gallegos made it and TA Dmitri answered", "TA Dmitri"),  # "TA": a role
        ("Fibonacci explained", "Fibonacci"),
        ("Thank you for supporting Johns Hopkins!", "Johns Hopkins"),
        ("Dieter at Johnson & Johnson says the deal closes", "Johnson"),
    ],
)
def test_these_words_are_no_person(text: str, value: str) -> None:
    assert value not in _found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Pledge G-589284 switched to monthly at 170 z\u0142",
        "Pledge PLG-AN68331 switched to monthly at GHS 2676",
        "Pledge DN-1833572 switched to monthly at USD 8,070.00",
        '{"student_id":"S65772942","course":"Year 9 Set 4","building":"Purdue"}',
    ],
)
def test_amounts_and_school_sets_are_no_street(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Loss at: c/o B\u00fcro 3, Wacholdersteig 99a, 18499 Rostock | Adjuster: R. Kim",
            "c/o B\u00fcro 3, Wacholdersteig 99a, 18499 Rostock",
        ),
        (
            "council tax band lot 22 blk 18, kamuning lane, brgy. poblacion",
            "lot 22 blk 18, kamuning lane, brgy. poblacion",
        ),
        (
            "Council tax: left Nakane 4-19-15-772, Setagaya-ku, Tokyo 158-1266, Japan on 2/25",
            "Nakane 4-19-15-772, Setagaya-ku, Tokyo 158-1266, Japan",
        ),
        ("Tranb\u00e4rsstigen 56 A\n759 16 Uppsala", "Tranb\u00e4rsstigen 56 A\n759 16 Uppsala"),
        ("meet at 12 Elm St", "12 Elm St"),
        (
            "ships to:\nAvenida Colorines 1866, Col. Centro\nCP 25702 Saltillo, Coah.\n\nStart",
            "Avenida Colorines 1866, Col. Centro\nCP 25702 Saltillo, Coah.",
        ),
        (
            "ships to:\nCalle Jacarand\u00e1 del Sur 604, Barrio Echesortu\n(S2000XDY) Rosario\n"
            "Santa Fe\nArgentina\n\nStart date",
            "Calle Jacarand\u00e1 del Sur 604, Barrio Echesortu\n(S2000XDY) Rosario\nSanta Fe\n"
            "Argentina",
        ),
        (
            "Chaewon Choi left The Old Forge, Bellfounders Row, Canterbury, CT5 8TT on 9 Aug",
            "The Old Forge, Bellfounders Row, Canterbury, CT5 8TT",
        ),
        (
            "heater died again at house 18, harmattan close, after the second roundabout, "
            "ikeja, lagos 100275, nigeria",
            "house 18, harmattan close, after the second roundabout, ikeja, lagos 100275, nigeria",
        ),
        # (the verb before the street is no part of it)
        (
            "left Rose Cottage, Mill Lane, Canterbury, CT5 8TT on 9 Aug",
            "Rose Cottage, Mill Lane, Canterbury, CT5 8TT",
        ),
    ],
)
def test_these_set37_addresses_are_found_whole(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]
