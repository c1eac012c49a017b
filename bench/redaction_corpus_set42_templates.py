"""Set 42's templates with PII, 14 per register (even positions: tuning half, odd: held-out).

Civic, community and public life: club, league, residents', canvassing, guild and Discord or
IRC chat; council, court, police non-emergency, library, archive and election tickets; people
and place searches; reviews of councils, courts, clubs, leagues, libraries, archives,
conventions and local papers; log lines of council portals, e-petitions, FOI and planning
systems, jury, library, club, league and game-server software; JSON records of objectors,
witnesses, jurors, members, players, borrowers and researchers; multi-line minutes, letters to
the editor, planning objections, witness statements, hearing lists, nomination papers,
census and parish-register transcriptions, forum posts with quoted replies, newsletters,
results tables and badge slips. Templates come in pairs (positions 2k and 2k+1) holding the
same entity types: person and phone, person and e-mail, person and address, person and SSN,
person and card, person and IBAN, person and IP, in this order in every register. Most also
carry look-alikes next to the real PII (planning, case, claim, crime, juror, FOI and parking
references, polling districts and ward codes, agenda items, ratings, jerseys and bibs, lap
times, scores, census years and piece/folio references, shelf marks, ISBNs, Dewey numbers,
barcodes, grid references, versions, chat ids, wards, parks and trophies named after famous
people, clubs, game characters, player handles, chess openings and rules named after people,
capitalised openers and lower-case phrases holding a name word), which stay unlabelled.
Slots: persons {full} {given} {last} {lf} (``Surname, Given``) {sg} (``SURNAME Given``) {init}
(``J. Surname`` or ``J. R. Surname``) {gi} (``Given S.``) {nick}, with _lc/_uc for lower or
upper case and .2/.3 for a second or third person; {email} (the person's own), {cmail} (at a
council's, club's, paper's, library's or archive's domain), {emailr} (a role address); {phone}
{phone_us} {phone_dots} {phone_bare} {phone_ext} {phone_intl} {phone_e164}; {ssn} {ssn_dash}
{ssn_sp} {ssn_bare} {ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain} {ip6_upper} {ip6_v4}
{ip6_zone} {ip}; {card}; {iban}; addresses {addr} {addrml} {street} and the non-gold {city}
{postcode} {country}; {title} (outside every span); every other slot is a look-alike or plain
filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "<{handle}> ref for the {division} fixture is {full}, ring {phone} if the pitch by {eponym} floods again",
    "{given_lc} can u ping the parents list? stand-in coach is {gi.2}, mob {phone_intl}, keeper wears {jersey}",
    "[{clock}] <{handle}> {full_lc} takes the {trophy} entries at {email}, closes before {date}",
    "{given} wants the plot-swap requests mailed to {cmail} by {date}; {badge} is still going begging",
    "{nick_lc} canvass pack says do {street_lc} last, {given.2} at no. {n} shouts at leafleters. {district}",
    "<{handle}> dropping the shield round to {gi}'s tonight: {addr}. after that it's {opening} prep",
    "{given_lc} the poll clerk payroll form wants ur ssn, {sg} put {ssn} on the paper copy, is that ok?? {item}",
    "<{handle}> lol {full_lc} pasted his ssn {ssn} into #general asking if the ref fee form needs it",
    "{gi} paid the {club} away-trip coach with {card} and wants it back off the kitty, {amount}",
    "<{handle}> {given_lc} the con badge page charged {card} twice, screenshot in #help {snowflake}",
    "{nick} subs rebate is going to {iban}, that's {full.2}'s account, she's off to {city} after {item}",
    "{nick_lc} prize pot for the {division} winners paid to {iban} ({lf.2}), {score} in the final",
    "<{handle}> banning {ip4} — it's {full_lc} again on an alt, {version} bot caught it",
    "[{clock}] <{handle}> {full_lc} keeps joining from {ip6} after the {character} raid, mods pls check, msg {msgid}",
)

TICKET: tuple[str, ...] = (
    "Pothole report {foiref}: {init} at the junction by {eponym} says a wheel went; call back on {phone}.",
    "Missed bin collection, {gi}: third week running, reachable on {phone_ext}, round ref {uprn}.",
    "FOI request {foiref} from {full} <{email}>, copied to {emailr}: all contracts for the {eponym} refurbishment since {date}.",
    "Parking appeal {pcn}: {full_uc} disputes the ticket at the leisure centre; replies to {email} only, not {emailr}.",
    "Planning objection to {planref} from {lf}, {addr}: overlooking and loss of light.",
    "Lost property {crimeref}: a wallet left at the library counter, owner {full} of {addr} to be written to.",
    "Jury summons query {juror}: {sg} says the questionnaire asked for SSN {ssn} and wants it struck from the file.",
    "Poll worker payroll {item}: {full} has not returned her W-4; SSN on the sign-up sheet reads {ssn_dash}.",
    "Library fine {barcode}: {full} paid with {card} at the kiosk and it took {amount} twice.",
    "Council tax direct debit failed for {lf}; he read his card {card} to the contact centre instead ({caseno}).",
    "Grant payment {foiref}: the residents' association treasurer {full} gives {iban} for the {eponym} play area fund.",
    "Hall hire deposit refund for {init} to {iban}; booking {badge}, no damage found after {date}.",
    "E-petition {planref}: {count} signatures from {ip4} in ten minutes, first one in the name of {full}.",
    "Archive catalogue login for {gi} blocked after requests from {ip6_full}; reader ticket {shelfmark}.",
)

SEARCH: tuple[str, ...] = (
    "{title} {last} {city} council surgery phone {phone}",
    "who called {phone_bare} {init} referee {division}",
    "{full_lc} {club} secretary email {email}",
    "{cmail} fixtures {division} contact",
    "{street_lc} {city} planning {planref} objection {last_lc}",
    "{full_lc} {street_lc} jury summons address",
    "{sg} {ssn} juror questionnaire",
    "ssdi {ssn_bare} {full_lc} {censusyear} census",
    "{card} library fine refund {lf}",
    "{lf} {card} tournament entry {trophy}",
    "{iban} club subs {full_lc}",
    "{lf} {iban} referee expenses",
    "{ip4} petition duplicate signatures {full_lc}",
    "{ip6} game server ban {given_lc} {version}",
)

REVIEW: tuple[str, ...] = (
    "{stars} The clerk, {init}, rang back on {phone} before lunch about the {planref} consultation.",
    "{stars} Youth league was chaos but {gi} on {phone_intl} sorted the {division} fixtures in a day.",
    "{stars} Chess club is friendly; {full} ({email}) runs the juniors and knows {opening} inside out.",
    "{stars} Choir director {full} answers every mail at {cmail}, even about the carol rota.",
    "{stars} The tenants' rep visited {addr} two times over the damp; {given} is a star.",
    "{stars} Borough warden {full} walked the whole of {street} with me to log the fly-tipping.",
    "{stars} Court help desk told {full} to write her SSN {ssn} on a public form. Shocking. {caseno}",
    "{stars} Volunteer background check for the food drive demanded my SSN ({ssn}) over ordinary email; {given} shrugged",
    "{stars} The convention took {card} for a weekend badge and {full} in registration refunded nothing",
    "{stars} Archive copy service charged {card} before {given} even found the {piece}",
    "{stars} Cycling club paid my race prize into {iban} same day; thanks {full}",
    "{stars} The parish grant landed in {iban} after {full} chased it up; {score} vote at the meeting",
    "{stars} Forum mod {gi} posted my IP {ip4} in the ban thread. Not cool, {club} fans",
    "{stars} Library wifi blocked {ip6} for a week; {full} at the desk finally fixed it",
)

LOG: tuple[str, ...] = (
    '{date} {clock} council.contact callback_to={phone_e164} resident="{lf}" case={foiref}',
    '{date} {clock} league.refs assign ref="{full_uc}" mobile={phone} fixture={division} ground="{eponym}"',
    '{date} {clock} foi.portal submit requester="{init}" reply_to={email} ref={foiref} status=logged',
    '{date} {clock} clubdb.member.update name="{full}" email={cmail} membership={badge} ver={version}',
    '{date} {clock} planning.comment app={planref} commenter="{lf}" address="{addr}" stance=object',
    '{date} {clock} streets.report kind=pothole reporter="{full}" location="{street}" uprn={uprn}',
    '{date} {clock} jury.pool import juror="{sg}" ssn={ssn} pool={juror}',
    '{date} {clock} payroll.pollworker name="{full}" ssn={ssn_bare} station={district}',
    '{date} {clock} library.pay fine={amount} card={card} borrower="{full}" item={barcode}',
    '{date} {clock} tourney.checkout player="{lf}" pan={card} event="{trophy}" seed={n}',
    '{date} {clock} grants.payout payee="{lf}" iban={iban} scheme={eponym}',
    '{date} {clock} club.refund member="{init}" iban="{iban}" reason=subs ref={badge}',
    '{ip4} - - [{date} {clock}] "POST /petitions/{count}/sign HTTP/1.1" 201 name="{full}"',
    '{date} {clock} gamesrv ban ip={ip6} nick={handle} real_name="{full}" by={version}',
)

JSON: tuple[str, ...] = (
    '{"objector": {"name": "{full}", "tel": "{phone}"}, "application": "{planref}", "ward": "{eponym}"}',
    '{"referee": "{full_uc}", "mob_no": "{phone_intl}", "fixture": {"division": "{division}", "kickoff": "{clock}"}}',
    '{"requester": "{lf}", "reply_email": "{email}", "foi_ref": "{foiref}"}',
    '{"member": {"display": "{gi}", "club_email": "{cmail}"}, "rating": "{rating}"}',
    '{"witness": {"name": "{full}", "addr_street": "{street}", "city": "{city}"}, "crime_ref": "{crimeref}"}',
    '{"borrower": "{lf}", "home_address": "{addr}", "holds": [{"isbn": "{isbn}", "dewey": "{dewey}"}]}',
    '{"juror": {"surname": "{last}", "forenames": "{given}", "ssn": "{ssn}"}, "pool": "{juror}"}',
    '{"volunteer": "{full}", "background_check": {"ssn": "{ssn_sp}", "status": "pending"}}',
    '{"entrant": "{full_uc}", "entry_fee": {"card_no": "{card}", "paid": "{amount}"}, "event": "{trophy}"}',
    '{"reader": "{full}", "copy_order": {"card_number": "{card}", "item": "{shelfmark}"}}',
    '{"grantee": {"name": "{full}", "iban": "{iban}"}, "grant": "{foiref}"}',
    '{"player": "{sg}", "prize_iban": "{iban}", "chip_time": "{laptime}", "bib": "{jersey}"}',
    '{"signature": {"name": "{full}", "ip": "{ip4}"}, "petition": "{planref}"}',
    '{"ban": {"nick": "{handle}", "real_name": "{gi}", "ip": "{ip6_upper}"}, "msg": "{snowflake}"}',
)

MULTILINE: tuple[str, ...] = (
    "MINUTES, {item}\nPresent: Cllr {last}, Cllr {last.2}\nApologies: {init.3}\nCllr {last}: residents may ring me on {phone}.\nCllr {last.2}: noted; see {planref}.",
    "VOLUNTEER ROTA\nStation: {district}\nPresiding officer: {full}\nMobile: {phone_intl}\nPoll clerk: {init.2}\nOpen {clock}",
    "Dear Editor,\nThe {eponym} closure is a scandal.\nYours,\n{full}, {city}\n({email})",
    "Posted by {handle}\nRE: {censusyear} census, {piece}\nSched | Name | Rel | Age\n{n} | {full} | Head | {count}\n{n} | {full.2} | Wife | {n}\nAny descendants, do drop a line to {email.3}",
    "PLANNING OBJECTION {planref}\nName: {full}\nAddress:\n{addrml}\nGrounds: traffic, noise",
    "WITNESS STATEMENT {crimeref}\nName: {sg}\nAddress:\n{addrml}\nI saw the bike taken outside {eponym} at {clock}.",
    "JUROR QUESTIONNAIRE {juror}\nSurname: {last_uc}\nForenames: {given}\nSSN: {ssn}\nCourt: {courtroom}",
    "PAID POLL WORKER\nName: {full_uc}\nSSN: {ssn_dot}\nPrecinct: {district}\nTraining: {date}",
    "Badge order {badge}\nName on badge: {handle}\nCardholder: {full}\nCard: {card}\nTotal: {amount}",
    "ARCHIVE COPY ORDER\nReader: {lf}\nItem: {shelfmark}\nPayment card: {card}\nCensus: {censusyear}",
    "CLUB SUBS 2026\nMember: {lf}\nIBAN: {iban}\nCategory: {division}\nTreasurer: {full.2}",
    "REFEREE EXPENSES\nReferee: {sg}\nFixture: {division}, {score}\nPay to: {iban}",
    "Reported post (IP {ip4})\n> On {date}, {handle} wrote:\n> does anybody hold the baptisms for {piece}?\n\nBapt. | Child | Father | Mother\n{date} | {given} | {full.2} | {given.3}",
    "Ban appeal {msgid}\nPlayer: {handle}\nReal name: {full}\nIP: {ip6}\nVersion: {version}",
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
