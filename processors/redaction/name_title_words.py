"""Words that stand before or after a person's name and are no part of it: titles,
honorifics, trades, roles and greetings (read by :mod:`name_fixes`, which trims them off a
name run: ``Herr Bamba`` -> ``Bamba``, ``Electrician Sokha Rattanakorn`` -> ``Sokha
Rattanakorn``, ``dr bhasin vet near`` -> ``bhasin``).

Our own lists, gathered rule by rule from the tuning halves of the corpora (the stop that added
a group is named beside it).
"""

from __future__ import annotations

from typing import Final

__all__ = ["CAPITALISED_TITLES", "TITLE_WORDS", "TRADES_AFTER", "title_word_before"]

_ADDRESS_TITLES: Final = frozenset(
    ["herr", "frau", "fräulein", "pani", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr",
     "sra", "sig", "dott", "avv", "mevr", "dhr", "smt", "shri", "signor", "signora", "mme",
     "mlle", "dame", "sir"]
)  # fmt: skip
_TRADES_BEFORE: Final = frozenset(
    ["electrician", "plumber", "carpenter", "painter", "locksmith", "gardener", "mechanic",
     "technician", "cleaner", "nurse", "doctor", "tutor", "driver", "courier"]
)  # fmt: skip
# Greetings are no part of the name either ("Hola Jae-sung!"); set 7 added "salut".
_GREETINGS: Final = frozenset(
    ["hola", "hi", "hey", "hello", "dear", "ciao", "bonjour", "hallo", "salut"]
)
# (Set 7) roles of a lease, a card and a trip; (stop 40) of insurers and schools: "Adjuster
# Dindo Dimaculangan", "TA Dmitri".
_ROLES_BEFORE: Final = frozenset(
    ["landlord", "landlady", "cardholder", "tenant", "passenger", "adjuster", "assessor",
     "surveyor", "professor", "lecturer", "instructor", "ta"]
)  # fmt: skip
# (Stop 41 and stop 43, set 41) clergy and faith communities: "Pastor Haverfield", "Imam
# Karalis", "Rev. Anokye" (not "sister", "brother", "father": kin words too, taking them off
# left look-alikes).
_FAITH_TITLES: Final = frozenset(
    ["imam", "rabbi", "pastor", "fr", "rev", "reverend", "sheikh", "bishop"]
)
# (Stop 37) honorifics of Hausa, Yoruba, Malagasy, Amharic, Malay, Thai and Arabic speakers:
# "Hajiya Gusau", "Andriamatoa Hanitra", "Alhaji Sangaré".
_HONORIFICS: Final = frozenset(
    ["alhaji", "alhaja", "hajiya", "hajia", "haji", "hajjah", "mallam", "andriamatoa",
     "ramatoa", "woizero", "datuk", "datin", "encik", "puan", "bapak", "khun", "ustaz",
     "ustazah"]
)  # fmt: skip
# Every word above, lower-cased and without a dot ("Dr." is read as "dr").
TITLE_WORDS: Final = (
    _ADDRESS_TITLES | _TRADES_BEFORE | _GREETINGS | _ROLES_BEFORE | _FAITH_TITLES | _HONORIFICS
)

# (Stop 41) The Spanish and Portuguese honorific, capitalised only ("Doña Cifuentes", "Dona
# Goulart Brandão"; "avenida doña clementina" is a street).
CAPITALISED_TITLES: Final = frozenset(["Doña", "Dona"])

# (Stop 43, set 41) Trades a lower-case search names after a person ("dr bhasin vet near ...",
# "ms anguiano dentist"): no part of the name.
TRADES_AFTER: Final = frozenset(
    ["vet", "dentist", "gp", "doctor", "nurse", "physio", "optician", "pharmacist", "plumber",
     "electrician", "tutor", "lawyer", "solicitor", "attorney", "notary", "accountant",
     "therapist", "counsellor", "counselor", "midwife", "surgeon", "chiropractor", "dermatologist",
     "paediatrician", "pediatrician", "psychiatrist", "psychologist", "orthodontist",
     # (stop 46) trades of land, building and vehicles: "marcelle labrecque farrier phone"
     "farrier", "builder", "roofer", "glazier", "joiner", "carpenter", "mechanic", "locksmith",
     "surveyor", "architect", "gardener", "decorator", "plasterer", "tiler", "bricklayer",
     "scaffolder", "shearer", "haulier", "auctioneer", "valuer", "installer", "contractor"]
)  # fmt: skip


def title_word_before(text: str, start: int, titles: frozenset[str] = TITLE_WORDS) -> bool:
    """Whether the last word of the 8 characters before ``start``, without a dot and in lower
    case, is one of ``titles`` ("Mr ", "Insp. ", "Cllr ")."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in titles
