"""Set 43's templates with PII, 14 per register (even positions: tuning half, odd: held-out).

News, media, the creative trades, events and business-to-business trade: newsroom, band, crew,
wedding, podcast and sales-team chat; tickets of corrections desks, manuscript portals, photo
agencies, box offices, venues, trade shows, freight forwarders, customs brokers, royalty and
supplier desks; people and number searches; reviews of photographers, caterers, agencies,
podcasts, forwarders, planners, ticket sites, print labs, labels and news sites; log lines of
CRMs and badge scanners, call-sheet tools, tip inboxes, press distribution, EDI, RSVP,
customs, payroll, ticketing, expo, royalty, accounts-payable, podcast CDN and CMS systems; JSON
records of sources, crew, authors, speakers, consignees, guests, payees, talent, buyers,
bookings, writers, suppliers, commenters and attendees; multi-line interview transcripts with
timecodes, documentary subtitles, press releases, query letters, bills of lading, model
releases, W-9 and crew start forms, box-office orders, catering deposits with dietary lists,
royalty statements, commercial invoices, tip-line notes and meeting notes with speaker labels.
Templates come in pairs (positions 2k and 2k+1) holding the same entity types: person and
phone, person and e-mail, person and address, person and SSN, person and card, person and
IBAN, person and IP, in this order in every register; a few multi-line pairs hold a third
type. Most also carry look-alikes next to the real PII (ISBNs, ISRCs, ISWCs, timecodes and
SRT timings, catalogue numbers, barcodes, HS codes, container, bill-of-lading and waybill
numbers, POs and invoices, seats, tempos, frame rates, camera settings, coordinates,
IP-like versions, phone-shaped press references, EINs and D-U-N-S numbers; brands, venues,
awards, characters, bands, works and gear named after people, capitalised openers and
lower-case phrases holding a name word), which stay unlabelled. Slots: persons {full} {given}
{last} {lf} (``Surname, Given``) {sg} (``SURNAME Given``) {init} (``J. Surname`` or ``J. R.
Surname``) {gi} (``Given S.``) {nick}, with _lc/_uc for lower or upper case and .2/.3 for a
second or third person; {email} (the person's own), {cmail} (at a newsroom's, agency's, label's,
venue's, forwarder's or publisher's domain), {emailr} (a role address); {phone} {phone_us}
{phone_dots} {phone_bare} {phone_ext} {phone_intl} {phone_e164}; {ssn} {ssn_dash} {ssn_sp}
{ssn_bare} {ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain} {ip6_upper} {ip6_v4} {ip6_zone} {ip};
{card}; {iban}; addresses {addr} {addrml} {street} and the non-gold {city} {postcode}
{country}; {title} (outside every span); every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{given_lc} fixer for the {coords} recce is {full}, reach them on {phone_intl} before {clock}, permit {permit}",
    "[{clock}] {gi}: stage manager at {venue} is {full_lc.2}, mob {phone}, load-in after {clock}, mix position {seat}",
    "{given} could u get the {isbn} proofs over to the agent, {lf.2} ({cmail.2})? {opener}",
    "{nick_lc} new booker for {band} is {init.2}, {email.2}, wants the support slot confirmed by {date}",
    "rsvp in from {full_lc}: plus one, {diet}, paper invite to {addr}; {rsvp}, table {table}",
    "{gi}: courier the signed release to {given_lc.2} at {street_lc}, {city}? {slate} wrapped early",
    "{given_lc} payroll still needs the start form from {full.2}, ssn {ssn} was in the photo they sent 🙈 {unionid}",
    "{gi}: accounts want {sg.2}'s SSN for the 1099, it's {ssn_sp}, fine to paste here? {invoice}",
    "{gi}: caterer deposit went on {card}, {init.2} says it clears by {date}. {word} on the menu",
    "[{clock}] {given_lc}: refund for {full.2}, card {card}, {seat}, barcode {ticketbar}",
    "{nick_lc} session fee for {full.2} goes to {iban}, track {isrc} at {bpm}",
    "{given_lc} translator {lf.2} wants the advance wired to {iban} before {date}, {words} delivered",
    "{gi}: tip form logged {ip4} on the anonymous one but {full_lc.2} signed it at the bottom, slug {slug}",
    "{given_lc} CMS locked {full_lc.2} out after logins from {ip6}, {version} broke SSO again",
)

TICKET: tuple[str, ...] = (
    "Correction {corrref} from {title} {last}: the byline on {slug} should read {full.2} and the quote is misattributed; callback on {phone}, not the press line ref {pressref}.",
    "Ticket {ticketno}: {init} cannot transfer {seat} at {venue} to a friend; reachable on {phone_ext}.",
    "Submissions portal: {full} <{email}> cannot upload the revised manuscript for {isbn}; copied to {emailr}. Thanks, {given}",
    'Photo licence {licence}: {lf} wants {imgno} credited "Photograph: {full.2}" and the invoice sent to {cmail}, not to {emailr}. Regards, {given}',
    "Freight query {bol}: consignee {gi}, {addr}, says {container} never reached the depot.",
    "Wedding stationery misprint for {full}: the RSVP card reads {addr} and the date {date}.",
    "Customs entry {entryno}: importer of record {init} filed as an individual under SSN {ssn}; the EIN box ({ein}) is the broker's.",
    "Contributor payments: {full} sent a W-9 with SSN {ssn_dash} for the freelance column; {invoice} on hold.",
    "Venue booking {booking}: {lf} paid the hire with {card}, but {venue} still shows it unpaid.",
    "Trade show, {booth}: {full} put {card} on file for the lead scanner at the {brand} stand and was charged {amount} twice.",
    "Royalty statement {period}: {init} changed the payee account to {iban}; {isrc} ({song}) and {iswc} affected.",
    "Supplier onboarding: sole trader {full} gives {iban} for {po}, {incoterm}, samples from {brand}.",
    "Comment moderation: {full} posting as a guest from {ip4} under {slug}; account suspended for {n} days.",
    "Press room sign-in for {title} {last} flagged from {ip6_full}; embargo {embargo} still applies.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} publicist phone {phone} {award}",
    "whose number is {phone_bare} {title} {last} press office {venue}",
    "{init} literary agent email {email}",
    "{lf} {cmail} query letter {words}",
    "{street_lc} {city} wedding venue rsvp {last_lc}",
    "{full_lc} {street_lc} model release {slate}",
    "{sg} {ssn} 1099 freelance photographer",
    "importer of record ssn {ssn_bare} {full_lc} customs bond {hscode}",
    "{card} ticket refund {lf} {seat}",
    "{lf} {card} festival pass chargeback {band}",
    "{iban} royalty payment {full_lc} {isrc}",
    "{sg} {iban} invoice {invoice}",
    "{ip4} comment spam {full_lc} {slug}",
    "{ip6} podcast download logs {given_lc} {episode}",
)

REVIEW: tuple[str, ...] = (
    "{stars} Our photographer {init} picked up on {phone} even on the wedding morning; {camera} shots are gorgeous, and the band brought {gear}.",
    '{stars} The caterer, {full}, gave us a direct line ({phone_intl}) and every place card matched table {table}. "{opener}," {given} told us.',
    "{stars} The agency replied within a week; {full} ({email}) sent notes on chapter {n}. {award} longlist next?",
    "{stars} Podcast host {full} answers listener mail at {cmail}; {episode} was the best yet.",
    "{stars} The forwarder had the consignee right, {full} at {addr}, and still misrouted {container}.",
    "{stars} Planner {gi} came out to {street} to check the marquee pitch. {venue} eat your heart out.",
    "{stars} Casting agency texted asking for my SSN ({ssn}) before a callback; {title} {last} said it was for payroll.",
    "{stars} Contracts desk had {full} read my SSN {ssn} back over the phone. Royalty {royalty}, fine, but still",
    "{stars} Ticket site charged {card} for two seats in {seat} and {gi} on the help desk just shrugged",
    "{stars} Print lab billed {card} before {given} had even checked the proofs; {res} scans were fine",
    "{stars} Label paid the mechanicals into {iban} on time; thanks {full} for sorting the splits with {brand}",
    "{stars} Booking agent {full} settled the gig fee to {iban} next morning, set ran {runtime}",
    "{stars} News site printed my IP {ip4} next to my name, {full}, under a comment on {slug}",
    "{stars} Webinar showed attendee {full} joining from {ip6} in the public chat, app {version}",
)

LOG: tuple[str, ...] = (
    '{date} {clock} crm.lead.create name="{full}" phone={phone_e164} source=badge_scan booth="{booth}"',
    '{date} {clock} callsheet.publish crew="{lf}" mobile="{phone}" location="{venue}" call={clock} setup="{slate}"',
    '{date} {clock} tips.inbox from={email} name="{init}" slug={slug} attachments={n}',
    '{date} {clock} pr.send contact="{gi}" to={cmail} act="{band}" release="{pressref}" embargo="{embargo}"',
    '{date} {clock} edi.bl consignee="{full_uc}" address="{addr}" bl="{bol}" container="{container}"',
    '{date} {clock} rsvp.update guest="{lf}" street="{street}" status=accepted meal="{diet}"',
    '{date} {clock} ace.entry ior_type=individual ior_name="{sg}" ior_no={ssn} hts="{hscode}"',
    '{date} {clock} payroll.talent name="{full_uc}" ssn={ssn_bare} union="{unionid}"',
    '{date} {clock} tickets.purchase buyer="{lf}" pan="{card}" seat="{seat}" event="{band}" barcode={ticketbar}',
    '{date} {clock} expo.payment contact="{full}" card="{card}" exhibitor="{brand}" stand="{booth}" amount="{amount}"',
    '{date} {clock} royalty.payout payee="{lf}" iban="{iban}" isrc={isrc} share="{royalty}"',
    '{date} {clock} ap.vendor.update vendor="{init}" iban="{iban}" po="{po}" vat="{vat}"',
    '{ip4} - - [{date} {clock}] "GET /podcast/{slug}.mp3 HTTP/1.1" 206 listener="{full}"',
    '{date} {clock} cms.auth result=fail display="{full}" src={ip6} client="{version}"',
)

JSON: tuple[str, ...] = (
    '{"source": {"name": "{full}", "phone": "{phone}", "email": "{email}"}, "story": "{slug}", "on_record": false}',
    '{"crew": {"dept": "electrical", "name": "{full_uc}", "mobile": "{phone_intl}", "email": "{cmail}"}, "call": "{clock}", "setup": "{slate}"}',
    '{"author": "{lf}", "email": "{email}", "manuscript": {"length": "{words}", "isbn": "{isbn}"}}',
    '{"speaker": {"display": "{gi}", "work_email": "{cmail}"}, "stage": "{venue}", "slot": "{clock}"}',
    '{"consignee": {"name": "{full}", "address": "{addr}"}, "bl_no": "{bol}", "hs": "{hscode}"}',
    '{"guest": {"name": "{init}", "addr_street": "{street}", "city": "{city}"}, "table": "{table}", "meal": "{diet}"}',
    '{"payee": {"surname": "{last}", "forenames": "{given}", "tin_type": "SSN", "tin": "{ssn}"}, "ipi": "{ipi}"}',
    '{"talent": {"family_name": "{last}", "given_name": "{given}"}, "start_paperwork": {"ssn": "{ssn_sp}"}, "union": "{unionid}"}',
    '{"order": {"buyer": "{sg}", "card_number": "{card}", "seats": ["{seat}"]}, "event": "{venue}"}',
    '{"booking": {"client": "{full_uc}", "card": "{card}"}, "venue": "{venue}", "date": "{date}"}',
    '{"royalty_split": {"writer": "{full}", "iban": "{iban}", "share": "{royalty}"}, "iswc": "{iswc}"}',
    '{"supplier": {"contact": "{lf}", "bank_iban": "{iban}"}, "po": "{po}", "incoterm": "{incoterm}"}',
    '{"comment": {"author": "{gi}", "ip": "{ip4}"}, "article": {"slug": "{slug}", "byline": "{full_uc.2}"}}',
    '{"attendee": {"name": "{full}", "ip": "{ip6_upper}"}, "webinar": "{episode}", "presenter": "{full.2}", "badge": "{badgeid}"}',
)

MULTILINE: tuple[str, ...] = (
    "[{tc1}] {given_uc}: you can ring me on {phone} after the show.\n[{tc2}] HOST: thanks, {given}. Before that, {work}?\n[{tc3}] {given_uc}: always {work}.",
    "{cue1}\n{srt1}\n[{full_uc}] My number is {phone_intl}, text any time.\n\n{cue2}\n{srt2}\nThat was {given}, our fixer in {city}.",
    "PRESS RELEASE, EMBARGOED {embargo}\n{venue} announces {award} shortlist\nMedia contact: {full}, {cmail}\nTel: {phone}\nRef: {pressref}",
    "Dear {given},\nPlease find attached my novel ({words}), in the vein of {work}.\nWith best wishes,\n{full.2}\n{email.2} / {phone_intl}",
    "B/L ORIGINAL {bol}\nShipper: per {invoice}\nConsignee:\n{full_uc}\n{addrml}\nNotify: same as consignee, tel. {phone_intl}\nContainer {container}, HS {hscode}",
    "MODEL RELEASE\nModel: {sg}\nAddress:\n{addrml}\nMobile: {phone}\nShoot: {coords}, {date}\nPhotographer: {full.2}\nCamera: {camera}",
    "FREELANCER W-9\nName: {full_uc}\nSSN: {ssn}\nD-U-N-S (agency): {duns}\nInvoice: {invoice}",
    "CREW START FORM\nName: {lf}\nSSN: {ssn_dot}\nDept: sound, kit hire: {gear}\nUnion: {unionid}",
    "BOX OFFICE ORDER {orderno}\nName: {lf}\nCard: {card}\n{seat}\nBarcode: {ticketbar}",
    "CATERING DEPOSIT\nClient: {full}\nCard on file: {card}\nTable {table}: {given.2} ({diet}), {given.3} ({diet})\nMenu: {word}",
    "ROYALTY STATEMENT {period}\nPayee: {sg}\nIBAN: {iban}\nISRC {isrc}: {royalty}\nCat. no. {catno}",
    "COMMERCIAL INVOICE {invoice}\nSeller contact: {full}\nBank: {iban}\nIncoterm: {incoterm}\nHS {hscode}, {weight}",
    'DRAFT {slug}\nBy {full_uc.2}\nTip #{count} came in {date} {clock} through the secure form from {ip4}, signed {full}\n"{opener}," said {full.3}.',
    "NEWS MEETING {date}\nPresent: {full}, {full.2}, {init.3}\n{given_uc.2}: the tip came in through the contact form, IP {ip6}\n{given_uc}: byline {full_uc.3}, hold until {embargo}",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}
