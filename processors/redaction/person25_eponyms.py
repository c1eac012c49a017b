"""(Stop 25) Brands, firms, products, works and dishes named after people are no person, in
any context: "New arrivals from Calvin Klein and Ralph Lauren", "Dr. Martens replacement
part", "how to install Apache Airflow", "Anna Karenina summary chapter 4", "Best Crêpes
Suzette in Graz".

The context rules (``person13_goods``, ``person_neg_contexts``) read what stands around a
name; a newsletter or a list of brands gives them nothing to read. This is a gazetteer of
our own (curated from public knowledge of fashion, cosmetics, food and drink, finance and
software brands, of novels, films and songs titled by a character's name, and of dishes):
names that name a thing far more often than a private person. Full
names common among people ("Paul Smith", "Ted Baker", "Tom Ford", "Sara Lee") are left out
on purpose: a gate loses less by flagging a brand than by passing a person. So are titles
that open a greeting or are a common name ("Hey Jude", "Mrs. Robinson", "Tom Jones"), and
one-word titles ("Jolene").

:func:`eponym` says whether a person span is such a name, or a part of one standing in
it ("Martens" in "Dr. Martens", "Choo" in "Jimmy Choo's").
"""

from __future__ import annotations

import functools

__all__ = ["eponym"]

# fmt: off
_EPONYMS = (
    # fashion, shoes, accessories
    "calvin klein", "ralph lauren", "polo ralph lauren", "hugo boss", "louis vuitton",
    "kate spade", "jimmy choo", "tommy hilfiger", "michael kors", "tory burch", "marc jacobs",
    "vera wang", "giorgio armani", "emporio armani", "stella mccartney", "karl lagerfeld",
    "yves saint laurent", "alexander mcqueen", "christian louboutin", "oscar de la renta",
    "diane von furstenberg", "christian dior", "coco chanel", "salvatore ferragamo",
    "carolina herrera", "donna karan", "vivienne westwood", "alexander wang", "jil sander",
    "emilio pucci", "roberto cavalli", "dolce & gabbana", "dolce and gabbana",
    "stuart weitzman", "steve madden", "sam edelman",
    "betsey johnson", "tommy bahama", "eddie bauer", "l.l. bean", "ll bean", "j. crew",
    "harry winston", "van cleef & arpels", "levi strauss", "dr. martens", "dr martens",
    "doc martens", "jean paul gaultier", "paco rabanne", "nina ricci", "thierry mugler",
    "hervé léger", "issey miyake", "yohji yamamoto", "hermès",
    "christian lacroix", "miu miu", "bottega veneta",
    # cosmetics and care
    "estée lauder", "estee lauder", "helena rubinstein", "elizabeth arden", "bobbi brown",
    "laura mercier", "charlotte tilbury", "john frieda", "vidal sassoon",
    "max factor", "kiehl's", "dr. jart",
    # food and drink
    "ben & jerry's", "ben and jerry's", "johnnie walker", "jack daniel's", "jack daniels",
    "jim beam", "captain morgan", "betty crocker", "chef boyardee",
    "marie callender's", "uncle ben's", "aunt jemima", "little debbie", "orville redenbacher",
    "duncan hines", "tim hortons", "wendy's", "papa john's", "dr pepper", "dr. pepper",
    "jose cuervo", "don julio", "dom pérignon", "dom perignon", "veuve clicquot",
    "moët & chandon", "robert mondavi", "ernest & julio gallo",
    "mrs. fields", "famous amos", "colonel sanders", "ronald mcdonald",
    # finance, retail, firms
    "charles schwab", "wells fargo", "morgan stanley", "goldman sachs", "jp morgan",
    "j.p. morgan", "merrill lynch", "marks & spencer",
    "marks and spencer", "harvey nichols", "dean & deluca", "trader joe's", "sherwin-williams",
    "black & decker", "george foreman",
    # software and tech
    "apache airflow", "apache kafka", "apache spark", "apache tomcat", "apache hadoop",
    "dell technologies",
    "hewlett packard", "hewlett-packard",
    # novels, plays, films and songs titled by a character's name
    "anna karenina", "jane eyre", "david copperfield", "oliver twist", "don quixote",
    "tristram shandy", "madame bovary", "robinson crusoe", "tom sawyer", "huckleberry finn",
    "moll flanders", "daisy miller", "dorian gray", "nicholas nickleby", "martin chuzzlewit",
    "barnaby rudge", "silas marner", "adam bede", "daniel deronda", "eugene onegin",
    "peter pan", "mary poppins", "pippi longstocking", "harry potter", "percy jackson",
    "artemis fowl", "jack reacher", "jason bourne", "james bond", "indiana jones",
    "bridget jones", "sherlock holmes", "hercule poirot", "forrest gump", "jerry maguire",
    "annie hall", "billy elliot", "edward scissorhands", "donnie darko", "napoleon dynamite",
    "benjamin button", "walter mitty", "ferris bueller", "eleanor oliphant", "eleanor rigby",
    "billie jean", "johnny b. goode", "sweet caroline", "peggy sue", "ruby tuesday",
    "mr. brightside", "mr brightside", "winnie the pooh",
    # dishes and drinks
    "crêpes suzette", "crepes suzette", "caesar salad", "eggs benedict", "earl grey",
    "tom collins", "beef wellington", "peach melba", "bloody mary", "shirley temple",
    "arnold palmer", "oysters rockefeller", "beef stroganoff", "chicken marengo",
    "fettuccine alfredo", "bananas foster", "lobster newberg", "sloppy joe", "waldorf salad",
    "cobb salad", "chicken tetrazzini", "reuben sandwich", "monte cristo", "rob roy",
    "john collins", "harvey wallbanger", "baby ruth",
)
# fmt: on


@functools.cache
def _eponyms_holding() -> dict[str, tuple[str, ...]]:
    """Each run of whole words of a name of the list -> the names it stands in."""
    holding: dict[str, list[str]] = {}
    for name in _EPONYMS:
        words = name.split(" ")
        for first in range(len(words)):
            for last in range(first + 1, len(words) + 1):
                holding.setdefault(" ".join(words[first:last]), []).append(name)
    return {part: tuple(names) for part, names in holding.items()}


def eponym(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a person span) is a name of the list, or a part of one that
    stands whole in ``text`` around it."""
    value = text[start:end].lower()
    if value.endswith(("'s", "\u2019s")) and value not in _eponyms_holding():
        value = value[:-2]
    names = _eponyms_holding().get(value)
    if names is None:
        return False
    for name in names:
        offset = 0
        while True:
            at = name.find(value, offset)
            if at < 0:
                break
            begin, finish = start - at, start - at + len(name)
            if (
                begin >= 0
                and text[begin:finish].lower() == name
                and (begin == 0 or not text[begin - 1].isalnum())
                and (finish >= len(text) or not text[finish].isalnum())
            ):
                return True
            offset = at + 1
    return False
