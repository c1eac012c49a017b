"""Detection and redaction: run every detector, resolve overlaps, replace with placeholders.

Promises:

* :func:`detect` returns sorted, non-overlapping spans in the coordinates of its input and
  never reports a span lying inside a placeholder such as ``<PERSON>``.
* :func:`redact` is idempotent: ``redact(redact(x).text).text == redact(x).text``. It
  re-scans its own output and widens the redaction until nothing is detected any more (in
  practice one extra scan), so the spans it returns may be a superset of ``detect(x)``.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.addresses import find_addresses
from processors.redaction.cards import find_cards, may_contain_spaced_card
from processors.redaction.name_echoes import echo_names
from processors.redaction.name_title_words import TITLE_WORDS
from processors.redaction.names import find_names, may_contain_names
from processors.redaction.person37_burmese import burmese_names
from processors.redaction.person37_edges import grow_name_edges
from processors.redaction.person37_things import drop_things37
from processors.redaction.person39_forms import form_names, form_names_after_redaction
from processors.redaction.person39_passengers import passenger_names
from processors.redaction.person42_code import drop_code_names
from processors.redaction.person43_lone import lone_given_names, lone_names_after_redaction
from processors.redaction.phone43_spoken import SPOKEN_SHAPE, find_spoken_phones
from processors.redaction.phone_context import may_contain_dotted_phone
from processors.redaction.phones import find_phones, may_contain_phone
from processors.redaction.shapes import ascii_shape
from processors.redaction.spans import (
    ENTITY_TYPES,
    PERSON,
    PiiSpan,
    Redaction,
    placeholder,
    resolve,
)
from processors.redaction.ssn_forms import may_contain_joined_ssn
from processors.redaction.structured import (
    find_bare_ssns,
    find_emails,
    find_ibans,
    find_ipv4s,
    find_ipv6s,
    find_separated_ssns,
    may_contain_ipv6,
)
from processors.redaction.structured10_ssn import may_contain_key_ssn_cue
from processors.redaction.structured_phone_cues import may_contain_dotted_mobile
from processors.redaction.structured_ssn_cues import may_contain_extra_ssn_cue

__all__ = ["detect", "redact"]

_PLACEHOLDER: Final = re.compile("<(?:" + "|".join(ENTITY_TYPES) + ")>")
_PLACEHOLDERS: Final = {entity_type: placeholder(entity_type) for entity_type in ENTITY_TYPES}
# The same in lower case: the copy of the redacted text that the name guard scans (its regexes
# stop at every capital letter, and a placeholder's capitals change none of their matches).
_LOWER_PLACEHOLDERS: Final = {
    entity_type: text.lower() for entity_type, text in _PLACEHOLDERS.items()
}
_MAX_PASSES: Final = 8
_DIGIT: Final = re.compile(r"\d")
# A bytes.translate table: every ASCII digit to "0", anything else to "_".
_ASCII_DIGIT_MARKS: Final = b"_" * ord("0") + b"0" * 10 + b"_" * (256 - ord("9") - 1)
_NON_DIGITS: Final = re.compile(r"\D+")
# Fewest digits each detector can match (a cheap prefilter: most event text has none).
_MIN_DIGITS_SSN: Final = 9
_MIN_DIGITS_PHONE: Final = 7  # (stop 37: "TEL 967 2596" after a phone word)
_MIN_DIGITS_CARD: Final = 12
# Two check digits: an alphanumeric BBAN may hold as few as three more digits by chance
# ("LV46UNLA6K0MAPIT3AXJS", set 10 round), so only the check digits are certain.
_MIN_DIGITS_IBAN: Final = 2
_MIN_DIGITS_IPV4: Final = 4
# In ascii_shape(): twelve digits joined by single spaces or dashes, not right after a letter,
# digit, "_", "+", ".", "/" or "-" (as cards._CANDIDATE starts). Not after an IBAN's letters.
_CARD_START: Final = re.compile(r"0(?<![0a_+./-]0)(?:[ -]?0){11}")
# The characters outside ASCII that a separated SSN may hold (its separators: a no-break space,
# the dashes U+2010-U+2014, the minus sign); a card or a phone number may hold only U+2013 and
# U+00A0. Without them a match is all ASCII, and the shape tests stay exact in any text.
_SSN_NON_ASCII: Final = re.compile("[\u00a0\u2010-\u2014\u2212]")
# Nine bare digits are an SSN only after one of these cues (see find_bare_ssns).
_SSN_CUE_ANYWHERE: Final = re.compile(r"(?i)ssn|social\s+security|ss#|background")


def detect(text: str) -> tuple[PiiSpan, ...]:
    """All PII spans in ``text``: sorted by start, non-overlapping, end exclusive."""
    if "\u0130" in text:
        # "İ" is the one character whose lower() is two characters long: rules that find
        # words in a lower-cased copy would misplace every later span. "I" keeps the offsets
        # and reads the same in the word lists ("İLTEKIN" is "iltekin").
        return detect(text.replace("\u0130", "I"))
    shape = ascii_shape(text)
    digits = shape.count("0") if shape is not None else len(_NON_DIGITS.sub("", text))
    found = _find_structured(text, shape, digits)
    structured = resolve(found) if len(found) > 1 else tuple(found)
    holes = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)] if "<" in text else []
    candidates: list[PiiSpan] = []
    if digits:  # every address has a house, box or postal number
        guarded = [*structured, *(PiiSpan(a, b, "") for a, b in holes)] if holes else structured
        candidates.extend(find_addresses(text, guarded))
    names = find_names(text)
    if names:  # (stop 37) "padala mo na lang", "owner=svc-ledger": no one
        candidates.extend(drop_code_names(text, drop_things37(text, names)))  # (stop 42: code)
    candidates.extend(burmese_names(text))  # (stop 37) "ask zaw kyi pyar to call back"
    candidates.extend(passenger_names(text))  # (stop 39) "NOWICKI/PRZEMYSLAW MSTR"
    candidates.extend(form_names(text))  # (stop 39) "Raghunath B.", "cardholder BRANDAO, THIAGO"
    if not candidates:  # the structured spans are resolved already
        spans = structured
    else:
        candidates.extend(structured)
        spans = resolve(candidates) if len(candidates) > 1 else tuple(candidates)
    lone = lone_given_names(text, spans)  # (stop 43) "★★★★★ Alessandro at the counter was"
    if lone:
        spans = tuple(sorted((*spans, *lone), key=lambda span: span.start))
    if len(spans) > 0:  # (stop 26) a found name's other places: "... Thank you Robin!"
        spans = echo_names(text, spans)
        # (stop 37) "Phyu Noe Wai", "Ma. Cresencia", "de assis", '"Guram L." <': its edges
        spans = grow_name_edges(text, spans)
    if holes:
        spans = tuple(s for s in spans if not any(a <= s.start and s.end <= b for a, b in holes))
    return spans


def _find_structured(text: str, shape: str | None, digits: int) -> list[PiiSpan]:
    """Every e-mail, IBAN, card, SSN, phone and IP detection in ``text`` (they may overlap).

    ``shape`` is :func:`ascii_shape` of ``text`` and ``digits`` its number of digits. A
    detector runs only when the text has the digits it needs and, when the shape is known,
    the shape every one of its matches contains (a necessary condition, so skipping is exact).
    """
    found: list[PiiSpan] = []
    if "@" in text:
        found.extend(find_emails(text))
    if digits >= _MIN_DIGITS_IBAN and (shape is None or "aa00" in shape):  # "GB82"
        found.extend(find_ibans(text))
    # A card is one run of twelve or more digits, or groups of three or more digits joined by
    # one space or dash; and its first twelve digits start a run (see _CARD_START).
    if digits >= _MIN_DIGITS_CARD and (
        shape is None
        or (not text.isascii() and ("\u2013" in text or "\u00a0" in text))  # joined by these
        or (
            ("000000000000" in shape or "000 000" in shape or "000-000" in shape)
            and _CARD_START.search(shape) is not None
        )
        or may_contain_spaced_card(shape)
    ):
        found.extend(find_cards(text))
    if digits >= _MIN_DIGITS_SSN:
        if (
            shape is None
            or "000-00-0000" in shape
            or "000 00 0000" in shape
            or "000.00.0000" in shape
            or "0 - 00 - 0" in shape
            or may_contain_joined_ssn(shape)
            or (not text.isascii() and _SSN_NON_ASCII.search(text) is not None)  # other dashes
        ):
            found.extend(find_separated_ssns(text))
        if shape is None or (
            "000000000" in shape
            and (
                _may_contain_ssn_cue(text)
                or may_contain_extra_ssn_cue(text)  # (hook)
                or may_contain_key_ssn_cue(text)  # "soc_sec_no" (struct10 hook)
            )
        ):
            found.extend(find_bare_ssns(text))
    if digits >= _MIN_DIGITS_PHONE and (
        shape is None
        or may_contain_phone(text, shape)
        or may_contain_dotted_phone(text, shape)
        or may_contain_dotted_mobile(shape)  # (set 10 round hook: "333.1234567")
    ):
        found.extend(find_phones(text))
    if digits >= 10 and (shape is None or SPOKEN_SHAPE in shape):  # (stop 43) "0 7 9 1 1 ..."
        found.extend(find_spoken_phones(text))
    if digits >= _MIN_DIGITS_IPV4 and (shape is None or "0.0" in shape):
        found.extend(find_ipv4s(text))
    if may_contain_ipv6(text):  # (IPv6 may have few or no digits, "fe80::")
        found.extend(find_ipv6s(text))
    return found


def _may_contain_ssn_cue(text: str) -> bool:
    """False only when ``text`` has none of the cues nine bare digits need to be an SSN."""
    # In ASCII text, case-insensitive is lower(): no U+017F (long s) or U+0131 (dotless i).
    if text.isascii():
        lowered = text.lower()
        return (
            "ssn" in lowered or "ss#" in lowered or "social" in lowered or "background" in lowered
        )
    return _SSN_CUE_ANYWHERE.search(text) is not None


def _may_contain_pii(
    text: str, lowered_placeholders: str | None = None, source: str | None = None
) -> bool:
    """False only when :func:`detect` certainly finds nothing in ``text``.

    It mirrors the gates of :func:`detect`: e-mail needs ``@``, IPv6 a ``::`` or six colons
    (:func:`may_contain_ipv6`), every other structured type and every address a digit, and
    names a capitalised run or caseless text. (Redacted text keeps its "Phone:" labels, so
    testing for a bare colon sent most redactions through a second, always empty, scan.)
    ``lowered_placeholders`` is ``text`` with its placeholders in lower case, or None (see
    may_contain_names), ``source`` the text that ``text`` redacts, or None (ditto).
    """
    return (
        "@" in text
        or _has_digit(text)
        or may_contain_ipv6(text)
        # (no digit and no "@" here: the tests before said no)
        or may_contain_names(text, lowered_placeholders, no_digit_or_at=True, source=source)
        or len(burmese_names(text)) > 0  # (stop 37) found outside find_names
        or len(passenger_names(text)) > 0  # (stop 39) ditto
        or form_names_after_redaction(text, source)  # (stop 39) ditto (stop 40: its gates)
        or lone_names_after_redaction(text, source)  # (stop 43) ditto; no spans: a superset
    )


def _has_digit(text: str) -> bool:
    """Whether ``text`` has a decimal digit; for ASCII text without a regex scan (cheaper)."""
    if text.isascii():
        return text.encode().translate(_ASCII_DIGIT_MARKS).find(b"0") >= 0
    return _DIGIT.search(text) is not None


def _replace(
    text: str, spans: tuple[PiiSpan, ...], placeholders: dict[str, str] = _PLACEHOLDERS
) -> str:
    """``text`` with each of ``spans`` (sorted, non-overlapping) replaced by its placeholder."""
    parts: list[str] = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        parts.append(placeholders.get(span.entity_type) or placeholder(span.entity_type))
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _replace_for_guard(text: str, spans: tuple[PiiSpan, ...]) -> tuple[str, str]:
    """``_replace(text, spans)`` and the same with lower-case placeholders, in one pass."""
    parts: list[str] = []
    lowered: list[str] = []
    cursor = 0
    for span in spans:
        kept = text[cursor : span.start]
        parts.append(kept)
        lowered.append(kept)
        upper = _PLACEHOLDERS.get(span.entity_type) or placeholder(span.entity_type)
        parts.append(upper)
        lowered.append(_LOWER_PLACEHOLDERS.get(span.entity_type) or upper)
        cursor = span.end
    rest = text[cursor:]
    parts.append(rest)
    lowered.append(rest)
    return "".join(parts), "".join(lowered)


def _placeholder_positions(spans: tuple[PiiSpan, ...]) -> list[tuple[int, int, int, int]]:
    """(orig_start, orig_end, new_start, new_end) of each span and of its placeholder in the
    text that :func:`_replace` makes (needed only when a re-scan finds more)."""
    mapping: list[tuple[int, int, int, int]] = []
    shift = 0  # how much longer the redacted text is than the original, so far
    for span in spans:
        new_start = span.start + shift
        new_end = new_start + len(placeholder(span.entity_type))
        mapping.append((span.start, span.end, new_start, new_end))
        shift = new_end - span.end
    return mapping


def _to_original(pos: int, mapping: list[tuple[int, int, int, int]], *, is_end: bool) -> int:
    """Map a position in redacted text back to the original; placeholders map to their span."""
    shift = 0
    for o_start, o_end, n_start, n_end in mapping:
        if pos < n_start or (pos == n_start and not is_end):
            break
        if pos < n_end or (pos == n_end and is_end):
            return o_end if is_end else o_start
        shift = o_end - n_end
    return pos + shift


def _merge(spans: list[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Union overlapping spans; the merged span keeps the type of its earliest member."""
    merged: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PiiSpan(last.start, max(last.end, span.end), last.entity_type)
        else:
            merged.append(span)
    return tuple(merged)


_PERSON_PLACEHOLDER: Final = " " + placeholder(PERSON)


def _without_titles_before_names(redacted: str, extra: tuple[PiiSpan, ...]) -> list[PiiSpan]:
    """(Stop 46) ``extra`` without a title or greeting word found right before a redacted
    name: in "Dear Rabbi <PERSON>," the re-scan reads "Rabbi" as a lone name, but it is the
    title of the name the first pass found ("Pastor", "Imam", "Pani" alike)."""
    return [
        span
        for span in extra
        if not (
            span.entity_type == PERSON
            and redacted.startswith(_PERSON_PLACEHOLDER, span.end)
            and redacted[span.start : span.end].rstrip(".").lower() in TITLE_WORDS
        )
    ]


def redact(text: str) -> Redaction:
    """Replace every detected span with its placeholder (``<EMAIL_ADDRESS>``, ...).

    ``spans`` are in the coordinates of ``text``; ``counts`` counts them per entity type.
    """
    spans = detect(text)
    if not spans:
        return Redaction(text, (), {})
    redacted, lowered = _replace_for_guard(text, spans)
    passes = 0
    # Almost always the redacted text has no digit, '@', ':' or capitalised run left, and
    # then a full re-scan is provably empty (see _may_contain_pii), so it is skipped.
    while passes < _MAX_PASSES and _may_contain_pii(redacted, lowered, text):
        extra = _without_titles_before_names(redacted, detect(redacted))
        if not extra:
            break
        passes += 1
        mapping = _placeholder_positions(spans)
        widened = [
            PiiSpan(
                _to_original(s.start, mapping, is_end=False),
                _to_original(s.end, mapping, is_end=True),
                s.entity_type,
            )
            for s in extra
        ]
        spans = _merge([*spans, *widened])
        redacted, lowered = _replace_for_guard(text, spans)
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
    return Redaction(redacted, spans, counts)
