"""Non-person contexts: runs that look like names but name a brand, a firm, an eponym, an
award, an event, a place or a street. Both tests only drop a run that other rules took for a
person (they never add one), so the exact re-scan guard is untouched.

Runs that are no person by :func:`not_a_person_run` (set 8): before a product noun (``Tory
Burch bag``, ``Fred Perry items``), also after ``'s`` for shop words (``Jack Daniel's
outlet``), an eponym before ``'s disease``/``syndrome``/``algorithm``, after ``at``
(``Customer service at Wells Fargo``), after ``cheaper than``/``new``, a run that starts or
ends with a street word of other languages (``Thanon Charoen Krung``, ``Sarojini Naidu
Marg``, ``Nevsky Prospekt``).

Runs that are no person by :func:`not_a_person_run_by_head_or_key` (set 9):

- the run ends with, or is followed by, a head word of an award, a cup, an event, a place or a
  road ("Tony Award", "Davis Cup", "Boston Marathon", "Alice Springs", "Nelson Mandela Drive",
  "Walt Disney Company");
- a capitalised street type or "St." comes right before the run ("Avenue Victor Hugo",
  "St. Louis");
- the run is the value of a key that names a firm, an event or a place, also after a space
  ("Carrier: Charles Schwab", '"award": "Hugo Award"', 'hub="Victoria Falls"');
- a word of goods or trade follows the run ("Jimmy Choo heels", "Kate Spade knockoff",
  "Best John Lewis location", "Dallas Mavericks schedule");
- the run follows a version number and a colon: a changelog line names a product
  ("v5.1.19: Kindle Paperwhite support").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, surname_words

# After a run (and a space): the run names a brand, a shop or a firm ("Tory Burch bag",
# "Fred Perry items", "Goldman Sachs graduate scheme").
_PRODUCT_AFTER: Final = re.compile(
    r" (?:bags?|handbags?|purses?|items|products|perfumes?|fragrances?|cologne|shoes|sneakers"
    r"|trainers|boots|jeans|sunglasses|wallets?|collection|boutiques?|outlets|merch"
    r"|merchandise|franchise|graduate|internships?|layoffs|earnings|ipo|share price|stockists?"
    r"|gift card|warehouse|flagship|catalog(?:ue)?|discount code|outlet|sale)\b"
    # music: "Steely Dan sounds amazing on these"
    r"| sounds? (?:great|amazing|awesome|incredible|fantastic|so good) on (?:these|them|it|this)\b"
)
# After a run and "'s": a shop or a brand ("Jack Daniel's outlet"), an eponym ("Lou Gehrig's
# disease", "Dijkstra's algorithm").
_POSSESSIVE_AFTER: Final = re.compile(
    r"['\u2019]s (?:disease|syndrome|palsy|disorder|algorithm|law|theorem|principle|paradox"
    r"|constant|conjecture|lemma|razor|equation|outlet|outlets|stores?|shops?|items|products"
    r"|franchise|restaurants?|locations|menu|merch|customer service"
    r"|customer care|careers|headquarters|share price)\b"
)
_RUN_POSSESSIVE_AFTER: Final = re.compile(
    r"['\u2019]s (?:whiskey|whisky|bourbon|rum|gin|vodka|beer|ale|lager|coffee|donuts?"
    r"|doughnuts?|popcorn|pies?)\b"
)
# Before a run: a comparison of goods or a purchase ("Cheaper than Ralph Lauren", "my new
# Michael Kors bag"), a place or an employer ("at Wells Fargo", "Store at Jackson Hole").
# Music: "Played Jethro Tull on it"; a postcode before a town: "15777 Santiago de Compostela".
_BEFORE_RUN: Final = re.compile(
    r"(?:\b(?:[Cc]heaper|[Pp]ricier|[Dd]earer) than|\b[Nn]ew|\b[Aa]t|\b[Pp]layed"
    r"|\b[Ll]isten(?:ing|ed)? to|\b\d{4,6}|\b[Tt]astes like|\b[Ss]mells like|\b[Mm]y old"
    r"|\b[Bb]een to|\b[Tt]rip to|\b[Ff]lights? to) $"
)
# A firm's news after a run or a word: "Charles Schwab just laid off", "Sainsbury's is hiring".
_FIRM_AFTER: Final = re.compile(
    r"(?: & [A-Z][^\W\d_]+)?(?:['\u2019]s)? (?:just |has |have )?"
    r"(?:laid off|lays off|is hiring|are hiring|went bust|went bankrupt|filed for bankruptcy"
    r"|announced layoffs)\b"
)
_POSTCODE_LINE: Final = re.compile(r" \d{4,7}[ \t]*(?:\n|$)")
_STREET_NEXT: Final = re.compile(
    r" (?:avenue|ave|road|rd|street|st|lane|marg|apts|apartments|nagar|colony|highway|blvd"
    r"|boulevard|drive|mews|close|crescent|terrace)\b"
)
_STREET_BEFORE: Final = re.compile(
    r"\b(?:avenue|av|avenida|rue|boulevard|boul|bd|calle|via|rua|jalan|jl|thanon|soi|derb"
    r"|street|road|ulica|carrer)\.? $"
)
_GOODS_BEFORE_TITLE: Final = re.compile(r"(?:\b[Tt]he|\b[Mm]y old|\b[Ll]ike|\bthan|\b[Nn]ew) $")
_TITLE_BEFORE: Final = re.compile(r"\b(?:Dr|Mr|Mrs|Ms)\.? $")
# Street words of other languages that open a street's name ("Thanon Charoen Krung", "Derb
# Sidi Bouloukat", "Soi Ari") or close it ("Sarojini Naidu Marg", "Nevsky Prospekt").
_STREET_FIRST: Final = frozenset(
    ["thanon", "soi", "derb", "jalan", "jln", "jl", "phố", "đường", "ngõ", "sharia", "shari",
     "rehov", "rechov", "sok", "sokak", "cadde", "caddesi", "ulitsa", "vulytsia", "vul",
     "prospekt", "calea", "strada", "ulica", "trg", "rruga", "odos", "leoforos", "carrera",
     "avinguda", "rúa", "bairro", "colonia", "barrio", "moo", "tambon"]
)  # fmt: skip
_STREET_LAST: Final = frozenset(
    ["marg", "mews", "apts", "apartments", "highway", "hwy", "prospekt", "prospect", "nagar",
     "colony", "enclave", "chowk", "bazar", "bazaar", "ulitsa", "khiyabani", "sokak", "caddesi",
     "dist", "district", "township", "estate", "heights", "towers", "residency", "niketan",
     "vihar", "bagh", "ganj", "pur", "abad", "blvd", "boulevard", "ave", "avenue", "rd",
     "road", "street", "str", "lane", "ln", "mews",
     # ... and a band's: "Marcus King Band"
     "band", "orchestra", "quartet", "trio", "ensemble", "choir"]
)  # fmt: skip


def not_a_person_run(text: str, start: int, end: int) -> bool:
    """Whether the context makes the capitalised run ``text[start:end]`` a brand, a firm, an
    eponym or a street rather than a person (see the module docstring); for one word alone only
    the words after it count ("Uncle Ben's outlet")."""
    nxt = text[end : end + 1]
    caseless = text[start:end].islower()
    if nxt == " ":
        if _PRODUCT_AFTER.match(text, end) is not None:
            return True
        if caseless and _STREET_NEXT.match(text, end) is not None:
            return True  # "kemal ataturk avenue"
    elif nxt and nxt in "'\u2019":
        after = _POSSESSIVE_AFTER.match(text, end)
        # (stop 25) a full name's one shop or store is a person's ("Nerea Moreau's shop has
        # moved"); a brand has shops ("Trader Joe's stores"), a one-word name is ambiguous
        if after is not None and not (
            " " in text[start:end] and after.group().endswith((" shop", " store"))
        ):
            return True
        if " " in text[start:end] and _RUN_POSSESSIVE_AFTER.match(text, end) is not None:
            return True  # "Marie Callender's pies" (but "Maria's coffee" is hers)
    if (
        nxt
        and nxt in " '\u2019"
        and ("laid off" in text or "hiring" in text or "bank" in text or "went bust" in text)
        and _FIRM_AFTER.match(text, end) is not None
    ):
        return True
    if (start == 0 or text[start - 1] == "\n") and _POSTCODE_LINE.match(text, end) is not None:
        return True  # a town then its postcode ends an address line: "Haifa 7229845"
    space = text.find(" ", start, end)
    if space > 0 and (
        text[start:space].lower() in _STREET_FIRST
        or text[text.rfind(" ", start, end) + 1 : end].lower().rstrip(".") in _STREET_LAST
    ):
        return True
    if start < 3 or text[start - 1] != " ":
        return False
    if caseless and _STREET_BEFORE.search(text, max(0, start - 12), start):
        return True  # "avenue hassan ii"
    if space < 0:  # a title before a frequent English word is a brand ("Dr Pepper", "Mr Clean")
        if text[start - 2] not in "rs.":
            return False
        title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
        if title is None:
            return False
        lower = text[start:end].lower()
        if lower in common_words() and lower not in surname_words():
            return True
        # "the Dr. Martens sale", "Tastes like Mrs. Meyer's": an article or a comparison
        return (
            _GOODS_BEFORE_TITLE.search(text, max(0, title.start() - 14), title.start()) is not None
        )
    if text[start - 2] not in _BEFORE_RUN_ENDS:
        return False
    before = _BEFORE_RUN.search(text, max(0, start - 16), start)
    # "party at Jenna Okafor's" is a person's place
    return before is not None and not (nxt and nxt in "'\u2019" and before.group()[:2] in "atAt")


# The last letters of the words _BEFORE_RUN ends with (a cheap first test).
_BEFORE_RUN_ENDS: Final = frozenset("nwtdeo0123456789")


# Head words that end the name of an award, a cup, an event, a place or a road.
_HEADS: Final = frozenset(
    ["award", "awards", "prize", "cup", "trophy", "medal", "marathon", "island", "islands",
     "falls", "springs", "hole", "expressway", "freeway", "parkway", "bulvar\u0131", "bulvari",
     "clan", "company", "corporation", "foundation", "memorial", "stadium", "arena",
     "airport", "university", "hospital", "bridge", "drive", "way"]
)  # fmt: skip
_NEXT_WORD: Final = re.compile(r" ([A-Z][a-z]+)\b")
_STREET_TYPE_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s\"'=:]))(?:Avenue|Avenida|Av\.|Rue|Boulevard|Bd|Calle|Via|Rua|Piazza|Place"
    r"|St\.|Saint|Ste\.) $"
)
_KEY_BEFORE: Final = re.compile(
    r"(?i)(?:^|(?<=[\s{,\"']))(?:carrier|courier|award|prize|event|tournament|competition"
    r"|hub|depot|street|road|store|shop|brand|product|team|venue|company|employer|sponsor"
    r"|manufacturer|vendor|merchant|bank)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_GOODS_AFTER: Final = re.compile(
    r" (?:knock-?offs?|dupes?|heels|speakers?|blenders?|headphones|earbuds|locations?"
    r"|schedule|roster|nominees|bridge|fixtures|standings)\b"
)
# A chain's branch: "the best Kim Loan's location in town", "nearest Bo's locations".
_BRANCH_AFTER: Final = re.compile(r"['\u2019]s (?:locations\b|location in\b|branch(?:es)? in\b)")
_BRANCH_BEFORE: Final = re.compile(r"(?i)\b(?:best|nearest|closest|favou?rite|local) $")
_VERSION_BEFORE: Final = re.compile(r"(?:^|(?<=\s))v?\d+(?:\.\d+){1,3}: $")


def not_a_person_run_by_head_or_key(text: str, start: int, end: int) -> bool:
    """Whether the context makes the capitalised run ``text[start:end]`` something other than
    a person (see the module docstring)."""
    run = text[start:end]
    last = run[run.rfind(" ") + 1 :].lower()
    if last in _HEADS and " " in run:
        return True
    if text.startswith(" ", end):
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1).lower() in _HEADS:
            return True
        if _GOODS_AFTER.match(text, end) is not None:
            return True
    elif (
        text.startswith("s ", end + 1)
        and text[end : end + 1] in "'\u2019"
        and _BRANCH_AFTER.match(text, end) is not None
    ):
        return "s locations" in text or (
            _BRANCH_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    if start == 0:
        return False
    window = max(0, start - 30)
    prev = text[start - 1]
    before = text[start - 2] if start >= 2 else ""
    if (
        prev == " "
        and before in "eadt."
        and _STREET_TYPE_BEFORE.search(text, max(0, start - 10), start) is not None
    ):
        return True
    if (
        prev in " \"'="
        and (text.find(":", window, start) >= 0 or text.find("=", window, start) >= 0)
        and _KEY_BEFORE.search(text, window, start) is not None
    ):
        return True
    return (
        prev == " "
        and before == ":"
        and _VERSION_BEFORE.search(text, max(0, start - 16), start) is not None
    )
