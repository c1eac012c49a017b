"""Set-7 rules for phones, SSNs, IP addresses, cards and e-mails: catches and look-alikes."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.cards import find_cards, is_card_number
from processors.redaction.lookalikes import csv_id_column, eui64_like, gs1_valid
from processors.redaction.phones import find_phones
from processors.redaction.structured import find_emails, find_ipv4s, find_ipv6s

STRUCTURED = frozenset(
    ["PHONE_NUMBER", "US_SSN", "IP_ADDRESS", "CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE"]
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


CATCHES = [
    # dotted national numbers with a trunk "0", the Belgian slash form, the German spaced slash
    ("calling 0738.731.941 from abroad", "0738.731.941", "PHONE_NUMBER"),
    ("Next of kin: Ana Lima, 0786.118.526", "0786.118.526", "PHONE_NUMBER"),
    ("tel 079.123.45.67", "079.123.45.67", "PHONE_NUMBER"),
    ("tel 030.1234.5678", "030.1234.5678", "PHONE_NUMBER"),
    ("gsm 0474/12.34.56", "0474/12.34.56", "PHONE_NUMBER"),
    ("2. Luana da Costa \u2014 0474/00.21.55", "0474/00.21.55", "PHONE_NUMBER"),
    ("tel 02/123.45.67", "02/123.45.67", "PHONE_NUMBER"),
    ("Tel.: 089 / 123 456 78", "089 / 123 456 78", "PHONE_NUMBER"),
    ("Handy: 0176 / 123 456 78", "0176 / 123 456 78", "PHONE_NUMBER"),
    # eight digits: 2-2-2-2 and 3-2-3 after a cue; the new cues
    ("phone: 32 12 34 56", "32 12 34 56", "PHONE_NUMBER"),
    ("tlf 22 12 34 56", "22 12 34 56", "PHONE_NUMBER"),
    ("mob 412 34 567", "412 34 567", "PHONE_NUMBER"),
    ("T 853 833 1537 ext.16 | M 2855-2771", "2855-2771", "PHONE_NUMBER"),
    ("Ana Lima\nM: 9123 4567", "9123 4567", "PHONE_NUMBER"),
    ("Ana Lima M: 2855 2771", "2855 2771", "PHONE_NUMBER"),
    ("he left his number 2343-0226 for next time", "2343-0226", "PHONE_NUMBER"),
    ("her new number: 2855 2771", "2855 2771", "PHONE_NUMBER"),
    ("duplicate: nare35@mail.com / 9971 0855 (customer)", "9971 0855", "PHONE_NUMBER"),
    ("\u260e 2967 6912", "2967 6912", "PHONE_NUMBER"),
    # log keys that name a phone although their last part is "id" or "no"
    ("caller_id=4155552671", "4155552671", "PHONE_NUMBER"),
    ("contact_no=4155552671", "4155552671", "PHONE_NUMBER"),
    ("Tel-Nr. 0171 1234567", "0171 1234567", "PHONE_NUMBER"),
    ("Handy-Nr.: 0171 1234567", "0171 1234567", "PHONE_NUMBER"),
    ("call-back 0171 1234567", "0171 1234567", "PHONE_NUMBER"),
    # Budapest's one-digit area code after the 06 trunk; nine digits as area code and rest
    ("tel 06 1 234 5678", "06 1 234 5678", "PHONE_NUMBER"),
    ("tel 06 1234567", "06 1234567", "PHONE_NUMBER"),
    ("Tel 089 123456", "089 123456", "PHONE_NUMBER"),
    # phone formats that already worked and must keep working
    ("whatsapp 0812 3456 7890", "0812 3456 7890", "PHONE_NUMBER"),
    ("+44 (0) 20 7946 0958", "+44 (0) 20 7946 0958", "PHONE_NUMBER"),
    ("tel 06.12.34.56.78", "06.12.34.56.78", "PHONE_NUMBER"),
    ("reach me on 415.555.2671", "415.555.2671", "PHONE_NUMBER"),
    ("cel (11) 91234-5678", "(11) 91234-5678", "PHONE_NUMBER"),
    ("\u0442\u0435\u043b 8 (495) 123-45-67", "8 (495) 123-45-67", "PHONE_NUMBER"),
    ("+7 (912) 345-67-89", "+7 (912) 345-67-89", "PHONE_NUMBER"),
    ("+54 9 11 1234-5678", "+54 9 11 1234-5678", "PHONE_NUMBER"),
    ("Tel 030 12345-23", "030 12345-23", "PHONE_NUMBER"),
    # a request, a job: only the noun right before is a cue
    ("request a callback at 415-555-2671", "415-555-2671", "PHONE_NUMBER"),
    # prose words that must not become identifier cues
    ("call us 415 555 2671", "415 555 2671", "PHONE_NUMBER"),
    ("Austin, TX 512-555-0100", "512-555-0100", "PHONE_NUMBER"),
    ("took 2 hours, call 4155552671", "4155552671", "PHONE_NUMBER"),
    # SSN forms
    ("S.S.N. 123-45-6789", "123-45-6789", "US_SSN"),
    ('{"ssn":"123456789"}', "123456789", "US_SSN"),
    ("SSN/TIN 123-45-6789", "123-45-6789", "US_SSN"),
    ("SSN-123-45-6789", "123-45-6789", "US_SSN"),
    ("ssn123456789", "123456789", "US_SSN"),
    # an extension after "ext:"
    ("call 415-555-2671 ext:204", "415-555-2671 ext:204", "PHONE_NUMBER"),
    # IPv6 forms: compressed, mapped, NAT64, brackets with a port, a zone id, a prefix
    ("[2001:db8::1]:8443", "2001:db8::1", "IP_ADDRESS"),
    ("fe80::1%eth0", "fe80::1%eth0", "IP_ADDRESS"),  # (zone id in the span: set 10's gold)
    ("64:ff9b::192.0.2.33", "64:ff9b::192.0.2.33", "IP_ADDRESS"),
    # (stop 37: "prefix 2001:db8::/32" is a network block, no address; see ip37_networks)
    ("prefix 2001:db8::5/64", "2001:db8::5", "IP_ADDRESS"),
    ("loopback 0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:1", "IP_ADDRESS"),
    ("2001:db8:1:2:3:4:5:6789 is up", "2001:db8:1:2:3:4:5:6789", "IP_ADDRESS"),
    # a key and a colon right before an address (key:value logs)
    ("src:192.168.0.1 dst:10.0.0.2", "10.0.0.2", "IP_ADDRESS"),
    ("IP:8.8.8.8", "8.8.8.8", "IP_ADDRESS"),
    ("host:10.0.0.1:22", "10.0.0.1", "IP_ADDRESS"),
    ("addr:2001:db8::1", "2001:db8::1", "IP_ADDRESS"),
    ("src:fe80::a00:27ff:fe4e:66a1", "fe80::a00:27ff:fe4e:66a1", "IP_ADDRESS"),
    ("dead:beef::1 is ours", "dead:beef::1", "IP_ADDRESS"),
    ("::ffff:10.0.0.1", "::ffff:10.0.0.1", "IP_ADDRESS"),
    # dotted quads near (but not in) the new version contexts
    ("Changes: gateway is now 10.0.0.5", "10.0.0.5", "IP_ADDRESS"),
    ("Changelog says the server 10.1.2.3 is down", "10.1.2.3", "IP_ADDRESS"),
    ("Changelog:\n10.0.0.5 is blocked now", "10.0.0.5", "IP_ADDRESS"),
    ("Changes\n192.168.1.10 - new DNS server", "192.168.1.10", "IP_ADDRESS"),
    ("Step 1: ssh to 10.0.0.1", "10.0.0.1", "IP_ADDRESS"),
    ("10.0.0.1 beta-host", "10.0.0.1", "IP_ADDRESS"),
    ("10.0.0.1 (alpha-node)", "10.0.0.1", "IP_ADDRESS"),
    ("server running on 10.0.0.1", "10.0.0.1", "IP_ADDRESS"),
    ("10.0.0.1 - - [10/Oct/2000:13:55:36 -0700]", "10.0.0.1", "IP_ADDRESS"),
    ("ssh root@10.0.0.1", "10.0.0.1", "IP_ADDRESS"),
    # cards: a card column and a card cue still win over the product-code rules
    ("name,card_number\nAna,5901834610739", "5901834610739", "CREDIT_CARD"),
    ("paid by card 5901834610739, ean shown on receipt", "5901834610739", "CREDIT_CARD"),
    ("id,amount,card\n1,20,4111 1111 1111 1111", "4111 1111 1111 1111", "CREDIT_CARD"),
    # a CSV field followed by a digit field (no thousands group has four digits)
    ("name,phone,age\nAna,415-555-2671,42", "415-555-2671", "PHONE_NUMBER"),
    ("name,ssn,age\nAna,123-45-6789,42", "123-45-6789", "US_SSN"),
    ("id,name,phone\n1,Ana,415-555-2671", "415-555-2671", "PHONE_NUMBER"),
    # IBAN in groups joined by dashes
    ("IBAN DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00", "IBAN_CODE"),
    ("iban: gb82-west-1234-5698-7654-32.", "gb82-west-1234-5698-7654-32", "IBAN_CODE"),
    # a card followed by its expiry date
    ("card 4111 1111 1111 1111 12/25", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("4111-1111-1111-1111 05/27 123", "4111-1111-1111-1111", "CREDIT_CARD"),
    ("card 4111111111111111 12/25", "4111111111111111", "CREDIT_CARD"),
    # e-mail
    ("mail first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk", "EMAIL_ADDRESS"),
    ("png expert: jane@pngtools.com", "jane@pngtools.com", "EMAIL_ADDRESS"),
    ("mail jane@x.com: urgent", "jane@x.com", "EMAIL_ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "entity_type"), CATCHES)
def test_catches(text: str, value: str, entity_type: str) -> None:
    assert (value, entity_type) in _found(text)


LOOKALIKES = [
    # EUI-64 interface identifiers and MAC-like pairs
    "eui-64 32:94:d9:20:cf:15:be:46 to link local",
    "timecode 01:02:03:04:05:06:07:08",
    # changelog lists and release notes after a dash or a date
    "Changelog\n8.16.7.219 - security fixes\n14.22.18.131 - initial release",
    "Release notes\n- 1.2.3.4: minor improvements",
    "1.2.3.4 (2023-01-01): bug fixes",
    # section numbers, OIDs, version pins, constructor-style versions
    "section 1.2.3.4 of the spec",
    "see \u00a74.2.1.3",
    "Table 2.1.3.4 shows",
    "snmp oid 1.3.6.1 walk",
    "pip install foo==1.2.3.4",
    'AssemblyVersion("1.0.0.0")',
    "installed 1.2.3.4 last night",
    "rollback to 1.2.3.4",
    "got 1.2.3.4 (beta) today",
    "1.2.3.4 (LTS) is fine",
    # glued SSN cue: a word that only ends in "ssn", an area that cannot be issued
    "classn123456789",
    "SSN-000-45-6789",
    # a digit and a colon before: a time, not a key
    "at 10:30.1.2.3",
    "std::vector<int> v;",
    # EAN/GTIN codes in an identifier column or a product text
    "id,ean,stock\n30262,5901834610739,32\n68797,5900673945699,17",
    "barcode 5901234123457 scanned",
    "sku,gtin\nA-1,4006381333931",
    # phone look-alikes: 4-4-4 and thousands without a trunk 0, national ID numbers
    "shipped 9818 2111 3225 yesterday",
    "Aadhaar 1234 5678 9012",
    "population 1 234 567 890",
    "NHS 943 476 5919",
    "SIN 046 454 286",
    "range 2019 / 2020 / 2021",
    "ticket 0474/12.34.56",
    "order 0738.731.941",
    "CPF 012.345.678-90",
    "on 03.12.2024",
    "Size M 1234 5678",
    "at 5 P.M. 2855 2771",
    "A/C 1234-5678",
    "my order number 1234 5678",
    # identifier nouns in English and neighbouring languages
    "S/N 4155552671",
    "Bestellnummer: 0171 1234567",
    "n\u00ba de commande 06 12 34 56 78".replace("n\u00ba de ", ""),
    "voucher 415 555 2671",
    "PNR 0738 731 941",
    # a contact's identifier, an order number key
    "contact_id=4155552671",
    "order_no=4155552671",
    "Tracking-ID: 0171 1234567",
    "Auftrags-Nr. 0171 1234567",
    # nine digits in two groups without a cue; one-digit groups elsewhere
    "see page 06 1234567",
    "on 06 1 2 3",
    "rows 07 1 234 5678",
    # log keys of counts, sizes, durations; an amount after a currency sign
    "latency_ms=1234567890 status=200",
    "pid=3141592653",
    "crc32=3735928559",
    "seq 5551234567",
    "RMA 4155552671",
    "\u00a512345678901",
    # a dashed IBAN with wrong check digits
    "IBAN DE89-3704-0044-0532-0130-01",
    # an amount with decimals is not read as a shorter card
    "total 4111 1111 1111 1111.50",
    "1234567890123.45",
    # image file names are no e-mail addresses
    "icon@2x.png",
    "<img src='logo@3x.JPG'>",
    # an SSH/SCP remote
    "remote: git@github.com:org/repo.git",
    "scp f deploy@build.example.com:/var/www",
    # CSV rows of an id column; thousands before a comma and a digit
    "name,phone,order_id\nAna,,0171 1234567",
    "order_id,status\n123-45-6789,shipped",
    "total 12,345,678,901",
    "id,tracking,qty\n1,9818 2111 3225,2\n2,3791 476 4506,1",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes(text: str) -> None:
    assert [f for f in _found(text) if f[1] in STRUCTURED] == []


def test_is_card_number_rejects_non_digits() -> None:
    assert is_card_number("a" * 16) is False
    assert is_card_number("\uff14" * 16) is False  # fullwidth digits
    assert is_card_number("4111111111111111") is True


def test_helpers() -> None:
    assert gs1_valid("4006381333931")
    assert not gs1_valid("4006381333932")
    assert not gs1_valid("abcdefghijklm")
    assert eui64_like("32:94:d9:20:cf:15:be:46")
    assert not eui64_like("2001:db8:1:2:3:4:5:6789")
    text = "id,ean,stock\n1,5901834610739,3"
    assert csv_id_column(text, text.index("59"))
    prose = "Order 12, shipped\nCall 0171 1234567"
    assert not csv_id_column(prose, prose.index("0171"))


@pytest.mark.parametrize(
    "text",
    [
        "calling 0738.731.941 from abroad",
        "gsm 0474/12.34.56",
        "tel 02/123.45.67",
        "Tel.: 089 / 123 456 78",
        "phone: 32 12 34 56",
        "mob 412 34 567",
    ],
)
def test_prefilters_let_new_phone_forms_through(text: str) -> None:
    """detect's shape gates must pass every form find_phones now accepts."""
    expected = {(s.start, s.end) for s in find_phones(text)}
    assert expected
    assert expected <= {(s.start, s.end) for s in detect(text) if s.entity_type == "PHONE_NUMBER"}


def test_finders_agree_with_detect_on_lookalikes() -> None:
    assert not list(find_ipv6s("eui-64 32:94:d9:20:cf:15:be:46 to link local"))
    assert not list(find_ipv4s("section 1.2.3.4 of the spec"))
    assert not list(find_cards("id,ean,stock\n30262,5901834610739,32"))
    assert not list(find_emails("icon@2x.png"))
