"""Names written in capitals whose words no list knows (round 12, "cross").

``caps_unknown_names(text)`` finds runs of two to four words in capitals (``THENMOZHI
PALANIAPPAN INSTAGRAM FOLLOWERS``, ``AUMA AHIMBISIBWE HUNG UP ON ME TWICE.``) in which
every word is one of no English list, even without its accents (so not a brand, a place
the English lexicon knows, a common abbreviation or a word of the sentence around it), nor
a country. The given-name lexicon cannot help here: names written in capitals in these
corpora are mostly ones it lacks. A run needs a word of four letters or more (two or
three capitals are as often an acronym: ``NHS``, ``GP``), and a word with no vowel breaks
the run (an acronym or a booking code: ``PNR WLNMZR``). Only the words a run opens with
count (``SRI RAHAYU SUSANTO``, with a common first word, is not ``RAHAYU SUSANTO``), up to
the first known word (``... INSTAGRAM``): only the unknown part is a name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from processors.redaction.address_layout import country_names
from processors.redaction.lexicon import NAME_PARTICLES, common_words, english_words
from processors.redaction.name_contexts import STREET_TYPES
from processors.redaction.shapes import ascii_capitals
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["caps_unknown_names", "folded", "may_have_caps_run"]

# (Speed) The cheap gates. In ASCII text a run opens with two words of two capitals or
# more, so the text holds two capitals, a space and two capitals. Other text must hold a
# capital, a space and a capital, "capital" widened to the range of Latin letters from
# U+00C0 to U+1EF9 (small ones too: a range is far cheaper for the regex engine than the
# class of every capital, and a fifth of the text is not ASCII).
# (In ASCII text the first is a substring test of ascii_capitals: b"AA AA".)
_PAIR: Final = re.compile("[A-Z\u00c0-\u1ef9] [A-Z\u00c0-\u1ef9]")
# A word in capitals (hyphen or apostrophe inside: "AL-MUTAIRI", "O'NEILL"), and runs of
# them. ASCII text uses A-Z, other text "a letter that is no ASCII small letter" (every
# capital, and some small letters, which ``str.isupper`` then turns away): the class of
# every Latin capital costs the regex engine far more. The look-behind follows the first
# letter, so that the engine scans for that letter rather than trying the look-behind at
# every position.
_ASCII_LETTER, _LETTER = "[A-Z]", r"[^\W\d_a-z]"
_ASCII_WORD: Final = f"{_ASCII_LETTER}+(?:['\u2019-]{_ASCII_LETTER}+)*"
_WORD: Final = f"{_LETTER}+(?:['\u2019-]{_LETTER}+)*"
_BEFORE, _AFTER = r"(?<![\w<@./'\u2019-].)", r"(?![\w>@'\u2019-])"
_ASCII_RUN: Final = re.compile(
    f"{_ASCII_LETTER}{_BEFORE}{_ASCII_LETTER}*(?:['\u2019-]{_ASCII_LETTER}+)*"
    f"(?: {_ASCII_WORD})+{_AFTER}"
)
_RUN: Final = re.compile(
    f"{_LETTER}{_BEFORE}{_LETTER}*(?:['\u2019-]{_LETTER}+)*(?: {_WORD})+{_AFTER}"
)
# A vowel (any accent): a word in capitals with none is an acronym or a code ("PNR WLNMZR").
_VOWEL: Final = re.compile("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ąĒ-ěĨ-ıŌ-œŨ-ųƠơƯưẠ-ỹ]")


# Words that open a place's name before a particle (Spanish, Portuguese, Italian, French).
_PLACE_HEADS: Final = frozenset(
    ["camino", "puerto", "villa", "vila", "san", "santa", "santo", "são", "sao", "porto",
     "castillo", "castello", "monte", "ciudad", "cidade", "puente", "ponte", "isla", "ilha",
     "playa", "praia", "pueblo", "barrio", "bairro", "colonia", "col", "ribeira", "rio",
     "sierra", "valle", "vale", "torre", "plaça", "placa", "ronda", "cuesta", "carretera",
     "avinguda", "passeig", "travessera", "calle", "carrera", "cra", "cll", "diagonal"]
)  # fmt: skip


def folded(word: str) -> str:
    """``word`` lower-cased without its accents ("Kraków" -> "krakow")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isascii())


def _unknown(word: str) -> bool:
    low = word.lower()
    if len(low) < 2 or low in common_words() or low in english_words():
        return False
    plain = folded(word)
    return plain not in english_words() and plain not in common_words()


def may_have_caps_run(text: str) -> bool:
    """False only when :func:`caps_unknown_names` finds nothing in ``text``."""
    return bool(caps_unknown_names(text))


def caps_unknown_names(text: str) -> list[PiiSpan]:
    """Spans of the runs of unknown capitalised words (module docs)."""
    out: list[PiiSpan] = []
    ascii_text = text.isascii()
    if ascii_text:  # (speed: "[A-Z][A-Z] [A-Z][A-Z]" without the regex engine)
        gate_start = ascii_capitals(text).find(b"AA AA")
    else:
        gate = _PAIR.search(text)
        gate_start = -1 if gate is None else gate.start()
    if gate_start < 0:
        return out
    first = text.rfind(" ", 0, gate_start) + 1  # (the word of the first such place)
    runs = (_ASCII_RUN if ascii_text else _RUN).finditer(text, first)
    countries = country_names()
    for match in runs:
        words = match.group().split(" ")
        position = match.start()
        group: list[tuple[int, str]] = []
        for word in [*words, ""]:
            if (
                word
                and word.isupper()
                and (
                    (_unknown(word) and _VOWEL.search(word) is not None)
                    # (stop 33) a particle inside the name: "LIBORINO DI SGAMBALUPO", "VAN"
                    or (group and word.lower() in NAME_PARTICLES)
                )
            ):
                group.append((position, word))
                position += len(word) + 1
                continue
            _take(group, countries, out)
            break  # (only a run's first words: "SRI RAHAYU ..." is not "RAHAYU ...")
    return out


def _take(group: list[tuple[int, str]], countries: frozenset[str], out: list[PiiSpan]) -> None:
    while group and group[-1][1].lower() in NAME_PARTICLES:
        group = group[:-1]  # (a particle ends no name: "RAHAYU DI" + a known word)
    named = [w for _, w in group if w.lower() not in NAME_PARTICLES]
    if not 2 <= len(named) <= 4 or max(len(w) for w in named) < 4:
        return
    if len(named) < len(group) and (
        named[0].lower() in _PLACE_HEADS or named[0].lower() in STREET_TYPES
    ):
        return  # (stop 33) a street or a place: "CAMINO DE RONDA", "PUERTO DE LA CRUZ"
    value = " ".join(w for _, w in group).lower()
    if value in countries or any(w.lower() in countries for _, w in group):
        return
    last_start, last_word = group[-1]  # (not len(value): "İ".lower() is two characters)
    out.append(PiiSpan(group[0][0], last_start + len(last_word), PERSON))
