# ruff: noqa: E501
"""Set 44's number-like look-alikes of farm, energy, building, housing, motoring and lab text:
VINs (valid check digit), registration plates, MOT test numbers, part numbers, tyre sizes,
torque figures, mileages and recall references; MPANs (valid check digit, failing Luhn),
MPRNs, ESI-IDs, meter serials, meter readings and smart-meter registers shaped like a phone
number (a NANP shape whose area code starts with 0 or 1, so no phone); CPH holding numbers,
ear tags, herd marks, SBI and claim numbers, field and hectare figures; land-registry title
numbers, US parcel numbers (APNs, some shaped like an SSN), lot and plot numbers, grid
references and coordinates, planning and building-control references, CSCS card numbers;
CAS numbers (valid check digit), ORCID iDs (valid ISO 7064 check, failing Luhn), DOIs,
grant, ethics and sample numbers, freezer positions; and set 43's dates, clocks, amounts,
counts, IP-like versions and orders, and set 40's masked, fiction-range and invalid shapes
(imported). None is PII: every run of 13 or more digits fails Luhn.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_digits import digits, luhn_ok, pick, shaped
from bench.redaction_corpus_set43_numbers import NUMBER_FILLERS as SET43
from bench.redaction_corpus_valuekit import not_luhn

CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
WMIS = (
    "1FT",
    "1GC",
    "2T1",
    "3VW",
    "JHM",
    "WVW",
    "WDB",
    "SAL",
    "VF1",
    "ZFA",
    "YV1",
    "KMH",
    "JTD",
    "WF0",
)
_MPAN_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS) for _ in range(n))


def _vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid check digit (position 9)."""
    chars = "0123456789" + CAPS
    body = rng.choice(WMIS) + "".join(rng.choice(chars) for _ in range(5)) + "0"
    body += rng.choice("KLMNPRST") + rng.choice(CAPS + "0123456789") + digits(rng, 6)
    total = sum(
        w * (int(c) if c.isdigit() else _VIN_VALUES[c])
        for w, c in zip(_VIN_WEIGHTS, body, strict=True)
    )
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def _mpan(rng: random.Random) -> str:
    """An MPAN core (distributor, ten digits, check digit) that fails Luhn, bare or with its
    supply number top line."""
    while True:
        body = rng.choice(("10", "11", "12", "14", "16", "17", "19", "20", "22", "23")) + digits(
            rng, 10
        )
        core = body + str(
            sum(int(c) * p for c, p in zip(body, _MPAN_PRIMES, strict=True)) % 11 % 10
        )
        if not luhn_ok(core):
            break
    return pick(rng, core, f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}",
                f"S {rng.choice(('01', '02', '03', '05'))} {rng.choice(('801', '811', '845'))} {shaped(rng, '###')} / {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}")  # fmt: skip


def _cas(rng: random.Random) -> str:
    body = str(rng.randint(50, 9999999))
    joined = body + digits(rng, 2)
    check = sum(i * int(c) for i, c in enumerate(reversed(joined), start=1)) % 10
    return f"CAS {joined[:-2]}-{joined[-2:]}-{check}"


def _orcid(rng: random.Random) -> str:
    """An ORCID iD (ISO 7064 11,2 check) whose digits fail Luhn."""
    while True:
        base = f"0000000{rng.choice('123')}{digits(rng, 7)}"
        total = 0
        for c in base:
            total = (total + int(c)) * 2
        check = (12 - total % 11) % 11
        full = base + ("X" if check == 10 else str(check))
        if not luhn_ok(full.replace("X", "")) and not luhn_ok(base):
            break
    dashed = "-".join(full[i : i + 4] for i in range(0, 16, 4))
    return pick(rng, dashed, f"https://orcid.org/{dashed}", f"ORCID {dashed}")


def _kwh_reg(rng: random.Random) -> str:
    """A smart-meter register shaped like a NANP number whose area code starts with 0 or 1."""
    area = f"{rng.choice('01')}{digits(rng, 2)}"
    return pick(
        rng,
        f"{area} {digits(rng, 3)} {digits(rng, 4)} Wh",
        f"{area}-{digits(rng, 3)}-{digits(rng, 4)} kWh",
        f"{area}.{digits(rng, 3)}.{digits(rng, 4)}",
    )


def _apn(rng: random.Random) -> str:
    """A US assessor's parcel number, a share of them shaped like an SSN (3-2-4)."""
    return pick(rng, f"{shaped(rng, '###')}-{shaped(rng, '##')}-{shaped(rng, '####')}", f"{shaped(rng, '###')}-{shaped(rng, '###')}-{shaped(rng, '###')}",
                f"{shaped(rng, '####')}-{shaped(rng, '###')}-{shaped(rng, '###')}", f"{shaped(rng, '##')}-{shaped(rng, '##')}-{shaped(rng, '###')}-{shaped(rng, '###')}")  # fmt: skip


def _plate(rng: random.Random) -> str:
    return pick(rng, f"{_up(rng, 2)}{rng.randint(51, 75)} {_up(rng, 3)}", f"{rng.randint(1, 9)}{_up(rng, 3)}{shaped(rng, '###')}",
                f"{rng.choice(('M', 'HH', 'B', 'K', 'S'))}-{_up(rng, 2)} {rng.randint(10, 9999)}", f"{_up(rng, 2)}-{shaped(rng, '###')}-{_up(rng, 2)}",
                f"{rng.randint(1, 99)}-{_up(rng, 3)}-{rng.randint(1, 9)}", f"{rng.randint(151, 251)}-{rng.choice(('D', 'C', 'G', 'KY', 'MO'))}-{shaped(rng, '####')}")  # fmt: skip


# fmt: off
OWN: dict[str, Callable[[random.Random], str]] = {
    "vin": _vin,
    "plate": _plate,
    "motno": lambda r: pick(r, f"MOT test {shaped(r, '#### #### ####')}", f"test no. {shaped(r, '############')}", f"inspection sticker {_up(r, 2)}{shaped(r, '######')}"),
    "partno": lambda r: pick(r, f"P/N {shaped(r, '#')}{_up(r, 1)}{shaped(r, '#')}-{shaped(r, '###')}-{shaped(r, '###')}-{_up(r, 2)}", f"part {shaped(r, '##')}{_up(r, 1)}{shaped(r, '######')}", f"OE {shaped(r, '## ## # ### ###')}", f"SKU {_up(r, 3)}-{shaped(r, '#####')}"),
    "tyre": lambda r: f"{r.choice((175, 185, 195, 205, 215, 225, 235, 245, 265))}/{r.choice((45, 50, 55, 60, 65, 70, 75))} R{r.choice((14, 15, 16, 17, 18, 19, 20))} {r.randint(84, 112)}{r.choice('HTVWY')}",
    "torque": lambda r: pick(r, f"{r.randint(20, 220)} Nm", f"{r.randint(15, 160)} lb-ft", f"{r.randint(8, 40)} ft-lb"),
    "mileage": lambda r: pick(r, f"{r.randint(3, 190):,},{shaped(r, '###')} mi", f"{r.randint(2000, 240000):,} km", f"odo {r.randint(1000, 199999)}"),
    "recall": lambda r: pick(r, f"{r.randint(19, 26)}V-{shaped(r, '###')}", f"R/{r.randint(2023, 2026)}/{shaped(r, '###')}", f"campaign {_up(r, 2)}{shaped(r, '###')}"),
    "mpan": _mpan,
    "mprn": lambda r: pick(r, f"MPRN {shaped(r, '@#########')}", f"MPRN {shaped(r, '@######')}", f"gas ref {shaped(r, '## ### ### ###')}"),
    "esiid": lambda r: pick(r, f"ESI ID {not_luhn(r, 17, r.choice(('10443720', '1008901', '10032789')))}", f"ESI-ID {shaped(r, '10089010######')}{shaped(r, '########')}"),
    "meterserial": lambda r: pick(r, f"S/N {r.randint(10, 26)}{_up(r, 1)}{shaped(r, '#######')}", f"meter {_up(r, 1)}{shaped(r, '##')}{_up(r, 1)}{shaped(r, '#####')}", f"serial {_up(r, 3)}{shaped(r, '########')}"),
    "reading": lambda r: pick(r, f"{shaped(r, '#####')} kWh", f"E7 day {shaped(r, '#####')} / night {shaped(r, '#####')}", f"{shaped(r, '#####')}.{r.randint(0, 9)} m³", f"{r.randint(100, 99999):,} kWh"),
    "kwhreg": _kwh_reg,
    "tariff": lambda r: pick(r, f"{r.randint(18, 34)}.{shaped(r, '##')}p/kWh", f"standing charge {r.randint(30, 65)}.{shaped(r, '##')}p/day", f"${r.randint(9, 19)}.{shaped(r, '#')}¢/kWh"),
    "solar": lambda r: pick(r, f"{r.randint(2, 12)}.{r.randint(0, 9)} kWp", f"{r.randint(8, 30)} x {r.randint(380, 440)} W panels", f"{r.randint(5, 16)} kW ASHP", f"{r.choice((5.2, 9.5, 10, 13.5))} kWh battery"),
    "cph": lambda r: f"CPH {shaped(r, '##/###/####')}",
    "eartag": lambda r: pick(r, f"UK {shaped(r, '@#####')} {shaped(r, '@#####')}", f"{shaped(r, '@#####')}-{shaped(r, '#####')}", f"IE {shaped(r, '## ### ####')}"),
    "herdno": lambda r: pick(r, f"herd mark {shaped(r, '@#####')}", f"flock no. {shaped(r, '@#####')}", f"herd {_up(r, 1)}{shaped(r, '#######')}"),
    "sbi": lambda r: pick(r, f"SBI {shaped(r, '@########')}", f"FRN {shaped(r, '@#########')}", f"claim {r.randint(2024, 2026)}/{shaped(r, '######')}"),
    "hectares": lambda r: pick(r, f"{r.randint(2, 380)}.{r.randint(0, 99):02d} ha", f"{r.randint(4, 900)} acres", f"OS field {shaped(r, '####')}"),
    "yieldfig": lambda r: pick(r, f"{r.randint(18, 42)}.{r.randint(0, 9)} l/cow/day", f"{r.randint(5, 12)}.{r.randint(0, 9)} t/ha", f"{r.randint(30, 60)} bu/ac"),
    "feed": lambda r: pick(r, f"{r.randint(2, 28)} t {r.choice(('18% dairy nuts', 'ewe rolls', 'calf pellets', 'rolled barley'))}", f"{r.randint(2, 40)} bags {r.choice(('34.5N', '20-10-10', 'grass seed mix', 'layers pellets'))}"),
    "titleno": lambda r: pick(r, f"title {_up(r, 2)}{shaped(r, '######')}", f"title number {_up(r, 3)}{shaped(r, '#####')}", f"folio {_up(r, 2)}{shaped(r, '#####')}F"),
    "apn": _apn,
    "lotplot": lambda r: pick(r, f"Lot {r.randint(1, 40)} DP {shaped(r, '@#####')}", f"plot {r.randint(1, 160)} (house type {r.choice('ABCD')})", f"lot {r.randint(1, 90)}, block {r.randint(1, 20)}", f"Lot {r.randint(1, 30)} Con {r.randint(1, 12)}"),
    "gridref": lambda r: pick(r, f"{r.choice(('SK', 'NY', 'SD', 'SE', 'ST', 'SO', 'NZ', 'SJ'))} {shaped(r, '###')} {shaped(r, '###')}", f"{r.choice(('SK', 'NY', 'SU', 'TL'))}{shaped(r, '####')}{shaped(r, '####')}"),
    "planref": lambda r: pick(r, f"{r.randint(23, 26)}/{shaped(r, '#####')}/{r.choice(('FUL', 'HOUS', 'LBC', 'OUT', 'PRIOR'))}", f"BC/{r.randint(2024, 2026)}/{shaped(r, '####')}", f"permit BP-{r.randint(2025, 2026)}-{shaped(r, '#####')}"),
    "cscs": lambda r: pick(r, f"CSCS {shaped(r, '@#######')}", f"CPCS {shaped(r, '@######')}", f"CISRS {shaped(r, '@#####')}"),
    "skip": lambda r: pick(r, f"{r.choice((4, 6, 8, 12))}-yard skip", f"skip permit SK-{shaped(r, '####')}", f"scaff tag {_up(r, 1)}{shaped(r, '###')}"),
    "quote": lambda r: pick(r, f"quote Q-{shaped(r, '#####')}", f"job {_up(r, 2)}-{shaped(r, '####')}", f"snag {r.randint(1, 60)}"),
    "cas": _cas,
    "orcid": _orcid,
    "grant": lambda r: pick(r, f"{r.choice(('R01', 'R21', 'K99', 'U01'))} {r.choice(('GM', 'AI', 'ES', 'HL'))}{shaped(r, '######')}", f"BB/{_up(r, 1)}{shaped(r, '######')}/1", f"NE/{_up(r, 1)}{shaped(r, '######')}/1", f"grant {r.randint(2024, 2026)}-{shaped(r, '#####')}"),
    "ethics": lambda r: pick(r, f"REC {r.randint(23, 26)}/{_up(r, 2)}/{shaped(r, '####')}", f"IRB #{r.randint(2024, 2026)}-{shaped(r, '####')}", f"AWERB {shaped(r, '###')}/{r.randint(24, 26)}"),
    "sample": lambda r: pick(r, f"S-{r.randint(2025, 2026)}-{shaped(r, '####')}-{r.choice('ABC')}", f"{_up(r, 2)}{shaped(r, '###')}-{r.randint(1, 12):02d}", f"BH-{r.randint(1, 12):02d} @ {r.randint(1, 9)}.{r.randint(0, 9)} m", f"specimen {_up(r, 4)} {r.randint(2018, 2025)}.{shaped(r, '###')}"),
    "freezer": lambda r: f"-{r.choice((20, 80, 150))} °C, rack {r.randint(1, 9)}/{r.choice('ABCDEF')}{r.randint(1, 9)}",
    "instrument": lambda r: pick(r, f"{r.choice(('LC-MS', 'qPCR', 'FACS', 'confocal', 'NMR 600', 'SEM'))} bay {r.randint(1, 6)}", f"{r.choice(('plate reader', 'centrifuge', 'autoclave', 'ICP-OES'))} #{r.randint(1, 12)}"),
    "conc": lambda r: pick(r, f"{r.randint(1, 500)} µM", f"{r.randint(1, 99)}.{r.randint(0, 9)} mg/L", f"OD600 {r.randint(0, 1)}.{shaped(r, '##')}", f"pH {r.randint(4, 9)}.{r.randint(0, 9)}"),
    "deposit": lambda r: pick(r, f"DPS {shaped(r, '@#######')}", f"TDS cert {_up(r, 1)}{shaped(r, '#######')}", f"mydeposits {shaped(r, '@######')}"),
    "rent": lambda r: pick(r, f"£{r.randint(450, 2400)} pcm", f"${r.randint(900, 4200):,}/mo", f"€{r.randint(500, 2200)} per month", f"£{r.randint(60, 220)}/acre"),
    "room": lambda r: pick(r, f"Bed {r.randint(1, 4)}", f"unit {r.randint(1, 40)}{r.choice('ABCD')}", f"Flat {r.randint(1, 24)}"),
}
# fmt: on
SHARED = (
    "date",
    "clock",
    "amount",
    "n",
    "count",
    "coords",
    "version",
    "doi",
    "po",
    "invoice",
    "orderno",
    "ticketno",
    "fakephone",
    "maskphone",
    "maskcard",
    "maskssn",
    "maskiban",
    "maskip",
    "badssn",
    "badcard",
    "badiban",
    "weight",
)  # fmt: skip
NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    **{k: SET43[k] for k in SHARED},
    **OWN,
}
