"""Set-10 round: persons still missed, found by the slot they stand in (``recall_names``).

Called by ``name_fixes.label_names`` (so its spans win over overlapping candidates and the
re-scan guard, which asks ``label_names`` last, stays exact). Each rule needs a name word that
is a listed given name (``lexicon.first_names``) and no English word (the 40,000-word list nor
the 6,000 most frequent words), and a position where only a person fits:

- capitalised lone names in a person slot, ``Surname, Given`` and ``SURNAME Given`` in
  mixed-case text (``person_recall_capitalised``, whose docstring has the slots);
- two or three name words opening an all-capitals text, and the quoted value of a person key
  (``person_recall_keys_and_capitals``);
- lower-case names after an opening greeting or on a closing line of mixed-case text, and in
  caseless chat (``person_recall_lower_case``).

Every span also passes the run filters of sets 8 and 9 (product, place and firm contexts).

Their word lists and predicates are in ``person_recall_words``.
"""

from __future__ import annotations

from processors.redaction.name_not_persons import (
    not_a_person_run,
    not_a_person_run_by_head_or_key,
)
from processors.redaction.person_recall_capitalised import _lone_names
from processors.redaction.person_recall_keys_and_capitals import (
    _caps_opening,
    _person_key_values,
    _quoted_value,
)
from processors.redaction.person_recall_lower_case import (
    _caseless_lone_names,
    _caseless_pairs,
    _lower_names_in_capitals,
    lower_sign_off,
    opening_addressee,
)
from processors.redaction.spans import PiiSpan

__all__ = ["recall_names"]


def recall_names(text: str, found: list[PiiSpan], capitals_scan: str | None = None) -> None:
    """Append the names of the module docstring (spans may overlap ``found``).

    ``capitals_scan`` (speed, see ``label_names``) is ``text`` or a copy with its placeholders
    in lower case, where the capitalised words are looked for (same matches, fewer capitals
    for the regex engine to stop at), or "" when that copy has no capital after its first
    character (then only the text's first word may be one); None means ``text``.
    """
    new: list[PiiSpan] = []
    if text[:1].islower():
        opening_addressee(text, new)  # (stop 46) "bradders can u send the feed order"
    if text.islower():
        if " and " in text:
            _caseless_pairs(text, new)
        _caseless_lone_names(text, new)
        if "\n" in text:
            lower_sign_off(text, new)  # (stop 33) "kind regards,\nadetokunbo jibril"
    elif text.isupper():
        _caps_opening(text, new)
    else:
        _lone_names(text, new, capitals_scan)
        if _quoted_value(text):
            _person_key_values(text, new)
        if text[:1] in "HDMY" or "\n" in text:
            _lower_names_in_capitals(text, new)
    for span in new:
        if any(s.start < span.end and span.start < s.end for s in found):
            continue  # (another rule, or an earlier one of these, already read this stretch)
        if not not_a_person_run(text, span.start, span.end) and not not_a_person_run_by_head_or_key(
            text, span.start, span.end
        ):
            found.append(span)
