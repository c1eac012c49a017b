"""Set 20 (``data/pii/set20.jsonl``): a tenth blind synthetic PII corpus, all eight types.

1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind per register; the templates
alternate parity within each register and kind (even id = tuning half, odd = held-out half).
Stdlib only, seed 20: ``python -m bench.redaction_corpus_set20`` writes the file byte for byte
the same. Written without reading the detector or the other generators (data/pii/README.md).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from bench import redaction_corpus_set20_lookalikes as la
from bench import redaction_corpus_set20_values as val
from bench.redaction_corpus_set20_pools import CULTURES, WORD_GIVEN
from bench.redaction_corpus_set20_streets import Address, address
from bench.redaction_corpus_set20_templates import POSITIVE

SEED = 20
FILE = Path(__file__).resolve().parents[1] / "data" / "pii" / "set20.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
GIVEN = tuple(g for given, _ in CULTURES.values() for g in given.split())
SURNAME = tuple(s.replace("_", " ") for _, surnames in CULTURES.values() for s in surnames.split())
WORD_GIVEN_NAMES = tuple(WORD_GIVEN.split())
# Name words a look-alike must not hold (particles and English-word given names aside).
PARTICLES = {"van", "der", "ten", "zu", "von", "de", "al", "ní", "ó", "di"}
NAME_WORDS = frozenset(
    w.lower()
    for name in GIVEN + SURNAME
    for w in re.split(r"[\s-]+", name)
    if len(w) >= 3 and w.lower() not in PARTICLES
)
CULTURE_WEIGHTS = {"us": 5, "rare": 2}
SLOT = re.compile(r"\{([A-Za-z0-9:=]+)\}")
Piece = tuple[str, str | None]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng: random.Random, word_given: bool = False) -> None:
        cultures = sorted(CULTURES)
        weights = [CULTURE_WEIGHTS.get(c, 3) for c in cultures]
        culture = rng.choices(cultures, weights)[0]
        given_pool, surname_pool = CULTURES[culture]
        if rng.random() < 0.15:  # a surname from another culture, as Faker-style data mixes them
            surname_pool = CULTURES[rng.choice(cultures)][1]
        self.given = rng.choice(WORD_GIVEN_NAMES) if word_given else rng.choice(given_pool.split())
        self.surname = rng.choice(surname_pool.split()).replace("_", " ")
        if rng.random() < 0.05:
            self.surname += "-" + rng.choice(SURNAME).split()[-1]
        if rng.random() < 0.35:  # accents dropped, as many forms and keyboards do
            self.given, self.surname = _fold(self.given), _fold(self.surname)
        self.family_first = culture == "cn" and not word_given and rng.random() < 0.4
        self.middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.08 else ""
        self.initial = rng.random() < 0.06

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        given = f"{self.given[0]}." if self.initial else self.given
        return f"{given}{self.middle} {self.surname}"

    def reversed(self) -> str:
        return f"{self.surname}, {self.given}"


class Render:
    """One text being written: its pieces, the last person and address drawn."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.person: Person | None = None
        self.address: Address | None = None

    def _person(self, reuse: bool, word: bool) -> Person:
        if not (reuse and self.person):
            self.person = Person(self.rng, word)
        return self.person

    def person_slot(self, slot: str) -> list[Piece]:
        reuse, slot = slot.endswith("="), slot.rstrip("=")
        word = slot.startswith("Pw")
        person = self._person(reuse, word)
        modifiers = slot[2:] if word else slot[1:]
        lower, shape = "l" in modifiers, modifiers.replace("l", "")
        if shape == "g":
            text = person.given
        elif shape == "s":
            text = person.surname
        elif shape == "r":
            text = person.reversed()
        elif shape == "c":
            text = person.full().upper()
        else:
            text = person.full()
        return [(text.lower() if lower else text, "PERSON")]

    def address_slot(self, slot: str) -> list[Piece]:
        rng = self.rng
        self.address = adr = address(rng)
        if slot == "As":
            return [(adr.street, "STREET_ADDRESS")]
        if slot == "Am":
            return [(adr.lines(rng.random() < 0.3), "STREET_ADDRESS")]
        if slot == "Amc":
            return [(adr.lines(True), "STREET_ADDRESS")]
        if slot == "Amu":
            return [(adr.lines(rng.random() < 0.5).upper(), "STREET_ADDRESS")]
        if slot == "Al":
            return [(adr.one_line().lower(), "STREET_ADDRESS")]
        return [(adr.one_line(slot == "Ac" or rng.random() < 0.15), "STREET_ADDRESS")]

    def slot(self, slot: str) -> list[Piece]:
        rng = self.rng
        if slot.startswith("P") and not slot.startswith("PH"):
            return self.person_slot(slot)
        if slot.startswith("A") and slot.rstrip("=") in ("A", "As", "Am", "Amc", "Amu", "Al", "Ac"):
            return self.address_slot(slot)
        if slot.startswith("n:"):
            return [(val.NUMBER_FILLERS[slot[2:]](rng), None)]
        gold: dict[str, tuple[str, str]] = {
            "PH": (val.phone(rng), "PHONE_NUMBER"),
            "PHe": (val.phone_e164(rng), "PHONE_NUMBER"),
            "SSN": (val.ssn(rng), "US_SSN"),
            "SSNd": (val.ssn(rng, "-"), "US_SSN"),
            "SSNn": (val.ssn(rng, ""), "US_SSN"),
            "IP": (val.ip(rng), "IP_ADDRESS"),
            "IP4": (val.ipv4(rng), "IP_ADDRESS"),
            "IP6": (val.ipv6(rng), "IP_ADDRESS"),
            "CC": (val.card(rng), "CREDIT_CARD"),
            "IBAN": (val.iban(rng), "IBAN_CODE"),
        }
        if slot in gold:
            return [gold[slot]]
        if slot == "IP6nz":
            return [(val.ipv6(rng).split("%")[0], "IP_ADDRESS")]
        if slot == "IP6b":
            return [
                ("[", None),
                (val.ipv6(rng), "IP_ADDRESS"),
                (f"]:{rng.randint(1024, 65000)}", None),
            ]
        if slot in ("E", "E="):
            person = self.person or Person(rng)
            return [(val.email(rng, person.given, person.surname), "EMAIL_ADDRESS")]
        return [(self.filler(slot), None)]

    def filler(self, slot: str) -> str:
        rng = self.rng
        fillers = {
            "brand": lambda: rng.choice(la.BRANDS),
            "place": lambda: rng.choice(la.PLACES),
            "holiday": lambda: rng.choice(la.HOLIDAYS),
            "work": lambda: rng.choice(la.WORKS),
            "dish": lambda: rng.choice(la.DISHES),
            "bstreet": lambda: rng.choice(la.BARE_STREETS),
            "item": lambda: rng.choice(la.ITEMS),
            "user": lambda: "".join(rng.sample(la.HANDLE_WORDS, 2)) + str(rng.randint(1, 99)),
            "hh": lambda: f"{rng.randint(7, 21)}:{rng.choice(('00', '15', '30', '45'))}",
            "num": lambda: str(rng.randint(2, 98)),
            "port": lambda: str(rng.randint(1024, 65000)),
            "ts": lambda: val.NUMBER_FILLERS["timestamp"](rng),
            "clf": lambda: (
                f"{rng.randint(10, 28)}/{rng.choice(('Mar', 'Jun', 'Oct'))}/2026:"
                f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000"
            ),
        }
        return fillers[slot]()


def render(rng: random.Random, template: str) -> tuple[str, list[dict[str, object]]]:
    r = Render(rng)
    text, spans, at = "", [], 0
    for match in SLOT.finditer(template):
        text += template[at : match.start()]
        for piece, entity_type in r.slot(match.group(1)):
            if entity_type:
                spans.append(
                    {
                        "start": len(text),
                        "end": len(text) + len(piece),
                        "entity_type": entity_type,
                        "value": piece,
                    }
                )
            text += piece
        at = match.end()
    return text + template[at:], spans


def _blank_gold(text: str, spans: list[dict[str, object]]) -> str:
    for span in spans:
        start, end = int(str(span["start"])), int(str(span["end"]))
        text = text[:start] + "#" * (end - start) + text[end:]
    return text


def _luhn_ok(digits: str) -> bool:
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
        for i, d in enumerate(int(c) for c in reversed(digits))
    )
    return total % 10 == 0


# A 13-19 digit run, single spaces or hyphens allowed, not part of a longer run.
DIGIT_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN_SHAPE = re.compile(r"\b(\d{3})[- .](\d{2})[- .](\d{4})\b")


def _stray_pii(rest: str) -> bool:
    """A PII shape left in the text outside the gold spans (fillers drawn at random)."""
    if "@" in rest:
        return True
    runs = re.findall(r"\d(?:[ -]?\d){12,18}", rest) + DIGIT_RUN.findall(rest)
    for run in runs:
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            return True
    for iban in IBAN_SHAPE.findall(rest):
        compact = iban.replace(" ", "")
        if int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1:
            return True
    for area, group, serial in SSN_SHAPE.findall(rest):
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            return True
    return False


def _holds_name(text: str) -> bool:
    return any(w.lower() in NAME_WORDS for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text))


def templates() -> list[tuple[int, str, bool, str]]:
    """(template id, register, negative, template); ids run per register, 36 each."""
    rows = []
    for r, register in enumerate(REGISTERS):
        for i, template in enumerate(POSITIVE[register]):
            rows.append((r * 36 + i, register, False, template))
        for i, template in enumerate(la.LOOKALIKE[register]):
            rows.append((r * 36 + 18 + i, register, True, template))
    return rows


def records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    for entry in la.BRANDS + la.PLACES + la.HOLIDAYS + la.WORKS + la.DISHES + la.BARE_STREETS:
        assert not _holds_name(entry), entry
    jobs: list[tuple[int, str, bool, str]] = []
    by_kind: dict[tuple[str, bool], list[tuple[int, str, bool, str]]] = {}
    for row in templates():
        by_kind.setdefault((row[1], row[2]), []).append(row)
    extra = {("chat", False), ("ticket", False), ("json", True), ("multiline", True)}  # 1,500 each
    for key, rows in by_kind.items():
        count = 215 if key in extra else 214
        jobs += [rows[i % len(rows)] for i in range(count)]
    rng.shuffle(jobs)
    seen: set[str] = set()
    out: list[dict[str, object]] = []
    for template_id, register, negative, template in jobs:
        while True:
            text, spans = render(rng, template)
            rest = _blank_gold(text, spans)
            if text in seen or _stray_pii(rest) or (negative and _holds_name(text)):
                continue
            break
        seen.add(text)
        out.append(
            {
                "id": len(out),
                "template_id": template_id,
                "text": text,
                "spans": spans,
                "register": register,
                "negative": negative,
            }
        )
    return out


def lines() -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records())


def main() -> None:
    FILE.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
