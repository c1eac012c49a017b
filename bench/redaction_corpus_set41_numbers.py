# ruff: noqa: E501
"""Set 41's number-like look-alikes of school, health, family and faith text and of the
machines that relay it: NHS and hospital numbers, prescription, batch and lot numbers, doses
and lab values, appointment and booking references, candidate and pupil numbers, rooms, wards
and beds, grave plots, dates of birth and death, SMS export stamps, ASR confidences and
offsets, OCR coordinates, sort codes, charity numbers and microchips; the masked, fiction-range
and invalid shapes are set 40's (``redaction_corpus_set40_values``, imported). None is PII.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_digits import digits, luhn_ok, pick, shaped
from bench.redaction_corpus_set40_values import (
    bad_card,
    bad_iban,
    bad_ssn,
    fake_phone,
    masked_card,
    masked_iban,
    masked_ip,
    masked_phone,
    masked_ssn,
)

CAPS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DRUGS = ("amoxicillin", "sertraline", "metformin", "salbutamol", "levothyroxine", "omeprazole",
         "amlodipine", "paracetamol", "ibuprofen", "prednisolone", "fluoxetine", "ramipril",
         "atorvastatin", "cetirizine", "melatonin", "methylphenidate")  # fmt: skip
LANGS = ("Polish", "Romanian", "Portuguese", "Arabic", "Tagalog", "Somali", "Urdu", "Ukrainian",
         "Vietnamese", "Amharic", "Turkish", "Farsi", "Bengali", "Spanish")  # fmt: skip


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS + "23456789") for _ in range(n))


def _nhs(r: random.Random) -> str:
    """An NHS-style ten-digit number, 3-3-4 (shaped like a UK phone number)."""
    return shaped(r, pick(r, "4## ### ####", "6## ### ####", "9## ### ####", "4#########"))


def _dose(r: random.Random) -> str:
    return pick(r, f"{r.choice((250, 500, 5, 10, 20, 40, 100))} mg", f"{r.randint(1, 10)} ml", f"{r.choice((2.5, 5, 7.5))} ml",
                f"{r.choice((50, 75, 100, 125))} micrograms", f"{r.randint(1, 2)} puffs twice daily",
                f"1 tablet {r.choice(('once', 'twice', 'three times'))} daily", f"{r.choice((0.5, 1, 2))} mg/kg")  # fmt: skip


def _lab(r: random.Random) -> str:
    return pick(r, f"HbA1c {r.randint(36, 90)} mmol/mol", f"eGFR {r.randint(28, 99)}", f"Hb {r.randint(98, 162)} g/L",
                f"INR {r.randint(1, 4)}.{r.randint(0, 9)}", f"TSH {r.randint(0, 9)}.{r.randint(1, 9)} mU/L",
                f"CRP {r.randint(1, 180)} mg/L", f"ferritin {r.randint(8, 400)} ug/L", f"BP {r.randint(100, 168)}/{r.randint(60, 98)}",
                f"BMI {r.randint(17, 38)}.{r.randint(0, 9)}", f"temp {r.randint(36, 39)}.{r.randint(0, 9)}°C")  # fmt: skip


def _date(r: random.Random) -> str:
    return pick(r, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1931, 2025)}", f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(1931, 2025)}",
                f"{r.randint(1931, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")  # fmt: skip


def _chip(r: random.Random) -> str:
    """A fifteen-digit pet microchip number that fails Luhn (so it cannot pass for a card)."""
    while True:
        number = "985" + digits(r, 12)
        if not luhn_ok(number):
            return (
                f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:12]} {number[12:]}"
                if r.random() < 0.5
                else number
            )


def _plot(r: random.Random) -> str:
    return pick(r, f"Plot {r.choice('ABCDEFGH')}-{r.randint(1, 240)}", f"Section {r.randint(1, 12)}, Row {r.randint(1, 30)}, Grave {r.randint(1, 40)}",
                f"grave {r.randint(100, 4800)}{r.choice(('', 'A', 'B'))}", f"niche {r.randint(1, 9)}{r.choice('ABC')}{r.randint(1, 30)}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "nhs": _nhs,
    "mrn": lambda r: pick(r, f"MRN {shaped(r, '00#####')}", f"RX{shaped(r, '######')}", f"H{shaped(r, '#######')}", f"K{shaped(r, '######')}"),
    "rxno": lambda r: pick(r, f"Rx {shaped(r, '#######')}", f"EPS {_up(r, 6)}-{_up(r, 6)}-{_up(r, 6)}", f"script {shaped(r, '##-####')}"),
    "lot": lambda r: pick(r, f"LOT {_up(r, 5)}", f"batch {shaped(r, '##')}{_up(r, 3)}{shaped(r, '##')}", f"Lot: {_up(r, 2)}{shaped(r, '####')}"),
    "dose": _dose,
    "drug": lambda r: r.choice(DRUGS),
    "lab": _lab,
    "appt": lambda r: pick(r, f"APT-{_up(r, 6)}", f"booking {_up(r, 3)}{shaped(r, '####')}", f"ref {shaped(r, '########')}", f"BK{shaped(r, '######')}"),
    "cand": lambda r: pick(r, f"candidate {shaped(r, '####')}", f"centre {shaped(r, '#####')}", f"UCI {shaped(r, '#####')}{_up(r, 1)}{shaped(r, '######')}"),
    "upn": lambda r: f"{r.choice(CAPS)}{shaped(r, '############')}",
    "sid": lambda r: pick(r, f"student ID {shaped(r, '2#######')}", f"S{shaped(r, '#######')}", f"matric {shaped(r, '########')}"),
    "room": lambda r: pick(r, f"Room {r.randint(1, 40)}{r.choice(('', 'B', 'C'))}", f"Ward {r.randint(1, 32)}", f"Bay {r.randint(1, 8)}",
                           f"bed {r.randint(1, 28)}", f"Room {r.randint(101, 340)}", f"Side room {r.randint(1, 9)}"),
    "plot": _plot,
    "date": _date,
    "dob": lambda r: pick(r, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1926, 1968)}", f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(1926, 1968)}"),
    "dod": lambda r: pick(r, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2025, 2026)}", f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2025, 2026)}",
                          f"{r.randint(2025, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
    "form": lambda r: pick(r, f"Year {r.randint(1, 13)}", f"P{r.randint(1, 7)}", f"Class {r.randint(1, 6)}{r.choice('ABC')}", f"Form {r.randint(7, 11)}{r.choice('RJKT')}"),
    "age": lambda r: pick(r, f"aged {r.randint(61, 99)}", f"{r.randint(2, 17)} yrs", f"{r.randint(3, 11)} months", f"age {r.randint(4, 16)}"),
    "ts": lambda r: f"[{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2019, 2026)}, {r.randint(0, 23):02d}:{r.randint(0, 59):02d}]",
    "clock": lambda r: f"{r.randint(7, 21):02d}:{r.choice(('00', '15', '30', '45', '10', '40'))}",
    "conf": lambda r: pick(r, f"conf={r.randint(41, 99) / 100}", f"confidence {r.randint(41, 99) / 100}", f"wer={r.randint(3, 38) / 100}"),
    "offset": lambda r: f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}",
    "bbox": lambda r: pick(r, f"bbox=[{r.randint(20, 400)},{r.randint(20, 900)},{r.randint(401, 1200)},{r.randint(901, 1600)}]",
                           f"page {r.randint(1, 4)}/{r.randint(4, 6)} line {r.randint(1, 48)}", f"(x={r.randint(10, 800)}, y={r.randint(10, 1100)})"),
    "sortcode": lambda r: shaped(r, pick(r, "##-##-##", "## ## ##")),
    "charity": lambda r: pick(r, f"charity no. {shaped(r, '1######')}", f"SC0{shaped(r, '#####')}", f"CHY {shaped(r, '#####')}"),
    "chip": _chip,
    "amount": lambda r: pick(r, f"£{r.randint(2, 480)}.{r.choice(('00', '50', '99', '20'))}", f"${r.randint(5, 900)}", f"€{r.randint(3, 300)}",
                             f"£{r.randint(10, 90)}"),
    "hymnno": lambda r: pick(r, f"hymn {r.randint(1, 700)}", f"no. {r.randint(1, 700)}", f"page {r.randint(2, 300)}"),
    "lang": lambda r: r.choice(LANGS),
    "n": lambda r: str(r.randint(2, 19)),
    "count": lambda r: str(r.randint(2, 400)),
    "msgid": lambda r: pick(r, f"SM{_up(r, 10).lower()}", f"msg_{shaped(r, '##########')}", f"wamid.{_up(r, 12)}"),
    "jobid": lambda r: pick(r, f"job {_up(r, 8).lower()}", f"asr-{shaped(r, '######')}", f"ocr_{shaped(r, '########')}"),
    "fakephone": fake_phone,
    "maskphone": masked_phone,
    "maskcard": masked_card,
    "maskssn": masked_ssn,
    "maskiban": masked_iban,
    "maskip": masked_ip,
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
}  # fmt: skip
