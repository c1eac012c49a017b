"""Set 25's value makers: persons, e-mails, street addresses, phones, SSNs, IPs, cards, IBANs.

Stdlib only and driven by one seeded ``random.Random`` so the corpus comes out byte for byte the
same. Checksums (Luhn, ISO 13616 mod 97, national IBAN keys) are written here from the public
specifications, not taken from the detector.
"""

# ruff: noqa: RUF001  (names and coordinates keep their own letters: dotless i, primes)

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from bench.redaction_corpus_set25_places import LOCALITIES, STREETS
from bench.redaction_corpus_set25_pools import CULTURES, WORD_GIVEN

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "ı": "i",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "œ": "oe",
        "Œ": "OE",
        "ð": "d",
    }
)


def fold(text: str) -> str:
    """``text`` without diacritics (Nguyễn -> Nguyen, Łopuszański -> Lopuszanski)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Draw:
    """The corpus's one source of randomness."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, items):  # type: ignore[no-untyped-def]
        return items[self.rng.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def pattern(self, shape: str) -> str:
        """``#`` becomes a digit, ``@`` an upper-case letter, ``%`` a digit 2-9."""
        out = []
        for c in shape:
            if c == "#":
                out.append(str(self.rng.randrange(10)))
            elif c == "%":
                out.append(str(self.rng.randint(2, 9)))
            elif c == "@":
                out.append(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            else:
                out.append(c)
        return "".join(out)

    def hex(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- persons and e-mails
@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    family_first: bool
    middle: str  # an initial such as "K." or ""
    plain: bool  # written without diacritics

    def _w(self, text: str) -> str:
        return fold(text) if self.plain else text

    @property
    def first(self) -> str:
        return self._w(self.given)

    @property
    def last(self) -> str:
        return self._w(self.surname)

    def full(self) -> str:
        if self.family_first:
            return f"{self.last} {self.first}"
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.first}{middle} {self.last}"

    def reversed(self) -> str:
        return f"{self.last}, {self.first}"

    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"


_CULTURE_NAMES = tuple(CULTURES)


def person(draw: Draw, word_names: bool = True) -> Person:
    """A fake person; ``word_names`` False keeps the given names that are English words out
    (a lower-case "river" or "storm" would be ambiguous)."""
    culture = draw.pick(_CULTURE_NAMES)
    given_pool, _, family_first = CULTURES[culture]
    word = draw.chance(0.06)
    given = draw.pick(WORD_GIVEN) if word and word_names else draw.pick(given_pool)
    other = draw.pick(_CULTURE_NAMES) if draw.chance(0.12) else culture
    surname = draw.pick(CULTURES[other][1])
    first_last = draw.chance(family_first)
    middle = ""
    if not first_last and draw.chance(0.08):
        middle = draw.pick("ABCDEFGHJKLMNPRSTW") + "."
    plain = fold(given + surname) != given + surname and draw.chance(0.35)
    return Person(given, surname, first_last, middle, plain)


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "proton.me",
    "icloud.com",
    "hotmail.es",
    "uol.com.br",
    "rediffmail.com",
    "qq.com",
    "yandex.ru",
    "seznam.cz",
    "hotmail.co.uk",
)
WORK_MAIL = (
    "quillmont.io",
    "tessarine.co",
    "brackfield-group.com",
    "vintrelabs.net",
    "orvane.de",
    "hallowfen.co.uk",
    "pexmoor.fr",
    "lumisk.app",
    "corvath.com.au",
    "saltreed.in",
    "dunmere-ops.com",
    "ketterby.nl",
)


def _mail_part(text: str) -> str:
    return "".join(c for c in fold(text).lower() if c.isalnum() or c in ".-")


def email(draw: Draw, who: Person, work: bool = False) -> str:
    g, s = _mail_part(who.given.split()[0]), _mail_part(who.surname.replace(" ", ""))
    s = s.replace("'", "")
    local = draw.pick(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s}{draw.num(1, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}.{s[0]}",
            f"{g}{draw.num(1970, 2004)}",
        )
    )
    return f"{local}@{draw.pick(WORK_MAIL if work else FREE_MAIL)}"


def role_email(draw: Draw) -> str:
    local = draw.pick(
        (
            "billing",
            "accounts.payable",
            "returns",
            "it-helpdesk",
            "frontdesk",
            "noreply+bounce",
            "claims",
            "hr.payroll",
            "ops-alerts",
        )
    )
    return f"{local}@{draw.pick(WORK_MAIL)}"


# ---------------------------------------------------------------- street addresses
@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...]  # street line(s) first, then locality line(s)
    line1: str  # the street line (a unit before or after the street included)
    city: str
    postcode: str
    country: str

    def one_line(self, country: bool = False) -> str:
        text = ", ".join(self.lines)
        return f"{text}, {self.country}" if country else text

    def multi_line(self, country: bool = False) -> str:
        text = "\n".join(self.lines)
        return f"{text}\n{self.country}" if country else text


def _locality(draw: Draw, country: str) -> tuple[str, str, str]:
    city, region, shape = draw.pick(LOCALITIES[country])
    return city, region, draw.pattern(shape)


def _us(draw: Draw, person_named: bool = False) -> Address:
    name = draw.pick(STREETS["us_person" if person_named else "us"])
    kind = draw.pick(("Ave", "Street", "Blvd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Terrace", "Rd"))
    street = f"{draw.num(12, 9870)} {name} {kind}"
    unit = draw.pick(
        (
            "",
            "",
            f"Apt {draw.num(1, 40)}{draw.pick('ABCD')}",
            f"Suite {draw.num(100, 950)}",
            f"#{draw.num(2, 30)}",
            f"Unit {draw.num(1, 12)}",
        )
    )
    line1 = (
        f"{street} {unit}" if unit.startswith("#") else (f"{street}, {unit}" if unit else street)
    )
    city, st, zipc = _locality(draw, "us")
    if draw.chance(0.2):
        zipc += "-" + draw.pattern("####")
    return Address(
        (line1, f"{city}, {st} {zipc}"), line1, city, zipc, draw.pick(("USA", "United States"))
    )


def _gb(draw: Draw) -> Address:
    kind = draw.pick(("Road", "Lane", "Close", "Mews", "Gardens", "Crescent", "Way"))
    street = f"{draw.num(1, 240)} {draw.pick(STREETS['gb'])} {kind}"
    flat = f"Flat {draw.num(1, 18)}" if draw.chance(0.4) else ""
    city, _, pc = _locality(draw, "gb")
    lines = ((flat,) if flat else ()) + (street, city, pc)
    line1 = f"{flat}, {street}" if flat else street
    return Address(lines, line1, city, pc, "United Kingdom")


def _ca(draw: Draw) -> Address:
    kind = draw.pick(("Crescent", "Avenue", "Drive", "Street", "Road"))
    unit = f"{draw.num(101, 2408)}-" if draw.chance(0.5) else ""
    line1 = f"{unit}{draw.num(10, 990)} {draw.pick(STREETS['ca'])} {kind}"
    city, prov, pc = _locality(draw, "ca")
    return Address((line1, f"{city} {prov} {pc}"), line1, city, pc, "Canada")


def _au(draw: Draw) -> Address:
    kind = draw.pick(("Parade", "Street", "Road", "Close", "Avenue"))
    n = draw.num(2, 180)
    number = draw.pick((f"{draw.num(1, 12)}/{n}", str(n), f"Unit {draw.num(1, 9)}, {n}"))
    line1 = f"{number} {draw.pick(STREETS['au'])} {kind}"
    city, state, pc = _locality(draw, "au")
    return Address((line1, f"{city} {state} {pc}"), line1, city, pc, "Australia")


def _de(draw: Draw) -> Address:
    name = draw.pick(STREETS["de"])
    n = f"{draw.num(1, 140)}{draw.pick(('', '', '', 'a', 'b'))}"
    line1 = draw.pick((f"{name}straße {n}", f"{name}weg {n}", f"Am {name} {n}", f"{name}gasse {n}"))
    city, _, pc = _locality(draw, "de")
    return Address((line1, f"{pc} {city}"), line1, city, pc, draw.pick(("Deutschland", "Germany")))


def _at(draw: Draw) -> Address:
    line1 = f"{draw.pick(STREETS['at'])}gasse {draw.num(1, 60)}/Top {draw.num(1, 24)}"
    city, _, pc = _locality(draw, "at")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "Austria")


def _ch(draw: Draw) -> Address:
    line1 = f"{draw.pick(STREETS['ch'])}{draw.pick(('strasse', 'weg'))} {draw.num(1, 90)}"
    city, _, pc = _locality(draw, "ch")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "Switzerland")


def _fr(draw: Draw, person_named: bool = False) -> Address:
    kind = draw.pick(("rue", "allée", "impasse", "avenue", "chemin"))
    bis = draw.pick(("", "", " bis", " ter"))
    if person_named:
        street = f"{draw.num(1, 90)}{bis} rue {draw.pick(STREETS['fr_person'])}"
    else:
        street = f"{draw.num(1, 90)}{bis} {kind} {draw.pick(STREETS['fr'])}"
    line1 = f"Bât. {draw.pick('ABCD')}, {street}" if draw.chance(0.2) else street
    city, _, pc = _locality(draw, "fr")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "France")


def _be(draw: Draw) -> Address:
    name = draw.pick(STREETS["be"])
    n, box = draw.num(1, 220), draw.num(1, 12)
    # French names start with an article ("de la ..."), Dutch ones are one word.
    line1 = f"Rue {name} {n} bte {box}" if name[0].islower() else f"{name}straat {n} bus {box}"
    city, _, pc = _locality(draw, "be")
    return Address((line1, f"{pc} {city}"), line1, city, pc, draw.pick(("Belgium", "Belgique")))


def _it(draw: Draw) -> Address:
    extra = draw.pick(("", f", int. {draw.num(1, 20)}", f", scala {draw.pick('ABC')}"))
    line1 = f"Via {draw.pick(STREETS['it'])} {draw.num(1, 180)}{extra}"
    city, prov, pc = _locality(draw, "it")
    return Address((line1, f"{pc} {city} ({prov})"), line1, city, pc, "Italia")


def _es(draw: Draw) -> Address:
    floor = draw.pick(("", f", {draw.num(1, 9)}º {draw.pick(('izda.', 'dcha.', 'B', 'A'))}"))
    line1 = f"C/ {draw.pick(STREETS['es'])}, {draw.num(1, 120)}{floor}"
    city, _, pc = _locality(draw, "es")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "España")


def _pt(draw: Draw) -> Address:
    floor = draw.pick(("", f", {draw.num(1, 8)}.º {draw.pick(('Esq.', 'Dto.', 'Frt.'))}"))
    line1 = f"Rua {draw.pick(STREETS['pt'])}, n.º {draw.num(1, 300)}{floor}"
    city, _, pc = _locality(draw, "pt")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "Portugal")


def _nl(draw: Draw) -> Address:
    suffix = draw.pick(("straat", "laan", "hof", "weg"))
    extra = draw.pick(("", "-II", "-A", " hs", "-3"))
    line1 = f"{draw.pick(STREETS['nl'])}{suffix} {draw.num(1, 160)}{extra}"
    city, _, pc = _locality(draw, "nl")
    return Address((line1, f"{pc} {city}"), line1, city, pc, "Nederland")


def _ie(draw: Draw) -> Address:
    kind = draw.pick(("Road", "Park", "Avenue", "Grove"))
    apt = f"Apt {draw.num(1, 40)}, " if draw.chance(0.3) else ""
    line1 = f"{apt}{draw.num(1, 120)} {draw.pick(STREETS['ie'])} {kind}"
    city, county, pc = _locality(draw, "ie")
    return Address((line1, city, f"{county} {pc}"), line1, city, pc, "Ireland")


def _in(draw: Draw) -> Address:
    building = f"{draw.pick(STREETS['in'])} {draw.pick(('Residency', 'Apartments', 'Heights'))}"
    line1 = (
        f"Flat {draw.num(1, 12)}0{draw.num(1, 9)}, {building}, {draw.pick(STREETS['in_road'])} Road"
    )
    city, state, pin = _locality(draw, "in")
    return Address((line1, f"{city}, {state} {pin}"), line1, city, pin, "India")


def _sg(draw: Draw) -> Address:
    line1 = (
        f"Blk {draw.num(100, 899)} {draw.pick(STREETS['sg'])} Avenue {draw.num(1, 9)}, "
        f"#{draw.num(2, 20):02d}-{draw.num(1, 180):02d}"
    )
    city, _, pc = _locality(draw, "sg")
    return Address((line1, f"{city} {pc}"), line1, city, pc, "Singapore")


def _jp(draw: Draw) -> Address:
    line1 = (
        f"Room {draw.num(1, 9)}0{draw.num(1, 9)}, {draw.pick(STREETS['jp'])} Heights, "
        f"{draw.num(1, 5)}-{draw.num(1, 30)}-{draw.num(1, 20)} {draw.pick(STREETS['jp'])}"
    )
    city, pref, pc = _locality(draw, "jp")
    return Address((line1, f"{city}, {pref} {pc}"), line1, city, pc, "Japan")


def _mx(draw: Draw) -> Address:
    extra = draw.pick(("", f", Int. {draw.num(1, 20)}", f", Depto. {draw.num(101, 504)}"))
    line1 = f"Calle {draw.pick(STREETS['mx'])} {draw.num(1, 900)}{extra}"
    city, state, pc = _locality(draw, "mx")
    return Address(
        (line1, f"Col. {draw.pick(STREETS['mx'])}, {pc} {city}, {state}"), line1, city, pc, "México"
    )


def _br(draw: Draw) -> Address:
    extra = draw.pick(("", f", apto {draw.num(11, 904)}", f", casa {draw.num(1, 4)}"))
    line1 = f"Rua {draw.pick(STREETS['br'])}, {draw.num(10, 2900)}{extra}"
    city, uf, pc = _locality(draw, "br")
    return Address((line1, f"{city} - {uf}, {pc}"), line1, city, pc, "Brasil")


def _za(draw: Draw) -> Address:
    kind = draw.pick(("Street", "Crescent", "Avenue"))
    line1 = f"{draw.num(1, 99)} {draw.pick(STREETS['za'])} {kind}"
    city, _, pc = _locality(draw, "za")
    suburb = f"{draw.pick(STREETS['za'])}park"
    return Address((line1, suburb, f"{city}, {pc}"), line1, city, pc, "South Africa")


ADDRESS_MAKERS = {
    "us": _us,
    "gb": _gb,
    "ca": _ca,
    "au": _au,
    "de": _de,
    "at": _at,
    "ch": _ch,
    "fr": _fr,
    "be": _be,
    "it": _it,
    "es": _es,
    "pt": _pt,
    "nl": _nl,
    "ie": _ie,
    "in": _in,
    "sg": _sg,
    "jp": _jp,
    "mx": _mx,
    "br": _br,
    "za": _za,
}
# The United States and the United Kingdom come up more often, as in real traffic.
_ADDRESS_WEIGHTS = ("us",) * 5 + ("gb",) * 2 + tuple(ADDRESS_MAKERS)


def address(draw: Draw, country: str = "") -> Address:
    return ADDRESS_MAKERS[country or draw.pick(_ADDRESS_WEIGHTS)](draw)


def person_named_address(draw: Draw) -> Address:
    return _us(draw, person_named=True) if draw.chance(0.6) else _fr(draw, person_named=True)
