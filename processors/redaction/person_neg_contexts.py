"""Set-10 round: person look-alikes taken back by context or shape.

:func:`drop_lookalike_persons` runs last in ``find_names`` over the spans the other rules took
for persons and drops those whose place says they name a brand, a shop, a band, a product or a
field of a log line. It only drops spans (it never adds one), so the exact re-scan guard of the
redactor is untouched. The rules, each by structure or context rather than by the names
themselves:

- a caseless run that labels a technical token: right before ``=``/``==`` or a ``key=`` pair
  ("geo lat=55.06", "pkg numpy==2.9", "checksum mismatch pan=..."), before a MAC address, an
  IPv4 address ("ping 10.0.0.1") or a GTIN-13/UPC-A barcode with a valid check digit ("ean
  4024905721248");
- an article right before the run ("bought a Louis Vuitton Neverfull", "grabbing a Kate
  Spade", "got the yoga mat"): a person is rarely "a Jane Doe";
- a business search tail or a branch after the run ("Tim Hortons near me", "Hugo Boss opening
  hours", "John Lewis (store 459)");
- a verb of buying from, or of stopping, shopping or meeting at or outside, right before it
  ("Ordered from Hugo Boss", "stopping at Papa John's", "meet u outside Harvey Nichols"),
  unless a possessive with a noun follows ("outside Jane Doe's office");
- the value of a key, or of a CSV column, that holds goods, campaigns, acts or venues
  ('campaign="Ralph Lauren"', "Headliner: Pink Floyd", '"artist": "..."',
  "sku,product,qty\\n...,Yeti Rambler,540");
- a whole list item under a heading that announces music ("Road trip playlist\\n- Van Halen");
- a firm's name before a word of corporate business ("1. Charles Schwab renewal");
- a Romance article and a non-name word ("La Poste", "Le Creuset", "La Rambla").

Then :func:`~processors.redaction.person_neg_shapes.person_bounds` drops streets and goods by
shape and trims a leading word that is no part of the name. The stop-24 rules are asked of
those bounds: an affixed English word opening a sentence, a brand before goods, and holidays,
works, songs, dishes and accounts drop the span (``person13_derived``, ``person13_goods``,
``person13_works``); a kin word after a possessive is cut from its front (``person13_titles``).
Stop 27 adds to those: dishes (``person27_dishes``: a word of food in the run, a food noun
after it), a caseless pair ending in goods ("pearl earrings"), place and feast runs
(``person27_places``), a firm's place (``person27_firms``: "thanks for shopping with",
"Senior Buyer | ..."); and, before the bounds, an acronym that labels a field ("ETA:") and a
common word after a chat interjection at the end of a text ("... lol fancy"). Stop 28 adds,
before the bounds, an item under a heading of firms, a thing paid for, a one-word feast, a
food in lower case and a word without a vowel (``person28_occasions``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_vocabulary import indian_state
from processors.redaction.lexicon import common_words, english_words, first_names, surname_words
from processors.redaction.person11_neg_contexts import person11_lookalike
from processors.redaction.person13_derived import derived_opener
from processors.redaction.person13_goods import before_goods, ends_in_goods
from processors.redaction.person13_keys import after_person_key
from processors.redaction.person13_titles import after_kin_word
from processors.redaction.person13_works import named_thing
from processors.redaction.person25_eponyms import eponym
from processors.redaction.person27_dishes import food_after, holds_food_word
from processors.redaction.person27_firms import firm_place
from processors.redaction.person27_places import place_or_feast_run
from processors.redaction.person28_occasions import (
    named_occasion_or_purchase,
    named_place_value,
    under_firm_heading,
)
from processors.redaction.person29_places import place_feast_or_work
from processors.redaction.person30_places import named_place_product_or_work
from processors.redaction.person31_places import named_street_dish_occasion_or_goods
from processors.redaction.person32_places import named_work_firm_team_or_herb
from processors.redaction.person33_places import named_team_venue_dish_or_work
from processors.redaction.person34_places import named_firm_team_vessel_or_goods
from processors.redaction.person34_things import named_team_vessel_place_dish_or_code
from processors.redaction.person35_firms import firm_dish_or_house
from processors.redaction.person35_recall import initial_end
from processors.redaction.person35_teams import hyphened_team
from processors.redaction.person35_things import bot_pet_or_foreign_words
from processors.redaction.person36_assistants import assistant_name
from processors.redaction.person36_firms import surnames_joined_by_ampersand
from processors.redaction.person44_handles import handle_word
from processors.redaction.person_neg_shapes import (
    NOT_A_PERSON,
    NOT_NOUNS_AFTER_POSSESSIVE,
    person_bounds,
)
from processors.redaction.spans import PiiSpan

__all__ = ["drop_lookalike_persons"]

# What may follow a caseless run that labels a token rather than names a person.
_TECH_AFTER = re.compile(
    r"(?:=| ?==|[ ,][a-z_][a-z0-9_.]*=| [0-9a-fA-F]{2}(?:[:-][0-9a-fA-F]{2}){5}\b"
    r"| \d{1,3}(?:\.\d{1,3}){3}(?![.\d])| (\d{12,13})\b(?![-.]\d)"
    # (stop 25) an IPv6 address: a hex letter or "::" in two colon groups ("ping 2001:db8::1")
    r"| (?=[0-9a-fA-F]{1,4}:[0-9a-fA-F:]*(?:::|[a-fA-F]))[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:)"
)
# A short capitalised word may stand between ("the Uncle Ben's sale", "at Dr. Martens").
_TITLE_GAP = r"(?-i:(?:Dr|Mrs?|Ms|St|Uncle|Aunt|Papa|Mama|Captain)\.? )?"
_ARTICLE_BEFORE = re.compile(r"(?i)(?:^|(?<=[\s(\"']))(?:a|an|the) " + _TITLE_GAP + "$")
# "addressed to a JOHN DOE", "called by a Jane Smith": someone of that name, a person.
_SOMEONE_BEFORE = re.compile(
    r"(?i)\b(?:to|for|by|from|with|named|called|is|was|be|am|are|were|like|than) (?:a|an|the) $"
)
# Searches and notes about a shop ("X near me", "X opening hours", "X (store 459)"), or a
# firm's business, not a person's ("Charles Schwab renewal", "Wells Fargo merger").
_SHOP_OR_FIRM_AFTER = re.compile(
    r"(?:['\u2019]s)?(?: (?:near me|opening hours|open now|store hours|hours today"
    r"|opening times|weather|forecast|time ?zone|population|winners"
    # (stop 28) a shop's policy or voucher, a firm's logo, a work's screenings and recordings
    r"|returns? policy|gift card|gift voucher|promo code|discount code"
    r"|streaming|trailer|soundtrack|audiobook|full movie|box set)\b| ?\(store\b)"
    r"| (?:renewal|partnership|merger|acquisition|earnings|shares|stock|ipo|rollout"
    r"|integration|procurement|rfp|logo|recipes?|on repeat"
    # (stop 28) software named after people: "Jenkins pipeline", "Grafana dashboard"
    r"|pipeline|build|cluster|instance|dashboard|worker|plugin|container|deployment|repo"
    r"|repository|bucket|sdk|cli|daemon|runner)\b"
)
_SHOP_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?:order(?:ed|ing|s)?|purchas(?:ed?|ing))(?: online)? from"
    r"|(?:stop(?:ped|ping|s)?|shop(?:ped|ping|s)?|eat(?:ing|s)?|ate|din(?:e|ed|ing)"
    r"|meet(?:ing)?|met|queu(?:e|ed|ing)|wait(?:ed|ing)?)(?: (?:u|you|me|us|them))?"
    r" (?:at|outside|inside|near|in front of))"
    r" " + _TITLE_GAP + "$"
)
# Words after a shop's possessive that are no noun owned by it ("Trader Joe's on the way").
_NO_NOUN = NOT_NOUNS_AFTER_POSSESSIVE | {"right", "rn", "tho"}
_POSSESSIVE_WORD_AFTER = re.compile(r"^['\u2019]s ([a-z]+)")
# Keys whose values are goods, campaigns, acts, venues or firms (no person key among them).
_THING_KEYS = frozenset(
    ["campaign", "artist", "band", "headliner", "act", "album", "song", "track", "product",
     "item", "sku", "model", "brand", "label", "merchant", "retailer", "store", "shop",
     "vendor", "venue", "sponsor", "advertiser", "company", "employer", "organisation",
     "organization", "org", "publisher", "manufacturer",
     # (stop 28) places: 'geo lookup city="Lake Burley Griffin"'
     "city", "town", "destination", "location",
     # (stop 29) '"place": "Magellan Strait"'
     "place", "spot", "landmark", "area", "district", "neighbourhood", "neighborhood",
     "region", "country",
     # (stop 41) sides of a fixture: '"home": "Red Sox", "away": "Harlequins'; not "team",
     # "club" or "winner", which name people as often (held halves, counted: 8 persons lost)
     "home", "away",
     # (stop 44, set 42) wards, precincts and buildings: '"ward": "Wilberforce Hall"'
     "ward", "precinct", "constituency", "parish", "borough", "building", "site"]
)  # fmt: skip
# Between the key's separator and the run: quotes, spaces and other words of the value
# ('"artist": "The Jesus and Mary Chain"').
_VALUE_GAP = re.compile(r"[ \t]*[\"']?(?:(?:[A-Z][\w'-]*|and|&|of|the) ){0,4}")
_KEY_EDGE = " \t\"'{,_-"
# A caseless thing at a price: "yoga mat under $694.90".
_PRICE_AFTER = re.compile(r" (?:under|below|over|less than) [$\u20ac\u00a3]?\d+[.,]\d\d\b")
_NAME_SUFFIX = re.compile(r"[ _]?name$")
# Headings of a list of music acts.
_MUSIC_HEADING = re.compile(r"(?i)\b(?:playlist|set ?list|track ?list|mixtape)\b")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+$")
_ROMANCE_ARTICLE = re.compile(r"(?:La|Le|Les|Los|Las|El) ([A-Z]\w+)$")
# Cheap gates: the last word before the run of the article and shop-verb rules (or a title
# between), and the first character after the run of the shop and corporate rules.
_BEFORE_CUES = frozenset(
    ["a", "an", "the", "from", "at", "outside", "inside", "near", "of", "dr", "mr", "mrs",
     "ms", "st", "uncle", "aunt", "papa", "mama", "captain"]
)  # fmt: skip
_SHOP_AFTER_STARTS = frozenset(" '\u2019(")


def drop_lookalike_persons(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the ones the rules of the module docstring take back."""
    if not spans:
        return spans
    kept: list[PiiSpan] = []
    changed = False
    # (speed: several rules often find the same span; the answer depends on its place only)
    answers: dict[tuple[int, int], tuple[int, int]] = {}
    for span in spans:
        place = (span.start, span.end)
        asked = answers.get(place)
        if asked is None:
            bounds = _person_place(text, span.start, span.end)
            answers[place] = bounds
        else:
            bounds = asked
        if bounds == place:
            kept.append(span)
            continue
        if bounds != NOT_A_PERSON:
            kept.append(PiiSpan(bounds[0], bounds[1], span.entity_type))
        changed = True
    return kept if changed else spans


def _person_place(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the person that ``text[start:end]`` names, or NOT_A_PERSON when the rules
    of the module docstring take it back."""
    if _lookalike(text, start, end) or person11_lookalike(text, start, end):
        return NOT_A_PERSON
    bounds = person_bounds(text, start, end)
    first, last = bounds  # (speed: a call with *bounds goes through the generic path)
    if bounds == NOT_A_PERSON or _named_after_something(text, first, last):
        return NOT_A_PERSON
    last = initial_end(text, first, last)  # (stop 35) "Coach Csongor G.: patient"
    return (after_kin_word(text, first, last), last)  # (stop 24) "my son dmitri"


def _named_after_something(text: str, start: int, end: int) -> bool:
    """(Stop 24) The name of a thing, asked of the span's corrected bounds: an affixed English
    word opening a sentence ("Reinstalled the app"), a brand before goods ("Tommy Hilfiger
    polo"), a holiday, work, song, dish or account ("Jane Eyre cast", "MLK Day")."""
    return (
        derived_opener(text, start, end)
        or before_goods(text, start, end)
        or named_thing(text, start, end)
        or eponym(text, start, end)  # (stop 25) a brand, work or dish of the gazetteer
        or holds_food_word(text[start:end])  # (stop 27) "Tarte Tatin", "Shrimp de Jonghe"
        or food_after(text, end)  # (stop 27) "Holly berries", "Olive oil"
        or ends_in_goods(text[start:end])  # (stop 27) "pearl earrings"
        or place_or_feast_run(text[start:end])  # (stop 27) "Margaret River", "Día de San Juan"
        or firm_place(text, start)  # (stop 27) "Senior Buyer | Raymond James"
    )


# Chat interjections: a common word after one is an exclamation, not a name ("lol fancy").
_INTERJECTION_BEFORE = re.compile(r"(?<![\w'])(?:lol|omg|ok|k|ugh|lmao|haha|wow|yay) $")


def _after_interjection(text: str, start: int, end: int) -> bool:
    """(Stop 27) A caseless one-word span that is a common word right after an interjection
    and ends the text ("... 9000 gent lol fancy"; not "ok grace, call me")."""
    return (
        not text[end:].strip(" .!?")
        and text[start:end] in common_words()
        and _INTERJECTION_BEFORE.search(text, max(0, start - 6), start) is not None
    )


# What a maximum is of, in settings and messages, that no word list holds ("max qty").
_LIMITED_NOUNS: Final = frozenset(
    ["qty", "len", "num", "msg", "req", "conn", "val", "retry", "retries", "ttl", "tokens"]
)


# (stop 45, set 43) The Incoterms 2020 rules (and two retired ones) before a named place: a
# port or a town, never a person ("incoterm": "CIF Rotterdam"). Matched at the run's start
# or four characters before it (the run without the code).
_INCOTERM_PLACE: Final = re.compile(
    r"(?<!\w)(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|DAT|DDU) [A-Z]"
)
# (stop 45, set 43) A setlist, playlist or tracklist written on one line: the act before
# the word, the songs listed after its colon ("Pink Floyd setlist: Angie, Hey Jude, encore
# at 89:06"; "Encore: Rosanna"; not "Playlist: ask Emmy Harte").
_MUSIC_LIST_AFTER: Final = re.compile(r"(?i) (?:setlist|set list|playlist|tracklist)\b")
_MUSIC_LIST_BEFORE: Final = re.compile(
    r"\b(?i:setlist|set list|playlist|tracklist|encore): (?:[^\n.!?,]*, )*(?:[A-Z][\w'\u2019]* )*$"
)
# (stop 44, set 42) A decimal class mark right after the run (three digits, a dot and up to
# three more: Dewey's, "Dewey 971.1"); no phone's group of four ("555.1234").
_CLASS_MARK_AFTER: Final = re.compile(r" \d{3}\.\d{1,3}(?![\d.])")
# A match's score between two sides: right after a run, before the other side, a bracket or
# the line's end ("Red Sox 2-6 Celtic"), or right before it, after the other side ("Dynamo
# Kyiv 3\u20131 Red Sox"); not a range of hours or flats ("Mon 9-5 Maria Lopez", "Apt 12-3
# Maria Lopez": the word before the range is a weekday or a unit, which _SCORE_BEFORE skips).
# (stop 44, set 42) Also half points ("2.5-1.5") and a shoot-out after the score ("3\u20134
# (pens 5-5)"); after the first side only, a cricket side's runs for wickets ("Brigham Young
# 227/6 Plymouth Argyle": before a name the same shape is as often a date, "Thu 12/3 Maria").
_SCORE: Final = (
    r"\d{1,3}(?:\.5)?[-\u2013]\d{1,3}(?:\.5)?(?: \((?:pens|pen|aet|a\.e\.t\.)[^()\n]{0,12}\))?"
)
_SCORE_AFTER: Final = re.compile(r" (?:" + _SCORE + r"(?= [A-Z(]|\n|$)|\d{1,3}/\d{1,2}(?= [A-Z]))")
_SCORE_BEFORE: Final = re.compile(
    r"(?<![\w.:/-])(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Apt|Flat|Unit|Room)\b)"
    r"[A-Z][\w'-]+ " + _SCORE + r" $"
)


def _after_music_list(text: str, start: int) -> bool:
    """The run stands in the list after "setlist:", "playlist:", "tracklist:" or "encore:"
    (_MUSIC_LIST_BEFORE; speed: those words end in "st: " or "re: " when written in lower case,
    capitalised or in capitals, and the regex, which tries every position of its window, runs
    only when one of the four is in the text)."""
    if "st: " not in text and "re: " not in text and "ST: " not in text and "RE: " not in text:
        return False
    return _MUSIC_LIST_BEFORE.search(text, max(0, start - 80), start) is not None


def _limit_of_something(value: str) -> bool:
    """(Stop 41) "max" then a noun of what it limits, in lower case: an English word (or its
    plural) or a short form, not a surname ("max retries", "max qty"; not "max verstappen")."""
    noun = value[4:].split(" ", 1)[0]
    if not noun.islower():
        return False
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return (
        noun in _LIMITED_NOUNS
        or noun in english_words()
        or (singular != noun and singular in english_words())
    )


def _lookalike(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if end - start <= 4 and text.startswith(":", end) and value.isupper():
        return True  # (stop 27) an acronym labels a field: "ETA: 2026-09-21"
    if value.islower() and " " not in value and _after_interjection(text, start, end):
        return True  # (stop 27) "... lol fancy": a common word after an interjection, at the end
    if _INCOTERM_PLACE.match(text, start) or (
        start >= 4 and _INCOTERM_PLACE.match(text, start - 4)
    ):
        return True  # (stop 45) a trade term's named place: "CIF Rotterdam", "FOB Shanghai"
    if _MUSIC_LIST_AFTER.match(text, end) is not None or _after_music_list(text, start):
        return True  # (stop 45) "Pink Floyd setlist: Hey Jude, Maggie May", "Encore: Rosanna"
    if _CLASS_MARK_AFTER.match(text, end) is not None:
        return True  # (stop 44) a library's class mark after a word: "Dewey 971.1", "dewey 911.4"
    if " " not in value and len(value) >= 6 and handle_word(value):
        return True  # (stop 44) a handle: "<BigBrainBarista> gg all", "FrostbyteFox wrote:"
    if " " in value and indian_state(value):  # (one-word states are given names too: "Kerala")
        return True  # (stop 41) "..., Coimbatore 641 376, Tamil Nadu, India"
    if value.startswith("max ") and _limit_of_something(value):
        return True  # (stop 41) "max retries", "max qty reached"
    after = text[end : end + 40]
    before = text[max(0, start - 40) : start]
    if _SCORE_AFTER.match(text, end) is not None or _SCORE_BEFORE.search(before) is not None:
        return True  # (stop 41) a side of a result: "Dynamo Kyiv 3-1 Red Sox"
    if value.islower() and not after_person_key(text, start):
        found = _TECH_AFTER.match(after)
        if found is not None and _not_a_plain_number(found.group(1), " " in value):
            return True
        if _PRICE_AFTER.match(after) is not None:
            return True
    if (
        before.endswith(" ")
        and _word_before(before) in _BEFORE_CUES
        and _article_or_shop_verb_before(before, value, after)
    ):
        return True
    if after and after[0] in _SHOP_AFTER_STARTS and _SHOP_OR_FIRM_AFTER.match(after) is not None:
        return True
    separator = max(before.rfind(":"), before.rfind("="))
    if separator > 0 and _thing_key_before(before, separator):
        return True
    if "\n" in text and (
        _in_thing_column(text, start, end)
        or _music_list_item(text, start, end)
        or under_firm_heading(text, start, end)  # (stop 28) "Sponsors\nKaren Millen"
    ):
        return True
    if '"name"' in text and named_place_value(text, start):
        return True  # (stop 28) '{"location": {"name": "Prince Albert"'
    if named_occasion_or_purchase(text, start, end):
        return True  # (stop 28) "Bloomsday", "paid $48.01 for Oeufs Florentine", "snmp oid"
    if place_feast_or_work(text, start, end):
        return True  # (stop 29) "see u on Lan Kwai Fong", "doing for Andrzejki?", "Gilmore Girls"
    if named_place_product_or_work(text, start, end):
        return True  # (stop 30) "Villa Serafina", "Powered by Ashcroft Lund", "Waltz for Philippa"
    if named_street_dish_occasion_or_goods(text, start, end):
        return True  # (stop 31) "Via del Mandorlo Nero", "SKU,name,qty", "Queen Adelisa's Birthday"
    if named_work_firm_team_or_herb(text, start, end):
        return True  # (stop 32) "finished Ask Leopoldine", "Sister Imelda's Choir", "netops"
    if named_team_venue_dish_or_work(text, start, end):
        return True  # (stop 33) "Thanks,\nNOC", "Where: Kirk Oswine", "Lamb Hieronymus"
    if hyphened_team(value):
        return True  # (stop 34) "owner=Falcon-Squad", "owner=CX-Nights"
    if bot_pet_or_foreign_words(text, start, end):
        return True  # (stop 35) "Nadia the HR bot", "Our cat Captain Snuggles", "Beste buren,"
    if firm_dish_or_house(text, start, end):
        return True  # (stop 35) "Lowry Notaris", "pudding lady wemyss", "Plover Cottage"
    if " " not in value and assistant_name(text, start, end):
        return True  # (stop 36) "hey Cortana set a timer", "Alexa, play jazz"
    if "&" in text and surnames_joined_by_ampersand(text, start, end):
        return True  # (stop 36) "Wetherby & Osei", "Quimby, Strand & Rooke"
    if named_firm_team_vessel_or_goods(text, start, end):
        return True  # (stop 34) "Penrose Achebe LLP", "the RV Solveig Marie", "pasta alla rosina"
    if named_team_vessel_place_dish_or_code(text, start, end):
        return True  # (stop 34) "the tug Absalom Rose", "Eggs Hildegarde", "Wagga Wagga"
    if value.startswith(("La ", "Le ", "Les ", "Los ", "Las ", "El ")):
        romance = _ROMANCE_ARTICLE.fullmatch(value)
        if romance is not None:
            word = romance.group(1).lower()
            return word not in first_names() and word not in surname_words()
    return False


# (stop 46) Initials before a surname: a person's shape, never a shop's ("C. W. Adkins").
_INITIALS_FIRST: Final = re.compile(r"(?:[A-Z]\. ?){1,3}[A-Z][^\W\d_A-Z]")


def _article_or_shop_verb_before(before: str, value: str, after: str) -> bool:
    """An article naming a thing, or a verb of ordering from or stopping at a shop."""
    if _ARTICLE_BEFORE.search(
        before, max(0, len(before) - 24)
    ) is not None and _a_thing_after_article(before, value):
        return True
    return (
        _SHOP_VERB_BEFORE.search(before) is not None
        and not _possessive_with_noun(after)
        and _INITIALS_FIRST.match(value) is None  # (stop 46) "order from O. Chand went on"
    )


def _thing_key_before(before: str, separator: int) -> bool:
    """The run is the value of a key of :data:`_THING_KEYS` ('campaign="', 'Headliner: ')."""
    if _VALUE_GAP.fullmatch(before, separator + 1) is None:
        return False
    head = before[:separator].rstrip(_KEY_EDGE).rsplit(None, 1)
    return bool(head) and _is_thing_key(head[-1])


def _is_thing_key(key: str) -> bool:
    """``key`` names goods, acts or firms ("product", "product_name", "Brand")."""
    key = _NAME_SUFFIX.sub("", key.strip(_KEY_EDGE).lower())
    return key in _THING_KEYS


def _word_before(before: str) -> str:
    """The word before the run (``before`` ends with a space), lower case, without a dot."""
    return before[before.rfind(" ", 0, len(before) - 1) + 1 : -1].lower().rstrip(".")


def _possessive_with_noun(after: str) -> bool:
    """ "Jane Doe's office": a possessive before a noun (no function word) is a person's."""
    found = _POSSESSIVE_WORD_AFTER.match(after)
    return found is not None and found.group(1) not in _NO_NOUN


def _a_thing_after_article(before: str, value: str) -> bool:
    """An article before the run names a thing unless it means someone of that name: after a
    preposition or a copula, or before a name in capitals inside mixed-case text."""
    return _SOMEONE_BEFORE.search(before) is None and not (value.isupper() and len(value) > 3)


def _not_a_plain_number(digits: str | None, two_words: bool) -> bool:
    """True for a token that is no number, or for a GTIN-13 / UPC-A with a valid check digit
    (a barcode, not a phone or a card) after one word (its label: "ean", "upc")."""
    if digits is None:
        return True
    if two_words:
        return False
    total = 0
    for position, char in enumerate(reversed(digits[:-1])):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10 == int(digits[-1])


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _in_thing_column(text: str, start: int, end: int) -> bool:
    """The span is a cell of a CSV column whose header names goods or firms."""
    header_end = text.find("\n")
    if header_end < 0 or start < header_end or "," not in text[:header_end]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    column = text.count(",", line_start, start)
    headers = text[:header_end].split(",")
    return column < len(headers) and _is_thing_key(headers[column])


def _music_list_item(text: str, start: int, end: int) -> bool:
    """The span fills an item of a list under a heading that announces music."""
    heading_end = text.find("\n")
    if heading_end < 0 or start < heading_end:
        return False
    heading = text[:heading_end].lower()
    if "list" not in heading and "mixtape" not in heading:
        return False
    if _MUSIC_HEADING.search(heading) is None:
        return False
    line_start, line_end = _line_bounds(text, start, end)
    rest_of_item = text[end:line_end].strip(" \t'\u2019s")
    return not rest_of_item and _LIST_MARK.fullmatch(text, line_start, start) is not None
