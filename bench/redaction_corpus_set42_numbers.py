# ruff: noqa: E501, RUF001
"""Set 42's number-like look-alikes of civic, community and public-life text: planning,
bylaw, FOI, parking and highway references, case, docket, claim, crime and lost-property
numbers, juror and witness numbers, ballot, polling-district and ward codes, UPRNs, agenda
items and meeting times, chess ratings, jersey and bib numbers, lap and finish times, scores
and table rows, census years and piece/folio/schedule references, archive shelf marks, ISBNs,
ISSNs, Dewey numbers, library barcodes, grid references and coordinates, bot versions, chat
and message ids. None is PII: every long digit run fails Luhn (a barcode, an ISBN-13, a chat
snowflake), no dotted version has four parts (so none parses as an IP address), and the masked,
fiction-range and invalid shapes are set 40's (``redaction_corpus_set40_values``, imported).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_digits import digits, pick, shaped
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
from bench.redaction_corpus_valuekit import not_luhn

CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS) for _ in range(n))


def _isbn(rng: random.Random) -> str:
    """An ISBN-13 (hyphenated or not) whose thirteen digits fail Luhn, or an ISBN-10."""
    if rng.random() < 0.3:
        return f"ISBN {shaped(rng, '0-###-#####-')}{rng.choice('0123456789X')}"
    body = not_luhn(rng, 13, rng.choice(("978", "979")))
    if rng.random() < 0.5:
        return f"ISBN {body}"
    return f"ISBN {body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{body[12]}"


def _time(rng: random.Random) -> str:
    return pick(rng, f"{rng.randint(0, 1)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(14, 59)}:{rng.randint(0, 59):02d}",
                f"{rng.randint(1, 2)}m{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}s", f"{rng.randint(9, 13)}.{rng.randint(0, 99):02d}s")  # fmt: skip


def _date(rng: random.Random) -> str:
    return pick(rng, f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2025, 2027)}", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2025, 2027)}",
                f"{rng.randint(2025, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")  # fmt: skip


# fmt: off
NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "planref": lambda r: pick(r, f"{r.randint(19, 26)}/{shaped(r, '0####')}/{r.choice(('FUL', 'HOU', 'OUT', 'LBC', 'TPO', 'ADV'))}", f"P/{r.randint(2019, 2026)}/{shaped(r, '####')}",
                              f"DC/{r.randint(21, 26)}/{shaped(r, '####')}/{r.choice(('F', 'H', 'RM'))}", f"{r.randint(2020, 2026)}/{shaped(r, '####')}/PA"),
    "bylaw": lambda r: pick(r, f"Bylaw {r.randint(2001, 2026)}-{shaped(r, '###')}", f"Ordinance No. {shaped(r, '##-###')}", f"TRO {r.randint(2019, 2026)}/{shaped(r, '###')}",
                            f"section {r.randint(2, 120)}({r.randint(1, 6)})({r.choice('abcd')})"),
    "foiref": lambda r: pick(r, f"FOI-{r.randint(2024, 2026)}-{shaped(r, '#####')}", f"EIR/{shaped(r, '####')}", f"FOI {shaped(r, '######')}", f"IR{shaped(r, '#######')}"),
    "pcn": lambda r: pick(r, f"PCN {_up(r, 2)}{shaped(r, '########')}", f"{_up(r, 2)}{shaped(r, '########')}", f"penalty notice {shaped(r, '########')}{_up(r, 1)}"),
    "plate": lambda r: pick(r, f"{_up(r, 2)}{r.randint(10, 75)} {_up(r, 3)}", f"{_up(r, 3)}-{shaped(r, '####')}", f"{_up(r, 1)}{shaped(r, '###')} {_up(r, 3)}"),
    "caseno": lambda r: pick(r, f"Case No. {_up(r, 1)}{shaped(r, '##')}{_up(r, 2)}{shaped(r, '###')}", f"{r.randint(1, 9)}:{r.randint(22, 26)}-cv-{shaped(r, '0####')}",
                             f"claim {_up(r, 1)}{shaped(r, '#')}{_up(r, 2)}{shaped(r, '####')}", f"T{r.randint(2024, 2026)}{shaped(r, '####')}", f"ET/{shaped(r, '#######')}/{r.randint(2024, 2026)}",
                             f"docket {r.randint(2024, 2026)}-{_up(r, 2)}-{shaped(r, '#####')}"),
    "crimeref": lambda r: pick(r, f"CRN {shaped(r, '##/######/##')}", f"crime ref {shaped(r, '######')}/{r.randint(24, 26)}", f"incident {shaped(r, '####')} of {r.randint(1, 28)}/{r.randint(1, 12)}",
                               f"LP-{shaped(r, '######')}", f"found property {shaped(r, '####')}/{r.randint(24, 26)}"),
    "juror": lambda r: pick(r, f"juror no. {shaped(r, '########')}", f"pool {shaped(r, '###')}", f"panel {r.randint(1, 12)}", f"witness {_up(r, 1)}{r.randint(1, 9)}"),
    "courtroom": lambda r: pick(r, f"Court {r.randint(1, 14)}", f"Courtroom {r.randint(1, 9)}{r.choice('AB')}", f"Hearing Room {r.randint(1, 6)}", f"Tribunal Room {r.randint(1, 8)}"),
    "district": lambda r: pick(r, f"polling district {_up(r, 2)}{r.randint(1, 9)}", f"ballot box {r.randint(1, 60)}", f"PD {_up(r, 1)}{r.randint(1, 9)}{_up(r, 1)}",
                               f"ward code E05{shaped(r, '######')}", f"precinct {shaped(r, '###')}", f"station {r.randint(1, 40)}"),
    "uprn": lambda r: pick(r, f"UPRN {shaped(r, '10########')}", f"UPRN {shaped(r, '1000########')}", f"property ref {shaped(r, '#######')}"),
    "item": lambda r: pick(r, f"item {r.randint(3, 14)}", f"agenda item {r.randint(2, 12)}.{r.randint(1, 4)}", f"minute {r.randint(24, 26)}/{r.randint(1, 160)}", f"motion {r.randint(1, 9)}"),
    "clock": lambda r: f"{r.randint(7, 21):02d}:{r.choice(('00', '15', '30', '45', '05', '50'))}",
    "rating": lambda r: pick(r, f"FIDE {r.randint(1350, 2390)}", f"ECF {r.randint(1200, 2250)}", f"rated {r.randint(900, 2400)}", f"blitz {r.randint(1000, 2600)}", f"MMR {r.randint(1800, 6400)}"),
    "jersey": lambda r: pick(r, f"#{r.randint(1, 99)}", f"No. {r.randint(1, 23)}", f"bib {r.randint(1, 2400)}", f"shirt {r.randint(1, 30)}", f"bib no. {shaped(r, '####')}"),
    "laptime": _time,
    "score": lambda r: pick(r, f"{r.randint(0, 6)}-{r.randint(0, 6)}", f"{r.randint(80, 320)}/{r.randint(2, 10)}", f"{r.randint(0, 5)}–{r.randint(0, 5)} (pens {r.randint(3, 5)}-{r.randint(2, 5)})",
                            f"{r.randint(0, 2)}.5-{r.randint(0, 2)}.5", f"{r.randint(10, 45)}–{r.randint(5, 40)}"),
    "tablerow": lambda r: f"P{r.randint(10, 22)} W{r.randint(3, 14)} D{r.randint(0, 6)} L{r.randint(0, 9)} GD {r.choice(('+', '-'))}{r.randint(1, 30)} Pts {r.randint(8, 44)}",
    "division": lambda r: pick(r, f"Division {r.randint(1, 5)}", f"U{r.choice((9, 10, 11, 12, 13, 14, 16, 18))}s", f"Over {r.choice((40, 50, 60))}s", f"Board {r.randint(1, 8)}", f"Round {r.randint(1, 9)}"),
    "censusyear": lambda r: r.choice(("1841", "1851", "1861", "1871", "1881", "1891", "1901", "1911", "1921", "1939 Register")),
    "piece": lambda r: pick(r, f"RG{r.choice((9, 10, 11, 12, 13, 14))}/{shaped(r, '####')} f.{r.randint(1, 140)} p.{r.randint(1, 40)}", f"piece {shaped(r, '####')}, folio {r.randint(1, 160)}, schedule {r.randint(1, 250)}",
                            f"HO107/{shaped(r, '####')}", f"entry no. {r.randint(1, 500)}", f"ED {r.randint(1, 40)}"),
    "shelfmark": lambda r: pick(r, f"MS {shaped(r, '####')}/{r.randint(1, 40)}", f"D/{_up(r, 2)}/{r.randint(1, 90)}/{r.randint(1, 30)}", f"PR{r.randint(1, 9)}/{shaped(r, '###')}",
                                f"box {r.randint(1, 300)}, bundle {r.randint(1, 40)}", f"Add MS {shaped(r, '#####')}"),
    "isbn": _isbn,
    "issn": lambda r: f"ISSN {shaped(r, '####')}-{shaped(r, '###')}{r.choice('0123456789X')}",
    "dewey": lambda r: pick(r, f"{r.randint(100, 999)}.{shaped(r, '##')}", f"Dewey {r.randint(100, 999)}.{r.randint(1, 9)}", f"{r.randint(900, 999)}.{shaped(r, '#')} {_up(r, 3)}"),
    "barcode": lambda r: not_luhn(r, 14, r.choice(("2", "3"))),
    "gridref": lambda r: pick(r, f"{r.choice(('SD', 'NY', 'SK', 'TQ', 'SU', 'NZ'))} {shaped(r, '###')} {shaped(r, '###')}", f"{r.choice(('SE', 'ST', 'SJ'))}{shaped(r, '####')}{shaped(r, '####')}",
                              f"{r.randint(50, 57)}.{shaped(r, '####')}, -{r.randint(0, 4)}.{shaped(r, '####')}", f"{r.randint(50, 57)}°{r.randint(0, 59)}′N {r.randint(0, 5)}°{r.randint(0, 59)}′W", f"what3words ///{r.choice(('plank', 'fringe', 'ladder'))}.{r.choice(('otter', 'mint', 'copper'))}.{r.choice(('gravel', 'sleeps', 'fresh'))}"),
    "version": lambda r: pick(r, f"v{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"build {shaped(r, '####')}", f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-beta"),
    "snowflake": lambda r: not_luhn(r, 18, "1"),
    "badge": lambda r: pick(r, f"badge {_up(r, 1)}-{shaped(r, '#####')}", f"membership no. {shaped(r, '######')}", f"plot {r.randint(1, 80)}{r.choice(('', 'a', 'b'))}", f"locker {r.randint(1, 200)}"),
    "date": _date,
    "amount": lambda r: pick(r, f"£{r.randint(2, 480)}.{r.choice(('00', '50', '25'))}", f"${r.randint(5, 900)}", f"€{r.randint(3, 300)}", f"£{r.randint(20, 90)} fine", f"{r.randint(1, 12)}p per day"),
    "n": lambda r: str(r.randint(2, 19)),
    "count": lambda r: str(r.randint(2, 400)),
    "msgid": lambda r: pick(r, f"msg {shaped(r, '######')}", f"#{r.randint(1000, 99999)}", f"post {shaped(r, '#######')}"),
    "fakephone": fake_phone,
    "maskphone": masked_phone,
    "maskcard": masked_card,
    "maskssn": masked_ssn,
    "maskiban": masked_iban,
    "maskip": masked_ip,
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "digits4": lambda r: digits(r, 4),
}
# fmt: on
