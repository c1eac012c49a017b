"""How person detection holds when a text's case changes (docs/redaction.md, "The case probe").

Chat is typed in lower case, forms are filled in lower case, labels are printed in capitals,
and a phone keyboard capitalises only a sentence's first letter: the same name must be found
in each. The probe takes every corpus text with a person span (and no character whose case
changes its length) and scores persons, exact span, on the text as written and on four
rewrites of it, with the gold offsets unchanged:

- ``lower``: all lower case;
- ``names``: only the names in lower case;
- ``upper``: all capitals;
- ``first``: lower case with a capital first letter.

``--split tuning`` reads the halves the rules were tuned on, ``--split held`` the odd halves
of sets 13-27 and 10-11 and the blind corpora, never tuned on. ``--register chat`` keeps one
register. Totals only: no text is printed.

    python -m bench.redaction_case_probe --split held
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from processors.redaction import detect

_DATA = Path(__file__).resolve().parents[1] / "data" / "pii"
_HALVED = [f"set{n}" for n in range(13, 28)] + ["hard_holdout10", "hard_holdout11"]
_TUNING_WHOLE = ["dev", "hard_tune5", "hard_tune6", "hard_holdout7", "hard_holdout9"]
_HELD_WHOLE = ["hard_final", "hard_blind", "hard_test", "hard_fresh"]

Spans = set[tuple[int, int]]


def _names_lowered(text: str, gold: Spans) -> str:
    for start, end in gold:
        text = text[:start] + text[start:end].lower() + text[end:]
    return text


REWRITES: dict[str, Callable[[str, Spans], str]] = {
    "as": lambda text, gold: text,
    "lower": lambda text, gold: text.lower(),
    "names": _names_lowered,
    "upper": lambda text, gold: text.upper(),
    "first": lambda text, gold: text.lower()[:1].upper() + text.lower()[1:],
}


def _records(split: str, register: str | None) -> Iterator[tuple[str, Spans]]:
    """(text, person gold spans) of the split's texts that have persons and keep their length
    in every case."""
    wanted_parity = 0 if split == "tuning" else 1
    files = [*_HALVED, *(_TUNING_WHOLE if split == "tuning" else _HELD_WHOLE)]
    for name in files:
        path = _DATA / f"{name}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        for record in records:
            if name in _HALVED and record.get("template_id", 0) % 2 != wanted_parity:
                continue
            if register and register not in str(record.get("register", "")):
                continue
            text = record["text"]
            gold = {(s["start"], s["end"]) for s in record["spans"] if s["entity_type"] == "PERSON"}
            if gold and len(text.lower()) == len(text) == len(text.upper()) and not text.islower():
                yield text, gold


def probe(split: str, register: str | None = None) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, misses) of persons per rewrite."""
    totals = {name: [0, 0, 0] for name in REWRITES}
    for text, gold in _records(split, register):
        for name, rewrite in REWRITES.items():
            rewritten = rewrite(text, gold)
            found = {(s.start, s.end) for s in detect(rewritten) if s.entity_type == "PERSON"}
            totals[name][0] += len(found & gold)
            totals[name][1] += len(found - gold)
            totals[name][2] += len(gold - found)
    return {name: (tp, fp, fn) for name, (tp, fp, fn) in totals.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.redaction_case_probe",
        description="Person precision/recall on corpus texts rewritten in other cases.",
    )
    parser.add_argument("--split", choices=["tuning", "held"], default="held")
    parser.add_argument("--register", help="keep one register (chat, review, ticket, ...)")
    args = parser.parse_args(argv)
    print(f"| case | P | R | TP | FP | FN |  ({args.split} split)")
    print("|---|---|---|---|---|---|")
    for name, (tp, fp, fn) in probe(args.split, args.register).items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {tp} | {fp} | {fn} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
