"""Set 25's non-gold fillers: name-like and number-like look-alikes, and the plain context values
(order ids, amounts, dates) that positive texts carry too.

Every number-like look-alike is made to fail the check that would make it PII (Luhn for cards,
mod 97 for IBANs, the SSA rules for SSNs); ``lookalike_problem`` rejects a text that holds an
e-mail, a Luhn-valid card-prefixed run or a mod-97-valid IBAN by accident.
"""

# ruff: noqa: RUF001  (names and coordinates keep their own letters: dotless i, primes)

from __future__ import annotations

import re
from collections.abc import Callable

from bench import redaction_corpus_set25_numbers as num
from bench import redaction_corpus_set25_places as places
from bench.redaction_corpus_set25_values import Draw

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _bad_card(draw: Draw) -> str:
    digits = num.card_number(draw)[:-1]
    wrong = str((int(num.luhn_digit(digits)) + draw.num(1, 9)) % 10)
    full = digits + wrong
    return num.group_card(full, draw.pick((" ", "-", ""))) if draw.chance(0.7) else full


def _bad_ssn(draw: Draw) -> str:
    a, g, s = num.ssn_digits(draw)
    kind = draw.pick(("000", "666", "9xx", "g00", "s0000"))
    if kind in ("000", "666"):
        a = kind
    elif kind == "9xx":
        a = f"9{draw.num(0, 99):02d}"
    elif kind == "g00":
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


def _bad_iban(draw: Draw) -> str:
    compact = num.iban_compact(draw)
    check = int(compact[2:4])
    wrong = f"{(check + draw.num(1, 90)) % 97 + 2:02d}"
    if wrong == compact[2:4]:
        wrong = f"{(check + 1) % 97 + 2:02d}"
    bad = compact[:2] + wrong + compact[4:]
    return num.group_iban(bad) if draw.chance(0.5) else bad


def _isbn(draw: Draw) -> str:
    body = "978" + draw.pattern("#########")
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:6]}-{full[6:12]}-{full[12]}"


def _uuid(draw: Draw) -> str:
    variant = draw.pick("89ab")
    return f"{draw.hex(8)}-{draw.hex(4)}-4{draw.hex(3)}-{variant}{draw.hex(3)}-{draw.hex(12)}"


def _coord(draw: Draw) -> str:
    lat = f"{draw.num(-60, 70)}.{draw.pattern('####')}"
    lon = f"{draw.num(-170, 170)}.{draw.pattern('####')}"
    if draw.chance(0.3):
        return (
            f"{draw.num(1, 70)}°{draw.num(0, 59)}′{draw.num(0, 59)}″N "
            f"{draw.num(1, 170)}°{draw.num(0, 59)}′{draw.num(0, 59)}″W"
        )
    return f"{lat}, {lon}"


def _waybill(draw: Draw) -> str:
    return draw.pattern(
        draw.pick(
            ("%##-%##-####", "(0%#) #### ####", "0### ### ####", "%## %## ####", "0%## ######")
        )
    )


def _track(draw: Draw) -> str:
    return draw.pick(
        (
            "1Z" + draw.pattern("@@@###") + draw.pattern("##########"),
            draw.pattern("JJD00####### ########"),
            draw.pattern("RR### ### ###GB"),
            draw.pattern("##########"),
            draw.pattern("9400 1### #### #### #### ##"),
        )
    )


def _ver4(draw: Draw) -> str:
    return f"{draw.num(1, 12)}.{draw.num(0, 9)}.{draw.num(0, 9)}.{draw.num(1, 99)}"


def _kver(draw: Draw) -> str:
    return draw.pick(
        (
            f"4.18.0-{draw.num(80, 553)}.el8.x86_64",
            f"5.15.0-{draw.num(40, 120)}-generic",
            f"6.{draw.num(1, 8)}.{draw.num(1, 40)}-arch1-1",
        )
    )


def _mac(draw: Draw) -> str:
    sep = draw.pick((":", "-"))
    text = sep.join(draw.hex(2) for _ in range(6))
    return text.upper() if draw.chance(0.3) else text


_SIMPLE: dict[str, Callable[[Draw], str]] = {
    # name-like
    "brand": lambda d: d.pick(places.BRANDS),
    "firm": lambda d: d.pick(places.FIRMS),
    "product": lambda d: d.pick(places.PRODUCTS),
    "place": lambda d: d.pick(places.PLACES),
    "bare": lambda d: d.pick(places.STREETS_BARE),
    "title": lambda d: d.pick(places.TITLES),
    "epo": lambda d: d.pick(places.EPONYMS),
    "user": lambda d: d.pick(places.USERNAMES),
    "dish": lambda d: d.pick(places.DISHES),
    "holiday": lambda d: d.pick(places.HOLIDAYS),
    "wordp": lambda d: d.pick(places.WORD_PHRASES),
    # number-like
    "waybill": _waybill,
    "track": _track,
    "order": lambda d: d.pick(
        (
            d.pattern("###-#######-#######"),
            d.pattern("ORD-2024-#####"),
            "#" + d.pattern("W########"),
            d.pattern("#########"),
        )
    ),
    "inv": lambda d: d.pattern(d.pick(("INV-2024-#####", "INV#######", "2024/####/@@"))),
    "ver4": _ver4,
    "ver3": lambda d: f"{d.num(0, 14)}.{d.num(0, 30)}.{d.num(0, 40)}",
    "kver": _kver,
    "build": lambda d: d.pick(
        (f"22631.{d.num(1000, 4400)}", f"{d.num(100, 999)}.{d.num(1000, 9999)}.{d.num(10, 99)}")
    ),
    "epoch": lambda d: (
        str(d.num(1600000000, 1760000000)) + (d.pattern("###") if d.chance(0.4) else "")
    ),
    "sha": lambda d: d.hex(d.pick((7, 12, 40))),
    "uuid": _uuid,
    "coord": _coord,
    "mac": _mac,
    "oid": lambda d: (
        f"1.3.6.1.4.1.{d.num(2000, 60000)}.{d.num(1, 20)}.{d.num(1, 9)}.{d.num(0, 40)}"
    ),
    "isbn": _isbn,
    "sku": lambda d: d.pattern(d.pick(("SKU-@@@-####-XL", "@@-#####-##", "#####-@@@"))),
    "zip": lambda d: d.pattern(d.pick(("%####", "%####-####", "@@# #@@"))),
    "badcard": _bad_card,
    "badssn": _bad_ssn,
    "badiban": _bad_iban,
    "imei": lambda d: d.pattern("35 ###### ###### #"),
    "ipver": lambda d: f"{d.num(1, 9)}.{d.num(0, 20)}.{d.num(256, 999)}.{d.num(0, 9)}",
    "mask": lambda d: d.pick(
        (
            f"**** **** **** {d.pattern('####')}",
            f"•••• {d.pattern('####')}",
            f"XXXX-XXXX-XXXX-{d.pattern('####')}",
        )
    ),
    # plain context values
    "amt": lambda d: d.pick(
        (
            f"${d.num(3, 900)}.{d.num(0, 99):02d}",
            f"€{d.num(3, 900)},{d.num(0, 99):02d}",
            f"£{d.num(3, 400)}",
            f"{d.num(2, 60)} quid",
        )
    ),
    "date": lambda d: d.pick(
        (
            f"{d.num(1, 28)} {d.pick(_MONTHS)}",
            f"{d.num(1, 28):02d}/{d.num(1, 12):02d}/2024",
            f"2024-{d.num(1, 12):02d}-{d.num(1, 28):02d}",
        )
    ),
    "ts": lambda d: (
        f"2024-{d.num(1, 12):02d}-{d.num(1, 28):02d}"
        f"T{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}Z"
    ),
    "clf": lambda d: (
        f"{d.num(1, 28):02d}/{d.pick(_MONTHS)}/2024"
        f":{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d} +0000"
    ),
    "tm": lambda d: f"{d.num(0, 23):02d}:{d.num(0, 59):02d}",
    "n": lambda d: str(d.num(2, 19)),
    "nn": lambda d: str(d.num(20, 480)),
    "port": lambda d: str(d.pick((22, 443, 8080, 8443, 3000, 5432, 51820, 9090))),
    "hport": lambda d: str(d.num(32768, 60999)),
    "pid": lambda d: str(d.num(300, 65000)),
    "ref": lambda d: d.pattern(d.pick(("CS-######", "TKT-#####", "#######", "INC00#####"))),
    "status": lambda d: d.pick(("200", "200", "302", "401", "403", "404", "500")),
    "bytes": lambda d: str(d.num(120, 98000)),
    "path": lambda d: d.pick(
        ("/login", "/api/v2/orders", "/checkout", "/account/settings", "/wp-admin/")
    ),
    "prefix": lambda d: d.pick(("24", "16", "20", "28")),
    "stars": lambda d: d.pick(("★★★★★", "★★★★☆", "★★☆☆☆", "5/5", "2/5", "4 stars")),
}


def look_alike_filler(draw: Draw, name: str) -> str:
    return _SIMPLE[name](draw)


_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}")


def lookalike_problem(text: str) -> bool:
    """True when a look-alike text holds an e-mail, a Luhn-valid 13-19 digit run that starts
    like a card, or a mod-97-valid IBAN."""
    if "@" in text:
        return True
    for run in _RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        if digits[0] in "23456" and num.luhn_valid(digits):
            return True
    return any(num.iban_valid(m) for m in _IBAN.findall(text))
