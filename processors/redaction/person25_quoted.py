"""(Stop 25) A quoted phrase in lower case inside cased text is read as caseless text: a log's
``courier note: "leave with nasiba next door"`` or a JSON ``"note": "left with haruto at ..."``.

``find_names`` runs on the phrase alone (it is caseless text, so the caseless rules read it,
with their own look-alike filters), and its spans are moved to the phrase's place. Only a
phrase of three or more words qualifies: a quoted word or pair is a value (``"status": "ok"``,
``msg="kyc mismatch"``, ``name="ana lopez"``), which the key rules read, and a two-word log
message read alone looks like a caseless name pair.

(Stop 38) A quoted phrase that opens in lower case and holds a capital is chat too (a JSON
``"gift_message": "happy bday olumide! love, Giuseppe"``): read alone, its lower-case
stretches are read as caseless text (:mod:`person27_lower_stretches`, which skips whole JSON
texts), and only its lower-case names are kept (the text's own rules judge its capitalised
words).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["chat_quoted_phrases", "lower_quoted_phrases"]

_QUOTED_PHRASE: Final = re.compile(r'"([^"\n ]+ [^"\n ]+ [^"\n]+)"')


def lower_quoted_phrases(text: str) -> list[tuple[int, str]]:
    """``(offset, phrase)`` for each quoted phrase of ``text`` that is all in lower case."""
    return [
        (match.start(1), match.group(1))
        for match in _QUOTED_PHRASE.finditer(text)
        if match.group(1).islower()
    ]


def chat_quoted_phrases(text: str) -> list[tuple[int, str]]:
    """(Stop 38) ``(offset, phrase)`` for each quoted phrase of ``text`` that opens in lower
    case and holds a capital."""
    return [
        (match.start(1), match.group(1))
        for match in _QUOTED_PHRASE.finditer(text)
        if match.group(1)[:1].islower() and not match.group(1).islower()
    ]
