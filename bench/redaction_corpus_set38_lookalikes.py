"""Set 38's look-alike templates, 18 per register: texts without PII (``"negative": true``).

Those of peer-to-peer platforms and communities first (``..._values.py``): listing, order,
booking, membership, RSVP, raffle, backer and ride numbers, jersey numbers, scores, fixtures
and league points, lot and plot numbers, prices, rents and deposits, hourly rates, tutoring
sessions, funeral plots and hymn numbers, chat snowflake ids, invite codes and game tags,
pet microchips, tracking numbers shaped like phones, lost-property refs, versions and hashes,
dates, times, coordinates, never-issued SSNs, Luhn-failing cards and IBANs failing mod 97;
then name-like ones (``..._lookalike_pools.py``): teams, venues, bands, brands, pets, handles,
places named like people, capitalised openers and ordinary lower-case phrases that hold a
name word.
"""

from __future__ import annotations

CHAT: tuple[str, ...] = (
    "{opener}, is {listing} still available? can do {price}",
    "{team} won {score} again lol, {points} now",
    "anyone got the tea urn for the {venue} quiz on {date}",
    "{pet} got out again, last seen near {place} around {time} 😭",
    "my {brand} parcel {order} has been 'with the driver' since {date}",
    "lobby {invite} open, {tag}, anyone?",
    "{handle} is streaming the {band} set from {venue} tonight",
    "raffle's {raffle}, drawing at {time}, proceeds to the roof fund",
    "{word} outside this morning, the whole street was out",
    "ride share to {place} {date}, {trip}",
    "tracking code {track}, looks like someone's mobile lol",
    "{opener}! {qty} left from the bake sale",
    "pup's chip is {chip}, vet says it's registered fine",
    "kickoff {time}, {fixture}, {jersey} is injured",
    "rent's going up to {rent}, {deposit} held",
    "backed the {brand} kettle thing, {backer}",
    "the card they tried was {badcard}, bank blocked it anyway",
    "{handle} got {tag} on patch {build} 🔥",
)

TICKET: tuple[str, ...] = (
    "Listing {listing} removed: duplicate photos, price {price}. Seller notified.",
    "Order {order}: buyer says {brand} item was a fake. Refund {price} pending.",
    "Booking {booking} for {venue} double-booked on {date} at {time}.",
    "Membership {member} renewal failed, card shape {badcard} bounced at checkout.",
    "Fixture {fixture} moved: {team} vs {team} now {date}, {pitch}.",
    "Raffle {raffle} winners list mismatch, {qty} prizes unclaimed.",
    "Pledge {backer} stuck after {tier} upgrade; build {build}.",
    "Lost property {lostref}: black rucksack found near {place}, {date}.",
    "Ride {ride} cancelled by driver, {pct} of fare refunded.",
    "Tracking {track} unknown to the courier; parcel {order}.",
    "Bank rejected transfer to {badiban}, check digits wrong.",
    "Pet profile for {pet}: microchip {chip} fails lookup, please verify.",
    "Community guidelines: {handle} posted {invite} in a kids' channel.",
    "Venue hire: {deposit} for {venue} not returned after {date}.",
    "Tutor session {session} logged twice, rate {rate}.",
    "Burial {plotno} shown as reserved on the parish map; family disputes.",
    "Screening bounced: {badssn} was never issued.",
    "{opener}: duplicate snowflake {snowflake} on two accounts.",
)

SEARCH: tuple[str, ...] = (
    "{brand} buggy under {price}",
    "{team} fixtures {date}",
    "{venue} tickets resale",
    "{band} tribute night {place}",
    "lost dog {pet} {place}",
    "listing {listing}",
    "order {order} status",
    "{handle} streams",
    "{qty} moving boxes free",
    "track {track}",
    "chip {chip} owner",
    "rooms {rent} near {venue}",
    "{session} tutor {rate}",
    "{word}",
    "{opener}",
    "raffle {raffle} results",
    "carpool {place} {date}",
    "{team} home shirt {size}",
)

REVIEW: tuple[str, ...] = (
    "Great {brand} pram, exactly as listed {stars}",
    "The {venue} gig was incredible, {band} played for two hours {stars}",
    "{pet} came back happy and tired, lovely sitter service {stars}",
    "Seller shipped {order} fast, packaging could be better {stars}",
    "{opener}. Worth it for {price}. {stars}",
    "Top marks to the {team} holiday camp, {qty} kids had a blast",
    "Driver took the scenic route, {ride}, still on time {stars}",
    "Room was fine, {rent} is steep for the area {stars}",
    "Our tutor got us through {session}, {rate} well spent",
    "Found my keys via the lost and found ({lostref}), amazing {stars}",
    "{handle} is the funniest streamer on the platform {emoji}",
    "Loved the {band} covers at the {place} street party {stars}",
    "The handyman fixed {qty} leaks, {rate}, tidy work",
    "Backed this at {tier}, arrived {date}, {stars}",
    "Terrible match day, {team} lost {score} {emoji}",
    "Wedding venue {venue} was stunning, {rsvp} all fed on time",
    "{word}, would come again {stars}",
    "Bought a {brand} kettle, works great, {price} {stars}",
)

LOG: tuple[str, ...] = (
    "{isots} INFO listing.created id={listing} price={price} status={status}",
    "{isots} WARN checkout.card_rejected pan_shape={badcard} order={order}",
    "{isots} INFO rsvp.count event={venue} {rsvp} latency_ms={ms}",
    "{isots} ERROR iban.invalid value={badiban} reason=checksum",
    "{clock} match.result {team} {score} {team} {fixture}",
    "{isots} INFO chat.message id={snowflake} room={invite} len={ms}",
    "{isots} DEBUG pet.chip lookup={chip} found=false",
    "{isots} INFO ride.completed {ride} distance_km={n2}",
    "{isots} WARN kyc.reject ssn_shape={badssn} reason=never_issued",
    "{isots} INFO shipment.update tracking={track} order={order}",
    "{isots} INFO build.deploy version={build} commit={sha}",
    "{isots} INFO raffle.draw {raffle} prizes={n}",
    '{isots} INFO geocode.ok place="{place}" result={coords}',
    "{isots} INFO creator.payout tier={tier} handle={handle} status={status}",
    "{isots} INFO pledge.created {backer} amount={price}",
    "{isots} WARN lostfound.match ref={lostref} confidence={pct}",
    "{isots} INFO booking.confirmed {booking} slot={time}",
    "{clock} league.table {team} {points}",
)

JSON: tuple[str, ...] = (
    '{"listing_id": "{listing}", "price": "{price}", "brand": "{brand}"}',
    '{"order_ref": "{order}", "courier_ref": "{track}", "http": "{status}"}',
    '{"fixture": "{fixture}", "home": "{team}", "away": "{team}", "score": "{score}"}',
    '{"pet_name": "{pet}", "microchip": "{chip}", "weight": "{size}"}',
    '{"event": "{band} live", "venue": "{venue}", "date": "{date}"}',
    '{"handle": "{handle}", "rank": "{tag}", "invite": "{invite}"}',
    '{"message_id": "{snowflake}", "edited": false, "build": "{build}"}',
    '{"rent": "{rent}", "deposit": "{deposit}", "available": "{date}"}',
    '{"backer": "{backer}", "tier": "{tier}", "shipped": "{date}"}',
    '{"ride": "{ride}", "from": "{place}", "seats": {n}, "note": "{trip}"}',
    '{"card_check": "{badcard}", "result": "luhn_fail"}',
    '{"iban_check": "{badiban}", "result": "mod97_fail"}',
    '{"ssn_check": "{badssn}", "result": "never_issued"}',
    '{"lost_item": "{lostref}", "found_at": "{place}", "latlng": "{coords}"}',
    '{"session": "{session}", "rate": "{rate}", "booking": "{booking}"}',
    '{"plot": "{plotno}", "service_time": "{time}", "hymn": "{hymn}"}',
    '{"commit": "{sha}", "app_version": "{build}", "note": "{opener}"}',
    '{"membership": "{member}", "team": "{team}", "shirt": "{jersey}"}',
)

MULTILINE: tuple[str, ...] = (
    "FOR SALE\n{brand} high chair\n{price}\nListing {listing}",
    "FIXTURES\n{date} {team} v {team} {time}\n{date} {team} v {team} {time}",
    "RESULTS\n{team} {score} {team}\n{team} {score} {team}",
    "Order {order}\nShipped {date}\nTracking: {track}",
    "LOST CAT\nAnswers to {pet}\nMicrochip {chip}\nLast seen near {place}",
    "Raffle prizes\n1st: {brand} voucher\n2nd: {venue} tickets\nDraw {raffle}",
    "Patch notes {build}\n- fixed lobby {invite} crash\n- commit {sha}",
    "ROOM AVAILABLE\n{rent}\n{deposit}\nFrom {date}",
    "Pledge summary\n{backer}\n{tier}\nEst. delivery {date}",
    "Order of service\nHymn {hymn}\nReading\nHymn {hymn}\nCommittal, {plotno}",
    "Carpool board\n{ride}, {trip}\n{place}, {date} {time}",
    "Match report\n{team} {score}\nMan of the match: {jersey}\n{points}",
    "Tutoring timetable\n{session} {time}\n{session} {time}",
    "Declined payment\nCard: {badcard}\nWhy: fails the card checksum",
    "Transfer failed\nIBAN: {badiban}\nBank says: IBAN check digits wrong",
    "Screening result\nSSN: {badssn}\nStatus: not issued",
    "{opener}\n{word}\n{qty} slots left",
    "Stream schedule\n{handle} {time}\n{band} listening party {date}",
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
