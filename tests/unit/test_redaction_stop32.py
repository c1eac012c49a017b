"""Stop-32 rules (docs/redaction.md, "Set 27 even and the stop-32 rules"): a quoted chat
line's author, a name before a verb of manners, a name asked about after "lmk if", a middle
initial in mixed case, "Surname, Given" as a contact's value; works, occasions, products,
firms, teams and herbs that look like names; a parcel search; a Japanese building named
"Casa"; offsets of text holding "İ" (whose lower case is two characters); chat typed in
lower case whose keyboard capitalised its sentences; people a record's key is about; frames
of caseless chat, reviews and tickets (from the tuning halves read in lower case)."""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact
from processors.redaction.name_autocaps import autocapitalised_lowered
from processors.redaction.names import may_contain_names
from processors.redaction.person32_places import named_work_firm_team_or_herb


def _found(text: str, kind: str = "PERSON") -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("> valdrisse: ring me on 0161 496 0011 after 6\nok will do", ["valdrisse"]),
        ("3/5. The food was cold but Quirandel was lovely.", ["Quirandel"]),
        ("Tavolenne is so helpful, thank you!", ["Tavolenne"]),
        ("lmk if brivanne still needs the charger, im home till 8", ["brivanne"]),
        ("can you check if Oskarine already has the keys", ["Oskarine"]),
        ("As Tolvanie R. Mbeketha wrote, the box was open.", ["Tolvanie R. Mbeketha"]),
        ('crm.sync contact="Brannigore, Marina" status=ok', ["Brannigore, Marina"]),
        ('{"customer": "Quellworth, Isabel", "tier": 2}', ["Quellworth, Isabel"]),
    ],
)
def test_a_person_in_a_frame_only_people_fill_is_found(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "> Note: the build is green\nok",
        "The manager was rude but the coffee was lovely.",
        "Python is so helpful for this",
        "lmk if anyone still needs the charger",
        "Section A. Appendix B. Figure C.",
        "just finished Ask Lavinelle and im not ok",
        "Watched Neon Gertrude here last summer, sound was perfect.",
        "happy Harvest Hilda everyone!!",
        "Handy during Harvest Hilda, kept the kids busy.",
        "User reports Pixel Badger crashes on startup after update 11.2.6.227.",
        "Reminded me of Dolores Unplugged, in a good way.",
        "Watched Lottie Overdrive here last summer, sound was perfect.",
        "Sister Imelda's Choir tour dates",
        "Tickets for Mama Rosa's Kitchen reopening",
        "Marrowbone Brewing replaced it without any fuss.",
        "Escalated to Quayside Mercantile partner support per SLA.",
        "Customer asks whether Hedda Lorimer scarves are covered by the warranty.",
        "Cosimo Ferraldi espresso machines sale",
        "Anselm Greaves watches sale",
        '{"ip_allowlist": ["81.217.22.116"], "owner": "netops"}',
        "assignee=devteam",
        "need rosemary and thyme before the trip tbh",
        "oye, me pasas el número de la tienda? creo que es el mismo pero no contesta",
    ],
)
def test_a_look_alike_of_a_name_is_left(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ask Maria about it tomorrow", ["Maria"]),  # (a sentence capitalises "Ask")
        ("Watched Maria Lopez play on Sunday", ["Maria Lopez"]),
        ("Sehr freundlich, Frau Didi hat alles erklärt.", ["Didi"]),  # (a title: "Frau")
        ("Customer Kobayashi Aoi reports a missing parcel.", ["Kobayashi Aoi"]),
        ("Hello Nandar & Eun-ji,\nthe keys are in the lockbox.", ["Nandar", "Eun-ji"]),
        ("Ordered for Ebiere & Otgonbayar, both sizes fit.", ["Ebiere", "Otgonbayar"]),
        ("Anselm Greaves watches the kids on Fridays", ["Anselm Greaves"]),
        ("Rosemary called about the invoice", ["Rosemary"]),
    ],
)
def test_a_person_beside_a_look_alike_cue_stays(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("734-340-9424 tracking", "PHONE_NUMBER", []),
        ("(898) 1404 9601 tracking number", "PHONE_NUMBER", []),
        ("call 734-340-9424 about tracking issues", "PHONE_NUMBER", ["734-340-9424"]),
        (
            "address:\nCasa Hotaru 908, 1-10-19 Nishikoji\nNakagyo-ku, Kyoto 477-1718\n\nCheers!",
            "STREET_ADDRESS",
            ["Casa Hotaru 908, 1-10-19 Nishikoji\nNakagyo-ku, Kyoto 477-1718"],
        ),
    ],
)
def test_numbers_and_addresses(text: str, kind: str, values: list[str]) -> None:
    assert _found(text, kind) == values


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("EMPLOYEE: İLTEKIN YUMUŞAKKAYA\nSSN: 550 53 6713", "İLTEKIN YUMUŞAKKAYA"),
        ("RONİ HOROWİTZ IS THE BEST INSTRUCTOR IN TOWN!!!", "RONİ HOROWİTZ"),
    ],
)
def test_a_dotted_capital_i_keeps_every_span_in_place(text: str, person: str) -> None:
    spans = detect(text)
    assert person in [text[s.start : s.end] for s in spans]
    for span in spans:  # (no span starts or ends on white space: offsets not shifted)
        value = text[span.start : span.end]
        assert value == value.strip()
    assert "<PERSON>" in redact(text).text


@pytest.mark.parametrize(
    ("text", "word", "firm"),
    [
        ("Hartmoor & Harrow replaced it without any fuss.", "Hartmoor", True),
        ("Escalated to Hartmoor & Harrow partner support.", "Harrow", True),
        ("Hartmoor & Harrow are moving to Leeds.", "Hartmoor", False),  # (a verb of people)
        ("Ordered for Ebiere & Otgonbayar, both fit.", "Ebiere", False),  # (no English word)
        ("Hello Maria & Harrow,", "Harrow", False),  # (a listed given name)
    ],
)
def test_a_firm_of_two_surnames(text: str, word: str, firm: bool) -> None:
    start = text.index(word)
    assert named_work_firm_team_or_herb(text, start, start + len(word)) is firm


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ok. Ask zelindra about it. Thanks!", ["zelindra"]),
        ("Thanks brivanne! see u tmrw", ["brivanne"]),
        ("Ioana at the front desk was incredibly helpful!", ["Ioana"]),  # (read as written)
        ("The delivery man called 312-588-1450 at midnight??", []),  # (English words only)
        ("Colour is more willow basket than in the photos.", []),
        ('payout.created beneficiary="tobrin ollivane" amount=3', ["tobrin ollivane"]),
        ('{"employee": "railson quaresma", "ssn": "x"}', ["railson quaresma"]),
        ("2025-09-16T04:56:04Z INFO tenant=morgan-stanley", []),  # (a tenant is a firm)
    ],
)
def test_keyboard_capitalised_chat_and_record_keys(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    if names:
        assert may_contain_names(text)


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Lmk if juvencio needs it. Thx", "lmk if juvencio needs it. thx"),
        ("I told him. I'm off!", "i told him. i'm off!"),
        ("ok\nSee u", "ok\nsee u"),
        ("Refund Thomas Sides via bank", None),  # (a capital inside a sentence)
        ("Section A. Smith", None),
        ("all lower case", None),
        ("ALL CAPITALS", None),
        ("Input line, begidx and endidx made it", None),  # (no mark of chat: prose)
        ("Installing lupa from packages", None),
    ],
)
def test_autocapitalised_lowered(text: str, lowered: str | None) -> None:
    assert autocapitalised_lowered(text) == lowered


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[05:30] zarmina ahmadzai: can someone whitelist 10.0.0.8 for me", ["zarmina ahmadzai"]),
        ("21.04.2022, 21:57 - nizhoni begay: running late", ["nizhoni begay"]),
        ("thx!! also tell dean boaventura i owe him a beer", ["dean boaventura"]),
        ("met yolotzin at the climbing gym today, super nice", ["yolotzin"]),
        ("brb calling orlavie strovanic abt the flat", ["orlavie strovanic"]),
        ("i think meseret ayana is the new landlord?? not sure", ["meseret ayana"]),
        ("habiba (new guy in accounts) says call him", ["habiba"]),
        ("grace at the front desk was lovely and sorted our room", ["grace"]),
        ("ask for tsvetelina at the front desk, they sort you out.", ["tsvetelina"]),
        ("trainer ioana pushed me but never too hard.", ["ioana"]),
        ("shoutout to padraig on the night shift", ["padraig"]),
        ("the wrong size and anaïse in customer service sorted it", ["anaïse"]),
        (
            "user castellucci, guadalupe reports repeated sign-in attempts",
            ["castellucci, guadalupe"],
        ),
        ("reassigned to nisreen. customer prefers e-mail", ["nisreen"]),
        ("spoke with edinaldo by phone; she will retry", ["edinaldo"]),
        ("ran into herr thornbury at the store today haha", ["thornbury"]),
        ("ran into mrs. blackwood at the store today haha", ["blackwood"]),
        ("coach collins moved practice to 17:30 fyi", ["collins"]),
        ("dr. agbayani's office called back", ["agbayani"]),
    ],
)
def test_a_lower_case_name_in_a_frame_of_chat_reviews_or_tickets(
    text: str, names: list[str]
) -> None:
    assert sorted(_found(text)) == sorted(names)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "[12:01] deploy bot: build ok",
        "[10:00] INFO: started",
        "met the team at noon",
        "calling support about it",
        "i think python is the best",
        "the manager at the front desk was rude",
        "ask for help at the desk",
        "five stars for delivery, fast",
        "user admin, root cannot log in",
        "reassigned to billing. thanks",
        "coach class was full",
        "booked the coach trip",
        "the rev counter is broken",
        "ms excel keeps crashing",
        "dr pepper is my fave",
    ],
)
def test_a_lower_case_frame_without_a_name_finds_none(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("MET UWASE AT THE CLIMBING GYM TODAY, SUPER NICE!!", ["UWASE"]),
        ("THX!! ALSO TELL DEAN DUMALAGSA I OWE HIM A BEER", ["DEAN DUMALAGSA"]),
        ("YOU CAN USE PDB'S POST-MORTEM FACILITY", []),  # (one line of prose: no chat mark)
        ("HIGHLY RECOMMEND THE BAKERY!!", []),
    ],
)
def test_a_text_in_capitals_is_also_read_as_caseless(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    if names:
        assert may_contain_names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Name: arlindo albernaz\nSSN:\n614-54-5564", ["arlindo albernaz"]),
        ("Account holder: abdirahman tesfaye\nIBAN: NL61ABNA7941126495", ["abdirahman tesfaye"]),
        ("Patient: vaidyanathan, bhavik\nDOB: 1984-03-12", ["vaidyanathan, bhavik"]),
        ("PACKING SLIP\nShip to:\natieno kariuki\n3553 Copperfield Pkwy", ["atieno kariuki"]),
        ("Cheers,\ntemuulen\n\nSent from my phone", ["temuulen"]),
        ("--\nrhonda patterson\nSenior Account Manager", ["rhonda patterson"]),
        ("Name: test user\nEmail: x", []),
        ("Manager: tbd\nDesk: 4", []),
        ("Contact: see below\nPhone: none", []),
        ("Thanks,\nthe team\n\nSent from my iPhone", []),
        ("--\nsent from a phone\nx", []),
    ],
)
def test_a_person_label_value_or_signature_in_lower_case(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    if names:
        assert may_contain_names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"payer": "pickens, bernadette", "iban": "x"}', ["pickens, bernadette"]),
        ("kyc.check result=match reviewer=ketil", ["ketil"]),
        ('level=info editor="nông nguyệt miên" field=phone', ["nông nguyệt miên"]),
        ("agent=curl/8.1 status=200", []),
        ('{"owner": "platform", "x": 1}', []),
        ("user=admin owner=root", []),
    ],
)
def test_a_person_key_value_in_lower_case(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    if names:
        assert may_contain_names(text)
