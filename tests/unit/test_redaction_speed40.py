"""Speed round 40: the re-scan guard asks ``form_names`` only for the forms whose gates passed
on the text it redacts (``form_names_after_redaction``, as the families of speed round 31)."""

from __future__ import annotations

import pytest

from processors.redaction import person39_forms as forms
from processors.redaction.redactor import _replace_for_guard, detect
from processors.redaction.spans import ENTITY_TYPES, placeholder

_TEXTS = (
    "Booked with Raghunath B. at 4111 1111 1111 1111, ask Anna Kowalski",
    "cardholder BRANDAO, THIAGO, card 4111 1111 1111 1111 declined",
    "[Agent Harriet] Hi Kaito! Call 0161 496 0000",
    "Reception (Davide) was kind, Anna Kowalski paid 4111 1111 1111 1111.",
    "Parcel for Anna Kowalski at 12 Elm Street, Brighton. -saurabh",
    "Call Temitayo Adeyemi on 0161 496 0000 when you're back.",
    # (stop 40) the workplace forms of person40_forms, asked through form_names
    "FAC-9 | Payroll | Obasi, Segun (HR6323742) changed IBAN to GB82WEST12345698765432",
    "Not you? Call 0161 496 0000.\n\nAndrei, Volunteer Coordinator",
    "mum of Desmond rang, ring back on 0161 496 0000",
    "Surname: QUARMBY\nForename(s): LYLE\nSSN: 588-20-9730",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_after_redaction_answers_as_form_names(text: str) -> None:
    spans = detect(text)
    assert spans, text
    redactions = [_replace_for_guard(text, spans)[0]]
    redactions += [_replace_for_guard(text, (span,))[0] for span in spans]
    for redaction in redactions:
        forms.form_names(text)  # (the first pass notes its gates on the source)
        fired = forms._FIRED.fired_on(text)
        expected = bool(forms.form_names(redaction))
        forms.form_names(text)
        assert forms.form_names_after_redaction(redaction, text) == expected
        assert forms.form_names(redaction, fired) == forms.form_names(redaction)
    # (without the source noted last, every form is tried)
    forms.form_names("something else")
    assert forms.form_names_after_redaction(redactions[0], text) == bool(
        forms.form_names(redactions[0])
    )


def test_no_gate_reads_a_placeholder() -> None:
    for kind in ENTITY_TYPES:
        token = placeholder(kind)
        for text in (token, " " + token + ".", "x " + token + ". y", "[" + token + "]"):
            forms.form_names(text)
            assert forms._FIRED.fired_on(text) & ~4 == 0, text  # ("[" is the text's own)
