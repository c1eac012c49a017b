"""Set 22 (``data/pii/set22.jsonl``): a twelfth blind synthetic PII corpus, all eight entity
types mixed in natural sentences of seven registers, and as many look-alikes.

Written without reading the detector or the other corpus generators and without running the
detector. ``python -m bench.redaction_corpus_set22`` writes the file; it comes out byte for
byte the same (seed 22). Template ids: register r holds 36r..36r+17 (with PII) and
36r+18..36r+35 (look-alikes); even ids are the tuning half, odd ids the held-out half.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_set22_pools as pools
from bench import redaction_corpus_set22_values as values
from bench.redaction_corpus_set22_lookalikes import NEGATIVE
from bench.redaction_corpus_set22_streets import BARE_STREETS, address_lines
from bench.redaction_corpus_set22_templates import POSITIVE

SEED = 22
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set22.jsonl"
PER_KIND = 1500
SLOT = re.compile(r"\{([a-z][a-z0-9]*)\}")

Filled = tuple[str, str | None]  # (text, entity type or None)


class _Context:
    """The person last written in the text (for an e-mail built from that name)."""

    def __init__(self) -> None:
        self.person: tuple[str, str] | None = None


def _person_text(rng: random.Random, ctx: _Context, shape: str) -> str:
    given, surname = pools.pick_person(rng)
    if shape in ("wgiven", "lwgiven"):
        given = rng.choice(pools.WORD_GIVEN)
    if rng.random() < 0.35:
        given, surname = pools.fold(given), pools.fold(surname)
    ctx.person = (given, surname)
    full = f"{given} {surname}"
    roll = rng.random()
    if surname in pools.SURNAME_BY_CULTURE["cn"] and roll < 0.4:
        full = f"{surname} {given}"
    elif roll < 0.08:
        full = f"{given} {rng.choice('ABCDEGHJKLMNPRSTW')}. {surname}"
    elif roll < 0.13:
        full = f"{given[0]}. {surname}"
    elif roll < 0.17:
        other = rng.choice(pools.SURNAME)
        if " " not in other and " " not in surname and other != surname:
            full = f"{given} {surname}-{other}"
    shapes = {
        "full": full,
        "lfull": full.lower(),
        "cfull": full.upper(),
        "given": given,
        "lgiven": given.lower(),
        "wgiven": given,
        "lwgiven": given.lower(),
        "sur": surname,
        "lsur": surname.lower(),
        "rev": f"{surname}, {given}",
        "crev": f"{surname.upper()}, {given}",
    }
    return shapes[shape]


def _email(rng: random.Random, ctx: _Context) -> str:
    given, surname = ctx.person or pools.pick_person(rng)
    return values.email(rng, given, surname)


def _address(rng: random.Random, shape: str) -> str:
    lines = address_lines(rng, "us" if shape == "addrus" else None)
    if shape == "street":
        return lines[0]
    if shape in ("maddr", "cmaddr"):
        text = "\n".join(lines)
        return text.upper() if shape == "cmaddr" else text
    text = ", ".join(lines).replace("  ", " ")
    return text.lower() if shape == "laddr" else text


DAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "3 March",
    "the 14th",
    "next week",
    "12 May",
    "June 2",
    "Oct 9",
)
ITEMS = (
    "dishwasher",
    "router",
    "sofa",
    "kettle",
    "phone",
    "tablet",
    "desk lamp",
    "printer",
    "washing machine",
    "bike",
    "camera",
    "monitor",
    "heater",
    "blender",
    "fridge",
)
TIMES = (
    "7pm",
    "8",
    "half 6",
    "19:30",
    "noon",
    "9ish",
    "6:45",
    "8.15",
    "21:00",
    "5pm",
    "10am",
    "quarter to 8",
    "7:15",
    "after work",
)


def _ts(rng: random.Random) -> str:
    return (
        f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def _clf(rng: random.Random) -> str:
    month = rng.choice(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"))
    return (
        f"{rng.randint(1, 28):02d}/{month}/2026:{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


def _amount(rng: random.Random) -> str:
    return rng.choice(("$", "£", "€")) + f"{rng.randint(8, 640)}.{rng.randint(0, 99):02d}"


PERSON_SHAPES = (
    "full",
    "lfull",
    "cfull",
    "given",
    "lgiven",
    "wgiven",
    "lwgiven",
    "sur",
    "lsur",
    "rev",
    "crev",
)
ADDRESS_SHAPES = ("addr", "addrus", "laddr", "maddr", "cmaddr", "street")

FILLERS: dict[str, Callable[[random.Random, _Context], Filled]] = {
    "email": lambda r, c: (_email(r, c), "EMAIL_ADDRESS"),
    "phone": lambda r, c: (values.phone(r), "PHONE_NUMBER"),
    "ssn": lambda r, c: (values.ssn(r), "US_SSN"),
    "ssnd": lambda r, c: (values.ssn(r, "dash"), "US_SSN"),
    "ssnb": lambda r, c: (values.ssn(r, "bare"), "US_SSN"),
    "ssns": lambda r, c: (values.ssn(r, "space"), "US_SSN"),
    "ip": lambda r, c: (values.ip(r), "IP_ADDRESS"),
    "ip4": lambda r, c: (values.ip4(r), "IP_ADDRESS"),
    "ip6": lambda r, c: (values.ip6(r), "IP_ADDRESS"),
    "ip6z": lambda r, c: (values.ip6(r, zone=True), "IP_ADDRESS"),
    "card": lambda r, c: (values.card(r), "CREDIT_CARD"),
    "iban": lambda r, c: (values.iban(r), "IBAN_CODE"),
    "ibanc": lambda r, c: (values.iban(r, grouped=False), "IBAN_CODE"),
    "n": lambda r, c: (str(r.randint(2, 999)), None),
    "few": lambda r, c: (str(r.randint(7, 90)), None),
    "mm": lambda r, c: (f"{r.randint(1, 12):02d}", None),
    "day": lambda r, c: (r.choice(DAYS), None),
    "item": lambda r, c: (r.choice(ITEMS), None),
    "time": lambda r, c: (r.choice(TIMES), None),
    "ts": lambda r, c: (_ts(r), None),
    "clf": lambda r, c: (_clf(r), None),
    "amount": lambda r, c: (_amount(r), None),
    "brand": lambda r, c: (r.choice(pools.BRANDS), None),
    "place": lambda r, c: (r.choice(pools.PLACES), None),
    "holiday": lambda r, c: (r.choice(pools.HOLIDAYS), None),
    "work": lambda r, c: (r.choice(pools.WORKS), None),
    "dish": lambda r, c: (r.choice(pools.DISHES), None),
    "bstreet": lambda r, c: (r.choice(BARE_STREETS), None),
    "uname": lambda r, c: (r.choice(pools.USERNAMES), None),
    "wphrase": lambda r, c: (r.choice(pools.WORD_PHRASES), None),
    "waybill": lambda r, c: (values.waybill(r), None),
    "order": lambda r, c: (values.order_id(r), None),
    "version": lambda r, c: (values.version(r), None),
    "hexid": lambda r, c: (values.hex_id(r), None),
    "badcard": lambda r, c: (values.bad_card(r), None),
    "badssn": lambda r, c: (values.bad_ssn(r), None),
    "badiban": lambda r, c: (values.bad_iban(r), None),
    "misc": lambda r, c: (values.misc_number(r), None),
}


def _person_filler(shape: str) -> Callable[[random.Random, _Context], Filled]:
    def fill(rng: random.Random, ctx: _Context) -> Filled:
        return _person_text(rng, ctx, shape), "PERSON"

    return fill


def _address_filler(shape: str) -> Callable[[random.Random, _Context], Filled]:
    def fill(rng: random.Random, ctx: _Context) -> Filled:
        return _address(rng, shape), "STREET_ADDRESS"

    return fill


FILLERS.update({shape: _person_filler(shape) for shape in PERSON_SHAPES})
FILLERS.update({shape: _address_filler(shape) for shape in ADDRESS_SHAPES})


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """The text of ``template`` with its slots filled, and the gold spans."""
    ctx = _Context()
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    pos = 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        parts.append(literal)
        length += len(literal)
        name = match.group(1)
        kind = name if name in FILLERS else name.rstrip("0123456789")
        value, entity_type = FILLERS[kind](rng, ctx)
        if entity_type:
            spans.append(
                {
                    "start": length,
                    "end": length + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(template[pos:])
    return "".join(parts), spans


# ---- checks that a look-alike holds nothing PII-shaped -----------------------------------

_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_SSN_SHAPE = re.compile(r"(?<![\d-])(\d{3})[- .]?(\d{2})[- .]?(\d{4})(?![\d-])")
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def _luhn_ok(digits: str) -> bool:
    return values.luhn_complete(digits[:-1]) == digits


def _mod97_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def look_alike_clean(text: str) -> bool:
    """No @, no Luhn-valid 13-19 digit run, no issuable SSN shape, no valid IBAN and no word
    of the person pools."""
    if "@" in text:
        return False
    for run in _DIGIT_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            return False
    for area, group, serial in _SSN_SHAPE.findall(text):
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            return False
    if any(_mod97_ok(m) for m in _IBAN_SHAPE.findall(text)):
        return False
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return not words & pools.name_words()


def _counts(total: int) -> list[int]:
    """``total`` texts over the seven registers (214 or 215 each)."""
    base, extra = divmod(total, len(REGISTERS))
    return [base + (1 if i < extra else 0) for i in range(len(REGISTERS))]


def _records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    planned: list[tuple[int, str, str, bool]] = []
    for index, (register, pos_n, neg_n) in enumerate(
        zip(REGISTERS, _counts(PER_KIND), _counts(PER_KIND)[::-1], strict=True)
    ):
        for negative, templates, count in (
            (False, POSITIVE[register], pos_n),
            (True, NEGATIVE[register], neg_n),
        ):
            assert len(templates) == 18, register
            offset = 36 * index + (18 if negative else 0)
            for k in range(count):
                slot = k % len(templates)
                planned.append((offset + slot, templates[slot], register, negative))
    rng.shuffle(planned)
    records: list[dict[str, object]] = []
    for template_id, template, register, negative in planned:
        for _ in range(200):
            text, spans = render(template, rng)
            if text in seen or (negative and not look_alike_clean(text)):
                continue
            break
        else:
            raise RuntimeError(f"template {template_id} cannot make a new text")
        seen.add(text)
        records.append(
            {
                "id": len(records),
                "template_id": template_id,
                "text": text,
                "spans": spans,
                "register": register,
                "negative": negative,
            }
        )
    return records


def lines() -> str:
    """The file's text: one JSON record a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
