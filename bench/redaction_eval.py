"""Exact-span precision/recall/F1 per entity type of a PII detector on a jsonl corpus.

A prediction counts as a true positive only when its start, end AND entity type equal a gold
span's (no partial credit). Run ``python -m bench.redaction_eval [CORPUS] [--errors N]``; the
default corpus is ``data/pii/dev.jsonl`` (a copy of ``shared/data/pii/dev.jsonl``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from processors.redaction import ENTITY_TYPES, detect

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "data" / "pii" / "dev.jsonl"

Triple = tuple[int, int, str]
Detector = Callable[[str], Iterable[Triple]]


# Set 8 is split by template: even ``template_id`` is tuned on, odd is held out
# (docs/redaction.md, "Set 8"), so a rule is scored on phrasings it was not written for.
TEMPLATE_HALVES = {"even": 0, "odd": 1}


def load_corpus(
    path: Path = DEFAULT_CORPUS, templates: str | None = None
) -> list[tuple[str, set[Triple]]]:
    """Read ``(text, {(start, end, entity_type)})`` pairs from a corpus file.

    ``templates`` (``"even"`` or ``"odd"``) keeps only the records whose ``template_id`` has
    that parity.
    """
    parity = TEMPLATE_HALVES[templates] if templates else None
    rows: list[tuple[str, set[Triple]]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if parity is not None and record["template_id"] % 2 != parity:
                    continue
                gold = {(s["start"], s["end"], s["entity_type"]) for s in record["spans"]}
                rows.append((record["text"], gold))
    return rows


def ours(text: str) -> list[Triple]:
    """Our detector as a :data:`Detector`."""
    return [(s.start, s.end, s.entity_type) for s in detect(text)]


def score(
    corpus: Sequence[tuple[str, set[Triple]]],
    detector: Detector = ours,
    entity_types: Sequence[str] = ENTITY_TYPES,
) -> dict[str, dict[str, float]]:
    """Per-type ``tp, fp, fn, precision, recall, f1`` (and ``ALL``) with exact boundaries.

    Predictions whose type is not in ``entity_types`` are ignored.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for text, gold in corpus:
        predicted = {p for p in detector(text) if p[2] in entity_types}
        for item in predicted & gold:
            tp[item[2]] += 1
        for item in predicted - gold:
            fp[item[2]] += 1
        for item in gold - predicted:
            fn[item[2]] += 1
    result: dict[str, dict[str, float]] = {}
    for name in [*entity_types, "ALL"]:
        if name == "ALL":
            t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, f_p, f_n = tp[name], fp[name], fn[name]
        precision = t / (t + f_p) if t + f_p else 0.0
        recall = t / (t + f_n) if t + f_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[name] = {
            "tp": t, "fp": f_p, "fn": f_n, "precision": precision, "recall": recall, "f1": f1,
        }  # fmt: skip
    return result


def format_table(result: dict[str, dict[str, float]], title: str = "") -> str:
    """A markdown table of a :func:`score` result."""
    lines = [f"**{title}**", ""] if title else []
    lines.append("| entity | P | R | F1 | TP | FP | FN |")
    lines.append("|---|---|---|---|---|---|---|")
    for name, row in result.items():
        lines.append(
            f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} "
            f"| {int(row['tp'])} | {int(row['fp'])} | {int(row['fn'])} |"
        )
    return "\n".join(lines)


def errors(
    corpus: Sequence[tuple[str, set[Triple]]], detector: Detector = ours, entity_type: str = ""
) -> list[dict[str, Any]]:
    """Every sentence where the detector disagrees with gold (optionally for one type)."""
    found: list[dict[str, Any]] = []
    for text, gold in corpus:
        predicted = set(detector(text))
        if entity_type:
            predicted = {p for p in predicted if p[2] == entity_type}
            gold = {g for g in gold if g[2] == entity_type}
        if predicted != gold:
            found.append(
                {
                    "text": text,
                    "missed": sorted((text[a:b], t) for a, b, t in gold - predicted),
                    "extra": sorted((text[a:b], t) for a, b, t in predicted - gold),
                }
            )
    return found


def flagged_without_gold(
    corpus: Sequence[tuple[str, set[Triple]]], detector: Detector = ours
) -> tuple[int, int]:
    """``(flagged, total)`` over sentences with no gold span (the hard negatives)."""
    empty = [text for text, gold in corpus if not gold]
    return sum(1 for text in empty if any(True for _ in detector(text))), len(empty)


def evaluate(
    path: Path = DEFAULT_CORPUS, templates: str | None = None
) -> dict[str, dict[str, float]]:
    """Score our detector on ``path``, print the table, and return the per-type result."""
    corpus = load_corpus(path, templates)
    result = score(corpus)
    half = f" ({templates} templates)" if templates else ""
    print(format_table(result, f"ours on {path.name}{half}"))
    flagged, total = flagged_without_gold(corpus)
    if total:
        print(f"\nsentences without PII flagged: {flagged} of {total} ({flagged / total:.2%})")
    return result


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry: print the table, and with ``--errors N`` the first N mistakes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    parser.add_argument("--type", default="", help="restrict --errors to one entity type")
    parser.add_argument(
        "--templates",
        choices=sorted(TEMPLATE_HALVES),
        help="score one half of a corpus split by template_id (set 8: even tuned, odd held out)",
    )
    args = parser.parse_args(argv)
    evaluate(args.corpus, args.templates)
    if args.errors:
        corpus = load_corpus(args.corpus, args.templates)
        for item in errors(corpus, ours, args.type)[: args.errors]:
            print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
