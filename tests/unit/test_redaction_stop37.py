"""Stop-37 rules (docs/redaction.md, "The stop-37 rules"): Korea's domestic card prefix,
seven-digit local phones after a phone word, ratings cut off a phone, more extension words."""

from __future__ import annotations

import pytest

from processors.redaction import detect


def _found(text: str, kind: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in detect(text) if s.entity_type == kind)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("PaymentError: card 9409 9191 3060 4118 declined", "9409 9191 3060 4118"),
        ('{"card": "9483 2913 2567 5959"}', "9483 2913 2567 5959"),
        ("or card 9485439565375305 ok lang", "9485439565375305"),
    ],
)
def test_stop37_bc_cards(text: str, card: str) -> None:
    assert _found(text, "CREDIT_CARD") == [card]


@pytest.mark.parametrize(
    "text",
    [
        "card 9409 9191 3060 4119 declined",  # fails Luhn
        "Tracking 9400 1046 1066 9779 7801 16.",  # a USPS number longer than a card
        "usps=9400 6027 2571 2327 9121 91",
    ],
)
def test_stop37_no_bc_card(text: str) -> None:
    assert _found(text, "CREDIT_CARD") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Left a voicemail on 339 7729 for Aslanbek", "339 7729"),
        ("SHIP TO:\nJAKARTA 10805\nTEL 967 2596", "967 2596"),
        ('Voicemail from 6586-5247:\n"hi it\'s me"', "6586-5247"),
        ("gamarjoba koldo! axali nomeri: 9529 0163", "9529 0163"),
        ("KIN_NAME=x\nKIN_PHONE=520 6638\nDB_PORT=8080", "520 6638"),
        ("match chat: hi!! my number is 551 0251, not on here", "551 0251"),
        ("order via +995 32 210 99 65 3 stars", "+995 32 210 99 65"),
        ("order via +65 9984 1829 10/10", "+65 9984 1829"),
        ("order via +374 97 390257 5/5", "+374 97 390257"),
        ("order via +998 71 865 62 51 \u2605\u2605\u2605\u2605\u2606", "+998 71 865 62 51"),
        ("callback +995 536 81 62 96 loc. 54.", "+995 536 81 62 96 loc. 54"),
        (
            "callback +233 (0)30 280 2905 \u0434\u043e\u0431. 568.",
            "+233 (0)30 280 2905 \u0434\u043e\u0431. 568",
        ),
        ("callback +1 868 672 0653 Durchwahl -12.", "+1 868 672 0653 Durchwahl -12"),
    ],
)
def test_stop37_phones(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Room 339 7729",
        "we sold 339 7729 units",
        "part 967-2596 is back in stock",
        "hotel 967 2596 nights",
        "order number 551 0251",
    ],
)
def test_stop37_seven_digits_without_phone_word(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delivery note\nDeliver to: Phyu Noe Wai\nul. Varvarka 89-10", "Phyu Noe Wai"),
        ("Requester: ZAW HTET AUNG\nSSN: 068-55-4554", "ZAW HTET AUNG"),
        ('{"holder": "THANDAR NOE WAI"}', "THANDAR NOE WAI"),
        ("ok so thandar yamin oo's mum says hi", "thandar yamin oo"),
        ("Ask zaw kyi pyar to call back, re: lost parcel.", "zaw kyi pyar"),
        ("kumusta thandar kyi pyar? padala mo na lang", "thandar kyi pyar"),
        ("the flat is near the market, ei myint swe knows the way", "ei myint swe"),
    ],
)
def test_stop37_burmese_names_whole(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "i win min aung today",  # no rare syllable in the middle
        "we went to Wai for the weekend",
        "su su is a nickname",  # two syllables only
    ],
)
def test_stop37_no_burmese_name(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_stop37_burmese_run_keeps_the_guard_exact() -> None:
    from processors.redaction.person37_burmese import burmese_names
    from processors.redaction.redactor import _may_contain_pii

    text = "pls ask zaw kyi pyar"
    assert burmese_names(text)
    assert _may_contain_pii(text)


@pytest.mark.parametrize(
    "text",
    [
        "salamat! padala mo na lang sa office",
        "mano, the parcel came",
    ],
)
def test_stop37_chat_function_words_name_no_one(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_stop37_capitalised_function_word_stays_a_surname() -> None:
    assert _found("Mr Lang called about the invoice", "PERSON") == ["Lang"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Muito obrigado \u00e0 Kobina da recep\u00e7\u00e3o, resolveu tudo!", "Kobina"),
        ("Terima kasih Akhmed, barang sampai dengan selamat.", "Akhmed"),
        ("Muito obrigado \u00e0 Maria da Silva pela ajuda", "Maria da Silva"),
        ("sorry, magomed is out today", "magomed"),
    ],
)
def test_stop37_thanked_and_ed_names(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text", ["obrigado a todos!", "grazie a tutti, ciao", "merci \u00e0 tous!"]
)
def test_stop37_thanks_to_everyone(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer Ma. Consolacion Pinlac says card", "Ma. Consolacion Pinlac"),
        ("ok so de assis's mum says hi", "de assis"),
        ("ok so bin abu zayd's mum says hi", "bin abu zayd"),
        (
            'matched contact "Ferran Puigdom\u00e8nech i Farr\u00e9" from x',
            "Ferran Puigdom\u00e8nech i Farr\u00e9",
        ),
        (
            "QUIM PUIGDOM\u00c8NECH I FARR\u00c9 obituary Nantes",
            "QUIM PUIGDOM\u00c8NECH I FARR\u00c9",
        ),
        ("Sr. Naing pide factura a nombre de Yao Kouassi, gracias", "Yao Kouassi"),
        ("me pasas el n\u00famero de Quorinne Thistlegrave?", "Quorinne Thistlegrave"),
    ],
)
def test_stop37_name_edges(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")
    assert not any(name in other and name != other for other in _found(text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Voicemail from 6586-5247:\n"hi it\'s parmin, um, call me back"', "parmin"),
        ("hey this is kalaiselvan here, call me", "kalaiselvan"),
        ("Hi, it is Dorcas. Call me", "Dorcas"),
        ("The electrician, N.B. Iturbe, left his number", "N.B. Iturbe"),
    ],
)
def test_stop37_self_named_and_initials(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "hi its me again",
        "hi it's fine, thanks",
        "N.B. The office is closed",
        "In A.D. 1066 it fell",
    ],
)
def test_stop37_no_self_name(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_stop37_an_echoed_display_name_grows_its_initial() -> None:
    text = (
        'From: "Guram L." <guraml@libero.it>\nSubject: change of address\n\n'
        "Hi, please send post to my new flat from now on.\nGuram"
    )
    assert _found(text, "PERSON") == ["Guram", "Guram L."]


def test_stop37_growth_stops_at_another_span() -> None:
    from processors.redaction.person37_edges import grow_name_edges
    from processors.redaction.spans import PiiSpan

    text = "ok so de assis's mum"
    spans = (PiiSpan(3, 8, "STREET_ADDRESS"), PiiSpan(9, 14, "PERSON"))
    assert grow_name_edges(text, spans) == spans


@pytest.mark.parametrize(
    "text",
    [
        "owner=Data-Lakehouse approver=mobile-core change=CHG8836 result=ok",
        "Sep 22 audit: actor=sre-pagerpals action=rotate",
        "owner=svc-ledger approver=svc-ledger",
        "add catch-all .gitignore to an existing directory.",
    ],
)
def test_stop37_team_handles_name_no_one(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("owner=anna-kowalska", "anna-kowalska"), ("assignee=John-Smith", "John-Smith")],
)
def test_stop37_hyphenated_people_stay(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "fw: allow 203.0.113.0/24 -> port 8443 proto tcp",
        '{"deny": ["2001:db8:db3::/48"]}',
        "whois 10.1.2.3 not in 198.51.100.128/26",
        "subnet 10.20.0.0/16 allowed",
        "route 2001:db8:abcd::/48 via eth0",
    ],
)
def test_stop37_network_blocks_are_no_addresses(text: str) -> None:
    assert _found(text, "IP_ADDRESS") == (["10.1.2.3"] if "whois" in text else [])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("inet 10.0.0.7/24 brd 10.0.0.255", "10.0.0.7"),
        ("Host 10.2.3.4/32 is unreachable", "10.2.3.4"),
        ("inet6 2001:db8:9c1b:9fcc::/64 scope global", "2001:db8:9c1b:9fcc::"),
        ("ping 10.0.0.0 now", "10.0.0.0"),
    ],
)
def test_stop37_hosts_with_masks_stay(text: str, address: str) -> None:
    assert address in _found(text, "IP_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        '{"eventName":"ConsoleLogin","sourceIPAddress":"::1"}',
        '<Data Name="TargetUserName">x</Data>',
        "Auntie Paws knocked the router over again",
        '{"pet_name":"Colonel Meow"}',
        "Turn left on Bulevardul Regina Elisabeta",
        "Tsagaan Sar 2026-06-16",
        "dispatch done; eta 5h 08m",
    ],
)
def test_stop37_things_named_like_people(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Captain Baker called about the boat", "Captain Baker"),
        ("McDonald said hi", "McDonald"),
        ("Clinic booking: Hajiya Gusau moved to Monday", "Gusau"),
        ("1 star, Alhaji Sangar\u00e9 at the clinic was lovely", "Sangar\u00e9"),
    ],
)
def test_stop37_people_titled_or_camel_stay(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    ["Parking at 30S 624534 7283285 is free", '{"grid":"SU 2326 2417"}'],
)
def test_stop37_grid_references_are_no_phones(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("driver here at the gate, is this akke? call +94 74 144 0840", ["akke"]),
        ("hey chanthou it's Zareena from the flat viewing", ["Zareena", "chanthou"]),
        ("ishara & tupaq wedding: rsvp by friday", ["ishara", "tupaq"]),
        ("systemd-logind[848]: New session 561 of user ailen from 10.0.0.1.", ["ailen"]),
        ("[beneficiary]\naccount_owner = Abdyldaev, Daler\niban = x", ["Abdyldaev, Daler"]),
        ('{"deny":["x"],"signed_off_by":"Arben M."}', ["Arben M."]),
        (
            'passenger { family_name: "TSERENDORJ" given_names: "Ariunaa" }',
            ["Ariunaa", "TSERENDORJ"],
        ),
        ("Delivery guy besnik dumped the box at the gate", ["besnik"]),
    ],
)
def test_stop37_set34_frames(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    ["is this real?", "is that okay?", "session 5 of user root from x", "mac and cheese wedding"],
)
def test_stop37_set34_frames_without_names(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "omw to Bishop Anselm School, meet at gate B4",
        '{"sku":"P/N 056","name":"Dorothea teapot","price":"NZ$952.99"}',
        '{"name":"Clementine juicer"}',
    ],
)
def test_stop37_institutions_and_products(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_stop37_a_person_at_a_named_place_stays() -> None:
    assert _found("met Ana Lopes at the Tower of London", "PERSON") == ["Ana Lopes"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Begin:vcard\nfn:talvik kova\u010d-reyes\ntel;type=cell:+27 82 268 6672",
            "talvik kova\u010d-reyes",
        ),
        ("Minutes, 3 march\npresent: dapo ogunbiyi\napologies: pat", "dapo ogunbiyi"),
    ],
)
def test_stop37_keyboard_capitalised_records(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Moderators this week:\n- ninepinbowl\n- tinfoilhat_42",
        "Rese\u00f1a: nos atendi\u00f3 genial, volveremos seguro.",
        "TODO: support the scale (should be easy)",
    ],
)
def test_stop37_keyboard_capitalised_records_without_names(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        '{"pet_name":"King Wigglebottom","chip":"S/N HGD9969023P"}',
        "The tour guide dressed as Marko Kraljevi\u0107, a hit with the children.",
    ],
)
def test_stop37_pets_and_costumes(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_stop37_an_owner_next_to_a_pet_stays() -> None:
    text = '{"owner_name":"Anna Kowalska","pet_name":"Rex"}'
    assert _found(text, "PERSON") == ["Anna Kowalska"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("APPROVED_BY=KESTRABEL REQUEST=PTO-4471 DAYS=3", "KESTRABEL"),
        ('DRIVER="ZELVANE S. KEALOHA" STOP=4 DROPOFF="FLAT 803"', "ZELVANE S. KEALOHA"),
    ],
)
def test_stop37_one_line_records_in_capitals(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_stop37_code_in_capitals_names_no_one() -> None:
    assert _found(">>> K, IDX, PROJ = SLI.INTERP_DECOMP(A, EPS, RAND=FALSE)", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("FORM W-9\nName: TRIIN OJA\nCity, ZIP: Den Haag 2590 XT", ["TRIIN OJA"]),
        ("Turn left on Via Giuseppe Verdi\nthen right after Torre Ermenegilda", []),
        ('{"deny":["x"],"signed_off_by":"\u0106amil \u0110."}', ["\u0106amil \u0110."]),
        ('{"city": "Florence", "owner": "Anna Bell"}', ["Anna Bell"]),
    ],
)
def test_stop37_place_values_and_initials(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names
