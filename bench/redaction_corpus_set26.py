"""Set 26 of the redaction corpus: ``data/pii/set26.jsonl`` (see data/pii/README.md, "set26").

All eight entity types and their look-alikes in seven registers, written blind: before the
detector's code, its word lists or the other generators' templates were read, and without
running the detector. 1,500 texts with PII and 1,500 look-alikes, 214 or 215 of each kind per
register; even template ids are the tuning half, odd ids the held-out half.

    python -m bench.redaction_corpus_set26      # writes the file (byte for byte the same)
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import redaction_corpus_set26_numbers as numbers
from bench import redaction_corpus_set26_values as values
from bench.redaction_corpus_set26_fillers import FILLERS
from bench.redaction_corpus_set26_lookalikes import LOOKALIKE_TEMPLATES
from bench.redaction_corpus_set26_numbers import luhn_digit
from bench.redaction_corpus_set26_templates import PII_TEMPLATES

SEED = 26
FILE = Path(__file__).resolve().parents[1] / "data" / "pii" / "set26.jsonl"
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
# 1,500 of each kind = 7 x 214 + 2: these registers get the 215th text.
EXTRA = {False: ("json", "multiline"), True: ("chat", "search")}

Maker = Callable[[random.Random, dict[str, Any], str, str], tuple[str, str | None]]
MAKERS: dict[str, Maker] = {
    "person": values.person,
    "person_rev": values.person_rev,
    "given": values.given,
    "surname": values.surname,
    "last": values.last,
    "sig": values.sig,
    "email": values.email,
    "addr": values.addr,
    "addr_ml": values.addr_ml,
    "street": values.street,
    "city": values.city,
    "postcode": values.postcode,
    "phone": numbers.phone,
    "ssn": numbers.ssn,
    "ip": numbers.ip,
    "card": numbers.card,
    "iban": numbers.iban,
    "port": numbers.port,
    **FILLERS,
}
SLOT = re.compile(r"\{([a-z_]+)(?::([a-z0-9]+))?(?:\|(lower|upper))?\}")


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """The text of one filling of ``template`` and its gold spans."""
    ctx: dict[str, Any] = {}
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    pos, length = 0, 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        parts.append(literal)
        length += len(literal)
        name, arg, mod = match.group(1), match.group(2) or "", match.group(3) or ""
        text, entity_type = MAKERS[name](rng, ctx, arg, mod)
        text = text.lower() if mod == "lower" else text.upper() if mod == "upper" else text
        if entity_type:
            spans.append(
                {
                    "start": length,
                    "end": length + len(text),
                    "entity_type": entity_type,
                    "value": text,
                }
            )
        parts.append(text)
        length += len(text)
        pos = match.end()
    parts.append(template[pos:])
    return "".join(parts), spans


_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def _mod97(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def gold_like(text: str) -> bool:
    """Whether a look-alike holds what would be gold: an e-mail, a mod-97-valid IBAN, or a
    13-19 digit run that passes Luhn."""
    if "@" in text or any(_mod97(m) for m in _IBAN_SHAPE.findall(text)):
        return True
    for run in _DIGIT_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if luhn_digit(digits[:-1]) == digits[-1]:
            return True
    return False


def _templates() -> list[tuple[int, str, bool, str]]:
    """(template id, register, negative, template) in id order."""
    rows: list[tuple[int, str, bool, str]] = []
    for register in REGISTERS:
        for negative, table in ((False, PII_TEMPLATES), (True, LOOKALIKE_TEMPLATES)):
            for template in table[register]:
                rows.append((len(rows), register, negative, template))
    return rows


def records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    rows = _templates()
    for register in REGISTERS:
        for negative in (False, True):
            group = [r for r in rows if r[1] == register and r[2] == negative]
            total = 214 + (register in EXTRA[negative])
            for index, (template_id, _, _, template) in enumerate(group):
                uses = total // len(group) + (index < total % len(group))
                for _ in range(uses):
                    for _attempt in range(200):
                        text, spans = render(template, rng)
                        if text not in seen and not (negative and gold_like(text)):
                            break
                    else:
                        raise RuntimeError(f"no new filling for template {template_id}")
                    seen.add(text)
                    out.append(
                        {
                            "template_id": template_id,
                            "text": text,
                            "spans": spans,
                            "register": register,
                            "negative": not spans,
                        }
                    )
                    assert bool(spans) != negative, template
    rng.shuffle(out)
    return [{"id": i, **record} for i, record in enumerate(out)]


def lines() -> str:
    """The file's text: one JSON record a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    FILE.write_text(lines(), encoding="utf-8")
    print(f"wrote {FILE}")


if __name__ == "__main__":
    main()
