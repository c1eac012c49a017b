# ruff: noqa: E501, RUF001
"""Set 38's structured values: phones, SSNs, IPs, cards, IBANs, and the number-like
look-alikes of peer-to-peer platforms and communities (classifieds, private lets, forums,
clubs and leagues, faith groups, weddings and parties, family notices, tutoring, childcare,
pet-sitting and handyman marketplaces, gaming chat, creator platforms, crowdfunding,
lost-and-found, carpooling).

Pure functions of a seeded ``random.Random``. Every gold value is valid (Luhn, mod 97, an
address ``ipaddress`` parses, an SSN that could be issued; no documentation IP range is drawn,
neither as gold nor as a look-alike). Every number-like look-alike is not PII: listing,
order, booking, membership, RSVP, raffle, backer and ride numbers, jersey numbers, scores,
fixtures and league points, lot and plot numbers, prices and deposits, dates and times,
coordinates, versions and hashes, tracking numbers shaped like phones, pet microchips, chat
snowflake ids, never-issued SSNs, Luhn-failing card shapes and IBAN shapes failing mod 97.
Long digit look-alikes are drawn until they fail the Luhn check.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench import redaction_corpus_valuekit as valuekit
from bench.redaction_corpus_digits import (
    digits,
    grouped,
    hex_digits,
    in_fours,
    nonzero_digits,
    pick,
)
from bench.redaction_corpus_valuekit import not_luhn as _not_luhn

# ---------------------------------------------------------------- phones
# Real US/Canada area codes (no 555 fiction).
NANP_AREAS = (828, 406, 734, 423, 928, 802, 218, 850, 208, 785, 336, 615, 470, 651, 971, 702,
              414, 505, 559, 843, 267, 413, 901, 307, 604, 613, 902, 438, 587, 709)  # fmt: skip
# Other countries in their international ("+" or "00") and national forms ("#" a digit,
# "@" a digit 1-9).
INTL: dict[str, tuple[str, ...]] = {
    "gb": ("+44 7@## ######", "07@##-######", "0044 7@## ### ###", "+44 (0)1@## ######", "(01@##) ######"),
    "ie": ("+353 87 ### ####", "087-### ####", "00353 86 ### ####"),
    "in": ("+91 9@### #####", "+91-7@###-#####", "09@## ### ###", "0091 8@## ######"),
    "de": ("+49 (0)15@ ########", "0176 / ########", "0049 16@ #######"),
    "fr": ("+33 (0)7 @# ## ## ##", "07.@#.##.##.##", "0033 6 @# ## ## ##"),
    "es": ("+34 6@# ## ## ##", "0034 7@# ### ###", "6@#-###-###"),
    "pt": ("+351 96@ ### ###", "92@ ### ###"),
    "it": ("+39 33@ ### ####", "0039 34@ #######", "32@/#######"),
    "nl": ("+31 (0)6 @### ####", "06 @#######", "0031 6 @#######"),
    "pl": ("+48 60@ ### ###", "0048 5@# ### ###", "7@#-###-###"),
    "br": ("+55 (11) 9@###-####", "+55 21 9@###-####", "(85) 9 @###-####", "011 9@###-####"),
    "mx": ("+52 55 #### ####", "+52 1 33 #### ####", "(442) ### ####"),
    "co": ("+57 31@ ### ####", "+57 (1) ### ####", "32@ ### ####"),
    "ar": ("+54 9 11 @###-####", "011 15-@###-####", "+54 351 ### ####"),
    "jp": ("+81 80-####-####", "090-####-####", "+81 3-####-####"),
    "kr": ("+82 10 #### ####", "010-####-####", "+82-2-###-####"),
    "ph": ("+63 9@# ### ####", "09@#-###-####", "(02) 8###-####"),
    "za": ("+27 (0)8@ ### ####", "06@ ### ####", "0027 7@ ### ####"),
    "ng": ("+234 (0)80@ ### ####", "081@ ### ####", "+2349@########"),
    "ke": ("+254 (0)7@# ### ###", "07@#######", "+254 11@ ######"),
    "gh": ("+233 (0)5@ ### ####", "055 ### ####"),
    "tr": ("+90 5@# ### ## ##", "0 (5@#) ### ## ##", "05@# ### ####"),
    "ae": ("+971 5@ ### ####", "05@-###-####", "00971 4 ### ####"),
    "au": ("+61 (0)4@# ### ###", "04@# ### ###", "(03) #### ####"),
    "gr": ("+30 69@ ### ####", "69@#######"),
    "se": ("+46 (0)7@ ### ## ##", "07@ ### ## ##"),
    "id": ("+62 81@-####-####", "081@ #### ####"),
    "vn": ("+84 9@ ### ## ##", "09@# ### ###"),
    "pk": ("+92 30@ #######", "030@-#######"),
}  # fmt: skip
EXTENSIONS = (" ext. @##", " x@#", " ext @###", " (x@##)", ", ext. @#")


PHONE_SHAPES = valuekit.Phones(
    areas=NANP_AREAS,
    us=(
        "({a}) {b}-{c}",
        "{a}-{b}-{c}",
        "+1 {a} {b} {c}",
        "+1-{a}-{b}-{c}",
        "{a} {b}-{c}",
        "1 ({a}) {b}-{c}",
        "+1 ({a}) {b} {c}",
        "{a}/{b}-{c}",
    ),
    dots=("{a}.{b}.{c}", "+1.{a}.{b}.{c}", "({a}) {b}.{c}"),
    bare=("{a}{b}{c}", "1{a}{b}{c}", "+1{a}{b}{c}"),
    extensions=EXTENSIONS,
    intl=INTL,
    kinds=("us", "us", "us", "intl", "intl", "intl", "intl", "dots", "ext"),
)


def phone(rng: random.Random, kind: str = "any") -> str:
    """A phone number: ``us``, ``dots``, ``bare`` (digits only), ``ext`` (an extension
    inside the span), ``intl`` (another country, international or national form) or ``any``."""
    return PHONE_SHAPES.phone(rng, kind)


# ---------------------------------------------------------------- SSNs
def ssn(rng: random.Random, sep: str | None = None) -> str:
    """An SSN that could be issued, with dashes, spaces, dots or nothing between its parts."""
    a, g, s = valuekit.ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", "-", " ", " ", "", ".")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def bad_ssn(rng: random.Random) -> str:
    """An SSN shape never issued: area 000, 666 or 9xx, group 00 or serial 0000."""
    return valuekit.never_issued_ssn(rng)


# ---------------------------------------------------------------- IPs
IP4_FIRST_OCTETS = (10, 10, 172, 192, 23, 45, 62, 78, 86, 99, 109, 141, 176, 188, 201, 217)


def ip4(rng: random.Random) -> str:
    """A private or public IPv4 address (never a documentation range)."""
    return valuekit.lan_or_public_ip4(rng, IP4_FIRST_OCTETS, lan_third_max=20)


IP6_FORMS = ("short", "short", "short", "full", "plain", "upper", "v4", "zone")
IP6_PREFIXES = ((0x2a00, 0x23C7), (0x2607, 0xFB90), (0x2409, 0x8A28), (0x2a02, 0xC7C),
                (0x2800, 0x3F0), (0x2c0f, 0xF4C0), (0x2405, 0x201), (0xFD12, 0x3456))  # fmt: skip


def ip6(rng: random.Random, form: str = "any") -> str:
    """An IPv6 address: ``short`` (compressed), ``full`` (every zero), ``plain`` (eight groups,
    leading zeros dropped), ``upper``, ``v4`` (IPv4-mapped), ``zone`` (link-local with a zone
    id) or ``any``."""
    return valuekit.ip6(
        rng, form, forms=IP6_FORMS, prefixes=IP6_PREFIXES, v4=_ip6_v4, zone=_ip6_zone
    )


def _ip6_v4(rng: random.Random) -> str:
    return f"::ffff:{ip4(rng)}"


def _ip6_zone(rng: random.Random) -> str:
    return f"fe80::{hex_digits(rng, 4)}:{hex_digits(rng, 2)}ff:fe{hex_digits(rng, 2)}:{hex_digits(rng, 4)}%{pick(rng, 'wlan0', 'en1', 'enp3s0', 'eth1', 'bridge0')}"


def ip(rng: random.Random) -> str:
    return ip4(rng) if rng.random() < 0.5 else ip6(rng)


# ---------------------------------------------------------------- cards
# (prefixes, length, groups): Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro.
CARD_KINDS: tuple[valuekit.CardKind, ...] = (
    (("4",), 16, (4, 4, 4, 4)),
    (("4",), 16, (4, 4, 4, 4)),
    (("52", "54", "2223", "2500"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "644", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3589"), 16, (4, 4, 4, 4)),
    (("36",), 14, (4, 6, 4)),
    (("62",), 16, (4, 4, 4, 4)),
    (("6759", "6761"), 19, (4, 4, 4, 4, 3)),
)


def card(rng: random.Random) -> str:
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(number, groups, rng.choice((" ", " ", " ", "-", "")))


def bad_card(rng: random.Random) -> str:
    """A card shape whose last digit fails Luhn."""
    number, groups = valuekit.card_number(rng, CARD_KINDS)
    return grouped(valuekit.luhn_broken(rng, number), groups, rng.choice((" ", "-")))


# ---------------------------------------------------------------- IBANs
IBAN_FORMATS = {
    "DE": "18n", "GB": "4a14n", "IE": "4a14n", "FR": "10n11c2n", "ES": "20n", "PT": "21n",
    "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n",
    "SE": "20n", "NO": "11n", "HU": "24n", "CZ": "20n", "RO": "4a16c", "GR": "7n16c",
    "BR": "23n1a1c", "TR": "6n16c", "AE": "19n", "SA": "2n18c", "LU": "3n13c", "EE": "16n",
    "SI": "15n", "BG": "4a6n8c",
}  # fmt: skip


def _iban(rng: random.Random) -> str:
    return valuekit.compact_iban(rng, IBAN_FORMATS)


def iban(rng: random.Random) -> str:
    compact = _iban(rng)
    return in_fours(compact) if rng.random() < 0.6 else compact


def bad_iban(rng: random.Random) -> str:
    """An IBAN shape whose check digits are wrong."""
    return valuekit.bad_iban(rng, IBAN_FORMATS)


# ---------------------------------------------------------------- look-alikes
def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ") for _ in range(n))


def _mix(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ23456789") for _ in range(n))


def _price(r: random.Random) -> str:
    whole, cents = r.randint(2, 2400), r.randint(0, 99)
    return pick(r, f"${whole}", f"${whole}.{cents:02d}", f"£{whole} ono", f"€{whole},{cents:02d}", f"{whole} € VB",
                f"R$ {whole},00", f"₱{whole * 50:,}", f"₦{whole * 1500:,}", f"KSh {whole * 130:,}", f"{whole} TL",
                f"AED {whole}", f"₹{whole * 80:,}", f"C${whole}", f"{whole} zł", f"MX${whole * 17:,}")  # fmt: skip


def _phone_shaped(r: random.Random) -> str:
    """Tracking, order and reference numbers whose digits group like a phone number."""
    return pick(r, f"{r.randint(200, 989)}-{r.randint(200, 989)}-{digits(r, 4)}", f"1Z {_mix(r, 3)} {digits(r, 3)} {digits(r, 2)} {digits(r, 4)} {digits(r, 3)}",
                f"{_up(r, 2)} {digits(r, 4)} {digits(r, 4)} GB", f"{r.randint(100, 999)}-{digits(r, 7)}-{digits(r, 7)}",
                f"({digits(r, 3)}) {digits(r, 3)}-{digits(r, 3)}", f"{digits(r, 4)} {digits(r, 3)} {digits(r, 3)}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "n": lambda r: str(r.randint(2, 9)),
    "n2": lambda r: str(r.randint(10, 99)),
    "listing": lambda r: pick(r, f"#{nonzero_digits(r, 9)}", nonzero_digits(r, 10), f"L-{_mix(r, 7)}", f"item/{nonzero_digits(r, 11)}", f"AD{r.randint(100000, 9999999)}"),
    "order": lambda r: pick(r, f"ORD-{digits(r, 6)}", f"#{_mix(r, 4)}-{_mix(r, 4)}", nonzero_digits(r, 8), f"{r.randint(100, 999)}-{digits(r, 7)}-{digits(r, 7)}"),
    "booking": lambda r: pick(r, f"BK{_mix(r, 6)}", f"{_up(r, 3)}{digits(r, 4)}", f"#{_mix(r, 8)}", f"B-{r.randint(1000, 99999)}"),
    "member": lambda r: pick(r, f"#{r.randint(100, 99999)}", f"MEM-{digits(r, 6)}", nonzero_digits(r, 8), f"{_up(r, 2)}{digits(r, 6)}", f"{r.randint(2019, 2026)}-{digits(r, 4)}"),
    "jersey": lambda r: pick(r, f"#{r.randint(1, 99)}", f"no. {r.randint(1, 45)}", f"number {r.randint(2, 23)}", f"bib {r.randint(100, 4999)}"),
    "score": lambda r: pick(r, f"{r.randint(0, 6)}-{r.randint(0, 6)}", f"{r.randint(0, 5)}–{r.randint(0, 5)}", f"{r.randint(60, 120)}-{r.randint(60, 120)}", f"{r.randint(100, 320)}/{r.randint(2, 9)}", f"{r.randint(0, 3)}-{r.randint(0, 3)} (pens {r.randint(3, 5)}-{r.randint(2, 4)})"),
    "fixture": lambda r: pick(r, f"GW{r.randint(1, 38)}", f"round {r.randint(1, 22)}", f"week {r.randint(1, 14)}", f"match {r.randint(100, 9999)}", f"U{r.choice((9, 10, 11, 12, 14, 16))} div {r.randint(1, 4)}"),
    "points": lambda r: pick(r, f"{r.randint(3, 90)} pts", f"GD +{r.randint(1, 40)}", f"P{r.randint(5, 30)} W{r.randint(1, 20)} D{r.randint(0, 9)} L{r.randint(0, 9)}", f"{r.randint(800, 2400)} elo"),
    "lot": lambda r: pick(r, f"lot {r.randint(1, 480)}", f"Lot #{r.randint(10, 9999)}", f"lot {r.randint(1, 90)}{r.choice('ABC')}"),
    "plotno": lambda r: pick(r, f"plot {_up(r, 1)}-{r.randint(1, 300)}", f"plot {r.randint(1, 120)}{r.choice('ab')}", f"section {r.randint(1, 30)}, row {r.randint(1, 20)}", f"grave {r.choice('ABCDEFG')}{r.randint(1, 40)}-{r.randint(1, 30)}"),
    "pitch": lambda r: pick(r, f"pitch {r.randint(1, 12)}", f"court {r.randint(1, 8)}", f"field {r.choice('ABCD')}{r.randint(1, 4)}", f"lane {r.randint(1, 8)}", f"rink {r.randint(1, 4)}"),
    "price": _price,
    "deposit": lambda r: pick(r, f"deposit {r.choice(('$', '£', '€'))}{r.randint(2, 30) * 50}", f"{r.randint(1, 6)} weeks' rent", f"DPS ref {_up(r, 1)}{digits(r, 8)}", f"TDS {nonzero_digits(r, 7)}"),
    "rent": lambda r: pick(r, f"{r.choice(('$', '£', '€'))}{r.randint(35, 260) * 10}/mo", f"£{r.randint(90, 350)} pw", f"{r.randint(400, 2600)} €/Monat", f"£{r.randint(20, 120)} bills on top"),
    "rsvp": lambda r: pick(r, f"RSVP-{_mix(r, 5)}", f"table {r.randint(1, 24)}", f"+{r.randint(1, 3)}", f"party of {r.randint(2, 12)}", f"code {_mix(r, 6)}"),
    "raffle": lambda r: pick(r, f"ticket {r.randint(1, 999):03d}", f"raffle #{r.randint(1000, 9999)}", f"pink {r.randint(100, 499)}-{r.randint(500, 999)}", f"strip {_up(r, 1)}{r.randint(10, 99)}"),
    "backer": lambda r: pick(r, f"backer #{r.randint(10, 99999)}", f"pledge {_mix(r, 8)}", f"tier {r.randint(1, 5)}", f"goal {r.randint(10, 95)}% funded", f"stretch goal {r.randint(2, 9)}"),
    "tier": lambda r: pick(r, r.choice(("Bronze", "Silver", "Gold", "Platinum", "Supporter", "Insider", "VIP")) + " tier", f"${r.choice((3, 5, 10, 25))}/month", f"commission slot {r.randint(1, 12)}", f"queue #{r.randint(1, 40)}"),
    "ride": lambda r: pick(r, f"RD-{_mix(r, 8)}", f"trip #{r.randint(10000, 999999)}", _mix(r, 10), f"R{nonzero_digits(r, 9)}"),
    "trip": lambda r: pick(r, f"{r.randint(1, 4)} seats left", f"{r.randint(12, 480)} km", f"detour {r.randint(2, 25)} min", f"ETA {r.randint(5, 55)} min"),
    "chip": lambda r: _not_luhn(r, 15, r.choice(("9", "98", "95", "94"))),
    "snowflake": lambda r: _not_luhn(r, r.choice((17, 18, 19)), r.choice(("1", "9", "8"))),
    "tag": lambda r: pick(r, f"#{r.randint(1000, 9999)}", f"lvl {r.randint(1, 120)}", f"rank {r.choice(('Gold', 'Diamond', 'Iron', 'Plat'))} {r.randint(1, 4)}", f"K/D {r.randint(0, 4)}.{r.randint(10, 99)}"),
    "invite": lambda r: pick(r, f"discord.gg/{_mix(r, 7).lower()}", _mix(r, 8), f"{_up(r, 4)}-{digits(r, 4)}", f"#{r.choice(('general', 'lfg', 'trading', 'memes', 'raids'))}-{r.randint(1, 9)}"),
    "build": lambda r: pick(r, f"v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"patch {r.randint(1, 14)}.{r.randint(1, 24)}", f"build {r.randint(1000, 99999)}", f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-beta.{r.randint(1, 6)}"),
    "sha": lambda r: pick(r, hex_digits(r, 7), hex_digits(r, 12), hex_digits(r, 32), hex_digits(r, 40)),
    "track": _phone_shaped,
    "lostref": lambda r: pick(r, f"LF-{r.randint(2025, 2026)}-{digits(r, 4)}", f"found item {nonzero_digits(r, 6)}", f"ref {_up(r, 2)}/{digits(r, 5)}", f"bag tag {_up(r, 2)}{digits(r, 6)}"),
    "session": lambda r: pick(r, f"{r.choice(('KS2', 'KS3', 'GCSE', 'A-level', 'SAT', 'IB', 'Grade 8', 'AP'))} {r.choice(('maths', 'physics', 'chemistry', 'english', 'biology', 'French'))}", f"{r.choice(('Grade 5', 'Grade 7', 'ABRSM grade 4', 'Trinity grade 6'))} piano"),
    "rate": lambda r: pick(r, f"${r.randint(15, 90)}/hr", f"£{r.randint(12, 60)} an hour", f"€{r.randint(15, 70)}/Std.", f"{r.randint(20, 60)} a night", f"${r.randint(25, 80)} per visit"),
    "funeral": lambda r: pick(r, f"aged {r.randint(61, 101)}", f"{r.randint(1925, 1960)}–2026", f"born {r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(1930, 1960)}"),
    "hymn": lambda r: pick(r, str(r.randint(1, 700)), f"{r.randint(1, 700)} ({r.choice(('A&M', 'NEH', 'HON', 'SoF'))})", f"no. {r.randint(1, 400)}"),
    "date": lambda r: pick(r, f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('Jan', 'Mar', 'May', 'Jun', 'Aug', 'Sept', 'Oct', 'Dec'))}", f"{r.randint(1, 12)}/{r.randint(1, 28)}", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/26", f"{r.choice(('Sat', 'Sun', 'Fri'))} {r.randint(1, 28)}"),
    "time": lambda r: pick(r, f"{r.randint(7, 11)}{r.choice(('am', ':30am', ':15'))}", f"{r.randint(1, 9)}{r.choice(('pm', ':30 pm', ':45pm'))}", f"{r.randint(8, 22):02d}:{r.choice(('00', '15', '30', '45'))}", "noon", "half six"),
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "isots": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{r.choice(('Z', '+02:00', f'.{r.randint(0, 999):03d}Z'))}",
    "ms": lambda r: str(r.randint(3, 2900)),
    "status": lambda r: r.choice(("200", "201", "204", "302", "400", "401", "403", "404", "409", "429", "500")),
    "port": lambda r: str(r.choice((443, 25565, 27015, 7777, 3478, 8443, 9000, r.randint(1025, 65000)))),
    "coords": lambda r: pick(r, f"{r.uniform(-35, 58):.5f}, {r.uniform(-118, 140):.5f}", f"{r.uniform(10, 55):.4f}°N {r.uniform(1, 120):.4f}°{r.choice('EW')}", f"pin {r.uniform(-30, 50):.6f},{r.uniform(-90, 120):.6f}"),
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "qty": lambda r: pick(r, str(r.randint(2, 12)), f"x{r.randint(2, 12)}", r.choice(("a dozen", "two dozen", "a few", "six", "three"))),
    "size": lambda r: pick(r, f"size {r.choice(('S', 'M', 'L', 'XL', '10', '12', '42', 'UK 9'))}", f"{r.randint(2, 60)}kg", f"{r.randint(30, 240)} cm", f"{r.randint(1, 6)}.{r.randint(0, 9)} kg"),
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "longnum": lambda r: _not_luhn(r, r.choice((13, 14, 16)), r.choice(("10", "30", "50", "80"))),
}  # fmt: skip
