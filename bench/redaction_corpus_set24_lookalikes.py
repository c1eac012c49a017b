"""Set 24's look-alike templates (twenty per register) and the fillers of every template.

About three in five look-alike templates are name-like (brands, firms, places, streets without a
house number, titles of works, songs, eponyms, dishes, holidays, user names, capitalised words
at the start of a sentence, English-word given names used as words); the others are number-like
(phone-shaped waybills, order and invoice ids, IP-shaped versions, kernels, builds, timestamps,
hashes, UUIDs, coordinates, MACs, OIDs, ISBNs, SKUs, amounts, dates, ZIP codes, Luhn-failing
cards, never-issued SSNs, IBANs with a wrong check). No look-alike template has a gold slot.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench import redaction_corpus_set24_pools as pools
from bench import redaction_corpus_set24_values as v

CITIES = (
    "Leeds",
    "Tampere",
    "Valladolid",
    "Graz",
    "Halifax",
    "Cork",
    "Lille",
    "Bergen",
    "Mysuru",
    "Cuenca",
    "Nantes",
    "Dundee",
)


def _pick(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


def _lower(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool).lower()


def _clf(rng: random.Random) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return (
        f"{rng.randint(1, 28):02d}/{rng.choice(months)}/2026:{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    )


def _bic(rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bank = "".join(rng.choice(letters) for _ in range(4))
    return (
        bank
        + rng.choice(("DE", "FR", "ES", "NL", "BE", "AT"))
        + rng.choice(("FF", "2X", "MM", "PP"))
    )


FILLERS: dict[str, Callable[[random.Random], str]] = {
    # plain fillers (also used by the PII templates)
    "n": lambda r: str(r.randint(2, 4800)),
    "n4": lambda r: v.digits(r, 4),
    "small": lambda r: str(r.randint(2, 45)),
    "price": lambda r: (
        r.choice(("€", "$", "£")) + f"{r.randint(6, 38)}.{r.choice(('00', '50', '90'))}"
    ),
    "date": v.date,
    "amt": v.amount,
    "amtnum": lambda r: f"{r.randint(5, 900)}.{r.choice(('00', '50', '99', '95'))}",
    "city": _pick(CITIES),
    "cityl": _lower(CITIES),
    "iso": v.iso,
    "clf": _clf,
    "pid": lambda r: str(r.randint(300, 65000)),
    "port": lambda r: str(r.randint(1025, 65000)),
    "tkt": lambda r: f"INC{v.nz(r, 7)}",
    "zip": v.zip_code,
    "inv": v.invoice,
    "exp": lambda r: f"{r.randint(1, 12):02d}/{r.randint(27, 32)}",
    "room": lambda r: r.choice(("B2.14", "Room 3", "Oak room", "4F-North", "Lab 7", "G.08")),
    "bic": _bic,
    "time": lambda r: f"{r.randint(6, 11)}{r.choice((':15', ':30', '', ':45'))}",
    "year": lambda r: str(r.randint(2019, 2027)),
    "stars": lambda r: str(r.randint(1, 5)),
    "size": lambda r: r.choice(("S", "M", "L", "XL", "38", "42", "10", "UK 8")),
    "dur": lambda r: f"{r.randint(1, 59)}m{r.randint(0, 59)}s",
    "hub": lambda r: r.choice(("LEJ", "CDG-3", "EMA", "MAD2", "HUB-NL-07")),
    "carrier": lambda r: r.choice(("UPS", "DHL Express", "PostNL", "Royal Mail", "GLS")),
    "promo": lambda r: r.choice(("SPRING", "WELCOME", "FLASH", "VIP")) + str(r.randint(10, 60)),
    "vat": lambda r: r.choice(("DE", "FR", "NL", "IE")) + v.digits(r, 9),
    "icd": lambda r: f"{r.choice('GMQKL')}{r.randint(10, 99)}.{r.randint(0, 9)}",
    "season": lambda r: r.choice(("Spring", "Autumn", "Holiday", "Resort")),
    "ua": lambda r: r.choice(("Mozilla/5.0", "curl/8.5.0", "okhttp/4.12.0")),
    "lat": lambda r: f"{r.uniform(-60, 70):.5f}",
    "lon": lambda r: f"{r.uniform(-170, 170):.5f}",
    "team": lambda r: r.choice(("falcon", "atlas", "harbor", "tundra")),
    "pallet": lambda r: f"PLT-{v.nz(r, 6)}",
    # number-like look-alikes
    "ordid": v.order_id,
    "waybill": v.waybill,
    "ver": v.version,
    "ver4": v.version4,
    "kernel": v.kernel,
    "build": v.build,
    "epoch": v.epoch,
    "sha": v.sha,
    "uuid": v.uuid,
    "coord": v.coord,
    "mac": v.mac,
    "oid": v.oid,
    "isbn": v.isbn13,
    "sku": v.sku,
    "model": v.model,
    "serial": v.serial,
    "otp": v.otp,
    "badcard": v.bad_card,
    "badssn": v.bad_ssn,
    "badiban": v.bad_iban,
    # name-like look-alikes
    "brand": _pick(pools.BRANDS),
    "brandl": _lower(pools.BRANDS),
    "item": _pick(pools.ITEMS),
    "firm": _pick(pools.FIRMS),
    "place": _pick(pools.PLACES),
    "placel": _lower(pools.PLACES),
    "streetbare": _pick(pools.STREETS_BARE),
    "streetbarel": _lower(pools.STREETS_BARE),
    "work": _pick(pools.WORKS),
    "song": _pick(pools.SONGS),
    "band": _pick(pools.BANDS),
    "eponym": _pick(pools.EPONYMS),
    "dish": _pick(pools.DISHES),
    "dishl": _lower(pools.DISHES),
    "holiday": _pick(pools.HOLIDAYS),
    "holidayl": _lower(pools.HOLIDAYS),
    "user": _pick(pools.USERNAMES),
    "product": _pick(pools.PRODUCTS),
    "color": _pick(pools.COLOR_WORDS),
    "wphrase": _pick(pools.WORD_PHRASES),
    "slug": lambda r: (
        f"{r.choice(pools.BRANDS).lower().replace(' ', '-')}-"
        f"{r.choice(pools.ITEMS).replace(' ', '-').replace(chr(39), '')}"
    ),
}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "chat": (
        "will do, see u at «placel» later",
        "grabbing «dishl» from that new spot on «streetbarel», want some?",
        "tracking still says «waybill» is out for delivery 😤 since «date»",
        "anyone seen «work» yet? no spoilers pls",
        "went with the «color» «item» in the end, thoughts?",
        "do u still have those «brandl» vouchers? mine expire «date»",
        "pls stop replying to «user», pretty sure it's a bot",
        "order «ordid» says delivered?? im literally at home",
        "ngl «eponym» is the only thing i remember from uni",
        "Honestly. Best. Weekend. «place» was unreal",
        "no chance i make it by «time», trains are a mess",
        "the code is «otp» btw, expires in 10",
        "«firm» finally replied about the job!!",
        "lmk if «ver4» fixes it, still crashing on mine",
        "meet at the «holidayl» market? «time» ok?",
        "first aid kit's in the boot, leaving at «time»",
        "paid «amt» for «brand» sneakers smh",
        "claim ref is «badssn», they said 5-7 days",
        "anyone going to «placel» for «holidayl»?",
        "summer plans?? thinking «place» or just the lake",
    ),
    "ticket": (
        "Customer asked about the «brand» «item» warranty; serial «serial». Replacement approved.",
        "Tracking number «waybill» shows 'in transit' since «date». Claim opened with «carrier».",
        "Grace period for invoice «inv» extended by 14 days per finance.",
        "Will do — closing this once build «build» is deployed.",
        "User reports the «product» app crashes on launch after upgrading to «ver».",
        "Refund for order «ordid» processed; «amt» back to the original payment method.",
        "Firmware «ver4» rolled back on all units in the «place» warehouse.",
        "Account «uuid» locked after 5 failed attempts; nothing else in the logs.",
        "Please route to the «firm» account manager (enterprise tier).",
        "Customer disputes a charge; card on file is masked ****«n4», no full number given.",
        "Marked as duplicate of «tkt»; both reports cite «eponym» in the repro steps.",
        "Reopened: the «holiday» promo code «promo» is rejected at checkout.",
        "Bank returned the transfer: IBAN «badiban» fails validation.",
        "Pending. Waiting on «firm» legal to approve the data request.",
        "Shipment to the «streetbare» store delayed; «pallet» stuck at customs.",
        "SSN field had «badssn», which cannot be a valid number. Asked the customer to re-check.",
        "Chance of recurrence is low; patch «sha» merged.",
        "Customer wants the «work» box set delivered before «holiday».",
        "Daisy-chained monitors flicker on dock model «model»; escalated to hardware.",
        "Device last seen at «coord»; customer confirms that's the «place» office.",
    ),
    "search": (
        "«work» ending explained",
        "«brand» outlet near me",
        "track «waybill»",
        "«eponym» explained simply",
        "«place» weather tomorrow",
        "«dish» recipe",
        "«streetbare» shops",
        "«ver4» release notes",
        "isbn «isbn»",
        "«kernel» known issues",
        "«holiday» «year» date",
        "«firm» careers",
        "mac address «mac» vendor",
        "«user» twitch",
        "best «wphrase»",
        "git show «sha»",
        "«coord» what is here",
        "«song» by «band» lyrics",
        "zip code «zip» which city",
        "«product» vs «product» review",
    ),
    "review": (
        "Bought the «brand» «item» on sale and it fell apart in a week.",
        "Honestly? Overpriced. The «dish» was cold.",
        "Arrived in 3 days, tracking «waybill» updated every few hours. Impressed.",
        "If you liked «work», this sequel is even better.",
        "Five stars. Stayed near «streetbare», loud at night but worth it.",
        "Version «ver» finally fixed the sync bug. Took them long enough.",
        "The «firm» team were professional from quote to install.",
        "Grace period on returns is only «small» days here, keep that in mind.",
        "Paid «amt» for a «product» knockoff. Lesson learned.",
        "Sunny room, clean sheets, kind staff at the «place» hostel.",
        "Model «model» overheats after «small» minutes of gaming.",
        "Got the «product» for «holiday» and the kids haven't put it down since.",
        "Reading «work» for the third time and I still cry at the end.",
        "Great app, but it listed order «ordid» twice and charged once. Fine.",
        "Ruby red is exactly as pictured; size «size» fits true, came in «small» days.",
        "The «dish» at the «brand» bistro is worth the queue.",
        "Serial «serial» replaced under warranty, no questions asked.",
        "Recommended by «user» on the forum and they were right.",
        "Coral reef safe, no white cast even after «small» minutes in the sea. «stars»/5",
        "Ten-minute walk from «place» station, quiet street.",
    ),
    "log": (
        "deploy version=«ver4» commit=«sha» env=prod status=ok",
        "shipment.scanned waybill=«waybill» hub=«hub» ts=«iso»",
        'validation error field=card value="«badcard»" rule=luhn',
        "GET /products/«slug» 200 «n»ms ua=«ua»",
        "job=nightly-report owner=team-«team» duration=«dur» rows=«n»",
        "kernel: Linux version «kernel» #1 SMP PREEMPT_DYNAMIC",
        'search.query q="«work»" results=«n»',
        'recipe.view title="«dish»" views=«n»',
        'geo.lookup coords="«coord»" label="«place»"',
        "snmp get oid=«oid» value=«n»",
        'store.sync location="«streetbare»" sku=«sku» qty=«n»',
        "user.login username=«user» result=ok mfa=totp",
        "fraud.check iban=«badiban» result=checksum_invalid",
        'calendar.event name="«holiday»" date=«date» all_day=true',
        'crm.account name="«firm»" tier=enterprise seats=«n»',
        "Will retry in «n»s (attempt 3/5)",
        "ssn_check value=«badssn» valid=false reason=not_issued",
        'media.play track="«song»" artist="«band»"',
        'catalog.import brand="«brand»" items=«n» errors=0',
        'theme.set palette="«color»" user_id=«n»',
    ),
    "json": (
        '{"product": "«brand» «item»", "sku": "«sku»", "price": «amtnum»}',
        '{"tracking": "«waybill»", "carrier": "«carrier»"}',
        '{"version": "«ver4»", "build": "«build»"}',
        '{"title": "«work»", "isbn": "«isbn»"}',
        '{"store": "«streetbare»", "opens": "«time»"}',
        '{"dish": "«dish»", "allergens": ["milk", "egg"], "price": «amtnum»}',
        '{"location": {"lat": «lat», "lon": «lon»}, "label": "«place»"}',
        '{"username": "«user»", "followers": «n»}',
        '{"holiday": "«holiday»", "date": "«date»"}',
        '{"company": "«firm»", "vat": "«vat»"}',
        '{"mac": "«mac»", "firmware": "«ver»"}',
        '{"id": "«uuid»", "created": «epoch»}',
        '{"topic": "«eponym»", "chapter": «small», "icd10_ref": "«icd»"}',
        '{"iban": "«badiban»", "valid": false}',
        '{"color": "«color»", "stock": «n»}',
        '{"message": "Will ship after the «holiday» break", "eta_days": «small»}',
        '{"song": "«song»", "plays": «n»}',
        '{"card_number": "«badcard»", "error": "checksum"}',
        '<div data-brand="«brand»" data-collection="«season» «year»"></div>',
        '{"oid": "«oid»", "name": "ifInOctets"}',
    ),
    "multiline": (
        "Release notes «ver»\n- Fixed a crash when opening «work» PDFs\n- New «firm» logo",
        "Menu\n- «dish» .... «price»\n- «dish» .... «price»\n- Soup of the day",
        "Packing slip\nOrder: «ordid»\nTracking: «waybill»\nItems: 2",
        "Reading list:\n1. «work»\n2. «work»\n3. «work»",
        "Hi team,\n\nGrace period for the «holiday» campaign ends on «date».\n\nThanks",
        "sku,name,qty\n«sku»,«brand» «item»,«n»\n«sku»,«brand» «item»,«n»",
        "Directions:\nTake the «streetbare» exit, then follow signs to «place».\nParking is free"
        " after 6pm.",
        "Build log\n«iso» start\n«iso» compiled «n» files\n«iso» done (commit «sha»)",
        "Device info\nModel: «model»\nMAC: «mac»\nFirmware: «ver4»",
        "Playlist\n«song»\n«song»\n«song»",
        "Meeting point:\n«coord»\n(next to the «brand» shop)",
        "Will do — I'll update the «product» listing before «time».\n\nSent from my phone",
        "Invoice «inv»\nAmount due: «amt»\nDue date: «date»",
        "Syllabus, week «small»\n- «eponym»\n- «eponym»\n- problem set",
        "Payment failed\nIBAN: «badiban»\nReason: invalid check digits",
        "Sunny again today!\nHigh of «small»°, light wind.\nPerfect for «place».",
        "Moderators this week:\n- «user»\n- «user»",
        "Address changed?\nUpdate it in the app under Settings > Profile.\nRef: «uuid»",
        "Gift ideas\n* «brand» «item»\n* «product»\n* tickets for «work»",
        "Opening hours\n«holiday»: closed\n«holiday»: 10am-2pm",
    ),
}

_NAME_WORDS = (
    frozenset(
        w.lower()
        for name in pools.all_given() + pools.all_surnames()
        for w in re.findall(r"[^\W\d_]+", name)
    )
    - pools.PARTICLES
)
_CARD_RUN = re.compile(r"(?<![\d.])[2-6]\d{12,18}(?![\d.])")
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def is_clean(text: str) -> bool:
    """A look-alike holds no e-mail and no name word of the person pools (asserted: those would
    be template or pool mistakes), and no mod-97-valid IBAN nor Luhn-valid card-prefixed 13-19
    digit run once separators are removed (False: random digits can fall on one; draw again)."""
    assert "@" not in text, text
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    assert not words & _NAME_WORDS, (text, words & _NAME_WORDS)
    if any(v.mod97_ok(iban) for iban in _IBAN_SHAPE.findall(text)):
        return False
    runs = _CARD_RUN.findall(re.sub(r"(?<=\d)[ -](?=\d)", "", text))
    return not any(v.luhn_ok(run) for run in runs)
