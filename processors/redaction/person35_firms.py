"""(Stop 35, from set 32's even half) Person look-alikes that name a firm, a dish or a house:

- a firm by a trade or legal word at its end or right after it, in English or another
  language (``Pendergast Lowry Notaris``, ``Thistlewood Notarissen``, ``mudlark couriers``,
  "Kanzlei", "Abogados"), or
  the value of a supplier's or vendor's label (``Supplier: Everard & Oyelaran``);
- a word for an invoice in another language that a run took for a name (``Invoice Factuur``);
- a dish of a food and a name with a title or "alla" (``pudding lady wemyss``, ``Kuchen Frau
  Holle``, ``huevos doña pilar``, ``pollo alla signora bettina``, ``zuppa del conte``);
- a house, a castle or a lodge by its word (``Plover Cottage``, ``Kasteel Reinoudsburg``).

Our own lists.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["firm_dish_or_house"]

_FIRM_TAILS: Final = frozenset(
    ["notaris", "notarissen", "advocaten", "avocats", "abogados", "advogados", "avvocati",
     "kanzlei", "rechtsanw\u00e4lte", "notaries", "solicitors", "attorneys", "lawyers",
     "accountants", "architects", "surveyors", "couriers", "logistics", "freight", "roofing",
     "lettings", "holdings", "opticians", "butchers", "bakery", "builders", "plumbing",
     "joinery", "upholstery", "tailors", "printers", "printworks", "nursery", "florists",
     "movers", "removals", "haulage", "partners", "partnerschaft", "gmbh", "b.v.", "bv", "nv",
     "llp", "llc", "ltd", "ltd.", "inc", "inc.", "plc", "limited", "corp", "corp.",
     "s.a.", "sarl", "s.r.l.", "srl", "spa", "ltda", "pty", "oy", "ab", "aps",
     # (stop 36) more trades and their partners ("Riverstone Physio", "Quillwork Stationers",
     # "Ellery Notaires Associ\u00e9s"; not "associates", a verb too)
     "physio", "physiotherapy", "dental", "dentistry", "veterinary", "pharmacy", "chemists",
     "clinic", "salon", "barbers", "stationers", "locksmiths", "electricians", "plumbers",
     "decorators", "cleaners", "glaziers", "roofers", "joiners", "carpenters", "fishmongers",
     "grocers", "greengrocers", "jewellers", "jewelers", "booksellers", "vintners", "brewers",
     "distillers", "outfitters", "ironmongers", "notaires", "associ\u00e9s", "associados",
     "associati", "asociados", "studios", "interiors", "landscaping", "motors", "laundry",
     "launderette", "catering", "consulting", "consultancy", "patisserie", "brewery",
     "distillery", "winery", "creamery", "dairy", "cakes",
     # (stop 37)
     "glassworks", "metalworks", "woodworks", "stoneworks", "leatherworks", "ironworks"]
)  # fmt: skip
_VERBS_TOO: Final = frozenset(["partners"])  # ("Maria Lopez partners with ...")
# (stop 36) Care a person gives in her own name ("Dr Anna Okafor dental check"): a firm's
# tail inside its name only ("Riverstone Physio").
_CARE_WORDS: Final = frozenset(
    ["physio", "physiotherapy", "dental", "dentistry", "clinic", "pharmacy", "veterinary",
     "salon", "consulting", "catering"]
)  # fmt: skip
_FIRM_TAILS_AFTER: Final = _FIRM_TAILS - _VERBS_TOO - _CARE_WORDS
_NEXT_WORD: Final = re.compile(r" ([^\W\d_][\w.]*)")
_FIRM_LABEL_BEFORE: Final = re.compile(
    r"(?i:\b(?:supplier|vendor|merchant|manufacturer|courier|carrier|contractor firm"
    r"|leverancier|lieferant|fournisseur|proveedor|fornecedor|fornitore)s?:[ \t]*)"
    r"(?:[^\W\d_]+ & )?$"
)
_INVOICE_WORDS: Final = frozenset(
    ["factuur", "rechnung", "facture", "factura", "fattura", "faktura", "fatura", "quittung",
     "recibo", "ricevuta", "kvitto", "lasku", "sz\u00e1mla", "faktuur"]
)  # fmt: skip
_FOODS: Final = (
    "pudding|kuchen|torte|huevos|pollo|zuppa|torta|tarte|g\u00e2teau|gateau|crema|sopa|pasta"
    "|risotto|pizza|salsa|sauce|soup|cake|pie|tart|eggs|chicken|veal|lamb|beef|pork|sole"
    "|trout|salmon|duck|potatoes|salad|punch|pastel|bolo|flan"
    # (stop 36) dishes of more kitchens, named after a grandmother or an aunt ("frango à
    # dona ...", "pancit lola ...", "sarma baba ...", "tarte tatin de mémé ...")
    "|tarta|tatin|frango|pancit|sarma|empanadas|empanada|paella|tortilla|cocido|caldo"
    "|feijoada|moqueca|adobo|sinigang|lumpia|bibingka|ensaymada|börek|borek|dolma"
    "|köfte|baklava|pilaf|plov|khachapuri|khinkali|laksa|rendang|kuih|roti|curry|dal"
    "|biryani|kheer|halwa|pierogi|bigos|borscht|pelmeni|blini|goulash|strudel|schnitzel"
    "|gratin|quiche|cassoulet|crêpes|clafoutis|galette|gnocchi|lasagne|lasagna|polenta"
    "|cannoli|focaccia|minestrone|moussaka|jollof|tagine|couscous|stew|casserole|chowder"
    "|cobbler|crumble|scones|muffins|brownies|cookies|biscuits|bread|dumplings|noodles"
    "|porridge|chutney|pickles|lemonade"
)
_FOOD_WORDS: Final = frozenset(_FOODS.split("|"))
# Titles and kin words a dish's name gives the person it is named after ("pudding lady ...",
# "frango \u00e0 dona ...", "pancit lola ..."), before the name in the text or as its first word.
_DISH_TITLE_WORDS: Final = (
    "lady", "lord", "frau", "herr", "do\u00f1a", "don", "signora", "signor", "conte",
    "contessa", "m\u00e8re", "madame", "tante", "oma", "opa", "nonna", "abuela", "mrs", "miss",
    "sir", "duke", "duchess", "queen", "king",
    # (stop 36) grandmothers and aunts of more languages
    "t\u00eda", "tia", "t\u00edo", "tio", "dona", "m\u00e9m\u00e9", "mamie", "p\u00e9p\u00e9",
    "lola", "lolo", "baba", "babcia", "babushka", "nanna", "nonno", "yaya", "giagia", "teyze",
    "nana", "gran", "granny", "grandma", "grandpa", "auntie", "aunty", "uncle", "tita", "tito",
    "ouma", "oupa", "bubbe", "zayde", "halmeoni", "vov\u00f3", "av\u00f3",
)  # fmt: skip
_DISH_BEFORE: Final = re.compile(
    r"(?i:\b(?:"
    + _FOODS
    + r") (?P<link>(?:alla|all'|\u00e0 la|a la|del|della|de la|di|du|de|\u00e0|da|do|of) )?"
    + r"(?P<title>(?:"
    + "|".join(_DISH_TITLE_WORDS)
    + r") )?)$"
)
# (as a name's first word, also these: "abuelo", "prince", "alla" ...)
_DISH_TITLES: Final = frozenset(_DISH_TITLE_WORDS) | frozenset(
    ["abuelo", "prince", "princess", "alla", "del", "della"]
)
_HOUSE_TAILS: Final = frozenset(
    ["cottage", "lodge", "manor", "farmhouse", "barn", "chalet", "cabin", "bungalow",
     "guesthouse", "hostel", "homestead", "croft", "grange"]
)  # fmt: skip
_HOUSE_HEADS: Final = frozenset(
    ["kasteel", "ch\u00e2teau", "schloss", "castello", "castillo", "abbey", "priory", "landgoed"]
)  # fmt: skip


def firm_dish_or_house(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    lower = value.lower()
    words = lower.split(" ")
    if words[-1] in _FIRM_TAILS or any(word in _INVOICE_WORDS for word in words):
        return True
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).lower() in _FIRM_TAILS_AFTER:
        return True  # ("quorvane ostrelli couriers insolvency")
    if len(words) > 1 and (words[-1] in _HOUSE_TAILS or words[0] in _HOUSE_HEADS):
        return True
    before = text[max(0, start - 48) : start]
    if ":" in before and _FIRM_LABEL_BEFORE.search(before) is not None:
        return True
    if not _food_near(before):
        return False  # (speed: no food among the last words before: no dish)
    dish = _DISH_BEFORE.search(before)
    return dish is not None and bool(
        dish.group("link") or dish.group("title") or words[0] in _DISH_TITLES
    )


def _food_near(before: str) -> bool:
    """A food among the last four words of ``before`` (lower-cased)."""
    for word in before.lower().rsplit(" ", 5)[-5:]:
        # (a query's or a key's value: "?q=zuppa", '"dish":"pollo')
        if word.rsplit("=", 1)[-1].strip("\"'([{?:") in _FOOD_WORDS:
            return True
    return False
