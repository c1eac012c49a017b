"""Set 42's look-alike templates: 14 per register, no PII at all (even positions: tuning half,
odd: held-out).

What civic, community and public-life text holds that looks like PII and is none: planning,
bylaw, FOI, parking, case, claim, crime, juror and lost-property references, polling districts,
ward codes and UPRNs, agenda items and meeting times, chess ratings, jersey and bib numbers,
lap times, scores and table rows, census years, piece/folio/schedule references, shelf marks,
ISBNs, ISSNs, Dewey numbers, library barcodes, grid references and coordinates, bot versions
and chat ids; wards, parks and halls, trophies, openings and rules named after famous people,
clubs, game characters and player handles, capitalised openers and lower-case phrases holding a
name word; set 40's masked cards, SSNs, IBANs, phones and IPs, fiction-range phones,
never-issued SSNs, Luhn-failing card shapes and IBAN shapes failing mod 97.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "<{handle}> gg all, {score} in the end, {character} carried the last round",
    "<{handle}> who's got the keys to the {eponym} pavilion? kickoff {clock}, {division}",
    "[{clock}] <{handle}> {opener}. also the bot is on {version} now",
    "anyone else see {club} lost {score}? {word}, honestly",
    "<{handle}> the dummy line on that flyer is {fakephone}, don't ring it lol",
    "{opener} — nets are at {clock} by {eponym}",
    "<{handle}> my board {rating} vs theirs, played {opening}, drew in {count} moves",
    "{jersey} came in at {laptime}, course record is still the {trophy} one",
    "<{handle}> card on the till receipt shows {maskcard}, so ask the bar not me",
    "<{handle}> mods: the spammer's address was {maskip}, banned, ticket {msgid}",
    "the tombola raised {amount}! {word} of a day. {opener}",
    "<{handle}> {character} nerf in {version} is {word} tbh",
    "[{clock}] <{handle}> {rule} says we replay it, {score} stands for now",
    "<{handle}> snowflake {snowflake} is the pinned rota, read before asking",
)

TICKET: tuple[str, ...] = (
    "Streetlight out near {eponym}; column ref {uprn}, reported {date}.",
    "Planning query {planref}: is the hearing still {date} at {clock}? Agenda {item}.",
    "FOI {foiref}: the number quoted for the out-of-hours line, {fakephone}, is a placeholder; can it be amended?",
    "Parking appeal {pcn} for vehicle {plate}: the bay sign at {eponym} was covered by scaffolding.",
    "Court listing {caseno} moved to {courtroom}, {date} at {clock}.",
    "Lost property {crimeref}: a cycling helmet, {word} sticker on the back, handed in {date}.",
    "Juror query {juror}: the letter shows SSN {maskssn}; nothing to change, confirm {courtroom} only.",
    "Library fine on barcode {barcode} for {isbn}, {amount}, waived after the flood.",
    "Payment for hall hire failed, card {badcard} rejected at {clock}; {opener}.",
    "Archive request: {shelfmark}, {piece}, reading room on {date}.",
    "Grant form returned: the IBAN {badiban} fails the check, please resend ({foiref}).",
    "Allotment rent refund declined: account shown as {maskiban}; {badge}.",
    "Petition portal: sign-ups from {maskip} throttled, petition {planref}, {count} signatures.",
    "Polling station {district} needs a ramp; {opener}; {item}.",
)

SEARCH: tuple[str, ...] = (
    "{planref} decision date",
    "{eponym} events {date}",
    "{trophy} {division} winners",
    "{club} vs {club} {score}",
    "{opening} main line {rating}",
    "{isbn} large print",
    "dewey {dewey} local history",
    "{censusyear} census {piece}",
    "{shelfmark} reading room",
    "{character} speedrun {laptime}",
    "{rule} worked example {score}",
    "{pcn} appeal deadline",
    "{gridref} footpath closure",
    "{word} idiom origin {dewey}",
)

REVIEW: tuple[str, ...] = (
    "{stars} Lovely afternoon at {eponym}, band played till {clock}.",
    "{stars} The {trophy} final was a belter, {score} after extra time.",
    "{stars} Local history room is brilliant: asked for {shelfmark} and had it on the desk by noon.",
    "{stars} Slow council site; the help line on the leaflet ({fakephone}) isn't even real.",
    "{stars} Chess club night: {opening} lecture, then blitz. {word}.",
    "{stars} Convention queue took {count} minutes; badge desk {opener}.",
    "{stars} Parkrun marshals were great, {jersey}, {laptime} PB",
    "{stars} Magistrates' court cafe is {word}; case {caseno} ran late",
    "{stars} Library reopened, new Dewey signs ({dewey}), {opener}",
    "{stars} {club} supporters' bar took only cards, mine showed as {maskcard} on the slip",
    "{stars} Guild server rules are just {rule} with extra steps. {character} cosplay was ace",
    "{stars} Tenants' meeting in the {eponym} hall ran to {clock}; {opener}",
    "{stars} Bin app shows {uprn} for my house and still no collection. {word}",
    "{stars} Match report in the paper got the score wrong: it was {score}, not {score}",
)

LOG: tuple[str, ...] = (
    "{date} {clock} planning.status app={planref} stage=validated officer_team=east",
    "{date} {clock} foi.portal ref={foiref} state=closed exemptions=s40",
    "{date} {clock} parking.appeal pcn={pcn} vrm={plate} outcome=cancelled",
    '{date} {clock} courts.list case={caseno} room="{courtroom}" listed={date}',
    '{date} {clock} library.issue item={barcode} title="{isbn}" due={date}',
    '{date} {clock} archive.fetch mark="{shelfmark}" ref="{piece}"',
    '{date} {clock} league.result home="{club}" away="{club}" score={score}',
    '{date} {clock} chess.pairing board={division} opening="{opening}" rating={rating}',
    "{date} {clock} payments.decline pan={maskcard} reason=expired",
    "{date} {clock} payments.test pan={badcard} env=sandbox result=luhn_fail",
    '{date} {clock} bot[{version}] joined channel, motd="{opener}"',
    "{date} {clock} petition.rate_limit src={maskip} petition={planref}",
    "{date} {clock} juror.import ssn={badssn} result=rejected_invalid",
    '{date} {clock} sms.template to={fakephone} body="{opener}"',
)

JSON: tuple[str, ...] = (
    '{"application": "{planref}", "ward": "{eponym}", "target_date": "{date}"}',
    '{"case": "{caseno}", "room": "{courtroom}", "time": "{clock}"}',
    '{"fixture": {"home": "{club}", "away": "{club}", "score": "{score}"}, "cup": "{trophy}"}',
    '{"result": {"bib": "{jersey}", "time": "{laptime}", "division": "{division}"}}',
    '{"game": {"white_rating": "{rating}", "opening": "{opening}"}, "round": "{division}"}',
    '{"item": {"isbn": "{isbn}", "issn": "{issn}", "dewey": "{dewey}", "barcode": "{barcode}"}}',
    '{"census": {"year": "{censusyear}", "ref": "{piece}"}, "repository_mark": "{shelfmark}"}',
    '{"location": {"grid": "{gridref}", "uprn": "{uprn}"}, "kind": "fly-tipping"}',
    '{"payment": {"card_masked": "{maskcard}", "status": "declined"}, "pcn": "{pcn}"}',
    '{"refund": {"iban_masked": "{maskiban}", "refund_value": "{amount}"}, "ref": "{foiref}"}',
    '{"bot": {"version": "{version}", "channel_id": "{snowflake}"}, "motd": "{opener}"}',
    '{"player": {"handle": "{handle}", "main": "{character}", "mmr": "{rating}"}}',
    '{"agenda": ["{item}", "{item}"], "venue": "{eponym}", "start": "{clock}"}',
    '{"notice": "{opener}", "enquiries_line": "{fakephone}", "district": "{district}"}',
)

MULTILINE: tuple[str, ...] = (
    "AGENDA\n{item}: {planref}\n{item}: naming of {eponym}\nStart: {clock}",
    "HEARING LIST {date}\n{courtroom}\n{clock}  {caseno}\n{clock}  {caseno}",
    "RESULTS\n{club} {score} {club}\n{club} {score} {club}\nTable: {tablerow}",
    "RACE RESULTS\n1. {jersey}  {laptime}\n2. {jersey}  {laptime}\nTeam prize: {trophy}",
    "ROUND {n} PAIRINGS\nBoard 1: {rating} v {rating} ({opening})\nBoard 2: {rating} v {rating}",
    "READER'S REQUEST SLIP\nRef: {shelfmark}\nCensus: {censusyear}, {piece}\nDate: {date}",
    "NEW ACCESSIONS\n{isbn}  Dewey {dewey}\n{isbn}  barcode {barcode}\n{issn}",
    "NOTICE\n{opener}.\nSite: {gridref}\nRef: {bylaw}",
    "PAYMENT SLIP\nCard: {maskcard}\nAmount: {amount}\nPCN: {pcn}",
    "TEST DATA — NOT REAL\nSSN: {badssn}\nCard: {badcard}\nIBAN: {badiban}",
    "*** {handle} has joined #league\n<{handle}> {opener}\n*** bot {version} set topic: {word}",
    "GUILD NEWS\nRaid night {clock}: {character} first\nMVP: {handle}\n{rule} applies",
    "Newsletter\n{opener}.\n{word}, says the committee.\nNext meeting {date}, {eponym} hall",
    "BALLOT ACCOUNT\nStation: {district}\nPapers issued: {count}\nSpoilt: {n}\nHelpline (dummy): {maskphone}",
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
