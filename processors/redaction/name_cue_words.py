"""Cue words of the person detector: the words and phrases that announce a name (greetings,
roles, titles, name keys, verbs of speech) and what the word before a candidate makes of it.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.word_memo import WordMemo

# Additions of set 7 (the lists and tests below use them).
# Greetings and thanks of other languages, roles and chat cues before a lone name ("Salut
# Gulnora,", "Muy amable Meron,", "Delivery guy Enikő", "happy bday zarema").
_MORE_WORD_CUES: Final = frozenset(
    ["salut", "ciao", "bonjour", "hallo", "hej", "olá", "merhaba", "gracias", "merci", "danke",
     "grazie", "obrigado", "obrigada", "amable", "guy", "lady", "landlord", "landlady", "tenant",
     "roommate", "flatmate", "coworker", "teacher", "nurse", "waiter", "waitress", "cardholder",
     "passenger", "msg", "bday", "birthday",
     # a title in caseless chat ("dr enkhbold dentist reviews")
     "dr", "mr", "mrs", "ms", "prof"]
)  # fmt: skip
# Cue words that are never part of a lower-case name ("msg päivi hämäläinen").
_MORE_CUE_WORDS: Final = frozenset(["msg", "bday", "birthday"])
CHAT_SPELLINGS: Final = frozenset(
    # (stop 35) spellings of times and thanks ("cake at ... tonite") and Vietnamese particles
    # of chat ("gọi em tonite nhé", "anh ơi"); name_fixes cuts them from names too
    ["tonite", "2nite", "tmw", "2moro", "2day", "l8r", "ltr", "abt", "cuz", "coz", "rly",
     "thnx", "thanx", "tysm", "np", "yw", "gr8", "b4",
     "nh\u00e9", "nha", "\u01a1i", "\u1ea1", "nh\u1ec9", "h\u1ea3"]
)  # fmt: skip
# (stop 36) Frequent words of chat in Tagalog, Portuguese, Turkish, Georgian (romanised) and
# Malay/Indonesian that code-switched chat mixes into English ("kumusta tamilselvi?", "salamat
# kinley!", "... pediu o comprovante", "gamarjoba creuza!"): our own list, without the words a
# list of given names or surnames holds ("mano", "lang", "ele", "sila") and name particles.
FOREIGN_CHAT_WORDS: Final = frozenset(
    ["abi", "abraço", "adres", "akhali", "ako", "amanhã", "aparece", "aqui", "awak", "axali",
     "barang", "beijos", "beleza", "boleh", "bugün", "bukas", "cadê", "can\u0131m", "com",
     "comprovante", "dah", "dengan", "depois", "dghes", "din", "dito", "doon", "eles",
     "endereço", "está", "evet", "galera", "gamarjoba", "gaumarjos", "geliyor", "gente",
     "gusto", "hay\u0131r", "hindi", "hocam", "hoje", "ikaw", "ingat", "iyan", "izleyelim", "için",
     "kahapon", "kamusta", "kanka", "kargad", "kasi", "kasih", "kat", "khar", "khval",
     "kumusta", "lah", "libreng", "lütfen", "mabuhay", "madloba", "mandar", "maraming",
     "merhaba", "meu", "minha", "misamarti", "muita", "muito", "nakhvamdis", "naman", "namin",
     "nas\u0131ls\u0131n", "natin", "ngayon", "ngayong", "niya", "nomeri", "novo", "numara",
     "numero",
     "não", "número", "obrigada", "obrigado", "olá", "ontem", "opo", "padala", "pagi", "paki",
     "pakisabi", "para", "pede", "pediu", "pra", "pro", "recepção", "resolveu", "responde",
     "rogor", "sadaa", "salamat", "sampai", "saudade", "saya", "selamat", "sige", "sulit",
     "talaga", "tayo", "tchau", "terima", "teşekkürler", "tudo", "umas", "uns", "valeu",
     "voce", "você", "wala", "yar\u0131n", "yung", "çok",
     # "very much" after a thanks ("merci beaucoup!", "danke schön")
     "beaucoup", "muchas", "mucho", "tanto", "molto", "vielmals", "schön", "sehr", "bardzo",
     "nagyon", "paljon", "mycket", "veel", "banyak",
     # "everyone" greeted ("Merhaba herkes,", "Hallo zusammen!")
     "herkes", "zenu", "wote", "nyote", "semua", "kalian", "todos", "todas", "tous",
     "allemaal", "iedereen", "wszyscy", "wszystkim", "kaikille", "kaikki", "mindenki",
     "mindenkinek", "tutti", "pessoal", "chicos", "chicas", "amigas", "kawan", "zusammen",
     "leute", "ragazzi", "jamaa",
     # (stop 37) Spanish of reviews and chat: "Reseña: x y nos atendió genial, volveremos"
     "atendi\u00f3", "atendio", "genial", "volveremos", "seguro", "nos", "muy", "bien",
     "gracias", "excelente", "servicio", "atenci\u00f3n", "r\u00e1pido", "rapido",
     "recomiendo", "pedido", "lleg\u00f3", "llego", "rese\u00f1a", "resena"]
)  # fmt: skip
# Chat shorthand that is no name (own curated list, from the chat registers of the corpora):
# mostly no English word (wordfreq) or one a name list holds ("Imo", "Irl", "Hun"). The one
# list of the person rules: a word here opens chat, is never taken into a name and is no
# "word of no English list".
CHAT_WORDS: Final = frozenset(
    ["imo", "sry", "hun", "srsly", "tmrw", "tmr", "bestie", "wifey", "hubby", "lmk", "hmu",
     "wya", "wyd", "wbu", "istg", "highkey", "ngl", "tbh", "idk", "pls", "plz", "thx", "ty",
     "brb", "btw", "fyi", "omw", "otw", "ily", "ilysm", "bff", "gf", "bf", "bby", "babe", "ttyl",
     "cya", "nite", "gn", "gm", "sup", "soz", "congrats", "bday",
     # (stop 24; our own list of chat shorthand, some of which a name list holds: "Imo", "Irl")
     "irl", "afaik", "afk", "iirc", "imho", "fwiw", "tbf", "icymi", "rofl", "lmao", "lol", "omg",
     "smh", "jk", "nvm", "idc", "ikr", "wdym", "yall", "bruh", "fam", "tldr", "ftw", "hbu", "ofc",
     "ppl", "rn", "ayy", "ayyy", "yup", "yep", "nah", "welp", "ugh", "meh", "hbd", "ttys", "gtg",
     # (from person12_cross's former own list)
     "asap", "hey", "hi", "hmm", "ok", "okay", "u", "ur", "xoxo", "ya", "yo"]
) | CHAT_SPELLINGS | FOREIGN_CHAT_WORDS  # fmt: skip
# Phrases before a lone listed given name ("ask for Prakash", "a gift for Mihai"); their last
# word needs a listed given name after it, as "approved by" does.
_MORE_PHRASE_CUES: Final = ("ask for", "asked for", "gift for", "present for", "escalated by",
                     "merged by",
                     # (stop 26) who acted on a ticket or a parcel
                     "resolved by", "closed by", "fixed by", "raised by", "opened by",
                     "requested by", "submitted by", "created by", "updated by", "delivered by",
                     "collected by", "reported by", "completed by")  # fmt: skip
_MORE_PHRASE_ENDS: Final = ("for",)
# Verbs after a lone name that make it a person's only when a given-name list holds it
# (set 8: "Jetske is out today", "Rehema is off sick", but "Bluetooth is off"; stop 42: deeds of
# a person, "Mbithe rang back", "Anuradha on reception is the only one who helps", but
# "Kasarani helped").
_LISTED_ONLY_WORDS: Final = (
    "is out", "is off", "is away", "is on leave", "is sick", "is on holiday", "is on vacation",
    "rang", "phoned", "drove", "drives", "gets picked up", "picked me up", "helped", "answered",
    "on reception", "at reception",
)  # fmt: skip
LISTED_NAME_VERBS: Final = tuple(" " + words for words in _LISTED_ONLY_WORDS)
# A verb after a lone name that makes it the subject ("Closing — Ildikó confirmed ...").
_MORE_SAID_WORDS: Final = (
    "confirmed", "mentioned", "promised", "gets here", "arrives", *_LISTED_ONLY_WORDS,
)  # fmt: skip
# Words before two unlisted lower-case words that make them a name ("who's yupa ticona",
# "the form: name nurhaliza harahap").
_MORE_PAIR_CUES: Final = frozenset(["name", "who's", "whos", "msg"])
# After these a lone name signs off only at the end of a line: "best, anna", not "best pho in
# oslo".
SIGN_OFF_CUES: Final = frozenset(
    ["best", "love", "tmrw", "tmr", "cya"]
)  # (set 8: "cya tmrw imane")

_PAIR_CUES = frozenset(
    [
        "to",
        "with",
        "for",
        "from",
        "by",
        "contact",
        "called",
        "named",
        "ask",
        "tell",
        "ping",
        "cc",
        "and",
        "meet",
        "met",
        "dear",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thx",
        "customer",
        "is",
        "am",
    ]
)
_PAIR_CUES |= _MORE_PAIR_CUES  # (set 7)
# Words that announce a name are not part of one ("ping zofia", "tell yuki").
_CUE_WORDS = frozenset(
    [
        "ttyl",
        "sry",
        "soz",
        "gn",
        "gm",
        "cya",
        "nite",
        "ping",
        "ask",
        "tell",
        "named",
        "cc",
        "attn",
        "attention",
        "signed",
        "customer",
        "caller",
        "client",
        "seller",
        "buyer",
        "agent",
        "driver",
        "courier",
        "recipient",
        "sender",
        "colleague",
        "its",
        "im",
        "dear",
        "yo",
        "thx",
        "ty",
        "bye",
        "congrats",
    ]
)
_CUE_WORDS |= _MORE_CUE_WORDS  # (set 7)
# Lone-name cue words (roles, trades, ticket fields): "my cleaner rehema", "Owner: Nelsa",
# "Watchers: Khamla, Þórður".
_ROLE_CUES: Final = frozenset(
    ["cleaner", "plumber", "electrician", "gardener", "nanny", "babysitter", "tutor",
     "handyman", "owner", "watchers", "watcher", "assignee", "requester", "approver",
     "surname", "tmrw", "tmr", "cya"]
)  # fmt: skip
# What may stand right before a lone given name. Checked by looking back from each candidate
# word, which is much cheaper than scanning every position for one of these cues.
# The cue words that announce a name inside a run (all but "signed"), and these:
_WORD_CUES = (_CUE_WORDS - {"signed"}) | frozenset(
    [
        "support",
        "service",
        "care",
        "helpdesk",
        "rep",
        "representative",
        "assistant",
        "technician",
        "operator",
        "np",
        "btw",
        "fyi",
        "lol",
        "omg",
        "ok",
        "k",
        "sup",
        "ugh",
        "hi",
        "hello",
        "hey",
        "hiya",
        "heya",
        "morning",
        "evening",
        "thanks",
        "cheers",
        "sorry",
        "welcome",
        "it's",
        "it\u2019s",
        "i'm",
        "i\u2019m",
        "attn:",
        "attention:",
        "love",
        "xo",
        "regards",
        "best",
        "yours",
        "friend",
        "sister",
        "brother",
        "wife",
        "husband",
        "mom",
        "mum",
        "dad",
        "son",
        "daughter",
        "boss",
        "neighbor",
        "neighbour",
        "partner",
        "aunt",
        "uncle",
        "cousin",
        # set 6: "especially Inti at ...", "Our host Gianluca", "Hola Emre!", "Update: Oana
        # from ...", "miss u jaspreet", "gm oğuz"
        "especially",
        "host",
        "hola",
        "update",
        "u",
        "gm",
    ]
)
_WORD_CUES |= _MORE_WORD_CUES  # (set 7)
_WORD_CUES |= _ROLE_CUES  # (set 8)
_PHRASE_CUES: Final = frozenset(
    [
        "thank you", "i am", "this is", "my name is", "name is", "approved by", "signed by",
        "reviewed by", "handled by", "written by", "sent by", "assigned to", "reassigned to",
        "escalated to", "forwarded to", "transferred to", "handed to", "thanks to", "spoke to",
        "spoke with", "talked to", "speak to", "speak with", "chatted with",
        *_MORE_PHRASE_CUES,
        "last name", "family name", "maiden name",  # (set 8)
    ]
)  # fmt: skip
_PHRASE_ENDS: Final = frozenset(["you", "am", "is", "by", "to", "with", *_MORE_PHRASE_ENDS, "name"])
# After these the phrase names a person only when the word is a listed given name ("approved
# by Ondřej", not "approved by Finance"; "thanks to Musa", not "thanks to Amazon").
_PREPOSITION_ENDS: Final = frozenset(["by", "to", "with", *_MORE_PHRASE_ENDS])
_REPEATS: Final = re.compile(r"([^\W\d_])\1+")
_TITLES: Final = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Prof",
        "Sr",
        "Sra",
        "Herr",
        "Frau",
        "Mme",
        # (stop 26) Italian, Dutch and Indian honorifics
        "Sig",
        "Dott",
        "Avv",
        "Mevr",
        "Dhr",
        "Smt",
        "Shri",
        # (stop 28) Polish and Italian feminine titles
        "Pani",
        "Dott.ssa",
        "Sig.ra",
        # (stop 39) Spanish and Portuguese: a woman doctor, a graduate, an engineer
        "Dra",
        "Lic",
        "Ing",
        "Professor",  # (stop 40)
    ]
)
# Keys whose value is a person's name.
KEY_WORDS: Final = (
    r"(?:first_?name|given_?name|fname|name|contact|recipient|customer|holder|signed"
    r"|reviewer|author|owner|assignee|reporter|sender|nickname)"
)
_KEY_CUE: Final = re.compile(r"(?i)" + KEY_WORDS + r"[\"']?\s*[:=]\s*[\"']?$")
# A lone given name is the subject of a verb of speech: "ok so lucía said to call ...".
_SAID_WORDS: Final = (
    "said", "says", "asked", "told", "wrote", "replied", "texted", "called", "emailed",
    "is calling", "is texting", "will call", "will text", *_MORE_SAID_WORDS,
)  # fmt: skip
_NOT_SAID_AFTER: Final = ("from ", "at ", "the ", "with ")
# (stop 42) A lone given name is the subject of a sentence that says which role the person
# plays: "priya was a brilliant dog-sitter", "suman is hands down the top coach" (after a
# listed given name only, see name_lone).
PERSON_ROLES: Final = (
    "coach", "tutor", "teacher", "sitter", "dog-sitter", "pet-sitter", "babysitter", "nanny",
    "cleaner", "driver", "host", "landlord", "landlady", "tenant", "flatmate", "roommate",
    "seller", "buyer", "agent", "lawyer", "solicitor", "doctor", "nurse", "dentist", "vet",
    "mechanic", "plumber", "electrician", "trainer", "instructor", "guide", "chef", "barber",
    "stylist", "neighbour", "neighbor", "friend", "colleague", "manager", "boss", "mentor",
    "volunteer", "carer", "caregiver", "midwife", "therapist", "counsellor", "counselor",
    "accountant", "photographer", "receptionist", "porter", "clerk", "adviser", "advisor",
    "consultant", "broker", "notary", "caseworker",
)  # fmt: skip
ROLE_PREDICATE: Final = re.compile(
    r" (?:is|was)(?: (?:hands down|by far|easily|honestly|genuinely|just|really|such))?"
    r" (?:a|an|the|my|our|your) (?:[^\W\d_][\w-]* ){0,2}(?:" + "|".join(PERSON_ROLES) + r")"
    # (the role ends the phrase: "a great host city" names a city)
    r"(?=$|[ \t]*[.,!?;:)\n]| (?:for|to|and|who|in|at|with|on|ever|i|we|you|&)\b)"
)
_SAID_AFTER: Final = re.compile(" (?:" + "|".join(_SAID_WORDS) + r")\b|" + ROLE_PREDICATE.pattern)
_SAID_STARTS: Final = tuple(
    sorted({" " + word[0] for word in _SAID_WORDS} | {" i", " w"})
)  # (a cheap first test; " i" and " w" for ROLE_PREDICATE's "is" and "was")
_CUE_TRIGGERS: Final = _WORD_CUES | _PHRASE_ENDS


def _cue_kind(last: str) -> str:
    """What the word right before a candidate (its trailing colons removed) makes of it:
    "title" ("Mr", "Dr."; a name follows when a space does), "word" (a greeting, role or chat
    cue), "phrase end" (the last word of a phrase such as "my name is": check the phrase) or
    ""."""
    if last.rstrip(".") in _TITLES:
        return "title"
    lower = last.lower()
    if len(lower) > 3 and lower[-1] == lower[-2] == lower[-3] and lower not in _WORD_CUES:
        trailing = lower.rstrip(lower[-1]) + lower[-1]  # "hellooo" is "hello"
        if trailing in _WORD_CUES:
            return "word"
        lower = _REPEATS.sub(r"\1", lower)  # "heyyy" is "hey" (chat stretches the last letter)
    if lower in _WORD_CUES:
        return "word"
    return "phrase end" if lower in _PHRASE_ENDS else ""


_CUE_KINDS: Final = WordMemo(_cue_kind, maxsize=4096)
