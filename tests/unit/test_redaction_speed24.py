"""Speed24: each faster regex matches exactly as the plain form it replaced (kept here as the
reference), on hypothesis-built texts and on the cases that matter for the case-insensitive
letters outside ASCII (U+017F, the long s; U+212A, the Kelvin sign)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import person_recall_keys_and_capitals as keys
from processors.redaction.person_recall_words import _LOWER, _UPPER


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


_PLAIN_PERSON_KEY_VALUE = re.compile(
    r"(?i)(?:name|display|author|payee|payer|agent|assignee|reviewer|driver|recipient|sender"
    r"|customer|holder|owner|user|nickname|requester|reporter|employee|tenant|guest|patient"
    r"|member)[\"']?[ \t]*[:=][ \t]*[\"']"
    rf"((?:[{_UPPER}][{_LOWER}]*\.?|[{_UPPER}]{{2,}})(?:[ -](?:[{_UPPER}][{_LOWER}]*\.?"
    rf"|[{_UPPER}]{{2,}})){{0,3}})[\"'](?!\w)"  # (stop 40: no letter after the closing quote)
)
_KEY_FRAGMENTS = [
    "name", "Name", "NAME", "user", "USER", "u\u017fer", "nic\u212aname", "payee", "payer",
    "d\u0131splay", "D\u0130SPLAY", "pat\u0131ent", "Owner",
    "display_name", "customer", "the", "x", "é", "\"", "'", "=", ":", " ", "\t", "-", ".",
    '="', '": "', "=' ", "Mariama", "Tall", "KERTTU", "ab", "\n", ",",
]  # fmt: skip


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_KEY_FRAGMENTS), max_size=14).map("".join))
def test_redaction_speed24_person_key_value_as_plain(text: str) -> None:
    assert _spans(keys._PERSON_KEY_VALUE, text) == _spans(_PLAIN_PERSON_KEY_VALUE, text)


def test_redaction_speed24_person_key_value_cases() -> None:
    for text in (
        'payee="Erdeni Hedges"',
        '{"display": "Kerttu"}',
        "USERNAME = 'Lars Ek'",
        'u\u017fer="Anna Berg"',
        'nic\u212aname: "Jo"',
        'd\u0131splay: "Jo Ek"',
        'PAT\u0130ENT="Jo Ek"',
        'customer_name :\t"O. Tall"',
        'agentname="x"',
        'rename="Bob" owner = "Ann Lee',
        "note: 'Anna'",
        'name"="Anna"',
        'na\nme="Anna"',
    ):
        assert _spans(keys._PERSON_KEY_VALUE, text) == _spans(_PLAIN_PERSON_KEY_VALUE, text)
    assert _spans(keys._PERSON_KEY_VALUE, 'payee="Erdeni Hedges"') == [((0, 21), (7, 20))]


def test_redaction_speed24_person_key_classes_cover_ignorecase() -> None:
    """The consumed first letter is exactly what a key's first letter matches under
    IGNORECASE, and the look-ahead's letters hold all that any key letter matches."""
    first = re.compile("(?i)[" + "".join({key[0] for key in keys._PERSON_KEYS}) + "]")
    letters = re.compile("(?i)[" + "".join(set("".join(keys._PERSON_KEYS))) + "]")
    first_class = re.compile("[ACDEGHMNOPRSTUacdeghmnoprstu\u017f]")
    letter_class = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
    for code in range(0x110000):
        char = chr(code)
        assert (first.match(char) is None) == (first_class.match(char) is None), hex(code)
        assert letters.match(char) is None or letter_class.match(char) is not None, hex(code)
