# ruff: noqa: RUF001
# (RUF001: names are written with their own letters, the Turkish dotless i included.)
"""Set 24's value makers: PII values (valid by construction) and number-like look-alikes.

Stdlib only; every function takes the generator's seeded ``random.Random``.
"""

from __future__ import annotations

import random
import unicodedata


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng: random.Random, n: int) -> str:
    """n digits, the first not 0."""
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


# ---------------------------------------------------------------- phones
def _us_parts(rng: random.Random) -> tuple[str, str, str]:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    return area, exchange, digits(rng, 4)


def phone_us(rng: random.Random) -> str:
    a, b, c = _us_parts(rng)
    return rng.choice(
        (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"+1-{a}-{b}-{c}",
            f"1 ({a}) {b}-{c}",
            f"+1 ({a}) {b}-{c}",
        )
    )


def _phone_national(rng: random.Random) -> str:
    kind = rng.randrange(16)
    if kind == 0:
        return f"0{nz(rng, 2)}0 {digits(rng, 3)} {digits(rng, 4)}"  # GB landline 0117 ...
    if kind == 1:
        return f"07{nz(rng, 3)} {digits(rng, 6)}"  # GB mobile
    if kind == 2:
        return f"0{rng.choice(('30', '40', '89', '221', '711'))} {digits(rng, 7)}"  # DE
    if kind == 3:
        return f"015{rng.randint(1, 9)} {digits(rng, 8)}"  # DE mobile
    if kind == 4:
        return "0" + str(rng.randint(1, 7)) + "".join(f" {digits(rng, 2)}" for _ in range(4))
    if kind == 5:
        return f"3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"  # IT mobile
    if kind == 6:
        return f"6{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"  # ES
    if kind == 7:
        return f"06-{digits(rng, 8)}"  # NL
    if kind == 8:
        return f"0{rng.choice(('98', '97', '88'))}{digits(rng, 3)} {digits(rng, 5)}"  # IN
    if kind == 9:
        return f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"  # AU mobile
    if kind == 10:
        return f"(0{rng.choice('2378')}) {nz(rng, 4)} {digits(rng, 4)}"  # AU landline
    if kind == 11:
        return f"({rng.randint(11, 99)}) 9{digits(rng, 4)}-{digits(rng, 4)}"  # BR
    if kind == 12:
        return f"0{rng.choice(('3', '6', '52'))}-{digits(rng, 4)}-{digits(rng, 4)}"  # JP
    if kind == 13:
        return f"08{rng.choice('0136')} {digits(rng, 3)} {digits(rng, 4)}"  # NG
    if kind == 14:
        return f"09{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"  # PH
    return f"08{rng.choice('23')} {digits(rng, 3)} {digits(rng, 4)}"  # ZA


def _phone_international(rng: random.Random) -> str:
    kind = rng.randrange(18)
    if kind == 0:
        return f"+44 {rng.choice(('20', '117', '131'))} {digits(rng, 3)} {digits(rng, 4)}"
    if kind == 1:
        return f"+44 (0)7{nz(rng, 3)} {digits(rng, 6)}"
    if kind == 2:
        return f"+49 {rng.choice(('30', '40', '89'))} {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 3:
        return f"+49 (0)151 {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 4:
        return f"+33 {rng.randint(1, 7)}" + "".join(f" {digits(rng, 2)}" for _ in range(4))
    if kind == 5:
        return f"+39 06 {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 6:
        return f"+34 {rng.choice('69')}{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if kind == 7:
        return f"+31 6 {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 8:
        return f"+91 {rng.choice('9876')}{digits(rng, 4)} {digits(rng, 5)}"
    if kind == 9:
        return f"+61 4{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if kind == 10:
        return f"+55 {rng.randint(11, 99)} 9{digits(rng, 4)}-{digits(rng, 4)}"
    if kind == 11:
        return f"+52 {rng.choice(('55', '33', '81'))} {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 12:
        return f"+81 {rng.choice(('3', '6', '90'))}-{digits(rng, 4)}-{digits(rng, 4)}"
    if kind == 13:
        return f"+86 1{rng.choice('3589')}{digits(rng, 1)} {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 14:
        return f"+234 80{rng.choice('36')} {digits(rng, 3)} {digits(rng, 4)}"
    if kind == 15:
        return f"+63 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"
    if kind == 16:
        return f"+48 {nz(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return (
        f"0041 {rng.choice(('44', '31', '61'))} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    )


def phone(rng: random.Random) -> str:
    """Any phone: US a third of the time, else national or international of other countries."""
    roll = rng.random()
    if roll < 0.34:
        return phone_us(rng)
    if roll < 0.65:
        return _phone_national(rng)
    return _phone_international(rng)


def phone_intl(rng: random.Random) -> str:
    return _phone_international(rng) if rng.random() < 0.8 else f"+1 {' '.join(_us_parts(rng))}"


def phone_ext(rng: random.Random) -> str:
    """A phone with its extension (the extension is inside the span)."""
    base = phone_us(rng) if rng.random() < 0.6 else _phone_international(rng)
    ext = rng.choice(
        (
            f" ext. {rng.randint(10, 999)}",
            f" x{rng.randint(10, 9999)}",
            f" ext {rng.randint(100, 999)}",
            f", ext. {rng.randint(2, 99)}",
        )
    )
    return base + ext


def phone_e164(rng: random.Random) -> str:
    """E.164 written without spaces, as logs and tel: URIs have it."""
    cc = rng.choice(("1", "44", "49", "33", "61", "91", "55", "34", "31", "353", "27", "65"))
    length = {
        "1": 10,
        "44": 10,
        "49": 10,
        "33": 9,
        "61": 9,
        "91": 10,
        "55": 11,
        "34": 9,
        "31": 9,
        "353": 9,
        "27": 9,
        "65": 8,
    }[cc]
    return f"+{cc}{nz(rng, length)}"


# ---------------------------------------------------------------- SSNs
def _ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    return sep.join(_ssn_parts(rng))


def ssn_any(rng: random.Random) -> str:
    return ssn(rng, rng.choice(("-", "-", "-", " ", ".")))


# ---------------------------------------------------------------- IPs
def ipv4(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 3:
        return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"
    first = rng.choice((23, 37, 45, 62, 81, 94, 109, 141, 154, 185, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _h(rng: random.Random) -> str:
    return f"{rng.randint(1, 0xFFFF):x}"


def ipv6(rng: random.Random, kind: int | None = None) -> str:
    """IPv6 in one of many written forms (compressed, full, mixed IPv4 tail, zone id, upper)."""
    kind = rng.randrange(9) if kind is None else kind
    if kind == 0:
        return f"2001:db8:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    if kind == 1:
        groups = [f"{rng.randint(0, 0xFFFF):04x}" for _ in range(6)]
        groups[rng.randrange(1, 5)] = "0000"
        return "2001:0db8:" + ":".join(groups)
    if kind == 2:
        return f"::ffff:{ipv4(rng)}"
    if kind == 3:
        zone = rng.choice(("eth0", "en0", "wlan0", "ens192"))
        return f"fe80::{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}%{zone}"
    if kind == 4:
        return f"2a0{rng.randint(1, 9)}:{_h(rng)}:{_h(rng)}::{_h(rng)}".upper()
    if kind == 5:
        return f"fd{rng.randint(0, 255):02x}:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    if kind == 6:
        return f"64:ff9b::{ipv4(rng)}"
    if kind == 7:
        return (
            f"2001:0DB8:{rng.randint(0, 0xFFFF):04X}:0000:0000:{rng.randint(0, 0xFFFF):04X}:"
            f"{rng.randint(0, 0xFFFF):04X}:{rng.randint(0, 0xFFFF):04X}"
        )
    return f"2600:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"


def ip_any(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.4 else ipv4(rng)


# ---------------------------------------------------------------- cards and IBANs
def luhn_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def _card_number(rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"))
    prefix, length = {
        "visa": ("4" + digits(rng, 5), 16),
        "mc": ("5" + str(rng.randint(1, 5)) + digits(rng, 4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + digits(rng, 2), 16),
        "amex": (rng.choice(("34", "37")) + digits(rng, 4), 15),
        "disc": ("6011" + digits(rng, 2), 16),
        "jcb": (str(rng.randint(3528, 3589)) + digits(rng, 2), 16),
        "diners": ("36" + digits(rng, 4), 14),
    }[brand]
    body = prefix + digits(rng, length - len(prefix) - 1)
    return brand, body + luhn_digit(body)


def card(rng: random.Random) -> str:
    brand, n = _card_number(rng)
    sep = rng.choice((" ", " ", "-", ""))
    if brand == "amex":
        return sep.join((n[:4], n[4:10], n[10:])) if sep else n
    if brand == "diners":
        return sep.join((n[:4], n[4:10], n[10:])) if sep else n
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def bad_card(rng: random.Random) -> str:
    """A 16-digit number that fails Luhn, grouped like a card."""
    while True:
        _, valid = _card_number(rng)
        if len(valid) == 16:
            break
    body = valid[:15] + str((int(valid[15]) + rng.randint(1, 9)) % 10)
    return rng.choice((" ", "-", "")).join(body[i : i + 4] for i in range(0, 16, 4))


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def _iban_from_bban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def _al(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def _fr_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(bank: str, branch: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(ten: str) -> str:
        v = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
        return {10: "1", 11: "0"}.get(v, str(v))

    return one("00" + bank + branch) + one(account)


def _bban(rng: random.Random, country: str) -> str:
    if country == "DE":
        return digits(rng, 18)
    if country == "GB":
        return _al(rng, 4) + digits(rng, 14)
    if country == "FR":
        bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        return bank + branch + account + _fr_key(bank, branch, account)
    if country == "ES":
        bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        return bank + branch + _es_dc(bank, branch, account) + account
    if country == "BE":
        first = digits(rng, 10)
        key = int(first) % 97 or 97
        return f"{first}{key:02d}"
    if country == "PT":
        first = digits(rng, 19)
        return f"{first}{98 - int(first + '00') % 97:02d}"
    if country == "NL":
        return _al(rng, 4) + digits(rng, 10)
    if country == "AT":
        return digits(rng, 16)
    if country == "CH":
        return digits(rng, 17)
    if country == "PL":
        return digits(rng, 24)
    if country == "IE":
        return _al(rng, 4) + digits(rng, 14)
    if country == "DK":
        return digits(rng, 14)
    return digits(rng, 14)  # FI


IBAN_COUNTRIES = ("DE", "GB", "FR", "ES", "BE", "PT", "NL", "AT", "CH", "PL", "IE", "DK", "FI")


def iban_compact(rng: random.Random) -> str:
    country = rng.choice(IBAN_COUNTRIES)
    return _iban_from_bban(country, _bban(rng, country))


def group4(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban(rng: random.Random) -> str:
    compact = iban_compact(rng)
    return group4(compact) if rng.random() < 0.55 else compact


def bad_iban(rng: random.Random) -> str:
    """IBAN-shaped, with check digits that fail mod 97."""
    good = iban_compact(rng)
    wrong = f"{(int(good[2:4]) + rng.randint(1, 95)) % 97 + 2:02d}"
    while wrong == good[2:4]:
        wrong = f"{(int(wrong) + 1) % 97 + 2:02d}"
    bad = good[:2] + wrong + good[4:]
    return group4(bad) if rng.random() < 0.5 else bad


def mod97_ok(text: str) -> bool:
    compact = text.replace(" ", "")
    return _mod97(compact[4:] + compact[:4]) == 1


# ---------------------------------------------------------------- e-mails
FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "rediffmail.com",
    "163.com",
    "proton.me",
    "icloud.com",
    "uol.com.br",
    "yahoo.com.ph",
    "seznam.cz",
    "wp.pl",
)
COMPANY_MAIL = (
    "brightquarry.io",
    "tallowmere.co",
    "ferncastle-logistics.com",
    "ondrivia.net",
    "kelsway.org",
    "quintfold.de",
    "marrowgate.co.uk",
    "lumenvale.fr",
    "copsewood.com.au",
)


def ascii_fold(text: str) -> str:
    special = {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
    text = "".join(special.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email_for(rng: random.Random, given: str, surname: str) -> str:
    g = "".join(c for c in ascii_fold(given).lower() if c.isalnum())
    s = "".join(c for c in ascii_fold(surname).lower() if c.isalnum())
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}_{s}",
            f"{g}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}.{s}{rng.randint(70, 99)}",
            f"{g[0]}.{s}",
        )
    )
    domain = rng.choice(FREE_MAIL) if rng.random() < 0.6 else rng.choice(COMPANY_MAIL)
    return f"{local}@{domain}"


# ---------------------------------------------------------------- number-like look-alikes
def waybill(rng: random.Random) -> str:
    """Tracking numbers, several shaped like phone numbers."""
    return rng.choice(
        (
            f"{nz(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}",
            f"0{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
            f"(0{digits(rng, 2)}) {digits(rng, 4)} {digits(rng, 4)}",
            "1Z"
            + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
            + digits(rng, 10),
            f"JJD00{digits(rng, 15)}",
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
            f"LX{digits(rng, 9)}DE",
        )
    )


def order_id(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{nz(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"ORD-2026-{digits(rng, 6)}",
            f"#{nz(rng, 8)}",
            f"SO{nz(rng, 7)}",
            f"W{nz(rng, 9)}",
        )
    )


def invoice(rng: random.Random) -> str:
    return rng.choice(
        (
            f"INV-{nz(rng, 5)}",
            f"F{digits(rng, 4)}/{digits(rng, 5)}",
            f"2026-{digits(rng, 5)}",
            f"RE-{nz(rng, 7)}",
        )
    )


def version4(rng: random.Random) -> str:
    """Four-part versions, most of them valid IPv4 shapes."""
    return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}"


def version(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
            f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}",
            version4(rng),
        )
    )


def kernel(rng: random.Random) -> str:
    return rng.choice(
        (
            f"4.18.0-{rng.randint(240, 553)}.el8.x86_64",
            f"5.15.0-{rng.randint(60, 130)}-generic",
            f"6.1.0-{rng.randint(10, 31)}-amd64",
            f"5.14.0-{rng.randint(70, 430)}.el9_3.x86_64",
        )
    )


def build(rng: random.Random) -> str:
    return rng.choice(
        (
            f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}",
            f"b{nz(rng, 4)}",
            f"r{nz(rng, 5)}",
            f"{rng.randint(19041, 26100)}.{rng.randint(100, 4000)}",
        )
    )


def iso(rng: random.Random) -> str:
    return (
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def epoch(rng: random.Random) -> str:
    return str(rng.randint(1_760_000_000, 1_800_000_000)) + (
        digits(rng, 3) if rng.random() < 0.4 else ""
    )


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def sha(rng: random.Random) -> str:
    return hexs(rng, rng.choice((7, 12, 40)))


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def coord(rng: random.Random) -> str:
    lat = rng.uniform(-60, 70)
    lon = rng.uniform(-170, 170)
    return f"{lat:.5f}, {lon:.5f}"


def mac(rng: random.Random) -> str:
    sep = rng.choice((":", "-"))
    return sep.join(hexs(rng, 2) for _ in range(6))


def oid(rng: random.Random) -> str:
    return f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 40)}"


def isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 1)) + digits(rng, 8)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def sku(rng: random.Random) -> str:
    return rng.choice(
        (
            f"SKU-{digits(rng, 4)}-{rng.choice('ABCDEFGH')}{digits(rng, 2)}",
            f"HX-{digits(rng, 4)}-BLK",
            f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
            f"P{nz(rng, 6)}",
        )
    )


def amount(rng: random.Random) -> str:
    value = rng.randint(3, 2400) + rng.choice((0, 0.5, 0.99, 0.25))
    return rng.choice((f"${value:,.2f}", f"€{value:.2f}".replace(".", ","), f"£{value:.2f}"))


def date(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/2026",
            f"2026-{m:02d}-{d:02d}",
            f"{months[m - 1]} {d}, 2026",
            f"{d} {months[m - 1]} 2026",
        )
    )


def zip_code(rng: random.Random) -> str:
    return nz(rng, 5) if rng.random() < 0.7 else f"{nz(rng, 5)}-{digits(rng, 4)}"


def bad_ssn(rng: random.Random) -> str:
    """Shaped like an SSN but never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    kind = rng.randrange(5)
    area = (
        "000",
        "666",
        f"9{digits(rng, 2)}",
        f"{rng.randint(1, 899):03d}",
        f"{rng.randint(1, 665):03d}",
    )[kind]
    group = "00" if kind == 3 else f"{rng.randint(1, 99):02d}"
    serial = "0000" if kind == 4 else f"{rng.randint(1, 9999):04d}"
    return rng.choice(("-", "-", " ")).join((area, group, serial))


def model(rng: random.Random) -> str:
    return rng.choice(
        (
            f"XR-{nz(rng, 4)}",
            f"M{digits(rng, 3)}{rng.choice('ABX')}",
            f"TX{digits(rng, 2)}-{digits(rng, 3)}",
        )
    )


def serial(rng: random.Random) -> str:
    return rng.choice(
        (
            f"SN{nz(rng, 10)}",
            f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{digits(rng, 8)}",
        )
    )


def otp(rng: random.Random) -> str:
    return digits(rng, 6)
