"""Stop-36 rules (docs/redaction.md, "The stop-36 rules"): a dotted quad next to a noun of
software, firmware parts or catalogue numbers is a version, and so is one right after a release
noun when the rest of its clause names no network or machine; addresses stay addresses."""

from __future__ import annotations

import pytest

from processors.redaction import detect


def _found(text: str, kind: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in detect(text) if s.entity_type == kind)


@pytest.mark.parametrize(
    "text",
    [
        "bootloader 4.21.18.13 installed",
        "updated the microcode to 2.185.55.129 yesterday",
        "we pinned the toolchain at 6.4.251.137",
        "requires runtime >= 21.0.246.5",
        "board rev 7.214.180.195 has the fix",
        "product code 12.34.56.78",
        "the 28.7.11.7 uefi is out",
        "Kodak 100.0.0.0 series",
        '"service pack": "19.42.20.34"',
        "the latest beta 4.21.18.13",
        "changelog: 2.7.1.30",
        "our beta 3.2.1.9 crashes on boot",
    ],
)
def test_stop36_versions_are_no_addresses(text: str) -> None:
    assert _found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("after the firmware update my printer shows 192.168.1.44", "192.168.1.44"),
        ("since the upgrade my laptop got 10.0.0.57", "10.0.0.57"),
        ("build failed on 10.20.30.40 again", "10.20.30.40"),
        ("patched 10.0.4.4 tonight", "10.0.4.4"),
        ("build agent 10.0.3.3 is down", "10.0.3.3"),
        ("firmware mirror 10.5.5.5 slow", "10.5.5.5"),
        ("notes: 10.7.7.7 is the new gateway", "10.7.7.7"),
        ("latest: 10.8.8.8 is my ip", "10.8.8.8"),
        ("the server 10.0.0.5 update failed", "10.0.0.5"),
        ('{"ip_v4": "46.15.42.251", "ip_v6": "::1"}', "46.15.42.251"),
        ("client 10.1.2.3 connected", "10.1.2.3"),
    ],
)
def test_stop36_addresses_stay(text: str, address: str) -> None:
    assert address in _found(text, "IP_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "quote from Brackley & Oseiwu attached",
        "Standish & Crowe handled our lease fairly.",
        "lawyers at Quimby, Strand & Rooke replied",
        "hey Cortana set a timer",
        "lol Hubot just answered in the middle of the call",
        "Voicemail (20.26): this is Mitsuku confirming your slot",
        "Alexa, play jazz",
        "leontyne fairbrass kettles vs",
        "cosimo lanfranchi vermouth how to spot fake",
        "anyone tried florentyna haskell tights? saw an ad",
    ],
)
def test_stop36_firms_assistants_and_brands_stay(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hello Gloire & Viliami,\nthe keys are in the lockbox", ["Gloire", "Viliami"]),
        ("Love you both,\nFritznel & Tinhinane xx", ["Fritznel", "Tinhinane"]),
        ("Hello Zarema & Desislava,", ["Desislava", "Zarema"]),
        ("Alexa Chung wore it best", ["Alexa Chung"]),
        ("thanks Siri, see you at 5", ["Siri"]),
        ("Radomir Okonjo drills the holes", ["Radomir Okonjo"]),
        ("amara okafor obituary leeds", ["amara okafor"]),
    ],
)
def test_stop36_people_kept(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Assigned to Ikenna; escalate to kitchi meekis if not resolved by Friday.", None),
        ("AUDIT user granted role=admin by mawunyo akpalu", ["mawunyo akpalu"]),
        ("Mr thorncastle says his SSN is on file", ["thorncastle"]),
        ("ran into Ms. blackwood at the store today haha", ["blackwood"]),
        ("Avoid. Mr da costa never returned my deposit.", ["da costa"]),
        ('{"signed_by": "Dr. leilani da costa"}', ["leilani da costa"]),
        ("Mr dilani ismail\nKarl Johans gate 173", ["dilani ismail"]),
        ("Sr. thornton pide factura a nombre de la empresa", ["thornton"]),
        ("Dr. womack's office called back", ["womack"]),
    ],
)
def test_stop36_lower_case_names_after_cues_and_titles(text: str, names: list[str] | None) -> None:
    found = _found(text, "PERSON")
    assert found == names if names is not None else "kitchi meekis" in found


@pytest.mark.parametrize(
    "text",
    [
        "the dr de facto rule applies",
        "Draw random correlation matrices, all with eigenvalues eigs.",
        "I use MS excel daily",
        "Dr Pepper is great",
        "dr. pepper please",
        "Sr. engineer wanted, apply within",
        "Mr dilani asked",
    ],
)
def test_stop36_cues_and_titles_take_no_words(text: str) -> None:
    assert _found(text, "PERSON") in ([], ["dilani"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"device": "Kofi\'s iPad", "ip": "10.1.2.3"}', ["Kofi"]),
        ("DHCP lease to Amara's iPhone (10.0.0.7)", ["Amara"]),
        ("Apple's iPhone is nice", []),
        ('From: "Tolga S." <tolga@example.com>', ["Tolga S."]),
        ("Requester: OKONJO, CHIDI\nSSN: 123-45-6789", ["OKONJO, CHIDI"]),
        ('{"holder": "\u00c7ELIKKOL, NURG\u00dcL"}', ["\u00c7ELIKKOL, NURG\u00dcL"]),
        ("status: ERROR, FAILED", []),
        ("Maria Lopez (support agent) called back", ["Maria Lopez"]),
        ("Dr Anna Okafor dental check", ["Anna Okafor"]),
    ],
)
def test_stop36_owners_and_capital_records(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "Delivery delayed by the schooner Lady Gwendolyn.",
        "Vera (AI assistant) couldn't answer a single question",
        '{"bot": {"name": "Zoe (chat helper)"}}',
        "Princess Snugglepaws the shop cat is the real star",
        "pet:\n  name: Lady Purrington\n  batch: 3",
        "who finished the frango \u00e0 dona benta??",
        "who finished the pancit lola ising??",
        "Riverstone Physio hours",
        "From: Quillwork Stationers <no-reply@example.com>",
        '"Leopold Ashcombe rain jackets",SO4118184',
        "Bought Montague Sparrowhawk cameras for my dad",
        "Cosimo Ferraldi espresso machines sale",
    ],
)
def test_stop36_vessels_bots_pets_dishes_firms_and_goods_stay(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kumusta tavelino? padala mo sa bahay", ["tavelino"]),
        ("gamarjoba quorvela! axali nomeri soon", ["quorvela"]),
        ("salamat orvindel! gcash na, ok", ["orvindel"]),
        ("oi quelvina! meu endereço novo é lenana road", ["quelvina"]),
        ("merci beaucoup? non", []),
        ("danke schön, bis bald", []),
        ("hbd ostravin!!! 🎉", ["ostravin"]),
    ],
)
def test_stop36_code_switched_chat(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ask quelvara to call back Mr Dunmore on 0123, re: parcel.", ["Dunmore", "quelvara"]),
        ("Tell kwabena to send the form", ["kwabena"]),
        ("Ask support to call back", []),
        ("ok so ostrelin's mum says the flat is near the park", ["ostrelin"]),
        ("ok so the flat is near the park, quorvane knows the way", ["quorvane"]),
        ("google knows the way", []),
    ],
)
def test_stop36_asked_names_and_chat_subjects(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I spoke with jovica cedilnik and thieme prummel about it.", None),
        ("Gregory kudryashov's social security number is on file.", ["Gregory kudryashov"]),
        ("Cześć tsjerk, mój nowy adres to ...", ["tsjerk"]),
        ("Shopping\n- rosemary focaccia\n- milk\n- bread", []),
    ],
)
def test_stop36_keyboard_capitalised_prose(text: str, names: list[str] | None) -> None:
    found = _found(text, "PERSON")
    assert found == names if names is not None else "jovica cedilnik" in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DR. OCAMPO'S OFFICE CALLED BACK RE: THE INVOICE.", ["OCAMPO"]),
        ("DR. KONG RANG TWICE ABOUT THE INVOICE", ["KONG"]),
        ("MS EXCEL CRASHED AGAIN", []),
        ("DR PEPPER IS GREAT", []),
    ],
)
def test_stop36_titled_names_in_a_line_of_capitals(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names
