"""Set 44's street addresses: 29 national formats built from the pools of ``..._places.py``.

Twenty formats are set 41's builders and four set 43's, imported and not copied (US, UK,
Canada, Australia, New Zealand, Ireland, India, Germany, France, Spain, Italy, the
Netherlands, Poland, Brazil, Mexico, Japan, the Philippines, Nigeria, Kenya, South Africa;
Portugal, Switzerland, Türkiye, South Korea). Six of them also write rural and new-build
addresses here, a share of the time: the US (``RR 2 Box 41``, ``Rural Route``, ``County Road``),
Canada (``Lot 14, Concession 6`` above the road, ``RR 3``), Australia (``Lot 4 DP 12345``,
``RMB``), New Zealand (``RD 2``), Ireland (a townland, with or without a house name, as the
street line) and the UK (``Plot 23`` of a new build). Five formats are new: Austria (``12/3/7``
house, staircase and door, ``Stiege 2, Top 14``, a farm name above the road, the four-digit
postcode with or without ``A-``), Denmark (``2. tv.``, ``st. th.``, a farm name above the road,
the four-digit postcode with or without ``DK-``), Chile (``depto.``, ``Parcela 12, Sector ...``,
the seven-digit postcode), Malaysia (``No. 12, Jalan ...``, ``Lot 1234, Kampung ...``, the
five-digit postcode, town and state) and Singapore (``Blk 412 ... #08-15``, ``Singapore
712345``). ``build`` is the shared ``bench/redaction_corpus_addresskit.py``'s, over this set's
pools.
"""

from __future__ import annotations

import random

from bench import redaction_corpus_addresskit as addresskit
from bench.redaction_corpus_addresskit import Address, Builder, Built, Picks, Places
from bench.redaction_corpus_digits import shaped
from bench.redaction_corpus_set41_addresses import BUILDERS as SET41_BUILDERS
from bench.redaction_corpus_set43_addresses import BUILDERS as SET43_BUILDERS
from bench.redaction_corpus_set44_places import AREAS, CITIES, COUNTRY_NAMES, STREETS

PLACES = Places(STREETS, CITIES, COUNTRY_NAMES, AREAS, postcode_letters="ABDEFHJKNPRTWXY")
RURAL = 0.5  # how often a country with a rural form writes it


def _rural(country: str, rural: Builder) -> Builder:
    """``rural`` a share of the time, else the imported builder of ``country``."""
    plain = SET41_BUILDERS[country]

    def build(p: Picks) -> Built:
        return rural(p) if p.rng.random() < RURAL else plain(p)

    return build


def _us_rural(p: Picks) -> Built:
    line = p.any(
        f"RR {p.n(1, 9)} Box {p.n(2, 240)}",
        f"Rural Route {p.n(1, 6)}, {p.n(100, 9800)} {p.street} Rd",
        f"{p.n(1000, 39999)} County Road {p.n(2, 180)}",
        f"{p.n(100, 9800)} {p.street} Road\nRR {p.n(1, 9)}",
    )
    zip_ = p.pc("##")
    return line, f"{p.city}, {p.region} {zip_}", [f"{p.city.upper()} {p.region} {zip_}"], zip_


def _ca_rural(p: Picks) -> Built:
    line = p.any(
        f"Lot {p.n(1, 30)}, Concession {p.n(1, 14)}\n{p.n(1000, 9800)} {p.street}",
        f"{p.n(1000, 9800)} {p.street}, RR {p.n(1, 6)}",
    )
    pc = p.pc("A #A#")
    return line, f"{p.city} ({p.region}) {pc}", [f"{p.city} {p.region} {pc}"], pc


def _au_rural(p: Picks) -> Built:
    line = p.any(
        f"Lot {p.n(1, 40)} DP {shaped(p.rng, '@#####')}\n{p.n(1, 900)} {p.street}",
        f"Lot {p.n(1, 40)} DP {shaped(p.rng, '@####')}, {p.street}",
        f"RMB {p.n(100, 9000)} {p.street}",
    )
    pc = p.pc("##")
    return line, f"{p.city} {p.region} {pc}", [f"{p.city.upper()}  {p.region}  {pc}"], pc


def _nz_rural(p: Picks) -> Built:
    line = f"{p.n(10, 2400)} {p.street}, RD {p.n(1, 9)}"
    pc = p.pc("##")
    return line, f"{p.city} {pc}", [f"{p.city} {pc}"], pc


def _ie_rural(p: Picks) -> Built:
    townland = p.area("townland")
    line = p.any(
        townland, f"{p.area('house')}\n{townland}", f"{townland} {p.any('Upper', 'Lower', 'East')}"
    )
    eir = p.pc(" A#A#")
    return line, f"{p.city}, {p.region} {eir}", [p.city, p.region, eir], eir


def _gb_plot(p: Picks) -> Built:
    line = p.any(
        f"Plot {p.n(1, 160)}, {p.street}", f"Plot {p.n(1, 90)}\n{p.area('house')}, {p.street}"
    )
    pc = p.pc(f"{p.n(1, 9)} #AA")
    return line, f"{p.city} {pc}", [p.city.upper(), pc], pc


def _at(p: Picks) -> Built:
    n = p.n(1, 90)
    line = p.any(
        f"{p.street} {n}/{p.n(1, 6)}/{p.n(1, 24)}",
        f"{p.street} {n}, Stiege {p.n(1, 4)}, Top {p.n(1, 30)}",
        f"{p.area('at_hof')}\n{p.street} {n}",
        f"{p.street} {n}",
    )
    pc = p.prefix + shaped(p.rng, "##")
    lead = p.any("", "", "A-")
    return line, f"{lead}{pc} {p.city}", [f"{lead}{pc} {p.city}", p.region], pc


def _dk(p: Picks) -> Built:
    n = p.n(1, 140)
    line = p.any(
        f"{p.street} {n}, {p.n(1, 5)}. {p.any('tv.', 'th.', 'mf.')}",
        f"{p.street} {n}, st. {p.any('tv.', 'th.')}",
        f"{p.area('dk_gaard')}\n{p.street} {n}",
        f"{p.street} {n}{p.any('A', 'B', '')}",
    )
    pc = p.prefix + shaped(p.rng, "##")
    lead = p.any("", "", "DK-")
    return line, f"{lead}{pc} {p.city}", [f"{lead}{pc} {p.city}"], pc


def _cl(p: Picks) -> Built:
    line = p.any(
        f"{p.street} {p.n(10, 2900)}, depto. {p.n(101, 1204)}",
        f"Parcela {p.n(1, 80)}, {p.area('cl_sector')}",
        f"{p.street} {p.n(10, 2900)}",
        f"Parcela {p.n(1, 80)}, {p.street} km {p.n(2, 40)}\n{p.area('cl_sector')}",
    )
    pc = p.prefix + shaped(p.rng, "####")
    return (
        line,
        f"{p.city}, {p.region} {pc}",
        [f"{pc} {p.city.upper()}", f"Región de {p.region}"],
        pc,
    )


def _my(p: Picks) -> Built:
    taman = p.area("my_taman")
    line = p.any(
        f"No. {p.n(1, 180)}, {p.street}, {taman}",
        f"Lot {p.n(100, 9999)}, {taman}",
        f"{p.n(1, 60)}, Lorong {p.n(1, 12)}, {p.street}\n{taman}",
    )
    pc = p.prefix + shaped(p.rng, "###")
    return line, f"{pc} {p.city}, {p.region}", [f"{pc} {p.city}", p.region.upper()], pc


def _sg(p: Picks) -> Built:
    line = p.any(
        f"Blk {p.n(1, 690)}{p.any('', 'A', 'B')} {p.street} #{p.n(1, 18):02d}-{p.n(1, 199):02d}",
        f"{p.n(1, 120)} {p.street}",
        f"{p.n(1, 120)} {p.street}\n#{p.n(1, 4):02d}-{p.n(1, 40):02d}",
    )
    pc = p.prefix + shaped(p.rng, "####")
    return line, f"Singapore {pc}", [f"SINGAPORE {pc}"], pc


BUILDERS: dict[str, Builder] = {
    **SET41_BUILDERS,
    **{c: b for c, b in SET43_BUILDERS.items() if c in ("pt", "ch", "tr", "kr")},
    "us": _rural("us", _us_rural),
    "ca": _rural("ca", _ca_rural),
    "au": _rural("au", _au_rural),
    "nz": _rural("nz", _nz_rural),
    "ie": _rural("ie", _ie_rural),
    "gb": _rural("gb", _gb_plot),
    "at": _at,
    "dk": _dk,
    "cl": _cl,
    "my": _my,
    "sg": _sg,
}


def build(rng: random.Random, country: str, parity: int) -> Address:
    """One address of ``country`` drawn from the pools of one half."""
    return addresskit.build(rng, country, parity, PLACES, BUILDERS)
