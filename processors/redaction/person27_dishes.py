"""(Stop 27) A capitalised run that holds a word of food names a dish, not a person:
"Tarte Tatin", "Shrimp de Jonghe", "Tournedos Rossini", "Chicken Vesuvio", "Poire Belle
Hélène", "Sole Véronique", "pearl barley".

Dishes are named after people and places, so their other words look like names; the word of
food gives them away. The words are our own list of foods, cuts and baked goods in English,
French, Italian, Spanish, German and Swedish. A word that is also a listed given name or
surname is left out when the list is read (``Rice``, ``Sole``), so a person named so keeps
the name; foods that are English surnames the lists lack (``Lamb``, ``Bacon``, ``Salmon``,
``Curry``, ``Haddock``) are not in the list at all. The work-and-dish gazetteer
(``person25_eponyms``) and the goods after a name (``person13_goods``) hold the dishes whose
words are all names ("Eggs Benedict" aside, "Sally Lunn bun").
"""

from __future__ import annotations

import functools
import re
from typing import Final

from processors.redaction.accents import fold_accents
from processors.redaction.lexicon import first_names, surname_words

__all__ = ["food_after", "holds_food_word"]

# fmt: off
_FOOD_WORDS: Final[tuple[str, ...]] = (
    # English
    "chicken", "beef", "pork", "veal", "shrimp", "shrimps", "prawn", "prawns",
    "oyster", "oysters", "clams", "mussels", "lobster", "tuna",
    "sole", "halibut", "steak", "chops", "ribs", "sausage", "sausages", "eggs", "omelette",
    "omelet", "soup", "stew", "chowder", "salad",
    "sandwich", "burger", "pie", "tart", "tarts", "cake", "cakes", "bun", "buns", "biscuit",
    "biscuits", "cookies", "pudding", "custard", "mousse", "soufflé", "sauce", "gravy",
    "chutney", "pasta", "noodles", "rice", "bread", "toast", "scones", "muffins", "pancakes",
    "waffles", "fritters", "dumplings", "casserole", "fillet", "cutlets", "sundae",
    "trifle", "crumble", "cobbler", "pastry", "toffee", "truffles", "berries",
    "barley", "marmalade", "porridge", "brisket", "meatballs", "meatloaf", "potatoes",
    "kebab", "skewers", "risotto", "spaghetti", "fettuccine", "linguine", "gnocchi",
    "lasagne", "lasagna", "pizza", "tiramisu",
    # French
    "tarte", "gâteau", "gateau", "poire", "pêches", "pêche", "crêpes", "crêpe", "crepes",
    "croque", "tournedos", "bœuf", "boeuf", "poulet", "canard", "coq", "salade", "soupe",
    "potage", "quiche", "terrine", "pâté", "madeleines", "filet", "sauté", "gratin",
    "blanquette", "velouté", "vol-au-vent", "galette", "clafoutis", "macarons", "oeufs",
    "œufs", "crème", "creme", "pommes",
    # Italian, Spanish, German, Swedish
    "torta", "pollo", "vitello", "saltimbocca", "panino", "panna", "tarta", "sopa",
    "ensalada", "pastel", "torte", "kuchen", "schnitzel", "strudel", "wurst", "biff",
    "köttbullar", "pytt",
)
# fmt: on
_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@functools.cache
def _food_words() -> frozenset[str]:
    names = first_names() | surname_words()
    return frozenset(
        word for word in _FOOD_WORDS if word not in names and fold_accents(word) not in names
    )


def holds_food_word(value: str) -> bool:
    """A word of ``value`` (a person span) is a word of food that is no listed name."""
    foods = _food_words()
    # (speed: a split is far cheaper than the word regex; the regex runs only on a span with
    # a mark a word of the list may stand next to)
    lower = value.lower()
    if lower.replace(" ", "").replace("-", "").isalpha():
        return any(word in foods for word in lower.split(" "))
    return any(word.group() in foods for word in _WORD.finditer(lower))


# Nouns of food made from, or named after, a plant or a person with a given name's spelling:
# "Holly berries", "Olive oil", "Basil pesto", "Rosemary chicken", "Ginger beer".
_FOOD_AFTER: Final = frozenset(
    ["berries", "oil", "pesto", "butter", "tea", "beer", "leaves", "seeds", "jam", "juice",
     "syrup", "chicken", "sauce", "bread", "cake", "pie", "soup", "salad", "cookies",
     "biscuits", "ice", "sorbet", "liqueur", "gin", "wine", "vinegar", "honey", "salt",
     "bun", "buns", "cocktail", "sandwich"]
)  # fmt: skip
_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")


def food_after(text: str, end: int) -> bool:
    """A food noun in lower case follows the person span that ends at ``end`` ("Holly
    berries", "Olive oil"): the span names a plant, a flavour or a dish."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1) in _FOOD_AFTER
