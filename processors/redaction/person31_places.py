"""(Stop 31, from set 26's even half) Person look-alikes that their context names as a
street, a dish, an occasion or goods, or that are no name at all:

- a run right after a Romance street word and its article (``Via del Mandorlo Nero``, ``Rue
  des Pélicans Gris``, ``Rua da Aurora``): a street named after someone is a street, and
  these words stand only before streets;
- the value of a menu's or a dish's key (``menu.item name="Salmon Wellesby"``,
  ``"dish": "Trout Grand Duke Feodor"``);
- a run before a capitalised day, eve or birthday (``Closed on Queen Adelisa's Birthday``,
  ``name="Tinsmiths' Day"``): an occasion's name ("Ana's birthday" in lower case stays);
- a field under the bare name column of a CSV header of goods (``SKU,name,qty``);
- a run opening with "San" (``wedding venue San Teobaldo``): a saint's place or feast;
- a line's opening run under a heading of gigs or a line-up (``Gig list\nStatic Meadow,
  Friday``): bands;
- a run whose last word is cut by a contraction (``Castellane's lemma isn't``);
- a lone word of firms (``Joinery`` of "Thimbleby Joinery called", a rule having cut the
  first word);
- an identifier's label in capitals (``EAN 3145423424229``, ``ABA 069760424``);
- a run whose last word opens a hexadecimal token (``ether fd:5f:ea:b5:9b:44``: a MAC);
- a caseless run holding a word of Spanish, Portuguese, Italian or French chat that is no
  name (``tu número``, ``el mío``).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.name_contexts import organisation_run
from processors.redaction.name_placed import in_goods_name_column
from processors.redaction.phone_id_cues import ID_WORDS

__all__ = ["named_street_dish_occasion_or_goods"]

_STREET_BEFORE: Final = re.compile(
    r"\b(?:Via|Viale|Vicolo|Corso|Piazza|Piazzale|Largo|Strada|Rue|Quai|Chemin|Allée|Impasse"
    r"|Rua|Travessa|Praça|Avenida|Av\.|Calle|C/|Paseo|Carrer|Camino|Ronda|Plaza|Praceta)"
    r" (?:(?:de|del|della|dello|dei|degli|delle|di|da|do|dos|das|des|du|de la|de l'|de los"
    r"|de las|la|le|les|los|las|el|dels|d')\s?)?$"
)
# (the particles of _STREET_WORD_ENDS, which stand between spaces)
_STREET_PARTICLES: Final = frozenset(
    ["de", "del", "della", "dello", "dei", "degli", "delle", "di", "da", "do", "dos", "das",
     "des", "du", "la", "le", "les", "los", "las", "el", "dels"]
)  # fmt: skip
_STREET_WORD_ENDS: Final[tuple[str, ...]] = (
    "Via ", "Viale ", "Vicolo ", "Corso ", "Piazza ", "Piazzale ", "Largo ", "Strada ", "Rue ",
    "Quai ", "Chemin ", "Allée ", "Impasse ", "Rua ", "Travessa ", "Praça ", "Avenida ", "Av. ",
    "Calle ", "C/ ", "Paseo ", "Carrer ", "Camino ", "Ronda ", "Plaza ", "Praceta ",
    " de ", " del ", " della ", " dello ", " dei ", " degli ", " delle ", " di ", " da ", " do ",
    " dos ", " das ", " des ", " du ", " la ", " le ", " les ", " los ", " las ", " el ",
    " dels ", "d'", "l'",
)  # fmt: skip
_DISH_KEY: Final = re.compile(
    r"(?i)(?:menu|dish|recipe)[\w.-]*(?:[\"']?[ \t]+\w+)?[\"']?[ \t]*[=:][ \t]*[\"']?$"
)
_OCCASION_AFTER: Final = re.compile(r"['\u2019]s? (?:Day|Eve|Birthday|Night|Feast|Jubilee)\b")
_GIG_HEADING: Final = re.compile(r"(?i)\b(?:gig ?list|gigs|line-?up|bands|acts|tour dates)\b")
# Articles and possessives before a word of _FOREIGN_CHAT or "mio"/"mia" (the folded "mío" that
# the name rules read: "Mio" is a given name).
_FOREIGN_HEADS: Final = frozenset(["el", "la", "lo", "il", "tu", "mi", "su", "le", "un", "una"])
# Chat words of Spanish, Portuguese, Italian and French that no name list should pair with a
# name ("tu número", "el mío"); accented forms only where the plain one is a name ("Mio").
_FOREIGN_CHAT: Final = frozenset(
    ["número", "numero", "mío", "mía", "tuyo", "tuya", "tienes", "tengo", "pasas", "gracias",
     "porfa", "mañana", "manana", "ahorita", "obrigado", "obrigada", "amanhã", "você", "voce",
     "grazie", "domani", "stasera", "merci", "demain", "oye", "cuándo", "dónde", "quién",
     "qué",
     # (stop 32) "creo que es +31 ...", "pero no contesta"
     "creo", "que", "pero", "contesta", "sabes", "vale", "bueno", "también", "tambien"]
)  # fmt: skip


def named_street_dish_occasion_or_goods(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    before = text[max(0, start - 40) : start]
    if _ends_in_street_word(before) and _STREET_BEFORE.search(before) is not None:
        return True
    if (
        before[-1:] in "\"'=: "
        and ("=" in before or ":" in before)
        and _DISH_KEY.search(before) is not None
    ):
        return True
    if value[:1].isupper() and _OCCASION_AFTER.match(text, end) is not None:
        return True
    if text.startswith(("'t", "\u2019t"), end) and not text[end + 2 : end + 3].isalpha():
        return True  # "lemma isn't": a contraction's verb
    if text.startswith(":", end) and _hex_token_at(text, start, end):
        return True  # "ether fd:5f:ea:b5:9b:44"
    if value.startswith("San ") and value[4:5].isupper():
        return True
    if value.islower() and " " in value and _foreign_chat(value):
        return True
    if " " not in value and value.isupper() and value.lower() in ID_WORDS:
        return True  # "EAN 3145423424229"
    if " " not in value and len(value) > 3 and organisation_run(value):
        return True  # "Joinery", "Media"
    if "\n" not in text:
        return False
    if _band_on_gig_list(text, start):
        return True
    return "," in text and in_goods_name_column(text, start, end)


def _ends_in_street_word(before: str) -> bool:
    """``before.endswith(_STREET_WORD_ENDS)``, read from its last word (speed: most spans
    follow a lower-case word, which ends no street word, each opening with a capital, and
    is then a particle or not)."""
    last = before[-1:]
    if last != " ":
        return last == "'" and before.endswith(("d'", "l'"))
    rest = before[:-1]
    word = rest.rpartition(" ")[2]
    if word.islower():
        return word in _STREET_PARTICLES and len(rest) > len(word)  # (" de ")
    return before.endswith(_STREET_WORD_ENDS)


def _hex_token_at(text: str, start: int, end: int) -> bool:
    """The span's last word and what follows its colon are hexadecimal digits."""
    word = text[start:end].rpartition(" ")[2]
    after = text[end + 1 : end + 3]
    return len(after) == 2 and _is_hex(word) and _is_hex(after)


def _is_hex(chars: str) -> bool:
    return bool(chars) and all(c in "0123456789abcdefABCDEF" for c in chars)


def _foreign_chat(value: str) -> bool:
    words = value.split(" ")
    for word in words:
        if word in _FOREIGN_CHAT:
            return True
    return len(words) == 2 and words[0] in _FOREIGN_HEADS and words[1] in ("mio", "mia")


def _band_on_gig_list(text: str, start: int) -> bool:
    """The run opens a line (after a list mark, if any) under a heading of gigs."""
    heading_end = text.find("\n")
    if start < heading_end or _GIG_HEADING.search(text, 0, heading_end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip(" \t-*\u2022") == ""
