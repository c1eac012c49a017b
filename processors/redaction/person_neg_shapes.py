"""Set-10 round: person spans that are a street or a product by shape, and words to trim.

Called by :func:`~processors.redaction.person_neg_contexts.drop_lookalike_persons` for each
person span; it only drops or shortens spans (never adds one), so the exact re-scan guard is
untouched:

- a street, not a person: the run ends with a street type ("Otterburn Tce", "Wattle Grove
  Cres"), follows a house number and starts with no given name ("66 Cois Abhann"; not "Table
  4 Maria Garcia") or follows a lower-case street word with its particle ("48 rue du Moulin
  Vert");
- a product, not a person: the run follows a quantity mark ("Qty 1 x Nespresso Vertuo");
- a leading word that is no part of the name: an English role noun that is no given name and
  no surname word ("Instructor Dolma L. Wangdi" -> "Dolma L. Wangdi"), or a greeting of
  another language that opens a letter ("Ahoj Jaxon," -> "Jaxon"; the English greetings are
  cues of the other rules);
- in caseless text, a chat wish before the name ("hbd kok leong") or a profession after it
  ("dr frost pediatrician").

Stop 28 adds: a street word opening the run ("Passeig de Gràcia", "Via dei Materassai"); a
ticket's role word before the name ("Requester Ofelia Prado" -> "Ofelia Prado"); an English
verb on -ing or -ed opening a sentence ("Integrating Apache Kafka" -> "Apache Kafka"); and in
caseless text a pronoun's contraction after the name ("suarez i'll") or a key after it
("actor=jacopo field=phone").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import english_words, first_names, is_english, surname_words
from processors.redaction.person35_recall import vocative_start

__all__ = ["NOT_A_PERSON", "NOT_NOUNS_AFTER_POSSESSIVE", "person_bounds"]

NOT_A_PERSON: Final = (-1, -1)

# Words after a possessive that are no noun it owns ("Trader Joe's on the way"): the shared
# core of the shop and chain possessive rules (person_neg_contexts, person11_neg_contexts).
NOT_NOUNS_AFTER_POSSESSIVE: Final = frozenset(
    ["on", "at", "in", "for", "to", "and", "or", "but", "near", "by", "with", "again", "today",
     "tonight", "tomorrow", "later", "now", "then", "too", "so", "is", "was", "if", "when",
     "before", "after", "instead", "first", "anyway", "yet", "lol"]
)  # fmt: skip

# Street types (and their postal abbreviations, AU/UK/US/IE) that end a street's name.
_STREET_TYPES: Final = frozenset(
    ["street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "terrace", "tce",
     "terr", "crescent", "cres", "cr", "court", "ct", "place", "pl", "parade", "pde",
     "boulevard", "blvd", "highway", "hwy", "close", "mews", "grove", "gr", "esplanade",
     "esp", "circuit", "cct", "square", "sq", "wynd", "row", "gardens", "gdns", "walk",
     "brae", "vennel", "loaning",  # (stop 34, Scots: "at that place on Kettle Brae")
     "layout", "nagar", "colony", "enclave", "vihar", "marg", "salai"]  # (Indian: "... Layout")
)  # fmt: skip
_HOUSE_NUMBER_AFTER: Final = re.compile(r",? (?:#|n[º°o]\.? ?)?\d")
_HOUSE_NUMBER_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,(\"']))[A-Z]?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)? $"
)
_STREET_WORD_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,\"']))(?:rue|calle|rua|avenida|viale|strada|chemin|all[ée]e|plaza|praça|piazza"
    # (stop 28: "Via dei Materassai", "Piazzetta dei Velai")
    r"|carrer|rambla|[Vv]ia (?:dei|degli|delle|della|del|di)|[Pp]iazzetta)"
    r"(?: (?:du|de|des|de la|del|della|do|da|dos|das|di|d'|dei|degli|delle))? $"
)
# (the last word before the run in that rule: a street word or a particle)
_STREET_WORD_GATE: Final = frozenset(
    ["rue", "calle", "rua", "avenida", "viale", "strada", "chemin", "allée", "allee", "plaza",
     "praça", "piazza", "carrer", "rambla", "du", "de", "des", "la", "del", "della", "do", "da",
     "dos", "das", "di", "d'", "dei", "degli", "delle"]
)  # fmt: skip
# (Stop 28) A street word that opens the run itself: a street named without a house number
# ("meet u outside Dunelm on Passeig de Gràcia"); words that are listed names are left out.
_STREET_OPENERS: Final = frozenset(
    ["passeig", "carrer", "avinguda", "calle", "avenida", "paseo", "rua", "travessa", "largo",
     "rue", "viale", "strada", "piazza", "praça", "plaça", "rambla", "chemin", "straße",
     "strasse", "ulica", "utca", "cours", "quai", "vicolo", "corso",
     # (stop 34) Mexican, Latin American, Malay/Indonesian, Thai, Russian, Polish heads
     "privada", "pasaje", "camino", "callejón", "cerrada", "andador", "carrera", "estrada",
     "alameda", "jalan", "lorong", "soi", "thanon", "ulitsa", "prospekt", "aleja", "osiedle",
     "calçada", "calcada", "beco", "perum", "perumahan", "komplek", "gang"]
)  # fmt: skip
# (Stop 28) A pronoun's contraction after a caseless name is no part of it ("tell mrs suarez
# i'll be at ...").
# (stop 35) Verbs that report what a person says or does after a name in caseless text.
_REPORTING_VERBS: Final = frozenset(
    ["disputes", "reports", "says", "claims", "confirms", "requests", "writes", "wrote",
     "asks", "asked", "wants", "needs", "insists", "signale", "solicita", "pide", "meldet"]
)  # fmt: skip
_CONTRACTIONS: Final = frozenset(
    f"{pronoun}{mark}{tail}"
    for pronoun in ("i", "we", "you", "they", "he", "she")
    for mark in ("'", "\u2019")
    for tail in ("ll", "m", "d", "ve", "re", "s")
)
# (Stop 28) Role words that open a ticket's line before the person's name.
_ROLE_WORDS: Final = frozenset(
    ["requester", "requestor", "reporter", "assignee", "submitter", "approver", "reviewer",
     "caller", "complainant", "claimant", "applicant", "customer", "client", "cardholder",
     "tenant", "guest", "passenger", "patient", "sender", "recipient",
     # (stop 34) "Tutor Barrionuevo, Hortensio got my son through"
     "tutor", "teacher", "landlord", "landlady", "manager", "owner", "agent", "nurse",
     "driver", "courier", "technician", "plumber", "electrician", "dentist", "doctor",
     # (stop 34) in other languages: "Cliente Dalibor Brzeczek diz", "Müşteri Irati Urkizu:"
     "cliente", "müşteri", "musteri", "kunde", "klant", "pelanggan", "pelayanan", "klient",
     "asiakas", "kund", "ügyfél", "say\u0131n", "sayin"]
)  # fmt: skip
# A quantity before goods: "Qty 1 x Nespresso Vertuo", "2x Yeti Rambler" (x or the sign).
_QUANTITY_BEFORE: Final = re.compile(r"(?:^|(?<=\s))\d{1,4} ?[\u00d7x] ?$")
# Greetings that open a letter in other languages (Czech, Slovak, Spanish, Italian, French,
# German, Dutch, Scandinavian, Turkish, Portuguese, Polish, Hungarian, Estonian, Latvian,
# Lithuanian, Serbo-Croatian, Swahili, Maori, Malay/Indonesian, Hindi).
# (a greeting that is also a given name, "Selam", is left out: the name must win)
_GREETINGS: Final = frozenset(
    ["ahoj", "hola", "ciao", "salut", "bonjour", "hallo", "moin", "servus", "hoi", "hej",
     "merhaba", "olá", "cześć", "czesc", "szia", "tere", "sveiki", "labas", "zdravo",
     "habari", "jambo", "selamat", "namaste",
     # (stop 34) "dear" in other languages: "Liebe Anna,", "Kära Sven!", "Beste Joost,"
     "liebe", "lieber", "beste", "kära", "kære", "kjære", "kedves", "drogi", "droga",
     "querida", "querido", "estimada", "estimado", "cara", "caro", "chère", "cher", "hei",
     "hoi", "moi", "dag"]
)  # fmt: skip
# (Stop 34) A run opened by an article, a possessive or a word of thanks of German, Dutch or
# a Scandinavian language is a noun phrase of that language, not a name ("Die
# Rückerstattung geht an", "Vielen Dank, ...", "Nya adressen är"); no listed given name.
_FOREIGN_OPENERS: Final = frozenset(
    ["die", "das", "dem", "ein", "eine", "einen", "einem", "unser", "unsere", "ihre", "meine",
     "deine", "vielen", "herzlichen", "nya", "nye", "ett", "det", "het", "een", "onze", "mijn",
     "uw", "tack", "takk", "dank", "hartelijk", "mange"]
)  # fmt: skip
# Chat wishes and reactions written before a name ("hbd turki", "rip ...").
_CHAT_WISHES: Final = frozenset(
    ["hbd", "hby", "bday", "grats", "gratz", "rip", "omw", "brb", "ngl"]
)
# The shape of a profession after a caseless name ("pediatrician", "dentist", "attorney").
_PROFESSION_ENDS: Final[tuple[str, ...]] = ("ician", "ist", "or", "er", "eon", "ney", "yer")
# A role noun ("Instructor", "Requester", "Electrician") is no given name.
_ROLE_ENDS: Final[tuple[str, ...]] = ("or", "er", "ist", "ician", "ant", "ee")


def _surname_in_capitals_first(value: str) -> bool:
    """(Stop 41) ``SURNAME Given`` or ``SURNAME SURNAME Given``: surnames in capitals, then a
    listed given name, as payroll and forms write them ("8446 QUARMBY Lyle payroll" after an
    account number); no street is written so."""
    words = value.split(" ")
    return (
        2 <= len(words) <= 3
        and all(len(word) >= 2 and word.isupper() for word in words[:-1])
        and words[-1][:1].isupper()
        and words[-1][1:].islower()
        and words[-1].lower() in first_names()
    )


def person_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span's corrected bounds, or :data:`NOT_A_PERSON`."""
    start = vocative_start(text, start, end)  # (stop 35) "Anh kojo ơi", "Khun Huallpa"
    if "\u00d3" in text or "\u00f3" in text or "N\u00ed" in text or "n\u00ed" in text:
        start, end = _irish_particle_bounds(text, start, end)
    value = text[start:end]
    last_space = value.rfind(" ")
    if (
        last_space > 0
        and value[last_space + 1 :].rstrip(".").lower() in _STREET_TYPES
        and not value.islower()
    ):
        return NOT_A_PERSON
    before = text[max(0, start - 24) : start]
    if before.endswith(" "):
        if (
            (before[-2:-1].isdigit() or before[-3:-2].isdigit())
            and _HOUSE_NUMBER_BEFORE.search(before) is not None
            and not value.isupper()
            and " " in value
            and ", " not in value  # (stop 46) "8869 Abrego, Hernán": a name after a number
            and value[: value.find(" ")].lower() not in first_names()
            and not _surname_in_capitals_first(value)
        ):
            return NOT_A_PERSON
        word_before = before[before.rfind(" ", 0, len(before) - 1) + 1 : -1]
        if word_before in _STREET_WORD_GATE and _STREET_WORD_BEFORE.search(before) is not None:
            return NOT_A_PERSON
    if ("x" in before[-3:] or "\u00d7" in before[-3:]) and _QUANTITY_BEFORE.search(
        before
    ) is not None:
        return NOT_A_PERSON
    if value.islower():
        head = value[: value.find(" ")]
        if head in _STREET_OPENERS and _HOUSE_NUMBER_AFTER.match(text, end) is not None:
            return NOT_A_PERSON  # (stop 34) "went to calle garambullo #210" ("Calle" is listed)
        if text.startswith("=", end) and " " in value:  # (stop 28) "actor=jacopo field=phone"
            return _caseless_bounds(value[: value.rfind(" ")], start, start + value.rfind(" "))
        return _caseless_bounds(value, start, end)
    first_space = value.find(" ")
    if first_space > 0 and _street_opener(value[:first_space]):
        return NOT_A_PERSON
    if (
        first_space > 0
        and value[:first_space].lower() in _FOREIGN_OPENERS
        and (value[:first_space].lower() not in first_names() or value[first_space + 1 :].islower())
    ):
        return NOT_A_PERSON  # (stop 34) "Die Rückerstattung geht an ..."
    if first_space > 0 and value[:first_space].lower() in _ROLE_WORDS:
        return start + first_space + 1, end  # (stop 28) "Requester Ofelia Prado <...> says"
    if first_space > 0 and _verb_opening_a_sentence(text, start, value[:first_space]):
        return start + first_space + 1, end  # (stop 28) "Integrating Apache Kafka with ..."
    if first_space > 0 and value[0].isupper():
        first = value[:first_space].lower()
        if (first in _GREETINGS and _opens_a_letter(text, start, end)) or (
            first_space > 5
            and _shaped(first, _ROLE_ENDS)
            and value[1:first_space].islower()
            and first in english_words()
            and first not in first_names()
            and first not in surname_words()
            and not value.isupper()
        ):
            return start + first_space + 1, end
    return start, end


# (Stop 34) Irish surnames open with a particle that is a word of its own: "Manager Ó
# Cinnéide", "líobha ó cinnéide", "Aoife Ní Bhriain".
_IRISH_PARTICLES: Final[tuple[str, ...]] = (
    "\u00d3 ", "\u00f3 ", "N\u00ed ", "n\u00ed ", "U\u00ed ",
)  # fmt: skip
_IRISH_SURNAME_AFTER: Final = re.compile(r" (?:\u00f3|\u00d3|n\u00ed|N\u00ed) ([^\W\d_]{3,})\b")


def _irish_particle_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with an Irish particle before it, or a particle and its surname after it."""
    for particle in _IRISH_PARTICLES:
        at = start - len(particle)
        if at >= 0 and text.startswith(particle, at) and (at == 0 or not text[at - 1].isalnum()):
            return at, end
    after = _IRISH_SURNAME_AFTER.match(text, end)
    if after is not None and " " not in text[start:end]:
        surname = after.group(1)
        if surname[0].isupper() == text[start].isupper() and not is_english(surname.lower()):
            return start, after.end()
    return start, end


_PLATFORMS: Final = frozenset(
    ["linkedin", "instagram", "facebook", "tiktok", "twitter", "youtube", "github", "snapchat"]
)


def _caseless_bounds(value: str, start: int, end: int) -> tuple[int, int]:
    """Caseless text: a chat wish before the name ("hbd kok leong") and a profession after it
    ("dr frost pediatrician") are no part of it."""
    words = value.split(" ")
    if len(words) < 2:
        return start, end
    if _street_opener(words[0]):
        return NOT_A_PERSON  # (stop 34) "went to rua cajazeira, 70"
    if words[0] in _ROLE_WORDS and words[0] not in first_names():
        return start + len(words[0]) + 1, end  # (stop 34) "cardholder callum sutcliffe says"
    if words[-1] in _PLATFORMS:
        return start, end - len(words[-1]) - 1  # (stop 34) "moqi weiqing linkedin"
    if words[-1] in _CONTRACTIONS or words[-1] == "i" or words[-1] in _REPORTING_VERBS:
        # ("tell dean boaventura i owe him": the pronoun of chat, stop 32; stop 35: a verb of
        # reporting, "cardholder sani garba disputes ...")
        return start, end - len(words[-1]) - 1
    if words[0] in _CHAT_WISHES:
        return start + len(words[0]) + 1, end
    last = words[-1]
    if (
        len(last) > 5  # (no short surname: "xeng lor", "mai yer")
        and _shaped(last, _PROFESSION_ENDS)
        and last in english_words()
        and last not in surname_words()
        and last not in first_names()
    ):
        return start, end - len(last) - 1
    return start, end


def _verb_opening_a_sentence(text: str, start: int, word: str) -> bool:
    """(Stop 28) An English verb on "-ing" or "-ed" opening a sentence or a line is no part of
    the name after it ("Restricting Lua access", "Integrating Apache Kafka"); surnames and
    given names on those endings are kept ("Manning", "Fielding")."""
    lower = word.lower()
    if not lower.endswith(("ing", "ed")) or len(lower) < 5:
        return False
    before = text[:start].rstrip(" \t\"'(*-")
    if before and before[-1] not in ".!?:\n":
        return False
    return lower not in first_names() and lower not in surname_words() and lower in english_words()


def _street_opener(word: str) -> bool:
    lower = word.lower()
    return lower in _STREET_OPENERS and lower not in first_names()


def _shaped(word: str, ends: tuple[str, ...]) -> bool:
    """``word`` ends with one of ``ends``; an "-or"/"-er" after a consonant ("tutor", not
    "meteor")."""
    if not word.endswith(ends):
        return False
    return not word.endswith(("or", "er")) or word[-3] not in "aeiou"


def _opens_a_letter(text: str, start: int, end: int) -> bool:
    """ "Ahoj Jaxon,": the greeting opens a line and a comma ends the salutation."""
    return (start == 0 or text[start - 1] == "\n") and text.startswith((",", "!"), end)
