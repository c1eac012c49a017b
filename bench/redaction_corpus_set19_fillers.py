"""Set 19's look-alike fillers: numbers shaped like PII and names that are not persons.

Every name-like entry was checked, while the lists were written, not to occur in the text of
``set13.jsonl`` to ``set18.jsonl`` (entries found there were struck out). The generator asserts
that no entry holds a word of the person pools.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_set19_values import card_number, group, iban_check, luhn_digit


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split("|"))


BRANDS = _split(
    "Joe Browns|Karen Millen|Jamie Oliver|Mary Berry|Dave & Buster's|"
    "Chuck E. Cheese|Hamilton Beach|Herman Miller|Kurt Geiger|Martha Stewart|"
    "Tony Lama|Russell & Bromley|Louisville Slugger|Baby Ruth|Oh Henry!|Kiehl's|Burt's Bees|"
    "Tom's of Maine|Amy's Kitchen|Hellmann's|Ghirardelli|Colman's|Sharwood's|Patak's|"
    "Alfred Sung|Charles & Keith|Mrs Crimble's|Warburtons|Tunnock's|McVitie's|Ginsters|"
    "Fray Bentos|Pepperidge Farm|Stouffer's|Smucker's|Welch's|Entenmann's|Pimm's|Hendrick's|"
    "Evan Williams|Maker's Mark|Elijah Craig|Old Forester|Jameson|Jean Patou|Jacques Vert|"
    "Paula's Choice|Mario Badescu|Sophia Webster|Jimmy John's|Culver's|Bob's Red Mill|"
    "Aunt Millie's|Mrs. Butterworth's|Sir Kensington's|Stubb's"
)
FIRMS = _split(
    "Linklaters|Saatchi & Saatchi|Bonhams|Waitrose|Dillard's|Kohl's|Jenny Craig|H&R Block|"
    "Charles River Labs|Johnson Controls|Perkin Elmer|Stanley Black & Decker|"
    "Fannie Mae|Freddie Mac|Sallie Mae|Lloyds Bank|Barclays|Coutts|Schroders|"
    "Hargreaves Lansdown|Holland & Barrett|Wilko|Dunelm|Halfords|Timpson|Specsavers|Currys|"
    "Jacobs Engineering|Barilla|Benetton|Lavazza|Peroni"
)
PLACES = _split(
    "Beatrice, Nebraska|Lucerne|Tyler, Texas|Winston-Salem|Hamilton, Ontario|Lake Victoria|"
    "Louisiana|Franklin|Clinton|Quincy|Nelson|Napier|Hastings|Darlington|Newton Abbot|"
    "São José dos Campos|Santa Catarina|San Luis Potosí|Ciudad Juárez|Villa María|Mariehamn|"
    "Ludwigsburg|St. Vincent|Saint-Malo|San Gimignano|Jefferson City|Baton Rouge|"
    "Charlotte Amalie|Princeton|Elizabeth Bay|Port Arthur|Mount Pleasant|Lake Elsinore|"
    "Fort William Henry|Bad Ischl|Vila Madalena|Isla Mujeres|Puerto Vallarta|Cape Elizabeth|"
    "Saint Paul|St. Louis Park|Mount Hagen"
)
HOLIDAYS = _split(
    "Simcoe Day|Louis Riel Day|Bloomsday|Walpurgisnacht|Sinterklaas|Saint-Jean-Baptiste Day|"
    "Benito Juárez Day|Bonifacio Day|Rizal Day|Tiradentes Day|Emancipation Day|"
    "Festa di San Gennaro|Guru Nanak Jayanti|Gandhi Jayanti|Ambedkar Jayanti|Kamehameha Day|"
    "Casimir Pulaski Day|Harvey Milk Day|César Chávez Day|Seward's Day|Mandela Day|"
    "Marcus Garvey Day|Ninoy Aquino Day|Sant Jordi|Fiesta de San Fermín|San Isidro|"
    "Festa de São João|Festa de Santo António|Andrew Jackson Day|Susan B. Anthony Day"
)
# titles only: a title that is a bare character name ("Albert Herring") was left out
WORKS = _split(
    "Runaround Sue|Mother Courage|Moneyball|Lawrence of Arabia|Dr. Strangelove|Ginger & Rosa|"
    "The Talented Mr. Ripley|Citizen Kane|Annie Get Your Gun|Hello, Dolly!|Phantom Thread|"
    "Jojo Rabbit|Rip Van Winkle|Hansel and Gretel|Peter and the Wolf|Lucia di Lammermoor"
)
DISHES = _split(
    "Pink Lady apples|Cherries Jubilee|Bombe Alaska|Mozart cake|Prinzregententorte|"
    "Gibson martini|Ramos gin fizz|Caesar cocktail|Green Goddess dressing|Melba toast|"
    "Shrimp Louie|Kaiser roll|Graham crackers|Bakewell pudding|Chelsea buns|"
    "Tournedos Henri IV|Crêpe Georgette|Sole Meunière|Oeufs Florentine|Beef Rossini|"
    "Spaghetti Nerano|Gundel pancakes|Rigó Jancsi|Pastel de Belém|Brigadeiro|"
    "Pollo a la Nelson|Omelette Arnold Bennett|Chicken Maryland|Veal Marsala|Pork Wellington"
)
STREETS_NO_NUMBER = _split(
    "Madison Avenue|Harley Street|Brick Lane|Paseo de la Reforma|Avenida Insurgentes|Ku'damm|"
    "Calle Florida|Newbury Street|Coronation Street|Electric Avenue|Leidsestraat|Zeil|"
    "Schildergasse|Mönckebergstraße|Avenue Louise|Rue Neuve|Via Toledo|Corso Buenos Aires|"
    "Passeig de Gràcia|Rua Garrett|Avenida Atlântica|Calle Madero|Karlova|Váci utca|Ermou|"
    "Chandni Chowk|Commercial Street|Des Voeux Road|Queen's Road Central|Jalan Alor|"
    "Myeongdong|Insadong|Garosu-gil|Sukhumvit|Ayala Avenue|Melrose Avenue|"
    "Abbot Kinney Boulevard|Magazine Street|King Street West"
)
USER_WORDS = _split(
    "quiet|copper|sleepy|tidal|velvet|rusty|lunar|mossy|hollow|brisk|amber|frosty|"
    "salty|cobalt|dusky|pixel|gravel|thistle|marble|cinder"
)
USER_NOUNS = _split(
    "otter|kettle|heron|moth|lantern|badger|anchor|walrus|comet|pebble|falcon|teapot|"
    "beetle|parsnip|harbour|mitten|cactus|quokka|noodle|acorn"
)


def _fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '%' a digit 2-9, '&' a digit 0-5, '^' a capital letter, '~' a hex digit,
    '=' a capital hex digit; anything else as is."""
    classes = {
        "#": "0123456789", "%": "23456789", "&": "012345", "^": "ABCDEFGHJKLMNPRSTUVWXYZ",
        "~": "0123456789abcdef", "=": "0123456789ABCDEF",
    }  # fmt: skip
    return "".join(rng.choice(classes[c]) if c in classes else c for c in pattern)


def _choice_fill(*patterns: str) -> Callable[[random.Random], str]:
    return lambda rng: _fill(rng, rng.choice(patterns))


def _bad_card(rng: random.Random) -> str:
    digits, groups = card_number(rng)
    wrong = str((int(digits[-1]) + rng.randrange(1, 10)) % 10)
    return group(digits[:-1] + wrong, groups, rng.choice((" ", "-", "")))


def _bad_ssn(rng: random.Random) -> str:
    area = rng.choice(("000", "666", f"9{rng.randrange(100):02d}", f"{rng.randrange(1, 666):03d}"))
    group_, serial = f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"
    if area[0] not in "069":
        group_, serial = rng.choice((("00", serial), (group_, "0000")))
    return rng.choice(("-", " ")).join((area, group_, serial))


def _bad_iban(rng: random.Random) -> str:
    country, bban = rng.choice((
        ("DE", _fill(rng, "#" * 18)), ("FR", _fill(rng, "#" * 23)),
        ("NL", "ABNA" + _fill(rng, "#" * 10)), ("ES", _fill(rng, "#" * 20)),
        ("GB", "BARC" + _fill(rng, "#" * 14)), ("IT", _fill(rng, "^" + "#" * 22)),
    ))  # fmt: skip
    good = int(iban_check(country, bban))
    check = f"{(good + rng.randrange(1, 96)) % 97 + 2:02d}"
    while check == f"{good:02d}":
        check = f"{(int(check) + 1) % 97 + 2:02d}"
    iban = country + check + bban
    if rng.random() < 0.5:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _isbn(rng: random.Random) -> str:
    body = "978" + _fill(rng, "#########")
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    digits = body + str((10 - total % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def _imei(rng: random.Random) -> str:
    body = "35" + _fill(rng, "############")
    return body + luhn_digit(body)


def _username(rng: random.Random) -> str:
    word, noun = rng.choice(USER_WORDS), rng.choice(USER_NOUNS)
    return rng.choice((f"{word}{noun}", f"{word}_{noun}", f"{word}{noun}{rng.randrange(2, 99)}"))


FILLERS: dict[str, Callable[[random.Random], str]] = {
    # numbers in context
    "order": _choice_fill("1##-#######-#######", "ORD-2026-#####", "#W########", "SO-00#####"),
    "waybill": _choice_fill("%##-%##-####", "(0##) #### ####", "0### ### ####", "0#-####-####"),
    "tracking": _choice_fill(
        "1Z^^####03########", "JD01460000######", "^^#########GB", "9400 1### #### #### #### ##"
    ),
    "invoice": _choice_fill("INV-2026-00####", "2026/####", "F-####-##"),
    "ticket": _choice_fill("CS00#####", "INC0######", "#######"),
    "ipver": _choice_fill("10.#.#.###", "4.#.##.#", "2.##.#.##", "1#.#.#.1##"),
    "kernel": _choice_fill("4.18.0-###.el8.x86_64", "5.15.0-##-generic", "6.1.0-##-amd64"),
    "build": _choice_fill("22631.####", "r####", "v#.##.#-rc#", "#.##.###"),
    "clf": _choice_fill("1#/Mar/2026:0#:&#:&# +0000", "2#/Feb/2026:1#:&#:&# +0100"),
    "timestamp": _choice_fill("2026-0%-1#T0#:&#:&#Z", "2025-11-2# 1#:&#:&#", "1#/0%/2026 0#:&#"),
    "epoch": _choice_fill("17########", "17###########"),
    "sha": _choice_fill("~" * 40, "~" * 7, "~" * 12),
    "hash": _choice_fill("~" * 64, "~" * 32),
    "uuid": lambda rng: _fill(rng, "~~~~~~~~-~~~~-4~~~-a~~~-~~~~~~~~~~~~"),
    "coords": _choice_fill("5#.####, -#.####", "-3#.####, 1##.####", "4#.#####, 1#.#####"),
    "mac": _choice_fill("==:==:==:==:==:==", "~~:~~:~~:~~:~~:~~", "==-==-==-==-==-=="),
    "oid": _choice_fill("1.3.6.1.4.1.####.#.#.##", "1.3.6.1.2.1.#.#.#.#", "2.16.840.1.######.#"),
    "isbn": _isbn,
    "imei": _imei,
    "sku": _choice_fill("SKU-^^-#####-^^^", "^^-####-^", "###-####-##"),
    "amount": _choice_fill("$%,###.##", "€%#,##", "£%##.##", "$%#.##", "₹%,##,###"),
    "date": _choice_fill("1#/0%/2026", "2026-0%-2#", "0%.11.2025", "2#/10/25"),
    "dob": _choice_fill("1#/0%/19%#", "19%#-0%-2#", "0%.11.19%#"),
    "zip": _choice_fill("9####", "0####", "3####-####", "%####"),
    "meeting": _choice_fill("8## #### ####", "9## ### ####", "### #### ####"),
    "part": _choice_fill("^^-####-^", "P/N ###-#####", "#####-^^"),
    "badcard": _bad_card,
    "badssn": _bad_ssn,
    "badiban": _bad_iban,
    "maskcard": _choice_fill("**** **** **** ####", "ending ####", "XXXX-XXXX-XXXX-####"),
    "maskssn": _choice_fill("***-**-####", "XXX-XX-####"),
    "serial": _choice_fill("SN-^^####-####", "S/N ##^^####", "^^#########"),
    "pin": _choice_fill("####", "######"),
    "port": lambda rng: str(rng.choice((8080, 8443, 3000, 5432, 6379, 9200, 27017, 5000))),
    "pid": _choice_fill("##", "###", "####", "#####"),
    "count": _choice_fill("%", "%#", "1#"),
    # names that are not persons
    "brand": lambda rng: rng.choice(BRANDS),
    "firm": lambda rng: rng.choice(FIRMS),
    "place": lambda rng: rng.choice(PLACES),
    "holiday": lambda rng: rng.choice(HOLIDAYS),
    "work": lambda rng: rng.choice(WORKS),
    "dish": lambda rng: rng.choice(DISHES),
    "streetnn": lambda rng: rng.choice(STREETS_NO_NUMBER),
    "user": _username,
}

NAME_LISTS = (BRANDS, FIRMS, PLACES, HOLIDAYS, WORKS, DISHES, STREETS_NO_NUMBER, USER_WORDS,
              USER_NOUNS)  # fmt: skip
