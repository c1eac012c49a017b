# ruff: noqa: E501, RUF001
"""Set 39's number-like look-alikes, those of regulated paperwork: none is PII of the eight
types, though many are grouped like a phone number, an SSN or a card number.

Case and docket numbers, claim, application and receipt numbers, passport, visa, licence and
residence-permit numbers, plates and VINs, MRNs and NHS-style numbers (mod-11 valid, 3-3-4
like a phone), prescription, batch and lot numbers, tax references, EINs and ITINs, policy,
mortgage and account references, title numbers and parcel ids (a Cook County PIN, an APN),
statute and form numbers, lab values and doses, polling and jury numbers, meter numbers,
amounts, dates, times, versions and hashes, never-issued SSNs, Luhn-failing card shapes
and IBAN shapes failing mod 97. Pure functions of a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_digits import digits, hex_digits, nonzero_digits, pick
from bench.redaction_corpus_set39_values import bad_card, bad_iban, bad_ssn, ein, itin
from bench.redaction_corpus_valuekit import not_luhn as _not_luhn

# Letters that need no explaining on a form (no I, O, Q: they look like digits).
CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS) for _ in range(n))


def _mix(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS + "23456789") for _ in range(n))


def _grouped_not_luhn(rng: random.Random, groups: tuple[int, ...], sep: str = " ") -> str:
    """Digit groups whose digits, read as one run, fail the Luhn check (no card by accident)."""
    run = _not_luhn(rng, sum(groups), str(rng.randint(1, 9)))
    out, i = [], 0
    for g in groups:
        out.append(run[i : i + g])
        i += g
    return sep.join(out)


def nhs_number(rng: random.Random) -> str:
    """A ten-digit NHS-style number with a valid mod-11 check digit, written 3-3-4."""
    while True:
        body = nonzero_digits(rng, 9)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            number = body + str(check)
            return f"{number[:3]} {number[3:6]} {number[6:]}"


def _vin(rng: random.Random) -> str:
    return "".join(rng.choice(VIN_CHARS) for _ in range(17))


def _amount(r: random.Random) -> str:
    whole, cents = r.randint(12, 48000), r.randint(0, 99)
    return pick(r, f"${whole:,}.{cents:02d}", f"£{whole:,}", f"€ {whole},{cents:02d}",
                f"₹{whole * 40:,}", f"R$ {whole},{cents:02d}", f"CHF {whole}.–", f"AED {whole:,}", f"₦{whole * 900:,}",
                f"KSh {whole * 60:,}", f"{whole} zł", f"MXN {whole:,}", f"PKR {whole * 150:,}", f"A${whole}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "caseno": lambda r: pick(r, f"{r.randint(1, 4)}:{r.randint(24, 26)}-cv-{digits(r, 5)}", f"CV-{r.randint(2024, 2026)}-{digits(r, 6)}", f"[{r.randint(2024, 2026)}] EWHC {r.randint(100, 3999)} (KB)",
                             f"Case No. {r.randint(24, 26)}-CR-{digits(r, 4)}", f"HC-{r.randint(2024, 2026)}-{digits(r, 6)}", f"FD{r.randint(24, 26)}P{digits(r, 5)}"),
    "docket": lambda r: pick(r, f"Docket No. {r.randint(24, 26)}-{digits(r, 4)}", f"No. {r.randint(2024, 2026)}-L-{digits(r, 6)}", f"A-{digits(r, 4)}-{r.randint(24, 26)}", f"docket {r.randint(24, 26)}/{digits(r, 5)}"),
    "claimref": lambda r: pick(r, f"CLM-{r.randint(2025, 2026)}-{digits(r, 5)}", f"claim {_up(r, 2)}{digits(r, 8)}", f"ref {digits(r, 4)}/{r.randint(2025, 2026)}/{_up(r, 1)}", f"PIP ref {_up(r, 2)}{digits(r, 6)}"),
    "appno": lambda r: pick(r, f"{r.choice(('IOE', 'EAC', 'WAC', 'LIN', 'MSC'))}{nonzero_digits(r, 10)}", f"GWF0{digits(r, 8)}", f"VAF{digits(r, 7)}", f"A{digits(r, 9)}", f"{_mix(r, 4)}-{_mix(r, 4)}"),
    "passport": lambda r: pick(r, f"{r.choice('56')}{digits(r, 8)}", f"{_up(r, 1)}{digits(r, 7)}", f"{_up(r, 2)}{digits(r, 7)}", f"{_mix(r, 9)}"),
    "licence": lambda r: pick(r, f"{_up(r, 1)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}", f"{_up(r, 1)}{digits(r, 7)}", f"DL {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", f"{_up(r, 2)}{_grouped_not_luhn(r, (2, 11))}"),
    "permit": lambda r: pick(r, f"BRP {_up(r, 2)}{digits(r, 7)}", f"permit {_up(r, 3)}{digits(r, 6)}", f"Aufenthaltstitel {_up(r, 1)}{_mix(r, 8)}", f"NIE {_up(r, 1)}-{digits(r, 7)}-{_up(r, 1)}"),
    "plate": lambda r: pick(r, f"{_up(r, 2)}{r.randint(10, 74)} {_up(r, 3)}", f"{r.randint(1, 9)}{_up(r, 3)}{digits(r, 3)}", f"{_up(r, 2)}-{digits(r, 3)}-{_up(r, 2)}",
                            f"{_up(r, 2)} {r.randint(10, 99)} {_up(r, 2)} {digits(r, 4)}", f"K{_up(r, 2)} {digits(r, 3)}{_up(r, 1)}", f"{_up(r, 3)}{r.randint(1, 9)}{_up(r, 1)}{digits(r, 2)}"),
    "vin": _vin,
    "mrn": lambda r: pick(r, f"MRN {digits(r, 8)}", f"MRN: {digits(r, 4)}-{digits(r, 3)}-{digits(r, 2)}", f"hosp no. {_up(r, 1)}{digits(r, 7)}", f"CHI {digits(r, 10)}", f"URN {digits(r, 6)}"),
    "nhs": nhs_number,
    "rx": lambda r: pick(r, f"Rx #{digits(r, 7)}-{digits(r, 4)}", f"RX {nonzero_digits(r, 7)}", f"script {_up(r, 2)}{digits(r, 5)}", f"EPS {hex_digits(r, 6).upper()}-{hex_digits(r, 6).upper()}-{hex_digits(r, 6).upper()}"),
    "batch": lambda r: pick(r, f"lot {_up(r, 2)}{digits(r, 4)}", f"batch {r.randint(10, 29)}{_up(r, 1)}{digits(r, 2)}", f"Lot: {_mix(r, 6)}", f"exp {r.randint(1, 12):02d}/{r.randint(26, 29)}"),
    "drugdose": lambda r: pick(r, f"{r.choice((2.5, 5, 10, 20, 40, 250, 500))} mg", f"{r.choice(('od', 'bd', 'tds', 'nocte', 'prn'))}", r.choice(("1 tab twice daily", "2 tabs at night", "1 puff as needed")), f"{r.randint(7, 28)}-day supply"),
    "lab": lambda r: pick(r, f"HbA1c {r.randint(36, 90)} mmol/mol", f"eGFR {r.randint(30, 110)}", f"INR {r.randint(1, 4)}.{r.randint(0, 9)}", f"BP {r.randint(105, 165)}/{r.randint(62, 99)}",
                          f"LDL {r.randint(1, 5)}.{r.randint(0, 9)} mmol/L", f"Hb {r.randint(95, 165)} g/L", f"TSH {r.randint(0, 6)}.{r.randint(10, 99)}"),
    "icd": lambda r: pick(r, f"{_up(r, 1)}{r.randint(10, 99)}.{r.randint(0, 9)}", f"ICD-10 {_up(r, 1)}{r.randint(10, 99)}", f"{_up(r, 1)}{r.randint(10, 99)}.{r.randint(100, 999)}"),
    "ward": lambda r: pick(r, f"ward {r.randint(1, 40)}{r.choice(('', 'A', 'B'))}", f"bed {r.randint(1, 32)}", f"bay {r.randint(1, 6)}", f"clinic room {r.randint(1, 14)}", f"level {r.randint(1, 9)}"),
    "taxref": lambda r: pick(r, f"UTR {digits(r, 5)} {digits(r, 5)}", f"PAN {_up(r, 5)}{digits(r, 4)}{_up(r, 1)}", f"tax code {r.randint(1000, 1400)}L", f"Steuer-ID-Vorgang {digits(r, 3)}/{digits(r, 3)}/{digits(r, 5)}", f"ABN {digits(r, 2)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
    "ein": ein,
    "itin": itin,
    "policy": lambda r: pick(r, f"POL-{digits(r, 4)}-{digits(r, 4)}", f"{r.randint(10, 99)}-{digits(r, 4)}-{digits(r, 4)}", f"{_up(r, 3)}/{digits(r, 6)}/{r.randint(24, 26)}", f"scheme ref {_mix(r, 8)}"),
    "loan": lambda r: pick(r, f"mortgage acct {_not_luhn(r, 12, '7')}", f"loan {_up(r, 2)}-{digits(r, 7)}", f"offer ref {_mix(r, 10)}", f"DIP {digits(r, 8)}"),
    "titleno": lambda r: pick(r, f"{_up(r, r.choice((2, 3)))}{digits(r, 6)}", f"Title No. {_up(r, 2)} {digits(r, 6)}", f"folio {digits(r, 5)}{_up(r, 1)}", f"Matrícula {digits(r, 6)}"),
    "parcel": lambda r: pick(r, f"PIN {_grouped_not_luhn(r, (2, 2, 3, 3, 4), '-')}", f"APN {digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}", f"parcel {digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}", f"Flurstück {r.randint(1, 900)}/{r.randint(1, 40)}"),
    "statute": lambda r: pick(r, f"s.{r.randint(1, 120)}", f"§ {r.randint(100, 2000)}", f"{r.randint(5, 42)} U.S.C. § {r.randint(100, 9000)}", f"Article {r.randint(2, 14)}", f"Rule {r.randint(1, 80)}.{r.randint(1, 12)}",
                              f"reg. {r.randint(2, 40)}({r.choice('abcd')})", f"Part {r.randint(2, 9)}"),
    "form": lambda r: pick(r, r.choice(("I-130", "I-485", "I-864", "N-400", "DS-160", "W-2", "1099-R", "1040-SR", "SA100", "P60", "P45", "V5C", "D1", "SSA-44", "FLR(M)", "SET(O)", "CH2", "PA14")), f"{r.choice(('A', 'B', 'C'))}{r.randint(1, 30)}"),
    "poll": lambda r: pick(r, f"polling district {_up(r, 2)}{r.randint(1, 9)}", f"elector no. {r.randint(1, 3999)}", f"ballot {r.randint(1, 9999):05d}", f"ward {r.randint(1, 30)} station {r.randint(1, 12)}", f"juror no. {r.randint(100, 9999)}", f"panel {r.randint(1, 12)}"),
    "meter": lambda r: pick(r, f"MPAN {_grouped_not_luhn(r, (2, 3, 3, 4, 3))}", f"{_up(r, 1)}{r.randint(10, 19)}{_up(r, 2)}{digits(r, 5)}", f"MPRN {digits(r, 10)}", f"acct {_not_luhn(r, 12, '8')}"),
    "courtroom": lambda r: pick(r, f"Court {r.randint(1, 18)}", f"courtroom {r.randint(1, 30)}{r.choice(('', 'A', 'B'))}", f"Dept. {r.randint(1, 99)}", f"list {r.randint(1, 12)}", f"Part {r.randint(10, 99)}"),
    "amount": _amount,
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "date": lambda r: pick(r, f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('Jan', 'Feb', 'Apr', 'Jul', 'Sep', 'Nov'))} 2026", f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026",
                           f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026", f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu'))} {r.randint(1, 28)}", f"{r.randint(1, 28)}/{r.randint(1, 12)}/25"),
    "dob": lambda r: pick(r, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1940, 2006)}", f"{r.randint(1940, 2006)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('March', 'June', 'October', 'December'))} {r.randint(1940, 2006)}"),
    "time": lambda r: pick(r, f"{r.randint(8, 11)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randint(1, 4)}:{r.choice(('00', '30'))}pm", f"{r.randint(8, 17):02d}{r.choice(('00', '30'))} hrs", f"{r.randint(9, 16):02d}:{r.choice(('00', '10', '20', '40'))}"),
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "isots": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{r.choice(('Z', '+01:00', '-05:00', f'.{r.randint(0, 999):03d}Z'))}",
    "ms": lambda r: str(r.randint(4, 3100)),
    "status": lambda r: r.choice(("200", "201", "202", "204", "400", "401", "403", "404", "409", "422", "500", "503")),
    "port": lambda r: str(r.choice((443, 8443, 3389, 22, 5432, 8080, r.randint(1025, 65000)))),
    "build": lambda r: pick(r, f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"release {r.randint(2024, 2026)}.{r.randint(1, 12)}", f"build {r.randint(100, 9999)}", f"schema {r.randint(1, 40)}"),
    "sha": lambda r: pick(r, hex_digits(r, 8), hex_digits(r, 16), hex_digits(r, 40), hex_digits(r, 64)),
    "n": lambda r: str(r.randint(2, 9)),
    "qty": lambda r: pick(r, str(r.randint(2, 14)), r.choice(("two", "three", "four", "a couple of", "several"))),
    "weeks": lambda r: pick(r, f"{r.randint(2, 16)} weeks", f"{r.randint(3, 90)} days", f"{r.randint(2, 18)} months", f"{r.randint(1, 6)} working days"),
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "longnum": lambda r: _not_luhn(r, r.choice((13, 15, 16)), r.choice(("20", "70", "80", "99"))),
}  # fmt: skip
