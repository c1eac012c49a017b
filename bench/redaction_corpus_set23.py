"""Set 23 (``data/pii/set23.jsonl``): a blind corpus of all eight entity types in seven registers.

Run ``python -m bench.redaction_corpus_set23`` to write the file (stdlib only, seed 23, byte for
byte reproducible). 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind per
register; even template ids are the tuning half, odd ids the held-out half.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from bench import redaction_corpus_set23_pools as pools
from bench import redaction_corpus_set23_streets as streets
from bench import redaction_corpus_set23_values as values
from bench.redaction_corpus_set23_lookalikes import LOOKALIKE
from bench.redaction_corpus_set23_templates import POSITIVE

SEED = 23
OUT = Path(__file__).resolve().parents[1] / "data" / "pii" / "set23.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
GIVEN = pools.GIVEN
SURNAME = pools.SURNAME + tuple(
    w for entry in pools.PARTICLE_SURNAME for w in re.findall(r"[^\W\d_]{4,}", entry)
)
TOTAL_PER_KIND = 1500
SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)\}")

Maker = Callable[[random.Random], str]


def _person(style: str) -> Maker:
    return lambda rng: values.person(rng, style)


def _address(style: str) -> Maker:
    return lambda rng: streets.address(rng, style)


def _ip_any(rng: random.Random) -> str:
    return values.ipv6(rng) if rng.random() < 0.4 else values.ipv4(rng)


# Slot -> (maker, entity type written as gold, or None for a value that is not PII).
FILLERS: dict[str, tuple[Maker, str | None]] = {
    "P": (_person("full"), "PERSON"),
    "PL": (_person("lower"), "PERSON"),
    "G": (_person("given"), "PERSON"),
    "GL": (_person("given_lower"), "PERSON"),
    "PC": (_person("caps"), "PERSON"),
    "PI": (_person("inverted"), "PERSON"),
    "PM": (_person("middle"), "PERSON"),
    "PN": (_person("initial"), "PERSON"),
    "S": (_person("surname"), "PERSON"),
    "SL": (lambda rng: values.person(rng, "surname").lower(), "PERSON"),
    "PD": (_person("double"), "PERSON"),
    "PW": (_person("word_full"), "PERSON"),
    "GW": (_person("word"), "PERSON"),
    "GWL": (lambda rng: values.person(rng, "word").lower(), "PERSON"),
    "E": (values.email, "EMAIL_ADDRESS"),
    "PH": (values.phone, "PHONE_NUMBER"),
    "PHX": (values.phone_ext, "PHONE_NUMBER"),
    "PHC": (values.phone_compact, "PHONE_NUMBER"),
    "SSN": (values.ssn, "US_SSN"),
    "SSNB": (lambda rng: values.ssn(rng, ""), "US_SSN"),
    "SSNH": (lambda rng: values.ssn(rng, "-"), "US_SSN"),
    "IP4": (values.ipv4, "IP_ADDRESS"),
    "IP6": (values.ipv6, "IP_ADDRESS"),
    "IP6Z": (values.ipv6_zone, "IP_ADDRESS"),
    "IP": (_ip_any, "IP_ADDRESS"),
    "CC": (values.card, "CREDIT_CARD"),
    "IBAN": (values.iban, "IBAN_CODE"),
    "A": (_address("line"), "STREET_ADDRESS"),
    "AL": (_address("lower"), "STREET_ADDRESS"),
    "AS": (_address("street"), "STREET_ADDRESS"),
    "AM": (_address("multi"), "STREET_ADDRESS"),
    "AMC": (lambda rng: streets.address(rng, "multi").upper(), "STREET_ADDRESS"),
}
FILLERS.update(
    {
        key: (maker, None)
        for key, maker in {
            "T": lambda rng: rng.choice(pools.TITLES),
            "CITY": lambda rng: rng.choice(
                [c[0] for c in pools.US_CITIES] + [t[0] for t in pools.UK_TOWNS]
            ),
            "CLF": lambda rng: f"{rng.randint(10, 28)}/Mar/2025:{_clock(rng)} +0000",
            "PORT": lambda rng: str(
                rng.choice((443, 8443, 22, 2222, 8080, 5432, rng.randint(1024, 65535)))
            ),
            "N1": lambda rng: str(rng.randint(1, 3)),
            "N2": lambda rng: str(rng.randint(2, 60)),
            "N3": lambda rng: str(rng.randint(101, 990)),
            "N4": lambda rng: str(rng.randint(1000, 9999)),
            "DAY": lambda rng: rng.choice(
                ("monday", "tuesday", "wednesday", "thursday", "friday", "sat", "sunday")
            ),
            "DATE": lambda rng: (
                f"{rng.randint(1950, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            ),
            "TS": lambda rng: (
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{_clock(rng)}Z"
            ),
            "YEAR": lambda rng: str(rng.randint(2024, 2027)),
            "BRAND": lambda rng: rng.choice(pools.BRANDS),
            "PLACE": lambda rng: rng.choice(pools.PLACES),
            "HOLIDAY": lambda rng: rng.choice(pools.HOLIDAYS),
            "WORK": lambda rng: rng.choice(pools.WORKS),
            "DISH": lambda rng: rng.choice(pools.DISHES),
            "HANDLE": lambda rng: rng.choice(pools.HANDLES),
            "BST": streets.street_without_number,
            "WG": lambda rng: rng.choice(("lilac", "ivory", "beryl", "petunia", "bluebell")),
            "WGF": lambda rng: rng.choice(("aster", "lilac", "petunia", "bluebell", "thistle")),
            "ORD": lambda rng: rng.choice(("ORD-", "#", "SO")) + str(rng.randint(100000, 9999999)),
            "WAY": lambda rng: (
                f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            ),
            "INV": lambda rng: f"INV-{rng.randint(2019, 2025)}-{rng.randint(1, 99999):05d}",
            "VER": lambda rng: ".".join(
                str(rng.randint(lo, hi)) for lo, hi in ((1, 12), (0, 9), (0, 30), (1, 400))
            ),
            "KVER": lambda rng: (
                f"{rng.choice((4, 5, 6))}.{rng.randint(1, 19)}.0-{rng.randint(100, 600)}"
                f".el{rng.choice((8, 9))}.x86_64"
            ),
            "BUILD": lambda rng: (
                f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}"
            ),
            "SHA": lambda rng: "".join(rng.choice("0123456789abcdef") for _ in range(40)),
            "UUID": lambda rng: "-".join(
                "".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)
            ),
            "GEO": lambda rng: f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-170, 170):.5f}",
            "MAC": lambda rng: ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
            "OID": lambda rng: (
                f"1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}"
            ),
            "ISBN": lambda rng: _isbn(rng),
            "SKU": lambda rng: (
                f"SKU-{rng.choice('HKMRTZ')}{rng.choice('ABXQ')}-{rng.randint(1000, 9999)}"
            ),
            "AMT": lambda rng: (
                rng.choice(("$", "€", "£")) + f"{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"
            ),
            "ZIP": lambda rng: f"{rng.randint(10000, 99999)}",
            "BADCC": values.bad_card,
            "BADSSN": lambda rng: rng.choice(
                (
                    f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                    f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                    f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                    f"{rng.randint(100, 599)}-00-{rng.randint(1000, 9999)}",
                )
            ),
            "BADIBAN": values.bad_iban,
            "MASK": lambda rng: f"**** **** **** {rng.randint(1000, 9999)}",
        }.items()
    }
)


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _isbn(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """The template's text with every slot filled, and the gold spans of the PII slots."""
    text, spans, last = "", [], 0
    for match in SLOT.finditer(template):
        maker, entity_type = FILLERS[match.group(1)]
        text += template[last : match.start()]
        value = maker(rng)
        if entity_type:
            spans.append(
                {
                    "start": len(text),
                    "end": len(text) + len(value),
                    "entity_type": entity_type,
                    "value": value,
                }
            )
        text += value
        last = match.end()
    return text + template[last:], spans


def _templates() -> list[tuple[int, str, bool, str]]:
    """(template id, register, look-alike?, template) in id order; ids alternate parity."""
    rows, next_id = [], 0
    for register in REGISTERS:
        for negative, table in ((False, POSITIVE), (True, LOOKALIKE)):
            for template in table[register]:
                rows.append((next_id, register, negative, template))
                next_id += 1
    return rows


def _quota(kind_index: int, register_index: int) -> int:
    # 1,500 over seven registers: 214 each, plus one for the first two (positives) or last two.
    extra = TOTAL_PER_KIND - 214 * len(REGISTERS)
    chosen = range(extra) if kind_index == 0 else range(len(REGISTERS) - extra, len(REGISTERS))
    return 214 + (register_index in chosen)


def records() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    made: list[dict[str, object]] = []
    rows = _templates()
    counts: dict[tuple[str, bool], int] = {}
    for kind_index, negative in enumerate((False, True)):
        for register_index, register in enumerate(REGISTERS):
            group = [r for r in rows if r[1] == register and r[2] == negative]
            wanted, turn = _quota(kind_index, register_index), 0
            while counts.get((register, negative), 0) < wanted:
                template_id, _, _, template = group[turn % len(group)]
                turn += 1
                for _ in range(30):  # a new text, or this template's turn passes
                    text, spans = fill(template, rng)
                    if text not in seen:
                        seen.add(text)
                        made.append(
                            {
                                "template_id": template_id,
                                "text": text,
                                "spans": spans,
                                "register": register,
                                "negative": negative,
                            }
                        )
                        counts[(register, negative)] = counts.get((register, negative), 0) + 1
                        break
    rng.shuffle(made)
    out = []
    for index, record in enumerate(made):
        row: dict[str, object] = {
            "id": index,
            "template_id": record["template_id"],
            "text": record["text"],
            "spans": record["spans"],
            "register": record["register"],
        }
        if record["negative"]:
            row["negative"] = True
        out.append(row)
    return out


def lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUT.write_text(lines(), encoding="utf-8")


if __name__ == "__main__":
    main()
