"""Speed and exact-span accuracy of our redactor vs presidio-analyzer's pattern recognizers.

Both run single-process on the same corpus in the same run. Speed is sentences per second,
the median of ``repeats`` timed passes (after one warm-up pass). Presidio runs with its
predefined regex/checksum recognizers only (Email, Phone, CreditCard, UsSsn, Ip, Iban), called
directly with ``nlp_artifacts=None`` and score threshold 0, so no spaCy model is needed; it has
no PERSON or STREET_ADDRESS recognizer of that kind, so those rows are zero for it.

Run ``python -m bench.bench_redaction`` (presidio-analyzer is the ``bench`` extra).
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.redaction_eval import DEFAULT_CORPUS, Triple, format_table, load_corpus, ours, score
from processors.redaction import NATIVE, NATIVE_STATUS, redact
from streams.redaction_pool import available_cores, redact_all, redaction_pool

# Typical PII-free event fields: most real traffic looks like this, so the no-PII path of
# ``redact`` is measured on its own.
PII_FREE_SHORT = (
    "red running shoes",
    "device=mobile",
    "size 42 blue",
    "Nike Air Max 90",
    "checkout",
    "color: black, qty 2",
    "search: waterproof jacket",
    "utm_source=newsletter",
)

_PRESIDIO_TO_CORPUS = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "IBAN_CODE": "IBAN_CODE",
}


def presidio_detector() -> Callable[[str], list[Triple]]:
    """Presidio's pattern recognizers as a detector (overlaps resolved by score, then length)."""
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        UsSsnRecognizer,
    )

    # tldextract (used by the e-mail recognizer) tries to download the public suffix list and
    # logs a traceback when offline; it then falls back to its bundled snapshot.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    recognizers: list[Any] = [
        EmailRecognizer(),
        PhoneRecognizer(),
        CreditCardRecognizer(),
        UsSsnRecognizer(),
        IpRecognizer(),
        IbanRecognizer(),
    ]
    entity_lists = [r.supported_entities for r in recognizers]

    def detect(text: str) -> list[Triple]:
        results: list[Any] = []
        for recognizer, entities in zip(recognizers, entity_lists, strict=True):
            results.extend(recognizer.analyze(text, entities, nlp_artifacts=None) or [])
        results.sort(key=lambda r: (-r.score, r.start - r.end))
        kept: list[Triple] = []
        for r in results:
            if r.entity_type in _PRESIDIO_TO_CORPUS and all(
                r.end <= a or r.start >= b for a, b, _ in kept
            ):
                kept.append((r.start, r.end, _PRESIDIO_TO_CORPUS[r.entity_type]))
        return kept

    return detect


def sentences_per_second(
    detector: Callable[[str], object], texts: Sequence[str], repeats: int = 5
) -> float:
    """Median throughput over ``repeats`` full passes, after one untimed warm-up pass."""
    for text in texts:
        detector(text)
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        for text in texts:
            detector(text)
        timings.append(time.perf_counter() - began)
    return len(texts) / statistics.median(timings)


def all_cores_sentences_per_second(texts: Sequence[str], repeats: int = 5) -> tuple[float, int]:
    """(median throughput of :func:`redact` on every core, the number of worker processes).

    Measured like :func:`sentences_per_second`, end to end: texts go to the workers and the
    redactions come back to this process, in order, so the pipes' cost is in the figure.
    """
    workers = available_cores()
    with redaction_pool(workers) as pool:
        redact_all(pool, texts)  # warm-up: the workers start and load their word lists
        timings = []
        for _ in range(repeats):
            began = time.perf_counter()
            redact_all(pool, texts)
            timings.append(time.perf_counter() - began)
    return len(texts) / statistics.median(timings), workers


def run(corpus: Path = DEFAULT_CORPUS, repeats: int = 5) -> dict[str, Any]:
    """Benchmark both detectors; print a markdown report and return it as a dict.

    Keys: ``sentences``, ``repeats``, ``ours`` and ``presidio``, each with
    ``sentences_per_second`` (of detection) and ``scores`` (the
    :func:`bench.redaction_eval.score` result); ``ours`` also has
    ``redact_sentences_per_second`` (full redaction, one process),
    ``redact_all_cores_sentences_per_second`` with ``redact_all_cores_workers`` (the same over
    one worker process per available core, see :mod:`streams.redaction_pool`) and
    ``redact_pii_free_short_per_second`` (redaction of :data:`PII_FREE_SHORT`, 2,000 strings).
    ``presidio`` is ``None`` when presidio-analyzer is not installed.
    """
    rows = load_corpus(corpus)
    texts = [text for text, _ in rows]
    # Which code ran: the mypyc build or the pure-Python modules (and why), so a figure taken
    # on a stale or compiler-less checkout is never mistaken for the compiled one.
    report: dict[str, Any] = {
        "sentences": len(texts),
        "repeats": repeats,
        "native": NATIVE,
        "native_status": NATIVE_STATUS,
    }
    report["ours"] = {
        "sentences_per_second": sentences_per_second(ours, texts, repeats),
        "redact_sentences_per_second": sentences_per_second(redact, texts, repeats),
        "redact_pii_free_short_per_second": sentences_per_second(
            redact, list(PII_FREE_SHORT) * 250, repeats
        ),
        "scores": score(rows, ours),
    }
    all_cores, workers = all_cores_sentences_per_second(texts, repeats)
    report["ours"]["redact_all_cores_sentences_per_second"] = all_cores
    report["ours"]["redact_all_cores_workers"] = workers
    try:
        presidio = presidio_detector()
    except ImportError:
        report["presidio"] = None
    else:
        report["presidio"] = {
            "sentences_per_second": sentences_per_second(presidio, texts, repeats),
            "scores": score(rows, presidio),
        }
    print(f"corpus: {corpus} ({len(texts)} sentences), median of {repeats} passes")
    print(f"code: {NATIVE_STATUS}\n")
    print("| detector | sentences/s |\n|---|---|")
    for name in ("ours", "presidio"):
        if report[name] is not None:
            print(f"| {name} (detect) | {report[name]['sentences_per_second']:,.0f} |")
    redact_speed = report["ours"]["redact_sentences_per_second"]
    print(f"| ours (redact) | {redact_speed:,.0f} |")
    print(f"| ours (redact, {workers} worker processes) | {all_cores:,.0f} |")
    short_speed = report["ours"]["redact_pii_free_short_per_second"]
    print(f"| ours (redact, PII-free short strings) | {short_speed:,.0f} |")
    for name in ("ours", "presidio"):
        if report[name] is not None:
            print()
            print(format_table(report[name]["scores"], name))
    return report


if __name__ == "__main__":
    run()
