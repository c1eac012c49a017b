# ruff: noqa: E501, RUF001
"""Set 43's number-like look-alikes of news, media, creative, events and trade text: ISBNs
(valid ISBN-10 and ISBN-13 check digits), ISSNs, ISRCs, ISWCs and DOIs; timecodes, SRT cue
numbers and cue timings; catalogue and matrix numbers, EAN-13 and UPC-A barcodes (valid check
digits); HS and HTS tariff codes, ISO 6346 container numbers (valid check digit), bill-of-lading,
house and master air waybill numbers (valid mod-7 check), IMO ship numbers, voyages and seals,
purchase orders, invoices, bookings and order numbers; ticket barcodes, seats, rows and
sections; tempos, bars, frame rates, resolutions, camera settings and shoot coordinates;
dotted version strings that look like an IP address and are none (four parts with one over
255, or five parts); reference numbers shaped like a phone number (a NANP shape whose area code
starts with 0 or 1, so no phone); EINs, D-U-N-S and VAT numbers of firms; and set 40's masked,
fiction-range and invalid shapes (``redaction_corpus_set40_values``, imported). None is PII:
every run of 13 or more digits fails Luhn (an ISBN-13, an EAN-13 or a ticket barcode is
redrawn until it does).
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
from bench.redaction_corpus_valuekit import not_luhn

CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# ISO 6346 letter values (multiples of 11 skipped).
_ISO6346 = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38), strict=True))  # fmt: skip
OWNER_CODES = ("MSK", "MSC", "CMA", "HLX", "TGH", "OOL", "EMC", "CSQ", "TCN", "SEG", "BMO", "FCI")


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS) for _ in range(n))


def _ean_digit(body: str) -> str:
    """The GS1 check digit (EAN-13, ISBN-13, UPC-A) of ``body``."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str(-total % 10)


def _ean13(rng: random.Random, head: str) -> str:
    """A valid EAN-13 starting with ``head`` that fails Luhn (no card number)."""
    while True:
        body = head + digits(rng, 12 - len(head))
        code = body + _ean_digit(body)
        if not luhn_ok(code):
            return code


def _isbn(rng: random.Random) -> str:
    if rng.random() < 0.3:
        body = f"{rng.choice('01')}{digits(rng, 8)}"
        check = -sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
        ten = body + ("X" if check == 10 else str(check))
        return pick(rng, f"ISBN {ten}", f"ISBN {ten[0]}-{ten[1:4]}-{ten[4:9]}-{ten[9]}")
    code = _ean13(rng, rng.choice(("978", "979")))
    return pick(
        rng,
        f"ISBN {code}",
        f"ISBN {code[:3]}-{code[3]}-{code[4:8]}-{code[8:12]}-{code[12]}",
        f"ISBN-13: {code}",
    )


def _issn(rng: random.Random) -> str:
    body = digits(rng, 7)
    check = -sum((8 - i) * int(c) for i, c in enumerate(body)) % 11
    return f"ISSN {body[:4]}-{body[4:]}{'X' if check == 10 else check}"


def _iswc(rng: random.Random) -> str:
    body = digits(rng, 9)
    check = (10 - (1 + sum((i + 1) * int(c) for i, c in enumerate(body))) % 10) % 10
    return f"T-{body[:3]}.{body[3:6]}.{body[6:]}-{check}"


def _container(rng: random.Random) -> str:
    """An ISO 6346 container number with its check digit."""
    owner = rng.choice(OWNER_CODES) + rng.choice("UUUJZ")
    serial = digits(rng, 6)
    total = sum(v * 2**i for i, v in enumerate([*(_ISO6346[c] for c in owner), *map(int, serial)]))
    check = total % 11 % 10
    return pick(
        rng, f"{owner}{serial}{check}", f"{owner} {serial} {check}", f"{owner}{serial}-{check}"
    )


def _awb(rng: random.Random) -> str:
    """A master air waybill: airline prefix, seven serial digits and their mod-7 check."""
    serial = digits(rng, 7)
    return f"{rng.choice(('020', '057', '074', '125', '160', '176', '180', '235', '618'))}-{serial}{int(serial) % 7}"


def _imo(rng: random.Random) -> str:
    body = str(rng.randint(900000, 999999))
    return f"IMO {body}{sum(int(c) * (7 - i) for i, c in enumerate(body)) % 10}"


def _tc(rng: random.Random) -> str:
    return f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice((':', ':', ';'))}{rng.randint(0, 24):02d}"


def _srt_time(rng: random.Random) -> tuple[int, int]:
    start = rng.randint(2_000, 5_400_000)
    return start, start + rng.randint(900, 6_500)


def _ms(t: int) -> str:
    return f"{t // 3_600_000:02d}:{t // 60_000 % 60:02d}:{t // 1000 % 60:02d},{t % 1000:03d}"


def _srt(rng: random.Random) -> str:
    start, end = _srt_time(rng)
    return f"{_ms(start)} --> {_ms(end)}"


def _srt_in(lo: int, hi: int) -> Callable[[random.Random], str]:
    """An SRT timing starting between minutes ``lo`` and ``hi`` (so that the cues of one
    file run forward)."""

    def make(rng: random.Random) -> str:
        start = rng.randint(lo * 60_000, hi * 60_000)
        return f"{_ms(start)} --> {_ms(start + rng.randint(900, 6_500))}"

    return make


def _tc_in(lo: int, hi: int) -> Callable[[random.Random], str]:
    """A non-drop-frame timecode in minutes ``lo`` to ``hi`` of the first hour (the lines of
    one transcript run forward)."""

    def make(rng: random.Random) -> str:
        return f"00:{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 24):02d}"

    return make


def _version(rng: random.Random) -> str:
    """A dotted version that looks like an IPv4 address and is none: four parts, the last
    over 255, or five parts."""
    a, b, c = rng.randint(1, 24), rng.randint(0, 40), rng.randint(0, 30)
    return pick(rng, f"{a}.{b}.{c}.{rng.randint(256, 9999)}", f"v{a}.{b}.{c}.{rng.randint(1000, 4999)}",
                f"{a}.{b}.{c}.{rng.randint(0, 9)}.{rng.randint(1, 900)}", f"build {rng.randint(2019, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}.{rng.randint(1000, 9999)}")  # fmt: skip


def _pressref(rng: random.Random) -> str:
    """A reference shaped like a NANP number whose area code starts with 0 or 1 (none)."""
    area = f"{rng.choice('01')}{digits(rng, 2)}"
    return pick(
        rng,
        f"{area}-{digits(rng, 3)}-{digits(rng, 4)}",
        f"({area}) {digits(rng, 3)}-{digits(rng, 4)}",
        f"{area}.{digits(rng, 3)}.{digits(rng, 4)}",
    )


def _upc(rng: random.Random) -> str:
    body = f"{rng.randint(0, 8)}{digits(rng, 10)}"
    return body + _ean_digit(body)


def _gross_net(rng: random.Random) -> str:
    gross = rng.randint(80, 9000)
    return f"G.W. {gross} kg / N.W. {gross - rng.randint(5, gross // 10 + 5)} kg"


def _date(rng: random.Random) -> str:
    return pick(rng, f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2025, 2027)}", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2025, 2027)}",
                f"{rng.randint(2025, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}")  # fmt: skip


# fmt: off
NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "isbn": _isbn,
    "issn": _issn,
    "isrc": lambda r: pick(r, f"{r.choice(('GB', 'US', 'DE', 'FR', 'NL', 'SE'))}-{_up(r, 1)}{shaped(r, '##')}-{r.randint(20, 26)}-{shaped(r, '#####')}", f"{r.choice(('GB', 'US', 'QM', 'AU'))}{_up(r, 3)}{r.randint(20, 26)}{shaped(r, '#####')}"),
    "iswc": _iswc,
    "doi": lambda r: pick(r, f"doi:10.{r.randint(1000, 9999)}/{_up(r, 3).lower()}.{r.randint(2019, 2026)}.{shaped(r, '####')}", f"https://doi.org/10.{r.randint(1000, 99999)}/{shaped(r, '######')}", f"10.{r.randint(1000, 9999)}/s{shaped(r, '#####')}-0{r.randint(20, 26)}-{shaped(r, '#####')}-{r.randint(1, 9)}"),
    "tc": _tc,
    "srt": _srt,
    "srt1": _srt_in(0, 25),
    "srt2": _srt_in(26, 59),
    "tc1": _tc_in(0, 14),
    "tc2": _tc_in(15, 29),
    "tc3": _tc_in(30, 44),
    "cue": lambda r: str(r.randint(1, 1400)),
    "cue1": lambda r: str(r.randint(1, 300)),
    "cue2": lambda r: str(r.randint(301, 700)),
    "catno": lambda r: pick(r, f"{_up(r, 3)}LP{shaped(r, '###')}", f"cat. no. {_up(r, 2)}-{shaped(r, '####')}", f"{_up(r, 4)} {shaped(r, '###')}CD", f"{_up(r, 3)}{shaped(r, '##')}7"),
    "matrix": lambda r: pick(r, f"{_up(r, 3)}-{shaped(r, '####')}-A{r.randint(1, 3)}", f"A{r.randint(1, 2)} / B{r.randint(1, 2)} {shaped(r, '#####')}", f"STEREO {shaped(r, '###')}-{r.choice('AB')}"),
    "ean": lambda r: _ean13(r, r.choice(("50", "40", "87", "73", "80", "84"))),
    "upc": _upc,
    "hscode": lambda r: pick(r, f"{shaped(r, '@###')}.{shaped(r, '##')}", f"{shaped(r, '@###')}.{shaped(r, '##')}.{shaped(r, '####')}", f"{shaped(r, '@###')}{shaped(r, '##')}", f"{shaped(r, '@###')}.{shaped(r, '##')}.{shaped(r, '##')}"),
    "container": _container,
    "bol": lambda r: pick(r, f"{r.choice(('MAEU', 'MEDU', 'CMDU', 'HLCU', 'ONEY', 'COSU'))}{shaped(r, '#########')}", f"{_up(r, 4)}{shaped(r, '########')}", f"HBL {_up(r, 2)}-{r.randint(24, 26)}-{shaped(r, '#####')}"),
    "awb": _awb,
    "hawb": lambda r: f"HAWB {_up(r, 3)}-{shaped(r, '######')}",
    "imo": _imo,
    "voyage": lambda r: pick(r, f"voyage {shaped(r, '###')}{r.choice('EWNS')}", f"V.{shaped(r, '##')}{r.choice('EW')}", f"voy. {r.randint(2401, 2652)}{r.choice('EW')}"),
    "seal": lambda r: pick(r, f"{_up(r, 2)}{shaped(r, '#######')}", f"{shaped(r, '########')}"),
    "po": lambda r: pick(r, f"PO-{r.randint(2024, 2026)}-{shaped(r, '####')}", f"45{shaped(r, '########')}", f"PO# {shaped(r, '######')}", f"P{shaped(r, '#####')}/{_up(r, 2)}"),
    "invoice": lambda r: pick(r, f"INV-{r.randint(24, 26)}-{shaped(r, '#####')}", f"invoice {r.randint(2024, 2026)}/{shaped(r, '####')}", f"CI-{shaped(r, '######')}", f"PRO-FORMA {shaped(r, '####')}"),
    "orderno": lambda r: pick(r, f"order {_up(r, 2)}{shaped(r, '#######')}", f"#{shaped(r, '########')}", f"booking {_up(r, 3)}-{shaped(r, '#####')}"),
    "booking": lambda r: pick(r, f"BK-{shaped(r, '######')}", f"hold {r.randint(1, 3)} ({_up(r, 2)}{shaped(r, '####')})", f"contract {r.randint(2025, 2026)}-{shaped(r, '###')}"),
    "ticketbar": lambda r: not_luhn(r, r.choice((16, 17, 18)), r.choice(("1", "3", "5", "7"))),
    "ticketno": lambda r: pick(r, f"#{shaped(r, '#######')}", f"TKT-{shaped(r, '######')}", f"case {_up(r, 1)}{shaped(r, '######')}"),
    "seat": lambda r: pick(r, f"Sec {r.randint(101, 332)}, Row {r.choice('ABCDEFGHJKLMNPQRST')}, Seat {r.randint(1, 30)}", f"Stalls {r.choice('ABCDEFGHJKLM')}{r.randint(1, 40)}", f"Block {r.choice('ABCDEF')} Row {r.randint(1, 30)} Seat {r.randint(1, 40)}",
                           f"Circle {r.choice('ABCDEFG')}{r.randint(1, 30)}", f"GA standing #{shaped(r, '####')}", f"Box {r.randint(1, 12)}"),
    "table": lambda r: pick(r, str(r.randint(1, 24)), f"{r.randint(1, 24)}{r.choice('AB')}"),
    "bpm": lambda r: pick(r, f"{r.randint(68, 174)} BPM", f"{r.randint(68, 174)}bpm", f"♩ = {r.randint(60, 160)}"),
    "bars": lambda r: pick(r, f"bars {r.randint(1, 40)}-{r.randint(41, 96)}", f"{r.randint(4, 64)} bars", f"in {r.choice(('7/8', '6/8', '3/4', '5/4', '12/8'))}"),
    "fps": lambda r: r.choice(("23.976 fps", "24p", "25 fps", "29.97", "50i", "59.94 fps", "120 fps")),
    "res": lambda r: r.choice(("3840x2160", "1920×1080", "4096x2160", "6K 6144x3456", "2048 x 858", "300 dpi", "1080x1350")),
    "camera": lambda r: pick(r, f"f/{r.choice(('1.4', '2', '2.8', '4', '5.6', '8'))}, 1/{r.choice((60, 125, 250, 500, 1000, 4000))}s, ISO {r.choice((100, 200, 400, 800, 1600, 3200))}", f"{r.choice((24, 35, 50, 85, 135))}mm f/{r.choice(('1.2', '1.8', '2.8'))}", f"T{r.choice(('1.5', '2.1', '2.8'))}, {r.choice((180, 172.8, 90))}° shutter"),
    "coords": lambda r: pick(r, f"{r.randint(34, 58)}.{shaped(r, '####')}° N, {r.randint(0, 9)}.{shaped(r, '####')}° W", f"{r.randint(-38, 52)}.{shaped(r, '#####')}, {r.randint(-120, 150)}.{shaped(r, '#####')}", f"{r.randint(30, 60)}°{r.randint(0, 59)}′{r.randint(0, 59)}″N {r.randint(0, 30)}°{r.randint(0, 59)}′E"),
    "version": _version,
    "pressref": _pressref,
    "booth": lambda r: pick(r, f"Booth {r.randint(1, 9)}{r.choice('ABCD')}-{r.randint(100, 999)}", f"Hall {r.randint(1, 12)}, Stand {r.choice('ABCDEFGH')}{r.randint(10, 99)}", f"Stand {r.randint(1, 9)}.{r.randint(100, 899)}"),
    "badgeid": lambda r: pick(r, f"BDG-{shaped(r, '####')}-{shaped(r, '##')}", f"badge {_up(r, 2)}{shaped(r, '#####')}", f"lead #{shaped(r, '######')}"),
    "incoterm": lambda r: r.choice(("FOB Ningbo", "CIF Rotterdam", "DAP Felixstowe", "EXW Porto", "FCA Hamburg", "DDP Chicago", "CFR Durban", "CPT Memphis")),
    "weight": lambda r: pick(r, f"{r.randint(120, 24800):,} kg", f"{r.randint(2, 60)} CTNS, {r.randint(2, 40)}.{r.randint(0, 9)} CBM", _gross_net(r), f"{r.randint(1, 22)} pallets"),
    "episode": lambda r: pick(r, f"S{r.randint(1, 9):02d}E{r.randint(1, 24):02d}", f"Ep. {r.randint(1, 420)}", f"episode {r.randint(1, 300)}"),
    "slate": lambda r: pick(r, f"Sc. {r.randint(1, 120)}{r.choice(('', 'A', 'B'))} Tk {r.randint(1, 12)}", f"scene {r.randint(1, 90)}, take {r.randint(1, 9)}", f"setup {r.randint(1, 40)}{r.choice('ABC')}"),
    "runtime": lambda r: pick(r, f"{r.randint(1, 2)}h {r.randint(0, 59):02d}m", f"{r.randint(18, 95)}:{r.randint(0, 59):02d}", f"{r.randint(60, 160)} min"),
    "words": lambda r: f"{r.randint(48, 140)},{r.choice(('000', '500'))} words",
    "royalty": lambda r: pick(r, f"{r.choice(('7.5', '10', '12.5', '15', '25'))}% of net receipts", f"{r.choice(('50', '33.33', '25', '12.5'))}% share", f"{r.choice(('8', '10'))}% of RRP"),
    "ipi": lambda r: f"IPI {shaped(r, '00#########')}",
    "ein": lambda r: f"{shaped(r, '@#')}-{shaped(r, '#######')}",
    "duns": lambda r: f"{shaped(r, '##')}-{shaped(r, '###')}-{shaped(r, '####')}",
    "vat": lambda r: pick(r, f"GB {shaped(r, '### #### ##')}", f"DE{shaped(r, '#########')}", f"NL{shaped(r, '#########')}B0{r.randint(1, 9)}", f"FR{shaped(r, '## #########')}"),
    "unionid": lambda r: pick(r, f"SAG-AFTRA {shaped(r, '#######')}", f"Equity {_up(r, 1)}{shaped(r, '#####')}", f"IATSE Local {r.randint(1, 900)}", f"AFM {shaped(r, '######')}"),
    "permit": lambda r: pick(r, f"FP-{r.randint(2025, 2026)}-{shaped(r, '####')}", f"FLM{_up(r, 2)}{shaped(r, '#####')}", f"LOC/{shaped(r, '####')}/{_up(r, 1)}"),
    "licence": lambda r: pick(r, f"LIC-{shaped(r, '#######')}", f"RM-{_up(r, 2)}{shaped(r, '####')}", f"ED-{shaped(r, '######')}"),
    "imgno": lambda r: pick(r, f"IMG_{shaped(r, '####')}.CR3", f"DSC{shaped(r, '#####')}", f"_{_up(r, 3)}{shaped(r, '####')}.NEF", f"frame {r.randint(1, 36)}A"),
    "corrref": lambda r: pick(r, f"CR-{shaped(r, '#####')}", f"corr. {r.randint(24, 26)}/{shaped(r, '###')}", f"readers' editor {shaped(r, '####')}"),
    "slug": lambda r: pick(r, f"{r.choice(('port-strike', 'budget-leak', 'festival-review', 'transfer-rumour', 'museum-heist', 'rail-delays'))}-{shaped(r, '####')}",
                           f"{r.choice(('OBIT', 'FEATURE', 'ANALYSIS', 'LIVE'))}/{r.randint(2025, 2026)}/{shaped(r, '####')}"),
    "embargo": lambda r: pick(r, f"00:01 {r.choice(('BST', 'GMT', 'CET', 'EST'))} {r.randint(1, 28)} {r.choice(MONTHS)}", f"{r.randint(6, 22):02d}:00 on {r.randint(1, 28)} {r.choice(MONTHS)}", f"until {r.choice(('Tuesday', 'Thursday', 'Sunday'))} 10:00"),
    "period": lambda r: pick(r, f"H{r.randint(1, 2)} {r.randint(2024, 2026)}", f"Q{r.randint(1, 4)}/{r.randint(2024, 2026)}", f"{r.choice(MONTHS)}-{r.choice(MONTHS)} {r.randint(2024, 2026)}"),
    "entryno": lambda r: f"{_up(r, 3)}-{shaped(r, '#######')}-{r.randint(0, 9)}",
    "diet": lambda r: r.choice(("vegan", "gluten-free", "halal", "kosher", "nut allergy", "vegetarian", "pescatarian", "no dairy", "child's meal")),
    "rsvp": lambda r: f"RSVP code {_up(r, 2)}{shaped(r, '##')}",
    "lot": lambda r: f"lot {r.randint(24, 26)}-{shaped(r, '####')}",
    "clock": lambda r: f"{r.randint(6, 23):02d}:{r.choice(('00', '15', '30', '45', '05', '50'))}",
    "date": _date,
    "amount": lambda r: pick(r, f"£{r.randint(20, 4800)}.{r.choice(('00', '50', '99'))}", f"${r.randint(15, 9000):,}", f"€{r.randint(10, 3500)}", f"{r.randint(100, 9000)} USD", f"£{r.randint(2, 40)}k"),
    "n": lambda r: str(r.randint(2, 19)),
    "count": lambda r: str(r.randint(12, 900)),
    "fakephone": fake_phone,
    "maskphone": masked_phone,
    "maskcard": masked_card,
    "maskssn": masked_ssn,
    "maskiban": masked_iban,
    "maskip": masked_ip,
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
}
# fmt: on
