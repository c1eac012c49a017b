"""Set 28's look-alike templates (no PII) and the number-like fillers of every template.

About two thirds of the look-alike templates are name-like (brands, firms, places, streets
without a house number, titles, eponyms, dishes, days, bands, user names, capitalised openers,
English-word given names as words); the rest are number-like (waybills shaped like phones,
versions shaped like IPv4, hashes, ids, checksum-failing cards and IBANs, unissued SSNs).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_set28_values import bad_card, bad_iban, bad_ssn, luhn_digit


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def waybill(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}",
            f"0{_d(rng, 4)} {_d(rng, 6)}",
            f"{_d(rng, 4)} {_d(rng, 3)} {_d(rng, 4)}",
            f"1Z{_hex(rng, 6).upper()}{_d(rng, 10)}",
            f"JD0146{_d(rng, 12)}",
            f"RR{_d(rng, 9)}GB",
        ]
    )


def tracking(rng: random.Random) -> str:
    return rng.choice(
        [f"1Z{_hex(rng, 6).upper()}{_d(rng, 10)}", f"CX{_d(rng, 9)}DE", f"{_d(rng, 12)}"]
    )


def isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{(10 - total % 10) % 10}"


def epoch(rng: random.Random) -> str:
    seconds = str(rng.randint(1_700_000_000, 1_800_000_000))
    return seconds if rng.random() < 0.5 else seconds + _d(rng, 3)


def uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def imei(rng: random.Random) -> str:
    body = "35" + _d(rng, 12)
    return body + luhn_digit(body)


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "waybill": waybill,
    "tracking": tracking,
    "order": lambda rng: rng.choice(
        [f"#{_d(rng, 8)}", f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}", f"SO-{_d(rng, 6)}"]
    ),
    "invoice": lambda rng: rng.choice(
        [f"INV-2026-{_d(rng, 5)}", f"F{_d(rng, 7)}", f"2026/{_d(rng, 4)}"]
    ),
    "ticket": lambda rng: rng.choice([f"TCK-{_d(rng, 6)}", f"#{_d(rng, 5)}", f"INC{_d(rng, 7)}"]),
    "ver4": lambda rng: (
        f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 300)}"
    ),
    "kernel": lambda rng: rng.choice(
        [
            f"4.18.0-{rng.randint(80, 553)}.el8.x86_64",
            f"5.15.0-{rng.randint(40, 120)}-generic",
            f"6.{rng.randint(1, 9)}.{rng.randint(0, 30)}-arch1-1",
        ]
    ),
    "winbuild": lambda rng: (
        f"10.0.{rng.choice([19045, 22621, 22631, 26100])}.{rng.randint(100, 5000)}"
    ),
    "ts": lambda rng: (
        f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        f"T{rng.randint(10, 23)}:{_d(rng, 1)}{_d(rng, 1)}:0{_d(rng, 1)}Z"
    ),
    "epoch": epoch,
    "sha": lambda rng: _hex(rng, rng.choice([7, 12, 40])),
    "uuid": uuid,
    "coord": lambda rng: f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-170, 170):.5f}",
    "mac": lambda rng: ":".join(_hex(rng, 2) for _ in range(6)),
    "oid": lambda rng: (
        f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}"
    ),
    "isbn": isbn,
    "imei": imei,
    "sku": lambda rng: (
        f"{rng.choice(['SKU', 'PN', 'MOD'])}-{_d(rng, 4)}-{rng.choice('ABCDXKQ')}{_d(rng, 2)}"
    ),
    "amount": lambda rng: rng.choice(
        [
            f"${rng.randint(5, 2400)}.{_d(rng, 2)}",
            f"€{rng.randint(5, 900)},{_d(rng, 2)}",
            f"£{rng.randint(3, 400)}",
        ]
    ),
    "date": lambda rng: rng.choice(
        [
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"March {rng.randint(1, 28)}",
        ]
    ),
    "zip": lambda rng: f"{rng.randint(10000, 99950)}",
    "port": lambda rng: str(rng.randint(1025, 65000)),
    "badcard": bad_card,
    "badssn": bad_ssn,
    "badiban": bad_iban,
}

LOOKALIKES: dict[str, list[str]] = {
    "chat": [
        "omg the ${brand_lc} sale is on, 40% off 😍",
        "${opener} 👍 see u at 7",
        "we're driving to ${place_lc} this weekend, anyone need a lift?",
        "traffic on ${street_nn_lc} is insane rn",
        "just finished ${title_lc} and i'm crying",
        "making ${dish_lc} tonight, who's in",
        "tracking says ${waybill} out for delivery lol finally",
        "is ${ver4} the latest firmware or nah",
        "${band} are playing ${place} in june!!! tix??",
        "lol same as ${user} said in the group",
        "we did ${eponym} in class today and i understood nothing 😭",
        "my order ${order} still hasn't shipped wtf",
        "${wordname} is the best thing ever, fight me",
        "interview at ${firm_lc} tmrw, wish me luck",
        "code for the side gate is ${zip}, don't lose it",
        "r u going to ${day} this year? 🎉",
        "that card number ${badcard} didn't work, must be a typo",
        "new ${brand} drop at 10am sharp ⏰",
    ],
    "ticket": [
        "> Is the ${brand} warranty still valid?\nYes, until ${date}. Closing.",
        "${opener} — closing as resolved.",
        "Parcel ${waybill} is stuck at the ${place} depot since Monday.",
        "Invoice ${invoice} was issued twice; please void one.",
        "After upgrading to ${ver4} the printer drops off the network.",
        "Kernel ${kernel} panics on boot; rolling back.",
        "Requester is asking about the ${day} opening hours.",
        "Order ${order}: item swapped for ${brand} without asking.",
        "Vendor ${firm} sent the wrong part (${sku}).",
        "Customer typed ${badssn} into the SSN field; the form rejected it as never issued.",
        "Duplicate of ${ticket}. Linking and closing.",
        "Caller wanted directions to our ${street_nn} branch.",
        "The IBAN ${badiban} fails validation; asked the client for the right one.",
        "Reporter cites ${eponym} in the bug title (?), relabelled as docs.",
        "Account ${user} locked after 5 failed attempts; reset link sent.",
        "Screenshot shows build ${winbuild}; not supported any more.",
        "Menu item '${dish}' shows the wrong allergens in the app.",
        "<p>Copy of <i>${title}</i> arrived with a torn cover; replacement sent.</p>",
    ],
    "search": [
        "${brand_lc} outlet",
        "${place} weather",
        "${title} ending explained",
        "${dish_lc} recipe",
        "${eponym} explained",
        "${band_lc} tour 2026",
        "${firm} careers",
        "track ${waybill}",
        "${street_nn} parking",
        "${day} 2026 date",
        "firmware ${ver4} release notes",
        "isbn ${isbn}",
        "${wordname}",
        "${mac} vendor lookup",
        "error ${uuid}",
        "${zip} zip code",
        "${opener_lc} meaning",
        "${coord} on map",
    ],
    "review": [
        "My ${brand} fell apart after two weeks. Disappointed.",
        "${opener}. The staff were fine, the room less so.",
        "Lovely hotel in ${place}, five minutes from the beach.",
        "Read ${title} in one sitting. Gorgeous book.",
        "The ${dish} was cold and the portion tiny.",
        "Great little café on ${street_nn}, go early.",
        "Ordered on ${date}, arrived a month later (order ${order}).",
        "**${band}** were incredible live, best gig of the year.",
        "${firm} fixed our boiler fast and the price (${amount}) was fair.",
        "Took my kids to ${day} — overcrowded but fun.",
        "Great chapter on ${eponym}, short and clear. 4/5",
        "Battery died after update ${ver4}. One star.",
        "${wordname}: love it, would buy again.",
        "Seller ${user} shipped fast, item as described.",
        "Charged ${amount} twice, reference ${invoice}, still waiting.",
        "Model ${sku} is noisy, returned it.",
        "Package ${tracking} arrived crushed.",
        "Parked on ${street_nn} for free, ten minutes' walk to ${place}.",
    ],
    "log": [
        "INFO updater: upgraded agent ${ver4} -> ${ver4}",
        "kernel: Linux version ${kernel} booted in 4.2s",
        "sync ok commit=${sha} branch=main pusher=${user}",
        "shipment.status tracking=${waybill} carrier=dhl state=in_transit",
        "request_id=${uuid} path=/v1/orders/${order} status=404",
        "snmp get ${oid} = INTEGER: 42",
        "arp: ${mac} moved from port 4 to port 9",
        "ts=${epoch} event=cache_flush keys=128",
        'geo lookup lat_lng="${coord}" region="${place}"',
        "validation_error field=iban value=${badiban} reason=checksum",
        'job=nightly-report team="${firm}" duration=312s',
        'calendar: holiday="${day}" offices_closed=true',
        'catalog.import title="${title}" isbn=${isbn}',
        'menu.publish item="${dish}" price=${amount}',
        'route.cache street="${street_nn}" tiles=12',
        'chat.bot reply="${opener}" intent=ack',
        'promo.sent campaign="${brand}" recipients=5120',
        'booking ref=${ticket} venue="${place}" act="${band}"',
    ],
    "json": [
        '{"product": "${brand}", "sku": "${sku}", "price": "${amount}"}',
        '{"vendor":"${firm}","invoice":"${invoice}"}',
        '{"city": "${place}", "zip": "${zip}"}',
        '{"book":{"title":"${title}","isbn":"${isbn}"}}',
        '{"dish": "${dish}", "vegetarian": false}',
        '{"event":"${day}","date":"${date}"}',
        '{"artist": "${band}", "tour": 2026}',
        '{"handle":"${user}","followers":1204}',
        '{"glossary_term": "${eponym}", "chapter": 7}',
        '{"closure":{"road":"${street_nn}","until":"${date}"}}',
        '{"reply": "${opener}", "read": true}',
        '{"firmware":"${ver4}","os_build":"${winbuild}"}',
        '{"tracking": "${waybill}", "carrier": "ups"}',
        '{"id":"${uuid}","sha":"${sha}"}',
        '{"card": "${badcard}", "valid": false}',
        '{"ssn_check":{"input":"${badssn}","issued":false}}',
        '{"favourite": "${wordname}"}',
        '{"location":{"coords":"${coord}","label":"${place}"}}',
    ],
    "multiline": [
        "Order summary\nItem: ${brand}\nQty: 1\nTotal: ${amount}",
        "Hi all,\n\n${opener}. The ${day} rota is up.\n\nThanks",
        "Reading list\n- ${title}\n- ${title}\n- ${title}",
        "| item | price |\n|---|---|\n| ${dish} | ${amount} |\n| ${dish} | ${amount} |",
        "Tracking: ${waybill}\nCarrier: DHL\nStatus: delivered",
        "Release ${ver4}\n- fixes crash on ${kernel}\n- build ${sha}",
        "INVOICE ${invoice}\nSupplier: ${firm}\nAmount due: ${amount}\nDue: ${date}",
        (
            "Directions:\nTake ${street_nn} north, then left onto ${street_nn}.\n"
            "Parking behind ${firm}."
        ),
        "Lineup\n20:00 ${band}\n21:30 ${band}",
        "Trip notes\nDay 1: ${place}\nDay 2: ${place}\nDay 3: home",
        "sku,qty,price\n${sku},2,${amount}\n${sku},1,${amount}",
        "Lecture 7\n\nToday: ${eponym}\nReading: chapter 4, pages 80-95.",
        "Notes from the weekend:\n- ${wordname}\n- rain on Sunday\n- home by 6",
        "Device inventory\nMAC: ${mac}\nUUID: ${uuid}\nFW: ${ver4}",
        "Card rejected\nNumber entered: ${badcard}\nReason: checksum",
        "Followers this week:\n${user}\n${user}\n${user}",
        "Payment failed\nIBAN: ${badiban}\nReason: invalid check digits",
        "Store hours\nMon-Fri 9-18\nClosed for ${day}\n${brand} counter on floor 2",
    ],
}
