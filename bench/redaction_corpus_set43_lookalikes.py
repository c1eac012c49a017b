"""Set 43's look-alike templates: 14 per register, no PII at all (even positions: tuning half,
odd: held-out).

What news, media, creative, events and trade text holds that looks like PII and is none:
ISBNs, ISSNs, ISRCs, ISWCs and DOIs, timecodes, SRT cue numbers and timings, catalogue and
matrix numbers, EAN and UPC barcodes, HS and HTS codes, container, bill-of-lading, air waybill,
IMO, voyage and seal numbers, POs, invoices, bookings and orders, ticket barcodes and seats,
tempos and bars, frame rates, resolutions, camera settings and coordinates, IP-like versions,
phone-shaped press references, EINs, D-U-N-S and VAT numbers; fashion houses, labels and
publishers, venues, awards, characters of scripts and subtitles, bands, works and gear named
after people, capitalised openers and lower-case phrases holding a name word; set 40's masked
cards, SSNs, IBANs, phones and IPs, fiction-range phones, never-issued SSNs, Luhn-failing card
shapes and IBAN shapes failing mod 97.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "anyone got {gear} for the {venue} gig? soundcheck {clock}, {bpm}",
    "[{clock}] {opener}. picture lock is at {tc}",
    "{character_uc} gets the last line at {tc}, craft services has {word} ready",
    "anyone on {award} duty tonight? embargo {embargo}",
    "printer says the {isbn} reprint lands {date}, {count} copies",
    "the dummy number on the flyer is {fakephone} lol don't ring it",
    "{band} setlist: {song}, {song}, encore at {runtime}",
    "container {container} rolled to the next sailing, new ETA {date}, {bol}",
    "press in {seat}, label in {seat}, {brand} buyers at the back",
    "card on the catering receipt shows {maskcard}, finance can chase it",
    "shot list: {slate} at {camera}, then {slate} with playback on {gear}",
    "{opener}. also can we get {res} at {fps}?",
    "masked IP on the tip form: {maskip}, nothing to go on. {slug}",
    "{word} at the launch bar, {venue}, {count} through the door",
)

TICKET: tuple[str, ...] = (
    "Correction {corrref}: the caption credited {brand} instead of {brand}; the byline stands.",
    "Ticket {ticketno}: {seat} appears twice on the seat map for {venue}; barcode {ticketbar}.",
    "Freight {bol}: container {container} held for inspection, HS {hscode}, seal {seal}.",
    "Air waybill {awb}: {weight}, {incoterm}, arriving {date}.",
    "Licence {licence}: image {imgno} cleared for print only, {res}.",
    "Royalty query: {isrc} and {iswc} credited to the wrong writer share, {royalty}.",
    "Submissions portal rejects {isbn}; the serials field wants {issn}.",
    "The release lists {pressref} as the press line; that is our reference code, not a number to call.",
    "Card {badcard} declined at the merch desk, {amount}; {opener}.",
    "Payroll test record with SSN {badssn} bounced off the format check, as it should.",
    "Supplier bank details {badiban} fail the check digits; {po} on hold.",
    "Subtitle file {episode}: cue {cue} overlaps the next one at {srt}.",
    "Venue hire {booking} for {award} dinner: {venue} needs final numbers by {date}.",
    "EIN {ein} on the vendor form is the agency's, D-U-N-S {duns}; nothing personal on file.",
)

SEARCH: tuple[str, ...] = (
    "{isbn} first edition",
    "{venue} seating plan {seat}",
    "{award} shortlist {date}",
    "{band} {song} chords {bpm}",
    "{gear} vs {gear}",
    "{character} monologue {tc}",
    "{container} tracking",
    "hs code {hscode} duty rate",
    "{doi} pdf",
    "{brand} spring show {date}",
    "{isrc} lookup",
    "{camera} low light",
    "{word} recipe for {count}",
    "{awb} status",
)

REVIEW: tuple[str, ...] = (
    "{stars} {band} at {venue} was loud and perfect, encore ran to {clock}.",
    "{stars} {seat} had a pillar in the way; {opener}.",
    "{stars} Whoever took {award} this year deserved it, but {work} is the real masterpiece.",
    "{stars} Forwarder got {container} through customs in {count} hours, HS {hscode} sorted.",
    "{stars} Hired {gear} for the session, the engineer loved it, {bpm} all day.",
    "{stars} Caterers served {word} at the reception; table {table} cheered.",
    "{stars} Podcast {episode} ran {runtime}, too long, but the bit about {word} was great.",
    "{stars} The {brand} trunk show felt rushed. {opener}",
    "{stars} Subtitles drifted by cue {cue}; {character} spoke before the text.",
    "{stars} The help line printed on the ticket ({fakephone}) is fake, found out the hard way.",
    "{stars} {booth} had the best demos at the fair, {res} screens everywhere.",
    "{stars} Print quality great, barcode {ean} scanned first time",
    "{stars} {character} stole the show; {venue} never sounded better",
    "{stars} Wedding band learned {song} at {bpm} for our first dance",
)

LOG: tuple[str, ...] = (
    '{date} {clock} cms.publish slug={slug} embargo_lifted=true length="{words}"',
    '{date} {clock} subs.validate file=ep{n}.srt cue={cue} range="{srt}"',
    '{date} {clock} tms.track container="{container}" status=discharged vessel="{imo}" voyage="{voyage}"',
    '{date} {clock} awb.update awb={awb} weight="{weight}" hts="{hscode}"',
    '{date} {clock} dam.ingest asset={imgno} res="{res}" fps="{fps}" lens="{camera}"',
    '{date} {clock} royalty.calc isrc={isrc} iswc={iswc} rate="{royalty}"',
    '{date} {clock} tickets.scan barcode={ticketbar} seat="{seat}" result=admitted',
    "{date} {clock} merch.pos declined card={maskcard} code=05",
    '{date} {clock} vendor.validate iban="{badiban}" result=checksum_error po="{po}"',
    '{date} {clock} app started build="{version}" channel=stable',
    "{date} {clock} payroll.validate ssn={badssn} status=never_issued_area",
    '{date} {clock} isbn.register isbn="{isbn}" ean={ean} price="{amount}"',
    '{date} {clock} edit.render tc_in="{tc1}" tc_out="{tc2}" fps="{fps}"',
    '{date} {clock} press.dist ref="{pressref}" list="{brand} buyers" sent={count}',
)

JSON: tuple[str, ...] = (
    '{"book": {"isbn": "{isbn}", "issn": "{issn}", "doi": "{doi}"}, "prize": "{award}"}',
    '{"cue": "{cue}", "timing": "{srt}", "speaker": "{character_uc}"}',
    '{"shipment": {"container": "{container}", "seal": "{seal}", "bl": "{bol}"}, "hs": "{hscode}"}',
    '{"track": {"isrc": "{isrc}", "tempo": "{bpm}", "title": "{song}"}, "label": "{brand}"}',
    '{"camera": {"settings": "{camera}", "res": "{res}", "fps": "{fps}"}, "sound": "{gear}"}',
    '{"seat": "{seat}", "barcode": "{ticketbar}", "venue": "{venue}"}',
    '{"po": "{po}", "invoice": "{invoice}", "incoterm": "{incoterm}", "gross": "{weight}"}',
    '{"release": {"ref": "{pressref}", "embargo": "{embargo}"}, "act": "{band}"}',
    '{"payment": {"pan_masked": "{maskcard}", "status": "refunded"}, "order": "{orderno}"}',
    '{"vendor": {"ein": "{ein}", "duns": "{duns}", "vat": "{vat}"}}',
    '{"edit": {"in": "{tc1}", "out": "{tc2}"}, "scene": "{slate}"}',
    '{"menu": {"dish": "{word}", "covers": "{count}"}, "venue": "{venue}"}',
    '{"app": {"version": "{version}", "ip_masked": "{maskip}"}}',
    '{"stand": "{booth}", "badge_id": "{badgeid}", "note": "{opener}"}',
)

MULTILINE: tuple[str, ...] = (
    "{cue1}\n{srt1}\n{character_uc}: {opener}.\n\n{cue2}\n{srt2}\n{character_uc}: Not tonight.",
    "INT. {venue} - NIGHT\n{character_uc}\nYou said {clock}.\n{character_uc}\n(picks at {word})",
    "SETLIST, {band}\n1. {song}\n2. {song}\n3. {song} ({bpm})\nEncore: {song}",
    "PACKING LIST {invoice}\nCTN 1-{n}: {weight}\nHS {hscode}\nContainer {container}, seal {seal}",
    "MASTER B/L {bol}\nVessel {imo}, {voyage}\nTerms: {incoterm}\nFreight: prepaid",
    "NEW RELEASES\n{catno}  {band}  EAN {ean}\n{catno}  matrix {matrix}\nISRC {isrc}",
    "{isbn}\n{issn}\nCover image {licence}\nFirst printing {date}",
    "CALL SHEET DAY {n}\nLocation: {coords}\nSetup: {slate}, {camera}\nProduction line: {fakephone}",
    "BOX OFFICE\n{seat}  {ticketbar}\n{seat}  {ticketbar}\nPaid: {maskcard}",
    "TEST DATA, NOT REAL\nSSN: {badssn}\nCard: {badcard}\nIBAN: {badiban}",
    "SEATING PLAN, {venue}\nTable {table}: press\nTable {table}: {brand} buyers\nSpeeches at {clock}",
    "RUNNING ORDER\n19:00 doors\n19:45 {band}\n21:15 {award} presentation\n23:00 curfew",
    "EPISODE {episode}\nChapters: {tc1} intro, {tc2} {work}\nMusic: {isrc}\n{opener}",
    "ENTRY SUMMARY\nHTS {hscode}\nAWB {awb}\nImporter EIN on file: {ein}\nDuty: {amount}",
)

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
